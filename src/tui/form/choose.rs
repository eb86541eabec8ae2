//! Choosing from a picker: which rows pick rather than type, opening the
//! picker (on the current value, or on no option), and writing the choice
//! together with the choices it carries.

use ratatui::crossterm::event::KeyEvent;
use serde_json::Value;

use super::picker::{self, Picker};
use super::rows::{self, Kind, Row, Seg};
use super::{Form, Outcome, RecordKind, defaults};
use crate::register::schema::{Body, Container, Schema, Shape, Variant, schema};

impl Form {
    /// What a reference row (text, or a text not set yet) can point at.
    pub(super) fn reference_choices(&self, row: &Row) -> Option<Vec<(String, String)>> {
        match &row.kind {
            Kind::Text => {}
            Kind::Unset { shape } if *shape == Shape::Text => {}
            _ => return None,
        }
        self.references_at(&row.path)
    }

    /// What the reference at `path` can point at, as ids and names: the
    /// field's name and the list it is in decide. An activity's
    /// `recipient` and transfers' `recipients` name the organisation's
    /// recipients, its `systems` the organisation's systems; a basis's
    /// `purposes` name the activity's purposes; `categories` and a
    /// recipient's `data` its data categories; `subjects` its data
    /// subjects; any `organisation` the register's organisations.
    pub(super) fn references_at(&self, path: &[Seg]) -> Option<Vec<(String, String)>> {
        let keys: Vec<&str> = path
            .iter()
            .filter_map(|s| match s {
                Seg::Key(k) => Some(k.as_str()),
                Seg::Index(_) => None,
            })
            .collect();
        let (&last, before) = keys.split_last()?;
        let parent = before.last().copied();
        let own = |list: &str, name: &str| -> Vec<(String, String)> {
            self.value
                .get(list)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|it| {
                            let id = it.get("id")?.as_str()?.trim();
                            if id.is_empty() {
                                return None;
                            }
                            let shown: String = it
                                .get(name)
                                .and_then(Value::as_str)
                                .unwrap_or(id)
                                .chars()
                                .take(60)
                                .collect();
                            Some((id.to_string(), shown))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        match (self.kind, parent, last) {
            (RecordKind::Activity, Some("recipients"), "recipient")
            | (RecordKind::Activity, Some("transfers"), "recipients") => {
                Some(self.refs.recipients.clone())
            }
            (RecordKind::Activity, None, "systems") => Some(self.refs.systems.clone()),
            (RecordKind::Activity, Some("legal_bases"), "purposes") => {
                Some(own("purposes", "text"))
            }
            (RecordKind::Activity, Some("special_conditions" | "retention"), "categories")
            | (RecordKind::Activity, Some("recipients"), "data") => {
                Some(own("data_categories", "name"))
            }
            (RecordKind::Activity, Some("data_categories" | "retention"), "subjects") => {
                Some(own("data_subjects", "name"))
            }
            (_, _, "organisation") => Some(self.refs.organisations.clone()),
            _ => None,
        }
    }

    /// True when the list at `list` holds references (an activity's systems).
    pub(super) fn reference_list(&self, list: &[Seg]) -> bool {
        let text_items = self.rows.iter().any(|r| {
            r.path == list && matches!(&r.kind, Kind::List { item } if *item == Shape::Text)
        });
        text_items && self.references_at(list).is_some()
    }

    pub(super) fn list_label(&self, list: &[Seg]) -> String {
        self.rows
            .iter()
            .find(|r| r.path == list)
            .map(|r| r.label.clone())
            .unwrap_or_default()
    }

    /// Whether `row` is filled in from a picker (a choice or a reference),
    /// set or not.
    pub fn picks(&self, row: &Row) -> bool {
        match &row.kind {
            Kind::Choice { .. } => true,
            Kind::Unset {
                shape: Shape::Named(n),
            } => schema().variants(n).is_some(),
            _ => self.reference_choices(row).is_some(),
        }
    }

    /// Opens the picker of enum `name` for `path`: on `current` if set,
    /// else on no option; `c` typed into its filter.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn open_variants(
        &mut self,
        path: &[Seg],
        name: &str,
        label: &str,
        c: Option<char>,
        current: Option<String>,
        insert: bool,
        restore: Option<Value>,
    ) -> Outcome {
        let country = self.country_at(path);
        let vs = defaults::variants(schema(), name, country.as_deref());
        let mut p = Picker::variants(
            &vs,
            name,
            label,
            path.to_vec(),
            current.as_deref(),
            self.refs.lang,
        );
        p.insert = insert;
        self.show_picker(p, c, restore)
    }

    /// Opens the picker of the reference at `path`: on its id if set.
    pub(super) fn open_reference(
        &mut self,
        path: &[Seg],
        label: &str,
        c: Option<char>,
        insert: bool,
        restore: Option<Value>,
    ) -> Outcome {
        let Some(mut choices) = self.references_at(path) else {
            return Outcome::Stay;
        };
        let current = if insert {
            None
        } else {
            rows::get(&self.value, path)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        // An id that names nothing (yet) is still offered, so the picker
        // opens on the value the field holds.
        if let Some(c) = &current
            && !c.is_empty()
            && !choices.iter().any(|(id, _)| id == c)
        {
            choices.push((c.clone(), c.clone()));
        }
        let mut p = Picker::references(
            &choices,
            label,
            path.to_vec(),
            current.as_deref(),
            self.refs.lang,
        );
        p.insert = insert;
        self.show_picker(p, c, restore)
    }

    /// Opens the picker that ticks several references for the list at
    /// `list` (a basis's purposes, an activity's systems): those it holds
    /// are ticked, ids that name nothing defined included.
    pub(super) fn open_many(&mut self, list: &[Seg], label: &str, c: Option<char>) -> Outcome {
        let Some(mut choices) = self.references_at(list) else {
            return Outcome::Stay;
        };
        let held: Vec<String> = rows::get(&self.value, list)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        for id in &held {
            if !choices.iter().any(|(c, _)| c == id) {
                choices.push((id.clone(), id.clone()));
            }
        }
        let p = Picker::many(&choices, label, list.to_vec(), &held, self.refs.lang);
        self.show_picker(p, c, None)
    }

    pub(super) fn show_picker(
        &mut self,
        mut p: Picker,
        c: Option<char>,
        restore: Option<Value>,
    ) -> Outcome {
        if let Some(c) = c {
            p.type_char(c);
        }
        // Anything written on the way here (a new list item) is validated
        // once the choice is made; Esc puts the value back as it was.
        p.restore = restore;
        self.picker = Some(p);
        Outcome::Stay
    }

    pub(super) fn picker_key(&mut self, key: KeyEvent) -> Outcome {
        let Some(picker) = self.picker.as_mut() else {
            return Outcome::Stay;
        };
        match picker.key(key) {
            picker::Pick::Open => Outcome::Stay,
            picker::Pick::Cancel => {
                let Some(p) = self.picker.take() else {
                    return Outcome::Stay;
                };
                match p.restore {
                    Some(v) => {
                        self.value = v;
                        self.relayout();
                        self.focus_path(&p.path);
                        Outcome::Changed
                    }
                    None => Outcome::Stay,
                }
            }
            picker::Pick::Chosen(choice) => match self.picker.take() {
                Some(p) => self.apply_choice(p, choice),
                None => Outcome::Stay,
            },
            picker::Pick::Many(ids) => {
                let Some(p) = self.picker.take() else {
                    return Outcome::Stay;
                };
                let new = Value::Array(ids.into_iter().map(Value::String).collect());
                if rows::get(&self.value, &p.path) == Some(&new) {
                    return Outcome::Stay;
                }
                rows::set(&mut self.value, &p.path, new);
                self.relayout();
                self.focus_path(&p.path);
                Outcome::Changed
            }
        }
    }

    /// Writes the choice made in `p`, then asks the choices it carries (a
    /// `Special` category's kind, a `NationalId`'s scheme, a retention
    /// event), each on no option; cancelling any of them puts back the
    /// value from before the first.
    pub(super) fn apply_choice(&mut self, p: Picker, choice: String) -> Outcome {
        let before = self.value.clone();
        let mut asks: Vec<picker::Ask> = Vec::new();
        match &p.target {
            picker::Target::Reference => {
                let is_recipient = matches!(p.path.last(), Some(Seg::Key(k)) if k == "recipient");
                if is_recipient
                    && self.kind == RecordKind::Activity
                    && !self.refs.recipients.iter().any(|(id, _)| *id == choice)
                {
                    self.refs.recipients.push((choice.clone(), choice.clone()));
                    self.new_recipients.push(choice.clone());
                    self.message = Some(crate::register::lang::tr_args(
                        self.refs.lang,
                        "form-new-recipient",
                        &[("id", choice.as_str().into())],
                    ));
                }
                self.place(&p.path, p.insert, Value::String(choice));
            }
            picker::Target::Variant(enum_name) => {
                let s: &Schema = schema();
                let current = rows::get(&self.value, &p.path).map(rows::display);
                let same = !p.insert && current.as_deref() == Some(choice.as_str());
                if let Some(v) = s
                    .variants(enum_name)
                    .and_then(|vs| vs.iter().find(|v| v.name == choice))
                    && !same
                {
                    let country = self.country_at(&p.path);
                    let value = defaults::variant_value(s, v, country.as_deref());
                    self.place(&p.path, p.insert, value);
                    if v.body != Body::Unit {
                        let shape = self.shape();
                        rows::normalise(s, &mut self.value, &shape);
                    }
                    asks = inner_choices(s, &p.path, &p.label, v);
                }
            }
        }
        asks.extend(p.then);
        self.relayout();
        if !asks.is_empty() {
            let next = asks.remove(0);
            let country = self.country_at(&next.path);
            let vs = defaults::variants(schema(), &next.name, country.as_deref());
            let mut q = Picker::variants(
                &vs,
                &next.name,
                &next.label,
                next.path,
                None,
                self.refs.lang,
            );
            q.insert = next.insert;
            q.restore = Some(p.restore.clone().unwrap_or_else(|| before.clone()));
            q.then = asks;
            q.root = p.root.clone();
            self.picker = Some(q);
        }
        self.focus_path(&p.root);
        // A chosen variant that holds text (an org number, a retention
        // period, `Other`'s name) is typed into next.
        if self.picker.is_none()
            && self.value != before
            && matches!(p.target, picker::Target::Variant(_))
            && let Some(i) = self.text_row_in(&p.root)
        {
            self.set_focus(i);
        }
        // While a further choice is asked, the record is validated as it
        // was before: that is what Esc goes back to.
        if self.value == before || self.picker.is_some() {
            Outcome::Stay
        } else {
            Outcome::Changed
        }
    }

    /// Writes `value` at `path`, or inserts it there as a new list item.
    pub(super) fn place(&mut self, path: &[Seg], insert: bool, value: Value) {
        match (insert, path.split_last()) {
            (true, Some((Seg::Index(at), list))) => {
                if rows::get(&self.value, list).is_none_or(Value::is_null) {
                    rows::set(&mut self.value, list, Value::Array(Vec::new()));
                }
                if let Some(Value::Array(a)) = rows::get_mut(&mut self.value, list) {
                    let at = (*at).min(a.len());
                    a.insert(at, value);
                    self.shift_following(list, at, 1);
                }
            }
            _ => {
                rows::set(&mut self.value, path, value);
            }
        }
    }
}

/// The choices variant `v`, just chosen at `path`, carries and that must
/// be asked rather than filled in: its data when that is a choice (or a
/// list of choices, asked for one first item), and the required choice
/// fields of a struct variant.
pub(super) fn inner_choices(
    s: &Schema,
    path: &[Seg],
    label: &str,
    v: &Variant,
) -> Vec<picker::Ask> {
    let is_enum = |shape: &Shape| match shape {
        Shape::Named(n) => matches!(s.container(n), Some(Container::Enum(_))).then(|| n.clone()),
        _ => None,
    };
    let mut at = path.to_vec();
    at.push(Seg::Key(v.name.clone()));
    let label = format!("{label} › {}", v.name);
    match &v.body {
        Body::Newtype(Shape::List(inner)) => is_enum(inner)
            .map(|name| {
                let mut p = at.clone();
                p.push(Seg::Index(0));
                vec![picker::Ask {
                    label: label.clone(),
                    path: p,
                    name,
                    insert: true,
                }]
            })
            .unwrap_or_default(),
        Body::Newtype(shape) => is_enum(shape)
            .map(|name| {
                vec![picker::Ask {
                    label: label.clone(),
                    path: at.clone(),
                    name,
                    insert: false,
                }]
            })
            .unwrap_or_default(),
        Body::Struct(fields) => fields
            .iter()
            .filter_map(|f| {
                let name = is_enum(&f.shape)?;
                let mut p = at.clone();
                p.push(Seg::Key(f.name.clone()));
                Some(picker::Ask {
                    label: format!("{label} › {}", f.name),
                    path: p,
                    name,
                    insert: false,
                })
            })
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::test_support::key;

    #[test]
    fn inner_choices_of_variants() {
        let s = schema();
        let find = |e: &str, v: &str| {
            s.variants(e)
                .and_then(|vs| vs.iter().find(|x| x.name == v))
                .cloned()
                .expect("variant")
        };
        let at = vec![key("kind")];
        let special = inner_choices(s, &at, "kind", &find("DataKind", "Special"));
        assert_eq!(
            special,
            vec![picker::Ask {
                path: vec![key("kind"), key("Special"), Seg::Index(0)],
                name: "SpecialKind".into(),
                label: "kind › Special".into(),
                insert: true,
            }]
        );
        let id = inner_choices(s, &at, "kind", &find("DataKind", "NationalId"));
        assert_eq!(id.len(), 1);
        assert_eq!(id[0].name, "NationalIdScheme");
        assert!(!id[0].insert);
        let rule = inner_choices(s, &at, "rule", &find("Retention", "EventBased"));
        let names: Vec<&str> = rule.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["RetentionEvent", "Bound"]);
        // Text or nothing inside: nothing to ask.
        assert!(inner_choices(s, &at, "kind", &find("DataKind", "Ordinary")).is_empty());
        assert!(inner_choices(s, &at, "n", &find("OrgNumber", "Cvr")).is_empty());
        assert!(inner_choices(s, &at, "r", &find("Retention", "Indefinite")).is_empty());
    }
}
