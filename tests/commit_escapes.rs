//! Commit messages ropa writes around the edit itself — the names of
//! uncommitted files it includes, the stash entries it sets aside — hold
//! no control or bidirectional characters, whatever the file names, branch
//! names and colleagues' subjects hold.

mod fixture;

use fixture::{Repo, activity, save_activity, saved};
use ropa::register::change::{Options, Uncommitted};
use ropa::text::needs_stand_in;

const ATTACK: &str = "\u{1b}]2;pwned\u{7}\u{202E}";

fn raw(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| c != '\n' && needs_stand_in(c))
}

/// An activity whose file name holds the attack, edited in the work tree
/// (not committed), then saved with its uncommitted changes included.
#[test]
fn a_commit_that_includes_uncommitted_changes_names_the_file_escaped() {
    let r = Repo::sample();
    let rel = format!("da/activities/barsel{ATTACK}.ron");
    r.git_ok(&["mv", "da/activities/da-barsel.ron", &rel]);
    r.git_ok(&["commit", "-q", "-m", "rename"]);
    let before = activity(&r, &rel);
    let mut dirty = before.clone();
    dirty.description = Some("Ændret i hånden".into());
    r.write(&rel, &ropa::register::format::to_canonical(&dirty).unwrap());
    let mut after = before.clone();
    after.name = "Barsel ændret".into();
    let mut intent = save_activity("da", Some(&before), after);
    if let ropa::register::change::Intent::SaveActivity { activity, .. } = &mut intent {
        *activity = Some(format!("barsel{ATTACK}"));
    }
    let opts = Options {
        uncommitted: Uncommitted::Include,
        ..Options::default()
    };
    saved(r.commit_with(&intent, &[], &opts).expect("saved"));
    let msg = r.git(&["log", "--format=%B", "-1"]).stdout;
    assert_eq!(raw(&msg), None, "{}", String::from_utf8_lossy(&msg));
}

/// A colleague's commit (made with git) whose subject holds the attack;
/// the user's uncommitted edit is set aside by a save.
#[test]
fn a_stash_entry_ropa_writes_holds_no_control_or_bidi_character() {
    let r = Repo::sample();
    let rel = "da/activities/da-barsel.ron";
    let before = activity(&r, rel);
    let mut theirs = before.clone();
    theirs.description = Some("Kollega".into());
    r.write(rel, &ropa::register::format::to_canonical(&theirs).unwrap());
    r.git_ok(&["commit", "-q", "-am", &format!("Colleague {ATTACK} edit")]);
    r.git_ok(&["checkout", "-q", "-b", "gren\u{202E}"]);
    let before = activity(&r, rel);
    let mut dirty = before.clone();
    dirty.description = Some("Ændret i hånden".into());
    r.write(rel, &ropa::register::format::to_canonical(&dirty).unwrap());
    let mut after = before.clone();
    after.description = Some("Kollega".into());
    after.name = "Barsel ændret".into();
    let opts = Options {
        uncommitted: Uncommitted::SetAside,
        ..Options::default()
    };
    saved(
        r.commit_with(&save_activity("da", Some(&before), after), &[], &opts)
            .expect("saved"),
    );
    let all = r
        .git(&["log", "-g", "--format=%gs%n%B", "refs/stash"])
        .stdout;
    let index = r.git(&["log", "--format=%B", "-1", "refs/stash^2"]).stdout;
    assert_eq!(
        raw(&all),
        None,
        "stash entry:\n{}",
        String::from_utf8_lossy(&all)
    );
    assert_eq!(
        raw(&index),
        None,
        "stash index commit:\n{}",
        String::from_utf8_lossy(&index)
    );
}
