//! `ropa import`: a register kept as a spreadsheet or in Word tables,
//! brought in as one commit through the core's transaction, with a report
//! of where every cell went.

use std::path::PathBuf;

use super::{Context, Output, emit, open_register, printable, printable_lines};
use crate::register::change::{self, Intent, Outcome, Refusal};
use crate::register::date::Date;
use crate::register::import::{self, Imported, Map, Problem};
use crate::register::lang::{Arg, Lang, tr, tr_args};
use crate::register::load::load;
use crate::register::validate::{self, Finding, Severity};

/// Arguments of `ropa import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spreadsheet (.xlsx, .csv) or Word document (.docx) to import:
    /// the Danish, Norwegian or ICO layout, recognised by its headings, or
    /// any layout with --map.
    file: PathBuf,
    /// A column map (RON) for a layout ropa does not know: which heading
    /// holds which field (see README, "Importing a spreadsheet").
    #[arg(long, value_name = "MAP.ron")]
    map: Option<PathBuf>,
    /// Read only this sheet (default: every sheet with a known header row).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Add the file's activities to this organisation of the register (a
    /// second document of the same organisation, e.g. one Word document
    /// per area). Without it, a file whose organisation the register has
    /// already (the same id from its name) is added to it too.
    #[arg(long, value_name = "ID")]
    org: Option<String>,
    /// Read, build and check everything, print the report and the errors,
    /// and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
}

/// Runs `ropa import`: exit 0 imported, 1 bad input or refused (nothing
/// imported), 2 the file or the register cannot be read.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let root = match open_register(ctx, args.path.as_deref(), Output::Human) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let lang = ctx.lang(&root);
    let error = |text: &str| {
        eprintln!(
            "{}: {}",
            tr(lang, "cli-severity-error"),
            printable_lines(text)
        );
    };
    let nothing = || eprintln!("{}", tr(lang, "import-cli-nothing-imported"));
    let map = match &args.map {
        None => None,
        Some(p) => {
            let shown = printable(&p.display().to_string());
            let text = match std::fs::read_to_string(p) {
                Ok(t) => t,
                Err(e) => {
                    let why = match e.kind() {
                        std::io::ErrorKind::NotFound => tr(lang, "import-file-missing"),
                        std::io::ErrorKind::PermissionDenied => tr(lang, "import-file-denied"),
                        _ => e.to_string(),
                    };
                    error(&format!("{shown}: {why}"));
                    return 2;
                }
            };
            match Map::parse(&text) {
                Ok(m) => Some(m),
                Err(e) => {
                    error(&format!("{shown}: {}", e.render(lang)));
                    nothing();
                    return 1;
                }
            }
        }
    };
    let book = match import::read(&args.file) {
        Err(e) => {
            error(&e.render(lang));
            return 2;
        }
        Ok(Err(problems)) => {
            return refuse(
                &args.file.display().to_string(),
                import::Kind::Csv,
                &problems,
                lang,
            );
        }
        Ok(Ok(b)) => b,
    };
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            error(&e.to_string());
            return 2;
        }
    };
    let opts = import::Options {
        map,
        sheet: args.sheet.clone(),
        org: args.org.clone(),
        source_name: args
            .file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| book.file.clone()),
        // The records speak the register's language, whatever `--lang`
        // the person importing reads the report in.
        lang: crate::register::resolve::read_settings(&root)
            .ok()
            .flatten()
            .and_then(|s| s.lang)
            .unwrap_or(lang),
    };
    let imported = match import::import(&book, &loaded.register, &opts) {
        Ok(i) => i,
        Err(problems) => return refuse(&book.file, book.kind, &problems, lang),
    };
    emit(&printable_lines(&imported.report(lang)));
    let intent = Intent::Files {
        writes: imported.files.clone(),
        removes: Vec::new(),
        message: imported.message.clone(),
    };
    if args.dry_run {
        return match change::check(&root, &loaded.register, &intent, &[], Date::today()) {
            Ok(errors) if errors.is_empty() => {
                emit(&format!(
                    "{}\n",
                    tr_args(
                        lang,
                        "import-cli-would-commit",
                        &[
                            (
                                "text",
                                printable(imported.message.lines().next().unwrap_or_default())
                                    .into()
                            ),
                            ("organisations", imported.organisations.len().into()),
                            ("activities", imported.activities.len().into()),
                        ],
                    )
                ));
                0
            }
            Ok(errors) => invalid(&imported, &errors, lang),
            Err(e) => {
                error(&refusal_words(&e, lang));
                nothing();
                1
            }
        };
    }
    match change::commit(
        &root,
        &loaded.register,
        &intent,
        &[],
        &change::Options::default(),
    ) {
        Ok(Outcome::Saved(saved)) => {
            let short = saved.commit.to_string();
            let subject = saved.message.lines().next().unwrap_or_default();
            // Through emit: a reader of the output that stops early (`|
            // head`) must not make a done import look failed.
            emit(&format!(
                "{}\n",
                tr_args(
                    lang,
                    "import-cli-committed",
                    &[
                        ("id", short[..short.len().min(7)].to_string().into()),
                        ("text", printable(subject).into()),
                        (
                            "organisations",
                            (imported.organisations.len() - imported.added_to.len()).into()
                        ),
                        ("activities", imported.activities.len().into()),
                    ],
                )
            ));
            if !imported.added_to.is_empty() {
                emit(&format!(
                    "{}\n",
                    tr_args(
                        lang,
                        "import-cli-added-to",
                        &[("list", printable(&imported.added_to.join(", ")).into())],
                    )
                ));
            }
            for n in &saved.notes {
                emit(&format!(
                    "{}\n",
                    tr_args(lang, "cli-log-note", &[("text", printable_lines(n).into())])
                ));
            }
            warnings(&root, &imported, lang);
            0
        }
        Ok(Outcome::NoChange | Outcome::Restored { .. }) => {
            emit(&format!("{}\n", tr(lang, "import-cli-nothing-new")));
            0
        }
        Err(Refusal::Invalid(findings)) => invalid(&imported, &findings, lang),
        Err(e) => {
            error(&refusal_words(&e, lang));
            nothing();
            1
        }
    }
}

/// The transaction's refusal in `lang`, in the import's terms: a file the
/// import would write that holds text ropa did not commit (a file begun by
/// hand, an edit not committed), and git not knowing who is importing. The
/// rest are said as the transaction words them.
fn refusal_words(e: &Refusal, lang: Lang) -> String {
    match e {
        Refusal::Conflict { path, .. } => tr_args(
            lang,
            "import-cli-file-in-the-way",
            &[("path", printable(path).into())],
        ),
        Refusal::NoIdentity => tr(lang, "import-cli-no-identity"),
        e => e.to_string(),
    }
}

/// Says every error the records would bring at its cell; nothing is
/// imported.
fn invalid(imported: &Imported, findings: &[Finding], lang: Lang) -> i32 {
    let severity = tr(lang, "cli-severity-error");
    // In the sheet's order, top to bottom, as the user fixes them (the
    // findings come in the order of the records' paths); those without a
    // cell last.
    let mut findings: Vec<(Option<import::Loc>, &Finding)> =
        findings.iter().map(|f| (imported.locate(f), f)).collect();
    findings.sort_by(|(a, _), (b, _)| (a.is_none(), a).cmp(&(b.is_none(), b)));
    for (loc, f) in &findings {
        let f = *f;
        let at = match loc {
            Some(loc) => format!("{}: {}", imported.file, loc.describe(imported.kind, lang)),
            None => imported.file.clone(),
        };
        let record =
            crate::register::validate::msg::lower_first(import::record_words(&f.path, lang));
        let whence = if f.field.is_empty() {
            tr_args(lang, "import-cli-in-record", &[("record", record.into())])
        } else {
            tr_args(
                lang,
                "import-cli-in-field",
                &[
                    ("record", record.into()),
                    ("field", import::field_words(&f.field, lang).into()),
                ],
            )
        };
        eprintln!(
            "{severity}: {}: {severity}[{}]: {} ({whence})",
            printable(&at),
            f.rule,
            printable_lines(&f.message_in(lang)),
        );
    }
    eprintln!(
        "{}",
        tr_args(
            lang,
            "import-cli-would-have-errors",
            &[("n", Arg::from(findings.len()))]
        )
    );
    1
}

/// Says every problem at its place; nothing is imported.
fn refuse(file: &str, kind: import::Kind, problems: &[Problem], lang: Lang) -> i32 {
    for p in problems {
        eprintln!(
            "{}: {}",
            tr(lang, "cli-severity-error"),
            printable_lines(&p.display(file, kind, lang))
        );
    }
    eprintln!("{}", tr(lang, "import-cli-nothing-imported"));
    1
}

/// Counts the warnings the imported records have (GAP-001 for what the
/// sheet does not state, and the rest), so the user knows what to review.
fn warnings(root: &std::path::Path, imported: &Imported, lang: Lang) {
    let Ok(loaded) = load(root) else { return };
    let report = validate::validate(&loaded, &validate::Options::default());
    let paths: Vec<&str> = imported.files.iter().map(|(p, _)| p.as_str()).collect();
    let n = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning && paths.contains(&f.path.as_str()))
        .count();
    if n > 0 {
        emit(&format!(
            "{}\n",
            tr_args(lang, "import-cli-warnings", &[("n", Arg::from(n))])
        ));
    }
}
