//! The network half of a sync, done by the `git` program: fetching the
//! upstream branch, pushing the result, and asking for the fork point.
//!
//! Local object work (the replay, validation, the move of the branch)
//! stays in git2; only the steps that talk to a remote, or that read
//! git's reflogs the way git does, run `git`. That way the user's git setup
//! applies exactly as it does to `git fetch` and `git push`: credential
//! helpers, `~/.ssh/config` and agents, proxies, `insteadOf` rewrites,
//! shallow and partial clones, and the remote's hooks. (libgit2's fetch
//! dropped `.git/shallow` and left a shallow clone that `git log` called
//! broken.)
//!
//! Every run passes its arguments directly (no shell), runs in the work
//! tree (`git -C`, with no `GIT_DIR` or other variable naming another
//! repository), with `LC_ALL=C` so the few texts parsed are git's own
//! English ones, and captures standard output and error. Where the
//! interface owns the terminal ([`Terminal::Detached`]) git may not read
//! from or draw on it: standard input is empty, `GIT_TERMINAL_PROMPT=0`,
//! and on Unix the child runs in a session of its own without a
//! controlling terminal, so ssh cannot ask for a passphrase over the
//! interface either.

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use git2::Oid;

/// Whether git may talk to the user on the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Terminal {
    /// Never: the interface owns the terminal. Git gets no input, cannot
    /// prompt, and (on Unix) has no controlling terminal.
    #[default]
    Detached,
    /// The command line: git and ssh may ask for a password or passphrase
    /// on the terminal, as they would for `git fetch`.
    Inherit,
}

/// Why running git failed.
#[derive(Debug)]
pub(super) enum RunError {
    /// The `git` program could not be started.
    Spawn(io::Error),
}

/// The `git` program, run in one work tree.
pub(super) struct Git<'a> {
    pub workdir: &'a Path,
    pub terminal: Terminal,
}

/// What a run of git said.
#[derive(Debug)]
pub(super) struct Ran {
    /// Exit status 0.
    pub ok: bool,
    /// The exit code, `None` when killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    /// The lines the remote printed (git's `remote: ` lines), without the
    /// prefix, empty lines and trailing blanks removed.
    pub fn remote_lines(&self) -> Vec<String> {
        self.stderr
            .split(['\n', '\r'])
            .filter_map(|l| l.strip_prefix("remote:"))
            .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end().to_string())
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// git's own message: what it (and ssh, or a credential helper)
    /// printed on standard error, without the remote's lines and git's
    /// `hint:` lines.
    pub fn message(&self) -> String {
        let lines: Vec<&str> = self
            .stderr
            .split(['\n', '\r'])
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with("remote:") && !l.starts_with("hint:"))
            .collect();
        if lines.is_empty() {
            match self.code {
                Some(c) => format!("git exited with status {c}"),
                None => "git was killed".to_string(),
            }
        } else {
            lines.join("\n")
        }
    }
}

impl Git<'_> {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new("git");
        cmd.arg("-C")
            .arg(self.workdir)
            .args(args)
            .env("LC_ALL", "C")
            .env("LANGUAGE", "C")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // The register's repository, found from the work tree, as git2
        // finds it: not one the environment names (ropa run from another
        // repository's hook gets its `GIT_DIR`).
        for name in crate::register::change::REPO_ENV {
            cmd.env_remove(name);
        }
        match self.terminal {
            Terminal::Inherit => {
                cmd.stdin(Stdio::inherit());
            }
            Terminal::Detached => {
                cmd.stdin(Stdio::null()).env("GIT_TERMINAL_PROMPT", "0");
                crate::register::child::detach(&mut cmd);
            }
        }
        cmd
    }

    /// Runs `git ARGS` and collects what it printed.
    pub fn run(&self, args: &[&str]) -> Result<Ran, RunError> {
        let out: Output = self.command(args).output().map_err(RunError::Spawn)?;
        Ok(Ran {
            ok: out.status.success(),
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        })
    }

    /// `git fetch --no-tags REMOTE +refs/heads/B:TRACKING`. `Ok(false)`
    /// when the remote has no branch `B`.
    pub fn fetch(&self, remote: &str, branch: &str, tracking: &str) -> Result<Fetched, RunError> {
        let refspec = format!("+refs/heads/{branch}:{tracking}");
        let ran = self.run(&[
            "fetch",
            "--no-tags",
            "--no-recurse-submodules",
            "--quiet",
            remote,
            &refspec,
        ])?;
        if ran.ok {
            return Ok(Fetched::Updated);
        }
        // With LC_ALL=C: "fatal: couldn't find remote ref refs/heads/B".
        if ran.stderr.contains("couldn't find remote ref") {
            return Ok(Fetched::NoSuchBranch);
        }
        Ok(Fetched::Failed(ran))
    }

    /// `git push --porcelain REMOTE COMMIT:refs/heads/TARGET`, its result
    /// read from the porcelain status line. The commit is named by id, so
    /// exactly the validated commit is pushed, whatever the branch holds
    /// by then.
    pub fn push(&self, remote: &str, commit: Oid, target: &str) -> Result<PushResult, RunError> {
        let dst = format!("refs/heads/{target}");
        let refspec = format!("{commit}:{dst}");
        let ran = self.run(&["push", "--porcelain", remote, &refspec])?;
        Ok(PushResult::read(ran, &dst))
    }

    /// In a partial clone (`git clone --filter=…`), fetches the objects of
    /// `commit`'s tree that are not here yet from the promisor `remote`,
    /// in one request, the way git's own on-demand fetch asks for them
    /// (git2 cannot fetch them when it meets one missing). What
    /// `git pull --rebase` would fetch by checking the commit out.
    /// `Ok(None)` when nothing was missing or the fetch worked.
    pub fn fetch_missing(&self, remote: &str, commit: Oid) -> Result<Option<Ran>, RunError> {
        let c = commit.to_string();
        let listed = self.run(&["rev-list", "--objects", "--no-walk", "--missing=print", &c])?;
        if !listed.ok {
            return Ok(Some(listed));
        }
        let missing: Vec<&str> = listed
            .stdout
            .lines()
            .filter_map(|l| l.strip_prefix('?'))
            .collect();
        if missing.is_empty() {
            return Ok(None);
        }
        let mut cmd = self.command(&[
            "-c",
            "fetch.negotiationAlgorithm=noop",
            "fetch",
            "--no-tags",
            "--no-write-fetch-head",
            "--recurse-submodules=no",
            "--filter=blob:none",
            "--quiet",
            "--stdin",
            remote,
        ]);
        // The ids on standard input (there may be more than fit on a
        // command line); git may still prompt on the terminal itself.
        cmd.stdin(Stdio::piped());
        let mut child = cmd.spawn().map_err(RunError::Spawn)?;
        if let Some(mut stdin) = child.stdin.take() {
            let ids = missing.join("\n") + "\n";
            std::thread::spawn(move || std::io::Write::write_all(&mut stdin, ids.as_bytes()));
        }
        let out = child.wait_with_output().map_err(RunError::Spawn)?;
        let ran = Ran {
            ok: out.status.success(),
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        Ok((!ran.ok).then_some(ran))
    }

    /// `git merge-base --fork-point TRACKING COMMIT`: where `commit`'s own
    /// history left the upstream as the tracking branch's reflog knows it
    /// (what `git pull --rebase` replays from). `None` when git finds no
    /// fork point (no reflog, or no entry in `commit`'s history).
    pub fn fork_point(&self, tracking: &str, commit: Oid) -> Result<Option<Oid>, RunError> {
        let c = commit.to_string();
        let ran = self.run(&["merge-base", "--fork-point", tracking, &c])?;
        if !ran.ok {
            return Ok(None);
        }
        Ok(Oid::from_str(ran.stdout.trim()).ok())
    }
}

/// What a fetch did.
pub(super) enum Fetched {
    /// The tracking branch holds the remote's branch now.
    Updated,
    /// The remote has no such branch.
    NoSuchBranch,
    /// git failed; what it said.
    Failed(Ran),
}

/// What a push did, read from `git push --porcelain`.
#[derive(Debug)]
pub(super) enum PushResult {
    /// The branch was updated (`created`: it did not exist before).
    Pushed {
        /// The porcelain flag was `*`.
        created: bool,
        /// The remote's own lines (a forge's link to open a pull request).
        remote: Vec<String>,
    },
    /// The remote has commits the push would overwrite
    /// (`[rejected] (fetch first)` or `(non-fast-forward)`).
    Behind {
        /// git's reason, e.g. `fetch first`.
        reason: String,
    },
    /// The remote refused the update itself (`[remote rejected]`: a hook,
    /// a protected branch).
    Refused {
        /// git's reason, e.g. `pre-receive hook declined`.
        reason: String,
        /// The remote's own lines.
        remote: Vec<String>,
    },
    /// Anything else: git could not push (no such remote path, network,
    /// authentication).
    Failed(Ran),
}

impl PushResult {
    fn read(ran: Ran, dst: &str) -> PushResult {
        // `<flag>\t<from>:<to>\t<summary> (<reason>)`
        let line = ran.stdout.lines().find_map(|l| {
            let mut parts = l.splitn(3, '\t');
            let flag = parts.next()?;
            let refs = parts.next()?;
            let summary = parts.next().unwrap_or_default();
            (flag.chars().count() == 1 && refs.ends_with(&format!(":{dst}")))
                .then(|| (flag.to_string(), summary.to_string()))
        });
        let Some((flag, summary)) = line else {
            return PushResult::Failed(ran);
        };
        let reason = summary
            .rsplit_once(" (")
            .map(|(_, r)| r.trim_end_matches(')').to_string())
            .unwrap_or_else(|| summary.clone());
        match flag.as_str() {
            "!" if summary.starts_with("[remote rejected]") => PushResult::Refused {
                reason,
                remote: ran.remote_lines(),
            },
            "!" if summary.starts_with("[rejected]") => PushResult::Behind { reason },
            "!" => PushResult::Refused {
                reason,
                remote: ran.remote_lines(),
            },
            _ if !ran.ok => PushResult::Failed(ran),
            f => PushResult::Pushed {
                created: f == "*",
                remote: ran.remote_lines(),
            },
        }
    }
}

/// A remote URL that names a local folder: a path, or a `file://` URL.
/// `None` for network URLs (`https://`, `ssh://`, `host:path`).
pub(super) fn local_path(url: &str, workdir: &Path) -> Option<PathBuf> {
    if let Some(rest) = url.strip_prefix("file://") {
        // `file://host/path` and percent-escapes are left to git.
        return (rest.starts_with('/') && !rest.contains('%')).then(|| PathBuf::from(rest));
    }
    if url.contains("://") {
        return None;
    }
    // git's scp-like syntax `host:path`: a colon before the first slash.
    if let Some((host, _)) = url.split_once(':')
        && !host.contains('/')
        && !(host.len() == 1 && cfg!(windows))
    {
        return None;
    }
    let p = Path::new(url);
    Some(if p.is_absolute() {
        p.to_path_buf()
    } else {
        workdir.join(p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ran(ok: bool, stdout: &str, stderr: &str) -> Ran {
        Ran {
            ok,
            code: Some(if ok { 0 } else { 1 }),
            stdout: stdout.into(),
            stderr: stderr.into(),
        }
    }

    #[test]
    fn porcelain_lines_are_read_by_their_flag() {
        let dst = "refs/heads/main";
        let new = ran(
            true,
            "To /r.git\n*\trefs/heads/main:refs/heads/main\t[new branch]\nDone\n",
            "",
        );
        assert!(matches!(
            PushResult::read(new, dst),
            PushResult::Pushed { created: true, .. }
        ));
        let ff = ran(
            true,
            "To /r.git\n \trefs/heads/main:refs/heads/main\tabc..def\nDone\n",
            "remote: Create a pull request:\nremote:   https://example.org/pr\n",
        );
        match PushResult::read(ff, dst) {
            PushResult::Pushed { created, remote } => {
                assert!(!created);
                assert_eq!(
                    remote,
                    ["Create a pull request:", "  https://example.org/pr"]
                );
            }
            other => panic!("{other:?}"),
        }
        let behind = ran(
            false,
            "To /r.git\n!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)\nDone\n",
            "error: failed to push some refs\nhint: Updates were rejected\n",
        );
        match PushResult::read(behind, dst) {
            PushResult::Behind { reason } => assert_eq!(reason, "fetch first"),
            other => panic!("{other:?}"),
        }
        let refused = ran(
            false,
            "To /r.git\n!\trefs/heads/main:refs/heads/main\t[remote rejected] (pre-receive hook declined)\nDone\n",
            "remote: Persondata må ikke committes\r\nerror: failed to push some refs\n",
        );
        match PushResult::read(refused, dst) {
            PushResult::Refused { reason, remote } => {
                assert_eq!(reason, "pre-receive hook declined");
                assert_eq!(remote, ["Persondata må ikke committes"]);
            }
            other => panic!("{other:?}"),
        }
        let failed = ran(
            false,
            "",
            "fatal: '/nowhere' does not appear to be a git repository\n",
        );
        match PushResult::read(failed, dst) {
            PushResult::Failed(r) => assert!(r.message().contains("does not appear")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn local_paths_are_told_from_network_urls() {
        let w = Path::new("/work");
        assert_eq!(
            local_path("file:///srv/r.git", w),
            Some(PathBuf::from("/srv/r.git"))
        );
        assert_eq!(
            local_path("/srv/r.git", w),
            Some(PathBuf::from("/srv/r.git"))
        );
        assert_eq!(
            local_path("../r.git", w),
            Some(PathBuf::from("/work/../r.git"))
        );
        assert_eq!(local_path("git@example.org:team/r.git", w), None);
        assert_eq!(local_path("https://example.org/r.git", w), None);
        assert_eq!(local_path("file://server/r.git", w), None);
        assert_eq!(local_path("ssh://git@example.org/r.git", w), None);
    }

    #[test]
    fn git_messages_skip_the_remote_and_hints() {
        let r = ran(
            false,
            "",
            "remote: no\nhint: try\nerror: failed to push some refs to '/r.git'\n",
        );
        assert_eq!(r.message(), "error: failed to push some refs to '/r.git'");
        assert_eq!(r.remote_lines(), ["no"]);
    }
}
