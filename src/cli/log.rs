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
pub fn resolve_record(root: &Path, name: &str) -> Result<String, String> {
    if name.ends_with(".ron") {
        return Ok(name.trim_start_matches("./").to_string());
    }
    let loaded = load(root).map_err(|e| e.to_string())?;
    find_record(&loaded.register, name)
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
