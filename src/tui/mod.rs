//! The terminal interface: browse the register, read every field, see the
//! validator's findings. A key press becomes an [`app::Action`], the action
//! changes the [`app::App`], the state is drawn. Loading, validation,
//! search, sync, history, the sync status and saves run on threads
//! ([`session::Session`]), so no frame waits for them.

pub mod app;
mod confirm;
mod detail;
pub mod due;
pub mod editing;
mod empty;
pub mod external_editor;
pub mod follow;
pub mod form;
pub mod gaps;
mod help;
pub mod history;
pub mod keybar;
pub mod keys;
pub mod lifecycle;
mod lists;
pub mod map;
mod org_detail;
pub mod prepare;
pub mod problems;
pub mod records;
mod rejudge;
pub mod search;
pub mod session;
pub mod sync;
pub mod tally;
pub mod theme;
pub mod transaction;
pub mod watch;
pub mod workers;

use std::path::Path;
use std::time::Duration;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, MouseEventKind};
use ratatui::layout::{Constraint, Layout};
use ratatui::widgets::Paragraph;

use app::{Action, App, Screen};
use theme::Theme;

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
        Screen::Gaps => gaps::draw(f, main, app, theme),
        Screen::Map { org } => map::draw(f, main, app, theme, org.as_deref()),
        Screen::Due => due::draw(f, main, app, theme),
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
    let crate::config::Ui {
        theme,
        keys,
        problems,
    } = ui;
    app.keys = keys;
    app.notice = crate::config::summary(&problems);
    let mut session = session::Session::start(root, app);
    // ratatui::init installs a panic hook that restores the terminal first.
    let mut terminal = ratatui::init();
    capture_input(true);
    let result = (|| -> std::io::Result<()> {
        // Frames are drawn when something changed (a key, a message from
        // a thread), not on a timer: an idle interface does no work.
        let mut dirty = true;
        while !session.app.quit {
            dirty |= session.turn();
            let app = &mut session.app;
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
                // as this interface's own change; the next turn starts it.
                app.reload_requested = true;
                dirty = true;
                continue;
            }
            let size = terminal.size()?;
            app.page = usize::from(size.height.saturating_sub(4)).max(1);
            app.wide = size.width >= app::WIDE;
            if dirty {
                terminal.draw(|f| {
                    draw(f, app, &theme);
                    scrub(f.buffer_mut());
                })?;
                dirty = false;
            }
            // Waiting for a thread: look again soon. Idle: wake rarely.
            let wait = Duration::from_millis(if session.busy() { 16 } else { 100 });
            let app = &mut session.app;
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
                        MouseEventKind::ScrollDown => app.scroll(Action::Down),
                        MouseEventKind::ScrollUp => app.scroll(Action::Up),
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
    // A quit that waited for a save: its outcome, which the screen
    // showed only for a moment.
    if let Some(notice) = session.app.exit_notice.take() {
        eprintln!("{notice}");
    }
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
