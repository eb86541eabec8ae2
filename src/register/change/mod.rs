//! Changing the register: every change ropa makes — a form saved, a record
//! created, copied, renamed, retired or deleted, an undo, a recipient
//! created on the spot, a file edited in the user's editor — is an
//! [`Intent`] handed to [`commit`], the one transaction that records it as
//! one git commit. The interface and the command line only build intents
//! and show what comes back; records are named by id, never by position.
//!
//! [`commit`]:
//!
//! 1. takes the repository's ropa lock ([`lock`]) and finishes or undoes a
//!    transaction a killed ropa left behind ([`journal`]);
//! 2. refuses when git is busy (merge, rebase…), on a detached HEAD, or
//!    without a git identity;
//! 3. plans the intent into exact file writes and removals and a commit
//!    message, built on the records as the user saw them;
//! 4. checks each file against what the user saw (a change by someone else
//!    since is a [`Refusal::Conflict`], unless overwriting was chosen) and
//!    against HEAD and git's index: uncommitted changes ropa did not make
//!    are never committed or dropped silently — the caller is asked
//!    ([`Refusal::Uncommitted`]) and may include them (named in the
//!    message) or set them aside (a git stash entry);
//! 5. validates the register as it will be after the change and refuses a
//!    change that adds any error anywhere ([`Refusal::Invalid`], each new
//!    error with its location), working from the records the change can
//!    affect ([`check`]) so a save stays fast in a large register;
//! 6. writes the commit and moves the branch, the work tree and the index
//!    together ([`apply`]): all three agree on the new commit, or the
//!    repository, index and work tree are exactly as before — also when
//!    another program holds git's index lock for a moment, and when the
//!    process is killed at any point.

mod apply;
mod check;
mod gitindex;
pub mod journal;
pub mod lock;
mod plan;
mod repo;
mod snapshot;
mod stash;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use git2::build::TreeUpdateBuilder;
use git2::{FileMode, Oid, RepositoryState};

pub use journal::Recovered;
pub use plan::{Proposal, new_recipient, reapply, reapply_value};

use crate::register::date::Date;
use crate::register::diff;
use crate::register::load::Register;
use crate::register::model::{Activity, Organisation};
use crate::register::validate::{Finding, Options as ValidateOptions};
use apply::{FileMove, Move, blob_id};
use lock::{LOCK_WAIT, LockError, RepoLock};
use repo::{Repo, check_no_symlinks, check_path, state_name};

/// What the user asks to change. Records are named by id.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Save an activity of organisation `org` as edited in a form: a new
    /// activity when `activity` is `None` (also a copy), else the activity
    /// in that file, renamed when `record.id` differs.
    SaveActivity {
        /// The organisation: its folder's name (its id).
        org: String,
        /// The existing activity: its file's name without `.ron` (its id,
        /// unless the file holds another one); `None` for a new activity.
        activity: Option<String>,
        /// The activity as the form opened it (`None` for a new one).
        original: Option<Box<Activity>>,
        /// The activity as edited.
        record: Box<Activity>,
        /// Recipient ids typed in a picker that the organisation does not
        /// define yet: those the activity still uses are added to the
        /// organisation in the same commit.
        new_recipients: Vec<String>,
    },
    /// Save an organisation as edited: a new one when `original` is
    /// `None`; a changed id moves its folder and updates every reference
    /// to it.
    SaveOrganisation {
        /// The existing organisation: its folder's name (its id, unless the
        /// file holds another one); `None` for a new organisation.
        org: Option<String>,
        /// The organisation as the form opened it (`None` for a new one).
        original: Option<Box<Organisation>>,
        /// The organisation as edited.
        record: Box<Organisation>,
    },
    /// Set an activity's status to retired; it stays in the register.
    Retire {
        /// The organisation: its folder's name.
        org: String,
        /// The activity: its file's name without `.ron`.
        activity: String,
    },
    /// Remove an activity's file; its history stays in git.
    Delete {
        /// The organisation: its folder's name.
        org: String,
        /// The activity: its file's name without `.ron`.
        activity: String,
    },
    /// Undo a commit with a new one that puts its files back.
    Revert {
        /// The commit to undo.
        commit: Oid,
    },
    /// A record file as the user left it in their own editor: parsed,
    /// written in the canonical layout and committed.
    ReplaceFile {
        /// Register path.
        path: String,
        /// The file's bytes before the editor ran.
        before: Vec<u8>,
        /// The bytes the editor left.
        after: Vec<u8>,
    },
    /// Files given as they are (an import, a tool): written, removed and
    /// committed with `message`, after the same checks.
    Files {
        /// Register paths and their new bytes.
        writes: Vec<(String, Vec<u8>)>,
        /// Register paths to remove.
        removes: Vec<String>,
        /// The commit message.
        message: String,
    },
}

/// What a file looked like to the user when their edit began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// Register path.
    pub path: String,
    /// The bytes expected on disk now (`None`: no file).
    pub disk: Option<Vec<u8>>,
    /// The bytes the edit was built on (usually the same as `disk`; for an
    /// editor's result, the file before the editor ran). Uncommitted changes
    /// in them are the ones the user is asked about.
    pub base: Option<Vec<u8>>,
    /// The blob HEAD held (`Some(None)`: no such file in HEAD; `None`: not
    /// known, not checked).
    pub head: Option<Option<Oid>>,
}

/// What to do with uncommitted changes ropa did not make in a file the
/// change writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Uncommitted {
    /// Refuse with [`Refusal::Uncommitted`], so the user can choose.
    #[default]
    Ask,
    /// Commit them with the change; the message names them. Those the
    /// change cannot hold (see [`commit`]) are set aside instead.
    Include,
    /// Keep them out of the commit, stored as a git stash entry; the
    /// change is re-applied onto HEAD's version of the file.
    SetAside,
}

/// How [`commit`] runs.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Overwrite a file someone else changed since the edit began (the
    /// user chose to).
    pub force: bool,
    /// What to do with uncommitted changes.
    pub uncommitted: Uncommitted,
    /// The day the validation judges dates against.
    pub today: Date,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            force: false,
            uncommitted: Uncommitted::Ask,
            today: Date::today(),
        }
    }
}

/// A file with uncommitted changes ropa did not make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dirty {
    /// Register path.
    pub path: String,
    /// Changes staged in git's index.
    pub staged: bool,
    /// Changes in the work tree that are not staged.
    pub unstaged: bool,
    /// The record's fields those changes touch (empty when the file does
    /// not parse).
    pub fields: Vec<String>,
}

impl std::fmt::Display for Dirty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let how = match (self.staged, self.unstaged) {
            (true, true) => "staged and unstaged changes",
            (true, false) => "staged changes",
            _ => "changes",
        };
        write!(f, "{} has {how} that are not committed", self.path)?;
        if !self.fields.is_empty() {
            write!(f, " ({})", self.fields.join(", "))?;
        }
        Ok(())
    }
}

/// A commit that was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The commit.
    pub commit: Oid,
    /// Its message.
    pub message: String,
    /// Register paths written.
    pub written: Vec<String>,
    /// Register paths removed.
    pub removed: Vec<String>,
    /// The stash entry holding uncommitted changes that were set aside.
    pub set_aside: Option<Oid>,
    /// What an interrupted earlier transaction needed, if anything.
    pub recovered: Option<Recovered>,
}

/// What [`commit`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// One commit.
    Saved(Saved),
    /// Nothing changed; no commit.
    NoChange,
    /// Nothing to commit: the change puts files back as HEAD has them,
    /// over uncommitted changes ropa did not make, which are kept in a
    /// stash entry.
    Restored {
        /// Register paths put back.
        paths: Vec<String>,
        /// The stash entry holding what was there.
        set_aside: Option<Oid>,
    },
}

/// Why a change was not made. Nothing was changed; messages say what to
/// do next.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The change would add validation errors.
    #[error("{}", invalid_message(.0))]
    Invalid(Vec<Finding>),
    /// Files hold uncommitted changes ropa did not make; the caller may
    /// commit again with [`Uncommitted::Include`] or
    /// [`Uncommitted::SetAside`].
    #[error("{}", uncommitted_message(.0))]
    Uncommitted(Vec<Dirty>),
    /// The file changed on disk or in git since the edit began.
    #[error(
        "{path} was changed by someone else (another program, an editor or a git pull) \
         since you opened it. Your change was not saved; reload to see the current version."
    )]
    Conflict {
        /// Register path.
        path: String,
        /// The text on disk now, `None` when the file is gone.
        current: Option<String>,
    },
    /// An editor's result that does not parse.
    #[error("{path}:{line}:{col}: {message}")]
    NotParsing {
        /// Register path.
        path: String,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        col: usize,
        /// What is wrong.
        message: String,
    },
    /// An id that is not a slug.
    #[error("{what} id \"{id}\" must be lower-case letters, digits and - (a-z, 0-9, -)")]
    BadId {
        /// What kind of record.
        what: String,
        /// The id.
        id: String,
    },
    /// A record with that id exists already.
    #[error("{0}")]
    Exists(String),
    /// Uncommitted changes that cannot be set aside from this edit.
    #[error(
        "{0} held uncommitted text that does not parse when the editor opened it, so your \
         edit cannot be told apart from it: include it, or cancel. Nothing was changed."
    )]
    CannotSetAside(String),
    /// An undo of a commit whose fields were changed again since.
    #[error(
        "cannot undo {commit}: {path} was changed again since{}; change it back in a form \
         instead. Nothing was changed.",
        if fields.is_empty() { String::new() } else { format!(" in the same field(s): {}", fields.join(", ")) }
    )]
    UndoConflict {
        /// The commit (short id).
        commit: String,
        /// The file (register path).
        path: String,
        /// The fields changed again (empty: the file was added, removed or
        /// does not parse).
        fields: Vec<String>,
    },
    /// A folder to move holds files git does not track.
    #[error(
        "{folder}/ holds files that are not committed ({}); they would be left behind or \
         committed unseen. Commit or remove them first, then rename. Nothing was changed.",
        files.join(", ")
    )]
    Untracked {
        /// The folder (register path).
        folder: String,
        /// Its files that HEAD does not hold (register paths).
        files: Vec<String>,
    },
    /// The record is not in the register (any more).
    #[error("{0} is not in the register (any more); reload")]
    NotFound(String),
    /// The edited value is not a valid record.
    #[error("not a valid record: {0}")]
    Model(String),
    /// git has no user name or e-mail address.
    #[error(
        "git does not know who you are, so the change cannot be recorded under your name. \
         Nothing was saved. Set your name and e-mail address once with:\n  \
         git config --global user.name \"Your Name\"\n  \
         git config --global user.email \"you@example.org\"\nthen save again."
    )]
    NoIdentity,
    /// Another commit landed on the branch while saving.
    #[error(
        "the register's history moved while saving (another save or a git pull). \
         Your change was not saved; reload and try again."
    )]
    HeadMoved,
    /// Something was staged for a file of the change while saving.
    #[error("{path} was staged (git add) while saving. Nothing was saved; save again.")]
    Staged {
        /// Repository path.
        path: String,
    },
    /// The register is not inside a git work tree.
    #[error("{0}: not in a git repository, so changes cannot be recorded (`git init` creates one)")]
    NotARepository(PathBuf),
    /// git is in the middle of a merge, rebase or similar.
    #[error("git is in the middle of a {0}; finish or abort it (see `git status`) before saving")]
    Busy(String),
    /// HEAD is not on a branch.
    #[error(
        "git is not on a branch (detached HEAD), so a change saved now could be lost when \
         another branch is checked out. Nothing was saved. Switch to a branch first \
         (`git switch <branch>`), then save again."
    )]
    DetachedHead,
    /// git's index is in a form ropa cannot update safely.
    #[error(
        "git's index file of this repository cannot be updated by ropa ({0}). A split or \
         sparse index does this; turn it off with `git update-index --no-split-index` and \
         `git sparse-checkout disable` (or `git config index.sparse false`), then save again. \
         Nothing was saved."
    )]
    IndexFormat(String),
    /// Another program held git's index lock for longer than ropa waits.
    #[error(
        "{0} exists: another git program is working on this repository, or one was \
         interrupted and left the file behind. Nothing was saved. If no git program is \
         running, delete that file and save again."
    )]
    IndexLocked(PathBuf),
    /// Another ropa held the repository's lock too long.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// A path that is not a plain file path inside the register.
    #[error(
        "{0}: not a plain file path inside the register (no `..`, absolute paths, symbolic \
         links, `.git` or names Windows reserves for devices, like `con` or `nul`)"
    )]
    BadPath(String),
    /// The commit was made but the index could not be put in place; the
    /// next ropa finishes it.
    #[error(
        "saved as commit {commit}, but git's index could not be updated ({problem}); \
         run any ropa command in this register to finish it"
    )]
    Unfinished {
        /// The commit.
        commit: Oid,
        /// What failed.
        problem: String,
    },
    /// A file could not be read or written; the old file is intact.
    #[error("{path}: {source}")]
    Io {
        /// The file (a register path, or where git keeps it).
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// git failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
}

fn invalid_message(errors: &[Finding]) -> String {
    let mut s = format!(
        "the change would add {} error{} to the register; nothing was saved:",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for f in errors {
        s.push_str(&format!(
            "\n  {}:{}:{}: error[{}]: {}",
            f.path, f.line, f.column, f.rule, f.message
        ));
    }
    s
}

fn uncommitted_message(files: &[Dirty]) -> String {
    let list: Vec<String> = files.iter().map(ToString::to_string).collect();
    format!(
        "{}. ropa did not make them: include them in this commit, set them aside (a git \
         stash entry), or cancel",
        list.join("; ")
    )
}

/// Records what the file at register path `rel` looks like now, on disk and
/// in HEAD. Take it when an edit begins.
pub fn baseline(root: &Path, rel: &str) -> Result<Baseline, Refusal> {
    check_path(rel)?;
    let repo = Repo::open(root)?;
    check_no_symlinks(&repo, rel)?;
    let head = repo.head_commit()?.map(|c| c.tree()).transpose()?;
    let disk = repo.read(rel)?;
    Ok(Baseline {
        path: rel.to_string(),
        base: disk.clone(),
        disk,
        head: Some(repo.blob_in(head.as_ref(), rel).map(|(id, _)| id)),
    })
}

/// Like [`baseline`], with the file's bytes as they were loaded, so a
/// change made on disk between loading and this call is still caught.
pub fn baseline_loaded(root: &Path, rel: &str, loaded: &[u8]) -> Result<Baseline, Refusal> {
    Ok(Baseline {
        disk: Some(loaded.to_vec()),
        base: Some(loaded.to_vec()),
        ..baseline(root, rel)?
    })
}

/// Finishes or undoes a transaction that a killed ropa left behind in the
/// repository of the register at `root` (see [`journal`]). Cheap when
/// there is none; does nothing while another ropa is mid-transaction.
pub fn recover(root: &Path) -> Result<Option<Recovered>, Refusal> {
    let Some((repo, _, _)) = crate::register::git::register_repository(root) else {
        return Ok(None);
    };
    if !journal::Journal::path(repo.path()).exists() && !has_scratch(repo.path()) {
        return Ok(None);
    }
    let Some(_lock) = RepoLock::try_acquire(repo.commondir())? else {
        return Ok(None);
    };
    journal::recover_locked(&repo).map_err(|source| Refusal::Io {
        path: journal::JOURNAL_FILE.into(),
        source,
    })
}

/// Any scratch file of a transaction in the git folder.
fn has_scratch(gitdir: &Path) -> bool {
    std::fs::read_dir(gitdir).is_ok_and(|mut d| {
        d.any(|e| {
            e.is_ok_and(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with(journal::INDEX_PREFIX) || name.starts_with(journal::JOURNAL_FILE)
            })
        })
    })
}

/// What a commit needs of the repository before anything else: git not in
/// the middle of a merge or rebase, an identity to record, HEAD on a
/// branch. Returns the identity and the branch.
fn ready(repo: &Repo) -> Result<(git2::Signature<'static>, String), Refusal> {
    match repo.repo.state() {
        RepositoryState::Clean => {}
        state => return Err(Refusal::Busy(state_name(state).into())),
    }
    let sig = repo.repo.signature().map_err(|_| Refusal::NoIdentity)?;
    Ok((sig, repo.branch_ref()?))
}

/// What [`commit`] would say of `intent` now, without writing anything:
/// the errors it would add to the register (empty when none), or why it
/// would be refused before that (git busy with a merge or rebase, no
/// identity, a detached HEAD, an id that is taken or not a slug, a record
/// that is gone, a value that is not a record). Conflicts and uncommitted
/// changes are not checked here; [`commit`] asks about them.
/// The interface shows this while a form is open, so "0 errors" there
/// means the save passes validation.
pub fn check(
    root: &Path,
    reg: &Register,
    intent: &Intent,
    base: &[Baseline],
    today: Date,
) -> Result<Vec<Finding>, Refusal> {
    let repo = Repo::open(root)?;
    ready(&repo)?;
    let head = repo.head_commit()?;
    let head_tree = head.as_ref().map(|c| c.tree()).transpose()?;
    let none = HashSet::new();
    let src = plan::Source {
        reg,
        repo: &repo,
        head: head_tree.as_ref(),
        from_head: &none,
        baselines: base,
        force: false,
    };
    let Some(p) = plan::plan(&src, intent)? else {
        return Ok(Vec::new());
    };
    for path in p.paths() {
        check_path(path)?;
    }
    let reg_tree = snapshot::register_tree(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    let snap = snapshot::snapshot(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    Ok(check::new_errors(
        &repo.repo,
        reg_tree.as_ref(),
        &snap,
        &check::Files {
            writes: &p.writes,
            removes: &p.removes,
            moves: &p.moves,
        },
        &ValidateOptions {
            today,
            strict: false,
        },
    )?)
}

/// Builds what a save checks against (the organisations as HEAD has them)
/// ahead of time, so the first save of a session does not wait for it;
/// the interface calls it on its loading thread.
pub fn prepare(root: &Path) -> Result<(), Refusal> {
    let repo = Repo::open(root)?;
    let head = repo.head_commit()?;
    let tree = head.as_ref().map(|c| c.tree()).transpose()?;
    snapshot::snapshot(&repo.repo, &repo.prefix, tree.as_ref())?;
    Ok(())
}

/// Puts a record file back as it was before the user's editor ran
/// (`before`; the user discarded what they wrote); no commit. When HEAD's
/// version of the file changed since the editor started (`head_at_start`:
/// a pull while it was open), the file is put back as HEAD has it now
/// instead, so the pulled change is not reverted; the result says which.
pub fn restore_file(
    root: &Path,
    rel: &str,
    before: &[u8],
    head_at_start: Option<Option<Oid>>,
) -> Result<RestoredTo, Refusal> {
    check_path(rel)?;
    let repo = Repo::open(root)?;
    check_no_symlinks(&repo, rel)?;
    let tree = repo.head_commit()?.map(|c| c.tree()).transpose()?;
    let now = repo.blob_in(tree.as_ref(), rel).map(|(id, _)| id);
    let io = |source| Refusal::Io {
        path: rel.to_string(),
        source,
    };
    match head_at_start {
        Some(start) if start != now => {
            match now {
                Some(id) => crate::register::write::write_atomic(
                    &repo.disk_path(rel),
                    &repo.blob_bytes(id)?,
                )
                .map_err(io)?,
                None => match std::fs::remove_file(repo.disk_path(rel)) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
                    _ => {}
                },
            }
            Ok(RestoredTo::Head)
        }
        _ => {
            crate::register::write::write_atomic(&repo.disk_path(rel), before).map_err(io)?;
            Ok(RestoredTo::Before)
        }
    }
}

/// Which version [`restore_file`] put back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoredTo {
    /// The file as it was before the editor ran.
    Before,
    /// The file as HEAD has it now (it changed while the editor ran).
    Head,
}

/// Records `intent` as one commit on the register at `root`, loaded as
/// `reg`. `base` holds what the files looked like when the edit began
/// (files without one are expected as `reg` has them). See the module
/// documentation for the steps and guarantees.
pub fn commit(
    root: &Path,
    reg: &Register,
    intent: &Intent,
    base: &[Baseline],
    opts: &Options,
) -> Result<Outcome, Refusal> {
    let repo = Repo::open(root)?;
    let _lock = RepoLock::acquire(repo.repo.commondir(), LOCK_WAIT)?;
    let recovered = journal::recover_locked(&repo.repo).map_err(|source| Refusal::Io {
        path: journal::JOURNAL_FILE.into(),
        source,
    })?;
    let (sig, branch) = ready(&repo)?;
    let head = repo.head_commit()?;
    let head_tree = head.as_ref().map(|c| c.tree()).transpose()?;
    let index_path = repo.repo.path().join("index");
    let index_bytes = read_or_empty(&index_path)?;
    let index = gitindex::Entries::open(&index_path, &index_bytes)
        .map_err(|e| Refusal::IndexFormat(e.message().to_string()))?;

    // Plan, check each file, and re-plan on HEAD's versions of files whose
    // uncommitted changes are set aside.
    let mut from_head: HashSet<String> = HashSet::new();
    let mut included: Vec<Dirty> = Vec::new();
    // Files whose uncommitted content goes into a stash entry before they
    // are overwritten (set aside, or not fully representable in the commit).
    let mut aside: Vec<Dirty> = Vec::new();
    let mut seen_index: Vec<(String, Option<(Oid, u32)>)> = Vec::new();
    let mut seen_disk: Vec<(String, Option<Oid>)> = Vec::new();
    let proposal = loop {
        let src = plan::Source {
            reg,
            repo: &repo,
            head: head_tree.as_ref(),
            from_head: &from_head,
            baselines: base,
            force: opts.force,
        };
        let Some(p) = plan::plan(&src, intent)? else {
            if aside.is_empty() {
                return Ok(Outcome::NoChange);
            }
            // Built on HEAD, the change is no change: the files set aside
            // are put back as HEAD has them (below).
            let mut back = Proposal::default();
            for d in &aside {
                match repo.blob_in(head_tree.as_ref(), &d.path) {
                    Some((id, _)) => back.writes.push((d.path.clone(), repo.blob_bytes(id)?)),
                    None => back.removes.push(d.path.clone()),
                }
            }
            break back;
        };
        let paths: Vec<&str> = p.paths().collect();
        for (i, path) in paths.iter().enumerate() {
            check_path(path)?;
            if paths[..i].contains(path) {
                return Err(Refusal::BadPath(path.to_string()));
            }
            check_no_symlinks(&repo, path)?;
            check_shape(&repo, head_tree.as_ref(), path)?;
        }
        let mut dirty = Vec::new();
        // Files a forced change overwrites without having been built on
        // what is on disk now.
        let mut overwritten: HashSet<&str> = HashSet::new();
        seen_index.clear();
        seen_disk.clear();
        for path in &paths {
            let disk = repo.read(path)?;
            let head_entry = repo
                .blob_in(head_tree.as_ref(), path)
                .map(|(id, mode)| (id, mode as u32));
            let head_blob = head_entry.map(|(id, _)| id);
            let expected = p
                .baselines
                .iter()
                .chain(base)
                .find(|b| b.path == *path)
                .cloned()
                .unwrap_or_else(|| implicit_baseline(reg, path));
            if !opts.force {
                if disk != expected.disk {
                    return Err(Refusal::Conflict {
                        path: path.to_string(),
                        current: disk.map(|d| String::from_utf8_lossy(&d).into_owned()),
                    });
                }
                if let Some(h) = expected.head
                    && h != head_blob
                {
                    return Err(Refusal::Conflict {
                        path: path.to_string(),
                        current: disk.map(|d| String::from_utf8_lossy(&d).into_owned()),
                    });
                }
            }
            let repo_path = repo.repo_path(path);
            let index_entry = index.get(&repo_path);
            seen_index.push((repo_path.clone(), index_entry));
            seen_disk.push((repo_path.clone(), disk.as_deref().map(blob_id).transpose()?));
            if from_head.contains(*path) {
                continue;
            }
            if opts.force && disk != expected.base {
                overwritten.insert(*path);
            }
            let start = if opts.force {
                disk.clone()
            } else {
                expected.base
            };
            // As git sees it: staged is the index against HEAD, unstaged the
            // work tree (what the edit began from) against the index, both
            // with git's filters (line endings) and file modes.
            let staged = index_entry != head_entry;
            let start_is_disk = start == disk;
            let work_mode = match start_is_disk {
                true => disk_mode(&repo, path),
                false => None,
            };
            let unstaged = match (&start, index_entry) {
                (None, None) => false,
                (Some(bytes), Some((id, mode))) => {
                    !same_content(&repo, &repo_path, bytes, id)?
                        || work_mode.is_some_and(|m| m != mode)
                }
                _ => true,
            };
            if unstaged || staged {
                let mode_only = (staged && index_entry.map(|(id, _)| id) == head_blob)
                    || work_mode.is_some_and(|m| Some(m) != index_entry.map(|(_, m)| m));
                dirty.push((
                    Dirty {
                        path: path.to_string(),
                        staged,
                        unstaged,
                        fields: changed_fields(&repo, head_blob, start.as_deref(), path),
                    },
                    mode_only || !canonical_text(path, start.as_deref()),
                ));
            }
        }
        if dirty.is_empty() {
            break p;
        }
        match opts.uncommitted {
            Uncommitted::Ask => {
                return Err(Refusal::Uncommitted(
                    dirty.into_iter().map(|(d, _)| d).collect(),
                ));
            }
            Uncommitted::Include => {
                // Staged content that differs from the work tree's, files
                // removed, and changes a forced change overwrites (it was
                // built on other bytes) cannot be included: they are set
                // aside. Changes the commit cannot carry whole (a file mode,
                // comments and layout the canonical writer drops) are
                // included as far as they go and also kept in a stash entry.
                let mut again = false;
                for (d, partly) in dirty {
                    let removed = p.removes.contains(&d.path);
                    if removed || d.staged && d.unstaged || overwritten.contains(d.path.as_str()) {
                        from_head.insert(d.path.clone());
                        aside.push(d);
                        again = true;
                    } else if !included.iter().any(|x| x.path == d.path) {
                        if partly {
                            aside.push(d.clone());
                        }
                        included.push(d);
                    }
                }
                if !again {
                    break p;
                }
            }
            Uncommitted::SetAside => {
                for (d, _) in dirty {
                    from_head.insert(d.path.clone());
                    aside.push(d);
                }
            }
        }
        if from_head.len() > 64 {
            return Err(Refusal::Model(
                "too many files with uncommitted changes".into(),
            ));
        }
    };

    // The register as it will be: no new errors anywhere.
    let reg_tree = snapshot::register_tree(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    let snap = snapshot::snapshot(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    let vopts = ValidateOptions {
        today: opts.today,
        strict: false,
    };
    let new_errors = check::new_errors(
        &repo.repo,
        reg_tree.as_ref(),
        &snap,
        &check::Files {
            writes: &proposal.writes,
            removes: &proposal.removes,
            moves: &proposal.moves,
        },
        &vopts,
    )?;
    if !new_errors.is_empty() {
        return Err(Refusal::Invalid(new_errors));
    }

    // The commit: HEAD's tree with the change applied.
    let mut update = TreeUpdateBuilder::new();
    let mut files = Vec::new();
    for (p, bytes) in &proposal.writes {
        let blob = repo.repo.blob(bytes)?;
        let mode = match repo.blob_in(head_tree.as_ref(), p) {
            Some((_, m)) if m == i32::from(FileMode::BlobExecutable) => FileMode::BlobExecutable,
            _ => FileMode::Blob,
        };
        update.upsert(repo.repo_path(p), blob, mode);
        files.push(FileMove {
            path: repo.repo_path(p),
            after: Some((blob, u32::from(mode))),
            expect_disk: seen_disk
                .iter()
                .find(|(q, _)| *q == repo.repo_path(p))
                .map(|(_, d)| *d),
        });
    }
    for p in &proposal.removes {
        update.remove(repo.repo_path(p));
        files.push(FileMove {
            path: repo.repo_path(p),
            after: None,
            expect_disk: seen_disk
                .iter()
                .find(|(q, _)| *q == repo.repo_path(p))
                .map(|(_, d)| *d),
        });
    }
    let base_tree = match &head_tree {
        Some(t) => t.clone(),
        None => repo.repo.find_tree(repo.repo.treebuilder(None)?.write()?)?,
    };
    let tree = repo
        .repo
        .find_tree(update.create_updated(&repo.repo, &base_tree)?)?;
    if head_tree.as_ref().is_some_and(|t| t.id() == tree.id()) {
        // Nothing to commit. Files whose uncommitted changes the change
        // undoes (a field set back to what is committed) are put back,
        // and what was there is kept in a stash entry.
        let (Some(h), false) = (&head, included.is_empty() && aside.is_empty()) else {
            return Ok(Outcome::NoChange);
        };
        let dirty: Vec<&Dirty> = included.iter().chain(&aside).collect();
        let entries = dirty
            .iter()
            .map(|d| aside_entry(&repo, &index, d))
            .collect::<Result<Vec<_>, _>>()?;
        let what = proposal
            .message
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        let entry = stash::set_aside(&repo, h, &branch, &entries, &what)?;
        let paths: Vec<String> = dirty.iter().map(|d| d.path.clone()).collect();
        let files: Vec<FileMove> = files
            .into_iter()
            .filter(|f| paths.iter().any(|p| repo.repo_path(p) == f.path))
            .collect();
        let mv = Move {
            branch: branch.clone(),
            old: Some(h.id()),
            new: h.id(),
            files,
            reflog: String::new(),
            expect_index: seen_index,
        };
        drop(index);
        if let Err(e) = apply::apply(&repo, &mv) {
            stash::drop_entry(&repo, entry);
            return Err(e);
        }
        return Ok(Outcome::Restored {
            paths,
            set_aside: Some(entry),
        });
    }
    let mut message = proposal.message.trim_end().to_string();
    if !included.is_empty() {
        message.push_str("\n\nAlso commits changes that were in the work tree, not committed:");
        for d in &included {
            message.push_str(&format!("\n{}", d.path));
            if !d.fields.is_empty() {
                message.push_str(&format!(": {}", d.fields.join(", ")));
            }
            if aside.iter().any(|a| a.path == d.path) {
                message.push_str(" (the file as it was is also kept in `git stash list`)");
            }
        }
    }
    if !message.ends_with('\n') {
        message.push('\n');
    }
    let parents: Vec<&git2::Commit<'_>> = head.iter().collect();
    let commit = repo
        .repo
        .commit(None, &sig, &sig, &message, &tree, &parents)?;

    // Uncommitted changes set aside: a stash entry first, so they are safe
    // before the files are overwritten.
    let set_aside = match (&head, aside.is_empty()) {
        (Some(h), false) => {
            let entries = aside
                .iter()
                .map(|d| aside_entry(&repo, &index, d))
                .collect::<Result<Vec<_>, _>>()?;
            let what = message.lines().next().unwrap_or_default().to_string();
            Some(stash::set_aside(&repo, h, &branch, &entries, &what)?)
        }
        _ => None,
    };

    let subject = message.lines().next().unwrap_or_default();
    let mv = Move {
        branch: branch.clone(),
        old: head.as_ref().map(|c| c.id()),
        new: commit,
        files,
        reflog: match head {
            Some(_) => format!("commit: {subject}"),
            None => format!("commit (initial): {subject}"),
        },
        expect_index: seen_index,
    };
    drop(index);
    match apply::apply(&repo, &mv) {
        Ok(()) => {}
        // The commit landed but git's index could not be put in place (a
        // program removed the lock file meanwhile): finished here, still
        // under the ropa lock, as the next ropa would.
        Err(Refusal::Unfinished { commit, problem }) => match journal::recover_locked(&repo.repo) {
            Ok(Some(Recovered::Finished { .. })) => {}
            _ => return Err(Refusal::Unfinished { commit, problem }),
        },
        Err(e) => {
            if let Some(entry) = set_aside {
                stash::drop_entry(&repo, entry);
            }
            return Err(e);
        }
    }
    Ok(Outcome::Saved(Saved {
        commit,
        message,
        written: proposal.writes.iter().map(|(p, _)| p.clone()).collect(),
        removed: proposal.removes.clone(),
        set_aside,
        recovered,
    }))
}

/// The stash entry's record of a file with uncommitted changes: its bytes
/// and mode on disk and its index entry.
fn aside_entry(
    repo: &Repo,
    index: &gitindex::Entries<'_>,
    d: &Dirty,
) -> Result<stash::Aside, Refusal> {
    let repo_path = repo.repo_path(&d.path);
    Ok(stash::Aside {
        work: repo.read(&d.path)?,
        work_mode: disk_mode(repo, &d.path),
        index: index.get(&repo_path),
        path: repo_path,
    })
}

/// The file mode git would record for the file at register path `rel` on
/// disk (executable or not); `None` when it is not a plain file.
fn disk_mode(repo: &Repo, rel: &str) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(repo.disk_path(rel)).ok()?;
        if !meta.is_file() {
            return None;
        }
        Some(match meta.permissions().mode() & 0o100 {
            0 => 0o100644,
            _ => 0o100755,
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (repo, rel);
        None
    }
}

/// True when `bytes` are, for git, the content of blob `id` at repository
/// path `repo_path`: the same bytes, or the same once git's filters
/// (line endings, `.gitattributes`) are applied.
fn same_content(repo: &Repo, repo_path: &str, bytes: &[u8], id: Oid) -> Result<bool, Refusal> {
    if blob_id(bytes)? == id {
        return Ok(true);
    }
    let mut w = repo.repo.blob_writer(Some(Path::new(repo_path)))?;
    std::io::Write::write_all(&mut w, bytes).map_err(|source| Refusal::Io {
        path: repo_path.to_string(),
        source,
    })?;
    Ok(w.commit()? == id)
}

/// True when `text` is a record in the canonical layout (so rewriting it
/// loses nothing): false for comments, hand layout, or a file that does
/// not parse.
fn canonical_text(path: &str, text: Option<&[u8]>) -> bool {
    let Some(text) = text.and_then(|t| std::str::from_utf8(t).ok()) else {
        return text.is_none();
    };
    crate::register::format::canonical_text(path, text).is_ok_and(|c| c == text)
}

/// Refuses a path the loader would not read as a record where the
/// register expects one (a folder named `organisation.ron`, a file named
/// `activities`, a folder `x.ron` among the activities), and a path that
/// puts a file where HEAD has a folder or the other way round.
fn check_shape(repo: &Repo, head: Option<&git2::Tree<'_>>, rel: &str) -> Result<(), Refusal> {
    let parts: Vec<&str> = rel.split('/').collect();
    let record_shape = match parts.as_slice() {
        [_, file, _, ..] if *file == crate::register::load::ORGANISATION_FILE => false,
        [_, dir] if *dir == crate::register::load::ACTIVITIES_DIR => false,
        [_, dir, file, _, ..]
            if *dir == crate::register::load::ACTIVITIES_DIR && file.ends_with(".ron") =>
        {
            false
        }
        _ => true,
    };
    let in_head = |p: &str| {
        head.and_then(|t| t.get_path(Path::new(&repo.repo_path(p))).ok())
            .map(|e| e.kind())
    };
    let folder_in_the_way = in_head(rel) == Some(Some(git2::ObjectType::Tree));
    let file_in_the_way = (1..parts.len())
        .any(|n| in_head(&parts[..n].join("/")) == Some(Some(git2::ObjectType::Blob)));
    if record_shape && !folder_in_the_way && !file_in_the_way {
        Ok(())
    } else {
        Err(Refusal::BadPath(rel.to_string()))
    }
}

/// The bytes of git's index file, empty when there is none yet.
fn read_or_empty(path: &Path) -> Result<Vec<u8>, Refusal> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(Refusal::Io {
            path: "the git index".into(),
            source,
        }),
    }
}

/// The expectation for a file the edit did not take a baseline of: as the
/// loaded register has it (or absent), HEAD not checked.
fn implicit_baseline(reg: &Register, path: &str) -> Baseline {
    let text = plan::loaded_text(reg, path).map(|t| t.as_bytes().to_vec());
    Baseline {
        path: path.to_string(),
        disk: text.clone(),
        base: text,
        head: None,
    }
}

/// The top-level fields that differ between HEAD's version of a record and
/// `start` (empty when either does not parse).
fn changed_fields(repo: &Repo, head: Option<Oid>, start: Option<&[u8]>, path: &str) -> Vec<String> {
    let head_text = head
        .and_then(|id| repo.blob_bytes(id).ok())
        .and_then(|b| String::from_utf8(b).ok());
    let start_text = start.and_then(|b| std::str::from_utf8(b).ok());
    let changes = match (head_text, start_text) {
        (Some(h), Some(s)) if crate::register::format::is_organisation_file(path) => {
            diff_texts::<Organisation>(&h, s)
        }
        (Some(h), Some(s)) => diff_texts::<Activity>(&h, s),
        _ => Vec::new(),
    };
    let mut fields: Vec<String> = Vec::new();
    for c in changes {
        let f = c.field().to_string();
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    fields
}

fn diff_texts<T: serde::Serialize + serde::de::DeserializeOwned>(
    a: &str,
    b: &str,
) -> Vec<diff::Change> {
    use crate::register::load::parse_record;
    match (parse_record::<T>(a), parse_record::<T>(b)) {
        (Ok(x), Ok(y)) => diff::diff_records(&x, &y),
        _ => Vec::new(),
    }
}

/// Moves the branch HEAD points at from commit `old` to commit `new`
/// (both in the object database already: a fast-forward, or commits
/// replayed in memory by a sync) and brings the work tree and index along
/// for every path that differs, as one transaction: see [`apply`]. A path
/// that differs and holds uncommitted changes (on disk or staged), or an
/// untracked file in the way, refuses the move and changes nothing. The
/// caller holds the repository's ropa lock (`_lock` is the proof).
pub fn move_branch(
    _lock: &RepoLock,
    root: &Path,
    old: Oid,
    new: Oid,
    reflog: &str,
) -> Result<(), Refusal> {
    let repo = Repo::open(root)?;
    let branch = repo.branch_ref()?;
    let old_tree = repo.repo.find_commit(old)?.tree()?;
    let new_tree = repo.repo.find_commit(new)?.tree()?;
    let index_path = repo.repo.path().join("index");
    let index_bytes = read_or_empty(&index_path)?;
    let index = gitindex::Entries::open(&index_path, &index_bytes)
        .map_err(|e| Refusal::IndexFormat(e.message().to_string()))?;
    let mut files = Vec::new();
    let mut expect_index = Vec::new();
    for path in repo.diff_paths(Some(&old_tree), &new_tree)? {
        let path = path.as_str();
        let entry = |tree: &git2::Tree<'_>| {
            tree.get_path(Path::new(path))
                .ok()
                .filter(|e| e.kind() == Some(git2::ObjectType::Blob))
                .map(|e| (e.id(), e.filemode() as u32))
        };
        let before = entry(&old_tree);
        let after = entry(&new_tree);
        if new_tree
            .get_path(Path::new(path))
            .is_ok_and(|e| e.kind() == Some(git2::ObjectType::Commit))
        {
            return Err(Refusal::BadPath(format!("{path} (a submodule)")));
        }
        // The file must be as the old commit has it: anything else is a
        // change someone made and did not commit.
        // (Blob and mode, with git's filters; a folder where the old
        // commit has a file, or a file in the way of its folder, is no
        // file of that path.)
        let (disk, same) = match apply::read_entry(&repo.workdir.join(path)) {
            Ok((bytes, mode)) => {
                let id = blob_id(&bytes)?;
                let same = match before {
                    Some((b, m)) => {
                        same_content(&repo, path, &bytes, b)?
                            && (mode == apply::SYMLINK) == (m == apply::SYMLINK)
                            && (mode & 0o100 != 0) == (m == 0o100755)
                    }
                    None => false,
                };
                (Some(id), same)
            }
            Err(e) if apply::absent(&e) => (None, before.is_none()),
            Err(source) => {
                return Err(Refusal::Io {
                    path: path.to_string(),
                    source,
                });
            }
        };
        let index_entry = index.get(path);
        if !same || index_entry != before {
            return Err(Refusal::Uncommitted(vec![Dirty {
                path: path.to_string(),
                staged: index_entry != before,
                unstaged: !same,
                fields: Vec::new(),
            }]));
        }
        expect_index.push((path.to_string(), index_entry));
        files.push(FileMove {
            path: path.to_string(),
            after,
            expect_disk: Some(disk),
        });
    }
    drop(index);
    apply::apply(
        &repo,
        &Move {
            branch,
            old: Some(old),
            new,
            files,
            reflog: reflog.to_string(),
            expect_index,
        },
    )
}
