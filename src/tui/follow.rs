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
use crate::register::change::Saved;
use crate::register::load::{ActivityEntry, SourceFile, read_record};
use crate::register::model::{Activity, Organisation};

impl App {
    /// Takes a report of changes outside the interface: when the register
    /// on disk now differs from the one loaded, loads it again (the screens
    /// stay on their records by id; an open form is told). While a load is
    /// running the report waits for it, so a change the interface made
    /// itself, which it is loading anyway, is not loaded twice; nor is
    /// one reported while a save or undo runs.
    pub fn outside_change(&mut self, change: Changed) {
        if change.is_empty() {
            return;
        }
        if self.loading || self.reload_requested || self.transaction.is_some() {
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
            let _ = self.patch_in_place(&change);
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
    /// right), and says where they are: per file, the organisation's place
    /// and the activity's (`None` for an organisation file). Otherwise
    /// changes nothing and answers `None`: the reload shows it.
    pub(super) fn patch_in_place(
        &mut self,
        change: &Changed,
    ) -> Option<Vec<(usize, Option<usize>)>> {
        /// At most this many files are read at once on the interface's
        /// thread.
        const MOST: usize = 50;
        if change.unknown || change.files.is_empty() || change.files.len() > MOST {
            return None;
        }
        enum New {
            Act(usize, usize, ActivityEntry),
            Org(usize, Organisation, SourceFile),
        }
        let mut new = Vec::new();
        for p in &change.files {
            let abs = self.root.join(p);
            if let Some((org, _)) = activity_file(p) {
                let oi = self.org_index(org)?;
                let o = &self.organisations()[oi];
                let ai = o.activities.iter().position(|a| a.file.path == *p)?;
                let (activity, file) = read_record::<Activity>(&abs, p).ok()?;
                new.push(New::Act(oi, ai, ActivityEntry { activity, file }));
            } else if let Some(org) = organisation_file(p) {
                let oi = self.org_index(org)?;
                let (o, file) = read_record::<Organisation>(&abs, p).ok()?;
                new.push(New::Org(oi, o, file));
            } else {
                return None;
            }
        }
        // The map's rows were made from the records replaced here.
        self.map.forget();
        // Not shared unless a save runs, while which no change is taken.
        let loaded = std::sync::Arc::make_mut(self.loaded.as_mut()?);
        let orgs = &mut loaded.register.organisations;
        let mut places = Vec::new();
        for n in new {
            match n {
                New::Act(oi, ai, entry) => {
                    if let Some(a) = orgs.get_mut(oi).and_then(|o| o.activities.get_mut(ai)) {
                        *a = entry;
                        places.push((oi, Some(ai)));
                    }
                }
                New::Org(oi, org, file) => {
                    if let Some(o) = orgs.get_mut(oi) {
                        o.org = org;
                        o.file = file;
                        places.push((oi, None));
                    }
                }
            }
        }
        // A new review date or interval moves the activity in or out of
        // the reviews due.
        self.refresh_due();
        Some(places)
    }

    /// Follows this interface's own change (a save, an undo). The records
    /// it wrote show at once wherever they replace loaded ones in place,
    /// and their findings are judged again ([`validate::revalidate`]).
    /// When that is the whole change (each file a record loaded before,
    /// none removed, no changes set aside, no load running nor its
    /// validation, whose report would put back the findings of the
    /// register before), the search index is told and what the disk now
    /// looks like is noted, and no load follows: at 100,000 activities a
    /// load takes seconds and holds a second copy of the register
    /// meanwhile. Otherwise the load running is outdated and a new one is
    /// asked for. Answers whether the change was taken from its files
    /// alone.
    ///
    /// [`validate::revalidate`]: crate::register::validate::revalidate
    pub(super) fn take_own_change(&mut self, saved: &Saved) -> bool {
        let places = self.patch_in_place(&Changed {
            files: saved.written.iter().cloned().collect(),
            ..Default::default()
        });
        let judged = self.judge_saved(&saved.written, &saved.removed);
        let alone = judged
            && saved.set_aside.is_none()
            && !(self.loading || self.validating || self.reload_requested);
        let Some(places) = places.filter(|_| alone) else {
            self.outdate_running_load();
            self.reload_requested = true;
            return false;
        };
        if let Some(disk) = self.disk.as_mut() {
            disk.after_own_change(&self.root, &saved.written, self.own_git.take());
        }
        for (oi, ai) in places {
            self.search_stale.mark(oi, ai);
        }
        // What set_loaded does for a new register, for the records that
        // changed: the problems view names its groups from them, and the
        // history screen shows the new commit.
        self.refresh_problems();
        self.refresh_history();
        true
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
