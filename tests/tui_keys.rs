//! Keys shown where they apply: the key bar and the help of every context
//! (snapshots with colours and modifiers, at 80×24 and 120×40), keys that
//! do not apply saying so, one confirmation convention (Enter confirms, Esc
//! cancels), and a status line that shows a whole message and never hides
//! the counts. Every key goes through `App::handle_key`, as in the program.

mod common;

use common::interface::{Scratch, buffer_text, scratch};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};
use ropa::register::date::Date;
use ropa::register::lang::{Lang, tr_args};
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{App, Confirm, Screen};
use ropa::tui::keys::{Context, KeyMap};
use ropa::tui::theme::Theme;

/// The sample register committed in a scratch repository of its own, made
/// once (a form's status is the dry run of its save, which reads git).
fn sample_root() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<Scratch> = std::sync::OnceLock::new();
    DIR.get_or_init(scratch).work.as_path()
}

/// An interface on the sample, validated as of a fixed day, in `lang`.
fn sample_app(lang: Lang) -> App {
    let root = sample_root().join("registry");
    let loaded = load(&root).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    let mut app = App::new("registry");
    app.root = root;
    app.lang = lang;
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.set_loaded(loaded);
    app.set_report(report);
    app
}

fn press(app: &mut App, code: KeyCode, m: KeyModifiers) {
    app.handle_key(KeyEvent::new(code, m));
}

/// Types `text` (`\n` is Enter, `\x1b` Esc) through `App::handle_key`.
fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        press(app, code, KeyModifiers::NONE);
    }
}

/// The interface drawn at `w`×`h` in the default theme.
fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut t = ratatui::Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| ropa::tui::draw(f, app, &Theme::default()))
        .expect("draw");
    t.backend().buffer().clone()
}

/// Rows `from..` of a buffer with their styles: each row's text, then one
/// line per run of cells that share a style other than the plain one
/// (`x..x fg bg modifiers`), so a snapshot catches colours too.
fn styled(buf: &Buffer, from: u16) -> String {
    let mut out = String::new();
    for y in from..buf.area.height {
        let mut text = String::new();
        for x in 0..buf.area.width {
            text.push_str(buf[(x, y)].symbol());
        }
        out.push_str(&format!("{:>2}│{}\n", y, text.trim_end()));
        let mut x = 0;
        while x < buf.area.width {
            let c = &buf[(x, y)];
            let key = (c.fg, c.bg, c.modifier);
            let start = x;
            while x < buf.area.width && {
                let d = &buf[(x, y)];
                (d.fg, d.bg, d.modifier) == key
            } {
                x += 1;
            }
            if key != (Color::Reset, Color::Reset, Modifier::empty()) {
                out.push_str(&format!(
                    "  │ {start}..{x} fg={:?} bg={:?} {:?}\n",
                    key.0, key.1, key.2
                ));
            }
        }
    }
    out
}

/// `screen` with the scratch repository's commit ids and times (which
/// change with every run) as zeros: `0000000`, `0000-00-00 00:00` (a time
/// cut by an overlay too).
fn stable(screen: &str) -> String {
    let id = regex::Regex::new(r"\b[0-9a-f]{7}\b").expect("regex");
    let time = regex::Regex::new(r"\b\d{4}-\d[\d :-]*").expect("regex");
    let screen = id.replace_all(screen, "0000000");
    time.replace_all(&screen, |c: &regex::Captures| {
        c[0].chars()
            .map(|ch| if ch.is_ascii_digit() { '0' } else { ch })
            .collect::<String>()
    })
    .into_owned()
}

/// The app on the screen of `context` (the sample's DA Barsel for the
/// activity screens).
fn on(context: Context, lang: Lang) -> App {
    let mut app = sample_app(lang);
    match context {
        Context::Organisations => {}
        Context::Activities => keys(&mut app, "\n"),
        Context::Detail => keys(&mut app, "\njj\n"),
        Context::Problems => keys(&mut app, "p"),
        Context::History => keys(&mut app, "\njjH"),
        Context::Gaps => keys(&mut app, "t"),
        Context::Search => {
            keys(&mut app, "/");
            keys(&mut app, "barsel");
        }
        Context::Help => keys(&mut app, "?"),
        Context::Confirm => keys(&mut app, "\njjD"),
        Context::Form => keys(&mut app, "\njje"),
        Context::Organisation => keys(&mut app, "i"),
        Context::Map => keys(&mut app, "m"),
        Context::Due => keys(&mut app, "d"),
    }
    assert_eq!(app.context(), context, "{context:?}");
    app
}

#[test]
fn key_bars_of_every_context_with_styles() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut all = String::new();
        for context in Context::ALL {
            let mut app = on(context, Lang::En);
            let buf = draw(&mut app, w, h);
            all.push_str(&format!("── {}\n", context.name()));
            all.push_str(&stable(&styled(&buf, h - 2)));
        }
        insta::assert_snapshot!(format!("key_bars_{w}x{h}"), all);
    }
}

#[test]
fn help_of_every_context_with_styles() {
    for (w, h) in [(80, 24), (120, 40)] {
        for context in [
            Context::Organisations,
            Context::Activities,
            Context::Detail,
            Context::Problems,
            Context::History,
            Context::Search,
            Context::Form,
        ] {
            let mut app = on(context, Lang::En);
            // F1 opens the help where `?` types (search, form).
            press(&mut app, KeyCode::F(1), KeyModifiers::NONE);
            assert!(app.help, "{context:?}");
            let buf = draw(&mut app, w, h);
            insta::assert_snapshot!(
                format!("help_{}_{w}x{h}", context.name()),
                stable(&styled(&buf, 0))
            );
        }
    }
}

#[test]
fn the_key_bar_fits_80_columns_in_every_language_and_ends_with_help() {
    for lang in Lang::ALL {
        for context in Context::ALL {
            let mut app = on(context, lang);
            let buf = draw(&mut app, 80, 24);
            let text = buffer_text(&buf);
            let bar = text.lines().nth(22).expect("bar");
            assert!(
                unicode_width::UnicodeWidthStr::width(bar) <= 80,
                "{lang} {context:?}: {bar}"
            );
            let help = ropa::register::lang::tr(lang, "tui-bar-help");
            match context {
                Context::Help | Context::Confirm => assert!(bar.contains("Esc"), "{bar}"),
                Context::Search | Context::Form => {
                    assert!(
                        bar.ends_with(&format!("F1 {help}")),
                        "{lang} {context:?}: {bar}"
                    )
                }
                _ => assert!(
                    bar.ends_with(&format!("? {help}")),
                    "{lang} {context:?}: {bar}"
                ),
            }
            assert!(!bar.contains('…'), "hints are dropped whole: {bar}");
            // How to go in and how to go back stay on the bar wherever
            // they apply, before the screen's own filters and jumps.
            if matches!(
                context,
                Context::Organisations | Context::Activities | Context::Problems
            ) {
                assert!(bar.contains("Enter"), "{lang} {context:?}: {bar}");
            }
            if matches!(
                context,
                Context::Activities
                    | Context::Detail
                    | Context::Organisation
                    | Context::Problems
                    | Context::History
            ) {
                assert!(bar.contains("Esc"), "{lang} {context:?}: {bar}");
            }
        }
    }
}

#[test]
fn q_in_help_closes_the_help_and_does_not_quit() {
    let mut app = sample_app(Lang::En);
    keys(&mut app, "?");
    assert!(app.help);
    keys(&mut app, "q");
    assert!(!app.help && !app.quit, "q closes the help only");
    keys(&mut app, "?\x1b");
    assert!(!app.help && !app.quit, "Esc closes the help");
    keys(&mut app, "??");
    assert!(!app.help && !app.quit, "? closes the help");
    keys(&mut app, "?");
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.quit, "Ctrl-C still quits");
    let text = buffer_text(&draw(&mut sample_app(Lang::En), 80, 24));
    assert!(!text.contains("closes this help"), "{text}");
    let mut app = sample_app(Lang::En);
    keys(&mut app, "?");
    let text = buffer_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Esc, ? or q closes this help"), "{text}");
}

#[test]
fn keys_that_do_not_apply_on_the_organisations_screen_say_so() {
    for (key, what) in [
        ('H', "history of the activity"),
        ('c', "copy activity under a new id"),
        ('R', "retire activity"),
        ('D', "delete activity"),
    ] {
        let mut app = sample_app(Lang::En);
        keys(&mut app, &key.to_string());
        assert_eq!(app.screen(), Screen::Organisations);
        assert!(app.confirm.is_none() && app.history.is_none());
        assert_eq!(
            app.notice.as_deref(),
            Some(format!("{key} ({what}) does not apply here").as_str())
        );
        let text = buffer_text(&draw(&mut app, 80, 24));
        assert!(text.contains("does not apply here"), "{text}");
    }
    let mut app = sample_app(Lang::Da);
    keys(&mut app, "H");
    assert_eq!(
        app.notice.as_deref(),
        Some("H (aktivitetens historik) gælder ikke her")
    );
}

#[test]
fn the_history_takes_the_users_bindings() {
    let (map, problems) = KeyMap::from_ron(
        r#"{ "down": ["x"], "raw": ["w"], "back": ["b"] }"#,
        std::path::Path::new("key_bindings.ron"),
    );
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = on(Context::History, Lang::En);
    app.keys = map;
    let bar = buffer_text(&draw(&mut app, 120, 40));
    assert!(bar.contains("w raw diff"), "{bar}");
    assert!(bar.contains("b back"), "{bar}");
    keys(&mut app, "w");
    assert!(app.history.as_ref().is_some_and(|h| h.raw));
    keys(&mut app, "r");
    assert!(
        app.history.as_ref().is_some_and(|h| h.raw),
        "r is no longer the raw key"
    );
    keys(&mut app, "b");
    assert!(app.history.is_none());
    assert!(matches!(app.screen(), Screen::Activities { .. }));
}

#[test]
fn the_key_bar_shows_the_users_bindings() {
    let (map, _) = KeyMap::from_ron(
        r#"{ "search": ["ctrl-f"], "quit": ["x"] }"#,
        std::path::Path::new("key_bindings.ron"),
    );
    let mut app = sample_app(Lang::En);
    app.keys = map;
    let text = buffer_text(&draw(&mut app, 80, 24));
    let bar = text.lines().nth(22).expect("bar");
    assert!(bar.contains("Ctrl-F search"), "{bar}");
    assert!(bar.contains("x quit"), "{bar}");
    assert!(!bar.contains("/ search"), "{bar}");
}

#[test]
fn the_delete_question_answers_to_enter_and_esc() {
    let mut s = scratch();
    let app = &mut s.app;
    keys(app, "\njjD");
    assert!(matches!(app.confirm, Some(Confirm::Delete { .. })));
    let text = buffer_text(&draw(app, 80, 24));
    assert!(
        text.contains("Enter (or y)  delete    Esc (or n)  keep it"),
        "{text}"
    );
    keys(app, "x");
    assert!(
        app.confirm.is_some(),
        "another key leaves the question open"
    );
    keys(app, "\x1b");
    assert!(app.confirm.is_none());
    assert_eq!(app.notice.as_deref(), Some("Not deleted."));
    let head = common::interface::head(&s.work);
    keys(app, "D\n");
    assert!(app.confirm.is_none());
    assert_ne!(common::interface::head(&s.work), head, "Enter deleted it");
    assert!(
        app.notice
            .as_deref()
            .is_some_and(|n| n.starts_with("Saved ")),
        "{:?}",
        app.notice
    );
    assert!(!s.work.join("registry/da/activities/da-barsel.ron").exists());
}

#[test]
fn a_report_closes_on_enter_or_esc_only() {
    for close in [KeyCode::Enter, KeyCode::Esc] {
        let mut app = sample_app(Lang::En);
        app.confirm = Some(Confirm::Report {
            title: "Sync stopped".into(),
            text: "the remote refused the push".into(),
        });
        let text = buffer_text(&draw(&mut app, 80, 24));
        assert!(text.contains("Enter or Esc closes this"), "{text}");
        keys(&mut app, "j");
        assert!(app.confirm.is_some());
        press(&mut app, close, KeyModifiers::NONE);
        assert!(app.confirm.is_none(), "{close:?}");
        assert_eq!(app.screen(), Screen::Organisations);
    }
}

#[test]
fn a_broken_file_question_reopens_on_enter_and_keeps_on_esc() {
    let question = || Confirm::BrokenFile {
        path: "da/activities/da-barsel.ron".into(),
        problem: "1:1: expected a record".into(),
        line: 1,
        before: Vec::new(),
        head: None,
    };
    let mut app = sample_app(Lang::En);
    app.confirm = Some(question());
    let text = buffer_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Enter (or r)  reopen the editor"), "{text}");
    assert!(text.contains("Esc (or k)  keep the file"), "{text}");
    keys(&mut app, "\n");
    assert!(app.confirm.is_none());
    assert!(app.editor_request.as_ref().is_some_and(|r| r.line == 1));
    let mut app = sample_app(Lang::En);
    app.confirm = Some(question());
    keys(&mut app, "\x1b");
    assert!(app.confirm.is_none() && app.editor_request.is_none());
    assert_eq!(
        app.notice.as_deref(),
        Some(
            "da/activities/da-barsel.ron is left as you wrote it, not committed; fix it and press E"
        )
    );
}

#[test]
fn uncommitted_changes_are_set_aside_on_enter_and_kept_on_esc() {
    for (answer, committed) in [("\x1b", false), ("\n", true)] {
        let mut s = scratch();
        let file = s.work.join("registry/da/activities/da-barsel.ron");
        let mut text = std::fs::read_to_string(&file).expect("read");
        text.push_str("// a note of a colleague\n");
        std::fs::write(&file, &text).expect("write");
        s.app = common::interface::app_on(&s.work.join("registry"));
        let head = common::interface::head(&s.work);
        let app = &mut s.app;
        keys(app, "\njjR");
        assert!(
            matches!(app.confirm, Some(Confirm::Uncommitted { .. })),
            "{:?}",
            app.notice
        );
        let screen = buffer_text(&draw(app, 80, 24));
        assert!(screen.contains("Enter (or a)  set them aside"), "{screen}");
        keys(app, answer);
        assert!(app.confirm.is_none());
        assert_eq!(common::interface::head(&s.work) != head, committed);
        let after = std::fs::read_to_string(&file).expect("read");
        if committed {
            // The colleague's note is in the stash, not in the commit.
            assert!(!after.contains("a note of a colleague"));
            let stash = std::process::Command::new("git")
                .args(["stash", "list"])
                .current_dir(&s.work)
                .output()
                .expect("git");
            assert!(!stash.stdout.is_empty());
        } else {
            assert_eq!(after, text, "Esc leaves the file alone");
            assert_eq!(
                app.notice.as_deref(),
                Some("Cancelled; nothing was committed.")
            );
        }
    }
}

#[test]
fn the_forms_leave_question_saves_on_enter() {
    let mut s = scratch();
    let head = common::interface::head(&s.work);
    let app = &mut s.app;
    keys(app, "\njje");
    assert_eq!(app.screen(), Screen::Form);
    keys(app, "æ");
    keys(app, "\x1b");
    assert!(app.form.as_ref().is_some_and(|f| f.dialog.is_some()));
    keys(app, "\n");
    assert!(app.form.is_none(), "{:?}", app.notice);
    assert_ne!(common::interface::head(&s.work), head, "Enter saved");
}

#[test]
fn a_message_longer_than_80_columns_is_shown_whole() {
    let mut app = sample_app(Lang::En);
    let message = "Not saved: the pre-commit hook stopped the save · register/da/activities/\
                   da-barsel.ron: retention period missing for the category health data · \
                   fix it and save again";
    app.notice = Some(message.into());
    let text = buffer_text(&draw(&mut app, 80, 24));
    let bottom: Vec<&str> = text.lines().rev().take(4).collect();
    let joined: String = bottom
        .iter()
        .rev()
        .map(|l| l.trim())
        .collect::<Vec<_>>()
        .join(" ");
    for word in message.split(' ') {
        assert!(joined.contains(word), "{word} missing:\n{text}");
    }
    assert!(bottom[0].contains("errors"), "{text}");
}

#[test]
fn the_no_identity_advice_keeps_its_email_line() {
    let mut app = sample_app(Lang::En);
    app.notice = Some(format!(
        "Not saved: {}",
        ropa::register::change::Refusal::NoIdentity
    ));
    let text = buffer_text(&draw(&mut app, 80, 24));
    assert!(
        text.contains("git config --global user.email \"you@example.org\""),
        "{text}"
    );
    assert!(text.contains("git config --global user.name"), "{text}");
}

#[test]
fn the_counts_are_never_hidden() {
    // Read-only, a long path, a long message, a narrow terminal.
    let mut app = sample_app(Lang::En);
    app.head = None;
    app.root_label = "/home/someone/a/very/long/path/to/the/legal/team/register/registry".into();
    app.notice = Some("Reloaded: changed outside ropa".into());
    let (e, w) = {
        let r = app.report().expect("report");
        (r.errors(), r.warnings())
    };
    for width in [80, 60, 120] {
        let text = buffer_text(&draw(&mut app, width, 24));
        let last = text.lines().last().expect("status");
        assert!(last.contains(&format!("{e} errors")), "{width}: {last}");
        assert!(last.contains(&format!("{w} warnings")), "{width}: {last}");
        assert!(last.contains('…'), "the path is what is cut: {last}");
        assert!(text.contains("read-only"), "{text}");
        assert!(text.contains("Reloaded: changed outside ropa"), "{text}");
    }
}

#[test]
fn counts_speak_in_correct_plurals() {
    let n = |lang, key: &str, n: usize| tr_args(lang, key, &[("n", n.into())]);
    assert_eq!(n(Lang::En, "tui-count-errors", 1), "1 error");
    assert_eq!(n(Lang::En, "tui-count-errors", 2), "2 errors");
    assert_eq!(n(Lang::En, "tui-count-warnings", 1), "1 warning");
    assert_eq!(n(Lang::Da, "tui-count-errors", 1), "1 fejl");
    assert_eq!(n(Lang::Da, "tui-count-errors", 3), "3 fejl");
    assert_eq!(n(Lang::Da, "tui-count-warnings", 1), "1 advarsel");
    assert_eq!(n(Lang::Da, "tui-count-warnings", 2), "2 advarsler");
    assert_eq!(n(Lang::Nb, "tui-count-warnings", 1), "1 advarsel");
    assert_eq!(n(Lang::Nb, "tui-count-warnings", 2), "2 advarsler");
    assert_eq!(n(Lang::Nb, "tui-count-errors", 1), "1 feil");
}

#[test]
fn zero_errors_are_not_red() {
    let mut app = sample_app(Lang::En);
    app.set_report(ropa::register::validate::Report::default());
    let buf = draw(&mut app, 80, 24);
    let text = buffer_text(&buf);
    let last = text.lines().last().expect("status");
    let at = last.find("0 errors").expect("0 errors shown");
    let x = u16::try_from(last[..at].chars().count()).expect("x");
    let theme = Theme::default();
    assert_ne!(buf[(x, 23)].fg, theme.error().fg.expect("error colour"));
    assert!(last.contains("0 warnings"), "{last}");
}

#[test]
fn saved_and_undone_speak_the_language() {
    let mut s = scratch();
    let app = &mut s.app;
    app.lang = Lang::Da;
    keys(app, "\njjR");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("Gemt "), "{notice}");
    keys(app, "u");
    let notice = app.notice.clone().unwrap_or_default();
    assert!(notice.starts_with("Fortrudt med "), "{notice}");
}
