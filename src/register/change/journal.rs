//! The transaction's journal: what an interrupted transaction was doing, so
//! that the next ropa finishes it or undoes it.
//!
//! Before a transaction touches the work tree it writes
//! `ropa-transaction.json` into the git folder: the branch, its commit
//! before and after, and for every file the blob it held before (the old
//! bytes are stored in git's object database first) and the blob it will
//! hold. git's `index.lock` is taken by hard-linking a file whose name
//! carries the transaction's token, so a lock left by a killed ropa can be
//! told from another program's. [`recover`] reads the journal:
//!
//! - the branch already points at the new commit: the transaction is
//!   finished (the index prepared under the lock is put in place);
//! - the branch still points at the old commit: it is undone (files ropa
//!   wrote are put back, the lock is removed; the index was never changed);
//! - anything else (the branch moved on): the files are left as they are.
//!
//! It only runs while holding the repository's ropa lock
//! ([`super::lock`]); the journal's writer held that lock until it died, so
//! no live process is half-way through it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use git2::{Oid, Repository};
use serde::{Deserialize, Serialize};

use crate::register::write::write_atomic;

/// The journal's file name in the git folder.
pub const JOURNAL_FILE: &str = "ropa-transaction.json";
/// Prefix of the file hard-linked as git's `index.lock`.
pub const INDEX_PREFIX: &str = "ropa-index-";
/// Prefix of the scratch copy of the index built for a transaction.
pub const BUILD_PREFIX: &str = "ropa-index-build-";

/// One file of a transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalFile {
    /// Repository path (`/`-separated).
    pub path: String,
    /// Blob of the bytes on disk before, `None` when the file did not exist.
    pub before: Option<String>,
    /// Unix permission bits of the file before.
    pub before_mode: Option<u32>,
    /// Blob the file holds after, `None` when the transaction removes it.
    pub after: Option<String>,
}

/// What a transaction records before it touches the work tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journal {
    /// Format version.
    pub version: u32,
    /// Distinguishes this transaction's files.
    pub token: String,
    /// The branch moved (`refs/heads/…`).
    pub branch: String,
    /// Its commit before, `None` before the first commit.
    pub old: Option<String>,
    /// Its commit after.
    pub new: String,
    /// The files brought along.
    pub files: Vec<JournalFile>,
}

impl Journal {
    /// The path of the journal in `gitdir`.
    pub fn path(gitdir: &Path) -> PathBuf {
        gitdir.join(JOURNAL_FILE)
    }

    /// The file hard-linked as `index.lock` by this transaction.
    pub fn index_file(&self, gitdir: &Path) -> PathBuf {
        gitdir.join(format!("{INDEX_PREFIX}{}", self.token))
    }

    /// Writes the journal durably (temporary file, flush, rename).
    pub fn write(&self, gitdir: &Path) -> std::io::Result<()> {
        let text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let path = Journal::path(gitdir);
        let tmp = gitdir.join(format!("{JOURNAL_FILE}.tmp"));
        {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&text)?;
            f.sync_all()?;
        }
        fs::rename(&tmp, &path)?;
        sync_dir(gitdir);
        Ok(())
    }

    /// Removes the journal and the transaction's scratch files.
    pub fn remove(&self, gitdir: &Path) {
        let _ = fs::remove_file(self.index_file(gitdir));
        let _ = fs::remove_file(gitdir.join(format!("{BUILD_PREFIX}{}", self.token)));
        let _ = fs::remove_file(Journal::path(gitdir));
        sync_dir(gitdir);
    }
}

/// Flushes a folder's entries (renames, new files) to disk; best effort.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// True when `a` and `b` are the same file (one inode, two names).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::symlink_metadata(a), fs::symlink_metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// What [`recover`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recovered {
    /// An interrupted transaction had moved the branch: it was finished.
    Finished {
        /// The commit it made.
        commit: Oid,
    },
    /// An interrupted transaction had not moved the branch: its files were
    /// put back.
    Undone {
        /// Paths whose files were left as someone changed them after the
        /// interruption (not put back, not lost).
        kept: Vec<String>,
    },
    /// The branch had moved on since: the work tree was left as it is.
    Abandoned,
}

impl std::fmt::Display for Recovered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recovered::Finished { commit } => write!(
                f,
                "an interrupted save was finished: commit {}",
                &commit.to_string()[..7]
            ),
            Recovered::Undone { kept } if kept.is_empty() => {
                write!(f, "an interrupted save was undone; nothing was committed")
            }
            Recovered::Undone { kept } => write!(
                f,
                "an interrupted save was undone; these files were changed since and are left \
                 as they are: {}",
                kept.join(", ")
            ),
            Recovered::Abandoned => write!(
                f,
                "an interrupted save was found, but the branch has moved on since; \
                 the work tree was left as it is"
            ),
        }
    }
}

/// Finishes or undoes a transaction that a killed process left behind.
/// Call it holding the ropa lock. `None` when there was nothing to do.
pub fn recover_locked(repo: &Repository) -> Result<Option<Recovered>, std::io::Error> {
    let gitdir = repo.path().to_path_buf();
    remove_stray_scratch(&gitdir);
    let path = Journal::path(&gitdir);
    let text = match fs::read(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let Ok(journal) = serde_json::from_slice::<Journal>(&text) else {
        // Only a complete journal is ever renamed into place; an unreadable
        // one was not written by a transaction that went on to change files.
        let _ = fs::remove_file(&path);
        return Ok(None);
    };
    remove_branch_lock(repo, &journal);
    let lock = gitdir.join("index.lock");
    let ours = same_file(&lock, &journal.index_file(&gitdir));
    let now = repo
        .find_reference(&journal.branch)
        .ok()
        .and_then(|r| r.target())
        .map(|o| o.to_string());
    let outcome = if now.as_deref() == Some(journal.new.as_str()) {
        if ours {
            fs::rename(&lock, gitdir.join("index"))?;
        } else if !finish_index(repo, &journal)? {
            // Another program holds git's index lock now: try again next
            // time; the journal stays.
            return Ok(None);
        }
        Recovered::Finished {
            commit: Oid::from_str(&journal.new).unwrap_or(Oid::ZERO_SHA1),
        }
    } else if now == journal.old {
        if ours {
            fs::remove_file(&lock)?;
        }
        let kept = undo_files(repo, &journal)?;
        Recovered::Undone { kept }
    } else {
        if ours {
            fs::remove_file(&lock)?;
        }
        Recovered::Abandoned
    };
    remove_temporaries(repo, &journal);
    journal.remove(&gitdir);
    Ok(Some(outcome))
}

/// Removes the lock file of the journal's branch (`refs/heads/<b>.lock`)
/// when the killed transaction left it: it names the transaction's new
/// commit, or the start of it (git writes the new value into the lock
/// before renaming it into place), or it stays empty (killed between
/// creating and writing it: libgit2 writes a ref lock's content only when
/// it commits it). An empty lock may also be another program's, taken a
/// moment ago: it is watched until it is [`STALE_EMPTY_LOCK`] old, and
/// removed only if it is still empty then. A lock holding anything else
/// belongs to another program and is left alone; the next save then waits
/// for it and says so.
fn remove_branch_lock(repo: &Repository, journal: &Journal) {
    if journal.new.is_empty() || !journal.branch.starts_with("refs/heads/") {
        return;
    }
    let lock = repo.commondir().join(format!("{}.lock", journal.branch));
    loop {
        let Ok(content) = fs::read(&lock) else {
            return;
        };
        let text = String::from_utf8_lossy(&content);
        let text = text.trim();
        if !text.is_empty() {
            if journal.new.starts_with(text) {
                let _ = fs::remove_file(&lock);
            }
            return;
        }
        let age = fs::metadata(&lock)
            .and_then(|m| m.modified())
            .map(|t| t.elapsed().unwrap_or_default());
        match age {
            Ok(age) if age >= STALE_EMPTY_LOCK => {
                let _ = fs::remove_file(&lock);
                return;
            }
            Ok(age) => std::thread::sleep((STALE_EMPTY_LOCK - age).min(LOCK_POLL)),
            Err(_) => return,
        }
    }
}

/// How long an empty branch lock must stay empty before recovery takes it
/// for one a killed save left (git and libgit2 fill and rename theirs in
/// milliseconds).
const STALE_EMPTY_LOCK: std::time::Duration = std::time::Duration::from_secs(2);

/// How often recovery looks at an empty branch lock while it waits.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(20);

/// Brings git's index to the journal's new commit for its files, when the
/// index prepared under the lock was lost (the user removed the lock file
/// the killed transaction left): each entry that still holds the old
/// commit's blob gets the new one. Entries someone changed since are left.
/// False when another program holds the index lock now.
fn finish_index(repo: &Repository, journal: &Journal) -> std::io::Result<bool> {
    let gitdir = repo.path();
    let Some(workdir) = repo.workdir() else {
        return Ok(true);
    };
    let lock = gitdir.join("index.lock");
    let mut f = match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&lock)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
        Err(e) => return Err(e),
    };
    let result = (|| -> std::io::Result<()> {
        let old_tree = journal
            .old
            .as_deref()
            .and_then(|o| Oid::from_str(o).ok())
            .and_then(|o| repo.find_commit(o).ok())
            .and_then(|c| c.tree().ok());
        let current = match fs::read(gitdir.join("index")) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => super::gitindex::empty(),
            Err(e) => return Err(e),
        };
        let index_mtime = super::apply::index_mtime(&gitdir.join("index"));
        let raw = super::gitindex::RawIndex::parse(&current)
            .map_err(|u| std::io::Error::other(format!("git's index: {}", u.0)))?;
        let mut changes = Vec::new();
        for jf in &journal.files {
            let old = old_tree
                .as_ref()
                .and_then(|t| t.get_path(Path::new(&jf.path)).ok())
                .map(|e| e.id());
            if raw.blob(&jf.path) != old {
                continue;
            }
            let after = jf.after.as_deref().and_then(|a| Oid::from_str(a).ok());
            let new = match after {
                Some(id) => {
                    let mode = repo
                        .find_commit(Oid::from_str(&journal.new).map_err(std::io::Error::other)?)
                        .and_then(|c| c.tree())
                        .ok()
                        .and_then(|t| t.get_path(Path::new(&jf.path)).ok())
                        .map_or(0o100644, |e| e.filemode() as u32);
                    Some(super::apply::index_entry_for(workdir, &jf.path, id, mode))
                }
                None => None,
            };
            changes.push((jf.path.clone(), new));
        }
        let smudge = super::apply::racily_changed(workdir, &raw, index_mtime);
        let bytes = raw
            .with(&changes, &smudge)
            .map_err(|u| std::io::Error::other(format!("git's index: {}", u.0)))?;
        std::io::Write::write_all(&mut f, &bytes)?;
        f.sync_all()?;
        fs::rename(&lock, gitdir.join("index"))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&lock);
    }
    result.map(|()| true)
}

/// Puts back every file the journal's transaction may have written; a file
/// that holds neither the old nor the new bytes was changed by someone
/// after the interruption and is left alone (its path is returned).
pub fn undo_files(repo: &Repository, journal: &Journal) -> std::io::Result<Vec<String>> {
    let Some(workdir) = repo.workdir() else {
        return Ok(Vec::new());
    };
    let mut kept = Vec::new();
    for f in &journal.files {
        let disk_path = workdir.join(&f.path);
        let now = match super::apply::read_entry(&disk_path) {
            Ok((b, _)) => Some(b),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let now_id = now
            .as_deref()
            .map(|b| git2::Oid::hash_object(git2::ObjectType::Blob, b))
            .transpose()
            .map_err(std::io::Error::other)?
            .map(|o| o.to_string());
        if now_id == f.before {
            continue;
        }
        if now_id != f.after {
            kept.push(f.path.clone());
            continue;
        }
        match &f.before {
            Some(id) => {
                let oid = Oid::from_str(id).map_err(std::io::Error::other)?;
                let blob = repo.find_blob(oid).map_err(std::io::Error::other)?;
                if let Some(dir) = disk_path.parent() {
                    fs::create_dir_all(dir)?;
                }
                #[cfg(unix)]
                if f.before_mode == Some(super::apply::SYMLINK) {
                    use std::os::unix::ffi::OsStrExt;
                    let _ = fs::remove_file(&disk_path);
                    std::os::unix::fs::symlink(
                        std::ffi::OsStr::from_bytes(blob.content()),
                        &disk_path,
                    )?;
                    continue;
                }
                if fs::symlink_metadata(&disk_path).is_ok_and(|m| m.file_type().is_symlink()) {
                    fs::remove_file(&disk_path)?;
                }
                write_atomic(&disk_path, blob.content())?;
                #[cfg(unix)]
                if let Some(mode) = f.before_mode {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = fs::set_permissions(&disk_path, fs::Permissions::from_mode(mode));
                }
            }
            None => {
                match fs::remove_file(&disk_path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
                remove_empty_parents(workdir, &disk_path);
            }
        }
    }
    Ok(kept)
}

/// Removes folders left empty by a removed file, up to the work tree.
pub fn remove_empty_parents(stop: &Path, file: &Path) {
    let mut dir = file.parent().map(Path::to_path_buf);
    while let Some(d) = dir {
        if d == stop || !d.starts_with(stop) || fs::remove_dir(&d).is_err() {
            break;
        }
        dir = d.parent().map(Path::to_path_buf);
    }
}

/// Removes the temporary files an interrupted atomic write leaves beside
/// the journal's files (`.ropa-tmp-…`).
fn remove_temporaries(repo: &Repository, journal: &Journal) {
    let Some(workdir) = repo.workdir() else {
        return;
    };
    let mut dirs: Vec<PathBuf> = journal
        .files
        .iter()
        .filter_map(|f| workdir.join(&f.path).parent().map(Path::to_path_buf))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            if e.file_name()
                .to_string_lossy()
                .starts_with(crate::register::write::TMP_PREFIX)
            {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// Scratch files of transactions that left no journal (they finished but
/// were killed before cleaning up, or were killed before writing one, or
/// while writing it): removed. None of them is git's `index.lock`: a transaction links its
/// file as the lock only after its journal is written, and removes the
/// journal last.
fn remove_stray_scratch(gitdir: &Path) {
    let Ok(entries) = fs::read_dir(gitdir) else {
        return;
    };
    // A journal being written when the process died (never renamed into
    // place, so its transaction changed nothing).
    let _ = fs::remove_file(gitdir.join(format!("{JOURNAL_FILE}.tmp")));
    let journal_token = fs::read(Journal::path(gitdir))
        .ok()
        .and_then(|t| serde_json::from_slice::<Journal>(&t).ok())
        .map(|j| j.token);
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(token) = name
            .strip_prefix(BUILD_PREFIX)
            .or_else(|| name.strip_prefix(INDEX_PREFIX))
        else {
            continue;
        };
        if journal_token.as_deref() != Some(token) {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A save killed while git's lock on its branch was held: the lock that
    /// names the save's commit is removed by recovery, another program's
    /// lock is left alone.
    #[test]
    fn recovery_removes_the_branch_lock_a_killed_save_left_and_no_other() {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        let new = "1111111111111111111111111111111111111111";
        let journal = |new: &str| Journal {
            version: 1,
            token: "t2".into(),
            branch: "refs/heads/main".into(),
            old: None,
            new: new.into(),
            files: Vec::new(),
        };
        let lock = repo.path().join("refs/heads/main.lock");
        fs::create_dir_all(lock.parent().expect("parent")).expect("refs/heads");
        fs::write(&lock, format!("{new}\n")).expect("lock");
        journal(new).write(repo.path()).expect("journal");
        recover_locked(&repo).expect("recover");
        assert!(!lock.exists(), "the killed save's branch lock is removed");

        let other = "2222222222222222222222222222222222222222";
        fs::write(&lock, format!("{other}\n")).expect("lock");
        journal(new).write(repo.path()).expect("journal");
        recover_locked(&repo).expect("recover");
        assert!(lock.exists(), "another program's lock is kept");
        // An empty lock another program fills meanwhile is its own: kept.
        fs::write(&lock, b"").expect("fresh empty lock");
        journal(new).write(repo.path()).expect("journal");
        let filler = {
            let lock = lock.clone();
            std::thread::spawn(move || {
                std::thread::sleep(std::time::Duration::from_millis(200));
                fs::write(&lock, format!("{other}\n")).expect("filled");
            })
        };
        recover_locked(&repo).expect("recover");
        filler.join().expect("filler");
        assert!(lock.exists(), "a lock another program filled is kept");

        // An empty lock that stays empty is the killed save's: recovery
        // waits until it is stale, then removes it, so the next save is not
        // refused for a lock nobody holds.
        fs::write(&lock, b"").expect("empty lock");
        journal(new).write(repo.path()).expect("journal");
        let started = std::time::Instant::now();
        recover_locked(&repo).expect("recover");
        assert!(!lock.exists(), "an empty lock left empty is removed");
        assert!(started.elapsed() >= STALE_EMPTY_LOCK - LOCK_POLL);

        // A lock cut short while the killed save wrote its commit id.
        fs::write(&lock, &new[..12]).expect("partial lock");
        journal(new).write(repo.path()).expect("journal");
        recover_locked(&repo).expect("recover");
        assert!(
            !lock.exists(),
            "a partly written lock of the save is removed"
        );
    }

    #[test]
    fn journal_round_trips_and_is_removed_with_its_scratch_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let j = Journal {
            version: 1,
            token: "t1".into(),
            branch: "refs/heads/main".into(),
            old: None,
            new: Oid::ZERO_SHA1.to_string(),
            files: vec![JournalFile {
                path: "a.ron".into(),
                before: None,
                before_mode: None,
                after: Some(Oid::ZERO_SHA1.to_string()),
            }],
        };
        j.write(dir.path()).expect("write");
        fs::write(j.index_file(dir.path()), b"").expect("scratch");
        let back: Journal =
            serde_json::from_slice(&fs::read(Journal::path(dir.path())).expect("read"))
                .expect("parse");
        assert_eq!(back, j);
        j.remove(dir.path());
        assert!(!Journal::path(dir.path()).exists());
        assert!(!j.index_file(dir.path()).exists());
    }

    #[test]
    fn same_file_tells_a_hard_link_from_a_copy() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = dir.path().join("a");
        fs::write(&a, b"x").expect("write");
        fs::hard_link(&a, dir.path().join("b")).expect("link");
        fs::copy(&a, dir.path().join("c")).expect("copy");
        assert!(same_file(&a, &dir.path().join("b")));
        assert!(!same_file(&a, &dir.path().join("c")));
        assert!(!same_file(&a, &dir.path().join("missing")));
    }
}
