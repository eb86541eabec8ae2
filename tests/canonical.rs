//! The canonical writer: every sample file reproduces byte for byte, and
//! generated records survive write → parse → write unchanged.

mod common;

use proptest::prelude::*;
use ropa::register::format::{canonical_text, to_canonical};
use ropa::register::load::parse_record;
use ropa::register::model::*;

#[test]
fn every_sample_file_is_canonical() {
    let reg = common::sample_registry();
    let mut n = 0;
    for org in std::fs::read_dir(&reg).expect("ls") {
        let org = org.expect("entry").path();
        if !org.is_dir() {
            // ropa.ron, the marker with the register's settings.
            continue;
        }
        let mut files = vec![org.join("organisation.ron")];
        for a in std::fs::read_dir(org.join("activities")).expect("ls") {
            files.push(a.expect("entry").path());
        }
        for f in files {
            let text = std::fs::read_to_string(&f).expect("read");
            let rel = f
                .strip_prefix(&reg)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            let written = canonical_text(&rel, &text).expect("parses");
            assert_eq!(written, text, "{rel} changes when rewritten");
            n += 1;
        }
    }
    assert_eq!(n, 21, "5 organisations and 16 activities");
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-ZæøåÆØÅ0-9 ,.§()/-]{0,40}",
        any::<String>(),
        Just("linje 1\nlinje 2\t\"citat\" \\ r#\"".to_string()),
    ]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9][a-z0-9-]{0,12}"
}

fn retention() -> impl Strategy<Value = Retention> {
    prop_oneof![
        (text(), any::<bool>()).prop_map(|(p, m)| Retention::Duration {
            period: p,
            bound: if m { Bound::Max } else { Bound::Exact }
        }),
        (text(), text()).prop_map(|(e, o)| Retention::EventBased {
            event: RetentionEvent::Other(e),
            offset: o,
            bound: Bound::Exact
        }),
        Just(Retention::UntilWithdrawal),
        opt_text().prop_map(|j| Retention::Indefinite { justification: j }),
        (text(), text()).prop_map(|(r, c)| Retention::NotPossible {
            reason: r,
            criteria: c
        }),
        opt_text().prop_map(|p| Retention::AnonymiseAfter { period: p }),
        (text(), opt_text()).prop_map(|(l, p)| Retention::Statutory {
            law_ref: l,
            period: p
        }),
    ]
}

fn activity() -> impl Strategy<Value = Activity> {
    (
        slug(),
        text(),
        opt_text(),
        proptest::collection::vec((slug(), text(), any::<bool>()), 0..4),
        proptest::collection::vec((proptest::option::of(0u8..6), opt_text(), opt_text()), 0..3),
        proptest::collection::vec((slug(), text(), 0u8..4), 0..4),
        proptest::collection::vec((slug(), retention(), text()), 0..3),
        (any::<bool>(), opt_text(), proptest::option::of(0u8..4)),
        proptest::collection::vec((slug(), opt_text(), proptest::option::of(1u8..5)), 0..2),
    )
        .prop_map(
            |(id, name, notes, purposes, bases, cats, rets, (flag, desc, status), transfers)| {
                let letters = [Art6::A, Art6::B, Art6::C, Art6::D, Art6::E, Art6::F];
                let mut a = common::clean_activity();
                a.id = id;
                a.name = name;
                a.notes = notes;
                a.description = desc;
                a.recipients_none = flag;
                a.status = match status {
                    Some(0) => Status::Draft,
                    Some(1) => Status::InReview,
                    Some(2) => Status::Retired,
                    _ => Status::Approved,
                };
                a.purposes = purposes
                    .into_iter()
                    .map(|(id, text, o)| Purpose {
                        id,
                        text,
                        outside_public_tasks: o,
                    })
                    .collect();
                a.legal_bases = bases
                    .into_iter()
                    .map(|(l, law, text)| LegalBasis {
                        purposes: vec![],
                        article6: l.map(|i| letters[i as usize]),
                        law_ref: law,
                        national_provision: None,
                        legitimate_interest: None,
                        text,
                    })
                    .collect();
                a.data_categories = cats
                    .into_iter()
                    .map(|(id, name, k)| DataCategory {
                        id,
                        name,
                        kind: match k {
                            0 => DataKind::Ordinary,
                            1 => DataKind::Special(vec![
                                SpecialKind::Health,
                                SpecialKind::Unspecified,
                            ]),
                            2 => DataKind::NationalId(NationalIdScheme::Other("x".into())),
                            _ => DataKind::Criminal,
                        },
                        subjects: vec![],
                        collected_from: None,
                        source: None,
                        published: k == 2,
                    })
                    .collect();
                a.retention = rets
                    .into_iter()
                    .map(|(id, rule, text)| RetentionRule {
                        id,
                        categories: vec![],
                        subjects: vec![],
                        rule,
                        text,
                    })
                    .collect();
                a.transfers = transfers
                    .into_iter()
                    .map(|(id, c, module)| Transfer {
                        id,
                        country: c,
                        international_organisation: None,
                        destination_text: None,
                        recipients: vec![],
                        mechanisms: vec![
                            Mechanism::Scc {
                                decision: None,
                                module,
                            },
                            Mechanism::Named("Privacy Shield".into()),
                            Mechanism::Derogation {
                                letter: Some(Art49::A),
                                safeguards_documentation: None,
                                sa_notified: true,
                            },
                        ],
                        safeguard_text: None,
                        documentation: None,
                        regular: false,
                    })
                    .collect();
                a
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_activities_round_trip(a in activity()) {
        let first = to_canonical(&a).expect("serialise");
        let parsed: Activity = parse_record(&first).expect("parse back");
        prop_assert_eq!(&parsed, &a);
        let second = to_canonical(&parsed).expect("serialise again");
        prop_assert_eq!(first, second);
    }

    #[test]
    fn generated_organisations_round_trip(name in text(), addr in opt_text(), notes in opt_text(), rid in slug()) {
        let mut o = common::clean_org();
        o.name = name;
        o.address = addr;
        o.notes = notes;
        o.recipients[0].id = rid;
        o.recipients[0].sub_processors = SubProcessors::Listed(vec!["a".into(), "b".into()]);
        let first = to_canonical(&o).expect("serialise");
        let parsed: Organisation = parse_record(&first).expect("parse back");
        prop_assert_eq!(&parsed, &o);
        prop_assert_eq!(first, to_canonical(&parsed).expect("again"));
    }
}
