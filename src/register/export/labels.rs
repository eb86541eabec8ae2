//! Plain-text wording shared by every human-readable export: enum values in
//! words, and one-line renderings of composite values (legal bases,
//! retention rules, transfer mechanisms, contacts).
//!
//! Everything here returns unescaped text; each format escapes it.

use crate::register::model::{
    Acknowledgement, Activity, ActivityRole, Art6, Art9, Art22Ground, Art49, AutomatedDecisions,
    Bound, CollectedFrom, Consent, Contact, ControllerServed, CriminalBasis, DataCategory,
    DataKind, DataSubject, Dpia, DpiaStatus, Dpo, JointController, LegalBasis, Mechanism,
    NationalIdBasis, NationalIdScheme, OrgKind, OrgNumber, OrgRole, Organisation, Purpose,
    Recipient, RecipientKind, RecipientUse, Retention, RetentionEvent, RetentionRule,
    RiskCriterion, SpecialCondition, SpecialKind, Status, SubProcessors, System, Transfer,
};

/// Separator between the parts of one composite value.
pub(crate) const DASH: &str = " — ";

/// The organisation's role.
pub(crate) fn org_role(r: OrgRole) -> &'static str {
    match r {
        OrgRole::Controller => "Controller (Art. 30(1))",
        OrgRole::Processor => "Processor (Art. 30(2))",
        OrgRole::ControllerAndProcessor => "Controller and processor (Art. 30(1) and 30(2))",
    }
}

/// The kind of body.
pub(crate) fn org_kind(k: OrgKind) -> &'static str {
    match k {
        OrgKind::PublicAuthority => "Public authority",
        OrgKind::Company => "Company",
        OrgKind::Association => "Association",
        OrgKind::Foundation => "Foundation",
        OrgKind::Other => "Other",
    }
}

/// The organisation's capacity in one activity.
pub(crate) fn activity_role(r: ActivityRole) -> &'static str {
    match r {
        ActivityRole::Controller => "Controller",
        ActivityRole::Processor => "Processor",
        ActivityRole::JointController => "Joint controller",
    }
}

/// Workflow state.
pub(crate) fn status(s: Status) -> &'static str {
    match s {
        Status::Draft => "Draft",
        Status::InReview => "In review",
        Status::Approved => "Approved",
        Status::Retired => "Retired",
    }
}

/// A company register number with its scheme.
pub(crate) fn org_number(n: &OrgNumber) -> String {
    match n {
        OrgNumber::Cvr(v) => format!("CVR {v}"),
        OrgNumber::NoOrgnr(v) => format!("Organisasjonsnummer {v}"),
        OrgNumber::Other { scheme, value } => format!("{scheme} {value}"),
        OrgNumber::NotStated { note } => not_stated(note.as_deref()),
    }
}

/// A value the source does not state, with its note.
pub(crate) fn not_stated(note: Option<&str>) -> String {
    match note {
        Some(n) if !n.trim().is_empty() => format!("not stated in the source: {n}"),
        _ => "not stated in the source".into(),
    }
}

/// A recipient's role.
pub(crate) fn recipient_kind(k: RecipientKind) -> &'static str {
    match k {
        RecipientKind::Processor => "Processor",
        RecipientKind::SubProcessor => "Sub-processor",
        RecipientKind::IndependentController => "Independent controller",
        RecipientKind::JointController => "Joint controller",
        RecipientKind::PublicAuthority => "Public authority",
        RecipientKind::Internal => "Internal",
        RecipientKind::Other => "Other",
    }
}

/// National identification number scheme.
pub(crate) fn national_id_scheme(s: &NationalIdScheme) -> String {
    match s {
        NationalIdScheme::DkCpr => "Danish CPR number".into(),
        NationalIdScheme::NoFnr => "Norwegian fødselsnummer / D-nummer".into(),
        NationalIdScheme::Other(o) => o.clone(),
    }
}

/// A special category of Art. 9(1).
pub(crate) fn special_kind(k: SpecialKind) -> &'static str {
    match k {
        SpecialKind::RacialOrEthnicOrigin => "racial or ethnic origin",
        SpecialKind::PoliticalOpinions => "political opinions",
        SpecialKind::ReligiousOrPhilosophicalBeliefs => "religious or philosophical beliefs",
        SpecialKind::TradeUnionMembership => "trade union membership",
        SpecialKind::Genetic => "genetic data",
        SpecialKind::Biometric => "biometric data",
        SpecialKind::Health => "health",
        SpecialKind::SexLifeOrOrientation => "sex life or sexual orientation",
        SpecialKind::Unspecified => "unspecified (source says \"sensitive\")",
    }
}

/// The kind flag of a data category.
pub(crate) fn data_kind(k: &DataKind) -> String {
    match k {
        DataKind::Ordinary => "Ordinary".into(),
        DataKind::Special(kinds) => {
            let list: Vec<&str> = kinds.iter().map(|k| special_kind(*k)).collect();
            if list.is_empty() {
                "Special category (Art. 9)".into()
            } else {
                format!("Special category (Art. 9): {}", list.join(", "))
            }
        }
        DataKind::NationalId(s) => format!("National id (Art. 87): {}", national_id_scheme(s)),
        DataKind::Criminal => "Criminal convictions and offences (Art. 10)".into(),
    }
}

/// Where data come from.
pub(crate) fn collected_from(c: CollectedFrom) -> &'static str {
    match c {
        CollectedFrom::DataSubject => "the data subject",
        CollectedFrom::ThirdParty => "a third party",
        CollectedFrom::PublicRegister => "a public register",
        CollectedFrom::Generated => "generated by the controller's systems",
    }
}

/// The Art. 6(1) reference alone, e.g. `Art. 6(1)(c)`.
pub(crate) fn art6_ref(a: Option<Art6>) -> &'static str {
    match a {
        Some(Art6::A) => "Art. 6(1)(a)",
        Some(Art6::B) => "Art. 6(1)(b)",
        Some(Art6::C) => "Art. 6(1)(c)",
        Some(Art6::D) => "Art. 6(1)(d)",
        Some(Art6::E) => "Art. 6(1)(e)",
        Some(Art6::F) => "Art. 6(1)(f)",
        None => "Art. 6(1) letter not stated",
    }
}

/// The Art. 9(2) condition.
pub(crate) fn art9(a: Option<Art9>) -> &'static str {
    match a {
        Some(Art9::A) => "Art. 9(2)(a) explicit consent",
        Some(Art9::B) => "Art. 9(2)(b) employment and social security law",
        Some(Art9::C) => "Art. 9(2)(c) vital interests",
        Some(Art9::D) => "Art. 9(2)(d) not-for-profit body's members",
        Some(Art9::E) => "Art. 9(2)(e) made manifestly public",
        Some(Art9::F) => "Art. 9(2)(f) legal claims",
        Some(Art9::G) => "Art. 9(2)(g) substantial public interest",
        Some(Art9::H) => "Art. 9(2)(h) health or social care",
        Some(Art9::I) => "Art. 9(2)(i) public health",
        Some(Art9::J) => "Art. 9(2)(j) archiving, research, statistics",
        None => "Art. 9(2) letter not stated",
    }
}

/// The Art. 22(2) ground.
pub(crate) fn art22(g: Art22Ground) -> &'static str {
    match g {
        Art22Ground::Contract => "Art. 22(2)(a) necessary for a contract",
        Art22Ground::Law => "Art. 22(2)(b) authorised by law",
        Art22Ground::ExplicitConsent => "Art. 22(2)(c) explicit consent",
    }
}

/// The Art. 49(1) derogation letter.
pub(crate) fn art49(a: Option<Art49>) -> &'static str {
    match a {
        Some(Art49::A) => "Art. 49(1)(a) explicit consent",
        Some(Art49::B) => "Art. 49(1)(b) contract with the data subject",
        Some(Art49::C) => "Art. 49(1)(c) contract in the data subject's interest",
        Some(Art49::D) => "Art. 49(1)(d) important reasons of public interest",
        Some(Art49::E) => "Art. 49(1)(e) legal claims",
        Some(Art49::F) => "Art. 49(1)(f) vital interests",
        Some(Art49::G) => "Art. 49(1)(g) public register",
        None => "Art. 49(1) second subparagraph",
    }
}

/// DPIA state.
pub(crate) fn dpia_status(s: DpiaStatus) -> &'static str {
    match s {
        DpiaStatus::NotAssessed => "Not assessed",
        DpiaStatus::NotRequired => "Not required",
        DpiaStatus::Planned => "Required, planned",
        DpiaStatus::Done => "Required, carried out",
    }
}

/// Whether a DPIA is required, in the ICO template's words.
pub(crate) fn dpia_required(s: DpiaStatus) -> &'static str {
    match s {
        DpiaStatus::NotAssessed => "Not yet assessed",
        DpiaStatus::NotRequired => "No",
        DpiaStatus::Planned | DpiaStatus::Done => "Yes",
    }
}

/// A WP248 criterion.
pub(crate) fn risk_criterion(c: RiskCriterion) -> &'static str {
    match c {
        RiskCriterion::EvaluationOrScoring => "evaluation or scoring",
        RiskCriterion::AutomatedDecision => "automated decision with legal or similar effect",
        RiskCriterion::SystematicMonitoring => "systematic monitoring",
        RiskCriterion::LargeScale => "large scale",
        RiskCriterion::MatchingDatasets => "matching or combining datasets",
        RiskCriterion::VulnerableSubjects => "vulnerable data subjects",
        RiskCriterion::NewTechnology => "innovative use of technology",
        RiskCriterion::PreventsRights => "prevents exercising a right or using a service",
    }
}

/// Exact period or upper bound.
pub(crate) fn bound(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::Max => "max",
    }
}

/// A retention trigger.
pub(crate) fn retention_event(e: &RetentionEvent) -> String {
    match e {
        RetentionEvent::DeathOfDataSubject => "death of the data subject".into(),
        RetentionEvent::DeathOfRelatedPerson => "death of a related person".into(),
        RetentionEvent::EndOfMembership => "end of membership".into(),
        RetentionEvent::EndOfEmployment => "end of employment".into(),
        RetentionEvent::EndOfContract => "end of contract".into(),
        RetentionEvent::ConsentGiven => "consent given".into(),
        RetentionEvent::ConsentWithdrawal => "consent withdrawn".into(),
        RetentionEvent::AccountDeletion => "account deleted".into(),
        RetentionEvent::ServiceUnsubscribed => "unsubscribed from the service".into(),
        RetentionEvent::Participation => "participation".into(),
        RetentionEvent::CaseClosed => "case closed".into(),
        RetentionEvent::Other(s) => format!("other event: {s}"),
    }
}

/// The structured retention value, e.g. `Duration P5Y (max)`.
pub(crate) fn retention(r: &Retention) -> String {
    match r {
        Retention::Duration { period, bound: b } => format!("Duration {period} ({})", bound(*b)),
        Retention::EventBased {
            event,
            offset,
            bound: b,
        } => format!(
            "EventBased {offset} after {} ({})",
            retention_event(event),
            bound(*b)
        ),
        Retention::Statutory { law_ref, period } => match period {
            Some(p) => format!("Statutory {p} under {law_ref}"),
            None => format!("Statutory under {law_ref}"),
        },
        Retention::UntilWithdrawal => "UntilWithdrawal (until consent is withdrawn or the \
                                       service is ended by the person)"
            .into(),
        Retention::Indefinite { justification } => match justification {
            Some(j) => format!("Indefinite, justification: {j}"),
            None => "Indefinite, no justification stated".into(),
        },
        Retention::NotPossible { reason, criteria } => {
            format!("NotPossible, reason: {reason}; criteria: {criteria}")
        }
        Retention::AnonymiseAfter { period } => match period {
            Some(p) => format!("AnonymiseAfter {p}"),
            None => "AnonymiseAfter (period not stated)".into(),
        },
        Retention::NotStated { note } => not_stated(note.as_deref()),
    }
}

/// A transfer mechanism.
pub(crate) fn mechanism(m: &Mechanism) -> String {
    match m {
        Mechanism::Adequacy => "Adequacy decision (Art. 45)".into(),
        Mechanism::EuUsDpf => "EU-US Data Privacy Framework (Decision (EU) 2023/1795)".into(),
        Mechanism::Scc { decision, module } => {
            let mut s = String::from("Standard contractual clauses (Art. 46(2)(c))");
            match decision {
                Some(d) => s.push_str(&format!(", decision {d}")),
                None => s.push_str(", decision not stated"),
            }
            if let Some(m) = module {
                s.push_str(&format!(", module {m}"));
            }
            s
        }
        Mechanism::Bcr { approval_ref } => match approval_ref {
            Some(r) => format!("Binding corporate rules (Art. 46(2)(b), 47), approval {r}"),
            None => "Binding corporate rules (Art. 46(2)(b), 47)".into(),
        },
        Mechanism::PublicAuthorityInstrument(s) => {
            format!("Instrument between public authorities (Art. 46(2)(a)): {s}")
        }
        Mechanism::CodeOfConduct(s) => format!("Code of conduct (Art. 46(2)(e)): {s}"),
        Mechanism::Certification(s) => format!("Certification (Art. 46(2)(f)): {s}"),
        Mechanism::AuthorisedClauses(s) => {
            format!("Clauses authorised by the supervisory authority (Art. 46(3)): {s}")
        }
        Mechanism::Derogation {
            letter,
            safeguards_documentation,
            sa_notified,
        } => {
            let mut s = format!("Derogation, {}", art49(*letter));
            if let Some(d) = safeguards_documentation {
                s.push_str(&format!("; safeguards documentation: {d}"));
            }
            if *sa_notified {
                s.push_str("; supervisory authority informed");
            }
            s
        }
        Mechanism::Named(s) => format!("As named in the source: {s}"),
        Mechanism::NotStated { note } => not_stated(note.as_deref()),
    }
}

/// Joins the present parts with `sep`.
pub(crate) fn join_present<I, S>(parts: I, sep: &str) -> String
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
pub(crate) fn labelled(label: &str, v: Option<&String>) -> Option<String> {
    v.map(|v| format!("{label}: {v}"))
}

/// A contact on one line: name, role, address, e-mail, phone, other.
pub(crate) fn contact(c: &Contact) -> String {
    join_present(
        [
            c.name.clone(),
            c.role.clone(),
            c.address.clone(),
            labelled("e-mail", c.email.as_ref()),
            labelled("phone", c.phone.as_ref()),
            labelled("other", c.other.as_ref()),
        ],
        ", ",
    )
}

/// The DPO on one line.
pub(crate) fn dpo(d: &Dpo) -> String {
    let head = if d.designated {
        "Designated DPO (Art. 37)"
    } else {
        "Not formally designated"
    };
    let c = contact(&d.contact);
    if c.is_empty() {
        head.into()
    } else {
        format!("{head}: {c}")
    }
}

/// The name of organisation `id` in the register, when it is there.
pub(crate) fn org_name<'a>(orgs: &'a [&'a Organisation], id: &str) -> Option<&'a str> {
    orgs.iter().find(|o| o.id == id).map(|o| o.name.as_str())
}

/// A joint controller on one line: name (id), arrangement, scope.
pub(crate) fn joint_controller(j: &JointController, orgs: &[&Organisation]) -> String {
    let who = match org_name(orgs, &j.organisation) {
        Some(n) => format!("{n} ({})", j.organisation),
        None => format!("{} (not in this register)", j.organisation),
    };
    join_present(
        [
            Some(who),
            labelled("arrangement", j.arrangement_ref.as_ref()),
            labelled("scope", j.scope.as_ref()),
        ],
        "; ",
    )
}

/// A joint controller with the contact details the register holds for it.
pub(crate) fn joint_controller_contact(j: &JointController, orgs: &[&Organisation]) -> String {
    match orgs.iter().find(|o| o.id == j.organisation) {
        Some(o) => join_present(
            [
                Some(format!("{} ({})", o.name, o.id)),
                o.address.clone(),
                labelled("e-mail", o.email.as_ref()),
                labelled("phone", o.phone.as_ref()),
                o.dpo.as_ref().map(|d| format!("DPO: {}", dpo(d))),
            ],
            ", ",
        ),
        None => format!("{} (not in this register)", j.organisation),
    }
}

/// The sub-processor statement of a recipient.
pub(crate) fn sub_processors(s: &SubProcessors, org: &Organisation) -> String {
    match s {
        SubProcessors::Unknown => "not documented".into(),
        SubProcessors::None => "none".into(),
        SubProcessors::Listed(ids) => ids
            .iter()
            .map(|id| recipient_ref(org, id))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The recipient `id` of `org` by name (with its kind, which tells apart
/// two entries for one body), or the id marked as undefined.
pub(crate) fn recipient_ref(org: &Organisation, id: &str) -> String {
    match org.recipients.iter().find(|r| r.id == id) {
        Some(r) => format!("{} ({})", r.name, recipient_kind(r.kind).to_lowercase()),
        None => format!("{id} (recipient not defined on the organisation)"),
    }
}

/// DPF certification of a recipient, when stated.
pub(crate) fn dpf(r: &Recipient) -> Option<String> {
    match (r.dpf_certified, &r.dpf_verified_on) {
        (true, Some(d)) => Some(format!("DPF certified (verified {d})")),
        (true, None) => Some("DPF certified (verification date not recorded)".into()),
        (false, Some(d)) => Some(format!("not DPF certified (checked {d})")),
        (false, None) => None,
    }
}

/// A recipient definition on one line, every field.
pub(crate) fn recipient(r: &Recipient, org: &Organisation) -> String {
    join_present(
        [
            Some(format!("{} [{}]", r.name, r.id)),
            Some(recipient_kind(r.kind).to_string()),
            labelled("country", r.country.as_ref()),
            r.org_number.as_ref().map(org_number),
            labelled("address", r.address.as_ref()),
            labelled("description", r.description.as_ref()),
            labelled("DPA", r.dpa_ref.as_ref()),
            if r.kind.is_processor() || !r.sub_processors.is_unknown() {
                Some(format!(
                    "sub-processors: {}",
                    sub_processors(&r.sub_processors, org)
                ))
            } else {
                None
            },
            dpf(r),
        ],
        "; ",
    )
}

/// A system on one line.
pub(crate) fn system(s: &System) -> String {
    join_present(
        [
            Some(format!("{} [{}]", s.name, s.id)),
            s.description.clone(),
            labelled("location", s.location.as_ref()),
        ],
        "; ",
    )
}

/// The system `id` of `org` on one line, or the id marked as undefined.
pub(crate) fn system_ref(org: &Organisation, id: &str) -> String {
    match org.systems.iter().find(|s| s.id == id) {
        Some(s) => system(s),
        None => format!("{id} (system not defined on the organisation)"),
    }
}

/// The data category `id` of `act` by name.
pub(crate) fn category_ref(act: &Activity, id: &str) -> String {
    match act.data_categories.iter().find(|c| c.id == id) {
        Some(c) => c.name.clone(),
        None => format!("{id} (category not defined)"),
    }
}

/// The data subject category `id` of `act` by name.
pub(crate) fn subject_ref(act: &Activity, id: &str) -> String {
    match act.data_subjects.iter().find(|s| s.id == id) {
        Some(s) => s.name.clone(),
        None => format!("{id} (data subject category not defined)"),
    }
}

/// Category names for ids, `all` when empty.
pub(crate) fn categories(act: &Activity, ids: &[String], empty: &str) -> String {
    if ids.is_empty() {
        return empty.into();
    }
    ids.iter()
        .map(|id| category_ref(act, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Data subject names for ids, `empty` when none.
pub(crate) fn subjects(act: &Activity, ids: &[String], empty: &str) -> String {
    if ids.is_empty() {
        return empty.into();
    }
    ids.iter()
        .map(|id| subject_ref(act, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Purpose ids, `every purpose` when empty.
pub(crate) fn purpose_ids(ids: &[String]) -> String {
    if ids.is_empty() {
        "every purpose".into()
    } else {
        ids.join(", ")
    }
}

/// A purpose on one line.
pub(crate) fn purpose(p: &Purpose) -> String {
    if p.outside_public_tasks {
        format!("[{}] {} (outside the public tasks)", p.id, p.text)
    } else {
        format!("[{}] {}", p.id, p.text)
    }
}

/// An Art. 6 basis: `Art. 6(1)(c) — <law_ref> — <text as written>`, then
/// the national provision, legitimate interest and the purposes served.
pub(crate) fn legal_basis(b: &LegalBasis) -> String {
    let main = join_present(
        [
            Some(art6_ref(b.article6).to_string()),
            b.law_ref.clone(),
            b.text.clone(),
        ],
        DASH,
    );
    join_present(
        [
            Some(main),
            labelled("national provision", b.national_provision.as_ref()),
            labelled("legitimate interest", b.legitimate_interest.as_ref()),
            Some(format!("purposes: {}", purpose_ids(&b.purposes))),
        ],
        "; ",
    )
}

/// An Art. 9(2) condition on one line.
pub(crate) fn special_condition(c: &SpecialCondition, act: &Activity) -> String {
    let main = join_present(
        [
            Some(art9(c.article9).to_string()),
            c.national_provision.clone(),
            c.text.clone(),
        ],
        DASH,
    );
    format!(
        "{main}; categories: {}",
        categories(act, &c.categories, "every special category")
    )
}

/// The Art. 10 authorisation on one line.
pub(crate) fn criminal_basis(c: &CriminalBasis) -> String {
    join_present(
        [
            c.official_authority
                .then(|| "under the control of official authority".to_string()),
            c.national_provision.clone(),
            c.text.clone(),
        ],
        DASH,
    )
}

/// A national identification number basis on one line.
pub(crate) fn national_id_basis(n: &NationalIdBasis) -> String {
    join_present(
        [
            Some(national_id_scheme(&n.scheme)),
            Some(n.provision.clone()),
            labelled("justification", n.justification.as_ref()),
            n.text.clone(),
        ],
        DASH,
    )
}

/// A data subject category on one line.
pub(crate) fn data_subject(s: &DataSubject) -> String {
    if s.vulnerable {
        format!("{} [{}] (vulnerable)", s.name, s.id)
    } else {
        format!("{} [{}]", s.name, s.id)
    }
}

/// A data category on one line: name, kind flag, subjects, published.
pub(crate) fn data_category(c: &DataCategory, act: &Activity) -> String {
    join_present(
        [
            Some(format!("{} [{}]", c.name, c.id)),
            Some(data_kind(&c.kind)),
            (!c.subjects.is_empty())
                .then(|| format!("data subjects: {}", subjects(act, &c.subjects, ""))),
            c.published.then(|| "published".to_string()),
        ],
        "; ",
    )
}

/// Where a category comes from, when stated.
pub(crate) fn data_source(c: &DataCategory) -> Option<String> {
    match (&c.collected_from, &c.source) {
        (None, None) => None,
        (Some(f), None) => Some(format!("{}: from {}", c.name, collected_from(*f))),
        (None, Some(s)) => Some(format!("{}: {s}", c.name)),
        (Some(f), Some(s)) => Some(format!("{}: from {} ({s})", c.name, collected_from(*f))),
    }
}

/// A recipient use on one line: the recipient's name and details, what it
/// receives and why.
pub(crate) fn recipient_use(u: &RecipientUse, org: &Organisation, act: &Activity) -> String {
    let who = match org.recipients.iter().find(|r| r.id == u.recipient) {
        Some(r) => recipient(r, org),
        None => format!(
            "{} (recipient not defined on the organisation)",
            u.recipient
        ),
    };
    join_present(
        [
            Some(who),
            (!u.data.is_empty()).then(|| format!("data: {}", categories(act, &u.data, ""))),
            labelled("purpose", u.purpose.as_ref()),
        ],
        "; ",
    )
}

/// The destination of a transfer.
pub(crate) fn destination(t: &Transfer) -> String {
    let d = join_present(
        [
            t.country.clone(),
            labelled(
                "international organisation",
                t.international_organisation.as_ref(),
            ),
            labelled("as written", t.destination_text.as_ref()),
        ],
        ", ",
    );
    if d.is_empty() {
        "destination not stated".into()
    } else {
        d
    }
}

/// A transfer's destination and recipients on one line.
pub(crate) fn transfer_destination(t: &Transfer, org: &Organisation) -> String {
    join_present(
        [
            Some(format!("[{}] {}", t.id, destination(t))),
            (!t.recipients.is_empty()).then(|| {
                format!(
                    "recipients: {}",
                    t.recipients
                        .iter()
                        .map(|r| recipient_ref(org, r))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }),
            t.regular.then(|| "regular or systematic".to_string()),
        ],
        "; ",
    )
}

/// Mechanisms of a transfer, joined.
pub(crate) fn mechanisms(t: &Transfer) -> String {
    if t.mechanisms.is_empty() {
        "no mechanism stated".into()
    } else {
        t.mechanisms
            .iter()
            .map(mechanism)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A transfer's safeguards on one line.
pub(crate) fn transfer_safeguards(t: &Transfer) -> String {
    join_present(
        [
            Some(format!("[{}] {}", t.id, mechanisms(t))),
            labelled("as written", t.safeguard_text.as_ref()),
            labelled("documentation", t.documentation.as_ref()),
        ],
        "; ",
    )
}

/// A retention rule: the source text and the structured value, and what it
/// covers.
pub(crate) fn retention_rule(r: &RetentionRule, act: &Activity) -> String {
    join_present(
        [
            Some(format!("[{}] {}", r.id, r.text)),
            Some(retention(&r.rule)),
            (!r.categories.is_empty())
                .then(|| format!("categories: {}", categories(act, &r.categories, ""))),
            (!r.subjects.is_empty())
                .then(|| format!("data subjects: {}", subjects(act, &r.subjects, ""))),
        ],
        DASH,
    )
}

/// Automated decisions on one line.
pub(crate) fn automated(a: &AutomatedDecisions) -> String {
    join_present(
        [
            Some(if a.present { "Yes" } else { "No" }.to_string()),
            a.ground.map(|g| art22(g).to_string()),
            a.text.clone(),
        ],
        DASH,
    )
}

/// Consent handling on one line.
pub(crate) fn consent(c: &Consent) -> String {
    join_present(
        [
            labelled("record", c.record_ref.as_ref()),
            labelled("given", c.how_given.as_ref()),
            labelled("withdrawal", c.withdrawal_process.as_ref()),
        ],
        "; ",
    )
}

/// DPIA state and reason.
pub(crate) fn dpia(d: &Dpia) -> String {
    join_present(
        [Some(dpia_status(d.status).to_string()), d.reason.clone()],
        DASH,
    )
}

/// WP248 criteria, joined.
pub(crate) fn risk_criteria(c: &[RiskCriterion]) -> String {
    c.iter()
        .map(|c| risk_criterion(*c))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A controller served by a processor on one line.
pub(crate) fn controller_served(c: &ControllerServed, orgs: &[&Organisation]) -> String {
    let who = match (&c.name, &c.organisation) {
        (Some(n), Some(id)) => format!("{n} ({id})"),
        (Some(n), None) => n.clone(),
        (None, Some(id)) => match org_name(orgs, id) {
            Some(n) => format!("{n} ({id})"),
            None => format!("{id} (not in this register)"),
        },
        (None, None) => "controller not named".into(),
    };
    join_present(
        [
            Some(who),
            labelled("contact", c.contact.as_ref()),
            (!c.processing.is_empty()).then(|| format!("processing: {}", c.processing.join(", "))),
        ],
        "; ",
    )
}

/// An acknowledged finding on one line.
/// A field the record names as not stated in its source, with the note.
pub(crate) fn not_stated_entry(n: &crate::register::model::NotStated) -> String {
    match n.note.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(note) => format!("{}{DASH}{note}", n.field),
        None => n.field.clone(),
    }
}

pub(crate) fn acknowledgement(a: &Acknowledgement) -> String {
    join_present(
        [
            Some(match &a.at {
                Some(at) => format!("{} at {at}", a.rule),
                None => a.rule.clone(),
            }),
            a.kind.map(|k| format!("{} value", k.as_str())),
            Some(a.reason.clone()),
            Some(format!("expires {}", a.expires)),
        ],
        DASH,
    )
}

/// The role cell: the organisation's role and kind, and its capacity in
/// the activity.
pub(crate) fn role_summary(org: &Organisation, act: &Activity) -> String {
    format!(
        "{}{DASH}{}; in this activity: {}",
        org_role(org.role),
        org_kind(org.kind),
        activity_role(act.role)
    )
}
