//! The map screen: where the data go, as a tree of destinations,
//! recipients and activities; snapshots on the sample at 80×24 and key
//! handling (the map key on the organisation screens and the list, Enter
//! opening an activity by id, folding, Esc back).

mod common;

use common::interface::{keys_, render};
use ropa::register::load::load;
use ropa::tui::app::{App, Screen};
use ropa::tui::map::RowKind;

fn sample_app() -> App {
    let root = common::sample_registry();
    let mut app = App::new("registry");
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.set_loaded(load(&root).expect("load"));
    app
}

fn djoef_row(app: &App) -> usize {
    app.organisations()
        .iter()
        .position(|o| o.org.id == "djoef")
        .expect("djoef")
}

#[test]
fn map_of_one_organisation_and_of_the_register_at_80x24() {
    let mut app = sample_app();
    // From the list of organisations: the whole register.
    keys_(&mut app, "m");
    assert_eq!(app.screen(), Screen::Map { org: None });
    insta::assert_snapshot!("map_register_80x24", render(&mut app, 80, 24));
    keys_(&mut app, "\x1b");
    assert_eq!(app.screen(), Screen::Organisations);
    // From Djøf's organisation screen: Djøf's.
    for _ in 0..djoef_row(&app) {
        keys_(&mut app, "j");
    }
    keys_(&mut app, "i");
    assert_eq!(
        app.screen(),
        Screen::Organisation {
            org: "djoef".into()
        }
    );
    keys_(&mut app, "m");
    assert_eq!(
        app.screen(),
        Screen::Map {
            org: Some("djoef".into())
        }
    );
    insta::assert_snapshot!("map_djoef_80x24", render(&mut app, 80, 24));
}

#[test]
fn enter_on_an_activity_opens_it_and_esc_comes_back() {
    let mut app = sample_app();
    for _ in 0..djoef_row(&app) {
        keys_(&mut app, "j");
    }
    // The activities screen opens the map of its organisation too.
    keys_(&mut app, "\nm");
    assert_eq!(
        app.screen(),
        Screen::Map {
            org: Some("djoef".into())
        }
    );
    let rows = app.map_rows();
    assert_eq!(rows[0].kind, RowKind::Destination);
    // Down to the first activity row, by keys.
    let at = rows
        .iter()
        .position(|r| matches!(r.kind, RowKind::Activity { .. }))
        .expect("an activity");
    for _ in 0..at {
        keys_(&mut app, "j");
    }
    assert_eq!(app.selection(), at);
    keys_(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "djoef".into(),
            act: "zoom-onlinetilbud".into()
        }
    );
    keys_(&mut app, "\x1b");
    assert_eq!(
        app.screen(),
        Screen::Map {
            org: Some("djoef".into())
        }
    );
    assert_eq!(app.selection(), at, "the map keeps its place");
    // Enter on the destination folds it, and again unfolds it.
    keys_(&mut app, "g");
    let before = app.map_rows().len();
    keys_(&mut app, "\n");
    assert!(app.map_rows().len() < before);
    assert!(app.map_rows()[0].folded);
    keys_(&mut app, "\n");
    assert_eq!(app.map_rows().len(), before);
    // The moving keys stay within the rows.
    keys_(&mut app, "G");
    assert_eq!(app.selection(), before - 1);
    keys_(&mut app, "j");
    assert_eq!(app.selection(), before - 1);
    // A key of another screen says it does not apply here.
    keys_(&mut app, "e");
    assert!(app.notice.is_some());
}

/// A recipient whose name is too long for its row: the name is cut, with
/// "…", and the count of activities after it stays in sight (Danish, at
/// 80×24).
#[test]
fn a_long_name_is_cut_and_the_count_kept() {
    let root = common::sample_registry();
    let mut loaded = load(&root).expect("load");
    let djoef = loaded
        .register
        .organisations
        .iter_mut()
        .find(|o| o.org.id == "djoef")
        .expect("djoef");
    let long = "visse af Zooms underdatabehandlere i USA, Australien, Brasilien, Canada og Japan";
    let sub = djoef
        .org
        .recipients
        .iter_mut()
        .find(|r| r.name == "visse af Zooms underdatabehandlere")
        .expect("the sub-processors");
    sub.name = long.into();
    let mut app = App::new("registry");
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.lang = ropa::register::lang::Lang::Da;
    app.set_loaded(loaded);
    for _ in 0..djoef_row(&app) {
        keys_(&mut app, "j");
    }
    keys_(&mut app, "\nm");
    let page = render(&mut app, 80, 24);
    let row = page
        .lines()
        .find(|l| l.contains("visse af Zooms"))
        .expect("the row");
    assert!(row.contains('…'), "{row}");
    assert!(row.contains("Underdatabehandler  1 aktivitet"), "{row}");
    assert!(!row.contains(long), "{row}");
    insta::assert_snapshot!("map_long_name_da_80x24", page);
}
