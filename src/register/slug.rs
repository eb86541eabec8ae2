//! Ids made from names: the id a new record or list item gets from its
//! name until the user types one (`Lønbehandling` → `loenbehandling`).

/// The slug of `name`: lower case ASCII letters, digits and single `-`.
///
/// Danish, Norwegian, Swedish and German letters are spelt out as their
/// languages do without them (æ→ae, ø→oe, å→aa, ä→ae, ö→oe, ü→ue, ß→ss);
/// other Latin letters lose their accents (é→e, ñ→n, č→c, ł→l); combining
/// accents are dropped. Every run of any other characters (spaces,
/// punctuation, `§`, letters of other scripts) becomes one `-`, and there
/// is no `-` at either end, so a non-empty result matches
/// `[a-z0-9]+(-[a-z0-9]+)*`.
///
/// A name with no letter or digit to keep (`""`, `"§ 5"` keeps `5`, but
/// `"—"` keeps nothing) gives the empty string, which is no valid id: the
/// caller decides what to use instead.
pub fn slug_from_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    // A separator is written only before the next kept character, so runs
    // collapse and none trails.
    let mut gap = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        let kept: Option<&str> = match c {
            'a'..='z' | '0'..='9' => None,
            // Combining accents (a decomposed é is `e` + U+0301).
            '\u{300}'..='\u{36f}' => continue,
            _ => match spelt_out(c) {
                Some(s) => Some(s),
                None => {
                    gap = true;
                    continue;
                }
            },
        };
        if gap && !out.is_empty() {
            out.push('-');
        }
        gap = false;
        match kept {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

/// A lower-case letter outside ASCII written with ASCII letters.
fn spelt_out(c: char) -> Option<&'static str> {
    Some(match c {
        'æ' | 'ä' => "ae",
        'ø' | 'ö' | 'œ' => "oe",
        'å' => "aa",
        'ü' => "ue",
        'ß' => "ss",
        'þ' => "th",
        'ð' | 'đ' | 'ď' => "d",
        'à' | 'á' | 'â' | 'ã' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ō' | 'ŏ' | 'ő' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_slug(s: &str) -> bool {
        !s.is_empty()
            && !s.starts_with('-')
            && !s.ends_with('-')
            && !s.contains("--")
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    #[test]
    fn danish_and_norwegian_letters_are_spelt_out() {
        assert_eq!(slug_from_name("Lønbehandling"), "loenbehandling");
        assert_eq!(slug_from_name("Ærø Ålborg"), "aeroe-aalborg");
        assert_eq!(
            slug_from_name("Ansættelsesaftalen og ferieloven § 5"),
            "ansaettelsesaftalen-og-ferieloven-5"
        );
        assert_eq!(
            slug_from_name("Søknad om barnehageplass"),
            "soeknad-om-barnehageplass"
        );
    }

    #[test]
    fn german_swedish_and_accented_letters() {
        assert_eq!(slug_from_name("Größe Übung"), "groesse-uebung");
        assert_eq!(slug_from_name("Ärende Öl"), "aerende-oel");
        assert_eq!(slug_from_name("Café Señor Łódź"), "cafe-senor-lodz");
        // A decomposed é (e + combining acute) loses only its accent.
        assert_eq!(slug_from_name("Cafe\u{301} noir"), "cafe-noir");
    }

    #[test]
    fn runs_of_other_characters_become_one_dash_and_none_at_the_ends() {
        assert_eq!(slug_from_name("  DA -- Barsel!  "), "da-barsel");
        assert_eq!(slug_from_name("Art. 6(1)(c)"), "art-6-1-c");
        assert_eq!(slug_from_name("HR/Løn 2026"), "hr-loen-2026");
        assert_eq!(slug_from_name("ЖЖЖ x"), "x");
    }

    #[test]
    fn nothing_to_keep_gives_the_empty_string() {
        assert_eq!(slug_from_name(""), "");
        assert_eq!(slug_from_name("— § —"), "");
        assert_eq!(slug_from_name("日本"), "");
    }

    #[test]
    fn every_non_empty_result_is_a_slug() {
        for name in [
            "Løn",
            "a",
            "§ 11, stk. 2, nr. 4",
            "Medlemmer & ansatte",
            "ÅÆØ",
            "x—y",
            "İstanbul",
            "MiXeD CaSe 42",
        ] {
            let s = slug_from_name(name);
            assert!(is_slug(&s), "{name:?} → {s:?}");
        }
    }
}
