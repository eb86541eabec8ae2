//! A synthetic register for benchmarks, load tests and demonstrations:
//! organisations with activities written in varied Danish, Norwegian and
//! English, built from the model types and fully deterministic for a seed.
//!
//! The text is plausible, not legal advice: it reads like a register so that
//! search, validation and rendering meet realistic lengths and characters
//! (æ ø å, §, digits), national identification numbers, special categories
//! and third-country transfers in realistic proportions. Every generated
//! register passes `ropa validate` without errors (organisation numbers
//! carry valid modulus-11 check digits); the warnings are the realistic
//! kind (overdue reviews, an unanswered Art. 22 question).
//!
//! [`write_repository`] (`ropa generate`) writes one as a git repository
//! with a history of realistic edits, fast enough for 10,000 commits.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use git2::{ObjectType, Repository};

use super::date::Date;
use super::diff::{commit_message, diff_records, subject};
use super::format::to_canonical;

use super::load::{ACTIVITIES_DIR, ActivityEntry, OrgEntry, Register, SourceFile};
use super::model::{
    Activity, ActivityRole, Art6, Art9, AutomatedDecisions, Bound, Consent, Contact, CriminalBasis,
    DataCategory, DataKind, DataSubject, Dpia, DpiaStatus, Dpo, LegalBasis, Mechanism,
    NationalIdBasis, NationalIdScheme, OrgKind, OrgNumber, OrgRole, Organisation, Purpose,
    Recipient, RecipientKind, RecipientUse, Retention, RetentionEvent, RetentionRule,
    SpecialCondition, SpecialKind, Status, SubProcessors, System, Transfer,
};

/// A small xorshift64* generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // Avoid the all-zero state and spread small seeds.
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03 | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True with probability `percent`/100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or_default()
    }
}

const ORG_STEMS: &[&str] = &[
    "Nordlys",
    "Fjordkraft",
    "Havørn",
    "Skovbo",
    "Bølgen",
    "Kløver",
    "Fyrtårn",
    "Ærø",
    "Lærkevej",
    "Solsikke",
    "Granly",
    "Vesterhav",
    "Bjørkely",
    "Åsen",
    "Midtfjell",
    "Østerbro",
    "Kystlinje",
    "Sølvpil",
    "Tranebær",
    "Rypefjell",
];

const ORG_SUFFIXES: &[(&str, OrgKind, &str)] = &[
    ("A/S", OrgKind::Company, "DK"),
    ("ApS", OrgKind::Company, "DK"),
    ("AS", OrgKind::Company, "NO"),
    ("Kommune", OrgKind::PublicAuthority, "DK"),
    ("kommune", OrgKind::PublicAuthority, "NO"),
    ("Forening", OrgKind::Association, "DK"),
    ("Fagforbund", OrgKind::Association, "NO"),
    ("Fonden", OrgKind::Foundation, "DK"),
    ("Ltd", OrgKind::Company, "GB"),
];

/// Activity names: original language, English name.
const ACTIVITIES: &[(&str, &str)] = &[
    ("Lønadministration", "Payroll"),
    ("Barselsudligning", "Parental leave equalisation"),
    ("Rekruttering af medarbejdere", "Recruitment"),
    ("Personaleadministrasjon", "Personnel administration"),
    ("Medlemsadministration", "Membership administration"),
    ("Kundeservice og support", "Customer service"),
    ("Nyhedsbrev", "Newsletter"),
    (
        "Videoovervåking av lokaler",
        "Video surveillance of premises",
    ),
    ("Adgangskontrol med nøglebrik", "Access control"),
    ("Sygefravær og sygedagpenge", "Sickness absence"),
    ("Fakturering og bogføring", "Invoicing and bookkeeping"),
    ("Webinarer og kurser", "Webinars and courses"),
    ("Whistleblowerordning", "Whistleblower scheme"),
    ("Arbeidsmiljøundersøkelse", "Working environment survey"),
    ("Bestyrelsesarbejde", "Board work"),
    ("Elevadministration", "Pupil administration"),
    (
        "Sagsbehandling af ansøgninger",
        "Case handling of applications",
    ),
    ("Klagebehandling", "Complaints handling"),
    ("Pensionsordning", "Pension scheme"),
    ("Tidsregistrering", "Time registration"),
    ("Feriepenge og feriekort", "Holiday pay"),
    ("Markedsføring på sociale medier", "Social media marketing"),
    ("Barnehageopptak", "Kindergarten admission"),
    ("Kompetanseutvikling", "Skills development"),
    (
        "Zoom-møder og onlinetilbud",
        "Zoom meetings and online services",
    ),
    ("Backup og drift af IT-systemer", "Backup and IT operations"),
    ("Bonusprogram for kunder", "Customer bonus programme"),
    ("Forskning og statistik", "Research and statistics"),
];

const PURPOSES: &[&str] = &[
    "At udbetale løn og beregne skat, ATP og pension korrekt til tiden.",
    "Å administrere ansettelsesforholdet og oppfylle arbeidsgivers plikter etter arbeidsmiljøloven.",
    "To handle enquiries from members and answer them within the agreed time.",
    "At ansøge om refusion for barselsorlov via barsel.dk og udligningsordningen.",
    "Å sende nyhetsbrev til abonnenter som har samtykket til det.",
    "At dokumentere adgang til bygningen og forebygge tyveri og hærværk.",
    "To run online meetings and webinars for members and partners.",
    "At føre regnskab efter bogføringsloven og opkræve kontingent.",
    "Å behandle søknader om barnehageplass og tildele plass etter opptakskriteriene.",
    "At vurdere ansøgere til ledige stillinger og indhente referencer med samtykke.",
    "To keep the IT systems secure, backed up and available.",
    "At registrere sygefravær og søge sygedagpengerefusion hos kommunen.",
    "Å gjennomføre medarbeiderundersøkelser og forbedre arbeidsmiljøet.",
    "At behandle klager over afgørelser og sikre ensartet sagsbehandling.",
    "To measure the use of the website and improve the service.",
    "At udarbejde statistik og forskning i anonymiseret form.",
];

const LEGAL_TEXTS: &[(&str, Option<&str>, Art6)] = &[
    (
        "Behandlingen sker på grundlag af ansættelseskontrakten, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra b.",
        None,
        Art6::B,
    ),
    (
        "Behandlingen er nødvendig for at overholde en retlig forpligtelse, jf. artikel 6, stk. 1, litra c, og bogføringsloven § 10.",
        Some("bogføringsloven § 10"),
        Art6::C,
    ),
    (
        "Behandlingen skjer med grunnlag i personvernforordningen artikkel 6 nr. 1 bokstav c, jf. arbeidsmiljøloven § 5-1.",
        Some("arbeidsmiljøloven § 5-1"),
        Art6::C,
    ),
    (
        "Processing is based on the legitimate interest in running the association's activities, Art. 6(1)(f).",
        None,
        Art6::F,
    ),
    (
        "Samtykke, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra a; samtykket kan til enhver tid trækkes tilbage.",
        None,
        Art6::A,
    ),
    (
        "Myndighetsutøvelse etter opplæringslova og forvaltningsloven, jf. artikkel 6 nr. 1 bokstav e.",
        Some("opplæringslova § 2-1"),
        Art6::E,
    ),
    (
        "Lov om barselsudligning for selvstændigt erhvervsdrivende og arbejdsgivere, jf. artikel 6, stk. 1, litra c.",
        Some("barselsudligningsloven § 3"),
        Art6::C,
    ),
];

const NATIONAL_PROVISIONS: &[&str] = &[
    "databeskyttelseslovens § 6, stk. 1",
    "databeskyttelseslovens § 12, stk. 1",
    "personopplysningsloven § 6",
    "databeskyttelseslovens § 7, stk. 2",
];

const SUBJECTS: &[&str] = &[
    "Medarbejdere",
    "Ansøgere",
    "Medlemmer",
    "Kunder",
    "Ansatte",
    "Søkere",
    "Pårørende",
    "Elever og foresatte",
    "Besøgende",
    "Abonnenter",
    "Leverandører og kontaktpersoner",
    "Job applicants",
    "Former employees",
];

const CATEGORIES: &[(&str, u8)] = &[
    ("Navn, adresse, e-mail og telefonnummer", 0),
    ("Kontonummer og lønoplysninger", 0),
    ("Ansættelsesdato, stilling og arbejdstid", 0),
    ("Navn, adresse og fødselsdato", 0),
    ("IP-adresse og logdata", 0),
    ("Billeder og videooptagelser", 0),
    ("Kontingent og betalingshistorik", 0),
    ("Helbredsoplysninger om sygefravær", 1),
    ("Fagforeningsmedlemskab", 2),
    ("CPR-nummer", 3),
    ("Fødselsnummer", 4),
    ("Straffeattest og børneattest", 5),
    ("Helseopplysninger i sykemeldinger", 1),
    ("Name, e-mail address and employer", 0),
];

const RECIPIENTS: &[(&str, &str, RecipientKind, &str)] = &[
    (
        "Netcompany A/S",
        "Drift og udvikling af løsningen som databehandler",
        RecipientKind::Processor,
        "DK",
    ),
    (
        "Visma Enterprise AS",
        "Lønnssystem og personalsystem levert som skytjeneste",
        RecipientKind::Processor,
        "NO",
    ),
    (
        "Zoom Video Communications, Inc.",
        "Videomøder og webinarer",
        RecipientKind::Processor,
        "US",
    ),
    (
        "Microsoft Ireland Operations Ltd",
        "E-mail, dokumenter og Teams",
        RecipientKind::Processor,
        "IE",
    ),
    (
        "Skattestyrelsen",
        "Indberetning af løn og A-skat via eIndkomst",
        RecipientKind::PublicAuthority,
        "DK",
    ),
    (
        "Skatteetaten",
        "A-melding om inntekt og arbeidsforhold",
        RecipientKind::PublicAuthority,
        "NO",
    ),
    (
        "Udbetaling Danmark",
        "Barselsudligning og refusion",
        RecipientKind::PublicAuthority,
        "DK",
    ),
    (
        "PensionDanmark",
        "Pensionsindbetalinger for medarbejdere",
        RecipientKind::IndependentController,
        "DK",
    ),
    (
        "Mailchimp (Intuit Inc.)",
        "Udsendelse af nyhedsbreve",
        RecipientKind::Processor,
        "US",
    ),
    (
        "Infosys Ltd",
        "Second-line support from Bangalore",
        RecipientKind::SubProcessor,
        "IN",
    ),
    (
        "Revisionsfirmaet Bøgh & Sønner",
        "Revision af årsregnskabet",
        RecipientKind::IndependentController,
        "DK",
    ),
];

const RETENTION: &[(&str, u8)] = &[
    (
        "Oplysningerne slettes 5 år efter udgangen af regnskabsåret.",
        0,
    ),
    ("Slettes 5 år efter fratræden, jf. forældelsesloven.", 1),
    (
        "Opplysningene slettes 3 år etter at arbeidsforholdet er avsluttet.",
        8,
    ),
    (
        "Videooptagelser slettes senest 30 dage efter optagelsen.",
        2,
    ),
    ("Deleted 12 months after the account is closed.", 3),
    ("Indtil samtykket trækkes tilbage.", 4),
    (
        "Ansøgninger slettes 6 måneder efter ansættelsesforløbet.",
        9,
    ),
    ("Oplysninger om medlemmer slettes 2 år efter udmeldelse.", 5),
    ("Arkiveres efter arkivloven og slettes ikke.", 6),
    (
        "Opbevares i 10 år efter sagens afslutning af hensyn til retskrav.",
        7,
    ),
];

const SECURITY: &[&str] = &[
    "Adgang via to-faktor-login, kryptering af bærbare, logning af opslag og årlig gennemgang af brugerrettigheder.",
    "Tilgangsstyring etter tjenstlig behov, kryptert lagring og daglig sikkerhetskopi.",
    "Encrypted in transit (TLS 1.2+) and at rest; access reviewed quarterly.",
];

const NOTES: &[&str] = &[
    "Gennemgås igen ved næste årlige revision af fortegnelsen.",
    "Afventer svar fra leverandøren om underdatabehandlere.",
    "Oppdatert etter innspill fra personvernombudet.",
    "Check the transfer impact assessment before renewal.",
    "Databehandleraftale fornyet; se kontraktsystemet.",
];

const TRANSFER_COUNTRIES: &[(&str, &str)] = &[
    ("US", "USA"),
    ("IN", "Indien"),
    ("GB", "Storbritannien"),
    ("CH", "Schweiz"),
];

fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => {
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
    }
    out.trim_matches('-').to_string()
}

fn file(path: String) -> SourceFile {
    SourceFile {
        path,
        ..SourceFile::default()
    }
}

/// Generates a register of `orgs` organisations with `activities_per_org`
/// activities each. The same arguments give the same register.
///
/// Organisation ids are `org-0000`, `org-0001`, ...; activity ids are slugs
/// of their names with a counter. Records carry no source text (they were
/// never read from a file); `SourceFile::path` is where they would live.
pub fn generate(orgs: usize, activities_per_org: usize, seed: u64) -> Register {
    let mut rng = Rng::new(seed);
    let mut numbers = HashSet::new();
    let organisations = (0..orgs)
        .map(|i| generate_org(&mut rng, &mut numbers, i, activities_per_org))
        .collect();
    Register {
        root: PathBuf::from("generated"),
        organisations,
    }
}

/// A Danish CVR number (8 digits) that passes the modulus-11 check:
/// weights 2,7,6,5,4,3,2,1 and a weighted sum divisible by 11.
fn cvr_number(rng: &mut Rng) -> String {
    const WEIGHTS: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    loop {
        let prefix = 1_000_000 + rng.below(9_000_000);
        let digits = format!("{prefix:07}");
        let sum: u32 = digits
            .bytes()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        // The last digit has weight 1: it must bring the sum to 0 mod 11.
        let check = (11 - sum % 11) % 11;
        if check < 10 {
            return format!("{digits}{check}");
        }
    }
}

/// A Norwegian organisasjonsnummer (9 digits, starting with 8 or 9) whose
/// control digit is right: weights 3,2,7,6,5,4,3,2, check = 11 − (sum mod
/// 11), 11 → 0; a remainder of 1 gives no valid number and is drawn again.
fn orgnr_number(rng: &mut Rng) -> String {
    const WEIGHTS: [u32; 8] = [3, 2, 7, 6, 5, 4, 3, 2];
    loop {
        let prefix = 80_000_000 + rng.below(20_000_000);
        let digits = format!("{prefix:08}");
        let sum: u32 = digits
            .bytes()
            .zip(WEIGHTS)
            .map(|(d, w)| u32::from(d - b'0') * w)
            .sum();
        let check = match sum % 11 {
            0 => 0,
            1 => continue,
            r => 11 - r,
        };
        return format!("{digits}{check}");
    }
}

fn generate_org(
    rng: &mut Rng,
    numbers: &mut HashSet<String>,
    index: usize,
    activities: usize,
) -> OrgEntry {
    let id = format!("org-{index:04}");
    let stem = rng.pick(ORG_STEMS);
    let (suffix, kind, country) = ORG_SUFFIXES[rng.below(ORG_SUFFIXES.len())];
    let name = format!("{stem} {suffix} {}", index + 1);
    // Two organisations never share a number (the validator's STR-001).
    let mut unique = |draw: fn(&mut Rng) -> String| loop {
        let n = draw(rng);
        if numbers.insert(n.clone()) {
            return n;
        }
    };
    let org_number = match country {
        "DK" => Some(OrgNumber::Cvr(unique(cvr_number))),
        "NO" => Some(OrgNumber::NoOrgnr(unique(orgnr_number))),
        _ => None,
    };
    let mut recipients: Vec<Recipient> = Vec::new();
    let count = 3 + rng.below(4);
    for _ in 0..count {
        let (rname, desc, rkind, rcountry) = RECIPIENTS[rng.below(RECIPIENTS.len())];
        let rid = slug(rname);
        if recipients.iter().any(|r| r.id == rid) {
            continue;
        }
        recipients.push(Recipient {
            id: rid,
            name: rname.to_string(),
            kind: rkind,
            country: Some(rcountry.to_string()),
            org_number: None,
            address: None,
            description: Some(desc.to_string()),
            dpa_ref: rkind
                .is_processor()
                .then(|| format!("Databehandleraftale {}", 2018 + rng.below(8))),
            sub_processors: if rkind.is_processor() {
                SubProcessors::None
            } else {
                SubProcessors::Unknown
            },
            // US transfers rest on SCCs: a DPF claim needs a verification
            // date within the last year, which a fixed seed cannot keep.
            dpf_certified: false,
            dpf_verified_on: None,
        });
    }
    let systems = vec![System {
        id: "hr".to_string(),
        name: rng
            .pick(&[
                "Silkeborg Data",
                "Visma HRM",
                "SAP SuccessFactors",
                "Sharepoint",
            ])
            .to_string(),
        description: Some("Personalesystem og dokumentarkiv".to_string()),
        location: Some(country.to_string()),
    }];
    let org = Organisation {
        review_interval_months: None,
        id: id.clone(),
        name: name.clone(),
        role: OrgRole::Controller,
        kind,
        country: country.to_string(),
        org_number,
        address: Some(format!(
            "{} {}, {} {}",
            rng.pick(&[
                "Strandvejen",
                "Storgata",
                "Vestergade",
                "Kongens gate",
                "Åboulevarden"
            ]),
            1 + rng.below(120),
            1000 + rng.below(8000),
            rng.pick(&[
                "København",
                "Oslo",
                "Aarhus",
                "Bergen",
                "Trondheim",
                "Odense"
            ])
        )),
        email: Some(format!("privacy@{}.example", slug(stem))),
        phone: None,
        website: Some(format!("https://{}.example", slug(stem))),
        contacts: Vec::new(),
        // Public authorities must designate a DPO (Art. 37(1)(a)).
        dpo: (kind == OrgKind::PublicAuthority || rng.chance(50)).then(|| Dpo {
            designated: true,
            contact: Contact {
                name: Some(
                    rng.pick(&[
                        "Mette Sørensen",
                        "Ole Åberg",
                        "Kari Nordmann",
                        "Jens Hansen",
                    ])
                    .to_string(),
                ),
                email: Some(format!("dpo@{}.example", slug(stem))),
                ..Contact::default()
            },
        }),
        representative: None,
        art3_2_applies: false,
        art27_2_exemption: None,
        joint_controllers: Vec::new(),
        recipients,
        systems,
        security_measures: Some(rng.pick(SECURITY).to_string()),
        security_ref: None,
        data_subject_rights: None,
        sources: Vec::new(),
        not_stated: Vec::new(),
        acknowledgements: Vec::new(),
        notes: None,
    };
    let acts = (0..activities)
        .map(|j| {
            let activity = generate_activity(rng, &org, j);
            ActivityEntry {
                file: file(format!("{id}/activities/{}.ron", activity.id)),
                activity,
            }
        })
        .collect();
    OrgEntry {
        file: file(format!("{id}/organisation.ron")),
        org,
        activities: acts,
    }
}

fn generate_activity(rng: &mut Rng, org: &Organisation, index: usize) -> Activity {
    let (name, name_en) = ACTIVITIES[rng.below(ACTIVITIES.len())];
    let id = format!("{}-{index}", slug(name));
    let status = match rng.below(10) {
        0..=3 => Status::Draft,
        4..=5 => Status::InReview,
        6..=8 => Status::Approved,
        _ => Status::Retired,
    };
    let purposes: Vec<Purpose> = (0..1 + rng.below(2))
        .map(|i| Purpose {
            id: format!("p{i}"),
            text: rng.pick(PURPOSES).to_string(),
            outside_public_tasks: false,
        })
        .collect();
    let public = org.kind == OrgKind::PublicAuthority;
    let legal_bases: Vec<LegalBasis> = (0..1 + rng.below(2))
        .map(|_| {
            // Public authorities exercise official authority (e) and may not
            // rely on legitimate interests (f) for their tasks; private
            // bodies have no public task to cite.
            let (text, law, art) = loop {
                let entry = LEGAL_TEXTS[rng.below(LEGAL_TEXTS.len())];
                let allowed = match entry.2 {
                    Art6::F => !public,
                    Art6::E => public,
                    _ => true,
                };
                if allowed {
                    break entry;
                }
            };
            LegalBasis {
                purposes: Vec::new(),
                article6: Some(art),
                law_ref: law.map(str::to_string),
                national_provision: rng
                    .chance(40)
                    .then(|| rng.pick(NATIONAL_PROVISIONS).to_string()),
                legitimate_interest: (art == Art6::F)
                    .then(|| "Foreningens interesse i at drive sine aktiviteter".to_string()),
                text: Some(text.to_string()),
            }
        })
        .collect();
    let data_subjects: Vec<DataSubject> = (0..1 + rng.below(2))
        .map(|i| DataSubject {
            id: format!("s{i}"),
            name: rng.pick(SUBJECTS).to_string(),
            vulnerable: false,
        })
        .collect();
    let mut data_categories: Vec<DataCategory> = Vec::new();
    for i in 0..2 + rng.below(3) {
        let (cname, kind) = loop {
            let entry = CATEGORIES[rng.below(CATEGORIES.len())];
            // The first category is always an ordinary one.
            if i > 0 || entry.1 == 0 {
                break entry;
            }
        };
        // Sensitive kinds are rarer than their share of the list.
        if kind != 0 && !rng.chance(45) {
            continue;
        }
        if data_categories.iter().any(|c| c.name == cname) {
            continue;
        }
        let kind = match kind {
            1 => DataKind::Special(vec![SpecialKind::Health]),
            2 => DataKind::Special(vec![SpecialKind::TradeUnionMembership]),
            3 => DataKind::NationalId(NationalIdScheme::DkCpr),
            4 => DataKind::NationalId(NationalIdScheme::NoFnr),
            5 => DataKind::Criminal,
            _ => DataKind::Ordinary,
        };
        data_categories.push(DataCategory {
            id: format!("c{i}"),
            name: cname.to_string(),
            kind,
            subjects: Vec::new(),
            collected_from: None,
            source: None,
            published: false,
        });
    }
    let has = |f: fn(&DataKind) -> bool| data_categories.iter().any(|c| f(&c.kind));
    let special_conditions = if has(|k| matches!(k, DataKind::Special(_))) {
        vec![SpecialCondition {
            categories: Vec::new(),
            article9: Some(Art9::B),
            national_provision: Some("databeskyttelseslovens § 12, stk. 1".to_string()),
            text: Some("Nødvendig for at overholde arbejdsretlige forpligtelser.".to_string()),
        }]
    } else {
        Vec::new()
    };
    let criminal_basis = has(|k| matches!(k, DataKind::Criminal)).then(|| CriminalBasis {
        official_authority: false,
        national_provision: Some("databeskyttelseslovens § 8, stk. 3".to_string()),
        text: Some("Børneattest indhentes efter lov om indhentelse af børneattest.".to_string()),
    });
    let mut national_id_bases = Vec::new();
    if has(|k| matches!(k, DataKind::NationalId(NationalIdScheme::DkCpr))) {
        national_id_bases.push(NationalIdBasis {
            scheme: NationalIdScheme::DkCpr,
            provision: if org.kind == OrgKind::PublicAuthority {
                "databeskyttelseslovens § 11, stk. 1".to_string()
            } else {
                "databeskyttelseslovens § 11, stk. 2, nr. 1".to_string()
            },
            justification: None,
            text: None,
        });
    }
    if has(|k| matches!(k, DataKind::NationalId(NationalIdScheme::NoFnr))) {
        national_id_bases.push(NationalIdBasis {
            scheme: NationalIdScheme::NoFnr,
            provision: "personopplysningsloven § 12".to_string(),
            justification: Some("Sikker identifisering ved lønnsutbetaling".to_string()),
            text: None,
        });
    }
    let mut recipients: Vec<RecipientUse> = Vec::new();
    for _ in 0..rng.below(3) {
        let Some(r) = org.recipients.get(rng.below(org.recipients.len())) else {
            break;
        };
        if recipients.iter().any(|u| u.recipient == r.id) {
            continue;
        }
        recipients.push(RecipientUse {
            recipient: r.id.clone(),
            data: Vec::new(),
            purpose: rng.chance(30).then(|| {
                rng.pick(&[
                    "Som led i driften af løsningen",
                    "Lovpligtig indberetning",
                    "For support",
                ])
                .to_string()
            }),
        });
    }
    let transfers: Vec<Transfer> = recipients
        .iter()
        .filter_map(|u| org.recipients.iter().find(|r| r.id == u.recipient))
        .filter_map(transfer_for)
        .enumerate()
        .map(|(i, mut t)| {
            t.id = format!("t{i}");
            t
        })
        .collect();
    let retention = (0..1 + rng.below(2))
        .map(|i| retention_rule(i, rng.below(RETENTION.len())))
        .collect();
    let sensitive = data_categories
        .iter()
        .any(|c| !matches!(c.kind, DataKind::Ordinary));
    let consent_based = legal_bases
        .iter()
        .any(|b: &LegalBasis| b.article6 == Some(Art6::A));
    let recipients_none = recipients.is_empty();
    Activity {
        review_interval_months: None,
        id,
        name: name.to_string(),
        name_en: Some(name_en.to_string()),
        role: ActivityRole::Controller,
        status,
        owner: rng.chance(50).then(|| {
            rng.pick(&[
                "HR-chef",
                "Økonomiafdelingen",
                "Personvernombud",
                "IT-drift",
            ])
            .to_string()
        }),
        // Reviewed activities carry the date of their last review, in the
        // year before the generated history starts.
        last_reviewed: (matches!(status, Status::Approved | Status::InReview) && rng.chance(70))
            .then(|| format!("2022-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28))),
        description: rng.chance(40).then(|| {
            format!(
                "{} hos {}: {}",
                name,
                org.name,
                rng.pick(&[
                    "oplysningerne behandles i fagsystemet og i e-mail.",
                    "opplysningene behandles i fagsystemet og i arkivet.",
                    "records are kept in the case management system.",
                ])
            )
        }),
        on_behalf_of: Vec::new(),
        purposes,
        legal_bases,
        special_conditions,
        criminal_basis,
        national_id_bases,
        data_subjects,
        data_categories,
        recipients,
        recipients_none,
        transfers,
        retention,
        systems: vec!["hr".to_string()],
        security_measures: rng.chance(20).then(|| rng.pick(SECURITY).to_string()),
        security_ref: None,
        business_function: None,
        lia_ref: None,
        retention_policy_ref: None,
        breach_refs: Vec::new(),
        // Most registers state that no automated decisions are taken; some
        // have not got round to it yet (a warning).
        automated_decisions: rng.chance(92).then(|| AutomatedDecisions {
            present: false,
            ground: None,
            text: Some(
                rng.pick(&[
                    "Der træffes ingen automatiske afgørelser, og der foretages ikke profilering.",
                    "Ingen automatiserte avgjørelser eller profilering.",
                    "No solely automated decisions or profiling.",
                ])
                .to_string(),
            ),
        }),
        dpia: if sensitive {
            dpia_for_sensitive(rng)
        } else {
            rng.chance(30).then(|| Dpia {
                status: DpiaStatus::NotRequired,
                reason: Some(
                    "Screening viser ingen høj risiko for de registrerede (WP248).".to_string(),
                ),
                link: None,
            })
        },
        risk_criteria: Vec::new(),
        consent: consent_based.then(consent_record),
        provision_requirement: None,
        data_subject_rights: None,
        not_stated: Vec::new(),
        acknowledgements: Vec::new(),
        notes: rng.chance(25).then(|| rng.pick(NOTES).to_string()),
    }
}

/// The transfer a recipient outside the EU/EEA implies, with the usual
/// safeguard: the adequacy decision where there is one, else SCCs (module
/// 2, controller to processor; module 1 for independent controllers). Its
/// id is `t0`; callers renumber.
fn transfer_for(r: &Recipient) -> Option<Transfer> {
    let (code, text) = TRANSFER_COUNTRIES
        .iter()
        .find(|(c, _)| r.country.as_deref() == Some(*c))?;
    let adequate = matches!(*code, "GB" | "CH");
    let (mechanisms, safeguard) = if adequate {
        (
            vec![Mechanism::Adequacy],
            "Kommissionens afgørelse om tilstrækkeligt beskyttelsesniveau",
        )
    } else {
        let module = if r.kind.is_processor() { 2 } else { 1 };
        (
            vec![Mechanism::Scc {
                decision: Some("2021/914".to_string()),
                module: Some(module),
            }],
            "Standardkontraktbestemmelser (SCC) og supplerende foranstaltninger",
        )
    };
    Some(Transfer {
        id: "t0".to_string(),
        country: Some(code.to_string()),
        international_organisation: None,
        destination_text: Some(format!("{text} ({})", r.name)),
        recipients: vec![r.id.clone()],
        mechanisms,
        safeguard_text: Some(safeguard.to_string()),
        documentation: None,
        regular: true,
    })
}

/// Retention rule `r{i}` built from entry `entry` of [`RETENTION`]: the
/// text as written and the structured rule it states.
fn retention_rule(i: usize, entry: usize) -> RetentionRule {
    let (text, shape) = RETENTION[entry % RETENTION.len()];
    let rule = match shape {
        0 => Retention::Duration {
            period: "P5Y".to_string(),
            bound: Bound::Exact,
        },
        1 => Retention::EventBased {
            event: RetentionEvent::EndOfEmployment,
            offset: "P5Y".to_string(),
            bound: Bound::Exact,
        },
        2 => Retention::Duration {
            period: "P30D".to_string(),
            bound: Bound::Max,
        },
        3 => Retention::EventBased {
            event: RetentionEvent::AccountDeletion,
            offset: "P12M".to_string(),
            bound: Bound::Exact,
        },
        4 => Retention::UntilWithdrawal,
        5 => Retention::EventBased {
            event: RetentionEvent::EndOfMembership,
            offset: "P2Y".to_string(),
            bound: Bound::Exact,
        },
        6 => Retention::Indefinite {
            justification: Some("arkivloven".to_string()),
        },
        // The value says what the text says (RET-007).
        8 => Retention::EventBased {
            event: RetentionEvent::EndOfEmployment,
            offset: "P3Y".to_string(),
            bound: Bound::Exact,
        },
        9 => Retention::Duration {
            period: "P6M".to_string(),
            bound: Bound::Exact,
        },
        _ => Retention::EventBased {
            event: RetentionEvent::CaseClosed,
            offset: "P10Y".to_string(),
            bound: Bound::Max,
        },
    };
    RetentionRule {
        id: format!("r{i}"),
        categories: Vec::new(),
        subjects: Vec::new(),
        rule,
        text: text.to_string(),
    }
}

/// The consent record of an activity based on consent (Art. 7).
fn consent_record() -> Consent {
    Consent {
        how_given: Some("Afkrydsning i tilmeldingsformularen på hjemmesiden".to_string()),
        record_ref: Some("Samtykkelog i CRM-systemet".to_string()),
        withdrawal_process: Some(
            "Afmeldingslink i hver e-mail eller henvendelse til privacy-postkassen".to_string(),
        ),
    }
}

/// A DPIA screening of an activity with special, criminal or national id
/// data: mostly done or screened out with a reason.
fn dpia_for_sensitive(rng: &mut Rng) -> Option<Dpia> {
    match rng.below(10) {
        0..=3 => Some(Dpia {
            status: DpiaStatus::Done,
            reason: None,
            link: Some(format!(
                "https://intranet.example/dpia/{}",
                1000 + rng.below(9000)
            )),
        }),
        4..=8 => Some(Dpia {
            status: DpiaStatus::NotRequired,
            reason: Some(
                "Screening efter WP248: kun ét kriterium er opfyldt i praksis; ingen høj risiko."
                    .to_string(),
            ),
            link: None,
        }),
        _ => None,
    }
}

/// The canonical files of a register: `(path, text)` pairs, paths relative
/// to the register root, organisations first within each folder.
pub fn files(reg: &Register) -> Result<Vec<(String, String)>, ron::Error> {
    let mut out = Vec::new();
    for o in &reg.organisations {
        out.push((o.file.path.clone(), to_canonical(&o.org)?));
        for a in &o.activities {
            out.push((a.file.path.clone(), to_canonical(&a.activity)?));
        }
    }
    Ok(out)
}

/// What [`write_repository`] is asked to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepoSpec {
    /// Number of organisations.
    pub orgs: usize,
    /// Activities per organisation.
    pub activities: usize,
    /// Edit commits after the first commit.
    pub commits: usize,
    /// Seed of the generator: the same spec gives the same repository.
    pub seed: u64,
}

/// What [`write_repository`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoSummary {
    /// Register files in the work tree.
    pub files: usize,
    /// Commits on the branch, the first one included.
    pub commits: usize,
    /// The commit HEAD points to.
    pub head: git2::Oid,
}

/// Why a generated repository could not be written.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The destination exists and is not an empty folder.
    #[error("{0}: exists and is not an empty folder; give a new or empty folder")]
    NotEmpty(String),
    /// Reading or writing files failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A git operation failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
    /// A record could not be written as RON (never the case for the
    /// generator's records).
    #[error("cannot write RON: {0}")]
    Ron(#[from] ron::Error),
    /// The index written at the end does not match HEAD (a bug).
    #[error("the work tree does not match the last commit")]
    Mismatch,
}

/// First moment of the generated history: Monday 2 January 2023, 08:00 in
/// Copenhagen (UTC+1).
const HISTORY_START: i64 = 1_672_642_800;
/// Working days the history spans (about 3¾ years of weekdays, up to the
/// end of September 2026).
const HISTORY_WORKDAYS: i64 = 975;
/// The length of a working day in seconds (08:00–17:00).
const WORKDAY: i64 = 9 * 3600;
/// The time zone of every commit, in minutes east of UTC.
const TZ_MINUTES: i32 = 60;

/// The legal team that makes the edits (fictional people).
const AUTHORS: &[(&str, &str)] = &[
    ("Camilla Holm Jensen", "camilla.holm@jura.example"),
    ("Lars Vik", "lars.vik@jura.example"),
    ("Sofie Mørk Andersen", "sofie.mork@jura.example"),
    ("Henrik Aasheim", "henrik.aasheim@jura.example"),
    ("Emma Lindqvist", "emma.lindqvist@jura.example"),
];

/// Commit time of position `n` of `total` evenly spread over the working
/// hours of the history, with jitter inside each slot: strictly increasing
/// in `n`, on weekdays between 08:00 and 17:00 local time.
fn commit_time(rng: &mut Rng, n: usize, total: usize) -> i64 {
    let span = HISTORY_WORKDAYS * WORKDAY;
    let slot = span / (total as i64 + 1).max(1);
    let pos = n as i64 * slot + (rng.next() % (slot.max(2) as u64 - 1)) as i64;
    let (day, in_day) = (pos / WORKDAY, pos % WORKDAY);
    // Five working days per calendar week, from a Monday.
    let calendar_day = day / 5 * 7 + day % 5;
    HISTORY_START + calendar_day * 86_400 + in_day
}

/// The local calendar date of a commit time.
fn local_date(time: i64) -> Date {
    Date::from_days((time + i64::from(TZ_MINUTES) * 60).div_euclid(86_400))
}

/// Qualifiers the legal team adds to and removes from activity names.
const NAME_TWEAKS: &[&str] = &[
    " – medarbejdere",
    " (fælles løsning)",
    " og opfølgning",
    " for ansatte",
    " (pilot)",
    " – revidert",
];

const PURPOSE_EXTRA: &[&str] = &[
    "At dokumentere behandlingen over for Datatilsynet ved tilsyn.",
    "Å føre statistikk over saksbehandlingstid i anonymisert form.",
    "To answer requests from data subjects exercising their rights.",
    "At sikre kontinuitet ved medarbejderes fravær.",
];

const OWNERS: &[&str] = &[
    "HR-chef",
    "Økonomiafdelingen",
    "Personvernombud",
    "IT-drift",
    "Sekretariatet",
    "Head of Operations",
];

/// Makes one realistic change to `act` dated `today`: a status step, a
/// name tweak, a new retention text, a recipient added or removed, a
/// purpose, an owner, a note or a DPIA screening. Returns false when the
/// drawn change does not apply (the caller draws again).
fn edit_activity(rng: &mut Rng, org: &Organisation, act: &mut Activity, today: Date) -> bool {
    match rng.below(100) {
        0..=24 => match act.status {
            Status::Draft => {
                act.status = Status::InReview;
                true
            }
            Status::InReview => {
                act.status = Status::Approved;
                act.last_reviewed = Some(today.to_string());
                true
            }
            Status::Approved if rng.chance(8) => {
                act.status = Status::Retired;
                true
            }
            Status::Approved => {
                // The yearly review: approved again with today's date.
                act.last_reviewed = Some(today.to_string());
                true
            }
            Status::Retired => false,
        },
        25..=34 => {
            let tweak = rng.pick(NAME_TWEAKS);
            match NAME_TWEAKS.iter().find(|t| act.name.ends_with(**t)) {
                Some(t) => act.name.truncate(act.name.len() - t.len()),
                None => act.name.push_str(tweak),
            }
            true
        }
        35..=52 => {
            let entry = rng.below(RETENTION.len());
            let i = rng.below(act.retention.len().max(1));
            let new = retention_rule(i, entry);
            match act.retention.get_mut(i) {
                Some(r) if r.text == new.text => false,
                Some(r) => {
                    *r = new;
                    true
                }
                None => {
                    act.retention.push(new);
                    true
                }
            }
        }
        53..=69 => {
            let unused: Vec<&Recipient> = org
                .recipients
                .iter()
                .filter(|r| !act.recipients.iter().any(|u| u.recipient == r.id))
                .collect();
            let Some(r) = unused.get(rng.below(unused.len())) else {
                return false;
            };
            act.recipients.push(RecipientUse {
                recipient: r.id.clone(),
                data: Vec::new(),
                purpose: r.description.clone(),
            });
            act.recipients_none = false;
            if let Some(mut t) = transfer_for(r) {
                t.id = next_id("t", act.transfers.iter().map(|t| t.id.as_str()));
                act.transfers.push(t);
            }
            true
        }
        70..=74 => {
            if act.recipients.is_empty() {
                return false;
            }
            let gone = act.recipients.remove(rng.below(act.recipients.len()));
            act.transfers
                .retain(|t| !t.recipients.contains(&gone.recipient));
            act.recipients_none = act.recipients.is_empty();
            true
        }
        75..=81 => {
            let text = rng.pick(PURPOSE_EXTRA);
            if act.purposes.iter().any(|p| p.text == text) {
                return false;
            }
            let id = next_id("p", act.purposes.iter().map(|p| p.id.as_str()));
            act.purposes.push(Purpose {
                id,
                text: text.to_string(),
                outside_public_tasks: false,
            });
            true
        }
        82..=87 => {
            let owner = rng.pick(OWNERS).to_string();
            let changed = act.owner.as_deref() != Some(owner.as_str());
            act.owner = Some(owner);
            changed
        }
        88..=95 => {
            let note = rng.pick(NOTES).to_string();
            if act.notes.as_deref() == Some(note.as_str()) {
                act.notes = None;
            } else {
                act.notes = Some(note);
            }
            true
        }
        _ => {
            if act.dpia.is_some() {
                return false;
            }
            act.dpia = Some(Dpia {
                status: DpiaStatus::NotRequired,
                reason: Some(format!(
                    "Screening gennemført {today}: ingen høj risiko for de registrerede."
                )),
                link: None,
            });
            true
        }
    }
}

/// The first id `{prefix}{n}` not among `taken`.
fn next_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    (0..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.clone().any(|t| t == id))
        .unwrap_or_else(|| format!("{prefix}x"))
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> GenerateError + '_ {
    move |source| GenerateError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Writes a generated register to `dest` as a git repository: one commit
/// of the whole register, then `spec.commits` commits that each change one
/// activity the way the legal team would (see [`generate`] for the
/// register). Commits have fictional authors and increasing times on
/// working days from January 2023; messages follow the TUI's saves.
///
/// For speed the git objects are built in memory — blobs, trees updated
/// along the path of the changed file, commits — and written as one pack
/// in which each new version is a delta against the previous version of
/// the same path (git2 indexes the pack). The work tree and index are
/// written last, so the work tree is clean and equals HEAD. `dest` must
/// not exist or be an empty folder; on failure it is emptied again.
pub fn write_repository(dest: &Path, spec: &RepoSpec) -> Result<RepoSummary, GenerateError> {
    if dest.exists() {
        let mut entries = fs::read_dir(dest).map_err(|_| not_empty(dest))?;
        if entries.next().is_some() {
            return Err(not_empty(dest));
        }
    }
    fs::create_dir_all(dest).map_err(io_error(dest))?;
    let result = write_into(dest, spec);
    if result.is_err() {
        // The folder was empty: what is in it now is ours.
        if let Ok(entries) = fs::read_dir(dest) {
            for e in entries.flatten() {
                let _ = match e.file_type() {
                    Ok(t) if t.is_dir() => fs::remove_dir_all(e.path()),
                    _ => fs::remove_file(e.path()),
                };
            }
        }
    }
    result
}

/// [`write_repository`] into an empty folder.
fn write_into(dest: &Path, spec: &RepoSpec) -> Result<RepoSummary, GenerateError> {
    let mut reg = generate(spec.orgs, spec.activities, spec.seed);
    let mut rng = Rng::new(spec.seed ^ 0x6564_6974_7321);
    let total = spec.commits;
    let mut pack = pack::Pack::new();

    // The first commit: the whole register.
    let mut orgs = Vec::with_capacity(reg.organisations.len());
    let mut blobs = Vec::with_capacity(reg.organisations.len());
    for entry in &reg.organisations {
        let org_blob = pack.put(ObjectType::Blob, to_canonical(&entry.org)?.as_bytes(), None)?;
        let mut stored = Vec::with_capacity(entry.activities.len());
        let mut acts = Vec::with_capacity(entry.activities.len());
        for a in &entry.activities {
            let text = to_canonical(&a.activity)?;
            let obj = pack.put(ObjectType::Blob, text.as_bytes(), None)?;
            acts.push((format!("{}.ron", a.activity.id), obj.id));
            stored.push(obj);
        }
        acts.sort();
        let mut org = OrgTrees {
            id: entry.org.id.clone(),
            org_blob: org_blob.id,
            acts,
            acts_tree: None,
            tree: None,
        };
        org.write(&mut pack)?;
        orgs.push(org);
        blobs.push(stored);
    }
    let mut root = RootTree::new(&orgs);
    let mut tree = root.write(&mut pack, None)?;
    let (name, email) = AUTHORS[rng.below(AUTHORS.len())];
    let when = commit_time(&mut rng, 0, total);
    let message = format!(
        "Register of processing activities: {} organisations, {} activities\n",
        spec.orgs,
        spec.orgs * spec.activities
    );
    let mut head = pack.put_commit(tree.id, None, (name, email, when), &message)?;

    // The edits, one activity per commit.
    let with_activities: Vec<usize> = (0..reg.organisations.len())
        .filter(|&i| !reg.organisations[i].activities.is_empty())
        .collect();
    let mut made = 0;
    while made < total && !with_activities.is_empty() {
        let o = with_activities[rng.below(with_activities.len())];
        let entry = &mut reg.organisations[o];
        let a = rng.below(entry.activities.len());
        let (name, email) = AUTHORS[rng.below(AUTHORS.len())];
        let when = commit_time(&mut rng, made + 1, total);
        let act = &mut entry.activities[a];
        let before = act.activity.clone();
        if !edit_activity(&mut rng, &entry.org, &mut act.activity, local_date(when)) {
            continue;
        }
        let changes = diff_records(&before, &act.activity);
        if changes.is_empty() {
            continue;
        }
        let message = commit_message(
            &subject(&entry.org.name, Some(&act.activity.name)),
            &changes,
        );
        let old = to_canonical(&before)?;
        let new = to_canonical(&act.activity)?;
        let base = &blobs[o][a];
        let obj = pack.put(
            ObjectType::Blob,
            new.as_bytes(),
            Some((old.as_bytes(), base)),
        )?;
        let org = &mut orgs[o];
        let file = format!("{}.ron", act.activity.id);
        if let Ok(i) = org.acts.binary_search_by(|(n, _)| n.as_str().cmp(&file)) {
            org.acts[i].1 = obj.id;
        }
        blobs[o][a] = obj;
        let org_tree = org.write(&mut pack)?;
        root.set(o, org_tree);
        tree = root.write(&mut pack, Some(&tree))?;
        head = pack.put_commit(tree.id, Some(head.id), (name, email, when), &message)?;
        made += 1;
    }
    let (head_id, tree_id) = (head.id, tree.id);

    // One pack of everything, indexed by git2, then the branch.
    let repo = Repository::init(dest)?;
    let odb = repo.odb()?;
    let mut writer = odb.packwriter()?;
    writer
        .write_all(&pack.finish())
        .map_err(io_error(&dest.join(".git")))?;
    writer.commit()?;
    drop(writer);
    let branch = repo
        .find_reference("HEAD")?
        .symbolic_target()?
        .unwrap_or("refs/heads/main")
        .to_string();
    repo.reference(&branch, head_id, true, "ropa generate")?;

    // The work tree and the index, equal to HEAD.
    let mut index = repo.index()?;
    let mut count = 0;
    for (o, entry) in reg.organisations.iter().enumerate() {
        let dir = dest.join(&entry.org.id).join(ACTIVITIES_DIR);
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        let org_file = dest.join(&entry.file.path);
        fs::write(&org_file, to_canonical(&entry.org)?).map_err(io_error(&org_file))?;
        add_to_index(&mut index, dest, &entry.file.path, orgs[o].org_blob)?;
        count += 1;
        for (a, act) in entry.activities.iter().enumerate() {
            let file = dest.join(&act.file.path);
            fs::write(&file, to_canonical(&act.activity)?).map_err(io_error(&file))?;
            add_to_index(&mut index, dest, &act.file.path, blobs[o][a].id)?;
            count += 1;
        }
        if entry.activities.is_empty() {
            // Git keeps no empty folders.
            let _ = fs::remove_dir(&dir);
        }
    }
    index.write()?;
    if index.write_tree()? != tree_id {
        return Err(GenerateError::Mismatch);
    }
    Ok(RepoSummary {
        files: count,
        commits: made + 1,
        head: head_id,
    })
}

/// Adds a file just written to the index with its known blob id and its
/// file-system metadata, so git sees it unchanged without hashing it again.
#[cfg(unix)]
fn add_to_index(
    index: &mut git2::Index,
    root: &Path,
    rel: &str,
    id: git2::Oid,
) -> Result<(), GenerateError> {
    use std::os::unix::fs::MetadataExt;
    let path = root.join(rel);
    let meta = fs::metadata(&path).map_err(io_error(&path))?;
    // The index keeps 32-bit fields; truncation is what git does too.
    let time = |s: i64, ns: i64| git2::IndexTime::new(s as i32, ns as u32);
    index.add(&git2::IndexEntry {
        ctime: time(meta.ctime(), meta.ctime_nsec()),
        mtime: time(meta.mtime(), meta.mtime_nsec()),
        dev: meta.dev() as u32,
        ino: meta.ino() as u32,
        mode: 0o100_644,
        uid: meta.uid(),
        gid: meta.gid(),
        file_size: meta.len() as u32,
        id,
        flags: rel.len().min(0xfff) as u16,
        flags_extended: 0,
        path: rel.as_bytes().to_vec(),
    })?;
    Ok(())
}

/// Adds a file just written to the index (hashing it).
#[cfg(not(unix))]
fn add_to_index(
    index: &mut git2::Index,
    _root: &Path,
    rel: &str,
    _id: git2::Oid,
) -> Result<(), GenerateError> {
    index.add_path(Path::new(rel))?;
    Ok(())
}

/// The trees of one organisation folder as last written.
struct OrgTrees {
    /// Folder name (the organisation id).
    id: String,
    /// `organisation.ron`.
    org_blob: git2::Oid,
    /// `activities/<id>.ron` file names and blobs, in git's order.
    acts: Vec<(String, git2::Oid)>,
    /// The `activities` tree with its bytes (the next version's delta base).
    acts_tree: Option<(Vec<u8>, pack::Stored)>,
    /// The folder's tree with its bytes.
    tree: Option<(Vec<u8>, pack::Stored)>,
}

impl OrgTrees {
    /// Writes the `activities` tree and the folder's tree, as deltas against
    /// their last versions; returns the folder's tree.
    fn write(&mut self, pack: &mut pack::Pack) -> Result<pack::Stored, GenerateError> {
        let mut entries = Vec::with_capacity(2);
        if !self.acts.is_empty() {
            let bytes = pack::tree(self.acts.iter().map(|(n, id)| (false, n.as_str(), *id)));
            let base = self.acts_tree.as_ref().map(|(b, s)| (b.as_slice(), s));
            let stored = pack.put(ObjectType::Tree, &bytes, base)?;
            entries.push((true, ACTIVITIES_DIR, stored.id));
            self.acts_tree = Some((bytes, stored));
        }
        entries.push((false, super::load::ORGANISATION_FILE, self.org_blob));
        let bytes = pack::tree(entries.into_iter());
        let base = self.tree.as_ref().map(|(b, s)| (b.as_slice(), s));
        let stored = pack.put(ObjectType::Tree, &bytes, base)?;
        self.tree = Some((bytes, stored.clone()));
        Ok(stored)
    }
}

/// The root tree: one folder per organisation.
struct RootTree {
    /// Folder names and tree ids in git's order.
    entries: Vec<(String, git2::Oid)>,
    /// Position in `entries` of each organisation (in register order).
    position: Vec<usize>,
    /// The bytes last written (the next version's delta base).
    bytes: Vec<u8>,
}

impl RootTree {
    fn new(orgs: &[OrgTrees]) -> Self {
        let mut order: Vec<usize> = (0..orgs.len()).collect();
        // Git orders a folder as if its name ended in `/`.
        order.sort_by(|&a, &b| format!("{}/", orgs[a].id).cmp(&format!("{}/", orgs[b].id)));
        let mut position = vec![0; orgs.len()];
        let entries = order
            .iter()
            .enumerate()
            .map(|(pos, &o)| {
                position[o] = pos;
                let id = orgs[o]
                    .tree
                    .as_ref()
                    .map_or(git2::Oid::ZERO_SHA1, |(_, s)| s.id);
                (orgs[o].id.clone(), id)
            })
            .collect();
        RootTree {
            entries,
            position,
            bytes: Vec::new(),
        }
    }

    /// Points organisation `o`'s folder at a new tree.
    fn set(&mut self, o: usize, tree: pack::Stored) {
        if let Some(e) = self.position.get(o).and_then(|&p| self.entries.get_mut(p)) {
            e.1 = tree.id;
        }
    }

    /// Writes the root tree, as a delta against `last` when given.
    fn write(
        &mut self,
        pack: &mut pack::Pack,
        last: Option<&pack::Stored>,
    ) -> Result<pack::Stored, GenerateError> {
        let bytes = pack::tree(self.entries.iter().map(|(n, id)| (true, n.as_str(), *id)));
        let base = last.map(|s| (self.bytes.as_slice(), s));
        let stored = pack.put(ObjectType::Tree, &bytes, base)?;
        self.bytes = bytes;
        Ok(stored)
    }
}

/// A git pack file written by hand: objects in the order they are made,
/// each new version of a path stored as a delta against its previous
/// version (at most [`MAX_DEPTH`](pack::MAX_DEPTH) deep), zlib streams in
/// stored (uncompressed) blocks. Generic delta search over thousands of
/// near-identical root trees is what makes a packer slow; here the base of
/// every delta is known.
mod pack {
    use std::collections::HashMap;

    use git2::{ObjectType, Oid};

    /// Longest delta chain, as git's default `pack.depth`.
    pub const MAX_DEPTH: u32 = 50;

    /// Where an object is in the pack.
    #[derive(Debug, Clone)]
    pub struct Stored {
        /// The object id.
        pub id: Oid,
        /// Offset of its entry in the pack.
        offset: u64,
        /// Length of its delta chain (0 for a whole object).
        depth: u32,
    }

    /// A pack being written.
    pub struct Pack {
        data: Vec<u8>,
        count: u32,
        /// Objects already in the pack: a version can come back (a name
        /// tweak undone), and a pack holds each object once.
        written: HashMap<Oid, Stored>,
    }

    impl Pack {
        /// An empty pack (version 2).
        pub fn new() -> Self {
            let mut data = Vec::with_capacity(1 << 20);
            data.extend_from_slice(b"PACK");
            data.extend_from_slice(&2u32.to_be_bytes());
            data.extend_from_slice(&0u32.to_be_bytes());
            Pack {
                data,
                count: 0,
                written: HashMap::new(),
            }
        }

        /// Adds an object, as a delta against `base` (its bytes and where
        /// it is) when that is shorter and the chain not too deep.
        pub fn put(
            &mut self,
            kind: ObjectType,
            bytes: &[u8],
            base: Option<(&[u8], &Stored)>,
        ) -> Result<Stored, git2::Error> {
            let id = Oid::hash_object(kind, bytes)?;
            if let Some(known) = self.written.get(&id) {
                return Ok(known.clone());
            }
            let offset = self.data.len() as u64;
            self.count += 1;
            let mut stored = Stored {
                id,
                offset,
                depth: 0,
            };
            if let Some((base_bytes, base)) = base.filter(|(_, b)| b.depth < MAX_DEPTH) {
                let d = delta(base_bytes, bytes);
                if d.len() < bytes.len() / 2 {
                    header(&mut self.data, 6, d.len());
                    ofs(&mut self.data, offset - base.offset);
                    zlib(&mut self.data, &d);
                    stored.depth = base.depth + 1;
                    self.written.insert(id, stored.clone());
                    return Ok(stored);
                }
            }
            let code = match kind {
                ObjectType::Commit => 1,
                ObjectType::Tree => 2,
                ObjectType::Tag => 4,
                _ => 3,
            };
            header(&mut self.data, code, bytes.len());
            zlib(&mut self.data, bytes);
            self.written.insert(id, stored.clone());
            Ok(stored)
        }

        /// Adds a commit of `tree` on `parent` by `(name, email, time)`,
        /// author and committer alike.
        pub fn put_commit(
            &mut self,
            tree: Oid,
            parent: Option<Oid>,
            (name, email, time): (&str, &str, i64),
            message: &str,
        ) -> Result<Stored, git2::Error> {
            let minutes = super::TZ_MINUTES;
            let sign = if minutes < 0 { '-' } else { '+' };
            let zone = format!("{sign}{:02}{:02}", minutes.abs() / 60, minutes.abs() % 60);
            let mut text = format!("tree {tree}\n");
            if let Some(p) = parent {
                text.push_str(&format!("parent {p}\n"));
            }
            let who = format!("{name} <{email}> {time} {zone}");
            text.push_str(&format!("author {who}\ncommitter {who}\n\n{message}"));
            self.put(ObjectType::Commit, text.as_bytes(), None)
        }

        /// The finished pack: object count filled in, SHA-1 trailer added.
        pub fn finish(mut self) -> Vec<u8> {
            self.data[8..12].copy_from_slice(&self.count.to_be_bytes());
            let sum = sha1(&self.data);
            self.data.extend_from_slice(&sum);
            self.data
        }
    }

    /// A tree object's bytes from `(is_folder, name, id)` entries already
    /// in git's order.
    pub fn tree<'a>(entries: impl Iterator<Item = (bool, &'a str, Oid)>) -> Vec<u8> {
        let mut out = Vec::new();
        for (folder, name, id) in entries {
            out.extend_from_slice(if folder { b"40000 " } else { b"100644 " });
            out.extend_from_slice(name.as_bytes());
            out.push(0);
            out.extend_from_slice(id.as_bytes());
        }
        out
    }

    /// Entry header: type and size, 4 bits then 7 bits per byte.
    fn header(out: &mut Vec<u8>, code: u8, size: usize) {
        let mut size = size as u64;
        let mut byte = (code << 4) | (size & 0x0f) as u8;
        size >>= 4;
        while size > 0 {
            out.push(byte | 0x80);
            byte = (size & 0x7f) as u8;
            size >>= 7;
        }
        out.push(byte);
    }

    /// The distance back to an OFS_DELTA base, in git's offset encoding.
    fn ofs(out: &mut Vec<u8>, mut distance: u64) {
        let mut bytes = vec![(distance & 0x7f) as u8];
        distance >>= 7;
        while distance > 0 {
            distance -= 1;
            bytes.push(0x80 | (distance & 0x7f) as u8);
            distance >>= 7;
        }
        bytes.reverse();
        out.extend_from_slice(&bytes);
    }

    /// A size in a delta header: 7 bits per byte, least significant first.
    fn varint(out: &mut Vec<u8>, mut n: usize) {
        while n >= 0x80 {
            out.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }

    /// A git delta turning `base` into `target`: copy the common prefix,
    /// insert the middle, copy the common suffix.
    pub fn delta(base: &[u8], target: &[u8]) -> Vec<u8> {
        let prefix = base.iter().zip(target).take_while(|(a, b)| a == b).count();
        let room = base.len().min(target.len()) - prefix;
        let suffix = base
            .iter()
            .rev()
            .zip(target.iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let mut out = Vec::new();
        varint(&mut out, base.len());
        varint(&mut out, target.len());
        copy(&mut out, 0, prefix);
        for chunk in target[prefix..target.len() - suffix].chunks(0x7f) {
            out.push(chunk.len() as u8);
            out.extend_from_slice(chunk);
        }
        copy(&mut out, base.len() - suffix, suffix);
        out
    }

    /// Copy instructions for `len` bytes of the base from `offset`.
    fn copy(out: &mut Vec<u8>, mut offset: usize, mut len: usize) {
        while len > 0 {
            let n = len.min(0x10000);
            let mut cmd = 0x80u8;
            let mut args = Vec::with_capacity(7);
            for i in 0..4 {
                let b = (offset >> (8 * i)) as u8;
                if b != 0 {
                    cmd |= 1 << i;
                    args.push(b);
                }
            }
            // A size of 0x10000 is written as no size bytes at all.
            if n != 0x10000 {
                for i in 0..3 {
                    let b = (n >> (8 * i)) as u8;
                    if b != 0 {
                        cmd |= 0x10 << i;
                        args.push(b);
                    }
                }
            }
            out.push(cmd);
            out.extend_from_slice(&args);
            offset += n;
            len -= n;
        }
    }

    /// A zlib stream of `data` in stored (uncompressed) deflate blocks.
    fn zlib(out: &mut Vec<u8>, data: &[u8]) {
        out.extend_from_slice(&[0x78, 0x01]);
        let mut chunks = data.chunks(0xffff).peekable();
        if chunks.peek().is_none() {
            out.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
        }
        while let Some(chunk) = chunks.next() {
            out.push(u8::from(chunks.peek().is_none()));
            let len = chunk.len() as u16;
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&(!len).to_le_bytes());
            out.extend_from_slice(chunk);
        }
        let (mut a, mut b) = (1u32, 0u32);
        for chunk in data.chunks(5552) {
            for &x in chunk {
                a += u32::from(x);
                b += a;
            }
            a %= 65_521;
            b %= 65_521;
        }
        out.extend_from_slice(&((b << 16) | a).to_be_bytes());
    }

    /// SHA-1 of `data` (the pack's trailer checksum).
    pub fn sha1(data: &[u8]) -> [u8; 20] {
        let mut h: [u32; 5] = [
            0x6745_2301,
            0xEFCD_AB89,
            0x98BA_DCFE,
            0x1032_5476,
            0xC3D2_E1F0,
        ];
        let bit_len = (data.len() as u64).wrapping_mul(8);
        let mut tail = data[data.len() - data.len() % 64..].to_vec();
        tail.push(0x80);
        while tail.len() % 64 != 56 {
            tail.push(0);
        }
        tail.extend_from_slice(&bit_len.to_be_bytes());
        let whole = &data[..data.len() - data.len() % 64];
        for block in whole.chunks_exact(64).chain(tail.chunks_exact(64)) {
            let mut w = [0u32; 80];
            for (i, word) in block.chunks_exact(4).enumerate() {
                w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
            }
            for i in 16..80 {
                w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
            }
            let [mut a, mut b, mut c, mut d, mut e] = h;
            for (i, &wi) in w.iter().enumerate() {
                let (f, k) = match i {
                    0..=19 => ((b & c) | (!b & d), 0x5A82_7999),
                    20..=39 => (b ^ c ^ d, 0x6ED9_EBA1),
                    40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC),
                    _ => (b ^ c ^ d, 0xCA62_C1D6),
                };
                let t = a
                    .rotate_left(5)
                    .wrapping_add(f)
                    .wrapping_add(e)
                    .wrapping_add(k)
                    .wrapping_add(wi);
                e = d;
                d = c;
                c = b.rotate_left(30);
                b = a;
                a = t;
            }
            for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
                *x = x.wrapping_add(y);
            }
        }
        let mut out = [0u8; 20];
        for (chunk, x) in out.chunks_exact_mut(4).zip(h) {
            chunk.copy_from_slice(&x.to_be_bytes());
        }
        out
    }
}

fn not_empty(dest: &Path) -> GenerateError {
    GenerateError::NotEmpty(dest.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let a = generate(3, 4, 7);
        let b = generate(3, 4, 7);
        assert_eq!(a.organisations.len(), 3);
        for (x, y) in a.organisations.iter().zip(&b.organisations) {
            assert_eq!(x.org, y.org);
            assert_eq!(x.activities.len(), 4);
            for (p, q) in x.activities.iter().zip(&y.activities) {
                assert_eq!(p.activity, q.activity);
            }
        }
        let c = generate(3, 4, 8);
        assert_ne!(
            a.organisations[0].activities[0].activity,
            c.organisations[0].activities[0].activity
        );
    }

    #[test]
    fn recipients_resolve() {
        let reg = generate(20, 10, 1);
        for o in &reg.organisations {
            for a in &o.activities {
                for u in &a.activity.recipients {
                    assert!(o.org.recipients.iter().any(|r| r.id == u.recipient));
                }
            }
        }
    }

    use crate::register::load::{Loaded, load};
    use crate::register::validate::checks::{cvr_valid, orgnr_valid};
    use crate::register::validate::{Options, Report, validate};

    /// Validates an in-memory register as if it had been read from its
    /// canonical files.
    fn validate_register(mut reg: Register) -> Report {
        for o in &mut reg.organisations {
            let text = to_canonical(&o.org).expect("canonical");
            o.file = SourceFile::new(o.file.path.clone(), text);
            for a in &mut o.activities {
                let text = to_canonical(&a.activity).expect("canonical");
                a.file = SourceFile::new(a.file.path.clone(), text);
            }
        }
        let loaded = Loaded {
            register: reg,
            errors: Vec::new(),
            orphans: Vec::new(),
        };
        validate(&loaded, &Options::default())
    }

    fn assert_no_errors(report: &Report) {
        let errors: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.is_active() && f.severity == crate::register::validate::Severity::Error)
            .take(5)
            .map(|f| format!("{} {} {}: {}", f.rule, f.path, f.field, f.message))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }

    #[test]
    fn check_digits_pass_the_modulus_11_checks() {
        let mut rng = Rng::new(3);
        for _ in 0..2_000 {
            let cvr = cvr_number(&mut rng);
            assert!(cvr.len() == 8 && cvr_valid(&cvr), "{cvr}");
            let orgnr = orgnr_number(&mut rng);
            assert!(orgnr.len() == 9 && orgnr_valid(&orgnr), "{orgnr}");
        }
        // Known valid numbers still pass the checks the generator mirrors.
        assert!(cvr_valid("10150817"));
        assert!(orgnr_valid("974760673"));
    }

    #[test]
    fn organisation_numbers_are_valid_and_unique() {
        let reg = generate(300, 0, 9);
        let mut seen = HashSet::new();
        for o in &reg.organisations {
            match &o.org.org_number {
                Some(OrgNumber::Cvr(n)) => assert!(cvr_valid(n), "{n}"),
                Some(OrgNumber::NoOrgnr(n)) => assert!(orgnr_valid(n), "{n}"),
                Some(other) => panic!("unexpected {other:?}"),
                None => assert_eq!(o.org.country, "GB"),
            }
            if let Some(n) = &o.org.org_number {
                assert!(seen.insert(format!("{n:?}")), "duplicate {n:?}");
            }
        }
    }

    #[test]
    fn generated_registers_have_no_validation_errors() {
        for seed in [1, 2, 42, 1234] {
            let report = validate_register(generate(40, 15, seed));
            assert_no_errors(&report);
            // Warnings exist but stay a minority of the activities.
            assert!(
                report.warnings() < 40 * 15,
                "{} warnings",
                report.warnings()
            );
        }
    }

    #[test]
    fn edits_keep_the_register_valid() {
        for seed in [5, 42] {
            let mut reg = generate(10, 8, seed);
            let mut rng = Rng::new(seed);
            let mut made = 0;
            while made < 3_000 {
                let o = rng.below(reg.organisations.len());
                let entry = &mut reg.organisations[o];
                let a = rng.below(entry.activities.len());
                let today = local_date(commit_time(&mut rng, made, 3_000));
                if edit_activity(
                    &mut rng,
                    &entry.org,
                    &mut entry.activities[a].activity,
                    today,
                ) {
                    made += 1;
                }
            }
            assert_no_errors(&validate_register(reg));
        }
    }

    #[test]
    fn pack_checksum_is_sha1() {
        let hex = |b: [u8; 20]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(pack::sha1(b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(pack::sha1(b"")),
            "da39a3ee5e6b4b0d3255bfef95601890afd80709"
        );
        let long = vec![b'a'; 1_000_000];
        assert_eq!(
            hex(pack::sha1(&long)),
            "34aa973cd4c4daa4f61eeb2bdbad27316534016f"
        );
    }

    #[test]
    fn commit_times_increase_on_working_days() {
        let mut rng = Rng::new(1);
        let mut last = i64::MIN;
        for n in 0..=500 {
            let t = commit_time(&mut rng, n, 500);
            assert!(t > last);
            last = t;
            let local = t + i64::from(TZ_MINUTES) * 60;
            // 1970-01-01 was a Thursday: day 0 → weekday 3 (Monday = 0).
            let weekday = (local.div_euclid(86_400) + 3) % 7;
            assert!(weekday < 5, "weekend commit at {t}");
            let hour = local.rem_euclid(86_400) / 3600;
            assert!((8..17).contains(&hour), "commit at {hour} h");
        }
        assert!(local_date(last) <= Date::parse("2026-09-30").expect("date"));
    }

    #[test]
    fn written_repository_is_valid_and_clean() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("reg");
        let spec = RepoSpec {
            orgs: 4,
            activities: 5,
            commits: 200,
            seed: 7,
        };
        let summary = write_repository(&dest, &spec).expect("written");
        assert_eq!(summary.commits, 201);
        assert_eq!(summary.files, 24);
        let loaded = load(&dest).expect("loads");
        assert!(loaded.errors.is_empty());
        assert_no_errors(&validate(&loaded, &Options::default()));
        let repo = Repository::open(&dest).expect("repo");
        let statuses = repo.statuses(None).expect("status");
        assert!(statuses.is_empty(), "{} changed files", statuses.len());
        assert_eq!(
            repo.head().expect("head").target(),
            Some(summary.head),
            "HEAD is the last commit"
        );
        // A non-empty folder is refused.
        assert!(matches!(
            write_repository(&dest, &spec),
            Err(GenerateError::NotEmpty(_))
        ));
    }
}
