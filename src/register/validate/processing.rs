//! Activity rules (ACT-001 to ACT-011), consent (CNS-001) and review
//! (REV-001): what the processing is, on which basis, and how it is
//! governed.

use super::checks::{
    ISS_WORDS, date, given, has_stem, has_word_or_compound, names_children, names_own_employees,
};
use super::citation::{names_collective_agreement, names_law};
use super::msg::{MsgArg, say};
use super::{Ctx, Sink};
use crate::register::due;
use crate::register::export::labels::Labels;
use crate::register::model::{
    ActivityRole, Art6, Art9, Art49, DataKind, DpiaStatus, Mechanism, OrgKind,
};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let org = &ctx.org.org;

    // ACT-001.
    if a.purposes.is_empty() {
        say!(
            sink,
            "ACT-001",
            "purposes",
            "finding-act-001-no-purpose",
            "no purpose recorded (Art. 30(1)(b))"
        );
    }
    if a.data_subjects.is_empty() {
        say!(
            sink,
            "ACT-001",
            "data_subjects",
            "finding-act-001-no-data-subjects",
            "no category of data subjects recorded (Art. 30(1)(c))"
        );
    }
    if a.data_categories.is_empty() {
        say!(
            sink,
            "ACT-001",
            "data_categories",
            "finding-act-001-no-data-categories",
            "no category of personal data recorded (Art. 30(1)(c))"
        );
    }

    // ACT-002.
    if a.recipients.is_empty() && !a.recipients_none {
        say!(
            sink,
            "ACT-002",
            "recipients",
            "finding-act-002-no-recipients",
            "no recipients recorded; list them, or set recipients_none: true if nobody receives the data"
        );
    }
    if !a.recipients.is_empty() && a.recipients_none {
        say!(
            sink,
            "ACT-002",
            "recipients_none",
            "finding-act-002-none-but-listed",
            "recipients_none is set but recipients are listed"
        );
    }

    // ACT-003: every purpose has an Art. 6(1) basis (controller records).
    if a.role != ActivityRole::Processor {
        for (i, p) in a.purposes.iter().enumerate() {
            let covered = a.legal_bases.iter().any(|b| {
                b.article6.is_some() && (b.purposes.is_empty() || b.purposes.contains(&p.id))
            });
            if !covered {
                say!(
                    sink,
                    "ACT-003",
                    format!("purposes[{i}]"),
                    "finding-act-003-no-basis",
                    "purpose `{id}` has no Art. 6(1) legal basis",
                    id = &p.id
                );
            }
        }
    }
    for (i, b) in a.legal_bases.iter().enumerate() {
        if b.article6.is_none() {
            let cited = b
                .law_ref
                .as_deref()
                .or(b.text.as_deref())
                .or(b.national_provision.as_deref())
                .unwrap_or("(nothing)");
            say!(
                sink,
                "ACT-003",
                format!("legal_bases[{i}]"),
                "finding-act-003-no-letter",
                "basis cites only `{cited}` without an Art. 6(1) letter",
                cited = short(cited)
            );
        }
    }

    // ACT-004: articles cited that are not lawful bases.
    for (i, b) in a.legal_bases.iter().enumerate() {
        for text in [&b.text, &b.law_ref, &b.national_provision]
            .into_iter()
            .flatten()
        {
            for art in gdpr_articles(text) {
                if !matches!(art, 6 | 9 | 10 | 49 | 87) {
                    say!(
                        sink,
                        "ACT-004",
                        format!("legal_bases[{i}]"),
                        "finding-act-004-not-a-basis",
                        "cites Art. {art}, which is not a lawful basis; move it to notes",
                        art = art.to_string()
                    );
                }
            }
        }
    }

    // ACT-005 and ACT-006: particulars of each basis.
    for (i, b) in a.legal_bases.iter().enumerate() {
        let at = format!("legal_bases[{i}]");
        match b.article6 {
            Some(Art6::C) | Some(Art6::E) if !given(&b.law_ref) => {
                let letter = if b.article6 == Some(Art6::C) {
                    "c"
                } else {
                    "e"
                };
                let private = org.kind != OrgKind::PublicAuthority && b.article6 == Some(Art6::E);
                if private {
                    say!(
                        sink,
                        "ACT-005",
                        format!("{at}.article6"),
                        "finding-act-005-private-task",
                        "Art. 6(1)(e) relied on by a body that is not a public authority, without a law_ref conferring the task"
                    );
                } else {
                    say!(
                        sink,
                        "ACT-005",
                        format!("{at}.article6"),
                        "finding-act-005-no-law-ref",
                        "Art. 6(1)({letter}) without law_ref: name the Union or Member State law (Art. 6(3))",
                        letter = letter
                    );
                }
            }
            Some(Art6::C) | Some(Art6::E) => {
                // law_ref is set (the arm above took the rest): it must
                // name Union or Member State law (Art. 6(3)).
                let law = b.law_ref.as_deref().unwrap_or_default();
                if !names_law(law) {
                    let letter = if b.article6 == Some(Art6::C) {
                        "c"
                    } else {
                        "e"
                    };
                    if names_collective_agreement(law) {
                        say!(
                            sink,
                            "ACT-005",
                            format!("{at}.law_ref"),
                            "finding-act-005-collective-agreement",
                            "law_ref `{law}` is a collective agreement, not Union or Member State law: Art. 6(1)({letter}) needs an obligation or task laid down by Union or Member State law (Art. 6(3)); cite the law (lov, bekendtgørelse, forskrift, § …), or rely on another basis",
                            law = short(law),
                            letter = letter
                        );
                    } else {
                        say!(
                            sink,
                            "ACT-005",
                            format!("{at}.law_ref"),
                            "finding-act-005-names-no-law",
                            "law_ref `{law}` names no law: Art. 6(1)({letter}) needs an obligation or task laid down by Union or Member State law (Art. 6(3)); cite the law (lov, bekendtgørelse, forskrift, § …), or rely on another basis",
                            law = short(law),
                            letter = letter
                        );
                    }
                }
            }
            Some(Art6::F) => {
                if !given(&b.legitimate_interest) {
                    say!(
                        sink,
                        "ACT-005",
                        format!("{at}.article6"),
                        "finding-act-005-no-legitimate-interest",
                        "Art. 6(1)(f) without the legitimate interest pursued (Art. 13(1)(d))"
                    );
                }
                if org.kind == OrgKind::PublicAuthority {
                    let in_task = a.purposes.iter().any(|p| {
                        (b.purposes.is_empty() || b.purposes.contains(&p.id))
                            && !p.outside_public_tasks
                    });
                    if in_task {
                        say!(
                            sink,
                            "ACT-006",
                            format!("{at}.article6"),
                            "finding-act-006-authority-legitimate-interest",
                            "a public authority relies on legitimate interests for a purpose not flagged outside_public_tasks"
                        );
                    }
                }
            }
            _ => {}
        }
    }

    // ACT-011: legitimate interests need a documented balancing test.
    if a.legal_bases.iter().any(|b| b.article6 == Some(Art6::F)) && !given(&a.lia_ref) {
        say!(
            sink,
            "ACT-011",
            "lia_ref",
            "finding-act-011-no-lia",
            "legitimate interests (Art. 6(1)(f)) are relied on but no legitimate interests assessment is linked (lia_ref)"
        );
    }

    // ACT-007.
    let has_security = given(&a.security_measures)
        || given(&a.security_ref)
        || given(&org.security_measures)
        || given(&org.security_ref);
    if !has_security {
        say!(
            sink,
            "ACT-007",
            "security_measures",
            "finding-act-007-no-security",
            "no security measures described here or on the organisation (Art. 30(1)(g))"
        );
    }

    // ACT-008.
    for (i, c) in a.data_categories.iter().enumerate() {
        if c.collected_from
            .is_some_and(|f| f != crate::register::model::CollectedFrom::DataSubject)
            && !given(&c.source)
        {
            say!(
                sink,
                "ACT-008",
                format!("data_categories[{i}].collected_from"),
                "finding-act-008-no-source",
                "`{id}` is not collected from the data subject but no source is named (Art. 14(2)(f))",
                id = &c.id
            );
        }
    }

    // ACT-009.
    match &a.automated_decisions {
        None => say!(
            sink,
            "ACT-009",
            "automated_decisions",
            "finding-act-009-not-recorded",
            "not recorded whether automated decisions or profiling take place (Art. 22)"
        ),
        Some(ad) if ad.present && ad.ground.is_none() => say!(
            sink,
            "ACT-009",
            "automated_decisions.ground",
            "finding-act-009-no-ground",
            "automated decisions take place without an Art. 22(2)(a)-(c) ground"
        ),
        _ => {}
    }

    // ACT-010: two WP248 criteria or more, and no DPIA screening. The
    // criteria are named only for a finding.
    let screened = a.dpia.as_ref().is_some_and(|d| match d.status {
        DpiaStatus::Done | DpiaStatus::Planned => true,
        DpiaStatus::NotRequired => given(&d.reason),
        DpiaStatus::NotAssessed => false,
    });
    if !screened {
        // Each criterion's English name and its words in a language.
        type Named = (String, Box<dyn Fn(Labels) -> String>);
        let mut criteria: Vec<Named> = a
            .risk_criteria
            .iter()
            .map(|c| {
                let c = *c;
                let named: Named = (format!("{c:?}"), Box::new(move |l| l.risk_criterion(c)));
                named
            })
            .collect();
        let phrase =
            |en: &str, key: &'static str| -> Named { (en.into(), Box::new(move |l| l.t(key))) };
        let has = |f: fn(&DataKind) -> bool| a.data_categories.iter().any(|c| f(&c.kind));
        if has(|k| matches!(k, DataKind::Special(_) | DataKind::Criminal)) {
            criteria.push(phrase(
                "special or criminal data",
                "finding-word-criterion-special",
            ));
        }
        if has(|k| matches!(k, DataKind::NationalId(_))) {
            criteria.push(phrase("national id", "finding-word-criterion-national-id"));
        }
        if a.data_subjects.iter().any(|s| s.vulnerable) {
            criteria.push(phrase(
                "vulnerable data subjects",
                "finding-word-criterion-vulnerable",
            ));
        }
        criteria.dedup_by(|x, y| x.0 == y.0);
        if criteria.len() >= 2 {
            let english: Vec<&str> = criteria.iter().map(|c| c.0.as_str()).collect();
            let list = MsgArg::word(english.join(", "), |l| {
                criteria
                    .iter()
                    .map(|c| (c.1)(l))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            say!(
                sink,
                "ACT-010",
                "dpia",
                "finding-act-010-no-screening",
                "{n} WP248 criteria apply ({list}) but no DPIA screening is recorded (done, planned, or not required with a reason)",
                n = criteria.len(),
                list = list
            );
        }
    }

    // CNS-001.
    let consent_based = a.legal_bases.iter().any(|b| b.article6 == Some(Art6::A))
        || a.special_conditions
            .iter()
            .any(|c| c.article9 == Some(Art9::A))
        || a.transfers.iter().any(|t| {
            t.mechanisms.iter().any(|m| {
                matches!(
                    m,
                    Mechanism::Derogation {
                        letter: Some(Art49::A),
                        ..
                    }
                )
            })
        });
    if consent_based
        && a.consent
            .as_ref()
            .is_none_or(|c| !given(&c.withdrawal_process))
    {
        say!(
            sink,
            "CNS-001",
            "consent",
            "finding-cns-001-no-withdrawal",
            "consent is a basis but no consent.withdrawal_process is recorded (Art. 7(3))"
        );
    }

    consent_of_the_dependent(ctx, sink);

    // REV-001: the review interval (the activity's, else the
    // organisation's, else a year) has passed since the last review; the
    // same judgement as `ropa due`'s "overdue".
    if let Some(d) = a.last_reviewed.as_deref().and_then(date) {
        let months = due::interval_months(org, a);
        let next = due::next_review(d, months);
        if next < ctx.opts.today {
            if months == due::DEFAULT_INTERVAL_MONTHS {
                say!(
                    sink,
                    "REV-001",
                    "last_reviewed",
                    "finding-rev-001-stale",
                    "last reviewed {date}, more than a year ago",
                    date = d.to_string()
                );
            } else {
                say!(
                    sink,
                    "REV-001",
                    "last_reviewed",
                    "finding-rev-001-stale-interval",
                    "last reviewed {date}; with a review every {months} months the next was due {due}",
                    date = d.to_string(),
                    months = i64::from(months),
                    due = next.to_string()
                );
            }
        }
    }
    // REV-003: an interval ropa cannot use.
    if let Some(m) = a.review_interval_months
        && !due::valid_interval(m)
    {
        say!(
            sink,
            "REV-003",
            "review_interval_months",
            "finding-rev-003-interval",
            "review_interval_months is {months}; write a whole number of months from 1 to 120",
            months = i64::from(m)
        );
    }
    // REV-002: a review cannot have happened after today. Today is the
    // user's local date, and a colleague east of them may already live in
    // tomorrow (Copenhagen ahead of New York or Nuuk): one day ahead is
    // their today, not a future review.
    if let Some(d) = a.last_reviewed.as_deref().and_then(date)
        && d.days() > ctx.opts.today.days() + 1
    {
        say!(
            sink,
            "REV-002",
            "last_reviewed",
            "finding-rev-002-future",
            "last_reviewed {date} is after today ({today}); a review date in the future hides when the record was really reviewed",
            date = d.to_string(),
            today = ctx.opts.today.to_string()
        );
    }
}

/// Where consent is a basis: the position of the first consent basis
/// (Art. 6(1)(a), else Art. 9(2)(a)).
fn consent_basis_at(a: &crate::register::model::Activity) -> Option<String> {
    if let Some(i) = a
        .legal_bases
        .iter()
        .position(|b| b.article6 == Some(Art6::A))
    {
        return Some(format!("legal_bases[{i}].article6"));
    }
    a.special_conditions
        .iter()
        .position(|c| c.article9 == Some(Art9::A))
        .map(|i| format!("special_conditions[{i}].article9"))
}

/// CNS-002 and CNS-003: consent from people who cannot freely give it,
/// or cannot give it alone.
fn consent_of_the_dependent(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let Some(at) = consent_basis_at(a) else {
        return;
    };
    // CNS-002: employees (and job applicants).
    if let Some(s) = a
        .data_subjects
        .iter()
        .find(|s| names_own_employees(&s.name))
    {
        say!(
            sink,
            "CNS-002",
            at.clone(),
            "finding-cns-002-employees",
            "consent is a basis and the data subjects include `{name}` (employees): because of the imbalance of power between employer and employee, consent is rarely freely given (Art. 7(4), Recital 43, Art. 88; EDPB Guidelines 05/2020 on consent, paras. 21-24); rely on another basis unless refusing has no consequence at all",
            name = &s.name
        );
    }
    // CNS-003: a child's consent to an information society service.
    let Some(child) = a.data_subjects.iter().find(|s| names_children(&s.name)) else {
        return;
    };
    let texts = [
        Some(a.name.as_str()),
        a.name_en.as_deref(),
        a.description.as_deref(),
    ];
    let iss = texts
        .into_iter()
        .flatten()
        .chain(a.purposes.iter().map(|p| p.text.as_str()))
        .any(|t| has_word_or_compound(t, ISS_WORDS));
    if !iss {
        return;
    }
    let how = a
        .consent
        .as_ref()
        .and_then(|c| c.how_given.as_deref())
        .unwrap_or_default();
    let parental = has_stem(how, PARENTAL_WORDS);
    if !parental {
        let org_country = ctx.org.org.country.as_str();
        let (age, key) = match org_country {
            "DK" => (
                "13 in Denmark (databeskyttelsesloven § 6, stk. 2)",
                "finding-word-age-dk",
            ),
            "NO" => (
                "13 in Norway (personopplysningsloven § 5)",
                "finding-word-age-no",
            ),
            _ => (
                "16 unless national law sets 13-15 (Art. 8(1))",
                "finding-word-age-other",
            ),
        };
        let age = MsgArg::word(age, |l| l.t(key));
        say!(
            sink,
            "CNS-003",
            "consent",
            "finding-cns-003-child",
            "consent to an information society service is a basis and the data subjects include `{name}`: below the age of {age}, consent must be given or authorised by the holder of parental responsibility, with reasonable efforts to verify it (Art. 8(1)-(2)); record in consent.how_given how age is checked and parents consent",
            name = &child.name,
            age = &age
        );
    }
}

/// Stems, folded, that show a consent record deals with parents or age
/// (CNS-003).
const PARENTAL_WORDS: &[&str] = &[
    "foraeldre",
    "foraelder",
    "foraeldremyndighed",
    "foresatt",
    "verge",
    "parent",
    "guardian",
    "alder",
    "age",
    "aldersverifikation",
    "alderskontrol",
];

/// GDPR article numbers cited in a Danish, Norwegian or English text:
/// "artikel 25", "art. 6", "article 88", "artikkel 9".
pub(super) fn gdpr_articles(text: &str) -> Vec<u32> {
    // Every form cited starts "art"; no letter outside ASCII lowers to
    // one of those three, so a text without them cites no article.
    if !text
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"art"))
    {
        return Vec::new();
    }
    let lower = text.to_lowercase();
    let mut out = Vec::new();
    for key in ["artikel ", "artikkel ", "article ", "art. "] {
        let mut rest = lower.as_str();
        while let Some(i) = rest.find(key) {
            rest = &rest[i + key.len()..];
            let num: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = num.parse()
                && !out.contains(&n)
            {
                out.push(n);
            }
        }
    }
    out
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        t.push('…');
    }
    t
}

#[cfg(test)]
mod tests {
    use super::gdpr_articles;

    #[test]
    fn finds_cited_articles() {
        assert_eq!(
            gdpr_articles(
                "databeskyttelsesforordningens artikel 25, jf. artikel 6, stk. 1 litra c"
            ),
            vec![25, 6]
        );
        assert_eq!(gdpr_articles("art. 6, stk. 1, litra e"), vec![6]);
        assert!(gdpr_articles("§ 2 a, stk. 1").is_empty());
    }
}
