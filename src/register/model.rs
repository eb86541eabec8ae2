//! The register's schema: one [`Organisation`] per `organisation.ron` and one
//! [`Activity`] per `activities/<id>.ron`.
//!
//! Field order here is the order the canonical writer uses on disk. Optional
//! values and empty lists are left out of files, so a record shows only what
//! is known about it. Unknown fields are rejected when loading.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A controller or processor: the `organisation.ron` of one folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Slug, equal to the folder name.
    pub id: String,
    /// Legal name as written by the organisation.
    pub name: String,
    /// Controller, processor or both (Art. 30(1) vs 30(2)).
    pub role: OrgRole,
    /// What kind of body it is; public authorities have extra duties.
    pub kind: OrgKind,
    /// ISO 3166-1 alpha-2 country of establishment, e.g. "DK", "NO".
    pub country: String,
    /// Company register number (CVR, Norwegian organisasjonsnummer, other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_number: Option<OrgNumber>,
    /// Postal address as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Contact e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Contact telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Other contact persons named by the organisation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Data protection officer (Art. 37-39).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Dpo>,
    /// EU/EEA representative (Art. 27) for organisations established outside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative: Option<Contact>,
    /// Art. 3(2) applies: the organisation targets or monitors people in the EEA
    /// from outside it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub art3_2_applies: bool,
    /// Reason the Art. 27(2) exemption from a representative applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub art27_2_exemption: Option<String>,
    /// Joint controllers (Art. 26).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joint_controllers: Vec<JointController>,
    /// Recipients, processors and sub-processors, defined once and referred
    /// to by id from activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    /// IT systems where the data live, referred to by id from activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<System>,
    /// Default technical and organisational security measures (Art. 32(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_measures: Option<String>,
    /// Link to a security policy or ISMS document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_ref: Option<String>,
    /// How data subjects exercise their rights (Art. 12-22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_subject_rights: Option<String>,
    /// How often its activities are reviewed, in whole months (1 to 120):
    /// `Some(12)` is once a year, `Some(6)` twice a year. Absent means
    /// once a year; an activity may set its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_months: Option<u32>,
    /// The document(s) this record was taken from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Fields the source this record was taken from does not state
    /// (GAP-001): known gaps, not missing data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_stated: Vec<NotStated>,
    /// Findings the team has reviewed and accepted for a time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acknowledgements: Vec<Acknowledgement>,
    /// Free notes (RON comments do not survive a rewrite; this does).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// Art. 30(1) controller record, Art. 30(2) processor record, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum OrgRole {
    /// Determines purposes and means (Art. 4(7)).
    Controller,
    /// Processes on behalf of a controller (Art. 4(8)).
    Processor,
    /// Controller for some activities, processor for others.
    ControllerAndProcessor,
}

impl OrgRole {
    /// True when the organisation keeps an Art. 30(2) processor record.
    pub fn includes_processor(self) -> bool {
        matches!(self, Self::Processor | Self::ControllerAndProcessor)
    }
}

/// The kind of body; public authorities must designate a DPO and may not
/// rely on legitimate interests for their tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum OrgKind {
    /// Public authority or body (Art. 37(1)(a), Art. 6(1) second subparagraph).
    PublicAuthority,
    /// Company.
    Company,
    /// Association, union, federation (forening, forbund).
    Association,
    /// Foundation or fund.
    Foundation,
    /// Anything else.
    Other,
}

/// A company register number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum OrgNumber {
    /// Danish CVR number (8 digits, modulus 11).
    Cvr(String),
    /// Norwegian organisasjonsnummer (9 digits, modulus 11).
    NoOrgnr(String),
    /// Another register: scheme name and value.
    Other {
        /// Name of the register, e.g. "EIN".
        scheme: String,
        /// The number as written.
        value: String,
    },
    /// The source does not state the number: a known gap, reported as a
    /// warning (GAP-001) instead of the missing-number error.
    NotStated {
        /// What the source says instead, or where the number may be found.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

impl OrgNumber {
    /// The number as written; empty when not stated.
    pub fn value(&self) -> &str {
        match self {
            Self::Cvr(v) | Self::NoOrgnr(v) => v,
            Self::Other { value, .. } => value,
            Self::NotStated { .. } => "",
        }
    }

    /// False when the source does not state the number.
    pub fn is_stated(&self) -> bool {
        !matches!(self, Self::NotStated { .. })
    }
}

/// A named contact: person or function.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name of the person or function.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Role or title, e.g. "Salgssjef".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Other ways to reach them, e.g. "Digital Post, att. Databeskyttelsesrådgiver".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
}

/// The data protection officer.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// A DPO is formally designated (Art. 37).
    #[serde(default, skip_serializing_if = "is_false")]
    pub designated: bool,
    /// How to reach the DPO.
    pub contact: Contact,
}

/// A joint controller and the Art. 26 arrangement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointController {
    /// Id of the organisation in this register.
    pub organisation: String,
    /// Reference to the Art. 26 arrangement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement_ref: Option<String>,
    /// What the joint control covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

/// Someone data are disclosed or entrusted to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Slug, unique within the organisation.
    pub id: String,
    /// Name as written.
    pub name: String,
    /// Role in relation to the organisation.
    pub kind: RecipientKind,
    /// ISO 3166-1 alpha-2 country; absent when the source does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Company register number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_number: Option<OrgNumber>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// What it does for or with the data, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Reference to the data processing agreement (Art. 28(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpa_ref: Option<String>,
    /// Sub-processors this processor uses (Art. 28(2), (4)).
    #[serde(default, skip_serializing_if = "SubProcessors::is_unknown")]
    pub sub_processors: SubProcessors,
    /// Certified under the EU-US Data Privacy Framework.
    #[serde(default, skip_serializing_if = "is_false")]
    pub dpf_certified: bool,
    /// Date (YYYY-MM-DD) the DPF certification was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpf_verified_on: Option<String>,
}

/// How a recipient stands to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RecipientKind {
    /// Processes on the organisation's behalf (databehandler).
    Processor,
    /// Engaged by a processor (underdatabehandler).
    SubProcessor,
    /// Receives data for its own purposes (selvstændig dataansvarlig).
    IndependentController,
    /// Joint controller (Art. 26).
    JointController,
    /// Public authority receiving by law.
    PublicAuthority,
    /// A unit inside the organisation.
    Internal,
    /// Not stated or other.
    Other,
}

impl RecipientKind {
    /// True for processors and sub-processors.
    pub fn is_processor(self) -> bool {
        matches!(self, Self::Processor | Self::SubProcessor)
    }
}

/// A processor's sub-processors: unknown, none, or a list of recipient ids.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub enum SubProcessors {
    /// Not documented.
    #[default]
    Unknown,
    /// The processor uses none.
    None,
    /// Recipient ids of the sub-processors.
    Listed(Vec<String>),
}

impl SubProcessors {
    /// True when nothing is documented.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown)
    }
}

/// An IT system where data are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct System {
    /// Slug, unique within the organisation.
    pub id: String,
    /// Name of the system.
    pub name: String,
    /// What it is used for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where it runs (country or provider).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

/// A field of a record that the source it was typed in from does not
/// state: `NotStated(field: "address", note: Some("…"))`. The validator
/// reports it as a known gap (GAP-001) instead of the missing-data finding
/// an empty field raises, and warns (GAP-002) when the field is filled
/// after all or names no field of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotStated {
    /// Field path inside the record, as findings name it: `address`,
    /// `dpo`, `recipients`, `data_subjects`, `recipients[0].country`.
    pub field: String,
    /// What the source says instead, or where it was looked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A finding the team has reviewed and accepted until a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    /// Rule id, e.g. "ORG-002".
    pub rule: String,
    /// Field path the acknowledgement is limited to, e.g. "legal_bases[0]";
    /// absent means every finding of the rule in this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// Which finding it covers: one about a missing value, or one about the
    /// value written. A finding of the other kind at the same place is
    /// still reported, so an acknowledgement of "no CVR number" does not
    /// hide a wrong CVR number added later. Absent (acknowledgements written
    /// before kinds existed) covers missing values only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FindingKind>,
    /// Why the finding is accepted.
    pub reason: String,
    /// Last day (YYYY-MM-DD) the acknowledgement holds.
    pub expires: String,
}

/// What a finding is about, as far as acknowledgements are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum FindingKind {
    /// Nothing is written where the finding points (an absent field, `None`,
    /// an empty list or text): the source does not give the value.
    Missing,
    /// A value is written where the finding points, and the finding is
    /// about it: a wrong number, a citation that cannot carry the data, a
    /// purpose without a basis.
    Invalid,
}

impl FindingKind {
    /// `missing` or `invalid`, as reports print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Missing => "missing",
            Self::Invalid => "invalid",
        }
    }
}

/// One processing activity: `activities/<id>.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Slug, equal to the file name.
    pub id: String,
    /// Name in the original language.
    pub name: String,
    /// English name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The organisation's role in this activity.
    #[serde(default, skip_serializing_if = "ActivityRole::is_controller")]
    pub role: ActivityRole,
    /// Workflow state of the record.
    pub status: Status,
    /// The business function, department or area the processing belongs
    /// to (the templates' "Business function", "Afdeling /
    /// forretningsområde").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_function: Option<String>,
    /// Person or function responsible for the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// Date (YYYY-MM-DD) the record was last reviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<String>,
    /// How often this activity is reviewed, in whole months (1 to 120),
    /// where it differs from its organisation's `review_interval_months`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_interval_months: Option<u32>,
    /// What the processing is, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For a processor: the controllers acted for (Art. 30(2)(a)-(b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub on_behalf_of: Vec<ControllerServed>,
    /// Purposes (Art. 30(1)(b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<Purpose>,
    /// Art. 6(1) legal bases, with national provisions as cited.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub legal_bases: Vec<LegalBasis>,
    /// Link to the record of the legitimate interests assessment (LIA)
    /// behind an Art. 6(1)(f) basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lia_ref: Option<String>,
    /// Art. 9(2) conditions for special categories.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub special_conditions: Vec<SpecialCondition>,
    /// Art. 10 / national authorisation for criminal-offence data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criminal_basis: Option<CriminalBasis>,
    /// National rule for national identification numbers (DBL § 11, POL § 12).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub national_id_bases: Vec<NationalIdBasis>,
    /// Categories of data subjects (Art. 30(1)(c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_subjects: Vec<DataSubject>,
    /// Categories of personal data (Art. 30(1)(c)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_categories: Vec<DataCategory>,
    /// Recipients by id, with what they receive and why (Art. 30(1)(d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<RecipientUse>,
    /// Set when the activity discloses to no one.
    #[serde(default, skip_serializing_if = "is_false")]
    pub recipients_none: bool,
    /// Transfers to third countries or international organisations
    /// (Art. 30(1)(e)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<Transfer>,
    /// Retention rules (Art. 30(1)(f)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retention: Vec<RetentionRule>,
    /// Link to the retention and erasure policy the rules follow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_policy_ref: Option<String>,
    /// Systems used, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub systems: Vec<String>,
    /// Security measures for this activity (Art. 30(1)(g)); the
    /// organisation's defaults apply when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_measures: Option<String>,
    /// Link to security documentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_ref: Option<String>,
    /// Links to the records of personal data breaches that concerned this
    /// processing (Art. 33(5)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breach_refs: Vec<String>,
    /// Automated decisions including profiling (Art. 22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated_decisions: Option<AutomatedDecisions>,
    /// Data protection impact assessment (Art. 35).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpia: Option<Dpia>,
    /// WP248 criteria that apply beyond those derived from the data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub risk_criteria: Vec<RiskCriterion>,
    /// Consent handling, where consent is a basis (Art. 7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Consent>,
    /// Whether providing the data is statutory or contractual (Art. 13(2)(e)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision_requirement: Option<String>,
    /// How data subjects exercise their rights, where it differs from the
    /// organisation's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_subject_rights: Option<String>,
    /// Fields the source this record was taken from does not state
    /// (GAP-001): known gaps, not missing data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_stated: Vec<NotStated>,
    /// Findings the team has reviewed and accepted for a time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acknowledgements: Vec<Acknowledgement>,
    /// Free notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// The organisation's capacity in one activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub enum ActivityRole {
    /// Art. 30(1) record.
    #[default]
    Controller,
    /// Art. 30(2) record.
    Processor,
    /// Joint controller with the organisations named on the organisation.
    JointController,
}

impl Activity {
    /// A new draft activity with nothing recorded but its id and name: the
    /// start of an imported row, or the stand-in for an organisation
    /// without activities in a table.
    pub fn draft(id: impl Into<String>, name: impl Into<String>) -> Self {
        Activity {
            id: id.into(),
            name: name.into(),
            name_en: None,
            role: ActivityRole::Controller,
            status: Status::Draft,
            business_function: None,
            owner: None,
            last_reviewed: None,
            review_interval_months: None,
            description: None,
            on_behalf_of: Vec::new(),
            purposes: Vec::new(),
            legal_bases: Vec::new(),
            lia_ref: None,
            special_conditions: Vec::new(),
            criminal_basis: None,
            national_id_bases: Vec::new(),
            data_subjects: Vec::new(),
            data_categories: Vec::new(),
            recipients: Vec::new(),
            recipients_none: false,
            transfers: Vec::new(),
            retention: Vec::new(),
            retention_policy_ref: None,
            systems: Vec::new(),
            security_measures: None,
            security_ref: None,
            breach_refs: Vec::new(),
            automated_decisions: None,
            dpia: None,
            risk_criteria: Vec::new(),
            consent: None,
            provision_requirement: None,
            data_subject_rights: None,
            not_stated: Vec::new(),
            acknowledgements: Vec::new(),
            notes: None,
        }
    }
}

impl ActivityRole {
    /// True for the default, controller.
    pub fn is_controller(&self) -> bool {
        matches!(self, Self::Controller)
    }
}

/// Workflow state of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Status {
    /// Being written.
    Draft,
    /// Waiting for review.
    InReview,
    /// Reviewed and approved.
    Approved,
    /// No longer carried out; kept for history.
    Retired,
}

/// A controller a processor acts for, and what it does for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ControllerServed {
    /// Id of the controller's organisation in this register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Name as written (e.g. "kunden").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Contact details of the controller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Categories of processing carried out for it (Art. 30(2)(b)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processing: Vec<String>,
}

/// One purpose of the processing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Slug, unique within the activity.
    pub id: String,
    /// The purpose as written.
    pub text: String,
    /// For public authorities: this purpose is outside their public tasks,
    /// so legitimate interests may serve (Art. 6(1) second subparagraph).
    #[serde(default, skip_serializing_if = "is_false")]
    pub outside_public_tasks: bool,
}

/// A legal basis for some or all purposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// Purpose ids this basis serves; empty means every purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purposes: Vec<String>,
    /// The Art. 6(1) letter, when one is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article6: Option<Art6>,
    /// Union or Member State law laying down the task or obligation
    /// (Art. 6(3)), as cited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law_ref: Option<String>,
    /// National provision cited beside the Article, e.g.
    /// "databeskyttelseslovens § 6, stk. 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_provision: Option<String>,
    /// The legitimate interest pursued, for Art. 6(1)(f).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legitimate_interest: Option<String>,
    /// The citation as written in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Art. 6(1) lawful bases.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Art6 {
    /// (a) consent.
    A,
    /// (b) contract.
    B,
    /// (c) legal obligation.
    C,
    /// (d) vital interests.
    D,
    /// (e) public task or official authority.
    E,
    /// (f) legitimate interests.
    F,
}

/// An Art. 9(2) condition (or national provision) for special categories.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialCondition {
    /// Data category ids it covers; empty means every special category.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// The Art. 9(2) letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article9: Option<Art9>,
    /// National provision, e.g. "databeskyttelseslovens § 7, stk. 1".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_provision: Option<String>,
    /// The citation as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Art. 9(2) conditions.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Art9 {
    /// (a) explicit consent.
    A,
    /// (b) employment and social security law.
    B,
    /// (c) vital interests.
    C,
    /// (d) not-for-profit body's members.
    D,
    /// (e) made manifestly public.
    E,
    /// (f) legal claims.
    F,
    /// (g) substantial public interest.
    G,
    /// (h) health or social care.
    H,
    /// (i) public health.
    I,
    /// (j) archiving, research, statistics.
    J,
}

/// The authorisation for criminal-offence data (Art. 10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriminalBasis {
    /// Processing under the control of official authority.
    #[serde(default, skip_serializing_if = "is_false")]
    pub official_authority: bool,
    /// National provision, e.g. "databeskyttelseslovens § 8, stk. 3".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_provision: Option<String>,
    /// The citation as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The national rule relied on for a national identification number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NationalIdBasis {
    /// Which number.
    pub scheme: NationalIdScheme,
    /// Provision, e.g. "databeskyttelseslovens § 11, stk. 2, nr. 4".
    pub provision: String,
    /// For Norwegian numbers: why secure identification is needed (POL § 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub justification: Option<String>,
    /// The citation as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// National identification number schemes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum NationalIdScheme {
    /// Danish CPR number (personnummer).
    DkCpr,
    /// Norwegian fødselsnummer or D-nummer.
    NoFnr,
    /// Another scheme, named.
    Other(String),
}

/// A category of data subjects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataSubject {
    /// Slug, unique within the activity.
    pub id: String,
    /// The category as written, e.g. "Postkasseejer".
    pub name: String,
    /// Children, patients, employees and other vulnerable people (WP248).
    #[serde(default, skip_serializing_if = "is_false")]
    pub vulnerable: bool,
}

/// A category of personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Slug, unique within the activity.
    pub id: String,
    /// The category as written.
    pub name: String,
    /// Ordinary, special (Art. 9), national id or criminal (Art. 10).
    pub kind: DataKind,
    /// Data subject ids the category concerns; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// Where the data come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collected_from: Option<CollectedFrom>,
    /// The source, when not the data subject (Art. 14(2)(f)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The data are published (DBL § 11, stk. 3 for CPR).
    #[serde(default, skip_serializing_if = "is_false")]
    pub published: bool,
}

/// What kind of personal data a category holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum DataKind {
    /// Ordinary personal data.
    Ordinary,
    /// Special categories of Art. 9(1).
    Special(Vec<SpecialKind>),
    /// A national identification number (Art. 87).
    NationalId(NationalIdScheme),
    /// Criminal convictions and offences (Art. 10).
    Criminal,
}

/// The special categories of Art. 9(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum SpecialKind {
    /// Racial or ethnic origin.
    RacialOrEthnicOrigin,
    /// Political opinions.
    PoliticalOpinions,
    /// Religious or philosophical beliefs.
    ReligiousOrPhilosophicalBeliefs,
    /// Trade union membership.
    TradeUnionMembership,
    /// Genetic data.
    Genetic,
    /// Biometric data for unique identification.
    Biometric,
    /// Data concerning health.
    Health,
    /// Sex life or sexual orientation.
    SexLifeOrOrientation,
    /// The source says "sensitive" without naming which.
    Unspecified,
}

/// Where data come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CollectedFrom {
    /// From the person.
    DataSubject,
    /// From someone else (employer, member organisation, ...).
    ThirdParty,
    /// From a public register.
    PublicRegister,
    /// Created by the controller's own systems (logs, ids).
    Generated,
}

/// A recipient used in an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientUse {
    /// Id of a recipient defined on the organisation.
    pub recipient: String,
    /// Data category ids it receives; empty means not specified.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<String>,
    /// Why it receives them, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
}

/// A transfer to a third country or international organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Slug, unique within the activity.
    pub id: String,
    /// ISO 3166-1 alpha-2 country of destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Named international organisation, instead of a country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub international_organisation: Option<String>,
    /// The destination as written, e.g. "lande uden for EU/EØS".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_text: Option<String>,
    /// Recipient ids receiving the transfer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// Transfer mechanisms relied on (Art. 45-49).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mechanisms: Vec<Mechanism>,
    /// The safeguard as written in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safeguard_text: Option<String>,
    /// Link to the transfer documentation or transfer impact assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation: Option<String>,
    /// The transfer is regular or systematic (limits Art. 49).
    #[serde(default, skip_serializing_if = "is_false")]
    pub regular: bool,
}

/// A transfer mechanism of Chapter V.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Mechanism {
    /// Art. 45 adequacy decision for the destination.
    Adequacy,
    /// EU-US Data Privacy Framework (Decision (EU) 2023/1795).
    EuUsDpf,
    /// Standard contractual clauses (Art. 46(2)(c)).
    Scc {
        /// Commission decision, e.g. "2021/914"; absent when not stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        decision: Option<String>,
        /// SCC module 1-4.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        module: Option<u8>,
    },
    /// Binding corporate rules (Art. 46(2)(b), 47).
    Bcr {
        /// Approval reference.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        approval_ref: Option<String>,
    },
    /// Instrument between public authorities (Art. 46(2)(a)).
    PublicAuthorityInstrument(String),
    /// Code of conduct with binding commitments (Art. 46(2)(e)).
    CodeOfConduct(String),
    /// Certification with binding commitments (Art. 46(2)(f)).
    Certification(String),
    /// Clauses or arrangements authorised by the SA (Art. 46(3)).
    AuthorisedClauses(String),
    /// Art. 49 derogation.
    Derogation {
        /// Art. 49(1) letter a-g, or absent for the second subparagraph.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter: Option<Art49>,
        /// Documentation of suitable safeguards (second subparagraph).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        safeguards_documentation: Option<String>,
        /// The supervisory authority was informed (Art. 49(1) second subpara).
        #[serde(default, skip_serializing_if = "is_false")]
        sa_notified: bool,
    },
    /// A mechanism as named in the source that fits none of the above
    /// (e.g. "Privacy Shield-certificering").
    Named(String),
    /// The source does not state the mechanism: a known gap, reported as a
    /// warning (GAP-001) instead of the missing-safeguard error.
    NotStated {
        /// What the source says instead.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

/// Art. 49(1) derogations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Art49 {
    /// (a) explicit consent.
    A,
    /// (b) contract with the data subject.
    B,
    /// (c) contract in the data subject's interest.
    C,
    /// (d) important reasons of public interest.
    D,
    /// (e) legal claims.
    E,
    /// (f) vital interests.
    F,
    /// (g) public register.
    G,
}

/// A retention rule for some or all data of an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    /// Slug, unique within the activity.
    pub id: String,
    /// Data category ids it covers; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    /// Data subject ids it covers; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
    /// The structured rule.
    pub rule: Retention,
    /// The rule as written in the source, always kept.
    pub text: String,
}

/// How long data are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Retention {
    /// A fixed period from collection, ISO 8601 (e.g. "P30D", "P5Y").
    Duration {
        /// ISO 8601 duration.
        period: String,
        /// Exact, or an upper bound ("op til").
        bound: Bound,
    },
    /// A period after an event.
    EventBased {
        /// The triggering event.
        event: RetentionEvent,
        /// ISO 8601 offset after the event.
        offset: String,
        /// Exact, or an upper bound.
        bound: Bound,
    },
    /// As long as a statute requires.
    Statutory {
        /// The statute, as cited.
        law_ref: String,
        /// The period, when the statute gives one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        period: Option<String>,
    },
    /// Until consent is withdrawn or the service is ended by the person.
    UntilWithdrawal,
    /// Kept without a limit.
    Indefinite {
        /// Statute, archive law or Art. 89 ground.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        justification: Option<String>,
    },
    /// No period can be given; the criteria used instead (Art. 13(2)(a)).
    NotPossible {
        /// Why no period can be given.
        reason: String,
        /// The criteria that decide the period.
        criteria: String,
    },
    /// Anonymised after a period (no longer personal data, Recital 26).
    AnonymiseAfter {
        /// ISO 8601 duration; absent when not stated.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        period: Option<String>,
    },
    /// The source does not state how long the data are kept: a known gap,
    /// reported as a warning (GAP-001) instead of a retention error.
    NotStated {
        /// What the source says instead.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

/// Whether a period is exact or an upper bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Bound {
    /// Deleted at the end of the period.
    Exact,
    /// Deleted at the latest at the end of the period ("op til").
    Max,
}

/// Events that start a retention period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RetentionEvent {
    /// Death of the data subject.
    DeathOfDataSubject,
    /// Death of another person the data relate to.
    DeathOfRelatedPerson,
    /// End of membership.
    EndOfMembership,
    /// End of employment.
    EndOfEmployment,
    /// End of contract.
    EndOfContract,
    /// Consent was given.
    ConsentGiven,
    /// Consent was withdrawn.
    ConsentWithdrawal,
    /// The user deleted the account.
    AccountDeletion,
    /// The person unsubscribed from the service.
    ServiceUnsubscribed,
    /// The person took part (in a course, webinar, ...).
    Participation,
    /// The case was closed.
    CaseClosed,
    /// Another event, as written; not machine-checkable.
    Other(String),
}

/// Automated decisions, including profiling (Art. 22).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    /// Decisions based solely on automated processing take place.
    pub present: bool,
    /// The Art. 22(2) ground, where present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<Art22Ground>,
    /// Description as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Art. 22(2) grounds for automated decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Art22Ground {
    /// (a) necessary for a contract.
    Contract,
    /// (b) authorised by law.
    Law,
    /// (c) explicit consent.
    ExplicitConsent,
}

/// The DPIA for an activity (Art. 35).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpia {
    /// Where the assessment stands.
    pub status: DpiaStatus,
    /// Why it is not required, or other remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Link to the DPIA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// DPIA states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum DpiaStatus {
    /// Not yet screened.
    NotAssessed,
    /// Screened: not required (give a reason).
    NotRequired,
    /// Required and planned.
    Planned,
    /// Carried out.
    Done,
}

/// WP248 rev.01 criteria for high-risk processing that the data alone do
/// not show (special data, criminal data and national ids are derived).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum RiskCriterion {
    /// Evaluation or scoring.
    EvaluationOrScoring,
    /// Automated decision with legal or similar effect.
    AutomatedDecision,
    /// Systematic monitoring.
    SystematicMonitoring,
    /// Data processed on a large scale.
    LargeScale,
    /// Matching or combining datasets.
    MatchingDatasets,
    /// Vulnerable data subjects.
    VulnerableSubjects,
    /// Innovative use of technology.
    NewTechnology,
    /// Prevents data subjects from exercising a right or using a service.
    PreventsRights,
}

/// How consent is given, recorded and withdrawn (Art. 7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// How consent is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_given: Option<String>,
    /// Where the record of consent is kept (Art. 7(1)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_ref: Option<String>,
    /// How the person withdraws consent (Art. 7(3)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawal_process: Option<String>,
}
