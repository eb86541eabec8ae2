//! Programs ropa runs beside the interface (git for the network, the
//! repository's hooks, gpg and ssh-keygen for signatures) must not read
//! from or draw on the terminal the interface owns.

use std::process::Command;

/// Starts the child in a session of its own, with no controlling
/// terminal, and without `GPG_TTY`: ssh, ssh-keygen and git prompts then
/// fail with their own message instead of reading the keys the interface
/// is waiting for or drawing over its screen. A passphrase comes from the
/// user's agent (ssh-agent, gpg-agent) or a graphical prompt, as it would
/// for any program started without a terminal.
#[cfg(unix)]
pub(crate) fn detach(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    cmd.env_remove("GPG_TTY");
    // SAFETY: setsid() is async-signal-safe and touches no memory of the
    // parent; it is all the child does between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// Elsewhere only standard input is withheld (by the caller).
#[cfg(not(unix))]
pub(crate) fn detach(cmd: &mut Command) {
    cmd.env_remove("GPG_TTY");
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The child leads a session of its own (so it has no controlling
    /// terminal) and does not see `GPG_TTY`.
    #[test]
    fn a_detached_child_leads_its_own_session_without_gpg_tty() {
        let script = r#"read -r pid comm state ppid pgrp sid rest < /proc/$$/stat
[ "$sid" = "$$" ] && echo leader || echo member
echo "tty=${GPG_TTY-unset}""#;
        let mut cmd = Command::new("sh");
        cmd.args(["-c", script]).env("GPG_TTY", "/dev/pts/0");
        detach(&mut cmd);
        let out = cmd.output().expect("sh");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "leader\ntty=unset\n");
        // Without detach, the same child is in ropa's session.
        let out = Command::new("sh")
            .args(["-c", script])
            .output()
            .expect("sh");
        assert!(String::from_utf8_lossy(&out.stdout).starts_with("member"));
    }
}
