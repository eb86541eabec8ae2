//! Which column holds what: the Danish, Norwegian and ICO layouts of
//! `templates.md`, recognised by their headings (case, spaces and line
//! breaks do not matter; a heading may go on with an explanation, as
//! "Retsgrundlag (art. 6, art. 9, …)"), and the user's column map for
//! other layouts.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::orgblock::org_field;
use super::say::{Msg, say};
use super::{Loc, Problem, Sheet, as_written};
use crate::register::lang::Lang;

/// What a column holds: a field of the activity, or notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Target {
    /// The activity's name (its id is made from it).
    Name,
    /// The activity's id, when the sheet gives one (an export does);
    /// else it is made from the name.
    Id,
    /// The activity's name in English.
    NameEn,
    /// The record's workflow state (draft, in review, approved, retired);
    /// a draft when the cell says none of them.
    Status,
    /// What the processing is.
    Description,
    /// The department or business function.
    BusinessFunction,
    /// Purposes, one per line.
    Purposes,
    /// Legal bases: Art. 6(1) letters recognised, national provisions as
    /// cited; Art. 9(2) letters as conditions.
    LegalBases,
    /// Art. 9(2) conditions.
    SpecialConditions,
    /// The legitimate interest of an Art. 6(1)(f) basis.
    LegitimateInterest,
    /// Link to the legitimate interests assessment.
    LiaRef,
    /// Categories of data subjects, one per line (or separated by `,`/`;`).
    DataSubjects,
    /// Categories of personal data, one per line (or separated by `,`/`;`).
    DataCategories,
    /// Recipients, one per line (or separated by `,`/`;`).
    Recipients,
    /// Third countries or international organisations data go to.
    Transfers,
    /// The safeguards of those transfers.
    TransferSafeguards,
    /// Retention periods, one per line.
    Retention,
    /// Link to the retention and erasure policy.
    RetentionPolicyRef,
    /// Technical and organisational security measures.
    Security,
    /// Links to the records of personal data breaches, one per line.
    BreachRefs,
    /// Whether a DPIA is required or done.
    Dpia,
    /// Automated decisions, including profiling.
    AutomatedDecisions,
    /// How data subjects exercise their rights.
    Rights,
    /// Where the record of consent is kept.
    ConsentRecord,
    /// The person or function responsible for the record.
    Owner,
    /// The date the record was last reviewed.
    LastReviewed,
    /// How often the record is reviewed, in whole months.
    ReviewInterval,
    /// Kept in the activity's notes under the column's heading.
    Notes,
    /// Not imported (only through a map, where the user chose it).
    Ignore,
    /// A fact of the organisation written beside each activity, as a flat
    /// export (CSV) writes it: the controller, its id, CVR, address…
    /// Read into the organisation, from the first row of each organisation.
    Organisation,
}

impl Target {
    /// The field a report names.
    pub fn field(self) -> &'static str {
        match self {
            Target::Name => "name",
            Target::Id => "id",
            Target::NameEn => "name_en",
            Target::Status => "status",
            Target::Description => "description",
            Target::BusinessFunction => "business_function",
            Target::Notes => "notes",
            Target::LiaRef => "lia_ref",
            Target::RetentionPolicyRef => "retention_policy_ref",
            Target::BreachRefs => "breach_refs",
            Target::Purposes => "purposes",
            Target::LegalBases => "legal_bases",
            Target::SpecialConditions => "special_conditions",
            Target::LegitimateInterest => "legal_bases[].legitimate_interest",
            Target::DataSubjects => "data_subjects",
            Target::DataCategories => "data_categories",
            Target::Recipients => "recipients",
            Target::Transfers => "transfers",
            Target::TransferSafeguards => "transfers[].safeguard_text",
            Target::Retention => "retention",
            Target::Security => "security_measures",
            Target::Dpia => "dpia",
            Target::AutomatedDecisions => "automated_decisions",
            Target::Rights => "data_subject_rights",
            Target::ConsentRecord => "consent.record_ref",
            Target::Owner => "owner",
            Target::LastReviewed => "last_reviewed",
            Target::ReviewInterval => "review_interval_months",
            Target::Ignore => "(ignored)",
            Target::Organisation => "organisation",
        }
    }
}

/// The layout a table was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Datatilsynet's and KL's Danish record.
    Danish,
    /// The Norwegian Datatilsynet's protokoll.
    Norwegian,
    /// The ICO controller template.
    Ico,
    /// The user's column map.
    Map,
}

impl Layout {
    /// How a report names it, in `lang`.
    pub fn label(self, lang: Lang) -> String {
        self.name().render(lang)
    }

    /// Its name as a message.
    pub fn name(self) -> Msg {
        say(match self {
            Layout::Danish => "import-layout-danish",
            Layout::Norwegian => "import-layout-norwegian",
            Layout::Ico => "import-layout-ico",
            Layout::Map => "import-layout-map",
        })
    }

    /// The country of establishment a register in this layout most
    /// likely has, when the organisation block does not say.
    pub fn country(self) -> Option<&'static str> {
        match self {
            Layout::Danish => Some("DK"),
            Layout::Norwegian => Some("NO"),
            Layout::Ico => Some("GB"),
            Layout::Map => None,
        }
    }
}

/// A column map for a layout ropa does not know (`--map MAP.ron`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Map {
    /// The sheet to read (default: every sheet with the map's headings).
    #[serde(default)]
    pub sheet: Option<String>,
    /// The organisation's country (ISO 3166-1 alpha-2), when the block
    /// above the table does not name it.
    #[serde(default)]
    pub country: Option<String>,
    /// Each heading (as written in the header row; case and spaces do not
    /// matter) and what its column holds.
    pub columns: BTreeMap<String, Target>,
}

impl Map {
    /// Parses a map file's text.
    pub fn parse(text: &str) -> Result<Map, Msg> {
        let map: Map = ron::Options::default().from_str(text).map_err(as_written)?;
        if !map.columns.values().any(|t| *t == Target::Name) {
            return Err(say("import-map-no-name"));
        }
        Ok(map)
    }
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// 0-based column.
    pub col: usize,
    /// The heading as written.
    pub heading: String,
    /// What it holds.
    pub target: Target,
}

/// A sheet's table: its layout, header row and columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The layout recognised.
    pub layout: Layout,
    /// 0-based header row.
    pub header: usize,
    /// The columns with a heading.
    pub columns: Vec<Column>,
}

impl Table {
    /// The first column holding `target`.
    pub fn column(&self, target: Target) -> Option<&Column> {
        self.columns.iter().find(|c| c.target == target)
    }
}

const DANISH: &[(&str, Target)] = &[
    // As ropa's own export writes them, beside the templates' headings.
    ("aktivitets-id", Target::Id),
    ("behandlingsaktivitet (engelsk)", Target::NameEn),
    ("status", Target::Status),
    ("fælles dataansvarlige", Target::Notes),
    ("databehandleraftaler", Target::Notes),
    (
        "grundlag og dokumentation for overførsel",
        Target::TransferSafeguards,
    ),
    (
        "betingelse for følsomme oplysninger",
        Target::SpecialConditions,
    ),
    ("legitime interesser", Target::LegitimateInterest),
    ("link til interesseafvejning", Target::LiaRef),
    ("interesseafvejning", Target::LiaRef),
    ("link til registrering af bruddet", Target::BreachRefs),
    ("registrerede brud", Target::BreachRefs),
    ("link til slettepolitik", Target::RetentionPolicyRef),
    ("slettepolitik", Target::RetentionPolicyRef),
    ("er der sket brud på persondatasikkerheden", Target::Notes),
    ("strafbare forhold", Target::LegalBases),
    ("cpr-nummer", Target::LegalBases),
    ("de registreredes rettigheder", Target::Rights),
    ("kilde til oplysningerne", Target::Notes),
    ("samtykke", Target::Notes),
    ("systemer og opbevaringssted", Target::Notes),
    ("konsekvensanalyse (dpia) påkrævet", Target::Dpia),
    ("konsekvensanalyse (dpia)", Target::Notes),
    ("link til konsekvensanalyse", Target::Notes),
    ("dataansvarlige, der behandles på vegne af", Target::Notes),
    ("anerkendte valideringsfund", Target::Notes),
    ("ikke oplyst i kilden", Target::Notes),
    (
        "kategorier af behandling udført på vegne af hver dataansvarlig",
        Target::Purposes,
    ),
    ("rolle", Target::Notes),
    ("behandlingsaktivitet", Target::Name),
    ("behandlingsaktiviteter", Target::Name),
    ("navn på behandlingen", Target::Name),
    ("behandling", Target::Name),
    ("afdeling", Target::BusinessFunction),
    ("forretningsområde", Target::BusinessFunction),
    ("beskrivelse", Target::Description),
    ("formål", Target::Purposes),
    ("formålet med behandlingen", Target::Purposes),
    ("formålene med behandlingen", Target::Purposes),
    ("formål med behandlingen", Target::Purposes),
    ("retsgrundlag", Target::LegalBases),
    ("hjemmel", Target::LegalBases),
    ("behandlingshjemmel", Target::LegalBases),
    ("kategorier af registrerede", Target::DataSubjects),
    ("registrerede", Target::DataSubjects),
    ("kategorier af personoplysninger", Target::DataCategories),
    ("personoplysninger", Target::DataCategories),
    ("kategorier af modtagere", Target::Recipients),
    ("modtagere", Target::Recipients),
    ("overførsel til tredjelande", Target::Transfers),
    ("overførsler til tredjelande", Target::Transfers),
    ("overførsel", Target::Transfers),
    ("tidsfrister for sletning", Target::Retention),
    ("slettefrister", Target::Retention),
    ("sletning", Target::Retention),
    (
        "tekniske og organisatoriske sikkerhedsforanstaltninger",
        Target::Security,
    ),
    ("sikkerhedsforanstaltninger", Target::Security),
    ("konsekvensanalyse", Target::Dpia),
    ("automatiske afgørelser", Target::AutomatedDecisions),
    ("kilde", Target::Notes),
    ("senest gennemgået", Target::LastReviewed),
    ("sidst gennemgået", Target::LastReviewed),
    ("gennemgangsinterval", Target::ReviewInterval),
    ("ansvarlig", Target::Owner),
    ("bemærkninger", Target::Notes),
    ("noter", Target::Notes),
    ("nr", Target::Notes),
];

const NORWEGIAN: &[(&str, Target)] = &[
    ("aktivitets-id", Target::Id),
    ("behandlingsaktivitet (engelsk)", Target::NameEn),
    ("status", Target::Status),
    ("felles behandlingsansvarlige", Target::Notes),
    ("databehandleravtaler", Target::Notes),
    (
        "grunnlag og dokumentasjon for overføring",
        Target::TransferSafeguards,
    ),
    (
        "vilkår for særlige kategorier av personopplysninger",
        Target::SpecialConditions,
    ),
    ("berettigede interesser", Target::LegitimateInterest),
    ("lenke til interesseavveiing", Target::LiaRef),
    ("interesseavveiing", Target::LiaRef),
    ("lenke til registrering av bruddet", Target::BreachRefs),
    ("registrerte avvik", Target::BreachRefs),
    (
        "lenke til retningslinjer for sletting",
        Target::RetentionPolicyRef,
    ),
    ("retningslinjer for sletting", Target::RetentionPolicyRef),
    (
        "har det skjedd brudd på personopplysningssikkerheten",
        Target::Notes,
    ),
    ("straffedommer og lovovertredelser", Target::LegalBases),
    ("fødselsnummer", Target::LegalBases),
    ("de registrertes rettigheter", Target::Rights),
    ("kilde til opplysningene", Target::Notes),
    ("samtykke", Target::Notes),
    ("systemer og lagringssted", Target::Notes),
    (
        "vurdering av personvernkonsekvenser (dpia) påkrevd",
        Target::Dpia,
    ),
    ("vurdering av personvernkonsekvenser (dpia)", Target::Notes),
    ("lenke til dpia", Target::Notes),
    (
        "behandlingsansvarlige det behandles på vegne av",
        Target::Notes,
    ),
    ("anerkjente valideringsfunn", Target::Notes),
    ("ikke oppgitt i kilden", Target::Notes),
    (
        "kategorier av behandling utført på vegne av hver behandlingsansvarlig",
        Target::Purposes,
    ),
    ("rolle", Target::Notes),
    ("behandlingsaktivitet", Target::Name),
    ("behandlingsaktiviteter", Target::Name),
    ("navn på behandlingen", Target::Name),
    ("behandling", Target::Name),
    ("avdeling", Target::BusinessFunction),
    ("virksomhetsområde", Target::BusinessFunction),
    ("beskrivelse", Target::Description),
    ("formål", Target::Purposes),
    ("formålet med behandlingen", Target::Purposes),
    ("formålene med behandlingen", Target::Purposes),
    ("formål med behandlingen", Target::Purposes),
    ("behandlingsgrunnlag", Target::LegalBases),
    ("rettslig grunnlag", Target::LegalBases),
    ("rettsgrunnlag", Target::LegalBases),
    ("hjemmel", Target::LegalBases),
    ("kategorier av registrerte", Target::DataSubjects),
    ("registrerte", Target::DataSubjects),
    ("kategorier av personopplysninger", Target::DataCategories),
    ("personopplysninger", Target::DataCategories),
    ("kategorier av mottakere", Target::Recipients),
    ("mottakere", Target::Recipients),
    ("overføring til tredjeland", Target::Transfers),
    ("overføringer til tredjeland", Target::Transfers),
    ("overføring", Target::Transfers),
    ("planlagte tidsfrister for sletting", Target::Retention),
    ("tidsfrister for sletting", Target::Retention),
    ("sletting", Target::Retention),
    ("lagringstid", Target::Retention),
    (
        "generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak",
        Target::Security,
    ),
    (
        "tekniske og organisatoriske sikkerhetstiltak",
        Target::Security,
    ),
    ("sikkerhetstiltak", Target::Security),
    ("personvernkonsekvensvurdering", Target::Dpia),
    ("vurdering av personvernkonsekvenser", Target::Dpia),
    ("automatiserte avgjørelser", Target::AutomatedDecisions),
    ("automatiske avgjørelser", Target::AutomatedDecisions),
    ("kilde", Target::Notes),
    ("sist gjennomgått", Target::LastReviewed),
    ("gjennomgangsintervall", Target::ReviewInterval),
    ("ansvarlig", Target::Owner),
    ("merknader", Target::Notes),
    ("kommentarer", Target::Notes),
    ("nr", Target::Notes),
];

const ICO: &[(&str, Target)] = &[
    ("business function", Target::BusinessFunction),
    ("purpose of processing", Target::Purposes),
    (
        "name and contact details of joint controller",
        Target::Notes,
    ),
    ("categories of individuals", Target::DataSubjects),
    ("categories of personal data", Target::DataCategories),
    ("categories of recipients", Target::Recipients),
    ("link to contract with processor", Target::Notes),
    (
        "names of third countries or international organisations",
        Target::Transfers,
    ),
    (
        "safeguards for exceptional transfers",
        Target::TransferSafeguards,
    ),
    ("retention schedule", Target::Retention),
    (
        "general description of technical and organisational security measures",
        Target::Security,
    ),
    (
        "article 6 lawful basis for processing personal data",
        Target::LegalBases,
    ),
    (
        "article 9 condition for processing special category data",
        Target::SpecialConditions,
    ),
    (
        "legitimate interests for the processing",
        Target::LegitimateInterest,
    ),
    (
        "link to record of legitimate interests assessment",
        Target::LiaRef,
    ),
    ("rights available to individuals", Target::Rights),
    (
        "existence of automated decision-making",
        Target::AutomatedDecisions,
    ),
    ("the source of the personal data", Target::Notes),
    ("link to record of consent", Target::ConsentRecord),
    ("location of personal data", Target::Notes),
    ("data protection impact assessment required", Target::Dpia),
    ("data protection impact assessment progress", Target::Notes),
    ("link to data protection impact assessment", Target::Notes),
    ("has a personal data breach occurred", Target::Notes),
    ("link to record of personal data breach", Target::BreachRefs),
    // ropa's export writes the national provision on criminal offence
    // data here (Danish and Norwegian registers).
    (
        "data protection act 2018 schedule 1 condition",
        Target::LegalBases,
    ),
    (
        "gdpr article 6 lawful basis for processing",
        Target::LegalBases,
    ),
    (
        "link to retention and erasure policy document",
        Target::RetentionPolicyRef,
    ),
    (
        "is personal data retained and erased in accordance",
        Target::Notes,
    ),
    ("reasons for not adhering to policy document", Target::Notes),
    ("name of processing activity", Target::Name),
    // As ropa's form names the new columns.
    ("legitimate interests assessment", Target::LiaRef),
    ("breach records", Target::BreachRefs),
    ("retention policy", Target::RetentionPolicyRef),
    ("department", Target::BusinessFunction),
    ("processing activity", Target::Name),
    // As ropa's own export writes them.
    ("activity id", Target::Id),
    ("activity name", Target::Name),
    ("activity name (english)", Target::NameEn),
    ("status", Target::Status),
    (
        "article 9 basis for processing special category data",
        Target::SpecialConditions,
    ),
    ("criminal offence data condition", Target::LegalBases),
    ("national identification number basis", Target::LegalBases),
    ("source of personal data", Target::Notes),
    ("dpia progress", Target::Notes),
    ("link to dpia", Target::Notes),
    ("controllers served", Target::Notes),
    ("owner", Target::Owner),
    ("last reviewed", Target::LastReviewed),
    ("review interval", Target::ReviewInterval),
    ("acknowledged findings", Target::Notes),
    ("not stated in the source", Target::Notes),
    (
        "categories of processing carried out on behalf of each controller",
        Target::Purposes,
    ),
    ("joint controllers", Target::Notes),
    ("role", Target::Notes),
    ("notes", Target::Notes),
];

/// How many rows from the top are searched for the header row.
const HEADER_SEARCH_ROWS: usize = 60;

/// A heading folded for comparison: lower case, runs of white space as
/// one space, no space at either end, no `*` or `:` at the end; a word
/// broken over two lines with a hyphen in its cell (`Behandlings-⏎
/// grunnlag`) joined again, and soft hyphens and zero-width spaces (pasted
/// from Word) left out.
pub fn fold(s: &str) -> String {
    let mut joined = String::with_capacity(s.len());
    let mut chars = s
        .chars()
        .filter(|c| !matches!(c, '\u{ad}' | '\u{200b}'))
        .peekable();
    while let Some(c) = chars.next() {
        if c == '-' && joined.chars().last().is_some_and(char::is_alphabetic) {
            // A hyphen ending a line, the word going on in lower case on
            // the next: one word.
            let rest: String = chars.clone().take_while(|c| c.is_whitespace()).collect();
            let after = chars.clone().nth(rest.chars().count());
            if rest.contains('\n') && after.is_some_and(char::is_lowercase) {
                for _ in 0..rest.chars().count() {
                    chars.next();
                }
                continue;
            }
        }
        joined.push(c);
    }
    joined
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['*', ':', '?', '.'])
        .trim()
        .to_string()
}

/// What `heading` holds in a layout: the longest alias it equals or
/// starts with, followed by something other than a letter (so
/// "Retsgrundlag (art. 6 …)" is Retsgrundlag, but "Behandlingsgrundlag"
/// is not "Behandling").
fn lookup(table: &[(&str, Target)], heading: &str) -> Option<Target> {
    let h = fold(heading);
    table
        .iter()
        .filter(|(alias, _)| {
            h == *alias
                || h.strip_prefix(alias)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(|c| !c.is_alphanumeric())
        })
        .max_by_key(|(alias, _)| alias.len())
        .map(|(_, t)| *t)
}

/// The header row and columns of `sheet`: with a map, the first row
/// holding the map's name heading; else the row that holds the most
/// headings of one known layout (at least three, among them the name —
/// or, in the ICO layout, the purpose). `Ok(None)`: no such row.
pub fn find(sheet: &Sheet, map: Option<&Map>) -> Result<Option<Table>, Vec<Problem>> {
    let rows = sheet.rows.len().min(HEADER_SEARCH_ROWS);
    if let Some(map) = map {
        let folded: BTreeMap<String, (&String, Target)> = map
            .columns
            .iter()
            .map(|(h, t)| (fold(h), (h, *t)))
            .collect();
        for r in 0..rows {
            let hit = sheet.rows[r].iter().any(|c| {
                folded
                    .get(&fold(c))
                    .is_some_and(|(_, t)| *t == Target::Name)
            });
            if hit {
                return table(sheet, r, Layout::Map, |h| {
                    folded.get(&fold(h)).map(|(_, t)| *t)
                })
                .and_then(|t| {
                    let missing: Vec<String> = folded
                        .values()
                        .filter(|(h, _)| !t.columns.iter().any(|c| fold(&c.heading) == fold(h)))
                        .map(|(h, _)| format!("\"{h}\""))
                        .collect();
                    if missing.is_empty() {
                        Ok(Some(t))
                    } else {
                        Err(vec![Problem::at(
                            Loc::new(&sheet.name, r, None),
                            say("import-map-headings-missing").arg("list", missing.join(", ")),
                        )])
                    }
                });
            }
        }
        return Ok(None);
    }
    let mut best: Option<(usize, usize, Layout)> = None;
    for r in 0..rows {
        for (layout, known) in [
            (Layout::Danish, DANISH),
            (Layout::Norwegian, NORWEGIAN),
            (Layout::Ico, ICO),
        ] {
            let targets: Vec<Target> = sheet.rows[r]
                .iter()
                .filter_map(|c| lookup(known, c))
                .collect();
            let anchored = targets.contains(&Target::Name)
                || (layout == Layout::Ico && targets.contains(&Target::Purposes));
            let n = targets.len();
            if anchored && n >= 3 && best.is_none_or(|(_, m, _)| n > m) {
                best = Some((r, n, layout));
            }
        }
    }
    let Some((r, _, layout)) = best else {
        return Ok(None);
    };
    let known = match layout {
        Layout::Danish => DANISH,
        Layout::Norwegian => NORWEGIAN,
        _ => ICO,
    };
    // A heading of the organisation (an export's CSV leads each row with
    // the controller, its id, CVR…) is read into the organisation.
    table(sheet, r, layout, |h| {
        lookup(known, h).or_else(|| org_field(h).map(|_| Target::Organisation))
    })
    .map(Some)
}

/// The columns of header row `r`; an unknown heading, or a second name
/// column, is a problem at its cell.
fn table(
    sheet: &Sheet,
    r: usize,
    layout: Layout,
    lookup: impl Fn(&str) -> Option<Target>,
) -> Result<Table, Vec<Problem>> {
    let mut columns = Vec::new();
    let mut problems = Vec::new();
    for (c, heading) in sheet.rows[r].iter().enumerate() {
        if heading.trim().is_empty() {
            continue;
        }
        let loc = Loc::new(&sheet.name, r, Some(c)).headed(heading);
        match lookup(heading) {
            Some(Target::Name) if columns.iter().any(|c: &Column| c.target == Target::Name) => {
                problems.push(Problem::at(loc, say("import-second-name-column")));
            }
            Some(target) => columns.push(Column {
                col: c,
                heading: heading.clone(),
                target,
            }),
            None => problems.push(Problem::at(
                loc,
                say("import-unknown-heading")
                    .arg(
                        "heading",
                        heading.split_whitespace().collect::<Vec<_>>().join(" "),
                    )
                    .arg("layout", super::say::inner(&layout.name())),
            )),
        }
    }
    // Cells right of the headings would have no column to go to.
    for (i, row) in sheet.rows.iter().enumerate().skip(r + 1) {
        for (c, text) in row.iter().enumerate() {
            if !text.trim().is_empty() && sheet.cell(r, c).trim().is_empty() {
                problems.push(Problem::at(
                    Loc::new(&sheet.name, i, Some(c)),
                    say("import-text-without-heading"),
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(Table {
            layout,
            header: r,
            columns,
        })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_broken_over_lines_with_a_hyphen_is_one_word() {
        assert_eq!(fold("Behandlings-\ngrunnlag"), "behandlingsgrunnlag");
        assert_eq!(fold("Behandlings- \r\n  grunnlag:"), "behandlingsgrunnlag");
        assert_eq!(fold("Behandlings\u{ad}grunnlag"), "behandlingsgrunnlag");
        // Not at a line's end, or before a capital: the hyphen stays.
        assert_eq!(fold("Aktivitets-id"), "aktivitets-id");
        assert_eq!(fold("Afdeling -\nNavn"), "afdeling - navn");
        assert_eq!(fold("E-\nMail"), "e- mail");
    }

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: "Ark1".into(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
            ..Sheet::default()
        }
    }

    #[test]
    fn headings_match_whatever_the_case_spaces_and_explanation() {
        assert_eq!(
            lookup(
                DANISH,
                "  RETSGRUNDLAG\n(art. 6, art. 9, art. 10, databeskyttelsesloven)"
            ),
            Some(Target::LegalBases)
        );
        assert_eq!(
            lookup(
                DANISH,
                "Kategorier af personoplysninger (almindelige, følsomme)"
            ),
            Some(Target::DataCategories)
        );
        assert_eq!(
            lookup(NORWEGIAN, "Behandlingsgrunnlag"),
            Some(Target::LegalBases)
        );
        assert_eq!(lookup(DANISH, "Behandlingsgrundlaget"), None);
        assert_eq!(
            lookup(ICO, "Data Protection Impact Assessment required?"),
            Some(Target::Dpia)
        );
        assert_eq!(
            lookup(ICO, "Link to Data Protection Impact Assessment"),
            Some(Target::Notes)
        );
    }

    #[test]
    fn the_header_row_is_found_below_the_organisation_block() {
        let s = sheet(&[
            &["Dataansvarlig", "Ærø Kommune"],
            &[],
            &[
                "Behandlingsaktivitet",
                "Formål med behandlingen",
                "Retsgrundlag",
                "Kategorier af registrerede",
            ],
            &["Løn", "Udbetale løn", "Art. 6, stk. 1, litra b", "Ansatte"],
        ]);
        let t = find(&s, None).expect("no problem").expect("found");
        assert_eq!(t.layout, Layout::Danish);
        assert_eq!(t.header, 2);
        assert_eq!(t.columns.len(), 4);
    }

    #[test]
    fn norwegian_headings_are_told_from_danish_ones() {
        let s = sheet(&[&[
            "Behandlingsaktivitet",
            "Formål",
            "Kategorier av registrerte",
            "Kategorier av personopplysninger",
        ]]);
        let t = find(&s, None).expect("ok").expect("found");
        assert_eq!(t.layout, Layout::Norwegian);
    }

    #[test]
    fn an_unknown_heading_is_a_problem_at_its_cell() {
        let s = sheet(&[&["Behandlingsaktivitet", "Formål", "Retsgrundlag", "Farve"]]);
        let p = find(&s, None).expect_err("unknown");
        assert_eq!(
            p[0].loc.as_ref().map(|l| (l.row, l.col)),
            Some((1, Some(4)))
        );
        assert!(
            p[0].message
                .render(Lang::En)
                .contains("unknown header \"Farve\""),
            "{:?}",
            p[0].message
        );
    }

    #[test]
    fn a_map_names_the_columns_of_another_layout() {
        let map = Map::parse(
            r#"(columns: {"Aktivitet": Name, "Hvorfor": Purposes, "Kommentar": Notes})"#,
        )
        .expect("map");
        let s = sheet(&[&["x"], &["aktivitet ", "HVORFOR", "Kommentar"]]);
        let t = find(&s, Some(&map)).expect("ok").expect("found");
        assert_eq!(t.header, 1);
        assert_eq!(t.column(Target::Purposes).map(|c| c.col), Some(1));
        assert!(Map::parse(r#"(columns: {"Hvorfor": Purposes})"#).is_err());
    }

    #[test]
    fn the_readme_example_map_parses() {
        let readme = include_str!("../../../README.md");
        let start = readme
            .find("heading of the header row and what its column holds:\n\n```ron\n")
            .expect("the README shows a map");
        let text = &readme[start..];
        let text = &text[text.find("```ron\n").map_or(0, |i| i + 7)..];
        let text = &text[..text.find("```").unwrap_or(text.len())];
        let map = Map::parse(text).expect("the README's map parses");
        assert_eq!(map.sheet.as_deref(), Some("Ark1"));
        assert_eq!(map.columns.get("Løbenummer"), Some(&Target::Ignore));
    }
}
