//! Reading .xlsx workbooks with `calamine`: cell values as text, with the
//! sheet's formulas and merged cells so they can be refused.

use std::path::Path;

use calamine::{Data, Reader, SheetVisible, Xlsx, open_workbook};

use super::Sheet;
use super::say::{Msg, say};

/// Every sheet of the workbook at `path`, in the workbook's order.
pub fn read(path: &Path) -> Result<Vec<Sheet>, Msg> {
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e: calamine::XlsxError| {
        say("import-xlsx-unreadable").arg("text", e.to_string())
    })?;
    let bad = |name: &String, e: &dyn std::fmt::Display| {
        say("import-xlsx-sheet-unreadable")
            .arg("sheet", name)
            .arg("text", e.to_string())
    };
    let names = book.sheet_names();
    let hidden: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|m| m.visible != SheetVisible::Visible)
        .map(|m| m.name.clone())
        .collect();
    let mut out = Vec::new();
    for name in names {
        let range = book.worksheet_range(&name).map_err(|e| bad(&name, &e))?;
        let mut sheet = Sheet {
            hidden: hidden.contains(&name),
            name: name.clone(),
            ..Sheet::default()
        };
        if let Some((r0, c0)) = range.start() {
            let (r0, c0) = (r0 as usize, c0 as usize);
            for (i, row) in range.rows().enumerate() {
                let r = r0 + i;
                for (j, value) in row.iter().enumerate() {
                    let text = cell_text(value);
                    if text.is_empty() {
                        continue;
                    }
                    set(&mut sheet.rows, r, c0 + j, text);
                }
            }
        }
        let formulas = book.worksheet_formula(&name).map_err(|e| bad(&name, &e))?;
        if let Some((r0, c0)) = formulas.start() {
            for (i, row) in formulas.rows().enumerate() {
                for (j, f) in row.iter().enumerate() {
                    if !f.is_empty() {
                        sheet
                            .formulas
                            .push((r0 as usize + i, c0 as usize + j, f.clone()));
                    }
                }
            }
        }
        let merged = book
            .merge_cells_by_sheet_name(&name)
            .map_err(|e| bad(&name, &e))?;
        for d in merged {
            sheet.merged.push((
                d.start.0 as usize,
                d.start.1 as usize,
                d.end.0 as usize,
                d.end.1 as usize,
            ));
        }
        out.push(sheet);
    }
    Ok(out)
}

/// Puts `text` at row `r`, column `c`, growing the grid as needed.
fn set(rows: &mut Vec<Vec<String>>, r: usize, c: usize, text: String) {
    if rows.len() <= r {
        rows.resize_with(r + 1, Vec::new);
    }
    let row = &mut rows[r];
    if row.len() <= c {
        row.resize_with(c + 1, String::new);
    }
    row[c] = text;
}

/// A cell as the user reads it: text as written, whole numbers without a
/// decimal point, dates as YYYY-MM-DD, yes/no for booleans.
fn cell_text(value: &Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::String(s) => s.replace("\r\n", "\n"),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                f.to_string()
            }
        }
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => {
            let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
            if d.is_datetime() && (h, min, s) != (0, 0, 0) {
                format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}")
            } else {
                format!("{y:04}-{m:02}-{day:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}
