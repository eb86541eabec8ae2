//! Known gaps (GAP-001): values the register records as "not stated in the
//! source" (`NotStated(note: …)`). They are what the published source
//! leaves out, so they are warnings listed in the gaps report
//! (`ropa validate --gaps`), not the missing-data errors the empty field
//! would raise.

use serde::Serialize;
use serde_json::Value;

use super::Sink;

/// The variant name every "not stated" value has, whatever its type.
const NOT_STATED: &str = "NotStated";

/// Reports every `NotStated` value of `record` (an organisation or an
/// activity), wherever in the record and whatever its type.
pub(super) fn check(record: &impl Serialize, sink: &mut Sink) {
    // A record that does not serialise has nothing to report here; the
    // loader has already read it from the same form.
    let Ok(v) = serde_json::to_value(record) else {
        return;
    };
    walk(&v, String::new(), sink);
}

fn walk(v: &Value, path: String, sink: &mut Sink) {
    match v {
        Value::Object(map) => {
            if map.len() == 1
                && let Some(body) = map.get(NOT_STATED)
            {
                let note = body.get("note").and_then(Value::as_str).unwrap_or("");
                let message = if note.trim().is_empty() {
                    "not stated in the source".to_string()
                } else {
                    format!("not stated in the source: {note}")
                };
                sink.emit("GAP-001", path, message);
                return;
            }
            for (k, child) in map {
                let child_path = if path.is_empty() {
                    k.clone()
                } else if is_variant(k) {
                    // Enum variant keys are not part of field paths.
                    path.clone()
                } else {
                    format!("{path}.{k}")
                };
                walk(child, child_path, sink);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, format!("{path}[{i}]"), sink);
            }
        }
        _ => {}
    }
}

/// Variant names are capitalised; field names are snake case.
fn is_variant(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_uppercase())
}
