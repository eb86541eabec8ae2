//! `ropa sync` beside the `git` program, as a team uses both: a shallow
//! CI-style clone, a colleague's force-push that purges a commit, a remote
//! whose `pre-receive` hook refuses, a remote path that does not exist, and
//! a save or a plain `git commit` racing a sync. Remotes are bare
//! repositories in temporary folders; the binary runs without the user's
//! git configuration.

mod fixture;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use fixture::{git_in, git_ok, isolate, output_text, ropa_cmd, seeded_remote, ssh_signing_key};
use git2::Oid;
use ropa::register::change::{self, Intent, Options, Outcome, baseline};
use ropa::register::format::to_canonical;
use ropa::register::load::{load, parse_record};
use ropa::register::model::Activity;

const TODAY: &str = "2026-01-10";
const STATISTIK: &str = "da/activities/statistik.ron";
const WEBSITE: &str = "da/activities/website.ron";
const BARSEL: &str = "da/activities/da-barsel.ron";

/// A bare remote holding the sample register in `registry/` on `main`.
struct World {
    dir: tempfile::TempDir,
    remote: PathBuf,
}

impl World {
    fn new() -> World {
        isolate();
        let dir = tempfile::tempdir().expect("tempdir");
        let remote = seeded_remote(dir.path());
        World { dir, remote }
    }

    fn url(&self) -> String {
        format!("file://{}", self.remote.display())
    }

    /// A clone (`extra`: more `git clone` options) with its own identity.
    fn clone_with(&self, name: &str, extra: &[&str]) -> Clone {
        let path = self.dir.path().join(name);
        let url = self.url();
        let mut args = vec!["clone", "-q"];
        args.extend_from_slice(extra);
        args.extend([url.as_str(), name]);
        git_ok(self.dir.path(), &args);
        git_ok(&path, &["config", "user.name", name]);
        git_ok(
            &path,
            &["config", "user.email", &format!("{name}@example.org")],
        );
        Clone {
            root: path.join("registry"),
            path,
        }
    }

    fn clone(&self, name: &str) -> Clone {
        self.clone_with(name, &[])
    }

    fn remote_head(&self) -> String {
        git_ok(&self.remote, &["rev-parse", "main"])
            .trim()
            .to_string()
    }

    /// Subjects of the remote's `main`, newest first.
    fn remote_log(&self) -> Vec<String> {
        git_ok(&self.remote, &["log", "--format=%s", "main"])
            .lines()
            .map(str::to_string)
            .collect()
    }
}

struct Clone {
    path: PathBuf,
    root: PathBuf,
}

impl Clone {
    fn git(&self, args: &[&str]) -> String {
        git_ok(&self.path, args)
    }

    fn head(&self) -> String {
        self.git(&["rev-parse", "HEAD"]).trim().to_string()
    }

    fn subjects(&self) -> Vec<String> {
        self.git(&["log", "--format=%s"])
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Saves a new description of the activity `rel` through ropa's
    /// transaction: one commit, returned.
    fn save(&self, rel: &str, description: &str, message: &str) -> Oid {
        let mut a: Activity =
            parse_record(&std::fs::read_to_string(self.root.join(rel)).expect("read"))
                .expect("parse");
        a.description = Some(description.to_string());
        let intent = Intent::Files {
            writes: vec![(
                rel.to_string(),
                to_canonical(&a).expect("canonical").into_bytes(),
            )],
            removes: vec![],
            message: message.to_string(),
        };
        let b = baseline(&self.root, rel).expect("baseline");
        let loaded = load(&self.root).expect("load");
        match change::commit(
            &self.root,
            &loaded.register,
            &intent,
            &[b],
            &Options::default(),
        )
        .expect("saved")
        {
            Outcome::Saved(s) => s.commit,
            _ => panic!("expected a commit"),
        }
    }

    /// Changes a file outside the register and commits it with git.
    fn commit_readme(&self, text: &str, message: &str) {
        std::fs::write(self.path.join("README.md"), text).expect("write");
        self.git(&["commit", "-qam", message]);
    }

    /// git's index and work tree agree with HEAD, nothing staged.
    fn assert_consistent(&self, context: &str) {
        assert_eq!(
            self.git(&["status", "--porcelain"]),
            "",
            "{context}: git status"
        );
        assert_eq!(
            self.git(&["diff", "--cached", "--name-only"]),
            "",
            "{context}: staged"
        );
    }

    /// `git fsck --strict` passes and `git log` walks the whole history.
    fn assert_valid(&self) {
        let fsck = git_in(&self.path, &["fsck", "--strict"]);
        assert!(
            fsck.status.success(),
            "git fsck: {}{}",
            String::from_utf8_lossy(&fsck.stdout),
            String::from_utf8_lossy(&fsck.stderr)
        );
        let log = git_in(&self.path, &["log", "--oneline"]);
        assert!(
            log.status.success(),
            "git log: {}",
            String::from_utf8_lossy(&log.stderr)
        );
    }
}

/// `ropa sync ROOT`.
fn sync(c: &Clone) -> Output {
    ropa_cmd(&["sync", c.root.to_str().expect("utf-8"), "--today", TODAY])
        .output()
        .expect("run ropa")
}

fn sync_ok(c: &Clone) -> String {
    let out = sync(c);
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
    output_text(&out)
}

#[test]
fn a_shallow_clone_syncs_and_stays_valid() {
    let w = World::new();
    let ci = w.clone_with("ci", &["--depth", "1"]);
    assert!(ci.path.join(".git/shallow").exists());
    let other = w.clone("other");
    other.commit_readme("Skrevet af en kollega\n", "README: kollega");
    other.git(&["push", "-q"]);

    // A fast-forward.
    let out = sync_ok(&ci);
    assert!(out.contains("fast-forward"), "{out}");
    assert!(ci.path.join(".git/shallow").exists(), "shallow file kept");
    ci.assert_valid();
    assert_eq!(ci.head(), w.remote_head());
    ci.assert_consistent("after the fast-forward");

    // A local save and a remote that moved: a replay.
    ci.save(
        STATISTIK,
        "Tal om medlemmer – æøå",
        "DA: Statistik: description",
    );
    other.commit_readme("Igen\n", "README: igen");
    other.git(&["push", "-q"]);
    let out = sync_ok(&ci);
    assert!(out.contains("Put 1 local commit on top"), "{out}");
    assert!(ci.path.join(".git/shallow").exists(), "shallow file kept");
    ci.assert_valid();
    ci.assert_consistent("after the replay");
    assert_eq!(ci.head(), w.remote_head());
    assert_eq!(
        &w.remote_log()[..3],
        [
            "DA: Statistik: description",
            "README: igen",
            "README: kollega"
        ]
    );
    // The shallow boundary is where it was: the clone still has one commit
    // before the ones it fetched and made.
    assert_eq!(ci.subjects().len(), 4, "{:?}", ci.subjects());
}

/// A pulls X (personal data by mistake); the colleague force-pushes the
/// remote back to X^. `own`: A saves after X.
fn purge(own: bool) {
    let w = World::new();
    let a = w.clone("a");
    let colleague = w.clone("colleague");
    colleague.save(
        WEBSITE,
        "Kontakt: Jens Hansen, Æblevej 3, tlf. privat",
        "DA: Website: description",
    );
    colleague.git(&["push", "-q"]);
    sync_ok(&a); // A has X now.
    assert_eq!(a.subjects()[0], "DA: Website: description");
    colleague.git(&["reset", "-q", "--hard", "HEAD^"]);
    colleague.git(&["push", "-q", "--force"]);
    let purged = w.remote_head();

    if own {
        a.save(STATISTIK, "Åbne tal for året", "DA: Statistik: description");
    }
    let out = sync_ok(&a);
    assert!(out.contains("Dropped 1 commit"), "{out}");
    assert!(out.contains("DA: Website: description"), "{out}");
    // X is gone from A's branch, work tree and the remote.
    assert!(
        !a.subjects().iter().any(|s| s == "DA: Website: description"),
        "{:?}",
        a.subjects()
    );
    assert!(
        !w.remote_log()
            .iter()
            .any(|s| s == "DA: Website: description")
    );
    let website = std::fs::read_to_string(a.root.join(WEBSITE)).expect("read");
    assert!(!website.contains("Jens Hansen"), "{website}");
    a.assert_consistent("after dropping");
    a.assert_valid();
    if own {
        assert!(out.contains("Put 1 local commit on top"), "{out}");
        assert_eq!(w.remote_log()[0], "DA: Statistik: description");
        assert_eq!(
            a.git(&["rev-parse", "HEAD^"]).trim(),
            purged,
            "replayed on the new remote tip"
        );
        assert!(
            std::fs::read_to_string(a.root.join(STATISTIK))
                .expect("read")
                .contains("Åbne tal for året")
        );
    } else {
        assert!(out.contains("Nothing to push"), "{out}");
        assert_eq!(a.head(), purged, "the branch is the remote's tip");
        assert_eq!(w.remote_head(), purged, "nothing pushed");
    }
    assert_eq!(a.head(), w.remote_head());
    // A second sync has nothing to do.
    let again = sync_ok(&a);
    assert!(again.contains("up to date"), "{again}");
}

#[test]
fn a_commit_the_remote_purged_stays_dropped_and_own_saves_are_replayed() {
    purge(true);
}

#[test]
fn a_commit_the_remote_purged_stays_dropped_without_own_saves() {
    purge(false);
}

#[test]
fn a_refusing_pre_receive_hook_is_shown_in_its_own_words() {
    let w = World::new();
    let a = w.clone("a");
    let hook = w.remote.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        "#!/bin/sh\necho 'Persondata må ikke pushes: brug pseudonymer' >&2\nexit 1\n",
    )
    .expect("hook");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let before = w.remote_head();
    let saved = a.save(STATISTIK, "Tal – æøå", "DA: Statistik: description");
    let out = sync(&a);
    let said = output_text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("remote: Persondata må ikke pushes: brug pseudonymer"),
        "{said}"
    );
    assert!(said.contains("pre-receive hook declined"), "{said}");
    assert!(!said.contains("pushed in the meantime"), "{said}");
    assert!(
        said.contains(&format!("ropa sync {}", a.root.display())),
        "{said}"
    );
    // Nothing lost, nothing pushed.
    assert_eq!(w.remote_head(), before);
    assert_eq!(a.head(), saved.to_string());
    a.assert_consistent("after the refusal");
}

#[test]
fn a_missing_local_remote_is_no_such_path() {
    let w = World::new();
    let a = w.clone("a");
    let gone = w.dir.path().join("flyttet.git");
    for url in [
        gone.display().to_string(),
        format!("file://{}", gone.display()),
    ] {
        a.git(&["remote", "set-url", "origin", &url]);
        let out = sync(&a);
        let said = output_text(&out);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains("no such path"), "{said}");
        assert!(said.contains(&gone.display().to_string()), "{said}");
        assert!(!said.contains("unsupported"), "{said}");
    }
}

#[test]
fn advice_names_the_register_it_applies_to() {
    let w = World::new();
    let a = w.clone("a");
    std::fs::write(a.root.join(STATISTIK), "rettet i hånden\n").expect("write");
    let out = sync(&a);
    let said = output_text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains(&format!("then run `ropa sync {}` again", a.root.display())),
        "{said}"
    );
}

/// Starts `ropa sync` pausing `delay` after validating, before moving the
/// branch; returns once it reached the pause.
fn sync_paused(c: &Clone, delay: Duration) -> (Child, BufReader<std::process::ChildStderr>) {
    let mut child = ropa_cmd(&["sync", c.root.to_str().expect("utf-8"), "--today", TODAY])
        .env("ROPA_TEST_SYNC_DELAY_US", delay.as_micros().to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ropa");
    let Some(stderr) = child.stderr.take() else {
        let _ = child.wait();
        panic!("no stderr");
    };
    let mut err = BufReader::new(stderr);
    let mut line = String::new();
    loop {
        line.clear();
        let n = err.read_line(&mut line).unwrap_or(0);
        if n == 0 {
            let status = child.wait();
            panic!("ropa sync ended before validating: {status:?}");
        }
        if line.starts_with("ropa-step sync-validated") {
            return (child, err);
        }
    }
}

fn finish(mut child: Child, mut err: BufReader<std::process::ChildStderr>) -> (i32, String) {
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).expect("read");
    let status = child.wait().expect("wait");
    (status.code().unwrap_or(-1), rest)
}

/// Each round: a colleague pushes, the user has a save of their own (so
/// the sync replays and moves the branch), and another writer acts while
/// the sync sits between validation and the move — at one of three
/// moments. Afterwards HEAD, index and work tree agree and no commit is
/// lost; a plain sync then brings the remote to the user's branch.
const ROUNDS: usize = 24;
const PAUSE: Duration = Duration::from_millis(60);

/// The start of a racing round: the colleague pushes a README change and
/// `a` saves one of its own (returned: its message), so the sync replays.
fn round_start(colleague: &Clone, a: &Clone, round: usize) -> String {
    colleague.git(&["pull", "-q", "--rebase"]);
    colleague.commit_readme(&format!("runde {round}\n"), &format!("README {round}"));
    colleague.git(&["push", "-q"]);
    let own = format!("Statistik {round}: egen ændring");
    a.save(STATISTIK, &own, &own);
    own
}

#[test]
fn a_save_racing_a_sync_never_loses_a_commit_or_leaves_the_tree_disagreeing() {
    let w = World::new();
    let a = w.clone("a");
    let colleague = w.clone("colleague");
    for round in 0..ROUNDS {
        let own = round_start(&colleague, &a, round);

        let (child, err) = sync_paused(&a, PAUSE);
        // At the pause, half-way, or after the move.
        std::thread::sleep(PAUSE * (round % 3) as u32 / 2);
        let racing = format!("Website {round}: gemt under sync");
        // Waits for the sync's lock; built on the files as they are now.
        a.save(WEBSITE, &racing, &racing);
        let (code, said) = finish(child, err);
        assert_eq!(code, 0, "round {round}: {said}");
        a.assert_consistent(&format!("round {round}"));
        let subjects = a.subjects();
        for s in [&own, &racing, &format!("README {round}")] {
            assert!(
                subjects.contains(s),
                "round {round}: {s} lost: {subjects:?}"
            );
        }
        let website = std::fs::read_to_string(a.root.join(WEBSITE)).expect("read");
        assert!(website.contains(&racing), "round {round}");
        sync_ok(&a);
        assert_eq!(a.head(), w.remote_head(), "round {round}");
    }
}

#[test]
fn a_git_commit_racing_a_sync_is_never_lost_or_reverted() {
    let w = World::new();
    let a = w.clone("a");
    let colleague = w.clone("colleague");
    let mut moved = 0;
    for round in 0..ROUNDS {
        let own = round_start(&colleague, &a, round);

        let (child, err) = sync_paused(&a, PAUSE);
        std::thread::sleep(PAUSE * (round % 3) as u32 / 2);
        // A plain `git commit` of another register file, made while the
        // sync validates (or moves: git then finds its index lock taken,
        // and the user commits again).
        let mut barsel: Activity =
            parse_record(&std::fs::read_to_string(a.root.join(BARSEL)).expect("read"))
                .expect("parse");
        let committed = format!("Barsel {round}: med git");
        barsel.description = Some(committed.clone());
        std::fs::write(
            a.root.join(BARSEL),
            to_canonical(&barsel).expect("canonical"),
        )
        .expect("write");
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut attempts = Vec::new();
        loop {
            let out = git_in(&a.path, &["commit", "-qam", &committed]);
            if out.status.success() {
                break;
            }
            let why = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            // git reports a failed attempt after it has made the commit
            // when a lock it takes last is held: the commit is there.
            if why.contains("nothing to commit") && a.subjects().first() == Some(&committed) {
                break;
            }
            attempts.push(why);
            // Retried: the sync held git's index lock, or moved the branch
            // after git read HEAD (git's own compare-and-swap refused:
            // "cannot lock ref 'HEAD': is at … but expected …").
            assert!(
                attempts
                    .last()
                    .is_some_and(|w| w.contains(".lock") || w.contains("cannot lock ref"))
                    && Instant::now() < deadline,
                "round {round}: git commit, attempts:\n{}\n--- log:\n{}\n--- reflog:\n{}\n\
                 --- status:\n{}\n--- diff HEAD:\n{}",
                attempts.join("\n---\n"),
                a.git(&["log", "--format=%h %s", "-6"]),
                a.git(&["reflog", "-8"]),
                a.git(&["status", "--porcelain"]),
                a.git(&["diff", "HEAD", "--stat"]),
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        let (code, said) = finish(child, err);
        match code {
            0 => {}
            1 => {
                assert!(said.contains("your branch moved while syncing"), "{said}");
                assert!(
                    said.contains(&format!("ropa sync {}", a.root.display())),
                    "{said}"
                );
                moved += 1;
            }
            _ => panic!("round {round}: exit {code}: {said}"),
        }
        a.assert_consistent(&format!("round {round}"));
        let subjects = a.subjects();
        assert_eq!(subjects[0], committed, "round {round}: {subjects:?}");
        assert!(subjects.contains(&own), "round {round}: {subjects:?}");
        let text = std::fs::read_to_string(a.root.join(BARSEL)).expect("read");
        assert!(text.contains(&committed), "round {round}: reverted");
        sync_ok(&a);
        a.assert_consistent(&format!("round {round}, synced"));
        assert_eq!(a.head(), w.remote_head(), "round {round}");
        let remote = w.remote_log();
        for s in [&own, &committed, &format!("README {round}")] {
            assert!(remote.contains(s), "round {round}: {s} not pushed");
        }
    }
    // The commit landed during the pause in the first of every three
    // rounds at least, so the move's compare-and-swap was exercised.
    assert!(moved >= ROUNDS / 3, "branch moved in {moved} rounds");
}

/// `commit.gpgsign` with an ssh key made here, as `a` would have it.
fn sign_with_ssh(c: &Clone, keys: &Path) {
    let (key, allowed) = ssh_signing_key(keys, "a@example.org");
    c.git(&["config", "commit.gpgsign", "true"]);
    c.git(&["config", "gpg.format", "ssh"]);
    c.git(&["config", "user.signingkey", key.to_str().expect("utf-8")]);
    c.git(&[
        "config",
        "gpg.ssh.allowedSignersFile",
        allowed.to_str().expect("utf-8"),
    ]);
}

/// A colleague pushed while `a` saved: the sync replays `a`'s save.
fn diverged(w: &World) -> Clone {
    let a = w.clone("a");
    let colleague = w.clone("colleague");
    colleague.save(
        STATISTIK,
        "Kollegaens ændring",
        "DA: Statistik: description",
    );
    colleague.git(&["push", "-q"]);
    a
}

#[test]
fn replayed_commits_are_signed_when_the_repository_signs_its_commits() {
    let w = World::new();
    let a = diverged(&w);
    let keys = tempfile::tempdir().expect("tempdir");
    sign_with_ssh(&a, keys.path());
    a.save(
        WEBSITE,
        "Åbningstider på hjemmesiden",
        "DA: Website: description",
    );
    let out = sync_ok(&a);
    assert!(out.contains("Put 1 local commit on top"), "{out}");
    let verify = git_in(&a.path, &["verify-commit", "HEAD"]);
    assert!(
        verify.status.success(),
        "the replayed commit is signed: {}",
        String::from_utf8_lossy(&verify.stderr)
    );
    assert_eq!(w.remote_head(), a.head());
    a.assert_consistent("after a signed replay");
}

#[test]
fn a_replay_that_cannot_be_signed_stops_before_anything_moves() {
    let w = World::new();
    let a = diverged(&w);
    a.save(
        WEBSITE,
        "Åbningstider på hjemmesiden",
        "DA: Website: description",
    );
    a.git(&["config", "commit.gpgsign", "true"]);
    a.git(&["config", "gpg.format", "ssh"]);
    a.git(&["config", "user.signingkey", "/nonexistent/id_ed25519"]);
    let before = a.head();
    let remote = w.remote_head();
    let out = sync(&a);
    assert_eq!(out.status.code(), Some(2), "{}", output_text(&out));
    assert!(
        output_text(&out).contains("cannot make your replayed commit"),
        "{}",
        output_text(&out)
    );
    assert_eq!(a.head(), before, "the branch did not move");
    assert_eq!(w.remote_head(), remote, "nothing was pushed");
    a.assert_consistent("after a refused replay");
}

#[test]
fn ropa_log_works_in_a_shallow_clone_and_says_it_is_one() {
    let w = World::new();
    let c = w.clone_with("ci", &["--depth", "1"]);
    c.save(
        WEBSITE,
        "Åbningstider på hjemmesiden",
        "DA: Website: description",
    );
    let out = ropa_cmd(&["log", c.root.to_str().expect("utf-8")])
        .output()
        .expect("run ropa");
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
    let shown = output_text(&out);
    assert!(shown.contains("DA: Website: description"), "{shown}");
    assert!(shown.contains("shallow clone"), "{shown}");
    // The commit the clone is cut at is not shown as creating the register.
    assert!(!shown.contains("first commit"), "{shown}");
    let one = ropa_cmd(&["log", c.root.to_str().expect("utf-8"), "da/website"])
        .output()
        .expect("run ropa");
    assert_eq!(one.status.code(), Some(0), "{}", output_text(&one));
}
