//! The sections of a form, in the order of Art. 30 GDPR: each top-level
//! field of a record belongs to one section, and each section is a header
//! row over its fields that folds and unfolds.
//!
//! The rows the schema lays out are regrouped section by section (fields
//! in the model's order within a section); folding hides a section's rows
//! from the screen and from ↑/↓, never from the record: what was typed in
//! a folded section stays, and jumping to a field unfolds its section.

use super::rows::{Kind, Row, Seg};
use super::{Form, RecordKind};

/// The sections of an activity's form: key and top-level fields.
const ACTIVITY: &[(&str, &[&str])] = &[
    (
        "identity",
        &[
            "id",
            "name",
            "name_en",
            "role",
            "business_function",
            "description",
            "on_behalf_of",
        ],
    ),
    (
        "purposes",
        &[
            "purposes",
            "legal_bases",
            "lia_ref",
            "special_conditions",
            "criminal_basis",
            "national_id_bases",
            "consent",
            "provision_requirement",
        ],
    ),
    (
        "subjects",
        &[
            "data_subjects",
            "data_categories",
            "data_subject_rights",
            "automated_decisions",
        ],
    ),
    (
        "recipients",
        &["recipients", "recipients_none", "transfers"],
    ),
    ("retention", &["retention", "retention_policy_ref"]),
    (
        "security",
        &[
            "systems",
            "security_measures",
            "security_ref",
            "breach_refs",
            "dpia",
            "risk_criteria",
        ],
    ),
    (
        "review",
        &[
            "status",
            "owner",
            "last_reviewed",
            "review_interval_months",
            "notes",
            "not_stated",
            "acknowledgements",
        ],
    ),
];

/// The sections of an organisation's form.
const ORGANISATION: &[(&str, &[&str])] = &[
    (
        "org-identity",
        &[
            "id",
            "name",
            "role",
            "kind",
            "country",
            "org_number",
            "address",
            "email",
            "phone",
            "website",
            "contacts",
        ],
    ),
    (
        "org-dpo",
        &[
            "dpo",
            "representative",
            "art3_2_applies",
            "art27_2_exemption",
        ],
    ),
    ("org-recipients", &["recipients", "joint_controllers"]),
    (
        "org-security",
        &[
            "systems",
            "security_measures",
            "security_ref",
            "data_subject_rights",
        ],
    ),
    (
        "review",
        &[
            "review_interval_months",
            "notes",
            "sources",
            "not_stated",
            "acknowledgements",
        ],
    ),
];

/// The sections of `kind`'s form, in order, with their top-level fields.
pub fn table(kind: RecordKind) -> &'static [(&'static str, &'static [&'static str])] {
    match kind {
        RecordKind::Activity => ACTIVITY,
        RecordKind::Organisation => ORGANISATION,
    }
}

/// The section a top-level field belongs to: a field the table does not
/// name (a field added to the model later) goes to the last section, so
/// it is never left out of the form.
pub fn section_of_field(kind: RecordKind, field: &str) -> &'static str {
    let t = table(kind);
    t.iter()
        .find(|(_, fields)| fields.contains(&field))
        .or(t.last())
        .map_or("review", |(key, _)| key)
}

/// The Fluent key of a section's name.
pub fn name_key(section: &str) -> String {
    format!("tui-form-section-{section}")
}

/// The top-level field a row belongs to (`legal_bases` for
/// `legal_bases[0].text`).
fn top(row: &Row) -> Option<&str> {
    match row.path.first() {
        Some(Seg::Key(k)) => Some(k.as_str()),
        _ => None,
    }
}

/// The top-level field of a finding's field path.
pub fn top_of_field(field: &str) -> &str {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    &field[..end]
}

/// `rows` (as the schema lays them out) regrouped by section, each
/// section headed by its header row; sections without rows are left out.
pub fn group(kind: RecordKind, rows: Vec<Row>) -> Vec<Row> {
    let mut out = Vec::with_capacity(rows.len() + 8);
    for (key, _) in table(kind) {
        let mine: Vec<&Row> = rows
            .iter()
            .filter(|r| top(r).is_some_and(|f| section_of_field(kind, f) == *key))
            .collect();
        if mine.is_empty() {
            continue;
        }
        out.push(header(key));
        out.extend(mine.into_iter().cloned());
    }
    // Rows outside any field (none in the model today) keep their place
    // at the end rather than disappear.
    out.extend(rows.iter().filter(|r| top(r).is_none()).cloned());
    out
}

/// The header row of section `key`.
fn header(key: &str) -> Row {
    Row {
        path: vec![Seg::Key(format!("§{key}"))],
        field: format!("§{key}"),
        label: key.to_string(),
        depth: 0,
        kind: Kind::Section {
            key: key.to_string(),
        },
        optional: false,
        item: None,
    }
}

impl Form {
    /// The index of the header of the section row `i` is in (itself for a
    /// header).
    pub fn header_of(&self, i: usize) -> Option<usize> {
        let i = i.min(self.rows.len().checked_sub(1)?);
        (0..=i)
            .rev()
            .find(|&j| matches!(self.rows[j].kind, Kind::Section { .. }))
    }

    /// The key of the section row `i` is in.
    pub fn section_at(&self, i: usize) -> Option<&str> {
        self.header_of(i).and_then(|h| match &self.rows[h].kind {
            Kind::Section { key } => Some(key.as_str()),
            _ => None,
        })
    }

    /// True when row `i` is hidden by a folded section (a header never is).
    pub fn hidden(&self, i: usize) -> bool {
        match self.rows.get(i).map(|r| &r.kind) {
            Some(Kind::Section { .. }) | None => false,
            Some(_) => self.section_at(i).is_some_and(|k| self.folded.contains(k)),
        }
    }

    /// Folds or unfolds section `key`.
    pub fn toggle_fold(&mut self, key: &str) {
        if !self.folded.remove(key) {
            self.folded.insert(key.to_string());
        }
    }

    /// Folds every section but the focused row's (which is unfolded).
    pub fn fold_others(&mut self) {
        let here = self.section_at(self.focus).map(str::to_string);
        self.folded = self
            .rows
            .iter()
            .filter_map(|r| match &r.kind {
                Kind::Section { key } if Some(key) != here.as_ref() => Some(key.clone()),
                _ => None,
            })
            .collect();
    }

    /// The next row from `from` in direction `by` (±1) that is shown, if
    /// any.
    pub fn next_shown(&self, from: usize, by: isize) -> Option<usize> {
        let mut i = from as isize + by;
        while i >= 0 && (i as usize) < self.rows.len() {
            if !self.hidden(i as usize) {
                return Some(i as usize);
            }
            i += by;
        }
        None
    }

    /// The header of the next (`by` = 1) or previous (-1) section: PgUp
    /// in a section's fields goes to its own header first.
    pub fn section_step(&self, by: isize) -> Option<usize> {
        let own = self.header_of(self.focus)?;
        if by < 0 {
            if own != self.focus {
                return Some(own);
            }
            return self.header_of(own.checked_sub(1)?);
        }
        (self.focus + 1..self.rows.len())
            .find(|&j| matches!(self.rows[j].kind, Kind::Section { .. }))
    }

    /// How many top-level fields section `key` holds, and how many active
    /// findings point into them.
    pub fn section_counts(&self, key: &str) -> (usize, usize) {
        let fields = self
            .rows
            .iter()
            .filter(|r| {
                r.path.len() == 1 && top(r).is_some_and(|f| section_of_field(self.kind, f) == key)
            })
            .count();
        let problems = self
            .active_findings()
            .filter(|f| {
                let t = top_of_field(&f.field);
                !t.is_empty() && section_of_field(self.kind, t) == key
            })
            .count();
        (fields, problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::schema::schema;

    #[test]
    fn every_field_of_the_model_is_in_one_named_section() {
        for (kind, name) in [
            (RecordKind::Activity, "Activity"),
            (RecordKind::Organisation, "Organisation"),
        ] {
            for f in schema().fields(name) {
                let n = table(kind)
                    .iter()
                    .filter(|(_, fs)| fs.contains(&f.name.as_str()))
                    .count();
                assert_eq!(n, 1, "{name}.{} is in {n} sections", f.name);
            }
        }
    }

    #[test]
    fn an_activity_reads_in_art30_order() {
        let f = crate::tui::form::test_support::activity_form();
        let keys: Vec<&str> = f
            .rows
            .iter()
            .filter_map(|r| match &r.kind {
                Kind::Section { key } => Some(key.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            keys,
            [
                "identity",
                "purposes",
                "subjects",
                "recipients",
                "retention",
                "security",
                "review"
            ]
        );
        assert_eq!(top_of_field("legal_bases[0].text"), "legal_bases");
        assert_eq!(top_of_field("status"), "status");
    }

    #[test]
    fn folding_hides_rows_and_moving_skips_them() {
        let mut f = crate::tui::form::test_support::activity_form();
        let purposes = f
            .rows
            .iter()
            .position(|r| r.field == "§purposes")
            .expect("purposes header");
        f.toggle_fold("purposes");
        assert!(!f.hidden(purposes));
        assert!(f.hidden(purposes + 1));
        let next = f.next_shown(purposes, 1).expect("a row after");
        assert_eq!(f.rows[next].field, "§subjects");
        f.fold_others();
        assert!(f.folded.contains("purposes"));
        assert!(!f.folded.contains("identity"), "the focus is in identity");
    }
}
