//! The layouts DPOs know (Danish, Norwegian, ICO), as data: which record
//! facts fill which column, under which heading, in which order. Shared by
//! the CSV, xlsx and docx exports.
//!
//! Every layout holds every fact ropa records (nothing is dropped to fit a
//! template): first the columns of the template in its order, then the
//! facts the template has no column for. The organisation's own facts
//! (controller, address, CVR/orgnr, contact, DPO, representative) form the
//! organisation block shown above each table, and lead each CSV row.
//!
//! The values come from [`facts`], the one place that calls the wording of
//! `labels.rs`; the headings are this module's tables, in the layout's
//! language.

use super::labels as l;
use super::labels::Labels;
use crate::register::date::Date;
use crate::register::lang::Lang;
use crate::register::load::{ActivityEntry, OrgEntry, Register};
use crate::register::model::{Activity, ActivityRole, Contact, Organisation, RecipientKind};

/// A layout: the columns and headings of one template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Danish: Datatilsynet's guidance and KL's standard records
    /// (*fortegnelse over behandlingsaktiviteter*).
    Da,
    /// Norwegian Bokmål: Datatilsynet's *protokoll over
    /// behandlingsaktiviteter*.
    Nb,
    /// English: the ICO controller documentation template.
    Ico,
}

impl Layout {
    /// Every layout.
    pub const ALL: [Layout; 3] = [Layout::Da, Layout::Nb, Layout::Ico];

    /// The layout's name on the command line: `da`, `nb`, `ico`.
    pub fn name(self) -> &'static str {
        match self {
            Layout::Da => "da",
            Layout::Nb => "nb",
            Layout::Ico => "ico",
        }
    }

    /// The layout named `s` (`da`, `nb`, `ico`; `no` and `en` too).
    pub fn parse(s: &str) -> Option<Layout> {
        match s.trim().to_ascii_lowercase().as_str() {
            "da" => Some(Layout::Da),
            "nb" | "no" => Some(Layout::Nb),
            "ico" | "en" => Some(Layout::Ico),
            _ => None,
        }
    }

    /// The language of the layout's headings, and of the values in words
    /// that fill it.
    pub fn lang(self) -> Lang {
        match self {
            Layout::Da => Lang::Da,
            Layout::Nb => Lang::Nb,
            Layout::Ico => Lang::En,
        }
    }

    /// The layout of a language code (`da`, `nb`/`no`/`nn`, anything else
    /// English), for a register whose language is known.
    pub fn for_language(lang: &str) -> Layout {
        let lang = lang.trim().to_ascii_lowercase();
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        match primary {
            "da" => Layout::Da,
            "nb" | "no" | "nn" => Layout::Nb,
            _ => Layout::Ico,
        }
    }

    /// The default layout of a register whose language is not known: `da`
    /// when most organisations are Danish, `nb` when most are Norwegian,
    /// else `ico`.
    pub fn for_register(reg: &Register) -> Layout {
        let count = |c: &str| {
            reg.organisations
                .iter()
                .filter(|e| e.org.country.trim().eq_ignore_ascii_case(c))
                .count()
        };
        let (dk, no) = (count("DK"), count("NO"));
        if dk == 0 && no == 0 {
            Layout::Ico
        } else if dk >= no {
            Layout::Da
        } else {
            Layout::Nb
        }
    }

    /// The CSV field separator Excel expects in the layout's locale: `;`
    /// for Danish and Norwegian (where `,` is the decimal mark), `,` for
    /// English.
    pub fn delimiter(self) -> char {
        match self {
            Layout::Da | Layout::Nb => ';',
            Layout::Ico => ',',
        }
    }

    /// The title of a record of processing activities (Art. 30(1)).
    pub fn title(self) -> &'static str {
        match self {
            Layout::Da => "Fortegnelse over behandlingsaktiviteter",
            Layout::Nb => "Protokoll over behandlingsaktiviteter",
            Layout::Ico => "Record of processing activities",
        }
    }

    /// The title of a processor's record (Art. 30(2)).
    pub fn processor_title(self) -> &'static str {
        match self {
            Layout::Da => {
                "Fortegnelse over behandlinger udført som databehandler (art. 30, stk. 2)"
            }
            Layout::Nb => "Protokoll over behandlinger utført som databehandler (art. 30 nr. 2)",
            Layout::Ico => "Record of processing carried out as a processor (Art. 30(2))",
        }
    }

    /// The suffix of a processor table's short name.
    pub fn processor_suffix(self) -> &'static str {
        match self {
            Layout::Da | Layout::Nb => " (databehandler)",
            Layout::Ico => " (processor)",
        }
    }

    /// The organisation's columns leading each CSV row.
    pub fn org_columns(self) -> &'static [Fact] {
        match self {
            Layout::Da | Layout::Nb => &ORG_COLUMNS_NORDIC,
            Layout::Ico => &ORG_BLOCK,
        }
    }

    /// The activity columns, in the template's order, then every fact the
    /// template has no column for.
    pub fn columns(self) -> &'static [Fact] {
        match self {
            Layout::Da | Layout::Nb => &COLUMNS_NORDIC,
            Layout::Ico => &COLUMNS_ICO,
        }
    }

    /// The columns of a table below an organisation block: the activity
    /// columns, led by the activity's role where the layout keeps it among
    /// the organisation's columns.
    pub fn table_columns(self) -> Vec<Fact> {
        let cols = self.columns();
        let mut out = cols.to_vec();
        if !cols.contains(&Fact::Role) {
            // The ICO template's columns come first, as the template has
            // them; the role is one of ropa's own facts after them.
            let at = match self {
                Layout::Ico => ICO_TEMPLATE_COLUMNS,
                Layout::Da | Layout::Nb => 0,
            };
            out.insert(at, Fact::Role);
        }
        out
    }

    /// The columns of a processor's table (Art. 30(2)): the facts Art.
    /// 30(2) asks for first, then the rest of [`Layout::table_columns`].
    pub fn processor_columns(self) -> Vec<Fact> {
        let mut out = PROCESSOR_FIRST.to_vec();
        out.extend(
            self.table_columns()
                .into_iter()
                .filter(|f| !PROCESSOR_FIRST.contains(f)),
        );
        out
    }

    /// The heading of `fact` in this layout.
    pub fn heading(self, fact: Fact) -> &'static str {
        let h = &HEADINGS[fact as usize];
        debug_assert_eq!(h.0, fact);
        match self {
            Layout::Da => h.1,
            Layout::Nb => h.2,
            Layout::Ico => h.3,
        }
    }

    /// The heading of `fact` in a processor's table, where Art. 30(2)
    /// names the purpose column differently.
    pub fn processor_heading(self, fact: Fact) -> &'static str {
        match (self, fact) {
            (Layout::Da, Fact::Purpose) => {
                "Kategorier af behandling udført på vegne af hver dataansvarlig"
            }
            (Layout::Nb, Fact::Purpose) => {
                "Kategorier av behandling utført på vegne av hver behandlingsansvarlig"
            }
            (Layout::Ico, Fact::Purpose) => {
                "Categories of processing carried out on behalf of each controller"
            }
            _ => self.heading(fact),
        }
    }
}

/// One fact of a record that fills one column. The order is the column
/// order of the ICO layout (and of [`super::csv::headers`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The organisation's name.
    OrgName,
    /// The organisation's id.
    OrgId,
    /// The organisation's role in the activity (or its role and kind).
    Role,
    /// The organisation's country.
    Country,
    /// CVR, organisasjonsnummer or other register number.
    OrgNumber,
    /// Postal address.
    Address,
    /// E-mail, website and other contacts.
    ContactEmail,
    /// Telephone.
    Phone,
    /// Data protection officer.
    Dpo,
    /// Representative (Art. 27), Art. 3(2) and the Art. 27(2) exemption.
    Representative,
    /// Joint controllers of the organisation.
    JointControllers,
    /// The activity's id.
    ActivityId,
    /// The activity's name.
    ActivityName,
    /// The activity's English name.
    ActivityNameEn,
    /// Draft, in review, approved, retired.
    Status,
    /// Description and purposes (Art. 30(1)(b)).
    Purpose,
    /// Name and contact of the joint controllers of a joint activity.
    JointContact,
    /// Categories of data subjects (Art. 30(1)(c)).
    Subjects,
    /// Categories of personal data (Art. 30(1)(c)).
    DataCategories,
    /// Categories of recipients (Art. 30(1)(d)).
    Recipients,
    /// Data processing agreements with processors.
    Contracts,
    /// Third countries and international organisations (Art. 30(1)(e)).
    TransferDestinations,
    /// Transfer safeguards and their documentation.
    TransferSafeguards,
    /// Time limits for erasure (Art. 30(1)(f)).
    Retention,
    /// Technical and organisational security measures (Art. 30(1)(g)).
    Security,
    /// Art. 6 lawful bases.
    Art6,
    /// Art. 9 conditions.
    Art9,
    /// Legitimate interests pursued.
    LegitimateInterests,
    /// Criminal offence data (Art. 10 and national law).
    Criminal,
    /// National identification number basis (Art. 87).
    NationalId,
    /// Rights available to data subjects.
    Rights,
    /// Automated decisions and profiling.
    Automated,
    /// Where the data come from.
    Source,
    /// Consent records.
    Consent,
    /// Systems holding the data.
    Location,
    /// Whether a DPIA is required, and the WP248 criteria met.
    DpiaRequired,
    /// DPIA status and dates.
    Dpia,
    /// Link to the DPIA.
    DpiaLink,
    /// Controllers a processor acts for (Art. 30(2)(a), (b)).
    ControllersServed,
    /// The person responsible.
    Owner,
    /// Date of the last review.
    LastReviewed,
    /// Fields the record names as not stated in its source (known gaps).
    NotStated,
    /// Acknowledged validation findings.
    Acknowledgements,
    /// Notes, and where the records are kept.
    Notes,
    /// The business function (department, area).
    BusinessFunction,
    /// Link to the legitimate interests assessment.
    LiaLink,
    /// ICO: whether a personal data breach occurred: yes where breach
    /// records are linked, else empty (ropa records no "no").
    Breach,
    /// Links to the records of personal data breaches.
    BreachLink,
    /// Link to the retention and erasure policy.
    RetentionPolicy,
    /// ICO: whether the policy is adhered to (written empty).
    PolicyAdherence,
    /// ICO: why the policy is not adhered to (written empty).
    PolicyReasons,
    /// How often the activity is reviewed, in months, where it differs
    /// from its organisation's interval.
    ReviewInterval,
    /// How often the organisation's activities are reviewed, in months.
    OrgReviewInterval,
}

impl Fact {
    /// Whether the fact is a calendar date (written as a date cell).
    pub fn is_date(self) -> bool {
        self == Fact::LastReviewed
    }

    /// A sensible column width in characters for a spreadsheet.
    pub fn width(self) -> f64 {
        match self {
            Fact::Country | Fact::Status | Fact::LastReviewed => 12.0,
            Fact::ReviewInterval | Fact::OrgReviewInterval => 14.0,
            Fact::OrgId | Fact::ActivityId | Fact::Phone | Fact::OrgNumber => 18.0,
            Fact::OrgName | Fact::ActivityName | Fact::ActivityNameEn | Fact::Owner => 28.0,
            Fact::Role | Fact::DpiaRequired | Fact::DpiaLink | Fact::Consent => 24.0,
            Fact::Notes | Fact::Purpose | Fact::DataCategories | Fact::Recipients => 50.0,
            Fact::Retention | Fact::Security | Fact::NotStated | Fact::Acknowledgements => 50.0,
            _ => 36.0,
        }
    }
}

/// Number of facts.
pub const FACT_COUNT: usize = 53;

/// The ICO template's columns that hold no fact of ropa's own: present
/// in the layouts that have them; empty, but for the breach question,
/// which says yes where breach records are linked ([`Fact::BreachLink`]).
pub const EMPTY_FACTS: [Fact; 3] = [Fact::Breach, Fact::PolicyAdherence, Fact::PolicyReasons];

/// The number of columns of the ICO controller template (A–AD).
pub const ICO_TEMPLATE_COLUMNS: usize = 30;

/// The organisation block, in order (also the ICO layout's leading CSV
/// columns).
pub const ORG_BLOCK: [Fact; 12] = [
    Fact::OrgName,
    Fact::OrgId,
    Fact::Role,
    Fact::Country,
    Fact::OrgNumber,
    Fact::Address,
    Fact::ContactEmail,
    Fact::Phone,
    Fact::Dpo,
    Fact::Representative,
    Fact::JointControllers,
    Fact::OrgReviewInterval,
];

/// The Danish and Norwegian CSV's organisation columns: the block without
/// the role, which is per activity there.
const ORG_COLUMNS_NORDIC: [Fact; 11] = [
    Fact::OrgName,
    Fact::OrgId,
    Fact::Country,
    Fact::OrgNumber,
    Fact::Address,
    Fact::ContactEmail,
    Fact::Phone,
    Fact::Dpo,
    Fact::Representative,
    Fact::JointControllers,
    Fact::OrgReviewInterval,
];

/// Danish and Norwegian activity columns: Art. 30(1) order (name,
/// business function, (b)
/// purposes and legal bases, (c) subjects and data, (d) recipients, (e)
/// transfers, (f) erasure, (g) security), then DPIA, automated decisions,
/// source, last reviewed and owner, then the rest. The links to the
/// legitimate interests assessment, the retention policy and the breach
/// records follow the facts they document.
const COLUMNS_NORDIC: [Fact; 39] = [
    Fact::ActivityName,
    Fact::BusinessFunction,
    Fact::Purpose,
    Fact::Art6,
    Fact::Art9,
    Fact::Criminal,
    Fact::NationalId,
    Fact::LegitimateInterests,
    Fact::LiaLink,
    Fact::Subjects,
    Fact::DataCategories,
    Fact::Recipients,
    Fact::Contracts,
    Fact::TransferDestinations,
    Fact::TransferSafeguards,
    Fact::Retention,
    Fact::RetentionPolicy,
    Fact::Security,
    Fact::DpiaRequired,
    Fact::Dpia,
    Fact::DpiaLink,
    Fact::BreachLink,
    Fact::Automated,
    Fact::Source,
    Fact::LastReviewed,
    Fact::ReviewInterval,
    Fact::Owner,
    Fact::ActivityId,
    Fact::Role,
    Fact::Status,
    Fact::ActivityNameEn,
    Fact::JointContact,
    Fact::ControllersServed,
    Fact::Rights,
    Fact::Consent,
    Fact::Location,
    Fact::NotStated,
    Fact::Acknowledgements,
    Fact::Notes,
];

/// ICO activity columns: the controller template's 30 columns A–AD in its
/// order (the two on adherence to the retention policy written empty,
/// as ropa records nothing for them; the Schedule 1
/// condition and the second Art. 6 column carrying the national provisions
/// on criminal offence data and identification numbers), then ropa's own
/// facts.
const COLUMNS_ICO: [Fact; 41] = [
    Fact::BusinessFunction,
    Fact::Purpose,
    Fact::JointContact,
    Fact::Subjects,
    Fact::DataCategories,
    Fact::Recipients,
    Fact::Contracts,
    Fact::TransferDestinations,
    Fact::TransferSafeguards,
    Fact::Retention,
    Fact::Security,
    Fact::Art6,
    Fact::Art9,
    Fact::LegitimateInterests,
    Fact::LiaLink,
    Fact::Rights,
    Fact::Automated,
    Fact::Source,
    Fact::Consent,
    Fact::Location,
    Fact::DpiaRequired,
    Fact::Dpia,
    Fact::DpiaLink,
    Fact::Breach,
    Fact::BreachLink,
    Fact::Criminal,
    Fact::NationalId,
    Fact::RetentionPolicy,
    Fact::PolicyAdherence,
    Fact::PolicyReasons,
    // ropa's own facts, after column AD.
    Fact::ActivityName,
    Fact::ActivityId,
    Fact::ActivityNameEn,
    Fact::Status,
    Fact::ControllersServed,
    Fact::Owner,
    Fact::LastReviewed,
    Fact::ReviewInterval,
    Fact::NotStated,
    Fact::Acknowledgements,
    Fact::Notes,
];

/// What Art. 30(2) asks of a processor's record, leading its table: the
/// processing, the controllers served, the categories of processing, the
/// transfers and the security measures.
const PROCESSOR_FIRST: [Fact; 6] = [
    Fact::ActivityName,
    Fact::ControllersServed,
    Fact::Purpose,
    Fact::TransferDestinations,
    Fact::TransferSafeguards,
    Fact::Security,
];

/// Headings: (fact, Danish, Norwegian, ICO), in [`Fact`] order.
const HEADINGS: [(Fact, &str, &str, &str); FACT_COUNT] = [
    (
        Fact::OrgName,
        "Dataansvarlig",
        "Behandlingsansvarlig",
        "Organisation",
    ),
    (
        Fact::OrgId,
        "Organisations-id",
        "Organisasjons-ID",
        "Organisation id",
    ),
    (Fact::Role, "Rolle", "Rolle", "Role"),
    (Fact::Country, "Land", "Land", "Country"),
    (
        Fact::OrgNumber,
        "CVR-nummer",
        "Organisasjonsnummer",
        "Org number",
    ),
    (Fact::Address, "Adresse", "Adresse", "Address"),
    (
        Fact::ContactEmail,
        "Kontakt (e-mail, hjemmeside)",
        "Kontakt (e-post, nettsted)",
        "Contact e-mail",
    ),
    (Fact::Phone, "Telefon", "Telefon", "Contact phone"),
    (
        Fact::Dpo,
        "Databeskyttelsesrådgiver",
        "Personvernombud",
        "DPO",
    ),
    (
        Fact::Representative,
        "Repræsentant",
        "Representant",
        "Representative",
    ),
    (
        Fact::JointControllers,
        "Fælles dataansvarlige",
        "Felles behandlingsansvarlige",
        "Joint controllers",
    ),
    (
        Fact::ActivityId,
        "Aktivitets-id",
        "Aktivitets-ID",
        "Activity id",
    ),
    (
        Fact::ActivityName,
        "Behandlingsaktivitet",
        "Behandlingsaktivitet",
        "Activity name",
    ),
    (
        Fact::ActivityNameEn,
        "Behandlingsaktivitet (engelsk)",
        "Behandlingsaktivitet (engelsk)",
        "Activity name (English)",
    ),
    (Fact::Status, "Status", "Status", "Status"),
    (
        Fact::Purpose,
        "Formål med behandlingen",
        "Formålene med behandlingen",
        "Purpose of processing",
    ),
    (
        Fact::JointContact,
        "Fælles dataansvarlige: navn og kontaktoplysninger",
        "Felles behandlingsansvarlige: navn og kontaktinformasjon",
        "Name and contact details of joint controller (if applicable)",
    ),
    (
        Fact::Subjects,
        "Kategorier af registrerede",
        "Kategorier av registrerte",
        "Categories of individuals",
    ),
    (
        Fact::DataCategories,
        "Kategorier af personoplysninger",
        "Kategorier av personopplysninger",
        "Categories of personal data",
    ),
    (
        Fact::Recipients,
        "Kategorier af modtagere",
        "Kategorier av mottakere",
        "Categories of recipients",
    ),
    (
        Fact::Contracts,
        "Databehandleraftaler",
        "Databehandleravtaler",
        "Link to contract with processor",
    ),
    (
        Fact::TransferDestinations,
        "Overførsel til tredjelande eller internationale organisationer",
        "Overføring til tredjeland eller internasjonale organisasjoner",
        "Names of third countries or international organisations that personal data are \
         transferred to (if applicable)",
    ),
    (
        Fact::TransferSafeguards,
        "Grundlag og dokumentation for overførsel",
        "Grunnlag og dokumentasjon for overføring",
        "Safeguards for exceptional transfers of personal data to third countries or \
         international organisations (if applicable)",
    ),
    (
        Fact::Retention,
        "Tidsfrister for sletning",
        "Planlagte tidsfrister for sletting",
        "Retention schedule (if possible)",
    ),
    (
        Fact::Security,
        "Tekniske og organisatoriske sikkerhedsforanstaltninger",
        "Tekniske og organisatoriske sikkerhetstiltak",
        "General description of technical and organisational security measures (if possible)",
    ),
    (
        Fact::Art6,
        "Retsgrundlag (art. 6)",
        "Behandlingsgrunnlag (art. 6)",
        "Article 6 lawful basis for processing personal data",
    ),
    (
        Fact::Art9,
        "Betingelse for følsomme oplysninger (art. 9)",
        "Vilkår for særlige kategorier av personopplysninger (art. 9)",
        "Article 9 condition for processing special category data",
    ),
    (
        Fact::LegitimateInterests,
        "Legitime interesser",
        "Berettigede interesser",
        "Legitimate interests for the processing (if applicable)",
    ),
    (
        Fact::Criminal,
        "Strafbare forhold (art. 10, databeskyttelseslovens § 8)",
        "Straffedommer og lovovertredelser (art. 10, personopplysningsloven § 11)",
        "Data Protection Act 2018 Schedule 1 Condition for processing",
    ),
    (
        Fact::NationalId,
        "CPR-nummer (databeskyttelseslovens § 11)",
        "Fødselsnummer (personopplysningsloven § 12)",
        "GDPR Article 6 lawful basis for processing",
    ),
    (
        Fact::Rights,
        "De registreredes rettigheder",
        "De registrertes rettigheter",
        "Rights available to individuals",
    ),
    (
        Fact::Automated,
        "Automatiske afgørelser, herunder profilering",
        "Automatiserte avgjørelser, herunder profilering",
        "Existence of automated decision-making, including profiling (if applicable)",
    ),
    (
        Fact::Source,
        "Kilde til oplysningerne",
        "Kilde til opplysningene",
        "The source of the personal data (if applicable)",
    ),
    (
        Fact::Consent,
        "Samtykke",
        "Samtykke",
        "Link to record of consent",
    ),
    (
        Fact::Location,
        "Systemer og opbevaringssted",
        "Systemer og lagringssted",
        "Location of personal data",
    ),
    (
        Fact::DpiaRequired,
        "Konsekvensanalyse (DPIA) påkrævet?",
        "Vurdering av personvernkonsekvenser (DPIA) påkrevd?",
        "Data Protection Impact Assessment required?",
    ),
    (
        Fact::Dpia,
        "Konsekvensanalyse (DPIA)",
        "Vurdering av personvernkonsekvenser (DPIA)",
        "Data Protection Impact Assessment progress",
    ),
    (
        Fact::DpiaLink,
        "Link til konsekvensanalyse",
        "Lenke til DPIA",
        "Link to Data Protection Impact Assessment",
    ),
    (
        Fact::ControllersServed,
        "Dataansvarlige, der behandles på vegne af",
        "Behandlingsansvarlige det behandles på vegne av",
        "Controllers served",
    ),
    (Fact::Owner, "Ansvarlig", "Ansvarlig", "Owner"),
    (
        Fact::LastReviewed,
        "Senest gennemgået",
        "Sist gjennomgått",
        "Last reviewed",
    ),
    (
        Fact::NotStated,
        "Ikke oplyst i kilden",
        "Ikke oppgitt i kilden",
        "Not stated in the source",
    ),
    (
        Fact::Acknowledgements,
        "Anerkendte valideringsfund",
        "Anerkjente valideringsfunn",
        "Acknowledged findings",
    ),
    (Fact::Notes, "Noter", "Merknader", "Notes"),
    (
        Fact::BusinessFunction,
        "Afdeling / forretningsområde",
        "Avdeling / virksomhetsområde",
        "Business function",
    ),
    (
        Fact::LiaLink,
        "Link til interesseafvejning",
        "Lenke til interesseavveiing",
        "Link to record of legitimate interests assessment (if applicable)",
    ),
    (
        Fact::Breach,
        "Er der sket brud på persondatasikkerheden?",
        "Har det skjedd brudd på personopplysningssikkerheten?",
        "Has a personal data breach occurred?",
    ),
    (
        Fact::BreachLink,
        "Link til registrering af bruddet",
        "Lenke til registrering av bruddet",
        "Link to record of personal data breach",
    ),
    (
        Fact::RetentionPolicy,
        "Link til slettepolitik",
        "Lenke til retningslinjer for sletting",
        "Link to retention and erasure policy document",
    ),
    (
        Fact::PolicyAdherence,
        "Opbevares og slettes oplysningerne efter politikken?",
        "Lagres og slettes opplysningene i samsvar med retningslinjene?",
        "Is personal data retained and erased in accordance with the policy document?",
    ),
    (
        Fact::PolicyReasons,
        "Begrundelse for at fravige politikken",
        "Begrunnelse for å fravike retningslinjene",
        "Reasons for not adhering to policy document (if applicable)",
    ),
    (
        Fact::ReviewInterval,
        "Gennemgangsinterval (måneder)",
        "Gjennomgangsintervall (måneder)",
        "Review interval (months)",
    ),
    (
        Fact::OrgReviewInterval,
        "Organisationens gennemgangsinterval (måneder)",
        "Organisasjonens gjennomgangsintervall (måneder)",
        "Organisation review interval (months)",
    ),
];

/// The facts of one row: one text per [`Fact`], empty where the record has
/// nothing.
#[derive(Debug, Clone)]
pub struct Facts([String; FACT_COUNT]);

impl Facts {
    /// The text of `fact`.
    pub fn get(&self, fact: Fact) -> &str {
        &self.0[fact as usize]
    }
}

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text; several values are one per line.
    Text(String),
    /// A calendar date.
    Date(Date),
}

impl Cell {
    /// The cell as text (a date as `YYYY-MM-DD`).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Date(d) => d.to_string(),
        }
    }
}

/// What a sheet or table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// The organisation's record as controller (Art. 30(1)).
    Controller,
    /// The organisation's record as processor (Art. 30(2)).
    Processor,
}

/// One organisation's table: the organisation block above it, the
/// headings, a row per activity.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The organisation's name (its id when it has none), not yet fitted
    /// to any format's limits; a processor table's short name adds
    /// [`Layout::processor_suffix`].
    pub name: String,
    /// The title above the table.
    pub title: String,
    /// Controller or processor record.
    pub kind: SheetKind,
    /// The organisation's id.
    pub org_id: String,
    /// The organisation block: heading and value, empty values left out.
    pub org_block: Vec<(&'static str, String)>,
    /// The ICO template's contact block, rows 1–6 of its sheet (see
    /// [`ico_block`]); empty in the other layouts.
    pub contact_block: Vec<Vec<String>>,
    /// The table's columns.
    pub columns: Vec<Fact>,
    /// The headings of the columns.
    pub headings: Vec<&'static str>,
    /// One row per activity, one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// The register as tables in `layout`: for each organisation a table of
/// its controller activities (also when it has no activity at all), and a
/// table of its processor activities (Art. 30(2)) where it has any.
pub fn sheets(reg: &Register, layout: Layout) -> Vec<Sheet> {
    let lb = Labels::new(layout.lang());
    let orgs: Vec<&Organisation> = reg.organisations.iter().map(|e| &e.org).collect();
    let mut out = Vec::new();
    for entry in &reg.organisations {
        let block_facts = facts(entry, None, &orgs, lb);
        let org_block: Vec<(&'static str, String)> = ORG_BLOCK
            .iter()
            .map(|f| (layout.heading(*f), block_facts.get(*f).to_string()))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        let contact_block = match layout {
            Layout::Ico => ico_block(entry, &block_facts, lb),
            Layout::Da | Layout::Nb => Vec::new(),
        };
        let (processor, controller): (Vec<&ActivityEntry>, Vec<&ActivityEntry>) = entry
            .activities
            .iter()
            .partition(|a| a.activity.role == ActivityRole::Processor);
        let name = entry.org.name.trim();
        let name = if name.is_empty() {
            entry.org.id.as_str()
        } else {
            name
        };
        if !controller.is_empty() || processor.is_empty() {
            let columns = layout.table_columns();
            out.push(Sheet {
                name: name.to_string(),
                title: format!("{}{}{}", layout.title(), l::DASH, name),
                kind: SheetKind::Controller,
                org_id: entry.org.id.clone(),
                org_block: org_block.clone(),
                contact_block: contact_block.clone(),
                headings: columns.iter().map(|f| layout.heading(*f)).collect(),
                rows: controller
                    .iter()
                    .map(|a| cells(&facts(entry, Some(a), &orgs, lb), &columns))
                    .collect(),
                columns,
            });
        }
        if !processor.is_empty() {
            let columns = layout.processor_columns();
            out.push(Sheet {
                name: name.to_string(),
                title: format!("{}{}{}", layout.processor_title(), l::DASH, name),
                kind: SheetKind::Processor,
                org_id: entry.org.id.clone(),
                org_block,
                contact_block,
                headings: columns
                    .iter()
                    .map(|f| layout.processor_heading(*f))
                    .collect(),
                rows: processor
                    .iter()
                    .map(|a| cells(&facts(entry, Some(a), &orgs, lb), &columns))
                    .collect(),
                columns,
            });
        }
    }
    out
}

/// The rows of the ICO template's contact block (rows 1–6 of its sheet):
/// a small table of the controller, the DPO and the representative with
/// their name, address, e-mail, telephone and other ways to reach them
/// (the template's four, and one more), then the organisation's
/// other facts as heading and value side by side (empty ones left out).
pub fn ico_block(entry: &OrgEntry, f: &Facts, lb: Labels) -> Vec<Vec<String>> {
    let o = &entry.org;
    let h = |fact: Fact| Layout::Ico.heading(fact).to_string();
    let contact = |label: &str, c: &Contact| {
        let name = l::join_present([c.name.clone(), c.role.clone()], ", ");
        vec![
            label.to_string(),
            name,
            opt(&c.address),
            opt(&c.email),
            opt(&c.phone),
            opt(&c.other),
        ]
    };
    let mut rows = vec![
        ["", "Name", "Address", "Email", "Telephone", "Other"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        vec![
            "Controller".to_string(),
            o.name.clone(),
            opt(&o.address),
            f.get(Fact::ContactEmail).to_string(),
            opt(&o.phone),
        ],
    ];
    rows.push(match &o.dpo {
        Some(d) if d.designated => contact("Data Protection Officer", &d.contact),
        Some(d) => vec!["Data Protection Officer".into(), lb.dpo(d)],
        None => vec!["Data Protection Officer".into()],
    });
    rows.push(match &o.representative {
        Some(r) => contact("Representative", r),
        None => vec!["Representative".into()],
    });
    let pairs = |facts: &[Fact]| -> Vec<String> {
        facts
            .iter()
            .filter(|x| !f.get(**x).is_empty())
            .flat_map(|x| [h(*x), f.get(*x).to_string()])
            .collect()
    };
    rows.push(pairs(&[Fact::OrgNumber, Fact::Country, Fact::OrgId]));
    let mut last = pairs(&[Fact::Role, Fact::JointControllers, Fact::OrgReviewInterval]);
    // Whether Art. 3(2) applies and the Art. 27(2) exemption: the
    // representative's facts beyond its contact.
    let rep_facts = f
        .get(Fact::Representative)
        .lines()
        .skip(usize::from(o.representative.is_some()))
        .collect::<Vec<_>>()
        .join("\n");
    if !rep_facts.is_empty() {
        last.extend([h(Fact::Representative), rep_facts]);
    }
    rows.push(last);
    rows
}

/// The cells of `columns` from `facts`: a date column holding a real date
/// becomes a date cell, anything else stays text.
pub fn cells(facts: &Facts, columns: &[Fact]) -> Vec<Cell> {
    columns
        .iter()
        .map(|f| {
            let v = facts.get(*f);
            match (f.is_date(), Date::parse(v.trim())) {
                (true, Some(d)) => Cell::Date(d),
                _ => Cell::Text(v.to_string()),
            }
        })
        .collect()
}

/// The rows of the register as one flat table (CSV): the organisation's
/// columns then the activity columns, one row per activity, and one row
/// with the activity columns empty for an organisation without any
/// activity, so that its own facts are in the file.
pub fn flat_rows(reg: &Register, layout: Layout) -> Vec<Vec<String>> {
    let lb = Labels::new(layout.lang());
    let orgs: Vec<&Organisation> = reg.organisations.iter().map(|e| &e.org).collect();
    let columns: Vec<Fact> = layout
        .org_columns()
        .iter()
        .chain(layout.columns())
        .copied()
        .collect();
    let pick = |f: &Facts| columns.iter().map(|c| f.get(*c).to_string()).collect();
    let mut out = Vec::new();
    for entry in &reg.organisations {
        if entry.activities.is_empty() {
            out.push(pick(&facts(entry, None, &orgs, lb)));
        }
        for act in &entry.activities {
            out.push(pick(&facts(entry, Some(act), &orgs, lb)));
        }
    }
    out
}

/// The headings of [`flat_rows`].
pub fn flat_headings(layout: Layout) -> Vec<&'static str> {
    layout
        .org_columns()
        .iter()
        .chain(layout.columns())
        .map(|f| layout.heading(*f))
        .collect()
}

fn lines<I: IntoIterator<Item = String>>(it: I) -> String {
    it.into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn opt(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

/// The facts of one activity of `entry` (or, with `None`, of the
/// organisation alone, its activity facts empty). `orgs` names the
/// organisations referred to by id.
///
/// The one place the exports' tables take their wording from `labels.rs`.
pub fn facts(
    entry: &OrgEntry,
    act_entry: Option<&ActivityEntry>,
    orgs: &[&Organisation],
    lb: Labels,
) -> Facts {
    let o = &entry.org;
    let placeholder;
    let a = match act_entry {
        Some(e) => &e.activity,
        None => {
            placeholder = Activity::draft("", "");
            &placeholder
        }
    };

    let contact_email = lines(
        [
            opt(&o.email),
            o.website
                .as_ref()
                .map(|w| lb.phrase("export-website", w))
                .unwrap_or_default(),
        ]
        .into_iter()
        .chain(
            o.contacts
                .iter()
                .map(|c| lb.phrase("export-other-contact", &lb.contact(c))),
        ),
    );
    let representative = lines([
        o.representative
            .as_ref()
            .map(|v| lb.contact(v))
            .unwrap_or_default(),
        if o.art3_2_applies {
            lb.t("export-art3-2")
        } else {
            String::new()
        },
        o.art27_2_exemption
            .as_ref()
            .map(|e| lb.phrase("export-art27-2", e))
            .unwrap_or_default(),
    ]);
    let purpose = lines(
        a.description
            .iter()
            .map(|d| lb.phrase("export-description", d))
            .chain(a.purposes.iter().map(|v| lb.purpose(v))),
    );
    let joint_contact = if a.role == ActivityRole::JointController {
        lines(
            o.joint_controllers
                .iter()
                .map(|j| lb.joint_controller_contact(j, orgs)),
        )
    } else {
        String::new()
    };
    let recipients = lines(
        a.recipients_none
            .then(|| lb.t("export-recipients-none"))
            .into_iter()
            .chain(a.recipients.iter().map(|u| lb.recipient_use(u, o, a))),
    );
    let contracts = lines(a.recipients.iter().filter_map(|u| {
        let r = o.recipients.iter().find(|r| r.id == u.recipient)?;
        if r.kind.is_processor() || r.kind == RecipientKind::JointController || r.dpa_ref.is_some()
        {
            Some(format!(
                "{}: {}",
                r.name,
                r.dpa_ref
                    .clone()
                    .unwrap_or_else(|| lb.t("export-no-agreement"))
            ))
        } else {
            None
        }
    }));
    let security = lines([
        match (&a.security_measures, &o.security_measures) {
            (Some(m), _) => m.clone(),
            (None, Some(d)) => lb.phrase("export-org-default", d),
            (None, None) => String::new(),
        },
        a.security_ref
            .as_ref()
            .map(|r| lb.phrase("export-security-ref", r))
            .unwrap_or_default(),
        o.security_ref
            .as_ref()
            .map(|r| lb.phrase("export-org-security-ref", r))
            .unwrap_or_default(),
        if a.security_measures.is_some() {
            o.security_measures
                .as_ref()
                .map(|d| lb.phrase("export-org-default", d))
                .unwrap_or_default()
        } else {
            String::new()
        },
    ]);
    let rights = lines([
        opt(&a.data_subject_rights),
        o.data_subject_rights
            .as_ref()
            .map(|r| {
                if a.data_subject_rights.is_some() {
                    lb.phrase("export-organisation", r)
                } else {
                    r.clone()
                }
            })
            .unwrap_or_default(),
    ]);
    let sources = lines(
        a.data_categories
            .iter()
            .filter_map(|v| lb.data_source(v))
            .chain(
                a.provision_requirement
                    .iter()
                    .map(|p| lb.phrase("export-provision-requirement", p)),
            ),
    );
    let consent = a
        .consent
        .as_ref()
        .map(|v| lb.consent(v))
        .unwrap_or_default();
    let dpia_required = lines([
        a.dpia
            .as_ref()
            .map(|d| lb.dpia_required(d.status).to_string())
            .unwrap_or_default(),
        if a.risk_criteria.is_empty() {
            String::new()
        } else {
            lb.phrase("export-wp248", &lb.risk_criteria(&a.risk_criteria))
        },
    ]);
    let not_stated = lines(
        a.not_stated.iter().map(|v| lb.not_stated_entry(v)).chain(
            o.not_stated
                .iter()
                .map(|n| lb.phrase("export-organisation", &lb.not_stated_entry(n))),
        ),
    );
    let acks = lines(
        a.acknowledgements
            .iter()
            .map(|v| lb.acknowledgement(v))
            .chain(
                o.acknowledgements
                    .iter()
                    .map(|k| lb.phrase("export-organisation", &lb.acknowledgement(k))),
            ),
    );
    let used: Vec<&str> = a
        .recipients
        .iter()
        .map(|u| u.recipient.as_str())
        .chain(
            a.transfers
                .iter()
                .flat_map(|t| t.recipients.iter().map(String::as_str)),
        )
        .collect();
    let other_recipients: Vec<String> = o
        .recipients
        .iter()
        .filter(|r| !used.contains(&r.id.as_str()))
        .map(|r| lb.recipient(r, o))
        .collect();
    let other_systems: Vec<String> = o
        .systems
        .iter()
        .filter(|s| !a.systems.contains(&s.id))
        .map(|v| lb.system(v))
        .collect();
    let mut notes = vec![opt(&a.notes)];
    if let Some(n) = &o.notes {
        notes.push(lb.phrase("export-org-notes", n));
    }
    if !o.sources.is_empty() {
        notes.push(lb.phrase("export-org-sources", &o.sources.join("; ")));
    }
    if !other_recipients.is_empty() {
        notes.push(lb.phrase("export-other-recipients", &other_recipients.join(" | ")));
    }
    if !other_systems.is_empty() {
        notes.push(lb.phrase("export-other-systems", &other_systems.join(" | ")));
    }
    match act_entry {
        Some(e) => notes.push(lb.phrase(
            "export-record-files",
            &format!("{}, {}", entry.file.path, e.file.path),
        )),
        None => {
            notes.insert(0, lb.t("export-no-activity"));
            notes.push(lb.phrase("export-record-file", &entry.file.path));
        }
    }

    Facts([
        o.name.clone(),
        o.id.clone(),
        match act_entry {
            Some(_) => lb.role_summary(o, a),
            None => format!("{}{}{}", lb.org_role(o.role), l::DASH, lb.org_kind(o.kind)),
        },
        o.country.clone(),
        o.org_number
            .as_ref()
            .map(|v| lb.org_number(v))
            .unwrap_or_default(),
        opt(&o.address),
        contact_email,
        opt(&o.phone),
        o.dpo.as_ref().map(|v| lb.dpo(v)).unwrap_or_default(),
        representative,
        lines(
            o.joint_controllers
                .iter()
                .map(|j| lb.joint_controller(j, orgs)),
        ),
        a.id.clone(),
        a.name.clone(),
        opt(&a.name_en),
        match act_entry {
            Some(_) => lb.status(a.status),
            None => String::new(),
        },
        purpose,
        joint_contact,
        lines(a.data_subjects.iter().map(|v| lb.data_subject(v))),
        lines(a.data_categories.iter().map(|c| lb.data_category(c, a))),
        recipients,
        contracts,
        lines(a.transfers.iter().map(|t| lb.transfer_destination(t, o))),
        lines(a.transfers.iter().map(|v| lb.transfer_safeguards(v))),
        lines(a.retention.iter().map(|r| lb.retention_rule(r, a))),
        security,
        lines(a.legal_bases.iter().map(|v| lb.legal_basis(v))),
        lines(
            a.special_conditions
                .iter()
                .map(|c| lb.special_condition(c, a)),
        ),
        lines(a.legal_bases.iter().filter_map(|b| {
            b.legitimate_interest
                .as_ref()
                .map(|i| format!("{}: {i}", lb.art6_ref(b.article6)))
        })),
        a.criminal_basis
            .as_ref()
            .map(|v| lb.criminal_basis(v))
            .unwrap_or_default(),
        lines(a.national_id_bases.iter().map(|v| lb.national_id_basis(v))),
        rights,
        a.automated_decisions
            .as_ref()
            .map(|v| lb.automated(v))
            .unwrap_or_default(),
        sources,
        consent,
        lines(a.systems.iter().map(|s| lb.system_ref(o, s))),
        dpia_required,
        a.dpia.as_ref().map(|v| lb.dpia(v)).unwrap_or_default(),
        a.dpia
            .as_ref()
            .and_then(|d| d.link.clone())
            .unwrap_or_default(),
        lines(a.on_behalf_of.iter().map(|c| lb.controller_served(c, orgs))),
        opt(&a.owner),
        opt(&a.last_reviewed),
        not_stated,
        acks,
        lines(notes),
        opt(&a.business_function),
        opt(&a.lia_ref),
        if a.breach_refs.is_empty() {
            String::new()
        } else {
            lb.yes_no(true)
        },
        lines(a.breach_refs.iter().cloned()),
        opt(&a.retention_policy_ref),
        // The template columns ropa has no data for.
        String::new(),
        String::new(),
        a.review_interval_months
            .map(|m| m.to_string())
            .unwrap_or_default(),
        o.review_interval_months
            .map(|m| m.to_string())
            .unwrap_or_default(),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fact, from the headings table.
    fn all_facts() -> Vec<Fact> {
        HEADINGS.iter().map(|h| h.0).collect()
    }

    #[test]
    fn the_headings_table_is_in_fact_order() {
        for (i, h) in HEADINGS.iter().enumerate() {
            assert_eq!(h.0 as usize, i, "{:?}", h.0);
        }
    }

    #[test]
    fn every_layout_holds_every_fact_once() {
        for layout in Layout::ALL {
            let mut flat: Vec<Fact> = layout
                .org_columns()
                .iter()
                .chain(layout.columns())
                .copied()
                .collect();
            flat.sort_by_key(|f| *f as usize);
            // Every fact with data, once; of the always-empty template
            // columns those the layout's template has.
            let expected: Vec<Fact> = all_facts()
                .into_iter()
                .filter(|f| !EMPTY_FACTS.contains(f) || flat.contains(f))
                .collect();
            assert_eq!(flat, expected, "{layout:?}");

            // Block and table together hold every fact too.
            let mut sheet: Vec<Fact> = ORG_BLOCK
                .iter()
                .copied()
                .chain(
                    layout
                        .table_columns()
                        .into_iter()
                        .filter(|f| *f != Fact::Role),
                )
                .collect();
            sheet.sort_by_key(|f| *f as usize);
            assert_eq!(sheet, expected, "{layout:?}");

            let mut table = layout.table_columns();
            let mut processor = layout.processor_columns();
            table.sort_by_key(|f| *f as usize);
            processor.sort_by_key(|f| *f as usize);
            assert_eq!(table, processor, "{layout:?}");
        }
    }

    #[test]
    fn the_ico_table_is_the_template_then_ropa_s_own_facts() {
        let cols = Layout::Ico.table_columns();
        let template: Vec<&str> = cols[..ICO_TEMPLATE_COLUMNS]
            .iter()
            .map(|f| Layout::Ico.heading(*f))
            .collect();
        assert_eq!(template[0], "Business function");
        assert_eq!(template[1], "Purpose of processing");
        assert_eq!(
            template[25],
            "Data Protection Act 2018 Schedule 1 Condition for processing"
        );
        assert_eq!(
            template[29],
            "Reasons for not adhering to policy document (if applicable)"
        );
        assert_eq!(cols[ICO_TEMPLATE_COLUMNS], Fact::Role);
        assert_eq!(cols[ICO_TEMPLATE_COLUMNS + 1], Fact::ActivityName);
        for f in EMPTY_FACTS {
            assert!(cols[..ICO_TEMPLATE_COLUMNS].contains(&f), "{f:?}");
        }
        // The Danish and Norwegian tables name the business function
        // after the activity, as the Danish template does.
        assert_eq!(
            &Layout::Da.table_columns()[..2],
            &[Fact::ActivityName, Fact::BusinessFunction]
        );
    }

    #[test]
    fn headings_are_distinct_within_a_layout() {
        for layout in Layout::ALL {
            let mut hs: Vec<&str> = all_facts().iter().map(|f| layout.heading(*f)).collect();
            hs.sort_unstable();
            let n = hs.len();
            hs.dedup();
            assert_eq!(hs.len(), n, "{layout:?}");
        }
    }

    #[test]
    fn default_layouts() {
        assert_eq!(Layout::for_language("da-DK"), Layout::Da);
        assert_eq!(Layout::for_language("nn_NO.UTF-8"), Layout::Nb);
        assert_eq!(Layout::for_language("en"), Layout::Ico);
        assert_eq!(Layout::parse(" NB "), Some(Layout::Nb));
        assert_eq!(Layout::parse("fr"), None);
        assert_eq!(Layout::for_register(&Register::default()), Layout::Ico);
        assert_eq!(Layout::Da.delimiter(), ';');
        assert_eq!(Layout::Ico.delimiter(), ',');
    }
}
