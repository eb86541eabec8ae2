//! The user's `key_bindings.ron` reaches every screen: the form's actions,
//! the problems view's filters and the pages' section keys come from the
//! key table, so a binding changes both what the key does and what the key
//! bar and the help say, always through `App::handle_key`. A binding never
//! takes a letter from a text field: Danish text types as it is. Also the
//! organisation screen (from the organisations list and from a finding on
//! `organisation.ron`) and the wide activities list.

mod common;

use std::path::Path;

use common::interface::{head, key, key_bar, render, scratch, typed, with_bindings};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::lang::Lang;
use ropa::tui::app::{App, Screen};
use ropa::tui::keys::KeyMap;
use ropa::tui::problems::Show;

/// The help of the current screen as text lines.
fn help_text(app: &App) -> String {
    app.help_rows()
        .into_iter()
        .map(|(k, w)| format!("{k}  {w}\n"))
        .collect()
}

#[test]
fn a_users_key_for_saving_saves_and_the_old_one_does_not() {
    let mut s = with_bindings(r#"{ "save": ["f2"], "find_field": ["alt-g"] }"#, Lang::En);
    let before = head(&s.work);
    typed(&mut s.app, "\njje");
    assert_eq!(s.app.screen(), Screen::Form);
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("notes");
    let text = render(&mut s.app, 120, 40);
    let b = key_bar(&text, 40);
    assert!(b.contains("F2 save"), "{b}");
    assert!(b.contains("Alt-g go to field"), "{b}");
    assert!(!b.contains("Ctrl-S"), "{b}");
    let help = help_text(&s.app);
    assert!(help.contains("F2  save (one commit)"), "{help}");
    assert!(help.contains("Alt-g  go to a field by its name"), "{help}");
    assert!(!help.contains("Ctrl-S"), "{help}");

    typed(&mut s.app, "Kørsel § 10");
    key(&mut s.app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(s.app.screen(), Screen::Form, "Ctrl-S no longer saves");
    assert_eq!(head(&s.work), before);
    // Ctrl-F is not the finder's key any more either; Alt-g is.
    key(&mut s.app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(s.app.form.as_ref().is_some_and(|f| f.finder.is_none()));
    key(&mut s.app, KeyCode::Char('g'), KeyModifiers::ALT);
    assert!(s.app.form.as_ref().is_some_and(|f| f.finder.is_some()));
    key(&mut s.app, KeyCode::Esc, KeyModifiers::NONE);

    key(&mut s.app, KeyCode::F(2), KeyModifiers::NONE);
    assert_ne!(head(&s.work), before, "F2 saved: {:?}", s.app.notice);
    let saved =
        std::fs::read_to_string(s.work.join("registry/da/activities/da-barsel.ron")).expect("read");
    assert!(saved.contains("Kørsel § 10"), "{saved}");
}

#[test]
fn a_users_key_for_a_problems_filter_filters_and_shows_on_the_bar() {
    let mut s = with_bindings(r#"{ "only_warnings": ["W"], "rules": ["f5"] }"#, Lang::Da);
    typed(&mut s.app, "p");
    assert_eq!(s.app.screen(), Screen::Problems);
    let text = render(&mut s.app, 80, 24);
    let b = key_bar(&text, 24);
    assert!(b.contains("e W a fejl/advarsler/accepterede"), "{b}");
    // The rule picker's key comes after the filters: on the bar where
    // there is room for it, always in the help.
    let wide = render(&mut s.app, 120, 40);
    let b = key_bar(&wide, 40);
    assert!(b.contains("F5 efter regel"), "{b}");
    let help = help_text(&s.app);
    assert!(help.contains("e W a  fejl/advarsler/accepterede"), "{help}");

    typed(&mut s.app, "W");
    assert_eq!(s.app.problems.show, Show::Warnings);
    typed(&mut s.app, "W");
    assert_eq!(s.app.problems.show, Show::All, "again: every finding");
    // `w` is nobody's key now; `r` no longer opens the rule picker.
    typed(&mut s.app, "wr");
    assert_eq!(s.app.problems.show, Show::All);
    assert_eq!(s.app.problems.picker, None);
    key(&mut s.app, KeyCode::F(5), KeyModifiers::NONE);
    assert!(s.app.problems.picker.is_some(), "F5 opens the rule picker");
    // In the picker the bound key closes it again.
    key(&mut s.app, KeyCode::F(5), KeyModifiers::NONE);
    assert_eq!(s.app.problems.picker, None);
    // `e` still filters errors, and still edits on the lists: one key, two
    // screens.
    typed(&mut s.app, "e");
    assert_eq!(s.app.problems.show, Show::Errors);
}

#[test]
fn a_users_key_for_a_section_jumps_there_and_shows_on_the_bar() {
    let mut s = with_bindings(r#"{ "section_6": ["r"] }"#, Lang::En);
    typed(&mut s.app, "\njj\n");
    assert!(matches!(s.app.screen(), Screen::Detail { .. }));
    let text = render(&mut s.app, 80, 24);
    let b = key_bar(&text, 24);
    assert!(b.contains("1-5 r 7-9 go to section"), "{b}");
    assert!(help_text(&s.app).contains("1-5 r 7-9  go to section"));

    typed(&mut s.app, "6");
    assert_eq!(s.app.focus_field, None, "6 is not a section key any more");
    typed(&mut s.app, "r");
    assert_eq!(s.app.focus_field.as_deref(), Some("retention"));
    let text = render(&mut s.app, 80, 24);
    assert!(text.contains("6 Retention"), "{text}");
    // `r` is still the history's raw diff and the problems view's rules.
    typed(&mut s.app, "H");
    typed(&mut s.app, "r");
    assert!(s.app.history.as_ref().is_some_and(|h| h.raw));
}

#[test]
fn a_letter_for_a_form_action_is_refused_and_danish_text_types_as_it_is() {
    let ron = "{\n  \"save\": [\"s\", \"ctrl-g\"],\n  \"clear_text\": [\"æ\"],\n  \
               \"fold\": [\"ctrl-alt-s\"],\n  \"up\": [\"å\"],\n  \"down\": [\"ø\"],\n  \
               \"quit\": [\"§\"],\n  \"search\": [\"1\"],\n}";
    let (map, problems) = KeyMap::from_ron(ron, Path::new("key_bindings.ron"));
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(said.len(), 3, "{said:#?}");
    assert!(said[0].contains("2:12") && said[0].contains("`s` types in the form"));
    assert!(said[1].contains("3:18") && said[1].contains("`æ` types in the form"));
    assert!(
        said[2].contains("`ctrl-alt-s` types in the form"),
        "{said:#?}"
    );
    let mut s = scratch();
    s.app.keys = map;
    s.app.lang = Lang::Da;
    typed(&mut s.app, "\njje");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("notes");
    key(&mut s.app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    let text = "Æblerød: særlige oplysninger, jf. § 10, stk. 2 — å ø æ 1";
    typed(&mut s.app, text);
    let form = s.app.form.as_ref().expect("the form is still open");
    assert_eq!(form.value["notes"], serde_json::json!(text));
    // The chord still saves; the bar says so.
    let b = key_bar(&render(&mut s.app, 200, 24), 24);
    assert!(b.contains("Ctrl-G gem"), "{b}");
    let before = head(&s.work);
    key(&mut s.app, KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert_ne!(head(&s.work), before, "{:?}", s.app.notice);
}

#[test]
fn the_default_keys_still_do_what_they_did_in_the_form() {
    let mut s = scratch();
    typed(&mut s.app, "\njje");
    let form = s.app.form.as_mut().expect("form");
    form.focus_field("notes");
    typed(&mut s.app, "gammel tekst");
    key(&mut s.app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    let notes = s.app.form.as_ref().expect("form").value["notes"].clone();
    assert_eq!(notes.as_str().map(str::trim_end), Some("gammel"), "{notes}");
    key(&mut s.app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    typed(&mut s.app, "første");
    key(&mut s.app, KeyCode::Char('j'), KeyModifiers::CONTROL);
    typed(&mut s.app, "anden");
    assert_eq!(
        s.app.form.as_ref().expect("form").value["notes"],
        serde_json::json!("første\nanden")
    );
    // PgDn goes a section on, Ctrl-F opens the finder, Esc closes it.
    let at = s.app.form.as_ref().expect("form").focus;
    key(&mut s.app, KeyCode::PageUp, KeyModifiers::NONE);
    assert_ne!(s.app.form.as_ref().expect("form").focus, at);
    key(&mut s.app, KeyCode::Char('f'), KeyModifiers::CONTROL);
    assert!(s.app.form.as_ref().is_some_and(|f| f.finder.is_some()));
    key(&mut s.app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(s.app.form.as_ref().is_some_and(|f| f.finder.is_none()));
    // Ctrl-C in a form asks before leaving.
    key(&mut s.app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!s.app.quit);
    assert!(s.app.form.as_ref().is_some_and(|f| f.dialog.is_some()));
}

#[test]
fn two_actions_on_one_screen_cannot_share_a_key() {
    use ropa::tui::app::Action;
    use ropa::tui::keys::Context;
    let (map, problems) = KeyMap::from_ron(
        r#"{ "only_errors": ["x"], "rules": ["x"], "edit": ["w"] }"#,
        Path::new("key_bindings.ron"),
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].to_string().contains("`x` is bound to both"));
    let ev = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        map.action_in(ev('x'), Context::Problems),
        Some(Action::OnlyErrors)
    );
    // `w` edits on the lists; on the problems view, where edit does not
    // apply, the warnings filter keeps it.
    assert_eq!(
        map.action_in(ev('w'), Context::Problems),
        Some(Action::OnlyWarnings)
    );
    assert_eq!(
        map.action_in(ev('w'), Context::Organisations),
        Some(Action::Edit)
    );
    assert_eq!(map.action_in(ev('e'), Context::Problems), None);
    assert_eq!(map.action_in(ev('e'), Context::Organisations), None);
    assert_eq!(map.action_in(ev('r'), Context::Problems), None);
}

/// The organisation screen of the first organisation, drawn at 80×24.
fn organisation_screen(lang: Lang) -> String {
    let mut s = scratch();
    s.app.lang = lang;
    typed(&mut s.app, "i");
    assert!(matches!(s.app.screen(), Screen::Organisation { .. }));
    render(&mut s.app, 80, 24)
}

#[test]
fn the_organisation_screen_in_danish_and_english() {
    let da = organisation_screen(Lang::Da);
    insta::assert_snapshot!("organisation_da_80x24", stable(&da));
    let en = organisation_screen(Lang::En);
    insta::assert_snapshot!("organisation_en_80x24", stable(&en));
    assert!(da.contains("Dataansvarlig"), "{da}");
    assert!(en.contains("Controller"), "{en}");
}

#[test]
fn the_organisation_screen_goes_to_its_sections_and_back() {
    let mut s = scratch();
    s.app.lang = Lang::En;
    typed(&mut s.app, "\ni");
    assert!(matches!(s.app.screen(), Screen::Organisation { .. }));
    typed(&mut s.app, "3");
    let text = render(&mut s.app, 80, 24);
    assert!(text.contains("3 Recipients"), "{text}");
    let b = key_bar(&text, 24);
    assert!(b.contains("1-7 go to section"), "{b}");
    typed(&mut s.app, "\x1b");
    assert!(matches!(s.app.screen(), Screen::Activities { .. }));
    // From the organisations list the bar names the key.
    typed(&mut s.app, "\x1b");
    let b = key_bar(&render(&mut s.app, 80, 24), 24);
    assert!(b.contains("i facts"), "{b}");
}

#[test]
fn the_organisation_key_is_on_the_organisations_bar_at_80_columns_in_every_language() {
    for lang in Lang::ALL {
        let mut s = scratch();
        s.app.lang = lang;
        let b = key_bar(&render(&mut s.app, 80, 24), 24);
        let what = ropa::register::lang::tr(lang, "tui-bar-organisation");
        assert!(b.contains(&format!("i {what}")), "{lang:?}: {b}");
    }
}

#[test]
fn an_organisations_finding_opens_its_screen_at_the_field() {
    let mut s = scratch();
    s.app.lang = Lang::En;
    typed(&mut s.app, "p");
    // The finding on da's thirteenth recipient.
    let report = s.app.report().expect("report");
    let shown = ropa::tui::problems::shown(&s.app);
    let at = shown
        .iter()
        .position(|&i| {
            let f = &report.findings[i];
            f.path == "da/organisation.ron" && f.field == "recipients[12]"
        })
        .expect("the finding is listed");
    for _ in 0..at {
        typed(&mut s.app, "j");
    }
    typed(&mut s.app, "\n");
    assert_eq!(
        s.app.screen(),
        Screen::Organisation { org: "da".into() },
        "{:?}",
        s.app.notice
    );
    let text = render(&mut s.app, 80, 24);
    insta::assert_snapshot!("organisation_finding_en_80x24", stable(&text));
    assert!(text.contains("PRC-001"), "{text}");
}

#[test]
fn the_wide_activities_list_gives_names_room() {
    for (w, h) in [(120, 40), (200, 60)] {
        let mut s = scratch();
        s.app.lang = Lang::Da;
        s.app.wide = true;
        typed(&mut s.app, "\n");
        let text = render(&mut s.app, w, h);
        insta::assert_snapshot!(format!("activities_wide_da_{w}x{h}"), stable(&text));
        // 12 columns before; now what the narrow columns leave (the
        // status column as wide as "Kladde", the sample's only status).
        let name = if w == 120 {
            "DA arbejdsmiljøuddannelse"
        } else {
            "Arbejdsgivernes Centrale Ferieregister (ACF)"
        };
        assert!(text.contains(name), "{w}: the name has room:\n{text}");
    }
}

/// `screen` with the scratch repository's path and commit id (which
/// change with every run) replaced.
fn stable(screen: &str) -> String {
    let id = regex::Regex::new(r"\b[0-9a-f]{7}\b").expect("regex");
    let tmp = regex::Regex::new(r"\S*registry\b").expect("regex");
    let screen = tmp.replace_all(screen, "…/registry");
    id.replace_all(&screen, "0000000").into_owned()
}
