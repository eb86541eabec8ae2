//! Register text as it may be shown on a terminal or written into a
//! commit message: the one set of rules for "nothing from the register
//! reaches a terminal raw".
//!
//! Register text is typed, pasted and merged by many hands; a name can
//! hold an escape sequence (`ESC ] 2 ; … BEL` retitles a terminal, `ESC [
//! 2 J` clears it) or a character that changes how the text around it
//! reads without being seen. Such characters are shown as text that names
//! them:
//!
//! - control characters (C0, DEL, C1) as Rust escapes: `\u{1b}`, `\t`,
//!   `\r`; a line break as `\n` where the text must stay on one line;
//! - bidirectional formatting characters as `<U+202E>`: the embeddings and
//!   overrides U+202A–U+202E, the isolates U+2066–U+2069 and the marks
//!   U+200E, U+200F, U+061C. An override makes `fdp.exe` read as
//!   `exe.pdf`; shown, the reader sees what the bytes say;
//! - invisible characters that can hide or split text without a trace, as
//!   `<U+200B>`: zero width space U+200B, word joiner U+2060, zero width
//!   no-break space (byte order mark) U+FEFF, the line and paragraph
//!   separators U+2028/U+2029 (some terminals break the line on them),
//!   the deprecated format characters U+206A–U+206F, the interlinear
//!   annotation characters U+FFF9–U+FFFB and the tag characters
//!   U+E0000–U+E007F (invisible text riding along in a field).
//!
//! Kept as they are, because text needs them and they cannot disguise it:
//! combining marks (a decomposed `å` is `a` + U+030A), the zero width
//! joiner and non-joiner U+200D/U+200C (emoji sequences, Persian and Indic
//! scripts), variation selectors, and the soft hyphen U+00AD, which
//! terminals draw.
//!
//! Every place that shows register text uses [`printable`] (one line),
//! [`printable_lines`] (line breaks kept) or, to map a cursor,
//! [`stand_in`] character by character.

/// Whether `c` is a bidirectional formatting character or an invisible
/// character that is shown by name (see the module docs).
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Whether `c` may not be written to a terminal as it is: a control
/// character (line breaks included) or a hidden one ([`is_hidden`]).
pub fn needs_stand_in(c: char) -> bool {
    c.is_control() || is_hidden(c)
}

/// What stands for `c` on a terminal, when `c` may not be written as it
/// is: `\u{1b}`, `\n`, `\t`, `<U+202E>`. `None` for every other character.
pub fn stand_in(c: char) -> Option<String> {
    if c.is_control() {
        Some(c.escape_default().collect())
    } else if is_hidden(c) {
        Some(format!("<U+{:04X}>", u32::from(c)))
    } else {
        None
    }
}

/// Register text on one line, safe for a terminal: every character that
/// may not be written as it is is shown by its [`stand_in`], a line break
/// as `\n`.
pub fn printable(s: &str) -> String {
    // Most text is plain printable ASCII, which needs no stand-in: a
    // report of a large register passes tens of thousands of strings.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match stand_in(c) {
            Some(v) => out.push_str(&v),
            None => out.push(c),
        }
    }
    out
}

/// Register text over several lines, safe for a terminal: like
/// [`printable`], but line breaks (`\n`) stay line breaks.
pub fn printable_lines(s: &str) -> String {
    s.split('\n').map(printable).collect::<Vec<_>>().join("\n")
}

/// Whether `s` can be written to a terminal as it is (no character of it
/// needs a [`stand_in`], line breaks aside).
pub fn is_printable(s: &str) -> bool {
    !s.chars().any(|c| c != '\n' && needs_stand_in(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_control_characters() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("æ\nø"), "æ\\nø");
        assert_eq!(printable("\u{7}"), "\\u{7}");
        assert_eq!(printable("a\tb\r"), "a\\tb\\r");
        assert_eq!(printable("\u{7f}\u{9b}"), "\\u{7f}\\u{9b}");
    }

    #[test]
    fn shows_bidirectional_formatting_by_name() {
        assert_eq!(printable("fdp\u{202E}.exe"), "fdp<U+202E>.exe");
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            let shown = printable(&c.to_string());
            assert_eq!(shown, format!("<U+{:04X}>", u32::from(c)));
            assert!(shown.is_ascii());
        }
    }

    #[test]
    fn shows_invisible_characters_that_hide_text() {
        assert_eq!(printable("c\u{200B}pr"), "c<U+200B>pr");
        assert_eq!(printable("\u{FEFF}x"), "<U+FEFF>x");
        assert_eq!(printable("a\u{2028}b\u{2029}"), "a<U+2028>b<U+2029>");
        assert_eq!(printable("\u{E0041}"), "<U+E0041>");
    }

    #[test]
    fn keeps_what_text_needs() {
        // Danish and Norwegian letters, composed and decomposed.
        for s in [
            "Lønbehandling å æ ø Å Æ Ø",
            "a\u{30A}",
            "👩\u{200D}⚖\u{FE0F}",
            "می\u{200C}خواهم",
            "bi\u{AD}lag",
            "§ 6, stk. 1 — “5 år”",
        ] {
            assert_eq!(printable(s), s);
            assert!(is_printable(s));
        }
    }

    #[test]
    fn lines_keep_their_breaks() {
        assert_eq!(
            printable_lines("a\u{1b}]2;x\u{7}\nb\u{202E}\n"),
            "a\\u{1b}]2;x\\u{7}\nb<U+202E>\n"
        );
        assert!(!is_printable("a\u{202E}"));
        assert!(is_printable("a\nb"));
    }

    #[test]
    fn stand_ins_are_plain_ascii_and_one_line() {
        for c in [
            '\n', '\r', '\u{1b}', '\u{7}', '\u{85}', '\u{202E}', '\u{FEFF}',
        ] {
            let s = stand_in(c).expect("stand-in");
            assert!(s.is_ascii() && !s.chars().any(|c| c.is_control()), "{s}");
        }
        assert_eq!(stand_in('ø'), None);
    }
}
