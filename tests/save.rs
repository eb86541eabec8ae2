//! Saving to the register: one change = one git commit, in real repositories.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Once;

use git2::{Oid, Repository, Signature, Status};
use ropa::register::save::{Baseline, Edit, SaveError, baseline, baseline_loaded, revert, save};

const A: &str = "org/activities/a.ron";
const B: &str = "org/activities/b.ron";
const ORG: &str = "org/organisation.ron";

/// Keeps the machine's own git configuration out of the tests.
fn isolate() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let empty = std::env::temp_dir().join(format!("ropa-save-test-{}", std::process::id()));
        fs::create_dir_all(&empty).expect("mkdir");
        for level in [
            git2::ConfigLevel::System,
            git2::ConfigLevel::XDG,
            git2::ConfigLevel::Global,
            git2::ConfigLevel::ProgramData,
        ] {
            // SAFETY: runs once, before this test binary uses git2 otherwise.
            unsafe { git2::opts::set_search_path(level, empty.as_os_str()) }.expect("search path");
        }
    });
}

/// A repository with the register at `sub` (`""` for the work tree root),
/// three committed files and an identity in the repository's own config.
struct Fixture {
    _dir: tempfile::TempDir,
    repo: Repository,
    root: PathBuf,
    prefix: String,
}

impl Fixture {
    fn new(sub: &str) -> Fixture {
        let f = Fixture::empty(sub);
        for (p, text) in [(ORG, "org v1\n"), (A, "a v1\n"), (B, "b v1\n")] {
            f.write(p, text);
        }
        f.commit_all("initial");
        f
    }

    fn empty(sub: &str) -> Fixture {
        isolate();
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        let mut cfg = repo.config().expect("config");
        cfg.set_str("user.name", "Ada Lawyer").expect("name");
        cfg.set_str("user.email", "ada@example.org").expect("email");
        let root = dir.path().join(sub);
        fs::create_dir_all(&root).expect("mkdir");
        let prefix = if sub.is_empty() {
            String::new()
        } else {
            format!("{sub}/")
        };
        Fixture {
            _dir: dir,
            repo,
            root,
            prefix,
        }
    }

    fn write(&self, rel: &str, text: &str) {
        let p = self.root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    }

    fn read(&self, rel: &str) -> Option<String> {
        fs::read_to_string(self.root.join(rel)).ok()
    }

    fn commit_all(&self, message: &str) -> Oid {
        let mut index = self.repo.index().expect("index");
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .expect("add");
        index.write().expect("write index");
        let tree = self
            .repo
            .find_tree(index.write_tree().expect("tree"))
            .expect("find tree");
        let sig = Signature::now("Other", "other@example.org").expect("sig");
        let parent = self.head();
        let parents: Vec<git2::Commit<'_>> = parent
            .map(|id| self.repo.find_commit(id).expect("parent"))
            .into_iter()
            .collect();
        let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
        self.repo
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
            .expect("commit")
    }

    fn stage(&self, rel: &str) {
        let mut index = self.repo.index().expect("index");
        index
            .add_path(Path::new(&self.repo_path(rel)))
            .expect("add");
        index.write().expect("write index");
    }

    fn head(&self) -> Option<Oid> {
        self.repo.head().ok().and_then(|h| h.target())
    }

    fn commits(&self) -> usize {
        let Some(head) = self.head() else { return 0 };
        let mut walk = self.repo.revwalk().expect("revwalk");
        walk.push(head).expect("push");
        walk.count()
    }

    fn repo_path(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    fn status(&self, rel: &str) -> Status {
        self.repo
            .status_file(Path::new(&self.repo_path(rel)))
            .expect("status")
    }

    /// Nothing staged, modified or untracked anywhere in the work tree.
    fn clean(&self) -> bool {
        let mut opts = git2::StatusOptions::new();
        opts.include_untracked(true);
        self.repo
            .statuses(Some(&mut opts))
            .expect("statuses")
            .is_empty()
    }

    /// Repository paths the commit changed relative to its first parent.
    fn touched(&self, id: Oid) -> Vec<String> {
        let c = self.repo.find_commit(id).expect("commit");
        let old = c.parent(0).ok().map(|p| p.tree().expect("tree"));
        let diff = self
            .repo
            .diff_tree_to_tree(old.as_ref(), Some(&c.tree().expect("tree")), None)
            .expect("diff");
        diff.deltas()
            .filter_map(|d| {
                d.new_file()
                    .path()
                    .map(|p| p.to_string_lossy().into_owned())
            })
            .collect()
    }

    fn baseline(&self, rel: &str) -> Baseline {
        baseline(&self.root, rel).expect("baseline")
    }
}

fn edit(rel: &str, text: &str, message: &str) -> Edit {
    Edit {
        writes: vec![(rel.to_string(), text.as_bytes().to_vec())],
        removes: vec![],
        message: message.to_string(),
    }
}

#[test]
fn one_save_is_one_commit_of_one_file() {
    let f = Fixture::new("");
    let before = f.head();
    let base = f.baseline(A);
    let message = "Org / A: name\n\nname: \"a\" → \"b\"\n";
    let id = save(&f.root, &edit(A, "a v2\n", message), &[base], false)
        .expect("save")
        .expect("a commit");
    assert_eq!(f.head(), Some(id));
    assert_eq!(f.commits(), 2);
    let c = f.repo.find_commit(id).expect("commit");
    assert_eq!(c.parent_id(0).ok(), before);
    assert_eq!(c.message(), Ok(message));
    assert_eq!(c.author().name(), Ok("Ada Lawyer"));
    assert_eq!(c.author().email(), Ok("ada@example.org"));
    assert_eq!(f.touched(id), vec![A.to_string()]);
    assert_eq!(f.read(A).as_deref(), Some("a v2\n"));
    assert_eq!(f.status(A), Status::CURRENT);
}

#[test]
fn other_staged_and_unstaged_changes_survive() {
    let f = Fixture::new("");
    f.write(B, "b edited, unstaged\n");
    f.write(ORG, "org edited, staged\n");
    f.stage(ORG);
    f.write("notes.txt", "untracked\n");
    let base = f.baseline(A);
    let id = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false)
        .expect("save")
        .expect("a commit");
    assert_eq!(f.touched(id), vec![A.to_string()]);
    assert_eq!(f.read(B).as_deref(), Some("b edited, unstaged\n"));
    assert_eq!(f.status(B), Status::WT_MODIFIED);
    assert_eq!(f.read(ORG).as_deref(), Some("org edited, staged\n"));
    assert_eq!(f.status(ORG), Status::INDEX_MODIFIED);
    assert_eq!(f.status("notes.txt"), Status::WT_NEW);
    assert_eq!(f.status(A), Status::CURRENT);
}

#[test]
fn file_changed_on_disk_is_a_conflict_unless_forced() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    f.write(A, "the editor's version\n");
    let e = edit(A, "a v2\n", "A");
    let err = save(&f.root, &e, std::slice::from_ref(&base), false).expect_err("conflict");
    match err {
        SaveError::Conflict { path, current } => {
            assert_eq!(path, A);
            assert_eq!(current.as_deref(), Some("the editor's version\n"));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(f.read(A).as_deref(), Some("the editor's version\n"));
    assert_eq!(f.commits(), 1);

    save(&f.root, &e, &[base], true)
        .expect("forced save")
        .expect("a commit");
    assert_eq!(f.read(A).as_deref(), Some("a v2\n"));
    assert_eq!(f.commits(), 2);
}

#[test]
fn file_changed_in_head_is_a_conflict() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    // A pull: a new commit of the file, and the file updated on disk.
    f.write(A, "pulled\n");
    f.commit_all("pulled");
    let err = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false).expect_err("conflict");
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(f.read(A).as_deref(), Some("pulled\n"));
    assert_eq!(f.commits(), 2);
}

#[test]
fn commit_of_the_file_elsewhere_is_a_conflict_even_if_disk_is_unchanged() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    // Another tool commits new content without touching the work tree.
    let sig = Signature::now("Other", "other@example.org").expect("sig");
    let head = f
        .repo
        .head()
        .expect("head")
        .peel_to_commit()
        .expect("commit");
    let mut index = git2::Index::new().expect("index");
    index
        .read_tree(&head.tree().expect("tree"))
        .expect("read tree");
    let blob = f.repo.blob(b"elsewhere\n").expect("blob");
    let mut entry = index.get_path(Path::new(A), 0).expect("entry");
    entry.id = blob;
    index.add(&entry).expect("add");
    let tree = f
        .repo
        .find_tree(index.write_tree_to(&f.repo).expect("tree"))
        .expect("find");
    f.repo
        .commit(Some("HEAD"), &sig, &sig, "elsewhere", &tree, &[&head])
        .expect("commit");
    let err = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false).expect_err("conflict");
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(f.read(A).as_deref(), Some("a v1\n"));
}

#[test]
fn commit_of_another_file_is_no_conflict() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    f.write(B, "b v2\n");
    let tip = f.commit_all("b changed");
    let id = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false)
        .expect("save")
        .expect("a commit");
    let c = f.repo.find_commit(id).expect("commit");
    assert_eq!(c.parent_id(0).ok(), Some(tip));
    assert_eq!(f.touched(id), vec![A.to_string()]);
}

#[test]
fn saving_without_change_makes_no_commit() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    let result = save(&f.root, &edit(A, "a v1\n", "A"), &[base], false).expect("save");
    assert_eq!(result, None);
    assert_eq!(f.commits(), 1);
    assert_eq!(f.status(A), Status::CURRENT);
}

#[test]
fn new_file_over_an_existing_one_is_a_conflict() {
    let f = Fixture::new("");
    let err = save(&f.root, &edit(B, "new\n", "B"), &[], false).expect_err("conflict");
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(f.read(B).as_deref(), Some("b v1\n"));
}

#[test]
fn rename_is_one_commit() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    let e = Edit {
        writes: vec![("org/activities/c.ron".into(), b"a v1\n".to_vec())],
        removes: vec![A.into()],
        message: "rename a to c".into(),
    };
    let id = save(&f.root, &e, &[base], false)
        .expect("save")
        .expect("a commit");
    assert_eq!(f.commits(), 2);
    let mut touched = f.touched(id);
    touched.sort();
    assert_eq!(
        touched,
        vec![A.to_string(), "org/activities/c.ron".to_string()]
    );
    assert_eq!(f.read(A), None);
    assert_eq!(f.read("org/activities/c.ron").as_deref(), Some("a v1\n"));
    assert!(f.clean());
}

#[test]
fn register_in_a_subdirectory_of_the_repository() {
    let f = Fixture::new("registry");
    let base = f.baseline(A);
    let id = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false)
        .expect("save")
        .expect("a commit");
    assert_eq!(f.touched(id), vec![format!("registry/{A}")]);
    assert_eq!(f.read(A).as_deref(), Some("a v2\n"));
    assert!(f.clean());
}

#[test]
fn first_commit_in_an_empty_repository() {
    let f = Fixture::empty("");
    let id = save(&f.root, &edit(ORG, "org v1\n", "first"), &[], false)
        .expect("save")
        .expect("a commit");
    let c = f.repo.find_commit(id).expect("commit");
    assert_eq!(c.parent_count(), 0);
    assert_eq!(f.head(), Some(id));
    assert_eq!(f.status(ORG), Status::CURRENT);
}

#[test]
fn revert_restores_the_files_in_a_new_commit() {
    let f = Fixture::new("");
    let e = Edit {
        writes: vec![("org/activities/c.ron".into(), b"a v2\n".to_vec())],
        removes: vec![A.into()],
        message: "Org / A: id, name\n\nid: \"a\" → \"c\"\n".into(),
    };
    let saved = save(&f.root, &e, &[f.baseline(A)], false)
        .expect("save")
        .expect("a commit");
    let undo = revert(&f.root, saved, false)
        .expect("revert")
        .expect("a commit");
    let c = f.repo.find_commit(undo).expect("commit");
    assert_eq!(c.parent_id(0).ok(), Some(saved));
    let message = c.message().expect("utf-8");
    assert!(
        message.starts_with("Revert \"Org / A: id, name\"\n\n"),
        "{message}"
    );
    assert!(message.contains(&saved.to_string()), "{message}");
    assert_eq!(f.read(A).as_deref(), Some("a v1\n"));
    assert_eq!(f.read("org/activities/c.ron"), None);
    assert_eq!(f.commits(), 3);
    let initial_tree = f
        .repo
        .find_commit(c.parent_id(0).expect("parent"))
        .expect("saved")
        .parent(0)
        .expect("initial")
        .tree_id();
    assert_eq!(c.tree_id(), initial_tree);
}

#[test]
fn revert_of_a_file_changed_since_is_a_conflict() {
    let f = Fixture::new("");
    let first = save(&f.root, &edit(A, "a v2\n", "one"), &[f.baseline(A)], false)
        .expect("save")
        .expect("a commit");
    save(&f.root, &edit(A, "a v3\n", "two"), &[f.baseline(A)], false)
        .expect("save")
        .expect("a commit");
    let err = revert(&f.root, first, false).expect_err("conflict");
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(f.read(A).as_deref(), Some("a v3\n"));
    assert_eq!(f.commits(), 3);
}

#[test]
fn paths_outside_the_register_are_rejected() {
    let f = Fixture::new("registry");
    for bad in [
        "../x.ron",
        "org/../../x.ron",
        "/tmp/x.ron",
        "org/./a.ron",
        "a\0b.ron",
        ".git/config",
        "",
    ] {
        let err = save(&f.root, &edit(bad, "x\n", "bad"), &[], true).expect_err(bad);
        assert!(matches!(err, SaveError::BadPath(_)), "{bad:?}: {err:?}");
        assert!(baseline(&f.root, bad).is_err(), "{bad:?}");
    }
    assert_eq!(f.read("../x.ron"), None);
    assert_eq!(f.commits(), 1);
}

#[test]
fn folder_outside_a_repository_is_refused() {
    isolate();
    let dir = tempfile::tempdir().expect("tempdir");
    let err = save(dir.path(), &edit(A, "x\n", "x"), &[], false).expect_err("no repo");
    assert!(matches!(err, SaveError::NotARepository(_)), "{err:?}");
    assert!(!dir.path().join(A).exists());
}

#[test]
fn git_refuses_a_commit_whose_parent_is_no_longer_the_tip() {
    // What `save` relies on to never drop a concurrent saver's commit.
    let f = Fixture::new("");
    let stale = f
        .repo
        .head()
        .expect("head")
        .peel_to_commit()
        .expect("commit");
    f.write(B, "b v2\n");
    f.commit_all("someone else");
    let sig = Signature::now("Ada", "ada@example.org").expect("sig");
    let err = f
        .repo
        .commit(
            Some("HEAD"),
            &sig,
            &sig,
            "late",
            &stale.tree().expect("tree"),
            &[&stale],
        )
        .expect_err("tip moved");
    assert_eq!(err.code(), git2::ErrorCode::Modified);
}

#[test]
fn failed_commit_puts_the_old_file_back() {
    let f = Fixture::new("");
    let base = f.baseline(A);
    // Another git process holds the branch: the ref update fails.
    let head = f.repo.head().expect("head");
    let branch = head.name().expect("branch name");
    let lock = f.repo.path().join(format!("{branch}.lock"));
    fs::write(&lock, "").expect("lock");
    let err = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false).expect_err("locked");
    assert!(matches!(err, SaveError::Git(_)), "{err:?}");
    assert_eq!(f.read(A).as_deref(), Some("a v1\n"));
    assert_eq!(f.commits(), 1);
    fs::remove_file(lock).expect("unlock");
    assert!(f.clean());
}

#[test]
fn change_between_loading_and_baseline_is_a_conflict() {
    let f = Fixture::new("");
    let loaded = fs::read(f.root.join(A)).expect("load");
    f.write(A, "changed right after loading\n");
    let base = baseline_loaded(&f.root, A, &loaded).expect("baseline");
    let err = save(&f.root, &edit(A, "a v2\n", "A"), &[base], false).expect_err("conflict");
    assert!(matches!(err, SaveError::Conflict { .. }), "{err:?}");
    assert_eq!(f.read(A).as_deref(), Some("changed right after loading\n"));
}
