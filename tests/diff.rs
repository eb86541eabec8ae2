//! Field-level differences between two versions of a real record.

use ropa::register::diff::{Change, commit_message, diff_records, subject};
use ropa::register::format::to_canonical;
use ropa::register::load::parse_record;
use ropa::register::locate::SpanIndex;
use ropa::register::model::{Activity, Retention};

const BARSEL: &str = r#"Activity(
    id: "da-barsel",
    name: "DA Barsel",
    status: Draft,
    purposes: [
        Purpose(
            id: "p1",
            text: "Udligning af barselsudgifter.",
        ),
    ],
    data_subjects: [
        DataSubject(
            id: "loenmodtagere",
            name: "Lønmodtagere",
        ),
    ],
    retention: [
        RetentionRule(
            id: "r1",
            rule: Duration(
                period: "P5Y",
                bound: Exact,
            ),
            text: "5 år",
        ),
    ],
    systems: [
        "acf",
        "esdh",
    ],
)
"#;

fn barsel() -> Activity {
    parse_record(BARSEL).expect("fixture parses")
}

#[test]
fn changes_come_in_file_order_with_span_paths() {
    let old = barsel();
    let mut new = old.clone();
    new.systems = vec!["esdh".into(), "sharepoint".into()];
    new.retention[0].rule = Retention::Duration {
        period: "P3Y".into(),
        bound: ropa::register::model::Bound::Exact,
    };
    new.name = "DA Barselsudligning".into();
    new.description = Some("Ny beskrivelse".into());

    let changes = diff_records(&old, &new);
    assert_eq!(
        changes,
        vec![
            Change::Changed {
                path: "name".into(),
                old: "\"DA Barsel\"".into(),
                new: "\"DA Barselsudligning\"".into(),
            },
            Change::Added {
                path: "description".into(),
                value: "\"Ny beskrivelse\"".into(),
            },
            Change::Changed {
                path: "retention[0].rule.period".into(),
                old: "\"P5Y\"".into(),
                new: "\"P3Y\"".into(),
            },
            Change::Removed {
                path: "systems".into(),
                value: "\"acf\"".into(),
            },
            Change::Added {
                path: "systems".into(),
                value: "\"sharepoint\"".into(),
            },
        ]
    );

    // Every changed or added path points at a value of the new file.
    let spans = SpanIndex::new(&to_canonical(&new).expect("canonical"));
    for c in &changes {
        assert!(spans.get(c.path()).is_some(), "{c:?}");
    }

    let msg = commit_message(&subject("DA", Some(&old.name)), &changes);
    assert_eq!(
        msg,
        "DA / DA Barsel: name, description, retention, systems\n\n\
         name: \"DA Barsel\" → \"DA Barselsudligning\"\n\
         description: + \"Ny beskrivelse\"\n\
         retention[0].rule.period: \"P5Y\" → \"P3Y\"\n\
         systems: − \"acf\"\n\
         systems: + \"sharepoint\"\n"
    );
}

#[test]
fn list_items_are_matched_by_id() {
    let old = barsel();
    let mut new = old.clone();
    let mut first = new.data_subjects[0].clone();
    first.id = "kontaktperson".into();
    first.name = "Kontaktperson".into();
    new.data_subjects.insert(0, first);
    new.data_subjects[1].name = "Ansatte".into();

    assert_eq!(
        diff_records(&old, &new),
        vec![
            Change::Added {
                path: "data_subjects[0]".into(),
                value: "(id: \"kontaktperson\", name: \"Kontaktperson\")".into(),
            },
            Change::Changed {
                path: "data_subjects[1].name".into(),
                old: "\"Lønmodtagere\"".into(),
                new: "\"Ansatte\"".into(),
            },
        ]
    );
}

#[test]
fn unchanged_record_has_no_changes() {
    assert!(diff_records(&barsel(), &barsel()).is_empty());
}
