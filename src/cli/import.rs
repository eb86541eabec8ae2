//! `ropa import`: a register kept as a spreadsheet or in Word tables,
//! brought in as one commit through the core's transaction, with a report
//! of where every cell went.

use std::path::PathBuf;

use super::{Context, Output, emit, open_register, printable, printable_lines};
use crate::register::change::{self, Intent, Outcome, Refusal};
use crate::register::date::Date;
use crate::register::import::{self, Imported, Map, Problem};
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
    let map = match &args.map {
        None => None,
        Some(p) => {
            let shown = printable(&p.display().to_string());
            let text = match std::fs::read_to_string(p) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {shown}: {e}");
                    return 2;
                }
            };
            match Map::parse(&text) {
                Ok(m) => Some(m),
                Err(e) => {
                    eprintln!("error: {shown}: {}", printable_lines(&e));
                    eprintln!("Nothing was imported.");
                    return 1;
                }
            }
        }
    };
    let book = match import::read(&args.file) {
        Err(e) => {
            eprintln!("error: {}", printable_lines(&e.to_string()));
            return 2;
        }
        Ok(Err(problems)) => {
            return refuse(
                &args.file.display().to_string(),
                import::Kind::Csv,
                &problems,
            );
        }
        Ok(Ok(b)) => b,
    };
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}", printable_lines(&e.to_string()));
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
    };
    let imported = match import::import(&book, &loaded.register, &opts) {
        Ok(i) => i,
        Err(problems) => return refuse(&book.file, book.kind, &problems),
    };
    emit(&printable_lines(&imported.report()));
    let intent = Intent::Files {
        writes: imported.files.clone(),
        removes: Vec::new(),
        message: imported.message.clone(),
    };
    if args.dry_run {
        return match change::check(&root, &loaded.register, &intent, &[], Date::today()) {
            Ok(errors) if errors.is_empty() => {
                emit(&format!(
                    "Would commit \"{}\": {} organisation(s), {} activit{}. Nothing was \
                     written (--dry-run).\n",
                    printable(imported.message.lines().next().unwrap_or_default()),
                    imported.organisations.len(),
                    imported.activities.len(),
                    if imported.activities.len() == 1 {
                        "y"
                    } else {
                        "ies"
                    }
                ));
                0
            }
            Ok(errors) => invalid(&imported, &errors),
            Err(e) => {
                eprintln!("error: {}", printable_lines(&e.to_string()));
                eprintln!("Nothing was imported.");
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
                "Committed {} \"{}\": {} new organisation(s), {} activit{} (drafts to review).\n",
                &short[..short.len().min(7)],
                printable(subject),
                imported.organisations.len() - imported.added_to.len(),
                imported.activities.len(),
                if imported.activities.len() == 1 {
                    "y"
                } else {
                    "ies"
                }
            ));
            if !imported.added_to.is_empty() {
                emit(&format!(
                    "Added to the register's organisation(s) {}; their files are kept as \
                     the register has them.\n",
                    printable(&imported.added_to.join(", "))
                ));
            }
            for n in &saved.notes {
                emit(&format!("note: {}\n", printable_lines(n)));
            }
            warnings(&root, &imported);
            0
        }
        Ok(Outcome::NoChange | Outcome::Restored { .. }) => {
            emit("Nothing to import: the register already holds these records.\n");
            0
        }
        Err(Refusal::Invalid(findings)) => invalid(&imported, &findings),
        Err(e) => {
            eprintln!("error: {}", printable_lines(&e.to_string()));
            eprintln!("Nothing was imported.");
            1
        }
    }
}

/// Says every error the records would bring at its cell; nothing is
/// imported.
fn invalid(imported: &Imported, findings: &[Finding]) -> i32 {
    for f in findings {
        let at = match imported.locate(f) {
            Some(loc) => format!("{}: {}", imported.file, loc.describe(imported.kind)),
            None => imported.file.clone(),
        };
        eprintln!(
            "error: {}: error[{}]: {} (in {} at {})",
            printable(&at),
            f.rule,
            printable_lines(&f.message),
            f.path,
            if f.field.is_empty() {
                "the record"
            } else {
                &f.field
            }
        );
    }
    eprintln!(
        "Nothing was imported: the register would have {} error{}. Fix the sheet where \
         each error points and import again.",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    );
    1
}

/// Says every problem at its place; nothing is imported.
fn refuse(file: &str, kind: import::Kind, problems: &[Problem]) -> i32 {
    for p in problems {
        eprintln!("error: {}", printable_lines(&p.display(file, kind)));
    }
    eprintln!("Nothing was imported.");
    1
}

/// Counts the warnings the imported records have (GAP-001 for what the
/// sheet does not state, and the rest), so the user knows what to review.
fn warnings(root: &std::path::Path, imported: &Imported) {
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
            "{n} warning{} in the imported records: see them with ropa validate\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}
