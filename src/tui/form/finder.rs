//! Jumping to any field of a form (Ctrl-F): a list of every row, named as
//! the form shows it in the chosen language (section › list item › field)
//! and by its field path (`retention[0].text`), narrowed by typing; Enter
//! moves the focus there, unfolding its section. What was typed in the
//! field left stays, and so does its cursor.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use super::input::{Input, typed};
use super::rows::{self, Kind};
use super::{Form, Outcome, sections, words};
use crate::register::lang::tr;

/// One place the finder can jump to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The row's index in the form.
    pub row: usize,
    /// The row as the form names it: `Retention › #1 › Text`.
    pub shown: String,
    /// The name of its section (matched, not shown but on its header).
    pub section: String,
    /// Its field path, as the validator and the files name it.
    pub field: String,
}

/// The open finder.
#[derive(Debug, Clone)]
pub struct Finder {
    /// What is typed.
    pub query: Input,
    /// Every place, in form order.
    pub entries: Vec<Entry>,
    /// The highlighted entry, an index into [`Finder::visible`].
    pub selected: usize,
}

impl Finder {
    /// The entries that match the query, best first (all of them, in form
    /// order, while it is empty).
    pub fn visible(&self) -> Vec<&Entry> {
        let q = self.query.text();
        let q = q.trim();
        if q.is_empty() {
            return self.entries.iter().collect();
        }
        let m = SkimMatcherV2::default().ignore_case();
        // A word of four letters or more must appear unbroken (as search
        // asks of a query that long): "notater" must not take the focus to "Kontaktpersoner"
        // by letters scattered across it, where the next words typed would
        // land in the wrong field.
        let score = |hay: &str, w: &str| {
            if w.chars().count() >= crate::register::search::STRICT_FROM
                && !hay.to_lowercase().contains(&w.to_lowercase())
            {
                return None;
            }
            m.fuzzy_match(hay, w)
        };
        // Every word typed must match, in the name shown or the path
        // (`slettefrister tekst`, `retention text`).
        let mut scored: Vec<(i64, &Entry)> = self
            .entries
            .iter()
            .filter_map(|e| {
                q.split_whitespace()
                    .map(|w| {
                        score(&e.shown, w)
                            .max(score(&e.field, w))
                            .max(score(&e.section, w).map(|s| s / 2))
                    })
                    .sum::<Option<i64>>()
                    .map(|s| (s, e))
            })
            .collect();
        // Best first; among equals the one higher up the form (a field
        // before the rows inside it).
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.row.cmp(&b.1.row)));
        scored.into_iter().map(|(_, e)| e).collect()
    }
}

impl Form {
    /// Ctrl-F: opens the finder on every row of the form.
    pub fn open_finder(&mut self) {
        let lang = self.refs.lang;
        let mut entries = Vec::with_capacity(self.rows.len());
        let mut section = String::new();
        for (i, row) in self.rows.iter().enumerate() {
            if let Kind::Section { key } = &row.kind {
                section = tr(lang, &sections::name_key(key));
                entries.push(Entry {
                    row: i,
                    shown: section.clone(),
                    section: section.clone(),
                    field: String::new(),
                });
                continue;
            }
            // The rows this one is inside (a list, its item), by name.
            let mut parts = Vec::new();
            for outer in &self.rows[..i] {
                if outer.path.len() < row.path.len()
                    && row.path.starts_with(&outer.path)
                    && !matches!(outer.kind, Kind::Section { .. })
                {
                    parts.push(self.row_name(outer));
                }
            }
            parts.push(self.row_name(row));
            parts.dedup();
            entries.push(Entry {
                row: i,
                shown: parts.join(" › "),
                section: section.clone(),
                field: row.field.clone(),
            });
        }
        self.finder = Some(Finder {
            query: Input::default(),
            entries,
            selected: 0,
        });
    }

    /// A row's name in the finder: its label, and for a list item what
    /// tells it apart (its name or id).
    fn row_name(&self, row: &rows::Row) -> String {
        let label = words::field_label(self.refs.lang, &row.label);
        if row.kind != Kind::Item {
            return label;
        }
        let v = rows::get(&self.value, &row.path);
        match v.and_then(item_name) {
            Some(n) => format!("{label} {n}"),
            None => label,
        }
    }

    /// Keys while the finder is open.
    pub(super) fn finder_key(&mut self, key: KeyEvent) -> Outcome {
        let Some(finder) = self.finder.as_mut() else {
            return Outcome::Stay;
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        let n = finder.visible().len();
        match key.code {
            KeyCode::Esc => self.finder = None,
            KeyCode::Char('f') if ctrl => self.finder = None,
            KeyCode::Enter => {
                let row = finder.visible().get(finder.selected).map(|e| e.row);
                if let Some(row) = row {
                    self.finder = None;
                    self.set_focus(row);
                }
            }
            KeyCode::Up | KeyCode::BackTab => finder.selected = finder.selected.saturating_sub(1),
            KeyCode::Down | KeyCode::Tab => {
                finder.selected = (finder.selected + 1).min(n.saturating_sub(1))
            }
            KeyCode::PageUp => finder.selected = finder.selected.saturating_sub(10),
            KeyCode::PageDown => finder.selected = (finder.selected + 10).min(n.saturating_sub(1)),
            KeyCode::Char('u') if ctrl => {
                finder.query.clear();
                finder.selected = 0;
            }
            KeyCode::Char('w') if ctrl => {
                finder.query.delete_word_back();
                finder.selected = 0;
            }
            KeyCode::Backspace => {
                finder.query.backspace();
                finder.selected = 0;
            }
            _ => {
                if let Some(c) = typed(&key) {
                    finder.query.insert(c);
                    finder.selected = 0;
                }
            }
        }
        Outcome::Stay
    }
}

/// What tells a list item apart: its name, id, text or recipient.
pub fn item_name(v: &Value) -> Option<String> {
    [
        "name",
        "id",
        "recipient",
        "text",
        "rule",
        "field",
        "country",
    ]
    .iter()
    .find_map(|k| {
        v.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
    })
    .map(|s| s.chars().take(40).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::test_support::activity_form;

    #[test]
    fn the_finder_names_rows_by_label_and_by_path() {
        let mut f = activity_form();
        f.open_finder();
        let finder = f.finder.clone().expect("open");
        let subject = finder
            .entries
            .iter()
            .find(|e| e.field == "data_subjects[0].name")
            .expect("the subject's name");
        assert!(subject.shown.contains("#1 S"), "{}", subject.shown);
        let mut g = f.clone();
        for c in "data_subjects[0].name".chars() {
            g.finder_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        g.finder_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert!(g.finder.is_none());
        assert_eq!(
            g.focused().map(|r| r.field.as_str()),
            Some("data_subjects[0].name")
        );
    }

    /// A word of four letters or more matches only where it appears
    /// unbroken: with no such field, Enter leaves the finder open and the
    /// focus where it was, so what is typed next cannot go astray.
    #[test]
    fn a_long_word_no_field_holds_moves_nothing() {
        let mut f = activity_form();
        let before = f.focused().map(|r| r.field.clone());
        f.open_finder();
        for c in "notater".chars() {
            f.finder_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        let finder = f.finder.clone().expect("open");
        let hits: Vec<&str> = finder.visible().iter().map(|e| e.shown.as_str()).collect();
        assert!(hits.is_empty(), "{hits:?}");
        f.finder_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert!(f.finder.is_some(), "the finder stays open");
        assert_eq!(f.focused().map(|r| r.field.clone()), before);

        // A whole word finds its field.
        let mut g = activity_form();
        g.open_finder();
        for c in "notes".chars() {
            g.finder_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        g.finder_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
        assert_eq!(g.focused().map(|r| r.field.as_str()), Some("notes"));
    }
}
