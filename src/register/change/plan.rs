//! Turning an [`Intent`] into the exact files it writes and removes and the
//! commit message that describes it, built on the versions of the records
//! the user saw (or, when uncommitted changes are set aside, on the
//! versions in HEAD).

use std::collections::{BTreeSet, HashSet};

use git2::{Oid, Tree};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::repo::Repo;
use super::{Baseline, Intent, Refusal};
use crate::register::date::Date;
use crate::register::diff::{self, Change};
use crate::register::format::{is_organisation_file, to_canonical};
use crate::register::load::{ACTIVITIES_DIR, ORGANISATION_FILE, OrgEntry, Register, parse_record};
use crate::register::model::{Activity, Organisation, Recipient, RecipientKind, Status};
use crate::register::validate::checks::is_slug;
use crate::register::visible::{printable, printable_lines};

/// The files of a change and its message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proposal {
    /// Register paths and their new bytes.
    pub writes: Vec<(String, Vec<u8>)>,
    /// Register paths removed.
    pub removes: Vec<String>,
    /// Records moved (old path, new path).
    pub moves: Vec<(String, String)>,
    /// The commit message.
    pub message: String,
    /// Baselines the plan itself knows (an undo expects the files as the
    /// undone commit left them).
    pub baselines: Vec<Baseline>,
}

impl Proposal {
    /// Every path the change writes or removes.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.writes
            .iter()
            .map(|(p, _)| p.as_str())
            .chain(self.removes.iter().map(String::as_str))
    }
}

/// Where a plan reads the files it builds on.
pub(crate) struct Source<'a> {
    pub reg: &'a Register,
    pub repo: &'a Repo,
    pub head: Option<&'a Tree<'a>>,
    /// Paths read from HEAD instead (their uncommitted changes are set
    /// aside).
    pub from_head: &'a HashSet<String>,
    /// What the files looked like when the edit began: the version an
    /// edit is built on, when the caller has one (the register it loaded
    /// may be older, e.g. after a merge with a newer version).
    pub baselines: &'a [Baseline],
    /// The user chose to overwrite a concurrent change.
    pub force: bool,
}

impl Source<'_> {
    /// The bytes of the file at register path `rel` to build on; `None`
    /// when there is no such file.
    pub fn bytes(&self, rel: &str) -> Result<Option<Vec<u8>>, Refusal> {
        if self.from_head.contains(rel) {
            return match self.repo.blob_in(self.head, rel) {
                Some((id, _)) => Ok(Some(self.repo.blob_bytes(id)?)),
                None => Ok(None),
            };
        }
        if let Some(b) = self.baselines.iter().find(|b| b.path == rel) {
            return Ok(b.base.clone());
        }
        if let Some(text) = loaded_text(self.reg, rel) {
            return Ok(Some(text.as_bytes().to_vec()));
        }
        self.repo.read(rel)
    }

    /// The record at `rel` as HEAD holds it; `None` when HEAD has no such
    /// file or it does not parse. Commit messages describe the change from
    /// it, whatever version the edit was built on: a reviewer compares a
    /// commit with its parent.
    fn head_record<T: DeserializeOwned>(&self, rel: &str) -> Option<T> {
        let (id, _) = self.repo.blob_in(self.head, rel)?;
        let bytes = self.repo.blob_bytes(id).ok()?;
        parse_record(std::str::from_utf8(&bytes).ok()?).ok()
    }

    /// A file the change touches only in passing (the organisation a new
    /// recipient is added to): as the edit began, or, when the user chose
    /// to overwrite a concurrent change, as it is now, so the concurrent
    /// change to it is kept rather than overwritten too.
    fn context_record<T: DeserializeOwned>(&self, rel: &str) -> Result<Option<T>, Refusal> {
        if !self.force {
            return self.record(rel);
        }
        Ok(self
            .repo
            .read(rel)?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| parse_record::<T>(&t).ok()))
    }

    /// The record at `rel`, parsed; `None` when the file is absent or does
    /// not parse.
    fn record<T: DeserializeOwned>(&self, rel: &str) -> Result<Option<T>, Refusal> {
        Ok(self
            .bytes(rel)?
            .and_then(|b| String::from_utf8(b).ok())
            .and_then(|t| parse_record::<T>(&t).ok()))
    }
}

/// The text of a loaded file.
pub(crate) fn loaded_text<'r>(reg: &'r Register, rel: &str) -> Option<&'r str> {
    reg.organisations.iter().find_map(|o| {
        if o.file.path == rel {
            return Some(o.file.text.as_str());
        }
        o.activities
            .iter()
            .find(|a| a.file.path == rel)
            .map(|a| a.file.text.as_str())
    })
}

/// Plans `intent` on the files `src` gives.
///
/// The message holds no control character and no bidirectional or
/// invisible formatting character (they are shown by name, see
/// [`visible`](crate::register::visible)): `git log` prints messages raw,
/// so a record's name must not be able to retitle or rewrite the terminal
/// of whoever reads the history later.
pub(crate) fn plan(src: &Source<'_>, intent: &Intent) -> Result<Option<Proposal>, Refusal> {
    let mut proposal = plan_raw(src, intent)?;
    if let Some(p) = proposal.as_mut() {
        p.message = printable_lines(&p.message);
    }
    Ok(proposal)
}

/// "Organisation / Activity" for a message's first line, on one line
/// whatever the names hold (a line break is shown as `\n`).
fn subject(org_name: &str, activity_name: Option<&str>) -> String {
    diff::subject(
        &printable(org_name),
        activity_name.map(printable).as_deref(),
    )
}

fn plan_raw(src: &Source<'_>, intent: &Intent) -> Result<Option<Proposal>, Refusal> {
    match intent {
        Intent::SaveActivity {
            org,
            activity,
            original,
            record,
            new_recipients,
        } => {
            let existing = match (activity, original) {
                (Some(file), Some(original)) => Some((file.as_str(), &**original)),
                (None, None) => None,
                _ => {
                    return Err(Refusal::Model(
                        "an existing activity needs its file and its record as opened".into(),
                    ));
                }
            };
            save_activity(src, org, existing, record, new_recipients)
        }
        Intent::SaveOrganisation {
            org,
            original,
            record,
        } => {
            let existing = match (org, original) {
                (Some(folder), Some(original)) => Some((folder.as_str(), &**original)),
                (None, None) => None,
                _ => {
                    return Err(Refusal::Model(
                        "an existing organisation needs its folder and its record as opened".into(),
                    ));
                }
            };
            save_organisation(src, existing, record)
        }
        Intent::Retire { org, activity } => retire(src, org, activity),
        Intent::Review { org, activity, on } => review(src, org, activity, *on),
        Intent::Delete { org, activity } => delete(src, org, activity),
        Intent::Revert { commit } => revert(src, *commit),
        Intent::ReplaceFile {
            path,
            before,
            after,
        } => replace_file(src, path, before, after),
        Intent::Files {
            writes,
            removes,
            message,
        } => Ok(Some(Proposal {
            writes: writes.clone(),
            removes: removes.clone(),
            moves: Vec::new(),
            message: message.clone(),
            baselines: Vec::new(),
        })),
    }
}

/// The organisation whose folder is `folder` (its id; the id in the file
/// may differ while the register has that error).
fn org_by_id<'r>(reg: &'r Register, folder: &str) -> Result<&'r OrgEntry, Refusal> {
    reg.organisations
        .iter()
        .find(|o| folder_of(o) == folder)
        .ok_or_else(|| Refusal::NotFound(format!("organisation `{folder}`")))
}

/// The folder of an organisation's files.
fn folder_of(o: &OrgEntry) -> &str {
    o.file.path.split('/').next().unwrap_or(&o.org.id)
}

fn activity_path(folder: &str, id: &str) -> String {
    format!("{folder}/{ACTIVITIES_DIR}/{id}.ron")
}

fn canonical<T: Serialize>(v: &T) -> Result<Vec<u8>, Refusal> {
    to_canonical(v)
        .map(String::into_bytes)
        .map_err(|e| Refusal::Model(e.to_string()))
}

fn slug_checked(what: &str, id: &str) -> Result<(), Refusal> {
    if is_slug(id) {
        Ok(())
    } else {
        Err(Refusal::BadId {
            what: what.to_string(),
            id: id.to_string(),
        })
    }
}

/// `onto` with the top-level fields the user changed (from `original` to
/// `edited`) taken from `edited`: the edit re-applied onto another version
/// of the record. When `onto` is `original`, the result is `edited`.
pub fn reapply<T: Serialize + DeserializeOwned>(
    original: &T,
    edited: &T,
    onto: &T,
) -> Result<T, Refusal> {
    let json = |v: &T| serde_json::to_value(v).map_err(|e| Refusal::Model(e.to_string()));
    let out = reapply_value(&json(original)?, &json(edited)?, json(onto)?);
    serde_json::from_value(out).map_err(|e| Refusal::Model(e.to_string()))
}

/// [`reapply`] on serde's JSON form of records (also of a record that is
/// not valid yet, as a form holds it).
pub fn reapply_value(original: &Value, edited: &Value, onto: Value) -> Value {
    merge_value(original, edited, onto).0
}

/// A three-way merge of the edit (from `original` to `edited`) onto
/// `onto`, another version of the same record, field by field and into
/// objects and lists of the same length: what only one side changed is
/// taken from that side, so a colleague's change to another item of a
/// list the user edited stays. Where both changed the same value
/// differently the user's edit is kept, and its path (`name`,
/// `purposes[1].text`) is listed with the other version's value, so the
/// interface can say whose change the save would replace.
pub fn merge_value(original: &Value, edited: &Value, onto: Value) -> (Value, Vec<(String, Value)>) {
    let mut conflicts = Vec::new();
    let merged = merge3(
        Some(original),
        Some(edited),
        Some(&onto),
        &mut String::new(),
        &mut conflicts,
    );
    (merged.unwrap_or(onto), conflicts)
}

/// One value of a three-way merge: `None` where the merged record has no
/// such field.
fn merge3(
    orig: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &mut String,
    conflicts: &mut Vec<(String, Value)>,
) -> Option<Value> {
    if mine == orig || mine == theirs {
        return theirs.cloned();
    }
    if theirs == orig {
        return mine.cloned();
    }
    match (orig, mine, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(m)), Some(Value::Object(t))) => {
            let keys: BTreeSet<&String> = o.keys().chain(m.keys()).chain(t.keys()).collect();
            let mut out = serde_json::Map::new();
            for k in keys {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                if let Some(v) = merge3(o.get(k), m.get(k), t.get(k), path, conflicts) {
                    out.insert(k.clone(), v);
                }
                path.truncate(len);
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(o)), Some(Value::Array(m)), Some(Value::Array(t)))
            if o.len() == m.len() && m.len() == t.len() =>
        {
            let mut out = Vec::with_capacity(m.len());
            for i in 0..m.len() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                if let Some(v) = merge3(o.get(i), m.get(i), t.get(i), path, conflicts) {
                    out.push(v);
                }
                path.truncate(len);
            }
            Some(Value::Array(out))
        }
        _ => {
            conflicts.push((path.clone(), theirs.cloned().unwrap_or(Value::Null)));
            mine.cloned()
        }
    }
}

/// The recipient ids an activity uses.
fn used_recipients(a: &Activity) -> BTreeSet<&str> {
    a.recipients
        .iter()
        .map(|r| r.recipient.as_str())
        .chain(
            a.transfers
                .iter()
                .flat_map(|t| t.recipients.iter().map(String::as_str)),
        )
        .collect()
}

/// A recipient created on the spot: its id, the id as its name, for the
/// user to complete on the organisation.
pub fn new_recipient(id: &str) -> Recipient {
    Recipient {
        id: id.to_string(),
        name: id.to_string(),
        kind: RecipientKind::Other,
        country: None,
        org_number: None,
        address: None,
        description: None,
        dpa_ref: None,
        sub_processors: Default::default(),
        dpf_certified: false,
        dpf_verified_on: None,
    }
}

fn save_activity(
    src: &Source<'_>,
    org_id: &str,
    existing: Option<(&str, &Activity)>,
    record: &Activity,
    new_recipients: &[String],
) -> Result<Option<Proposal>, Refusal> {
    let o = org_by_id(src.reg, org_id)?;
    let folder = folder_of(o);
    // The id names the file of a new or renamed activity.
    let path = activity_path(folder, &record.id);
    // Taken: loaded, on disk (also a file that does not parse), or in HEAD
    // (a committed record whose file was deleted by hand, not committed).
    let exists = |id: &str| -> Result<bool, Refusal> {
        let p = activity_path(folder, id);
        Ok(o.activities.iter().any(|a| a.activity.id == id)
            || src.repo.read(&p)?.is_some()
            || src.repo.blob_in(src.head, &p).is_some())
    };
    let mut p = Proposal::default();
    let (result, subject, mut changes_text) = match existing {
        None => {
            slug_checked("activity", &record.id)?;
            if exists(&record.id)? {
                return Err(Refusal::Exists(format!(
                    "an activity with id \"{}\" exists already in {}",
                    record.id, o.org.name
                )));
            }
            let subject = subject(&o.org.name, Some(&record.name));
            p.writes.push((path.clone(), canonical(record)?));
            (
                record.clone(),
                subject.clone(),
                format!("{subject}: new activity\n\nAdded {path}."),
            )
        }
        Some((file, original)) => {
            let old_path = activity_path(folder, file);
            let onto: Activity = src
                .record(&old_path)?
                .ok_or_else(|| Refusal::NotFound(format!("activity file {old_path}")))?;
            let result = reapply(original, record, &onto)?;
            let changes = diff::diff_records(&onto, &result);
            // A changed id renames the file; an id the user left as it was
            // stays where it is, even if it differs from the file's name.
            let renamed = result.id != onto.id && result.id != file;
            if changes.is_empty() {
                return Ok(None);
            }
            if renamed {
                slug_checked("activity", &result.id)?;
                if exists(&result.id)? {
                    return Err(Refusal::Exists(format!(
                        "an activity with id \"{}\" exists already in {}",
                        result.id, o.org.name
                    )));
                }
                p.removes.push(old_path.clone());
                p.moves.push((old_path.clone(), path.clone()));
            }
            let subject = subject(&o.org.name, Some(&result.name));
            let path = if renamed {
                path.clone()
            } else {
                old_path.clone()
            };
            p.writes.push((path, canonical(&result)?));
            let since = src.head_record::<Activity>(&old_path).unwrap_or(onto);
            let message = diff::commit_message(&subject, &diff::diff_records(&since, &result));
            (result, subject, message)
        }
    };
    let _ = subject;
    // Recipients typed in a picker that the organisation does not define
    // yet are added to it in the same commit.
    let org_path = o.file.path.clone();
    let mut org_now: Organisation = src
        .context_record(&org_path)?
        .ok_or_else(|| Refusal::NotFound(format!("organisation file {org_path}")))?;
    let used = used_recipients(&result);
    let mut created = Vec::new();
    for id in new_recipients {
        if used.contains(id.as_str())
            && !org_now.recipients.iter().any(|r| &r.id == id)
            && !created.contains(id)
        {
            slug_checked("recipient", id)?;
            org_now.recipients.push(new_recipient(id));
            created.push(id.clone());
        }
    }
    if !created.is_empty() {
        p.writes.push((org_path, canonical(&org_now)?));
        changes_text.push_str(&format!(
            "\n\n{}: new recipient(s) {} (complete them on the organisation)",
            printable(&o.org.name),
            created
                .iter()
                .map(|i| format!("\"{i}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    p.message = changes_text;
    Ok(Some(p))
}

fn save_organisation(
    src: &Source<'_>,
    existing: Option<(&str, &Organisation)>,
    record: &Organisation,
) -> Result<Option<Proposal>, Refusal> {
    let folder_taken = |id: &str| -> Result<bool, Refusal> {
        Ok(src.reg.organisations.iter().any(|o| o.org.id == id)
            || src.repo.disk_path(id).exists()
            || src
                .repo
                .blob_in(src.head, &format!("{id}/{ORGANISATION_FILE}"))
                .is_some())
    };
    let Some((folder_id, original)) = existing else {
        slug_checked("organisation", &record.id)?;
        if folder_taken(&record.id)? {
            return Err(Refusal::Exists(format!(
                "an organisation with id \"{}\" (or a folder of that name) exists already",
                record.id
            )));
        }
        let path = format!("{}/{ORGANISATION_FILE}", record.id);
        return Ok(Some(Proposal {
            writes: vec![(path.clone(), canonical(record)?)],
            message: format!(
                "{}: new organisation\n\nAdded {path}.",
                printable(&record.name)
            ),
            ..Proposal::default()
        }));
    };
    let o = org_by_id(src.reg, folder_id)?;
    let folder = folder_of(o).to_string();
    let onto: Organisation = src
        .record(&o.file.path)?
        .ok_or_else(|| Refusal::NotFound(format!("organisation file {}", o.file.path)))?;
    let result = reapply(original, record, &onto)?;
    if diff::diff_records(&onto, &result).is_empty() {
        return Ok(None);
    }
    let since = src
        .head_record::<Organisation>(&o.file.path)
        .unwrap_or_else(|| onto.clone());
    let mut p = Proposal {
        message: diff::commit_message(
            &subject(&result.name, None),
            &diff::diff_records(&since, &result),
        ),
        ..Proposal::default()
    };
    // A changed id moves the folder; an id the user left as it was stays,
    // even if it differs from the folder's name.
    if result.id == onto.id || result.id == folder {
        p.writes.push((o.file.path.clone(), canonical(&result)?));
        return Ok(Some(p));
    }
    // A new id: the folder moves (every tracked file in it) and references
    // to the old id elsewhere are updated, in the same commit.
    slug_checked("organisation", &result.id)?;
    if folder_taken(&result.id)? {
        return Err(Refusal::Exists(format!(
            "an organisation with id \"{}\" (or a folder of that name) exists already",
            result.id
        )));
    }
    let old_id = onto.id.clone();
    let move_path = |p: &str| match p.split_once('/') {
        Some((_, rest)) => format!("{}/{rest}", result.id),
        None => p.to_string(),
    };
    // Files in the folder that git does not track (or only has staged)
    // would be left behind or committed without the user knowing: refused.
    let tracked = tracked_files(src, &folder)?;
    let untracked: Vec<String> = files_on_disk(src, &folder)
        .into_iter()
        .filter(|f| !tracked.contains(f))
        .collect();
    if !untracked.is_empty() {
        return Err(Refusal::Untracked {
            folder: folder.clone(),
            files: untracked,
        });
    }
    for rel in tracked {
        if rel == o.file.path {
            continue;
        }
        let Some(bytes) = src.bytes(&rel)? else {
            continue;
        };
        let bytes = match (place_is_activity(&rel), String::from_utf8(bytes.clone())) {
            (true, Ok(text)) => match parse_record::<Activity>(&text) {
                Ok(a) => with_org_renamed(&a, &old_id, &result.id)?
                    .map(String::into_bytes)
                    .unwrap_or(bytes),
                Err(_) => bytes,
            },
            _ => bytes,
        };
        let to = move_path(&rel);
        p.writes.push((to.clone(), bytes));
        p.removes.push(rel.clone());
        p.moves.push((rel, to));
    }
    let new_org_path = move_path(&o.file.path);
    p.writes.push((new_org_path.clone(), canonical(&result)?));
    p.removes.push(o.file.path.clone());
    p.moves.push((o.file.path.clone(), new_org_path));
    let mut updated = Vec::new();
    for other in src.reg.organisations.iter().filter(|x| x.org.id != old_id) {
        if let Some(rec) = src.record::<Organisation>(&other.file.path)?
            && let Some(t) = with_org_renamed(&rec, &old_id, &result.id)?
        {
            p.writes.push((other.file.path.clone(), t.into_bytes()));
            updated.push(other.file.path.clone());
        }
        for a in &other.activities {
            if let Some(rec) = src.record::<Activity>(&a.file.path)?
                && let Some(t) = with_org_renamed(&rec, &old_id, &result.id)?
            {
                p.writes.push((a.file.path.clone(), t.into_bytes()));
                updated.push(a.file.path.clone());
            }
        }
    }
    p.message.push_str(&format!(
        "\n\nRenamed the folder {folder} to {}.",
        result.id
    ));
    if !updated.is_empty() {
        p.message.push_str(&format!(
            "\nReferences to \"{old_id}\" updated in: {}.",
            updated.join(", ")
        ));
    }
    Ok(Some(p))
}

fn place_is_activity(rel: &str) -> bool {
    rel.split('/').nth(1) == Some(ACTIVITIES_DIR) && rel.ends_with(".ron")
}

/// The files under `folder` on disk, as register paths (hidden files and
/// ropa's temporary files included: nothing is left behind unseen).
fn files_on_disk(src: &Source<'_>, folder: &str) -> Vec<String> {
    fn walk(dir: &std::path::Path, rel: &str, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let r = format!("{rel}/{name}");
            match e.file_type() {
                Ok(t) if t.is_dir() => walk(&e.path(), &r, out),
                Ok(_) => out.push(r),
                Err(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&src.repo.disk_path(folder), folder, &mut out);
    out.sort();
    out
}

/// The files of `folder` in HEAD (what git tracks), as register paths.
fn tracked_files(src: &Source<'_>, folder: &str) -> Result<Vec<String>, Refusal> {
    let mut out = Vec::new();
    let Some(tree) = src.head else {
        return Ok(out);
    };
    let Ok(entry) = tree.get_path(std::path::Path::new(&src.repo.repo_path(folder))) else {
        return Ok(out);
    };
    let Some(sub) = entry.to_object(&src.repo.repo)?.into_tree().ok() else {
        return Ok(out);
    };
    sub.walk(git2::TreeWalkMode::PreOrder, |dir, e| {
        if e.kind() == Some(git2::ObjectType::Blob)
            && let Ok(name) = e.name()
        {
            out.push(format!("{folder}/{dir}{name}"));
        }
        git2::TreeWalkResult::Ok
    })?;
    Ok(out)
}

/// `record` with every `organisation: old` reference set to `new`, as
/// canonical text; `None` when it has no such reference.
fn with_org_renamed<T>(record: &T, old: &str, new: &str) -> Result<Option<String>, Refusal>
where
    T: Serialize + DeserializeOwned,
{
    fn walk(v: &mut Value, old: &str, new: &str) -> bool {
        match v {
            Value::Object(m) => {
                let mut changed = false;
                for (k, x) in m.iter_mut() {
                    if k == "organisation" && x.as_str() == Some(old) {
                        *x = Value::String(new.to_string());
                        changed = true;
                    } else {
                        changed |= walk(x, old, new);
                    }
                }
                changed
            }
            Value::Array(a) => a.iter_mut().fold(false, |c, x| walk(x, old, new) | c),
            _ => false,
        }
    }
    let model = |e: serde_json::Error| Refusal::Model(e.to_string());
    let mut v = serde_json::to_value(record).map_err(model)?;
    if !walk(&mut v, old, new) {
        return Ok(None);
    }
    let renamed: T = serde_json::from_value(v).map_err(model)?;
    to_canonical(&renamed)
        .map(Some)
        .map_err(|e| Refusal::Model(e.to_string()))
}

/// The activity `id` of organisation `org`: its path and the record to
/// build on.
fn activity_of(
    src: &Source<'_>,
    org: &str,
    id: &str,
) -> Result<(String, String, Activity), Refusal> {
    let o = org_by_id(src.reg, org)?;
    let path = activity_path(folder_of(o), id);
    let a: Activity = src
        .record(&path)?
        .ok_or_else(|| Refusal::NotFound(format!("activity `{id}` of {}", o.org.name)))?;
    Ok((o.org.name.clone(), path, a))
}

fn retire(src: &Source<'_>, org: &str, id: &str) -> Result<Option<Proposal>, Refusal> {
    let (org_name, path, old) = activity_of(src, org, id)?;
    if old.status == Status::Retired {
        return Ok(None);
    }
    let mut new = old.clone();
    new.status = Status::Retired;
    let since = src.head_record::<Activity>(&path).unwrap_or(old);
    let changes = diff::diff_records(&since, &new);
    Ok(Some(Proposal {
        writes: vec![(path, canonical(&new)?)],
        message: diff::commit_message(&subject(&org_name, Some(&new.name)), &changes),
        ..Proposal::default()
    }))
}

/// `last_reviewed` set to `on`, nothing else, in the file's own layout
/// (see [`super::reviewed`]): no commit when it already says that day.
fn review(src: &Source<'_>, org: &str, id: &str, on: Date) -> Result<Option<Proposal>, Refusal> {
    let (org_name, path, old) = activity_of(src, org, id)?;
    let day = on.to_string();
    if old.last_reviewed.as_deref() == Some(day.as_str()) {
        return Ok(None);
    }
    let mut new = old.clone();
    new.last_reviewed = Some(day);
    let since = src.head_record::<Activity>(&path).unwrap_or(old);
    let changes = diff::diff_records(&since, &new);
    // One line changed, the rest of the file (comments too) as it was;
    // the canonical text where the file's layout does not allow that.
    let canon = canonical(&new)?;
    let bytes = src
        .bytes(&path)?
        .and_then(|b| String::from_utf8(b).ok())
        .and_then(|text| {
            let c = std::str::from_utf8(&canon).ok()?;
            super::reviewed::with_review_line(&text, c, &new)
        })
        .map(String::into_bytes)
        .unwrap_or(canon);
    Ok(Some(Proposal {
        writes: vec![(path, bytes)],
        message: diff::commit_message(&subject(&org_name, Some(&new.name)), &changes),
        ..Proposal::default()
    }))
}

fn delete(src: &Source<'_>, org: &str, id: &str) -> Result<Option<Proposal>, Refusal> {
    let (org_name, path, old) = activity_of(src, org, id)?;
    let subject = subject(&org_name, Some(&old.name));
    Ok(Some(Proposal {
        removes: vec![path.clone()],
        message: format!("{subject}: deleted\n\nRemoved {path}; the record stays in the history."),
        ..Proposal::default()
    }))
}

fn revert(src: &Source<'_>, commit: Oid) -> Result<Option<Proposal>, Refusal> {
    let repo = &src.repo;
    let target = repo.repo.find_commit(commit)?;
    let new_tree = target.tree()?;
    let old_tree = match target.parent_count() {
        0 => None,
        _ => Some(target.parent(0)?.tree()?),
    };
    let short: String = commit.to_string().chars().take(7).collect();
    let mut p = Proposal::default();
    for path in repo.diff_paths(old_tree.as_ref(), &new_tree)? {
        let Some(rel) = repo.register_path(&path) else {
            return Err(Refusal::BadPath(path));
        };
        let blob = |tree: Option<&Tree<'_>>| repo.blob_in(tree, rel).map(|(id, _)| id);
        let (before, after, now) = (
            blob(old_tree.as_ref()),
            blob(Some(&new_tree)),
            blob(src.head),
        );
        let bytes = |id: Option<Oid>| id.map(|id| repo.blob_bytes(id)).transpose();
        if now == after {
            // As the commit left it: its files are put back.
            let after_bytes = bytes(after)?;
            p.baselines.push(Baseline {
                path: rel.to_string(),
                disk: after_bytes.clone(),
                base: after_bytes,
                head: Some(after),
            });
            match bytes(before)? {
                Some(b) => p.writes.push((rel.to_string(), b)),
                None => p.removes.push(rel.to_string()),
            }
            continue;
        }
        // Changed again since (a colleague's commit): the fields the commit
        // changed are put back, the later changes kept; a field changed
        // again is not undone behind its author's back.
        let conflict = |fields: Vec<String>| Refusal::UndoConflict {
            commit: short.clone(),
            path: rel.to_string(),
            fields,
        };
        let (Some(b), Some(a), Some(n)) = (bytes(before)?, bytes(after)?, bytes(now)?) else {
            return Err(conflict(Vec::new()));
        };
        let undone = if is_organisation_file(rel) {
            undo_fields::<Organisation>(&b, &a, &n).map(|r| canonical(&r))
        } else {
            undo_fields::<Activity>(&b, &a, &n).map(|r| canonical(&r))
        };
        let undone = undone.map_err(conflict)??;
        p.baselines.push(Baseline {
            path: rel.to_string(),
            disk: Some(n.clone()),
            base: Some(n),
            head: Some(now),
        });
        p.writes.push((rel.to_string(), undone));
    }
    if p.writes.is_empty() && p.removes.is_empty() {
        return Ok(None);
    }
    let summary = String::from_utf8_lossy(target.summary_bytes().unwrap_or_default()).into_owned();
    p.message = format!("Revert \"{summary}\"\n\nThis reverts commit {commit}.\n");
    Ok(Some(p))
}

/// The record `now` with the top-level fields a commit changed (from
/// `before` to `after`) set back; the fields that hold another value than
/// the commit gave them since are returned instead (nothing to undo safely),
/// as are all fields when a version does not parse.
fn undo_fields<T: Serialize + DeserializeOwned>(
    before: &[u8],
    after: &[u8],
    now: &[u8],
) -> Result<T, Vec<String>> {
    let parse = |b: &[u8]| {
        std::str::from_utf8(b)
            .ok()
            .and_then(|t| parse_record::<T>(t).ok())
            .and_then(|r| serde_json::to_value(r).ok())
    };
    let (Some(Value::Object(b)), Some(Value::Object(a)), Some(Value::Object(mut n))) =
        (parse(before), parse(after), parse(now))
    else {
        return Err(Vec::new());
    };
    let keys: BTreeSet<String> = b.keys().chain(a.keys()).cloned().collect();
    let mut again = Vec::new();
    for k in keys {
        if b.get(&k) == a.get(&k) {
            continue;
        }
        if n.get(&k) != a.get(&k) {
            again.push(k);
            continue;
        }
        match b.get(&k) {
            Some(v) => {
                n.insert(k, v.clone());
            }
            None => {
                n.remove(&k);
            }
        }
    }
    if !again.is_empty() {
        return Err(again);
    }
    serde_json::from_value(Value::Object(n)).map_err(|_| Vec::new())
}

fn replace_file(
    src: &Source<'_>,
    path: &str,
    before: &[u8],
    after: &[u8],
) -> Result<Option<Proposal>, Refusal> {
    let text = String::from_utf8(after.to_vec()).map_err(|e| {
        let valid = String::from_utf8_lossy(&after[..e.utf8_error().valid_up_to()]).into_owned();
        Refusal::NotParsing {
            path: path.to_string(),
            line: valid.matches('\n').count() + 1,
            col: valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
            message: "not valid UTF-8".into(),
        }
    })?;
    let before_text = String::from_utf8_lossy(before).into_owned();
    let from_head = src.from_head.contains(path);
    let not_parsing =
        |(pos, message): (crate::register::locate::Pos, String)| Refusal::NotParsing {
            path: path.to_string(),
            line: pos.line,
            col: pos.col,
            message,
        };
    let folder = path.split('/').next().unwrap_or_default();
    let org_name = src
        .reg
        .organisations
        .iter()
        .find(|o| folder_of(o) == folder)
        .map(|o| o.org.name.clone());
    let (bytes, message) = if is_organisation_file(path) {
        let new: Organisation = parse_record(&text).map_err(not_parsing)?;
        let old = parse_record::<Organisation>(&before_text).ok();
        let new = rebase(src, path, old.as_ref(), new, from_head)?;
        let since = src.head_record::<Organisation>(path).or(old);
        let changes = since.as_ref().map(|o| diff::diff_records(o, &new));
        (
            canonical(&new)?,
            message_for(&subject(&new.name, None), changes),
        )
    } else {
        let new: Activity = parse_record(&text).map_err(not_parsing)?;
        let old = parse_record::<Activity>(&before_text).ok();
        let new = rebase(src, path, old.as_ref(), new, from_head)?;
        let since = src.head_record::<Activity>(path).or(old);
        let changes = since.as_ref().map(|o| diff::diff_records(o, &new));
        let org_name = org_name.unwrap_or_else(|| folder.to_string());
        (
            canonical(&new)?,
            message_for(&subject(&org_name, Some(&new.name)), changes),
        )
    };
    Ok(Some(Proposal {
        writes: vec![(path.to_string(), bytes)],
        message,
        ..Proposal::default()
    }))
}

/// The record from the editor; when its file's uncommitted changes are set
/// aside, the editor's changes re-applied onto HEAD's version.
fn rebase<T: Serialize + DeserializeOwned + Clone>(
    src: &Source<'_>,
    path: &str,
    before: Option<&T>,
    edited: T,
    from_head: bool,
) -> Result<T, Refusal> {
    if !from_head {
        return Ok(edited);
    }
    match (before, src.record::<T>(path)?) {
        (Some(before), Some(head)) => reapply(before, &edited, &head),
        // The editor began on a file that does not parse (an earlier edit
        // kept uncommitted): this edit cannot be told apart from it, so it
        // cannot be set aside alone.
        _ => Err(Refusal::CannotSetAside(path.to_string())),
    }
}

fn message_for(subject: &str, changes: Option<Vec<Change>>) -> String {
    match changes {
        Some(c) if !c.is_empty() => diff::commit_message(subject, &c),
        Some(_) => format!("{subject}: layout\n\nRewritten in the canonical layout."),
        None => format!("{subject}: edited in an editor"),
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_colleagues_change_to_another_item_of_the_list_stays() {
        let original = json!({"name": "Løn", "purposes": [{"text": "a"}, {"text": "b"}]});
        let mine = json!({"name": "Løn", "purposes": [{"text": "a MIN"}, {"text": "b"}]});
        let theirs = json!({"name": "Løn", "purposes": [{"text": "a"}, {"text": "KOLLEGA b"}]});
        let (merged, both) = merge_value(&original, &mine, theirs);
        assert_eq!(
            merged,
            json!({"name": "Løn", "purposes": [{"text": "a MIN"}, {"text": "KOLLEGA b"}]})
        );
        assert!(both.is_empty(), "{both:?}");
    }

    #[test]
    fn a_value_both_changed_keeps_mine_and_is_named_with_theirs() {
        let original = json!({"name": "Løn", "owner": null, "notes": "x"});
        let mine = json!({"name": "Løn MIN", "owner": null, "notes": "x"});
        let theirs = json!({"name": "KOLLEGANAVN", "owner": "HR", "notes": "x"});
        let (merged, both) = merge_value(&original, &mine, theirs);
        assert_eq!(
            merged,
            json!({"name": "Løn MIN", "owner": "HR", "notes": "x"})
        );
        assert_eq!(both, vec![("name".to_string(), json!("KOLLEGANAVN"))]);
    }

    #[test]
    fn lists_of_another_length_on_both_sides_are_one_conflict() {
        let original = json!({"refs": ["a"]});
        let mine = json!({"refs": ["a", "mine"]});
        let theirs = json!({"refs": ["theirs"]});
        let (merged, both) = merge_value(&original, &mine, theirs);
        assert_eq!(merged, json!({"refs": ["a", "mine"]}));
        assert_eq!(both, vec![("refs".to_string(), json!(["theirs"]))]);
        // One side only: taken whole.
        let (merged, both) = merge_value(&original, &mine, original.clone());
        assert_eq!(merged, mine);
        assert!(both.is_empty());
        let (merged, _) = merge_value(&original, &original, json!({"refs": ["a", "b", "c"]}));
        assert_eq!(merged, json!({"refs": ["a", "b", "c"]}));
    }

    #[test]
    fn a_field_removed_by_one_side_is_removed() {
        let original = json!({"a": 1, "b": 2});
        let mine = json!({"a": 1, "b": 3});
        let theirs = json!({"b": 2});
        let (merged, both) = merge_value(&original, &mine, theirs);
        assert_eq!(merged, json!({"b": 3}));
        assert!(both.is_empty());
    }
}
