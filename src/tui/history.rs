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
}

impl HistoryState {
    /// The selected commit.
    pub fn entry(&self) -> Option<&Entry> {
        self.entries.get(self.selected)
    }

    /// Reads what the selected commit changed.
    fn load_selected(&mut self, app_root: &std::path::Path) {
        self.scroll = 0;
        self.diff = None;
        self.error = None;
        let Some(e) = self.entry() else {
            return;
        };
        let (id, path) = (e.id, e.path.clone());
        match RegisterRepo::open(app_root).and_then(|r| r.record_changes(id, &path)) {
            Ok(d) => self.diff = Some(d),
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Reads the commits that touched the file and the newest one's changes.
    fn read_log(&mut self, repo: &RegisterRepo, root: &std::path::Path) {
        self.selected = 0;
        self.entries.clear();
        self.error = None;
        let options = crate::register::history::LogOptions {
            limit: LIMIT,
            ..Default::default()
        };
        match repo.log(Some(&self.path), &options) {
            Ok(entries) => {
                self.entries = entries;
                self.load_selected(root);
            }
            Err(e) => {
                self.diff = None;
                self.error = Some(e.to_string());
            }
        }
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
    /// and detail screens).
    pub fn open_history(&mut self) {
        let Some((org, act)) = self.selected_activity() else {
            return;
        };
        let Some((path, title)) = self.history_subject(&org, &act) else {
            return;
        };
        let repo = match RegisterRepo::open(&self.root) {
            Ok(r) => r,
            Err(e) => {
                self.notice = Some(tr_args(
                    self.lang,
                    "tui-history-failed",
                    &[("reason", e.to_string().into())],
                ));
                return;
            }
        };
        let mut state = HistoryState {
            org: org.clone(),
            act: act.clone(),
            path,
            title,
            ..HistoryState::default()
        };
        state.read_log(&repo, &self.root);
        self.history = Some(state);
        self.stack.push(Screen::History { org, act });
        self.selected.push(0);
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
        let Ok(repo) = RegisterRepo::open(&self.root) else {
            return;
        };
        let root = self.root.clone();
        let Some(h) = self.history.as_mut() else {
            return;
        };
        let (selected, scroll) = (h.entry().map(|e| e.id), h.scroll);
        h.path = path;
        h.title = title;
        h.read_log(&repo, &root);
        if let Some(i) = selected.and_then(|id| h.entries.iter().position(|e| e.id == id)) {
            if i != h.selected {
                h.selected = i;
                h.load_selected(&root);
            }
            h.scroll = scroll;
        }
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
        let root = self.root.clone();
        let Some(h) = self.history.as_mut() else {
            return false;
        };
        let select = |h: &mut HistoryState, to: usize| {
            let to = to.min(h.entries.len().saturating_sub(1));
            if to != h.selected {
                h.selected = to;
                h.load_selected(&root);
            }
        };
        match action {
            Action::Up => select(h, h.selected.saturating_sub(1)),
            Action::Down => select(h, h.selected + 1),
            Action::Top => select(h, 0),
            Action::Bottom => select(h, usize::MAX),
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
