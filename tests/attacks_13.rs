//! Issue 13 attacked as its users would: a Danish municipal DPO, a
//! Norwegian DPO and a hostile spreadsheet. Each test states a promise of
//! the issue (languages, spreadsheets in and out) and checks it holds.

mod import_support;

use import_support::{
    DANISH_ROWS, danish_sheet, danish_workbook, git, new_register, ropa_in, state, text,
};
use rust_xlsxwriter::Workbook;

/// A sheet hidden in Excel is not what the DPO sees: its rows must not be
/// imported without a word. Either the hidden sheet is refused by name or
/// it is left out; it is never quietly made into activities.
#[test]
fn a_hidden_sheet_is_not_imported_silently() {
    let (dir, reg) = new_register();
    let mut wb = Workbook::new();
    danish_sheet(wb.add_worksheet(), &DANISH_ROWS[..1]);
    let hidden = wb.add_worksheet();
    danish_sheet(
        hidden,
        &[&[
            "Hemmelig gammel behandling",
            "",
            "Gammelt formål",
            "Art. 6, stk. 1, litra e",
            "Borgere",
            "Navn",
            "Ingen",
            "Nej",
            "1 år",
            "Adgangsstyring",
            "",
        ]],
    );
    hidden.set_name("Gammel").expect("name");
    hidden.set_hidden(true);
    wb.save(dir.path().join("h.xlsx")).expect("save");
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "h.xlsx", "reg"]);
    let all = text(&o);
    assert_eq!(o.status.code(), Some(0), "{all}");
    let files = git(&reg, &["ls-files"]);
    assert!(
        !files.contains("hemmelig"),
        "a hidden sheet's row was imported: {files}\n{all}"
    );
    assert!(files.contains("loenudbetaling"), "{files}");
    assert!(
        all.contains("sheet \"Gammel\": hidden in Excel; nothing read from it"),
        "{all}"
    );
    // Named with --sheet, the hidden sheet is what the person asked for.
    let (dir2, reg2) = new_register();
    std::fs::copy(dir.path().join("h.xlsx"), dir2.path().join("h.xlsx")).expect("copy");
    let o = ropa_in(
        dir2.path(),
        &["import", "h.xlsx", "--sheet", "Gammel", "reg"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(git(&reg2, &["ls-files"]).contains("hemmelig-gammel-behandling"));
    let _ = before;
}

/// `--lang da`: a refused import speaks Danish, as every other command's
/// human output does.
#[test]
fn a_refused_import_speaks_danish_with_lang_da() {
    let (dir, reg) = new_register();
    std::fs::write(dir.path().join("x.csv"), "Navn;Farve\nLøn;blå\n").expect("write");
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["--lang", "da", "import", "x.csv", "reg"]);
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(before == state(&reg));
    for english in ["Nothing was imported", "unknown header", "This row reads"] {
        assert!(
            !err.contains(english),
            "English left in Danish output: {err}"
        );
    }
}

/// `--lang nb --dry-run`: the report of a good import speaks Norwegian.
#[test]
fn an_import_report_speaks_norwegian_with_lang_nb() {
    let (dir, _reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let o = ropa_in(
        dir.path(),
        &["--lang", "nb", "import", "--dry-run", "f.xlsx", "reg"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    for english in ["Would commit", "Nothing was written", "activities"] {
        assert!(
            !out.contains(english),
            "English left in Norwegian output: {out}"
        );
    }
}

/// An import into a register with an unrelated uncommitted edit commits
/// only the import; the edit stays in the work tree, uncommitted, byte for
/// byte.
#[test]
fn an_import_never_commits_or_overwrites_unrelated_edits() {
    let (dir, reg) = new_register();
    let readme = reg.join("README.md");
    let mine = "Mine noter – må ikke forsvinde: æøå ÆØÅ\n";
    std::fs::write(&readme, mine).expect("edit");
    let act = std::fs::read_dir(reg.join("eksempel/activities"))
        .ok()
        .and_then(|mut d| d.next())
        .and_then(Result::ok)
        .map(|e| e.path());
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&readme).expect("read"), mine);
    let shown = git(&reg, &["show", "--stat", "--format=", "HEAD"]);
    assert!(!shown.contains("README"), "{shown}");
    let status = git(&reg, &["status", "--porcelain"]);
    assert!(status.contains("README.md"), "{status}");
    let _ = act;
}

/// While git holds index.lock the import is refused, names the lock and
/// changes nothing.
#[test]
fn an_import_while_git_holds_the_index_lock_changes_nothing() {
    let (dir, reg) = new_register();
    danish_workbook(&dir.path().join("f.xlsx"), DANISH_ROWS, |_| {});
    std::fs::write(reg.join(".git/index.lock"), "").expect("lock");
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    assert!(before == state(&reg), "{}", text(&o));
    assert!(reg.join(".git/index.lock").exists());
}

/// A file that is not what its extension says, and a path that does not
/// exist, are refused with the file's name and nothing imported.
#[test]
fn a_text_file_named_xlsx_and_a_missing_path_are_refused() {
    let (dir, reg) = new_register();
    std::fs::write(
        dir.path().join("fake.xlsx"),
        "Behandlingsaktivitet;Formål\n",
    )
    .expect("w");
    let before = state(&reg);
    for f in ["fake.xlsx", "findes-ikke.xlsx", "fake.docx"] {
        if f == "fake.docx" {
            std::fs::write(dir.path().join(f), "ikke en docx").expect("w");
        }
        let o = ropa_in(dir.path(), &["import", f, "reg"]);
        assert_ne!(o.status.code(), Some(0), "{}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(f), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(before == state(&reg));
}

/// Text a CSV export neutralised with a leading `'` (so Excel does not run
/// it as a formula) comes back as the text the register held when the
/// export is imported again, not with a quote added to it.
#[test]
fn a_csv_export_of_formula_like_text_imports_back_unchanged() {
    let (dir, _reg) = new_register();
    let rows: &[&[&str]] = &[&[
        "=HYPERLINK(\"http://x\";\"Ærø\")",
        "",
        "+45 udbetale løn",
        "Art. 6, stk. 1, litra b",
        "-ansatte",
        "@navn",
        "Ingen",
        "Nej",
        "5 år efter ansættelsens ophør",
        "Adgangsstyring",
        "",
    ]];
    danish_workbook(&dir.path().join("f.xlsx"), rows, |_| {});
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let csv = dir.path().join("out.csv");
    let o = ropa_in(
        dir.path(),
        &[
            "export",
            "--format",
            "csv",
            "--org",
            "aeroe-kommune",
            "-o",
            "out.csv",
            "reg",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let bytes = std::fs::read(&csv).expect("csv");
    let exported = String::from_utf8_lossy(&bytes);
    assert!(exported.contains("'=HYPERLINK"), "{exported}");
    let (dir2, reg2) = new_register();
    std::fs::copy(&csv, dir2.path().join("out.csv")).expect("copy");
    let o = ropa_in(dir2.path(), &["import", "out.csv", "reg"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let files = git(&reg2, &["ls-files"]);
    let act = files
        .lines()
        .find(|l| l.contains("/activities/") && !l.starts_with("eksempel/"))
        .expect("an imported activity");
    let ron = std::fs::read_to_string(reg2.join(act)).expect("read");
    assert!(ron.contains("name: \"=HYPERLINK("), "{ron}");
    assert!(!ron.contains("'="), "{ron}");
    assert!(!ron.contains("'+45"), "{ron}");
}

/// Control characters and U+202E in a cell reach the register only as the
/// register keeps them; the report and any refusal show them escaped, never
/// raw to the terminal.
#[test]
fn control_and_bidi_characters_in_cells_are_never_printed_raw() {
    let (dir, reg) = new_register();
    let rows: &[&[&str]] = &[&[
        "Løn\u{202e}gninger\u{1b}[31m",
        "",
        "Udbetale løn\u{7}",
        "Art. 6, stk. 1, litra b",
        "Ansatte",
        "Navn",
        "Ingen",
        "Nej",
        "5 år",
        "Adgangsstyring",
        "",
    ]];
    danish_workbook(&dir.path().join("f.xlsx"), rows, |_| {});
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "f.xlsx", "reg"]);
    let all = text(&o);
    assert!(!all.contains('\u{1b}'), "raw escape printed: {all:?}");
    assert!(
        !all.contains('\u{202e}'),
        "raw bidi override printed: {all:?}"
    );
    assert!(!all.contains('\u{7}'), "raw bell printed: {all:?}");
    if o.status.code() != Some(0) {
        assert!(before == state(&reg), "{all}");
    }
}

/// A header in row 50 (a long preamble above the table), duplicate
/// headings and empty heading cells: either read at the right cells or
/// refused at a located cell, never a panic, never half an import.
#[test]
fn a_header_in_row_50_and_duplicate_headings() {
    let (dir, reg) = new_register();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Fortegnelse for Ærø").expect("name");
    ws.write_string(0, 0, "Dataansvarlig").expect("w");
    ws.write_string(0, 1, "Ærø Kommune").expect("w");
    for (c, h) in import_support::DANISH_HEADINGS.iter().enumerate() {
        ws.write_string(49, c as u16, *h).expect("h");
    }
    for (c, v) in DANISH_ROWS[0].iter().enumerate() {
        ws.write_string(50, c as u16, *v).expect("v");
    }
    // a number that Excel shows as a date
    ws.write_number(50, 10, 45000.0).expect("n");
    wb.save(dir.path().join("r50.xlsx")).expect("save");
    let o = ropa_in(dir.path(), &["import", "--dry-run", "r50.xlsx", "reg"]);
    let all = text(&o);
    assert!(!all.contains("panicked"), "{all}");
    assert!(
        all.contains("header row 50") || all.contains("row 50"),
        "{all}"
    );

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    danish_sheet(ws, DANISH_ROWS);
    ws.write_string(7, 11, "Formål med behandlingen")
        .expect("dup");
    ws.write_string(8, 11, "Et andet formål").expect("dup v");
    ws.write_string(8, 12, "Tekst under en tom overskrift")
        .expect("no heading");
    wb.save(dir.path().join("dup.xlsx")).expect("save");
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "dup.xlsx", "reg"]);
    let all = text(&o);
    assert!(!all.contains("panicked"), "{all}");
    if o.status.code() == Some(0) {
        let files = git(&reg, &["ls-files"]);
        let ron = std::fs::read_to_string(reg.join("aeroe-kommune/activities/loenudbetaling.ron"))
            .unwrap_or_default();
        assert!(
            ron.contains("Et andet formål"),
            "a duplicate column's text was lost: {files}\n{ron}"
        );
        assert!(
            ron.contains("Tekst under en tom overskrift"),
            "text under an empty heading was lost:\n{ron}"
        );
    } else {
        assert!(before == state(&reg), "{all}");
        assert!(
            all.contains("column L") || all.contains("column M"),
            "{all}"
        );
    }
}

/// A full cell (32,767 characters, Excel's most) and 10,000 rows: imported or refused in reasonable time,
/// never a panic.
#[test]
fn ten_thousand_rows_and_a_megabyte_cell() {
    let (dir, reg) = new_register();
    // Excel holds at most 32,767 characters in a cell.
    let big = "æ".repeat(32_767);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for i in 0..10_000 {
        let mut r: Vec<String> = DANISH_ROWS[1].iter().map(|s| s.to_string()).collect();
        r[0] = format!("Behandling nr. {i}");
        rows.push(r);
    }
    rows[0][10] = big.clone();
    let refs: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    danish_workbook(&dir.path().join("big.xlsx"), &refs, |_| {});
    let t = std::time::Instant::now();
    let o = ropa_in(dir.path(), &["import", "--dry-run", "big.xlsx", "reg"]);
    let secs = t.elapsed().as_secs();
    let all = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!all.contains("panicked"), "{all}");
    assert!(secs < 120, "10,000 rows took {secs} s");
    // A CSV has no cell limit: a field of 1 MB.
    let mb = format!(
        "{};Formål\r\nLøn;{}\r\n",
        "Behandlingsaktivitet",
        "ø".repeat(500_000)
    );
    std::fs::write(dir.path().join("mb.csv"), mb).expect("write");
    let before = state(&reg);
    let o = ropa_in(dir.path(), &["import", "mb.csv", "reg"]);
    let all = text(&o);
    assert!(!all.contains("panicked"), "{}", &all[..all.len().min(2000)]);
    if o.status.code() != Some(0) {
        assert!(before == state(&reg));
    }
}

mod common;

use common::interface::{keys_, render, scratch};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::register::lang::Lang;

/// The Danish interface at 80×24 cuts text only where it shows `…`: the
/// status bar's key hints, a long activity name in the list, and the
/// detail view's title.
#[test]
fn danish_screens_cut_text_only_with_an_ellipsis() {
    let mut s = scratch();
    s.app.lang = Lang::Da;
    let screen = render(&mut s.app, 80, 24);
    let status = screen.lines().nth(23).unwrap_or_default();
    assert!(
        status.chars().count() < 80 || status.ends_with('…'),
        "the status bar is cut without …:\n{screen}"
    );
    keys_(&mut s.app, "\n");
    let list = render(&mut s.app, 80, 24);
    let name = "Sager i det fagretlige system og forhandling af overenskomster";
    let row = list
        .lines()
        .position(|l| l.contains("Sager i det fagretlige"))
        .expect("the activity is listed");
    let line = list.lines().nth(row).unwrap_or_default();
    assert!(
        line.contains(name) || line.contains('…'),
        "a list cell is cut without …:\n{list}"
    );
    for _ in 0..row.saturating_sub(2) {
        common::interface::key(&mut s.app, KeyCode::Down, KeyModifiers::NONE);
    }
    keys_(&mut s.app, "\n");
    let detail = render(&mut s.app, 80, 24);
    let top = detail.lines().next().unwrap_or_default();
    assert!(top.contains("Sager i det fagretlige"), "{detail}");
    assert!(
        top.contains(name) || top.contains('…'),
        "the title is cut without …:\n{detail}"
    );
}

/// After a save in the Danish interface the status bar says so in Danish,
/// and the history shows the field by its label, not its RON name.
#[test]
fn the_save_notice_and_history_speak_danish() {
    if !common::tmux::tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let (_dir, work) = common::interface::scratch_repo();
    let cmd = format!(
        "{} --lang da --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        work.join("registry").display()
    );
    let t = common::tmux::Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("Dansk Arbejdsgiverforening");
    t.keys(&["/"]);
    t.literal("barsel");
    t.wait_for("DA Barsel");
    t.keys(&["Enter"]);
    t.wait_for("› DA Barsel");
    t.keys(&["e"]);
    t.wait_for("▾ Identitet");
    t.keys(&["C-u"]);
    t.literal("Ærø Å løn é café");
    t.wait_for("café");
    t.keys(&["C-s"]);
    let screen = t.wait_for("Ærø Å løn é café ─");
    let status = screen.lines().last().unwrap_or_default().to_string();
    assert!(
        !status.contains("Saved"),
        "English notice in Danish:\n{screen}"
    );
    t.keys(&["H"]);
    let screen = t.wait_for("Historik");
    assert!(
        !screen.contains("name: \""),
        "a RON field name in the history:\n{screen}"
    );
}

/// `--lang nb`: an export of an organisation that is not there, an export
/// filtered to nothing and a bad `--since` speak Norwegian.
#[test]
fn export_and_log_refusals_speak_norwegian_with_lang_nb() {
    let (dir, _reg) = new_register();
    let run = |args: &[&str]| {
        let o = ropa_in(dir.path(), args);
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (code, err) = run(&[
        "--lang",
        "nb",
        "export",
        "--format",
        "csv",
        "--org",
        "finnes-ikke",
        "reg",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("feil: ingen organisasjon med id `finnes-ikke` i protokollen"),
        "{err}"
    );
    let (code, err) = run(&[
        "--lang", "nb", "export", "--format", "md", "--status", "approved", "reg",
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("merk: ingen aktivitet har den ønskede statusen"),
        "{err}"
    );
    let (code, err) = run(&["--lang", "nb", "log", "--since", "i går", "reg"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("feil: --since i går: ikke en dato (ÅÅÅÅ-MM-DD)"),
        "{err}"
    );
}

/// A register whose settings name an unknown language is opened with the
/// warning in the locale's language, not English.
#[test]
fn the_settings_warning_speaks_the_locales_language() {
    let (dir, reg) = new_register();
    std::fs::write(
        reg.join("ropa.ron"),
        "Settings(\n    version: 1,\n    lang: \"de\",\n)\n",
    )
    .expect("write");
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["validate", "reg"])
        .current_dir(dir.path())
        .env_remove("ROPA_REGISTRY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "nb_NO.UTF-8")
        .env("ROPA_CONFIG_DIR", dir.path().join(".no-config"))
        .env("ROPA_DATA_DIR", dir.path().join(".no-data"))
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("advarsel: "), "{err}");
    assert!(
        err.contains("(protokollens innstillinger ignoreres)"),
        "{err}"
    );
}

/// Excel's "Unicode Text" (.txt: UTF-16 little-endian with a byte-order
/// mark, tab-separated) and a tab-separated UTF-8 file are read as the
/// table they are.
#[test]
fn excels_unicode_text_and_tab_separated_files_are_read() {
    let (dir, _reg) = new_register();
    let mut table = "Dataansvarlig\tÆrø Kommune\r\n\r\n".to_string();
    table.push_str(&import_support::DANISH_HEADINGS.join("\t"));
    table.push_str("\r\n");
    table.push_str(&DANISH_ROWS[1].join("\t"));
    table.push_str("\r\n");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in table.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(dir.path().join("unicode.txt"), utf16).expect("write");
    std::fs::write(dir.path().join("tab.csv"), &table).expect("write");
    for f in ["unicode.txt", "tab.csv"] {
        let o = ropa_in(dir.path(), &["import", "--dry-run", f, "reg"]);
        let all = text(&o);
        assert!(
            all.contains("C4 Formål med behandlingen → purposes (1 purpose)"),
            "{f}: {all}"
        );
    }
}

/// In the Norwegian form a finding on a field reads in Norwegian, as it
/// does in `ropa validate` (the catalogues have the message).
#[test]
fn the_forms_findings_speak_norwegian() {
    if !common::tmux::tmux_available() {
        eprintln!("tmux is not installed; skipping");
        return;
    }
    let (_dir, work) = common::interface::scratch_repo();
    let cmd = format!(
        "{} --lang nb --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        work.join("registry").display()
    );
    let t = common::tmux::Tmux::start(&cmd, 160, 45).expect("tmux session");
    t.wait_for("Jupiter System Partner");
    t.keys(&["/"]);
    t.literal("digdem");
    t.wait_for("DigDem");
    t.keys(&["Enter"]);
    t.wait_for("› DigDem");
    t.keys(&["e"]);
    let screen = t.wait_for("PRC-002");
    assert!(
        !screen.contains("a processor record states legal bases"),
        "English finding in the Norwegian form:\n{screen}"
    );
}
