//! The keys of the form, for the key bar under it and the help (`F1`).
//! The key bar and help call [`hints`]; what the form does with a key is
//! [`super::Form::key`].

use super::Form;
use crate::register::lang::{Lang, tr};

/// One key (or key group) and what it does, as the key bar and the help
/// show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The keys as shown (`Ctrl-S`, `↑↓`).
    pub keys: String,
    /// What they do, in the interface's language.
    pub what: String,
}

/// The keys of `form` as it is now, most important first, in `lang`.
pub fn hints(form: &Form, lang: Lang) -> Vec<Hint> {
    let hint = |keys: &str, what: &str| Hint {
        keys: keys.to_string(),
        what: tr(lang, what),
    };
    if form.dialog.is_some() {
        return vec![
            hint("Enter", "tui-bar-confirm"),
            hint("Esc", "tui-bar-cancel"),
        ];
    }
    if form.picker.is_some() {
        return vec![
            hint("↑↓", "tui-bar-move"),
            hint("Enter", "tui-bar-pick"),
            hint("Esc", "tui-bar-cancel"),
        ];
    }
    vec![
        hint("Ctrl-S", "tui-bar-save"),
        hint("Esc", "tui-bar-leave"),
        hint("Tab/↑↓", "tui-bar-field"),
        hint("Enter", "tui-bar-pick-add"),
        hint("Ctrl-N", "tui-bar-add-item"),
        hint("Ctrl-D", "tui-bar-remove"),
        hint("Alt-↑↓", "tui-bar-move-item"),
        hint("Ctrl-J", "tui-bar-new-line"),
        hint("PgUp/PgDn", "tui-bar-ten-fields"),
    ]
}
