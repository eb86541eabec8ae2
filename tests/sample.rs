//! The findings of the bundled sample register, pinned: a change to a rule
//! or to the register that changes what the validator reports shows up
//! here as a snapshot diff to review.

mod common;

use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};

#[test]
fn sample_register_findings_are_pinned() {
    let loaded = load(&common::sample_registry()).expect("load sample");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    assert_eq!(report.errors(), 0, "the sample must pass CI");
    let lines: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let state = if f.acknowledged.is_some() {
                "acknowledged"
            } else {
                f.severity.as_str()
            };
            format!(
                "{}:{}:{} {state} {} {}",
                f.path, f.line, f.column, f.rule, f.field
            )
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn sample_register_counts_per_organisation() {
    let loaded = load(&common::sample_registry()).expect("load sample");
    let counts: Vec<(String, usize)> = loaded
        .register
        .organisations
        .iter()
        .map(|o| (o.org.id.clone(), o.activities.len()))
        .collect();
    assert_eq!(
        counts,
        vec![
            ("da".to_string(), 11),
            ("digst".to_string(), 2),
            ("djoef".to_string(), 1),
            ("jupiter-system-partner".to_string(), 1),
            ("os2".to_string(), 1),
        ]
    );
}
