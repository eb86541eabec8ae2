//! The history of one activity: the commits that touched its file, and for
//! the selected one what it changed, field by field or as a raw diff.

use crate::register::lang::{Lang, tr, tr_args};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::app::{Action, App, Screen, WIDE};
use super::keys::Context;
use super::records::ActRow;
use super::theme::Theme;
use crate::register::diff::Change;
use crate::register::history::{Entry, FileChange, RecordDiff, RegisterRepo};
use crate::text::printable;

/// At most this many commits are listed.
pub const LIMIT: usize = 1000;

/// What the history screen holds.
#[derive(Debug, Clone, Default)]
pub struct HistoryState {
    /// Organisation id of the activity.
    pub org: String,
    /// Activity id.
    pub act: String,
    /// The activity's register path.
    pub path: String,
    /// The activity's name, for the title.
    pub title: String,
    /// The commits that touched the file, newest first.
    pub entries: Vec<Entry>,
    /// The selected commit.
    pub selected: usize,
    /// What the selected commit changed (computed when the selection
    /// changes).
    pub diff: Option<RecordDiff>,
    /// Show the raw diff instead of the field-level changes.
    pub raw: bool,
    /// First line shown of the changes pane.
    pub scroll: u16,
    /// Why the history or the selected commit's changes could not be read.
    pub error: Option<String>,
    /// The number of the log request asked last (see [`HistoryRequest`]).
    pub log_seq: u64,
    /// The log is being read: the list shows what it showed before (or a
    /// loading line).
    pub loading: bool,
    /// The number of the changes request asked last.
    pub diff_seq: u64,
    /// The selected commit's changes are being read.
    pub diff_loading: bool,
}

/// Git work for the history screen, named by the record's ids and a
/// number: an answer for a record no longer shown, or to an older
/// request than the one asked last, is dropped.
#[derive(Debug, Clone)]
pub enum HistoryRequest {
    /// The commits that touched `path`, and the changes of the one with
    /// id `keep` (else of the newest).
    Log {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
        /// The request's number.
        seq: u64,
        /// The activity's register path.
        path: String,
        /// The commit to keep selected.
        keep: Option<git2::Oid>,
    },
    /// What commit `id` changed in `path`.
    Diff {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
        /// The request's number.
        seq: u64,
        /// The commit.
        id: git2::Oid,
        /// The file's path in that commit.
        path: String,
    },
}

/// The answer to a [`HistoryRequest`], read on a worker thread.
#[derive(Debug)]
pub enum HistoryAnswer {
    /// The log, and the changes of the commit to select.
    Log {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
        /// The request's number.
        seq: u64,
        /// The commits, newest first, or why they could not be read.
        entries: Result<Vec<Entry>, String>,
        /// The commit selected and its changes (or why they could not be
        /// read); `None` when there is no commit.
        diff: Option<(git2::Oid, Result<RecordDiff, String>)>,
    },
    /// What a commit changed.
    Diff {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
        /// The request's number.
        seq: u64,
        /// The commit.
        id: git2::Oid,
        /// Its changes, or why they could not be read.
        diff: Result<RecordDiff, String>,
    },
}

impl HistoryRequest {
    /// Reads what the request asks from the repository of the register
    /// at `root` (on a worker thread, or on the caller's with no workers).
    pub fn answer(self, root: &std::path::Path) -> HistoryAnswer {
        match self {
            HistoryRequest::Log {
                org,
                act,
                seq,
                path,
                keep,
            } => {
                let options = crate::register::history::LogOptions {
                    limit: LIMIT,
                    ..Default::default()
                };
                let entries = RegisterRepo::open(root)
                    .and_then(|repo| repo.log(Some(&path), &options))
                    .map_err(|e| e.to_string());
                let diff = entries.as_ref().ok().and_then(|entries| {
                    let e = keep
                        .and_then(|id| entries.iter().find(|e| e.id == id))
                        .or(entries.first())?;
                    Some((e.id, changes(root, e.id, &e.path)))
                });
                HistoryAnswer::Log {
                    org,
                    act,
                    seq,
                    entries,
                    diff,
                }
            }
            HistoryRequest::Diff {
                org,
                act,
                seq,
                id,
                path,
            } => HistoryAnswer::Diff {
                org,
                act,
                seq,
                id,
                diff: changes(root, id, &path),
            },
        }
    }
}

/// What commit `id` changed in the file at `path`.
fn changes(root: &std::path::Path, id: git2::Oid, path: &str) -> Result<RecordDiff, String> {
    RegisterRepo::open(root)
        .and_then(|r| r.record_changes(id, path))
        .map_err(|e| e.to_string())
}

impl HistoryState {
    /// The selected commit.
    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }

    /// Lines of the changes pane (before wrapping).
    fn pane_lines(&self) -> usize {
        match &self.diff {
            Some(d) if self.raw => d.raw.lines().count(),
            Some(d) => d.changes.len() + 4,
            None => 1,
        }
    }
}

impl App {
    /// `H`: opens the history of the selected activity (on the activities
    /// and detail screens). The screen shows at once; the log is read on
    /// a worker (with workers) and shows when it arrives.
    pub fn open_history(&mut self) {
        let Some((org, act)) = self.selected_activity() else {
            return;
        };
        let Some((path, title)) = self.history_subject(&org, &act) else {
            return;
        };
        if let Err(e) = RegisterRepo::open(&self.root) {
            self.notice = Some(tr_args(
                self.lang,
                "tui-history-failed",
                &[("reason", e.to_string().into())],
            ));
            return;
        }
        self.history = Some(HistoryState {
            org: org.clone(),
            act: act.clone(),
            path,
            title,
            ..HistoryState::default()
        });
        self.stack.push(Screen::History { org, act });
        self.selected.push(0);
        self.ask_history_log(None);
    }

    /// The number of a new history request.
    fn history_number(&mut self) -> u64 {
        self.history_seq += 1;
        self.history_seq
    }

    /// Asks for the open history's log, keeping commit `keep` selected
    /// when it is still there.
    fn ask_history_log(&mut self, keep: Option<git2::Oid>) {
        let seq = self.history_number();
        let Some(h) = self.history.as_mut() else {
            return;
        };
        h.log_seq = seq;
        h.loading = true;
        let req = HistoryRequest::Log {
            org: h.org.clone(),
            act: h.act.clone(),
            seq,
            path: h.path.clone(),
            keep,
        };
        self.ask_history(req);
    }

    /// Asks for what the open history's selected commit changed.
    fn ask_history_diff(&mut self) {
        let seq = self.history_number();
        let Some(h) = self.history.as_mut() else {
            return;
        };
        h.scroll = 0;
        h.diff = None;
        h.error = None;
        let Some(e) = h.entry() else {
            h.diff_loading = false;
            return;
        };
        let req = HistoryRequest::Diff {
            org: h.org.clone(),
            act: h.act.clone(),
            seq,
            id: e.id,
            path: e.path.clone(),
        };
        h.diff_seq = seq;
        h.diff_loading = true;
        self.ask_history(req);
    }

    /// Hands a request to the event loop's worker, or with no workers
    /// answers it now.
    fn ask_history(&mut self, req: HistoryRequest) {
        if self.workers {
            self.history_requests.push(req);
        } else {
            let answer = req.answer(&self.root);
            self.history_arrived(answer);
        }
    }

    /// Takes a worker's answer for the history screen. An answer for a
    /// record whose history is no longer open, or to an older request
    /// than the one asked last, is dropped. Answers whether it was taken.
    pub fn history_arrived(&mut self, answer: HistoryAnswer) -> bool {
        let Some(h) = self.history.as_mut() else {
            return false;
        };
        match answer {
            HistoryAnswer::Log {
                org,
                act,
                seq,
                entries,
                diff,
            } => {
                if org != h.org || act != h.act || seq != h.log_seq || !h.loading {
                    return false;
                }
                h.loading = false;
                // The commit selected now (the user may have moved while
                // the log was read again), kept where it still is.
                let before = h.entry().map(|e| e.id);
                let scroll = h.scroll;
                h.selected = 0;
                h.error = None;
                match entries {
                    Ok(entries) => h.entries = entries,
                    Err(e) => {
                        h.entries.clear();
                        h.diff = None;
                        h.diff_loading = false;
                        h.error = Some(e);
                        return true;
                    }
                }
                if let Some(i) = before.and_then(|id| h.entries.iter().position(|e| e.id == id)) {
                    h.selected = i;
                }
                let now = h.entry().map(|e| e.id);
                match diff {
                    Some((id, d)) if Some(id) == now => {
                        // The same commit as before keeps its place in the
                        // pane.
                        h.scroll = if before == now { scroll } else { 0 };
                        h.diff_loading = false;
                        match d {
                            Ok(d) => h.diff = Some(d),
                            Err(e) => {
                                h.diff = None;
                                h.error = Some(e);
                            }
                        }
                    }
                    _ if now.is_none() => {
                        h.diff = None;
                        h.diff_loading = false;
                    }
                    _ if before == now && !h.diff_loading && h.diff.is_some() => {}
                    _ => self.ask_history_diff(),
                }
                true
            }
            HistoryAnswer::Diff {
                org,
                act,
                seq,
                id,
                diff,
            } => {
                if org != h.org
                    || act != h.act
                    || seq != h.diff_seq
                    || !h.diff_loading
                    || h.entry().map(|e| e.id) != Some(id)
                {
                    return false;
                }
                h.diff_loading = false;
                match diff {
                    Ok(d) => h.diff = Some(d),
                    Err(e) => h.error = Some(e),
                }
                true
            }
        }
    }

    /// The file and the name of activity `act` of `org`, for its history;
    /// a file that does not parse is named by its file name.
    fn history_subject(&self, org: &str, act: &str) -> Option<(String, String)> {
        match self.act_row(org, act)?.1 {
            ActRow::Act(a) => Some((a.file.path.clone(), a.activity.name.clone())),
            ActRow::Broken(e) => Some((e.path.clone(), format!("{act}.ron"))),
        }
    }

    /// After a reload, while the history is open: reads it again (a commit
    /// may have touched the file), keeping the selected commit.
    pub fn refresh_history(&mut self) {
        let Some(h) = &self.history else {
            return;
        };
        let Some((path, title)) = self.history_subject(&h.org, &h.act) else {
            return;
        };
        let Some(h) = self.history.as_mut() else {
            return;
        };
        let keep = h.entry().map(|e| e.id);
        h.path = path;
        h.title = title;
        self.ask_history_log(keep);
    }

    /// Handles a key on the history screen; false when it is not open or
    /// the key is not one of its own (then the key bindings get it).
    pub fn history_key(&mut self, key: KeyEvent) -> bool {
        if !matches!(self.screen(), Screen::History { .. }) || self.help {
            return false;
        }
        // The key table says which keys move, go back and switch the view
        // here, so the user's bindings apply as everywhere else.
        let Some(action) = self.keys.action_in(key, Context::History) else {
            return false;
        };
        if action == Action::Back {
            self.stack.pop();
            self.selected.pop();
            self.history = None;
            return true;
        }
        let page = u16::try_from(self.page).unwrap_or(u16::MAX);
        let Some(h) = self.history.as_mut() else {
            return false;
        };
        let select = |h: &mut HistoryState, to: usize| {
            let to = to.min(h.entries.len().saturating_sub(1));
            let moved = to != h.selected;
            h.selected = to;
            moved
        };
        let moved = match action {
            Action::Up => select(h, h.selected.saturating_sub(1)),
            Action::Down => select(h, h.selected + 1),
            Action::Top => select(h, 0),
            Action::Bottom => select(h, usize::MAX),
            _ => false,
        };
        if moved {
            self.ask_history_diff();
            return true;
        }
        match action {
            Action::Up | Action::Down | Action::Top | Action::Bottom => {}
            Action::PageUp => h.scroll = h.scroll.saturating_sub(page),
            Action::PageDown => {
                let max = u16::try_from(h.pane_lines().saturating_sub(1)).unwrap_or(u16::MAX);
                h.scroll = h.scroll.saturating_add(page).min(max);
            }
            Action::Raw | Action::NextPane => {
                h.raw = !h.raw;
                h.scroll = 0;
            }
            _ => return false,
        }
        true
    }
}

/// Draws the history screen: the commits above (left on wide terminals),
/// the selected commit's changes below (right).
pub fn draw(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let Some(h) = &app.history else {
        return;
    };
    let [list, changes] = if area.width >= WIDE {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(area)
    } else {
        let rows = u16::try_from(h.entries.len())
            .unwrap_or(u16::MAX)
            .saturating_add(2)
            .clamp(3, (area.height.saturating_mul(2) / 5).max(3));
        Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area)
    };
    draw_list(f, list, h, theme, app.lang);
    let raw_key = app.keys.label(Action::Raw);
    draw_changes(f, changes, h, theme, app.lang, &raw_key);
}

fn draw_list(f: &mut Frame, area: Rect, h: &HistoryState, theme: &Theme, lang: Lang) {
    let n = h.entries.len();
    let count = tr_args(
        lang,
        if n >= LIMIT {
            "tui-history-latest"
        } else {
            "tui-history-count"
        },
        &[("n", n.into())],
    );
    let title = format!(
        " {} — {} ({count}) ",
        tr(lang, "tui-history"),
        printable(&h.title)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(theme.border());
    if h.entries.is_empty() {
        let msg = match &h.error {
            Some(e) => Line::from(Span::styled(printable(e), theme.error())),
            None if h.loading => {
                Line::from(Span::styled(tr(lang, "tui-history-loading"), theme.dim()))
            }
            None => Line::from(Span::styled(tr(lang, "tui-history-none"), theme.dim())),
        };
        f.render_widget(
            Paragraph::new(msg).block(block).wrap(Wrap { trim: false }),
            area,
        );
        return;
    }
    let rows: Vec<Row> = h
        .entries
        .iter()
        .map(|e| {
            Row::new(vec![
                Cell::from(Span::styled(e.short.clone(), theme.dim())),
                Cell::from(e.date.clone()),
                Cell::from(printable(&e.author)),
                Cell::from(printable(&e.summary)),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Length(7),
            Constraint::Length(16),
            Constraint::Length(14),
            Constraint::Fill(1),
        ],
    )
    .block(block)
    .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(h.selected));
    f.render_stateful_widget(table, area, &mut state);
}

/// `raw_key` is the key that switches the view (from the key table).
fn draw_changes(
    f: &mut Frame,
    area: Rect,
    h: &HistoryState,
    theme: &Theme,
    lang: Lang,
    raw_key: &str,
) {
    let (raw, changes) = (tr(lang, "tui-history-raw"), tr(lang, "tui-history-changes"));
    let (mode, other) = if h.raw {
        (raw, changes)
    } else {
        (changes, raw)
    };
    let title = match h.entry() {
        Some(e) => format!(" {} {mode} — {raw_key}: {other} ", e.short),
        None => format!(" {mode} "),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(title)
        .border_style(theme.border());
    let lines = match (&h.diff, h.entry()) {
        (Some(d), Some(e)) if h.raw => raw_lines(d, e, theme, lang),
        (Some(d), Some(e)) => change_lines(d, e, theme, lang),
        (None, Some(e)) if h.diff_loading => {
            let mut lines = header(e, theme, lang);
            lines.push(Line::from(Span::styled(
                tr(lang, "tui-history-loading-changes"),
                theme.dim(),
            )));
            lines
        }
        _ => match &h.error {
            Some(e) if !h.entries.is_empty() => {
                vec![Line::from(Span::styled(printable(e), theme.error()))]
            }
            _ => Vec::new(),
        },
    };
    let mut para = Paragraph::new(lines).block(block).scroll((h.scroll, 0));
    if !h.raw {
        para = para.wrap(Wrap { trim: false });
    }
    f.render_widget(para, area);
}

/// The commit's author, date and the kind of change, above the changes.
fn header(e: &Entry, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let what = match &e.change {
        FileChange::Added => tr(lang, "tui-history-added"),
        FileChange::Modified => tr(lang, "tui-history-changed"),
        FileChange::Removed => tr(lang, "tui-history-removed"),
        FileChange::Renamed { from } => {
            tr_args(lang, "cli-log-renamed", &[("path", printable(from).into())])
        }
    };
    vec![
        Line::from(vec![
            Span::styled(printable(&e.author), theme.label()),
            Span::styled(format!(" <{}>", printable(&e.email)), theme.dim()),
        ]),
        Line::from(Span::styled(format!("{} · {what}", e.date), theme.dim())),
        Line::default(),
    ]
}

/// A field path of a diff in the form's words: `retention[0].text` →
/// "Retention[0] › Text" (the list positions as git shows them).
fn path_in_words(path: &str, lang: Lang) -> String {
    path.split('.')
        .map(|seg| {
            let (name, index) = seg.split_at(seg.find('[').unwrap_or(seg.len()));
            format!("{}{index}", super::form::words::field_label(lang, name))
        })
        .collect::<Vec<_>>()
        .join(" › ")
}

fn change_lines(d: &RecordDiff, e: &Entry, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let added = Style::default().fg(theme.accent);
    let mut lines = header(e, theme, lang);
    if let Some(n) = &d.note {
        lines.push(Line::from(Span::styled(printable(n), theme.warning())));
    }
    if d.changes.is_empty() && d.note.is_none() {
        lines.push(Line::from(Span::styled(
            tr(lang, "tui-history-no-field"),
            theme.dim(),
        )));
    }
    for c in &d.changes {
        let path = match c.path() {
            "" => tr(lang, "tui-history-record"),
            p => printable(&path_in_words(p, lang)),
        };
        let label = Span::styled(format!("{path}: "), theme.label());
        lines.push(match c {
            Change::Changed { old, new, .. } => Line::from(vec![
                label,
                Span::styled(printable(old), theme.error()),
                Span::styled(" → ", theme.dim()),
                Span::styled(printable(new), added),
            ]),
            Change::Added { value, .. } => Line::from(vec![
                label,
                Span::styled(format!("+ {}", printable(value)), added),
            ]),
            Change::Removed { value, .. } => Line::from(vec![
                label,
                Span::styled(format!("− {}", printable(value)), theme.error()),
            ]),
        });
    }
    lines
}

fn raw_lines(d: &RecordDiff, e: &Entry, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let mut lines = header(e, theme, lang);
    if d.raw.is_empty() {
        lines.push(Line::from(Span::styled(
            tr(lang, "tui-history-no-text"),
            theme.dim(),
        )));
    }
    let added = Style::default().fg(theme.accent);
    for l in d.raw.lines() {
        let style = if l.starts_with("+++") || l.starts_with("---") || l.starts_with("diff ") {
            theme.label()
        } else if l.starts_with('+') {
            added
        } else if l.starts_with('-') {
            theme.error()
        } else if l.starts_with("@@") {
            theme.dim()
        } else {
            theme.text()
        };
        lines.push(Line::from(Span::styled(printable(l), style)));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn keys_are_ignored_off_the_history_screen() {
        let mut app = App::new("x");
        let k = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
        assert!(!app.history_key(k));
    }

    fn entry(n: u8) -> Entry {
        Entry {
            id: git2::Oid::from_bytes(&[n; 20]).expect("oid"),
            short: format!("{n:07}"),
            time: 0,
            offset_minutes: 0,
            date: "2026-01-01 00:00".into(),
            author: "A".into(),
            email: "a@example.org".into(),
            summary: format!("commit {n}"),
            message: format!("commit {n}"),
            path: "da/activities/da-barsel.ron".into(),
            change: FileChange::Modified,
        }
    }

    fn diff() -> RecordDiff {
        RecordDiff {
            path: "da/activities/da-barsel.ron".into(),
            old_path: None,
            changes: Vec::new(),
            raw: String::new(),
            note: None,
        }
    }

    /// An interface with workers on `act`'s history, its log asked for.
    fn asked(act: &str) -> App {
        let mut app = App::new("x");
        app.workers = true;
        app.stack.push(Screen::History {
            org: "da".into(),
            act: act.into(),
        });
        app.selected.push(0);
        app.history = Some(HistoryState {
            org: "da".into(),
            act: act.into(),
            ..HistoryState::default()
        });
        app.ask_history_log(None);
        app
    }

    fn log_answer(app: &mut App, act: &str, seq: u64) -> bool {
        app.history_arrived(HistoryAnswer::Log {
            org: "da".into(),
            act: act.into(),
            seq,
            entries: Ok(vec![entry(1), entry(2)]),
            diff: Some((entry(1).id, Ok(diff()))),
        })
    }

    #[test]
    fn the_history_screen_waits_for_its_log_and_takes_only_the_newest() {
        let mut app = asked("da-barsel");
        let h = app.history.as_ref().expect("open");
        assert!(h.loading && h.entries.is_empty());
        let first = h.log_seq;
        assert_eq!(app.history_requests.len(), 1, "asked the worker");
        // Read again (a reload) before the first answer came.
        app.ask_history_log(None);
        let second = app.history.as_ref().expect("open").log_seq;
        assert!(second > first);
        assert!(!log_answer(&mut app, "da-barsel", first), "older answer");
        assert!(app.history.as_ref().expect("open").entries.is_empty());
        assert!(log_answer(&mut app, "da-barsel", second));
        let h = app.history.as_ref().expect("open");
        assert!(!h.loading && !h.diff_loading);
        assert_eq!(h.entries.len(), 2);
        assert!(h.diff.is_some());
    }

    #[test]
    fn an_answer_for_another_record_or_a_closed_screen_is_dropped() {
        let mut app = asked("da-barsel");
        let seq = app.history.as_ref().expect("open").log_seq;
        // Esc, then another record's history.
        let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
        assert!(app.history_key(esc));
        assert!(!log_answer(&mut app, "da-barsel", seq), "screen closed");
        let mut app = asked("da-loen");
        let other = app.history.as_ref().expect("open").log_seq;
        assert!(!log_answer(&mut app, "da-barsel", other), "another record");
        assert!(app.history.as_ref().expect("open").loading);
    }

    #[test]
    fn moving_asks_for_the_changes_and_drops_those_of_the_commit_left() {
        let mut app = asked("da-barsel");
        let seq = app.history.as_ref().expect("open").log_seq;
        assert!(log_answer(&mut app, "da-barsel", seq));
        app.history_requests.clear();
        let down = KeyEvent::new(KeyCode::Down, KeyModifiers::NONE);
        assert!(app.history_key(down));
        let h = app.history.as_ref().expect("open");
        assert!(h.diff_loading && h.diff.is_none());
        let seq = h.diff_seq;
        assert!(matches!(
            app.history_requests.as_slice(),
            [HistoryRequest::Diff { .. }]
        ));
        // The answer names the commit that was selected before: dropped.
        let stale = HistoryAnswer::Diff {
            org: "da".into(),
            act: "da-barsel".into(),
            seq,
            id: entry(1).id,
            diff: Ok(diff()),
        };
        assert!(!app.history_arrived(stale));
        let right = HistoryAnswer::Diff {
            org: "da".into(),
            act: "da-barsel".into(),
            seq,
            id: entry(2).id,
            diff: Ok(diff()),
        };
        assert!(app.history_arrived(right));
        assert!(app.history.as_ref().expect("open").diff.is_some());
    }

    #[test]
    fn history_keys_move_toggle_and_leave() {
        let mut app = App::new("x");
        app.stack.push(Screen::History {
            org: "da".into(),
            act: "da-barsel".into(),
        });
        app.selected.push(0);
        app.history = Some(HistoryState::default());
        let press = |app: &mut App, code| app.history_key(KeyEvent::new(code, KeyModifiers::NONE));
        assert!(press(&mut app, KeyCode::Char('r')));
        assert!(app.history.as_ref().is_some_and(|h| h.raw));
        assert!(press(&mut app, KeyCode::Down));
        assert!(!press(&mut app, KeyCode::Char('q')));
        assert!(!press(&mut app, KeyCode::Char('?')));
        assert!(press(&mut app, KeyCode::Esc));
        assert!(app.history.is_none());
        assert_eq!(app.screen(), Screen::Organisations);
    }
}
