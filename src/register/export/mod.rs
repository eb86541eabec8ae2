//! Exports of the whole register for the supervisory authority
//! (Art. 30(4)): Markdown, self-contained HTML, CSV and lossless JSON.
//!
//! Every format shows every field of every organisation and activity.
//! Recipients, systems, data categories and data subjects referred to by id
//! are shown by name. Output depends only on the register's records and
//! file paths, never on the clock or the machine, so the same register
//! always gives the same bytes.

pub mod csv;
mod document;
mod html;
pub mod json;
pub mod labels;
mod markdown;

pub use json::{JsonExport, JsonOrganisation};

use super::lang::Lang;
use super::load::Register;

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
