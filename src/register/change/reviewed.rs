//! "Reviewed, no change" as an edit of one line: an activity's file with
//! its `last_reviewed` set to the day of the review and every other byte
//! as it was (comments, layout, the order of fields), so that the commit's
//! diff is that one line.

use crate::register::load::parse_record;
use crate::register::locate::{Pos, SpanIndex};
use crate::register::model::Activity;

/// The field the review sets.
const FIELD: &str = "last_reviewed";

/// `text`, an activity's file, with its `last_reviewed` saying
/// `new.last_reviewed`: the value replaced where the file has the field
/// (found by the file's own syntax, so a comment or a string that holds
/// `last_reviewed:` is never taken for it), else a line inserted where
/// `canonical` (the canonical text of `new`) has it, in front of the next
/// field the file has on a line of its own (and of the comments above
/// that field). `None` when the result would not read back as `new` (a
/// layout this does not follow): the caller then writes the canonical
/// text.
pub(super) fn with_review_line(text: &str, canonical: &str, new: &Activity) -> Option<String> {
    let day = new.last_reviewed.as_deref()?;
    let spans = SpanIndex::new(text);
    let out = match spans.get(FIELD) {
        Some(pos) => replace_value(text, offset(text, pos)?, day)?,
        None => {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            let eol = if lines.first().is_some_and(|l| l.ends_with("\r\n")) {
                "\r\n"
            } else {
                "\n"
            };
            let line = format!("    {FIELD}: Some(\"{day}\"),{eol}");
            let at = insertion_point(&lines, canonical, &spans)?;
            let mut out: Vec<&str> = lines.clone();
            out.insert(at, &line);
            out.concat()
        }
    };
    let back: Activity = parse_record(&out).ok()?;
    (back == *new).then_some(out)
}

/// The byte offset in `text` of a 1-based line and column (in characters).
fn offset(text: &str, pos: Pos) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(pos.line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line = text.get(start..)?;
    let within = line
        .char_indices()
        .nth(pos.col.checked_sub(1)?)
        .map(|(i, _)| i)?;
    Some(start + within)
}

/// `text` with the optional date whose value starts at byte `at`
/// (`Some("…")`, `None`, or a bare `"…"`) saying `day`, every other byte
/// as it was.
fn replace_value(text: &str, at: usize, day: &str) -> Option<String> {
    let rest = text.get(at..)?;
    if let Some(after) = rest.strip_prefix("None") {
        return Some(format!("{}Some(\"{day}\"){after}", &text[..at]));
    }
    // The date's quotes: the first after the value's start, and the next.
    let open = at + rest.find('"')? + 1;
    let close = open + text.get(open..)?.find('"')?;
    // Only blanks and `Some(` between the value's start and its quote.
    let lead = &text[at..open - 1];
    if !lead
        .chars()
        .all(|c| c.is_whitespace() || "Some(".contains(c))
    {
        return None;
    }
    Some(format!("{}{day}{}", &text[..open], &text[close..]))
}

/// The line's field name, where the line starts with a field at the
/// record's top level (`    name: …`, four spaces).
fn top_key(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("    ")?;
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let (key, after) = rest.split_at(end);
    (!key.is_empty() && after.trim_start_matches([' ', '\t']).starts_with(':')).then_some(key)
}

/// Where a new `last_reviewed` line goes in `lines`: in front of the first
/// field after it in `canonical`'s order that the file has on a line of
/// its own (indented by four spaces, as the canonical layout writes it;
/// the field's place taken from the file's syntax, not from a look at the
/// line), above the comments that lead into that field; else in front of
/// the closing parenthesis of the record.
fn insertion_point(lines: &[&str], canonical: &str, spans: &SpanIndex) -> Option<usize> {
    let order: Vec<&str> = canonical.lines().filter_map(top_key).collect();
    let after = order.iter().position(|k| *k == FIELD)? + 1;
    let found = order[after..].iter().find_map(|k| {
        let i = spans.get(k)?.line.checked_sub(1)?;
        (top_key(lines.get(i)?) == Some(*k)).then_some(i)
    });
    let mut at = match found {
        Some(i) => i,
        None => lines.iter().rposition(|l| l.trim() == ")")?,
    };
    while at > 0 && lines[at - 1].trim_start().starts_with("//") {
        at -= 1;
    }
    Some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::format::to_canonical;

    fn activity() -> Activity {
        let mut a = Activity::draft("loen", "Løn");
        a.owner = Some("HR".into());
        a.notes = Some("last_reviewed: Some(\"1999-01-01\") in a note".into());
        a
    }

    fn reviewed(a: &Activity, day: &str) -> (Activity, String) {
        let mut new = a.clone();
        new.last_reviewed = Some(day.into());
        let c = to_canonical(&new).expect("canonical");
        (new, c)
    }

    /// The lines of `before` and `after` that differ, after the common
    /// start and end.
    fn changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
        let b: Vec<&str> = before.lines().collect();
        let a: Vec<&str> = after.lines().collect();
        let head = b.iter().zip(&a).take_while(|(x, y)| x == y).count();
        let tail = b[head..]
            .iter()
            .rev()
            .zip(a[head..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let own = |v: &[&str], n: usize| v[head..n - tail].iter().map(|s| s.to_string()).collect();
        (own(&b, b.len()), own(&a, a.len()))
    }

    #[test]
    fn the_date_in_an_existing_line_is_replaced_and_comments_kept() {
        let mut a = activity();
        a.last_reviewed = Some("2025-01-02".into());
        let text = to_canonical(&a).expect("canonical").replace(
            "    last_reviewed:",
            "    // Reviewed with HR every year.\n    last_reviewed:",
        ) + "// the end\n";
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert_eq!(
            changed(&text, &out),
            (
                vec!["    last_reviewed: Some(\"2025-01-02\"),".into()],
                vec!["    last_reviewed: Some(\"2026-12-02\"),".into()]
            )
        );
        assert!(out.contains("// Reviewed with HR every year.") && out.ends_with("// the end\n"));
    }

    #[test]
    fn a_missing_line_is_inserted_where_the_canonical_layout_has_it() {
        let a = activity();
        let text = to_canonical(&a)
            .expect("canonical")
            .replace("    notes:", "    // Why the notes say so.\n    notes:");
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert_eq!(
            changed(&text, &out),
            (
                vec![],
                vec!["    last_reviewed: Some(\"2026-12-02\"),".into()]
            )
        );
        // Before the comment that leads into the next field, after the
        // owner, as the canonical layout orders them.
        let owner = out.find("    owner:").expect("owner");
        let line = out.find("    last_reviewed:").expect("line");
        let comment = out.find("    // Why").expect("comment");
        assert!(owner < line && line < comment, "{out}");
    }

    #[test]
    fn crlf_files_keep_their_line_ends() {
        let a = activity();
        let text = to_canonical(&a).expect("canonical").replace('\n', "\r\n");
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert!(out.contains("    last_reviewed: Some(\"2026-12-02\"),\r\n"));
        assert!(!out.replace("\r\n", "").contains('\n'));
    }

    #[test]
    fn a_layout_it_cannot_follow_gives_none() {
        let a = activity();
        // All on one line: no line to replace, no field to insert before.
        let text = to_canonical(&a).expect("canonical").replace('\n', " ");
        let (new, c) = reviewed(&a, "2026-12-02");
        assert_eq!(with_review_line(&text, &c, &new), None);
    }

    /// The text lines the review added and removed (a diff of lines).
    fn one_line_changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
        changed(before, after)
    }

    #[test]
    fn a_string_or_comment_holding_the_field_is_not_taken_for_it() {
        let mut a = activity();
        a.last_reviewed = Some("2025-01-15".into());
        a.notes = Some("first\n    last_reviewed: Some(\"2019-01-01\"),\nlast".into());
        let canonical_text = to_canonical(&a).expect("canonical");
        // The notes written over several lines, a block comment holding the
        // field above it and a comment before it.
        let text = canonical_text
            .replace(
                "\"first\\n    last_reviewed: Some(\\\"2019-01-01\\\"),\\nlast\"",
                "\"first\n    last_reviewed: Some(\\\"2019-01-01\\\"),\nlast\"",
            )
            .replace(
                "    last_reviewed: Some(\"2025-01-15\"),",
                "    /*\n    last_reviewed: Some(\"2018-01-01\"),\n    */\n    // before\n    last_reviewed: Some(\"2025-01-15\"),",
            );
        assert!(text.contains("\"first\n"), "{text}");
        assert_eq!(parse_record::<Activity>(&text).expect("parses"), a);
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert_eq!(
            one_line_changed(&text, &out),
            (
                vec!["    last_reviewed: Some(\"2025-01-15\"),".into()],
                vec!["    last_reviewed: Some(\"2026-12-02\"),".into()]
            )
        );
        // Without the field: inserted, the string and comments untouched.
        let mut b = a.clone();
        b.last_reviewed = None;
        let text_b = text.replace("    last_reviewed: Some(\"2025-01-15\"),\n", "");
        assert_eq!(parse_record::<Activity>(&text_b).expect("parses"), b);
        let (new, c) = reviewed(&b, "2026-12-02");
        let out = with_review_line(&text_b, &c, &new).expect("edited");
        assert_eq!(
            one_line_changed(&text_b, &out),
            (
                vec![],
                vec!["    last_reviewed: Some(\"2026-12-02\"),".into()]
            )
        );
    }

    #[test]
    fn fields_sharing_the_line_stay_where_they_are() {
        let mut a = activity();
        a.last_reviewed = Some("2025-01-15".into());
        let text = to_canonical(&a)
            .expect("canonical")
            .replace("    last_reviewed: Some(\"2025-01-15\"),\n", "")
            .replace(
                "    owner: Some(\"HR\"),",
                "    owner: Some(\"HR\"), last_reviewed: Some(\"2025-01-15\"),",
            );
        assert_eq!(parse_record::<Activity>(&text).expect("parses"), a);
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert_eq!(out, text.replace("2025-01-15", "2026-12-02"));
    }

    #[test]
    fn none_becomes_the_day() {
        let a = activity();
        let text = to_canonical(&a)
            .expect("canonical")
            .replace("    notes:", "    last_reviewed: None,\n    notes:");
        assert_eq!(parse_record::<Activity>(&text).expect("parses"), a);
        let (new, c) = reviewed(&a, "2026-12-02");
        let out = with_review_line(&text, &c, &new).expect("edited");
        assert_eq!(
            out,
            text.replace("last_reviewed: None", "last_reviewed: Some(\"2026-12-02\")")
        );
    }
}
