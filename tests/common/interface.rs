//! The interface's state on a scratch git repository holding the sample
//! register, driven by key events the way the event loop feeds them.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use git2::{Repository, Signature};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Screen};

/// A scratch repository and an interface on its register.
pub struct Scratch {
    pub _dir: tempfile::TempDir,
    /// The work tree; the register is its `registry` folder.
    pub work: PathBuf,
    pub app: App,
}

/// The sample register in `<tmp>/registry`, committed in a repository at
/// `<tmp>` whose own config gives the identity "Test Lawyer".
pub fn scratch() -> Scratch {
    let (dir, work) = scratch_repo();
    let app = app_on(&work.join("registry"));
    Scratch {
        _dir: dir,
        work,
        app,
    }
}

/// The repository of [`scratch`] without an interface: the temporary
/// folder and its work tree.
pub fn scratch_repo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().to_path_buf();
    super::copy_tree(&super::sample_registry(), &work.join("registry"));
    let repo = Repository::init(&work).expect("init");
    let mut cfg = repo.config().expect("config");
    cfg.set_str("user.name", "Test Lawyer").expect("name");
    cfg.set_str("user.email", "lawyer@example.org")
        .expect("email");
    commit_all(&repo, "sample");
    (dir, work)
}

/// Commits everything in the work tree as a colleague would (not through
/// ropa).
pub fn commit_all(repo: &Repository, message: &str) {
    let mut index = repo.index().expect("index");
    index
        .add_all(["*"].iter(), git2::IndexAddOption::DEFAULT, None)
        .expect("add");
    index.write().expect("write index");
    let tree = repo
        .find_tree(index.write_tree().expect("tree"))
        .expect("find tree");
    let sig = Signature::now("Colleague", "colleague@example.org").expect("sig");
    let parents: Vec<git2::Commit> = repo
        .head()
        .ok()
        .and_then(|h| h.peel_to_commit().ok())
        .into_iter()
        .collect();
    let parents: Vec<&git2::Commit> = parents.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .expect("commit");
}

/// An interface on the register at `root`, loaded and validated.
pub fn app_on(root: &Path) -> App {
    let loaded = load(root).expect("load");
    let report = validate(&loaded, &Options::default());
    let mut app = App::new(root.display().to_string());
    app.root = root.to_path_buf();
    app.head = ropa::register::git::head_info(root);
    app.set_loaded(loaded);
    app.set_report(report);
    app
}

/// Feeds a key the way the interface's event loop does.
pub fn key(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    let k = KeyEvent::new(code, modifiers);
    app.handle_key(k);
}

/// Types `text` (`\n` is Enter, `\x1b` Esc).
pub fn keys_(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        key(app, code, KeyModifiers::NONE);
    }
}

/// Types `text` (`\n` is Enter, `\x1b` Esc) as a terminal sends it:
/// capitals with Shift (bindings such as `W` or `G` are matched so).
pub fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        let (code, m) = match c {
            '\n' => (KeyCode::Enter, KeyModifiers::NONE),
            '\x1b' => (KeyCode::Esc, KeyModifiers::NONE),
            c if c.is_uppercase() => (KeyCode::Char(c), KeyModifiers::SHIFT),
            c => (KeyCode::Char(c), KeyModifiers::NONE),
        };
        key(app, code, m);
    }
}

/// The key bar (the row above the one-row status line) of `text`, an
/// interface drawn `h` rows high.
pub fn key_bar(text: &str, h: u16) -> String {
    text.lines()
        .nth(usize::from(h) - 2)
        .unwrap_or_default()
        .to_string()
}

/// A scratch register with `ron` as the user's key bindings (which must
/// load without a problem), in `lang`.
pub fn with_bindings(ron: &str, lang: ropa::register::lang::Lang) -> Scratch {
    let (map, problems) = ropa::tui::keys::KeyMap::from_ron(ron, Path::new("key_bindings.ron"));
    assert!(problems.is_empty(), "{problems:?}");
    let mut s = scratch();
    s.app.keys = map;
    s.app.lang = lang;
    s
}

/// Ctrl and a letter, as a terminal reports it: the letter in lower case
/// (a terminal sends the same byte for Ctrl-S and Ctrl-Shift-S).
pub fn ctrl(app: &mut App, c: char) {
    key(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

/// HEAD's commit in the work tree `work`.
pub fn head(work: &Path) -> git2::Oid {
    Repository::open(work)
        .expect("open")
        .head()
        .expect("head")
        .target()
        .expect("target")
}

/// A test buffer's text, one line per row with trailing spaces trimmed.
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        for x in 0..buf.area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The whole interface drawn at `w`×`h` in the default theme, as text.
pub fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| ropa::tui::draw(f, app, &ropa::tui::theme::Theme::default()))
        .expect("draw");
    buffer_text(t.backend().buffer())
}

/// Opens DA Barsel's page: DA is the sample's first organisation, DA
/// Barsel its third activity.
pub fn open_barsel(app: &mut App) {
    keys_(app, "\njj\n");
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
}

/// Asserts that the last Ctrl-S saved: the form is closed (else its
/// message says why not).
pub fn assert_saved(app: &App) {
    assert_ne!(
        app.screen(),
        Screen::Form,
        "{:?}",
        app.form.as_ref().map(|f| &f.message)
    );
}

/// Marks activity `org`/`act` of the register at `root` reviewed on `day`
/// through the one transaction, as the due list's `v` does (uncommitted
/// changes asked about).
pub fn commit_review(
    root: &Path,
    org: &str,
    act: &str,
    day: &str,
) -> Result<ropa::register::change::Outcome, ropa::register::change::Refusal> {
    use ropa::register::change::{self, Intent, Options, Uncommitted};
    let on = ropa::register::date::Date::parse(day).expect("date");
    let loaded = load(root).expect("load");
    let rel = format!("{org}/activities/{act}.ron");
    let bytes = std::fs::read(root.join(&rel)).expect("read");
    let base = change::baseline_loaded(root, &rel, &bytes).expect("baseline");
    change::commit(
        root,
        &loaded.register,
        &Intent::Review {
            org: org.into(),
            activity: act.into(),
            on,
        },
        &[base],
        &Options {
            force: false,
            uncommitted: Uncommitted::Ask,
            today: on,
        },
    )
}

/// The search screen's hits for `query` in a running session, as
/// "org/activity": the query typed afresh, the loop turned until the
/// search worker's answer is shown, the screen left again.
pub fn search_hits(s: &mut ropa::tui::session::Session, query: &str) -> Vec<String> {
    keys_(&mut s.app, "/");
    // The search screen keeps the last query: cleared first.
    ctrl(&mut s.app, 'u');
    s.app.paste(query);
    let start = std::time::Instant::now();
    while s.app.search.pending() || !s.settled() {
        s.turn();
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "waited 60 s for the search"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let hits = s
        .app
        .search
        .ids
        .iter()
        .map(|(o, a)| format!("{o}/{}", a.as_deref().unwrap_or("")))
        .collect();
    keys_(&mut s.app, "\x1b");
    hits
}
