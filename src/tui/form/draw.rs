//! Drawing a form: one line (or more, for long text) per row, the
//! validator's findings under the rows they concern, and the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph, Wrap};
use unicode_width::UnicodeWidthChar;

use super::rows::{self, Kind};
use super::words;
use super::{Dialog, Form};
use crate::register::export::labels::Labels;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::schema::Shape;
use crate::register::validate::{Finding, Severity};
use crate::text::{printable, stand_in};
use crate::tui::theme::Theme;

/// Width of the label column, indentation included.
const LABEL: usize = 26;

/// Lines a long text shows while another row has the focus.
const FOLDED: usize = 3;

/// Lines kept in view above and below the focused row (as vim's
/// `scrolloff`), so the fields around it are always visible.
const SCROLL_OFF: usize = 3;

/// One screen line of the form and the row it belongs to.
struct Out {
    line: Line<'static>,
    row: usize,
}

/// Draws `form` into `area`.
pub fn draw(f: &mut Frame, area: Rect, form: &mut Form, theme: &Theme) {
    let lang = form.refs.lang;
    let dirty = if form.is_dirty() {
        format!(" ({})", tr(lang, "tui-form-changed"))
    } else {
        String::new()
    };
    let new = tr(
        lang,
        if form.is_new {
            "tui-form-new"
        } else {
            "tui-form-edit"
        },
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {new}: {}{dirty} ", safe(&form.title)),
            theme.heading(),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    // The focused field's help takes one line, or two when it is long.
    let help = focused_help(form).map(|h| {
        let mut lines = wrap(&format!("ⓘ {h}"), usize::from(inner.width).max(1));
        lines.truncate(2);
        lines.into_iter().map(|(l, _, _)| l).collect::<Vec<_>>()
    });
    let help_rows = help.as_ref().map_or(1, Vec::len).max(1);
    let [body, footer] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(2 + help_rows as u16),
    ])
    .areas(inner);

    let width = usize::from(body.width).max(LABEL + 10);
    form.text_width = width.saturating_sub(LABEL).max(10);
    let attached = attach_findings(form);
    let mut out: Vec<Out> = Vec::new();
    let mut cursor: Option<(usize, u16)> = None;
    for (i, row) in form.rows.iter().enumerate() {
        let focused = i == form.focus;
        if form.hidden(i) {
            continue;
        }
        if let Kind::Section { key } = &row.kind {
            out.push(Out {
                line: section_line(form, key, focused, width, theme),
                row: i,
            });
            continue;
        }
        let indent = usize::from(row.depth) * 2;
        let label = format!(
            "{}{}",
            " ".repeat(indent),
            words::field_label(lang, &row.label)
        );
        let label = pad(&label, LABEL);
        let label_style = if focused {
            theme.selected()
        } else if matches!(row.kind, Kind::Heading | Kind::Item | Kind::List { .. }) {
            theme.heading()
        } else {
            theme.label()
        };
        let value = rows::get(&form.value, &row.path);
        let (text, style, editable) = match &row.kind {
            Kind::Text | Kind::Number => {
                let t = match (&form.input, focused) {
                    (Some(input), true) => input.text(),
                    _ => form
                        .bad_numbers
                        .get(&row.field)
                        .cloned()
                        .unwrap_or_else(|| value.map(rows::display).unwrap_or_default()),
                };
                (t, theme.text(), true)
            }
            Kind::Bool => {
                let b = value.and_then(|v| v.as_bool()).unwrap_or(false);
                (
                    format!(
                        "{} {}",
                        if b { "[x]" } else { "[ ]" },
                        Labels::new(lang).yes_no(b).to_lowercase()
                    ),
                    theme.text(),
                    false,
                )
            }
            Kind::Choice { name } => (
                format!(
                    "‹ {} ›",
                    value
                        .map(|v| words::value(lang, Some(name), v))
                        .unwrap_or_default()
                ),
                theme.text(),
                false,
            ),
            Kind::Unset { shape } => (
                tr(lang, unset_hint(form.picks(row), shape)),
                theme.dim(),
                false,
            ),
            Kind::List { .. } => {
                let n = value.and_then(|v| v.as_array()).map_or(0, Vec::len);
                (
                    tr_args(lang, "tui-form-items", &[("n", n.into())]),
                    theme.dim(),
                    false,
                )
            }
            Kind::Item => (summary(value), theme.dim(), false),
            Kind::Heading | Kind::Section { .. } => (String::new(), theme.dim(), false),
        };
        let value_width = width.saturating_sub(LABEL).max(10);
        let mut lines = wrap(&text, value_width);
        // Long text shows in full only while it has the focus.
        if !focused && lines.len() > FOLDED {
            lines.truncate(FOLDED);
            if let Some((last, _, _)) = lines.last_mut() {
                last.push_str(" …");
            }
        }
        let source: Vec<char> = text.chars().collect();
        for (n, (line, start, len)) in lines.iter().enumerate() {
            let lab = if n == 0 {
                Span::styled(label.clone(), label_style)
            } else {
                Span::raw(" ".repeat(LABEL))
            };
            out.push(Out {
                line: Line::from(vec![lab, Span::styled(line.clone(), style)]),
                row: i,
            });
            if focused
                && editable
                && let Some(input) = &form.input
            {
                // The cursor is a position in the text as typed; the
                // screen shows a stand-in (`<U+202E>`, `\u{1b}`) for some
                // characters, so its column is the width of what is shown
                // before it.
                let c = input.cursor();
                let end = start + len;
                let last = n + 1 == lines.len();
                if c >= *start && (c < end || (c == end && last) || (c == end && *len == 0)) {
                    let col: usize = source
                        .get(*start..c)
                        .unwrap_or_default()
                        .iter()
                        .map(|&ch| shown_width(ch))
                        .sum();
                    cursor.get_or_insert((out.len() - 1, (LABEL + col) as u16));
                }
            }
        }
        for finding in attached.get(i).into_iter().flatten() {
            let (mark, st) = match finding.severity {
                Severity::Error => ("✖", theme.error()),
                Severity::Warning => ("▲", theme.warning()),
            };
            let text = format!(
                "{}{mark} {} {}",
                " ".repeat(LABEL),
                finding.rule,
                safe(&finding.message_in(lang))
            );
            out.push(Out {
                line: Line::from(Span::styled(truncate(&text, width), st)),
                row: i,
            });
        }
    }

    // Keep the focused row in view, with a few lines around it.
    let height = usize::from(body.height).max(1);
    let first = out.iter().position(|o| o.row == form.focus).unwrap_or(0);
    let last = out.iter().rposition(|o| o.row == form.focus).unwrap_or(0);
    form.scroll = scrolled(form.scroll, first, last, height, out.len());
    let visible: Vec<Line> = out
        .iter()
        .skip(form.scroll)
        .take(height)
        .map(|o| o.line.clone())
        .collect();
    f.render_widget(Paragraph::new(visible), body);
    if form.dialog.is_none()
        && form.picker.is_none()
        && let Some((line, col)) = cursor
        && line >= form.scroll
        && line < form.scroll + height
    {
        let y = body.y + (line - form.scroll) as u16;
        f.set_cursor_position(Position::new(body.x + col.min(body.width - 1), y));
    }

    draw_footer(f, footer, form, theme, help.unwrap_or_default());
    if let Some(d) = &form.dialog {
        draw_dialog(f, area, d, theme, form.refs.lang);
    }
    if let Some(p) = &form.picker {
        draw_picker(f, area, p, theme, form.refs.lang);
    }
    if let Some(finder) = &form.finder {
        draw_finder(f, area, finder, theme, lang);
    }
}

/// The first line to show so that lines `first..=last` (the focused
/// row's) are in view with [`SCROLL_OFF`] lines above and below where the
/// form has them, moving as little as possible from `scroll`.
fn scrolled(scroll: usize, first: usize, last: usize, height: usize, total: usize) -> usize {
    let off = SCROLL_OFF.min(height.saturating_sub(1) / 2);
    let mut s = scroll.min(total.saturating_sub(height));
    if first < s + off {
        s = first.saturating_sub(off);
    }
    if last + off >= s + height {
        s = (last + off + 1).saturating_sub(height);
    }
    // The last screen of the form stays full; a row taller than the
    // screen shows from its top.
    s.min(total.saturating_sub(height)).min(first)
}

/// A section's header line: folded or not, its name and how many fields
/// and problems it holds.
fn section_line(
    form: &Form,
    key: &str,
    focused: bool,
    width: usize,
    theme: &Theme,
) -> Line<'static> {
    let lang = form.refs.lang;
    let mark = if form.folded.contains(key) {
        "▸"
    } else {
        "▾"
    };
    let (fields, problems) = form.section_counts(key);
    let name = tr(lang, &super::sections::name_key(key));
    let mut counts = tr_args(lang, "tui-form-section-fields", &[("count", fields.into())]);
    if problems > 0 {
        counts.push_str(" · ");
        counts.push_str(&tr_args(
            lang,
            "tui-form-section-problems",
            &[("count", problems.into())],
        ));
    }
    let head = format!("{mark} {name} · ");
    let style = if focused {
        theme.selected()
    } else {
        theme.heading()
    };
    let rule_len = width.saturating_sub(head.chars().count() + counts.chars().count() + 2);
    let counts_style = if problems > 0 && !focused {
        theme.warning()
    } else {
        style
    };
    Line::from(vec![
        Span::styled(head, style),
        Span::styled(counts, counts_style),
        Span::styled(format!(" {}", "─".repeat(rule_len)), theme.border()),
    ])
}

/// The finder (Ctrl-F): the query and the fields that match it.
fn draw_finder(
    f: &mut Frame,
    area: Rect,
    finder: &super::finder::Finder,
    theme: &Theme,
    lang: Lang,
) {
    let items = finder.visible();
    let h = area.height.saturating_sub(4).clamp(6, 20).min(area.height);
    let w = 76.min(area.width);
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", tr(lang, "tui-form-find-title")),
            theme.heading(),
        ))
        .title_bottom(Span::styled(
            format!(" {} ", tr(lang, "tui-form-find-keys")),
            theme.dim(),
        ));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [q, list] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("› ", theme.label()),
            Span::styled(safe(&finder.query.text()), theme.text()),
        ])),
        q,
    );
    let cols = usize::from(list.width);
    let list_items: Vec<ListItem> = items
        .iter()
        .map(|e| {
            let path = if e.field.is_empty() {
                String::new()
            } else {
                format!("  {}", e.field)
            };
            // The path takes at most a third of the line; the name keeps
            // its end (the field itself) when it is cut.
            let path = if path.chars().count() > cols / 3 {
                format!("  …{}", tail(&e.field, (cols / 3).saturating_sub(3)))
            } else {
                path
            };
            let shown = safe(&e.shown);
            let room = cols.saturating_sub(path.chars().count());
            let shown = if shown.chars().count() > room {
                format!("…{}", tail(&shown, room.saturating_sub(1)))
            } else {
                shown
            };
            let room = cols.saturating_sub(shown.chars().count());
            ListItem::new(Line::from(vec![
                Span::raw(shown),
                Span::styled(truncate(&safe(&path), room), theme.dim()),
            ]))
        })
        .collect();
    let mut state =
        ListState::default().with_selected((!items.is_empty()).then_some(finder.selected));
    f.render_stateful_widget(
        List::new(list_items).highlight_style(theme.selected()),
        list,
        &mut state,
    );
    let col = finder.query.text().chars().map(shown_width).sum::<usize>() + 2;
    f.set_cursor_position(Position::new(
        q.x + (col as u16).min(q.width.saturating_sub(1)),
        q.y,
    ));
}

/// The help of the focused row's field: its own, or for a list item
/// (`#2`) the list's.
fn focused_help(form: &Form) -> Option<String> {
    let row = form.rows.get(form.focus)?;
    let lang = form.refs.lang;
    // A section's key is not a field's name (`subjects`, `retention`).
    if matches!(row.kind, Kind::Section { .. }) {
        return None;
    }
    words::field_help(lang, &row.label).or_else(|| {
        row.path.iter().rev().find_map(|s| match s {
            rows::Seg::Key(k) => words::field_help(lang, k),
            rows::Seg::Index(_) => None,
        })
    })
}

/// Draws the focused field's `help` lines and the save status.
fn draw_footer(f: &mut Frame, area: Rect, form: &Form, theme: &Theme, help: Vec<String>) {
    let lang = form.refs.lang;
    let rows = u16::try_from(help.len().max(1)).unwrap_or(1);
    let [help_area, area] =
        Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    f.render_widget(
        Paragraph::new(
            help.into_iter()
                .map(|l| Line::from(Span::styled(l, theme.label())))
                .collect::<Vec<_>>(),
        ),
        help_area,
    );
    let (errors, warnings) =
        form.active_findings()
            .fold((0usize, 0usize), |(e, w), x| match x.severity {
                Severity::Error => (e + 1, w),
                Severity::Warning => (e, w + 1),
            });
    let status = match (form.message.as_ref(), form.blocker()) {
        (Some(m), _) => Line::from(Span::styled(safe(m), theme.warning())),
        (None, Some(b)) => Line::from(Span::styled(
            tr_args(lang, "tui-form-cannot-save", &[("reason", safe(&b).into())]),
            theme.error(),
        )),
        // Errors shown now were in the file before this edit: they are
        // worth fixing, but do not stop the save.
        (None, None) if errors > 0 => Line::from(Span::styled(
            tr_args(
                lang,
                "tui-form-ready-old-errors",
                &[("errors", errors.into()), ("warnings", warnings.into())],
            ),
            theme.dim(),
        )),
        (None, None) => Line::from(Span::styled(
            tr_args(lang, "tui-form-ready", &[("warnings", warnings.into())]),
            theme.dim(),
        )),
    };
    // The keys that apply to the focused row are on the interface's key
    // bar, below the form (`super::hints`).
    f.render_widget(Paragraph::new(vec![status]).wrap(Wrap { trim: true }), area);
}

/// The last `n` characters of `s`.
fn tail(s: &str, n: usize) -> String {
    let count = s.chars().count();
    s.chars().skip(count.saturating_sub(n)).collect()
}

fn draw_dialog(f: &mut Frame, area: Rect, d: &Dialog, theme: &Theme, lang: Lang) {
    let t = |key: &str| Line::from(tr(lang, key));
    let (title, mut lines) = match d {
        Dialog::Leave => (
            tr(lang, "tui-leave-title"),
            vec![
                t("tui-leave-intro"),
                Line::from(""),
                t("tui-leave-save"),
                t("tui-leave-discard"),
                t("tui-keep-editing"),
            ],
        ),
        Dialog::Conflict { path, current } => (
            tr(lang, "tui-conflict-title"),
            vec![
                Line::from(Span::styled(safe(path), theme.label())),
                t(match current {
                    Some(_) => "tui-conflict-changed",
                    None => "tui-conflict-removed",
                }),
                t("tui-conflict-kept"),
                Line::from(""),
                t("tui-conflict-merge"),
                t("tui-conflict-reload"),
                t("tui-conflict-overwrite"),
                t("tui-keep-editing"),
            ],
        ),
        Dialog::Uncommitted { files, .. } => {
            let mut lines = vec![t("tui-uncommitted-intro"), Line::from("")];
            for d in files {
                lines.push(Line::from(Span::styled(
                    safe(&d.to_string()),
                    theme.warning(),
                )));
            }
            // Setting aside first: it is what Enter does.
            lines.extend([
                Line::from(""),
                t("tui-form-uncommitted-aside"),
                t("tui-uncommitted-include"),
                t("tui-form-uncommitted-cancel"),
            ]);
            (tr(lang, "tui-uncommitted-title"), lines)
        }
        Dialog::Refused { title, text } => {
            return draw_refused(f, area, title, text, theme);
        }
    };
    if let Dialog::Conflict {
        current: Some(text),
        ..
    } = d
    {
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            tr(lang, "tui-conflict-now"),
            theme.label(),
        )));
        for l in text.lines().take(12) {
            lines.push(Line::from(Span::styled(safe(l), theme.dim())));
        }
    }
    let h = (lines.len() as u16 + 2).min(area.height);
    let w = 70.min(area.width);
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border())
                .title(Span::styled(format!(" {title} "), theme.heading())),
        ),
        r,
    );
}

/// A refusal with a program's output: as much of it as fits, its first
/// line (what happened) and its last lines (where a check says what
/// failed), wrapped to the dialog.
fn draw_refused(f: &mut Frame, area: Rect, title: &str, text: &str, theme: &Theme) {
    let w = 76.min(area.width);
    let inner = usize::from(w.saturating_sub(2)).max(10);
    let mut rows: Vec<Line> = Vec::new();
    for (n, l) in text.lines().enumerate() {
        let style = if n == 0 { theme.label() } else { theme.text() };
        for (part, _, _) in wrap(l, inner) {
            rows.push(Line::from(Span::styled(part, style)));
        }
    }
    let keys = [
        Line::from(""),
        Line::from(Span::styled(
            "Esc/Enter  back to the form; your edit is kept",
            theme.dim(),
        )),
    ];
    let room = usize::from(area.height.saturating_sub(2)).saturating_sub(keys.len());
    if rows.len() > room && room > 2 {
        // The first line, a mark, and the end.
        let tail = rows.split_off(rows.len() - (room - 2));
        rows.truncate(1);
        rows.push(Line::from(Span::styled("…", theme.dim())));
        rows.extend(tail);
    }
    rows.extend(keys);
    let h = (rows.len() as u16 + 2).min(area.height);
    let r = centered(area, w, h);
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(rows).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border())
                .title(Span::styled(safe(title), theme.heading())),
        ),
        r,
    );
}

fn draw_picker(f: &mut Frame, area: Rect, p: &super::picker::Picker, theme: &Theme, lang: Lang) {
    let items = p.visible();
    let h = (items.len() as u16 + 4).clamp(6, area.height.saturating_sub(2).max(6));
    let w = 60.min(area.width);
    let r = centered(area, w, h.min(area.height));
    f.render_widget(Clear, r);
    let hint = format!(
        " {} ",
        tr(
            lang,
            match (p.selected, &p.ticked) {
                (_, Some(_)) => "tui-picker-hint-tick",
                (None, _) => "tui-picker-hint-none",
                (Some(_), _) => "tui-picker-hint-choose",
            }
        )
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", safe(&p.title)),
            theme.heading(),
        ))
        .title_bottom(Span::styled(hint, theme.dim()));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [q, list] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("filter: ", theme.label()),
            Span::raw(safe(&p.query.text())),
        ])),
        q,
    );
    let list_items: Vec<ListItem> = items
        .iter()
        .map(|(value, label)| match &p.ticked {
            Some(_) => ListItem::new(format!(
                "{} {}",
                if p.is_ticked(value) { "[x]" } else { "[ ]" },
                safe(label)
            )),
            None => ListItem::new(safe(label)),
        })
        .collect();
    let mut state = ListState::default().with_selected(p.selected);
    f.render_stateful_widget(
        List::new(list_items).highlight_style(theme.selected()),
        list,
        &mut state,
    );
}

/// What a row of an optional field that is not set says: how it is set.
fn unset_hint(picks: bool, shape: &Shape) -> &'static str {
    match shape {
        _ if picks => "tui-form-unset-pick",
        Shape::Text | Shape::Number => "tui-form-unset-type",
        _ => "tui-form-unset-add",
    }
}

/// A list item's name, id or text, to tell items apart.
fn summary(v: Option<&serde_json::Value>) -> String {
    let Some(v) = v else {
        return String::new();
    };
    [
        "name",
        "id",
        "recipient",
        "text",
        "rule",
        "field",
        "country",
    ]
    .iter()
    .find_map(|k| v.get(k).and_then(|x| x.as_str()).filter(|s| !s.is_empty()))
    .map(|s| s.chars().take(60).collect())
    .unwrap_or_default()
}

/// Each row's findings: a finding goes to the row of its field, or of
/// the nearest enclosing field that has a row.
fn attach_findings(form: &Form) -> Vec<Vec<Finding>> {
    let mut out: Vec<Vec<Finding>> = vec![Vec::new(); form.rows.len()];
    for finding in form.active_findings() {
        let mut field = finding.field.clone();
        let row = loop {
            if let Some(i) = form.rows.iter().position(|r| r.field == field) {
                break Some(i);
            }
            match crate::register::locate::parent(&field) {
                Some(p) if !p.is_empty() => field = p,
                _ => break None,
            }
        };
        if let Some(slot) = out.get_mut(row.unwrap_or(0)) {
            slot.push(finding.clone());
        }
    }
    out
}

/// Register text on one line, control and bidirectional characters shown
/// by name; never sent to the terminal raw.
fn safe(s: &str) -> String {
    printable(s)
}

/// How wide `c` is on screen: its stand-in's width when it has one.
fn shown_width(c: char) -> usize {
    stand_in(c).map_or_else(|| c.width().unwrap_or(0), |s| s.chars().count())
}

/// What the screen shows for the characters `chars`.
fn shown(chars: &[char]) -> String {
    chars
        .iter()
        .map(|&c| stand_in(c).unwrap_or_else(|| c.to_string()))
        .collect()
}

/// Splits `text` into lines of at most `width` columns (at line breaks,
/// then at spaces where possible): each line as shown (control and
/// bidirectional characters by name, a stand-in never split), with the
/// index in `text` of its first character and how many characters of
/// `text` it shows. Always at least one line.
pub(super) fn wrap(text: &str, width: usize) -> Vec<(String, usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let line = |from: usize, to: usize| (shown(&chars[from..to]), from, to - from);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut col = 0;
    let mut last_space: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            lines.push(line(start, i));
            i += 1;
            start = i;
            col = 0;
            last_space = None;
            continue;
        }
        let w = shown_width(c);
        if col + w > width && i > start {
            let cut = match last_space {
                Some(s) if s > start => s + 1,
                _ => i,
            };
            lines.push(line(start, cut));
            start = cut;
            i = cut;
            col = 0;
            last_space = None;
            continue;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        col += w;
        i += 1;
    }
    lines.push(line(start, chars.len()));
    lines
}

fn pad(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width.saturating_sub(1) {
            out.push('…');
            w += 1;
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push_str(&" ".repeat(width.saturating_sub(w)));
    out
}

fn truncate(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    Rect {
        x: area.x + area.width.saturating_sub(w) / 2,
        y: area.y + area.height.saturating_sub(h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_focus_keeps_three_lines_around_it() {
        // Moving down a long form: three lines stay below the focus.
        assert_eq!(scrolled(0, 17, 17, 20, 100), 1);
        // Moving up: three lines stay above.
        assert_eq!(scrolled(10, 11, 11, 20, 100), 8);
        // Near the top and the end nothing is scrolled past the form.
        assert_eq!(scrolled(0, 1, 1, 20, 100), 0);
        assert_eq!(scrolled(50, 99, 99, 20, 100), 80);
        // A row taller than the screen shows from its top.
        assert_eq!(scrolled(0, 30, 60, 20, 100), 30);
        // A tiny screen still shows the focus.
        assert_eq!(scrolled(0, 5, 5, 1, 100), 5);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_newlines() {
        let l = wrap("aaa bbb ccc", 8);
        assert_eq!(l, vec![("aaa bbb ".into(), 0, 8), ("ccc".into(), 8, 3)]);
        let l = wrap("a\nb", 10);
        assert_eq!(l, vec![("a".into(), 0, 1), ("b".into(), 2, 1)]);
        assert_eq!(wrap("", 5), vec![(String::new(), 0, 0)]);
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        assert_eq!(safe("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(safe("a\u{202E}b"), "a<U+202E>b");
    }

    #[test]
    fn wrap_shows_stand_ins_whole_and_counts_characters_as_typed() {
        // "ø<U+202E>å": three characters typed, ten columns shown.
        let l = wrap("ø\u{202E}å", 20);
        assert_eq!(l, vec![("ø<U+202E>å".into(), 0, 3)]);
        // A stand-in moves to the next line whole.
        let l = wrap("abc\u{202E}", 6);
        assert_eq!(l, vec![("abc".into(), 0, 3), ("<U+202E>".into(), 3, 1)]);
        let l = wrap("a\u{1b}]2;x\u{7}", 40);
        assert_eq!(l, vec![("a\\u{1b}]2;x\\u{7}".into(), 0, 7)]);
        assert_eq!(shown_width('\u{202E}'), 8);
        assert_eq!(shown_width('æ'), 1);
    }
}
