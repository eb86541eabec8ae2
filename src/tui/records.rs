//! The records on screen, named by id: the rows of the organisation and
//! activity lists (files that do not parse among them) and finding a record
//! again by its id after any reload.
//!
//! A record is named by the id its file gives it: an organisation by its
//! folder (`<id>/organisation.ron`), an activity by its organisation's id
//! and its file name (`<org>/activities/<id>.ron`). The register requires
//! these to equal the ids written inside the records (STR rules); the file
//! names are also unique where the written ids might not be (a copied
//! file), and a file that does not parse has no other name.

use std::collections::{BTreeMap, HashMap};

use super::app::{App, Screen};
use crate::register::load::{
    ACTIVITIES_DIR, ActivityEntry, LoadError, Loaded, ORGANISATION_FILE, OrgEntry,
};

/// Files that did not parse are shown with at most this much of their text.
const BROKEN_TEXT_MAX: u64 = 1024 * 1024;

/// One row of the organisations list.
#[derive(Debug, Clone, Copy)]
pub enum OrgRow<'a> {
    /// An organisation that loaded.
    Org(&'a OrgEntry),
    /// An `organisation.ron` that did not load.
    Broken(&'a LoadError),
    /// An organisation folder listed before the register is loaded (see
    /// [`crate::register::outline`]): its record is not read yet.
    Folder(&'a str),
}

impl<'a> OrgRow<'a> {
    /// The organisation's id (its folder).
    pub fn id(&self) -> &'a str {
        match self {
            OrgRow::Org(o) => org_id(o),
            OrgRow::Broken(e) => folder(&e.path),
            OrgRow::Folder(f) => f,
        }
    }
}

/// One row of an organisation's activity list.
#[derive(Debug, Clone, Copy)]
pub enum ActRow<'a> {
    /// An activity that loaded.
    Act(&'a ActivityEntry),
    /// An activity file that did not load.
    Broken(&'a LoadError),
}

impl<'a> ActRow<'a> {
    /// The activity's id (its file name without `.ron`).
    pub fn id(&self) -> &'a str {
        match self {
            ActRow::Act(a) => act_id(a),
            ActRow::Broken(e) => activity_file(&e.path).map_or("", |(_, s)| s),
        }
    }

    /// The register path of its file.
    pub fn path(&self) -> &'a str {
        match self {
            ActRow::Act(a) => &a.file.path,
            ActRow::Broken(e) => &e.path,
        }
    }
}

/// Where each record is in the loaded register, by id, so that screens
/// naming a record find it without scanning the register on every frame.
/// Built on each load; a lookup checks the position it gives and falls back
/// to a scan when the index is out of date.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Organisation id → position in the register.
    orgs: HashMap<String, usize>,
    /// Per organisation position: activity id → position.
    acts: Vec<HashMap<String, usize>>,
    /// Register path → text, of the files that did not parse.
    pub broken_text: BTreeMap<String, String>,
    /// The rows of the organisations list, in order.
    org_rows: Vec<Slot>,
    /// Organisation folder → the activity files of it that did not load
    /// (positions in the load's errors), by path.
    broken_acts: HashMap<String, Vec<usize>>,
    /// How many organisations and load errors the indexed register had: an
    /// index of another register is not used for rows.
    built_for: (usize, usize),
}

/// A row of the organisations list, by position in the loaded register.
#[derive(Debug, Clone, Copy)]
enum Slot {
    /// `organisations[i]`.
    Org(usize),
    /// `errors[i]`, an `organisation.ron` that did not load.
    Broken(usize),
}

impl Index {
    /// Indexes `loaded`; reads the text of the files that did not parse
    /// (to show around their error) from the register at `loaded`'s root.
    pub fn build(loaded: &Loaded) -> Index {
        let orgs = &loaded.register.organisations;
        let mut broken_text = BTreeMap::new();
        for e in &loaded.errors {
            if broken_text.contains_key(&e.path) {
                continue;
            }
            let p = loaded.register.root.join(&e.path);
            let regular = std::fs::symlink_metadata(&p)
                .is_ok_and(|m| m.is_file() && m.len() <= BROKEN_TEXT_MAX);
            if regular && let Ok(bytes) = std::fs::read(&p) {
                broken_text.insert(e.path.clone(), String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        // The rows as `App::org_rows_scanned` makes them, by position.
        let org_at: HashMap<&str, usize> = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| (org_id(o), i))
            .collect();
        let mut broken: Vec<usize> = (0..loaded.errors.len())
            .filter(|&i| {
                organisation_file(&loaded.errors[i].path).is_some_and(|f| !org_at.contains_key(f))
            })
            .collect();
        broken.sort_by(|&a, &b| folder(&loaded.errors[a].path).cmp(folder(&loaded.errors[b].path)));
        broken.dedup_by(|a, b| loaded.errors[*a].path == loaded.errors[*b].path);
        let org_rows = merge(
            (0..orgs.len()).map(Slot::Org),
            broken.into_iter().map(Slot::Broken),
            |s| match *s {
                Slot::Org(i) => org_id(&orgs[i]),
                Slot::Broken(i) => folder(&loaded.errors[i].path),
            },
        );
        let mut broken_acts: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, e) in loaded.errors.iter().enumerate() {
            if let Some((org, _)) = activity_file(&e.path) {
                broken_acts.entry(org.to_string()).or_default().push(i);
            }
        }
        for v in broken_acts.values_mut() {
            v.sort_by(|&a, &b| loaded.errors[a].path.cmp(&loaded.errors[b].path));
            v.dedup_by(|a, b| loaded.errors[*a].path == loaded.errors[*b].path);
        }
        Index {
            org_rows,
            broken_acts,
            built_for: (orgs.len(), loaded.errors.len()),
            orgs: orgs
                .iter()
                .enumerate()
                .map(|(i, o)| (org_id(o).to_string(), i))
                .collect(),
            acts: orgs
                .iter()
                .map(|o| {
                    o.activities
                        .iter()
                        .enumerate()
                        .map(|(i, a)| (act_id(a).to_string(), i))
                        .collect()
                })
                .collect(),
            broken_text,
        }
    }
}

impl Index {
    /// Indexes again the activities of the organisation at `oi`, after
    /// activities were added to it or removed from it in place.
    pub fn reindex_activities(&mut self, oi: usize, org: &OrgEntry) {
        if let Some(acts) = self.acts.get_mut(oi) {
            *acts = org
                .activities
                .iter()
                .enumerate()
                .map(|(i, a)| (act_id(a).to_string(), i))
                .collect();
        }
    }

    /// The position in `orgs` (the register indexed) of the organisation
    /// with id `org`.
    pub fn org_position(&self, orgs: &[OrgEntry], org: &str) -> Option<usize> {
        match self.orgs.get(org) {
            Some(&i) if orgs.get(i).is_some_and(|o| org_id(o) == org) => Some(i),
            _ => orgs.iter().position(|o| org_id(o) == org),
        }
    }
}

/// An organisation's id: its folder.
pub fn org_id(o: &OrgEntry) -> &str {
    folder(&o.file.path)
}

/// An activity's id: its file name without `.ron`.
pub fn act_id(a: &ActivityEntry) -> &str {
    activity_file(&a.file.path).map_or(a.activity.id.as_str(), |(_, s)| s)
}

/// The first component of a register path (`da` of `da/activities/x.ron`).
pub fn folder(path: &str) -> &str {
    path.split_once('/').map_or(path, |(f, _)| f)
}

/// The organisation folder and activity id of `<org>/activities/<id>.ron`.
pub fn activity_file(path: &str) -> Option<(&str, &str)> {
    let (org, rest) = path.split_once('/')?;
    let name = rest.strip_prefix(ACTIVITIES_DIR)?.strip_prefix('/')?;
    let stem = name.strip_suffix(".ron")?;
    (!stem.is_empty() && !stem.contains('/')).then_some((org, stem))
}

/// The organisation folder of `<org>/organisation.ron`.
pub fn organisation_file(path: &str) -> Option<&str> {
    let (org, rest) = path.split_once('/')?;
    (rest == ORGANISATION_FILE).then_some(org)
}

impl App {
    /// The rows of the organisations list: the organisations that loaded
    /// and the `organisation.ron` files that did not, in folder order
    /// (before the register is loaded: its folders).
    pub fn org_rows(&self) -> Vec<OrgRow<'_>> {
        (0..self.org_row_count())
            .filter_map(|i| self.org_row_at(i))
            .collect()
    }

    /// How many rows the organisations list has.
    pub fn org_row_count(&self) -> usize {
        match &self.loaded {
            None => self.outline.len(),
            Some(l) if self.index_fits(l) => self.index.org_rows.len(),
            Some(_) => self.org_rows_scanned().len(),
        }
    }

    /// Row `i` of the organisations list (a lookup in the index built when
    /// the register was loaded).
    pub fn org_row_at(&self, i: usize) -> Option<OrgRow<'_>> {
        match &self.loaded {
            None => self.outline.get(i).map(|f| OrgRow::Folder(f)),
            Some(l) if self.index_fits(l) => match *self.index.org_rows.get(i)? {
                Slot::Org(o) => l.register.organisations.get(o).map(OrgRow::Org),
                Slot::Broken(e) => l.errors.get(e).map(OrgRow::Broken),
            },
            Some(_) => self.org_rows_scanned().get(i).copied(),
        }
    }

    /// True when the index was built from a register like `l` (see
    /// [`Index::built_for`]).
    fn index_fits(&self, l: &Loaded) -> bool {
        self.index.built_for == (l.register.organisations.len(), l.errors.len())
    }

    /// The organisations list's rows made from the register, for a
    /// register the index was not built from.
    fn org_rows_scanned(&self) -> Vec<OrgRow<'_>> {
        let orgs = self.organisations();
        let mut broken: Vec<&LoadError> = self
            .load_errors()
            .iter()
            .filter(|e| organisation_file(&e.path).is_some_and(|f| self.org_index(f).is_none()))
            .collect();
        broken.sort_by(|a, b| folder(&a.path).cmp(folder(&b.path)));
        broken.dedup_by(|a, b| a.path == b.path);
        merge(
            orgs.iter().map(OrgRow::Org),
            broken.into_iter().map(OrgRow::Broken),
            |r| r.id(),
        )
    }

    /// The rows of organisation `o`'s activity list: the activities that
    /// loaded and the activity files that did not, in file-name order.
    pub fn act_rows<'a>(&'a self, o: &'a OrgEntry) -> Vec<ActRow<'a>> {
        let id = org_id(o);
        let broken: Vec<&LoadError> = match &self.loaded {
            Some(l) if self.index_fits(l) => self
                .index
                .broken_acts
                .get(id)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter_map(|&i| l.errors.get(i))
                .collect(),
            _ => {
                let mut broken: Vec<&LoadError> = self
                    .load_errors()
                    .iter()
                    .filter(|e| activity_file(&e.path).is_some_and(|(f, _)| f == id))
                    .collect();
                broken.sort_by(|a, b| a.path.cmp(&b.path));
                broken.dedup_by(|a, b| a.path == b.path);
                broken
            }
        };
        merge(
            o.activities.iter().map(ActRow::Act),
            broken.into_iter().map(ActRow::Broken),
            // The loader lists activities by file name (`a-b.ron` before `a.ron`).
            |r| r.path().rsplit('/').next().unwrap_or_default(),
        )
    }

    /// Files of the register that did not load.
    pub fn load_errors(&self) -> &[LoadError] {
        self.loaded.as_ref().map_or(&[][..], |l| &l.errors[..])
    }

    /// The position in the register of the organisation with id `org`.
    pub fn org_index(&self, org: &str) -> Option<usize> {
        self.index.org_position(self.organisations(), org)
    }

    /// The organisation with id `org`, if it loaded.
    pub fn org(&self, org: &str) -> Option<&OrgEntry> {
        self.org_index(org).map(|i| &self.organisations()[i])
    }

    /// The organisation whose record names itself `id`, as a list to look
    /// names up in: found by its folder (an index lookup), every
    /// organisation when the folder and the written id differ.
    pub fn orgs_named(&self, id: &str) -> Vec<&crate::register::model::Organisation> {
        match self.org(id) {
            Some(o) if o.org.id == id => vec![&o.org],
            _ => self.organisations().iter().map(|o| &o.org).collect(),
        }
    }

    /// The organisation with id `org` as a row: loaded, or its file that
    /// did not load.
    pub fn org_row(&self, org: &str) -> Option<OrgRow<'_>> {
        if let Some(o) = self.org(org) {
            return Some(OrgRow::Org(o));
        }
        if self.loaded.is_none() {
            return self
                .outline
                .iter()
                .find(|f| *f == org)
                .map(|f| OrgRow::Folder(f));
        }
        self.load_errors()
            .iter()
            .find(|e| organisation_file(&e.path) == Some(org))
            .map(OrgRow::Broken)
    }

    /// Activity `act` of organisation `org`, if both loaded.
    pub fn activity(&self, org: &str, act: &str) -> Option<(&OrgEntry, &ActivityEntry)> {
        let oi = self.org_index(org)?;
        let o = &self.organisations()[oi];
        let hint = self.index.acts.get(oi).and_then(|m| m.get(act)).copied();
        let a = match hint.and_then(|i| o.activities.get(i)) {
            Some(a) if act_id(a) == act => a,
            _ => o.activities.iter().find(|a| act_id(a) == act)?,
        };
        Some((o, a))
    }

    /// Activity `act` of organisation `org` as a row: loaded, or its file
    /// that did not load. The organisation must have loaded.
    pub fn act_row(&self, org: &str, act: &str) -> Option<(&OrgEntry, ActRow<'_>)> {
        if let Some((o, a)) = self.activity(org, act) {
            return Some((o, ActRow::Act(a)));
        }
        let o = self.org(org)?;
        self.load_errors()
            .iter()
            .find(|e| activity_file(&e.path) == Some((org, act)))
            .map(|e| (o, ActRow::Broken(e)))
    }

    /// The ids of the record in the file at register path `path`: the
    /// organisation, and the activity for an activity file.
    pub fn record_at(&self, path: &str) -> Option<(String, Option<String>)> {
        if let Some((org, act)) = activity_file(path) {
            return self
                .act_row(org, act)
                .map(|_| (org.to_string(), Some(act.to_string())));
        }
        let org = organisation_file(path)?;
        self.org_row(org).map(|_| (org.to_string(), None))
    }

    /// The file of the record the current screen points at and the line
    /// to open it at: the selected field's, or where a file that does not
    /// parse goes wrong.
    pub fn selected_file(&self) -> Option<(String, usize)> {
        let broken = |e: &LoadError| Some((e.path.clone(), e.pos.line.max(1)));
        match self.screen() {
            Screen::Organisations => match self.org_row_at(self.selection())? {
                OrgRow::Org(o) => Some((o.file.path.clone(), 1)),
                OrgRow::Broken(e) => broken(e),
                OrgRow::Folder(f) => Some((format!("{f}/{ORGANISATION_FILE}"), 1)),
            },
            Screen::Activities { org } if self.org(&org).is_none() => match self.org_row(&org)? {
                OrgRow::Broken(e) => broken(e),
                OrgRow::Org(_) | OrgRow::Folder(_) => None,
            },
            _ => {
                let (org, act) = self.selected_activity()?;
                match self.act_row(&org, &act)?.1 {
                    ActRow::Act(a) => {
                        let line = self
                            .focus_field
                            .as_deref()
                            .map_or(1, |f| a.file.spans().find(f).line);
                        Some((a.file.path.clone(), line))
                    }
                    ActRow::Broken(e) => broken(e),
                }
            }
        }
    }

    /// The text of a file that did not parse, as read at the last load.
    pub fn broken_text(&self, path: &str) -> Option<&str> {
        self.index.broken_text.get(path).map(String::as_str)
    }
}

/// Merges two lists that are each in order of `key` into one.
fn merge<T, K: Ord>(
    a: impl Iterator<Item = T>,
    b: impl Iterator<Item = T>,
    key: impl Fn(&T) -> K,
) -> Vec<T> {
    let mut out = Vec::new();
    let mut b = b.peekable();
    for x in a {
        while let Some(y) = b.next_if(|y| key(y) < key(&x)) {
            out.push(y);
        }
        out.push(x);
    }
    out.extend(b);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_records() {
        assert_eq!(
            activity_file("da/activities/da-x.ron"),
            Some(("da", "da-x"))
        );
        assert_eq!(activity_file("da/activities/sub/x.ron"), None);
        assert_eq!(activity_file("da/activities/x.txt"), None);
        assert_eq!(activity_file("da/organisation.ron"), None);
        assert_eq!(organisation_file("da/organisation.ron"), Some("da"));
        assert_eq!(organisation_file("da/activities/x.ron"), None);
        assert_eq!(folder("da/organisation.ron"), "da");
    }

    #[test]
    fn merge_keeps_both_orders() {
        let got = merge([1, 4, 6].into_iter(), [0, 5, 9].into_iter(), |x| *x);
        assert_eq!(got, [0, 1, 4, 5, 6, 9]);
    }
}
