//! The data-flow picture as SVG, for the HTML export: a legend, a heading
//! over each column, boxes coloured by what they stand for, third
//! countries in red with the words "third country", and the transfer
//! mechanisms in boxes on the edges that lead there. Plain SVG 1.1 with
//! no script, no external font or image, and no transform, so it reads
//! the same in a browser, printed, or as a file on its own. Every piece of
//! register text is escaped for XML.

use crate::register::dataflow::layout::{Layout, Metrics, Placed, wrap};
use crate::register::dataflow::{Graph, NodeKind, RECIPIENT_KINDS};
use crate::register::export::labels::Labels;
use crate::register::lang::Lang;
use crate::register::model::RecipientKind;

/// Pictures with more boxes than this are not drawn: no one reads them.
pub const MAX_NODES: usize = 400;

/// The font of every text, found on any system without fetching one.
const FONT: &str = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
const INK: &str = "#0f172a";
const MUTED: &str = "#475569";
const EDGE: &str = "#94a3b8";
const RED: &str = "#b91c1c";
const DARK_RED: &str = "#7f1d1d";

/// Escapes register text for XML: markup characters become entities, and
/// characters XML 1.0 does not allow (controls, U+FFFE, U+FFFF) become
/// U+FFFD, so no text can end the element it sits in or break the file.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Fill, stroke, stroke dash and text colour of a box.
struct Style {
    fill: &'static str,
    stroke: &'static str,
    dash: Option<&'static str>,
    width: f64,
    text: &'static str,
}

/// The fill and stroke of a node of `kind`: one palette for the picture
/// and the dot export.
pub(super) fn colours(kind: NodeKind, third_country: bool) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Organisation => ("#1e293b", "#0f172a"),
        NodeKind::Activity => ("#dbeafe", "#1d4ed8"),
        NodeKind::Category => ("#f8fafc", "#64748b"),
        NodeKind::Recipient(k) => match k {
            RecipientKind::Processor => ("#dcfce7", "#15803d"),
            RecipientKind::SubProcessor => ("#ecfccb", "#4d7c0f"),
            RecipientKind::IndependentController => ("#fef3c7", "#b45309"),
            RecipientKind::JointController => ("#ffedd5", "#c2410c"),
            RecipientKind::PublicAuthority => ("#ede9fe", "#6d28d9"),
            RecipientKind::Internal => ("#e0f2fe", "#0369a1"),
            RecipientKind::Other => ("#f5f5f4", "#57534e"),
        },
        NodeKind::Destination if third_country => ("#fee2e2", RED),
        NodeKind::Destination => ("#ffffff", "#334155"),
    }
}

fn recipient_style(k: RecipientKind) -> Style {
    style(NodeKind::Recipient(k), false, false)
}

fn style(kind: NodeKind, third_country: bool, not_stated: bool) -> Style {
    let (fill, stroke) = colours(kind, third_country);
    let plain = Style {
        fill,
        stroke,
        dash: None,
        width: 1.2,
        text: INK,
    };
    match kind {
        NodeKind::Organisation => Style {
            text: "#ffffff",
            ..plain
        },
        NodeKind::Activity => plain,
        NodeKind::Category => Style {
            width: 1.0,
            ..plain
        },
        NodeKind::Recipient(k) => Style {
            dash: (k == RecipientKind::SubProcessor).then_some("5 3"),
            ..plain
        },
        NodeKind::Destination if third_country => Style {
            width: 2.5,
            text: DARK_RED,
            ..plain
        },
        NodeKind::Destination => Style {
            stroke: if not_stated { EDGE } else { stroke },
            dash: not_stated.then_some("4 3"),
            width: 1.4,
            ..plain
        },
    }
}

fn n(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn rect(out: &mut String, x: f64, y: f64, w: f64, h: f64, s: &Style) {
    out.push_str(&format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"{}/>",
        n(x),
        n(y),
        n(w),
        n(h),
        s.fill,
        s.stroke,
        n(s.width),
        s.dash
            .map(|d| format!(" stroke-dasharray=\"{d}\""))
            .unwrap_or_default()
    ));
}

/// The lines of a box, from its top: the title's, then the note's in
/// small italics.
fn box_text(out: &mut String, b: &Placed, dy: f64, m: &Metrics, color: &str, note_color: &str) {
    for (i, line) in b.lines.iter().enumerate() {
        let y = b.y + dy + m.pad_y + m.line_height * (i as f64 + 0.78);
        let note = i >= b.title_lines;
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" fill=\"{}\"{}>{}</text>",
            n(b.x + m.pad_x),
            n(y),
            if note { note_color } else { color },
            if note {
                " font-size=\"11\" font-style=\"italic\""
            } else {
                ""
            },
            xml_escape(line)
        ));
    }
}

/// One item of the legend: a swatch (a box, or a line) and its words.
enum Swatch {
    Box(Style),
    Line {
        color: &'static str,
        width: f64,
        dash: Option<&'static str>,
    },
}

fn legend_items(g: &Graph, lang: Lang) -> Vec<(Swatch, String)> {
    let l = Labels::new(lang);
    let kinds = g.kinds();
    let mut items = Vec::new();
    let has = |k: NodeKind| kinds.contains(&k);
    if has(NodeKind::Organisation) {
        items.push((
            Swatch::Box(style(NodeKind::Organisation, false, false)),
            l.t("map-legend-organisation"),
        ));
    }
    items.push((
        Swatch::Box(style(NodeKind::Activity, false, false)),
        l.t("map-legend-activity"),
    ));
    items.push((
        Swatch::Box(style(NodeKind::Category, false, false)),
        l.t("map-legend-category"),
    ));
    for k in RECIPIENT_KINDS {
        if has(NodeKind::Recipient(k)) {
            items.push((Swatch::Box(recipient_style(k)), l.recipient_kind(k)));
        }
    }
    items.push((
        Swatch::Box(style(NodeKind::Destination, false, false)),
        l.t("map-legend-destination"),
    ));
    items.push((
        Swatch::Box(style(NodeKind::Destination, true, false)),
        l.t("map-third-country"),
    ));
    items.push((
        Swatch::Line {
            color: EDGE,
            width: 1.4,
            dash: None,
        },
        l.t("map-legend-flow"),
    ));
    items.push((
        Swatch::Line {
            color: RED,
            width: 2.0,
            dash: None,
        },
        l.t("map-legend-transfer"),
    ));
    if g.edges
        .iter()
        .any(|e| !e.transfer && g.nodes[e.to].third_country)
    {
        items.push((
            Swatch::Line {
                color: RED,
                width: 1.6,
                dash: Some("6 4"),
            },
            l.t("map-legend-undeclared"),
        ));
    }
    items
}

/// The legend's rows within `width`; returns the height used.
fn legend(out: &mut String, g: &Graph, lang: Lang, width: f64, m: &Metrics) -> f64 {
    let l = Labels::new(lang);
    let top = m.margin;
    out.push_str(&format!(
        "<g class=\"legend\"><text x=\"{}\" y=\"{}\" font-weight=\"bold\" fill=\"{INK}\">{}</text>",
        n(m.margin),
        n(top + 12.0),
        xml_escape(&l.t("map-legend"))
    ));
    let row_h = 22.0;
    let mut x = m.margin;
    let mut y = top + 22.0;
    let char_w = 6.6;
    for (swatch, text) in legend_items(g, lang) {
        let w = 28.0 + 6.0 + text.chars().count() as f64 * char_w + 18.0;
        if x > m.margin && x + w > width - m.margin {
            x = m.margin;
            y += row_h;
        }
        match swatch {
            Swatch::Box(s) => rect(out, x, y, 28.0, 15.0, &s),
            Swatch::Line { color, width, dash } => out.push_str(&format!(
                "<path d=\"M{} {} H{}\" stroke=\"{color}\" stroke-width=\"{}\" fill=\"none\"{}/>",
                n(x),
                n(y + 7.5),
                n(x + 28.0),
                n(width),
                dash.map(|d| format!(" stroke-dasharray=\"{d}\""))
                    .unwrap_or_default()
            )),
        }
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"{INK}\">{}</text>",
            n(x + 34.0),
            n(y + 11.5),
            xml_escape(&text)
        ));
        x += w;
    }
    out.push_str("</g>");
    y + row_h + 6.0 - top
}

/// The picture of `g` as one `<svg>` element; `id` makes its element ids
/// unique on a page with several pictures (`[a-z0-9-]` only), `title`
/// names it for screen readers.
pub(crate) fn render(g: &Graph, lang: Lang, id: &str, title: &str) -> String {
    let m = Metrics::default();
    let lay = crate::register::dataflow::layout(g, &m);
    render_laid_out(g, &lay, &m, lang, id, title)
}

fn render_laid_out(
    g: &Graph,
    lay: &Layout,
    m: &Metrics,
    lang: Lang,
    id: &str,
    title: &str,
) -> String {
    let width = lay.width.max(640.0);
    let mut body = String::new();
    let legend_h = legend(&mut body, g, lang, width, m);
    // Column headings, wrapped to their column.
    let head_top = m.margin + legend_h + 4.0;
    let mut head_h: f64 = 0.0;
    body.push_str("<g class=\"headings\" font-weight=\"bold\">");
    for c in &lay.columns {
        let chars = ((c.w.max(90.0)) / 7.6).floor() as usize;
        let lines = wrap(&c.column.heading(lang), chars.max(6), 2);
        for (i, line) in lines.iter().enumerate() {
            body.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" fill=\"{MUTED}\">{}</text>",
                n(c.x),
                n(head_top + 12.0 + i as f64 * m.line_height),
                xml_escape(line)
            ));
        }
        head_h = head_h.max(lines.len() as f64 * m.line_height);
        body.push_str(&format!(
            "<path d=\"M{} {} H{}\" stroke=\"#cbd5e1\" stroke-width=\"1\"/>",
            n(c.x),
            n(head_top + head_h + 3.0),
            n(c.x + c.w.max(40.0))
        ));
    }
    body.push_str("</g>");
    let dy = (head_top + head_h + 8.0).round();
    let height = dy + lay.height;

    // Edges under the boxes; transfers last, so they stay on top.
    let mut edges = String::new();
    let mut transfers = String::new();
    for r in &lay.routes {
        let e = &g.edges[r.edge];
        let p = &r.points;
        if p.len() < 2 {
            continue;
        }
        let mut d = format!("M{} {}", n(p[0].0), n(p[0].1 + dy));
        d.push_str(&format!(" L{} {}", n(p[1].0), n(p[1].1 + dy)));
        let mut i = 1;
        while i + 1 < p.len() {
            let (a, b) = (p[i], p[i + 1]);
            let mx = (a.0 + b.0) / 2.0;
            d.push_str(&format!(
                " C{} {} {} {} {} {}",
                n(mx),
                n(a.1 + dy),
                n(mx),
                n(b.1 + dy),
                n(b.0),
                n(b.1 + dy)
            ));
            if i + 2 < p.len() {
                d.push_str(&format!(" L{} {}", n(p[i + 2].0), n(p[i + 2].1 + dy)));
            }
            i += 2;
        }
        let third = g.nodes[e.to].third_country;
        let (color, w, dash, marker) = if e.transfer {
            (RED, 2.0, None, "red")
        } else if third {
            (RED, 1.6, Some("6 4"), "red")
        } else {
            (EDGE, 1.2, None, "grey")
        };
        let out = if color == RED {
            &mut transfers
        } else {
            &mut edges
        };
        out.push_str(&format!(
            "<path d=\"{d}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\"{} marker-end=\"url(#{id}-arrow-{marker})\"/>",
            n(w),
            dash.map(|d| format!(" stroke-dasharray=\"{d}\""))
                .unwrap_or_default()
        ));
    }
    body.push_str("<g class=\"edges\">");
    body.push_str(&edges);
    body.push_str(&transfers);
    body.push_str("</g>");
    // Mechanism labels.
    body.push_str("<g class=\"labels\">");
    for r in &lay.routes {
        let Some(b) = &r.label else { continue };
        let full = g.edges[r.edge].label.as_deref().unwrap_or_default();
        body.push_str(&format!(
            "<g class=\"label\"><title>{}</title>",
            xml_escape(full)
        ));
        let s = Style {
            fill: "#ffffff",
            stroke: RED,
            dash: None,
            width: 1.0,
            text: DARK_RED,
        };
        rect(&mut body, b.x, b.y + dy, b.w, b.h, &s);
        let lm = Metrics {
            pad_x: m.pad_x / 2.0,
            pad_y: m.pad_y / 2.0,
            ..*m
        };
        box_text(&mut body, b, dy, &lm, s.text, s.text);
        body.push_str("</g>");
    }
    body.push_str("</g>");
    // Boxes.
    body.push_str("<g class=\"nodes\">");
    for (i, (node, b)) in g.nodes.iter().zip(&lay.nodes).enumerate() {
        let not_stated = node.id == "dst:not-stated";
        let s = style(node.kind, node.third_country, not_stated);
        let class = match node.kind {
            NodeKind::Organisation => "organisation",
            NodeKind::Activity => "activity",
            NodeKind::Category => "category",
            NodeKind::Recipient(_) => "recipient",
            NodeKind::Destination if node.third_country => "destination third-country",
            NodeKind::Destination => "destination",
        };
        let full = match &node.note {
            Some(note) => format!("{} ({note})", node.title),
            None => node.title.clone(),
        };
        body.push_str(&format!(
            "<g class=\"node {class}\" id=\"{id}-n{i}\"><title>{}</title>",
            xml_escape(&full)
        ));
        rect(&mut body, b.x, b.y + dy, b.w, b.h, &s);
        let note_color = if node.third_country { RED } else { MUTED };
        box_text(&mut body, b, dy, m, s.text, note_color);
        body.push_str("</g>");
    }
    body.push_str("</g>");

    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" id=\"{id}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title\" font-family=\"{FONT}\" font-size=\"12\">",
        w = n(width),
        h = n(height),
    );
    out.push_str(&format!(
        "<title id=\"{id}-title\">{}</title>",
        xml_escape(title)
    ));
    out.push_str("<defs>");
    for (name, color) in [("grey", "#64748b"), ("red", RED)] {
        out.push_str(&format!(
            "<marker id=\"{id}-arrow-{name}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"{color}\"/></marker>"
        ));
    }
    out.push_str("</defs>");
    out.push_str(&format!(
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        n(width),
        n(height)
    ));
    out.push_str(&body);
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_leaves_no_markup_and_no_forbidden_character() {
        assert_eq!(
            xml_escape("<a href=\"x\">&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(xml_escape("a\u{1b}[31mb\u{0}"), "a\u{FFFD}[31mb\u{FFFD}");
        assert_eq!(xml_escape("two\nlines"), "two lines");
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.25), "12.3");
        assert_eq!(n(-0.04), "0");
    }
}
