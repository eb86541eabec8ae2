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
//! 6. refuses a file whose path has an attribute git would apply and ropa
//!    cannot (a `filter`, `working-tree-encoding`, `ident`), or whose blob
//!    git would store otherwise (line endings) (`attributes.rs`);
//! 7. writes the files and git's new index under git's index lock, runs the
//!    repository's `pre-commit`, `prepare-commit-msg` and `commit-msg`
//!    hooks on them as `git commit` does (`hooks.rs`), creates the commit
//!    with the message they leave — signed when `commit.gpgsign` asks
//!    ([`new_commit`]) — and moves the branch, the work tree and the index
//!    together ([`apply`]): all three agree on the new commit, or the
//!    repository, index and work tree are exactly as before — also when a
//!    hook or the signature refuses, when another program holds git's
//!    index lock for a moment, and when the process is killed at any point;
//! 8. runs `post-commit`; what it says is a note of the [`Saved`] outcome.

mod apply;
mod attributes;
mod branch;
mod check;
mod commit;
mod gitindex;
mod hooks;
pub mod journal;
pub mod lock;
mod plan;
mod refusal;
mod repo;
mod reviewed;
mod sign;
mod snapshot;
mod stash;

use std::collections::HashSet;
use std::path::Path;

use git2::Oid;

pub use branch::move_branch;
pub use commit::commit;
pub(crate) use hooks::REPO_ENV;
pub use journal::Recovered;
pub use plan::{Proposal, merge_value, new_recipient, reapply, reapply_value};
pub use refusal::Refusal;
pub use sign::new_commit;

use crate::register::date::Date;
use crate::register::load::Register;
use crate::register::model::{Activity, Organisation};
use crate::register::validate::{Finding, Options as ValidateOptions};
use commit::ready;
use lock::RepoLock;
use repo::{Repo, check_no_symlinks, check_path};

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
    /// Record that an activity was reviewed on day `on`: its
    /// `last_reviewed` is set to that day and nothing else changes: only
    /// that line of the file is written (inserted where it has none), its
    /// comments and layout kept. The commit reads `Org / Activity:
    /// reviewed, no change`.
    Review {
        /// The organisation: its folder's name.
        org: String,
        /// The activity: its file's name without `.ron`.
        activity: String,
        /// The day of the review (the user's local date).
        on: Date,
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
    /// What the repository's `post-commit` hook said (or that it failed;
    /// the commit stands either way).
    pub notes: Vec<String>,
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
