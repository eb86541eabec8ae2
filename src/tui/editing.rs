//! Editing from the interface: opening a record's form, validating it as
//! it is typed, and saving it as one git commit. The form itself is in
//! [`super::form`]; this is where it meets the register and git.

use serde_json::Value;

use super::app::{App, Screen};
use super::form::{Dialog, Form, Outcome, RecordKind, Refs};
use crate::register::diff;
use crate::register::format::to_canonical;
use crate::register::load::{ActivityEntry, Loaded, OrgEntry, Register, SourceFile};
use crate::register::model::{Activity, Organisation, Status};
use crate::register::save::{self, Baseline, Edit, SaveError};
use crate::register::validate::{Options, validate};

/// What an open form edits, in the loaded register, by id (a reload while
/// the form is open does not change what it edits).
#[derive(Debug, Clone)]
pub struct Target {
    /// Organisation id; `None` for a new organisation.
    pub org: Option<String>,
    /// Activity id; `None` for the organisation itself or a new activity.
    pub act: Option<String>,
    /// The files as they were when the form opened.
    pub baselines: Vec<Baseline>,
}

impl App {
    /// `e`: opens the form of the selected activity, or of the selected
    /// organisation on the organisations screen.
    pub fn edit_selected(&mut self) {
        match self.screen() {
            Screen::Organisations => {
                let org = self
                    .org_rows()
                    .get(self.selection())
                    .map(|r| r.id().to_string());
                if let Some(org) = org {
                    self.open_org_form(&org);
                }
            }
            Screen::Activities { .. } | Screen::Detail { .. } => {
                if let Some((org, act)) = self.selected_activity() {
                    self.open_activity_form(&org, &act);
                }
            }
            _ => {}
        }
    }

    /// True when edits can be saved (the register is in a git work tree).
    fn writable(&mut self) -> bool {
        if self.head.is_none() {
            self.notice = Some(
                "read-only: this register is not in a git work tree (`ropa init` makes one)".into(),
            );
            return false;
        }
        true
    }

    fn refs(&self, org: &str) -> Refs {
        let orgs = self.organisations();
        // A new organisation (no `org`) still needs the others' ids.
        let organisations = orgs
            .iter()
            .map(|o| (o.org.id.clone(), o.org.name.clone()))
            .collect();
        let Some(o) = self.org(org) else {
            return Refs {
                organisations,
                ..Refs::default()
            };
        };
        Refs {
            recipients: o
                .org
                .recipients
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect(),
            systems: o
                .org
                .systems
                .iter()
                .map(|s| (s.id.clone(), s.name.clone()))
                .collect(),
            organisations,
            country: Some(o.org.country.clone()).filter(|c| !c.trim().is_empty()),
            activities: o.activities.iter().map(|a| a.activity.id.clone()).collect(),
        }
    }

    /// Opens the form of activity `act` of organisation `org`.
    pub fn open_activity_form(&mut self, org: &str, act: &str) {
        if !self.writable() {
            return;
        }
        let Some((o, a)) = self.activity(org, act) else {
            self.not_parsed(org, act);
            return;
        };
        let (path, title) = (
            a.file.path.clone(),
            diff::subject(&o.org.name, Some(&a.activity.name)),
        );
        let value = serde_json::to_value(&a.activity).unwrap_or(Value::Null);
        let text = a.file.text.clone();
        let (org_path, org_text) = (o.file.path.clone(), o.file.text.clone());
        let baselines = match (
            self.baseline_of(&path, &text),
            self.baseline_of(&org_path, &org_text),
        ) {
            (Some(b), Some(ob)) => vec![b, ob],
            _ => return,
        };
        let form = Form::new(RecordKind::Activity, path, title, value, self.refs(org));
        self.start_form(
            form,
            Target {
                org: Some(org.to_string()),
                act: Some(act.to_string()),
                baselines,
            },
        );
    }

    /// Opens the form of organisation `org` (its own file).
    pub fn open_org_form(&mut self, org: &str) {
        if !self.writable() {
            return;
        }
        let Some(o) = self.org(org) else {
            self.notice = Some(format!(
                "{org}/organisation.ron does not parse; E opens it in your editor at the error"
            ));
            return;
        };
        let path = o.file.path.clone();
        let title = o.org.name.clone();
        let value = serde_json::to_value(&o.org).unwrap_or(Value::Null);
        let text = o.file.text.clone();
        let Some(b) = self.baseline_of(&path, &text) else {
            return;
        };
        let form = Form::new(RecordKind::Organisation, path, title, value, self.refs(org));
        self.start_form(
            form,
            Target {
                org: Some(org.to_string()),
                act: None,
                baselines: vec![b],
            },
        );
    }

    /// `n`: a new, blank activity in the current organisation.
    pub fn new_activity(&mut self) {
        let org = match self.screen() {
            Screen::Activities { org } | Screen::Detail { org, .. } => org,
            Screen::Organisations => match self.org_rows().get(self.selection()) {
                Some(r) => r.id().to_string(),
                None => return,
            },
            _ => return,
        };
        if !self.writable() {
            return;
        }
        let Some(o) = self.org(&org) else {
            return;
        };
        let schema = crate::register::schema::schema();
        let mut value =
            schema.default_value(&crate::register::schema::Shape::Named("Activity".into()));
        let id = self.free_id(&org, "new-activity");
        value["id"] = Value::String(id.clone());
        value["status"] = Value::String("Draft".into());
        let path = format!("{}/activities/{id}.ron", o.org.id);
        let title = diff::subject(&o.org.name, Some("new activity"));
        let mut form = Form::new(RecordKind::Activity, path, title, value, self.refs(&org));
        form.is_new = true;
        self.start_form(
            form,
            Target {
                org: Some(org),
                act: None,
                baselines: Vec::new(),
            },
        );
    }

    /// `N`: a new, blank organisation.
    pub fn new_organisation(&mut self) {
        if !self.writable() {
            return;
        }
        let schema = crate::register::schema::schema();
        let mut value = schema.default_value(&crate::register::schema::Shape::Named(
            "Organisation".into(),
        ));
        let taken = |id: &str| self.organisations().iter().any(|o| o.org.id == id);
        let id = (1..)
            .map(|n| match n {
                1 => "new-organisation".to_string(),
                n => format!("new-organisation-{n}"),
            })
            .find(|id| !taken(id))
            .unwrap_or_default();
        value["id"] = Value::String(id.clone());
        let mut form = Form::new(
            RecordKind::Organisation,
            format!("{id}/organisation.ron"),
            "new organisation".into(),
            value,
            self.refs(""),
        );
        form.is_new = true;
        self.start_form(
            form,
            Target {
                org: None,
                act: None,
                baselines: Vec::new(),
            },
        );
    }

    /// `c`: a copy of the selected activity under a new id, opened as a new
    /// record.
    pub fn copy_activity(&mut self) {
        let Some((org, act)) = self.selected_activity() else {
            return;
        };
        if !self.writable() {
            return;
        }
        let Some((o, a)) = self.activity(&org, &act) else {
            self.not_parsed(&org, &act);
            return;
        };
        let mut copy = a.activity.clone();
        let org_id = o.org.id.clone();
        let org_name = o.org.name.clone();
        copy.id = self.free_id(&org, &format!("{}-copy", a.activity.id));
        copy.name = format!("{} (copy)", copy.name);
        copy.status = Status::Draft;
        let path = format!("{org_id}/activities/{}.ron", copy.id);
        let title = diff::subject(&org_name, Some(&copy.name));
        let value = serde_json::to_value(&copy).unwrap_or(Value::Null);
        let mut form = Form::new(RecordKind::Activity, path, title, value, self.refs(&org));
        form.is_new = true;
        self.start_form(
            form,
            Target {
                org: Some(org),
                act: None,
                baselines: Vec::new(),
            },
        );
    }

    /// An activity id not yet used in organisation `org`.
    fn free_id(&self, org: &str, stem: &str) -> String {
        let taken = |id: &str| self.act_row(org, id).is_some();
        if !taken(stem) {
            return stem.to_string();
        }
        (2..)
            .map(|n| format!("{stem}-{n}"))
            .find(|id| !taken(id))
            .unwrap_or_else(|| stem.to_string())
    }

    /// The file's baseline, if it is still as loaded; otherwise a notice
    /// and `None` (the register is reloaded first).
    fn baseline_of(&mut self, path: &str, loaded_text: &str) -> Option<Baseline> {
        let root = self.root.clone();
        let on_disk = std::fs::read(root.join(path)).ok();
        if on_disk.as_deref() != Some(loaded_text.as_bytes()) {
            self.notice = Some(format!(
                "{path} changed on disk since it was loaded; reloading — press e again"
            ));
            self.reload_requested = true;
            return None;
        }
        match save::baseline(&root, path) {
            Ok(b) => Some(b),
            Err(e) => {
                self.notice = Some(e.to_string());
                None
            }
        }
    }

    fn start_form(&mut self, form: Form, target: Target) {
        self.form_file = std::fs::read(self.root.join(&form.path)).ok();
        self.form = Some(form);
        self.form_target = Some(target);
        if self.screen() != Screen::Form {
            self.stack.push(Screen::Form);
            self.selected.push(0);
        }
        self.check_form();
    }

    /// Handles a key while a form is open; returns false when no form is.
    pub fn form_key(&mut self, key: ratatui::crossterm::event::KeyEvent) -> bool {
        if self.screen() != Screen::Form {
            return false;
        }
        let Some(form) = self.form.as_mut() else {
            self.close_form();
            return true;
        };
        form.message = None;
        match form.key(key) {
            Outcome::Stay => {}
            Outcome::Changed => self.check_form(),
            Outcome::Save { force } => self.save_form(force),
            Outcome::Leave => {
                self.close_form();
                self.notice = Some("Left the form; nothing saved.".into());
            }
            Outcome::Reload => self.reload_form(false),
            Outcome::Merge => self.reload_form(true),
        }
        true
    }

    fn close_form(&mut self) {
        self.form = None;
        self.form_target = None;
        if self.screen() == Screen::Form {
            self.stack.pop();
            self.selected.pop();
        }
    }

    /// Parses and validates the record as typed, for the form to show.
    pub fn check_form(&mut self) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let Some(target) = self.form_target.as_ref() else {
            return;
        };
        let Some(loaded) = self.loaded.as_ref() else {
            return;
        };
        let orgs = &loaded.register.organisations;
        let existing = target
            .org
            .as_deref()
            .and_then(|org| orgs.get(self.index.org_position(orgs, org)?));
        if existing.is_none() && !(form.is_new && form.kind == RecordKind::Organisation) {
            return;
        }
        form.invalid = None;
        form.findings.clear();
        let (entry, path) = match form.kind {
            RecordKind::Activity => {
                let activity: Activity = match serde_json::from_value(form.value.clone()) {
                    Ok(a) => a,
                    Err(e) => {
                        form.invalid = Some(format!("not a valid activity yet: {e}"));
                        return;
                    }
                };
                let text = to_canonical(&activity).unwrap_or_default();
                let path = activity_path(&form.path, &activity.id);
                let Some(mut entry) = existing.cloned() else {
                    return;
                };
                entry.org.recipients.extend(
                    form.used_new_recipients()
                        .iter()
                        .map(|id| new_recipient(id)),
                );
                entry.activities = vec![ActivityEntry {
                    activity,
                    file: SourceFile::new(path.clone(), text),
                }];
                (entry, path)
            }
            RecordKind::Organisation => {
                let o: Organisation = match serde_json::from_value(form.value.clone()) {
                    Ok(o) => o,
                    Err(e) => {
                        form.invalid = Some(format!("not a valid organisation yet: {e}"));
                        return;
                    }
                };
                let text = to_canonical(&o).unwrap_or_default();
                // Checked where it will be saved: a changed id moves the folder.
                let path = format!("{}/organisation.ron", o.id);
                let mut activities = existing.map(|e| e.activities.clone()).unwrap_or_default();
                for a in &mut activities {
                    if let Some((_, rest)) = a.file.path.split_once('/') {
                        a.file.path = format!("{}/{rest}", o.id);
                    }
                }
                let entry = OrgEntry {
                    org: o,
                    file: SourceFile::new(path.clone(), text),
                    activities,
                };
                (entry, path)
            }
        };
        let one = Loaded {
            register: Register {
                root: loaded.register.root.clone(),
                organisations: vec![entry],
            },
            errors: Vec::new(),
        };
        let report = validate(&one, &Options::default());
        form.findings = report
            .findings
            .into_iter()
            .filter(|f| f.path == path)
            .collect();
    }

    /// Saves the open form as one commit.
    pub fn save_form(&mut self, force: bool) {
        self.check_form();
        let Some(form) = self.form.as_mut() else {
            return;
        };
        if let Some(b) = form.blocker() {
            form.message = Some(format!("Not saved: {b}. Everything you typed is kept."));
            return;
        }
        let Some(target) = self.form_target.clone() else {
            return;
        };
        let orgs = self
            .loaded
            .as_ref()
            .map_or(&[][..], |l| &l.register.organisations[..]);
        let org = target
            .org
            .as_deref()
            .and_then(|org| self.index.org_position(orgs, org));
        let built = match (form.kind, org.and_then(|i| orgs.get(i))) {
            (RecordKind::Organisation, _) if form.is_new => new_org_edit(form, orgs),
            (RecordKind::Activity, Some(org)) => activity_edit(form, org),
            (RecordKind::Organisation, Some(org)) => org_edit(form, org, orgs),
            (_, None) => {
                form.message = Some(format!(
                    "Not saved: organisation {} is no longer in the register. \
                     Everything you typed is kept.",
                    target.org.as_deref().unwrap_or_default()
                ));
                return;
            }
        };
        let edit = match built {
            Ok(Some(e)) => e,
            Ok(None) => {
                self.close_form();
                self.notice = Some("No changes; nothing committed.".into());
                return;
            }
            Err(e) => {
                form.message = Some(format!("Not saved: {e}. Everything you typed is kept."));
                return;
            }
        };
        let mut baselines = target.baselines.clone();
        // Other files of the change (a renamed organisation's activities,
        // references elsewhere) must still be as they were loaded.
        let loaded_text = |p: &str| {
            orgs.iter().find_map(|o| {
                if o.file.path == p {
                    return Some(o.file.text.clone());
                }
                o.activities
                    .iter()
                    .find(|a| a.file.path == p)
                    .map(|a| a.file.text.clone())
            })
        };
        let paths: Vec<String> = edit
            .writes
            .iter()
            .map(|(p, _)| p.clone())
            .chain(edit.removes.iter().cloned())
            .collect();
        for p in &paths {
            if baselines.iter().any(|b| &b.path == p) {
                continue;
            }
            if let Some(text) = loaded_text(p)
                && let Ok(b) = save::baseline_loaded(&self.root, p, text.as_bytes())
            {
                baselines.push(b);
            }
        }
        match save::save(&self.root, &edit, &baselines, force) {
            Ok(Some(oid)) => {
                let first = edit.message.lines().next().unwrap_or_default().to_string();
                let short: String = oid.to_string().chars().take(7).collect();
                let saved_path = edit.writes.first().map(|(p, _)| p.clone());
                self.close_form();
                self.session_saves.push(oid);
                self.notice = Some(format!("Saved {short}: {first}"));
                self.head = crate::register::git::head_info(&self.root);
                self.reload_requested = true;
                self.select_after_reload = saved_path;
                self.refresh_sync_status();
            }
            Ok(None) => {
                self.close_form();
                self.notice = Some("No changes; nothing committed.".into());
            }
            Err(SaveError::Conflict { current, .. }) => {
                if let Some(form) = self.form.as_mut() {
                    form.dialog = Some(Dialog::Conflict { current });
                }
            }
            Err(SaveError::HeadMoved) => {
                let current = std::fs::read_to_string(self.root.join(edit_path(&edit))).ok();
                if let Some(form) = self.form.as_mut() {
                    form.dialog = Some(Dialog::Conflict { current });
                }
            }
            Err(e) => {
                if let Some(form) = self.form.as_mut() {
                    form.message = Some(format!("Not saved: {e}"));
                }
            }
        }
    }

    /// After a conflict: reopen the record as it is on disk now, either
    /// plain (`merge` false) or with this edit's changed fields on top.
    fn reload_form(&mut self, merge: bool) {
        let Some(form) = self.form.clone() else {
            return;
        };
        let Some(target) = self.form_target.clone() else {
            return;
        };
        let root = self.root.clone();
        let text = match std::fs::read_to_string(root.join(&form.path)) {
            Ok(t) => t,
            Err(e) => {
                if let Some(f) = self.form.as_mut() {
                    f.message = Some(format!("{}: {e}", form.path));
                }
                return;
            }
        };
        let newer: Result<Value, String> = match form.kind {
            RecordKind::Activity => crate::register::load::parse_record::<Activity>(&text)
                .map(|a| serde_json::to_value(a).unwrap_or(Value::Null))
                .map_err(|(p, m)| format!("{}:{}:{}: {m}", form.path, p.line, p.col)),
            RecordKind::Organisation => crate::register::load::parse_record::<Organisation>(&text)
                .map(|o| serde_json::to_value(o).unwrap_or(Value::Null))
                .map_err(|(p, m)| format!("{}:{}:{}: {m}", form.path, p.line, p.col)),
        };
        let newer = match newer {
            Ok(v) => v,
            Err(e) => {
                if let Some(f) = self.form.as_mut() {
                    f.message = Some(format!(
                        "The version on disk does not parse ({e}); your edit is kept"
                    ));
                }
                return;
            }
        };
        let baseline = match save::baseline(&root, &form.path) {
            Ok(b) => b,
            Err(e) => {
                if let Some(f) = self.form.as_mut() {
                    f.message = Some(e.to_string());
                }
                return;
            }
        };
        let mut fresh = Form::new(
            form.kind,
            form.path.clone(),
            form.title.clone(),
            newer.clone(),
            form.refs.clone(),
        );
        if merge {
            fresh.value = form.merge_onto(newer);
            fresh.relayout();
            fresh.message =
                Some("Your changed fields are on the new version; check, then Ctrl-S".into());
        }
        self.form_file = std::fs::read(root.join(&form.path)).ok();
        self.form = Some(fresh);
        self.form_target = Some(Target {
            baselines: vec![baseline],
            ..target
        });
        self.check_form();
    }
}

/// The first file an edit writes (or removes).
fn edit_path(edit: &Edit) -> String {
    edit.writes
        .first()
        .map(|(p, _)| p.clone())
        .or_else(|| edit.removes.first().cloned())
        .unwrap_or_default()
}

/// The file of activity `id` beside `path` (`org/activities/old.ron`).
fn activity_path(path: &str, id: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{id}.ron"),
        None => format!("{id}.ron"),
    }
}

/// The edit that saves an activity form; `None` when nothing changed.
fn activity_edit(form: &Form, org: &OrgEntry) -> Result<Option<Edit>, String> {
    let new: Activity =
        serde_json::from_value(form.value.clone()).map_err(|e| format!("not valid yet: {e}"))?;
    crate::register::validate::checks::is_slug(&new.id)
        .then_some(())
        .ok_or_else(|| format!("id \"{}\" must be lower-case letters, digits and -", new.id))?;
    let text = to_canonical(&new).map_err(|e| e.to_string())?;
    let path = activity_path(&form.path, &new.id);
    let subject = diff::subject(&org.org.name, Some(&new.name));
    if form.is_new {
        if org.activities.iter().any(|a| a.activity.id == new.id) {
            return Err(format!("an activity with id \"{}\" exists already", new.id));
        }
        let message = format!("{subject}: new activity\n\nAdded {path}.");
        return Ok(Some(Edit {
            writes: vec![(path, text.into_bytes())],
            removes: Vec::new(),
            message,
        }));
    }
    let old: Activity = serde_json::from_value(form.original.clone())
        .map_err(|e| format!("the original record: {e}"))?;
    let changes = diff::diff_records(&old, &new);
    if changes.is_empty() {
        return Ok(None);
    }
    let mut removes = Vec::new();
    let mut writes = vec![(path.clone(), text.into_bytes())];
    let mut message = diff::commit_message(&subject, &changes);
    add_new_recipients(form, org, &mut writes, &mut message)?;
    if path != form.path {
        if org.activities.iter().any(|a| a.activity.id == new.id) {
            return Err(format!("an activity with id \"{}\" exists already", new.id));
        }
        removes.push(form.path.clone());
    }
    Ok(Some(Edit {
        writes,
        removes,
        message,
    }))
}

/// A recipient created on the spot from an activity form: its id, the id
/// as its name, for the user to complete on the organisation.
fn new_recipient(id: &str) -> crate::register::model::Recipient {
    crate::register::model::Recipient {
        id: id.to_string(),
        name: id.to_string(),
        kind: crate::register::model::RecipientKind::Other,
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

/// Adds the recipients an activity form created on the spot to the
/// organisation's file, in the same change.
fn add_new_recipients(
    form: &Form,
    org: &OrgEntry,
    writes: &mut Vec<(String, Vec<u8>)>,
    message: &mut String,
) -> Result<(), String> {
    let ids = form.used_new_recipients();
    if ids.is_empty() {
        return Ok(());
    }
    let mut o = org.org.clone();
    o.recipients.extend(ids.iter().map(|id| new_recipient(id)));
    let text = to_canonical(&o).map_err(|e| e.to_string())?;
    writes.push((org.file.path.clone(), text.into_bytes()));
    message.push_str(&format!(
        "\n\n{}: new recipient(s) {}",
        org.org.name,
        ids.iter()
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    Ok(())
}

/// The edit that adds a new organisation's file.
fn new_org_edit(form: &Form, orgs: &[OrgEntry]) -> Result<Option<Edit>, String> {
    let new: Organisation =
        serde_json::from_value(form.value.clone()).map_err(|e| format!("not valid yet: {e}"))?;
    crate::register::validate::checks::is_slug(&new.id)
        .then_some(())
        .ok_or_else(|| format!("id \"{}\" must be lower-case letters, digits and -", new.id))?;
    if orgs.iter().any(|o| o.org.id == new.id) {
        return Err(format!(
            "an organisation with id \"{}\" exists already",
            new.id
        ));
    }
    let text = to_canonical(&new).map_err(|e| e.to_string())?;
    let path = format!("{}/organisation.ron", new.id);
    let message = format!("{}: new organisation\n\nAdded {path}.", new.name);
    Ok(Some(Edit {
        writes: vec![(path, text.into_bytes())],
        removes: Vec::new(),
        message,
    }))
}

/// The edit that saves an organisation form. A changed id renames the
/// organisation's folder, moving every file in it, and updates every
/// reference to the old id elsewhere in the register, in the same commit.
fn org_edit(form: &Form, org: &OrgEntry, orgs: &[OrgEntry]) -> Result<Option<Edit>, String> {
    let new: Organisation =
        serde_json::from_value(form.value.clone()).map_err(|e| format!("not valid yet: {e}"))?;
    crate::register::validate::checks::is_slug(&new.id)
        .then_some(())
        .ok_or_else(|| format!("id \"{}\" must be lower-case letters, digits and -", new.id))?;
    let old: Organisation = serde_json::from_value(form.original.clone())
        .map_err(|e| format!("the original record: {e}"))?;
    let changes = diff::diff_records(&old, &new);
    if changes.is_empty() {
        return Ok(None);
    }
    let text = to_canonical(&new).map_err(|e| e.to_string())?;
    let subject = diff::subject(&new.name, None);
    let mut edit = Edit {
        writes: Vec::new(),
        removes: Vec::new(),
        message: diff::commit_message(&subject, &changes),
    };
    if new.id == old.id {
        edit.writes.push((form.path.clone(), text.into_bytes()));
        return Ok(Some(edit));
    }
    let move_path = |p: &str| match p.split_once('/') {
        Some((_, rest)) => format!("{}/{rest}", new.id),
        None => p.to_string(),
    };
    edit.writes.push((move_path(&form.path), text.into_bytes()));
    edit.removes.push(form.path.clone());
    let mut updated = Vec::new();
    for a in &org.activities {
        let bytes = match with_org_renamed(&a.activity, &old.id, &new.id)? {
            Some(t) => t,
            None => a.file.text.clone(),
        };
        edit.writes
            .push((move_path(&a.file.path), bytes.into_bytes()));
        edit.removes.push(a.file.path.clone());
    }
    for other in orgs.iter().filter(|o| o.org.id != old.id) {
        if let Some(t) = with_org_renamed(&other.org, &old.id, &new.id)? {
            edit.writes.push((other.file.path.clone(), t.into_bytes()));
            updated.push(other.file.path.clone());
        }
        for a in &other.activities {
            if let Some(t) = with_org_renamed(&a.activity, &old.id, &new.id)? {
                edit.writes.push((a.file.path.clone(), t.into_bytes()));
                updated.push(a.file.path.clone());
            }
        }
    }
    edit.message
        .push_str(&format!("\n\nRenamed the folder {} to {}.", old.id, new.id));
    if !updated.is_empty() {
        edit.message.push_str(&format!(
            "\nReferences to \"{}\" updated in: {}.",
            old.id,
            updated.join(", ")
        ));
    }
    Ok(Some(edit))
}

/// `record` with every `organisation: old` reference set to `new`, as
/// canonical text; `None` when it has no such reference.
fn with_org_renamed<T>(record: &T, old: &str, new: &str) -> Result<Option<String>, String>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
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
    let mut v = serde_json::to_value(record).map_err(|e| e.to_string())?;
    if !walk(&mut v, old, new) {
        return Ok(None);
    }
    let renamed: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
    to_canonical(&renamed).map(Some).map_err(|e| e.to_string())
}
