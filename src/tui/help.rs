//! The help overlay listing every key binding.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::Action;
use super::keys::KeyMap;
use super::theme::Theme;

/// What the mouse does (not a key binding, so not in the key map).
const MOUSE: (&str, &str) = ("mouse", "wheel scrolls, click selects, click again opens");

/// Draws the overlay centred on `area`, listing the bindings of `keys`.
pub fn draw(f: &mut Frame, area: Rect, keys: &KeyMap, theme: &Theme) {
    let mut rows = keys.help();
    rows.push((MOUSE.0.to_string(), MOUSE.1));
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
    lines.push(Line::from(Span::styled(
        format!(
            "{} or {} closes this help",
            keys.label(Action::Back),
            keys.label(Action::Help)
        ),
        theme.dim(),
    )));
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Keys ")
                .border_style(theme.border()),
        ),
        r,
    );
}
