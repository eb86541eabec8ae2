//! Where the data go: the SVG pictures of the HTML export (valid XML, a
//! node for every recipient and country, no two boxes overlapping, third
//! countries and mechanisms shown, register text escaped), the `dot`
//! export read back by a DOT parser, and the HTML page rendered by
//! headless Chromium where it is installed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use ropa::register::export::labels::Labels;
use ropa::register::export::{ExportFormat, export_in, html};
use ropa::register::lang::Lang;
use ropa::register::load::{Register, load};
use ropa::register::model::{Mechanism, Recipient, RecipientKind, RecipientUse, SubProcessors};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn sample() -> Register {
    load(&sample_path()).expect("sample").register
}

const EVIL: &str = "Cloud <script>alert('x')</script> & \"Co\" \u{1b}[31m";

/// The sample with one more recipient of Djøf's, in the United States,
/// named with markup, and a declared transfer to it under standard
/// contractual clauses.
fn with_us_transfer() -> Register {
    let mut reg = sample();
    let djoef = reg
        .organisations
        .iter_mut()
        .find(|o| o.org.id == "djoef")
        .expect("djoef");
    djoef.org.recipients.push(Recipient {
        id: "cloudco".into(),
        name: EVIL.into(),
        kind: RecipientKind::Processor,
        country: Some("US".into()),
        org_number: None,
        address: None,
        description: None,
        dpa_ref: None,
        sub_processors: SubProcessors::Unknown,
        dpf_certified: false,
        dpf_verified_on: None,
    });
    let act = &mut djoef.activities[0].activity;
    let data: Vec<String> = act.data_categories.iter().map(|c| c.id.clone()).collect();
    act.recipients.push(RecipientUse {
        recipient: "cloudco".into(),
        data: data.into_iter().take(2).collect(),
        purpose: None,
    });
    act.transfers.push(ropa::register::model::Transfer {
        id: "t-us".into(),
        country: Some("US".into()),
        international_organisation: None,
        destination_text: None,
        recipients: vec!["cloudco".into()],
        mechanisms: vec![Mechanism::Scc {
            decision: Some("2021/914".into()),
            module: Some(2),
        }],
        safeguard_text: None,
        documentation: None,
        regular: true,
    });
    reg
}

/// Every `<svg>…</svg>` of an HTML page.
fn svgs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<svg") {
        let end = rest[i..].find("</svg>").expect("closing </svg>") + i + "</svg>".len();
        out.push(rest[i..end].to_string());
        rest = &rest[end..];
    }
    out
}

#[derive(Debug)]
struct Box_ {
    class: String,
    title: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    texts: Vec<String>,
}

/// The boxes (nodes and mechanism labels) of one picture, read as XML.
fn boxes(svg: &str) -> Vec<Box_> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not XML: {e}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    // Nothing that runs or fetches.
    for n in doc.descendants() {
        let name = n.tag_name().name();
        assert!(
            !matches!(name, "script" | "image" | "foreignObject" | "a" | "use"),
            "{name}"
        );
        for a in n.attributes() {
            assert!(!a.name().starts_with("on"), "{}", a.name());
            assert!(!a.value().contains("http:") || a.name() == "xmlns");
        }
    }
    let num = |n: roxmltree::Node, a: &str| -> f64 {
        n.attribute(a)
            .unwrap_or_else(|| panic!("{a}"))
            .parse()
            .expect("a number")
    };
    doc.descendants()
        .filter(|n| {
            n.tag_name().name() == "g"
                && n.attribute("class")
                    .is_some_and(|c| c.split_whitespace().next() == Some("node") || c == "label")
        })
        .map(|g| {
            let rect = g
                .children()
                .find(|c| c.tag_name().name() == "rect")
                .expect("a box");
            Box_ {
                class: g.attribute("class").unwrap_or_default().to_string(),
                title: g
                    .children()
                    .find(|c| c.tag_name().name() == "title")
                    .and_then(|t| t.text())
                    .unwrap_or_default()
                    .to_string(),
                x: num(rect, "x"),
                y: num(rect, "y"),
                w: num(rect, "width"),
                h: num(rect, "height"),
                texts: g
                    .children()
                    .filter(|c| c.tag_name().name() == "text")
                    .filter_map(|t| t.text().map(str::to_string))
                    .collect(),
            }
        })
        .collect()
}

fn assert_no_overlap(boxes: &[Box_]) {
    for (i, a) in boxes.iter().enumerate() {
        assert!(a.w > 0.0 && a.h > 0.0, "{a:?}");
        for b in &boxes[i + 1..] {
            let overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
            assert!(!overlap, "{a:?}\noverlaps\n{b:?}");
        }
    }
}

#[test]
fn every_recipient_and_country_of_the_sample_is_a_box_and_none_overlap() {
    let reg = sample();
    let page = html(&reg);
    let pictures = svgs(&page);
    // The whole register, then one per organisation.
    assert_eq!(pictures.len(), reg.organisations.len() + 1);
    let l = Labels::new(Lang::En);
    let whole = boxes(&pictures[0]);
    assert_no_overlap(&whole);
    for (o, svg) in reg.organisations.iter().zip(&pictures[1..]) {
        let own = boxes(svg);
        assert_no_overlap(&own);
        for set in [&whole, &own] {
            for r in &o.org.recipients {
                let title = format!("{} ({})", r.name, l.recipient_kind(r.kind));
                assert!(
                    set.iter()
                        .any(|b| b.class == "node recipient" && b.title == title),
                    "{}: no box for recipient {title}",
                    o.org.id
                );
                let country = match &r.country {
                    Some(c) => l.country(c),
                    None => l.t("map-country-not-stated"),
                };
                assert!(
                    set.iter().any(|b| b.class.starts_with("node destination")
                        && b.title.starts_with(&country)),
                    "{}: no box for country {country}",
                    o.org.id
                );
            }
            for a in &o.activities {
                assert!(
                    set.iter()
                        .any(|b| b.class == "node activity" && b.title == a.activity.name),
                    "{}",
                    a.activity.id
                );
            }
        }
    }
    // Djøf's transfer names no country: its destination is a third
    // country, the mechanisms stand on the edge.
    let djoef = reg
        .organisations
        .iter()
        .position(|o| o.org.id == "djoef")
        .expect("djoef");
    let own = boxes(&pictures[djoef + 1]);
    assert!(
        own.iter()
            .any(|b| b.class == "node destination third-country"
                && b.title.starts_with("lande uden for EU/EØS")),
        "{own:?}"
    );
    assert!(own.iter().any(|b| b.class == "label"
        && b.title.contains("Standard contractual clauses")
        && b.title.contains("Privacy Shield")));
    // A legend and column headings, in the page's language.
    assert!(pictures[0].contains("Legend"));
    assert!(pictures[0].contains(">Countries<"));
}

#[test]
fn a_third_country_is_marked_with_its_mechanism_and_names_are_escaped() {
    let reg = with_us_transfer();
    for lang in [Lang::En, Lang::Da, Lang::Nb] {
        let page = export_in(&reg, ExportFormat::Html, lang);
        assert!(!page.contains("<script>"), "markup from the register");
        let l = Labels::new(lang);
        let djoef = reg
            .organisations
            .iter()
            .position(|o| o.org.id == "djoef")
            .expect("djoef");
        let svg = &svgs(&page)[djoef + 1];
        let own = boxes(svg);
        assert_no_overlap(&own);
        let us = own
            .iter()
            .find(|b| b.title.starts_with(&l.country("US")))
            .expect("the United States");
        assert_eq!(us.class, "node destination third-country");
        assert!(
            us.texts
                .iter()
                .any(|t| t.contains(&l.t("map-third-country")[..8]))
        );
        let label = own
            .iter()
            .find(|b| b.class == "label" && b.title.contains("2021/914"))
            .expect("the mechanism on the edge");
        assert!(!label.texts.is_empty());
        // The name reads back exactly as written, less the escape
        // character XML cannot hold.
        let evil = own
            .iter()
            .find(|b| b.class == "node recipient" && b.title.starts_with("Cloud <script>"))
            .expect("the recipient");
        assert!(
            evil.title.contains("& \"Co\" \u{FFFD}[31m"),
            "{}",
            evil.title
        );
        // Danish and Norwegian words on the picture.
        assert!(svg.contains(&dataflow_heading(lang)));
    }
}

fn dataflow_heading(lang: Lang) -> String {
    ropa::register::dataflow::Column::Destinations.heading(lang)
}

// ---------------------------------------------------------------- DOT

/// A DOT graph as read back: nodes with their attributes, edges.
#[derive(Debug, Default)]
struct Dot {
    nodes: BTreeMap<String, BTreeMap<String, String>>,
    edges: Vec<(String, String, BTreeMap<String, String>)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Id(String),
    Quoted(String),
    Punct(&'static str),
}

/// Splits DOT text into tokens: bare ids, double-quoted strings (with
/// `\"` and `\\` escapes; `\n` kept as written), and `{ } [ ] = ; , ->`.
fn tokens(s: &str) -> Vec<Tok> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' {
            let mut v = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None => panic!("unterminated string"),
                    Some('"') => break,
                    Some('\\') => {
                        match chars.get(i + 1) {
                            Some('"') => v.push('"'),
                            Some('\\') => v.push('\\'),
                            Some(&o) => {
                                v.push('\\');
                                v.push(o);
                            }
                            None => panic!("escape at the end"),
                        }
                        i += 2;
                        continue;
                    }
                    Some(&o) => {
                        assert!(!o.is_control(), "control character in a string");
                        v.push(o);
                    }
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Quoted(v));
        } else if c == '-' && chars.get(i + 1) == Some(&'>') {
            out.push(Tok::Punct("->"));
            i += 2;
        } else if let Some(p) = ["{", "}", "[", "]", "=", ";", ","]
            .into_iter()
            .find(|p| p.starts_with(c))
        {
            out.push(Tok::Punct(p));
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.')
            {
                i += 1;
            }
            out.push(Tok::Id(chars[start..i].iter().collect()));
        } else {
            panic!("unexpected character {c:?}");
        }
    }
    out
}

fn id_of(t: &Tok) -> String {
    match t {
        Tok::Id(s) | Tok::Quoted(s) => s.clone(),
        Tok::Punct(p) => panic!("an id expected, found {p}"),
    }
}

/// Parses `[a=b, c="d"]` from `toks[*i]`.
fn attrs(toks: &[Tok], i: &mut usize) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if toks.get(*i) != Some(&Tok::Punct("[")) {
        return out;
    }
    *i += 1;
    while toks[*i] != Tok::Punct("]") {
        let k = id_of(&toks[*i]);
        assert_eq!(toks[*i + 1], Tok::Punct("="), "attribute {k}");
        let v = id_of(&toks[*i + 2]);
        assert!(out.insert(k.clone(), v).is_none(), "attribute {k} twice");
        *i += 3;
        if toks[*i] == Tok::Punct(",") || toks[*i] == Tok::Punct(";") {
            *i += 1;
        }
    }
    *i += 1;
    out
}

/// Parses the statements of a `digraph` (node, edge, attribute defaults,
/// anonymous subgraphs with `rank=same`).
fn parse_dot(s: &str) -> Dot {
    let toks = tokens(s);
    assert_eq!(toks[0], Tok::Id("digraph".into()));
    let mut i = 1;
    if matches!(toks[i], Tok::Id(_) | Tok::Quoted(_)) {
        i += 1;
    }
    assert_eq!(toks[i], Tok::Punct("{"));
    i += 1;
    let mut dot = Dot::default();
    let mut depth = 1;
    let mut ranked: Vec<String> = Vec::new();
    while depth > 0 {
        match &toks[i] {
            Tok::Punct("}") => {
                depth -= 1;
                i += 1;
            }
            Tok::Punct("{") => {
                depth += 1;
                i += 1;
            }
            Tok::Punct(";") => i += 1,
            Tok::Id(k) if ["graph", "node", "edge"].contains(&k.as_str()) => {
                i += 1;
                attrs(&toks, &mut i);
            }
            Tok::Id(k) if k == "rank" => {
                assert_eq!(toks[i + 1], Tok::Punct("="));
                assert_eq!(id_of(&toks[i + 2]), "same");
                i += 3;
            }
            t => {
                let a = id_of(t);
                i += 1;
                if toks[i] == Tok::Punct("->") {
                    let b = id_of(&toks[i + 1]);
                    i += 2;
                    let at = attrs(&toks, &mut i);
                    dot.edges.push((a, b, at));
                } else if depth > 1 {
                    ranked.push(a);
                } else {
                    let at = attrs(&toks, &mut i);
                    assert!(dot.nodes.insert(a.clone(), at).is_none(), "node {a} twice");
                }
            }
        }
    }
    assert_eq!(i, toks.len(), "text after the graph");
    for r in ranked {
        assert!(dot.nodes.contains_key(&r), "rank names unknown node {r}");
    }
    dot
}

#[test]
fn the_dot_parser_reads_quotes_and_escapes() {
    let d = parse_dot(
        "digraph \"g\" {\n  \"a \\\"b\\\"\" [label=\"x\\\\\"];\n  c;\n  { rank=same; \"a \\\"b\\\"\"; c; }\n  \"a \\\"b\\\"\" -> c [label=\"m\"];\n}\n",
    );
    assert_eq!(d.nodes["a \"b\""]["label"], "x\\");
    assert_eq!(d.edges[0].0, "a \"b\"");
    assert_eq!(d.edges[0].2["label"], "m");
}

fn run_dot(reg_path: &Path, extra: &[&str]) -> String {
    let mut args = vec![
        "export".to_string(),
        reg_path.display().to_string(),
        "--format".into(),
        "dot".into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(&args)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_LANG", "en")
        .output()
        .expect("run ropa");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).expect("UTF-8")
}

#[test]
fn dot_export_reads_back_with_every_recipient_country_and_edge() {
    let reg = sample();
    let text = run_dot(&sample_path(), &[]);
    let dot = parse_dot(&text);
    for o in &reg.organisations {
        assert!(dot.nodes.contains_key(&format!("org:{}", o.org.id)));
        for a in &o.activities {
            let id = format!("act:{}/{}", o.org.id, a.activity.id);
            assert!(dot.nodes.contains_key(&id), "{id}");
            assert!(
                dot.edges
                    .iter()
                    .any(|e| e.0 == format!("org:{}", o.org.id) && e.1 == id)
            );
        }
        for r in &o.org.recipients {
            let id = format!("rcp:{}/{}", o.org.id, r.id);
            let node = dot.nodes.get(&id).unwrap_or_else(|| panic!("{id}"));
            assert!(
                node["label"].starts_with(&r.name[..r.name.len().min(10)]),
                "{node:?}"
            );
            let to = match &r.country {
                Some(c) => format!("dst:country:{c}"),
                None => "dst:not-stated".to_string(),
            };
            let with_transfer = dot
                .edges
                .iter()
                .any(|e| e.0 == id && e.1.starts_with("dst:text:"));
            assert!(
                with_transfer || dot.edges.iter().any(|e| e.0 == id && e.1 == to),
                "{id} → {to}"
            );
        }
    }
    // Every edge joins declared nodes.
    for (a, b, _) in &dot.edges {
        assert!(
            dot.nodes.contains_key(a) && dot.nodes.contains_key(b),
            "{a} -> {b}"
        );
    }
    // The transfer edges carry the mechanisms and are drawn in red; the
    // destination is marked a third country.
    let transfer: Vec<_> = dot
        .edges
        .iter()
        .filter(|e| e.2.contains_key("label"))
        .collect();
    assert_eq!(transfer.len(), 2, "{transfer:?}");
    for (_, to, at) in transfer {
        assert!(at["label"].contains("Privacy Shield"), "{at:?}");
        assert_eq!(at["color"], "#b91c1c");
        assert!(dot.nodes[to]["label"].contains("Third country"));
    }
    // Same register, same bytes.
    assert_eq!(text, run_dot(&sample_path(), &[]));
}

#[test]
fn dot_export_quotes_register_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    common_copy(&sample_path(), dir.path());
    // A recipient name with quotes, a backslash and a line break.
    let path = dir.path().join("djoef/organisation.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    let text = text.replacen(
        "name: \"politiet\"",
        "name: \"po\\\"li\\\\tiet\\n} digraph x {\"",
        1,
    );
    std::fs::write(&path, text).expect("write");
    let dot = parse_dot(&run_dot(dir.path(), &["--org", "djoef"]));
    // The quote and the backslash read back as written; the line break
    // is a space in the wrapped label.
    let node = &dot.nodes["rcp:djoef/politiet"];
    assert!(
        node["label"].starts_with("po\"li\\tiet } digraph x {\\n"),
        "{node:?}"
    );
}

fn common_copy(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            common_copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

// ----------------------------------------------------------- Chromium

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

/// The HTML export rendered by headless Chromium into a screenshot: the
/// page loads from a file with no network, and the picture is more than
/// an empty page. Skipped, saying so, where Chromium is not installed.
#[test]
fn html_export_renders_in_headless_chromium() {
    let chromium = Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        println!("skipped: /usr/bin/chromium is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("register.html");
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["export", "--format", "html", "--org", "djoef", "-o"])
        .arg(&page)
        .arg(sample_path())
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("run ropa");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let png = dir.path().join("register.png");
    let profile = dir.path().join("profile");
    let o = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1400,2000")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        png.exists(),
        "no screenshot: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let bytes = std::fs::read(&png).expect("read the screenshot");
    assert_eq!(png_size(&bytes), (1400, 2000));
    // A blank page of this size compresses to a few kilobytes; text,
    // tables and the picture take far more.
    assert!(bytes.len() > 60_000, "{} bytes", bytes.len());
    if let Ok(keep) = std::env::var("ROPA_KEEP_SCREENSHOT") {
        let _ = std::fs::copy(&png, keep);
    }
}
