//! The keys that apply to a form where its focus is, most useful first,
//! in the chosen language: for the key bar under the form and for its help.
//! One table of what each key does here, so the form's screen and its
//! help never disagree.

use super::rows::Kind;
use super::{Dialog, Form};
use crate::register::lang::{Lang, tr};

/// One key (or a group of keys) and what it does here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The keys as written on the key bar (`Ctrl-F`, `↑↓`, `Enter`).
    pub keys: String,
    /// What they do, in the chosen language.
    pub what: String,
}

fn hint(lang: Lang, keys: &str, what: &str) -> Hint {
    Hint {
        keys: keys.to_string(),
        what: tr(lang, &format!("tui-hint-{what}")),
    }
}

/// The keys that apply to the focused row of `form` (or to its open
/// picker, finder or question), most useful first, in `lang`.
pub fn hints(form: &Form, lang: Lang) -> Vec<Hint> {
    let h = |keys: &str, what: &str| hint(lang, keys, what);
    if let Some(d) = &form.dialog {
        return match d {
            Dialog::Leave => vec![
                h("s", "save-leave"),
                h("d", "discard-leave"),
                h("Esc", "keep-editing"),
            ],
            Dialog::Conflict { .. } => vec![
                h("m", "merge"),
                h("r", "reload"),
                h("o", "overwrite"),
                h("Esc", "keep-editing"),
            ],
            Dialog::Uncommitted { .. } => vec![
                h("i", "include"),
                h("a", "set-aside"),
                h("Esc", "keep-editing"),
            ],
            Dialog::Refused { .. } => vec![h("Enter/Esc", "back-to-form")],
        };
    }
    if form.finder.is_some() {
        return vec![
            h("Enter", "jump"),
            h("↑↓", "choose"),
            h("Ctrl-U", "clear-query"),
            h("Esc", "close"),
        ];
    }
    if let Some(p) = &form.picker {
        let mut out = Vec::new();
        if p.ticked.is_some() {
            out.push(h("Space", "tick"));
            out.push(h("Enter", "keep-ticked"));
        } else {
            out.push(h("Enter", "pick"));
        }
        out.push(h("↑↓", "choose"));
        out.push(h("Ctrl-U", "clear-query"));
        out.push(h("Esc", "cancel"));
        return out;
    }
    let Some(row) = form.focused() else {
        return vec![h("Ctrl-S", "save"), h("Esc", "leave")];
    };
    // What the row does first, then how to get elsewhere, then the rest.
    let mut first = Vec::new();
    let mut more = Vec::new();
    match &row.kind {
        Kind::Section { key } => {
            let what = if form.folded.contains(key) {
                "unfold"
            } else {
                "fold"
            };
            first.push(h("Enter", what));
            more.push(h("Ctrl-O", "fold-others"));
        }
        _ if form.picks(row) => first.push(h("Enter", "pick")),
        Kind::List { .. } if form.reference_list(&row.path) => {
            first.push(h("Enter", "pick-several"));
            more.push(h("Ctrl-N", "add-item"));
        }
        Kind::Text | Kind::Number => {
            first.push(h("Ctrl-U", "clear"));
            more.push(h("Ctrl-W", "delete-word"));
            if row.kind == Kind::Text {
                more.push(h("Ctrl-J", "new-line"));
            }
        }
        Kind::Bool => first.push(h("Space", "switch")),
        Kind::List { .. } => first.push(h("Enter", "add-item")),
        Kind::Unset { .. } => first.push(h("Enter", "set")),
        Kind::Heading | Kind::Item | Kind::Choice { .. } => {}
    }
    if row.item.is_some() {
        more.push(h("Ctrl-K", "remove-item"));
        more.push(h("Alt-↑↓", "move-item"));
    } else if row.optional {
        more.push(h("Ctrl-D", "clear-field"));
    }
    let mut out = first;
    out.push(h("Ctrl-F", "find-field"));
    out.push(h("PgDn/PgUp", "section"));
    out.extend(more);
    out.push(h("Ctrl-S", "save"));
    out.push(h("Esc", "leave"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::test_support::activity_form;

    #[test]
    fn a_text_offers_clearing_and_every_row_finding_and_saving() {
        let f = activity_form();
        let keys: Vec<String> = hints(&f, Lang::En).into_iter().map(|h| h.keys).collect();
        assert_eq!(keys[0], "Ctrl-U", "{keys:?}");
        assert!(keys.contains(&"Ctrl-F".to_string()));
        assert!(keys.contains(&"Ctrl-S".to_string()));
        for l in Lang::ALL {
            for h in hints(&f, l) {
                assert!(
                    !h.what.starts_with("tui-hint-"),
                    "{l:?}: {} untranslated",
                    h.what
                );
            }
        }
    }
}
