//! `ropa log [ACTIVITY] [--since DATE]`: what changed in register terms,
//! commit by commit, newest first — the answer to "what changed since the
//! last audit, who changed it, and why".

use std::path::Path;

use clap::ValueEnum;

use super::history_output::{entry_header, entry_json, file_change, record_text};
use super::{Context, Output, emit, open_register, printable};
use crate::register::date::Date;
use crate::register::history::{LogOptions, RecordDiff, RegisterRepo};
use crate::register::lang::tr;
use crate::register::load::{Register, load};
use crate::register::resolve;

/// Output formats of `log` and `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for a reviewer.
    Human,
    /// One JSON document.
    Json,
}

/// Arguments of `ropa log`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register folder, or a folder inside it that is not an
    /// organisation's own (`.` in an activities folder); otherwise the
    /// record, as for ACTIVITY.
    #[arg(value_name = "PATH")]
    first: Option<String>,
    /// Only this record: an activity id, ORG/ACTIVITY, an organisation id,
    /// or a file path in the register.
    #[arg(value_name = "ACTIVITY")]
    activity: Option<String>,
    /// Only commits made on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// At most this many commits.
    #[arg(long, short = 'n', value_name = "N")]
    limit: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// Runs `ropa log`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let since = match args.since.as_deref().map(|s| (s, Date::parse(s))) {
        None => None,
        Some((_, Some(d))) => Some(d.days() * 86_400),
        Some((s, None)) => {
            // The register is not open yet: its settings cannot name the
            // language, the other sources can.
            let lang = crate::register::lang::resolve(
                ctx.lang,
                None,
                ctx.config_lang,
                crate::register::lang::Lang::from_env(),
            );
            eprintln!(
                "{}",
                crate::register::lang::tr_args(
                    lang,
                    "cli-log-since-not-date",
                    &[("since", printable(s).into())],
                )
            );
            return 2;
        }
    };
    let out = match args.format {
        Format::Human => Output::Human,
        Format::Json => Output::Machine,
    };
    // `ropa log PATH ACTIVITY`, `ropa log PATH` (a register folder) or
    // `ropa log ACTIVITY`.
    let (path, record) = match (&args.first, &args.activity) {
        (Some(p), Some(a)) => (Some(p.as_str()), Some(a.as_str())),
        (Some(p), None) if names_register(Path::new(p)) => (Some(p.as_str()), None),
        (first, _) => (None, first.as_deref()),
    };
    let root = match open_register(ctx, path.map(Path::new), out) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let repo = match RegisterRepo::open(&root) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    let rel = match record {
        None => None,
        Some(a) => match resolve_record(&root, a) {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!("error: {}", super::printable_lines(&e.to_string()));
                return 2;
            }
        },
    };
    let opts = LogOptions {
        limit: args.limit.unwrap_or(0),
        since,
        start: None,
    };
    let entries = match repo.log(rel.as_deref(), &opts) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    let lang = ctx.lang(&root);
    let mut text = String::new();
    let mut docs = Vec::new();
    for e in &entries {
        let records: Vec<RecordDiff> = match &rel {
            Some(_) => repo.record_changes(e.id, &e.path).into_iter().collect(),
            None => {
                let parent = repo
                    .repository()
                    .find_commit(e.id)
                    .ok()
                    .and_then(|c| c.parent_id(0).ok());
                match parent {
                    Some(p) => repo.diff_commits(p, e.id).unwrap_or_default(),
                    None => Vec::new(),
                }
            }
        };
        match args.format {
            Format::Human => {
                text.push_str(&entry_header(e));
                let first = repo
                    .repository()
                    .find_commit(e.id)
                    .is_ok_and(|c| c.parent_count() == 0);
                if rel.is_none() && first {
                    text.push_str(&format!("  {}\n", tr(lang, "cli-log-first-commit")));
                }
                if rel.is_some() && records.is_empty() {
                    text.push_str(&format!(
                        "  {} ({})\n",
                        printable(&e.path),
                        file_change(&e.change, lang)
                    ));
                }
                for r in &records {
                    text.push_str(&record_text(r, "  ", lang));
                }
                text.push('\n');
            }
            Format::Json => docs.push(entry_json(e, &records)),
        }
    }
    if matches!(args.format, Format::Human) && repo.repository().is_shallow() {
        // A shallow clone (a CI checkout) holds only the newest commits.
        text.push_str(&tr(lang, "cli-log-shallow"));
        text.push('\n');
    }
    match args.format {
        Format::Human if entries.is_empty() && !repo.repository().is_shallow() => {
            emit(&format!("{}\n", tr(lang, "cli-log-no-changes")))
        }
        Format::Human => emit(&text),
        Format::Json => super::emit_document(&format!(
            "{}\n",
            serde_json::to_string_pretty(&serde_json::Value::Array(docs)).unwrap_or_default()
        )),
    }
    0
}

/// The register path of the record `name` names: a file path, ORG/ID, an
/// activity id (unique across the register) or an organisation id.
///
/// Ids are the names of the files and folders (the validator holds them
/// to it), so the record is found from the folder listing without reading
/// a record; only a name no file carries loads the register, to find a
/// record whose id and file name disagree (or to say there is none).
pub fn resolve_record(root: &Path, name: &str) -> Result<String, String> {
    if name.ends_with(".ron") {
        return Ok(name.trim_start_matches("./").to_string());
    }
    if let Some(found) = by_file_name(root, name)? {
        return Ok(found);
    }
    let loaded = load(root).map_err(|e| e.to_string())?;
    find_record(&loaded.register, name)
}

/// [`resolve_record`] from file and folder names alone: `None` when no
/// file is named so.
fn by_file_name(root: &Path, name: &str) -> Result<Option<String>, String> {
    use crate::register::load::{ACTIVITIES_DIR, ORGANISATION_FILE};
    let valid = |s: &str| crate::register::validate::checks::is_slug(s);
    let activity = |org: &str, id: &str| format!("{org}/{ACTIVITIES_DIR}/{id}.ron");
    if let Some((org, act)) = name.split_once('/') {
        return Ok(
            (valid(org) && valid(act) && root.join(activity(org, act)).is_file())
                .then(|| activity(org, act)),
        );
    }
    if !valid(name) {
        return Ok(None);
    }
    let mut orgs: Vec<String> = std::fs::read_dir(root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|org| valid(org))
        .collect();
    orgs.sort();
    let found: Vec<String> = orgs
        .iter()
        .map(|org| activity(org, name))
        .filter(|rel| root.join(rel).is_file())
        .collect();
    match found.as_slice() {
        [one] => Ok(Some(one.clone())),
        [] => {
            let org = format!("{name}/{ORGANISATION_FILE}");
            Ok(root.join(&org).is_file().then_some(org))
        }
        many => Err(format!(
            "{name}: several activities have this id; name one as ORG/ID: {}",
            many.join(", ")
        )),
    }
}

fn find_record(reg: &Register, name: &str) -> Result<String, String> {
    if let Some((org, act)) = name.split_once('/') {
        return reg
            .organisations
            .iter()
            .filter(|o| o.org.id == org)
            .flat_map(|o| &o.activities)
            .find(|a| a.activity.id == act)
            .map(|a| a.file.path.clone())
            .ok_or_else(|| format!("{name}: no such activity"));
    }
    let found: Vec<&str> = reg
        .organisations
        .iter()
        .flat_map(|o| &o.activities)
        .filter(|a| a.activity.id == name)
        .map(|a| a.file.path.as_str())
        .collect();
    match found.as_slice() {
        [one] => Ok(one.to_string()),
        [] => reg
            .organisations
            .iter()
            .find(|o| o.org.id == name)
            .map(|o| o.file.path.clone())
            .ok_or_else(|| format!("{name}: no activity or organisation with this id")),
        many => Err(format!(
            "{name}: several activities have this id; name one as ORG/ID: {}",
            many.join(", ")
        )),
    }
}

/// True when `ropa log`'s one argument names a register rather than a
/// record: a register's root, or a folder inside one that is not an
/// organisation's own (`.` in an activities folder; `da`, an organisation's
/// folder, stays a record).
fn names_register(p: &Path) -> bool {
    resolve::is_register_root(p)
        || (p.is_dir()
            && !p.join(crate::register::load::ORGANISATION_FILE).is_file()
            && p.canonicalize()
                .ok()
                .and_then(|abs| resolve::discover(&abs))
                .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A register of two organisations: `da` and `djoef` both hold an
    /// activity `shared`; `da` also one whose id differs from its file
    /// name.
    fn register() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        for org in ["da", "djoef"] {
            let to = dir.path().join(org).join("activities");
            fs::create_dir_all(&to).expect("mkdir");
            fs::copy(
                sample.join(org).join("organisation.ron"),
                dir.path().join(org).join("organisation.ron"),
            )
            .expect("copy");
        }
        let barsel = fs::read_to_string(sample.join("da/activities/da-barsel.ron")).expect("read");
        fs::write(dir.path().join("da/activities/da-barsel.ron"), &barsel).expect("write");
        for org in ["da", "djoef"] {
            fs::write(
                dir.path().join(org).join("activities/shared.ron"),
                barsel.replace("id: \"da-barsel\"", "id: \"shared\""),
            )
            .expect("write");
        }
        fs::write(
            dir.path().join("da/activities/old-name.ron"),
            barsel.replace("id: \"da-barsel\"", "id: \"new-name\""),
        )
        .expect("write");
        fs::copy(sample.join("ropa.ron"), dir.path().join("ropa.ron")).expect("settings");
        dir
    }

    #[test]
    fn records_are_found_by_their_file_names() {
        let dir = register();
        let root = dir.path();
        assert_eq!(
            resolve_record(root, "da/da-barsel").as_deref(),
            Ok("da/activities/da-barsel.ron")
        );
        assert_eq!(
            resolve_record(root, "da-barsel").as_deref(),
            Ok("da/activities/da-barsel.ron")
        );
        assert_eq!(
            resolve_record(root, "djoef").as_deref(),
            Ok("djoef/organisation.ron")
        );
        assert_eq!(
            resolve_record(root, "djoef/shared").as_deref(),
            Ok("djoef/activities/shared.ron")
        );
        assert_eq!(
            resolve_record(root, "./da/activities/x.ron").as_deref(),
            Ok("da/activities/x.ron")
        );
    }

    #[test]
    fn an_id_in_two_organisations_asks_for_org_slash_id() {
        let dir = register();
        let err = resolve_record(dir.path(), "shared").expect_err("ambiguous");
        assert!(err.contains("ORG/ID"), "{err}");
        assert!(err.contains("da/activities/shared.ron"), "{err}");
        assert!(err.contains("djoef/activities/shared.ron"), "{err}");
    }

    #[test]
    fn an_id_no_file_is_named_after_is_found_by_reading_the_records() {
        let dir = register();
        assert_eq!(
            resolve_record(dir.path(), "new-name").as_deref(),
            Ok("da/activities/old-name.ron")
        );
        assert_eq!(
            resolve_record(dir.path(), "da/new-name").as_deref(),
            Ok("da/activities/old-name.ron")
        );
        let err = resolve_record(dir.path(), "no-such").expect_err("none");
        assert!(err.contains("no activity or organisation"), "{err}");
        // Not a slug: never a path outside the register.
        assert!(resolve_record(dir.path(), "../da/da-barsel").is_err());
    }
}
