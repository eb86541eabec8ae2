//! What a cell's text becomes in the model: legal bases, data kinds,
//! transfer mechanisms, workflow states and dates, as Danish, Norwegian
//! and English sheets write them.

use super::layout::fold;
use super::say::{Msg, say};
use super::text;
use crate::register::date::Date;
use crate::register::export::labels::Labels;
use crate::register::lang::Lang;
use crate::register::model::{
    Activity, CriminalBasis, DataKind, LegalBasis, Mechanism, NationalIdBasis, NationalIdScheme,
    SpecialCondition, SpecialKind, Status,
};

/// A workflow state as the three languages write it.
pub(super) fn status(value: &str) -> Option<Status> {
    Some(match fold(value).as_str() {
        "kladde" | "udkast" | "utkast" | "draft" => Status::Draft,
        "til gennemsyn" | "til godkendelse" | "til gjennomgang" | "til godkjenning"
        | "in review" | "inreview" => Status::InReview,
        "godkendt" | "godkjent" | "approved" => Status::Approved,
        "udgået" | "ophørt" | "avsluttet" | "utgått" | "retired" => Status::Retired,
        _ => return None,
    })
}

/// The kind of data a category's name says it holds.
pub(super) fn data_kind(item: &str, country: &str) -> DataKind {
    let f = item.to_lowercase();
    let has = |w: &[&str]| w.iter().any(|x| f.contains(x));
    if has(&["cpr"]) || (country == "DK" && has(&["personnummer"])) {
        DataKind::NationalId(NationalIdScheme::DkCpr)
    } else if has(&["fødselsnummer", "fødselsnr", "d-nummer", "personnummer"]) {
        DataKind::NationalId(NationalIdScheme::NoFnr)
    } else if has(&[
        "strafbare",
        "straffedom",
        "straffbare",
        "straffeattest",
        "børneattest",
        "politiattest",
        "criminal",
    ]) {
        DataKind::Criminal
    } else if has(&["helbred", "helse", "health", "sygdom", "sykdom", "diagnose"]) {
        DataKind::Special(vec![SpecialKind::Health])
    } else if has(&["fagforening", "fagforen", "trade union"]) {
        DataKind::Special(vec![SpecialKind::TradeUnionMembership])
    } else if has(&["etnisk", "ethnic", "race", "racial"]) {
        DataKind::Special(vec![SpecialKind::RacialOrEthnicOrigin])
    } else if has(&["religi"]) {
        DataKind::Special(vec![SpecialKind::ReligiousOrPhilosophicalBeliefs])
    } else if has(&["politisk", "political"]) {
        DataKind::Special(vec![SpecialKind::PoliticalOpinions])
    } else if has(&["biometri", "fingeraftryk", "fingeravtrykk", "fingerprint"]) {
        DataKind::Special(vec![SpecialKind::Biometric])
    } else if has(&["genetisk", "genetic"]) {
        DataKind::Special(vec![SpecialKind::Genetic])
    } else if has(&["seksuel", "sexual"]) {
        DataKind::Special(vec![SpecialKind::SexLifeOrOrientation])
    } else if has(&[
        "følsomme",
        "sensitive",
        "særlige kategorier",
        "særlige kategorier",
        "special categor",
    ]) {
        DataKind::Special(vec![SpecialKind::Unspecified])
    } else {
        DataKind::Ordinary
    }
}

/// What the report says a category's kind is.
pub(super) fn kind_label(k: &DataKind) -> Msg {
    say(match k {
        DataKind::Ordinary => "import-kind-ordinary",
        DataKind::Special(_) => "import-kind-special",
        DataKind::NationalId(NationalIdScheme::DkCpr) => "import-kind-cpr",
        DataKind::NationalId(_) => "import-kind-national-id",
        DataKind::Criminal => "import-kind-criminal",
    })
}

/// An Art. 6(1) letter as the report cites it.
pub(super) fn art6_made(letter: Option<crate::register::model::Art6>) -> Msg {
    match letter {
        Some(l) => say("import-art6").arg("letter", format!("{l:?}").to_lowercase()),
        None => say("import-art6-none"),
    }
}

/// An Art. 9(2) letter as the report cites it.
pub(super) fn art9_made(letter: Option<crate::register::model::Art9>) -> Msg {
    match letter {
        Some(l) => say("import-art9").arg("letter", format!("{l:?}").to_lowercase()),
        None => say("import-art9-none"),
    }
}

/// Reads the lines of a legal-basis cell into the activity: Art. 6(1)
/// letters as bases (with the law after "jf."), Art. 9(2) letters as
/// conditions, DBL § 11 / POL § 12 for national ids, DBL § 8 and Art. 10
/// for criminal data. Returns what was made and the lines recognised as
/// none of these, which the caller keeps in notes.
///
/// `art6` and `art9`: whether the column holds Art. 6 bases and Art. 9
/// conditions; a table with a column of each (as the export writes) reads
/// each from its own, so a text citing the other article is not read twice.
pub(super) fn bases(
    a: &mut Activity,
    value: &str,
    country: &str,
    art6: bool,
    art9: bool,
) -> (Vec<Msg>, Vec<String>) {
    let mut made = Vec::new();
    let mut kept = Vec::new();
    for line in text::lines(value) {
        let f = line.to_lowercase();
        let mut any = false;
        for l in text::art6(&line).into_iter().filter(|_| art6) {
            a.legal_bases.push(LegalBasis {
                purposes: Vec::new(),
                article6: Some(l),
                law_ref: text::law_ref(&line),
                national_provision: None,
                legitimate_interest: None,
                text: Some(line.clone()),
            });
            made.push(art6_made(Some(l)));
            any = true;
        }
        for l in text::art9(&line).into_iter().filter(|_| art9) {
            a.special_conditions.push(SpecialCondition {
                categories: Vec::new(),
                article9: Some(l),
                national_provision: None,
                text: Some(line.clone()),
            });
            made.push(art9_made(Some(l)));
            any = true;
        }
        // The export's own line for a basis (`CPR-nummer — provision —
        // text`): read back as it was, not as a provision made of the
        // whole line.
        if let Some(n) = super::exported::national_id_basis(&line) {
            made.push(say(match n.scheme {
                NationalIdScheme::NoFnr => "import-made-pol-12",
                _ => "import-made-dbl-11",
            }));
            a.national_id_bases.push(n);
            continue;
        }
        let dbl = f.contains("databeskyttelseslov") || f.contains("dbl");
        let pol = f.contains("personopplysningslov") || f.contains("popl");
        if (dbl || (country == "DK" && f.contains("cpr"))) && f.contains("§ 11") {
            a.national_id_bases.push(NationalIdBasis {
                scheme: NationalIdScheme::DkCpr,
                provision: line.clone(),
                justification: None,
                text: Some(line.clone()),
            });
            made.push(say("import-made-dbl-11"));
            any = true;
        }
        if (pol || f.contains("fødselsnummer")) && f.contains("§ 12") {
            a.national_id_bases.push(NationalIdBasis {
                scheme: NationalIdScheme::NoFnr,
                provision: line.clone(),
                justification: None,
                text: Some(line.clone()),
            });
            made.push(say("import-made-pol-12"));
            any = true;
        }
        if (dbl && f.contains("§ 7")) || (pol && (f.contains("§ 6") || f.contains("§ 9"))) {
            a.special_conditions.push(SpecialCondition {
                categories: Vec::new(),
                article9: None,
                national_provision: Some(line.clone()),
                text: Some(line.clone()),
            });
            made.push(say("import-made-art9-national"));
            any = true;
        }
        let art10 = ["art. 10", "artikel 10", "artikkel 10", "article 10"]
            .iter()
            .any(|w| f.contains(w));
        if (dbl && f.contains("§ 8")) || (pol && f.contains("§ 11")) || art10 {
            a.criminal_basis = Some(CriminalBasis {
                official_authority: false,
                national_provision: (dbl || pol).then(|| line.clone()),
                text: Some(line.clone()),
            });
            made.push(say("import-made-art10"));
            any = true;
        }
        if !any {
            kept.push(line);
        }
    }
    (made, kept)
}

/// The transfer mechanism a safeguard text names.
pub(super) fn mechanism(value: &str) -> Mechanism {
    // The export's words for a safeguard not stated (`ikke oplyst i
    // kilden: …`): read back as not stated, not as a safeguard named by
    // those words, which the validator would refuse as no safeguard.
    // The export writes one line per transfer, after its id (`[t1] …`).
    let lines: Option<Vec<Option<String>>> = value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| not_stated(super::exported::id_first(l).map_or(l, |(_, rest)| rest)))
        .collect();
    if let Some(notes) = lines
        && !notes.is_empty()
    {
        return Mechanism::NotStated {
            note: notes.into_iter().next().flatten(),
        };
    }
    let f = value.to_lowercase();
    let has = |w: &[&str]| w.iter().any(|x| f.contains(x));
    if has(&["data privacy framework", "dpf"]) {
        Mechanism::EuUsDpf
    } else if has(&[
        "standardkontrakt",
        "standard contractual",
        "scc",
        "standardbestemmelser",
        "standardklausul",
        "standardavtale",
    ]) {
        Mechanism::Scc {
            decision: f.contains("2021/914").then(|| "2021/914".to_string()),
            module: None,
        }
    } else if has(&[
        "bindende virksomhedsregler",
        "bindende virksomhetsregler",
        "binding corporate",
        "bcr",
    ]) {
        Mechanism::Bcr { approval_ref: None }
    } else if has(&["tilstrækkelighed", "tilstrekkelighet", "adequacy"]) {
        Mechanism::Adequacy
    } else {
        Mechanism::Named(value.to_string())
    }
}

/// The note of a value the export wrote as not stated in the source, in
/// any language (`None` inside when it has no note); `None` when `value`
/// is not in those words.
pub(super) fn not_stated(value: &str) -> Option<Option<String>> {
    const MARK: &str = "\u{1}";
    let value = value.trim();
    Lang::ALL.into_iter().find_map(|lang| {
        let lb = Labels::new(lang);
        if value == lb.not_stated(None) {
            return Some(None);
        }
        let whole = lb.not_stated(Some(MARK));
        let (before, after) = whole.split_once(MARK)?;
        let note = value.strip_prefix(before)?.strip_suffix(after)?;
        Some(Some(note.to_string()))
    })
}

/// What the report says a transfer's safeguard was read as.
pub(super) fn mechanism_label(m: &Mechanism) -> Msg {
    say(match m {
        Mechanism::EuUsDpf => "import-mechanism-dpf",
        Mechanism::Scc { .. } => "import-mechanism-scc",
        Mechanism::Bcr { .. } => "import-mechanism-bcr",
        Mechanism::Adequacy => "import-mechanism-adequacy",
        Mechanism::NotStated { .. } => "not-stated",
        _ => "import-mechanism-named",
    })
}

/// A date as YYYY-MM-DD, from that form or DD-MM-YYYY, DD.MM.YYYY,
/// DD/MM/YYYY (a time after it is dropped).
pub(super) fn date(value: &str) -> Option<String> {
    let v = value.split_whitespace().next()?;
    if Date::parse(v).is_some() {
        return Some(v.to_string());
    }
    let parts: Vec<&str> = v.split(['-', '.', '/']).collect();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
        && d.len() <= 2
        && m.len() <= 2
    {
        let iso = format!("{y}-{:0>2}-{:0>2}", m, d);
        return Date::parse(&iso).map(|_| iso);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::model::Art6;

    #[test]
    fn dates_in_danish_and_norwegian_writing() {
        assert_eq!(date("2025-03-01").as_deref(), Some("2025-03-01"));
        assert_eq!(date("1.3.2025").as_deref(), Some("2025-03-01"));
        assert_eq!(date("31/12/2024").as_deref(), Some("2024-12-31"));
        assert_eq!(date("31.02.2024"), None);
        assert_eq!(date("forår 2024"), None);
    }

    #[test]
    fn data_kinds_from_their_names() {
        assert_eq!(
            data_kind("CPR-nummer", "DK"),
            DataKind::NationalId(NationalIdScheme::DkCpr)
        );
        assert_eq!(
            data_kind("Fødselsnummer", "NO"),
            DataKind::NationalId(NationalIdScheme::NoFnr)
        );
        assert_eq!(
            data_kind("Helbredsoplysninger", "DK"),
            DataKind::Special(vec![SpecialKind::Health])
        );
        assert_eq!(data_kind("Navn", "DK"), DataKind::Ordinary);
    }

    #[test]
    fn basis_lines_become_bases_and_the_rest_stays_as_written() {
        let mut a = crate::register::init::example_activity(Date::today());
        a.legal_bases.clear();
        let (made, kept) = bases(
            &mut a,
            "Art. 6, stk. 1, litra b og c, jf. ferieloven\nDatabeskyttelseslovens § 11, stk. 2, nr. 1 (CPR)\nOverenskomst",
            "DK",
            true,
            true,
        );
        assert_eq!(made.len(), 3, "{made:?}");
        assert_eq!(kept, vec!["Overenskomst"]);
        assert_eq!(a.legal_bases[1].article6, Some(Art6::C));
        assert_eq!(a.legal_bases[0].law_ref.as_deref(), Some("ferieloven"));
        assert_eq!(a.national_id_bases[0].scheme, NationalIdScheme::DkCpr);
    }
}
