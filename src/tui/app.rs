//! The interface's state and how actions change it. Nothing here draws or
//! touches the terminal, so key sequences can be scripted in tests.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::keys::Context;

use super::records;
use super::search::{Request, SearchState};
use crate::register::load::{Loaded, OrgEntry};
use crate::register::search::Hit;
use crate::register::validate::{Finding, Report};

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection or scroll up one line.
    Up,
    /// Move down one line.
    Down,
    /// Up one page.
    PageUp,
    /// Down one page.
    PageDown,
    /// To the first item.
    Top,
    /// To the last item.
    Bottom,
    /// Open the selected item.
    Open,
    /// Go back one screen.
    Back,
    /// Show the problems view.
    Problems,
    /// Show the gaps report (the to-do list for the next review).
    Gaps,
    /// Toggle the help overlay.
    Help,
    /// Leave the program.
    Quit,
    /// Open the search.
    Search,
    /// Move the focus to the next pane.
    NextPane,
    /// Edit the selected activity or organisation.
    Edit,
    /// A new activity in the current organisation.
    New,
    /// Copy the selected activity under a new id.
    Copy,
    /// A new organisation.
    NewOrganisation,
    /// Open the selected record's file in `$EDITOR`.
    ExternalEditor,
    /// Retire the selected activity (status retired, kept in history).
    Retire,
    /// The list of reviews due (overdue and due soon), by owner.
    Due,
    /// Mark the selected activity reviewed today (one commit).
    Reviewed,
    /// Delete the selected activity, after confirmation.
    Delete,
    /// The commits that touched the selected activity.
    History,
    /// Undo the last save of this session with a new commit.
    Undo,
    /// Sync with the team's remote (fetch, replay, validate, push).
    Sync,
    /// Load the register again from disk.
    Reload,
    /// On the history screen: switch between the changes in words and the
    /// raw diff.
    Raw,
    /// The selected organisation's facts (its own detail screen).
    Organisation,
    /// Problems view: errors only (again: every finding).
    OnlyErrors,
    /// Problems view: warnings only (again: every finding).
    OnlyWarnings,
    /// Problems view: acknowledged findings only (again: every finding).
    OnlyAcknowledged,
    /// Problems view: choose a rule to show the findings of.
    Rules,
    /// Detail views: go to section `n` (1–9).
    Section(u8),
    /// Form: save the record (one commit).
    Save,
    /// Form: leave (asking first when something was typed).
    Leave,
    /// Form: go to a field by its label.
    FindField,
    /// Form: fold or unfold the section whose header is focused.
    Fold,
    /// Form: fold every section but the focused one.
    FoldOthers,
    /// Form: open the picker of the focused field (a choice, a reference).
    Pick,
    /// Form: the next field.
    NextField,
    /// Form: the field before.
    PreviousField,
    /// Form: the next section.
    NextSection,
    /// Form: the section before.
    PreviousSection,
    /// Form: a new item in the focused list.
    AddItem,
    /// Form: remove the list item the focus is in.
    RemoveItem,
    /// Form: clear the focused optional field (or remove the focused item).
    ClearField,
    /// Form: empty the focused text.
    ClearText,
    /// Form: delete the word before the cursor.
    DeleteWord,
    /// Form: a line break in the focused text.
    NewLine,
    /// Form: move the focused list item up.
    MoveItemUp,
    /// Form: move the focused list item down.
    MoveItemDown,
    /// Where the data go: the map of the organisation shown, or of the
    /// whole register from the list of organisations.
    Map,
}

/// A question the interface asks before doing something drastic.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Delete activity `act` of organisation `org`.
    Delete {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
    },
    /// A report to read (a sync that stopped); any key closes it.
    Report {
        /// The overlay's title.
        title: String,
        /// The report.
        text: String,
    },
    /// The file edited in `$EDITOR` no longer parses, or would add
    /// validation errors: it was not committed.
    BrokenFile {
        /// Register-relative path.
        path: String,
        /// Where and why it cannot be committed.
        problem: String,
        /// Line to reopen the editor at.
        line: usize,
        /// The file's bytes before the editor ran, to restore on discard.
        before: Vec<u8>,
        /// The file's blob in HEAD when the editor first started.
        head: Option<Option<git2::Oid>>,
    },
    /// A change (retire, delete, undo, an editor's result) touches files
    /// with uncommitted changes ropa did not make: include them, set them
    /// aside, or cancel.
    Uncommitted {
        /// What was asked for.
        intent: Box<crate::register::change::Intent>,
        /// What the files looked like when it began.
        base: Vec<crate::register::change::Baseline>,
        /// The files and what their changes touch.
        files: Vec<crate::register::change::Dirty>,
    },
}

/// A request to suspend the interface and run `$EDITOR` on a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditorRequest {
    /// Register-relative path.
    pub path: String,
    /// Line to open at (1-based).
    pub line: usize,
    /// The file's bytes before the editor ran.
    pub before: Vec<u8>,
    /// The file's blob in HEAD when the editor first started (`None`: not
    /// known); a commit of the file meanwhile is a concurrent change.
    pub head: Option<Option<git2::Oid>>,
}

/// The screens, outermost first. Screens name their records by id (see
/// [`super::records`]), so a reload never moves them to another record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Organisations with activity and finding counts.
    Organisations,
    /// The activities of one organisation (or, when its file does not
    /// parse, the problem with it).
    Activities {
        /// Organisation id.
        org: String,
    },
    /// One activity in full (or, when its file does not parse, the problem
    /// with it).
    Detail {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
    },
    /// Every finding of the register.
    Problems,
    /// Fuzzy search over every text field.
    Search,
    /// The form editing one record.
    Form,
    /// One organisation's own facts (name, role, contacts, DPO,
    /// recipients, systems …).
    Organisation {
        /// Organisation id.
        org: String,
    },
    /// The commits that touched one activity's file.
    History {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
    },
    /// The gaps report: facts not stated, acknowledged findings and open
    /// findings by who can answer them, per organisation.
    Gaps,
    /// Where the data go: destinations, recipients and activities.
    Map {
        /// Organisation id; `None` for the whole register.
        org: Option<String>,
    },
    /// The reviews due, grouped by owner.
    Due,
}

/// Why the register is loaded again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reload {
    /// The user asked for it (the reload key).
    Manual,
    /// Something outside ropa changed the repository or a record's file.
    Outside,
}

/// The whole state of the interface.
#[derive(Debug, Default)]
pub struct App {
    /// The register, once loaded (shared with a save running on a
    /// worker, which reads it).
    pub loaded: Option<std::sync::Arc<Loaded>>,
    /// The organisation folders, listed before the register is loaded
    /// (the organisations screen shows them until it is).
    pub outline: Vec<String>,
    /// Why no register could be loaded, and what the path holds (shown
    /// instead of empty lists).
    pub load_failure: Option<(crate::register::probe::Probe, String)>,
    /// The validator's findings, once computed (see [`App::set_report`]).
    pub(super) report: Option<Report>,
    /// `report` indexed: findings and counts by file and folder.
    pub(super) findings: super::tally::Findings,
    /// The register's folder as given.
    pub root_label: String,
    /// Screens entered, the current one last.
    pub stack: Vec<Screen>,
    /// Selected row per screen depth.
    pub selected: Vec<usize>,
    /// Scroll offset of the detail view.
    pub scroll: u16,
    /// Field to highlight in the detail view (from a problem).
    pub focus_field: Option<String>,
    /// Text the detail view scrolls to (a search hit's field, a finding).
    pub focus_text: Option<String>,
    /// The detail view should scroll to `focus_text` on its next draw.
    pub scroll_to_focus: bool,
    /// The help overlay is shown.
    pub help: bool,
    /// The program should end.
    pub quit: bool,
    /// Rows a page moves.
    pub page: usize,
    /// Messages for the status line (load errors, notices).
    pub notice: Option<String>,
    /// The notice that a key does not apply here, while it is shown: it
    /// is about one key press, so the next key takes it away (on another
    /// screen the key may well apply).
    key_notice: Option<String>,
    /// Branch and short HEAD id; `None` when the register is not in a git
    /// work tree (then it is read-only).
    pub head: Option<crate::register::git::HeadInfo>,
    /// The search screen's state (kept while a hit is open, so Esc returns
    /// to the results).
    pub search: SearchState,
    /// The problems view's filter and rule picker.
    pub problems: super::problems::ProblemsState,
    /// The problems view's rows, made when the report, the register or
    /// the filter changes.
    pub(super) problem_view: super::problems::View,
    /// A query waiting to be sent to the search worker.
    pub search_request: Option<Request>,
    /// Records the interface changed itself since the search worker's
    /// index was built (the event loop has them indexed again).
    pub search_stale: super::search::Stale,
    /// On the activities screen of a wide terminal, the detail preview
    /// pane has the focus (Tab switches).
    pub preview_focus: bool,
    /// The terminal is wide enough for the list and preview side by side.
    pub wide: bool,
    /// Key bindings (the defaults, or the user's `key_bindings.ron`).
    pub keys: super::keys::KeyMap,
    /// The register's folder.
    pub root: std::path::PathBuf,
    /// The open form, if any.
    pub form: Option<super::form::Form>,
    /// What the open form edits.
    pub form_target: Option<super::editing::Target>,
    /// The register should be loaded again (after a save).
    pub reload_requested: bool,
    /// The number of the load started last ([`App::load_started`]): what
    /// an earlier load sends is about the register before a later change
    /// and is not shown.
    load_seq: u64,
    /// Why, when it is not this interface's own change.
    pub reload_why: Option<Reload>,
    /// A load is running (requested and not yet arrived).
    pub loading: bool,
    /// The load started last has not sent its report yet (it validates
    /// after the register arrived).
    pub validating: bool,
    /// Where each record is, by id, in `loaded`.
    pub index: super::records::Index,
    /// The repository and folders as they were when `loaded` was read.
    pub disk: Option<super::watch::Fingerprint>,
    /// Changes reported while a load was running, checked once it arrives.
    pub pending_change: Option<super::watch::Changed>,
    /// Outside changes asked about on the follow worker, and how they
    /// were taken ([`super::follow`]).
    pub follow: super::follow::Following,
    /// The open form's file as it was on disk when the form opened (`None`
    /// for a new record), to tell whether a change outside ropa touched it.
    pub form_file: Option<Vec<u8>>,
    /// After the next load, open the record in this file.
    pub select_after_reload: Option<String>,
    /// Commits made by saves in this session, oldest first (for undo).
    pub session_saves: Vec<git2::Oid>,
    /// An open question (delete, broken file after `$EDITOR`).
    pub confirm: Option<Confirm>,
    /// `$EDITOR` should be run on a file (the event loop does it).
    pub editor_request: Option<EditorRequest>,
    /// First row of the help overlay shown.
    pub help_scroll: usize,
    /// The history screen's state.
    pub history: Option<super::history::HistoryState>,
    /// A save or undo is running on the event loop's worker: what to do
    /// with its outcome ([`super::transaction`]).
    pub transaction: Option<super::transaction::After>,
    /// A transaction the event loop runs on a worker.
    pub transaction_request: Option<super::transaction::Job>,
    /// HEAD and the index as the transaction's worker read them right
    /// after its commit, while its outcome is being shown.
    pub(super) own_git: Option<super::watch::Fingerprint>,
    /// Keys (and pastes, clicks) pressed while a transaction runs, in
    /// order: taken once its outcome is shown, as if pressed then.
    pub held: std::collections::VecDeque<super::transaction::Held>,
    /// What the interface printed last before it ended when a quit waited
    /// for a save: the save's outcome, for standard error.
    pub exit_notice: Option<String>,
    /// The number of the last history request ([`super::history`]).
    pub history_seq: u64,
    /// History requests the event loop sends to its workers.
    pub history_requests: Vec<super::history::HistoryRequest>,
    /// A sync should start (the event loop runs it on a thread).
    pub sync_requested: bool,
    /// A sync is running.
    pub syncing: bool,
    /// How far the branch and its upstream are apart, as of the last fetch
    /// (the last answer; `None` until one came).
    pub ahead_behind: Option<crate::register::sync::AheadBehind>,
    /// Git work (how far from the upstream, history, saves and undos)
    /// runs on the session's worker threads ([`super::session::Session`]
    /// sets this); otherwise, with the `App` driven alone, on the calling
    /// thread.
    pub workers: bool,
    /// The request for [`App::ahead_behind`] asked last.
    pub status_asked: super::workers::Asked,
    /// A request for [`App::ahead_behind`] the event loop sends to its
    /// worker: its number.
    pub status_request: Option<u64>,
    /// The open form's check asked last ([`App::check_form`]).
    pub form_asked: super::workers::Asked,
    /// A form check the event loop sends to its worker, with its number.
    pub form_check_request: Option<(u64, super::editing::FormCheck)>,
    /// The reviews due the loader listed, for [`App::refresh_due`] to take
    /// when the day is the same.
    pub(super) due_prepared: Option<(
        crate::register::date::Date,
        Vec<crate::register::due::Review>,
    )>,
    /// The language the interface speaks (resolved as the command line's).
    pub lang: crate::register::lang::Lang,
    /// The gaps screen's rows, while it is open.
    pub(super) gaps: Option<super::gaps::GapsView>,
    /// The map screen's folded rows.
    pub map: super::map::MapState,
    /// The reviews due and their counts (see [`App::refresh_due`]).
    pub due: super::due::DueState,
    /// The day reviews are judged on and recorded with, and the gaps
    /// report judges expiries against, when not the user's local date
    /// (tests set it; see [`App::review_day`]).
    pub today: Option<crate::register::date::Date>,
}

/// Terminals at least this wide show the activity list and a preview.
pub const WIDE: u16 = 110;

/// Rows above the first data row of a list screen (border and header).
pub fn first_row(screen: &Screen) -> u16 {
    match screen {
        Screen::Organisations | Screen::Activities { .. } => 2,
        Screen::Problems | Screen::Gaps | Screen::Due => 1,
        Screen::Search => 4,
        Screen::Detail { .. }
        | Screen::Organisation { .. }
        | Screen::Form
        | Screen::History { .. }
        | Screen::Map { .. } => 1,
    }
}

impl App {
    /// A new interface on the register at `root_label`, not yet loaded.
    pub fn new(root_label: impl Into<String>) -> Self {
        let root_label = root_label.into();
        App {
            root: std::path::PathBuf::from(&root_label),
            root_label,
            stack: vec![Screen::Organisations],
            selected: vec![0],
            page: 10,
            ..App::default()
        }
    }

    /// The current screen.
    pub fn screen(&self) -> Screen {
        self.stack.last().cloned().unwrap_or(Screen::Organisations)
    }

    /// The selected row of the current screen.
    pub fn selection(&self) -> usize {
        self.selected.last().copied().unwrap_or(0)
    }

    fn set_selection(&mut self, v: usize) {
        if let Some(s) = self.selected.last_mut() {
            *s = v;
        }
    }

    /// Organisations, once loaded.
    pub fn organisations(&self) -> &[OrgEntry] {
        self.loaded
            .as_ref()
            .map_or(&[][..], |l| &l.register.organisations[..])
    }

    /// The validator's report, once computed.
    pub fn report(&self) -> Option<&Report> {
        self.report.as_ref()
    }

    /// Findings in one file, unacknowledged, in report order (an index
    /// lookup).
    pub fn findings_in<'a>(&'a self, path: &str) -> impl Iterator<Item = &'a Finding> + 'a {
        let findings = self.report.as_ref().map_or(&[][..], |r| &r.findings[..]);
        self.findings
            .active_in(path)
            .iter()
            .filter_map(move |&i| findings.get(i))
    }

    /// Error and warning counts (not acknowledged) of the file at
    /// register path `path`.
    pub fn file_counts(&self, path: &str) -> (usize, usize) {
        self.findings.file(path).active()
    }

    /// Error and warning counts (not acknowledged) of every file of
    /// organisation folder `org`.
    pub fn org_counts(&self, org: &str) -> (usize, usize) {
        self.findings.folder(org).active()
    }

    /// The report's counts: errors, warnings, acknowledged findings.
    pub fn totals(&self) -> super::tally::Tally {
        self.findings.total()
    }

    /// Rows of the current list screen.
    pub fn rows(&self) -> usize {
        match self.screen() {
            Screen::Organisations => self.org_row_count(),
            Screen::Activities { org } => self.org(&org).map_or(0, |o| self.act_rows(o).len()),
            Screen::Problems => super::problems::shown_len(self),
            Screen::Gaps => self.gaps_len(),
            Screen::Search => self.search.hits.len(),
            Screen::Map { .. } => self.map_len(),
            Screen::Due => self.due.reviews.len(),
            Screen::Detail { .. }
            | Screen::Organisation { .. }
            | Screen::Form
            | Screen::History { .. } => 0,
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        if self.help {
            // `q` closes the help as Esc does; only Ctrl-C quits from here.
            match action {
                Action::Quit | Action::Help | Action::Back => self.help = false,
                Action::Down => {
                    self.help_scroll = (self.help_scroll + 1).min(self.help_rows().len())
                }
                Action::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
                _ => {}
            }
            return;
        }
        let rows = self.rows();
        let sel = self.selection();
        let preview =
            self.wide && self.preview_focus && matches!(self.screen(), Screen::Activities { .. });
        let detail = matches!(
            self.screen(),
            Screen::Detail { .. } | Screen::Organisation { .. }
        ) || preview;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::Up if detail => self.scroll = self.scroll.saturating_sub(1),
            Action::Down if detail => self.scroll = self.scroll.saturating_add(1),
            Action::PageUp if detail => self.scroll = self.scroll.saturating_sub(self.page as u16),
            Action::PageDown if detail => {
                self.scroll = self.scroll.saturating_add(self.page as u16)
            }
            Action::Top if detail => self.scroll = 0,
            Action::Bottom if detail => self.scroll = u16::MAX / 2,
            Action::Up => {
                self.set_selection(sel.saturating_sub(1));
                self.scroll = 0;
            }
            Action::Down => {
                self.set_selection((sel + 1).min(rows.saturating_sub(1)));
                self.scroll = 0;
            }
            Action::PageUp => self.set_selection(sel.saturating_sub(self.page)),
            Action::PageDown => self.set_selection((sel + self.page).min(rows.saturating_sub(1))),
            Action::Top => self.set_selection(0),
            Action::Bottom => self.set_selection(rows.saturating_sub(1)),
            Action::Open => self.open(),
            Action::Back => self.back(),
            Action::Problems => {
                if self.screen() != Screen::Problems {
                    self.push(Screen::Problems);
                }
            }
            Action::Gaps => self.open_gaps(),
            Action::Search => self.open_search(),
            Action::NextPane => {
                if self.wide && matches!(self.screen(), Screen::Activities { .. }) {
                    self.preview_focus = !self.preview_focus;
                }
            }
            Action::Edit => self.edit_selected(),
            Action::New => self.new_activity(),
            Action::Copy => self.copy_activity(),
            Action::NewOrganisation => self.new_organisation(),
            Action::ExternalEditor => self.request_editor(),
            Action::Retire => self.retire_selected(),
            Action::Due => self.open_due(),
            Action::Reviewed => self.mark_reviewed(),
            Action::Delete => self.ask_delete(),
            Action::History => self.open_history(),
            Action::Undo => self.undo_last_save(),
            Action::Sync => self.request_sync(),
            Action::Reload => self.request_reload(Reload::Manual),
            Action::Organisation => self.open_organisation(),
            Action::Map => self.open_map(),
            // The history's, the problems view's, the detail views' and
            // the form's own actions are taken where those screens read
            // their keys (`history_key`, `problems_key`, `detail_key`,
            // `form_key`).
            Action::Raw
            | Action::OnlyErrors
            | Action::OnlyWarnings
            | Action::OnlyAcknowledged
            | Action::Rules
            | Action::Section(_)
            | Action::Save
            | Action::Leave
            | Action::FindField
            | Action::Fold
            | Action::FoldOthers
            | Action::Pick
            | Action::NextField
            | Action::PreviousField
            | Action::NextSection
            | Action::PreviousSection
            | Action::AddItem
            | Action::RemoveItem
            | Action::ClearField
            | Action::ClearText
            | Action::DeleteWord
            | Action::NewLine
            | Action::MoveItemUp
            | Action::MoveItemDown => {}
        }
    }

    /// Opens the search screen (or returns to it), keeping the last query.
    pub fn open_search(&mut self) {
        if self.screen() != Screen::Search {
            self.stack.retain(|s| *s != Screen::Search);
            self.selected.truncate(self.stack.len());
            self.push(Screen::Search);
        }
    }

    /// Handles a key on the search screen: typing edits the query, the
    /// keys of moving, opening and going back (from the key table) move,
    /// open the hit and leave. Returns false for keys the search does not
    /// take (they go to the key bindings).
    pub fn search_key(&mut self, key: KeyEvent) -> bool {
        if self.screen() != Screen::Search {
            return false;
        }
        if self.search.edit_query(key) {
            self.request_search();
            return true;
        }
        let last = self.search.hits.len().saturating_sub(1);
        match self.keys.action_in(key, Context::Search) {
            Some(Action::Up) => self.search.selected = self.search.selected.saturating_sub(1),
            Some(Action::Down) => self.search.selected = (self.search.selected + 1).min(last),
            Some(Action::PageUp) => {
                self.search.selected = self.search.selected.saturating_sub(self.page)
            }
            Some(Action::PageDown) => {
                self.search.selected = (self.search.selected + self.page).min(last)
            }
            Some(Action::Open) => self.open_hit(),
            Some(Action::Back) => self.back(),
            _ => return false,
        }
        true
    }

    /// The context keys are read in now: an open question, the help, or
    /// the screen.
    pub fn context(&self) -> Context {
        if self.confirm.is_some() {
            return Context::Confirm;
        }
        if self.help {
            return Context::Help;
        }
        self.screen_context()
    }

    /// The context of the screen shown, under any help or question.
    pub fn screen_context(&self) -> Context {
        match self.screen() {
            Screen::Organisations => Context::Organisations,
            Screen::Activities { .. } => Context::Activities,
            Screen::Detail { .. } => Context::Detail,
            Screen::Organisation { .. } => Context::Organisation,
            Screen::Problems => Context::Problems,
            Screen::Search => Context::Search,
            Screen::Form => Context::Form,
            Screen::History { .. } => Context::History,
            Screen::Gaps => Context::Gaps,
            Screen::Map { .. } => Context::Map,
            Screen::Due => Context::Due,
        }
    }

    /// Handles one key press. Every key of the interface comes through
    /// here, from the event loop and from the tests: an open question
    /// takes it first, then the help, the form, the history and the search,
    /// then the key table in the current context. A bound key whose action
    /// does not apply on this screen says so in the status line.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            // Key releases (where reported) are not typing.
            return;
        }
        if self.hold(super::transaction::Held::Key(key)) {
            return;
        }
        if let Some(said) = self.key_notice.take()
            && self.notice.as_ref() == Some(&said)
        {
            self.notice = None;
        }
        if self.confirm_key(key) {
            return;
        }
        if self.help {
            self.help_key(key);
            return;
        }
        let context = self.context();
        // The help key that does not type (F1) opens the help over a form
        // or the search too.
        if self.keys.action_in(key, context) == Some(Action::Help) {
            self.apply(Action::Help);
            return;
        }
        if self.form_key(key)
            || self.history_key(key)
            || self.problems_key(key)
            || self.detail_key(key)
            || self.map_key(key)
            || self.search_key(key)
        {
            return;
        }
        let context = self.context();
        match self.keys.action_in(key, context) {
            Some(action) => self.apply(action),
            None => {
                if let Some(action) = self.keys.action(key) {
                    let said = crate::register::lang::tr_args(
                        self.lang,
                        "tui-key-not-here",
                        &[
                            ("name", super::keys::Key::from_event(key).to_string().into()),
                            (
                                "what",
                                super::keys::KeyMap::describe(action, self.lang).into(),
                            ),
                        ],
                    );
                    self.key_notice = Some(said.clone());
                    self.notice = Some(said);
                }
            }
        }
    }

    /// A key while the help is shown: its own key, Esc (back) and `q`
    /// close it (only Ctrl-C quits), moving keys scroll it.
    fn help_key(&mut self, key: KeyEvent) {
        if super::keys::Key::from_event(key) == super::keys::Key::ctrl_c() {
            self.quit = true;
            return;
        }
        match self.keys.action(key) {
            Some(Action::Help | Action::Back | Action::Quit) => self.help = false,
            Some(Action::Down) => self.help_scroll += 1,
            Some(Action::Up) => self.help_scroll = self.help_scroll.saturating_sub(1),
            Some(Action::PageDown) => self.help_scroll += self.page,
            Some(Action::PageUp) => self.help_scroll = self.help_scroll.saturating_sub(self.page),
            Some(Action::Top) => self.help_scroll = 0,
            _ => {}
        }
        // The overlay clamps the scroll to what there is to show.
        self.help_scroll = self.help_scroll.min(self.help_rows().len());
    }

    /// The help of the current screen: its keys and what they do (the
    /// form's from the form, the others from the key table).
    pub fn help_rows(&self) -> Vec<(String, String)> {
        let screen = self.screen_context();
        let lang = self.lang;
        let mut rows = Vec::new();
        match (screen, &self.form) {
            (Context::Form, Some(_)) => {
                // Every key of the form from the key table (the key bar
                // shows those of the focused row); letters type.
                rows.push((
                    crate::register::lang::tr(lang, "tui-help-typing"),
                    crate::register::lang::tr(lang, "tui-help-typing-form"),
                ));
                rows.extend(self.keys.help_for(Context::Form, lang));
            }
            (Context::Search, _) => {
                rows.push((
                    crate::register::lang::tr(lang, "tui-help-typing"),
                    crate::register::lang::tr(lang, "tui-help-typing-search"),
                ));
                rows.extend(self.keys.help_for(screen, lang));
            }
            _ => rows.extend(self.keys.help_for(screen, lang)),
        }
        rows.extend(
            super::keybar::own_keys(screen, lang)
                .into_iter()
                .map(|h| (h.keys, h.what)),
        );
        if screen != Context::Form {
            rows.push((
                crate::register::lang::tr(lang, "tui-mouse"),
                crate::register::lang::tr(lang, "tui-mouse-does"),
            ));
        }
        rows
    }

    /// Pasted text: into the open form's field (line breaks kept) or the
    /// search query (line breaks as spaces); anywhere else it is ignored,
    /// so no pasted letter is taken for a command.
    pub fn paste(&mut self, text: &str) {
        if self.hold(super::transaction::Held::Paste(text.to_string())) {
            return;
        }
        if self.screen() == Screen::Form {
            let changed = self
                .form
                .as_mut()
                .is_some_and(|f| f.paste(text) == super::form::Outcome::Changed);
            if changed {
                self.check_form();
            }
        } else if self.screen() == Screen::Search {
            let line: String = text
                .chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                .collect();
            self.search.query.push_str(&line);
            self.request_search();
        }
    }

    fn request_search(&mut self) {
        self.search.generation += 1;
        self.search.selected = 0;
        self.search_request = Some(Request {
            generation: self.search.generation,
            query: self.search.query.clone(),
        });
    }

    /// Runs the search again on a newly loaded register (the answers to
    /// earlier queries name records by position in the old one), keeping
    /// the selected hit's place.
    pub fn search_again(&mut self) {
        if self.search.hits.is_empty() && !self.stack.contains(&Screen::Search) {
            return;
        }
        self.search.generation += 1;
        self.search_request = Some(Request {
            generation: self.search.generation,
            query: self.search.query.clone(),
        });
    }

    /// Takes the query waiting to be matched.
    pub fn take_search_request(&mut self) -> Option<Request> {
        self.search_request.take()
    }

    /// Accepts the worker's answer; answers to older queries are dropped.
    pub fn search_results(&mut self, generation: u64, hits: Vec<Hit>) {
        if generation == self.search.generation {
            // Hits name records by position in the register the worker
            // searched, which is the one loaded (a reload replaces both).
            self.search.ids = hits
                .iter()
                .map(|h| {
                    let o = self.organisations().get(h.org);
                    let org = o.map_or_else(String::new, |o| records::org_id(o).to_string());
                    let act = h
                        .activity
                        .and_then(|a| o?.activities.get(a))
                        .map(|a| records::act_id(a).to_string());
                    (org, act)
                })
                .collect();
            self.search.hits = hits;
            self.search.shown_generation = generation;
            self.search.selected = self
                .search
                .selected
                .min(self.search.hits.len().saturating_sub(1));
        }
    }

    fn open_hit(&mut self) {
        let i = self.search.selected;
        let (Some(h), Some((org, act))) = (
            self.search.hits.get(i).cloned(),
            self.search.ids.get(i).cloned(),
        ) else {
            return;
        };
        match act {
            Some(act) if self.activity(&org, &act).is_some() => {
                self.push(Screen::Detail { org, act });
                self.focus_field = Some(h.path.clone());
                self.focus_text = Some(h.text.clone());
                self.scroll_to_focus = true;
            }
            _ if self.org(&org).is_some() => self.push(Screen::Activities { org }),
            _ => {}
        }
    }

    /// A mouse click at screen row `y` on a list of `height` rows
    /// selects the row under it (a second click on the selected row opens it).
    pub fn click(&mut self, x: u16, y: u16, width: u16, height: u16) {
        if self.hold(super::transaction::Held::Click(x, y, width, height)) {
            return;
        }
        let screen = self.screen();
        if matches!(
            screen,
            Screen::Detail { .. }
                | Screen::Organisation { .. }
                | Screen::Form
                | Screen::History { .. }
                | Screen::Map { .. }
                | Screen::Due
        ) || self.help
        {
            return;
        }
        // Beside the list on a wide terminal is the preview: a click there
        // chooses no row of the list.
        if self.wide && matches!(screen, Screen::Activities { .. }) && x >= super::list_width(width)
        {
            return;
        }
        let top = first_row(&screen);
        if y < top || y + 1 >= height {
            return;
        }
        if screen == Screen::Gaps {
            // Headings and questions sit between the items: the view knows
            // its rows.
            if let Some(item) = self.gap_at_row(usize::from(y - top)) {
                if item == self.selection() {
                    self.open();
                } else {
                    self.set_selection(item);
                }
            }
            return;
        }
        if screen == Screen::Problems {
            // Group headers sit between the findings: the view knows its rows.
            if self.problems.picker.is_none()
                && let Some(row) = self.problem_at_row(usize::from(y - top))
            {
                if row == self.selection() {
                    self.open();
                } else {
                    self.set_selection(row);
                }
            }
            return;
        }
        let per_row: u16 = if screen == Screen::Search { 2 } else { 1 };
        let visible = usize::from((height.saturating_sub(top + 2)) / per_row).max(1);
        let sel = if screen == Screen::Search {
            self.search.selected
        } else {
            self.selection()
        };
        let offset = sel.saturating_sub(visible - 1);
        let row = offset + usize::from((y - top) / per_row);
        if row >= self.rows() {
            return;
        }
        if screen == Screen::Search {
            if row == self.search.selected {
                self.open_hit();
            } else {
                self.search.selected = row;
            }
        } else if row == sel {
            self.open();
        } else {
            self.set_selection(row);
            self.scroll = 0;
        }
    }

    /// `i`: the selected organisation's facts (on the activities screen,
    /// its organisation's).
    pub fn open_organisation(&mut self) {
        let org = match self.screen() {
            Screen::Organisations => self
                .org_row_at(self.selection())
                .map(|r| r.id().to_string()),
            Screen::Activities { org } => Some(org),
            _ => None,
        };
        if let Some(org) = org {
            self.push(Screen::Organisation { org });
        }
    }

    fn push(&mut self, s: Screen) {
        self.stack.push(s);
        self.selected.push(0);
        self.scroll = 0;
    }

    fn back(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
            self.selected.pop();
            self.scroll = 0;
            self.focus_field = None;
        }
    }

    fn open(&mut self) {
        let sel = self.selection();
        match self.screen() {
            Screen::Organisations => {
                if let Some(org) = self.org_row_at(sel).map(|r| r.id().to_string()) {
                    self.push(Screen::Activities { org });
                }
            }
            Screen::Activities { org } => {
                let act = self
                    .org(&org)
                    .and_then(|o| self.act_rows(o).get(sel).map(|r| r.id().to_string()));
                if let Some(act) = act {
                    self.push(Screen::Detail { org, act });
                }
            }
            Screen::Problems => {
                if let Some(i) = self.selected_finding() {
                    self.open_problem(i);
                }
            }
            Screen::Gaps => self.open_gap(),
            Screen::Due => self.open_due_activity(),
            _ => {}
        }
    }

    /// Jumps from a finding to its activity (or organisation) and field.
    fn open_problem(&mut self, index: usize) {
        let Some(f) = self
            .report
            .as_ref()
            .and_then(|r| r.findings.get(index))
            .cloned()
        else {
            return;
        };
        match self.record_at(&f.path) {
            Some((org, None)) => {
                self.push(Screen::Organisation { org });
                self.focus_field = Some(f.field.clone());
                self.focus_text = Some(format!("{}: {}", f.rule, f.message_in(self.lang)));
                self.scroll_to_focus = true;
            }
            Some((org, Some(act))) => {
                self.push(Screen::Detail { org, act });
                self.focus_field = Some(f.field.clone());
                self.focus_text = Some(format!("{}: {}", f.rule, f.message_in(self.lang)));
                self.scroll_to_focus = true;
            }
            None => {}
        }
    }
}

impl App {
    /// Takes a freshly loaded register. Every screen stays on the record
    /// it names; each list keeps its selection on the same record (or, when
    /// that record is gone, on the row nearest where it was). After a save,
    /// opens the saved record (its id may have changed). An open form is
    /// told when the change came from outside ropa.
    pub fn set_loaded(&mut self, loaded: Loaded) {
        let today = self.review_day();
        self.set_prepared(super::prepare::Prepared::new(loaded, today));
    }

    /// Takes a register loaded and indexed on the loader's thread (see
    /// [`super::prepare`]); as [`App::set_loaded`] otherwise.
    pub fn set_prepared(&mut self, prepared: super::prepare::Prepared) {
        let keep = self.selection_ids();
        self.problems.kept = self.problem_kept();
        let was_broken = self.shows_broken_file();
        let old_index = std::mem::replace(&mut self.index, prepared.index);
        let old = self.loaded.replace(prepared.loaded);
        // The register replaced is freed off this thread.
        super::prepare::drop_later((old_index, old));
        self.map.forget();
        self.due_prepared = Some(prepared.due);
        self.refresh_due();
        self.outline = Vec::new();
        // The problems view names its groups from the register; while this
        // register's own report is on its way, which groups them again, the
        // groups of the report shown are kept.
        if !self.validating {
            self.refresh_problems();
        }
        self.refresh_gaps();
        self.load_failure = None;
        self.loading = false;
        self.reselect(&keep);
        if self.shows_broken_file() != was_broken {
            // The record now parses, or no longer does: another page.
            self.scroll = 0;
        }
        self.refresh_history();
        match self.reload_why.take() {
            Some(Reload::Manual) => {
                self.notice = Some(crate::register::lang::tr(self.lang, "tui-reloaded"))
            }
            Some(Reload::Outside) => self.tell_outside_change(),
            None => {}
        }
        if self.form.is_some() {
            self.check_form();
        }
        if let Some(path) = self.select_after_reload.take() {
            self.open_record_at(&path);
        }
    }

    /// Opens the record of the file at register path `path` (a record
    /// just saved), its organisation and activity selected in the lists
    /// below it; with a form open, nothing.
    pub(super) fn open_record_at(&mut self, path: &str) {
        if self.form.is_some() {
            return;
        }
        let Some((org, act)) = self.record_at(path) else {
            return;
        };
        let org_row = self.org_rows().iter().position(|r| r.id() == org);
        let act_row = act.as_deref().and_then(|act| {
            let o = self.org(&org)?;
            self.act_rows(o).iter().position(|r| r.id() == act)
        });
        self.stack = vec![
            Screen::Organisations,
            Screen::Activities { org: org.clone() },
        ];
        self.selected = vec![org_row.unwrap_or(0), act_row.unwrap_or(0)];
        if let Some(act) = act {
            self.stack.push(Screen::Detail { org, act });
            self.selected.push(0);
        }
        self.scroll = 0;
    }

    /// Takes a fresh validation report; the problems list keeps its
    /// selection on the same finding when it is still there.
    pub fn set_report(&mut self, report: Report) {
        self.set_prepared_report(super::prepare::PreparedReport::counted(report));
    }

    /// Takes a report counted (and grouped) on the loader's thread (see
    /// [`super::prepare`]); as [`App::set_report`] otherwise.
    pub fn set_prepared_report(&mut self, prepared: super::prepare::PreparedReport) {
        let keep = self.problem_selections();
        let old = (
            std::mem::replace(&mut self.findings, prepared.findings),
            self.report.replace(prepared.report),
        );
        super::prepare::drop_later(old);
        // Grouped ahead for the register shown (not for one a save has
        // replaced since).
        match prepared.grouped {
            Some((of, view))
                if self
                    .loaded
                    .as_ref()
                    .is_some_and(|l| std::sync::Arc::as_ptr(l) == of.as_ptr()) =>
            {
                if view.is_for(&self.problems, self.lang) {
                    self.problem_view = view;
                } else {
                    // The filter changed since the load started.
                    self.refresh_problems_with(view.into_grouped());
                }
            }
            other => {
                super::prepare::drop_later(other);
                self.refresh_problems();
            }
        }
        self.refresh_gaps();
        // A new report: its indices are not the old one's.
        self.reselect_problems(keep, |_| None);
    }

    /// Notes that the event loop starts a load (the one requested), and
    /// returns its number, to be given with what it sends
    /// ([`App::from_current_load`]).
    pub fn load_started(&mut self) -> u64 {
        self.load_seq += 1;
        self.load_seq
    }

    /// Whether what a load numbered `seq` sends is still to be shown: it
    /// is the last load started, and nothing newer was shown since. A load
    /// started before a save read the register as it was; its report would
    /// bring back a finding the save fixed and its records would replace
    /// the saved ones.
    pub fn from_current_load(&self, seq: u64) -> bool {
        seq == self.load_seq
    }

    /// Notes that the screens show a change newer than any load running
    /// (a save's records and findings): what that load sends is dropped.
    pub(super) fn outdate_running_load(&mut self) {
        self.load_seq += 1;
    }

    /// Asks the event loop to load the register again.
    pub fn request_reload(&mut self, why: Reload) {
        self.reload_requested = true;
        // A manual reload says so when done; an outside change is told
        // unless a manual reload is already on its way.
        if self.reload_why != Some(Reload::Manual) {
            self.reload_why = Some(why);
        }
        if why == Reload::Manual {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-reloading"));
        }
    }

    /// Whether the screen shows the problem with a file that does not
    /// parse (instead of its record).
    fn shows_broken_file(&self) -> bool {
        use super::records::{ActRow, OrgRow};
        match self.screen() {
            Screen::Activities { org } => match self.org_row(&org) {
                Some(OrgRow::Broken(_)) => true,
                Some(OrgRow::Folder(_)) => false,
                Some(OrgRow::Org(o)) => matches!(
                    self.act_rows(o).get(self.selection()),
                    Some(ActRow::Broken(_))
                ),
                None => false,
            },
            Screen::Detail { org, act } => {
                matches!(self.act_row(&org, &act), Some((_, ActRow::Broken(_))))
            }
            _ => false,
        }
    }

    /// The id of the selected record of each list screen in the stack.
    pub(super) fn selection_ids(&self) -> Vec<Option<String>> {
        self.stack
            .iter()
            .zip(&self.selected)
            .map(|(s, &sel)| match s {
                Screen::Organisations => self.org_row_at(sel).map(|r| r.id().to_string()),
                Screen::Activities { org } => self
                    .org(org)
                    .and_then(|o| self.act_rows(o).get(sel).map(|r| r.id().to_string())),
                _ => None,
            })
            .collect()
    }

    /// Selects again the records `ids` named (see [`App::selection_ids`]);
    /// a record that is gone leaves the selection where it was, within
    /// the list.
    pub(super) fn reselect(&mut self, ids: &[Option<String>]) {
        for i in 0..self.stack.len().min(self.selected.len()) {
            let rows: Vec<String> = match &self.stack[i] {
                Screen::Organisations => {
                    self.org_rows().iter().map(|r| r.id().to_string()).collect()
                }
                Screen::Activities { org } => self.org(org).map_or_else(Vec::new, |o| {
                    self.act_rows(o)
                        .iter()
                        .map(|r| r.id().to_string())
                        .collect()
                }),
                _ => continue,
            };
            let found = ids
                .get(i)
                .and_then(Option::as_ref)
                .and_then(|id| rows.iter().position(|r| r == id));
            let sel = &mut self.selected[i];
            *sel = found.unwrap_or((*sel).min(rows.len().saturating_sub(1)));
        }
    }

    /// After a reload caused outside ropa: a notice, and an open form is
    /// told, its typed text kept.
    pub(super) fn tell_outside_change(&mut self) {
        let Some(form) = self.form.as_mut() else {
            self.notice = Some(crate::register::lang::tr(self.lang, "tui-reloaded-outside"));
            return;
        };
        let now = std::fs::read(self.root.join(&form.path)).ok();
        let message = if now != self.form_file {
            crate::register::lang::tr_args(
                self.lang,
                "tui-form-changed-outside",
                &[("path", form.path.as_str().into())],
            )
        } else {
            crate::register::lang::tr(self.lang, "tui-form-register-changed")
        };
        form.message = Some(message.clone());
        self.notice = Some(message);
    }
}
