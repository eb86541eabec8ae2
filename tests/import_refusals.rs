//! Bad input to `ropa import` is refused at its place in the file (sheet,
//! row, column) with exit status 1, and nothing is imported: HEAD, git's
//! status and every file of the register stay as they were.

mod import_support;

use std::path::Path;

use import_support::{DANISH_ROWS, danish_workbook, new_register, ropa_in, state, text};
use rust_xlsxwriter::Format;

/// Runs the import of `file` (in the temp dir) into `reg` and checks it
/// was refused without a trace; returns standard error.
fn refused(dir: &Path, reg: &Path, args: &[&str]) -> String {
    let before = state(reg);
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.push("reg");
    let o = ropa_in(dir, &all);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(before == state(reg), "the register changed: {err}");
    err
}

#[test]
fn a_missing_sheet_is_named_with_the_sheets_there_are() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let err = refused(dir.path(), &reg, &["f.xlsx", "--sheet", "Ark2"]);
    assert!(
        err.contains("error: f.xlsx: no sheet named \"Ark2\" (the file has \"Fortegnelse\")"),
        "{err}"
    );
    // As in Excel, a sheet's name is found whatever its case.
    let o = ropa_in(
        dir.path(),
        &[
            "import",
            "f.xlsx",
            "--sheet",
            "FORTEGNELSE",
            "--dry-run",
            "reg",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn an_unknown_header_is_refused_at_its_cell() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |ws| {
        ws.write_string(7, 11, "Farvekode").expect("heading");
    });
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains(
            "error: f.xlsx: sheet \"Fortegnelse\", row 8, column L (Farvekode): unknown header \"Farvekode\""
        ),
        "{err}"
    );
}

#[test]
fn a_sheet_of_no_known_layout_says_what_its_first_row_reads() {
    let (dir, reg) = new_register();
    std::fs::write(dir.path().join("x.csv"), "Navn;Farve\nLøn;blå\n").expect("write");
    let err = refused(dir.path(), &reg, &["x.csv"]);
    assert!(err.contains("error: x.csv: row 1: unknown header"), "{err}");
    assert!(err.contains("This row reads: Navn | Farve"), "{err}");
}

#[test]
fn a_merged_cell_in_the_table_is_refused() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |ws| {
        ws.merge_range(8, 4, 9, 4, "Ansatte og borgere", &Format::new())
            .expect("merge");
    });
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains(
            "error: f.xlsx: sheet \"Fortegnelse\", row 9, column E: merged cells (E9:E10)"
        ),
        "{err}"
    );
}

#[test]
fn a_merged_cell_in_a_word_table_is_refused() {
    let (dir, reg) = new_register();
    // A row whose one cell spans two columns.
    let path = dir.path().join("k.docx");
    import_layouts_docx(&path);
    let err = refused(dir.path(), &reg, &["k.docx"]);
    assert!(
        err.contains("error: k.docx: table 1, row 3, column 1: merged cells"),
        "{err}"
    );
}

/// The Word document of the layout tests, with a merged row.
fn import_layouts_docx(path: &Path) {
    use std::io::Write;
    let para = |t: &str| format!("<w:p><w:r><w:t>{t}</w:t></w:r></w:p>");
    let cells = |cs: &[&str]| {
        let mut s = String::from("<w:tr>");
        for c in cs {
            s.push_str(&format!("<w:tc>{}</w:tc>", para(c)));
        }
        s + "</w:tr>"
    };
    let body = format!(
        "{}<w:tbl>{}{}<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc></w:tr></w:tbl>",
        para("Dataansvarlig: Ærø Kommune"),
        cells(import_support::DANISH_HEADINGS),
        cells(DANISH_ROWS[1]),
        para("Fælles for alle")
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).expect("create"));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
    .expect("write");
    zip.finish().expect("finish");
}

#[test]
fn a_formula_is_refused_at_its_cell() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |ws| {
        ws.write_formula(9, 8, "=I9").expect("formula");
    });
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains("error: f.xlsx: sheet \"Fortegnelse\", row 10, column I: a formula (=I9)"),
        "{err}"
    );
}

#[test]
fn an_empty_file_is_refused() {
    let (dir, reg) = new_register();
    std::fs::write(dir.path().join("tom.csv"), "").expect("write");
    let err = refused(dir.path(), &reg, &["tom.csv"]);
    assert!(err.contains("error: tom.csv: the file is empty"), "{err}");
    std::fs::write(dir.path().join("blank.csv"), "\u{feff};;\r\n;\r\n").expect("write");
    let err = refused(dir.path(), &reg, &["blank.csv"]);
    assert!(
        err.contains("error: blank.csv: the file holds no text"),
        "{err}"
    );
}

#[test]
fn a_row_with_no_activity_name_is_refused_at_the_name_cell() {
    let (dir, reg) = new_register();
    let mut second: Vec<&str> = DANISH_ROWS[1].to_vec();
    second[0] = "";
    danish_workbook(
        &dir.path().join("f.xlsx"),
        &[DANISH_ROWS[0], &second],
        |_| {},
    );
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains(
            "error: f.xlsx: sheet \"Fortegnelse\", row 10, column A (Behandlingsaktivitet): a row with no activity name"
        ),
        "{err}"
    );
}

#[test]
fn two_rows_with_one_id_are_refused_naming_both() {
    let (dir, reg) = new_register();
    let mut second: Vec<&str> = DANISH_ROWS[1].to_vec();
    second[0] = "LØNUDBETALING";
    danish_workbook(
        &dir.path().join("f.xlsx"),
        &[DANISH_ROWS[0], &second],
        |_| {},
    );
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains("row 10, column A (Behandlingsaktivitet): the activity's id `loenudbetaling`"),
        "{err}"
    );
    assert!(
        err.contains("at sheet \"Fortegnelse\", row 9, column A"),
        "{err}"
    );
}

#[test]
fn activities_the_organisation_has_already_are_refused_at_their_rows() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    // The same file again: the organisation is the register's, and each
    // of its activities is there already.
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains(
            "error: f.xlsx: sheet \"Fortegnelse\", row 9, column A (Behandlingsaktivitet): the \
             organisation `aeroe-kommune` already has an activity named \"Lønudbetaling\" \
             (aeroe-kommune/activities/loenudbetaling.ron)"
        ),
        "{err}"
    );
    assert!(
        err.contains("row 10, column A (Behandlingsaktivitet): the organisation `aeroe-kommune` already has an activity named \"Borgerservice – pas og kørekort\""),
        "{err}"
    );
}

#[test]
fn validation_errors_are_reported_at_the_row_and_column_to_fix() {
    let (dir, reg) = new_register();
    let mut second: Vec<&str> = DANISH_ROWS[1].to_vec();
    second[4] = ""; // no data subjects
    second[3] = "Samtykke"; // no Art. 6(1) letter
    danish_workbook(
        &dir.path().join("f.xlsx"),
        &[DANISH_ROWS[0], &second],
        |_| {},
    );
    let err = refused(dir.path(), &reg, &["f.xlsx"]);
    assert!(
        err.contains(
            "error: f.xlsx: sheet \"Fortegnelse\", row 10, column E (Kategorier af registrerede): error[ACT-001]"
        ),
        "{err}"
    );
    // The purpose lacks a basis: that is fixed in the column of bases.
    assert!(
        err.contains(
            "row 10, column D (Retsgrundlag (art. 6, art. 9, art. 10, databeskyttelsesloven)): \
             error[ACT-003]"
        ),
        "{err}"
    );
    assert!(
        err.contains("Fix the sheet where each error points"),
        "{err}"
    );
}

#[test]
fn a_map_for_another_layout_and_a_bad_map() {
    let (dir, reg) = new_register();
    std::fs::write(
        dir.path().join("eget.csv"),
        "Dataansvarlig;Ærø Kommune\nAdresse;Statene 2\nCVR;29189676\nE-mail;kommune@aeroekommune.dk\nDPO;dpo@aeroekommune.dk\n\
         Aktivitet;Hvorfor;Hjemmel;Hvem;Hvad;Til hvem;Hvor længe;Intern note\n\
         Kantineordning;Bestille frokost;Art. 6, stk. 1, litra b;Ansatte;Navn;Ingen;1 år;Kun Ærøskøbing\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("kort.ron"),
        r#"(columns: {"Aktivitet": Name, "Hvorfor": Purposes, "Hjemmel": LegalBases, "Hvem": DataSubjects, "Hvad": DataCategories, "Til hvem": Recipients, "Hvor længe": Retention, "Intern note": Ignore})"#,
    )
    .expect("write");
    std::fs::write(
        dir.path().join("forkert.ron"),
        "(columns: {\"Aktivitet\": Navn})",
    )
    .expect("write");
    let err = refused(dir.path(), &reg, &["eget.csv", "--map", "forkert.ron"]);
    assert!(err.contains("error: forkert.ron:"), "{err}");
    // Neither the sheet nor the map says which country.
    let err = refused(dir.path(), &reg, &["eget.csv", "--map", "kort.ron"]);
    assert!(
        err.contains("error: eget.csv: row 1: the organisation's country is not given"),
        "{err}"
    );
    std::fs::write(
        dir.path().join("kort.ron"),
        r#"(country: Some("DK"), columns: {"Aktivitet": Name, "Hvorfor": Purposes, "Hjemmel": LegalBases, "Hvem": DataSubjects, "Hvad": DataCategories, "Til hvem": Recipients, "Hvor længe": Retention, "Intern note": Ignore})"#,
    )
    .expect("write");
    let o = ropa_in(
        dir.path(),
        &["import", "eget.csv", "--map", "kort.ron", "reg"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("the column map, header row 6"), "{out}");
    assert!(
        out.contains("  H7 Intern note → ignored (the column map says so)"),
        "{out}"
    );
}

#[test]
fn a_dry_run_reports_and_checks_but_writes_nothing() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "--dry-run", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("  C9 Formål med behandlingen → purposes (2 purposes)"),
        "{out}"
    );
    assert!(
        out.contains(
            "Would commit \"Import 2 activities of Ærø Kommune from f.xlsx\": 1 organisation(s), \
             2 activities. Nothing was written (--dry-run)."
        ),
        "{out}"
    );
    assert!(before == state(&reg), "a dry run changed the register");

    let mut second: Vec<&str> = DANISH_ROWS[1].to_vec();
    second[4] = "";
    danish_workbook(
        &dir.path().join("g.xlsx"),
        &[DANISH_ROWS[0], &second],
        |_| {},
    );
    let err = refused(dir.path(), &reg, &["--dry-run", "g.xlsx"]);
    assert!(
        err.contains("row 10, column E (Kategorier af registrerede): error[ACT-001]"),
        "{err}"
    );
}
