//! Markdown export: one document with a table of contents, a section per
//! organisation and a subsection per activity (GitHub-flavoured tables).

use super::document::{Block, Document};
use crate::register::lang::tr;

/// Escapes register text for Markdown: characters that start emphasis,
/// links, code, HTML, tables or headings get a backslash; newlines become
/// `<br>` so a value always stays on one line (and in its table cell).
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
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

/// Escapes text that starts a block (paragraph or list item): as
/// [`escape`], and a leading list marker or indentation cannot start a
/// list or code block.
pub(crate) fn escape_block(s: &str) -> String {
    let e = escape(s.trim_start());
    let digits = e.chars().take_while(char::is_ascii_digit).count();
    if e.starts_with(['-', '+', '=']) {
        format!("\\{e}")
    } else if digits > 0 && e[digits..].starts_with(['.', ')']) {
        format!("{}\\{}", &e[..digits], &e[digits..])
    } else {
        e
    }
}

fn row(out: &mut String, cells: impl IntoIterator<Item = String>) {
    out.push('|');
    for c in cells {
        out.push(' ');
        out.push_str(&c);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Renders the document as Markdown.
pub(crate) fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(&doc.title)));
    out.push_str(&escape_block(&doc.intro));
    out.push_str(&format!(
        "\n\n## {}\n\n",
        escape(&tr(doc.lang, "doc-contents"))
    ));
    for e in &doc.toc {
        let indent = "  ".repeat(usize::from(e.depth));
        out.push_str(&format!("{indent}- [{}](#{})\n", escape(&e.text), e.anchor));
    }
    out.push('\n');
    for b in &doc.blocks {
        match b {
            Block::Heading {
                level,
                text,
                anchor,
            } => {
                out.push_str(&"#".repeat(usize::from(*level)));
                out.push(' ');
                if let Some(a) = anchor {
                    out.push_str(&format!("<a id=\"{a}\"></a>"));
                }
                out.push_str(&escape(text));
                out.push_str("\n\n");
            }
            Block::Paragraph(t) => {
                out.push_str(&escape_block(t));
                out.push_str("\n\n");
            }
            Block::Caption(t) => {
                out.push_str(&format!("**{}**\n\n", escape(t)));
            }
            Block::Fields(fields) => {
                if fields.is_empty() {
                    continue;
                }
                out.push_str(&format!(
                    "| {} | {} |\n|---|---|\n",
                    escape(&tr(doc.lang, "doc-field")),
                    escape(&tr(doc.lang, "doc-value"))
                ));
                for (label, value) in fields {
                    let v = match value {
                        Some(v) => escape(v),
                        None => format!("*{}*", escape(&tr(doc.lang, "doc-not-recorded"))),
                    };
                    row(&mut out, [escape(label), v]);
                }
                out.push('\n');
            }
            Block::Table { headers, rows } => {
                row(&mut out, headers.iter().map(|h| escape(h)));
                row(&mut out, headers.iter().map(|_| "---".to_string()));
                for r in rows {
                    row(&mut out, r.iter().map(|c| escape(c)));
                }
                out.push('\n');
            }
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", escape_block(i)));
                }
                out.push('\n');
            }
            // A picture is for the HTML page; the tables say the same.
            Block::Map { .. } => {}
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
