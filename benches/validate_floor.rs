//! `ropa validate` beside its floor, measured in the same run: reading
//! every record file and parsing it with ron on 2 threads (as
//! `benches/table.rs` measures it), then
//!
//! - load and validate in process,
//! - validate folder by folder in process, as `ropa validate` does,
//! - the whole process on a fresh `cp -a` copy of the register (no cache:
//!   it validates, writes the cache and prints the human report with its
//!   source lines),
//! - the whole process again on that copy (answered from the cache).
//!
//! Each figure is the median of `$ROPA_BENCH_RUNS` runs (default 5), the
//! floor measured between them. `$ROPA_BENCH_OLD`, a path to another
//! `ropa` binary (the one before a change), is timed on the same copies. The register is `$ROPA_BENCH_REGISTER`
//! (a git repository `ropa generate` wrote, required); the copies go to
//! `$ROPA_BENCH_DIR` (default: the system's temporary folder).
//!
//! `ROPA_BENCH_REGISTER=/tmp/reg cargo bench --bench validate_floor`

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ropa::register::load::load;
use ropa::register::validate::stream::validate_folders;
use ropa::register::validate::{Options, validate};

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

/// Runs `ropa validate` on `reg` with its report to /dev/null; the time.
fn whole(ropa: &str, reg: &Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(ropa)
        .args(["--lang", "en", "validate"])
        .arg(reg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("ropa runs");
    let t = start.elapsed();
    assert!(
        status.code().is_some_and(|c| c <= 1),
        "ropa validate failed"
    );
    t
}

fn main() {
    let Some(reg) = std::env::var_os("ROPA_BENCH_REGISTER").map(PathBuf::from) else {
        eprintln!("set ROPA_BENCH_REGISTER to a register `ropa generate` wrote");
        return;
    };
    let runs: usize = std::env::var("ROPA_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5)
        .max(1);
    let scratch = std::env::var_os("ROPA_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let ropa = env!("CARGO_BIN_EXE_ropa");
    let files = common::ron_files(&reg);
    let opts = Options::default();
    // Another build of ropa to time beside this one (the one before a
    // change), on the same copies.
    let old = std::env::var("ROPA_BENCH_OLD").ok();
    let (mut floor, mut inproc, mut first, mut cached) = (vec![], vec![], vec![], vec![]);
    let mut streamed = vec![];
    let (mut old_first, mut old_cached) = (vec![], vec![]);
    for i in 0..runs {
        let start = Instant::now();
        std::hint::black_box(common::read_and_parse(&files, 2));
        floor.push(start.elapsed());

        let start = Instant::now();
        let loaded = load(&reg).expect("load");
        std::hint::black_box(validate(&loaded, &opts));
        inproc.push(start.elapsed());
        drop(loaded);

        let start = Instant::now();
        std::hint::black_box(validate_folders(&reg, &opts).expect("validate"));
        streamed.push(start.elapsed());

        let copy = scratch.join(format!("validate-floor-{}-{i}", std::process::id()));
        let _ = std::fs::remove_dir_all(&copy);
        let ok = Command::new("cp")
            .arg("-a")
            .arg(&reg)
            .arg(&copy)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "cp -a");
        // A cache is not written while a file is younger than RACY, and
        // the copy's change times are new.
        std::thread::sleep(ropa::register::validate::cache::RACY + Duration::from_millis(100));
        first.push(whole(ropa, &copy));
        cached.push(whole(ropa, &copy));
        if let Some(old) = &old {
            let _ = std::fs::remove_dir_all(copy.join(".git/ropa"));
            old_first.push(whole(old, &copy));
            old_cached.push(whole(old, &copy));
        }
        let _ = std::fs::remove_dir_all(&copy);
    }
    let floor = median(&mut floor);
    let ratio = |d: Duration| d.as_secs_f64() / floor.as_secs_f64();
    println!("floor (read + parse, 2 threads): {}", ms(floor));
    for (what, v) in [
        ("load + validate in process", &mut inproc),
        (
            "folder by folder in process (as `ropa validate`)",
            &mut streamed,
        ),
        ("ropa validate, first run (no cache)", &mut first),
        ("ropa validate, second run (cache)", &mut cached),
    ] {
        let m = median(v);
        println!("{what}: {} ({:.2}× floor)", ms(m), ratio(m));
    }
    if old.is_some() {
        for (what, v) in [
            ("$ROPA_BENCH_OLD validate, first run", &mut old_first),
            ("$ROPA_BENCH_OLD validate, second run", &mut old_cached),
        ] {
            let m = median(v);
            println!("{what}: {} ({:.2}× floor)", ms(m), ratio(m));
        }
    }
}
