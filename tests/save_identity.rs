//! Saving without a git identity. Its own test binary, because it changes
//! where git2 looks for the user's configuration, which is process-wide.

mod common;

use std::fs;

use git2::{Repository, Signature};
use ropa::register::change::{self, Intent, Options, Refusal, baseline};
use ropa::register::load::load;

#[test]
fn no_identity_is_an_error_that_says_how_to_set_it_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty-config");
    fs::create_dir_all(&empty).expect("mkdir");
    for level in [
        git2::ConfigLevel::System,
        git2::ConfigLevel::XDG,
        git2::ConfigLevel::Global,
        git2::ConfigLevel::ProgramData,
    ] {
        // SAFETY: the only test in this binary, before any other git2 use.
        unsafe { git2::opts::set_search_path(level, empty.as_os_str()) }.expect("search path");
    }

    let work = dir.path().join("work");
    let repo = Repository::init(&work).expect("init");
    assert!(repo.signature().is_err(), "identity leaked into the test");
    let org = common::clean_org();
    common::write_register(&work, &org, &[common::clean_activity()]);
    let rel = "acme/organisation.ron";
    let before = fs::read(work.join(rel)).expect("read");
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find");
    let sig = Signature::now("Setup", "setup@example.org").expect("sig");
    let first = repo
        .commit(Some("HEAD"), &sig, &sig, "initial", &tree, &[])
        .expect("commit");
    let index_before = fs::read(work.join(".git/index")).expect("index");

    let loaded = load(&work).expect("load");
    let b = baseline(&work, rel).expect("baseline");
    let mut renamed = org.clone();
    renamed.name = "Acme Danmark ApS".into();
    let intent = Intent::SaveOrganisation {
        org: Some(org.id.clone()),
        original: Some(Box::new(org)),
        record: Box::new(renamed),
    };
    let err = change::commit(&work, &loaded.register, &intent, &[b], &Options::default())
        .expect_err("no identity");
    assert!(matches!(err, Refusal::NoIdentity), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("git config --global user.name"), "{text}");
    assert!(text.contains("git config --global user.email"), "{text}");
    assert!(text.contains("Nothing was saved"), "{text}");
    assert_eq!(fs::read(work.join(rel)).expect("read"), before);
    assert_eq!(repo.head().expect("head").target(), Some(first));
    assert_eq!(
        fs::read(work.join(".git/index")).expect("index"),
        index_before
    );
    assert!(!work.join(".git/ropa-transaction.json").exists());
    assert!(!work.join(".git/index.lock").exists());
    let mut so = git2::StatusOptions::new();
    so.include_untracked(true);
    assert!(repo.statuses(Some(&mut so)).expect("statuses").is_empty());
}
