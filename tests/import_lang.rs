//! `ropa import` in the user's language: the report of the sample's own
//! Danish and Norwegian exports (xlsx, docx, csv) and the refusals of
//! malformed files read in Danish under `--lang da` and in Norwegian under
//! `--lang nb`, with no English sentence or word of ropa's own left and no
//! Fluent placeholder unfilled; and the organisation's role and kind, as
//! the export writes them, read back into the role and kind.

mod import_support;

use std::path::{Path, PathBuf};

use import_support::{DANISH_ROWS, danish_workbook, new_register, ropa_in, text};
use ropa::register::import::{self, Options};
use ropa::register::load::{Register, load};
use rust_xlsxwriter::{Format, Workbook};

/// English words ropa's import wrote before it spoke the user's language
/// (the report, the refusals, the summary lines). Matched as whole words,
/// outside quoted register data (`…`, "…"); a word joined to others by
/// `/`, `_` or `-` is an id, a path or a field name (`da/website`,
/// `recipients_none`), not a word. "organisation" and "layout" are Danish
/// words too.
const ENGLISH: &[&str] = &[
    "the",
    "sheet",
    "row",
    "column",
    "notes",
    "empty",
    "nothing",
    "header",
    "purpose",
    "purposes",
    "category",
    "categories",
    "recipient",
    "recipients",
    "defined",
    "activity",
    "activities",
    "would",
    "committed",
    "written",
    "imported",
    "error",
    "errors",
    "warning",
    "warnings",
    "kept",
    "file",
    "with",
    "not",
    "record",
    "field",
    "table",
    "above",
    "rule",
    "rules",
    "transfer",
    "transfers",
    "none",
    "yes",
    "formula",
    "merged",
    "unknown",
    "added",
    "stated",
    "without",
    "same",
    "kind",
    "website",
    "letter",
    "reads",
    "hidden",
    "ignored",
    "fix",
    "where",
    "such",
    "directory",
];

/// `out` without quoted register data and without `dir` (a temp path).
fn ours(out: &str, dir: &Path) -> String {
    let out = out.replace(&dir.display().to_string(), "DIR");
    let mut kept = String::new();
    let mut quote: Option<char> = None;
    for c in out.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => kept.push(c),
        }
        if c == '\n' {
            // A quote never runs over a line.
            quote = None;
        }
    }
    kept
}

/// The English words of [`ENGLISH`] left in `out`, and any `{ $`.
fn english_in(out: &str, dir: &Path) -> Vec<String> {
    let text = ours(out, dir);
    let mut found = Vec::new();
    for line in text.lines() {
        // A heading of the file is the file's own word (the ICO layout's
        // headings are English); the report puts it before the arrow.
        let line = match line.split_once(" → ") {
            Some((cell, what)) => format!(
                "{} {what}",
                cell.split_whitespace().next().unwrap_or_default()
            ),
            None => line.to_string(),
        };
        for word in line
            .split(|c: char| !c.is_alphanumeric() && !['\'', '/', '_', '-'].contains(&c))
            .filter(|w| !w.is_empty())
        {
            let w = word.to_lowercase();
            if ENGLISH.contains(&w.as_str()) {
                found.push(format!("{word:?} in: {line}"));
            }
        }
        if line.contains("{ $") || line.contains("{$") {
            found.push(format!("placeholder in: {line}"));
        }
    }
    found
}

/// `ropa export` of the sample register in `lang`'s layout and `format`.
fn export_sample(dir: &Path, lang: &str, format: &str) -> PathBuf {
    let file = dir.join(format!("sample-{lang}.{format}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let o = ropa_in(
        dir,
        &[
            "--lang",
            lang,
            "export",
            "--format",
            format,
            "--layout",
            lang,
            "-o",
            file.to_str().expect("utf-8 path"),
            root.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    file
}

/// Malformed files in `dir`: each refused with a located message.
fn malformed(dir: &Path) -> Vec<&'static str> {
    std::fs::write(dir.join("tom.csv"), "").expect("write");
    std::fs::write(dir.join("farve.csv"), "Navn;Farve\nLøn;blå\n").expect("write");
    std::fs::write(dir.join("latin1.csv"), b"Behandlingsaktivitet;Form\xe5l\n").expect("write");
    std::fs::write(dir.join("odd.txt"), [0xFF, 0xFE, 0x41]).expect("write");
    std::fs::write(dir.join("noter.pdf"), "%PDF-1.4").expect("write");
    // "mangler.xlsx" is not written: a missing file.
    danish_workbook(&dir.join("formel.xlsx"), DANISH_ROWS, |ws| {
        ws.write_formula(8, 4, "=1+1").expect("formula");
    });
    danish_workbook(&dir.join("flettet.xlsx"), DANISH_ROWS, |ws| {
        ws.merge_range(8, 6, 9, 6, "Ingen", &Format::new())
            .expect("merge");
    });
    danish_workbook(&dir.join("ukendt.xlsx"), DANISH_ROWS, |ws| {
        ws.write_string(7, 11, "Farve").expect("heading");
        ws.write_string(8, 12, "løs tekst").expect("cell");
    });
    danish_workbook(&dir.join("uden-navn.xlsx"), DANISH_ROWS, |ws| {
        ws.write_string(10, 2, "Et formål uden navn").expect("cell");
        ws.write_string(11, 0, "Lønudbetaling").expect("cell");
        ws.write_string(12, 0, "Ugyldigt id").expect("cell");
    });
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in import_support::DANISH_HEADINGS.iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("heading");
    }
    ws.write_string(1, 0, "Løn").expect("cell");
    wb.save(dir.join("uden-organisation.xlsx")).expect("save");
    vec![
        "tom.csv",
        "farve.csv",
        "latin1.csv",
        "odd.txt",
        "noter.pdf",
        "mangler.xlsx",
        "formel.xlsx",
        "flettet.xlsx",
        "ukendt.xlsx",
        "uden-navn.xlsx",
        "uden-organisation.xlsx",
    ]
}

#[test]
fn the_import_of_the_samples_exports_and_of_bad_files_speaks_danish_and_norwegian() {
    let (dir, _reg) = new_register();
    let bad = malformed(dir.path());
    let mut english = Vec::new();
    for lang in ["da", "nb"] {
        let mut files: Vec<String> = ["xlsx", "docx", "csv"]
            .iter()
            .map(|f| {
                export_sample(dir.path(), lang, f)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .expect("name")
            })
            .collect();
        files.extend(bad.iter().map(|f| f.to_string()));
        for f in &files {
            let o = ropa_in(
                dir.path(),
                &["--lang", lang, "import", "--dry-run", f, "reg"],
            );
            let out = format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
            // Each file is read or refused (the sample's exports carry the
            // errors the sample acknowledges): never a crash.
            assert!(
                matches!(o.status.code(), Some(0..=2)),
                "{lang} {f}: {}",
                text(&o)
            );
            assert!(out.lines().count() > 1, "{lang} {f}: {out}");
            for e in english_in(&out, dir.path()) {
                english.push(format!("{lang} {f}: {e}"));
            }
        }
    }
    // The check finds the English the same refusals have under --lang en.
    let o = ropa_in(dir.path(), &["--lang", "en", "import", "farve.csv", "reg"]);
    let en = english_in(&String::from_utf8_lossy(&o.stderr), dir.path());
    assert!(en.len() >= 3, "{en:?}");
    assert!(
        english.is_empty(),
        "{} English words left:\n{}",
        english.len(),
        english.join("\n")
    );
}

#[test]
fn the_english_report_is_unchanged_under_lang_en() {
    let (dir, _reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let o = ropa_in(
        dir.path(),
        &["--lang", "en", "import", "--dry-run", "f.xlsx", "reg"],
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for want in [
        "sheet \"Fortegnelse\": Danish layout, header row 8",
        "aeroe-kommune/activities/loenudbetaling.ron (sheet \"Fortegnelse\"):",
        "  C9 Formål med behandlingen → purposes (2 purposes)",
        "  H9 Overførsel til tredjelande → transfers (none)",
        "Would commit \"Import 2 activities of Ærø Kommune from f.xlsx\": 1 organisation(s), 2 \
         activities. Nothing was written (--dry-run).",
    ] {
        assert!(out.contains(want), "{want}\n{out}");
    }
}

#[test]
fn the_danish_report_names_fields_and_records_in_words() {
    let (dir, _reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let o = ropa_in(
        dir.path(),
        &["--lang", "da", "import", "--dry-run", "f.xlsx", "reg"],
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for want in [
        "ark \"Fortegnelse\": dansk layout, overskriftsrække 8",
        "Behandlingsaktivitet aeroe-kommune/loenudbetaling (ark \"Fortegnelse\"):",
        "  C9 Formål med behandlingen → Formål (2 formål)",
        "  E9 Kategorier af registrerede → Registrerede (1 kategori)",
        "→ Behandlingsgrundlag (art. 6, stk. 1, litra b · art. 6, stk. 1, litra c · \
         databeskyttelseslovens § 11 (CPR))",
        "Ville committe 1 organisation og 2 behandlingsaktiviteter. Intet blev skrevet \
         (--dry-run).",
    ] {
        assert!(out.contains(want), "{want}\n{out}");
    }
}

/// The sample's organisations exported in every layout and format and read
/// back into an empty register keep their role, and their kind where the
/// export writes it.
#[test]
fn the_organisations_role_and_kind_are_read_back_from_every_export() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let sample = load(&root).expect("the sample loads").register;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut wrong = Vec::new();
    for layout in ["da", "nb", "ico"] {
        for format in ["xlsx", "docx", "csv"] {
            let file = dir.path().join(format!("all-{layout}.{format}"));
            let o = ropa_in(
                dir.path(),
                &[
                    "export",
                    "--format",
                    format,
                    "--layout",
                    layout,
                    "-o",
                    file.to_str().expect("utf-8"),
                    root.to_str().expect("utf-8"),
                ],
            );
            assert_eq!(o.status.code(), Some(0), "{}", text(&o));
            let book = import::read(&file)
                .expect("readable")
                .unwrap_or_else(|p| panic!("{}: {p:?}", file.display()));
            let opts = Options {
                source_name: format!("all-{layout}.{format}"),
                ..Options::default()
            };
            let got = import::import(&book, &Register::default(), &opts)
                .unwrap_or_else(|p| panic!("{layout} {format}: {p:?}"));
            for entry in &sample.organisations {
                let Some(org) = got.organisations.iter().find(|o| o.id == entry.org.id) else {
                    wrong.push(format!("{layout} {format}: {} not imported", entry.org.id));
                    continue;
                };
                if org.role != entry.org.role || org.kind != entry.org.kind {
                    wrong.push(format!(
                        "{layout} {format}: {}: {:?} {:?}, the sample has {:?} {:?}",
                        entry.org.id, org.role, org.kind, entry.org.role, entry.org.kind
                    ));
                }
                if org.notes.as_deref().is_some_and(|n| {
                    n.contains("(Art. 30(1))")
                        || n.contains("(art. 30, stk. 1)")
                        || n.contains("(art. 30 nr. 1)")
                }) && !entry.org.notes.as_deref().unwrap_or("").contains("Art. 30")
                {
                    wrong.push(format!(
                        "{layout} {format}: {}: the role is still in notes: {:?}",
                        entry.org.id, org.notes
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A flat CSV (one row per activity, the organisation's columns repeated)
/// reports the organisation's cells once, at the organisation; each
/// activity says in one line that its organisation columns are those.
#[test]
fn a_flat_csv_reports_the_organisations_cells_once() {
    let (dir, _reg) = new_register();
    let file = export_sample(dir.path(), "da", "csv");
    let o = ropa_in(
        dir.path(),
        &[
            "--lang",
            "en",
            "import",
            "--dry-run",
            file.to_str().expect("utf-8"),
            "reg",
        ],
    );
    let out = text(&o);
    // Each organisation's name cell is reported once, not under each of its
    // activities.
    let names = out
        .lines()
        .filter(|l| l.contains(" Dataansvarlig → "))
        .count();
    let orgs = out
        .lines()
        .filter(|l| l.ends_with("/organisation.ron:"))
        .count();
    assert!(orgs >= 2, "{out}");
    assert_eq!(names, orgs, "{out}");
    assert!(!out.contains("(as in row"), "{out}");
    assert!(
        out.contains("→ the organisation's columns: read once, from row 2"),
        "{out}"
    );
}
