//! `ropa export --format xlsx`: the sample register as a workbook, read
//! back with a real xlsx reader (calamine) and, for what calamine does not
//! read (frozen panes), the sheet's own XML part.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use ropa::register::export::layout::{Fact, Layout, SheetKind, sheets};
use ropa::register::export::{Filter, filter, xlsx};
use ropa::register::load::{Register, load};
use ropa::register::model::Status;

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// A copy of the sample in which DA Barsel is approved and was last
/// reviewed on 2026-03-01.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("registry");
    copy_tree(&sample_path(), &root);
    let barsel = root.join("da/activities/da-barsel.ron");
    let text = std::fs::read_to_string(&barsel).expect("read");
    let text = text.replacen(
        "    status: Draft,\n",
        "    status: Approved,\n    last_reviewed: Some(\"2026-03-01\"),\n",
        1,
    );
    std::fs::write(&barsel, text).expect("write");
    (dir, root)
}

fn loaded(root: &Path) -> Register {
    let l = load(root).expect("load");
    assert!(l.errors.is_empty(), "{:?}", l.errors);
    l.register
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook calamine reads")
}

fn text(d: Option<&Data>) -> String {
    match d {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Empty) | None => String::new(),
        Some(other) => format!("{other}"),
    }
}

/// The row (0-based) holding the table's headings: the one whose first
/// two cells are the first two headings of `columns` in `layout`.
fn header_row(range: &calamine::Range<Data>, layout: Layout, columns: &[Fact]) -> u32 {
    let (first, second) = (layout.heading(columns[0]), layout.heading(columns[1]));
    (0..range.height() as u32)
        .find(|r| {
            text(range.get_value((*r, 0))) == first && text(range.get_value((*r, 1))) == second
        })
        .unwrap_or_else(|| panic!("no row starts with {first:?}, {second:?}"))
}

/// The XML of the `n`th worksheet (1-based), from the zip.
fn sheet_xml(bytes: &[u8], n: usize) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut f = zip
        .by_name(&format!("xl/worksheets/sheet{n}.xml"))
        .expect("sheet part");
    let mut s = String::new();
    f.read_to_string(&mut s).expect("read");
    s
}

#[test]
fn a_sheet_per_organisation_and_one_for_processor_records() {
    let (_d, root) = scratch();
    let reg = loaded(&root);
    let bytes = xlsx::render(&reg, Layout::Da).expect("xlsx");
    let wb = open(&bytes);
    let names = wb.sheet_names();
    assert_eq!(
        names,
        vec![
            "Dansk Arbejdsgiverforening",
            "Digitaliseringsstyrelsen",
            "Djøf",
            // An organisation with processor records only has no empty
            // controller sheet; its processor sheet keeps the suffix
            // within the 31 characters.
            "Jupiter System (databehandler)",
            "OS2 - Offentligt digitalisering",
        ]
    );
    for n in &names {
        assert!(n.chars().count() <= 31, "{n}");
    }
}

#[test]
fn headers_values_dates_and_the_organisation_block_round_trip() {
    let (_d, root) = scratch();
    let reg = loaded(&root);
    let bytes = xlsx::render(&reg, Layout::Da).expect("xlsx");
    let mut wb = open(&bytes);
    let range = wb
        .worksheet_range("Dansk Arbejdsgiverforening")
        .expect("sheet");

    // Title, then the organisation block: a heading and its value a row.
    assert_eq!(
        text(range.get_value((0, 0))),
        "Fortegnelse over behandlingsaktiviteter — Dansk Arbejdsgiverforening"
    );
    let block: Vec<(String, String)> = (1..8)
        .map(|r| (text(range.get_value((r, 0))), text(range.get_value((r, 1)))))
        .collect();
    assert_eq!(
        block[0],
        ("Dataansvarlig".into(), "Dansk Arbejdsgiverforening".into())
    );
    assert!(
        block
            .iter()
            .any(|(h, v)| h == "CVR-nummer" && !v.is_empty()),
        "{block:?}"
    );
    assert!(
        block
            .iter()
            .any(|(h, v)| h == "Kontakt (e-mail, hjemmeside)" && v.contains("da@da.dk")),
        "{block:?}"
    );

    // The headings row, in the Danish layout's order.
    let cols = Layout::Da.table_columns();
    let h = header_row(&range, Layout::Da, &cols);
    let headings: Vec<String> = (0..cols.len() as u32)
        .map(|c| text(range.get_value((h, c))))
        .collect();
    let expected: Vec<String> = cols
        .iter()
        .map(|f| Layout::Da.heading(*f).to_string())
        .collect();
    assert_eq!(headings, expected);
    assert!(headings.contains(&"Kategorier af registrerede".to_string()));
    assert!(headings.contains(&"Tidsfrister for sletning".to_string()));

    // One row per activity, named as in the register.
    let name_col = cols
        .iter()
        .position(|f| *f == Fact::ActivityName)
        .expect("name") as u32;
    let purpose_col = cols
        .iter()
        .position(|f| *f == Fact::Purpose)
        .expect("purpose") as u32;
    let date_col = cols
        .iter()
        .position(|f| *f == Fact::LastReviewed)
        .expect("date") as u32;
    let status_col = cols
        .iter()
        .position(|f| *f == Fact::Status)
        .expect("status") as u32;
    let rows: Vec<u32> = (h + 1..range.height() as u32).collect();
    assert_eq!(rows.len(), 11);
    let barsel = *rows
        .iter()
        .find(|r| text(range.get_value((**r, name_col))) == "DA Barsel")
        .expect("DA Barsel row");
    // A Danish value with æøå comes back exactly, line breaks and all.
    let purpose = text(range.get_value((barsel, purpose_col)));
    assert!(
        purpose.contains(
            "DA Barsel er en barselsudligningsordning, der har til formål at udligne \
             arbejdsgivernes overenskomstmæssige udgifter til løn under barsel."
        ),
        "{purpose}"
    );
    assert!(purpose.contains('\n'), "values one per line: {purpose}");
    // The date of the last review is a date cell, not text.
    match range.get_value((barsel, date_col)) {
        Some(Data::DateTime(d)) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            assert_eq!((y, m, day), (2026, 3, 1));
        }
        other => panic!("last reviewed is not a date cell: {other:?}"),
    }
    assert!(!text(range.get_value((barsel, status_col))).is_empty());

    // The headings row is frozen: the pane splits right below it.
    let xml = sheet_xml(&bytes, 1);
    let pane = xml
        .split("<pane ")
        .nth(1)
        .and_then(|s| s.split("/>").next())
        .expect("a pane");
    assert!(pane.contains("state=\"frozen\""), "{pane}");
    assert!(pane.contains(&format!("ySplit=\"{}\"", h + 1)), "{pane}");
    assert!(xml.contains("<autoFilter "), "the headings carry a filter");
    assert!(xml.contains("<col "), "columns have widths");
}

#[test]
fn processor_sheets_lead_with_what_article_30_2_asks() {
    let reg = loaded(&sample_path());
    let bytes = xlsx::render(&reg, Layout::Nb).expect("xlsx");
    let mut wb = open(&bytes);
    let names = wb.sheet_names();
    let processor = names
        .iter()
        .find(|n| n.starts_with("Jupiter"))
        .expect("Jupiter's sheet")
        .clone();
    let range = wb.worksheet_range(&processor).expect("sheet");
    assert_eq!(
        text(range.get_value((0, 0))),
        "Protokoll over behandlinger utført som databehandler (art. 30 nr. 2) — \
         Jupiter System Partner AS"
    );
    let h = header_row(&range, Layout::Nb, &Layout::Nb.processor_columns());
    assert_eq!(
        text(range.get_value((h, 1))),
        "Behandlingsansvarlige det behandles på vegne av"
    );
    assert_eq!(
        text(range.get_value((h, 2))),
        "Kategorier av behandling utført på vegne av hver behandlingsansvarlig"
    );
    assert_eq!(range.height() as u32, h + 2, "one processor activity");
    let all = sheets(&reg, Layout::Nb);
    assert_eq!(
        all.iter()
            .filter(|s| s.kind == SheetKind::Processor)
            .count(),
        1
    );
}

#[test]
fn every_layout_has_its_own_headings() {
    let reg = loaded(&sample_path());
    for layout in Layout::ALL {
        let bytes = xlsx::render(&reg, layout).expect("xlsx");
        let mut wb = open(&bytes);
        let range = wb.worksheet_range("Djøf").expect("Djøf's sheet");
        let cols = layout.table_columns();
        let h = header_row(&range, layout, &cols);
        for (c, f) in cols.iter().enumerate() {
            assert_eq!(
                text(range.get_value((h, c as u32))),
                layout.heading(*f),
                "{layout:?}"
            );
        }
    }
    assert_eq!(
        Layout::Ico.heading(Fact::Subjects),
        "Categories of individuals"
    );
    assert_eq!(
        Layout::Nb.heading(Fact::Subjects),
        "Kategorier av registrerte"
    );
}

#[test]
fn the_same_register_gives_the_same_bytes() {
    let reg = loaded(&sample_path());
    let a = xlsx::render(&reg, Layout::Da).expect("xlsx");
    let b = xlsx::render(&reg, Layout::Da).expect("xlsx");
    assert!(a == b, "the workbook depends on the register alone");
}

#[test]
fn filters_narrow_the_workbook() {
    let (_d, root) = scratch();
    let reg = loaded(&root);
    let approved = filter(
        &reg,
        &Filter {
            statuses: vec![Status::Approved],
            orgs: Vec::new(),
        },
    )
    .expect("filter");
    let bytes = xlsx::render(&approved, Layout::Da).expect("xlsx");
    let mut wb = open(&bytes);
    assert_eq!(wb.sheet_names(), vec!["Dansk Arbejdsgiverforening"]);
    let range = wb
        .worksheet_range("Dansk Arbejdsgiverforening")
        .expect("sheet");
    let h = header_row(&range, Layout::Da, &Layout::Da.table_columns());
    assert_eq!(range.height() as u32, h + 2, "DA Barsel alone");
    assert_eq!(text(range.get_value((h + 1, 0))), "DA Barsel");
}

#[test]
fn the_binary_writes_the_workbook_with_filters() {
    let (d, root) = scratch();
    let out = d.path().join("fortegnelse.xlsx");
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("export")
        .arg(&root)
        .args([
            "--format", "xlsx", "--status", "approved", "--org", "da", "-o",
        ])
        .arg(&out)
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa");
    assert!(o.status.success(), "{o:?}");
    assert!(o.stdout.is_empty());
    let bytes = std::fs::read(&out).expect("the workbook");
    let mut wb = open(&bytes);
    assert_eq!(wb.sheet_names(), vec!["Dansk Arbejdsgiverforening"]);
    let range = wb
        .worksheet_range("Dansk Arbejdsgiverforening")
        .expect("sheet");
    let h = header_row(&range, Layout::Da, &Layout::Da.table_columns());
    assert_eq!(range.height() as u32, h + 2);

    // --layout chooses; an unknown --org is an error that writes nothing.
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("export")
        .arg(&root)
        .args(["--format", "xlsx", "--layout", "ico", "--org", "nope", "-o"])
        .arg(d.path().join("none.xlsx"))
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("no organisation with id `nope`"),
        "{o:?}"
    );
    assert!(!d.path().join("none.xlsx").exists());
}

/// Register text that a terminal or a markup parser would act on.
const HOSTILE: &str = "\u{1b}]2;pwned\u{7}\u{202E} <b>&amp; \"Ærø\" =1+1";

#[test]
fn hostile_text_is_kept_exactly_in_a_valid_workbook() {
    let mut reg = loaded(&sample_path());
    let org = reg
        .organisations
        .iter_mut()
        .find(|e| e.org.id == "djoef")
        .expect("djoef");
    org.activities[0].activity.name = HOSTILE.to_string();
    let bytes = xlsx::render(&reg, Layout::Da).expect("xlsx");
    let mut wb = open(&bytes);
    let range = wb.worksheet_range("Djøf").expect("sheet");
    let cols = Layout::Da.table_columns();
    let h = header_row(&range, Layout::Da, &cols);
    // A string cell is never a formula, so the text is kept as written.
    assert_eq!(text(range.get_value((h + 1, 0))), HOSTILE);
}
