//! Every built-in theme is readable: each screen of the interface is drawn
//! on the sample register in each theme, and every character on it must
//! stand out from its background by WCAG's contrast ratio — at least 4.5:1
//! (AA) in `dark` and `light`, 7:1 (AAA) in `high-contrast`. Named colours
//! are taken from xterm's default palette and the terminal's own colours
//! (`Reset`) as light grey on black (`ropa::tui::theme::assumed_rgb`).
//!
//! The pairs are read from the drawn cells, not from the theme file, so a
//! widget that draws in a colour of its own, or a style the theme does not
//! know (the terminal's DIM), is caught too.

mod common;

use std::collections::BTreeMap;

use common::interface::keys_ as press;
use ratatui::style::{Color, Modifier};
use ropa::tui::app::App;
use ropa::tui::theme::{EMBEDDED, Theme, contrast};

/// Every (foreground, background) pair drawn under a visible character on
/// the current screen, with one example of the text it was drawn on.
fn pairs(
    app: &mut App,
    theme: &Theme,
    w: u16,
    h: u16,
    out: &mut BTreeMap<(String, String), String>,
    screen: &str,
) {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| ropa::tui::draw(f, app, theme)).expect("draw");
    let buf = t.backend().buffer();
    for y in 0..h {
        for x in 0..w {
            let cell = &buf[(x, y)];
            if cell.symbol().trim().is_empty() {
                continue;
            }
            let (mut fg, mut bg) = (cell.fg, cell.bg);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let mut key_fg = format!("{fg}");
            if cell.modifier.contains(Modifier::DIM) {
                key_fg.push_str(" DIM");
            }
            let row: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
            out.entry((key_fg, format!("{bg}")))
                .or_insert_with(|| format!("{screen}, row {y}: {}", row.trim()));
        }
    }
}

/// The screens a user meets: the lists, the detail view, the problems
/// view, help, search, the form, and a confirmation dialog.
fn all_pairs(theme: &Theme) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for (w, h) in [(80, 24), (120, 40)] {
        let common::interface::Scratch {
            _dir,
            work,
            mut app,
        } = common::interface::scratch();
        let _ = work;
        pairs(&mut app, theme, w, h, &mut out, "organisations");
        press(&mut app, "\n");
        pairs(&mut app, theme, w, h, &mut out, "activities");
        press(&mut app, "jj\n");
        pairs(&mut app, theme, w, h, &mut out, "detail");
        press(&mut app, "e");
        pairs(&mut app, theme, w, h, &mut out, "form");
        press(&mut app, "\x1b");
        pairs(&mut app, theme, w, h, &mut out, "after leaving the form");
        press(&mut app, "\x1b\x1b\x1bp");
        pairs(&mut app, theme, w, h, &mut out, "problems");
        press(&mut app, "?");
        pairs(&mut app, theme, w, h, &mut out, "help");
        press(&mut app, "\x1b\x1b");
        press(&mut app, "/barsel");
        if let Some(req) = app.take_search_request() {
            let register = &app.loaded.as_ref().expect("loaded").register;
            let hits = ropa::register::search::SearchIndex::new(register).search(&req.query, 50);
            app.search_results(req.generation, hits);
        }
        pairs(&mut app, theme, w, h, &mut out, "search");
    }
    out
}

#[test]
fn every_drawn_colour_pair_meets_the_contrast_of_its_theme() {
    let mut failures = Vec::new();
    for (name, _) in EMBEDDED {
        let theme = Theme::embedded(name).expect("built-in theme parses");
        let least = if *name == "high-contrast" { 7.0 } else { 4.5 };
        let found = all_pairs(&theme);
        assert!(found.len() >= 5, "{name}: only {} pairs drawn", found.len());
        for ((fg, bg), example) in &found {
            if fg.ends_with(" DIM") {
                failures.push(format!(
                    "{name}: {fg} on {bg} — the terminal's DIM has no known contrast — {example}"
                ));
                continue;
            }
            let ratio = contrast(parse(fg), parse(bg));
            if ratio < least {
                failures.push(format!(
                    "{name}: {fg} on {bg} is {ratio:.2}:1 < {least}:1 — {example}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A light theme must look light on a dark terminal: no cell of its
/// screens is left in the terminal's own colours.
#[test]
fn painted_themes_leave_no_cell_to_the_terminal() {
    for name in ["light", "high-contrast"] {
        let theme = Theme::embedded(name).expect("theme");
        for (fg, bg) in all_pairs(&theme).keys() {
            assert!(
                fg != "Reset" && bg != "Reset",
                "{name}: a cell in the terminal's own colours ({fg} on {bg})"
            );
        }
    }
}

fn parse(s: &str) -> Color {
    s.parse().unwrap_or(Color::Reset)
}
