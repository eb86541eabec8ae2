//! The interface following the repository: what it does with a report of
//! changes made outside it ([`super::watch::Changed`]).
//!
//! What the disk holds for the report is read off the input thread (the
//! event loop's follow worker runs [`Seen::look`]: HEAD and the index,
//! the files named, the record files a moved HEAD changed, each parsed),
//! and the answer is compared with what was loaded. A change the
//! interface made itself (a save, an undo, a sync, `$EDITOR`), which it
//! loads anyway, is already loaded and is not loaded twice. A change from
//! outside to activities of loaded organisations, each parsing, is taken
//! from those files alone: they replace the loaded records in place (a new
//! activity of a loaded organisation is added in its place, a removed one
//! taken out), their findings are judged again
//! ([`validate::rejudge`]) and the search index is told; so is an
//! organisation file that keeps its id (its activities judged again with
//! it). Anything else (a file that does not parse or did not, an
//! organisation that came or went, a folder, more than [`MOST`] files)
//! loads the whole register again. Either way every screen stays on its
//! record by id.
//!
//! [`validate::rejudge`]: crate::register::validate::rejudge

use std::collections::{BTreeMap, BTreeSet};

use super::app::{App, Reload};
use super::records::{activity_file, organisation_file};
use super::watch::{Changed, Look, Record, Seen};
use super::workers::Asked;
use crate::register::change::Saved;
use crate::register::load::{ActivityEntry, SourceFile, read_record};
use crate::register::model::{Activity, Organisation};

/// At most this many changed files are taken from their files alone; a
/// larger change loads the whole register (on the loader's thread, while
/// taking them one by one would judge them on the input thread).
pub const MOST: usize = 200;

/// At most this many activities are judged again on the input thread for
/// a change taken alone: an organisation file that changed has all its
/// activities judged again (about 10 µs each), and a larger organisation
/// loads the whole register on the loader's thread instead.
pub const JUDGED_HERE: usize = 1_000;

/// The interface's questions to the follow worker, and how outside changes
/// were taken.
#[derive(Debug, Default)]
pub struct Following {
    /// Changes reported and not answered yet: each request carries them
    /// all, so only the newest answer counts.
    unanswered: Option<Changed>,
    /// The request asked last.
    asked: Asked,
    /// A request for the event loop to send to the follow worker.
    pub request: Option<(u64, Look)>,
    /// Saves and undos finished so far: an answer read while one ran may
    /// hold its half-written files, and is read again.
    pub(super) own_changes: u64,
    /// `own_changes` when the request was asked.
    own_changes_asked: u64,
    /// The next answer follows a sync, which says what it did itself:
    /// no notice of a change outside.
    quiet: bool,
    /// Outside changes taken from their files alone.
    pub taken_alone: u64,
    /// Outside changes that loaded the whole register.
    pub whole_loads: u64,
}

impl Following {
    /// Whether a request waits to be sent or answered.
    pub fn pending(&self) -> bool {
        self.request.is_some() || self.asked.pending
    }
}

impl App {
    /// Takes a report of changes outside the interface: asks the follow
    /// worker what the disk now holds (or, with no workers, reads it here)
    /// and takes the answer ([`App::outside_seen`]). While a load, a save
    /// or an undo runs the report waits for it, so a change the interface
    /// made itself, which it is loading anyway, is not loaded twice.
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
            // HEAD itself is read with the files (`Seen::look`).
            self.refresh_sync_status();
        }
        if !self.workers {
            let seen = Seen::look(
                &self.root,
                Look {
                    change,
                    before: self.disk.clone(),
                },
            );
            self.take_seen(seen);
            return;
        }
        let f = &mut self.follow;
        let all = f.unanswered.get_or_insert_with(Changed::default);
        all.merge(change);
        let look = Look {
            change: all.clone(),
            before: self.disk.clone(),
        };
        let seq = f.asked.ask();
        f.own_changes_asked = f.own_changes;
        f.request = Some((seq, look));
    }

    /// Follows a sync that ended: what it brought in is taken as a change
    /// from outside (from the changed files alone when it can be), the
    /// sync's own notice staying.
    pub(super) fn follow_sync(&mut self) {
        self.follow.quiet = true;
        self.outside_change(Changed {
            git: true,
            ..Changed::default()
        });
    }

    /// Takes the follow worker's answer to request `seq` (an answer to an
    /// older request is dropped: a newer one asks about its changes too).
    /// Answers whether it was taken.
    pub fn outside_seen(&mut self, seq: u64, seen: Seen) -> bool {
        if !self.follow.asked.answers(seq) {
            return false;
        }
        self.follow.unanswered = None;
        if self.follow.own_changes != self.follow.own_changes_asked {
            // A save or undo ran while the files were read: read again.
            self.outside_change(seen.change);
            return true;
        }
        self.take_seen(seen);
        true
    }

    /// Takes what the disk holds for a report: nothing when it is what was
    /// loaded; the changed activities alone when they can be; else the
    /// whole register is loaded again.
    fn take_seen(&mut self, seen: Seen) {
        if self.loading || self.reload_requested || self.transaction.is_some() {
            self.pending_change
                .get_or_insert_with(Changed::default)
                .merge(seen.change);
            return;
        }
        let quiet = std::mem::take(&mut self.follow.quiet);
        if let Some(head) = seen.now.head_info() {
            self.head = Some(head);
        }
        if seen.whole || self.disk.is_none() {
            self.load_whole(&seen, &[], quiet);
            return;
        }
        let changed = self.differs_from_loaded(&seen);
        if changed.is_empty() {
            // HEAD or the index moved (a commit, a fetch) with the
            // register as loaded: nothing to load.
            self.disk = Some(seen.now);
            return;
        }
        if !self.take_alone(&seen, &changed, quiet) {
            self.load_whole(&seen, &changed, quiet);
        }
    }

    /// Loads the whole register again; the changed records show at once
    /// where they can replace loaded ones in place.
    fn load_whole(&mut self, seen: &Seen, changed: &[String], quiet: bool) {
        if !changed.is_empty() {
            let _ = self.patch_with(changed, &seen.records, &|p: &str| seen.gone(p));
        }
        self.follow.whole_loads += 1;
        if quiet {
            self.reload_requested = true;
            return;
        }
        self.request_reload(Reload::Outside);
        // With no register loaded, the screen already says that ropa
        // watches the folder.
        if self.form.is_none() && self.loaded.is_some() {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-changed-outside"));
        }
    }

    /// Takes the change from the files `changed` alone, when each is an
    /// activity of a loaded organisation that parses (keeping its id when
    /// it was loaded) or is gone, or the file of a loaded organisation that
    /// parses and keeps its id ([`App::patch_with`]); the loaded
    /// register's findings are all in (no load or validation running);
    /// and there are at most [`MOST`], with at most [`JUDGED_HERE`]
    /// activities to judge again. Answers whether it did.
    fn take_alone(&mut self, seen: &Seen, changed: &[String], quiet: bool) -> bool {
        let judged: usize = changed
            .iter()
            .map(|p| match organisation_file(p) {
                Some(org) => self.org(org).map_or(0, |o| o.activities.len()),
                None => 1,
            })
            .sum();
        if changed.len() > MOST
            || judged > JUDGED_HERE
            || self.validating
            || self.report().is_none()
            || changed
                .iter()
                .any(|p| activity_file(p).is_none() && organisation_file(p).is_none())
        {
            return false;
        }
        let Some(places) = self.patch_with(changed, &seen.records, &|p: &str| seen.gone(p)) else {
            return false;
        };
        self.rejudge_files(changed);
        self.disk = Some(seen.now.clone());
        for (oi, ai) in places {
            self.search_stale.mark(oi, ai);
        }
        // What set_loaded does for a new register, for the records that
        // changed (rejudge_files regrouped their findings and made the
        // gaps anew).
        self.refresh_history();
        if !quiet {
            self.tell_outside_change();
        }
        if self.form.is_some() {
            self.check_form();
        }
        self.follow.taken_alone += 1;
        true
    }

    /// Takes the records of the changed files into the loaded register,
    /// read from disk here ([`App::patch_with`]); a file not there is
    /// gone.
    pub(super) fn patch_in_place(
        &mut self,
        change: &Changed,
    ) -> Option<Vec<(usize, Option<usize>)>> {
        /// At most this many files are read at once on the interface's
        /// thread.
        const READ_HERE: usize = 50;
        if change.unknown || change.files.is_empty() || change.files.len() > READ_HERE {
            return None;
        }
        let mut records = BTreeMap::new();
        let mut gone = BTreeSet::new();
        for p in &change.files {
            let abs = self.root.join(p);
            if std::fs::symlink_metadata(&abs).is_err() {
                gone.insert(p.clone());
                continue;
            }
            let record = if activity_file(p).is_some() {
                let (activity, file) = read_record::<Activity>(&abs, p).ok()?;
                Record::Activity(Box::new(ActivityEntry { activity, file }))
            } else if organisation_file(p).is_some() {
                let (o, file) = read_record::<Organisation>(&abs, p).ok()?;
                Record::Organisation(Box::new(o), file)
            } else {
                return None;
            };
            records.insert(p.clone(), record);
        }
        let paths: Vec<String> = change.files.iter().cloned().collect();
        self.patch_with(&paths, &records, &|p: &str| gone.contains(p))
    }

    /// Takes the files `paths` into the loaded register, each as
    /// `records` has it (read and parsed) or gone (`gone` says which):
    /// an activity that was loaded and keeps its id is replaced in place,
    /// one new to a loaded organisation is added in its place in file
    /// order, one gone is removed; an organisation file that was loaded
    /// and keeps its id is replaced. Says where they are: per file, the
    /// organisation's place and the activity's (`None` for an
    /// organisation file, or for an organisation whose activities moved:
    /// all of them are to be indexed again). When any file is something
    /// else (a file that does not parse, or did not, a new or removed
    /// organisation), changes nothing and answers `None`: a load shows it.
    /// The screens stay on their records by id.
    fn patch_with(
        &mut self,
        paths: &[String],
        records: &BTreeMap<String, Record>,
        gone: &dyn Fn(&str) -> bool,
    ) -> Option<Vec<(usize, Option<usize>)>> {
        if paths.is_empty() {
            return None;
        }
        enum Patch {
            Replace(usize, usize, ActivityEntry),
            Add(usize, ActivityEntry),
            Remove(usize, String),
            Org(usize, Organisation, SourceFile),
        }
        let mut patches = Vec::new();
        for p in paths {
            if self.load_errors().iter().any(|e| e.path == *p) {
                // The loader's problems with it (it did not parse, was a
                // link or a folder) are the load's to redo.
                return None;
            }
            match records.get(p) {
                Some(Record::Activity(entry)) => {
                    let (org, _) = activity_file(p)?;
                    let oi = self.org_index(org)?;
                    let o = &self.organisations()[oi];
                    match o.activities.iter().position(|a| a.file.path == *p) {
                        Some(ai) if o.activities[ai].activity.id == entry.activity.id => {
                            patches.push(Patch::Replace(oi, ai, (**entry).clone()));
                        }
                        Some(_) => return None,
                        None => patches.push(Patch::Add(oi, (**entry).clone())),
                    }
                }
                Some(Record::Organisation(org, file)) => {
                    let oi = self.org_index(organisation_file(p)?)?;
                    if self.organisations()[oi].org.id != org.id {
                        return None;
                    }
                    patches.push(Patch::Org(oi, (**org).clone(), file.clone()));
                }
                None if gone(p) => {
                    let (org, _) = activity_file(p)?;
                    let oi = self.org_index(org)?;
                    self.organisations()[oi]
                        .activities
                        .iter()
                        .any(|a| a.file.path == *p)
                        .then_some(())?;
                    patches.push(Patch::Remove(oi, p.clone()));
                }
                None => return None,
            }
        }
        let keep = self.selection_ids();
        // Their reviews due as they were, to be replaced in the list.
        let due_before = self.due_of(paths);
        // The map's rows were made from the records replaced here.
        self.map.forget();
        // Not shared unless a save runs, while which no change is taken.
        let loaded = std::sync::Arc::make_mut(self.loaded.as_mut()?);
        let orgs = &mut loaded.register.organisations;
        let mut places = Vec::new();
        let mut moved = BTreeSet::new();
        for patch in patches {
            match patch {
                Patch::Replace(oi, ai, entry) => {
                    if let Some(a) = orgs.get_mut(oi).and_then(|o| o.activities.get_mut(ai)) {
                        *a = entry;
                        places.push((oi, Some(ai)));
                    }
                }
                Patch::Add(oi, entry) => {
                    if let Some(o) = orgs.get_mut(oi) {
                        // The loader's order: by file name.
                        let at = o
                            .activities
                            .partition_point(|a| a.file.path < entry.file.path);
                        o.activities.insert(at, entry);
                        moved.insert(oi);
                    }
                }
                Patch::Remove(oi, path) => {
                    if let Some(o) = orgs.get_mut(oi) {
                        o.activities.retain(|a| a.file.path != path);
                        moved.insert(oi);
                    }
                }
                Patch::Org(oi, org, file) => {
                    if let Some(o) = orgs.get_mut(oi) {
                        o.org = org;
                        o.file = file;
                        places.push((oi, None));
                    }
                }
            }
        }
        for &oi in &moved {
            if let Some(o) = orgs.get(oi) {
                self.index.reindex_activities(oi, o);
            }
            places.push((oi, None));
        }
        if !moved.is_empty() {
            self.reselect(&keep);
        }
        // A new review date or interval moves the activity in or out of
        // the reviews due.
        self.refresh_due_for(paths, due_before);
        Some(places)
    }

    /// Follows this interface's own change (a save, an undo). The records
    /// it wrote or removed are taken into the loaded register at once
    /// wherever they can be ([`App::patch_with`]: an activity replaced,
    /// added or removed, an organisation file replaced), and their
    /// findings are judged again ([`validate::rejudge`]). When that is
    /// the whole change (no changes set aside, no load running nor its
    /// validation, whose report would put back the findings of the
    /// register before), the search index is told and what the disk now
    /// looks like is noted, and no load follows: at 100,000 activities a
    /// load takes seconds and holds a second copy of the register
    /// meanwhile. Otherwise the load running is outdated and a new one is
    /// asked for. Answers whether the change was taken from its files
    /// alone.
    ///
    /// [`validate::rejudge`]: crate::register::validate::rejudge
    pub(super) fn take_own_change(&mut self, saved: &Saved) -> bool {
        let places = self.patch_in_place(&Changed {
            files: saved
                .written
                .iter()
                .chain(&saved.removed)
                .cloned()
                .collect(),
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
            let paths: Vec<String> = saved
                .written
                .iter()
                .chain(&saved.removed)
                .cloned()
                .collect();
            disk.after_own_change(&self.root, &paths, self.own_git.take());
        }
        for (oi, ai) in places {
            self.search_stale.mark(oi, ai);
        }
        // What set_loaded does for a new register, for the records that
        // changed: the history screen shows the new commit (judging the
        // files regrouped their findings by the records as they are now).
        self.refresh_history();
        true
    }

    /// The register paths whose files, as `seen` read them, differ from
    /// the ones loaded: a text that differs, a file that came or went, a
    /// loaded file of a folder listed whole that is not there any more.
    fn differs_from_loaded(&self, seen: &Seen) -> Vec<String> {
        let mut out: Vec<String> = seen
            .texts
            .iter()
            .filter(|(p, now)| now.as_deref() != self.loaded_bytes(p))
            .map(|(p, _)| p.clone())
            .collect();
        for folder in &seen.listed {
            let in_folder = |p: &str| p.rsplit_once('/').is_some_and(|(d, _)| d == folder);
            let org = folder.split('/').next().unwrap_or_default();
            let loaded = self.org_index(org).map(|oi| &self.organisations()[oi]);
            let files = loaded
                .into_iter()
                .flat_map(|o| std::iter::once(&o.file).chain(o.activities.iter().map(|a| &a.file)))
                .map(|f| f.path.as_str())
                .chain(self.index.broken_text.keys().map(String::as_str));
            for p in files {
                if in_folder(p) && !seen.texts.contains_key(p) {
                    out.push(p.to_string());
                }
            }
        }
        out.sort();
        out.dedup();
        out
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
