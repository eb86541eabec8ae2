//! Saving to the register through the one transaction
//! ([`ropa::register::change::commit`]): one change is one git commit, in
//! real repositories holding real records, checked with the `git` program.
//! What a save may overwrite is decided by baselines (what the file looked
//! like when the edit began); paths that lead out of the register, a folder
//! outside git, another program moving the branch or holding its lock are
//! refused with everything left as it was.

mod common;
mod fixture;

use fixture::{activity, save_activity};

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fixture::{Repo, git_in, isolate, saved};
use ropa::register::change::{
    self, Baseline, Intent, Options, Outcome, Refusal, Uncommitted, baseline, baseline_loaded,
};
use ropa::register::format::to_canonical;
use ropa::register::load::{Register, load, parse_record};
use ropa::register::model::Activity;

const BARSEL: &str = "da/activities/da-barsel.ron";
const STATISTIK: &str = "da/activities/statistik.ron";
const DA: &str = "da/organisation.ron";
/// Set in a child process: the register it saves to.
const CHILD: &str = "ROPA_SAVE_CHILD";

// ---------------------------------------------------------------- helpers

/// The activity at `rel` with its name set to `name`, as canonical bytes:
/// a valid record that differs from the file.
fn named(r: &Repo, rel: &str, name: &str) -> Vec<u8> {
    let mut a = activity(r, rel);
    a.name = name.into();
    to_canonical(&a).expect("canonical").into_bytes()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("utf-8")
}

/// Files given as they are, with a message: the intent closest to a
/// hand-made list of writes and removals.
fn files(writes: &[(&str, &[u8])], removes: &[&str], message: &str) -> Intent {
    Intent::Files {
        writes: writes
            .iter()
            .map(|(p, b)| (p.to_string(), b.to_vec()))
            .collect(),
        removes: removes.iter().map(|p| p.to_string()).collect(),
        message: message.to_string(),
    }
}

fn write_one(rel: &str, bytes: &[u8], message: &str) -> Intent {
    files(&[(rel, bytes)], &[], message)
}

fn base(r: &Repo, rel: &str) -> Baseline {
    baseline(&r.root, rel).expect("baseline")
}

fn forced(uncommitted: Uncommitted) -> Options {
    Options {
        force: true,
        uncommitted,
        ..Options::default()
    }
}

/// The repository through git2, for what the `git` program prints only
/// approximately (exact messages, parents).
fn git2_repo(r: &Repo) -> git2::Repository {
    git2::Repository::open(r.workdir()).expect("open")
}

/// Files HEAD's commit changed (repository paths), a rename as the
/// removal and the addition it is.
fn touched(r: &Repo) -> Vec<String> {
    let out = r.git_ok(&["show", "--name-only", "--no-renames", "--format=", "HEAD"]);
    let mut v: Vec<String> = out.lines().map(str::to_string).collect();
    v.sort();
    v
}

/// `git status --porcelain` as a sorted list of lines.
fn status_lines(r: &Repo) -> Vec<String> {
    let mut v: Vec<String> = r.status().lines().map(str::to_string).collect();
    v.sort();
    v
}

/// Nothing of a transaction is left: no journal, no scratch copy of the
/// index, no git index lock, no temporary file beside a record.
fn assert_no_transaction_left(r: &Repo) {
    let gitdir = r.workdir().join(".git");
    for e in fs::read_dir(&gitdir).expect("ls .git").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.starts_with("ropa-index") && !name.starts_with("ropa-transaction"),
            "{name} left in .git"
        );
    }
    assert!(!gitdir.join("index.lock").exists(), "index.lock left");
    let mut stack = vec![r.root.clone()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("ls").flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(!name.contains("ropa-tmp"), "{name} left in {}", d.display());
            if e.file_type().expect("type").is_dir() && name != ".git" {
                stack.push(e.path());
            }
        }
    }
}

// ------------------------------------------------------------ one commit

#[test]
fn one_save_is_one_commit_of_one_file_by_the_user() {
    let r = Repo::sample();
    let before = r.head();
    let bytes = named(&r, BARSEL, "DA Barsel – ændret");
    let message = "Dansk Arbejdsgiverforening / DA Barsel – ændret: name\n\n\
                   name: \"DA Barsel\" → \"DA Barsel – ændret\"\n";
    let s = saved(
        r.commit_with(
            &write_one(BARSEL, &bytes, message),
            &[base(&r, BARSEL)],
            &Options::default(),
        )
        .expect("saved"),
    );
    assert_eq!(r.head(), s.commit.to_string());
    assert_eq!(r.commits(), 2);
    let repo = git2_repo(&r);
    let c = repo.find_commit(s.commit).expect("commit");
    assert_eq!(c.parent_count(), 1);
    assert_eq!(c.parent_id(0).expect("parent").to_string(), before);
    assert_eq!(c.message().ok(), Some(message));
    assert_eq!(s.message, message);
    assert_eq!(c.author().name().ok(), Some("Ada Lawyer"));
    assert_eq!(c.author().email().ok(), Some("ada@example.org"));
    assert_eq!(c.committer().name().ok(), Some("Ada Lawyer"));
    assert_eq!(touched(&r), vec![BARSEL.to_string()]);
    assert_eq!(s.written, vec![BARSEL.to_string()]);
    assert!(s.removed.is_empty());
    assert_eq!(s.set_aside, None);
    assert_eq!(s.recovered, None);
    assert_eq!(r.read(BARSEL).expect("file"), text(&bytes));
    assert_eq!(r.committed(BARSEL), r.read(BARSEL));
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn other_staged_unstaged_and_untracked_changes_survive() {
    let r = Repo::sample();
    // Unstaged: another activity; staged: the organisation of the very
    // activity saved; untracked: a note.
    let unstaged = text(&named(&r, STATISTIK, "Statistik, unstaged"));
    r.write(STATISTIK, &unstaged);
    let staged = r.read(DA).expect("org").replacen(
        "name: \"Dansk Arbejdsgiverforening\"",
        "name: \"Dansk Arbejdsgiverforening (staged)\"",
        1,
    );
    assert_ne!(Some(&staged), r.read(DA).as_ref());
    r.write(DA, &staged);
    r.git_ok(&["add", DA]);
    r.write("notes.txt", "untracked\n");

    let bytes = named(&r, BARSEL, "DA Barsel ny");
    r.commit_with(
        &write_one(BARSEL, &bytes, "DA Barsel ny"),
        &[base(&r, BARSEL)],
        &Options::default(),
    )
    .expect("saved");
    assert_eq!(touched(&r), vec![BARSEL.to_string()]);
    assert_eq!(r.read(STATISTIK).expect("file"), unstaged);
    assert_eq!(r.read(DA).expect("file"), staged);
    assert_eq!(
        r.git_ok(&["show", &format!(":{DA}")]),
        staged,
        "the staged version is still in the index"
    );
    let mut expected = vec![
        format!(" M {STATISTIK}"),
        format!("M  {DA}"),
        "?? notes.txt".to_string(),
    ];
    expected.sort();
    assert_eq!(status_lines(&r), expected);
    assert_eq!(r.committed(BARSEL).expect("committed"), text(&bytes));
}

// -------------------------------------------------------------- conflicts

#[test]
fn a_file_changed_on_disk_is_a_conflict_and_overwriting_it_keeps_the_change_aside() {
    let r = Repo::sample();
    let b = base(&r, BARSEL);
    let theirs = text(&named(&r, BARSEL, "The editor's version"));
    r.write(BARSEL, &theirs);
    let mine = named(&r, BARSEL, "DA Barsel v2");
    let intent = write_one(BARSEL, &mine, "DA Barsel v2");
    let err = r
        .commit_with(&intent, std::slice::from_ref(&b), &Options::default())
        .expect_err("conflict");
    let Refusal::Conflict { path, current } = &err else {
        panic!("expected a conflict, got {err:?}")
    };
    assert_eq!(path, BARSEL);
    assert_eq!(current.as_deref(), Some(theirs.as_str()));
    assert_eq!(r.read(BARSEL).expect("file"), theirs);
    assert_eq!(r.commits(), 1);

    // Overwriting would lose the other change: ropa asks first.
    let err = r
        .commit_with(&intent, std::slice::from_ref(&b), &forced(Uncommitted::Ask))
        .expect_err("asked");
    let Refusal::Uncommitted(dirty) = &err else {
        panic!("expected to be asked, got {err:?}")
    };
    assert_eq!(dirty.len(), 1);
    assert_eq!(dirty[0].path, BARSEL);
    assert!(dirty[0].unstaged && !dirty[0].staged, "{dirty:?}");
    assert_eq!(dirty[0].fields, vec!["name".to_string()]);
    assert_eq!(r.read(BARSEL).expect("file"), theirs);
    assert_eq!(r.commits(), 1);

    // Overwritten, with the other change set aside where git shows it.
    let s = saved(
        r.commit_with(&intent, &[b], &forced(Uncommitted::SetAside))
            .expect("overwritten"),
    );
    assert_eq!(r.read(BARSEL).expect("file"), text(&mine));
    assert_eq!(r.committed(BARSEL).expect("committed"), text(&mine));
    assert_eq!(r.commits(), 2);
    assert!(s.set_aside.is_some());
    assert_eq!(
        r.git_ok(&["show", &format!("stash@{{0}}:{BARSEL}")]),
        theirs
    );
    r.assert_clean();
}

#[test]
fn overwriting_with_the_other_change_included_loses_nothing_and_claims_nothing_untrue() {
    // Someone changes the status by hand after the form opened; the user
    // overwrites, choosing to include uncommitted changes. Whatever ropa
    // does with the hand edit, it is in the commit or set aside where git
    // shows it, and the message names only what the commit holds.
    for how in ["form", "files"] {
        let r = Repo::sample();
        let loaded = r.load();
        let b = base(&r, BARSEL);
        let old = activity(&r, BARSEL);
        let theirs = r
            .read(BARSEL)
            .expect("file")
            .replacen("status: Draft", "status: InReview", 1);
        assert_ne!(Some(&theirs), r.read(BARSEL).as_ref());
        r.write(BARSEL, &theirs);
        let mut new = old.clone();
        new.owner = Some("HR-chef Åse Ødegård".into());
        let intent = match how {
            "form" => save_activity("da", Some(&old), new),
            _ => write_one(
                BARSEL,
                to_canonical(&new).expect("canonical").as_bytes(),
                "owner",
            ),
        };
        let s = saved(
            change::commit(
                &r.root,
                &loaded.register,
                &intent,
                &[b],
                &forced(Uncommitted::Include),
            )
            .expect("overwritten"),
        );
        let committed: Activity =
            parse_record(&r.committed(BARSEL).expect("committed")).expect("parse");
        assert_eq!(
            committed.owner.as_deref(),
            Some("HR-chef Åse Ødegård"),
            "{how}"
        );
        let included = committed.status == ropa::register::model::Status::InReview;
        let claimed = s
            .message
            .contains("not committed:\nda/activities/da-barsel.ron");
        assert_eq!(
            claimed, included,
            "{how}: the message claims {claimed}, the commit holds {included}:\n{}",
            s.message
        );
        if !included {
            assert!(s.set_aside.is_some(), "{how}: the hand edit was lost");
            assert_eq!(
                r.git_ok(&["show", &format!("stash@{{0}}:{BARSEL}")]),
                theirs,
                "{how}"
            );
        }
        r.assert_clean();
    }
}

#[test]
fn a_file_changed_in_head_since_the_edit_began_is_a_conflict() {
    let r = Repo::sample();
    let b = base(&r, BARSEL);
    // A pull: a new commit of the file, and the file updated on disk.
    let pulled = text(&named(&r, BARSEL, "Pulled"));
    r.write(BARSEL, &pulled);
    r.git_ok(&["commit", "-qam", "pulled"]);
    let err = r
        .commit_with(
            &write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine"),
            &[b],
            &Options::default(),
        )
        .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err:?}");
    assert_eq!(r.read(BARSEL).expect("file"), pulled);
    assert_eq!(r.commits(), 2);
    r.assert_clean();
}

#[test]
fn a_commit_of_the_file_elsewhere_is_a_conflict_even_if_the_disk_is_unchanged() {
    let r = Repo::sample();
    let b = base(&r, BARSEL);
    let loaded = r.load();
    let old = r.read(BARSEL).expect("file");
    // Another tool commits new content without touching the work tree or
    // the index.
    let repo = git2_repo(&r);
    let head = repo.head().expect("head").peel_to_commit().expect("commit");
    let mut index = git2::Index::new().expect("index");
    index
        .read_tree(&head.tree().expect("tree"))
        .expect("read tree");
    let blob = repo.blob(&named(&r, BARSEL, "Elsewhere")).expect("blob");
    let mut entry = index.get_path(Path::new(BARSEL), 0).expect("entry");
    entry.id = blob;
    index.add(&entry).expect("add");
    let tree = repo
        .find_tree(index.write_tree_to(&repo).expect("tree"))
        .expect("find");
    let sig = git2::Signature::now("Other", "other@example.org").expect("sig");
    let elsewhere = repo
        .commit(Some("HEAD"), &sig, &sig, "elsewhere", &tree, &[&head])
        .expect("commit");
    let index_before = fs::read(r.workdir().join(".git/index")).expect("index");

    let intent = write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine");
    let err = change::commit(
        &r.root,
        &loaded.register,
        &intent,
        &[b],
        &Options::default(),
    )
    .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err:?}");
    // Without a baseline the file is expected as loaded, and the work tree
    // now differs from HEAD: ropa asks instead of committing over it.
    let err = change::commit(&r.root, &loaded.register, &intent, &[], &Options::default())
        .expect_err("asked");
    assert!(matches!(err, Refusal::Uncommitted(_)), "{err:?}");
    assert_eq!(r.read(BARSEL).expect("file"), old);
    assert_eq!(r.head(), elsewhere.to_string());
    assert_eq!(
        fs::read(r.workdir().join(".git/index")).expect("index"),
        index_before
    );
    assert_no_transaction_left(&r);
}

#[test]
fn a_commit_of_another_file_is_no_conflict() {
    let r = Repo::sample();
    let b = base(&r, BARSEL);
    r.write(STATISTIK, &text(&named(&r, STATISTIK, "Statistik v2")));
    r.git_ok(&["commit", "-qam", "statistik changed"]);
    let tip = r.head();
    let s = saved(
        r.commit_with(
            &write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine"),
            &[b],
            &Options::default(),
        )
        .expect("saved"),
    );
    let repo = git2_repo(&r);
    let c = repo.find_commit(s.commit).expect("commit");
    assert_eq!(c.parent_id(0).expect("parent").to_string(), tip);
    assert_eq!(touched(&r), vec![BARSEL.to_string()]);
    r.assert_clean();
}

#[test]
fn saving_without_change_makes_no_commit() {
    let r = Repo::sample();
    let same = fs::read(r.root.join(BARSEL)).expect("read");
    let outcome = r
        .commit_with(
            &write_one(BARSEL, &same, "nothing"),
            &[base(&r, BARSEL)],
            &Options::default(),
        )
        .expect("no change");
    assert_eq!(outcome, Outcome::NoChange);
    // A form saved as it was opened.
    let a = activity(&r, BARSEL);
    let outcome = r
        .commit(&save_activity("da", Some(&a), a.clone()))
        .expect("no change");
    assert_eq!(outcome, Outcome::NoChange);
    assert_eq!(r.commits(), 1);
    assert_eq!(r.read(BARSEL).expect("file"), text(&same));
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn a_new_file_over_an_existing_one_is_a_conflict() {
    let r = Repo::sample();
    let old = r.read(STATISTIK).expect("file");
    let new = named(&r, STATISTIK, "Ny");
    // The caller expected no file there.
    let none = Baseline {
        path: STATISTIK.into(),
        disk: None,
        base: None,
        head: Some(None),
    };
    let err = r
        .commit_with(
            &write_one(STATISTIK, &new, "new"),
            &[none],
            &Options::default(),
        )
        .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err:?}");
    // A new activity whose id is taken.
    let record: Activity = parse_record(&text(&new)).expect("parse");
    let err = r
        .commit(&save_activity("da", None, record))
        .expect_err("exists");
    assert!(matches!(err, Refusal::Exists(_)), "{err:?}");
    // A file that appeared after the register was loaded.
    let loaded = r.load();
    let ny = "da/activities/ny.ron";
    let mut record = activity(&r, STATISTIK);
    record.id = "ny".into();
    let theirs = to_canonical(&record).expect("canonical");
    r.write(ny, &theirs);
    record.name = "Mine".into();
    let err = change::commit(
        &r.root,
        &loaded.register,
        &write_one(
            ny,
            to_canonical(&record).expect("canonical").as_bytes(),
            "ny",
        ),
        &[],
        &Options::default(),
    )
    .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err:?}");
    assert_eq!(r.read(ny).expect("file"), theirs);
    assert_eq!(r.read(STATISTIK).expect("file"), old);
    assert_eq!(r.commits(), 1);
}

// ------------------------------------------------ renames and undoing

#[test]
fn a_rename_is_one_commit() {
    let r = Repo::sample();
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.id = "barsel-ny".into();
    let s = saved(
        r.commit(&save_activity("da", Some(&old), new.clone()))
            .expect("renamed"),
    );
    assert_eq!(r.commits(), 2);
    assert_eq!(
        touched(&r),
        vec![
            "da/activities/barsel-ny.ron".to_string(),
            BARSEL.to_string()
        ]
    );
    assert_eq!(s.removed, vec![BARSEL.to_string()]);
    assert_eq!(r.read(BARSEL), None);
    assert_eq!(
        r.read("da/activities/barsel-ny.ron").expect("file"),
        to_canonical(&new).expect("canonical")
    );
    r.assert_clean();
}

#[test]
fn a_move_that_leaves_the_id_behind_is_refused() {
    // The same bytes under another name: the id no longer matches the
    // file name, an error the register did not have.
    let r = Repo::sample();
    let bytes = fs::read(r.root.join(STATISTIK)).expect("read");
    let err = r
        .commit_with(
            &files(&[("da/activities/c.ron", &bytes)], &[STATISTIK], "move"),
            &[base(&r, STATISTIK)],
            &Options::default(),
        )
        .expect_err("refused");
    let Refusal::Invalid(errors) = &err else {
        panic!("{err:?}")
    };
    assert!(
        errors
            .iter()
            .any(|e| e.rule == "STR-004" && e.path == "da/activities/c.ron"),
        "{errors:?}"
    );
    assert_eq!(r.read(STATISTIK).expect("file"), text(&bytes));
    assert_eq!(r.read("da/activities/c.ron"), None);
    assert_eq!(r.commits(), 1);
    r.assert_clean();
}

#[test]
fn a_register_in_a_subfolder_of_the_repository() {
    let r = Repo::sample_at("registry");
    let bytes = named(&r, BARSEL, "Barsel");
    r.commit_with(
        &write_one(BARSEL, &bytes, "Barsel"),
        &[base(&r, BARSEL)],
        &Options::default(),
    )
    .expect("saved");
    assert_eq!(touched(&r), vec![format!("registry/{BARSEL}")]);
    assert_eq!(r.read(BARSEL).expect("file"), text(&bytes));
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn the_first_commit_in_an_empty_repository() {
    isolate();
    let dir = tempfile::tempdir().expect("tempdir");
    let r = Repo {
        root: dir.path().to_path_buf(),
        dir,
        prefix: String::new(),
    };
    r.git_ok(&["init", "-q", "-b", "main"]);
    r.git_ok(&["config", "user.name", "Ada Lawyer"]);
    r.git_ok(&["config", "user.email", "ada@example.org"]);
    // Nothing to load yet: the register is empty.
    let empty = Register {
        root: r.root.clone(),
        organisations: Vec::new(),
    };
    let org = common::clean_org();
    let s = saved(
        change::commit(
            &r.root,
            &empty,
            &Intent::SaveOrganisation {
                org: None,
                original: None,
                record: Box::new(org.clone()),
            },
            &[],
            &Options::default(),
        )
        .expect("saved"),
    );
    let repo = git2_repo(&r);
    let c = repo.find_commit(s.commit).expect("commit");
    assert_eq!(c.parent_count(), 0);
    assert_eq!(r.head(), s.commit.to_string());
    assert_eq!(
        r.git_ok(&["symbolic-ref", "HEAD"]).trim(),
        "refs/heads/main"
    );
    assert_eq!(touched(&r), vec!["acme/organisation.ron".to_string()]);
    assert_eq!(
        r.read("acme/organisation.ron").expect("file"),
        to_canonical(&org).expect("canonical")
    );
    assert!(r.message().starts_with("Acme ApS: new organisation"));
    let reflog = r.git_ok(&["reflog", "-1", "--format=%gs"]);
    assert!(reflog.starts_with("commit (initial): Acme ApS"), "{reflog}");
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn undo_restores_the_files_in_a_new_commit() {
    let r = Repo::sample();
    let initial_tree = r.git_ok(&["rev-parse", "HEAD^{tree}"]);
    let original = r.read(BARSEL).expect("file");
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.id = "c".into();
    new.name = "C".into();
    let first = saved(
        r.commit(&save_activity("da", Some(&old), new))
            .expect("saved"),
    );
    let subject = first.message.lines().next().expect("subject").to_string();
    let undo = saved(
        r.commit(&Intent::Revert {
            commit: first.commit,
        })
        .expect("undone"),
    );
    let repo = git2_repo(&r);
    let c = repo.find_commit(undo.commit).expect("commit");
    assert_eq!(c.parent_id(0).expect("parent"), first.commit);
    let message = c.message().expect("utf-8");
    assert!(
        message.starts_with(&format!("Revert \"{subject}\"\n\n")),
        "{message}"
    );
    assert!(message.contains(&first.commit.to_string()), "{message}");
    assert_eq!(r.read(BARSEL).expect("back"), original);
    assert_eq!(r.read("da/activities/c.ron"), None);
    assert_eq!(r.commits(), 3);
    assert_eq!(r.git_ok(&["rev-parse", "HEAD^{tree}"]), initial_tree);
    r.assert_clean();
}

#[test]
fn undo_of_a_file_changed_since_is_a_conflict() {
    let r = Repo::sample();
    let first = saved(
        r.commit_with(
            &write_one(BARSEL, &named(&r, BARSEL, "v2"), "one"),
            &[base(&r, BARSEL)],
            &Options::default(),
        )
        .expect("saved"),
    );
    let v3 = named(&r, BARSEL, "v3");
    r.commit_with(
        &write_one(BARSEL, &v3, "two"),
        &[base(&r, BARSEL)],
        &Options::default(),
    )
    .expect("saved");
    let err = r
        .commit(&Intent::Revert {
            commit: first.commit,
        })
        .expect_err("conflict");
    // The same field was changed again since: the undo names it and
    // changes nothing.
    let Refusal::UndoConflict { fields, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(fields, &vec!["name".to_string()]);
    assert_eq!(r.read(BARSEL).expect("file"), text(&v3));
    assert_eq!(r.commits(), 3);
    r.assert_clean();
}

// ------------------------------------------------- out of the register

#[test]
fn paths_outside_the_register_are_rejected() {
    let r = Repo::sample_at("registry");
    let loaded = r.load();
    let today = ropa::register::date::Date::today();
    for bad in [
        "../x.ron",
        "da/../../x.ron",
        "/tmp/x.ron",
        "da/./a.ron",
        "a\0b.ron",
        ".git/config",
        "da/.GIT/config",
        "da\\..\\..\\x.ron",
        "",
        "con",
        "da/activities/nul.ron",
        "AUX/organisation.ron",
        "da/activities/com1.ron",
        "lpt9",
    ] {
        let write = write_one(bad, b"Activity()\n", "bad");
        let remove = files(&[], &[bad], "bad");
        for intent in [&write, &remove] {
            let err = change::commit(
                &r.root,
                &loaded.register,
                intent,
                &[],
                &forced(Uncommitted::Include),
            )
            .expect_err(bad);
            assert!(matches!(err, Refusal::BadPath(_)), "{bad:?}: {err:?}");
            assert!(err.to_string().contains("inside the register"), "{err}");
            let err = change::check(&r.root, &loaded.register, intent, &[], today).expect_err(bad);
            assert!(matches!(err, Refusal::BadPath(_)), "{bad:?}: {err:?}");
        }
        let err = baseline(&r.root, bad).expect_err(bad);
        assert!(matches!(err, Refusal::BadPath(_)), "{bad:?}: {err:?}");
    }
    assert!(!r.workdir().join("x.ron").exists());
    assert_eq!(r.commits(), 1);
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn a_folder_outside_a_repository_is_refused() {
    isolate();
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    common::write_register(root, &common::clean_org(), &[common::clean_activity()]);
    let rel = "acme/activities/kundeservice.ron";
    let before = fs::read(root.join(rel)).expect("read");
    let loaded = load(root).expect("load");
    let mut a = common::clean_activity();
    a.name = "Kundeservice ny".into();
    let intent = write_one(rel, to_canonical(&a).expect("canonical").as_bytes(), "x");
    let err = change::commit(root, &loaded.register, &intent, &[], &Options::default())
        .expect_err("no repository");
    assert!(matches!(err, Refusal::NotARepository(_)), "{err:?}");
    assert!(err.to_string().contains("git init"), "{err}");
    let err = baseline(root, rel).expect_err("no repository");
    assert!(matches!(err, Refusal::NotARepository(_)), "{err:?}");
    let err = change::check(
        root,
        &loaded.register,
        &intent,
        &[],
        ropa::register::date::Date::today(),
    )
    .expect_err("no repository");
    assert!(matches!(err, Refusal::NotARepository(_)), "{err:?}");
    assert_eq!(change::recover(root).expect("recover"), None);
    assert_eq!(fs::read(root.join(rel)).expect("read"), before);
    assert!(!root.join(".git").exists());
}

// ------------------------------------------ other programs meanwhile

/// Not a test of its own: in a child started by another test (with
/// `ROPA_SAVE_CHILD=<register>`) it saves one change to DA Barsel and
/// prints the outcome; otherwise it returns at once.
#[test]
fn helper_child_process() {
    let Ok(root) = std::env::var(CHILD) else {
        return;
    };
    isolate();
    let root = Path::new(&root);
    let loaded = load(root).expect("load");
    let b = baseline(root, BARSEL).expect("baseline");
    let mut a: Activity =
        parse_record(&fs::read_to_string(root.join(BARSEL)).expect("read")).expect("parse");
    a.name = "Saved by the child".into();
    let intent = write_one(
        BARSEL,
        to_canonical(&a).expect("canonical").as_bytes(),
        "child",
    );
    match change::commit(root, &loaded.register, &intent, &[b], &Options::default()) {
        Ok(Outcome::Saved(_)) => println!("outcome: saved"),
        Ok(Outcome::NoChange | Outcome::Restored { .. }) => println!("outcome: no change"),
        Err(Refusal::HeadMoved) => println!("outcome: head moved"),
        Err(e) => println!("outcome: {e:?}"),
    }
}

#[test]
fn git_refuses_to_move_a_branch_whose_tip_is_no_longer_the_one_expected() {
    // What the transaction relies on to never drop a concurrent commit.
    let r = Repo::sample();
    let repo = git2_repo(&r);
    let stale = repo.head().expect("head").peel_to_commit().expect("commit");
    r.write(STATISTIK, &text(&named(&r, STATISTIK, "Someone else")));
    r.git_ok(&["commit", "-qam", "someone else"]);
    let sig = git2::Signature::now("Ada", "ada@example.org").expect("sig");
    let late = repo
        .commit(
            None,
            &sig,
            &sig,
            "late",
            &stale.tree().expect("tree"),
            &[&stale],
        )
        .expect("commit object");
    let Err(err) = repo.reference_matching("refs/heads/main", late, true, stale.id(), "late")
    else {
        panic!("the branch was moved over a commit it did not point at")
    };
    assert_eq!(err.code(), git2::ErrorCode::Modified);
}

#[test]
fn a_branch_moved_by_another_program_while_saving_refuses_and_puts_the_file_back() {
    let r = Repo::sample();
    let old = r.read(BARSEL).expect("file");
    let before = r.head();
    // The child pauses 300 ms inside each step of its transaction.
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "helper_child_process",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, &r.root)
        .env("ROPA_TEST_STEP_DELAY_US", "300000")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child");
    let stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut reached = false;
    let mut lines = stderr.lines();
    for line in lines.by_ref() {
        if line.expect("line").ends_with("ropa-step files") {
            reached = true;
            break;
        }
    }
    assert!(reached, "the child never wrote its files");
    // Another program moves the branch (as a fetch into it, or
    // `git update-ref`, would) while the child is writing files.
    let tree = r.git_ok(&["rev-parse", "HEAD^{tree}"]);
    let other = git_in(
        r.workdir(),
        &[
            "-c",
            "user.name=Other",
            "-c",
            "user.email=other@example.org",
            "commit-tree",
            tree.trim(),
            "-p",
            &before,
            "-m",
            "someone else",
        ],
    );
    assert!(other.status.success(), "{other:?}");
    let other = String::from_utf8_lossy(&other.stdout).trim().to_string();
    r.git_ok(&["update-ref", "refs/heads/main", &other, &before]);
    let _rest: Vec<String> = lines.map_while(Result::ok).collect();
    let out = child.wait_with_output().expect("child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("outcome: head moved"), "{stdout}");
    assert_eq!(r.head(), other, "the other program's commit stays");
    assert_eq!(r.read(BARSEL).expect("file"), old, "the file is put back");
    assert_eq!(r.commits(), 2);
    r.assert_clean();
    assert_no_transaction_left(&r);
}

#[test]
fn a_failed_branch_update_puts_the_old_file_back() {
    let r = Repo::sample();
    let old = r.read(BARSEL).expect("file");
    let index = fs::read(r.workdir().join(".git/index")).expect("index");
    // Another git program holds the branch: the ref update fails.
    let lock = r.workdir().join(".git/refs/heads/main.lock");
    fs::write(&lock, "").expect("lock");
    let start = Instant::now();
    let err = r
        .commit_with(
            &write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine"),
            &[base(&r, BARSEL)],
            &Options::default(),
        )
        .expect_err("locked");
    assert!(
        matches!(&err, Refusal::GitLocked(p) if p.ends_with("refs/heads/main.lock")),
        "the lock file is named: {err:?}"
    );
    assert!(err.to_string().contains("main.lock exists"), "{err}");
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "it waited for the other program"
    );
    assert_eq!(r.read(BARSEL).expect("file"), old);
    assert_eq!(r.commits(), 1);
    assert_eq!(
        fs::read(r.workdir().join(".git/index")).expect("index"),
        index
    );
    assert_no_transaction_left(&r);
    fs::remove_file(&lock).expect("unlock");
    r.assert_clean();
    r.commit_with(
        &write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine"),
        &[base(&r, BARSEL)],
        &Options::default(),
    )
    .expect("saved once the branch is free");
    r.assert_clean();
}

#[test]
fn a_change_between_loading_and_baseline_is_a_conflict() {
    let r = Repo::sample();
    let loaded_register = r.load();
    let loaded = fs::read(r.root.join(BARSEL)).expect("load");
    let changed = text(&named(&r, BARSEL, "Changed right after loading"));
    r.write(BARSEL, &changed);
    let b = baseline_loaded(&r.root, BARSEL, &loaded).expect("baseline");
    let err = change::commit(
        &r.root,
        &loaded_register.register,
        &write_one(BARSEL, &named(&r, BARSEL, "Mine"), "mine"),
        &[b],
        &Options::default(),
    )
    .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err:?}");
    assert_eq!(r.read(BARSEL).expect("file"), changed);
    assert_eq!(r.commits(), 1);
}
