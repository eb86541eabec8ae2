//! Saving one change to the register as exactly one git commit.
//!
//! A save writes each file atomically ([`write_atomic`]) and commits exactly
//! those files: the commit's tree is HEAD's tree with the edit applied, so
//! other staged or unstaged changes in the work tree are neither committed
//! nor disturbed. The author is the user's git identity. A file that changed
//! on disk or in HEAD since it was loaded is not overwritten unless the
//! caller forces; a failed write or commit puts the old bytes back.
//!
//! Saves to one repository take turns: each holds an advisory lock on
//! `ropa-save.lock` in the git folder while it checks, writes and commits,
//! so two ropa processes saving at the same moment both land (different
//! files) or the second is told of the conflict (the same file). The
//! operating system releases the lock when a process dies, even by SIGKILL.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use git2::build::TreeUpdateBuilder;
use git2::{ErrorCode, FileMode, ObjectType, Oid, Repository, RepositoryState, Tree};

use super::write::write_atomic;

/// What a file looked like when its record was loaded; [`save`] refuses to
/// overwrite it if it has changed since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// Path relative to the register root, with `/` separators.
    pub path: String,
    /// The bytes on disk, `None` when the file did not exist.
    disk: Option<Vec<u8>>,
    /// The blob in HEAD, `None` when HEAD had no such file.
    head: Option<Oid>,
}

/// One change to the register: files to write and files to remove, saved as
/// one commit. A rename is a write of the new path and a removal of the old.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Edit {
    /// Register-relative paths and their new bytes.
    pub writes: Vec<(String, Vec<u8>)>,
    /// Register-relative paths to delete.
    pub removes: Vec<String>,
    /// The commit message (see [`super::diff::commit_message`]).
    pub message: String,
}

/// Why a save did not happen. Messages say what to do next.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// git has no user name or e-mail address; nothing was written.
    #[error(
        "git does not know who you are, so the change cannot be recorded under your name. \
         Nothing was saved. Set your name and e-mail address once with:\n  \
         git config --global user.name \"Your Name\"\n  \
         git config --global user.email \"you@example.org\"\nthen save again."
    )]
    NoIdentity,
    /// The file changed on disk or in git since it was loaded.
    #[error(
        "{path} was changed by someone else (another program, an editor or a git pull) \
         since you opened it. Your change was not saved; reload to see the current version."
    )]
    Conflict {
        /// Register-relative path.
        path: String,
        /// The text on disk now, `None` when the file is gone.
        current: Option<String>,
    },
    /// Another commit landed on the branch while saving; the files were
    /// restored.
    #[error(
        "the register's history moved while saving (another save or a git pull). \
         Your change was not saved; reload and try again."
    )]
    HeadMoved,
    /// The register is not inside a git work tree.
    #[error("{0}: not in a git repository, so changes cannot be recorded (`git init` creates one)")]
    NotARepository(PathBuf),
    /// git is in the middle of a merge, rebase or similar.
    #[error("git is in the middle of a {0}; finish or abort it (see `git status`) before saving")]
    Busy(String),
    /// HEAD is not on a branch, so a commit made now would be easy to lose.
    #[error(
        "git is not on a branch (detached HEAD), so a change saved now could be lost when \
         another branch is checked out. Nothing was saved. Switch to a branch first \
         (`git switch <branch>`), then save again."
    )]
    DetachedHead,
    /// A git lock file is present: another git program is at work, or one
    /// was interrupted and left it behind. Nothing was written.
    #[error(
        "{0} exists: another git program is working on this repository, or one was \
         interrupted and left the file behind. Nothing was saved. If no git program is \
         running, delete that file and save again."
    )]
    Locked(PathBuf),
    /// Another ropa kept the register's save lock for too long.
    #[error(
        "another ropa has been saving to this register for over {0} seconds. \
         Nothing was saved; try again."
    )]
    SaveInProgress(u64),
    /// A path that is not a plain file path inside the register.
    #[error(
        "{0}: not a plain file path inside the register (no `..`, absolute paths, symbolic \
         links, `.git` or names Windows reserves for devices, like `con` or `nul`)"
    )]
    BadPath(String),
    /// A file could not be read or written; the old file is intact.
    #[error("{path}: {source}")]
    Io {
        /// Register-relative path.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// git failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
}

/// The repository of a register, and where the register lies in its work
/// tree.
struct Repo {
    repo: Repository,
    workdir: PathBuf,
    /// The register root relative to the work tree, `/`-separated, with a
    /// trailing `/` unless empty.
    prefix: String,
}

impl Repo {
    fn open(root: &Path) -> Result<Repo, SaveError> {
        let (repo, workdir, prefix) = super::git::register_repository(root)
            .ok_or_else(|| SaveError::NotARepository(root.to_path_buf()))?;
        Ok(Repo {
            repo,
            workdir,
            prefix,
        })
    }

    /// The repository path of a register path.
    fn repo_path(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    /// The file on disk for a register path.
    fn disk_path(&self, rel: &str) -> PathBuf {
        self.workdir.join(self.repo_path(rel))
    }

    /// HEAD's tree, `None` before the first commit.
    fn head_tree(&self) -> Result<Option<Tree<'_>>, SaveError> {
        match self.repo.head() {
            Ok(head) => Ok(Some(head.peel_to_tree()?)),
            Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The blob at a register path in `tree`.
    fn blob_in(&self, tree: Option<&Tree<'_>>, rel: &str) -> Option<(Oid, i32)> {
        let entry = tree?.get_path(Path::new(&self.repo_path(rel))).ok()?;
        (entry.kind() == Some(ObjectType::Blob)).then(|| (entry.id(), entry.filemode()))
    }

    /// The file's bytes, `None` when it does not exist.
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, SaveError> {
        match fs::read(self.disk_path(rel)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(SaveError::Io {
                path: rel.to_string(),
                source,
            }),
        }
    }
}

/// Rejects anything but a relative path of plain names: no `..`, `.`,
/// empty or absolute parts, no NUL or backslash, nothing inside `.git`, and
/// no names Windows reserves for devices (`con`, `nul`, `com1.ron`, ...), which
/// a teammate on Windows could not check out and which would be written to a
/// device there instead of a file.
fn check_path(rel: &str) -> Result<(), SaveError> {
    let bad = rel.is_empty()
        || rel.contains(['\0', '\\'])
        || rel.split('/').any(|part| {
            part.is_empty()
                || part == "."
                || part == ".."
                || part.eq_ignore_ascii_case(".git")
                || is_reserved_on_windows(part)
        });
    if bad {
        Err(SaveError::BadPath(rel.to_string()))
    } else {
        Ok(())
    }
}

/// A device name on Windows, with or without an extension (`NUL`, `con.ron`).
fn is_reserved_on_windows(part: &str) -> bool {
    let stem = part.split('.').next().unwrap_or_default().trim_end();
    let stem = stem.to_ascii_lowercase();
    matches!(
        stem.as_str(),
        "con" | "prn" | "aux" | "nul" | "conin$" | "conout$"
    ) || ((stem.starts_with("com") || stem.starts_with("lpt"))
        && stem.len() == 4
        && stem.as_bytes()[3].is_ascii_digit()
        && stem.as_bytes()[3] != b'0')
}

/// Rejects a path that is, or whose folders on disk include, a symbolic
/// link, which could lead outside the register: such a file is neither read
/// (for the conflict check) nor written.
fn check_no_symlinks(repo: &Repo, rel: &str) -> Result<(), SaveError> {
    let mut path = repo.workdir.join(repo.prefix.trim_end_matches('/'));
    for part in rel.split('/') {
        path.push(part);
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(SaveError::BadPath(rel.to_string()));
        }
    }
    Ok(())
}

/// How long a save waits for another ropa's save to the same repository.
const SAVE_LOCK_WAIT: Duration = Duration::from_secs(10);

/// Takes the repository's save lock (see the module documentation); it is
/// held until the returned file is dropped.
fn lock_saves(repo: &Repo) -> Result<fs::File, SaveError> {
    let path = repo.repo.commondir().join("ropa-save.lock");
    let io = |source| SaveError::Io {
        path: path.display().to_string(),
        source,
    };
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io)?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < SAVE_LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(SaveError::SaveInProgress(SAVE_LOCK_WAIT.as_secs()));
            }
            Err(fs::TryLockError::Error(e)) => return Err(io(e)),
        }
    }
}

/// A readable name for a state git is in the middle of.
fn state_name(state: RepositoryState) -> &'static str {
    match state {
        RepositoryState::Clean => "clean state",
        RepositoryState::Merge => "merge",
        RepositoryState::Revert | RepositoryState::RevertSequence => "revert",
        RepositoryState::CherryPick | RepositoryState::CherryPickSequence => "cherry-pick",
        RepositoryState::Bisect => "bisect",
        RepositoryState::Rebase
        | RepositoryState::RebaseInteractive
        | RepositoryState::RebaseMerge => "rebase",
        RepositoryState::ApplyMailbox | RepositoryState::ApplyMailboxOrRebase => {
            "`git am` (applying patches)"
        }
    }
}

/// Records what the file at register path `rel` looks like now, on disk and
/// in HEAD. Take it when the record is loaded.
pub fn baseline(root: &Path, rel: &str) -> Result<Baseline, SaveError> {
    check_path(rel)?;
    let repo = Repo::open(root)?;
    check_no_symlinks(&repo, rel)?;
    let head = repo.head_tree()?;
    Ok(Baseline {
        path: rel.to_string(),
        disk: repo.read(rel)?,
        head: repo.blob_in(head.as_ref(), rel).map(|(id, _)| id),
    })
}

/// Like [`baseline`], but with the file's bytes as they were loaded, so a
/// change made on disk between loading and this call is still caught.
pub fn baseline_loaded(root: &Path, rel: &str, loaded: &[u8]) -> Result<Baseline, SaveError> {
    Ok(Baseline {
        disk: Some(loaded.to_vec()),
        ..baseline(root, rel)?
    })
}

/// Saves `edit` as one commit on HEAD's branch and returns its id, or
/// `None` when nothing changed (no commit is made).
///
/// Every path is checked against its baseline in `baselines`; a path without
/// a baseline is a new file and must not exist yet. Unless `force`, a file
/// that differs from its baseline on disk or in HEAD gives
/// [`SaveError::Conflict`] and nothing is written.
pub fn save(
    root: &Path,
    edit: &Edit,
    baselines: &[Baseline],
    force: bool,
) -> Result<Option<Oid>, SaveError> {
    let paths: Vec<&str> = edit
        .writes
        .iter()
        .map(|(p, _)| p.as_str())
        .chain(edit.removes.iter().map(String::as_str))
        .collect();
    for (i, p) in paths.iter().enumerate() {
        check_path(p)?;
        if paths[..i].contains(p) {
            return Err(SaveError::BadPath(p.to_string()));
        }
    }
    let repo = Repo::open(root)?;
    for p in &paths {
        check_no_symlinks(&repo, p)?;
    }
    let _turn = lock_saves(&repo)?;
    match repo.repo.state() {
        RepositoryState::Clean => {}
        state => return Err(SaveError::Busy(state_name(state).into())),
    }
    let sig = repo.repo.signature().map_err(|_| SaveError::NoIdentity)?;
    if repo.repo.head_detached()? {
        return Err(SaveError::DetachedHead);
    }
    // The index is updated after the commit; a lock left on it would fail
    // the save half-way, so it is reported before anything is written.
    let index_lock = repo.repo.path().join("index.lock");
    if index_lock.exists() {
        return Err(SaveError::Locked(index_lock));
    }
    let head_commit = match repo.repo.head() {
        Ok(head) => Some(head.peel_to_commit()?),
        Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => None,
        Err(e) => return Err(e.into()),
    };
    let head_tree = head_commit.as_ref().map(|c| c.tree()).transpose()?;

    // What is there now, for the conflict check and to restore on failure.
    let mut before: Vec<(&str, Option<Vec<u8>>)> = Vec::new();
    for p in &paths {
        let disk = repo.read(p)?;
        let head = repo.blob_in(head_tree.as_ref(), p).map(|(id, _)| id);
        let expected = baselines.iter().find(|b| b.path == *p);
        let unchanged = match expected {
            Some(b) => b.disk == disk && b.head == head,
            None => disk.is_none() && head.is_none(),
        };
        if !unchanged && !force {
            return Err(SaveError::Conflict {
                path: p.to_string(),
                current: disk.map(|d| String::from_utf8_lossy(&d).into_owned()),
            });
        }
        before.push((p, disk));
    }

    // The new tree: HEAD's with this edit applied.
    let mut update = TreeUpdateBuilder::new();
    for (p, bytes) in &edit.writes {
        let blob = repo.repo.blob(bytes)?;
        let mode = match repo.blob_in(head_tree.as_ref(), p) {
            Some((_, m)) if m == i32::from(FileMode::BlobExecutable) => FileMode::BlobExecutable,
            _ => FileMode::Blob,
        };
        update.upsert(repo.repo_path(p), blob, mode);
    }
    for p in &edit.removes {
        update.remove(repo.repo_path(p));
    }
    let base_tree = match &head_tree {
        Some(t) => t.clone(),
        None => repo.repo.find_tree(repo.repo.treebuilder(None)?.write()?)?,
    };
    let tree = repo
        .repo
        .find_tree(update.create_updated(&repo.repo, &base_tree)?)?;
    let tree_changed = head_tree.as_ref().is_none_or(|t| t.id() != tree.id());
    let disk_changed = edit
        .writes
        .iter()
        .map(|(p, b)| (p.as_str(), Some(b)))
        .chain(edit.removes.iter().map(|p| (p.as_str(), None)))
        .any(|(p, new)| before.iter().any(|(q, old)| *q == p && old.as_ref() != new));
    if !tree_changed && !disk_changed {
        return Ok(None);
    }

    write_files(&repo, edit, &before)?;
    let commit = if tree_changed {
        let parents: Vec<&git2::Commit<'_>> = head_commit.iter().collect();
        match repo
            .repo
            .commit(Some("HEAD"), &sig, &sig, &edit.message, &tree, &parents)
        {
            Ok(id) => Some(id),
            Err(e) => {
                restore(&repo, &before);
                return Err(if e.code() == ErrorCode::Modified {
                    SaveError::HeadMoved
                } else {
                    e.into()
                });
            }
        }
    } else {
        None
    };

    // Stage exactly these paths, so `git status` shows them clean and every
    // other entry of the index stays as it was.
    let mut index = repo.repo.index()?;
    for (p, _) in &edit.writes {
        index.add_path(Path::new(&repo.repo_path(p)))?;
    }
    for p in &edit.removes {
        index.remove_path(Path::new(&repo.repo_path(p)))?;
    }
    index.write()?;
    Ok(commit)
}

/// Writes and removes the edit's files; on failure puts back `before`.
fn write_files(
    repo: &Repo,
    edit: &Edit,
    before: &[(&str, Option<Vec<u8>>)],
) -> Result<(), SaveError> {
    let result = (|| {
        for (p, bytes) in &edit.writes {
            let io = |source| SaveError::Io {
                path: p.clone(),
                source,
            };
            let path = repo.disk_path(p);
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(io)?;
            }
            write_atomic(&path, bytes).map_err(io)?;
        }
        for p in &edit.removes {
            match fs::remove_file(repo.disk_path(p)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(SaveError::Io {
                        path: p.clone(),
                        source: e,
                    });
                }
                _ => {}
            }
            // A moved or deleted record leaves no empty folders behind
            // (remove_dir fails on a folder that still holds anything).
            let register_root = repo.disk_path("");
            let mut dir = repo.disk_path(p).parent().map(Path::to_path_buf);
            while let Some(d) = dir {
                if d == register_root
                    || !d.starts_with(&register_root)
                    || fs::remove_dir(&d).is_err()
                {
                    break;
                }
                dir = d.parent().map(Path::to_path_buf);
            }
        }
        Ok(())
    })();
    if result.is_err() {
        restore(repo, before);
    }
    result
}

/// Puts files back as they were, as far as possible.
fn restore(repo: &Repo, before: &[(&str, Option<Vec<u8>>)]) {
    for (p, old) in before {
        let path = repo.disk_path(p);
        let _ = match old {
            Some(bytes) => write_atomic(&path, bytes),
            None => fs::remove_file(&path),
        };
    }
}

/// Undoes `commit` with a new commit that puts the register files it
/// touched back to their content in its first parent. A file changed again
/// since `commit` gives [`SaveError::Conflict`] unless `force`. Returns
/// `None` when there is nothing to undo.
pub fn revert(root: &Path, commit: Oid, force: bool) -> Result<Option<Oid>, SaveError> {
    let repo = Repo::open(root)?;
    let target = repo.repo.find_commit(commit)?;
    let new_tree = target.tree()?;
    let old_tree = match target.parent_count() {
        0 => None,
        _ => Some(target.parent(0)?.tree()?),
    };
    let diff = repo
        .repo
        .diff_tree_to_tree(old_tree.as_ref(), Some(&new_tree), None)?;
    let mut edit = Edit::default();
    let mut baselines = Vec::new();
    for delta in diff.deltas() {
        for file in [delta.old_file(), delta.new_file()] {
            let Some(path) = file.path().and_then(Path::to_str) else {
                continue;
            };
            let Some(rel) = path.strip_prefix(&repo.prefix) else {
                return Err(SaveError::BadPath(path.to_string()));
            };
            if baselines.iter().any(|b: &Baseline| b.path == rel) {
                continue;
            }
            // Expected now: the file as `commit` left it.
            let after = repo.blob_in(Some(&new_tree), rel).map(|(id, _)| id);
            let after_bytes = after
                .map(|id| repo.repo.find_blob(id).map(|b| b.content().to_vec()))
                .transpose()?;
            baselines.push(Baseline {
                path: rel.to_string(),
                disk: after_bytes,
                head: after,
            });
            match repo.blob_in(old_tree.as_ref(), rel) {
                Some((id, _)) => edit
                    .writes
                    .push((rel.to_string(), repo.repo.find_blob(id)?.content().to_vec())),
                None => edit.removes.push(rel.to_string()),
            }
        }
    }
    let summary = String::from_utf8_lossy(target.summary_bytes().unwrap_or_default());
    edit.message = format!("Revert \"{summary}\"\n\nThis reverts commit {commit}.\n");
    save(root, &edit, &baselines, force)
}
