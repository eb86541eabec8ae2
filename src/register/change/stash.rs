//! Setting uncommitted changes aside: when a save would overwrite a file
//! that holds changes ropa did not make, and the user chooses to keep them
//! out of the commit, they are stored as a git stash entry (the same
//! commits `git stash` makes: one for the index, one for the work tree), so
//! `git stash list` shows them and `git stash show -p` / `git stash apply`
//! bring them back.

use git2::build::TreeUpdateBuilder;
use git2::{Commit, FileMode, Oid};

use super::Refusal;
use super::repo::Repo;

/// The reference `git stash` keeps its entries under.
const STASH_REF: &str = "refs/stash";

/// One file set aside: its repository path, its bytes in the work tree and
/// its index entry (blob and mode), `None` where absent.
pub(crate) struct Aside {
    pub path: String,
    pub work: Option<Vec<u8>>,
    /// The work tree file's mode (`None`: as in the index).
    pub work_mode: Option<u32>,
    pub index: Option<(Oid, u32)>,
}

/// Stores `files` as a new stash entry on top of `head`; returns the
/// entry's commit.
pub(crate) fn set_aside(
    repo: &Repo,
    head: &Commit<'_>,
    branch: &str,
    files: &[Aside],
    what: &str,
) -> Result<Oid, Refusal> {
    let r = &repo.repo;
    let sig = r.signature().map_err(|_| Refusal::NoIdentity)?;
    let head_tree = head.tree()?;
    let short: String = head.id().to_string().chars().take(7).collect();
    // The commit messages ropa writes hold no control or bidi characters,
    // even those copied from another's commit subject or a branch name.
    use crate::register::visible::printable;
    let subject = printable(&String::from_utf8_lossy(
        head.summary_bytes().unwrap_or_default(),
    ));
    let branch = printable(branch.strip_prefix("refs/heads/").unwrap_or(branch));
    let what = printable(what);

    let mut index = TreeUpdateBuilder::new();
    let mut work = TreeUpdateBuilder::new();
    for f in files {
        match f.index {
            Some((id, mode)) => {
                index.upsert(&f.path, id, file_mode(mode));
            }
            None => {
                index.remove(&f.path);
            }
        }
        match &f.work {
            Some(bytes) => {
                let mode = f
                    .work_mode
                    .or(f.index.map(|(_, m)| m))
                    .map_or(FileMode::Blob, file_mode);
                work.upsert(&f.path, r.blob(bytes)?, mode);
            }
            None => {
                work.remove(&f.path);
            }
        }
    }
    let index_tree = r.find_tree(index.create_updated(r, &head_tree)?)?;
    let index_commit = r.commit(
        None,
        &sig,
        &sig,
        &format!("index on {branch}: {short} {subject}"),
        &index_tree,
        &[head],
    )?;
    let index_commit = r.find_commit(index_commit)?;
    let work_tree = r.find_tree(work.create_updated(r, &head_tree)?)?;
    let message = format!("On {branch}: ropa: set aside before saving {what}");
    let entry = r.commit(
        None,
        &sig,
        &sig,
        &message,
        &work_tree,
        &[head, &index_commit],
    )?;
    r.reference_ensure_log(STASH_REF)?;
    r.reference(STASH_REF, entry, true, &message)?;
    Ok(entry)
}

/// Removes the newest stash entry if it is `entry` (a save that set
/// changes aside and then failed: they are still in the work tree).
pub(crate) fn drop_entry(repo: &Repo, entry: Oid) {
    let Ok(mut r) = git2::Repository::open(repo.repo.path()) else {
        return;
    };
    let top = r.find_reference(STASH_REF).ok().and_then(|x| x.target());
    if top == Some(entry) {
        let _ = r.stash_drop(0);
    }
}

fn file_mode(mode: u32) -> FileMode {
    if mode == u32::from(FileMode::BlobExecutable) {
        FileMode::BlobExecutable
    } else {
        FileMode::Blob
    }
}
