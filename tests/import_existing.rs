//! A second file of an organisation the register has: KL's standard
//! records are one Word document per area, so a municipality imports one
//! document after another. Each adds its activities to the same
//! organisation in a commit of its own; the organisation's file is kept as
//! the register has it (the report says where the file's block differs);
//! an activity the organisation has already is refused at its row, so a
//! file imported twice imports nothing; an id the organisation has for
//! another activity gets a `-2`.

mod import_support;

use std::io::Write;
use std::path::Path;

use import_support::{DANISH_HEADINGS, DANISH_ROWS, git, new_register, ropa_in, state, text};
use ropa::register::load::load;

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn row(cells: &[&str]) -> String {
    let mut s = String::from("<w:tr>");
    for c in cells {
        s.push_str("<w:tc>");
        for line in c.split('\n') {
            s.push_str(&para(line));
        }
        s.push_str("</w:tc>");
    }
    s.push_str("</w:tr>");
    s
}

/// A Word document of one area of Ærø Kommune in the Danish layout: the
/// organisation block as paragraphs (with `address`), then a table of
/// `rows`.
fn area_docx(path: &Path, area: &str, address: &str, rows: &[Vec<&str>]) {
    let mut body = String::new();
    for p in [
        format!("Fortegnelse over behandlingsaktiviteter – {area}"),
        "Dataansvarlig: Ærø Kommune".to_string(),
        format!("Adresse: {address}"),
        "CVR: 29189676".to_string(),
        "E-mail: kommune@aeroekommune.dk".to_string(),
        "Databeskyttelsesrådgiver: Søren Ærbø, dpo@aeroekommune.dk".to_string(),
    ] {
        body.push_str(&para(&p));
    }
    body.push_str("<w:tbl>");
    body.push_str(&row(DANISH_HEADINGS));
    for r in rows {
        body.push_str(&row(r));
    }
    body.push_str("</w:tbl>");
    let file = std::fs::File::create(path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).expect("entry");
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#).expect("write");
    zip.start_file("word/document.xml", opts).expect("entry");
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
    .expect("write");
    zip.finish().expect("finish");
}

/// An activity row of the area "Kultur og fritid".
fn library(name: &str) -> Vec<&str> {
    let mut cells: Vec<&str> = DANISH_ROWS[1].to_vec();
    cells[0] = name;
    cells[1] = "Kultur og fritid";
    cells[2] = "Låne bøger ud til borgerne";
    cells
}

fn commits(reg: &Path) -> usize {
    git(reg, &["rev-list", "--count", "HEAD"])
        .trim()
        .parse()
        .expect("count")
}

#[test]
fn two_area_documents_make_one_organisation_in_two_commits() {
    let (dir, reg) = new_register();
    area_docx(
        &dir.path().join("borgerservice.docx"),
        "Borgerservice",
        "Statene 2, 5970 Ærøskøbing",
        &[DANISH_ROWS[1].to_vec()],
    );
    area_docx(
        &dir.path().join("kultur.docx"),
        "Kultur og fritid",
        "Statene 2, 5970 Ærøskøbing, att. Kulturafdelingen",
        &[library("Udlån på biblioteket")],
    );
    let start = commits(&reg);
    let o = ropa_in(dir.path(), &["import", "borgerservice.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let org_file = reg.join("aeroe-kommune/organisation.ron");
    let org_before = std::fs::read(&org_file).expect("organisation file");

    let o = ropa_in(dir.path(), &["import", "kultur.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    // The block's address differs: the register's is kept, and said.
    assert!(
        out.contains(
            "kept the register's address \"Statene 2, 5970 Ærøskøbing\"; the file says \
             \"Statene 2, 5970 Ærøskøbing, att. Kulturafdelingen\""
        ),
        "{out}"
    );
    assert!(out.contains("same as the register"), "{out}");
    assert!(
        out.contains("Added to the register's organisation(s) aeroe-kommune"),
        "{out}"
    );
    assert_eq!(commits(&reg), start + 2);
    assert_eq!(
        git(&reg, &["log", "-1", "--format=%s"]).trim(),
        "Import 1 activity of Ærø Kommune from kultur.docx"
    );
    // The second commit adds the activity only.
    let changed = git(&reg, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        changed.trim(),
        "aeroe-kommune/activities/udlaan-paa-biblioteket.ron"
    );
    assert_eq!(
        std::fs::read(&org_file).expect("organisation file"),
        org_before
    );
    let loaded = load(&reg).expect("load");
    let orgs: Vec<&str> = loaded
        .register
        .organisations
        .iter()
        .map(|o| o.org.id.as_str())
        .collect();
    // `ropa init`'s example and the municipality, once.
    assert_eq!(orgs, vec!["aeroe-kommune", "eksempel"]);
    let mut names: Vec<&str> = loaded.register.organisations[0]
        .activities
        .iter()
        .map(|a| a.activity.name.as_str())
        .collect();
    names.sort_unstable();
    assert_eq!(
        names,
        vec!["Borgerservice – pas og kørekort", "Udlån på biblioteket"]
    );
    assert_eq!(
        git(&reg, &["status", "--porcelain", "--untracked-files=all"]),
        ""
    );
}

#[test]
fn the_same_file_twice_imports_nothing_the_second_time_and_says_why() {
    let (dir, reg) = new_register();
    area_docx(
        &dir.path().join("kultur.docx"),
        "Kultur og fritid",
        "Statene 2, 5970 Ærøskøbing",
        &[library("Udlån på biblioteket")],
    );
    let o = ropa_in(dir.path(), &["import", "kultur.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "kultur.docx", "reg"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "kultur.docx: table 1, row 2, column 1 (Behandlingsaktivitet): the organisation \
             `aeroe-kommune` already has an activity named \"Udlån på biblioteket\" \
             (aeroe-kommune/activities/udlaan-paa-biblioteket.ron)"
        ),
        "{err}"
    );
    assert!(err.contains("Nothing was imported."), "{err}");
    assert_eq!(state(&reg), before);
}

#[test]
fn an_id_the_organisation_has_gets_a_suffix_and_org_names_the_organisation() {
    let (dir, reg) = new_register();
    area_docx(
        &dir.path().join("kultur.docx"),
        "Kultur og fritid",
        "Statene 2, 5970 Ærøskøbing",
        &[library("Udlån på biblioteket")],
    );
    let o = ropa_in(dir.path(), &["import", "kultur.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    // Another name with the same id ("å" and "aa" alike), under a block
    // naming the municipality otherwise: --org says whose it is.
    let mut body_rows = vec![library("Udlaan paa biblioteket")];
    body_rows[0][2] = "Fjernlån fra andre biblioteker";
    area_docx(
        &dir.path().join("fjernlaan.docx"),
        "Kultur og fritid",
        "Statene 2, 5970 Ærøskøbing",
        &body_rows,
    );
    let o = ropa_in(
        dir.path(),
        &["import", "--org", "aeroe-kommune", "fjernlaan.docx", "reg"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        reg.join("aeroe-kommune/activities/udlaan-paa-biblioteket-2.ron")
            .is_file()
    );
    // --org naming an organisation the register does not have: refused.
    let before = state(&reg);
    let o = ropa_in(
        dir.path(),
        &["import", "--org", "vejle-kommune", "kultur.docx", "reg"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("--org vejle-kommune: the register has no organisation `vejle-kommune`"),
        "{}",
        text(&o)
    );
    assert_eq!(state(&reg), before);
}
