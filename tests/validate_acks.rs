//! Acknowledgements that cover one finding, values that say "not stated in
//! the source", and today's date taken in the user's time zone.

mod common;

use std::path::Path;
use std::process::Command;

use common::{clean_activity, clean_org, write_register};
use ropa::register::date::Date;
use ropa::register::format::to_canonical;
use ropa::register::load::load;
use ropa::register::model::*;
use ropa::register::validate::{Finding, Options, Report, validate};

fn options() -> Options {
    Options {
        today: Date::parse("2026-11-23").expect("date"),
        strict: false,
    }
}

/// Validates a register of `org` and one clean activity.
fn run(org: &Organisation) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, &[clean_activity()]);
    validate(&load(dir.path()).expect("load"), &options())
}

/// Validates a register whose organisation file is `org_text`.
fn run_text(org_text: &str) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), &clean_org(), &[clean_activity()]);
    std::fs::write(dir.path().join("acme/organisation.ron"), org_text).expect("write");
    let loaded = load(dir.path()).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    validate(&loaded, &options())
}

fn ack(rule: &str, at: &str, kind: Option<FindingKind>) -> Acknowledgement {
    Acknowledgement {
        rule: rule.into(),
        at: Some(at.into()),
        kind,
        reason: "Politikken oplyser det ikke; vi spørger foreningen.".into(),
        expires: "2027-12-31".into(),
    }
}

fn active<'a>(r: &'a Report, rule: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
    r.findings
        .iter()
        .filter(move |f| f.rule == rule && f.is_active())
}

/// Runs `ropa validate <dir> --format json` with `TZ` set, returning the
/// exit code and the JSON report.
fn validate_in_tz(dir: &Path, tz: &str) -> (i32, serde_json::Value) {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["validate", "--format", "json"])
        .arg(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .env("TZ", tz)
        .output()
        .expect("run ropa");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json)
}

fn rules_of(json: &serde_json::Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|f| f.get("acknowledged").is_none())
                .filter_map(|f| f["rule"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Today's date in a named zone, as the register writes dates.
fn today_in(zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).expect("zone");
    jiff::Timestamp::now()
        .to_zoned_datetime(tz)
        .date()
        .to_string()
}

/// Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11) are 25 hours
/// apart, so their dates always differ. An acknowledgement that expires on
/// Pago Pago's today still holds there, and has expired in Kiritimati.
#[test]
fn expiry_is_judged_by_the_users_local_date() {
    // Retried once in case the test straddles midnight in either zone.
    for attempt in 0..2 {
        let pago = today_in("Pacific/Pago_Pago");
        let kiri = today_in("Pacific/Kiritimati");
        assert_ne!(pago, kiri);
        let dir = tempfile::tempdir().expect("tempdir");
        let mut org = clean_org();
        org.address = None;
        org.acknowledgements.push(Acknowledgement {
            rule: "ORG-001".into(),
            at: Some("address".into()),
            kind: Some(FindingKind::Missing),
            reason: "Ikke oplyst i politikken; spørg på årsmødet.".into(),
            expires: pago.clone(),
        });
        write_register(dir.path(), &org, &[clean_activity()]);

        let (west_code, west) = validate_in_tz(dir.path(), "Pacific/Pago_Pago");
        let (east_code, east) = validate_in_tz(dir.path(), "Pacific/Kiritimati");
        if (pago, kiri)
            != (
                today_in("Pacific/Pago_Pago"),
                today_in("Pacific/Kiritimati"),
            )
        {
            assert_eq!(attempt, 0, "the date changed twice during the test");
            continue;
        }
        assert_eq!(west_code, 0, "{west:#}");
        assert!(rules_of(&west).is_empty(), "{west:#}");
        assert_eq!(east_code, 1, "{east:#}");
        let east_rules = rules_of(&east);
        assert!(east_rules.contains(&"ACK-001".to_string()), "{east:#}");
        assert!(east_rules.contains(&"ORG-001".to_string()), "{east:#}");
        return;
    }
}

/// An acknowledgement covers the finding it was written for: an
/// acknowledged missing number does not hide a wrong one typed in later
/// (and the other way round), for CVR numbers and organisasjonsnumre alike,
/// and acknowledgements without a kind cover missing values only.
#[test]
fn an_acknowledgement_covers_its_own_kind_of_finding_only() {
    use FindingKind::{Invalid, Missing};
    // (country, number, acknowledgement kind, covered, ACK-002 says)
    type Case = (
        &'static str,
        Option<OrgNumber>,
        Option<FindingKind>,
        bool,
        Option<&'static str>,
    );
    let cvr = |v: &str| Some(OrgNumber::Cvr(v.into()));
    let orgnr = |v: &str| Some(OrgNumber::NoOrgnr(v.into()));
    let cases: Vec<Case> = vec![
        // The number is missing.
        ("DK", None, None, true, None),
        ("DK", None, Some(Missing), true, None),
        (
            "DK",
            None,
            Some(Invalid),
            false,
            Some("the finding changed"),
        ),
        ("NO", None, None, true, None),
        ("NO", None, Some(Missing), true, None),
        (
            "NO",
            None,
            Some(Invalid),
            false,
            Some("the finding changed"),
        ),
        // A wrong number: fails modulus 11.
        ("DK", cvr("12345678"), None, false, Some("has no kind")),
        (
            "DK",
            cvr("12345678"),
            Some(Missing),
            false,
            Some("the finding changed"),
        ),
        ("DK", cvr("12345678"), Some(Invalid), true, None),
        ("NO", orgnr("123456789"), None, false, Some("has no kind")),
        (
            "NO",
            orgnr("123456789"),
            Some(Missing),
            false,
            Some("the finding changed"),
        ),
        ("NO", orgnr("123456789"), Some(Invalid), true, None),
        // The other country's scheme.
        ("DK", orgnr("964950113"), None, false, Some("has no kind")),
        (
            "DK",
            orgnr("964950113"),
            Some(Missing),
            false,
            Some("the finding changed"),
        ),
        (
            "NO",
            cvr("39488914"),
            Some(Missing),
            false,
            Some("the finding changed"),
        ),
        // A valid number: the acknowledgement covers nothing any more.
        (
            "DK",
            cvr("13748136"),
            None,
            false,
            Some("matches no finding"),
        ),
        (
            "DK",
            cvr("13748136"),
            Some(Invalid),
            false,
            Some("matches no finding"),
        ),
        (
            "NO",
            orgnr("964950113"),
            Some(Missing),
            false,
            Some("matches no finding"),
        ),
    ];
    for (country, number, kind, covered, ack002) in cases {
        let label = format!("{country} {number:?} acknowledged as {kind:?}");
        let mut org = clean_org();
        org.country = country.into();
        org.phone = None;
        org.org_number = number.clone();
        org.acknowledgements
            .push(ack("ORG-002", "org_number", kind));
        let report = run(&org);
        let open: Vec<_> = active(&report, "ORG-002").collect();
        let acked = report
            .findings
            .iter()
            .any(|f| f.rule == "ORG-002" && !f.is_active());
        if covered {
            assert!(open.is_empty() && acked, "{label}: {:#?}", report.findings);
        } else {
            assert!(!acked, "{label}: {:#?}", report.findings);
        }
        let ack_findings: Vec<_> = active(&report, "ACK-002").collect();
        match ack002 {
            None => assert!(ack_findings.is_empty(), "{label}: {ack_findings:#?}"),
            Some(says) => {
                assert_eq!(ack_findings.len(), 1, "{label}: {:#?}", report.findings);
                assert!(
                    ack_findings[0].message.contains(says),
                    "{label}: {}",
                    ack_findings[0].message
                );
                assert_eq!(ack_findings[0].field, "acknowledgements[0]");
                if says != "matches no finding" {
                    // The changed finding is reported, and fails the run.
                    assert_eq!(open.len(), 1, "{label}: {:#?}", report.findings);
                    assert!(report.errors() > 0, "{label}");
                }
            }
        }
    }
}

/// Findings carry their kind, and reports show it.
#[test]
fn findings_carry_their_kind() {
    let mut org = clean_org();
    org.org_number = None;
    let missing = run(&org);
    let f = active(&missing, "ORG-002").next().expect("ORG-002");
    assert_eq!(f.kind, FindingKind::Missing);
    org.org_number = Some(OrgNumber::Cvr("12345678".into()));
    let wrong = run(&org);
    let f = active(&wrong, "ORG-002").next().expect("ORG-002");
    assert_eq!(f.kind, FindingKind::Invalid);
    let json = serde_json::to_value(f).expect("json");
    assert_eq!(json["kind"], "Invalid");
}

/// A value written empty by hand says as little as a missing one: an
/// acknowledgement of the missing address covers each spelling of it, and
/// not a written address that is wrong in another way.
#[test]
fn values_written_empty_are_missing_in_every_spelling() {
    let mut org = clean_org();
    org.acknowledgements
        .push(ack("ORG-001", "address", Some(FindingKind::Missing)));
    let canonical = to_canonical(&org).expect("ron");
    let written = "address: Some(\"Vestergade 1, 8000 Aarhus C\"),";
    assert!(canonical.contains(written));
    for empty in [
        "",
        "address: None,",
        "address: Some(\"\"),",
        "address: Some( \"\" ),",
        "address: Some(\"   \"),",
        "address: Some(\n        \"\",\n    ),",
        "address:Some(\"\"),",
    ] {
        let report = run_text(&canonical.replace(written, empty));
        assert!(
            active(&report, "ORG-001").next().is_none()
                && active(&report, "ACK-002").next().is_none(),
            "{empty:?}: {:#?}",
            report.findings
        );
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.rule == "ORG-001" && f.kind == FindingKind::Missing && !f.is_active()),
            "{empty:?}: {:#?}",
            report.findings
        );
    }
}

/// Validates a register of `org` and `act` (library, fixed date).
fn run_with(org: &Organisation, act: &Activity) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, std::slice::from_ref(act));
    validate(&load(dir.path()).expect("load"), &options())
}

fn not_stated(note: Option<&str>) -> Option<String> {
    note.map(str::to_string)
}

type Edit = Box<dyn Fn(&mut Organisation, &mut Activity, Option<String>)>;

/// Each field that can say "not stated in the source": left empty it is
/// the missing-data finding (`missing_rule`, an error for the first three);
/// recorded as NotStated it is a GAP-001 warning at the same field, with
/// the note in the message, and no error.
#[test]
fn not_stated_is_a_known_gap_not_missing_data() {
    let cases: Vec<(&str, &str, &str, Edit, Edit)> = vec![
        (
            "Danish org number",
            "ORG-002",
            "org_number",
            Box::new(|o, _, _| o.org_number = None),
            Box::new(|o, _, note| o.org_number = Some(OrgNumber::NotStated { note })),
        ),
        (
            "Norwegian org number",
            "ORG-002",
            "org_number",
            Box::new(|o, _, _| {
                o.country = "NO".into();
                o.phone = Some("+47 22 33 44 55".into());
                o.org_number = None;
            }),
            Box::new(|o, _, note| {
                o.country = "NO".into();
                o.phone = Some("+47 22 33 44 55".into());
                o.org_number = Some(OrgNumber::NotStated { note });
            }),
        ),
        (
            "transfer mechanism",
            "XFR-002",
            "transfers[0].mechanisms",
            Box::new(|_, a, _| a.transfers.push(transfer(vec![]))),
            Box::new(|_, a, note| {
                a.transfers
                    .push(transfer(vec![Mechanism::NotStated { note }]))
            }),
        ),
        (
            "retention",
            "RET-001",
            "retention",
            Box::new(|_, a, _| a.retention.clear()),
            Box::new(|_, a, note| {
                a.retention[0].rule = Retention::NotStated { note };
                a.retention[0].text = "Politikken nævner ingen slettefrist.".into();
            }),
        ),
    ];
    for (what, missing_rule, field, missing, gap) in &cases {
        // Failing fixture: the value is simply missing.
        let (mut org, mut act) = (clean_org(), clean_activity());
        missing(&mut org, &mut act, None);
        let report = run_with(&org, &act);
        assert!(
            active(&report, missing_rule).any(|f| f.field.starts_with(field)),
            "{what}: {missing_rule} expected: {:#?}",
            report.findings
        );
        assert!(report.errors() > 0, "{what}: {:#?}", report.findings);
        assert!(active(&report, "GAP-001").next().is_none(), "{what}");

        // Passing fixture: recorded as not stated, with and without a note.
        for note in [
            Some("Politikken oplyser det ikke; spørg på årsmødet."),
            None,
        ] {
            let (mut org, mut act) = (clean_org(), clean_activity());
            gap(&mut org, &mut act, not_stated(note));
            let report = run_with(&org, &act);
            assert_eq!(report.errors(), 0, "{what}: {:#?}", report.findings);
            assert!(
                active(&report, missing_rule).next().is_none(),
                "{what}: {:#?}",
                report.findings
            );
            let gaps: Vec<_> = active(&report, "GAP-001").collect();
            assert_eq!(gaps.len(), 1, "{what}: {:#?}", report.findings);
            let g = gaps[0];
            assert!(g.field.starts_with(field), "{what}: {}", g.field);
            assert_eq!(g.severity, ropa::register::validate::Severity::Warning);
            assert_eq!(g.kind, FindingKind::Missing, "{what}");
            match note {
                Some(n) => assert_eq!(g.message, format!("not stated in the source: {n}")),
                None => assert_eq!(g.message, "not stated in the source"),
            }
            assert!(g.line > 1, "{what}: located at the value: {g:?}");
        }
    }
}

fn transfer(mechanisms: Vec<Mechanism>) -> Transfer {
    Transfer {
        id: "t1".into(),
        country: Some("IN".into()),
        international_organisation: None,
        destination_text: Some("Indien".into()),
        recipients: vec!["hosting".into()],
        mechanisms,
        safeguard_text: None,
        documentation: None,
        regular: false,
    }
}

/// Not-stated org numbers are not numbers: two organisations without one
/// are not duplicates (STR-001), and an acknowledgement of the missing
/// number is replaced by the value without any finding of its own.
#[test]
fn not_stated_numbers_are_not_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = clean_org();
    a.org_number = Some(OrgNumber::NotStated { note: None });
    let mut b = clean_org();
    b.id = "beta".into();
    b.org_number = Some(OrgNumber::NotStated { note: None });
    write_register(dir.path(), &a, &[clean_activity()]);
    write_register(dir.path(), &b, &[]);
    let report = validate(&load(dir.path()).expect("load"), &options());
    assert!(
        !report.findings.iter().any(|f| f.rule == "STR-001"),
        "{:#?}",
        report.findings
    );
    assert_eq!(active(&report, "GAP-001").count(), 2);
}

/// The value reads naturally in RON, with or without a note, and survives
/// the canonical writer unchanged.
#[test]
fn not_stated_reads_and_writes_as_ron() {
    for (text, note) in [
        ("NotStated()", None),
        (
            "NotStated(note: Some(\"Politikken oplyser intet CVR-nummer.\"))",
            Some("Politikken oplyser intet CVR-nummer."),
        ),
    ] {
        let mut org = clean_org();
        org.org_number = Some(OrgNumber::NotStated {
            note: note.map(str::to_string),
        });
        let canonical = to_canonical(&org).expect("ron");
        // The field as the canonical writer lays it out, replaced by the
        // hand-written spelling.
        let start = canonical.find("    org_number:").expect("field");
        let end = start + canonical[start..].find("\n    address:").expect("next");
        let written = format!(
            "{}    org_number: Some({text}),{}",
            &canonical[..start],
            &canonical[end..]
        );
        let report = run_text(&written);
        assert_eq!(report.errors(), 0, "{text}: {:#?}", report.findings);
        let back: Organisation = ropa::register::load::parse_record(&written).expect("parses");
        assert_eq!(back, org, "{text}");
        assert_eq!(to_canonical(&back).expect("ron"), canonical);
    }
}

/// Exports say what the register says: not stated in the source, with the
/// note.
#[test]
fn exports_render_not_stated_values() {
    use ropa::register::export::{ExportFormat, export};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut org = clean_org();
    org.org_number = Some(OrgNumber::NotStated {
        note: Some("Politikken oplyser intet CVR-nummer.".into()),
    });
    let mut act = clean_activity();
    act.retention[0].rule = Retention::NotStated { note: None };
    act.transfers.push(transfer(vec![Mechanism::NotStated {
        note: Some("Kun \"passende garantier\" nævnes.".into()),
    }]));
    write_register(dir.path(), &org, &[act]);
    let reg = load(dir.path()).expect("load").register;
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Csv,
    ] {
        let out = export(&reg, format);
        assert!(
            out.contains("not stated in the source: Politikken oplyser intet CVR-nummer."),
            "{format:?}"
        );
        assert!(out.contains("not stated in the source"), "{format:?}");
        if format != ExportFormat::Csv {
            assert!(out.contains("nævnes"), "{format:?}: the mechanism's note");
        }
    }
}

/// `ropa validate --gaps` lists the values the sample register records as
/// not stated in its sources, located, with their notes, and exits 0.
#[test]
fn gaps_report_lists_the_sample_gaps() {
    let out = common::ropa(&["validate", "registry", "--gaps", "--today", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "registry/da/organisation.ron:7:17: org_number: not stated in the source: The published policy gives no CVR number."
        ),
        "{text}"
    );
    assert!(
        text.contains("registry/jupiter-system-partner/organisation.ron:7:17: org_number"),
        "{text}"
    );
    // The text and list fields the sample names in its not_stated lists:
    // two postal addresses, three activities' recipients, one activity's
    // data subjects, two activities' consent withdrawal, one transfer's
    // destination country.
    assert!(
        text.contains(
            "registry/da/organisation.ron:203:9: not_stated[0]: `address` is not stated in the source: The published policy gives no postal address."
        ),
        "{text}"
    );
    assert_eq!(
        text.matches("`recipients` is not stated").count(),
        3,
        "{text}"
    );
    assert_eq!(
        text.matches("`data_subjects` is not stated").count(),
        1,
        "{text}"
    );
    assert_eq!(text.matches("`consent` is not stated").count(), 2, "{text}");
    assert_eq!(text.matches("`address` is not stated").count(), 2, "{text}");
    assert_eq!(
        text.matches("`transfers[0].country` is not stated").count(),
        1,
        "{text}"
    );
    assert!(
        text.ends_with("registry: 11 values not stated in the source\n"),
        "{text}"
    );
    let json = common::ropa(&["validate", "registry", "--gaps", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .collect();
    assert_eq!(rules, ["GAP-001"; 11]);
}

/// GAP-001 is in the catalogue with its legal source, in README's rule
/// table, and explained by `ropa validate --explain`, whose acknowledgement
/// template names the kind.
#[test]
fn gap_rule_is_catalogued_documented_and_explained() {
    let r = ropa::register::validate::rule("GAP-001").expect("catalogue");
    assert_eq!(r.severity, ropa::register::validate::Severity::Warning);
    assert!(r.legal_source.contains("Art. 30(1)"));
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    assert!(readme.contains("| gaps | GAP-001 not stated in the source"));
    let out = common::ropa(&["validate", "--explain", "GAP-001"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("GAP-001 (warning): Not stated in the source"),
        "{text}"
    );
    let out = common::ropa(&["validate", "--explain", "ORG-002"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("kind: Some(Missing)"), "{text}");
}

/// Exports show which finding an acknowledgement covers.
#[test]
fn exports_show_the_kind_an_acknowledgement_covers() {
    use ropa::register::export::{ExportFormat, export};
    let dir = tempfile::tempdir().expect("tempdir");
    let mut org = clean_org();
    org.org_number = Some(OrgNumber::Cvr("12345678".into()));
    org.acknowledgements
        .push(ack("ORG-002", "org_number", Some(FindingKind::Invalid)));
    write_register(dir.path(), &org, &[clean_activity()]);
    let reg = load(dir.path()).expect("load").register;
    for format in [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Csv,
    ] {
        let out = export(&reg, format);
        assert!(out.contains("invalid value"), "{format:?}: {out}");
    }
}
