//! `ropa validate`: findings as text (with each finding's source line),
//! JSON, GitHub annotations or SARIF, and an exit status CI can use (0
//! clean, 1 findings, 2 unusable input).

use std::path::{Path, PathBuf};

use super::sarif::sarif;
use super::snippet::{Look, in_parts_by_file, render_all_with, style};
use super::{Context, Output, ReportFormat, display_path, open_register, printable};
use crate::register::date::Date;
use crate::register::lang::{Lang, resolve, tr, tr_args};
use crate::register::validate::cache::{Checked, validate_storing};
use crate::register::validate::catalogue::text;
use crate::register::validate::{Finding, FindingKind, Options, Report, Severity, rule};

/// Arguments of `ropa validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    format: ReportFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Ignore every acknowledgement.
    #[arg(long)]
    strict: bool,
    /// List only the known gaps: values recorded as not stated in the
    /// source (GAP-001), with their notes. Exits 0: gaps are known.
    #[arg(long)]
    gaps: bool,
    /// Print a rule's text and legal source, then exit.
    #[arg(
        long,
        value_name = "RULE",
        value_parser = RuleIdParser,
        hide_possible_values = true
    )]
    explain: Option<String>,
    /// Judge expiries and review dates as of this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", hide = true, value_parser = super::day)]
    today: Option<Date>,
    /// Read every file and validate it, without the report kept in the
    /// repository's git folder from an earlier run on the same files (the
    /// report is the same either way; the cache only saves time).
    #[arg(long)]
    no_cache: bool,
}

/// Runs `ropa validate`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    if let Some(id) = &args.explain {
        // A register named on the command line may choose the language;
        // otherwise --lang, config.ron and the locale do.
        let lang = match &args.path {
            Some(p) => ctx.lang(p),
            None => resolve(ctx.lang, None, ctx.config_lang, Lang::from_env()),
        };
        return explain(id, lang);
    }
    let today = args.today.unwrap_or_else(Date::today);
    let out = match args.format {
        ReportFormat::Human => Output::Human,
        ReportFormat::Json | ReportFormat::Github | ReportFormat::Sarif => Output::Machine,
    };
    let root = match open_register(ctx, args.path.as_deref(), out) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let opts = Options {
        today,
        strict: args.strict,
    };
    // The cache is written while the report is made and printed; `_storing`
    // waits for it at the end of the run.
    let (Checked { report, lines, .. }, _storing) =
        match validate_storing(&root, &opts, !args.no_cache) {
            Ok(checked) => checked,
            Err(e) => {
                eprintln!("error: {}", super::printable_lines(&e.to_string()));
                return 2;
            }
        };
    if args.gaps {
        let gaps = Report {
            findings: report
                .findings
                .into_iter()
                .filter(|f| f.rule == GAP)
                .collect(),
        };
        super::emit_document(&match args.format {
            ReportFormat::Human => gaps_human(&root, &gaps, ctx.lang(&root)),
            ReportFormat::Json => json(&root, &gaps),
            ReportFormat::Github => github(&root, &gaps),
            ReportFormat::Sarif => sarif(&root, &gaps),
        });
        return 0;
    }
    let look = ctx.look();
    let text = match args.format {
        ReportFormat::Human => annotated_with(&root, &report, &lines, ctx.lang(&root), look),
        // JSON escapes control characters but not bidirectional ones:
        // on a terminal those are shown by name too; a pipe or a file gets
        // the exact document.
        ReportFormat::Json => json(&root, &report),
        ReportFormat::Github => github(&root, &report),
        ReportFormat::Sarif => sarif(&root, &report),
    };
    if args.format == ReportFormat::Human && look.color {
        // Every piece of register text in the report is shown by name
        // already (printable, the snippets' window): only the report's own
        // colours are escape sequences, and they must reach the terminal.
        super::emit(&text);
    } else {
        super::emit_document(&text);
    }
    if report.errors() > 0 || (args.deny_warnings && report.warnings() > 0) {
        1
    } else {
        0
    }
}

/// Prints rule `id`'s title, trigger, legal source and hint in `lang`,
/// and how to acknowledge one of its findings.
/// `--explain`: any text (an unknown id is answered by `explain`, with
/// suggestions), naming the catalogue's ids as possible values so the
/// shell completions offer them; the help does not list them all.
#[derive(Debug, Clone, Copy)]
struct RuleIdParser;

impl clap::builder::TypedValueParser for RuleIdParser {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::register::validate::RULES.iter().map(|r| {
            clap::builder::PossibleValue::new(r.id).help(r.title)
        })))
    }
}

fn explain(id: &str, lang: Lang) -> i32 {
    let Some(r) = rule(id) else {
        eprintln!(
            "{}",
            tr_args(
                lang,
                "cli-explain-unknown",
                &[("rule", printable(id).into())]
            )
        );
        return 2;
    };
    let t = text(r, lang);
    let line = |key: &str, text: &str| tr_args(lang, key, &[("text", text.into())]);
    println!(
        "{}",
        tr_args(
            lang,
            "cli-explain-heading",
            &[
                ("id", r.id.into()),
                ("kind", severity_label(lang, r.severity).into()),
                ("name", t.title.as_str().into()),
            ],
        )
    );
    println!();
    println!("{}", line("cli-explain-when", &t.trigger));
    println!();
    println!("{}", line("cli-explain-source", &t.legal_source));
    println!();
    println!("{}", line("cli-explain-hint", &t.hint));
    println!();
    println!("{}", tr(lang, "cli-explain-acknowledge"));
    // The example is RON to paste into the file: the same in every language.
    println!(
        "    acknowledgements: [\n        Acknowledgement(\n            rule: \"{}\",\n            at: Some(\"field.path\"),\n            kind: Some(Missing),\n            reason: \"...\",\n            expires: \"YYYY-MM-DD\",\n        ),\n    ],",
        r.id
    );
    0
}

/// The word for a severity in `lang`: error, fejl, feil; warning, advarsel.
fn severity_label(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => tr(lang, "cli-severity-error"),
        Severity::Warning => tr(lang, "cli-severity-warning"),
    }
}

/// The rule of values recorded as not stated in the source.
const GAP: &str = "GAP-001";

/// The gaps report: one line per value the source does not state, with
/// where it is and the note, then a count.
fn gaps_human(root: &Path, report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&format!(
            "{}:{}:{}: {}: {}\n",
            printable(&display_path(root, &f.path)),
            f.line,
            f.column,
            printable(&f.field),
            printable(&f.message_in(lang))
        ));
    }
    out.push_str(&tr_args(
        lang,
        "cli-gaps-summary",
        &[
            ("path", printable(&root.display().to_string()).into()),
            ("n", report.findings.len().into()),
        ],
    ));
    out.push('\n');
    out
}

/// rustc-like text: one block per finding, then a summary line, in
/// English.
pub fn human(root: &Path, report: &Report) -> String {
    human_in(root, report, Lang::En)
}

/// rustc-like text: one block per finding, then a summary line in `lang`.
/// No source lines: for a report of files as they are not on disk (a
/// sync's merge).
pub fn human_in(root: &Path, report: &Report, lang: Lang) -> String {
    human_text(root, report, lang, Look::PLAIN, None)
}

/// rustc-like text with each finding's source line and a caret under its
/// value: one block per finding, then a summary line in `lang`, coloured
/// or plain as `look` says. The lines are those kept with the report
/// (see [`Checked::lines`]); a line not given is read from its file
/// under `root`.
pub fn annotated_with(
    root: &Path,
    report: &Report,
    lines: &[Option<String>],
    lang: Lang,
    look: Look,
) -> String {
    let snippets = render_all_with(root, look, &report.findings, lines);
    human_text(root, report, lang, look, Some(&snippets))
}

/// The human report; `snippets`, when given, holds each finding's source
/// lines, in the order of the findings.
fn human_text(
    root: &Path,
    report: &Report,
    lang: Lang,
    look: Look,
    snippets: Option<&[Option<String>]>,
) -> String {
    let words = Words::new(lang, look);
    // The blocks of a large report are written on every core, then
    // joined in order.
    let parts = in_parts_by_file(&report.findings, |from, part| {
        blocks(root, part, from, snippets, &words)
    });
    let mut out = String::with_capacity(parts.iter().map(String::len).sum::<usize>() + 256);
    for part in parts {
        out.push_str(&part);
    }
    out.push_str(&tr_args(
        lang,
        "cli-validate-summary",
        &[
            ("path", printable(&root.display().to_string()).into()),
            ("errors", report.errors().into()),
            ("warnings", report.warnings().into()),
            ("acknowledged", report.acknowledged().into()),
        ],
    ));
    out.push('\n');
    out
}

/// The words every block repeats, looked up once a run rather than once
/// a finding (a large register has tens of thousands).
struct Words {
    lang: Lang,
    look: Look,
    acknowledged: String,
    error: String,
    warning: String,
    field: String,
    rule: String,
    help: String,
    acknowledge_as: String,
    arrow: String,
    eq: String,
}

impl Words {
    fn new(lang: Lang, look: Look) -> Self {
        Words {
            lang,
            look,
            acknowledged: tr(lang, "cli-severity-acknowledged"),
            error: severity_label(lang, Severity::Error),
            warning: severity_label(lang, Severity::Warning),
            field: tr(lang, "cli-validate-field"),
            rule: tr(lang, "cli-validate-rule"),
            help: tr(lang, "cli-validate-help"),
            acknowledge_as: tr(lang, "cli-validate-acknowledge-as"),
            arrow: look.paint(style::GUTTER, "-->"),
            eq: look.paint(style::GUTTER, "="),
        }
    }
}

/// The blocks of `findings`, the first of which is finding `first` of the
/// report (its snippet is `snippets[first]`).
fn blocks(
    root: &Path,
    findings: &[Finding],
    first: usize,
    snippets: Option<&[Option<String>]>,
    w: &Words,
) -> String {
    use std::fmt::Write;
    // About what a block takes, so that the text is not copied over and
    // over as it grows.
    let mut out = String::with_capacity(512 * findings.len());
    let (lang, look, eq) = (w.lang, w.look, &w.eq);
    let mut texts = std::collections::HashMap::new();
    // Findings come by file: each file's name is made printable once.
    let mut shown: Option<(&str, String)> = None;
    for (k, f) in findings.iter().enumerate() {
        let (label, paint) = match (&f.acknowledged, f.severity) {
            (Some(_), _) => (&w.acknowledged, style::ACKNOWLEDGED),
            (None, Severity::Error) => (&w.error, style::ERROR),
            (None, Severity::Warning) => (&w.warning, style::WARNING),
        };
        let _ = writeln!(
            out,
            "{}{}",
            look.paint(paint, &format!("{label}[{}]", f.rule)),
            look.paint(
                style::MESSAGE,
                &format!(": {}", printable(&f.message_in(lang)))
            )
        );
        // File names and field paths come from the register too: escaped
        // like its text, so a file named with an escape sequence cannot
        // drive the terminal.
        let file = match &shown {
            Some((path, file)) if *path == f.path => file,
            _ => {
                let file = printable(&display_path(root, &f.path));
                &shown.insert((f.path.as_str(), file)).1
            }
        };
        let _ = writeln!(out, "  {} {file}:{}:{}", w.arrow, f.line, f.column);
        if let Some(Some(lines)) = snippets.and_then(|s| s.get(first + k)) {
            out.push_str(lines);
        }
        if !f.field.is_empty() {
            let _ = writeln!(out, "   {eq} {}: {}", w.field, printable(&f.field));
        }
        if let Some(a) = &f.acknowledged {
            let until = tr_args(
                lang,
                "cli-validate-acknowledged-until",
                &[
                    ("expires", a.expires.as_str().into()),
                    ("reason", printable(&a.reason).into()),
                ],
            );
            let _ = writeln!(out, "   {eq} {until}");
        } else if let Some(r) = rule(f.rule) {
            let t = texts.entry(r.id).or_insert_with(|| text(r, lang));
            let _ = writeln!(out, "   {eq} {}: {} ({})", w.rule, t.title, t.legal_source);
            let _ = writeln!(out, "   {eq} {}: {}", w.help, t.hint);
            // What an acknowledgement of exactly this finding says.
            if !["ACK-001", "ACK-002", "LOAD-001", GAP].contains(&f.rule) {
                let _ = writeln!(
                    out,
                    "   {eq} {}: rule: \"{}\", at: Some(\"{}\"), kind: Some({})",
                    w.acknowledge_as,
                    f.rule,
                    // List items by id, so the acknowledgement stays with
                    // its item when others are inserted before it.
                    printable(f.anchor.as_deref().unwrap_or(&f.field)),
                    // The RON spelling of the value, to paste into the file.
                    kind_in_ron(f.kind)
                );
            }
        }
        out.push('\n');
    }
    out
}

/// A finding's kind as RON writes it (`Missing`, `Invalid`).
fn kind_in_ron(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Missing => "Missing",
        FindingKind::Invalid => "Invalid",
    }
}

/// One JSON document with every finding and the counts.
pub fn json(root: &Path, report: &Report) -> String {
    let findings: Vec<serde_json::Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut v = serde_json::to_value(f).unwrap_or_default();
            if let Some(obj) = v.as_object_mut() {
                obj.insert(
                    "file".into(),
                    serde_json::Value::String(display_path(root, &f.path)),
                );
            }
            v
        })
        .collect();
    let doc = serde_json::json!({
        "register": root.display().to_string(),
        "errors": report.errors(),
        "warnings": report.warnings(),
        "acknowledged": report.acknowledged(),
        "findings": findings,
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

/// GitHub Actions workflow commands: errors and warnings annotate the
/// offending line; acknowledged findings are notices.
pub fn github(root: &Path, report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let level = match (&f.acknowledged, f.severity) {
            (Some(_), _) => "notice",
            (None, Severity::Error) => "error",
            (None, Severity::Warning) => "warning",
        };
        out.push_str(&format!(
            "::{level} file={},line={},col={},title={}::{}\n",
            escape_property(&display_path(root, &f.path)),
            f.line,
            f.column,
            f.rule,
            escape_data(&message_with_ack(f))
        ));
    }
    out.push_str(&format!(
        "{} errors, {} warnings, {} acknowledged\n",
        report.errors(),
        report.warnings(),
        report.acknowledged()
    ));
    out
}

fn message_with_ack(f: &Finding) -> String {
    match &f.acknowledged {
        Some(a) => format!(
            "{} (acknowledged until {}: {})",
            f.message, a.expires, a.reason
        ),
        None => f.message.clone(),
    }
}

fn escape_data(s: &str) -> String {
    printable(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_spelled_as_ron_writes_them() {
        for kind in [FindingKind::Missing, FindingKind::Invalid] {
            assert_eq!(kind_in_ron(kind), ron::to_string(&kind).expect("ron"));
        }
    }
}
