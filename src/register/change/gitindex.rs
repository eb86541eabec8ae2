//! Reading and updating a few entries of git's index file directly.
//!
//! A save changes one or two entries of an index that, in a register of
//! 20,000 activities, holds 21,000; reading and writing the whole index
//! through libgit2 (which checks every path and hashes with collision
//! detection) cost about 17 ms per pass, more than the rest of the save
//! together. Here the index is read as bytes, the entries are located by
//! their lengths, the changed ones are spliced in, the cache tree is
//! invalidated for the changed paths, extensions that would be stale are
//! dropped (git rebuilds them), and the checksum is computed once.
//!
//! Handled: index versions 2 and 3 with SHA-1 checksums. Anything else
//! (version 4's compressed paths, SHA-256 repositories, unknown required
//! extensions) is [`Unsupported`] and the caller uses libgit2 instead.
//! libgit2 cannot read a split or sparse index either: a save there is
//! refused with how to turn them off.
//!
//! Format: <https://git-scm.com/docs/index-format>.

use git2::Oid;
use sha1::{Digest, Sha1};

/// The index is in a form this module does not edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unsupported(pub String);

/// Length of the fixed part of an entry (before the path) in versions 2
/// and 3, without the extended flags.
const FIXED: usize = 62;
/// Length of the SHA-1 checksum at the end.
const CHECKSUM: usize = 20;

/// An index file, parsed only as far as needed.
pub(crate) struct RawIndex<'a> {
    bytes: &'a [u8],
    /// Byte range and path of every entry, in file order.
    entries: Vec<(usize, usize, &'a [u8], u16)>,
    /// Where the extensions start.
    ext_start: usize,
}

/// A new entry for a path: its blob, mode and stat data.
#[derive(Debug, Clone)]
pub(crate) struct NewEntry {
    pub ctime: (u32, u32),
    pub mtime: (u32, u32),
    pub dev: u32,
    pub ino: u32,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub size: u32,
    pub id: Oid,
}

fn be32(b: &[u8], at: usize) -> Result<u32, Unsupported> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or_else(|| Unsupported("truncated".into()))
}

impl<'a> RawIndex<'a> {
    /// Parses `bytes` (the whole index file).
    pub fn parse(bytes: &'a [u8]) -> Result<RawIndex<'a>, Unsupported> {
        if bytes.len() < 12 + CHECKSUM || &bytes[..4] != b"DIRC" {
            return Err(Unsupported("not an index file".into()));
        }
        let version = be32(bytes, 4)?;
        if version != 2 && version != 3 {
            return Err(Unsupported(format!("index version {version}")));
        }
        let count = be32(bytes, 8)? as usize;
        let end = bytes.len() - CHECKSUM;
        let mut entries = Vec::with_capacity(count);
        let mut at = 12;
        for _ in 0..count {
            let flags = u16::from_be_bytes([
                *bytes
                    .get(at + 60)
                    .ok_or_else(|| Unsupported("truncated".into()))?,
                *bytes
                    .get(at + 61)
                    .ok_or_else(|| Unsupported("truncated".into()))?,
            ]);
            let extended = flags & 0x4000 != 0;
            if extended && version < 3 {
                return Err(Unsupported("extended flags in version 2".into()));
            }
            let path_at = at + FIXED + if extended { 2 } else { 0 };
            let nul = bytes[path_at.min(end)..end]
                .iter()
                .position(|&c| c == 0)
                .ok_or_else(|| Unsupported("truncated path".into()))?;
            let path = &bytes[path_at..path_at + nul];
            // Entries are padded with 1–8 NULs to a multiple of 8 bytes.
            let len = (path_at - at + nul + 8) & !7;
            let stage = (flags >> 12) & 3;
            entries.push((at, at + len, path, stage));
            at += len;
            if at > end {
                return Err(Unsupported("truncated".into()));
            }
        }
        // Extensions: only those that are safe to keep or drop.
        let mut e = at;
        while e + 8 <= end {
            let sig = &bytes[e..e + 4];
            let size = be32(bytes, e + 4)? as usize;
            if sig[0].is_ascii_lowercase() {
                return Err(Unsupported(format!(
                    "required index extension {}",
                    String::from_utf8_lossy(sig)
                )));
            }
            e += 8 + size;
        }
        if e != end {
            return Err(Unsupported("malformed extensions".into()));
        }
        let sum = Sha1::digest(&bytes[..end]);
        if sum.as_slice() != &bytes[end..] {
            return Err(Unsupported("checksum does not match".into()));
        }
        Ok(RawIndex {
            bytes,
            entries,
            ext_start: at,
        })
    }

    /// The blob of the stage-0 entry at `path`.
    pub fn blob(&self, path: &str) -> Option<Oid> {
        let i = self.find(path.as_bytes()).ok()?;
        let (start, ..) = self.entries[i];
        Oid::from_bytes(&self.bytes[start + 40..start + 60]).ok()
    }

    /// The entry's mode (`0o100644`, `0o100755`, `0o120000`).
    pub fn mode(&self, path: &str) -> Option<u32> {
        let i = self.find(path.as_bytes()).ok()?;
        be32(self.bytes, self.entries[i].0 + 24).ok()
    }

    /// Binary search for the stage-0 entry of `path` (entries are sorted
    /// by path, then stage).
    fn find(&self, path: &[u8]) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(_, _, p, stage)| p.cmp(&path).then(stage.cmp(&0)))
    }

    /// The stage-0 entries git calls *racily clean* in an index file last
    /// written at `index_mtime` (whole seconds): their stat data was taken
    /// in the second the index was written or later, so a change to the
    /// file within that second leaves the stat data matching. git compares
    /// their content on every read; once the index is rewritten later, it
    /// would trust the stat data and miss the change. Each is returned with
    /// its blob and mode, for the caller to compare with the file.
    pub fn racy(&self, index_mtime: u32) -> Vec<(&'a [u8], Oid, u32)> {
        self.entries
            .iter()
            .filter(|(.., stage)| *stage == 0)
            .filter_map(|&(start, _, path, _)| {
                let mtime = be32(self.bytes, start + 8).ok()?;
                if mtime < index_mtime {
                    return None;
                }
                let id = Oid::from_bytes(&self.bytes[start + 40..start + 60]).ok()?;
                Some((path, id, be32(self.bytes, start + 24).ok()?))
            })
            .collect()
    }

    /// The index with `changes` applied (`None` removes the path's entry),
    /// as the bytes of a complete index file. The entries of `smudge`
    /// (racily clean ones whose file changed: see [`RawIndex::racy`]) keep
    /// their blob but get size 0 in their stat data, as git's own index
    /// writer does, so that git compares their content instead of
    /// trusting stat data that happens to match.
    pub fn with(
        &self,
        changes: &[(String, Option<NewEntry>)],
        smudge: &[&[u8]],
    ) -> Result<Vec<u8>, Unsupported> {
        let copy = |out: &mut Vec<u8>, s: usize, e: usize, path: &[u8]| {
            out.extend_from_slice(&self.bytes[s..e]);
            if smudge.contains(&path) {
                let at = out.len() - (e - s) + 36;
                out[at..at + 4].copy_from_slice(&0u32.to_be_bytes());
            }
        };
        let mut changes: Vec<&(String, Option<NewEntry>)> = changes.iter().collect();
        changes.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
        let mut out = Vec::with_capacity(self.bytes.len() + 256);
        out.extend_from_slice(&self.bytes[..12]);
        let mut count = 0u32;
        let mut next = 0; // next existing entry to copy
        for (path, new) in &changes {
            let p = path.as_bytes();
            if p.contains(&0) || p.is_empty() {
                return Err(Unsupported(format!("path {path}")));
            }
            // Copy the entries before this path.
            while next < self.entries.len() && self.entries[next].2 < p {
                let (s, e, path, _) = self.entries[next];
                copy(&mut out, s, e, path);
                count += 1;
                next += 1;
            }
            // Drop the existing entries of the path (any stage).
            while next < self.entries.len() && self.entries[next].2 == p {
                next += 1;
            }
            if let Some(n) = new {
                write_entry(&mut out, p, n);
                count += 1;
            }
        }
        for &(s, e, path, _) in &self.entries[next..] {
            copy(&mut out, s, e, path);
            count += 1;
        }
        out[8..12].copy_from_slice(&count.to_be_bytes());
        // Extensions: the cache tree invalidated along the changed paths;
        // the resolve-undo data kept; the rest (untracked cache, fsmonitor,
        // offset tables) dropped, as git rebuilds them.
        let end = self.bytes.len() - CHECKSUM;
        let mut e = self.ext_start;
        let paths: Vec<&[u8]> = changes.iter().map(|(p, _)| p.as_bytes()).collect();
        while e + 8 <= end {
            let sig = &self.bytes[e..e + 4];
            let size = be32(self.bytes, e + 4)? as usize;
            let data = &self.bytes[e + 8..e + 8 + size];
            match sig {
                b"TREE" => {
                    let tree = invalidate_tree(data, &paths)?;
                    out.extend_from_slice(b"TREE");
                    out.extend_from_slice(&(tree.len() as u32).to_be_bytes());
                    out.extend_from_slice(&tree);
                }
                b"REUC" => out.extend_from_slice(&self.bytes[e..e + 8 + size]),
                _ => {}
            }
            e += 8 + size;
        }
        let sum = Sha1::digest(&out);
        out.extend_from_slice(sum.as_slice());
        Ok(out)
    }
}

/// Appends one entry (version 2/3 layout, no extended flags).
fn write_entry(out: &mut Vec<u8>, path: &[u8], n: &NewEntry) {
    let start = out.len();
    for v in [
        n.ctime.0, n.ctime.1, n.mtime.0, n.mtime.1, n.dev, n.ino, n.mode, n.uid, n.gid, n.size,
    ] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.extend_from_slice(n.id.as_bytes());
    let flags = path.len().min(0xfff) as u16;
    out.extend_from_slice(&flags.to_be_bytes());
    out.extend_from_slice(path);
    let len = (FIXED + path.len() + 8) & !7;
    out.resize(start + len, 0);
}

/// One node of the cache tree.
struct Node {
    name: Vec<u8>,
    /// Entries covered, `-1` when invalid.
    count: i64,
    oid: Option<[u8; 20]>,
    children: Vec<Node>,
}

fn parse_node(data: &[u8], at: &mut usize) -> Result<Node, Unsupported> {
    let bad = || Unsupported("malformed cache tree".into());
    let nul = data[*at..].iter().position(|&c| c == 0).ok_or_else(bad)?;
    let name = data[*at..*at + nul].to_vec();
    *at += nul + 1;
    let sp = data[*at..]
        .iter()
        .position(|&c| c == b' ')
        .ok_or_else(bad)?;
    let count: i64 = std::str::from_utf8(&data[*at..*at + sp])
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(bad)?;
    *at += sp + 1;
    let nl = data[*at..]
        .iter()
        .position(|&c| c == b'\n')
        .ok_or_else(bad)?;
    let subtrees: usize = std::str::from_utf8(&data[*at..*at + nl])
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(bad)?;
    *at += nl + 1;
    let oid = if count >= 0 {
        let o: [u8; 20] = data
            .get(*at..*at + 20)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?;
        *at += 20;
        Some(o)
    } else {
        None
    };
    let mut children = Vec::with_capacity(subtrees);
    for _ in 0..subtrees {
        children.push(parse_node(data, at)?);
    }
    Ok(Node {
        name,
        count,
        oid,
        children,
    })
}

fn write_node(n: &Node, out: &mut Vec<u8>) {
    out.extend_from_slice(&n.name);
    out.push(0);
    out.extend_from_slice(format!("{} {}\n", n.count, n.children.len()).as_bytes());
    if let (true, Some(o)) = (n.count >= 0, n.oid) {
        out.extend_from_slice(&o);
    }
    for c in &n.children {
        write_node(c, out);
    }
}

/// Marks the cache tree invalid along every changed path (the root, and
/// each folder on the way down), as git does when it changes an entry.
fn invalidate(n: &mut Node, path: &[u8]) {
    n.count = -1;
    n.oid = None;
    if let Some(slash) = path.iter().position(|&c| c == b'/') {
        let (dir, rest) = (&path[..slash], &path[slash + 1..]);
        if let Some(c) = n.children.iter_mut().find(|c| c.name == dir) {
            invalidate(c, rest);
        }
    }
}

fn invalidate_tree(data: &[u8], paths: &[&[u8]]) -> Result<Vec<u8>, Unsupported> {
    let mut at = 0;
    let mut root = parse_node(data, &mut at)?;
    for p in paths {
        invalidate(&mut root, p);
    }
    let mut out = Vec::with_capacity(data.len());
    write_node(&root, &mut out);
    Ok(out)
}

/// An empty index file (version 2), for a repository that has none yet.
pub(crate) fn empty() -> Vec<u8> {
    let mut out = b"DIRC".to_vec();
    out.extend_from_slice(&2u32.to_be_bytes());
    out.extend_from_slice(&0u32.to_be_bytes());
    let sum = Sha1::digest(&out);
    out.extend_from_slice(sum.as_slice());
    out
}

/// The entries of an index file, for looking up a few paths: parsed here
/// when this module can, else by libgit2.
pub(crate) enum Entries<'a> {
    /// No index file yet.
    Empty,
    /// Parsed here.
    Raw(RawIndex<'a>),
    /// Read by libgit2.
    Git(git2::Index),
}

impl<'a> Entries<'a> {
    /// The entries of the index file at `path`, whose bytes are `bytes`
    /// (empty when there is no file).
    pub fn open(path: &std::path::Path, bytes: &'a [u8]) -> Result<Entries<'a>, git2::Error> {
        if bytes.is_empty() {
            return Ok(Entries::Empty);
        }
        match RawIndex::parse(bytes) {
            Ok(raw) => Ok(Entries::Raw(raw)),
            Err(_) => Ok(Entries::Git(git2::Index::open(path)?)),
        }
    }

    /// The stage-0 entry (blob and mode) of `path`.
    pub fn get(&self, path: &str) -> Option<(Oid, u32)> {
        match self {
            Entries::Empty => None,
            Entries::Raw(raw) => raw.blob(path).zip(raw.mode(path)),
            Entries::Git(index) => index
                .get_path(std::path::Path::new(path), 0)
                .map(|e| (e.id, e.mode)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// A repository with `files` committed and staged by libgit2.
    fn repo_with(files: &[(&str, &str)]) -> (tempfile::TempDir, git2::Repository) {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = git2::Repository::init(dir.path()).expect("init");
        for (p, text) in files {
            let f = dir.path().join(p);
            std::fs::create_dir_all(f.parent().expect("parent")).expect("mkdir");
            std::fs::write(&f, text).expect("write");
        }
        {
            let mut index = repo.index().expect("index");
            index
                .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
                .expect("add");
            // A cache tree, as git keeps after a commit.
            index.write_tree().expect("tree");
            index.write().expect("write");
        }
        (dir, repo)
    }

    fn entry(id: Oid) -> NewEntry {
        NewEntry {
            ctime: (1, 2),
            mtime: (3, 4),
            dev: 5,
            ino: 6,
            mode: 0o100644,
            uid: 7,
            gid: 8,
            size: 9,
            id,
        }
    }

    #[test]
    fn splicing_matches_what_libgit2_reads_back() {
        let (dir, repo) = repo_with(&[
            ("a/activities/x.ron", "x"),
            ("a/organisation.ron", "o"),
            ("b/organisation.ron", "b"),
            ("README.md", "r"),
        ]);
        let index_path = dir.path().join(".git/index");
        let bytes = std::fs::read(&index_path).expect("read");
        let raw = RawIndex::parse(&bytes).expect("parse");
        let x = repo.blob(b"x").expect("blob");
        assert_eq!(raw.blob("a/activities/x.ron"), Some(x));
        assert_eq!(raw.blob("a/activities/none.ron"), None);
        let new = repo.blob(b"new").expect("blob");
        let out = raw
            .with(
                &[
                    ("a/activities/y.ron".into(), Some(entry(new))),
                    ("a/activities/x.ron".into(), None),
                    ("b/organisation.ron".into(), Some(entry(new))),
                    ("c/activities/z.ron".into(), Some(entry(new))),
                ],
                &[],
            )
            .expect("spliced");
        let written = dir.path().join(".git/index-out");
        std::fs::write(&written, &out).expect("write");
        let back = git2::Index::open(&written).expect("libgit2 reads it");
        let paths: Vec<String> = back
            .iter()
            .map(|e| String::from_utf8_lossy(&e.path).into_owned())
            .collect();
        assert_eq!(
            paths,
            [
                "README.md",
                "a/activities/y.ron",
                "a/organisation.ron",
                "b/organisation.ron",
                "c/activities/z.ron"
            ]
        );
        let b = back
            .get_path(Path::new("b/organisation.ron"), 0)
            .expect("entry");
        assert_eq!(
            (b.id, b.mtime.seconds(), b.ino, b.file_size),
            (new, 3, 6, 9)
        );
        // The spliced file parses again and round-trips unchanged.
        let again = RawIndex::parse(&out).expect("parse");
        assert_eq!(again.with(&[], &[]).expect("same"), out);
    }

    #[test]
    fn the_cache_tree_is_invalidated_along_the_changed_path_only() {
        let (dir, repo) = repo_with(&[("a/x.ron", "x"), ("b/y.ron", "y")]);
        let bytes = std::fs::read(dir.path().join(".git/index")).expect("read");
        let raw = RawIndex::parse(&bytes).expect("parse");
        let new = repo.blob(b"new").expect("blob");
        let out = raw
            .with(&[("a/x.ron".into(), Some(entry(new)))], &[])
            .expect("spliced");
        let ext = &out[raw.ext_start..];
        assert_eq!(&ext[..4], b"TREE");
        let size = u32::from_be_bytes([ext[4], ext[5], ext[6], ext[7]]) as usize;
        let mut at = 0;
        let root = parse_node(&ext[8..8 + size], &mut at).expect("tree");
        assert_eq!(root.count, -1);
        let a = root.children.iter().find(|c| c.name == b"a").expect("a");
        let b = root.children.iter().find(|c| c.name == b"b").expect("b");
        assert_eq!(a.count, -1);
        assert!(b.count >= 0 && b.oid.is_some(), "b is untouched");
    }

    #[test]
    fn an_empty_index_is_a_valid_index() {
        let bytes = empty();
        let raw = RawIndex::parse(&bytes).expect("parse");
        assert_eq!(raw.blob("x"), None);
    }

    #[test]
    fn version_4_and_a_bad_checksum_are_left_to_libgit2() {
        let mut v4 = empty();
        v4[7] = 4;
        assert!(RawIndex::parse(&v4).is_err());
        let mut bad = empty();
        let n = bad.len();
        bad[n - 1] ^= 1;
        assert!(RawIndex::parse(&bad).is_err());
    }
}
