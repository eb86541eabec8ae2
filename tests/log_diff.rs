//! `ropa log` and `ropa diff` on known commits of a scratch repository
//! holding the sample register: the expected records and field changes,
//! with author and date, as text and as JSON.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The sample register committed at `<tmp>/registry`, then two known
/// commits: DA Barsel renamed, and a system added to OS2's activity.
fn history() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().to_path_buf();
    common::copy_tree(&common::sample_registry(), &work.join("registry"));
    let git = |args: &[&str], date: &str| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(&work)
            .args(args)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date)
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"], "2026-01-01T10:00:00+01:00");
    git(
        &["config", "user.name", "Revisor Hansen"],
        "2026-01-01T10:00:00+01:00",
    );
    git(
        &["config", "user.email", "rh@example.org"],
        "2026-01-01T10:00:00+01:00",
    );
    git(&["add", "."], "2026-01-01T10:00:00+01:00");
    git(&["commit", "-qm", "sample"], "2026-01-01T10:00:00+01:00");
    let barsel = work.join("registry/da/activities/da-barsel.ron");
    let text = std::fs::read_to_string(&barsel).expect("read");
    std::fs::write(
        &barsel,
        text.replace("name: \"DA Barsel\",", "name: \"DA Barsel 2027\","),
    )
    .expect("write");
    git(
        &["commit", "-qam", "DA Barsel: name"],
        "2026-03-02T09:30:00+01:00",
    );
    (dir, work)
}

fn ropa(work: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("--registry")
        .arg(work.join("registry"))
        .args(args)
        .output()
        .expect("run ropa");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn diff_prints_the_field_changes_between_two_commits() {
    let (_d, work) = history();
    let (code, out) = ropa(&work, &["diff", "HEAD~1..HEAD"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 record(s) changed"), "{out}");
    assert!(out.contains("Revisor Hansen"), "{out}");
    assert!(out.contains("2026-03-02 09:30"), "{out}");
    assert!(
        out.contains("da/activities/da-barsel.ron (changed)"),
        "{out}"
    );
    assert!(
        out.contains(r#"name: "DA Barsel" → "DA Barsel 2027""#),
        "{out}"
    );

    let (code, json) = ropa(&work, &["diff", "HEAD~1..HEAD", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["records"][0]["path"], "da/activities/da-barsel.ron");
    assert_eq!(v["records"][0]["fields"][0]["field"], "name");
    assert_eq!(v["commits"][0]["author"], "Revisor Hansen");
}

#[test]
fn log_of_one_activity_and_since_a_date() {
    let (_d, work) = history();
    let (code, out) = ropa(&work, &["log", "da-barsel"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("DA Barsel: name"), "{out}");
    assert!(
        out.contains(r#"name: "DA Barsel" → "DA Barsel 2027""#),
        "{out}"
    );
    // The activity's file was added by the first commit too.
    assert_eq!(out.matches("commit ").count(), 2, "{out}");

    let (_, since) = ropa(&work, &["log", "--since", "2026-02-01"]);
    assert_eq!(since.matches("commit ").count(), 1, "{since}");
    assert!(since.contains("DA Barsel: name"), "{since}");

    let (code, _) = ropa(&work, &["log", "no-such-activity"]);
    assert_eq!(code, 2);
    let (code, _) = ropa(&work, &["log", "--since", "last week"]);
    assert_eq!(code, 2);
}
