//! The interface's event loop without a terminal ([`Session`]): its
//! loader, search worker and file watcher on a scratch repository, after
//! saves that are taken from their files alone and changes from outside.

mod common;

use std::time::{Duration, Instant};

use common::interface::{
    assert_saved, commit_all, ctrl, keys_, open_barsel, render, scratch_repo, search_hits,
};
use git2::Repository;
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::session::Session;

/// Turns the loop until `done` holds, for at most 60 s.
fn until(s: &mut Session, what: &str, done: impl Fn(&Session) -> bool) {
    let start = Instant::now();
    while !done(s) {
        s.turn();
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "waited 60 s for {what}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn settled(s: &mut Session) {
    until(s, "the load", |s| s.settled() && s.app.report().is_some());
}

/// Waits for the save or undo running on the worker, then asserts that
/// it saved.
fn saved(s: &mut Session) {
    until(s, "the save", |s| !s.app.saving());
    assert_saved(&s.app);
}

#[test]
fn a_save_loads_nothing_and_search_finds_the_saved_text() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    assert!(
        s.app.loading && s.app.validating,
        "a load runs from the start"
    );
    settled(&mut s);
    assert!(!s.app.validating);
    assert!(search_hits(&mut s, "Ærøskøbing barselsrevision").is_empty());

    // To DA Barsel, then type a new name and save.
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " – Ærøskøbing barselsrevision");
    ctrl(&mut s.app, 's');
    saved(&mut s);
    assert!(!s.app.reload_requested, "no load after the save");
    // The watcher reports the save's own files and commit: recognised,
    // nothing is loaded.
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        s.turn();
        assert!(
            !s.app.loading && !s.app.reload_requested,
            "the save's own change was loaded again"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let hits = search_hits(&mut s, "Ærøskøbing barselsrevision");
    assert_eq!(
        hits.first().map(String::as_str),
        Some("da/da-barsel"),
        "{hits:?}"
    );

    // The interface holds what a load of the disk gives.
    let fresh = load(&root).expect("load");
    let report = validate(&fresh, &Options::default());
    let (_, shown) = s.app.activity("da", "da-barsel").expect("listed");
    let (_, on_disk) = {
        let o = fresh
            .register
            .organisations
            .iter()
            .find(|o| o.org.id == "da")
            .expect("da");
        let a = o
            .activities
            .iter()
            .find(|a| a.activity.id == "da-barsel")
            .expect("barsel");
        (o, a)
    };
    assert_eq!(shown.file.text, on_disk.file.text);
    assert_eq!(
        s.app.report().expect("report").findings.len(),
        report.findings.len()
    );
}

#[test]
fn a_change_from_outside_after_a_save_is_still_loaded() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    settled(&mut s);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (revideret)");
    ctrl(&mut s.app, 's');
    saved(&mut s);
    assert!(!s.app.reload_requested);
    // A colleague changes another record in the same folder and commits.
    let other = root.join("da/activities/da-loen.ron");
    let other = if other.exists() {
        other
    } else {
        let dir = root.join("da/activities");
        std::fs::read_dir(&dir)
            .expect("list")
            .flatten()
            .map(|e| e.path())
            .find(|p| !p.ends_with("da-barsel.ron"))
            .expect("another activity")
    };
    let text = std::fs::read_to_string(&other).expect("read");
    let changed = text.replacen("name: \"", "name: \"Kollega: ", 1);
    assert_ne!(text, changed);
    std::fs::write(&other, &changed).expect("write");
    commit_all(&Repository::open(&work).expect("open"), "colleague");
    until(&mut s, "the colleague's change", |s| {
        s.settled()
            && s.app
                .organisations()
                .iter()
                .flat_map(|o| &o.activities)
                .any(|a| a.activity.name.starts_with("Kollega: "))
    });
    let (_, barsel) = s.app.activity("da", "da-barsel").expect("listed");
    assert_eq!(barsel.activity.name, "DA Barsel (revideret)");
}

#[test]
fn history_is_read_on_a_worker_and_an_answer_for_a_record_left_is_dropped() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    settled(&mut s);
    open_barsel(&mut s.app);
    // The screen shows at once, waiting for its log.
    keys_(&mut s.app, "H");
    assert!(matches!(s.app.screen(), Screen::History { .. }));
    assert!(s.app.history.as_ref().is_some_and(|h| h.loading));
    let frame = render(&mut s.app, 100, 20);
    assert!(frame.contains("Reading the history…"), "{frame}");
    // The request goes to the worker; before its answer is taken the
    // user leaves and opens the history of the activity above.
    s.turn();
    keys_(&mut s.app, "\x1b\x1bkH");
    let act = match s.app.screen() {
        Screen::History { act, .. } => act,
        other => panic!("not on a history screen: {other:?}"),
    };
    assert_ne!(act, "da-barsel");
    until(&mut s, "the history", |s| {
        s.app
            .history
            .as_ref()
            .is_some_and(|h| !h.loading && !h.diff_loading)
    });
    let h = s.app.history.as_ref().expect("open");
    assert_eq!(h.act, act);
    assert!(!h.entries.is_empty(), "{:?}", h.error);
    assert!(
        h.entries.iter().all(|e| e.path.contains(&act)),
        "entries of another record: {:?}",
        h.entries.iter().map(|e| &e.path).collect::<Vec<_>>()
    );
    assert!(h.diff.is_some(), "{:?}", h.error);
    // Moving asks for that commit's changes, which arrive too.
    keys_(&mut s.app, "j");
    until(&mut s, "the changes", |s| {
        s.app.history.as_ref().is_some_and(|h| !h.diff_loading)
    });
}

#[test]
fn a_save_runs_on_a_worker_and_keys_pressed_meanwhile_wait_for_it() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    settled(&mut s);
    let before = common::interface::head(&work);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (arbejde)");
    ctrl(&mut s.app, 's');
    // The form stays, saying that it saves; nothing is committed until
    // the loop hands the save to its worker.
    assert_eq!(s.app.screen(), Screen::Form);
    assert!(s.app.saving());
    assert!(!s.settled(), "not settled while a save runs");
    let frame = render(&mut s.app, 100, 30);
    assert!(frame.contains("Saving…"), "{frame}");
    // Keys pressed now are held. The save closes the form: the words
    // typed for it must not act on the activity's page that replaced it
    // (`u` would undo the save, `n` start a new activity), so they are
    // not taken, and the notice shows them.
    keys_(&mut s.app, " og kunder");
    assert_eq!(s.app.held.len(), 10);
    until(&mut s, "the save", |s| !s.app.saving());
    assert!(s.app.held.is_empty());
    assert_ne!(common::interface::head(&work), before, "committed");
    assert_eq!(s.app.session_saves.len(), 1, "no undo ran");
    let (_, barsel) = s.app.activity("da", "da-barsel").expect("listed");
    assert_eq!(barsel.activity.name, "DA Barsel (arbejde)");
    assert!(
        matches!(s.app.screen(), Screen::Detail { .. }),
        "{:?}",
        s.app.screen()
    );
    assert!(s.app.form.is_none(), "no new form from the held `n`");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(
        notice.starts_with("Saved") && notice.contains("“og kunder”"),
        "{notice}"
    );
    let text = std::fs::read_to_string(root.join("da/activities/da-barsel.ron")).expect("read");
    assert!(text.contains("DA Barsel (arbejde)"));
    settled(&mut s);
}

#[test]
fn a_save_refused_on_the_worker_keeps_the_form_and_its_text() {
    let (_dir, work) = scratch_repo();
    let hook = work.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().expect("hooks")).expect("mkdir");
    std::fs::write(
        &hook,
        "#!/bin/sh\necho 'policy: no saves today' >&2\nexit 1\n",
    )
    .expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    settled(&mut s);
    let before = common::interface::head(&work);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (afvist)");
    ctrl(&mut s.app, 's');
    assert!(s.app.saving());
    // Typed while it saves, then Esc: none of it may answer the refusal
    // the user has not seen yet.
    keys_(&mut s.app, "rm");
    keys_(&mut s.app, "\x1b");
    until(&mut s, "the refusal", |s| !s.app.saving());
    assert_eq!(s.app.screen(), Screen::Form, "the form stays open");
    let form = s.app.form.as_ref().expect("form");
    assert_eq!(form.value["name"], "DA Barsel (afvist)", "the text is kept");
    let dialog = format!("{:?}", form.dialog);
    assert!(dialog.contains("policy: no saves today"), "{dialog}");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(notice.contains("“rm”"), "{notice}");
    assert_eq!(common::interface::head(&work), before, "nothing committed");
    assert!(s.app.session_saves.is_empty());
}

#[test]
fn a_quit_while_an_undo_runs_waits_for_it_and_keeps_its_outcome() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    settled(&mut s);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (fortrudt)");
    ctrl(&mut s.app, 's');
    saved(&mut s);
    settled(&mut s);
    let after_save = common::interface::head(&work);
    keys_(&mut s.app, "u");
    assert!(s.app.saving(), "the undo runs on the worker");
    keys_(&mut s.app, "q");
    assert!(!s.app.quit, "the quit waits for the undo");
    until(&mut s, "the undo", |s| !s.app.saving());
    assert!(s.app.quit);
    assert_ne!(common::interface::head(&work), after_save, "undone");
    let said = s.app.exit_notice.clone().unwrap_or_default();
    assert!(said.starts_with("Undone by"), "{said}");
}

#[test]
fn the_ahead_count_comes_from_the_worker_after_the_load_and_after_a_save() {
    let (_dir, work) = scratch_repo();
    Repository::open(&work)
        .expect("open")
        .remote("origin", "https://example.org/register.git")
        .expect("remote");
    let root = work.join("registry");
    let mut s = Session::start(&root, App::new(root.display().to_string()));
    assert!(s.app.status_asked.pending, "asked at the start");
    settled(&mut s);
    until(&mut s, "the status", |s| !s.app.status_asked.pending);
    let ahead = |s: &Session| s.app.ahead_behind.as_ref().map(|a| (a.ahead, a.fetched));
    // Never fetched: every local commit counts.
    assert_eq!(ahead(&s), Some((1, false)));
    let asked = s.app.status_asked.seq;
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (igen)");
    ctrl(&mut s.app, 's');
    saved(&mut s);
    assert!(s.app.status_asked.seq > asked, "asked again after the save");
    until(&mut s, "the status", |s| !s.app.status_asked.pending);
    assert_eq!(ahead(&s), Some((2, false)));
}
