//! Attacks on "nothing from the register reaches a terminal raw" where
//! the text is not a record's field: file and folder names holding an
//! escape sequence and U+202E, a file that does not parse, the paths the
//! commands print in their errors and notes, and `ropa export -o` aimed at
//! something that is not a file (a named pipe, a terminal). Checked by the
//! bytes written, the cells drawn on ratatui's TestBackend (without the
//! event loop's last guard, so what a screen leaves raw shows) and, for a
//! terminal, a tmux pane's title.

mod common;
mod fixture;

use std::path::Path;
use std::process::{Command, Output};

use fixture::{Repo, raw_char, ropa_in};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::tui::app::{App, Screen};

use common::interface::{app_on, key, render};
use common::tmux::{Tmux, tmux_available};

/// Retitles the terminal, then reverses the text after it.
const ATTACK: &str = "\u{1b}]2;pwned\u{7}\u{202E}";
/// What a terminal shows for [`ATTACK`].
const SHOWN: &str = "\\u{1b}]2;pwned\\u{7}<U+202E>";

/// Asserts that neither stream of `out` holds a raw control or bidi
/// character, and that `what` shows the attack by name on one of them.
fn shown_escaped(out: &Output, what: &str) {
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert_eq!(
            raw_char(bytes),
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

// ---------------------------------------------------------------- exports

/// Keeps reading the named pipe at `path` until its writer closes it.
fn read_pipe(path: &Path) -> std::thread::JoinHandle<Vec<u8>> {
    let path = path.to_path_buf();
    std::thread::spawn(move || std::fs::read(path).expect("read the pipe"))
}

#[test]
fn an_export_into_a_named_pipe_goes_through_it_exact() {
    let r = Repo::sample();
    let barsel = r.root.join("da/activities/da-barsel.ron");
    let text = std::fs::read_to_string(&barsel).expect("read");
    let text = text.replacen("name: \"", &format!("name: \"Barsel {ATTACK} "), 1);
    std::fs::write(&barsel, text).expect("write");
    let pipe = r.workdir().join("export.pipe");
    let made = Command::new("mkfifo").arg(&pipe).status().expect("mkfifo");
    assert!(made.success());
    let reader = read_pipe(&pipe);
    let root = r.root.display().to_string();
    let pipe_arg = pipe.display().to_string();
    let out = ropa_in(
        r.workdir(),
        &["export", &root, "--format", "csv", "-o", &pipe_arg],
    );
    // Checked before joining the reader: a writer that replaced the pipe
    // with a file never opened it, and the reader would wait for ever.
    let kind = std::fs::symlink_metadata(&pipe)
        .expect("metadata")
        .file_type();
    assert!(
        !kind.is_file(),
        "the named pipe was replaced by a regular file: {out:?}"
    );
    assert!(out.status.success(), "{out:?}");
    let got = reader.join().expect("reader");
    let piped = ropa_in(r.workdir(), &["export", &root, "--format", "csv"]);
    assert_eq!(got, piped.stdout, "the pipe gets the exact document");
    assert!(String::from_utf8_lossy(&got).contains(ATTACK));
}

#[test]
fn an_export_written_to_the_terminal_by_name_is_escaped_and_keeps_the_title() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    // One small organisation, so the whole export fits on the screen.
    let r = Repo::sample();
    for org in ["da", "digst", "djoef", "jupiter-system-partner"] {
        std::fs::remove_dir_all(r.root.join(org)).expect("remove");
    }
    let os2 = r.root.join("os2/activities/os2-eu.ron");
    let text = std::fs::read_to_string(&os2).expect("read");
    let text = text.replacen("name: \"", &format!("name: \"EU {ATTACK} "), 1);
    std::fs::write(&os2, text).expect("write");
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let cmd = format!(
        "cd '{}' && env -u ROPA_REGISTRY ROPA_CONFIG_DIR='{}' ROPA_DATA_DIR='{}' \
         '{}' export . --format csv -o \"$(tty)\"; echo DONE; sleep 60",
        r.root.display(),
        tmp.join("no-config").display(),
        tmp.join("data").display(),
        env!("CARGO_BIN_EXE_ropa"),
    );
    let t = Tmux::start(&cmd, 200, 50).expect("tmux session");
    let screen = t.wait_for("DONE");
    assert!(!t.title().contains("pwned"), "retitled: {:?}", t.title());
    assert!(screen.contains("<U+202E>"), "{screen}");
}

// ---------------------------------------------------------------- interface

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
    assert_eq!(raw_char(screen.as_bytes()), None, "{screen}");
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
    assert_eq!(raw_char(screen.as_bytes()), None, "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("<U+202E><U+202E><U+202E>ø\" x,"))
        .unwrap_or_else(|| panic!("the line in question:\n{screen}"));
    let x = lines[at].chars().position(|c| c == 'x').expect("x");
    let caret = lines[at + 1].chars().position(|c| c == '^');
    assert_eq!(caret, Some(x), "the caret is under the error:\n{screen}");
}
