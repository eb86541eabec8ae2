//! What a change adds to the validator's findings, computed from the
//! records it can affect instead of the whole register.
//!
//! The rules of an activity read the activity, its organisation and the
//! set of organisation ids; the rules of an organisation read it, the set
//! of ids and (for duplicate org numbers) every organisation. So a change
//! can only alter the findings of:
//!
//! - the files it writes or removes;
//! - every activity of an organisation whose file it changes;
//! - organisations and activities that name an organisation id the change
//!   removes (joint controllers, `on_behalf_of`);
//! - the register-wide org number check, when an organisation changes.
//!
//! Those are validated as they are in the commit the change starts from
//! and as they will be after it, and the errors the change adds are the
//! difference. Findings are compared by rule, file and message (not by line,
//! which moves with every edit); acknowledged findings and warnings never
//! count. `tests/transaction.rs` checks this against a full validation of
//! both versions of the register.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use git2::{ObjectType, Repository, Tree};

use super::snapshot::{SYMLINK_MODE, Snapshot, missing_org, not_regular, parse_org};
use crate::register::load::{
    ACTIVITIES_DIR, ActivityEntry, LoadError, ORGANISATION_FILE, OrgEntry, parse_bytes,
};
use crate::register::model::Activity;
use crate::register::validate::{
    Finding, Options, Severity, check_activity, check_organisation, check_organisations,
    check_orphan_activity, load_finding, sort_findings,
};

/// The files of a change, as register paths.
pub(crate) struct Files<'a> {
    /// Paths and their new bytes.
    pub writes: &'a [(String, Vec<u8>)],
    /// Paths removed.
    pub removes: &'a [String],
    /// Records moved (old path, new path): their findings before count as
    /// findings of the new path.
    pub moves: &'a [(String, String)],
}

/// Where a register path lies.
enum Place<'p> {
    /// `<folder>/organisation.ron`.
    Org(&'p str),
    /// `<folder>/activities/<file>.ron`.
    Activity(&'p str),
    /// Anything the loader does not read.
    Other,
}

fn place(path: &str) -> Place<'_> {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        [folder, file] if *file == ORGANISATION_FILE && !folder.starts_with('.') => {
            Place::Org(folder)
        }
        [folder, dir, file]
            if *dir == ACTIVITIES_DIR
                && !folder.starts_with('.')
                && !file.starts_with('.')
                && file.ends_with(".ron") =>
        {
            Place::Activity(folder)
        }
        _ => Place::Other,
    }
}

/// An organisation folder's state: not a register folder, or its
/// organisation as loaded.
type OrgState<'s> = Option<&'s Result<OrgEntry, LoadError>>;

/// The errors the change adds, located in the files as they will be.
pub(crate) fn new_errors(
    repo: &Repository,
    register_tree: Option<&Tree<'_>>,
    snap: &Snapshot,
    files: &Files<'_>,
    opts: &Options,
) -> Result<Vec<Finding>, git2::Error> {
    // Organisation files the change writes or removes, and the folders it
    // touches.
    let mut org_after: BTreeMap<String, Option<Result<OrgEntry, LoadError>>> = BTreeMap::new();
    let mut folders: BTreeSet<String> = BTreeSet::new();
    let written: HashMap<&str, &[u8]> = files
        .writes
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let removed: HashSet<&str> = files.removes.iter().map(String::as_str).collect();
    for (p, bytes) in files.writes {
        match place(p) {
            Place::Org(f) => {
                org_after.insert(f.to_string(), Some(parse_org(p, bytes.clone())));
                folders.insert(f.to_string());
            }
            Place::Activity(f) => {
                folders.insert(f.to_string());
            }
            Place::Other => {}
        }
    }
    for p in files.removes {
        match place(p) {
            Place::Org(f) => {
                org_after.insert(f.to_string(), None);
                folders.insert(f.to_string());
            }
            Place::Activity(f) => {
                folders.insert(f.to_string());
            }
            Place::Other => {}
        }
    }

    // Activities of the touched folders as they are in the commit.
    let mut head_activities: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &folders {
        head_activities.insert(f.clone(), activity_paths(repo, register_tree, f)?);
    }
    // A folder whose organisation.ron is gone but which still holds
    // activities is the loader's "missing organisation.ron" error.
    for f in &folders {
        let org_gone = match org_after.get(f) {
            Some(state) => state.is_none(),
            None => !snap.orgs.contains_key(f) || snap_missing(snap, f),
        };
        if !org_gone {
            continue;
        }
        let still = head_activities
            .get(f)
            .into_iter()
            .flatten()
            .any(|p| !removed.contains(p.as_str()))
            || files
                .writes
                .iter()
                .any(|(p, _)| matches!(place(p), Place::Activity(x) if x == f));
        org_after.insert(f.clone(), still.then(|| Err(missing_org(f))));
    }
    let after_state = |f: &str| -> OrgState<'_> {
        match org_after.get(f) {
            Some(s) => s.as_ref(),
            None => snap.orgs.get(f).map(|x| &x.state),
        }
    };
    let before_state = |f: &str| -> OrgState<'_> { snap.orgs.get(f).map(|x| &x.state) };

    // Organisation ids before and after.
    let orgs_changed = !org_after.is_empty();
    let known_after: HashSet<String> = if orgs_changed {
        let mut ids: HashSet<String> = HashSet::new();
        for (f, fact) in &snap.orgs {
            if !org_after.contains_key(f)
                && let Ok(e) = &fact.state
            {
                ids.insert(e.org.id.clone());
            }
        }
        for e in org_after.values().flatten().flatten() {
            ids.insert(e.org.id.clone());
        }
        ids
    } else {
        snap.known.clone()
    };
    let removed_ids: HashSet<String> = snap.known.difference(&known_after).cloned().collect();

    let mut before: Vec<Finding> = Vec::new();
    let mut after: Vec<Finding> = Vec::new();

    // A register with no organisation left is no register at all (the
    // loader refuses it outright).
    let left = snap
        .orgs
        .keys()
        .filter(|f| !org_after.contains_key(*f))
        .count()
        + org_after.values().filter(|s| s.is_some()).count();
    if !snap.orgs.is_empty() && left == 0 {
        after.push(Finding {
            rule: "LOAD-001",
            severity: Severity::Error,
            path: ".".into(),
            line: 1,
            column: 1,
            field: String::new(),
            message: "no organisation would be left: the register would be empty".into(),
            msg: None,
            kind: crate::register::model::FindingKind::Invalid,
            acknowledged: None,
            anchor: None,
        });
    }

    // Organisation files.
    let mut org_folders: BTreeSet<String> = folders.clone();
    if !removed_ids.is_empty() {
        for (f, fact) in &snap.orgs {
            if let Ok(e) = &fact.state
                && e.org
                    .joint_controllers
                    .iter()
                    .any(|j| removed_ids.contains(&j.organisation))
            {
                org_folders.insert(f.clone());
            }
        }
    }
    for f in &org_folders {
        org_findings(before_state(f), &snap.known, opts, &mut before);
        org_findings(after_state(f), &known_after, opts, &mut after);
    }
    if orgs_changed {
        before.extend(check_organisations(
            snap.orgs.values().filter_map(|x| x.state.as_ref().ok()),
        ));
        let mut names: BTreeSet<&str> = snap.orgs.keys().map(String::as_str).collect();
        names.extend(org_after.keys().map(String::as_str));
        after.extend(check_organisations(
            names
                .into_iter()
                .filter_map(|f| after_state(f).and_then(|r| r.as_ref().ok())),
        ));
    }

    // Activity files.
    let mut act_paths: BTreeSet<String> = BTreeSet::new();
    for p in files
        .writes
        .iter()
        .map(|(p, _)| p)
        .chain(files.removes.iter())
    {
        if matches!(place(p), Place::Activity(_)) {
            act_paths.insert(p.clone());
        }
    }
    for f in org_after.keys() {
        act_paths.extend(head_activities.get(f).into_iter().flatten().cloned());
    }
    act_paths.extend(snap.referring_to(repo, &removed_ids)?);
    for p in &act_paths {
        let Place::Activity(folder) = place(p) else {
            continue;
        };
        let head = head_activity(repo, register_tree, p)?;
        activity_findings(
            folder,
            head.as_ref(),
            before_state(folder),
            &snap.known,
            opts,
            &mut before,
        );
        let now = match written.get(p.as_str()) {
            Some(bytes) => Some(parse_bytes::<Activity>(p, bytes.to_vec()).map(entry)),
            None if removed.contains(p.as_str()) => None,
            None => head,
        };
        activity_findings(
            folder,
            now.as_ref(),
            after_state(folder),
            &known_after,
            opts,
            &mut after,
        );
    }

    // The difference.
    let moved: HashMap<&str, &str> = files
        .moves
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut counts: HashMap<(&str, String, String), usize> = HashMap::new();
    for f in before.iter().filter(|f| counts_as_error(f)) {
        let path = moved.get(f.path.as_str()).copied().unwrap_or(&f.path);
        *counts
            .entry((f.rule, path.to_string(), f.message.clone()))
            .or_default() += 1;
    }
    let mut new: Vec<Finding> = after
        .into_iter()
        .filter(counts_as_error)
        .filter(
            |f| match counts.get_mut(&(f.rule, f.path.clone(), f.message.clone())) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            },
        )
        .collect();
    sort_findings(&mut new);
    Ok(new)
}

/// An unacknowledged error.
fn counts_as_error(f: &Finding) -> bool {
    f.is_active() && f.severity == Severity::Error
}

/// The snapshot's folder `f` is one with activities but no organisation.
fn snap_missing(snap: &Snapshot, f: &str) -> bool {
    snap.orgs
        .get(f)
        .is_some_and(|x| matches!(&x.state, Err(e) if e.message.starts_with("missing:")))
}

fn entry((activity, file): (Activity, crate::register::load::SourceFile)) -> ActivityEntry {
    ActivityEntry { activity, file }
}

/// The findings of an organisation file in one state.
fn org_findings(
    state: OrgState<'_>,
    known: &HashSet<String>,
    opts: &Options,
    out: &mut Vec<Finding>,
) {
    match state {
        Some(Ok(e)) => out.extend(check_organisation(e, known, opts)),
        Some(Err(e)) => out.push(load_finding(e)),
        None => {}
    }
}

/// The findings of an activity file of `folder` in one state: its load
/// error, or its rules; when its organisation does not load, the rules
/// that can be judged without it (as a full validation does).
fn activity_findings(
    folder: &str,
    act: Option<&Result<ActivityEntry, LoadError>>,
    org: OrgState<'_>,
    known: &HashSet<String>,
    opts: &Options,
    out: &mut Vec<Finding>,
) {
    match (act, org) {
        (Some(Err(e)), _) => out.push(load_finding(e)),
        (Some(Ok(a)), Some(Ok(o))) => out.extend(check_activity(o, a, known, opts)),
        (Some(Ok(a)), Some(Err(_))) => out.extend(check_orphan_activity(folder, a, known, opts)),
        _ => {}
    }
}

/// The activity files of folder `f` in the register tree.
fn activity_paths(
    repo: &Repository,
    register_tree: Option<&Tree<'_>>,
    f: &str,
) -> Result<Vec<String>, git2::Error> {
    let Some(tree) = register_tree else {
        return Ok(Vec::new());
    };
    let dir = format!("{f}/{ACTIVITIES_DIR}");
    let entry = match tree.get_path(std::path::Path::new(&dir)) {
        Ok(e) if e.kind() == Some(ObjectType::Tree) => e,
        _ => return Ok(Vec::new()),
    };
    let acts = repo.find_tree(entry.id())?;
    Ok(acts
        .iter()
        .filter_map(|e| {
            let name = e.name().ok()?;
            (!name.starts_with('.') && name.ends_with(".ron")).then(|| format!("{dir}/{name}"))
        })
        .collect())
}

/// The activity at register path `p` in the tree, as the loader reads it.
fn head_activity(
    repo: &Repository,
    register_tree: Option<&Tree<'_>>,
    p: &str,
) -> Result<Option<Result<ActivityEntry, LoadError>>, git2::Error> {
    let Some(tree) = register_tree else {
        return Ok(None);
    };
    let Ok(e) = tree.get_path(std::path::Path::new(p)) else {
        return Ok(None);
    };
    if e.filemode() == SYMLINK_MODE || e.kind() != Some(ObjectType::Blob) {
        return Ok(Some(Err(not_regular(p))));
    }
    let bytes = repo.find_blob(e.id())?.content().to_vec();
    Ok(Some(parse_bytes::<Activity>(p, bytes).map(entry)))
}
