//! The interface following changes made outside it, on real git
//! repositories driven by the `git` program: a colleague's commit brought
//! in by `git pull`, an edit in the work tree and a checkout of an older
//! commit are taken from the changed files alone (no whole load), and so
//! are a new and a removed activity file; a file that does not parse loads
//! the whole register. Either way the interface then
//! holds what a fresh load and a whole validation of the disk give: the
//! records' texts, the findings and the search's answers.

mod common;

use common::git;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::interface::{ctrl, key, keys_, search_hits};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::session::Session;

const BARSEL: &str = "da/activities/da-barsel.ron";

/// The sample register committed with the `git` program in `<tmp>/repo`
/// (the register is `<tmp>/repo/registry`), and a colleague's clone of
/// it in `<tmp>/colleague`.
fn repos() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = dir.path().join("repo");
    common::copy_tree(&common::sample_registry(), &repo.join("registry"));
    git(&repo, &["init", "-q", "-b", "main"]);
    identity(&repo);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "sample"]);
    let colleague = dir.path().join("colleague");
    git(
        dir.path(),
        &["clone", "-q", &repo.display().to_string(), "colleague"],
    );
    identity(&colleague);
    (dir, repo, colleague)
}

fn identity(repo: &Path) {
    git(repo, &["config", "user.name", "A Colleague"]);
    git(repo, &["config", "user.email", "colleague@example.org"]);
}

/// Replaces `from` by `to` in the register file `path` under `root`.
fn edit(root: &Path, path: &str, from: &str, to: &str) {
    let p = root.join(path);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains(from), "{path}: {from}");
    std::fs::write(&p, text.replacen(from, to, 1)).expect("write");
}

/// Turns the loop until `done` holds, for at most 60 s; answers whether
/// a load ran meanwhile.
fn until(s: &mut Session, what: &str, done: impl Fn(&Session) -> bool) -> bool {
    let start = Instant::now();
    let mut loaded = false;
    while !done(s) {
        s.turn();
        loaded |= s.app.loading;
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "waited 60 s for {what}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    loaded
}

fn start(root: &Path) -> Session {
    let mut s = Session::start(root, App::new(root.display().to_string()));
    until(&mut s, "the load", |s| {
        s.settled() && s.app.report().is_some()
    });
    // The watcher's first message (the state once it watches) is taken.
    let quiet = Instant::now();
    while quiet.elapsed() < Duration::from_millis(700) {
        s.turn();
        std::thread::sleep(Duration::from_millis(10));
    }
    until(&mut s, "quiet", |s| s.settled());
    s
}

/// Waits until the interface shows DA Barsel named `name`, then a while
/// longer for any message still coming; answers whether a load ran.
fn until_named(s: &mut Session, name: &str) -> bool {
    let shown = |s: &Session| {
        s.app
            .activity("da", "da-barsel")
            .is_some_and(|(_, a)| a.activity.name == name)
    };
    let mut loaded = until(s, name, |s| s.settled() && shown(s));
    let quiet = Instant::now();
    while quiet.elapsed() < Duration::from_millis(900) {
        s.turn();
        loaded |= s.app.loading;
        std::thread::sleep(Duration::from_millis(10));
    }
    loaded |= until(s, "quiet", |s| s.settled());
    loaded
}

/// Asserts that the interface holds what a fresh load and a whole
/// validation of the register give: every record's text, the findings,
/// and the search's answers to `queries`.
fn same_as_fresh(s: &mut Session, root: &Path, queries: &[&str]) {
    let fresh = load(root).expect("load");
    assert_eq!(
        common::record_texts(s.app.organisations()),
        common::record_texts(&fresh.register.organisations),
        "the records"
    );
    let report = validate(&fresh, &Options::default());
    assert_eq!(
        s.app.report().expect("report").findings,
        report.findings,
        "the findings"
    );
    // The search of a register loaded afresh.
    let mut other = Session::start(root, App::new(root.display().to_string()));
    until(&mut other, "the fresh load", |o| {
        o.settled() && o.app.report().is_some()
    });
    for q in queries {
        assert_eq!(
            search_hits(s, q),
            search_hits(&mut other, q),
            "search {q:?}"
        );
    }
}

#[test]
fn a_colleagues_commit_brought_in_by_git_pull_is_taken_from_its_file_alone() {
    let (_dir, repo, colleague) = repos();
    let root = repo.join("registry");
    let mut s = start(&root);
    let before = s.app.report().expect("report").findings.len();

    // The colleague renames DA Barsel and writes a CPR number in its
    // description (a finding).
    let theirs = colleague.join("registry");
    edit(
        &theirs,
        BARSEL,
        "name: \"DA Barsel\"",
        "name: \"DA Barsel Kvarkmørtel\"",
    );
    edit(
        &theirs,
        BARSEL,
        "DA Barsel indgår",
        "DA Barsel (010170-1234) indgår",
    );
    git(&colleague, &["commit", "-q", "-am", "Renamed"]);
    git(&repo, &["pull", "-q", "--ff-only", "../colleague", "main"]);

    let loaded = until_named(&mut s, "DA Barsel Kvarkmørtel");
    assert!(!loaded, "the whole register was loaded");
    assert_eq!(s.app.follow.whole_loads, 0);
    assert!(s.app.follow.taken_alone >= 1);
    assert!(
        s.app.report().expect("report").findings.len() > before,
        "the CPR number is a finding"
    );
    same_as_fresh(&mut s, &root, &["Kvarkmørtel", "barsel"]);
    assert_eq!(search_hits(&mut s, "Kvarkmørtel"), ["da/da-barsel"]);
}

#[test]
fn an_edit_in_the_work_tree_and_a_checkout_of_an_older_commit_are_taken_alone() {
    let (_dir, repo, _colleague) = repos();
    let root = repo.join("registry");
    let mut s = start(&root);

    // An editor outside ropa: no commit.
    edit(
        &root,
        BARSEL,
        "name: \"DA Barsel\"",
        "name: \"DA Barsel Pjokfløjte\"",
    );
    let loaded = until_named(&mut s, "DA Barsel Pjokfløjte");
    assert!(!loaded, "the whole register was loaded");
    same_as_fresh(&mut s, &root, &["Pjokfløjte"]);

    // Committed, then another change committed; then the older commit is
    // checked out.
    git(&repo, &["commit", "-q", "-am", "Pjokfløjte"]);
    edit(
        &root,
        BARSEL,
        "name: \"DA Barsel Pjokfløjte\"",
        "name: \"DA Barsel Snurretop\"",
    );
    git(&repo, &["commit", "-q", "-am", "Snurretop"]);
    assert!(!until_named(&mut s, "DA Barsel Snurretop"));
    git(&repo, &["checkout", "-q", "HEAD~1"]);
    let loaded = until_named(&mut s, "DA Barsel Pjokfløjte");
    assert!(!loaded, "the checkout loaded the whole register");
    assert_eq!(s.app.follow.whole_loads, 0);
    assert!(s.app.follow.taken_alone >= 3);
    same_as_fresh(&mut s, &root, &["Pjokfløjte", "Snurretop"]);
}

#[test]
fn a_new_file_and_a_removed_file_are_taken_alone_and_a_broken_one_loads_the_register() {
    let (dir, repo, _colleague) = repos();
    let root = repo.join("registry");
    let mut s = start(&root);
    let count = |s: &Session| s.app.org("da").map_or(0, |o| o.activities.len());
    let n = count(&s);
    // The user is on da's activities, on one after the new file's place.
    let row = |s: &Session, id: &str| {
        let o = s.app.org("da").expect("da");
        s.app.act_rows(o).iter().position(|r| r.id() == id)
    };
    let org_row = s
        .app
        .org_rows()
        .iter()
        .position(|r| r.id() == "da")
        .expect("da row");
    s.app.stack = vec![
        Screen::Organisations,
        Screen::Activities { org: "da".into() },
    ];
    s.app.selected = vec![org_row, row(&s, "statistik").expect("statistik")];
    let on = |s: &Session| row(s, "statistik") == s.app.selected.last().copied();

    // A colleague's copy of DA Barsel under a new id, committed.
    let text = std::fs::read_to_string(root.join(BARSEL)).expect("read");
    let copy = text
        .replacen("id: \"da-barsel\"", "id: \"da-barsel-kopi\"", 1)
        .replacen("name: \"DA Barsel\"", "name: \"DA Barsel Kopi\"", 1);
    assert_ne!(copy, text);
    std::fs::write(root.join("da/activities/da-barsel-kopi.ron"), copy).expect("write");
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "A copy"]);
    let loaded = until(&mut s, "the new file", |s| s.settled() && count(s) == n + 1);
    assert!(!loaded, "a new file loaded the whole register");
    assert_eq!(s.app.follow.whole_loads, 0);
    assert!(on(&s), "the selection left its record");
    same_as_fresh(&mut s, &root, &["Kopi", "barsel"]);
    assert!(
        search_hits(&mut s, "Barsel Kopi")
            .iter()
            .any(|h| h == "da/da-barsel-kopi")
    );

    // Removed again, in the work tree.
    std::fs::remove_file(root.join("da/activities/da-barsel-kopi.ron")).expect("rm");
    let loaded = until(&mut s, "the removed file", |s| s.settled() && count(s) == n);
    assert!(!loaded, "a removed file loaded the whole register");
    assert_eq!(s.app.follow.whole_loads, 0);
    assert!(s.app.follow.taken_alone >= 2);
    assert!(on(&s), "the selection left its record");
    same_as_fresh(&mut s, &root, &["Kopi", "barsel"]);

    // A file that does not parse: the load says where.
    std::fs::write(root.join("da/activities/brudt.ron"), "Activity(id: ").expect("write");
    until(&mut s, "the broken file", |s| {
        s.settled()
            && s.app
                .load_errors()
                .iter()
                .any(|e| e.path == "da/activities/brudt.ron")
    });
    assert_eq!(
        s.app.follow.whole_loads, 1,
        "a broken file loads the register"
    );
    std::fs::remove_file(root.join("da/activities/brudt.ron")).expect("rm");
    until(&mut s, "the broken file gone", |s| {
        s.settled() && s.app.load_errors().is_empty()
    });
    assert_eq!(s.app.follow.whole_loads, 2, "so does its removal");
    same_as_fresh(&mut s, &root, &["barsel"]);

    // A link where an activity file goes (the loader refuses it), then a
    // regular file in its place: the loader's problem with it goes too.
    let target = dir.path().join("elsewhere.ron");
    std::fs::write(&target, &text).expect("write");
    let link = root.join("da/activities/link.ron");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let refused = |s: &Session| {
        s.app
            .load_errors()
            .iter()
            .any(|e| e.path == "da/activities/link.ron")
    };
    until(&mut s, "the link refused", |s| s.settled() && refused(s));
    std::fs::remove_file(&link).expect("rm");
    std::fs::write(&link, text.replacen("id: \"da-barsel\"", "id: \"link\"", 1)).expect("write");
    until(&mut s, "the file in its place", |s| {
        s.settled() && !refused(s) && count(s) == n + 1
    });
    same_as_fresh(&mut s, &root, &["barsel"]);
}

/// An organisation's file edited outside: taken from the file alone, its
/// activities judged again with it (a recipient they name renamed away is
/// a finding on them), its name found by search; no load.
#[test]
fn an_organisation_file_changed_outside_is_taken_with_its_activities() {
    let (_dir, repo, _colleague) = repos();
    let root = repo.join("registry");
    let mut s = start(&root);
    let org = "djoef/organisation.ron";
    edit(&root, org, "name: \"Djøf\"", "name: \"Djøf Snurretop\"");
    edit(
        &root,
        org,
        "id: \"zoom-databehandler\"",
        "id: \"zoom-omdoebt\"",
    );
    let renamed = |s: &Session| {
        s.app
            .org("djoef")
            .is_some_and(|o| o.org.name == "Djøf Snurretop")
    };
    let loaded = until(&mut s, "the organisation renamed", |s| {
        s.settled() && renamed(s)
    });
    assert!(!loaded, "the whole register was loaded");
    assert_eq!(s.app.follow.whole_loads, 0);
    assert!(
        s.app
            .report()
            .expect("report")
            .findings
            .iter()
            .any(|f| f.rule == "STR-002"
                && f.path.starts_with("djoef/activities/")
                && f.message.contains("zoom-databehandler")),
        "the activities naming the old recipient id are judged again"
    );
    same_as_fresh(&mut s, &root, &["Snurretop", "zoom"]);
}

/// Memory over many saves of one activity, in this process: VmRSS before
/// and after. Run on a generated register:
/// `ROPA_MEMORY_REGISTER=/tmp/reg cargo test --release --test follow -- --ignored --nocapture`.
#[test]
#[ignore = "needs a generated register (ROPA_MEMORY_REGISTER)"]
fn memory_stays_flat_over_many_saves() {
    let Ok(root) = std::env::var("ROPA_MEMORY_REGISTER") else {
        return;
    };
    let saves: usize = std::env::var("ROPA_MEMORY_SAVES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100);
    let root = PathBuf::from(root);
    let rss = || {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmRSS:"))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            })
            .unwrap_or(0)
            / 1024
    };
    let mut s = start(&root);
    // The first organisation's first activity.
    keys_(&mut s.app, "\n\n");
    let mut after_first = 0;
    let begin = rss();
    let t = Instant::now();
    for i in 0..saves {
        keys_(&mut s.app, "e");
        if i % 2 == 0 {
            keys_(&mut s.app, "x");
        } else {
            key(&mut s.app, KeyCode::Backspace, KeyModifiers::NONE);
        }
        ctrl(&mut s.app, 's');
        until(&mut s, "the save", |s| !s.app.saving() && s.settled());
        assert!(s.app.form.is_none(), "saved: {:?}", s.app.notice);
        if i == 0 {
            after_first = rss();
        }
    }
    let quiet = Instant::now();
    while quiet.elapsed() < Duration::from_millis(1500) {
        s.turn();
        std::thread::sleep(Duration::from_millis(10));
    }
    let end = rss();
    eprintln!(
        "VmRSS: {begin} MB loaded, {after_first} MB after 1 save, {end} MB after {saves} saves \
         ({:.0} ms a save); whole loads of outside changes: {}",
        t.elapsed().as_millis() as f64 / saves as f64,
        s.app.follow.whole_loads
    );
}

/// CPU time of this process so far (all its threads), in milliseconds.
fn cpu_ms() -> f64 {
    let text = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command's closing parenthesis; utime and stime are
    // the 14th and 15th of the line (clock ticks of 10 ms).
    let rest = text.rsplit_once(')').map_or("", |r| r.1);
    let f: Vec<u64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    (f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0)) as f64 * 10.0
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// Time from a `git pull` of a colleague's commit (one activity edited)
/// until the interface shows it and has settled, and the CPU the
/// interface used meanwhile; medians of `ROPA_TIMING_RUNS` (7). Run on a
/// generated register whose folder is its repository:
/// `ROPA_TIMING_REGISTER=/tmp/reg cargo test --release --test follow -- --ignored --nocapture outside`.
#[test]
#[ignore = "needs a generated register (ROPA_TIMING_REGISTER)"]
fn outside_change_timing() {
    let Ok(root) = std::env::var("ROPA_TIMING_REGISTER") else {
        return;
    };
    let runs: usize = std::env::var("ROPA_TIMING_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7);
    let root = PathBuf::from(root);
    let dir = tempfile::tempdir().expect("tempdir");
    let colleague = dir.path().join("colleague");
    git(
        dir.path(),
        &["clone", "-q", &root.display().to_string(), "colleague"],
    );
    identity(&colleague);
    let org = "org-0007";
    let acts = colleague.join(org).join("activities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&acts)
        .expect("list")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let file = files[3].clone();
    let id = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .expect("stem");
    let mut s = start(&root);
    let (mut shown_ms, mut settled_ms, mut cpu) = (Vec::new(), Vec::new(), Vec::new());
    let mut pull_ms = Vec::new();
    for i in 0..runs {
        let text = std::fs::read_to_string(&file).expect("read");
        let name_line = text
            .lines()
            .find(|l| l.trim_start().starts_with("name: \""))
            .expect("a name")
            .to_string();
        let name = format!("Målt ændring {i}");
        let text = text.replacen(&name_line, &format!("    name: \"{name}\","), 1);
        std::fs::write(&file, text).expect("write");
        git(&colleague, &["commit", "-q", "-am", &name]);
        let (t, c) = (Instant::now(), cpu_ms());
        git(
            &root,
            &[
                "pull",
                "-q",
                "--ff-only",
                &colleague.display().to_string(),
                "main",
            ],
        );
        pull_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let shown = |s: &Session| {
            s.app
                .activity(org, &id)
                .is_some_and(|(_, a)| a.activity.name == name)
        };
        while !shown(&s) {
            s.turn();
            std::thread::sleep(Duration::from_millis(1));
        }
        shown_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        while !s.settled() {
            s.turn();
            std::thread::sleep(Duration::from_millis(1));
        }
        settled_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        // Events still coming in (the pull's last writes) are taken too.
        let quiet = Instant::now();
        while quiet.elapsed() < Duration::from_millis(1200) || !s.settled() {
            s.turn();
            std::thread::sleep(Duration::from_millis(5));
        }
        // The git program is another process: not counted.
        cpu.push(cpu_ms() - c);
    }
    eprintln!(
        "outside change at {}: pull {:.0} ms, on screen {:.0} ms, settled {:.0} ms, CPU {:.0} ms (medians of {runs}; shown {:?})",
        root.display(),
        median(pull_ms),
        median(shown_ms.clone()),
        median(settled_ms),
        median(cpu),
        shown_ms.iter().map(|x| x.round()).collect::<Vec<_>>()
    );
}
