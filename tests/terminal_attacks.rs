//! Attacks on "nothing from the register reaches a terminal raw" where
//! the text is not a record's field: file and folder names holding an
//! escape sequence and U+202E, a file that does not parse, and the paths
//! and arguments the commands print in their errors and notes. Checked by
//! the bytes written and the cells drawn on ratatui's TestBackend (without
//! the event loop's last guard, so what a screen leaves raw shows).

mod common;
mod fixture;

use std::path::Path;
use std::process::{Command, Output};

use fixture::Repo;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::text::needs_stand_in;
use ropa::tui::app::{App, Screen};
use ropa::tui::draw;
use ropa::tui::theme::Theme;

use common::interface::{app_on, key};

/// Retitles the terminal, then reverses the text after it.
const ATTACK: &str = "\u{1b}]2;pwned\u{7}\u{202E}";
/// What a terminal shows for [`ATTACK`].
const SHOWN: &str = "\\u{1b}]2;pwned\\u{7}<U+202E>";

/// The first character in `bytes` that may not reach a terminal raw (line
/// breaks aside).
fn raw(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| c != '\n' && needs_stand_in(c))
}

/// Runs ropa in `dir` with the tests' own config and data folders.
fn ropa_in(dir: &Path, args: &[&str]) -> Output {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run ropa")
}

/// Asserts that neither stream of `out` holds a raw control or bidi
/// character, and that `what` shows the attack by name on one of them.
fn shown_escaped(out: &Output, what: &str) {
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert_eq!(
            raw(bytes),
            None,
            "{what} {name}:\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(all.contains(SHOWN), "{what}:\n{all}");
}

// ---------------------------------------------------------------- commands

#[test]
fn init_names_a_folder_holding_an_escape_sequence_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("register {ATTACK}");
    let folder = dir.path().join(&name);
    // A folder that is not empty: refused, with the advice naming it.
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("notes.txt"), "æøå").expect("write");
    let out = ropa_in(dir.path(), &["init", &name]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    shown_escaped(&out, "ropa init (not empty)");

    // A new register there, then its hook: the hook's path is named too.
    let fresh = format!("ny {ATTACK}");
    let out = ropa_in(dir.path(), &["init", &fresh]);
    assert!(out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init");
    let out = ropa_in(dir.path(), &["init", "--hooks", &fresh]);
    assert!(out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init --hooks");
    // A second init there: already a repository.
    let out = ropa_in(dir.path(), &["init", &fresh]);
    assert!(!out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa init (a repository)");
}

#[test]
fn generate_names_its_folder_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("gen {ATTACK}");
    std::fs::create_dir(dir.path().join(&name)).expect("mkdir");
    std::fs::write(dir.path().join(&name).join("x"), "x").expect("write");
    let out = ropa_in(dir.path(), &["generate", &name]);
    assert!(!out.status.success(), "{out:?}");
    shown_escaped(&out, "ropa generate");
}

#[test]
fn arguments_quoted_in_errors_are_escaped() {
    let r = Repo::sample();
    let root = r.root.display().to_string();
    let since = format!("2026{ATTACK}");
    let out = ropa_in(&r.root, &["log", &root, "--since", &since]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    shown_escaped(&out, "ropa log --since");
    let rule = format!("ACT-{ATTACK}");
    let out = ropa_in(&r.root, &["validate", "--explain", &rule]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    shown_escaped(&out, "ropa validate --explain");
}

// ---------------------------------------------------------------- interface

/// The interface drawn at `w`×`h` on TestBackend, as text.
fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| draw(f, app, &Theme::default())).expect("draw");
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn press(app: &mut App, code: KeyCode) {
    key(app, code, KeyModifiers::NONE);
}

/// Opens the `n`th row of the organisation that holds `org_name` in its
/// list of activities.
fn open_activity_row(app: &mut App, org_row: usize, act_row: usize) {
    for _ in 0..org_row {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Activities { .. }));
    for _ in 0..act_row {
        press(app, KeyCode::Down);
    }
    press(app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Detail { .. }));
}

#[test]
fn a_file_that_does_not_parse_is_named_escaped_in_its_title() {
    let r = Repo::sample();
    let name = format!("0-broken{ATTACK}.ron");
    r.write(
        &format!("da/activities/{name}"),
        "Activity(\n    id: \"broken\",\n    name: \"Løn\n",
    );
    let mut app = app_on(&r.root);
    // "Dansk Arbejdsgiverforening" is the first organisation; a file that
    // does not parse is listed by its file name, `0-…` first.
    open_activity_row(&mut app, 0, 0);
    let screen = render(&mut app, 120, 30);
    assert_eq!(raw(screen.as_bytes()), None, "{screen}");
    let title = screen.lines().next().unwrap_or_default();
    assert!(title.contains(&format!("0-broken{SHOWN}.ron")), "{screen}");
}

#[test]
fn the_caret_under_a_parse_error_points_at_it_after_a_stand_in() {
    let r = Repo::sample();
    // The error is at `x`, after three right-to-left overrides.
    r.write(
        "da/activities/0-caret.ron",
        "Activity(\n    id: \"caret\",\n    name: \"æ\u{202E}\u{202E}\u{202E}ø\" x,\n)\n",
    );
    let mut app = app_on(&r.root);
    open_activity_row(&mut app, 0, 0);
    let screen = render(&mut app, 120, 30);
    assert_eq!(raw(screen.as_bytes()), None, "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("<U+202E><U+202E><U+202E>ø\" x,"))
        .unwrap_or_else(|| panic!("the line in question:\n{screen}"));
    let x = lines[at].chars().position(|c| c == 'x').expect("x");
    let caret = lines[at + 1].chars().position(|c| c == '^');
    assert_eq!(caret, Some(x), "the caret is under the error:\n{screen}");
}
