//! The line a finding is about, with a caret under its value, as rustc and
//! `hledger check` show it:
//!
//! ```text
//!     |
//! 238 |                   name: "Udbetalingskode (sygdom)",
//!     |                         ^^^^^^^^^^^^^^^^^^^^^^^^^^
//! ```
//!
//! The line each finding is placed on comes with the report: validation
//! takes it from the text it judged, and the validation cache keeps it
//! beside the finding, so printing reads no file again. A line not kept
//! (a file that did not load, a line longer than the cache keeps) is read
//! from the register's file when the report is printed, each file once.
//! Rendering is annotate-snippets'; what reaches it
//! is register text made safe for a terminal first (control and hidden
//! characters by name, as everywhere else), cut to a window around the
//! value so a line of megabytes costs no more than a short one.

use std::path::Path;

use annotate_snippets::renderer::{AnsiColor, Effects, Style};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::register::load::MAX_FILE_BYTES;
use crate::register::validate::{Finding, Severity};
use crate::text::stand_in;

/// Characters of a line kept on each side of the value before the
/// renderer cuts the line to the width (with `...`).
const WINDOW: usize = 300;

/// Width of the report when standard output is not a terminal (rustc's).
pub const PIPE_WIDTH: usize = 140;

/// How the human report looks: colours (ANSI escapes) or plain text, and
/// the width long source lines are cut to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Colour the report.
    pub color: bool,
    /// Columns a source line may take, gutter included.
    pub width: usize,
}

impl Look {
    /// Plain text, [`PIPE_WIDTH`] wide.
    pub const PLAIN: Look = Look {
        color: false,
        width: PIPE_WIDTH,
    };

    /// `text` in `style` when colouring, else as it is.
    pub fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }
}

/// The styles of the report's own lines, rustc's colours.
pub mod style {
    use super::*;

    /// `error[…]`.
    pub const ERROR: Style = AnsiColor::BrightRed.on_default().effects(Effects::BOLD);
    /// `warning[…]`.
    pub const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
    /// `acknowledged[…]`.
    pub const ACKNOWLEDGED: Style = AnsiColor::BrightGreen.on_default().effects(Effects::BOLD);
    /// The message after the rule id.
    pub const MESSAGE: Style = Style::new().effects(Effects::BOLD);
    /// `-->` and `=`.
    pub const GUTTER: Style = AnsiColor::BrightBlue.on_default().effects(Effects::BOLD);
}

/// One file's bytes, and how far its lines have been counted: findings
/// come sorted by line, so each file is scanned once, up to its last
/// finding, and only the lines shown are decoded.
struct Source {
    bytes: Vec<u8>,
    /// The line the cursor is at (from 1) and the byte it starts at.
    line: usize,
    at: usize,
}

impl Source {
    fn new(bytes: Vec<u8>) -> Self {
        Source {
            bytes,
            line: 1,
            at: 0,
        }
    }

    /// Line `n` (from 1), without its line break.
    fn line(&mut self, n: usize) -> Option<String> {
        if n == 0 {
            return None;
        }
        if n < self.line {
            (self.line, self.at) = (1, 0);
        }
        while self.line < n {
            let rest = self.bytes.get(self.at..)?;
            let nl = rest.iter().position(|&b| b == b'\n')?;
            self.at += nl + 1;
            self.line += 1;
        }
        let rest = self.bytes.get(self.at..)?;
        let line = match rest.iter().position(|&b| b == b'\n') {
            Some(nl) => &rest[..nl],
            None => rest,
        };
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        Some(String::from_utf8_lossy(line).into_owned())
    }
}

/// The snippet of every finding of a report, each line read from its file.
#[cfg(test)]
pub fn render_all(root: &Path, look: Look, findings: &[Finding]) -> Vec<Option<String>> {
    render_all_with(root, look, findings, &[])
}

/// The snippet of every finding of a report, in its order (see
/// [`Snippets::render_on`]), each finding's line taken from `lines` (in
/// the findings' order) where it is given there, and from its file where
/// it is not: a report that kept the lines it was judged on is shown
/// without reading a file again. A large report is shared among threads,
/// each taking whole files: opening and reading thousands of files is
/// most of the cost when they are read.
pub fn render_all_with(
    root: &Path,
    look: Look,
    findings: &[Finding],
    lines: &[Option<String>],
) -> Vec<Option<String>> {
    let line = |i: usize| lines.get(i).and_then(Option::as_deref);
    in_parts_by_file(findings, |from, part| {
        let mut s = Snippets::new(root, look);
        part.iter()
            .enumerate()
            .map(|(i, f)| s.render_on(f, line(from + i)))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// `work(from, part)` on about equal parts of `findings` (sorted by
/// file), one per core, each part starting at a file's first finding
/// (`from` is its index in `findings`); the answers in order. A report of
/// fewer than 512 findings is one part.
pub fn in_parts_by_file<T: Send>(
    findings: &[Finding],
    work: impl Fn(usize, &[Finding]) -> T + Sync,
) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads == 1 || findings.len() < 512 {
        return vec![work(0, findings)];
    }
    // Cut into about equal parts, each cut moved to where a file ends.
    let mut cuts = vec![0];
    for i in 1..threads {
        let mut at = (findings.len() * i / threads).max(cuts[i - 1]);
        while at < findings.len() && at > 0 && findings[at].path == findings[at - 1].path {
            at += 1;
        }
        cuts.push(at);
    }
    cuts.push(findings.len());
    let work = &work;
    std::thread::scope(|scope| {
        let parts: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                scope.spawn(move || work(from, &findings[from..to]))
            })
            .collect();
        parts
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Renders the snippets of one report, reading each file once.
pub struct Snippets<'a> {
    root: &'a Path,
    renderer: Renderer,
    /// The file read last (findings come sorted by file): its path in the
    /// register and its text, `None` when it cannot be read.
    file: Option<(String, Option<Source>)>,
}

impl<'a> Snippets<'a> {
    /// Snippets of files in the register at `root`, looking as `look` says.
    pub fn new(root: &'a Path, look: Look) -> Self {
        let renderer = if look.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Snippets {
            root,
            renderer: renderer.term_width(look.width),
            file: None,
        }
    }

    /// The lines showing `f`'s value in its file (each ending in a line
    /// break), or `None` when the finding has no place to show: it is
    /// about a whole record or file (a field that is missing from it is
    /// placed at its first character), or the file cannot be read or no
    /// longer has the line.
    #[cfg(test)]
    pub fn render(&mut self, f: &Finding) -> Option<String> {
        self.render_on(f, None)
    }

    /// The lines showing `f`'s value in its file (each ending in a line
    /// break), with the line `f` is placed on given as `known` (then the
    /// file is not read) or read from the file; `None` when the finding
    /// has no place to show: it is about a whole record or file (a field
    /// that is missing from it is placed at its first character), or the
    /// file cannot be read or no longer has the line.
    pub fn render_on(&mut self, f: &Finding, known: Option<&str>) -> Option<String> {
        if f.line == 0 || f.column == 0 || f.path.is_empty() {
            return None;
        }
        // A file that does not parse at its first character is shown; a
        // record's missing field, placed there too, is not.
        if (f.line, f.column) == (1, 1) && f.rule != "LOAD-001" {
            return None;
        }
        let read;
        let line = match known {
            Some(line) => line,
            None => {
                read = self.source(&f.path)?.line(f.line)?;
                read.as_str()
            }
        };
        let (shown, span) = window(line, f.column);
        let level = match (&f.acknowledged, f.severity) {
            (Some(_), _) => Level::NOTE,
            (None, Severity::Error) => Level::ERROR,
            (None, Severity::Warning) => Level::WARNING,
        };
        let report = [Group::with_level(level).element(
            Snippet::source(&shown)
                .line_start(f.line)
                .fold(false)
                .annotation(AnnotationKind::Primary.span(span)),
        )];
        let rendered = self.renderer.render(&report);
        // The report's own lines (`  --> `, `   = `) are indented for a
        // gutter two wide: a one-digit line number gets the same.
        let pad = if f.line < 10 { " " } else { "" };
        let mut out = String::with_capacity(rendered.len() + 8);
        for l in rendered.lines() {
            out.push_str(pad);
            out.push_str(l);
            out.push('\n');
        }
        Some(out)
    }

    /// The text of `path` (relative to the register), read once.
    fn source(&mut self, path: &str) -> Option<&mut Source> {
        if self.file.as_ref().is_none_or(|(p, _)| p != path) {
            let text = read(&self.root.join(path)).map(Source::new);
            self.file = Some((path.to_string(), text));
        }
        self.file.as_mut().and_then(|(_, s)| s.as_mut())
    }
}

/// The bytes of the regular file at `path`, unless it is larger than the
/// loader reads: one open, one stat of the open file, one read.
fn read(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    // Not blocking on a named pipe (or following a link) left where a
    // record should be: it is no regular file, and nothing is read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        open.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = open.open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).ok()? + 1);
    file.take(MAX_FILE_BYTES).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// The part of `line` to show for a value at `column` (in characters,
/// from 1), safe for a terminal, and the byte range of the value in it.
/// Tabs are left to the renderer, which widens them; every other
/// character that may not reach a terminal is shown by name.
fn window(line: &str, column: usize) -> (String, std::ops::Range<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let start = column.saturating_sub(1).min(chars.len());
    let end = value_end(&chars, start);
    let from = start.saturating_sub(WINDOW);
    let to = (end + WINDOW).min(chars.len());
    let mut shown = String::with_capacity(line.len().min(4 * (to - from)));
    let mut span = 0..0;
    for (i, &c) in chars.iter().enumerate().take(to).skip(from) {
        if i == start {
            span.start = shown.len();
        }
        if i == end {
            span.end = shown.len();
        }
        match stand_in(c) {
            Some(name) if c != '\t' => shown.push_str(&name),
            _ => shown.push(c),
        }
    }
    if start >= to {
        span.start = shown.len();
    }
    if end >= to {
        span.end = shown.len();
    }
    (shown, span)
}

/// Where the value starting at `start` ends on its line (exclusive, in
/// characters): a string to its closing quote, a word with its
/// parenthesised part when that closes on the line (`Some("…")`,
/// `Cvr("…")`), a bracketed value when it closes on the line, a number;
/// otherwise the one character. Past the end of the line: the end.
fn value_end(chars: &[char], start: usize) -> usize {
    let Some(&first) = chars.get(start) else {
        return start;
    };
    let word = |c: char| c.is_alphanumeric() || c == '_';
    match first {
        '"' => string_end(chars, start),
        '(' | '[' | '{' => closing(chars, start).unwrap_or(start + 1),
        c if word(c) || c == '-' || c == '+' => {
            let mut i = start + 1;
            while i < chars.len() && (word(chars[i]) || chars[i] == '.') {
                i += 1;
            }
            if chars.get(i) == Some(&'(') {
                closing(chars, i).unwrap_or(i)
            } else {
                i
            }
        }
        _ => start + 1,
    }
}

/// The end of the string starting at `start` (a `"`): after its closing
/// quote, or the end of the line.
fn string_end(chars: &[char], start: usize) -> usize {
    let mut i = start + 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    chars.len()
}

/// After the bracket that closes the one at `open`, when it is on the
/// line (brackets inside strings do not count).
fn closing(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                i = string_end(chars, i);
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(line: &str, column: usize) -> String {
        let (shown, span) = window(line, column);
        shown[span].to_string()
    }

    #[test]
    fn the_value_is_a_string_a_call_a_word_or_a_bracket() {
        assert_eq!(value(r#"    name: "Løn, æøå","#, 11), r#""Løn, æøå""#);
        assert_eq!(value(r#"    a: "x \" y","#, 8), r#""x \" y""#);
        assert_eq!(
            value(r#"    org_number: Some(Cvr("3405 (1179)")),"#, 17),
            r#"Some(Cvr("3405 (1179)"))"#
        );
        assert_eq!(value("    role: Processor,", 11), "Processor");
        assert_eq!(value("    recipients: [", 17), "[");
        assert_eq!(value(r#"    xs: ["a", "b"],"#, 9), r#"["a", "b"]"#);
        assert_eq!(value("    months: -12,", 13), "-12");
        assert_eq!(value("    Recipient(", 5), "Recipient");
        // A string that goes on to the next line: to the end of this one.
        assert_eq!(value(r#"    notes: "first"#, 12), r#""first"#);
    }

    #[test]
    fn a_column_past_the_end_of_the_line_marks_its_end() {
        let (shown, span) = window("abc", 9);
        assert_eq!(shown, "abc");
        assert_eq!(span, 3..3);
    }

    #[test]
    fn control_and_hidden_characters_are_shown_by_name_and_the_span_follows() {
        let (shown, span) = window("  a: \"x\u{1b}[2J\u{202e}y\",", 6);
        assert_eq!(shown, "  a: \"x\\u{1b}[2J<U+202E>y\",");
        assert_eq!(&shown[span], "\"x\\u{1b}[2J<U+202E>y\"");
        // A tab is left to the renderer.
        let (shown, span) = window("\tname: \"x\",", 8);
        assert_eq!(shown, "\tname: \"x\",");
        assert_eq!(&shown[span], "\"x\"");
    }

    #[test]
    fn a_long_line_is_cut_to_a_window_around_the_value() {
        let line = format!(
            "    notes: \"{} MÅL {}\",",
            "æ".repeat(5000),
            "ø".repeat(5000)
        );
        let (shown, span) = window(&line, 14 + 5000);
        assert_eq!(&shown[span.clone()], "MÅL");
        assert_eq!(shown.chars().count(), 2 * WINDOW + 3);
        assert!(shown.starts_with('æ') && shown.ends_with('ø'), "{shown}");
    }

    /// A REV-001 warning at column 8 of `line` of `path`.
    fn finding_at(path: &str, line: usize) -> Finding {
        Finding {
            rule: "REV-001",
            severity: Severity::Warning,
            path: path.into(),
            line,
            column: 8,
            field: "a".into(),
            message: String::new(),
            msg: None,
            kind: crate::register::validate::FindingKind::Invalid,
            acknowledged: None,
            anchor: None,
        }
    }

    #[test]
    fn a_report_shared_among_threads_keeps_its_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut findings = Vec::new();
        for file in 0..40 {
            let path = format!("f{file}.ron");
            let text: String = (1..=30)
                .map(|l| format!("    a: \"{file} {l}\",\n"))
                .collect();
            std::fs::write(dir.path().join(&path), text).expect("write");
            for line in 1..=30 {
                findings.push(finding_at(&path, line));
            }
        }
        let all = render_all(dir.path(), Look::PLAIN, &findings);
        let mut one = Snippets::new(dir.path(), Look::PLAIN);
        let each: Vec<_> = findings.iter().map(|f| one.render(f)).collect();
        assert_eq!(all, each);
        assert!(
            all[1199]
                .as_deref()
                .is_some_and(|s| s.contains("\"39 30\""))
        );
    }

    #[test]
    fn lines_given_with_the_report_are_shown_without_reading_the_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let finding = finding_at;
        let text = "(\n    a: \"one\",\n    a: \"two\",\n)\n";
        std::fs::write(dir.path().join("f.ron"), text).expect("write");
        // Enough findings for the report to be shared among threads.
        let findings: Vec<Finding> = (0..600)
            .map(|i| finding(&format!("f{}.ron", i / 2), 2 + i % 2))
            .chain([finding("f.ron", 2), finding("f.ron", 3)])
            .collect();
        let lines: Vec<Option<String>> = findings
            .iter()
            .map(|f| text.lines().nth(f.line - 1).map(str::to_string))
            .collect();
        let from_disk = render_all(dir.path(), Look::PLAIN, &findings);
        let given = render_all_with(dir.path(), Look::PLAIN, &findings, &lines);
        // Only f.ron is on disk: the others show their lines only when given.
        assert!(from_disk[..600].iter().all(Option::is_none));
        assert_eq!(given[600], from_disk[600]);
        assert_eq!(given[601], from_disk[601]);
        assert_eq!(given[0], from_disk[600]);
        assert_eq!(given[1], from_disk[601]);
        assert!(given[599].as_deref().is_some_and(|s| s.contains("\"two\"")));
        // A line not given is read from the file.
        let mut partial = lines.clone();
        partial[601] = None;
        assert_eq!(
            render_all_with(dir.path(), Look::PLAIN, &findings, &partial)[601],
            from_disk[601]
        );
    }

    #[test]
    fn lines_are_found_without_their_breaks_in_any_order() {
        let mut s = Source::new(b"a\r\nbb\n\nl\xc3\xa6st".to_vec());
        assert_eq!(s.line(1).as_deref(), Some("a"));
        assert_eq!(s.line(2).as_deref(), Some("bb"));
        assert_eq!(s.line(3).as_deref(), Some(""));
        assert_eq!(s.line(4).as_deref(), Some("læst"));
        assert_eq!(s.line(5), None);
        assert_eq!(s.line(0), None);
        // Back to an earlier line, as an unsorted report would ask.
        assert_eq!(s.line(2).as_deref(), Some("bb"));
        assert_eq!(s.line(4).as_deref(), Some("læst"));
    }
}
