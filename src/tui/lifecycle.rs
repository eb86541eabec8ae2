//! Whole-record actions that need no form: retire, delete (after asking),
//! and undo of this session's last save. Each is an [`Intent`] for the
//! core's transaction; the interface shows what came back.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::{Action, App, Confirm, Screen};
use super::transaction::After;
use crate::register::change::{self, Baseline, Intent, Outcome, Refusal, Uncommitted};
use crate::register::date::Date;
use crate::register::lang::{Arg, tr_args};
use crate::register::model::Status;

/// What became of an intent handed to the transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// Committed (or files put back as committed).
    Saved,
    /// Nothing to commit.
    NoChange,
    /// Waiting for the user's answer about uncommitted changes.
    Asked,
    /// Refused; the notice says why.
    Refused,
}

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
            Screen::Due => self
                .due_selected()
                .map(|r| (r.org.clone(), r.activity.clone())),
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
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-read-only-short"));
            return;
        }
        let Some((_, a)) = self.activity(&org, &act) else {
            self.not_parsed(&org, &act);
            return;
        };
        if a.activity.status == Status::Retired {
            self.notice = Some(tr_args(
                self.lang,
                "tui-already-retired",
                &[("name", a.activity.name.as_str().into())],
            ));
            return;
        }
        let Some(base) = self.loaded_baseline(&org, &act) else {
            return;
        };
        self.run_intent(
            Intent::Retire { org, activity: act },
            vec![base],
            Uncommitted::Ask,
        );
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
        // Enter confirms (the first choice), Esc cancels; letters are the
        // choices' shortcuts. Any other key leaves the question open.
        let ch = match (key.code, &c) {
            (KeyCode::Char(ch), _) => ch.to_ascii_lowercase(),
            (KeyCode::Esc, _) | (KeyCode::Enter, Confirm::Report { .. }) => 'n',
            (KeyCode::Enter, Confirm::Delete { .. }) => 'y',
            (KeyCode::Enter, Confirm::Uncommitted { .. }) => 'a',
            (KeyCode::Enter, Confirm::BrokenFile { .. }) => 'r',
            _ => return true,
        };
        match c {
            Confirm::Report { .. } => {
                if ch == 'n' || ch == 'q' {
                    self.confirm = None;
                }
            }
            Confirm::Delete { org, act } => match ch {
                'y' => {
                    self.confirm = None;
                    self.delete(&org, &act);
                }
                'n' => {
                    self.confirm = None;
                    self.notice = Some(crate::register::lang::tr(self.lang, "tui-not-deleted"));
                }
                _ => {}
            },
            Confirm::BrokenFile {
                path,
                line,
                before,
                head,
                ..
            } => match ch {
                'r' => {
                    self.confirm = None;
                    self.editor_request = Some(super::app::EditorRequest {
                        path,
                        line,
                        before,
                        head,
                    });
                }
                'd' => {
                    self.confirm = None;
                    let p = || -> [(&str, Arg); 1] { [("path", path.as_str().into())] };
                    self.notice = Some(
                        match change::restore_file(&self.root, &path, &before, head) {
                            Ok(change::RestoredTo::Before) => {
                                tr_args(self.lang, "tui-edit-discarded", &p())
                            }
                            Ok(change::RestoredTo::Head) => {
                                tr_args(self.lang, "tui-edit-discarded-head", &p())
                            }
                            Err(e) => format!("{path}: {e}"),
                        },
                    );
                    self.reload_requested = true;
                }
                'k' | 'n' => {
                    self.confirm = None;
                    self.notice = Some(tr_args(
                        self.lang,
                        "tui-left-as-written",
                        &[
                            ("path", path.as_str().into()),
                            ("name", self.keys.label(Action::ExternalEditor).into()),
                        ],
                    ));
                    self.reload_requested = true;
                }
                _ => {}
            },
            Confirm::Uncommitted { intent, base, .. } => match ch {
                'i' => {
                    self.confirm = None;
                    self.run_intent(*intent, base, Uncommitted::Include);
                }
                'a' => {
                    self.confirm = None;
                    self.run_intent(*intent, base, Uncommitted::SetAside);
                }
                'n' => {
                    self.confirm = None;
                    self.notice = Some(crate::register::lang::tr(self.lang, "tui-cancelled"));
                }
                _ => {}
            },
        }
        true
    }

    /// Says that an action needs the record parsed (its file does not).
    pub fn not_parsed(&mut self, org: &str, act: &str) {
        self.notice = Some(tr_args(
            self.lang,
            "tui-not-parsed",
            &[
                ("path", format!("{org}/activities/{act}.ron").into()),
                ("name", self.keys.label(Action::ExternalEditor).into()),
            ],
        ));
    }

    fn delete(&mut self, org: &str, act: &str) {
        let Some(base) = self.loaded_baseline(org, act) else {
            return;
        };
        self.run_intent(
            Intent::Delete {
                org: org.to_string(),
                activity: act.to_string(),
            },
            vec![base],
            Uncommitted::Ask,
        );
        if matches!(self.screen(), Screen::Detail { .. }) {
            self.stack.pop();
            self.selected.pop();
        }
    }

    /// The baseline of an activity's file as loaded: the save is refused
    /// when it changed since.
    pub(super) fn loaded_baseline(&mut self, org: &str, act: &str) -> Option<Baseline> {
        let (path, text) = {
            let (_, a) = self.activity(org, act)?;
            (a.file.path.clone(), a.file.text.clone())
        };
        match change::baseline_loaded(&self.root, &path, text.as_bytes()) {
            Ok(b) => Some(b),
            Err(e) => {
                self.notice = Some(e.to_string());
                None
            }
        }
    }

    /// Hands `intent` to the core's transaction (on the event loop's
    /// worker, or now without workers); what comes back shows in the
    /// status line ([`App::intent_done`]).
    pub fn run_intent(&mut self, intent: Intent, base: Vec<Baseline>, uncommitted: Uncommitted) {
        self.run_intent_for(intent, base, uncommitted, None);
    }

    /// [`App::run_intent`] for the file `$EDITOR` changed (`editor`):
    /// what came back is told in its words.
    pub(super) fn run_intent_for(
        &mut self,
        intent: Intent,
        base: Vec<Baseline>,
        uncommitted: Uncommitted,
        editor: Option<String>,
    ) {
        let opts = change::Options {
            force: false,
            uncommitted,
            today: Date::today(),
        };
        let after = After::Intent {
            intent: Box::new(intent.clone()),
            base: base.clone(),
            editor,
        };
        self.start_transaction(intent, base, opts, after);
    }

    /// Shows what the transaction made of `intent` in the status line;
    /// asks when files hold uncommitted changes.
    pub(super) fn intent_done(
        &mut self,
        intent: Intent,
        base: Vec<Baseline>,
        result: Result<Outcome, Refusal>,
    ) -> Ran {
        let done = match result {
            Ok(Outcome::Saved(saved)) => {
                let first = saved.message.lines().next().unwrap_or_default();
                let short: String = saved.commit.to_string().chars().take(7).collect();
                // An undo (asked about uncommitted changes or not) takes its
                // save off the list; any other change goes on it.
                let verb = match &intent {
                    Intent::Revert { commit } => {
                        self.session_saves.retain(|c| c != commit);
                        "tui-undone"
                    }
                    _ => {
                        self.session_saves.push(saved.commit);
                        "tui-saved"
                    }
                };
                let key = match saved.set_aside {
                    Some(_) => format!("{verb}-aside"),
                    None => verb.to_string(),
                };
                self.notice = Some(tr_args(
                    self.lang,
                    &key,
                    &[("id", short.into()), ("text", first.into())],
                ));
                self.head = self.head_after_own_change();
                // An undo of an edit puts records back where they are:
                // taken from their files alone; anything else is loaded.
                self.take_own_change(&saved);
                Ran::Saved
            }
            Ok(Outcome::NoChange) => {
                if let Intent::Revert { commit } = &intent {
                    self.session_saves.retain(|c| c != commit);
                }
                self.notice = Some(crate::register::lang::tr(self.lang, "tui-no-changes"));
                Ran::NoChange
            }
            Ok(Outcome::Restored { paths, .. }) => {
                self.notice = Some(super::editing::restored_notice(self.lang, &paths));
                self.reload_requested = true;
                Ran::Saved
            }
            Err(Refusal::Uncommitted(files)) => {
                self.confirm = Some(Confirm::Uncommitted {
                    intent: Box::new(intent),
                    base,
                    files,
                });
                Ran::Asked
            }
            Err(Refusal::Conflict { path, .. }) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "tui-not-saved-conflict",
                    &[("path", path.as_str().into())],
                ));
                self.reload_requested = true;
                Ran::Refused
            }
            // A hook's or signing program's output on the one status line.
            Err(e @ (Refusal::Hook { .. } | Refusal::Sign { .. })) => {
                let text = e.to_string();
                let lines: Vec<&str> = text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect();
                self.notice = Some(tr_args(
                    self.lang,
                    "tui-not-saved",
                    &[("reason", lines.join(" · ").into())],
                ));
                Ran::Refused
            }
            Err(e) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "tui-not-saved",
                    &[("reason", e.to_string().into())],
                ));
                Ran::Refused
            }
        };
        self.refresh_sync_status();
        done
    }

    /// `u`: undoes this session's last save with a new commit.
    pub fn undo_last_save(&mut self) {
        let Some(oid) = self.session_saves.last().copied() else {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-nothing-to-undo"));
            return;
        };
        self.run_intent(Intent::Revert { commit: oid }, Vec::new(), Uncommitted::Ask);
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
