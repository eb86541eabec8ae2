//! The rule catalogue is a checked table: every rule id has a fixture
//! that fires it, and no code emits an id the catalogue lacks. Then, for
//! the rules on countries, transfers, consent, retention, review dates,
//! processor records and unloadable organisation files: a failing and a
//! passing case for each, table-driven over the spellings people use.

mod common;

use std::path::Path;

use common::{clean_activity, clean_org, transfer, write_register};
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::model::*;
use ropa::register::validate::{Finding, Options, RULES, Report, Severity, validate};

fn today() -> Date {
    Date::parse("2026-11-23").expect("date")
}

fn options() -> Options {
    Options {
        today: today(),
        strict: false,
    }
}

fn run(org: &Organisation, acts: &[Activity]) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, acts);
    validate(&load(dir.path()).expect("load"), &options())
}

/// A change to the clean organisation and activity.
type Mutation = fn(&mut Organisation, &mut Activity);

/// How a fixture breaks the clean register.
#[derive(Clone, Copy)]
enum Fixture {
    /// Changes the records before they are written.
    Records(Mutation),
    /// Changes the written files (for what records cannot express).
    Files(fn(&Path)),
}

use Fixture::{Files, Records};

fn ack(text: &str) -> Acknowledgement {
    // Parsed from RON so that the fixture survives new optional fields.
    ron::from_str(text).expect("acknowledgement")
}

fn scc() -> Mechanism {
    Mechanism::Scc {
        decision: Some("2021/914".into()),
        module: Some(2),
    }
}

fn processor_record(o: &mut Organisation, a: &mut Activity) {
    o.role = OrgRole::Processor;
    a.role = ActivityRole::Processor;
    a.legal_bases.clear();
    a.on_behalf_of.push(ControllerServed {
        organisation: None,
        name: Some("Kunde A/S".into()),
        contact: Some("dpo@kunde.dk".into()),
        processing: vec!["lagring".into()],
    });
}

fn dpf_recipient(o: &mut Organisation, a: &mut Activity, verified: &str) {
    o.recipients[0].country = Some("US".into());
    o.recipients[0].dpf_certified = true;
    o.recipients[0].dpf_verified_on = Some(verified.into());
    let mut t = transfer(Some("US"), vec![Mechanism::EuUsDpf]);
    t.recipients = vec!["hosting".into()];
    a.transfers.push(t);
}

fn org_file(dir: &Path) -> std::path::PathBuf {
    dir.join("acme").join("organisation.ron")
}

fn activity_file(dir: &Path) -> std::path::PathBuf {
    dir.join("acme").join("activities").join("kundeservice.ron")
}

/// One line per rule id: the fixture that makes it fire. A new rule gets
/// a new line here (the test below fails until it has one).
fn fixtures() -> Vec<(&'static str, Fixture)> {
    vec![
        (
            "STR-001",
            Records(|_, a| a.purposes.push(a.purposes[0].clone())),
        ),
        (
            "STR-002",
            Records(|_, a| a.recipients[0].recipient = "nobody".into()),
        ),
        (
            "STR-003",
            Files(|d| std::fs::rename(d.join("acme"), d.join("other")).expect("rename")),
        ),
        (
            "STR-004",
            Records(|_, a| a.data_subjects[0].id = "Kunder".into()),
        ),
        ("ORG-001", Records(|o, _| o.address = None)),
        ("ORG-002", Records(|o, _| o.org_number = None)),
        (
            "GAP-001",
            Records(|o, _| o.org_number = Some(OrgNumber::NotStated { note: None })),
        ),
        (
            "GAP-002",
            Records(|o, _| {
                o.not_stated.push(NotStated {
                    field: "address".into(),
                    note: None,
                })
            }),
        ),
        ("ORG-003", Records(|o, _| o.kind = OrgKind::PublicAuthority)),
        (
            "ORG-004",
            Records(|o, _| {
                o.country = "US".into();
                o.org_number = None;
                o.phone = None;
                o.art3_2_applies = true;
            }),
        ),
        (
            "ORG-005",
            Records(|o, _| {
                o.joint_controllers.push(JointController {
                    organisation: "unknown".into(),
                    arrangement_ref: None,
                    scope: None,
                })
            }),
        ),
        (
            "ORG-006",
            Records(|o, a| {
                processor_record(o, a);
                a.on_behalf_of[0].contact = None;
            }),
        ),
        ("ACT-001", Records(|_, a| a.data_subjects.clear())),
        ("ACT-002", Records(|_, a| a.recipients.clear())),
        ("ACT-003", Records(|_, a| a.legal_bases[0].article6 = None)),
        (
            "ACT-004",
            Records(|_, a| a.legal_bases[0].text = Some("artikel 25, jf. artikel 6".into())),
        ),
        (
            "ACT-005",
            Records(|_, a| a.legal_bases[0].article6 = Some(Art6::F)),
        ),
        (
            "ACT-006",
            Records(|o, a| {
                o.kind = OrgKind::PublicAuthority;
                a.legal_bases[0].article6 = Some(Art6::F);
            }),
        ),
        ("ACT-007", Records(|o, _| o.security_measures = None)),
        (
            "ACT-008",
            Records(|_, a| a.data_categories[0].collected_from = Some(CollectedFrom::ThirdParty)),
        ),
        ("ACT-009", Records(|_, a| a.automated_decisions = None)),
        (
            "ACT-010",
            Records(|_, a| {
                a.risk_criteria = vec![
                    RiskCriterion::LargeScale,
                    RiskCriterion::SystematicMonitoring,
                ]
            }),
        ),
        (
            "ACT-011",
            Records(|_, a| {
                a.legal_bases[0].article6 = Some(Art6::F);
                a.legal_bases[0].legitimate_interest = Some("fraud prevention".into());
            }),
        ),
        (
            "SPC-001",
            Records(|_, a| {
                a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health])
            }),
        ),
        (
            "SPC-002",
            Records(|_, a| a.data_categories[0].kind = DataKind::Criminal),
        ),
        (
            "SPC-003",
            Records(|_, a| {
                a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr)
            }),
        ),
        (
            "SPC-007",
            Records(|_, a| {
                a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health]);
                a.special_conditions.push(SpecialCondition {
                    categories: vec![],
                    article9: None,
                    national_provision: Some("bogføringsloven § 10".into()),
                    text: None,
                });
            }),
        ),
        (
            "SPC-008",
            Records(|_, a| {
                a.data_categories[0].kind = DataKind::Criminal;
                a.criminal_basis = Some(CriminalBasis {
                    official_authority: false,
                    national_provision: Some("bogføringsloven § 10".into()),
                    text: None,
                });
            }),
        ),
        (
            "SPC-004",
            Records(|_, a| {
                a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::NoFnr)
            }),
        ),
        (
            "SPC-005",
            Records(|_, a| a.data_categories[0].name = "Helbredsoplysninger".into()),
        ),
        (
            "SPC-006",
            Records(|_, a| a.notes = Some("Eksempel: 010203-1234".into())),
        ),
        (
            "XFR-001",
            Records(|_, a| a.transfers.push(transfer(None, vec![Mechanism::Adequacy]))),
        ),
        (
            "XFR-002",
            Records(|_, a| a.transfers.push(transfer(Some("CN"), vec![]))),
        ),
        (
            "XFR-003",
            Records(|_, a| {
                a.transfers.push(transfer(
                    Some("US"),
                    vec![Mechanism::Named("Privacy Shield".into())],
                ))
            }),
        ),
        (
            "XFR-004",
            Records(|_, a| {
                a.transfers
                    .push(transfer(Some("CA"), vec![Mechanism::EuUsDpf]))
            }),
        ),
        (
            "XFR-005",
            Records(|_, a| {
                let mut t = transfer(
                    Some("CN"),
                    vec![Mechanism::Derogation {
                        letter: Some(Art49::B),
                        safeguards_documentation: None,
                        sa_notified: false,
                    }],
                );
                t.regular = true;
                a.transfers.push(t);
            }),
        ),
        ("XFR-006", Records(|o, _| o.recipients[0].country = None)),
        ("XFR-007", Records(|o, a| dpf_recipient(o, a, "2026-03-01"))),
        (
            "XFR-008",
            Records(|o, _| o.recipients[0].country = Some("UK".into())),
        ),
        (
            "XFR-009",
            Records(|_, a| {
                let mut t = transfer(Some("CN"), vec![scc()]);
                t.safeguard_text = Some("Tidligere: Privacy Shield".into());
                a.transfers.push(t);
            }),
        ),
        ("PRC-001", Records(|o, _| o.recipients[0].dpa_ref = None)),
        (
            "PRC-002",
            Records(|o, a| {
                processor_record(o, a);
                a.legal_bases = clean_activity().legal_bases;
            }),
        ),
        (
            "CNS-001",
            Records(|_, a| a.legal_bases[0].article6 = Some(Art6::A)),
        ),
        (
            "CNS-002",
            Records(|_, a| {
                a.legal_bases[0].article6 = Some(Art6::A);
                a.data_subjects[0].name = "Ansatte".into();
            }),
        ),
        (
            "CNS-003",
            Records(|_, a| {
                a.legal_bases[0].article6 = Some(Art6::A);
                a.data_subjects[0].name = "Børn".into();
                a.name = "Læringsapp".into();
            }),
        ),
        ("RET-001", Records(|_, a| a.retention.clear())),
        (
            "RET-002",
            Records(|_, a| a.retention[0].text = "så længe det er nødvendigt".into()),
        ),
        (
            "RET-003",
            Records(|_, a| {
                a.retention[0].rule = Retention::Indefinite {
                    justification: None,
                }
            }),
        ),
        (
            "RET-004",
            Records(|_, a| a.retention[0].text = "op til 5 år".into()),
        ),
        (
            "RET-005",
            Records(|_, a| {
                let mut c = a.data_categories[0].clone();
                c.id = "ip".into();
                a.data_categories.push(c);
                a.retention[0].categories = vec!["kontakt".into()];
            }),
        ),
        (
            "RET-006",
            Records(|_, a| {
                a.retention[0].rule = Retention::Duration {
                    period: "P500Y".into(),
                    bound: Bound::Exact,
                }
            }),
        ),
        (
            "RET-007",
            Records(|_, a| {
                a.retention[0].rule = Retention::Duration {
                    period: "P3Y".into(),
                    bound: Bound::Exact,
                }
            }),
        ),
        (
            "LOAD-001",
            Files(|d| std::fs::write(activity_file(d), "Activity(id: ").expect("write")),
        ),
        (
            "DATE-001",
            Records(|_, a| a.last_reviewed = Some("2026-02-30".into())),
        ),
        (
            "REV-001",
            Records(|_, a| a.last_reviewed = Some("2025-01-01".into())),
        ),
        (
            "REV-002",
            Records(|_, a| a.last_reviewed = Some("2026-12-24".into())),
        ),
        (
            "REV-003",
            Records(|o, _| o.review_interval_months = Some(0)),
        ),
        (
            "ACK-001",
            Records(|_, a| {
                a.automated_decisions = None;
                a.acknowledgements.push(ack(
                    r#"(rule: "ACT-009", reason: "Ikke oplyst.", expires: "2026-01-31")"#,
                ));
            }),
        ),
        (
            "ACK-002",
            Records(|_, a| {
                a.acknowledgements.push(ack(
                    r#"(rule: "ACT-009", reason: "Ikke oplyst.", expires: "2027-01-31")"#,
                ));
            }),
        ),
    ]
}

/// The report of the clean register after `fixture`.
fn report_of(fixture: Fixture) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut org = clean_org();
    let mut act = clean_activity();
    if let Records(m) = fixture {
        m(&mut org, &mut act);
    }
    write_register(dir.path(), &org, &[act]);
    if let Files(f) = fixture {
        f(dir.path());
    }
    validate(&load(dir.path()).expect("load"), &options())
}

fn has(report: &Report, rule: &str) -> bool {
    report.findings.iter().any(|f| f.rule == rule)
}

fn of<'a>(report: &'a Report, rule: &str) -> Vec<&'a Finding> {
    report.findings.iter().filter(|f| f.rule == rule).collect()
}

#[test]
fn every_catalogued_rule_has_a_fixture_that_fires_it() {
    let table = fixtures();
    let mut missing = Vec::new();
    for rule in RULES {
        match table.iter().find(|(id, _)| *id == rule.id) {
            None => missing.push(format!("{}: no fixture", rule.id)),
            Some((_, fixture)) => {
                let report = report_of(*fixture);
                if !has(&report, rule.id) {
                    missing.push(format!(
                        "{}: fixture does not fire it: {:?}",
                        rule.id, report.findings
                    ));
                }
            }
        }
    }
    for (id, _) in &table {
        if !RULES.iter().any(|r| r.id == *id) {
            missing.push(format!("{id}: fixture for a rule the catalogue lacks"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn the_clean_register_fires_nothing() {
    let report = run(&clean_org(), &[clean_activity()]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

/// Quoted literals shaped like a rule id (`"ABC-123"`) in `text`.
fn rule_id_literals(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (i, _) in text.match_indices('"') {
        let rest = &b[i + 1..];
        let letters = rest.iter().take_while(|c| c.is_ascii_uppercase()).count();
        if !(2..=4).contains(&letters) || rest.get(letters) != Some(&b'-') {
            continue;
        }
        let digits = &rest[letters + 1..];
        if digits.len() > 3 && digits[..3].iter().all(u8::is_ascii_digit) && digits[3] == b'"' {
            out.push(String::from_utf8_lossy(&rest[..letters + 4]).into_owned());
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_code_emits_a_rule_id_the_catalogue_lacks() {
    assert_eq!(
        rule_id_literals(r#"emit("XFR-008", x) "C-703" "AB-12" "ABCDE-123""#),
        vec!["XFR-008"]
    );
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10);
    let mut unknown = Vec::new();
    let mut seen = 0;
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read");
        for id in rule_id_literals(&text) {
            seen += 1;
            if !RULES.iter().any(|r| r.id == id) {
                unknown.push(format!("{}: {id}", f.display()));
            }
        }
    }
    assert!(seen > RULES.len(), "the scan found only {seen} literals");
    assert!(
        unknown.is_empty(),
        "ids not in the catalogue:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn catalogue_ids_are_unique_and_well_formed() {
    for (i, r) in RULES.iter().enumerate() {
        assert_eq!(
            rule_id_literals(&format!("\"{}\"", r.id)),
            vec![r.id.to_string()]
        );
        assert!(!r.legal_source.is_empty() && !r.hint.is_empty(), "{}", r.id);
        assert!(RULES[..i].iter().all(|o| o.id != r.id), "{} twice", r.id);
    }
}

// ---- Part 5: countries and international organisations -------------

#[test]
fn country_codes_are_iso_alpha2_with_suggestions() {
    // (written, the code the message must suggest, or None)
    let cases: &[(&str, Option<&str>)] = &[
        ("UK", Some("GB")),
        ("uk", Some("GB")),
        ("EL", Some("GR")),
        ("dk", Some("DK")),
        ("Japan", Some("JP")),
        ("JPN", Some("JP")),
        ("USA", Some("US")),
        ("Tyskland", Some("DE")),
        ("Storbritannia", Some("GB")),
        ("Sveits", Some("CH")),
        ("XX", None),
        ("Atlantis", None),
    ];
    for (written, want) in cases {
        for place in ["organisation", "recipient", "transfer"] {
            let mut o = clean_org();
            let mut a = clean_activity();
            let field = match place {
                "organisation" => {
                    o.country = written.to_string();
                    "country".to_string()
                }
                "recipient" => {
                    o.recipients[0].country = Some(written.to_string());
                    "recipients[0].country".to_string()
                }
                _ => {
                    a.transfers.push(transfer(Some(written), vec![scc()]));
                    "transfers[0].country".to_string()
                }
            };
            let report = run(&o, &[a]);
            let f = of(&report, "XFR-008");
            assert_eq!(f.len(), 1, "{place} {written}: {:#?}", report.findings);
            assert_eq!(f[0].field, field);
            assert_eq!(f[0].severity, Severity::Error);
            assert!(f[0].line > 1, "located on its line: {:?}", f[0]);
            if let Some(code) = want {
                assert!(
                    f[0].message.contains(&format!("`{code}`")),
                    "{}",
                    f[0].message
                );
            }
        }
    }
    for ok in ["GB", "JP", "US", "CH", "NO"] {
        let mut a = clean_activity();
        a.transfers.push(transfer(Some(ok), vec![scc()]));
        let report = run(&clean_org(), &[a]);
        assert!(!has(&report, "XFR-008"), "{ok}: {:#?}", report.findings);
    }
}

#[test]
fn an_international_organisation_with_an_adequacy_decision_needs_no_safeguard() {
    for name in [
        "European Patent Organisation",
        "EPO",
        "Den Europæiske Patentorganisation",
    ] {
        let mut a = clean_activity();
        let mut t = transfer(None, vec![Mechanism::Adequacy]);
        t.international_organisation = Some(name.into());
        a.transfers.push(t);
        let report = run(&clean_org(), &[a]);
        assert!(report.findings.is_empty(), "{name}: {:#?}", report.findings);
    }
    // Without a decision, a safeguard is needed.
    let mut a = clean_activity();
    let mut t = transfer(None, vec![]);
    t.international_organisation = Some("World Health Organization".into());
    a.transfers.push(t);
    assert!(has(&run(&clean_org(), &[a]), "XFR-002"));
    // A Norwegian controller is told the decision is not yet in the EEA Agreement, with its date.
    let mut o = clean_org();
    o.country = "NO".into();
    o.org_number = Some(OrgNumber::NoOrgnr("123456785".into()));
    o.phone = None;
    let mut a = clean_activity();
    let mut t = transfer(None, vec![Mechanism::Adequacy]);
    t.international_organisation = Some("European Patent Organisation".into());
    a.transfers.push(t);
    let report = run(&o, &[a]);
    let f = of(&report, "XFR-007");
    assert_eq!(f.len(), 1, "{:#?}", report.findings);
    assert!(f[0].message.contains("2025-07-15"), "{}", f[0].message);
}

#[test]
fn invalidated_instrument_is_an_error_alone_and_a_warning_beside_a_valid_mechanism() {
    let spellings = [
        "Privacy Shield",
        "privacy-shield",
        "PrivacyShield-certificering",
        "Safe Harbor",
        "SCC 2010/87/EU",
    ];
    for s in spellings {
        // Alone (or beside SCCs without decision and module): XFR-003 error.
        for others in [
            vec![],
            vec![Mechanism::Scc {
                decision: None,
                module: None,
            }],
        ] {
            let mut a = clean_activity();
            let mut ms = others.clone();
            ms.push(Mechanism::Named(s.into()));
            a.transfers.push(transfer(Some("CN"), ms));
            let report = run(&clean_org(), &[a]);
            assert!(
                has(&report, "XFR-003") && !has(&report, "XFR-009"),
                "{s}: {:#?}",
                report.findings
            );
        }
        // Beside a mechanism valid today: XFR-009 warning, no error.
        for valid in [
            vec![scc()],
            vec![Mechanism::Bcr {
                approval_ref: Some("BCR-1".into()),
            }],
        ] {
            let mut a = clean_activity();
            let mut t = transfer(Some("CN"), valid);
            t.safeguard_text = Some(format!("Overførsel sker efter {s}."));
            a.transfers.push(t);
            let report = run(&clean_org(), &[a]);
            assert!(!has(&report, "XFR-003"), "{s}: {:#?}", report.findings);
            let f = of(&report, "XFR-009");
            assert_eq!(f.len(), 1, "{s}: {:#?}", report.findings);
            assert_eq!(f[0].severity, Severity::Warning);
            assert_eq!(report.errors(), 0);
        }
    }
    // Adequacy for Japan beside a Privacy Shield mention.
    let mut a = clean_activity();
    let mut t = transfer(Some("JP"), vec![Mechanism::Adequacy]);
    t.safeguard_text = Some("Privacy Shield".into());
    a.transfers.push(t);
    let report = run(&clean_org(), &[a]);
    assert!(has(&report, "XFR-009") && !has(&report, "XFR-003"));
}

#[test]
fn dpf_certification_is_rechecked_every_six_months() {
    // (verified on, expected rules) with today 2026-11-23.
    let cases: &[(&str, &[&str], &[&str])] = &[
        ("2026-11-01", &[], &["XFR-007", "XFR-004"]),
        ("2026-06-01", &[], &["XFR-007", "XFR-004"]),
        ("2026-05-20", &["XFR-007"], &["XFR-004"]),
        ("2026-01-10", &["XFR-007"], &["XFR-004"]),
        ("2025-10-01", &["XFR-004"], &["XFR-007"]),
    ];
    for (verified, fire, silent) in cases {
        let mut o = clean_org();
        let mut a = clean_activity();
        dpf_recipient(&mut o, &mut a, verified);
        let report = run(&o, &[a]);
        for r in *fire {
            assert!(
                has(&report, r),
                "{verified}: {r} expected: {:#?}",
                report.findings
            );
        }
        for r in *silent {
            assert!(
                !has(&report, r),
                "{verified}: {r} not expected: {:#?}",
                report.findings
            );
        }
        if fire.contains(&"XFR-007") {
            let f = of(&report, "XFR-007");
            assert!(
                f[0].message.contains("C-703/25 P") && f[0].message.contains("2023-07-10"),
                "{}",
                f[0].message
            );
        }
    }
}

// ---- Part 6: rules still missing --------------------------------------

#[test]
fn consent_from_employees_is_a_warning_with_the_reason() {
    let employees = [
        "Ansatte",
        "Medarbejdere",
        "Tidligere ansatte",
        "Arbeidstakere",
        "Medarbeidere",
        "Jobansøgere",
        "Employees",
        "Staff",
    ];
    let others = [
        "Kunder",
        "Medlemmer",
        "Medarbejdere hos medlemmer",
        "Kunders ansatte",
        "Deltagere",
    ];
    for (names, fires) in [(&employees[..], true), (&others[..], false)] {
        for name in names {
            for basis in ["6a", "9a"] {
                let mut a = clean_activity();
                a.data_subjects[0].name = name.to_string();
                a.consent = Some(
                    ron::from_str(r#"(withdrawal_process: Some("Skriv til os."))"#)
                        .expect("consent"),
                );
                if basis == "6a" {
                    a.legal_bases[0].article6 = Some(Art6::A);
                } else {
                    a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health]);
                    a.data_categories[0].name = "Helbred".into();
                    a.risk_criteria.clear();
                    a.special_conditions.push(SpecialCondition {
                        categories: vec![],
                        article9: Some(Art9::A),
                        national_provision: None,
                        text: None,
                    });
                }
                let report = run(&clean_org(), &[a]);
                let f = of(&report, "CNS-002");
                assert_eq!(
                    f.len(),
                    usize::from(fires),
                    "{name} {basis}: {:#?}",
                    report.findings
                );
                if fires {
                    assert_eq!(f[0].severity, Severity::Warning);
                    assert!(
                        f[0].message.contains("Art. 7(4)") && f[0].message.contains("05/2020"),
                        "{}",
                        f[0].message
                    );
                }
            }
        }
    }
    // Employees on another basis: nothing.
    let mut a = clean_activity();
    a.data_subjects[0].name = "Ansatte".into();
    assert!(run(&clean_org(), &[a]).findings.is_empty());
}

#[test]
fn childrens_consent_to_an_online_service() {
    let set = |a: &mut Activity, subjects: &str, service: &str| {
        a.legal_bases[0].article6 = Some(Art6::A);
        a.consent = Some(
            ron::from_str(r#"(withdrawal_process: Some("Slet din profil i appen."))"#)
                .expect("consent"),
        );
        a.data_subjects[0].name = subjects.into();
        a.name = service.into();
    };
    for (subjects, service, country, fires) in [
        ("Børn", "Læringsapp", "DK", true),
        ("Elever", "Online lektiehjælp", "DK", true),
        ("Barn under 13 år", "Spill på nettsiden", "NO", true),
        ("Children", "Game platform", "DK", true),
        ("Børn", "Fodboldklub: holdlister", "DK", false),
        ("Voksne brugere", "Læringsapp", "DK", false),
        ("Barnevognsforhandlere", "Webshop", "DK", false),
    ] {
        let mut o = clean_org();
        if country == "NO" {
            o.country = "NO".into();
            o.org_number = Some(OrgNumber::NoOrgnr("123456785".into()));
            o.phone = None;
        }
        let mut a = clean_activity();
        set(&mut a, subjects, service);
        let report = run(&o, &[a]);
        let f = of(&report, "CNS-003");
        assert_eq!(
            f.len(),
            usize::from(fires),
            "{subjects} / {service}: {:#?}",
            report.findings
        );
        if fires {
            let law = if country == "NO" {
                "personopplysningsloven § 5"
            } else {
                "databeskyttelsesloven § 6"
            };
            assert!(
                f[0].message.contains("13") && f[0].message.contains(law),
                "{}",
                f[0].message
            );
        }
        // Recording how age is checked and parents consent satisfies it.
        let mut a = clean_activity();
        set(&mut a, subjects, service);
        a.consent = Some(ron::from_str(r#"(how_given: Some("Alder oplyses ved oprettelse; under 13 år giver forældre samtykke."), withdrawal_process: Some("Slet profilen."))"#).expect("consent"));
        assert!(!has(&run(&o, &[a]), "CNS-003"), "{subjects} / {service}");
    }
}

#[test]
fn implausible_retention_periods() {
    let dur = |p: &str| Retention::Duration {
        period: p.into(),
        bound: Bound::Exact,
    };
    for (rule, text, fires) in [
        (dur("P500Y"), "500 år", true),
        (dur("P101Y"), "101 år", true),
        (dur("P1300M"), "1300 måneder", true),
        (
            Retention::EventBased {
                event: RetentionEvent::EndOfContract,
                offset: "P200Y".into(),
                bound: Bound::Exact,
            },
            "200 år",
            true,
        ),
        (
            Retention::Statutory {
                law_ref: "bogføringsloven § 10".into(),
                period: Some("P0D".into()),
            },
            "efter bogføringsloven",
            true,
        ),
        (
            Retention::Statutory {
                law_ref: "bogføringsloven § 10".into(),
                period: Some("P5Y".into()),
            },
            "5 år efter bogføringsloven",
            false,
        ),
        (dur("P100Y"), "100 år", false),
        (dur("P0D"), "slettes med det samme", false),
        (
            Retention::EventBased {
                event: RetentionEvent::AccountDeletion,
                offset: "P0D".into(),
                bound: Bound::Exact,
            },
            "ved sletning af kontoen",
            false,
        ),
    ] {
        let mut a = clean_activity();
        a.retention[0].rule = rule.clone();
        a.retention[0].text = text.into();
        let report = run(&clean_org(), &[a]);
        assert_eq!(
            has(&report, "RET-006"),
            fires,
            "{rule:?}: {:#?}",
            report.findings
        );
        if fires {
            assert_eq!(of(&report, "RET-006")[0].severity, Severity::Error);
        }
    }
}

#[test]
fn retention_text_that_contradicts_its_value() {
    // (text, value, contradiction?)
    for (text, period, fires) in [
        ("5 år", "P3Y", true),
        ("Gemmes i fem år", "P3Y", true),
        ("oppbevares i 3 år", "P5Y", true),
        ("slettes efter 30 dage", "P90D", true),
        ("6 måneder", "P1Y", true),
        ("3-5 år", "P10Y", true),
        ("5 år", "P5Y", false),
        ("fem år", "P5Y", false),
        ("24 måneder", "P2Y", false),
        ("to år", "P24M", false),
        ("30 dage", "P30D", false),
        ("3 til 5 år", "P5Y", false),
        ("3-5 år", "P3Y", false),
        ("52 uger", "P1Y", false),
        ("indtil sagen er afsluttet", "P3Y", false),
        ("op til 5 år", "P5Y", false),
    ] {
        let mut a = clean_activity();
        let bound = if text.contains("op til") {
            Bound::Max
        } else {
            Bound::Exact
        };
        a.retention[0].rule = Retention::Duration {
            period: period.into(),
            bound,
        };
        a.retention[0].text = text.into();
        let report = run(&clean_org(), &[a]);
        assert_eq!(
            has(&report, "RET-007"),
            fires,
            "{text} vs {period}: {:#?}",
            report.findings
        );
        if fires {
            let f = of(&report, "RET-007");
            assert_eq!(f[0].field, "retention[0].rule.period");
            assert!(f[0].message.contains(period), "{}", f[0].message);
        }
    }
    // The offset of an event-based rule is compared the same way.
    let mut a = clean_activity();
    a.retention[0].rule = Retention::EventBased {
        event: RetentionEvent::EndOfEmployment,
        offset: "P3Y".into(),
        bound: Bound::Exact,
    };
    a.retention[0].text = "5 år efter fratræden".into();
    assert!(has(&run(&clean_org(), &[a]), "RET-007"));
}

#[test]
fn last_reviewed_in_the_future_is_an_error() {
    // Today is 2026-11-23 here; the day after is a colleague's today in a
    // time zone east of the user, not yet a future review.
    for (date, fires) in [
        ("2026-11-25", true),
        ("2027-01-01", true),
        ("2030-06-01", true),
        ("2026-11-24", false),
        ("2026-11-23", false),
        ("2026-06-01", false),
    ] {
        let mut a = clean_activity();
        a.last_reviewed = Some(date.into());
        let report = run(&clean_org(), &[a]);
        assert_eq!(
            has(&report, "REV-002"),
            fires,
            "{date}: {:#?}",
            report.findings
        );
        if fires {
            let f = of(&report, "REV-002");
            assert_eq!(f[0].field, "last_reviewed");
            assert_eq!(f[0].severity, Severity::Error);
        }
    }
}

#[test]
fn a_broken_organisation_file_does_not_hide_its_activities_findings() {
    for breakage in ["Organisation(id: ", "not ron at all", ""] {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut a = clean_activity();
        a.last_reviewed = Some("2027-01-01".into()); // REV-002
        a.retention[0].rule = Retention::Duration {
            period: "P3Y".into(),
            bound: Bound::Exact,
        }; // RET-007
        write_register(dir.path(), &clean_org(), &[a]);
        std::fs::write(org_file(dir.path()), breakage).expect("write");
        let report = validate(&load(dir.path()).expect("load"), &options());
        let rules: Vec<(&str, &str)> = report
            .findings
            .iter()
            .map(|f| (f.rule, f.path.as_str()))
            .collect();
        assert!(
            rules.contains(&("LOAD-001", "acme/organisation.ron")),
            "{rules:?}"
        );
        assert!(
            rules.contains(&("REV-002", "acme/activities/kundeservice.ron")),
            "{rules:?}"
        );
        assert!(
            rules.contains(&("RET-007", "acme/activities/kundeservice.ron")),
            "{rules:?}"
        );
        // Nothing that needs the organisation's record is guessed at.
        assert!(
            !rules
                .iter()
                .any(|(r, _)| ["STR-002", "ACT-007", "XFR-006"].contains(r)),
            "{rules:?}"
        );
    }
    // A folder with activities and no organisation.ron: the same.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut a = clean_activity();
    a.last_reviewed = Some("2027-01-01".into());
    write_register(dir.path(), &clean_org(), &[a]);
    std::fs::remove_file(org_file(dir.path())).expect("rm");
    let report = validate(&load(dir.path()).expect("load"), &options());
    assert!(
        has(&report, "LOAD-001") && has(&report, "REV-002"),
        "{:#?}",
        report.findings
    );
}

// ---- Part 7: processor records ----------------------------------------

#[test]
fn processor_records_get_processor_duties_not_controller_ones() {
    // Controller-side facts missing from a processor record: no finding.
    let controller_side: &[(&str, Mutation)] = &[
        ("SPC-001", |_, a| {
            a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::PoliticalOpinions])
        }),
        ("SPC-002", |_, a| {
            a.data_categories[0].kind = DataKind::Criminal
        }),
        ("SPC-003", |_, a| {
            a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr)
        }),
        ("SPC-004", |_, a| {
            a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::NoFnr)
        }),
        ("ACT-003", |_, a| a.legal_bases.clear()),
        ("ACT-008", |_, a| {
            a.data_categories[0].collected_from = Some(CollectedFrom::ThirdParty)
        }),
        ("ACT-009", |_, a| a.automated_decisions = None),
        ("ACT-010", |_, a| {
            a.risk_criteria = vec![
                RiskCriterion::LargeScale,
                RiskCriterion::SystematicMonitoring,
            ]
        }),
        ("RET-001", |_, a| a.retention.clear()),
        ("ACT-002", |_, a| a.recipients.clear()),
        ("ACT-001", |_, a| a.purposes.clear()),
    ];
    for (rule, m) in controller_side {
        // The same change fires on a controller record ...
        let mut o = clean_org();
        let mut a = clean_activity();
        m(&mut o, &mut a);
        assert!(has(&run(&o, &[a]), rule), "{rule} on a controller record");
        // ... and not on a processor record.
        let mut o = clean_org();
        let mut a = clean_activity();
        processor_record(&mut o, &mut a);
        m(&mut o, &mut a);
        let report = run(&o, &[a]);
        assert!(
            !has(&report, rule),
            "{rule} on a processor record: {:#?}",
            report.findings
        );
    }
    // A clean processor record has no findings.
    let mut o = clean_org();
    let mut a = clean_activity();
    processor_record(&mut o, &mut a);
    let report = run(&o, &[a]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    // What Art. 30(2) asks is still checked.
    let processor_side: &[(&str, Mutation)] = &[
        ("ORG-006", |_, a| a.on_behalf_of.clear()),
        ("ORG-006", |_, a| a.on_behalf_of[0].contact = None),
        ("ORG-006", |_, a| a.on_behalf_of[0].processing.clear()),
        ("XFR-002", |_, a| {
            a.transfers.push(transfer(Some("CN"), vec![]))
        }),
        ("XFR-008", |_, a| {
            a.transfers
                .push(transfer(Some("UK"), vec![Mechanism::Adequacy]))
        }),
        ("XFR-006", |o, _| {
            o.recipients[0].country = Some("US".into())
        }),
        ("ACT-007", |o, _| o.security_measures = None),
    ];
    for (rule, m) in processor_side {
        let mut o = clean_org();
        let mut a = clean_activity();
        processor_record(&mut o, &mut a);
        m(&mut o, &mut a);
        let report = run(&o, &[a]);
        assert!(
            has(&report, rule),
            "{rule} on a processor record: {:#?}",
            report.findings
        );
    }
}

fn not_stated(field: &str, note: Option<&str>) -> NotStated {
    NotStated {
        field: field.into(),
        note: note.map(Into::into),
    }
}

#[test]
fn a_field_not_stated_in_the_source_is_a_gap_not_missing_data() {
    // Each field an empty value of which raises a missing-data finding.
    type Case = (&'static str, &'static str, Mutation, Mutation);
    let cases: [Case; 6] = [
        (
            "transfers[0].country",
            "XFR-001",
            |_, a| {
                let mut t = transfer(None, vec![scc()]);
                t.destination_text = Some("lande uden for EU/EØS".into());
                a.transfers.push(t);
            },
            |_, a| {
                a.not_stated.push(not_stated(
                    "transfers[0].country",
                    Some("Politikken nævner intet land."),
                ))
            },
        ),
        (
            "address",
            "ORG-001",
            |o, _| o.address = None,
            |o, _| {
                o.not_stated.push(not_stated(
                    "address",
                    Some("Politikken oplyser ingen postadresse."),
                ))
            },
        ),
        (
            "recipients",
            "ACT-002",
            |_, a| {
                a.recipients.clear();
                a.transfers.clear();
            },
            |_, a| a.not_stated.push(not_stated("recipients", None)),
        ),
        (
            "data_subjects",
            "ACT-001",
            |_, a| {
                a.data_subjects.clear();
                for c in &mut a.data_categories {
                    c.subjects.clear();
                }
            },
            |_, a| {
                a.not_stated.push(not_stated(
                    "data_subjects",
                    Some("Kilden nævner ingen registrerede."),
                ))
            },
        ),
        (
            "dpo",
            "ORG-003",
            |o, _| {
                o.kind = OrgKind::PublicAuthority;
                o.dpo = None;
            },
            |o, _| {
                o.not_stated.push(not_stated(
                    "dpo",
                    Some("Personvernerklæringen nevner ikke personvernombudet."),
                ))
            },
        ),
        (
            "recipients[0].country",
            "XFR-006",
            |o, _| o.recipients[0].country = None,
            |o, _| o.not_stated.push(not_stated("recipients[0].country", None)),
        ),
    ];
    for (field, rule, empty, mark) in cases {
        let mut o = clean_org();
        let mut a = clean_activity();
        empty(&mut o, &mut a);
        let before = run(&o, &[a.clone()]);
        assert!(
            has(&before, rule),
            "{field}: emptying it should raise {rule}: {:#?}",
            before.findings
        );
        mark(&mut o, &mut a);
        let after = run(&o, &[a]);
        assert!(
            !has(&after, rule),
            "{field}: a not-stated entry should stand in for {rule}: {:#?}",
            after.findings
        );
        let gaps = of(&after, "GAP-001");
        assert_eq!(gaps.len(), 1, "{field}: {:#?}", after.findings);
        assert_eq!(gaps[0].severity, Severity::Warning);
        assert!(gaps[0].field.starts_with("not_stated[0]"), "{:?}", gaps[0]);
        assert!(gaps[0].message.contains(field), "{}", gaps[0].message);
        assert!(!has(&after, "GAP-002"), "{:#?}", after.findings);
        assert_eq!(after.errors(), 0, "{field}: {:#?}", after.findings);
    }
}

#[test]
fn a_not_stated_entry_keeps_its_note_in_the_gap() {
    let mut o = clean_org();
    o.address = None;
    o.not_stated.push(not_stated(
        "address",
        Some("Politikken oplyser ingen postadresse."),
    ));
    let report = run(&o, &[clean_activity()]);
    let gap = of(&report, "GAP-001");
    assert_eq!(gap.len(), 1);
    assert!(
        gap[0]
            .message
            .ends_with("Politikken oplyser ingen postadresse."),
        "{}",
        gap[0].message
    );
    assert_eq!(gap[0].path, "acme/organisation.ron");
}

#[test]
fn a_stale_or_misspelt_not_stated_entry_is_reported_and_hides_nothing() {
    type Case = (&'static str, Mutation, &'static str);
    let cases: [Case; 5] = [
        // The value was filled in later: the entry is stale.
        (
            "filled",
            |o, _| o.not_stated.push(not_stated("address", None)),
            "the record gives it",
        ),
        // A field the record type does not have.
        (
            "unknown field",
            |o, _| {
                o.address = None;
                o.not_stated.push(not_stated("adress", None));
            },
            "an organisation record has no field `adress`; did you mean `address`?",
        ),
        // A list item the record does not have.
        (
            "no such item",
            |o, _| o.not_stated.push(not_stated("recipients[9].country", None)),
            "no `recipients[9]`",
        ),
        // Not a field path at all.
        (
            "not a path",
            |o, _| o.not_stated.push(not_stated("recipients[x]", None)),
            "not a field path",
        ),
        // The same field twice.
        (
            "twice",
            |o, _| {
                o.address = None;
                o.not_stated.push(not_stated("address", None));
                o.not_stated.push(not_stated("address", None));
            },
            "more than once",
        ),
    ];
    for (name, mutate, says) in cases {
        let mut o = clean_org();
        let mut a = clean_activity();
        mutate(&mut o, &mut a);
        let report = run(&o, &[a]);
        let stale = of(&report, "GAP-002");
        assert_eq!(stale.len(), 1, "{name}: {:#?}", report.findings);
        assert!(
            stale[0].message.contains(says),
            "{name}: {}",
            stale[0].message
        );
        assert!(stale[0].field.ends_with(".field"), "{name}: {:?}", stale[0]);
        assert!(stale[0].line > 0, "{name}: located");
    }
    // A misspelt entry leaves the missing address reported.
    let mut o = clean_org();
    o.address = None;
    o.not_stated.push(not_stated("adress", None));
    assert!(has(&run(&o, &[clean_activity()]), "ORG-001"));
}

#[test]
fn a_not_stated_entry_never_hides_a_wrong_value() {
    // An e-mail written wrongly is a finding about the value: the entry
    // that says the source gives none does not cover it.
    let mut o = clean_org();
    o.email = Some("dk¤djoef¤djoef".into());
    o.not_stated.push(not_stated("email", None));
    let report = run(&o, &[clean_activity()]);
    assert!(has(&report, "ORG-001"), "{:#?}", report.findings);
    assert!(has(&report, "GAP-002"), "{:#?}", report.findings);
}
