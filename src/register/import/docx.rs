//! Reading the tables of a Word document: `word/document.xml` from the
//! .docx archive (`zip`), read with `quick-xml`. Each top-level table is a
//! sheet ("Table 1", …); the paragraphs above it (up to the previous
//! table) are its preamble, where the organisation block is written.
//! Cells spanning columns (`gridSpan`) or rows (`vMerge`) are recorded as
//! merged.

use std::io::Read;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::say::{Msg, say};
use super::{Sheet, as_written};

/// The start of a table's name ("Table 1", …), which a report names in
/// the user's language.
pub const TABLE: &str = "Table ";

/// Every table of the document at `path`.
pub fn read(path: &Path) -> Result<Vec<Sheet>, Msg> {
    let file = std::fs::File::open(path).map_err(as_written)?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|e| say("import-docx-unreadable").arg("text", e.to_string()))?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| say("import-docx-not-word").arg("text", e.to_string()))?
        .read_to_string(&mut xml)
        .map_err(|e| as_written(format!("word/document.xml: {e}")))?;
    parse(&xml)
}

/// The tables of a `word/document.xml`.
pub fn parse(xml: &str) -> Result<Vec<Sheet>, Msg> {
    let mut reader = Reader::from_str(xml);
    let mut sheets = Vec::new();
    let mut preamble: Vec<String> = Vec::new();
    let mut table: Option<Sheet> = None;
    // Depth of nested tables; text of a nested table stays in its cell.
    let mut depth = 0usize;
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    let mut para = String::new();
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| {
            say("import-docx-xml-at")
                .arg("n", reader.error_position().to_string())
                .arg("text", e.to_string())
        })?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "tbl" if !empty => {
                    depth += 1;
                    if depth == 1 {
                        table = Some(Sheet {
                            name: format!("{TABLE}{}", sheets.len() + 1),
                            preamble: std::mem::take(&mut preamble),
                            ..Sheet::default()
                        });
                    }
                }
                "tr" if depth == 1 => row = Vec::new(),
                "tc" if depth == 1 => cell = Some(String::new()),
                name @ ("gridSpan" | "vMerge") if depth == 1 => {
                    let spans = name == "vMerge"
                        || e.try_get_attribute("w:val")
                            .ok()
                            .flatten()
                            .map(|a| a.value.into_owned())
                            .is_some_and(|v| v != "1");
                    if spans && let Some(t) = table.as_mut() {
                        let (r, c) = (t.rows.len(), row.len());
                        t.merged.push((r, c, r, c));
                    }
                }
                "t" => in_text = !empty,
                "tab" => para.push('\t'),
                "br" | "cr" => para.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    para.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    para.push_str(s);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    let text = std::mem::take(&mut para);
                    match cell.as_mut() {
                        Some(c) => {
                            if !c.is_empty() {
                                c.push('\n');
                            }
                            c.push_str(&text);
                        }
                        None if depth == 0 && !text.trim().is_empty() => preamble.push(text),
                        None => {}
                    }
                }
                "tc" if depth == 1 => {
                    row.push(cell.take().unwrap_or_default().trim_end().to_string())
                }
                "tr" if depth == 1 => {
                    if let Some(t) = table.as_mut() {
                        t.rows.push(std::mem::take(&mut row));
                    }
                }
                "tbl" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0
                        && let Some(t) = table.take()
                    {
                        sheets.push(t);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(sheets)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Dataansvarlig: Ærø Kommune</w:t></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>Behandlingsaktivitet</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Formål</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Løn &amp; personale</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Udbetale løn</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Føre </w:t></w:r><w:r><w:t>regnskab</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>Efter tabellen</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Fælles</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;

    #[test]
    fn tables_become_sheets_with_the_paragraphs_above_them() {
        let sheets = parse(DOC).expect("parse");
        assert_eq!(sheets.len(), 2);
        assert_eq!(sheets[0].name, "Table 1");
        assert_eq!(sheets[0].preamble, vec!["Dataansvarlig: Ærø Kommune"]);
        assert_eq!(sheets[0].rows[1][0], "Løn & personale");
        assert_eq!(sheets[0].rows[1][1], "Udbetale løn\nFøre regnskab");
        assert!(sheets[0].merged.is_empty());
        assert_eq!(sheets[1].preamble, vec!["Efter tabellen"]);
    }

    #[test]
    fn a_cell_spanning_columns_is_recorded_as_merged() {
        let sheets = parse(DOC).expect("parse");
        assert_eq!(sheets[1].merged, vec![(0, 0, 0, 0)]);
    }
}
