//! The interface following the repository: what it does with a report of
//! changes made outside it ([`super::watch::Changed`]).
//!
//! The report is compared with what was loaded: a change the interface
//! made itself (a save, an undo, a sync, `$EDITOR`), which it loads anyway,
//! is already loaded and is not loaded twice; a change from outside loads
//! the register again, every screen staying on its record by id.

use super::app::{App, Reload};
use super::records::{activity_file, organisation_file};
use super::watch::{Changed, Fingerprint};
use crate::register::load::{ActivityEntry, SourceFile, read_record};
use crate::register::model::{Activity, Organisation};

impl App {
    /// Takes a report of changes outside the interface: when the register
    /// on disk now differs from the one loaded, loads it again (the screens
    /// stay on their records by id; an open form is told). While a load is
    /// running the report waits for it, so a change the interface made
    /// itself, which it is loading anyway, is not loaded twice.
    pub fn outside_change(&mut self, change: Changed) {
        if change.is_empty() {
            return;
        }
        if self.loading || self.reload_requested {
            self.pending_change
                .get_or_insert_with(Changed::default)
                .merge(change);
            return;
        }
        if change.git || change.polled.is_some() {
            self.head = crate::register::git::head_info(&self.root);
            self.refresh_sync_status();
        }
        if self.differs_from_loaded(&change) {
            // The changed records show at once when they can be replaced
            // where they are; the whole register is loaded all the same
            // (findings, search), which takes a while on a large one.
            self.patch_in_place(&change);
            self.request_reload(Reload::Outside);
            // With no register loaded, the screen already says that ropa
            // watches the folder.
            if self.form.is_none() && self.loaded.is_some() {
                self.notice = Some(crate::register::lang::tr(self.lang, "tui-changed-outside"));
            }
        }
    }

    /// Replaces the records of the changed files in the loaded register,
    /// when each file is a record that was loaded and still parses (so
    /// every record keeps its place, and selections and search hits stay
    /// right). Otherwise changes nothing: the reload shows it.
    pub(super) fn patch_in_place(&mut self, change: &Changed) {
        /// At most this many files are read at once on the interface's
        /// thread.
        const MOST: usize = 50;
        if change.unknown || change.files.is_empty() || change.files.len() > MOST {
            return;
        }
        enum New {
            Act(usize, usize, ActivityEntry),
            Org(usize, Organisation, SourceFile),
        }
        let mut new = Vec::new();
        for p in &change.files {
            let abs = self.root.join(p);
            if let Some((org, _)) = activity_file(p) {
                let Some(oi) = self.org_index(org) else {
                    return;
                };
                let o = &self.organisations()[oi];
                let Some(ai) = o.activities.iter().position(|a| a.file.path == *p) else {
                    return;
                };
                let Ok((activity, file)) = read_record::<Activity>(&abs, p) else {
                    return;
                };
                new.push(New::Act(oi, ai, ActivityEntry { activity, file }));
            } else if let Some(org) = organisation_file(p) {
                let Some(oi) = self.org_index(org) else {
                    return;
                };
                let Ok((o, file)) = read_record::<Organisation>(&abs, p) else {
                    return;
                };
                new.push(New::Org(oi, o, file));
            } else {
                return;
            }
        }
        let Some(loaded) = self.loaded.as_mut() else {
            return;
        };
        let orgs = &mut loaded.register.organisations;
        for n in new {
            match n {
                New::Act(oi, ai, entry) => {
                    if let Some(a) = orgs.get_mut(oi).and_then(|o| o.activities.get_mut(ai)) {
                        *a = entry;
                    }
                }
                New::Org(oi, org, file) => {
                    if let Some(o) = orgs.get_mut(oi) {
                        o.org = org;
                        o.file = file;
                    }
                }
            }
        }
    }

    /// Whether the register on disk differs from the one loaded in what
    /// `change` reports.
    fn differs_from_loaded(&self, change: &Changed) -> bool {
        let Some(disk) = &self.disk else {
            return true;
        };
        if let Some(seen) = &change.polled {
            return seen != disk;
        }
        if change.unknown {
            return true;
        }
        if change.git && !Fingerprint::git(&self.root, None).same_git(disk) {
            return true;
        }
        change.files.iter().any(|p| {
            let now = std::fs::read(self.root.join(p)).ok();
            now.as_deref() != self.loaded_bytes(p)
        })
    }

    /// The text of the file at register path `p` as loaded (or, for a file
    /// that did not parse, as read then).
    pub(super) fn loaded_bytes(&self, p: &str) -> Option<&[u8]> {
        if let Some((org, act)) = activity_file(p)
            && let Some((_, a)) = self.activity(org, act)
            && a.file.path == p
        {
            return Some(a.file.text.as_bytes());
        }
        if let Some(org) = organisation_file(p)
            && let Some(o) = self.org(org)
            && o.file.path == p
        {
            return Some(o.file.text.as_bytes());
        }
        self.broken_text(p).map(str::as_bytes)
    }
}
