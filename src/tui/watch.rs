//! Following the repository: noticing changes made outside ropa (a
//! `git pull`, a colleague's commit, `git checkout -- file`, an editor) so
//! the interface can take the change.
//!
//! A [`Watcher`] watches the register's folders and the git folder's HEAD,
//! refs and index with the operating system's file notifications
//! (`notify`), on its own thread. Bursts of events are gathered for a short
//! quiet spell and sent as one [`Changed`] message. Files that are not
//! records (ropa's own temporary files, editors' swap files, anything whose
//! name starts with a dot) and the object store are ignored. Where
//! notifications cannot be had (too many folders to watch, a file system
//! without them), it polls instead: once a second it compares HEAD, the
//! index and the modification times of the register's folders.
//!
//! What the disk then holds for a report is read by [`Seen::look`], on
//! the event loop's follow worker (not the thread that reads keys), and
//! the interface compares the answer with what it loaded
//! ([`App::outside_change`](super::app::App::outside_change)).

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

use notify::event::{AccessKind, AccessMode, CreateKind, EventKind, Flag, ModifyKind, RemoveKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::register::load::{
    ACTIVITIES_DIR, ActivityEntry, ORGANISATION_FILE, SourceFile, parse_bytes,
};
use crate::register::model::{Activity, Organisation};

/// A burst of events ends after this long without a new one.
pub const QUIET: Duration = Duration::from_millis(200);
/// A burst is reported after at most this long, however long it lasts.
pub const LONGEST: Duration = Duration::from_millis(600);
/// How often the fallback polls.
pub const POLL: Duration = Duration::from_secs(1);

/// What changed outside the interface since the last message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    /// Register paths of record files that changed.
    pub files: BTreeSet<String>,
    /// HEAD, a ref or the index changed.
    pub git: bool,
    /// Something changed that cannot be narrowed to files (a folder
    /// appeared or went, events were lost).
    pub unknown: bool,
    /// When polling: the state seen (compared with the state loaded).
    pub polled: Option<Fingerprint>,
}

impl Changed {
    /// Adds what `other` reports.
    pub fn merge(&mut self, other: Changed) {
        self.files.extend(other.files);
        self.git |= other.git;
        self.unknown |= other.unknown;
        if other.polled.is_some() {
            self.polled = other.polled;
        }
    }

    /// True when it reports nothing.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && !self.git && !self.unknown && self.polled.is_none()
    }
}

/// What the follow worker is asked: what the disk now holds for a report
/// of changes, given the state the loaded register was read in.
#[derive(Debug, Clone, Default)]
pub struct Look {
    /// The changes reported (all those not answered yet).
    pub change: Changed,
    /// The repository and folders as they were when the register shown
    /// was read (`None`: no register loaded).
    pub before: Option<Fingerprint>,
}

/// A record file as read and parsed by [`Seen::look`].
#[derive(Debug, Clone)]
pub enum Record {
    /// An activity file.
    Activity(Box<ActivityEntry>),
    /// An organisation file.
    Organisation(Box<Organisation>, SourceFile),
}

/// What the disk holds for a report of changes: the answer the input
/// thread compares with what it loaded, read and parsed off that thread.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    /// The report looked at.
    pub change: Changed,
    /// HEAD, the index and the folders' times, taken before the files
    /// were read (a change after that is reported again, never missed).
    pub now: Fingerprint,
    /// Register path → the file's bytes now (`None`: not there, or not a
    /// regular file), for every path the report names and every record
    /// file that differs between the HEAD loaded and HEAD now.
    pub texts: BTreeMap<String, Option<Vec<u8>>>,
    /// Of those, the files that parse as the record their path says.
    pub records: BTreeMap<String, Record>,
    /// Folders (`org`, `org/activities`) whose every record file is in
    /// `texts`: a loaded file of theirs that is not there is gone.
    pub listed: Vec<String>,
    /// The change cannot be narrowed to files (a folder appeared or went,
    /// events were lost, no register was loaded, git could not be read):
    /// the whole register is to be loaded.
    pub whole: bool,
}

impl Seen {
    /// Whether the file at register path `p` is not there now: read as
    /// missing, or left out of a folder listed whole.
    pub fn gone(&self, p: &str) -> bool {
        self.texts.get(p).is_none_or(Option::is_none)
    }

    /// Reads what `look` asks about in the register at `root`: the state
    /// of the repository, then the files the report names, the record
    /// files the commit moved to changed (a tree diff of the HEAD loaded
    /// and HEAD now) and, when polling, the record files of each folder
    /// whose time changed.
    pub fn look(root: &Path, look: Look) -> Seen {
        let Look { change, before } = look;
        let mut now = Fingerprint::git(root, before.as_ref());
        if change.polled.is_some() {
            now.folders = folder_times(root);
        } else if let Some(b) = &before {
            // Not compared when notifications are had; kept as loaded.
            now.folders = b.folders.clone();
        }
        let mut seen = Seen {
            change,
            now,
            ..Seen::default()
        };
        let Some(before) = before.filter(|_| !seen.change.unknown) else {
            seen.whole = true;
            return seen;
        };
        let mut paths = seen.change.files.clone();
        let commit = |f: &Fingerprint| f.head.as_ref().and_then(|h| h.1);
        if commit(&before) != commit(&seen.now) {
            let moved =
                crate::register::git::register_repository(root).and_then(|(repo, _, prefix)| {
                    crate::register::treediff::changed_between_commits(
                        &repo,
                        commit(&before),
                        commit(&seen.now),
                        &prefix,
                    )
                    .ok()
                });
            let Some(moved) = moved else {
                seen.whole = true;
                return seen;
            };
            paths.extend(moved.into_iter().filter(|p| is_record_path(p)));
        }
        if seen.change.polled.is_some() {
            let then: std::collections::HashMap<_, _> = before.folders.iter().cloned().collect();
            let names = |f: &Fingerprint| -> Vec<String> {
                f.folders.iter().map(|(n, _)| n.clone()).collect()
            };
            if names(&before) != names(&seen.now) {
                // An organisation or activities folder appeared or went.
                seen.whole = true;
                return seen;
            }
            for (folder, time) in &seen.now.folders {
                if then.get(folder) == Some(time) || folder.is_empty() {
                    continue;
                }
                let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
                    seen.whole = true;
                    return seen;
                };
                for e in entries.flatten() {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let p = format!("{folder}/{name}");
                    if is_record_path(&p) {
                        paths.insert(p);
                    }
                }
                seen.listed.push(folder.clone());
            }
        }
        for p in paths {
            let abs = root.join(&p);
            let regular = std::fs::symlink_metadata(&abs).map(|m| m.is_file());
            let bytes = match regular {
                Ok(true) => std::fs::read(&abs).ok(),
                Ok(false) => {
                    // A link or a folder where a record was: the loader
                    // says what it is.
                    seen.whole = true;
                    return seen;
                }
                Err(_) => None,
            };
            if let Some(b) = &bytes
                && let Some(r) = parse_record(&p, b.clone())
            {
                seen.records.insert(p.clone(), r);
            }
            seen.texts.insert(p, bytes);
        }
        seen
    }
}

/// Whether `p` names a record file: `org/organisation.ron` or
/// `org/activities/name.ron`, no part starting with a dot.
fn is_record_path(p: &str) -> bool {
    let dot = p.split('/').any(|part| part.starts_with('.'));
    !dot && (super::records::activity_file(p).is_some()
        || super::records::organisation_file(p).is_some())
}

/// The record in `bytes`, read from `p`, when it parses.
fn parse_record(p: &str, bytes: Vec<u8>) -> Option<Record> {
    if super::records::activity_file(p).is_some() {
        let (activity, file) = parse_bytes::<Activity>(p, bytes).ok()?;
        Some(Record::Activity(Box::new(ActivityEntry { activity, file })))
    } else {
        let (org, file) = parse_bytes::<Organisation>(p, bytes).ok()?;
        Some(Record::Organisation(Box::new(org), file))
    }
}

/// Where HEAD points, what the index holds and when the register's
/// folders last changed: what polling compares, and the state a load read.
#[derive(Debug, Clone, Default)]
pub struct Fingerprint {
    /// HEAD's reference name and commit (`None` before the first commit).
    head: Option<(String, Option<git2::Oid>)>,
    /// The index file's modification time (to hash it again only when it
    /// changed).
    index_time: Option<SystemTime>,
    /// A hash of the index's entries (paths, blobs, modes, stages); a
    /// `git status` that only refreshes file times leaves it as it was.
    index: Option<u64>,
    /// Modification times of the register folder, its organisation
    /// folders and their activity folders (when taken with folders).
    folders: Vec<(String, Option<SystemTime>)>,
}

impl PartialEq for Fingerprint {
    fn eq(&self, other: &Self) -> bool {
        self.head == other.head && self.index == other.index && self.folders == other.folders
    }
}

impl Eq for Fingerprint {}

impl Fingerprint {
    /// The state of the register at `root` and its repository.
    pub fn take(root: &Path) -> Fingerprint {
        let mut f = Fingerprint::git(root, None);
        f.folders = folder_times(root);
        f
    }

    /// HEAD and the index only; the index is hashed again only when its
    /// time differs from `before`'s.
    pub fn git(root: &Path, before: Option<&Fingerprint>) -> Fingerprint {
        let Some(repo) = crate::register::git::discover(root) else {
            return Fingerprint::default();
        };
        let head = match repo.head() {
            Ok(h) => Some((h.name().unwrap_or_default().to_string(), h.target())),
            Err(_) => repo.find_reference("HEAD").ok().and_then(|r| {
                r.symbolic_target()
                    .ok()
                    .flatten()
                    .map(|t| (t.to_string(), None))
            }),
        };
        let index_time = std::fs::metadata(repo.path().join("index"))
            .and_then(|m| m.modified())
            .ok();
        let index = match before {
            Some(b) if b.index_time == index_time && index_time.is_some() => b.index,
            _ => index_hash(&repo),
        };
        Fingerprint {
            head,
            index_time,
            index,
            folders: Vec::new(),
        }
    }

    /// The branch and short commit id this fingerprint saw HEAD at (what
    /// [`crate::register::git::head_info`] reads), without asking git
    /// again: the status bar's HEAD, taken on the thread that read it.
    /// `None` outside a repository.
    pub fn head_info(&self) -> Option<crate::register::git::HeadInfo> {
        let (name, commit) = self.head.as_ref()?;
        let branch = match name.as_str() {
            // Before the first commit git names no branch as HEAD's.
            _ if commit.is_none() => "HEAD",
            "HEAD" | "" => "HEAD",
            n => ["refs/heads/", "refs/remotes/", "refs/tags/", "refs/"]
                .iter()
                .find_map(|p| n.strip_prefix(p))
                .unwrap_or(n),
        };
        Some(crate::register::git::HeadInfo {
            branch: branch.to_string(),
            short_id: commit
                .map(|c| c.to_string().chars().take(7).collect())
                .unwrap_or_default(),
        })
    }

    /// After this interface's own change to the register files `paths`
    /// (a save or an undo, which commits them): HEAD and the index as they
    /// are now (`git`, when the transaction read them right after its
    /// commit, else read here), and the times of the folders that hold
    /// those files (their temporary files came and went there). The rest
    /// stays as loaded.
    pub fn after_own_change(&mut self, root: &Path, paths: &[String], git: Option<Fingerprint>) {
        let git = git.unwrap_or_else(|| Fingerprint::git(root, None));
        self.head = git.head;
        self.index_time = git.index_time;
        self.index = git.index;
        let time = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
        for p in paths {
            let Some(org) = p.split('/').next() else {
                continue;
            };
            let acts = format!("{org}/{ACTIVITIES_DIR}");
            for (name, t) in &mut self.folders {
                if *name == org || *name == acts {
                    *t = time(&root.join(name.as_str()));
                }
            }
        }
    }

    /// Whether HEAD and the index are as in `other`.
    pub fn same_git(&self, other: &Fingerprint) -> bool {
        self.head == other.head && self.index == other.index
    }
}

fn index_hash(repo: &git2::Repository) -> Option<u64> {
    let index = repo.index().ok()?;
    let mut h = DefaultHasher::new();
    for e in index.iter() {
        e.path.hash(&mut h);
        e.id.as_bytes().hash(&mut h);
        e.mode.hash(&mut h);
        e.flags.hash(&mut h);
    }
    Some(h.finish())
}

/// Modification times of `root`, its folders (not those starting with a
/// dot) and their activity folders.
fn folder_times(root: &Path) -> Vec<(String, Option<SystemTime>)> {
    let time = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let mut out = vec![(String::new(), time(root))];
    let Ok(entries) = std::fs::read_dir(root) else {
        return out;
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for d in dirs {
        let name = d
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((name.clone(), time(&d)));
        out.push((
            format!("{name}/{ACTIVITIES_DIR}"),
            time(&d.join(ACTIVITIES_DIR)),
        ));
    }
    out
}

/// Follows the register at a root; dropping it stops the thread.
pub struct Watcher {
    /// One message per burst of relevant changes.
    pub rx: Receiver<Changed>,
    /// Set when the file system could not be watched and it polls.
    pub polling: Arc<AtomicBool>,
    stop: Sender<Raw>,
}

/// What the watching thread receives.
enum Raw {
    Event(notify::Result<notify::Event>),
    Stop,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.stop.send(Raw::Stop);
    }
}

impl Watcher {
    /// Follows the register at `root` on a thread of its own: with file
    /// notifications, or by polling when they cannot be had. Setting up
    /// the watches (one per folder) happens on that thread, so the first
    /// frame does not wait for it; once they are in place, one message
    /// with the state then lets the interface catch up with any change
    /// made meanwhile.
    pub fn start(root: &Path) -> Watcher {
        let (raw_tx, raw_rx) = mpsc::channel();
        let (tx, rx) = mpsc::channel();
        let polling = Arc::new(AtomicBool::new(false));
        let (root, events, flag) = (root.to_path_buf(), raw_tx.clone(), polling.clone());
        let spawned = std::thread::Builder::new()
            .name("ropa-watch".into())
            .spawn(move || match watch_places(&root, events) {
                Ok((places, mut watcher)) => {
                    let now = Changed {
                        polled: Some(Fingerprint::take(&root)),
                        ..Changed::default()
                    };
                    if tx.send(now).is_ok() {
                        gather(&raw_rx, &tx, &places, &mut watcher);
                    }
                }
                Err(_) => {
                    flag.store(true, Ordering::Relaxed);
                    let last = Fingerprint::take(&root);
                    poll_loop(&root, POLL, &raw_rx, &tx, last);
                }
            });
        if spawned.is_err() {
            // No thread, no following; the reload key still works.
            polling.store(true, Ordering::Relaxed);
        }
        Watcher {
            rx,
            polling,
            stop: raw_tx,
        }
    }

    /// Watches with the operating system's file notifications, set up
    /// before this returns; an error when they cannot be had.
    pub fn notify(root: &Path) -> notify::Result<Watcher> {
        let (raw_tx, raw_rx) = mpsc::channel();
        let (places, mut watcher) = watch_places(root, raw_tx.clone())?;
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("ropa-watch".into())
            .spawn(move || gather(&raw_rx, &tx, &places, &mut watcher))
            .map_err(notify::Error::io)?;
        Ok(Watcher {
            rx,
            polling: Arc::new(AtomicBool::new(false)),
            stop: raw_tx,
        })
    }

    /// Polls every `every`: HEAD, the index, the folders' times.
    pub fn poll(root: &Path, every: Duration) -> Watcher {
        let (stop, stop_rx) = mpsc::channel();
        let (tx, rx) = mpsc::channel();
        let root = root.to_path_buf();
        // Taken here, so a change right after this call is noticed.
        let last = Fingerprint::take(&root);
        let polling = Arc::new(AtomicBool::new(true));
        let spawned = std::thread::Builder::new()
            .name("ropa-poll".into())
            .spawn(move || poll_loop(&root, every, &stop_rx, &tx, last));
        if spawned.is_err() {
            // No thread, no following; the reload key still works.
        }
        Watcher { rx, polling, stop }
    }
}

/// Starts watching the register at `root`, events going to `events`.
fn watch_places(root: &Path, events: Sender<Raw>) -> notify::Result<(Places, RecommendedWatcher)> {
    let places = Places::of(root)?;
    let mut watcher = RecommendedWatcher::new(
        move |e| {
            let _ = events.send(Raw::Event(e));
        },
        notify::Config::default().with_follow_symlinks(false),
    )?;
    places.watch_all(&mut watcher)?;
    Ok((places, watcher))
}

/// The polling thread: compares the state every `every` with the last.
fn poll_loop(
    root: &Path,
    every: Duration,
    stop: &Receiver<Raw>,
    tx: &Sender<Changed>,
    mut last: Fingerprint,
) {
    loop {
        match stop.recv_timeout(every) {
            Err(RecvTimeoutError::Timeout) | Ok(Raw::Event(_)) => {}
            Ok(Raw::Stop) | Err(RecvTimeoutError::Disconnected) => return,
        }
        let mut now = Fingerprint::git(root, Some(&last));
        now.folders = folder_times(root);
        if now != last {
            let change = Changed {
                polled: Some(now.clone()),
                ..Changed::default()
            };
            if tx.send(change).is_err() {
                return;
            }
        }
        last = now;
    }
}

/// The places watched, canonical, to tell what an event's path is.
struct Places {
    root: PathBuf,
    /// The repository's own folder (HEAD, index).
    git_dir: Option<PathBuf>,
    /// The folder with refs and packed-refs (the same, except in a linked
    /// work tree).
    common_dir: Option<PathBuf>,
}

/// What one event's path is to the register.
#[derive(Debug, PartialEq, Eq)]
enum Item {
    File(String),
    Git,
    /// An organisation or activity folder appeared or went.
    Folder(PathBuf),
}

impl Places {
    fn of(root: &Path) -> notify::Result<Places> {
        let root = root.canonicalize().map_err(notify::Error::io)?;
        let (git_dir, common_dir) = match crate::register::git::discover(&root) {
            Some(repo) => (
                repo.path().canonicalize().ok(),
                repo.commondir().canonicalize().ok(),
            ),
            None => (None, None),
        };
        Ok(Places {
            root,
            git_dir,
            common_dir,
        })
    }

    /// The register folder (its entries), each organisation folder with
    /// everything in it, and the git folder's HEAD, index and refs (not
    /// its object store).
    fn watch_all(&self, w: &mut RecommendedWatcher) -> notify::Result<()> {
        w.watch(&self.root, RecursiveMode::NonRecursive)?;
        for e in std::fs::read_dir(&self.root)
            .map_err(notify::Error::io)?
            .flatten()
        {
            let p = e.path();
            if is_register_folder(&p) {
                w.watch(&p, RecursiveMode::Recursive)?;
            }
        }
        if let Some(g) = &self.git_dir {
            w.watch(g, RecursiveMode::NonRecursive)?;
        }
        if let Some(c) = &self.common_dir {
            if Some(c) != self.git_dir.as_ref() {
                w.watch(c, RecursiveMode::NonRecursive)?;
            }
            let refs = c.join("refs");
            if refs.is_dir() {
                w.watch(&refs, RecursiveMode::Recursive)?;
            }
        }
        Ok(())
    }

    /// What `path` is, for an event of `kind`; `None` when it does not
    /// matter.
    fn classify(&self, kind: &EventKind, path: &Path) -> Option<Item> {
        if let EventKind::Access(a) = kind
            && *a != AccessKind::Close(AccessMode::Write)
        {
            return None;
        }
        if let Some(g) = &self.git_dir
            && let Ok(rel) = path.strip_prefix(g)
            && (rel == Path::new("HEAD") || rel == Path::new("index"))
        {
            return Some(Item::Git);
        }
        if let Some(c) = &self.common_dir
            && let Ok(rel) = path.strip_prefix(c)
        {
            let is_ref = rel == Path::new("packed-refs")
                || (rel.starts_with("refs") && rel.extension().is_none_or(|e| e != "lock"));
            return is_ref.then_some(Item::Git);
        }
        if self.git_dir.as_deref().is_some_and(|g| path.starts_with(g)) {
            return None;
        }
        let rel = path.strip_prefix(&self.root).ok()?;
        let mut parts = Vec::new();
        for c in rel.components() {
            let Component::Normal(c) = c else {
                return None;
            };
            let c = c.to_str()?;
            if c.starts_with('.') {
                return None;
            }
            parts.push(c);
        }
        // A folder that appeared or went (its events do not always say it
        // was a folder; a file that is there now is not one).
        let folder_event = match kind {
            EventKind::Create(CreateKind::File) | EventKind::Remove(RemoveKind::File) => false,
            EventKind::Create(_)
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Name(_))
            | EventKind::Any
            | EventKind::Other => !path.is_file(),
            _ => false,
        };
        match parts[..] {
            [_, f] if f == ORGANISATION_FILE => Some(Item::File(parts.join("/"))),
            [_, d, f] if d == ACTIVITIES_DIR && f.ends_with(".ron") => {
                Some(Item::File(parts.join("/")))
            }
            [_] | [_, ACTIVITIES_DIR] if folder_event => Some(Item::Folder(path.to_path_buf())),
            _ => None,
        }
    }

    /// Adds what `event` reports to `changed`; true when it mattered. A
    /// new organisation folder is watched from now on.
    fn absorb(
        &self,
        changed: &mut Changed,
        event: notify::Result<notify::Event>,
        w: &mut RecommendedWatcher,
    ) -> bool {
        let event = match event {
            Ok(e) => e,
            Err(_) => {
                // Events may have been lost (a watch could not be added).
                changed.unknown = true;
                return true;
            }
        };
        if event.flag() == Some(Flag::Rescan) {
            changed.unknown = true;
            return true;
        }
        let mut mattered = false;
        for p in &event.paths {
            match self.classify(&event.kind, p) {
                Some(Item::File(f)) => {
                    changed.files.insert(f);
                }
                Some(Item::Git) => changed.git = true,
                Some(Item::Folder(d)) => {
                    changed.unknown = true;
                    if d.parent() == Some(self.root.as_path())
                        && is_register_folder(&d)
                        && w.watch(&d, RecursiveMode::Recursive).is_err()
                    {
                        // Reported as a change each time; still noticed.
                    }
                }
                None => continue,
            }
            mattered = true;
        }
        mattered
    }
}

/// A folder of the register root that may hold an organisation: a real
/// folder (not a link) whose name does not start with a dot.
fn is_register_folder(p: &Path) -> bool {
    let dot = p
        .file_name()
        .is_none_or(|n| n.to_string_lossy().starts_with('.'));
    !dot && std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir())
}

/// The watching thread: gathers each burst of events into one message.
fn gather(raw: &Receiver<Raw>, tx: &Sender<Changed>, places: &Places, w: &mut RecommendedWatcher) {
    loop {
        let mut changed = Changed::default();
        loop {
            match raw.recv() {
                Ok(Raw::Event(e)) => {
                    if places.absorb(&mut changed, e, w) {
                        break;
                    }
                }
                Ok(Raw::Stop) | Err(_) => return,
            }
        }
        let end = Instant::now() + LONGEST;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match raw.recv_timeout(QUIET.min(left)) {
                Ok(Raw::Event(e)) => {
                    places.absorb(&mut changed, e, w);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Ok(Raw::Stop) | Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if tx.send(changed).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::DataChange;

    /// HEAD as a fingerprint saw it is what `git::head_info` reads: on a
    /// branch without commits, on a branch, detached, and outside a
    /// repository.
    #[test]
    fn the_head_a_fingerprint_saw_is_the_head_git_reads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let same = |what: &str| {
            assert_eq!(
                Fingerprint::git(root, None).head_info(),
                crate::register::git::head_info(root),
                "{what}"
            );
        };
        same("no repository");
        let repo = git2::Repository::init(root).expect("init");
        same("no commit");
        std::fs::write(root.join("a.ron"), "A()").expect("write");
        crate::register::git::init_with_commit(root, "first").expect("commit");
        same("on a branch");
        let head = repo.head().expect("head").target().expect("commit");
        repo.set_head_detached(head).expect("detach");
        same("detached");
        assert_eq!(
            Fingerprint::git(root, None)
                .head_info()
                .map(|h| h.short_id.len()),
            Some(7)
        );
    }

    fn places() -> Places {
        Places {
            root: PathBuf::from("/r"),
            git_dir: Some(PathBuf::from("/r/.git")),
            common_dir: Some(PathBuf::from("/r/.git")),
        }
    }

    #[test]
    fn record_files_git_state_and_folders_matter() {
        let p = places();
        let modify = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let create = EventKind::Create(CreateKind::Any);
        let c = |k: &EventKind, s: &str| p.classify(k, Path::new(s));
        assert_eq!(
            c(&modify, "/r/da/activities/da-x.ron"),
            Some(Item::File("da/activities/da-x.ron".into()))
        );
        assert_eq!(
            c(&modify, "/r/da/organisation.ron"),
            Some(Item::File("da/organisation.ron".into()))
        );
        assert_eq!(c(&modify, "/r/.git/HEAD"), Some(Item::Git));
        assert_eq!(c(&modify, "/r/.git/index"), Some(Item::Git));
        assert_eq!(c(&modify, "/r/.git/refs/heads/main"), Some(Item::Git));
        assert_eq!(c(&modify, "/r/.git/packed-refs"), Some(Item::Git));
        assert_eq!(
            c(&create, "/r/neworg"),
            Some(Item::Folder("/r/neworg".into()))
        );
        assert_eq!(
            c(&EventKind::Remove(RemoveKind::Folder), "/r/da/activities"),
            Some(Item::Folder("/r/da/activities".into()))
        );
    }

    #[test]
    fn temporary_files_locks_and_objects_do_not() {
        let p = places();
        let modify = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        let create = EventKind::Create(CreateKind::File);
        for path in [
            "/r/da/activities/.da-x.ron.ropa-tmp-12-0",
            "/r/da/activities/.da-x.ron.swp",
            "/r/da/activities/da-x.ron~",
            "/r/da/notes.txt",
            "/r/README.md",
            "/r/.git/index.lock",
            "/r/.git/refs/heads/main.lock",
            "/r/.git/objects/ab/cdef",
            "/r/.git/ropa-save.lock",
            "/r/.git/COMMIT_EDITMSG",
            "/r/.github/workflows/x.yml",
        ] {
            assert_eq!(p.classify(&modify, Path::new(path)), None, "{path}");
            assert_eq!(p.classify(&create, Path::new(path)), None, "{path}");
        }
        let read = EventKind::Access(AccessKind::Read);
        assert_eq!(p.classify(&read, Path::new("/r/da/organisation.ron")), None);
        // Changing a folder's times is not a change of the register.
        let meta = EventKind::Modify(ModifyKind::Metadata(notify::event::MetadataKind::Any));
        assert_eq!(p.classify(&meta, Path::new("/r/da")), None);
    }

    #[test]
    fn fingerprints_ignore_a_refreshed_index_time() {
        let a = Fingerprint {
            index_time: Some(SystemTime::UNIX_EPOCH),
            index: Some(1),
            ..Fingerprint::default()
        };
        let b = Fingerprint {
            index_time: Some(SystemTime::now()),
            ..a.clone()
        };
        assert_eq!(a, b);
        assert!(a.same_git(&b));
        let c = Fingerprint {
            index: Some(2),
            ..a.clone()
        };
        assert_ne!(a, c);
    }
}
