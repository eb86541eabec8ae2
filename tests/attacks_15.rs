//! Ways to get a wrong report from the validation cache or from judging
//! again only what changed (issue 15). Each test names the problem it
//! shows; each compares the fast answer with what validating everything
//! without a cache finds, which is the contract: the cache and
//! `rejudge` only save time.

mod common;

use std::path::{Path, PathBuf};

use common::interface::scratch_repo;
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::cache::{RACY, Source, validate_at};
use ropa::register::validate::{Options, Report, rejudge, validate};

fn opts() -> Options {
    Options {
        today: Date::parse("2026-12-01").expect("date"),
        strict: false,
    }
}

/// `before` with the files `changed` judged again ([`rejudge`]).
fn rejudged(before: &Report, loaded: &ropa::register::load::Loaded, changed: &[String]) -> Report {
    let mut report = before.clone();
    rejudge(&mut report, loaded, changed, &opts());
    report
}

/// What validating without any cache finds.
fn fresh(root: &Path) -> Report {
    validate(&load(root).expect("load"), &opts())
}

/// Asserts that `got` lists the same findings as `want`, naming the
/// findings only one of them has.
fn assert_same(got: &Report, want: &Report, what: &str) {
    let name = |f: &ropa::register::validate::Finding| {
        format!("{} {}:{} {}", f.rule, f.path, f.line, f.message)
    };
    let only = |a: &Report, b: &Report| -> Vec<String> {
        a.findings
            .iter()
            .filter(|f| !b.findings.contains(f))
            .map(name)
            .collect()
    };
    assert!(
        got.findings == want.findings,
        "{what}: differs from validating everything afresh\n  only in it: {:?}\n  missing from it: {:?}",
        only(got, want),
        only(want, got)
    );
}

/// Waits until every file written so far is old enough for a cache to be
/// written.
fn settle() {
    std::thread::sleep(RACY + std::time::Duration::from_millis(300));
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) {
    std::os::unix::fs::symlink(target, at).expect("symlink");
}

// Problem: the cache key holds the stat data of a symbolic link itself,
// not of what it points at, yet the loader follows the link to decide
// whether a root folder is a register folder (`is_dir`, `exists` of
// `organisation.ron` and `activities`). A linked organisation folder whose
// target gains an organisation.ron is reported as "not loaded" by a fresh
// run (LOAD-001, an error), while the cache still answers with the clean
// report from before: a stale hit, exit 0 where it should be 1.
#[cfg(unix)]
#[test]
fn a_linked_folder_whose_target_gains_an_organisation_file_is_a_stale_cache_hit() {
    let (dir, work) = scratch_repo();
    let root = work.join("registry");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    // An empty folder linked in: not a register folder, so no finding.
    link(&elsewhere, &root.join("linked"));
    settle();
    let (before, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(
        !before
            .findings
            .iter()
            .any(|f| f.path.starts_with("linked/"))
    );
    // Someone puts an organisation in the linked folder: the link, the
    // register's folders and every file ropa fingerprints are untouched.
    std::fs::copy(
        root.join("da/organisation.ron"),
        elsewhere.join("organisation.ron"),
    )
    .expect("copy");
    let want = fresh(&root);
    assert!(
        want.findings
            .iter()
            .any(|f| f.rule == "LOAD-001" && f.path == "linked/organisation.ron"),
        "a fresh run says the linked folder is not loaded"
    );
    let (got, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_same(&got, &want, &format!("the cached report ({source:?})"));
}

// Problem (same cause): a dangling `organisation.ron` link makes a folder
// "not a register folder" (`exists()` follows the link) and so no finding;
// once the file it names appears, a fresh run reports LOAD-001 ("not a
// regular file"), but nothing in the cache key changed.
#[cfg(unix)]
#[test]
fn a_dangling_organisation_link_that_comes_to_resolve_is_a_stale_cache_hit() {
    let (dir, work) = scratch_repo();
    let root = work.join("registry");
    let target = dir.path().join("shared-org.ron");
    std::fs::create_dir_all(root.join("ghost")).expect("mkdir");
    link(&target, &root.join("ghost/organisation.ron"));
    settle();
    let (before, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(!before.findings.iter().any(|f| f.path.starts_with("ghost/")));
    std::fs::copy(root.join("da/organisation.ron"), &target).expect("copy");
    let want = fresh(&root);
    assert!(
        want.findings
            .iter()
            .any(|f| f.rule == "LOAD-001" && f.path == "ghost/organisation.ron"),
        "a fresh run reports the linked organisation file"
    );
    let (got, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_same(&got, &want, &format!("the cached report ({source:?})"));
}

// Problem (same cause), as CI sees it: `ropa validate` exits 0 from the
// cache where `ropa validate --no-cache` exits 1, on a clean register
// with a linked organisation folder that gained an organisation file.
#[cfg(unix)]
#[test]
fn the_command_exits_0_from_the_cache_where_a_fresh_run_exits_1() {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().join("work");
    let root = work.join("reg");
    common::write_register(&root, &common::clean_org(), &[common::clean_activity()]);
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    link(&elsewhere, &root.join("linked"));
    ropa::register::git::init_with_commit(&work, "register").expect("git init");
    settle();
    let root_s = root.to_string_lossy().into_owned();
    let args = ["validate", "--today", "2026-12-01", root_s.as_str()];
    let first = common::ropa(&args);
    assert_eq!(
        first.status.code(),
        Some(0),
        "the clean register passes: {}",
        String::from_utf8_lossy(&first.stdout)
    );
    std::fs::write(
        elsewhere.join("organisation.ron"),
        ropa::register::format::to_canonical(&common::clean_org()).expect("ron"),
    )
    .expect("write");
    let no_cache = common::ropa(&[
        "validate",
        "--no-cache",
        "--today",
        "2026-12-01",
        root_s.as_str(),
    ]);
    assert_eq!(
        no_cache.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&no_cache.stdout)
    );
    let cached = common::ropa(&args);
    assert_eq!(
        String::from_utf8_lossy(&cached.stdout),
        String::from_utf8_lossy(&no_cache.stdout),
        "the cached report differs from --no-cache"
    );
    assert_eq!(cached.status.code(), no_cache.status.code());
}

fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("reg");
    common::copy_tree(&common::sample_registry(), &root);
    (dir, root)
}

const BARSEL: &str = "da/activities/da-barsel.ron";

// Problem: `rejudge` takes a change of activity files alone as
// touching only those files' findings, but an activity file can make its
// folder a register folder. An activity moved (`git mv`) into a new folder
// that has no organisation.ron makes a whole validation report
// "missing: folder `neu` has activities but no organisation.ron"
// (LOAD-001 at neu/organisation.ron, an error); `rejudge` only keeps
// load errors whose path is one of the changed files, so the error is
// lost.
#[test]
fn an_activity_moved_into_a_folder_without_an_organisation_file_loses_its_error() {
    let (_dir, root) = copy();
    let before = fresh(&root);
    std::fs::create_dir_all(root.join("neu/activities")).expect("mkdir");
    std::fs::rename(root.join(BARSEL), root.join("neu/activities/da-barsel.ron")).expect("move");
    let loaded = load(&root).expect("load");
    let whole = validate(&loaded, &opts());
    assert!(
        whole
            .findings
            .iter()
            .any(|f| f.rule == "LOAD-001" && f.path == "neu/organisation.ron"),
        "a whole validation reports the missing organisation file"
    );
    let changed = vec![
        BARSEL.to_string(),
        "neu/activities/da-barsel.ron".to_string(),
    ];
    let again = rejudged(&before, &loaded, &changed);
    assert_same(&again, &whole, "rejudge");
}

// Problem (the other way): the last activity moved out of a folder that
// has no organisation.ron (git removes the emptied folder) leaves a
// folder that is no register folder and so no "missing organisation.ron"
// error; `rejudge` keeps that error from the report before, since its
// path is not one of the changed files.
#[test]
fn the_last_activity_moved_out_of_a_folder_without_an_organisation_file_keeps_a_stale_error() {
    let (_dir, root) = copy();
    std::fs::create_dir_all(root.join("neu/activities")).expect("mkdir");
    std::fs::rename(root.join(BARSEL), root.join("neu/activities/da-barsel.ron")).expect("move");
    let before = fresh(&root);
    assert!(
        before
            .findings
            .iter()
            .any(|f| f.rule == "LOAD-001" && f.path == "neu/organisation.ron")
    );
    std::fs::rename(root.join("neu/activities/da-barsel.ron"), root.join(BARSEL))
        .expect("move back");
    // As git leaves it: an emptied folder is gone.
    std::fs::remove_dir_all(root.join("neu")).expect("rmdir");
    let loaded = load(&root).expect("load");
    let whole = validate(&loaded, &opts());
    let changed = vec![
        "neu/activities/da-barsel.ron".to_string(),
        BARSEL.to_string(),
    ];
    let again = rejudged(&before, &loaded, &changed);
    assert_same(&again, &whole, "rejudge");
}

// Problem: after a save the interface judges the saved file again at once
// (`judge_saved`), but the report of the load started by an EARLIER save
// can still be on its way. The event loop (src/tui/mod.rs) drains the old
// loader's channel at the top of its next turn, before it replaces the
// channel for the reload this save asked for, so that older report
// (`Loading::Validated`) is taken with `set_report` and puts back the
// saved record's old findings: a problem the lawyer just fixed is listed
// again (until the next load's validation arrives, seconds on a large
// register). Reproduced here in the loop's own order: save 1, its loader
// delivers the register (`set_loaded`) and is still validating, save 2
// fixes the vague retention, then save 1's report arrives.
#[test]
fn the_report_of_an_earlier_load_arriving_after_a_save_brings_back_a_fixed_finding() {
    use common::interface::{assert_saved, ctrl, keys_, open_barsel, scratch};
    use ropa::tui::app::App;
    let mut s = scratch();
    let path = "da/activities/da-barsel.ron";
    let vague = |app: &App| {
        app.report()
            .expect("report")
            .findings
            .iter()
            .any(|f| f.path == path && f.rule == "RET-002")
    };
    assert!(vague(&s.app), "the sample's retention text is vague");
    open_barsel(&mut s.app);
    // Save 1: the name only; the retention is still vague.
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " (revideret)");
    ctrl(&mut s.app, 's');
    assert_saved(&s.app);
    // A save of a record that stays in place loads nothing; a load runs
    // all the same when something else asks for one (Ctrl-R here, or a
    // change outside ropa).
    assert!(!s.app.reload_requested);
    s.app.request_reload(ropa::tui::app::Reload::Manual);
    // The event loop starts the loader; it reads the register as save 1
    // left it, sends it, and validates it.
    s.app.reload_requested = false;
    s.app.loading = true;
    s.app.validating = true;
    let load_after_save_1 = s.app.load_started();
    let root = s.work.join("registry");
    let loaded = load(&root).expect("load");
    let report_of_save_1 = validate(&loaded, &Options::default());
    s.app.set_loaded(loaded);
    // Save 2, before that validation is done: the retention fixed.
    keys_(&mut s.app, "e");
    ctrl(&mut s.app, 'f');
    keys_(&mut s.app, "retention[0].text\n");
    ctrl(&mut s.app, 'u');
    keys_(
        &mut s.app,
        "Oplysningerne slettes 5 år efter barselsorlovens ophør, jf. bogføringslovens § 10.",
    );
    ctrl(&mut s.app, 's');
    assert_saved(&s.app);
    assert!(!vague(&s.app), "judged again at once: no longer vague");
    // The old loader's report, still in its channel, is no longer
    // taken: save 2 outdated that load, whatever the loop does first.
    assert!(s.app.reload_requested);
    assert!(!s.app.from_current_load(load_after_save_1));
    if s.app.from_current_load(load_after_save_1) {
        s.app.set_report(report_of_save_1);
    }
    assert!(
        !vague(&s.app),
        "the fixed retention is listed as vague again, from the report of the register before the save"
    );
    // The load save 2 asked for is shown.
    s.app.reload_requested = false;
    let load_after_save_2 = s.app.load_started();
    assert!(s.app.from_current_load(load_after_save_2));
}

/// A named pipe left where an activity file should be is reported as no
/// regular file; printing the report's source lines must not open it and
/// wait for a writer that never comes.
#[test]
fn a_named_pipe_among_the_activities_does_not_hang_the_human_report() {
    let (_dir, root) = copy();
    let pipe = root.join("da/activities/x.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args([
            "--lang",
            "en",
            "validate",
            "--no-cache",
            "--format",
            "human",
        ])
        .arg(&root)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("ropa runs");
    let mut out = Vec::new();
    let reader = {
        let mut stdout = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            use std::io::Read;
            let _ = stdout.read_to_end(&mut out);
            out
        })
    };
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let out = String::from_utf8_lossy(&reader.join().expect("reader")).into_owned();
    assert_eq!(
        status.and_then(|s| s.code()),
        Some(1),
        "ropa validate hung or failed: {out}"
    );
    assert!(
        out.contains("da/activities/x.ron") && out.contains("not a regular file"),
        "{out}"
    );
}
