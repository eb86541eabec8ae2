//! Following the repository: a real git repository changed by the `git`
//! program (a commit, `git checkout -- file`) is noticed within a second,
//! with file notifications and with the polling fallback; the interface
//! reloads for changes made outside it, not a second time for its own.

mod common;

use common::git;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::tui::app::{App, Reload, Screen};
use ropa::tui::watch::{Changed, Fingerprint, Watcher};

const BARSEL: &str = "da/activities/da-barsel.ron";

/// The sample register committed with the `git` program in `<tmp>/repo`;
/// the register is `<tmp>/repo/registry`.
fn repo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    common::copy_tree(&common::sample_registry(), &repo.join("registry"));
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["config", "user.name", "A Colleague"]);
    git(&repo, &["config", "user.email", "colleague@example.org"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "sample"]);
    (dir, repo)
}

/// Renames DA Barsel in its file, as an editor outside ropa would.
fn rename_barsel(root: &Path, to: &str) {
    let p = root.join(BARSEL);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains("name: \"DA Barsel\""));
    let text = text.replace("name: \"DA Barsel\"", &format!("name: \"{to}\""));
    std::fs::write(&p, text).expect("write");
}

/// The next message within `limit`, and how long it took.
fn next(w: &Watcher, limit: Duration) -> Option<(Changed, Duration)> {
    let start = Instant::now();
    w.rx.recv_timeout(limit).ok().map(|c| (c, start.elapsed()))
}

/// Drops messages until none comes for a while.
fn drain(w: &Watcher) {
    while w.rx.recv_timeout(Duration::from_millis(800)).is_ok() {}
}

#[test]
fn a_commit_and_a_checkout_are_noticed_within_a_second() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let w = Watcher::notify(&root).expect("file notifications on this system");

    rename_barsel(&root, "DA Barsel (ændret)");
    git(&repo, &["commit", "-q", "-am", "Rename DA Barsel"]);
    let (c, took) = next(&w, Duration::from_secs(1)).expect("the commit is noticed in 1 s");
    assert!(c.git, "HEAD or the index moved: {c:?}");
    assert!(
        c.files.contains(BARSEL),
        "the record's file is named: {c:?}"
    );
    assert!(took < Duration::from_secs(1), "{took:?}");
    drain(&w);

    // A change to the file, then `git checkout -- file` puts it back.
    rename_barsel_again(&root);
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the edit is noticed");
    assert_eq!(c.files.iter().collect::<Vec<_>>(), [BARSEL], "{c:?}");
    drain(&w);
    git(&repo, &["checkout", "--", &format!("registry/{BARSEL}")]);
    let (c, took) = next(&w, Duration::from_secs(1)).expect("the checkout is noticed in 1 s");
    assert!(c.files.contains(BARSEL), "{c:?}");
    assert!(took < Duration::from_secs(1), "{took:?}");
    drain(&w);

    // A new organisation folder is noticed, and then its files too.
    std::fs::create_dir_all(root.join("ny/activities")).expect("mkdir");
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the new folder is noticed");
    assert!(c.unknown, "{c:?}");
    drain(&w);
    std::fs::write(root.join("ny/organisation.ron"), "(id: \"ny\")").expect("write");
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the new file is noticed");
    assert!(c.files.contains("ny/organisation.ron"), "{c:?}");
}

fn rename_barsel_again(root: &Path) {
    let p = root.join(BARSEL);
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("DA Barsel (ændret)", "DA Barsel (igen)")).expect("write");
}

#[test]
fn temporary_files_and_git_objects_are_not_changes() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let w = Watcher::notify(&root).expect("file notifications on this system");
    // ropa's own temporary file beside a record, an editor's swap file, a
    // note that is not a record, and git writing objects.
    std::fs::write(root.join("da/activities/.da-barsel.ron.ropa-tmp-1-0"), "x").expect("tmp");
    std::fs::remove_file(root.join("da/activities/.da-barsel.ron.ropa-tmp-1-0")).expect("rm");
    std::fs::write(root.join("da/activities/.da-barsel.ron.swp"), "x").expect("swp");
    std::fs::write(root.join("da/notes.txt"), "x").expect("note");
    git(&repo, &["hash-object", "-w", "registry/da/notes.txt"]);
    assert_eq!(next(&w, Duration::from_millis(900)).map(|(c, _)| c), None);
}

#[test]
fn polling_notices_a_commit() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let w = Watcher::poll(&root, Duration::from_millis(250));
    std::thread::sleep(Duration::from_millis(300));
    rename_barsel(&root, "DA Barsel (ændret)");
    git(&repo, &["commit", "-q", "-am", "Rename DA Barsel"]);
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the commit is noticed");
    let seen = c.polled.expect("the state seen");
    assert_ne!(seen, Fingerprint::default());
    // Nothing more changes: no more messages.
    let _ = next(&w, Duration::from_millis(300));
    assert_eq!(next(&w, Duration::from_millis(600)).map(|(c, _)| c), None);
}

/// What the event loop does when a load arrives: the state read, then the
/// register.
fn loaded(app: &mut App, root: &Path) {
    app.disk = Some(Fingerprint::take(root));
    app.set_loaded(load(root).expect("load"));
}

fn app_on(root: &Path) -> App {
    let mut app = App::new(root.display().to_string());
    app.root = root.to_path_buf();
    app.head = ropa::register::git::head_info(root);
    loaded(&mut app, root);
    app
}

fn key(app: &mut App, code: KeyCode, m: KeyModifiers) {
    let k = KeyEvent::new(code, m);
    app.handle_key(k);
}

fn type_(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            c => KeyCode::Char(c),
        };
        key(app, code, KeyModifiers::NONE);
    }
}

#[test]
fn own_saves_load_once_and_outside_changes_reload() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let w = Watcher::notify(&root).expect("file notifications on this system");
    let mut app = app_on(&root);

    // A save in the interface: it asks for a reload itself.
    type_(&mut app, "\njj\ne (ny)");
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Saved"))
    );
    assert!(app.reload_requested);
    app.reload_requested = false;
    app.loading = true;
    // The watcher reports the save while the reload runs: it waits.
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the save is seen");
    app.outside_change(c);
    assert!(!app.reload_requested);
    assert!(app.pending_change.is_some());
    loaded(&mut app, &root);
    drain_into(&w, &mut app);
    let pending = app.pending_change.take().expect("pending");
    app.outside_change(pending);
    assert!(!app.reload_requested, "the save is loaded once");

    // A colleague's commit is not loaded yet: a reload, told as such.
    let p = root.join(BARSEL);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains("name: \"DA Barsel (ny)\""), "{text}");
    std::fs::write(&p, text.replace("DA Barsel (ny)", "DA Barsel (kollega)")).expect("write");
    git(&repo, &["commit", "-q", "-am", "A colleague renames it"]);
    let (c, _) = next(&w, Duration::from_secs(1)).expect("the commit is seen");
    drain_into(&w, &mut app);
    app.outside_change(c);
    if let Some(p) = app.pending_change.take() {
        app.outside_change(p);
    }
    assert!(app.reload_requested);
    assert_eq!(app.reload_why, Some(Reload::Outside));
    app.reload_requested = false;
    loaded(&mut app, &root);
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
    assert_eq!(
        app.activity("da", "da-barsel")
            .map(|(_, a)| a.activity.name.as_str()),
        Some("DA Barsel (kollega)")
    );
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("changed outside ropa")),
        "{:?}",
        app.notice
    );
}

/// Feeds the messages still coming in to the app (as the event loop does).
fn drain_into(w: &Watcher, app: &mut App) {
    while let Ok(c) = w.rx.recv_timeout(Duration::from_millis(800)) {
        app.outside_change(c);
    }
}

#[test]
fn an_open_form_is_told_and_keeps_its_text() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let mut app = app_on(&root);
    type_(&mut app, "\njj\ne");
    assert_eq!(app.screen(), Screen::Form);
    type_(&mut app, " – ændret her");

    // Another file changes: the form is told, nothing about its file.
    let other = root.join("da/activities/website.ron");
    let text = std::fs::read_to_string(&other).expect("read") + "\n";
    std::fs::write(&other, text).expect("write");
    app.outside_change(Changed {
        files: ["da/activities/website.ron".to_string()].into(),
        ..Changed::default()
    });
    assert!(app.reload_requested);
    app.reload_requested = false;
    loaded(&mut app, &root);
    let form = app.form.as_ref().expect("the form stays open");
    let message = form.message.clone().unwrap_or_default();
    assert!(message.contains("changed outside ropa"), "{message}");
    assert!(!message.contains(BARSEL), "{message}");
    assert_eq!(
        form.value["name"].as_str(),
        Some("DA Barsel – ændret her"),
        "what was typed is kept"
    );

    // Its own file changes: the form says so; the save then asks.
    rename_barsel(&root, "DA Barsel (kollega)");
    git(&repo, &["commit", "-q", "-am", "A colleague renames it"]);
    app.outside_change(Changed {
        git: true,
        files: [BARSEL.to_string()].into(),
        ..Changed::default()
    });
    assert!(app.reload_requested);
    app.reload_requested = false;
    loaded(&mut app, &root);
    let form = app.form.as_ref().expect("the form stays open");
    let message = form.message.clone().unwrap_or_default();
    assert!(message.contains(BARSEL), "{message}");
    assert!(message.contains("merge"), "{message}");
    assert_eq!(form.value["name"].as_str(), Some("DA Barsel – ændret her"));
    key(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    let form = app
        .form
        .as_ref()
        .expect("not saved over the colleague's change");
    assert!(
        matches!(form.dialog, Some(ropa::tui::form::Dialog::Conflict { .. })),
        "{:?}",
        form.dialog
    );
}

#[test]
fn a_changed_record_shows_before_the_whole_register_is_loaded_again() {
    let (_dir, repo) = repo();
    let root = repo.join("registry");
    let mut app = app_on(&root);
    type_(&mut app, "\njj\n");
    let name = |app: &App| {
        app.activity("da", "da-barsel")
            .map(|(_, a)| a.activity.name.clone())
    };
    rename_barsel(&root, "DA Barsel – ændret");
    app.outside_change(Changed {
        files: [BARSEL.to_string()].into(),
        ..Changed::default()
    });
    assert!(app.reload_requested, "the whole register is loaded too");
    assert_eq!(name(&app).as_deref(), Some("DA Barsel – ændret"));
    assert_eq!(
        app.activity("da", "website")
            .map(|(_, a)| a.file.path.as_str()),
        Some("da/activities/website.ron"),
        "the others are where they were"
    );

    // A file that no longer parses waits for the reload to show.
    app.reload_requested = false;
    let p = root.join(BARSEL);
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("name: \"DA Barsel", "name \"DA Barsel")).expect("write");
    app.outside_change(Changed {
        files: [BARSEL.to_string()].into(),
        ..Changed::default()
    });
    assert!(app.reload_requested);
    assert_eq!(name(&app).as_deref(), Some("DA Barsel – ændret"));
    loaded(&mut app, &root);
    assert_eq!(name(&app), None);
    assert!(app.act_row("da", "da-barsel").is_some(), "still a row");
}
