//! The real binary in a real terminal: a tmux session, keys typed with
//! `send-keys`, text pasted as a terminal pastes it, the screen read with
//! `capture-pane`. Shared by tests/e2e and tests/ui_attacks.rs.

#![allow(dead_code)]

use std::process::Command;
use std::time::{Duration, Instant};

/// A tmux session running one command, killed when dropped. Each session
/// has a tmux server of its own (`-L`), so tests running at once never race
/// to start a shared server, and a person's own tmux (or its
/// `kill-server`) never meets them.
pub struct Tmux {
    name: String,
    /// The server's socket file, removed with the session.
    socket: Option<std::path::PathBuf>,
}

/// `tmux -L <socket>`: the program on the session's own server.
fn on(socket: &str) -> Command {
    let mut cmd = Command::new("tmux");
    cmd.args(["-L", socket]);
    cmd
}

impl Tmux {
    /// A `width` × `height` session running `cmd`.
    pub fn start(cmd: &str, width: u16, height: u16) -> Option<Tmux> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let name = format!("ropa-test-{}-{nanos}", std::process::id());
        let ok = on(&name)
            .args(["-f", "/dev/null", "new-session", "-d", "-s", &name])
            .args(["-x", &width.to_string(), "-y", &height.to_string(), cmd])
            .env("TERM", "xterm-256color")
            .status()
            .ok()?
            .success();
        if !ok {
            return None;
        }
        let socket = on(&name)
            .args(["display-message", "-p", "#{socket_path}"])
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .filter(|p| !p.is_empty())
            .map(std::path::PathBuf::from);
        Some(Tmux { name, socket })
    }

    fn tmux(&self, args: &[&str]) {
        let ok = on(&self.name).args(args).status().expect("tmux").success();
        assert!(ok, "tmux {args:?}");
    }

    /// Presses keys by tmux's names (`Enter`, `C-s`, `Down`, a letter).
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", &self.name, k]);
            std::thread::sleep(Duration::from_millis(150));
        }
    }

    /// Presses `key` `n` times.
    pub fn press(&self, key: &str, n: usize) {
        for _ in 0..n {
            self.keys(&[key]);
        }
    }

    /// Sends text as typed, character for character (also a mouse report).
    pub fn literal(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.name, "-l", text]);
        std::thread::sleep(Duration::from_millis(250));
    }

    /// Pastes `text` as a terminal does (bracketed when the program asked
    /// for it), the way a lawyer pastes a paragraph from a document.
    pub fn paste(&self, text: &str) {
        let buffer = format!("{}-paste", self.name);
        self.tmux(&["set-buffer", "-b", &buffer, "--", text]);
        self.tmux(&["paste-buffer", "-p", "-d", "-b", &buffer, "-t", &self.name]);
        std::thread::sleep(Duration::from_millis(300));
    }

    /// What the screen shows now.
    pub fn screen(&self) -> String {
        let out = on(&self.name)
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The pane's title, which a program sets with `ESC ] 2 ; … BEL`.
    pub fn title(&self) -> String {
        let out = on(&self.name)
            .args(["display-message", "-p", "-t", &self.name, "#{pane_title}"])
            .output()
            .expect("tmux display-message");
        String::from_utf8_lossy(&out.stdout).trim_end().to_string()
    }

    /// Waits until the screen contains `text`.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_within(text, 20)
    }

    /// Waits up to `secs` seconds until the screen contains `text`.
    pub fn wait_for_within(&self, text: &str, secs: u64) -> String {
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
        let _ = on(&self.name).args(["kill-server"]).output();
        if let Some(socket) = &self.socket {
            let _ = std::fs::remove_file(socket);
        }
    }
}

/// True when tmux is installed; in CI it must be (the test fails rather
/// than passing without having run).
pub fn tmux_available() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok || std::env::var_os("CI").is_none(),
        "tmux is required in CI"
    );
    ok
}
