//! Acknowledged findings (ACK-*): a finding the team has reviewed is kept
//! in the report, marked as acknowledged, until the acknowledgement expires.
//!
//! An acknowledgement covers one finding, not a place: its rule, its field
//! path (`at`) and its kind — [`FindingKind::Missing`] when nothing is written
//! where the finding points, [`FindingKind::Invalid`] when a value is written
//! and the finding is about it. The kind is read from the file itself, so
//! every rule has it without saying so. An acknowledgement without a kind
//! (written before kinds existed) covers missing values only: read as
//! "the source does not give it", it must never hide a wrong value typed in
//! later. Where the finding at its place has changed kind, the
//! acknowledgement is reported (ACK-002) and the finding counts again. An
//! acknowledgement of a written value must name its place (`at`): without
//! one it would cover every wrong value of its rule in the file, also one
//! typed in later, so it covers nothing and is reported (ACK-002). For the
//! same reason it covers the value at exactly that place, not the values
//! under it.

use serde_json::Value;

use super::msg::{MsgArg, say};
use super::{Ack, Finding, Options, Sink, rule};
use crate::register::date::Date;
use crate::register::load::SourceFile;
use crate::register::locate::SpanIndex;

use super::record::Record;
use crate::register::model::{Acknowledgement, FindingKind};

/// The kind of a finding at `field` of `text`, whose positions are
/// `spans`, by the text alone: missing when the field is not written or
/// is written empty (`None`, `[]`, `""`, `Some("")`).
fn kind_at(spans: &SpanIndex, text: &str, field: &str) -> FindingKind {
    let Some(pos) = spans.get(field) else {
        return FindingKind::Missing;
    };
    let rest = text_from(text, pos.line, pos.col);
    if is_empty_value(rest) {
        FindingKind::Missing
    } else {
        FindingKind::Invalid
    }
}

/// The kind of a finding at `field` of `file`, whose record (serde's JSON
/// form) is `record` when known: missing only when neither the text nor
/// the record has a value there. The text is read by a tolerant scanner
/// that may index less than the file holds; a value it did not find must
/// not make a finding about a written value read as one about a missing
/// value, which a kindless acknowledgement or a `not_stated` entry hides.
pub(super) fn kind_of(
    file: &SourceFile,
    record: Option<&serde_json::Value>,
    field: &str,
) -> FindingKind {
    let written = || record.is_some_and(|r| value_at(r, field).is_some_and(says_something));
    match file.spans.get() {
        Some(whole) => kind_in(whole, &file.text, field, written),
        None => kind_in(
            &SpanIndex::only(&file.text, [field]),
            &file.text,
            field,
            written,
        ),
    }
}

/// [`kind_of`] with the file's positions `spans` (holding at least
/// `field`'s) and its `text`; `written` tells whether the record has a
/// value there that says something.
pub(super) fn kind_in(
    spans: &SpanIndex,
    text: &str,
    field: &str,
    written: impl FnOnce() -> bool,
) -> FindingKind {
    // The text answers for most findings; the record only where the text
    // shows no value (which it may have missed).
    if kind_at(spans, text, field) == FindingKind::Invalid || written() {
        FindingKind::Invalid
    } else {
        FindingKind::Missing
    }
}

/// The value at field path `path` (`recipients[0].country`) of serde's
/// JSON form of a record; enum variants (`{"Variant": …}`) are passed
/// through, as field paths leave them out.
pub(super) fn value_at<'v>(
    record: &'v serde_json::Value,
    path: &str,
) -> Option<&'v serde_json::Value> {
    let mut v = record;
    if path.is_empty() {
        return Some(v);
    }
    for segment in path.split('.') {
        let (name, rest) = segment.split_once('[').unwrap_or((segment, ""));
        v = field_of(v, name.trim())?;
        let mut rest = rest;
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            v = variant_body(v).get(index.trim().parse::<usize>().ok()?)?;
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(v)
}

/// The body of an enum value `{"Variant": body}`, or the value itself.
fn variant_body(v: &serde_json::Value) -> &serde_json::Value {
    match v.as_object() {
        Some(m) if m.len() == 1 => match m.iter().next() {
            Some((k, body)) if k.starts_with(|c: char| c.is_ascii_uppercase()) => body,
            _ => v,
        },
        _ => v,
    }
}

fn field_of<'v>(v: &'v serde_json::Value, name: &str) -> Option<&'v serde_json::Value> {
    v.get(name).or_else(|| variant_body(v).get(name))
}

/// True when a JSON value says something: not null, blank text, an empty
/// list or map, or a value recorded as not stated in the source.
pub(super) fn says_something(v: &serde_json::Value) -> bool {
    use serde_json::Value;
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(items) => !items.is_empty(),
        Value::Object(m) => !(m.is_empty() || m.len() == 1 && m.contains_key("NotStated")),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

/// What a finding of `kind` is about, for messages.
fn describe(kind: FindingKind) -> MsgArg {
    match kind {
        FindingKind::Missing => MsgArg::word("about a missing value", |l| {
            l.t("finding-word-about-missing")
        }),
        FindingKind::Invalid => MsgArg::word("about the value written", |l| {
            l.t("finding-word-about-written")
        }),
    }
}

/// Another finding's sentence, quoted in every language.
fn finding_in_each(f: &Finding) -> MsgArg {
    MsgArg::each(|lang| f.message_in(lang))
}

/// The text from a 1-based line and character column to the end.
fn text_from(text: &str, line: usize, col: usize) -> &str {
    let mut start = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            let within = l
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(l.len(), |(i, _)| i);
            return &text[start + within..];
        }
        start += l.len();
    }
    ""
}

/// True when the RON value at the start of `s` says nothing: `None`, an
/// empty list, map or text, or `Some` of one of those.
fn is_empty_value(s: &str) -> bool {
    let s = s.trim_start();
    if let Some(inner) = s.strip_prefix("Some") {
        let inner = inner.trim_start();
        return inner.strip_prefix('(').is_some_and(|v| {
            is_empty_value(v) && (v.trim_start().starts_with("NotStated") || closes(v))
        });
    }
    // A value recorded as not stated in the source is a known gap: nothing
    // is known at the place, as with an absent value.
    if let Some(after) = s.strip_prefix("NotStated") {
        return !after.starts_with(|c: char| c.is_alphanumeric() || c == '_');
    }
    if let Some(after) = s.strip_prefix("None") {
        return !after.starts_with(|c: char| c.is_alphanumeric() || c == '_');
    }
    if let Some(inner) = s.strip_prefix('"') {
        // Text of blanks only says nothing either.
        return inner
            .trim_start_matches(|c: char| c.is_whitespace())
            .starts_with('"');
    }
    ["[]", "{}", "()"].iter().any(|empty| {
        let (open, close) = empty.split_at(1);
        s.strip_prefix(open)
            .is_some_and(|r| r.trim_start().starts_with(close))
    })
}

/// True when the empty value at the start of `s` is followed by `)`.
fn closes(s: &str) -> bool {
    let s = s.trim_start();
    let after = if let Some(r) = s.strip_prefix("None") {
        r
    } else if let Some(r) = s.strip_prefix('"') {
        r.trim_start_matches(|c: char| c.is_whitespace())
            .strip_prefix('"')
            .unwrap_or(r)
    } else {
        let Some(open) = s.chars().next() else {
            return false;
        };
        let r = &s[open.len_utf8()..];
        let r = r.trim_start();
        let Some(close) = r.chars().next() else {
            return false;
        };
        &r[close.len_utf8()..]
    };
    let after = after.trim_start();
    after
        .strip_prefix(',')
        .unwrap_or(after)
        .trim_start()
        .starts_with(')')
}

/// Marks the findings of one file covered by its acknowledgements, and
/// reports expired (ACK-001) and unused (ACK-002) acknowledgements.
///
/// `record` is the file's record as JSON: an acknowledgement may name a
/// list item by its id (`purposes[id=p1]`), which is looked up there, and
/// each finding gets its place in that form ([`Finding::anchor`]).
pub(super) fn apply(
    file: &SourceFile,
    typed: &Record,
    acks: &[Acknowledgement],
    opts: &Options,
    findings: &mut Vec<Finding>,
) {
    for f in findings.iter_mut() {
        f.anchor = anchored(&f.field, typed).filter(|a| *a != f.field);
    }
    // The JSON form, made only for an acknowledgement naming items by id.
    let record = if acks
        .iter()
        .any(|a| a.at.as_deref().is_some_and(|at| at.contains("[id=")))
    {
        typed.json()
    } else {
        None
    };
    let mut extra = Vec::new();
    {
        let mut sink = Sink::new(file, &mut extra);
        for (i, ack) in acks.iter().enumerate() {
            let here = format!("acknowledgements[{i}]");
            // A place named by ids is read as the positions the items have
            // now; an id the record no longer has matches nothing.
            let resolved;
            let ack = match (&ack.at, record) {
                (Some(at), Some(record)) if at.contains("[id=") => match by_position(at, record) {
                    Some(at) => {
                        resolved = Acknowledgement {
                            at: Some(at),
                            ..ack.clone()
                        };
                        &resolved
                    }
                    None => {
                        say!(
                            sink,
                            "ACK-002",
                            format!("{here}.at"),
                            "finding-ack-002-place-gone",
                            "acknowledgement of {rule} names `{at}`, which the record does not have (an item renamed or removed); review the finding again",
                            rule = &ack.rule,
                            at = at
                        );
                        continue;
                    }
                },
                _ => ack,
            };
            if rule(&ack.rule).is_none() {
                say!(
                    sink,
                    "ACK-002",
                    format!("{here}.rule"),
                    "finding-ack-002-unknown-rule",
                    "acknowledgement names unknown rule `{rule}`",
                    rule = &ack.rule
                );
                continue;
            }
            let Some(expires) = Date::parse(&ack.expires) else {
                say!(
                    sink,
                    "DATE-001",
                    format!("{here}.expires"),
                    "finding-date-001-not-date",
                    "`{date}` is not a YYYY-MM-DD date",
                    date = &ack.expires
                );
                continue;
            };
            let kind = ack.kind.unwrap_or(FindingKind::Missing);
            // An acknowledgement of a written value covers that value: one
            // without a place would also hide any wrong value of the same
            // rule typed anywhere in the file later (a wrong e-mail under
            // an acknowledged telephone number).
            if kind == FindingKind::Invalid && ack.at.is_none() {
                let mut places: Vec<&str> = findings
                    .iter()
                    .filter(|f| f.rule.eq_ignore_ascii_case(&ack.rule) && f.kind == kind)
                    .map(|f| f.anchor.as_deref().unwrap_or(&f.field))
                    .collect();
                places.sort_unstable();
                places.dedup();
                match places.as_slice() {
                    [] => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-no-place-no-match",
                        "acknowledgement of {rule} covers a value written (kind: Some(Invalid)) but names no place, so it covers nothing: it matches no finding; remove it",
                        rule = &ack.rule
                    ),
                    [one] => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-no-place-one",
                        "acknowledgement of {rule} covers a value written (kind: Some(Invalid)) but names no place, so it covers nothing: add at: Some(\"{place}\")",
                        rule = &ack.rule,
                        place = *one
                    ),
                    many => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-no-place-many",
                        "acknowledgement of {rule} covers a value written (kind: Some(Invalid)) but names no place, so it covers nothing: name the one it covers with at: Some(\"…\") ({places})",
                        rule = &ack.rule,
                        places = many.join(", ")
                    ),
                }
                continue;
            }
            let here_and_rule = |f: &Finding| {
                f.rule.eq_ignore_ascii_case(&ack.rule)
                    && ack.at.as_deref().is_none_or(|at| {
                        f.field == at
                            || f.field.starts_with(&format!("{at}."))
                            || f.field.starts_with(&format!("{at}["))
                    })
            };
            // An acknowledged written value is the value at `at` itself: at
            // a parent path (`recipients`) it would also cover wrong values
            // in list items added later. A missing value may be named by
            // its parent (`dpo` for `dpo.contact.email`).
            let matches = |f: &Finding| {
                here_and_rule(f)
                    && f.kind == kind
                    && (kind == FindingKind::Missing || ack.at.as_deref() == Some(f.field.as_str()))
            };
            let hits = findings.iter().filter(|f| matches(f)).count();
            if hits == 0 {
                // ` at `x`` after the rule, or nothing.
                let place = match ack.at.as_deref() {
                    Some(a) => MsgArg::word(format!(" at `{a}`"), |l| {
                        format!(" {}", l.t1("finding-word-at-place", "place", a))
                    }),
                    None => MsgArg::from(""),
                };
                let other = findings.iter().find(|f| here_and_rule(f));
                match (other, ack.kind) {
                    (Some(f), Some(k)) if f.kind == k => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-elsewhere",
                        "acknowledgement of {rule}{place} covers the value written there only, and the finding is at `{field}` ({finding}); acknowledge each wrong value at its own place",
                        rule = &ack.rule,
                        place = &place,
                        field = &f.field,
                        finding = finding_in_each(f)
                    ),
                    (Some(f), None) => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-no-kind",
                        "acknowledgement of {rule}{place} has no kind, so it covers a missing value only, but the finding there is about the value written ({finding}); review it, then fix it or acknowledge it with kind: Some({kind})",
                        rule = &ack.rule,
                        place = &place,
                        finding = finding_in_each(f),
                        kind = format!("{:?}", f.kind)
                    ),
                    (Some(f), Some(_)) => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-kind-changed",
                        "acknowledgement of {rule}{place} covers a finding {was}, but the finding there is now {now} ({finding}): the finding changed; review it, then fix it or acknowledge it anew with kind: Some({kind})",
                        rule = &ack.rule,
                        place = &place,
                        was = describe(kind),
                        now = describe(f.kind),
                        finding = finding_in_each(f),
                        kind = format!("{:?}", f.kind)
                    ),
                    (None, _) => say!(
                        sink,
                        "ACK-002",
                        here,
                        "finding-ack-002-no-match",
                        "acknowledgement of {rule}{place} matches no finding; remove it",
                        rule = &ack.rule,
                        place = &place
                    ),
                }
                continue;
            }
            if expires < opts.today {
                say!(
                    sink,
                    "ACK-001",
                    format!("{here}.expires"),
                    "finding-ack-001-expired",
                    "acknowledgement of {rule} expired on {expires}; review the finding again and renew or fix it",
                    rule = &ack.rule,
                    expires = expires.to_string()
                );
                continue;
            }
            if opts.strict {
                continue;
            }
            for f in findings.iter_mut().filter(|f| matches(f)) {
                if f.acknowledged.is_none() {
                    f.acknowledged = Some(Ack {
                        reason: ack.reason.clone(),
                        expires: ack.expires.clone(),
                    });
                }
            }
        }
    }
    findings.append(&mut extra);
}

/// One step of a field path: a field name, then list positions or ids.
fn steps(path: &str) -> Option<Vec<(&str, Vec<&str>)>> {
    path.split('.')
        .map(|segment| {
            let (name, mut rest) = segment
                .split_once('[')
                .map_or((segment, ""), |(n, r)| (n, r));
            let mut keys = Vec::new();
            if !rest.is_empty() {
                loop {
                    let (key, after) = rest.split_once(']')?;
                    keys.push(key);
                    if after.is_empty() {
                        break;
                    }
                    rest = after.strip_prefix('[')?;
                }
            }
            Some((name, keys))
        })
        .collect()
}

/// The field `name` of `v`, looking through an enum's variant
/// (`{"Variant": {..}}`), as field paths leave variant names out.
fn field<'v>(v: &'v Value, name: &str) -> Option<&'v Value> {
    v.get(name).or_else(|| {
        v.as_object()
            .filter(|m| m.len() == 1)
            .and_then(|m| m.values().next())
            .and_then(|inner| inner.get(name))
    })
}

/// `path` with each list position whose item has an `id` written as that id
/// (`purposes[0]` → `purposes[id=p1]`); `None` when the path is not one of
/// `record`'s. A path without list positions is itself: `None` then, as
/// callers keep an anchor only where it differs. Only the record's
/// top-level field the path is in is made into serde's JSON form.
fn anchored(path: &str, record: &Record) -> Option<String> {
    if !path.contains('[') {
        return None;
    }
    let top = path.split(['.', '[']).next().unwrap_or(path);
    let mut fields = serde_json::Map::new();
    fields.insert(top.to_string(), record.value_at(top)?);
    anchored_in(path, &Value::Object(fields))
}

/// [`anchored`] in serde's JSON form of the record (or of the part of it
/// the path is in).
fn anchored_in(path: &str, record: &Value) -> Option<String> {
    let mut v = record;
    let mut out = Vec::new();
    for (name, keys) in steps(path)? {
        v = field(v, name)?;
        let mut seg = name.to_string();
        for key in keys {
            let index: usize = key.parse().ok()?;
            v = v.get(index)?;
            match v.get("id").and_then(Value::as_str) {
                Some(id) if !id.is_empty() && !id.contains([']', '[', '.']) => {
                    seg.push_str(&format!("[id={id}]"))
                }
                _ => seg.push_str(&format!("[{index}]")),
            }
        }
        out.push(seg);
    }
    Some(out.join("."))
}

/// `path` with each `[id=…]` replaced by the position the item with that
/// id has in `record` now; `None` when the record has no such item.
fn by_position(path: &str, record: &Value) -> Option<String> {
    let mut v = Some(record);
    let mut out = Vec::new();
    for (name, keys) in steps(path)? {
        v = v.and_then(|v| field(v, name));
        let mut seg = name.to_string();
        for key in keys {
            let index = match key.strip_prefix("id=") {
                Some(id) => v?
                    .as_array()?
                    .iter()
                    .position(|item| item.get("id").and_then(Value::as_str) == Some(id))?,
                None => key.trim().parse().ok()?,
            };
            v = v.and_then(|v| v.get(index));
            seg.push_str(&format!("[{index}]"));
        }
        out.push(seg);
    }
    Some(out.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An anchor names items by id in lists of structures only: a list
    /// inside an enum value (`sub_processors: Listed([...])`) keeps its
    /// positions, as the JSON form's lookup left it.
    #[test]
    fn anchors_name_items_by_id_but_not_inside_an_enum_value() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = crate::register::load::load(&root).expect("the sample loads");
        let org = loaded
            .register
            .organisations
            .iter()
            .find(|o| {
                o.org.recipients.iter().any(|r| {
                    matches!(&r.sub_processors, crate::register::model::SubProcessors::Listed(l) if !l.is_empty())
                })
            })
            .expect("a recipient with sub-processors listed");
        let (i, r) = org
            .org
            .recipients
            .iter()
            .enumerate()
            .find(|(_, r)| {
                matches!(
                    r.sub_processors,
                    crate::register::model::SubProcessors::Listed(_)
                )
            })
            .expect("listed");
        let record = Record::organisation(&org.org);
        assert_eq!(
            anchored(&format!("recipients[{i}].sub_processors[0]"), &record),
            None
        );
        assert_eq!(
            anchored(&format!("recipients[{i}].name"), &record),
            Some(format!("recipients[id={}].name", r.id))
        );
        assert_eq!(anchored("name", &record), None);
        assert_eq!(anchored("recipients[999].name", &record), None);
    }

    #[test]
    fn empty_values_in_every_spelling() {
        for empty in [
            "None",
            "None,",
            "None\n)",
            "[]",
            "[ ]",
            "[\n    ]",
            "\"\"",
            "\"   \"",
            "{}",
            "()",
            "Some(\"\")",
            "Some( \"\" )",
            "Some(\n        \"\",\n    )",
            "Some(\"  \")",
            "Some([])",
            "Some(None)",
            "  None",
            "NotStated()",
            "NotStated(note: Some(\"Politikken oplyser intet CVR-nummer.\"))",
            "Some(NotStated(\n        note: Some(\"æøå\"),\n    ))",
        ] {
            assert!(is_empty_value(empty), "{empty:?} should read as empty");
        }
        for written in [
            "Nonesuch",
            "Some(\"Vestergade 1\")",
            "Cvr(\"12345678\")",
            "Some(Cvr(\"00000000\"))",
            "[\"a\"]",
            "\"x\"",
            "Special([Health])",
            "NationalId(DkCpr)",
            "Some(\"\"x)",
            "NotStatedYet",
        ] {
            assert!(!is_empty_value(written), "{written:?} is a written value");
        }
    }

    #[test]
    fn the_record_tells_a_written_value_the_text_index_missed() {
        let record = serde_json::json!({
            "org_number": {"NotStated": {"note": "intet CVR-nummer"}},
            "email": "privacy(at)acme",
            "address": "  ",
            "recipients": [{"id": "crm", "country": "UK", "sub_processors": "None"}],
            "retention": [{"rule": {"Duration": {"period": "P5Y"}}}],
        });
        let file = SourceFile::new("acme/organisation.ron".into(), String::new());
        let kind = |field: &str| kind_of(&file, Some(&record), field);
        assert_eq!(kind("email"), FindingKind::Invalid);
        assert_eq!(kind("recipients[0].country"), FindingKind::Invalid);
        assert_eq!(kind("recipients[ 0 ].country"), FindingKind::Invalid);
        assert_eq!(kind("recipients[0].sub_processors"), FindingKind::Invalid);
        assert_eq!(kind("retention[0].rule.period"), FindingKind::Invalid);
        assert_eq!(kind("org_number"), FindingKind::Missing);
        assert_eq!(kind("address"), FindingKind::Missing);
        assert_eq!(kind("phone"), FindingKind::Missing);
        assert_eq!(kind("recipients[1].country"), FindingKind::Missing);
    }

    #[test]
    fn positions_are_lines_and_character_columns() {
        let text = "(\n    a: \"æøå\", b: None,\n)";
        assert_eq!(text_from(text, 2, 18), "None,\n)");
        assert_eq!(text_from(text, 9, 1), "");
    }
}
