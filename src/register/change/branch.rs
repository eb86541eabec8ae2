//! [`move_branch`]: a branch moved to a commit that already exists (sync's
//! fast-forward or replay), with the work tree and index, as one
//! transaction.

use std::path::Path;

use git2::Oid;

use super::apply::{self, FileMove, Move, blob_id};
use super::commit::{read_or_empty, same_content};
use super::lock::RepoLock;
use super::repo::Repo;
use super::{Dirty, Refusal, gitindex};

/// Moves the branch HEAD points at from commit `old` to commit `new`
/// (both in the object database already: a fast-forward, or commits
/// replayed in memory by a sync) and brings the work tree and index along
/// for every path that differs, as one transaction: see [`apply`]. A path
/// that differs and holds uncommitted changes (on disk or staged), or an
/// untracked file in the way, refuses the move and changes nothing; so does
/// a path `.gitattributes` gives a filter ([`Refusal::Attribute`]). No
/// commit hooks run: no commit is made. The
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
    // Files git would write through a filter (or re-encode) are not
    // written raw by ropa either.
    for f in files.iter().filter(|f| f.after.is_some()) {
        super::attributes::check(&repo.repo, &f.path, None)?;
    }
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
        None,
    )
    .map(|_| ())
}
