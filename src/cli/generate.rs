//! `ropa generate --orgs N --activities M [--commits K] [--seed S] PATH`:
//! writes a large, valid, realistic register with history as a new git
//! repository, for benchmarks and load tests. Hidden from the main help.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::register::generate::{GenerateError, RepoSpec, write_repository};

/// Arguments of `ropa generate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Number of organisations.
    #[arg(long, value_name = "N", default_value_t = 10)]
    orgs: usize,
    /// Activities per organisation.
    #[arg(long, value_name = "M", default_value_t = 20)]
    activities: usize,
    /// Edit commits after the first commit (each changes one activity).
    #[arg(long, value_name = "K", default_value_t = 0)]
    commits: usize,
    /// Seed of the generator: the same arguments give the same repository.
    #[arg(long, value_name = "S", default_value_t = 42)]
    seed: u64,
    /// The new register folder: must not exist or be empty.
    path: PathBuf,
}

/// Runs `ropa generate`. The register folder is always PATH (never the
/// default register); exit 1 when PATH exists and is not empty, 2 on any
/// other failure.
pub fn run(args: &Args) -> i32 {
    let spec = RepoSpec {
        orgs: args.orgs,
        activities: args.activities,
        commits: args.commits,
        seed: args.seed,
    };
    let started = Instant::now();
    let summary = match write_repository(&args.path, &spec) {
        Ok(s) => s,
        Err(e @ GenerateError::NotEmpty(_)) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 1;
        }
        Err(e) => {
            eprintln!(
                "error: {}: {}",
                super::printable(&args.path.display().to_string()),
                super::printable_lines(&e.to_string())
            );
            return 2;
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    let bytes = disk_bytes(&args.path);
    println!(
        "generated {} organisations, {} activities, {} commits in {}: {} on disk, {seconds:.2} s",
        spec.orgs,
        spec.orgs * spec.activities,
        summary.commits,
        super::printable(&args.path.display().to_string()),
        human_bytes(bytes),
    );
    0
}

/// Total size of the files under `dir`, `.git` included (unreadable
/// entries count as 0).
fn disk_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => disk_bytes(&e.path()),
            Ok(t) if t.is_file() => e.metadata().map(|m| m.len()).unwrap_or(0),
            _ => 0,
        })
        .sum()
}

/// `1234567` → `1.2 MB`.
fn human_bytes(n: u64) -> String {
    match n {
        n if n >= 1_000_000_000 => format!("{:.1} GB", n as f64 / 1e9),
        n if n >= 1_000_000 => format!("{:.1} MB", n as f64 / 1e6),
        n if n >= 1_000 => format!("{:.1} kB", n as f64 / 1e3),
        n => format!("{n} bytes"),
    }
}
