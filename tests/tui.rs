//! The terminal interface drawn on ratatui's TestBackend: snapshots of every
//! screen at 80×24 and 120×40, and scripted key sequences.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{Action, App, Screen};
use ropa::tui::theme::Theme;
use ropa::tui::{draw, keys};

fn sample_app() -> App {
    let loaded = load(&common::sample_registry()).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    let mut app = App::new("registry");
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.loaded = Some(loaded);
    app.report = Some(report);
    app
}

fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| draw(f, app, &Theme::default())).expect("draw");
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn press(app: &mut App, keys_: &str) {
    for c in keys_.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        if let Some(a) = keys::action(KeyEvent::new(code, KeyModifiers::NONE)) {
            app.apply(a);
        }
    }
}

fn da_barsel(app: &mut App) {
    // DA is the first organisation; DA Barsel the third activity (by file name).
    press(app, "\njj\n");
}

#[test]
fn screens_at_both_sizes() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = sample_app();
        insta::assert_snapshot!(format!("organisations_{w}x{h}"), render(&mut app, w, h));
        press(&mut app, "\n");
        insta::assert_snapshot!(format!("activities_{w}x{h}"), render(&mut app, w, h));
        press(&mut app, "jj\n");
        insta::assert_snapshot!(format!("detail_{w}x{h}"), render(&mut app, w, h));
        press(&mut app, "p");
        insta::assert_snapshot!(format!("problems_{w}x{h}"), render(&mut app, w, h));
        press(&mut app, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), render(&mut app, w, h));
    }
}

#[test]
fn open_da_barsel_and_read_its_basis_and_retention() {
    let mut app = sample_app();
    da_barsel(&mut app);
    assert_eq!(app.screen(), Screen::Detail { org: 0, act: 2 });
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("DA Barsel"), "{screen}");
    assert!(screen.contains("Lov nr. 417 af 08/05/2006"), "{screen}");
    // Scroll to the retention section.
    for _ in 0..30 {
        app.apply(Action::Down);
    }
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("Retention (Art. 30(1)(f))"), "{screen}");
    assert!(screen.contains("konkret vurdering"), "{screen}");
}

#[test]
fn back_and_quit() {
    let mut app = sample_app();
    da_barsel(&mut app);
    press(&mut app, "\x1b\x1b");
    assert_eq!(app.screen(), Screen::Organisations);
    press(&mut app, "h");
    assert_eq!(app.screen(), Screen::Organisations, "back at the top stays");
    press(&mut app, "q");
    assert!(app.quit);
    let mut app = sample_app();
    app.apply(
        keys::action(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)).expect("ctrl-c"),
    );
    assert!(app.quit);
}

#[test]
fn problem_opens_its_activity() {
    let mut app = sample_app();
    press(&mut app, "p");
    assert_eq!(app.screen(), Screen::Problems);
    let findings = app.report.as_ref().expect("report").findings.clone();
    let index = findings
        .iter()
        .position(|f| f.path == "da/activities/da-barsel.ron")
        .expect("a finding in DA Barsel");
    for _ in 0..index {
        app.apply(Action::Down);
    }
    press(&mut app, "\n");
    assert_eq!(app.screen(), Screen::Detail { org: 0, act: 2 });
    assert_eq!(
        app.focus_field.as_deref(),
        Some(findings[index].field.as_str())
    );
}

#[test]
fn selection_stays_in_bounds() {
    let mut app = sample_app();
    press(&mut app, "kkkk");
    assert_eq!(app.selection(), 0);
    press(&mut app, "G");
    assert_eq!(app.selection(), 4);
    press(&mut app, "jjj");
    assert_eq!(app.selection(), 4);
    press(&mut app, "g");
    assert_eq!(app.selection(), 0);
}

#[test]
fn first_frame_before_loading() {
    let mut app = App::new("registry");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("loading…"), "{screen}");
}

#[test]
fn status_bar_shows_branch_and_head_or_read_only() {
    let mut app = sample_app();
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("main@0123abc"), "{screen}");
    assert!(screen.contains("0 errors 123 warnings"), "{screen}");
    let mut app = sample_app();
    app.head = None;
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("read-only"), "{screen}");
    assert!(screen.contains("ropa init"), "{screen}");
}

/// Types into the search screen and answers its queries synchronously, as
/// the worker thread does in the running program.
fn type_search(app: &mut App, index: &ropa::register::search::SearchIndex, text: &str) {
    for c in text.chars() {
        let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert!(app.search_key(key), "search takes typed characters");
        if let Some(req) = app.take_search_request() {
            let hits = index.search(&req.query, 200);
            app.search_results(req.generation, hits);
        }
    }
}

#[test]
fn search_barsel_opens_da_barsel_retention_in_few_keys() {
    let mut app = sample_app();
    let index =
        ropa::register::search::SearchIndex::new(&app.loaded.as_ref().expect("loaded").register);
    press(&mut app, "/");
    assert_eq!(app.screen(), Screen::Search);
    type_search(&mut app, &index, "barsel");
    let screen = render(&mut app, 120, 40);
    insta::assert_snapshot!("search_barsel_120x40", screen);
    assert!(app.search_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    assert_eq!(app.screen(), Screen::Detail { org: 0, act: 2 });
    // Esc goes back to the results, which are kept.
    press(&mut app, "\x1b");
    assert_eq!(app.screen(), Screen::Search);
    assert_eq!(app.search.query, "barsel");
}

#[test]
fn search_with_folding_and_filters() {
    let mut app = sample_app();
    let index =
        ropa::register::search::SearchIndex::new(&app.loaded.as_ref().expect("loaded").register);
    press(&mut app, "/");
    type_search(&mut app, &index, "5 aar efter");
    assert!(
        app.search
            .hits
            .iter()
            .any(|h| h.field == "Retention" && h.text.contains("5 år efter"))
    );
    let screen = render(&mut app, 80, 24);
    insta::assert_snapshot!("search_folded_80x24", screen);
    for _ in 0..11 {
        app.search_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        if let Some(req) = app.take_search_request() {
            app.search_results(req.generation, index.search(&req.query, 200));
        }
    }
    type_search(&mut app, &index, "has:cpr org:digst");
    assert_eq!(app.search.hits.len(), 2);
    // A stale answer is ignored.
    app.search_results(0, Vec::new());
    assert_eq!(app.search.hits.len(), 2);
}

#[test]
fn wide_terminal_shows_list_and_preview_and_tab_switches() {
    let mut app = sample_app();
    app.wide = true;
    press(&mut app, "\njj");
    insta::assert_snapshot!("activities_wide_120x40", render(&mut app, 120, 40));
    assert_eq!(app.selection(), 2);
    app.apply(Action::NextPane);
    assert!(app.preview_focus);
    press(&mut app, "jjj");
    assert_eq!(app.selection(), 2, "j scrolls the preview, not the list");
    assert_eq!(app.scroll, 3);
    app.apply(Action::NextPane);
    press(&mut app, "j");
    assert_eq!(app.selection(), 3);
    assert_eq!(app.scroll, 0);
}

#[test]
fn mouse_click_selects_then_opens() {
    let mut app = sample_app();
    // Row 4 of the screen is the third organisation (border, header, rows).
    app.click(4, 24);
    assert_eq!(app.selection(), 2);
    assert_eq!(app.screen(), Screen::Organisations);
    app.click(4, 24);
    assert_eq!(app.screen(), Screen::Activities { org: 2 });
    // Clicks on the border or past the last row do nothing.
    app.click(0, 24);
    app.click(20, 24);
    assert_eq!(app.selection(), 0);
}

#[test]
fn form_screens_at_both_sizes() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = sample_app();
        app.root = common::sample_registry();
        da_barsel(&mut app);
        press(&mut app, "e");
        assert_eq!(app.screen(), Screen::Form);
        insta::assert_snapshot!(format!("form_{w}x{h}"), render(&mut app, w, h));
    }
}

#[test]
fn a_finding_opens_scrolled_to_its_line() {
    let mut app = sample_app();
    let index = app
        .report
        .as_ref()
        .and_then(|r| {
            r.findings
                .iter()
                .rposition(|f| f.path == "da/activities/da-barsel.ron" && f.is_active())
        })
        .expect("DA Barsel has an active finding");
    let rule = app
        .report
        .as_ref()
        .map(|r| r.findings[index].rule)
        .unwrap_or_default();
    press(&mut app, "p");
    for _ in 0..index {
        app.apply(Action::Down);
    }
    app.apply(Action::Open);
    assert!(matches!(app.screen(), Screen::Detail { .. }));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains(rule), "{rule}: {screen}");
    assert!(app.scroll > 0, "scrolled down to the finding");
}
