//! Known gaps (GAP-001): values the register records as "not stated in the
//! source" (`NotStated(note: …)`). They are what the published source
//! leaves out, so they are warnings listed in the gaps report
//! (`ropa validate --gaps`), not the missing-data errors the empty field
//! would raise.
//!
//! A value that has a "not stated" variant (an org number, a transfer
//! mechanism, a retention period) says so itself. Any other field says so
//! in the record's `not_stated` list: `NotStated(field: "address", note:
//! …)` stands in for the missing-data findings at that field (an empty
//! address, no recipients, no data subjects, no DPO), and is itself the
//! gap. An entry for a field that is filled after all, or for a field the
//! record does not have, is reported (GAP-002), so the list cannot go stale
//! silently.

use serde_json::Value;

use super::msg::{Msg, MsgArg, msg, say};
use super::record::Record;
use super::{Finding, Sink, acknowledge::kind_of};
use crate::register::load::SourceFile;
use crate::register::model::{FindingKind, NotStated};
use crate::register::schema::{Body, Container, Shape, schema};

/// Fields that are the register's own, not facts of the source: a record's
/// or list item's id, which file names and references depend on.
const REGISTER_OWN: &[&str] = &["id"];

/// Rule families about the register itself (its structure, dates, loading,
/// acknowledgements and gaps), not about what the source states: a
/// `not_stated` entry stands in for none of their findings.
const REGISTER_RULES: &[&str] = &["STR-", "DATE-", "LOAD-", "ACK-", "GAP-"];

/// GAP-001: the value at `path` of a record is recorded as not stated in
/// the source, with `note` (every such value of a record is given, by
/// [`super::check_values`]).
pub(super) fn not_stated_at(sink: &mut Sink, path: &str, note: &str) {
    if note.trim().is_empty() {
        say!(
            sink,
            "GAP-001",
            path,
            "finding-gap-001-not-stated",
            "not stated in the source"
        );
    } else {
        say!(
            sink,
            "GAP-001",
            path,
            "finding-gap-001-not-stated-note",
            "not stated in the source: {note}",
            note = note
        );
    }
}

/// Applies a record's `not_stated` entries to the findings of its file:
/// reports each entry as a known gap (GAP-001), drops the missing-data
/// findings at the field it names, and reports entries that name a field
/// the record fills or does not have (GAP-002). `record_type` is the
/// model's type name of the record (`Organisation`, `Activity`).
pub(super) fn apply_not_stated(
    file: &SourceFile,
    record_type: &str,
    typed: &Record,
    entries: &[NotStated],
    findings: &mut Vec<Finding>,
) {
    if entries.is_empty() {
        return;
    }
    let record = typed.json();
    let value = record.unwrap_or(&Value::Null);
    let mut covered: Vec<String> = Vec::new();
    let mut extra = Vec::new();
    {
        let mut sink = Sink::new(file, &mut extra);
        for (i, entry) in entries.iter().enumerate() {
            let here = format!("not_stated[{i}]");
            if let Err((msg, english)) = resolve(record_type, entry.field.trim(), value) {
                sink.emit_msg("GAP-002", format!("{here}.field"), msg, english);
                continue;
            }
            // `recipients[ 0 ]` names what findings call `recipients[0]`.
            let field = canonical_path(&entry.field).unwrap_or_default();
            let field = field.as_str();
            if field.rsplit('.').next().is_some_and(|last| {
                split_indices(last).is_some_and(|(name, _)| REGISTER_OWN.contains(&name))
            }) {
                say!(
                    sink,
                    "GAP-002",
                    format!("{here}.field"),
                    "finding-gap-002-own-identifier",
                    "`{field}` is the register's own identifier, not a fact a source states: give it, as the file name and references require",
                    field = field
                );
                continue;
            }
            if covered.iter().any(|c| c == field) {
                say!(
                    sink,
                    "GAP-002",
                    format!("{here}.field"),
                    "finding-gap-002-twice",
                    "`{field}` is listed as not stated more than once",
                    field = field
                );
                continue;
            }
            if kind_of(file, Some(value), field) == FindingKind::Invalid {
                say!(
                    sink,
                    "GAP-002",
                    format!("{here}.field"),
                    "finding-gap-002-given",
                    "`{field}` is recorded as not stated in the source, but the record gives it: \
                     remove the entry, or the value if the source does not state it",
                    field = field
                );
                continue;
            }
            covered.push(field.to_string());
            let note = entry.note.as_deref().unwrap_or("").trim();
            if note.is_empty() {
                say!(
                    sink,
                    "GAP-001",
                    here,
                    "finding-gap-001-field-not-stated",
                    "`{field}` is not stated in the source",
                    field = field
                );
            } else {
                say!(
                    sink,
                    "GAP-001",
                    here,
                    "finding-gap-001-field-not-stated-note",
                    "`{field}` is not stated in the source: {note}",
                    field = field,
                    note = note
                );
            }
        }
    }
    findings.retain(|f| {
        f.kind != FindingKind::Missing
            || REGISTER_RULES.iter().any(|r| f.rule.starts_with(r))
            || !covered.iter().any(|c| within(&f.field, c))
    });
    findings.extend(extra);
}

/// A `not_stated` entry's field path as findings write it (`recipients[0]
/// .country` for ` recipients[ 0 ].country`), or `None` when it is not a
/// field path.
pub(super) fn canonical_path(path: &str) -> Option<String> {
    let mut out = Vec::new();
    for segment in path.trim().split('.') {
        let (name, indices) = split_indices(segment)?;
        let mut s = name.to_string();
        for i in indices {
            s.push_str(&format!("[{i}]"));
        }
        out.push(s);
    }
    Some(out.join("."))
}

/// True when field path `path` is `field` or lies inside it.
fn within(path: &str, field: &str) -> bool {
    path.strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// Checks that `path` names a field of `record_type` (any field of the
/// schema, also one the record leaves out), and that each list index in it
/// is one the record has. The error says what is wrong, for GAP-002, as
/// a sentence of the catalogues and its English.
fn resolve(record_type: &str, path: &str, value: &Value) -> Result<(), (Msg, String)> {
    if path.is_empty() {
        return Err(msg!(
            "finding-gap-002-no-field",
            "a not_stated entry names no field"
        ));
    }
    // English names the record type in lower case: `an activity record`.
    let english = record_type.to_lowercase();
    let record = match record_type {
        "Organisation" => MsgArg::word(english, |l| l.t("finding-word-record-organisation")),
        "Activity" => MsgArg::word(english, |l| l.t("finding-word-record-activity")),
        _ => MsgArg::from(english),
    };
    let schema = schema();
    let mut shapes = vec![Shape::Named(record_type.to_string())];
    let mut values = vec![Some(value)];
    for segment in path.split('.') {
        let (name, indices) = split_indices(segment).ok_or_else(|| {
            msg!(
                "finding-gap-002-not-a-path",
                "`{path}` is not a field path (write e.g. `recipients[0].country`)",
                path = path
            )
        })?;
        let mut next_shapes = Vec::new();
        let mut next_values = Vec::new();
        for (shape, v) in shapes.iter().zip(&values) {
            for (field_shape, field_value) in fields_named(schema, shape, *v, name) {
                next_shapes.push(field_shape);
                next_values.push(field_value);
            }
        }
        if next_shapes.is_empty() {
            let names = field_names(schema, &shapes);
            return Err(match nearest(name, &names) {
                Some(near) => msg!(
                    "finding-gap-002-no-such-field-near",
                    "`{path}`: an {record} record has no field `{name}`; did you mean `{near}`?",
                    path = path,
                    record = &record,
                    name = name,
                    near = near
                ),
                None => msg!(
                    "finding-gap-002-no-such-field",
                    "`{path}`: an {record} record has no field `{name}`",
                    path = path,
                    record = &record,
                    name = name
                ),
            });
        }
        for index in indices {
            let mut indexed_shapes = Vec::new();
            let mut indexed_values = Vec::new();
            for (shape, v) in next_shapes.iter().zip(&next_values) {
                if let Shape::List(inner) = unwrap_optional(shape) {
                    indexed_shapes.push((**inner).clone());
                    indexed_values.push(v.and_then(|v| v.get(index)));
                }
            }
            if indexed_shapes.is_empty() {
                return Err(msg!(
                    "finding-gap-002-not-a-list",
                    "`{path}`: `{name}` is not a list",
                    path = path,
                    name = name
                ));
            }
            if indexed_values.iter().all(Option::is_none) {
                return Err(msg!(
                    "finding-gap-002-no-item",
                    "`{path}`: the record has no `{name}[{index}]`",
                    path = path,
                    name = name,
                    index = index.to_string()
                ));
            }
            next_shapes = indexed_shapes;
            next_values = indexed_values;
        }
        shapes = next_shapes;
        values = next_values;
    }
    Ok(())
}

/// The field names of the structs (and struct variants) of `shapes`.
fn field_names(schema: &crate::register::schema::Schema, shapes: &[Shape]) -> Vec<String> {
    let mut names = Vec::new();
    for shape in shapes {
        let Shape::Named(type_name) = unwrap_optional(shape) else {
            continue;
        };
        match schema.container(type_name) {
            Some(Container::Struct(fields)) => names.extend(fields.iter().map(|f| f.name.clone())),
            Some(Container::Enum(variants)) => {
                for v in variants {
                    if let Body::Struct(fields) = &v.body {
                        names.extend(fields.iter().map(|f| f.name.clone()));
                    }
                }
            }
            _ => {}
        }
    }
    names
}

/// The name in `names` closest to `typed` (at most two edits away).
fn nearest<'n>(typed: &str, names: &'n [String]) -> Option<&'n str> {
    names
        .iter()
        .map(|n| (edits(typed, n), n))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n.as_str())
}

/// Levenshtein distance between two short names.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(here)
            };
            prev = here;
        }
    }
    row[b.len()]
}

/// `name[1][2]` → (`name`, [1, 2]); `None` when the brackets are not
/// indices.
fn split_indices(segment: &str) -> Option<(&str, Vec<usize>)> {
    let (name, mut rest) = segment
        .split_once('[')
        .map_or((segment, ""), |(n, r)| (n, r));
    let mut indices = Vec::new();
    if !rest.is_empty() {
        loop {
            let (index, after) = rest.split_once(']')?;
            indices.push(index.trim().parse().ok()?);
            if after.is_empty() {
                break;
            }
            rest = after.strip_prefix('[')?;
        }
    }
    (!name.is_empty()).then_some((name, indices))
}

fn unwrap_optional(shape: &Shape) -> &Shape {
    match shape {
        Shape::Optional(inner) => unwrap_optional(inner),
        other => other,
    }
}

/// The shapes (and values, where the record has them) of the fields called
/// `name` of a value of `shape`: of the struct, or of any of the enum's
/// variants that has such a field (field paths leave variant names out).
fn fields_named<'v>(
    schema: &crate::register::schema::Schema,
    shape: &Shape,
    value: Option<&'v Value>,
    name: &str,
) -> Vec<(Shape, Option<&'v Value>)> {
    let Shape::Named(type_name) = unwrap_optional(shape) else {
        return Vec::new();
    };
    let field_value = |v: Option<&'v Value>| -> Option<&'v Value> {
        let v = v?;
        v.get(name).or_else(|| {
            // An enum's value is `{"Variant": {fields}}`.
            v.as_object()
                .filter(|m| m.len() == 1)
                .and_then(|m| m.values().next())
                .and_then(|inner| inner.get(name))
        })
    };
    match schema.container(type_name) {
        Some(Container::Struct(fields)) => fields
            .iter()
            .filter(|f| f.name == name)
            .map(|f| (f.shape.clone(), field_value(value)))
            .collect(),
        Some(Container::Enum(variants)) => variants
            .iter()
            .filter_map(|v| match &v.body {
                Body::Struct(fields) => fields.iter().find(|f| f.name == name),
                _ => None,
            })
            .map(|f| (f.shape.clone(), field_value(value)))
            .collect(),
        Some(Container::Newtype(inner)) => fields_named(schema, inner, value, name),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_paths_are_read_as_findings_write_them() {
        assert_eq!(
            canonical_path(" recipients[ 0 ].country ").as_deref(),
            Some("recipients[0].country")
        );
        assert_eq!(canonical_path("address").as_deref(), Some("address"));
        assert_eq!(canonical_path("recipients.").as_deref(), None);
        assert_eq!(canonical_path("recipients[x]").as_deref(), None);
    }
}
