//! Syncing from the interface: the status bar's ahead/behind count after
//! a save, and `S` pushing it to a bare remote.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::tui::app::{App, Confirm};

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .expect("git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A bare remote holding the sample register and a clone of it with an
/// identity.
fn remote_and_clone(dir: &Path) -> (PathBuf, PathBuf) {
    let seed = dir.join("seed");
    common::copy_tree(&common::sample_registry(), &seed.join("registry"));
    git(&seed, &["init", "-q", "-b", "main"]);
    git(
        &seed,
        &[
            "-c",
            "user.name=S",
            "-c",
            "user.email=s@example.org",
            "add",
            ".",
        ],
    );
    git(
        &seed,
        &[
            "-c",
            "user.name=S",
            "-c",
            "user.email=s@example.org",
            "commit",
            "-qm",
            "sample",
        ],
    );
    let bare = dir.join("remote.git");
    git(
        dir,
        &[
            "clone",
            "-q",
            "--bare",
            &seed.display().to_string(),
            &bare.display().to_string(),
        ],
    );
    let work = dir.join("work");
    git(
        dir,
        &[
            "clone",
            "-q",
            &bare.display().to_string(),
            &work.display().to_string(),
        ],
    );
    git(&work, &["config", "user.name", "Lawyer"]);
    git(&work, &["config", "user.email", "lawyer@example.org"]);
    (bare, work)
}

fn press(app: &mut App, code: KeyCode, m: KeyModifiers) {
    let k = KeyEvent::new(code, m);
    app.handle_key(k);
}

#[test]
fn a_save_shows_as_ahead_and_s_pushes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (bare, work) = remote_and_clone(dir.path());
    let root = work.join("registry");
    let mut app = App::new(root.display().to_string());
    app.root = root.clone();
    app.head = ropa::register::git::head_info(&root);
    app.set_loaded(load(&root).expect("load"));
    app.refresh_sync_status();
    assert_eq!(
        app.ahead_behind.as_ref().map(|a| (a.ahead, a.behind)),
        Some((0, 0))
    );

    for c in "\njj\ne!".chars() {
        let code = if c == '\n' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(&mut app, code, KeyModifiers::NONE);
    }
    press(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(
        app.ahead_behind.as_ref().map(|a| a.ahead),
        Some(1),
        "one save ahead"
    );

    press(&mut app, KeyCode::Char('S'), KeyModifiers::NONE);
    assert!(app.sync_requested && app.syncing);
    // What the event loop's thread does.
    let outcome = App::sync_now(&root);
    app.sync_finished(outcome);
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("Synced with origin/main"), "{notice}");
    assert_eq!(
        app.ahead_behind.as_ref().map(|a| (a.ahead, a.behind)),
        Some((0, 0))
    );
    let remote_log = git(&bare, &["log", "-1", "--format=%s", "main"]);
    assert_eq!(
        remote_log.trim(),
        "Dansk Arbejdsgiverforening / DA Barsel!: name"
    );
}

#[test]
fn a_stopped_sync_shows_its_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_bare, work) = remote_and_clone(dir.path());
    let root = work.join("registry");
    // An uncommitted change to a register file: sync refuses to run.
    let f = root.join("da/activities/da-barsel.ron");
    let text = std::fs::read_to_string(&f).expect("read") + "\n";
    std::fs::write(&f, &text).expect("write");
    let mut app = App::new(root.display().to_string());
    app.root = root.clone();
    app.head = ropa::register::git::head_info(&root);
    app.request_sync();
    app.sync_finished(App::sync_now(&root));
    match &app.confirm {
        Some(Confirm::Report { text: report, .. }) => {
            assert!(report.contains("da-barsel.ron"), "{report}")
        }
        other => panic!("expected the report, got {other:?}"),
    }
    assert_eq!(std::fs::read_to_string(&f).expect("read"), text, "kept");
    // Enter or Esc closes it, as every question of the interface; another
    // key leaves it open to read.
    press(&mut app, KeyCode::Char('x'), KeyModifiers::NONE);
    assert!(app.confirm.is_some(), "x does not close the report");
    press(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert!(app.confirm.is_none(), "Enter closes the report");
}

#[test]
fn a_refused_push_shows_the_remotes_words_not_a_race() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (bare, work) = remote_and_clone(dir.path());
    let hook = bare.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        "#!/bin/sh\necho 'Afvist: mangler godkendelse' >&2\nexit 1\n",
    )
    .expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    std::fs::write(work.join("NOTE.md"), "note\n").expect("write");
    git(&work, &["add", "NOTE.md"]);
    git(&work, &["commit", "-qm", "note"]);
    let root = work.join("registry");
    let mut app = App::new(root.display().to_string());
    app.root = root.clone();
    app.head = ropa::register::git::head_info(&root);
    app.request_sync();
    app.sync_finished(App::sync_now(&root));
    let Some(Confirm::Report { text, .. }) = &app.confirm else {
        panic!("expected the report, got {:?}", app.confirm);
    };
    assert!(
        text.contains("remote: Afvist: mangler godkendelse"),
        "{text}"
    );
    assert!(text.contains("pre-receive hook declined"), "{text}");
    assert!(!text.contains("pushed in the meantime"), "{text}");
    assert!(
        text.contains(&format!("ropa sync {}", root.display())),
        "{text}"
    );
}

#[test]
fn commits_the_remote_dropped_are_named_after_s() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (bare, work) = remote_and_clone(dir.path());
    // A colleague pushes X, the user pulls it, the colleague purges it.
    let colleague = dir.path().join("colleague");
    git(
        dir.path(),
        &[
            "clone",
            "-q",
            &bare.display().to_string(),
            &colleague.display().to_string(),
        ],
    );
    std::fs::write(colleague.join("NOTE.md"), "Jens Hansen, privat\n").expect("write");
    git(&colleague, &["add", "NOTE.md"]);
    git(
        &colleague,
        &[
            "-c",
            "user.name=K",
            "-c",
            "user.email=k@example.org",
            "commit",
            "-qm",
            "oops: personal note",
        ],
    );
    git(&colleague, &["push", "-q"]);
    git(&work, &["pull", "-q", "--rebase"]);
    git(&colleague, &["reset", "-q", "--hard", "HEAD^"]);
    git(&colleague, &["push", "-q", "--force"]);

    let root = work.join("registry");
    let mut app = App::new(root.display().to_string());
    app.root = root.clone();
    app.head = ropa::register::git::head_info(&root);
    app.request_sync();
    app.sync_finished(App::sync_now(&root));
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.contains("1 dropped"), "{notice}");
    let Some(Confirm::Report { text, .. }) = &app.confirm else {
        panic!("expected the report, got {:?}", app.confirm);
    };
    assert!(text.contains("oops: personal note"), "{text}");
    assert!(
        !work.join("NOTE.md").exists(),
        "the purged file is gone here too"
    );
    assert_eq!(
        git(&work, &["rev-parse", "HEAD"]),
        git(&bare, &["rev-parse", "main"])
    );
}
