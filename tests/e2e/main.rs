//! End-to-end runs of the real binary in a real terminal (tmux): keys are
//! typed with send-keys and the screen is read with capture-pane.
//!
//! The main run: open the sample, search "barsel", open DA Barsel, see its
//! legal basis, open the help, quit with status 0.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session running one command, killed when dropped.
struct Tmux {
    name: String,
}

impl Tmux {
    fn start(cmd: &str, width: u16, height: u16) -> Option<Tmux> {
        let name = format!("ropa-e2e-{}-{}", std::process::id(), rand_suffix());
        let ok = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
                cmd,
            ])
            .env("TERM", "xterm-256color")
            .status()
            .ok()?
            .success();
        ok.then_some(Tmux { name })
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            let status = Command::new("tmux")
                .args(["send-keys", "-t", &self.name, k])
                .status()
                .expect("tmux send-keys");
            assert!(status.success());
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `text`.
    fn wait_for(&self, text: &str) -> String {
        self.wait_for_within(text, 20)
    }

    /// Waits up to `secs` seconds until the screen contains `text`.
    fn wait_for_within(&self, text: &str, secs: u64) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(secs),
                "timed out waiting for {text:?}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .status();
    }
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn wait_for_file(p: &Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "program did not exit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn search_barsel_open_da_barsel_read_basis_help_and_quit() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("Dansk Arbejdsgiverforening");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Lov nr. 417 af 08/05/2006");
    assert!(screen.contains("DA Barsel"), "{screen}");
    assert!(screen.contains("Purposes and legal bases"), "{screen}");
    t.keys(&["?"]);
    t.wait_for("Keys");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
}

#[test]
fn terminal_is_restored_after_quit() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'; echo AFTER-EXIT; sleep 30",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("Organisations");
    t.keys(&["C-c"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    // The shell's output is back on the normal screen, not the interface.
    let screen = t.wait_for("AFTER-EXIT");
    assert!(!screen.contains("Organisations"), "{screen}");
}

/// The sample register committed in a scratch repository at `<dir>/repo`
/// whose own config names the author.
fn scratch_repo(dir: &Path) -> PathBuf {
    let repo = dir.join("repo");
    copy_tree(&sample(), &repo.join("registry"));
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args(args)
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "E2E Lawyer"]);
    git(&["config", "user.email", "e2e@example.org"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "sample"]);
    repo
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

fn git_out(repo: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("git");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn edit_da_barsel_name_and_save_makes_one_commit() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    t.wait_for("Lov nr. 417 af 08/05/2006");
    t.keys(&["e"]);
    t.wait_for("Edit: Dansk Arbejdsgiverforening / DA Barsel");
    t.keys(&["Space", "2", "0", "2", "7"]);
    t.wait_for("DA Barsel 2027");
    t.keys(&["C-s"]);
    t.wait_for("Saved");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");

    let subject = git_out(&repo, &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject.trim(),
        "Dansk Arbejdsgiverforening / DA Barsel 2027: name"
    );
    let body = git_out(&repo, &["log", "-1", "--format=%b"]);
    assert!(
        body.contains(r#"name: "DA Barsel" → "DA Barsel 2027""#),
        "{body}"
    );
    assert_eq!(
        git_out(&repo, &["log", "-1", "--format=%an"]).trim(),
        "E2E Lawyer"
    );
    let files = git_out(&repo, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.trim(), "registry/da/activities/da-barsel.ron");
    assert_eq!(git_out(&repo, &["rev-list", "--count", "HEAD"]).trim(), "2");
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

#[test]
fn external_editor_change_is_committed() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    // An "editor" that changes the name in the file it is given last.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nfor f; do :; done\nsed -i 's/name: \"DA Barsel\"/name: \"DA Barsel (E)\"/' \"$f\"\n",
    )
    .expect("write editor");
    let status = dir.path().join("status");
    let cmd = format!(
        "VISUAL= EDITOR='sh {}' {} --registry '{}'; echo $? > '{}'",
        editor.display(),
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    t.wait_for("Lov nr. 417 af 08/05/2006");
    t.keys(&["E"]);
    t.wait_for("Saved");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    let subject = git_out(&repo, &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject.trim(),
        "Dansk Arbejdsgiverforening / DA Barsel (E): name"
    );
}

/// Replaces `from` with `to` in the register file `rel`, as an editor or a
/// colleague's tool would, outside the interface.
fn sed(repo: &Path, rel: &str, from: &str, to: &str) {
    let p = repo.join("registry").join(rel);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains(from), "{rel} holds {from:?}");
    std::fs::write(&p, text.replace(from, to)).expect("write");
}

fn git_ok(repo: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The interface follows the repository: with DA Barsel's detail open, a
/// commit made with `git` beside it shows within a second or two, on the
/// same activity; a file broken outside shows as such, and
/// `git checkout -- file` brings the record back.
#[test]
fn a_commit_made_beside_the_interface_shows_on_the_open_detail() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    t.wait_for("Lov nr. 417 af 08/05/2006");

    // A second shell: a colleague's change, committed with git.
    let barsel = "da/activities/da-barsel.ron";
    sed(
        &repo,
        barsel,
        "name: \"DA Barsel\"",
        "name: \"DA Barsel – ændret af kollega\"",
    );
    git_ok(&repo, &["commit", "-q", "-am", "Kollega: nyt navn"]);
    let start = Instant::now();
    let screen = t.wait_for_within("DA Barsel – ændret af kollega", 5);
    let took = start.elapsed();
    assert!(took < Duration::from_millis(2500), "shown after {took:?}");
    assert!(
        screen.contains("Dansk Arbejdsgiverforening › DA Barsel – ændret af kollega"),
        "still the same activity's detail:\n{screen}"
    );
    assert!(screen.contains("Lov nr. 417 af 08/05/2006"), "{screen}");

    // Broken outside ropa: the detail shows the problem and the line.
    sed(
        &repo,
        barsel,
        "name: \"DA Barsel – ændret af kollega\"",
        "name \"DA Barsel – ændret af kollega\"",
    );
    let screen = t.wait_for_within("does not parse", 5);
    assert!(screen.contains("Expected colon"), "{screen}");
    // `git checkout -- file` puts the committed version back.
    git_ok(&repo, &["checkout", "--", &format!("registry/{barsel}")]);
    let screen = t.wait_for_within("Lov nr. 417 af 08/05/2006", 5);
    assert!(
        screen.contains("Dansk Arbejdsgiverforening › DA Barsel – ændret af kollega"),
        "{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

/// The interface on a large generated register (1,000 organisations × 20
/// activities): it starts, shows the register, searches and quits with
/// status 0, and its peak memory stays within ten times the register's
/// size on disk (its folder: the RON files and the git repository). Against
/// the RON text alone it peaks at about 9.8× (docs/performance.md).
#[test]
fn large_register_starts_searches_and_quits_within_memory() {
    if !tmux_available() {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("big");
    let ok = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args([
            "generate",
            "--orgs",
            "1000",
            "--activities",
            "20",
            "--commits",
            "10",
        ])
        .arg(&reg)
        .output()
        .expect("ropa generate")
        .status
        .success();
    assert!(ok, "ropa generate");
    let size: u64 = folder_bytes(&reg);
    let status = dir.path().join("status");
    let mem = dir.path().join("mem");
    let time = Path::new("/usr/bin/time");
    let measure = time.exists();
    let cmd = format!(
        "{}{} --registry '{}'{}; echo $? > '{}'",
        if measure {
            "/usr/bin/time -f '%M' "
        } else {
            ""
        },
        env!("CARGO_BIN_EXE_ropa"),
        reg.display(),
        if measure {
            format!(" 2> '{}'", mem.display())
        } else {
            String::new()
        },
        status.display()
    );
    let t = Tmux::start(&cmd, 120, 40).expect("tmux session");
    // The first frame comes before the register is loaded; loading,
    // validation and the search index follow on threads (slower in a
    // debug build, hence the longer waits).
    t.wait_for_within("Organisations", 60);
    t.keys(&["/", "r", "e", "v", "i", "s", "o", "r"]);
    t.wait_for_within("hits", 120);
    t.keys(&["Escape", "q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    if measure {
        let kb: u64 = std::fs::read_to_string(&mem)
            .expect("time output")
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .next_back()
            .expect("peak memory in kB");
        assert!(
            kb * 1024 <= 10 * size,
            "peak memory {kb} kB exceeds 10× the register folder's {size} bytes"
        );
    }
}

/// Bytes of all files under `dir` (the register folder with its `.git`).
fn folder_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            total += folder_bytes(&p);
        } else {
            total += e.metadata().map_or(0, |m| m.len());
        }
    }
    total
}
