//! The transaction under attack: another program holding git's index lock
//! (as editors do when they run `git status`), and the process killed by
//! SIGKILL inside every step of a save and at random moments. Afterwards
//! git's index and work tree always agree with HEAD — at once where git
//! could otherwise record something (`git commit` is blocked by the lock
//! the killed save held), and in full once the next ropa has run.

mod fixture;

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use fixture::{Repo, isolate};
use ropa::register::change::{self, Intent, Options, Outcome, Refusal};
use ropa::register::load::{load, parse_record};
use ropa::register::model::Activity;

const BARSEL: &str = "da/activities/da-barsel.ron";
const CHILD: &str = "ROPA_TXN_CHILD";

/// The steps of a transaction, as `ROPA_TEST_STEP_DELAY_US` names them.
const STEPS: &[&str] = &[
    "journal",
    "index-lock",
    "check",
    "files",
    "file-written",
    "index",
    "hooks",
    "branch",
    "index-rename",
    "cleanup",
];

/// Kills inside each step (×10 steps).
const KILLS_PER_STEP: usize = 6;
/// Kills at random moments of a loop of saves.
const RANDOM_KILLS: usize = 150;
/// Saves attempted while other programs hold the index lock.
const LOCK_HOLDER_SAVES: usize = 120;

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// One save: DA Barsel's name set to `name`; every third one also a new
/// activity with a recipient created on the spot (two files).
fn save_once(root: &Path, n: u64) -> Result<Outcome, Refusal> {
    let loaded = load(root).expect("load");
    let text = std::fs::read_to_string(root.join(BARSEL)).expect("read");
    let old: Activity = parse_record(&text).expect("parse");
    let intent = if n % 3 == 2 {
        let mut a = old.clone();
        a.id = format!("kopi-{n}");
        a.name = format!("Kopi {n}");
        a.recipients = vec![
            serde_json::from_value(serde_json::json!({ "recipient": format!("modtager-{n}") }))
                .expect("use"),
        ];
        Intent::SaveActivity {
            org: "da".into(),
            activity: None,
            original: None,
            record: Box::new(a),
            new_recipients: vec![format!("modtager-{n}")],
        }
    } else {
        let mut a = old.clone();
        a.name = format!("DA Barsel {n} – ændret");
        Intent::SaveActivity {
            org: "da".into(),
            activity: Some(old.id.clone()),
            original: Some(Box::new(old)),
            record: Box::new(a),
            new_recipients: vec![],
        }
    };
    change::commit(root, &loaded.register, &intent, &[], &Options::default())
}

/// Not a test of its own: in a child started by another test (with
/// `ROPA_TXN_CHILD=<register>`) it saves in a loop until killed, printing
/// `saved N` after each save; otherwise it returns at once.
#[test]
fn helper_child_process() {
    let Ok(root) = std::env::var(CHILD) else {
        return;
    };
    isolate();
    let root = Path::new(&root);
    let start: u64 = std::env::var("ROPA_TXN_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    println!("ready");
    for n in start.. {
        match save_once(root, n) {
            Ok(_) => println!("saved {n}"),
            Err(e) => {
                println!("error: {e}");
                std::process::exit(3);
            }
        }
    }
}

fn spawn_child(root: &Path, start: u64, step_delay_us: u64) -> Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "helper_child_process",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, root)
        .env("ROPA_TXN_START", start.to_string())
        .env("ROPA_TEST_STEP_DELAY_US", step_delay_us.to_string())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child")
}

fn kill(child: &mut Child, rest: impl Iterator<Item = String>) -> Vec<String> {
    let status = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let status = child.wait().expect("wait");
    let rest: Vec<String> = rest.collect();
    assert_eq!(status.signal(), Some(9), "{status:?}: {rest:?}");
    rest
}

/// What must hold right after a kill, before any ropa runs again: wherever
/// the work tree or index differ from HEAD, git's `index.lock` is held (so
/// `git commit` cannot record the difference) and a journal says how to
/// finish.
fn assert_safe_before_recovery(r: &Repo, what: &str) {
    let status = r.status();
    let gitdir = r.workdir().join(".git");
    let differs = status
        .lines()
        .any(|l| !l.starts_with("??") || l.contains("da/activities/"));
    if differs {
        assert!(
            gitdir.join("index.lock").exists(),
            "{what}: the work tree or index differs from HEAD without git's lock held:\n{status}"
        );
        assert!(
            gitdir.join("ropa-transaction.json").exists(),
            "{what}: differs from HEAD without a journal:\n{status}"
        );
        let commit = r.git(&["commit", "-qam", "would record the difference"]);
        assert!(!commit.status.success(), "{what}: git commit ran");
    }
}

/// What must hold once ropa has run again: index, work tree and HEAD
/// agree, nothing of the transaction is left, and the file is HEAD's;
/// with `full`, also git's fsck and a full validation of HEAD.
fn assert_consistent_after_recovery(r: &Repo, what: &str, full: bool) {
    change::recover(&r.root).expect("recover");
    r.assert_clean();
    let gitdir = r.workdir().join(".git");
    for e in std::fs::read_dir(&gitdir).expect("ls .git").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.starts_with("ropa-index") && !name.starts_with("ropa-transaction"),
            "{what}: {name} left in .git"
        );
    }
    assert!(
        !gitdir.join("index.lock").exists(),
        "{what}: index.lock left"
    );
    assert_eq!(r.read(BARSEL), r.committed(BARSEL), "{what}");
    if !full {
        return;
    }
    let fsck = r.git(&["fsck", "--no-progress"]);
    assert!(fsck.status.success(), "{what}: {fsck:?}");
    // The register in HEAD has no error the sample did not have.
    assert_eq!(r.head_errors(), fixture::errors_of(&r.root), "{what}");
}

#[test]
fn killed_inside_every_step_the_save_is_finished_or_undone() {
    let r = Repo::sample();
    let sample_errors = r.head_errors();
    let mut n = 0;
    let mut outcomes = std::collections::BTreeMap::new();
    for step in STEPS {
        for round in 0..KILLS_PER_STEP {
            let head = r.head();
            let mut child = spawn_child(&r.root, n, 40_000);
            let mut stderr = BufReader::new(child.stderr.take().expect("stderr")).lines();
            let want = format!("ropa-step {step}");
            let mut seen = false;
            for line in stderr.by_ref() {
                if line.expect("line").ends_with(&want) {
                    seen = true;
                    break;
                }
            }
            assert!(seen, "the child never reached {step}");
            // The child sleeps 40 ms after naming the step: the kill lands
            // inside it.
            std::thread::sleep(Duration::from_millis(10));
            kill(&mut child, stderr.map_while(Result::ok));
            let what = format!("killed in {step}, round {round}");
            assert_safe_before_recovery(&r, &what);
            let recovered = change::recover(&r.root).expect("recover");
            let moved = r.head() != head;
            *outcomes.entry((step.to_string(), moved)).or_insert(0usize) += 1;
            assert_consistent_after_recovery(&r, &what, round == 0);
            // Kills before the branch moves undo; after it, finish.
            let late = ["index-rename", "cleanup"].contains(step);
            assert_eq!(moved, late, "{what}: {recovered:?}");
            n += 3;
        }
    }
    assert_eq!(r.head_errors(), sample_errors);
    eprintln!("kills per step and outcome (moved?): {outcomes:?}");
}

#[test]
fn killed_at_random_moments_nothing_is_lost_or_left_half_done() {
    let r = Repo::sample();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut saved_total = 0;
    let mut n = 0;
    for round in 0..RANDOM_KILLS {
        let mut child = spawn_child(&r.root, n, rng.below(400));
        let mut out = BufReader::new(child.stdout.take().expect("stdout")).lines();
        for line in out.by_ref() {
            let line = line.expect("line");
            assert!(!line.contains("error:"), "child: {line}");
            if line.ends_with("ready") {
                break;
            }
        }
        std::thread::sleep(Duration::from_micros(rng.below(400_000)));
        let saved = kill(&mut child, out.map_while(Result::ok))
            .iter()
            .filter(|l| l.starts_with("saved"))
            .count();
        saved_total += saved;
        let what = format!("random kill {round}");
        assert_safe_before_recovery(&r, &what);
        assert_consistent_after_recovery(&r, &what, round % 25 == 0);
        n += 100;
    }
    eprintln!("{RANDOM_KILLS} kills; {saved_total} saves completed between them");
    assert!(saved_total > 0);
}

#[test]
fn a_program_holding_the_index_lock_for_moments_delays_saves_but_never_breaks_them() {
    let r = Repo::sample();
    let stop = Arc::new(AtomicBool::new(false));
    // A real `git status` in a loop (it refreshes and rewrites the index
    // under the lock), and a holder that keeps index.lock for 1–40 ms.
    let gitdir = r.workdir().join(".git");
    let status_loop = {
        let stop = stop.clone();
        let dir = r.workdir().to_path_buf();
        std::thread::spawn(move || {
            let mut runs = 0;
            while !stop.load(Ordering::Relaxed) {
                let _ = fixture::git_in(&dir, &["status", "--porcelain"]);
                runs += 1;
            }
            runs
        })
    };
    let holder = {
        let stop = stop.clone();
        let lock = gitdir.join("index.lock");
        std::thread::spawn(move || {
            let mut rng = Rng(77);
            let mut held = 0;
            while !stop.load(Ordering::Relaxed) {
                if std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&lock)
                    .is_ok()
                {
                    held += 1;
                    std::thread::sleep(Duration::from_millis(1 + rng.below(40)));
                    let _ = std::fs::remove_file(&lock);
                }
                std::thread::sleep(Duration::from_millis(rng.below(20)));
            }
            held
        })
    };
    let mut landed = 0;
    for n in 0..LOCK_HOLDER_SAVES as u64 {
        let head = r.head();
        let before = r.read(BARSEL);
        match save_once(&r.root, n) {
            Ok(Outcome::Saved(s)) => {
                landed += 1;
                assert_eq!(r.head(), s.commit.to_string());
                assert_eq!(r.read(BARSEL), r.committed(BARSEL), "save {n}");
            }
            Ok(Outcome::NoChange | Outcome::Restored { .. }) => panic!("save {n} changed nothing"),
            Err(Refusal::GitLocked(_)) => {
                assert_eq!(r.head(), head, "save {n}");
                assert_eq!(r.read(BARSEL), before, "save {n}");
            }
            Err(e) => panic!("save {n}: {e}"),
        }
    }
    stop.store(true, Ordering::Relaxed);
    let runs = status_loop.join().expect("status loop");
    let held = holder.join().expect("holder");
    eprintln!(
        "{landed}/{LOCK_HOLDER_SAVES} saves landed while git status ran {runs} times and the \
         index lock was taken {held} times"
    );
    assert!(runs > 10 && held > 10);
    assert_eq!(
        landed, LOCK_HOLDER_SAVES,
        "a brief holder only delays a save"
    );
    r.assert_clean();
    assert_eq!(r.head_errors(), fixture::errors_of(&r.root));
}

#[test]
fn a_lock_held_for_longer_than_ropa_waits_refuses_the_save_and_changes_nothing() {
    let r = Repo::sample();
    let lock = r.workdir().join(".git/index.lock");
    std::fs::write(&lock, b"someone else's").expect("lock");
    let head = r.head();
    let before = r.read(BARSEL);
    let index = std::fs::read(r.workdir().join(".git/index")).expect("index");
    let start = Instant::now();
    let err = save_once(&r.root, 0).expect_err("refused");
    assert!(matches!(err, Refusal::GitLocked(_)), "{err}");
    assert!(start.elapsed() >= Duration::from_secs(2), "it waited");
    assert!(err.to_string().contains("index.lock"), "{err}");
    assert_eq!(r.head(), head);
    assert_eq!(r.read(BARSEL), before);
    assert_eq!(
        std::fs::read(&lock).expect("lock"),
        b"someone else's",
        "not ours to touch"
    );
    assert_eq!(
        std::fs::read(r.workdir().join(".git/index")).expect("index"),
        index
    );
    std::fs::remove_file(&lock).expect("unlock");
    r.assert_clean();
    save_once(&r.root, 1).expect("saved once the lock is gone");
    r.assert_clean();
}

#[test]
fn the_next_ropa_command_finishes_or_undoes_a_killed_save_and_says_so() {
    for (step, word) in [("files", "undone"), ("index-rename", "finished")] {
        let r = Repo::sample();
        let mut child = spawn_child(&r.root, 0, 40_000);
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let want = format!("ropa-step {step}");
        assert!(
            stderr.by_ref().any(|l| l.is_ok_and(|l| l.ends_with(&want))),
            "never reached {step}"
        );
        std::thread::sleep(Duration::from_millis(10));
        kill(&mut child, stderr.map_while(Result::ok));
        assert!(r.workdir().join(".git/index.lock").exists());
        let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
            .arg("validate")
            .arg(&r.root)
            .env("ROPA_DATA_DIR", r.workdir().join(".no-data"))
            .env("ROPA_CONFIG_DIR", r.workdir().join(".no-config"))
            .env_remove("ROPA_REGISTRY")
            .output()
            .expect("ropa validate");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("an interrupted save was {word}")),
            "{step}: {err}"
        );
        r.assert_clean();
        assert!(!r.workdir().join(".git/index.lock").exists());
    }
}
