//! The help overlay listing every key binding.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::keys::BINDINGS;
use super::theme::Theme;

/// Draws the overlay centred on `area`.
pub fn draw(f: &mut Frame, area: Rect, theme: &Theme) {
    let height = BINDINGS.len() as u16 + 4;
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(48)])
        .flex(Flex::Center)
        .areas(v);
    let mut lines: Vec<Line> = BINDINGS
        .iter()
        .map(|(k, what)| {
            Line::from(vec![
                Span::styled(format!("{k:<14}"), theme.label()),
                Span::raw(*what),
            ])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Esc or ? closes this help",
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
