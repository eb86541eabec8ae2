//! A list to pick one value from, narrowed by typing: the variants of an
//! enum, or the recipients, systems or organisations a reference can
//! point at (where a typed id that matches none can be used as it is).
//!
//! A picker of a field that is not set yet opens with nothing highlighted:
//! Enter then does nothing, so no value is ever chosen for the user. A
//! picker of a set field opens on its current value.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use super::input::{Input, typed};
use super::rows::Path;
use super::words;
use crate::register::lang::{Lang, tr_args};
use crate::register::schema::{Body, Variant};

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
    /// These values were ticked (a picker of several), in the list's order.
    Many(Vec<String>),
}

/// A choice still to be asked after the one being made: the inner choice
/// of a variant just chosen (the special category of `Special`, the
/// scheme of `NationalId`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    /// Where the choice goes.
    pub path: Path,
    /// The enum chosen from.
    pub name: String,
    /// Shown in the picker's title.
    pub label: String,
    /// The choice is a new list item at `path`.
    pub insert: bool,
}

/// A picker's field in words: each step of `article6` or `kind › Special`
/// as the form labels it.
fn title(lang: Lang, label: &str) -> String {
    label
        .split(" › ")
        .map(|part| {
            if part.starts_with(|c: char| c.is_ascii_uppercase()) {
                words::carrier(lang, part)
            } else {
                words::field_label(lang, part)
            }
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

/// An open picker.
#[derive(Debug, Clone)]
pub struct Picker {
    /// The field it is for (a row's label, or `kind › Special` for a
    /// choice inside a choice).
    pub label: String,
    /// Shown above the list.
    pub title: String,
    /// Where the choice goes.
    pub path: Path,
    /// What kind of value it is.
    pub target: Target,
    /// Values and their labels.
    pub items: Vec<(String, String)>,
    /// Typed filter.
    pub query: Input,
    /// Index into [`Picker::visible`]; `None` while nothing is highlighted.
    pub selected: Option<usize>,
    /// Where the highlight goes back to when the filter is emptied: the
    /// current value, or nothing.
    initial: Option<usize>,
    /// The choice is inserted as a new list item at `path` (whose last
    /// step is the item's index) instead of replacing the value there.
    pub insert: bool,
    /// The form's value to put back when the picker is cancelled: set when
    /// something was already written on the way here (a new list item, a
    /// variant whose inner choice this picker asks for).
    pub restore: Option<Value>,
    /// The language of its labels.
    pub lang: Lang,
    /// Choices to ask after this one, in order.
    pub then: Vec<Ask>,
    /// The row to focus when the choosing is done.
    pub root: Path,
    /// For a picker of several (a list of references): the values ticked.
    /// Space ticks, Enter keeps what is ticked.
    pub ticked: Option<Vec<String>>,
}

impl Picker {
    fn new(
        label: &str,
        title: String,
        path: Path,
        target: Target,
        items: Vec<(String, String)>,
        current: Option<&str>,
        lang: Lang,
    ) -> Picker {
        let initial = current.and_then(|c| items.iter().position(|(v, _)| v == c));
        Picker {
            label: label.to_string(),
            title,
            root: path.clone(),
            path,
            target,
            items,
            query: Input::default(),
            selected: initial,
            initial,
            insert: false,
            restore: None,
            lang,
            then: Vec::new(),
            ticked: None,
        }
    }

    /// A picker of several of `choices` for the list at `path`, with the
    /// values `held` ticked and the first of them highlighted.
    pub fn many(
        choices: &[(String, String)],
        label: &str,
        path: Path,
        held: &[String],
        lang: Lang,
    ) -> Picker {
        let mut p = Picker::new(
            label,
            tr_args(
                lang,
                "tui-pick-several",
                &[("what", title(lang, label).into())],
            ),
            path,
            Target::Reference,
            choices
                .iter()
                .map(|(id, name)| {
                    let shown = if name == id {
                        id.clone()
                    } else {
                        format!("{name}  ({id})")
                    };
                    (id.clone(), shown)
                })
                .collect(),
            held.first().map(String::as_str),
            lang,
        );
        if p.selected.is_none() && !p.items.is_empty() {
            p.selected = Some(0);
            p.initial = Some(0);
        }
        p.ticked = Some(held.to_vec());
        p
    }

    /// True when `value` is ticked in a picker of several.
    pub fn is_ticked(&self, value: &str) -> bool {
        self.ticked
            .as_ref()
            .is_some_and(|t| t.iter().any(|v| v == value))
    }

    /// The variants `vs` of enum `name` (in the order to offer them) for
    /// the field at `path`, on `current` if it holds one of them.
    pub fn variants(
        vs: &[&Variant],
        name: &str,
        label: &str,
        path: Path,
        current: Option<&str>,
        lang: Lang,
    ) -> Picker {
        let items = vs
            .iter()
            .map(|v| {
                let words = words::variant(lang, name, &v.name);
                let label = match v.body {
                    Body::Unit => words,
                    _ => format!("{words} …"),
                };
                (v.name.clone(), label)
            })
            .collect();
        Picker::new(
            label,
            tr_args(lang, "tui-pick-one", &[("what", title(lang, label).into())]),
            path,
            Target::Variant(name.to_string()),
            items,
            current,
            lang,
        )
    }

    /// The ids a reference at `path` can take, shown with their names, on
    /// `current` if it is one of them.
    pub fn references(
        choices: &[(String, String)],
        label: &str,
        path: Path,
        current: Option<&str>,
        lang: Lang,
    ) -> Picker {
        Picker::new(
            label,
            tr_args(
                lang,
                "tui-pick-or-new-id",
                &[("what", title(lang, label).into())],
            ),
            path,
            Target::Reference,
            choices
                .iter()
                .map(|(id, name)| (id.clone(), format!("{name}  ({id})")))
                .collect(),
            current,
            lang,
        )
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
            // The words shown, or the value as the files write it
            // (`EventBased`, an id), whichever matches better.
            .filter_map(|(i, (value, label))| {
                m.fuzzy_match(label, q)
                    .max(m.fuzzy_match(value, q))
                    .map(|s| (s, i))
            })
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<(String, String)> =
            scored.iter().map(|&(_, i)| self.items[i].clone()).collect();
        if self.target == Target::Reference
            && self.ticked.is_none()
            && !self.items.iter().any(|(id, _)| id == q)
        {
            // A typed id comes before items that only match it loosely
            // (letters scattered through another name): Enter takes what
            // was typed, unless an item holds it as a whole word or part.
            let lower = q.to_lowercase();
            let close = |(id, label): &(String, String)| {
                id.to_lowercase().contains(&lower) || label.to_lowercase().contains(&lower)
            };
            let (mut near, far): (Vec<_>, Vec<_>) = out.into_iter().partition(|i| close(i));
            near.push((
                q.to_string(),
                tr_args(self.lang, "tui-use-as-new-id", &[("id", q.into())]),
            ));
            near.extend(far);
            out = near;
        }
        out
    }

    /// Types `c` into the filter: the best match is highlighted.
    pub fn type_char(&mut self, c: char) {
        self.query.insert(c);
        self.refilter();
    }

    fn refilter(&mut self) {
        self.selected = if self.query.text().trim().is_empty() {
            self.initial
        } else if self.visible().is_empty() {
            None
        } else {
            Some(0)
        };
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) -> Pick {
        let n = self.visible().len();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        if self.ticked.is_some() {
            match key.code {
                KeyCode::Char(' ') if !ctrl => {
                    self.tick();
                    return Pick::Open;
                }
                KeyCode::Enter => {
                    // A value narrowed to by typing is taken along.
                    if !self.query.text().trim().is_empty()
                        && let Some((v, _)) = self
                            .selected
                            .and_then(|i| self.visible().into_iter().nth(i))
                        && !self.is_ticked(&v)
                    {
                        self.tick();
                    }
                    return Pick::Many(self.ticked_in_order());
                }
                _ => {}
            }
        }
        match key.code {
            KeyCode::Char('u') if ctrl => {
                self.query.clear();
                self.refilter();
                return Pick::Open;
            }
            KeyCode::Char('w') if ctrl => {
                self.query.delete_word_back();
                self.refilter();
                return Pick::Open;
            }
            _ => {}
        }
        if let Some(c) = typed(&key) {
            self.type_char(c);
            return Pick::Open;
        }
        match key.code {
            KeyCode::Esc => return Pick::Cancel,
            KeyCode::Enter => {
                let chosen = self
                    .selected
                    .and_then(|i| self.visible().into_iter().nth(i));
                return match chosen {
                    Some((value, _)) => Pick::Chosen(value),
                    None => Pick::Open,
                };
            }
            KeyCode::Up | KeyCode::BackTab => {
                self.selected = match self.selected {
                    Some(i) => Some(i.saturating_sub(1)),
                    None => n.checked_sub(1),
                }
            }
            KeyCode::Down | KeyCode::Tab => {
                self.selected = match self.selected {
                    Some(i) => Some((i + 1).min(n.saturating_sub(1))),
                    None if n > 0 => Some(0),
                    None => None,
                }
            }
            KeyCode::Backspace => {
                self.query.backspace();
                self.refilter();
            }
            _ => {}
        }
        Pick::Open
    }
}

impl Picker {
    /// Space in a picker of several: ticks the highlighted value, or
    /// unticks it.
    fn tick(&mut self) {
        let Some((value, _)) = self
            .selected
            .and_then(|i| self.visible().into_iter().nth(i))
        else {
            return;
        };
        if let Some(t) = self.ticked.as_mut() {
            match t.iter().position(|v| *v == value) {
                Some(i) => {
                    t.remove(i);
                }
                None => t.push(value),
            }
        }
    }

    /// The ticked values in the order the list shows them (which is the
    /// order of the items they name).
    fn ticked_in_order(&self) -> Vec<String> {
        self.items
            .iter()
            .filter(|(v, _)| self.is_ticked(v))
            .map(|(v, _)| v.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::schema::schema;
    use crate::tui::form::rows::Seg;

    fn path() -> Path {
        vec![Seg::Key("recipient".into())]
    }

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    fn art6(current: Option<&str>) -> Picker {
        let vs: Vec<&Variant> = schema()
            .variants("Art6")
            .unwrap_or_default()
            .iter()
            .collect();
        Picker::variants(&vs, "Art6", "article6", path(), current, Lang::En)
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
        let mut p = Picker::references(&choices, "recipient", path(), None, Lang::En);
        for c in "skat".chars() {
            p.key(key(KeyCode::Char(c)));
        }
        assert_eq!(p.visible()[0].0, "skat");
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("skat".into()));
    }

    #[test]
    fn a_new_id_can_be_typed() {
        let mut p = Picker::references(&[], "recipient", path(), None, Lang::En);
        for c in "revisor".chars() {
            p.key(key(KeyCode::Char(c)));
        }
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("revisor".into()));
    }

    #[test]
    fn a_typed_new_id_wins_over_a_loose_match_but_not_over_a_close_one() {
        let choices = vec![
            ("inkassoadvokat".to_string(), "Inkassoadvokat".to_string()),
            ("skattestyrelsen".to_string(), "Skattestyrelsen".to_string()),
        ];
        let mut p = Picker::references(&choices, "recipient", path(), None, Lang::En);
        for c in "skat".chars() {
            p.key(key(KeyCode::Char(c)));
        }
        // "skat" is part of Skattestyrelsen: that one first, then the new id,
        // then Inkassoadvokat (s…k…a…t scattered through it).
        let ids: Vec<String> = p.visible().into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["skattestyrelsen", "skat", "inkassoadvokat"]);
        let mut q = Picker::references(&choices[..1], "recipient", path(), None, Lang::En);
        for c in "skat".chars() {
            q.key(key(KeyCode::Char(c)));
        }
        assert_eq!(q.key(key(KeyCode::Enter)), Pick::Chosen("skat".into()));
    }

    #[test]
    fn an_unset_choice_opens_on_nothing_and_enter_picks_nothing() {
        let mut p = art6(None);
        assert_eq!(p.selected, None);
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Open);
        // Moving highlights; then Enter picks what is highlighted.
        p.key(key(KeyCode::Down));
        assert_eq!(p.selected, Some(0));
        p.key(key(KeyCode::Down));
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("B".into()));
    }

    #[test]
    fn up_from_nothing_goes_to_the_last() {
        let mut p = art6(None);
        p.key(key(KeyCode::Up));
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("F".into()));
    }

    #[test]
    fn filtering_highlights_the_best_match_and_emptying_it_highlights_nothing_again() {
        let mut p = art6(None);
        p.key(key(KeyCode::Char('e')));
        assert_eq!(p.selected, Some(0));
        assert_eq!(p.visible()[0].0, "E");
        p.key(key(KeyCode::Backspace));
        assert_eq!(p.selected, None);
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Open);
        p.key(key(KeyCode::Char('x')));
        assert_eq!(p.selected, None, "nothing matches");
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Open);
    }

    #[test]
    fn a_set_choice_opens_on_its_value() {
        let mut p = art6(Some("C"));
        assert_eq!(p.selected, Some(2));
        assert_eq!(p.key(key(KeyCode::Enter)), Pick::Chosen("C".into()));
        let choices = vec![
            ("a".to_string(), "A".to_string()),
            ("b".to_string(), "B".to_string()),
        ];
        let p = Picker::references(&choices, "recipient", path(), Some("b"), Lang::En);
        assert_eq!(p.selected, Some(1));
    }

    #[test]
    fn space_and_danish_letters_go_into_the_filter_and_esc_cancels() {
        let mut p = Picker::references(&[], "recipient", path(), None, Lang::En);
        for c in "Løn og å".chars() {
            assert_eq!(p.key(key(KeyCode::Char(c))), Pick::Open);
        }
        assert_eq!(p.query.text(), "Løn og å");
        let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        p.key(ctrl_s);
        assert_eq!(p.query.text(), "Løn og å", "a shortcut is not typed");
        assert_eq!(p.key(key(KeyCode::Esc)), Pick::Cancel);
    }
}
