//! The repository's commit hooks, run the way `git commit` runs them, so a
//! team's policies (the check `ropa init --hooks` installs, a `commit-msg`
//! hook adding a ticket or a `Change-Id:`) apply to ropa's commits too.
//!
//! - Where: `core.hooksPath` (a relative path is taken from the top of the
//!   work tree, as git does), else `hooks/` in the repository's common git
//!   folder. A hook runs only when its file exists and is executable.
//! - How: the file itself is run (no shell in between; a script without a
//!   `#!` line with `/bin/sh`, as git does), in the top of the work tree,
//!   with standard input null, in a session of its own without the
//!   controlling terminal, and standard output and error captured together
//!   (git sends a hook's output to its standard error; the interface shows
//!   it instead of letting the hook write on its screen). Variables that
//!   name another repository ([`REPO_ENV`]) are removed. Like git, no time
//!   limit, and once the hook has exited nothing it left running in the
//!   background is waited for.
//! - When (see [`super::apply`]): `pre-commit`, `prepare-commit-msg
//!   <file> message` and `commit-msg <file>` after the files are written and
//!   the new index is prepared in `index.lock`, with `GIT_INDEX_FILE` naming
//!   that file (exactly what `git commit` does, so `git diff --cached` in a
//!   hook sees what will be committed); the message in `COMMIT_EDITMSG`,
//!   and what the hooks leave there is the message committed. Then the
//!   commit is made and the branch moved; `post-commit` runs once all of it
//!   is done, and its failure changes nothing.
//!
//! A hook that exits non-zero, is killed or cannot be run refuses the
//! commit ([`Refusal::Hook`]) with its output.

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use git2::{ErrorCode, Repository};

use super::Refusal;

/// The most lines of a hook's output a refusal keeps (the last ones: where
/// a failing check says what failed).
const MAX_LINES: usize = 40;
/// The most characters of a hook's output a refusal keeps.
const MAX_CHARS: usize = 8000;

/// The hooks of one repository.
pub(crate) struct Hooks {
    /// The folder the hooks are in.
    dir: PathBuf,
    /// Where hooks run: the top of the work tree (the git folder of a bare
    /// repository).
    top: PathBuf,
}

impl Hooks {
    /// The hooks of `repo`, as git finds them.
    pub fn of(repo: &Repository) -> Result<Hooks, Refusal> {
        let top = repo.workdir().unwrap_or_else(|| repo.path()).to_path_buf();
        let config = repo.config()?;
        let dir = match config.get_path("core.hooksPath") {
            Ok(p) if p.is_absolute() => p,
            Ok(p) => top.join(p),
            Err(e) if e.code() == ErrorCode::NotFound => repo.commondir().join("hooks"),
            Err(e) => return Err(e.into()),
        };
        Ok(Hooks { dir, top })
    }

    /// The hook's file, when there is one git would run.
    pub fn find(&self, name: &str) -> Option<PathBuf> {
        let path = self.dir.join(name);
        let meta = std::fs::metadata(&path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            (meta.is_file() && meta.permissions().mode() & 0o111 != 0).then_some(path)
        }
        #[cfg(not(unix))]
        {
            meta.is_file().then_some(path)
        }
    }

    /// Runs hook `name` with `args` and the extra environment `env`. `None`
    /// when there is no such hook; its output (cleaned for showing) when it
    /// succeeded; [`Refusal::Hook`] when it failed, was killed or could not
    /// be run.
    pub fn run(
        &self,
        name: &str,
        args: &[&OsStr],
        env: &[(&str, &OsStr)],
    ) -> Result<Option<String>, Refusal> {
        let Some(path) = self.find(name) else {
            return Ok(None);
        };
        let refuse = |status: String, output: String| Refusal::Hook {
            hook: name.to_string(),
            status,
            output,
        };
        let (reader, writer) =
            std::io::pipe().map_err(|e| refuse(format!("could not be run: {e}"), String::new()))?;
        let command = |program: &Path, script: Option<&Path>| -> std::io::Result<Command> {
            let mut cmd = Command::new(program);
            cmd.args(script)
                .args(args)
                .current_dir(&self.top)
                .stdin(Stdio::null())
                .stdout(writer.try_clone()?)
                .stderr(writer.try_clone()?)
                // As `git commit` without an editor: a hook that would open
                // one gets a no-op.
                .env("GIT_EDITOR", ":");
            // The repository is the one the hook is in, found from where
            // it runs, whatever the environment ropa was started in names
            // (ropa run from another repository's hook).
            for name in REPO_ENV {
                cmd.env_remove(name);
            }
            for (k, v) in env {
                cmd.env(k, v);
            }
            crate::register::child::detach(&mut cmd);
            Ok(cmd)
        };
        let spawn = |program: &Path, script: Option<&Path>| command(program, script)?.spawn();
        let spawned = match spawn(&path, None) {
            // A script without a `#!` line: git runs it with the shell, as
            // a shell would.
            #[cfg(unix)]
            Err(e) if e.raw_os_error() == Some(libc::ENOEXEC) => {
                spawn(Path::new("/bin/sh"), Some(&path))
            }
            other => other,
        };
        // The pipe's writing ends live on only in the child (and anything
        // it leaves running).
        drop(writer);
        let mut child =
            spawned.map_err(|e| refuse(format!("could not be run: {e}"), String::new()))?;
        let (raw, read) = read_until_exit(reader, &mut child);
        let status = child
            .wait()
            .map_err(|e| refuse(format!("could not be waited for: {e}"), String::new()))?;
        let output = clean_output(&raw);
        if let Err(e) = read {
            return Err(refuse(format!("its output could not be read: {e}"), output));
        }
        if status.success() {
            return Ok(Some(output));
        }
        Err(refuse(describe_status(&status), output))
    }
}

/// Variables that name a repository, its index or its objects (git's
/// `local_repo_env`). git clears them when it runs git in another
/// repository; ropa clears them for the hooks and the `git` it runs, so
/// that these work on the register's repository, as git2 does, even when
/// ropa itself runs with them set (from another repository's hook).
pub(crate) const REPO_ENV: &[&str] = &[
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_IMPLICIT_WORK_TREE",
    "GIT_COMMON_DIR",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_GRAFT_FILE",
    "GIT_SHALLOW_FILE",
    "GIT_NAMESPACE",
    "GIT_NO_REPLACE_OBJECTS",
    "GIT_REPLACE_REF_BASE",
    "GIT_PREFIX",
    "GIT_INTERNAL_SUPER_PREFIX",
];

/// The most bytes of a hook's output kept while reading (the last ones).
const MAX_BYTES: usize = 1 << 20;

/// What `child` writes into `reader` until it exits: like `git commit`,
/// which lets a hook's output through and returns once the hook has
/// exited, a process the hook left running in the background (and holding
/// the pipe) is not waited for.
#[cfg(unix)]
fn read_until_exit(
    reader: std::io::PipeReader,
    child: &mut std::process::Child,
) -> (Vec<u8>, std::io::Result<()>) {
    use std::os::fd::AsRawFd;
    let fd = reader.as_raw_fd();
    let mut raw = Vec::new();
    // SAFETY: fcntl on a descriptor this function owns (through `reader`).
    let nonblocking = unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        flags != -1 && libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) != -1
    };
    if !nonblocking {
        let mut reader = reader;
        let read = reader.read_to_end(&mut raw).map(|_| ());
        return (raw, read);
    }
    let mut reader = reader;
    let mut chunk = [0u8; 8192];
    let mut exited = false;
    loop {
        // Everything available now.
        loop {
            match reader.read(&mut chunk) {
                Ok(0) => return (raw, Ok(())),
                Ok(n) => {
                    raw.extend_from_slice(&chunk[..n]);
                    if raw.len() > MAX_BYTES {
                        raw.drain(..raw.len() - MAX_BYTES);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(e) => return (raw, Err(e)),
            }
        }
        // The hook had exited before that read: all it wrote is read.
        if exited {
            return (raw, Ok(()));
        }
        match child.try_wait() {
            Ok(Some(_)) => exited = true,
            Ok(None) => {
                let mut pfd = libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd; a timeout, so the exit is seen.
                unsafe { libc::poll(&mut pfd, 1, 50) };
            }
            Err(e) => return (raw, Err(e)),
        }
    }
}

#[cfg(not(unix))]
fn read_until_exit(
    mut reader: std::io::PipeReader,
    _child: &mut std::process::Child,
) -> (Vec<u8>, std::io::Result<()>) {
    let mut raw = Vec::new();
    let read = reader.read_to_end(&mut raw).map(|_| ());
    (raw, read)
}

/// How a process ended, in words.
fn describe_status(status: &std::process::ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    "ended abnormally".into()
}

/// A hook's output as it can be shown anywhere: escape sequences (colours)
/// removed, other control characters but tabs and line breaks replaced,
/// carriage returns as line breaks, trailing blank lines dropped, and only
/// the last [`MAX_LINES`] lines (and [`MAX_CHARS`] characters) kept.
pub(crate) fn clean_output(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.peek() {
                // CSI: parameters, then one final byte.
                Some('[') => {
                    chars.next();
                    for d in chars.by_ref() {
                        if ('\u{40}'..='\u{7e}').contains(&d) {
                            break;
                        }
                    }
                }
                // OSC and other strings: up to BEL or ESC \.
                Some(']' | 'P' | '_' | '^' | 'X') => {
                    chars.next();
                    while let Some(d) = chars.next() {
                        if d == '\u{7}' {
                            break;
                        }
                        if d == '\u{1b}' && chars.peek() == Some(&'\\') {
                            chars.next();
                            break;
                        }
                    }
                }
                Some(_) => {
                    chars.next();
                }
                None => {}
            },
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push('\n'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() || is_bidi_control(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    let lines: Vec<&str> = out.trim_end().lines().collect();
    let skip = lines.len().saturating_sub(MAX_LINES);
    let mut kept = lines[skip..].join("\n");
    if kept.chars().count() > MAX_CHARS {
        let n = kept.chars().count() - MAX_CHARS;
        kept = kept.chars().skip(n).collect();
    }
    if skip > 0 {
        kept = format!("[… {skip} earlier lines]\n{kept}");
    }
    kept
}

/// Characters that reorder text on screen (bidirectional overrides and
/// isolates): never shown raw.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

/// Runs `prepare-commit-msg <file> message` and `commit-msg <file>` on
/// `message`, kept in `COMMIT_EDITMSG` of `gitdir`, with `env`. Returns the
/// message the hooks leave, cleaned up as `git commit -m` does (trailing
/// spaces, blank lines at the ends and repeated blank lines removed); the
/// message unchanged when neither hook exists. An empty message refuses.
pub(crate) fn message_hooks(
    hooks: &Hooks,
    gitdir: &Path,
    message: &str,
    env: &[(&str, &OsStr)],
) -> Result<String, Refusal> {
    let prepare = hooks.find("prepare-commit-msg").is_some();
    let check = hooks.find("commit-msg").is_some();
    if !prepare && !check {
        return Ok(message.to_string());
    }
    let file = gitdir.join("COMMIT_EDITMSG");
    let io = |source| Refusal::Io {
        path: file.display().to_string(),
        source,
    };
    crate::register::write::write_atomic(&file, message.as_bytes()).map_err(io)?;
    let mut last = "";
    if prepare {
        hooks.run(
            "prepare-commit-msg",
            &[file.as_os_str(), OsStr::new("message")],
            env,
        )?;
        last = "prepare-commit-msg";
    }
    if check {
        hooks.run("commit-msg", &[file.as_os_str()], env)?;
        last = "commit-msg";
    }
    let bytes = std::fs::read(&file).map_err(io)?;
    let text = String::from_utf8(bytes).map_err(|_| Refusal::Hook {
        hook: last.to_string(),
        status: "left a commit message that is not UTF-8 text".into(),
        output: String::new(),
    })?;
    let cleaned = stripspace(&text);
    if cleaned.is_empty() {
        return Err(Refusal::Hook {
            hook: last.to_string(),
            status: "left an empty commit message".into(),
            output: String::new(),
        });
    }
    Ok(cleaned)
}

/// A commit message cleaned up as git's `stripspace` does (without
/// removing comments, as with `git commit -m`): trailing white space of
/// each line, blank lines at the start and end, and repeated blank lines
/// removed; ends with a line break unless empty.
pub(crate) fn stripspace(text: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripspace_is_gits() {
        assert_eq!(stripspace("\n\n a  \n\n\n\nb\t\n\n"), " a\n\nb\n");
        assert_eq!(stripspace(" \n\t\n"), "");
        assert_eq!(stripspace("x"), "x\n");
    }

    #[test]
    fn output_loses_escapes_and_keeps_the_last_lines() {
        assert_eq!(
            clean_output(b"\x1b[31mred\x1b[0m\r\n\x1b]2;title\x07ok\x07\xe2\x80\xae\n\n"),
            "red\nok\u{fffd}\u{fffd}"
        );
        let many: String = (1..=50).map(|n| format!("line {n}\n")).collect();
        let out = clean_output(many.as_bytes());
        assert!(out.starts_with("[… 10 earlier lines]\nline 11\n"), "{out}");
        assert!(out.ends_with("line 50"));
    }
}
