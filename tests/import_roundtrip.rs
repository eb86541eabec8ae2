//! Round trips on the sample register: each organisation exported by
//! `ropa export` in each layout (da, nb, ico) and format (xlsx, docx, csv),
//! then read back by `ropa import`, gives the same register modulo ids.
//!
//! Two halves:
//!
//! - the records: the exported file is read by the import (the same code
//!   `ropa import` runs, before the transaction) and each activity is
//!   compared with the original, field by field where the import reads
//!   the field back, and by its texts where it cannot (nothing dropped:
//!   every text of the original record is in the imported records);
//! - the command: `ropa import FILE` into a fresh `ropa init` register
//!   either commits the organisation in one commit, or — where the sample
//!   acknowledges errors its records carry (an acknowledgement is the
//!   register's own word, which a spreadsheet cannot carry: it lands in
//!   notes) — refuses with every error located at a cell of the file, each
//!   of a rule the original acknowledges, and leaves the register as it was.

mod import_support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use import_support::{git, new_register, ropa_in, state, text};
use ropa::register::import::{self, Options};
use ropa::register::lang::Lang;
use ropa::register::load::{OrgEntry, Register, load};
use ropa::register::model::{Activity, Organisation, Retention};

const LAYOUTS: [&str; 3] = ["da", "nb", "ico"];
const FORMATS: [&str; 3] = ["xlsx", "docx", "csv"];

fn sample() -> Register {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let loaded = load(&root).expect("the sample loads");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.register
}

/// `ropa export --format F --layout L --org ID -o FILE` of the sample.
fn export(dir: &Path, org: &str, layout: &str, format: &str) -> PathBuf {
    let file = dir.join(format!("{org}-{layout}.{format}"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
    let o = ropa_in(
        dir,
        &[
            "export",
            "--format",
            format,
            "--layout",
            layout,
            "--org",
            org,
            "-o",
            file.to_str().expect("utf-8 path"),
            root.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    file
}

/// Every string of a record, recursively (names, texts, notes…).
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The texts a person wrote in `v`: strings that are not ids, rule names,
/// ISO periods or enum names (those are the model's, not the register's
/// words).
fn texts(v: &serde_json::Value) -> Vec<String> {
    let mut all = Vec::new();
    strings(v, &mut all);
    all.into_iter()
        .filter(|s| !s.trim().is_empty() && !is_model_word(s.trim()))
        .collect()
}

/// An id (`loenudbetaling`), a rule or enum name (`ACT-003`, `DkCpr`).
fn is_model_word(t: &str) -> bool {
    let id = t
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let name = t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    id || name
}

/// Whitespace folded, so a text wrapped over lines in a cell compares
/// with the original.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The mismatches between the original organisation and its import.
fn compare(
    what: &str,
    orig: &OrgEntry,
    org: &Organisation,
    acts: &[&Activity],
    out: &mut Vec<String>,
) {
    let mut top = Vec::new();
    let mut miss = |m: String| top.push(format!("{what}: {m}"));
    if org.name != orig.org.name {
        miss(format!(
            "organisation name {:?} ≠ {:?}",
            org.name, orig.org.name
        ));
    }
    if acts.len() != orig.activities.len() {
        miss(format!(
            "{} activities ≠ {}",
            acts.len(),
            orig.activities.len()
        ));
    }
    // Every text of the organisation and of its activities, wherever the
    // import put it.
    let mut hay = Vec::new();
    strings(&serde_json::to_value(org).expect("json"), &mut hay);
    for a in acts {
        strings(&serde_json::to_value(a).expect("json"), &mut hay);
    }
    let hay: Vec<String> = hay.iter().map(|s| squash(s)).collect();
    let found = |t: &str| {
        let t = squash(t);
        hay.iter().any(|h| h.contains(&t))
    };
    for t in texts(&serde_json::to_value(&orig.org).expect("json")) {
        if !found(&t) {
            miss(format!("organisation text dropped: {t:?}"));
        }
    }
    out.append(&mut top);
    for e in &orig.activities {
        let o = &e.activity;
        let Some(a) = acts.iter().find(|a| a.name == o.name) else {
            out.push(format!("{what}: activity {:?} not imported", o.name));
            continue;
        };
        let mut miss = |m: String| out.push(format!("{what}: {}: {m}", o.id));
        for t in texts(&serde_json::to_value(o).expect("json")) {
            if !found(&t) {
                miss(format!("text dropped: {t:?}"));
            }
        }
        if a.status != o.status {
            miss(format!("status {:?} ≠ {:?}", a.status, o.status));
        }
        let p = |x: &Activity| {
            x.purposes
                .iter()
                .map(|p| p.text.clone())
                .collect::<Vec<_>>()
        };
        if p(a) != p(o) {
            miss(format!("purposes {:?} ≠ {:?}", p(a), p(o)));
        }
        let l6 = |x: &Activity| {
            x.legal_bases
                .iter()
                .filter_map(|b| b.article6)
                .collect::<Vec<_>>()
        };
        if l6(a) != l6(o) {
            miss(format!("Art. 6 letters {:?} ≠ {:?}", l6(a), l6(o)));
        }
        for b in &o.legal_bases {
            if let Some(t) = &b.text
                && !a
                    .legal_bases
                    .iter()
                    .any(|x| x.text.as_deref().is_some_and(|x| squash(x) == squash(t)))
            {
                miss(format!("legal basis text {t:?} not a basis's text"));
            }
        }
        let l9 = |x: &Activity| {
            x.special_conditions
                .iter()
                .filter_map(|b| b.article9)
                .collect::<Vec<_>>()
        };
        if l9(a) != l9(o) {
            miss(format!("Art. 9 letters {:?} ≠ {:?}", l9(a), l9(o)));
        }
        let s = |x: &Activity| {
            x.data_subjects
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>()
        };
        if s(a) != s(o) {
            miss(format!("data subjects {:?} ≠ {:?}", s(a), s(o)));
        }
        let c = |x: &Activity| {
            x.data_categories
                .iter()
                .map(|c| (c.name.clone(), c.kind.clone()))
                .collect::<Vec<_>>()
        };
        if c(a) != c(o) {
            for (x, y) in c(a).iter().zip(c(o).iter()) {
                if x != y {
                    miss(format!("data category {x:?} ≠ {y:?}"));
                }
            }
            if c(a).len() != c(o).len() {
                miss(format!("{} data categories ≠ {}", c(a).len(), c(o).len()));
            }
        }
        if a.recipients_none != o.recipients_none {
            miss(format!(
                "recipients_none {} ≠ {}",
                a.recipients_none, o.recipients_none
            ));
        }
        if a.recipients.len() != o.recipients.len() {
            miss(format!(
                "{} recipients ≠ {}",
                a.recipients.len(),
                o.recipients.len()
            ));
        }
        // Transfers: the countries the original names are named. (The
        // export writes a transfer's destination and its safeguards in two
        // columns; the import reads the safeguards' text onto every
        // transfer of the row, so mechanisms are compared by their text:
        // "nothing dropped" above.)
        let countries = |x: &Activity| {
            x.transfers
                .iter()
                .filter_map(|t| t.country.clone())
                .collect::<BTreeSet<_>>()
        };
        if !countries(o).is_subset(&countries(a)) {
            miss(format!(
                "transfer countries {:?} ⊉ {:?}",
                countries(a),
                countries(o)
            ));
        }
        if a.retention.len() != o.retention.len() {
            miss(format!(
                "{} retention rules ≠ {}",
                a.retention.len(),
                o.retention.len()
            ));
        }
        for (x, y) in a.retention.iter().zip(o.retention.iter()) {
            if squash(&x.text) != squash(&y.text) {
                miss(format!("retention text {:?} ≠ {:?}", x.text, y.text));
            }
            // A period from collection or after an event is written in
            // words the import reads back; any other rule's words are kept
            // in a not-stated rule's note, never guessed.
            let read_back = matches!(
                y.rule,
                Retention::Duration { .. } | Retention::EventBased { .. }
            );
            if read_back && x.rule != y.rule {
                miss(format!("retention {:?} ≠ {:?}", x.rule, y.rule));
            }
            if !read_back && !matches!(x.rule, Retention::NotStated { .. }) {
                miss(format!("retention {:?} guessed for {:?}", x.rule, y.rule));
            }
        }
        if let Some(m) = &o.security_measures
            && !a
                .security_measures
                .as_deref()
                .is_some_and(|x| squash(x).contains(&squash(m)))
        {
            miss(format!("security {:?} not kept", m));
        }
        if let Some(n) = &o.notes
            && !a
                .notes
                .as_deref()
                .is_some_and(|x| squash(x).contains(&squash(n)))
        {
            miss(format!("notes {:?} not kept", n));
        }
    }
}

/// What the import makes of `file`, with no register around it.
fn read_back(file: &Path) -> Result<import::Imported, String> {
    let book = import::read(file)
        .expect("readable")
        .unwrap_or_else(|p| panic!("{}: {p:?}", file.display()));
    let opts = Options {
        source_name: file
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Options::default()
    };
    import::import(&book, &Register::default(), &opts).map_err(|p| {
        format!(
            "the export's own file is refused:\n{}",
            p.iter()
                .map(|p| p.display(&book.file, book.kind, Lang::En))
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

#[test]
fn every_export_of_the_sample_reads_back_as_the_same_records() {
    let reg = sample();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut out = Vec::new();
    for entry in &reg.organisations {
        for layout in LAYOUTS {
            for format in FORMATS {
                let file = export(dir.path(), &entry.org.id, layout, format);
                let what = format!("{} {layout} {format}", entry.org.id);
                let got = match read_back(&file) {
                    Ok(g) => g,
                    Err(e) => {
                        out.push(format!("{what}: {e}"));
                        continue;
                    }
                };
                let [org] = got.organisations.as_slice() else {
                    out.push(format!(
                        "{what}: {} organisations imported",
                        got.organisations.len()
                    ));
                    continue;
                };
                let acts: Vec<&Activity> = got.activities.iter().map(|(_, a)| a).collect();
                compare(&what, entry, org, &acts, &mut out);
            }
        }
    }
    assert!(
        out.is_empty(),
        "{} mismatches:\n{}",
        out.len(),
        out.join("\n")
    );
}

/// The rules the sample acknowledges in an organisation's records.
fn acknowledged(entry: &OrgEntry) -> BTreeSet<String> {
    entry
        .org
        .acknowledgements
        .iter()
        .chain(
            entry
                .activities
                .iter()
                .flat_map(|a| a.activity.acknowledgements.iter()),
        )
        .map(|k| k.rule.clone())
        .collect()
}

#[test]
fn ropa_import_commits_each_export_or_refuses_at_the_acknowledged_errors() {
    let reg = sample();
    let (dir, target) = new_register();
    let mut committed = Vec::new();
    for entry in &reg.organisations {
        let acks = acknowledged(entry);
        for layout in LAYOUTS {
            for format in FORMATS {
                let file = export(dir.path(), &entry.org.id, layout, format);
                let name = file.to_str().expect("utf-8");
                let before = state(&target);
                let o = ropa_in(dir.path(), &["import", name, "reg"]);
                let what = format!("{} {layout} {format}", entry.org.id);
                let out = String::from_utf8_lossy(&o.stdout).into_owned()
                    + &String::from_utf8_lossy(&o.stderr);
                if o.status.code() == Some(0) {
                    // One commit, of this organisation's files only; then
                    // it is taken out again for the next file.
                    let files = git(&target, &["show", "--name-only", "--format=", "HEAD"]);
                    assert!(
                        files
                            .lines()
                            .all(|f| f.starts_with(&format!("{}/", entry.org.id))),
                        "{what}: {files}"
                    );
                    assert_eq!(
                        files.lines().count(),
                        entry.activities.len() + 1,
                        "{what}: {files}"
                    );
                    assert_eq!(git(&target, &["status", "--porcelain"]), "", "{what}");
                    committed.push(what.clone());
                    git(&target, &["reset", "--hard", "-q", "HEAD~1"]);
                    assert_eq!(state(&target), before, "{what}");
                    continue;
                }
                assert_eq!(o.status.code(), Some(1), "{what}: {}", text(&o));
                assert!(out.contains("Nothing was imported"), "{what}: {out}");
                assert_eq!(state(&target), before, "{what}: the register changed");
                let errors: Vec<&str> = out.lines().filter(|l| l.starts_with("error")).collect();
                assert!(!errors.is_empty(), "{what}: {out}");
                for e in errors {
                    // Located in the file: `sheet "…", row N, column X` in a
                    // workbook, `table N, row N, column N` in Word, `row
                    // N, column X` in CSV; a value missing from the
                    // organisation block at the block's first row (in Word:
                    // the text above the table).
                    let located = match format {
                        "xlsx" => e.contains(": sheet \"") && e.contains(", row "),
                        "docx" => {
                            e.contains(": table ")
                                && (e.contains(", row ") || e.contains("the text above the table"))
                        }
                        _ => e.contains(": row "),
                    };
                    assert!(located, "{what}: not located: {e}");
                    let rule = e
                        .split("error[")
                        .nth(1)
                        .and_then(|r| r.split(']').next())
                        .unwrap_or_else(|| panic!("{what}: no rule: {e}"));
                    // Or a finding a not-stated entry silences in the
                    // sample: the entry is carried to notes, not as a gap.
                    let at = e
                        .rsplit(" at ")
                        .next()
                        .map(|p| p.trim_end_matches(')'))
                        .unwrap_or("");
                    let record = e
                        .rsplit("(in ")
                        .next()
                        .and_then(|p| p.split(" at ").next())
                        .unwrap_or("");
                    let gap = entry.activities.iter().any(|a| {
                        record.ends_with(&format!("/{}.ron", a.activity.id))
                            && a.activity
                                .not_stated
                                .iter()
                                .any(|n| at.starts_with(&n.field))
                    }) || (record.ends_with("organisation.ron")
                        && entry
                            .org
                            .not_stated
                            .iter()
                            .any(|n| at.starts_with(&n.field)));
                    assert!(
                        acks.contains(rule) || gap,
                        "{what}: {rule} is neither acknowledged in the sample ({acks:?}) nor \
                         silenced by a not-stated entry: {e}"
                    );
                }
            }
        }
    }
    // Every organisation of the sample acknowledges at least one error
    // (OS2: ACT-003 for a purpose and a basis without an Art. 6 letter),
    // so today each import is refused; one without commits.
    eprintln!("committed: {committed:?}");
    drop(dir);
}
