//! A layered layout of the data-flow [`Graph`]: one column per
//! [`Column`] that has nodes, boxes sized from their text, and the order
//! within each column chosen to cross few edges.
//!
//! The steps are the usual ones for a layered drawing (Sugiyama et al.):
//! 1. Columns are given by the node kinds; empty ones are left out. An
//!    edge that skips columns gets a point in each column it crosses, so
//!    every piece of it joins neighbouring columns. An edge with a label
//!    (the transfer mechanisms) has the label as a box of its own in the
//!    mechanisms column, so no label covers a node or another label.
//! 2. Order: sweeps left to right and back, each column sorted by the
//!    mean place of its neighbours in the column just placed (the
//!    barycentre); the order with fewest crossings seen is kept.
//! 3. Heights: each box is pulled towards the middle of its neighbours,
//!    then pushed apart so that boxes in a column keep their order and a
//!    gap; the result never overlaps.
//!
//! Text is measured by its length in characters times a width per
//! character ([`Metrics`]), which is all a program without the reader's
//! fonts can know; the widths leave room for wide letters. The result
//! depends only on the graph.

use super::{Column, Graph};

/// Sizes used to measure text and space the picture, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// The width of one character of node text.
    pub char_width: f64,
    /// The height of one line of text.
    pub line_height: f64,
    /// Space between text and the box's side.
    pub pad_x: f64,
    /// Space between text and the box's top and bottom.
    pub pad_y: f64,
    /// Characters on one line of a node before it wraps.
    pub max_chars: usize,
    /// Lines of a node's title at most (the rest is cut with `…`).
    pub max_lines: usize,
    /// Characters on one line of an edge's label.
    pub label_chars: usize,
    /// Horizontal space between two columns.
    pub column_gap: f64,
    /// Vertical space between two boxes in a column.
    pub node_gap: f64,
    /// Space around the picture.
    pub margin: f64,
}

impl Default for Metrics {
    /// Sizes for 12 px sans-serif text.
    fn default() -> Self {
        Metrics {
            char_width: 7.0,
            line_height: 15.0,
            pad_x: 8.0,
            pad_y: 5.0,
            max_chars: 26,
            max_lines: 3,
            label_chars: 30,
            column_gap: 56.0,
            node_gap: 10.0,
            margin: 12.0,
        }
    }
}

/// A box on the picture: a node, or an edge's label.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// The text, wrapped: the title's lines, then the note's, if any.
    pub lines: Vec<String>,
    /// How many of `lines` are the title.
    pub title_lines: usize,
}

impl Placed {
    /// True when the two boxes share some area.
    pub fn overlaps(&self, o: &Placed) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    /// The vertical middle.
    pub fn mid_y(&self) -> f64 {
        self.y + self.h / 2.0
    }
}

/// An edge's way through the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The edge's index in the graph.
    pub edge: usize,
    /// The points the edge passes, left to right: its start at the right
    /// side of the node it leaves, then for each column it crosses the
    /// point where it enters and where it leaves, and its end at the left
    /// side of the node it reaches. From one column to the next an edge is
    /// drawn as a curve; within a column, straight.
    pub points: Vec<(f64, f64)>,
    /// The label's box, for an edge with a label.
    pub label: Option<Placed>,
}

/// A column's place and heading.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnBox {
    /// Which column.
    pub column: Column,
    /// Left.
    pub x: f64,
    /// Width.
    pub w: f64,
}

/// The laid-out picture. Coordinates start at (0, 0), top left.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// The picture's width.
    pub width: f64,
    /// The picture's height.
    pub height: f64,
    /// The columns shown, left to right.
    pub columns: Vec<ColumnBox>,
    /// One box per node of the graph, by index.
    pub nodes: Vec<Placed>,
    /// One route per edge of the graph, by index.
    pub routes: Vec<Route>,
}

/// Wraps `text` at spaces into lines of at most `width` characters
/// (a longer word is cut), `max_lines` at most; text cut short ends in
/// `…`. Runs of white space count as one space.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cut = false;
    'words: for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let cur_len = cur.chars().count();
            let room = if cur_len == 0 {
                width
            } else {
                width.saturating_sub(cur_len + 1)
            };
            if word.len() <= room {
                if cur_len > 0 {
                    cur.push(' ');
                }
                cur.extend(word.iter());
                break;
            }
            if cur_len > 0 {
                lines.push(std::mem::take(&mut cur));
            } else {
                // A word longer than a line: cut it.
                let rest = word.split_off(width - 1);
                let mut piece: String = word.iter().collect();
                piece.push('-');
                lines.push(piece);
                word = rest;
            }
            if lines.len() == max_lines {
                cut = true;
                break 'words;
            }
        }
    }
    if !cut && !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        cut = true;
    }
    if cut && let Some(last) = lines.last_mut() {
        let mut chars: Vec<char> = last.trim_end_matches('-').chars().collect();
        chars.truncate(width - 1);
        while chars.last() == Some(&' ') {
            chars.pop();
        }
        *last = chars.into_iter().collect::<String>() + "…";
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn text_width(lines: &[String], m: &Metrics) -> f64 {
    let chars = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    chars as f64 * m.char_width + 2.0 * m.pad_x
}

/// What a point of the layered drawing is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vertex {
    /// A node of the graph.
    Node(usize),
    /// A point of edge `.0` in a column it crosses; `.1`: it holds the
    /// edge's label.
    Bend(usize, bool),
}

/// Lays `g` out with `m`.
pub fn layout(g: &Graph, m: &Metrics) -> Layout {
    // 1. Columns.
    let labelled = g.edges.iter().any(|e| e.label.is_some());
    let used: Vec<Column> = Column::ALL
        .into_iter()
        .filter(|c| {
            g.nodes.iter().any(|n| n.column == *c) || (*c == Column::Mechanisms && labelled)
        })
        .collect();
    let col_of = |c: Column| used.iter().position(|u| *u == c);
    let layers = used.len();

    let mut verts: Vec<Vertex> = Vec::new();
    let mut layer_of: Vec<usize> = Vec::new();
    let mut size: Vec<(f64, f64)> = Vec::new();
    let mut node_lines: Vec<(Vec<String>, usize)> = Vec::new();
    for n in &g.nodes {
        let mut lines = wrap(&n.title, m.max_chars, m.max_lines);
        let title_lines = lines.len();
        if let Some(note) = &n.note {
            lines.extend(wrap(note, m.max_chars, 2));
        }
        let w = text_width(&lines, m);
        let h = lines.len() as f64 * m.line_height + 2.0 * m.pad_y;
        verts.push(Vertex::Node(verts.len()));
        layer_of.push(col_of(n.column).unwrap_or(0));
        size.push((w, h));
        node_lines.push((lines, title_lines));
    }
    // Edges as chains of neighbouring columns.
    let mut chains: Vec<Vec<usize>> = Vec::with_capacity(g.edges.len());
    let mut label_lines: Vec<Option<Vec<String>>> = vec![None; g.edges.len()];
    let mech = col_of(Column::Mechanisms);
    for (ei, e) in g.edges.iter().enumerate() {
        let (a, b) = (layer_of[e.from], layer_of[e.to]);
        let mut chain = vec![e.from];
        if a < b {
            for l in a + 1..b {
                let holds = e.label.is_some() && Some(l) == mech;
                let (w, h) = if holds {
                    let lines = wrap(e.label.as_deref().unwrap_or_default(), m.label_chars, 6);
                    let w = text_width(&lines, m) - m.pad_x;
                    let h = lines.len() as f64 * m.line_height + m.pad_y;
                    label_lines[ei] = Some(lines);
                    (w, h)
                } else {
                    (0.0, 0.0)
                };
                verts.push(Vertex::Bend(ei, holds));
                layer_of.push(l);
                size.push((w, h));
                chain.push(verts.len() - 1);
            }
        }
        chain.push(e.to);
        chains.push(chain);
    }
    // Neighbours in the column before and after.
    let nv = verts.len();
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); nv];
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); nv];
    for chain in &chains {
        for w in chain.windows(2) {
            if layer_of[w[0]] < layer_of[w[1]] {
                succ[w[0]].push(w[1]);
                pred[w[1]].push(w[0]);
            }
        }
    }

    // 2. Order.
    let mut order: Vec<Vec<usize>> = vec![Vec::new(); layers];
    for (v, &l) in layer_of.iter().enumerate() {
        order[l].push(v);
    }
    let mut pos = vec![0usize; nv];
    let set_pos = |order: &Vec<Vec<usize>>, pos: &mut Vec<usize>| {
        for col in order {
            for (i, &v) in col.iter().enumerate() {
                pos[v] = i;
            }
        }
    };
    set_pos(&order, &mut pos);
    let mut best = order.clone();
    let mut best_crossings = crossings(&order, &succ, &pos);
    const SWEEPS: usize = 12;
    for sweep in 0..SWEEPS {
        let down = sweep % 2 == 0;
        let range: Vec<usize> = if down {
            (1..layers).collect()
        } else {
            (0..layers.saturating_sub(1)).rev().collect()
        };
        for l in range {
            let nbrs = if down { &pred } else { &succ };
            let mut keyed: Vec<(f64, usize, usize)> = order[l]
                .iter()
                .enumerate()
                .map(|(i, &v)| {
                    let n = &nbrs[v];
                    let key = if n.is_empty() {
                        i as f64
                    } else {
                        // Scaled to this column's length, so a vertex
                        // without neighbours keeps its place among them.
                        let other = order[layer_of[n[0]]].len().max(1) as f64;
                        let mean = n.iter().map(|&u| pos[u] as f64).sum::<f64>() / n.len() as f64;
                        (mean + 0.5) / other * order[l].len() as f64 - 0.5
                    };
                    (key, i, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            order[l] = keyed.into_iter().map(|k| k.2).collect();
            for (i, &v) in order[l].iter().enumerate() {
                pos[v] = i;
            }
        }
        let c = crossings(&order, &succ, &pos);
        if c < best_crossings {
            best_crossings = c;
            best = order.clone();
        }
    }
    let order = best;
    set_pos(&order, &mut pos);

    // Columns' x.
    let col_w: Vec<f64> = (0..layers)
        .map(|l| order[l].iter().map(|&v| size[v].0).fold(0.0, f64::max))
        .collect();
    let mut col_x = Vec::with_capacity(layers);
    let mut x = m.margin;
    for w in &col_w {
        col_x.push(x);
        x += w + m.column_gap;
    }
    let width = (x - m.column_gap + m.margin).max(2.0 * m.margin);

    // 3. Heights: centres.
    let sep = |a: usize, b: usize| -> f64 {
        let gap = match (verts[a], verts[b]) {
            (Vertex::Bend(_, false), _) | (_, Vertex::Bend(_, false)) => m.node_gap / 2.5,
            _ => m.node_gap,
        };
        (size[a].1 + size[b].1) / 2.0 + gap
    };
    let mut cy = vec![0.0f64; nv];
    for col in &order {
        let mut y = 0.0;
        for (i, &v) in col.iter().enumerate() {
            if i > 0 {
                y += sep(col[i - 1], v);
            }
            cy[v] = y;
        }
    }
    // Centre every column on the tallest.
    let extent = |col: &Vec<usize>, cy: &Vec<f64>| match (col.first(), col.last()) {
        (Some(&a), Some(&b)) => (cy[a] - size[a].1 / 2.0, cy[b] + size[b].1 / 2.0),
        _ => (0.0, 0.0),
    };
    let tallest = order
        .iter()
        .map(|c| {
            let (a, b) = extent(c, &cy);
            b - a
        })
        .fold(0.0, f64::max);
    for col in &order {
        let (a, b) = extent(col, &cy);
        let shift = (tallest - (b - a)) / 2.0;
        for &v in col {
            cy[v] += shift;
        }
    }
    const ROUNDS: usize = 8;
    for round in 0..ROUNDS * 2 {
        let down = round % 2 == 0;
        let range: Vec<usize> = if down {
            (1..layers).collect()
        } else {
            (0..layers.saturating_sub(1)).rev().collect()
        };
        for l in range {
            let nbrs = if down { &pred } else { &succ };
            let col = &order[l];
            let want: Vec<f64> = col
                .iter()
                .map(|&v| {
                    let n = &nbrs[v];
                    if n.is_empty() {
                        cy[v]
                    } else {
                        n.iter().map(|&u| cy[u]).sum::<f64>() / n.len() as f64
                    }
                })
                .collect();
            let k = col.len();
            let mut fwd = want.clone();
            for i in 1..k {
                fwd[i] = fwd[i].max(fwd[i - 1] + sep(col[i - 1], col[i]));
            }
            let mut bwd = want;
            for i in (0..k.saturating_sub(1)).rev() {
                bwd[i] = bwd[i].min(bwd[i + 1] - sep(col[i], col[i + 1]));
            }
            for i in 0..k {
                cy[col[i]] = (fwd[i] + bwd[i]) / 2.0;
            }
        }
    }
    // To the top margin; round to tenths so the picture's text is stable.
    let top = (0..nv)
        .map(|v| cy[v] - size[v].1 / 2.0)
        .fold(f64::INFINITY, f64::min);
    let shift = if top.is_finite() { m.margin - top } else { 0.0 };
    let round = |v: f64| (v * 10.0).round() / 10.0;
    for v in cy.iter_mut() {
        *v = round(*v + shift);
    }
    let height = (0..nv).map(|v| cy[v] + size[v].1 / 2.0).fold(0.0, f64::max) + m.margin;

    let nodes: Vec<Placed> = (0..g.nodes.len())
        .map(|v| {
            let (w, h) = size[v];
            let (lines, title_lines) = node_lines[v].clone();
            Placed {
                x: round(col_x[layer_of[v]]),
                y: round(cy[v] - h / 2.0),
                w: round(w),
                h: round(h),
                lines,
                title_lines,
            }
        })
        .collect();
    let routes: Vec<Route> = chains
        .iter()
        .enumerate()
        .map(|(ei, chain)| {
            let mut points = Vec::new();
            let mut label = None;
            for (i, &v) in chain.iter().enumerate() {
                let l = layer_of[v];
                let (left, right) = (col_x[l], col_x[l] + col_w[l]);
                if i == 0 {
                    points.push((round(nodes[v].x + nodes[v].w), cy[v]));
                    points.push((round(right), cy[v]));
                } else if i + 1 == chain.len() {
                    points.push((round(left), cy[v]));
                } else {
                    points.push((round(left), cy[v]));
                    points.push((round(right), cy[v]));
                    if let (Vertex::Bend(_, true), Some(lines)) = (verts[v], &label_lines[ei]) {
                        let (w, h) = size[v];
                        label = Some(Placed {
                            x: round(left + (col_w[l] - w) / 2.0),
                            y: round(cy[v] - h / 2.0),
                            w: round(w),
                            h: round(h),
                            title_lines: lines.len(),
                            lines: lines.clone(),
                        });
                    }
                }
            }
            Route {
                edge: ei,
                points,
                label,
            }
        })
        .collect();
    Layout {
        width: round(width),
        height: round(height.max(2.0 * m.margin)),
        columns: (0..layers)
            .map(|l| ColumnBox {
                column: used[l],
                x: round(col_x[l]),
                w: round(col_w[l]),
            })
            .collect(),
        nodes,
        routes,
    }
}

/// The number of pairs of edge pieces that cross between neighbouring
/// columns.
fn crossings(order: &[Vec<usize>], succ: &[Vec<usize>], pos: &[usize]) -> usize {
    let mut total = 0;
    for col in order {
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &u in col {
            for &v in &succ[u] {
                pairs.push((pos[u], pos[v]));
            }
        }
        pairs.sort_unstable();
        let mut seq: Vec<usize> = pairs.into_iter().map(|p| p.1).collect();
        total += inversions(&mut seq);
    }
    total
}

/// Counts the pairs out of order in `v` (and sorts it), by merge sort.
fn inversions(v: &mut [usize]) -> usize {
    let n = v.len();
    if n < 2 {
        return 0;
    }
    let mid = n / 2;
    let mut count = inversions(&mut v[..mid]) + inversions(&mut v[mid..]);
    let mut merged = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if v[j] < v[i] {
            // Strictly smaller: equal targets do not cross.
            count += mid - i;
            merged.push(v[j]);
            j += 1;
        } else {
            merged.push(v[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..n]);
    v.copy_from_slice(&merged);
    count
}

#[cfg(test)]
mod tests {
    use super::super::{Edge, Node, NodeKind};
    use super::*;
    use crate::register::model::RecipientKind;

    fn node(id: &str, column: Column, title: &str) -> Node {
        Node {
            id: id.into(),
            kind: match column {
                Column::Activities => NodeKind::Activity,
                Column::Categories => NodeKind::Category,
                Column::Destinations => NodeKind::Destination,
                _ => NodeKind::Recipient(RecipientKind::Processor),
            },
            column,
            title: title.into(),
            note: None,
            third_country: false,
        }
    }

    fn edge(from: usize, to: usize, label: Option<&str>) -> Edge {
        Edge {
            from,
            to,
            label: label.map(str::to_string),
            transfer: label.is_some(),
        }
    }

    #[test]
    fn wraps_at_spaces_and_cuts_with_an_ellipsis() {
        assert_eq!(wrap("a b c", 10, 3), vec!["a b c"]);
        assert_eq!(
            wrap("hello there world", 11, 3),
            vec!["hello there", "world"]
        );
        assert_eq!(wrap("one two three four", 7, 2), vec!["one two", "three…"]);
        assert_eq!(wrap("abcdefghijkl", 5, 3), vec!["abcd-", "efgh-", "ijkl"]);
        assert_eq!(wrap("", 5, 3), vec![""]);
        for l in wrap(
            "andre personer, der deltager i onlinetilbuddet og mere",
            12,
            3,
        ) {
            assert!(l.chars().count() <= 12, "{l}");
        }
    }

    #[test]
    fn inversions_count_crossings() {
        assert_eq!(inversions(&mut [0, 1, 2]), 0);
        assert_eq!(inversions(&mut [2, 1, 0]), 3);
        assert_eq!(inversions(&mut [1, 1, 0]), 2);
    }

    /// Two activities sending to two recipients listed the other way
    /// round: the crossing is undone.
    #[test]
    fn barycentre_ordering_removes_a_crossing() {
        let g = Graph {
            nodes: vec![
                node("a", Column::Activities, "A"),
                node("b", Column::Activities, "B"),
                node("y", Column::Recipients, "Y"),
                node("x", Column::Recipients, "X"),
            ],
            edges: vec![edge(0, 3, None), edge(1, 2, None)],
        };
        let l = layout(&g, &Metrics::default());
        // a → x and b → y: x must be level with or above y when a is above b.
        let (a, b) = (&l.nodes[0], &l.nodes[1]);
        let (y, x) = (&l.nodes[2], &l.nodes[3]);
        assert_eq!(a.y < b.y, x.y < y.y, "{l:?}");
    }

    #[test]
    fn boxes_never_overlap_and_fit_their_text() {
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for i in 0..12 {
            nodes.push(node(
                &format!("a{i}"),
                Column::Activities,
                &"activity ".repeat(i % 5 + 1),
            ));
        }
        for i in 0..7 {
            nodes.push(node(
                &format!("r{i}"),
                Column::Recipients,
                "a recipient with a long name",
            ));
        }
        for i in 0..3 {
            nodes.push(node(&format!("d{i}"), Column::Destinations, "US"));
        }
        for i in 0..12 {
            edges.push(edge(i, 12 + (i * 5) % 7, None));
            edges.push(edge(i, 12 + (i * 3 + 1) % 7, None));
        }
        for i in 0..7 {
            edges.push(edge(
                12 + i,
                19 + i % 3,
                (i % 2 == 0).then_some("SCC, 2021/914, module 2"),
            ));
        }
        let m = Metrics::default();
        let l = layout(&g_of(nodes, edges), &m);
        let mut boxes: Vec<&Placed> = l.nodes.iter().collect();
        boxes.extend(l.routes.iter().filter_map(|r| r.label.as_ref()));
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
            assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + a.w <= l.width && a.y + a.h <= l.height);
            let longest = a.lines.iter().map(|s| s.chars().count()).max().unwrap_or(0);
            assert!(a.w + 0.05 >= longest as f64 * m.char_width, "{a:?}");
        }
        // Labels sit in the mechanisms column, between the recipients and
        // the countries.
        let mech = l
            .columns
            .iter()
            .find(|c| c.column == Column::Mechanisms)
            .expect("mechanisms column");
        for r in &l.routes {
            if let Some(b) = &r.label {
                assert!(b.x >= mech.x && b.x + b.w <= mech.x + mech.w + 0.1);
            }
            // Routes run left to right.
            for w in r.points.windows(2) {
                assert!(w[0].0 <= w[1].0 + 0.05, "{r:?}");
            }
        }
    }

    /// Six activities each sending to one of six recipients listed in the
    /// opposite order: every pair crosses as given (15 crossings), none
    /// once ordered; and a chain through three columns stays uncrossed.
    #[test]
    fn a_reversed_matching_is_untangled() {
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for i in 0..6 {
            nodes.push(node(&format!("a{i}"), Column::Activities, &format!("A{i}")));
        }
        for i in 0..6 {
            nodes.push(node(&format!("r{i}"), Column::Recipients, &format!("R{i}")));
        }
        for i in 0..6 {
            nodes.push(node(
                &format!("d{i}"),
                Column::Destinations,
                &format!("D{i}"),
            ));
        }
        for i in 0..6 {
            edges.push(edge(i, 6 + (5 - i), None));
            edges.push(edge(6 + i, 12 + (5 - i), None));
        }
        let l = layout(&g_of(nodes, edges.clone()), &Metrics::default());
        let mut crossings = 0;
        for (i, a) in edges.iter().enumerate() {
            for b in &edges[i + 1..] {
                let (ya, yb) = (l.nodes[a.from].y, l.nodes[b.from].y);
                let (za, zb) = (l.nodes[a.to].y, l.nodes[b.to].y);
                // Only edges between the same two columns can cross.
                let same_columns = (a.from < 6) == (b.from < 6);
                if same_columns && (ya < yb) != (za < zb) {
                    crossings += 1;
                }
            }
        }
        assert_eq!(crossings, 0, "{l:?}");
    }

    fn g_of(nodes: Vec<Node>, edges: Vec<Edge>) -> Graph {
        Graph { nodes, edges }
    }

    #[test]
    fn same_graph_same_layout() {
        let g = Graph {
            nodes: vec![
                node("a", Column::Activities, "A"),
                node("c", Column::Categories, "Name"),
                node("d", Column::Destinations, "Denmark"),
            ],
            edges: vec![edge(0, 1, None), edge(1, 2, None)],
        };
        assert_eq!(
            layout(&g, &Metrics::default()),
            layout(&g, &Metrics::default())
        );
    }

    #[test]
    fn an_empty_graph_has_a_small_empty_picture() {
        let l = layout(&Graph::default(), &Metrics::default());
        assert!(l.nodes.is_empty() && l.columns.is_empty());
        assert!(l.width > 0.0 && l.height > 0.0);
    }
}
