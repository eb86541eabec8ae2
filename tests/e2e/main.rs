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
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
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
