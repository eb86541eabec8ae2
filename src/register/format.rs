//! The canonical RON layout: field order = struct order, four-space
//! indentation, one list item per line, trailing commas, struct names,
//! UTF-8 and `\n` line endings. Optional values that are absent and empty
//! lists are left out. Writing a parsed canonical file reproduces it byte for
//! byte.

use serde::Serialize;

use super::load::{Loaded, parse_record};
use super::locate::Pos;
use super::model::{Activity, Organisation};

/// Writes a record in the canonical layout.
pub fn to_canonical<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ".to_string())
        .new_line("\n".to_string())
        .struct_names(true);
    let mut s = ron::ser::to_string_pretty(value, config)?;
    s.push('\n');
    Ok(s)
}

/// What kind of record a register path holds, judged by its name.
pub fn is_organisation_file(rel_path: &str) -> bool {
    rel_path.ends_with(super::load::ORGANISATION_FILE)
}

/// The canonical text for one file's text, or where and why it does not
/// parse.
pub fn canonical_text(rel_path: &str, text: &str) -> Result<String, (Pos, String)> {
    if is_organisation_file(rel_path) {
        parse_record::<Organisation>(text)
            .and_then(|v| to_canonical(&v).map_err(|e| (Pos { line: 1, col: 1 }, e.to_string())))
    } else {
        parse_record::<Activity>(text)
            .and_then(|v| to_canonical(&v).map_err(|e| (Pos { line: 1, col: 1 }, e.to_string())))
    }
}

/// A file whose text is not canonical, with its canonical text.
#[derive(Debug, Clone)]
pub struct Unformatted {
    /// Path relative to the register root.
    pub path: String,
    /// The canonical text.
    pub canonical: String,
}

/// Every loaded file whose text differs from its canonical layout.
pub fn unformatted(loaded: &Loaded) -> Vec<Unformatted> {
    let mut out = Vec::new();
    for org in &loaded.register.organisations {
        if let Ok(c) = to_canonical(&org.org)
            && c != org.file.text
        {
            out.push(Unformatted {
                path: org.file.path.clone(),
                canonical: c,
            });
        }
        for act in &org.activities {
            if let Ok(c) = to_canonical(&act.activity)
                && c != act.file.text
            {
                out.push(Unformatted {
                    path: act.file.path.clone(),
                    canonical: c,
                });
            }
        }
    }
    out
}
