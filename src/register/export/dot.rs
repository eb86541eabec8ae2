//! Where the data go, for Graphviz (`dot -Tsvg`): the graph of the whole
//! register (organisations → activities → categories of data → recipients
//! → countries) as a DOT `digraph`, left to right, one rank per column,
//! coloured as the HTML export's picture; third countries in red with
//! the words "third country", the transfer mechanisms as edge labels.
//!
//! Every id and label is a double-quoted DOT string: `"` and `\` are
//! escaped, line breaks become `\n`, and characters that are not text
//! (controls) become U+FFFD, so no register text can end a string or
//! reach Graphviz as an escape of its own.

use super::svg::colours;
use crate::register::dataflow::layout::wrap;
use crate::register::dataflow::{self, Column, Graph, NodeKind, Scope};
use crate::register::lang::{Lang, tr};
use crate::register::load::Register;
use crate::register::model::RecipientKind;

/// `s` as a double-quoted DOT string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The graph as DOT, its title in `lang`.
pub fn write(g: &Graph, title: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("digraph {} {{\n", quote("ropa")));
    out.push_str(&format!(
        "  graph [rankdir=LR, ranksep=0.9, nodesep=0.25, fontname=\"Helvetica\", labelloc=t, label={}];\n",
        quote(title)
    ));
    out.push_str(
        "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n",
    );
    out.push_str("  edge [color=\"#94a3b8\", fontname=\"Helvetica\", fontsize=9];\n");
    for n in &g.nodes {
        let (fill, line) = colours(n.kind, n.third_country);
        // Long names wrapped, so the boxes stay narrow; nothing is cut.
        let mut label = wrap(&n.title, 32, usize::MAX).join("\n");
        if let Some(note) = &n.note {
            label.push('\n');
            label.push_str(note);
        }
        let mut attrs = format!(
            "label={}, fillcolor=\"{fill}\", color=\"{line}\"",
            quote(&label)
        );
        if n.kind == NodeKind::Organisation {
            attrs.push_str(", fontcolor=\"#ffffff\"");
        }
        if n.third_country {
            attrs.push_str(", penwidth=2.5, fontcolor=\"#7f1d1d\"");
        }
        if n.kind == NodeKind::Recipient(RecipientKind::SubProcessor) || n.id == "dst:not-stated" {
            attrs.push_str(", style=\"rounded,filled,dashed\"");
        }
        out.push_str(&format!("  {} [{attrs}];\n", quote(&n.id)));
    }
    // One rank per column, as the picture's columns.
    for c in Column::ALL {
        let ids: Vec<String> = g
            .nodes
            .iter()
            .filter(|n| n.column == c)
            .map(|n| quote(&n.id))
            .collect();
        if ids.len() > 1 {
            out.push_str(&format!("  {{ rank=same; {}; }}\n", ids.join("; ")));
        }
    }
    for e in &g.edges {
        let from = quote(&g.nodes[e.from].id);
        let to = quote(&g.nodes[e.to].id);
        let mut attrs = Vec::new();
        if let Some(l) = &e.label {
            attrs.push(format!(
                "label={}",
                quote(&wrap(l, 32, usize::MAX).join("\n"))
            ));
            attrs.push("fontcolor=\"#7f1d1d\"".to_string());
        }
        if e.transfer {
            attrs.push("color=\"#b91c1c\"".to_string());
            attrs.push("penwidth=2".to_string());
        } else if g.nodes[e.to].third_country {
            attrs.push("color=\"#b91c1c\"".to_string());
            attrs.push("style=dashed".to_string());
        }
        if attrs.is_empty() {
            out.push_str(&format!("  {from} -> {to};\n"));
        } else {
            out.push_str(&format!("  {from} -> {to} [{}];\n", attrs.join(", ")));
        }
    }
    out.push_str("}\n");
    out
}

/// The whole register's data flows as DOT, labelled in `lang`.
pub fn render(reg: &Register, lang: Lang) -> String {
    let g = dataflow::graph_of(reg, Scope::Register, lang);
    write(&g, &tr(lang, "map-title-register"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_keeps_every_string_one_string() {
        assert_eq!(quote("a"), "\"a\"");
        assert_eq!(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
        assert_eq!(quote("back\\slash"), "\"back\\\\slash\"");
        assert_eq!(quote("two\nlines"), "\"two\\nlines\"");
        assert_eq!(quote("esc\u{1b}"), "\"esc\u{FFFD}\"");
        // A trailing backslash cannot escape the closing quote.
        assert_eq!(quote("\\"), "\"\\\\\"");
    }
}
