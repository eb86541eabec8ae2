//! `S`: sync the register with the team's remote from the interface. The
//! network work runs on a thread so the interface keeps drawing; the
//! status bar shows how far the branch and its upstream are apart. git
//! runs detached from the terminal the interface owns
//! ([`sync::Terminal::Detached`]): when it needs a password, the message
//! says to run `ropa sync PATH` in a terminal.

use super::app::{App, Confirm};
use crate::register::lang::{tr, tr_args};
use crate::register::sync::{self, SyncError, SyncOptions, SyncReport};

/// What a sync thread reports back.
#[derive(Debug)]
pub struct Outcome(pub Result<SyncReport, SyncError>);

impl App {
    /// `S`: asks the event loop to sync on a background thread.
    pub fn request_sync(&mut self) {
        if self.head.is_none() {
            self.notice = Some(tr(self.lang, "tui-sync-read-only"));
            return;
        }
        if self.syncing {
            return;
        }
        self.syncing = true;
        self.sync_requested = true;
        self.notice = Some(tr(self.lang, "tui-sync-running"));
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
                let mut notice = tr_args(
                    self.lang,
                    "tui-sync-done",
                    &[
                        ("to", r.upstream.as_str().into()),
                        ("count", r.incoming.len().into()),
                        ("n", pushed.into()),
                    ],
                );
                if !r.dropped.is_empty() {
                    notice.push_str(&tr_args(
                        self.lang,
                        "tui-sync-dropped",
                        &[("n", r.dropped.len().into())],
                    ));
                }
                if r.forced {
                    notice.push_str(&tr(self.lang, "tui-sync-forced"));
                }
                self.notice = Some(notice);
                if !r.dropped.is_empty() {
                    // Someone removed commits from the remote (e.g. personal
                    // data committed by mistake): the user must know they
                    // are gone here too.
                    let mut text = tr_args(
                        self.lang,
                        "tui-sync-dropped-report",
                        &[("to", r.upstream.as_str().into())],
                    );
                    text.push('\n');
                    for c in &r.dropped {
                        text.push_str(&format!("  {}\n", crate::text::printable(&c.to_string())));
                    }
                    self.confirm = Some(Confirm::Report {
                        title: tr(self.lang, "tui-sync-dropped-title"),
                        text,
                    });
                }
                // What it brought in (and HEAD with it): from the changed
                // files alone when they can be.
                self.follow_sync();
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
                self.notice = Some(tr_args(
                    self.lang,
                    "tui-sync-stopped-notice",
                    &[("reason", text.lines().next().unwrap_or_default().into())],
                ));
                self.confirm = Some(Confirm::Report {
                    title: tr(self.lang, "tui-sync-stopped"),
                    text,
                });
            }
        }
        self.refresh_sync_status();
    }

    /// Reads how far the branch and its upstream are apart (no network):
    /// asks the event loop's worker, or, with no workers, reads it now.
    /// Until the answer comes the status bar shows the last one.
    pub fn refresh_sync_status(&mut self) {
        if self.workers {
            self.status_request = Some(self.status_asked.ask());
        } else {
            self.ahead_behind = sync::status(&self.root).ok();
        }
    }

    /// Takes the worker's answer to status request `seq`; an answer to an
    /// older request than the one asked last is dropped. Answers whether
    /// it was taken.
    pub fn sync_status_arrived(&mut self, seq: u64, status: Option<sync::AheadBehind>) -> bool {
        if !self.status_asked.answers(seq) {
            return false;
        }
        self.ahead_behind = status;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(ahead: usize) -> Option<sync::AheadBehind> {
        Some(sync::AheadBehind {
            ahead,
            behind: 0,
            upstream: "origin/main".into(),
            fetched: true,
            more: false,
        })
    }

    #[test]
    fn with_workers_the_status_is_asked_and_an_outdated_answer_dropped() {
        let mut app = App::new("x");
        app.workers = true;
        app.ahead_behind = status(1);
        app.refresh_sync_status();
        let first = app.status_request.take().expect("asked");
        app.refresh_sync_status();
        let second = app.status_request.take().expect("asked again");
        // The last known value stays until the answer to the newest
        // request comes.
        assert!(!app.sync_status_arrived(first, status(2)));
        assert_eq!(app.ahead_behind, status(1));
        assert!(app.sync_status_arrived(second, status(3)));
        assert_eq!(app.ahead_behind, status(3));
    }
}
