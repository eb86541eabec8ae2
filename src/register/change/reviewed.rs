//! "Reviewed, no change" as an edit of one line: an activity's file with
//! its `last_reviewed` set to the day of the review and every other byte
//! as it was (comments, layout, the order of fields), so that the commit's
//! diff is that one line.

use crate::register::load::parse_record;
use crate::register::model::Activity;

/// The field the review sets.
const FIELD: &str = "last_reviewed";

/// `text`, an activity's file, with its `last_reviewed` line saying
/// `new.last_reviewed`: the date replaced in the line where the file has
/// one, else a line inserted where `canonical` (the canonical text of
/// `new`) has it, in front of the next field the file has (and of the
/// comments above that field). `None` when the result would not read back
/// as `new` (a layout this does not follow): the caller then writes the
/// canonical text.
pub(super) fn with_review_line(text: &str, canonical: &str, new: &Activity) -> Option<String> {
    let day = new.last_reviewed.as_deref()?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let eol = if lines.first().is_some_and(|l| l.ends_with("\r\n")) {
        "\r\n"
    } else {
        "\n"
    };
    let at: Vec<usize> = (0..lines.len())
        .filter(|i| key_of(lines[*i]).is_some_and(|(_, k)| k == FIELD))
        .collect();
    let out = match at.as_slice() {
        [i] => {
            let mut out = lines.clone();
            let replaced = replace_date(lines[*i], day)?;
            out[*i] = &replaced;
            out.concat()
        }
        [] => {
            let line = format!("    {FIELD}: Some(\"{day}\"),{eol}");
            let at = insertion_point(&lines, canonical)?;
            let mut out: Vec<&str> = lines.clone();
            out.insert(at, &line);
            out.concat()
        }
        _ => return None,
    };
    let back: Activity = parse_record(&out).ok()?;
    (back == *new).then_some(out)
}

/// The line's indentation and field name, where it starts a field
/// (`    name: …`).
fn key_of(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start_matches([' ', '\t']);
    let indent = &line[..line.len() - rest.len()];
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    let (key, after) = rest.split_at(end);
    (!key.is_empty() && after.trim_start_matches([' ', '\t']).starts_with(':'))
        .then_some((indent, key))
}

/// `line` (`last_reviewed: Some("…"),` with whatever spacing and comment)
/// with the date between its quotes replaced by `day`.
fn replace_date(line: &str, day: &str) -> Option<String> {
    let colon = line.find(':')?;
    let open = colon + line[colon..].find('"')? + 1;
    let close = open + line[open..].find('"')?;
    Some(format!("{}{day}{}", &line[..open], &line[close..]))
}

/// Where a new `last_reviewed` line goes in `lines`: in front of the first
/// field after it in `canonical`'s order that the file has at the top level
/// (indented by four spaces, as the canonical layout writes it), above the
/// comments that lead into that field; else in front of the closing
/// parenthesis of the record.
fn insertion_point(lines: &[&str], canonical: &str) -> Option<usize> {
    fn top(l: &str) -> Option<&str> {
        key_of(l)
            .filter(|(indent, _)| *indent == "    ")
            .map(|(_, k)| k)
    }
    let order: Vec<&str> = canonical.lines().filter_map(top).collect();
    let after = order.iter().position(|k| *k == FIELD)? + 1;
    let found = order[after..]
        .iter()
        .find_map(|k| lines.iter().position(|l| top(l) == Some(*k)));
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
}
