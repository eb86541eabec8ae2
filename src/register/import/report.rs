//! The report of an import: where every cell went, and the cell a
//! validation finding is about.

use super::build::{Imported, Went};
use super::say::{MsgArg, num, render_all, say};
use super::{Kind, Loc, column_name, sheet_words};
use crate::register::lang::{Lang, tr};
use crate::register::load::{ACTIVITIES_DIR, ORGANISATION_FILE};
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

    /// The report of every cell, as printed in `lang`: one block per
    /// record.
    pub fn report(&self, lang: Lang) -> String {
        let mut out = String::new();
        for (sheet, layout, header) in &self.tables {
            let line = say("import-report-table")
                .arg("layout", layout.label(lang))
                .arg("row", num(*header))
                .render(lang);
            match sheet_words(self.kind, sheet, lang) {
                Some(w) => out.push_str(&format!("{w}: {line}\n")),
                None => out.push_str(&format!("{line}\n")),
            }
        }
        for s in &self.skipped {
            out.push_str(&s.render(lang));
            out.push('\n');
        }
        let mut last: Option<(&str, &str)> = None;
        for p in &self.placements {
            if last != Some((&p.record, &p.loc.sheet)) {
                let whence = sheet_words(self.kind, &p.loc.sheet, lang)
                    .map(|w| format!(" ({w})"))
                    .unwrap_or_default();
                out.push_str(&format!("{}{whence}:\n", record_words(&p.record, lang)));
                last = Some((&p.record, &p.loc.sheet));
            }
            let what = match &p.went {
                Went::Field { field, detail, .. } if detail.is_empty() => field_words(field, lang),
                Went::Field { field, detail, .. } => format!(
                    "{} ({})",
                    field_words(field, lang),
                    render_all(detail, "; ", lang)
                ),
                Went::Notes { .. } => field_words("notes", lang),
                Went::Empty => say("import-went-empty").render(lang),
                Went::Ignored => say("import-went-ignored").render(lang),
                Went::Kept { detail } => detail.render(lang),
                Went::AsOrganisation { row, .. } => say("import-went-organisation")
                    .arg("row", num(*row))
                    .render(lang),
            };
            let cell = match &p.went {
                Went::AsOrganisation { cols: (a, b), .. } if self.kind != Kind::Docx => format!(
                    "{}{r}–{}{r}",
                    column_name(a - 1),
                    column_name(b - 1),
                    r = p.loc.row
                ),
                _ => p.loc.cell(self.kind, lang),
            };
            let heading = p
                .loc
                .heading
                .as_deref()
                .map(|h| format!(" {}", short(h)))
                .unwrap_or_default();
            out.push_str(&format!("  {cell}{heading} → {what}\n"));
        }
        out
    }
}

/// A field of a record as the report names it in `lang`: in English its
/// name in the register's files (`legal_bases`), as `ropa validate`
/// names it; in Danish and Norwegian the form's words for it
/// ("Behandlingsgrundlag"), a nested field after its parent's
/// ("Overførsler › Garantier").
pub fn field_words(field: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return field.to_string();
    }
    let words: Vec<String> = field
        .split(['.', '['])
        .map(|part| part.trim_end_matches(']'))
        .filter(|part| !part.is_empty() && !part.chars().all(|c| c.is_ascii_digit()))
        .map(|part| {
            let key = format!("form-{}", part.replace('_', "-"));
            let s = tr(lang, &key);
            if s == key { part.replace('_', " ") } else { s }
        })
        .collect();
    words.join(" › ")
}

/// [`field_words`] in every language, as a message's argument.
pub fn field_arg(field: &str) -> MsgArg {
    MsgArg::each(|l| {
        let w = field_words(field, l);
        if l == Lang::En {
            w.replace('_', " ")
        } else {
            crate::register::validate::msg::lower_first(w)
        }
    })
}

/// A record as the report names it in `lang`: in English its path in the
/// register (`aeroe-kommune/activities/loen.ron`); in Danish and Norwegian
/// what it is and its ids ("Behandling aeroe-kommune/loen").
pub fn record_words(path: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return path.to_string();
    }
    let mut parts = path.split('/');
    let org = parts.next().unwrap_or_default();
    match (parts.next(), parts.next()) {
        (Some(ACTIVITIES_DIR), Some(file)) => say("import-record-activity")
            .arg("org", org)
            .arg("id", file.strip_suffix(".ron").unwrap_or(file))
            .render(lang),
        (Some(ORGANISATION_FILE), None) => say("import-record-organisation")
            .arg("org", org)
            .render(lang),
        _ => path.to_string(),
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
