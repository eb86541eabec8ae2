//! The one transaction (`change::commit`, `change::recover`,
//! `change::move_branch`) under attack, with real repositories and the real
//! `git` program: git running beside a save, uncommitted changes in the
//! combinations git allows, index formats, linked work trees, kills and the
//! user's hand between a crash and the next ropa.
//!
//! Each test names the promise it checks. The tests in the first part fail
//! on the code they were written against (each says what breaks and why);
//! those in the second part cover new ground and pass.

mod fixture;

use fixture::{activity, save_activity};

use std::fs;
use std::io::{BufRead, BufReader, Lines};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Child, ChildStderr, Command, Stdio};
use std::time::{Duration, Instant};

use fixture::{Repo, isolate, saved};
use ropa::register::change::{self, Intent, Options, Outcome, Recovered, Refusal, Uncommitted};
use ropa::register::format::to_canonical;
use ropa::register::load::{load, parse_record};
use ropa::register::model::{Activity, Organisation, Status};

const BARSEL: &str = "da/activities/da-barsel.ron";
const STATISTIK: &str = "da/activities/statistik.ron";
const DA: &str = "da/organisation.ron";
const CHILD: &str = "ROPA_ATTACK_CHILD";

/// The activity at `rel` with its name changed, as a form saves it.
fn rename(r: &Repo, rel: &str, name: &str) -> Intent {
    let old = activity(r, rel);
    let mut new = old.clone();
    new.name = name.into();
    save_activity("da", Some(&old), new)
}

fn with(uncommitted: Uncommitted) -> Options {
    Options {
        uncommitted,
        ..Options::default()
    }
}

fn oid(s: &str) -> git2::Oid {
    git2::Oid::from_str(s.trim()).expect("oid")
}

/// Waits until `cond` holds; panics after `secs` seconds.
fn wait_for(secs: u64, what: &str, cond: impl Fn() -> bool) {
    let start = Instant::now();
    while !cond() {
        assert!(start.elapsed() < Duration::from_secs(secs), "{what}");
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// The text of the file at `rel` with its first `from` replaced by `to`.
fn edited(r: &Repo, rel: &str, from: &str, to: &str) -> String {
    let text = r.read(rel).expect("file");
    assert!(text.contains(from), "{rel} has no {from:?}");
    text.replacen(from, to, 1)
}

/// A commit on branch `theirs` (a colleague's, fetched), and back on main.
fn colleague_commit(r: &Repo, rel: &str, text: &str) -> git2::Oid {
    r.git_ok(&["checkout", "-q", "-b", "theirs"]);
    r.write(rel, text);
    r.git_ok(&["commit", "-qam", "colleague"]);
    let id = oid(&r.head());
    r.git_ok(&["checkout", "-q", "main"]);
    id
}

/// `ropa validate` on the register at `root`: exit code and output.
fn ropa_validate(root: &Path) -> (Option<i32>, String) {
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("validate")
        .arg(root)
        .env("ROPA_DATA_DIR", elsewhere.path().join("data"))
        .env("ROPA_CONFIG_DIR", elsewhere.path().join("config"))
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("ropa validate");
    (
        out.status.code(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

// ---------------------------------------------------------------------------
// A child process that saves with a delay in every step of the transaction
// (`ROPA_TEST_STEP_DELAY_US`), so that a test can act inside a named step.

/// Not a test of its own: in a child started by a test (with
/// `ROPA_ATTACK_CHILD=<register>`) it renames the activity
/// `ROPA_ATTACK_FILE` (DA Barsel by default) `ROPA_ATTACK_SAVES` times (once
/// by default) and prints `OUTCOME …` after each save; otherwise it
/// returns at once.
#[test]
fn helper_child_process() {
    let Ok(root) = std::env::var(CHILD) else {
        return;
    };
    isolate();
    let root = Path::new(&root);
    let rel = std::env::var("ROPA_ATTACK_FILE").unwrap_or_else(|_| BARSEL.into());
    let saves: usize = std::env::var("ROPA_ATTACK_SAVES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    for n in 0..saves {
        let loaded = load(root).expect("load");
        let text = fs::read_to_string(root.join(&rel)).expect("read");
        let old: Activity = parse_record(&text).expect("parse");
        let mut new = old.clone();
        new.name = format!("{} – gemt af barn {n}", old.id);
        let intent = save_activity("da", Some(&old), new);
        match change::commit(root, &loaded.register, &intent, &[], &Options::default()) {
            Ok(Outcome::Saved(s)) => println!("\nOUTCOME saved {}", s.commit),
            Ok(Outcome::NoChange) => println!("\nOUTCOME no change"),
            Ok(Outcome::Restored { .. }) => println!("\nOUTCOME restored"),
            Err(e) => println!("\nOUTCOME refused: {e}"),
        }
    }
}

/// A child saving in `r` with `delay_ms` in every step.
fn spawn_child(r: &Repo, delay_ms: u64) -> Child {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "helper_child_process",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, &r.root)
    .env("ROPA_TEST_STEP_DELAY_US", (delay_ms * 1000).to_string())
    .env("GIT_CONFIG_NOSYSTEM", "1")
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    cmd.spawn().expect("spawn child")
}

/// Reads the child's stderr until it names `step`; it then sleeps for its
/// delay before doing the step. Keep the returned reader until the child
/// has ended: a child whose stderr is closed fails at its next step.
fn until_step(child: &mut Child, step: &str) -> Lines<BufReader<ChildStderr>> {
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let want = format!("ropa-step {step}");
    assert!(
        lines.by_ref().any(|l| l.is_ok_and(|l| l.ends_with(&want))),
        "the child never reached {step}"
    );
    lines
}

/// Waits for the child; returns its `OUTCOME` lines.
fn outcomes(mut child: Child) -> Vec<String> {
    let mut out = String::new();
    if let Some(mut s) = child.stdout.take() {
        std::io::Read::read_to_string(&mut s, &mut out).expect("stdout");
    }
    child.wait().expect("wait");
    out.lines()
        .filter_map(|l| l.split_once("OUTCOME ").map(|(_, o)| o.to_string()))
        .collect()
}

/// SIGKILL, then wait.
fn kill(child: &mut Child) {
    let status = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    child.wait().expect("wait");
}

// ===========================================================================
// Part 1: promises that break (these tests fail on the code they attack).

/// Promise: changes in the work tree that ropa did not make are never
/// overwritten. Attack: an IDE holds git's `index.lock` (as it does while
/// it runs `git status`), the save waits for it, and meanwhile the user
/// saves the same file in their editor.
///
/// Breaks: the save lands and the user's text is gone — not on disk, not
/// in the commit, not in a stash. `apply` compares the file with what the
/// user saw once, in step 1 (`expect_disk`), and then waits up to three
/// seconds for the index lock before it writes the file (step 3) without
/// looking again.
#[test]
fn an_editor_save_while_the_transaction_waits_for_the_index_lock_is_not_overwritten() {
    let r = Repo::sample();
    let lock = r.workdir().join(".git/index.lock");
    fs::write(&lock, b"an IDE's git status").expect("lock");
    let intent = rename(&r, BARSEL, "Barsel – ropa");
    let (root, loaded) = (r.root.clone(), r.load());
    let save = std::thread::spawn(move || {
        change::commit(&root, &loaded.register, &intent, &[], &Options::default())
    });
    // The journal is written just before the transaction takes the lock.
    let journal = r.workdir().join(".git/ropa-transaction.json");
    wait_for(10, "the save never started", || journal.exists());
    let mine = edited(&r, BARSEL, "status: Draft", "status: InReview")
        + "// Husk at spørge DPO'en om hjemmel før mandag\n";
    r.write(BARSEL, &mine);
    std::thread::sleep(Duration::from_millis(30));
    fs::remove_file(&lock).expect("the IDE is done");
    let outcome = save.join().expect("thread");
    let kept = r
        .read(BARSEL)
        .is_some_and(|t| t.contains("hjemmel før mandag"))
        || r.committed(BARSEL)
            .is_some_and(|t| t.contains("hjemmel før mandag"))
        || String::from_utf8_lossy(&r.git(&["stash", "show", "-p"]).stdout)
            .contains("hjemmel før mandag");
    assert!(
        kept,
        "the user's edit is lost; the save said {:?}",
        outcome.map(|o| saved(o).message)
    );
}

/// Promise: a refusal leaves the work tree exactly as before, and ropa
/// never reverts what it did not make. Attack: `git pull` (here a
/// fast-forward merge of a colleague's change to the same file) lands
/// while the save is between its first look at the file and git's index
/// lock.
///
/// Breaks: the save writes its file over the pulled one, finds the index
/// entry changed (`Refusal::Staged`, "Nothing was saved"), and "puts back"
/// the bytes it read before the pull: the work tree now reverts the
/// colleague's change (`git status`: ` M`), and a `git commit -a` would
/// record the reversal. The journal's `before` is read in step 1, and
/// `undo_files` restores it over whatever the file held when step 3 ran.
#[test]
fn a_pull_while_the_transaction_waits_is_not_reverted_in_the_work_tree() {
    let r = Repo::sample();
    let theirs = edited(&r, BARSEL, "status: Draft", "status: InReview");
    colleague_commit(&r, BARSEL, &theirs);
    let mut child = spawn_child(&r, 500);
    let _stderr = until_step(&mut child, "index-lock");
    r.git_ok(&["merge", "-q", "--ff-only", "theirs"]);
    let said = outcomes(child);
    assert_eq!(
        r.status(),
        "",
        "work tree differs from HEAD after the save said {said:?}; the file holds the \
         colleague's change: {}",
        r.read(BARSEL).expect("file").contains("InReview")
    );
}

/// Promise: when the save completes, files, index and HEAD agree. Attack:
/// the user runs `git switch -c feature` while the save is between its
/// start and git's index lock.
///
/// Breaks: the save reports success, but it moved `main` while HEAD is on
/// `feature`: the index and the work tree hold the change, HEAD does not
/// (`git status`: `M  da/activities/da-barsel.ron`), and the next
/// `git commit` on `feature` records it again. The branch is read once at
/// the start (`Repo::branch_ref`); under the index lock `apply` only checks
/// that the branch did not move, not that HEAD still points at it.
#[test]
fn a_branch_switch_while_the_transaction_waits_leaves_head_index_and_work_tree_agreeing() {
    let r = Repo::sample();
    let mut child = spawn_child(&r, 500);
    let _stderr = until_step(&mut child, "index-lock");
    r.git_ok(&["switch", "-q", "-c", "feature"]);
    let said = outcomes(child);
    assert_eq!(
        r.status(),
        "",
        "HEAD is {} and the save said {said:?}",
        r.git_ok(&["symbolic-ref", "HEAD"]).trim()
    );
}

/// Promise: git's index never disagrees with the work tree after a save.
/// Attack: another program writes the file after ropa wrote it and before
/// ropa records it in the index (a sync tool, an editor's auto-save); the
/// second boundary falls in between, as it does for real now and then.
///
/// Breaks: ropa records the stat data of the other program's file with
/// the blob of its own bytes, so git trusts the stat data and reports a
/// clean tree while the file differs from HEAD: `git status`, `git diff`
/// and `git commit -a` all miss the change, and a `git checkout` would
/// overwrite it. `prepare_index` stats the file in step 4, after writing it
/// in step 3, and never checks that it still holds the blob.
#[test]
fn a_file_changed_between_ropas_write_and_its_index_entry_is_seen_by_git() {
    let r = Repo::sample();
    // One second in every step: the index is written in a later second than
    // the other program's write, as git's racy-clean check requires.
    let mut child = spawn_child(&r, 1000);
    let _stderr = until_step(&mut child, "index");
    let theirs = edited(&r, BARSEL, "status: Draft", "status: InReview");
    r.write(BARSEL, &theirs);
    let said = outcomes(child);
    let (disk, head) = (r.read(BARSEL), r.committed(BARSEL));
    assert!(
        [&disk, &head]
            .iter()
            .any(|t| t.as_ref().is_some_and(|t| t.contains("InReview"))),
        "the other program's write is lost; the save said {said:?}"
    );
    if disk != head {
        assert_ne!(
            r.status(),
            "",
            "git sees nothing although the file differs from HEAD; the save said {said:?}"
        );
    }
}

/// Promise: after `recover` says a save was finished, index, work tree and
/// HEAD agree. Attack: ropa is killed after moving the branch (step 6);
/// `git commit` then fails on the `index.lock` it left and tells the user
/// to "remove the file manually to continue", which they do; then ropa
/// runs.
///
/// Breaks: recover says "an interrupted save was finished", but the index
/// is the one from before the save: it holds the reversal of the commit
/// (`git status`: `MM`), which the user's next `git commit` records.
/// `recover_locked` only puts the prepared index in place when
/// `index.lock` is still its hard link; otherwise it reports `Finished`
/// without bringing the index to the new commit.
#[test]
fn recovery_after_the_user_removed_the_stale_index_lock_leaves_no_reversal_staged() {
    let r = Repo::sample();
    let head = r.head();
    let mut child = spawn_child(&r, 500);
    let _stderr = until_step(&mut child, "index-rename");
    std::thread::sleep(Duration::from_millis(30));
    kill(&mut child);
    assert_ne!(r.head(), head, "killed after the branch moved");
    let commit = r.git(&["commit", "-qam", "mine"]);
    assert!(
        String::from_utf8_lossy(&commit.stderr).contains("remove the file manually"),
        "{commit:?}"
    );
    fs::remove_file(r.workdir().join(".git/index.lock")).expect("as git says");
    let recovered = change::recover(&r.root).expect("recover");
    assert!(
        matches!(recovered, Some(Recovered::Finished { .. })),
        "{recovered:?}"
    );
    assert_eq!(
        r.staged(),
        "",
        "recover said {} but the index holds the reversal; git status:\n{}",
        recovered.expect("some"),
        r.status()
    );
}

/// Promise: nothing staged is dropped from the index, and "include" puts
/// the uncommitted changes in the commit. Attack: a change is staged
/// (`git add`), then the work tree file is put back as HEAD has it
/// (`git status`: `MM`); the user chooses to include the changes.
///
/// Breaks: the commit message says "Also commits changes that were in the
/// work tree, not committed: da/activities/da-barsel.ron", but the staged
/// change is neither committed nor set aside: the index entry is replaced
/// and the staged version survives only as a dangling blob. `unstaged` is
/// computed against HEAD instead of the index, so a file whose work tree
/// equals HEAD counts as "staged only" and is "included" — from the work
/// tree, which does not have it.
#[test]
fn a_staged_change_with_the_work_tree_put_back_is_not_dropped_when_included() {
    let r = Repo::sample();
    let original = r.read(BARSEL).expect("file");
    r.write(
        BARSEL,
        &edited(&r, BARSEL, "status: Draft", "status: InReview"),
    );
    r.git_ok(&["add", BARSEL]);
    r.write(BARSEL, &original);
    assert_eq!(r.status(), format!("MM {BARSEL}\n"));
    let staged = r.git_ok(&["rev-parse", &format!(":{BARSEL}")]);
    let intent = rename(&r, BARSEL, "Barsel");
    let err = r.commit(&intent).expect_err("asked");
    assert!(matches!(err, Refusal::Uncommitted(_)), "{err}");
    let outcome = r.commit_with(&intent, &[], &with(Uncommitted::Include));
    let still_staged = r.git_ok(&["rev-parse", &format!(":{BARSEL}")]) == staged;
    match outcome {
        Ok(o) => {
            let s = saved(o);
            let committed = r.committed(BARSEL).expect("committed");
            let stashed = s
                .set_aside
                .is_some_and(|e| r.git_ok(&["rev-parse", &format!("{e}^2:{BARSEL}")]) == staged);
            assert!(
                committed.contains("InReview") || stashed || still_staged,
                "the staged change ({}) is gone; the message says:\n{}",
                staged.trim(),
                s.message
            );
        }
        Err(e) => assert!(still_staged, "refused ({e}) and the staged change is gone"),
    }
}

/// Promise: what ropa reports about uncommitted changes is what git shows.
/// Attack: a change is staged and the work tree equals the index
/// (`git status`: `M `, staged only).
///
/// Breaks: ropa says the file "has staged and unstaged changes", and when
/// the user chooses to include them it sets them aside instead (the message
/// does not mention them; only `Saved::set_aside` tells). `unstaged` is
/// computed as "the work tree differs from HEAD", not "from the index".
#[test]
fn a_staged_only_change_is_reported_as_git_sees_it() {
    let r = Repo::sample();
    r.write(
        BARSEL,
        &edited(&r, BARSEL, "status: Draft", "status: InReview"),
    );
    r.git_ok(&["add", BARSEL]);
    assert_eq!(r.status(), format!("M  {BARSEL}\n"), "staged only");
    let err = r.commit(&rename(&r, BARSEL, "Barsel")).expect_err("asked");
    let Refusal::Uncommitted(files) = &err else {
        panic!("{err}")
    };
    assert_eq!(files.len(), 1);
    assert!(files[0].staged, "{err}");
    assert!(
        !files[0].unstaged,
        "git shows no unstaged change, ropa says: {err}"
    );
}

/// Promise: a word typed in the file is never lost; "include" commits the
/// uncommitted changes. Attack: the user added a note as a RON comment to
/// the file and did not commit it, then saves a form on it and chooses to
/// include the changes.
///
/// Breaks: the message says the file's uncommitted changes are included,
/// but the comment is not in the commit, not on disk and not in a stash.
/// The plan re-serialises the parsed record (`canonical`), which has no
/// place for comments, and `Include` treats the parsed record as the whole
/// of the user's change.
#[test]
fn an_uncommitted_comment_is_not_lost_when_the_changes_are_included() {
    let r = Repo::sample();
    let note = "// Spørg DPO'en om hjemmel før mandag – Åse";
    r.write(
        BARSEL,
        &edited(
            &r,
            BARSEL,
            "    status: Draft,\n",
            &format!("    {note}\n    status: Draft,\n"),
        ),
    );
    let intent = rename(&r, BARSEL, "Barsel");
    let err = r.commit(&intent).expect_err("asked");
    assert!(matches!(err, Refusal::Uncommitted(_)), "{err}");
    let outcome = r.commit_with(&intent, &[], &with(Uncommitted::Include));
    let kept = r.read(BARSEL).is_some_and(|t| t.contains(note))
        || r.committed(BARSEL).is_some_and(|t| t.contains(note))
        || matches!(&outcome, Ok(Outcome::Saved(s)) if s.set_aside.is_some());
    assert!(
        kept,
        "the note is gone; the message says:\n{}",
        outcome.map(|o| saved(o).message).unwrap_or_default()
    );
}

/// Promise: nothing staged is dropped from the index. Attack: the saved
/// file has a staged mode change (`git update-index --chmod=+x`, as a
/// teammate on Windows stages one).
///
/// Breaks: after the save `git diff --cached` is empty and the commit keeps
/// mode 100644: the staged change is dropped without a word. The check for
/// uncommitted changes compares blobs only (`index_blob != head_blob`),
/// never the index entry's mode.
#[test]
fn a_staged_mode_change_of_the_saved_file_is_not_dropped() {
    let r = Repo::sample();
    r.git_ok(&["update-index", "--chmod=+x", BARSEL]);
    let before = r.git_ok(&["diff", "--cached", "--summary"]);
    assert!(before.contains("mode change 100644 => 100755"), "{before}");
    let outcome = r.commit(&rename(&r, BARSEL, "Barsel"));
    if outcome.is_ok() {
        let mode = r.git_ok(&["ls-tree", "HEAD", BARSEL]);
        assert!(
            mode.starts_with("100755") || r.staged().contains(BARSEL),
            "the staged mode change is gone (HEAD: {})",
            mode.trim()
        );
    }
}

/// Promise: ropa never reverts a change it did not make. Attack: the saved
/// file was made executable in the work tree (`chmod +x`, shown by
/// `git status` as ` M`).
///
/// Breaks: the save succeeds without asking and the file is mode 644
/// afterwards: the user's change is reverted. `write_file` sets the mode
/// from HEAD, and the check for uncommitted changes looks at bytes only.
#[test]
fn an_unstaged_mode_change_of_the_saved_file_is_not_reverted() {
    let r = Repo::sample();
    let file = r.root.join(BARSEL);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o755)).expect("chmod");
    assert_eq!(r.status(), format!(" M {BARSEL}\n"));
    let outcome = r.commit(&rename(&r, BARSEL, "Barsel"));
    if outcome.is_ok() {
        let mode = fs::metadata(&file).expect("meta").permissions().mode();
        assert!(
            mode & 0o111 != 0,
            "the save said {:?} and reverted chmod +x (mode now {mode:o})",
            outcome.map(|o| saved(o).message)
        );
    }
}

/// Promise (`move_branch`): a path that differs and holds uncommitted
/// changes, staged or not, refuses the move and changes nothing. Attack:
/// a fast-forward (as `ropa sync` makes) over a file with a staged mode
/// change.
///
/// Breaks: the branch moves and the staged mode change is gone from the
/// index. `move_branch` compares the index entry's blob with the old
/// commit's, not its mode.
#[test]
fn moving_the_branch_keeps_a_staged_mode_change_or_refuses() {
    let r = Repo::sample();
    let old = oid(&r.head());
    let theirs = edited(&r, STATISTIK, "status: Draft", "status: InReview");
    let new = colleague_commit(&r, STATISTIK, &theirs);
    r.git_ok(&["update-index", "--chmod=+x", STATISTIK]);
    let lock = change::lock::RepoLock::acquire(&r.workdir().join(".git"), Duration::from_secs(5))
        .expect("ropa lock");
    let moved = change::move_branch(&lock, &r.root, old, new, "sync: fast-forward");
    let staged = r.git_ok(&["diff", "--cached", "--summary"]);
    assert!(
        moved.is_err() || staged.contains("mode change"),
        "the branch moved and the staged mode change is gone; git diff --cached: {staged:?}"
    );
}

/// Promise: uncommitted changes ropa did not make are asked about, and the
/// message says what the commit does. Attack: the user deleted a committed
/// activity file by hand (`rm`, not committed), then creates a new activity
/// whose id is the deleted one's.
///
/// Breaks: the save goes through without asking, and the commit titled
/// "new activity … Added da/activities/da-barsel.ron" in fact rewrites the
/// committed DA Barsel record (`git show --stat`: a modification). The
/// plan's "exists already" check looks at the loaded register and the
/// disk, not HEAD, and a missing file never counts as an unstaged change
/// (`unstaged` requires the file to exist).
#[test]
fn a_new_activity_over_a_committed_file_deleted_by_hand_is_asked_about() {
    let r = Repo::sample();
    let old = activity(&r, BARSEL);
    fs::remove_file(r.root.join(BARSEL)).expect("rm");
    assert_eq!(r.status(), format!(" D {BARSEL}\n"));
    let head = r.head();
    let mut new = old.clone();
    new.name = "Ny barselsordning".into();
    new.description = None;
    let outcome = r.commit(&save_activity("da", None, new));
    assert!(
        matches!(
            outcome,
            Err(Refusal::Uncommitted(_) | Refusal::Exists(_) | Refusal::Conflict { .. })
        ),
        "{:?}; git show --stat HEAD:\n{}",
        outcome.map(|o| saved(o).message),
        r.git_ok(&["show", "--stat", "--format=%s", "HEAD"])
    );
    assert_eq!(r.head(), head);
}

/// Promise: no commit adds a validation error. Attack: an import
/// (`Intent::Files`) writes files at paths the loader reads but the
/// incremental check does not: a file named `activities`, a folder named
/// like an activity file, a folder named `organisation.ron`.
///
/// Breaks: all three are committed; the full validator then reports
/// LOAD-001 "folder `nyorg` has activities but no organisation.ron", "not a
/// regular file", "cannot read: Is a directory". `check::place` only knows
/// `<folder>/organisation.ron` and `<folder>/activities/<file>.ron`, and the
/// snapshot counts a folder as an organisation folder only when
/// `activities` is a tree — the loader asks whether the names exist.
#[test]
fn an_import_cannot_commit_paths_the_loader_reports() {
    let mut failed = Vec::new();
    for path in [
        "nyorg/activities",
        "da/activities/arkiv.ron/README.md",
        "ny2/organisation.ron/README.md",
    ] {
        let r = Repo::sample();
        let before = r.head_errors();
        let outcome = r.commit(&Intent::Files {
            writes: vec![(path.into(), b"imported\n".to_vec())],
            removes: vec![],
            message: "import".into(),
        });
        let added: Vec<String> = r
            .head_errors()
            .into_iter()
            .filter(|e| !before.contains(e))
            .collect();
        if !added.is_empty() {
            failed.push(format!(
                "{path}: committed ({:?}) with new errors {added:?}",
                outcome.map(|_| ())
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Promise: every commit is a register CI accepts. Attack: undo (revert)
/// the repository's first commit, as the history screen offers for any
/// commit.
///
/// Breaks: the revert removes every file and is committed; `ropa validate`
/// on the result exits 2 with "no register here". The incremental check
/// finds no error in an empty register because there is no record left to
/// have one; the loader's "no register" is not a finding.
#[test]
fn undoing_the_first_commit_does_not_commit_an_empty_register() {
    let r = Repo::sample();
    let first = oid(&r.head());
    let outcome = r.commit(&Intent::Revert { commit: first });
    // The sample has no errors: `ropa validate` exits 0 on it.
    let (code, out) = ropa_validate(&r.root);
    assert_eq!(
        code,
        Some(0),
        "the undo said {:?}; HEAD holds {} files; ropa validate: {out}",
        outcome.map(|_| ()),
        r.git_ok(&["ls-tree", "-r", "--name-only", "HEAD"])
            .lines()
            .count()
    );
}

/// Promise: what ropa reports about uncommitted changes is what git shows.
/// Attack: a team with Windows members checks the register out with CRLF
/// line ends (`*.ron text eol=crlf` in `.gitattributes`); `git status` is
/// clean.
///
/// Was: every save is refused with "da/activities/da-barsel.ron has
/// changes that are not committed"; choosing "include" then writes "Also
/// commits changes that were in the work tree" into a commit that includes
/// none, and "set aside" stashes a whole-file line-end change. The check
/// hashes the raw work-tree bytes and compares them with HEAD's blob,
/// without git's clean filter (line ends, `ident`, filters).
#[test]
fn a_clean_crlf_checkout_is_not_reported_as_uncommitted_changes() {
    let r = Repo::sample();
    r.write(".gitattributes", "*.ron text eol=crlf\n");
    r.git_ok(&["add", ".gitattributes"]);
    r.git_ok(&["commit", "-qm", "CRLF for Windows colleagues"]);
    fs::remove_file(r.root.join(BARSEL)).expect("rm");
    r.git_ok(&["checkout", "--", BARSEL]);
    assert!(r.read(BARSEL).expect("file").contains("\r\n"));
    r.assert_clean();
    let outcome = r.commit(&rename(&r, BARSEL, "Barsel"));
    assert!(outcome.is_ok(), "{}", outcome.expect_err("refused"));
    r.assert_clean();
}

/// Promise: a save in a repository whose index ropa cannot update says
/// what to do. Attack: `git update-index --split-index` (or
/// `core.splitIndex`), and a cone-mode sparse checkout with
/// `--sparse-index`.
///
/// Was: every save was refused with "git: unsupported mandatory
/// extension: 'link'" (or 'sdir'), which the user cannot act on (libgit2
/// reads neither extension).
#[test]
fn split_and_sparse_indexes_are_refused_clearly_and_nothing_changes() {
    // libgit2 reads neither a split nor a sparse index, and ropa will not
    // write git's index in a form it cannot read back: the save is refused
    // before anything is written, with the commands that turn them off.
    let setups: [&[&str]; 2] = [
        &["update-index", "--split-index"],
        &[
            "sparse-checkout",
            "set",
            "--cone",
            "--sparse-index",
            "da",
            "digst",
        ],
    ];
    for setup in setups {
        let r = Repo::sample();
        r.git_ok(setup);
        let head = r.head();
        let before = r.read(BARSEL);
        let err = r
            .commit(&rename(&r, BARSEL, "Barsel"))
            .expect_err("refused");
        assert!(matches!(err, Refusal::IndexFormat(_)), "{err}");
        let text = err.to_string();
        assert!(text.contains("--no-split-index"), "{text}");
        assert!(text.contains("sparse-checkout disable"), "{text}");
        assert_eq!(r.head(), head);
        assert_eq!(r.read(BARSEL), before);
        assert_eq!(r.git_ok(&["status", "--porcelain"]), "");
    }
}

/// Promise: the change ropa reports is what happened to the work tree, and
/// the register stays loadable. Attack: an organisation is renamed while
/// its folder holds an activity the user created but has not committed
/// (ropa lists it under the organisation) and one staged with `git add`.
///
/// Breaks: "Renamed the folder da to dansk." — but `da/` stays, holding
/// both activities and no organisation.ron: the work tree's register now
/// has LOAD-001 "folder `da` has activities but no organisation.ron", the
/// draft is no longer under its organisation, and the staged file stays
/// staged at the old path, so the user's next `git commit` records a
/// broken register. The plan moves only the files HEAD tracks
/// (`tracked_files`) and never asks about the others.
#[test]
fn renaming_an_organisation_leaves_no_activity_behind_in_the_old_folder() {
    let r = Repo::sample();
    for (id, name) in [("udkast", "Udkast"), ("ny-staged", "Staged")] {
        let mut a = activity(&r, BARSEL);
        a.id = id.into();
        a.name = name.into();
        r.write(
            &format!("da/activities/{id}.ron"),
            &to_canonical(&a).expect("canonical"),
        );
    }
    r.git_ok(&["add", "da/activities/ny-staged.ron"]);
    let errors_before = fixture::errors_of(&r.root);
    let org: Organisation = parse_record(&r.read(DA).expect("file")).expect("parses");
    let mut new = org.clone();
    new.id = "dansk".into();
    let outcome = r.commit(&Intent::SaveOrganisation {
        org: Some(org.id.clone()),
        original: Some(Box::new(org)),
        record: Box::new(new),
    });
    if outcome.is_ok() {
        let added: Vec<String> = fixture::errors_of(&r.root)
            .into_iter()
            .filter(|e| !errors_before.contains(e))
            .collect();
        assert!(
            added.is_empty(),
            "the rename said {:?}; the work tree now has {added:?}; git status:\n{}",
            outcome.map(|o| saved(o).message),
            r.status()
        );
    }
}

/// Promise (`move_branch`): a fast-forward git can make is made, or
/// refused only for a change someone did not commit. Attack: the
/// colleague's commit turns a tracked file `docs` into a folder
/// `docs/readme.md` (and, in a second repository, the other way round).
///
/// Breaks: both moves are refused with "docs/readme.md: Not a directory"
/// and "docs: Is a directory"; `git merge --ff-only` makes them. The check
/// reads every path of the diff from disk and treats any error but
/// "not found" as a failure, and the files are written in path order, so a
/// file would be written before the folder in its way is removed.
#[test]
fn moving_the_branch_over_a_file_that_became_a_folder_or_back() {
    let mut failed = Vec::new();
    for (before, after) in [("docs", "docs/readme.md"), ("docs/readme.md", "docs")] {
        let r = Repo::sample();
        r.write(before, "before\n");
        r.git_ok(&["add", "-A"]);
        r.git_ok(&["commit", "-qm", "docs"]);
        let old = oid(&r.head());
        r.git_ok(&["checkout", "-q", "-b", "theirs"]);
        r.git_ok(&["rm", "-rq", before.split('/').next().expect("top")]);
        r.write(after, "after\n");
        r.git_ok(&["add", "-A"]);
        r.git_ok(&["commit", "-qm", "docs changed shape"]);
        let new = oid(&r.head());
        r.git_ok(&["checkout", "-q", "main"]);
        let lock =
            change::lock::RepoLock::acquire(&r.workdir().join(".git"), Duration::from_secs(5))
                .expect("ropa lock");
        match change::move_branch(&lock, &r.root, old, new, "sync: fast-forward") {
            Ok(()) => {
                assert_eq!(r.head(), new.to_string());
                r.assert_clean();
            }
            Err(e) => {
                r.assert_clean();
                failed.push(format!("{before} → {after}: {e}"));
            }
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

/// Promise: what the user chose in the form is what the register holds
/// after the save, and uncommitted changes are included or set aside as
/// chosen. Attack: the file has a hand edit (`status: InReview`, not
/// committed); the user opens the form, sets the status back to Draft
/// (what HEAD has) and, asked about the uncommitted change, includes it or
/// sets it aside.
///
/// Breaks: both choices answer "no change" and leave the file at
/// `InReview`: the status the user chose is gone from the work tree (ropa
/// reloads and shows InReview), and nothing was set aside. `commit` returns
/// `NoChange` when the new tree equals HEAD's (with "set aside", the plan
/// built on HEAD's version is empty), before it writes the work tree or the
/// stash — as if the work tree were HEAD.
#[test]
fn setting_a_hand_edited_field_back_in_the_form_is_not_lost() {
    let mut failed = Vec::new();
    for choice in [Uncommitted::Include, Uncommitted::SetAside] {
        let r = Repo::sample();
        r.write(
            BARSEL,
            &edited(&r, BARSEL, "status: Draft", "status: InReview"),
        );
        let old = activity(&r, BARSEL);
        let mut new = old.clone();
        new.status = Status::Draft;
        let intent = save_activity("da", Some(&old), new);
        let err = r.commit(&intent).expect_err("asked");
        assert!(matches!(err, Refusal::Uncommitted(_)), "{err}");
        let outcome = r.commit_with(&intent, &[], &with(choice));
        let now = activity(&r, BARSEL).status;
        if outcome.is_ok() && now != Status::Draft {
            failed.push(format!(
                "{choice:?}: the save said {:?}; the file says {now:?}; stash: {:?}",
                outcome.map(|o| match o {
                    Outcome::Saved(s) => s.message,
                    Outcome::NoChange => "no change".into(),
                    Outcome::Restored { .. } => "restored".into(),
                }),
                r.git_ok(&["stash", "list"])
            ));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

// ===========================================================================
// Part 2: promises that hold (new ground; these pass).

/// A save in a linked work tree (`git worktree add`: its git folder differs
/// from the common one) commits on its branch, leaves its index clean and
/// the main work tree, index and branch untouched.
#[test]
fn holds_a_save_in_a_linked_work_tree() {
    let r = Repo::sample();
    let wt = r.workdir().join("wt");
    r.git_ok(&[
        "worktree",
        "add",
        "-q",
        "-b",
        "side",
        wt.to_str().expect("utf-8"),
    ]);
    let main_head = r.head();
    let main_index = fs::read(r.workdir().join(".git/index")).expect("index");
    let loaded = load(&wt).expect("load");
    let old: Activity =
        parse_record(&fs::read_to_string(wt.join(BARSEL)).expect("read")).expect("parse");
    let mut new = old.clone();
    new.name = "Barsel i sidegren".into();
    let s = saved(
        change::commit(
            &wt,
            &loaded.register,
            &save_activity("da", Some(&old), new),
            &[],
            &Options::default(),
        )
        .expect("saved"),
    );
    let in_wt =
        |args: &[&str]| String::from_utf8_lossy(&fixture::git_in(&wt, args).stdout).into_owned();
    assert_eq!(in_wt(&["status", "--porcelain"]), "");
    assert_eq!(in_wt(&["rev-parse", "HEAD"]).trim(), s.commit.to_string());
    assert_eq!(in_wt(&["rev-parse", "side"]).trim(), s.commit.to_string());
    assert_eq!(r.head(), main_head);
    assert_eq!(r.status(), "?? wt/\n");
    assert_eq!(
        fs::read(r.workdir().join(".git/index")).expect("index"),
        main_index
    );
}

/// Index formats ropa's splicer leaves to libgit2 or edits itself: version
/// 4 (`feature.manyFiles`), the untracked cache, `index.skipHash`. A save
/// keeps another file's staged change staged and an untracked file
/// untracked; `git fsck` is clean.
#[test]
fn holds_index_version_4_untracked_cache_and_skip_hash() {
    let setups: [&[&[&str]]; 3] = [
        &[
            &["config", "feature.manyFiles", "true"],
            &["update-index", "--index-version", "4"],
        ],
        &[
            &["config", "core.untrackedCache", "true"],
            &["update-index", "--untracked-cache"],
            &["status"],
        ],
        &[&["config", "index.skipHash", "true"], &["add", "-A"]],
    ];
    for setup in setups {
        let r = Repo::sample();
        for args in setup {
            r.git_ok(args);
        }
        r.write(
            STATISTIK,
            &edited(&r, STATISTIK, "status: Draft", "status: InReview"),
        );
        r.git_ok(&["add", STATISTIK]);
        r.write("noter.txt", "mine\n");
        let staged_blob = r.git_ok(&["rev-parse", &format!(":{STATISTIK}")]);
        r.commit(&rename(&r, BARSEL, "Barsel"))
            .map(saved)
            .unwrap_or_else(|e| panic!("{setup:?}: {e}"));
        assert_eq!(r.touched(), vec![BARSEL.to_string()], "{setup:?}");
        assert_eq!(
            r.status(),
            format!("M  {STATISTIK}\n?? noter.txt\n"),
            "{setup:?}"
        );
        assert_eq!(
            r.git_ok(&["rev-parse", &format!(":{STATISTIK}")]),
            staged_blob
        );
        let fsck = r.git(&["fsck", "--no-progress"]);
        assert!(fsck.status.success(), "{setup:?}: {fsck:?}");
    }
}

/// Undo of an undo brings the change back, as one more commit, clean.
#[test]
fn holds_undo_of_an_undo() {
    let r = Repo::sample();
    let changed = saved(
        r.commit(&rename(&r, BARSEL, "Barsel – ændret"))
            .expect("saved"),
    );
    let text = r.read(BARSEL);
    let undo = saved(
        r.commit(&Intent::Revert {
            commit: changed.commit,
        })
        .expect("undone"),
    );
    assert_eq!(activity(&r, BARSEL).name, "DA Barsel");
    saved(
        r.commit(&Intent::Revert {
            commit: undo.commit,
        })
        .expect("redone"),
    );
    assert_eq!(r.read(BARSEL), text);
    assert!(
        r.message().starts_with("Revert \"Revert \""),
        "{}",
        r.message()
    );
    assert_eq!(r.commits(), 4);
    r.assert_clean();
}

/// Text that is awkward for RON, JSON (the re-application of an edit goes
/// through it) and terminals is committed exactly as typed.
#[test]
fn holds_awkward_text_is_committed_as_typed() {
    let r = Repo::sample();
    for t in [
        "Ansættelsesaftalen og ferieloven § 5 – “citat” ÆØÅ",
        "linje 1\nlinje 2\r\nlinje 3\tfane",
        "anførselstegn \" omvendt skråstreg \\ } ) # r#\"rå\"#",
        "\u{0}nul \u{7f} \u{1b}[31mesc",
        "\u{2028}\u{2029}\u{feff}bom",
        "  mellemrum før og efter  ",
        "👩‍⚖️ e\u{301}",
        "/* ikke en kommentar */ // heller ikke",
    ] {
        let old = activity(&r, BARSEL);
        let mut new = old.clone();
        new.owner = Some(t.into());
        new.description = Some(format!("{t}!"));
        r.commit(&save_activity("da", Some(&old), new.clone()))
            .unwrap_or_else(|e| panic!("{t:?}: {e}"));
        let committed: Activity =
            parse_record(&r.committed(BARSEL).expect("committed")).expect("parses");
        assert_eq!(committed, new, "{t:?}");
    }
    r.assert_clean();
}

/// Setting changes aside, then failing on git's index lock: the stash entry
/// is dropped again, and the work tree, index and HEAD are as before.
#[test]
fn holds_set_aside_then_refused_leaves_no_stash_entry() {
    let r = Repo::sample();
    let hand = edited(&r, BARSEL, "status: Draft", "status: InReview");
    r.write(BARSEL, &hand);
    let lock = r.workdir().join(".git/index.lock");
    fs::write(&lock, b"held").expect("lock");
    let (head, index) = (
        r.head(),
        fs::read(r.workdir().join(".git/index")).expect("index"),
    );
    let err = r
        .commit_with(
            &rename(&r, BARSEL, "Barsel"),
            &[],
            &with(Uncommitted::SetAside),
        )
        .expect_err("refused");
    assert!(matches!(err, Refusal::GitLocked(_)), "{err}");
    fs::remove_file(&lock).expect("unlock");
    assert_eq!(r.head(), head);
    assert_eq!(r.read(BARSEL).as_deref(), Some(hand.as_str()));
    assert_eq!(r.git_ok(&["stash", "list"]), "");
    assert_eq!(
        fs::read(r.workdir().join(".git/index")).expect("index"),
        index
    );
}

/// A two-file save (a new activity with a recipient created on the spot)
/// whose second file is read-only: refused, the first file taken back,
/// nothing left.
#[test]
fn holds_a_read_only_second_file_refuses_and_takes_the_first_back() {
    let r = Repo::sample();
    let org = r.root.join(DA);
    fs::set_permissions(&org, fs::Permissions::from_mode(0o444)).expect("chmod");
    let mut a = activity(&r, BARSEL);
    a.id = "loen".into();
    a.name = "Løn".into();
    a.recipients =
        vec![serde_json::from_value(serde_json::json!({"recipient": "revisor"})).expect("use")];
    let head = r.head();
    let err = r
        .commit(&Intent::SaveActivity {
            org: "da".into(),
            activity: None,
            original: None,
            record: Box::new(a),
            new_recipients: vec!["revisor".into()],
        })
        .expect_err("refused");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(r.head(), head);
    assert!(r.read("da/activities/loen.ron").is_none());
    r.assert_clean();
}

/// An untracked file where a new record would go is never overwritten.
#[test]
fn holds_an_untracked_file_where_a_new_record_goes_is_kept() {
    let r = Repo::sample();
    let mine = "Activity(id: \"loen\", name: \"Mit udkast\", status: Draft)\n";
    r.write("da/activities/loen.ron", mine);
    let mut a = activity(&r, BARSEL);
    a.id = "loen".into();
    a.name = "Løn".into();
    let err = r
        .commit(&save_activity("da", None, a))
        .expect_err("refused");
    assert!(matches!(err, Refusal::Exists(_)), "{err}");
    assert_eq!(r.read("da/activities/loen.ron").as_deref(), Some(mine));
    assert_eq!(r.commits(), 1);
}

/// `git add` of other files in a loop beside saves: every save lands, and
/// what git last staged stays staged.
#[test]
fn holds_git_add_in_a_loop_beside_saves() {
    let r = Repo::sample();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let adder = {
        let stop = stop.clone();
        let dir = r.workdir().to_path_buf();
        let file = r.root.join("noter.txt");
        std::thread::spawn(move || {
            let mut n = 0u32;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                fs::write(&file, format!("note {n}\n")).expect("write");
                // git add fails now and then on ropa's index lock.
                let _ = fixture::git_in(&dir, &["add", "noter.txt"]);
            }
            n
        })
    };
    for n in 0..15 {
        r.commit(&rename(&r, BARSEL, &format!("Barsel {n}")))
            .unwrap_or_else(|e| panic!("save {n}: {e}"));
        assert_eq!(r.committed(BARSEL), r.read(BARSEL));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let adds = adder.join().expect("adder");
    assert!(adds > 3, "{adds}");
    fixture::git_in(r.workdir(), &["add", "noter.txt"]);
    assert_eq!(r.status(), "A  noter.txt\n");
    assert!(!r.touched().contains(&"noter.txt".to_string()));
    assert!(
        !r.git_ok(&["log", "--name-only", "--format="])
            .contains("noter.txt"),
        "ropa never commits what git staged"
    );
}

/// Two ropa processes saving different activities at the same time: each
/// save lands once, none is lost, the repository ends clean.
#[test]
fn holds_two_processes_saving_at_once() {
    let r = Repo::sample();
    let children: Vec<Child> = [BARSEL, STATISTIK]
        .iter()
        .map(|f| spawn_child_loop(&r, f, 8))
        .collect();
    let said: Vec<Vec<String>> = children.into_iter().map(outcomes).collect();
    for s in &said {
        assert_eq!(s.len(), 8, "{s:?}");
        assert!(s.iter().all(|o| o.starts_with("saved")), "{s:?}");
    }
    assert_eq!(r.commits(), 17);
    for id in said
        .iter()
        .flatten()
        .filter_map(|o| o.strip_prefix("saved "))
    {
        r.git_ok(&["merge-base", "--is-ancestor", id, "HEAD"]);
    }
    assert_eq!(activity(&r, BARSEL).name, "da-barsel – gemt af barn 7");
    assert_eq!(activity(&r, STATISTIK).name, "statistik – gemt af barn 7");
    r.assert_clean();
}

/// A child saving `rel` `saves` times, without step delays.
fn spawn_child_loop(r: &Repo, rel: &str, saves: usize) -> Child {
    let mut cmd = Command::new(std::env::current_exe().expect("test binary"));
    cmd.args([
        "helper_child_process",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, &r.root)
    .env("ROPA_ATTACK_FILE", rel)
    .env("ROPA_ATTACK_SAVES", saves.to_string())
    .env("GIT_CONFIG_NOSYSTEM", "1")
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    cmd.spawn().expect("spawn child")
}

/// Killed after writing the file, before the branch moved; the user then
/// edits the file ropa half-wrote and removes the stale `index.lock`. The
/// next ropa undoes the save and leaves the user's edit as it is, and says
/// so.
#[test]
fn holds_recovery_keeps_what_the_user_wrote_after_the_crash() {
    let r = Repo::sample();
    let head = r.head();
    let mut child = spawn_child(&r, 500);
    let _stderr = until_step(&mut child, "index");
    std::thread::sleep(Duration::from_millis(30));
    kill(&mut child);
    assert_eq!(r.head(), head, "killed before the branch moved");
    let mine = edited(&r, BARSEL, "status: Draft", "status: InReview");
    r.write(BARSEL, &mine);
    fs::remove_file(r.workdir().join(".git/index.lock")).expect("rm lock");
    let recovered = change::recover(&r.root).expect("recover");
    assert_eq!(
        recovered,
        Some(Recovered::Undone {
            kept: vec![BARSEL.to_string()]
        })
    );
    assert_eq!(r.read(BARSEL).as_deref(), Some(mine.as_str()));
    assert_eq!(r.head(), head);
    assert_eq!(r.status(), format!(" M {BARSEL}\n"));
    assert_eq!(activity(&r, BARSEL).status, Status::InReview);
}

/// Index entries ropa's splicer must copy as they are: a conflict that
/// `git stash pop` left in another file (stages 1–3, while git is in no
/// merge) and an intent-to-add entry (`git add -N`, extended flags, index
/// version 3). A save changes neither; `git fsck` is clean.
#[test]
fn holds_a_stash_pop_conflict_and_an_intent_to_add_entry_stay_as_they_are() {
    let r = Repo::sample();
    r.write(
        STATISTIK,
        &edited(&r, STATISTIK, "status: Draft", "status: InReview"),
    );
    r.git_ok(&["stash", "-q"]);
    r.write(
        STATISTIK,
        &edited(&r, STATISTIK, "status: Draft", "status: Approved"),
    );
    r.git_ok(&["commit", "-qam", "approved"]);
    assert!(!r.git(&["stash", "pop", "-q"]).status.success(), "conflict");
    r.write("noter.txt", "mine\n");
    r.git_ok(&["add", "-N", "noter.txt"]);
    let status = r.status();
    assert_eq!(status, format!("UU {STATISTIK}\n A noter.txt\n"));
    let entries = r.git_ok(&["ls-files", "-s", "--", STATISTIK, "noter.txt"]);
    let s = saved(r.commit(&rename(&r, BARSEL, "Barsel")).expect("saved"));
    assert_eq!(s.written, vec![BARSEL.to_string()]);
    assert_eq!(r.status(), status);
    assert_eq!(
        r.git_ok(&["ls-files", "-s", "--", STATISTIK, "noter.txt"]),
        entries
    );
    assert_eq!(r.committed(BARSEL), r.read(BARSEL));
    assert!(r.git(&["fsck", "--no-progress"]).status.success());
}

/// Killed after the branch moved (before the index is put in place); the
/// user then edits the file (git is blocked by the lock). The next ropa
/// finishes the save, and git sees the user's edit as a change.
#[test]
fn holds_recovery_after_the_branch_moved_shows_what_the_user_wrote_since() {
    let r = Repo::sample();
    let head = r.head();
    let mut child = spawn_child(&r, 500);
    let _stderr = until_step(&mut child, "index-rename");
    std::thread::sleep(Duration::from_millis(30));
    kill(&mut child);
    assert_ne!(r.head(), head, "killed after the branch moved");
    let mine = edited(&r, BARSEL, "status: Draft", "status: InReview");
    r.write(BARSEL, &mine);
    let recovered = change::recover(&r.root).expect("recover");
    assert!(
        matches!(recovered, Some(Recovered::Finished { .. })),
        "{recovered:?}"
    );
    assert_eq!(r.read(BARSEL).as_deref(), Some(mine.as_str()));
    assert_eq!(r.status(), format!(" M {BARSEL}\n"));
    assert_eq!(r.staged(), "");
    assert!(!r.workdir().join(".git/index.lock").exists());
}

/// The cache tree ropa leaves in git's index (invalidated along the paths
/// it changed) is right: after each kind of save — an edit, an
/// organisation's folder moved, a delete, an undo — the user's own
/// `git commit -a` of another folder records exactly that file, and
/// nothing of ropa's change is reverted or repeated.
#[test]
fn holds_gits_next_commit_after_a_save_records_only_its_own_change() {
    let r = Repo::sample();
    let org: Organisation = parse_record(&r.read(DA).expect("file")).expect("parses");
    let mut moved = org.clone();
    moved.id = "dansk".into();
    let mut intents = vec![
        rename(&r, STATISTIK, "Statistik – ændret"),
        Intent::SaveOrganisation {
            org: Some(org.id.clone()),
            original: Some(Box::new(org)),
            record: Box::new(moved),
        },
        Intent::Delete {
            org: "dansk".into(),
            activity: "website".into(),
        },
    ];
    for n in 0..4 {
        if n == 3 {
            intents.push(Intent::Revert {
                commit: oid(&r.git_ok(&["rev-parse", "HEAD~1"])),
            });
        }
        let s = saved(
            r.commit(&intents[n])
                .unwrap_or_else(|e| panic!("save {n}: {e}")),
        );
        let ropa_tree = r.git_ok(&["rev-parse", &format!("{}^{{tree}}", s.commit)]);
        let f = "digst/organisation.ron";
        r.write(f, &(r.read(f).expect("file") + "\n"));
        r.git_ok(&["commit", "-qam", &format!("the user's commit {n}")]);
        assert_eq!(
            r.git_ok(&["diff", "--name-status", "HEAD~1", "HEAD"]),
            format!("M\t{f}\n"),
            "after save {n}"
        );
        assert_eq!(
            r.git_ok(&["diff", "--name-only", ropa_tree.trim(), "HEAD"]),
            format!("{f}\n"),
            "after save {n}"
        );
        r.assert_clean();
    }
}
