//! Printing record changes for `ropa log` and `ropa diff`, as text for a
//! reviewer and as JSON for tools. Register text is printed through
//! [`super::printable`], so control characters never reach a terminal and
//! bidirectional ones are shown by name; JSON keeps the exact text (and is
//! escaped as a whole when written to a terminal, see
//! [`super::emit_document`]).

use serde_json::{Value, json};

use super::printable;
use crate::register::diff::Change;
use crate::register::history::{Entry, FileChange, RecordDiff};
use crate::register::lang::{Lang, tr, tr_args};

/// How a record changed, in English words: the JSON's `change`, which
/// tools read.
pub fn verb(d: &RecordDiff) -> String {
    verb_in(d, Lang::En)
}

/// How a record changed, in words of `lang`.
pub fn verb_in(d: &RecordDiff, lang: Lang) -> String {
    if let Some(old) = &d.old_path {
        return tr_args(lang, "cli-log-renamed", &[("path", printable(old).into())]);
    }
    tr(
        lang,
        match d.changes.as_slice() {
            [Change::Added { path, .. }] if path.is_empty() => "cli-log-added",
            [Change::Removed { path, .. }] if path.is_empty() => "cli-log-removed",
            _ => "cli-log-changed",
        },
    )
}

/// The lines of one record's changes, indented by `indent`, in `lang`.
pub fn record_text(d: &RecordDiff, indent: &str, lang: Lang) -> String {
    let mut out = format!("{indent}{} ({})\n", printable(&d.path), verb_in(d, lang));
    let whole = matches!(
        d.changes.as_slice(),
        [Change::Added { path, .. } | Change::Removed { path, .. }] if path.is_empty()
    );
    if !whole {
        for c in &d.changes {
            out.push_str(&format!("{indent}    {}\n", printable(&c.to_string())));
        }
    }
    if let Some(n) = &d.note {
        out.push_str(&format!(
            "{indent}    {}\n",
            tr_args(lang, "cli-log-note", &[("text", printable(n).into())])
        ));
    }
    out
}

/// A change as JSON.
pub fn change_json(c: &Change) -> Value {
    match c {
        Change::Changed { path, old, new } => {
            json!({ "field": path, "kind": "changed", "old": old, "new": new })
        }
        Change::Added { path, value } => json!({ "field": path, "kind": "added", "value": value }),
        Change::Removed { path, value } => {
            json!({ "field": path, "kind": "removed", "value": value })
        }
    }
}

/// A record's changes as JSON.
pub fn record_json(d: &RecordDiff) -> Value {
    json!({
        "path": d.path,
        "old_path": d.old_path,
        "change": verb(d),
        "fields": d.changes.iter().map(change_json).collect::<Vec<_>>(),
        "note": d.note,
    })
}

/// The commit header of a log entry.
pub fn entry_header(e: &Entry) -> String {
    format!(
        "commit {}  {}  {} <{}>\n    {}\n",
        e.short,
        e.date,
        printable(&e.author),
        printable(&e.email),
        printable(&e.summary)
    )
}

/// A log entry as JSON, with the records it changed.
pub fn entry_json(e: &Entry, records: &[RecordDiff]) -> Value {
    json!({
        "commit": e.id.to_string(),
        "date": e.date,
        "time": e.time,
        "author": e.author,
        "email": e.email,
        "summary": e.summary,
        "message": e.message,
        "records": records.iter().map(record_json).collect::<Vec<_>>(),
    })
}

/// How an entry's file changed, for a one-file log, in `lang`.
pub fn file_change(c: &FileChange, lang: Lang) -> String {
    match c {
        FileChange::Added => tr(lang, "cli-log-added"),
        FileChange::Modified => tr(lang, "cli-log-changed"),
        FileChange::Removed => tr(lang, "cli-log-removed"),
        FileChange::Renamed { from } => {
            tr_args(lang, "cli-log-renamed", &[("path", printable(from).into())])
        }
    }
}
