//! Rule texts in Danish, Norwegian and English: every rule's title,
//! trigger, legal source and hint in every catalogue, `ropa validate
//! --explain` in each language through the real binary, and the human
//! report of a small register in Danish and Norwegian.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use common::{clean_activity, clean_org, write_register};
use ropa::register::lang::{Lang, messages, tr};
use ropa::register::validate::RULES;
use ropa::register::validate::catalogue::{text, text_key};

/// The four texts of every rule, by message part.
const PARTS: [&str; 4] = ["title", "when", "source", "hint"];

/// Runs ropa on `args` in the C locale unless `locale` says otherwise,
/// with nothing of the user's configuration.
fn ropa_in(locale: &str, args: &[&str]) -> Output {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("ROPA_REGISTRY")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .output()
        .expect("run ropa")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn every_rule_has_all_four_texts_in_every_language_and_english_is_the_catalogues() {
    for lang in Lang::ALL {
        let keys: BTreeSet<String> = messages::keys(lang).into_iter().collect();
        for rule in RULES {
            for part in PARTS {
                let key = text_key(rule, part);
                assert!(keys.contains(&key), "locales/{lang}.ftl lacks {key}");
                assert!(!tr(lang, &key).trim().is_empty(), "{lang}: {key} is empty");
            }
        }
    }
    for rule in RULES {
        // Read from the catalogue directly, not through text()'s fallback.
        let en = |part: &str| tr(Lang::En, &text_key(rule, part));
        assert_eq!(en("title"), rule.title, "{}", rule.id);
        assert_eq!(en("when"), rule.trigger, "{}", rule.id);
        assert_eq!(en("source"), rule.legal_source, "{}", rule.id);
        assert_eq!(en("hint"), rule.hint, "{}", rule.id);
        for lang in [Lang::Da, Lang::Nb] {
            let t = text(rule, lang);
            assert_ne!(t.title, rule.title, "{} {lang}: title in English", rule.id);
            assert_ne!(
                t.trigger, rule.trigger,
                "{} {lang}: trigger in English",
                rule.id
            );
        }
    }
    // No rule keys for rules the catalogue does not have.
    let ids: BTreeSet<String> = RULES.iter().map(|r| r.id.to_string()).collect();
    for lang in Lang::ALL {
        for key in messages::keys(lang) {
            if let Some(rest) = key.strip_prefix("rule-") {
                let id = rest.rsplit_once('-').map(|(id, _)| id).unwrap_or(rest);
                assert!(ids.contains(id), "locales/{lang}.ftl: {key} names no rule");
            }
        }
    }
}

#[test]
fn explain_speaks_danish_with_the_danish_legal_terms() {
    let out = ropa_in(
        "C.UTF-8",
        &["--lang", "da", "validate", "--explain", "org-001"],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("ORG-001 (fejl): Identitet og kontaktoplysninger\n"),
        "{text}"
    );
    assert!(text.contains("\nHvornår: Organisationen mangler navn, postadresse"));
    assert!(text.contains(
        "\nRetsgrundlag: Databeskyttelsesforordningens art. 30, stk. 1, litra a, og art. 30, stk. 2, litra a\n"
    ));
    assert!(text.contains("\nHvad gør man: angiv en postadresse"));
    assert!(text.contains("Acceptér et fund i den fil, det gælder"));
    // The example to paste is RON, the same in every language.
    assert!(text.contains("            rule: \"ORG-001\",\n"));

    let cpr = stdout(&ropa_in(
        "C.UTF-8",
        &["--lang", "da", "validate", "--explain", "SPC-003"],
    ));
    assert!(cpr.contains("Dansk CPR-nummer kræver databeskyttelseslovens § 11"));
    let transfer = stdout(&ropa_in(
        "C.UTF-8",
        &["--lang", "da", "validate", "--explain", "XFR-002"],
    ));
    assert!(
        transfer.contains("tilstrækkelighedsafgørelser"),
        "{transfer}"
    );
}

#[test]
fn explain_speaks_norwegian_with_the_norwegian_legal_terms() {
    let out = ropa_in(
        "C.UTF-8",
        &["--lang", "nb", "validate", "--explain", "ORG-001"],
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("ORG-001 (feil): Identitet og kontaktopplysninger\n"),
        "{text}"
    );
    assert!(text.contains(
        "\nRettslig grunnlag: Personvernforordningen art. 30 nr. 1 bokstav a og art. 30 nr. 2 bokstav a\n"
    ));
    assert!(text.contains("\nHva gjør man: oppgi en postadresse"));
    let fnr = stdout(&ropa_in(
        "C.UTF-8",
        &["--lang", "nb", "validate", "--explain", "spc-004"],
    ));
    assert!(fnr.starts_with("SPC-004 (feil): Fødselsnummer krever personopplysningsloven § 12\n"));
    let warning = stdout(&ropa_in(
        "C.UTF-8",
        &["--lang", "nb", "validate", "--explain", "XFR-007"],
    ));
    assert!(warning.starts_with("XFR-007 (advarsel): "), "{warning}");
    assert!(warning.contains("beslutning om tilstrekkelig beskyttelsesnivå"));
}

#[test]
fn explain_in_english_is_the_catalogue_and_the_locale_chooses_without_lang() {
    let out = ropa_in(
        "C.UTF-8",
        &["--lang", "en", "validate", "--explain", "ACT-002"],
    );
    assert_eq!(out.status.code(), Some(0));
    let rule = RULES.iter().find(|r| r.id == "ACT-002").expect("rule");
    let text = stdout(&out);
    assert!(text.starts_with(&format!(
        "ACT-002 (error): {}\n\nWhen: {}\n\nLegal source: {}\n\nWhat to do: {}\n\nAcknowledge a finding",
        rule.title, rule.trigger, rule.legal_source, rule.hint
    )));
    // Without --lang the locale decides; the C locale is English.
    assert_eq!(
        stdout(&ropa_in("C.UTF-8", &["validate", "--explain", "ACT-002"])),
        text
    );
    let danish = stdout(&ropa_in(
        "da_DK.UTF-8",
        &["validate", "--explain", "ACT-002"],
    ));
    assert!(
        danish.starts_with("ACT-002 (fejl): Modtagere angivet\n"),
        "{danish}"
    );
    // --lang beats the locale.
    let norwegian = stdout(&ropa_in(
        "da_DK.UTF-8",
        &["--lang", "nb", "validate", "--explain", "ACT-002"],
    ));
    assert!(norwegian.starts_with("ACT-002 (feil): Mottakere oppgitt\n"));
}

#[test]
fn an_unknown_rule_is_refused_in_the_chosen_language() {
    let out = ropa_in(
        "C.UTF-8",
        &["--lang", "da", "validate", "--explain", "ABC-999"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "fejl: ingen regel `ABC-999`; reglerne står i README\n"
    );
}

/// A register with two findings: the organisation lacks its CVR number
/// (ORG-002, an error) and the activity was last reviewed years ago
/// (REV-001, a warning).
fn two_findings(dir: &Path) {
    let mut org = clean_org();
    org.org_number = None;
    let mut act = clean_activity();
    act.last_reviewed = Some("2020-01-15".into());
    write_register(dir, &org, &[act]);
}

/// The human report of the two-finding register in `lang`, with the
/// register's temporary path replaced.
fn report(lang: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    two_findings(dir.path());
    let root = dir.path().to_str().expect("utf-8 path");
    let out = ropa_in(
        "C.UTF-8",
        &["--lang", lang, "validate", root, "--today", "2026-06-01"],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    stdout(&out).replace(root, "[register]")
}

#[test]
fn the_report_in_danish() {
    let text = report("da");
    assert!(text.contains("fejl[ORG-002]"), "{text}");
    assert!(text.contains("advarsel[REV-001]"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn the_report_in_norwegian() {
    let text = report("nb");
    assert!(text.contains("feil[ORG-002]"), "{text}");
    assert!(text.contains("advarsel[REV-001]"), "{text}");
    insta::assert_snapshot!(text);
}
