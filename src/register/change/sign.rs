//! Creating a commit object the way the repository wants it: signed when
//! `commit.gpgsign` is true, with the program and key git would use for
//! `gpg.format` — never unsigned when a signature is asked for.
//!
//! - `openpgp` (the default): `gpg.openpgp.program` or `gpg.program`
//!   (default `gpg`) `--status-fd=2 -bsau <key>`, the commit on standard
//!   input; it succeeded only when its status says `SIG_CREATED`. The key
//!   is `user.signingkey`, else the committer's `Name <email>`.
//! - `x509`: `gpg.x509.program` (default `gpgsm`), the same way.
//! - `ssh`: `gpg.ssh.program` (default `ssh-keygen`) `-Y sign -n git -f
//!   <key file> <commit file>`. `user.signingkey` is a key file (a path,
//!   `~/` allowed), or a key itself (`key::ssh-…`, or `ssh-…`), written to a
//!   temporary file and used from the ssh agent (`-U`); when it is not set,
//!   the first key `gpg.ssh.defaultKeyCommand` prints. Both run without
//!   the controlling terminal: a key whose passphrase no agent holds
//!   refuses the commit instead of asking over the interface.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use git2::{Commit, Config, ErrorCode, Oid, Repository, Signature, Tree};

use super::Refusal;

/// Creates a commit of `tree` with `parents` in `repo`'s object database,
/// signed when the repository's configuration asks for it
/// (`commit.gpgsign`), as `git commit` would sign it. No reference is
/// moved. A signature that cannot be made refuses ([`Refusal::Sign`]);
/// no unsigned commit is made then.
pub fn new_commit(
    repo: &Repository,
    author: &Signature<'_>,
    committer: &Signature<'_>,
    message: &str,
    tree: &Tree<'_>,
    parents: &[&Commit<'_>],
) -> Result<Oid, Refusal> {
    let config = repo.config()?.snapshot()?;
    let sign = match config.get_bool("commit.gpgsign") {
        Ok(b) => b,
        Err(e) if e.code() == ErrorCode::NotFound => false,
        Err(e) => return Err(e.into()),
    };
    if !sign {
        return Ok(repo.commit(None, author, committer, message, tree, parents)?);
    }
    let buf = repo.commit_create_buffer(author, committer, message, tree, parents)?;
    let content = buf.as_str().map_err(|_| Refusal::Sign {
        program: String::new(),
        output: "the commit is not UTF-8 text, so it cannot be signed".into(),
    })?;
    let signature = sign_buffer(&config, committer, content.as_bytes())?;
    Ok(repo.commit_signed(content, &signature, Some("gpgsig"))?)
}

/// A configuration value, `None` when unset.
fn string(config: &Config, name: &str) -> Result<Option<String>, Refusal> {
    match config.get_string(name) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.code() == ErrorCode::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The detached signature of `payload`, made as git makes it for the
/// configured `gpg.format`.
fn sign_buffer(
    config: &Config,
    committer: &Signature<'_>,
    payload: &[u8],
) -> Result<String, Refusal> {
    let format = string(config, "gpg.format")?.unwrap_or_else(|| "openpgp".into());
    let key = string(config, "user.signingkey")?.filter(|k| !k.is_empty());
    match format.as_str() {
        "openpgp" | "x509" => {
            let program = if format == "x509" {
                string(config, "gpg.x509.program")?.unwrap_or_else(|| "gpgsm".into())
            } else {
                match string(config, "gpg.openpgp.program")? {
                    Some(p) => p,
                    None => string(config, "gpg.program")?.unwrap_or_else(|| "gpg".into()),
                }
            };
            let key = key.unwrap_or_else(|| {
                format!(
                    "{} <{}>",
                    String::from_utf8_lossy(committer.name_bytes()),
                    String::from_utf8_lossy(committer.email_bytes())
                )
            });
            sign_gpg(&program, &key, payload)
        }
        "ssh" => {
            let program = string(config, "gpg.ssh.program")?.unwrap_or_else(|| "ssh-keygen".into());
            let key = match key {
                Some(k) => k,
                None => default_ssh_key(config, &program)?,
            };
            sign_ssh(&program, &key, payload)
        }
        other => Err(Refusal::Sign {
            program: String::new(),
            output: format!(
                "gpg.format is `{other}`, which git does not know (openpgp, x509 or ssh)"
            ),
        }),
    }
}

/// `gpg`/`gpgsm --status-fd=2 -bsau <key>`.
fn sign_gpg(program: &str, key: &str, payload: &[u8]) -> Result<String, Refusal> {
    let refuse = |output: String| Refusal::Sign {
        program: program.to_string(),
        output,
    };
    let mut cmd = Command::new(program);
    cmd.args(["--status-fd=2", "-bsau", key])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A passphrase comes from gpg-agent (or a graphical pinentry), never a
    // prompt over the interface.
    crate::register::child::detach(&mut cmd);
    let mut child = cmd
        .spawn()
        .map_err(|e| refuse(format!("could not be run: {e}")))?;
    let writer = child.stdin.take().map(|mut stdin| {
        let payload = payload.to_vec();
        std::thread::spawn(move || stdin.write_all(&payload))
    });
    let out = child
        .wait_with_output()
        .map_err(|e| refuse(format!("could not be waited for: {e}")))?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    let status = String::from_utf8_lossy(&out.stderr).into_owned();
    let created = status
        .lines()
        .any(|l| l.starts_with("[GNUPG:] SIG_CREATED "));
    let signature: String = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    if !out.status.success() || !created || signature.trim().is_empty() {
        return Err(refuse(format!(
            "failed to sign the commit with key `{key}`:\n{}",
            super::hooks::clean_output(status.as_bytes())
        )));
    }
    Ok(signature)
}

/// Whether `key` is an ssh public key itself rather than a file's path,
/// and that key.
fn literal_ssh_key(key: &str) -> Option<&str> {
    if let Some(k) = key.strip_prefix("key::") {
        return Some(k);
    }
    key.starts_with("ssh-").then_some(key)
}

/// The first key `gpg.ssh.defaultKeyCommand` prints, as git takes it.
fn default_ssh_key(config: &Config, program: &str) -> Result<String, Refusal> {
    let refuse = |output: String| Refusal::Sign {
        program: program.to_string(),
        output,
    };
    let Some(command) =
        string(config, "gpg.ssh.defaultKeyCommand")?.filter(|c| !c.trim().is_empty())
    else {
        return Err(refuse(
            "commit.gpgsign asks for a signature, but no key is configured: set \
             user.signingkey (or gpg.ssh.defaultKeyCommand)"
                .into(),
        ));
    };
    let mut words = command.split_whitespace();
    let first = words.next().unwrap_or_default();
    let mut cmd = Command::new(first);
    cmd.args(words).stdin(Stdio::null());
    crate::register::child::detach(&mut cmd);
    let out = cmd.output().map_err(|e| {
        refuse(format!(
            "gpg.ssh.defaultKeyCommand `{command}` could not be run: {e}"
        ))
    })?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(refuse(format!(
            "gpg.ssh.defaultKeyCommand `{command}` failed:\n{}",
            super::hooks::clean_output(&out.stderr)
        )));
    }
    stdout
        .lines()
        .find_map(|l| literal_ssh_key(l.trim()).map(|k| format!("key::{k}")))
        .ok_or_else(|| {
            refuse(format!(
                "gpg.ssh.defaultKeyCommand `{command}` succeeded but printed no key"
            ))
        })
}

/// A file in the temporary folder that is removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(what: &str, bytes: &[u8]) -> std::io::Result<TempFile> {
        let dir = std::env::temp_dir();
        for n in 0..100u32 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let path = dir.join(format!(
                ".ropa_signing_{what}_{}_{nanos}_{n}",
                std::process::id()
            ));
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
            match opts.open(&path) {
                Ok(mut f) => {
                    let file = TempFile(path);
                    f.write_all(bytes)?;
                    f.sync_all()?;
                    return Ok(file);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other("no free temporary file name"))
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// `~/…` as the home folder's.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// `ssh-keygen -Y sign -n git -f <key file> [-U] <payload file>`.
fn sign_ssh(program: &str, key: &str, payload: &[u8]) -> Result<String, Refusal> {
    let refuse = |output: String| Refusal::Sign {
        program: program.to_string(),
        output,
    };
    let tmp_err = |e: std::io::Error| refuse(format!("a temporary file could not be written: {e}"));
    let literal = literal_ssh_key(key);
    let key_file = match literal {
        Some(k) => Some(TempFile::new("key", format!("{k}\n").as_bytes()).map_err(tmp_err)?),
        None => None,
    };
    let key_path: OsString = match &key_file {
        Some(f) => f.0.clone().into_os_string(),
        None => expand_home(key).into_os_string(),
    };
    if literal.is_none() && !Path::new(&key_path).exists() {
        return Err(refuse(format!(
            "the signing key {} (user.signingkey) does not exist",
            Path::new(&key_path).display()
        )));
    }
    let buffer = TempFile::new("buffer", payload).map_err(tmp_err)?;
    let sig_path = {
        let mut p = buffer.0.clone().into_os_string();
        p.push(".sig");
        PathBuf::from(p)
    };
    let sig_file = TempFile(sig_path.clone());
    let mut cmd = Command::new(program);
    cmd.args(["-Y", "sign", "-n", "git", "-f"]).arg(&key_path);
    if literal.is_some() {
        cmd.arg("-U");
    }
    cmd.arg(&buffer.0).stdin(Stdio::null());
    // ssh-keygen asks for a passphrase on /dev/tty; detached it cannot, and
    // a key must come from ssh-agent (the refusal says so).
    crate::register::child::detach(&mut cmd);
    let out = cmd
        .output()
        .map_err(|e| refuse(format!("could not be run: {e}")))?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        if stderr.contains("usage:") {
            return Err(refuse(
                "ssh-keygen -Y sign is needed for ssh signing (OpenSSH 8.2p1 or newer)".into(),
            ));
        }
        return Err(refuse(format!(
            "failed to sign the commit with {}:\n{}",
            Path::new(&key_path).display(),
            super::hooks::clean_output(stderr.as_bytes())
        )));
    }
    let signature = std::fs::read(&sig_file.0)
        .map_err(|e| refuse(format!("wrote no signature ({e}):\n{stderr}")))?;
    let signature = String::from_utf8_lossy(&signature).replace('\r', "");
    if signature.trim().is_empty() {
        return Err(refuse("wrote an empty signature".into()));
    }
    Ok(signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_keys_are_told_from_paths() {
        assert_eq!(
            literal_ssh_key("key::ssh-ed25519 AAA"),
            Some("ssh-ed25519 AAA")
        );
        assert_eq!(literal_ssh_key("ssh-rsa AAA x"), Some("ssh-rsa AAA x"));
        assert_eq!(literal_ssh_key("/home/a/.ssh/id.pub"), None);
        assert_eq!(literal_ssh_key("~/.ssh/id"), None);
    }
}
