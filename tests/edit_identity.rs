//! Saving a form without a git identity: the form stays open with every
//! typed character and says how to set the identity. Its own test binary,
//! because it changes where git2 looks for configuration, process-wide.

mod common;

use git2::{Repository, Signature};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::tui::app::{App, Screen};

#[test]
fn no_identity_keeps_the_form_and_says_how_to_set_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty-config");
    std::fs::create_dir_all(&empty).expect("mkdir");
    for level in [
        git2::ConfigLevel::System,
        git2::ConfigLevel::XDG,
        git2::ConfigLevel::Global,
        git2::ConfigLevel::ProgramData,
    ] {
        // SAFETY: the only test in this binary, before any other git2 use.
        unsafe { git2::opts::set_search_path(level, empty.as_os_str()) }.expect("search path");
    }
    let work = dir.path().join("work");
    common::copy_tree(&common::sample_registry(), &work.join("registry"));
    let repo = Repository::init(&work).expect("init");
    assert!(repo.signature().is_err(), "identity leaked into the test");
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"].iter(), git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find");
    let sig = Signature::now("Setup", "setup@example.org").expect("sig");
    let first = repo
        .commit(Some("HEAD"), &sig, &sig, "sample", &tree, &[])
        .expect("commit");

    let root = work.join("registry");
    let mut app = App::new(root.display().to_string());
    app.root = root.clone();
    app.head = ropa::register::git::head_info(&root);
    app.set_loaded(load(&root).expect("load"));
    let original = std::fs::read(root.join("da/activities/da-barsel.ron")).expect("read");
    let mut press = |code: KeyCode, m: KeyModifiers| {
        let k = KeyEvent::new(code, m);
        app.handle_key(k);
    };
    for c in "\njj\ne!".chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(code, KeyModifiers::NONE);
    }
    press(KeyCode::Char('s'), KeyModifiers::CONTROL);

    assert_eq!(app.screen(), Screen::Form, "the form stays open");
    let form = app.form.as_ref().expect("form");
    assert_eq!(form.value["name"], "DA Barsel!", "typed text kept");
    let msg = form.message.clone().unwrap_or_default();
    assert!(msg.contains("git config --global user.name"), "{msg}");
    // On the form's one status line: joined, no line break to escape.
    assert!(!msg.contains('\n'), "{msg:?}");
    let screen = common::interface::render(&mut app, 200, 50);
    assert!(!screen.contains("\\n"), "{screen}");
    let words = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("git config --global user.email"), "{screen}");
    assert_eq!(
        std::fs::read(root.join("da/activities/da-barsel.ron")).expect("read"),
        original
    );
    assert_eq!(repo.head().expect("head").target(), Some(first));
}
