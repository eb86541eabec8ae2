//! The lower half of the transaction: moving a branch from one commit to
//! another and bringing the work tree and git's index along for the paths
//! that differ, so that either all three agree on the new commit or
//! everything is as it was.
//!
//! The order of the steps is what makes that hold when the process is
//! killed at any point (see [`super::journal`] for how the next ropa
//! finishes or undoes it):
//!
//! 1. the old bytes of every file are stored as blobs and the journal is
//!    written;
//! 2. git's `index.lock` is taken (waiting briefly while another program,
//!    such as an editor running `git status`, holds it) — from here on no
//!    git program can change the index, and `git commit` refuses to run;
//! 3. the files are written (each atomically) or removed;
//! 4. the new index is prepared under the lock;
//! 5. the branch is moved, if it still points at the old commit;
//! 6. the prepared index is renamed into place;
//! 7. the journal and scratch files are removed.
//!
//! A failure at steps 2–5 puts the files back and releases the lock, so the
//! repository, index and work tree are exactly as before. A failure at 6
//! (the branch has moved) leaves the journal for the next ropa to finish.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use git2::{ErrorCode, Index, IndexEntry, IndexTime, ObjectType, Oid};

use super::Refusal;
use super::gitindex;
use super::journal::{BUILD_PREFIX, Journal, JournalFile, remove_empty_parents, sync_dir};
use super::repo::Repo;
use crate::register::write::write_atomic;

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

/// One move of a branch with the files that change.
#[derive(Debug, Clone)]
pub(crate) struct Move {
    /// `refs/heads/…`.
    pub branch: String,
    /// Where the branch points now (`None` before its first commit).
    pub old: Option<Oid>,
    /// Where it points after.
    pub new: Oid,
    /// The files that differ between the two.
    pub files: Vec<FileMove>,
    /// The reflog message (`commit: …`).
    pub reflog: String,
    /// The index entries these paths must still have once the index is
    /// locked (what the caller checked); a difference means someone staged
    /// something meanwhile, and nothing is done.
    pub expect_index: Vec<(String, Option<Oid>)>,
}

/// Runs `mv`. The caller holds the ropa lock and has checked the
/// preconditions; see the module documentation for the steps.
pub(crate) fn apply(repo: &Repo, mv: &Move) -> Result<(), Refusal> {
    let gitdir = repo.repo.path().to_path_buf();
    let workdir = repo.workdir.clone();
    let token = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    );

    // 1. Old bytes into the object database, then the journal.
    step("journal");
    let mut files = Vec::with_capacity(mv.files.len());
    for f in &mv.files {
        let disk = workdir.join(&f.path);
        let (before, before_mode) = match read_entry(&disk) {
            Ok((bytes, mode)) => (Some(repo.repo.blob(&bytes)?), Some(mode)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, None),
            Err(source) => {
                return Err(Refusal::Io {
                    path: f.path.clone(),
                    source,
                });
            }
        };
        if let Some(expected) = f.expect_disk
            && expected != before
        {
            return Err(Refusal::Conflict {
                path: f.path.clone(),
                current: fs::read(&disk)
                    .ok()
                    .map(|b| String::from_utf8_lossy(&b).into_owned()),
            });
        }
        files.push(JournalFile {
            path: f.path.clone(),
            before: before.map(|b| b.to_string()),
            before_mode,
            after: f.after.map(|(id, _)| id.to_string()),
        });
    }
    let journal = Journal {
        version: 1,
        token,
        branch: mv.branch.clone(),
        old: mv.old.map(|o| o.to_string()),
        new: mv.new.to_string(),
        files,
    };
    journal.write(&gitdir).map_err(|source| Refusal::Io {
        path: super::journal::JOURNAL_FILE.into(),
        source,
    })?;

    // 2. git's index lock.
    step("index-lock");
    let placeholder = journal.index_file(&gitdir);
    let lock = gitdir.join("index.lock");
    if let Err(e) = take_index_lock(&placeholder, &lock) {
        journal.remove(&gitdir);
        return Err(e);
    }
    let undo = |err: Refusal| -> Refusal {
        // Files back, lock released, journal gone: as before.
        let restored = super::journal::undo_files(&repo.repo, &journal);
        let _ = fs::remove_file(&lock);
        journal.remove(&gitdir);
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

    // 3. The files.
    step("files");
    for f in &mv.files {
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
                write_file(&disk, bytes.content(), mode).map_err(io)
            })(),
            None => match fs::remove_file(&disk) {
                Ok(()) => {
                    remove_empty_parents(&repo.root(), &disk);
                    Ok(())
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(io(e)),
            },
        };
        if let Err(e) = result {
            return Err(undo(e));
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
    ) {
        return Err(undo(e));
    }

    // 5. The branch.
    step("branch");
    if let Err(e) = move_branch(repo, &mv.branch, mv.old, mv.new, &mv.reflog) {
        return Err(undo(e));
    }

    // 6. The index into place: the transaction is complete.
    step("index-rename");
    if let Err(source) = fs::rename(&lock, gitdir.join("index")) {
        return Err(Refusal::Unfinished {
            commit: mv.new,
            problem: source.to_string(),
        });
    }
    sync_dir(&gitdir);

    // 7. Clean up.
    step("cleanup");
    journal.remove(&gitdir);
    Ok(())
}

/// git's file mode of an executable file.
const EXECUTABLE: u32 = 0o100755;
/// git's file mode of a symbolic link.
pub(crate) const SYMLINK: u32 = 0o120000;

/// Writes a file of the work tree as git's `mode` says: a symbolic link
/// (the blob is its target), an executable or a plain file.
fn write_file(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
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
        return std::os::unix::fs::symlink(target, path);
    }
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        // A link replaced by a file: never write through it.
        fs::remove_file(path)?;
    }
    write_atomic(path, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = fs::metadata(path)?.permissions();
        let want = if mode == EXECUTABLE {
            perms.mode() | 0o111
        } else {
            perms.mode() & !0o111
        };
        if want != perms.mode() {
            fs::set_permissions(path, fs::Permissions::from_mode(want))?;
        }
    }
    Ok(())
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
                    return Err(Refusal::IndexLocked(lock.to_path_buf()));
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
    expect: &[(String, Option<Oid>)],
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
    let bytes = match gitindex::RawIndex::parse(&current) {
        Ok(raw) => {
            for (path, expected) in expect {
                if raw.blob(path) != *expected {
                    return Err(Refusal::Staged { path: path.clone() });
                }
            }
            let mut changes = Vec::with_capacity(files.len());
            for f in files {
                let new = match f.after {
                    Some((id, mode)) => {
                        let meta = fs::symlink_metadata(repo.workdir.join(&f.path)).map_err(io)?;
                        Some(new_entry(id, mode, &meta))
                    }
                    None => None,
                };
                changes.push((f.path.clone(), new));
            }
            match raw.with(&changes) {
                Ok(b) => b,
                Err(_) => libgit2_index(repo, gitdir, token, files, expect)?,
            }
        }
        Err(_) => libgit2_index(repo, gitdir, token, files, expect)?,
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

/// The new index through libgit2, for index files [`gitindex`] does not
/// edit (version 4, split or sparse indexes): a copy is read, updated and
/// written, and its bytes returned.
fn libgit2_index(
    repo: &Repo,
    gitdir: &Path,
    token: &str,
    files: &[FileMove],
    expect: &[(String, Option<Oid>)],
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
    let mut index = Index::open(&build)?;
    for (path, expected) in expect {
        if index.get_path(Path::new(path), 0).map(|e| e.id) != *expected {
            return Err(Refusal::Staged { path: path.clone() });
        }
    }
    for f in files {
        match f.after {
            Some((id, mode)) => {
                let meta = fs::symlink_metadata(repo.workdir.join(&f.path)).map_err(io)?;
                index.add(&entry(&f.path, id, mode, &meta))?;
            }
            None => match index.remove(Path::new(&f.path), 0) {
                Ok(()) => {}
                Err(e) if e.code() == ErrorCode::NotFound => {}
                Err(e) => return Err(e.into()),
            },
        }
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
