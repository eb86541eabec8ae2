//! `ropa man` from the real binary: one roff page with NAME, SYNOPSIS and
//! every subcommand with its options, which groff and man render without
//! a warning where they are installed.

mod common;

use std::process::{Command, Stdio};

fn page() -> String {
    let out = common::ropa(&["man"]);
    assert!(
        out.status.success(),
        "ropa man: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 page")
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn the_page_holds_every_subcommand_with_its_options() {
    let p = page();
    assert!(p.starts_with(".ie \\n(.g .ds Aq"), "roff preamble: {p:.80}");
    assert!(p.contains(".TH ROPA 1 "), "title line");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS"] {
        assert!(p.contains(section), "{section} missing");
    }
    assert!(
        p.contains("ropa \\- the GDPR Art. 30 register"),
        "NAME line"
    );
    for sub in common::visible_subcommands() {
        assert!(
            p.contains(&format!(".SS \"ropa {sub}\"")),
            "ropa {sub} has no subsection"
        );
    }
    // An option of a subcommand, with its possible values.
    assert!(
        p.contains("\\fB\\-\\-deny\\-warnings\\fR"),
        "validate's option"
    );
    assert!(p.contains("xlsx"), "export's formats");
    assert!(
        !p.contains("ropa generate"),
        "hidden subcommand in the page"
    );
    assert!(p.is_ascii(), "non-ASCII characters are escaped");
}

#[test]
fn groff_renders_the_page_without_warnings() {
    if !installed("groff") {
        eprintln!("skipped: groff is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ropa.1");
    std::fs::write(&file, page()).expect("write page");
    let out = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .arg(&file)
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run groff");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && err.is_empty(), "groff: {err}");
    // Bold and italics are overstruck on a terminal device; read the text.
    let text = strip_overstrike(&String::from_utf8_lossy(&out.stdout));
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS"] {
        assert!(
            text.lines().any(|l| l == heading),
            "{heading} heading not rendered:\n{text}"
        );
    }
    for sub in common::visible_subcommands() {
        assert!(
            text.lines().any(|l| l.trim() == format!("ropa {sub}")),
            "ropa {sub} not rendered"
        );
    }
    assert!(text.contains("bokmål"), "å rendered from its escape");
}

#[test]
fn man_reads_the_page() {
    if !installed("man") || !installed("groff") {
        eprintln!("skipped: man or groff is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ropa.1");
    std::fs::write(&file, page()).expect("write page");
    let out = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANWIDTH", "80")
        .env("MANPAGER", "cat")
        .env("PAGER", "cat")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("MAN_KEEP_FORMATTING")
        .output()
        .expect("run man");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && err.is_empty(), "man -l: {err}");
    let text = strip_overstrike(&String::from_utf8_lossy(&out.stdout));
    assert!(text.contains("the GDPR Art. 30 register"), "{text}");
    assert!(text.lines().any(|l| l.trim() == "ropa validate"), "{text}");
    assert!(
        text.lines().all(|l| l.chars().count() <= 80),
        "fits MANWIDTH"
    );
}

/// Terminal output of groff without the backspace overstrikes of bold and
/// underlined text.
fn strip_overstrike(s: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c == '\u{8}' {
            out.pop();
        } else {
            out.push(c);
        }
    }
    out.into_iter().collect()
}
