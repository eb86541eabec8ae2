//! Retention (RET-*): stated, specific, typed and covering every category.

use super::checks::{
    fold, is_vague_retention, iso_duration_days, iso_duration_valid, periods_in_text, same_period,
};
use super::citation::{names_art89_purpose, names_law};
use super::{Ctx, Sink};
use crate::register::model::{Bound, Retention, RetentionEvent};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    if a.retention.is_empty() {
        sink.emit(
            "RET-001",
            "retention",
            "no retention rule: give a period, an event-based rule, or the criteria (Art. 30(1)(f), 13(2)(a))",
        );
    }
    for (i, r) in a.retention.iter().enumerate() {
        let at = format!("retention[{i}]");
        let rule_at = format!("{at}.rule");
        // A period the source does not state is a known gap (GAP-001), not
        // a vague one.
        let not_stated = matches!(r.rule, Retention::NotStated { .. });
        if !not_stated && is_vague_retention(&r.text) {
            sink.emit(
                "RET-002",
                format!("{at}.text"),
                format!("vague retention: \"{}\"", short(&r.text)),
            );
        }
        let says_up_to = {
            let f = fold(&r.text);
            ["op til", "opp til", "up to", "hoejst", "maksimalt"]
                .iter()
                .any(|p| f.contains(p))
        };
        let duration = |sink: &mut Sink, field: String, p: &str| {
            if !iso_duration_valid(p) {
                sink.emit(
                    "RET-004",
                    field,
                    format!("`{p}` is not an ISO 8601 duration such as P30D, P5Y or P6M"),
                );
            }
        };
        match &r.rule {
            Retention::Duration { period, bound } => {
                duration(sink, format!("{rule_at}.period"), period);
                if says_up_to && *bound == Bound::Exact {
                    sink.emit(
                        "RET-004",
                        format!("{rule_at}.bound"),
                        "the text says \"up to\"; set bound: Max",
                    );
                }
            }
            Retention::EventBased {
                event,
                offset,
                bound,
            } => {
                duration(sink, format!("{rule_at}.offset"), offset);
                if let RetentionEvent::Other(e) = event {
                    sink.emit(
                        "RET-004",
                        format!("{rule_at}.event"),
                        format!("event \"{e}\" is not in the controlled vocabulary (DeathOfDataSubject, EndOfMembership, ...)"),
                    );
                }
                if says_up_to && *bound == Bound::Exact {
                    sink.emit(
                        "RET-004",
                        format!("{rule_at}.bound"),
                        "the text says \"up to\"; set bound: Max",
                    );
                }
            }
            Retention::Statutory {
                period: Some(p), ..
            } => duration(sink, format!("{rule_at}.period"), p),
            Retention::AnonymiseAfter { period: Some(p) } => {
                duration(sink, format!("{rule_at}.period"), p)
            }
            Retention::Indefinite {
                justification: None,
            } => sink.emit(
                "RET-003",
                rule_at.clone(),
                "kept without a limit and without a justification (statute, archive law, Art. 89)",
            ),
            Retention::Indefinite {
                justification: Some(j),
            } if !names_law(j) && !names_art89_purpose(j) => sink.emit(
                "RET-003",
                format!("{rule_at}.justification"),
                format!(
                    "kept without a limit, and the justification \"{}\" does not say why: cite the law that requires it, or the archiving, research or statistical purpose (Art. 89, arkivloven)",
                    short(j)
                ),
            ),
            Retention::NotPossible { reason, criteria }
                if (reason.trim().is_empty() || criteria.trim().is_empty()) =>
            {
                sink.emit(
                    "RET-001",
                    rule_at.clone(),
                    "NotPossible needs both a reason and the criteria",
                );
            }
            _ => {}
        }
    }
    for (i, r) in a.retention.iter().enumerate() {
        plausible(i, r, sink);
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
            sink.emit(
                "RET-005",
                format!("data_categories[{i}]"),
                format!("data category `{}` has no retention rule", c.id),
            );
        }
    }
    for (i, s) in a.data_subjects.iter().enumerate() {
        let covered = a
            .retention
            .iter()
            .any(|r| r.subjects.is_empty() || r.subjects.contains(&s.id));
        if !covered {
            sink.emit(
                "RET-005",
                format!("data_subjects[{i}]"),
                format!("data subject group `{}` has no retention rule", s.id),
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
                    sink.emit(
                        "RET-005",
                        format!("retention[{i}]"),
                        format!(
                            "retention rules `{}` and `{}` give different fixed periods for `{c}`",
                            other.id, r.id
                        ),
                    );
                    let _ = j;
                }
            }
        }
    }
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
/// for one retention rule.
fn plausible(i: usize, r: &crate::register::model::RetentionRule, sink: &mut Sink) {
    let rule_at = format!("retention[{i}].rule");
    let (field, period) = match &r.rule {
        Retention::Duration { period, .. } => (format!("{rule_at}.period"), Some(period)),
        Retention::EventBased { offset, .. } => (format!("{rule_at}.offset"), Some(offset)),
        Retention::Statutory { period, .. } | Retention::AnonymiseAfter { period } => {
            (format!("{rule_at}.period"), period.as_ref())
        }
        _ => (rule_at.clone(), None),
    };
    let Some(period) = period else { return };
    let Some(days) = iso_duration_days(period) else {
        return; // RET-004 reports the malformed duration.
    };
    if days > MAX_PLAUSIBLE_DAYS {
        sink.emit(
            "RET-006",
            field.clone(),
            format!(
                "`{period}` is more than 100 years; a typing slip, or permanent keeping that should be Indefinite with its justification (Art. 5(1)(e))"
            ),
        );
    }
    if days == 0.0 && matches!(r.rule, Retention::Statutory { .. }) {
        sink.emit(
            "RET-006",
            field.clone(),
            format!("`{period}` is zero, but a statute requires these records to be kept; give the statute's period"),
        );
    }
    let stated = periods_in_text(&r.text);
    if !stated.is_empty() && !stated.iter().any(|s| same_period(*s, days)) {
        sink.emit(
            "RET-007",
            field,
            format!(
                "the text (\"{}\") states {}, but the value is `{period}`; one of them is wrong",
                short(&r.text),
                stated
                    .iter()
                    .map(|d| describe_days(*d))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        );
    }
}

/// A length in days, in the largest unit that divides it evenly.
fn describe_days(d: f64) -> String {
    for (unit, len) in [("years", 365.25), ("months", 30.44), ("weeks", 7.0)] {
        let n = d / len;
        if n >= 1.0 && (n - n.round()).abs() < 1e-6 {
            return format!("{} {unit}", n.round());
        }
    }
    format!("{} days", d.round())
}
