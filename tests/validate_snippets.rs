//! The human report of `ropa validate` shows the line each finding is
//! about with a caret under the value, as rustc does: the exact text on a
//! known fixture, the same with `NO_COLOR` and `--color never`, colour
//! (ANSI escapes) only when asked for or on a terminal, Danish and
//! Norwegian text, tabs, long lines cut around the column, and no snippet
//! for a finding about a whole record.

mod common;

use std::path::Path;
use std::process::Output;

use common::{clean_activity, clean_org, write_register};
use ropa::register::format::to_canonical;

/// The binary on `args`, in English unless `--lang` says otherwise, with
/// `env` set and every colour variable of the caller's environment
/// removed.
fn ropa_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = common::ropa_command(args);
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run ropa")
}

/// The report of the register at `root` (the path replaced by
/// `[register]`), asserting the exit status.
fn report(root: &Path, extra: &[&str], env: &[(&str, &str)], code: i32) -> String {
    let r = root.to_str().expect("utf-8 path");
    let mut args = extra.to_vec();
    args.extend(["validate", r, "--no-cache", "--today", "2026-06-01"]);
    let o = ropa_env(&args, env);
    assert_eq!(o.status.code(), Some(code), "{o:?}");
    String::from_utf8(o.stdout)
        .expect("utf-8 output")
        .replace(r, "[register]")
}

/// One warning with a place (REV-001 at `last_reviewed`) and one error
/// about the organisation as a whole (ORG-002: no CVR number).
fn known_error(dir: &Path) {
    let mut org = clean_org();
    org.org_number = None;
    let mut act = clean_activity();
    act.last_reviewed = Some("2020-01-15".into());
    write_register(dir, &org, &[act]);
}

const KNOWN: &str = r#"register: [register] (given)
warning[REV-001]: last reviewed 2020-01-15, more than a year ago
  --> [register]/acme/activities/kundeservice.ron:5:20
   |
 5 |     last_reviewed: Some("2020-01-15"),
   |                    ^^^^^^^^^^^^^^^^^^
   = field: last_reviewed
   = rule: Review overdue (Art. 24(1) (measures reviewed and updated where necessary))
   = help: review the activity and update last_reviewed
   = acknowledge as: rule: "REV-001", at: Some("last_reviewed"), kind: Some(Invalid)

error[ORG-002]: Danish organisation without a CVR number
  --> [register]/acme/organisation.ron:1:1
   = field: org_number
"#;

#[test]
fn a_finding_shows_its_line_with_a_caret_under_the_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    known_error(dir.path());
    let plain = report(dir.path(), &[], &[], 1);
    assert!(plain.starts_with(KNOWN), "{plain}");
    // The error about the organisation as a whole has no line to show.
    let org = plain
        .split("\n\n")
        .find(|b| b.starts_with("error[ORG-002]"))
        .expect("ORG-002");
    assert!(!org.contains(" | "), "{org}");
    // The same, byte for byte, with NO_COLOR and with --color never.
    assert_eq!(report(dir.path(), &[], &[("NO_COLOR", "1")], 1), plain);
    assert_eq!(report(dir.path(), &["--color", "never"], &[], 1), plain);
    assert_eq!(
        report(
            dir.path(),
            &["--color", "never"],
            &[("CLICOLOR_FORCE", "1")],
            1
        ),
        plain
    );
    assert!(!plain.contains('\x1b'));
}

/// `text` without its SGR escape sequences.
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            assert_eq!(chars.next(), Some('['), "only SGR sequences: {text:?}");
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
                assert!(c.is_ascii_digit() || c == ';', "{text:?}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn colour_is_asked_for_or_comes_from_the_environment() {
    let dir = tempfile::tempdir().expect("tempdir");
    known_error(dir.path());
    let plain = report(dir.path(), &[], &[], 1);
    let always = report(dir.path(), &["--color", "always"], &[], 1);
    assert!(always.contains("\x1b["), "{always:?}");
    assert_eq!(strip_ansi(&always), plain, "colour changes no text");
    // rustc's colours: the warning's label yellow and bold, the error's
    // bright red, the caret in the warning's colour.
    assert!(
        always.contains("\x1b[1m\x1b[33mwarning[REV-001]"),
        "{always:?}"
    );
    assert!(
        always.contains("\x1b[1m\x1b[91merror[ORG-002]"),
        "{always:?}"
    );
    assert!(always.contains("\x1b[1m\x1b[33m^^^^"), "{always:?}");
    // An explicit flag wins over NO_COLOR; CLICOLOR_FORCE colours a pipe
    // unless NO_COLOR says no.
    assert_eq!(
        report(dir.path(), &["--color", "always"], &[("NO_COLOR", "1")], 1),
        always
    );
    assert_eq!(
        report(dir.path(), &[], &[("CLICOLOR_FORCE", "1")], 1),
        always
    );
    assert_eq!(
        report(
            dir.path(),
            &[],
            &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
            1
        ),
        plain
    );
    // An empty NO_COLOR is no NO_COLOR (no-color.org).
    assert_eq!(
        report(
            dir.path(),
            &[],
            &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")],
            1
        ),
        always
    );
    // Machine formats never colour.
    for format in ["json", "github", "sarif"] {
        let r = dir.path().to_str().expect("path");
        let o = ropa_env(
            &["--color", "always", "validate", r, "--format", format],
            &[],
        );
        assert!(!o.stdout.contains(&0x1b), "{format}");
    }
}

/// A register whose lines hold Danish letters, a tab and a line of
/// hundreds of characters, each with a finding.
fn awkward(dir: &Path) {
    let org = clean_org();
    let mut act = clean_activity();
    act.last_reviewed = Some("2020-01-15".into());
    // SPC-005: the name mentions illness but the category is ordinary.
    act.data_categories[0].name = "Fravær på grund af sygdom (æøå ÆØÅ)".into();
    write_register(dir, &org, &[act.clone()]);
    // The review date indented with a tab, as a hand edit might leave it.
    let file = dir.join("acme/activities/kundeservice.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    let text = text.replace("    last_reviewed:", "\tlast_reviewed:");
    assert!(text.contains("\tlast_reviewed"));
    std::fs::write(&file, text).expect("write");
    // A file that does not parse: a stray word after a long text, far to
    // the right of a line of 600 characters.
    let mut broken = act;
    broken.id = "lang-linje".into();
    let long = "Behandling af oplysninger om ansøgere, ægtefæller og børn. ".repeat(10);
    broken.notes = Some(long);
    let text = to_canonical(&broken)
        .expect("ron")
        .replace("børn. \"),\n", "børn. \") ødelagt,\n");
    std::fs::write(dir.join("acme/activities/lang-linje.ron"), text).expect("write");
}

/// The display width of a line (every character of this test is one
/// column wide).
fn width(line: &str) -> usize {
    line.chars().count()
}

#[test]
fn danish_text_tabs_and_long_lines_in_danish() {
    let dir = tempfile::tempdir().expect("tempdir");
    awkward(dir.path());
    let text = report(dir.path(), &["--lang", "da"], &[], 1);
    for line in text
        .lines()
        .filter(|l| l.contains(" | ") || l.ends_with(" |"))
    {
        assert!(width(line) <= 140, "cut to 140 columns: {line}");
    }
    let block = |rule: &str, file: &str| -> String {
        text.split("\n\n")
            .find(|b| b.contains(&format!("[{rule}]")) && b.contains(file))
            .unwrap_or_else(|| panic!("no {rule} in {file}: {text}"))
            .to_string()
    };
    // Danish letters: the caret runs under exactly the string.
    let spc = block("SPC-005", "kundeservice.ron");
    assert!(spc.starts_with("advarsel[SPC-005]"), "{spc}");
    let (src, caret) = source_and_caret(&spc);
    assert!(
        src.ends_with("name: \"Fravær på grund af sygdom (æøå ÆØÅ)\","),
        "{spc}"
    );
    let at = src.find('"').expect("quote");
    assert_eq!(
        caret_cols(&caret),
        (
            width(&src[..at]),
            width("\"Fravær på grund af sygdom (æøå ÆØÅ)\"")
        ),
        "{spc}"
    );
    // A tab is shown as spaces, and the caret stands under the value.
    let rev = block("REV-001", "kundeservice.ron");
    let (src, caret) = source_and_caret(&rev);
    assert!(!src.contains('\t'), "{rev}");
    let at = src.find("Some(").expect("value");
    assert_eq!(
        caret_cols(&caret),
        (width(&src[..at]), width("Some(\"2020-01-15\")")),
        "{rev}"
    );
    // A long line is cut around the column, with `...` where text was
    // left out, and the caret is under the stray word.
    let load = block("LOAD-001", "lang-linje.ron");
    let (src, caret) = source_and_caret(&load);
    assert!(src.contains("...") && src.contains("ødelagt"), "{load}");
    let at = src.find("ødelagt").expect("word");
    assert_eq!(caret_cols(&caret).0, width(&src[..at]), "{load}");
    insta::assert_snapshot!(text);
}

/// The source line (with its gutter) and the caret line of a block.
fn source_and_caret(block: &str) -> (String, String) {
    let lines: Vec<&str> = block.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.contains(" | ") && l.trim_start().starts_with(char::is_numeric))
        .unwrap_or_else(|| panic!("no source line: {block}"));
    (lines[i].to_string(), lines[i + 1].to_string())
}

/// Where the carets of a caret line start (in columns) and how many.
fn caret_cols(caret: &str) -> (usize, usize) {
    let start = caret.find('^').expect("caret");
    let n = caret[start..].chars().take_while(|c| *c == '^').count();
    (width(&caret[..start]), n)
}
