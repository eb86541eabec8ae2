//! Attacks on "nothing from the register reaches a terminal raw" where
//! the text is not a record's field: file and folder names holding an
//! escape sequence and U+202E, and the paths and arguments the commands
//! print in their errors and notes. Checked by the bytes written.

mod common;
mod fixture;

use std::path::Path;
use std::process::{Command, Output};

use fixture::Repo;
use ropa::text::needs_stand_in;

/// Retitles the terminal, then reverses the text after it.
const ATTACK: &str = "\u{1b}]2;pwned\u{7}\u{202E}";
/// What a terminal shows for [`ATTACK`].
const SHOWN: &str = "\\u{1b}]2;pwned\\u{7}<U+202E>";

/// The first character in `bytes` that may not reach a terminal raw (line
/// breaks aside).
fn raw(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| c != '\n' && needs_stand_in(c))
}

/// Runs ropa in `dir` with the tests' own config and data folders.
fn ropa_in(dir: &Path, args: &[&str]) -> Output {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run ropa")
}

/// Asserts that neither stream of `out` holds a raw control or bidi
/// character, and that `what` shows the attack by name on one of them.
fn shown_escaped(out: &Output, what: &str) {
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert_eq!(
            raw(bytes),
            None,
            "{what} {name}:\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains(SHOWN), "{what}:\n{all}");
}

// ---------------------------------------------------------------- commands

#[test]
fn init_names_a_folder_holding_an_escape_sequence_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("register {ATTACK}");
    let folder = dir.path().join(&name);
    // A folder that is not empty: refused, with the advice naming it.
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("notes.txt"), "æøå").expect("write");
    let out = ropa_in(dir.path(), &["init", &name]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    shown_escaped(&out, "ropa init (not empty)");

    // A new register there, then its hook: the hook's path is named too.
    let fresh = format!("ny {ATTACK}");
    let out = ropa_in(dir.path(), &["init", &fresh]);
    assert!(out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init");
    let out = ropa_in(dir.path(), &["init", "--hooks", &fresh]);
    assert!(out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init --hooks");
    // A second init there: already a repository.
    let out = ropa_in(dir.path(), &["init", &fresh]);
    assert!(!out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init (a repository)");
}

#[test]
fn generate_names_its_folder_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("gen {ATTACK}");
    std::fs::create_dir(dir.path().join(&name)).expect("mkdir");
    std::fs::write(dir.path().join(&name).join("x"), "x").expect("write");
    let out = ropa_in(dir.path(), &["generate", &name]);
    assert!(!out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa generate");
}

#[test]
fn arguments_quoted_in_errors_are_escaped() {
    let r = Repo::sample();
    let root = r.root.display().to_string();
    let since = format!("2026{ATTACK}");
    let out = ropa_in(&r.root, &["log", &root, "--since", &since]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    shown_escaped(&out, "ropa log --since");
    let rule = format!("ACT-{ATTACK}");
    let out = ropa_in(&r.root, &["validate", "--explain", &rule]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    shown_escaped(&out, "ropa validate --explain");
}
