//! A list to pick one value from, narrowed by typing: the variants of an
//! enum, or the recipients, systems or organisations a reference can
//! point at (where a typed id that matches none can be used as it is).

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::input::Input;
use super::rows::{Row, Seg};
use crate::register::schema::{Body, Schema};

/// What a choice is written into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An id referring to another record.
    Reference,
    /// A variant of the named enum.
    Variant(String),
}

/// What a key did to the picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Still choosing.
    Open,
    /// Closed without a choice.
    Cancel,
    /// This value was chosen.
    Chosen(String),
}

/// An open picker.
#[derive(Debug, Clone)]
pub struct Picker {
    /// Shown above the list.
    pub title: String,
    /// Where the choice goes.
    pub path: Vec<Seg>,
    /// What kind of value it is.
    pub target: Target,
    /// Values and their labels.
    pub items: Vec<(String, String)>,
    /// Typed filter.
    pub query: Input,
    /// Index into [`Picker::visible`].
    pub selected: usize,
}

impl Picker {
    /// The variants of enum `name` for `row` (`None` if it is no enum).
    pub fn variants(schema: &Schema, name: &str, row: &Row) -> Option<Picker> {
        let items = schema
            .variants(name)?
            .iter()
            .map(|v| {
                let label = match v.body {
                    Body::Unit => v.name.clone(),
                    _ => format!("{} …", v.name),
                };
                (v.name.clone(), label)
            })
            .collect();
        Some(Picker {
            title: format!("{} — pick one", row.label),
            path: row.path.clone(),
            target: Target::Variant(name.to_string()),
            items,
            query: Input::default(),
            selected: 0,
        })
    }

    /// The ids a reference in `row` can take, shown with their names.
    pub fn references(choices: &[(String, String)], row: &Row) -> Picker {
        Picker {
            title: format!("{} — pick one, or type a new id", row.label),
            path: row.path.clone(),
            target: Target::Reference,
            items: choices
                .iter()
                .map(|(id, name)| (id.clone(), format!("{name}  ({id})")))
                .collect(),
            query: Input::default(),
            selected: 0,
        }
    }

    /// The items that match the typed filter, best first; for references a
    /// typed id that matches no item exactly comes last, to use as it is.
    pub fn visible(&self) -> Vec<(String, String)> {
        let q = self.query.text();
        let q = q.trim();
        if q.is_empty() {
            return self.items.clone();
        }
        let m = SkimMatcherV2::default();
        let mut scored: Vec<(i64, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, (_, label))| m.fuzzy_match(label, q).map(|s| (s, i)))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<(String, String)> =
            scored.iter().map(|&(_, i)| self.items[i].clone()).collect();
        if self.target == Target::Reference && !self.items.iter().any(|(id, _)| id == q) {
            out.push((q.to_string(), format!("use \"{q}\" as a new id")));
        }
        out
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> Pick {
        let n = self.visible().len();
        match key.code {
            KeyCode::Esc => return Pick::Cancel,
            KeyCode::Enter => {
                return match self.visible().into_iter().nth(self.selected) {
                    Some((value, _)) => Pick::Chosen(value),
                    None => Pick::Open,
                };
            }
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Tab => {
                self.selected = (self.selected + 1).min(n.saturating_sub(1))
            }
            KeyCode::Backspace => {
                self.query.backspace();
                self.selected = 0;
            }
            KeyCode::Char(c) => {
                self.query.insert(c);
                self.selected = 0;
            }
            _ => {}
        }
        Pick::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::rows::Kind;
    use ratatui::crossterm::event::KeyModifiers;

    fn row() -> Row {
        Row {
            path: vec![Seg::Key("recipient".into())],
            field: "recipient".into(),
            label: "recipient".into(),
            depth: 0,
            kind: Kind::Text,
            optional: false,
            item: None,
        }
    }

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn typing_narrows_and_enter_picks() {
        let choices = vec![
            (
                "aub".to_string(),
                "Arbejdsmarkedets Erhvervssikring".to_string(),
            ),
            ("skat".to_string(), "Skattestyrelsen".to_string()),
        ];
        let mut p = Picker::references(&choices, &row());
        for c in "skat".chars() {
            p.key(key(KeyCode::Char(c)));
        }
        assert_eq!(p.visible()[0].0, "skat");
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("skat".into()));
    }

    #[test]
    fn a_new_id_can_be_typed() {
        let mut p = Picker::references(&[], &row());
        for c in "revisor".chars() {
            p.key(key(KeyCode::Char(c)));
        }
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("revisor".into()));
    }
}
