//! Editing through the interface's state, on a scratch git repository
//! holding the sample register: every save is one commit of exactly the
//! record's file, and nothing typed or changed by others is lost.

mod common;

use common::interface::{
    Scratch, app_on, assert_saved, commit_all, ctrl, head, key, keys_, open_barsel, scratch,
};

use std::path::Path;

use git2::{Repository, Status};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::register::load::{load, parse_record};
use ropa::register::model::Activity;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::form::Dialog;

const BARSEL: &str = "registry/da/activities/da-barsel.ron";

/// Paths changed by the commit `id` against its parent.
fn changed_paths(work: &Path, id: git2::Oid) -> Vec<String> {
    let repo = Repository::open(work).expect("open");
    let c = repo.find_commit(id).expect("commit");
    let parent = c.parent(0).expect("parent").tree().expect("tree");
    let diff = repo
        .diff_tree_to_tree(Some(&parent), Some(&c.tree().expect("tree")), None)
        .expect("diff");
    diff.deltas()
        .flat_map(|d| [d.old_file().path(), d.new_file().path()])
        .flatten()
        .map(|p| p.to_string_lossy().into_owned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}

#[test]
fn typing_at_the_end_of_the_name_and_saving_makes_one_commit() {
    let mut s = scratch();
    let before = head(&s.work);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    assert_eq!(s.app.screen(), Screen::Form);
    let form = s.app.form.as_ref().expect("form");
    assert_eq!(form.focused().map(|r| r.field.as_str()), Some("name"));
    keys_(&mut s.app, " (revideret)");
    ctrl(&mut s.app, 's');
    assert_ne!(
        s.app.screen(),
        Screen::Form,
        "{:?}",
        s.app.form.as_ref().map(|f| &f.message)
    );

    let after = head(&s.work);
    assert_ne!(before, after, "a commit was made");
    assert_eq!(changed_paths(&s.work, after), vec![BARSEL.to_string()]);
    let repo = Repository::open(&s.work).expect("open");
    let c = repo.find_commit(after).expect("commit");
    assert_eq!(
        c.parent_id(0).expect("parent"),
        before,
        "exactly one commit"
    );
    assert_eq!(c.author().name().ok(), Some("Test Lawyer"));
    let msg = c.message().expect("message");
    assert_eq!(
        msg.lines().next(),
        Some("Dansk Arbejdsgiverforening / DA Barsel (revideret): name")
    );
    assert!(
        msg.contains(r#"name: "DA Barsel" → "DA Barsel (revideret)""#),
        "{msg}"
    );

    // The file is the canonical text of the edited record.
    let text = std::fs::read_to_string(s.work.join(BARSEL)).expect("read");
    let a: Activity = parse_record(&text).expect("parses");
    assert_eq!(a.name, "DA Barsel (revideret)");
    assert_eq!(
        ropa::register::format::to_canonical(&a).expect("canonical"),
        text
    );
    // Nothing else is left changed in the work tree.
    let statuses = repo.statuses(None).expect("status");
    assert!(statuses.is_empty(), "clean work tree after save");
}

/// On a large register a load takes seconds: a save of a record that
/// stays where it is is taken from its file alone, with no load after it;
/// the saved record shows, with its findings, and opens for the next edit
/// at once.
#[test]
fn a_saved_record_is_taken_from_its_file_alone_and_can_be_edited_again_at_once() {
    let mut s = scratch();
    let path = "da/activities/da-barsel.ron";
    let vague = |app: &App| {
        app.report()
            .expect("report")
            .findings
            .iter()
            .any(|f| f.path == path && f.rule == "RET-002")
    };
    assert!(vague(&s.app), "the sample's retention text is vague");
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    ctrl(&mut s.app, 'f');
    keys_(&mut s.app, "retention[0].text\n");
    ctrl(&mut s.app, 'u');
    keys_(
        &mut s.app,
        "Oplysningerne slettes 5 år efter barselsorlovens ophør, jf. bogføringslovens § 10.",
    );
    ctrl(&mut s.app, 's');
    assert_saved(&s.app);
    assert!(!s.app.reload_requested, "no load follows the save");
    assert!(!s.app.search_stale.is_empty(), "the search index is told");
    let (_, shown) = s.app.activity("da", "da-barsel").expect("still listed");
    assert!(shown.file.text.contains("bogføringslovens § 10"));
    // Its findings are judged again at once, from the saved text.
    assert!(!vague(&s.app), "the vague retention is no longer reported");
    // `e` again at once: the form opens on the saved text, not a refusal
    // ("changed on disk since it was loaded").
    keys_(&mut s.app, "e");
    assert_eq!(
        s.app.screen(),
        Screen::Form,
        "{:?}",
        s.app.notice.as_deref()
    );
    keys_(&mut s.app, " (første)");
    ctrl(&mut s.app, 's');
    assert_saved(&s.app);
    let text = std::fs::read_to_string(s.work.join(BARSEL)).expect("read");
    let a: Activity = parse_record(&text).expect("parses");
    assert_eq!(a.name, "DA Barsel (første)");
    assert!(text.contains("bogføringslovens § 10"));
    let repo = Repository::open(&s.work).expect("open");
    assert!(repo.statuses(None).expect("status").is_empty());
    assert!(!s.app.reload_requested, "no load follows the second save");
    assert_same_as_a_load(&s);
}

/// The interface's register and findings are those a load and a whole
/// validation of the register on disk give now.
fn assert_same_as_a_load(s: &Scratch) {
    let fresh = load(&s.work.join("registry")).expect("load");
    let report = validate(&fresh, &Options::default());
    let loaded = s.app.loaded.as_ref().expect("loaded");
    assert_eq!(
        common::record_texts(&loaded.register.organisations),
        common::record_texts(&fresh.register.organisations)
    );
    let seen = |r: &ropa::register::validate::Report| -> Vec<String> {
        let mut v: Vec<String> = r.findings.iter().map(|f| format!("{f:?}")).collect();
        v.sort();
        v
    };
    assert_eq!(seen(s.app.report().expect("report")), seen(&report));
}

/// An undo of a save puts the record back from its file alone too, and so
/// does a save that adds a file: the new record is opened.
#[test]
fn an_undo_and_a_new_file_are_taken_from_their_files() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    keys_(&mut s.app, " – Ærø");
    ctrl(&mut s.app, 's');
    assert_eq!(
        s.app
            .activity("da", "da-barsel")
            .map(|(_, a)| a.activity.name.clone()),
        Some("DA Barsel – Ærø".to_string())
    );
    assert!(!s.app.reload_requested);
    // Undo: a revert commit of the one file.
    keys_(&mut s.app, "u");
    assert_eq!(
        s.app
            .activity("da", "da-barsel")
            .map(|(_, a)| a.activity.name.clone()),
        Some("DA Barsel".to_string()),
        "{:?}",
        s.app.notice
    );
    assert!(!s.app.reload_requested, "{:?}", s.app.notice);
    assert_same_as_a_load(&s);
    // A copy adds a file: added in its place, no load, and opened.
    let before = s.app.org("da").map_or(0, |o| o.activities.len());
    keys_(&mut s.app, "c");
    ctrl(&mut s.app, 's');
    assert_saved(&s.app);
    assert!(!s.app.reload_requested, "the new file is taken alone");
    assert_eq!(
        s.app.org("da").map_or(0, |o| o.activities.len()),
        before + 1
    );
    let Some(Screen::Detail { org, act }) = s.app.stack.last() else {
        panic!("the copy is not opened: {:?}", s.app.stack)
    };
    assert_eq!(org, "da");
    assert_ne!(act, "da-barsel", "the copy is opened, not the original");
    assert!(s.app.activity("da", act).is_some());
    assert_same_as_a_load(&s);
}

#[test]
fn saving_without_a_change_makes_no_commit() {
    let mut s = scratch();
    let before = head(&s.work);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    ctrl(&mut s.app, 's');
    assert_eq!(head(&s.work), before);
    assert!(
        s.app
            .notice
            .as_deref()
            .unwrap_or_default()
            .contains("No changes")
    );
}

#[test]
fn unrelated_changes_in_the_work_tree_survive_a_save() {
    let mut s = scratch();
    let repo = Repository::open(&s.work).expect("open");
    // An unstaged change to one file, a staged change to another, and an
    // untracked file.
    let unstaged = s.work.join("registry/da/activities/statistik.ron");
    let staged = s.work.join("registry/os2/organisation.ron");
    let untracked = s.work.join("notes.txt");
    let unstaged_text = std::fs::read_to_string(&unstaged).expect("read") + "// draft note\n";
    std::fs::write(&unstaged, &unstaged_text).expect("write");
    let staged_text = std::fs::read_to_string(&staged).expect("read") + "// staged note\n";
    std::fs::write(&staged, &staged_text).expect("write");
    let mut index = repo.index().expect("index");
    index
        .add_path(Path::new("registry/os2/organisation.ron"))
        .expect("stage");
    index.write().expect("write index");
    std::fs::write(&untracked, "mine").expect("write");

    open_barsel(&mut s.app);
    keys_(&mut s.app, "e!");
    ctrl(&mut s.app, 's');
    let after = head(&s.work);
    assert_eq!(changed_paths(&s.work, after), vec![BARSEL.to_string()]);

    assert_eq!(
        std::fs::read_to_string(&unstaged).expect("read"),
        unstaged_text
    );
    assert_eq!(std::fs::read_to_string(&staged).expect("read"), staged_text);
    assert_eq!(std::fs::read_to_string(&untracked).expect("read"), "mine");
    let st = |p: &str| repo.status_file(Path::new(p)).expect("status");
    assert_eq!(
        st("registry/da/activities/statistik.ron"),
        Status::WT_MODIFIED
    );
    assert_eq!(st("registry/os2/organisation.ron"), Status::INDEX_MODIFIED);
    assert_eq!(st(BARSEL), Status::CURRENT);
}

#[test]
fn a_blocked_save_keeps_the_form_and_everything_typed() {
    let mut s = scratch();
    let before = head(&s.work);
    let file_before = std::fs::read(s.work.join(BARSEL)).expect("read");
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("last_reviewed");
    // Not set in the sample: Enter adds it, then a text that is no date.
    keys_(&mut s.app, "\nsidste uge");
    ctrl(&mut s.app, 's');
    assert_eq!(s.app.screen(), Screen::Form, "the form stays open");
    let form = s.app.form.as_ref().expect("form");
    let msg = form.message.clone().unwrap_or_default();
    assert!(msg.contains("not a date"), "{msg}");
    assert_eq!(form.value["last_reviewed"], "sidste uge", "text kept");
    assert_eq!(head(&s.work), before, "no commit");
    assert_eq!(
        std::fs::read(s.work.join(BARSEL)).expect("read"),
        file_before
    );

    // Fixing the date makes the save go through.
    for _ in 0.."sidste uge".len() {
        key(&mut s.app, KeyCode::Backspace, KeyModifiers::NONE);
    }
    keys_(&mut s.app, "2026-11-20");
    ctrl(&mut s.app, 's');
    assert_ne!(head(&s.work), before);
    let text = std::fs::read_to_string(s.work.join(BARSEL)).expect("read");
    assert!(
        text.contains("last_reviewed: Some(\"2026-11-20\")"),
        "{text}"
    );
}

#[test]
fn esc_with_changes_asks_and_discard_leaves_the_file_alone() {
    let mut s = scratch();
    let file_before = std::fs::read(s.work.join(BARSEL)).expect("read");
    open_barsel(&mut s.app);
    keys_(&mut s.app, "eX\x1b");
    assert_eq!(
        s.app.form.as_ref().and_then(|f| f.dialog.clone()),
        Some(Dialog::Leave)
    );
    // Esc again keeps editing, with the text.
    keys_(&mut s.app, "\x1b");
    assert_eq!(s.app.screen(), Screen::Form);
    assert!(
        s.app
            .form
            .as_ref()
            .is_some_and(|f| f.value["name"] == "DA BarselX")
    );
    keys_(&mut s.app, "\x1bd");
    assert!(matches!(s.app.screen(), Screen::Detail { .. }));
    assert_eq!(
        std::fs::read(s.work.join(BARSEL)).expect("read"),
        file_before
    );
}

#[test]
fn a_change_on_disk_is_not_overwritten_and_can_be_merged() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e (ny)");
    // Meanwhile another editor changes the description in the file.
    let path = s.work.join(BARSEL);
    let theirs = std::fs::read_to_string(&path).expect("read").replacen(
        "description: Some(\"",
        "description: Some(\"ÆNDRET: ",
        1,
    );
    assert!(theirs.contains("ÆNDRET"), "the sample has a description");
    std::fs::write(&path, &theirs).expect("write");
    let before = head(&s.work);

    ctrl(&mut s.app, 's');
    let form = s.app.form.as_ref().expect("form stays open");
    assert!(matches!(
        form.dialog,
        Some(Dialog::Conflict {
            current: Some(_),
            ..
        })
    ));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
    assert_eq!(head(&s.work), before);

    keys_(&mut s.app, "m");
    ctrl(&mut s.app, 's');
    // Their change is not committed, and ropa did not make it: it asks
    // before committing it with the edit.
    let form = s.app.form.as_ref().expect("form stays open");
    let Some(Dialog::Uncommitted { files, .. }) = &form.dialog else {
        panic!(
            "expected the uncommitted-changes question: {:?}",
            form.dialog
        )
    };
    assert_eq!(files[0].path, "da/activities/da-barsel.ron");
    assert_eq!(files[0].fields, vec!["description".to_string()]);
    assert_eq!(head(&s.work), before);
    keys_(&mut s.app, "i");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("ÆNDRET"), "their change kept: {text}");
    assert!(text.contains("DA Barsel (ny)"), "my change kept: {text}");
    assert_ne!(head(&s.work), before);
    let message = message(&s.work, head(&s.work));
    assert!(
        message.contains("not committed:\nda/activities/da-barsel.ron: description"),
        "{message}"
    );
}

#[test]
fn changing_the_id_renames_the_file_in_one_commit() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("id");
    keys_(&mut s.app, "-2026");
    ctrl(&mut s.app, 's');
    let after = head(&s.work);
    let renamed = "registry/da/activities/da-barsel-2026.ron";
    assert_eq!(
        changed_paths(&s.work, after),
        vec![renamed.to_string(), BARSEL.to_string()]
    );
    assert!(!s.work.join(BARSEL).exists());
    assert!(s.work.join(renamed).exists());
    let repo = Repository::open(&s.work).expect("open");
    let msg = repo
        .find_commit(after)
        .expect("commit")
        .message()
        .unwrap_or_default()
        .to_string();
    assert!(
        msg.contains(r#"id: "da-barsel" → "da-barsel-2026""#),
        "{msg}"
    );
}

#[test]
fn a_new_activity_is_not_written_until_it_validates() {
    let mut s = scratch();
    let before = head(&s.work);
    keys_(&mut s.app, "\n"); // DA's activities
    keys_(&mut s.app, "n");
    assert!(s.app.form.as_ref().is_some_and(|f| f.is_new));
    keys_(&mut s.app, "Lønbehandling");
    ctrl(&mut s.app, 's');
    let form = s.app.form.as_ref().expect("the form stays open");
    let msg = form.message.clone().unwrap_or_default();
    assert!(msg.contains("ACT-001"), "{msg}");
    assert_eq!(form.value["name"], "Lønbehandling");
    assert_eq!(head(&s.work), before);
    assert!(
        !s.work
            .join("registry/da/activities/new-activity.ron")
            .exists()
    );
}

#[test]
fn a_copy_is_one_new_file_in_one_commit() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "c");
    let form = s.app.form.as_ref().expect("form");
    assert!(form.is_new);
    assert_eq!(form.value["id"], "da-barsel-copy");
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(msg.is_none(), "{msg:?}");
    let after = head(&s.work);
    let copy = "registry/da/activities/da-barsel-copy.ron";
    assert_eq!(changed_paths(&s.work, after), vec![copy.to_string()]);
    let a: Activity =
        parse_record(&std::fs::read_to_string(s.work.join(copy)).expect("read")).expect("parse");
    assert_eq!(a.name, "DA Barsel (copy)");
    assert_eq!(a.status, ropa::register::model::Status::Draft);
}

#[test]
fn lists_grow_and_shrink_in_the_form() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    let n = form.value["purposes"].as_array().map_or(0, Vec::len);
    form.focus_field("purposes");
    ctrl(&mut s.app, 'n');
    let form = s.app.form.as_ref().expect("form");
    assert_eq!(form.value["purposes"].as_array().map_or(0, Vec::len), n + 1);
    let focused = form.focused().map(|r| r.field.clone()).unwrap_or_default();
    assert!(focused.starts_with(&format!("purposes[{n}]")), "{focused}");
    ctrl(&mut s.app, 'd');
    let form = s.app.form.as_ref().expect("form");
    // Ctrl-D on a required field of the new item removes the item.
    assert_eq!(form.value["purposes"].as_array().map_or(0, Vec::len), n);
}

#[test]
fn the_status_is_picked_from_its_variants() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("form").focus_field("status");
    keys_(&mut s.app, "\nretired\n");
    let form = s.app.form.as_ref().expect("form");
    assert_eq!(form.value["status"], "Retired");
}

fn message(work: &Path, id: git2::Oid) -> String {
    Repository::open(work)
        .expect("open")
        .find_commit(id)
        .expect("commit")
        .message()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn retire_sets_the_status_in_one_commit() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "R");
    let after = head(&s.work);
    assert_eq!(changed_paths(&s.work, after), vec![BARSEL.to_string()]);
    let msg = message(&s.work, after);
    assert!(msg.contains(r#"status: "Draft" → "Retired""#), "{msg}");
    let a: Activity =
        parse_record(&std::fs::read_to_string(s.work.join(BARSEL)).expect("read")).expect("parse");
    assert_eq!(a.status, ropa::register::model::Status::Retired);
}

#[test]
fn delete_asks_first_and_removes_the_file_in_one_commit() {
    let mut s = scratch();
    let before = head(&s.work);
    open_barsel(&mut s.app);
    keys_(&mut s.app, "Dn");
    assert_eq!(head(&s.work), before, "n keeps it");
    assert!(s.work.join(BARSEL).exists());
    keys_(&mut s.app, "Dy");
    let after = head(&s.work);
    assert_eq!(changed_paths(&s.work, after), vec![BARSEL.to_string()]);
    assert!(!s.work.join(BARSEL).exists());
    assert!(message(&s.work, after).contains("DA Barsel: deleted"));
}

#[test]
fn undo_reverts_the_last_save_with_a_new_commit() {
    let mut s = scratch();
    let original = std::fs::read(s.work.join(BARSEL)).expect("read");
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e!");
    ctrl(&mut s.app, 's');
    let saved = head(&s.work);
    keys_(&mut s.app, "u");
    let undone = head(&s.work);
    assert_ne!(undone, saved);
    let repo = Repository::open(&s.work).expect("open");
    assert_eq!(
        repo.find_commit(undone)
            .expect("commit")
            .parent_id(0)
            .expect("parent"),
        saved,
        "undo is a new commit on top"
    );
    assert_eq!(std::fs::read(s.work.join(BARSEL)).expect("read"), original);
}

#[test]
fn external_editor_change_is_committed_in_canonical_form() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "E");
    let req = s.app.editor_request.take().expect("editor requested");
    assert_eq!(req.path, "da/activities/da-barsel.ron");
    // What the user's editor does: changes the name, in sloppy layout.
    let path = s.work.join(BARSEL);
    let text = std::fs::read_to_string(&path)
        .expect("read")
        .replace("name: \"DA Barsel\",", "name:   \"DA Barsel (editor)\"  ,");
    std::fs::write(&path, text).expect("write");
    let ok = std::process::Command::new("true").status();
    s.app.after_editor(req, ok);
    let after = head(&s.work);
    assert_eq!(changed_paths(&s.work, after), vec![BARSEL.to_string()]);
    assert!(message(&s.work, after).contains(r#"name: "DA Barsel" → "DA Barsel (editor)""#));
    let written = std::fs::read_to_string(&path).expect("read");
    let a: Activity = parse_record(&written).expect("parse");
    assert_eq!(
        ropa::register::format::to_canonical(&a).expect("canonical"),
        written
    );
}

#[test]
fn a_broken_file_from_the_editor_is_never_committed_nor_lost() {
    let mut s = scratch();
    let before = head(&s.work);
    let original = std::fs::read(s.work.join(BARSEL)).expect("read");
    open_barsel(&mut s.app);
    keys_(&mut s.app, "E");
    let req = s.app.editor_request.take().expect("editor requested");
    let path = s.work.join(BARSEL);
    let broken = "Activity(\n    id: \"da-barsel\",\n    name: \"DA Barsel\n";
    std::fs::write(&path, broken).expect("write");
    s.app
        .after_editor(req, std::process::Command::new("true").status());
    assert_eq!(head(&s.work), before, "not committed");
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        broken,
        "text kept"
    );
    match &s.app.confirm {
        Some(ropa::tui::app::Confirm::BrokenFile { problem, .. }) => {
            assert!(
                problem.starts_with("da/activities/da-barsel.ron:"),
                "{problem}"
            )
        }
        other => panic!("expected the broken-file question, got {other:?}"),
    }
    // r reopens the editor on the same file.
    keys_(&mut s.app, "r");
    let again = s.app.editor_request.take().expect("reopened");
    assert_eq!(again.path, "da/activities/da-barsel.ron");
    s.app
        .after_editor(again, std::process::Command::new("true").status());
    // d discards: the file is as before the editor ran.
    keys_(&mut s.app, "d");
    assert_eq!(std::fs::read(&path).expect("read"), original);
    assert_eq!(head(&s.work), before);
}

#[test]
fn a_recipient_created_on_the_spot_is_added_to_the_organisation_in_the_same_commit() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("form").focus_field("recipients");
    ctrl(&mut s.app, 'n');
    let focused = s
        .app
        .form
        .as_ref()
        .and_then(|f| f.focused().map(|r| r.field.clone()))
        .unwrap_or_default();
    assert_eq!(focused, "recipients[0].recipient");
    keys_(&mut s.app, "\nxyzzy-revision\n");
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(s.app.form.is_none(), "saved: {msg:?}");
    let after = head(&s.work);
    assert_eq!(
        changed_paths(&s.work, after),
        vec![
            BARSEL.to_string(),
            "registry/da/organisation.ron".to_string()
        ]
    );
    let org = std::fs::read_to_string(s.work.join("registry/da/organisation.ron")).expect("read");
    assert!(org.contains("id: \"xyzzy-revision\""), "{org}");
    assert!(message(&s.work, after).contains("new recipient(s) \"xyzzy-revision\""));
}

#[test]
fn renaming_an_organisation_moves_its_folder_and_updates_references_in_one_commit() {
    let mut s = scratch();
    // Jupiter's activity names OS2 as a controller it serves.
    let jupiter = std::fs::read_dir(s.work.join("registry/jupiter-system-partner/activities"))
        .expect("read_dir")
        .next()
        .expect("an activity")
        .expect("entry")
        .path();
    let mut a: Activity =
        parse_record(&std::fs::read_to_string(&jupiter).expect("read")).expect("parse");
    a.on_behalf_of
        .push(ropa::register::model::ControllerServed {
            organisation: Some("os2".into()),
            name: None,
            contact: None,
            processing: Vec::new(),
        });
    std::fs::write(
        &jupiter,
        ropa::register::format::to_canonical(&a).expect("canonical"),
    )
    .expect("write");
    let repo = Repository::open(&s.work).expect("open");
    commit_all(&repo, "Jupiter serves OS2");
    s.app = app_on(&s.work.join("registry"));
    let os2 = s
        .app
        .organisations()
        .iter()
        .position(|o| o.org.id == "os2")
        .expect("os2");
    for _ in 0..os2 {
        keys_(&mut s.app, "j");
    }
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("org form").focus_field("id");
    keys_(&mut s.app, "-forening");
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(s.app.form.is_none(), "saved: {msg:?}");

    let after = head(&s.work);
    let paths = changed_paths(&s.work, after);
    assert!(
        paths.contains(&"registry/os2/organisation.ron".to_string()),
        "{paths:?}"
    );
    assert!(
        paths.contains(&"registry/os2-forening/organisation.ron".to_string()),
        "{paths:?}"
    );
    assert!(!s.work.join("registry/os2").exists());
    let rel = jupiter
        .strip_prefix(&s.work)
        .expect("inside")
        .to_string_lossy()
        .into_owned();
    assert!(
        paths.contains(&rel),
        "reference updated in the same commit: {paths:?}"
    );
    let text = std::fs::read_to_string(&jupiter).expect("read");
    assert!(
        text.contains("organisation: Some(\"os2-forening\")"),
        "{text}"
    );
    let loaded = load(&s.work.join("registry")).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
}

/// The register as committed in HEAD has no error the sample did not have.
fn assert_head_adds_no_error(s: &Scratch) {
    let out = std::process::Command::new("git")
        .current_dir(&s.work)
        .args(["stash", "list"])
        .output()
        .expect("git");
    assert!(out.status.success());
    let sample = validate(
        &load(&common::sample_registry()).expect("load"),
        &Options::default(),
    );
    let now = validate(
        &load(&s.work.join("registry")).expect("load"),
        &Options::default(),
    );
    assert_eq!(now.errors(), sample.errors(), "{:#?}", now.findings);
    let status = std::process::Command::new("git")
        .current_dir(&s.work)
        .args(["status", "--porcelain"])
        .output()
        .expect("git status");
    assert_eq!(
        String::from_utf8_lossy(&status.stdout),
        "",
        "git status is clean"
    );
}

#[test]
fn a_new_activity_with_a_recipient_from_the_picker_adds_it_to_the_organisation() {
    let mut s = scratch();
    keys_(&mut s.app, "\n");
    keys_(&mut s.app, "n");
    let form = s.app.form.as_mut().expect("form");
    assert!(form.is_new);
    keys_(&mut s.app, "Løn og personale");
    // A new activity is refused until it is complete (a blank one lacks a
    // purpose, data subjects, …): the rest is filled in as the user would.
    let blocker = s
        .app
        .form
        .as_ref()
        .and_then(|f| f.blocker())
        .expect("incomplete");
    assert!(blocker.starts_with("ACT-001"), "{blocker}");
    let barsel: Activity =
        parse_record(&std::fs::read_to_string(s.work.join(BARSEL)).expect("read")).expect("parse");
    let form = s.app.form.as_mut().expect("form");
    let mut value = serde_json::to_value(&barsel).expect("json");
    value["id"] = form.value["id"].clone();
    value["name"] = form.value["name"].clone();
    form.value = value;
    form.relayout();
    s.app.form.as_mut().expect("form").focus_field("recipients");
    ctrl(&mut s.app, 'n');
    keys_(&mut s.app, "qz-loenbureau\n");
    let before = head(&s.work);
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(s.app.form.is_none(), "saved: {msg:?}");
    let after = head(&s.work);
    assert_ne!(after, before);
    assert_eq!(
        changed_paths(&s.work, after),
        vec![
            "registry/da/activities/loen-og-personale.ron".to_string(),
            "registry/da/organisation.ron".to_string()
        ]
    );
    assert_head_adds_no_error(&s);
}

#[test]
fn a_copy_with_a_recipient_from_the_picker_adds_it_to_the_organisation() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "c");
    assert!(s.app.form.as_ref().is_some_and(|f| f.is_new));
    s.app.form.as_mut().expect("form").focus_field("recipients");
    ctrl(&mut s.app, 'n');
    keys_(&mut s.app, "ny-modtager\n");
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(s.app.form.is_none(), "saved: {msg:?}");
    let org = std::fs::read_to_string(s.work.join("registry/da/organisation.ron")).expect("read");
    assert!(org.contains("id: \"ny-modtager\""), "{org}");
    assert_head_adds_no_error(&s);
}

#[test]
fn an_editor_that_breaks_the_id_is_not_committed_and_the_user_chooses() {
    for bad in ["DA Barsel", "da-barsel-2"] {
        let mut s = scratch();
        let before = head(&s.work);
        open_barsel(&mut s.app);
        keys_(&mut s.app, "E");
        let req = s.app.editor_request.take().expect("editor requested");
        let path = s.work.join(BARSEL);
        let original = std::fs::read(&path).expect("read");
        let text = String::from_utf8_lossy(&original).replacen(
            "id: \"da-barsel\"",
            &format!("id: \"{bad}\""),
            1,
        );
        std::fs::write(&path, &text).expect("write");
        s.app
            .after_editor(req, std::process::Command::new("true").status());
        assert_eq!(head(&s.work), before, "{bad}: not committed");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text, "kept");
        match &s.app.confirm {
            Some(ropa::tui::app::Confirm::BrokenFile { problem, line, .. }) => {
                assert!(problem.contains("error[STR-004]"), "{problem}");
                assert!(
                    problem.contains("da/activities/da-barsel.ron:2:"),
                    "{problem}"
                );
                assert_eq!(*line, 2);
            }
            other => panic!("{bad}: expected the question, got {other:?}"),
        }
        // d discards the edit: the file is as before the editor ran.
        keys_(&mut s.app, "d");
        assert_eq!(std::fs::read(&path).expect("read"), original);
        assert_eq!(head(&s.work), before);
    }
}

#[test]
fn another_organisations_id_or_org_number_is_shown_before_the_save_and_refused() {
    let mut s = scratch();
    // The organisations screen lists da first; digst second.
    keys_(&mut s.app, "je");
    let form = s.app.form.as_mut().expect("digst's form");
    assert_eq!(form.path, "digst/organisation.ron");
    form.focus_field("id");
    for _ in 0.."digst".len() {
        key(&mut s.app, KeyCode::Backspace, KeyModifiers::NONE);
    }
    keys_(&mut s.app, "da");
    let form = s.app.form.as_ref().expect("form");
    let blocker = form.blocker().expect("blocked before saving");
    assert!(blocker.contains("exists already"), "{blocker}");
    let before = head(&s.work);
    ctrl(&mut s.app, 's');
    assert!(s.app.form.is_some(), "the form stays open");
    assert_eq!(head(&s.work), before);
    assert!(s.work.join("registry/digst/organisation.ron").exists());
    // Back to its own id, then OS2's CVR number.
    for _ in 0.."da".len() {
        key(&mut s.app, KeyCode::Backspace, KeyModifiers::NONE);
    }
    keys_(&mut s.app, "digst");
    let os2 = load(&s.work.join("registry"))
        .expect("load")
        .register
        .organisations
        .into_iter()
        .find(|o| o.org.id == "os2")
        .and_then(|o| o.org.org_number)
        .expect("os2 has a number");
    let form = s.app.form.as_mut().expect("form");
    form.value["org_number"] = serde_json::to_value(&os2).expect("json");
    form.relayout();
    s.app.check_form();
    let blocker = s
        .app
        .form
        .as_ref()
        .and_then(|f| f.blocker())
        .expect("blocked");
    assert!(blocker.contains("STR-001"), "{blocker}");
    ctrl(&mut s.app, 's');
    assert_eq!(head(&s.work), before);
}

#[test]
fn uncommitted_changes_in_the_file_can_be_set_aside() {
    let mut s = scratch();
    let path = s.work.join(BARSEL);
    let hand = std::fs::read_to_string(&path).expect("read").replacen(
        "status: Draft",
        "status: InReview",
        1,
    );
    std::fs::write(&path, &hand).expect("write");
    s.app = app_on(&s.work.join("registry"));
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e – rettet");
    ctrl(&mut s.app, 's');
    let form = s.app.form.as_ref().expect("asked");
    assert!(matches!(form.dialog, Some(Dialog::Uncommitted { .. })));
    keys_(&mut s.app, "a");
    assert!(s.app.form.is_none(), "saved");
    // The file on disk is not what was saved (the changes were set
    // aside and taken off it): the register is loaded whole.
    assert!(
        s.app.reload_requested,
        "changes set aside load the register"
    );
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(notice.contains("git stash list"), "{notice}");
    let committed = std::fs::read_to_string(&path).expect("read");
    assert!(committed.contains("DA Barsel – rettet"));
    assert!(
        committed.contains("status: Draft"),
        "the hand edit is set aside"
    );
    let stash = std::process::Command::new("git")
        .current_dir(&s.work)
        .args(["stash", "show", "-p"])
        .output()
        .expect("git stash show");
    assert!(String::from_utf8_lossy(&stash.stdout).contains("+    status: InReview"));
}

/// With workers, a key in a form asks for the form's check (the record's
/// findings and the transaction's dry run) instead of running it on the
/// thread that reads keys: nothing is judged on the key, the answer shows
/// when it comes, an answer for older text is dropped, and what shows is
/// what the check on the input thread shows.
#[test]
fn with_workers_a_form_key_asks_for_its_check_and_an_older_answer_is_dropped() {
    use ropa::tui::editing::FormFound;
    let mut s = scratch();
    let mut here = app_on(&s.work.join("registry"));
    s.app.workers = true;
    for app in [&mut s.app, &mut here] {
        open_barsel(app);
        keys_(app, "e");
    }
    let (first, check) = s
        .app
        .form_check_request
        .take()
        .expect("asked when the form opened");
    assert!(s.app.form_check_pending());
    let form = s.app.form.as_ref().expect("form");
    assert!(form.findings.is_empty() && form.new_errors.is_empty() && form.refused.is_none());
    keys_(&mut s.app, "ø");
    keys_(&mut here, "ø");
    let (second, newer) = s.app.form_check_request.take().expect("asked again");
    assert!(second > first);
    assert!(!s.app.form_checked(first, check.run()), "older text");
    let stale = FormFound {
        refused: Some("stale".into()),
        ..FormFound::default()
    };
    assert!(!s.app.form_checked(first, stale));
    let form = s.app.form.as_ref().expect("form");
    assert!(form.refused.is_none() && form.findings.is_empty());
    assert!(s.app.form_checked(second, newer.run()));
    assert!(!s.app.form_check_pending());
    let (a, b) = (
        s.app.form.as_ref().expect("form"),
        here.form.as_ref().expect("form"),
    );
    assert!(!b.findings.is_empty(), "the record has findings to compare");
    assert_eq!(a.findings, b.findings);
    assert_eq!(a.new_errors, b.new_errors);
    assert_eq!(a.refused, b.refused);
}

/// A list item added and left empty (Enter, Enter) says nothing: the save
/// leaves it out rather than writing `""` into the file.
#[test]
fn an_empty_list_item_is_not_saved() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    s.app
        .form
        .as_mut()
        .expect("form")
        .focus_field("breach_refs");
    keys_(&mut s.app, "BR-1 æøå");
    key(&mut s.app, KeyCode::Enter, KeyModifiers::NONE);
    key(&mut s.app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(
        s.app.form.as_ref().expect("form").value["breach_refs"],
        serde_json::json!(["BR-1 æøå", ""])
    );
    ctrl(&mut s.app, 's');
    assert_ne!(s.app.screen(), Screen::Form);
    let text = std::fs::read_to_string(s.work.join(BARSEL)).expect("read");
    let a: Activity = parse_record(&text).expect("parses");
    assert_eq!(a.breach_refs, vec!["BR-1 æøå".to_string()]);
}

/// A merge onto a colleague's version that changed the same field keeps
/// what the user typed and says whose value the save would replace, with
/// that value.
#[test]
fn a_merge_says_which_values_both_changed_and_keeps_the_others() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e MIN");
    let path = s.work.join(BARSEL);
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replacen("name: \"DA Barsel\"", "name: \"KOLLEGANAVN\"", 1)
        .replacen("description: Some(\"", "description: Some(\"ÆNDRET: ", 1);
    assert!(theirs.contains("KOLLEGANAVN") && theirs.contains("ÆNDRET"));
    std::fs::write(&path, &theirs).expect("write");
    ctrl(&mut s.app, 's');
    keys_(&mut s.app, "m");
    let form = s.app.form.as_ref().expect("form stays open");
    assert_eq!(form.value["name"], "DA Barsel MIN");
    assert!(
        form.value["description"]
            .as_str()
            .is_some_and(|d| d.starts_with("ÆNDRET: ")),
        "{}",
        form.value["description"]
    );
    let said = form.message.clone().unwrap_or_default();
    assert!(said.contains("name (\"KOLLEGANAVN\")"), "{said}");
    assert!(!said.contains("description"), "{said}");
    assert_eq!(s.app.notice, None, "the notice of the change is answered");
}
