//! Whole-record actions that need no form: retire, delete (after asking),
//! and undo of this session's last save. Each is one commit.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{App, Confirm, Screen};
use crate::register::diff;
use crate::register::format::to_canonical;
use crate::register::model::Status;
use crate::register::save::{self, Edit, SaveError};

impl App {
    /// The ids of the activity the current screen points at (its file may
    /// not parse).
    pub fn selected_activity(&self) -> Option<(String, String)> {
        match self.screen() {
            Screen::Activities { org } => {
                let o = self.org(&org)?;
                let act = self.act_rows(o).get(self.selection())?.id().to_string();
                Some((org, act))
            }
            Screen::Detail { org, act } => self.act_row(&org, &act).map(|_| (org, act)),
            _ => None,
        }
    }

    /// `R`: sets the selected activity's status to retired, as one commit.
    /// The record stays in the register and in its history.
    pub fn retire_selected(&mut self) {
        let Some((org, act)) = self.selected_activity() else {
            return;
        };
        if self.head.is_none() {
            self.notice = Some("read-only: not a git work tree".into());
            return;
        }
        let Some((o, a)) = self.activity(&org, &act) else {
            self.not_parsed(&org, &act);
            return;
        };
        if a.activity.status == Status::Retired {
            self.notice = Some(format!("{} is already retired", a.activity.name));
            return;
        }
        let mut new = a.activity.clone();
        new.status = Status::Retired;
        let changes = diff::diff_records(&a.activity, &new);
        let subject = diff::subject(&o.org.name, Some(&new.name));
        let path = a.file.path.clone();
        let loaded_text = a.file.text.clone();
        let text = match to_canonical(&new) {
            Ok(t) => t,
            Err(e) => {
                self.notice = Some(format!("not retired: {e}"));
                return;
            }
        };
        let edit = Edit {
            writes: vec![(path.clone(), text.into_bytes())],
            removes: Vec::new(),
            message: diff::commit_message(&subject, &changes),
        };
        self.commit_unless_changed(&path, &loaded_text, edit);
    }

    /// `D`: asks before deleting the selected activity.
    pub fn ask_delete(&mut self) {
        if let Some((org, act)) = self.selected_activity() {
            if self.activity(&org, &act).is_none() {
                self.not_parsed(&org, &act);
                return;
            }
            self.confirm = Some(Confirm::Delete { org, act });
        }
    }

    /// Handles a key while a question is open; returns false when none is.
    pub fn confirm_key(&mut self, key: KeyEvent) -> bool {
        let Some(c) = self.confirm.clone() else {
            return false;
        };
        let ch = match key.code {
            KeyCode::Char(ch) => ch.to_ascii_lowercase(),
            KeyCode::Esc => 'n',
            _ if matches!(c, Confirm::Report { .. }) => 'n',
            _ => return true,
        };
        match c {
            Confirm::Report { .. } => self.confirm = None,
            Confirm::Delete { org, act } => {
                self.confirm = None;
                if ch == 'y' {
                    self.delete(&org, &act);
                } else {
                    self.notice = Some("Not deleted.".into());
                }
            }
            Confirm::BrokenFile {
                path, line, before, ..
            } => match ch {
                'r' => {
                    self.confirm = None;
                    self.editor_request = Some(super::app::EditorRequest {
                        path,
                        line,
                        before,
                        head: self.head_oid(),
                    });
                }
                'd' => {
                    self.confirm = None;
                    match crate::register::write::write_atomic(&self.root.join(&path), &before) {
                        Ok(()) => self.notice = Some(format!("{path}: your edit was discarded")),
                        Err(e) => self.notice = Some(format!("{path}: {e}")),
                    }
                    self.reload_requested = true;
                }
                'k' | 'n' => {
                    self.confirm = None;
                    self.notice = Some(format!(
                        "{path} is left as you wrote it, not committed; fix it and press E"
                    ));
                    self.reload_requested = true;
                }
                _ => {}
            },
        }
        true
    }

    /// Says that an action needs the record parsed (its file does not).
    pub fn not_parsed(&mut self, org: &str, act: &str) {
        self.notice = Some(format!(
            "{org}/activities/{act}.ron does not parse; E opens it in your editor at the error"
        ));
    }

    fn delete(&mut self, org: &str, act: &str) {
        let Some((o, a)) = self.activity(org, act) else {
            return;
        };
        let path = a.file.path.clone();
        let loaded_text = a.file.text.clone();
        let subject = diff::subject(&o.org.name, Some(&a.activity.name));
        let edit = Edit {
            writes: Vec::new(),
            removes: vec![path.clone()],
            message: format!(
                "{subject}: deleted\n\nRemoved {path}; the record stays in the history."
            ),
        };
        self.commit_unless_changed(&path, &loaded_text, edit);
        if matches!(self.screen(), Screen::Detail { .. }) {
            self.stack.pop();
            self.selected.pop();
        }
    }

    /// Saves `edit` if `path` is still as loaded, and reloads.
    fn commit_unless_changed(&mut self, path: &str, loaded_text: &str, edit: Edit) {
        let on_disk = std::fs::read(self.root.join(path)).ok();
        if on_disk.as_deref() != Some(loaded_text.as_bytes()) {
            self.notice = Some(format!(
                "{path} changed on disk since it was loaded; nothing done, reloading"
            ));
            self.reload_requested = true;
            return;
        }
        let baseline = match save::baseline(&self.root, path) {
            Ok(b) => b,
            Err(e) => {
                self.notice = Some(e.to_string());
                return;
            }
        };
        self.finish_save(save::save(&self.root, &edit, &[baseline], false), &edit);
    }

    /// Reports a save's result in the status line and reloads.
    pub fn finish_save(&mut self, result: Result<Option<git2::Oid>, SaveError>, edit: &Edit) {
        match result {
            Ok(Some(oid)) => {
                let first = edit.message.lines().next().unwrap_or_default();
                let short: String = oid.to_string().chars().take(7).collect();
                self.notice = Some(format!("Saved {short}: {first}"));
                self.session_saves.push(oid);
                self.head = crate::register::git::head_info(&self.root);
                self.reload_requested = true;
            }
            Ok(None) => self.notice = Some("No changes; nothing committed.".into()),
            Err(e) => self.notice = Some(format!("Not saved: {e}")),
        }
        self.refresh_sync_status();
    }

    /// `u`: undoes this session's last save with a new commit.
    pub fn undo_last_save(&mut self) {
        let Some(oid) = self.session_saves.last().copied() else {
            self.notice = Some("Nothing to undo: no saves in this session.".into());
            return;
        };
        match save::revert(&self.root, oid, false) {
            Ok(Some(new)) => {
                self.session_saves.pop();
                let short: String = new.to_string().chars().take(7).collect();
                self.notice = Some(format!("Undone by {short}"));
                self.head = crate::register::git::head_info(&self.root);
                self.reload_requested = true;
            }
            Ok(None) => {
                self.session_saves.pop();
                self.notice = Some("Nothing to undo.".into());
            }
            Err(e) => self.notice = Some(format!("Not undone: {e}")),
        }
    }

    /// The commit HEAD points at.
    pub fn head_oid(&self) -> Option<git2::Oid> {
        git2::Repository::discover(&self.root)
            .ok()?
            .head()
            .ok()?
            .target()
    }
}
