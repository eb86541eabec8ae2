//! `ropa export`: Markdown, HTML, CSV and JSON of the whole register.

use std::path::{Path, PathBuf};
use std::process::Command;

mod ico_template;

use ico_template::ICO_HEADINGS;
use ropa::register::export::{ExportFormat, JsonExport, csv::headers, export};
use ropa::register::format::to_canonical;
use ropa::register::load::{Register, load};
use ropa::register::model::{Activity, Organisation};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn sample() -> Register {
    let loaded = load(&sample_path()).expect("load the sample register");
    assert!(
        loaded.errors.is_empty(),
        "sample register has load errors: {:?}",
        loaded.errors
    );
    loaded.register
}

fn activity_count(reg: &Register) -> usize {
    reg.organisations.iter().map(|o| o.activities.len()).sum()
}

fn org<'a>(reg: &'a Register, id: &str) -> &'a ropa::register::load::OrgEntry {
    reg.organisations
        .iter()
        .find(|o| o.org.id == id)
        .unwrap_or_else(|| panic!("organisation {id} in the sample"))
}

/// A tiny RFC 4180 parser: fields separated by `,`, records by `\n` or
/// `\r\n`, quoted fields with doubled quotes. Panics on malformed input.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_field_start => {
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => field.push(c),
                        None => panic!("unterminated quoted field"),
                    }
                }
                assert!(
                    matches!(chars.peek(), None | Some(',') | Some('\n') | Some('\r')),
                    "text after a closing quote: {:?}",
                    chars.peek()
                );
                at_field_start = false;
            }
            '"' => panic!("quote inside an unquoted field: {field:?}"),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
            }
            '\r' => panic!("bare CR outside quotes"),
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    assert!(
        field.is_empty() && record.is_empty(),
        "last record is not terminated by a line break"
    );
    records
}

/// Every string of a record that is register text (not an enum variant
/// name), found by walking its JSON form.
fn collect_texts(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => {
            let variant_like = s.chars().all(|c| c.is_ascii_alphanumeric())
                && s.chars().next().is_some_and(|c| c.is_ascii_uppercase());
            if !variant_like && !s.trim().is_empty() {
                out.push(s.trim().to_string());
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_texts(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| collect_texts(x, out)),
        _ => {}
    }
}

fn all_texts(reg: &Register) -> Vec<String> {
    let mut out = Vec::new();
    for o in &reg.organisations {
        collect_texts(
            &serde_json::to_value(&o.org).expect("org to json"),
            &mut out,
        );
        for a in &o.activities {
            collect_texts(
                &serde_json::to_value(&a.activity).expect("act to json"),
                &mut out,
            );
        }
    }
    out
}

/// Markdown back to plain text: `<br>` to newline, backslash escapes off.
fn unmarkdown(md: &str) -> String {
    let s = md.replace("<br>", "\n");
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// HTML text back to plain text.
fn unhtml(html: &str) -> String {
    html.replace("<br>", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn rows_by_activity(csv: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut recs = parse_csv(csv);
    assert!(!recs.is_empty(), "no header row");
    let header = recs.remove(0);
    (header, recs)
}

fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("column {name:?} in the header"))
}

#[test]
fn csv_has_one_row_per_activity_in_ico_order() {
    let reg = sample();
    let csv = export(&reg, ExportFormat::Csv);
    let (header, rows) = rows_by_activity(&csv);

    // The organisation's columns, the ICO template's 30 in its order,
    // then ropa's own.
    let expected: Vec<&str> = [
        "Organisation",
        "Organisation id",
        "Role",
        "Country",
        "Org number",
        "Address",
        "Contact e-mail",
        "Contact phone",
        "DPO",
        "Representative",
        "Joint controllers",
        "Organisation review interval (months)",
    ]
    .into_iter()
    .chain(ICO_HEADINGS)
    .chain([
        "Activity name",
        "Activity id",
        "Activity name (English)",
        "Status",
        "Controllers served",
        "Owner",
        "Last reviewed",
        "Review interval (months)",
        "Not stated in the source",
        "Acknowledged findings",
        "Notes",
    ])
    .collect();
    assert_eq!(header, expected);
    assert_eq!(headers(), expected);

    // One data row per activity, of all five organisations.
    assert_eq!(reg.organisations.len(), 5);
    assert_eq!(rows.len(), activity_count(&reg));
    assert_eq!(rows.len(), 16);
    for r in &rows {
        assert_eq!(r.len(), header.len(), "row {r:?}");
    }
    let id_col = col(&header, "Activity id");
    let org_col = col(&header, "Organisation id");
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[org_col].clone(), r[id_col].clone()))
        .collect();
    let want: Vec<(String, String)> = reg
        .organisations
        .iter()
        .flat_map(|o| {
            o.activities
                .iter()
                .map(|a| (o.org.id.clone(), a.activity.id.clone()))
        })
        .collect();
    assert_eq!(got, want);
    for (org_id, n) in [
        ("da", 11),
        ("digst", 2),
        ("os2", 1),
        ("djoef", 1),
        ("jupiter-system-partner", 1),
    ] {
        assert_eq!(
            got.iter().filter(|(o, _)| o == org_id).count(),
            n,
            "{org_id}"
        );
    }

    // DA Barsel: the statute, shown with the Art. 6 reference.
    let barsel = rows
        .iter()
        .find(|r| r[id_col] == "da-barsel")
        .expect("DA Barsel row");
    let art6 = &barsel[col(
        &header,
        "Article 6 lawful basis for processing personal data",
    )];
    assert!(art6.contains("Lov nr. 417 af 08/05/2006"), "{art6}");
    assert!(art6.starts_with("Art. 6(1)"), "{art6}");
    assert!(barsel.join(" ").contains("Lov nr. 417 af 08/05/2006"));
    assert_eq!(
        barsel[col(&header, "Organisation")],
        "Dansk Arbejdsgiverforening"
    );
    assert!(
        barsel[col(&header, "Retention schedule (if possible)")].contains("no period can be given")
    );
    assert!(barsel[col(&header, "Acknowledged findings")].contains("ACT-003"));
    assert!(barsel[col(&header, "Acknowledged findings")].contains("2027-12-31"));

    // Digital Post: Art. 6(1)(c) with the law and the text; recipients by name;
    // structured retention beside the source text.
    let dp = rows
        .iter()
        .find(|r| r[id_col] == "digital-post")
        .expect("Digital Post row");
    let art6 = &dp[col(
        &header,
        "Article 6 lawful basis for processing personal data",
    )];
    assert!(
        art6.contains(
            "Art. 6(1)(c) legal obligation — § 2 a, stk. 1 og 3 i lov om Digital Post — Behandlingen sker"
        ),
        "{art6}"
    );
    let recipients = &dp[col(&header, "Categories of recipients")];
    for name in [
        "Netcompany A/S",
        "Statens IT",
        "Queue-it ApS",
        "KDM A/S",
        "e-Boks",
    ] {
        assert!(recipients.contains(name), "{name} in {recipients}");
    }
    let contracts = &dp[col(&header, "Link to contract with processor")];
    assert!(
        contracts.contains("Netcompany A/S: Vi indgår altid"),
        "{contracts}"
    );
    let retention = &dp[col(&header, "Retention schedule (if possible)")];
    assert!(
        retention.contains("5 years after the death of the data subject"),
        "{retention}"
    );
    assert!(retention.contains("5 år efter din død"), "{retention}");
    let nid = &dp[col(&header, "GDPR Article 6 lawful basis for processing")];
    assert!(nid.contains("databeskyttelseslovens § 11, stk. 1"), "{nid}");
}

#[test]
fn csv_quotes_per_rfc_4180() {
    let reg = sample();
    let csv = export(&reg, ExportFormat::Csv);
    // One line-ending style only: `\n`, never `\r`.
    assert!(!csv.contains('\r'));
    assert!(csv.ends_with('\n'));
    // Every line of the raw text that starts a record parses; quoted fields
    // with commas, quotes and newlines survive a round trip.
    let recs = parse_csv(&csv);
    let notes_col = headers().iter().position(|h| *h == "Notes").expect("Notes");
    let with_quote = recs.iter().skip(1).any(|r| r[notes_col].contains('"'));
    assert!(with_quote, "the sample notes quote their sources");
    let multi_line = recs
        .iter()
        .skip(1)
        .any(|r| r.iter().any(|c| c.contains('\n')));
    assert!(multi_line, "multi-valued cells hold one value per line");
}

#[test]
fn every_register_text_appears_in_every_format() {
    let reg = sample();
    let texts = all_texts(&reg);
    assert!(texts.len() > 500, "{} texts", texts.len());

    let csv = export(&reg, ExportFormat::Csv);
    let csv_text: String = parse_csv(&csv)
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\u{1}");
    let md = unmarkdown(&export(&reg, ExportFormat::Markdown));
    let html = unhtml(&export(&reg, ExportFormat::Html));
    let json = export(&reg, ExportFormat::Json);
    let json_value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let mut json_texts = Vec::new();
    collect_texts(&json_value, &mut json_texts);

    for (format, body) in [("csv", &csv_text), ("md", &md), ("html", &html)] {
        let missing: Vec<&String> = texts
            .iter()
            .filter(|t| !body.contains(t.as_str()))
            .collect();
        assert!(missing.is_empty(), "{format} lacks {missing:#?}");
    }
    for t in &texts {
        assert!(json_texts.contains(t), "json lacks {t:?}");
    }
}

#[test]
fn json_round_trips_to_equal_structs() {
    let reg = sample();
    let json = export(&reg, ExportFormat::Json);
    let back: JsonExport = serde_json::from_str(&json).expect("deserialise the export");
    assert_eq!(back, JsonExport::from_register(&reg));
    assert_eq!(back.organisations.len(), reg.organisations.len());
    for (o, e) in back.organisations.iter().zip(&reg.organisations) {
        assert_eq!(o.organisation, e.org);
        let acts: Vec<&Activity> = e.activities.iter().map(|a| &a.activity).collect();
        assert_eq!(o.activities.iter().collect::<Vec<_>>(), acts);
    }
    // The documented shape.
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(v["organisations"][0]["organisation"]["id"].is_string());
    assert!(v["organisations"][0]["activities"].is_array());
    // Acknowledgements are part of the records.
    assert!(json.contains("\"acknowledgements\""));
    assert!(json.contains("\"expires\": \"2027-12-31\""));
}

#[test]
fn output_is_deterministic() {
    let a = sample();
    let b = sample();
    for f in [
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Csv,
        ExportFormat::Json,
    ] {
        assert_eq!(export(&a, f), export(&b, f), "{f:?}");
        assert_eq!(export(&a, f), export(&a, f), "{f:?}");
    }
}

#[test]
fn markdown_has_every_name_and_recipient_names() {
    let reg = sample();
    let md = export(&reg, ExportFormat::Markdown);
    assert!(md.starts_with("# "));
    for o in &reg.organisations {
        assert!(md.contains(&o.org.name), "{}", o.org.name);
        for a in &o.activities {
            assert!(md.contains(&a.activity.name), "{}", a.activity.name);
        }
    }
    // The Digital Post section names its recipients, not their ids.
    let start = md.find("2.2 Digital Post\n").expect("Digital Post heading");
    let end = md[start..].find("\n## ").map_or(md.len(), |i| start + i);
    let section = &md[start..end];
    for name in [
        "Netcompany A/S",
        "Statens IT",
        "Queue-it ApS",
        "KDM A/S",
        "Erhvervsstyrelsen",
    ] {
        assert!(section.contains(&format!("| {name} ")), "{name}");
    }
    // Sections in Art. 30 order, and acknowledged findings.
    let order = [
        "Purposes and legal bases",
        "Data subjects and personal data",
        "Recipients (Art. 30(1)(d))",
        "Transfers to third countries",
        "Retention (Art. 30(1)(f))",
        "Security measures (Art. 30(1)(g))",
        "DPIA, automated decisions",
        "Status and review",
        "Acknowledged findings",
    ];
    let mut at = 0;
    for h in order {
        let i = section[at..]
            .find(&format!("#### {h}"))
            .unwrap_or_else(|| panic!("{h} after byte {at}"));
        at += i;
    }
    assert!(section.contains("databeskyttelseslovens § 11, stk. 1"));
    // Table rows keep their column count: no raw pipe or newline in a cell.
    for block in md.split("\n\n") {
        let lines: Vec<&str> = block.lines().collect();
        let is_table = lines.len() >= 2
            && lines[0].starts_with('|')
            && (lines[1].starts_with("|---") || lines[1].starts_with("| ---"));
        if is_table {
            let cols = |l: &str| l.replace("\\|", "").matches('|').count();
            let n = cols(lines[0]);
            for l in &lines {
                assert!(l.starts_with('|'), "{l}");
                assert_eq!(cols(l), n, "{l}");
            }
        }
    }
}

#[test]
fn html_is_one_self_contained_page_with_every_activity() {
    let reg = sample();
    let html = export(&reg, ExportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\""));
    assert!(html.contains("<style>"));
    assert!(html.contains("@media print"));
    assert!(html.contains("<nav class=\"toc\""));
    assert!(!html.contains("<script"));
    assert!(!html.contains("src="));
    assert!(!html.contains("<link"));
    assert!(!html.contains("href=\"http"));
    for o in &reg.organisations {
        for a in &o.activities {
            let name = unhtml(&a.activity.name);
            assert!(unhtml(&html).contains(&name), "{name}");
        }
    }
    // The table of contents links to every activity heading.
    let anchors = html.matches("<a href=\"#act-").count();
    assert_eq!(anchors, activity_count(&reg));
    assert_eq!(html.matches("<h3 id=\"act-").count(), activity_count(&reg));
    let digst = org(&reg, "digst");
    assert_eq!(digst.activities.len(), 2);
    assert!(html.contains("<td>Netcompany A/S [netcompany]</td>"));
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

const EVIL_NAME: &str = "<script>alert(\"x\")</script> & 'Digital Post', | pipe\nsecond line";
const EVIL_RECIPIENT: &str = "<img src=x onerror=alert(1)> A/S";

/// The sample register with hostile text in an activity name, a recipient
/// name and the organisation's notes.
fn hostile_register(dir: &Path) -> Register {
    copy_tree(&sample_path(), dir);
    let act_path = dir.join("digst/activities/digital-post.ron");
    let org_path = dir.join("digst/organisation.ron");
    let mut act: Activity =
        ron::from_str(&std::fs::read_to_string(&act_path).expect("read")).expect("parse");
    act.name = EVIL_NAME.into();
    std::fs::write(&act_path, to_canonical(&act).expect("ron")).expect("write");
    let mut o: Organisation =
        ron::from_str(&std::fs::read_to_string(&org_path).expect("read")).expect("parse");
    let netcompany = o
        .recipients
        .iter_mut()
        .find(|r| r.id == "netcompany")
        .expect("netcompany");
    netcompany.name = EVIL_RECIPIENT.into();
    o.notes = Some("</td></tr></table><h1>owned</h1>".into());
    std::fs::write(&org_path, to_canonical(&o).expect("ron")).expect("write");
    let loaded = load(dir).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.register
}

#[test]
fn html_escapes_untrusted_register_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = hostile_register(dir.path());
    let html = export(&reg, ExportFormat::Html);
    assert!(!html.contains("<script"), "script tag leaked");
    assert!(!html.contains("<img"), "img tag leaked");
    assert!(!html.contains("<h1>owned"), "markup leaked");
    assert!(html.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Digital Post&#39;, | pipe<br>second line"
    ));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; A/S"));
    assert!(html.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;owned&lt;/h1&gt;"));
    // Every activity name is there.
    for o in &reg.organisations {
        for a in &o.activities {
            assert!(
                unhtml(&html).contains(&a.activity.name),
                "{}",
                a.activity.name
            );
        }
    }
}

#[test]
fn markdown_and_csv_keep_hostile_text_contained() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = hostile_register(dir.path());

    let md = export(&reg, ExportFormat::Markdown);
    // No unescaped `<`: only `\<` may precede the tag names.
    let unescaped = md.replace("\\<", "");
    assert!(!unescaped.contains("<script"));
    assert!(!unescaped.contains("<img"));
    assert!(md.contains(
        "\\<script\\>alert(\"x\")\\</script\\> \\& 'Digital Post', \\| pipe<br>second line"
    ));
    assert!(unmarkdown(&md).contains(EVIL_NAME));

    let csv = export(&reg, ExportFormat::Csv);
    let (header, rows) = rows_by_activity(&csv);
    assert_eq!(rows.len(), 16);
    let name_col = col(&header, "Activity name");
    let row = rows
        .iter()
        .find(|r| r[col(&header, "Activity id")] == "digital-post")
        .expect("row");
    assert_eq!(row[name_col], EVIL_NAME);
    assert!(row[col(&header, "Categories of recipients")].contains(EVIL_RECIPIENT));
}

#[test]
fn binary_exports_to_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("register.csv");
    let registry = sample_path();
    let status = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args([
            "export".as_ref(),
            registry.as_os_str(),
            "--format".as_ref(),
            "csv".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ])
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa");
    assert!(
        status.status.success(),
        "exit {:?}: {}",
        status.status,
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(status.stdout.is_empty(), "wrote to stdout with -o");
    let written = std::fs::read_to_string(&out).expect("read the export");
    // The command line's CSV is the Excel-ready one, in the register's
    // layout (Danish for the sample); records end with CRLF.
    assert_eq!(
        written,
        ropa::register::export::excel_csv(&sample(), ropa::register::export::Layout::Da, None)
    );
    assert_eq!(written.matches("\r\n").count(), 17);

    // The other formats through the binary, to standard output.
    for (format, start) in [("md", "# "), ("html", "<!DOCTYPE html>"), ("json", "{")] {
        let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
            .args([
                "export".as_ref(),
                registry.as_os_str(),
                "--format".as_ref(),
                format.as_ref(),
            ])
            .env_remove("ROPA_REGISTRY")
            .output()
            .expect("run ropa");
        assert!(o.status.success(), "{format}");
        assert!(
            String::from_utf8_lossy(&o.stdout).starts_with(start),
            "{format}"
        );
    }
}

/// An organisation with every field set, and activities that between them
/// use every optional field and every structured variant.
fn full_register(dir: &Path) -> Register {
    use ropa::register::model::*;
    let contact = |p: &str| Contact {
        name: Some(format!("{p} name")),
        role: Some(format!("{p} role")),
        address: Some(format!("{p} address")),
        email: Some(format!("{p}@example.dk")),
        phone: Some(format!("+45 {p} phone")),
        other: Some(format!("{p} other")),
    };
    let recipient = |id: &str, kind: RecipientKind, subs: SubProcessors| Recipient {
        id: id.into(),
        name: format!("{id} recipient name"),
        kind,
        country: Some("US".into()),
        org_number: Some(OrgNumber::Other {
            scheme: "EIN".into(),
            value: format!("{id} ein"),
        }),
        address: Some(format!("{id} recipient address")),
        description: Some(format!("{id} recipient description")),
        dpa_ref: Some(format!("{id} dpa ref")),
        sub_processors: subs,
        dpf_certified: true,
        dpf_verified_on: Some("2026-01-02".into()),
    };
    let partner = Organisation {
        review_interval_months: None,
        id: "partner".into(),
        name: "Partner org name".into(),
        role: OrgRole::Controller,
        kind: OrgKind::Company,
        country: "NO".into(),
        org_number: Some(OrgNumber::NoOrgnr("974760673".into())),
        address: Some("partner address".into()),
        email: Some("partner@example.no".into()),
        phone: None,
        website: None,
        contacts: vec![],
        dpo: None,
        representative: None,
        art3_2_applies: false,
        art27_2_exemption: None,
        joint_controllers: vec![],
        recipients: vec![],
        systems: vec![],
        security_measures: None,
        security_ref: None,
        data_subject_rights: None,
        sources: vec![],
        not_stated: Vec::new(),
        acknowledgements: vec![],
        notes: None,
    };
    let org = Organisation {
        review_interval_months: None,
        id: "full".into(),
        name: "Full org name".into(),
        role: OrgRole::ControllerAndProcessor,
        kind: OrgKind::Foundation,
        country: "US".into(),
        org_number: Some(OrgNumber::Cvr("13748136".into())),
        address: Some("org address".into()),
        email: Some("org@example.dk".into()),
        phone: Some("org phone 1".into()),
        website: Some("https://org.example/website".into()),
        contacts: vec![contact("contact")],
        dpo: Some(Dpo {
            designated: true,
            contact: contact("dpo"),
        }),
        representative: Some(contact("rep")),
        art3_2_applies: true,
        art27_2_exemption: Some("art27 exemption text".into()),
        joint_controllers: vec![JointController {
            organisation: "partner".into(),
            arrangement_ref: Some("jc arrangement ref".into()),
            scope: Some("jc scope text".into()),
        }],
        recipients: vec![
            recipient(
                "proc",
                RecipientKind::Processor,
                SubProcessors::Listed(vec!["sub".into()]),
            ),
            recipient("sub", RecipientKind::SubProcessor, SubProcessors::None),
            recipient(
                "indep",
                RecipientKind::IndependentController,
                SubProcessors::Unknown,
            ),
            recipient("unused", RecipientKind::Other, SubProcessors::Unknown),
        ],
        systems: vec![
            System {
                id: "sys".into(),
                name: "sys system name".into(),
                description: Some("sys description".into()),
                location: Some("sys location".into()),
            },
            System {
                id: "sys-unused".into(),
                name: "unused system name".into(),
                description: Some("unused system description".into()),
                location: Some("unused system location".into()),
            },
        ],
        security_measures: Some("org security measures".into()),
        security_ref: Some("org security ref".into()),
        data_subject_rights: Some("org rights text".into()),
        sources: vec!["org source one".into(), "org source two".into()],
        not_stated: vec![],
        acknowledgements: vec![Acknowledgement {
            rule: "ORG-002".into(),
            at: Some("org_number".into()),
            kind: None,
            reason: "org ack reason".into(),
            expires: "2030-01-01".into(),
        }],
        notes: Some("org notes text".into()),
    };
    let mechanisms = vec![
        Mechanism::Adequacy,
        Mechanism::EuUsDpf,
        Mechanism::Scc {
            decision: Some("2021/914".into()),
            module: Some(2),
        },
        Mechanism::Bcr {
            approval_ref: Some("bcr approval ref".into()),
        },
        Mechanism::PublicAuthorityInstrument("pa instrument text".into()),
        Mechanism::CodeOfConduct("code of conduct text".into()),
        Mechanism::Certification("certification text".into()),
        Mechanism::AuthorisedClauses("authorised clauses text".into()),
        Mechanism::Derogation {
            letter: Some(Art49::E),
            safeguards_documentation: Some("derogation docs".into()),
            sa_notified: true,
        },
        Mechanism::Named("named mechanism text".into()),
    ];
    let rules = vec![
        Retention::Duration {
            period: "P5Y".into(),
            bound: Bound::Max,
        },
        Retention::EventBased {
            event: RetentionEvent::Other("other event text".into()),
            offset: "P3M".into(),
            bound: Bound::Exact,
        },
        Retention::Statutory {
            law_ref: "statutory law ref".into(),
            period: Some("P10Y".into()),
        },
        Retention::UntilWithdrawal,
        Retention::Indefinite {
            justification: Some("indefinite justification".into()),
        },
        Retention::NotPossible {
            reason: "not possible reason".into(),
            criteria: "not possible criteria".into(),
        },
        Retention::AnonymiseAfter {
            period: Some("P2Y".into()),
        },
    ];
    let act = Activity {
        review_interval_months: None,
        id: "full-activity".into(),
        name: "Full activity name".into(),
        name_en: Some("Full activity English name".into()),
        role: ActivityRole::JointController,
        status: Status::InReview,
        owner: Some("activity owner".into()),
        last_reviewed: Some("2026-03-04".into()),
        description: Some("activity description\nsecond line".into()),
        on_behalf_of: vec![ControllerServed {
            organisation: Some("partner".into()),
            name: Some("served controller name".into()),
            contact: Some("served controller contact".into()),
            processing: vec!["served processing a".into(), "served processing b".into()],
        }],
        purposes: vec![Purpose {
            id: "p1".into(),
            text: "purpose one text".into(),
            outside_public_tasks: true,
        }],
        legal_bases: vec![LegalBasis {
            purposes: vec!["p1".into()],
            article6: Some(Art6::F),
            law_ref: Some("basis law ref".into()),
            national_provision: Some("basis national provision".into()),
            legitimate_interest: Some("the legitimate interest".into()),
            text: Some("basis as written".into()),
        }],
        special_conditions: vec![SpecialCondition {
            categories: vec!["health".into()],
            article9: Some(Art9::H),
            national_provision: Some("special national provision".into()),
            text: Some("special as written".into()),
        }],
        criminal_basis: Some(CriminalBasis {
            official_authority: true,
            national_provision: Some("criminal national provision".into()),
            text: Some("criminal as written".into()),
        }),
        national_id_bases: vec![NationalIdBasis {
            scheme: NationalIdScheme::Other("other id scheme".into()),
            provision: "national id provision".into(),
            justification: Some("national id justification".into()),
            text: Some("national id as written".into()),
        }],
        data_subjects: vec![DataSubject {
            id: "kids".into(),
            name: "children subject name".into(),
            vulnerable: true,
        }],
        data_categories: vec![
            DataCategory {
                id: "health".into(),
                name: "health category name".into(),
                kind: DataKind::Special(vec![SpecialKind::Health, SpecialKind::Genetic]),
                subjects: vec!["kids".into()],
                collected_from: Some(CollectedFrom::ThirdParty),
                source: Some("health source text".into()),
                published: true,
            },
            DataCategory {
                id: "crime".into(),
                name: "crime category name".into(),
                kind: DataKind::Criminal,
                subjects: vec![],
                collected_from: Some(CollectedFrom::Generated),
                source: None,
                published: false,
            },
        ],
        recipients: vec![
            RecipientUse {
                recipient: "proc".into(),
                data: vec!["health".into()],
                purpose: Some("proc use purpose".into()),
            },
            RecipientUse {
                recipient: "indep".into(),
                data: vec![],
                purpose: Some("indep use purpose".into()),
            },
        ],
        recipients_none: false,
        transfers: vec![Transfer {
            id: "t1".into(),
            country: Some("US".into()),
            international_organisation: Some("intl org name".into()),
            destination_text: Some("destination as written".into()),
            recipients: vec!["proc".into()],
            mechanisms,
            safeguard_text: Some("safeguard as written".into()),
            documentation: Some("transfer documentation".into()),
            regular: true,
        }],
        retention: rules
            .into_iter()
            .enumerate()
            .map(|(i, rule)| RetentionRule {
                id: format!("r{i}"),
                categories: vec!["health".into()],
                subjects: vec!["kids".into()],
                rule,
                text: format!("retention as written {i}"),
            })
            .collect(),
        systems: vec!["sys".into()],
        security_measures: Some("activity security measures".into()),
        security_ref: Some("activity security ref".into()),
        business_function: None,
        lia_ref: None,
        retention_policy_ref: None,
        breach_refs: Vec::new(),
        automated_decisions: Some(AutomatedDecisions {
            present: true,
            ground: Some(Art22Ground::ExplicitConsent),
            text: Some("automated as written".into()),
        }),
        dpia: Some(Dpia {
            status: DpiaStatus::Planned,
            reason: Some("dpia reason text".into()),
            link: Some("https://dpia.example/link".into()),
        }),
        risk_criteria: vec![RiskCriterion::LargeScale, RiskCriterion::VulnerableSubjects],
        consent: Some(Consent {
            how_given: Some("consent how given".into()),
            record_ref: Some("consent record ref".into()),
            withdrawal_process: Some("consent withdrawal".into()),
        }),
        provision_requirement: Some("provision requirement text".into()),
        data_subject_rights: Some("activity rights text".into()),
        not_stated: vec![],
        acknowledgements: vec![Acknowledgement {
            rule: "XFR-003".into(),
            at: None,
            kind: None,
            reason: "activity ack reason".into(),
            expires: "2031-02-03".into(),
        }],
        notes: Some("activity notes text".into()),
    };
    let quiet = Activity {
        review_interval_months: None,
        id: "quiet".into(),
        name: "Quiet activity name".into(),
        name_en: None,
        role: ActivityRole::Processor,
        status: Status::Retired,
        owner: None,
        last_reviewed: None,
        description: None,
        on_behalf_of: vec![],
        purposes: vec![],
        legal_bases: vec![],
        special_conditions: vec![],
        criminal_basis: None,
        national_id_bases: vec![],
        data_subjects: vec![],
        data_categories: vec![],
        recipients: vec![],
        recipients_none: true,
        transfers: vec![],
        retention: vec![],
        systems: vec![],
        security_measures: None,
        security_ref: None,
        business_function: None,
        lia_ref: None,
        retention_policy_ref: None,
        breach_refs: Vec::new(),
        automated_decisions: None,
        dpia: None,
        risk_criteria: vec![],
        consent: None,
        provision_requirement: None,
        data_subject_rights: None,
        not_stated: Vec::new(),
        acknowledgements: vec![],
        notes: None,
    };
    for (o, acts) in [(&org, vec![act, quiet]), (&partner, vec![])] {
        let od = dir.join(&o.id);
        std::fs::create_dir_all(od.join("activities")).expect("mkdir");
        std::fs::write(od.join("organisation.ron"), to_canonical(o).expect("ron")).expect("write");
        for a in acts {
            std::fs::write(
                od.join("activities").join(format!("{}.ron", a.id)),
                to_canonical(&a).expect("ron"),
            )
            .expect("write");
        }
    }
    let loaded = load(dir).expect("load");
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.register
}

#[test]
fn every_field_of_a_full_record_appears_in_every_format() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = full_register(dir.path());
    let texts = all_texts(&reg);
    assert!(texts.len() > 100, "{}", texts.len());

    let csv = export(&reg, ExportFormat::Csv);
    let cells = parse_csv(&csv);
    // Header, two activities, and one row for the organisation without any.
    assert_eq!(cells.len(), 4);
    let partner_row = &cells[3];
    assert_eq!(partner_row[1], "partner");
    let at = |h: &str| headers().iter().position(|x| *x == h).expect(h);
    assert_eq!(partner_row[at("Activity id")], "", "no activity id");
    assert!(partner_row[at("Notes")].contains("No processing activity"));
    let csv_text = cells
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("\u{1}");
    let md = unmarkdown(&export(&reg, ExportFormat::Markdown));
    let html = unhtml(&export(&reg, ExportFormat::Html));
    for (format, body) in [("csv", &csv_text), ("md", &md), ("html", &html)] {
        let missing: Vec<&String> = texts
            .iter()
            .filter(|t| !body.contains(t.as_str()))
            .collect();
        assert!(missing.is_empty(), "{format} lacks {missing:#?}");
        // Structured values and flags, in words.
        for words in [
            "Controller and processor",
            "Foundation",
            "Joint controller",
            "In review",
            "Retired",
            "CVR 13748136",
            "EIN proc ein",
            "Art. 6(1)(f)",
            "Art. 9(2)(h)",
            "Art. 22(2)(c)",
            "Art. 49(1)(e)",
            "module 2",
            "supervisory authority informed",
            "EU-US Data Privacy Framework",
            "Adequacy decision",
            "up to 5 years from collection",
            "3 months after other event text",
            "10 years under statutory law ref",
            "until consent is withdrawn",
            "anonymised after 2 years",
            "health, genetic data",
            "Criminal convictions and offences (Art. 10)",
            "DPF certified (verified 2026-01-02)",
            "sub recipient name (sub-processor)",
            "large scale, vulnerable data subjects",
            "Required, planned",
            "discloses personal data to no one",
            "Art. 3(2) applies",
            "Partner org name",
        ] {
            assert!(body.contains(words), "{format} lacks {words:?}");
        }
    }
    // Flags.
    assert!(csv_text.contains("children subject name [kids] (vulnerable)"));
    assert!(csv_text.contains("data subjects: children subject name; published"));
    assert!(md.contains("| kids | children subject name | Yes |"));
    let health_row = md
        .lines()
        .find(|l| l.starts_with("| health | health category name |"))
        .expect("health category row");
    assert!(health_row.ends_with("| Yes |"), "{health_row}");
    assert!(html.contains("<td>kids</td><td>children subject name</td><td>Yes</td>"));
    // JSON: lossless.
    let back: JsonExport =
        serde_json::from_str(&export(&reg, ExportFormat::Json)).expect("deserialise");
    assert_eq!(back, JsonExport::from_register(&reg));
}
