//! The register's budgets on a generated register, each beside the
//! physical limit measured in the same run:
//!
//! - load (vs. reading the same bytes, vs. `serde_json` on the same data)
//! - validate (a fresh copy of the loaded register each time, so no
//!   position index built by an earlier run is reused), and load + validate
//! - the interface's first frame with the register loaded (organisations
//!   screen filled) at 80×24 and 200×50, and a redraw
//! - save + commit of one activity (vs. `git add` + `git commit`)
//! - history of one activity, `ropa diff` across up to 1,000 commits
//! - export (JSON, CSV)
//!
//! The register is `$ROPA_BENCH_REGISTER` (a folder `ropa generate`
//! wrote), else generated: the first size of `$ROPA_BENCH_SIZES`
//! (activities, default 2,000) in organisations of 200, with
//! `$ROPA_BENCH_COMMITS` edit commits (default: a tenth of the
//! activities, at most 2,000), kept in `$ROPA_BENCH_DIR` when that is set.
//! The save benchmark writes to a `cp -a` copy with a git identity of its
//! own, never to the register given.
//!
//! `ROPA_BENCH_REGISTER=/work/bench-reg cargo bench --bench register`
//!
//! The growth table of `docs/performance.md` (key-to-screen latency,
//! memory after saves, idle CPU, 20k and 100k) is `benches/table.rs`.

mod common;

use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ropa::register::change::{self, Intent};
use ropa::register::export;
use ropa::register::format::to_canonical;
use ropa::register::history::{LogOptions, RegisterRepo};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::App;
use ropa::tui::theme::Theme;

use common::{Store, read_all};

/// The register to measure: `$ROPA_BENCH_REGISTER`, else generated.
fn register(store: &Store) -> PathBuf {
    if let Some(p) = std::env::var_os("ROPA_BENCH_REGISTER").map(PathBuf::from)
        && p.join(".git").exists()
    {
        return p;
    }
    let size = common::sizes(&[2_000])[0];
    let commits = common::env_number("ROPA_BENCH_COMMITS", (size / 10).min(2_000));
    store.pristine(size, commits)
}

fn bench(c: &mut Criterion) {
    let store = Store::new();
    let root = register(&store);
    // Never validated itself (validation builds position indexes in its
    // files): each validation below runs on a fresh copy of it.
    let loaded = load(&root).expect("load");
    let files = read_all(&root);
    let bytes: usize = files.iter().map(Vec::len).sum();
    eprintln!(
        "register: {} organisations, {} activities, {} files, {:.1} MB",
        loaded.register.organisations.len(),
        loaded
            .register
            .organisations
            .iter()
            .map(|o| o.activities.len())
            .sum::<usize>(),
        files.len(),
        bytes as f64 / 1e6
    );

    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    g.bench_function("ropa_load", |b| b.iter(|| load(black_box(&root))));
    g.bench_function("limit_read_bytes", |b| {
        b.iter(|| read_all(black_box(&root)))
    });
    // The same records as JSON, parsed by serde_json: the cost of any
    // serde format on these values.
    let json: Vec<(String, Vec<String>)> = loaded
        .register
        .organisations
        .iter()
        .map(|o| {
            (
                serde_json::to_string(&o.org).expect("json"),
                o.activities
                    .iter()
                    .map(|a| serde_json::to_string(&a.activity).expect("json"))
                    .collect(),
            )
        })
        .collect();
    g.bench_function("limit_serde_json_same_data", |b| {
        b.iter(|| {
            for (o, acts) in &json {
                let _: ropa::register::model::Organisation = serde_json::from_str(o).expect("org");
                for a in acts {
                    let _: ropa::register::model::Activity =
                        serde_json::from_str(a).expect("activity");
                }
            }
        })
    });
    g.bench_function("load_and_validate", |b| {
        b.iter(|| {
            let l = load(black_box(&root)).expect("load");
            validate(&l, &Options::default())
        })
    });
    g.finish();

    let mut g = c.benchmark_group("validate");
    g.sample_size(10);
    g.bench_function("validate", |b| {
        b.iter_batched(
            || loaded.clone(),
            |fresh| {
                let report = validate(black_box(&fresh), &Options::default());
                // Both dropped outside the measurement.
                (fresh, report)
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();

    // The interface's first frame with the register loaded: the loader's
    // messages taken (register, search worker, report) and the filled
    // organisations screen drawn, at the smallest usual terminal and a
    // large one. The register and report are copied outside the
    // measurement; `redraw` is one more frame of the same screen.
    let report = validate(&loaded.clone(), &Options::default());
    let theme = Theme::default();
    let mut g = c.benchmark_group("first_frame");
    g.sample_size(20);
    for (w, h) in [(80u16, 24u16), (200, 50)] {
        g.bench_function(format!("loaded_organisations_{w}x{h}"), |b| {
            b.iter_batched(
                || (loaded.clone(), report.clone()),
                |(l, r)| {
                    let mut app = App::new(root.display().to_string());
                    app.root = root.clone();
                    app.head = ropa::register::git::head_info(&root);
                    app.set_loaded(l);
                    app.set_report(r);
                    let mut t = common::terminal(w, h);
                    common::draw(&mut t, &mut app, &theme);
                    let filled = t
                        .backend()
                        .buffer()
                        .content
                        .iter()
                        .any(|c| c.symbol() != " ");
                    assert!(filled, "nothing drawn");
                    (app, t)
                },
                BatchSize::LargeInput,
            )
        });
        let (mut app, _worker) = common::loaded_app(&root, loaded.clone(), report.clone());
        let mut t = common::terminal(w, h);
        g.bench_function(format!("redraw_organisations_{w}x{h}"), |b| {
            b.iter(|| common::draw(&mut t, &mut app, &theme))
        });
    }
    g.finish();

    // Save + commit: one activity's name changed back and forth through
    // the one transaction (plan, conflict and uncommitted-change checks,
    // incremental validation, journal, index lock, commit), the loaded
    // register kept up to date as the interface keeps it.
    let root = store.copy(&root, "register-save");
    let mut live = load(&root).expect("load");
    let (org_id, act_id, rel) = {
        let o = &live.register.organisations[0];
        let a = &o.activities[0];
        (o.org.id.clone(), a.activity.id.clone(), a.file.path.clone())
    };
    let mut n = 0usize;
    let save_once = |live: &mut ropa::register::load::Loaded, n: usize| {
        let entry = live.register.organisations[0]
            .activities
            .iter_mut()
            .find(|a| a.activity.id == act_id)
            .expect("activity");
        let original = entry.activity.clone();
        let mut record = original.clone();
        record.name = format!(
            "{} ({})",
            original.name.split(" (").next().unwrap_or(""),
            n % 2
        );
        let intent = Intent::SaveActivity {
            org: org_id.clone(),
            activity: Some(original.id.clone()),
            original: Some(Box::new(original)),
            record: Box::new(record.clone()),
            new_recipients: Vec::new(),
        };
        let base = change::baseline_loaded(&root, &rel, entry.file.text.as_bytes()).expect("base");
        let outcome = change::commit(
            &root,
            &live.register,
            &intent,
            &[base],
            &change::Options::default(),
        )
        .expect("save");
        let text = std::fs::read_to_string(root.join(&rel)).expect("read");
        let entry = live.register.organisations[0]
            .activities
            .iter_mut()
            .find(|a| a.activity.id == act_id)
            .expect("activity");
        entry.activity = record;
        entry.file = ropa::register::load::SourceFile::new(rel.clone(), text);
        outcome
    };
    let cold = std::time::Instant::now();
    n += 1;
    save_once(&mut live, n);
    eprintln!(
        "first save in the process (builds the snapshot of {} organisations): {:.1} ms",
        live.register.organisations.len(),
        cold.elapsed().as_secs_f64() * 1000.0
    );
    let mut g = c.benchmark_group("save");
    g.sample_size(30);
    g.bench_function("ropa_save_commit", |b| {
        b.iter(|| {
            n += 1;
            save_once(&mut live, n)
        })
    });
    let variants: Vec<String> = (0..2)
        .map(|k| {
            let mut a = loaded.register.organisations[0].activities[0]
                .activity
                .clone();
            a.name = format!("git ({k})");
            to_canonical(&a).expect("canonical")
        })
        .collect();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(&root)
            .args([
                "-c",
                "user.name=Bench",
                "-c",
                "user.email=bench@example.org",
            ])
            .args(args)
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    };
    g.bench_function("limit_git_cli_add_commit", |b| {
        b.iter(|| {
            n += 1;
            std::fs::write(root.join(&rel), &variants[n % 2]).expect("write");
            git(&["add", &rel]);
            git(&["commit", "-q", "-m", "bench: git commit"]);
        })
    });
    g.finish();

    let repo = RegisterRepo::open(&root).expect("repo");
    let orgs = &loaded.register.organisations;
    let mid = &orgs[orgs.len() / 2];
    let some = &mid.activities[mid.activities.len() / 2].file.path;
    let mut g = c.benchmark_group("history");
    g.sample_size(10);
    g.bench_function("one_activity", |b| {
        b.iter(|| repo.log(Some(black_box(some)), &LogOptions::default()))
    });
    let head = repo.resolve("HEAD").expect("head");
    let depth = {
        let git = git2::Repository::discover(&root).expect("repository");
        let mut walk = git.revwalk().expect("revwalk");
        walk.push_head().expect("HEAD");
        walk.simplify_first_parent().expect("first parent");
        walk.count().saturating_sub(1).min(1_000)
    };
    let back = repo.resolve(&format!("HEAD~{depth}")).expect("HEAD~n");
    g.bench_function(format!("diff_across_{depth}_commits"), |b| {
        b.iter(|| repo.diff_commits(black_box(back), head))
    });
    g.finish();

    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    g.bench_function("json", |b| b.iter(|| export::json(&loaded.register)));
    g.bench_function("csv", |b| b.iter(|| export::csv::render(&loaded.register)));
    g.finish();
    // The copy the saves wrote to (kept only while measuring).
    let _ = std::fs::remove_dir_all(&root);
}

criterion_group!(benches, bench);
criterion_main!(benches);
