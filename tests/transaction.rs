//! The one transaction, through the core's API alone (no interface): each
//! change is one commit whose files, index, HEAD and message are checked
//! with the `git` program, and every refusal leaves everything as it was.

mod fixture;

use fixture::{activity, organisation, save_activity};

use std::fs;

use fixture::{Repo, saved};
use ropa::register::change::{
    self, Baseline, Intent, Options, Outcome, Refusal, Uncommitted, baseline,
};
use ropa::register::format::to_canonical;
use ropa::register::load::parse_record;
use ropa::register::model::{Activity, OrgNumber, RecipientUse};

const BARSEL: &str = "da/activities/da-barsel.ron";
const DA: &str = "da/organisation.ron";

/// Everything the repository holds, to compare before and after a refusal.
fn state(r: &Repo) -> (String, String, String, Vec<(String, Vec<u8>)>) {
    let mut files = Vec::new();
    for e in walk(&r.root) {
        let rel = e
            .strip_prefix(&r.root)
            .expect("inside")
            .to_string_lossy()
            .into_owned();
        if rel.starts_with(".git") {
            continue;
        }
        files.push((rel, fs::read(&e).expect("read")));
    }
    files.sort();
    let index = fs::read(r.workdir().join(".git/index")).expect("index");
    (
        r.head(),
        r.status(),
        format!("{index:?}").len().to_string(),
        files,
    )
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if e.file_type().expect("type").is_dir() {
            if e.file_name() != ".git" {
                out.extend(walk(&p));
            }
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_form_save_is_one_commit_of_exactly_the_file_with_a_clean_index() {
    let r = Repo::sample();
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.name = "DA Barsel – ændret".into();
    let s = saved(
        r.commit(&save_activity("da", Some(&old), new.clone()))
            .expect("saved"),
    );
    assert_eq!(r.touched(), vec![BARSEL.to_string()]);
    assert_eq!(
        r.read(BARSEL).expect("file"),
        to_canonical(&new).expect("canonical")
    );
    assert_eq!(r.committed(BARSEL), r.read(BARSEL));
    r.assert_clean();
    let msg = r.message();
    assert!(
        msg.starts_with("Dansk Arbejdsgiverforening / DA Barsel – ændret: name"),
        "{msg}"
    );
    assert!(
        msg.contains("name: \"DA Barsel\" → \"DA Barsel – ændret\""),
        "{msg}"
    );
    assert_eq!(s.written, vec![BARSEL.to_string()]);
    assert_eq!(r.head(), s.commit.to_string());
    // The reflog says what git itself would say.
    let reflog = r.git_ok(&["reflog", "-1", "--format=%gs"]);
    assert!(reflog.starts_with("commit: Dansk"), "{reflog}");
}

#[test]
fn a_new_activity_with_a_recipient_created_in_the_picker_adds_it_to_the_organisation() {
    let r = Repo::sample();
    let mut new = activity(&r, BARSEL);
    new.id = "loen".into();
    new.name = "Løn".into();
    new.recipients = vec![RecipientUse {
        recipient: "revisor".into(),
        ..serde_json::from_value(serde_json::json!({"recipient": "revisor"})).expect("use")
    }];
    let intent = Intent::SaveActivity {
        org: "da".into(),
        activity: None,
        original: None,
        record: Box::new(new),
        new_recipients: vec!["revisor".into(), "unused".into()],
    };
    r.commit(&intent).expect("saved");
    let mut touched = r.touched();
    touched.sort();
    assert_eq!(touched, vec!["da/activities/loen.ron", DA]);
    let org = organisation(&r, DA);
    assert!(org.recipients.iter().any(|x| x.id == "revisor"));
    assert!(!org.recipients.iter().any(|x| x.id == "unused"));
    assert!(r.message().contains("new recipient(s) \"revisor\""));
    assert!(
        !r.head_errors().iter().any(|e| e.starts_with("STR-002")),
        "{:?}",
        r.head_errors()
    );
    r.assert_clean();
}

#[test]
fn a_copy_with_a_recipient_created_in_the_picker_adds_it_too() {
    let r = Repo::sample();
    let mut copy = activity(&r, BARSEL);
    copy.id = "da-barsel-copy".into();
    copy.name = "DA Barsel (copy)".into();
    copy.recipients.push(
        serde_json::from_value(serde_json::json!({"recipient": "ny-modtager"})).expect("use"),
    );
    let intent = Intent::SaveActivity {
        org: "da".into(),
        activity: None,
        original: None,
        record: Box::new(copy),
        new_recipients: vec!["ny-modtager".into()],
    };
    r.commit(&intent).expect("saved");
    assert!(
        organisation(&r, DA)
            .recipients
            .iter()
            .any(|x| x.id == "ny-modtager")
    );
    assert_eq!(r.head_errors(), fixture::errors_of(&r.root));
    assert!(!r.head_errors().iter().any(|e| e.starts_with("STR-002")));
}

#[test]
fn a_dangling_recipient_is_refused_with_its_location_and_nothing_changes() {
    let r = Repo::sample();
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.recipients
        .push(serde_json::from_value(serde_json::json!({"recipient": "nobody"})).expect("use"));
    let before = state(&r);
    let err = r
        .commit(&save_activity("da", Some(&old), new))
        .expect_err("refused");
    let Refusal::Invalid(errors) = &err else {
        panic!("{err}")
    };
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].rule, "STR-002");
    assert_eq!(errors[0].path, BARSEL);
    assert!(errors[0].line > 1);
    assert!(
        err.to_string().contains("da/activities/da-barsel.ron:"),
        "{err}"
    );
    assert_eq!(state(&r), before);
}

#[test]
fn an_editor_result_with_a_bad_id_is_refused_and_the_file_is_left_as_written() {
    let r = Repo::sample();
    let before = r.read(BARSEL).expect("file");
    for bad in ["DA Barsel", "da-barsel-2"] {
        let after = before.replacen("id: \"da-barsel\"", &format!("id: \"{bad}\""), 1);
        r.write(BARSEL, &after);
        let base = Baseline {
            path: BARSEL.into(),
            disk: Some(after.clone().into_bytes()),
            base: Some(before.clone().into_bytes()),
            head: None,
        };
        let head = r.head();
        let err = r
            .commit_with(
                &Intent::ReplaceFile {
                    path: BARSEL.into(),
                    before: before.clone().into_bytes(),
                    after: after.clone().into_bytes(),
                },
                &[base],
                &Options::default(),
            )
            .expect_err("refused");
        let Refusal::Invalid(errors) = &err else {
            panic!("{err}")
        };
        assert!(errors.iter().all(|e| e.rule == "STR-004"), "{errors:?}");
        assert_eq!(r.head(), head, "no commit");
        assert_eq!(r.read(BARSEL).expect("file"), after, "left as written");
        r.write(BARSEL, &before);
    }
    r.assert_clean();
}

#[test]
fn an_editor_result_that_does_not_parse_names_line_and_column() {
    let r = Repo::sample();
    let before = r.read(BARSEL).expect("file");
    let after = before.replacen("name: \"DA Barsel\"", "name: DA Barsel", 1);
    let err = change::commit(
        &r.root,
        &r.load().register,
        &Intent::ReplaceFile {
            path: BARSEL.into(),
            before: before.into_bytes(),
            after: after.into_bytes(),
        },
        &[],
        &Options::default(),
    )
    .expect_err("refused");
    let Refusal::NotParsing { line, col, .. } = err else {
        panic!("{err}")
    };
    assert!(line > 1 && col > 1);
}

#[test]
fn an_organisation_renamed_to_another_organisations_id_is_refused() {
    let r = Repo::sample();
    let old = organisation(&r, "digst/organisation.ron");
    let mut new = old.clone();
    new.id = "da".into();
    let before = state(&r);
    let err = r
        .commit(&Intent::SaveOrganisation {
            org: Some(old.id.clone()),
            original: Some(Box::new(old)),
            record: Box::new(new),
        })
        .expect_err("refused");
    assert!(matches!(err, Refusal::Exists(_)), "{err}");
    assert_eq!(state(&r), before);
}

#[test]
fn an_org_number_taken_by_another_organisation_is_refused() {
    let r = Repo::sample();
    let digst = organisation(&r, "digst/organisation.ron");
    let old = organisation(&r, "os2/organisation.ron");
    let mut new = old.clone();
    new.org_number = digst.org_number.clone();
    assert!(matches!(new.org_number, Some(OrgNumber::Cvr(_))));
    let err = r
        .commit(&Intent::SaveOrganisation {
            org: Some(old.id.clone()),
            original: Some(Box::new(old)),
            record: Box::new(new),
        })
        .expect_err("refused");
    let Refusal::Invalid(errors) = &err else {
        panic!("{err}")
    };
    assert!(errors.iter().any(|e| e.rule == "STR-001"), "{errors:?}");
}

#[test]
fn renaming_an_organisation_moves_its_folder_and_updates_references() {
    let r = Repo::sample();
    let old = organisation(&r, DA);
    let mut new = old.clone();
    new.id = "dansk-arbejdsgiverforening".into();
    r.commit(&Intent::SaveOrganisation {
        org: Some(old.id.clone()),
        original: Some(Box::new(old)),
        record: Box::new(new),
    })
    .expect("saved");
    assert!(r.read(DA).is_none());
    assert!(
        r.read("dansk-arbejdsgiverforening/organisation.ron")
            .is_some()
    );
    assert!(
        r.read("dansk-arbejdsgiverforening/activities/da-barsel.ron")
            .is_some()
    );
    assert!(!r.root.join("da").exists(), "no empty folder left");
    assert_eq!(r.head_errors(), fixture::errors_of(&r.root));
    r.assert_clean();
}

#[test]
fn uncommitted_changes_to_the_edited_file_are_asked_about_then_included_or_set_aside() {
    for choice in [Uncommitted::Include, Uncommitted::SetAside] {
        let r = Repo::sample();
        // Someone edited the file by hand and did not commit.
        let hand = r
            .read(BARSEL)
            .expect("file")
            .replacen("status: Draft", "status: InReview", 1);
        assert_ne!(hand, r.read(BARSEL).expect("file"));
        r.write(BARSEL, &hand);
        let old = activity(&r, BARSEL);
        let mut new = old.clone();
        new.owner = Some("HR-chef Åse Ødegård".into());
        let intent = save_activity("da", Some(&old), new);
        let err = r.commit(&intent).expect_err("asked");
        let Refusal::Uncommitted(files) = &err else {
            panic!("{err}")
        };
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].path, BARSEL);
        assert_eq!(files[0].fields, vec!["status".to_string()]);
        let head = r.head();
        assert_eq!(
            r.read(BARSEL).expect("file"),
            hand,
            "asking changes nothing"
        );
        let opts = Options {
            uncommitted: choice,
            ..Options::default()
        };
        let s = saved(r.commit_with(&intent, &[], &opts).expect("saved"));
        let committed: Activity =
            parse_record(&r.committed(BARSEL).expect("committed")).expect("parse");
        assert_eq!(committed.owner.as_deref(), Some("HR-chef Åse Ødegård"));
        match choice {
            Uncommitted::Include => {
                assert_eq!(committed.status, ropa::register::model::Status::InReview);
                assert!(
                    r.message()
                        .contains("not committed:\nda/activities/da-barsel.ron: status")
                );
                assert!(s.set_aside.is_none());
                r.assert_clean();
            }
            _ => {
                assert_eq!(committed.status, ropa::register::model::Status::Draft);
                assert!(s.set_aside.is_some());
                let list = r.git_ok(&["stash", "list"]);
                assert!(list.contains("ropa: set aside"), "{list}");
                let shown = r.git_ok(&["stash", "show", "-p", "stash@{0}"]);
                assert!(shown.contains("+    status: InReview"), "{shown}");
                assert_eq!(r.read(BARSEL), r.committed(BARSEL));
                r.assert_clean();
                // The set-aside version is the hand edit, whole.
                let kept = r.git_ok(&["show", &format!("stash@{{0}}:{BARSEL}")]);
                assert_eq!(kept, hand);
            }
        }
        assert_ne!(r.head(), head);
    }
}

#[test]
fn a_staged_change_to_another_file_stays_staged_and_untracked_files_stay() {
    let r = Repo::sample();
    let other = "da/activities/statistik.ron";
    let text = r
        .read(other)
        .expect("file")
        .replacen("status: Draft", "status: InReview", 1);
    r.write(other, &text);
    r.git_ok(&["add", other]);
    r.write("notes.txt", "mine\n");
    let unstaged = "digst/organisation.ron";
    let digst = r.read(unstaged).expect("file") + "\n";
    r.write(unstaged, &digst);
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.name = "DA Barsel ny".into();
    r.commit(&save_activity("da", Some(&old), new))
        .expect("saved");
    assert_eq!(r.touched(), vec![BARSEL.to_string()]);
    assert_eq!(r.staged().trim(), other);
    let status = r.status();
    assert!(status.contains(&format!("M  {other}")), "{status}");
    assert!(status.contains(&format!(" M {unstaged}")), "{status}");
    assert!(status.contains("?? notes.txt"), "{status}");
    assert_eq!(r.read(unstaged).expect("file"), digst);
}

#[test]
fn a_change_on_disk_since_the_edit_began_is_a_conflict_unless_overwritten() {
    let r = Repo::sample();
    let loaded = r.load();
    let old = activity(&r, BARSEL);
    let base = baseline(&r.root, BARSEL).expect("baseline");
    r.write(
        BARSEL,
        &r.read(BARSEL)
            .expect("file")
            .replacen("DA Barsel", "Hand", 1),
    );
    let mut new = old.clone();
    new.owner = Some("x".into());
    let intent = save_activity("da", Some(&old), new);
    let err = change::commit(
        &r.root,
        &loaded.register,
        &intent,
        std::slice::from_ref(&base),
        &Options::default(),
    )
    .expect_err("conflict");
    assert!(matches!(err, Refusal::Conflict { .. }), "{err}");
    let forced = Options {
        force: true,
        uncommitted: Uncommitted::Include,
        ..Options::default()
    };
    change::commit(&r.root, &loaded.register, &intent, &[base], &forced).expect("overwritten");
    r.assert_clean();
}

#[test]
fn undo_puts_the_files_back_in_a_new_commit() {
    let r = Repo::sample();
    let original = r.read(BARSEL).expect("file");
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.id = "barsel".into();
    let s = saved(
        r.commit(&save_activity("da", Some(&old), new))
            .expect("renamed"),
    );
    assert!(r.read(BARSEL).is_none());
    r.commit(&Intent::Revert { commit: s.commit })
        .expect("undone");
    assert_eq!(r.read(BARSEL).expect("back"), original);
    assert!(r.read("da/activities/barsel.ron").is_none());
    assert!(r.message().starts_with("Revert \""));
    r.assert_clean();
    assert_eq!(r.commits(), 3);
}

#[test]
fn retire_and_delete_by_id() {
    let r = Repo::sample();
    r.commit(&Intent::Retire {
        org: "da".into(),
        activity: "da-barsel".into(),
    })
    .expect("retired");
    assert!(r.read(BARSEL).expect("file").contains("status: Retired"));
    assert_eq!(
        r.commit(&Intent::Retire {
            org: "da".into(),
            activity: "da-barsel".into(),
        })
        .expect("no change"),
        Outcome::NoChange
    );
    r.commit(&Intent::Delete {
        org: "da".into(),
        activity: "da-barsel".into(),
    })
    .expect("deleted");
    assert!(r.read(BARSEL).is_none());
    r.assert_clean();
    let err = r
        .commit(&Intent::Delete {
            org: "da".into(),
            activity: "da-barsel".into(),
        })
        .expect_err("gone");
    assert!(matches!(err, Refusal::NotFound(_)), "{err}");
}

#[test]
fn a_register_in_a_subfolder_of_the_repository() {
    let r = Repo::sample_at("fortegnelse");
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.name = "Barsel".into();
    r.commit(&save_activity("da", Some(&old), new))
        .expect("saved");
    assert_eq!(r.touched(), vec![format!("fortegnelse/{BARSEL}")]);
    r.assert_clean();
}

#[test]
fn the_dry_run_shows_before_saving_what_the_save_would_refuse() {
    let r = Repo::sample();
    let loaded = r.load();
    let today = ropa::register::date::Date::today();
    // A clean edit: nothing to refuse.
    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.name = "Barsel".into();
    let ok = change::check(
        &r.root,
        &loaded.register,
        &save_activity("da", Some(&old), new),
        &[],
        today,
    )
    .expect("checked");
    assert!(ok.is_empty(), "{ok:?}");
    // Another organisation's org number: STR-001, located.
    let digst = organisation(&r, "digst/organisation.ron");
    let os2 = organisation(&r, "os2/organisation.ron");
    let mut dup = os2.clone();
    dup.org_number = digst.org_number.clone();
    let errors = change::check(
        &r.root,
        &loaded.register,
        &Intent::SaveOrganisation {
            org: Some(os2.id.clone()),
            original: Some(Box::new(os2.clone())),
            record: Box::new(dup),
        },
        &[],
        today,
    )
    .expect("checked");
    assert!(
        errors.iter().any(|e| e.rule == "STR-001" && e.line > 1),
        "{errors:?}"
    );
    // Another organisation's id: refused as taken.
    let mut taken = os2.clone();
    taken.id = "digst".into();
    let err = change::check(
        &r.root,
        &loaded.register,
        &Intent::SaveOrganisation {
            org: Some(os2.id.clone()),
            original: Some(Box::new(os2)),
            record: Box::new(taken),
        },
        &[],
        today,
    )
    .expect_err("taken");
    assert!(matches!(err, Refusal::Exists(_)), "{err}");
    // Nothing was written by any of it.
    r.assert_clean();
    assert_eq!(r.commits(), 1);
}

#[test]
fn an_edit_based_on_a_newer_version_than_the_loaded_register_keeps_that_version() {
    // The interface loaded the register, then someone changed the file;
    // the user merged their edit onto the newer version. The save must be
    // built on the version the edit began from, not on the stale load.
    let r = Repo::sample();
    let stale = r.load();
    let theirs = r.read(BARSEL).expect("file").replacen(
        "description: Some(\"",
        "description: Some(\"ÆNDRET: ",
        1,
    );
    r.write(BARSEL, &theirs);
    let base = baseline(&r.root, BARSEL).expect("baseline");
    let original: Activity = parse_record(&theirs).expect("parse");
    let mut mine = original.clone();
    mine.name = "DA Barsel (ny)".into();
    let opts = Options {
        uncommitted: Uncommitted::Include,
        ..Options::default()
    };
    change::commit(
        &r.root,
        &stale.register,
        &save_activity("da", Some(&original), mine),
        &[base],
        &opts,
    )
    .expect("saved");
    let committed = r.committed(BARSEL).expect("committed");
    assert!(committed.contains("ÆNDRET"), "their change kept");
    assert!(committed.contains("DA Barsel (ny)"), "my change kept");
    r.assert_clean();
}

#[test]
fn undo_after_a_colleagues_commit_puts_back_only_the_fields_it_changed() {
    let r = Repo::sample();
    let old = activity(&r, BARSEL);
    let mut mine = old.clone();
    mine.name = "DA Barsel – ændret".into();
    let s = saved(
        r.commit(&save_activity("da", Some(&old), mine))
            .expect("saved"),
    );
    // A colleague changes another field of the same record, with git.
    let theirs = r
        .read(BARSEL)
        .expect("file")
        .replacen("status: Draft", "status: InReview", 1);
    r.write(BARSEL, &theirs);
    r.git_ok(&["commit", "-qam", "Kollega: status"]);
    r.commit(&Intent::Revert { commit: s.commit })
        .expect("undone");
    let now = activity(&r, BARSEL);
    assert_eq!(now.name, "DA Barsel", "my change undone");
    assert_eq!(
        now.status,
        ropa::register::model::Status::InReview,
        "theirs kept"
    );
    r.assert_clean();
    // A field changed again since is not undone behind its author's back.
    let again = activity(&r, BARSEL);
    let mut second = again.clone();
    second.name = "Barsel A".into();
    let s2 = saved(
        r.commit(&save_activity("da", Some(&again), second))
            .expect("saved"),
    );
    let theirs = r
        .read(BARSEL)
        .expect("file")
        .replacen("Barsel A", "Barsel B", 1);
    r.write(BARSEL, &theirs);
    r.git_ok(&["commit", "-qam", "Kollega: navn"]);
    let head = r.head();
    let err = r
        .commit(&Intent::Revert { commit: s2.commit })
        .expect_err("refused");
    let Refusal::UndoConflict { fields, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(fields, &vec!["name".to_string()]);
    assert_eq!(r.head(), head);
    r.assert_clean();
}

/// A change to another file made in the second git last wrote its index,
/// keeping the file's size: its stat data still matches the index entry,
/// and git sees the change only because the entry is "racily clean" (as
/// old as the index), so git compares content. A save rewrites the index
/// a second later; had it copied that entry as it was, git would trust the
/// stat data from then on, `git status` would call the file clean and
/// `git commit -a` would leave the change out.
#[test]
fn a_change_git_sees_only_by_content_stays_visible_after_a_save() {
    const ZOOM: &str = "djoef/activities/zoom-onlinetilbud.ron";
    let r = Repo::sample();
    r.git_ok(&["config", "core.trustctime", "false"]);
    let path = r.workdir().join(r.repo_path(ZOOM));
    let index = r.workdir().join(".git/index");
    let then = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    let set_mtime = |p: &std::path::Path| {
        fs::File::options()
            .write(true)
            .open(p)
            .expect("open")
            .set_modified(then)
            .expect("set mtime");
    };
    // The index entry records the file as of `then`.
    set_mtime(&path);
    r.git_ok(&["add", &r.repo_path(ZOOM)]);
    // The same second: one letter changed, size and time as recorded.
    let text = fs::read_to_string(&path).expect("read");
    let changed = text.replacen("Onlinetilbud hos Djøf", "Onlinetilbud hos DJØF", 1);
    assert_ne!(changed, text);
    assert_eq!(changed.len(), text.len());
    fs::write(&path, &changed).expect("write");
    set_mtime(&path);
    set_mtime(&index);
    let status = || {
        let out = std::process::Command::new("git")
            .current_dir(r.workdir())
            .args(["status", "--porcelain"])
            .env("GIT_OPTIONAL_LOCKS", "0")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .expect("git status");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(status().contains(&r.repo_path(ZOOM)), "{}", status());

    let old = activity(&r, BARSEL);
    let mut new = old.clone();
    new.name = "DA Barsel – ændret".into();
    saved(
        r.commit(&save_activity("da", Some(&old), new))
            .expect("saved"),
    );
    assert!(
        status().contains(&format!(" M {}", r.repo_path(ZOOM))),
        "git no longer sees the change: {}",
        status()
    );
    assert_eq!(fs::read_to_string(&path).expect("read"), changed);
    let diff = r.git_ok(&["diff", "--stat"]);
    assert!(diff.contains("zoom-onlinetilbud.ron"), "{diff}");
}
