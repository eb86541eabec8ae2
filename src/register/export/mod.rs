//! Exports of the whole register for the supervisory authority
//! (Art. 30(4)): Markdown, self-contained HTML (with pictures of where the
//! data go), CSV and lossless JSON, the data flows for Graphviz ([`dot`]); and
//! in the layouts DPOs know ([`layout`]: Danish, Norwegian, ICO) an Excel
//! workbook ([`xlsx`]), a Word document ([`docx`]) and an Excel-ready CSV
//! ([`excel_csv`]).
//!
//! [`filter`] narrows a register to some statuses and organisations
//! before any export (an authority is given the approved records only).
//!
//! Every format shows every field of every organisation and activity.
//! Recipients, systems, data categories and data subjects referred to by id
//! are shown by name. Output depends only on the register's records and
//! file paths, never on the clock or the machine, so the same register
//! always gives the same bytes.

pub mod csv;
mod document;
pub mod docx;
pub mod dot;
mod html;
pub mod json;
pub mod labels;
pub mod layout;
mod markdown;
mod svg;
pub mod xlsx;

pub use json::{JsonExport, JsonOrganisation};

pub use layout::Layout;

use super::lang::Lang;
use super::load::Register;
use super::model::Status;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One Markdown document: a section per organisation, a subsection per
    /// activity.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// One row per activity, ICO template column order.
    Csv,
    /// Every field, lossless.
    Json,
    /// Where the data go, as a Graphviz `digraph`.
    Dot,
}

/// Renders the register in `format`, labelled in English.
pub fn export(reg: &Register, format: ExportFormat) -> String {
    export_in(reg, format, Lang::En)
}

/// Renders the register in `format`, labelled in `lang`: headings, field
/// names and every value in words. Register text stays as written. The
/// CSV export is in English whatever `lang` is, and JSON has no labels.
pub fn export_in(reg: &Register, format: ExportFormat, lang: Lang) -> String {
    match format {
        ExportFormat::Markdown => markdown_in(reg, lang),
        ExportFormat::Html => html_in(reg, lang),
        ExportFormat::Csv => csv::render(reg),
        ExportFormat::Json => json::render(reg),
        ExportFormat::Dot => dot::render(reg, lang),
    }
}

/// The register as one Markdown document, in English.
pub fn markdown(reg: &Register) -> String {
    markdown_in(reg, Lang::En)
}

/// The register as one Markdown document, labelled in `lang`.
pub fn markdown_in(reg: &Register, lang: Lang) -> String {
    let mut s = markdown::render(&document::build(reg, lang));
    s.push('\n');
    s
}

/// The register as one self-contained HTML page, in English.
pub fn html(reg: &Register) -> String {
    html_in(reg, Lang::En)
}

/// The register as one self-contained HTML page, labelled in `lang`.
pub fn html_in(reg: &Register, lang: Lang) -> String {
    html::render(&document::build(reg, lang))
}

/// Every organisation and activity with every field, as JSON.
pub fn json(reg: &Register) -> String {
    json::render(reg)
}

/// The register as CSV in `layout` for a spreadsheet: UTF-8 with a
/// byte-order mark, `\r\n`, `delimiter` (default: the layout's, `;` for
/// da and nb, `,` for ico).
pub fn excel_csv(reg: &Register, layout: Layout, delimiter: Option<char>) -> String {
    let mut style = csv::CsvStyle::excel(layout);
    if let Some(d) = delimiter {
        style.delimiter = d;
    }
    csv::render_layout(reg, layout, style)
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// `--org` named an organisation the register does not have.
    #[error("no organisation with id `{id}` in the register (ids: {known})")]
    UnknownOrg {
        /// The id asked for.
        id: String,
        /// The ids there are, comma-separated.
        known: String,
    },
    /// A value is longer than a cell can hold.
    #[error(
        "{sheet}, row {row}, column `{column}`: {chars} characters, more than the {max} a cell holds"
    )]
    CellTooLong {
        /// The sheet or table.
        sheet: String,
        /// The row, counted from 1 as the program shows it.
        row: u32,
        /// The column's heading.
        column: String,
        /// The value's length in characters.
        chars: usize,
        /// The limit.
        max: usize,
    },
    /// The writer of the file format failed.
    #[error("cannot write the {format} file: {message}")]
    Writer {
        /// `xlsx` or `docx`.
        format: &'static str,
        /// The writer's message.
        message: String,
    },
}

impl ExportError {
    /// The error in `lang`, for a person (`export-error-*` in the
    /// catalogue; the writer's own message stays as the writer gives it).
    pub fn render(&self, lang: Lang) -> String {
        use super::lang::tr_args;
        match self {
            ExportError::UnknownOrg { id, known } => tr_args(
                lang,
                "export-error-unknown-org",
                &[("id", id.clone().into()), ("known", known.clone().into())],
            ),
            ExportError::CellTooLong {
                sheet,
                row,
                column,
                chars,
                max,
            } => tr_args(
                lang,
                "export-error-cell-too-long",
                &[
                    ("sheet", sheet.clone().into()),
                    ("row", row.to_string().into()),
                    ("heading", column.clone().into()),
                    ("len", chars.to_string().into()),
                    ("max", max.to_string().into()),
                ],
            ),
            ExportError::Writer { format, message } => tr_args(
                lang,
                "export-error-writer",
                &[
                    ("format", (*format).to_string().into()),
                    ("reason", message.clone().into()),
                ],
            ),
        }
    }
}

/// Which records an export holds. Empty lists hold everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only activities of these statuses.
    pub statuses: Vec<Status>,
    /// Only these organisations, by id.
    pub orgs: Vec<String>,
}

/// The register narrowed to `f`: the organisations named (all when none
/// is), and of their activities those of the statuses named (all when none
/// is). With statuses named, an organisation left with no activity is left
/// out, unless it was named itself: an authority asking for the approved
/// records gets the organisations that have some.
pub fn filter(reg: &Register, f: &Filter) -> Result<Register, ExportError> {
    for id in &f.orgs {
        if !reg.organisations.iter().any(|e| &e.org.id == id) {
            return Err(ExportError::UnknownOrg {
                id: id.clone(),
                known: reg
                    .organisations
                    .iter()
                    .map(|e| e.org.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
    }
    let mut out = Register {
        root: reg.root.clone(),
        organisations: Vec::new(),
    };
    for entry in &reg.organisations {
        let named = f.orgs.contains(&entry.org.id);
        if !f.orgs.is_empty() && !named {
            continue;
        }
        let mut entry = entry.clone();
        if !f.statuses.is_empty() {
            entry
                .activities
                .retain(|a| f.statuses.contains(&a.activity.status));
            if entry.activities.is_empty() && !named {
                continue;
            }
        }
        out.organisations.push(entry);
    }
    Ok(out)
}
