//! Retention (RET-*): stated, specific, typed and covering every category.

use super::checks::{
    Remembered, fold, is_vague_folded, iso_duration_days, iso_duration_valid, periods_in_folded,
    remembered, same_period,
};
use super::citation::{names_art89_purpose, names_law};
use super::msg::{MsgArg, say};
use super::{Ctx, Sink};
use crate::register::export::labels::Labels;
use crate::register::model::{Bound, Retention, RetentionEvent};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    if a.retention.is_empty() {
        say!(
            sink,
            "RET-001",
            "retention",
            "finding-ret-001-no-rule",
            "no retention rule: give a period, an event-based rule, or the criteria (Art. 30(1)(f), 13(2)(a))"
        );
    }
    let read: Vec<Reading> = a.retention.iter().map(|r| reading(&r.text)).collect();
    for ((i, r), read) in a.retention.iter().enumerate().zip(&read) {
        // A period the source does not state is a known gap (GAP-001), not
        // a vague one.
        let not_stated = matches!(r.rule, Retention::NotStated { .. });
        if !not_stated && read.vague {
            say!(
                sink,
                "RET-002",
                format!("retention[{i}].text"),
                "finding-ret-002-vague",
                "vague retention: \"{text}\"",
                text = short(&r.text)
            );
        }
        let says_up_to = read.up_to;
        // The field's path is written out only for a finding.
        let duration = |sink: &mut Sink, field: std::fmt::Arguments, p: &str| {
            if !iso_duration_valid(p) {
                say!(
                    sink,
                    "RET-004",
                    field.to_string(),
                    "finding-ret-004-not-duration",
                    "`{period}` is not an ISO 8601 duration such as P30D, P5Y or P6M",
                    period = p
                );
            }
        };
        match &r.rule {
            Retention::Duration { period, bound } => {
                duration(sink, format_args!("retention[{i}].rule.period"), period);
                if says_up_to && *bound == Bound::Exact {
                    say!(
                        sink,
                        "RET-004",
                        format!("retention[{i}].rule.bound"),
                        "finding-ret-004-up-to",
                        "the text says \"up to\"; set bound: Max"
                    );
                }
            }
            Retention::EventBased {
                event,
                offset,
                bound,
            } => {
                duration(sink, format_args!("retention[{i}].rule.offset"), offset);
                if let RetentionEvent::Other(e) = event {
                    say!(
                        sink,
                        "RET-004",
                        format!("retention[{i}].rule.event"),
                        "finding-ret-004-unknown-event",
                        "event \"{event}\" is not in the controlled vocabulary (DeathOfDataSubject, EndOfMembership, ...)",
                        event = e
                    );
                }
                if says_up_to && *bound == Bound::Exact {
                    say!(
                        sink,
                        "RET-004",
                        format!("retention[{i}].rule.bound"),
                        "finding-ret-004-up-to",
                        "the text says \"up to\"; set bound: Max"
                    );
                }
            }
            Retention::Statutory {
                period: Some(p), ..
            } => duration(sink, format_args!("retention[{i}].rule.period"), p),
            Retention::AnonymiseAfter { period: Some(p) } => {
                duration(sink, format_args!("retention[{i}].rule.period"), p)
            }
            Retention::Indefinite {
                justification: None,
            } => say!(
                sink,
                "RET-003",
                format!("retention[{i}].rule"),
                "finding-ret-003-no-justification",
                "kept without a limit and without a justification (statute, archive law, Art. 89)"
            ),
            Retention::Indefinite {
                justification: Some(j),
            } if !names_law(j) && !names_art89_purpose(j) => say!(
                sink,
                "RET-003",
                format!("retention[{i}].rule.justification"),
                "finding-ret-003-justification-says-nothing",
                "kept without a limit, and the justification \"{justification}\" does not say why: cite the law that requires it, or the archiving, research or statistical purpose (Art. 89, arkivloven)",
                justification = short(j)
            ),
            Retention::NotPossible { reason, criteria }
                if (reason.trim().is_empty() || criteria.trim().is_empty()) =>
            {
                say!(
                    sink,
                    "RET-001",
                    format!("retention[{i}].rule"),
                    "finding-ret-001-not-possible-incomplete",
                    "NotPossible needs both a reason and the criteria"
                );
            }
            _ => {}
        }
    }
    for ((i, r), read) in a.retention.iter().enumerate().zip(&read) {
        plausible(i, r, &read.periods, sink);
    }
    // RET-005: coverage and contradictions.
    if a.retention.is_empty() {
        return;
    }
    for (i, c) in a.data_categories.iter().enumerate() {
        let covered = a.retention.iter().any(|r| {
            !matches!(r.rule, Retention::AnonymiseAfter { .. })
                && (r.categories.is_empty() || r.categories.contains(&c.id))
                && (r.subjects.is_empty()
                    || c.subjects.is_empty()
                    || r.subjects.iter().any(|s| c.subjects.contains(s)))
        });
        if !covered {
            say!(
                sink,
                "RET-005",
                format!("data_categories[{i}]"),
                "finding-ret-005-category-uncovered",
                "data category `{id}` has no retention rule",
                id = &c.id
            );
        }
    }
    for (i, s) in a.data_subjects.iter().enumerate() {
        let covered = a
            .retention
            .iter()
            .any(|r| r.subjects.is_empty() || r.subjects.contains(&s.id));
        if !covered {
            say!(
                sink,
                "RET-005",
                format!("data_subjects[{i}]"),
                "finding-ret-005-subjects-uncovered",
                "data subject group `{id}` has no retention rule",
                id = &s.id
            );
        }
    }
    for (i, r) in a.retention.iter().enumerate() {
        for (j, other) in a.retention.iter().enumerate().take(i) {
            let shared = r.categories.iter().find(|c| other.categories.contains(c));
            let same_subjects = r.subjects == other.subjects;
            if let Some(c) = shared {
                let both_fixed = matches!(
                    r.rule,
                    Retention::Duration {
                        bound: Bound::Exact,
                        ..
                    }
                ) && matches!(
                    other.rule,
                    Retention::Duration {
                        bound: Bound::Exact,
                        ..
                    }
                );
                if both_fixed && same_subjects && r.rule != other.rule {
                    say!(
                        sink,
                        "RET-005",
                        format!("retention[{i}]"),
                        "finding-ret-005-conflict",
                        "retention rules `{first}` and `{second}` give different fixed periods for `{category}`",
                        first = &other.id,
                        second = &r.id,
                        category = c
                    );
                    let _ = j;
                }
            }
        }
    }
}

/// What a retention rule's text says, as the rules read it.
#[derive(Debug, Clone, PartialEq)]
struct Reading {
    /// It states no real period ("så længe det er nødvendigt").
    vague: bool,
    /// It says "up to" ("op til", "højst"): the period is a maximum.
    up_to: bool,
    /// The periods it states, in days.
    periods: Vec<f64>,
}

/// How the rules read a retention text. Registers repeat their retention
/// sentences from activity to activity, so the reading is remembered.
fn reading(text: &str) -> Reading {
    thread_local! {
        static SEEN: Remembered<Reading> = Remembered::default();
    }
    remembered(&SEEN, text, |text| {
        let f = fold(text);
        Reading {
            vague: is_vague_folded(&f),
            up_to: ["op til", "opp til", "up to", "hoejst", "maksimalt"]
                .iter()
                .any(|p| f.contains(p)),
            periods: periods_in_folded(&f),
        }
    })
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(80).collect();
    if s.chars().count() > 80 {
        t.push('…');
    }
    t
}

/// A hundred years: no register record is kept longer under a period
/// (permanent keeping is `Indefinite` with its justification).
const MAX_PLAUSIBLE_DAYS: f64 = 100.0 * 365.25;

/// RET-006 (implausible periods) and RET-007 (text and value disagree)
/// for one retention rule, whose text states the periods `stated` (in
/// days).
fn plausible(i: usize, r: &crate::register::model::RetentionRule, stated: &[f64], sink: &mut Sink) {
    let (value, period) = match &r.rule {
        Retention::Duration { period, .. } => (".period", Some(period)),
        Retention::EventBased { offset, .. } => (".offset", Some(offset)),
        Retention::Statutory { period, .. } | Retention::AnonymiseAfter { period } => {
            (".period", period.as_ref())
        }
        _ => ("", None),
    };
    // Written out only for a finding.
    let field = || format!("retention[{i}].rule{value}");
    let Some(period) = period else { return };
    let Some(days) = iso_duration_days(period) else {
        return; // RET-004 reports the malformed duration.
    };
    if days > MAX_PLAUSIBLE_DAYS {
        say!(
            sink,
            "RET-006",
            field(),
            "finding-ret-006-over-100-years",
            "`{period}` is more than 100 years; a typing slip, or permanent keeping that should be Indefinite with its justification (Art. 5(1)(e))",
            period = period
        );
    }
    if days == 0.0 && matches!(r.rule, Retention::Statutory { .. }) {
        say!(
            sink,
            "RET-006",
            field(),
            "finding-ret-006-zero-statutory",
            "`{period}` is zero, but a statute requires these records to be kept; give the statute's period",
            period = period
        );
    }
    if !stated.is_empty() && !stated.iter().any(|s| same_period(*s, days)) {
        let english: Vec<String> = stated.iter().map(|d| describe_days(*d)).collect();
        let states = MsgArg::word(english.join(" or "), |l| {
            let or = format!(" {} ", l.t("finding-word-or"));
            stated
                .iter()
                .map(|d| describe_days_in(*d, l))
                .collect::<Vec<_>>()
                .join(&or)
        });
        say!(
            sink,
            "RET-007",
            field(),
            "finding-ret-007-text-disagrees",
            "the text (\"{text}\") states {states}, but the value is `{period}`; one of them is wrong",
            text = short(&r.text),
            states = states,
            period = period
        );
    }
}

/// A length in days, in the largest unit that divides it evenly.
/// [`describe_days`] in the words of `l`'s language (`5 år`).
fn describe_days_in(d: f64, l: Labels) -> String {
    for (key, len) in [
        ("period-years", 365.25),
        ("period-months", 30.44),
        ("period-weeks", 7.0),
    ] {
        let n = d / len;
        if n >= 1.0 && (n - n.round()).abs() < 1e-6 {
            return l.t1(key, "n", whole(n));
        }
    }
    l.t1("period-days", "n", whole(d))
}

/// A non-negative whole number of units as a count.
fn whole(n: f64) -> u32 {
    // Periods are checked to be at most 100 years; the cast saturates.
    n.round().max(0.0) as u32
}

fn describe_days(d: f64) -> String {
    for (unit, len) in [("years", 365.25), ("months", 30.44), ("weeks", 7.0)] {
        let n = d / len;
        if n >= 1.0 && (n - n.round()).abs() < 1e-6 {
            return format!("{} {unit}", n.round());
        }
    }
    format!("{} days", d.round())
}
