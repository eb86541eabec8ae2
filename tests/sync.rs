//! `ropa sync` against local bare repositories as remotes: two clones of the
//! sample register (kept in a `registry/` subfolder) editing concurrently.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Once;

use git2::{Oid, Repository, Signature};
use ropa::register::change::{self, Intent, Options, Outcome, Refusal, baseline};
use ropa::register::date::Date;
use ropa::register::format::to_canonical;
use ropa::register::load::{load, parse_record};
use ropa::register::model::Activity;
use ropa::register::sync::{Integration, SyncError, SyncOptions, status, sync};

const STATISTIK: &str = "da/activities/statistik.ron";
const WEBSITE: &str = "da/activities/website.ron";
const TODAY: &str = "2026-01-10";

/// An empty folder used as HOME and as git's system/global config location.
fn sandbox() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ropa-sync-test-home-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("mkdir");
    dir
}

/// Keeps the machine's own git configuration out of the tests.
fn isolate() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let empty = sandbox();
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

fn opts() -> SyncOptions {
    SyncOptions {
        today: Date::parse(TODAY).expect("date"),
        ..SyncOptions::default()
    }
}

/// A bare remote holding the sample register in `registry/` on `main`.
struct World {
    dir: tempfile::TempDir,
    remote: PathBuf,
}

impl World {
    fn new() -> World {
        isolate();
        let dir = tempfile::tempdir().expect("tempdir");
        let seed = dir.path().join("seed");
        let repo = Repository::init(&seed).expect("init");
        repo.set_head("refs/heads/main").expect("head");
        common::copy_tree(&common::sample_registry(), &seed.join("registry"));
        fs::write(seed.join("README.md"), "Our register\n").expect("write");
        let mut index = repo.index().expect("index");
        index
            .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
            .expect("add");
        index.write().expect("write index");
        let tree = repo
            .find_tree(index.write_tree().expect("tree"))
            .expect("find tree");
        let sig = Signature::now("Seed", "seed@example.org").expect("sig");
        repo.commit(Some("HEAD"), &sig, &sig, "Initial register", &tree, &[])
            .expect("commit");
        let remote = dir.path().join("remote.git");
        git2::build::RepoBuilder::new()
            .bare(true)
            .clone(seed.to_str().expect("utf-8"), &remote)
            .expect("bare clone");
        World { dir, remote }
    }

    /// A clone with its own identity; returns the register root in it.
    fn clone(&self, name: &str) -> Clone {
        let path = self.dir.path().join(name);
        let repo = git2::build::RepoBuilder::new()
            .clone(self.remote.to_str().expect("utf-8"), &path)
            .expect("clone");
        let mut cfg = repo.config().expect("config");
        cfg.set_str("user.name", name).expect("name");
        cfg.set_str("user.email", &format!("{name}@example.org"))
            .expect("email");
        Clone {
            root: path.join("registry"),
            path,
            repo,
        }
    }

    fn remote(&self) -> Repository {
        Repository::open_bare(&self.remote).expect("open remote")
    }

    fn remote_head(&self, branch: &str) -> Option<Oid> {
        self.remote()
            .refname_to_id(&format!("refs/heads/{branch}"))
            .ok()
    }

    /// The file's text on the remote branch.
    fn remote_file(&self, branch: &str, rel: &str) -> String {
        let repo = self.remote();
        let tree = repo
            .find_reference(&format!("refs/heads/{branch}"))
            .expect("branch")
            .peel_to_tree()
            .expect("tree");
        let entry = tree
            .get_path(Path::new(&format!("registry/{rel}")))
            .expect("entry");
        let blob = repo.find_blob(entry.id()).expect("blob");
        String::from_utf8(blob.content().to_vec()).expect("utf-8")
    }

    /// First lines of the remote branch's commits, newest first.
    fn remote_log(&self, branch: &str) -> Vec<String> {
        let repo = self.remote();
        let mut walk = repo.revwalk().expect("walk");
        walk.push_ref(&format!("refs/heads/{branch}"))
            .expect("push");
        walk.map(|id| {
            let c = repo.find_commit(id.expect("id")).expect("commit");
            String::from_utf8_lossy(c.summary_bytes().unwrap_or_default()).into_owned()
        })
        .collect()
    }
}

struct Clone {
    path: PathBuf,
    root: PathBuf,
    repo: Repository,
}

impl Clone {
    fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.root.join(rel)).expect("read")
    }

    /// The intent of changing an activity as ropa's editor does: one
    /// canonical file with `message`.
    fn intent(&self, rel: &str, message: &str, change: impl FnOnce(&mut Activity)) -> Intent {
        let mut a: Activity = parse_record(&self.read(rel)).expect("parse");
        change(&mut a);
        Intent::Files {
            writes: vec![(
                rel.to_string(),
                to_canonical(&a).expect("canonical").into_bytes(),
            )],
            removes: vec![],
            message: message.to_string(),
        }
    }

    /// Changes an activity through ropa's transaction: one commit.
    fn edit(&self, rel: &str, message: &str, change: impl FnOnce(&mut Activity)) -> Oid {
        self.commit(&self.intent(rel, message, change), rel)
            .expect("saved")
    }

    fn commit(&self, intent: &Intent, rel: &str) -> Result<Oid, Refusal> {
        let b = baseline(&self.root, rel).expect("baseline");
        let loaded = load(&self.root).expect("load");
        match change::commit(
            &self.root,
            &loaded.register,
            intent,
            &[b],
            &Options::default(),
        )? {
            Outcome::Saved(s) => Ok(s.commit),
            Outcome::NoChange | Outcome::Restored { .. } => panic!("expected a commit"),
        }
    }

    /// Changes an activity and commits it with the `git` program, as a
    /// user can do outside ropa (ropa itself refuses a change that adds an
    /// error).
    fn edit_with_git(&self, rel: &str, message: &str, change: impl FnOnce(&mut Activity)) -> Oid {
        let mut a: Activity = parse_record(&self.read(rel)).expect("parse");
        change(&mut a);
        fs::write(self.root.join(rel), to_canonical(&a).expect("canonical")).expect("write");
        let out = self.git(&["commit", "-qam", message]);
        assert!(out.status.success(), "{out:?}");
        self.head()
    }

    fn head(&self) -> Oid {
        self.repo.head().expect("head").target().expect("oid")
    }

    /// Nothing staged, modified or untracked anywhere.
    fn clean(&self) -> bool {
        let mut so = git2::StatusOptions::new();
        so.include_untracked(true);
        self.repo
            .statuses(Some(&mut so))
            .expect("statuses")
            .is_empty()
    }

    /// Index entries: path, blob and mode.
    fn index(&self) -> Vec<(Vec<u8>, Oid, u32)> {
        let mut index = self.repo.index().expect("index");
        index.read(true).expect("read index");
        index.iter().map(|e| (e.path, e.id, e.mode)).collect()
    }

    /// Every file of the work tree outside `.git`, with its bytes.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        fn walk(dir: &Path, base: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
            for e in fs::read_dir(dir).expect("read_dir") {
                let e = e.expect("entry");
                let p = e.path();
                if e.file_name() == ".git" {
                    continue;
                }
                if p.is_dir() {
                    walk(&p, base, out);
                } else {
                    let rel = p.strip_prefix(base).expect("prefix").to_path_buf();
                    out.insert(rel, fs::read(&p).expect("read"));
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(&self.path, &self.path, &mut out);
        out
    }

    fn git(&self, args: &[&str]) -> Output {
        Command::new("git")
            .args(args)
            .current_dir(&self.path)
            .env("HOME", sandbox())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_EDITOR", "true")
            .output()
            .expect("run git")
    }
}

/// Runs the real binary with a sandboxed HOME.
fn ropa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .env_remove("ROPA_REGISTRY")
        .env("HOME", sandbox())
        .env("XDG_CONFIG_HOME", sandbox())
        .env("ROPA_DATA_DIR", sandbox())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run ropa")
}

fn describe(a: &mut Activity, text: &str) {
    a.description = Some(text.to_string());
}

#[test]
fn different_activities_both_sync_and_the_remote_holds_both() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    a.edit(STATISTIK, "DA: Statistik: description", |x| {
        describe(x, "Description by Alice")
    });
    b.edit(WEBSITE, "DA: Website: description", |x| {
        describe(x, "Description by Bob")
    });

    let ra = sync(&a.root, &opts()).expect("alice syncs");
    assert_eq!(ra.integration, Integration::LocalOnly);
    assert!(ra.incoming.is_empty());
    let pushed = ra.pushed.expect("alice pushed");
    assert_eq!(pushed.branch, "main");
    assert_eq!(pushed.commits.len(), 1);
    assert_eq!(w.remote_head("main"), Some(a.head()));

    let before_b = b.head();
    let rb = sync(&b.root, &opts()).expect("bob syncs");
    assert_eq!(rb.integration, Integration::Replayed);
    assert_eq!(rb.incoming.len(), 1);
    assert_eq!(rb.incoming[0].summary, "DA: Statistik: description");
    assert_eq!(rb.replayed.len(), 1);
    assert_eq!(rb.replayed[0].original.id, before_b);
    assert!(rb.validation.passes(), "{:?}", rb.validation.report);
    assert!(rb.pushed.is_some());
    assert_eq!(w.remote_head("main"), Some(b.head()));

    // The remote holds both commits and both changes.
    let log = w.remote_log("main");
    assert_eq!(
        log,
        [
            "DA: Website: description",
            "DA: Statistik: description",
            "Initial register"
        ]
    );
    assert!(
        w.remote_file("main", STATISTIK)
            .contains("Description by Alice")
    );
    assert!(
        w.remote_file("main", WEBSITE)
            .contains("Description by Bob")
    );
    // Bob's commit kept its author; Bob's work tree has Alice's change.
    let top = b.repo.find_commit(b.head()).expect("commit");
    assert_eq!(top.author().name_bytes(), b"bob");
    assert!(b.read(STATISTIK).contains("Description by Alice"));
    assert!(b.clean());

    // Alice fast-forwards to Bob's change.
    let ra = sync(&a.root, &opts()).expect("alice syncs again");
    assert_eq!(ra.integration, Integration::FastForward);
    assert!(ra.pushed.is_none());
    assert!(a.read(WEBSITE).contains("Description by Bob"));
    assert_eq!(a.head(), b.head());
    assert!(a.clean());
    let st = status(&a.root).expect("status");
    assert_eq!((st.ahead, st.behind, st.fetched), (0, 0, true));
    assert_eq!(st.upstream, "origin/main");
}

#[test]
fn same_field_conflict_is_reported_and_nothing_is_lost() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    a.edit(STATISTIK, "DA: Statistik: description", |x| {
        describe(x, "Wording by Alice")
    });
    let bob_commit = b.edit(STATISTIK, "DA: Statistik: description", |x| {
        describe(x, "Wording by Bob")
    });
    sync(&a.root, &opts()).expect("alice syncs");
    let remote_before = w.remote_head("main");

    let head = b.head();
    let index = b.index();
    let files = b.files();
    let err = sync(&b.root, &opts()).expect_err("conflict");
    let SyncError::Conflict(c) = &err else {
        panic!("expected a conflict, got {err}");
    };
    assert_eq!(err.exit_code(), 1);
    assert_eq!(c.commit.id, bob_commit);
    assert_eq!(c.local.len(), 1);
    assert_eq!(c.files.len(), 1);
    let f = &c.files[0];
    assert_eq!(f.path, STATISTIK);
    assert_eq!(f.repo_path, format!("registry/{STATISTIK}"));
    assert_eq!(f.id.as_deref(), Some("statistik"));
    assert_eq!(f.name.as_deref(), Some("Statistik"));
    assert_eq!(f.fields.len(), 1, "{:?}", f.fields);
    assert_eq!(f.fields[0].path, "description");
    assert!(
        f.fields[0]
            .upstream
            .as_deref()
            .unwrap_or("")
            .contains("Wording by Alice")
    );
    assert!(
        f.fields[0]
            .local
            .as_deref()
            .unwrap_or("")
            .contains("Wording by Bob")
    );
    assert_eq!(f.upstream_commits.len(), 1);
    let text = err.to_string();
    assert!(text.contains("activity `statistik` (Statistik)"), "{text}");
    assert!(text.contains("git rebase origin/main"), "{text}");

    // Exactly as before: branch, HEAD, index, work tree; nothing pushed.
    assert_eq!(b.head(), head);
    assert_eq!(
        b.repo.refname_to_id("refs/heads/main").expect("main"),
        bob_commit
    );
    assert_eq!(b.index(), index);
    assert_eq!(b.files(), files);
    assert!(b.clean());
    assert_eq!(b.repo.state(), git2::RepositoryState::Clean);
    assert!(
        !files
            .values()
            .any(|v| v.windows(7).any(|w| w == b"<<<<<<<"))
    );
    assert_eq!(w.remote_head("main"), remote_before);
    let st = status(&b.root).expect("status");
    assert_eq!((st.ahead, st.behind), (1, 1));

    // The binary: exit 1, the activity and field named on stderr.
    let out = ropa(&["sync", b.root.to_str().expect("utf-8"), "--today", TODAY]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("statistik"), "{stderr}");
    assert!(stderr.contains("description"), "{stderr}");
    assert!(stderr.contains("Wording by Bob"), "{stderr}");
    assert_eq!(b.head(), head);
    assert_eq!(b.files(), files);
    assert!(b.clean());

    // Following the printed recipe (keep yours) resolves it.
    let path = format!("registry/{STATISTIK}");
    assert!(!b.git(&["rebase", "origin/main"]).status.success());
    assert!(
        b.git(&["checkout", "--theirs", "--", &path])
            .status
            .success()
    );
    assert!(b.git(&["add", &path]).status.success());
    let cont = b.git(&["rebase", "--continue"]);
    assert!(
        cont.status.success(),
        "{}",
        String::from_utf8_lossy(&cont.stderr)
    );
    sync(&b.root, &opts()).expect("bob syncs after resolving");
    assert!(w.remote_file("main", STATISTIK).contains("Wording by Bob"));
    assert_eq!(w.remote_log("main").len(), 3);
}

#[test]
fn a_register_that_fails_validation_is_not_pushed_unless_forced() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    // Someone else's change first, so the refusal happens after a replay.
    b.edit(WEBSITE, "DA: Website: description", |x| describe(x, "Bob"));
    sync(&b.root, &opts()).expect("bob syncs");
    let remote_before = w.remote_head("main");

    // ropa refuses to commit it; the `git` program does not.
    let intent = a.intent(STATISTIK, "DA: Statistik: purposes", |x| x.purposes.clear());
    let head = a.head();
    let refused = a.commit(&intent, STATISTIK).expect_err("refused");
    let Refusal::Invalid(errors) = &refused else {
        panic!("expected a validation refusal, got {refused}");
    };
    assert!(
        errors
            .iter()
            .any(|f| f.rule == "ACT-001" && f.path == STATISTIK),
        "{errors:?}"
    );
    assert_eq!(a.head(), head);
    assert!(a.clean());
    let bad = a.edit_with_git(STATISTIK, "DA: Statistik: purposes", |x| x.purposes.clear());
    let files = a.files();
    let err = sync(&a.root, &opts()).expect_err("refused");
    let SyncError::Invalid {
        validation,
        incoming,
        target,
        ..
    } = &err
    else {
        panic!("expected a validation refusal, got {err}");
    };
    assert!(validation.errors() > 0);
    assert!(
        validation
            .report
            .findings
            .iter()
            .any(|f| f.rule == "ACT-001" && f.path == STATISTIK)
    );
    assert_eq!(incoming.len(), 1);
    assert_eq!(target, "origin/main");
    assert_eq!(err.exit_code(), 1);
    // Nothing pushed, nothing changed locally.
    assert_eq!(w.remote_head("main"), remote_before);
    assert_eq!(a.head(), bad);
    assert_eq!(a.files(), files);
    assert!(a.clean());

    let out = ropa(&["sync", a.root.to_str().expect("utf-8"), "--today", TODAY]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("ACT-001"), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(w.remote_head("main"), remote_before);

    // --force pushes it.
    let out = ropa(&[
        "sync",
        a.root.to_str().expect("utf-8"),
        "--today",
        TODAY,
        "--force",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("--force"), "{stdout}");
    assert_eq!(w.remote_head("main"), Some(a.head()));
    let pushed: Activity = parse_record(&w.remote_file("main", STATISTIK)).expect("parse");
    assert!(pushed.purposes.is_empty());
    assert!(a.read(WEBSITE).contains("Bob"));
}

#[test]
fn review_branch_leaves_main_untouched() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    b.edit(WEBSITE, "DA: Website: description", |x| describe(x, "Bob"));
    sync(&b.root, &opts()).expect("bob syncs");
    let main_before = w.remote_head("main");

    a.edit(STATISTIK, "DA: Statistik: description", |x| {
        describe(x, "For review")
    });
    let out = ropa(&[
        "sync",
        a.root.to_str().expect("utf-8"),
        "--today",
        TODAY,
        "--branch",
        "review/x",
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("origin/review/x"), "{stdout}");
    assert!(stdout.contains("pull request"), "{stdout}");
    assert_eq!(w.remote_head("main"), main_before);
    assert_eq!(w.remote_head("review/x"), Some(a.head()));
    // The review branch is on top of the current main.
    let remote = w.remote();
    let tip = remote
        .find_commit(a.head())
        .expect("review commit on the remote");
    assert_eq!(Some(tip.parent_id(0).expect("parent")), main_before);
    assert!(w.remote_file("review/x", STATISTIK).contains("For review"));
    assert!(w.remote_file("review/x", WEBSITE).contains("Bob"));

    // Again with nothing new: the same review branch, nothing rejected.
    let mut o = opts();
    o.branch = Some("review/x".into());
    let r = sync(&a.root, &o).expect("second review sync");
    let p = r.pushed.expect("pushed");
    assert!(p.review && !p.created);
}

#[test]
fn fast_forward_only() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    a.edit(STATISTIK, "DA: Statistik: description", |x| {
        describe(x, "New")
    });
    sync(&a.root, &opts()).expect("alice syncs");

    let r = sync(&b.root, &opts()).expect("bob syncs");
    assert_eq!(r.integration, Integration::FastForward);
    assert_eq!(r.incoming.len(), 1);
    assert!(r.pushed.is_none());
    assert_eq!(b.head(), a.head());
    assert_eq!(b.read(STATISTIK), a.read(STATISTIK));
    assert!(b.clean());

    // And nothing to do the second time.
    let r = sync(&b.root, &opts()).expect("bob syncs again");
    assert_eq!(r.integration, Integration::UpToDate);
    assert!(r.pushed.is_none());
}

#[test]
fn uncommitted_register_changes_stop_the_sync() {
    let w = World::new();
    let a = w.clone("alice");
    fs::write(a.root.join(STATISTIK), "edited by hand\n").expect("write");
    let err = sync(&a.root, &opts()).expect_err("dirty");
    let SyncError::Dirty { files: paths, .. } = &err else {
        panic!("expected dirty, got {err}");
    };
    assert_eq!(paths, &[format!("registry/{STATISTIK}")]);
    assert_eq!(err.exit_code(), 2);
    let out = ropa(&["sync", a.root.to_str().expect("utf-8"), "--today", TODAY]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(a.read(STATISTIK), "edited by hand\n");
}

#[test]
fn a_missing_remote_is_explained() {
    let w = World::new();
    let a = w.clone("alice");
    let mut o = opts();
    o.remote = Some("upstream".into());
    let err = sync(&a.root, &o).expect_err("no remote");
    assert!(matches!(err, SyncError::NoRemote { .. }), "{err}");
    assert!(err.to_string().contains("origin"), "{err}");
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn incoming_changes_never_overwrite_uncommitted_files_outside_the_register() {
    let w = World::new();
    let a = w.clone("alice");
    let b = w.clone("bob");
    fs::write(a.path.join("README.md"), "Changed by Alice\n").expect("write");
    assert!(a.git(&["commit", "-qam", "README"]).status.success());
    sync(&a.root, &opts()).expect("alice syncs");

    fs::write(b.path.join("README.md"), "Bob's notes, not committed\n").expect("write");
    let head = b.head();
    let err = sync(&b.root, &opts()).expect_err("work tree in the way");
    assert!(matches!(err, SyncError::WorkTree { .. }), "{err}");
    assert_eq!(err.exit_code(), 2);
    assert_eq!(b.head(), head);
    assert_eq!(
        fs::read_to_string(b.path.join("README.md")).expect("read"),
        "Bob's notes, not committed\n"
    );
}

#[test]
fn a_new_remote_branch_is_created_and_the_upstream_setting_kept() {
    let w = World::new();
    let a = w.clone("alice");
    let backup = w.dir.path().join("backup.git");
    Repository::init_bare(&backup).expect("bare");
    a.repo
        .remote("backup", backup.to_str().expect("utf-8"))
        .expect("add remote");
    let mut o = opts();
    o.remote = Some("backup".into());
    let r = sync(&a.root, &o).expect("sync to backup");
    assert_eq!(r.integration, Integration::NewBranch);
    let p = r.pushed.expect("pushed");
    assert!(p.created);
    assert_eq!(p.branch, "main");
    let remote = Repository::open_bare(&backup).expect("open");
    assert_eq!(remote.refname_to_id("refs/heads/main").ok(), Some(a.head()));
    // The branch still follows origin.
    let cfg = a
        .repo
        .config()
        .expect("config")
        .snapshot()
        .expect("snapshot");
    assert_eq!(cfg.get_str("branch.main.remote").ok(), Some("origin"));
    // A second run has nothing to do.
    let r = sync(&a.root, &o).expect("again");
    assert_eq!(r.integration, Integration::UpToDate);
    assert!(r.pushed.is_none());
}
