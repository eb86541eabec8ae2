//! The gaps report: the DPO's to-do list for the next review of the
//! register, per organisation.
//!
//! Three parts, each naming its record by id:
//!
//! - **not stated**: every fact recorded as "not stated in the source"
//!   (the known gaps, GAP-001: `not_stated` entries of organisations and
//!   activities, and values written `NotStated`), with the note;
//! - **acknowledged**: every acknowledgement (a finding accepted on
//!   purpose) with its reason and expiry, soonest expiry first, an expired
//!   one marked;
//! - **questions**: every finding still open (errors and warnings not
//!   acknowledged, known gaps aside), grouped by who can answer it — the
//!   activity's system owner, the processor or recipient the finding is
//!   about, the organisation's contact, legal, or the register's own
//!   keepers — each with the question to ask ([`route`]).
//!
//! Texts are in the reader's language; the JSON form keeps the stable
//! names (rule, field, topic, whom) beside them.

use serde::Serialize;

use super::date::Date;
use super::lang::{Lang, tr, tr_args};
use super::load::{OrgEntry, Register};
use super::model::Organisation;
use super::validate::{Finding, Report, Severity};

/// The rule whose findings are the known gaps.
const GAP: &str = "GAP-001";

/// The whole report: one entry per organisation, in register order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapsReport {
    /// The day expiries were judged against (`YYYY-MM-DD`).
    pub today: String,
    /// The organisations.
    pub organisations: Vec<OrgGaps>,
}

/// One organisation's part of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgGaps {
    /// The organisation's id (its folder).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Facts recorded as not stated in the source.
    pub not_stated: Vec<NotStatedItem>,
    /// Acknowledged findings, soonest expiry first.
    pub acknowledged: Vec<AckItem>,
    /// Open findings, grouped by who can answer them.
    pub questions: Vec<QuestionGroup>,
}

impl OrgGaps {
    /// True when the organisation has nothing to review.
    pub fn is_empty(&self) -> bool {
        self.not_stated.is_empty() && self.acknowledged.is_empty() && self.questions.is_empty()
    }
}

/// The record an item is about, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordRef {
    /// The record's file, relative to the register.
    pub path: String,
    /// The organisation's id.
    pub organisation: String,
    /// The activity's id; absent for the organisation's own record.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    /// The record's name (the activity's, or the organisation's).
    pub name: String,
}

/// A fact recorded as not stated in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotStatedItem {
    /// Where.
    pub record: RecordRef,
    /// The field path, as findings name it.
    pub field: String,
    /// What the source says instead, when the record notes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The known gap in words, in the report's language.
    pub text: String,
}

/// An acknowledgement: a finding accepted until a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AckItem {
    /// Where.
    pub record: RecordRef,
    /// The rule acknowledged.
    pub rule: String,
    /// The field it is limited to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// Why it is accepted.
    pub reason: String,
    /// Its last day, as written.
    pub expires: String,
    /// True when the last day is before the report's day (or is no date).
    pub expired: bool,
}

impl AckItem {
    /// "until 2027-12-31" or "expired 2026-11-30", in `lang`.
    pub fn when(&self, lang: Lang) -> String {
        let key = if self.expired {
            "gaps-expired"
        } else {
            "gaps-until"
        };
        tr_args(lang, key, &[("date", self.expires.as_str().into())])
    }

    /// The field it is limited to, with a space before it; empty when none.
    pub fn at_suffix(&self) -> String {
        self.at
            .as_deref()
            .map(|a| format!(" {a}"))
            .unwrap_or_default()
    }
}

/// Who can answer a question.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Whom {
    /// The activity's system owner (named when the record has an owner).
    Owner(Option<String>),
    /// A processor or other recipient, by name.
    Recipient(String),
    /// The organisation's own contact (identity, DPO, representative).
    Controller,
    /// The legal team: lawful bases, conditions, assessments, consent.
    Legal,
    /// Whoever keeps the register: its structure and acknowledgements.
    Keepers,
}

impl Whom {
    /// Who, in words.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Whom::Owner(Some(n)) => tr_args(lang, "gaps-to-owner-named", &[("name", n.into())]),
            Whom::Owner(None) => tr(lang, "gaps-to-owner"),
            Whom::Recipient(n) => tr_args(lang, "gaps-to-recipient", &[("name", n.into())]),
            Whom::Controller => tr(lang, "gaps-to-controller"),
            Whom::Legal => tr(lang, "gaps-to-legal"),
            Whom::Keepers => tr(lang, "gaps-to-keepers"),
        }
    }
}

/// The open findings one person or team can answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionGroup {
    /// Who.
    pub whom: Whom,
    /// Who, in words.
    pub to: String,
    /// What to ask, one item per finding.
    pub items: Vec<Ask>,
}

/// One open finding and the question it raises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ask {
    /// Where.
    pub record: RecordRef,
    /// The rule.
    pub rule: String,
    /// `error` or `warning`.
    pub severity: Severity,
    /// The field path.
    pub field: String,
    /// The question's topic (`lia`, `retention`, …): the same for every
    /// finding it stands for.
    pub topic: &'static str,
    /// The question, in the report's language.
    pub question: String,
    /// The finding, in the report's language.
    pub finding: String,
}

/// Who is asked about a rule's findings, before the finding itself is
/// read (a processor's name comes from the finding's field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    Owner,
    /// The recipient the finding points at; the owner when it names none.
    Recipient,
    Controller,
    Legal,
    Keepers,
}

/// Who answers the findings of `rule`, and the topic of the question.
fn route(rule: &str) -> (Route, &'static str) {
    let family = rule.split('-').next().unwrap_or("");
    match (family, rule) {
        (_, "ACT-001" | "ACT-002") => (Route::Owner, "content"),
        (_, "ACT-007") => (Route::Owner, "security"),
        (_, "ACT-008") => (Route::Owner, "source"),
        (_, "ACT-009") => (Route::Owner, "automated"),
        (_, "ACT-010") => (Route::Owner, "dpia"),
        (_, "ACT-011") => (Route::Legal, "lia"),
        (_, "PRC-002") => (Route::Legal, "roles"),
        ("ACT", _) => (Route::Legal, "basis"),
        ("SPC", _) => (Route::Legal, "special"),
        ("CNS", _) => (Route::Legal, "consent"),
        ("XFR", _) => (Route::Recipient, "transfer"),
        ("PRC", _) => (Route::Recipient, "processor"),
        ("RET", _) => (Route::Owner, "retention"),
        ("ORG", _) => (Route::Controller, "organisation"),
        ("REV", _) => (Route::Owner, "review"),
        _ => (Route::Keepers, "register"),
    }
}

/// The topics of the questions, in the order their messages are listed.
pub const TOPICS: &[&str] = &[
    "content",
    "security",
    "source",
    "automated",
    "dpia",
    "lia",
    "basis",
    "special",
    "consent",
    "transfer",
    "processor",
    "roles",
    "retention",
    "organisation",
    "review",
    "register",
];

/// The index in `field` after `name[`: `recipients[2].dpa_ref` → 2.
fn index_after(field: &str, name: &str) -> Option<usize> {
    let rest = field.strip_prefix(name)?.strip_prefix('[')?;
    rest.split(']').next()?.parse().ok()
}

/// The recipient a finding at `field` is about, by name.
fn recipient_of(
    o: &Organisation,
    act: Option<&super::model::Activity>,
    field: &str,
) -> Option<String> {
    let name = |id: &str| {
        o.recipients
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.name.clone())
    };
    match act {
        None => index_after(field, "recipients")
            .and_then(|i| o.recipients.get(i))
            .map(|r| r.name.clone()),
        Some(a) => {
            if let Some(u) = index_after(field, "recipients").and_then(|i| a.recipients.get(i)) {
                return name(&u.recipient);
            }
            let t = index_after(field, "transfers").and_then(|i| a.transfers.get(i))?;
            t.recipients.first().and_then(|id| name(id))
        }
    }
}

/// The record at register path `path` in `entry`: its reference, and the
/// activity when it is one.
fn record<'a>(
    entry: &'a OrgEntry,
    path: &str,
) -> Option<(RecordRef, Option<&'a super::model::Activity>)> {
    if entry.file.path == path {
        return Some((
            RecordRef {
                path: path.to_string(),
                organisation: entry.org.id.clone(),
                activity: None,
                name: entry.org.name.clone(),
            },
            None,
        ));
    }
    let a = entry.activities.iter().find(|a| a.file.path == path)?;
    Some((
        RecordRef {
            path: path.to_string(),
            organisation: entry.org.id.clone(),
            activity: Some(a.activity.id.clone()),
            name: a.activity.name.clone(),
        },
        Some(&a.activity),
    ))
}

/// The report on `reg` from its validation `report`, in `lang`, with
/// expiries judged as of `today`.
pub fn build(reg: &Register, report: &Report, today: Date, lang: Lang) -> GapsReport {
    let organisations = reg
        .organisations
        .iter()
        .map(|entry| organisation(entry, report, today, lang))
        .collect();
    GapsReport {
        today: today.to_string(),
        organisations,
    }
}

/// The findings in `entry`'s files, in report order.
fn findings_of<'a>(entry: &'a OrgEntry, report: &'a Report) -> impl Iterator<Item = &'a Finding> {
    // The organisation's folder, from its file (its id may differ, STR-003).
    let own = entry.file.path.as_str();
    let folder = match own.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/"),
        None => format!("{}/", entry.org.id),
    };
    report
        .findings
        .iter()
        .filter(move |f| f.path == own || f.path.starts_with(&folder))
}

fn organisation(entry: &OrgEntry, report: &Report, today: Date, lang: Lang) -> OrgGaps {
    let o = &entry.org;
    let mut not_stated = Vec::new();
    let mut groups: Vec<QuestionGroup> = Vec::new();
    for f in findings_of(entry, report) {
        let Some((rec, act)) = record(entry, &f.path) else {
            continue;
        };
        if f.rule == GAP {
            let entries = match act {
                Some(a) => &a.not_stated,
                None => &o.not_stated,
            };
            // An entry of the record's list is reported at the entry
            // (`not_stated[0]`); a value written `NotStated` at the value.
            let entry = index_after(&f.field, "not_stated").and_then(|i| entries.get(i));
            not_stated.push(NotStatedItem {
                record: rec,
                field: entry.map_or_else(|| f.field.clone(), |n| n.field.clone()),
                note: entry.and_then(|n| n.note.clone()),
                text: f.message_in(lang),
            });
            continue;
        }
        if !f.is_active() {
            continue;
        }
        let (route, topic) = route(f.rule);
        let whom = match route {
            Route::Owner => match act {
                Some(a) => Whom::Owner(a.owner.clone().filter(|s| !s.trim().is_empty())),
                None => Whom::Controller,
            },
            Route::Recipient => match recipient_of(o, act, &f.field) {
                Some(n) => Whom::Recipient(n),
                None => match act {
                    Some(a) => Whom::Owner(a.owner.clone().filter(|s| !s.trim().is_empty())),
                    None => Whom::Controller,
                },
            },
            Route::Controller => Whom::Controller,
            Route::Legal => Whom::Legal,
            Route::Keepers => Whom::Keepers,
        };
        let ask = Ask {
            record: rec,
            rule: f.rule.to_string(),
            severity: f.severity,
            field: f.field.clone(),
            topic,
            question: tr(lang, &format!("gaps-q-{topic}")),
            finding: f.message_in(lang),
        };
        match groups.iter_mut().find(|g| g.whom == whom) {
            Some(g) => g.items.push(ask),
            None => groups.push(QuestionGroup {
                to: whom.label(lang),
                whom,
                items: vec![ask],
            }),
        }
    }
    groups.sort_by(|a, b| a.whom.cmp(&b.whom));
    // The organisation's own gaps first, then its activities'.
    not_stated.sort_by_key(|g: &NotStatedItem| g.record.activity.is_some());

    let mut acknowledged = Vec::new();
    let mut acks = |rec: RecordRef, list: &[super::model::Acknowledgement]| {
        for k in list {
            acknowledged.push(AckItem {
                record: rec.clone(),
                rule: k.rule.clone(),
                at: k.at.clone(),
                reason: k.reason.clone(),
                expires: k.expires.clone(),
                expired: Date::parse(k.expires.trim()).is_none_or(|d| d < today),
            });
        }
    };
    if let Some((rec, _)) = record(entry, &entry.file.path) {
        acks(rec, &o.acknowledgements);
    }
    for a in &entry.activities {
        if let Some((rec, _)) = record(entry, &a.file.path) {
            acks(rec, &a.activity.acknowledgements);
        }
    }
    acknowledged.sort_by(|a, b| a.expires.cmp(&b.expires));

    OrgGaps {
        id: o.id.clone(),
        name: o.name.clone(),
        not_stated,
        acknowledged,
        questions: groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_are_routed_to_who_can_answer() {
        assert_eq!(route("ACT-011"), (Route::Legal, "lia"));
        assert_eq!(route("ACT-005"), (Route::Legal, "basis"));
        assert_eq!(route("ACT-007"), (Route::Owner, "security"));
        assert_eq!(route("PRC-001"), (Route::Recipient, "processor"));
        assert_eq!(route("PRC-002"), (Route::Legal, "roles"));
        assert_eq!(route("XFR-006"), (Route::Recipient, "transfer"));
        assert_eq!(route("ORG-001"), (Route::Controller, "organisation"));
        assert_eq!(route("STR-002"), (Route::Keepers, "register"));
        for r in crate::register::validate::RULES {
            assert!(TOPICS.contains(&route(r.id).1), "{}", r.id);
        }
    }

    #[test]
    fn every_topic_and_whom_has_words_in_every_language() {
        for lang in Lang::ALL {
            for t in TOPICS {
                let key = format!("gaps-q-{t}");
                assert_ne!(tr(lang, &key), key, "{lang:?} {key}");
            }
            for w in [
                Whom::Owner(None),
                Whom::Owner(Some("x".into())),
                Whom::Recipient("x".into()),
                Whom::Controller,
                Whom::Legal,
                Whom::Keepers,
            ] {
                assert!(!w.label(lang).starts_with("gaps-"), "{lang:?} {w:?}");
            }
        }
    }

    #[test]
    fn indices_are_read_from_field_paths() {
        assert_eq!(index_after("recipients[2].dpa_ref", "recipients"), Some(2));
        assert_eq!(index_after("transfers[0]", "transfers"), Some(0));
        assert_eq!(index_after("recipients_none", "recipients"), None);
    }
}
