//! The spreadsheet and document layouts as a person reads them: the xlsx
//! read back with calamine as a grid of text (sheet names, cell values,
//! which cells are dates, the frozen rows), the docx as the text of its
//! tables, the CSV as text; in the Danish, Norwegian and ICO layouts.
//!
//! - a Danish or Norwegian export of the whole sample holds none of the
//!   layouts' English phrases;
//! - the ICO layout has the template's shape (contact block in rows 1–6,
//!   the 30 headings in row 9, ropa's own facts after column AD);
//! - snapshots of each export of two organisations of different countries
//!   in each layout.

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use quick_xml::events::Event;
use ropa::register::export::filter;
use ropa::register::export::labels::Labels;
mod ico_template;

use ico_template::ICO_HEADINGS;
use ropa::register::export::layout::{Fact, Layout, sheets};
use ropa::register::export::{Filter, docx, excel_csv, xlsx};
use ropa::register::lang::Lang;
use ropa::register::load::{Register, load};

fn sample() -> Register {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let loaded = load(&root).expect("the sample loads");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.register
}

/// The column letters of a zero-based column (A, …, Z, AA, …).
fn col_name(mut c: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'A' + (c % 26) as u8) as char);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s
}

/// The part of the archive `bytes` named `name`.
fn zip_part(bytes: &[u8], name: &str) -> Option<String> {
    let mut z = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut part = z.by_name(name).ok()?;
    let mut s = String::new();
    part.read_to_string(&mut s).expect("utf-8 part");
    Some(s)
}

/// The rows frozen at the top of the `n`th sheet (1-based), from its
/// `<pane ySplit=…>`.
fn frozen_rows(bytes: &[u8], n: usize) -> Option<String> {
    let xml = zip_part(bytes, &format!("xl/worksheets/sheet{n}.xml"))?;
    let at = xml.find("ySplit=\"")? + "ySplit=\"".len();
    let rest = &xml[at..];
    Some(rest[..rest.find('"')?].to_string())
}

/// The workbook as text: per sheet its name and frozen rows, then each
/// non-empty cell as `A1 = value` (`A1 (date) = 2024-01-31` for a date
/// cell), a value of several lines with its lines joined by ` ⏎ `.
fn xlsx_grid(bytes: &[u8]) -> String {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("xlsx");
    let mut out = String::new();
    for (i, name) in book.sheet_names().into_iter().enumerate() {
        let range = book.worksheet_range(&name).expect("sheet");
        out.push_str(&format!(
            "== sheet {name:?}, frozen rows: {}\n",
            frozen_rows(bytes, i + 1).unwrap_or_else(|| "none".into())
        ));
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, row) in range.rows().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let at = format!("{}{}", col_name(c0 as usize + c), r0 as usize + r + 1);
                let (kind, text) = match v {
                    Data::Empty => continue,
                    Data::DateTime(d) => (" (date)", excel_date(d.as_f64())),
                    other => ("", other.to_string()),
                };
                if text.is_empty() {
                    continue;
                }
                out.push_str(&format!("{at}{kind} = {}\n", one_line(&text)));
            }
        }
    }
    out
}

/// An Excel date serial (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    // Days from 1970-01-01, then the civil date (Howard Hinnant's
    // days-to-civil).
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn one_line(s: &str) -> String {
    s.lines().collect::<Vec<_>>().join(" ⏎ ")
}

/// The text of a document's tables, and of the paragraphs between them:
/// `| cell | cell |` per row, a cell's paragraphs joined by ` ⏎ `.
fn docx_text(bytes: &[u8]) -> String {
    let xml = zip_part(bytes, "word/document.xml").expect("word/document.xml");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut out = String::new();
    let (mut depth, mut in_text) = (0usize, false);
    let mut para = String::new();
    let mut cell: Option<Vec<String>> = None;
    let mut row: Vec<String> = Vec::new();
    loop {
        match reader.read_event().expect("xml") {
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => depth += 1,
                "tc" => cell = Some(Vec::new()),
                "t" => in_text = true,
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    para.push_str(s);
                }
            }
            Event::Empty(e) if e.local_name().as_ref() == "br" => para.push('\n'),
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let p = std::mem::take(&mut para);
                    match cell.as_mut() {
                        Some(c) => c.push(p),
                        None if depth == 0 && !p.trim().is_empty() => {
                            out.push_str(&format!("{}\n", one_line(&p)))
                        }
                        None => {}
                    }
                }
                "tc" => {
                    let c = cell.take().unwrap_or_default();
                    let parts: Vec<String> = c
                        .iter()
                        .map(|p| one_line(p))
                        .filter(|p| !p.is_empty())
                        .collect();
                    row.push(parts.join(" ⏎ "));
                }
                "tr" => out.push_str(&format!("| {} |\n", std::mem::take(&mut row).join(" | "))),
                "tbl" => {
                    depth -= 1;
                    out.push_str("--\n");
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Every text a person reads in the three exports of `reg` in `layout`.
fn all_text(reg: &Register, layout: Layout) -> String {
    let x = xlsx::render(reg, layout).expect("xlsx");
    let d = docx::render(reg, layout).expect("docx");
    format!(
        "{}\n{}\n{}",
        xlsx_grid(&x),
        docx_text(&d),
        excel_csv(reg, layout, None)
    )
}

/// The English phrases of the layouts, as they were written before they
/// were put in the label table, and as the English labels write them now.
fn english_phrases() -> Vec<String> {
    let en = Labels::new(Lang::En);
    let mut out: Vec<String> = [
        "Website: ",
        "Other contact: ",
        "Art. 3(2) applies",
        "Art. 27(2) exemption: ",
        "Description: ",
        "None: the activity discloses",
        "no agreement recorded",
        "Organisation default: ",
        "Security documentation: ",
        "Organisation security documentation: ",
        "Statutory or contractual requirement: ",
        "WP248 criteria: ",
        "Organisation notes: ",
        "Organisation sources: ",
        "Other recipients defined by the organisation",
        "Other systems of the organisation",
        "Record files: ",
        "Record file: ",
        "No processing activity is recorded",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for key in [
        "export-website",
        "export-other-contact",
        "export-art27-2",
        "export-description",
        "export-org-default",
        "export-security-ref",
        "export-org-security-ref",
        "export-organisation",
        "export-provision-requirement",
        "export-wp248",
        "export-org-notes",
        "export-org-sources",
        "export-other-recipients",
        "export-other-systems",
        "export-record-files",
        "export-record-file",
    ] {
        out.push(en.phrase(key, ""));
    }
    for key in [
        "export-art3-2",
        "export-recipients-none",
        "export-no-agreement",
        "export-no-activity",
    ] {
        out.push(en.t(key));
    }
    out
}

#[test]
fn danish_and_norwegian_exports_of_the_sample_hold_no_english_phrase() {
    let reg = sample();
    let phrases = english_phrases();
    for layout in [Layout::Da, Layout::Nb] {
        let text = all_text(&reg, layout);
        // The export is not empty: the phrases' own wording is in it.
        let lb = Labels::new(layout.lang());
        assert!(
            text.contains(&lb.phrase("export-record-files", "")),
            "{layout:?}"
        );
        for p in &phrases {
            assert!(
                !text.contains(p.as_str()),
                "{layout:?} export holds the English {p:?}"
            );
        }
    }
    // The ICO layout speaks English.
    let text = all_text(&reg, Layout::Ico);
    assert!(text.contains("Record files: "));
}

#[test]
fn no_retention_reads_a_full_stop_then_a_semicolon() {
    let reg = sample();
    let mut seen = 0;
    for layout in Layout::ALL {
        for sheet in sheets(&reg, layout) {
            let Some(c) = sheet.columns.iter().position(|f| *f == Fact::Retention) else {
                continue;
            };
            for row in &sheet.rows {
                let cell = row[c].text();
                assert!(!cell.contains(".;"), "{layout:?}: {cell}");
                seen += usize::from(!cell.is_empty());
            }
        }
    }
    assert!(seen > 0);
    // The sample's reason written as a sentence: the criteria follow as a
    // sentence of their own.
    let text = all_text(&reg, Layout::Da);
    assert!(
        text.contains("når de ikke længere er nødvendige. Kriterier: "),
        "the Danish retention sentence"
    );
}

/// One organisation of the sample.
fn only(reg: &Register, org: &str) -> Register {
    filter(
        reg,
        &Filter {
            orgs: vec![org.to_string()],
            ..Filter::default()
        },
    )
    .expect("the organisation is in the sample")
}

#[test]
fn the_helpers_read_what_the_exports_write() {
    assert_eq!(excel_date(45_658.0), "2025-01-01");
    assert_eq!(col_name(0), "A");
    assert_eq!(col_name(29), "AD");
    assert_eq!(col_name(30), "AE");
    let reg = sample();
    let first = reg.organisations[0].org.id.clone();
    let one = only(&reg, &first);
    let grid = xlsx_grid(&xlsx::render(&one, Layout::Da).expect("xlsx"));
    assert!(grid.starts_with("== sheet "), "{grid}");
    let doc = docx_text(&docx::render(&one, Layout::Da).expect("docx"));
    assert!(doc.contains("| "), "{doc}");
}

#[test]
fn the_ico_workbook_has_the_template_s_shape() {
    let reg = only(&sample(), "os2");
    let bytes = xlsx::render(&reg, Layout::Ico).expect("xlsx");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.clone())).expect("xlsx");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("sheet");
    let cell = |r: u32, c: u32| {
        range
            .get_value((r, c))
            .map(|v| v.to_string())
            .unwrap_or_default()
    };
    // Rows 1–6: the contact block, a small table then headings and values.
    assert_eq!(
        (1..5).map(|c| cell(0, c)).collect::<Vec<_>>(),
        vec!["Name", "Address", "Email", "Telephone"]
    );
    assert_eq!(cell(1, 0), "Controller");
    assert_eq!(cell(1, 1), reg.organisations[0].org.name);
    assert_eq!(cell(2, 0), "Data Protection Officer");
    assert_eq!(cell(3, 0), "Representative");
    assert_eq!(cell(4, 0), "Org number");
    assert_eq!(cell(5, 0), "Role");
    assert_eq!(cell(6, 0), "");
    assert_eq!(cell(7, 0), "");
    // Row 9: the 30 headings in A–AD, in the template's order and words,
    // then ropa's own facts.
    let headings: Vec<String> = (0..30).map(|c| cell(8, c)).collect();
    assert_eq!(headings, ICO_HEADINGS.to_vec());
    assert_eq!(cell(8, 30), "Role");
    assert_eq!(cell(8, 31), "Activity name");
    assert_eq!(cell(8, 32), "Activity id");
    // The table is frozen below its headings.
    assert_eq!(frozen_rows(&bytes, 1).as_deref(), Some("9"));
    // The activity's row: purpose in B, the empty template columns empty
    // but there.
    assert!(!cell(9, 1).is_empty());
    for c in [0, 14, 23, 24, 27, 28, 29] {
        assert_eq!(cell(9, c), "", "column {}", col_name(c as usize));
    }
    assert_eq!(
        cell(9, 31),
        reg.organisations[0].activities[0].activity.name
    );

    // The docx and the CSV: the same column order.
    let doc = docx_text(&docx::render(&reg, Layout::Ico).expect("docx"));
    // A Word table leaves out the columns empty in every row; the others
    // keep the template's order, ropa's own facts after them.
    let header = doc
        .lines()
        .find(|l| l.starts_with("| Purpose of processing |"))
        .expect("a table headed as the template");
    let cells: Vec<&str> = header.trim_matches(['|', ' ']).split(" | ").collect();
    let template: Vec<&str> = cells
        .iter()
        .copied()
        .filter(|h| ICO_HEADINGS.contains(h))
        .collect();
    let in_order: Vec<&str> = ICO_HEADINGS
        .iter()
        .copied()
        .filter(|h| template.contains(h))
        .collect();
    assert_eq!(template, in_order);
    assert_eq!(cells[..template.len()], template[..]);
    assert!(template.len() >= 8, "{cells:?}");
    let csv = excel_csv(&reg, Layout::Ico, None);
    let first = csv
        .lines()
        .next()
        .expect("header")
        .trim_start_matches('\u{feff}');
    assert!(first.contains(&ICO_HEADINGS[..3].join(",")), "{first}");
}

#[test]
fn danish_national_provisions_fill_the_uk_specific_columns() {
    // The Danish union's register: criminal offence data and CPR numbers.
    let reg = only(&sample(), "da");
    let csv = excel_csv(&reg, Layout::Ico, Some(';'));
    let rows = csv_rows(&csv);
    let col = |h: &str| rows[0].iter().position(|x| x == h).expect(h);
    // Columns 26–27 carry the national provisions: criminal offence data
    // (none in the sample) and the CPR number's basis.
    let schedule = col(ICO_HEADINGS[25]);
    let national = col(ICO_HEADINGS[26]);
    assert_eq!(national, schedule + 1);
    assert!(
        rows[1..]
            .iter()
            .any(|r| r[national].contains("databeskyttelseslovens § 11")),
        "{:?}",
        rows.iter().map(|r| r[national].clone()).collect::<Vec<_>>()
    );
}

/// The records of a `;` CSV, quotes undone.
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = vec![vec![String::new()]];
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        let row = rows.last_mut().expect("row");
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                row.last_mut().expect("cell").push('"');
            }
            '"' => quoted = !quoted,
            ';' if !quoted => row.push(String::new()),
            '\r' if !quoted => {}
            '\n' if !quoted => rows.push(vec![String::new()]),
            c => row.last_mut().expect("cell").push(c),
        }
    }
    rows.retain(|r| r.len() > 1);
    rows
}

/// A text cut to `n` characters, so a snapshot stays readable.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// Every line of `text` cut to `n` characters.
fn cut_lines(text: &str, n: usize) -> String {
    text.lines()
        .map(|l| cut(l, n))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The three exports of one organisation in one layout, as text.
fn exports_of(org: &str, layout: Layout) -> String {
    let reg = only(&sample(), org);
    let x = xlsx::render(&reg, layout).expect("xlsx");
    let d = docx::render(&reg, layout).expect("docx");
    let c = excel_csv(&reg, layout, None);
    let csv_shown = c.replace('\u{feff}', "<BOM>").replace("\r\n", "<CRLF>\n");
    format!(
        "# xlsx\n{}\n\n# docx\n{}\n\n# csv\n{}\n",
        cut_lines(&xlsx_grid(&x), 160),
        cut_lines(&docx_text(&d), 400),
        cut_lines(&csv_shown, 400)
    )
}

#[test]
fn snapshot_exports_of_two_organisations_in_each_layout() {
    // A Danish and a Norwegian organisation of the sample.
    for org in ["os2", "jupiter-system-partner"] {
        for layout in Layout::ALL {
            insta::assert_snapshot!(format!("{org}_{}", layout.name()), exports_of(org, layout));
        }
    }
}
