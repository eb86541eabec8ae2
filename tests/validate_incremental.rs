//! Judging again only what changed: after any change to the register's
//! files, `rejudge` of the report before gives exactly the report a
//! whole validation gives.

mod common;

use std::path::Path;

use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::{Options, Report, rejudge, validate};

fn opts() -> Options {
    Options {
        today: Date::parse("2026-12-01").expect("date"),
        strict: false,
    }
}

/// `before` with the files `changed` judged again ([`rejudge`]).
fn rejudged(before: &Report, loaded: &ropa::register::load::Loaded, changed: &[String]) -> Report {
    let mut report = before.clone();
    rejudge(&mut report, loaded, changed, &opts());
    report
}

fn copy() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("reg");
    common::copy_tree(&common::sample_registry(), &root);
    (dir, root)
}

fn report(root: &Path) -> Report {
    validate(&load(root).expect("load"), &opts())
}

/// Applies `change` to the files, then checks that judging `changed`
/// again from the report before equals judging everything.
fn same_as_whole(change: impl FnOnce(&Path), changed: &[&str]) {
    let (_dir, root) = copy();
    let before = report(&root);
    change(&root);
    let loaded = load(&root).expect("load");
    let changed: Vec<String> = changed.iter().map(|s| s.to_string()).collect();
    let whole = validate(&loaded, &opts());
    let again = rejudged(&before, &loaded, &changed);
    assert_eq!(again.findings, whole.findings, "{changed:?}");
}

fn edit(root: &Path, rel: &str, f: impl FnOnce(String) -> String) {
    let p = root.join(rel);
    let text = std::fs::read_to_string(&p).expect("read");
    let new = f(text.clone());
    assert!(new != text, "{rel}: the edit changes the file");
    std::fs::write(&p, new).expect("write");
}

const BARSEL: &str = "da/activities/da-barsel.ron";

#[test]
fn an_edited_activity_is_judged_again_alone() {
    // A CPR number typed into a text, and the name emptied.
    same_as_whole(
        |root| {
            edit(root, BARSEL, |t| {
                t.replacen("name: \"DA Barsel\"", "name: \"\"", 1).replacen(
                    "purposes: [",
                    "// 010203-1234\n    purposes: [",
                    1,
                )
            })
        },
        &[BARSEL],
    );
    // A legal basis taken away, in another organisation.
    let (_dir, root) = copy();
    let acts: Vec<String> = std::fs::read_dir(root.join("djoef/activities"))
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| format!("djoef/activities/{}", e.file_name().to_string_lossy()))
        .collect();
    let first = acts.iter().min().expect("an activity").clone();
    same_as_whole(
        |root| {
            edit(root, &first, |t| {
                t.replacen("article6: Some(", "article6: None, // (", 1)
            })
        },
        &[&first],
    );
}

#[test]
fn a_broken_removed_or_new_activity_file_is_judged_again_alone() {
    same_as_whole(
        |root| edit(root, BARSEL, |t| t.replacen("Activity(", "Activity((", 1)),
        &[BARSEL],
    );
    same_as_whole(
        |root| std::fs::remove_file(root.join(BARSEL)).expect("remove"),
        &[BARSEL],
    );
    same_as_whole(
        |root| {
            let text = std::fs::read_to_string(root.join(BARSEL)).expect("read");
            std::fs::write(
                root.join("da/activities/ny.ron"),
                text.replacen("id: \"da-barsel\"", "id: \"ny\"", 1),
            )
            .expect("write");
        },
        &["da/activities/ny.ron"],
    );
}

#[test]
fn an_organisation_file_or_several_files_are_judged_as_a_whole() {
    same_as_whole(
        |root| {
            edit(root, "da/organisation.ron", |t| {
                t.replacen("name: \"Dansk Arbejdsgiverforening\"", "name: \"\"", 1)
            })
        },
        &["da/organisation.ron"],
    );
    same_as_whole(
        |root| {
            edit(root, BARSEL, |t| {
                t.replacen("name: \"DA Barsel\"", "name: \"\"", 1)
            });
            std::fs::remove_file(root.join("da/organisation.ron")).expect("remove");
        },
        &[BARSEL, "da/organisation.ron"],
    );
}

#[test]
fn nothing_changed_is_the_report_before() {
    let (_dir, root) = copy();
    let before = report(&root);
    let loaded = load(&root).expect("load");
    assert_eq!(rejudged(&before, &loaded, &[]).findings, before.findings);
}

/// Judging one activity again reads nothing else: a finding of another
/// file in the report before is kept as it was (a whole validation would
/// have dropped this one, which no rule gives).
#[test]
fn only_the_changed_activity_is_judged_again() {
    let (_dir, root) = copy();
    let mut before = report(&root);
    let mut sentinel = before.findings[0].clone();
    sentinel.path = "djoef/organisation.ron".into();
    sentinel.message = "kept from the report before".into();
    before.findings.push(sentinel.clone());
    // In report order, as judging again expects it.
    ropa::register::validate::sort_findings(&mut before.findings);
    // A CPR-shaped number typed into the name.
    edit(&root, BARSEL, |t| {
        t.replacen("name: \"DA Barsel\"", "name: \"DA Barsel 010203-1234\"", 1)
    });
    let loaded = load(&root).expect("load");
    let again = rejudged(&before, &loaded, &[BARSEL.to_string()]);
    assert!(again.findings.contains(&sentinel));
    let whole = validate(&loaded, &opts());
    let of = |r: &Report| -> Vec<_> {
        r.findings
            .iter()
            .filter(|f| f.path == BARSEL)
            .cloned()
            .collect()
    };
    assert_eq!(of(&again), of(&whole));
    assert_ne!(of(&again), of(&before), "the edit changed the findings");
}
