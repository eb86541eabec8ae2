//! The ICO controller template: sheet `Template`, the contact block as a
//! small table in rows 1–6, the 30 headings in row 9, and a notes sheet
//! that is not a table; and a sheet with the id and status columns that
//! ropa's own export writes.

mod ico_template;
mod import_support;

use ico_template::ICO_HEADINGS;
use import_support::{git, new_register, ropa_in, text};
use ropa::register::load::load;
use ropa::register::model::{Art6, Art9, DpiaStatus, Mechanism, OrgNumber, Status};
use rust_xlsxwriter::Workbook;

#[test]
fn the_ico_template_is_read_with_its_contact_table_and_its_notes_sheet_left_alone() {
    let (dir, reg) = new_register();
    let path = dir.path().join("ropa-ico.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Template").expect("name");
    let block: &[&[&str]] = &[
        &["", "Name", "Address", "Email", "Telephone"],
        &[
            "Controller",
            "Fjord & Fell Ltd",
            "1 High Street, York YO1 7HH",
            "info@fjordfell.co.uk",
            "+44 1904 000000",
        ],
        &[
            "Data Protection Officer",
            "Åse Øvrebø",
            "1 High Street, York",
            "dpo@fjordfell.co.uk",
            "",
        ],
        &["Representative", "", "", "", ""],
        &["Company number", "07495895"],
    ];
    for (r, row) in block.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32, c as u16, *v).expect("cell");
            }
        }
    }
    for (c, h) in ICO_HEADINGS.iter().enumerate() {
        ws.write_string(8, c as u16, *h).expect("heading");
    }
    let mut row = vec![""; 30];
    row[0] = "Marketing";
    row[1] = "Newsletter to customers\nEvent invitations";
    row[3] = "Customers";
    row[4] = "Name, e-mail address";
    row[5] = "Mailchimp (processor)";
    row[7] = "United States";
    row[8] = "EU-US Data Privacy Framework";
    row[9] = "Until the customer unsubscribes, at most 2 years";
    row[10] = "Access control";
    row[11] = "Article 6(1)(f)";
    row[12] = "Article 9(2)(b) for sickness absence of event staff";
    row[13] = "Keeping customers informed of new products";
    row[14] = "https://intranet.example/lia/newsletter.docx";
    row[15] = "Access, objection";
    row[16] = "No";
    row[19] = "Mailchimp servers";
    row[20] = "No – not likely to result in a high risk";
    row[23] = "Yes";
    row[24] = "Breach log 2025-04\nBreach log 2025-09";
    // The UK-specific Schedule 1 column, as a UK DPO fills it.
    row[25] = "Schedule 1, Part 1, paragraph 1 (employment)";
    row[27] = "https://intranet.example/policies/retention.pdf";
    for (c, v) in row.iter().enumerate() {
        if !v.is_empty() {
            ws.write_string(9, c as u16, *v).expect("cell");
        }
    }
    let notes = wb.add_worksheet();
    notes.set_name("Notes").expect("name");
    notes
        .write_string(0, 0, "Green headings are required by Article 30.")
        .expect("note");
    wb.save(&path).expect("save");

    let o = ropa_in(dir.path(), &["import", "ropa-ico.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("sheet \"Template\": ICO layout, header row 9"),
        "{out}"
    );
    assert!(
        out.contains("sheet \"Notes\": no header row of a known layout; nothing read from it"),
        "{out}"
    );
    assert!(
        out.contains("  T10 Location of personal data → notes"),
        "{out}"
    );
    assert_eq!(
        git(&reg, &["log", "-1", "--format=%s"]).trim(),
        "Import 1 activity of Fjord & Fell Ltd from ropa-ico.xlsx"
    );

    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "fjord-fell-ltd")
        .expect("organisation");
    assert_eq!(org.org.country, "GB");
    assert_eq!(
        org.org.address.as_deref(),
        Some("1 High Street, York YO1 7HH")
    );
    assert_eq!(org.org.phone.as_deref(), Some("+44 1904 000000"));
    assert_eq!(
        org.org.org_number,
        Some(OrgNumber::Other {
            scheme: "Company number".into(),
            value: "07495895".into()
        })
    );
    let dpo = org.org.dpo.as_ref().expect("dpo");
    assert_eq!(dpo.contact.name.as_deref(), Some("Åse Øvrebø"));
    assert_eq!(dpo.contact.email.as_deref(), Some("dpo@fjordfell.co.uk"));

    let a = &org.activities[0].activity;
    // The template has no name column: the first purpose names the activity.
    assert_eq!(a.name, "Newsletter to customers");
    assert_eq!(a.id, "newsletter-to-customers");
    assert_eq!(a.purposes.len(), 2);
    assert_eq!(a.legal_bases[0].article6, Some(Art6::F));
    assert_eq!(
        a.legal_bases[0].legitimate_interest.as_deref(),
        Some("Keeping customers informed of new products")
    );
    assert_eq!(a.special_conditions[0].article9, Some(Art9::B));
    assert_eq!(a.transfers[0].country.as_deref(), Some("US"));
    assert_eq!(a.transfers[0].mechanisms, vec![Mechanism::EuUsDpf]);
    assert_eq!(
        a.dpia.as_ref().map(|d| d.status),
        Some(DpiaStatus::NotRequired)
    );
    assert_eq!(a.data_subject_rights.as_deref(), Some("Access, objection"));
    let notes = a.notes.as_deref().unwrap_or_default();
    assert_eq!(a.business_function.as_deref(), Some("Marketing"));
    assert!(!notes.contains("Business function"), "{notes}");
    // The template's links: the assessment, the breach records, the policy.
    assert_eq!(
        a.lia_ref.as_deref(),
        Some("https://intranet.example/lia/newsletter.docx")
    );
    assert_eq!(
        a.breach_refs,
        vec!["Breach log 2025-04", "Breach log 2025-09"]
    );
    assert_eq!(
        a.retention_policy_ref.as_deref(),
        Some("https://intranet.example/policies/retention.pdf")
    );
    // A UK Schedule 1 condition is no Danish or Norwegian provision: kept
    // in notes, no basis made of it.
    assert!(
        notes.contains("Schedule 1, Part 1, paragraph 1 (employment)"),
        "{notes}"
    );
    assert_eq!(a.legal_bases.len(), 1);
    assert!(a.criminal_basis.is_none());
    assert!(a.national_id_bases.is_empty());
    assert!(
        notes.contains("Location of personal data: Mailchimp servers"),
        "{notes}"
    );
    assert!(
        notes.contains("Has a personal data breach occurred?: Yes"),
        "{notes}"
    );
}

#[test]
fn ids_and_status_written_by_an_export_are_kept() {
    let (dir, reg) = new_register();
    let csv = "\u{feff}Dataansvarlig;Ærø Kommune\r\nOrganisations-id;aeroe\r\nRolle;Dataansvarlig\r\n\
        Adresse;Statene 2, 5970 Ærøskøbing\r\nCVR-nummer;29189676\r\n\
        Kontakt (e-mail, hjemmeside);kommune@aeroekommune.dk, https://www.aeroekommune.dk\r\n\
        Databeskyttelsesrådgiver;dpo@aeroekommune.dk\r\n\r\n\
        Aktivitets-id;Behandlingsaktivitet;Behandlingsaktivitet (engelsk);Status;Formål med behandlingen;Retsgrundlag (art. 6);Kategorier af registrerede;Kategorier af personoplysninger;Kategorier af modtagere;Tidsfrister for sletning;Tekniske og organisatoriske sikkerhedsforanstaltninger\r\n\
        loen;Løn;Payroll;Godkendt;Udbetale løn;Art. 6, stk. 1, litra b;Ansatte;Navn;Ingen;5 år;Adgangsstyring\r\n";
    // An id that is not a slug is refused at its cell.
    let bad = csv.replace("loen;Løn", "Løn 1;Løn");
    std::fs::write(dir.path().join("forkert.csv"), bad).expect("write");
    let o = ropa_in(dir.path(), &["import", "forkert.csv", "reg"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("forkert.csv: row 10, column A (Aktivitets-id): the id \"Løn 1\" is not"),
        "{err}"
    );
    std::fs::write(dir.path().join("eksport.csv"), csv).expect("write");
    let o = ropa_in(dir.path(), &["import", "eksport.csv", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let loaded = load(&reg).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "aeroe")
        .expect("organisation");
    assert_eq!(org.org.email.as_deref(), Some("kommune@aeroekommune.dk"));
    assert_eq!(
        org.org.website.as_deref(),
        Some("https://www.aeroekommune.dk")
    );
    let a = &org.activities[0].activity;
    assert_eq!(a.id, "loen");
    assert_eq!(a.name_en.as_deref(), Some("Payroll"));
    assert_eq!(a.status, Status::Approved);
}
