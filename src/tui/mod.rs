//! The terminal interface: browse the register, read every field, see the
//! validator's findings. A key press becomes an [`app::Action`], the action
//! changes the [`app::App`], the state is drawn. Loading and validation run
//! on a background thread, so the first frame does not wait for them.

pub mod app;
mod confirm;
mod detail;
pub mod editing;
mod empty;
pub mod external_editor;
mod follow;
pub mod form;
mod help;
pub mod history;
pub mod keybar;
pub mod keys;
pub mod lifecycle;
mod lists;
mod org_detail;
pub mod problems;
pub mod records;
pub mod search;
pub mod sync;
pub mod tally;
pub mod theme;
pub mod watch;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::Paragraph;

use app::{Action, App, Screen};
use theme::Theme;

use crate::register::load::{Loaded, load};
use crate::register::validate::{Options, Report, validate};

/// Turns mouse reports and bracketed paste on (or off, before the
/// terminal is handed back).
fn capture_input(on: bool) {
    use ratatui::crossterm::event::{
        DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    };
    let _ = if on {
        ratatui::crossterm::execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)
    } else {
        ratatui::crossterm::execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        )
    };
}

/// The list and preview panes of a wide activities screen, half each:
/// the list's name column gets what its narrow columns leave (21 to 25
/// columns at 120, 61 to 65 at 200, by the language's longest status),
/// and the preview's title still names the activity.
fn split_list(area: ratatui::layout::Rect) -> [ratatui::layout::Rect; 2] {
    Layout::horizontal([Constraint::Percentage(50), Constraint::Fill(1)]).areas(area)
}

/// The width of the list pane on a wide activities screen `width` wide.
pub fn list_width(width: u16) -> u16 {
    split_list(ratatui::layout::Rect::new(0, 0, width, 1))[0].width
}

/// Draws the whole interface.
pub fn draw(f: &mut Frame, app: &mut App, theme: &Theme) {
    let area = f.area();
    let status_lines = keybar::status(app, theme, area.width, usize::from(area.height / 3).max(1));
    let rows = u16::try_from(status_lines.len()).unwrap_or(1);
    let [main, bar, status] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(rows),
    ])
    .areas(area);
    match app.screen() {
        _ if app.loaded.is_none() && app.load_failure.is_some() => {
            if let Some((probe, reason)) = &app.load_failure {
                empty::draw(f, main, probe, reason, app.lang, theme);
            }
        }
        Screen::Organisations => lists::organisations(f, main, app, theme),
        Screen::Activities { org } if app.org(&org).is_none() => {
            detail::draw_org(f, main, app, theme, &org)
        }
        Screen::Activities { org } if app.wide => {
            let [list, preview] = split_list(main);
            lists::activities(f, list, app, theme, &org);
            let act = app.org(&org).and_then(|o| {
                app.act_rows(o)
                    .get(app.selection())
                    .map(|r| r.id().to_string())
            });
            if let Some(act) = act {
                detail::draw(f, preview, app, theme, &org, &act);
            }
        }
        Screen::Activities { org } => lists::activities(f, main, app, theme, &org),
        Screen::Detail { org, act } => detail::draw(f, main, app, theme, &org, &act),
        Screen::Organisation { org } => org_detail::draw(f, main, app, theme, &org),
        Screen::Problems => problems::draw(f, main, app, theme),
        Screen::History { .. } => history::draw(f, main, app, theme),
        Screen::Form => {
            if let Some(form) = app.form.as_mut() {
                form::draw::draw(f, main, form, theme);
            }
        }
        Screen::Search => {
            let names = |i: usize| hit_title(app, i);
            search::draw(f, main, &app.search, &names, theme, app.lang)
        }
    }
    f.render_widget(Paragraph::new(status_lines).style(theme.status()), status);
    confirm::draw(f, main, app, theme);
    let (hints, tail) = keybar::hints(app);
    f.render_widget(
        Paragraph::new(keybar::bar(&hints, tail.as_ref(), bar.width, theme)),
        bar,
    );
    if app.help {
        help::draw(f, main, app, theme);
    }
    theme.paint(f.buffer_mut());
}

/// The last guard before the terminal: a cell that would still write a
/// control, bidirectional or invisible formatting character (text that
/// reached a widget without [`crate::text::printable`]) loses it, or shows
/// U+FFFD when nothing else is left. ratatui drops control characters
/// itself, but keeps a zero-width character such as U+202E in the cell of
/// the character before it, and crossterm writes cells as they are.
pub fn scrub(buf: &mut ratatui::buffer::Buffer) {
    for cell in &mut buf.content {
        if cell.symbol().chars().any(crate::text::needs_stand_in) {
            let kept: String = cell
                .symbol()
                .chars()
                .filter(|&c| !crate::text::needs_stand_in(c))
                .collect();
            cell.set_symbol(if kept.is_empty() { "\u{fffd}" } else { &kept });
        }
    }
}

/// "Organisation › Activity" for the `i`th search hit.
fn hit_title(app: &App, i: usize) -> String {
    let Some((org, act)) = app.search.ids.get(i) else {
        return String::new();
    };
    let Some(o) = app.org(org) else {
        return String::new();
    };
    match act.as_deref().and_then(|act| app.activity(org, act)) {
        Some((_, a)) => format!("{} › {}", o.org.name, a.activity.name),
        None => o.org.name.clone(),
    }
}

enum Loading {
    /// The organisation folders, before the records are read.
    Outline(Vec<String>),
    Loaded(Box<Loaded>, Box<watch::Fingerprint>),
    Search(search::Worker),
    Validated(Box<Report>),
    Failed(String, Box<crate::register::probe::Probe>),
}

/// Loads and validates the register at `root` on a thread; with
/// `outline`, first lists its organisation folders (for a first screen that
/// has nothing to show yet).
fn spawn_loader(root: PathBuf, outline: bool) -> mpsc::Receiver<Loading> {
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
    std::thread::spawn(
        move || match (watch::Fingerprint::take(&root), load(&root)) {
            (disk, Ok(loaded)) => {
                let copy = loaded.clone();
                let worker = search::Worker::spawn(loaded.register.clone());
                if tx
                    .send(Loading::Loaded(Box::new(copy), Box::new(disk)))
                    .is_err()
                {
                    return;
                }
                if tx.send(Loading::Search(worker)).is_err() {
                    return;
                }
                let report = validate(&loaded, &Options::default());
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
        },
    );
    rx
}

/// Runs the interface on the register at `root` until the user quits, in
/// the theme and with the key bindings of `ui`. Problems with the
/// configuration show in the status line and are printed to standard
/// error when the interface ends. The interface speaks `lang`.
pub fn run(
    root: &Path,
    ui: crate::config::Ui,
    lang: crate::register::lang::Lang,
) -> std::io::Result<()> {
    let mut app = App::new(root.display().to_string());
    app.lang = lang;
    app.head = crate::register::git::head_info(root);
    let crate::config::Ui {
        theme,
        keys,
        problems,
    } = ui;
    app.keys = keys;
    app.notice = crate::config::summary(&problems);
    app.root = root.to_path_buf();
    app.refresh_sync_status();
    let (sync_tx, sync_rx) = mpsc::channel::<sync::Outcome>();
    app.loading = true;
    let mut rx_seq = app.load_started();
    let mut rx = spawn_loader(root.to_path_buf(), true);
    let watcher = watch::Watcher::start(root);
    let mut worker: Option<search::Worker> = None;
    // ratatui::init installs a panic hook that restores the terminal first.
    let mut terminal = ratatui::init();
    capture_input(true);
    let result = (|| -> std::io::Result<()> {
        // Frames are drawn when something changed (a key, a message from
        // a thread), not on a timer: an idle interface does no work.
        let mut dirty = true;
        while !app.quit {
            // A load asked for by the last turn (a save, an undo) starts
            // before anything of the load running is taken: that one read
            // the register as it was before the change.
            if app.reload_requested {
                app.reload_requested = false;
                app.loading = true;
                rx_seq = app.load_started();
                rx = spawn_loader(root.to_path_buf(), false);
            }
            loop {
                if !app.from_current_load(rx_seq) {
                    break;
                }
                let msg = match rx.try_recv() {
                    Ok(msg) => msg,
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => {
                        // The loader ended without a register (it failed
                        // hard): no load is running any more.
                        app.loading = false;
                        break;
                    }
                };
                dirty = true;
                match msg {
                    Loading::Outline(folders) => {
                        if app.loaded.is_none() {
                            app.outline = folders;
                        }
                    }
                    Loading::Loaded(l, disk) => {
                        // The old worker's answers name records of the old
                        // register; queries wait for the new one.
                        worker = None;
                        app.search_stale.clear();
                        app.disk = Some(*disk);
                        app.set_loaded(*l);
                        app.head = crate::register::git::head_info(&app.root);
                        app.refresh_sync_status();
                    }
                    Loading::Search(w) => {
                        worker = Some(w);
                        app.search_again();
                    }
                    Loading::Validated(r) => app.set_report(*r),
                    Loading::Failed(e, probe) => {
                        app.loading = false;
                        app.load_failure = Some((*probe, e));
                    }
                }
            }
            if let Some(req) = app.editor_request.take() {
                // Hand the terminal to the editor, then take it back.
                capture_input(false);
                ratatui::restore();
                let status = external_editor::run_editor(&root.join(&req.path), req.line);
                terminal = ratatui::init();
                capture_input(true);
                terminal.clear()?;
                app.after_editor(req, status);
                // The editor may have changed the file whatever became of
                // it (committed, left broken, put back as it was): load it,
                // as this interface's own change.
                app.reload_requested = true;
                dirty = true;
            }
            if app.sync_requested {
                app.sync_requested = false;
                let tx = sync_tx.clone();
                let root = root.to_path_buf();
                std::thread::spawn(move || {
                    let _ = tx.send(App::sync_now(&root));
                });
            }
            while let Ok(outcome) = sync_rx.try_recv() {
                app.sync_finished(outcome);
                dirty = true;
            }
            if app.reload_requested {
                app.reload_requested = false;
                app.loading = true;
                rx_seq = app.load_started();
                rx = spawn_loader(root.to_path_buf(), false);
            }
            // After a reload was started: changes the interface made itself
            // are then already being loaded and are not loaded twice.
            while let Ok(change) = watcher.rx.try_recv() {
                app.outside_change(change);
                dirty = true;
            }
            if !app.loading
                && let Some(change) = app.pending_change.take()
            {
                app.outside_change(change);
                dirty = true;
            }
            if let Some(w) = &worker {
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
                if let Some(req) = app.search_request.clone() {
                    app.search_request = None;
                    w.send(req);
                }
                while let Ok((generation, hits)) = w.rx.try_recv() {
                    app.search_results(generation, hits);
                    dirty = true;
                }
            }
            let size = terminal.size()?;
            app.page = usize::from(size.height.saturating_sub(4)).max(1);
            app.wide = size.width >= app::WIDE;
            if dirty {
                terminal.draw(|f| {
                    draw(f, &mut app, &theme);
                    scrub(f.buffer_mut());
                })?;
                dirty = false;
            }
            // Waiting for a thread: look again soon. Idle: wake rarely.
            let busy = app.loading || app.syncing || app.search.pending() || app.reload_requested;
            let wait = Duration::from_millis(if busy { 16 } else { 100 });
            if event::poll(wait)? {
                let event = event::read()?;
                // Moving the mouse changes nothing on screen.
                dirty |= !matches!(
                    event,
                    Event::Mouse(m) if matches!(m.kind, MouseEventKind::Moved)
                );
                match event {
                    Event::Key(k) => app.handle_key(k),
                    // Pasted text arrives whole (bracketed paste): it goes
                    // into the field or query, line breaks included, and no
                    // line of it is taken for a key.
                    Event::Paste(text) => app.paste(&text),
                    Event::Mouse(m) => match m.kind {
                        MouseEventKind::ScrollDown => app.apply(Action::Down),
                        MouseEventKind::ScrollUp => app.apply(Action::Up),
                        MouseEventKind::Down(_) => {
                            app.click(m.column, m.row, size.width, size.height)
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
        }
        Ok(())
    })();
    capture_input(false);
    ratatui::restore();
    for p in &problems {
        eprintln!("warning: {p}");
    }
    result
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    use super::scrub;

    #[test]
    fn scrub_leaves_no_control_or_bidi_character_in_a_cell() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf[(0, 0)].set_symbol("b\u{202E}");
        buf[(1, 0)].set_symbol("\u{1b}");
        buf[(2, 0)].set_symbol("ø");
        buf[(3, 0)].set_symbol("e\u{301}");
        scrub(&mut buf);
        let cells: Vec<&str> = buf.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(cells, ["b", "\u{fffd}", "ø", "e\u{301}"]);
    }
}
