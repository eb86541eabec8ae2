//! The help overlay: the keys of the screen it was opened on, from the
//! same key table as the key bar (so the user's bindings show).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::{Action, App};
use super::theme::Theme;
use crate::register::lang::{tr, tr_args};

/// Draws the overlay centred on `area`: the keys of the screen under it
/// (`rows`, see [`super::app::App::help_rows`]) from row `scroll` on
/// (↑/↓ scroll when they do not all fit), titled with the screen's name.
pub fn draw(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let (keys, lang) = (&app.keys, app.lang);
    let rows = app.help_rows();
    let scroll = app.help_scroll;
    let context = app.screen_context();
    let fits = usize::from(area.height.saturating_sub(4)).max(1);
    let scroll = scroll.min(rows.len().saturating_sub(fits));
    let more = rows.len() > fits;
    let rows: Vec<(String, String)> = rows.into_iter().skip(scroll).take(fits).collect();
    let height = rows.len() as u16 + 4;
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(10, 24)
        + 2;
    let what_width = rows
        .iter()
        .map(|(_, w)| w.chars().count())
        .max()
        .unwrap_or(0);
    let width = u16::try_from(key_width + what_width + 2).unwrap_or(u16::MAX);
    let [r] = Layout::horizontal([Constraint::Length(width.max(48))])
        .flex(Flex::Center)
        .areas(v);
    let mut lines: Vec<Line> = rows
        .into_iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:<key_width$}"), theme.label()),
                Span::styled(what, theme.text()),
            ])
        })
        .collect();
    lines.push(Line::default());
    let key = if more {
        "tui-help-closes-scroll"
    } else {
        "tui-help-closes"
    };
    lines.push(Line::from(Span::styled(
        tr_args(
            lang,
            key,
            &[
                ("first", keys.label(Action::Back).into()),
                ("second", keys.label(Action::Help).into()),
                ("value", keys.label(Action::Quit).into()),
            ],
        ),
        theme.dim(),
    )));
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " {} — {} ",
                    tr(lang, "tui-help-title"),
                    tr(lang, &format!("tui-context-{}", context.name()))
                ))
                .border_style(theme.border()),
        ),
        r,
    );
}
