//! The problems view: every finding of the register.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Row, Table, TableState};

use super::app::App;
use super::theme::Theme;
use crate::register::lang::{tr, tr_args};
use crate::register::validate::Severity;
use crate::text::printable;

/// Draws the findings, errors in red, warnings in yellow, acknowledged dim.
pub fn draw(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let findings = app.report.as_ref().map_or(&[][..], |r| &r.findings[..]);
    let rows: Vec<Row> = findings
        .iter()
        .map(|x| {
            let (label, style) = match (&x.acknowledged, x.severity) {
                (Some(_), _) => (tr(app.lang, "tui-problem-ack"), theme.dim()),
                (None, Severity::Error) => (tr(app.lang, "tui-problem-error"), theme.error()),
                (None, Severity::Warning) => (tr(app.lang, "tui-problem-warning"), theme.warning()),
            };
            Row::new(vec![
                Line::from(Span::styled(label, style)),
                Line::from(x.rule),
                Line::from(format!("{}:{}", printable(&x.path), x.line)),
                Line::from(printable(&x.message_in(app.lang))),
            ])
        })
        .collect();
    let title = match &app.report {
        Some(r) => format!(
            " {} ",
            tr_args(
                app.lang,
                "tui-problems-title",
                &[
                    ("errors", r.errors().into()),
                    ("warnings", r.warnings().into()),
                    ("acknowledged", r.acknowledged().into()),
                ],
            )
        ),
        None => format!(" {} ", tr(app.lang, "tui-problems-validating")),
    };
    let table = Table::new(
        rows,
        [
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Percentage(35),
            Constraint::Fill(1),
        ],
    )
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(title)
            .border_style(theme.border()),
    )
    .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(app.selection()));
    f.render_stateful_widget(table, area, &mut state);
}
