//! Default key bindings: arrows and vim keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::Action;

/// Every binding, for the help overlay: keys and what they do.
pub const BINDINGS: &[(&str, &str)] = &[
    ("↑ k / ↓ j", "move up / down"),
    ("PgUp / PgDn", "page up / down"),
    ("g / G", "first / last"),
    ("Enter l →", "open"),
    ("Esc h ←", "back"),
    ("Tab", "list / preview (wide terminals)"),
    ("mouse", "wheel scrolls, click selects, click again opens"),
    ("/", "search every field (org: status: has: transfer:)"),
    ("p", "problems (validator findings)"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

/// The action for a key press, if any.
pub fn action(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c')).then_some(Action::Quit);
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Action::Open,
        KeyCode::Esc | KeyCode::Left | KeyCode::Char('h') => Action::Back,
        KeyCode::Char('p') => Action::Problems,
        KeyCode::Char('/') => Action::Search,
        KeyCode::Tab => Action::NextPane,
        KeyCode::Char('?') => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    })
}
