//! Attacks on "ropa's commits and syncs are ones git itself would have
//! made": each test sets up what a team really has (a hook as people write
//! them, a sync run from inside another git command) and checks that ropa
//! does what `git commit` / `git pull --rebase` + `git push` do there.

mod fixture;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use fixture::{
    Repo, activity, git_in, git_ok, isolate, output_text, ropa_cmd, save_activity, saved,
    seeded_remote,
};
use ropa::register::change::{Intent, Refusal};

const BARSEL: &str = "da/activities/da-barsel.ron";
const STATISTIK: &str = "registry/da/activities/statistik.ron";
const TODAY: &str = "2026-01-10";

/// DA Barsel saved under a new name.
fn rename(r: &Repo, name: &str) -> Intent {
    let old = activity(r, BARSEL);
    let mut new = old.clone();
    new.name = name.to_string();
    save_activity("da", Some(&old), new)
}

/// A bare remote holding the sample register in `registry/` on `main`
/// (serving partial clones), with a colleague's clone that has pushed one
/// change to the register on top.
struct World {
    dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        isolate();
        let dir = tempfile::tempdir().expect("tempdir");
        let remote = seeded_remote(dir.path());
        git_ok(&remote, &["config", "uploadpack.allowFilter", "true"]);
        git_ok(
            &remote,
            &["config", "uploadpack.allowAnySHA1InWant", "true"],
        );
        World { dir }
    }

    fn remote(&self) -> PathBuf {
        self.dir.path().join("remote.git")
    }

    fn remote_head(&self) -> String {
        git_ok(&self.remote(), &["rev-parse", "main"])
            .trim()
            .to_string()
    }

    /// A clone named `name` (`extra`: more `git clone` options).
    fn clone_with(&self, name: &str, extra: &[&str]) -> PathBuf {
        let url = format!("file://{}", self.remote().display());
        let mut args = vec!["clone", "-q"];
        args.extend_from_slice(extra);
        args.extend([url.as_str(), name]);
        git_ok(self.dir.path(), &args);
        let path = self.dir.path().join(name);
        git_ok(&path, &["config", "user.name", name]);
        git_ok(
            &path,
            &["config", "user.email", &format!("{name}@example.org")],
        );
        path
    }

    /// A colleague changes a record of the register with git and pushes.
    fn colleague_pushes(&self, description: &str) {
        let path = self.dir.path().join("colleague");
        if !path.exists() {
            self.clone_with("colleague", &[]);
        }
        git_ok(&path, &["pull", "-q", "--rebase"]);
        let file = path.join(STATISTIK);
        let text = fs::read_to_string(&file).expect("read");
        let changed = text.replacen(
            "description: Some(\"",
            &format!("description: Some(\"{description} "),
            1,
        );
        assert_ne!(text, changed, "the record has a description");
        fs::write(&file, changed).expect("write");
        git_ok(&path, &["commit", "-qam", "DA: Statistik: description"]);
        git_ok(&path, &["push", "-q"]);
    }
}

fn sync_cmd(clone: &Path) -> Command {
    let root = clone.join("registry");
    ropa_cmd(&["sync", root.to_str().expect("utf-8"), "--today", TODAY])
}

// --- sync ------------------------------------------------------------------

/// `git clone --filter=blob:none` (a partial clone): git fetches the blobs
/// it needs on demand, so `git pull --rebase` just works. A colleague's
/// change arrives as commits and trees whose blobs are not here yet.
#[test]
fn a_partial_clone_syncs_as_git_pull_would() {
    let w = World::new();
    let me = w.clone_with("me", &["--filter=blob:none"]);
    assert_eq!(
        git_ok(&me, &["config", "remote.origin.promisor"]).trim(),
        "true",
        "a partial clone"
    );
    w.colleague_pushes("Ændret af kollegaen: årlig opgørelse.");

    let out = sync_cmd(&me).output().expect("run ropa");
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
    assert_eq!(git_ok(&me, &["rev-parse", "HEAD"]).trim(), w.remote_head());
    assert_eq!(git_ok(&me, &["status", "--porcelain"]), "");
    assert!(
        fs::read_to_string(me.join(STATISTIK))
            .expect("read")
            .contains("Ændret af kollegaen"),
        "the colleague's change is in the work tree"
    );

    // A commit of mine and one more of the colleague's: a replay.
    fs::write(me.join("README.md"), "Læs mig\n").expect("write");
    git_ok(&me, &["commit", "-qam", "README: læs mig"]);
    w.colleague_pushes("Igen ændret.");
    let out = sync_cmd(&me).output().expect("run ropa");
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
    assert_eq!(git_ok(&me, &["rev-parse", "HEAD"]).trim(), w.remote_head());
    assert_eq!(git_ok(&me, &["status", "--porcelain"]), "");
    let fsck = git_in(&me, &["fsck", "--connectivity-only"]);
    assert!(fsck.status.success(), "{}", output_text(&fsck));
}

/// `ropa sync` run from inside another git command (a hook of another
/// repository, `git rebase --exec`, a worktree's hook, which git gives
/// `GIT_DIR`): the `git` it runs must work on the register's repository,
/// not on the one the environment names. Here the other repository has an
/// `origin` too, whose tracking branch must not be touched.
#[test]
fn sync_works_on_the_registers_repository_whatever_git_dir_says() {
    let w = World::new();
    let me = w.clone_with("me", &[]);
    w.colleague_pushes("Ændret af kollegaen.");

    let other = w.dir.path().join("other");
    git_ok(w.dir.path(), &["init", "-q", "-b", "main", "other"]);
    git_ok(
        &other,
        &[
            "-c",
            "user.name=O",
            "-c",
            "user.email=o@example.org",
            "commit",
            "-q",
            "--allow-empty",
            "-m",
            "other",
        ],
    );
    git_ok(
        &other,
        &["remote", "add", "origin", "/nonexistent/elsewhere.git"],
    );
    let refs_before = git_ok(&other, &["for-each-ref"]);

    let out = sync_cmd(&me)
        .env("GIT_DIR", other.join(".git"))
        .env("GIT_WORK_TREE", &other)
        .env("GIT_INDEX_FILE", other.join(".git/index"))
        .output()
        .expect("run ropa");
    assert_eq!(out.status.code(), Some(0), "{}", output_text(&out));
    assert_eq!(git_ok(&me, &["rev-parse", "HEAD"]).trim(), w.remote_head());
    assert_eq!(git_ok(&other, &["for-each-ref"]), refs_before);
}

// --- hooks -----------------------------------------------------------------

/// git runs a hook that has no `#!` line with `/bin/sh`, as a shell runs
/// a script without one; such hooks exist in many repositories.
#[test]
fn a_hook_without_a_shebang_line_runs_as_git_runs_it() {
    let r = Repo::sample();
    r.hook(
        "pre-commit",
        "echo \"Barsel må ikke omdøbes\" >&2\nexit 1\n",
    );
    // git itself runs it (and it refuses):
    r.git_ok(&["commit", "-q", "--allow-empty", "--no-verify", "-m", "x"]);
    let by_git = r.git(&["commit", "-q", "--allow-empty", "-m", "y"]);
    assert!(!by_git.status.success());
    assert!(String::from_utf8_lossy(&by_git.stderr).contains("Barsel må ikke omdøbes"));

    let head = r.head();
    match r.commit(&rename(&r, "Barsel – ændret")) {
        Err(Refusal::Hook { hook, output, .. }) => {
            assert_eq!(hook, "pre-commit");
            assert_eq!(output, "Barsel må ikke omdøbes");
        }
        other => panic!("expected the hook's refusal, got {other:?}"),
    }
    assert_eq!(r.head(), head);

    // And one that passes lets the save through.
    r.hook("pre-commit", "exit 0\n");
    saved(r.commit(&rename(&r, "Barsel – ændret")).expect("saved"));
}

/// A hook that starts something in the background (`git push &` in a
/// post-commit hook, a daemon a pre-commit hook wakes) without closing its
/// output: `git commit` returns as soon as the hook has exited; ropa must
/// not wait for the background process either.
#[test]
fn a_hook_leaving_a_background_process_does_not_hold_the_save() {
    let r = Repo::sample();
    r.hook(
        "pre-commit",
        "#!/bin/sh\necho kontrolleret\nsleep 20 &\nexit 0\n",
    );
    r.hook("post-commit", "#!/bin/sh\necho skubbet\nsleep 20 &\n");
    let started = Instant::now();
    let s = saved(r.commit(&rename(&r, "Barsel – baggrund")).expect("saved"));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the save waited {:?} for the hooks' background processes",
        started.elapsed()
    );
    assert_eq!(s.notes, vec!["post-commit: skubbet".to_string()]);
    r.assert_clean();
}

/// A hook that asks on the terminal (`exec < /dev/tty`, "are you sure?")
/// must not read the keys the interface is waiting for or draw over it:
/// like git's network steps under the interface, a hook runs in a session
/// of its own, without a controlling terminal.
#[cfg(unix)]
#[test]
fn hooks_run_without_the_controlling_terminal() {
    let r = Repo::sample();
    let out = r.workdir().join(".git/hook-session");
    r.hook(
        "pre-commit",
        &format!(
            "#!/bin/sh\nps -o sid= -p $$ | tr -d ' ' > '{}'\n",
            out.display()
        ),
    );
    saved(r.commit(&rename(&r, "Barsel – session")).expect("saved"));
    let hook_sid: i32 = fs::read_to_string(&out)
        .expect("the hook ran")
        .trim()
        .parse()
        .expect("a session id");
    // SAFETY: getsid(0) only reads this process's session id.
    let ours = unsafe { libc::getsid(0) };
    assert_ne!(hook_sid, ours, "the hook ran in ropa's session");
}

// --- signing ---------------------------------------------------------------

/// `commit.gpgsign` with an ssh key that has a passphrase (and no agent
/// holding it): `ssh-keygen -Y sign` asks for the passphrase on
/// `/dev/tty`, not on standard input. Under the interface that would
/// read the keys the interface waits for (and hang the save until typed
/// blind); it must fail and refuse the save with the reason instead, like
/// git's network steps there. (Run under a terminal — `script -qec
/// "cargo test --test git_attacks" /dev/null` — to see the difference.)
#[test]
fn a_signing_key_with_a_passphrase_refuses_instead_of_asking_on_the_terminal() {
    let r = Repo::sample();
    let keys = tempfile::tempdir().expect("tempdir");
    let key = keys.path().join("id_ed25519");
    let out = Command::new("ssh-keygen")
        .args([
            "-q",
            "-t",
            "ed25519",
            "-N",
            "hemmelig æøå",
            "-C",
            "ada",
            "-f",
        ])
        .arg(&key)
        .output()
        .expect("ssh-keygen");
    assert!(out.status.success(), "{out:?}");
    r.git_ok(&["config", "commit.gpgsign", "true"]);
    r.git_ok(&["config", "gpg.format", "ssh"]);
    r.git_ok(&["config", "user.signingkey", key.to_str().expect("utf-8")]);
    let head = r.head();
    let started = Instant::now();
    let err = r
        .commit(&rename(&r, "Barsel – signeret"))
        .expect_err("refused");
    assert!(matches!(err, Refusal::Sign { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(r.head(), head, "no unsigned commit");
    r.assert_clean();
}
