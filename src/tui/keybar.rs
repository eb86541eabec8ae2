//! The two bottom lines of every screen: the key bar (the keys that apply
//! here, from the key table, so the user's bindings show) and the status
//! line (a message shown whole, the register and its branch, and the
//! error and warning counts, which are never cut).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::app::{Action, App};
use super::form::hints::Hint;
use super::keys::Context;
use super::theme::Theme;
use crate::register::lang::{tr, tr_args};

/// Columns between two hints of the key bar.
const GAP: usize = 2;

/// The keys of the current context, most important first, and the key
/// that closes the bar's row (`? help`, or in the help how to close it).
pub fn hints(app: &App) -> (Vec<Hint>, Option<Hint>) {
    let lang = app.lang;
    let context = app.context();
    let hint = |keys: String, what: &str| Hint {
        keys,
        what: tr(lang, what),
    };
    let help = app
        .keys
        .keys_in(Action::Help, context)
        .first()
        .map(|k| hint(k.to_string(), "tui-bar-help"));
    match context {
        Context::Confirm => (
            app.confirm
                .as_ref()
                .map(|c| super::confirm::hints(c, lang))
                .unwrap_or_default(),
            None,
        ),
        Context::Help => {
            let close = [Action::Back, Action::Help, Action::Quit]
                .iter()
                .filter_map(|a| app.keys.keys(*a).first().map(ToString::to_string))
                .collect::<Vec<_>>()
                .join("/");
            let up = app.keys.label(Action::Up);
            let down = app.keys.label(Action::Down);
            (
                vec![
                    hint(close, "tui-bar-close"),
                    hint(format!("{up}{down}"), "tui-bar-scroll"),
                ],
                None,
            )
        }
        Context::Form => (
            app.form
                .as_ref()
                .map(|f| super::form::hints::hints(f, &app.keys, lang))
                .unwrap_or_default(),
            help,
        ),
        Context::Search => {
            let mut v = vec![hint(tr(lang, "tui-help-typing"), "tui-bar-query")];
            v.extend(app.keys.bar(context, lang));
            v.extend(own_keys(context, lang));
            (v, help)
        }
        _ => (app.keys.bar(context, lang), help),
    }
}

/// The keys a screen handles itself, outside the key table: the search
/// query's editing keys (the query is typed, as a form's text is; see
/// `search::SearchState::edit_query`).
pub fn own_keys(context: Context, lang: crate::register::lang::Lang) -> Vec<Hint> {
    let h = |keys: &str, what: &str| Hint {
        keys: keys.to_string(),
        what: tr(lang, what),
    };
    match context {
        Context::Search => vec![h("Ctrl-U Ctrl-W", "tui-own-search-edit")],
        _ => Vec::new(),
    }
}

/// The key bar `width` columns wide: as many hints as fit, most important
/// first (the rest are dropped whole, never cut), and `tail` at the end.
pub fn bar(hints: &[Hint], tail: Option<&Hint>, width: u16, theme: &Theme) -> Line<'static> {
    let width = usize::from(width);
    let w = |h: &Hint| h.keys.width() + 1 + h.what.width();
    let room = width.saturating_sub(1 + tail.map_or(0, |t| w(t) + GAP));
    let mut used = 0;
    let mut shown: Vec<&Hint> = Vec::new();
    for h in hints {
        let need = w(h) + if shown.is_empty() { 0 } else { GAP };
        if used + need <= room {
            used += need;
            shown.push(h);
        }
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, h) in shown.into_iter().chain(tail).enumerate() {
        if i > 0 {
            spans.push(Span::raw(" ".repeat(GAP)));
        }
        spans.push(Span::styled(h.keys.clone(), theme.label()));
        spans.push(Span::styled(format!(" {}", h.what), theme.dim()));
    }
    Line::from(spans)
}

/// `s` cut to `width` columns with `…` at the end when it is longer.
pub fn ellipsis(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` cut to `width` columns from the start, `…` first: the end of a
/// path is the part that names it.
fn ellipsis_start(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut tail: Vec<char> = Vec::new();
    let mut w = 1;
    for c in s.chars().rev() {
        let cw = c.to_string().width();
        if w + cw > width {
            break;
        }
        w += cw;
        tail.push(c);
    }
    std::iter::once('…').chain(tail.into_iter().rev()).collect()
}

/// `text` wrapped at word boundaries to `width` columns; its own line
/// breaks are kept, a word longer than a line is broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        // Leading spaces (an indented command) are kept.
        let indent: String = para.chars().take_while(|c| *c == ' ').collect();
        line.push_str(&indent);
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            if !line.trim().is_empty() && line.width() + 1 + word.width() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.trim().is_empty() {
                line.push(' ');
            }
            let mut word = word.to_string();
            while line.width() + word.width() > width {
                let room = width.saturating_sub(line.width()).max(1);
                let mut head = String::new();
                let mut rest = String::new();
                for c in word.chars() {
                    if rest.is_empty() && head.width() + c.to_string().width() <= room {
                        head.push(c);
                    } else {
                        rest.push(c);
                    }
                }
                line.push_str(&head);
                out.push(std::mem::take(&mut line));
                word = rest;
            }
            line.push_str(&word);
        }
        out.push(line);
    }
    out
}

/// The status line's rows at `width` columns: the message (whole,
/// wrapped; its own line when it does not fit beside the rest), then
/// where the register is and the counts at the right end. At most
/// `max_rows` rows; a longer message is cut with `…` on its last row.
pub fn status(app: &App, theme: &Theme, width: u16, max_rows: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let width = usize::from(width);
    // The counts (or what is still running), at the right end.
    let mut right: Vec<Span<'static>> = Vec::new();
    match (&app.loaded, app.report()) {
        (None, _) if app.load_failure.is_some() => {
            right.push(Span::styled(tr(lang, "tui-empty-title"), theme.warning()))
        }
        (None, _) => right.push(Span::raw(tr(lang, "tui-loading"))),
        (Some(_), None) => right.push(Span::raw(tr(lang, "tui-validating"))),
        (Some(_), Some(_)) => {
            let r = app.totals();
            let count = |key: &str, n: usize, style: Style| {
                Span::styled(
                    tr_args(lang, key, &[("n", n.into())]),
                    if n > 0 { style } else { theme.dim() },
                )
            };
            right.push(count("tui-count-errors", r.errors, theme.error()));
            right.push(Span::raw("  "));
            right.push(count("tui-count-warnings", r.warnings, theme.warning()));
            right.push(Span::raw("  "));
            right.push(count("tui-count-acknowledged", r.acknowledged, theme.dim()));
        }
    }
    right.push(Span::raw(" "));
    let right_w: usize = right.iter().map(|s| s.content.width()).sum();
    // Where: the register's folder (shortened first), its branch, how far
    // from the remote, or that it is read-only.
    let mut tags: Vec<(String, Style)> = Vec::new();
    match &app.head {
        Some(h) => {
            tags.push((
                format!(
                    "{}@{}",
                    crate::text::printable(&h.branch),
                    crate::text::printable(&h.short_id)
                ),
                Style::default(),
            ));
            if let Some(ab) = &app.ahead_behind {
                tags.push((
                    format!(
                        "↑{}{} ↓{} {}",
                        ab.ahead,
                        if ab.more { "+" } else { "" },
                        ab.behind,
                        crate::text::printable(&ab.upstream)
                    ),
                    theme.dim(),
                ));
            }
        }
        None => tags.push((tr(lang, "tui-read-only"), theme.warning())),
    }
    // The reviews due (overdue and due soon) before the finding counts,
    // when the branch or read-only tag still fits whole beside them: the
    // finding counts are never hidden, the due count gives way first.
    let mut right_w = right_w;
    if let (Some(_), Some(_)) = (&app.loaded, app.report()) {
        let due = app.due.counts;
        let n = due.due();
        let text = tr_args(lang, "tui-count-due", &[("n", n.into())]);
        let style = match (n, due.overdue) {
            (0, _) => theme.dim(),
            (_, 0) => theme.warning(),
            _ => theme.error(),
        };
        let need = text.width() + 2;
        let tags_w: usize = tags.iter().map(|(t, _)| t.width() + 1).sum();
        if right_w + need + 1 + tags_w + 4 <= width {
            right.insert(0, Span::raw("  "));
            right.insert(0, Span::styled(text, style));
            right_w += need;
        }
    }
    let path = crate::text::printable(&app.root_label);
    let room = width.saturating_sub(right_w + 1);
    let tags_w: usize = tags.iter().map(|(t, _)| t.width() + 1).sum();
    if tags_w + 4 > room
        && app.head.is_none()
        && let Some((t, _)) = tags.first_mut()
    {
        *t = tr(lang, "tui-read-only-short");
    }
    let location = |room: usize| -> Vec<Span<'static>> {
        let tags_w: usize = tags.iter().map(|(t, _)| t.width() + 1).sum();
        let mut spans = Vec::new();
        let path_room = room.saturating_sub(tags_w + 1);
        if path_room >= 2 {
            spans.push(Span::styled(
                format!(" {} ", ellipsis_start(&path, path_room.saturating_sub(1))),
                theme.label(),
            ));
        } else {
            spans.push(Span::raw(" "));
        }
        let mut used: usize = spans.iter().map(|s| s.content.width()).sum();
        for (t, style) in &tags {
            let t = ellipsis(t, room.saturating_sub(used + 1));
            used += t.width() + 1;
            spans.push(Span::styled(format!("{t} "), *style));
        }
        spans
    };
    let finish = |mut left: Vec<Span<'static>>| -> Line<'static> {
        let used: usize = left.iter().map(|s| s.content.width()).sum();
        left.push(Span::raw(" ".repeat(width.saturating_sub(used + right_w))));
        left.extend(right.iter().cloned());
        Line::from(left)
    };
    let Some(notice) = app.notice.as_deref() else {
        return vec![finish(location(room))];
    };
    let notice = crate::text::printable_lines(notice.trim_end());
    // Beside the rest when it fits with a few columns of the path left.
    let one_line = !notice.contains('\n') && notice.width() + 3 + 4 + tags_w <= room;
    if one_line {
        let mut left = vec![Span::styled(format!(" {notice} ·"), theme.label())];
        left.extend(location(room.saturating_sub(notice.width() + 3)));
        return vec![finish(left)];
    }
    let mut rows: Vec<String> = wrap(&notice, width.saturating_sub(2));
    let keep = max_rows.saturating_sub(1).max(1);
    if rows.len() > keep {
        rows.truncate(keep);
        if let Some(last) = rows.last_mut() {
            *last = ellipsis(&format!("{last} …"), width.saturating_sub(2));
        }
    }
    let mut lines: Vec<Line<'static>> = rows
        .into_iter()
        .map(|r| Line::from(Span::styled(format!(" {r}"), theme.label())))
        .collect();
    lines.push(finish(location(room)));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_and_line_breaks() {
        assert_eq!(
            wrap("git does not know\n  git config user.email", 10),
            ["git does", "not know", "  git", "config", "user.email"]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn cuts_say_so() {
        assert_eq!(ellipsis("registry", 5), "regi…");
        assert_eq!(ellipsis("ok", 5), "ok");
        // Wide text is cut by columns, and a cut fits its width exactly.
        assert_eq!(ellipsis("ophævelse af aftalen", 10), "ophævelse…");
        assert_eq!(ellipsis("ophævelse af aftalen", 10).width(), 10);
        assert_eq!(ellipsis("日本語のテキスト", 7), "日本語…");
        // No room: nothing, not a `…` wider than the room.
        assert_eq!(ellipsis("abc", 0), "");
        assert_eq!(ellipsis_start("/tmp/x/registry", 9), "…registry");
    }
}
