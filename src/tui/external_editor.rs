//! `E`: the record's file in the user's own editor (`$VISUAL`, else
//! `$EDITOR`, else `vi`) at the line of the selected field. On return the
//! file is handed to the core as an intent, checked like a form save (it
//! must parse, and add no validation error: a wrong id, a dangling
//! reference) and committed; otherwise it is never committed and never
//! thrown away unasked.

use std::path::Path;
use std::process::{Command, ExitStatus};

use super::app::{App, Confirm, EditorRequest};
use super::lifecycle::Ran;
use crate::register::change::{self, Baseline, Intent, Refusal, Uncommitted};
use crate::register::date::Date;

impl App {
    /// Asks the event loop to run the editor on the selected record.
    pub fn request_editor(&mut self) {
        if self.head.is_none() {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-read-only-short"));
            return;
        }
        let Some((path, line)) = self.selected_file() else {
            return;
        };
        if std::fs::symlink_metadata(self.root.join(&path)).is_ok_and(|m| !m.is_file()) {
            self.notice = Some(format!(
                "{path} is not a regular file; ropa does not open it"
            ));
            return;
        }
        let before = match std::fs::read(self.root.join(&path)) {
            Ok(b) => b,
            Err(e) => {
                self.notice = Some(format!("{path}: {e}"));
                return;
            }
        };
        // The file's blob in HEAD now: a commit of it while the editor
        // runs is a concurrent change.
        let head = change::baseline(&self.root, &path)
            .ok()
            .and_then(|b| b.head);
        self.editor_request = Some(EditorRequest {
            path,
            line,
            before,
            head,
        });
    }

    /// After the editor has returned: the file as the editor left it goes to
    /// the core's transaction as one intent. A file that does not parse, or
    /// would add validation errors, is never committed and never thrown
    /// away unasked: the user reopens the editor, discards the edit or
    /// keeps the file uncommitted.
    pub fn after_editor(&mut self, req: EditorRequest, status: std::io::Result<ExitStatus>) {
        if let Err(e) = status {
            self.notice = Some(format!(
                "could not start the editor ({e}); set $EDITOR, e.g. export EDITOR=nano"
            ));
            return;
        }
        let path = req.path.clone();
        let now = match std::fs::read(self.root.join(&path)) {
            Ok(b) => b,
            Err(e) => {
                self.notice = Some(format!("{path}: {e}"));
                return;
            }
        };
        if now == req.before {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-no-change-editor"));
            return;
        }
        let Some(loaded) = self.loaded.as_ref() else {
            self.notice = Some(format!(
                "{path} is kept as you wrote it, not committed: the register is still loading"
            ));
            return;
        };
        let intent = Intent::ReplaceFile {
            path: path.clone(),
            before: req.before.clone(),
            after: now.clone(),
        };
        let base = vec![Baseline {
            path: path.clone(),
            disk: Some(now),
            base: Some(req.before.clone()),
            head: req.head,
        }];
        let checked = change::check(&self.root, &loaded.register, &intent, &base, Date::today());
        let broken = |problem: String, line: usize| Confirm::BrokenFile {
            path: path.clone(),
            problem,
            line,
            before: req.before.clone(),
            head: req.head,
        };
        match checked {
            Err(Refusal::NotParsing {
                line, col, message, ..
            }) => {
                self.confirm = Some(broken(format!("{path}:{line}:{col}: {message}"), line));
                return;
            }
            Ok(errors) if !errors.is_empty() => {
                let line = errors
                    .iter()
                    .find(|e| e.path == path)
                    .map_or(req.line, |e| e.line);
                let list: Vec<String> = errors
                    .iter()
                    .map(|e| {
                        format!(
                            "{}:{}:{}: error[{}]: {}",
                            e.path, e.line, e.column, e.rule, e.message
                        )
                    })
                    .collect();
                self.confirm = Some(broken(
                    format!(
                        "The file would add errors to the register:\n{}",
                        list.join("\n")
                    ),
                    line,
                ));
                return;
            }
            Err(e) => {
                self.confirm = Some(broken(e.to_string(), req.line));
                return;
            }
            Ok(_) => {}
        }
        self.run_intent_for(intent, base, Uncommitted::Ask, Some(path));
    }

    /// What the status line adds when the transaction did not commit the
    /// file `$EDITOR` changed at `path`.
    pub(super) fn editor_outcome(&mut self, path: &str, ran: Ran) {
        match ran {
            Ran::Refused => {
                let why = self.notice.take().unwrap_or_default();
                self.notice = Some(format!(
                    "{why}; {path} is kept as you wrote it, not committed (see `git status`)"
                ));
            }
            // Only comments or layout changed, which the register does not
            // keep: the file is left as written, and the user is told.
            Ran::NoChange => {
                self.notice = Some(format!(
                    "Nothing to commit: only comments or layout changed, which the register \
                     does not keep; {path} is left as you wrote it, not committed \
                     (`git checkout -- {path}` drops it)"
                ));
            }
            Ran::Saved | Ran::Asked => {}
        }
    }
}

/// Runs the user's editor on `file` at `line` and waits for it. The
/// command is run by `sh`, so `$EDITOR` may hold arguments
/// (`code --wait`).
pub fn run_editor(file: &Path, line: usize) -> std::io::Result<ExitStatus> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string());
    Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg("sh")
        .arg(format!("+{line}"))
        .arg(file)
        .status()
}
