//! HTML export: one self-contained page (inline CSS, no scripts, no
//! external resources) with a table of contents and print-friendly layout.
//! Every piece of register text is escaped.

use super::document::{Block, Document};
use crate::register::lang::tr;

/// Escapes `& < > " '` so register text can never become markup; newlines
/// become `<br>`.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("<br>");
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Helvetica, Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: #111; background: #fff;
  max-width: 80rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
h1 { font-size: 1.8rem; margin-bottom: .3rem; }
h2 { font-size: 1.45rem; margin-top: 3rem; padding-bottom: .2rem; border-bottom: 2px solid #333; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h3.activity { border-top: 1px solid #999; padding-top: 1rem; margin-top: 2.5rem; }
h4 { font-size: 1.02rem; margin: 1.4rem 0 .4rem; }
p.caption { margin: .8rem 0 .3rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #bbb; padding: .25rem .45rem; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
thead th { background: #eee; }
table.fields th { width: 16rem; background: #f5f5f5; font-weight: 600; }
em.none { color: #666; }
nav.toc ol { padding-left: 1.5rem; }
nav.toc > ol > li { margin-top: .4rem; font-weight: 600; }
nav.toc li li { font-weight: normal; }
a { color: #0645ad; }
figure.map { margin: .5rem 0 1.5rem; overflow-x: auto; }
figure.map svg { max-width: 100%; height: auto; display: block; }
@media print {
  /* A picture prints whole on one page, scaled down to fit it. */
  figure.map { overflow: visible; break-inside: avoid; }
  figure.map svg { width: auto; height: auto; max-width: 100%; max-height: 24cm; }
  h2.map { break-before: auto; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-after: page; }
  h2 { break-before: page; }
  h2, h3, h4, p.caption { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  th, td { border-color: #777; }
}
";

fn push_fields(out: &mut String, fields: &[(String, Option<String>)], not_recorded: &str) {
    if fields.is_empty() {
        return;
    }
    out.push_str("<table class=\"fields\">\n<tbody>\n");
    for (label, value) in fields {
        let v = match value {
            Some(v) => escape(v),
            None => format!("<em class=\"none\">{}</em>", escape(not_recorded)),
        };
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{v}</td></tr>\n",
            escape(label)
        ));
    }
    out.push_str("</tbody>\n</table>\n");
}

fn push_table(out: &mut String, headers: &[String], rows: &[Vec<String>]) {
    out.push_str("<table>\n<thead>\n<tr>");
    for h in headers {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for c in r {
            out.push_str(&format!("<td>{}</td>", escape(c)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn push_toc(out: &mut String, doc: &Document) {
    let contents = escape(&tr(doc.lang, "doc-contents"));
    out.push_str(&format!(
        "<nav class=\"toc\" aria-label=\"{contents}\">\n<h2 id=\"contents\">{contents}</h2>\n<ol>\n"
    ));
    let mut open_sub = false;
    let mut open_item = false;
    for e in &doc.toc {
        let link = format!("<a href=\"#{}\">{}</a>", escape(&e.anchor), escape(&e.text));
        if e.depth == 0 {
            if open_sub {
                out.push_str("</ol>\n");
                open_sub = false;
            }
            if open_item {
                out.push_str("</li>\n");
            }
            out.push_str(&format!("<li>{link}\n"));
            open_item = true;
        } else {
            if !open_sub {
                out.push_str("<ol>\n");
                open_sub = true;
            }
            out.push_str(&format!("<li>{link}</li>\n"));
        }
    }
    if open_sub {
        out.push_str("</ol>\n");
    }
    if open_item {
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}

/// Where the data go: a heading, what the picture shows, and the picture
/// (or why there is none).
fn push_map(
    out: &mut String,
    lang: crate::register::lang::Lang,
    level: u8,
    heading: &str,
    graph: &crate::register::dataflow::Graph,
    id: &str,
    title: &str,
) {
    out.push_str(&format!(
        "<h{level} class=\"map\" id=\"{}\">{}</h{level}>\n",
        escape(id),
        escape(heading)
    ));
    let has_flows = !graph.edges.is_empty();
    if !has_flows {
        out.push_str(&format!("<p>{}</p>\n", escape(&tr(lang, "doc-map-empty"))));
        return;
    }
    if graph.nodes.len() > super::svg::MAX_NODES {
        out.push_str(&format!(
            "<p>{}</p>\n",
            escape(&crate::register::lang::tr_args(
                lang,
                "doc-map-too-large",
                &[("nodes", graph.nodes.len().into())]
            ))
        ));
        return;
    }
    out.push_str(&format!(
        "<p>{}</p>\n<figure class=\"map\">\n",
        escape(&tr(lang, "doc-map-intro"))
    ));
    out.push_str(&super::svg::render(
        graph,
        lang,
        &format!("{id}-svg"),
        title,
    ));
    out.push_str("\n</figure>\n");
}

/// Renders the document as one HTML page.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        doc.lang.code()
    ));
    let not_recorded = tr(doc.lang, "doc-not-recorded");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(&doc.title)));
    out.push_str("<style>\n");
    out.push_str(CSS);
    out.push_str("</style>\n</head>\n<body>\n<header>\n");
    out.push_str(&format!(
        "<h1>{}</h1>\n<p>{}</p>\n</header>\n",
        escape(&doc.title),
        escape(&doc.intro)
    ));
    push_toc(&mut out, doc);
    out.push_str("<main>\n");
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level,
                text,
                anchor,
            } => {
                let class = if *level == 3 && anchor.is_some() {
                    " class=\"activity\""
                } else {
                    ""
                };
                let id = match anchor {
                    Some(a) => format!(" id=\"{}\"", escape(a)),
                    None => String::new(),
                };
                out.push_str(&format!(
                    "<h{level}{id}{class}>{}</h{level}>\n",
                    escape(text)
                ));
            }
            Block::Paragraph(t) => out.push_str(&format!("<p>{}</p>\n", escape(t))),
            Block::Caption(t) => out.push_str(&format!("<p class=\"caption\">{}</p>\n", escape(t))),
            Block::Fields(f) => push_fields(&mut out, f, &not_recorded),
            Block::Table { headers, rows } => push_table(&mut out, headers, rows),
            Block::Map {
                level,
                heading,
                graph,
                id,
                title,
            } => push_map(&mut out, doc.lang, *level, heading, graph, id, title),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(i)));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
