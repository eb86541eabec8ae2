//! Faults and bad input, one test each: broken, huge and hostile files;
//! paths and symbolic links that lead out of the register; read-only files,
//! folders and file systems; git in an unusual state; no identity; two
//! savers at once; a save killed by SIGKILL; a full disk; escape sequences
//! in register text. Real files, real git repositories and, where the
//! behaviour is user-visible, the real binary. Every save goes through the
//! one transaction, [`ropa::register::change::commit`].
//!
//! Some of these are also covered elsewhere (noted at each test); the case
//! the issue names is asserted here anyway.
//!
//! A few tests run a second copy of this test binary as a child process
//! (see [`helper_child_process`]): to be killed mid-save, to save at the
//! same moment as another process, or to save under a file-size limit.
//!
//! Unix only: they rely on symbolic links, permission bits, signals and
//! `sh`.

#![cfg(unix)]

mod common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Barrier, Once};
use std::time::{Duration, Instant};

use git2::{Oid, Repository, Signature};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::change::journal::{BUILD_PREFIX, INDEX_PREFIX, JOURNAL_FILE, Journal};
use ropa::register::change::{self, Baseline, Intent, Outcome, Refusal, Uncommitted, baseline};
use ropa::register::date::Date;
use ropa::register::format::to_canonical;
use ropa::register::load::{MAX_FILE_BYTES, load, parse_record};
use ropa::register::locate::SpanIndex;
use ropa::register::model::{Activity, Organisation};
use ropa::register::validate::{Options, validate};
use ropa::tui::app::App;
use ropa::tui::draw;
use ropa::tui::theme::Theme;

const ACT: &str = "acme/activities/kundeservice.ron";
const OTHER: &str = "acme/activities/personale.ron";
const TODAY: &str = "2026-11-23";
/// Set in a child process: what it is to do, and on which register.
const CHILD: &str = "ROPA_FAULTS_CHILD";

// ---------------------------------------------------------------- helpers

/// Keeps the machine's git configuration out of this process (and so every
/// identity comes from the test repository's own config).
fn isolate() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let empty = std::env::temp_dir().join(format!("ropa-faults-test-{}", std::process::id()));
        fs::create_dir_all(&empty).expect("mkdir");
        for level in [
            git2::ConfigLevel::System,
            git2::ConfigLevel::XDG,
            git2::ConfigLevel::Global,
            git2::ConfigLevel::ProgramData,
        ] {
            // SAFETY: runs once, before this process uses git2 otherwise.
            unsafe { git2::opts::set_search_path(level, empty.as_os_str()) }.expect("search path");
        }
    });
}

/// A clean activity with the given id and name.
fn activity(id: &str, name: &str) -> Activity {
    Activity {
        id: id.into(),
        name: name.into(),
        ..common::clean_activity()
    }
}

/// The canonical text of a record.
fn text_of<T: serde::Serialize>(a: &T) -> String {
    to_canonical(a).expect("serialise")
}

/// Version `n` of the main activity: a valid record about 200 KB long, so
/// that writing it takes a moment, whose every byte depends on `n`.
fn version(n: u64) -> Vec<u8> {
    let notes: String = (0..8_000)
        .map(|i| format!("version {n} line {i}\n"))
        .collect();
    text_of(&Activity {
        notes: Some(notes),
        ..activity("kundeservice", &format!("Kundeservice {n}"))
    })
    .into_bytes()
}

/// Which [`version`] `bytes` are, checking that they are all of it.
fn version_of(bytes: &[u8]) -> u64 {
    let text = std::str::from_utf8(bytes).expect("the file is UTF-8");
    let a: Activity = parse_record(text)
        .unwrap_or_else(|(p, m)| panic!("the file does not parse at {}:{}: {m}", p.line, p.col));
    let n: u64 = a
        .name
        .strip_prefix("Kundeservice ")
        .and_then(|n| n.parse().ok())
        .expect("a version's name");
    assert!(
        version(n) == bytes,
        "version {n} is not whole: a mix of two"
    );
    n
}

/// A valid record of another activity, different for each `n`.
fn other_version(n: u64) -> Vec<u8> {
    text_of(&activity("personale", &format!("Personale {n}"))).into_bytes()
}

/// The register: one organisation with two activities, all clean.
fn write_register(root: &Path) {
    common::write_register(
        root,
        &common::clean_org(),
        &[
            activity("kundeservice", "Kundeservice"),
            activity("personale", "Personale"),
        ],
    );
}

/// A register folder outside git, for the loader and `ropa validate`.
fn plain() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("registry");
    write_register(&root);
    (dir, root)
}

/// A git repository at `<tmp>/work` holding the register in
/// `<tmp>/work/registry`, committed, with an identity in its own config.
struct Fixture {
    dir: tempfile::TempDir,
    repo: Repository,
    work: PathBuf,
    root: PathBuf,
}

impl Fixture {
    fn new() -> Fixture {
        let f = Fixture::without_identity();
        let mut cfg = f.repo.config().expect("config");
        cfg.set_str("user.name", "Ada Lawyer").expect("name");
        cfg.set_str("user.email", "ada@example.org").expect("email");
        f
    }

    fn without_identity() -> Fixture {
        isolate();
        let dir = tempfile::tempdir().expect("tempdir");
        let work = dir.path().join("work");
        let root = work.join("registry");
        write_register(&root);
        fs::write(root.join(ACT), version(0)).expect("write");
        let repo = Repository::init(&work).expect("init");
        commit_all(&repo, "initial");
        Fixture {
            dir,
            repo,
            work,
            root,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn read(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.path(rel)).ok()
    }

    fn head(&self) -> Oid {
        self.repo
            .head()
            .expect("head")
            .target()
            .expect("direct head")
    }

    fn commits(&self) -> usize {
        let mut walk = self.repo.revwalk().expect("revwalk");
        walk.push(self.head()).expect("push");
        walk.count()
    }

    /// Nothing staged, modified or untracked in the work tree.
    fn clean(&self) -> bool {
        let mut opts = git2::StatusOptions::new();
        opts.include_untracked(true);
        self.repo
            .statuses(Some(&mut opts))
            .expect("statuses")
            .is_empty()
    }

    /// Runs the git command line in the work tree, without the machine's
    /// configuration.
    fn git(&self, args: &[&str]) -> Output {
        git_in(&self.work, args)
    }
}

fn git_in(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_EDITOR", "true")
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "core.hooksPath=/dev/null",
        ])
        .args(args)
        .output()
        .expect("run git")
}

fn commit_all(repo: &Repository, message: &str) -> Oid {
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = Signature::now("Setup", "setup@example.org").expect("sig");
    let parent = repo.head().ok().and_then(|h| h.peel_to_commit().ok());
    let parents: Vec<&git2::Commit<'_>> = parent.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .expect("commit")
}

/// One file written as given: what a save of one record comes to.
fn edit(rel: &str, bytes: &[u8]) -> Intent {
    Intent::Files {
        writes: vec![(rel.to_string(), bytes.to_vec())],
        removes: vec![],
        message: format!("change {rel}"),
    }
}

/// One file removed.
fn removal(rel: &str) -> Intent {
    Intent::Files {
        writes: vec![],
        removes: vec![rel.to_string()],
        message: format!("remove {rel}"),
    }
}

/// A new activity of the organisation `acme`, as a form saves it.
fn new_activity(record: Activity) -> Intent {
    Intent::SaveActivity {
        org: "acme".into(),
        activity: None,
        original: None,
        record: Box::new(record),
        new_recipients: Vec::new(),
    }
}

/// Commits `intent` on the register at `root` as loaded now; `force`
/// overwrites whatever is there and includes uncommitted changes.
fn commit(
    root: &Path,
    intent: &Intent,
    base: &[Baseline],
    force: bool,
) -> Result<Outcome, Refusal> {
    let loaded = load(root).expect("load");
    let opts = change::Options {
        force,
        uncommitted: if force {
            Uncommitted::Include
        } else {
            Uncommitted::Ask
        },
        ..change::Options::default()
    };
    change::commit(root, &loaded.register, intent, base, &opts)
}

/// Saves `bytes` to `rel` against a baseline taken just before.
fn save_now(root: &Path, rel: &str, bytes: &[u8]) -> Result<Outcome, Refusal> {
    let base = baseline(root, rel)?;
    commit(root, &edit(rel, bytes), &[base], false)
}

/// Whether a save made a commit.
fn landed(result: &Result<Outcome, Refusal>) -> bool {
    matches!(result, Ok(Outcome::Saved(_)))
}

/// Asserts that nothing of a transaction is left in the git folder: no
/// journal, no scratch file, no git index lock.
#[track_caller]
fn assert_no_transaction_left(gitdir: &Path, what: &str) {
    for e in fs::read_dir(gitdir).expect("ls .git").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.starts_with(INDEX_PREFIX) && !name.starts_with(JOURNAL_FILE),
            "{what}: {name} left in the git folder"
        );
    }
    assert!(
        !gitdir.join("index.lock").exists(),
        "{what}: index.lock left"
    );
}

/// Asserts that a file holds `expected` without printing both whole.
#[track_caller]
fn assert_same(actual: Option<Vec<u8>>, expected: Option<&[u8]>, what: &str) {
    if actual.as_deref() != expected {
        let show = |b: Option<&[u8]>| {
            b.map_or("no file".to_string(), |b| {
                let head = String::from_utf8_lossy(&b[..b.len().min(80)]).into_owned();
                format!("{} bytes beginning {head:?}", b.len())
            })
        };
        panic!(
            "{what}: got {}, expected {}",
            show(actual.as_deref()),
            show(expected)
        );
    }
}

/// Names in `dir` that look like a left-over temporary file.
fn temporary_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .expect("ls")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("ropa-tmp"))
        .collect()
}

/// `ropa validate ROOT --today …` with extra arguments: exit status, stdout,
/// stderr.
fn validate_cli(root: &Path, extra: &[&str]) -> (Option<i32>, String, String) {
    let mut args = vec![
        "validate",
        root.to_str().expect("utf-8 path"),
        "--today",
        TODAY,
    ];
    args.extend_from_slice(extra);
    let out = common::ropa(&args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `line:col` of the first `-->` location for `rel` in human output.
fn location(out: &str, root: &Path, rel: &str) -> Option<(usize, usize)> {
    let want = format!("--> {}/{rel}:", root.display());
    let line = out.lines().find(|l| l.contains(&want))?;
    let rest = &line[line.find(&want)? + want.len()..];
    let (l, c) = rest.split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

/// The message of the finding located at `rel` (the line above `-->`).
fn message_at(out: &str, root: &Path, rel: &str) -> String {
    let want = format!("--> {}/{rel}:", root.display());
    let lines: Vec<&str> = out.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains(&want))
        .unwrap_or_else(|| panic!("no finding at {rel} in\n{out}"));
    lines[i.saturating_sub(1)].to_string()
}

/// Makes the other activity break a rule, so a finding there shows the
/// rest of the register was still checked.
fn break_other(root: &Path) {
    let a = activity("wrong-id", "Personale");
    fs::write(root.join(OTHER), text_of(&a)).expect("write");
}

fn assert_other_still_checked(out: &str, root: &Path) {
    assert!(
        location(out, root, OTHER).is_some(),
        "the other file was not checked:\n{out}"
    );
}

/// A register-controlled character that would act on a terminal.
fn raw_control(s: &str) -> Option<char> {
    s.chars().find(|c| c.is_control() && *c != '\n')
}

/// A tiny pseudo-random sequence, seeded from the clock (and printed, so a
/// failing run can be told apart).
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        eprintln!("random seed {seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// Whether this process may mount file systems (root in most containers).
fn can_mount(probe: &Path) -> bool {
    fs::create_dir_all(probe).expect("mkdir");
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(probe)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok {
        let _ = Command::new("umount").arg(probe).status();
    }
    ok
}

/// A mount at a path, undone when dropped, also when the test fails.
struct Mount(PathBuf);

impl Mount {
    /// Runs `mount ARGS… AT`.
    fn new(args: &[&str], at: &Path) -> Mount {
        let status = Command::new("mount")
            .args(args)
            .arg(at)
            .status()
            .expect("run mount");
        assert!(status.success(), "mount {args:?} failed");
        Mount(at.to_path_buf())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg(&self.0)
            .stderr(Stdio::null())
            .status();
    }
}

// ------------------------------------------------------ the child process

/// Not a test of its own: in a child process started by another test
/// (with `ROPA_FAULTS_CHILD=<task>:<register>` set) it does that task;
/// otherwise it returns at once.
#[test]
fn helper_child_process() {
    let Ok(spec) = std::env::var(CHILD) else {
        return;
    };
    isolate();
    let (task, root) = spec.split_once(':').expect("task:register");
    let root = Path::new(root);
    match task {
        // Save new versions of the main activity until killed.
        "save-loop" => {
            let start = version_of(&fs::read(root.join(ACT)).expect("read"));
            for n in start + 1.. {
                match save_now(root, ACT, &version(n)) {
                    Ok(_) => {}
                    Err(e) => {
                        println!("error: {e}");
                        std::process::exit(3);
                    }
                }
                if n == start + 1 {
                    println!("ready");
                }
            }
        }
        // Take baselines, say so, wait for `go`, then save one file.
        task if task.starts_with("save-at-go-") => {
            let which = &task["save-at-go-".len()..];
            let (rel, bytes) = match which {
                "main" => (ACT, version(1)),
                _ => (OTHER, other_version(1)),
            };
            let base = baseline(root, rel).expect("baseline");
            let loaded = load(root).expect("load");
            println!("ready");
            let go = root.join("../go");
            while !go.exists() {
                std::thread::sleep(Duration::from_millis(1));
            }
            match change::commit(
                root,
                &loaded.register,
                &edit(rel, &bytes),
                &[base],
                &change::Options::default(),
            ) {
                Ok(Outcome::Saved(_)) => println!("saved"),
                Ok(Outcome::NoChange | Outcome::Restored { .. }) => println!("unchanged"),
                Err(e) => println!("error: {e}"),
            }
        }
        // One save of a 1 MB record (compressing to little for git).
        "big-save" => {
            let big = text_of(&Activity {
                notes: Some("0123456789abcdef".repeat(65_536)),
                ..activity("kundeservice", "Kundeservice")
            });
            match save_now(root, ACT, big.as_bytes()) {
                Err(Refusal::Io { path, source }) => println!("io-error: {path}: {source}"),
                other => {
                    println!("unexpected: {other:?}");
                    std::process::exit(3);
                }
            }
        }
        other => panic!("unknown child task {other}"),
    }
}

/// Starts this test binary as a child doing `task` on `root`.
fn spawn_child(task: &str, root: &Path, shell_prefix: Option<&str>) -> Child {
    let exe = std::env::current_exe().expect("test binary");
    let mut cmd = match shell_prefix {
        Some(prefix) => {
            let mut c = Command::new("sh");
            c.arg("-c")
                .arg(format!("{prefix} exec \"$0\" \"$@\""))
                .arg(exe);
            c
        }
        None => Command::new(exe),
    };
    if task == "save-loop" {
        // The transaction names each of its steps on standard error and
        // pauses 20 ms in it, so a kill can be aimed at a step.
        cmd.env("ROPA_TEST_STEP_DELAY_US", "20000");
    }
    cmd.args([
        "helper_child_process",
        "--exact",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(CHILD, format!("{task}:{}", root.display()))
    .stdout(Stdio::piped())
    .stderr(if task == "save-loop" {
        Stdio::piped()
    } else {
        Stdio::inherit()
    })
    .spawn()
    .expect("spawn child")
}

/// Reads the child's output until a line ending in `want` (the test
/// harness may have printed `test helper_child_process ... ` before it).
fn wait_for_line(lines: &mut impl Iterator<Item = std::io::Result<String>>, want: &str) {
    for line in lines.by_ref() {
        let line = line.expect("child output");
        if line.ends_with(want) {
            return;
        }
        assert!(!line.contains("error: "), "child failed: {line}");
    }
    panic!("child ended before printing {want:?}");
}

// ------------------------------------------------------------ bad files

#[test]
fn truncated_record_is_a_located_error_and_the_rest_is_still_checked() {
    // Every sample file cut at 2/3 is also covered in tests/cli.rs.
    let (_dir, root) = plain();
    let text = fs::read_to_string(root.join(ACT)).expect("read");
    fs::write(root.join(ACT), &text[..text.len() / 2]).expect("truncate");
    break_other(&root);
    let (code, out, _) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    let (line, col) = location(&out, &root, ACT).expect("located");
    assert!(line > 1 && col >= 1, "{line}:{col}");
    assert!(
        message_at(&out, &root, ACT).contains("error[LOAD-001]"),
        "{out}"
    );
    assert_other_still_checked(&out, &root);
}

#[test]
fn empty_record_is_a_located_error() {
    let (_dir, root) = plain();
    for empty in ["", "  \n\n\t\n"] {
        fs::write(root.join(ACT), empty).expect("write");
        break_other(&root);
        let (code, out, _) = validate_cli(&root, &[]);
        assert_eq!(code, Some(1), "{out}");
        assert_eq!(location(&out, &root, ACT), Some((1, 1)), "{out}");
        assert!(message_at(&out, &root, ACT).contains("empty file"), "{out}");
        assert_other_still_checked(&out, &root);
    }
}

#[test]
fn binary_record_is_a_located_error() {
    let (_dir, root) = plain();
    break_other(&root);
    // A PNG header: not UTF-8 from the first byte.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(0..=255u8);
    fs::write(root.join(ACT), &png).expect("write");
    let (code, out, _) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(location(&out, &root, ACT), Some((1, 1)), "{out}");
    assert!(
        message_at(&out, &root, ACT).contains("not valid UTF-8"),
        "{out}"
    );
    assert_other_still_checked(&out, &root);

    // Binary that happens to be UTF-8: NULs and control characters.
    fs::write(root.join(ACT), b"\0\0\x01\x02\x1b[2J\x07\x7f Activity(\0)").expect("write");
    let (code, out, err) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(location(&out, &root, ACT).is_some(), "{out}");
    assert_eq!(raw_control(&out), None, "{out:?}");
    assert_eq!(raw_control(&err), None, "{err:?}");
    assert_other_still_checked(&out, &root);
}

#[test]
fn non_utf8_record_names_the_line_and_column_of_the_bad_byte() {
    let (_dir, root) = plain();
    break_other(&root);
    let text = fs::read_to_string(root.join(ACT)).expect("read");
    let (line_no, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("name: \"Kundeservice\""))
        .expect("name line");
    let col = line.find("Kundeservice").expect("name") + "Kunde".len();
    // "Kundeærvice" in Latin-1: the æ is the byte 0xE6, invalid in UTF-8.
    let mut bytes = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if i == line_no {
            bytes.extend_from_slice(&l.as_bytes()[..col]);
            bytes.push(0xe6);
            bytes.extend_from_slice(&l.as_bytes()[col + 1..]);
        } else {
            bytes.extend_from_slice(l.as_bytes());
        }
        bytes.push(b'\n');
    }
    fs::write(root.join(ACT), bytes).expect("write");
    let (code, out, _) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(
        location(&out, &root, ACT),
        Some((line_no + 1, col + 1)),
        "{out}"
    );
    assert!(
        message_at(&out, &root, ACT).contains("not valid UTF-8"),
        "{out}"
    );
    assert_other_still_checked(&out, &root);
}

#[test]
fn enormous_record_of_100_mb_is_refused_quickly_without_being_read() {
    let (_dir, root) = plain();
    break_other(&root);
    let size: u64 = 100 * 1024 * 1024;
    assert!(size > MAX_FILE_BYTES);
    // Sparse: takes no disk space and no time to write.
    let f = fs::File::create(root.join(ACT)).expect("create");
    f.set_len(size).expect("grow");
    drop(f);
    let start = Instant::now();
    let (code, out, _) = validate_cli(&root, &[]);
    let took = start.elapsed();
    assert_eq!(code, Some(1), "{out}");
    assert_eq!(location(&out, &root, ACT), Some((1, 1)), "{out}");
    let msg = message_at(&out, &root, ACT);
    assert!(
        msg.contains(&format!("file is {size} bytes")) && msg.contains("refused"),
        "{msg}"
    );
    assert_other_still_checked(&out, &root);
    assert!(took < Duration::from_secs(20), "validate took {took:?}");
}

#[test]
fn deeply_nested_record_is_an_error_not_a_stack_overflow() {
    let deep = |open: &str, n: usize| format!("Activity(id: {}", open.repeat(n));
    let texts = [
        "[".repeat(1_000_000),
        "(".repeat(1_000_000),
        deep("[", 1_000_000),
        deep("Some(", 200_000),
        deep("{\"a\": ", 200_000),
        format!("Activity(notes: Some({}))", "Some(".repeat(200_000)),
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
    ];
    // In-process, on a thread with the default 2 MiB stack of the TUI's
    // background loader.
    let texts_for_thread = texts.clone();
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            for text in &texts_for_thread {
                assert!(parse_record::<Activity>(text).is_err());
                assert!(parse_record::<Organisation>(text).is_err());
                let spans = SpanIndex::new(text);
                let _ = spans.find("purposes[0].text");
            }
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow while parsing");

    // And through the binary: a located error, the rest still checked.
    let (_dir, root) = plain();
    break_other(&root);
    fs::write(root.join(ACT), &texts[2]).expect("write");
    let (code, out, err) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert_eq!(location(&out, &root, ACT).map(|(l, _)| l), Some(1), "{out}");
    assert_other_still_checked(&out, &root);
}

#[test]
fn unknown_field_is_a_located_error_naming_the_field() {
    let (_dir, root) = plain();
    break_other(&root);
    let text = fs::read_to_string(root.join(ACT)).expect("read");
    let mut lines: Vec<&str> = text.lines().collect();
    lines.insert(3, "    colour: \"red\",");
    fs::write(root.join(ACT), lines.join("\n") + "\n").expect("write");
    let (code, out, _) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    let (line, col) = location(&out, &root, ACT).expect("located");
    assert_eq!(line, 4, "{out}");
    assert!(col >= 5, "{out}");
    let msg = message_at(&out, &root, ACT);
    assert!(msg.contains("LOAD-001") && msg.contains("colour"), "{msg}");
    assert_other_still_checked(&out, &root);
}

// ------------------------------------------------ out of the register

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).expect("ls").filter_map(|e| e.ok()) {
            let p = e.path();
            let t = e.file_type().expect("type");
            if t.is_dir() {
                stack.push(p);
            } else if t.is_file() {
                out.push((p.clone(), fs::read(&p).expect("read")));
            } else {
                out.push((p, Vec::new()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn ids_with_dot_dot_absolute_paths_nul_or_reserved_names_stay_inside_the_register() {
    let f = Fixture::new();
    let before = snapshot(f.dir.path());
    let commits = f.commits();
    // Paths the interface would build from such ids: an activity's file,
    // an organisation's file, or the id taken as a path.
    let ids = [
        "../escaped",
        "../../escaped",
        "../../../../../../tmp/ropa-escaped",
        "/tmp/ropa-escaped",
        "/etc/passwd",
        "x/../../escaped",
        "a\0b",
        "con",
        "NUL",
        "aux",
        "Com1",
        "lpt9",
        "prn",
    ];
    let mut paths: Vec<String> = ids
        .iter()
        .flat_map(|id| {
            [
                format!("acme/activities/{id}.ron"),
                format!("{id}/organisation.ron"),
                format!("{id}/activities/x.ron"),
                id.to_string(),
            ]
        })
        .collect();
    for org in [".git", ".GIT", "..", ".", ""] {
        paths.push(format!("{org}/organisation.ron"));
        paths.push(format!("{org}/activities/x.ron"));
    }
    paths.extend(["acme\\..\\..\\x.ron".to_string(), "nul.ron".into()]);
    for rel in &paths {
        let err = baseline(&f.root, rel).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel:?}: {err:?}");
        let err = commit(&f.root, &edit(rel, b"Activity()\n"), &[], true).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel:?}: {err:?}");
        assert!(err.to_string().contains("inside the register"), "{err}");
        let err = commit(&f.root, &removal(rel), &[], true).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel:?}: {err:?}");
    }
    // The same ids given to a form: refused as ids, or as the paths they
    // would make.
    for id in ids {
        let err = commit(&f.root, &new_activity(activity(id, "Bad")), &[], true).expect_err(id);
        assert!(
            matches!(err, Refusal::BadId { .. } | Refusal::BadPath(_)),
            "{id:?}: {err:?}"
        );
        let org = Organisation {
            id: id.into(),
            ..common::clean_org()
        };
        let err = commit(
            &f.root,
            &Intent::SaveOrganisation {
                org: None,
                original: None,
                record: Box::new(org),
            },
            &[],
            true,
        )
        .expect_err(id);
        assert!(
            matches!(err, Refusal::BadId { .. } | Refusal::BadPath(_)),
            "{id:?}: {err:?}"
        );
    }
    assert!(!Path::new("/tmp/ropa-escaped.ron").exists());
    // Nothing but ropa's own (empty) lock file in the git folder, which
    // every save takes before it looks at the change.
    let lock_file = f.repo.path().join(change::lock::LOCK_FILE);
    let after: Vec<_> = snapshot(f.dir.path())
        .into_iter()
        .filter(|(p, bytes)| !(*p == lock_file && bytes.is_empty()))
        .collect();
    assert_eq!(after, before, "something was written");
    assert_eq!(f.commits(), commits);

    // Records whose own id is such a string, under ordinary file names: the
    // validator names them, and the loader reads nothing but the register.
    let (_dir, root) = plain();
    for (i, id) in ["../escaped", "/etc/passwd", "a\0b", ".git"]
        .iter()
        .enumerate()
    {
        let rel = format!("acme/activities/bad-{i}.ron");
        fs::write(root.join(&rel), text_of(&activity(id, "Bad"))).expect("write");
    }
    let (code, out, _) = validate_cli(&root, &[]);
    assert_eq!(code, Some(1), "{out}");
    for i in 0..4 {
        let rel = format!("acme/activities/bad-{i}.ron");
        assert!(location(&out, &root, &rel).is_some(), "{rel}: {out}");
    }
    assert!(out.contains("STR-004"), "{out}");
    assert!(!out.contains("root:x:0:0"), "{out}");
    assert_eq!(raw_control(&out), None, "{out:?}");
}

#[test]
fn symlinks_out_of_the_register_are_neither_read_nor_written() {
    let f = Fixture::new();
    let outside = f.dir.path().join("outside");
    fs::create_dir_all(outside.join("acts")).expect("mkdir");
    fs::create_dir_all(outside.join("org")).expect("mkdir");
    let secret = text_of(&activity("secret", "TOP SECRET activity"));
    let secret_org = text_of(&Organisation {
        name: "TOP SECRET organisation".into(),
        ..common::clean_org()
    });
    fs::write(outside.join("secret.ron"), &secret).expect("write");
    fs::write(outside.join("acts/secret.ron"), &secret).expect("write");
    fs::write(outside.join("org/organisation.ron"), &secret_org).expect("write");
    let link = |target: &Path, rel: &str| {
        let p = f.path(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::os::unix::fs::symlink(target, p).expect("symlink");
    };
    // A record file, an activities folder, an organisation file and a
    // whole organisation folder, each a link out of the register.
    link(&outside.join("secret.ron"), "acme/activities/link.ron");
    fs::create_dir_all(f.path("beta")).expect("mkdir");
    fs::write(
        f.path("beta/organisation.ron"),
        text_of(&common::clean_org()),
    )
    .expect("write");
    link(&outside.join("acts"), "beta/activities");
    fs::create_dir_all(f.path("gamma")).expect("mkdir");
    link(
        &outside.join("org/organisation.ron"),
        "gamma/organisation.ron",
    );
    link(&outside.join("org"), "delta");
    let before = snapshot(&outside);

    let (code, out, err) = validate_cli(&f.root, &[]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(!out.contains("TOP SECRET"), "read through a link:\n{out}");
    for rel in [
        "acme/activities/link.ron",
        "beta/activities",
        "gamma/organisation.ron",
        "delta/organisation.ron",
    ] {
        let msg = message_at(&out, &f.root, rel);
        assert!(msg.contains("symbolic link"), "{rel}: {msg}");
    }
    let loaded = load(&f.root).expect("load");
    let names: Vec<&str> = loaded
        .register
        .organisations
        .iter()
        .flat_map(|o| o.activities.iter().map(|a| a.activity.name.as_str()))
        .collect();
    assert!(!names.iter().any(|n| n.contains("SECRET")), "{names:?}");

    // Saves through the links are refused; nothing outside changes.
    for rel in [
        "acme/activities/link.ron",
        "beta/activities/secret.ron",
        "beta/activities/new.ron",
        "gamma/organisation.ron",
        "delta/organisation.ron",
        "delta/activities/new.ron",
    ] {
        let err = baseline(&f.root, rel).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel}: {err:?}");
        let overwrite = text_of(&activity("secret", "Overwritten"));
        let err = commit(&f.root, &edit(rel, overwrite.as_bytes()), &[], true).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel}: {err:?}");
        let err = commit(&f.root, &removal(rel), &[], true).expect_err(rel);
        assert!(matches!(err, Refusal::BadPath(_)), "{rel}: {err:?}");
    }
    assert_eq!(snapshot(&outside), before);
    assert_eq!(f.commits(), 1);
}

// --------------------------------------------------- read-only and full

#[test]
fn read_only_file_is_not_overwritten_and_the_save_says_why() {
    let f = Fixture::new();
    let path = f.path(ACT);
    let old = f.read(ACT);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let err = save_now(&f.root, ACT, &version(1)).expect_err("read-only");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod back");
    assert!(matches!(err, Refusal::Io { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains(ACT) && text.contains("read-only"), "{text}");
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert_eq!(f.commits(), 1);
    assert!(temporary_files(&f.path("acme/activities")).is_empty());
    assert!(f.clean());
}

#[test]
fn read_only_folder_refuses_new_and_changed_files_and_the_save_says_why() {
    let f = Fixture::new();
    let dir = f.path("acme/activities");
    let old = f.read(ACT);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o555)).expect("chmod");
    let changed = save_now(&f.root, ACT, &version(1));
    let new = commit(&f.root, &new_activity(activity("ny", "Ny")), &[], false);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod back");
    for result in [changed, new] {
        let err = result.expect_err("read-only folder");
        assert!(matches!(err, Refusal::Io { .. }), "{err:?}");
        assert!(err.to_string().contains("read-only"), "{err}");
    }
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert!(!f.path("acme/activities/ny.ron").exists());
    assert_eq!(f.commits(), 1);
    assert!(temporary_files(&dir).is_empty());
    assert!(f.clean());
}

#[test]
fn read_only_file_system_refuses_the_save_even_for_root() {
    // Permission bits do not stop root; a read-only mount does.
    let f = Fixture::new();
    if !can_mount(&f.dir.path().join("probe")) {
        eprintln!("skipped: cannot mount here (not root); permission bits are covered above");
        return;
    }
    let dir = f.path("acme/activities");
    let old = f.read(ACT);
    let _bind = Mount::new(&["--bind", dir.to_str().expect("utf-8")], &dir);
    let _ro = Mount::new(&["-o", "remount,bind,ro"], &dir);
    let err = save_now(&f.root, ACT, &version(1)).expect_err("read-only file system");
    assert!(matches!(err, Refusal::Io { .. }), "{err:?}");
    assert!(err.to_string().contains(ACT), "{err}");
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert_eq!(f.commits(), 1);
    assert!(temporary_files(&dir).is_empty());
}

#[test]
fn disk_full_during_a_write_keeps_the_old_file_and_no_temporary_file() {
    isolate();
    let dir = tempfile::tempdir().expect("tempdir");
    if !can_mount(&dir.path().join("probe")) {
        eprintln!(
            "skipped: cannot mount a tmpfs here (not root); \
             write_failing_half_way_keeps_the_old_file covers a failing write"
        );
        return;
    }
    // The register on a 256 KiB tmpfs, its git folder elsewhere, so only
    // the record's own write meets the full disk.
    let work = dir.path().join("small-disk");
    fs::create_dir_all(&work).expect("mkdir");
    let _tmpfs = Mount::new(&["-t", "tmpfs", "-o", "size=256k", "tmpfs"], &work);
    let gitdir = dir.path().join("git");
    let out = git_in(
        dir.path(),
        &[
            "init",
            "--separate-git-dir",
            gitdir.to_str().expect("utf-8"),
            work.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{out:?}");
    write_register(&work);
    let repo = Repository::open(&work).expect("open");
    let mut cfg = repo.config().expect("config");
    cfg.set_str("user.name", "Ada Lawyer").expect("name");
    cfg.set_str("user.email", "ada@example.org").expect("email");
    let first = commit_all(&repo, "initial");
    let old = fs::read(work.join(ACT)).expect("read");

    // About 1 MB that git compresses to a few KB.
    let big = text_of(&Activity {
        notes: Some("0123456789abcdef".repeat(65_536)),
        ..activity("kundeservice", "Kundeservice")
    });
    let err = save_now(&work, ACT, big.as_bytes()).expect_err("disk full");
    let Refusal::Io { path, source } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(path, ACT);
    assert_eq!(source.kind(), std::io::ErrorKind::StorageFull, "{source}");
    assert_same(fs::read(work.join(ACT)).ok(), Some(&old), "old file");
    assert!(temporary_files(&work.join("acme/activities")).is_empty());
    assert_eq!(repo.head().expect("head").target(), Some(first));

    // The repository stays usable: a save that fits goes through.
    let small = text_of(&activity("kundeservice", "Kundeservice efter"));
    let saved = save_now(&work, ACT, small.as_bytes()).expect("save");
    assert!(matches!(saved, Outcome::Saved(_)), "{saved:?}");
    assert_same(
        fs::read(work.join(ACT)).ok(),
        Some(small.as_bytes()),
        "new file",
    );
    // Committed at the file's own path: the work tree is the folder the
    // `.git` file is in, not the git folder's parent.
    let show = git_in(&work, &["show", &format!("HEAD:{ACT}")]);
    assert!(show.status.success(), "{show:?}");
    assert_same(Some(show.stdout), Some(small.as_bytes()), "committed");
    let status = git_in(&work, &["status", "--porcelain"]);
    assert_eq!(String::from_utf8_lossy(&status.stdout), "", "{status:?}");
}

#[test]
fn write_failing_half_way_keeps_the_old_file_and_no_temporary_file() {
    // The failing writer, wherever this runs: a child process whose file
    // size limit (`ulimit -f`, 64 KiB at most) stops the 1 MB record half
    // way, with SIGXFSZ ignored so the write fails instead.
    let f = Fixture::new();
    let old = f.read(ACT);
    let child = spawn_child("big-save", &f.root, Some("trap '' XFSZ; ulimit -f 128 &&"));
    let out = child.wait_with_output().expect("child");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("io-error: ") && stdout.contains(ACT),
        "{stdout}"
    );
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert!(temporary_files(&f.path("acme/activities")).is_empty());
    assert_eq!(f.commits(), 1);
    assert!(f.clean());
}

// ------------------------------------------------------------- git state

#[test]
fn stale_index_lock_makes_the_save_wait_then_refuse_clearly_and_nothing_is_written() {
    // A lock another program holds for a moment only delays a save (see
    // tests/transaction_faults.rs); one left behind is waited for about
    // three seconds, then named.
    let f = Fixture::new();
    let lock = f.repo.path().join("index.lock");
    fs::write(&lock, "").expect("lock");
    let old = f.read(ACT);
    let index = fs::read(f.repo.path().join("index")).expect("index");
    let start = Instant::now();
    let err = save_now(&f.root, ACT, &version(1)).expect_err("locked");
    let waited = start.elapsed();
    let Refusal::GitLocked(named) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        fs::canonicalize(named).expect("named lock"),
        fs::canonicalize(&lock).expect("lock")
    );
    assert!(
        waited >= Duration::from_secs(3) && waited < Duration::from_secs(20),
        "waited {waited:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("index.lock") && text.contains("delete that file"),
        "{text}"
    );
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert_eq!(f.commits(), 1);
    assert_eq!(fs::read(&lock).expect("lock"), b"", "not ropa's to touch");
    assert_eq!(fs::read(f.repo.path().join("index")).expect("index"), index);
    fs::remove_file(&lock).expect("unlock");
    assert_no_transaction_left(f.repo.path(), "after the refusal");
    let saved = save_now(&f.root, ACT, &version(1)).expect("save after unlocking");
    assert!(matches!(saved, Outcome::Saved(_)), "{saved:?}");
    assert_eq!(f.commits(), 2);
    assert!(f.clean());
}

#[test]
fn detached_head_refuses_the_save_so_it_cannot_be_lost() {
    let f = Fixture::new();
    f.repo.set_head_detached(f.head()).expect("detach");
    let head = f.head();
    let old = f.read(ACT);
    let err = save_now(&f.root, ACT, &version(1)).expect_err("detached");
    assert!(matches!(err, Refusal::DetachedHead), "{err:?}");
    assert!(err.to_string().contains("git switch"), "{err}");
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert_eq!(f.head(), head);
    assert!(f.clean());
}

/// Two branches that change the main activity differently.
fn diverge(f: &Fixture) -> String {
    let branch = f
        .repo
        .head()
        .expect("head")
        .shorthand()
        .expect("branch")
        .to_string();
    let run = |args: &[&str]| {
        let out = f.git(args);
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    run(&["checkout", "-q", "-b", "side"]);
    fs::write(f.path(ACT), version(10)).expect("write");
    run(&["commit", "-q", "-am", "side"]);
    run(&["checkout", "-q", &branch]);
    fs::write(f.path(ACT), version(20)).expect("write");
    run(&["commit", "-q", "-am", "main"]);
    branch
}

#[test]
fn merge_in_progress_refuses_the_save() {
    let f = Fixture::new();
    diverge(&f);
    let out = f.git(&["merge", "side"]);
    assert!(!out.status.success(), "expected a merge conflict");
    let head = f.head();
    let other = f.read(OTHER);
    let err = save_now(&f.root, OTHER, &other_version(1)).expect_err("merging");
    assert!(matches!(err, Refusal::Busy(_)), "{err:?}");
    assert!(err.to_string().contains("middle of a merge"), "{err}");
    assert_same(f.read(OTHER), other.as_deref(), "old file");
    assert_eq!(f.head(), head);
    assert!(f.git(&["merge", "--abort"]).status.success());
    let saved = save_now(&f.root, OTHER, &other_version(1)).expect("save after the merge");
    assert!(matches!(saved, Outcome::Saved(_)), "{saved:?}");
}

#[test]
fn rebase_in_progress_refuses_the_save() {
    let f = Fixture::new();
    diverge(&f);
    let out = f.git(&["rebase", "side"]);
    assert!(!out.status.success(), "expected a rebase conflict");
    let other = f.read(OTHER);
    let err = save_now(&f.root, OTHER, &other_version(1)).expect_err("rebasing");
    assert!(matches!(err, Refusal::Busy(_)), "{err:?}");
    assert!(err.to_string().contains("middle of a rebase;"), "{err}");
    assert_same(f.read(OTHER), other.as_deref(), "old file");
    assert!(f.git(&["rebase", "--abort"]).status.success());
    let saved = save_now(&f.root, OTHER, &other_version(1)).expect("save after the rebase");
    assert!(matches!(saved, Outcome::Saved(_)), "{saved:?}");
}

#[test]
fn no_git_identity_writes_nothing_and_says_how_to_set_one() {
    // Also tests/save_identity.rs (machine-wide config) and
    // tests/edit_identity.rs (through the interface).
    let f = Fixture::without_identity();
    assert!(f.repo.signature().is_err(), "an identity leaked in");
    let old = f.read(ACT);
    let err = save_now(&f.root, ACT, &version(1)).expect_err("no identity");
    assert!(matches!(err, Refusal::NoIdentity), "{err:?}");
    assert!(err.to_string().contains("git config --global user.email"));
    assert_same(f.read(ACT), old.as_deref(), "old file");
    assert_eq!(f.commits(), 1);
    assert!(f.clean());
}

// ---------------------------------------------------------- two at once

#[test]
fn two_saves_at_the_same_moment_to_different_files_both_land() {
    let f = Fixture::new();
    let rounds: u64 = 12;
    for round in 1..=rounds {
        let barrier = Arc::new(Barrier::new(2));
        let savers: Vec<_> = [(ACT, version(round)), (OTHER, other_version(round))]
            .into_iter()
            .map(|(rel, bytes)| {
                let root = f.root.clone();
                let barrier = Arc::clone(&barrier);
                std::thread::spawn(move || {
                    // Both baselines and registers from the same state.
                    let base = baseline(&root, rel).expect("baseline");
                    let loaded = load(&root).expect("load");
                    barrier.wait();
                    change::commit(
                        &root,
                        &loaded.register,
                        &edit(rel, &bytes),
                        &[base],
                        &change::Options::default(),
                    )
                })
            })
            .collect();
        for saver in savers {
            let result = saver.join().expect("saver thread");
            assert!(landed(&result), "round {round}: {result:?}");
        }
    }
    assert_same(f.read(ACT), Some(&version(rounds)), "last version");
    assert_same(f.read(OTHER), Some(&other_version(rounds)), "last version");
    assert_eq!(f.commits(), 1 + 2 * rounds as usize);
    assert!(f.clean(), "the index lost one of the saves");
}

#[test]
fn two_saves_at_the_same_moment_to_the_same_file_one_lands_the_other_is_told() {
    let f = Fixture::new();
    for round in 1..=8u64 {
        let barrier = Arc::new(Barrier::new(2));
        let contents = [version(2 * round), version(2 * round + 1)];
        let savers: Vec<_> = contents
            .iter()
            .cloned()
            .map(|bytes| {
                let root = f.root.clone();
                let barrier = Arc::clone(&barrier);
                std::thread::spawn(move || {
                    let base = baseline(&root, ACT).expect("baseline");
                    let loaded = load(&root).expect("load");
                    barrier.wait();
                    change::commit(
                        &root,
                        &loaded.register,
                        &edit(ACT, &bytes),
                        &[base],
                        &change::Options::default(),
                    )
                })
            })
            .collect();
        let results: Vec<_> = savers
            .into_iter()
            .map(|s| s.join().expect("saver thread"))
            .collect();
        let landed: Vec<usize> = (0..2).filter(|&i| landed(&results[i])).collect();
        assert_eq!(landed.len(), 1, "round {round}: {results:?}");
        let told = &results[1 - landed[0]];
        assert!(
            matches!(told, Err(Refusal::Conflict { .. } | Refusal::HeadMoved)),
            "round {round}: {told:?}"
        );
        // The first saver's bytes, whole.
        assert_same(
            f.read(ACT),
            Some(&contents[landed[0]]),
            "the first saver's file",
        );
        assert_eq!(f.commits(), 1 + round as usize);
        assert!(f.clean());
    }
}

#[test]
fn two_ropa_processes_saving_at_the_same_moment_lose_nothing() {
    let f = Fixture::new();
    let go = f.work.join("go");
    let mut children: Vec<Child> = ["main", "other"]
        .iter()
        .map(|w| spawn_child(&format!("save-at-go-{w}"), &f.root, None))
        .collect();
    let mut outputs = Vec::new();
    for child in &mut children {
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        wait_for_line(&mut lines, "ready");
        outputs.push(lines);
    }
    fs::write(&go, "").expect("go");
    for (child, lines) in children.iter_mut().zip(outputs) {
        let rest: Vec<String> = lines.map_while(Result::ok).collect();
        assert!(child.wait().expect("child").success());
        assert!(rest.iter().any(|l| l.ends_with("saved")), "{rest:?}");
    }
    fs::remove_file(&go).expect("rm go");
    assert_same(f.read(ACT), Some(&version(1)), "first process");
    assert_same(f.read(OTHER), Some(&other_version(1)), "second process");
    assert_eq!(f.commits(), 3);
    assert!(f.clean());
}

// --------------------------------------------------------------- SIGKILL

/// The journal a killed transaction left, if any.
fn journal(gitdir: &Path) -> Option<Journal> {
    let bytes = fs::read(Journal::path(gitdir)).ok()?;
    Some(serde_json::from_slice(&bytes).expect("a journal is whole or absent"))
}

#[test]
fn sigkill_during_a_save_leaves_at_most_a_journal_the_next_ropa_finishes_or_undoes() {
    let f = Fixture::new();
    let gitdir = f.repo.path().to_path_buf();
    let mut rng = Rng::new();
    // Steps of the transaction after its journal is written.
    let steps = [
        "index-lock",
        "files",
        "file-written",
        "index",
        "branch",
        "index-rename",
        "cleanup",
    ];
    let rounds: u64 = 12;
    let mut interrupted: u64 = 0;
    for round in 0..rounds {
        let mut child = spawn_child("save-loop", &f.root, None);
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let mut steps_seen = BufReader::new(child.stderr.take().expect("stderr")).lines();
        let started = Instant::now();
        wait_for_line(&mut lines, "ready");
        // Every other round the kill lands inside a step of the second
        // save (the first save named every step already); the others at a
        // random moment of the next save or two (the first took about as
        // long as starting the child and saving once).
        let aimed = (round % 2 == 1).then(|| steps[rng.below(steps.len() as u64) as usize]);
        let what = format!(
            "round {round} (killed in {})",
            aimed.unwrap_or("a random moment")
        );
        match aimed {
            Some(step) => {
                let want = format!("ropa-step {step}");
                let mut seen = 0;
                for line in steps_seen.by_ref() {
                    if line.expect("child stderr").ends_with(&want) {
                        seen += 1;
                        if seen == 2 {
                            break;
                        }
                    }
                }
                assert_eq!(seen, 2, "{what}: the child never reached the step");
                std::thread::sleep(Duration::from_micros(rng.below(15_000)));
            }
            None => {
                let once = started.elapsed().as_micros() as u64;
                std::thread::sleep(Duration::from_micros(rng.below(2 * once.max(1))));
            }
        }
        let kill = Command::new("kill")
            .args(["-9", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(kill.success());
        let status = child.wait().expect("wait");
        assert_eq!(status.signal(), Some(9), "{what}: {status:?}");
        drop(lines);
        drop(steps_seen);

        // Before any ropa runs again. The file is one whole version (old
        // or new), never a mix.
        version_of(&f.read(ACT).expect("the file exists"));
        // Of the transaction, at most its journal and the files it names
        // are left.
        let left = journal(&gitdir);
        interrupted += u64::from(left.is_some());
        assert!(
            aimed.is_none() || left.is_some(),
            "{what}: killed inside the transaction, but it left no journal"
        );
        for e in fs::read_dir(&gitdir).expect("ls .git").flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if let Some(token) = name
                .strip_prefix(BUILD_PREFIX)
                .or_else(|| name.strip_prefix(INDEX_PREFIX))
            {
                assert_eq!(
                    left.as_ref().map(|j| j.token.as_str()),
                    Some(token),
                    "{what}: {name} without its journal"
                );
            }
        }
        // Wherever the work tree or index differ from HEAD, git's index
        // lock is held and the journal says how to finish, so `git commit`
        // cannot record the difference meanwhile.
        let porcelain = f.git(&["status", "--porcelain"]);
        assert!(porcelain.status.success(), "{what}: {porcelain:?}");
        let porcelain = String::from_utf8_lossy(&porcelain.stdout).into_owned();
        let differs = porcelain
            .lines()
            .any(|l| !(l.starts_with("?? ") && l.contains(".ropa-tmp-")));
        if differs {
            assert!(
                gitdir.join("index.lock").exists() && left.is_some(),
                "{what}: the work tree or index differs from HEAD without the lock held and \
                 a journal:\n{porcelain}"
            );
            let commit = f.git(&["commit", "-qam", "would record the difference"]);
            assert!(!commit.status.success(), "{what}: git commit ran");
        }
        // git still works on the repository.
        let fsck = f.git(&["fsck", "--no-progress"]);
        assert!(fsck.status.success(), "{what}: {fsck:?}");
        // The register loads; a left-over temporary file is not a record.
        let loaded = load(&f.root).expect("load");
        assert!(loaded.errors.is_empty(), "{what}: {:?}", loaded.errors);

        // The next ropa finishes or undoes it: at start, or in its first
        // commit (here of the other activity, on the register as loaded
        // before).
        if (round / 2) % 2 == 0 {
            let recovered = change::recover(&f.root).expect("recover");
            assert_eq!(recovered.is_some(), left.is_some(), "{what}: {recovered:?}");
            eprintln!("{what}: recovered at start: {recovered:?}");
        } else {
            let s = match change::commit(
                &f.root,
                &loaded.register,
                &edit(OTHER, &other_version(round)),
                &[],
                &change::Options::default(),
            )
            .expect("the other activity saved")
            {
                Outcome::Saved(s) => s,
                Outcome::NoChange | Outcome::Restored { .. } => panic!("{what}: no change"),
            };
            assert_eq!(s.recovered.is_some(), left.is_some(), "{what}: {s:?}");
            eprintln!("{what}: recovered by a commit: {:?}", s.recovered);
            assert_same(f.read(OTHER), Some(&other_version(round)), &what);
        }
        assert!(f.clean(), "{what}: {:?}", f.git(&["status", "--porcelain"]));
        assert_no_transaction_left(&gitdir, &what);
        assert!(
            temporary_files(&f.path("acme/activities")).is_empty(),
            "{what}: temporary file left"
        );
        let head = f.repo.head().expect("head").peel_to_tree().expect("tree");
        let blob = head
            .get_path(Path::new(&format!("registry/{ACT}")))
            .expect("in HEAD")
            .id();
        let committed = f.repo.find_blob(blob).expect("blob").content().to_vec();
        let on_disk = version_of(&f.read(ACT).expect("the file exists"));
        assert_same(f.read(ACT), Some(&committed), &what);

        // And the next save just works: no lock to remove by hand.
        let next = version(on_disk + 1000);
        let saved = save_now(&f.root, ACT, &next).expect("save after the kill");
        assert!(matches!(saved, Outcome::Saved(_)), "{what}: {saved:?}");
        assert_same(f.read(ACT), Some(&next), "saved after the kill");
        let head = f.repo.head().expect("head").peel_to_tree().expect("tree");
        let blob = head
            .get_path(Path::new(&format!("registry/{ACT}")))
            .expect("in HEAD")
            .id();
        let committed = f.repo.find_blob(blob).expect("blob").content().to_vec();
        assert_same(Some(committed), Some(&next), "committed after the kill");
        assert!(f.clean(), "{what}: {:?}", f.git(&["status"]));
    }
    eprintln!("{interrupted} of {rounds} kills interrupted a transaction");
    assert!(interrupted >= rounds / 2, "{interrupted} of {rounds}");
}

// ------------------------------------------------------ escape sequences

#[test]
fn escape_sequences_in_register_text_never_reach_the_terminal_raw() {
    let (_dir, root) = plain();
    let nasty = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{9b}31m\r\u{8}";
    let org = Organisation {
        name: format!("Acme {nasty}"),
        ..common::clean_org()
    };
    let evil_id = "evil\u{1b}[2J";
    let mut acts = vec![
        Activity {
            name: format!("Kundeservice {nasty}"),
            notes: Some(nasty.into()),
            ..activity("kundeservice", "x")
        },
        // An id (and so a file name) with an escape sequence.
        activity(evil_id, &format!("Evil {nasty}")),
    ];
    acts[0].purposes[0].text = format!("Formål {nasty}");
    common::write_register(&root, &org, &acts);
    fs::remove_file(root.join(OTHER)).ok();
    // A broken file whose name and content are escape sequences.
    fs::write(
        root.join("acme/activities/bad\u{1b}[5m.ron"),
        format!("Activity(name: \"{nasty}\" {nasty}"),
    )
    .expect("write");

    for format in ["human", "json", "github"] {
        let (code, out, err) = validate_cli(&root, &["--format", format]);
        assert_eq!(code, Some(1), "{format}: {out}");
        assert_eq!(raw_control(&out), None, "{format}: {out:?}");
        assert_eq!(raw_control(&err), None, "{format}: {err:?}");
        if format != "json" {
            assert!(
                out.contains("\\u{1b}[2J"),
                "{format}: escaped form shown: {out}"
            );
        }
    }

    // The overview printed when not on a terminal.
    let out = common::ropa(&["--registry", root.to_str().expect("utf-8")]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(raw_control(&text), None, "{text:?}");
    assert!(text.contains("Acme \\u{1b}[2J"), "{text}");

    // The terminal interface: nothing raw in any cell of any screen.
    let loaded = load(&root).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse(TODAY).expect("date"),
            strict: false,
        },
    );
    let mut app = App::new(root.display().to_string());
    app.loaded = Some(loaded.into());
    app.set_report(report);
    let press = |app: &mut App, keys_: &[KeyCode]| {
        for k in keys_ {
            app.handle_key(KeyEvent::new(*k, KeyModifiers::NONE));
        }
    };
    let steps: [&[KeyCode]; 6] = [
        &[],
        &[KeyCode::Enter],
        &[KeyCode::Enter],
        &[KeyCode::Esc, KeyCode::Char('j'), KeyCode::Enter],
        &[KeyCode::Char('p')],
        &[KeyCode::Esc, KeyCode::Char('?')],
    ];
    for (i, step) in steps.iter().enumerate() {
        press(&mut app, step);
        for (w, h) in [(80, 24), (160, 50)] {
            let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
            t.draw(|fr| draw(fr, &mut app, &Theme::default()))
                .expect("draw");
            let buf = t.backend().buffer().clone();
            for y in 0..h {
                for x in 0..w {
                    let s = buf[(x, y)].symbol();
                    assert_eq!(
                        raw_control(s),
                        None,
                        "screen {i} at {w}x{h}, cell ({x},{y}): {s:?}"
                    );
                }
            }
        }
    }
}
