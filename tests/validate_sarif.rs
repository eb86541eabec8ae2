//! `ropa validate --format sarif`: the log of the bundled register and of
//! a broken one is valid SARIF 2.1.0 (the OASIS schema, vendored in
//! tests/fixture/sarif, and `check-jsonschema` where it is installed), and
//! says what code scanning needs: every rule of the catalogue, one result
//! per finding at its file relative to the repository root, acknowledged
//! findings as suppressions.

mod common;

use std::path::Path;
use std::process::Command;

use common::{clean_activity, clean_org, copy_tree, ropa, sample_registry, write_register};
use ropa::register::validate::RULES;
use serde_json::Value;

const SCHEMA: &str = "tests/fixture/sarif/sarif-schema-2.1.0.json";

fn schema_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA)
}

/// The SARIF log and the JSON report of the register at `root`, with the
/// exit status both gave.
fn logs(root: &Path) -> (Value, Value, Option<i32>) {
    let root = root.to_str().expect("utf-8 path");
    let s = ropa(&[
        "validate",
        root,
        "--format",
        "sarif",
        "--no-cache",
        "--today",
        "2026-06-01",
    ]);
    let j = ropa(&[
        "validate",
        root,
        "--format",
        "json",
        "--no-cache",
        "--today",
        "2026-06-01",
    ]);
    assert_eq!(s.status.code(), j.status.code(), "{s:?}");
    let sarif = serde_json::from_slice(&s.stdout).expect("SARIF is JSON");
    let json = serde_json::from_slice(&j.stdout).expect("JSON");
    (sarif, json, s.status.code())
}

/// Checks `log` against the SARIF 2.1.0 schema, formats included.
fn against_schema(log: &Value) {
    let mut schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path()).expect("read schema"))
            .expect("schema is JSON");
    // The pattern of `language` (of a run and of a tool component, which
    // ropa does not write) has a stray `]` that the meta-schema's regex
    // format refuses: the evident intent instead, so the rest of the
    // schema is checked with its formats (uri, date-time).
    for owner in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][owner]["properties"]["language"]["pattern"];
        assert_eq!(language, "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
        *language = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    }
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "not SARIF 2.1.0: {errors:#?}");
}

/// What code scanning relies on, beyond the schema.
fn structure(log: &Value, json: &Value, repo_prefix: &str) {
    assert_eq!(log["version"], "2.1.0");
    assert!(
        log["$schema"]
            .as_str()
            .is_some_and(|s| s.ends_with("sarif-schema-2.1.0.json"))
    );
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "ropa");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let catalogue: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    assert_eq!(ids, catalogue, "every rule of the catalogue, in its order");
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md"))
        .expect("docs/rules.md");
    for (r, rule) in rules.iter().zip(RULES) {
        assert_eq!(r["shortDescription"]["text"], rule.title);
        assert!(
            r["help"]["text"]
                .as_str()
                .expect("help")
                .contains(rule.hint)
        );
        assert_eq!(
            r["defaultConfiguration"]["level"],
            rule.severity.as_str(),
            "{}",
            rule.id
        );
        // helpUri: the rule's section of docs/rules.md in the source of
        // this version, whose heading is the id.
        let uri = r["helpUri"].as_str().expect("helpUri");
        assert_eq!(
            uri,
            format!(
                "{}/blob/v{}/docs/rules.md#{}",
                ropa::register::init::REPOSITORY,
                env!("CARGO_PKG_VERSION"),
                rule.id.to_ascii_lowercase()
            )
        );
        assert!(
            doc.contains(&format!("\n## {}\n", rule.id)),
            "docs/rules.md has no section for {}",
            rule.id
        );
    }
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("%SRCROOT%");
    assert!(
        base.starts_with("file:///") && base.ends_with('/'),
        "{base}"
    );

    let results = run["results"].as_array().expect("results");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(results.len(), findings.len(), "one result per finding");
    let mut suppressed = 0;
    for (r, f) in results.iter().zip(findings) {
        assert_eq!(r["ruleId"], f["rule"]);
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        assert_eq!(r["level"], f["severity"]);
        assert_eq!(r["message"]["text"], f["message"]);
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let uri = loc["artifactLocation"]["uri"].as_str().expect("uri");
        let path = f["path"].as_str().expect("path");
        assert!(
            uri.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)),
            "a URI reference: {uri}"
        );
        assert_eq!(
            decode(uri),
            format!("{repo_prefix}{path}"),
            "relative to the repository root"
        );
        assert_eq!(loc["region"]["startLine"], f["line"]);
        assert_eq!(loc["region"]["startColumn"], f["column"]);
        match f.get("acknowledged") {
            Some(a) => {
                suppressed += 1;
                let s = &r["suppressions"][0];
                assert_eq!(s["kind"], "inSource");
                assert_eq!(s["status"], "accepted");
                let why = s["justification"].as_str().expect("justification");
                assert!(
                    why.contains(a["reason"].as_str().expect("reason"))
                        && why.contains(a["expires"].as_str().expect("expires")),
                    "{why}"
                );
            }
            None => assert!(r.get("suppressions").is_none(), "{r}"),
        }
    }
    assert_eq!(
        suppressed,
        json["acknowledged"].as_u64().expect("count") as usize
    );
}

/// A percent-encoded URI path, decoded.
fn decode(uri: &str) -> String {
    let b = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

/// `check-jsonschema` on `log`, where it is installed.
fn check_jsonschema(log: &Value) {
    let ok = Command::new("check-jsonschema").arg("--version").output();
    if !ok.is_ok_and(|o| o.status.success()) {
        eprintln!(
            "check-jsonschema is not installed: the SARIF log is checked against the schema in Rust only"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ropa.sarif");
    std::fs::write(&file, serde_json::to_string(log).expect("json")).expect("write");
    let o = Command::new("check-jsonschema")
        .args(["--regex-variant", "python", "--schemafile"])
        .arg(schema_path())
        .arg(&file)
        .output()
        .expect("run check-jsonschema");
    assert!(
        o.status.success(),
        "check-jsonschema: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn the_bundled_register_as_sarif() {
    // A copy outside any repository: its files are relative to itself.
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&sample_registry(), dir.path());
    let (log, json, code) = logs(dir.path());
    assert_eq!(code, Some(0));
    assert!(json["acknowledged"].as_u64().expect("count") > 0);
    against_schema(&log);
    structure(&log, &json, "");
    check_jsonschema(&log);
}

#[test]
fn a_broken_register_in_a_folder_of_a_repository_as_sarif() {
    let dir = tempfile::tempdir().expect("tempdir");
    let git = Command::new("git")
        .args(["init", "-q"])
        .arg(dir.path())
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .status()
        .expect("git init");
    assert!(git.success());
    let root = dir.path().join("fortegnelse");
    let mut org = clean_org();
    org.org_number = None;
    let mut act = clean_activity();
    act.last_reviewed = Some("2020-01-15".into());
    write_register(&root, &org, &[act]);
    // A file that does not parse, named with a space and a letter a URI
    // must encode.
    std::fs::write(
        root.join("acme/activities/løn æ.ron"),
        "Activity(\n    id: \"x\",\n    name: ,\n)\n",
    )
    .expect("write");
    let (log, json, code) = logs(&root);
    assert_eq!(code, Some(1), "errors fail the run");
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().expect("rule"))
        .collect();
    for want in ["ORG-002", "REV-001", "LOAD-001"] {
        assert!(rules.contains(&want), "{rules:?}");
    }
    against_schema(&log);
    structure(&log, &json, "fortegnelse/");
    let base = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("base");
    let top = dir.path().canonicalize().expect("canonical");
    assert_eq!(base, format!("file://{}/", top.display()));
    check_jsonschema(&log);
}

#[test]
fn a_log_that_breaks_the_schema_is_caught() {
    // The check itself: a result without its message is not SARIF.
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&sample_registry(), dir.path());
    let (mut log, _, _) = logs(dir.path());
    log["runs"][0]["results"][0]
        .as_object_mut()
        .expect("result")
        .remove("message");
    let caught = std::panic::catch_unwind(|| against_schema(&log));
    assert!(
        caught.is_err(),
        "a result without a message passed the schema"
    );
}
