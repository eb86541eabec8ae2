//! `ropa validate --format sarif`: the report as a SARIF 2.1.0 log, the
//! format GitHub code scanning (and other tools) read.
//!
//! One run: the tool `ropa` with every rule of the catalogue (id, title,
//! trigger, legal source and hint, default level), and one result per
//! finding, placed in its file relative to the repository's root
//! (`%SRCROOT%`), where code scanning looks for it. An acknowledged
//! finding is a result with a suppression (in source, accepted) whose
//! justification is the acknowledgement's reason and expiry. Texts are
//! English, like the JSON and GitHub formats.

use std::path::Path;

use serde_json::{Value, json};

use crate::register::git::register_repository;
use crate::register::validate::{Finding, RULES, Report, Severity};

/// The schema a SARIF 2.1.0 log names (the OASIS standard's, errata 01).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The base every result's file is relative to.
const SRCROOT: &str = "%SRCROOT%";

/// The SARIF log of `report`, for the register at `root`.
pub fn sarif(root: &Path, report: &Report) -> String {
    // Code scanning finds a file by its path in the repository: the
    // register may be a folder of it (this project's own `registry/`).
    let (base, prefix) = match register_repository(root) {
        Some((_, workdir, prefix)) => (workdir, prefix),
        None => (
            root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            String::new(),
        ),
    };
    let rules: Vec<Value> = RULES.iter().map(rule).collect();
    let results: Vec<Value> = report.findings.iter().map(|f| result(f, &prefix)).collect();
    let mut driver = json!({
        "name": "ropa",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let Some(uri) = information_uri() {
        driver["informationUri"] = json!(uri);
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": driver },
            "originalUriBaseIds": {
                SRCROOT: { "uri": directory_uri(&base) },
            },
            // Columns count characters, as `path:line:col` does.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

/// Where ropa is described: its repository, when that is a web address.
fn information_uri() -> Option<&'static str> {
    let repo = crate::register::init::REPOSITORY;
    (repo.starts_with("https://") || repo.starts_with("http://")).then_some(repo)
}

/// SARIF's level for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Where a rule is explained: its section of `docs/rules.md` in the
/// source of this version (the release tag `vX.Y.Z`), so a reader of an
/// older report reads the rule as it was then.
fn help_uri(id: &str) -> Option<String> {
    information_uri().map(|repo| {
        format!(
            "{}/blob/v{}/docs/rules.md#{}",
            repo.trim_end_matches('/'),
            env!("CARGO_PKG_VERSION"),
            id.to_ascii_lowercase()
        )
    })
}

/// A reportingDescriptor for a rule of the catalogue.
fn rule(r: &crate::register::validate::Rule) -> Value {
    let mut descriptor = json!({
        "id": r.id,
        "shortDescription": { "text": r.title },
        "fullDescription": { "text": r.trigger },
        "help": {
            "text": format!("{}\n\nLegal source: {}", r.hint, r.legal_source),
            "markdown": format!("{}\n\n**Legal source:** {}", r.hint, r.legal_source),
        },
        "defaultConfiguration": { "level": level(r.severity) },
        "properties": {
            "legalSource": r.legal_source,
            "tags": ["gdpr", "art-30"],
        },
    });
    if let Some(uri) = help_uri(r.id) {
        descriptor["helpUri"] = json!(uri);
    }
    descriptor
}

/// A result for one finding; `prefix` is the register's folder in the
/// repository (`registry/`, or empty).
fn result(f: &Finding, prefix: &str) -> Value {
    let mut location = json!({
        "artifactLocation": {
            "uri": uri_path(&format!("{prefix}{}", f.path)),
            "uriBaseId": SRCROOT,
        },
    });
    if f.line >= 1 {
        let mut region = json!({ "startLine": f.line });
        if f.column >= 1 {
            region["startColumn"] = json!(f.column);
        }
        location["region"] = region;
    }
    let mut properties = json!({
        "field": f.field,
        "kind": f.kind,
    });
    if let Some(anchor) = &f.anchor {
        properties["anchor"] = json!(anchor);
    }
    let mut result = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [{ "physicalLocation": location }],
        "properties": properties,
    });
    if let Some(i) = RULES.iter().position(|r| r.id == f.rule) {
        result["ruleIndex"] = json!(i);
    }
    if let Some(a) = &f.acknowledged {
        result["suppressions"] = json!([{
            "kind": "inSource",
            "status": "accepted",
            "justification": format!("acknowledged until {}: {}", a.expires, a.reason),
        }]);
    }
    result
}

/// A relative path as a URI reference: every byte that is not unreserved
/// (RFC 3986) or `/` percent-encoded, so spaces, `æøå`, `#` and `%` in
/// file names survive.
fn uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A folder as a `file:` URI ending in `/`, as originalUriBaseIds wants.
fn directory_uri(dir: &Path) -> String {
    let mut p = dir.to_string_lossy().replace('\\', "/");
    if !p.starts_with('/') {
        // C:/… on Windows.
        p.insert(0, '/');
    }
    if !p.ends_with('/') {
        p.push('/');
    }
    // A drive's colon is part of the path here, not a scheme.
    format!("file://{}", uri_path(&p).replace("%3A", ":"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri_path("da/activities/løn 2.ron"),
            "da/activities/l%C3%B8n%202.ron"
        );
        assert_eq!(uri_path("a#b%c"), "a%23b%25c");
        assert_eq!(
            directory_uri(Path::new("/tmp/reg ister")),
            "file:///tmp/reg%20ister/"
        );
        assert_eq!(
            directory_uri(Path::new("C:\\Users\\x")),
            "file:///C:/Users/x/"
        );
    }
}
