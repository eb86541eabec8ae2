//! CSV exports: one row per activity of every organisation, the
//! organisation's columns first.
//!
//! Two forms. [`render`] is the plain one: the ICO layout's English
//! columns, `,`, records ending with `\n`, no byte-order mark, as RFC 4180
//! quotes it. [`render_layout`] is the one for a spreadsheet: a layout's
//! columns and headings ([`super::layout`]), and the bytes Excel reads and
//! writes in the layout's locale ([`CsvStyle::excel`]): UTF-8 with a
//! byte-order mark (without it Excel reads `ø` as `Ã¸`), `;` for the
//! Danish and Norwegian layouts (where `,` is the decimal mark, and a `,`
//! file opens as one column), `,` for ICO, records ending with `\r\n`.
//!
//! An organisation without any activity still gets one row, with the
//! activity columns empty, so that its own fields are in the file.
//!
//! A line break inside a cell is `\n` (a `\r` in register text is folded
//! into it), as Excel writes a cell's line breaks. Multi-valued cells have
//! one value per line. A cell holding the delimiter, a `"` or a line break
//! is quoted, its `"` doubled. A cell that would start with `=`, `+`, `-`,
//! `@` or a tab gets a leading `'`, so a spreadsheet opening the file never
//! runs register text as a formula.

use super::layout::{self, Layout};
use crate::register::load::Register;

/// The header row of the plain CSV, in column order: the ICO layout's
/// headings, organisation columns first.
pub fn headers() -> Vec<&'static str> {
    layout::flat_headings(Layout::Ico)
}

/// How the bytes of a CSV file are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    /// The field separator.
    pub delimiter: char,
    /// Whether the file starts with the UTF-8 byte-order mark.
    pub bom: bool,
    /// Whether records end with `\r\n` (else `\n`).
    pub crlf: bool,
}

impl CsvStyle {
    /// The plain form: `,`, `\n`, no byte-order mark.
    pub const PLAIN: CsvStyle = CsvStyle {
        delimiter: ',',
        bom: false,
        crlf: false,
    };

    /// What Excel reads in `layout`'s locale: the layout's delimiter, a
    /// byte-order mark, `\r\n`.
    pub fn excel(layout: Layout) -> CsvStyle {
        CsvStyle {
            delimiter: layout.delimiter(),
            bom: true,
            crlf: true,
        }
    }
}

/// Quotes one field for `delimiter` (RFC 4180, as Excel writes it) and
/// neutralises formula prefixes.
fn field(s: &str, delimiter: char) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let s = if s.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([delimiter, '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn push_record<S: AsRef<str>>(out: &mut String, cells: &[S], style: CsvStyle) {
    let mut sep = [0u8; 4];
    let sep = style.delimiter.encode_utf8(&mut sep);
    let line: Vec<String> = cells
        .iter()
        .map(|c| field(c.as_ref(), style.delimiter))
        .collect();
    out.push_str(&line.join(sep));
    out.push_str(if style.crlf { "\r\n" } else { "\n" });
}

/// Renders the plain CSV: the ICO layout's header row, then one row per
/// activity, `,` and `\n`.
pub fn render(reg: &Register) -> String {
    render_layout(reg, Layout::Ico, CsvStyle::PLAIN)
}

/// Renders the CSV of `layout` in `style`: the header row in the layout's
/// language, then one row per activity.
pub fn render_layout(reg: &Register, layout: Layout, style: CsvStyle) -> String {
    let mut out = String::new();
    if style.bom {
        out.push('\u{feff}');
    }
    push_record(&mut out, &layout::flat_headings(layout), style);
    for row in layout::flat_rows(reg, layout) {
        push_record(&mut out, &row, style);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_for_their_delimiter() {
        assert_eq!(field("a,b", ';'), "a,b");
        assert_eq!(field("a;b", ';'), "\"a;b\"");
        assert_eq!(field("a,b", ','), "\"a,b\"");
        assert_eq!(field("sagt \"ja\"", ';'), "\"sagt \"\"ja\"\"\"");
        assert_eq!(field("to\r\nlinjer", ';'), "\"to\nlinjer\"");
        assert_eq!(field("=SUM(A1)", ';'), "'=SUM(A1)");
        assert_eq!(field("æøå", ';'), "æøå");
    }

    #[test]
    fn excel_records_end_with_crlf_after_a_bom() {
        let mut out = String::new();
        push_record(&mut out, &["a", "b;c"], CsvStyle::excel(Layout::Da));
        assert_eq!(out, "a;\"b;c\"\r\n");
        let empty = render_layout(
            &Register::default(),
            Layout::Nb,
            CsvStyle::excel(Layout::Nb),
        );
        assert!(empty.starts_with('\u{feff}'));
        assert!(empty.ends_with("Merknader\r\n"));
    }
}
