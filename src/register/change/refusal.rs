//! Why a change was not made: every refusal of the transaction, each with
//! a message that says what to do next. Nothing was changed when one is
//! returned.

use std::path::PathBuf;

use git2::Oid;

use super::Dirty;
use super::lock::LockError;
use crate::register::validate::Finding;

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
    /// Another program held one of git's lock files (`index.lock`, a
    /// branch's `.lock`) for longer than ropa waits.
    #[error(
        "{0} exists: another git program is working on this repository, or one was \
         interrupted and left the file behind. Nothing was saved. If no git program is \
         running, delete that file and save again."
    )]
    GitLocked(PathBuf),
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
    /// A hook of the repository (`pre-commit`, `prepare-commit-msg`,
    /// `commit-msg`) refused the commit, was killed or could not be run.
    #[error(
        "the repository's {hook} hook stopped the commit ({status}); nothing was saved.{}",
        hook_output(.output)
    )]
    Hook {
        /// The hook's name.
        hook: String,
        /// How it ended (`exit status 1`, `killed by signal 9`, …).
        status: String,
        /// Its standard output and error together, cleaned for showing
        /// and cut to the last lines.
        output: String,
    },
    /// A hook changed git's index or a file being committed; ropa commits
    /// only what it wrote.
    #[error(
        "a commit hook changed {}; ropa commits only what it wrote, so nothing was saved. \
         Make the hook leave the index and the register's files as they are, or commit \
         with git.",
        what.join(", ")
    )]
    HookChanged {
        /// What changed: `git's index` or register paths.
        what: Vec<String>,
    },
    /// `commit.gpgsign` asks for a signature that could not be made.
    #[error(
        "the commit could not be signed{}, and this repository asks for signed commits \
         (commit.gpgsign); nothing was saved. ropa never asks for a passphrase on the \
         terminal: a key that needs one must be in your agent (`ssh-add KEY` for ssh, \
         gpg-agent for gpg).{}",
        if program.is_empty() { String::new() } else { format!(" by {program}") },
        hook_output(.output)
    )]
    Sign {
        /// The signing program (`gpg`, `ssh-keygen`, …).
        program: String,
        /// What it said, or what is missing.
        output: String,
    },
    /// An attribute git would apply to a file that ropa cannot apply.
    #[error(
        "{path}: .gitattributes gives it `{attribute}` ({value}); git would {}. Nothing was \
         saved, so no file different from git's is committed. Remove that attribute for the \
         register's *.ron files, or make this change with git.",
        super::attributes::what_git_does(.attribute, .value)
    )]
    Attribute {
        /// Repository path.
        path: String,
        /// The attribute (`filter`, `working-tree-encoding`, `ident`,
        /// `text`).
        attribute: String,
        /// Its value (`set` when set without one).
        value: String,
    },
    /// git failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
}

/// A program's output, set off on lines of its own after a message.
fn hook_output(output: &str) -> String {
    if output.trim().is_empty() {
        String::new()
    } else {
        let mut s = String::from("\n");
        for line in output.lines() {
            s.push_str("\n  ");
            s.push_str(line);
        }
        s
    }
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
