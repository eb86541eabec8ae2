//! Attacks on the validator's trust promises: a wrong register that must
//! not pass, and a register written by the book that must not fail. Each
//! test is one attack, written as a DPO or reviewer would type it.

mod common;

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

/// Validates a register of the clean organisation and activity, with the
/// organisation file's text replaced by `org_text` when given and the
/// activity by `act`.
fn run(org_text: Option<&str>, act: &Activity) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), &clean_org(), std::slice::from_ref(act));
    if let Some(text) = org_text {
        std::fs::write(dir.path().join("acme/organisation.ron"), text).expect("write");
    }
    let loaded = load(dir.path()).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    validate(&loaded, &options())
}

fn kindless_ack(rule: &str) -> Acknowledgement {
    Acknowledgement {
        rule: rule.into(),
        at: None,
        kind: None,
        reason: "Kilden oplyser det ikke.".into(),
        expires: "2027-12-31".into(),
    }
}

fn active<'a>(r: &'a Report, rule: &'a str) -> Vec<&'a Finding> {
    r.findings
        .iter()
        .filter(|f| f.rule == rule && f.is_active())
        .collect()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"))
}

/// ropa writes a processor with no sub-processors as `sub_processors:
/// r#None`. The position index read that as a raw string and stopped
/// there, so every later value of the file counted as not written: a CPR
/// number typed into the rights text was a "missing value" that an
/// acknowledgement without kind hid, and CI passed.
#[test]
fn a_value_after_r_none_is_a_written_value() {
    let mut org = clean_org();
    org.data_subject_rights = Some("Skriv til Jens Hansen, CPR 010170-1234.".into());
    org.acknowledgements = vec![kindless_ack("SPC-006")];
    let text = to_canonical(&org).expect("serialise");
    assert!(text.contains("r#None"), "{text}");
    let r = run(Some(&text), &clean_activity());
    let spc = active(&r, "SPC-006");
    assert_eq!(spc.len(), 1, "{:#?}", r.findings);
    assert_eq!(spc[0].kind, FindingKind::Invalid);
    assert_eq!(spc[0].line, line_of(&text, "010170"));
    assert!(r.errors() >= 1);
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule == "ACK-002" && f.path.ends_with("organisation.ron")),
        "the kindless acknowledgement matches nothing: {:#?}",
        r.findings
    );
}

/// A field written as a raw identifier (`r#id`) is valid RON; it blinded
/// the position index for the whole record, so a wrong e-mail was placed
/// at 1:1 as a missing value and hidden by an acknowledgement without
/// kind.
#[test]
fn a_raw_field_name_does_not_blind_the_index() {
    let mut org = clean_org();
    org.recipients[0].sub_processors = SubProcessors::Unknown;
    org.email = Some("privacy(at)acme".into());
    org.acknowledgements = vec![kindless_ack("ORG-001")];
    let text = to_canonical(&org).expect("serialise").replacen(
        "    id: \"acme\"",
        "    r#id: \"acme\"",
        1,
    );
    let r = run(Some(&text), &clean_activity());
    let org001 = active(&r, "ORG-001");
    assert_eq!(org001.len(), 1, "{:#?}", r.findings);
    assert_eq!(org001[0].kind, FindingKind::Invalid);
    assert_eq!(org001[0].line, line_of(&text, "privacy(at)acme"));
}

/// A recipient with a wrong country code (`UK`) listed after a processor
/// with `sub_processors: r#None`: a `not_stated` entry for its country hid
/// the XFR-008 error, as if the country were not written.
#[test]
fn not_stated_cannot_hide_a_written_country_after_r_none() {
    let mut org = clean_org();
    let mut crm = org.recipients[0].clone();
    crm.id = "crm".into();
    crm.name = "CRM Ltd".into();
    crm.country = Some("UK".into());
    crm.org_number = None;
    org.recipients.push(crm);
    org.not_stated = vec![NotStated {
        field: "recipients[1].country".into(),
        note: Some("Politikken oplyser ikke landet.".into()),
    }];
    let text = to_canonical(&org).expect("serialise");
    let r = run(Some(&text), &clean_activity());
    let xfr = active(&r, "XFR-008");
    assert_eq!(xfr.len(), 1, "{:#?}", r.findings);
    assert_eq!(xfr[0].line, line_of(&text, "\"UK\""));
    assert!(
        active(&r, "GAP-002").len() == 1 && active(&r, "GAP-001").is_empty(),
        "the entry names a field the record fills: {:#?}",
        r.findings
    );
}

/// `recipients[ 0 ].country` names the same field as
/// `recipients[0].country`. Written with spaces, an entry for a country
/// that is filled was listed as a known gap (GAP-001) instead of GAP-002,
/// and one for a missing country was a gap that stood in for nothing.
#[test]
fn a_spaced_index_names_the_same_field() {
    let entry = |field: &str| NotStated {
        field: field.into(),
        note: None,
    };
    // Filled: the entry is stale however it is spelt.
    let mut org = clean_org();
    org.not_stated = vec![entry("recipients[ 0 ].country")];
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    assert_eq!(active(&r, "GAP-002").len(), 1, "{:#?}", r.findings);
    assert!(active(&r, "GAP-001").is_empty(), "{:#?}", r.findings);

    // Missing: both spellings stand in for the missing country alike.
    let rules = |spelling: &str| {
        let mut org = clean_org();
        org.recipients[0].country = None;
        org.not_stated = vec![entry(spelling)];
        let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
        let mut v: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.is_active())
            .map(|f| f.rule)
            .collect();
        v.sort_unstable();
        v
    };
    let plain = rules("recipients[0].country");
    assert_eq!(plain, vec!["GAP-001"]);
    assert_eq!(rules("recipients[ 0 ].country"), plain);
}

/// A CPR basis written as Danish lawyers write it, with the GDPR article
/// it implements after `jf.`: the `§ 11` was read as the GDPR's, and the
/// correct register got a false SPC-003 error.
#[test]
fn cpr_basis_with_jf_gdpr_article_is_section_11() {
    for provision in [
        "databeskyttelseslovens § 11, stk. 2, nr. 1, jf. databeskyttelsesforordningens artikel 87",
        "databeskyttelseslovens § 11, stk. 2, nr. 1 jf. GDPR art. 87",
        "§ 11, stk. 2, nr. 1, jf. forordningens artikel 87",
    ] {
        let mut act = clean_activity();
        act.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr);
        act.data_categories[0].name = "Navn og CPR-nummer".into();
        act.national_id_bases = vec![NationalIdBasis {
            scheme: NationalIdScheme::DkCpr,
            provision: provision.into(),
            justification: None,
            text: None,
        }];
        let r = run(None, &act);
        assert!(
            active(&r, "SPC-003").is_empty(),
            "{provision}: {:#?}",
            r.findings
        );
        assert_eq!(r.errors(), 0, "{provision}: {:#?}", r.findings);
    }
}

/// The same for criminal-offence data: `databeskyttelseslovens § 8, stk. 3,
/// jf. databeskyttelsesforordningens artikel 10` is DBL § 8 and carries
/// Art. 10 data (no false SPC-008).
#[test]
fn criminal_basis_with_jf_gdpr_article_is_section_8() {
    for provision in [
        "databeskyttelseslovens § 8, stk. 3, jf. databeskyttelsesforordningens artikel 10",
        "databeskyttelseslovens § 8, stk. 3, jf. GDPR art. 10",
        "§ 8, stk. 3, jf. forordningens artikel 10",
    ] {
        let mut act = clean_activity();
        act.data_categories[0].kind = DataKind::Criminal;
        act.data_categories[0].name = "Oplysninger om strafbare forhold".into();
        act.criminal_basis = Some(CriminalBasis {
            official_authority: false,
            national_provision: Some(provision.into()),
            text: None,
        });
        let r = run(None, &act);
        assert!(
            active(&r, "SPC-008").is_empty(),
            "{provision}: {:#?}",
            r.findings
        );
    }
}

/// An acknowledgement of a written value without a place (`at`) covered
/// every wrong value of its rule in the file: acknowledging the telephone
/// number as the policy prints it also hid a wrong e-mail typed later.
#[test]
fn an_acknowledged_value_without_a_place_hides_no_other_value() {
    let mut org = clean_org();
    org.phone = Some("33 12 34 56 (hverdage 9-15)".into());
    org.email = Some("privacy@acme".into());
    let ack = |at: Option<&str>| Acknowledgement {
        rule: "ORG-001".into(),
        at: at.map(Into::into),
        kind: Some(FindingKind::Invalid),
        reason: "Politikken skriver telefonnummeret sådan.".into(),
        expires: "2027-12-31".into(),
    };

    org.acknowledgements = vec![ack(None)];
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    let fields: Vec<&str> = active(&r, "ORG-001")
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["email", "phone"], "{:#?}", r.findings);
    let ack002 = active(&r, "ACK-002");
    assert_eq!(ack002.len(), 1, "{:#?}", r.findings);
    assert!(
        ack002[0].message.contains("email, phone"),
        "{}",
        ack002[0].message
    );

    // Named by its place, it covers the telephone number only.
    org.acknowledgements = vec![ack(Some("phone"))];
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    let fields: Vec<&str> = active(&r, "ORG-001")
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["email"], "{:#?}", r.findings);
    assert_eq!(r.acknowledged(), 1);
}

/// An acknowledgement of a written value at a parent path (`recipients`)
/// covered the wrong country of a recipient added later.
#[test]
fn an_acknowledged_value_at_a_parent_path_hides_no_later_item() {
    let mut org = clean_org();
    org.recipients[0].country = Some("UK".into());
    org.acknowledgements = vec![Acknowledgement {
        rule: "XFR-008".into(),
        at: Some("recipients".into()),
        kind: Some(FindingKind::Invalid),
        reason: "Politikken skriver UK.".into(),
        expires: "2027-12-31".into(),
    }];
    let mut later = org.recipients[0].clone();
    later.id = "crm".into();
    later.country = Some("Japan".into());
    org.recipients.push(later);
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    let fields: Vec<&str> = active(&r, "XFR-008")
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert!(
        fields.contains(&"recipients[1].country"),
        "{:#?}",
        r.findings
    );
    assert_eq!(active(&r, "ACK-002").len(), 1, "{:#?}", r.findings);

    // At the value's own place it covers that value and no other.
    org.acknowledgements[0].at = Some("recipients[0].country".into());
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    let fields: Vec<&str> = active(&r, "XFR-008")
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, vec!["recipients[1].country"], "{:#?}", r.findings);
    assert_eq!(r.acknowledged(), 1);
}

/// `Some("")` states nothing: an empty Art. 9 provision, Art. 10 provision
/// or legitimate interest stood in for the missing condition, so special
/// category data without any condition passed CI (SPC-001 gone, only an
/// SPC-007 warning), criminal data likewise (SPC-002), and Art. 6(1)(f)
/// without the interest pursued raised nothing (ACT-005).
#[test]
fn an_empty_text_is_no_condition() {
    for blank in ["", "   "] {
        let mut act = clean_activity();
        act.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health]);
        act.data_categories[0].name = "Helbredsoplysninger".into();
        act.special_conditions = vec![SpecialCondition {
            categories: vec![],
            article9: None,
            national_provision: Some(blank.into()),
            text: None,
        }];
        let r = run(None, &act);
        assert_eq!(
            active(&r, "SPC-001").len(),
            1,
            "{blank:?}: {:#?}",
            r.findings
        );
        assert!(r.errors() >= 1);

        let mut act = clean_activity();
        act.data_categories[0].kind = DataKind::Criminal;
        act.data_categories[0].name = "Straffeattester".into();
        act.criminal_basis = Some(CriminalBasis {
            official_authority: false,
            national_provision: Some(blank.into()),
            text: None,
        });
        let r = run(None, &act);
        assert_eq!(
            active(&r, "SPC-002").len(),
            1,
            "{blank:?}: {:#?}",
            r.findings
        );

        let mut act = clean_activity();
        act.legal_bases[0].article6 = Some(Art6::F);
        act.legal_bases[0].legitimate_interest = Some(blank.into());
        act.legal_bases[0].text = None;
        let r = run(None, &act);
        assert_eq!(
            active(&r, "ACT-005").len(),
            1,
            "{blank:?}: {:#?}",
            r.findings
        );

        let mut org = clean_org();
        org.recipients[0].dpa_ref = Some(blank.into());
        let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
        assert_eq!(
            active(&r, "PRC-001").len(),
            1,
            "{blank:?}: {:#?}",
            r.findings
        );
    }
}

/// A `not_stated` entry for a whole recipient is stale (the recipient is
/// written: GAP-002), yet it silenced XFR-006 for the recipient's missing
/// country in every activity.
#[test]
fn a_stale_entry_for_a_whole_recipient_silences_no_transfer_warning() {
    let mut org = clean_org();
    org.recipients[0].country = None;
    org.not_stated = vec![NotStated {
        field: "recipients[0]".into(),
        note: None,
    }];
    let r = run(Some(&to_canonical(&org).expect("ron")), &clean_activity());
    assert_eq!(active(&r, "GAP-002").len(), 1, "{:#?}", r.findings);
    assert_eq!(active(&r, "XFR-006").len(), 1, "{:#?}", r.findings);
}

/// An id is the register's own, not a fact a source states: a
/// `not_stated` entry for it turned the structural error of an empty id
/// (STR-004, the id must equal the file name) into a known-gap warning,
/// and CI passed.
#[test]
fn not_stated_does_not_stand_in_for_the_register_structure() {
    type Blank = fn(&mut Activity);
    let cases: [(&str, Blank); 2] = [
        ("id", |a| a.id = String::new()),
        ("data_subjects[0].id", |a| {
            a.data_subjects[0].id = String::new()
        }),
    ];
    for (field, blank) in cases {
        let mut act = clean_activity();
        act.not_stated = vec![NotStated {
            field: field.into(),
            note: None,
        }];
        let dir = tempfile::tempdir().expect("tempdir");
        write_register(dir.path(), &clean_org(), std::slice::from_ref(&act));
        blank(&mut act);
        std::fs::write(
            dir.path().join("acme/activities/kundeservice.ron"),
            to_canonical(&act).expect("ron"),
        )
        .expect("write");
        let loaded = load(dir.path()).expect("load");
        let r = validate(&loaded, &options());
        assert!(r.errors() >= 1, "{field}: {:#?}", r.findings);
        assert_eq!(active(&r, "GAP-002").len(), 1, "{field}: {:#?}", r.findings);
        assert!(
            active(&r, "GAP-001").is_empty(),
            "{field}: {:#?}",
            r.findings
        );
    }
}

/// An acknowledgement names its list item by id (`purposes[id=statistik]`,
/// as `= acknowledge as:` suggests it): a purpose inserted before the
/// acknowledged one does not take over its acknowledgement, so the new
/// purpose without any Art. 6(1) basis fails CI.
#[test]
fn an_acknowledgement_does_not_move_to_a_purpose_inserted_before_it() {
    let mut act = clean_activity();
    act.purposes.push(Purpose {
        id: "statistik".into(),
        text: "Statistik over henvendelser.".into(),
        outside_public_tasks: false,
    });
    act.legal_bases[0].purposes = vec!["p1".into()];
    act.acknowledgements = vec![Acknowledgement {
        rule: "ACT-003".into(),
        // The place as ropa suggests it: the purpose by its id.
        at: Some("purposes[id=statistik]".into()),
        kind: Some(FindingKind::Invalid),
        reason: "Politikken nævner intet retsgrundlag for statistik.".into(),
        expires: "2027-12-31".into(),
    }];
    assert_eq!(run(None, &act).errors(), 0);
    // A new purpose without a basis, put before the acknowledged one; the
    // acknowledged one is then given a basis.
    act.purposes.insert(
        1,
        Purpose {
            id: "markedsfoering".into(),
            text: "Nyhedsbreve og målrettet markedsføring.".into(),
            outside_public_tasks: false,
        },
    );
    act.legal_bases[0].purposes.push("statistik".into());
    let r = run(None, &act);
    let act003 = active(&r, "ACT-003");
    assert_eq!(act003.len(), 1, "{:#?}", r.findings);
    assert!(act003[0].message.contains("markedsfoering"));
}

/// An acknowledgement by id follows its item when the list is reordered,
/// and one naming an id the record no longer has is reported, located.
#[test]
fn an_acknowledgement_by_id_follows_its_item_and_reports_a_removed_one() {
    let mut act = clean_activity();
    act.purposes.push(Purpose {
        id: "statistik".into(),
        text: "Statistik over henvendelser.".into(),
        outside_public_tasks: false,
    });
    act.legal_bases[0].purposes = vec!["p1".into()];
    act.acknowledgements = vec![Acknowledgement {
        rule: "ACT-003".into(),
        at: Some("purposes[id=statistik]".into()),
        kind: Some(FindingKind::Invalid),
        reason: "Politikken nævner intet retsgrundlag for statistik.".into(),
        expires: "2027-12-31".into(),
    }];
    assert_eq!(run(None, &act).errors(), 0);
    // Reordered: the acknowledgement still covers the same purpose.
    act.purposes.reverse();
    let r = run(None, &act);
    assert_eq!(r.errors(), 0, "{:#?}", r.findings);
    // Removed: nothing to cover, and the acknowledgement says so at its place.
    act.purposes.retain(|p| p.id != "statistik");
    let r = run(None, &act);
    let stale: Vec<_> = r.findings.iter().filter(|f| f.rule == "ACK-002").collect();
    assert_eq!(stale.len(), 1, "{:#?}", r.findings);
    assert!(
        stale[0].message.contains("purposes[id=statistik]"),
        "{}",
        stale[0].message
    );
    assert_eq!(stale[0].field, "acknowledgements[0].at");
}

/// ropa suggests the id form: each finding in a list item with an id has
/// its place named by that id, also in `--format json`.
#[test]
fn findings_name_list_items_by_id() {
    let mut act = clean_activity();
    act.legal_bases.clear();
    let r = run(None, &act);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "ACT-003" && f.field == "purposes[0]")
        .unwrap_or_else(|| panic!("{:#?}", r.findings));
    assert_eq!(f.anchor.as_deref(), Some("purposes[id=p1]"));
}
