//! Field-level differences between two versions of a record, for commit
//! messages and the history view.
//!
//! Paths use the syntax of [`super::locate::SpanIndex`] (`name`,
//! `legal_bases[0].article6`), so a change can be mapped to a line. Enum
//! variants and `Some(..)` are transparent there, and so they are here:
//! a change inside `rule: Duration(period: ..)` is at `rule.period`.

use serde::Serialize;
use serde_json::Value;

use super::format::to_canonical;
use super::locate::SpanIndex;

/// One difference between two versions of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A value was replaced.
    Changed {
        /// Where, e.g. `retention[0].text`.
        path: String,
        /// The value before, rendered compactly.
        old: String,
        /// The value after, rendered compactly.
        new: String,
    },
    /// A field or list item appeared. For a list of plain values the path is
    /// the list's path and the value is the item.
    Added {
        /// Where.
        path: String,
        /// The new value, rendered compactly.
        value: String,
    },
    /// A field or list item disappeared. For a list of plain values the path
    /// is the list's path and the value is the item.
    Removed {
        /// Where (in the old version).
        path: String,
        /// The old value, rendered compactly.
        value: String,
    },
}

impl Change {
    /// The path of the change.
    pub fn path(&self) -> &str {
        match self {
            Change::Changed { path, .. }
            | Change::Added { path, .. }
            | Change::Removed { path, .. } => path,
        }
    }

    /// The top-level field the change is in (`legal_bases` for
    /// `legal_bases[0].article6`).
    pub fn field(&self) -> &str {
        let p = self.path();
        p.find(['.', '[']).map_or(p, |i| &p[..i])
    }
}

impl std::fmt::Display for Change {
    /// `name: "old" → "new"`, `recipients: + "X"`, `recipients: − "Y"`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = match self.path() {
            "" => "record",
            p => p,
        };
        match self {
            Change::Changed { old, new, .. } => write!(f, "{path}: {old} → {new}"),
            Change::Added { value, .. } => write!(f, "{path}: + {value}"),
            Change::Removed { value, .. } => write!(f, "{path}: − {value}"),
        }
    }
}

/// The differences between two records, via their serde representation,
/// in the order their fields have in the canonical file. A record that
/// cannot be represented (never the case for the register's types) compares
/// as `null`.
pub fn diff_records<T: Serialize>(old: &T, new: &T) -> Vec<Change> {
    let mut changes = diff_values(
        &serde_json::to_value(old).unwrap_or(Value::Null),
        &serde_json::to_value(new).unwrap_or(Value::Null),
    );
    // JSON objects sort their keys; the files follow struct order.
    let spans = |v: &T| {
        to_canonical(v)
            .map(|t| SpanIndex::new(&t))
            .unwrap_or_default()
    };
    let (old_spans, new_spans) = (spans(old), spans(new));
    let at = |path: &str| new_spans.get(path).or_else(|| old_spans.get(path));
    changes.sort_by_key(|c| (at(c.field()), at(c.path())));
    changes
}

/// The differences between two JSON values. Object fields come in the
/// order of the map (alphabetical with `serde_json`'s default map);
/// [`diff_records`] puts them in file order.
pub fn diff_values(old: &Value, new: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff_at("", old, new, &mut out);
    out
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
}

/// An externally tagged enum variant with data: `{"Variant": ...}`.
fn variant(v: &Value) -> Option<(&str, &Value)> {
    match v {
        Value::Object(m) if m.len() == 1 => m
            .iter()
            .next()
            .filter(|(k, _)| k.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|(k, v)| (k.as_str(), v)),
        _ => None,
    }
}

fn diff_at(path: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    if old == new {
        return;
    }
    match (variant(old), variant(new)) {
        (Some((a, x)), Some((b, y))) if a == b => return diff_at(path, x, y, out),
        (Some(_), _) | (_, Some(_)) => return changed(path, old, new, out),
        _ => {}
    }
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, x) in a {
                let p = join(path, k);
                match b.get(k) {
                    Some(y) => diff_at(&p, x, y, out),
                    None => out.push(Change::Removed {
                        path: p,
                        value: render(x),
                    }),
                }
            }
            for (k, y) in b {
                if !a.contains_key(k) {
                    out.push(Change::Added {
                        path: join(path, k),
                        value: render(y),
                    });
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => diff_arrays(path, a, b, out),
        _ => changed(path, old, new, out),
    }
}

fn changed(path: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    out.push(Change::Changed {
        path: path.to_string(),
        old: render(old),
        new: render(new),
    });
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// The key items of a list are matched by: `id`, else `name`, when every
/// item in both versions has a distinct string one.
fn match_key(a: &[Value], b: &[Value]) -> Option<&'static str> {
    ["id", "name"].into_iter().find(|key| {
        [a, b].iter().all(|items| {
            let mut seen = std::collections::HashSet::new();
            items.iter().all(|v| {
                v.get(key)
                    .and_then(Value::as_str)
                    .is_some_and(|k| seen.insert(k))
            })
        })
    })
}

fn diff_arrays(path: &str, a: &[Value], b: &[Value], out: &mut Vec<Change>) {
    if a.iter().chain(b).all(is_scalar) {
        // Items as a multiset: what left, then what came.
        let mut left: Vec<&Value> = b.iter().collect();
        let mut removed = Vec::new();
        for x in a {
            match left.iter().position(|y| *y == x) {
                Some(i) => {
                    left.remove(i);
                }
                None => removed.push(x),
            }
        }
        for x in removed {
            out.push(Change::Removed {
                path: path.to_string(),
                value: render(x),
            });
        }
        for y in left {
            out.push(Change::Added {
                path: path.to_string(),
                value: render(y),
            });
        }
        return;
    }
    let Some(key) = match_key(a, b) else {
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            diff_at(&format!("{path}[{i}]"), x, y, out);
        }
        for (i, x) in a.iter().enumerate().skip(b.len()) {
            out.push(Change::Removed {
                path: format!("{path}[{i}]"),
                value: render(x),
            });
        }
        for (i, y) in b.iter().enumerate().skip(a.len()) {
            out.push(Change::Added {
                path: format!("{path}[{i}]"),
                value: render(y),
            });
        }
        return;
    };
    let key_of = |v: &Value| v.get(key).and_then(Value::as_str).unwrap_or("").to_string();
    let find = |items: &[Value], k: &str| items.iter().position(|v| key_of(v) == k);
    for (i, x) in a.iter().enumerate() {
        if find(b, &key_of(x)).is_none() {
            out.push(Change::Removed {
                path: format!("{path}[{i}]"),
                value: render(x),
            });
        }
    }
    for (j, y) in b.iter().enumerate() {
        match find(a, &key_of(y)) {
            Some(i) => diff_at(&format!("{path}[{j}]"), &a[i], y, out),
            None => out.push(Change::Added {
                path: format!("{path}[{j}]"),
                value: render(y),
            }),
        }
    }
    // Same items in another order.
    let common = |xs: &[Value], ys: &[Value]| -> Vec<String> {
        xs.iter()
            .map(key_of)
            .filter(|k| find(ys, k).is_some())
            .collect()
    };
    let (old_order, new_order) = (common(a, b), common(b, a));
    if old_order != new_order {
        out.push(Change::Changed {
            path: path.to_string(),
            old: format!("order [{}]", old_order.join(", ")),
            new: format!("order [{}]", new_order.join(", ")),
        });
    }
}

/// A compact, RON-like rendering: strings (and unit variants, which JSON
/// cannot tell apart) quoted, structs as `(field: value, ..)` with fields in
/// map order, enum variants as `Variant(..)`. Long values are kept whole;
/// the caller truncates for display.
pub fn render(v: &Value) -> String {
    if let Some((name, inner)) = variant(v) {
        return match inner {
            Value::Object(_) => format!("{name}{}", render(inner)),
            _ => format!("{name}({})", render(inner)),
        };
    }
    match v {
        Value::Null => "None".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => Value::String(s.clone()).to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(render).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(m) => {
            let fields: Vec<String> = m
                .iter()
                .map(|(k, v)| format!("{k}: {}", render(v)))
                .collect();
            format!("({})", fields.join(", "))
        }
    }
}

/// The subject of a commit about a record: `Org name / Activity name`, or
/// the organisation's name alone for the organisation's own file.
pub fn subject(org_name: &str, activity_name: Option<&str>) -> String {
    match activity_name {
        Some(a) => format!("{org_name} / {a}"),
        None => org_name.to_string(),
    }
}

/// Longest first line of a commit message, as git tools expect.
const MAX_SUBJECT: usize = 72;

/// A commit message for `changes`: `{subject}: {fields}` (shortened to 72
/// characters with `and N more`), a blank line, then one line per change.
pub fn commit_message(subject: &str, changes: &[Change]) -> String {
    let mut fields: Vec<&str> = Vec::new();
    for c in changes {
        let f = match c.field() {
            "" => "record",
            f => f,
        };
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    if fields.is_empty() {
        return subject.to_string();
    }
    let body: Vec<String> = changes.iter().map(Change::to_string).collect();
    // A new review date and nothing else is a review that found nothing
    // to change: said so, not as an edit of one field.
    if fields == ["last_reviewed"] && changes.iter().all(|c| !matches!(c, Change::Removed { .. })) {
        return format!("{subject}: reviewed, no change\n\n{}\n", body.join("\n"));
    }
    let fits = |s: &String| s.chars().count() <= MAX_SUBJECT;
    let mut first = format!("{subject}: {}", fields.join(", "));
    if !fits(&first) {
        first = (1..fields.len())
            .rev()
            .map(|k| {
                let more = fields.len() - k;
                format!("{subject}: {} and {more} more", fields[..k].join(", "))
            })
            .find(fits)
            .unwrap_or_else(|| {
                // Even one field does not fit beside the names: the names
                // stay whole (they say which record) and so does the first
                // field, past 72 characters.
                match fields.len() {
                    1 => format!("{subject}: {}", fields[0]),
                    n => format!("{subject}: {} and {} more", fields[0], n - 1),
                }
            });
    }
    format!("{first}\n\n{}\n", body.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_new_review_date_alone_reads_as_a_review() {
        let changed = diff_values(
            &json!({"name": "Løn", "last_reviewed": "2025-01-01"}),
            &json!({"name": "Løn", "last_reviewed": "2026-12-02"}),
        );
        let msg = commit_message("Granly / Løn", &changed);
        assert_eq!(
            msg.lines().next(),
            Some("Granly / Løn: reviewed, no change")
        );
        assert!(msg.contains("2026-12-02"), "{msg}");
        let first = diff_values(
            &json!({"name": "Løn"}),
            &json!({"name": "Løn", "last_reviewed": "2026-12-02"}),
        );
        assert_eq!(
            commit_message("Granly / Løn", &first).lines().next(),
            Some("Granly / Løn: reviewed, no change")
        );
        // With another change, or the date taken away, it is an edit.
        let more = diff_values(
            &json!({"name": "Løn", "last_reviewed": "2025-01-01"}),
            &json!({"name": "Lønning", "last_reviewed": "2026-12-02"}),
        );
        assert_eq!(
            commit_message("Granly / Løn", &more).lines().next(),
            Some("Granly / Løn: last_reviewed, name")
        );
        let gone = diff_values(&json!({"last_reviewed": "2025-01-01"}), &json!({}));
        assert_eq!(
            commit_message("Granly / Løn", &gone).lines().next(),
            Some("Granly / Løn: last_reviewed")
        );
    }

    #[test]
    fn scalar_change_has_field_path() {
        let d = diff_values(
            &json!({"name": "A", "id": "x"}),
            &json!({"name": "B", "id": "x"}),
        );
        assert_eq!(
            d,
            vec![Change::Changed {
                path: "name".into(),
                old: "\"A\"".into(),
                new: "\"B\"".into()
            }]
        );
    }

    #[test]
    fn fields_present_on_one_side_are_added_or_removed() {
        let d = diff_values(&json!({"a": 1, "b": true}), &json!({"a": 1, "c": [1, 2]}));
        assert_eq!(
            d,
            vec![
                Change::Removed {
                    path: "b".into(),
                    value: "true".into()
                },
                Change::Added {
                    path: "c".into(),
                    value: "[1, 2]".into()
                },
            ]
        );
    }

    #[test]
    fn scalar_lists_compare_items() {
        let d = diff_values(
            &json!({"systems": ["a", "b", "c"]}),
            &json!({"systems": ["c", "a", "d"]}),
        );
        assert_eq!(
            d,
            vec![
                Change::Removed {
                    path: "systems".into(),
                    value: "\"b\"".into()
                },
                Change::Added {
                    path: "systems".into(),
                    value: "\"d\"".into()
                },
            ]
        );
    }

    #[test]
    fn object_lists_match_by_id() {
        let old = json!({"purposes": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}]});
        let new = json!({"purposes": [{"id": "b", "text": "B2"}, {"id": "c", "text": "C"}]});
        let d = diff_values(&old, &new);
        assert_eq!(
            d,
            vec![
                Change::Removed {
                    path: "purposes[0]".into(),
                    value: "(id: \"a\", text: \"A\")".into()
                },
                Change::Changed {
                    path: "purposes[0].text".into(),
                    old: "\"B\"".into(),
                    new: "\"B2\"".into()
                },
                Change::Added {
                    path: "purposes[1]".into(),
                    value: "(id: \"c\", text: \"C\")".into()
                },
            ]
        );
    }

    #[test]
    fn reordering_is_a_change_of_the_list() {
        let old = json!({"p": [{"name": "a"}, {"name": "b"}]});
        let new = json!({"p": [{"name": "b"}, {"name": "a"}]});
        assert_eq!(
            diff_values(&old, &new),
            vec![Change::Changed {
                path: "p".into(),
                old: "order [a, b]".into(),
                new: "order [b, a]".into()
            }]
        );
    }

    #[test]
    fn object_lists_without_keys_match_by_index() {
        let old = json!({"l": [{"t": 1}, {"t": 2}]});
        let new = json!({"l": [{"t": 1}, {"t": 3}, {"t": 4}]});
        assert_eq!(
            diff_values(&old, &new),
            vec![
                Change::Changed {
                    path: "l[1].t".into(),
                    old: "2".into(),
                    new: "3".into()
                },
                Change::Added {
                    path: "l[2]".into(),
                    value: "(t: 4)".into()
                },
            ]
        );
    }

    #[test]
    fn enum_variants_are_transparent_in_paths() {
        let old = json!({"rule": {"Duration": {"period": "P5Y", "bound": "Exact"}}});
        let same = json!({"rule": {"Duration": {"period": "P3Y", "bound": "Exact"}}});
        let other = json!({"rule": {"Statutory": {"law_ref": "bogføringsloven"}}});
        assert_eq!(
            diff_values(&old, &same),
            vec![Change::Changed {
                path: "rule.period".into(),
                old: "\"P5Y\"".into(),
                new: "\"P3Y\"".into()
            }]
        );
        assert_eq!(
            diff_values(&old, &other),
            vec![Change::Changed {
                path: "rule".into(),
                old: "Duration(bound: \"Exact\", period: \"P5Y\")".into(),
                new: "Statutory(law_ref: \"bogføringsloven\")".into()
            }]
        );
    }

    #[test]
    fn equal_values_have_no_changes() {
        let v = json!({"a": [{"id": "x", "b": [1, 2]}]});
        assert!(diff_values(&v, &v).is_empty());
    }

    #[test]
    fn subject_names_org_and_activity() {
        assert_eq!(subject("DA", Some("Barsel")), "DA / Barsel");
        assert_eq!(subject("DA", None), "DA");
    }

    #[test]
    fn commit_message_lists_fields_and_changes() {
        let changes = vec![
            Change::Changed {
                path: "name".into(),
                old: "\"A\"".into(),
                new: "\"B\"".into(),
            },
            Change::Added {
                path: "recipients".into(),
                value: "\"X\"".into(),
            },
            Change::Removed {
                path: "recipients".into(),
                value: "\"Y\"".into(),
            },
        ];
        assert_eq!(
            commit_message("DA / DA Barsel", &changes),
            "DA / DA Barsel: name, recipients\n\n\
             name: \"A\" → \"B\"\nrecipients: + \"X\"\nrecipients: − \"Y\"\n"
        );
        assert_eq!(commit_message("DA", &[]), "DA");
    }

    #[test]
    fn long_subject_is_shortened() {
        let changes: Vec<Change> = [
            "name",
            "description",
            "purposes",
            "legal_bases",
            "retention",
            "recipients",
            "transfers",
        ]
        .iter()
        .map(|f| Change::Added {
            path: (*f).into(),
            value: "1".into(),
        })
        .collect();
        let msg = commit_message("Dansk Arbejdsgiverforening / Barselsudligning", &changes);
        let first = msg.lines().next().unwrap_or_default();
        assert!(first.chars().count() <= 72, "{first}");
        assert!(first.ends_with(" more"), "{first}");
        assert!(first.starts_with("Dansk Arbejdsgiverforening / Barselsudligning: name"));
    }

    /// Names too long for even one field beside them stay whole, and so
    /// does the field that changed (it said "1 fields").
    #[test]
    fn names_too_long_keep_the_field() {
        let one = [Change::Changed {
            path: "retention".into(),
            old: "1".into(),
            new: "2".into(),
        }];
        let long = "Kommunernes Landsforening – Center for Arbejdsmarked og Beskæftigelse \
                    / Behandling af oplysninger om «prøve» §";
        let msg = commit_message(long, &one);
        let first = msg.lines().next().unwrap_or_default();
        assert_eq!(first, format!("{long}: retention"));
        let two = [
            one[0].clone(),
            Change::Changed {
                path: "name".into(),
                old: "1".into(),
                new: "2".into(),
            },
        ];
        let first = commit_message(long, &two)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        assert_eq!(first, format!("{long}: retention and 1 more"));
    }
}
