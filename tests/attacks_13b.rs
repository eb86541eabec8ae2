//! Issue 13 attacked a second time, as a Norwegian municipal DPO moving a
//! real spreadsheet register into ropa would, and with a hostile
//! spreadsheet: the text the import writes into records in the register's
//! language, and each defect found, stated as the promise it breaks.

mod import_support;

use std::path::Path;

use import_support::{DANISH_ROWS, danish_workbook, git, new_register, ropa_in, text};

/// Marks the register at `reg` as Danish (`lang: "da"` in its ropa.ron)
/// and commits that.
fn set_lang(reg: &Path, lang: &str) {
    std::fs::write(
        reg.join("ropa.ron"),
        format!("Settings(\n    version: 1,\n    lang: \"{lang}\",\n)\n"),
    )
    .expect("settings");
    git(reg, &["commit", "-qam", "The register's language"]);
}

/// Every file under `dir/org`, concatenated, for searching.
fn org_text(reg: &Path, org: &str) -> String {
    fn walk(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir).expect("ls") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push_str(&std::fs::read_to_string(&p).expect("read"));
            }
        }
    }
    let mut s = String::new();
    walk(&reg.join(org), &mut s);
    s
}

/// A row whose retention has no period ropa can read and whose transfer
/// names no safeguard: the import records both as not stated, with a note.
const OPEN_ROW: &[&str] = &[
    "Sagsbehandling",
    "Borgerservice",
    "Behandle sager",
    "Art. 6, stk. 1, litra e",
    "Borgere",
    "Navn, adresse",
    "Ingen",
    "USA (Microsoft Corporation)",
    "Så længe sagen kræver det",
    "Adgangsstyring",
    "",
];

/// A Danish register (`lang: "da"`) gets Danish text from `ropa import`
/// in the records it makes (their source, the notes of values not
/// stated), even when the person importing reads the report in English.
#[test]
fn a_danish_registers_import_writes_danish_notes() {
    let (dir, reg) = new_register();
    set_lang(&reg, "da");
    danish_workbook(&dir.path().join("f.xlsx"), &[OPEN_ROW], |ws| {
        // No CVR in the block: the number is recorded as not stated.
        ws.write_string(3, 0, "Telefon").expect("label");
        ws.write_string(3, 1, "62 52 10 00").expect("value");
    });
    let o = ropa_in(dir.path(), &["--lang", "en", "import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let all = org_text(&reg, "aeroe-kommune");
    for danish in [
        r#"f.xlsx, ark \"Fortegnelse\", importeret med ropa import"#,
        "ikke oplyst i f.xlsx",
        "ikke oplyst i det importerede ark",
        "ingen enkelt frist fra indsamlingen",
    ] {
        assert!(all.contains(danish), "{danish:?} not in:\n{all}");
    }
    for english in ["imported by", "not stated", "no single period"] {
        assert!(!all.contains(english), "{english:?} in:\n{all}");
    }
}

/// The Danish notes read back: a Danish register exported in the Danish
/// layout and imported into another Danish register gives the same
/// activities (their notes aside, which gather the export's extra
/// columns). Found broken twice: a transfer imported without a safeguard
/// (recorded as not stated) came back as a safeguard named "ikke oplyst i
/// kilden: …", which the validator refuses (XFR-002), so the register's
/// own export could not be imported; and the CPR basis came back with the
/// export's whole line as its provision ("CPR-nummer — § 11 — § 11").
#[test]
fn a_danish_registers_import_reads_its_own_export_back_unchanged() {
    let (dir, reg) = new_register();
    set_lang(&reg, "da");
    danish_workbook(
        &dir.path().join("f.xlsx"),
        &[DANISH_ROWS[0], OPEN_ROW],
        |_| {},
    );
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = ropa_in(
        dir.path(),
        &[
            "export",
            "--format",
            "xlsx",
            "--layout",
            "da",
            "--org",
            "aeroe-kommune",
            "-o",
            "back.xlsx",
            "reg",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let (dir2, reg2) = new_register();
    set_lang(&reg2, "da");
    std::fs::copy(dir.path().join("back.xlsx"), dir2.path().join("back.xlsx")).expect("copy");
    let o = ropa_in(dir2.path(), &["import", "back.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    for id in ["loenudbetaling", "sagsbehandling"] {
        let path = format!("aeroe-kommune/activities/{id}.ron");
        let first = std::fs::read_to_string(reg.join(&path)).expect("first");
        let again = std::fs::read_to_string(reg2.join(&path)).expect("again");
        assert_eq!(
            without_notes(&first),
            without_notes(&again),
            "{path} changed in the round trip"
        );
    }
}

/// A record's RON text without its `notes:` line.
fn without_notes(ron: &str) -> String {
    ron.lines()
        .filter(|l| !l.trim_start().starts_with("notes:"))
        .collect::<Vec<_>>()
        .join("\n")
}
