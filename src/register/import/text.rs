//! Reading the text of a cell: lists, legal-basis citations, retention
//! periods and yes/no answers, in Danish, Norwegian and English. What is
//! not recognised is left to the caller to keep as written.

use std::sync::LazyLock;

use regex::Regex;

use crate::register::model::{Art6, Art9, Bound, Retention, RetentionEvent};

/// The lines of a cell, without list bullets and empty lines.
pub fn lines(cell: &str) -> Vec<String> {
    cell.lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['•', '·', '*', '–', '▪', '◦'])
                .trim_start_matches("- ")
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// The items of a list cell: lines, each split at `,` and `;` outside
/// parentheses ("Navn, adresse, helbredsoplysninger (diagnoser, medicin)"
/// is three items). A trailing full stop is kept off.
pub fn items(cell: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines(cell) {
        let mut depth = 0i32;
        let mut cur = String::new();
        for c in line.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                _ => {}
            }
            if (c == ',' || c == ';') && depth <= 0 {
                push_item(&mut out, &cur);
                cur.clear();
            } else {
                cur.push(c);
            }
        }
        push_item(&mut out, &cur);
    }
    out
}

fn push_item(out: &mut Vec<String>, s: &str) {
    let s = s.trim().trim_start_matches(['•', '·', '*', '–']).trim();
    let s = s
        .strip_prefix("og ")
        .or_else(|| s.strip_prefix("and "))
        .unwrap_or(s);
    if !s.is_empty() {
        out.push(s.to_string());
    }
}

/// True when a cell says there is nothing (no recipients, no transfers):
/// "Ingen", "Nej", "Nei", "None", "No", "-", "N/A".
pub fn says_none(cell: &str) -> bool {
    let f = cell.trim().trim_end_matches('.').to_lowercase();
    matches!(
        f.as_str(),
        "ingen"
            | "nej"
            | "nei"
            | "none"
            | "no"
            | "-"
            | "–"
            | "n/a"
            | "na"
            | "ikke relevant"
            | "not applicable"
            | "ingen modtagere"
            | "ingen mottakere"
            | "ingen overførsel"
            | "ingen overføring"
            | "ingen overførsler"
            | "no transfers"
    )
}

/// Yes or no, when a cell says one of them plainly at its start ("Ja",
/// "Nej – ikke påkrævet", "Yes", "No").
pub fn yes_no(cell: &str) -> Option<bool> {
    let f = cell.trim().to_lowercase();
    let first: String = f.chars().take_while(|c| c.is_alphabetic()).collect();
    match first.as_str() {
        "ja" | "yes" | "y" => Some(true),
        "nej" | "nei" | "no" | "n" | "ingen" | "none" => Some(false),
        _ => None,
    }
}

static ART6: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:art(?:ikel|ikkel|icle)?\.?|gdpr|gdpr art\.?|databeskyttelsesforordningens art\.?|personvernforordningen art\.?)\s*6\s*(?:,\s*)?(?:\.|stk\.?|nr\.?|para(?:graph)?)?\s*(?:\(\s*1\s*\)|1)\s*(?:,\s*|\.)?\s*(?:litra|bokstav|letter|lit\.|pkt\.?)?\s*\(?\s*([a-f])\)?",
    )
    .expect("regex")
});

static ART9: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:art(?:ikel|ikkel|icle)?\.?)\s*9\s*(?:,\s*)?(?:\.|stk\.?|nr\.?|para(?:graph)?)?\s*(?:\(\s*2\s*\)|2)\s*(?:,\s*|\.)?\s*(?:litra|bokstav|letter|lit\.|pkt\.?)?\s*\(?\s*([a-j])\)?",
    )
    .expect("regex")
});

/// Further letters after a cited one: "litra b og c", "(b) and (e)".
static MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:,|og|and|eller|or|&|\+)\s*(?:litra|bokstav|letter)?\s*\(?\s*([a-j])\)?")
        .expect("regex")
});

fn letters(re: &Regex, line: &str) -> Vec<char> {
    let mut out = Vec::new();
    for m in re.captures_iter(line) {
        let (Some(all), Some(l)) = (m.get(0), m.get(1)) else {
            continue;
        };
        // A letter must end there ("litra b" — not "art. 6, stk. 1 bogstav"…).
        if line[all.end()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        out.extend(l.as_str().to_lowercase().chars());
        let mut rest = &line[all.end()..];
        while let Some(c) = MORE.captures(rest) {
            let (Some(a), Some(l)) = (c.get(0), c.get(1)) else {
                break;
            };
            rest = &rest[a.end()..];
            if rest.chars().next().is_some_and(char::is_alphanumeric) {
                break;
            }
            out.extend(l.as_str().to_lowercase().chars());
        }
    }
    out
}

/// The Art. 6(1) letters a line cites: "Art. 6, stk. 1, litra b",
/// "art. 6 nr. 1 bokstav b og c", "Article 6(1)(b)".
pub fn art6(line: &str) -> Vec<Art6> {
    letters(&ART6, line)
        .into_iter()
        .filter_map(|c| match c {
            'a' => Some(Art6::A),
            'b' => Some(Art6::B),
            'c' => Some(Art6::C),
            'd' => Some(Art6::D),
            'e' => Some(Art6::E),
            'f' => Some(Art6::F),
            _ => None,
        })
        .collect()
}

/// The Art. 9(2) letters a line cites.
pub fn art9(line: &str) -> Vec<Art9> {
    letters(&ART9, line)
        .into_iter()
        .filter_map(|c| match c {
            'a' => Some(Art9::A),
            'b' => Some(Art9::B),
            'c' => Some(Art9::C),
            'd' => Some(Art9::D),
            'e' => Some(Art9::E),
            'f' => Some(Art9::F),
            'g' => Some(Art9::G),
            'h' => Some(Art9::H),
            'i' => Some(Art9::I),
            'j' => Some(Art9::J),
            _ => None,
        })
        .collect()
}

/// The law a basis rests on, when the line names it after "jf." / "cf.":
/// "Art. 6, stk. 1, litra c, jf. bogføringslovens § 10" → "bogføringslovens § 10".
pub fn law_ref(line: &str) -> Option<String> {
    static JF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:jf\.?|jfr\.?|jf\.|cf\.|i henhold til)\s+(.+)$").expect("regex")
    });
    JF.captures(line)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim().trim_end_matches('.').to_string())
        .filter(|s| !s.is_empty())
}

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,3})\s*(år|aar|years?|yrs?|måneder|måneders|mdr\.?|months?|uger|uker|weeks?|dage|dager|days?|døgn)\b",
    )
    .expect("regex")
});

/// The one period a line states ("5 år" → `P5Y`), when it states one.
pub fn period(line: &str) -> Option<String> {
    let found: Vec<_> = PERIOD.captures_iter(line).collect();
    let [c] = found.as_slice() else {
        return None;
    };
    let n: u32 = c.get(1)?.as_str().parse().ok()?;
    let unit = c.get(2)?.as_str().to_lowercase();
    let letter = match unit.chars().next()? {
        'å' | 'a' | 'y' => 'Y',
        'm' => 'M',
        'u' | 'w' => 'W',
        _ => 'D',
    };
    Some(format!("P{n}{letter}"))
}

/// A retention line as a rule: one period ("5 år", "op til 6 måneder"),
/// from collection or after a known event ("5 år efter ansættelsens
/// ophør"). `None` when the line states no single period or an event
/// ropa does not know: the caller keeps the text.
pub fn retention(line: &str) -> Option<Retention> {
    let found: Vec<_> = PERIOD.captures_iter(line).collect();
    let [c] = found.as_slice() else {
        return None;
    };
    let n: u32 = c.get(1)?.as_str().parse().ok()?;
    let unit = c.get(2)?.as_str().to_lowercase();
    let letter = match unit.chars().next()? {
        'å' | 'a' | 'y' => 'Y',
        'm' => 'M',
        'u' | 'w' => 'W',
        _ => 'D',
    };
    let period = format!("P{n}{letter}");
    let f = line.to_lowercase();
    let bound = if [
        "op til",
        "opp til",
        "inntil",
        "up to",
        "højst",
        "maksimalt",
        "maks.",
        "no longer than",
    ]
    .iter()
    .any(|p| f.contains(p))
    {
        Bound::Max
    } else {
        Bound::Exact
    };
    // "fra indsamlingen", as ropa's export words a period from collection.
    if ["indsamling", "innsamling", "from collection"]
        .iter()
        .any(|p| f.contains(p))
    {
        return Some(Retention::Duration { period, bound });
    }
    let after = [" efter ", " etter ", " after ", " fra ", " from "]
        .iter()
        .any(|p| f.contains(p));
    if !after {
        return Some(Retention::Duration { period, bound });
    }
    let event = event(&f)?;
    Some(Retention::EventBased {
        event,
        offset: period,
        bound,
    })
}

/// The event a period runs from, when it is one ropa knows.
fn event(f: &str) -> Option<RetentionEvent> {
    let has = |words: &[&str]| words.iter().any(|w| f.contains(w));
    Some(
        if has(&[
            "ansættelse",
            "fratræd",
            "arbeidsforhold",
            "ansettelse",
            "fratred",
            "employment",
        ]) {
            RetentionEvent::EndOfEmployment
        } else if has(&["medlemskab", "medlemskap", "membership", "udmeld", "utmeld"]) {
            RetentionEvent::EndOfMembership
        } else if has(&["kontrakt", "aftale", "avtale", "kundeforhold", "contract"]) {
            RetentionEvent::EndOfContract
        } else if has(&["sagen", "sagens", "saken", "sakens", "the case"]) {
            RetentionEvent::CaseClosed
        } else if has(&[
            "anden berørt person",
            "annen berørt person",
            "related person",
        ]) {
            RetentionEvent::DeathOfRelatedPerson
        } else if has(&["død", "death"]) {
            RetentionEvent::DeathOfDataSubject
        } else {
            return None;
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_bases_as_danish_norwegian_and_english_write_them() {
        assert_eq!(art6("Art. 6, stk. 1, litra b"), vec![Art6::B]);
        assert_eq!(
            art6("databeskyttelsesforordningens artikel 6, stk. 1, litra c"),
            vec![Art6::C]
        );
        assert_eq!(art6("art. 6 nr. 1 bokstav b og c"), vec![Art6::B, Art6::C]);
        assert_eq!(art6("Article 6(1)(b)"), vec![Art6::B]);
        assert_eq!(art6("GDPR art. 6(1)(e) and (c)"), vec![Art6::E, Art6::C]);
        assert_eq!(
            art6("Art. 6, stk. 1, litra c, jf. bogføringsloven § 10"),
            vec![Art6::C]
        );
        assert!(art6("Ansættelsesaftalen").is_empty());
        assert!(art6("art. 5, stk. 1, litra b").is_empty());
        assert_eq!(art9("Art. 9, stk. 2, litra b"), vec![Art9::B]);
        assert_eq!(art9("Article 9(2)(h)"), vec![Art9::H]);
        assert_eq!(
            law_ref("Art. 6, stk. 1, litra c, jf. bogføringsloven § 10").as_deref(),
            Some("bogføringsloven § 10")
        );
    }

    #[test]
    fn lists_split_at_commas_outside_parentheses() {
        assert_eq!(
            items("• Navn, adresse\n- Helbred (diagnoser, medicin); CPR-nummer"),
            vec![
                "Navn",
                "adresse",
                "Helbred (diagnoser, medicin)",
                "CPR-nummer"
            ]
        );
        assert_eq!(items("Ansatte og ansøgere"), vec!["Ansatte og ansøgere"]);
    }

    #[test]
    fn periods_and_events() {
        assert_eq!(
            retention("5 år"),
            Some(Retention::Duration {
                period: "P5Y".into(),
                bound: Bound::Exact
            })
        );
        assert_eq!(
            retention("Op til 6 måneder"),
            Some(Retention::Duration {
                period: "P6M".into(),
                bound: Bound::Max
            })
        );
        assert_eq!(
            retention("5 år efter ansættelsens ophør"),
            Some(Retention::EventBased {
                event: RetentionEvent::EndOfEmployment,
                offset: "P5Y".into(),
                bound: Bound::Exact
            })
        );
        assert_eq!(
            retention("3 år etter at saken er avsluttet"),
            Some(Retention::EventBased {
                event: RetentionEvent::CaseClosed,
                offset: "P3Y".into(),
                bound: Bound::Exact
            })
        );
        assert_eq!(retention("Så længe det er nødvendigt"), None);
        assert_eq!(retention("2 år, dog 5 år for bilag"), None);
        assert_eq!(retention("1 år efter sidste login"), None);
    }

    #[test]
    fn nothing_and_yes_or_no() {
        assert!(says_none("Ingen."));
        assert!(says_none(" nei "));
        assert!(!says_none("Ingen videregivelse til USA"));
        assert_eq!(yes_no("Nej – ikke påkrævet"), Some(false));
        assert_eq!(yes_no("Ja, gennemført 2024"), Some(true));
        assert_eq!(yes_no("Under udarbejdelse"), None);
    }
}
