//! What the import tests share: a fresh register made by `ropa init`, the
//! binary run in a sandbox, the repository's state to compare, and a
//! Danish-layout workbook built with rust_xlsxwriter.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use rust_xlsxwriter::{Format, Workbook, Worksheet};

/// The ropa binary in `dir`, with no register or config of the user's and
/// git without global or system config.
pub fn ropa_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", dir.join(".no-config"))
        .env("ROPA_DATA_DIR", dir.join(".no-data"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run ropa")
}

/// The git CLI in `dir`, sandboxed.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git");
    assert!(o.status.success(), "git {args:?}: {}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Status, standard output and standard error, for assertion messages.
pub fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// A new register `reg` made by `ropa init` in a temp dir, with a git
/// identity of its own.
pub fn new_register() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = ropa_in(dir.path(), &["init", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let reg = dir.path().join("reg");
    git(&reg, &["config", "user.name", "Dorte Ærbø"]);
    git(&reg, &["config", "user.email", "dpo@aeroekommune.dk"]);
    (dir, reg)
}

/// HEAD, git's status and every file's bytes: what an import that is
/// refused must leave exactly as it was.
pub fn state(reg: &Path) -> (String, String, Vec<(String, Vec<u8>)>) {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).expect("ls") {
            let p = e.expect("entry").path();
            if p.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("inside");
                out.push((
                    rel.to_string_lossy().into_owned(),
                    std::fs::read(&p).expect("read"),
                ));
            }
        }
    }
    let mut files = Vec::new();
    walk(reg, reg, &mut files);
    files.sort();
    (
        git(reg, &["rev-parse", "HEAD"]),
        git(reg, &["status", "--porcelain", "--untracked-files=all"]),
        files,
    )
}

/// The Danish layout's headings, as templates.md gives them.
pub const DANISH_HEADINGS: &[&str] = &[
    "Behandlingsaktivitet",
    "Afdeling / forretningsområde",
    "Formål med behandlingen",
    "Retsgrundlag (art. 6, art. 9, art. 10, databeskyttelsesloven)",
    "Kategorier af registrerede",
    "Kategorier af personoplysninger",
    "Kategorier af modtagere",
    "Overførsel til tredjelande",
    "Tidsfrister for sletning",
    "Tekniske og organisatoriske sikkerhedsforanstaltninger",
    "Bemærkninger",
];

/// Two activities of Ærø Kommune in the Danish layout, one row each.
pub const DANISH_ROWS: &[&[&str]] = &[
    &[
        "Lønudbetaling",
        "Løn og personale",
        "Udbetale løn til ansatte\nIndberette indkomst til Skattestyrelsen",
        "Art. 6, stk. 1, litra b og c, jf. skattekontrolloven\nDatabeskyttelseslovens § 11, stk. 1",
        "Ansatte",
        "Navn, adresse, CPR-nummer, lønoplysninger",
        "Skattestyrelsen (myndighed)\nLønbureau ApS (databehandler)",
        "Ingen",
        "5 år efter ansættelsens ophør",
        "Adgangsstyring, logning og kryptering",
        "Gennemgået med HR-chefen",
    ],
    &[
        "Borgerservice – pas og kørekort",
        "Borgerservice",
        "Behandle ansøgninger om pas og kørekort",
        "Art. 6, stk. 1, litra e",
        "Borgere",
        "Navn, adresse, fotografi",
        "Ingen",
        "Nej",
        "Op til 6 måneder",
        "Adgangsstyring",
        "",
    ],
];

/// Writes the organisation block (from row 1) and the table (header in
/// row 8) on `ws`.
pub fn danish_sheet(ws: &mut Worksheet, rows: &[&[&str]]) {
    ws.set_name("Fortegnelse").expect("name");
    ws.merge_range(
        0,
        0,
        0,
        3,
        "Fortegnelse over behandlingsaktiviteter",
        &Format::new(),
    )
    .expect("title");
    let block: &[(&str, &str)] = &[
        ("Dataansvarlig", "Ærø Kommune"),
        ("Adresse", "Statene 2, 5970 Ærøskøbing"),
        ("CVR", "29189676"),
        ("E-mail", "kommune@aeroekommune.dk"),
        (
            "Databeskyttelsesrådgiver",
            "Søren Ærbø, dpo@aeroekommune.dk",
        ),
    ];
    for (i, (label, value)) in block.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, *label).expect("label");
        ws.write_string(r, 1, *value).expect("value");
    }
    for (c, h) in DANISH_HEADINGS.iter().enumerate() {
        ws.write_string(7, c as u16, *h).expect("heading");
    }
    for (i, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(8 + i as u32, c as u16, *v).expect("cell");
            }
        }
    }
}

/// A Danish-layout workbook at `path` with `rows`; `edit` changes the
/// sheet before it is saved.
pub fn danish_workbook(path: &Path, rows: &[&[&str]], edit: impl FnOnce(&mut Worksheet)) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    danish_sheet(ws, rows);
    edit(ws);
    wb.save(path).expect("save workbook");
}
