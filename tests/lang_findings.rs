//! The sentence of every finding in Danish, Norwegian and English: every
//! message key the validator uses is in every catalogue; every finding of
//! the sample register and of failing registers reads in Danish and
//! Norwegian with nothing left in English or unfilled, and in English
//! exactly as its `message`; `ropa validate --lang da|nb` prints the
//! sentence in the language with its `path:line:col`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use common::{clean_activity, clean_org, sample_registry, transfer, write_register};
use ropa::register::date::Date;
use ropa::register::lang::{Lang, messages};
use ropa::register::load::load;
use ropa::register::model::*;
use ropa::register::validate::{Finding, Options, Report, validate};

fn today() -> Date {
    Date::parse("2026-11-23").expect("date")
}

fn report_of(dir: &Path) -> Report {
    let loaded = load(dir).expect("load");
    validate(
        &loaded,
        &Options {
            today: today(),
            strict: false,
        },
    )
}

fn run(org: &Organisation, acts: &[Activity]) -> Report {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), org, acts);
    report_of(dir.path())
}

type Mutation = fn(&mut Organisation, &mut Activity);

/// Changes to the clean register that make rules fire: between them,
/// most sentences of the validator.
const FAILING: &[Mutation] = &[
    |_, a| a.purposes.push(a.purposes[0].clone()),
    |_, a| a.recipients[0].recipient = "nobody".into(),
    |_, a| a.retention[0].categories.push("missing".into()),
    |_, a| a.data_subjects[0].id = "Kunder".into(),
    |_, a| a.last_reviewed = Some("2026-02-30".into()),
    |o, _| o.address = None,
    |o, _| o.email = Some("dk¤djoef¤djoef".into()),
    |o, _| o.phone = Some("ring til os".into()),
    |o, _| {
        o.email = None;
        o.phone = None;
        o.name = String::new();
    },
    |o, _| o.org_number = None,
    |o, _| o.org_number = Some(OrgNumber::Cvr("13748137".into())),
    |o, _| o.org_number = Some(OrgNumber::Cvr("1374 8136".into())),
    |o, _| o.org_number = Some(OrgNumber::Cvr("1234".into())),
    |o, _| o.org_number = Some(OrgNumber::Cvr("11111111".into())),
    |o, _| o.recipients[0].org_number = Some(OrgNumber::Cvr("39488915".into())),
    |o, _| {
        o.country = "NO".into();
        o.phone = None;
        o.org_number = Some(OrgNumber::NoOrgnr("123456786".into()));
    },
    |o, _| o.kind = OrgKind::PublicAuthority,
    |o, _| {
        o.country = "US".into();
        o.org_number = None;
        o.phone = None;
        o.art3_2_applies = true;
    },
    |o, _| o.country = "Tyskland".into(),
    |o, _| o.recipients[0].country = Some("XA".into()),
    |o, _| {
        o.joint_controllers.push(JointController {
            organisation: "unknown".into(),
            arrangement_ref: None,
            scope: None,
        })
    },
    |o, a| {
        o.role = OrgRole::Processor;
        a.role = ActivityRole::Processor;
        a.on_behalf_of.push(ControllerServed {
            organisation: None,
            name: Some("kunden".into()),
            contact: None,
            processing: vec![],
        });
    },
    |_, a| {
        a.data_subjects.clear();
        a.purposes.clear();
        a.data_categories.clear();
    },
    |_, a| a.recipients.clear(),
    |_, a| a.recipients_none = true,
    |_, a| a.legal_bases[0].article6 = None,
    |_, a| {
        a.purposes.push(Purpose {
            id: "p2".into(),
            text: "Markedsføring".into(),
            outside_public_tasks: false,
        });
        a.legal_bases[0].purposes = vec!["p1".into()];
    },
    |_, a| {
        a.legal_bases[0].text =
            Some("databeskyttelsesforordningens artikel 25, jf. artikel 6".into())
    },
    |_, a| a.legal_bases[0].article6 = Some(Art6::C),
    |_, a| a.legal_bases[0].article6 = Some(Art6::E),
    |_, a| {
        a.legal_bases[0].article6 = Some(Art6::C);
        a.legal_bases[0].law_ref = Some("overenskomsten".into());
    },
    |_, a| a.legal_bases[0].article6 = Some(Art6::F),
    |o, a| {
        o.kind = OrgKind::PublicAuthority;
        a.legal_bases[0].article6 = Some(Art6::F);
    },
    |o, _| o.security_measures = None,
    |_, a| a.data_categories[0].collected_from = Some(CollectedFrom::ThirdParty),
    |_, a| a.automated_decisions = None,
    |_, a| {
        a.risk_criteria = vec![
            RiskCriterion::LargeScale,
            RiskCriterion::SystematicMonitoring,
        ];
        a.data_subjects[0].vulnerable = true;
    },
    |_, a| a.data_categories[0].kind = DataKind::Special(vec![SpecialKind::Health]),
    |_, a| a.data_categories[0].kind = DataKind::Criminal,
    |_, a| a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::DkCpr),
    |_, a| a.data_categories[0].kind = DataKind::NationalId(NationalIdScheme::NoFnr),
    |_, a| a.data_categories[0].name = "Helbredsoplysninger".into(),
    |_, a| a.notes = Some("Eksempel: 010203-1234".into()),
    |_, a| a.transfers.push(transfer(None, vec![Mechanism::Adequacy])),
    |_, a| a.transfers.push(transfer(Some("CN"), vec![])),
    |_, a| a.transfers.push(transfer(Some("UK"), vec![])),
    |_, a| {
        a.transfers.push(transfer(
            Some("CN"),
            vec![Mechanism::Scc {
                decision: None,
                module: None,
            }],
        ))
    },
    |_, a| {
        a.transfers.push(transfer(
            Some("US"),
            vec![Mechanism::Named("Privacy Shield-certificering".into())],
        ))
    },
    |_, a| {
        a.transfers
            .push(transfer(Some("CA"), vec![Mechanism::EuUsDpf]))
    },
    |o, a| {
        o.kind = OrgKind::PublicAuthority;
        let mut t = transfer(
            Some("CN"),
            vec![Mechanism::Derogation {
                letter: None,
                safeguards_documentation: None,
                sa_notified: false,
            }],
        );
        t.regular = true;
        a.transfers.push(t);
    },
    |o, _| o.recipients[0].country = None,
    |o, _| o.recipients[0].country = Some("CN".into()),
    |o, a| {
        o.country = "NO".into();
        o.org_number = Some(OrgNumber::NoOrgnr("974760673".into()));
        o.phone = None;
        a.transfers
            .push(transfer(Some("BR"), vec![Mechanism::Adequacy]));
    },
    |o, _| {
        o.recipients[0].dpa_ref = None;
        o.recipients[0].sub_processors = SubProcessors::Unknown;
    },
    |o, a| {
        let mut twin = o.recipients[0].clone();
        twin.id = "hosting-own".into();
        twin.kind = RecipientKind::IndependentController;
        o.recipients.push(twin);
        a.recipients.push(RecipientUse {
            recipient: "hosting-own".into(),
            data: vec![],
            purpose: None,
        });
    },
    |_, a| a.legal_bases[0].article6 = Some(Art6::A),
    |_, a| a.retention.clear(),
    |_, a| a.retention[0].text = "så længe det er nødvendigt".into(),
    |_, a| {
        a.retention[0].rule = Retention::Indefinite {
            justification: None,
        }
    },
    |_, a| {
        a.retention[0].rule = Retention::Indefinite {
            justification: Some("det er praktisk".into()),
        }
    },
    |_, a| {
        a.retention[0].rule = Retention::Duration {
            period: "5 år".into(),
            bound: Bound::Exact,
        }
    },
    |_, a| {
        a.retention[0].rule = Retention::Duration {
            period: "P200Y".into(),
            bound: Bound::Exact,
        }
    },
    |_, a| {
        a.retention[0].text = "Slettes efter 3 år".into();
        a.retention[0].rule = Retention::Duration {
            period: "P5Y".into(),
            bound: Bound::Exact,
        }
    },
    |_, a| a.retention[0].text = "op til 5 år".into(),
    |_, a| {
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
    },
    |_, a| a.last_reviewed = Some("2025-01-01".into()),
    |_, a| a.last_reviewed = Some("2027-01-01".into()),
    |o, _| {
        o.address = None;
        o.acknowledgements.push(Acknowledgement {
            rule: "ORG-001".into(),
            at: Some("address".into()),
            kind: None,
            reason: "Ikke oplyst.".into(),
            expires: "2026-01-01".into(),
        });
        o.acknowledgements.push(Acknowledgement {
            rule: "ORG-999".into(),
            at: None,
            kind: None,
            reason: "x".into(),
            expires: "2027-01-01".into(),
        });
        o.acknowledgements.push(Acknowledgement {
            rule: "ORG-002".into(),
            at: None,
            kind: None,
            reason: "x".into(),
            expires: "2027-13-01".into(),
        });
    },
    |o, _| {
        o.acknowledgements.push(Acknowledgement {
            rule: "ORG-003".into(),
            at: Some("dpo".into()),
            kind: None,
            reason: "x".into(),
            expires: "2027-01-01".into(),
        });
    },
    |_, a| {
        a.not_stated.push(NotStated {
            field: "recipients[0].colour".into(),
            note: None,
        });
        a.not_stated.push(NotStated {
            field: "purposes".into(),
            note: Some("Kilden siger intet.".into()),
        });
    },
];

/// Every finding of the failing registers and of the sample register.
fn findings() -> Vec<Finding> {
    let mut all = report_of(&sample_registry()).findings;
    for mutate in FAILING {
        let mut org = clean_org();
        let mut act = clean_activity();
        mutate(&mut org, &mut act);
        all.extend(run(&org, &[act]).findings);
    }
    all
}

/// The message keys written in the validator's source.
fn keys_in_code() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/register/validate");
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("read_dir") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        for part in text.split("\"finding-").skip(1) {
            let key: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if part[key.len()..].starts_with('"') {
                keys.insert(format!("finding-{key}"));
            }
        }
    }
    keys
}

#[test]
fn every_message_key_of_the_validator_is_in_every_catalogue() {
    let used = keys_in_code();
    assert!(used.len() > 120, "{} keys found in the code", used.len());
    for lang in Lang::ALL {
        let keys: BTreeSet<String> = messages::keys(lang).into_iter().collect();
        let missing: Vec<&String> = used.iter().filter(|k| !keys.contains(*k)).collect();
        assert!(missing.is_empty(), "locales/{lang}.ftl lacks {missing:?}");
    }
}

#[test]
fn every_finding_reads_in_danish_and_norwegian_and_in_english_as_its_message() {
    let all = findings();
    let keys: BTreeSet<&str> = all
        .iter()
        .filter_map(|f| f.msg.as_ref().map(|m| m.key))
        .collect();
    assert!(keys.len() >= 75, "only {} sentences exercised", keys.len());
    for f in &all {
        let Some(msg) = &f.msg else {
            // Only a file that cannot be read has no sentence key.
            assert_eq!(f.rule, "LOAD-001", "{f:#?}");
            continue;
        };
        assert_eq!(msg.render(Lang::En), f.message, "{}", msg.key);
        assert_eq!(f.message_in(Lang::En), f.message);
        for lang in [Lang::Da, Lang::Nb] {
            let text = f.message_in(lang);
            assert_ne!(text, f.message, "{lang}: {} is English", msg.key);
            assert_ne!(text, msg.key, "{lang}: {} is not in the catalogue", msg.key);
            for leftover in ["{$", "{ $", "finding-word-", "finding-"] {
                assert!(
                    !text.contains(leftover),
                    "{lang}: {}: {leftover} in {text}",
                    msg.key
                );
            }
        }
    }
}

#[test]
fn model_words_in_a_sentence_are_in_the_readers_language() {
    let mut org = clean_org();
    let mut act = clean_activity();
    let mut twin = org.recipients[0].clone();
    twin.id = "hosting-own".into();
    twin.kind = RecipientKind::IndependentController;
    org.recipients.push(twin);
    act.recipients.push(RecipientUse {
        recipient: "hosting-own".into(),
        data: vec![],
        purpose: None,
    });
    let report = run(&org, &[act]);
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == "PRC-002")
        .expect("PRC-002");
    assert!(
        f.message
            .contains("as Processor and as IndependentController"),
        "{}",
        f.message
    );
    let da = f.message_in(Lang::Da);
    assert!(
        da.contains("som databehandler og som selvstændig dataansvarlig"),
        "{da}"
    );
    let nb = f.message_in(Lang::Nb);
    assert!(
        nb.contains("som databehandler og som selvstendig behandlingsansvarlig"),
        "{nb}"
    );
}

/// Runs ropa on `args` in the C locale, with nothing of the user's
/// configuration.
fn ropa(args: &[&str]) -> Output {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("ROPA_REGISTRY")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", "C")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .output()
        .expect("run ropa")
}

#[test]
fn validate_prints_the_sentence_in_the_chosen_language_at_its_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let org = clean_org();
    let mut act = clean_activity();
    act.legal_bases[0].article6 = None;
    write_register(dir.path(), &org, &[act]);
    let path = dir.path().to_str().expect("utf-8 path");
    let report = report_of(dir.path());
    let f = report
        .findings
        .iter()
        .find(|f| f.rule == "ACT-003" && f.field.starts_with("purposes"))
        .expect("ACT-003");
    let place = format!("{}:{}:{}", f.path, f.line, f.column);
    for (lang, sentence, label) in [
        (
            "da",
            "formålet `p1` har intet behandlingsgrundlag efter art. 6, stk. 1",
            "fejl[ACT-003]",
        ),
        (
            "nb",
            "formålet `p1` har ikke noe behandlingsgrunnlag etter art. 6 nr. 1",
            "feil[ACT-003]",
        ),
        (
            "en",
            "purpose `p1` has no Art. 6(1) legal basis",
            "error[ACT-003]",
        ),
    ] {
        let out = ropa(&["--lang", lang, "validate", path]);
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let block = text
            .split("\n\n")
            .find(|b| b.contains(sentence))
            .unwrap_or_else(|| panic!("{lang}: no `{sentence}` in\n{text}"));
        assert!(
            block.contains(&format!("{label}: {sentence}")),
            "{lang}:\n{block}"
        );
        assert!(block.contains(&place), "{lang}: no {place} in\n{block}");
    }
    // JSON and GitHub annotations keep the English sentence.
    let out = ropa(&["--lang", "da", "validate", "--format", "json", path]);
    let json = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        json.contains("purpose `p1` has no Art. 6(1) legal basis"),
        "{json}"
    );
    assert!(!json.contains("behandlingsgrundlag efter"), "{json}");
    let out = ropa(&["--lang", "nb", "validate", "--format", "github", path]);
    let gh = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        gh.contains("purpose `p1` has no Art. 6(1) legal basis"),
        "{gh}"
    );
}
