//! What a citation says (issue 12, part 3) and precise text recognition
//! (part 4), through `validate` on registers written to disk: every
//! spelling in each table is a fixture, passing or failing.

mod common;

use common::{clean_activity, clean_org, write_register};
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::model::*;
use ropa::register::validate::{Finding, Options, validate};

fn run(org: &Organisation, act: &Activity) -> Vec<Finding> {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, std::slice::from_ref(act));
    let loaded = load(dir.path()).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    )
    .findings
}

fn of<'a>(findings: &'a [Finding], rule: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

/// A Norwegian organisation (Brønnøysundregistrene's own number).
fn norwegian_org() -> Organisation {
    let mut o = clean_org();
    o.country = "NO".into();
    o.org_number = Some(OrgNumber::NoOrgnr("974760673".into()));
    o.phone = Some("+47 75 00 75 00".into());
    o.recipients[0].country = Some("NO".into());
    o.recipients[0].org_number = None;
    o
}

fn public_org() -> Organisation {
    let mut o = clean_org();
    o.kind = OrgKind::PublicAuthority;
    o.dpo = Some(Dpo {
        designated: true,
        contact: Contact {
            email: Some("dpo@acme.dk".into()),
            ..Contact::default()
        },
    });
    o
}

#[test]
fn the_fixture_organisations_are_clean() {
    for org in [clean_org(), norwegian_org(), public_org()] {
        let f = run(&org, &clean_activity());
        assert!(f.is_empty(), "{}: {f:#?}", org.country);
    }
}

// ---- SPC-003: CPR numbers and databeskyttelsesloven § 11 ----

fn with_cpr(provision: &str) -> Activity {
    let mut a = clean_activity();
    a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr);
    a.national_id_bases.push(NationalIdBasis {
        scheme: NationalIdScheme::DkCpr,
        provision: provision.into(),
        justification: None,
        text: None,
    });
    a
}

#[test]
fn spc_003_section_11_however_typed_passes_for_a_private_body() {
    for p in [
        "databeskyttelseslovens § 11, stk. 2, nr. 1",
        "databeskyttelseslovens §11, stk. 2, nr. 1",
        "databeskyttelseslovens §11 stk.2 nr.1",
        "§ 11, stk. 2, nr. 4, jf. § 7, stk. 2",
        "§ 11 (2)(1)",
        "§ 11(2)(3) DBL",
        "DBL § 11, 2. stk., nr. 4",
        "§§ 11-12 i databeskyttelsesloven",
        "§§ 11–12",
        "paragraf 11, stk. 2",
        "§ 11, stk. 2, nr. 2 i lov nr. 502 af 23. maj 2018",
        "databeskyttelsesloven § 11",
    ] {
        let f = run(&clean_org(), &with_cpr(p));
        assert!(of(&f, "SPC-003").is_empty(), "{p}: {f:#?}");
    }
}

#[test]
fn spc_003_other_sections_and_laws_fail() {
    for (p, says) in [
        ("bogføringsloven § 11", "is not databeskyttelseslovens § 11"),
        (
            "databeskyttelseslovens § 12",
            "is not databeskyttelseslovens § 11",
        ),
        ("persondataloven § 11", "is not databeskyttelseslovens § 11"),
        ("§ 1 1", "is not databeskyttelseslovens § 11"),
        ("CPR-loven", "is not databeskyttelseslovens § 11"),
        (
            "databeskyttelseslovens § 11, stk. 1",
            "private bodies rely on § 11, stk. 2",
        ),
        ("§11 (1)", "private bodies rely on § 11, stk. 2"),
    ] {
        let f = run(&clean_org(), &with_cpr(p));
        let spc = of(&f, "SPC-003");
        assert_eq!(spc.len(), 1, "{p}: {f:#?}");
        assert!(spc[0].message.contains(says), "{p}: {}", spc[0].message);
        assert_eq!(spc[0].field, "data_categories[0].kind");
    }
}

#[test]
fn spc_003_public_authorities_need_subsection_1() {
    for p in [
        "§ 11, stk. 1",
        "§11(1)",
        "databeskyttelseslovens § 11, 1. stk.",
    ] {
        let f = run(&public_org(), &with_cpr(p));
        assert!(of(&f, "SPC-003").is_empty(), "{p}: {f:#?}");
    }
    let f = run(&public_org(), &with_cpr("§ 11, stk. 2, nr. 1"));
    assert!(
        of(&f, "SPC-003")[0]
            .message
            .contains("public authorities rely on § 11, stk. 1"),
        "{f:#?}"
    );
}

// ---- SPC-004: fødselsnummer and personopplysningsloven § 12 ----

fn with_fnr(provision: &str) -> Activity {
    let mut a = clean_activity();
    a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::NoFnr);
    a.national_id_bases.push(NationalIdBasis {
        scheme: NationalIdScheme::NoFnr,
        provision: provision.into(),
        justification: Some("Sikker identifisering ved utbetaling.".into()),
        text: None,
    });
    a
}

#[test]
fn spc_004_section_12_however_typed() {
    for p in [
        "personopplysningsloven § 12",
        "personopplysningslova §12",
        "popplyl. § 12 første ledd",
        "POL § 12",
        "§ 12",
        "§ 12 (1) i personopplysningsloven",
        "lov 15. juni 2018 nr. 38 § 12",
        "LOV-2018-06-15-38 § 12",
    ] {
        let f = run(&norwegian_org(), &with_fnr(p));
        assert!(of(&f, "SPC-004").is_empty(), "{p}: {f:#?}");
    }
    for p in [
        "personopplysningsloven § 11",
        "forvaltningsloven § 12",
        "§ 121",
        "folkeregisterloven",
    ] {
        let f = run(&norwegian_org(), &with_fnr(p));
        assert_eq!(of(&f, "SPC-004").len(), 1, "{p}: {f:#?}");
    }
}

// ---- SPC-007: what can carry Art. 9 data ----

fn with_special(article9: Option<Art9>, provision: &str) -> Activity {
    let mut a = clean_activity();
    a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health]);
    a.special_conditions.push(SpecialCondition {
        categories: vec![],
        article9,
        national_provision: Some(provision.into()),
        text: None,
    });
    a
}

#[test]
fn spc_007_danish_provisions_that_carry_special_data_pass() {
    for p in [
        "databeskyttelseslovens § 7, stk. 1",
        "databeskyttelseslovens §7 stk.2",
        "§ 7 (3)",
        "DBL § 10",
        "databeskyttelseslovens § 12",
        "§12",
        "databeskyttelseslovens §§ 7-8",
        "databeskyttelseslovens § 6 og § 7",
        "databeskyttelsesforordningens artikel 9, stk. 2, litra b",
        "art. 9(2)(h)",
        "artikkel 9 nr. 2 bokstav g",
        "§ 7, stk. 4 i lov nr. 502 af 23. maj 2018",
    ] {
        let f = run(&clean_org(), &with_special(None, p));
        assert!(of(&f, "SPC-007").is_empty(), "{p}: {f:#?}");
        assert!(of(&f, "SPC-001").is_empty(), "{p}: {f:#?}");
    }
}

#[test]
fn spc_007_other_provisions_warn_with_the_reason() {
    for p in [
        "bogføringsloven § 10",
        "§ 10 i bogføringsloven",
        "databeskyttelseslovens § 6, stk. 1",
        "databeskyttelseslovens § 11",
        "sundhedsloven § 42",
        "forordningens artikel 6, stk. 1, litra c",
        "artikel 9",
        "vores interne retningslinjer",
    ] {
        let f = run(&clean_org(), &with_special(None, p));
        let w = of(&f, "SPC-007");
        assert_eq!(w.len(), 1, "{p}: {f:#?}");
        assert_eq!(w[0].field, "special_conditions[0].national_provision");
        assert!(
            w[0].message
                .contains("databeskyttelsesloven § 7, § 10 or § 12")
        );
        assert!(w[0].message.contains("Art. 9(2)"));
        // A provision is given, so it is a warning, not the SPC-001 error.
        assert!(of(&f, "SPC-001").is_empty(), "{p}");
    }
    // With an Art. 9(2) letter, a sector law beside it is what implements it.
    let f = run(
        &clean_org(),
        &with_special(Some(Art9::H), "sundhedsloven § 42"),
    );
    assert!(of(&f, "SPC-007").is_empty(), "{f:#?}");
}

#[test]
fn spc_007_norwegian_provisions() {
    for p in [
        "personopplysningsloven § 6",
        "popplyl. § 9",
        "§ 7",
        "personopplysningslova §§ 6-7",
    ] {
        let f = run(&norwegian_org(), &with_special(None, p));
        assert!(of(&f, "SPC-007").is_empty(), "{p}: {f:#?}");
    }
    for p in [
        "personopplysningsloven § 8",
        "§ 12",
        "arbeidsmiljøloven § 9-1",
    ] {
        let f = run(&norwegian_org(), &with_special(None, p));
        assert_eq!(of(&f, "SPC-007").len(), 1, "{p}: {f:#?}");
    }
}

// ---- SPC-008: what can authorise Art. 10 data ----

fn with_criminal(provision: &str, official: bool) -> Activity {
    let mut a = clean_activity();
    a.data_categories[0].kind = DataKind::Criminal;
    a.criminal_basis = Some(CriminalBasis {
        official_authority: official,
        national_provision: Some(provision.into()),
        text: None,
    });
    a
}

#[test]
fn spc_008_criminal_provisions() {
    for p in [
        "databeskyttelseslovens § 8, stk. 3",
        "§8 stk.3",
        "DBL § 8 (4)",
        "databeskyttelseslovens § 10",
    ] {
        let f = run(&clean_org(), &with_criminal(p, false));
        assert!(of(&f, "SPC-008").is_empty(), "{p}: {f:#?}");
        assert!(of(&f, "SPC-002").is_empty(), "{p}: {f:#?}");
    }
    for p in [
        "bogføringsloven § 10",
        "straffeloven § 8",
        "databeskyttelseslovens § 7",
        "artikel 10",
    ] {
        let f = run(&clean_org(), &with_criminal(p, false));
        let w = of(&f, "SPC-008");
        assert_eq!(w.len(), 1, "{p}: {f:#?}");
        assert_eq!(w[0].field, "criminal_basis.national_provision");
        assert!(w[0].message.contains("databeskyttelsesloven § 8"));
    }
    // Under official authority the provision is the authority's own law.
    let f = run(&clean_org(), &with_criminal("retsplejeloven § 1", true));
    assert!(of(&f, "SPC-008").is_empty(), "{f:#?}");
    for p in ["personopplysningsloven § 11", "popplyl. § 11, jf. § 9"] {
        let f = run(&norwegian_org(), &with_criminal(p, false));
        assert!(of(&f, "SPC-008").is_empty(), "{p}: {f:#?}");
    }
    let f = run(
        &norwegian_org(),
        &with_criminal("personopplysningsloven § 9", false),
    );
    assert!(
        of(&f, "SPC-008")[0]
            .message
            .contains("personopplysningsloven § 11"),
        "{f:#?}"
    );
}

// ---- ACT-005: the law behind Art. 6(1)(c)/(e) ----

fn with_law_ref(letter: Art6, law_ref: &str) -> Activity {
    let mut a = clean_activity();
    a.legal_bases[0].article6 = Some(letter);
    a.legal_bases[0].law_ref = Some(law_ref.into());
    a
}

#[test]
fn act_005_laws_pass() {
    for l in [
        "Lov om barseludligning på det private arbejdsmarked",
        "Lov nr. 417 af 08/05/2006 om barseludligning",
        "bogføringslovens § 10",
        "§ 2 a, stk. 1 i lov om Digital Post",
        "bekendtgørelse nr. 1234 af 1. januar 2020",
        "forskrift om arbeidsgivers innsyn i e-postkasse",
        "arbeidsmiljøloven § 14-5",
        "skattekontrolloven",
        "Forordning (EU) 2016/679",
        "anden dansk lovgivning",
        "arbejdsretslovens § 13 og overenskomsten",
    ] {
        for letter in [Art6::C, Art6::E] {
            let f = run(&public_org(), &with_law_ref(letter, l));
            assert!(of(&f, "ACT-005").is_empty(), "{l}: {f:#?}");
        }
    }
}

#[test]
fn act_005_collective_agreements_and_non_laws_warn() {
    for l in [
        "kollektiv overenskomst",
        "den pågældende overenskomst",
        "overenskomstforhandlingerne mellem DA og LO i 1973",
        "Hovedoverenskomsten",
        "tariffavtalen",
        "Hovedavtalen LO-NHO",
        "kollektive aftaler",
        "collective agreement",
    ] {
        let f = run(&public_org(), &with_law_ref(Art6::C, l));
        let w = of(&f, "ACT-005");
        assert_eq!(w.len(), 1, "{l}: {f:#?}");
        assert_eq!(w[0].field, "legal_bases[0].law_ref");
        assert!(
            w[0].message.contains("is a collective agreement")
                && w[0].message.contains("Art. 6(3)"),
            "{l}: {}",
            w[0].message
        );
    }
    for l in ["kundens instruks", "intern politik", "lovlig interesse"] {
        let f = run(&public_org(), &with_law_ref(Art6::E, l));
        let w = of(&f, "ACT-005");
        assert_eq!(w.len(), 1, "{l}: {f:#?}");
        assert!(w[0].message.contains("names no law"), "{}", w[0].message);
    }
}

// ---- RET-003: why data are kept without a limit ----

fn indefinite(justification: &str) -> Activity {
    let mut a = clean_activity();
    a.retention[0].rule = Retention::Indefinite {
        justification: Some(justification.into()),
    };
    a.retention[0].text = "Opbevares uden tidsbegrænsning.".into();
    a
}

#[test]
fn ret_003_justifications_that_say_why_pass() {
    for j in [
        "arkivloven § 3",
        "Afleveres til Rigsarkivet efter arkivlovens regler",
        "arkivlova § 6",
        "Art. 89",
        "databeskyttelsesforordningens artikel 89, stk. 1",
        "statistiske formål",
        "videnskabelig forskning",
        "historical research",
        "bogføringsloven § 10",
        "Opbevaringen er nødvendig for at imødekomme en fleksibel anvendelse af statistikken.",
    ] {
        let f = run(&clean_org(), &indefinite(j));
        assert!(of(&f, "RET-003").is_empty(), "{j}: {f:#?}");
    }
}

#[test]
fn ret_003_justifications_that_do_not_say_why_warn() {
    for j in [
        "",
        "det er praktisk",
        "kan være nyttigt senere",
        "efter aftale med kunden",
        "for en sikkerheds skyld",
    ] {
        let f = run(&clean_org(), &indefinite(j));
        let w = of(&f, "RET-003");
        assert_eq!(w.len(), 1, "{j}: {f:#?}");
        assert_eq!(w[0].field, "retention[0].rule.justification");
        assert!(w[0].message.contains("Art. 89"), "{}", w[0].message);
    }
}

// ---- SPC-006: identifiers however written ----

fn with_notes(notes: &str) -> Activity {
    let mut a = clean_activity();
    a.notes = Some(notes.into());
    a
}

#[test]
fn spc_006_cpr_numbers_with_a_dash_a_space_or_nothing() {
    for text in [
        "Eksempel: 010203-1234",
        "Eksempel: 010203 1234",
        "Eksempel: 010203\u{a0}1234",
        "Eksempel: 010203–1234",
        "Eksempel: 0102031234",
        "(CPR: 010203 1234)",
        "P-nr. 1012871234, og CPR 010203-1234",
        "1012871234",
    ] {
        let f = run(&clean_org(), &with_notes(text));
        let hits = of(&f, "SPC-006");
        assert_eq!(hits.len(), 1, "{text}: {f:#?}");
        assert_eq!(hits[0].field, "notes");
        // The report does not repeat the number.
        assert!(!hits[0].message.contains("1234)"), "{}", hits[0].message);
    }
}

#[test]
fn spc_006_p_numbers_and_other_numbers_are_not_cpr() {
    for text in [
        "P-nr. 1012871234",
        "P-nr.: 1012871234",
        "p-nummer 1012871234",
        "P.nr. 1012871234",
        "pnr 1012871234",
        "P-enhed nr. 1012871234",
        "Produktionsenhedsnummer: 1012871234",
        "produktionsenhed 1012871234",
        "Lov nr. 417 af 08/05/2006",
        "tlf. 33 92 52 00",
        "CVR 34051178",
        "3102031234",
        "010203 123",
        "ordre 0102031234567",
        "1234567890",
    ] {
        let f = run(&clean_org(), &with_notes(text));
        assert!(of(&f, "SPC-006").is_empty(), "{text}: {f:#?}");
    }
}

#[test]
fn spc_006_fodselsnummer_with_a_space_or_dash() {
    for text in ["fnr 01019010046", "fnr 010190 10046", "fnr 010190-10046"] {
        let f = run(&norwegian_org(), &with_notes(text));
        assert_eq!(of(&f, "SPC-006").len(), 1, "{text}: {f:#?}");
    }
    let f = run(&norwegian_org(), &with_notes("fnr 010190 10047"));
    assert!(of(&f, "SPC-006").is_empty(), "{f:#?}");
}

// ---- SPC-005: category words on word boundaries, stems and forms ----

fn named(name: &str) -> Activity {
    let mut a = clean_activity();
    a.data_categories[0].name = name.into();
    a
}

#[test]
fn spc_005_stems_catch_their_forms() {
    for (name, suggests) in [
        ("Sygemelding", "special category"),
        ("Sygedagpenge", "special category"),
        ("Langtidssygemeldte", "special category"),
        ("Sygefravær", "special category"),
        ("Helbredsoplysninger", "special category"),
        ("Oplysninger om helbred", "special category"),
        ("Sundhedsoplysninger", "special category"),
        ("Sykmelding", "special category"),
        ("Sykefravær", "special category"),
        ("Lægeerklæring", "special category"),
        ("Partimedlemskab", "special category"),
        ("Politisk parti", "special category"),
        ("Partiets medlemmer", "special category"),
        ("Fagforeningsmedlemskab", "special category"),
        ("Medlemskab af fagforening", "special category"),
        ("Trade union membership", "special category"),
        ("Health data", "special category"),
        ("Religiøs overbevisning", "special category"),
        ("Etnisk oprindelse", "special category"),
        ("Ethnic origin", "special category"),
        ("Straffeattest", "criminal-offence"),
        ("Børneattest", "criminal-offence"),
        ("Politiattest", "criminal-offence"),
        ("CPR-nummer", "national identification"),
        ("Personnummer", "national identification"),
        ("Fødselsnummer", "national identification"),
        ("D-nummer", "national identification"),
    ] {
        let f = run(&clean_org(), &named(name));
        let w = of(&f, "SPC-005");
        assert_eq!(w.len(), 1, "{name}: {f:#?}");
        assert!(w[0].message.contains(suggests), "{name}: {}", w[0].message);
    }
}

#[test]
fn spc_005_false_friends_do_not_match() {
    for name in [
        "Participant list",
        "Participants",
        "Deltagere (participants)",
        "Particular wishes",
        "Partiel adgang",
        "Third parties",
        "Partner",
        "Departementets journal",
        "Sykkelparkering",
        "Syklister",
        "Racerbane",
        "Domænenavn",
        "Navn og adresse",
        "Cykel",
    ] {
        let f = run(&clean_org(), &named(name));
        assert!(of(&f, "SPC-005").is_empty(), "{name}: {f:#?}");
    }
}

// ---- ORG-002: numbers as printed, and placeholders ----

fn numbered(n: OrgNumber) -> Organisation {
    let mut o = if matches!(n, OrgNumber::NoOrgnr(_)) {
        norwegian_org()
    } else {
        clean_org()
    };
    o.org_number = Some(n);
    o
}

fn org_002(n: OrgNumber) -> Vec<String> {
    let f = run(&numbered(n), &clean_activity());
    let hits: Vec<String> = of(&f, "ORG-002")
        .iter()
        .map(|f| {
            assert_eq!(f.field, "org_number");
            assert_eq!(f.path, "acme/organisation.ron");
            f.message.clone()
        })
        .collect();
    hits
}

#[test]
fn org_002_numbers_written_as_printed_show_the_normalised_number() {
    for (raw, digits) in [
        ("3948 8914", "39488914"),
        ("39 48 89 14", "39488914"),
        ("DK39488914", "39488914"),
        ("DK-39488914", "39488914"),
        ("39.48.89.14", "39488914"),
        ("3948\u{a0}8914", "39488914"),
    ] {
        let m = org_002(OrgNumber::Cvr(raw.into()));
        assert_eq!(m.len(), 1, "{raw}: {m:?}");
        assert!(
            m[0].contains(&format!("`{digits}`")) && m[0].contains("passes the modulus 11"),
            "{raw}: {}",
            m[0]
        );
    }
    for raw in [
        "964 950 113",
        "964950113 MVA",
        "NO 964 950 113 MVA",
        "964-950-113",
    ] {
        let m = org_002(OrgNumber::NoOrgnr(raw.into()));
        assert_eq!(m.len(), 1, "{raw}: {m:?}");
        assert!(
            m[0].contains("`964950113`") && m[0].contains("passes"),
            "{raw}: {}",
            m[0]
        );
    }
    let m = org_002(OrgNumber::Cvr("3948 8915".into()));
    assert!(
        m[0].contains("`39488915`") && m[0].contains("fails the modulus 11"),
        "{m:?}"
    );
}

#[test]
fn org_002_placeholder_numbers_are_errors_by_class() {
    for (raw, class) in [
        ("00000000", "all one digit repeated"),
        ("11111111", "all one digit repeated"),
        ("99999999", "all one digit repeated"),
        ("10000000", "all but one digit the same"),
        ("12345678", "ascending run"),
        ("23456789", "ascending run"),
        ("01234567", "ascending run"),
        ("78901234", "ascending run"),
        ("87654321", "descending run"),
        ("12345674", "followed by its check digit"),
        ("12121212", "block of digits repeated"),
        ("1234 5678", "ascending run"),
    ] {
        let m = org_002(OrgNumber::Cvr(raw.into()));
        assert_eq!(m.len(), 1, "{raw}: {m:?}");
        assert!(
            m[0].contains("placeholder") && m[0].contains(class),
            "{raw}: {}",
            m[0]
        );
    }
    for (raw, class) in [
        ("000000000", "all one digit repeated"),
        ("999999999", "all one digit repeated"),
        ("123456789", "ascending run"),
        ("987654321", "descending run"),
        ("123456785", "followed by its check digit"),
        ("123123123", "block of digits repeated"),
    ] {
        let m = org_002(OrgNumber::NoOrgnr(raw.into()));
        assert_eq!(m.len(), 1, "{raw}: {m:?}");
        assert!(
            m[0].contains("placeholder") && m[0].contains(class),
            "{raw}: {}",
            m[0]
        );
    }
}

#[test]
fn org_002_real_numbers_pass_and_non_numbers_say_so() {
    for cvr in [
        "41849983", "34051178", "39488914", "10150817", "17150413", "31786401", "33052901",
        "26911745", "17517112", "13748136",
    ] {
        assert!(org_002(OrgNumber::Cvr(cvr.into())).is_empty(), "{cvr}");
    }
    for orgnr in ["974760673", "964950113", "923609016"] {
        assert!(
            org_002(OrgNumber::NoOrgnr(orgnr.into())).is_empty(),
            "{orgnr}"
        );
    }
    for raw in ["TBD", "xxxxxxxx", "1234", "ukendt", "394889141"] {
        let m = org_002(OrgNumber::Cvr(raw.into()));
        assert_eq!(m.len(), 1, "{raw}: {m:?}");
        assert!(
            m[0].contains("is not a number of 8 digits"),
            "{raw}: {}",
            m[0]
        );
    }
    let m = org_002(OrgNumber::Cvr("34051179".into()));
    assert!(
        m[0].contains("fails the modulus 11 check (8 digits"),
        "{m:?}"
    );
}
