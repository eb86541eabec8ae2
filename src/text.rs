//! Register text made safe for a terminal.

/// Control characters and escape sequences are shown escaped, never sent
/// to the terminal raw; a newline becomes `\n`.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\n' {
            out.push_str("\\n");
        } else if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn escapes_control_characters() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("æ\nø"), "æ\\nø");
        assert_eq!(printable("\u{7}"), "\\u{7}");
    }
}
