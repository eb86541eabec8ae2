//! Editing from the interface: opening a record's form, showing while it
//! is typed what a save would say, and handing the save to the core as an
//! [`Intent`]. The form itself is in [`super::form`]; the interface never
//! writes a record or commits: [`change::commit`] does, and this module
//! shows what came back.

use std::path::PathBuf;
use std::sync::{Arc, Weak};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use super::app::{App, Screen};
use super::form::{Dialog, Form, Outcome, RecordKind, Refs};
use super::transaction::After;
use crate::register::change::{self, Baseline, Intent, Refusal, Uncommitted};
use crate::register::date::Date;
use crate::register::diff;
use crate::register::format::to_canonical;
use crate::register::lang::{tr, tr_args};
use crate::register::load::{ActivityEntry, Loaded, OrgEntry, SourceFile, parse_record};
use crate::register::model::{Activity, Organisation, Status};
use crate::register::validate::{Finding, Options, check_activity, check_organisation};

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
            Screen::Organisation { org } => {
                self.open_org_form(&org);
                self.focus_form_at_page_field();
            }
            Screen::Detail { .. } => {
                if let Some((org, act)) = self.selected_activity() {
                    self.open_activity_form(&org, &act);
                    self.focus_form_at_page_field();
                }
            }
            Screen::Activities { .. } => {
                if let Some((org, act)) = self.selected_activity() {
                    self.open_activity_form(&org, &act);
                }
            }
            _ => {}
        }
    }

    /// A page opened at a field (a finding, a search hit, a section key)
    /// opens its form there too, as `E` opens the file at that line: the
    /// place is not lost between reading and editing.
    fn focus_form_at_page_field(&mut self) {
        if self.screen() != Screen::Form {
            return;
        }
        if let (Some(form), Some(field)) = (self.form.as_mut(), self.focus_field.as_deref()) {
            form.focus_field(field);
        }
    }

    /// True when edits can be saved (the register is in a git work tree).
    fn writable(&mut self) -> bool {
        if self.head.is_none() {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-read-only"));
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
                lang: self.lang,
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
            lang: self.lang,
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
            self.notice = Some(tr_args(
                self.lang,
                "tui-not-parsed",
                &[
                    ("path", format!("{org}/organisation.ron").into()),
                    (
                        "name",
                        self.keys.label(super::app::Action::ExternalEditor).into(),
                    ),
                ],
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
        match change::baseline_loaded(&root, path, loaded_text.as_bytes()) {
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
    pub fn form_key(&mut self, key: KeyEvent) -> bool {
        if self.screen() != Screen::Form {
            return false;
        }
        let Some(form) = self.form.as_mut() else {
            self.close_form();
            return true;
        };
        form.message = None;
        // Enter confirms a question's first choice, as in every question
        // of the interface (the letters stay shortcuts).
        let first = match (&form.dialog, key.code) {
            (Some(Dialog::Leave), KeyCode::Enter) => Some('s'),
            (Some(Dialog::Conflict { .. }), KeyCode::Enter) => Some('m'),
            (Some(Dialog::Uncommitted { .. }), KeyCode::Enter) => Some('a'),
            _ => None,
        };
        let key = first.map_or(key, |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        // The form reads keys with the user's bindings.
        match form.key_in(&self.keys, key) {
            Outcome::Stay => {}
            Outcome::Changed => self.check_form(),
            Outcome::Save { force, uncommitted } => self.save_form(force, uncommitted),
            Outcome::Leave => {
                self.close_form();
                self.notice = Some(crate::register::lang::tr(self.lang, "tui-left-form"));
            }
            Outcome::Reload => self.reload_form(false),
            Outcome::Merge => self.reload_form(true),
        }
        true
    }

    fn close_form(&mut self) {
        self.form = None;
        self.form_target = None;
        // An answer still out has no form to show in.
        self.form_asked.pending = false;
        self.form_check_request = None;
        if self.screen() == Screen::Form {
            self.stack.pop();
            self.selected.pop();
        }
    }

    /// The intent the open form stands for, or why there is none yet (the
    /// value is not a record yet, its organisation is gone).
    fn form_intent(&self) -> Result<Intent, String> {
        let form = self.form.as_ref().ok_or("no form is open")?;
        let target = self.form_target.as_ref().ok_or("no form is open")?;
        match form.kind {
            RecordKind::Activity => {
                let record: Activity =
                    serde_json::from_value(without_blank_items(form.value.clone()))
                        .map_err(|e| format!("not a valid activity yet: {e}"))?;
                let original = match form.is_new {
                    true => None,
                    false => Some(Box::new(
                        serde_json::from_value::<Activity>(form.original.clone())
                            .map_err(|e| format!("the record as opened: {e}"))?,
                    )),
                };
                Ok(Intent::SaveActivity {
                    org: target.org.clone().ok_or("the form has no organisation")?,
                    activity: original.as_ref().and(target.act.clone()),
                    original,
                    record: Box::new(record),
                    new_recipients: form.used_new_recipients(),
                })
            }
            RecordKind::Organisation => {
                let record: Organisation =
                    serde_json::from_value(without_blank_items(form.value.clone()))
                        .map_err(|e| format!("not a valid organisation yet: {e}"))?;
                let original = match form.is_new {
                    true => None,
                    false => Some(Box::new(
                        serde_json::from_value::<Organisation>(form.original.clone())
                            .map_err(|e| format!("the record as opened: {e}"))?,
                    )),
                };
                Ok(Intent::SaveOrganisation {
                    org: original.as_ref().and(target.org.clone()),
                    original,
                    record: Box::new(record),
                })
            }
        }
    }

    /// Validates the record as typed, for the form to show: its findings
    /// under the fields (in the context of the register), and what a save
    /// would say now (the transaction's dry run), which blocks the save.
    /// Whether the typed value is a record at all is judged at once; the
    /// rest is a [`FormCheck`], run on the session's worker when there are
    /// workers (its answer shows when it arrives, see
    /// [`App::form_checked`]; an answer for older text is dropped), else
    /// here.
    pub fn check_form(&mut self) {
        let intent = self.form_intent();
        let (Some(form), Some(target), Some(loaded)) = (
            self.form.as_mut(),
            self.form_target.as_ref(),
            self.loaded.as_ref(),
        ) else {
            return;
        };
        // Any answer still out is for older text.
        let seq = self.form_asked.ask();
        form.invalid = None;
        let intent = match intent {
            Ok(i) => i,
            Err(e) => {
                form.invalid = Some(e);
                form.refused = None;
                form.findings.clear();
                form.new_errors.clear();
                self.form_asked.pending = false;
                return;
            }
        };
        let org = target
            .org
            .as_deref()
            .and_then(|id| self.index.org_position(&loaded.register.organisations, id));
        let check = FormCheck {
            root: self.root.clone(),
            loaded: Arc::downgrade(loaded),
            org,
            org_id: target.org.clone(),
            intent,
            baselines: target.baselines.clone(),
            today: Date::today(),
        };
        if self.workers {
            self.form_check_request = Some((seq, check));
        } else {
            let found = check.run();
            self.form_checked(seq, found);
        }
    }

    /// Shows the answer to form check `seq` ([`App::check_form`]) when it
    /// is the one asked last for the open form; answers whether it was.
    pub fn form_checked(&mut self, seq: u64, found: FormFound) -> bool {
        if !self.form_asked.answers(seq) {
            return false;
        }
        let Some(form) = self.form.as_mut() else {
            return false;
        };
        form.findings = found.findings;
        form.new_errors = found.new_errors;
        form.refused = found.refused;
        true
    }

    /// Whether the open form's check for the text as typed now has not
    /// come back from the worker yet.
    pub fn form_check_pending(&self) -> bool {
        self.form_asked.pending
    }

    /// Saves the open form: the intent goes to the core's transaction, and
    /// what comes back is shown. Nothing typed is lost when it is refused.
    pub fn save_form(&mut self, force: bool, uncommitted: Uncommitted) {
        // With workers, every change to the form already asked for its
        // check; it is not waited for. What the dry run found for older
        // text does not block: the transaction judges the text as it is
        // (it refuses what the dry run would).
        if !self.workers {
            self.check_form();
        }
        let pending = self.form_asked.pending;
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let lang = self.lang;
        let blocker = if pending {
            let kept = (form.refused.take(), std::mem::take(&mut form.new_errors));
            let b = form.blocker();
            (form.refused, form.new_errors) = kept;
            b
        } else {
            form.blocker()
        };
        if let Some(b) = blocker {
            form.message = Some(not_saved_kept(lang, &b.to_string()));
            return;
        }
        let intent = match self.form_intent() {
            Ok(i) => i,
            Err(e) => {
                if let Some(form) = self.form.as_mut() {
                    form.message = Some(not_saved_kept(lang, &e));
                }
                return;
            }
        };
        let Some(target) = self.form_target.as_ref() else {
            return;
        };
        let base = target.baselines.clone();
        let opts = change::Options {
            force,
            uncommitted,
            today: Date::today(),
        };
        self.start_transaction(intent, base, opts, After::Form { force });
    }

    /// Shows what the transaction made of the form's save: closed with a
    /// notice when saved, open with everything typed and the problem when
    /// refused.
    pub(super) fn form_saved(&mut self, result: Result<change::Outcome, Refusal>, force: bool) {
        match result {
            Ok(change::Outcome::Saved(saved)) => {
                let first = saved.message.lines().next().unwrap_or_default().to_string();
                let short: String = saved.commit.to_string().chars().take(7).collect();
                self.close_form();
                self.session_saves.push(saved.commit);
                let key = match saved.set_aside {
                    Some(_) => "tui-saved-aside",
                    None => "tui-saved",
                };
                let mut notice = tr_args(
                    self.lang,
                    key,
                    &[("id", short.into()), ("text", first.into())],
                );
                // What the post-commit hook said, on the one status line.
                for note in &saved.notes {
                    notice.push_str(" · ");
                    notice.push_str(&note.split_whitespace().collect::<Vec<_>>().join(" "));
                }
                self.notice = Some(notice);
                self.head = self.head_after_own_change();
                // The saved records show, and can be edited again, at
                // once; a new or moved record is opened.
                let added = saved
                    .written
                    .first()
                    .filter(|p| self.loaded_bytes(p).is_none())
                    .cloned();
                if !self.take_own_change(&saved) {
                    self.select_after_reload = saved.written.first().cloned();
                } else if let Some(path) = added {
                    self.open_record_at(&path);
                }
                self.refresh_sync_status();
            }
            Ok(change::Outcome::NoChange) => {
                self.close_form();
                self.notice = Some(crate::register::lang::tr(self.lang, "tui-no-changes"));
            }
            Ok(change::Outcome::Restored { paths, .. }) => {
                self.close_form();
                self.notice = Some(restored_notice(self.lang, &paths));
                self.reload_requested = true;
            }
            Err(e) => {
                // The "saving" line gives way to what came back.
                if let Some(form) = self.form.as_mut() {
                    form.message = None;
                }
                self.refused(e, force)
            }
        }
    }

    /// Judges the files a save wrote or removed again, when the loaded
    /// register holds them as the save left them, so that their findings
    /// show at once; answers whether it did. Where it did not, a load
    /// judges the whole register.
    pub(super) fn judge_saved(&mut self, written: &[String], removed: &[String]) -> bool {
        let as_written = written.iter().all(|p| {
            let on_disk = std::fs::read(self.root.join(p)).ok();
            on_disk.is_some() && on_disk.as_deref() == self.loaded_bytes(p)
        }) && removed.iter().all(|p| {
            self.loaded_bytes(p).is_none() && std::fs::symlink_metadata(self.root.join(p)).is_err()
        });
        if !as_written || self.report().is_none() || self.loaded.is_none() {
            return false;
        }
        let changed: Vec<String> = written.iter().chain(removed).cloned().collect();
        self.rejudge_files(&changed);
        true
    }

    /// Shows why the transaction did not save the form; the form stays
    /// open with everything typed.
    fn refused(&mut self, e: Refusal, force: bool) {
        let path = self
            .form
            .as_ref()
            .map(|f| f.path.clone())
            .unwrap_or_default();
        let lang = self.lang;
        let Some(form) = self.form.as_mut() else {
            return;
        };
        match e {
            Refusal::Conflict { path, current } => {
                form.dialog = Some(Dialog::Conflict { path, current })
            }
            Refusal::HeadMoved => {
                let current = std::fs::read_to_string(self.root.join(&path)).ok();
                form.dialog = Some(Dialog::Conflict { path, current });
            }
            Refusal::Uncommitted(files) => form.dialog = Some(Dialog::Uncommitted { files, force }),
            // A hook's or signing program's own words: in full, in a dialog.
            e @ (Refusal::Hook { .. } | Refusal::Sign { .. }) => {
                let title = match &e {
                    Refusal::Hook { hook, .. } => format!(
                        " {} ",
                        tr_args(lang, "tui-hook-stopped", &[("name", hook.as_str().into())])
                    ),
                    _ => format!(" {} ", tr(lang, "tui-not-signed")),
                };
                form.message = Some(tr(lang, "tui-not-saved-see-message"));
                form.dialog = Some(Dialog::Refused {
                    title,
                    text: e.to_string(),
                });
            }
            Refusal::Invalid(errors) => {
                form.message = Some(tr_args(
                    lang,
                    "tui-not-saved-new-errors",
                    &[("n", errors.len().into())],
                ));
                form.new_errors = errors;
            }
            e => form.message = Some(not_saved_kept(form.refs.lang, &e.to_string())),
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
            RecordKind::Activity => parse_record::<Activity>(&text)
                .map(|a| serde_json::to_value(a).unwrap_or(Value::Null))
                .map_err(|(p, m)| format!("{}:{}:{}: {m}", form.path, p.line, p.col)),
            RecordKind::Organisation => parse_record::<Organisation>(&text)
                .map(|o| serde_json::to_value(o).unwrap_or(Value::Null))
                .map_err(|(p, m)| format!("{}:{}:{}: {m}", form.path, p.line, p.col)),
        };
        let newer = match newer {
            Ok(v) => v,
            Err(e) => {
                if let Some(f) = self.form.as_mut() {
                    f.message = Some(tr_args(
                        f.refs.lang,
                        "tui-disk-version-broken",
                        &[("reason", e.into())],
                    ));
                }
                return;
            }
        };
        let baseline = match change::baseline(&root, &form.path) {
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
        fresh.new_recipients = form.new_recipients.clone();
        if merge {
            let (value, both) = form.merge_onto(newer);
            fresh.value = value;
            fresh.relayout();
            fresh.message = Some(if both.is_empty() {
                tr(fresh.refs.lang, "tui-merged")
            } else {
                // Values both changed: the save would replace the other
                // version's, which is said, with what it was.
                let fields = both
                    .iter()
                    .map(|(path, theirs)| {
                        let theirs = match theirs {
                            serde_json::Value::String(s) => format!("\"{s}\""),
                            v => v.to_string(),
                        };
                        format!("{path} ({})", crate::tui::keybar::ellipsis(&theirs, 60))
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                crate::register::lang::tr_args(
                    fresh.refs.lang,
                    "tui-merged-both-changed",
                    &[("fields", fields.into())],
                )
            });
        }
        self.form_file = std::fs::read(root.join(&form.path)).ok();
        if merge {
            // The notice of the change outside is answered by the merge,
            // whose outcome the form now says.
            self.notice = None;
        }
        self.form = Some(fresh);
        self.form_target = Some(Target {
            baselines: vec![baseline],
            ..target
        });
        self.check_form();
    }
}

/// "Not saved" with `reason`, everything typed kept: the form's one
/// status line, so a reason written over several lines (how to set a git
/// identity) is joined, not shown with its line breaks escaped.
fn not_saved_kept(lang: crate::register::lang::Lang, reason: &str) -> String {
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    tr_args(lang, "tui-not-saved-kept", &[("reason", reason.into())])
}

/// What the status line says when a save had nothing to commit but put
/// files back as committed (their uncommitted changes are in a stash).
pub fn restored_notice(lang: crate::register::lang::Lang, paths: &[String]) -> String {
    tr_args(lang, "tui-restored", &[("files", paths.join(", ").into())])
}

/// What an open form's dry run needs, taken from the interface so it can
/// run on a worker thread: the intent the form stands for and the
/// register it was loaded with (shared, not copied).
#[derive(Debug)]
pub struct FormCheck {
    root: PathBuf,
    /// Held weakly while the check waits: the interface's copy stays its
    /// own to change.
    loaded: Weak<Loaded>,
    /// The place of the form's organisation in the register, if it is
    /// still there.
    org: Option<usize>,
    /// The form's organisation id (`None` for a new organisation).
    org_id: Option<String>,
    intent: Intent,
    baselines: Vec<Baseline>,
    today: Date,
}

/// What a [`FormCheck`] found, for the form to show.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct FormFound {
    /// The validator's findings for the edited record.
    pub findings: Vec<Finding>,
    /// The errors a save would add to the register (the dry run's).
    pub new_errors: Vec<Finding>,
    /// Why a save would be refused before validation.
    pub refused: Option<String>,
}

impl FormCheck {
    /// Judges the record as typed: its own findings in the context of the
    /// register, and the transaction's dry run ([`change::check`]).
    pub fn run(&self) -> FormFound {
        let mut found = FormFound::default();
        // Gone: the interface took a newer register and checks again.
        let Some(loaded) = self.loaded.upgrade() else {
            return found;
        };
        let reg = &loaded.register;
        let opts = Options::default();
        let org = self.org.and_then(|i| reg.organisations.get(i));
        match &self.intent {
            Intent::SaveActivity {
                record,
                new_recipients,
                ..
            } => {
                let Some(org) = org else {
                    found.refused = Some(format!(
                        "organisation {} is no longer in the register",
                        self.org_id.as_deref().unwrap_or_default()
                    ));
                    return found;
                };
                // The organisation as the save will leave it: with the
                // recipients created on the spot.
                let mut org = OrgEntry {
                    org: org.org.clone(),
                    file: org.file.clone(),
                    activities: Vec::new(),
                };
                for id in new_recipients {
                    if !org.org.recipients.iter().any(|r| &r.id == id) {
                        org.org.recipients.push(change::new_recipient(id));
                    }
                }
                let folder = org.file.path.split('/').next().unwrap_or_default();
                let path = format!("{folder}/activities/{}.ron", record.id);
                let entry = ActivityEntry {
                    activity: (**record).clone(),
                    file: SourceFile::new(path, to_canonical(&**record).unwrap_or_default()),
                };
                found.findings = check_activity(&org, &entry, reg, &opts);
            }
            Intent::SaveOrganisation { record, .. } => {
                let path = format!("{}/organisation.ron", record.id);
                let entry = OrgEntry {
                    org: (**record).clone(),
                    file: SourceFile::new(path, to_canonical(&**record).unwrap_or_default()),
                    activities: Vec::new(),
                };
                // A new organisation may name itself, e.g. as joint controller.
                let mut ids: std::collections::HashSet<String> =
                    reg.organisations.iter().map(|o| o.org.id.clone()).collect();
                ids.insert(record.id.clone());
                found.findings = check_organisation(&entry, &ids, &opts);
            }
            _ => {}
        }
        match change::check(&self.root, reg, &self.intent, &self.baselines, self.today) {
            Ok(errors) => found.new_errors = errors,
            Err(e) => found.refused = Some(e.to_string()),
        }
        found
    }
}

/// `value` without the list items that hold no text (an item added with
/// Enter and left empty, or only blanks): they say nothing, and a saved
/// `""` would stand in the file as an empty reference.
fn without_blank_items(mut value: serde_json::Value) -> serde_json::Value {
    fn clean(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Array(items) => {
                items.retain(|i| !matches!(i, serde_json::Value::String(s) if s.trim().is_empty()));
                items.iter_mut().for_each(clean);
            }
            serde_json::Value::Object(fields) => fields.values_mut().for_each(clean),
            _ => {}
        }
    }
    clean(&mut value);
    value
}
