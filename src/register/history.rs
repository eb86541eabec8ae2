//! The history of a record: the commits that touched its file, and what
//! each changed, field by field.
//!
//! Shared by the interface's history screen and the `ropa log` / `ropa diff`
//! commands. Listing is fast because it never computes a diff: it walks
//! HEAD's first-parent chain and compares the object ids along the file's
//! path in each commit's tree with those in the next older one, loading a
//! tree only where an id changed. A diff — field-level and raw — is made
//! only for the commit asked about.
//!
//! Renames: a commit in which the file appears while exactly one other
//! `.ron` file disappears from the same folder (how ropa saves a changed
//! activity id) is followed: older commits are looked up under the old
//! name. An organisation folder renamed in the same commit is not followed.

use std::path::{Path, PathBuf};

use git2::{Commit, DiffFormat, DiffOptions, ObjectType, Odb, Oid, Repository, Tree};

use super::diff::{Change, diff_records};
use super::load::parse_record;
use super::model::{Activity, Organisation};

/// Why a history could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The register is not inside a git work tree.
    #[error("{0}: not in a git repository, so there is no history (`git init` creates one)")]
    NotARepository(PathBuf),
    /// A path that is not a plain file path inside the register.
    #[error("{0}: not a file path inside the register")]
    BadPath(String),
    /// A revision that names no commit.
    #[error("{0}: no such revision (a commit id, branch, tag or `HEAD~N`)")]
    BadRevision(String),
    /// git failed.
    #[error("git: {0}")]
    Git(#[from] git2::Error),
}

/// How a commit changed a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileChange {
    /// The file appeared.
    Added,
    /// The file's content changed.
    Modified,
    /// The file disappeared.
    Removed,
    /// The file appeared under this name while the named file (register
    /// path) disappeared from the same folder.
    Renamed {
        /// The register path before the commit.
        from: String,
    },
}

/// One commit in a file's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The commit.
    pub id: Oid,
    /// The commit id abbreviated to 7 hex digits.
    pub short: String,
    /// Author time, seconds since 1970-01-01 UTC.
    pub time: i64,
    /// The author's UTC offset in minutes.
    pub offset_minutes: i32,
    /// Author time as `YYYY-MM-DD HH:MM` in the author's own offset.
    pub date: String,
    /// Author name (lossy UTF-8).
    pub author: String,
    /// Author e-mail address (lossy UTF-8).
    pub email: String,
    /// The message's first paragraph on one line.
    pub summary: String,
    /// The whole message.
    pub message: String,
    /// The file's register path in this commit (its name after the commit;
    /// before it for a removal).
    pub path: String,
    /// How the commit changed the file.
    pub change: FileChange,
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct LogOptions {
    /// At most this many entries; 0 for no limit.
    pub limit: usize,
    /// Only commits made (committer time) at or after this many seconds
    /// since 1970; the walk stops at the first older commit.
    pub since: Option<i64>,
    /// Start here instead of HEAD.
    pub start: Option<Oid>,
}

/// What one commit (or a range) did to one record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordDiff {
    /// Register path after the change (before it for a removal).
    pub path: String,
    /// Register path before the change, when it differs (a rename).
    pub old_path: Option<String>,
    /// Field-level changes, in file order. An added record is one
    /// [`Change::Added`] at path `""` naming it, a removed one one
    /// [`Change::Removed`].
    pub changes: Vec<Change>,
    /// The unified diff of the file(s), with repository paths.
    pub raw: String,
    /// Why the field-level changes are incomplete (a version that does not
    /// parse), if they are.
    pub note: Option<String>,
}

/// The repository holding a register, and where the register lies in its
/// work tree.
pub struct RegisterRepo {
    repo: Repository,
    /// The register root relative to the work tree, `/`-separated, with a
    /// trailing `/` unless empty.
    prefix: String,
}

impl std::fmt::Debug for RegisterRepo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterRepo")
            .field("path", &self.repo.path())
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl RegisterRepo {
    /// The repository whose work tree contains the register at `root`.
    pub fn open(root: &Path) -> Result<RegisterRepo, HistoryError> {
        let (repo, _, prefix) = super::git::register_repository(root)
            .ok_or_else(|| HistoryError::NotARepository(root.to_path_buf()))?;
        Ok(RegisterRepo { repo, prefix })
    }

    /// The git repository.
    pub fn repository(&self) -> &Repository {
        &self.repo
    }

    /// The register's folder inside the work tree (`registry/`), empty when
    /// the register is the work tree.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The repository path of a register path.
    pub fn repo_path(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    /// The commit a revision (`HEAD`, `main`, `abc1234`, `HEAD~3`, a tag)
    /// names.
    pub fn resolve(&self, rev: &str) -> Result<Oid, HistoryError> {
        self.repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .map(|c| c.id())
            .map_err(|_| HistoryError::BadRevision(rev.to_string()))
    }

    /// The commits on HEAD's first-parent chain, newest first, that changed
    /// the file at register path `rel` (added, changed, renamed or removed
    /// it). With `rel` `None`, the commits that changed anything in the
    /// register.
    ///
    /// Turns off libgit2's re-hashing of every object read
    /// ([`git2::opts::strict_hash_verification`]), for the whole process.
    pub fn log(&self, rel: Option<&str>, opts: &LogOptions) -> Result<Vec<Entry>, HistoryError> {
        if let Some(rel) = rel {
            check_path(rel)?;
        }
        let start = match opts.start {
            Some(id) => id,
            None => match self.repo.head().ok().and_then(|h| h.target()) {
                Some(id) => id,
                None => return Ok(Vec::new()),
            },
        };
        // libgit2 re-hashes every object it reads unless told not to;
        // that is a third of the walk's time. git does not either.
        static NO_REHASH: std::sync::Once = std::sync::Once::new();
        NO_REHASH.call_once(|| git2::opts::strict_hash_verification(false));
        let odb = self.repo.odb()?;

        let mut path = rel.map(str::to_string);
        let mut probe = Probe::new(&self.repo_path(path.as_deref().unwrap_or("")));
        let mut out = Vec::new();
        let full = |out: &Vec<Entry>| opts.limit > 0 && out.len() >= opts.limit;
        // The previous (newer) commit of the walk, with its ids along the
        // path; its change is decided once its parent's ids are known.
        let mut newer: Option<(RawCommit, Vec<Option<Oid>>)> = None;
        let mut next = Some(start);
        // In a shallow clone the walk ends at the commits git cut the
        // history at: their parents are not in the repository.
        let shallow = shallow_commits(&self.repo);
        let mut cut = false;
        while let Some(id) = next.take() {
            let commit = RawCommit::read(&odb, id)?;
            next = commit.parent;
            if shallow.contains(&id) {
                next = None;
                cut = true;
            }
            let mut ids = probe.ids(&odb, commit.tree)?;
            if let Some((child, child_ids)) = newer.take() {
                let parent = (&commit, ids.as_slice());
                if let Some(renamed) = self.compare(
                    &child,
                    &child_ids,
                    Some(parent),
                    &mut path,
                    &mut probe,
                    &mut out,
                )? {
                    ids = renamed;
                }
                if full(&out) {
                    return Ok(out);
                }
            }
            if opts.since.is_some_and(|s| commit.time < s) {
                return Ok(out);
            }
            newer = Some((commit, ids));
        }
        // The first commit of the history, against nothing; not where a
        // shallow clone cuts it (what that commit changed is unknown here,
        // and it did not create every record it holds).
        if let Some((first, ids)) = newer
            && !cut
        {
            self.compare(&first, &ids, None, &mut path, &mut probe, &mut out)?;
        }
        Ok(out)
    }

    /// Compares `child`'s ids along the path with its parent's (none for a
    /// root commit), pushing an entry when the file differs. When the file
    /// appeared by a rename, the path and probe move to the old name and
    /// the parent's ids along it are returned.
    fn compare(
        &self,
        child: &RawCommit,
        child_ids: &[Option<Oid>],
        parent: Option<(&RawCommit, &[Option<Oid>])>,
        path: &mut Option<String>,
        probe: &mut Probe,
        out: &mut Vec<Entry>,
    ) -> Result<Option<Vec<Option<Oid>>>, HistoryError> {
        let new = child_ids.last().copied().flatten();
        let old = parent.and_then(|(_, ids)| ids.last().copied().flatten());
        if new == old {
            return Ok(None);
        }
        let rel = path.clone().unwrap_or_default();
        let mut renamed = None;
        let change = match (new, old, parent) {
            (Some(_), Some(_), _) => FileChange::Modified,
            (None, _, _) => FileChange::Removed,
            (Some(_), None, Some((parent, _))) if path.is_some() => {
                let parent_tree = self.repo.find_tree(parent.tree)?;
                let child_tree = self.repo.find_tree(child.tree)?;
                match self.rename_source(Some(&parent_tree), &child_tree, &rel)? {
                    Some(from) => {
                        *probe = Probe::new(&self.repo_path(&from));
                        renamed = Some(probe.ids(&self.repo.odb()?, parent.tree)?);
                        *path = Some(from.clone());
                        FileChange::Renamed { from }
                    }
                    None => FileChange::Added,
                }
            }
            (Some(_), None, _) => FileChange::Added,
        };
        out.push(entry(&self.repo.find_commit(child.id)?, rel, change));
        Ok(renamed)
    }

    /// The register path of the `.ron` file that disappeared from `rel`'s
    /// folder between `old` and `new`, when exactly one did.
    fn rename_source(
        &self,
        old: Option<&Tree<'_>>,
        new: &Tree<'_>,
        rel: &str,
    ) -> Result<Option<String>, HistoryError> {
        let Some(old) = old else {
            return Ok(None);
        };
        let (dir, _) = rel.rsplit_once('/').unwrap_or(("", rel));
        let dir_repo = self.repo_path(dir);
        let dir_repo = dir_repo.trim_end_matches('/');
        let subtree = |t: &Tree<'_>| -> Option<Tree<'_>> {
            if dir_repo.is_empty() {
                return None;
            }
            let e = t.get_path(Path::new(dir_repo)).ok()?;
            self.repo.find_tree(e.id()).ok()
        };
        let (Some(old_dir), new_dir) = (subtree(old), subtree(new)) else {
            return Ok(None);
        };
        let gone: Vec<String> = old_dir
            .iter()
            .filter(|e| e.kind() == Some(ObjectType::Blob))
            .filter_map(|e| e.name().ok().map(str::to_string))
            .filter(|n| n.ends_with(".ron"))
            .filter(|n| new_dir.as_ref().is_none_or(|d| d.get_name(n).is_none()))
            .collect();
        Ok(match gone.as_slice() {
            [one] if dir.is_empty() => Some(one.clone()),
            [one] => Some(format!("{dir}/{one}")),
            _ => None,
        })
    }

    /// What `commit` did to the file at register path `rel` (its path
    /// after the commit, as in [`Entry::path`]), against its first parent.
    pub fn record_changes(&self, commit: Oid, rel: &str) -> Result<RecordDiff, HistoryError> {
        check_path(rel)?;
        let commit = self.repo.find_commit(commit)?;
        let new = commit.tree()?;
        let old = match commit.parent(0) {
            Ok(p) => Some(p.tree()?),
            Err(_) => None,
        };
        let old_rel = match (
            self.blob_id(Some(&new), rel),
            self.blob_id(old.as_ref(), rel),
        ) {
            (Some(_), None) => self
                .rename_source(old.as_ref(), &new, rel)?
                .unwrap_or_else(|| rel.to_string()),
            _ => rel.to_string(),
        };
        self.diff_file(old.as_ref(), Some(&new), &old_rel, rel)
    }

    /// The record-level differences of the whole register between two
    /// commits (`ropa diff FROM..TO`): one [`RecordDiff`] per `.ron` file
    /// added, changed or removed, in path order. Renames are shown as a
    /// removal and an addition.
    pub fn diff_commits(&self, from: Oid, to: Oid) -> Result<Vec<RecordDiff>, HistoryError> {
        let old = self.repo.find_commit(from)?.tree()?;
        let new = self.repo.find_commit(to)?.tree()?;
        // Only the register's folder, and in it only the subtrees that
        // differ: the work grows with the change, not the register.
        let folder = self.prefix.trim_end_matches('/');
        let paths: Vec<String> = super::treediff::changed_paths(
            &self.repo,
            super::treediff::subtree(&self.repo, &old, folder)?.as_ref(),
            super::treediff::subtree(&self.repo, &new, folder)?.as_ref(),
        )?
        .into_iter()
        // Records live in organisation folders; `ropa.ron` at the root
        // holds settings, not a record.
        .filter(|p| p.ends_with(".ron") && p.contains('/'))
        .collect();
        paths
            .iter()
            .map(|p| self.diff_file(Some(&old), Some(&new), p, p))
            .collect()
    }

    /// The blob id at a register path in `tree`.
    fn blob_id(&self, tree: Option<&Tree<'_>>, rel: &str) -> Option<Oid> {
        let entry = tree?.get_path(Path::new(&self.repo_path(rel))).ok()?;
        (entry.kind() == Some(ObjectType::Blob)).then(|| entry.id())
    }

    /// The text of the blob at a register path, `None` when there is none.
    fn text(&self, tree: Option<&Tree<'_>>, rel: &str) -> Result<Option<String>, HistoryError> {
        match self.blob_id(tree, rel) {
            Some(id) => {
                let blob = self.repo.find_blob(id)?;
                Ok(Some(String::from_utf8_lossy(blob.content()).into_owned()))
            }
            None => Ok(None),
        }
    }

    /// Field-level and raw differences of one record between two trees.
    fn diff_file(
        &self,
        old: Option<&Tree<'_>>,
        new: Option<&Tree<'_>>,
        old_rel: &str,
        new_rel: &str,
    ) -> Result<RecordDiff, HistoryError> {
        let before = self.text(old, old_rel)?;
        let after = self.text(new, new_rel)?;
        let (changes, note) = record_diff(new_rel, before.as_deref(), after.as_deref());
        // Diffing the whole trees limited to the paths would still read
        // every tree of the register; the file's own folder is enough when
        // it stayed in it.
        let folder = |rel: &str| rel.rsplit_once('/').map(|(d, _)| self.repo_path(d));
        let name = |rel: &str| rel.rsplit('/').next().unwrap_or(rel).to_string();
        let mut opts = DiffOptions::new();
        opts.disable_pathspec_match(true);
        let diff = match (folder(old_rel), folder(new_rel)) {
            (Some(a), Some(b)) if a == b => {
                let sub = |t: Option<&Tree<'_>>| match t {
                    Some(t) => super::treediff::subtree(&self.repo, t, &a),
                    None => Ok(None),
                };
                let (old_sub, new_sub) = (sub(old)?, sub(new)?);
                opts.old_prefix(format!("a/{a}/"))
                    .new_prefix(format!("b/{a}/"))
                    .pathspec(name(old_rel))
                    .pathspec(name(new_rel));
                self.repo
                    .diff_tree_to_tree(old_sub.as_ref(), new_sub.as_ref(), Some(&mut opts))?
            }
            _ => {
                opts.pathspec(self.repo_path(old_rel))
                    .pathspec(self.repo_path(new_rel));
                self.repo.diff_tree_to_tree(old, new, Some(&mut opts))?
            }
        };
        let mut raw = String::new();
        diff.print(DiffFormat::Patch, |_, _, line| {
            if matches!(line.origin(), '+' | '-' | ' ') {
                raw.push(line.origin());
            }
            raw.push_str(&String::from_utf8_lossy(line.content()));
            true
        })?;
        let (path, old_path) = match (&after, old_rel == new_rel) {
            (None, _) => (old_rel.to_string(), None),
            (Some(_), true) => (new_rel.to_string(), None),
            (Some(_), false) => (new_rel.to_string(), Some(old_rel.to_string())),
        };
        Ok(RecordDiff {
            path,
            old_path,
            changes,
            raw,
            note,
        })
    }
}

/// The commits, newest first, that changed the file at register path `rel`
/// of the register at `root`; at most `limit` (0: all). See
/// [`RegisterRepo::log`].
pub fn file_history(root: &Path, rel: &str, limit: usize) -> Result<Vec<Entry>, HistoryError> {
    RegisterRepo::open(root)?.log(
        Some(rel),
        &LogOptions {
            limit,
            ..LogOptions::default()
        },
    )
}

/// What `commit` did to the record at register path `rel` of the register
/// at `root`. See [`RegisterRepo::record_changes`].
pub fn record_changes(root: &Path, commit: Oid, rel: &str) -> Result<RecordDiff, HistoryError> {
    RegisterRepo::open(root)?.record_changes(commit, rel)
}

/// The field-level changes between two versions of the file at `rel`
/// (`None`: no file), and a note when a version does not parse.
pub fn record_diff(
    rel: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> (Vec<Change>, Option<String>) {
    if rel.rsplit('/').next() == Some("organisation.ron") {
        typed_diff::<Organisation>(before, after, |o| &o.name)
    } else {
        typed_diff::<Activity>(before, after, |a| &a.name)
    }
}

fn typed_diff<T>(
    before: Option<&str>,
    after: Option<&str>,
    name: fn(&T) -> &String,
) -> (Vec<Change>, Option<String>)
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let parse = |text: &str, which: &str| {
        parse_record::<T>(text).map_err(|(pos, msg)| {
            format!(
                "the version {which} does not parse ({}:{}: {msg}); see the raw diff",
                pos.line, pos.col
            )
        })
    };
    let quoted = |s: &str| serde_json::Value::String(s.to_string()).to_string();
    match (before, after) {
        (None, None) => (Vec::new(), None),
        (None, Some(a)) => match parse(a, "after") {
            Ok(r) => (
                vec![Change::Added {
                    path: String::new(),
                    value: quoted(name(&r)),
                }],
                None,
            ),
            Err(e) => (Vec::new(), Some(e)),
        },
        (Some(b), None) => match parse(b, "before") {
            Ok(r) => (
                vec![Change::Removed {
                    path: String::new(),
                    value: quoted(name(&r)),
                }],
                None,
            ),
            Err(e) => (Vec::new(), Some(e)),
        },
        (Some(b), Some(a)) => match (parse(b, "before"), parse(a, "after")) {
            (Ok(b), Ok(a)) => (diff_records(&b, &a), None),
            (Err(e), _) | (_, Err(e)) => (Vec::new(), Some(e)),
        },
    }
}

/// Rejects anything but a relative path of plain names.
fn check_path(rel: &str) -> Result<(), HistoryError> {
    let bad = rel.is_empty()
        || rel.contains(['\0', '\\'])
        || rel
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if bad {
        Err(HistoryError::BadPath(rel.to_string()))
    } else {
        Ok(())
    }
}

/// Object ids along one repository path, from the root tree to the file,
/// remembering the last answer so unchanged subtrees are not loaded again.
struct Probe {
    /// Path components.
    parts: Vec<String>,
    /// The last ids: `ids[0]` the root tree, `ids[i + 1]` the entry
    /// `parts[i]`; `None` where the path does not exist.
    last: Vec<Option<Oid>>,
}

impl Probe {
    fn new(repo_path: &str) -> Probe {
        let parts: Vec<String> = repo_path
            .split('/')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let last = vec![None; parts.len() + 1];
        Probe { parts, last }
    }

    /// The ids along the path in the tree `root`; the last one is the
    /// file's (or folder's) id. Trees are read raw from the object
    /// database and scanned, which is much cheaper than parsing them.
    fn ids(&mut self, odb: &Odb<'_>, root: Oid) -> Result<Vec<Option<Oid>>, HistoryError> {
        let mut ids = Vec::with_capacity(self.last.len());
        ids.push(Some(root));
        for (i, part) in self.parts.iter().enumerate() {
            let here = ids[i];
            if here == self.last[i] {
                // The same tree as last time: the rest is the same too.
                ids.extend_from_slice(&self.last[i + 1..]);
                break;
            }
            let next = match here {
                Some(id) => {
                    let file = i + 1 == self.parts.len();
                    let obj = odb.read(id)?;
                    if obj.kind() == ObjectType::Tree {
                        tree_entry(obj.data(), part.as_bytes())
                            // A folder on the way must be a folder.
                            .filter(|&(folder, _)| file || folder)
                            .map(|(_, id)| id)
                    } else {
                        None
                    }
                }
                None => None,
            };
            ids.push(next);
        }
        self.last.clone_from(&ids);
        Ok(ids)
    }
}

/// The commits listed in `.git/shallow`: where a shallow clone's history
/// is cut (their parents are not in the repository). Empty otherwise.
fn shallow_commits(repo: &Repository) -> std::collections::HashSet<Oid> {
    std::fs::read_to_string(repo.commondir().join("shallow"))
        .map(|text| {
            text.lines()
                .filter_map(|l| Oid::from_str(l.trim()).ok())
                .collect()
        })
        .unwrap_or_default()
}

/// What the walk needs of a commit, read from its raw object (much cheaper
/// than a parsed [`Commit`]).
struct RawCommit {
    id: Oid,
    tree: Oid,
    /// The first parent.
    parent: Option<Oid>,
    /// Committer time, seconds since 1970.
    time: i64,
}

impl RawCommit {
    fn read(odb: &Odb<'_>, id: Oid) -> Result<RawCommit, HistoryError> {
        let obj = odb.read(id)?;
        let bad = || git2::Error::from_str(&format!("commit {id}: malformed"));
        if obj.kind() != ObjectType::Commit {
            return Err(bad().into());
        }
        let hex = |b: &[u8]| {
            std::str::from_utf8(b)
                .ok()
                .and_then(|s| Oid::from_str(s).ok())
        };
        let (mut tree, mut parent, mut time) = (None, None, 0);
        for line in obj.data().split(|&b| b == b'\n') {
            if line.is_empty() {
                break;
            } else if let Some(t) = line.strip_prefix(b"tree ") {
                tree = hex(t);
            } else if let Some(p) = line.strip_prefix(b"parent ") {
                parent = parent.or_else(|| hex(p));
            } else if let Some(c) = line.strip_prefix(b"committer ") {
                // `Name <email> 1700000000 +0100`
                let when = c
                    .iter()
                    .rposition(|&b| b == b'>')
                    .map_or(c, |i| &c[i + 1..]);
                time = std::str::from_utf8(when)
                    .ok()
                    .and_then(|w| w.split_whitespace().next())
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(0);
            }
        }
        Ok(RawCommit {
            id,
            tree: tree.ok_or_else(bad)?,
            parent,
            time,
        })
    }
}

/// The entry `name` of a raw tree object: whether it is a folder, and its
/// id. Entries are `<octal mode> <name>\0<20-byte id>`.
fn tree_entry(mut data: &[u8], name: &[u8]) -> Option<(bool, Oid)> {
    const ID: usize = 20;
    while !data.is_empty() {
        let space = data.iter().position(|&b| b == b' ')?;
        let nul = space + 1 + data[space + 1..].iter().position(|&b| b == 0)?;
        let id = data.get(nul + 1..nul + 1 + ID)?;
        if &data[space + 1..nul] == name {
            return Some((&data[..space] == b"40000", Oid::from_bytes(id).ok()?));
        }
        data = &data[nul + 1 + ID..];
    }
    None
}

/// The entry for `commit`'s change to the file at `path`.
fn entry(commit: &Commit<'_>, path: String, change: FileChange) -> Entry {
    let author = commit.author();
    let when = author.when();
    let id = commit.id();
    let message = String::from_utf8_lossy(commit.message_bytes()).into_owned();
    let summary = commit
        .summary_bytes()
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .unwrap_or_default();
    Entry {
        id,
        short: id.to_string().chars().take(7).collect(),
        time: when.seconds(),
        offset_minutes: when.offset_minutes(),
        date: format_time(when.seconds(), when.offset_minutes()),
        author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
        email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
        summary,
        message,
        path,
        change,
    }
}

/// `YYYY-MM-DD HH:MM` for `seconds` since 1970 UTC, in the offset given.
pub fn format_time(seconds: i64, offset_minutes: i32) -> String {
    let local = seconds.saturating_add(i64::from(offset_minutes) * 60);
    let day = super::date::Date::from_days(local.div_euclid(86_400));
    let secs = local.rem_euclid(86_400);
    format!("{day} {:02}:{:02}", secs / 3600, secs % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use git2::{Signature, Time};

    #[test]
    fn formats_times_in_their_offset() {
        assert_eq!(format_time(0, 0), "1970-01-01 00:00");
        assert_eq!(format_time(1_700_000_000, 60), "2023-11-14 23:13");
        assert_eq!(format_time(1_700_000_000, -300), "2023-11-14 17:13");
        assert_eq!(format_time(-60, 0), "1969-12-31 23:59");
    }

    #[test]
    fn rejects_paths_outside() {
        assert!(check_path("../x.ron").is_err());
        assert!(check_path("").is_err());
        assert!(check_path("a//b").is_err());
        assert!(check_path("da/activities/x.ron").is_ok());
    }

    const ACT: &str = "Activity(\n    id: \"a\",\n    name: \"A\",\n    status: Draft,\n)\n";

    #[test]
    fn unparsable_versions_give_a_note() {
        let (c, note) = record_diff("o/activities/a.ron", Some("Activity("), Some(ACT));
        assert!(c.is_empty());
        assert!(note.is_some_and(|n| n.contains("before does not parse")));
    }

    #[test]
    fn added_and_removed_records_are_one_change() {
        let (c, note) = record_diff("o/activities/a.ron", None, Some(ACT));
        assert_eq!(note, None);
        assert_eq!(
            c,
            vec![Change::Added {
                path: String::new(),
                value: "\"A\"".into()
            }]
        );
        let (c, _) = record_diff("o/activities/a.ron", Some(ACT), None);
        assert!(matches!(&c[..], [Change::Removed { .. }]));
    }

    /// A repository with a register in `reg/`: commits writing (`Some`) or
    /// removing (`None`) files, one second apart.
    fn repo_with(commits: &[&[(&str, Option<&str>)]]) -> (tempfile::TempDir, Vec<Oid>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        std::fs::create_dir_all(dir.path().join("reg")).expect("mkdir");
        let mut ids = Vec::new();
        for (i, files) in commits.iter().enumerate() {
            let mut index = repo.index().expect("index");
            for (path, text) in files.iter() {
                let full = format!("reg/{path}");
                match text {
                    Some(t) => {
                        let blob = repo.blob(t.as_bytes()).expect("blob");
                        let entry = git2::IndexEntry {
                            ctime: git2::IndexTime::new(0, 0),
                            mtime: git2::IndexTime::new(0, 0),
                            dev: 0,
                            ino: 0,
                            mode: 0o100644,
                            uid: 0,
                            gid: 0,
                            file_size: t.len() as u32,
                            id: blob,
                            flags: 0,
                            flags_extended: 0,
                            path: full.into_bytes(),
                        };
                        index.add(&entry).expect("add");
                    }
                    None => index.remove_path(Path::new(&full)).expect("remove"),
                }
            }
            let tree = repo
                .find_tree(index.write_tree().expect("tree"))
                .expect("find");
            index.write().expect("write");
            let sig = Signature::new(
                "T",
                "t@example.org",
                &Time::new(1_700_000_000 + i as i64, 0),
            )
            .expect("sig");
            let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
            let parents: Vec<&Commit> = parent.iter().collect();
            let id = repo
                .commit(Some("HEAD"), &sig, &sig, &format!("c{i}"), &tree, &parents)
                .expect("commit");
            ids.push(id);
        }
        (dir, ids)
    }

    fn act(id: &str, name: &str) -> String {
        format!("Activity(\n    id: \"{id}\",\n    name: \"{name}\",\n    status: Draft,\n)\n")
    }

    #[test]
    fn lists_changes_of_one_file_newest_first() {
        let (a1, a2, a3) = (act("a", "A"), act("a", "A2"), act("b", "B"));
        let (dir, ids) = repo_with(&[
            &[("o/activities/a.ron", Some(&a1))],
            &[("o/activities/b.ron", Some(&a3))],
            &[("o/activities/a.ron", Some(&a2))],
            &[("o/activities/b.ron", None)],
            &[("o/activities/a.ron", None)],
        ]);
        let root = dir.path().join("reg");
        let log = file_history(&root, "o/activities/a.ron", 0).expect("log");
        let got: Vec<(Oid, FileChange)> = log.iter().map(|e| (e.id, e.change.clone())).collect();
        assert_eq!(
            got,
            vec![
                (ids[4], FileChange::Removed),
                (ids[2], FileChange::Modified),
                (ids[0], FileChange::Added),
            ]
        );
        assert_eq!(log[1].summary, "c2");
        assert_eq!(log[1].date, "2023-11-14 22:13");
        assert_eq!(
            file_history(&root, "o/activities/a.ron", 1)
                .expect("log")
                .len(),
            1
        );

        let d = record_changes(&root, ids[2], "o/activities/a.ron").expect("diff");
        assert_eq!(
            d.changes,
            vec![Change::Changed {
                path: "name".into(),
                old: "\"A\"".into(),
                new: "\"A2\"".into()
            }]
        );
        assert!(
            d.raw.contains("-    name: \"A\",\n+    name: \"A2\",\n"),
            "{}",
            d.raw
        );
        assert!(d.raw.contains("reg/o/activities/a.ron"));

        let whole = RegisterRepo::open(&root)
            .expect("open")
            .log(None, &LogOptions::default())
            .expect("log");
        assert_eq!(whole.len(), 5);
    }

    #[test]
    fn follows_a_rename_in_one_commit() {
        let (a, b) = (act("a", "A"), act("b", "A"));
        let (dir, ids) = repo_with(&[
            &[("o/activities/a.ron", Some(&a))],
            &[
                ("o/activities/a.ron", None),
                ("o/activities/b.ron", Some(&b)),
            ],
        ]);
        let root = dir.path().join("reg");
        let log = file_history(&root, "o/activities/b.ron", 0).expect("log");
        assert_eq!(log.len(), 2);
        assert_eq!(
            log[0].change,
            FileChange::Renamed {
                from: "o/activities/a.ron".into()
            }
        );
        assert_eq!(log[1].id, ids[0]);
        assert_eq!(log[1].path, "o/activities/a.ron");
        let d = record_changes(&root, ids[1], "o/activities/b.ron").expect("diff");
        assert_eq!(d.old_path.as_deref(), Some("o/activities/a.ron"));
        assert_eq!(
            d.changes,
            vec![Change::Changed {
                path: "id".into(),
                old: "\"a\"".into(),
                new: "\"b\"".into()
            }]
        );
    }

    #[test]
    fn diffs_the_register_between_commits() {
        let (a1, a2, b) = (act("a", "A"), act("a", "A2"), act("b", "B"));
        let (dir, ids) = repo_with(&[
            &[("o/activities/a.ron", Some(&a1))],
            &[
                ("o/activities/a.ron", Some(&a2)),
                ("o/activities/b.ron", Some(&b)),
            ],
        ]);
        let r = RegisterRepo::open(&dir.path().join("reg")).expect("open");
        assert_eq!(r.resolve("HEAD~1").expect("rev"), ids[0]);
        assert!(r.resolve("nope").is_err());
        let d = r.diff_commits(ids[0], ids[1]).expect("diff");
        let paths: Vec<&str> = d.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["o/activities/a.ron", "o/activities/b.ron"]);
        assert!(matches!(&d[1].changes[..], [Change::Added { .. }]));
    }

    #[test]
    fn outside_git_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(matches!(
            file_history(dir.path(), "a.ron", 0),
            Err(HistoryError::NotARepository(_))
        ));
    }
}
