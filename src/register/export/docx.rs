//! The Word export: the same tables as the workbook ([`super::xlsx`]), as
//! Danish registers are often kept (the municipalities' standard records
//! are Word documents). For each organisation: a title, the organisation
//! block as paragraphs ("heading: value"), then one table whose first row
//! holds the headings and each further row one activity. An organisation
//! acting as processor gets a second table of its Art. 30(2) records. A
//! cell's values are one paragraph each. Landscape A3 (a register has many
//! columns), a new page per table. A column that is empty in every row of
//! a table is left out of that table: on paper it would only take room
//! from the columns that hold something.

use docx_rs::{
    BreakType, Docx, PageMargin, PageOrientationType, Paragraph, Run, Shading, Table, TableCell,
    TableCellMargins, TableLayoutType, TableRow, WidthType,
};

use super::ExportError;
use super::layout::{Cell, Fact, Layout, Sheet, sheets};
use crate::register::load::Register;

/// Text size of the tables, in half-points (7 pt): a register has many
/// columns.
const TABLE_SIZE: usize = 14;

/// The page: A3 landscape, in twentieths of a point.
const PAGE_WIDTH: u32 = 23811;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: u32 = 720;
/// The width between the margins.
const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;

/// The register as a docx document in `layout`.
pub fn render(reg: &Register, layout: Layout) -> Result<Vec<u8>, ExportError> {
    let mut doc = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_orient(PageOrientationType::Landscape)
        .page_margin(PageMargin {
            top: MARGIN as i32,
            left: MARGIN as i32,
            bottom: MARGIN as i32,
            right: MARGIN as i32,
            header: 360,
            footer: 360,
            gutter: 0,
        })
        .created_at("2000-01-01T00:00:00Z")
        .updated_at("2000-01-01T00:00:00Z");
    let sheets = sheets(reg, layout);
    if sheets.is_empty() {
        doc = doc.add_paragraph(title(layout.title(), false));
    }
    for (i, sheet) in sheets.iter().enumerate() {
        doc = add_sheet(doc, sheet, i > 0);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut out)
        .map_err(|e| ExportError::Writer {
            format: "docx",
            message: e.to_string(),
        })?;
    Ok(out.into_inner())
}

fn title(text: &str, new_page: bool) -> Paragraph {
    let mut run = Run::new();
    if new_page {
        run = run.add_break(BreakType::Page);
    }
    Paragraph::new().add_run(run.add_text(xml_text(text)).bold().size(28))
}

fn add_sheet(mut doc: Docx, sheet: &Sheet, new_page: bool) -> Docx {
    doc = doc.add_paragraph(title(&sheet.title, new_page));
    for (label, value) in &sheet.org_block {
        let run = Run::new()
            .add_text(xml_text(&format!("{label}: ")))
            .bold()
            .size(20);
        let mut rest = Run::new().size(20);
        for (i, line) in value.lines().enumerate() {
            if i > 0 {
                rest = rest.add_break(BreakType::TextWrapping);
            }
            rest = rest.add_text(xml_text(line));
        }
        doc = doc.add_paragraph(Paragraph::new().add_run(run).add_run(rest));
    }
    doc = doc.add_paragraph(Paragraph::new());
    // The columns that hold something in some row.
    let kept: Vec<usize> = (0..sheet.columns.len())
        .filter(|c| {
            sheet.rows.iter().any(|r| match r.get(*c) {
                Some(Cell::Text(t)) => !t.trim().is_empty(),
                Some(Cell::Date(_)) => true,
                None => false,
            })
        })
        .collect();
    // A table without rows keeps its headings all the same.
    let kept: Vec<usize> = if kept.is_empty() {
        (0..sheet.columns.len()).collect()
    } else {
        kept
    };
    // Column widths in proportion to what the columns hold, across the
    // page between the margins.
    let facts: Vec<Fact> = kept.iter().map(|c| sheet.columns[*c]).collect();
    let total: f64 = facts.iter().map(|f| f.width()).sum();
    let widths: Vec<usize> = facts
        .iter()
        .map(|f| (f.width() / total.max(1.0) * f64::from(TEXT_WIDTH)) as usize)
        .collect();
    let header = TableRow::new(
        kept.iter()
            .zip(&widths)
            .map(|(c, w)| {
                TableCell::new()
                    .width(*w, WidthType::Dxa)
                    .shading(Shading::new().fill("DDEBF7"))
                    .add_paragraph(
                        Paragraph::new().add_run(
                            Run::new()
                                .add_text(xml_text(sheet.headings[*c]))
                                .bold()
                                .size(TABLE_SIZE),
                        ),
                    )
            })
            .collect(),
    )
    .cant_split();
    let mut rows = vec![header];
    for cells in &sheet.rows {
        rows.push(TableRow::new(
            kept.iter()
                .zip(&widths)
                .map(|(c, w)| {
                    let text = match cells.get(*c) {
                        Some(Cell::Text(s)) => s.clone(),
                        Some(Cell::Date(d)) => d.to_string(),
                        None => String::new(),
                    };
                    cell(&text).width(*w, WidthType::Dxa)
                })
                .collect(),
        ));
    }
    doc.add_table(
        Table::new(rows)
            .set_grid(widths)
            .width(TEXT_WIDTH as usize, WidthType::Dxa)
            .margins(TableCellMargins::new().margin(40, 60, 40, 60))
            .layout(TableLayoutType::Fixed),
    )
}

/// A table cell with one paragraph per line of `text` (at least one: Word
/// needs a paragraph in every cell).
fn cell(text: &str) -> TableCell {
    let mut c = TableCell::new();
    let mut any = false;
    for line in text.lines() {
        any = true;
        c = c.add_paragraph(
            Paragraph::new().add_run(Run::new().add_text(xml_text(line)).size(TABLE_SIZE)),
        );
    }
    if !any {
        c = c.add_paragraph(Paragraph::new());
    }
    c
}

/// `s` with the characters XML 1.0 cannot hold (control characters other
/// than tab and line breaks, U+FFFE, U+FFFF) written as `<U+XXXX>`, so a
/// stray control character in the register cannot make the document one
/// Word refuses to open.
fn xml_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let bad =
            (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}');
        if bad {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_written() {
        assert_eq!(xml_text("a\u{1b}[31mb"), "a<U+001B>[31mb");
        assert_eq!(xml_text("æøå\tx"), "æøå\tx");
        assert_eq!(xml_text("\u{ffff}"), "<U+FFFF>");
    }
}
