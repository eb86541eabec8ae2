//! `ropa import`: a register kept as a spreadsheet (.xlsx, .csv) or as
//! Word tables (.docx) read into records of the model, ready to be
//! committed as one change through [`crate::register::change`].
//!
//! The steps, each its own module:
//!
//! 1. [`read`] turns the file into sheets of text cells (`xlsx`, `csv`,
//!    `docx`), refusing what cannot be read faithfully: a formula (its
//!    value is not what the user typed), a merged cell in the table (which
//!    row or column it belongs to is a guess), an empty file;
//! 2. `layout` finds the header row of each sheet and what each column
//!    holds: the Danish, Norwegian and ICO layouts of the templates DPOs
//!    know, recognised by their headings, or a column map ([`Map`]);
//! 3. `build` makes the organisation from the block above the table
//!    (`orgblock` reads its labels) and one activity per row, ids
//!    derived from names, free text into the fields it belongs to
//!    (`cells` and `text` recognise legal bases, data kinds, periods,
//!    safeguards), and what has no field into `notes`; it records where
//!    every cell went ([`Placement`]) and where every field came from, so
//!    a validation finding of the transaction is reported at the sheet's
//!    row and column ([`Imported::locate`], `report`).
//!
//! Nothing here writes: the caller hands [`Imported::files`] to the
//! transaction as one `Intent::Files`.

mod build;
mod cells;
mod csv;
mod docx;
mod exported;
mod layout;
mod orgblock;
mod report;
mod say;
mod text;
mod xlsx;

use std::fmt;
use std::path::Path;

pub use build::{Imported, Placement, Went};
pub use layout::{Layout, Map, Target};
pub use report::{field_words, record_words};

pub use say::{Msg, MsgArg};

use crate::register::lang::Lang;
use crate::register::load::Register;
use say::{inner, num, say};

/// What kind of file a workbook was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An Excel workbook.
    Xlsx,
    /// A CSV file: one sheet.
    Csv,
    /// A Word document: one sheet per table.
    Docx,
}

/// A file read as sheets of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Workbook {
    /// The file's name as given, for messages.
    pub file: String,
    /// What it was read from.
    pub kind: Kind,
    /// Its sheets (a CSV file has one, named after the file; a Word
    /// document one per table, "Table 1", "Table 2"…).
    pub sheets: Vec<Sheet>,
}

/// One sheet: rows of cells as text, from row 1 and column A.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name.
    pub name: String,
    /// Text written above the table (a Word document's paragraphs before
    /// it); for spreadsheets the rows above the header row serve instead.
    pub preamble: Vec<String>,
    /// Rows of cells; a cell is its text as shown (numbers and dates
    /// written out).
    pub rows: Vec<Vec<String>>,
    /// Merged cells: (first row, first column, last row, last column),
    /// 0-based, inclusive.
    pub merged: Vec<(usize, usize, usize, usize)>,
    /// Cells holding a formula: (row, column, formula), 0-based.
    pub formulas: Vec<(usize, usize, String)>,
    /// Hidden in Excel: the person importing does not see its rows, so it
    /// is read only when named with `--sheet`.
    pub hidden: bool,
}

impl Sheet {
    /// The text of a cell, empty when there is none.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .map_or("", String::as_str)
    }

    /// True when the row has no text.
    pub fn row_is_empty(&self, row: usize) -> bool {
        self.rows
            .get(row)
            .is_none_or(|r| r.iter().all(|c| c.trim().is_empty()))
    }
}

/// A place in the file: sheet, row and column (1-based), as a user finds
/// it in their spreadsheet program.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Loc {
    /// The sheet's name.
    pub sheet: String,
    /// The row, from 1; 0 means the text above a Word table.
    pub row: usize,
    /// The column, from 1, when the place is one cell.
    pub col: Option<usize>,
    /// The column's heading, when known.
    pub heading: Option<String>,
}

impl Loc {
    /// A place in `sheet`.
    pub fn new(sheet: &str, row0: usize, col0: Option<usize>) -> Self {
        Loc {
            sheet: sheet.to_string(),
            row: row0 + 1,
            col: col0.map(|c| c + 1),
            heading: None,
        }
    }

    /// The same place, naming its column's heading.
    pub fn headed(mut self, heading: &str) -> Self {
        let h = heading.split_whitespace().collect::<Vec<_>>().join(" ");
        if !h.is_empty() {
            self.heading = Some(h);
        }
        self
    }

    /// The cell as a report names it in `lang`: `D10` in a spreadsheet,
    /// `row 2, column 3` in a Word table.
    pub fn cell(&self, kind: Kind, lang: Lang) -> String {
        match (kind, self.col) {
            (_, _) if self.row == 0 => say("import-cell-above").render(lang),
            (Kind::Docx, Some(c)) => say("import-cell-docx")
                .arg("row", num(self.row))
                .arg("col", num(c))
                .render(lang),
            (_, Some(c)) => format!("{}{}", column_name(c - 1), self.row),
            (_, None) => say("import-loc-row").arg("row", num(self.row)).render(lang),
        }
    }

    /// The place as a user reads it in a file of `kind`, in `lang`:
    /// `sheet "Ark1", row 6, column D (Formål)`.
    pub fn describe(&self, kind: Kind, lang: Lang) -> String {
        let mut parts: Vec<String> = sheet_words(kind, &self.sheet, lang).into_iter().collect();
        parts.push(if self.row == 0 {
            say("import-loc-above").render(lang)
        } else {
            say("import-loc-row").arg("row", num(self.row)).render(lang)
        });
        if let Some(c) = self.col {
            let col = match kind {
                Kind::Docx => c.to_string(),
                _ => column_name(c - 1),
            };
            parts.push(say("import-loc-column").arg("col", col).render(lang));
        }
        let mut s = parts.join(", ");
        if let Some(h) = &self.heading {
            s.push_str(&format!(" ({h})"));
        }
        s
    }
}

/// A sheet as a report names it in `lang`: `sheet "Ark1"` in a workbook,
/// `table 2` in a Word document, nothing for a CSV file (its one sheet is
/// the file).
pub fn sheet_words(kind: Kind, sheet: &str, lang: Lang) -> Option<String> {
    match kind {
        Kind::Csv => None,
        Kind::Xlsx => Some(say("import-loc-sheet").arg("sheet", sheet).render(lang)),
        Kind::Docx => Some(match sheet.strip_prefix(docx::TABLE) {
            Some(n) => say("import-loc-table").arg("n", n).render(lang),
            None => sheet.to_string(),
        }),
    }
}

/// A spreadsheet column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_name(col0: usize) -> String {
    let mut n = col0 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Why the file cannot be imported as it is: where, and what to do. Nothing
/// is imported when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The place in the file, when there is one.
    pub loc: Option<Loc>,
    /// What is wrong and what to do, in every language.
    pub message: Msg,
}

impl Problem {
    /// A problem at `loc`.
    pub fn at(loc: Loc, message: Msg) -> Self {
        Problem {
            loc: Some(loc),
            message,
        }
    }

    /// A problem of the whole file.
    pub fn file(message: Msg) -> Self {
        Problem { loc: None, message }
    }

    /// `FILE: sheet "S", row R, column C (Heading): message`, in `lang`.
    pub fn display(&self, file: &str, kind: Kind, lang: Lang) -> String {
        match &self.loc {
            Some(l) => format!(
                "{file}: {}: {}",
                l.describe(kind, lang),
                self.message.render(lang)
            ),
            None => format!("{file}: {}", self.message.render(lang)),
        }
    }
}

impl fmt::Display for Problem {
    /// In English, as in a workbook.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.loc {
            Some(l) => write!(
                f,
                "{}: {}",
                l.describe(Kind::Xlsx, Lang::En),
                self.message.render(Lang::En)
            ),
            None => f.write_str(&self.message.render(Lang::En)),
        }
    }
}

/// Why a file could not be read at all (it is missing, not a workbook…):
/// the path and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The file, as named.
    pub file: String,
    /// Why, in every language (a reader's own words, such as the
    /// operating system's, as they are).
    pub reason: Msg,
}

impl Unreadable {
    /// `FILE: reason`, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        format!("{}: {}", self.file, self.reason.render(lang))
    }
}

impl fmt::Display for Unreadable {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// A reader's own error (the operating system's, a library's) as it is,
/// the same in every language.
pub(crate) fn as_written(e: impl fmt::Display) -> Msg {
    say("import-as-written").arg("text", e.to_string())
}

/// Reads `path` as a workbook, by its extension (.xlsx, .csv, .docx).
/// `Err(Unreadable)` when the file cannot be opened or is not of its kind;
/// `Ok(Err(problems))` when it was read but holds what cannot be imported
/// faithfully (an empty file).
pub fn read(path: &Path) -> Result<Result<Workbook, Vec<Problem>>, Unreadable> {
    let shown = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let kind = match ext.as_str() {
        "xlsx" | "xlsm" => Kind::Xlsx,
        "csv" | "txt" => Kind::Csv,
        "docx" => Kind::Docx,
        _ => {
            return Err(Unreadable {
                file: shown,
                reason: say("import-not-importable"),
            });
        }
    };
    let meta = std::fs::metadata(path).map_err(|e| Unreadable {
        file: shown.clone(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => say("import-file-missing"),
            std::io::ErrorKind::PermissionDenied => say("import-file-denied"),
            _ => as_written(e),
        },
    })?;
    if meta.len() == 0 {
        return Ok(Err(vec![Problem::file(say("import-file-empty"))]));
    }
    let sheets = match kind {
        Kind::Xlsx => xlsx::read(path),
        Kind::Csv => csv::read(path),
        Kind::Docx => docx::read(path),
    }
    .map_err(|reason| Unreadable {
        file: shown.clone(),
        reason,
    })?;
    let book = Workbook {
        file: shown,
        kind,
        sheets,
    };
    let empty = book
        .sheets
        .iter()
        .all(|s| s.rows.iter().flatten().all(|c| c.trim().is_empty()) && s.preamble.is_empty());
    if empty {
        return Ok(Err(vec![Problem::file(say("import-file-no-text"))]));
    }
    Ok(Ok(book))
}

/// How to import: the column map and the sheet, when given.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A column map for a layout ropa does not know (`--map`).
    pub map: Option<Map>,
    /// Only this sheet (`--sheet`; the map may name one too).
    pub sheet: Option<String>,
    /// The file's name, recorded as the organisation's source.
    pub source_name: String,
    /// `--org ID`: add the file's activities to this organisation of the
    /// register (default: the organisation whose id the file's name gives,
    /// when the register has it; else a new one).
    pub org: Option<String>,
    /// The register's language: the text the import writes into the
    /// records (their source, the notes of a value not stated) is in it.
    pub lang: Lang,
}

/// Builds the records of `book` for the register `reg`: the files to
/// commit, the report of every cell, and the places findings are mapped
/// to. Every problem is returned at once, so the user fixes the sheet in
/// one pass; nothing is built when there is any.
pub fn import(book: &Workbook, reg: &Register, opts: &Options) -> Result<Imported, Vec<Problem>> {
    let wanted = opts
        .sheet
        .clone()
        .or_else(|| opts.map.as_ref().and_then(|m| m.sheet.clone()));
    let sheets: Vec<&Sheet> = match &wanted {
        // Sheet names are told apart without regard to case, as Excel does.
        Some(name) => match book.sheets.iter().find(|s| &s.name == name).or_else(|| {
            book.sheets
                .iter()
                .find(|s| s.name.to_lowercase() == name.to_lowercase())
        }) {
            Some(s) => vec![s],
            None => {
                let names: Vec<String> = book
                    .sheets
                    .iter()
                    .map(|s| format!("\"{}\"", s.name))
                    .collect();
                return Err(vec![Problem::file(
                    say("import-no-such-sheet")
                        .arg("name", name)
                        .arg("list", names.join(", ")),
                )]);
            }
        },
        None => book.sheets.iter().collect(),
    };
    let mut problems = Vec::new();
    let mut tables = Vec::new();
    let mut skipped = Vec::new();
    // A hidden sheet (old rows, lists behind drop-downs) is not what the
    // person sees in Excel: left out and said so, unless asked for by name.
    let (hidden, sheets): (Vec<&Sheet>, Vec<&Sheet>) = sheets
        .into_iter()
        .partition(|s| s.hidden && wanted.is_none());
    skipped.extend(
        hidden
            .iter()
            .map(|s| say("import-sheet-hidden").arg("sheet", &s.name)),
    );
    let chosen = sheets.clone();
    for sheet in sheets {
        match layout::find(sheet, opts.map.as_ref()) {
            Ok(Some(t)) => tables.push((sheet, t)),
            Ok(None) => skipped.push(say("import-sheet-no-header").arg("sheet", &sheet.name)),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if tables.is_empty() && problems.is_empty() {
        let first = chosen
            .iter()
            .find(|s| !s.rows.iter().flatten().all(|c| c.trim().is_empty()));
        let loc = first.and_then(|s| {
            (0..s.rows.len())
                .find(|r| !s.row_is_empty(*r))
                .map(|r| (s, r))
        });
        let message = say("import-unknown-header");
        problems.push(match loc {
            Some((s, r)) => {
                let seen: Vec<&str> = s.rows[r]
                    .iter()
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect();
                Problem::at(
                    Loc::new(&s.name, r, None),
                    say("import-unknown-header-row")
                        .arg("problem", inner(&message))
                        .arg("text", seen.join(" | ")),
                )
            }
            None => Problem::file(message),
        });
    }
    for (sheet, t) in &tables {
        check_cells(sheet, t.header, &mut problems);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    build::build(book, &tables, &skipped, reg, opts)
}

/// Formulas anywhere and merged cells in the table are refused: their
/// text is not what the user typed in that cell. Above the header row a
/// cell merged across one row (a title, a label) is read from its first
/// cell, as it shows.
fn check_cells(sheet: &Sheet, header: usize, problems: &mut Vec<Problem>) {
    for (r, c, f) in &sheet.formulas {
        problems.push(Problem::at(
            Loc::new(&sheet.name, *r, Some(*c)),
            say("import-formula").arg("text", f),
        ));
    }
    for (r0, c0, r1, c1) in &sheet.merged {
        if *r1 < header && r0 == r1 {
            continue;
        }
        problems.push(Problem::at(
            Loc::new(&sheet.name, *r0, Some(*c0)),
            say("import-merged").arg(
                "cell",
                format!(
                    "{}{}:{}{}",
                    column_name(*c0),
                    r0 + 1,
                    column_name(*c1),
                    r1 + 1
                ),
            ),
        ));
    }
}
