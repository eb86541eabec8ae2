//! The interface at scale: the work a key does does not grow with the
//! register. Each key is timed from `handle_key` to the frame drawn on a
//! TestBackend, as the event loop does it.
//!
//! `ROPA_SCALE_REG=/path/to/register cargo test --release --test tui_scale
//! -- --ignored --nocapture` prints the medians of every screen's keys on a
//! real (generated) register.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{Action, App};
use ropa::tui::theme::Theme;

/// A terminal `w`×`h` and the interface sized for it as the event loop does.
fn terminal(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.page = usize::from(h.saturating_sub(4)).max(1);
    app.wide = w >= ropa::tui::app::WIDE;
    Terminal::new(TestBackend::new(w, h)).expect("terminal")
}

fn frame(t: &mut Terminal<TestBackend>, app: &mut App, theme: &Theme) {
    t.draw(|f| ropa::tui::draw(f, app, theme)).expect("draw");
}

/// One key and the frame after it, timed.
fn timed(t: &mut Terminal<TestBackend>, app: &mut App, theme: &Theme, code: KeyCode) -> Duration {
    let start = Instant::now();
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    frame(t, app, theme);
    start.elapsed()
}

/// An action and the frame after it, timed.
fn timed_action(
    t: &mut Terminal<TestBackend>,
    app: &mut App,
    theme: &Theme,
    action: Action,
) -> Duration {
    let start = Instant::now();
    app.apply(action);
    frame(t, app, theme);
    start.elapsed()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

#[test]
#[ignore = "measures a register named by ROPA_SCALE_REG"]
fn measure_keys_on_a_register() {
    let Ok(root) = std::env::var("ROPA_SCALE_REG") else {
        return;
    };
    let root = std::path::PathBuf::from(root);
    let start = Instant::now();
    let loaded = load(&root).expect("load");
    let report = validate(&loaded, &Options::default());
    println!(
        "load+validate {} ({} findings)",
        ms(start.elapsed()),
        report.findings.len()
    );
    let theme = Theme::default();
    for (w, h) in [(80, 24), (200, 50)] {
        let mut app = App::new(root.display().to_string());
        app.root = root.clone();
        app.head = ropa::register::git::head_info(&root);
        let (copy, report_copy) = (loaded.clone(), report.clone());
        let start = Instant::now();
        app.set_loaded(copy);
        let set_loaded = start.elapsed();
        let start = Instant::now();
        app.set_report(report_copy);
        println!(
            "{w}x{h}: set_loaded {} set_report {}",
            ms(set_loaded),
            ms(start.elapsed())
        );
        let mut t = terminal(&mut app, w, h);
        frame(&mut t, &mut app, &theme);
        let row = |name: &str, v: Vec<Duration>| {
            let max = v.iter().max().copied().unwrap_or_default();
            println!(
                "{w}x{h} {name:<28} median {} max {}",
                ms(median(v)),
                ms(max)
            );
        };
        let downs = |t: &mut Terminal<TestBackend>, app: &mut App| -> Vec<Duration> {
            (0..15)
                .map(|_| timed(t, app, &theme, KeyCode::Down))
                .collect()
        };
        row("organisations ↓", downs(&mut t, &mut app));
        row(
            "organisations → activities",
            vec![timed(&mut t, &mut app, &theme, KeyCode::Enter)],
        );
        row("activities ↓", downs(&mut t, &mut app));
        row(
            "activities → detail",
            vec![timed(&mut t, &mut app, &theme, KeyCode::Enter)],
        );
        row("detail ↓", downs(&mut t, &mut app));
        row(
            "detail → history",
            vec![timed_action(&mut t, &mut app, &theme, Action::History)],
        );
        row("history ↓", downs(&mut t, &mut app));
        row(
            "history ←",
            vec![timed(&mut t, &mut app, &theme, KeyCode::Esc)],
        );
        row(
            "detail → form",
            vec![timed_action(&mut t, &mut app, &theme, Action::Edit)],
        );
        row("form ↓", downs(&mut t, &mut app));
        let typing: Vec<Duration> = "æøå Ærø"
            .chars()
            .map(|c| timed(&mut t, &mut app, &theme, KeyCode::Char(c)))
            .collect();
        row("form typing", typing);
        app.form = None;
        app.form_target = None;
        while app.stack.len() > 1 {
            app.apply(Action::Back);
        }
        row(
            "organisations → problems",
            vec![timed_action(&mut t, &mut app, &theme, Action::Problems)],
        );
        row("problems ↓", downs(&mut t, &mut app));
        row(
            "problems e (errors only)",
            vec![timed(&mut t, &mut app, &theme, KeyCode::Char('e'))],
        );
        app.apply(Action::Back);
        row(
            "organisations → search",
            vec![timed_action(&mut t, &mut app, &theme, Action::Search)],
        );
        // The worker searches; the interface sends, takes the hits, draws.
        let worker = ropa::tui::search::Worker::spawn(loaded.register.clone());
        // In the interface the index is built while the register loads and
        // validates, long before a first key: a query the first key does
        // not extend waits for it.
        worker.send(ropa::tui::search::Request {
            generation: 0,
            query: "zzqx".into(),
        });
        worker.rx.recv().expect("index built");
        let mut first = true;
        for c in "barsel".chars() {
            let start = Instant::now();
            app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            frame(&mut t, &mut app, &theme);
            let key = start.elapsed();
            if let Some(req) = app.take_search_request() {
                worker.send(req);
            }
            let (generation, hits) = worker.rx.recv().expect("hits");
            let searched = start.elapsed() - key;
            let hits_at = Instant::now();
            app.search_results(generation, hits);
            frame(&mut t, &mut app, &theme);
            let shown = hits_at.elapsed();
            let label = if first {
                "search first key"
            } else {
                "search key"
            };
            first = false;
            println!(
                "{w}x{h} {label} '{c}': key+frame {}, worker {}, hits+frame {}, key to hits {}",
                ms(key),
                ms(searched),
                ms(shown),
                ms(start.elapsed())
            );
        }
        row("search ↓", downs(&mut t, &mut app));
        while app.stack.len() > 1 {
            app.apply(Action::Back);
        }
    }
}

/// Bytes and blocks allocated by this thread (the keys and frames of a
/// test run on its thread; workers are not counted).
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    pub struct Counting;

    thread_local! {
        static ALLOCATED: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    }

    fn note(bytes: usize) {
        let _ = ALLOCATED.try_with(|a| {
            let (b, n) = a.get();
            a.set((b + bytes as u64, n + 1));
        });
    }

    // SAFETY: every call is passed on to the system allocator unchanged;
    // the count is a thread-local cell that needs no allocation.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            note(layout.size());
            // SAFETY: as the caller promised for `alloc`.
            unsafe { System.alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: `ptr` came from `System.alloc` with `layout`.
            unsafe { System.dealloc(ptr, layout) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            note(new_size);
            // SAFETY: as the caller promised for `realloc`.
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }

    /// (bytes, blocks) allocated by this thread so far.
    pub fn allocated() -> (u64, u64) {
        ALLOCATED.with(Cell::get)
    }
}

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

/// What one key costs: bytes and blocks allocated, and the shortest time
/// of several runs.
#[derive(Debug, Clone, Copy)]
struct Cost {
    bytes: u64,
    blocks: u64,
    time: Duration,
}

/// An interface on a generated register of `orgs` × `acts` activities,
/// validated, on a terminal `w`×`h`.
fn generated(orgs: usize, acts: usize, w: u16, h: u16) -> (App, Terminal<TestBackend>) {
    let loaded = ropa::register::load::Loaded {
        register: ropa::register::generate::generate(orgs, acts, 15),
        errors: Vec::new(),
        orphans: Vec::new(),
    };
    let report = validate(&loaded, &Options::default());
    let mut app = App::new("generated");
    app.set_loaded(loaded);
    app.set_report(report);
    let t = terminal(&mut app, w, h);
    (app, t)
}

/// The keys of every screen, each with the cost of its key and frame
/// (the middle of three runs for the allocations, the shortest time).
fn costs(orgs: usize, acts: usize, w: u16, h: u16) -> Vec<(String, Cost)> {
    let (mut app, mut t) = generated(orgs, acts, w, h);
    let theme = Theme::default();
    let mut out = Vec::new();
    let mut measure =
        |name: &str, app: &mut App, t: &mut Terminal<TestBackend>, key: &dyn Fn(&mut App)| {
            let mut runs = Vec::new();
            for _ in 0..5 {
                let before = counting::allocated();
                let start = Instant::now();
                key(app);
                frame(t, app, &theme);
                let time = start.elapsed();
                let after = counting::allocated();
                runs.push(Cost {
                    bytes: after.0 - before.0,
                    blocks: after.1 - before.1,
                    time,
                });
            }
            runs.sort_by_key(|c| c.bytes);
            let mut cost = runs[runs.len() / 2];
            cost.time = runs.iter().map(|c| c.time).min().unwrap_or_default();
            out.push((name.to_string(), cost));
        };
    let press = |code: KeyCode| {
        move |app: &mut App| app.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
    };
    frame(&mut t, &mut app, &theme);
    // Down the list, then back up, so each run starts where it did.
    measure("organisations ↓↑", &mut app, &mut t, &|app| {
        app.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
        app.handle_key(KeyEvent::new(KeyCode::Up, KeyModifiers::NONE));
    });
    measure("organisations ↓", &mut app, &mut t, &press(KeyCode::Down));
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    measure("activities ↓", &mut app, &mut t, &press(KeyCode::Down));
    app.handle_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    measure("detail ↓", &mut app, &mut t, &press(KeyCode::Down));
    app.apply(Action::Edit);
    measure("form ↓", &mut app, &mut t, &press(KeyCode::Down));
    app.form = None;
    app.form_target = None;
    while app.stack.len() > 1 {
        app.apply(Action::Back);
    }
    app.apply(Action::Problems);
    measure("problems ↓", &mut app, &mut t, &press(KeyCode::Down));
    app.apply(Action::Back);
    app.apply(Action::Search);
    measure("search key", &mut app, &mut t, &|app: &mut App| {
        app.handle_key(KeyEvent::new(KeyCode::Char('ø'), KeyModifiers::NONE));
        app.handle_key(KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    });
    out
}

/// The register grows fourfold (more organisations, as many activities
/// each); what a key allocates on any screen stays the same (a list made
/// whole, a row per record formatted, would grow with it), and so, within
/// a generous bound, does its time.
#[test]
fn a_key_costs_the_same_on_a_register_four_times_as_large() {
    for (w, h) in [(80, 24), (200, 50)] {
        // Enough organisations to fill the largest screen's list.
        let small = costs(60, 35, w, h);
        let large = costs(240, 35, w, h);
        for ((name, s), (_, l)) in small.iter().zip(&large) {
            println!("{w}x{h} {name}: {s:?} → {l:?}");
            // A little slack for what names and messages differ by.
            assert!(
                l.bytes <= s.bytes + s.bytes / 4 + 4096,
                "{w}x{h} {name}: {} bytes at 2,100 activities, {} at 8,400",
                s.bytes,
                l.bytes
            );
            assert!(
                l.blocks <= s.blocks + s.blocks / 4 + 64,
                "{w}x{h} {name}: {} allocations at 2,100 activities, {} at 8,400",
                s.blocks,
                l.blocks
            );
            assert!(
                l.time <= s.time * 3 + Duration::from_millis(3),
                "{w}x{h} {name}: {:?} at 2,100 activities, {:?} at 8,400",
                s.time,
                l.time
            );
        }
    }
}

/// Before the records are read the organisations screen lists the
/// folders; when the register arrives the same organisation stays
/// selected, now with its name.
#[test]
fn the_folders_show_before_the_records_and_the_selection_stays_on_its_organisation() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let folders = ropa::register::outline::organisation_folders(&root).expect("outline");
    assert!(folders.len() >= 2, "{folders:?}");
    let mut app = App::new(root.display().to_string());
    app.outline = folders.clone();
    let theme = Theme::default();
    let mut t = terminal(&mut app, 80, 24);
    frame(&mut t, &mut app, &theme);
    let text = format!("{:?}", t.backend().buffer());
    for f in &folders {
        assert!(text.contains(f.as_str()), "{f} not listed: {text}");
    }
    app.handle_key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE));
    let chosen = folders[1].clone();
    assert_eq!(
        app.org_row_at(app.selection()).map(|r| r.id()),
        Some(chosen.as_str())
    );
    // The new list may order rows otherwise (a broken file has a row of
    // its own): the selection follows the id, not the row number.
    let loaded = load(&root).expect("load");
    let name = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.file.path.starts_with(&format!("{chosen}/")))
        .map(|o| o.org.name.clone())
        .expect("organisation");
    app.set_loaded(loaded);
    assert!(app.outline.is_empty());
    assert_eq!(
        app.org_row_at(app.selection()).map(|r| r.id()),
        Some(chosen.as_str())
    );
    frame(&mut t, &mut app, &theme);
    let text = format!("{:?}", t.backend().buffer());
    assert!(text.contains(&name), "{name} not shown: {text}");
}
