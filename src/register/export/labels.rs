//! The one table of plain labels: every model value a person reads, in
//! words, in the reader's language (enum values, legal references,
//! retention rules as sentences, transfer mechanisms), and one-line
//! renderings of composite values (legal bases, contacts, recipients).
//!
//! The words live in the message catalogues (`locales/*.ftl`); this
//! module picks the message for a value and fills it in. Take a
//! [`Labels`] for the reader's language and call its methods:
//! `Labels::new(Lang::Da).retention(&rule)` is `5 år efter ansættelsens
//! ophør`.
//!
//! Everything here returns unescaped text; each format escapes it.

use crate::register::lang::{Arg, Lang, tr, tr_args};
use crate::register::model::{
    Acknowledgement, Activity, ActivityRole, Art6, Art9, Art22Ground, Art49, AutomatedDecisions,
    Bound, CollectedFrom, Consent, Contact, ControllerServed, CriminalBasis, DataCategory,
    DataKind, DataSubject, Dpia, DpiaStatus, Dpo, FindingKind, JointController, LegalBasis,
    Mechanism, NationalIdBasis, NationalIdScheme, OrgKind, OrgNumber, OrgRole, Organisation,
    Purpose, Recipient, RecipientKind, RecipientUse, Retention, RetentionEvent, RetentionRule,
    RiskCriterion, SpecialCondition, SpecialKind, Status, SubProcessors, System, Transfer,
};
use crate::register::validate::countries;

/// Separator between the parts of one composite value.
pub const DASH: &str = " — ";

/// Joins the present, non-empty parts with `sep`.
pub fn join_present<I, S>(parts: I, sep: &str) -> String
where
    I: IntoIterator<Item = Option<S>>,
    S: AsRef<str>,
{
    let v: Vec<String> = parts
        .into_iter()
        .flatten()
        .map(|s| s.as_ref().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    v.join(sep)
}

/// `label: value` when the value is present.
pub fn labelled(label: &str, v: Option<&String>) -> Option<String> {
    v.map(|v| format!("{label}: {v}"))
}

/// `line` with the layout phrase `key` taken off, in whichever language
/// it is written: the value the phrase was written around (`Hjemmeside:
/// x`, `Nettsted: x` and `Website: x` all give `x` for `export-website`).
/// `None` when `line` is not that phrase in any language.
pub fn strip_phrase<'a>(key: &str, line: &'a str) -> Option<&'a str> {
    const MARK: &str = "\u{1}";
    Lang::ALL.into_iter().find_map(|lang| {
        let whole = Labels::new(lang).phrase(key, MARK);
        let (before, after) = whole.split_once(MARK)?;
        line.strip_prefix(before)?.strip_suffix(after)
    })
}

/// Whether `line` is the phrase `key` (without a value) in any language.
pub fn is_phrase(key: &str, line: &str) -> bool {
    Lang::ALL
        .into_iter()
        .any(|lang| Labels::new(lang).t(key) == line.trim())
}

/// The plain labels in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Labels {
    /// The language of every label.
    pub lang: Lang,
}

/// The parts of an ISO 8601 duration (`P5Y`, `P1Y6M`, `P2W`, `PT24H`) in
/// order, with the message that names each; `None` when `iso` is not one.
fn duration_parts(iso: &str) -> Option<Vec<(&'static str, u32)>> {
    let rest = iso.trim().strip_prefix('P')?;
    let (date, time) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let mut parts = Vec::new();
    let mut take = |text: &str, units: &[(char, &'static str)]| -> Option<()> {
        let mut n = String::new();
        let mut next = 0;
        for c in text.chars() {
            if c.is_ascii_digit() {
                n.push(c);
                continue;
            }
            // Units in order, each once, each after a number.
            let i = units[next..].iter().position(|(u, _)| *u == c)? + next;
            parts.push((units[i].1, n.parse().ok()?));
            n.clear();
            next = i + 1;
        }
        n.is_empty().then_some(())
    };
    take(
        date,
        &[
            ('Y', "period-years"),
            ('M', "period-months"),
            ('W', "period-weeks"),
            ('D', "period-days"),
        ],
    )?;
    if let Some(t) = time {
        take(t, &[('H', "period-hours"), ('M', "period-minutes")])?;
        if t.is_empty() {
            return None;
        }
    }
    (!parts.is_empty()).then_some(parts)
}

/// True when `iso` is a period of nothing (`P0D`, `PT0S`-like `P0Y0M`):
/// the data go when the period starts.
fn is_zero(iso: &str) -> bool {
    duration_parts(iso).is_some_and(|parts| parts.iter().all(|(_, n)| *n == 0))
}

impl Labels {
    /// The labels in `lang`.
    pub const fn new(lang: Lang) -> Self {
        Labels { lang }
    }

    /// The message `key`.
    pub fn t(self, key: &str) -> String {
        tr(self.lang, key)
    }

    /// The message `key` with one argument.
    pub fn t1<'a>(self, key: &str, name: &str, value: impl Into<Arg<'a>>) -> String {
        tr_args(self.lang, key, &[(name, value.into())])
    }

    /// A phrase of the spreadsheet and document layouts around one value
    /// (`export-website`: `Hjemmeside: …`).
    pub fn phrase(self, key: &str, value: &str) -> String {
        self.t1(key, "value", value)
    }

    /// "Yes" or "No".
    pub fn yes_no(self, b: bool) -> String {
        self.t(if b { "yes" } else { "no" })
    }

    /// The organisation's role.
    pub fn org_role(self, r: OrgRole) -> String {
        self.t(match r {
            OrgRole::Controller => "org-role-controller",
            OrgRole::Processor => "org-role-processor",
            OrgRole::ControllerAndProcessor => "org-role-both",
        })
    }

    /// The kind of body.
    pub fn org_kind(self, k: OrgKind) -> String {
        self.t(match k {
            OrgKind::PublicAuthority => "org-kind-public-authority",
            OrgKind::Company => "org-kind-company",
            OrgKind::Association => "org-kind-association",
            OrgKind::Foundation => "org-kind-foundation",
            OrgKind::Other => "org-kind-other",
        })
    }

    /// The organisation's capacity in one activity.
    pub fn activity_role(self, r: ActivityRole) -> String {
        self.t(match r {
            ActivityRole::Controller => "activity-role-controller",
            ActivityRole::Processor => "activity-role-processor",
            ActivityRole::JointController => "activity-role-joint-controller",
        })
    }

    /// Workflow state.
    pub fn status(self, s: Status) -> String {
        self.t(match s {
            Status::Draft => "status-draft",
            Status::InReview => "status-in-review",
            Status::Approved => "status-approved",
            Status::Retired => "status-retired",
        })
    }

    /// A country by name with its code, `Tyskland (DE)`; a code the
    /// table does not know, as written.
    pub fn country(self, code: &str) -> String {
        match countries::COUNTRIES.iter().find(|c| c.0 == code) {
            Some(c) => {
                let name = match self.lang {
                    Lang::Da => c.3,
                    Lang::Nb => c.4,
                    Lang::En => c.2,
                };
                format!("{name} ({code})")
            }
            None => code.to_string(),
        }
    }

    /// A company register number with its scheme.
    pub fn org_number(self, n: &OrgNumber) -> String {
        match n {
            OrgNumber::Cvr(v) => self.t1("org-number-cvr", "value", v),
            OrgNumber::NoOrgnr(v) => self.t1("org-number-no-orgnr", "value", v),
            OrgNumber::Other { scheme, value } => format!("{scheme} {value}"),
            OrgNumber::NotStated { note } => self.not_stated(note.as_deref()),
        }
    }

    /// A value the source does not state, with its note.
    pub fn not_stated(self, note: Option<&str>) -> String {
        match note {
            Some(n) if !n.trim().is_empty() => self.t1("not-stated-note", "note", n),
            _ => self.t("not-stated"),
        }
    }

    /// A recipient's role.
    pub fn recipient_kind(self, k: RecipientKind) -> String {
        self.t(match k {
            RecipientKind::Processor => "recipient-kind-processor",
            RecipientKind::SubProcessor => "recipient-kind-sub-processor",
            RecipientKind::IndependentController => "recipient-kind-independent-controller",
            RecipientKind::JointController => "recipient-kind-joint-controller",
            RecipientKind::PublicAuthority => "recipient-kind-public-authority",
            RecipientKind::Internal => "recipient-kind-internal",
            RecipientKind::Other => "recipient-kind-other",
        })
    }

    /// National identification number scheme.
    pub fn national_id_scheme(self, s: &NationalIdScheme) -> String {
        match s {
            NationalIdScheme::DkCpr => self.t("national-id-dk-cpr"),
            NationalIdScheme::NoFnr => self.t("national-id-no-fnr"),
            NationalIdScheme::Other(o) => o.clone(),
        }
    }

    /// A special category of Art. 9(1).
    pub fn special_kind(self, k: SpecialKind) -> String {
        self.t(match k {
            SpecialKind::RacialOrEthnicOrigin => "special-racial-or-ethnic-origin",
            SpecialKind::PoliticalOpinions => "special-political-opinions",
            SpecialKind::ReligiousOrPhilosophicalBeliefs => {
                "special-religious-or-philosophical-beliefs"
            }
            SpecialKind::TradeUnionMembership => "special-trade-union-membership",
            SpecialKind::Genetic => "special-genetic",
            SpecialKind::Biometric => "special-biometric",
            SpecialKind::Health => "special-health",
            SpecialKind::SexLifeOrOrientation => "special-sex-life-or-orientation",
            SpecialKind::Unspecified => "special-unspecified",
        })
    }

    /// The kind flag of a data category.
    pub fn data_kind(self, k: &DataKind) -> String {
        match k {
            DataKind::Ordinary => self.t("data-kind-ordinary"),
            DataKind::Special(kinds) if kinds.is_empty() => self.t("data-kind-special"),
            DataKind::Special(kinds) => {
                let list: Vec<String> = kinds.iter().map(|k| self.special_kind(*k)).collect();
                self.t1("data-kind-special-list", "list", list.join(", "))
            }
            DataKind::NationalId(s) => self.t1(
                "data-kind-national-id",
                "scheme",
                self.national_id_scheme(s),
            ),
            DataKind::Criminal => self.t("data-kind-criminal"),
        }
    }

    /// Where data come from.
    pub fn collected_from(self, c: CollectedFrom) -> String {
        self.t(match c {
            CollectedFrom::DataSubject => "collected-from-data-subject",
            CollectedFrom::ThirdParty => "collected-from-third-party",
            CollectedFrom::PublicRegister => "collected-from-public-register",
            CollectedFrom::Generated => "collected-from-generated",
        })
    }

    /// The Art. 6(1) reference alone, e.g. `Art. 6(1)(c)`,
    /// `Art. 6, stk. 1, litra c`.
    pub fn art6_ref(self, a: Option<Art6>) -> String {
        match a {
            Some(a) => self.t1("art6-ref", "letter", art6_letter(a)),
            None => self.t("art6-ref-none"),
        }
    }

    /// The Art. 6(1) basis with its meaning, e.g. `Art. 6, stk. 1, litra
    /// b (kontrakt)`.
    pub fn art6(self, a: Option<Art6>) -> String {
        match a {
            Some(a) => self.t(&format!("art6-{}", art6_letter(a))),
            None => self.t("art6-ref-none"),
        }
    }

    /// The Art. 9(2) condition with its meaning.
    pub fn art9(self, a: Option<Art9>) -> String {
        self.t(match a {
            Some(Art9::A) => "art9-a",
            Some(Art9::B) => "art9-b",
            Some(Art9::C) => "art9-c",
            Some(Art9::D) => "art9-d",
            Some(Art9::E) => "art9-e",
            Some(Art9::F) => "art9-f",
            Some(Art9::G) => "art9-g",
            Some(Art9::H) => "art9-h",
            Some(Art9::I) => "art9-i",
            Some(Art9::J) => "art9-j",
            None => "art9-none",
        })
    }

    /// The Art. 22(2) ground.
    pub fn art22(self, g: Art22Ground) -> String {
        self.t(match g {
            Art22Ground::Contract => "art22-contract",
            Art22Ground::Law => "art22-law",
            Art22Ground::ExplicitConsent => "art22-explicit-consent",
        })
    }

    /// The Art. 49(1) derogation letter.
    pub fn art49(self, a: Option<Art49>) -> String {
        self.t(match a {
            Some(Art49::A) => "art49-a",
            Some(Art49::B) => "art49-b",
            Some(Art49::C) => "art49-c",
            Some(Art49::D) => "art49-d",
            Some(Art49::E) => "art49-e",
            Some(Art49::F) => "art49-f",
            Some(Art49::G) => "art49-g",
            None => "art49-none",
        })
    }

    /// DPIA state.
    pub fn dpia_status(self, s: DpiaStatus) -> String {
        self.t(match s {
            DpiaStatus::NotAssessed => "dpia-not-assessed",
            DpiaStatus::NotRequired => "dpia-not-required",
            DpiaStatus::Planned => "dpia-planned",
            DpiaStatus::Done => "dpia-done",
        })
    }

    /// Whether a DPIA is required, in the ICO template's words.
    pub fn dpia_required(self, s: DpiaStatus) -> String {
        match s {
            DpiaStatus::NotAssessed => self.t("dpia-required-not-assessed"),
            DpiaStatus::NotRequired => self.yes_no(false),
            DpiaStatus::Planned | DpiaStatus::Done => self.yes_no(true),
        }
    }

    /// A WP248 criterion.
    pub fn risk_criterion(self, c: RiskCriterion) -> String {
        self.t(match c {
            RiskCriterion::EvaluationOrScoring => "risk-evaluation-or-scoring",
            RiskCriterion::AutomatedDecision => "risk-automated-decision",
            RiskCriterion::SystematicMonitoring => "risk-systematic-monitoring",
            RiskCriterion::LargeScale => "risk-large-scale",
            RiskCriterion::MatchingDatasets => "risk-matching-datasets",
            RiskCriterion::VulnerableSubjects => "risk-vulnerable-subjects",
            RiskCriterion::NewTechnology => "risk-new-technology",
            RiskCriterion::PreventsRights => "risk-prevents-rights",
        })
    }

    /// An ISO 8601 period in words (`P5Y` → `5 years`, `5 år`;
    /// `P1Y6M` → `1 year and 6 months`); anything else as written.
    pub fn period(self, iso: &str) -> String {
        match duration_parts(iso) {
            Some(parts) => parts
                .into_iter()
                .map(|(key, n)| self.t1(key, "n", n))
                .reduce(|first, second| {
                    tr_args(
                        self.lang,
                        "period-and",
                        &[("first", first.into()), ("second", second.into())],
                    )
                })
                .unwrap_or_default(),
            None => iso.to_string(),
        }
    }

    /// A retention trigger, as it reads after "5 years after".
    pub fn retention_event(self, e: &RetentionEvent) -> String {
        self.t(match e {
            RetentionEvent::DeathOfDataSubject => "event-death-of-data-subject",
            RetentionEvent::DeathOfRelatedPerson => "event-death-of-related-person",
            RetentionEvent::EndOfMembership => "event-end-of-membership",
            RetentionEvent::EndOfEmployment => "event-end-of-employment",
            RetentionEvent::EndOfContract => "event-end-of-contract",
            RetentionEvent::ConsentGiven => "event-consent-given",
            RetentionEvent::ConsentWithdrawal => "event-consent-withdrawal",
            RetentionEvent::AccountDeletion => "event-account-deletion",
            RetentionEvent::ServiceUnsubscribed => "event-service-unsubscribed",
            RetentionEvent::Participation => "event-participation",
            RetentionEvent::CaseClosed => "event-case-closed",
            RetentionEvent::Other(s) => return self.t1("event-other", "text", s),
        })
    }

    /// The structured retention value as a sentence: `5 år efter
    /// ansættelsens ophør`, `up to 30 days from collection`.
    pub fn retention(self, r: &Retention) -> String {
        match r {
            Retention::Duration { period, .. } if is_zero(period) => {
                self.t("retention-duration-zero")
            }
            Retention::EventBased { event, offset, .. } if is_zero(offset) => {
                self.t1("retention-event-zero", "event", self.retention_event(event))
            }
            Retention::Duration { period, bound } => {
                let key = match bound {
                    Bound::Exact => "retention-duration",
                    Bound::Max => "retention-duration-max",
                };
                self.t1(key, "period", self.period(period))
            }
            Retention::EventBased {
                event,
                offset,
                bound,
            } => {
                let key = match bound {
                    Bound::Exact => "retention-event",
                    Bound::Max => "retention-event-max",
                };
                tr_args(
                    self.lang,
                    key,
                    &[
                        ("period", self.period(offset).into()),
                        ("event", self.retention_event(event).into()),
                    ],
                )
            }
            Retention::Statutory { law_ref, period } => match period {
                Some(p) => tr_args(
                    self.lang,
                    "retention-statutory-period",
                    &[("period", self.period(p).into()), ("law", law_ref.into())],
                ),
                None => self.t1("retention-statutory", "law", law_ref),
            },
            Retention::UntilWithdrawal => self.t("retention-until-withdrawal"),
            Retention::Indefinite { justification } => match justification {
                Some(j) => self.t1("retention-indefinite", "justification", j),
                None => self.t("retention-indefinite-none"),
            },
            Retention::NotPossible { reason, criteria } => {
                // A reason written as a sentence ends with its own full
                // stop; the criteria then begin a sentence of their own
                // rather than following it after a semicolon (".; ").
                let sentence = reason.trim_end().ends_with(['.', '!', '?', '…']);
                tr_args(
                    self.lang,
                    if sentence {
                        "retention-not-possible-sentence"
                    } else {
                        "retention-not-possible"
                    },
                    &[
                        ("reason", reason.trim_end().into()),
                        ("criteria", criteria.into()),
                    ],
                )
            }
            Retention::AnonymiseAfter { period } => match period {
                Some(p) => self.t1("retention-anonymise", "period", self.period(p)),
                None => self.t("retention-anonymise-none"),
            },
            Retention::NotStated { note } => self.not_stated(note.as_deref()),
        }
    }

    /// A transfer mechanism.
    pub fn mechanism(self, m: &Mechanism) -> String {
        match m {
            Mechanism::Adequacy => self.t("mechanism-adequacy"),
            Mechanism::EuUsDpf => self.t("mechanism-eu-us-dpf"),
            Mechanism::Scc { decision, module } => join_present(
                [
                    Some(self.t("mechanism-scc")),
                    Some(match decision {
                        Some(d) => self.t1("mechanism-scc-decision", "decision", d),
                        None => self.t("mechanism-scc-decision-none"),
                    }),
                    module.map(|m| self.t1("mechanism-scc-module", "module", m)),
                ],
                ", ",
            ),
            Mechanism::Bcr { approval_ref } => join_present(
                [
                    Some(self.t("mechanism-bcr")),
                    approval_ref
                        .as_ref()
                        .map(|r| self.t1("mechanism-bcr-approval", "approval", r)),
                ],
                ", ",
            ),
            Mechanism::PublicAuthorityInstrument(s) => {
                self.t1("mechanism-public-instrument", "text", s)
            }
            Mechanism::CodeOfConduct(s) => self.t1("mechanism-code-of-conduct", "text", s),
            Mechanism::Certification(s) => self.t1("mechanism-certification", "text", s),
            Mechanism::AuthorisedClauses(s) => self.t1("mechanism-authorised-clauses", "text", s),
            Mechanism::Derogation {
                letter,
                safeguards_documentation,
                sa_notified,
            } => join_present(
                [
                    Some(self.t1("mechanism-derogation", "letter", self.art49(*letter))),
                    safeguards_documentation
                        .as_ref()
                        .map(|d| self.t1("mechanism-derogation-safeguards", "text", d)),
                    sa_notified.then(|| self.t("mechanism-derogation-sa-notified")),
                ],
                "; ",
            ),
            Mechanism::Named(s) => self.t1("mechanism-named", "text", s),
            Mechanism::NotStated { note } => self.not_stated(note.as_deref()),
        }
    }

    /// `label: value` for the field label `key`, when the value is present.
    fn field(self, key: &str, v: Option<&String>) -> Option<String> {
        labelled(&self.t(key), v)
    }

    /// A contact on one line: name, role, address, e-mail, phone, other.
    pub fn contact(self, c: &Contact) -> String {
        join_present(
            [
                c.name.clone(),
                c.role.clone(),
                c.address.clone(),
                self.field("field-email", c.email.as_ref()),
                self.field("field-phone", c.phone.as_ref()),
                self.field("field-other", c.other.as_ref()),
            ],
            ", ",
        )
    }

    /// The DPO on one line.
    pub fn dpo(self, d: &Dpo) -> String {
        let head = self.t(if d.designated {
            "dpo-designated"
        } else {
            "dpo-not-designated"
        });
        let c = self.contact(&d.contact);
        if c.is_empty() {
            head
        } else {
            format!("{head}: {c}")
        }
    }

    /// `id` marked as not in this register.
    pub fn not_in_register(self, id: &str) -> String {
        self.t1("not-in-register", "id", id)
    }

    /// A joint controller on one line: name (id), arrangement, scope.
    pub fn joint_controller(self, j: &JointController, orgs: &[&Organisation]) -> String {
        let who = match org_name(orgs, &j.organisation) {
            Some(n) => format!("{n} ({})", j.organisation),
            None => self.not_in_register(&j.organisation),
        };
        join_present(
            [
                Some(who),
                self.field("field-arrangement", j.arrangement_ref.as_ref()),
                self.field("field-scope", j.scope.as_ref()),
            ],
            "; ",
        )
    }

    /// A joint controller with the contact details the register holds for it.
    pub fn joint_controller_contact(self, j: &JointController, orgs: &[&Organisation]) -> String {
        match orgs.iter().find(|o| o.id == j.organisation) {
            Some(o) => join_present(
                [
                    Some(format!("{} ({})", o.name, o.id)),
                    o.address.clone(),
                    self.field("field-email", o.email.as_ref()),
                    self.field("field-phone", o.phone.as_ref()),
                    o.dpo
                        .as_ref()
                        .map(|d| format!("{}: {}", self.t("field-dpo"), self.dpo(d))),
                ],
                ", ",
            ),
            None => self.not_in_register(&j.organisation),
        }
    }

    /// The sub-processor statement of a recipient.
    pub fn sub_processors(self, s: &SubProcessors, org: &Organisation) -> String {
        match s {
            SubProcessors::Unknown => self.t("sub-processors-unknown"),
            SubProcessors::None => self.t("sub-processors-none"),
            SubProcessors::Listed(ids) => ids
                .iter()
                .map(|id| self.recipient_ref(org, id))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The recipient `id` of `org` by name (with its kind, which tells apart
    /// two entries for one body), or the id marked as undefined.
    pub fn recipient_ref(self, org: &Organisation, id: &str) -> String {
        match org.recipients.iter().find(|r| r.id == id) {
            Some(r) => format!(
                "{} ({})",
                r.name,
                self.recipient_kind(r.kind).to_lowercase()
            ),
            None => self.t1("recipient-not-defined", "id", id),
        }
    }

    /// DPF certification of a recipient, when stated.
    pub fn dpf(self, r: &Recipient) -> Option<String> {
        match (r.dpf_certified, &r.dpf_verified_on) {
            (true, Some(d)) => Some(self.t1("dpf-verified", "date", d)),
            (true, None) => Some(self.t("dpf-unverified")),
            (false, Some(d)) => Some(self.t1("dpf-not-certified", "date", d)),
            (false, None) => None,
        }
    }

    /// A recipient definition on one line, every field.
    pub fn recipient(self, r: &Recipient, org: &Organisation) -> String {
        join_present(
            [
                Some(format!("{} [{}]", r.name, r.id)),
                Some(self.recipient_kind(r.kind)),
                r.country
                    .as_ref()
                    .map(|c| format!("{}: {}", self.t("field-country"), self.country(c))),
                r.org_number.as_ref().map(|n| self.org_number(n)),
                self.field("field-address", r.address.as_ref()),
                self.field("field-description", r.description.as_ref()),
                self.field("field-dpa", r.dpa_ref.as_ref()),
                if r.kind.is_processor() || !r.sub_processors.is_unknown() {
                    Some(format!(
                        "{}: {}",
                        self.t("field-sub-processors"),
                        self.sub_processors(&r.sub_processors, org)
                    ))
                } else {
                    None
                },
                self.dpf(r),
            ],
            "; ",
        )
    }

    /// A system on one line.
    pub fn system(self, s: &System) -> String {
        join_present(
            [
                Some(format!("{} [{}]", s.name, s.id)),
                s.description.clone(),
                self.field("field-location", s.location.as_ref()),
            ],
            "; ",
        )
    }

    /// The system `id` of `org` on one line, or the id marked as undefined.
    pub fn system_ref(self, org: &Organisation, id: &str) -> String {
        match org.systems.iter().find(|s| s.id == id) {
            Some(s) => self.system(s),
            None => self.t1("system-not-defined", "id", id),
        }
    }

    /// The data category `id` of `act` by name.
    pub fn category_ref(self, act: &Activity, id: &str) -> String {
        match act.data_categories.iter().find(|c| c.id == id) {
            Some(c) => c.name.clone(),
            None => self.t1("category-not-defined", "id", id),
        }
    }

    /// The data subject category `id` of `act` by name.
    pub fn subject_ref(self, act: &Activity, id: &str) -> String {
        match act.data_subjects.iter().find(|s| s.id == id) {
            Some(s) => s.name.clone(),
            None => self.t1("subject-not-defined", "id", id),
        }
    }

    /// Category names for ids, `empty` when none.
    pub fn categories(self, act: &Activity, ids: &[String], empty: &str) -> String {
        if ids.is_empty() {
            return empty.into();
        }
        ids.iter()
            .map(|id| self.category_ref(act, id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Data subject names for ids, `empty` when none.
    pub fn subjects(self, act: &Activity, ids: &[String], empty: &str) -> String {
        if ids.is_empty() {
            return empty.into();
        }
        ids.iter()
            .map(|id| self.subject_ref(act, id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Purpose ids, `every purpose` when empty.
    pub fn purpose_ids(self, ids: &[String]) -> String {
        if ids.is_empty() {
            self.t("every-purpose")
        } else {
            ids.join(", ")
        }
    }

    /// A purpose on one line.
    pub fn purpose(self, p: &Purpose) -> String {
        if p.outside_public_tasks {
            format!("[{}] {} ({})", p.id, p.text, self.t("outside-public-tasks"))
        } else {
            format!("[{}] {}", p.id, p.text)
        }
    }

    /// The first cell of an Art. 6 basis: `Art. 6(1)(c) legal obligation
    /// — <law_ref> — <text as written>`.
    pub fn legal_basis_head(self, b: &LegalBasis) -> String {
        join_present(
            [
                Some(self.art6(b.article6)),
                b.law_ref.clone(),
                b.text.clone(),
            ],
            DASH,
        )
    }

    /// An Art. 6 basis on one line: [`Labels::legal_basis_head`], then the
    /// national provision, legitimate interest and the purposes served.
    pub fn legal_basis(self, b: &LegalBasis) -> String {
        join_present(
            [
                Some(self.legal_basis_head(b)),
                self.field("field-national-provision", b.national_provision.as_ref()),
                self.field("field-legitimate-interest", b.legitimate_interest.as_ref()),
                Some(format!(
                    "{}: {}",
                    self.t("field-purposes"),
                    self.purpose_ids(&b.purposes)
                )),
            ],
            "; ",
        )
    }

    /// An Art. 9(2) condition on one line.
    pub fn special_condition(self, c: &SpecialCondition, act: &Activity) -> String {
        let main = join_present(
            [
                Some(self.art9(c.article9)),
                c.national_provision.clone(),
                c.text.clone(),
            ],
            DASH,
        );
        format!(
            "{main}; {}: {}",
            self.t("field-categories"),
            self.categories(act, &c.categories, &self.t("every-special-category"))
        )
    }

    /// The Art. 10 authorisation on one line.
    pub fn criminal_basis(self, c: &CriminalBasis) -> String {
        join_present(
            [
                c.official_authority.then(|| self.t("official-authority")),
                c.national_provision.clone(),
                c.text.clone(),
            ],
            DASH,
        )
    }

    /// A national identification number basis on one line.
    pub fn national_id_basis(self, n: &NationalIdBasis) -> String {
        join_present(
            [
                Some(self.national_id_scheme(&n.scheme)),
                Some(n.provision.clone()),
                self.field("field-justification", n.justification.as_ref()),
                n.text.clone(),
            ],
            DASH,
        )
    }

    /// A data subject category on one line.
    pub fn data_subject(self, s: &DataSubject) -> String {
        if s.vulnerable {
            format!("{} [{}] ({})", s.name, s.id, self.t("vulnerable"))
        } else {
            format!("{} [{}]", s.name, s.id)
        }
    }

    /// A data category on one line: name, kind flag, subjects, published.
    pub fn data_category(self, c: &DataCategory, act: &Activity) -> String {
        join_present(
            [
                Some(format!("{} [{}]", c.name, c.id)),
                Some(self.data_kind(&c.kind)),
                (!c.subjects.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-data-subjects"),
                        self.subjects(act, &c.subjects, "")
                    )
                }),
                c.published.then(|| self.t("published")),
            ],
            "; ",
        )
    }

    /// Where a category comes from, when stated.
    pub fn data_source(self, c: &DataCategory) -> Option<String> {
        let from = c
            .collected_from
            .map(|f| self.t1("collected-from", "what", self.collected_from(f)));
        match (from, &c.source) {
            (None, None) => None,
            (Some(f), None) => Some(format!("{}: {f}", c.name)),
            (None, Some(s)) => Some(format!("{}: {s}", c.name)),
            (Some(f), Some(s)) => Some(format!("{}: {f} ({s})", c.name)),
        }
    }

    /// A recipient use on one line: the recipient's name and details, what it
    /// receives and why.
    pub fn recipient_use(self, u: &RecipientUse, org: &Organisation, act: &Activity) -> String {
        let who = match org.recipients.iter().find(|r| r.id == u.recipient) {
            Some(r) => self.recipient(r, org),
            None => self.t1("recipient-not-defined", "id", &u.recipient),
        };
        join_present(
            [
                Some(who),
                (!u.data.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-data"),
                        self.categories(act, &u.data, "")
                    )
                }),
                self.field("field-purpose", u.purpose.as_ref()),
            ],
            "; ",
        )
    }

    /// The destination of a transfer.
    pub fn destination(self, t: &Transfer) -> String {
        let d = join_present(
            [
                t.country.as_deref().map(|c| self.country(c)),
                self.field(
                    "field-international-organisation",
                    t.international_organisation.as_ref(),
                ),
                self.field("field-as-written", t.destination_text.as_ref()),
            ],
            ", ",
        );
        if d.is_empty() {
            self.t("destination-not-stated")
        } else {
            d
        }
    }

    /// A transfer's destination and recipients on one line.
    pub fn transfer_destination(self, t: &Transfer, org: &Organisation) -> String {
        join_present(
            [
                Some(format!("[{}] {}", t.id, self.destination(t))),
                (!t.recipients.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-recipients"),
                        t.recipients
                            .iter()
                            .map(|r| self.recipient_ref(org, r))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }),
                t.regular.then(|| self.t("regular")),
            ],
            "; ",
        )
    }

    /// Mechanisms of a transfer, joined.
    pub fn mechanisms(self, t: &Transfer) -> String {
        if t.mechanisms.is_empty() {
            self.t("no-mechanism")
        } else {
            t.mechanisms
                .iter()
                .map(|m| self.mechanism(m))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// A transfer's safeguards on one line.
    pub fn transfer_safeguards(self, t: &Transfer) -> String {
        join_present(
            [
                Some(format!("[{}] {}", t.id, self.mechanisms(t))),
                self.field("field-as-written", t.safeguard_text.as_ref()),
                self.field("field-documentation", t.documentation.as_ref()),
            ],
            "; ",
        )
    }

    /// A retention rule: the source text and the structured value, and what it
    /// covers.
    pub fn retention_rule(self, r: &RetentionRule, act: &Activity) -> String {
        join_present(
            [
                Some(format!("[{}] {}", r.id, r.text)),
                Some(self.retention(&r.rule)),
                (!r.categories.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-categories"),
                        self.categories(act, &r.categories, "")
                    )
                }),
                (!r.subjects.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-data-subjects"),
                        self.subjects(act, &r.subjects, "")
                    )
                }),
            ],
            DASH,
        )
    }

    /// Automated decisions on one line.
    pub fn automated(self, a: &AutomatedDecisions) -> String {
        join_present(
            [
                Some(self.yes_no(a.present)),
                a.ground.map(|g| self.art22(g)),
                a.text.clone(),
            ],
            DASH,
        )
    }

    /// Consent handling on one line.
    pub fn consent(self, c: &Consent) -> String {
        join_present(
            [
                self.field("field-record", c.record_ref.as_ref()),
                self.field("field-given", c.how_given.as_ref()),
                self.field("field-withdrawal", c.withdrawal_process.as_ref()),
            ],
            "; ",
        )
    }

    /// DPIA state and reason.
    pub fn dpia(self, d: &Dpia) -> String {
        join_present([Some(self.dpia_status(d.status)), d.reason.clone()], DASH)
    }

    /// WP248 criteria, joined.
    pub fn risk_criteria(self, c: &[RiskCriterion]) -> String {
        c.iter()
            .map(|c| self.risk_criterion(*c))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A controller served by a processor on one line.
    pub fn controller_served(self, c: &ControllerServed, orgs: &[&Organisation]) -> String {
        let who = match (&c.name, &c.organisation) {
            (Some(n), Some(id)) => format!("{n} ({id})"),
            (Some(n), None) => n.clone(),
            (None, Some(id)) => match org_name(orgs, id) {
                Some(n) => format!("{n} ({id})"),
                None => self.not_in_register(id),
            },
            (None, None) => self.t("controller-not-named"),
        };
        join_present(
            [
                Some(who),
                self.field("field-contact", c.contact.as_ref()),
                (!c.processing.is_empty()).then(|| {
                    format!(
                        "{}: {}",
                        self.t("field-processing"),
                        c.processing.join(", ")
                    )
                }),
            ],
            "; ",
        )
    }

    /// What kind of finding an acknowledgement covers.
    pub fn finding_kind(self, k: FindingKind) -> String {
        self.t(match k {
            FindingKind::Missing => "ack-kind-missing",
            FindingKind::Invalid => "ack-kind-invalid",
        })
    }

    /// A field the record names as not stated in its source, with the
    /// note: `address — <note>`.
    pub fn not_stated_entry(self, n: &crate::register::model::NotStated) -> String {
        match n.note.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            Some(note) => format!("{}{DASH}{note}", n.field),
            None => n.field.clone(),
        }
    }

    /// An acknowledged finding on one line.
    pub fn acknowledgement(self, a: &Acknowledgement) -> String {
        join_present(
            [
                Some(match &a.at {
                    Some(at) => tr_args(
                        self.lang,
                        "ack-at",
                        &[("rule", (&a.rule).into()), ("at", at.into())],
                    ),
                    None => a.rule.clone(),
                }),
                a.kind.map(|k| self.finding_kind(k)),
                Some(a.reason.clone()),
                Some(self.t1("ack-expires", "date", &a.expires)),
            ],
            DASH,
        )
    }

    /// The role cell: the organisation's role and kind, and its capacity in
    /// the activity.
    pub fn role_summary(self, org: &Organisation, act: &Activity) -> String {
        format!(
            "{}{DASH}{}; {}",
            self.org_role(org.role),
            self.org_kind(org.kind),
            self.t1("in-this-activity", "role", self.activity_role(act.role))
        )
    }
}

/// The letter of an Art. 6(1) basis.
fn art6_letter(a: Art6) -> &'static str {
    match a {
        Art6::A => "a",
        Art6::B => "b",
        Art6::C => "c",
        Art6::D => "d",
        Art6::E => "e",
        Art6::F => "f",
    }
}

/// The name of organisation `id` in the register, when it is there.
pub fn org_name<'a>(orgs: &'a [&'a Organisation], id: &str) -> Option<&'a str> {
    orgs.iter().find(|o| o.id == id).map(|o| o.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DA: Labels = Labels::new(Lang::Da);
    const NB: Labels = Labels::new(Lang::Nb);
    const EN: Labels = Labels::new(Lang::En);

    fn event(event: RetentionEvent, offset: &str, bound: Bound) -> Retention {
        Retention::EventBased {
            event,
            offset: offset.into(),
            bound,
        }
    }

    #[test]
    fn retention_reads_as_a_sentence_in_each_language() {
        let r = event(RetentionEvent::EndOfEmployment, "P5Y", Bound::Exact);
        assert_eq!(DA.retention(&r), "5 år efter ansættelsens ophør");
        assert_eq!(NB.retention(&r), "5 år etter opphør av arbeidsforholdet");
        assert_eq!(EN.retention(&r), "5 years after the end of employment");
        let r = Retention::Duration {
            period: "P30D".into(),
            bound: Bound::Max,
        };
        assert_eq!(DA.retention(&r), "op til 30 dage fra indsamlingen");
        assert_eq!(NB.retention(&r), "inntil 30 dager fra innsamlingen");
        assert_eq!(EN.retention(&r), "up to 30 days from collection");
        // A period of nothing: at once.
        let r = event(RetentionEvent::EndOfMembership, "P0D", Bound::Exact);
        assert_eq!(DA.retention(&r), "straks efter medlemskabets ophør");
        assert_eq!(NB.retention(&r), "straks etter opphør av medlemskapet");
        assert_eq!(EN.retention(&r), "immediately after the end of membership");
        let r = Retention::Duration {
            period: "P0D".into(),
            bound: Bound::Max,
        };
        assert_eq!(DA.retention(&r), "straks efter indsamlingen");
    }

    #[test]
    fn a_reason_written_as_a_sentence_is_not_followed_by_a_semicolon() {
        let r = Retention::NotPossible {
            reason: "Vi sletter, når de ikke længere er nødvendige. ".into(),
            criteria: "formålet er opfyldt".into(),
        };
        assert_eq!(
            DA.retention(&r),
            "der kan ikke angives en slettefrist, årsag: Vi sletter, når de ikke længere er \
             nødvendige. Kriterier: formålet er opfyldt"
        );
        assert_eq!(
            NB.retention(&r),
            "det kan ikke angis en lagringstid, årsak: Vi sletter, når de ikke længere er \
             nødvendige. Kriterier: formålet er opfyldt"
        );
        assert_eq!(
            EN.retention(&r),
            "no period can be given, reason: Vi sletter, når de ikke længere er nødvendige. \
             Criteria: formålet er opfyldt"
        );
        // A reason that is not a sentence runs on into the criteria.
        let r = Retention::NotPossible {
            reason: "sagens art".into(),
            criteria: "sagen er afsluttet".into(),
        };
        assert_eq!(
            DA.retention(&r),
            "der kan ikke angives en slettefrist, årsag: sagens art; kriterier: sagen er afsluttet"
        );
        for lang in Lang::ALL {
            assert!(!Labels::new(lang).retention(&r).contains(".;"));
        }
    }

    #[test]
    fn layout_phrases_are_read_back_in_every_language() {
        for lang in Lang::ALL {
            let lb = Labels::new(lang);
            let line = lb.phrase("export-website", "https://ærø.dk");
            assert_eq!(
                strip_phrase("export-website", &line),
                Some("https://ærø.dk")
            );
            assert!(is_phrase("export-no-activity", &lb.t("export-no-activity")));
        }
        assert_eq!(strip_phrase("export-website", "Webside: x"), None);
        assert_eq!(
            strip_phrase("export-description", "Beskrivelse: Løn"),
            Some("Løn")
        );
    }

    #[test]
    fn periods_in_words_and_unreadable_periods_as_written() {
        assert_eq!(EN.period("P1Y6M"), "1 year and 6 months");
        assert_eq!(DA.period("P1Y6M"), "1 år og 6 måneder");
        assert_eq!(NB.period("P2W"), "2 uker");
        assert_eq!(EN.period("PT24H"), "24 hours");
        assert_eq!(EN.period("P1M"), "1 month");
        assert_eq!(EN.period("PT1M"), "1 minute");
        for odd in ["5 år", "P", "PT", "P5", "PY", "P5M1Y", "P1YT", "Y5P"] {
            assert_eq!(EN.period(odd), odd, "{odd}");
        }
    }

    #[test]
    fn legal_references_as_the_authorities_write_them() {
        assert_eq!(DA.art6(Some(Art6::B)), "Art. 6, stk. 1, litra b (kontrakt)");
        assert_eq!(NB.art6(Some(Art6::B)), "Art. 6 nr. 1 bokstav b (avtale)");
        assert_eq!(EN.art6(Some(Art6::B)), "Art. 6(1)(b) contract");
        assert_eq!(EN.art6_ref(Some(Art6::C)), "Art. 6(1)(c)");
        assert_eq!(DA.art6_ref(Some(Art6::C)), "Art. 6, stk. 1, litra c");
        assert_eq!(
            DA.national_id_scheme(&NationalIdScheme::DkCpr),
            "CPR-nummer"
        );
        assert_eq!(
            NB.national_id_scheme(&NationalIdScheme::NoFnr),
            "Fødselsnummer / D-nummer"
        );
        assert_eq!(
            DA.org_role(OrgRole::Controller),
            "Dataansvarlig (art. 30, stk. 1)"
        );
        assert_eq!(
            NB.org_role(OrgRole::Controller),
            "Behandlingsansvarlig (art. 30 nr. 1)"
        );
        assert_eq!(DA.recipient_kind(RecipientKind::Processor), "Databehandler");
    }

    #[test]
    fn countries_by_name_in_the_language_unknown_codes_as_written() {
        assert_eq!(DA.country("DE"), "Tyskland (DE)");
        assert_eq!(NB.country("CH"), "Sveits (CH)");
        assert_eq!(EN.country("US"), "United States (US)");
        assert_eq!(DA.country("XX"), "XX");
    }
}
