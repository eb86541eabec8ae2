//! The lines ropa's own export writes, read back: `[p1] Udbetale løn`,
//! `Ansatte [ansatte]`, `CPR-nummer [cpr]; Personnummer (art. 87):
//! CPR-nummer`, `[r1] 5 år — 5 år efter ansættelsens ophør`, `Art. 6, stk.
//! 1, litra b (kontrakt) — Ansættelseskontrakten; formål: p1`.
//!
//! A value in words is accepted only when the export's own labels (in
//! Danish, Norwegian or English) render what was read as exactly those
//! words: a line that merely looks like an export's is read as any other
//! line of a sheet.

use super::text;
use crate::register::export::labels::{DASH, Labels, strip_phrase};
use crate::register::lang::Lang;
use crate::register::model::{
    ActivityRole, Art6, Art9, Bound, Consent, DataKind, LegalBasis, NationalIdBasis,
    NationalIdScheme, OrgKind, OrgRole, RecipientKind, Retention, RetentionEvent, SpecialCondition,
    SpecialKind,
};
use crate::register::validate::checks::is_slug;
use crate::register::validate::countries;

const LANGS: [Lang; 3] = [Lang::Da, Lang::Nb, Lang::En];

const SPECIAL: [SpecialKind; 9] = [
    SpecialKind::RacialOrEthnicOrigin,
    SpecialKind::PoliticalOpinions,
    SpecialKind::ReligiousOrPhilosophicalBeliefs,
    SpecialKind::TradeUnionMembership,
    SpecialKind::Genetic,
    SpecialKind::Biometric,
    SpecialKind::Health,
    SpecialKind::SexLifeOrOrientation,
    SpecialKind::Unspecified,
];

/// `[id] rest` → (id, rest), when `id` is an id.
pub(super) fn id_first(line: &str) -> Option<(String, &str)> {
    let rest = line.strip_prefix('[')?;
    let (id, rest) = rest.split_once("] ")?;
    is_slug(id).then(|| (id.to_string(), rest.trim()))
}

/// The ids in brackets in `s`: `Navn [navn], CPR [cpr]` → navn, cpr.
fn bracketed_ids(s: &str) -> Vec<String> {
    s.split('[')
        .skip(1)
        .filter_map(|p| p.split_once(']').map(|(id, _)| id))
        .filter(|id| is_slug(id))
        .map(str::to_string)
        .collect()
}

/// `name [id]` → (name, id), when `id` is an id.
fn id_last(s: &str) -> Option<(&str, String)> {
    let s = s.trim().strip_suffix(']')?;
    let (name, id) = s.rsplit_once(" [")?;
    (is_slug(id) && !name.trim().is_empty()).then(|| (name.trim(), id.to_string()))
}

/// A purpose as the export writes it: `[id] text`, `[id] text (outside
/// the public tasks)`. (id, text, outside the public tasks).
pub(super) fn purpose(line: &str) -> Option<(String, String, bool)> {
    let (id, rest) = id_first(line)?;
    for lang in LANGS {
        let mark = format!(" ({})", Labels::new(lang).t("outside-public-tasks"));
        if let Some(text) = rest.strip_suffix(&mark) {
            return Some((id, text.to_string(), true));
        }
    }
    Some((id, rest.to_string(), false))
}

/// A purpose cell as the export writes it: `Beskrivelse: …` (over as many
/// lines as it has), then `[id] text` purposes, a line without an id going
/// on with the one before. `None` when the cell does not start so.
/// (description, purposes as (id, text, outside the public tasks)).
#[allow(clippy::type_complexity)]
pub(super) fn purposes(cell: &str) -> Option<(Option<String>, Vec<(String, String, bool)>)> {
    let cell = cell.trim();
    let first = cell.lines().next()?;
    if strip_phrase("export-description", first).is_none() && purpose(first).is_none() {
        return None;
    }
    let mut description: Option<String> = None;
    let mut out: Vec<(String, String, bool)> = Vec::new();
    for (i, line) in cell.lines().enumerate() {
        if i == 0
            && let Some(d) = strip_phrase("export-description", line)
        {
            description = Some(d.to_string());
        } else if let Some(p) = purpose(line.trim()) {
            out.push(p);
        } else if let Some(last) = out.last_mut() {
            last.1.push('\n');
            last.1.push_str(line);
        } else if let Some(d) = description.as_mut() {
            d.push('\n');
            d.push_str(line);
        }
    }
    // A text ends where the next begins; the lines between are its own.
    if let Some(d) = description.as_mut() {
        *d = d.trim_end().to_string();
    }
    for p in &mut out {
        p.1 = p.1.trim_end().to_string();
    }
    Some((description, out))
}

/// A data subject as the export writes it: `name [id]`, `name [id]
/// (vulnerable)`. (id, name, vulnerable).
pub(super) fn subject(line: &str) -> Option<(String, String, bool)> {
    for lang in LANGS {
        let mark = format!(" ({})", Labels::new(lang).t("vulnerable"));
        if let Some(s) = line.strip_suffix(&mark)
            && let Some((name, id)) = id_last(s)
        {
            return Some((id, name.to_string(), true));
        }
    }
    id_last(line).map(|(name, id)| (id, name.to_string(), false))
}

/// A data category as the export writes it: `name [id]; kind`, then its
/// subjects and whether it is published. (id, name, kind, published).
pub(super) fn category(line: &str) -> Option<(String, String, DataKind, bool)> {
    let mut parts = line.split("; ");
    let (name, id) = id_last(parts.next()?)?;
    let kind = data_kind(parts.next()?)?;
    let published = parts.any(|p| {
        LANGS
            .iter()
            .any(|l| p.trim() == Labels::new(*l).t("published"))
    });
    Some((id, name.to_string(), kind, published))
}

/// A kind of data in the export's words.
pub(super) fn data_kind(words: &str) -> Option<DataKind> {
    let words = words.trim();
    for lang in LANGS {
        let lb = Labels::new(lang);
        let mut candidates = vec![
            DataKind::Ordinary,
            DataKind::Special(Vec::new()),
            DataKind::Criminal,
            DataKind::NationalId(NationalIdScheme::DkCpr),
            DataKind::NationalId(NationalIdScheme::NoFnr),
        ];
        // A list of special kinds: the label's lead, then each kind's name.
        let lead = lb.data_kind(&DataKind::Special(vec![SpecialKind::Health]));
        let lead = lead
            .strip_suffix(&lb.special_kind(SpecialKind::Health))
            .unwrap_or_default()
            .to_string();
        if let Some(list) = words.strip_prefix(&lead).filter(|_| !lead.is_empty()) {
            let kinds: Vec<SpecialKind> = list
                .split(", ")
                .filter_map(|n| SPECIAL.iter().copied().find(|k| lb.special_kind(*k) == n))
                .collect();
            candidates.push(DataKind::Special(kinds));
        }
        // Another scheme of national id: the label's lead, then its name.
        let lead = lb.data_kind(&DataKind::NationalId(
            NationalIdScheme::Other(String::new()),
        ));
        if let Some(other) = words.strip_prefix(&lead).filter(|s| !s.is_empty()) {
            candidates.push(DataKind::NationalId(NationalIdScheme::Other(
                other.to_string(),
            )));
        }
        if let Some(k) = candidates.into_iter().find(|k| lb.data_kind(k) == words) {
            return Some(k);
        }
    }
    None
}

/// A retention rule as the export writes it: `[id] text — the rule in
/// words`, then what it covers. (id, text, the rule's words, the rule
/// when its words are read back exactly).
pub(super) fn retention(line: &str) -> Option<(String, String, String, Option<Retention>)> {
    let (id, rest) = id_first(line)?;
    let mut parts: Vec<&str> = rest.split(DASH).collect();
    // What the rule covers comes last: "kategorier: …", "registrerede: …".
    while parts.len() > 1
        && parts.last().is_some_and(|p| {
            LANGS.iter().any(|l| {
                let lb = Labels::new(*l);
                ["field-categories", "field-data-subjects"]
                    .iter()
                    .any(|k| p.starts_with(&format!("{}: ", lb.t(k))))
            })
        })
    {
        parts.pop();
    }
    if parts.len() < 2 {
        return None;
    }
    let words = parts.pop().unwrap_or_default();
    let rule = rule_in_words(words);
    Some((id, parts.join(DASH), words.to_string(), rule))
}

/// A period from collection or after an event, in the export's words:
/// the one whose words, rendered by the export's labels, are these.
fn rule_in_words(words: &str) -> Option<Retention> {
    let words = words.trim();
    let periods: Vec<String> = text::period(words)
        .into_iter()
        .chain(["P0D".to_string()])
        .collect();
    let mut candidates = Vec::new();
    for period in &periods {
        for bound in [Bound::Exact, Bound::Max] {
            candidates.push(Retention::Duration {
                period: period.clone(),
                bound,
            });
            for event in EVENTS {
                candidates.push(Retention::EventBased {
                    event: event.clone(),
                    offset: period.clone(),
                    bound,
                });
            }
        }
    }
    candidates
        .into_iter()
        .find(|r| LANGS.iter().any(|l| Labels::new(*l).retention(r) == words))
}

const EVENTS: [RetentionEvent; 11] = [
    RetentionEvent::DeathOfDataSubject,
    RetentionEvent::DeathOfRelatedPerson,
    RetentionEvent::EndOfMembership,
    RetentionEvent::EndOfEmployment,
    RetentionEvent::EndOfContract,
    RetentionEvent::ConsentGiven,
    RetentionEvent::ConsentWithdrawal,
    RetentionEvent::AccountDeletion,
    RetentionEvent::ServiceUnsubscribed,
    RetentionEvent::Participation,
    RetentionEvent::CaseClosed,
];

/// An Art. 6 basis as the export writes it: `Art. 6, stk. 1, litra b
/// (kontrakt) — law — text as written; national provision: …; legitimate
/// interest: …; purposes: p1, p2`.
pub(super) fn legal_basis(line: &str) -> Option<LegalBasis> {
    for lang in LANGS {
        let lb = Labels::new(lang);
        let letters = [
            Some(Art6::A),
            Some(Art6::B),
            Some(Art6::C),
            Some(Art6::D),
            Some(Art6::E),
            Some(Art6::F),
            None,
        ];
        let Some((article6, rest)) = letters
            .iter()
            .find_map(|a| line.strip_prefix(&lb.art6(*a)).map(|r| (*a, r)))
        else {
            continue;
        };
        let purposes_mark = format!("; {}: ", lb.t("field-purposes"));
        let (head, purposes) = rest.rsplit_once(&purposes_mark)?;
        let purposes: Vec<String> = if purposes == lb.t("every-purpose") {
            Vec::new()
        } else {
            let ids: Vec<String> = purposes.split(", ").map(str::to_string).collect();
            if !ids.iter().all(|i| is_slug(i)) {
                return None;
            }
            ids
        };
        let mut head = head;
        let mut interest = None;
        let mut provision = None;
        let im = format!("; {}: ", lb.t("field-legitimate-interest"));
        if let Some((h, i)) = head.rsplit_once(&im) {
            interest = Some(i.to_string());
            head = h;
        }
        let pm = format!("; {}: ", lb.t("field-national-provision"));
        if let Some((h, p)) = head.rsplit_once(&pm) {
            provision = Some(p.to_string());
            head = h;
        }
        let head = head.strip_prefix(DASH).unwrap_or(head);
        // Law and text: with both, the law comes first; one alone is kept
        // as the text, as written.
        let (law_ref, text) = match head.split_once(DASH) {
            _ if head.is_empty() => (None, None),
            Some((law, text)) => (Some(law.to_string()), Some(text.to_string())),
            None => (None, Some(head.to_string())),
        };
        return Some(LegalBasis {
            purposes,
            article6,
            law_ref,
            national_provision: provision,
            legitimate_interest: interest,
            text,
        });
    }
    None
}

/// A national identification number basis as the export writes it:
/// `CPR-nummer — provision — [begrundelse: … —] text`. The provision comes
/// first, the text (when there is one besides) last; the line is the
/// export's only when the labels render the basis read as exactly it.
pub(super) fn national_id_basis(line: &str) -> Option<NationalIdBasis> {
    let line = line.trim();
    for lang in LANGS {
        let lb = Labels::new(lang);
        for scheme in [NationalIdScheme::DkCpr, NationalIdScheme::NoFnr] {
            let Some(rest) = line
                .strip_prefix(&lb.national_id_scheme(&scheme))
                .and_then(|r| r.strip_prefix(DASH))
            else {
                continue;
            };
            let mut parts: Vec<&str> = rest.split(DASH).collect();
            let provision = parts.remove(0).to_string();
            let mark = format!("{}: ", lb.t("field-justification"));
            let justification = match parts.first().and_then(|p| p.strip_prefix(&mark)) {
                Some(j) => {
                    let j = j.to_string();
                    parts.remove(0);
                    Some(j)
                }
                None => None,
            };
            let text = (!parts.is_empty()).then(|| parts.join(DASH));
            let basis = NationalIdBasis {
                scheme,
                provision,
                justification,
                text,
            };
            if lb.national_id_basis(&basis) == line {
                return Some(basis);
            }
        }
    }
    None
}

/// An Art. 9(2) condition as the export writes it: `Art. 9, stk. 2, litra
/// h (…) — national provision — text; kategorier: c1, c2`.
pub(super) fn special_condition(line: &str) -> Option<SpecialCondition> {
    const LETTERS: [Option<Art9>; 11] = [
        Some(Art9::A),
        Some(Art9::B),
        Some(Art9::C),
        Some(Art9::D),
        Some(Art9::E),
        Some(Art9::F),
        Some(Art9::G),
        Some(Art9::H),
        Some(Art9::I),
        Some(Art9::J),
        None,
    ];
    for lang in LANGS {
        let lb = Labels::new(lang);
        let Some((article9, rest)) = LETTERS
            .iter()
            .find_map(|a| line.strip_prefix(&lb.art9(*a)).map(|r| (*a, r)))
        else {
            continue;
        };
        let mark = format!("; {}: ", lb.t("field-categories"));
        let (head, cats) = rest.rsplit_once(&mark)?;
        // Each category as `name [id]`, or by its name: the caller finds
        // the ids of the names among the activity's categories.
        let categories: Vec<String> = if cats == lb.t("every-special-category") {
            Vec::new()
        } else {
            let ids = bracketed_ids(cats);
            if ids.is_empty() {
                vec![cats.to_string()]
            } else {
                ids
            }
        };
        let head = head.strip_prefix(DASH).unwrap_or(head);
        let (national_provision, text) = match head.split_once(DASH) {
            _ if head.is_empty() => (None, None),
            Some((p, t)) => (Some(p.to_string()), Some(t.to_string())),
            None => (None, Some(head.to_string())),
        };
        return Some(SpecialCondition {
            categories,
            article9,
            national_provision,
            text,
        });
    }
    None
}

/// A consent cell as the export writes it: `registrering: …; afgivet: …;
/// tilbagetrækning: …`, every part labelled.
pub(super) fn consent(cell: &str) -> Option<Consent> {
    for lang in LANGS {
        let lb = Labels::new(lang);
        let mut c = Consent {
            how_given: None,
            record_ref: None,
            withdrawal_process: None,
        };
        let mut all = true;
        for part in cell.split("; ") {
            let field = |key: &str| {
                part.strip_prefix(&format!("{}: ", lb.t(key)))
                    .map(str::to_string)
            };
            if let Some(v) = field("field-record") {
                c.record_ref = Some(v);
            } else if let Some(v) = field("field-given") {
                c.how_given = Some(v);
            } else if let Some(v) = field("field-withdrawal") {
                c.withdrawal_process = Some(v);
            } else {
                all = false;
                break;
            }
        }
        if all {
            return Some(c);
        }
    }
    None
}

/// A transfer's destination as the export writes it: `[t1] Danmark,
/// international organisation: …, som angivet: …; modtagere: …; regelmæssig`.
/// (id, country code, international organisation, destination as written,
/// regular).
#[allow(clippy::type_complexity)]
pub(super) fn transfer(
    line: &str,
) -> Option<(String, Option<String>, Option<String>, Option<String>, bool)> {
    let (id, rest) = id_first(line)?;
    for lang in LANGS {
        let lb = Labels::new(lang);
        let mut parts = rest.split("; ");
        let mut dest = parts.next().unwrap_or_default();
        let regular = parts.any(|p| p == lb.t("regular"));
        let mut text = None;
        let mark = format!("{}: ", lb.t("field-as-written"));
        if let Some(i) = dest.find(&mark) {
            text = Some(dest[i + mark.len()..].to_string());
            dest = dest[..i].trim_end_matches([',', ' ']);
        }
        let mut io = None;
        let mark = format!("{}: ", lb.t("field-international-organisation"));
        if let Some(i) = dest.find(&mark) {
            io = Some(dest[i + mark.len()..].to_string());
            dest = dest[..i].trim_end_matches([',', ' ']);
        }
        let country = if dest.is_empty() {
            None
        } else {
            match countries::COUNTRIES
                .iter()
                .find(|c| lb.country(c.0) == dest)
            {
                Some(c) => Some(c.0.to_string()),
                None => continue,
            }
        };
        if country.is_none() && io.is_none() && text.is_none() {
            continue;
        }
        return Some((id, country, io, text, regular));
    }
    None
}

/// The organisation's role and kind as the export writes them:
/// `Dataansvarlig (art. 30, stk. 1) — Forening` (an activity's role cell
/// goes on with `; i denne behandling: …`), in any of the three
/// languages. The role alone (`Databehandler (art. 30, stk. 2)`) is read
/// too; the kind is then `None`.
pub(super) fn org_role(cell: &str) -> Option<(OrgRole, Option<OrgKind>)> {
    let cell = cell.trim();
    let head = cell.split_once("; ").map_or(cell, |(h, _)| h).trim();
    let (role_text, kind_text) = match head.split_once(DASH.trim()) {
        Some((r, k)) => (r.trim(), Some(k.trim())),
        None => (head, None),
    };
    for lang in LANGS {
        let lb = Labels::new(lang);
        let Some(role) = [
            OrgRole::Controller,
            OrgRole::Processor,
            OrgRole::ControllerAndProcessor,
        ]
        .into_iter()
        .find(|r| lb.org_role(*r) == role_text) else {
            continue;
        };
        let kind = match kind_text {
            None => None,
            Some(k) => Some(
                [
                    OrgKind::PublicAuthority,
                    OrgKind::Company,
                    OrgKind::Association,
                    OrgKind::Foundation,
                    OrgKind::Other,
                ]
                .into_iter()
                .find(|o| lb.org_kind(*o) == k)?,
            ),
        };
        return Some((role, kind));
    }
    None
}

/// The activity's role in the export's role cell: `Dataansvarlig —
/// Virksomhed; i denne aktivitet: databehandler`.
pub(super) fn activity_role(cell: &str) -> Option<ActivityRole> {
    let (_, tail) = cell.rsplit_once("; ")?;
    for lang in LANGS {
        let lb = Labels::new(lang);
        for r in [
            ActivityRole::Controller,
            ActivityRole::Processor,
            ActivityRole::JointController,
        ] {
            if lb.t1("in-this-activity", "role", lb.activity_role(r)) == tail {
                return Some(r);
            }
        }
    }
    None
}

/// A recipient as the export writes it: `name [id]; kind`, then its
/// country, number, address, description, agreement…, and what this
/// activity gives it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct OwnRecipient {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: RecipientKind,
    /// Its description, as written.
    pub description: Option<String>,
    /// The data processing agreement, as written.
    pub dpa_ref: Option<String>,
    /// What the activity gives it for (the recipient's use).
    pub purpose: Option<String>,
    /// The other parts of the line (country, address, sub-processors,
    /// data…), kept as written.
    pub rest: Vec<String>,
}

const RECIPIENT_KINDS: [RecipientKind; 7] = [
    RecipientKind::Processor,
    RecipientKind::SubProcessor,
    RecipientKind::IndependentController,
    RecipientKind::JointController,
    RecipientKind::PublicAuthority,
    RecipientKind::Internal,
    RecipientKind::Other,
];

/// A recipient line of the export.
pub(super) fn recipient(line: &str) -> Option<OwnRecipient> {
    let mut parts = line.split("; ");
    let (name, id) = id_last(parts.next()?)?;
    let second = parts.next()?;
    for lang in LANGS {
        let lb = Labels::new(lang);
        let Some(kind) = RECIPIENT_KINDS
            .iter()
            .copied()
            .find(|k| lb.recipient_kind(*k) == second)
        else {
            continue;
        };
        let mut r = OwnRecipient {
            id,
            name: name.to_string(),
            kind,
            description: None,
            dpa_ref: None,
            purpose: None,
            rest: Vec::new(),
        };
        let field = |p: &str, key: &str| {
            p.strip_prefix(&format!("{}: ", lb.t(key)))
                .map(str::to_string)
        };
        for p in parts {
            if let Some(v) = field(p, "field-description") {
                r.description = Some(v);
            } else if let Some(v) = field(p, "field-dpa") {
                r.dpa_ref = Some(v);
            } else if let Some(v) = field(p, "field-purpose") {
                r.purpose = Some(v);
            } else {
                r.rest.push(p.to_string());
            }
        }
        return Some(r);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_s_own_lines_read_back() {
        assert_eq!(
            purpose("[p1] Udbetale løn"),
            Some(("p1".into(), "Udbetale løn".into(), false))
        );
        assert_eq!(
            subject("Ansatte [ansatte] (sårbare)"),
            Some(("ansatte".into(), "Ansatte".into(), true))
        );
        assert_eq!(
            category("CPR-nummer [cpr]; Personnummer (art. 87): CPR-nummer"),
            Some((
                "cpr".into(),
                "CPR-nummer".into(),
                DataKind::NationalId(NationalIdScheme::DkCpr),
                false
            ))
        );
        assert_eq!(
            data_kind("Følsomme personoplysninger (art. 9): helbredsoplysninger"),
            Some(DataKind::Special(vec![SpecialKind::Health]))
        );
        assert_eq!(
            retention("[r1] 5 år — 5 år efter ansættelsens ophør"),
            Some((
                "r1".into(),
                "5 år".into(),
                "5 år efter ansættelsens ophør".into(),
                Some(Retention::EventBased {
                    event: RetentionEvent::EndOfEmployment,
                    offset: "P5Y".into(),
                    bound: Bound::Exact
                })
            ))
        );
        let b =
            legal_basis("Art. 6, stk. 1, litra b (kontrakt) — Ansættelseskontrakten; formål: p1")
                .expect("basis");
        assert_eq!(b.article6, Some(Art6::B));
        assert_eq!(b.text.as_deref(), Some("Ansættelseskontrakten"));
        assert_eq!(b.purposes, vec!["p1".to_string()]);
        assert_eq!(purpose("Udbetale løn"), None);
        assert_eq!(data_kind("Navn"), None);
    }
}
