//! The history of an activity, on a scratch git repository holding the
//! sample register: the commits that touched its file, what each changed
//! field by field, the raw diff, and the history screen.

mod common;

use std::path::{Path, PathBuf};

use git2::{Commit, Oid, Repository, Signature, Time};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::date::Date;
use ropa::register::diff::Change;
use ropa::register::history::{FileChange, LogOptions, RegisterRepo, file_history, record_changes};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::draw;
use ropa::tui::theme::Theme;

const BARSEL: &str = "da/activities/da-barsel.ron";
/// 2026-03-02 09:00 UTC.
const T0: i64 = 1_772_442_000;

struct Scratch {
    _dir: tempfile::TempDir,
    work: PathBuf,
    /// Commits, oldest first: sample, name, other file, list.
    ids: Vec<Oid>,
}

impl Scratch {
    fn root(&self) -> PathBuf {
        self.work.join("registry")
    }
}

/// Commits the work tree's `registry/` as it is, by `who` at `T0 + days`,
/// in the author's offset (+01:00).
fn commit(repo: &Repository, who: (&str, &str), days: i64, message: &str) -> Oid {
    let mut index = repo.index().expect("index");
    index
        .add_all(["registry"].iter(), git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = Signature::new(who.0, who.1, &Time::new(T0 + days * 86_400, 60)).expect("sig");
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&Commit> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .expect("commit")
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

/// The sample register in `<tmp>/registry`, then three commits: DA Barsel
/// renamed, another activity changed, a data subject added to DA Barsel.
fn scratch() -> Scratch {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().to_path_buf();
    let reg = work.join("registry");
    common::copy_tree(&common::sample_registry(), &reg);
    let repo = Repository::init(&work).expect("init");
    let barsel = reg.join(BARSEL);
    let mut ids = vec![commit(&repo, ("Setup", "setup@example.org"), 0, "sample")];
    edit(
        &barsel,
        "name: \"DA Barsel\",",
        "name: \"DA Barselsudligning\",",
    );
    ids.push(commit(
        &repo,
        ("Anna Jensen", "anna@example.org"),
        1,
        "DA / DA Barsel: name\n\nname: \"DA Barsel\" → \"DA Barselsudligning\"",
    ));
    edit(
        &reg.join("da/activities/statistik.ron"),
        "status: ",
        "status: InReview,\n    // was: ",
    );
    ids.push(commit(
        &repo,
        ("Bo Holm", "bo@example.org"),
        2,
        "DA / Statistik: status",
    ));
    edit(
        &barsel,
        "        DataSubject(\n            id: \"kontaktperson\",",
        "        DataSubject(\n            id: \"bestyrelse\",\n            name: \"Bestyrelsesmedlemmer\",\n        ),\n        DataSubject(\n            id: \"kontaktperson\",",
    );
    ids.push(commit(
        &repo,
        ("Anna Jensen", "anna@example.org"),
        3,
        "DA / DA Barsel: data_subjects",
    ));
    Scratch {
        _dir: dir,
        work,
        ids,
    }
}

fn app_on(root: &Path) -> App {
    let loaded = load(root).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    let mut app = App::new("registry");
    app.root = root.to_path_buf();
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.loaded = Some(loaded.into());
    app.set_report(report);
    app
}

/// Feeds a key the way the interface's event loop does.
fn key(app: &mut App, code: KeyCode) {
    let k = KeyEvent::new(code, KeyModifiers::NONE);
    app.handle_key(k);
}

fn barsel_history() -> Screen {
    Screen::History {
        org: "da".into(),
        act: "da-barsel".into(),
    }
}

fn barsel_detail() -> Screen {
    Screen::Detail {
        org: "da".into(),
        act: "da-barsel".into(),
    }
}

fn press(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            '\t' => KeyCode::Tab,
            c => KeyCode::Char(c),
        };
        key(app, code);
    }
}

/// The screen as text; commit ids (which change with the sample register's
/// content) are replaced by `commit1`… oldest first.
fn render(app: &mut App, s: &Scratch, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| draw(f, app, &Theme::default())).expect("draw");
    let mut out = common::interface::buffer_text(t.backend().buffer());
    // The blob ids of a raw diff's `index` line, likewise.
    if let Some(at) = out.find("│index ") {
        let start = at + "│index ".len();
        out.replace_range(start..start + 16, "before0..after00");
    }
    for (i, id) in s.ids.iter().enumerate() {
        let short: String = id.to_string().chars().take(7).collect();
        out = out.replace(&short, &format!("commit{}", i + 1));
    }
    out
}

#[test]
fn lists_the_commits_that_touched_the_file() {
    let s = scratch();
    let log = file_history(&s.root(), BARSEL, 0).expect("history");
    let got: Vec<(Oid, &str, &str, &str)> = log
        .iter()
        .map(|e| (e.id, e.author.as_str(), e.summary.as_str(), e.date.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                s.ids[3],
                "Anna Jensen",
                "DA / DA Barsel: data_subjects",
                "2026-03-05 10:00"
            ),
            (
                s.ids[1],
                "Anna Jensen",
                "DA / DA Barsel: name",
                "2026-03-03 10:00"
            ),
            (s.ids[0], "Setup", "sample", "2026-03-02 10:00"),
        ]
    );
    assert_eq!(log[0].email, "anna@example.org");
    assert_eq!(log[0].time, T0 + 3 * 86_400);
    assert_eq!(log[0].short, s.ids[3].to_string()[..7]);
    assert_eq!(log[1].change, FileChange::Modified);
    assert_eq!(log[2].change, FileChange::Added);
    assert!(log[1].message.contains("→ \"DA Barselsudligning\""));
    assert_eq!(file_history(&s.root(), BARSEL, 2).expect("limit").len(), 2);

    let repo = RegisterRepo::open(&s.root()).expect("open");
    assert_eq!(repo.prefix(), "registry/");
    let since = repo
        .log(
            Some(BARSEL),
            &LogOptions {
                since: Some(T0 + 86_400),
                ..LogOptions::default()
            },
        )
        .expect("since");
    assert_eq!(since.len(), 2);
    // The whole register: every commit.
    let all = repo.log(None, &LogOptions::default()).expect("all");
    assert_eq!(all.len(), 4);
}

#[test]
fn field_level_changes_and_raw_diff_of_a_commit() {
    let s = scratch();
    let d = record_changes(&s.root(), s.ids[1], BARSEL).expect("changes");
    assert_eq!(
        d.changes,
        vec![Change::Changed {
            path: "name".into(),
            old: "\"DA Barsel\"".into(),
            new: "\"DA Barselsudligning\"".into(),
        }]
    );
    assert_eq!(d.note, None);
    assert!(d.raw.contains("-    name: \"DA Barsel\",\n"), "{}", d.raw);
    assert!(d.raw.contains("+    name: \"DA Barselsudligning\",\n"));
    assert!(d.raw.contains("registry/da/activities/da-barsel.ron"));

    let d = record_changes(&s.root(), s.ids[3], BARSEL).expect("changes");
    assert_eq!(d.changes.len(), 1, "{:?}", d.changes);
    assert!(
        matches!(&d.changes[0], Change::Added { path, value }
            if path == "data_subjects[1]" && value.contains("Bestyrelsesmedlemmer")),
        "{:?}",
        d.changes
    );

    let d = record_changes(&s.root(), s.ids[0], BARSEL).expect("added");
    assert_eq!(
        d.changes,
        vec![Change::Added {
            path: String::new(),
            value: "\"DA Barsel\"".into()
        }]
    );
}

#[test]
fn history_screen_from_the_detail_view() {
    let s = scratch();
    let mut app = app_on(&s.root());
    // DA is the first organisation; DA Barsel the third activity.
    press(&mut app, "\njj\nH");
    assert!(app.screen() == barsel_history());
    let h = app.history.as_ref().expect("history");
    assert_eq!(h.path, BARSEL);
    assert_eq!(h.entries.len(), 3);
    assert_eq!(h.selected, 0);
    insta::assert_snapshot!("history_80x24", render(&mut app, &s, 80, 24));
    insta::assert_snapshot!("history_120x40", render(&mut app, &s, 120, 40));

    press(&mut app, "j");
    let h = app.history.as_ref().expect("history");
    assert_eq!(h.selected, 1);
    let d = h.diff.as_ref().expect("diff");
    assert!(matches!(&d.changes[..], [Change::Changed { path, .. }] if path == "name"));
    insta::assert_snapshot!("history_name_120x40", render(&mut app, &s, 120, 40));

    press(&mut app, "r");
    assert!(app.history.as_ref().is_some_and(|h| h.raw));
    insta::assert_snapshot!("history_raw_80x24", render(&mut app, &s, 80, 24));
    press(&mut app, "\t");
    assert!(app.history.as_ref().is_some_and(|h| !h.raw));

    // Past the last commit the selection stays; Esc goes back to the detail.
    press(&mut app, "jjjj");
    assert_eq!(app.history.as_ref().map(|h| h.selected), Some(2));
    press(&mut app, "\x1b");
    assert!(app.history.is_none());
    assert!(app.screen() == barsel_detail());

    // From the activities list too; `h` leaves.
    press(&mut app, "\x1b");
    assert!(app.screen() == Screen::Activities { org: "da".into() });
    press(&mut app, "H");
    assert!(app.screen() == barsel_history());
    press(&mut app, "h");
    assert!(app.screen() == Screen::Activities { org: "da".into() });
}

#[test]
fn outside_git_the_history_is_a_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("registry");
    common::copy_tree(&common::sample_registry(), &reg);
    let mut app = app_on(&reg);
    press(&mut app, "\njj\nH");
    assert!(matches!(app.screen(), Screen::Detail { .. }));
    assert!(app.history.is_none());
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.contains("not in a git repository")),
        "{:?}",
        app.notice
    );
}

/// 10,000 commits on a 20,000-file register (100 organisations of 200
/// activities; every commit changes one activity, the one looked at every
/// 50th): listing one activity's history takes at most 200 ms. Slow to
/// build, so run on demand:
/// `cargo test --release --test history -- --ignored --nocapture`.
#[test]
#[ignore]
fn lists_one_activity_of_a_large_history_quickly() {
    use git2::FileMode;
    use git2::build::TreeUpdateBuilder;

    let dir = tempfile::tempdir().expect("tempdir");
    // ROPA_BENCH_REPO: build the repository there once, and reuse it.
    let kept = std::env::var_os("ROPA_BENCH_REPO").map(PathBuf::from);
    let work = kept.clone().unwrap_or_else(|| dir.path().to_path_buf());
    let root = work.join("registry");
    if kept.is_some() && root.exists() {
        time_history(&root);
        return;
    }
    let repo = Repository::init(&work).expect("init");
    let text = |org: u32, act: u32, rev: u32| {
        format!(
            "Activity(\n    id: \"act-{act:04}\",\n    name: \"Org {org} activity {act} rev {rev}\",\n    status: Draft,\n)\n"
        )
    };
    let build = std::time::Instant::now();
    let mut registry = repo.treebuilder(None).expect("builder");
    for org in 0..100 {
        let mut acts = repo.treebuilder(None).expect("builder");
        for act in 0..200 {
            let blob = repo.blob(text(org, act, 0).as_bytes()).expect("blob");
            acts.insert(format!("act-{act:04}.ron"), blob, 0o100644)
                .expect("insert");
        }
        let mut o = repo.treebuilder(None).expect("builder");
        let blob = repo
            .blob(format!("Organisation(id: \"org-{org:02}\")\n").as_bytes())
            .expect("blob");
        o.insert("organisation.ron", blob, 0o100644)
            .expect("insert");
        o.insert("activities", acts.write().expect("tree"), 0o040000)
            .expect("insert");
        registry
            .insert(format!("org-{org:02}"), o.write().expect("tree"), 0o040000)
            .expect("insert");
    }
    let mut top = repo.treebuilder(None).expect("builder");
    top.insert("registry", registry.write().expect("tree"), 0o040000)
        .expect("insert");
    let mut tree = repo.find_tree(top.write().expect("tree")).expect("tree");
    let sig = |i: i64| Signature::new("T", "t@example.org", &Time::new(T0 + i, 0)).expect("sig");
    let mut head = repo
        .commit(None, &sig(0), &sig(0), "sample", &tree, &[])
        .expect("commit");
    let mut seed: u64 = 42;
    for i in 1..10_000u32 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let (org, act) = if i % 50 == 0 {
            (0, 0)
        } else {
            ((seed >> 33) as u32 % 100, (seed >> 13) as u32 % 199 + 1)
        };
        let blob = repo.blob(text(org, act, i).as_bytes()).expect("blob");
        let path = format!("registry/org-{org:02}/activities/act-{act:04}.ron");
        tree = repo
            .find_tree(
                TreeUpdateBuilder::new()
                    .upsert(path, blob, FileMode::Blob)
                    .create_updated(&repo, &tree)
                    .expect("update"),
            )
            .expect("tree");
        let parent = repo.find_commit(head).expect("parent");
        head = repo
            .commit(
                None,
                &sig(i64::from(i)),
                &sig(i64::from(i)),
                &format!("change {i}"),
                &tree,
                &[&parent],
            )
            .expect("commit");
    }
    repo.reference("refs/heads/main", head, true, "bench")
        .expect("ref");
    repo.set_head("refs/heads/main").expect("head");
    // A cloned repository is packed.
    let packed = std::process::Command::new("git")
        .args(["repack", "-a", "-d", "-q"])
        .current_dir(&work)
        .status()
        .is_ok_and(|s| s.success());
    eprintln!("built in {:?} (packed: {packed})", build.elapsed());

    std::fs::create_dir_all(&root).expect("mkdir");
    time_history(&root);
}

fn time_history(root: &Path) {
    let mut best = std::time::Duration::MAX;
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let log = file_history(root, "org-00/activities/act-0000.ron", 0).expect("log");
        let took = t.elapsed();
        eprintln!("{} entries in {took:?}", log.len());
        assert_eq!(log.len(), 200);
        best = best.min(took);
    }
    assert!(best.as_millis() <= 200, "took {best:?}");
}
