//! Typing on any row of a form: the character goes into the field the row
//! stands for, from the first one typed. A field not set yet becomes set,
//! a list gets a new item, a struct's name (or first text) takes the text,
//! and a choice or reference opens its picker with the text as filter.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use super::input::{self, Input};
use super::rows::{self, Kind, Row, Seg};
use super::{Form, Outcome, defaults};
use crate::register::schema::{Shape, schema};

impl Form {
    /// Keys on the focused row: typing, toggling, picking, adding. A
    /// character typed on any row goes into the field the row stands for
    /// (see [`Form::type_char`]); Space is a character like any other,
    /// except on a yes/no row.
    pub(super) fn edit_key(&mut self, key: KeyEvent) -> Outcome {
        let Some(row) = self.focused().cloned() else {
            return Outcome::Stay;
        };
        let enter = key.code == KeyCode::Enter && !key.modifiers.contains(KeyModifiers::ALT);
        let typed = input::typed(&key);
        if self.reference_choices(&row).is_some() {
            return match (typed, enter) {
                (Some(c), _) => self.type_char(c, None),
                (None, true) => self.open_reference(&row.path, &row.label, None, false, None),
                _ => Outcome::Stay,
            };
        }
        match &row.kind {
            Kind::Text | Kind::Number => self.text_key(&row, key),
            Kind::Bool => match key.code {
                KeyCode::Char(' ') | KeyCode::Enter => {
                    let b = rows::get(&self.value, &row.path)
                        .and_then(Value::as_bool)
                        .unwrap_or(false);
                    rows::set(&mut self.value, &row.path, Value::Bool(!b));
                    Outcome::Changed
                }
                _ => match typed {
                    Some(c) => self.type_char(c, None),
                    None => Outcome::Stay,
                },
            },
            Kind::Choice { name } => match (typed, enter) {
                (Some(c), _) => self.type_char(c, None),
                (None, true) => {
                    let current = rows::get(&self.value, &row.path).map(rows::display);
                    self.open_variants(&row.path, name, &row.label, None, current, false, None)
                }
                _ => Outcome::Stay,
            },
            Kind::Unset { shape } => match (typed, enter) {
                (Some(c), _) => self.type_char(c, None),
                (None, true) => self.fill_unset(&row, shape, None, None),
                _ => Outcome::Stay,
            },
            Kind::List { .. } => match (typed, enter) {
                (Some(c), _) => self.type_char(c, None),
                (None, true) if self.reference_list(&row.path) => {
                    self.open_many(&row.path, &row.label, None)
                }
                (None, true) => self.add_item(),
                _ => Outcome::Stay,
            },
            Kind::Heading | Kind::Item => match typed {
                Some(c) => self.type_char(c, None),
                None => Outcome::Stay,
            },
            Kind::Section { .. } => match typed {
                Some(c) => self.type_char(c, None),
                None => Outcome::Stay,
            },
        }
    }

    /// Keys in a text or number typed in place.
    pub(super) fn text_key(&mut self, row: &Row, key: KeyEvent) -> Outcome {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let Some(input) = self.input.as_mut() else {
            return Outcome::Stay;
        };
        match key.code {
            // AltGr (reported as Ctrl+Alt by some terminals) types.
            // Clearing, deleting a word and a line break are the key
            // table's (`clear_text`, `delete_word`, `new_line`; see
            // `Form::act`); these move the cursor.
            KeyCode::Char(c) if ctrl && alt => input.insert(c),
            KeyCode::Char('a') if ctrl => input.home(),
            KeyCode::Char('e') if ctrl => input.end(),
            KeyCode::Char('b') if alt => input.word_left(),
            KeyCode::Char('f') if alt => input.word_right(),
            KeyCode::Char(_) if ctrl || alt => return Outcome::Stay,
            KeyCode::Char(c) => input.insert(c),
            KeyCode::Enter if ctrl || alt => return Outcome::Stay,
            KeyCode::Enter => {
                let to = self.after_enter(row);
                self.set_focus(to);
                return Outcome::Stay;
            }
            KeyCode::Backspace if ctrl || alt => return Outcome::Stay,
            KeyCode::Backspace => input.backspace(),
            KeyCode::Delete => input.delete(),
            KeyCode::Left if ctrl || alt => input.word_left(),
            KeyCode::Right if ctrl || alt => input.word_right(),
            KeyCode::Left => input.left(),
            KeyCode::Right => input.right(),
            KeyCode::Home => input.home(),
            KeyCode::End => input.end(),
            _ => return Outcome::Stay,
        }
        let text = input.text();
        self.store_text(row, text)
    }

    /// Where Enter in the text of `row` (the focused row) goes: the next
    /// row; but after the last item of a list of texts, the list's own
    /// row, where what is typed next is the list's next item and Enter adds
    /// one. Not the field below the list, which typing (or Enter) would
    /// then set — a DPIA added while the user went on with the list.
    fn after_enter(&self, row: &Row) -> usize {
        let next = self.focus + 1;
        if let Some((list, _)) = &row.item
            && row.path.len() == list.len() + 1
            && !self
                .rows
                .get(next)
                .is_some_and(|r| r.path.len() > list.len() && r.path.starts_with(list))
            && let Some(at) = self.rows.iter().position(|r| r.path == *list)
        {
            return at;
        }
        next
    }

    /// Types `c` on the focused row, whatever it is, so that no keystroke
    /// is lost: into its text; into a field not set yet, which becomes set
    /// holding `c`; into a new item of a list; into the first text field
    /// of a struct (a `name` where there is one); or into the filter of a
    /// picker opened for a choice or a reference. `origin` is the value
    /// before this keystroke changed anything, put back if the picker it
    /// ends in is cancelled.
    pub(super) fn type_char(&mut self, c: char, origin: Option<Value>) -> Outcome {
        let Some(row) = self.focused().cloned() else {
            return Outcome::Stay;
        };
        if self.reference_choices(&row).is_some() {
            return self.open_reference(&row.path, &row.label, Some(c), false, origin);
        }
        match &row.kind {
            Kind::Text | Kind::Number => {
                let Some(input) = self.input.as_mut() else {
                    return Outcome::Stay;
                };
                input.insert(c);
                let text = input.text();
                self.store_text(&row, text)
            }
            Kind::Choice { name } => {
                let current = rows::get(&self.value, &row.path).map(rows::display);
                self.open_variants(&row.path, name, &row.label, Some(c), current, false, origin)
            }
            Kind::Unset { shape } => self.fill_unset(&row, shape, Some(c), origin),
            Kind::List { .. } => self.type_new_item(c, origin),
            Kind::Heading | Kind::Item => match self.text_row_in(&row.path) {
                Some(i) => {
                    self.set_focus(i);
                    self.type_char(c, origin)
                }
                None => self.not_typed(&row, origin),
            },
            Kind::Bool | Kind::Section { .. } => self.not_typed(&row, origin),
        }
    }

    /// A character typed where no text can go: says so, and puts back
    /// anything made on the way.
    pub(super) fn not_typed(&mut self, row: &Row, origin: Option<Value>) -> Outcome {
        let lang = self.refs.lang;
        let field = |key: &str| {
            let name = super::words::field_label(lang, &row.label);
            crate::register::lang::tr_args(lang, key, &[("field", name.into())])
        };
        self.message = Some(match row.kind {
            Kind::Bool => field("tui-form-bool-typed"),
            Kind::Section { .. } => crate::register::lang::tr(lang, "tui-form-section-typed"),
            _ => field("tui-form-no-text-typed"),
        });
        match origin {
            Some(v) => {
                self.value = v;
                self.relayout();
                self.focus_path(&row.path);
                Outcome::Changed
            }
            None => Outcome::Stay,
        }
    }

    /// Enter or a typed `c` on an optional field that is not set: a choice
    /// opens its picker (on no option); anything else is set (text empty, a
    /// struct with its required fields) and `c` typed into it.
    pub(super) fn fill_unset(
        &mut self,
        row: &Row,
        shape: &Shape,
        c: Option<char>,
        origin: Option<Value>,
    ) -> Outcome {
        if let Shape::Named(name) = shape
            && schema().variants(name).is_some()
        {
            return self.open_variants(&row.path, name, &row.label, c, None, false, origin);
        }
        if self.reference_choices(row).is_some() {
            return self.open_reference(&row.path, &row.label, c, false, origin);
        }
        let before = origin.unwrap_or_else(|| self.value.clone());
        let country = self.country_at(&row.path);
        let v = defaults::default_value(schema(), shape, country.as_deref());
        rows::set(&mut self.value, &row.path, v);
        self.relayout();
        self.focus_path(&row.path);
        let Some(c) = c else {
            return Outcome::Changed;
        };
        match shape {
            Shape::Text => self.type_char(c, Some(before)),
            Shape::Number => {
                // The field starts from what is typed, not from the 0 it
                // holds until a number parses.
                self.input = Some(Input::default());
                self.type_char(c, Some(before))
            }
            _ => match self.text_row_in(&row.path) {
                Some(i) => {
                    self.set_focus(i);
                    self.type_char(c, Some(before))
                }
                None => {
                    let row = self.focused().cloned().unwrap_or_else(|| row.clone());
                    self.not_typed(&row, Some(before))
                }
            },
        }
    }

    /// A typed `c` on a list: a new item (after the focused one, or at the
    /// end) that starts with `c`; for a list of choices or references, the
    /// picker for the new item, filtered by `c`.
    pub(super) fn type_new_item(&mut self, c: char, origin: Option<Value>) -> Outcome {
        let Some((list, at, item)) = self.list_here() else {
            return Outcome::Stay;
        };
        let mut path = list.clone();
        path.push(Seg::Index(at));
        let label = self.list_label(&list);
        if let Shape::Named(name) = &item
            && schema().variants(name).is_some()
        {
            return self.open_variants(&path, name, &label, Some(c), None, true, origin);
        }
        if self.reference_list(&list) {
            // On the list's own row the picker ticks several; on an item
            // it adds one after it.
            if self.focused().is_some_and(|r| r.path == list) {
                return self.open_many(&list, &label, Some(c));
            }
            return self.open_reference(&path, &label, Some(c), true, origin);
        }
        let before = origin.unwrap_or_else(|| self.value.clone());
        self.insert_item(&list, at, &item);
        if let Some(i) = self.text_row_in(&path) {
            self.set_focus(i);
        }
        self.type_char(c, Some(before))
    }

    /// The row a character typed on the struct at `path` goes into: among
    /// its text fields nearest the top, the one called `name`, else the
    /// first that is not an `id`, else the first. References count (a
    /// recipient use types into its recipient's picker).
    pub(super) fn text_row_in(&self, path: &[Seg]) -> Option<usize> {
        let candidates: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                let r = &self.rows[i];
                r.path.len() > path.len()
                    && r.path.starts_with(path)
                    && match &r.kind {
                        Kind::Text => true,
                        Kind::Unset { shape } => *shape == Shape::Text,
                        _ => false,
                    }
            })
            .collect();
        let top = candidates.iter().map(|&i| self.rows[i].path.len()).min()?;
        let level: Vec<usize> = candidates
            .into_iter()
            .filter(|&i| self.rows[i].path.len() == top)
            .collect();
        let named =
            |i: &&usize, n: &str| matches!(self.rows[**i].path.last(), Some(Seg::Key(k)) if k == n);
        level
            .iter()
            .find(|i| named(i, "name"))
            .or_else(|| level.iter().find(|i| !named(i, "id")))
            .or(level.first())
            .copied()
    }

    /// Writes typed text into the value (numbers once they parse); the
    /// record's or a new item's id follows its name until typed in.
    pub(super) fn store_text(&mut self, row: &Row, text: String) -> Outcome {
        if row.kind == Kind::Number && row.optional && text.trim().is_empty() {
            // An optional number emptied is not set (the field's help says
            // what applies then, e.g. the organisation's review interval).
            self.bad_numbers.remove(&row.field);
            rows::set(&mut self.value, &row.path, Value::Null);
        } else if row.kind == Kind::Text && row.optional && text.trim().is_empty() {
            // Nor is an optional text emptied (Ctrl-U, Backspace) or left
            // with blanks only: it would be saved as a value that says
            // nothing.
            rows::set(&mut self.value, &row.path, Value::Null);
        } else if row.kind == Kind::Number {
            match text.trim().parse::<serde_json::Number>() {
                Ok(n) => {
                    self.bad_numbers.remove(&row.field);
                    rows::set(&mut self.value, &row.path, Value::Number(n));
                }
                Err(_) => {
                    self.bad_numbers.insert(row.field.clone(), text);
                }
            }
        } else {
            rows::set(&mut self.value, &row.path, Value::String(text));
        }
        if let Some((Seg::Key(k), parent)) = row.path.split_last() {
            match k.as_str() {
                "id" if parent.is_empty() => self.id_edited = true,
                "id" => self.following.retain(|p| p != parent),
                "name" => self.follow_name(parent),
                _ => {}
            }
        }
        Outcome::Changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::test_support::{activity_form as form, key};

    #[test]
    fn typing_goes_into_a_name_before_an_id() {
        let f = form();
        let i = f
            .text_row_in(&[key("data_subjects"), Seg::Index(0)])
            .expect("a text row");
        assert_eq!(f.rows[i].field, "data_subjects[0].name");
        // Nothing under a text row itself.
        assert_eq!(f.text_row_in(&[key("name")]), None);
    }
}
