//! Sharing a register through a git remote: fetch, put local saves on
//! top, validate, push.
//!
//! [`sync`] runs the whole round trip for the branch checked out in the
//! register's repository:
//!
//! 1. It refuses to start while git is busy (a merge or rebase in
//!    progress) or while a tracked file of the register has uncommitted
//!    changes, and names those files. It never stashes or overwrites them.
//! 2. It fetches the upstream branch with `git fetch`: the branch's
//!    configured upstream, or the branch of the same name on `origin` (or
//!    `--remote`).
//! 3. Under the repository's ropa lock (no ropa save runs until the branch
//!    has moved) it integrates, as `git pull --rebase` would: the user's own
//!    commits are those after the fork point (`git merge-base --fork-point`,
//!    which reads the remote-tracking branch's reflog; else the plain merge
//!    base). A fast-forward when only the remote moved; when both moved, it
//!    replays the own commits one by one on top of the remote branch *in
//!    memory* (each commit keeps its author and message; the committer is
//!    the user). A commit the remote had and no longer has (a colleague's
//!    force-push purging it) is not the user's own: it stays dropped and the
//!    report names it ([`SyncReport::dropped`]). A local commit whose change
//!    is already on the remote is dropped. On a true conflict it stops
//!    before touching the branch, HEAD, the index or the work tree and
//!    returns a [`Conflict`] naming each record and field both sides
//!    changed.
//! 4. It loads and validates the resulting register from the new commit's
//!    tree (in a temporary folder), *before* moving anything, and refuses
//!    to push a register with errors unless [`SyncOptions::force`].
//! 5. It moves the branch and updates the changed files in the work tree
//!    and index through the core's transaction ([`change::move_branch`]): a
//!    file changed by the user is never overwritten, and a commit made
//!    meanwhile (a `git commit` beside ropa) stops the move
//!    ([`SyncError::BranchMoved`]) with everything as it was. Then it pushes
//!    the branch with `git push` to the upstream branch, or to a review
//!    branch ([`SyncOptions::branch`]) for a pull request.
//!
//! The network steps run the `git` program ([`network`]), so the user's
//! git setup applies as it does to `git fetch` and `git push`: credential
//! helpers, `~/.ssh/config` and agents, proxies, shallow and partial
//! clones, and the remote's hooks. Local object work stays in git2.
//!
//! Nothing here imports the user interface.

mod network;

pub use network::Terminal;

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use git2::{
    Commit, ErrorCode, ObjectType, Oid, Repository, RepositoryState, Signature, Sort,
    StatusOptions, Tree,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::change::journal;
use super::change::lock::{LOCK_WAIT, LockError, RepoLock};
use super::change::{self, Refusal};
use super::date::Date;
use super::diff::{Change, diff_records, render};
use super::load::{ACTIVITIES_DIR, ORGANISATION_FILE, load, parse_record};
use super::model::{Activity, Organisation};
use super::validate::{Options, Report, validate};
use network::{Fetched, Git, PushResult, RunError};

/// The remote used when neither the branch nor the caller names one.
pub const DEFAULT_REMOTE: &str = "origin";

/// What to synchronise and how.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// The remote to use (default: the branch's configured remote, else
    /// `origin`).
    pub remote: Option<String>,
    /// Push to this branch on the remote (a review branch for a pull
    /// request) instead of the upstream branch. The local commits are still
    /// put on top of the upstream branch first.
    pub branch: Option<String>,
    /// Push even when the result fails validation.
    pub force: bool,
    /// The day review dates and acknowledgements are judged against.
    pub today: Date,
    /// Whether git may ask for a password or passphrase on the terminal
    /// (the command line) or must not touch it (the interface, the
    /// default).
    pub terminal: Terminal,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            remote: None,
            branch: None,
            force: false,
            today: Date::today(),
            terminal: Terminal::Detached,
        }
    }
}

/// How far the local branch and its upstream have moved apart, as of the
/// last fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AheadBehind {
    /// Local commits not on the upstream branch.
    pub ahead: usize,
    /// Upstream commits not on the local branch.
    pub behind: usize,
    /// The upstream as `remote/branch`, e.g. `origin/main`.
    pub upstream: String,
    /// Whether the upstream has been fetched at all; when not, `ahead`
    /// counts every local commit (up to [`STATUS_LIMIT`]) and `behind` is 0.
    pub fetched: bool,
    /// There are more than `ahead` local commits: counting stopped at
    /// [`STATUS_LIMIT`] (only while the upstream has not been fetched).
    pub more: bool,
}

/// A commit, as listed in reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitLine {
    /// The commit.
    pub id: Oid,
    /// The id abbreviated to 7 hex digits.
    pub short: String,
    /// The author's name.
    pub author: String,
    /// The first line of the message.
    pub summary: String,
}

impl CommitLine {
    fn of(c: &Commit<'_>) -> CommitLine {
        let id = c.id();
        CommitLine {
            id,
            short: short(id),
            author: String::from_utf8_lossy(c.author().name_bytes()).into_owned(),
            summary: String::from_utf8_lossy(c.summary_bytes().unwrap_or_default()).into_owned(),
        }
    }
}

impl fmt::Display for CommitLine {
    /// `abc1234 Summary (Author)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ({})", self.short, self.summary, self.author)
    }
}

/// One local commit put on top of the upstream branch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replayed {
    /// The commit as it was.
    pub original: CommitLine,
    /// The new commit, `None` when its change was already upstream and it
    /// was dropped.
    pub new: Option<Oid>,
}

/// How the local branch was brought up to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Integration {
    /// Nothing new on either side.
    UpToDate,
    /// Only the remote moved: the branch was fast-forwarded.
    FastForward,
    /// Only the local branch moved: nothing to integrate.
    LocalOnly,
    /// Both moved: the local commits were replayed on top.
    Replayed,
    /// The remote has no such branch yet; the push creates it.
    NewBranch,
    /// The remote no longer has commits the branch had from it (a
    /// force-push removed them) and there were no own commits: the branch
    /// was moved to the remote's tip, without them
    /// ([`SyncReport::dropped`]).
    RemoteRewound,
}

/// The validation of the register as it would be pushed.
#[derive(Debug, Clone, Default)]
pub struct Validation {
    /// The findings.
    pub report: Report,
    /// Why the register could not be loaded at all, if it could not.
    pub fatal: Option<String>,
}

impl Validation {
    /// Errors, counting an unloadable register as one.
    pub fn errors(&self) -> usize {
        self.report.errors() + usize::from(self.fatal.is_some())
    }

    /// Whether the register passes (no errors).
    pub fn passes(&self) -> bool {
        self.errors() == 0
    }
}

/// What was pushed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pushed {
    /// The remote's name.
    pub remote: String,
    /// The branch on the remote.
    pub branch: String,
    /// Whether it is a review branch ([`SyncOptions::branch`]).
    pub review: bool,
    /// Whether the branch did not exist on the remote before.
    pub created: bool,
    /// The commits the push sent, oldest first (for a review branch: the
    /// commits not on the upstream branch).
    pub commits: Vec<CommitLine>,
    /// What the remote printed (git's `remote:` lines, e.g. a forge's
    /// link to open a pull request), as it printed it.
    pub remote_text: Vec<String>,
}

/// What [`sync`] did.
#[derive(Debug, Clone)]
pub struct SyncReport {
    /// The register's folder as advice names it (absolute, quoted for a
    /// shell when it must be).
    pub register: String,
    /// The remote's name.
    pub remote: String,
    /// The remote's URL.
    pub url: String,
    /// The local branch.
    pub branch: String,
    /// The upstream as `remote/branch`.
    pub upstream: String,
    /// Commits from others that were on the upstream branch but not on the
    /// local one, oldest first.
    pub incoming: Vec<CommitLine>,
    /// How the branch was brought up to date.
    pub integration: Integration,
    /// The local commits replayed on top of the upstream branch, oldest
    /// first (empty unless [`Integration::Replayed`]).
    pub replayed: Vec<Replayed>,
    /// Commits the branch had from the remote that the remote no longer
    /// has (a colleague removed them with a force-push, e.g. to purge
    /// personal data), oldest first. They were not replayed or pushed and
    /// are no longer on the branch.
    pub dropped: Vec<CommitLine>,
    /// The branch's commit afterwards.
    pub head: Oid,
    /// The validation of the resulting register.
    pub validation: Validation,
    /// Pushed although validation failed ([`SyncOptions::force`]).
    pub forced: bool,
    /// What was pushed, `None` when there was nothing to push.
    pub pushed: Option<Pushed>,
}

/// Which record a conflicting file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// `<org>/activities/<id>.ron`.
    Activity,
    /// `<org>/organisation.ron`.
    Organisation,
    /// Any other file.
    Other,
}

/// How the two sides disagree about a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictKind {
    /// Both sides changed the same part of the file.
    BothChanged,
    /// Both sides created the file, with different content.
    BothAdded,
    /// The team deleted (or renamed) the file; the local commit changed it.
    DeletedUpstream,
    /// The local commit deleted (or renamed) the file; the team changed it.
    DeletedLocally,
}

/// A field both sides changed, with its three versions rendered compactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    /// The field's path, e.g. `purposes[0].description` or `name`.
    pub path: String,
    /// The value both started from, `None` when it did not exist.
    pub base: Option<String>,
    /// The value on the remote (the team's), `None` when removed there.
    pub upstream: Option<String>,
    /// The value in the local commit (yours), `None` when removed.
    pub local: Option<String>,
}

/// One file the local commit could not be replayed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictFile {
    /// Register-relative path (a repository path for a file outside the
    /// register).
    pub path: String,
    /// The path in the repository's work tree.
    pub repo_path: String,
    /// What the file holds.
    pub record: RecordKind,
    /// The organisation folder, for a register record.
    pub org: Option<String>,
    /// The record's id (the file or folder name), for a register record.
    pub id: Option<String>,
    /// The record's name, when a version of it parses.
    pub name: Option<String>,
    /// How the sides disagree.
    pub kind: ConflictKind,
    /// Fields both sides changed differently, in file order. Empty when the
    /// versions could not be compared field by field.
    pub fields: Vec<FieldConflict>,
    /// What the team changed in this record (the remote's version against
    /// the common base), for context.
    pub upstream_changes: Vec<String>,
    /// What the local commit changed in this record.
    pub local_changes: Vec<String>,
    /// Why the versions could not be compared field by field, if not.
    pub note: Option<String>,
    /// The team's commits that touched the file, oldest first.
    pub upstream_commits: Vec<CommitLine>,
}

/// A local commit that cannot be put on top of the remote branch without a
/// person deciding. Nothing was changed: branch, HEAD, index and work tree
/// are as they were, and every local commit is kept.
#[derive(Debug, Clone)]
pub struct Conflict {
    /// The repository's work tree.
    pub workdir: PathBuf,
    /// The register's folder, as the advice names it (absolute, quoted
    /// for a shell when it must be).
    pub register: String,
    /// The local branch.
    pub branch: String,
    /// The upstream as `remote/branch`.
    pub upstream: String,
    /// The local commit that conflicts.
    pub commit: CommitLine,
    /// Every local commit not on the upstream branch, oldest first; all
    /// are still on the local branch.
    pub local: Vec<CommitLine>,
    /// The files in conflict.
    pub files: Vec<ConflictFile>,
}

/// Why [`sync`] stopped. The messages say what to do next, naming the
/// register they apply to (`register`: its folder, absolute, quoted for a
/// shell when it must be).
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The register is not inside a git work tree.
    #[error("{0}: not in a git repository, so there is nothing to sync (`git init` creates one)")]
    NotARepository(PathBuf),
    /// The branch has no commit yet.
    #[error("the register's repository has no commits yet; save a change first")]
    NoCommits,
    /// HEAD is not on a branch.
    #[error(
        "the register's repository is not on a branch (detached HEAD); \
         check out a branch, e.g. `git switch main`, then run `ropa sync {register}` again"
    )]
    Detached {
        /// The register's folder.
        register: String,
    },
    /// git is in the middle of a merge, rebase or similar.
    #[error(
        "git is in the middle of a {state}; finish or abort it (see `git status` in \
         {workdir}) before running `ropa sync {register}` again"
    )]
    Busy {
        /// What git is doing (`merge`, `rebase`, …).
        state: String,
        /// The work tree.
        workdir: String,
        /// The register's folder.
        register: String,
    },
    /// Register files have uncommitted changes.
    #[error(
        "these register files have changes that are not saved in git:\n{}\n\
         Nothing was fetched or changed. Save them in ropa (or commit them with git), \
         or undo them (`git restore <file>`), then run `ropa sync {register}` again.",
        list(.files)
    )]
    Dirty {
        /// The files, as repository paths.
        files: Vec<String>,
        /// The register's folder.
        register: String,
    },
    /// Updating the work tree would overwrite files the user changed.
    #[error(
        "the team's changes touch files that have uncommitted changes in your work tree; \
         nothing was changed. Commit or undo those changes (see `git status` in {workdir}), \
         then run `ropa sync {register}` again.\n\
         git: {message}"
    )]
    WorkTree {
        /// The files and why.
        message: String,
        /// The work tree.
        workdir: String,
        /// The register's folder.
        register: String,
    },
    /// A commit landed on the branch (a `git commit` beside ropa) while the
    /// sync was working; nothing was moved.
    #[error(
        "your branch moved while syncing (a commit was made meanwhile), so the sync did not \
         change it; your commits and files are as they were. Run `ropa sync {register}` again."
    )]
    BranchMoved {
        /// The register's folder.
        register: String,
    },
    /// No such remote.
    #[error(
        "the repository has no remote `{remote}`{}; add one with \
         `git remote add {remote} <url>` or name another with --remote",
        if .known.is_empty() { String::new() } else { format!(" (it has: {})", .known.join(", ")) }
    )]
    NoRemote {
        /// The remote asked for.
        remote: String,
        /// The remotes the repository has.
        known: Vec<String>,
    },
    /// The remote's URL names a local folder that does not exist.
    #[error(
        "remote `{remote}` is {url}: no such path ({path}). Correct it with \
         `git remote set-url {remote} <path or url>`, or name another with --remote"
    )]
    NoSuchPath {
        /// The remote's name.
        remote: String,
        /// Its URL as configured.
        url: String,
        /// The folder it names.
        path: PathBuf,
    },
    /// The `git` program could not be run.
    #[error(
        "cannot run the `git` program ({0}); ropa fetches and pushes with it, as your git \
         setup does. Install git (or put it on PATH) and sync again."
    )]
    NoGit(String),
    /// The review branch name is not a valid branch name, or is the
    /// upstream branch itself.
    #[error(
        "`{0}` cannot be a review branch: give a new branch name such as `review/my-change` \
         (not the main branch itself)"
    )]
    BadBranch(String),
    /// Fetching failed.
    #[error("cannot fetch from {remote} ({url}):\n{message}\n{advice}")]
    Fetch {
        /// The remote's name.
        remote: String,
        /// Its URL.
        url: String,
        /// git's message.
        message: String,
        /// What to try.
        advice: String,
    },
    /// A local merge commit cannot be replayed.
    #[error(
        "your branch has a merge commit that is not on the remote ({commit}); ropa only \
         replays plain commits. Integrate with git instead (`git pull --rebase` or `git pull` \
         in {workdir}), then run `ropa sync {register}` again."
    )]
    MergeCommit {
        /// The merge commit.
        commit: Box<CommitLine>,
        /// The work tree.
        workdir: String,
        /// The register's folder.
        register: String,
    },
    /// A local commit conflicts with the team's changes.
    #[error("{0}")]
    Conflict(Box<Conflict>),
    /// The result fails validation; nothing was pushed or changed.
    #[error(
        "the register as it would be pushed to {target} has {errors} validation error{s}, \
         so nothing was pushed and your branch was not changed. Fix the errors above, save, \
         and run `ropa sync {register}` again; or push anyway with \
         `ropa sync --force {register}`.",
        errors = .validation.errors(),
        s = if .validation.errors() == 1 { "" } else { "s" }
    )]
    Invalid {
        /// The findings.
        validation: Box<Validation>,
        /// Where it would have gone, `remote/branch`.
        target: String,
        /// The commits from others that were fetched.
        incoming: Vec<CommitLine>,
        /// The register's folder.
        register: String,
    },
    /// The remote has commits the push would overwrite: someone pushed
    /// since the fetch.
    #[error(
        "{remote} did not take the push to {branch} ({reason}): {}{}",
        if *.review {
            "the review branch has commits your branch does not have; pick another name \
             with --branch.".to_string()
        } else {
            format!("someone pushed in the meantime; run `ropa sync {}` again.", .register)
        },
        if *.moved { " Your branch already holds your commits on top of the changes fetched \
            earlier; nothing is lost." } else { "" }
    )]
    Rejected {
        /// The remote's name.
        remote: String,
        /// The branch on the remote.
        branch: String,
        /// git's reason (`fetch first`, `non-fast-forward`).
        reason: String,
        /// Whether the push went to a review branch.
        review: bool,
        /// Whether the local branch had been moved (fast-forward or replay)
        /// before the push.
        moved: bool,
        /// The register's folder.
        register: String,
    },
    /// The remote itself refused the push (a hook, a protected branch).
    #[error(
        "{remote} refused the push to {branch} ({reason}).{}\n\
         Nothing was pushed; your commits are kept on your branch{}. Change what the remote \
         objects to, save, and run `ropa sync {register}` again, or ask whoever runs the \
         remote.",
        if .remote_text.is_empty() {
            " The remote gave no reason.".to_string()
        } else {
            format!(" The remote said:\n{}", .remote_text.iter().map(|l| format!("  remote: {l}")).collect::<Vec<_>>().join("\n"))
        },
        if *.moved { ", on top of the changes fetched from it" } else { "" }
    )]
    Refused {
        /// The remote's name.
        remote: String,
        /// The branch on the remote.
        branch: String,
        /// git's reason, e.g. `pre-receive hook declined`.
        reason: String,
        /// The remote's own text (git's `remote:` lines), as it printed it.
        remote_text: Vec<String>,
        /// Whether the local branch had been moved before the push.
        moved: bool,
        /// The register's folder.
        register: String,
    },
    /// Pushing failed for another reason.
    #[error("cannot push to {remote} ({url}):\n{message}\n{advice}")]
    Push {
        /// The remote's name.
        remote: String,
        /// Its URL.
        url: String,
        /// git's message.
        message: String,
        /// What to try.
        advice: String,
    },
    /// Another ropa kept the repository's lock too long.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// A file could not be written.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A replayed commit could not be made as the repository wants it
    /// (e.g. `commit.gpgsign` is set and signing failed); nothing moved.
    #[error(
        "cannot make your replayed commit: {0}. Nothing was changed or pushed; \
         fix that, then run `ropa sync {register}` again."
    , register = .1)]
    Commit(Box<Refusal>, String),
    /// git failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
}

impl SyncError {
    /// The exit status for the command line: 1 when the sync ran and
    /// stopped for a reason the user resolves (a conflict, a register that
    /// fails validation, a rejected or refused push, a branch that moved
    /// meanwhile), 2 when it could not run.
    pub fn exit_code(&self) -> i32 {
        match self {
            SyncError::Conflict(_)
            | SyncError::Invalid { .. }
            | SyncError::Rejected { .. }
            | SyncError::Refused { .. }
            | SyncError::BranchMoved { .. } => 1,
            _ => 2,
        }
    }
}

fn list(paths: &[String]) -> String {
    paths
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A path as a shell word: as it is when that is safe to paste after
/// `ropa sync `, else in single quotes.
fn shell_word(path: &Path) -> String {
    let s = path.display().to_string();
    let plain = !s.is_empty()
        && s.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(c, '/' | '.' | '_' | '-' | '+' | ',' | ':' | '@' | '%' | '=')
        });
    if plain {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The register's repository and branch, and the upstream to sync with.
struct Ctx {
    repo: Repository,
    workdir: PathBuf,
    /// The register root relative to the work tree, `/`-separated, with a
    /// trailing `/` unless empty.
    prefix: String,
    /// `refs/heads/<branch>`.
    branch_ref: String,
    /// The local branch's name.
    branch: String,
    /// Whether the branch has an upstream configured (on any remote).
    configured: bool,
    remote: String,
    /// The branch's name on the remote.
    remote_branch: String,
    /// The register's folder as advice names it.
    register: String,
    /// Whether git may prompt on the terminal.
    terminal: Terminal,
}

impl Ctx {
    fn open(root: &Path, remote: Option<&str>, terminal: Terminal) -> Result<Ctx, SyncError> {
        let (repo, workdir, prefix) = super::git::register_repository(root)
            .ok_or_else(|| SyncError::NotARepository(root.to_path_buf()))?;
        let register = shell_word(&std::path::absolute(root).unwrap_or_else(|_| root.into()));
        let head = match repo.head() {
            Ok(h) => h,
            Err(e) if e.code() == ErrorCode::UnbornBranch => return Err(SyncError::NoCommits),
            Err(e) => return Err(e.into()),
        };
        let detached = || SyncError::Detached {
            register: register.clone(),
        };
        if !head.is_branch() {
            return Err(detached());
        }
        let branch_ref = head.name().map_err(|_| detached())?.to_string();
        let branch = branch_ref
            .strip_prefix("refs/heads/")
            .ok_or_else(detached)?
            .to_string();
        drop(head);
        let cfg = repo.config()?;
        let cfg_remote = cfg.get_string(&format!("branch.{branch}.remote")).ok();
        let cfg_merge = cfg.get_string(&format!("branch.{branch}.merge")).ok();
        let remote = remote
            .map(str::to_string)
            .or_else(|| cfg_remote.clone().filter(|r| r != "."))
            .unwrap_or_else(|| DEFAULT_REMOTE.to_string());
        let merge = cfg_merge
            .as_deref()
            .and_then(|m| m.strip_prefix("refs/heads/"))
            .filter(|_| cfg_remote.as_deref() == Some(remote.as_str()));
        let configured = cfg_merge.is_some();
        let remote_branch = merge.map_or_else(|| branch.clone(), str::to_string);
        if let Err(e) = repo.find_remote(&remote) {
            if matches!(e.code(), ErrorCode::NotFound | ErrorCode::InvalidSpec) {
                let known = repo
                    .remotes()?
                    .iter()
                    .filter_map(|r| r.ok().flatten())
                    .map(str::to_string)
                    .collect();
                return Err(SyncError::NoRemote { remote, known });
            }
            return Err(e.into());
        }
        Ok(Ctx {
            repo,
            workdir,
            prefix,
            branch_ref,
            branch,
            configured,
            remote,
            remote_branch,
            register,
            terminal,
        })
    }

    /// `refs/remotes/<remote>/<branch>`.
    fn tracking_ref(&self) -> String {
        format!("refs/remotes/{}/{}", self.remote, self.remote_branch)
    }

    /// `<remote>/<branch>`.
    fn upstream_name(&self) -> String {
        format!("{}/{}", self.remote, self.remote_branch)
    }

    fn tracking(&self) -> Option<Oid> {
        self.repo.refname_to_id(&self.tracking_ref()).ok()
    }

    fn head(&self) -> Result<Oid, SyncError> {
        Ok(self.repo.refname_to_id(&self.branch_ref)?)
    }

    /// Whether HEAD is still on the branch and the branch at `at`, as the
    /// files on disk say now.
    fn still_at(&self, at: Oid) -> Result<bool, SyncError> {
        let repo = Repository::open(self.repo.path())?;
        let head = repo.head()?;
        Ok(head.name() == Ok(self.branch_ref.as_str()) && head.target() == Some(at))
    }

    fn url(&self) -> Result<String, SyncError> {
        let remote = self.repo.find_remote(&self.remote)?;
        Ok(String::from_utf8_lossy(remote.url_bytes()).into_owned())
    }

    /// The register path of a repository path, `None` outside the register.
    fn register_path<'p>(&self, repo_path: &'p str) -> Option<&'p str> {
        repo_path.strip_prefix(&self.prefix)
    }

    fn git(&self) -> Git<'_> {
        Git {
            workdir: &self.workdir,
            terminal: self.terminal,
        }
    }

    fn workdir_word(&self) -> String {
        shell_word(&self.workdir)
    }

    /// What to try when git cannot reach the remote.
    fn network_advice(&self) -> String {
        match self.terminal {
            Terminal::Detached => format!(
                "If git needs a password or passphrase for this remote, run \
                 `ropa sync {}` in a terminal, where git can ask for it.",
                self.register
            ),
            Terminal::Inherit => format!(
                "Check that `git fetch {}` works in {}, then run `ropa sync {}` again.",
                self.remote,
                self.workdir_word(),
                self.register
            ),
        }
    }
}

/// At most this many local commits are counted while the upstream has not
/// been fetched ([`AheadBehind::more`]).
pub const STATUS_LIMIT: usize = 1000;

/// How far the local branch and its upstream are apart, as of the last
/// fetch (no network access). Run [`sync`] to fetch. While the upstream
/// has not been fetched, the local commits are counted up to
/// [`STATUS_LIMIT`].
pub fn status(root: &Path) -> Result<AheadBehind, SyncError> {
    status_within(root, STATUS_LIMIT)
}

fn status_within(root: &Path, limit: usize) -> Result<AheadBehind, SyncError> {
    let ctx = Ctx::open(root, None, Terminal::Detached)?;
    let head = ctx.head()?;
    let upstream = ctx.upstream_name();
    match ctx.tracking() {
        Some(up) => {
            let (ahead, behind) = ctx.repo.graph_ahead_behind(head, up)?;
            Ok(AheadBehind {
                ahead,
                behind,
                upstream,
                fetched: true,
                more: false,
            })
        }
        None => {
            // Every commit of the branch is local: counted without sorting
            // (which would read the whole history first), and only so far.
            let mut walk = ctx.repo.revwalk()?;
            walk.push(head)?;
            let mut ahead = 0;
            for id in walk {
                id?;
                if ahead == limit {
                    return Ok(AheadBehind {
                        ahead,
                        behind: 0,
                        upstream,
                        fetched: false,
                        more: true,
                    });
                }
                ahead += 1;
            }
            Ok(AheadBehind {
                ahead,
                behind: 0,
                upstream,
                fetched: false,
                more: false,
            })
        }
    }
}

/// How the branch is brought up to date, decided in memory.
struct Plan {
    integration: Integration,
    head: Oid,
    replayed: Vec<Replayed>,
    dropped: Vec<CommitLine>,
}

/// Fetches the upstream, integrates the local commits, validates the
/// result and pushes it. See the module documentation for the steps.
///
/// On [`SyncError::Conflict`], [`SyncError::Invalid`] and
/// [`SyncError::BranchMoved`] the local branch, HEAD, index and work tree
/// are exactly as they were (only the remote-tracking branch was updated
/// by the fetch).
pub fn sync(root: &Path, opts: &SyncOptions) -> Result<SyncReport, SyncError> {
    let ctx = Ctx::open(root, opts.remote.as_deref(), opts.terminal)?;
    // Checked before the fetch, to fail early, and again under the lock;
    // under it both times, so a save half-way through is not taken for
    // uncommitted changes.
    {
        let _lock = RepoLock::acquire(ctx.repo.commondir(), LOCK_WAIT)?;
        journal::recover_locked(&ctx.repo)?;
        ready(&ctx)?;
    }
    let url = ctx.url()?;
    if let Some(b) = &opts.branch
        && (!git2::Reference::is_valid_name(&format!("refs/heads/{b}")) || *b == ctx.remote_branch)
    {
        return Err(SyncError::BadBranch(b.clone()));
    }
    if let Some(path) = network::local_path(&url, &ctx.workdir)
        && !path.exists()
    {
        return Err(SyncError::NoSuchPath {
            remote: ctx.remote.clone(),
            url,
            path,
        });
    }

    fetch(&ctx, &url)?;
    // From here to the move of the branch, no other ropa writes: a save
    // started now waits, one that landed already is part of `local`.
    let lock = RepoLock::acquire(ctx.repo.commondir(), LOCK_WAIT)?;
    journal::recover_locked(&ctx.repo)?;
    ready(&ctx)?;
    let local = ctx.head()?;
    let upstream = ctx.tracking();
    let incoming = match upstream {
        Some(up) => commit_lines(&ctx.repo, commits_between(&ctx.repo, up, &[local])?)?,
        None => Vec::new(),
    };

    // Integrate, in memory.
    let plan = match upstream {
        None => Plan {
            integration: Integration::NewBranch,
            head: local,
            replayed: Vec::new(),
            dropped: Vec::new(),
        },
        Some(up) => integrate(&ctx, local, up)?,
    };
    let new_head = plan.head;

    // Validate what would be pushed, before anything moves.
    let new_tree = ctx.repo.find_commit(new_head)?.tree()?;
    let validation = validate_tree(&ctx, &new_tree, opts.today)?;
    let to_push = upstream != Some(new_head);
    let target_branch = opts
        .branch
        .clone()
        .unwrap_or_else(|| ctx.remote_branch.clone());
    if to_push && !validation.passes() && !opts.force {
        return Err(SyncError::Invalid {
            validation: Box::new(validation),
            target: format!("{}/{target_branch}", ctx.remote),
            incoming,
            register: ctx.register.clone(),
        });
    }

    test_pause("sync-validated");
    let moved = new_head != local;
    if moved {
        move_branch(&ctx, &lock, root, local, new_head)?;
    } else if !ctx.still_at(local)? {
        // Nothing to move, but what would be pushed is no longer the branch.
        return Err(SyncError::BranchMoved {
            register: ctx.register.clone(),
        });
    }
    drop(lock);

    let pushed = if to_push {
        let hide: Vec<Oid> = upstream.into_iter().collect();
        let commits = commit_lines(&ctx.repo, commits_between(&ctx.repo, new_head, &hide)?)?;
        let (created, remote_text) = push(
            &ctx,
            &url,
            new_head,
            &target_branch,
            opts.branch.is_some(),
            moved,
        )?;
        if opts.branch.is_none() {
            // git moves the remote-tracking branch itself when the remote's
            // fetch refspec covers it; make sure status() is right without
            // another fetch either way.
            if ctx.tracking() != Some(new_head) {
                ctx.repo
                    .reference(&ctx.tracking_ref(), new_head, true, "ropa sync: push")?;
            }
            if !ctx.configured
                && let Ok(mut b) = ctx.repo.find_branch(&ctx.branch, git2::BranchType::Local)
            {
                // Best effort: a missing upstream setting only means the
                // next sync falls back to the same name again.
                let _ = b.set_upstream(Some(&ctx.upstream_name()));
            }
        }
        Some(Pushed {
            remote: ctx.remote.clone(),
            branch: target_branch,
            review: opts.branch.is_some(),
            created,
            commits,
            remote_text,
        })
    } else {
        None
    };

    Ok(SyncReport {
        register: ctx.register.clone(),
        remote: ctx.remote.clone(),
        url,
        branch: ctx.branch.clone(),
        upstream: ctx.upstream_name(),
        incoming,
        integration: plan.integration,
        replayed: plan.replayed,
        dropped: plan.dropped,
        head: new_head,
        forced: pushed.is_some() && !validation.passes(),
        validation,
        pushed,
    })
}

/// Decides how `local` is brought onto `up`, as `git pull --rebase` would:
/// the own commits are those after the fork point; commits before it that
/// the remote no longer has are dropped.
fn integrate(ctx: &Ctx, local: Oid, up: Oid) -> Result<Plan, SyncError> {
    let repo = &ctx.repo;
    let plan = |integration, head| Plan {
        integration,
        head,
        replayed: Vec::new(),
        dropped: Vec::new(),
    };
    if up == local {
        return Ok(plan(Integration::UpToDate, local));
    }
    let fork_point = match ctx.git().fork_point(&ctx.tracking_ref(), local) {
        Ok(f) => f,
        Err(RunError::Spawn(e)) => return Err(SyncError::NoGit(e.to_string())),
    };
    let base = match fork_point {
        Some(f) => Some(f),
        None => match repo.merge_base(local, up) {
            Ok(b) => Some(b),
            Err(e) if e.code() == ErrorCode::NotFound => None,
            Err(e) => return Err(e.into()),
        },
    };
    let mut hide = vec![up];
    hide.extend(base);
    let own = commits_between(repo, local, &hide)?;
    // The fork point is on the branch; when the remote's branch no longer
    // contains it, the commits between are ones the remote dropped.
    let dropped = match base {
        Some(b) if b != up && !repo.graph_descendant_of(up, b)? => {
            commit_lines(repo, commits_between(repo, b, &[up])?)?
        }
        _ => Vec::new(),
    };
    if own.is_empty() {
        let integration = if repo.graph_descendant_of(up, local)? {
            Integration::FastForward
        } else {
            Integration::RemoteRewound
        };
        return Ok(Plan {
            dropped,
            ..plan(integration, up)
        });
    }
    if dropped.is_empty() && repo.graph_descendant_of(local, up)? {
        return Ok(plan(Integration::LocalOnly, local));
    }
    let mut replayed = Vec::new();
    let head = replay(ctx, &own, up, &mut replayed)?;
    Ok(Plan {
        integration: Integration::Replayed,
        head,
        replayed,
        dropped,
    })
}

/// With `ROPA_TEST_SYNC_DELAY_US` set (tests only, like git's `GIT_TEST_*`
/// variables), names the step on standard error and pauses that many
/// microseconds, so that a test can act while the sync is at that step.
fn test_pause(step: &str) {
    if let Some(us) = std::env::var("ROPA_TEST_SYNC_DELAY_US")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        eprintln!("ropa-step {step}");
        std::thread::sleep(std::time::Duration::from_micros(us));
    }
}

/// Refuses to sync while git is in the middle of something or the
/// register's files hold uncommitted changes.
fn ready(ctx: &Ctx) -> Result<(), SyncError> {
    match ctx.repo.state() {
        RepositoryState::Clean => {}
        state => {
            return Err(SyncError::Busy {
                state: format!("{state:?}").to_lowercase(),
                workdir: ctx.workdir_word(),
                register: ctx.register.clone(),
            });
        }
    }
    let dirty = dirty_register_files(ctx)?;
    if !dirty.is_empty() {
        return Err(SyncError::Dirty {
            files: dirty,
            register: ctx.register.clone(),
        });
    }
    Ok(())
}

/// Tracked files of the register with staged or unstaged changes, as
/// repository paths.
fn dirty_register_files(ctx: &Ctx) -> Result<Vec<String>, SyncError> {
    let mut so = StatusOptions::new();
    so.include_untracked(false)
        .include_ignored(false)
        .exclude_submodules(true);
    let statuses = ctx.repo.statuses(Some(&mut so))?;
    let mut out = Vec::new();
    for s in statuses.iter() {
        if s.status().is_empty() || s.status().is_ignored() || s.status().is_wt_new() {
            continue;
        }
        let path = String::from_utf8_lossy(s.path_bytes()).into_owned();
        if ctx.register_path(&path).is_some() {
            out.push(path);
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Fetches the upstream branch into its remote-tracking branch with
/// `git fetch`. When the remote has no such branch, a stale
/// remote-tracking branch is removed. In a partial clone, the objects of
/// the fetched upstream are made present ([`fetch_missing`]).
fn fetch(ctx: &Ctx, url: &str) -> Result<(), SyncError> {
    let fetched = ctx
        .git()
        .fetch(&ctx.remote, &ctx.remote_branch, &ctx.tracking_ref())
        .map_err(|RunError::Spawn(e)| SyncError::NoGit(e.to_string()))?;
    match fetched {
        Fetched::Updated => Ok(()),
        Fetched::NoSuchBranch => {
            if let Ok(mut stale) = ctx.repo.find_reference(&ctx.tracking_ref()) {
                stale.delete()?;
            }
            Ok(())
        }
        Fetched::Failed(ran) => Err(SyncError::Fetch {
            remote: ctx.remote.clone(),
            url: url.to_string(),
            message: ran.message(),
            advice: ctx.network_advice(),
        }),
    }?;
    fetch_missing(ctx, url)
}

/// In a partial clone, the blobs of the fetched upstream that are not here
/// yet (git fetched its commits and trees only): fetched now, since the
/// replay, the validation and the move read them with git2, which cannot
/// fetch on demand as git does.
fn fetch_missing(ctx: &Ctx, url: &str) -> Result<(), SyncError> {
    let cfg = ctx.repo.config()?.snapshot()?;
    let promisor = cfg
        .get_string("extensions.partialclone")
        .ok()
        .filter(|r| !r.is_empty())
        .or_else(|| {
            cfg.get_bool(&format!("remote.{}.promisor", ctx.remote))
                .unwrap_or(false)
                .then(|| ctx.remote.clone())
        });
    let (Some(promisor), Some(up)) = (promisor, ctx.tracking()) else {
        return Ok(());
    };
    match ctx.git().fetch_missing(&promisor, up) {
        Ok(None) => Ok(()),
        Ok(Some(ran)) => Err(SyncError::Fetch {
            remote: promisor,
            url: url.to_string(),
            message: ran.message(),
            advice: ctx.network_advice(),
        }),
        Err(RunError::Spawn(e)) => Err(SyncError::NoGit(e.to_string())),
    }
}

/// Commits reachable from `from` but from none of `hide`, oldest first.
/// (In a shallow clone the walk ends at the shallow boundary, as git's
/// does: libgit2 reads `.git/shallow`.)
fn commits_between(repo: &Repository, from: Oid, hide: &[Oid]) -> Result<Vec<Oid>, SyncError> {
    let mut walk = repo.revwalk()?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
    walk.push(from)?;
    for h in hide {
        walk.hide(*h)?;
    }
    Ok(walk.collect::<Result<Vec<_>, _>>()?)
}

fn commit_lines(repo: &Repository, ids: Vec<Oid>) -> Result<Vec<CommitLine>, SyncError> {
    ids.into_iter()
        .map(|id| Ok(CommitLine::of(&repo.find_commit(id)?)))
        .collect()
}

fn short(id: Oid) -> String {
    id.to_string().chars().take(7).collect()
}

/// Replays the own commits `ids` (oldest first) on top of `upstream`,
/// writing only new objects, and returns the new tip.
fn replay(
    ctx: &Ctx,
    ids: &[Oid],
    upstream: Oid,
    replayed: &mut Vec<Replayed>,
) -> Result<Oid, SyncError> {
    let repo = &ctx.repo;
    let commits = ids
        .iter()
        .map(|id| repo.find_commit(*id))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(m) = commits.iter().find(|c| c.parent_count() > 1) {
        return Err(SyncError::MergeCommit {
            commit: Box::new(CommitLine::of(m)),
            workdir: ctx.workdir_word(),
            register: ctx.register.clone(),
        });
    }
    let user = repo.signature().ok();
    let mut tip = repo.find_commit(upstream)?;
    for c in &commits {
        let mut index = repo.cherrypick_commit(c, &tip, 0, None)?;
        if index.has_conflicts() {
            let files = describe_conflicts(ctx, &index, c, upstream)?;
            return Err(SyncError::Conflict(Box::new(Conflict {
                workdir: ctx.workdir.clone(),
                register: ctx.register.clone(),
                branch: ctx.branch.clone(),
                upstream: ctx.upstream_name(),
                commit: CommitLine::of(c),
                local: commits.iter().map(CommitLine::of).collect(),
                files,
            })));
        }
        let tree_id = index.write_tree_to(repo)?;
        if tree_id == tip.tree_id() {
            // The same change is already on the remote.
            replayed.push(Replayed {
                original: CommitLine::of(c),
                new: None,
            });
            continue;
        }
        let tree = repo.find_tree(tree_id)?;
        let committer = match &user {
            Some(u) => Signature::now(
                &String::from_utf8_lossy(u.name_bytes()),
                &String::from_utf8_lossy(u.email_bytes()),
            )?,
            None => Signature::now(
                &String::from_utf8_lossy(c.committer().name_bytes()),
                &String::from_utf8_lossy(c.committer().email_bytes()),
            )?,
        };
        let message = String::from_utf8_lossy(c.message_bytes()).into_owned();
        // Signed when the repository asks for it (`commit.gpgsign`), as
        // `git rebase` would; never unsigned silently.
        let id = change::new_commit(repo, &c.author(), &committer, &message, &tree, &[&tip])
            .map_err(|e| SyncError::Commit(Box::new(e), ctx.register.clone()))?;
        replayed.push(Replayed {
            original: CommitLine::of(c),
            new: Some(id),
        });
        tip = repo.find_commit(id)?;
    }
    Ok(tip.id())
}

/// Describes each conflicting file of a failed replay of `commit`.
fn describe_conflicts(
    ctx: &Ctx,
    index: &git2::Index,
    commit: &Commit<'_>,
    upstream: Oid,
) -> Result<Vec<ConflictFile>, SyncError> {
    let repo = &ctx.repo;
    let mut files = Vec::new();
    for conflict in index.conflicts()? {
        let conflict = conflict?;
        let Some(entry) = conflict
            .their
            .as_ref()
            .or(conflict.our.as_ref())
            .or(conflict.ancestor.as_ref())
        else {
            continue;
        };
        let repo_path = String::from_utf8_lossy(&entry.path).into_owned();
        let blob = |e: &Option<git2::IndexEntry>| -> Option<String> {
            let e = e.as_ref()?;
            let b = repo.find_blob(e.id).ok()?;
            Some(String::from_utf8_lossy(b.content()).into_owned())
        };
        let (base, ours, theirs) = (
            blob(&conflict.ancestor),
            blob(&conflict.our),
            blob(&conflict.their),
        );
        let kind = match (&base, &ours, &theirs) {
            (None, _, _) => ConflictKind::BothAdded,
            (Some(_), None, _) => ConflictKind::DeletedUpstream,
            (Some(_), _, None) => ConflictKind::DeletedLocally,
            _ => ConflictKind::BothChanged,
        };
        let (path, record, org, id) = classify(ctx, &repo_path);
        let mut file = ConflictFile {
            path,
            repo_path: repo_path.clone(),
            record,
            org,
            id,
            name: None,
            kind,
            fields: Vec::new(),
            upstream_changes: Vec::new(),
            local_changes: Vec::new(),
            note: None,
            upstream_commits: Vec::new(),
        };
        match record {
            RecordKind::Activity => {
                compare::<Activity>(&mut file, &base, &ours, &theirs, |a| a.name.clone())
            }
            RecordKind::Organisation => {
                compare::<Organisation>(&mut file, &base, &ours, &theirs, |o| o.name.clone())
            }
            RecordKind::Other => {}
        }
        file.upstream_commits = touching(repo, upstream, commit, &repo_path)?;
        files.push(file);
    }
    Ok(files)
}

/// The register path, kind, organisation and id of a repository path.
fn classify(ctx: &Ctx, repo_path: &str) -> (String, RecordKind, Option<String>, Option<String>) {
    let Some(rel) = ctx.register_path(repo_path) else {
        return (repo_path.to_string(), RecordKind::Other, None, None);
    };
    let parts: Vec<&str> = rel.split('/').collect();
    match parts.as_slice() {
        [org, f] if *f == ORGANISATION_FILE => (
            rel.to_string(),
            RecordKind::Organisation,
            Some(org.to_string()),
            Some(org.to_string()),
        ),
        [org, d, f] if *d == ACTIVITIES_DIR && f.ends_with(".ron") => (
            rel.to_string(),
            RecordKind::Activity,
            Some(org.to_string()),
            f.strip_suffix(".ron").map(str::to_string),
        ),
        _ => (rel.to_string(), RecordKind::Other, None, None),
    }
}

/// Fills in the field-level comparison of a conflicting record.
fn compare<T: DeserializeOwned + Serialize>(
    file: &mut ConflictFile,
    base: &Option<String>,
    upstream: &Option<String>,
    local: &Option<String>,
    name: impl Fn(&T) -> String,
) {
    let parse = |text: &Option<String>, side: &str, notes: &mut Vec<String>| -> Option<T> {
        let text = text.as_ref()?;
        match parse_record::<T>(text) {
            Ok(v) => Some(v),
            Err((pos, msg)) => {
                notes.push(format!(
                    "the {side} version does not parse ({}:{}: {msg})",
                    pos.line, pos.col
                ));
                None
            }
        }
    };
    let mut notes = Vec::new();
    let b = parse(base, "common", &mut notes);
    let u = parse(upstream, "team's", &mut notes);
    let l = parse(local, "local", &mut notes);
    file.name = l.as_ref().or(u.as_ref()).or(b.as_ref()).map(&name);
    if !notes.is_empty() {
        file.note = Some(notes.join("; "));
    }
    let (Some(b), Some(u), Some(l)) = (b, u, l) else {
        return;
    };
    let up = diff_records(&b, &u);
    let lo = diff_records(&b, &l);
    file.upstream_changes = up.iter().map(ToString::to_string).collect();
    file.local_changes = lo.iter().map(ToString::to_string).collect();
    // Exact paths both sides changed, to different results.
    for cu in &up {
        if let Some(cl) = lo.iter().find(|cl| cl.path() == cu.path())
            && cu != cl
        {
            file.fields.push(FieldConflict {
                path: display_path(cu.path()),
                base: before(cu),
                upstream: after(cu),
                local: after(cl),
            });
        }
    }
    if !file.fields.is_empty() {
        return;
    }
    // Otherwise the top-level fields both sides changed (changes close
    // together in the file, e.g. items added to the same list).
    let (bv, uv, lv) = (to_json(&b), to_json(&u), to_json(&l));
    let up_fields: BTreeSet<&str> = up.iter().map(Change::field).collect();
    let mut seen = BTreeSet::new();
    for cl in &lo {
        let f = cl.field();
        if up_fields.contains(f) && seen.insert(f) {
            let at = |v: &serde_json::Value| v.get(f).map(render);
            if at(&uv) != at(&lv) {
                file.fields.push(FieldConflict {
                    path: display_path(f),
                    base: at(&bv),
                    upstream: at(&uv),
                    local: at(&lv),
                });
            }
        }
    }
}

fn to_json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

fn display_path(p: &str) -> String {
    if p.is_empty() {
        "(whole record)".to_string()
    } else {
        p.to_string()
    }
}

fn before(c: &Change) -> Option<String> {
    match c {
        Change::Changed { old, .. } => Some(old.clone()),
        Change::Added { .. } => None,
        Change::Removed { value, .. } => Some(value.clone()),
    }
}

fn after(c: &Change) -> Option<String> {
    match c {
        Change::Changed { new, .. } => Some(new.clone()),
        Change::Added { value, .. } => Some(value.clone()),
        Change::Removed { .. } => None,
    }
}

/// The upstream commits (not in the local commit's history) that changed
/// `repo_path`, oldest first.
fn touching(
    repo: &Repository,
    upstream: Oid,
    commit: &Commit<'_>,
    repo_path: &str,
) -> Result<Vec<CommitLine>, SyncError> {
    let mut out = Vec::new();
    for id in commits_between(repo, upstream, &[commit.id()])? {
        let c = repo.find_commit(id)?;
        let now = blob_at(&c.tree()?, repo_path);
        let before = match c.parent_count() {
            0 => None,
            _ => blob_at(&c.parent(0)?.tree()?, repo_path),
        };
        if now != before {
            out.push(CommitLine::of(&c));
        }
    }
    Ok(out)
}

fn blob_at(tree: &Tree<'_>, path: &str) -> Option<Oid> {
    tree.get_path(Path::new(path)).ok().map(|e| e.id())
}

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        for _ in 0..16 {
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let p =
                std::env::temp_dir().join(format!("ropa-sync-{}-{nanos}-{n}", std::process::id()));
            match fs::create_dir(&p) {
                Ok(()) => return Ok(TempDir(p)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other("cannot create a temporary folder"))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Loads and validates the register as it is in `tree`.
fn validate_tree(ctx: &Ctx, tree: &Tree<'_>, today: Date) -> Result<Validation, SyncError> {
    let sub = if ctx.prefix.is_empty() {
        Some(tree.clone())
    } else {
        tree.get_path(Path::new(ctx.prefix.trim_end_matches('/')))
            .ok()
            .filter(|e| e.kind() == Some(ObjectType::Tree))
            .map(|e| ctx.repo.find_tree(e.id()))
            .transpose()?
    };
    let Some(sub) = sub else {
        return Ok(Validation {
            report: Report::default(),
            fatal: Some(format!(
                "the register folder `{}` does not exist in the result",
                ctx.prefix.trim_end_matches('/')
            )),
        });
    };
    let dir = TempDir::new()?;
    write_records(&ctx.repo, &sub, &dir.0, 0)?;
    let loaded = match load(&dir.0) {
        Ok(l) => l,
        Err(e) => {
            let msg = e.to_string();
            let shown = dir.0.display().to_string();
            return Ok(Validation {
                report: Report::default(),
                fatal: Some(msg.replace(&shown, ctx.prefix.trim_end_matches('/'))),
            });
        }
    };
    Ok(Validation {
        report: validate(
            &loaded,
            &Options {
                today,
                strict: false,
            },
        ),
        fatal: None,
    })
}

/// Writes the `.ron` files of a register tree (organisation folders and
/// their `activities`) into `dir`.
fn write_records(
    repo: &Repository,
    tree: &Tree<'_>,
    dir: &Path,
    depth: usize,
) -> Result<(), SyncError> {
    for entry in tree.iter() {
        let Ok(name) = entry.name() else { continue };
        if name.is_empty()
            || name == "."
            || name == ".."
            || name.starts_with('.')
            || name.contains(['/', '\\', '\0'])
        {
            continue;
        }
        match entry.kind() {
            Some(ObjectType::Tree) if depth < 2 => {
                if depth == 1 && name != ACTIVITIES_DIR {
                    continue;
                }
                let sub = repo.find_tree(entry.id())?;
                let path = dir.join(name);
                fs::create_dir(&path)?;
                write_records(repo, &sub, &path, depth + 1)?;
            }
            Some(ObjectType::Blob) if depth > 0 && name.ends_with(".ron") => {
                // Symbolic links are stored as blobs with mode 0o120000.
                if entry.filemode() == 0o120000 {
                    continue;
                }
                let blob = repo.find_blob(entry.id())?;
                fs::write(dir.join(name), blob.content())?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Moves the branch from `old` to `new` with the work tree and index, as
/// one transaction of the core (see [`crate::register::change::move_branch`]):
/// a file with changes that are not committed refuses the move, a branch
/// that moved meanwhile (compare-and-swap) refuses it, and a process killed
/// half-way is finished or undone by the next ropa.
fn move_branch(
    ctx: &Ctx,
    lock: &RepoLock,
    root: &Path,
    old: Oid,
    new: Oid,
) -> Result<(), SyncError> {
    let moved = || SyncError::BranchMoved {
        register: ctx.register.clone(),
    };
    // A `git commit` since the replay (the ropa lock keeps ropa's own
    // saves out, not git).
    if !ctx.still_at(old)? {
        return Err(moved());
    }
    let msg = format!("ropa sync: {}", short(new));
    match change::move_branch(lock, root, old, new, &msg) {
        Ok(()) => Ok(()),
        Err(Refusal::HeadMoved) => Err(moved()),
        // A commit landing after the check above shows as its files
        // differing from `old`: say what really happened.
        Err(_) if !ctx.still_at(old)? => Err(moved()),
        Err(Refusal::Uncommitted(files)) => Err(SyncError::WorkTree {
            message: files
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
            workdir: ctx.workdir_word(),
            register: ctx.register.clone(),
        }),
        Err(Refusal::Git(g)) => Err(SyncError::Git(g)),
        Err(other) => Err(SyncError::WorkTree {
            message: other.to_string(),
            workdir: ctx.workdir_word(),
            register: ctx.register.clone(),
        }),
    }
}

/// Pushes commit `head` to `refs/heads/<target>` on the remote with
/// `git push`; returns whether that branch was created, and what the
/// remote printed.
fn push(
    ctx: &Ctx,
    url: &str,
    head: Oid,
    target: &str,
    review: bool,
    moved: bool,
) -> Result<(bool, Vec<String>), SyncError> {
    let result = ctx
        .git()
        .push(&ctx.remote, head, target)
        .map_err(|RunError::Spawn(e)| SyncError::NoGit(e.to_string()))?;
    match result {
        PushResult::Pushed { created, remote } => Ok((created, remote)),
        PushResult::Behind { reason } => Err(SyncError::Rejected {
            remote: ctx.remote.clone(),
            branch: target.to_string(),
            reason,
            review,
            moved,
            register: ctx.register.clone(),
        }),
        PushResult::Refused { reason, remote } => Err(SyncError::Refused {
            remote: ctx.remote.clone(),
            branch: target.to_string(),
            reason,
            remote_text: remote,
            moved,
            register: ctx.register.clone(),
        }),
        PushResult::Failed(ran) => Err(SyncError::Push {
            remote: ctx.remote.clone(),
            url: url.to_string(),
            message: {
                let remote = ran.remote_lines();
                let mut m = ran.message();
                for l in remote {
                    m.push_str(&format!("\nremote: {l}"));
                }
                m
            },
            advice: ctx.network_advice(),
        }),
    }
}

impl fmt::Display for Conflict {
    /// The conflict report: which records and fields, what is kept, and how
    /// to resolve it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "conflict: your change {} cannot be put on top of the team's changes on {}:",
            self.commit, self.upstream
        )?;
        for file in &self.files {
            writeln!(f)?;
            let what = match file.record {
                RecordKind::Activity => "activity",
                RecordKind::Organisation => "organisation",
                RecordKind::Other => "file",
            };
            match (&file.id, &file.name) {
                (Some(id), Some(name)) => writeln!(f, "  {what} `{id}` ({name}) in {}", file.path)?,
                (Some(id), None) => writeln!(f, "  {what} `{id}` in {}", file.path)?,
                _ => writeln!(f, "  {what} {}", file.path)?,
            }
            match file.kind {
                ConflictKind::DeletedUpstream => writeln!(
                    f,
                    "    the team deleted or renamed this record; your commit changes it"
                )?,
                ConflictKind::DeletedLocally => writeln!(
                    f,
                    "    your commit deletes or renames this record; the team changed it"
                )?,
                ConflictKind::BothAdded => {
                    writeln!(f, "    both you and the team created this record")?
                }
                ConflictKind::BothChanged => {}
            }
            if !file.fields.is_empty() {
                writeln!(f, "    fields both sides changed:")?;
            }
            let show = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
            for fc in &file.fields {
                writeln!(f, "      {}", fc.path)?;
                writeln!(f, "        was:     {}", show(&fc.base))?;
                writeln!(f, "        team's:  {}", show(&fc.upstream))?;
                writeln!(f, "        yours:   {}", show(&fc.local))?;
            }
            if file.fields.is_empty() && !file.upstream_changes.is_empty() {
                writeln!(
                    f,
                    "    the team changed: {}",
                    file.upstream_changes.join("; ")
                )?;
                writeln!(f, "    you changed:      {}", file.local_changes.join("; "))?;
            }
            if let Some(n) = &file.note {
                writeln!(f, "    note: {n}")?;
            }
            for c in &file.upstream_commits {
                writeln!(f, "    team's commit: {c}")?;
            }
        }
        writeln!(f)?;
        let n = self.local.len();
        writeln!(
            f,
            "Nothing was changed or pushed: your branch `{}` still has your {n} local commit{} \
             and your files are as they were.",
            self.branch,
            if n == 1 { "" } else { "s" }
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "To resolve, decide which value each field should have, then, in a terminal:"
        )?;
        writeln!(f, "  cd {}", shell_word(&self.workdir))?;
        writeln!(f, "  git rebase {}", self.upstream)?;
        for file in &self.files {
            let p = &file.repo_path;
            writeln!(f, "  # {p}: one of")?;
            writeln!(
                f,
                "  git checkout --theirs -- {p}    # keep your version of the whole file"
            )?;
            writeln!(
                f,
                "  git checkout --ours -- {p}      # keep the team's version of the whole file"
            )?;
            writeln!(
                f,
                "  #   or edit the file: keep the wanted lines between <<<<<<< and >>>>>>> \
                 and delete the marker lines"
            )?;
        }
        let paths: Vec<&str> = self.files.iter().map(|c| c.repo_path.as_str()).collect();
        writeln!(f, "  git add {}", paths.join(" "))?;
        writeln!(f, "  git rebase --continue")?;
        writeln!(f, "  ropa sync {}", self.register)?;
        writeln!(
            f,
            "If git stops at another of your commits, resolve it the same way. \
             `git rebase --abort` at any point goes back to where you are now."
        )?;
        write!(
            f,
            "Until then you can keep saving in ropa; nothing is lost."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A repository at `dir` with `n` commits and a remote never fetched.
    fn commits(dir: &Path, n: usize) {
        let repo = Repository::init(dir).expect("init");
        repo.remote("origin", "https://example.org/register.git")
            .expect("remote");
        let sig = Signature::now("T", "t@example.org").expect("sig");
        let tree = {
            let mut index = repo.index().expect("index");
            repo.find_tree(index.write_tree().expect("tree"))
                .expect("find")
        };
        let mut parent: Option<Oid> = None;
        for i in 0..n {
            let parents: Vec<Commit> = parent
                .map(|p| repo.find_commit(p).expect("parent"))
                .into_iter()
                .collect();
            let parents: Vec<&Commit> = parents.iter().collect();
            parent = Some(
                repo.commit(Some("HEAD"), &sig, &sig, &format!("c{i}"), &tree, &parents)
                    .expect("commit"),
            );
        }
    }

    #[test]
    fn without_an_upstream_local_commits_are_counted_up_to_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        commits(dir.path(), 5);
        let all = status_within(dir.path(), 10).expect("status");
        assert_eq!(
            (all.ahead, all.behind, all.fetched, all.more),
            (5, 0, false, false)
        );
        let capped = status_within(dir.path(), 3).expect("status");
        assert_eq!((capped.ahead, capped.more), (3, true));
        let exact = status_within(dir.path(), 5).expect("status");
        assert_eq!((exact.ahead, exact.more), (5, false));
    }
}
