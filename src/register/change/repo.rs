//! The register's repository as the transaction sees it: where the
//! register lies in the work tree, what HEAD holds, and which paths may be
//! written at all.

use std::fs;
use std::path::{Path, PathBuf};

use git2::{ErrorCode, ObjectType, Oid, Repository, Tree};

use super::Refusal;

/// The repository of a register, and where the register lies in its work
/// tree.
pub(crate) struct Repo {
    pub repo: Repository,
    /// The work tree, canonical.
    pub workdir: PathBuf,
    /// The register root relative to the work tree, `/`-separated, with a
    /// trailing `/` unless empty.
    pub prefix: String,
}

impl Repo {
    /// The repository whose work tree holds the register at `root`.
    pub fn open(root: &Path) -> Result<Repo, Refusal> {
        let (repo, workdir, prefix) = crate::register::git::register_repository(root)
            .ok_or_else(|| Refusal::NotARepository(root.to_path_buf()))?;
        Ok(Repo {
            repo,
            workdir,
            prefix,
        })
    }

    /// The repository path of a register path.
    pub fn repo_path(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    /// The register path of a repository path, if it is inside the register.
    pub fn register_path<'p>(&self, repo_path: &'p str) -> Option<&'p str> {
        repo_path.strip_prefix(self.prefix.as_str())
    }

    /// The file on disk for a register path.
    pub fn disk_path(&self, rel: &str) -> PathBuf {
        self.workdir.join(self.repo_path(rel))
    }

    /// The register's root folder on disk.
    pub fn root(&self) -> PathBuf {
        self.workdir.join(self.prefix.trim_end_matches('/'))
    }

    /// HEAD's commit, `None` before the first commit.
    pub fn head_commit(&self) -> Result<Option<git2::Commit<'_>>, Refusal> {
        match self.repo.head() {
            Ok(head) => Ok(Some(head.peel_to_commit()?)),
            Err(e) if matches!(e.code(), ErrorCode::UnbornBranch | ErrorCode::NotFound) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// The blob (and its file mode) at a register path in `tree`.
    pub fn blob_in(&self, tree: Option<&Tree<'_>>, rel: &str) -> Option<(Oid, i32)> {
        let entry = tree?.get_path(Path::new(&self.repo_path(rel))).ok()?;
        (entry.kind() == Some(ObjectType::Blob)).then(|| (entry.id(), entry.filemode()))
    }

    /// The bytes of a blob.
    pub fn blob_bytes(&self, id: Oid) -> Result<Vec<u8>, Refusal> {
        Ok(self.repo.find_blob(id)?.content().to_vec())
    }

    /// The file's bytes, `None` when it does not exist.
    pub fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, Refusal> {
        match fs::read(self.disk_path(rel)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(Refusal::Io {
                path: rel.to_string(),
                source,
            }),
        }
    }

    /// The repository paths that differ between two trees (files added,
    /// removed or changed), each once.
    pub fn diff_paths(
        &self,
        old: Option<&Tree<'_>>,
        new: &Tree<'_>,
    ) -> Result<Vec<String>, Refusal> {
        Ok(crate::register::treediff::changed_paths(
            &self.repo,
            old,
            Some(new),
        )?)
    }

    /// The branch HEAD points at (`refs/heads/…`), also before its first
    /// commit; an error when HEAD is detached.
    pub fn branch_ref(&self) -> Result<String, Refusal> {
        if self.repo.head_detached()? {
            return Err(Refusal::DetachedHead);
        }
        let head = self.repo.find_reference("HEAD")?;
        match head.symbolic_target()? {
            Some(t) => Ok(t.to_string()),
            None => Err(Refusal::DetachedHead),
        }
    }
}

/// Rejects anything but a relative path of plain names: no `..`, `.`,
/// empty or absolute parts, no NUL or backslash, nothing inside `.git`, and
/// no names Windows reserves for devices (`con`, `nul`, `com1.ron`, ...), which
/// a teammate on Windows could not check out and which would be written to a
/// device there instead of a file.
pub(crate) fn check_path(rel: &str) -> Result<(), Refusal> {
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
        Err(Refusal::BadPath(rel.to_string()))
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
pub(crate) fn check_no_symlinks(repo: &Repo, rel: &str) -> Result<(), Refusal> {
    let mut path = repo.root();
    for part in rel.split('/') {
        path.push(part);
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Refusal::BadPath(rel.to_string()));
        }
    }
    Ok(())
}

/// A readable name for a state git is in the middle of.
pub(crate) fn state_name(state: git2::RepositoryState) -> &'static str {
    use git2::RepositoryState as S;
    match state {
        S::Clean => "clean state",
        S::Merge => "merge",
        S::Revert | S::RevertSequence => "revert",
        S::CherryPick | S::CherryPickSequence => "cherry-pick",
        S::Bisect => "bisect",
        S::Rebase | S::RebaseInteractive | S::RebaseMerge => "rebase",
        S::ApplyMailbox | S::ApplyMailboxOrRebase => "`git am` (applying patches)",
    }
}
