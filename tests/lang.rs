//! Languages: the choice of language (--lang, the register's settings,
//! config.ron, the locale), exports in Danish, Norwegian and English, and
//! no Rust rendering of a model value reaching a person.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ropa::register::export::{ExportFormat, export_in, markdown_in};
use ropa::register::lang::Lang;
use ropa::register::load::{Register, load};

fn sample() -> Register {
    load(&common::sample_registry())
        .expect("sample loads")
        .register
}

/// The sample register copied to a scratch folder, with `settings` as
/// its ropa.ron.
fn scratch_register(dir: &Path, settings: &str) -> PathBuf {
    let root = dir.join("reg");
    common::copy_tree(&common::sample_registry(), &root);
    std::fs::write(root.join("ropa.ron"), settings).expect("write ropa.ron");
    root
}

/// Runs ropa on `args` with the environment `env` (locale variables,
/// config directory) and nothing of the user's.
fn ropa_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = common::ropa_command(args);
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run ropa")
}

fn last_line(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_command_line_beats_the_register_beats_config_beats_the_locale() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plain = scratch_register(&dir.path().join("plain"), "Settings(version: 1)\n");
    let danish = scratch_register(
        &dir.path().join("danish"),
        "Settings(\n    version: 1,\n    lang: \"da\",\n)\n",
    );
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(config.join("config.ron"), "Config(lang: \"nb\")\n").expect("config");
    let config = config.to_str().expect("utf-8 path");
    let (plain, danish) = (
        plain.to_str().expect("utf-8 path"),
        danish.to_str().expect("utf-8 path"),
    );
    let validate = |reg: &str, extra: &[&str], env: &[(&str, &str)]| {
        let mut args = vec!["validate", reg];
        args.extend_from_slice(extra);
        last_line(&ropa_env(&args, env))
    };

    // The locale alone.
    let en = validate(plain, &[], &[("LANG", "C.UTF-8")]);
    assert!(
        en.contains(" errors, ") && en.ends_with(" acknowledged"),
        "{en}"
    );
    let da = validate(plain, &[], &[("LANG", "da_DK.UTF-8")]);
    assert!(
        da.contains(" fejl, ") && da.ends_with(" accepteret"),
        "{da}"
    );
    let nb = validate(
        plain,
        &[],
        &[("LC_MESSAGES", "nb_NO.UTF-8"), ("LANG", "da_DK")],
    );
    assert!(
        nb.contains(" advarsler, ") && nb.ends_with(" akseptert"),
        "{nb}"
    );
    // config.ron beats the locale.
    let nb = validate(
        plain,
        &[],
        &[("LANG", "da_DK.UTF-8"), ("ROPA_CONFIG_DIR", config)],
    );
    assert!(nb.ends_with(" akseptert"), "{nb}");
    // The register's settings beat config.ron.
    let da = validate(danish, &[], &[("ROPA_CONFIG_DIR", config)]);
    assert!(da.ends_with(" accepteret"), "{da}");
    // --lang beats them all, before or after the subcommand.
    let en = validate(danish, &["--lang", "en"], &[("ROPA_CONFIG_DIR", config)]);
    assert!(en.ends_with(" acknowledged"), "{en}");
    let out = ropa_env(&["--lang", "nb", "validate", danish], &[]);
    assert!(
        last_line(&out).ends_with(" akseptert"),
        "{}",
        last_line(&out)
    );
    // The same counts whatever the language.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    assert_eq!(digits(&en), digits(&da));
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_there_are() {
    let out = ropa_env(&["--lang", "sv", "validate", "registry"], &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected da, nb or en"), "{err}");
}

#[test]
fn a_settings_file_without_a_language_still_reads_and_a_wrong_one_is_located() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = scratch_register(dir.path(), "Settings(version: 1)\n");
    let s = ropa::register::resolve::read_settings(&root).expect("reads");
    assert_eq!(s.and_then(|s| s.lang), None);
    std::fs::write(
        root.join("ropa.ron"),
        "Settings(version: 1, lang: Some(\"nb\"))\n",
    )
    .expect("write");
    let s = ropa::register::resolve::read_settings(&root).expect("reads");
    assert_eq!(s.and_then(|s| s.lang), Some(Lang::Nb));
    std::fs::write(
        root.join("ropa.ron"),
        "Settings(\n    version: 1,\n    lang: \"sv\",\n)\n",
    )
    .expect("write");
    let p = ropa::register::resolve::read_settings(&root).expect_err("sv is no language");
    assert_eq!(p.line, 3, "{p}");
    assert!(p.message.contains("expected da, nb or en"), "{p}");
}

#[test]
fn overview_speaks_the_language() {
    let out = ropa_env(&["--lang", "da", "--registry", "registry"], &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("behandlingsaktivitet"), "{text}");
    assert!(text.contains("detaljer: ropa validate"), "{text}");
    // The line naming the register, in the language too.
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("fortegnelse: ") && first.ends_with("registry (angivet)"),
        "{first}"
    );
}

/// The names of the model's enum variants that are written in CamelCase
/// (two capitals or more: `EventBased`, `DkCpr`, `InReview`), read from the
/// model by serde-reflection. One-word names (`Draft`, `Health`) are also
/// plain words, so they cannot be told from a label.
fn camel_case_variants() -> Vec<String> {
    let mut names: Vec<String> = ropa::register::schema::schema()
        .variant_names()
        .filter(|n| {
            n.chars().filter(char::is_ascii_uppercase).count() >= 2
                && n.chars().any(|c| c.is_ascii_lowercase())
        })
        .map(str::to_string)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// True when `word` stands in `text` as a word of its own.
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn no_export_shows_a_rust_variant_name_in_any_language() {
    let names = camel_case_variants();
    for n in [
        "EventBased",
        "DkCpr",
        "InReview",
        "NotPossible",
        "EndOfEmployment",
    ] {
        assert!(names.iter().any(|v| v == n), "{n} in {names:?}");
    }
    // The sample's notes are written by its authors and name model values
    // on purpose ("no AnonymiseAfter period is given"): register text,
    // not labels, so they are left out here.
    let mut reg = sample();
    for o in &mut reg.organisations {
        o.org.notes = None;
        for a in &mut o.activities {
            a.activity.notes = None;
        }
    }
    for lang in Lang::ALL {
        for format in [
            ExportFormat::Markdown,
            ExportFormat::Html,
            ExportFormat::Csv,
        ] {
            let text = export_in(&reg, format, lang);
            let found: Vec<&String> = names.iter().filter(|n| has_word(&text, n)).collect();
            assert!(found.is_empty(), "{lang} {format:?} shows {found:?}");
        }
    }
}

#[test]
fn exports_are_in_the_language_asked_for() {
    let reg = sample();
    let da = markdown_in(&reg, Lang::Da);
    for words in [
        "Fortegnelse over behandlingsaktiviteter",
        "Dataansvarlig",
        "Databehandler",
        "Registrerede",
        "Modtagere",
        "Slettefrister",
        "CPR-nummer",
        "5 år efter den registreredes død",
        "Art. 6, stk. 1, litra c (retlig forpligtelse)",
    ] {
        assert!(da.contains(words), "da lacks {words:?}");
    }
    let nb = markdown_in(&reg, Lang::Nb);
    for words in [
        "Protokoll over behandlingsaktiviteter",
        "Behandlingsansvarlig",
        "Databehandler",
        "Registrerte",
        "Mottakere",
        "Art. 6 nr. 1 bokstav c (rettslig forpliktelse)",
    ] {
        assert!(nb.contains(words), "nb lacks {words:?}");
    }
    let html = export_in(&reg, ExportFormat::Html, Lang::Nb);
    assert!(html.contains("<html lang=\"nb\">"));
    // Register text is the same in every language: only labels differ.
    let en = markdown_in(&reg, Lang::En);
    for text in ["Lov nr. 417 af 08/05/2006", "5 år efter din død"] {
        for (lang, doc) in [("da", &da), ("nb", &nb), ("en", &en)] {
            assert!(doc.contains(text), "{lang} lacks {text:?}");
        }
    }
}

/// Every `{…:?}` in the non-test code of `dir`'s Rust files, as
/// `path:line: text`.
fn debug_formatting_in(dir: &Path) -> Vec<String> {
    let mut hits = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read_dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for f in files {
        if f.is_dir() {
            hits.extend(debug_formatting_in(&f));
            continue;
        }
        if f.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).expect("read");
        // Tests may print values for their own failure messages.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (i, line) in code.lines().enumerate() {
            let mut rest = line;
            while let Some(open) = rest.find('{') {
                let after = &rest[open + 1..];
                let Some(close) = after.find('}') else { break };
                let inner = &after[..close];
                let is_arg = inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_.:#?".contains(c));
                if is_arg && (inner.ends_with(":?") || inner.ends_with(":#?")) {
                    hits.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
                    break;
                }
                rest = &after[close..];
            }
        }
    }
    hits
}

/// Debug formatting the interface may keep: a key code no key name
/// covers (not a model value; key names stay as they are).
const INTERFACE_DEBUG_ALLOWED: &[(&str, &str)] = &[("src/tui/keys.rs", "{other:?}")];

#[test]
fn no_debug_formatting_of_model_values_in_the_interface() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let hits: Vec<String> = debug_formatting_in(&root.join("src/tui"))
        .into_iter()
        .filter(|h| {
            !INTERFACE_DEBUG_ALLOWED
                .iter()
                .any(|(file, text)| h.contains(file) && h.contains(text))
        })
        .collect();
    assert!(
        hits.is_empty(),
        "Debug formatting shows Rust names to a person; use labels::Labels:\n{}",
        hits.join("\n")
    );
}

#[test]
fn no_debug_formatting_in_exports_or_command_line_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut hits = debug_formatting_in(&root.join("src/register/export"));
    hits.extend(debug_formatting_in(&root.join("src/cli")));
    assert!(
        hits.is_empty(),
        "Debug formatting shows Rust names to a person; use labels::Labels:\n{}",
        hits.join("\n")
    );
    // The scan finds what it looks for.
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("x.rs"),
        "fn f(r: &R) -> String { format!(\"{:?} {r:?} {{:?}}\", r) }\n",
    )
    .expect("write");
    assert_eq!(debug_formatting_in(dir.path()).len(), 1);
}

#[test]
fn the_markdown_export_of_one_organisation_in_each_language() {
    let mut reg = sample();
    reg.organisations.retain(|o| o.org.id == "os2");
    assert_eq!(reg.organisations.len(), 1);
    for lang in Lang::ALL {
        insta::assert_snapshot!(format!("markdown_os2_{lang}"), markdown_in(&reg, lang));
    }
}

#[test]
fn init_says_what_it_made_in_the_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("fortegnelse");
    let target = target.to_str().expect("utf-8 path");
    let out = ropa_env(&["init", target], &[("LANG", "da_DK.UTF-8")]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Oprettede en ny fortegnelse i "), "{text}");
    // The files are listed under the first line, indented.
    assert!(text.contains("\n  README.md, ropa.ron (markerer"), "{text}");
    assert!(
        text.contains(&format!("Åbn den: cd {target} && ropa")),
        "{text}"
    );
}

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git")
        .args([
            "-c",
            "user.name=Åse Øvergård",
            "-c",
            "user.email=aase@example.no",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git")
        .success();
    assert!(ok, "git {args:?}");
}

#[test]
fn log_says_how_records_changed_in_the_language_and_json_stays_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = scratch_register(dir.path(), "Settings(version: 1, lang: \"nb\")\n");
    git(&root, &["init", "-q"]);
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-qm", "Protokollen"]);
    let file = root.join("os2/activities/os2-eu.ron");
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("status: Draft"), "{text}");
    std::fs::write(&file, text.replace("status: Draft", "status: Approved")).expect("write");
    git(&root, &["commit", "-qam", "Godkjent"]);
    let reg = root.to_str().expect("utf-8 path");

    let out = ropa_env(&["log", reg], &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("os2/activities/os2-eu.ron (endret)"),
        "{text}"
    );
    assert!(
        text.contains("(første commit: protokollen slik den ble opprettet)"),
        "{text}"
    );
    let out = ropa_env(&["log", reg, "--format", "json"], &[]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\"change\": \"changed\""), "{text}");
    let out = ropa_env(
        &["--lang", "da", "--registry", reg, "diff", "HEAD~1..HEAD"],
        &[],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("1 post ændret mellem HEAD~1 og HEAD i 1 commit"),
        "{text}"
    );
}

/// The sample register committed in a scratch repository, made once (a
/// form's status line reads git's state, which must not be the project's
/// own work tree).
fn interface_root() -> &'static Path {
    static DIR: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    &DIR.get_or_init(common::interface::scratch_repo).1
}

/// An interface on the sample in `lang`, its register's notes left out:
/// they are register text, and the sample's name model values on purpose.
fn interface_in(lang: Lang) -> ropa::tui::app::App {
    interface_with(lang, false)
}

/// [`interface_in`]; with `quiet`, the validator's messages are left out
/// too (rule messages are English and are not the interface's words).
fn interface_with(lang: Lang, quiet: bool) -> ropa::tui::app::App {
    use ropa::register::date::Date;
    use ropa::register::validate::{Options, validate};
    let root = interface_root().join("registry");
    let mut loaded = load(&root).expect("load");
    for o in &mut loaded.register.organisations {
        o.org.notes = None;
        for a in &mut o.activities {
            a.activity.notes = None;
        }
    }
    let mut report = validate(
        &loaded,
        &Options {
            today: Date::parse("2026-11-23").expect("date"),
            strict: false,
        },
    );
    if quiet {
        for f in &mut report.findings {
            f.message.clear();
        }
    }
    let mut app = ropa::tui::app::App::new("registry");
    app.root = root;
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.lang = lang;
    app.set_loaded(loaded);
    app.set_report(report);
    app
}

/// The organisations, activities, detail, form and help screens of the
/// sample at `w`×`h`, named; the detail and form are DA Barsel's.
fn main_screens(lang: Lang, w: u16, h: u16) -> Vec<(&'static str, String)> {
    screens_of(interface_in(lang), w, h)
}

/// [`main_screens`] of `app`.
fn screens_of(mut app: ropa::tui::app::App, w: u16, h: u16) -> Vec<(&'static str, String)> {
    use common::interface::{keys_, render};
    let mut out = vec![("organisations", render(&mut app, w, h))];
    keys_(&mut app, "\n");
    out.push(("activities", render(&mut app, w, h)));
    keys_(&mut app, "jj\n");
    out.push(("detail", render(&mut app, w, h)));
    keys_(&mut app, "e");
    out.push(("form", render(&mut app, w, h)));
    keys_(&mut app, "\x1b");
    keys_(&mut app, "?");
    out.push(("help", render(&mut app, w, h)));
    out
}

#[test]
fn the_interface_in_danish_and_norwegian_at_80x24() {
    for lang in [Lang::Da, Lang::Nb] {
        for (name, screen) in main_screens(lang, 80, 24) {
            insta::assert_snapshot!(format!("screen_{name}_{lang}_80x24"), screen);
        }
    }
}

#[test]
fn the_interface_speaks_the_language_asked_for() {
    let find = |lang: Lang, name: &str| {
        main_screens(lang, 80, 24)
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| s)
            .expect("screen")
    };
    let da = find(Lang::Da, "detail");
    assert!(
        da.contains("Rolle i denne behandling: Dataansvarlig"),
        "{da}"
    );
    let nb = find(Lang::Nb, "detail");
    assert!(
        nb.contains("Rolle i denne behandlingen: Behandlingsansvarlig"),
        "{nb}"
    );
    let form = find(Lang::Da, "form");
    assert!(form.contains("Navn på engelsk"), "{form}");
    assert!(
        form.contains("ⓘ Navnet, som det læses — art. 30, stk. 1, litra a (organisation)"),
        "{form}"
    );
    let list = find(Lang::Nb, "activities");
    assert!(list.contains("Behandlingsaktivitet"), "{list}");
}

#[test]
fn no_screen_shows_a_rust_variant_name_in_any_language() {
    use common::interface::{keys_, render};
    let names = camel_case_variants();
    let check = |lang: Lang, what: &str, screen: &str| {
        // A form's findings (one line each) are the validator's messages.
        let shown: String = screen
            .lines()
            .filter(|l| !l.contains('▲') && !l.contains('✖'))
            .collect::<Vec<_>>()
            .join("\n");
        let found: Vec<&String> = names.iter().filter(|n| has_word(&shown, n)).collect();
        assert!(found.is_empty(), "{lang} {what} shows {found:?}:\n{screen}");
    };
    for lang in Lang::ALL {
        for (name, screen) in screens_of(interface_with(lang, true), 80, 24) {
            check(lang, name, &screen);
        }
        // Every activity's detail and form, tall enough to show it all.
        let app = interface_with(lang, true);
        let orgs: Vec<(usize, usize)> = app
            .organisations()
            .iter()
            .enumerate()
            .map(|(i, o)| (i, o.activities.len()))
            .collect();
        for (o, n) in orgs {
            for a in 0..n {
                let mut app = interface_with(lang, true);
                keys_(&mut app, &"j".repeat(o));
                keys_(&mut app, "\n");
                keys_(&mut app, &"j".repeat(a));
                keys_(&mut app, "\n");
                check(lang, "detail", &render(&mut app, 120, 300));
                keys_(&mut app, "e");
                check(lang, "form", &render(&mut app, 120, 600));
            }
        }
    }
}
