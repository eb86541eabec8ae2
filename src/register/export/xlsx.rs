//! The Excel workbook export: one sheet per organisation (its controller
//! record, Art. 30(1)) and one per organisation that acts as processor
//! (Art. 30(2)), in a [`Layout`].
//!
//! Each sheet has the title in row 1, the organisation block below it (a
//! heading and its value per row), a blank row, then the table: the
//! headings row (frozen, with a filter) and a row per activity. The ICO
//! layout's sheets have the template's shape instead: the contact block in
//! rows 1–6 and the headings in row 9. Cells are
//! real cells: text (several values one per line, wrapped), and the date
//! of the last review as a date. Column widths follow what the column
//! holds. Sheet names are fitted to Excel's rules: at most 31 characters,
//! none of `[]:*?/\`, unique regardless of case.
//!
//! The workbook's creation date is fixed, so the same register always
//! gives the same bytes.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::ExportError;
use super::layout::{Cell, Layout, Sheet, SheetKind, sheets};
use crate::register::load::Register;

/// The most characters Excel holds in one cell.
pub const MAX_CELL_CHARS: usize = 32_767;

/// The most characters of a sheet name.
pub const MAX_SHEET_NAME: usize = 31;

/// The register as an xlsx workbook in `layout`.
pub fn render(reg: &Register, layout: Layout) -> Result<Vec<u8>, ExportError> {
    let sheets = sheets(reg, layout);
    let names = sheet_names(&sheets, layout);
    let mut wb = Workbook::new();
    // A fixed creation date: the export depends on the register alone.
    let props = DocProperties::new()
        .set_title(layout.title())
        .set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1).map_err(writer)?);
    wb.set_properties(&props);
    let styles = Styles::new();
    for (sheet, name) in sheets.iter().zip(&names) {
        let ws = wb.add_worksheet();
        ws.set_name(name.as_str()).map_err(writer)?;
        write_sheet(ws, sheet, name, &styles)?;
    }
    if sheets.is_empty() {
        // A workbook needs a sheet; an export with nothing in it says so.
        let ws = wb.add_worksheet();
        ws.set_name(fit(layout.title(), "")).map_err(writer)?;
        ws.write_string_with_format(0, 0, layout.title(), &styles.title)
            .map_err(writer)?;
    }
    wb.save_to_buffer().map_err(writer)
}

fn writer(e: XlsxError) -> ExportError {
    ExportError::Writer {
        format: "xlsx",
        message: e.to_string(),
    }
}

/// The formats of a sheet.
struct Styles {
    title: Format,
    label: Format,
    value: Format,
    heading: Format,
    text: Format,
    date: Format,
}

impl Styles {
    fn new() -> Styles {
        let text = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin)
            .set_border_color("#BFBFBF");
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            label: Format::new().set_bold(),
            value: Format::new(),
            heading: text
                .clone()
                .set_bold()
                .set_background_color("#DDEBF7")
                .set_border_bottom(FormatBorder::Medium)
                .set_border_bottom_color("#000000"),
            date: text.clone().set_num_format("yyyy-mm-dd"),
            text,
        }
    }
}

fn write_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    name: &str,
    st: &Styles,
) -> Result<(), ExportError> {
    let too_long = |row: u32, column: &str, s: &str| {
        let chars = s.chars().count();
        if chars > MAX_CELL_CHARS {
            Err(ExportError::CellTooLong {
                sheet: name.to_string(),
                row: row + 1,
                column: column.to_string(),
                chars,
                max: MAX_CELL_CHARS,
            })
        } else {
            Ok(())
        }
    };
    let header = if sheet.contact_block.is_empty() {
        ws.write_string_with_format(0, 0, sheet.title.as_str(), &st.title)
            .map_err(writer)?;
        // The block is one line per fact, so the frozen rows above the
        // table stay few and short: a value of several lines is shown on
        // one, its lines separated by "; ", overflowing into the empty
        // cells beside it.
        let mut row: u32 = 1;
        for (label, value) in &sheet.org_block {
            let one_line = value.lines().collect::<Vec<_>>().join("; ");
            too_long(row, label, &one_line)?;
            ws.write_string_with_format(row, 0, *label, &st.label)
                .map_err(writer)?;
            ws.write_string_with_format(row, 1, one_line, &st.value)
                .map_err(writer)?;
            row += 1;
        }
        row + 1
    } else {
        // The ICO template: its contact block in rows 1–6 (a small
        // table, its headings and row labels bold; then headings and
        // values side by side), the table's headings in row 9.
        for (r, cells) in sheet.contact_block.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            for (c, value) in cells.iter().enumerate() {
                if value.is_empty() {
                    continue;
                }
                too_long(r, "", value)?;
                let bold = r == 0 || c == 0 || (r >= ICO_PAIR_ROW && c.is_multiple_of(2));
                let style = if bold { &st.label } else { &st.value };
                ws.write_string_with_format(r, col_num(c)?, value.as_str(), style)
                    .map_err(writer)?;
            }
        }
        ICO_HEADER_ROW
    };
    for (c, (fact, heading)) in sheet.columns.iter().zip(&sheet.headings).enumerate() {
        let col = col_num(c)?;
        ws.set_column_width(col, fact.width()).map_err(writer)?;
        ws.write_string_with_format(header, col, *heading, &st.heading)
            .map_err(writer)?;
    }
    let widths: Vec<f64> = sheet.columns.iter().map(|f| f.width()).collect();
    let headings: Vec<Cell> = sheet
        .headings
        .iter()
        .map(|h| Cell::Text((*h).to_string()))
        .collect();
    ws.set_row_height(header, row_height(&headings, &widths))
        .map_err(writer)?;
    let mut r = header;
    for cells in &sheet.rows {
        r += 1;
        ws.set_row_height(r, row_height(cells, &widths))
            .map_err(writer)?;
        for (c, cell) in cells.iter().enumerate() {
            let col = col_num(c)?;
            match cell {
                Cell::Text(s) => {
                    too_long(r, sheet.headings.get(c).copied().unwrap_or(""), s)?;
                    ws.write_string_with_format(r, col, s.as_str(), &st.text)
                        .map_err(writer)?;
                }
                Cell::Date(d) => {
                    let date = u16::try_from(d.year)
                        .ok()
                        .zip(u8::try_from(d.month).ok())
                        .zip(u8::try_from(d.day).ok())
                        .and_then(|((y, m), d)| ExcelDateTime::from_ymd(y, m, d).ok());
                    match date {
                        Some(x) => ws.write_datetime_with_format(r, col, x, &st.date),
                        // Before 1900 Excel has no date: the text then.
                        None => ws.write_string_with_format(r, col, d.to_string(), &st.text),
                    }
                    .map_err(writer)?;
                }
            }
        }
    }
    let last_col = col_num(sheet.columns.len().saturating_sub(1))?;
    ws.set_freeze_panes(header + 1, 0).map_err(writer)?;
    ws.autofilter(header, 0, r, last_col).map_err(writer)?;
    ws.set_repeat_rows(header, header).map_err(writer)?;
    ws.set_landscape();
    if sheet.kind == SheetKind::Processor {
        ws.set_tab_color("#F4B183");
    }
    Ok(())
}

/// The ICO template's heading row (row 9), counted from 0.
pub const ICO_HEADER_ROW: u32 = 8;

/// The first row of the ICO contact block holding headings and values side
/// by side (row 5), counted from 0.
const ICO_PAIR_ROW: u32 = 4;

/// Points per line of text in the default font (Calibri 11).
const LINE_HEIGHT: f64 = 15.0;

/// The tallest row Excel allows, in points.
const MAX_ROW_HEIGHT: f64 = 409.0;

/// The height of a row whose wrapped `cells` sit in columns `widths`
/// wide: as many lines as its fullest cell needs. Written into the file
/// rather than left to the reader, because not every program that opens
/// a workbook fits rows to wrapped text (LibreOffice does not on load),
/// and a row one line high would hide all but a cell's first line. The
/// estimate errs on the tall side.
fn row_height(cells: &[Cell], widths: &[f64]) -> f64 {
    let lines = cells
        .iter()
        .zip(widths)
        .map(|(cell, w)| match cell {
            Cell::Date(_) => 1,
            Cell::Text(t) => {
                // Characters of running text a line holds: a width unit is
                // one '0', most letters are narrower; less what word
                // wrapping leaves at the end of a line.
                let per_line = ((w * 1.1) as usize).saturating_sub(4).max(4);
                t.split('\n')
                    .map(|l| l.chars().count().div_ceil(per_line).max(1))
                    .sum::<usize>()
            }
        })
        .max()
        .unwrap_or(1)
        .max(1);
    (lines as f64 * LINE_HEIGHT).min(MAX_ROW_HEIGHT)
}

fn col_num(c: usize) -> Result<u16, ExportError> {
    u16::try_from(c).map_err(|_| ExportError::Writer {
        format: "xlsx",
        message: format!("{c} columns are more than a sheet holds"),
    })
}

/// The sheet names of `sheets`: each fitted to Excel's rules and unique
/// regardless of case; a processor sheet's name ends with the layout's
/// processor suffix however long the organisation's name.
pub fn sheet_names(sheets: &[Sheet], layout: Layout) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(sheets.len());
    for s in sheets {
        let suffix = match s.kind {
            SheetKind::Controller => "",
            SheetKind::Processor => layout.processor_suffix(),
        };
        let mut name = fit(&s.name, suffix);
        let mut n = 2;
        // "History" is reserved by Excel.
        while taken.contains(&name.to_lowercase()) || name.eq_ignore_ascii_case("history") {
            name = fit(&s.name, &format!("{suffix} ({n})"));
            n += 1;
        }
        taken.push(name.to_lowercase());
        out.push(name);
    }
    out
}

/// `base` cleaned of the characters Excel refuses in a sheet name and cut
/// so that with `suffix` it is at most 31 characters.
fn fit(base: &str, suffix: &str) -> String {
    let clean: String = base
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    let room = MAX_SHEET_NAME.saturating_sub(suffix.chars().count());
    let cut: String = clean.trim().chars().take(room).collect();
    // Excel refuses a name that starts or ends with an apostrophe.
    let cut = cut.trim_matches('\'').trim().to_string();
    let cut = if cut.is_empty() { "-".to_string() } else { cut };
    let mut name = format!("{cut}{suffix}");
    if name.ends_with('\'') {
        name.pop();
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::export::layout::Fact;

    fn sheet(name: &str, kind: SheetKind) -> Sheet {
        Sheet {
            name: name.into(),
            title: String::new(),
            kind,
            org_id: String::new(),
            org_block: Vec::new(),
            contact_block: Vec::new(),
            columns: vec![Fact::ActivityName],
            headings: vec!["x"],
            rows: Vec::new(),
        }
    }

    #[test]
    fn rows_are_as_tall_as_their_fullest_cell() {
        let widths = [12.0, 50.0];
        let one = [Cell::Text("kort".into()), Cell::Text("kort".into())];
        assert_eq!(row_height(&one, &widths), LINE_HEIGHT);
        let three_lines = [
            Cell::Text(String::new()),
            Cell::Text("første\nanden\ntredje".into()),
        ];
        assert_eq!(row_height(&three_lines, &widths), 3.0 * LINE_HEIGHT);
        // 120 characters in a column 12 wide wrap onto many lines.
        let long = [Cell::Text("ø".repeat(120)), Cell::Text(String::new())];
        assert!(row_height(&long, &widths) >= 10.0 * LINE_HEIGHT);
        let huge = [Cell::Text("æ\n".repeat(1000)), Cell::Text(String::new())];
        assert_eq!(row_height(&huge, &widths), MAX_ROW_HEIGHT);
    }

    #[test]
    fn sheet_names_fit_excel() {
        let long = "Styrelsen for Dataforsyning og Infrastruktur: Kort/Geo [test]";
        let sheets = [
            sheet(long, SheetKind::Controller),
            sheet(long, SheetKind::Processor),
            sheet(long, SheetKind::Controller),
            sheet("history", SheetKind::Controller),
            sheet("'Ærø'", SheetKind::Controller),
            sheet("ÆRØ", SheetKind::Controller),
        ];
        let names = sheet_names(&sheets, Layout::Da);
        for n in &names {
            assert!(n.chars().count() <= MAX_SHEET_NAME, "{n}");
            assert!(!n.contains(['[', ']', ':', '*', '?', '/', '\\']), "{n}");
            assert!(!n.starts_with('\'') && !n.ends_with('\''), "{n}");
        }
        assert_eq!(names[0], "Styrelsen for Dataforsyning og");
        assert!(names[1].ends_with(" (databehandler)"), "{}", names[1]);
        assert!(names[2].ends_with(" (2)"), "{}", names[2]);
        assert_eq!(names[3], "history (2)");
        assert_eq!(names[4], "Ærø");
        assert_eq!(names[5], "ÆRØ (2)");
        let lower: std::collections::HashSet<String> =
            names.iter().map(|n| n.to_lowercase()).collect();
        assert_eq!(lower.len(), names.len());
    }
}
