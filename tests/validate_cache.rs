//! The validation cache: a second run on an unchanged register answers
//! from it with the same report, and anything the findings depend on (a
//! file's content, a file added or removed, the day, `--strict`) is a
//! miss. The cache is an optimisation only: deleting or corrupting it
//! changes no result.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::interface::scratch_repo;
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::cache::{RACY, Source, validate_at, validate_with_lines};
use ropa::register::validate::{Options, Report, validate};

fn opts() -> Options {
    Options {
        today: Date::parse("2026-12-01").expect("date"),
        strict: false,
    }
}

/// The sample register in a fresh repository, its files old enough for a
/// cache to be written.
fn settled() -> (tempfile::TempDir, PathBuf) {
    let (dir, work) = scratch_repo();
    std::thread::sleep(RACY + std::time::Duration::from_millis(200));
    (dir, work)
}

fn cache_files(work: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(work.join(".git/ropa"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("validate-"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// What validating without any cache finds.
fn fresh(root: &Path, opts: &Options) -> Report {
    validate(&load(root).expect("load"), opts)
}

#[test]
fn a_second_run_on_an_unchanged_register_answers_from_the_cache_with_the_same_report() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    let (first, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert_eq!(
        cache_files(&work).len(),
        1,
        "the cache is in the git folder"
    );
    let (second, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Cache);
    assert_eq!(second.findings, first.findings);
    // Translated messages come back too, not only the English text.
    assert!(second.findings.iter().any(|f| f.msg.is_some()));
    assert_eq!(first.findings, fresh(&root, &opts()).findings);
    // Nothing of the cache is in the work tree.
    let status = Command::new("git")
        .args(["status", "--porcelain", "--ignored"])
        .current_dir(&work)
        .output()
        .expect("git status");
    assert_eq!(String::from_utf8_lossy(&status.stdout), "");
}

#[test]
fn a_changed_file_of_the_same_size_and_time_is_a_miss() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    validate_at(&root, &opts(), true).expect("validate");
    let file = root.join("da/organisation.ron");
    let meta = std::fs::metadata(&file).expect("meta");
    let text = std::fs::read_to_string(&file).expect("read");
    // One letter for another: the same size; the modification time put
    // back as it was.
    let changed = text.replacen(
        "Dansk Arbejdsgiverforening",
        "Dansk Arbejdsgiverforeninx",
        1,
    );
    assert_ne!(changed, text);
    assert_eq!(changed.len(), text.len());
    std::fs::write(&file, &changed).expect("write");
    std::fs::File::options()
        .write(true)
        .open(&file)
        .and_then(|f| f.set_modified(meta.modified().expect("mtime")))
        .expect("set mtime");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert_eq!(report.findings, fresh(&root, &opts()).findings);
}

#[test]
fn a_file_added_or_removed_the_day_and_strict_are_misses() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    validate_at(&root, &opts(), true).expect("validate");
    let next_year = Options {
        today: Date::parse("2027-12-01").expect("date"),
        strict: false,
    };
    let (report, source) = validate_at(&root, &next_year, true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert_eq!(report.findings, fresh(&root, &next_year).findings);
    let strict = Options {
        strict: true,
        ..opts()
    };
    let (report, source) = validate_at(&root, &strict, true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert_eq!(report.findings, fresh(&root, &strict).findings);

    let acts = root.join("da/activities");
    let first = std::fs::read_dir(&acts)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .min()
        .expect("an activity");
    let copy = acts.join("zz-copy.ron");
    std::fs::copy(&first, &copy).expect("copy");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.path.ends_with("zz-copy.ron"))
    );
    std::fs::remove_file(&copy).expect("remove");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.path.ends_with("zz-copy.ron"))
    );
}

#[test]
fn a_record_put_in_a_folder_inside_activities_is_a_miss() {
    // The loader reports such a folder (its records are no part of the
    // register); the folder's own contents change nothing the
    // activities folder's stat data shows.
    let (_dir, work) = settled();
    let root = work.join("registry");
    let sub = root.join("da/activities/old");
    std::fs::create_dir_all(&sub).expect("mkdir");
    std::thread::sleep(RACY + std::time::Duration::from_millis(200));
    let (report, _) = validate_at(&root, &opts(), true).expect("validate");
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.path.contains("activities/old"))
    );
    let (_, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Cache);

    std::fs::write(sub.join("lost.ron"), "Activity()").expect("write");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.path == "da/activities/old" && f.rule == "LOAD-001"),
        "{:?}",
        report
            .findings
            .iter()
            .filter(|f| f.rule == "LOAD-001")
            .collect::<Vec<_>>()
    );
    assert_eq!(report.findings, fresh(&root, &opts()).findings);
}

#[test]
fn a_corrupt_or_foreign_cache_is_ignored_and_rebuilt() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    let (want, _) = validate_at(&root, &opts(), true).expect("validate");
    let [file] = &cache_files(&work)[..] else {
        panic!("one cache file");
    };
    let good = std::fs::read(file).expect("read");
    let key_end = good.iter().position(|&b| b == b'\n').expect("key line");
    let corruptions: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"not a cache".to_vec(),
        // The right key, the rest cut off.
        good[..key_end + 20].to_vec(),
        // The right key, a finding naming a rule this program lacks.
        String::from_utf8_lossy(&good)
            .replacen("\"rule\":\"", "\"rule\":\"XXX-", 1)
            .into_bytes(),
        // The right key, a message key the catalogue lacks.
        String::from_utf8_lossy(&good)
            .replacen("\"finding-", "\"nonexistent-", 1)
            .into_bytes(),
        vec![0xff; 100],
    ];
    for bad in corruptions {
        std::fs::write(file, &bad).expect("corrupt");
        let (report, source) = validate_at(&root, &opts(), true).expect("validate");
        assert_eq!(source, Source::Validated, "a corrupt cache is a miss");
        assert_eq!(report.findings, want.findings);
        // Rebuilt: the next run answers from it again.
        let (_, source) = validate_at(&root, &opts(), true).expect("validate");
        assert_eq!(source, Source::Cache);
    }
    std::fs::remove_file(file).expect("delete");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert_eq!(report.findings, want.findings);
}

#[test]
fn no_cache_is_written_while_a_file_is_younger_than_its_timestamps_can_tell() {
    let (_dir, work) = scratch_repo();
    let root = work.join("registry");
    // The files were written just now: another write within the same
    // timestamp could leave their stat data as it is.
    let (_, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Validated);
    assert!(cache_files(&work).is_empty());
    let (_, source) = validate_at(&root, &opts(), false).expect("validate");
    assert_eq!(source, Source::Uncached);
}

#[test]
fn a_register_outside_git_is_validated_without_a_cache() {
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_tree(&common::sample_registry(), &dir.path().join("reg"));
    let root = dir.path().join("reg");
    let (report, source) = validate_at(&root, &opts(), true).expect("validate");
    assert_eq!(source, Source::Uncached);
    assert_eq!(report.findings, fresh(&root, &opts()).findings);
}

#[test]
fn the_command_prints_the_same_with_and_without_the_cache() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    let root_s = root.to_string_lossy().into_owned();
    for args in [
        vec!["validate", root_s.as_str()],
        vec!["--lang", "da", "validate", root_s.as_str()],
        vec!["validate", "--format", "json", root_s.as_str()],
        vec!["validate", "--format", "github", root_s.as_str()],
        vec!["validate", "--format", "sarif", root_s.as_str()],
        vec!["validate", "--gaps", root_s.as_str()],
    ] {
        let mut no_cache = args.clone();
        no_cache.insert(no_cache.len() - 1, "--no-cache");
        let want = common::ropa(&no_cache);
        assert!(cache_files(&work).is_empty(), "--no-cache writes none");
        let first = common::ropa(&args);
        let second = common::ropa(&args);
        assert!(!want.stdout.is_empty());
        for got in [&first, &second] {
            assert_eq!(
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&want.stdout),
                "{args:?}"
            );
            assert_eq!(got.status.code(), want.status.code(), "{args:?}");
        }
        for f in cache_files(&work) {
            std::fs::remove_file(f).expect("remove");
        }
    }
}

/// The line of `path` (register-relative) numbered `n`, as the file holds
/// it now, without its line break.
fn line_on_disk(root: &Path, path: &str, n: usize) -> Option<String> {
    let text = std::fs::read_to_string(root.join(path)).ok()?;
    text.split('\n')
        .nth(n.checked_sub(1)?)
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
}

#[test]
fn the_lines_shown_come_with_the_report_also_from_the_cache() {
    let (_dir, work) = settled();
    let root = work.join("registry");
    let first = validate_with_lines(&root, &opts(), true).expect("validate");
    assert_eq!(first.source, Source::Validated);
    assert_eq!(first.lines.len(), first.report.findings.len());
    // Each finding with a place to show has its file's line, as the file
    // holds it; one placed at a record's start shows none.
    let mut kept = 0;
    for (f, line) in first.report.findings.iter().zip(&first.lines) {
        if (f.line, f.column) == (1, 1) || f.line == 0 {
            assert_eq!(line, &None, "{f:?}");
            continue;
        }
        assert_eq!(line, &line_on_disk(&root, &f.path, f.line), "{f:?}");
        kept += 1;
    }
    assert!(kept > 50, "{kept} lines kept");
    // The cache gives them back: printing its report reads no file.
    let second = validate_with_lines(&root, &opts(), true).expect("validate");
    assert_eq!(second.source, Source::Cache);
    assert_eq!(second.report.findings, first.report.findings);
    assert_eq!(second.lines, first.lines);
    // Without a cache, the same.
    let none = validate_with_lines(&root, &opts(), false).expect("validate");
    assert_eq!(none.source, Source::Uncached);
    assert_eq!(none.lines, first.lines);
}
