//! `ropa report`: reports for the people who review the register.
//! `ropa report gaps` is the DPO's to-do list for the next review (see
//! [`crate::register::review`]): per organisation the facts not stated in
//! the source, the acknowledged findings with their expiry, and the open
//! findings grouped by who can answer them.

use std::path::PathBuf;

use super::{Context, Output, open_register, printable, printable_lines};
use crate::register::date::Date;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::load::load;
use crate::register::review::{self, GapsReport, RecordRef};
use crate::register::validate::{Options, validate};

/// Arguments of `ropa report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    report: Which,
}

#[derive(Debug, clap::Subcommand)]
enum Which {
    /// The to-do list for the next review: per organisation, every fact
    /// not stated in the source, every acknowledged finding with its
    /// expiry, and every open finding as a question, grouped by who can
    /// answer it (the system owner, the processor or recipient, the
    /// organisation's contact, legal, the register's keepers).
    Gaps(GapsArgs),
}

/// Arguments of `ropa report gaps`.
#[derive(Debug, clap::Args)]
struct GapsArgs {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Output format: human (text) or json.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Only this organisation (its id).
    #[arg(long, value_name = "ID")]
    org: Option<String>,
    /// Judge expiries as of this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", hide = true, value_parser = super::day)]
    today: Option<Date>,
}

/// Output formats of `ropa report gaps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Text for a person.
    Human,
    /// One JSON document.
    Json,
}

/// Runs `ropa report`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    match &args.report {
        Which::Gaps(a) => gaps(a, ctx),
    }
}

fn gaps(args: &GapsArgs, ctx: &Context) -> i32 {
    let today = args.today.unwrap_or_else(Date::today);
    let out = match args.format {
        Format::Human => Output::Human,
        Format::Json => Output::Machine,
    };
    let root = match open_register(ctx, args.path.as_deref(), out) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let lang = ctx.lang(&root);
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}", printable_lines(&e.to_string()));
            return 2;
        }
    };
    let findings = validate(
        &loaded,
        &Options {
            today,
            strict: false,
        },
    );
    let mut report = review::build(&loaded.register, &findings, today, lang);
    if let Some(id) = &args.org {
        report.organisations.retain(|o| &o.id == id);
        if report.organisations.is_empty() {
            eprintln!("error: no organisation `{}` in the register", printable(id));
            return 2;
        }
    }
    super::emit_document(&match args.format {
        Format::Human => human(&report, lang),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report)
                .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string());
            s.push('\n');
            s
        }
    });
    0
}

/// `Name [id]` of a record, or the organisation's file for its own.
fn record_name(r: &RecordRef) -> String {
    match &r.activity {
        Some(id) => format!("{} [{id}]", r.name),
        None => r.path.clone(),
    }
}

/// The report as text: each organisation under its name, its three
/// parts indented below; the questions by who is asked, each question
/// once over the records it is asked about.
pub fn human(report: &GapsReport, lang: Lang) -> String {
    let mut s = tr_args(
        lang,
        "gaps-heading",
        &[("date", report.today.as_str().into())],
    );
    s.push('\n');
    for o in &report.organisations {
        s.push('\n');
        s.push_str(&tr_args(
            lang,
            "gaps-organisation",
            &[
                ("name", o.name.as_str().into()),
                ("id", o.id.as_str().into()),
            ],
        ));
        s.push('\n');
        if o.is_empty() {
            s.push_str(&format!("  {}\n", tr(lang, "gaps-nothing")));
            continue;
        }
        if !o.not_stated.is_empty() {
            s.push_str(&format!(
                "  {}\n",
                tr_args(lang, "gaps-not-stated", &[("n", o.not_stated.len().into())])
            ));
            for g in &o.not_stated {
                s.push_str(&format!(
                    "    {}  {} — {}\n",
                    record_name(&g.record),
                    g.field,
                    g.note.as_deref().unwrap_or(&g.text)
                ));
            }
        }
        if !o.acknowledged.is_empty() {
            s.push_str(&format!(
                "  {}\n",
                tr_args(
                    lang,
                    "gaps-acknowledged",
                    &[("n", o.acknowledged.len().into())]
                )
            ));
            for k in &o.acknowledged {
                let when = k.when(lang);
                let at = k.at_suffix();
                s.push_str(&format!(
                    "    {when}  {} {}{at} — {}\n",
                    k.rule,
                    record_name(&k.record),
                    k.reason
                ));
            }
        }
        if !o.questions.is_empty() {
            let n: usize = o.questions.iter().map(|g| g.items.len()).sum();
            s.push_str(&format!(
                "  {}\n",
                tr_args(lang, "gaps-questions", &[("n", n.into())])
            ));
            for g in &o.questions {
                s.push_str(&format!("    {} ({})\n", g.to, g.items.len()));
                let mut topics: Vec<&str> = Vec::new();
                for a in &g.items {
                    if !topics.contains(&a.topic) {
                        topics.push(a.topic);
                    }
                }
                for t in topics {
                    let mut items = g.items.iter().filter(|a| a.topic == t).peekable();
                    if let Some(first) = items.peek() {
                        s.push_str(&format!("      ? {}\n", first.question));
                    }
                    for a in items {
                        s.push_str(&format!(
                            "        {}  {} {}: {}\n",
                            record_name(&a.record),
                            a.rule,
                            a.field,
                            a.finding
                        ));
                    }
                }
            }
        }
    }
    printable_lines(&s)
}
