//! What is typed is kept: a form driven with key events alone (no
//! terminal), its value read back as JSON. Typing on any kind of row edits
//! that field from the first character; a choice not set is picked from a
//! list that starts on no option; defaults follow the organisation's
//! country; a new record's id follows its name.

mod common;

use common::form::{ctrl, key, type_text};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ropa::register::load::load;
use ropa::tui::form::{Form, Outcome, RecordKind, Refs};
use ropa::tui::theme::Theme;
use serde_json::{Value, json};

/// A sentence with everything a Danish or Norwegian lawyer types.
const SENTENCE: &str = "Ansættelsesaftalen og ferieloven § 5, stk. 2 (Øresund/Ålesund) 2026";

fn activity() -> Value {
    json!({
        "id": "loen",
        "name": "Løn",
        "status": "Draft",
        "purposes": [{"id": "p1", "text": "Lønudbetaling"}],
        "legal_bases": [{"text": "Lov om ferie"}],
        "data_subjects": [{"id": "ansatte", "name": "Ansatte"}],
        "data_categories": [{"id": "navn", "name": "Navn", "kind": "Ordinary"}],
        "recipients": [{"recipient": "skat"}],
        "systems": ["hr"],
        "transfers": [{"id": "t1", "mechanisms": [{"Scc": {}}]}],
    })
}

fn organisation(country: &str) -> Value {
    json!({
        "id": "nav",
        "name": "Arbeids- og velferdsetaten",
        "role": "Controller",
        "kind": "PublicAuthority",
        "country": country,
        "recipients": [{"id": "aws", "name": "AWS", "kind": "Processor"}],
    })
}

fn refs() -> Refs {
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
        activities: vec!["loen".into(), "loenbehandling".into()],
        ..Refs::default()
    }
}

fn act_form() -> Form {
    Form::new(
        RecordKind::Activity,
        "da/activities/loen.ron".into(),
        "DA / Løn".into(),
        activity(),
        refs(),
    )
}

fn org_form(country: &str) -> Form {
    Form::new(
        RecordKind::Organisation,
        "nav/organisation.ron".into(),
        "NAV".into(),
        organisation(country),
        refs(),
    )
}

/// Focuses the row of `field`, which must have one.
fn at(form: &mut Form, field: &str) {
    form.focus_field(field);
    assert_eq!(
        form.focused().map(|r| r.field.as_str()),
        Some(field),
        "no row for {field}"
    );
}

fn selected(form: &Form) -> Option<usize> {
    form.picker.as_ref().expect("a picker is open").selected
}

// --- Reproduced by users: text on an unset row lost up to the first space.

#[test]
fn a_sentence_on_an_unset_text_row_is_kept_from_its_first_character() {
    let mut f = act_form();
    at(&mut f, "legal_bases[0].law_ref");
    type_text(&mut f, "Ansættelsesaftalen og ferieloven § 5");
    assert_eq!(
        f.value["legal_bases"][0]["law_ref"],
        "Ansættelsesaftalen og ferieloven § 5"
    );
}

#[test]
fn space_first_on_an_unset_row_is_text_not_enter() {
    let mut f = act_form();
    at(&mut f, "owner");
    type_text(&mut f, " HR");
    assert_eq!(f.value["owner"], " HR");
    assert!(f.picker.is_none());
}

#[test]
fn a_sentence_on_a_list_of_texts_is_one_new_item() {
    // A list of texts that name nothing else (an organisation's sources;
    // a basis's purposes are picked instead, see tests/form_nav.rs).
    let mut f = org_form("DK");
    at(&mut f, "sources");
    type_text(&mut f, SENTENCE);
    assert_eq!(f.value["sources"], json!([SENTENCE]));
    // Typing on goes on in the same item, a second sentence in a new one.
    type_text(&mut f, " og mere");
    let more = format!("{SENTENCE} og mere");
    assert_eq!(f.value["sources"], json!([more]));
    at(&mut f, "sources");
    type_text(&mut f, "p1");
    assert_eq!(f.value["sources"], json!([more, "p1"]));
}

#[test]
fn a_sentence_on_every_kind_of_text_row_is_kept_whole() {
    // Set text, unset optional text, unset text inside a list item.
    for field in [
        "name",
        "owner",
        "description",
        "notes",
        "legal_bases[0].national_provision",
        "recipients[0].purpose",
        "transfers[0].destination_text",
    ] {
        let mut f = act_form();
        at(&mut f, field);
        let before = f
            .focused()
            .and_then(|r| ropa::tui::form::rows::get(&f.value, &r.path))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        type_text(&mut f, SENTENCE);
        let path = f.focused().map(|r| r.path.clone()).expect("row");
        assert_eq!(
            ropa::tui::form::rows::get(&f.value, &path),
            Some(&Value::String(format!("{before}{SENTENCE}"))),
            "{field}"
        );
    }
}

#[test]
fn a_sentence_on_a_list_of_items_goes_into_a_new_items_name_or_text() {
    let mut f = act_form();
    at(&mut f, "data_subjects");
    type_text(&mut f, SENTENCE);
    assert_eq!(f.value["data_subjects"][1]["name"], SENTENCE);

    let mut f = act_form();
    at(&mut f, "purposes");
    type_text(&mut f, SENTENCE);
    assert_eq!(f.value["purposes"][1]["text"], SENTENCE);
    assert_eq!(f.value["purposes"][1]["id"], "", "a purpose's id is typed");
}

#[test]
fn a_sentence_on_an_unset_struct_goes_into_its_first_text_field() {
    let mut f = org_form("NO");
    at(&mut f, "dpo");
    type_text(&mut f, "Åse Ødegård");
    assert_eq!(f.value["dpo"]["contact"]["name"], "Åse Ødegård");
    assert_eq!(f.value["dpo"]["designated"], false);

    let mut f = act_form();
    at(&mut f, "consent");
    type_text(&mut f, SENTENCE);
    assert_eq!(f.value["consent"], json!({"how_given": SENTENCE}));

    // A struct heading that is set types into its name as well.
    at(&mut f, "data_subjects[0]");
    type_text(&mut f, " og vikarer");
    assert_eq!(f.value["data_subjects"][0]["name"], "Ansatte og vikarer");
}

#[test]
fn digits_on_an_unset_number_row_make_the_number() {
    let mut f = act_form();
    at(&mut f, "transfers[0].mechanisms[0].module");
    type_text(&mut f, "2");
    assert_eq!(f.value["transfers"][0]["mechanisms"][0]["Scc"]["module"], 2);
    // Text that is no number yet is kept, and blocks the save.
    let mut f = act_form();
    at(&mut f, "transfers[0].mechanisms[0].module");
    type_text(&mut f, "to");
    assert_eq!(
        f.bad_numbers.get("transfers[0].mechanisms[0].module"),
        Some(&"to".to_string())
    );
    assert!(
        f.blocker()
            .is_some_and(|b| b.contains("\"to\" is not a number"))
    );
}

#[test]
fn altgr_characters_are_typed() {
    let mut f = act_form();
    at(&mut f, "owner");
    for c in ['h', 'r', '@', 'd', 'a', '.', 'd', 'k', '€'] {
        let mods = if c == '@' || c == '€' {
            KeyModifiers::CONTROL | KeyModifiers::ALT
        } else {
            KeyModifiers::NONE
        };
        f.key(KeyEvent::new(KeyCode::Char(c), mods));
    }
    assert_eq!(f.value["owner"], "hr@da.dk€");
}

#[test]
fn a_yes_no_row_says_it_takes_no_text_and_space_still_switches_it() {
    let mut f = act_form();
    at(&mut f, "recipients_none");
    let before = f.value.clone();
    type_text(&mut f, "ja");
    assert_eq!(f.value, before);
    assert!(
        f.message
            .as_deref()
            .is_some_and(|m| m.contains("yes or no"))
    );
    key(&mut f, KeyCode::Char(' '));
    assert_eq!(f.value["recipients_none"], true);
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["recipients_none"], false);
}

// --- Picker rows: typing opens the picker with what was typed.

#[test]
fn typing_on_a_choice_opens_its_picker_filtered() {
    let mut f = act_form();
    at(&mut f, "status");
    type_text(&mut f, "retir");
    let p = f.picker.as_ref().expect("picker");
    assert_eq!(p.query.text(), "retir");
    assert_eq!(p.selected, Some(0));
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["status"], "Retired");
    assert!(f.picker.is_none());
}

#[test]
fn typing_on_a_reference_opens_its_picker_filtered() {
    let mut f = act_form();
    at(&mut f, "recipients[0].recipient");
    type_text(&mut f, "revi");
    assert_eq!(
        f.value["recipients"][0]["recipient"], "skat",
        "not typed in place"
    );
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["recipients"][0]["recipient"], "revisor");
}

#[test]
fn typing_on_a_list_of_references_picks_a_new_item() {
    let mut f = act_form();
    at(&mut f, "systems");
    type_text(&mut f, "cr");
    assert_eq!(f.value["systems"], json!(["hr"]), "nothing added yet");
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["systems"], json!(["hr", "crm"]));
    // Cancelled, nothing is added.
    at(&mut f, "systems");
    type_text(&mut f, "x");
    key(&mut f, KeyCode::Esc);
    assert_eq!(f.value["systems"], json!(["hr", "crm"]));
}

#[test]
fn typing_on_a_list_of_recipient_uses_picks_the_recipient_and_esc_adds_nothing() {
    let mut f = act_form();
    at(&mut f, "recipients");
    type_text(&mut f, "revi");
    assert!(f.picker.is_some());
    key(&mut f, KeyCode::Esc);
    assert!(!f.is_dirty(), "no item was added");
    at(&mut f, "recipients");
    type_text(&mut f, "revi");
    key(&mut f, KeyCode::Enter);
    let recipients: Vec<&Value> = f.value["recipients"]
        .as_array()
        .expect("list")
        .iter()
        .map(|r| &r["recipient"])
        .collect();
    assert_eq!(recipients, [&json!("skat"), &json!("revisor")]);
}

// --- Reproduced by users: Enter on an unset choice picked its first option.

#[test]
fn enter_on_an_unset_article6_picks_nothing() {
    let mut f = act_form();
    at(&mut f, "legal_bases[0].article6");
    key(&mut f, KeyCode::Enter);
    assert!(f.picker.is_some(), "the picker opens");
    assert_eq!(f.value["legal_bases"][0].get("article6"), None);
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.value["legal_bases"][0].get("article6"),
        None,
        "Enter with nothing highlighted chooses nothing"
    );
    key(&mut f, KeyCode::Esc);
    assert!(f.picker.is_none());
    assert_eq!(f.value["legal_bases"][0].get("article6"), None);
    assert!(!f.is_dirty());
}

#[test]
fn an_unset_choice_opens_on_no_option_and_moving_chooses() {
    let mut f = act_form();
    at(&mut f, "legal_bases[0].article6");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), None);
    key(&mut f, KeyCode::Down);
    key(&mut f, KeyCode::Down);
    key(&mut f, KeyCode::Down);
    assert_eq!(selected(&f), Some(2));
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["legal_bases"][0]["article6"], "C");
}

#[test]
fn a_set_choice_opens_on_its_value() {
    let mut f = act_form();
    at(&mut f, "role");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), Some(0));
    key(&mut f, KeyCode::Esc);
    at(&mut f, "status");
    f.value["status"] = json!("Approved");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), Some(2));
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["status"], "Approved");
    // A set reference opens on its id.
    at(&mut f, "recipients[0].recipient");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), Some(0));
}

#[test]
fn special_asks_which_special_category_and_esc_leaves_the_kind_as_it_was() {
    let mut f = act_form();
    at(&mut f, "data_categories[0].kind");
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "Special");
    key(&mut f, KeyCode::Enter);
    let p = f.picker.as_ref().expect("the special category is asked");
    assert_eq!(p.selected, None);
    assert!(
        p.title.starts_with("Kind › Special category (Art. 9)"),
        "{}",
        p.title
    );
    key(&mut f, KeyCode::Enter);
    assert!(f.picker.is_some(), "nothing was highlighted");
    assert_eq!(key(&mut f, KeyCode::Esc), Outcome::Changed);
    assert!(f.picker.is_none());
    assert_eq!(f.value["data_categories"][0]["kind"], "Ordinary");
    assert!(!f.is_dirty());

    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "Special");
    // Half chosen, the record is not validated again: Esc goes back.
    assert_eq!(key(&mut f, KeyCode::Enter), Outcome::Stay);
    type_text(&mut f, "health");
    assert_eq!(key(&mut f, KeyCode::Enter), Outcome::Changed);
    assert!(f.picker.is_none());
    assert_eq!(
        f.value["data_categories"][0]["kind"],
        json!({"Special": ["Health"]})
    );
    assert_eq!(
        f.focused().map(|r| r.field.as_str()),
        Some("data_categories[0].kind")
    );
}

#[test]
fn a_new_special_category_item_is_picked_not_filled_in() {
    let mut f = act_form();
    f.value["data_categories"][0]["kind"] = json!({"Special": ["Health"]});
    f.relayout();
    at(&mut f, "data_categories[0].kind[0]");
    ctrl(&mut f, 'n');
    assert_eq!(selected(&f), None);
    key(&mut f, KeyCode::Esc);
    assert_eq!(
        f.value["data_categories"][0]["kind"],
        json!({"Special": ["Health"]})
    );
    ctrl(&mut f, 'n');
    type_text(&mut f, "biometric");
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.value["data_categories"][0]["kind"],
        json!({"Special": ["Health", "Biometric"]})
    );
}

#[test]
fn event_based_retention_asks_its_event_and_bound() {
    let mut f = act_form();
    f.value["retention"] = json!([{
        "id": "r1", "text": "5 år",
        "rule": {"Duration": {"period": "P5Y", "bound": "Exact"}}
    }]);
    f.relayout();
    at(&mut f, "retention[0].rule");
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "EventBased");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), None, "the event is asked on no option");
    type_text(&mut f, "EndOfEmployment");
    key(&mut f, KeyCode::Enter);
    assert_eq!(selected(&f), None, "the bound is asked on no option");
    key(&mut f, KeyCode::Esc);
    assert_eq!(
        f.value["retention"][0]["rule"],
        json!({"Duration": {"period": "P5Y", "bound": "Exact"}}),
        "cancelled anywhere, the rule is as it was"
    );
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "EventBased");
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "EndOfEmployment");
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "max");
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.value["retention"][0]["rule"],
        json!({"EventBased": {"event": "EndOfEmployment", "offset": "", "bound": "Max"}})
    );
}

// --- Defaults follow the record's country.

#[test]
fn a_norwegian_organisation_is_offered_its_own_org_number_and_nothing_is_chosen_for_it() {
    let mut f = org_form("NO");
    at(&mut f, "org_number");
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value.get("org_number"), None, "Enter chose nothing");
    let p = f.picker.as_ref().expect("picker");
    assert_eq!(p.selected, None);
    assert_eq!(p.items[0].0, "NoOrgnr");
    key(&mut f, KeyCode::Down);
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["org_number"], json!({"NoOrgnr": ""}));
    // The number is typed next, where it goes.
    type_text(&mut f, "923 609 016");
    assert_eq!(f.value["org_number"], json!({"NoOrgnr": "923 609 016"}));
}

#[test]
fn the_organisations_country_as_typed_decides() {
    let mut f = org_form("");
    at(&mut f, "country");
    type_text(&mut f, "NO");
    at(&mut f, "org_number");
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.picker.as_ref().expect("picker").items[0].0, "NoOrgnr");
    // A recipient's own country comes first.
    key(&mut f, KeyCode::Esc);
    f.value["recipients"][0]["country"] = json!("SE");
    f.relayout();
    at(&mut f, "recipients[0].org_number");
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.picker.as_ref().expect("picker").items[0].0, "Other");
}

#[test]
fn a_new_national_id_basis_gets_the_organisations_scheme() {
    for (country, scheme) in [("NO", "NoFnr"), ("DK", "DkCpr")] {
        let mut r = refs();
        r.country = Some(country.into());
        let mut f = Form::new(
            RecordKind::Activity,
            "x/activities/loen.ron".into(),
            "x".into(),
            activity(),
            r,
        );
        at(&mut f, "national_id_bases");
        ctrl(&mut f, 'n');
        assert_eq!(
            f.value["national_id_bases"][0]["scheme"], scheme,
            "{country}"
        );
        // Typing on the list fills the provision, in a new item.
        at(&mut f, "national_id_bases");
        type_text(&mut f, "personopplysningsloven § 12");
        assert_eq!(
            f.value["national_id_bases"][1]["provision"],
            "personopplysningsloven § 12"
        );
        assert_eq!(f.value["national_id_bases"][1]["scheme"], scheme);
    }
}

#[test]
fn a_national_id_kind_asks_its_scheme_offering_the_countrys_first() {
    let mut r = refs();
    r.country = Some("NO".into());
    let mut f = Form::new(
        RecordKind::Activity,
        "x/activities/loen.ron".into(),
        "x".into(),
        activity(),
        r,
    );
    at(&mut f, "data_categories[0].kind");
    key(&mut f, KeyCode::Enter);
    type_text(&mut f, "NationalId");
    key(&mut f, KeyCode::Enter);
    let p = f.picker.as_ref().expect("the scheme is asked");
    assert_eq!(p.selected, None);
    assert_eq!(p.items[0].0, "NoFnr");
    key(&mut f, KeyCode::Down);
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.value["data_categories"][0]["kind"],
        json!({"NationalId": "NoFnr"})
    );
}

// --- A new record's id follows its name.

fn new_activity() -> Form {
    let mut f = Form::new(
        RecordKind::Activity,
        "da/activities/new-activity.ron".into(),
        "DA / new activity".into(),
        json!({"id": "new-activity", "name": "", "status": "Draft"}),
        refs(),
    );
    f.is_new = true;
    f
}

#[test]
fn a_new_records_id_follows_its_name_until_typed_in() {
    let mut f = new_activity();
    type_text(&mut f, "Løn til ansatte");
    assert_eq!(f.value["id"], "loen-til-ansatte");
    // Emptied, the id is the one the form opened with.
    for _ in 0.."Løn til ansatte".chars().count() {
        key(&mut f, KeyCode::Backspace);
    }
    assert_eq!(f.value["id"], "new-activity");
    // An id taken by another activity gets a number.
    type_text(&mut f, "Lønbehandling");
    assert_eq!(f.value["id"], "loenbehandling-2");
    // Typed in by hand, the id stays.
    at(&mut f, "id");
    type_text(&mut f, "-dk");
    at(&mut f, "name");
    type_text(&mut f, " i DK");
    assert_eq!(f.value["id"], "loenbehandling-2-dk");
    assert_eq!(f.value["name"], "Lønbehandling i DK");
}

#[test]
fn an_existing_records_id_never_follows_its_name() {
    let mut f = act_form();
    type_text(&mut f, "behandling");
    assert_eq!(f.value["name"], "Lønbehandling");
    assert_eq!(f.value["id"], "loen");
}

#[test]
fn a_new_organisations_id_follows_its_name() {
    let mut f = Form::new(
        RecordKind::Organisation,
        "new-organisation/organisation.ron".into(),
        "new organisation".into(),
        json!({"id": "new-organisation", "name": "", "role": "Controller",
               "kind": "Company", "country": ""}),
        refs(),
    );
    f.is_new = true;
    type_text(&mut f, "Dansk Arbejdsgiverforening");
    assert_eq!(f.value["id"], "dansk-arbejdsgiverforening");
    for _ in 0.."forening".len() {
        key(&mut f, KeyCode::Backspace);
    }
    assert_eq!(f.value["id"], "dansk-arbejdsgiver");
    // "da" is another organisation's id: never taken by a new one.
    let mut g = Form::new(
        RecordKind::Organisation,
        "new-organisation/organisation.ron".into(),
        "new organisation".into(),
        json!({"id": "new-organisation", "name": "", "role": "Controller",
               "kind": "Company", "country": ""}),
        refs(),
    );
    g.is_new = true;
    type_text(&mut g, "DA");
    assert_eq!(g.value["id"], "da-2");
}

#[test]
fn a_new_list_items_id_follows_its_name_and_old_items_keep_theirs() {
    let mut f = act_form();
    at(&mut f, "data_subjects");
    ctrl(&mut f, 'n');
    assert_eq!(
        f.focused().map(|r| r.field.as_str()),
        Some("data_subjects[1].name"),
        "a new item with a derived id starts on its name"
    );
    type_text(&mut f, "Ansatte");
    assert_eq!(
        f.value["data_subjects"][1]["id"], "ansatte-2",
        "unique in the list"
    );
    type_text(&mut f, " på Ærø");
    assert_eq!(f.value["data_subjects"][1]["id"], "ansatte-paa-aeroe");
    // Moved up, it still follows.
    f.key(KeyEvent::new(KeyCode::Up, KeyModifiers::ALT));
    at(&mut f, "data_subjects[0].name");
    type_text(&mut f, "s");
    assert_eq!(f.value["data_subjects"][0]["id"], "ansatte-paa-aeroes");
    // The old item, now second, keeps its id when renamed.
    at(&mut f, "data_subjects[1].name");
    type_text(&mut f, " og ledere");
    assert_eq!(f.value["data_subjects"][1]["name"], "Ansatte og ledere");
    assert_eq!(f.value["data_subjects"][1]["id"], "ansatte");
    // Typed in by hand, a new item's id stays.
    at(&mut f, "data_subjects[0].id");
    type_text(&mut f, "x");
    at(&mut f, "data_subjects[0].name");
    type_text(&mut f, "!");
    assert_eq!(f.value["data_subjects"][0]["id"], "ansatte-paa-aeroesx");
}

// --- Everything else stays as it was.

#[test]
fn tab_arrows_enter_save_and_leave_are_unchanged() {
    let mut f = act_form();
    assert_eq!(f.focused().map(|r| r.field.as_str()), Some("name"));
    key(&mut f, KeyCode::Tab);
    assert_eq!(f.focused().map(|r| r.field.as_str()), Some("name_en"));
    key(&mut f, KeyCode::Up);
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.focused().map(|r| r.field.as_str()),
        Some("name_en"),
        "Enter on a text moves on"
    );
    assert_eq!(ctrl(&mut f, 's'), Outcome::save());
    assert_eq!(key(&mut f, KeyCode::Esc), Outcome::Leave);
    at(&mut f, "owner");
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["owner"], "", "Enter still adds an empty text");
    ctrl(&mut f, 'd');
    assert_eq!(f.value.get("owner"), None);
}

// --- Screens.

fn render(form: &mut Form) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| {
        let area = f.area();
        ropa::tui::form::draw::draw(f, area, form, &Theme::default())
    })
    .expect("draw");
    let buf = t.backend().buffer().clone();
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

fn da_barsel() -> Form {
    let loaded = load(&common::sample_registry()).expect("load");
    let org = loaded
        .register
        .organisations
        .iter()
        .find(|o| o.org.id == "da")
        .expect("da");
    let a = org
        .activities
        .iter()
        .find(|a| a.activity.id == "da-barsel")
        .expect("da-barsel");
    let refs = Refs {
        recipients: org
            .org
            .recipients
            .iter()
            .map(|r| (r.id.clone(), r.name.clone()))
            .collect(),
        systems: Vec::new(),
        organisations: Vec::new(),
        country: Some(org.org.country.clone()),
        activities: Vec::new(),
        ..Refs::default()
    };
    Form::new(
        RecordKind::Activity,
        a.file.path.clone(),
        "Dansk Arbejdsgiverforening / DA Barsel".into(),
        serde_json::to_value(&a.activity).expect("value"),
        refs,
    )
}

#[test]
fn screen_a_picker_on_no_option() {
    let mut f = da_barsel();
    at(&mut f, "legal_bases[0].article6");
    key(&mut f, KeyCode::Enter);
    let screen = render(&mut f);
    assert!(screen.contains("Art. 6(1) letter — pick one"), "{screen}");
    insta::assert_snapshot!("picker_on_no_option_80x24", screen);
}

#[test]
fn screen_a_sentence_typed_on_a_formerly_unset_row() {
    let mut f = da_barsel();
    at(&mut f, "owner");
    type_text(&mut f, "Lønchef Åse Ørsted, jf. ferieloven § 5");
    let screen = render(&mut f);
    assert!(
        screen.contains("Owner                     Lønchef Åse Ørsted, jf. ferieloven § 5"),
        "{screen}"
    );
    insta::assert_snapshot!("sentence_on_unset_owner_80x24", screen);
}

#[test]
fn a_pasted_paragraph_stays_in_its_field_with_its_line_breaks() {
    let mut f = act_form();
    at(&mut f, "description");
    let pasted = "Første linje om løn\r\nAnden linje – § 5 i ferieloven.\nTredje linje";
    assert_eq!(f.paste(pasted), Outcome::Changed);
    assert_eq!(
        f.value["description"],
        "Første linje om løn\nAnden linje – § 5 i ferieloven.\nTredje linje"
    );
    // Nothing spilled into other fields or lists.
    assert_eq!(
        f.value.get("on_behalf_of"),
        act_form().value.get("on_behalf_of")
    );
    // Into an open question nothing is pasted (a pasted "d" must not
    // discard the edit).
    f.dialog = Some(ropa::tui::form::Dialog::Leave);
    assert_eq!(f.paste("d"), Outcome::Stay);
}

// --- Reproduced by users: Enter after a list item's text set the field
// below the list; Ctrl-U left an optional text set to nothing.

#[test]
fn enter_after_a_list_item_does_not_set_the_field_below_the_list() {
    let mut f = act_form();
    at(&mut f, "breach_refs");
    type_text(&mut f, "Sag 1");
    key(&mut f, KeyCode::Enter);
    // On the list again, not on the DPIA below it: what is typed next is
    // the next item, and a second Enter adds an item, not a DPIA.
    assert_eq!(f.focused().map(|r| r.field.as_str()), Some("breach_refs"));
    type_text(&mut f, "Sag 2");
    key(&mut f, KeyCode::Enter);
    key(&mut f, KeyCode::Enter);
    assert_eq!(f.value["breach_refs"], json!(["Sag 1", "Sag 2", ""]));
    assert!(
        f.value.get("dpia").is_none_or(Value::is_null),
        "{}",
        f.value["dpia"]
    );
    // Within a list, Enter goes on to the next item as before.
    at(&mut f, "breach_refs[0]");
    key(&mut f, KeyCode::Enter);
    assert_eq!(
        f.focused().map(|r| r.field.as_str()),
        Some("breach_refs[1]")
    );
}

#[test]
fn ctrl_u_leaves_an_optional_text_unset() {
    let mut f = act_form();
    at(&mut f, "owner");
    // Set by Enter, then cleared: not set, not an empty text.
    key(&mut f, KeyCode::Enter);
    ctrl(&mut f, 'u');
    assert!(f.value["owner"].is_null(), "{}", f.value["owner"]);
    // Typed, then cleared: the same.
    type_text(&mut f, "HR");
    assert_eq!(f.value["owner"], "HR");
    ctrl(&mut f, 'u');
    assert!(f.value["owner"].is_null(), "{}", f.value["owner"]);
    // Blanks only say nothing either.
    type_text(&mut f, "   ");
    assert!(f.value["owner"].is_null(), "{}", f.value["owner"]);
    ctrl(&mut f, 'u');
    // Typing again sets it.
    type_text(&mut f, "Løn");
    assert_eq!(f.value["owner"], "Løn");
    // A required text emptied stays a text (the check says it is missing).
    at(&mut f, "name");
    ctrl(&mut f, 'u');
    assert_eq!(f.value["name"], "");
}
