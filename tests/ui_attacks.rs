//! The editing loop attacked as a user would: sequences of keys, editor
//! results and git activity beside the interface that made ropa commit an
//! error, lose or alter what was typed, leave git disagreeing with what it
//! said, show something misleading, or work on another register than the
//! one the user stands in. Each test states the promise it checks; most
//! drive the interface's state with key events on a scratch repository
//! holding the sample register, a few run the real binary (under tmux
//! where the terminal itself matters).

mod common;

use common::interface::{
    Scratch, commit_all, ctrl, head, key, keys_, render, scratch, scratch_repo,
};
use common::tmux::{Tmux, tmux_available};

use std::path::{Path, PathBuf};
use std::process::Command;

use git2::Repository;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::register::load::{load, parse_record};
use ropa::register::model::Activity;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Confirm, Screen};

const BARSEL: &str = "registry/da/activities/da-barsel.ron";
const ZOOM: &str = "registry/djoef/activities/zoom-onlinetilbud.ron";

/// What the event loop does when a reload was asked for (after a save,
/// or when the watcher reported a change): the register is loaded again
/// into the same interface, which keeps its session.
fn reload(s: &mut Scratch) {
    let root = s.work.join("registry");
    let loaded = load(&root).expect("load");
    let report = validate(&loaded, &Options::default());
    s.app.reload_requested = false;
    s.app.set_loaded(loaded);
    s.app.set_report(report);
    s.app.head = ropa::register::git::head_info(&root);
}

/// Runs git in `work` and returns its standard output.
fn git(work: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(work)
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The file at `path` (repository-relative) as HEAD holds it.
fn in_head(work: &Path, path: &str) -> String {
    git(work, &["show", &format!("HEAD:{path}")])
}

fn activity_at(work: &Path, path: &str) -> Activity {
    parse_record(&std::fs::read_to_string(work.join(path)).expect("read")).expect("parses")
}

/// Opens the detail of activity `act` of organisation `org` from the
/// organisations screen, by moving to their rows.
fn open(app: &mut App, org: &str, act: &str) {
    app.stack = vec![Screen::Organisations];
    app.selected = vec![0];
    let o = app
        .org_rows()
        .iter()
        .position(|r| r.id() == org)
        .expect("organisation");
    for _ in 0..o {
        keys_(app, "j");
    }
    keys_(app, "\n");
    let a = {
        let entry = app.org(org).expect("loaded");
        app.act_rows(entry)
            .iter()
            .position(|r| r.id() == act)
            .expect("activity")
    };
    for _ in 0..a {
        keys_(app, "j");
    }
    keys_(app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: org.into(),
            act: act.into()
        }
    );
}

/// Opens the form of `act`, appends `text` to its name and saves.
fn rename_by_form(s: &mut Scratch, org: &str, act: &str, text: &str) -> git2::Oid {
    open(&mut s.app, org, act);
    keys_(&mut s.app, "e");
    assert_eq!(s.app.screen(), Screen::Form);
    key(&mut s.app, KeyCode::End, KeyModifiers::NONE);
    keys_(&mut s.app, text);
    ctrl(&mut s.app, 's');
    let msg = s.app.form.as_ref().and_then(|f| f.message.clone());
    assert!(s.app.form.is_none(), "saved: {msg:?}");
    reload(s);
    head(&s.work)
}

// ---------------------------------------------------------------------
// Undo
// ---------------------------------------------------------------------

/// Breaks: "u undoes this session's last save". When the undo had to ask
/// about uncommitted changes (here a file mode a `chmod` left) and the
/// user answered `a`, the revert commit is made, but the save stays on
/// the undo list: the next `u` tries to undo the same save again (and is
/// refused as a conflict) instead of undoing the save before it, and the
/// status line says "Saved …" rather than "Undone by …".
#[test]
fn an_undo_that_asked_about_uncommitted_changes_is_counted_as_done() {
    let mut s = scratch();
    let original_name = activity_at(&s.work, BARSEL).name;
    rename_by_form(&mut s, "da", "da-barsel", " (første)");
    let second = rename_by_form(&mut s, "djoef", "zoom-onlinetilbud", " (anden)");
    // A mode change beside the interface: git reports the file changed.
    let zoom = s.work.join(ZOOM);
    let mut perm = std::fs::metadata(&zoom).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o755);
    std::fs::set_permissions(&zoom, perm).expect("chmod");

    keys_(&mut s.app, "u");
    assert!(
        matches!(s.app.confirm, Some(Confirm::Uncommitted { .. })),
        "asked: {:?} / {:?}",
        s.app.confirm,
        s.app.notice
    );
    keys_(&mut s.app, "a");
    let undone = head(&s.work);
    assert_ne!(undone, second, "the last save was undone");
    let notice = s.app.notice.clone().unwrap_or_default();
    reload(&mut s);

    // The next u undoes the save before it.
    keys_(&mut s.app, "u");
    let again = head(&s.work);
    assert_ne!(
        again, undone,
        "the second u undid nothing: {:?} (after the first: {notice:?})",
        s.app.notice
    );
    assert_eq!(activity_at(&s.work, BARSEL).name, original_name);
    assert!(notice.starts_with("Undone"), "{notice}");
}

/// Breaks: a refusal says what to do. After a colleague committed a
/// change to the record the user had just saved (another field), `u` says
/// "…changed since it was loaded; nothing done, reloading" — and after
/// the reload it says exactly the same, forever: the reload it promises
/// can never make the undo possible. (`git revert` of the same commit
/// succeeds: the two changes touch different lines.)
#[test]
fn undo_after_a_colleagues_commit_to_the_record_does_not_promise_a_retry() {
    let mut s = scratch();
    let saved = rename_by_form(&mut s, "da", "da-barsel", " – ændret");
    let path = s.work.join(BARSEL);
    let text = std::fs::read_to_string(&path).expect("read").replacen(
        "status: Draft",
        "status: InReview",
        1,
    );
    std::fs::write(&path, text).expect("write");
    commit_all(&Repository::open(&s.work).expect("open"), "colleague");
    let colleague = head(&s.work);
    assert_ne!(colleague, saved);
    reload(&mut s);

    for attempt in 1..=2 {
        keys_(&mut s.app, "u");
        let notice = s.app.notice.clone().unwrap_or_default();
        if head(&s.work) != colleague {
            // Undone as git would: the name back, the colleague's status kept.
            let a = activity_at(&s.work, BARSEL);
            assert_eq!(a.name, "DA Barsel");
            assert_eq!(a.status, ropa::register::model::Status::InReview);
            return;
        }
        assert!(
            !notice.contains("reloading"),
            "attempt {attempt}: the undo is refused with a promise of a reload that cannot \
             help: {notice:?}"
        );
        reload(&mut s);
    }
}

/// Passes (new ground): an undo that would break the register is refused.
/// The user renames OS2's id to `os2-forening` (its folder moves); a
/// colleague then commits a new activity in `os2-forening/activities`.
/// `u` would move `organisation.ron` back to `os2/` and leave the
/// colleague's activity in a folder without an organisation: it is refused
/// with that error, and nothing changes.
#[test]
fn undo_of_an_organisation_rename_that_would_orphan_a_colleagues_activity_is_refused() {
    let mut s = scratch();
    let os2 = s
        .app
        .org_rows()
        .iter()
        .position(|r| r.id() == "os2")
        .expect("os2");
    for _ in 0..os2 {
        keys_(&mut s.app, "j");
    }
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("org form").focus_field("id");
    keys_(&mut s.app, "-forening");
    ctrl(&mut s.app, 's');
    assert!(s.app.form.is_none(), "saved: {:?}", s.app.notice);
    reload(&mut s);
    let folder = s.work.join("registry/os2-forening/activities");
    let text = std::fs::read_to_string(folder.join("os2-eu.ron"))
        .expect("read")
        .replacen("id: \"os2-eu\"", "id: \"os2-ny\"", 1);
    std::fs::write(folder.join("os2-ny.ron"), text).expect("write");
    commit_all(&Repository::open(&s.work).expect("open"), "colleague adds");
    reload(&mut s);
    let before = head(&s.work);
    keys_(&mut s.app, "u");
    assert_eq!(head(&s.work), before, "not undone");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(notice.contains("os2-forening"), "{notice}");
    assert_eq!(git(&s.work, &["status", "--porcelain"]), "");
    let now = validate(
        &load(&s.work.join("registry")).expect("load"),
        &Options::default(),
    );
    assert_eq!(now.errors(), 0);
}

/// Breaks: the message tells the reviewer what the commit changed. The
/// user had set DA Barsel's status to InReview by hand and staged it
/// (`git add`), then presses `R` in ropa and includes the change (`i`).
/// HEAD's parent says `status: Draft`, the commit says `Retired`, but the
/// message reads `status: "InReview" → "Retired"` — an old value that was
/// never committed — so `git log -p` and the message disagree.
#[test]
fn an_included_change_does_not_give_the_message_a_value_that_was_never_committed() {
    let mut s = scratch();
    let path = s.work.join(BARSEL);
    let hand = std::fs::read_to_string(&path).expect("read").replacen(
        "status: Draft",
        "status: InReview",
        1,
    );
    std::fs::write(&path, &hand).expect("write");
    git(&s.work, &["add", BARSEL]);
    reload(&mut s);
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "R");
    assert!(matches!(s.app.confirm, Some(Confirm::Uncommitted { .. })));
    keys_(&mut s.app, "i");
    let diff = git(&s.work, &["show", "--format=", "HEAD"]);
    assert!(diff.contains("-    status: Draft"), "{diff}");
    assert!(diff.contains("+    status: Retired"), "{diff}");
    let message = git(&s.work, &["log", "-1", "--format=%B"]);
    assert!(
        !message.contains("\"InReview\" → \"Retired\""),
        "the parent never held InReview:\n{message}"
    );
}

// ---------------------------------------------------------------------
// A colleague's commit beside an open form
// ---------------------------------------------------------------------

/// Breaks: the commit message tells the reviewer what the commit does.
/// The user edits DA Barsel's name; meanwhile a colleague's commit sets
/// its status to InReview. Ctrl-S asks (merge / reload / overwrite) and
/// the user chooses `o`. The commit puts the status back to Draft — the
/// colleague's change is undone — but its message says only
/// `name: "DA Barsel" → "DA Barsel – min"`: `git log` hides the reversal.
#[test]
fn an_overwrite_names_every_field_it_changes_in_the_message() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "e");
    key(&mut s.app, KeyCode::End, KeyModifiers::NONE);
    keys_(&mut s.app, " – min");
    let path = s.work.join(BARSEL);
    let text = std::fs::read_to_string(&path).expect("read").replacen(
        "status: Draft",
        "status: InReview",
        1,
    );
    std::fs::write(&path, text).expect("write");
    commit_all(&Repository::open(&s.work).expect("open"), "colleague");
    reload(&mut s);
    ctrl(&mut s.app, 's');
    assert!(
        matches!(
            s.app.form.as_ref().and_then(|f| f.dialog.clone()),
            Some(ropa::tui::form::Dialog::Conflict { .. })
        ),
        "asked"
    );
    keys_(&mut s.app, "o");
    assert!(s.app.form.is_none(), "saved: {:?}", s.app.notice);
    let diff = git(&s.work, &["show", "--format=", "HEAD"]);
    let message = git(&s.work, &["log", "-1", "--format=%B"]);
    assert!(diff.contains("-    status: InReview"), "{diff}");
    assert!(
        message.contains("status"),
        "the commit sets status back to Draft, the message says only:\n{message}"
    );
}

/// Breaks: a conflict names the file, and an overwrite does not undo a
/// colleague's change the user never saw. In DA Barsel's form the user
/// picks a new recipient `xyzzy-revision` (saving adds it to
/// `da/organisation.ron`). Meanwhile a colleague's commit changes DA's
/// e-mail in `organisation.ron`. Ctrl-S says "The file changed on disk
/// or in git since you opened it" — without naming which file: the user
/// edits an activity and reads the organisation's text below. `o`
/// ("overwrite with your version") then commits DA's old e-mail over the
/// colleague's, and the message ("…: recipients") says nothing of it.
#[test]
fn a_conflict_in_the_organisation_file_is_named_and_overwrite_keeps_the_colleagues_change() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("form").focus_field("recipients");
    ctrl(&mut s.app, 'n');
    keys_(&mut s.app, "xyzzy-revision\n");
    let org = s.work.join("registry/da/organisation.ron");
    let text = std::fs::read_to_string(&org).expect("read").replacen(
        "email: Some(\"da@da.dk\")",
        "email: Some(\"kontakt@da.dk\")",
        1,
    );
    std::fs::write(&org, text).expect("write");
    commit_all(
        &Repository::open(&s.work).expect("open"),
        "colleague: e-mail",
    );
    reload(&mut s);
    ctrl(&mut s.app, 's');
    assert!(
        matches!(
            s.app.form.as_ref().and_then(|f| f.dialog.clone()),
            Some(ropa::tui::form::Dialog::Conflict { .. })
        ),
        "asked"
    );
    let screen = render(&mut s.app, 120, 40);
    assert!(
        screen.contains("organisation.ron"),
        "the question does not say which file changed:\n{screen}"
    );
    keys_(&mut s.app, "o");
    assert!(s.app.form.is_none(), "saved: {:?}", s.app.notice);
    let committed = in_head(&s.work, "registry/da/organisation.ron");
    let message = git(&s.work, &["log", "-1", "--format=%B"]);
    assert!(
        committed.contains("kontakt@da.dk") || message.contains("email"),
        "the colleague's e-mail was reverted by a commit whose message says:\n{message}"
    );
}

// ---------------------------------------------------------------------
// Pickers
// ---------------------------------------------------------------------

/// Breaks: what is typed is kept. The recipient picker says "pick one, or
/// type a new id"; a DPO types the new recipient's id `skat` and presses
/// Enter. The typed id loosely matches "Inkassoadvokat (inkassoadvokat)"
/// (s…k…a…t spread over the label), which is highlighted first, so Enter
/// puts `inkassoadvokat` into the activity — a real recipient the user
/// never chose — and the form says "Ready to save · 0 errors". The row
/// "use "skat" as a new id" is last in the list.
#[test]
fn a_new_recipient_id_typed_in_the_picker_is_the_one_used() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "e");
    s.app.form.as_mut().expect("form").focus_field("recipients");
    ctrl(&mut s.app, 'n');
    keys_(&mut s.app, "skat\n");
    let form = s.app.form.as_ref().expect("form");
    assert!(form.picker.is_none(), "chosen");
    assert_eq!(
        form.value["recipients"][0]["recipient"], "skat",
        "the recipient typed is the one in the record"
    );
}

// ---------------------------------------------------------------------
// $EDITOR
// ---------------------------------------------------------------------

/// Runs `E` on the detail shown, lets `edit` change the file as the user's
/// editor would, and hands the result back as the event loop does.
fn with_editor(s: &mut Scratch, edit: impl FnOnce(&str) -> String) {
    keys_(&mut s.app, "E");
    let req = s.app.editor_request.take().expect("editor requested");
    let path = s.app.root.join(&req.path);
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, edit(&text)).expect("write");
    s.app.after_editor(req, Command::new("true").status());
}

/// Breaks: set aside means "kept out of the commit". `E` leaves a file
/// that does not parse (an unclosed `owner: Some("Jens Ø"`); the user
/// keeps it (`k`), presses `E` again and closes the parenthesis. ropa
/// asks about "changes that are not committed, which ropa did not make"
/// (the user's own kept text) and the user answers `a`: "set them aside
/// and commit only this change". The commit holds the owner line all the
/// same — the very change set aside — under the message "edited in an
/// editor", which does not name the field.
#[test]
fn setting_aside_a_kept_broken_edit_commits_none_of_it() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    let before = head(&s.work);
    with_editor(&mut s, |t| {
        t.replacen(
            "    status: Draft,\n",
            "    status: Draft,\n    owner: Some(\"Jens Ø\"\n",
            1,
        )
    });
    assert!(matches!(s.app.confirm, Some(Confirm::BrokenFile { .. })));
    keys_(&mut s.app, "k");
    reload(&mut s);
    with_editor(&mut s, |t| {
        t.replacen("owner: Some(\"Jens Ø\"\n", "owner: Some(\"Jens Ø\"),\n", 1)
    });
    let Some(Confirm::Uncommitted { files, .. }) = &s.app.confirm else {
        panic!(
            "expected the question: {:?} / {:?}",
            s.app.confirm, s.app.notice
        );
    };
    assert_eq!(files.len(), 1);
    keys_(&mut s.app, "a");
    if head(&s.work) != before {
        let committed = in_head(&s.work, BARSEL);
        assert!(
            !committed.contains("Jens Ø"),
            "the owner line was set aside, yet committed:\n{}",
            git(&s.work, &["show", "--stat", "HEAD"])
        );
    }
}

/// Breaks: nothing in the work tree is reverted that ropa did not make.
/// While the user's editor is open on DA Barsel, `git pull` in the
/// second shell brings a colleague's commit that sets its status to
/// InReview (HEAD and the file change). The editor, still holding the old
/// text, writes its buffer with a syntax error. ropa says the file cannot
/// be committed; the user answers `d` ("discard your edit (the file as it
/// was before)"). ropa writes back the file as it was *before the pull*:
/// `git status` now shows a change that reverts the colleague's commit,
/// which the user never made and was not told about ("your edit was
/// discarded").
#[test]
fn discarding_an_editor_edit_after_a_pull_does_not_revert_the_pull() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "E");
    let req = s.app.editor_request.take().expect("editor requested");
    let path = s.work.join(BARSEL);
    let old = std::fs::read_to_string(&path).expect("read");
    let pulled = old.replacen("status: Draft", "status: InReview", 1);
    std::fs::write(&path, &pulled).expect("write");
    commit_all(
        &Repository::open(&s.work).expect("open"),
        "colleague, pulled",
    );
    // The editor writes its buffer (built on the old text), broken.
    std::fs::write(
        &path,
        old.replacen("name: \"DA Barsel\",", "name: \"DA Barsel", 1),
    )
    .expect("write");
    s.app.after_editor(req, Command::new("true").status());
    assert!(
        matches!(s.app.confirm, Some(Confirm::BrokenFile { .. })),
        "{:?} / {:?}",
        s.app.confirm,
        s.app.notice
    );
    keys_(&mut s.app, "d");
    let status = git(&s.work, &["status", "--porcelain"]);
    let diff = git(&s.work, &["diff"]);
    assert!(
        status.is_empty(),
        "after \"{}\" git shows a change the user never made:\n{diff}",
        s.app.notice.clone().unwrap_or_default()
    );
}

/// Breaks: the user is told what to do next. `E` on DA's
/// `organisation.ron` renames the recipient ids `lo` and `fh`, which
/// DA's activities use: ropa refuses and lists every error the file would
/// add. At 80×24 the list fills the box and the choices under it (`r`
/// reopen, `d` discard, `k` keep) are cut off — the question cannot be
/// read, and any key but those three does nothing.
#[test]
fn the_choices_after_a_refused_editor_result_are_on_screen_at_80x24() {
    let mut s = scratch();
    // DA is the first organisation.
    with_editor(&mut s, |t| {
        t.replace("id: \"lo\"", "id: \"lo-2\"")
            .replace("id: \"fh\"", "id: \"fh-2\"")
            .replace("id: \"nets\"", "id: \"nets-2\"")
    });
    let Some(Confirm::BrokenFile { problem, .. }) = &s.app.confirm else {
        panic!("refused: {:?} / {:?}", s.app.confirm, s.app.notice);
    };
    assert!(problem.lines().count() > 4, "{problem}");
    let screen = render(&mut s.app, 80, 24);
    for choice in ["(or r)  reopen", "d  discard", "(or k)  keep"] {
        assert!(
            screen.contains(choice),
            "{choice:?} is not on screen:\n{screen}"
        );
    }
}

/// Breaks: git's work tree agrees with what ropa reported. `E` adds only a
/// comment (`// Husk: tjek med jura`), which is not part of the record:
/// ropa says "No changes; nothing committed." and leaves the file
/// modified in the work tree without a word about it, so `git status`
/// shows a change the user was told does not exist — and the next save of
/// the record asks about "changes ropa did not make".
#[test]
fn an_editor_edit_that_is_not_committed_is_said_to_be_left_in_the_file() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    let before = head(&s.work);
    with_editor(&mut s, |t| {
        t.replacen(
            "    status: Draft,\n",
            "    // Husk: tjek med jura før godkendelse\n    status: Draft,\n",
            1,
        )
    });
    let notice = s.app.notice.clone().unwrap_or_default();
    let status = git(&s.work, &["status", "--porcelain"]);
    if head(&s.work) == before && !status.is_empty() {
        assert!(
            notice.contains("da/activities/da-barsel.ron") && notice.contains("not committed"),
            "git status shows {status:?} but ropa said {notice:?}"
        );
    }
}

// ---------------------------------------------------------------------
// New records and ids
// ---------------------------------------------------------------------

/// Passes (new ground): a new record never takes the place of a file that
/// exists but does not parse. A colleague committed
/// `da/activities/loenbehandling.ron` with a syntax error; the user presses
/// `n` in DA and types the name "Lønbehandling". The id follows the name
/// to `loenbehandling`, and the form says before any save that an
/// activity with that id exists already.
#[test]
fn a_new_activity_named_like_a_file_that_does_not_parse_is_refused_before_saving() {
    let mut s = scratch();
    let broken = s.work.join("registry/da/activities/loenbehandling.ron");
    std::fs::write(
        &broken,
        "Activity(\n    id: \"loenbehandling\",\n    name: \"Løn\n",
    )
    .expect("write");
    commit_all(
        &Repository::open(&s.work).expect("open"),
        "colleague's draft",
    );
    reload(&mut s);
    assert!(
        s.app
            .act_row("da", "loenbehandling")
            .is_some_and(|(_, r)| matches!(r, ropa::tui::records::ActRow::Broken(_)))
    );
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "n");
    keys_(&mut s.app, "Lønbehandling");
    let form = s.app.form.as_ref().expect("form");
    let id = form.value["id"].as_str().unwrap_or_default().to_string();
    assert!(
        id != "loenbehandling" || form.blocker().is_some_and(|b| b.contains("loenbehandling")),
        "the new activity's id is {id:?}, the name of a file that exists; blocker: {:?}",
        form.blocker()
    );
}

// ---------------------------------------------------------------------
// What the screen says
// ---------------------------------------------------------------------

/// Breaks: a refusal is a clear message. At 80 columns the status line
/// holds the register's path, the branch and the finding counts before
/// any notice, so a refusal of `R`, `D`, `u` or `E` — which is shown only
/// there — is cut after a few characters: here `R` on an activity a
/// second shell had just changed says "da/activities/da-barsel.ron changed
/// since it was loaded; nothing done, reloading", and the screen shows
/// "…42 ack  da/activ". Nothing on screen says the activity was not
/// retired.
#[test]
fn a_refusal_is_readable_at_80_columns() {
    let mut s = scratch();
    open(&mut s.app, "da", "da-barsel");
    let path = s.work.join(BARSEL);
    let text = std::fs::read_to_string(&path).expect("read").replacen(
        "status: Draft",
        "status: InReview",
        1,
    );
    std::fs::write(&path, text).expect("write");
    let before = head(&s.work);
    keys_(&mut s.app, "R");
    assert_eq!(head(&s.work), before, "not retired");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(notice.contains("nothing done"), "{notice}");
    let screen = render(&mut s.app, 80, 24);
    assert!(
        screen.contains("nothing done") || screen.contains("Not retired"),
        "the refusal cannot be read:\n{screen}"
    );
}

/// Breaks: "Ready to save" means a save will be made. In the second shell
/// a `git merge` of the team's branch stops on a conflict in a file
/// outside the register (`NOTES.txt`). In ropa the user edits DA Barsel's
/// name: the form says "Ready to save · 0 errors", and Ctrl-S then says
/// "Not saved: git is in the middle of a merge". The dry run the form
/// shows does not look at what the save refuses first.
#[test]
fn ready_to_save_is_not_shown_while_git_is_in_the_middle_of_a_merge() {
    let mut s = scratch();
    std::fs::write(s.work.join("NOTES.txt"), "fælles noter\n").expect("write");
    git(&s.work, &["add", "NOTES.txt"]);
    git(&s.work, &["commit", "-q", "-m", "notes"]);
    git(&s.work, &["checkout", "-q", "-b", "team"]);
    std::fs::write(s.work.join("NOTES.txt"), "teamets noter\n").expect("write");
    git(&s.work, &["commit", "-q", "-am", "team notes"]);
    git(&s.work, &["checkout", "-q", "-"]);
    std::fs::write(s.work.join("NOTES.txt"), "mine noter\n").expect("write");
    git(&s.work, &["commit", "-q", "-am", "my notes"]);
    let merge = Command::new("git")
        .current_dir(&s.work)
        .args(["merge", "-q", "team"])
        .output()
        .expect("git merge");
    assert!(!merge.status.success(), "the merge stops on the conflict");
    reload(&mut s);
    open(&mut s.app, "da", "da-barsel");
    keys_(&mut s.app, "e");
    key(&mut s.app, KeyCode::End, KeyModifiers::NONE);
    keys_(&mut s.app, " – ændret");
    let screen = render(&mut s.app, 80, 24);
    let before = head(&s.work);
    ctrl(&mut s.app, 's');
    let refused = head(&s.work) == before;
    let message = s
        .app
        .form
        .as_ref()
        .and_then(|f| f.message.clone())
        .unwrap_or_default();
    assert!(
        !(refused && screen.contains("Ready to save")),
        "the form said it was ready:\n{screen}\nthen: {message}"
    );
}

// ---------------------------------------------------------------------
// The register the user stands in
// ---------------------------------------------------------------------

/// Runs the binary in `dir` the way a user's shell does, with no
/// `$ROPA_REGISTRY`, config or default register of the user's.
fn ropa_in(dir: &Path, args: &[&str]) -> std::process::Output {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("ui-attacks-no-config"))
        .env("ROPA_DATA_DIR", tmp.join("ui-attacks-data"))
        .output()
        .expect("run ropa")
}

/// Breaks: every command works on the register the user stands in. A DPO
/// keeps the register in `docs/fortegnelse/` of a repository, `cd`s into
/// `djoef/activities` and types `ropa validate .` and `ropa log .`, as
/// they would `git log .`: validate says ".: no register here" and exits
/// 2; log takes `.` for an activity id ("no activity or organisation with
/// this id"). `ropa validate` and `ropa log` without the dot work there,
/// and `ropa validate .` works at the register's root.
#[test]
fn dot_inside_a_register_is_that_register() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("docs/fortegnelse");
    common::copy_tree(&common::sample_registry(), &reg);
    let repo = Repository::init(dir.path()).expect("init");
    commit_all(&repo, "the register");
    let here = reg.join("djoef/activities");
    let plain = ropa_in(&here, &["validate"]);
    assert_eq!(plain.status.code(), Some(0), "{plain:?}");
    for args in [&["validate", "."][..], &["log", "."][..]] {
        let out = ropa_in(&here, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(0),
            "ropa {} in djoef/activities: {stderr}",
            args.join(" ")
        );
        let said = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
        assert!(
            said.contains(&format!("register: {}", reg.display())),
            "{said}"
        );
    }
}

// ---------------------------------------------------------------------
// The real terminal
// ---------------------------------------------------------------------

/// Breaks: what is typed (or pasted) is kept where it was put. A DPO
/// pastes three lines from a document into an activity's description in
/// the real terminal. ropa does not take the paste as one piece of text
/// (no bracketed paste), so each line break acts as Enter: the first line
/// is appended to the description, Enter moves to "on behalf of", where
/// the second line starts a new *controller served* named "Anden linje –
/// § 5 i ferieloven." and the third becomes its contact. The form says
/// "Ready to save · 0 errors" and Ctrl-S commits a controller the activity
/// never had.
#[test]
fn a_pasted_paragraph_stays_in_the_field_it_was_pasted_into() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let (_dir, work, cmd) = scratch_for_tmux();
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    // Djøf is the third organisation; its one activity is the Zoom one.
    t.keys(&["j", "j", "Enter"]);
    t.wait_for("Onlinetilbud hos Djøf via Zoom");
    t.keys(&["Enter", "e"]);
    t.wait_for("Edit: Djøf / Onlinetilbud hos Djøf via Zoom");
    // From the name down to the description.
    t.keys(&["Down", "Down", "Down", "Down", "Down", "Down"]);
    t.paste("Første linje om løn.\nAnden linje – § 5 i ferieloven.\nTredje linje.");
    t.keys(&["C-s"]);
    let screen = t.wait_for("Saved");
    let committed = in_head(&work, ZOOM);
    let a: Activity = parse_record(&committed).expect("parses");
    assert!(
        a.on_behalf_of.is_empty(),
        "a controller served appeared from the paste: {:?}\n{screen}",
        a.on_behalf_of
    );
    let description = a.description.unwrap_or_default();
    for line in [
        "Første linje om løn.",
        "Anden linje – § 5 i ferieloven.",
        "Tredje linje.",
    ] {
        assert!(
            description.contains(line),
            "{line:?} is not in the description: {description:?}"
        );
    }
}

/// The sample committed in a scratch repository, and the command that runs
/// the real binary inside its register folder.
fn scratch_for_tmux() -> (tempfile::TempDir, PathBuf, String) {
    let (dir, work) = scratch_repo();
    let cmd = ropa_command(&work, "", "");
    (dir, work, cmd)
}

/// The shell command running ropa in `work`'s register with the tests'
/// own config and data folders: `env` before it (`NAME=value …`), and
/// `redirect` after it.
fn ropa_command(work: &Path, env: &str, redirect: &str) -> String {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    format!(
        "cd '{}' && {env} ROPA_CONFIG_DIR='{}' ROPA_DATA_DIR='{}' {} {redirect}; sleep 30",
        work.join("registry").display(),
        tmp.join("ui-attacks-no-config").display(),
        tmp.join("ui-attacks-data").display(),
        env!("CARGO_BIN_EXE_ropa"),
    )
}

/// Breaks: the record opened is the one chosen. At 120×40 DA's activity
/// list shows the first activity (Arbejdsgivernes Centrale Ferieregister)
/// in the preview on the right. A click in the preview's text (column
/// 90, row 8) is taken as a click on the *list's* row 8: it selects "Sager
/// i det fagretlige system…", and a second click there opens that
/// activity — one the user never pointed at (`e` would then edit it).
#[test]
fn a_click_in_the_preview_does_not_choose_a_row_of_the_list() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let (_dir, _work, cmd) = scratch_for_tmux();
    let t = Tmux::start(&cmd, 120, 40).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["Enter"]);
    t.wait_for("› Arbejdsgivernes Centrale");
    // A left click (SGR mouse report: press, release) in the preview.
    let click = "\x1b[<0;90;8M\x1b[<0;90;8m";
    t.literal(click);
    t.literal(click);
    let screen = t.screen();
    assert!(
        screen.contains("› Arbejdsgivernes Centrale")
            && !screen.contains("› Sager i det fagretlige"),
        "a click in the preview chose another activity:\n{screen}"
    );
}

/// Breaks: files, index and HEAD agree with what ropa reported. During a
/// save another program deletes `.git/index.lock` (as users do when git
/// says "Another git process seems to be running", and as ropa's own
/// message about a stale lock advises). The commit has landed but the
/// index cannot be put in place: the core reports "saved as commit …, but
/// git's index could not be updated; run any ropa command in this register
/// to finish it". The interface shows this as "Not saved: …", keeps the
/// form open, does not put the commit on its undo list and does not finish
/// it: `git status` shows `MM` (the index holds the commit's reversal, which
/// the next `git commit` records), and a moment later the form says the
/// file "changed outside ropa" — its own commit.
///
/// Runs the binary with `ROPA_TEST_STEP_DELAY_US` (the fault tests' hook:
/// each step of the transaction is named on standard error and paused).
#[test]
fn a_save_whose_index_update_failed_is_finished_by_the_open_interface() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let (_dir, work, _) = scratch_for_tmux();
    let logs = tempfile::tempdir().expect("tempdir");
    let steps = logs.path().join("steps.log");
    let cmd = ropa_command(
        &work,
        "ROPA_TEST_STEP_DELAY_US=300000",
        &format!("2>'{}'", steps.display()),
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["j", "j", "Enter", "Enter", "e", "End"]);
    t.wait_for("Edit: Djøf / Onlinetilbud hos Djøf via Zoom");
    t.literal(" – rettet");
    let before = head(&work);
    t.keys(&["C-s"]);
    let start = std::time::Instant::now();
    loop {
        let log = std::fs::read_to_string(&steps).unwrap_or_default();
        if log.contains("ropa-step index-rename") {
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the save did not reach its last step: {log}"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    // Another program removes git's lock while ropa holds it.
    std::fs::remove_file(work.join(".git/index.lock")).expect("remove index.lock");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_ne!(head(&work), before, "the commit landed");
    let screen = t.screen();
    let status = git(&work, &["status", "--porcelain"]);
    assert_eq!(
        git(&work, &["diff", "--cached", "--stat"]),
        "",
        "git status {status:?} while the interface shows:\n{screen}"
    );
    assert!(
        !screen.contains("changed outside ropa"),
        "its own commit is called a change from outside:\n{screen}"
    );
}
