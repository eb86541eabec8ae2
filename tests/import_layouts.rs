//! `ropa import` of the layouts DPOs keep: a Danish workbook, a Norwegian
//! CSV as Excel writes it (BOM, `;`), and Word tables — each into a fresh
//! register, checked record by record and by git's log.

mod import_support;

use std::io::Write;

use import_support::{DANISH_ROWS, danish_workbook, git, new_register, ropa_in, text};
use ropa::register::load::load;
use ropa::register::model::{
    Art6, Bound, DataKind, NationalIdScheme, OrgKind, OrgNumber, RecipientKind, Retention,
    RetentionEvent, Status,
};

#[test]
fn a_danish_workbook_becomes_one_commit_of_records_with_the_words_as_written() {
    let (dir, reg) = new_register();
    let before = git(&reg, &["rev-parse", "HEAD"]);
    let file = dir.path().join("fortegnelse.xlsx");
    danish_workbook(&file, DANISH_ROWS, |_| {});
    let o = ropa_in(dir.path(), &["import", "fortegnelse.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    // The report names every cell and where it went.
    assert!(
        out.contains("sheet \"Fortegnelse\": Danish layout, header row 8"),
        "{out}"
    );
    assert!(
        out.contains("  C9 Formål med behandlingen → purposes (2 purposes)"),
        "{out}"
    );
    assert!(
        out.contains("  B9 Afdeling / forretningsområde → business_function"),
        "{out}"
    );
    assert!(
        out.contains("  K10 Bemærkninger → empty, nothing to import"),
        "{out}"
    );
    assert!(out.contains("  B2 Dataansvarlig → name"), "{out}");
    assert!(
        out.contains(
            "aeroe-kommune/activities/loenudbetaling.ron (sheet \"Fortegnelse\"):\n  \
             A9 Behandlingsaktivitet → name (id `loenudbetaling`)"
        ),
        "{out}"
    );
    // A long heading is cut to keep the line readable.
    assert!(
        out.contains("  D9 Retsgrundlag (art. 6, art. 9, a… → legal_bases"),
        "{out}"
    );

    // One commit on top of init's, with a message that says what and whence.
    let log = git(
        &reg,
        &["log", "--format=%s", &format!("{}..HEAD", before.trim())],
    );
    assert_eq!(
        log.trim(),
        "Import 2 activities of Ærø Kommune from fortegnelse.xlsx"
    );
    assert_eq!(git(&reg, &["status", "--porcelain"]), "");
    let files = git(&reg, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files.lines().collect::<Vec<_>>(),
        vec![
            "aeroe-kommune/activities/borgerservice-pas-og-koerekort.ron",
            "aeroe-kommune/activities/loenudbetaling.ron",
            "aeroe-kommune/organisation.ron",
        ]
    );

    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroe-kommune")
        .expect("organisation");
    assert_eq!(org.org.name, "Ærø Kommune");
    assert_eq!(org.org.kind, OrgKind::PublicAuthority);
    assert_eq!(org.org.country, "DK");
    assert_eq!(org.org.org_number, Some(OrgNumber::Cvr("29189676".into())));
    assert_eq!(
        org.org.address.as_deref(),
        Some("Statene 2, 5970 Ærøskøbing")
    );
    let dpo = org.org.dpo.as_ref().expect("dpo");
    assert_eq!(dpo.contact.name.as_deref(), Some("Søren Ærbø"));
    assert_eq!(dpo.contact.email.as_deref(), Some("dpo@aeroekommune.dk"));
    assert_eq!(
        org.org.notes.as_deref(),
        Some("Fortegnelse over behandlingsaktiviteter")
    );
    let kinds: Vec<(&str, RecipientKind)> = org
        .org
        .recipients
        .iter()
        .map(|r| (r.name.as_str(), r.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                "Skattestyrelsen (myndighed)",
                RecipientKind::PublicAuthority
            ),
            ("Lønbureau ApS (databehandler)", RecipientKind::Processor),
        ]
    );

    let act = |id: &str| {
        &org.activities
            .iter()
            .find(|a| a.activity.id == id)
            .expect("activity")
            .activity
    };
    let løn = act("loenudbetaling");
    assert_eq!(løn.name, "Lønudbetaling");
    assert_eq!(løn.status, Status::Draft);
    let purposes: Vec<&str> = løn.purposes.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        purposes,
        vec![
            "Udbetale løn til ansatte",
            "Indberette indkomst til Skattestyrelsen"
        ]
    );
    let letters: Vec<Option<Art6>> = løn.legal_bases.iter().map(|b| b.article6).collect();
    assert_eq!(letters, vec![Some(Art6::B), Some(Art6::C)]);
    assert_eq!(
        løn.legal_bases[0].law_ref.as_deref(),
        Some("skattekontrolloven")
    );
    assert_eq!(
        løn.legal_bases[0].text.as_deref(),
        Some("Art. 6, stk. 1, litra b og c, jf. skattekontrolloven")
    );
    assert_eq!(løn.national_id_bases[0].scheme, NationalIdScheme::DkCpr);
    let cats: Vec<(&str, &DataKind)> = løn
        .data_categories
        .iter()
        .map(|c| (c.name.as_str(), &c.kind))
        .collect();
    assert_eq!(
        cats[2],
        ("CPR-nummer", &DataKind::NationalId(NationalIdScheme::DkCpr))
    );
    assert_eq!(cats[3], ("lønoplysninger", &DataKind::Ordinary));
    assert_eq!(
        løn.retention[0].rule,
        Retention::EventBased {
            event: RetentionEvent::EndOfEmployment,
            offset: "P5Y".into(),
            bound: Bound::Exact
        }
    );
    assert_eq!(løn.retention[0].text, "5 år efter ansættelsens ophør");
    assert_eq!(
        løn.security_measures.as_deref(),
        Some("Adgangsstyring, logning og kryptering")
    );
    assert_eq!(løn.business_function.as_deref(), Some("Løn og personale"));
    assert_eq!(
        løn.notes.as_deref(),
        Some("Bemærkninger: Gennemgået med HR-chefen")
    );
    assert!(løn.transfers.is_empty());

    let pas = act("borgerservice-pas-og-koerekort");
    assert_eq!(pas.name, "Borgerservice – pas og kørekort");
    assert!(pas.recipients_none);
    assert_eq!(
        pas.retention[0].rule,
        Retention::Duration {
            period: "P6M".into(),
            bound: Bound::Max
        }
    );

    // The register validates: the transaction let it in without errors.
    let v = ropa_in(dir.path(), &["validate", "reg"]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
}

#[test]
fn a_norwegian_csv_with_bom_and_semicolons_is_read() {
    let (dir, reg) = new_register();
    let csv = "\u{feff}Behandlingsansvarlig;Ærøy kommune\r\n\
        Adresse;Rådhusgata 1, 1234 Ærøy\r\n\
        Organisasjonsnummer;974 760 673\r\n\
        E-post;postmottak@aeroy.kommune.no\r\n\
        Personvernombud;Kari Nordmann, personvernombud@aeroy.kommune.no\r\n\
        ;\r\n\
        Behandlingsaktivitet;Formål;Behandlingsgrunnlag;Kategorier av registrerte;Kategorier av personopplysninger;Kategorier av mottakere;Overføring til tredjeland;Planlagte tidsfrister for sletting;Tekniske og organisatoriske sikkerhetstiltak;Merknader\r\n\
        Lønn og personal;\"Utbetale lønn\r\nFøre personalregister\";art. 6 nr. 1 bokstav b og c, jf. arbeidsmiljøloven;Ansatte;Navn, adresse, kontonummer;Skatteetaten;Nei;5 år etter arbeidsforholdets opphør;Tilgangsstyring og logging;Gjennomgått med tillitsvalgte\r\n\
        Søknad om barnehageplass;Behandle søknader om barnehageplass;art. 6 nr. 1 bokstav e, jf. barnehageloven § 12;Foreldre, barn;Navn, adresse, alder;Ingen;Nei;2 år etter at saken er avsluttet;Tilgangsstyring;\r\n";
    std::fs::write(dir.path().join("protokoll.csv"), csv).expect("write");
    let o = ropa_in(dir.path(), &["import", "protokoll.csv", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Norwegian layout, header row 7"), "{out}");
    assert!(
        out.contains("  C8 Behandlingsgrunnlag → legal_bases (Art. 6(1)(b), Art. 6(1)(c))"),
        "{out}"
    );
    assert_eq!(
        git(&reg, &["log", "-1", "--format=%s"]).trim(),
        "Import 2 activities of Ærøy kommune from protokoll.csv"
    );
    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroey-kommune")
        .expect("organisation");
    assert_eq!(org.org.country, "NO");
    assert_eq!(
        org.org.org_number,
        Some(OrgNumber::NoOrgnr("974760673".into()))
    );
    let soknad = &org
        .activities
        .iter()
        .find(|a| a.activity.id == "soeknad-om-barnehageplass")
        .expect("activity")
        .activity;
    let subjects: Vec<&str> = soknad
        .data_subjects
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(subjects, vec!["Foreldre", "barn"]);
    assert_eq!(soknad.legal_bases[0].article6, Some(Art6::E));
    assert_eq!(
        soknad.legal_bases[0].law_ref.as_deref(),
        Some("barnehageloven § 12")
    );
    assert_eq!(
        soknad.retention[0].rule,
        Retention::EventBased {
            event: RetentionEvent::CaseClosed,
            offset: "P2Y".into(),
            bound: Bound::Exact
        }
    );
    let lonn = &org
        .activities
        .iter()
        .find(|a| a.activity.id == "loenn-og-personal")
        .expect("activity")
        .activity;
    assert_eq!(lonn.purposes[1].text, "Føre personalregister");
    assert_eq!(
        lonn.notes.as_deref(),
        Some("Merknader: Gjennomgått med tillitsvalgte")
    );
}

/// A .docx holding `body` (WordprocessingML) as its document.
fn docx(path: &std::path::Path, body: &str) {
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

/// A Word document in the Danish layout: the organisation block as
/// paragraphs, the activities in a table.
pub fn danish_docx(path: &std::path::Path, extra_cell: Option<&str>) {
    let mut body = String::new();
    for p in [
        "Fortegnelse over behandlingsaktiviteter – Kultur og fritid",
        "Dataansvarlig: Ærø Kommune",
        "Adresse: Statene 2, 5970 Ærøskøbing",
        "CVR: 29189676",
        "E-mail: kommune@aeroekommune.dk",
        "Databeskyttelsesrådgiver: Søren Ærbø, dpo@aeroekommune.dk",
    ] {
        body.push_str(&para(p));
    }
    body.push_str("<w:tbl>");
    body.push_str(&row(import_support::DANISH_HEADINGS));
    let mut cells: Vec<&str> = DANISH_ROWS[1].to_vec();
    cells[0] = "Udlån på biblioteket";
    cells[2] = "Låne bøger ud til borgerne";
    cells[10] = "Også fjernlån fra andre biblioteker";
    body.push_str(&row(&cells));
    if let Some(extra) = extra_cell {
        body.push_str(&format!(
            "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{}</w:tc></w:tr>",
            para(extra)
        ));
    }
    body.push_str("</w:tbl>");
    docx(path, &body);
}

#[test]
fn word_tables_are_read_with_the_organisation_block_above_them() {
    let (dir, reg) = new_register();
    danish_docx(&dir.path().join("kultur.docx"), None);
    let o = ropa_in(dir.path(), &["import", "kultur.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("table 1: Danish layout, header row 1"),
        "{out}"
    );
    assert!(
        out.contains("  row 2, column 3 Formål med behandlingen → purposes (1 purpose)"),
        "{out}"
    );
    assert_eq!(
        git(&reg, &["log", "-1", "--format=%s"]).trim(),
        "Import 1 activity of Ærø Kommune from kultur.docx"
    );
    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroe-kommune")
        .expect("organisation");
    assert_eq!(org.org.org_number, Some(OrgNumber::Cvr("29189676".into())));
    let a = &org.activities[0].activity;
    assert_eq!(a.id, "udlaan-paa-biblioteket");
    assert_eq!(a.purposes[0].text, "Låne bøger ud til borgerne");
    assert_eq!(a.business_function.as_deref(), Some("Borgerservice"));
    assert_eq!(
        a.notes.as_deref(),
        Some("Bemærkninger: Også fjernlån fra andre biblioteker")
    );
}

#[test]
fn later_word_tables_belong_to_the_organisation_named_above_the_first() {
    let (dir, reg) = new_register();
    let mut body = String::new();
    for p in [
        "Dataansvarlig: Ærø Kommune",
        "Adresse: Statene 2, 5970 Ærøskøbing",
        "CVR: 29189676",
        "E-mail: kommune@aeroekommune.dk",
        "Databeskyttelsesrådgiver: dpo@aeroekommune.dk",
        "Kultur og fritid",
    ] {
        body.push_str(&para(p));
    }
    let table = |name: &str, purpose: &str| {
        let mut cells: Vec<&str> = DANISH_ROWS[1].to_vec();
        cells[0] = name;
        cells[2] = purpose;
        format!(
            "<w:tbl>{}{}</w:tbl>",
            row(import_support::DANISH_HEADINGS),
            row(&cells)
        )
    };
    body.push_str(&table("Udlån på biblioteket", "Låne bøger ud"));
    body.push_str(&para("Børn og unge"));
    body.push_str(&table("Skoleindskrivning", "Indskrive børn i skolen"));
    docx(&dir.path().join("områder.docx"), &body);
    let o = ropa_in(dir.path(), &["import", "områder.docx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroe-kommune")
        .expect("organisation");
    let mut ids: Vec<&str> = org
        .activities
        .iter()
        .map(|a| a.activity.id.as_str())
        .collect();
    ids.sort();
    assert_eq!(ids, vec!["skoleindskrivning", "udlaan-paa-biblioteket"]);
    // The headings between the tables are kept, in the organisation's notes.
    assert_eq!(
        org.org.notes.as_deref(),
        Some("Kultur og fritid\nBørn og unge")
    );
}

#[test]
fn a_reader_that_stops_early_does_not_make_a_done_import_fail() {
    use std::process::{Command, Stdio};
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let mut child = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["import", "f.xlsx", "reg"])
        .current_dir(dir.path())
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", dir.path().join(".no-config"))
        .env("ROPA_DATA_DIR", dir.path().join(".no-data"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // Close the pipe without reading, as `| head -0` would.
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(!String::from_utf8_lossy(&o.stderr).contains("panicked"));
    assert_eq!(
        git(&reg, &["log", "-1", "--format=%s"]).trim(),
        "Import 2 activities of Ærø Kommune from f.xlsx"
    );
}

#[test]
fn the_controller_and_its_details_in_one_cell_are_read_line_by_line() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |ws| {
        ws.write_string(
            1,
            1,
            "Ærø Kommune\nStatene 2\n5970 Ærøskøbing\nCVR 29189676\nkommune@aeroekommune.dk\n\
             Databeskyttelsesrådgiver: dpo@aeroekommune.dk",
        )
        .expect("cell");
        for r in 2..6 {
            ws.write_string(r, 0, "").expect("clear");
            ws.write_string(r, 1, "").expect("clear");
        }
    });
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("  B2 Dataansvarlig → address"), "{out}");
    let loaded = load(&reg).expect("load");
    let org = &loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroe-kommune")
        .expect("organisation")
        .org;
    assert_eq!(org.name, "Ærø Kommune");
    assert_eq!(org.address.as_deref(), Some("Statene 2, 5970 Ærøskøbing"));
    assert_eq!(org.org_number, Some(OrgNumber::Cvr("29189676".into())));
    assert_eq!(org.email.as_deref(), Some("kommune@aeroekommune.dk"));
    assert_eq!(
        org.dpo.as_ref().and_then(|d| d.contact.email.as_deref()),
        Some("dpo@aeroekommune.dk")
    );
}
