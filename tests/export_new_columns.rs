//! The template columns that became fields — business function, the link
//! to the legitimate interests assessment, the links to breach records
//! and the retention policy — and the review cycle's (owner, last review,
//! review interval of the activity and of its organisation) through every
//! export (csv, xlsx, docx in the da, nb and ico layouts; markdown, html,
//! json) and back through the spreadsheet import.

mod common;

use std::path::Path;

use common::{clean_activity, clean_org, write_register};
use ropa::register::export::json::JsonExport;
use ropa::register::export::layout::{Fact, Layout};
use ropa::register::export::{self, docx, excel_csv, xlsx};
use ropa::register::import::{self, Options};
use ropa::register::lang::Lang;
use ropa::register::load::{Register, load};
use ropa::register::model::{Activity, Art6, Organisation};

const FUNCTION: &str = "HR og løn";
const LIA: &str = "https://intranet.example/lia/fraud-2025.pdf";
const BREACH_1: &str = "https://intranet.example/breach/2024-07";
const BREACH_2: &str = "Sag 2025-113 i brudloggen";
const POLICY: &str = "https://intranet.example/policies/retention-v3.pdf";
const OWNER: &str = "Lønchef Åse Ørsted";
const REVIEWED: &str = "2026-03-17";
/// The activity's review interval, in months, and its organisation's:
/// numbers no other cell of the record holds.
const INTERVAL: u32 = 7;
const ORG_INTERVAL: u32 = 29;

fn activity() -> Activity {
    let mut a = clean_activity();
    a.legal_bases[0].article6 = Some(Art6::F);
    a.legal_bases[0].legitimate_interest = Some("fraud prevention".into());
    a.business_function = Some(FUNCTION.into());
    a.lia_ref = Some(LIA.into());
    a.breach_refs = vec![BREACH_1.into(), BREACH_2.into()];
    a.retention_policy_ref = Some(POLICY.into());
    a.owner = Some(OWNER.into());
    a.last_reviewed = Some(REVIEWED.into());
    a.review_interval_months = Some(INTERVAL);
    a
}

fn organisation() -> Organisation {
    let mut o = clean_org();
    o.review_interval_months = Some(ORG_INTERVAL);
    o
}

fn register(dir: &Path) -> Register {
    write_register(dir, &organisation(), &[activity()]);
    let loaded = load(dir).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.register
}

/// The organisation and activity the import makes of `file`.
fn read_back(file: &Path) -> (Organisation, Activity) {
    let book = import::read(file)
        .expect("readable")
        .unwrap_or_else(|p| panic!("{}: {p:?}", file.display()));
    let opts = Options {
        source_name: "export".into(),
        ..Options::default()
    };
    let got = import::import(&book, &Register::default(), &opts).unwrap_or_else(|p| {
        panic!(
            "{}: refused:\n{}",
            file.display(),
            p.iter()
                .map(|p| p.display(&book.file, book.kind, Lang::En))
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let [(_, a)] = got.activities.as_slice() else {
        panic!("{}: {} activities", file.display(), got.activities.len());
    };
    let [o] = got.organisations.as_slice() else {
        panic!(
            "{}: {} organisations",
            file.display(),
            got.organisations.len()
        );
    };
    (o.clone(), a.clone())
}

fn assert_fields(what: &str, (o, a): &(Organisation, Activity)) {
    assert_eq!(a.business_function.as_deref(), Some(FUNCTION), "{what}");
    assert_eq!(a.lia_ref.as_deref(), Some(LIA), "{what}");
    assert_eq!(a.breach_refs, vec![BREACH_1, BREACH_2], "{what}");
    assert_eq!(a.retention_policy_ref.as_deref(), Some(POLICY), "{what}");
    assert_eq!(a.owner.as_deref(), Some(OWNER), "{what}");
    assert_eq!(a.last_reviewed.as_deref(), Some(REVIEWED), "{what}");
    assert_eq!(a.review_interval_months, Some(INTERVAL), "{what}");
    assert_eq!(o.review_interval_months, Some(ORG_INTERVAL), "{what}");
    // Nothing of them left in notes: each went to its field.
    for v in [FUNCTION, LIA, BREACH_1, POLICY, OWNER, REVIEWED] {
        assert!(
            !a.notes.as_deref().unwrap_or("").contains(v),
            "{what}: {v} in notes: {:?}",
            a.notes
        );
    }
    let org_notes = o.notes.as_deref().unwrap_or("");
    assert!(!org_notes.contains("29"), "{what}: {org_notes}");
}

#[test]
fn spreadsheet_exports_read_back_into_the_fields() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = register(&dir.path().join("registry"));
    for layout in Layout::ALL {
        let name = layout.name();
        let csv = dir.path().join(format!("{name}.csv"));
        std::fs::write(&csv, excel_csv(&reg, layout, None)).expect("write csv");
        assert_fields(&format!("{name} csv"), &read_back(&csv));

        let file = dir.path().join(format!("{name}.xlsx"));
        std::fs::write(&file, xlsx::render(&reg, layout).expect("xlsx")).expect("write");
        assert_fields(&format!("{name} xlsx"), &read_back(&file));

        let file = dir.path().join(format!("{name}.docx"));
        std::fs::write(&file, docx::render(&reg, layout).expect("docx")).expect("write");
        assert_fields(&format!("{name} docx"), &read_back(&file));
    }
}

/// The CSV's cell under `heading`.
fn csv_cell(csv: &str, delimiter: u8, heading: &str) -> String {
    let mut r = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = r.headers().expect("headers").clone();
    let at = headers
        .iter()
        .position(|h| h == heading)
        .unwrap_or_else(|| panic!("no column {heading:?} in {headers:?}"));
    let row = r.records().next().expect("a row").expect("row");
    row.get(at).unwrap_or_default().to_string()
}

#[test]
fn each_layout_puts_them_under_its_own_headings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = register(dir.path());
    let breaches = format!("{BREACH_1}\n{BREACH_2}");
    for layout in Layout::ALL {
        let csv = excel_csv(&reg, layout, None);
        let d = layout.delimiter() as u8;
        let cell = |f: Fact| csv_cell(&csv, d, layout.heading(f));
        assert_eq!(cell(Fact::BusinessFunction), FUNCTION, "{layout:?}");
        assert_eq!(cell(Fact::LiaLink), LIA, "{layout:?}");
        assert_eq!(cell(Fact::BreachLink), breaches, "{layout:?}");
        assert_eq!(cell(Fact::RetentionPolicy), POLICY, "{layout:?}");
        assert_eq!(cell(Fact::Owner), OWNER, "{layout:?}");
        assert_eq!(cell(Fact::LastReviewed), REVIEWED, "{layout:?}");
        assert_eq!(cell(Fact::ReviewInterval), "7", "{layout:?}");
        assert_eq!(cell(Fact::OrgReviewInterval), "29", "{layout:?}");
    }
    // The ICO template's own headings and places: A, O, X, Y, AB.
    let ico = Layout::Ico.table_columns();
    for (i, f, heading) in [
        (0, Fact::BusinessFunction, "Business function"),
        (
            14,
            Fact::LiaLink,
            "Link to record of legitimate interests assessment (if applicable)",
        ),
        (23, Fact::Breach, "Has a personal data breach occurred?"),
        (
            24,
            Fact::BreachLink,
            "Link to record of personal data breach",
        ),
        (
            27,
            Fact::RetentionPolicy,
            "Link to retention and erasure policy document",
        ),
    ] {
        assert_eq!(ico[i], f);
        assert_eq!(Layout::Ico.heading(f), heading);
    }
    let csv = excel_csv(&reg, Layout::Ico, None);
    assert_eq!(
        csv_cell(&csv, b',', "Has a personal data breach occurred?"),
        "Yes"
    );
    // The Danish and Norwegian tables: the link after the fact it documents.
    for layout in [Layout::Da, Layout::Nb] {
        let cols = layout.table_columns();
        let after = |a: Fact, b: Fact| {
            let i = cols.iter().position(|f| *f == a).expect("column");
            assert_eq!(cols[i + 1], b, "{layout:?}");
        };
        after(Fact::ActivityName, Fact::BusinessFunction);
        after(Fact::LegitimateInterests, Fact::LiaLink);
        after(Fact::Retention, Fact::RetentionPolicy);
        after(Fact::DpiaLink, Fact::BreachLink);
    }
}

#[test]
fn documents_and_json_carry_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = register(dir.path());
    for (lang, labels, interval) in [
        (
            Lang::En,
            [
                "Business function",
                "Legitimate interests assessment",
                "Retention and erasure policy",
                "Personal data breach records",
                "Owner",
                "Last reviewed",
            ],
            "Review interval (months)",
        ),
        (
            Lang::Da,
            [
                "Afdeling / forretningsområde",
                "Interesseafvejning",
                "Politik for opbevaring og sletning",
                "Registrerede brud på persondatasikkerheden",
                "Ansvarlig",
                "Senest gennemgået",
            ],
            "Gennemgangsinterval (måneder)",
        ),
        (
            Lang::Nb,
            [
                "Avdeling / virksomhetsområde",
                "Interesseavveiing",
                "Retningslinjer for lagring og sletting",
                "Registrerte brudd på personopplysningssikkerheten",
                "Ansvarlig",
                "Sist gjennomgått",
            ],
            "Gjennomgangsintervall (måneder)",
        ),
    ] {
        for (what, doc, row) in [
            (
                "markdown",
                export::markdown_in(&reg, lang),
                (|l: &str, v: &str| format!("| {l} | {v} |")) as fn(&str, &str) -> String,
            ),
            ("html", export::html_in(&reg, lang), |l: &str, v: &str| {
                format!("<tr><th scope=\"row\">{l}</th><td>{v}</td></tr>")
            }),
        ] {
            for v in [FUNCTION, LIA, BREACH_1, BREACH_2, POLICY, OWNER, REVIEWED] {
                assert!(doc.contains(v), "{what} {lang:?}: {v}");
            }
            for l in labels {
                assert!(doc.contains(l), "{what} {lang:?}: {l}");
            }
            // The intervals as a labelled value: the organisation's and the
            // activity's.
            for n in [ORG_INTERVAL, INTERVAL] {
                let want = row(interval, &n.to_string());
                assert!(doc.contains(&want), "{what} {lang:?}: {want}");
            }
        }
    }
    let back: JsonExport = serde_json::from_str(&export::json(&reg)).expect("json");
    assert_eq!(back.organisations[0].activities[0], activity());
    assert_eq!(
        back.organisations[0].organisation.review_interval_months,
        Some(ORG_INTERVAL)
    );
}

#[test]
fn records_without_them_are_written_as_before() {
    let a = clean_activity();
    let text = ropa::register::format::to_canonical(&a).expect("canonical");
    for field in [
        "business_function",
        "lia_ref",
        "breach_refs",
        "retention_policy_ref",
    ] {
        assert!(!text.contains(field), "{field} written empty:\n{text}");
    }
    let text = ropa::register::format::to_canonical(&activity()).expect("canonical");
    let back: Activity = ron::from_str(&text).expect("parses");
    assert_eq!(back, activity());
}
