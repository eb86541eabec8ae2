//! "Reviewed, no change" changes one line: marking an activity reviewed
//! keeps its file as the user wrote it — comments, blank lines, field
//! order — and the commit's diff is the `last_reviewed` line alone
//! (inserted the first time, replaced after that).

mod common;

use std::path::Path;

use common::interface::{commit_all, commit_review, scratch_repo};
use git2::Repository;
use ropa::register::change::Outcome;

const REL: &str = "da/activities/statistik.ron";

fn review(root: &Path, day: &str) {
    let out = commit_review(root, "da", "statistik", day);
    assert!(matches!(out, Ok(Outcome::Saved(_))), "{out:?}");
}

/// The lines HEAD's commit removed and added, as `git diff` shows them.
fn diff_lines(work: &Path) -> Vec<String> {
    let repo = Repository::open(work).expect("open");
    let c = repo.head().expect("head").peel_to_commit().expect("commit");
    let parent = c.parent(0).expect("parent");
    let diff = repo
        .diff_tree_to_tree(
            Some(&parent.tree().expect("tree")),
            Some(&c.tree().expect("tree")),
            None,
        )
        .expect("diff");
    let mut out = Vec::new();
    diff.print(git2::DiffFormat::Patch, |delta, _, line| {
        if matches!(line.origin(), '+' | '-') {
            out.push(format!(
                "{} {}{}",
                delta.new_file().path().expect("path").display(),
                line.origin(),
                String::from_utf8_lossy(line.content()).trim_end()
            ));
        }
        true
    })
    .expect("print");
    out
}

#[test]
fn a_review_commit_is_one_line_and_keeps_comments() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let path = root.join(REL);
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        !text.contains("last_reviewed"),
        "the sample gained a review"
    );
    // A file as a lawyer keeps it by hand: comments above and beside
    // fields, a blank line between sections.
    let commented = text
        .replacen(
            "    description:",
            "    // Checked against DA's privacy notice, May 2026.\n    description:",
            1,
        )
        .replacen(
            "    status: Draft,\n",
            "    status: Draft, // until the DPO has seen it\n\n",
            1,
        )
        .replacen(
            "    notes:",
            "    // Encoder's notes follow.\n    notes:",
            1,
        );
    std::fs::write(&path, &commented).expect("write");
    commit_all(&Repository::open(&work).expect("open"), "comments");

    review(&root, "2026-11-20");
    assert_eq!(
        diff_lines(&work),
        [format!(
            "registry/{REL} +    last_reviewed: Some(\"2026-11-20\"),"
        )]
    );
    let now = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        now.replace("    last_reviewed: Some(\"2026-11-20\"),\n", ""),
        commented,
        "every other byte kept"
    );

    // Reviewed again later: the date in that line, nothing else.
    review(&root, "2026-12-02");
    assert_eq!(
        diff_lines(&work),
        [
            format!("registry/{REL} -    last_reviewed: Some(\"2026-11-20\"),"),
            format!("registry/{REL} +    last_reviewed: Some(\"2026-12-02\"),"),
        ]
    );
    let now = std::fs::read_to_string(&path).expect("read");
    assert!(now.contains("// until the DPO has seen it"), "{now}");
    assert!(
        now.contains("// Checked against DA's privacy notice"),
        "{now}"
    );
}
