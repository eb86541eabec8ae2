//! The report of an import: where every cell went, and the cell a
//! validation finding is about.

use super::build::{Imported, Went};
use super::{Kind, Loc};
use crate::register::validate::Finding;

impl Imported {
    /// The cell a validation finding is about: the cell the finding's
    /// field came from (the longest field path recorded that the
    /// finding's field starts with), else the record's row.
    pub fn locate(&self, f: &Finding) -> Option<Loc> {
        // A missing basis is reported at the purpose or data category it
        // is missing for, but is fixed in the column of bases.
        let fixed_in = match f.rule {
            "ACT-003" => Some("legal_bases"),
            "SPC-001" => Some("special_conditions"),
            "SPC-002" => Some("criminal_basis"),
            "SPC-003" | "SPC-004" => Some("national_id_bases"),
            _ => None,
        };
        if let Some(field) = fixed_in
            && let Some((_, _, loc)) = self
                .origins
                .iter()
                .find(|(path, fd, _)| *path == f.path && fd == field)
        {
            return Some(loc.clone());
        }
        self.origins
            .iter()
            .filter(|(path, field, _)| {
                *path == f.path
                    && (field.is_empty()
                        || f.field == *field
                        || f.field.starts_with(&format!("{field}["))
                        || f.field.starts_with(&format!("{field}.")))
            })
            .max_by_key(|(_, field, _)| field.len())
            .map(|(_, _, loc)| loc.clone())
    }

    /// The report of every cell, as printed: one block per record.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for (sheet, layout, header) in &self.tables {
            let shown = match self.kind {
                Kind::Csv => String::new(),
                Kind::Xlsx => format!("sheet \"{sheet}\": "),
                Kind::Docx => format!("{}: ", sheet.to_lowercase()),
            };
            out.push_str(&format!("{shown}{}, header row {header}\n", layout.label()));
        }
        for s in &self.skipped {
            out.push_str(s);
            out.push('\n');
        }
        let mut last: Option<(&str, &str)> = None;
        for p in &self.placements {
            if last != Some((&p.record, &p.loc.sheet)) {
                let whence = match self.kind {
                    Kind::Csv => String::new(),
                    Kind::Xlsx => format!(" (sheet \"{}\")", p.loc.sheet),
                    Kind::Docx => format!(" ({})", p.loc.sheet.to_lowercase()),
                };
                out.push_str(&format!("{}{whence}:\n", p.record));
                last = Some((&p.record, &p.loc.sheet));
            }
            let what = match &p.went {
                Went::Field { field, detail, .. } if detail.is_empty() => field.clone(),
                Went::Field { field, detail, .. } => format!("{field} ({detail})"),
                Went::Notes { .. } => "notes".to_string(),
                Went::Empty => "empty, nothing to import".to_string(),
                Went::Ignored => "ignored (the column map says so)".to_string(),
                Went::Kept { detail } => detail.clone(),
            };
            let heading = p
                .loc
                .heading
                .as_deref()
                .map(|h| format!(" {}", short(h)))
                .unwrap_or_default();
            out.push_str(&format!("  {}{heading} → {what}\n", p.loc.cell(self.kind)));
        }
        out
    }
}

/// A heading cut to a length a report line has room for.
fn short(heading: &str) -> String {
    const MAX: usize = 32;
    if heading.chars().count() <= MAX {
        heading.to_string()
    } else {
        let cut: String = heading.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}
