//! `ropa generate`: the real binary writes a valid register with history
//! as a clean git repository, deterministically for a seed, refuses a
//! non-empty folder and stays out of the main help.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the ropa binary with `args`.
fn ropa(args: &[&str]) -> Output {
    common::ropa(args)
}

/// Runs git in `dir` without the user's or the system's configuration.
fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run git")
}

fn git_text(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `ropa generate --orgs 5 --activities 4 --commits 30 [--seed S] <tmp>/NAME`.
fn generate(tmp: &Path, name: &str, seed: Option<&str>) -> PathBuf {
    let dest = tmp.join(name);
    let dest_s = dest.to_str().expect("utf-8 path");
    let mut args = vec![
        "generate",
        "--orgs",
        "5",
        "--activities",
        "4",
        "--commits",
        "30",
    ];
    if let Some(s) = seed {
        args.extend(["--seed", s]);
    }
    args.push(dest_s);
    let out = ropa(&args);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("5 organisations, 20 activities, 31 commits"),
        "{stdout}"
    );
    assert!(
        stdout.contains(" on disk, ") && stdout.trim_end().ends_with(" s"),
        "{stdout}"
    );
    dest
}

/// Every file under `dir` outside `.git`, relative, with `/` separators.
fn work_tree_files(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).expect("read_dir") {
        let e = e.expect("entry");
        let name = e.file_name().to_string_lossy().to_string();
        if prefix.is_empty() && name == ".git" {
            continue;
        }
        let rel = format!("{prefix}{name}");
        if e.file_type().expect("type").is_dir() {
            work_tree_files(&e.path(), &format!("{rel}/"), out);
        } else {
            out.push(rel);
        }
    }
}

#[test]
fn small_register_is_valid_clean_and_has_history() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dest = generate(tmp.path(), "reg", None);
    let dest_s = dest.to_str().expect("utf-8 path");

    // Valid: exit 0, no errors.
    let out = ropa(&["validate", dest_s]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains(": 0 errors"), "{}", text(&out));

    // History: the first commit and 30 edits, by the legal team, in order.
    assert_eq!(git_text(&dest, &["rev-list", "--count", "HEAD"]), "31");
    let authors = git_text(&dest, &["log", "--format=%an"]);
    assert!(authors.lines().all(|a| !a.is_empty() && a != "ropa"));
    let times: Vec<i64> = git_text(&dest, &["log", "--reverse", "--format=%at"])
        .lines()
        .map(|t| t.parse().expect("time"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
    // Each edit changes exactly one activity file.
    let changed = git_text(&dest, &["log", "--format=", "--name-only", "HEAD~30..HEAD"]);
    let changed: Vec<&str> = changed.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(changed.len(), 30, "{changed:?}");
    assert!(changed.iter().all(|p| p.contains("/activities/")));

    // The hand-written pack is a sound repository.
    let fsck = git(&dest, &["fsck", "--full", "--strict"]);
    assert!(fsck.status.success(), "{}", text(&fsck));

    // Clean, and HEAD's files are exactly the work tree.
    assert_eq!(git_text(&dest, &["status", "--porcelain"]), "");
    assert!(git(&dest, &["diff", "--quiet", "HEAD"]).status.success());
    let mut tracked: Vec<String> = git_text(&dest, &["ls-tree", "-r", "--name-only", "HEAD"])
        .lines()
        .map(str::to_string)
        .collect();
    let mut on_disk = Vec::new();
    work_tree_files(&dest, "", &mut on_disk);
    tracked.sort();
    on_disk.sort();
    assert_eq!(tracked, on_disk);
    assert_eq!(tracked.len(), 25);

    // Canonical layout: fmt --check finds nothing.
    let out = ropa(&["fmt", "--check", dest_s]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));

    // `ropa log` shows the edits in register terms.
    let out = ropa(&["--registry", dest_s, "log", "-n", "5"]);
    assert!(out.status.success(), "{}", text(&out));
    let log = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        log.lines().filter(|l| l.starts_with("commit ")).count(),
        5,
        "{log}"
    );
    assert!(
        log.contains("/activities/") && log.contains("(changed)"),
        "{log}"
    );
    assert!(log.contains("@jura.example>"), "{log}");
}

#[test]
fn same_seed_same_repository() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let a = generate(tmp.path(), "a", None);
    let b = generate(tmp.path(), "b", Some("42"));
    let c = generate(tmp.path(), "c", Some("7"));
    let tree = |d: &Path| git_text(d, &["rev-parse", "HEAD^{tree}"]);
    let head = |d: &Path| git_text(d, &["rev-parse", "HEAD"]);
    assert_eq!(tree(&a), tree(&b));
    assert_eq!(head(&a), head(&b), "same authors, times and messages");
    assert_ne!(tree(&a), tree(&c));
}

#[test]
fn refuses_a_non_empty_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dest = tmp.path().join("taken");
    std::fs::create_dir(&dest).expect("mkdir");
    std::fs::write(dest.join("notes.txt"), "keep me").expect("write");
    let out = ropa(&[
        "generate",
        "--orgs",
        "2",
        "--activities",
        "2",
        dest.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("not an empty folder"), "{}", text(&out));
    let mut left = Vec::new();
    work_tree_files(&dest, "", &mut left);
    assert_eq!(left, vec!["notes.txt".to_string()]);
    assert!(!dest.join(".git").exists());

    // An existing empty folder is fine.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    let out = ropa(&[
        "generate",
        "--orgs",
        "1",
        "--activities",
        "1",
        empty.to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(git_text(&empty, &["rev-list", "--count", "HEAD"]), "1");
}

#[test]
fn generate_is_left_out_of_the_main_help() {
    let out = ropa(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("validate"), "{help}");
    assert!(!help.contains("generate"), "{help}");
    let out = ropa(&["generate", "--help"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--commits"));
}
