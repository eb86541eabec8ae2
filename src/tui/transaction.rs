//! Saves and undos off the input thread. A save of the form, an undo, a
//! retire, a delete or a file from `$EDITOR` is a [`Job`] for the core's
//! [`change::commit`]: with workers ([`App::workers`]) the event loop runs
//! it on a thread and hands the outcome back
//! ([`App::transaction_finished`]), which is shown exactly as a save on
//! the calling thread shows it. One runs at a time. Meanwhile the screen
//! stays as it was with a "saving" line, and every key, paste and click is
//! held. When the outcome leaves the screen as it was (the same screens,
//! the form still open, no dialog), the held input is taken in order, as
//! if pressed then. When the outcome changed what is shown (the form
//! closed on a save, a refusal or conflict asks a question), the held
//! input is not taken: it was meant for the screen the user saw, and a
//! letter typed into a form must not undo, delete or answer a dialog
//! unseen. The text typed is then shown in the notice, so no word is lost
//! without the user seeing it; Ctrl-C among it still quits.

use std::path::PathBuf;
use std::sync::Arc;

use ratatui::crossterm::event::KeyEvent;

use super::app::{Action, App};
use super::watch::Fingerprint;
use crate::register::change::{self, Baseline, Intent, Outcome, Refusal};
use crate::register::lang::tr;
use crate::register::load::Loaded;

/// Where a key goes, compared before and after an outcome.
#[derive(Debug, PartialEq, Eq)]
struct View {
    stack: Vec<super::app::Screen>,
    /// The form, when open: whether its dialog is.
    form: Option<bool>,
    confirm: bool,
    help: bool,
}

/// A transaction to run: the intent, the files' baselines and options,
/// with the register as loaded (shared, not copied).
pub struct Job {
    root: PathBuf,
    register: Arc<Loaded>,
    intent: Intent,
    base: Vec<Baseline>,
    opts: change::Options,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("root", &self.root)
            .field("intent", &self.intent)
            .finish_non_exhaustive()
    }
}

/// What a [`Job`] gives back.
#[derive(Debug)]
pub struct Finished {
    /// What [`change::commit`] answered.
    pub result: Result<Outcome, Refusal>,
    /// After a commit: the repository's HEAD and index as they were right
    /// after it (read with the commit, not on the input thread), so the
    /// watcher's report of it is known as the interface's own.
    pub git: Option<Fingerprint>,
}

impl Job {
    /// Runs the transaction ([`change::commit`]) on the calling thread.
    /// The register is let go before the outcome is returned, so the
    /// interface, taking the outcome, holds the only reference to it.
    pub fn run(self) -> Finished {
        let Job {
            root,
            register,
            intent,
            base,
            opts,
        } = self;
        let result = change::commit(&root, &register.register, &intent, &base, &opts);
        drop(register);
        let git = matches!(result, Ok(Outcome::Saved(_))).then(|| Fingerprint::git(&root, None));
        Finished { result, git }
    }
}

/// What the interface does with a transaction's outcome.
#[derive(Debug, Clone)]
pub enum After {
    /// The open form was saved (`force`: despite a conflict).
    Form {
        /// The save overwrote a conflict.
        force: bool,
    },
    /// An intent without a form (undo, retire, delete, `$EDITOR`).
    Intent {
        /// The intent, asked again when the user chooses what to do with
        /// uncommitted changes.
        intent: Box<Intent>,
        /// Its baselines.
        base: Vec<Baseline>,
        /// The file `$EDITOR` changed, when that is the intent.
        editor: Option<String>,
    },
}

/// Input that arrived while a transaction ran, taken after its outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Held {
    /// A key.
    Key(KeyEvent),
    /// Pasted text.
    Paste(String),
    /// A click: column, row, terminal width and height.
    Click(u16, u16, u16, u16),
    /// The mouse wheel (up or down).
    Scroll(Action),
}

impl App {
    /// Hands `intent` to the transaction: with workers, asks the event
    /// loop to run it on a thread and shows that it runs; without, runs
    /// it now. `after` says what to do with the outcome.
    pub(super) fn start_transaction(
        &mut self,
        intent: Intent,
        base: Vec<Baseline>,
        opts: change::Options,
        after: After,
    ) {
        let Some(register) = self.loaded.clone() else {
            self.notice = Some(tr(self.lang, "tui-still-loading"));
            return;
        };
        if self.transaction.is_some() {
            // Keys are held while one runs, so this is not reached by a
            // key; said rather than run twice.
            self.notice = Some(tr(self.lang, "tui-saving"));
            return;
        }
        let undo = matches!(intent, Intent::Revert { .. });
        let job = Job {
            root: self.root.clone(),
            register,
            intent,
            base,
            opts,
        };
        if !self.workers {
            let finished = job.run();
            self.transaction_done(after, finished);
            return;
        }
        let saving = tr(self.lang, if undo { "tui-undoing" } else { "tui-saving" });
        match (&after, self.form.as_mut()) {
            (After::Form { .. }, Some(form)) => form.message = Some(saving),
            _ => self.notice = Some(saving),
        }
        self.transaction = Some(after);
        self.transaction_request = Some(job);
    }

    /// Whether a save or undo is running (or waits to start).
    pub fn saving(&self) -> bool {
        self.transaction.is_some()
    }

    /// Takes the outcome of the transaction running on the worker: shown
    /// as a save on the calling thread shows it, then the input held
    /// meanwhile is taken in order.
    pub fn transaction_finished(&mut self, finished: Finished) {
        let Some(after) = self.transaction.take() else {
            return;
        };
        let before = self.view();
        self.transaction_done(after, finished);
        if self.view() == before {
            self.replay_held();
        } else {
            self.set_aside_held();
        }
    }

    /// What the user sees, as far as where a key goes: the screens, the
    /// form and its dialog, a question, the help.
    fn view(&self) -> View {
        View {
            stack: self.stack.clone(),
            form: self.form.as_ref().map(|f| f.dialog.is_some()),
            confirm: self.confirm.is_some(),
            help: self.help,
        }
    }

    /// The outcome changed the screen: the input held for the one before is
    /// not taken. Its text is added to the notice; a Ctrl-C quits.
    fn set_aside_held(&mut self) {
        let mut text = String::new();
        let mut quit = false;
        for input in self.held.drain(..) {
            match input {
                Held::Key(k) => {
                    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
                    match k.code {
                        KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                            quit = true;
                        }
                        KeyCode::Char(c)
                            if !k
                                .modifiers
                                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                        {
                            text.push(c);
                        }
                        _ => {}
                    }
                }
                Held::Paste(t) => text.push_str(&t),
                Held::Click(..) | Held::Scroll(_) => {}
            }
        }
        let text = text.trim();
        if !text.is_empty() {
            let shown = crate::text::printable(text);
            let note = crate::register::lang::tr_args(
                self.lang,
                "tui-held-not-applied",
                &[("text", shown.into())],
            );
            self.notice = Some(match self.notice.take() {
                Some(n) => format!("{n} · {note}"),
                None => note,
            });
        }
        if quit {
            self.quit = true;
            self.exit_notice = self.notice.clone();
        }
    }

    fn transaction_done(&mut self, after: After, finished: Finished) {
        let Finished { result, git } = finished;
        // An outside change read while this ran is read again.
        self.follow.own_changes += 1;
        self.own_git = git;
        match after {
            After::Form { force } => self.form_saved(result, force),
            After::Intent {
                intent,
                base,
                editor,
            } => {
                let ran = self.intent_done(*intent, base, result);
                if let Some(path) = editor {
                    self.editor_outcome(&path, ran);
                }
            }
        }
        self.own_git = None;
    }

    /// HEAD after this interface's own commit, as the transaction's
    /// thread read it right after committing (read here only when it did
    /// not).
    pub(super) fn head_after_own_change(&self) -> Option<crate::register::git::HeadInfo> {
        match &self.own_git {
            Some(git) => git.head_info(),
            None => crate::register::git::head_info(&self.root),
        }
    }

    /// Holds `input` while a transaction runs; answers whether it did.
    pub(super) fn hold(&mut self, input: Held) -> bool {
        if self.transaction.is_none() {
            return false;
        }
        self.held.push_back(input);
        true
    }

    /// The mouse wheel: moves as Up or Down do (held while a save runs).
    pub fn scroll(&mut self, action: Action) {
        if !self.hold(Held::Scroll(action)) {
            self.apply(action);
        }
    }

    /// Takes the input held while the transaction ran, in order, until it
    /// is all taken or one of it starts another transaction.
    fn replay_held(&mut self) {
        while self.transaction.is_none() && !self.quit {
            let Some(input) = self.held.pop_front() else {
                break;
            };
            match input {
                Held::Key(k) => self.handle_key(k),
                Held::Paste(t) => self.paste(&t),
                Held::Click(x, y, w, h) => self.click(x, y, w, h),
                Held::Scroll(a) => self.apply(a),
            }
            if self.quit {
                // The user quit before seeing the outcome: it is printed
                // when the interface has ended.
                self.exit_notice = self.notice.clone();
                self.held.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn press(app: &mut App, c: char) {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }

    /// An interface with workers whose undo is running.
    fn undoing() -> App {
        let mut app = App::new("x");
        app.workers = true;
        app.transaction = Some(After::Intent {
            intent: Box::new(Intent::Revert {
                commit: git2::Oid::from_bytes(&[0; 20]).expect("oid"),
            }),
            base: Vec::new(),
            editor: None,
        });
        app
    }

    #[test]
    fn keys_held_while_a_transaction_runs_are_taken_in_order_after_it() {
        let mut app = undoing();
        // `?` opens the help, `?` closes it, `q` quits: only in this order
        // does the interface end.
        for c in ['?', '?', 'q'] {
            press(&mut app, c);
        }
        app.paste("pasted");
        assert_eq!(app.held.len(), 4);
        assert!(!app.help && !app.quit, "nothing taken yet");
        app.transaction_finished(Finished {
            result: Ok(Outcome::NoChange),
            git: None,
        });
        assert!(app.transaction.is_none());
        assert!(app.quit, "the quit waited for the outcome");
        assert!(app.held.is_empty(), "nothing is taken after the quit");
        assert_eq!(
            app.exit_notice.as_deref(),
            Some(tr(app.lang, "tui-no-changes").as_str()),
            "the outcome is kept for the terminal"
        );
    }

    #[test]
    fn an_outcome_with_no_transaction_running_changes_nothing() {
        let mut app = App::new("x");
        app.workers = true;
        app.transaction_finished(Finished {
            result: Ok(Outcome::NoChange),
            git: None,
        });
        assert!(app.notice.is_none());
        press(&mut app, '?');
        assert!(app.help, "keys are not held without a transaction");
    }
}
