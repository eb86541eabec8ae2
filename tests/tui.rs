//! The terminal interface drawn on ratatui's TestBackend: snapshots of every
//! screen at 80×24 and 120×40, and scripted key sequences.

mod common;

use common::interface::render;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{Action, App, Screen};
use ropa::tui::keys;

/// The sample register committed in a scratch repository of its own, made
/// once. A form's status line is the dry run of its save, which reads git's
/// state: the project's own work tree (a merge in progress, an edited
/// sample) must not show up in the screens.
fn sample_root() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let common::interface::Scratch { _dir, .. } = common::interface::scratch();
        _dir
    })
    .path()
}

fn sample_app() -> App {
    let loaded = load(&sample_root().join("registry")).expect("load");
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
    app.set_loaded(loaded);
    app.set_report(report);
    app
}

/// Types `keys_` (`\n` is Enter, `\x1b` Esc) through the interface's
/// one key routing.
fn press(app: &mut App, keys_: &str) {
    common::interface::keys_(app, keys_);
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
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
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
    let findings = app.report().expect("report").findings.clone();
    // The view lists findings grouped (see `problems::shown`).
    let shown = ropa::tui::problems::shown(&app);
    let at = shown
        .iter()
        .position(|&i| findings[i].path == "da/activities/da-barsel.ron")
        .expect("a finding in DA Barsel");
    for _ in 0..at {
        app.apply(Action::Down);
    }
    let index = shown[at];
    press(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
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
    assert!(screen.contains("0 errors  141 warnings"), "{screen}");
    let mut app = sample_app();
    app.head = None;
    let screen = render(&mut app, 120, 40);
    assert!(screen.contains("read-only"), "{screen}");
    assert!(screen.contains("not in a git repository"), "{screen}");
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
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
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
    app.click(0, 4, 80, 24);
    assert_eq!(app.selection(), 2);
    assert_eq!(app.screen(), Screen::Organisations);
    app.click(0, 4, 80, 24);
    assert_eq!(
        app.screen(),
        Screen::Activities {
            org: "djoef".into()
        }
    );
    // Clicks on the border or past the last row do nothing.
    app.click(0, 0, 80, 24);
    app.click(0, 20, 80, 24);
    assert_eq!(app.selection(), 0);
}

#[test]
fn form_screens_at_both_sizes() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut app = sample_app();
        app.root = sample_root().join("registry");
        da_barsel(&mut app);
        press(&mut app, "e");
        assert_eq!(app.screen(), Screen::Form);
        insta::assert_snapshot!(format!("form_{w}x{h}"), render(&mut app, w, h));
    }
}

#[test]
fn a_finding_opens_scrolled_to_its_line() {
    let mut app = sample_app();
    let findings = app.report().expect("report").findings.clone();
    let index = ropa::tui::problems::shown(&app)
        .iter()
        .rposition(|&i| {
            findings[i].path == "da/activities/da-barsel.ron" && findings[i].is_active()
        })
        .expect("DA Barsel has an active finding");
    let rule = findings[ropa::tui::problems::shown(&app)[index]].rule;
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

/// The sample register copied to `<tmp>/registry`, loaded into an app
/// (named "registry" in the status bar, as the sample app is).
fn app_on_copy() -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("registry");
    common::copy_tree(&common::sample_registry(), &root);
    let mut app = sample_app();
    app.root = root.clone();
    reload(&mut app, &root);
    (dir, root, app)
}

/// Loads and validates the register again, as the event loop does.
fn reload(app: &mut App, root: &std::path::Path) {
    let loaded = load(root).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    app.set_loaded(loaded);
    app.set_report(report);
}

/// A copy of DA's website activity under id `id`, as a colleague adds it.
fn add_activity(root: &std::path::Path, id: &str) {
    let text = std::fs::read_to_string(root.join("da/activities/website.ron")).expect("read");
    let text = text.replace("id: \"website\"", &format!("id: \"{id}\""));
    std::fs::write(root.join(format!("da/activities/{id}.ron")), text).expect("write");
}

fn barsel() -> Screen {
    Screen::Detail {
        org: "da".into(),
        act: "da-barsel".into(),
    }
}

#[test]
fn a_reload_keeps_the_selection_and_the_detail_on_the_same_activity() {
    let (_dir, root, mut app) = app_on_copy();
    press(&mut app, "\njj");
    assert_eq!(
        app.selected_activity(),
        Some(("da".into(), "da-barsel".into()))
    );
    // Two activities appear before DA Barsel and one before it goes.
    add_activity(&root, "aaa-ny");
    add_activity(&root, "ab-ny");
    std::fs::remove_file(root.join("da/activities/acf.ron")).expect("rm");
    reload(&mut app, &root);
    assert_eq!(
        app.selected_activity(),
        Some(("da".into(), "da-barsel".into())),
        "the list stays on DA Barsel"
    );
    assert_eq!(app.selection(), 3);

    // An open detail stays on it through the next reload.
    press(&mut app, "\n");
    assert_eq!(app.screen(), barsel());
    add_activity(&root, "aac-ny");
    reload(&mut app, &root);
    assert_eq!(app.screen(), barsel());
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("Dansk Arbejdsgiverforening › DA Barsel"),
        "{screen}"
    );
    press(&mut app, "\x1b");
    assert_eq!(
        app.selected_activity(),
        Some(("da".into(), "da-barsel".into()))
    );
    assert_eq!(app.selection(), 4);

    // When the selected activity goes, the selection stays where it was.
    std::fs::remove_file(root.join("da/activities/da-barsel.ron")).expect("rm");
    reload(&mut app, &root);
    assert_eq!(app.selection(), 4);
    assert_eq!(
        app.selected_activity(),
        Some(("da".into(), "da-lo-udviklingsfonden".into()))
    );
    // A detail of a record that went says so.
    app.stack.push(barsel());
    app.selected.push(0);
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("The activity da/da-barsel is no longer in the register"),
        "{screen}"
    );
}

#[test]
fn a_reload_keeps_the_organisation_list_and_problems_on_their_rows() {
    let (_dir, root, mut app) = app_on_copy();
    press(&mut app, "jj");
    assert_eq!(app.selection(), 2, "djoef");
    // A new organisation folder before it.
    let mut org = common::clean_org();
    org.id = "aaa".into();
    common::write_register(&root, &org, &[]);
    reload(&mut app, &root);
    assert_eq!(app.selection(), 3);
    press(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Activities {
            org: "djoef".into()
        }
    );
    // The problems list keeps the selected finding.
    press(&mut app, "\x1bp");
    let shown = ropa::tui::problems::shown(&app);
    let findings = app.report().expect("report").findings.clone();
    let at = shown
        .iter()
        .position(|&i| findings[i].path.contains("da-barsel"))
        .expect("a finding in DA Barsel");
    for _ in 0..at {
        app.apply(Action::Down);
    }
    let before = findings[shown[at]].clone();
    std::fs::remove_file(root.join("da/activities/acf.ron")).expect("rm");
    reload(&mut app, &root);
    let after =
        &app.report().expect("report").findings[ropa::tui::problems::shown(&app)[app.selection()]];
    assert_eq!(
        (&after.path, after.rule, &after.field),
        (&before.path, before.rule, &before.field)
    );
    assert!(app.selection() < at, "it moved up with the rows before it");
}

#[test]
fn search_hits_open_by_id_after_a_reload() {
    let (_dir, root, mut app) = app_on_copy();
    let index =
        ropa::register::search::SearchIndex::new(&app.loaded.as_ref().expect("loaded").register);
    press(&mut app, "/");
    type_search(&mut app, &index, "barsel");
    // The register changes before the hit is opened; the hit names DA
    // Barsel by id, not by its old position.
    add_activity(&root, "aaa-ny");
    let loaded = load(&root).expect("load");
    app.set_loaded(loaded);
    assert!(app.search_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)));
    assert_eq!(app.screen(), barsel());
}

#[test]
fn ctrl_r_reloads_by_hand() {
    let (_dir, root, mut app) = app_on_copy();
    let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(keys::action(ctrl_r), Some(Action::Reload));
    press(&mut app, "\njj\n");
    app.apply(Action::Reload);
    assert!(app.reload_requested);
    assert_eq!(app.notice.as_deref(), Some("Reloading…"));
    add_activity(&root, "aaa-ny");
    reload(&mut app, &root);
    assert_eq!(app.notice.as_deref(), Some("Reloaded from disk."));
    assert_eq!(app.screen(), barsel());
    assert!(
        app.keys
            .help()
            .iter()
            .any(|(k, what)| k == "Ctrl-R" && what.contains("reload")),
        "in the help"
    );
}

/// Breaks DA Barsel's file (a missing colon) and Digitaliseringsstyrelsen's
/// organisation file, as an editor might leave them.
fn break_files(root: &std::path::Path) {
    let p = root.join("da/activities/da-barsel.ron");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(
        &p,
        text.replace("name: \"DA Barsel\"", "name \"DA Barsel\""),
    )
    .expect("write");
    let p = root.join("digst/organisation.ron");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("role: Controller", "role: Controler")).expect("write");
}

#[test]
fn files_that_do_not_parse_are_rows_that_open_and_edit() {
    let (_dir, root, mut app) = app_on_copy();
    break_files(&root);
    reload(&mut app, &root);
    insta::assert_snapshot!("broken_organisations_80x24", render(&mut app, 80, 24));
    press(&mut app, "\n");
    insta::assert_snapshot!("broken_activities_80x24", render(&mut app, 80, 24));
    press(&mut app, "jj");
    assert_eq!(
        app.selected_activity(),
        Some(("da".into(), "da-barsel".into()))
    );
    press(&mut app, "\n");
    assert_eq!(app.screen(), barsel());
    let screen = render(&mut app, 80, 24);
    insta::assert_snapshot!("broken_detail_80x24", screen);
    assert!(
        screen.contains("da/activities/da-barsel.ron:3:9"),
        "{screen}"
    );
    assert!(screen.contains("name \"DA Barsel\""), "the text: {screen}");

    // E opens the editor at the line where it stops parsing.
    press(&mut app, "E");
    let req = app.editor_request.take().expect("the editor is asked for");
    assert_eq!(req.path, "da/activities/da-barsel.ron");
    assert_eq!(req.line, 3);
    // e says why it cannot; nothing else happens.
    press(&mut app, "e");
    assert_eq!(app.screen(), barsel());
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("does not parse")),
        "{:?}",
        app.notice
    );

    // The broken organisation file: a row that opens to its problem.
    press(&mut app, "\x1b\x1bj");
    press(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Activities {
            org: "digst".into()
        }
    );
    let screen = render(&mut app, 80, 24);
    assert!(
        screen.contains("digst/organisation.ron — does not parse"),
        "{screen}"
    );
    assert!(screen.contains("role: Controler"), "{screen}");
    press(&mut app, "E");
    let req = app.editor_request.take().expect("the editor is asked for");
    assert_eq!(req.path, "digst/organisation.ron");

    // Repaired outside ropa, the same screens show the records again.
    common::copy_tree(&common::sample_registry(), &root);
    reload(&mut app, &root);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Digital Post"), "{screen}");
}

/// Commits everything in the work tree at `work` with git2.
fn commit_all(work: &std::path::Path, message: &str) {
    let repo = git2::Repository::open(work).expect("open");
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"].iter(), git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = git2::Signature::now("A Colleague", "colleague@example.org").expect("sig");
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .expect("commit");
}

#[test]
fn an_open_form_saves_into_its_own_organisation_after_a_reload() {
    let (dir, root, mut app) = app_on_copy();
    let repo = git2::Repository::init(dir.path()).expect("init");
    let mut cfg = repo.config().expect("config");
    cfg.set_str("user.name", "Test Lawyer").expect("name");
    cfg.set_str("user.email", "lawyer@example.org")
        .expect("email");
    commit_all(dir.path(), "sample");
    app.head = ropa::register::git::head_info(&root);

    press(&mut app, "\njj\ne");
    assert_eq!(app.screen(), Screen::Form);
    let target = app.form_target.clone().expect("target");
    assert_eq!(
        (target.org.as_deref(), target.act.as_deref()),
        (Some("da"), Some("da-barsel"))
    );
    // A colleague's commit adds an organisation before DA; the register
    // is loaded again while the form is open.
    let mut org = common::clean_org();
    org.id = "aaa".into();
    org.name = "Aaa ApS".into();
    common::write_register(&root, &org, &[]);
    commit_all(dir.path(), "A new organisation");
    reload(&mut app, &root);
    let target = app.form_target.clone().expect("target");
    assert_eq!(
        (target.org.as_deref(), target.act.as_deref()),
        (Some("da"), Some("da-barsel")),
        "the form still edits DA Barsel of DA"
    );
    for c in " (ny)".chars() {
        assert!(app.form_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
    }
    assert!(app.form_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Saved")),
        "{:?} {:?}",
        app.notice,
        app.form.as_ref().map(|f| &f.message)
    );
    let head = repo.head().expect("head").peel_to_commit().expect("commit");
    assert_eq!(
        head.summary().ok().flatten(),
        Some("Dansk Arbejdsgiverforening / DA Barsel (ny): name")
    );
}

#[test]
fn a_detail_that_stops_parsing_shows_the_problem_from_its_top() {
    let (_dir, root, mut app) = app_on_copy();
    press(&mut app, "\njj\n");
    press(&mut app, "jjjjjjjjjjjj");
    assert!(app.scroll > 0);
    break_files(&root);
    reload(&mut app, &root);
    assert_eq!(app.screen(), barsel());
    assert_eq!(app.scroll, 0);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Expected colon"), "{screen}");
}

/// End in the detail view shows the page's last line at the bottom, not
/// blank space past it, and one step up scrolls back at once.
#[test]
fn end_in_the_detail_view_stops_at_the_last_line() {
    let mut app = sample_app();
    da_barsel(&mut app);
    render(&mut app, 80, 24);
    app.apply(Action::Bottom);
    let screen = render(&mut app, 80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    assert!(
        rows[rows.len() - 4].contains("File: da/activities/da-barsel.ron"),
        "the last line sits at the bottom of the page:\n{screen}"
    );
    let bottom = app.scroll;
    assert!(bottom > 0, "the page is longer than the screen");
    app.apply(Action::Up);
    render(&mut app, 80, 24);
    assert_eq!(app.scroll, bottom - 1, "one step up scrolls one row back");
}

/// A gap a record names is shown in the section of the field it names:
/// DA/LO Udviklingsfonden's unstated data subjects under "Data subjects".
#[test]
fn a_gap_is_shown_in_the_section_of_its_field() {
    let mut app = sample_app();
    press(&mut app, "\n");
    press(&mut app, "jjj\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-lo-udviklingsfonden".into()
        }
    );
    let screen = render(&mut app, 120, 60);
    let row = |text: &str| {
        screen
            .lines()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("{text} on screen:\n{screen}"))
    };
    let heading = row("Data subjects and personal data");
    let gap = row("GAP-001: `data_subjects` is not stated in the source");
    let recipients = row("Recipients (Art. 30(1)(d))");
    assert!(heading < gap && gap < recipients, "{screen}");
}
