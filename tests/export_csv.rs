//! `ropa export --format csv`: the Excel-ready CSV, checked byte by byte
//! (byte-order mark, delimiter, CRLF, quotes doubled), its filters, and a
//! snapshot of one organisation in each layout.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ropa::register::export::layout::flat_headings;
use ropa::register::export::{Filter, Layout, excel_csv, filter};
use ropa::register::load::{Register, load};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

fn loaded(root: &Path) -> Register {
    let l = load(root).expect("load");
    assert!(l.errors.is_empty(), "{:?}", l.errors);
    l.register
}

/// A copy of the sample where Djøf's activity is approved and named with
/// a quote, the delimiter and a line break.
fn scratch() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("registry");
    copy_tree(&sample_path(), &root);
    let acts = root.join("djoef/activities");
    let file = std::fs::read_dir(&acts)
        .expect("activities")
        .next()
        .expect("one activity")
        .expect("entry")
        .path();
    let text = std::fs::read_to_string(&file).expect("read");
    let text = text
        .replacen("    status: Draft,\n", "    status: Approved,\n", 1)
        .replacen(
            "    name: \"",
            "    name: \"Medlemmer \\\"aktive\\\"; kontingent\\nanden linje – ",
            1,
        );
    std::fs::write(&file, text).expect("write");
    (dir, root)
}

fn ropa(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa")
}

/// Splits Excel CSV into records and fields: `delim` between fields,
/// CRLF between records, quoted fields with doubled quotes. Panics on a
/// record ended by anything but CRLF.
fn parse(text: &str, delim: char) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == delim {
            record.push(std::mem::take(&mut field));
        } else if c == '\r' {
            assert_eq!(chars.next(), Some('\n'), "CR without LF");
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        } else {
            assert_ne!(c, '\n', "a bare LF outside quotes ends no Excel record");
            field.push(c);
        }
    }
    assert!(
        record.is_empty() && field.is_empty(),
        "last record without CRLF"
    );
    records
}

#[test]
fn danish_csv_bytes_are_what_excel_reads() {
    let (_d, root) = scratch();
    let out = ropa(&[
        "export".as_ref(),
        root.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let bytes = out.stdout;
    // UTF-8 byte-order mark first: Excel then reads æøå as UTF-8.
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    // The header row, exactly: the Danish headings, `;`, CRLF.
    let header = flat_headings(Layout::Da).join(";") + "\r\n";
    assert!(text.starts_with(&header), "{}", &text[..200]);
    assert!(header.starts_with("Dataansvarlig;Organisations-id;Land;CVR-nummer;Adresse;"));
    // A field holding the delimiter, quotes and a line break is quoted,
    // its quotes doubled, its line break a bare LF inside the quotes.
    assert!(
        text.contains(";\"Medlemmer \"\"aktive\"\"; kontingent\nanden linje – "),
        "quoted name"
    );
    // Every record ends with CRLF: the header and 16 activities.
    let records = parse(&text, ';');
    assert_eq!(records.len(), 17);
    let width = records[0].len();
    assert!(records.iter().all(|r| r.len() == width), "rectangular");
    assert!(text.contains("Djøf"));
    assert!(!text.contains("Ã¸"));
}

#[test]
fn ico_uses_commas_and_delimiter_chooses() {
    let reg = loaded(&sample_path());
    let ico = excel_csv(&reg, Layout::Ico, None);
    assert!(ico.starts_with("\u{feff}Organisation,Organisation id,Role,"));
    assert_eq!(parse(ico.trim_start_matches('\u{feff}'), ',').len(), 17);
    let tab = excel_csv(&reg, Layout::Da, Some('\t'));
    assert!(tab.starts_with("\u{feff}Dataansvarlig\tOrganisations-id\t"));
    assert_eq!(parse(tab.trim_start_matches('\u{feff}'), '\t').len(), 17);

    let out = ropa(&[
        "export".as_ref(),
        sample_path().as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--layout".as_ref(),
        "nb".as_ref(),
        "--delimiter".as_ref(),
        ",".as_ref(),
    ]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        excel_csv(&reg, Layout::Nb, Some(','))
    );

    // --delimiter belongs to csv alone.
    let out = ropa(&[
        "export".as_ref(),
        sample_path().as_os_str(),
        "--format".as_ref(),
        "md".as_ref(),
        "--delimiter".as_ref(),
        ";".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn filters_by_status_and_organisation() {
    let (_d, root) = scratch();
    let reg = loaded(&root);
    let f = |statuses, orgs: &[&str]| {
        filter(
            &reg,
            &Filter {
                statuses,
                orgs: orgs.iter().map(|s| s.to_string()).collect(),
            },
        )
        .expect("filter")
    };
    use ropa::register::model::Status;
    // Approved only: the one approved activity, and its organisation alone.
    let approved = f(vec![Status::Approved], &[]);
    assert_eq!(approved.organisations.len(), 1);
    assert_eq!(approved.organisations[0].org.id, "djoef");
    // Several statuses, several organisations.
    let drafts = f(vec![Status::Draft, Status::InReview], &["da", "os2"]);
    let ids: Vec<&str> = drafts
        .organisations
        .iter()
        .map(|e| e.org.id.as_str())
        .collect();
    assert_eq!(ids, ["da", "os2"]);
    assert_eq!(drafts.organisations[0].activities.len(), 11);
    // An organisation named keeps its block even with no activity left.
    let named = f(vec![Status::Approved], &["os2"]);
    assert_eq!(named.organisations.len(), 1);
    assert!(named.organisations[0].activities.is_empty());
    // An unknown organisation is an error naming the ones there are.
    let err = filter(
        &reg,
        &Filter {
            statuses: Vec::new(),
            orgs: vec!["nope".into()],
        },
    )
    .expect_err("unknown org");
    assert!(err.to_string().contains("da, digst, djoef"), "{err}");

    // Through the binary: repeatable --status and --org.
    let out = ropa(&[
        "export".as_ref(),
        root.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--status".as_ref(),
        "approved".as_ref(),
        "--status".as_ref(),
        "in-review".as_ref(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let records = parse(text.trim_start_matches('\u{feff}'), ';');
    assert_eq!(records.len(), 2, "header and the approved activity");
    assert_eq!(records[1][0], "Djøf");
    // The same filter works for every format.
    let out = ropa(&[
        "export".as_ref(),
        root.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "--org".as_ref(),
        "os2".as_ref(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let text = json.to_string();
    assert!(text.contains("\"os2\""));
    assert!(!text.contains("Djøf"));
}

/// The CSV with its invisible bytes shown: the byte-order mark and the
/// CR of each record end.
fn visible(csv: &str) -> String {
    csv.replace('\u{feff}', "<BOM>").replace("\r\n", "<CR>\n")
}

fn one_org(id: &str) -> Register {
    filter(
        &loaded(&sample_path()),
        &Filter {
            statuses: Vec::new(),
            orgs: vec![id.into()],
        },
    )
    .expect("filter")
}

#[test]
fn snapshot_danish_layout() {
    insta::assert_snapshot!(visible(&excel_csv(&one_org("os2"), Layout::Da, None)));
}

#[test]
fn snapshot_norwegian_layout() {
    insta::assert_snapshot!(visible(&excel_csv(
        &one_org("jupiter-system-partner"),
        Layout::Nb,
        None
    )));
}

#[test]
fn snapshot_ico_layout() {
    insta::assert_snapshot!(visible(&excel_csv(&one_org("os2"), Layout::Ico, None)));
}

#[test]
fn a_status_filter_that_leaves_nothing_says_so() {
    // Every activity of the sample is a draft.
    let out = ropa(&[
        "export".as_ref(),
        sample_path().as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--status".as_ref(),
        "approved".as_ref(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no activity has the status asked for"),
        "{stderr}"
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(
        parse(text.trim_start_matches('\u{feff}'), ';').len(),
        1,
        "the header alone"
    );
}
