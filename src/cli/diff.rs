//! `ropa diff FROM..TO`: what changed between two versions of the
//! register, record by record and field by field, with the commits that
//! made the changes.

use git2::Sort;
use serde_json::json;

use super::history_output::{record_json, record_text};
use super::log::Format;
use super::{Context, Output, emit, open_register, printable};
use crate::register::history::{RegisterRepo, format_time};
use crate::register::lang::tr_args;

/// Arguments of `ropa diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Two revisions as FROM..TO (a commit id, branch, tag, `HEAD~3`);
    /// FROM alone compares it with HEAD.
    range: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// Runs `ropa diff`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let out = match args.format {
        Format::Human => Output::Human,
        Format::Json => Output::Machine,
    };
    let root = match open_register(ctx, None, out) {
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
    let (from, to) = match args.range.split_once("..") {
        Some((a, b)) => (a, if b.is_empty() { "HEAD" } else { b }),
        None => (args.range.as_str(), "HEAD"),
    };
    let (from_id, to_id) = match (repo.resolve(from), repo.resolve(to)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    let records = match repo.diff_commits(from_id, to_id) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    let commits = commits_between(&repo, from_id, to_id);
    match args.format {
        Format::Human => {
            let lang = ctx.lang(&root);
            let mut out = tr_args(
                lang,
                "cli-diff-summary",
                &[
                    ("records", records.len().into()),
                    ("from", printable(from).into()),
                    ("to", printable(to).into()),
                    ("commits", commits.len().into()),
                ],
            );
            out.push('\n');
            for (short, date, author, summary) in &commits {
                out.push_str(&format!(
                    "  {short}  {date}  {}  {}\n",
                    printable(author),
                    printable(summary)
                ));
            }
            out.push('\n');
            for r in &records {
                out.push_str(&record_text(r, "", lang));
            }
            emit(&out);
        }
        Format::Json => {
            let doc = json!({
                "from": from_id.to_string(),
                "to": to_id.to_string(),
                "commits": commits.iter().map(|(short, date, author, summary)| json!({
                    "commit": short, "date": date, "author": author, "summary": summary,
                })).collect::<Vec<_>>(),
                "records": records.iter().map(record_json).collect::<Vec<_>>(),
            });
            super::emit_document(&format!(
                "{}\n",
                serde_json::to_string_pretty(&doc).unwrap_or_default()
            ));
        }
    }
    0
}

/// The commits reachable from `to` but not from `from`, newest first:
/// short id, date, author and summary.
fn commits_between(
    repo: &RegisterRepo,
    from: git2::Oid,
    to: git2::Oid,
) -> Vec<(String, String, String, String)> {
    let git = repo.repository();
    let Ok(mut walk) = git.revwalk() else {
        return Vec::new();
    };
    if walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME).is_err()
        || walk.push(to).is_err()
        || walk.hide(from).is_err()
    {
        return Vec::new();
    }
    walk.filter_map(Result::ok)
        .filter_map(|id| git.find_commit(id).ok())
        .map(|c| {
            let t = c.author().when();
            (
                c.id().to_string().chars().take(7).collect(),
                format_time(t.seconds(), t.offset_minutes()),
                String::from_utf8_lossy(c.author().name_bytes()).into_owned(),
                c.summary().ok().flatten().unwrap_or_default().to_string(),
            )
        })
        .collect()
}
