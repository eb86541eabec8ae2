//! Driving a form directly, one key event at a time, as the terminal
//! sends them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::tui::form::{Form, Outcome};

/// A key without modifiers.
pub fn key(form: &mut Form, code: KeyCode) -> Outcome {
    form.key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// Ctrl and a letter.
pub fn ctrl(form: &mut Form, c: char) -> Outcome {
    form.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Types `text` one key at a time, capitals with Shift.
pub fn type_text(form: &mut Form, text: &str) {
    for c in text.chars() {
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        form.key(KeyEvent::new(KeyCode::Char(c), mods));
    }
}
