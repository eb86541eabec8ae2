//! The keys that apply to a form where its focus is, most useful first,
//! in the chosen language: for the key bar under the form and for its help.
//! One table of what each key does here, so the form's screen and its
//! help never disagree.

use super::rows::Kind;
use super::{Dialog, Form};
use crate::register::lang::{Lang, tr};
use crate::tui::app::Action;
use crate::tui::keys::KeyMap;

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
pub fn hints(form: &Form, keys: &KeyMap, lang: Lang) -> Vec<Hint> {
    let h = |keys: &str, what: &str| hint(lang, keys, what);
    if let Some(d) = &form.dialog {
        // Enter confirms every question with its first choice (see
        // `App::form_key`), the letters are shortcuts: the bar says which
        // choice Enter makes, first.
        return match d {
            Dialog::Leave => vec![
                h("Enter/s", "save-leave"),
                h("d", "discard-leave"),
                h("Esc", "keep-editing"),
            ],
            Dialog::Conflict { .. } => vec![
                h("Enter/m", "merge"),
                h("r", "reload"),
                h("o", "overwrite"),
                h("Esc", "keep-editing"),
            ],
            Dialog::Uncommitted { .. } => vec![
                h("Enter/a", "set-aside"),
                h("i", "include"),
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
    // The keys of the form's actions as the user's bindings say; an
    // action left without a key has no hint.
    let k = |a: Action| keys.form_key(a);
    let mut out = Vec::new();
    let push = |out: &mut Vec<Hint>, keys: String, what: &str| {
        if !keys.is_empty() {
            out.push(h(&keys, what));
        }
    };
    let Some(row) = form.focused() else {
        push(&mut out, k(Action::Save), "save");
        push(&mut out, k(Action::Leave), "leave");
        return out;
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
            push(&mut first, k(Action::Fold), what);
            push(&mut more, k(Action::FoldOthers), "fold-others");
        }
        _ if form.picks(row) => push(&mut first, k(Action::Pick), "pick"),
        Kind::List { .. } if form.reference_list(&row.path) => {
            push(&mut first, k(Action::Pick), "pick-several");
            push(&mut more, k(Action::AddItem), "add-item");
        }
        Kind::Text | Kind::Number => {
            push(&mut first, k(Action::ClearText), "clear");
            push(&mut more, k(Action::DeleteWord), "delete-word");
            if row.kind == Kind::Text {
                push(&mut more, k(Action::NewLine), "new-line");
            }
        }
        // Space and Enter on these rows are the row's own (Space types
        // elsewhere), not actions of the key table.
        Kind::Bool => first.push(h("Space", "switch")),
        Kind::List { .. } => first.push(h("Enter", "add-item")),
        Kind::Unset { .. } => first.push(h("Enter", "set")),
        Kind::Heading | Kind::Item | Kind::Choice { .. } => {}
    }
    if row.item.is_some() {
        push(&mut more, k(Action::RemoveItem), "remove-item");
        push(
            &mut more,
            pair(&k(Action::MoveItemUp), &k(Action::MoveItemDown)),
            "move-item",
        );
    } else if row.optional {
        push(&mut more, k(Action::ClearField), "clear-field");
    }
    // Saving and leaving come right after the row's own key: at 80
    // columns the bar keeps only the first few, and how to save is what
    // nobody may have to look up.
    out.extend(first);
    push(&mut out, k(Action::Save), "save");
    push(&mut out, k(Action::Leave), "leave");
    push(&mut out, k(Action::FindField), "find-field");
    push(
        &mut out,
        pair(&k(Action::NextSection), &k(Action::PreviousSection)),
        "section",
    );
    out.extend(more);
    out
}

/// Two keys of a pair of actions as one hint: `Alt-↑↓` when they differ
/// only in their last character, else `PgDn/PgUp`; one alone when the
/// other has no key.
fn pair(a: &str, b: &str) -> String {
    let cut = |s: &str| {
        let mut c = s.chars();
        let last = c.next_back();
        (c.as_str().to_string(), last)
    };
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => match (cut(a), cut(b)) {
            ((pa, Some(la)), (pb, Some(lb))) if pa == pb && !pa.is_empty() => {
                format!("{pa}{la}{lb}")
            }
            _ => format!("{a}/{b}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::test_support::activity_form;

    #[test]
    fn a_text_offers_clearing_and_every_row_finding_and_saving() {
        let f = activity_form();
        let map = KeyMap::default();
        let keys: Vec<String> = hints(&f, &map, Lang::En)
            .into_iter()
            .map(|h| h.keys)
            .collect();
        assert_eq!(keys[0], "Ctrl-U", "{keys:?}");
        assert!(keys.contains(&"Ctrl-F".to_string()));
        assert!(keys.contains(&"Ctrl-S".to_string()));
        for l in Lang::ALL {
            for h in hints(&f, &map, l) {
                assert!(
                    !h.what.starts_with("tui-hint-"),
                    "{l:?}: {} untranslated",
                    h.what
                );
            }
        }
    }

    /// On every row of the form, in every language, the key bar at 80
    /// columns (with `? help` at its end) still says how to save and how
    /// to leave.
    #[test]
    fn saving_and_leaving_stay_on_the_bar_at_80_columns() {
        let mut f = activity_form();
        let map = KeyMap::default();
        let theme = crate::tui::theme::Theme::embedded("dark").expect("theme");
        for i in 0..f.rows.len() {
            f.set_focus(i);
            for l in Lang::ALL {
                let tail = Hint {
                    keys: "?".into(),
                    what: tr(l, "tui-bar-help"),
                };
                let line = crate::tui::keybar::bar(&hints(&f, &map, l), Some(&tail), 80, &theme);
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                let field = f.focused().map(|r| r.field.clone());
                assert!(text.contains("Ctrl-S"), "{l:?} {field:?}: {text}");
                assert!(text.contains("Esc"), "{l:?} {field:?}: {text}");
            }
        }
    }
}
