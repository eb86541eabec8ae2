//! A synthetic register for benchmarks, load tests and demonstrations:
//! organisations with activities written in varied Danish, Norwegian and
//! English, built from the model types and fully deterministic for a seed.
//!
//! The text is plausible, not legal advice: it reads like a register so that
//! search, validation and rendering meet realistic lengths and characters
//! (æ ø å, §, digits), national identification numbers, special categories
//! and third-country transfers in realistic proportions.

use std::path::PathBuf;

use super::load::{ActivityEntry, OrgEntry, Register, SourceFile};
use super::model::{
    Activity, ActivityRole, Art6, Art9, Bound, Contact, CriminalBasis, DataCategory, DataKind,
    DataSubject, Dpia, DpiaStatus, Dpo, LegalBasis, Mechanism, NationalIdBasis, NationalIdScheme,
    OrgKind, OrgNumber, OrgRole, Organisation, Purpose, Recipient, RecipientKind, RecipientUse,
    Retention, RetentionEvent, RetentionRule, SpecialCondition, SpecialKind, Status, SubProcessors,
    System, Transfer,
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
        1,
    ),
    (
        "Videooptagelser slettes senest 30 dage efter optagelsen.",
        2,
    ),
    ("Kept for 12 months after the last login, then deleted.", 3),
    ("Indtil samtykket trækkes tilbage.", 4),
    (
        "Ansøgninger slettes 6 måneder efter ansættelsesforløbet.",
        2,
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
    let organisations = (0..orgs)
        .map(|i| generate_org(&mut rng, i, activities_per_org))
        .collect();
    Register {
        root: PathBuf::from("generated"),
        organisations,
    }
}

fn generate_org(rng: &mut Rng, index: usize, activities: usize) -> OrgEntry {
    let id = format!("org-{index:04}");
    let stem = rng.pick(ORG_STEMS);
    let (suffix, kind, country) = ORG_SUFFIXES[rng.below(ORG_SUFFIXES.len())];
    let name = format!("{stem} {suffix} {}", index + 1);
    let org_number = match country {
        "DK" => Some(OrgNumber::Cvr(format!(
            "{:08}",
            10_000_000 + rng.below(89_999_999)
        ))),
        "NO" => Some(OrgNumber::NoOrgnr(format!(
            "{:09}",
            900_000_000 + rng.below(99_999_999)
        ))),
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
            dpf_certified: rcountry == "US" && rng.chance(70),
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
        dpo: rng.chance(60).then(|| Dpo {
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
    let legal_bases = (0..1 + rng.below(2))
        .map(|_| {
            let (text, law, art) = LEGAL_TEXTS[rng.below(LEGAL_TEXTS.len())];
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
        let (cname, kind) = CATEGORIES[rng.below(CATEGORIES.len())];
        // Sensitive kinds are rarer than their share of the list.
        if kind != 0 && !rng.chance(45) {
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
    let mut transfers = Vec::new();
    for u in &recipients {
        let Some(r) = org.recipients.iter().find(|r| r.id == u.recipient) else {
            continue;
        };
        let Some((code, text)) = TRANSFER_COUNTRIES
            .iter()
            .find(|(c, _)| r.country.as_deref() == Some(*c))
        else {
            continue;
        };
        transfers.push(Transfer {
            id: format!("t{}", transfers.len()),
            country: Some(code.to_string()),
            international_organisation: None,
            destination_text: Some(format!("{text} ({})", r.name)),
            recipients: vec![r.id.clone()],
            mechanisms: if r.dpf_certified {
                vec![Mechanism::EuUsDpf]
            } else {
                vec![Mechanism::Scc {
                    decision: Some("2021/914".to_string()),
                    module: Some(2),
                }]
            },
            safeguard_text: Some(
                "Standardkontraktbestemmelser (SCC) og supplerende foranstaltninger".to_string(),
            ),
            documentation: None,
            regular: true,
        });
    }
    let retention = (0..1 + rng.below(2))
        .map(|i| {
            let (text, shape) = RETENTION[rng.below(RETENTION.len())];
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
                    event: RetentionEvent::Other("last login".to_string()),
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
        })
        .collect();
    let recipients_none = recipients.is_empty();
    Activity {
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
        last_reviewed: rng.chance(50).then(|| {
            format!(
                "202{}-0{}-1{}",
                rng.below(6),
                1 + rng.below(9),
                rng.below(10)
            )
        }),
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
        automated_decisions: None,
        dpia: rng.chance(30).then(|| Dpia {
            status: DpiaStatus::NotRequired,
            reason: Some(
                "Screening viser ingen høj risiko for de registrerede (WP248).".to_string(),
            ),
            link: None,
        }),
        risk_criteria: Vec::new(),
        consent: None,
        provision_requirement: None,
        data_subject_rights: None,
        acknowledgements: Vec::new(),
        notes: rng.chance(25).then(|| rng.pick(NOTES).to_string()),
    }
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
}
