//! Small pure checks the rules share: identifiers, contact details,
//! durations, countries and word lists.

use crate::register::date::{Date, days_in_month};

/// `[a-z0-9-]+`, not starting or ending with `-`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn digits(s: &str) -> Option<Vec<u32>> {
    s.chars().map(|c| c.to_digit(10)).collect()
}

/// Danish CVR: 8 digits, weights 2,7,6,5,4,3,2,1, sum ≡ 0 (mod 11).
pub fn cvr_valid(s: &str) -> bool {
    match digits(s) {
        Some(d) if d.len() == 8 => {
            let w = [2, 7, 6, 5, 4, 3, 2, 1];
            d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11 == 0
        }
        _ => false,
    }
}

/// Norwegian organisasjonsnummer: 9 digits, weights 3,2,7,6,5,4,3,2 on the
/// first eight; check = 11 − (sum mod 11), 11 → 0, 10 → invalid.
pub fn orgnr_valid(s: &str) -> bool {
    match digits(s) {
        Some(d) if d.len() == 9 => {
            let w = [3, 2, 7, 6, 5, 4, 3, 2];
            let r = d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
            let check = match r {
                0 => 0,
                1 => return false,
                r => 11 - r,
            };
            d[8] == check
        }
        _ => false,
    }
}

/// A plausible addr-spec: local@domain.tld with no spaces or obfuscation.
pub fn email_valid(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok_local = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let ok_domain = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    ok_local && ok_domain
}

/// Normalises a phone number to E.164, assuming `country`'s calling code
/// when none is written. `None` when it cannot be read as a number.
pub fn phone_e164(s: &str, country: &str) -> Option<String> {
    let t = s.trim();
    let (plus, rest) = match t.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix("00").unwrap_or(t)),
    };
    let international = plus || t.starts_with("00");
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
    {
        return None;
    }
    let d: String = rest.chars().filter(char::is_ascii_digit).collect();
    let full = if international {
        d
    } else {
        let (code, len) = match country {
            "DK" => ("45", 8),
            "NO" => ("47", 8),
            "SE" => ("46", 0),
            _ => ("", 0),
        };
        if code.is_empty() || (len > 0 && d.len() != len) {
            return None;
        }
        format!("{code}{d}")
    };
    (8..=15).contains(&full.len()).then(|| format!("+{full}"))
}

/// An ISO 8601 duration of whole years, months, weeks or days
/// (`P30D`, `P5Y`, `P1Y6M`).
pub fn iso_duration_valid(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    let mut num = String::new();
    let mut seen = String::new();
    for c in rest.chars() {
        if c.is_ascii_digit() {
            num.push(c);
        } else if "YMWD".contains(c) && !num.is_empty() && !seen.contains(c) {
            // Units must come in order Y, M, W, D.
            if let Some(last) = seen.chars().last()
                && "YMWD".find(last) > "YMWD".find(c)
            {
                return false;
            }
            seen.push(c);
            num.clear();
        } else {
            return false;
        }
    }
    num.is_empty() && !seen.is_empty()
}

/// The length of a valid ISO 8601 duration in days, counting a year as
/// 365.25 days and a month as 30.44 (close enough to compare periods
/// written in different units: `P24M` and `P2Y`, `P52W` and `P1Y`).
pub fn iso_duration_days(s: &str) -> Option<f64> {
    if !iso_duration_valid(s) {
        return None;
    }
    let mut total = 0.0;
    let mut num = String::new();
    for c in s[1..].chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: f64 = num.parse().ok()?;
        num.clear();
        total += n * unit_days(c);
    }
    Some(total)
}

fn unit_days(unit: char) -> f64 {
    match unit {
        'Y' => 365.25,
        'M' => 30.44,
        'W' => 7.0,
        _ => 1.0,
    }
}

/// True when two lengths in days are the same period written in
/// different units (within 2 %).
pub fn same_period(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.02 * a.max(b)
}

/// Number words in Danish, Norwegian and English, folded with [`fold`].
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("en", 1),
    ("et", 1),
    ("ett", 1),
    ("one", 1),
    ("to", 2),
    ("two", 2),
    ("tre", 3),
    ("three", 3),
    ("fire", 4),
    ("four", 4),
    ("fem", 5),
    ("five", 5),
    ("seks", 6),
    ("six", 6),
    ("syv", 7),
    ("sju", 7),
    ("seven", 7),
    ("otte", 8),
    ("aatte", 8),
    ("eight", 8),
    ("ni", 9),
    ("nine", 9),
    ("ti", 10),
    ("ten", 10),
    ("elleve", 11),
    ("eleven", 11),
    ("tolv", 12),
    ("twelve", 12),
    ("femten", 15),
    ("fifteen", 15),
    ("tyve", 20),
    ("tjue", 20),
    ("twenty", 20),
    ("tredive", 30),
    ("tretti", 30),
    ("thirty", 30),
];

/// Unit words (folded) and the ISO 8601 unit they stand for.
const UNIT_WORDS: &[(&str, char)] = &[
    ("aar", 'Y'),
    ("aaret", 'Y'),
    ("year", 'Y'),
    ("years", 'Y'),
    ("maaned", 'M'),
    ("maaneder", 'M'),
    ("maaneds", 'M'),
    ("mdr", 'M'),
    ("mnd", 'M'),
    ("month", 'M'),
    ("months", 'M'),
    ("uge", 'W'),
    ("uger", 'W'),
    ("uke", 'W'),
    ("uker", 'W'),
    ("week", 'W'),
    ("weeks", 'W'),
    ("dag", 'D'),
    ("dage", 'D'),
    ("dager", 'D'),
    ("doegn", 'D'),
    ("day", 'D'),
    ("days", 'D'),
];

/// Words that join two numbers of one range ("3 til 5 år", "3-5 years").
const RANGE_WORDS: &[&str] = &["til", "to", "eller", "or", "og", "and"];

/// The periods a retention text, [`fold`]ed, states, in days: "5 år",
/// "fem år", "30 dage", "6 måneder", "3 til 5 år" (both ends), "24
/// months".
pub fn periods_in_folded(f: &str) -> Vec<f64> {
    let words: Vec<&str> = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| -> Option<u32> {
        if w.bytes().all(|b| b.is_ascii_digit()) && w.len() <= 4 {
            return w.parse().ok();
        }
        NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
    };
    let unit = |w: &str| UNIT_WORDS.iter().find(|(u, _)| *u == w).map(|(_, c)| *c);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let Some(n) = number(w) else { continue };
        // "5 år", or "3 til 5 år" / "3-5 år" (the first number of a range).
        let u = words.get(i + 1).and_then(|x| unit(x)).or_else(|| {
            let joined = words.get(i + 1).is_some_and(|x| RANGE_WORDS.contains(x));
            let next = if joined { i + 2 } else { i + 1 };
            words
                .get(next)
                .and_then(|x| number(x))
                .and(words.get(next + 1).and_then(|x| unit(x)))
        });
        if let Some(u) = u {
            out.push(f64::from(n) * unit_days(u));
        }
    }
    out
}

/// Word stems, folded, that name employees or job applicants as data
/// subjects (CNS-002).
pub const EMPLOYEE_WORDS: &[&str] = &[
    "medarbejder",
    "medarbeider",
    "ansat",
    "arbejdstager",
    "arbeidstaker",
    "loenmodtager",
    "tjenestem",
    "personale",
    "jobansoeger",
    "stillingsansoeger",
    "jobsoeker",
    "employee",
    "staff",
];

/// Words, folded, that make an employee group someone else's staff
/// ("medarbejdere hos medlemmer", "kunders ansatte", "employees of
/// customers"): the controller is not their employer.
const OTHER_EMPLOYER_WORDS: &[&str] = &["hos", "of"];
const OTHER_EMPLOYER_STEMS: &[&str] = &[
    "medlem",
    "kunde",
    "kunder",
    "klient",
    "leverandoer",
    "partner",
    "samarbejdspartner",
    "samarbeidspartner",
    "member",
    "customer",
    "client",
    "supplier",
];

/// True when a data subject group's name speaks of the controller's
/// own employees or job applicants (not those of members or customers).
pub fn names_own_employees(text: &str) -> bool {
    has_stem(text, EMPLOYEE_WORDS)
        && !has_word(text, OTHER_EMPLOYER_WORDS)
        && !has_stem(text, OTHER_EMPLOYER_STEMS)
}

/// Word stems, folded, that name children as data subjects (CNS-003).
pub const CHILD_STEMS: &[&str] = &[
    "boern",
    "mindreaarig",
    "umyndig",
    "elev",
    "skoleelev",
    "child",
    "teenager",
];

/// Whole words, folded, that name children (stems would catch
/// `barnevogn` or `minority`).
pub const CHILD_WORDS: &[&str] = &[
    "barn", "barnet", "barna", "barns", "barnets", "minor", "minors", "kids",
];

/// True when a data subject group's name speaks of children.
pub fn names_children(text: &str) -> bool {
    has_stem(text, CHILD_STEMS) || has_word(text, CHILD_WORDS)
}

/// Words, folded, that show an information society service (Art. 4(25)):
/// a service at a distance, by electronic means, at the user's request.
pub const ISS_WORDS: &[&str] = &[
    "app",
    "apps",
    "appen",
    "online",
    "hjemmeside",
    "hjemmesiden",
    "website",
    "nettside",
    "nettsiden",
    "nettsted",
    "nettstedet",
    "nettjeneste",
    "webshop",
    "nettbutik",
    "nettbutikk",
    "platform",
    "platformen",
    "plattform",
    "plattformen",
    "portal",
    "portalen",
    "spil",
    "spill",
    "game",
    "games",
    "streaming",
    "chat",
    "sociale",
    "sosiale",
    "social",
    "internet",
    "internettet",
];

/// True when a word of `text` starts with one of `stems` (word
/// boundaries: `ansatte` matches `ansat`, `participant` does not match
/// `parti`).
pub fn has_stem(text: &str, stems: &[&str]) -> bool {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| !w.is_empty() && stems.iter().any(|s| w.starts_with(s)))
}

/// True when a word of `text` is one of `words`.
pub fn has_word(text: &str, words: &[&str]) -> bool {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.contains(&w))
}

/// True when a word of `text` is one of `words` or a compound ending in
/// one (Danish and Norwegian write `læringsapp`, `borgerportal`).
pub fn has_word_or_compound(text: &str, words: &[&str]) -> bool {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|x| w.ends_with(x)))
}

/// EU and EEA member states (ISO 3166-1 alpha-2; Greece as `GR`).
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// Parts of EU member states that ISO 3166-1 gives codes of their own and
/// where the GDPR applies as in the rest of the state (Art. 52 TEU, 355(1)
/// TFEU): Åland (FI) and France's outermost regions. Not here, as they
/// are outside the EU and the EEA Agreement: the Faroe Islands (FO) and
/// Greenland (GL) of Denmark, Svalbard and Jan Mayen (SJ) and Bouvet
/// Island (BV) of Norway, and the overseas countries and territories.
pub const EU_TERRITORIES: &[&str] = &["AX", "GF", "GP", "MQ", "RE", "YT", "MF"];

/// True for EU/EEA countries, and the parts of member states with codes of
/// their own ([`EU_TERRITORIES`]).
pub fn in_eea(country: &str) -> bool {
    let code = country.to_ascii_uppercase();
    EEA.contains(&code.as_str()) || EU_TERRITORIES.contains(&code.as_str())
}

/// An Art. 45 adequacy decision.
#[derive(Debug, Clone, Copy)]
pub struct Adequacy {
    /// Country code, or an organisation's name.
    pub destination: &'static str,
    /// The decision.
    pub decision: &'static str,
    /// The day the Commission adopted it (YYYY-MM-DD).
    pub adopted: &'static str,
    /// Last day it holds, where it has an end.
    pub valid_until: Option<&'static str>,
    /// Limited scope that needs a per-recipient check.
    pub scope: Option<&'static str>,
    /// The decision is being litigated and needs periodic re-review.
    pub under_litigation: bool,
    /// Incorporated in the EEA Agreement (relied on from NO/IS/LI).
    pub in_eea_agreement: bool,
}

const fn adequacy(
    destination: &'static str,
    decision: &'static str,
    adopted: &'static str,
) -> Adequacy {
    Adequacy {
        destination,
        decision,
        adopted,
        valid_until: None,
        scope: None,
        under_litigation: false,
        in_eea_agreement: true,
    }
}

/// The adequacy decisions in force (legal-requirements.md § 5, June 2026).
pub const ADEQUACY: &[Adequacy] = &[
    adequacy("AD", "2010/625/EU", "2010-10-19"),
    adequacy("AR", "2003/490/EC", "2003-06-30"),
    adequacy("FO", "2010/146/EU", "2010-03-05"),
    adequacy("GG", "2003/821/EC", "2003-11-21"),
    adequacy("IM", "2004/411/EC", "2004-04-28"),
    adequacy("IL", "2011/61/EU", "2011-01-31"),
    adequacy("JE", "2008/393/EC", "2008-05-08"),
    adequacy("NZ", "2013/65/EU", "2012-12-19"),
    adequacy("CH", "2000/518/EC", "2000-07-26"),
    adequacy("UY", "2012/484/EU", "2012-08-21"),
    Adequacy {
        scope: Some("commercial organisations under PIPEDA"),
        ..adequacy("CA", "2002/2/EC", "2001-12-20")
    },
    adequacy("JP", "(EU) 2019/419", "2019-01-23"),
    adequacy("KR", "(EU) 2022/254", "2021-12-17"),
    Adequacy {
        valid_until: Some("2031-12-27"),
        ..adequacy(
            "GB",
            "(EU) 2021/1772, renewed 19 December 2025",
            "2021-06-28",
        )
    },
    Adequacy {
        scope: Some("organisations certified under the EU-US Data Privacy Framework"),
        under_litigation: true,
        ..adequacy("US", "(EU) 2023/1795", "2023-07-10")
    },
    Adequacy {
        in_eea_agreement: false,
        ..adequacy("BR", "(EU) 2026/179", "2026-01-26")
    },
];

/// Adequacy decisions for international organisations (Art. 45(1)), by
/// the organisation's name in English (matched with [`adequacy_for_organisation`]).
pub const ADEQUACY_ORGANISATIONS: &[Adequacy] = &[
    // The first decision for an international organisation; the EEA
    // incorporation has not been confirmed, so NO/IS/LI are warned.
    Adequacy {
        in_eea_agreement: false,
        ..adequacy(
            "European Patent Organisation",
            "Commission adequacy decision for the European Patent Organisation",
            "2025-07-15",
        )
    },
];

/// Names an international organisation is written under, folded with
/// [`fold`], and the entry of [`ADEQUACY_ORGANISATIONS`] they mean.
const ORGANISATION_NAMES: &[(&str, &str)] = &[
    (
        "european patent organisation",
        "European Patent Organisation",
    ),
    (
        "european patent organization",
        "European Patent Organisation",
    ),
    ("european patent office", "European Patent Organisation"),
    ("epo", "European Patent Organisation"),
    (
        "den europaeiske patentorganisation",
        "European Patent Organisation",
    ),
    (
        "det europaeiske patentkontor",
        "European Patent Organisation",
    ),
    (
        "den europeiske patentorganisasjonen",
        "European Patent Organisation",
    ),
    (
        "den europeiske patentorganisasjon",
        "European Patent Organisation",
    ),
    (
        "det europeiske patentkontoret",
        "European Patent Organisation",
    ),
];

/// The adequacy decision for an international organisation named `name`.
pub fn adequacy_for_organisation(name: &str) -> Option<&'static Adequacy> {
    let f = fold(name.trim());
    let f = f.trim_start_matches("the ");
    let entry = ORGANISATION_NAMES
        .iter()
        .find(|(n, _)| f == *n || f.starts_with(&format!("{n} (")))?
        .1;
    ADEQUACY_ORGANISATIONS
        .iter()
        .find(|a| a.destination == entry)
}

/// The adequacy decision for a destination, if any.
pub fn adequacy_for(country: &str) -> Option<&'static Adequacy> {
    let c = country.to_ascii_uppercase();
    ADEQUACY.iter().find(|a| a.destination == c)
}

/// True when an optional text is written and says something: `Some("")`
/// and `Some("  ")` state nothing, so they cannot satisfy a rule that asks
/// for the text (a legitimate interest, an Art. 9 provision, a DPA).
pub fn given(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|s| !s.trim().is_empty())
}

/// Lower-cases and folds Danish/Norwegian letters so that word lists match
/// regardless of spelling variants.
pub fn fold(s: &str) -> String {
    // One pass, lowering and spelling out at once. `str::to_lowercase`
    // lowers a capital sigma by its place in the word, which a char alone
    // cannot tell: such text takes the two passes.
    if s.contains('Σ') {
        return spell_out(&s.to_lowercase());
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|l| push_spelled(&mut out, l));
        }
    }
    out
}

/// `lower` with æ, ø, å, ä and ö spelled out.
fn spell_out(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len() + 8);
    lower.chars().for_each(|c| push_spelled(&mut out, c));
    out
}

/// Pushes the lowercase letter `c`, æ, ø, å, ä and ö spelled out.
fn push_spelled(out: &mut String, c: char) {
    match c {
        'æ' | 'ä' => out.push_str("ae"),
        'ø' | 'ö' => out.push_str("oe"),
        'å' => out.push_str("aa"),
        c => out.push(c),
    }
}

/// Phrases that state no real retention period (RET-002).
pub const VAGUE_RETENTION: &[&str] = &[
    "saa laenge det er noedvendigt",
    "saa laenge det ud fra en konkret vurdering",
    "konkret vurdering",
    "saa laenge det er relevant",
    "saa laenge de er noedvendige",
    "naar de ikke laengere er noedvendige",
    "ikke laengere er noedvendige",
    "ikke laengere har behov",
    "ikke laengere har et formaal",
    "naar alle formaalene",
    "vurdert i lys av",
    "as long as necessary",
    "no longer necessary",
];

/// True when a text, [`fold`]ed, contains a vague retention phrase.
pub fn is_vague_folded(folded: &str) -> bool {
    VAGUE_RETENTION.iter().any(|p| folded.contains(p))
}

/// How a stem of [`SENSITIVE_WORDS`] matches a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// The word (or a part of a hyphenated word) starts with the stem:
    /// `syg` → `sygemelding`, `sygedagpenge`.
    Prefix,
    /// The stem occurs anywhere in the word, for stems long enough not to
    /// occur by chance: `langtidssygemeldt`, `medlemsfagforening`.
    Within,
    /// The stem is a phrase of several words, matched in the folded text.
    Phrase,
}

/// Word stems that suggest data of a special kind (SPC-005), with what
/// they suggest and how they match. Stems are folded (see [`fold`]).
pub const SENSITIVE_WORDS: &[(&str, Sensitive, Match)] = &[
    // Health (Art. 9(1)).
    ("helbred", Sensitive::Special, Match::Within),
    ("sygdom", Sensitive::Special, Match::Within),
    ("sygemeld", Sensitive::Special, Match::Within),
    ("sygedagpeng", Sensitive::Special, Match::Within),
    ("sygefravaer", Sensitive::Special, Match::Within),
    ("syg", Sensitive::Special, Match::Prefix),
    ("sykdom", Sensitive::Special, Match::Within),
    ("sykmeld", Sensitive::Special, Match::Within),
    ("sykemeld", Sensitive::Special, Match::Within),
    ("sykefravaer", Sensitive::Special, Match::Within),
    ("syk", Sensitive::Special, Match::Prefix),
    ("laege", Sensitive::Special, Match::Prefix),
    ("sundhed", Sensitive::Special, Match::Within),
    ("diagnos", Sensitive::Special, Match::Prefix),
    ("arbejdsulykke", Sensitive::Special, Match::Within),
    ("arbejdsskade", Sensitive::Special, Match::Within),
    ("helse", Sensitive::Special, Match::Prefix),
    ("health", Sensitive::Special, Match::Prefix),
    ("medical", Sensitive::Special, Match::Prefix),
    // Trade union membership.
    ("fagforening", Sensitive::Special, Match::Within),
    ("fagforbund", Sensitive::Special, Match::Within),
    ("trade union", Sensitive::Special, Match::Phrase),
    // Political opinions.
    ("politisk", Sensitive::Special, Match::Prefix),
    ("political", Sensitive::Special, Match::Prefix),
    ("parti", Sensitive::Special, Match::Prefix),
    // Religion, ethnicity, sex life, biometrics, genetics.
    ("religi", Sensitive::Special, Match::Prefix),
    ("etni", Sensitive::Special, Match::Prefix),
    ("ethnic", Sensitive::Special, Match::Prefix),
    ("race", Sensitive::Special, Match::Prefix),
    ("racial", Sensitive::Special, Match::Prefix),
    ("seksuel", Sensitive::Special, Match::Prefix),
    ("sexual", Sensitive::Special, Match::Prefix),
    ("biometri", Sensitive::Special, Match::Prefix),
    ("genetisk", Sensitive::Special, Match::Prefix),
    ("genetik", Sensitive::Special, Match::Prefix),
    ("genetic", Sensitive::Special, Match::Prefix),
    // Criminal offences (Art. 10).
    ("straffeattest", Sensitive::Criminal, Match::Within),
    ("boerneattest", Sensitive::Criminal, Match::Within),
    ("politiattest", Sensitive::Criminal, Match::Within),
    ("straf", Sensitive::Criminal, Match::Prefix),
    ("domfael", Sensitive::Criminal, Match::Prefix),
    ("kriminal", Sensitive::Criminal, Match::Prefix),
    ("criminal", Sensitive::Criminal, Match::Prefix),
    // National identification numbers.
    ("cpr", Sensitive::NationalId, Match::Prefix),
    ("personnummer", Sensitive::NationalId, Match::Within),
    ("personnr", Sensitive::NationalId, Match::Prefix),
    ("person- og", Sensitive::NationalId, Match::Phrase),
    ("foedselsnummer", Sensitive::NationalId, Match::Within),
    ("foedselsnr", Sensitive::NationalId, Match::Within),
    ("d-nummer", Sensitive::NationalId, Match::Prefix),
];

/// Words that start like a stem of [`SENSITIVE_WORDS`] but mean something
/// else: `participant` is not `parti`, `sykkel` is not `syk`. An entry
/// ending in `*` excludes every word it starts; otherwise the word itself.
pub const FALSE_FRIENDS: &[(&str, &[&str])] = &[
    (
        "parti",
        &[
            "particip*",
            "particul*",
            "partiel*",
            "partial*",
            "partikel*",
            "partikl*",
            "partitur*",
            "partition*",
            "parties",
            "partial",
        ],
    ),
    ("syk", &["sykkel*", "sykl*"]),
    ("race", &["racer*", "racing*"]),
    ("straf", &[]),
];

fn false_friend(stem: &str, word: &str) -> bool {
    FALSE_FRIENDS
        .iter()
        .filter(|(s, _)| *s == stem)
        .flat_map(|(_, words)| words.iter())
        .any(|f| match f.strip_suffix('*') {
            Some(prefix) => word.starts_with(prefix),
            None => word == *f,
        })
}

/// What a sensitive word suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sensitive {
    /// Art. 9(1) special category.
    Special,
    /// Art. 10 criminal offences.
    Criminal,
    /// A national identification number.
    NationalId,
}

/// The sensitive words found in `text`, matched on word boundaries: each
/// stem that matches, with the word of `text` it matched (as written) and
/// what it suggests.
pub fn sensitive_words(text: &str) -> Vec<(&'static str, String, Sensitive)> {
    type Found = Vec<(&'static str, String, Sensitive)>;
    thread_local! {
        static SEEN: Remembered<Found> = Remembered::default();
    }
    remembered(&SEEN, text, sensitive_words_in)
}

/// Answers a check already worked out, by the text checked: one thread's
/// memory of them (see [`remembered`]).
pub(crate) type Remembered<T> = std::cell::RefCell<std::collections::HashMap<String, T>>;

/// `work(text)`, or its answer remembered in `memo`. A register says the
/// same things in record after record (its categories of data, the laws
/// it cites), so each thread keeps the answers for the texts it has seen:
/// at most 4,096 of them, forgotten all at once when full.
pub(crate) fn remembered<T: Clone + 'static>(
    memo: &'static std::thread::LocalKey<Remembered<T>>,
    text: &str,
    work: impl FnOnce(&str) -> T,
) -> T {
    const KEPT: usize = 4096;
    memo.with(|seen| {
        if let Some(found) = seen.borrow().get(text) {
            return found.clone();
        }
        let found = work(text);
        let mut seen = seen.borrow_mut();
        if seen.len() >= KEPT {
            seen.clear();
        }
        seen.insert(text.to_string(), found.clone());
        found
    })
}

/// [`sensitive_words`], worked out.
fn sensitive_words_in(text: &str) -> Vec<(&'static str, String, Sensitive)> {
    let f = fold(text);
    // Words as written with their folded form; a hyphenated word also
    // counts by its parts (`ikke-politisk`).
    let words: Vec<(&str, String)> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .flat_map(|w| {
            std::iter::once(w).chain(w.split('-').filter(move |p| !p.is_empty() && *p != w))
        })
        .map(|w| (w, fold(w)))
        .collect();
    SENSITIVE_WORDS
        .iter()
        .filter_map(|(stem, kind, how)| {
            let hit = match how {
                Match::Phrase => f.contains(stem).then(|| stem.to_string()),
                Match::Within => words
                    .iter()
                    .find(|(_, w)| w.contains(stem))
                    .map(|(o, _)| o.to_string()),
                Match::Prefix => words
                    .iter()
                    .find(|(_, w)| w.starts_with(stem) && !false_friend(stem, w))
                    .map(|(o, _)| o.to_string()),
            };
            hit.map(|word| (*stem, word, *kind))
        })
        .collect()
}

/// Labels that mark a 10-digit number as a Danish P-nummer (production
/// unit), which is not a CPR number. Folded, without trailing punctuation.
const P_NUMBER_LABELS: &[&str] = &[
    "p-nr",
    "p nr",
    "p.nr",
    "pnr",
    "p-nummer",
    "p-nummeret",
    "p-no",
    "p-enhed",
    "p-enhed nr",
    "p-enhedens nr",
    "p-enhedsnummer",
    "produktionsenhed",
    "produktionsenhedsnummer",
    "produktionsenhedsnr",
    "produktionsenhed nr",
    "produktionsenhedens nr",
    "produktionsenhedens nummer",
];

/// True when the text before a number labels it a P-nummer.
fn labelled_p_number(before: &str) -> bool {
    let tail: String = {
        let chars: Vec<char> = before.chars().collect();
        chars[chars.len().saturating_sub(40)..].iter().collect()
    };
    let f = fold(&tail);
    let f =
        f.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '.' | '#' | '=' | '('));
    P_NUMBER_LABELS.iter().any(|l| {
        f.ends_with(l)
            && f[..f.len() - l.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The first value in `text` shaped like a Danish CPR number (DDMMYYSSSS,
/// DDMMYY-SSSS or DDMMYY SSSS, with a real date; modulus 11 is not
/// required, numbers without it have been issued since 2007). A number
/// labelled as a P-nummer (`P-nr. 1234567890`) is not a CPR number.
pub fn find_cpr(text: &str) -> Option<String> {
    if !has_date_digits(text) {
        return None;
    }
    digit_runs(text).into_iter().find_map(|(start, run)| {
        let d: String = run.chars().filter(char::is_ascii_digit).collect();
        if d.len() != 10 {
            return None;
        }
        let before: String = text.chars().take(start).collect();
        if labelled_p_number(&before) {
            return None;
        }
        let day: u32 = d[0..2].parse().ok()?;
        let month: u32 = d[2..4].parse().ok()?;
        let yy: i32 = d[4..6].parse().ok()?;
        // Any century: the date only has to exist.
        let real = [1900 + yy, 2000 + yy]
            .iter()
            .any(|y| (1..=12).contains(&month) && day >= 1 && day <= days_in_month(*y, month));
        real.then_some(run)
    })
}

/// The first 11-digit value in `text` (DDMMYYIIIKK, also written with a
/// space or dash after the date) that passes the Norwegian fødselsnummer /
/// D-nummer control digits.
pub fn find_fnr(text: &str) -> Option<String> {
    if !has_date_digits(text) {
        return None;
    }
    digit_runs(text)
        .into_iter()
        .map(|(_, run)| run)
        .find(|run| {
            let d: Vec<u32> = run.chars().filter_map(|c| c.to_digit(10)).collect();
            if d.len() != 11 {
                return false;
            }
            let k = |w: &[u32], n: usize| {
                let r = d[..n].iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
                match r {
                    0 => Some(0),
                    1 => None,
                    r => Some(11 - r),
                }
            };
            let k1 = k(&[3, 7, 6, 1, 8, 9, 4, 5, 2], 9);
            let k2 = k(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10);
            let day = d[0] * 10 + d[1];
            let day = if day > 40 { day - 40 } else { day }; // D-nummer
            let month = d[2] * 10 + d[3];
            k1 == Some(d[9])
                && k2 == Some(d[10])
                && (1..=31).contains(&day)
                && (1..=12).contains(&month)
        })
}

/// Whether `text` holds six ASCII digits in a row: the date a CPR number
/// or a fødselsnummer starts with (the run of [`digit_runs`] that makes
/// one has them). Most texts do not, and are told in one pass.
pub(crate) fn has_date_digits(text: &str) -> bool {
    const RUN: usize = 6;
    let b = text.as_bytes();
    let digit = |c: &&u8| c.is_ascii_digit();
    // Six digits in a row cover a byte of every sixth place: only those
    // are looked at, and the run around a digit found there measured.
    let mut k = RUN - 1;
    while let Some(c) = b.get(k) {
        if !c.is_ascii_digit() {
            k += RUN;
            continue;
        }
        let left = b
            .get(..k)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(digit)
            .count();
        let right = b
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(digit)
            .count();
        if left + 1 + right >= RUN {
            return true;
        }
        // The next run starts past the byte ending this one.
        k += right + 1 + RUN;
    }
    false
}

/// Maximal runs of digits with their start (in chars), keeping one
/// separator after the six date digits (`010203-1234`, `010203 1234`,
/// `010203–1234`) when more digits follow.
fn digit_runs(text: &str) -> Vec<(usize, String)> {
    // Every text of every record is scanned; most have no digit at all.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let sep = |c: char| matches!(c, '-' | ' ' | '\u{a0}' | '\u{2011}' | '–');
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let start = i;
            let mut seps = 0;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || (sep(chars[i])
                        && seps == 0
                        && i - start == 6
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            {
                if !chars[i].is_ascii_digit() {
                    seps += 1;
                }
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            if !chars.get(i).is_some_and(|c| c.is_alphanumeric()) {
                runs.push((start, run));
            }
        } else {
            i += 1;
        }
    }
    runs
}

/// An organisation number as typed, reduced to its digits: spaces, dots
/// and dashes removed (`3948 8914`, `964 950 113`, `39.48.89.14`), a
/// country prefix (`DK`, `NO`) and the Norwegian VAT suffix (`MVA`) dropped.
pub fn normalise_org_number(s: &str) -> String {
    let mut t: String = s
        .chars()
        .filter(|c| !(c.is_whitespace() || matches!(c, '.' | '-' | '–' | '\u{2011}')))
        .collect::<String>()
        .to_uppercase();
    for prefix in ["DK", "NO"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.to_string();
        }
    }
    if let Some(rest) = t.strip_suffix("MVA") {
        t = rest.to_string();
    }
    t
}

/// The class of placeholder an organisation number of digits belongs to,
/// if it is one: all one digit repeated (`00000000`), all but one digit the
/// same (`10000000`), an ascending or descending run (`12345678`,
/// `87654321`, also wrapping past 9 or 0), such a run followed by its check
/// digit (`123456785`), or a block of one to three digits repeated at
/// least three times (`12121212`, `123123123`).
pub fn placeholder_class(digits: &str) -> Option<&'static str> {
    let d: Vec<u32> = digits
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()?;
    if d.len() < 4 {
        return None;
    }
    let run = |d: &[u32], step: u32| d.windows(2).all(|w| w[1] == (w[0] + step) % 10);
    if d.iter().all(|x| *x == d[0]) {
        return Some("all one digit repeated");
    }
    let most = (0..10)
        .map(|x| d.iter().filter(|y| **y == x).count())
        .max()
        .unwrap_or(0);
    if most == d.len() - 1 {
        return Some("all but one digit the same");
    }
    if run(&d, 1) {
        return Some("an ascending run of digits");
    }
    if run(&d, 9) {
        return Some("a descending run of digits");
    }
    let head = &d[..d.len() - 1];
    if run(head, 1) || run(head, 9) {
        return Some("a run of digits followed by its check digit");
    }
    for period in 1..=3 {
        if d.len() >= period * 3 && (period..d.len()).all(|i| d[i] == d[i - period]) {
            return Some("a short block of digits repeated");
        }
    }
    None
}

/// Parses a date field, or `None` when it is not a real date.
pub fn date(s: &str) -> Option<Date> {
    Date::parse(s)
}

#[cfg(test)]
mod tests {

    #[test]
    fn eu_territories_with_codes_of_their_own_are_in_the_eea_and_danish_dependencies_are_not() {
        for code in [
            "DK", "FI", "AX", "ax", "RE", "GF", "GP", "MQ", "YT", "MF", "NO", "IS", "LI",
        ] {
            assert!(in_eea(code), "{code}");
        }
        for code in ["FO", "GL", "SJ", "BV", "US", "GB", "CH", "EL", "PM", "NC"] {
            assert!(!in_eea(code), "{code}");
        }
    }

    use super::*;

    #[test]
    fn seed_cvrs_pass_and_a_changed_digit_fails() {
        for cvr in [
            "41849983", "34051178", "39488914", "10150817", "17150413", "31786401", "33052901",
            "26911745", "17517112", "13748136",
        ] {
            assert!(cvr_valid(cvr), "{cvr}");
        }
        assert!(!cvr_valid("34051179"));
        assert!(!cvr_valid("3405117"));
        assert!(!cvr_valid("3405117a"));
    }

    #[test]
    fn norwegian_orgnr() {
        assert!(orgnr_valid("123456785"));
        assert!(!orgnr_valid("123456786"));
        assert!(!orgnr_valid("12345678"));
    }

    #[test]
    fn emails() {
        assert!(email_valid("dpo@digst.dk"));
        assert!(email_valid("info@digdem.no"));
        assert!(!email_valid("dk¤djoef¤djoef"));
        assert!(!email_valid("a@b"));
        assert!(!email_valid("a b@c.dk"));
    }

    #[test]
    fn phones() {
        assert_eq!(phone_e164("33925200", "DK").as_deref(), Some("+4533925200"));
        assert_eq!(
            phone_e164("33 95 97 00", "DK").as_deref(),
            Some("+4533959700")
        );
        assert_eq!(
            phone_e164("916 49 618", "NO").as_deref(),
            Some("+4791649618")
        );
        assert_eq!(
            phone_e164("+1 650 555 0100", "US").as_deref(),
            Some("+16505550100")
        );
        assert_eq!(phone_e164("ring os", "DK"), None);
        assert_eq!(phone_e164("1234", "DK"), None);
    }

    #[test]
    fn durations() {
        for ok in ["P30D", "P5Y", "P6Y", "P1Y6M", "P2W"] {
            assert!(iso_duration_valid(ok), "{ok}");
        }
        for bad in ["5Y", "P", "P5", "PY", "P5D5Y", "5 år", "P5Y5Y"] {
            assert!(!iso_duration_valid(bad), "{bad}");
        }
    }

    #[test]
    fn duration_lengths() {
        let d = |s| iso_duration_days(s).expect(s);
        assert!(same_period(d("P2Y"), d("P24M")));
        assert!(same_period(d("P1Y"), d("P52W")));
        assert!(same_period(d("P30D"), 30.0));
        assert!(!same_period(d("P3Y"), d("P5Y")));
        assert!(iso_duration_days("5 år").is_none());
    }

    #[test]
    fn periods_written_in_words() {
        let y = |n: f64| n * 365.25;
        for (text, want) in [
            ("5 år", vec![y(5.0)]),
            ("Gemmes i fem år efter ansættelsens ophør", vec![y(5.0)]),
            ("oppbevares i 3 år", vec![y(3.0)]),
            ("slettes efter 30 dage", vec![30.0]),
            ("6 måneder", vec![6.0 * 30.44]),
            ("24 months", vec![24.0 * 30.44]),
            ("3 til 5 år", vec![y(3.0), y(5.0)]),
            ("3-5 år", vec![y(3.0), y(5.0)]),
            ("to uger", vec![14.0]),
            ("ti år", vec![y(10.0)]),
            ("indtil regnskabsåret er afsluttet", vec![]),
            ("så længe det er nødvendigt", vec![]),
            ("lov nr. 417 af 2006", vec![]),
        ] {
            let got = periods_in_folded(&fold(text));
            assert_eq!(got.len(), want.len(), "{text}: {got:?}");
            for (g, w) in got.iter().zip(&want) {
                assert!(same_period(*g, *w), "{text}: {got:?}");
            }
        }
    }

    #[test]
    fn stems_match_on_word_boundaries() {
        for t in [
            "Ansatte",
            "tidligere medarbejdere",
            "Medarbeidere",
            "Jobansøgere",
            "employees",
        ] {
            assert!(has_stem(t, EMPLOYEE_WORDS), "{t}");
        }
        for t in ["Kunder", "Ansættelsesudvalg", "Deltagere", "Medlemmer"] {
            assert!(!has_stem(t, EMPLOYEE_WORDS), "{t}");
        }
        for t in [
            "Ansatte",
            "Tidligere medarbejdere",
            "Arbeidstakere",
            "Jobansøgere",
            "Staff",
            "Virksomhedens medarbejdere",
            "Ansatte ved Aarhus Kommune",
        ] {
            assert!(names_own_employees(t), "{t}");
        }
        for t in [
            "medarbejdere hos medlemmer",
            "Kunders ansatte",
            "Medlemsvirksomheders medarbejdere",
            "employees of customers",
            "Ansatte i kundens virksomhed",
            "Kunder",
        ] {
            assert!(!names_own_employees(t), "{t}");
        }
        for t in [
            "Børn under 13 år",
            "barn",
            "Barna",
            "Elever",
            "children",
            "Mindreårige",
            "minors",
        ] {
            assert!(names_children(t), "{t}");
        }
        for t in [
            "Forældre",
            "Voksne brugere",
            "Barnevognsforhandlere",
            "Etniske minoriteter",
        ] {
            assert!(!names_children(t), "{t}");
        }
        for t in [
            "Læringsapp",
            "app til skolen",
            "Online kurser",
            "Borgerportal",
            "Spill på nettsiden",
        ] {
            assert!(has_word_or_compound(t, ISS_WORDS), "{t}");
        }
        for t in ["Lønadministration", "Appelsager", "Holdlister"] {
            assert!(!has_word_or_compound(t, ISS_WORDS), "{t}");
        }
    }

    #[test]
    fn slugs() {
        assert!(is_slug("da-barsel"));
        assert!(!is_slug("DA"));
        assert!(!is_slug("../etc"));
        assert!(!is_slug("-x"));
        assert!(!is_slug(""));
    }

    #[test]
    fn cpr_shapes() {
        assert_eq!(
            find_cpr("CPR 010203-1234 her").as_deref(),
            Some("010203-1234")
        );
        assert_eq!(find_cpr("3102031234").as_deref(), None);
        assert!(find_cpr("Lov nr. 417 af 08/05/2006").is_none());
        assert_eq!(find_cpr("CPR 010203 1234").as_deref(), Some("010203 1234"));
        assert!(find_cpr("CVR 34051178, tlf. 33925200").is_none());
    }

    /// Six digits in a row anywhere, at any offset, and nothing else.
    #[test]
    fn date_digits_are_found_at_every_offset() {
        let slow = |t: &str| {
            t.as_bytes()
                .windows(6)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        };
        for pad in 0..14 {
            for run in 0..9 {
                for tail in ["", "x", "12", "a1b22c333"] {
                    let t = format!(
                        "{}{}{tail}",
                        "å".repeat(pad / 2) + &"-".repeat(pad % 2),
                        "7".repeat(run)
                    );
                    assert_eq!(has_date_digits(&t), slow(&t), "{t:?}");
                    let t = format!("12345 1234 {t} 99999");
                    assert_eq!(has_date_digits(&t), slow(&t), "{t:?}");
                }
            }
        }
        assert!(has_date_digits("cpr 010203-1234"));
        assert!(!has_date_digits("P30D, 2022-08-18, § 12, stk. 1"));
    }

    #[test]
    fn fnr_control_digits() {
        // A synthetic number that passes both control digits.
        assert!(find_fnr("fnr 01010112356").is_none() || find_fnr("01010112356").is_some());
        assert!(find_fnr("tlf. 916 49 618").is_none());
        assert!(find_fnr("12345678901").is_none());
    }

    #[test]
    fn fold_lowers_and_spells_out_the_nordic_letters() {
        let chained = |s: &str| {
            s.to_lowercase()
                .replace('æ', "ae")
                .replace('ø', "oe")
                .replace('å', "aa")
                .replace('ä', "ae")
                .replace('ö', "oe")
        };
        for s in [
            "",
            "navn og adresse",
            "Sygefravær, BØRN og Åbenhed",
            "Ärende Östersund",
            "ΟΔΟΣ ΣΑΣ",
            "İstanbul",
            "fødselsnummer ÆØÅ æøå",
        ] {
            assert_eq!(fold(s), chained(s), "{s}");
        }
        assert_eq!(fold("Sygefravær"), "sygefravaer");
    }

    #[test]
    fn vague_and_sensitive_words() {
        let vague = |t: &str| is_vague_folded(&fold(t));
        assert!(vague(
            "så længe det ud fra en konkret vurdering skønnes nødvendigt"
        ));
        assert!(vague("når de ikke længere er nødvendige"));
        assert!(!vague("gemmes i 30 dage"));
        let w = sensitive_words("eventuel politisk overbevisning, herunder parti");
        assert!(
            w.iter()
                .any(|(s, word, _)| *s == "politisk" && word == "politisk")
        );
        let w = sensitive_words("Langtidssygemeldte medarbejdere");
        assert!(w.iter().any(|(_, word, _)| word == "Langtidssygemeldte"));
        assert!(sensitive_words("navn og adresse").is_empty());
    }

    #[test]
    fn eea_and_adequacy() {
        assert!(in_eea("NO"));
        assert!(in_eea("dk"));
        assert!(!in_eea("US"));
        assert!(adequacy_for("GB").is_some());
        assert!(adequacy_for("CN").is_none());
        for name in [
            "European Patent Organisation",
            "the European Patent Organization",
            "EPO",
            "Den Europæiske Patentorganisation",
            "Den europeiske patentorganisasjonen",
            "European Patent Office (EPO)",
        ] {
            let a = adequacy_for_organisation(name).expect(name);
            assert_eq!(a.adopted, "2025-07-15");
        }
        assert!(adequacy_for_organisation("World Health Organization").is_none());
        for a in ADEQUACY.iter().chain(ADEQUACY_ORGANISATIONS) {
            assert!(Date::parse(a.adopted).is_some(), "{}", a.destination);
        }
    }
}
