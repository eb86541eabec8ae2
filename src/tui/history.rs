//! The history of one activity: the commits that touched its file.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::app::App;
use super::theme::Theme;

/// What the history screen holds.
#[derive(Debug, Clone, Default)]
pub struct HistoryState;

impl App {
    /// `H`: opens the history of the selected activity.
    pub fn open_history(&mut self) {
        self.notice = Some("History: not available yet".into());
    }

    /// Handles a key on the history screen; false when it is not open.
    pub fn history_key(&mut self, _key: KeyEvent) -> bool {
        false
    }
}

/// Draws the history screen.
pub fn draw(_f: &mut Frame, _area: Rect, _app: &App, _theme: &Theme) {}
