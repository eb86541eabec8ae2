//! A validation report kept between runs, so that `ropa validate` on a
//! register nobody changed answers without reading its files again.
//!
//! The report is stored in the repository's git folder
//! (`ropa/validate-<register>.json`, never in the work tree), under a key
//! made of what the findings depend on: ropa's own program, the run's
//! settings (the day, `--strict`), and the stat data of every file and
//! folder the loader reads, as git's index keeps it (size, modification
//! and change times, inode, type). A file written since gives other stat
//! data and a miss.
//!
//! The cache is an optimisation only. A missing, unreadable, corrupt or
//! foreign cache file is a miss; a miss validates the register as if there
//! were no cache and writes the cache again. A cache is not written while
//! a file is younger than [`RACY`]: a file changed again within its
//! timestamp's granularity could keep its stat data, and git's index
//! distrusts such "racily clean" entries for the same reason.

use std::collections::HashSet;
use std::fs::{self, Metadata};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

use super::msg::{Msg, MsgArg};
use super::stream::validate_folders;
use super::{Ack, Finding, FindingKind, Options, RULES, Report, Severity};
use crate::register::load::{ACTIVITIES_DIR, FatalError, ORGANISATION_FILE, SourceFile};
use crate::register::write::write_atomic;

/// Files changed this recently keep a cache from being written.
pub const RACY: Duration = Duration::from_secs(2);

/// The version of the stored form; a different one is a miss.
const FORMAT: u32 = 2;

/// Whether a run's report came from the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Read from the cache: the register is as it was.
    Cache,
    /// Validated now (and stored, when it could be).
    Validated,
    /// Validated now; no cache is used for this register (not in a git
    /// work tree, or the caller asked for none).
    Uncached,
}

/// Validates the register at `root` under `opts`, answering from the
/// cache when nothing it depends on changed. With `use_cache` false the
/// cache is neither read nor written.
pub fn validate_at(
    root: &Path,
    opts: &Options,
    use_cache: bool,
) -> Result<(Report, Source), FatalError> {
    validate_with_lines(root, opts, use_cache).map(|c| (c.report, c.source))
}

/// A report with the source line each finding points at.
#[derive(Debug, Clone)]
pub struct Checked {
    /// The findings.
    pub report: Report,
    /// For each finding, in the report's order, the line of its file it
    /// is placed on, as the text judged held it (without its line break);
    /// `None` where that text is not at hand (a file that did not load, a
    /// finding with no place, a line too long to keep): the line is then
    /// read from the file when it is shown.
    pub lines: Vec<Option<String>>,
    /// Whether the report came from the cache.
    pub source: Source,
}

/// Lines longer than this are not kept with the report (the cache would
/// grow with them): they are read from the file when shown.
const MAX_KEPT_LINE: usize = 4096;

/// [`validate_at`], with the line of each finding's place: a report
/// printed with its source lines needs no file read again, also when it
/// comes from the cache.
pub fn validate_with_lines(
    root: &Path,
    opts: &Options,
    use_cache: bool,
) -> Result<Checked, FatalError> {
    // The cache is written before this returns.
    validate_storing(root, opts, use_cache).map(|(checked, _storing)| checked)
}

/// The cache being written, on a thread of its own, while the caller
/// goes on (prints the report): dropping it waits for the write.
#[derive(Debug, Default)]
pub struct Storing(Option<std::thread::JoinHandle<()>>);

impl Drop for Storing {
    fn drop(&mut self) {
        if let Some(write) = self.0.take() {
            // A write that failed leaves no cache or the old one: a miss.
            let _ = write.join();
        }
    }
}

/// [`validate_with_lines`], with the cache (when one is kept) written on
/// a thread of its own: it is complete once the returned [`Storing`] is
/// dropped.
pub fn validate_storing(
    root: &Path,
    opts: &Options,
    use_cache: bool,
) -> Result<(Checked, Storing), FatalError> {
    let place = if use_cache { cache_file(root) } else { None };
    let Some(file) = place else {
        let streamed = validate_folders(root, opts)?;
        let checked = Checked {
            report: streamed.report,
            lines: streamed.lines,
            source: Source::Uncached,
        };
        return Ok((checked, Storing::default()));
    };
    // What the files look like is taken before they are read: a file
    // written after this gives other stat data next time, never a stale
    // hit.
    let started = SystemTime::now();
    let print = fingerprint(root, opts);
    let print = print.filter(|p| !p.links);
    if let Some(print) = &print
        && let Some((report, lines)) = read(&file, &print.key)
    {
        let checked = Checked {
            report,
            lines,
            source: Source::Cache,
        };
        return Ok((checked, Storing::default()));
    }
    let streamed = validate_folders(root, opts)?;
    let checked = Checked {
        report: streamed.report,
        lines: streamed.lines,
        source: Source::Validated,
    };
    // A file that could not be read now (too many open files, a
    // permission) may be read next time with the same stat data: such a
    // report is not kept.
    if streamed.unreadable {
        return Ok((checked, Storing::default()));
    }
    // A file written within RACY of the start could be written again
    // without its stat data changing: no cache then.
    let mut storing = Storing::default();
    if let Some(print) = print
        && print.youngest.is_none_or(|t| t + RACY <= started)
    {
        let (report, lines) = (checked.report.clone(), checked.lines.clone());
        storing.0 = Some(std::thread::spawn(move || {
            write(&file, &print.key, &report, &lines);
        }));
    }
    Ok((checked, storing))
}

/// The line each finding of `report` is placed on, from the texts
/// `loaded` holds (see [`Checked::lines`]). Findings placed at a file's
/// first character (a whole record, a missing field) show no line and
/// get none.
#[cfg(test)]
pub(crate) fn lines_of(
    loaded: &crate::register::load::Loaded,
    report: &Report,
) -> Vec<Option<String>> {
    let reg = &loaded.register;
    let files = reg
        .organisations
        .iter()
        .flat_map(|o| std::iter::once(&o.file).chain(o.activities.iter().map(|a| &a.file)))
        .chain(
            loaded
                .orphans
                .iter()
                .flat_map(|o| o.activities.iter().map(|a| &a.file)),
        );
    lines_for(files, &report.findings)
}

/// The line each of `findings` (sorted by file and line) is placed on,
/// from the texts of `files` (see [`Checked::lines`]).
pub(crate) fn lines_for<'a>(
    files: impl Iterator<Item = &'a SourceFile>,
    findings: &[Finding],
) -> Vec<Option<String>> {
    use std::collections::HashMap;
    let texts: HashMap<&str, &str> = files.map(|f| (f.path.as_str(), f.text.as_str())).collect();
    // Findings come sorted by file and line: a cursor per file scans it
    // once.
    let mut cursor: Option<(&str, usize, usize)> = None;
    findings
        .iter()
        .map(|f| {
            if f.line == 0 || f.column == 0 || (f.line, f.column) == (1, 1) {
                return None;
            }
            let text = *texts.get(f.path.as_str())?;
            let (line, at) = match cursor {
                Some((p, line, at)) if p == f.path && line <= f.line => (line, at),
                _ => (1, 0),
            };
            let (line, at) = advance(text, line, at, f.line)?;
            cursor = Some((f.path.as_str(), line, at));
            let rest = &text[at..];
            let shown = rest.split('\n').next().unwrap_or(rest);
            let shown = shown.strip_suffix('\r').unwrap_or(shown);
            (shown.len() <= MAX_KEPT_LINE).then(|| shown.to_string())
        })
        .collect()
}

/// From line `line` starting at byte `at` of `text`, the start of line
/// `want` (from 1); `None` past the end.
fn advance(text: &str, mut line: usize, mut at: usize, want: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    while line < want {
        let nl = bytes.get(at..)?.iter().position(|&b| b == b'\n')?;
        at += nl + 1;
        line += 1;
    }
    Some((line, at))
}

/// Where the cache of the register at `root` lives: in its repository's
/// git folder, one file per register folder of the work tree.
fn cache_file(root: &Path) -> Option<PathBuf> {
    let (repo, _, prefix) = crate::register::git::register_repository(root)?;
    let name = git2::Oid::hash_object(git2::ObjectType::Blob, prefix.as_bytes()).ok()?;
    let short: String = name.to_string().chars().take(12).collect();
    Some(
        repo.path()
            .join("ropa")
            .join(format!("validate-{short}.json")),
    )
}

/// The key of a register's state, the newest time any of its entries
/// was written, and whether any entry is a symbolic link.
struct Fingerprint {
    key: String,
    youngest: Option<SystemTime>,
    /// The loader looks through a link to tell what it is (a folder
    /// link with an organisation inside is reported, one without is
    /// passed over), and what is behind it is not in the key: a register
    /// holding a link is validated without the cache.
    links: bool,
}

/// Adds one entry's stat data to the fingerprint text.
fn entry(
    out: &mut String,
    youngest: &mut Option<SystemTime>,
    links: &mut bool,
    rel: &str,
    meta: Option<&Metadata>,
) {
    use std::fmt::Write;
    let _ = write!(out, "{rel}\0");
    let Some(m) = meta else {
        out.push_str("-\n");
        return;
    };
    let kind = if m.file_type().is_symlink() {
        *links = true;
        'l'
    } else if m.is_dir() {
        'd'
    } else if m.is_file() {
        'f'
    } else {
        'o'
    };
    let _ = write!(out, "{kind} {}", m.len());
    for t in [m.modified().ok(), ctime(m)] {
        match t.and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()) {
            Some(d) => {
                let _ = write!(out, " {}.{:09}", d.as_secs(), d.subsec_nanos());
            }
            None => out.push_str(" ?"),
        }
        if let Some(t) = t {
            *youngest = Some(youngest.map_or(t, |y| y.max(t)));
        }
    }
    let _ = writeln!(out, " {}", inode(m));
}

#[cfg(unix)]
fn ctime(m: &Metadata) -> Option<SystemTime> {
    use std::os::unix::fs::MetadataExt;
    let secs = u64::try_from(m.ctime()).ok()?;
    let nanos = u32::try_from(m.ctime_nsec()).ok()?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::new(secs, nanos))
}

#[cfg(not(unix))]
fn ctime(_: &Metadata) -> Option<SystemTime> {
    None
}

#[cfg(unix)]
fn inode(m: &Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    m.ino()
}

#[cfg(not(unix))]
fn inode(_: &Metadata) -> u64 {
    0
}

/// The entries of `dir` whose names do not start with a dot, with their
/// stat data (read relative to the open folder, not by path: a large
/// register has tens of thousands), sorted by name as the loader sorts
/// them.
fn listing(dir: &Path) -> Option<Vec<(String, Option<Metadata>)>> {
    let mut v: Vec<(String, Option<Metadata>)> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            // `DirEntry::metadata` does not follow a symbolic link.
            (!name.starts_with('.')).then(|| (name, e.metadata().ok()))
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    Some(v)
}

/// The stat data of what the loader reads under `root`: every folder of
/// the root, and in each its organisation file, its activities folder and
/// every entry of that, with the program and the run's settings. `None`
/// when the root cannot be listed (the load says why).
fn fingerprint(root: &Path, opts: &Options) -> Option<Fingerprint> {
    let mut text = format!(
        "ropa {} format {FORMAT}\nprogram {}\ntoday {} strict {}\n",
        env!("CARGO_PKG_VERSION"),
        program(),
        opts.today,
        opts.strict
    );
    let mut youngest = None;
    let top = listing(root)?;
    // Folders are independent: their stat data is read on all cores.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let chunk = top.len().div_ceil(threads).max(1);
    let parts: Vec<(String, Option<SystemTime>, bool)> = std::thread::scope(|s| {
        let handles: Vec<_> = top
            .chunks(chunk)
            .map(|names| s.spawn(move || folders(root, names)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut links = false;
    for (part, young, link) in parts {
        text.push_str(&part);
        links |= link;
        if let Some(t) = young {
            youngest = Some(youngest.map_or(t, |y: SystemTime| y.max(t)));
        }
    }
    let key = digest(text.as_bytes());
    Some(Fingerprint {
        key,
        youngest,
        links,
    })
}

/// A 128-bit digest of `bytes`, as hex: two SipHash runs apart. Not
/// cryptographic (the stat data is not secret, nor chosen by an
/// attacker who could not simply edit the cache file), and many times
/// faster than git's SHA-1 over the megabytes of a large register's stat
/// data.
fn digest(bytes: &[u8]) -> String {
    use std::hash::{DefaultHasher, Hasher};
    let mut a = DefaultHasher::new();
    a.write(bytes);
    let mut b = DefaultHasher::new();
    b.write_u8(0x5a);
    b.write(bytes);
    format!("{:016x}{:016x}", a.finish(), b.finish())
}

/// The fingerprint text of the root entries `top`.
fn folders(root: &Path, top: &[(String, Option<Metadata>)]) -> (String, Option<SystemTime>, bool) {
    let mut out = String::new();
    let mut youngest = None;
    let mut links = false;
    for (name, meta) in top {
        entry(&mut out, &mut youngest, &mut links, name, meta.as_ref());
        if !meta.as_ref().is_some_and(Metadata::is_dir) {
            continue;
        }
        let dir = root.join(name);
        let inside = listing(&dir).unwrap_or_default();
        let find = |n: &str| {
            inside
                .iter()
                .find(|(m, _)| m == n)
                .and_then(|(_, m)| m.as_ref())
        };
        let org = format!("{name}/{ORGANISATION_FILE}");
        entry(
            &mut out,
            &mut youngest,
            &mut links,
            &org,
            find(ORGANISATION_FILE),
        );
        let acts = format!("{name}/{ACTIVITIES_DIR}");
        let meta = find(ACTIVITIES_DIR);
        entry(&mut out, &mut youngest, &mut links, &acts, meta);
        if !meta.is_some_and(Metadata::is_dir) {
            continue;
        }
        for (f, meta) in listing(&dir.join(ACTIVITIES_DIR)).unwrap_or_default() {
            let rel = format!("{acts}/{f}");
            entry(&mut out, &mut youngest, &mut links, &rel, meta.as_ref());
            // The loader looks into a folder here for records left out of
            // the register (as deep as it looks).
            if meta.as_ref().is_some_and(Metadata::is_dir) {
                let sub = dir.join(ACTIVITIES_DIR).join(&f);
                subtree(&mut out, &mut youngest, &mut links, &rel, &sub, 4);
            }
        }
    }
    (out, youngest, links)
}

/// Adds the stat data of everything in `dir`, down to `depth` more levels.
fn subtree(
    out: &mut String,
    youngest: &mut Option<SystemTime>,
    links: &mut bool,
    rel: &str,
    dir: &Path,
    depth: usize,
) {
    for (f, meta) in listing(dir).unwrap_or_default() {
        let rel = format!("{rel}/{f}");
        entry(out, youngest, links, &rel, meta.as_ref());
        if depth > 0 && meta.as_ref().is_some_and(Metadata::is_dir) {
            subtree(out, youngest, links, &rel, &dir.join(&f), depth - 1);
        }
    }
}

/// The running program's size and time: another build of ropa may judge
/// otherwise, so its reports are not taken for this one's.
fn program() -> String {
    std::env::current_exe()
        .and_then(fs::metadata)
        .ok()
        .map(|m| {
            let t = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .unwrap_or_default();
            // Inode and change time too: builds with fixed timestamps
            // (reproducible builds set every time to one value) and the
            // same size are still told apart when installed anew.
            let changed = ctime(&m)
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .unwrap_or_default();
            format!(
                "{} {}.{:09} {}.{:09} {}",
                m.len(),
                t.as_secs(),
                t.subsec_nanos(),
                changed.as_secs(),
                changed.subsec_nanos(),
                inode(&m)
            )
        })
        .unwrap_or_else(|| "unknown".into())
}

/// The stored form of a report.
#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    key: String,
    findings: Vec<StoredFinding>,
}

#[derive(Serialize, Deserialize)]
struct StoredFinding {
    rule: String,
    error: bool,
    path: String,
    line: usize,
    column: usize,
    field: String,
    message: String,
    msg: Option<(String, Vec<(String, StoredArg)>)>,
    missing: bool,
    acknowledged: Option<(String, String)>,
    anchor: Option<String>,
    /// The line of the file the finding is placed on, when kept.
    line_text: Option<String>,
}

#[derive(Serialize, Deserialize)]
enum StoredArg {
    Text(String),
    Num(i64),
    Word(String, String, String),
}

fn store(f: &Finding, line_text: Option<String>) -> StoredFinding {
    StoredFinding {
        rule: f.rule.to_string(),
        error: f.severity == Severity::Error,
        path: f.path.clone(),
        line: f.line,
        column: f.column,
        field: f.field.clone(),
        message: f.message.clone(),
        msg: f.msg.as_ref().map(|m| {
            let args = m
                .args
                .iter()
                .map(|(name, a)| {
                    let a = match a {
                        MsgArg::Text(s) => StoredArg::Text(s.clone()),
                        MsgArg::Num(n) => StoredArg::Num(*n),
                        MsgArg::Word { da, nb, en } => {
                            StoredArg::Word(da.clone(), nb.clone(), en.clone())
                        }
                    };
                    (name.to_string(), a)
                })
                .collect();
            (m.key.to_string(), args)
        }),
        missing: f.kind == FindingKind::Missing,
        acknowledged: f
            .acknowledged
            .as_ref()
            .map(|a| (a.reason.clone(), a.expires.clone())),
        anchor: f.anchor.clone(),
        line_text,
    }
}

/// The finding a stored one stands for; `None` when it names a rule or a
/// message this program does not have (a cache of another version).
fn restore(s: StoredFinding) -> Option<(Finding, Option<String>)> {
    let rule = RULES.iter().find(|r| r.id == s.rule)?;
    let msg = match s.msg {
        None => None,
        Some((key, args)) => {
            let mut m = Msg::new(catalogue_word(&key)?);
            for (name, a) in args {
                let a = match a {
                    StoredArg::Text(s) => MsgArg::Text(s),
                    StoredArg::Num(n) => MsgArg::Num(n),
                    StoredArg::Word(da, nb, en) => MsgArg::Word { da, nb, en },
                };
                m = m.arg(catalogue_word(&name)?, a);
            }
            Some(m)
        }
    };
    let finding = Finding {
        rule: rule.id,
        severity: if s.error {
            Severity::Error
        } else {
            Severity::Warning
        },
        path: s.path,
        line: s.line,
        column: s.column,
        field: s.field,
        message: s.message,
        msg,
        kind: if s.missing {
            FindingKind::Missing
        } else {
            FindingKind::Invalid
        },
        acknowledged: s
            .acknowledged
            .map(|(reason, expires)| Ack { reason, expires }),
        anchor: s.anchor,
    };
    Some((finding, s.line_text))
}

/// The catalogue's own copy of a message key or argument name: the
/// findings name them as `'static` text of the built-in catalogue.
fn catalogue_word(word: &str) -> Option<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let text = crate::register::lang::messages::EN;
        let mut set = HashSet::new();
        let ident = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && !key.is_empty()
                && key.chars().all(ident)
            {
                set.insert(key);
            }
        }
        for (i, _) in text.match_indices('$') {
            let rest = &text[i + 1..];
            let end = rest.find(|c: char| !ident(c)).unwrap_or(rest.len());
            if end > 0 {
                set.insert(&rest[..end]);
            }
        }
        set
    });
    words.get(word).copied()
}

/// The stored report under `key` and its findings' lines, if the cache
/// file holds them.
fn read(file: &Path, key: &str) -> Option<(Report, Vec<Option<String>>)> {
    let bytes = fs::read(file).ok()?;
    // The key is the first line: a cache of other files is told from it
    // without reading the rest.
    let (first, rest) = bytes.split_at(bytes.iter().position(|&b| b == b'\n')?);
    if first != key.as_bytes() {
        return None;
    }
    let stored: Stored = serde_json::from_slice(rest).ok()?;
    if stored.format != FORMAT || stored.key != key {
        return None;
    }
    let (findings, lines) = stored
        .findings
        .into_iter()
        .map(restore)
        .collect::<Option<(Vec<_>, Vec<_>)>>()?;
    Some((Report { findings }, lines))
}

/// Stores `report` under `key`, through a temporary file renamed into
/// place ([`write_atomic`]). A cache that cannot be written is no cache: nothing is said.
fn write(file: &Path, key: &str, report: &Report, lines: &[Option<String>]) {
    let stored = Stored {
        format: FORMAT,
        key: key.to_string(),
        findings: report
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| store(f, lines.get(i).cloned().flatten()))
            .collect(),
    };
    let mut bytes = format!("{key}\n").into_bytes();
    if serde_json::to_writer(&mut bytes, &stored).is_err() {
        return;
    }
    if let Some(dir) = file.parent()
        && fs::create_dir_all(dir).is_ok()
    {
        let _ = write_atomic(file, &bytes);
    }
}
