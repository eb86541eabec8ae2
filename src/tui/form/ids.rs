//! Ids that follow names: a new record's id, and a new list item's, is
//! derived from its name ([`slug_from_name`]) as the name is typed, until
//! the user types in the id.

use serde_json::Value;

use super::rows::{self, Seg};
use super::{Form, RecordKind};
use crate::register::slug::slug_from_name;

impl Form {
    /// Derives the id of the record (`parent` empty) or list item at
    /// `parent` from its name, if that id still follows the name: a new
    /// record's until the user types in its id, a list item's added in this
    /// form likewise. Ids already taken get `-2`, `-3`, ...
    pub(super) fn follow_name(&mut self, parent: &[Seg]) {
        let name = rows::get(&self.value, parent)
            .and_then(|v| v.get("name"))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let slug = slug_from_name(name);
        let id = if parent.is_empty() {
            if !self.is_new || self.id_edited {
                return;
            }
            // A name with nothing to keep leaves the id the form opened
            // with, so the record always has one.
            let base = if slug.is_empty() {
                self.original
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            } else {
                slug
            };
            let taken: Vec<&str> = match self.kind {
                RecordKind::Activity => self.refs.activities.iter().map(String::as_str).collect(),
                RecordKind::Organisation => self
                    .refs
                    .organisations
                    .iter()
                    .map(|(id, _)| id.as_str())
                    .collect(),
            };
            unique(base, &taken)
        } else {
            if !self.following.iter().any(|p| p == parent) {
                return;
            }
            let Some((Seg::Index(me), list)) = parent.split_last() else {
                return;
            };
            let siblings: Vec<&str> = rows::get(&self.value, list)
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i != me)
                        .filter_map(|(_, v)| v.get("id").and_then(Value::as_str))
                        .collect()
                })
                .unwrap_or_default();
            if slug.is_empty() {
                slug
            } else {
                unique(slug, &siblings)
            }
        };
        let mut p = parent.to_vec();
        p.push(Seg::Key("id".into()));
        rows::set(&mut self.value, &p, Value::String(id));
    }

    /// Keeps the paths of items whose id follows their name pointing at
    /// the same items after `by` items were inserted (1) or removed (-1)
    /// at `at` in `list`.
    pub(super) fn shift_following(&mut self, list: &[Seg], at: usize, by: isize) {
        let n = list.len();
        self.following.retain_mut(|p| {
            if p.len() <= n || !p.starts_with(list) {
                return true;
            }
            let Seg::Index(i) = p[n] else {
                return true;
            };
            if by < 0 && i == at {
                return false;
            }
            if i >= at {
                p[n] = Seg::Index(i.saturating_add_signed(by));
            }
            true
        });
    }
}

/// `base`, or `base-2`, `base-3`, ... whichever is not in `taken`.
pub(super) fn unique(base: String, taken: &[&str]) -> String {
    if !taken.contains(&base.as_str()) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::tui::form::test_support::{activity_form as form, key};

    #[test]
    fn unique_ids_count_up_from_two() {
        assert_eq!(unique("loen".into(), &[]), "loen");
        assert_eq!(unique("loen".into(), &["loen"]), "loen-2");
        assert_eq!(unique("loen".into(), &["loen", "loen-2"]), "loen-3");
    }

    #[test]
    fn following_items_keep_their_place_as_the_list_changes() {
        let mut f = form();
        let list = vec![key("data_subjects")];
        let item = |i| vec![key("data_subjects"), Seg::Index(i)];
        f.following = vec![item(0), item(2)];
        f.shift_following(&list, 1, 1);
        assert_eq!(f.following, [item(0), item(3)]);
        f.shift_following(&list, 0, -1);
        assert_eq!(f.following, [item(2)]);
        // Other lists are not touched.
        f.following.push(vec![key("purposes"), Seg::Index(0)]);
        f.shift_following(&list, 0, 1);
        assert_eq!(f.following, [item(3), vec![key("purposes"), Seg::Index(0)]]);
    }
}
