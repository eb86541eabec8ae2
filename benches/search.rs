//! Search speed on a generated register of 1,000 organisations × 20
//! activities: index build, and each keystroke of typed queries. The budget
//! is one frame (16 ms) per keystroke.
//!
//! `CARGO_BUILD_JOBS=1 cargo bench --bench search`; `-- keystroke` for the
//! keystrokes alone.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ropa::register::generate::generate;
use ropa::register::search::SearchIndex;

const LIMIT: usize = 200;

fn bench(c: &mut Criterion) {
    let reg = generate(1_000, 20, 42);
    report_size(&reg);

    let mut g = c.benchmark_group("index");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("build_20k", |b| {
        b.iter(|| SearchIndex::new(black_box(&reg)))
    });
    g.finish();

    let index = SearchIndex::new(&reg);

    // Each keystroke searched from scratch, as SearchIndex::search does.
    let mut g = c.benchmark_group("keystroke");
    g.sample_size(30);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    for q in [
        "b",
        "ba",
        "bar",
        "bars",
        "barse",
        "barsel",
        "5 år",
        "zoom",
        "cpr",
        "org:org-00 has:cpr løn",
    ] {
        g.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
            b.iter(|| index.search(black_box(q), LIMIT))
        });
    }
    g.finish();

    // Each keystroke as the search screen's worker answers it while the
    // user types: `SearchIndex::run` (hits and every matching record),
    // narrowed to the records the previous keystroke matched. The first
    // keystroke of each query runs from scratch.
    let mut g = c.benchmark_group("keystroke_within");
    g.sample_size(30);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    for typed in [
        &["b", "ba", "bar", "bars", "barse", "barsel"][..],
        &["5", "5 å", "5 år"],
        &["c", "cp", "cpr"],
        &["l", "lø", "løn"],
    ] {
        let mut previous: Option<Vec<u32>> = None;
        for &q in typed {
            g.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
                b.iter(|| index.run(black_box(q), previous.as_deref(), LIMIT))
            });
            previous = Some(index.run(q, previous.as_deref(), LIMIT).records);
        }
    }
    g.finish();
}

/// Prints how much text the generated activities hold.
fn report_size(reg: &ropa::register::load::Register) {
    fn chars(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::String(s) => s.chars().count(),
            serde_json::Value::Array(a) => a.iter().map(chars).sum(),
            serde_json::Value::Object(m) => m.values().map(chars).sum(),
            _ => 0,
        }
    }
    let (mut n, mut total) = (0usize, 0usize);
    for o in &reg.organisations {
        for a in &o.activities {
            n += 1;
            total += serde_json::to_value(&a.activity).map_or(0, |v| chars(&v));
        }
    }
    eprintln!(
        "generated: {} organisations, {n} activities, {} text chars per activity on average",
        reg.organisations.len(),
        total / n.max(1)
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
