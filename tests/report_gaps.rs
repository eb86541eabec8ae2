//! `ropa report gaps` on the sample register (the real binary), its JSON
//! shape, its languages, and the interface's gaps screen.

mod common;

use common::interface::render;
use common::ropa;
use ropa::register::date::Date;
use ropa::register::load::load;
use ropa::register::validate::{Options, validate};
use ropa::tui::app::{Action, App, Screen};

const TODAY: &str = "2026-11-23";

fn text(o: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn json() -> serde_json::Value {
    let o = ropa(&[
        "report", "gaps", "registry", "--format", "json", "--today", TODAY,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    serde_json::from_slice(&o.stdout).expect("one JSON document on standard output")
}

fn org<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["organisations"]
        .as_array()
        .expect("organisations")
        .iter()
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no organisation {id}"))
}

#[test]
fn the_human_report_lists_gaps_acknowledgements_and_questions() {
    let o = ropa(&["report", "gaps", "registry", "--today", TODAY]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("Gaps report for the next review (2026-11-23)"),
        "{out}"
    );
    // Every organisation, by name and id.
    for (name, id) in [
        ("Dansk Arbejdsgiverforening", "da"),
        ("Digitaliseringsstyrelsen", "digst"),
        ("Djøf", "djoef"),
        ("Jupiter System Partner AS", "jupiter-system-partner"),
        ("OS2 - Offentligt digitaliseringsfællesskab", "os2"),
    ] {
        assert!(out.contains(&format!("{name} [{id}]")), "{name}: {out}");
    }
    // Known not-stated entries of the sample, with their notes.
    assert!(
        out.contains(
            "jupiter-system-partner/organisation.ron  address — The published policy gives no postal address."
        ),
        "{out}"
    );
    assert!(
        out.contains("da/organisation.ron  org_number — "),
        "the CVR number written NotStated is a gap too: {out}"
    );
    assert!(
        out.contains("The published policy gives no CVR number."),
        "{out}"
    );
    // Acknowledgements with their expiry and reason.
    assert!(out.contains("Acknowledged findings ("), "{out}");
    assert!(
        out.contains(
            "until 2027-12-31  CNS-001 Support af Digital Post [digital-post-support] consent — The published policy does not describe how consent is withdrawn."
        ),
        "{out}"
    );
    // The questions, by who can answer them.
    assert!(out.contains("To ask ("), "{out}");
    assert!(out.contains("    Legal ("), "{out}");
    assert!(
        out.contains("? Where is the legitimate interests assessment behind Art. 6(1)(f)?"),
        "{out}"
    );
    assert!(
        out.contains("Hjemmeside [website]  ACT-011 lia_ref:"),
        "{out}"
    );
    assert!(out.contains("The processor or recipient: "), "{out}");
}

#[test]
fn the_json_report_has_one_shape() {
    let v = json();
    assert_eq!(v["today"], TODAY);
    let orgs = v["organisations"].as_array().expect("organisations");
    assert_eq!(orgs.len(), 5);
    for o in orgs {
        for key in ["id", "name"] {
            assert!(o[key].is_string(), "{key} in {o}");
        }
        for key in ["not_stated", "acknowledged", "questions"] {
            assert!(o[key].is_array(), "{key} in {o}");
        }
    }

    // A not-stated entry: record by id, field, note and the gap in words.
    let jupiter = org(&v, "jupiter-system-partner");
    let address = jupiter["not_stated"]
        .as_array()
        .expect("not_stated")
        .iter()
        .find(|g| g["field"] == "address")
        .expect("the address is not stated");
    assert_eq!(
        address["record"]["path"],
        "jupiter-system-partner/organisation.ron"
    );
    assert_eq!(address["record"]["organisation"], "jupiter-system-partner");
    assert!(address["record"].get("activity").is_none(), "{address}");
    assert_eq!(
        address["note"],
        "The published policy gives no postal address."
    );
    assert!(address["text"].is_string());

    // An activity's not-stated entry names the activity.
    let da = org(&v, "da");
    assert!(
        da["not_stated"]
            .as_array()
            .expect("not_stated")
            .iter()
            .any(|g| g["field"] == "recipients"
                && g["record"]["activity"].is_string()
                && g["note"] == "The published policy names no recipients for this activity."),
        "{}",
        da["not_stated"]
    );

    // Acknowledgements: rule, place, reason, expiry, whether expired.
    let digst = org(&v, "digst");
    let acks = digst["acknowledged"].as_array().expect("acknowledged");
    let cns = acks
        .iter()
        .find(|k| k["rule"] == "CNS-001")
        .expect("the sample acknowledges CNS-001");
    assert_eq!(cns["record"]["activity"], "digital-post-support");
    assert_eq!(cns["at"], "consent");
    assert_eq!(cns["expires"], "2027-12-31");
    assert_eq!(cns["expired"], false);
    assert_eq!(
        cns["reason"],
        "The published policy does not describe how consent is withdrawn."
    );

    // Questions: grouped by whom, each item with rule, topic, question and
    // finding; legal answers the missing assessments.
    let groups = da["questions"].as_array().expect("questions");
    let legal = groups
        .iter()
        .find(|g| g["whom"]["kind"] == "legal")
        .expect("questions for legal");
    assert_eq!(legal["to"], "Legal");
    let lia: Vec<&serde_json::Value> = legal["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|a| a["rule"] == "ACT-011")
        .collect();
    assert!(!lia.is_empty(), "{legal}");
    for a in &lia {
        assert_eq!(a["topic"], "lia");
        assert_eq!(a["field"], "lia_ref");
        assert_eq!(a["severity"], "warning");
        assert!(
            a["question"]
                .as_str()
                .is_some_and(|q| q.contains("legitimate interests"))
        );
        assert!(a["record"]["activity"].is_string());
    }
    // No known gap is asked again, and nothing acknowledged is asked.
    for o in orgs {
        for g in o["questions"].as_array().expect("questions") {
            for a in g["items"].as_array().expect("items") {
                assert_ne!(a["rule"], "GAP-001", "{a}");
            }
        }
    }
    // A processor's findings go to the processor, by name.
    assert!(
        orgs.iter().any(|o| o["questions"]
            .as_array()
            .expect("questions")
            .iter()
            .any(|g| g["whom"]["kind"] == "recipient" && g["whom"]["name"].is_string())),
        "{v}"
    );
}

#[test]
fn one_organisation_and_other_languages() {
    let o = ropa(&[
        "report", "gaps", "registry", "--org", "digst", "--today", TODAY, "--lang", "da",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Mangler til næste gennemgang"), "{out}");
    assert!(out.contains("Digitaliseringsstyrelsen [digst]"), "{out}");
    assert!(!out.contains("[djoef]"), "{out}");
    assert!(out.contains("Anerkendte fund ("), "{out}");
    assert!(out.contains("til og med 2027-12-31"), "{out}");

    let o = ropa(&[
        "report", "gaps", "registry", "--today", TODAY, "--lang", "nb",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("Ikke oppgitt i kilden ("), "{out}");
    assert!(out.contains("Juridisk avdeling ("), "{out}");

    let o = ropa(&["report", "gaps", "registry", "--org", "nobody"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

fn sample_app() -> App {
    let scratch = common::interface::scratch();
    let root = scratch.work.join("registry");
    let loaded = load(&root).expect("load");
    let today = Date::parse(TODAY).expect("date");
    let report = validate(
        &loaded,
        &Options {
            today,
            strict: false,
        },
    );
    let mut app = App::new("registry");
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.today = Some(today);
    app.set_loaded(loaded);
    app.set_report(report);
    // The scratch folder goes with `scratch`; the app holds all it shows.
    drop(scratch);
    app
}

#[test]
fn the_gaps_screen_at_80x24_and_enter_opens_the_record() {
    let mut app = sample_app();
    common::interface::keys_(&mut app, "t");
    assert_eq!(app.screen(), Screen::Gaps);
    insta::assert_snapshot!("gaps_80x24", render(&mut app, 80, 24));

    // The first item is the first organisation's first known gap: its own
    // record (the organisation's gaps come before its activities'),
    // opened at the field.
    app.apply(Action::Open);
    assert_eq!(app.screen(), Screen::Organisation { org: "da".into() });
    assert_eq!(app.focus_field.as_deref(), Some("org_number"));

    // Back, down past the postal address to an activity's item: its
    // activity opens, by id, at the field.
    app.apply(Action::Back);
    assert_eq!(app.screen(), Screen::Gaps);
    app.apply(Action::Down);
    app.apply(Action::Down);
    app.apply(Action::Open);
    assert_eq!(
        app.screen(),
        Screen::Detail {
            org: "da".into(),
            act: "da-barsel".into()
        }
    );
    assert_eq!(app.focus_field.as_deref(), Some("recipients"));
}

#[test]
fn a_click_selects_an_item_and_a_second_click_opens_it() {
    let mut app = sample_app();
    common::interface::keys_(&mut app, "t");
    render(&mut app, 80, 24);
    // Rows below the border: the organisation, "Not stated…", then its
    // items (the CVR number, the postal address).
    app.click(5, 1, 80, 24);
    assert_eq!(app.selection(), 0, "a heading selects nothing");
    app.click(5, 4, 80, 24);
    assert_eq!(app.selection(), 1);
    assert_eq!(app.screen(), Screen::Gaps);
    app.click(5, 4, 80, 24);
    assert_eq!(app.screen(), Screen::Organisation { org: "da".into() });
    assert_eq!(app.focus_field.as_deref(), Some("address"));
}

#[test]
fn the_gaps_key_is_in_the_help_of_the_browsing_screens() {
    let mut app = sample_app();
    let help: Vec<(String, String)> = app.help_rows();
    assert!(
        help.iter()
            .any(|(k, what)| k == "t" && what.contains("gaps report")),
        "{help:?}"
    );
    common::interface::keys_(&mut app, "t");
    common::interface::keys_(&mut app, "\x1b");
    assert_eq!(app.screen(), Screen::Organisations);
}

#[test]
fn an_expired_acknowledgement_is_marked_and_its_finding_asked_again() {
    let o = ropa(&[
        "report",
        "gaps",
        "registry",
        "--format",
        "json",
        "--today",
        "2028-01-02",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let digst = org(&v, "digst");
    let cns = digst["acknowledged"]
        .as_array()
        .expect("acknowledged")
        .iter()
        .find(|k| k["rule"] == "CNS-001")
        .expect("CNS-001 acknowledged");
    assert_eq!(cns["expired"], true);
    // No longer covered, the finding is a question again: for legal.
    let legal = digst["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .find(|g| g["whom"]["kind"] == "legal")
        .expect("questions for legal");
    assert!(
        legal["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|a| a["rule"] == "CNS-001" && a["topic"] == "consent"),
        "{legal}"
    );
    let o = ropa(&[
        "report",
        "gaps",
        "registry",
        "--org",
        "digst",
        "--today",
        "2028-01-02",
    ]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("expired 2027-12-31  CNS-001"), "{out}");
}

/// Enter on an acknowledged finding's row opens its record at the
/// acknowledgement itself (its line in sight), not at the field the
/// finding is about; `e` from there opens the form on that acknowledgement.
#[test]
fn enter_on_an_acknowledged_finding_opens_its_acknowledgement() {
    let mut app = sample_app();
    common::interface::keys_(&mut app, "t");
    let mut found = None;
    for _ in 0..200 {
        app.apply(Action::Open);
        if let Some(f) = app.focus_field.clone()
            && f.starts_with("acknowledgements[")
        {
            found = Some(f);
            break;
        }
        if app.screen() != Screen::Gaps {
            app.apply(Action::Back);
        }
        app.apply(Action::Down);
    }
    let field = found.expect("an acknowledged finding in the sample");
    let Screen::Detail { org, act } = app.screen() else {
        panic!("{:?}", app.screen());
    };
    // The acknowledgement the field names is one of the record's, and its
    // line is on the page as drawn.
    let i: usize = field["acknowledgements[".len()..field.len() - 1]
        .parse()
        .expect("index");
    let ack = app
        .organisations()
        .iter()
        .find(|o| o.org.id == org)
        .and_then(|o| o.activities.iter().find(|a| a.activity.id == act))
        .map(|a| a.activity.acknowledgements[i].clone())
        .expect("the acknowledgement");
    let page = render(&mut app, 80, 24);
    assert!(
        page.contains(&format!(
            "✓ {} acknowledged until {}",
            ack.rule, ack.expires
        )),
        "{page}"
    );
    // Past its expiry the page says so, not a tick.
    app.today = ropa::register::date::Date::parse("2099-01-01");
    let page = render(&mut app, 80, 24);
    assert!(
        page.contains(&format!(
            "✗ {} acknowledged until {}, expired",
            ack.rule, ack.expires
        )),
        "{page}"
    );
    app.today = None;
    common::interface::keys_(&mut app, "e");
    assert_eq!(app.screen(), Screen::Form);
    let focused = app
        .form
        .as_ref()
        .and_then(|f| f.focused().map(|r| r.field.clone()));
    assert_eq!(focused.as_deref(), Some(field.as_str()));
}
