//! The organisations of the register as a commit holds them: what a change
//! is checked against without loading the whole register.
//!
//! Activity rules need their own organisation and the set of organisation
//! ids; organisation rules need the ids and every org number. A
//! [`Snapshot`] holds exactly that for one commit's register tree, parsed
//! from git's objects (never from the work tree, which may hold changes that
//! are not committed). Snapshots are kept per repository for the life of
//! the process and brought up to date by re-parsing only the organisation
//! folders whose tree changed, so a save in a register of thousands of
//! organisations parses one or two files.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use git2::{ObjectType, Oid, Repository, Tree};

use crate::register::load::{ACTIVITIES_DIR, LoadError, ORGANISATION_FILE, OrgEntry, parse_bytes};
use crate::register::locate::Pos;
use crate::register::model::{Activity, Organisation};

/// git's file mode of a symbolic link.
pub(crate) const SYMLINK_MODE: i32 = 0o120000;

/// One organisation folder.
#[derive(Debug)]
pub(crate) struct OrgFact {
    /// The folder's tree, to tell whether it changed.
    pub folder_tree: Oid,
    /// Its organisation, as loaded.
    pub state: Result<OrgEntry, LoadError>,
}

/// The organisations of one register tree.
#[derive(Debug, Default)]
pub(crate) struct Snapshot {
    /// The register's tree (`None`: no register in the commit).
    pub tree: Option<Oid>,
    /// Organisation folders by name, in folder order.
    pub orgs: BTreeMap<String, Arc<OrgFact>>,
    /// The ids of the organisations that loaded.
    pub known: HashSet<String>,
    /// Organisation id → activities naming it in `on_behalf_of`, built
    /// the first time it is needed (only when a change removes an id).
    referrers: OnceLock<HashMap<String, Vec<String>>>,
}

/// Snapshots kept per repository and register folder.
static CACHE: Mutex<Vec<(String, Arc<Snapshot>)>> = Mutex::new(Vec::new());
/// How many registers' snapshots are kept.
const CACHE_SIZE: usize = 8;

/// The snapshot of the register at `prefix` in `tree` (a commit's root
/// tree; `None` before the first commit).
pub(crate) fn snapshot(
    repo: &Repository,
    prefix: &str,
    tree: Option<&Tree<'_>>,
) -> Result<Arc<Snapshot>, git2::Error> {
    let register_tree = register_tree(repo, prefix, tree)?;
    let key = format!("{}\0{prefix}", repo.path().display());
    let previous = {
        let cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        cache
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, s)| s.clone())
    };
    if let Some(p) = &previous
        && p.tree == register_tree.as_ref().map(Tree::id)
    {
        return Ok(p.clone());
    }
    let snap = Arc::new(build(repo, register_tree.as_ref(), previous.as_deref())?);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache.retain(|(k, _)| *k != key);
    if cache.len() >= CACHE_SIZE {
        cache.remove(0);
    }
    cache.push((key, snap.clone()));
    Ok(snap)
}

/// The register's folder in `tree`.
pub(crate) fn register_tree<'r>(
    repo: &'r Repository,
    prefix: &str,
    tree: Option<&Tree<'r>>,
) -> Result<Option<Tree<'r>>, git2::Error> {
    let Some(tree) = tree else {
        return Ok(None);
    };
    if prefix.is_empty() {
        return Ok(Some(tree.clone()));
    }
    match tree.get_path(std::path::Path::new(prefix.trim_end_matches('/'))) {
        Ok(e) if e.kind() == Some(ObjectType::Tree) => Ok(Some(repo.find_tree(e.id())?)),
        _ => Ok(None),
    }
}

/// Builds a snapshot, re-using the folders of `previous` whose tree is
/// unchanged.
fn build(
    repo: &Repository,
    tree: Option<&Tree<'_>>,
    previous: Option<&Snapshot>,
) -> Result<Snapshot, git2::Error> {
    let mut orgs = BTreeMap::new();
    if let Some(tree) = tree {
        for entry in tree.iter() {
            let Ok(name) = entry.name() else { continue };
            if name.starts_with('.') || entry.kind() != Some(ObjectType::Tree) {
                continue;
            }
            if let Some(p) = previous.and_then(|p| p.orgs.get(name))
                && p.folder_tree == entry.id()
            {
                orgs.insert(name.to_string(), p.clone());
                continue;
            }
            let folder = repo.find_tree(entry.id())?;
            if let Some(state) = folder_state(repo, name, &folder)? {
                orgs.insert(
                    name.to_string(),
                    Arc::new(OrgFact {
                        folder_tree: entry.id(),
                        state,
                    }),
                );
            }
        }
    }
    let known = orgs
        .values()
        .filter_map(|f| f.state.as_ref().ok().map(|e| e.org.id.clone()))
        .collect();
    Ok(Snapshot {
        tree: tree.map(Tree::id),
        orgs,
        known,
        referrers: OnceLock::new(),
    })
}

/// The organisation of folder `name` as the loader would see it; `None`
/// when the folder is not an organisation folder (no organisation.ron and
/// no activities).
fn folder_state(
    repo: &Repository,
    name: &str,
    folder: &Tree<'_>,
) -> Result<Option<Result<OrgEntry, LoadError>>, git2::Error> {
    let rel = format!("{name}/{ORGANISATION_FILE}");
    let has_activities = folder
        .get_name(ACTIVITIES_DIR)
        .is_some_and(|e| e.kind() == Some(ObjectType::Tree));
    let state = match folder.get_name(ORGANISATION_FILE) {
        Some(e) if e.filemode() == SYMLINK_MODE => Err(not_regular(&rel)),
        Some(e) if e.kind() == Some(ObjectType::Blob) => {
            let bytes = repo.find_blob(e.id())?.content().to_vec();
            parse_org(&rel, bytes)
        }
        _ if has_activities => Err(missing_org(name)),
        _ => return Ok(None),
    };
    Ok(Some(state))
}

/// An organisation file parsed as the loader does.
pub(crate) fn parse_org(rel: &str, bytes: Vec<u8>) -> Result<OrgEntry, LoadError> {
    parse_bytes::<Organisation>(rel, bytes).map(|(org, file)| OrgEntry {
        org,
        file,
        activities: Vec::new(),
    })
}

/// The loader's error for a folder with activities and no organisation.
pub(crate) fn missing_org(folder: &str) -> LoadError {
    LoadError {
        path: format!("{folder}/{ORGANISATION_FILE}"),
        pos: Pos { line: 1, col: 1 },
        message: format!("missing: folder `{folder}` has activities but no {ORGANISATION_FILE}"),
    }
}

/// The loader's error for a record file that is a symbolic link.
pub(crate) fn not_regular(rel: &str) -> LoadError {
    LoadError {
        path: rel.to_string(),
        pos: Pos { line: 1, col: 1 },
        message: "not a regular file (symbolic links are not followed)".into(),
    }
}

impl Snapshot {
    /// The activity files (register-relative paths) whose `on_behalf_of`
    /// names one of `ids`.
    pub(crate) fn referring_to(
        &self,
        repo: &Repository,
        ids: &HashSet<String>,
    ) -> Result<Vec<String>, git2::Error> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        if self.referrers.get().is_none() {
            let map = self.scan_referrers(repo)?;
            let _ = self.referrers.set(map);
        }
        let mut out: Vec<String> = self
            .referrers
            .get()
            .into_iter()
            .flat_map(|m| ids.iter().filter_map(|id| m.get(id)).flatten())
            .cloned()
            .collect();
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// Reads every activity of the tree that mentions `on_behalf_of`.
    fn scan_referrers(
        &self,
        repo: &Repository,
    ) -> Result<HashMap<String, Vec<String>>, git2::Error> {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for (name, fact) in &self.orgs {
            let folder = repo.find_tree(fact.folder_tree)?;
            let Some(acts) = folder.get_name(ACTIVITIES_DIR) else {
                continue;
            };
            let Ok(acts) = repo.find_tree(acts.id()) else {
                continue;
            };
            for e in acts.iter() {
                let Ok(file) = e.name() else { continue };
                if e.kind() != Some(ObjectType::Blob) || !file.ends_with(".ron") {
                    continue;
                }
                let blob = repo.find_blob(e.id())?;
                if !contains(blob.content(), b"on_behalf_of") {
                    continue;
                }
                let rel = format!("{name}/{ACTIVITIES_DIR}/{file}");
                if let Ok((a, _)) = parse_bytes::<Activity>(&rel, blob.content().to_vec()) {
                    for c in &a.on_behalf_of {
                        if let Some(id) = &c.organisation {
                            map.entry(id.clone()).or_default().push(rel.clone());
                        }
                    }
                }
            }
        }
        Ok(map)
    }
}

/// True when `needle` occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
