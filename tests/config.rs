//! The user's configuration: themes, config.ron and key bindings, read from
//! temporary config directories (never the real one).

use std::fs;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::style::Color;
use ropa::config::{Config, ConfigProblem, load_config, load_theme, load_ui, summary};
use ropa::tui::app::Action;
use ropa::tui::keys::{Key, KeyMap};
use ropa::tui::theme::{EMBEDDED, Theme, theme_names};

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::write(p, text).expect("write");
}

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn keymap(text: &str) -> (KeyMap, Vec<ConfigProblem>) {
    let d = dir();
    write(d.path(), "key_bindings.ron", text);
    KeyMap::load(d.path())
}

// ---- themes ----

#[test]
fn every_embedded_theme_parses_and_names_every_role() {
    assert_eq!(
        EMBEDDED.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        ["dark", "light", "high-contrast"]
    );
    // Parsed over two bases that differ in every role: equal only if the
    // file names every role itself.
    let other = Theme {
        bg: Color::Indexed(12),
        fg: Color::Indexed(1),
        accent: Color::Indexed(2),
        error: Color::Indexed(3),
        warning: Color::Indexed(4),
        dim: Color::Indexed(5),
        selection: Color::Indexed(6),
        selection_fg: Color::Indexed(7),
        border: Color::Indexed(8),
        highlight: Color::Indexed(9),
        status_fg: Color::Indexed(10),
        status_bg: Color::Indexed(11),
    };
    for (name, text) in EMBEDDED {
        let a = Theme::parse(text, &Theme::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let b = Theme::parse(text, &other).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(a, b, "{name} leaves a role out");
        assert_eq!(Theme::embedded(name), Some(a));
    }
    assert_eq!(Theme::embedded("dark"), Some(Theme::default()));
}

#[test]
fn no_name_is_dark_and_builtin_names_load_without_a_config_dir() {
    let d = dir();
    let (t, problems) = load_theme(None, d.path());
    assert_eq!(t, Theme::default());
    assert!(problems.is_empty());
    let (t, problems) = load_theme(Some("high-contrast"), &d.path().join("missing"));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(t.selection, Color::Rgb(0xff, 0xff, 0));
}

#[test]
fn user_theme_overrides_the_embedded_one() {
    let d = dir();
    write(
        d.path(),
        "themes/light.ron",
        "Theme(accent: \"#ff0000\", selection: \"LightGreen\")",
    );
    let (t, problems) = load_theme(Some("light"), d.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(t.accent, Color::Rgb(255, 0, 0));
    assert_eq!(t.selection, Color::LightGreen);
    // Roles the file leaves out keep the built-in light colours.
    let light = Theme::embedded("light").expect("light");
    assert_eq!(t.status_bg, light.status_bg);
    assert_eq!(t.error, light.error);
}

#[test]
fn user_theme_with_a_new_name() {
    let d = dir();
    write(d.path(), "themes/solar.ron", "Theme(fg: \"#839496\")");
    let (t, problems) = load_theme(Some("solar"), d.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(t.fg, Color::Rgb(0x83, 0x94, 0x96));
    assert_eq!(t.accent, Theme::default().accent);
    assert_eq!(
        theme_names(d.path()),
        ["dark", "light", "high-contrast", "solar"]
    );
}

#[test]
fn broken_theme_file_is_a_problem_at_its_line_and_the_builtin_theme() {
    let d = dir();
    write(
        d.path(),
        "themes/dark.ron",
        "Theme(\n    fg: \"Reset\",\n    accent: Cyan,\n)\n",
    );
    let (t, problems) = load_theme(Some("dark"), d.path());
    assert_eq!(t, Theme::default());
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!(p.path, d.path().join("themes/dark.ron"));
    // ron places the error at `Cyan` (or the blank before it).
    assert_eq!(p.line, 3, "{p}");
    assert!((12..=13).contains(&p.col), "{p}");
    let shown = p.to_string();
    let path = d.path().join("themes/dark.ron");
    assert!(
        shown.starts_with(&format!("{}:3:{}: ", path.display(), p.col)),
        "{shown}"
    );
}

#[test]
fn bad_colour_and_unknown_role_are_problems() {
    let d = dir();
    write(d.path(), "themes/light.ron", "Theme(\n  fg: \"Mauve\",\n)");
    let (t, problems) = load_theme(Some("light"), d.path());
    assert_eq!(Some(t), Theme::embedded("light"));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 2);
    assert!(problems[0].message.contains("Mauve"), "{}", problems[0]);

    write(
        d.path(),
        "themes/light.ron",
        "Theme(\n  fg: \"Red\",\n  backgrund: \"Red\",\n)",
    );
    let (_, problems) = load_theme(Some("light"), d.path());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3);
    assert!(problems[0].message.contains("backgrund"), "{}", problems[0]);
}

#[test]
fn unknown_theme_name_is_a_problem_and_dark() {
    let d = dir();
    let (t, problems) = load_theme(Some("neon"), d.path());
    assert_eq!(t, Theme::default());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].message.contains("no theme `neon`"),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].message.contains("high-contrast"),
        "{}",
        problems[0]
    );
}

// ---- config.ron ----

#[test]
fn config_parses() {
    let d = dir();
    let (c, problems) = load_config(d.path());
    assert_eq!(c, Config::default(), "no file is the defaults");
    assert!(problems.is_empty());

    write(
        d.path(),
        "config.ron",
        "// mine\nConfig(\n    registry: Some(\"/srv/register\"),\n    theme: Some(\"light\"),\n)\n",
    );
    let (c, problems) = load_config(d.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.registry.as_deref(), Some(Path::new("/srv/register")));
    assert_eq!(c.theme.as_deref(), Some("light"));

    write(d.path(), "config.ron", "Config(theme: \"high-contrast\")");
    let (c, problems) = load_config(d.path());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(c.theme.as_deref(), Some("high-contrast"));
    assert_eq!(c.registry, None);

    write(
        d.path(),
        "config.ron",
        "Config(registry: Some(\"registers/acme\"))",
    );
    let (c, _) = load_config(d.path());
    assert_eq!(
        c.registry,
        Some(d.path().join("registers/acme")),
        "relative to the config dir"
    );

    write(d.path(), "config.ron", "()");
    assert_eq!(load_config(d.path()), (Config::default(), vec![]));
}

#[test]
fn config_unknown_field_is_a_problem_and_defaults() {
    let d = dir();
    write(
        d.path(),
        "config.ron",
        "Config(\n    theme: Some(\"light\"),\n    colour: Some(\"red\"),\n)\n",
    );
    let (c, problems) = load_config(d.path());
    assert_eq!(c, Config::default());
    assert_eq!(problems.len(), 1);
    let p = &problems[0];
    assert_eq!(p.path, d.path().join("config.ron"));
    assert_eq!(p.line, 3, "{p}");
    assert!(p.col > 0, "{p}");
    assert!(p.message.contains("colour"), "{p}");
}

#[test]
fn config_syntax_error_is_a_problem() {
    let d = dir();
    write(d.path(), "config.ron", "Config(\n  theme: Some(\"light\"\n");
    let (c, problems) = load_config(d.path());
    assert_eq!(c, Config::default());
    assert_eq!(problems.len(), 1);
    assert!(problems[0].line >= 2, "{}", problems[0]);
}

// ---- key bindings ----

#[test]
fn defaults_without_a_file() {
    let d = dir();
    let (k, problems) = KeyMap::load(d.path());
    assert!(problems.is_empty());
    assert_eq!(k, KeyMap::default());
    assert_eq!(k.action(press(KeyCode::Char('j'))), Some(Action::Down));
    assert_eq!(k.action(press(KeyCode::Down)), Some(Action::Down));
    assert_eq!(k.action(press(KeyCode::Char('/'))), Some(Action::Search));
    assert_eq!(k.action(press(KeyCode::Tab)), Some(Action::NextPane));
    assert_eq!(
        k.action(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        Some(Action::Bottom)
    );
    assert_eq!(k.action(press(KeyCode::Char('z'))), None);
    let mut release = press(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(k.action(release), None);
}

#[test]
fn override_quit_leaves_other_defaults() {
    let (k, problems) = keymap(r#"{ "quit": ["x"] }"#);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(k.action(press(KeyCode::Char('x'))), Some(Action::Quit));
    assert_eq!(
        k.action(press(KeyCode::Char('q'))),
        None,
        "q is no longer quit"
    );
    assert_eq!(k.action(press(KeyCode::Char('j'))), Some(Action::Down));
    assert_eq!(k.action(press(KeyCode::Enter)), Some(Action::Open));
    assert_eq!(k.action(press(KeyCode::Char('?'))), Some(Action::Help));
}

#[test]
fn modifiers_and_named_keys_bind() {
    let (k, problems) = keymap(
        r#"{
            "search": ["/", "ctrl-f"],
            "next-pane": ["shift-tab", "f6"],
            "page_down": ["space"],
        }"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(k.action(ctrl('f')), Some(Action::Search));
    assert_eq!(
        k.action(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::NextPane)
    );
    assert_eq!(k.action(press(KeyCode::F(6))), Some(Action::NextPane));
    // Tab and PgDn stay the form's (next field, next section); on the
    // lists they are nobody's now.
    let lists = ropa::tui::keys::Context::Activities;
    assert_eq!(k.action_in(press(KeyCode::Tab), lists), None);
    assert_eq!(k.action(press(KeyCode::Char(' '))), Some(Action::PageDown));
    assert_eq!(k.action_in(press(KeyCode::PageDown), lists), None);
}

#[test]
fn a_key_given_to_another_action_leaves_its_default() {
    let (k, problems) = keymap(r#"{ "top": ["j"] }"#);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(k.action(press(KeyCode::Char('j'))), Some(Action::Top));
    assert_eq!(k.action(press(KeyCode::Down)), Some(Action::Down));
    assert_eq!(k.action(press(KeyCode::Char('g'))), None);
}

#[test]
fn invalid_key_is_a_problem_at_its_place_and_the_rest_applies() {
    let (k, problems) = keymap("{\n  \"quit\": [\"x\", \"ctlr-q\"],\n  \"down\": [\"n\"],\n}\n");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!((p.line, p.col), (2, 17), "{p}");
    assert!(p.message.contains("ctlr-q"), "{p}");
    assert_eq!(k.action(press(KeyCode::Char('x'))), Some(Action::Quit));
    assert_eq!(k.action(press(KeyCode::Char('n'))), Some(Action::Down));
}

#[test]
fn only_invalid_keys_keep_the_default() {
    let (k, problems) = keymap(r#"{ "help": ["F99"] }"#);
    assert_eq!(problems.len(), 1);
    assert_eq!(k.action(press(KeyCode::Char('?'))), Some(Action::Help));
}

#[test]
fn unknown_action_is_a_problem() {
    let (k, problems) = keymap("{\n  \"jump\": [\"J\"],\n  \"up\": [\"i\"],\n}");
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!((p.line, p.col), (2, 3), "{p}");
    assert!(p.message.contains("unknown action `jump`"), "{p}");
    assert!(p.message.contains("next_pane"), "lists the actions: {p}");
    assert_eq!(k.action(press(KeyCode::Char('i'))), Some(Action::Up));
}

#[test]
fn syntax_error_is_a_problem_and_the_defaults() {
    let (k, problems) = keymap("{\n  \"quit\": [\"x\"\n  \"up\": [\"i\"],\n}");
    assert_eq!(k, KeyMap::default());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, 3, "{}", problems[0]);
}

#[test]
fn same_key_for_two_actions_stays_with_the_first() {
    let (k, problems) = keymap(r#"{ "up": ["u"], "down": ["u", "d"] }"#);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].message.contains("both `up` and `down`"),
        "{}",
        problems[0]
    );
    assert_eq!(k.action(press(KeyCode::Char('u'))), Some(Action::Up));
    assert_eq!(k.action(press(KeyCode::Char('d'))), Some(Action::Down));
}

#[test]
fn ctrl_c_always_quits() {
    assert_eq!(KeyMap::default().action(ctrl('c')), Some(Action::Quit));
    let (k, _) = keymap(r#"{ "quit": ["x"] }"#);
    assert_eq!(k.action(ctrl('c')), Some(Action::Quit));
    let (k, _) = keymap(r#"{ "quit": [] }"#);
    assert_eq!(k.action(ctrl('c')), Some(Action::Quit));
    let (k, problems) = keymap(r#"{ "help": ["ctrl-c", "h"] }"#);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("Ctrl-C always quits"));
    assert_eq!(k.action(ctrl('c')), Some(Action::Quit));
    assert_eq!(k.action(press(KeyCode::Char('h'))), Some(Action::Help));
    // The free function uses the defaults.
    assert_eq!(ropa::tui::keys::action(ctrl('c')), Some(Action::Quit));
}

#[test]
fn help_lists_the_actual_keys() {
    let help = KeyMap::default().help();
    assert!(help.contains(&("↑ k".to_string(), "move up")), "{help:?}");
    assert!(
        help.contains(&("Enter l →".to_string(), "open")),
        "{help:?}"
    );
    assert!(help.contains(&("q Ctrl-C".to_string(), "quit")), "{help:?}");
    assert!(
        help.iter()
            .any(|(k, what)| k == "Tab" && what.starts_with("list / preview")),
        "{help:?}"
    );

    let (k, _) = keymap(r#"{ "quit": ["x"], "search": ["ctrl-f", "/"], "problems": [] }"#);
    let help = k.help();
    assert!(help.contains(&("x Ctrl-C".to_string(), "quit")), "{help:?}");
    assert!(
        help.iter()
            .any(|(keys, what)| keys == "Ctrl-F /" && what.starts_with("search")),
        "{help:?}"
    );
    assert!(
        help.iter().all(|(_, what)| !what.starts_with("problems")),
        "unbound: {help:?}"
    );
    assert!(help.contains(&("↓ j".to_string(), "move down")), "{help:?}");
    assert_eq!(k.label(Action::Quit), "x");
    assert_eq!(k.label(Action::Help), "?");
}

#[test]
fn key_display_round_trips_through_parse() {
    for s in ["ctrl-s", "alt-x", "f5", "enter", "esc", "pagedown", "G"] {
        let k = Key::parse(s).expect(s);
        assert!(!k.to_string().is_empty());
    }
}

// ---- everything together ----

#[test]
fn load_ui_collects_theme_and_key_problems() {
    let d = dir();
    write(d.path(), "themes/light.ron", "Theme(fg: )");
    write(d.path(), "key_bindings.ron", r#"{ "fly": ["f"] }"#);
    let ui = load_ui(Some(d.path()), Some("light"));
    assert_eq!(Some(ui.theme), Theme::embedded("light"));
    assert_eq!(ui.keys, KeyMap::default());
    assert_eq!(ui.problems.len(), 2, "{:?}", ui.problems);
    let line = summary(&ui.problems).expect("summary");
    assert!(line.starts_with("config: "), "{line}");
    assert!(line.ends_with("(+1 more)"), "{line}");
    assert_eq!(summary(&[]), None);

    let ui = load_ui(None, Some("high-contrast"));
    assert!(ui.problems.is_empty());
    assert_eq!(Some(ui.theme), Theme::embedded("high-contrast"));
    let ui = load_ui(None, Some("solar"));
    assert_eq!(ui.problems.len(), 1);
}
