//! `ropa due`: which activities are due for review, grouped by owner —
//! overdue ones and those due within a window (30 days unless
//! `--within DAYS`). `--fail-overdue` makes it a check for CI: exit 1 when
//! any review is overdue. The judgement is `register::due`'s, on the
//! user's local date.

use std::path::PathBuf;

use clap::ValueEnum;

use super::{Context, Output, emit, emit_document, open_register, printable};
use crate::register::date::Date;
use crate::register::due::{self, Counts, OwnerGroup, Review};
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::load::load;

/// Output formats of `due`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for a person, grouped by owner.
    Human,
    /// One JSON document.
    Json,
}

/// Arguments of `ropa due`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Count a review as due soon when it falls due within this many days
    /// (today and the last day included).
    #[arg(long, value_name = "DAYS", default_value_t = due::DEFAULT_WINDOW_DAYS)]
    within: u32,
    /// List every activity that is not retired, also those not due yet.
    #[arg(long)]
    all: bool,
    /// Exit 1 when any review is overdue, or when a record file does not
    /// parse (its review cannot be judged); 0 otherwise: a check for CI.
    #[arg(long)]
    fail_overdue: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Judge due dates as of this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", hide = true, value_parser = super::day)]
    today: Option<Date>,
}

/// Runs `ropa due`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let today = args.today.unwrap_or_else(Date::today);
    let out = match args.format {
        Format::Human => Output::Human,
        Format::Json => Output::Machine,
    };
    let root = match open_register(ctx, args.path.as_deref(), out) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    let lang = ctx.lang(&root);
    for e in &loaded.errors {
        // A file that does not parse has no dates to judge: said, not
        // silently left out.
        eprintln!(
            "{}",
            tr_args(
                lang,
                "cli-due-unreadable",
                &[("path", printable(&e.path).into())]
            )
        );
    }
    let all = due::reviews(&loaded.register, today, args.within);
    let counts = Counts::of(&all);
    let shown: Vec<Review> = all
        .into_iter()
        .filter(|r| args.all || r.state.is_due())
        .collect();
    let groups = due::by_owner(shown);
    match args.format {
        Format::Human => emit(&human(&groups, counts, today, args.within, lang)),
        Format::Json => emit_document(&json(&groups, counts, today, args.within)),
    }
    // A check that could not read a record cannot say nothing is overdue.
    if args.fail_overdue && (counts.overdue > 0 || !loaded.errors.is_empty()) {
        1
    } else {
        0
    }
}

/// The report for a person: a summary line, then each owner's reviews.
fn human(groups: &[OwnerGroup], counts: Counts, today: Date, within: u32, lang: Lang) -> String {
    let mut out = tr_args(
        lang,
        "cli-due-summary",
        &[
            ("today", today.to_string().into()),
            ("days", within.into()),
            ("overdue", counts.overdue.into()),
            ("soon", counts.soon.into()),
        ],
    );
    out.push('\n');
    if groups.is_empty() {
        out.push_str(&tr_args(lang, "cli-due-none", &[("days", within.into())]));
        out.push('\n');
        return out;
    }
    let states: Vec<String> = groups
        .iter()
        .flat_map(|g| &g.reviews)
        .map(|r| due::state_text(r, lang))
        .collect();
    let state_w = states.iter().map(|s| s.chars().count()).max().unwrap_or(0);
    let mut states = states.into_iter();
    for g in groups {
        out.push('\n');
        out.push_str(&match &g.owner {
            Some(o) => printable(o),
            None => tr(lang, "cli-due-no-owner"),
        });
        out.push('\n');
        for r in &g.reviews {
            let state = states.next().unwrap_or_default();
            let pad = " ".repeat(state_w.saturating_sub(state.chars().count()));
            let last = match r.last_reviewed {
                Some(d) => tr_args(
                    lang,
                    "cli-due-last",
                    &[
                        ("date", d.to_string().into()),
                        ("months", r.interval_months.into()),
                    ],
                ),
                None => tr(lang, "cli-due-never"),
            };
            out.push_str(&format!(
                "  {}  {state}{pad}  {} / {}  ({}/{})  {last}\n",
                r.due,
                printable(&r.org_name),
                printable(&r.name),
                printable(&r.org),
                printable(&r.activity),
            ));
        }
    }
    out
}

/// One JSON document: the day, the window, the counts and the groups.
fn json(groups: &[OwnerGroup], counts: Counts, today: Date, within: u32) -> String {
    let doc = serde_json::json!({
        "today": today.to_string(),
        "within_days": within,
        "overdue": counts.overdue,
        "soon": counts.soon,
        "owners": groups,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
