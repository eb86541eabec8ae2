//! The lower half of the transaction: moving a branch from one commit to
//! another and bringing the work tree and git's index along for the paths
//! that differ, so that either all three agree on the new commit or
//! everything is as it was.
//!
//! The order of the steps is what makes that hold when the process is
//! killed at any point (see [`super::journal`] for how the next ropa
//! finishes or undoes it):
//!
//! 1. the journal is written, naming the transaction's token;
//! 2. git's `index.lock` is taken by hard-linking the token's file to it
//!    (waiting briefly while another program, such as an editor running
//!    `git status`, holds it) — from here on no git program can change the
//!    index, and `git commit` refuses to run;
//! 3. under the lock, HEAD must still be on the branch and every file as
//!    the caller saw it (an editor's save or a pull while the lock was
//!    awaited refuses the transaction); the bytes each file holds now are
//!    stored as blobs and named in the journal, for an undo;
//! 4. the files are written (each atomically) or removed, removals first;
//! 5. the new index is prepared under the lock, with stat data only for
//!    files that are still the ones written;
//! 6. for a new commit ([`Build`]): the repository's commit hooks run on
//!    the files and the prepared index (see [`super::hooks`]), the commit is
//!    made with the message they leave, and the journal names it (until
//!    then it names none, so a kill meanwhile is undone); a hook that
//!    changed the index or a file written refuses;
//! 7. the branch is moved, if it still points at the old commit;
//! 8. the prepared index is renamed into place;
//! 9. the journal and scratch files are removed.
//!
//! A failure at steps 2–7 puts the files back and releases the lock, so the
//! repository, index and work tree are exactly as before. A failure at 8
//! (the branch has moved) is finished at once by the caller, still under
//! the ropa lock, or else by the next ropa from the journal.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use git2::{ErrorCode, Index, IndexEntry, IndexTime, ObjectType, Oid};

use super::Refusal;
use super::gitindex;
use super::journal::{BUILD_PREFIX, Journal, JournalFile, remove_empty_parents, sync_dir};
use super::repo::Repo;
use crate::register::write::write_atomic_meta;

/// How long a transaction waits for another program to release git's
/// `index.lock` (IDEs and shells hold it for milliseconds while refreshing
/// the index).
pub const INDEX_LOCK_WAIT: Duration = Duration::from_secs(3);
/// How long a transaction waits for another program's lock on the branch.
const REF_LOCK_WAIT: Duration = Duration::from_secs(2);

/// A file the move brings along.
#[derive(Debug, Clone)]
pub(crate) struct FileMove {
    /// Repository path.
    pub path: String,
    /// The blob and git file mode it holds after; `None` removes it.
    pub after: Option<(Oid, u32)>,
    /// The blob of the bytes the caller saw on disk (`Some(None)`: no
    /// file); a difference when the transaction reads the file means it
    /// changed meanwhile, and nothing is done. `None`: not checked.
    pub expect_disk: Option<Option<Oid>>,
}

/// Makes the new commit once the files are written and the index is
/// prepared in git's `index.lock` (its absolute path is the argument):
/// runs the commit hooks and creates the commit object; returns it and its
/// reflog message.
pub(crate) type Build<'a> = &'a mut dyn FnMut(&Path) -> Result<(Oid, String), Refusal>;

/// One move of a branch with the files that change.
#[derive(Debug, Clone)]
pub(crate) struct Move {
    /// `refs/heads/…`.
    pub branch: String,
    /// Where the branch points now (`None` before its first commit).
    pub old: Option<Oid>,
    /// Where it points after (ignored when a [`Build`] makes the commit).
    pub new: Oid,
    /// The files that differ between the two.
    pub files: Vec<FileMove>,
    /// The reflog message (`commit: …`).
    pub reflog: String,
    /// The index entries (blob and mode) these paths must still have once
    /// the index is locked (what the caller checked); a difference means
    /// someone staged something meanwhile, and nothing is done.
    pub expect_index: Vec<(String, Option<(Oid, u32)>)>,
}

/// Runs `mv`; with `build`, the commit it moves the branch to is made by
/// `build` under the index lock (step 6), and returned. The caller holds the
/// ropa lock and has checked the preconditions; see the module
/// documentation for the steps.
pub(crate) fn apply(repo: &Repo, mv: &Move, build: Option<Build<'_>>) -> Result<Oid, Refusal> {
    let gitdir = std::path::absolute(repo.repo.path()).map_err(|source| Refusal::Io {
        path: repo.repo.path().display().to_string(),
        source,
    })?;
    let workdir = repo.workdir.clone();
    let token = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    );

    // 1. The journal, naming the transaction's token (and so the file it
    // will link as git's index lock).
    step("journal");
    let mut journal = Journal {
        version: 1,
        token,
        branch: mv.branch.clone(),
        old: mv.old.map(|o| o.to_string()),
        // A commit still to be made is named once it exists (step 6).
        new: match build {
            Some(_) => String::new(),
            None => mv.new.to_string(),
        },
        files: Vec::new(),
    };
    let write_journal = |j: &Journal| {
        j.write(&gitdir).map_err(|source| Refusal::Io {
            path: super::journal::JOURNAL_FILE.into(),
            source,
        })
    };
    write_journal(&journal)?;

    // 2. git's index lock.
    step("index-lock");
    let placeholder = journal.index_file(&gitdir);
    let lock = gitdir.join("index.lock");
    if let Err(e) = take_index_lock(&placeholder, &lock) {
        journal.remove(&gitdir);
        return Err(e);
    }
    let release = |journal: &Journal| {
        let _ = fs::remove_file(&lock);
        journal.remove(&gitdir);
    };

    // Under the lock: HEAD still on the branch, the files still as the
    // caller saw them (an editor or a pull may have written them while the
    // lock was awaited). Their bytes now are what an undo puts back.
    step("check");
    match repo.branch_ref() {
        Ok(b) if b == mv.branch => {}
        _ => {
            release(&journal);
            return Err(Refusal::HeadMoved);
        }
    }
    for f in &mv.files {
        let disk = workdir.join(&f.path);
        let (before, before_mode) = match read_entry(&disk) {
            Ok((bytes, mode)) => (Some(repo.repo.blob(&bytes)?), Some(mode)),
            Err(e) if absent(&e) => (None, None),
            Err(source) => {
                release(&journal);
                return Err(Refusal::Io {
                    path: f.path.clone(),
                    source,
                });
            }
        };
        if let Some(expected) = f.expect_disk
            && expected != before
        {
            release(&journal);
            return Err(Refusal::Conflict {
                path: f.path.clone(),
                current: fs::read(&disk)
                    .ok()
                    .map(|b| String::from_utf8_lossy(&b).into_owned()),
            });
        }
        journal.files.push(JournalFile {
            path: f.path.clone(),
            before: before.map(|b| b.to_string()),
            before_mode,
            after: f.after.map(|(id, _)| id.to_string()),
        });
    }
    if let Err(e) = write_journal(&journal) {
        release(&journal);
        return Err(e);
    }
    let undo = |journal: &Journal, err: Refusal| -> Refusal {
        // Files back, lock released, journal gone: as before.
        let restored = super::journal::undo_files(&repo.repo, journal);
        release(journal);
        match restored {
            Ok(kept) if kept.is_empty() => err,
            Ok(kept) => Refusal::Io {
                path: kept.join(", "),
                source: std::io::Error::other(format!(
                    "{err}; these files changed while saving and were left as they are"
                )),
            },
            Err(e) => Refusal::Io {
                path: "work tree".into(),
                source: std::io::Error::other(format!("{err}; putting files back failed: {e}")),
            },
        }
    };

    // 3. The files: removals first, so a file can take a removed folder's
    // place and the other way round.
    step("files");
    let mut written: Vec<(&str, Written)> = Vec::new();
    let order = mv
        .files
        .iter()
        .filter(|f| f.after.is_none())
        .chain(mv.files.iter().filter(|f| f.after.is_some()));
    for f in order {
        let disk = workdir.join(&f.path);
        let io = |source| Refusal::Io {
            path: f.path.clone(),
            source,
        };
        let result = match f.after {
            Some((id, mode)) => (|| {
                let bytes = repo.repo.find_blob(id).map_err(Refusal::from)?;
                if let Some(dir) = disk.parent() {
                    fs::create_dir_all(dir).map_err(io)?;
                }
                let w = write_file(&disk, bytes.content(), mode).map_err(io)?;
                written.push((f.path.as_str(), w));
                Ok(())
            })(),
            None => match fs::remove_file(&disk) {
                Ok(()) => {
                    remove_empty_parents(&repo.root(), &disk);
                    Ok(())
                }
                Err(e) if absent(&e) => Ok(()),
                Err(e) => Err(io(e)),
            },
        };
        if let Err(e) = result {
            return Err(undo(&journal, e));
        }
        step("file-written");
    }

    // 4. The index, prepared under the lock.
    step("index");
    if let Err(e) = prepare_index(
        repo,
        &gitdir,
        &journal.token,
        &placeholder,
        &mv.files,
        &mv.expect_index,
        &written,
    ) {
        return Err(undo(&journal, e));
    }

    // 5. A new commit: the hooks on what is about to be committed, then the
    // commit object, then the journal naming it.
    let (new, reflog) = match build {
        None => (mv.new, mv.reflog.clone()),
        Some(build) => {
            step("hooks");
            let made = build(&lock).and_then(|made| {
                unchanged_by_hooks(repo, &lock, &placeholder, &mv.files)?;
                Ok(made)
            });
            let made = match made {
                Ok(m) => m,
                Err(e) => return Err(undo(&journal, e)),
            };
            journal.new = made.0.to_string();
            if let Err(e) = write_journal(&journal) {
                return Err(undo(&journal, e));
            }
            made
        }
    };

    // 6. The branch (unless the change is to files only).
    step("branch");
    if mv.old != Some(new)
        && let Err(e) = move_branch(repo, &mv.branch, mv.old, new, &reflog)
    {
        return Err(undo(&journal, e));
    }

    // 7. The index into place: the transaction is complete.
    step("index-rename");
    if let Err(source) = fs::rename(&lock, gitdir.join("index")) {
        return Err(Refusal::Unfinished {
            commit: new,
            problem: source.to_string(),
        });
    }
    sync_dir(&gitdir);

    // 8. Clean up.
    step("cleanup");
    journal.remove(&gitdir);
    Ok(new)
}

/// After the commit hooks ran: refuses when they changed the prepared
/// index (its entries) or a file the transaction wrote or removed. When a
/// git program in a hook rewrote `index.lock` with the same entries (`git
/// status` refreshing stat data does), the transaction's own file is put
/// back as the lock, so recovery still knows it for its own.
fn unchanged_by_hooks(
    repo: &Repo,
    lock: &Path,
    placeholder: &Path,
    files: &[FileMove],
) -> Result<(), Refusal> {
    let mut changed = Vec::new();
    if !super::journal::same_file(lock, placeholder) {
        // Path, blob, mode and stage of each entry.
        type Entries = Vec<(Vec<u8>, Oid, u32, u16)>;
        let entries = |p: &Path| -> Option<Entries> {
            let index = Index::open(p).ok()?;
            Some(
                index
                    .iter()
                    .map(|e| (e.path, e.id, e.mode, e.flags & 0x3000))
                    .collect(),
            )
        };
        let ours = entries(placeholder);
        if ours.is_none() || entries(lock) != ours {
            changed.push("git's index".to_string());
        } else {
            // Atomically: a second name for the placeholder, renamed over
            // the lock.
            let relink = placeholder.with_extension("relink");
            let _ = fs::remove_file(&relink);
            let result =
                fs::hard_link(placeholder, &relink).and_then(|()| fs::rename(&relink, lock));
            if let Err(source) = result {
                let _ = fs::remove_file(&relink);
                return Err(Refusal::Io {
                    path: lock.display().to_string(),
                    source,
                });
            }
        }
    }
    for f in files {
        let now = match read_entry(&repo.workdir.join(&f.path)) {
            Ok((bytes, _)) => Some(blob_id(&bytes)?),
            Err(e) if absent(&e) => None,
            Err(source) => {
                return Err(Refusal::Io {
                    path: f.path.clone(),
                    source,
                });
            }
        };
        if now != f.after.map(|(id, _)| id) {
            changed.push(f.path.clone());
        }
    }
    if changed.is_empty() {
        Ok(())
    } else {
        Err(Refusal::HookChanged { what: changed })
    }
}

/// git's file mode of an executable file.
const EXECUTABLE: u32 = 0o100755;
/// git's file mode of a symbolic link.
pub(crate) const SYMLINK: u32 = 0o120000;

/// What a file ropa wrote looked like right after: enough to tell later
/// whether it is still ropa's file or another program wrote it since.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Written {
    ino: u64,
    size: u64,
    mtime: (i64, i64),
}

impl Written {
    fn of(meta: &fs::Metadata) -> Written {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Written {
                ino: meta.ino(),
                size: meta.len(),
                mtime: (meta.mtime(), meta.mtime_nsec()),
            }
        }
        #[cfg(not(unix))]
        {
            Written {
                ino: 0,
                size: meta.len(),
                mtime: (0, 0),
            }
        }
    }
}

/// An error that means "there is no such file": not found, or a folder
/// where a file was expected (or the other way round).
pub(crate) fn absent(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::NotFound
            | std::io::ErrorKind::NotADirectory
            | std::io::ErrorKind::IsADirectory
    )
}

/// Writes a file of the work tree as git's `mode` says: a symbolic link
/// (the blob is its target), an executable or a plain file; returns what
/// it looks like now.
fn write_file(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<Written> {
    #[cfg(unix)]
    if mode == SYMLINK {
        let target = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes);
        match fs::symlink_metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(std::io::Error::other("a folder is in the way"));
            }
            Ok(_) => fs::remove_file(path)?,
            Err(_) => {}
        }
        std::os::unix::fs::symlink(target, path)?;
        return Ok(Written::of(&fs::symlink_metadata(path)?));
    }
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        // A link replaced by a file: never write through it.
        fs::remove_file(path)?;
    }
    let mut meta = write_atomic_meta(path, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = meta.permissions();
        let want = if mode == EXECUTABLE {
            perms.mode() | 0o111
        } else {
            perms.mode() & !0o111
        };
        if want != perms.mode() {
            fs::set_permissions(path, fs::Permissions::from_mode(want))?;
            meta = fs::metadata(path)?;
        }
    }
    Ok(Written::of(&meta))
}

/// Takes git's `index.lock` by hard-linking `placeholder` to it, waiting
/// up to [`INDEX_LOCK_WAIT`] while another program holds it.
fn take_index_lock(placeholder: &Path, lock: &Path) -> Result<(), Refusal> {
    let io = |source| Refusal::Io {
        path: placeholder.display().to_string(),
        source,
    };
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(placeholder)
        .and_then(|f| f.sync_all())
        .map_err(io)?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match fs::hard_link(placeholder, lock) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if start.elapsed() >= INDEX_LOCK_WAIT {
                    let _ = fs::remove_file(placeholder);
                    return Err(Refusal::GitLocked(lock.to_path_buf()));
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = fs::remove_file(placeholder);
                return Err(io(e));
            }
        }
    }
}

/// Writes the new index (the current one, read under the lock, with
/// `files` updated and stat data from the files just written) into
/// `placeholder`, which is linked as `index.lock`, and flushes it to disk.
/// The entries of `expect` must still be as the caller saw them: a
/// difference means someone staged something meanwhile.
fn prepare_index(
    repo: &Repo,
    gitdir: &Path,
    token: &str,
    placeholder: &Path,
    files: &[FileMove],
    expect: &[(String, Option<(Oid, u32)>)],
    written: &[(&str, Written)],
) -> Result<(), Refusal> {
    let io = |source| Refusal::Io {
        path: "the git index".into(),
        source,
    };
    let index_path = gitdir.join("index");
    let current = match fs::read(&index_path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => gitindex::empty(),
        Err(e) => return Err(io(e)),
    };
    let index_mtime = index_mtime(&index_path);
    let bytes = match gitindex::RawIndex::parse(&current) {
        Ok(raw) => {
            for (path, expected) in expect {
                if raw.blob(path).zip(raw.mode(path)) != *expected {
                    return Err(Refusal::Staged { path: path.clone() });
                }
            }
            let mut changes = Vec::with_capacity(files.len());
            for f in files {
                let new = match f.after {
                    Some((id, mode)) => Some(stat_entry(repo, &f.path, id, mode, written)?),
                    None => None,
                };
                changes.push((f.path.clone(), new));
            }
            let smudge = racily_changed(&repo.workdir, &raw, index_mtime);
            match raw.with(&changes, &smudge) {
                Ok(b) => b,
                Err(_) => libgit2_index(repo, gitdir, token, files, expect, written, index_mtime)?,
            }
        }
        Err(_) => libgit2_index(repo, gitdir, token, files, expect, written, index_mtime)?,
    };
    let mut f = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(placeholder)
        .map_err(io)?;
    std::io::Write::write_all(&mut f, &bytes).map_err(io)?;
    f.sync_all().map_err(io)?;
    Ok(())
}

/// The index entry of a file the transaction wrote: with its stat data
/// when it is still the file ropa wrote, so git sees it clean; with none
/// when another program wrote it since, so git reads it again and sees
/// the difference instead of taking ropa's blob for it.
fn stat_entry(
    repo: &Repo,
    path: &str,
    id: Oid,
    mode: u32,
    written: &[(&str, Written)],
) -> Result<gitindex::NewEntry, Refusal> {
    let ours = written.iter().find(|(p, _)| *p == path).map(|(_, w)| *w);
    let meta = fs::symlink_metadata(repo.workdir.join(path)).ok();
    match meta {
        Some(m) if Some(Written::of(&m)) == ours => Ok(new_entry(id, mode, &m)),
        _ => Ok(smudged(id, mode)),
    }
}

/// The index entry of a file the transaction wrote, found on disk later
/// (recovery): with its stat data when it holds blob `id`, else with none,
/// so git reads it again.
pub(crate) fn index_entry_for(
    workdir: &Path,
    path: &str,
    id: Oid,
    mode: u32,
) -> gitindex::NewEntry {
    let file = workdir.join(path);
    let matches = read_entry(&file)
        .ok()
        .and_then(|(bytes, _)| blob_id(&bytes).ok())
        == Some(id);
    match (matches, fs::symlink_metadata(&file)) {
        (true, Ok(meta)) => new_entry(id, mode, &meta),
        _ => smudged(id, mode),
    }
}

/// When git's index file was last written, in whole seconds (0 when it
/// does not exist or the file system does not say: every entry then
/// counts as racily clean, which costs reading the files, never a change
/// missed).
pub(crate) fn index_mtime(index: &Path) -> u32 {
    fs::metadata(index)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32)
}

/// The racily clean entries of `raw` (see [`gitindex::RawIndex::racy`])
/// whose file no longer holds the entry's blob: a change made in the same
/// second as git last wrote the index. Rewriting the index without
/// smudging them would make git trust their stat data and take the
/// change for clean: `git status` would not show it and `git commit -a`
/// would leave it out.
pub(crate) fn racily_changed<'a>(
    workdir: &Path,
    raw: &gitindex::RawIndex<'a>,
    index_mtime: u32,
) -> Vec<&'a [u8]> {
    raw.racy(index_mtime)
        .into_iter()
        .filter(|(path, id, _)| !holds(workdir, path, *id))
        .map(|(path, ..)| path)
        .collect()
}

/// Whether the work tree file at `path` holds blob `id` (as raw bytes: a
/// file git filters counts as changed, which only makes git look again).
fn holds(workdir: &Path, path: &[u8], id: Oid) -> bool {
    let Ok(path) = std::str::from_utf8(path) else {
        return false;
    };
    read_entry(&workdir.join(path))
        .ok()
        .and_then(|(bytes, _)| blob_id(&bytes).ok())
        == Some(id)
}

/// An index entry without stat data: git compares the file's content.
fn smudged(id: Oid, mode: u32) -> gitindex::NewEntry {
    gitindex::NewEntry {
        ctime: (0, 0),
        mtime: (0, 0),
        dev: 0,
        ino: 0,
        mode,
        uid: 0,
        gid: 0,
        size: 0,
        id,
    }
}

/// The new index through libgit2, for index files [`gitindex`] does not
/// edit (version 4): a copy is read, updated and written, and its bytes
/// returned. Index files libgit2 cannot read either (a split or sparse
/// index) refuse the save, with how to turn them off.
fn libgit2_index(
    repo: &Repo,
    gitdir: &Path,
    token: &str,
    files: &[FileMove],
    expect: &[(String, Option<(Oid, u32)>)],
    written: &[(&str, Written)],
    index_mtime: u32,
) -> Result<Vec<u8>, Refusal> {
    let build = gitdir.join(format!("{BUILD_PREFIX}{token}"));
    let io = |source| Refusal::Io {
        path: "the git index".into(),
        source,
    };
    match fs::copy(gitdir.join("index"), &build) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(e)),
    }
    let mut index = match Index::open(&build) {
        Ok(i) => i,
        Err(e) => {
            let _ = fs::remove_file(&build);
            return Err(Refusal::IndexFormat(e.message().to_string()));
        }
    };
    for (path, expected) in expect {
        let now = index.get_path(Path::new(path), 0).map(|e| (e.id, e.mode));
        if now != *expected {
            let _ = fs::remove_file(&build);
            return Err(Refusal::Staged { path: path.clone() });
        }
    }
    for f in files {
        match f.after {
            Some((id, mode)) => {
                let e = stat_entry(repo, &f.path, id, mode, written)?;
                index.add(&IndexEntry {
                    ctime: IndexTime::new(e.ctime.0 as i32, e.ctime.1),
                    mtime: IndexTime::new(e.mtime.0 as i32, e.mtime.1),
                    dev: e.dev,
                    ino: e.ino,
                    mode,
                    uid: e.uid,
                    gid: e.gid,
                    file_size: e.size,
                    id,
                    flags: f.path.len().min(0xfff) as u16,
                    flags_extended: 0,
                    path: f.path.as_bytes().to_vec(),
                })?;
            }
            None => match index.remove(Path::new(&f.path), 0) {
                Ok(()) => {}
                Err(e) if e.code() == ErrorCode::NotFound => {}
                Err(e) => return Err(e.into()),
            },
        }
    }
    // Racily clean entries whose file changed keep their blob with size 0,
    // as in [`prepare_index`] (libgit2 judges raciness by the copy's time,
    // which is now, so it would not see them).
    let racy: Vec<IndexEntry> = index
        .iter()
        .filter(|e| (e.flags & 0x3000) == 0 && e.mtime.seconds() as u32 >= index_mtime)
        .filter(|e| !holds(&repo.workdir, &e.path, e.id))
        .collect();
    for mut e in racy {
        e.file_size = 0;
        index.add(&e)?;
    }
    index.write()?;
    drop(index);
    let bytes = fs::read(&build).map_err(io)?;
    let _ = fs::remove_file(&build);
    Ok(bytes)
}

/// The stat data git keeps for a file just written.
fn new_entry(id: Oid, mode: u32, meta: &fs::Metadata) -> gitindex::NewEntry {
    let e = entry("", id, mode, meta);
    gitindex::NewEntry {
        ctime: (e.ctime.seconds() as u32, e.ctime.nanoseconds()),
        mtime: (e.mtime.seconds() as u32, e.mtime.nanoseconds()),
        dev: e.dev,
        ino: e.ino,
        mode,
        uid: e.uid,
        gid: e.gid,
        size: e.file_size,
        id,
    }
}

/// An index entry for a file just written, with its stat data so that git
/// sees it clean without reading it again.
fn entry(path: &str, id: Oid, mode: u32, meta: &fs::Metadata) -> IndexEntry {
    #[cfg(unix)]
    let (ctime, mtime, dev, ino, uid, gid) = {
        use std::os::unix::fs::MetadataExt;
        (
            IndexTime::new(meta.ctime() as i32, meta.ctime_nsec() as u32),
            IndexTime::new(meta.mtime() as i32, meta.mtime_nsec() as u32),
            meta.dev() as u32,
            meta.ino() as u32,
            meta.uid(),
            meta.gid(),
        )
    };
    #[cfg(not(unix))]
    let (ctime, mtime, dev, ino, uid, gid) =
        (IndexTime::new(0, 0), IndexTime::new(0, 0), 0, 0, 0, 0);
    IndexEntry {
        ctime,
        mtime,
        dev,
        ino,
        mode,
        uid,
        gid,
        file_size: meta.len() as u32,
        id,
        flags: path.len().min(0xfff) as u16,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

/// Moves `branch` from `old` to `new` unless it points elsewhere by now
/// ([`Refusal::HeadMoved`]); waits briefly while another program holds the
/// branch's lock.
fn move_branch(
    repo: &Repo,
    branch: &str,
    old: Option<Oid>,
    new: Oid,
    reflog: &str,
) -> Result<(), Refusal> {
    let start = Instant::now();
    loop {
        let result = match old {
            Some(o) => repo.repo.reference_matching(branch, new, true, o, reflog),
            None => repo.repo.reference(branch, new, false, reflog),
        };
        match result {
            Ok(_) => return Ok(()),
            Err(e) if e.code() == ErrorCode::Locked && start.elapsed() < REF_LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) if matches!(e.code(), ErrorCode::Modified | ErrorCode::Exists) => {
                return Err(Refusal::HeadMoved);
            }
            Err(e) if e.code() == ErrorCode::Locked => {
                return Err(Refusal::GitLocked(
                    repo.repo.commondir().join(format!("{branch}.lock")),
                ));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// A work tree file as git stores it: a symbolic link's target (with
/// git's link mode), else the file's bytes and Unix permission bits.
pub(crate) fn read_entry(path: &Path) -> std::io::Result<(Vec<u8>, u32)> {
    let meta = fs::symlink_metadata(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::fs::PermissionsExt;
        if meta.file_type().is_symlink() {
            let target = fs::read_link(path)?;
            return Ok((target.as_os_str().as_bytes().to_vec(), SYMLINK));
        }
        Ok((fs::read(path)?, meta.permissions().mode()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Ok((fs::read(path)?, 0o100644))
    }
}

/// The blob of `bytes`, as git would name it.
pub(crate) fn blob_id(bytes: &[u8]) -> Result<Oid, git2::Error> {
    Oid::hash_object(ObjectType::Blob, bytes)
}

/// Marks a step of the transaction. With `ROPA_TEST_STEP_DELAY_US` set
/// (fault tests only, like git's `GIT_TEST_*` variables), the step's name
/// is written to standard error and the transaction pauses that many
/// microseconds, so that a test killing the process at random moments
/// lands in every step.
fn step(name: &str) {
    static DELAY: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();
    let delay = DELAY.get_or_init(|| {
        std::env::var("ROPA_TEST_STEP_DELAY_US")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    if let Some(us) = delay {
        eprintln!("ropa-step {name}");
        std::thread::sleep(Duration::from_micros(*us));
    }
}
