//! The interface's review cycle: the count of reviews due in the status
//! line, the list of them by owner (a snapshot at 80×24), and the key that
//! marks an activity reviewed — one commit of one file, from the list and
//! from the activity's page.

mod common;

use std::path::Path;

use common::interface::{
    app_on, commit_all, commit_review, head, keys_, open_barsel, render, scratch, scratch_repo,
};
use git2::Repository;
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::tui::app::Screen;

/// Gives activity `file` of organisation `org` in the sample an owner and
/// a review date (`None`: left out), or retires it.
fn set(registry: &Path, org: &str, file: &str, owner: Option<&str>, last: Option<&str>) {
    let path = registry
        .join(org)
        .join("activities")
        .join(format!("{file}.ron"));
    let text = std::fs::read_to_string(&path).expect("read");
    let mut fields = String::from("    status: Draft,\n");
    if let Some(o) = owner {
        fields.push_str(&format!("    owner: Some(\"{o}\"),\n"));
    }
    if let Some(d) = last {
        fields.push_str(&format!("    last_reviewed: Some(\"{d}\"),\n"));
    }
    assert!(text.contains("    status: Draft,\n"), "{file}");
    std::fs::write(&path, text.replacen("    status: Draft,\n", &fields, 1)).expect("write");
}

/// The files a commit changed, against its first parent.
fn changed_files(work: &Path, commit: git2::Oid) -> Vec<String> {
    let repo = Repository::open(work).expect("open");
    let c = repo.find_commit(commit).expect("commit");
    let parent = c.parent(0).expect("parent");
    let diff = repo
        .diff_tree_to_tree(
            Some(&parent.tree().expect("tree")),
            Some(&c.tree().expect("tree")),
            None,
        )
        .expect("diff");
    diff.deltas()
        .filter_map(|d| d.new_file().path().map(|p| p.display().to_string()))
        .collect()
}

fn message(work: &Path, commit: git2::Oid) -> String {
    let repo = Repository::open(work).expect("open");
    let c = repo.find_commit(commit).expect("commit");
    c.message().unwrap_or_default().to_string()
}

/// The sample with owners and review dates around 2026-12-02: one review
/// overdue, one due that day, two due within 30 days, four never reviewed,
/// the rest reviewed recently or retired.
#[test]
fn the_due_list_groups_reviews_by_owner_at_80x24() {
    let (_dir, work) = scratch_repo();
    let reg = work.join("registry");
    set(&reg, "da", "acf", Some("Lønafdelingen"), Some("2025-11-20"));
    set(
        &reg,
        "da",
        "da-barsel",
        Some("Lønafdelingen"),
        Some("2025-12-02"),
    );
    set(
        &reg,
        "da",
        "website",
        Some("Kommunikation"),
        Some("2025-12-20"),
    );
    set(
        &reg,
        "digst",
        "digital-post",
        Some("DPO"),
        Some("2026-01-01"),
    );
    for file in [
        "arbejdsmiljoeuddannelse",
        "da-lo-udviklingsfonden",
        "da-udligning",
        "fagretlige-sager",
        "kompetencefonde-dk",
        "politisk-interessevaretagelse",
        "feriegaranti",
    ] {
        set(&reg, "da", file, Some("Lønafdelingen"), Some("2026-06-01"));
    }
    let statistik = reg.join("da/activities/statistik.ron");
    let text = std::fs::read_to_string(&statistik).expect("read");
    std::fs::write(
        &statistik,
        text.replacen("status: Draft", "status: Retired", 1),
    )
    .expect("write");
    commit_all(&Repository::open(&work).expect("open"), "owners and dates");
    let mut app = app_on(&reg);
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.root_label = "registry".into();
    app.today = Some(Date::parse("2026-12-02").expect("date"));
    app.refresh_due();
    assert_eq!((app.due.counts.overdue, app.due.counts.soon), (1, 7));
    keys_(&mut app, "d");
    assert_eq!(app.screen(), Screen::Due);
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("8 due"), "{screen}");
    insta::assert_snapshot!("due_80x24", screen);
    // Owners in order, no owner last; Enter opens the selected activity.
    let owners: Vec<Option<&str>> = app.due.reviews.iter().map(|r| r.owner.as_deref()).collect();
    assert_eq!(
        owners,
        [
            Some("DPO"),
            Some("Kommunikation"),
            Some("Lønafdelingen"),
            Some("Lønafdelingen"),
            None,
            None,
            None,
            None
        ]
    );
    keys_(&mut app, "jj\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "acf".into()
        }
    );
    // Its page says when the review was due, in its last section.
    keys_(&mut app, "9");
    let page = render(&mut app, 100, 40);
    assert!(
        page.contains("Next review") && page.contains("2026-11-20 (every 12 months)"),
        "{page}"
    );
    // One never reviewed is due now.
    keys_(&mut app, "\x1bG\n9");
    let page = render(&mut app, 100, 40);
    assert!(
        page.contains("now: never reviewed (then every 12 months)"),
        "{page}"
    );
}

/// `v` on the due list and on an activity's page: each press is one
/// commit of the one activity file, with last_reviewed today and nothing
/// else changed, worded as a review; the count in the status line drops.
#[test]
fn marking_reviewed_is_one_commit_of_one_file_and_the_count_drops() {
    let mut s = scratch();
    let today = Date::today().to_string();
    // The sample was never reviewed: every activity is due today.
    let before = s.app.due.counts.due();
    assert_eq!(before, 16);
    assert!(render(&mut s.app, 120, 40).contains("16 due"));
    keys_(&mut s.app, "d");
    assert_eq!(s.app.screen(), Screen::Due);
    let first = s.app.due.reviews[0].clone();
    let old_head = head(&s.work);
    keys_(&mut s.app, "v");
    let new_head = head(&s.work);
    assert_ne!(new_head, old_head, "{:?}", s.app.notice);
    let repo = Repository::open(&s.work).expect("open");
    let commit = repo.find_commit(new_head).expect("commit");
    assert_eq!(commit.parent_id(0).expect("parent"), old_head);
    let path = format!("registry/{}/activities/{}.ron", first.org, first.activity);
    assert_eq!(
        changed_files(&s.work, new_head),
        std::slice::from_ref(&path)
    );
    let msg = message(&s.work, new_head);
    assert_eq!(
        msg.lines().next(),
        Some(format!("{} / {}: reviewed, no change", first.org_name, first.name).as_str()),
        "{msg}"
    );
    let loaded = load(&s.work.join("registry")).expect("load");
    let act = loaded
        .register
        .organisations
        .iter()
        .flat_map(|o| &o.activities)
        .find(|a| {
            a.file
                .path
                .ends_with(&format!("{}/activities/{}.ron", first.org, first.activity))
        })
        .expect("activity");
    assert_eq!(act.activity.last_reviewed.as_deref(), Some(today.as_str()));
    // Nothing but last_reviewed changed.
    let old = repo
        .find_commit(old_head)
        .expect("commit")
        .tree()
        .expect("tree")
        .get_path(Path::new(&path))
        .expect("entry")
        .to_object(&repo)
        .expect("blob")
        .peel_to_blob()
        .expect("blob")
        .content()
        .to_vec();
    let mut was: ropa::register::model::Activity =
        ron::from_str(std::str::from_utf8(&old).expect("utf-8")).expect("parse");
    was.last_reviewed = Some(today.clone());
    assert_eq!(was, act.activity);
    // The count dropped; the list keeps it where it was, marked reviewed
    // today, with the cursor on it: a second `v` (a held key, a repeat)
    // meets it again and commits nothing, never the next activity.
    assert_eq!(s.app.due.counts.due(), before - 1);
    let screen = render(&mut s.app, 120, 40);
    assert!(screen.contains("15 due"), "{screen}");
    assert!(screen.contains("reviewed today"), "{screen}");
    assert_eq!(s.app.screen(), Screen::Due);
    let selected = s.app.due_selected().expect("selected").clone();
    assert_eq!(
        (selected.org.as_str(), selected.activity.as_str()),
        (first.org.as_str(), first.activity.as_str())
    );
    keys_(&mut s.app, "v");
    assert_eq!(head(&s.work), new_head, "a second v committed");
    assert!(
        s.app
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("already marked reviewed")),
        "{:?}",
        s.app.notice
    );
    // Opened again, the list no longer holds it.
    keys_(&mut s.app, "\x1b");
    keys_(&mut s.app, "d");
    assert!(
        !s.app
            .due
            .reviews
            .iter()
            .any(|r| r.org == first.org && r.activity == first.activity)
    );
    assert_eq!(s.app.due.reviews.len(), before - 1);
    // It is the list a fresh listing of the register gives (the list was
    // kept up to date, not made again).
    let fresh = ropa::tui::due::due_list(
        &s.app.loaded.as_ref().expect("loaded").register,
        s.app.review_day(),
    );
    assert_eq!(s.app.due.reviews, fresh);
    assert_eq!(s.app.due.counts, ropa::register::due::Counts::of(&fresh));
    // From an activity's page: DA Barsel.
    keys_(&mut s.app, "\x1b\x1b");
    open_barsel(&mut s.app);
    let old_head = head(&s.work);
    keys_(&mut s.app, "v");
    let new_head = head(&s.work);
    assert_ne!(new_head, old_head, "{:?}", s.app.notice);
    assert_eq!(
        changed_files(&s.work, new_head),
        ["registry/da/activities/da-barsel.ron"]
    );
    assert_eq!(s.app.due.counts.due(), before - 2);
    // A second press the same day makes no commit.
    keys_(&mut s.app, "v");
    assert_eq!(head(&s.work), new_head);
    assert!(
        s.app
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("already marked reviewed")),
        "{:?}",
        s.app.notice
    );
}

/// A review marked on the open list and taken back (`u`) is due again:
/// listed at its place among the others, not marked reviewed; the list
/// is the one a fresh listing gives.
#[test]
fn a_review_taken_back_with_the_list_open_is_due_again() {
    let mut s = scratch();
    keys_(&mut s.app, "d");
    assert_eq!(s.app.screen(), Screen::Due);
    keys_(&mut s.app, "jj");
    let picked = s.app.due_selected().cloned().expect("a review selected");
    keys_(&mut s.app, "v");
    let id = (picked.org.clone(), picked.activity.clone());
    assert!(s.app.due.done.contains(&id), "{:?}", s.app.notice);
    assert!(render(&mut s.app, 120, 40).contains("reviewed today"));
    keys_(&mut s.app, "u");
    assert!(s.app.due.done.is_empty(), "{:?}", s.app.due.done);
    let screen = render(&mut s.app, 120, 40);
    assert!(!screen.contains("reviewed today"), "{screen}");
    let fresh = ropa::tui::due::due_list(
        &s.app.loaded.as_ref().expect("loaded").register,
        s.app.review_day(),
    );
    assert_eq!(s.app.due.reviews, fresh);
}

/// A list longer than the screen scrolls only when the selection would
/// leave it, keeping the row above the selection in view.
#[test]
fn a_long_due_list_scrolls_with_the_selection() {
    let mut s = scratch();
    keys_(&mut s.app, "d");
    // 80×12: eight rows of the list; the sample's sixteen reviews under
    // one heading are seventeen.
    let top = render(&mut s.app, 80, 12);
    assert!(top.contains("No owner"), "{top}");
    keys_(&mut s.app, "G");
    let bottom = render(&mut s.app, 80, 12);
    assert!(!bottom.contains("No owner"), "{bottom}");
    assert_eq!(s.app.due.offset, 17 - 8);
    let last = &s.app.due.reviews[15];
    let start: String = last.org_name.chars().take(10).collect();
    assert!(bottom.contains(&start), "{bottom}");
    // Up one: the list stays where it is.
    keys_(&mut s.app, "k");
    render(&mut s.app, 80, 12);
    assert_eq!(s.app.due.offset, 17 - 8);
    // Back to the top: the heading shows again.
    keys_(&mut s.app, "g");
    let again = render(&mut s.app, 80, 12);
    assert_eq!(s.app.due.offset, 0);
    assert!(again.contains("No owner"), "{again}");
}

/// An interface left open over midnight judges the reviews due on the new
/// day: the event loop's turn asks `new_day`.
#[test]
fn a_new_day_judges_the_reviews_again() {
    let (_dir, work) = scratch_repo();
    let reg = work.join("registry");
    set(&reg, "da", "acf", Some("HR"), Some("2025-12-02"));
    commit_all(&Repository::open(&work).expect("open"), "a review");
    let mut app = app_on(&reg);
    app.today = Some(Date::parse("2026-12-02").expect("date"));
    app.refresh_due();
    assert!(!app.new_day(), "the same day: nothing to do");
    let acf = |app: &ropa::tui::app::App| {
        app.due
            .reviews
            .iter()
            .find(|r| r.activity == "acf")
            .map(|r| r.state)
    };
    assert_eq!(acf(&app), Some(ropa::register::due::State::Soon));
    app.today = Some(Date::parse("2026-12-03").expect("date"));
    app.reload_requested = false;
    assert!(app.new_day());
    assert_eq!(acf(&app), Some(ropa::register::due::State::Overdue));
    assert_eq!(app.due.counts.overdue, 1);
    // And the findings are judged again whole on the new day (a review
    // overdue, an acknowledgement expired): a load is asked for.
    assert!(app.reload_requested);
}

/// An organisation's interval shows on its page and moves its activities'
/// due dates.
#[test]
fn the_organisations_interval_shows_on_its_page() {
    let (_dir, work) = scratch_repo();
    let reg = work.join("registry");
    let org = reg.join("da/organisation.ron");
    let text = std::fs::read_to_string(&org).expect("read");
    std::fs::write(
        &org,
        text.replacen(
            "    country: \"DK\",\n",
            "    country: \"DK\",\n    review_interval_months: Some(6),\n",
            1,
        ),
    )
    .expect("write");
    set(&reg, "da", "acf", None, Some("2026-06-01"));
    commit_all(&Repository::open(&work).expect("open"), "six months");
    let mut app = app_on(&reg);
    app.today = Some(Date::parse("2026-11-20").expect("date"));
    app.refresh_due();
    let acf = app
        .due
        .reviews
        .iter()
        .find(|r| r.activity == "acf")
        .expect("acf is due within 30 days");
    assert_eq!(
        (acf.interval_months, acf.due.to_string()),
        (6, "2026-12-01".to_string())
    );
    keys_(&mut app, "i7");
    let page = render(&mut app, 100, 40);
    assert!(page.contains("Review every (months)"), "{page}");
}

/// The interval is typed in the form like any number: a save of it alone
/// is an edit of that field, and a save of only a new review date reads
/// as a review.
#[test]
fn the_interval_and_the_review_date_are_typed_in_the_form() {
    let mut s = scratch();
    open_barsel(&mut s.app);
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("review_interval_months");
    // Enter sets the optional number (to 0); Ctrl-U empties it for typing.
    keys_(&mut s.app, "\n");
    common::interface::ctrl(&mut s.app, 'u');
    keys_(&mut s.app, "6");
    common::interface::ctrl(&mut s.app, 's');
    common::interface::assert_saved(&s.app);
    let text =
        std::fs::read_to_string(s.work.join("registry/da/activities/da-barsel.ron")).expect("read");
    assert!(
        text.contains("    review_interval_months: Some(6),\n"),
        "{text}"
    );
    let msg = message(&s.work, head(&s.work));
    assert_eq!(
        msg.lines().next(),
        Some("Dansk Arbejdsgiverforening / DA Barsel: review_interval_months")
    );
    // Emptied, the interval is no longer set: the organisation's applies.
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("review_interval_months");
    common::interface::ctrl(&mut s.app, 'u');
    common::interface::ctrl(&mut s.app, 's');
    common::interface::assert_saved(&s.app);
    let text =
        std::fs::read_to_string(s.work.join("registry/da/activities/da-barsel.ron")).expect("read");
    assert!(!text.contains("review_interval_months"), "{text}");
    keys_(&mut s.app, "e");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("last_reviewed");
    keys_(&mut s.app, "\n2026-11-20");
    common::interface::ctrl(&mut s.app, 's');
    common::interface::assert_saved(&s.app);
    let msg = message(&s.work, head(&s.work));
    assert_eq!(
        msg.lines().next(),
        Some("Dansk Arbejdsgiverforening / DA Barsel: reviewed, no change"),
        "{msg}"
    );
}

/// The core's intent on its own: a review on a given day is one commit of
/// the activity's file; a review on the day already recorded is no change.
#[test]
fn the_review_intent_commits_once_per_day() {
    use ropa::register::change::Outcome;
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    let rel = "da/activities/statistik.ron";
    let review = || commit_review(&root, "da", "statistik", "2026-11-20");
    let before = head(&work);
    match review() {
        Ok(Outcome::Saved(saved)) => {
            assert_eq!(saved.written, [rel]);
            assert_eq!(
                saved.message.lines().next(),
                Some("Dansk Arbejdsgiverforening / Statistik: reviewed, no change")
            );
            assert!(saved.message.contains("2026-11-20"), "{}", saved.message);
        }
        other => panic!("{other:?}"),
    }
    assert_ne!(head(&work), before);
    let text = std::fs::read_to_string(root.join(rel)).expect("read");
    assert!(
        text.contains("    last_reviewed: Some(\"2026-11-20\"),\n"),
        "{text}"
    );
    let after = head(&work);
    assert!(matches!(review(), Ok(Outcome::NoChange)));
    assert_eq!(head(&work), after);
}

/// `v` on a retired activity: it is kept as it was, no commit, and the
/// notice says why.
#[test]
fn a_retired_activity_is_not_marked_reviewed() {
    let mut s = scratch();
    let loaded = std::sync::Arc::make_mut(s.app.loaded.as_mut().expect("loaded"));
    let barsel = loaded
        .register
        .organisations
        .iter_mut()
        .flat_map(|o| o.activities.iter_mut())
        .find(|a| a.activity.id == "da-barsel")
        .expect("DA Barsel");
    barsel.activity.status = ropa::register::model::Status::Retired;
    open_barsel(&mut s.app);
    let before = head(&s.work);
    keys_(&mut s.app, "v");
    assert_eq!(head(&s.work), before, "no commit");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert!(notice.contains("is retired"), "{notice}");
}
