//! `ropa export --format docx`: the sample register as a Word document,
//! opened with a real zip reader and checked in its `word/document.xml`.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use ropa::register::export::docx;
use ropa::register::export::layout::{Cell, Fact, Layout, sheets};
use ropa::register::load::{Register, load};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn sample() -> Register {
    let l = load(&sample_path()).expect("load");
    assert!(l.errors.is_empty(), "{:?}", l.errors);
    l.register
}

/// The document's main part.
fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut f = zip.by_name("word/document.xml").expect("word/document.xml");
    let mut s = String::new();
    f.read_to_string(&mut s).expect("UTF-8 XML");
    s
}

/// The tables of the document, each as its XML.
fn tables(xml: &str) -> Vec<&str> {
    xml.split("<w:tbl>")
        .skip(1)
        .map(|t| t.split("</w:tbl>").next().expect("closed table"))
        .collect()
}

/// The text runs (`<w:t>`, `<w:t xml:space=…>`) of `xml`, joined.
fn texts(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t") {
        rest = &rest[i + 4..];
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let Some((_, body)) = rest.split_once('>') else {
            break;
        };
        let end = body.find("</w:t>").expect("closed text");
        out.push_str(&body[..end]);
        rest = &body[end..];
    }
    out
}

/// The text of the first row of a table, cell by cell.
fn first_row_texts(table: &str) -> Vec<String> {
    let row = table
        .split("<w:tr>")
        .nth(1)
        .and_then(|r| r.split("</w:tr>").next())
        .expect("a row");
    row.split("<w:tc>").skip(1).map(texts).collect()
}

#[test]
fn one_table_per_organisation_with_the_layouts_headings() {
    let reg = sample();
    for layout in Layout::ALL {
        let bytes = docx::render(&reg, layout).expect("docx");
        let xml = document_xml(&bytes);
        let tables = tables(&xml);
        // Five organisations; Jupiter's record is a processor's, in its
        // own table, and it has no controller record to show.
        assert_eq!(tables.len(), 5, "{layout:?}");
        assert_eq!(tables.len(), sheets(&reg, layout).len());
        // The layout's headings, in its order, of the columns that hold
        // something in some row (an empty column would only take room).
        let sheet = &sheets(&reg, layout)[0];
        let expected: Vec<String> = (0..sheet.columns.len())
            .filter(|c| {
                sheet
                    .rows
                    .iter()
                    .any(|r| !matches!(&r[*c], Cell::Text(t) if t.trim().is_empty()))
            })
            .map(|c| layout.heading(sheet.columns[c]).to_string())
            .collect();
        // The Danish register's first table is Dansk Arbejdsgiverforening's.
        let headings = first_row_texts(tables[0]);
        assert_eq!(headings, expected, "{layout:?}");
        for fact in [
            Fact::ActivityName,
            Fact::Purpose,
            Fact::Subjects,
            Fact::Retention,
        ] {
            assert!(
                headings.contains(&layout.heading(fact).to_string()),
                "{layout:?}"
            );
        }
        assert!(headings.len() >= 15, "{layout:?}: {headings:?}");
        // One row per activity below the headings.
        assert_eq!(tables[0].matches("<w:tr>").count(), 12);
        assert!(xml.contains(layout.title()), "{layout:?}");
    }
}

#[test]
fn the_organisation_block_and_danish_text_are_in_the_document() {
    let bytes = docx::render(&sample(), Layout::Da).expect("docx");
    let xml = document_xml(&bytes);
    assert!(xml.contains("Fortegnelse over behandlingsaktiviteter — Dansk Arbejdsgiverforening"));
    assert!(xml.contains("Dataansvarlig: "));
    assert!(xml.contains("Databeskyttelsesrådgiver: "));
    // A value with æøå, as written in the register.
    assert!(xml.contains(
        "DA Barsel er en barselsudligningsordning, der har til formål at udligne \
         arbejdsgivernes overenskomstmæssige udgifter til løn under barsel."
    ));
    // The organisation block comes before its table.
    let block = xml.find("Dataansvarlig: ").expect("block");
    let table = xml.find("<w:tbl>").expect("table");
    assert!(block < table);
    // The Norwegian processor's table has the Art. 30(2) title.
    let bytes = docx::render(&sample(), Layout::Nb).expect("docx");
    let xml = document_xml(&bytes);
    assert!(xml.contains(
        "Protokoll over behandlinger utført som databehandler (art. 30 nr. 2) — \
         Jupiter System Partner AS"
    ));
}

#[test]
fn the_binary_writes_a_word_document() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("fortegnelse.docx");
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("export")
        .arg(sample_path())
        .args(["--format", "docx", "--org", "djoef", "--org", "os2", "-o"])
        .arg(&out)
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa");
    assert!(o.status.success(), "{o:?}");
    let xml = document_xml(&std::fs::read(&out).expect("the document"));
    assert_eq!(tables(&xml).len(), 2, "the two organisations asked for");
    assert!(xml.contains("Djøf"));
    assert!(!xml.contains("Dansk Arbejdsgiverforening"));
}

#[test]
fn hostile_text_cannot_break_the_document() {
    let mut reg = sample();
    let org = reg
        .organisations
        .iter_mut()
        .find(|e| e.org.id == "djoef")
        .expect("djoef");
    org.activities[0].activity.name = "\u{1b}]2;pwned\u{7}\u{202E} <b>&amp; Ærø".to_string();
    let bytes = docx::render(&reg, Layout::Da).expect("docx");
    let xml = document_xml(&bytes);
    // Characters XML 1.0 cannot hold are shown by name; markup is escaped.
    assert!(!xml.contains('\u{1b}') && !xml.contains('\u{7}'));
    assert!(xml.contains("&lt;U+001B&gt;]2;pwned&lt;U+0007&gt;\u{202E} &lt;b&gt;&amp;amp; Ærø"));
}
