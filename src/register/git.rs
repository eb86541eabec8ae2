//! The register's git repository (git2): creating it and reading where HEAD
//! stands.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

use git2::{Repository, RepositoryOpenFlags, Signature};

/// Where the register's repository stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadInfo {
    /// Branch name, or `HEAD` when detached.
    pub branch: String,
    /// Abbreviated commit id, empty before the first commit.
    pub short_id: String,
}

/// The repository containing `path`, if it is inside a git work tree.
pub fn discover(path: &Path) -> Option<Repository> {
    // Not `Repository::discover`: it reopens the git folder it finds, which
    // loses the work tree a `.git` file names (`git init
    // --separate-git-dir`) and takes the git folder's parent instead.
    Repository::open_ext(path, RepositoryOpenFlags::CROSS_FS, &[] as &[&OsStr])
        .ok()
        .filter(|r| !r.is_bare())
}

/// The repository whose work tree holds the register at `root`, its work
/// tree (canonical), and the register's folder inside it as a
/// `/`-separated prefix with a trailing `/` (empty when the register is
/// the work tree). `None` when `root` is not inside a work tree.
pub fn register_repository(root: &Path) -> Option<(Repository, PathBuf, String)> {
    let repo = discover(root)?;
    let workdir = repo.workdir()?.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    let rel = root.strip_prefix(&workdir).ok()?;
    let mut prefix = String::new();
    for c in rel.components() {
        let Component::Normal(c) = c else {
            return None;
        };
        prefix.push_str(c.to_str()?);
        prefix.push('/');
    }
    Some((repo, workdir, prefix))
}

/// Branch and short commit id of the repository containing `path`.
pub fn head_info(path: &Path) -> Option<HeadInfo> {
    let repo = discover(path)?;
    let head = repo.head().ok();
    let branch = head
        .as_ref()
        .and_then(|h| h.shorthand().ok().map(str::to_string))
        .unwrap_or_else(|| "HEAD".into());
    let short_id = head
        .and_then(|h| h.peel_to_commit().ok())
        .map(|c| c.id().to_string().chars().take(7).collect())
        .unwrap_or_default();
    Some(HeadInfo { branch, short_id })
}

/// `git init` in `dir` and a first commit of everything in it. The author
/// is the user's git identity, or "ropa" when none is configured.
pub fn init_with_commit(dir: &Path, message: &str) -> Result<(), git2::Error> {
    let repo = Repository::init(dir)?;
    let mut index = repo.index()?;
    index.add_all(["*"].iter(), git2::IndexAddOption::DEFAULT, None)?;
    index.write()?;
    let tree = repo.find_tree(index.write_tree()?)?;
    let sig = repo
        .signature()
        .or_else(|_| Signature::now("ropa", "ropa@localhost"))?;
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &[])?;
    Ok(())
}
