//! Finding one's way in a form of a hundred fields: sections in Art. 30
//! order that fold, the focus kept away from the screen's edges, a jump
//! to any field by name, ↑/↓ by line inside a long text, pickers that open
//! on the value held, references ticked from a list, list items removed in
//! one key, Ctrl-U. Each defect of issue 14 as a scripted key test, the
//! screens as snapshots with their styles, and the scenario of the issue:
//! DA Barsel's retention reached and edited in a handful of keys.

mod common;

use common::form::{ctrl, key as press, type_text};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};
use ropa::register::lang::Lang;
use ropa::register::load::load;
use ropa::tui::form::rows::Kind;
use ropa::tui::form::{Form, Outcome, RecordKind, Refs};
use ropa::tui::theme::Theme;
use serde_json::{Value, json};

// --- Driving a form.

fn field(form: &Form) -> String {
    form.focused().map(|r| r.field.clone()).unwrap_or_default()
}

fn draw(form: &mut Form, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| {
        let area = f.area();
        ropa::tui::form::draw::draw(f, area, form, &Theme::default())
    })
    .expect("draw");
    t.backend().buffer().clone()
}

fn text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The screen with its styles: each line, then (marked `~`) the runs of
/// columns whose foreground, background or modifiers are not the
/// terminal's default.
fn styled(buf: &Buffer) -> String {
    let mut out = String::new();
    let (w, h) = (buf.area.width, buf.area.height);
    for y in 0..h {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
        let mut runs = Vec::new();
        let mut x = 0;
        while x < w {
            let st = |x: u16| {
                let c = &buf[(x, y)];
                (c.fg, c.bg, c.modifier)
            };
            let start = x;
            let s = st(x);
            while x < w && st(x) == s {
                x += 1;
            }
            if s != (Color::Reset, Color::Reset, Modifier::empty()) {
                runs.push(format!("{start}-{} {:?}/{:?}/{:?}", x - 1, s.0, s.1, s.2));
            }
        }
        if !runs.is_empty() {
            out.push_str(&format!("  ~ {}\n", runs.join(" ")));
        }
    }
    out
}

/// The screen line (y) of the focused row: the line whose label column
/// has the selection's style.
fn focus_line(buf: &Buffer) -> Option<u16> {
    let sel = Theme::default().selected().bg?;
    (0..buf.area.height).find(|&y| buf[(2, y)].bg == sel)
}

// --- Forms.

fn activity() -> Value {
    json!({
        "id": "loen",
        "name": "Løn",
        "status": "Draft",
        "description": "Første linje om lønnen.\nAnden linje: ferie og barsel.\nTredje linje med æøå.",
        "purposes": [
            {"id": "p1", "text": "Lønudbetaling"},
            {"id": "p2", "text": "Indberetning til SKAT"}
        ],
        "legal_bases": [{"text": "Lov om ferie"}],
        "data_subjects": [{"id": "ansatte", "name": "Ansatte"}],
        "data_categories": [
            {"id": "navn", "name": "Navn", "kind": "Ordinary"},
            {"id": "cpr", "name": "CPR-nummer", "kind": "Ordinary"}
        ],
        "recipients": [
            {"recipient": "skat", "data": ["navn"], "purpose": "Indberetning"},
            {"recipient": "revisor"}
        ],
        "systems": ["hr"],
        "retention": [{"id": "r1", "rule": "Indefinite", "text": "Så længe ansættelsen varer."}],
    })
}

fn refs(lang: Lang) -> Refs {
    Refs {
        recipients: vec![
            ("skat".into(), "Skattestyrelsen".into()),
            ("revisor".into(), "Revisionsfirmaet".into()),
        ],
        systems: vec![
            ("hr".into(), "HR-system".into()),
            ("crm".into(), "CRM".into()),
        ],
        organisations: vec![("da".into(), "Dansk Arbejdsgiverforening".into())],
        country: Some("DK".into()),
        activities: vec!["loen".into()],
        lang,
    }
}

fn form(lang: Lang) -> Form {
    Form::new(
        RecordKind::Activity,
        "da/activities/loen.ron".into(),
        "DA / Løn".into(),
        activity(),
        refs(lang),
    )
}

/// DA Barsel from the sample register, as the interface opens it.
fn da_barsel(lang: Lang) -> Form {
    let loaded = load(&common::sample_registry()).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "da")
        .expect("DA");
    let act = org
        .activities
        .iter()
        .find(|a| a.activity.id == "da-barsel")
        .expect("DA Barsel");
    Form::new(
        RecordKind::Activity,
        "da/activities/da-barsel.ron".into(),
        "DA / DA Barsel".into(),
        serde_json::to_value(&act.activity).expect("json"),
        Refs {
            recipients: org
                .org
                .recipients
                .iter()
                .map(|r| (r.id.clone(), r.name.clone()))
                .collect(),
            systems: Vec::new(),
            organisations: vec![("da".into(), org.org.name.clone())],
            country: Some("DK".into()),
            activities: Vec::new(),
            lang,
        },
    )
}

fn sections(form: &Form) -> Vec<String> {
    form.rows
        .iter()
        .filter_map(|r| match &r.kind {
            Kind::Section { key } => Some(key.clone()),
            _ => None,
        })
        .collect()
}

// --- Sections.

#[test]
fn an_activity_is_in_sections_in_art30_order_with_names_and_counts() {
    let mut f = form(Lang::Da);
    assert_eq!(
        sections(&f),
        [
            "identity",
            "purposes",
            "subjects",
            "recipients",
            "retention",
            "security",
            "review"
        ]
    );
    let screen = text(&draw(&mut f, 80, 24));
    assert!(screen.contains("▾ Identitet"), "{screen}");
    assert!(screen.contains("7 felter"), "{screen}");
    let mut e = form(Lang::En);
    e.fold_others();
    let screen = text(&draw(&mut e, 80, 24));
    for name in [
        "Identity",
        "▸ Purposes and legal bases",
        "▸ Data subjects and data",
        "▸ Recipients and transfers",
        "▸ Retention",
        "▸ Security",
        "▸ Review",
    ] {
        assert!(screen.contains(name), "{name}: {screen}");
    }
}

#[test]
fn an_organisation_has_sections_of_its_own() {
    let f = Form::new(
        RecordKind::Organisation,
        "nav/organisation.ron".into(),
        "NAV".into(),
        json!({"id": "nav", "name": "NAV", "role": "Controller", "kind": "PublicAuthority",
               "country": "NO"}),
        refs(Lang::Nb),
    );
    assert_eq!(
        sections(&f),
        [
            "org-identity",
            "org-dpo",
            "org-recipients",
            "org-security",
            "review"
        ]
    );
}

#[test]
fn enter_on_a_header_folds_and_unfolds_and_keeps_what_was_typed() {
    let mut f = form(Lang::En);
    // Typing in the name, then up to the section's header.
    press(&mut f, KeyCode::End);
    type_text(&mut f, " og ferie");
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::PageUp);
    assert_eq!(field(&f), "§identity");
    press(&mut f, KeyCode::Enter);
    assert!(f.folded.contains("identity"));
    let screen = text(&draw(&mut f, 80, 24));
    assert!(screen.contains("▸ Identity"), "{screen}");
    assert!(!screen.contains("Løn og ferie"), "folded: {screen}");
    // ↓ from a folded header goes to the next section.
    press(&mut f, KeyCode::Down);
    assert_eq!(field(&f), "§purposes");
    press(&mut f, KeyCode::Up);
    press(&mut f, KeyCode::Char(' '));
    assert!(!f.folded.contains("identity"));
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Down);
    assert_eq!(field(&f), "name");
    assert_eq!(f.value["name"], "Løn og ferie");
    let input = f.input.as_ref().expect("typing");
    assert_eq!(input.cursor(), "Løn og feri".chars().count(), "cursor kept");
}

#[test]
fn a_letter_typed_where_no_text_goes_is_refused_in_the_interfaces_language() {
    let mut f = form(Lang::Da);
    let before = f.value.clone();
    ctrl(&mut f, 'f');
    type_text(&mut f, "recipients_none");
    press(&mut f, KeyCode::Enter);
    assert_eq!(field(&f), "recipients_none");
    type_text(&mut f, "x");
    assert_eq!(f.value, before, "nothing changed");
    let said = f.message.clone().unwrap_or_default();
    assert!(said.contains("er ja eller nej"), "{said}");
    assert!(
        !said.contains("recipients_none"),
        "the field in words: {said}"
    );
    press(&mut f, KeyCode::PageUp);
    assert!(field(&f).starts_with('§'), "{}", field(&f));
    type_text(&mut f, "x");
    assert_eq!(f.value, before, "nothing changed");
    let said = f.message.clone().unwrap_or_default();
    assert!(said.contains("afsnitsoverskrift"), "{said}");
}

#[test]
fn ctrl_o_folds_all_but_the_current_section() {
    let mut f = form(Lang::En);
    f.focus_field("retention[0].text");
    ctrl(&mut f, 'o');
    let all = sections(&f);
    for s in &all {
        assert_eq!(f.folded.contains(s), s != "retention", "{s}");
    }
    // A jump into a folded section unfolds it.
    f.focus_field("recipients");
    assert!(!f.folded.contains("recipients"));
}

#[test]
fn page_down_and_up_move_by_section() {
    let mut f = form(Lang::En);
    assert_eq!(field(&f), "name");
    let mut seen = Vec::new();
    for _ in 0..6 {
        press(&mut f, KeyCode::PageDown);
        seen.push(field(&f));
    }
    assert_eq!(
        seen,
        [
            "§purposes",
            "§subjects",
            "§recipients",
            "§retention",
            "§security",
            "§review"
        ]
    );
    // A header has no field help: its key is not a field's name.
    let screen = text(&draw(&mut f, 80, 24));
    assert!(!screen.contains('ⓘ'), "{screen}");
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::PageUp);
    assert_eq!(field(&f), "§review", "PgUp in a section goes to its header");
    press(&mut f, KeyCode::PageUp);
    assert_eq!(field(&f), "§security");
}

// --- Scroll-off.

#[test]
fn the_focused_row_keeps_three_rows_below_it_never_the_bottom_edge() {
    let mut f = da_barsel(Lang::En);
    let mut buf;
    let bottom_of_body = |buf: &Buffer| {
        // The footer starts at the field's help (ⓘ) or the save status.
        (0..buf.area.height)
            .find(|&y| {
                let l: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
                l.starts_with("│ⓘ") || l.starts_with("│Ready") || l.starts_with("│Cannot")
            })
            .expect("a footer")
    };
    draw(&mut f, 80, 24);
    for step in 0..200 {
        let before = (f.focus, f.input.as_ref().map(|i| i.cursor()));
        press(&mut f, KeyCode::Down);
        buf = draw(&mut f, 80, 24);
        if (f.focus, f.input.as_ref().map(|i| i.cursor())) == before {
            break;
        }
        // The last rows of the form may come closer to the edge.
        if f.rows.len() - f.focus <= 3 {
            continue;
        }
        let y = focus_line(&buf).expect("the focus is on screen");
        let end = bottom_of_body(&buf);
        assert!(
            y + 3 < end,
            "step {step}: focus on line {y}, body ends at {end}:\n{}",
            text(&buf)
        );
    }
    // And going up, three rows stay above it.
    for _ in 0..10 {
        press(&mut f, KeyCode::Up);
    }
    buf = draw(&mut f, 80, 24);
    let y = focus_line(&buf).expect("focus");
    assert!(f.scroll == 0 || y > 3, "focus on line {y}:\n{}", text(&buf));
}

// --- Jump to a field.

#[test]
fn ctrl_f_jumps_to_a_field_by_its_label_or_path_and_unfolds_it() {
    let mut f = form(Lang::Da);
    f.fold_others();
    ctrl(&mut f, 'f');
    type_text(&mut f, "slettefrister tekst");
    let screen = text(&draw(&mut f, 80, 24));
    assert!(screen.contains("Gå til felt"), "{screen}");
    press(&mut f, KeyCode::Enter);
    assert!(f.finder.is_none());
    assert_eq!(field(&f), "retention[0].text");
    assert!(!f.folded.contains("retention"));
    // By the path, in any language.
    ctrl(&mut f, 'f');
    type_text(&mut f, "legal_bases[0].text");
    press(&mut f, KeyCode::Enter);
    assert_eq!(field(&f), "legal_bases[0].text");
    // Esc closes it where it was.
    ctrl(&mut f, 'f');
    type_text(&mut f, "navn");
    press(&mut f, KeyCode::Esc);
    assert!(f.finder.is_none());
    assert_eq!(field(&f), "legal_bases[0].text");
    assert!(!f.is_dirty(), "typing in the finder changed nothing");
}

#[test]
fn a_jump_keeps_text_and_cursor_of_the_field_left() {
    let mut f = form(Lang::En);
    press(&mut f, KeyCode::Home);
    type_text(&mut f, "Årlig ");
    ctrl(&mut f, 'f');
    type_text(&mut f, "retention text");
    press(&mut f, KeyCode::Enter);
    ctrl(&mut f, 'f');
    type_text(&mut f, "name");
    let best = f.finder.as_ref().map(|x| x.visible()[0].field.clone());
    assert_eq!(best.as_deref(), Some("name"));
    press(&mut f, KeyCode::Enter);
    assert_eq!(f.value["name"], "Årlig Løn");
    assert_eq!(f.input.as_ref().map(|i| i.cursor()), Some(6));
    // A resize keeps both.
    draw(&mut f, 120, 40);
    draw(&mut f, 80, 24);
    assert_eq!(f.input.as_ref().map(|i| i.cursor()), Some(6));
    assert_eq!(f.value["name"], "Årlig Løn");
}

// --- ↑/↓ in a text of several lines.

#[test]
fn up_and_down_move_by_line_inside_a_text_and_leave_it_at_its_ends() {
    let mut f = form(Lang::En);
    f.focus_field("description");
    draw(&mut f, 80, 24);
    let input = |f: &Form| f.input.clone().expect("typing");
    // The cursor is at the end: ↑ goes up a line, twice, then leaves.
    press(&mut f, KeyCode::Up);
    assert_eq!(field(&f), "description");
    let text = input(&f).text();
    let second = text
        .find("Anden")
        .map(|b| text[..b].chars().count())
        .expect("line 2");
    assert!(input(&f).cursor() >= second, "on the second line");
    press(&mut f, KeyCode::Up);
    assert_eq!(field(&f), "description");
    assert!(input(&f).cursor() < second, "on the first line");
    press(&mut f, KeyCode::Up);
    assert_ne!(field(&f), "description", "↑ on the first line leaves");
    // Coming down into it, the cursor starts on its first line.
    press(&mut f, KeyCode::Down);
    assert_eq!(field(&f), "description");
    press(&mut f, KeyCode::Down);
    assert_eq!(field(&f), "description", "↓ moves inside");
    press(&mut f, KeyCode::Down);
    assert_eq!(field(&f), "description");
    press(&mut f, KeyCode::Down);
    assert_ne!(field(&f), "description", "↓ on the last line leaves");
    // Text typed on a middle line lands there.
    assert_eq!(f.value["description"], activity()["description"]);
}

// --- Pickers open on the value held.

#[test]
fn pickers_open_on_the_current_value() {
    let mut f = form(Lang::En);
    f.focus_field("status");
    press(&mut f, KeyCode::Enter);
    let p = f.picker.clone().expect("a picker");
    let sel = p.selected.expect("a value highlighted");
    assert_eq!(p.visible()[sel].0, "Draft");
    press(&mut f, KeyCode::Esc);
    // A reference, also when the id names nothing defined.
    f.focus_field("recipients[1].recipient");
    press(&mut f, KeyCode::Enter);
    let p = f.picker.clone().expect("a picker");
    assert_eq!(p.visible()[p.selected.expect("highlighted")].0, "revisor");
    press(&mut f, KeyCode::Esc);
    f.value["recipients"][1]["recipient"] = json!("advokat");
    f.relayout();
    f.focus_field("recipients[1].recipient");
    press(&mut f, KeyCode::Enter);
    let p = f.picker.clone().expect("a picker");
    assert_eq!(p.visible()[p.selected.expect("highlighted")].0, "advokat");
    // The retention rule's variant.
    press(&mut f, KeyCode::Esc);
    f.focus_field("retention[0].rule");
    press(&mut f, KeyCode::Enter);
    let p = f.picker.clone().expect("a picker");
    assert_eq!(
        p.visible()[p.selected.expect("highlighted")].0,
        "Indefinite"
    );
}

// --- References picked, not retyped.

#[test]
fn a_bases_purposes_are_ticked_from_the_activitys_purposes() {
    let mut f = form(Lang::Da);
    f.focus_field("legal_bases[0].purposes");
    press(&mut f, KeyCode::Enter);
    let screen = text(&draw(&mut f, 80, 24));
    assert!(screen.contains("[ ] Lønudbetaling  (p1)"), "{screen}");
    assert!(
        screen.contains("[ ] Indberetning til SKAT  (p2)"),
        "{screen}"
    );
    press(&mut f, KeyCode::Char(' '));
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(press(&mut f, KeyCode::Enter), Outcome::Changed);
    assert_eq!(f.value["legal_bases"][0]["purposes"], json!(["p1", "p2"]));
    // Opened again, both are ticked; unticking one keeps the other.
    press(&mut f, KeyCode::Enter);
    let screen = text(&draw(&mut f, 80, 24));
    assert!(screen.contains("[x] Lønudbetaling"), "{screen}");
    press(&mut f, KeyCode::Char(' '));
    press(&mut f, KeyCode::Enter);
    assert_eq!(f.value["legal_bases"][0]["purposes"], json!(["p2"]));
}

#[test]
fn every_reference_field_lists_the_items_it_can_name() {
    let mut f = form(Lang::En);
    let cases = [
        ("recipients[0].data", "cpr", json!(["navn", "cpr"])),
        ("data_categories[0].subjects", "ansatte", json!(["ansatte"])),
        ("systems", "crm", json!(["hr", "crm"])),
        ("retention[0].categories", "navn", json!(["navn"])),
        ("retention[0].subjects", "ansatte", json!(["ansatte"])),
    ];
    for (list, pick, want) in cases {
        f.focus_field(list);
        assert_eq!(field(&f), list);
        press(&mut f, KeyCode::Enter);
        let p = f
            .picker
            .clone()
            .unwrap_or_else(|| panic!("{list}: a picker"));
        assert!(p.ticked.is_some(), "{list}: ticks several");
        let at = p
            .visible()
            .iter()
            .position(|(id, _)| id == pick)
            .unwrap_or_else(|| panic!("{list} offers {pick}"));
        let from = p.selected.unwrap_or(0);
        for _ in from..at {
            press(&mut f, KeyCode::Down);
        }
        press(&mut f, KeyCode::Char(' '));
        press(&mut f, KeyCode::Enter);
        let path: Vec<&str> = list
            .split(['.', '[', ']'])
            .filter(|s| !s.is_empty())
            .collect();
        let mut v = &f.value;
        for s in path {
            v = match s.parse::<usize>() {
                Ok(i) => &v[i],
                Err(_) => &v[s],
            };
        }
        assert_eq!(*v, want, "{list}");
    }
    // A transfer's recipients name the organisation's recipients.
    f.value["transfers"] = json!([{"id": "t1"}]);
    f.relayout();
    f.focus_field("transfers[0].recipients");
    press(&mut f, KeyCode::Enter);
    let ids: Vec<String> = f
        .picker
        .clone()
        .expect("picker")
        .visible()
        .into_iter()
        .map(|x| x.0)
        .collect();
    assert_eq!(ids, ["skat", "revisor"]);
}

// --- A copied recipient removed in a few keys.

#[test]
fn a_copied_recipient_goes_in_three_keys() {
    let mut f = form(Lang::Da);
    // Ctrl-F, the recipient's id, Enter: on its item; Ctrl-K removes it
    // with its data, purpose and all.
    ctrl(&mut f, 'f');
    type_text(&mut f, "modtagere skat");
    press(&mut f, KeyCode::Enter);
    assert_eq!(field(&f), "recipients[0]");
    assert_eq!(ctrl(&mut f, 'k'), Outcome::Changed);
    let left: Vec<&str> = f.value["recipients"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|r| r["recipient"].as_str())
        .collect();
    assert_eq!(left, ["revisor"]);
    // From any row inside an item, Ctrl-K takes the whole item.
    f.focus_field("recipients[0].recipient");
    ctrl(&mut f, 'k');
    assert_eq!(f.value["recipients"], json!([]));
}

// --- Ctrl-U and Ctrl-W.

#[test]
fn ctrl_u_clears_the_field_and_ctrl_w_deletes_a_word() {
    let mut f = form(Lang::Nb);
    f.focus_field("retention[0].text");
    ctrl(&mut f, 'w');
    assert_eq!(f.value["retention"][0]["text"], "Så længe ansættelsen ");
    assert_eq!(ctrl(&mut f, 'u'), Outcome::Changed);
    assert_eq!(f.value["retention"][0]["text"], "");
    type_text(&mut f, "Fem år etter at arbeidsforholdet opphørte");
    assert_eq!(
        f.value["retention"][0]["text"],
        "Fem år etter at arbeidsforholdet opphørte"
    );
    // In the finder and in a picker's filter too.
    ctrl(&mut f, 'f');
    type_text(&mut f, "xyz");
    ctrl(&mut f, 'u');
    assert_eq!(
        f.finder.as_ref().map(|x| x.query.text()),
        Some(String::new())
    );
}

// --- The scenario.

#[test]
fn da_barsels_retention_is_reached_and_edited_in_a_few_keys() {
    let mut f = da_barsel(Lang::Da);
    let mut keys = 0;
    ctrl(&mut f, 'f');
    keys += 1;
    type_text(&mut f, "slettefrister tekst");
    press(&mut f, KeyCode::Enter);
    keys += 1;
    assert_eq!(field(&f), "retention[0].text");
    ctrl(&mut f, 'u');
    keys += 1;
    let new = "Oplysningerne slettes 5 år efter udløbet af det regnskabsår, de vedrører (bogføringsloven § 10); æøå ÆØÅ.";
    type_text(&mut f, new);
    assert_eq!(ctrl(&mut f, 's'), Outcome::save());
    keys += 1;
    assert!(keys <= 12);
    assert_eq!(f.value["retention"][0]["text"], new);
    // Reached by sections alone: PgDn four times, then down to the text.
    let mut g = da_barsel(Lang::Da);
    let mut keys = 0;
    for _ in 0..4 {
        press(&mut g, KeyCode::PageDown);
        keys += 1;
    }
    assert_eq!(field(&g), "§retention");
    // Its rule is a few ↓ below the header.
    while field(&g) != "retention[0].rule" {
        press(&mut g, KeyCode::Down);
        keys += 1;
        assert!(keys < 12, "at {} after {keys} keys", field(&g));
    }
    assert!(keys < 12, "{keys} keys");
}

// --- Snapshots with styles.

#[test]
fn snapshots_of_a_section_with_styles() {
    for lang in [Lang::En, Lang::Da] {
        for (w, h) in [(80u16, 24u16), (120, 40)] {
            let mut f = da_barsel(lang);
            f.focus_field("retention[0].text");
            f.fold_others();
            let buf = draw(&mut f, w, h);
            insta::assert_snapshot!(format!("retention_{}_{w}x{h}", lang.code()), styled(&buf));
        }
    }
}

#[test]
fn snapshot_of_the_finder() {
    let mut f = da_barsel(Lang::Da);
    ctrl(&mut f, 'f');
    type_text(&mut f, "slet");
    let buf = draw(&mut f, 80, 24);
    insta::assert_snapshot!("finder_da_80x24", styled(&buf));
}
