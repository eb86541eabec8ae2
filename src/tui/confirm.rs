//! The question the interface asks before a drastic step (deleting an
//! activity) or after `$EDITOR` left a file that does not parse.
//!
//! Every question answers the same way: Enter confirms (the first choice),
//! Esc cancels; the letters of the other choices are extra shortcuts, and
//! the question says so.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Confirm};
use super::form::hints::Hint;
use super::theme::Theme;
use crate::register::lang::{Lang, tr, tr_args};

/// The answers to question `c` for the key bar: Enter and what it does
/// first, the letters next, Esc last.
pub fn hints(c: &Confirm, lang: Lang) -> Vec<Hint> {
    let hint = |keys: &str, what: &str| Hint {
        keys: keys.to_string(),
        what: tr(lang, what),
    };
    match c {
        Confirm::Report { .. } => vec![hint("Enter", "tui-bar-close")],
        Confirm::Delete { .. } => {
            vec![hint("Enter", "tui-bar-delete"), hint("Esc", "tui-bar-keep")]
        }
        Confirm::Uncommitted { .. } => vec![
            hint("Enter", "tui-bar-set-aside"),
            hint("i", "tui-bar-include"),
            hint("Esc", "tui-bar-cancel"),
        ],
        Confirm::BrokenFile { .. } => vec![
            hint("Enter", "tui-bar-reopen"),
            hint("d", "tui-bar-discard"),
            hint("Esc", "tui-bar-keep"),
        ],
    }
}

/// Draws the open question, if any, centred on `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(c) = &app.confirm else {
        return;
    };
    let lang = app.lang;
    let t = |key: &str| tr(lang, key);
    let (title, lines) = match c {
        Confirm::Report { title, text } => {
            let mut lines: Vec<Line> = text
                .lines()
                .map(|l| Line::from(crate::text::printable(l)))
                .collect();
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled(
                t("tui-confirm-report-keys"),
                theme.dim(),
            )));
            let w = 100.min(area.width);
            let h = (lines.len() as u16 + 2).min(area.height);
            let r = Rect {
                x: area.x + area.width.saturating_sub(w) / 2,
                y: area.y + area.height.saturating_sub(h) / 2,
                width: w,
                height: h,
            };
            f.render_widget(Clear, r);
            f.render_widget(
                Paragraph::new(lines).wrap(Wrap { trim: false }).block(
                    Block::default()
                        .borders(Borders::ALL)
                        .border_style(theme.border())
                        .title(Span::styled(
                            format!(" {} ", crate::text::printable(title)),
                            theme.heading(),
                        )),
                ),
                r,
            );
            return;
        }
        Confirm::Delete { org, act } => {
            let name = app
                .activity(org, act)
                .map(|(o, a)| format!("{} / {}", o.org.name, a.activity.name))
                .unwrap_or_default();
            (
                t("tui-delete-title"),
                vec![
                    Line::from(tr_args(
                        lang,
                        "tui-delete-question",
                        &[("name", crate::text::printable(&name).into())],
                    )),
                    Line::from(t("tui-delete-history")),
                    Line::from(t("tui-delete-retire")),
                    Line::from(""),
                    Line::from(Span::styled(t("tui-confirm-delete-keys"), theme.label())),
                ],
            )
        }
        Confirm::Uncommitted { files, .. } => {
            let mut lines = vec![Line::from(t("tui-uncommitted-intro")), Line::from("")];
            for d in files {
                lines.push(Line::from(Span::styled(
                    crate::text::printable(&d.to_string()),
                    theme.warning(),
                )));
            }
            lines.extend([
                Line::from(""),
                Line::from(Span::styled(t("tui-confirm-aside"), theme.label())),
                Line::from(Span::styled(t("tui-uncommitted-include"), theme.label())),
                Line::from(Span::styled(t("tui-uncommitted-cancel"), theme.label())),
            ]);
            (t("tui-uncommitted-title"), lines)
        }
        // The choices come first: a long list of problems is cut at the
        // bottom of the screen, never the keys that answer the question.
        Confirm::BrokenFile { problem, .. } => (
            t("tui-broken-file-title"),
            [
                Line::from(t("tui-broken-file-intro")),
                Line::from(Span::styled(t("tui-confirm-reopen"), theme.label())),
                Line::from(Span::styled(t("tui-broken-file-discard"), theme.label())),
                Line::from(Span::styled(t("tui-confirm-keep"), theme.label())),
                Line::from(""),
            ]
            .into_iter()
            .chain(
                problem
                    .lines()
                    .map(|l| Line::from(Span::styled(crate::text::printable(l), theme.error()))),
            )
            .collect(),
        ),
    };
    let w = 72.min(area.width);
    // Rows the lines take once wrapped inside the box's borders.
    let inner = usize::from(w.saturating_sub(2)).max(1);
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(inner).max(1)).sum();
    let h = (rows as u16 + 2).min(area.height);
    let r = Rect {
        x: area.x + area.width.saturating_sub(w) / 2,
        y: area.y + area.height.saturating_sub(h) / 2,
        width: w,
        height: h,
    };
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border())
                .title(Span::styled(format!(" {title} "), theme.heading())),
        ),
        r,
    );
}
