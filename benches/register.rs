//! The register's budgets on a large generated register (1,000
//! organisations × 20 activities, 10,000 commits of history), each beside
//! the physical limit measured in the same run:
//!
//! - load (vs. reading the same bytes, vs. `serde_json` on the same data)
//! - validate, and load + validate
//! - time to first frame (what the interface does before its first draw)
//! - save + commit of one activity (vs. `git add` + `git commit`)
//! - history of one activity, `ropa diff` across 1,000 commits
//! - export (JSON, CSV)
//!
//! The register is made once with `ropa generate` in a temporary folder,
//! or taken from `$ROPA_BENCH_REGISTER` (a folder `ropa generate` wrote).
//!
//! `CARGO_BUILD_JOBS=2 cargo bench --bench register`

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ropa::register::change::{self, Intent};
use ropa::register::export;
use ropa::register::format::to_canonical;
use ropa::register::history::{LogOptions, RegisterRepo};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::App;
use ropa::tui::theme::Theme;

/// The generated register: from `$ROPA_BENCH_REGISTER`, else written now.
fn register() -> (Option<tempfile::TempDir>, PathBuf) {
    if let Some(p) = std::env::var_os("ROPA_BENCH_REGISTER").map(PathBuf::from)
        && p.join(".git").exists()
    {
        return (None, p);
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("register");
    let ok = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["generate", "--orgs", "1000", "--activities", "20"])
        .args(["--commits", "10000"])
        .arg(&root)
        .status()
        .expect("run ropa generate")
        .success();
    assert!(ok, "ropa generate failed");
    (Some(dir), root)
}

/// Gives the register's repository a git identity when it has none, so
/// saves can be recorded.
fn identity(root: &Path) {
    let repo = git2::Repository::discover(root).expect("repository");
    if repo.signature().is_err() {
        let mut cfg = repo.config().expect("config");
        cfg.set_str("user.name", "Bench").expect("name");
        cfg.set_str("user.email", "bench@example.org")
            .expect("email");
    }
}

/// Every `.ron` file under `root`, as bytes.
fn read_all(root: &Path) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "ron") {
                out.push(std::fs::read(&p).expect("read"));
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let (_keep, root) = register();
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
        b.iter(|| validate(black_box(&loaded), &Options::default()))
    });
    g.finish();

    let mut g = c.benchmark_group("first_frame");
    g.bench_function("app_head_and_first_draw_120x40", |b| {
        b.iter(|| {
            let mut app = App::new(root.display().to_string());
            app.root = root.clone();
            app.head = ropa::register::git::head_info(&root);
            let mut t = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            t.draw(|f| ropa::tui::draw(f, &mut app, &Theme::default()))
                .expect("draw");
        })
    });
    g.finish();

    // Save + commit: one activity's name changed back and forth through
    // the one transaction (plan, conflict and uncommitted-change checks,
    // incremental validation, journal, index lock, commit), the loaded
    // register kept up to date as the interface keeps it.
    identity(&root);
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
    let some = &loaded.register.organisations[500].activities[10].file.path;
    let mut g = c.benchmark_group("history");
    g.sample_size(10);
    g.bench_function("one_activity", |b| {
        b.iter(|| repo.log(Some(black_box(some)), &LogOptions::default()))
    });
    let head = repo.resolve("HEAD").expect("head");
    let back = repo.resolve("HEAD~1000").expect("HEAD~1000");
    g.bench_function("diff_across_1000_commits", |b| {
        b.iter(|| repo.diff_commits(black_box(back), head))
    });
    g.finish();

    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    g.bench_function("json", |b| b.iter(|| export::json(&loaded.register)));
    g.bench_function("csv", |b| b.iter(|| export::csv::render(&loaded.register)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
