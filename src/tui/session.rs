//! The interface's state with the threads that serve it: the loader, the
//! search worker, the file watcher, syncs, the git workers (sync status,
//! history) and the transaction (saves and undos). [`Session::turn`] is one
//! turn of the event loop without the terminal: it takes what the threads
//! sent and starts what the [`App`] asked for. The terminal's part
//! (drawing, keys, `$EDITOR`) is [`super::run`]'s; benchmarks and tests
//! drive a session the same way without one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};

use super::app::App;
use super::editing::{FormCheck, FormFound};
use super::history::{HistoryAnswer, HistoryRequest};
use super::prepare::{Prepared, PreparedReport};
use super::problems::ProblemsState;
use super::search::Worker;
use super::sync::Outcome;
use super::watch::{Fingerprint, Look, Seen, Watcher};
use super::workers::Latest;
use crate::register::date::Date;
use crate::register::lang::Lang;
use crate::register::load::load;
use crate::register::probe::Probe;
use crate::register::validate::{Options, validate};

/// What the loader prepares the screens for: the day reviews are judged
/// on, the problems view's filter and the language.
struct ViewFor {
    today: Date,
    problems: ProblemsState,
    lang: Lang,
}

impl ViewFor {
    fn of(app: &App) -> ViewFor {
        ViewFor {
            today: app.review_day(),
            problems: app.problems.clone(),
            lang: app.lang,
        }
    }
}

/// What the loader thread sends, in this order.
enum Loading {
    /// The organisation folders, before the records are read.
    Outline(Vec<String>),
    Loaded(Box<Prepared>, Box<Fingerprint>),
    Search(Worker),
    Validated(Box<PreparedReport>),
    Failed(String, Box<Probe>),
}

/// Loads and validates the register at `root` on a thread; with
/// `outline`, first lists its organisation folders (for a first screen that
/// has nothing to show yet).
/// What the interface shows of the load (the records' index, the reviews
/// due on `today`, the findings counted and grouped) is made here too
/// ([`super::prepare`]), so taking it costs the input thread no more than a
/// frame.
fn spawn_loader(root: PathBuf, outline: bool, view: ViewFor) -> mpsc::Receiver<Loading> {
    let ViewFor {
        today,
        problems,
        lang,
    } = view;
    let (tx, rx) = mpsc::channel();
    if outline {
        let root = root.clone();
        let tx = tx.clone();
        // On a thread of its own: the listing must not wait for the
        // loader's threads, nor they for it.
        std::thread::spawn(move || {
            if let Ok(folders) = crate::register::outline::organisation_folders(&root) {
                let _ = tx.send(Loading::Outline(folders));
            }
        });
    }
    // What the repository and folders look like is taken before the files
    // are read: a change after that is noticed again, never missed.
    std::thread::spawn(move || match (Fingerprint::take(&root), load(&root)) {
        (disk, Ok(loaded)) => {
            let prepared = Prepared::new(loaded.clone(), today);
            // Held weakly: the interface's copy stays its own to change.
            let shown = Arc::downgrade(prepared.loaded());
            let worker = Worker::spawn(loaded.register.clone());
            if tx
                .send(Loading::Loaded(Box::new(prepared), Box::new(disk)))
                .is_err()
            {
                return;
            }
            if tx.send(Loading::Search(worker)).is_err() {
                return;
            }
            let report = validate(&loaded, &Options::default());
            // Freed here, not on the input thread.
            drop(loaded);
            let report = PreparedReport::new(report, &shown, &problems, lang);
            let _ = tx.send(Loading::Validated(Box::new(report)));
            // What the first save checks against, built now rather than
            // on the user's Ctrl-S (a register that is not in git has
            // nothing to build).
            let _ = crate::register::change::prepare(&root);
        }
        (_, Err(e)) => {
            let probe = crate::register::probe::probe(&root);
            // The screen says what the path holds in the interface's
            // language; only a folder that cannot be read needs the
            // loader's own words.
            let reason = match e {
                crate::register::load::FatalError::Io { .. } => e.to_string(),
                _ => String::new(),
            };
            let _ = tx.send(Loading::Failed(reason, Box::new(probe)));
        }
    });
    rx
}

/// Runs a save or undo on a thread of its own; its outcome goes to `tx`.
fn spawn_job(job: super::transaction::Job, tx: mpsc::Sender<super::transaction::Finished>) {
    std::thread::spawn(move || {
        let _ = tx.send(job.run());
    });
}

/// A worker reading history for the register at `root`.
fn history_worker(root: &Path) -> Latest<HistoryRequest, HistoryAnswer> {
    let root = root.to_path_buf();
    Latest::spawn(move |req: HistoryRequest| req.answer(&root))
}

/// An interface on a register with its threads.
pub struct Session {
    /// The interface's state.
    pub app: App,
    root: PathBuf,
    /// What the load started last sends.
    rx: mpsc::Receiver<Loading>,
    /// That load's number ([`App::load_started`]).
    rx_seq: u64,
    /// The load started last has sent everything and ended.
    load_ended: bool,
    worker: Option<Worker>,
    watcher: Watcher,
    /// Reads what the disk holds for the watcher's reports
    /// ([`Seen::look`]), so the input thread only compares.
    follow: Latest<Look, Seen>,
    sync_tx: mpsc::Sender<Outcome>,
    sync_rx: mpsc::Receiver<Outcome>,
    /// How far the branch and its upstream are apart
    /// ([`crate::register::sync::status`]).
    status: Latest<PathBuf, Option<crate::register::sync::AheadBehind>>,
    /// An activity's log, and what a commit changed, for the history
    /// screen: two workers, so a log being read never holds a change
    /// asked for meanwhile, nor the other way round.
    history_log: Latest<HistoryRequest, HistoryAnswer>,
    history_diff: Latest<HistoryRequest, HistoryAnswer>,
    /// The open form's check ([`App::check_form`]): only the newest
    /// waiting is run.
    form_check: Latest<FormCheck, FormFound>,
    /// The outcome of the save or undo running on a thread.
    transaction_tx: mpsc::Sender<super::transaction::Finished>,
    transaction_rx: mpsc::Receiver<super::transaction::Finished>,
}

impl Session {
    /// Starts `app` (configured: language, keys, notices) on the register
    /// at `root`: the folders are listed, the register is loaded and
    /// validated, and the repository is watched, each on a thread.
    pub fn start(root: &Path, mut app: App) -> Session {
        app.root = root.to_path_buf();
        app.workers = true;
        app.head = crate::register::git::head_info(root);
        app.refresh_sync_status();
        app.loading = true;
        app.validating = true;
        let rx_seq = app.load_started();
        let view = ViewFor::of(&app);
        let (sync_tx, sync_rx) = mpsc::channel();
        let (transaction_tx, transaction_rx) = mpsc::channel();
        Session {
            app,
            root: root.to_path_buf(),
            rx: spawn_loader(root.to_path_buf(), true, view),
            rx_seq,
            load_ended: false,
            worker: None,
            watcher: Watcher::start(root),
            follow: {
                let root = root.to_path_buf();
                Latest::spawn(move |look: Look| Seen::look(&root, look))
            },
            sync_tx,
            sync_rx,
            status: Latest::spawn(|root: PathBuf| crate::register::sync::status(&root).ok()),
            history_log: history_worker(root),
            history_diff: history_worker(root),
            form_check: Latest::spawn(|check: FormCheck| check.run()),
            transaction_tx,
            transaction_rx,
        }
    }

    /// One turn of the event loop, without drawing or reading a key:
    /// starts the load, sync and search the last keys asked for, and takes
    /// what the loader, the watcher, syncs and the search worker sent.
    /// Answers whether the screen may have changed.
    pub fn turn(&mut self) -> bool {
        let mut changed = false;
        // A load asked for by the last turn (a save, an undo) starts
        // before anything of the load running is taken: that one read the
        // register as it was before the change.
        self.start_requested_load();
        changed |= self.take_load();
        let app = &mut self.app;
        if app.sync_requested {
            app.sync_requested = false;
            let tx = self.sync_tx.clone();
            let root = self.root.clone();
            std::thread::spawn(move || {
                let _ = tx.send(App::sync_now(&root));
            });
        }
        while let Ok(outcome) = self.sync_rx.try_recv() {
            self.app.sync_finished(outcome);
            changed = true;
        }
        self.start_requested_load();
        changed |= self.git_work();
        let app = &mut self.app;
        // After a reload was started: changes the interface made itself
        // are then already being loaded and are not loaded twice.
        while let Ok(change) = self.watcher.rx.try_recv() {
            app.outside_change(change);
            changed = true;
        }
        if !app.loading
            && !app.saving()
            && let Some(change) = app.pending_change.take()
        {
            app.outside_change(change);
            changed = true;
        }
        if let Some((seq, look)) = app.follow.request.take() {
            self.follow.send(seq, look);
        }
        while let Ok((seq, seen)) = self.follow.rx.try_recv() {
            changed |= app.outside_seen(seq, seen);
        }
        // Past midnight the reviews due are judged on the new day.
        changed |= app.new_day();
        if let Some(w) = &self.worker {
            if !app.search_stale.is_empty() {
                // Records the interface changed itself: indexed again
                // before the next query, which is asked again.
                for (oi, activities) in app.search_stale.take() {
                    if let Some(entry) = app.organisations().get(oi) {
                        w.reindex(oi, entry.clone(), activities);
                    }
                }
                app.search_again();
            }
            if let Some(req) = app.search_request.take() {
                w.send(req);
            }
            while let Ok((generation, hits)) = w.rx.try_recv() {
                app.search_results(generation, hits);
                changed = true;
            }
        }
        changed
    }

    /// Sends the git work the app asked for to the workers and takes
    /// their answers; answers whether there were any.
    fn git_work(&mut self) -> bool {
        let mut changed = false;
        let app = &mut self.app;
        if let Some(job) = app.transaction_request.take() {
            spawn_job(job, self.transaction_tx.clone());
        }
        while let Ok(finished) = self.transaction_rx.try_recv() {
            // Shown as a save on this thread would show it; the keys held
            // meanwhile are taken (they may ask for more work, sent below).
            app.transaction_finished(finished);
            changed = true;
        }
        if let Some(job) = app.transaction_request.take() {
            spawn_job(job, self.transaction_tx.clone());
        }
        if let Some(seq) = app.status_request.take() {
            self.status.send(seq, self.root.clone());
        }
        while let Ok((seq, status)) = self.status.rx.try_recv() {
            changed |= app.sync_status_arrived(seq, status);
        }
        for req in app.history_requests.drain(..) {
            match req {
                HistoryRequest::Log { seq, .. } => self.history_log.send(seq, req),
                HistoryRequest::Diff { seq, .. } => self.history_diff.send(seq, req),
            }
        }
        for rx in [&self.history_log.rx, &self.history_diff.rx] {
            while let Ok((_, answer)) = rx.try_recv() {
                changed |= app.history_arrived(answer);
            }
        }
        if let Some((seq, check)) = app.form_check_request.take() {
            self.form_check.send(seq, check);
        }
        while let Ok((seq, found)) = self.form_check.rx.try_recv() {
            changed |= app.form_checked(seq, found);
        }
        changed
    }

    /// Whether a thread is at work for the screen (a load, a sync, a
    /// search, git work): the loop then looks again soon.
    pub fn busy(&self) -> bool {
        let app = &self.app;
        app.loading
            || app.syncing
            || app.search.pending()
            || app.reload_requested
            || app.status_asked.pending
            || app.follow.pending()
            || app.saving()
            || app.form_asked.pending
            || app
                .history
                .as_ref()
                .is_some_and(|h| h.loading || h.diff_loading)
    }

    /// Whether the load started last has ended (its report shown, the
    /// first save's snapshot built) and nothing waits: no save or undo
    /// running, no load asked for, no change held back, no search index
    /// to bring up to date.
    pub fn settled(&self) -> bool {
        let app = &self.app;
        self.load_ended
            && !app.saving()
            && app.held.is_empty()
            && !app.loading
            && !app.reload_requested
            && app.pending_change.is_none()
            && !app.follow.pending()
            && app.search_stale.is_empty()
    }

    fn start_requested_load(&mut self) {
        let app = &mut self.app;
        // Not while a save or undo runs: the load would read the register
        // half-way; it starts once the outcome is taken.
        if app.reload_requested && !app.saving() {
            app.reload_requested = false;
            app.loading = true;
            app.validating = true;
            self.rx_seq = app.load_started();
            self.rx = spawn_loader(self.root.clone(), false, ViewFor::of(app));
            self.load_ended = false;
        }
    }

    /// Takes what the current load sent; answers whether there was any.
    fn take_load(&mut self) -> bool {
        let mut changed = false;
        let app = &mut self.app;
        while app.from_current_load(self.rx_seq) {
            let msg = match self.rx.try_recv() {
                Ok(msg) => msg,
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => {
                    // The loader ended (with a register or without one,
                    // when it failed hard): no load is running any more.
                    app.loading = false;
                    app.validating = false;
                    self.load_ended = true;
                    break;
                }
            };
            changed = true;
            match msg {
                Loading::Outline(folders) => {
                    if app.loaded.is_none() {
                        app.outline = folders;
                    }
                }
                Loading::Loaded(l, disk) => {
                    // The old worker's answers name records of the old
                    // register; queries wait for the new one, which was
                    // built from this register whole.
                    self.worker = None;
                    app.search_stale.clear();
                    // HEAD as the loader read it, with the files.
                    app.head = disk.head_info();
                    app.disk = Some(*disk);
                    app.set_prepared(*l);
                    app.refresh_sync_status();
                }
                Loading::Search(w) => {
                    self.worker = Some(w);
                    app.search_again();
                }
                Loading::Validated(r) => {
                    app.validating = false;
                    app.set_prepared_report(*r);
                }
                Loading::Failed(e, probe) => {
                    app.loading = false;
                    app.validating = false;
                    app.load_failure = Some((*probe, e));
                }
            }
        }
        changed
    }
}
