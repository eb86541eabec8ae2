//! The question the interface asks before a drastic step (deleting an
//! activity) or after `$EDITOR` left a file that does not parse.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use super::app::{App, Confirm};
use super::theme::Theme;

/// Draws the open question, if any, centred on `area`.
pub fn draw(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(c) = &app.confirm else {
        return;
    };
    let (title, lines) = match c {
        Confirm::Report { title, text } => {
            let mut lines: Vec<Line> = text
                .lines()
                .map(|l| Line::from(crate::text::printable(l)))
                .collect();
            lines.push(Line::from(""));
            lines.push(Line::from(Span::styled("any key closes this", theme.dim())));
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
                " Delete activity ",
                vec![
                    Line::from(format!("Delete {}?", crate::text::printable(&name))),
                    Line::from("Its file is removed in one commit; git keeps its history."),
                    Line::from(
                        "To keep it visible as no longer carried out, retire it (R) instead.",
                    ),
                    Line::from(""),
                    Line::from(Span::styled(
                        "y  delete    any other key  keep it",
                        theme.label(),
                    )),
                ],
            )
        }
        Confirm::Uncommitted { files, .. } => {
            let mut lines = vec![
                Line::from("Changes that are not committed, which ropa did not make:"),
                Line::from(""),
            ];
            for d in files {
                lines.push(Line::from(Span::styled(
                    crate::text::printable(&d.to_string()),
                    theme.warning(),
                )));
            }
            lines.extend([
                Line::from(""),
                Line::from(Span::styled(
                    "i  include them in this commit (the message names them)",
                    theme.label(),
                )),
                Line::from(Span::styled(
                    "a  set them aside (a git stash entry) and commit only this change",
                    theme.label(),
                )),
                Line::from(Span::styled(
                    "Esc  cancel; nothing is committed",
                    theme.label(),
                )),
            ]);
            (" Uncommitted changes ", lines)
        }
        // The choices come first: a long list of problems is cut at the
        // bottom of the screen, never the keys that answer the question.
        Confirm::BrokenFile { problem, .. } => (
            " The file cannot be committed ",
            [
                Line::from("It was not committed. Your text is still in the file."),
                Line::from(Span::styled(
                    "r  reopen the editor at the first problem",
                    theme.label(),
                )),
                Line::from(Span::styled(
                    "d  discard your edit (the file as it was before)",
                    theme.label(),
                )),
                Line::from(Span::styled(
                    "k  keep the file as it is, uncommitted",
                    theme.label(),
                )),
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
                .title(Span::styled(title, theme.heading())),
        ),
        r,
    );
}
