//! Citations of legal provisions in free text: which law, which section
//! (`§`), subsection (`stk.` / `ledd`) and number (`nr.`), and which GDPR
//! article, paragraph and letter.
//!
//! DPOs write the same provision in many ways — `databeskyttelseslovens
//! § 11, stk. 2, nr. 1`, `§11 (2)(1) i DBL`, `§§ 11-12`, `popplyl. § 12
//! første ledd`, `artikel 9, stk. 2, litra b`, `Art. 9(2)(b)` — and the
//! rules must judge what a citation says, not how it is typed. The parser
//! reads a folded copy of the text (see [`fold`]) as a stream of tokens and
//! attaches each `§` to the law named right after it (`§ 9 i
//! arbejdsmiljøloven`) or, failing that, to the nearest law named before it
//! (`databeskyttelseslovens § 11, jf. § 7`).

use super::checks::{Remembered, fold, remembered};

/// A law a citation names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Law {
    /// Danish databeskyttelsesloven (lov nr. 502 af 23. maj 2018), "DBL".
    Dbl,
    /// Norwegian personopplysningsloven (lov 15. juni 2018 nr. 38),
    /// "popplyl.", "POL".
    Pol,
    /// The GDPR, Regulation (EU) 2016/679 (databeskyttelsesforordningen,
    /// personvernforordningen).
    Gdpr,
    /// Another law, regulation or executive order, as named (folded).
    Other(String),
    /// No law is named with the section.
    Unnamed,
}

/// One cited section (`§`) of a law.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The law the section belongs to.
    pub law: Law,
    /// The section number.
    pub number: u32,
    /// The subsection (Danish `stk.`, Norwegian `ledd`), when given.
    pub stk: Option<u32>,
    /// The number inside the subsection (`nr.`), when given.
    pub nr: Option<u32>,
}

/// One cited article of the GDPR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article number.
    pub number: u32,
    /// The paragraph (`stk.`, `(2)`, `nr.`), when given.
    pub paragraph: Option<u32>,
    /// The point (`litra`, `bokstav`, `(b)`), when given.
    pub letter: Option<char>,
}

/// What a piece of text cites.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Citation {
    /// The `§` sections, in order.
    pub sections: Vec<Section>,
    /// The GDPR articles, in order.
    pub articles: Vec<Article>,
    /// The laws named anywhere in the text.
    pub laws: Vec<Law>,
}

impl Citation {
    /// True when section `number` of `law` is cited. [`Law::Unnamed`]
    /// sections count for `unnamed_as` (the law the field is about), when
    /// one is given.
    pub fn cites(&self, law: &Law, number: u32, unnamed_as: Option<&Law>) -> bool {
        self.sections_of(law, unnamed_as)
            .any(|s| s.number == number)
    }

    /// The sections of `law` (and unnamed ones, counted as `unnamed_as`).
    pub fn sections_of<'a>(
        &'a self,
        law: &'a Law,
        unnamed_as: Option<&'a Law>,
    ) -> impl Iterator<Item = &'a Section> + 'a {
        self.sections
            .iter()
            .filter(move |s| s.law == *law || (s.law == Law::Unnamed && unnamed_as == Some(law)))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Num(u32),
    /// `§` (1) or `§§` (2), or the word "paragraf".
    Sect(usize),
    P(char),
}

fn lex(text: &str) -> Vec<Tok> {
    let f = fold(text);
    let chars: Vec<char> = f.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '§' {
            let mut n = 0;
            while i < chars.len() && chars[i] == '§' {
                n += 1;
                i += 1;
            }
            out.push(Tok::Sect(n.min(2)));
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let s: String = chars[start..i].iter().collect();
            out.push(Tok::Num(s.parse().unwrap_or(u32::MAX)));
        } else if c.is_alphabetic() {
            let start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let w: String = chars[start..i].iter().collect();
            match w.as_str() {
                "paragraf" | "paragraph" => out.push(Tok::Sect(1)),
                "paragrafferne" | "paragraphs" | "paragrafene" => out.push(Tok::Sect(2)),
                _ => out.push(Tok::Word(w)),
            }
        } else {
            // Dashes of every width read as one.
            let c = if matches!(c, '–' | '—' | '‑') {
                '-'
            } else {
                c
            };
            out.push(Tok::P(c));
            i += 1;
        }
    }
    out
}

/// Parses the citations in `text`.
pub fn parse(text: &str) -> Citation {
    let toks = lex(text);
    let mentions = law_mentions(&toks);
    let mut out = Citation {
        laws: mentions.iter().map(|(_, _, l)| l.clone()).collect(),
        ..Citation::default()
    };
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Sect(n) => {
                let (nums, stk, nr, end) = section_group(&toks, i + 1, *n == 2);
                if nums.is_empty() {
                    i += 1;
                    continue;
                }
                let law = attribute(&toks, &mentions, i, end);
                let last = nums.len() - 1;
                for (k, number) in nums.into_iter().enumerate() {
                    out.sections.push(Section {
                        law: law.clone(),
                        number,
                        stk: if k == last { stk } else { None },
                        nr: if k == last { nr } else { None },
                    });
                }
                i = end.max(i + 1);
            }
            Tok::Word(w) if matches!(w.as_str(), "artikel" | "artikkel" | "article" | "art") => {
                let mut j = i + 1;
                if toks.get(j) == Some(&Tok::P('.')) {
                    j += 1;
                }
                if let Some(Tok::Num(n)) = toks.get(j) {
                    let (paragraph, letter, end) = article_parts(&toks, j + 1);
                    out.articles.push(Article {
                        number: *n,
                        paragraph,
                        letter,
                    });
                    i = end;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn word(t: Option<&Tok>) -> Option<&str> {
    match t {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    }
}

fn num(t: Option<&Tok>) -> Option<u32> {
    match t {
        Some(Tok::Num(n)) => Some(*n),
        _ => None,
    }
}

fn is_dash(t: Option<&Tok>) -> bool {
    matches!(t, Some(Tok::P('-')))
}

/// A section letter such as the `a` of `§ 2 a` (never the preposition `i`).
fn section_letter(t: Option<&Tok>) -> bool {
    word(t).is_some_and(|w| w.len() == 1 && ('a'..='h').contains(&w.chars().next().unwrap_or('i')))
}

fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "foerste" | "forste" | "first" => 1,
        "annet" | "andre" | "andet" | "second" => 2,
        "tredje" | "third" => 3,
        "fjerde" | "fourth" => 4,
        "femte" | "fifth" => 5,
        "sjette" => 6,
        _ => return None,
    })
}

/// The section numbers after a `§` at `j` (several for `§§`), the
/// subsection and number of the last one, and the index after the group.
fn section_group(
    toks: &[Tok],
    mut j: usize,
    plural: bool,
) -> (Vec<u32>, Option<u32>, Option<u32>, usize) {
    let mut nums = Vec::new();
    while let Some(n) = num(toks.get(j)) {
        j += 1;
        if section_letter(toks.get(j)) {
            j += 1;
        }
        nums.push(n);
        // A range: `§§ 11-12`, `§§ 156 b – 156 c`, `§§ 6 til 8`.
        let ranged = is_dash(toks.get(j)) || matches!(word(toks.get(j)), Some("til" | "to"));
        if ranged && let Some(m) = num(toks.get(j + 1)) {
            if m > n && m - n <= 50 {
                nums.extend(n + 1..=m);
            }
            j += 2;
            if section_letter(toks.get(j)) {
                j += 1;
            }
        }
        // A list: `§§ 6, 7 og 9`.
        let listed = matches!(toks.get(j), Some(Tok::P(',')))
            || matches!(
                word(toks.get(j)),
                Some("og" | "and" | "eller" | "or" | "samt")
            );
        if plural && listed && num(toks.get(j + 1)).is_some() {
            j += 1;
            continue;
        }
        break;
    }
    let (stk, nr, end) = subsections(toks, j);
    (nums, stk, nr, end)
}

/// `stk. 2`, `2. stk.`, `(2)`, `første ledd`, `nr. 1`, `(1)`, `litra a`.
fn subsections(toks: &[Tok], mut j: usize) -> (Option<u32>, Option<u32>, usize) {
    let mut stk = None;
    let mut nr = None;
    loop {
        let start = j;
        if toks.get(j) == Some(&Tok::P(',')) {
            j += 1;
        }
        let dot = |k: usize| usize::from(toks.get(k) == Some(&Tok::P('.')));
        match (toks.get(j), toks.get(j + 1), toks.get(j + 2)) {
            (Some(Tok::Word(w)), _, _)
                if matches!(w.as_str(), "stk" | "stykke" | "ledd" | "subsection") =>
            {
                let k = j + 1 + dot(j + 1);
                if let Some(n) = num(toks.get(k)) {
                    stk = Some(n);
                    j = k + 1;
                } else {
                    j = start;
                    break;
                }
            }
            (Some(Tok::Num(n)), Some(Tok::P('.')), Some(Tok::Word(w)))
                if matches!(w.as_str(), "stk" | "stykke" | "ledd") =>
            {
                stk = Some(*n);
                j += 3 + dot(j + 3);
            }
            (Some(Tok::Word(o)), Some(Tok::Word(w)), _)
                if ordinal(o).is_some() && matches!(w.as_str(), "stk" | "stykke" | "ledd") =>
            {
                stk = ordinal(o);
                j += 2 + dot(j + 2);
            }
            (Some(Tok::P('(')), Some(Tok::Num(n)), Some(Tok::P(')'))) => {
                if stk.is_none() {
                    stk = Some(*n);
                } else if nr.is_none() {
                    nr = Some(*n);
                }
                j += 3;
            }
            (Some(Tok::P('(')), Some(Tok::Word(w)), Some(Tok::P(')'))) if w.len() == 1 => j += 3,
            (Some(Tok::Word(w)), _, _) if matches!(w.as_str(), "nr" | "nummer" | "no") => {
                let k = j + 1 + dot(j + 1);
                if let Some(n) = num(toks.get(k)) {
                    nr = Some(n);
                    j = k + 1;
                } else {
                    j = start;
                    break;
                }
            }
            (Some(Tok::Word(w)), _, _) if matches!(w.as_str(), "litra" | "bokstav" | "lit") => {
                let k = j + 1 + dot(j + 1);
                if word(toks.get(k)).is_some_and(|l| l.len() == 1) {
                    j = k + 1;
                } else {
                    j = start;
                    break;
                }
            }
            (Some(Tok::Num(_)), Some(Tok::P('.')), Some(Tok::Word(w)))
                if matches!(w.as_str(), "pkt" | "punktum") =>
            {
                j += 3 + dot(j + 3);
            }
            _ => {
                j = start;
                break;
            }
        }
    }
    (stk, nr, j)
}

/// `(2)(b)`, `, stk. 2, litra b`, `nr. 2 bokstav b` after an article number.
fn article_parts(toks: &[Tok], mut j: usize) -> (Option<u32>, Option<char>, usize) {
    let mut paragraph = None;
    let mut letter = None;
    loop {
        let start = j;
        if toks.get(j) == Some(&Tok::P(',')) {
            j += 1;
        }
        let dot = |k: usize| usize::from(toks.get(k) == Some(&Tok::P('.')));
        let one_letter = |t: Option<&Tok>| {
            word(t)
                .filter(|l| l.chars().count() == 1)
                .and_then(|l| l.chars().next())
        };
        match (toks.get(j), toks.get(j + 1), toks.get(j + 2)) {
            (Some(Tok::P('(')), Some(Tok::Num(n)), Some(Tok::P(')'))) if paragraph.is_none() => {
                paragraph = Some(*n);
                j += 3;
            }
            (Some(Tok::P('(')), Some(t), Some(Tok::P(')'))) if one_letter(Some(t)).is_some() => {
                letter = one_letter(Some(t));
                j += 3;
            }
            (Some(Tok::Word(w)), _, _)
                if paragraph.is_none()
                    && matches!(w.as_str(), "stk" | "nr" | "paragraph" | "para") =>
            {
                let k = j + 1 + dot(j + 1);
                match num(toks.get(k)) {
                    Some(n) => {
                        paragraph = Some(n);
                        j = k + 1;
                    }
                    None => {
                        j = start;
                        break;
                    }
                }
            }
            (Some(Tok::Word(w)), _, _)
                if matches!(w.as_str(), "litra" | "bokstav" | "lit" | "letter" | "point") =>
            {
                let k = j + 1 + dot(j + 1);
                match one_letter(toks.get(k)) {
                    Some(l) => {
                        letter = Some(l);
                        j = k + 1;
                    }
                    None => {
                        j = start;
                        break;
                    }
                }
            }
            _ => {
                j = start;
                break;
            }
        }
    }
    (paragraph, letter, j)
}

/// The laws named in the token stream: (first token, token after, law).
fn law_mentions(toks: &[Tok]) -> Vec<(usize, usize, Law)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found: Option<(usize, Law)> = match &toks[i] {
            Tok::Num(2016)
                if toks.get(i + 1) == Some(&Tok::P('/')) && num(toks.get(i + 2)) == Some(679) =>
            {
                Some((3, Law::Gdpr))
            }
            Tok::Word(w) => word_law(toks, i, w),
            _ => None,
        };
        match found {
            Some((len, law)) => {
                out.push((i, i + len, law));
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The law a word at `i` names, and how many tokens the name takes.
fn word_law(toks: &[Tok], i: usize, w: &str) -> Option<(usize, Law)> {
    if w.starts_with("databeskyttelseslov") || w == "dbl" {
        return Some((1, Law::Dbl));
    }
    if w.starts_with("personopplysningslov") || matches!(w, "popplyl" | "pol" | "popl") {
        return Some((1, Law::Pol));
    }
    if w.starts_with("databeskyttelsesforordning")
        || w.starts_with("personvernforordning")
        || matches!(w, "gdpr" | "dsgvo" | "forordningen" | "forordningens")
    {
        return Some((1, Law::Gdpr));
    }
    if matches!(w, "lov" | "loven" | "lova" | "law") {
        // `lov nr. 502 af 23. maj 2018` is databeskyttelsesloven;
        // `lov 15. juni 2018 nr. 38` and `LOV-2018-06-15-38` are
        // personopplysningsloven.
        let ahead: Vec<Option<u32>> = (1..=10).map(|k| num(toks.get(i + k))).collect();
        let words_ahead: Vec<Option<&str>> = (1..=4).map(|k| word(toks.get(i + k))).collect();
        if words_ahead[0] == Some("nr") && ahead[1..3].contains(&Some(502)) {
            return Some((3, Law::Dbl));
        }
        if let Some(y) = ahead.iter().position(|n| *n == Some(2018))
            && let Some(k) = ahead.iter().skip(y + 1).position(|n| *n == Some(38))
            && ahead[y + 1..y + 1 + k]
                .iter()
                .all(|n| n.is_none() || matches!(n, Some(6) | Some(15)))
        {
            return Some((y + k + 3, Law::Pol));
        }
        return Some((1, Law::Other(w.to_string())));
    }
    let other = ["loven", "lovens", "lova", "lovas", "lovs", "lov"]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
            // `barselsorlov` is leave, not a law.
            && !w.contains("orlov")
        || w.starts_with("bekendtgoerelse")
        || w.starts_with("lovbekendtgoerelse")
        || w.starts_with("forskrift")
        || w.starts_with("direktiv")
        || w.starts_with("forordning")
        || matches!(w, "lbk" | "bek" | "regulation" | "directive" | "statute");
    other.then(|| (1, Law::Other(w.to_string())))
}

/// The law a section group (tokens `start..end`) belongs to: one named
/// right after it (`§ 9 i arbejdsmiljøloven`), else the nearest one named
/// before it. The GDPR has articles, not sections, so a `§` is never its:
/// in `databeskyttelseslovens § 11, jf. databeskyttelsesforordningens
/// artikel 87` the `§ 11` is databeskyttelsesloven's. Nor is a law named
/// after `jf.` (cf.) with a citation of its own (`§ 7, jf. lovens § 9`).
fn attribute(toks: &[Tok], mentions: &[(usize, usize, Law)], start: usize, end: usize) -> Law {
    let can_have_sections = |law: &Law| *law != Law::Gdpr;
    let mut j = end;
    if toks.get(j) == Some(&Tok::P(',')) {
        j += 1;
    }
    if let Some(w) = word(toks.get(j))
        && matches!(
            w,
            "i" | "in" | "af" | "of" | "jf" | "efter" | "etter" | "til"
        )
    {
        let cf = w == "jf";
        j += 1;
        if toks.get(j) == Some(&Tok::P('.')) {
            j += 1;
        }
        if let Some((_, e, law)) = mentions.iter().find(|(s, _, _)| *s == j)
            && can_have_sections(law)
            && !(cf && starts_citation(toks, *e))
        {
            return law.clone();
        }
    }
    // `§ 12 personopplysningsloven`, `§ 11 DBL`.
    if let Some((_, _, law)) = mentions.iter().find(|(s, _, _)| *s == end)
        && can_have_sections(law)
    {
        return law.clone();
    }
    mentions
        .iter()
        .rev()
        .find(|(_, e, law)| *e <= start && can_have_sections(law))
        .map_or(Law::Unnamed, |(_, _, law)| law.clone())
}

/// True when a citation (`§ …`, `artikel …`, `art. …`) starts at token `j`.
fn starts_citation(toks: &[Tok], j: usize) -> bool {
    matches!(toks.get(j), Some(Tok::Sect(_)))
        || matches!(
            word(toks.get(j)),
            Some("artikel" | "artikkel" | "article" | "art")
        )
}

/// True when `text` names a law: a `§` or article citation, a named act,
/// executive order, regulation or directive (`lov om …`, `…loven`,
/// `bekendtgørelse`, `forskrift`, `forordning`), or legislation in general
/// (`lovgivning`, `lovverk`).
pub fn names_law(text: &str) -> bool {
    thread_local! {
        static SEEN: Remembered<bool> = Remembered::default();
    }
    remembered(&SEEN, text, names_law_in)
}

/// [`names_law`], worked out.
fn names_law_in(text: &str) -> bool {
    let c = parse(text);
    if !c.sections.is_empty() || !c.articles.is_empty() || !c.laws.is_empty() {
        return true;
    }
    fold(text)
        .split(|ch: char| !ch.is_alphanumeric())
        .any(|w| w.contains("lovgivning") || w.contains("lovverk") || w.contains("lovgiving"))
}

/// True when `text` speaks of a collective agreement (`overenskomst`,
/// `tariffavtale`, `kollektiv aftale`, `collective agreement`).
pub fn names_collective_agreement(text: &str) -> bool {
    let f = fold(text);
    let words: Vec<&str> = f
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| {
        w.contains("overenskomst")
            || w.contains("tariffavtal")
            || w.contains("tarifaftal")
            || w.contains("kollektivavtal")
            || w.contains("kollektivaftal")
            || w.starts_with("hovedaftal")
            || w.starts_with("hovedavtal")
    }) || words.windows(2).any(|p| {
        matches!(p[0], "kollektiv" | "kollektive" | "collective")
            && (p[1].starts_with("aftal")
                || p[1].starts_with("avtal")
                || p[1].starts_with("agreement")
                || p[1].starts_with("bargaining"))
    })
}

/// True when `text` gives an archiving, research or statistical purpose
/// (Art. 89, arkivloven) as the reason to keep data.
pub fn names_art89_purpose(text: &str) -> bool {
    if parse(text).articles.iter().any(|a| a.number == 89) {
        return true;
    }
    fold(text).split(|ch: char| !ch.is_alphanumeric()).any(|w| {
        [
            "arkiv",
            "archiv",
            "forskning",
            "research",
            "videnskab",
            "vitenskap",
            "scientific",
            "historisk",
            "historical",
            "statisti",
        ]
        .iter()
        .any(|stem| w.contains(stem))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(law: Law, number: u32, stk: Option<u32>, nr: Option<u32>) -> Section {
        Section {
            law,
            number,
            stk,
            nr,
        }
    }

    #[test]
    fn section_forms() {
        use Law::*;
        let cases: &[(&str, &[Section])] = &[
            ("§ 11", &[s(Unnamed, 11, None, None)]),
            ("§11", &[s(Unnamed, 11, None, None)]),
            (
                "databeskyttelseslovens § 11, stk. 2, nr. 1",
                &[s(Dbl, 11, Some(2), Some(1))],
            ),
            (
                "databeskyttelseslovens §11 stk.2 nr.1",
                &[s(Dbl, 11, Some(2), Some(1))],
            ),
            (
                "§ 11 (2)(1) i databeskyttelsesloven",
                &[s(Dbl, 11, Some(2), Some(1))],
            ),
            ("§ 11(2) nr. 4 DBL", &[s(Dbl, 11, Some(2), Some(4))]),
            // A section is never the GDPR's, and a law cited after `jf.`
            // with its own article or section is another citation.
            (
                "databeskyttelseslovens § 11, stk. 2, nr. 1, jf. databeskyttelsesforordningens artikel 87",
                &[s(Dbl, 11, Some(2), Some(1))],
            ),
            (
                "databeskyttelseslovens § 8, stk. 3 jf. GDPR art. 10",
                &[s(Dbl, 8, Some(3), None)],
            ),
            (
                "§ 8, stk. 3, jf. forordningens artikel 10",
                &[s(Unnamed, 8, Some(3), None)],
            ),
            (
                "databeskyttelseslovens § 7, jf. arbejdsmiljølovens § 9",
                &[
                    s(Dbl, 7, None, None),
                    s(Other("arbejdsmiljoelovens".into()), 9, None, None),
                ],
            ),
            ("DBL § 11, 2. stk., nr. 3", &[s(Dbl, 11, Some(2), Some(3))]),
            (
                "§ 11, stk. 1, i lov nr. 502 af 23. maj 2018",
                &[s(Dbl, 11, Some(1), None)],
            ),
            (
                "§§ 11-12",
                &[s(Unnamed, 11, None, None), s(Unnamed, 12, None, None)],
            ),
            (
                "§§ 11–12 i databeskyttelsesloven",
                &[s(Dbl, 11, None, None), s(Dbl, 12, None, None)],
            ),
            (
                "§§ 6 til 8",
                &[
                    s(Unnamed, 6, None, None),
                    s(Unnamed, 7, None, None),
                    s(Unnamed, 8, None, None),
                ],
            ),
            ("paragraf 11, stk. 2", &[s(Unnamed, 11, Some(2), None)]),
            ("databeskyttelseslovens §12", &[s(Dbl, 12, None, None)]),
            (
                "databeskyttelseslovens § 7 og § 12",
                &[s(Dbl, 7, None, None), s(Dbl, 12, None, None)],
            ),
            (
                "databeskyttelseslovens § 11, stk. 2, nr. 4, jf. § 7, stk. 2",
                &[s(Dbl, 11, Some(2), Some(4)), s(Dbl, 7, Some(2), None)],
            ),
            ("personopplysningsloven § 12", &[s(Pol, 12, None, None)]),
            ("popplyl. § 12 første ledd", &[s(Pol, 12, Some(1), None)]),
            (
                "§ 12 annet ledd i personopplysningslova",
                &[s(Pol, 12, Some(2), None)],
            ),
            ("lov 15. juni 2018 nr. 38 § 12", &[s(Pol, 12, None, None)]),
            ("LOV-2018-06-15-38 § 11", &[s(Pol, 11, None, None)]),
            (
                "bogføringsloven § 10",
                &[s(Other("bogfoeringsloven".into()), 10, None, None)],
            ),
            (
                "§ 10 i bogføringsloven",
                &[s(Other("bogfoeringsloven".into()), 10, None, None)],
            ),
            (
                "arbejdsmiljølovens § 9",
                &[s(Other("arbejdsmiljoelovens".into()), 9, None, None)],
            ),
            (
                "§ 2 a, stk. 1 i lov om Digital Post",
                &[s(Other("lov".into()), 2, Some(1), None)],
            ),
            (
                "§ 16 i bekendtgørelse om Digital Post samt § 8 i forvaltningsloven",
                &[
                    s(Other("bekendtgoerelse".into()), 16, None, None),
                    s(Other("forvaltningsloven".into()), 8, None, None),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text).sections, want.to_vec(), "{text}");
        }
    }

    #[test]
    fn article_forms() {
        let cases: &[(&str, u32, Option<u32>, Option<char>)] = &[
            ("artikel 9, stk. 2, litra b", 9, Some(2), Some('b')),
            ("art. 9(2)(b)", 9, Some(2), Some('b')),
            ("Article 9(2)(h) GDPR", 9, Some(2), Some('h')),
            ("artikkel 9 nr. 2 bokstav j", 9, Some(2), Some('j')),
            ("databeskyttelsesforordningens artikel 10", 10, None, None),
            ("art. 6, stk. 1, litra c", 6, Some(1), Some('c')),
            ("Art. 89", 89, None, None),
        ];
        for (text, n, p, l) in cases {
            let a = parse(text).articles;
            assert_eq!(
                a.first(),
                Some(&Article {
                    number: *n,
                    paragraph: *p,
                    letter: *l
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn laws_collective_agreements_and_art89() {
        for law in [
            "Lov om barseludligning på det private arbejdsmarked",
            "arbejdsmiljølovens § 9",
            "bekendtgørelse nr. 1234",
            "forskrift om arbeidsgivers innsyn",
            "Forordning (EU) 2016/679",
            "anden dansk lovgivning",
            "skatteforvaltningsloven",
            "§ 2 a",
        ] {
            assert!(names_law(law), "{law}");
        }
        for not_law in [
            "kollektiv overenskomst",
            "overenskomstforhandlingerne mellem DA og LO i 1973",
            "den pågældende overenskomst",
            "tariffavtale",
            "kundens instruks",
            "lovlig interesse",
        ] {
            assert!(!names_law(not_law), "{not_law}");
        }
        for ca in [
            "kollektiv overenskomst",
            "overenskomstforhandlingerne",
            "Hovedoverenskomsten",
            "tariffavtalen",
            "tarifaftale",
            "kollektiv aftale",
            "kollektive avtaler",
            "collective agreement",
            "Hovedavtalen LO-NHO",
        ] {
            assert!(names_collective_agreement(ca), "{ca}");
        }
        assert!(!names_collective_agreement("lov om barselsudligning"));
        for why in [
            "arkivloven § 3",
            "arkivlova",
            "Art. 89",
            "statistiske formål",
            "videnskabelig forskning",
            "historical research",
            "fleksibel anvendelse af statistikken",
        ] {
            assert!(names_art89_purpose(why), "{why}");
        }
        assert!(!names_art89_purpose("det er praktisk"));
    }
}
