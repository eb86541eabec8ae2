//! What users wait for, at each register size, each figure beside its
//! floor or git peer measured in the same run; prints the growth table of
//! `docs/performance.md` (markdown on standard output, progress on
//! standard error).
//!
//! ```sh
//! cargo bench --bench table                                 # 2,000 activities: a quick look
//! ROPA_BENCH_SIZES=20000,100000 ROPA_BENCH_DIR=target/bench-registers \
//!     cargo bench --bench table                             # the table in the docs
//! scripts/bench-table                                       # the same, and the docs updated
//! ```
//!
//! Settings (environment): `ROPA_BENCH_SIZES` activities per register
//! (comma-separated; default 2000), generated as organisations of 200
//! activities with `ROPA_BENCH_COMMITS` edit commits (default a tenth of
//! the activities, at most 2,000); `ROPA_BENCH_DIR` keeps the generated
//! registers between runs (they are copied with `cp -a` before anything
//! writes); `ROPA_BENCH_RUNS` samples per figure (default 15, process
//! figures a third of it); `ROPA_BENCH_SAVES` saves of the memory run
//! (default 100), which stops after `ROPA_BENCH_SAVE_SECS` (default 900)
//! and says how many it made; `ROPA_BENCH_IDLE_SECS` (default 10).
//!
//! The figures:
//! - load and validate in process, and `ropa validate` as a process,
//!   beside the floor: reading every record file and parsing it into its
//!   typed record on two threads;
//! - the interface under tmux (release binary, 200×50): organisation list
//!   visible, findings shown, then CPU over 10 s of idling and its
//!   resident memory;
//! - key to screen: `App::handle_key`, the search worker's round trip
//!   where the key asks for one, and the frame drawn on a `TestBackend`,
//!   at 80×24 and 200×50;
//! - a save through `register::change::commit` beside `git add` +
//!   `git commit`;
//! - the interface's save path driven in process N times (form, Ctrl-S,
//!   then what the event loop does until the findings are back), with
//!   resident memory before and after, in a process of its own;
//! - `ropa diff` and `ropa log ORG/ID` beside `git diff --stat` and
//!   `git log -- PATH`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ropa::register::change::{self, Intent};
use ropa::register::format::to_canonical;
use ropa::register::load::{Loaded, SourceFile, load};
use ropa::register::validate::stream::validate_folders;
use ropa::register::validate::{Options, Report, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::prepare::{Prepared, PreparedReport};
use ropa::tui::session::Session;
use ropa::tui::theme::Theme;

use common::{Store, ch, ctrl, draw, key, median, memory, memory_of, time_median};

/// One row of the table at one size.
struct Row {
    what: String,
    /// The figure as shown.
    shown: String,
    /// Its floor or peer, as shown.
    peer: String,
    /// The number the growth column divides (seconds, bytes, percent).
    value: Option<f64>,
}

fn row(what: impl Into<String>, shown: String, peer: String, value: Option<f64>) -> Row {
    Row {
        what: what.into(),
        shown,
        peer,
        value,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--memory-child") {
        let root = PathBuf::from(&args[i + 1]);
        let saves: usize = args[i + 2].parse().expect("saves");
        memory_child(&root, saves);
        return;
    }
    let store = Store::new();
    let sizes = common::sizes(&[2_000]);
    let mut columns = Vec::new();
    for &size in &sizes {
        columns.push((size, measure(&store, size)));
    }
    print_table(&columns);
}

/// Every figure at one size.
fn measure(store: &Store, size: usize) -> Vec<Row> {
    let runs = common::env_number("ROPA_BENCH_RUNS", 15).max(1);
    let slow = runs.div_ceil(3).max(3);
    let commits = common::env_number("ROPA_BENCH_COMMITS", (size / 10).min(2_000));
    let pristine = store.pristine(size, commits);
    let work = store.copy(&pristine, &format!("work-{size}"));
    let mut rows = Vec::new();

    let files = common::ron_files(&work);
    let bytes: u64 = files
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    let ron_mb = bytes as f64 / 1e6;
    let depth = history_depth(&work);
    let loaded = load(&work).expect("load");
    let orgs = loaded.register.organisations.len();
    let acts: usize = loaded
        .register
        .organisations
        .iter()
        .map(|o| o.activities.len())
        .sum();
    eprintln!(
        "== {acts} activities, {orgs} organisations, {ron_mb:.1} MB RON, {depth} commits ({})",
        work.display()
    );
    rows.push(row(
        "Register (`ropa generate`, seed 42)",
        format!(
            "{} activities in {} organisations, {ron_mb:.0} MB of RON, {} commits",
            thousands(acts),
            thousands(orgs),
            thousands(depth + 1)
        ),
        String::new(),
        Some(acts as f64),
    ));

    // The floor of load and validate.
    let floor = time_median(slow, || {
        std::hint::black_box(common::read_and_parse(&files, 2));
    });
    let floor_s = format!("read + parse: {}", ms(floor));
    eprintln!("floor (read + parse, 2 threads): {}", ms(floor));

    let t = time_median(slow, || {
        std::hint::black_box(load(&work).expect("load"));
    });
    rows.push(row(
        "Load in process (read, parse, organisations on both cores)",
        format!("{} ({:.1}× floor)", ms(t), ratio(t, floor)),
        floor_s.clone(),
        Some(t.as_secs_f64()),
    ));
    eprintln!("load: {}", ms(t));

    // Validation of a fresh copy each time: nothing built by an earlier
    // validation (position indexes) is reused.
    let mut samples = Vec::new();
    for _ in 0..slow {
        let fresh = loaded.clone();
        let start = Instant::now();
        let report = validate(&fresh, &Options::default());
        samples.push(start.elapsed());
        drop((fresh, report));
    }
    let t = median(&mut samples);
    rows.push(row(
        "Validate in process (a fresh copy of the loaded register)",
        format!("{} ({:.1}× floor)", ms(t), ratio(t, floor)),
        floor_s.clone(),
        Some(t.as_secs_f64()),
    ));
    eprintln!("validate: {}", ms(t));

    let t = time_median(slow, || {
        std::hint::black_box(validate_folders(&work, &Options::default()).expect("validate"));
    });
    rows.push(row(
        "Read, parse and validate folder by folder in process (what `ropa validate` does; the register is not held)",
        format!("{} ({:.2}× floor)", ms(t), ratio(t, floor)),
        floor_s.clone(),
        Some(t.as_secs_f64()),
    ));
    eprintln!("validate folder by folder: {}", ms(t));

    let ropa = env!("CARGO_BIN_EXE_ropa");
    let t = time_median(slow, || {
        run_quiet(
            Command::new(ropa)
                .args(["--lang", "en", "validate", "--no-cache"])
                .arg(&work),
        );
    });
    rows.push(row(
        "`ropa validate --no-cache` (whole process: read, parse, validate, print every finding with its source line)",
        format!("{} ({:.1}× floor)", ms(t), ratio(t, floor)),
        floor_s.clone(),
        Some(t.as_secs_f64()),
    ));
    eprintln!("ropa validate --no-cache: {}", ms(t));
    let validate_run = || {
        run_quiet(
            Command::new(ropa)
                .args(["--lang", "en", "validate"])
                .arg(&work),
        )
    };
    let first = validate_run();
    let t = time_median(slow, || {
        validate_run();
    });
    rows.push(row(
        "`ropa validate` (whole process; first run on the copy, then the median of the next runs)",
        format!(
            "{} first ({:.1}× floor), {} then",
            ms(first),
            ratio(first, floor),
            ms(t)
        ),
        floor_s.clone(),
        Some(t.as_secs_f64()),
    ));
    eprintln!("ropa validate: first {}, then {}", ms(first), ms(t));

    // The interface under tmux: list visible, findings shown, idle CPU
    // and memory.
    match interface_under_tmux(ropa, &work) {
        Ok(i) => {
            let peer = format!("RON: {ron_mb:.0} MB");
            rows.push(row(
                "Interface (release, tmux 200×50): organisation list visible / findings shown",
                format!("{} / {}", ms(i.list), ms(i.findings)),
                "—".into(),
                Some(i.findings.as_secs_f64()),
            ));
            rows.push(row(
                format!(
                    "Interface idle: CPU over {} s, from {} s after the findings are shown",
                    i.idle_secs, SETTLE_SECS
                ),
                format!("{:.1} % of a core", i.cpu_percent),
                "floor: 0 %".into(),
                Some(i.cpu_percent),
            ));
            rows.push(row(
                "Interface idle: resident memory (VmRSS; peak VmHWM)",
                format!(
                    "{} (peak {}) = {:.1}× the RON",
                    mb(i.rss),
                    mb(i.hwm),
                    i.rss as f64 / bytes as f64
                ),
                peer,
                Some(i.rss as f64),
            ));
            eprintln!(
                "interface: list {}, findings {}, idle {:.1} %, rss {}",
                ms(i.list),
                ms(i.findings),
                i.cpu_percent,
                mb(i.rss)
            );
        }
        Err(e) => {
            eprintln!("interface under tmux: {e}");
            for what in [
                "Interface: list / findings",
                "Interface idle: CPU",
                "Interface idle: memory",
            ] {
                rows.push(row(what, format!("not measured: {e}"), String::new(), None));
            }
        }
    }

    // The first frame with the register loaded, and key to screen.
    let report = validate(&loaded.clone(), &Options::default());
    let theme = Theme::default();
    // The loader prepares what the screens derive (the records' index,
    // the findings counted and grouped); the input thread takes it and
    // draws. Both are timed, the input thread's part against the frame.
    let mut frame = Vec::new();
    let mut prepare = Vec::new();
    // HEAD comes with the load (the loader's thread read it with the
    // files), as `Session` takes it: not read on the input thread.
    let head = ropa::register::git::head_info(&work);
    for (w, h) in SIZES {
        let mut samples = Vec::new();
        for _ in 0..runs {
            let (l, r) = (loaded.clone(), report.clone());
            let app = App::new(work.display().to_string());
            let start = Instant::now();
            let prepared = Prepared::new(l, ropa::register::date::Date::today());
            let shown = std::sync::Arc::downgrade(prepared.loaded());
            let made = PreparedReport::new(r, &shown, &app.problems, app.lang);
            prepare.push(start.elapsed());
            let start = Instant::now();
            let mut app = app;
            app.root = work.clone();
            app.head = head.clone();
            app.set_prepared(prepared);
            app.set_prepared_report(made);
            let mut t = common::terminal(w, h);
            draw(&mut t, &mut app, &theme);
            samples.push(start.elapsed());
            drop((app, t));
        }
        frame.push(median(&mut samples));
    }
    rows.push(row(
        "First frame with the register loaded, on the input thread (set_prepared + set_prepared_report + draw), 80×24 / 200×50",
        format!(
            "{} (made ahead on the loader's thread: {})",
            pair(&frame),
            ms(median(&mut prepare))
        ),
        "budget: one frame, 16 ms".into(),
        frame.iter().max().map(Duration::as_secs_f64),
    ));
    for (what, figures) in keys(&work, &loaded, &report, runs, &theme) {
        let worst = figures.iter().max().map(Duration::as_secs_f64);
        eprintln!("{what}: {}", pair(&figures));
        rows.push(row(
            format!("Key to screen: {what}, 80×24 / 200×50"),
            pair(&figures),
            "budget: one frame, 16 ms".into(),
            worst,
        ));
    }
    drop(loaded);

    // A save through the one transaction, beside git's own.
    let save_root = store.copy(&pristine, &format!("save-{size}"));
    let (cold, warm, git) = saves(&save_root, runs);
    rows.push(row(
        "Save one activity through `change::commit` (first save of the process; then median)",
        format!("{} first, {} then", ms(cold), ms(warm)),
        format!("`git add` + `git commit`: {}", ms(git)),
        Some(warm.as_secs_f64()),
    ));
    eprintln!(
        "save: first {}, then {}; git {}",
        ms(cold),
        ms(warm),
        ms(git)
    );
    let _ = std::fs::remove_dir_all(&save_root);

    // The interface's save path, N times, in a process of its own.
    let n = common::env_number("ROPA_BENCH_SAVES", 100).max(1);
    let mem_root = store.copy(&pristine, &format!("memory-{size}"));
    match memory_run(&mem_root, n) {
        Ok(m) => {
            rows.push(row(
                "Interface save path in process: `e`, a key, Ctrl-S, until the findings are shown again (median)",
                format!(
                    "{} over {} saves (`e` and the key, each checked as a dry run: {}; Ctrl-S: {})",
                    ms(m.cycle),
                    m.done,
                    ms(m.edit),
                    ms(m.save)
                ),
                format!("`git add` + `git commit`: {}", ms(git)),
                Some(m.cycle.as_secs_f64()),
            ));
            rows.push(row(
                "Interface in process: the longest the input thread is busy at once during a save, Ctrl-S until the findings are shown (median of the saves)",
                format!("{} (a key typed meanwhile waits at most this)", ms(m.busy)),
                "a frame: 16 ms".to_string(),
                Some(m.busy.as_secs_f64()),
            ));
            rows.push(row(
                "Interface in process: resident memory before → after the saves (peak)",
                format!(
                    "{} → {} after {} saves (peak {}) = {:.1}× → {:.1}× the RON",
                    mb(m.rss_before),
                    mb(m.rss_after),
                    m.done,
                    mb(m.hwm_after),
                    m.rss_before as f64 / bytes as f64,
                    m.rss_after as f64 / bytes as f64
                ),
                format!("RON: {ron_mb:.0} MB"),
                Some(m.rss_after as f64),
            ));
            eprintln!(
                "memory: {} → {} after {} saves (peak {}), cycle {}, save {}",
                mb(m.rss_before),
                mb(m.rss_after),
                m.done,
                mb(m.hwm_after),
                ms(m.cycle),
                ms(m.save)
            );
        }
        Err(e) => {
            eprintln!("memory run: {e}");
            for what in [
                "Interface save path in process",
                "Interface in process: the longest the input thread is busy at once during a save",
                "Interface in process: memory",
            ] {
                rows.push(row(what, format!("not measured: {e}"), String::new(), None));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&mem_root);

    // Reading history, beside git.
    let back = depth.min(100);
    let range = format!("HEAD~{back}..HEAD");
    let t = time_median(slow, || {
        run_quiet(
            Command::new(ropa)
                .args(["--lang", "en", "--registry"])
                .arg(&work)
                .args(["diff", &range]),
        );
    });
    let g = time_median(slow, || {
        run_quiet(Command::new("git").arg("-C").arg(&work).args([
            "diff",
            "--stat",
            &format!("HEAD~{back}"),
            "HEAD",
        ]));
    });
    rows.push(row(
        format!("`ropa diff {range}`"),
        ms(t),
        format!("`git diff --stat`: {}", ms(g)),
        Some(t.as_secs_f64()),
    ));
    eprintln!("diff: {} (git {})", ms(t), ms(g));
    let (id, path) = busiest_activity(&work);
    let t = time_median(slow, || {
        run_quiet(
            Command::new(ropa)
                .args(["--lang", "en", "log"])
                .arg(&work)
                .arg(&id),
        );
    });
    let g = time_median(slow, || {
        run_quiet(
            Command::new("git")
                .arg("-C")
                .arg(&work)
                .args(["log", "--oneline", "--", &path]),
        );
    });
    rows.push(row(
        "`ropa log ORG/ID` (an activity changed most often)",
        ms(t),
        format!("`git log -- PATH`: {}", ms(g)),
        Some(t.as_secs_f64()),
    ));
    eprintln!("log {id}: {} (git {})", ms(t), ms(g));
    let _ = std::fs::remove_dir_all(&work);
    rows
}

/// The terminal sizes keys are measured at.
const SIZES: [(u16, u16); 2] = [(80, 24), (200, 50)];

/// Key to screen at both sizes: the key handled, the search worker's
/// answer taken where the key asked for one, the frame drawn.
fn keys(
    root: &Path,
    loaded: &Loaded,
    report: &Report,
    runs: usize,
    theme: &Theme,
) -> Vec<(&'static str, Vec<Duration>)> {
    let mut out: Vec<(&'static str, Vec<Duration>)> = [
        "↓ on organisations",
        "↓ on activities",
        "Enter into an activity",
        "first search key (`b`)",
        "next search key (`a`)",
        "`p` problems",
        "a letter typed in an activity's form",
        "`d` reviews due",
    ]
    .into_iter()
    .map(|w| (w, Vec::new()))
    .collect();
    for (w, h) in SIZES {
        let (mut app, worker) = common::loaded_app(root, loaded.clone(), report.clone());
        let mut t = common::terminal(w, h);
        draw(&mut t, &mut app, theme);
        let mut step = |app: &mut App, k: KeyEvent, search: bool| {
            let start = Instant::now();
            app.handle_key(k);
            if search {
                common::search_round_trip(app, &worker);
            }
            draw(&mut t, app, theme);
            start.elapsed()
        };
        let orgs = app.rows();
        let mut s = Vec::new();
        for _ in 0..runs {
            if app.selection() + 1 >= orgs {
                app.handle_key(ch('g'));
            }
            let before = app.selection();
            s.push(step(&mut app, key(KeyCode::Down), false));
            assert_eq!(app.selection(), before + 1, "↓ moved the selection");
        }
        out[0].1.push(median(&mut s));

        app.handle_key(ch('g'));
        step(&mut app, key(KeyCode::Enter), false);
        assert!(matches!(app.screen(), Screen::Activities { .. }));
        let acts = app.rows();
        let mut s = Vec::new();
        for _ in 0..runs {
            if app.selection() + 1 >= acts {
                app.handle_key(ch('g'));
            }
            let before = app.selection();
            s.push(step(&mut app, key(KeyCode::Down), false));
            assert_eq!(app.selection(), before + 1, "↓ moved the selection");
        }
        out[1].1.push(median(&mut s));

        let mut s = Vec::new();
        for _ in 0..runs {
            s.push(step(&mut app, key(KeyCode::Enter), false));
            assert!(
                matches!(app.screen(), Screen::Detail { .. }),
                "Enter opened"
            );
            step(&mut app, key(KeyCode::Esc), false);
        }
        out[2].1.push(median(&mut s));

        // Typing in the form: a letter, then Backspace, so the form ends
        // as it began and Esc closes it.
        step(&mut app, key(KeyCode::Enter), false);
        step(&mut app, ch('e'), false);
        assert_eq!(app.screen(), Screen::Form, "e opened the form");
        let mut s = Vec::new();
        for _ in 0..runs {
            s.push(step(&mut app, ch('æ'), false));
            s.push(step(&mut app, key(KeyCode::Backspace), false));
        }
        out[6].1.push(median(&mut s));
        step(&mut app, key(KeyCode::Esc), false);
        step(&mut app, key(KeyCode::Esc), false);
        assert!(matches!(app.screen(), Screen::Activities { .. }));

        step(&mut app, key(KeyCode::Esc), false);
        assert_eq!(app.screen(), Screen::Organisations);

        step(&mut app, ch('/'), false);
        assert_eq!(app.screen(), Screen::Search);
        let (mut first, mut next) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            first.push(step(&mut app, ch('b'), true));
            next.push(step(&mut app, ch('a'), true));
            assert_eq!(app.search.query, "ba");
            assert_eq!(app.search.shown_generation, app.search.generation);
            step(&mut app, ctrl('u'), true);
        }
        out[3].1.push(median(&mut first));
        out[4].1.push(median(&mut next));
        step(&mut app, key(KeyCode::Esc), false);
        assert_eq!(app.screen(), Screen::Organisations);

        let mut s = Vec::new();
        for _ in 0..runs {
            s.push(step(&mut app, ch('p'), false));
            assert_eq!(app.screen(), Screen::Problems);
            step(&mut app, key(KeyCode::Esc), false);
        }
        out[5].1.push(median(&mut s));

        let mut s = Vec::new();
        for _ in 0..runs {
            s.push(step(&mut app, ch('d'), false));
            assert_eq!(app.screen(), Screen::Due);
            step(&mut app, key(KeyCode::Esc), false);
        }
        out[7].1.push(median(&mut s));
    }
    out
}

/// A save through the one transaction: the first of the process (which
/// builds what the transaction checks against), then the median of
/// `runs`; and `git add` + `git commit` of the same file.
fn saves(root: &Path, runs: usize) -> (Duration, Duration, Duration) {
    let mut live = load(root).expect("load");
    let orgs = &live.register.organisations;
    let o = orgs.len() / 2;
    let (org_id, act_id, rel) = {
        let a = &orgs[o].activities[0];
        (
            orgs[o].org.id.clone(),
            a.activity.id.clone(),
            a.file.path.clone(),
        )
    };
    let save = |live: &mut Loaded, n: usize| {
        let entry = live.register.organisations[o]
            .activities
            .iter_mut()
            .find(|a| a.activity.id == act_id)
            .expect("activity");
        let original = entry.activity.clone();
        let mut record = original.clone();
        let stem = original.name.trim_end_matches(['æ', 'ø']).to_string();
        record.name = format!("{stem}{}", if n.is_multiple_of(2) { 'æ' } else { 'ø' });
        let intent = Intent::SaveActivity {
            org: org_id.clone(),
            activity: Some(original.id.clone()),
            original: Some(Box::new(original)),
            record: Box::new(record.clone()),
            new_recipients: Vec::new(),
        };
        let base = change::baseline_loaded(root, &rel, entry.file.text.as_bytes()).expect("base");
        let start = Instant::now();
        let outcome = change::commit(
            root,
            &live.register,
            &intent,
            &[base],
            &change::Options::default(),
        )
        .expect("save");
        let took = start.elapsed();
        assert!(
            matches!(outcome, change::Outcome::Saved(_)),
            "the save was not committed: {outcome:?}"
        );
        // The loaded register brought up to date, as after a save.
        let text = std::fs::read_to_string(root.join(&rel)).expect("read");
        let entry = live.register.organisations[o]
            .activities
            .iter_mut()
            .find(|a| a.activity.id == act_id)
            .expect("activity");
        entry.activity = record;
        entry.file = SourceFile::new(rel.clone(), text);
        took
    };
    let cold = save(&mut live, 0);
    let mut samples: Vec<Duration> = (1..=runs).map(|n| save(&mut live, n)).collect();
    let warm = median(&mut samples);

    let template = live.register.organisations[o].activities[0]
        .activity
        .clone();
    let variants: Vec<String> = (0..2)
        .map(|k| {
            let mut a = template.clone();
            a.name = format!("{} (git {k})", template.name);
            to_canonical(&a).expect("canonical")
        })
        .collect();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .stdout(Stdio::null())
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    };
    let mut samples: Vec<Duration> = (0..runs)
        .map(|n| {
            std::fs::write(root.join(&rel), &variants[n % 2]).expect("write");
            let start = Instant::now();
            git(&["add", &rel]);
            git(&["commit", "-q", "-m", "Bench: git commit"]);
            start.elapsed()
        })
        .collect();
    (cold, warm, median(&mut samples))
}

/// What the memory run reports.
struct Memory {
    rss_before: u64,
    rss_after: u64,
    hwm_after: u64,
    cycle: Duration,
    save: Duration,
    edit: Duration,
    /// The longest the input thread was busy at once during a save
    /// (median over the saves).
    busy: Duration,
    /// Saves made before the time limit.
    done: usize,
}

/// Runs [`memory_child`] in a process of its own and reads its line.
fn memory_run(root: &Path, saves: usize) -> Result<Memory, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let out = Command::new(exe)
        .arg("--memory-child")
        .arg(root)
        .arg(saves.to_string())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("ROPA-MEMORY "))
        .ok_or_else(|| format!("the memory run ended without figures ({})", out.status))?;
    let n: Vec<u64> = line
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let [
        rss_before,
        _hwm_before,
        rss_after,
        hwm_after,
        cycle_us,
        save_us,
        edit_us,
        done,
        busy_us,
    ] = n[..]
    else {
        return Err(format!("unreadable figures: {line}"));
    };
    Ok(Memory {
        rss_before,
        rss_after,
        hwm_after,
        cycle: Duration::from_micros(cycle_us),
        save: Duration::from_micros(save_us),
        edit: Duration::from_micros(edit_us),
        busy: Duration::from_micros(busy_us),
        done: done as usize,
    })
}

/// The interface driven in this process through `saves` saves, as a user
/// does them (on an activity's page: `e`, a letter typed or taken away,
/// Ctrl-S) and as the event loop follows each (see [`settle`]);
/// prints resident memory before and after and the median times.
fn memory_child(root: &Path, saves: usize) {
    let mut ui = Session::start(root, App::new(root.display().to_string()));
    settle(&mut ui);
    // To the page of the first activity with findings (most have some):
    // each save takes its findings out of the report and puts them in
    // again.
    ui.app.handle_key(key(KeyCode::Enter));
    for _ in 0..1000 {
        let found = ui.app.selected_activity().is_some_and(|(org, act)| {
            ui.app
                .activity(&org, &act)
                .is_some_and(|(_, a)| ui.app.findings_in(&a.file.path).next().is_some())
        });
        if found {
            break;
        }
        ui.app.handle_key(key(KeyCode::Down));
    }
    ui.app.handle_key(key(KeyCode::Enter));
    assert!(matches!(ui.app.screen(), Screen::Detail { .. }));
    let (rss_before, hwm_before) = memory();
    let cap = Duration::from_secs(common::env_number("ROPA_BENCH_SAVE_SECS", 900) as u64);
    let began = Instant::now();
    let mut done = 0;
    let (mut cycles, mut save_times, mut edit_times) = (Vec::new(), Vec::new(), Vec::new());
    // The longest the input thread was busy at once in each save: the
    // longest a key typed meanwhile waits.
    let mut busy_times = Vec::new();
    for n in 0..saves {
        if began.elapsed() > cap {
            eprintln!("  stopped after {n} saves: {} s", cap.as_secs());
            break;
        }
        let start = Instant::now();
        ui.app.handle_key(ch('e'));
        assert_eq!(ui.app.screen(), Screen::Form, "e opened the form");
        let typed = if n.is_multiple_of(2) {
            ch('æ')
        } else {
            key(KeyCode::Backspace)
        };
        ui.app.handle_key(typed);
        let commits = ui.app.session_saves.len();
        edit_times.push(start.elapsed());
        let save_start = Instant::now();
        ui.app.handle_key(ctrl('s'));
        let mut busy = save_start.elapsed();
        // The save runs on the session's worker: timed until its outcome
        // is taken.
        while ui.app.saving() {
            let turn = Instant::now();
            ui.turn();
            busy = busy.max(turn.elapsed());
            std::thread::sleep(Duration::from_micros(200));
        }
        save_times.push(save_start.elapsed());
        assert_eq!(
            ui.app.session_saves.len(),
            commits + 1,
            "save {n} was not committed: {:?}",
            ui.app.form.as_ref().and_then(|f| f.message.clone())
        );
        busy = busy.max(settle(&mut ui));
        busy_times.push(busy);
        cycles.push(start.elapsed());
        done = n + 1;
        assert!(matches!(ui.app.screen(), Screen::Detail { .. }));
        if n % 10 == 9 {
            let (rss, _) = memory();
            eprintln!(
                "  {} saves, resident {:.0} MB, last cycle {:.0} ms",
                n + 1,
                rss as f64 / 1e6,
                start.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
    let (rss_after, hwm_after) = memory();
    println!(
        "ROPA-MEMORY {rss_before} {hwm_before} {rss_after} {hwm_after} {} {} {} {done} {}",
        median(&mut cycles).as_micros(),
        median(&mut save_times).as_micros(),
        median(&mut edit_times).as_micros(),
        median(&mut busy_times).as_micros()
    );
}

/// Turns the interface's loop ([`Session::turn`]) until the load has
/// ended (findings shown, the first save's snapshot built) and nothing is
/// pending; answers the longest turn.
fn settle(ui: &mut Session) -> Duration {
    let start = Instant::now();
    let mut longest = Duration::ZERO;
    loop {
        let turn = Instant::now();
        ui.turn();
        longest = longest.max(turn.elapsed());
        if ui.settled() && ui.app.report().is_some() {
            return longest;
        }
        assert!(
            start.elapsed() < Duration::from_secs(1800),
            "the interface did not settle"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// How long the interface took and what it uses once idle.
struct Idle {
    list: Duration,
    findings: Duration,
    idle_secs: u64,
    cpu_percent: f64,
    rss: u64,
    hwm: u64,
}

/// Seconds the interface is left after its findings are shown before
/// its idle CPU is measured.
const SETTLE_SECS: u64 = 1;

/// Starts the release binary in tmux (a private server, `-L benchidle`)
/// on `root` at 200×50, waits for the organisation list and then the
/// findings in the status bar, and reads its CPU time from
/// /proc/PID/stat over the idle seconds.
fn interface_under_tmux(ropa: &str, root: &Path) -> Result<Idle, String> {
    let idle_secs = common::env_number("ROPA_BENCH_IDLE_SECS", 10) as u64;
    let config = tempfile::tempdir().map_err(|e| e.to_string())?;
    let tmux = |args: &[&str]| -> Result<String, String> {
        let out = Command::new("tmux")
            .args(["-L", "benchidle"])
            .args(args)
            .output()
            .map_err(|e| format!("tmux: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "tmux {args:?}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let _ = tmux(&["kill-server"]);
    // The list is visible when the first organisation folder is on the
    // screen (its name, or the folder, before the records are parsed).
    let first_folder = ropa::register::outline::organisation_folders(root)
        .map_err(|e| format!("outline: {e}"))?
        .into_iter()
        .next()
        .ok_or("the register has no organisation")?;
    let config_dir = config.path().display().to_string();
    let root_s = root.display().to_string();
    let start = Instant::now();
    tmux(&[
        "new-session",
        "-d",
        "-s",
        "idle",
        "-x",
        "200",
        "-y",
        "50",
        "env",
        &format!("XDG_CONFIG_HOME={config_dir}"),
        "TERM=xterm-256color",
        ropa,
        "--lang",
        "en",
        "--registry",
        &root_s,
    ])?;
    let result = (|| {
        let pid: u32 = tmux(&["display-message", "-p", "-t", "idle", "#{pane_pid}"])?
            .trim()
            .parse()
            .map_err(|e| format!("pane pid: {e}"))?;
        let mut list = None;
        let findings = loop {
            if start.elapsed() > Duration::from_secs(1800) {
                return Err("the interface did not show its findings".to_string());
            }
            let screen = tmux(&["capture-pane", "-p", "-t", "idle"])?;
            let status = screen
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            let counted = status.contains("warning") || status.contains("error");
            // The folder's name is replaced by the organisation's once
            // the records are read: a list already filled counts too.
            let filled = status.contains("validating") || counted;
            if list.is_none() && (screen.contains(&first_folder) || filled) {
                list = Some(start.elapsed());
            }
            if counted && !status.contains("validating") && !status.contains("loading") {
                break start.elapsed();
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_secs(SETTLE_SECS));
        let before = cpu_ticks(pid)?;
        std::thread::sleep(Duration::from_secs(idle_secs));
        let after = cpu_ticks(pid)?;
        // SAFETY: sysconf reads a constant of the system.
        let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
        let cpu_percent = (after - before) as f64 / hz / idle_secs as f64 * 100.0;
        let (rss, hwm) = memory_of(&pid.to_string());
        Ok(Idle {
            list: list.unwrap_or(findings),
            findings,
            idle_secs,
            cpu_percent,
            rss,
            hwm,
        })
    })();
    let _ = tmux(&["kill-server"]);
    result
}

/// utime + stime of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> Result<u64, String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map_err(|e| format!("/proc/{pid}/stat: {e}"))?;
    // The fields after the command's name (which may hold spaces).
    let rest = stat
        .rsplit_once(')')
        .map(|(_, r)| r)
        .ok_or("unreadable stat")?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    // rest[0] is field 3 (state); utime and stime are fields 14 and 15.
    let num = |i: usize| {
        f.get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .ok_or("stat field")
    };
    Ok(num(11)? + num(12)?)
}

/// Runs a command with its output discarded; returns how long it took.
fn run_quiet(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("run");
    let took = start.elapsed();
    // validate exits 1 on findings with errors; only a crash is wrong.
    assert!(status.code().is_some_and(|c| c <= 1), "{cmd:?}: {status}");
    took
}

/// Commits on HEAD's first-parent chain, minus one.
fn history_depth(root: &Path) -> usize {
    let git = git2::Repository::discover(root).expect("repository");
    let mut walk = git.revwalk().expect("revwalk");
    walk.push_head().expect("HEAD");
    walk.simplify_first_parent().expect("first parent");
    walk.count().saturating_sub(1)
}

/// The activity file changed in most commits of the last 200: `ORG/ID`
/// and its path.
fn busiest_activity(root: &Path) -> (String, String) {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "-n", "200", "--name-only", "--format="])
        .output()
        .expect("git log");
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if line.contains("/activities/") && line.ends_with(".ron") {
            *counts.entry(line.to_string()).or_default() += 1;
        }
    }
    let path = counts
        .into_iter()
        .max_by_key(|(p, n)| (*n, std::cmp::Reverse(p.clone())))
        .map(|(p, _)| p)
        .expect("an activity in the history");
    let org = path.split('/').next().unwrap_or_default();
    let id = path
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".ron"))
        .unwrap_or_default();
    (format!("{org}/{id}"), path)
}

/// The markdown table: one pair of columns (figure, floor or peer) per
/// size, and the growth from the first size to the last.
fn print_table(columns: &[(usize, Vec<Row>)]) {
    let Some((_, first)) = columns.first() else {
        return;
    };
    let growth = columns.len() > 1;
    let mut head = String::from("| What |");
    let mut rule = String::from("| --- |");
    for (size, _) in columns {
        let k = short(*size);
        head.push_str(&format!(" {k} | floor or peer, {k} |"));
        rule.push_str(" --- | --- |");
    }
    if growth {
        let (a, b) = (columns[0].0, columns[columns.len() - 1].0);
        head.push_str(&format!(" {} ÷ {} |", short(b), short(a)));
        rule.push_str(" --- |");
    }
    println!("{head}\n{rule}");
    for (i, r) in first.iter().enumerate() {
        let mut line = format!("| {} |", r.what);
        for (_, rows) in columns {
            match rows.get(i) {
                Some(c) => line.push_str(&format!(" {} | {} |", c.shown, c.peer)),
                None => line.push_str(" | |"),
            }
        }
        if growth {
            let last = &columns[columns.len() - 1].1;
            let g = match (r.value, last.get(i).and_then(|c| c.value)) {
                (Some(a), Some(b)) if a > 0.0 => format!("{:.1}×", b / a),
                _ => "—".into(),
            };
            line.push_str(&format!(" {g} |"));
        }
        println!("{line}");
    }
}

/// 20000 → "20k".
fn short(n: usize) -> String {
    if n >= 1000 && n.is_multiple_of(1000) {
        format!("{}k", n / 1000)
    } else {
        thousands(n)
    }
}

/// 20000 → "20,000".
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration as people read it: µs, ms or s.
fn ms(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 0.01 {
        format!("{:.0} ms", s * 1000.0)
    } else if s >= 0.001 {
        format!("{:.1} ms", s * 1000.0)
    } else {
        format!("{:.0} µs", s * 1e6)
    }
}

/// Two sizes' figures: "1.2 ms / 2.0 ms".
fn pair(d: &[Duration]) -> String {
    d.iter().map(|&d| ms(d)).collect::<Vec<_>>().join(" / ")
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1e6)
}
