//! `ropa sync`: fetch the team's changes, put local saves on top, validate,
//! push. Exit status 0 done, 1 stopped (conflict, validation errors, push
//! rejected), 2 cannot run (no repository, no remote, uncommitted changes).
//!
//! Fetch and push run the `git` program with the terminal, so git and ssh
//! may ask for a password or passphrase here as they would for `git
//! fetch`; the remote's own text is shown when it refuses a push.

use std::path::{Path, PathBuf};

use super::{Context, Output, open_register, printable};
use crate::register::date::Date;
use crate::register::sync::{Integration, SyncError, SyncOptions, SyncReport, Terminal, sync};
use crate::register::validate::{Report, Severity};

/// Arguments of `ropa sync`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Push to this branch on the remote (for a pull request) instead of the
    /// upstream branch.
    #[arg(long, value_name = "NAME")]
    branch: Option<String>,
    /// The remote (default: the branch's upstream remote, else origin).
    #[arg(long, value_name = "NAME")]
    remote: Option<String>,
    /// Push even if the register fails validation.
    #[arg(long)]
    force: bool,
    /// Judge expiries and review dates as of this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", hide = true, value_parser = super::day)]
    today: Option<Date>,
}

/// Runs `ropa sync`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let today = args.today.unwrap_or_else(Date::today);
    let root = match open_register(ctx, args.path.as_deref(), Output::Human) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let opts = SyncOptions {
        remote: args.remote.clone(),
        branch: args.branch.clone(),
        force: args.force,
        today,
        terminal: Terminal::Inherit,
    };
    match sync(&root, &opts) {
        Ok(report) => {
            super::emit(&render(&root, &report));
            0
        }
        Err(SyncError::Invalid {
            validation,
            incoming,
            target,
            register,
        }) => {
            if !incoming.is_empty() {
                eprintln!("Fetched {}:", commits(incoming.len(), "new commit"));
                for c in &incoming {
                    eprintln!("  {}", printable(&c.to_string()));
                }
            }
            eprint!("{}", errors_only(&root, &validation.report));
            eprintln!(
                "{}: {} error{}, {} warning{} (`ropa validate {}` lists everything)",
                root.display(),
                validation.report.errors(),
                if validation.report.errors() == 1 {
                    ""
                } else {
                    "s"
                },
                validation.report.warnings(),
                if validation.report.warnings() == 1 {
                    ""
                } else {
                    "s"
                },
                root.display()
            );
            if let Some(f) = &validation.fatal {
                eprintln!("error: {}", printable(f));
            }
            let e = SyncError::Invalid {
                validation,
                incoming: Vec::new(),
                target,
                register,
            };
            eprintln!("error: {}", printable(&e.to_string()));
            e.exit_code()
        }
        Err(e) => {
            eprintln!("error: {}", printable_block(&e.to_string()));
            e.exit_code()
        }
    }
}

/// The findings at error level (not acknowledged) as `ropa validate`
/// prints them, without its summary line.
fn errors_only(root: &Path, report: &Report) -> String {
    let errors = Report {
        findings: report
            .findings
            .iter()
            .filter(|f| f.is_active() && f.severity == Severity::Error)
            .cloned()
            .collect(),
    };
    let text = super::validate::human(root, &errors);
    let body = text.trim_end_matches('\n');
    match body.rfind('\n') {
        Some(i) => body[..=i].to_string(),
        None => String::new(),
    }
}

/// Escapes control characters but keeps line breaks.
fn printable_block(s: &str) -> String {
    s.lines().map(printable).collect::<Vec<_>>().join("\n")
}

fn commits(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The human report of a successful sync.
fn render(root: &Path, r: &SyncReport) -> String {
    let mut out = String::new();
    let line = |out: &mut String, s: String| {
        out.push_str(&printable_block(&s));
        out.push('\n');
    };
    if r.incoming.is_empty() {
        line(
            &mut out,
            format!(
                "Fetched {} ({}): nothing new from others.",
                r.upstream, r.url
            ),
        );
    } else {
        line(
            &mut out,
            format!(
                "Fetched {} ({}): {} from others:",
                r.upstream,
                r.url,
                commits(r.incoming.len(), "new commit")
            ),
        );
        for c in &r.incoming {
            line(&mut out, format!("  {c}"));
        }
    }
    match r.integration {
        Integration::UpToDate => line(&mut out, format!("`{}` is up to date.", r.branch)),
        Integration::FastForward => line(
            &mut out,
            format!("Updated `{}` to {} (fast-forward).", r.branch, r.upstream),
        ),
        Integration::LocalOnly => {}
        Integration::RemoteRewound => line(
            &mut out,
            format!(
                "Moved `{}` to {} (the remote no longer has commits it had).",
                r.branch, r.upstream
            ),
        ),
        Integration::NewBranch => line(
            &mut out,
            format!("{} does not exist yet; the push creates it.", r.upstream),
        ),
        Integration::Replayed => {
            line(
                &mut out,
                format!(
                    "Put {} on top of {}:",
                    commits(r.replayed.len(), "local commit"),
                    r.upstream
                ),
            );
            for c in &r.replayed {
                match c.new {
                    Some(id) => line(
                        &mut out,
                        format!(
                            "  {} → {} {}",
                            c.original.short,
                            id.to_string().get(..7).unwrap_or_default(),
                            c.original.summary
                        ),
                    ),
                    None => line(
                        &mut out,
                        format!(
                            "  {} {} (already on {}; dropped)",
                            c.original.short, c.original.summary, r.upstream
                        ),
                    ),
                }
            }
        }
    }
    if !r.dropped.is_empty() {
        line(
            &mut out,
            format!(
                "Dropped {} that {} no longer has (removed there, e.g. by a force-push); \
                 not replayed, not pushed:",
                commits(r.dropped.len(), "commit"),
                r.upstream
            ),
        );
        for c in &r.dropped {
            line(&mut out, format!("  {c}"));
        }
    }
    let v = &r.validation;
    if let Some(f) = &v.fatal {
        line(&mut out, format!("Validation: {f}"));
    } else {
        line(
            &mut out,
            format!(
                "Validation: {} error{}, {} warning{} (`ropa validate {}` lists them).",
                v.report.errors(),
                if v.report.errors() == 1 { "" } else { "s" },
                v.report.warnings(),
                if v.report.warnings() == 1 { "" } else { "s" },
                root.display()
            ),
        );
    }
    if r.forced {
        line(
            &mut out,
            "warning: pushed despite validation errors (--force).".to_string(),
        );
    }
    match &r.pushed {
        None => line(&mut out, "Nothing to push.".to_string()),
        Some(p) => {
            line(
                &mut out,
                format!(
                    "Pushed {} to {}/{}{}:",
                    commits(p.commits.len(), "commit"),
                    p.remote,
                    p.branch,
                    if p.created { " (new branch)" } else { "" }
                ),
            );
            for c in &p.commits {
                line(&mut out, format!("  {c}"));
            }
            for l in &p.remote_text {
                line(&mut out, format!("remote: {l}"));
            }
            if p.review {
                line(
                    &mut out,
                    format!(
                        "Open a pull request from `{}` into `{}` for review. Your local `{}` \
                         keeps these commits; use `ropa sync --branch {} {reg}` for further \
                         changes (a plain `ropa sync {reg}` pushes them to the main branch \
                         unless the server protects it), and `ropa sync {reg}` once the \
                         request is merged.",
                        p.branch,
                        r.upstream
                            .split_once('/')
                            .map_or(r.upstream.as_str(), |(_, b)| b),
                        r.branch,
                        p.branch,
                        reg = r.register,
                    ),
                );
            }
        }
    }
    out
}
