//! Nothing from the register reaches a terminal raw. A register whose
//! every text field holds `ESC ] 2 ; pwned BEL` (which retitles a terminal)
//! and U+202E (right-to-left override) goes through every output path:
//! the commit messages ropa writes (read back with the `git` program and in
//! a tmux pane), `ropa export` to a file, a pipe and a terminal, `ropa log`,
//! `ropa diff`, `ropa validate`, the overview, and every screen of the
//! interface, drawn on ratatui's TestBackend and run for real under tmux.
//! Checked by the bytes written, the cells drawn and the pane's title.

mod common;
mod fixture;

use std::path::Path;

use fixture::{Repo, activity, raw_char, ropa_in, save_activity, saved};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::format::to_canonical;
use ropa::register::load::parse_record;
use ropa::register::model::{Activity, Organisation};
use ropa::tui::app::{App, Screen};
use ropa::tui::draw;
use ropa::tui::theme::Theme;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use common::interface::{app_on, key};
use common::tmux::{Tmux, tmux_available};

/// Retitles the terminal, then reverses the text after it.
const ATTACK: &str = "\u{1b}]2;pwned\u{7}\u{202E}";
/// What a terminal shows for [`ATTACK`].
const SHOWN: &str = "\\u{1b}]2;pwned\\u{7}<U+202E>";
const BARSEL: &str = "da/activities/da-barsel.ron";

// ---------------------------------------------------------------- the register

/// Fields that hold ids, references, codes and dates: left as they are so
/// the register still loads and its references resolve.
const KEEP: &[&str] = &[
    "id",
    "recipient",
    "systems",
    "subjects",
    "data",
    "categories",
    "purposes",
    "country",
    "rule",
    "expires",
    "last_reviewed",
    "dpf_verified_on",
    "at",
];

fn strings(v: &Value, key: &str, at: &str, out: &mut Vec<String>) {
    match v {
        Value::String(_) if !KEEP.contains(&key) => out.push(at.to_string()),
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, key, &format!("{at}/{i}"), out);
            }
        }
        Value::Object(m) => {
            for (k, x) in m {
                strings(x, k, &format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// `record` with [`ATTACK`] and a Danish letter added to every text field
/// that takes any text (an enum's variant name does not).
fn poisoned<T: Serialize + DeserializeOwned>(record: &T) -> T {
    let mut v = serde_json::to_value(record).expect("to json");
    let mut paths = Vec::new();
    strings(&v, "", "", &mut paths);
    for p in paths {
        let old = v.pointer(&p).cloned().expect("string");
        let text = format!("{} {ATTACK}ø", old.as_str().unwrap_or_default());
        *v.pointer_mut(&p).expect("string") = Value::String(text);
        if serde_json::from_value::<T>(v.clone()).is_err() {
            *v.pointer_mut(&p).expect("string") = old;
        }
    }
    serde_json::from_value(v).expect("from json")
}

/// The sample register in a repository, with every text field of every
/// record poisoned and committed by a colleague (with `git`, whose message
/// holds the attack too).
fn hostile() -> Repo {
    let r = Repo::sample();
    for org in std::fs::read_dir(&r.root).expect("read_dir") {
        let dir = org.expect("entry").path();
        let org_file = dir.join("organisation.ron");
        if !org_file.is_file() {
            continue;
        }
        rewrite::<Organisation>(&org_file);
        for a in std::fs::read_dir(dir.join("activities")).expect("activities") {
            rewrite::<Activity>(&a.expect("entry").path());
        }
    }
    r.git_ok(&["add", "-A"]);
    r.git_ok(&["commit", "-q", "-m", &format!("Colleague {ATTACK} edit")]);
    r
}

fn rewrite<T: Serialize + DeserializeOwned>(path: &Path) {
    let text = std::fs::read_to_string(path).expect("read");
    let record: T = parse_record(&text).expect("parses");
    let text = to_canonical(&poisoned(&record)).expect("canonical");
    std::fs::write(path, text).expect("write");
}

/// A shell command line for tmux: `args` quoted, the test's environment.
fn shell(dir: &Path, program: &str, args: &[&str]) -> String {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let q = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    format!(
        "cd {} && env -u ROPA_REGISTRY ROPA_CONFIG_DIR={} ROPA_DATA_DIR={} \
         GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null {} {}; echo DONE; sleep 60",
        q(&dir.display().to_string()),
        q(&tmp.join("no-config").display().to_string()),
        q(&tmp.join("data").display().to_string()),
        q(program),
        args.iter().map(|a| q(a)).collect::<Vec<_>>().join(" ")
    )
}

/// Runs `program args` in a tmux pane and returns the screen once it is
/// done; the pane's title must not have changed.
fn in_terminal(dir: &Path, program: &str, args: &[&str]) -> Option<String> {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return None;
    }
    let t = Tmux::start(&shell(dir, program, args), 200, 50).expect("tmux session");
    let screen = t.wait_for("DONE");
    let title = t.title();
    assert!(
        !title.contains("pwned"),
        "{program} {args:?} retitled the terminal: {title:?}"
    );
    Some(screen)
}

// ---------------------------------------------------------------- commits

/// DA Barsel renamed to a name holding the attack and a line break.
fn save_poisoned_name(r: &Repo) {
    let before = activity(r, BARSEL);
    let mut after = before.clone();
    after.name = format!("Barsel {ATTACK}lærer\nanden linje");
    after.description = Some(format!("Orlov {ATTACK}"));
    saved(
        r.commit(&save_activity("da", Some(&before), after))
            .expect("saved"),
    );
}

#[test]
fn commit_messages_hold_no_control_or_bidi_characters() {
    let r = Repo::sample();
    save_poisoned_name(&r);
    // A new activity too: its message is built another way.
    let mut new = activity(&r, BARSEL);
    new.id = "ny".into();
    new.name = format!("Ny {ATTACK}");
    saved(r.commit(&save_activity("da", None, new)).expect("saved"));

    for rev in ["HEAD~1", "HEAD"] {
        let out = r.git(&["log", "--format=%B", "-1", rev]);
        assert!(out.status.success());
        let bytes = out.stdout;
        assert!(!bytes.contains(&0x1b), "ESC in {rev}'s message");
        assert!(!bytes.contains(&0x07), "BEL in {rev}'s message");
        assert_eq!(
            raw_char(&bytes),
            None,
            "{}",
            String::from_utf8_lossy(&bytes)
        );
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(text.contains(SHOWN), "{text}");
    }
    // The subject is one line: the line break in the name is shown as text.
    let subject = r.git_ok(&["log", "--format=%s", "-1", "HEAD~1"]);
    assert!(
        subject.starts_with(&format!(
            "Dansk Arbejdsgiverforening / Barsel {SHOWN}lærer\\nanden linje: "
        )),
        "{subject}"
    );
    // The record itself keeps the exact text.
    assert_eq!(
        activity(&r, BARSEL).name,
        format!("Barsel {ATTACK}lærer\nanden linje")
    );
}

#[test]
fn git_log_of_ropas_commits_keeps_the_terminal_title() {
    let r = Repo::sample();
    save_poisoned_name(&r);
    let Some(screen) = in_terminal(r.workdir(), "git", &["--no-pager", "log", "-p", "-1"]) else {
        return;
    };
    assert!(screen.contains("<U+202E>"), "{screen}");
}

// ---------------------------------------------------------------- exports

#[test]
fn exports_keep_the_exact_text_in_files_and_pipes() {
    let r = hostile();
    let root = r.root.display().to_string();
    for format in ["md", "html", "csv", "json"] {
        let file = r.workdir().join(format!("export.{format}"));
        let out = ropa_in(
            r.workdir(),
            &[
                "export",
                &root,
                "--format",
                format,
                "-o",
                &file.display().to_string(),
            ],
        );
        assert!(out.status.success(), "{format}: {out:?}");
        let written = std::fs::read(&file).expect("export file");
        let piped = ropa_in(r.workdir(), &["export", &root, "--format", format]);
        assert!(piped.status.success(), "{format}: {piped:?}");
        assert_eq!(
            piped.stdout, written,
            "{format}: a pipe gets the file's bytes"
        );
        let text = String::from_utf8(written).expect("UTF-8");
        if format == "json" {
            // JSON escapes control characters; decoded, the text is exact.
            let doc: Value = serde_json::from_str(&text).expect("json");
            assert!(doc.to_string().contains("\\u001b]2;pwned\\u0007\u{202E}"));
        } else if format == "md" {
            // Markdown escapes `]` (links), nothing else of the attack.
            assert!(text.contains("\u{1b}\\]2;pwned\u{7}\u{202E}"), "md");
        } else {
            assert!(text.contains(ATTACK), "{format}: the exact text is kept");
        }
    }
}

#[test]
fn an_export_to_a_terminal_shows_escapes_and_keeps_the_title() {
    let r = hostile();
    let root = r.root.display().to_string();
    for format in ["html", "csv", "md", "json"] {
        let Some(screen) = in_terminal(
            r.workdir(),
            env!("CARGO_BIN_EXE_ropa"),
            &["export", &root, "--format", format],
        ) else {
            return;
        };
        assert!(screen.contains("<U+202E>"), "{format}: {screen}");
    }
}

// ---------------------------------------------------------------- log, diff, validate

#[test]
fn log_diff_validate_and_the_overview_escape_register_text() {
    let r = hostile();
    save_poisoned_name(&r);
    let root = r.root.display().to_string();
    for args in [
        vec!["log", root.as_str()],
        vec!["log", root.as_str(), "da-barsel"],
        vec!["diff", "HEAD~2..HEAD"],
        vec!["validate", root.as_str()],
        vec!["validate", root.as_str(), "--format", "github"],
        vec!["--registry", root.as_str()],
    ] {
        let out = ropa_in(&r.root, &args);
        for (what, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert_eq!(
                raw_char(bytes),
                None,
                "ropa {args:?} {what}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("<U+202E>"), "ropa {args:?}:\n{text}");
    }
    // JSON into a pipe is exact, for the program reading it.
    let out = ropa_in(&r.root, &["log", &root, "--format", "json", "-n", "1"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(doc.to_string().contains('\u{202E}'), "{doc}");
}

#[test]
fn log_and_diff_in_a_terminal_keep_the_title() {
    let r = hostile();
    save_poisoned_name(&r);
    let bin = env!("CARGO_BIN_EXE_ropa");
    let root = r.root.display().to_string();
    for args in [
        vec!["log", root.as_str(), "-n", "2"],
        vec!["diff", "HEAD~1..HEAD"],
        vec!["log", root.as_str(), "--format", "json", "-n", "1"],
    ] {
        let Some(screen) = in_terminal(&r.root, bin, &args) else {
            return;
        };
        assert!(screen.contains("<U+202E>"), "ropa {args:?}:\n{screen}");
    }
}

// ---------------------------------------------------------------- the interface

/// The cells of the interface drawn at `w`×`h`, as text, and the cursor.
fn render(app: &mut App, w: u16, h: u16) -> (String, Option<(u16, u16)>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| draw(f, app, &Theme::default())).expect("draw");
    let b = t.backend();
    let cursor = b
        .cursor_visible()
        .then(|| (b.cursor_position().x, b.cursor_position().y));
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    (out, cursor)
}

/// The screen drawn at two sizes holds nothing a terminal would act on or
/// hide, and shows the attack by name when `shows` is set.
fn check(app: &mut App, what: &str, shows: bool) -> String {
    let mut big = String::new();
    for (w, h) in [(80, 24), (160, 50)] {
        let (screen, _) = render(app, w, h);
        assert_eq!(
            raw_char(screen.as_bytes()),
            None,
            "{what} {w}×{h}:\n{screen}"
        );
        if shows {
            assert!(screen.contains("<U+202E>"), "{what} {w}×{h}:\n{screen}");
        }
        big = screen;
    }
    big
}

fn press(app: &mut App, code: KeyCode) {
    key(app, code, KeyModifiers::NONE);
}

#[test]
fn every_screen_of_the_interface_shows_register_text_escaped() {
    let r = hostile();
    let mut app = app_on(&r.root);
    check(&mut app, "organisations", true);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Activities { .. }));
    check(&mut app, "activities", true);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen(), Screen::Detail { .. }));
    let detail = check(&mut app, "detail", true);
    assert!(detail.contains(SHOWN), "{detail}");

    press(&mut app, KeyCode::Char('H'));
    assert!(matches!(app.screen(), Screen::History { .. }));
    check(&mut app, "history", true);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.screen(), Screen::Form);
    let form = check(&mut app, "form", true);
    assert!(form.contains(SHOWN), "{form}");
    press(&mut app, KeyCode::Esc);
    assert_ne!(app.screen(), Screen::Form);

    press(&mut app, KeyCode::Char('D'));
    check(&mut app, "delete question", true);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen(), Screen::Problems);
    check(&mut app, "problems", false);
    press(&mut app, KeyCode::Esc);

    press(&mut app, KeyCode::Char('/'));
    assert_eq!(app.screen(), Screen::Search);
    let index =
        ropa::register::search::SearchIndex::new(&app.loaded.as_ref().expect("loaded").register);
    for c in "pwned".chars() {
        assert!(app.search_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)));
        if let Some(req) = app.take_search_request() {
            let hits = index.search(&req.query, 200);
            app.search_results(req.generation, hits);
        }
    }
    let search = check(&mut app, "search", true);
    assert!(search.contains("pwned"), "{search}");

    press(&mut app, KeyCode::Char('?'));
    check(&mut app, "help", false);
}

#[test]
fn the_form_shows_a_stand_in_and_keeps_the_cursor_where_it_was_typed() {
    let r = Repo::sample();
    let mut app = app_on(&r.root);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.screen(), Screen::Form);
    // The name field has the focus: empty it, then type ø, U+202E, å.
    press(&mut app, KeyCode::End);
    for _ in 0..40 {
        press(&mut app, KeyCode::Backspace);
    }
    for c in ['ø', '\u{202E}', 'å'] {
        press(&mut app, KeyCode::Char(c));
    }
    let (screen, cursor) = render(&mut app, 80, 24);
    assert_eq!(raw_char(screen.as_bytes()), None, "{screen}");
    let (row, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("ø<U+202E>å"))
        .unwrap_or_else(|| panic!("the name as typed is shown:\n{screen}"));
    // Each cell holds one character here, so a column is a char index.
    let at = line.chars().position(|c| c == 'ø').expect("ø") as u16;
    let row = row as u16;
    assert_eq!(cursor, Some((at + 10, row)), "after å:\n{screen}");
    press(&mut app, KeyCode::Left);
    assert_eq!(render(&mut app, 80, 24).1, Some((at + 9, row)), "before å");
    press(&mut app, KeyCode::Left);
    assert_eq!(
        render(&mut app, 80, 24).1,
        Some((at + 1, row)),
        "before U+202E"
    );
    // Editing edits the text as typed: a Delete here removes U+202E alone.
    press(&mut app, KeyCode::Delete);
    let (screen, cursor) = render(&mut app, 80, 24);
    assert!(screen.contains("øå"), "{screen}");
    assert_eq!(cursor, Some((at + 1, row)));
}

#[test]
fn the_interface_under_tmux_shows_the_attack_by_name_and_keeps_its_title() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let r = hostile();
    let root = r.root.display().to_string();
    let cmd = shell(
        r.workdir(),
        env!("CARGO_BIN_EXE_ropa"),
        &["--registry", &root],
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    let lists = t.wait_for("warnings");
    assert!(lists.contains("<U+202E>"), "{lists}");
    t.keys(&["Enter"]);
    t.keys(&["Enter"]);
    let detail = t.wait_for("Purposes and legal bases");
    assert!(detail.contains("<U+202E>"), "{detail}");
    assert!(!t.title().contains("pwned"), "{}", t.title());
    t.keys(&["e"]);
    let form = t.wait_for("Edit:");
    assert!(form.contains("<U+202E>"), "{form}");
    // Danish text typed into the name, saved as one commit.
    t.keys(&["End"]);
    t.literal(" æøå");
    t.keys(&["C-s"]);
    t.wait_for("Saved");
    let raw_screen = t.screen();
    assert!(!raw_screen.contains('\u{202E}'), "{raw_screen}");
    assert!(!t.title().contains("pwned"), "{}", t.title());
    t.keys(&["q"]);
    t.wait_for("DONE");
    let message = r.git(&["log", "--format=%B", "-1"]).stdout;
    assert_eq!(
        raw_char(&message),
        None,
        "{}",
        String::from_utf8_lossy(&message)
    );
    assert!(
        String::from_utf8_lossy(&message).contains("æøå"),
        "{}",
        String::from_utf8_lossy(&message)
    );
    // The record keeps the exact text, the attack included, and what was
    // typed after it.
    let changed = r.git_ok(&["show", "--name-only", "--format=", "HEAD"]);
    let rel = changed.trim();
    assert!(rel.ends_with(".ron"), "{changed}");
    assert!(
        activity(&r, rel).name.ends_with(&format!("{ATTACK}ø æøå")),
        "{:?}",
        activity(&r, rel).name
    );
}
