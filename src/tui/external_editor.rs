//! `E`: the record's file in the user's own editor (`$VISUAL`, else
//! `$EDITOR`, else `vi`) at the line of the selected field. On return the
//! file is parsed, validated and committed like a form save; a file that no
//! longer parses is never committed and never thrown away unasked.

use std::path::Path;
use std::process::{Command, ExitStatus};

use super::app::{App, Confirm, EditorRequest};
use crate::register::diff;
use crate::register::format::{is_organisation_file, to_canonical};
use crate::register::load::parse_record;
use crate::register::model::{Activity, Organisation};
use crate::register::save::{self, Edit};

impl App {
    /// Asks the event loop to run the editor on the selected record.
    pub fn request_editor(&mut self) {
        if self.head.is_none() {
            self.notice = Some("read-only: not a git work tree".into());
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
        self.editor_request = Some(EditorRequest {
            path,
            line,
            before,
            head: self.head_oid(),
        });
    }

    /// After the editor has returned: commit the change, or keep a broken
    /// file and ask what to do.
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
            self.notice = Some("No change in the editor; nothing committed.".into());
            return;
        }
        let text = String::from_utf8_lossy(&now).into_owned();
        let is_org = is_organisation_file(&path);
        let parsed = if is_org {
            parse_record::<Organisation>(&text).map(Record::Org)
        } else {
            parse_record::<Activity>(&text).map(Record::Act)
        };
        let new = match parsed {
            Ok(r) => r,
            Err((pos, message)) => {
                self.confirm = Some(Confirm::BrokenFile {
                    problem: format!("{path}:{}:{}: {message}", pos.line, pos.col),
                    path,
                    line: pos.line,
                    before: req.before,
                });
                return;
            }
        };
        if self.head_oid() != req.head {
            self.notice = Some(format!(
                "the register's history moved while you edited; {path} is kept as you wrote it, \
                 not committed (see `git status`)"
            ));
            self.reload_requested = true;
            return;
        }
        let before_text = String::from_utf8_lossy(&req.before).into_owned();
        let (canonical, message) = match (&new, is_org) {
            (Record::Org(o), _) => {
                let old = parse_record::<Organisation>(&before_text).ok();
                let changes = old
                    .map(|old| diff::diff_records(&old, o))
                    .unwrap_or_default();
                (
                    to_canonical(o),
                    diff::commit_message(&diff::subject(&o.name, None), &changes),
                )
            }
            (Record::Act(a), _) => {
                let old = parse_record::<Activity>(&before_text).ok();
                let changes = old
                    .map(|old| diff::diff_records(&old, a))
                    .unwrap_or_default();
                let org_name = self
                    .organisations()
                    .iter()
                    .find(|o| path.starts_with(&format!("{}/", o.org.id)))
                    .map(|o| o.org.name.clone())
                    .unwrap_or_default();
                (
                    to_canonical(a),
                    diff::commit_message(&diff::subject(&org_name, Some(&a.name)), &changes),
                )
            }
        };
        let canonical = match canonical {
            Ok(c) => c,
            Err(e) => {
                self.notice = Some(format!("{path}: {e}; kept as written, not committed"));
                return;
            }
        };
        let edit = Edit {
            writes: vec![(path, canonical.into_bytes())],
            removes: Vec::new(),
            message,
        };
        // The file differs from its loaded state by design (the user just
        // edited it) and HEAD was checked above, so the save is forced.
        let result = save::save(&self.root, &edit, &[], true);
        self.finish_save(result, &edit);
    }
}

enum Record {
    Org(Organisation),
    Act(Activity),
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
