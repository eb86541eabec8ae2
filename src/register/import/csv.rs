//! Reading CSV files with the `csv` crate: UTF-8 with or without a byte
//! order mark, fields separated by `;` (as Danish and Norwegian Excel
//! writes them) or `,`, told apart on the first line.

use std::path::Path;

use super::say::{Msg, num, say};
use super::{Sheet, as_written};

/// The file at `path` as one sheet named after the file.
pub fn read(path: &Path) -> Result<Vec<Sheet>, Msg> {
    let bytes = std::fs::read(path).map_err(as_written)?;
    let decoded = utf16(&bytes)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match &decoded {
        Some(t) => t.as_str(),
        None => std::str::from_utf8(bytes)
            .map_err(|e| say("import-csv-not-utf8").arg("n", num(e.valid_up_to() + 1)))?,
    };
    let delimiter = sniff(text);
    // The csv reader passes over blank lines; a spreadsheet program shows
    // each as an empty row, so each is given a delimiter to keep row
    // numbers as the user sees them.
    let text = mark_blank_lines(text, delimiter);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => say("import-csv-line")
                .arg("n", num(p.line() as usize))
                .arg("text", e.to_string()),
            None => as_written(e),
        })?;
        rows.push(
            record
                .iter()
                .map(|f| unneutralised(&f.replace("\r\n", "\n")).to_string())
                .collect::<Vec<_>>(),
        );
    }
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(vec![Sheet {
        name,
        rows,
        ..Sheet::default()
    }])
}

/// `text` with a delimiter on every blank line outside quotes.
/// The text of a file that starts with a UTF-16 byte-order mark, as Excel
/// writes "Unicode Text" (tab-separated, UTF-16 little-endian); `None` for
/// any other file.
fn utf16(bytes: &[u8]) -> Result<Option<String>, Msg> {
    let (body, le) = match bytes {
        [0xFF, 0xFE, rest @ ..] => (rest, true),
        [0xFE, 0xFF, rest @ ..] => (rest, false),
        _ => return Ok(None),
    };
    if body.len() % 2 != 0 {
        return Err(say("import-utf16-odd"));
    }
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|c| {
            let pair = [c[0], c[1]];
            if le {
                u16::from_le_bytes(pair)
            } else {
                u16::from_be_bytes(pair)
            }
        })
        .collect();
    String::from_utf16(&units)
        .map(Some)
        .map_err(|_| say("import-utf16-invalid"))
}

/// A field's text without the `'` that ropa's CSV export (and other
/// careful writers) put before a leading `=`, `+`, `-`, `@` or tab so that
/// Excel shows it as text rather than running it as a formula.
fn unneutralised(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t']) => rest,
        _ => field,
    }
}

fn mark_blank_lines(text: &str, delimiter: u8) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut quoted = false;
    let mut line_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if line_start && !quoted && (c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'))) {
            out.push(char::from(delimiter));
        }
        out.push(c);
        match c {
            '"' => quoted = !quoted,
            '\n' => {
                line_start = true;
                continue;
            }
            _ => {}
        }
        line_start = false;
    }
    out
}

/// The delimiter of the first non-empty line, outside quotes: a tab when
/// tabs outnumber semicolons and commas, else `;` when semicolons outnumber
/// commas, else `,`.
pub fn sniff(text: &str) -> u8 {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut semi, mut comma, mut tab, mut quoted) = (0, 0, 0, false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    // Tab: Excel's "Text (tab-separated)" and "Unicode Text".
    if tab > semi && tab > comma {
        b'\t'
    } else if semi > comma {
        b';'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_the_first_line_uses_outside_quotes() {
        assert_eq!(sniff("Behandlingsaktivitet;Formål;\"a, b, c\"\n"), b';');
        assert_eq!(sniff("\n\nName,Purpose\n"), b',');
        assert_eq!(sniff("\"x;y;z\",b\n"), b',');
    }

    #[test]
    fn a_bom_and_semicolons_and_line_breaks_in_quotes_are_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("protokoll.csv");
        std::fs::write(
            &p,
            "\u{feff}Navn;Formål\r\nLønn;\"Utbetale lønn;\r\nføre regnskap\"\r\n",
        )
        .expect("write");
        let sheets = read(&p).expect("read");
        assert_eq!(sheets[0].name, "protokoll");
        assert_eq!(sheets[0].rows[0], vec!["Navn", "Formål"]);
        assert_eq!(sheets[0].rows[1][1], "Utbetale lønn;\nføre regnskap");
    }

    #[test]
    fn blank_lines_stay_rows_so_row_numbers_are_the_spreadsheets() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("blank.csv");
        std::fs::write(&p, "\r\nA;B\r\n\r\n\"x\r\ny\";z\r\n\r\nlast;row\r\n").expect("write");
        let rows = &read(&p).expect("read")[0].rows;
        let blank = |r: &Vec<String>| r.iter().all(String::is_empty);
        assert!(
            blank(&rows[0]) && blank(&rows[2]) && blank(&rows[4]),
            "{rows:?}"
        );
        assert_eq!(rows[1], vec!["A", "B"]);
        assert_eq!(rows[3], vec!["x\ny", "z"]);
        assert_eq!(rows[5], vec!["last", "row"]);
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_with_what_to_do() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("latin1.csv");
        std::fs::write(&p, b"Navn;Form\xe5l\n").expect("write");
        let e = read(&p)
            .expect_err("latin-1")
            .render(crate::register::lang::Lang::Da);
        assert!(e.contains("gem den som \"CSV UTF-8\""), "{e}");
    }
}
