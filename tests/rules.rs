//! Every rule has a passing fixture (the clean register, which has no
//! findings at all) and a failing one (the clean register with one change).

mod common;

use common::{clean_activity, clean_org, transfer, write_register};
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::model::*;
use ropa::register::validate::{Options, Report, validate};

fn today() -> Date {
    Date::parse("2026-11-23").expect("date")
}

fn run(org: &Organisation, acts: &[Activity]) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, acts);
    let loaded = load(dir.path()).expect("load");
    validate(
        &loaded,
        &Options {
            today: today(),
            strict: false,
        },
    )
}

type Mutation = fn(&mut Organisation, &mut Activity);

/// Asserts that the mutation makes `rule` fire (and that it did not fire
/// before, which the clean test shows for all rules at once).
fn fires(rule: &str, mutate: Mutation) {
    let mut org = clean_org();
    let mut act = clean_activity();
    mutate(&mut org, &mut act);
    let report = run(&org, &[act]);
    assert!(
        report.findings.iter().any(|f| f.rule == rule),
        "{rule} did not fire; findings: {:#?}",
        report.findings
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == rule)
        .expect("finding");
    assert!(f.line >= 1 && f.column >= 1);
}

#[test]
fn clean_register_has_no_findings() {
    let report = run(&clean_org(), &[clean_activity()]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn str_001_duplicate_ids() {
    fires("STR-001", |_, a| a.purposes.push(a.purposes[0].clone()));
}

#[test]
fn str_002_dangling_reference() {
    fires("STR-002", |_, a| {
        a.recipients[0].recipient = "nobody".into()
    });
    fires("STR-002", |_, a| {
        a.retention[0].categories.push("missing".into())
    });
}

#[test]
fn str_003_org_id_differs_from_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let org = clean_org();
    write_register(dir.path(), &org, &[clean_activity()]);
    std::fs::rename(dir.path().join("acme"), dir.path().join("other")).expect("rename");
    let report = validate(
        &load(dir.path()).expect("load"),
        &Options {
            today: today(),
            strict: false,
        },
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "STR-003" && f.path == "other/organisation.ron")
    );
}

#[test]
fn str_004_slugs_and_file_names() {
    fires("STR-004", |_, a| a.data_subjects[0].id = "Kunder".into());
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), &clean_org(), &[clean_activity()]);
    let acts = dir.path().join("acme/activities");
    std::fs::rename(acts.join("kundeservice.ron"), acts.join("support.ron")).expect("rename");
    let report = validate(
        &load(dir.path()).expect("load"),
        &Options {
            today: today(),
            strict: false,
        },
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "STR-004" && f.path.ends_with("support.ron"))
    );
}

#[test]
fn date_001_dates() {
    fires("DATE-001", |_, a| {
        a.last_reviewed = Some("2026-02-30".into())
    });
}

#[test]
fn org_001_identity_and_contact() {
    fires("ORG-001", |o, _| o.address = None);
    fires("ORG-001", |o, _| o.email = Some("dk¤djoef¤djoef".into()));
    fires("ORG-001", |o, _| o.phone = Some("ring til os".into()));
    fires("ORG-001", |o, _| {
        o.email = None;
        o.phone = None;
    });
}

#[test]
fn org_002_org_number() {
    fires("ORG-002", |o, _| o.org_number = None);
    fires("ORG-002", |o, _| {
        o.org_number = Some(OrgNumber::Cvr("13748137".into()))
    });
    fires("ORG-002", |o, _| {
        o.recipients[0].org_number = Some(OrgNumber::Cvr("39488915".into()))
    });
    fires("ORG-002", |o, _| {
        o.country = "NO".into();
        o.phone = None;
        o.org_number = Some(OrgNumber::NoOrgnr("123456786".into()));
    });
}

#[test]
fn org_002_valid_norwegian_number_passes() {
    let mut o = clean_org();
    o.country = "NO".into();
    o.phone = Some("916 49 618".into());
    o.org_number = Some(OrgNumber::NoOrgnr("974760673".into()));
    let report = run(&o, &[clean_activity()]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn org_003_dpo_for_public_authorities() {
    fires("ORG-003", |o, _| o.kind = OrgKind::PublicAuthority);
}

#[test]
fn org_004_representative() {
    fires("ORG-004", |o, _| {
        o.country = "US".into();
        o.org_number = None;
        o.phone = None;
        o.art3_2_applies = true;
    });
}

#[test]
fn org_005_joint_controllers() {
    fires("ORG-005", |o, _| {
        o.joint_controllers.push(JointController {
            organisation: "unknown".into(),
            arrangement_ref: None,
            scope: None,
        })
    });
}

#[test]
fn org_006_processor_names_its_controllers() {
    fires("ORG-006", |o, a| {
        o.role = OrgRole::Processor;
        a.role = ActivityRole::Processor;
        a.legal_bases.clear();
        a.on_behalf_of.push(ControllerServed {
            organisation: None,
            name: Some("kunden".into()),
            contact: None,
            processing: vec!["lagring".into()],
        });
    });
}

#[test]
fn act_001_to_003() {
    fires("ACT-001", |_, a| a.data_subjects.clear());
    fires("ACT-001", |_, a| a.purposes.clear());
    fires("ACT-002", |_, a| a.recipients.clear());
    fires("ACT-003", |_, a| a.legal_bases[0].article6 = None);
    fires("ACT-003", |_, a| {
        a.purposes.push(Purpose {
            id: "p2".into(),
            text: "Markedsføring".into(),
            outside_public_tasks: false,
        });
        a.legal_bases[0].purposes = vec!["p1".into()];
    });
}

#[test]
fn act_004_non_basis_article() {
    fires("ACT-004", |_, a| {
        a.legal_bases[0].text =
            Some("databeskyttelsesforordningens artikel 25, jf. artikel 6".into())
    });
}

#[test]
fn act_005_basis_particulars() {
    fires("ACT-005", |_, a| a.legal_bases[0].article6 = Some(Art6::C));
    fires("ACT-005", |_, a| a.legal_bases[0].article6 = Some(Art6::F));
}

#[test]
fn act_006_public_authority_legitimate_interest() {
    fires("ACT-006", |o, a| {
        o.kind = OrgKind::PublicAuthority;
        a.legal_bases[0].article6 = Some(Art6::F);
    });
}

#[test]
fn act_007_to_010() {
    fires("ACT-007", |o, _| o.security_measures = None);
    fires("ACT-008", |_, a| {
        a.data_categories[0].collected_from = Some(CollectedFrom::ThirdParty)
    });
    fires("ACT-009", |_, a| a.automated_decisions = None);
    fires("ACT-010", |_, a| {
        a.risk_criteria = vec![
            RiskCriterion::LargeScale,
            RiskCriterion::SystematicMonitoring,
        ]
    });
}

#[test]
fn act_011_legitimate_interests_without_an_assessment() {
    let on_f: Mutation = |_, a| {
        a.legal_bases[0].article6 = Some(Art6::F);
        a.legal_bases[0].legitimate_interest = Some("fraud prevention".into());
    };
    fires("ACT-011", on_f);
    let count = |report: &Report| {
        report
            .findings
            .iter()
            .filter(|f| f.rule == "ACT-011")
            .count()
    };

    // The finding is a warning at lia_ref, once per activity.
    let (mut o, mut a) = (clean_org(), clean_activity());
    on_f(&mut o, &mut a);
    a.legal_bases.push(a.legal_bases[0].clone());
    let report = run(&o, std::slice::from_ref(&a));
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == "ACT-011")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].field, "lia_ref");
    assert_eq!(found[0].severity.as_str(), "warning");

    // Linked: no finding.
    a.lia_ref = Some("https://intranet.example/lia/fraud-2025.pdf".into());
    assert_eq!(count(&run(&o, std::slice::from_ref(&a))), 0);

    // No Art. 6(1)(f) basis: no finding, with or without a link.
    let a = clean_activity();
    assert!(a.lia_ref.is_none());
    assert_eq!(count(&run(&clean_org(), &[a])), 0);

    // Recorded as not stated in the source: a known gap instead.
    let (mut o, mut a) = (clean_org(), clean_activity());
    on_f(&mut o, &mut a);
    a.not_stated.push(NotStated {
        field: "lia_ref".into(),
        note: Some("The policy names no assessment.".into()),
    });
    let report = run(&o, &[a]);
    assert_eq!(count(&report), 0, "{:#?}", report.findings);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == "GAP-001" && f.field == "not_stated[0]"),
        "{:#?}",
        report.findings
    );
}

#[test]
fn spc_rules() {
    fires("SPC-001", |_, a| {
        a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health])
    });
    fires("SPC-002", |_, a| {
        a.data_categories[0].kind = DataKind::Criminal
    });
    fires("SPC-003", |_, a| {
        a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr)
    });
    fires("SPC-004", |_, a| {
        a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::NoFnr)
    });
    fires("SPC-005", |_, a| {
        a.data_categories[0].name = "Helbredsoplysninger".into()
    });
    fires("SPC-006", |_, a| {
        a.notes = Some("Eksempel: 010203-1234".into())
    });
}

#[test]
fn spc_003_passes_with_section_11() {
    let mut a = clean_activity();
    a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr);
    a.data_categories[0].name = "Personnummer".into();
    a.national_id_bases.push(NationalIdBasis {
        scheme: NationalIdScheme::DkCpr,
        provision: "databeskyttelseslovens § 11, stk. 2, nr. 2".into(),
        justification: None,
        text: None,
    });
    a.risk_criteria.clear();
    let report = run(&clean_org(), &[a]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn xfr_rules() {
    fires("XFR-001", |_, a| {
        a.transfers.push(transfer(None, vec![Mechanism::Adequacy]))
    });
    fires("XFR-002", |_, a| {
        a.transfers.push(transfer(Some("CN"), vec![]))
    });
    fires("XFR-002", |_, a| {
        a.transfers.push(transfer(
            Some("CN"),
            vec![Mechanism::Scc {
                decision: None,
                module: None,
            }],
        ))
    });
    fires("XFR-003", |_, a| {
        a.transfers.push(transfer(
            Some("US"),
            vec![Mechanism::Named("Privacy Shield-certificering".into())],
        ))
    });
    fires("XFR-004", |_, a| {
        a.transfers
            .push(transfer(Some("CA"), vec![Mechanism::EuUsDpf]))
    });
    fires("XFR-005", |_, a| {
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
    });
    fires("XFR-006", |o, _| o.recipients[0].country = None);
    fires("XFR-007", |o, a| {
        o.country = "NO".into();
        o.org_number = Some(OrgNumber::NoOrgnr("974760673".into()));
        o.phone = None;
        a.transfers
            .push(transfer(Some("BR"), vec![Mechanism::Adequacy]));
    });
}

#[test]
fn structured_scc_to_third_country_passes() {
    let mut a = clean_activity();
    a.transfers.push(transfer(
        Some("CN"),
        vec![Mechanism::Scc {
            decision: Some("2021/914".into()),
            module: Some(2),
        }],
    ));
    let report = run(&clean_org(), &[a]);
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
}

#[test]
fn prc_and_cns_rules() {
    fires("PRC-001", |o, _| o.recipients[0].dpa_ref = None);
    fires("PRC-002", |o, a| {
        let mut twin = o.recipients[0].clone();
        twin.id = "hosting-own".into();
        twin.kind = RecipientKind::IndependentController;
        o.recipients.push(twin);
        a.recipients.push(RecipientUse {
            recipient: "hosting-own".into(),
            data: vec![],
            purpose: None,
        });
    });
    fires("CNS-001", |_, a| a.legal_bases[0].article6 = Some(Art6::A));
}

#[test]
fn ret_rules() {
    fires("RET-001", |_, a| a.retention.clear());
    fires("RET-002", |_, a| {
        a.retention[0].text = "så længe det er nødvendigt".into()
    });
    fires("RET-003", |_, a| {
        a.retention[0].rule = Retention::Indefinite {
            justification: None,
        }
    });
    fires("RET-004", |_, a| {
        a.retention[0].rule = Retention::Duration {
            period: "5 år".into(),
            bound: Bound::Exact,
        }
    });
    fires("RET-004", |_, a| a.retention[0].text = "op til 5 år".into());
    fires("RET-005", |_, a| {
        a.data_categories.push(DataCategory {
            id: "ip".into(),
            name: "IP-adresse".into(),
            kind: DataKind::Ordinary,
            subjects: vec![],
            collected_from: None,
            source: None,
            published: false,
        });
        a.retention[0].categories = vec!["kontakt".into()];
    });
}

#[test]
fn rev_001_review_overdue() {
    fires("REV-001", |_, a| {
        a.last_reviewed = Some("2025-01-01".into())
    });
}

/// REV-001 judges the review interval: the activity's, else its
/// organisation's, else a year. Today is 2026-11-23 here.
#[test]
fn rev_001_follows_the_review_interval() {
    let rev = |org_months: Option<u32>, act_months: Option<u32>, last: &str| {
        let mut org = clean_org();
        org.review_interval_months = org_months;
        let mut act = clean_activity();
        act.review_interval_months = act_months;
        act.last_reviewed = Some(last.into());
        run(&org, &[act])
            .findings
            .into_iter()
            .filter(|f| f.rule == "REV-001")
            .map(|f| f.message)
            .collect::<Vec<_>>()
    };
    // A year: due 2026-11-23 is not yet overdue on 2026-11-23.
    assert!(rev(None, None, "2025-11-23").is_empty());
    assert_eq!(
        rev(None, None, "2025-11-22"),
        ["last reviewed 2025-11-22, more than a year ago"]
    );
    // Six months set on the organisation.
    assert!(rev(Some(6), None, "2026-05-23").is_empty());
    assert_eq!(
        rev(Some(6), None, "2026-05-22"),
        ["last reviewed 2026-05-22; with a review every 6 months the next was due 2026-11-22"]
    );
    // The activity's own interval wins over the organisation's.
    assert!(rev(Some(6), Some(24), "2025-01-01").is_empty());
    assert_eq!(rev(Some(24), Some(3), "2026-08-01").len(), 1);
    // An interval out of range is not used: a year applies.
    assert!(rev(None, Some(0), "2026-01-01").is_empty());
}

#[test]
fn rev_003_review_interval_out_of_range() {
    fires("REV-003", |o, _| o.review_interval_months = Some(121));
    fires("REV-003", |_, a| a.review_interval_months = Some(0));
    for ok in [1, 12, 120] {
        let mut org = clean_org();
        org.review_interval_months = Some(ok);
        let mut act = clean_activity();
        act.review_interval_months = Some(ok);
        let report = run(&org, &[act]);
        assert!(
            !report.findings.iter().any(|f| f.rule == "REV-003"),
            "{ok}: {:#?}",
            report.findings
        );
    }
}

#[test]
fn acknowledgements() {
    let mut org = clean_org();
    org.address = None;
    org.acknowledgements.push(Acknowledgement {
        rule: "ORG-001".into(),
        at: Some("address".into()),
        kind: None,
        reason: "Not stated in the published policy.".into(),
        expires: "2027-01-01".into(),
    });
    let report = run(&org, &[clean_activity()]);
    assert_eq!(report.errors(), 0);
    assert_eq!(report.acknowledged(), 1);
    let f = &report.findings[0];
    assert_eq!(f.rule, "ORG-001");
    assert_eq!(
        f.acknowledged.as_ref().map(|a| a.expires.as_str()),
        Some("2027-01-01")
    );

    // Strict ignores acknowledgements.
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), &org, &[clean_activity()]);
    let loaded = load(dir.path()).expect("load");
    let strict = validate(
        &loaded,
        &Options {
            today: today(),
            strict: true,
        },
    );
    assert_eq!(strict.errors(), 1);
    assert_eq!(strict.acknowledged(), 0);

    // Expired: the finding counts again, and ACK-001 says why.
    let later = validate(
        &loaded,
        &Options {
            today: Date::parse("2027-01-02").expect("date"),
            strict: false,
        },
    );
    assert!(later.findings.iter().any(|f| f.rule == "ACK-001"));
    assert!(
        later
            .findings
            .iter()
            .any(|f| f.rule == "ORG-001" && f.is_active())
    );
    assert_eq!(later.errors(), 2);
}

#[test]
fn unused_or_unknown_acknowledgement_is_a_warning() {
    let mut org = clean_org();
    org.acknowledgements.push(Acknowledgement {
        rule: "ORG-001".into(),
        at: None,
        kind: None,
        reason: "x".into(),
        expires: "2027-01-01".into(),
    });
    org.acknowledgements.push(Acknowledgement {
        rule: "NOPE-1".into(),
        at: None,
        kind: None,
        reason: "x".into(),
        expires: "2027-01-01".into(),
    });
    let report = run(&org, &[clean_activity()]);
    assert_eq!(
        report
            .findings
            .iter()
            .filter(|f| f.rule == "ACK-002")
            .count(),
        2
    );
    assert_eq!(report.errors(), 0);
}
