//! The help overlay listing every key binding.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::app::Action;
use super::keys::KeyMap;
use super::theme::Theme;
use crate::register::lang::{Lang, tr, tr_args};

/// Draws the overlay centred on `area`, listing the bindings of `keys`
/// from row `scroll` on (↑/↓ scroll when they do not all fit).
pub fn draw(f: &mut Frame, area: Rect, keys: &KeyMap, theme: &Theme, scroll: usize, lang: Lang) {
    let mut rows = keys.help_in(lang);
    rows.push((tr(lang, "tui-mouse"), tr(lang, "tui-mouse-does")));
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
        "tui-help-close-scroll"
    } else {
        "tui-help-close"
    };
    lines.push(Line::from(Span::styled(
        tr_args(
            lang,
            key,
            &[
                ("first", keys.label(Action::Back).into()),
                ("second", keys.label(Action::Help).into()),
            ],
        ),
        theme.dim(),
    )));
    f.render_widget(Clear, r);
    f.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} ", tr(lang, "tui-help-title")))
                .border_style(theme.border()),
        ),
        r,
    );
}
