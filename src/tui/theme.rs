//! Colours of the interface.

use ratatui::style::{Color, Modifier, Style};

/// A colour theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Normal text.
    pub fg: Color,
    /// Headings and titles.
    pub accent: Color,
    /// Errors.
    pub error: Color,
    /// Warnings.
    pub warning: Color,
    /// Secondary text.
    pub dim: Color,
    /// Selected row background.
    pub selection: Color,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            fg: Color::Reset,
            accent: Color::Cyan,
            error: Color::Red,
            warning: Color::Yellow,
            dim: Color::DarkGray,
            selection: Color::Blue,
        }
    }
}

impl Theme {
    /// Section headings.
    pub fn heading(&self) -> Style {
        Style::default()
            .fg(self.accent)
            .add_modifier(Modifier::BOLD)
    }
    /// Field labels.
    pub fn label(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    /// Errors.
    pub fn error(&self) -> Style {
        Style::default().fg(self.error)
    }
    /// Warnings.
    pub fn warning(&self) -> Style {
        Style::default().fg(self.warning)
    }
    /// Secondary text.
    pub fn dim(&self) -> Style {
        Style::default().fg(self.dim)
    }
    /// Matched characters of a search hit.
    pub fn highlight(&self) -> Style {
        Style::default()
            .fg(self.warning)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// Block borders.
    pub fn border(&self) -> Style {
        Style::default().fg(self.dim)
    }
    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::default()
            .bg(self.selection)
            .add_modifier(Modifier::BOLD)
    }
}
