//! Saving without a git identity. Its own test binary, because it changes
//! where git2 looks for the user's configuration, which is process-wide.

use std::fs;

use git2::{Repository, Signature};
use ropa::register::save::{Edit, SaveError, baseline, save};

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
    let rel = "org/organisation.ron";
    fs::create_dir_all(work.join("org")).expect("mkdir");
    fs::write(work.join(rel), "v1\n").expect("write");
    let mut index = repo.index().expect("index");
    index.add_path(std::path::Path::new(rel)).expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find");
    let sig = Signature::now("Setup", "setup@example.org").expect("sig");
    let first = repo
        .commit(Some("HEAD"), &sig, &sig, "initial", &tree, &[])
        .expect("commit");

    let base = baseline(&work, rel).expect("baseline");
    let edit = Edit {
        writes: vec![(rel.into(), b"v2\n".to_vec())],
        removes: vec![],
        message: "change".into(),
    };
    let err = save(&work, &edit, &[base], false).expect_err("no identity");
    assert!(matches!(err, SaveError::NoIdentity), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("git config --global user.name"), "{text}");
    assert!(text.contains("git config --global user.email"), "{text}");
    assert_eq!(fs::read_to_string(work.join(rel)).expect("read"), "v1\n");
    assert_eq!(repo.head().expect("head").target(), Some(first));
}
