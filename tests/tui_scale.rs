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
        let start = Instant::now();
        app.set_loaded(loaded.clone());
        let set_loaded = start.elapsed();
        let start = Instant::now();
        app.set_report(report.clone());
        println!(
            "{w}x{h}: set_loaded {} set_report {}",
            ms(set_loaded),
            ms(start.elapsed())
        );
        let mut t = terminal(&mut app, w, h);
        frame(&mut t, &mut app, &theme);
        let mut row = |name: &str, v: Vec<Duration>| {
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
            row(
                &format!("{label} '{c}' (key, hits)"),
                vec![key + shown, start.elapsed()],
            );
        }
        row("search ↓", downs(&mut t, &mut app));
        while app.stack.len() > 1 {
            app.apply(Action::Back);
        }
    }
}
