//! `S`: sync the register with the team's remote from the interface. The
//! network work runs on a thread so the interface keeps drawing; the
//! status bar shows how far the branch and its upstream are apart. git
//! runs detached from the terminal the interface owns
//! ([`sync::Terminal::Detached`]): when it needs a password, the message
//! says to run `ropa sync PATH` in a terminal.

use super::app::{App, Confirm};
use crate::register::sync::{self, SyncError, SyncOptions, SyncReport};

/// What a sync thread reports back.
#[derive(Debug)]
pub struct Outcome(pub Result<SyncReport, SyncError>);

impl App {
    /// `S`: asks the event loop to sync on a background thread.
    pub fn request_sync(&mut self) {
        if self.head.is_none() {
            self.notice = Some("read-only: not a git work tree, nothing to sync".into());
            return;
        }
        if self.syncing {
            return;
        }
        self.syncing = true;
        self.sync_requested = true;
        self.notice = Some("Syncing with the team's remote…".into());
    }

    /// Runs a sync now, on the calling thread (the event loop calls this
    /// on a worker thread; tests call it directly).
    pub fn sync_now(root: &std::path::Path) -> Outcome {
        Outcome(sync::sync(root, &SyncOptions::default()))
    }

    /// Takes a finished sync's result: a short notice, the full report in
    /// an overlay when the user must act, and a reload.
    pub fn sync_finished(&mut self, outcome: Outcome) {
        self.syncing = false;
        match outcome.0 {
            Ok(r) => {
                let pushed = r.pushed.as_ref().map_or(0, |p| p.commits.len());
                self.notice = Some(format!(
                    "Synced with {}: {} change(s) from the team, {} pushed{}{}",
                    r.upstream,
                    r.incoming.len(),
                    pushed,
                    if r.dropped.is_empty() {
                        String::new()
                    } else {
                        format!(", {} dropped (no longer on the remote)", r.dropped.len())
                    },
                    if r.forced {
                        " (despite validation errors)"
                    } else {
                        ""
                    }
                ));
                if !r.dropped.is_empty() {
                    // Someone removed commits from the remote (e.g. personal
                    // data committed by mistake): the user must know they
                    // are gone here too.
                    let mut text = format!(
                        "{} no longer has these commits (removed there, e.g. by a \
                         force-push). They were dropped from your branch too, not \
                         replayed and not pushed:\n",
                        r.upstream
                    );
                    for c in &r.dropped {
                        text.push_str(&format!("  {}\n", crate::text::printable(&c.to_string())));
                    }
                    self.confirm = Some(Confirm::Report {
                        title: "Synced; commits dropped".into(),
                        text,
                    });
                }
                self.reload_requested = true;
                self.head = crate::register::git::head_info(&self.root);
            }
            Err(e) => {
                // The remote's text and git's messages come from outside:
                // no control characters reach the terminal.
                let text = e
                    .to_string()
                    .lines()
                    .map(crate::text::printable)
                    .collect::<Vec<_>>()
                    .join("\n");
                self.notice = Some(format!(
                    "Sync stopped: {}",
                    text.lines().next().unwrap_or_default()
                ));
                self.confirm = Some(Confirm::Report {
                    title: "Sync stopped".into(),
                    text,
                });
            }
        }
        self.refresh_sync_status();
    }

    /// Reads how far the branch and its upstream are apart (no network).
    pub fn refresh_sync_status(&mut self) {
        self.ahead_behind = sync::status(&self.root).ok();
    }
}
