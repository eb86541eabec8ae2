//! The map screen: where the data go, for one organisation or the whole
//! register, as a tree grouped by destination (third countries first, in
//! red), then recipient, then the activities that give it data, each with
//! its categories of data and the transfer mechanism. Enter on an activity
//! opens it (by id); on a destination or a recipient it folds or unfolds
//! it. The flows come from [`crate::register::dataflow`], as the HTML
//! export's picture does.

use std::collections::BTreeSet;
use std::sync::Arc;

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState};

use super::app::{Action, App, Screen};
use super::keys::Context;
use super::theme::Theme;
use crate::register::dataflow::layout::wrap;
use crate::register::dataflow::{self, Scope, mechanisms_label};
use crate::register::export::labels::Labels;
use crate::register::lang::{tr, tr_args};
use crate::text::printable;

/// What the map screen keeps between draws: the destinations and
/// recipients folded, by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MapState {
    /// Folded rows' keys (see [`Row::key`]).
    pub folded: BTreeSet<String>,
    /// The width of the list's text the last draw had (long lines are
    /// wrapped to it; 0 before the first draw).
    pub width: u16,
    /// The rows last made, and what they were made for: a map of a large
    /// register takes a while to make, and each key and each draw needs
    /// it. Emptied whenever the loaded records change
    /// ([`MapState::forget`]).
    cache: Option<(CacheKey, Arc<Vec<Row>>)>,
}

/// What the map's rows depend on besides the records.
#[derive(Debug, Clone, PartialEq, Eq)]
struct CacheKey {
    org: Option<String>,
    width: u16,
    folded: BTreeSet<String>,
    lang: crate::register::lang::Lang,
}

impl MapState {
    /// Forgets the rows made: the records they were made from changed.
    pub fn forget(&mut self) {
        self.cache = None;
    }
}

/// How a piece of a row is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Plain,
    Heading,
    Third,
    Dim,
    Label,
}

/// What a row stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowKind {
    /// A destination (foldable).
    Destination,
    /// A recipient under a destination (foldable).
    Recipient,
    /// An activity giving the recipient data: Enter opens it.
    Activity {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
    },
    /// A line about the activity above (its data, its transfer): Enter
    /// opens that activity.
    Detail {
        /// Organisation id.
        org: String,
        /// Activity id.
        act: String,
    },
    /// A recipient no activity gives data to.
    Idle,
    /// Nothing to show.
    Empty,
}

/// One row of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What it stands for.
    pub kind: RowKind,
    /// The fold key of a destination or recipient row.
    pub key: Option<String>,
    /// Folded (a destination or recipient whose rows are hidden).
    pub folded: bool,
    pieces: Vec<(String, Tone)>,
    /// The pieces cut first, in order, when the row is too wide (the
    /// organisation beside a recipient, then the row's name), so that
    /// what follows them (a count) stays in sight.
    cuts: Vec<usize>,
}

impl Row {
    /// The row's text, as shown.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.0.as_str()).collect()
    }
}

fn scope_of(org: Option<&str>) -> Scope<'_> {
    match org {
        Some(o) => Scope::Organisation(o),
        None => Scope::Register,
    }
}

/// The rows of the map of `org` (the whole register when `None`), with
/// the rows under folded keys left out.
pub fn rows(app: &App, org: Option<&str>) -> Vec<Row> {
    let Some(loaded) = app.loaded.as_ref() else {
        return Vec::new();
    };
    let lang = app.lang;
    let l = Labels::new(lang);
    let folded = &app.map.folded;
    let width = usize::from(if app.map.width == 0 {
        78
    } else {
        app.map.width
    });
    // A line about an activity, wrapped under it.
    let detail = |out: &mut Vec<Row>, org: &str, act: &str, text: String, tone: Tone| {
        let lines = wrap(&text, width.saturating_sub(10).max(20), usize::MAX);
        for (i, line) in lines.into_iter().enumerate() {
            out.push(Row {
                kind: RowKind::Detail {
                    org: org.to_string(),
                    act: act.to_string(),
                },
                key: None,
                folded: false,
                pieces: vec![
                    (
                        if i == 0 { "        " } else { "          " }.to_string(),
                        Tone::Plain,
                    ),
                    (line, tone),
                ],
                cuts: Vec::new(),
            });
        }
    };
    let flows = dataflow::flows(&loaded.register, scope_of(org));
    let groups = dataflow::by_destination(&flows);
    let whole = org.is_none();
    let org_name = |id: &str| -> String {
        flows
            .organisations
            .iter()
            .find(|(i, _)| i == id)
            .map_or_else(|| id.to_string(), |(_, n)| n.clone())
    };
    let mut out = Vec::new();
    if groups.is_empty() {
        out.push(Row {
            kind: RowKind::Empty,
            key: None,
            folded: false,
            pieces: vec![(tr(lang, "tui-map-empty"), Tone::Dim)],
            cuts: Vec::new(),
        });
        return out;
    }
    for g in &groups {
        let dkey = g.destination.key();
        let dfold = folded.contains(&dkey);
        let third = g.destination.is_third_country();
        let mut pieces = vec![(if dfold { "▸ " } else { "▾ " }.to_string(), Tone::Dim)];
        if third {
            pieces.push((format!("{} · ", tr(lang, "tui-map-third")), Tone::Third));
        }
        let cuts = vec![pieces.len()];
        pieces.push((
            super::keybar::ellipsis(
                &printable(&g.destination.label(lang)),
                width.saturating_sub(36).max(20),
            ),
            if third { Tone::Third } else { Tone::Heading },
        ));
        pieces.push((
            format!(
                "  {}",
                tr_args(
                    lang,
                    "tui-map-recipients",
                    &[("count", g.recipients.len().into())]
                )
            ),
            Tone::Dim,
        ));
        out.push(Row {
            kind: RowKind::Destination,
            key: Some(dkey.clone()),
            folded: dfold,
            pieces,
            cuts,
        });
        if dfold {
            continue;
        }
        for r in &g.recipients {
            let rid = r.recipient.as_ref().map_or("-", |x| x.id.as_str());
            let rkey = format!("{dkey}/{}/{rid}", r.org);
            let rfold = folded.contains(&rkey);
            let name = match &r.recipient {
                Some(x) => printable(&x.name),
                None => tr(lang, "map-recipient-not-stated"),
            };
            let mut pieces = vec![
                (
                    if r.activities.is_empty() {
                        "    ".to_string()
                    } else if rfold {
                        "  ▸ ".to_string()
                    } else {
                        "  ▾ ".to_string()
                    },
                    Tone::Dim,
                ),
                (name, Tone::Label),
            ];
            if let Some(x) = &r.recipient {
                pieces.push((format!(" · {}", l.recipient_kind(x.kind)), Tone::Dim));
            }
            let mut cuts = vec![1];
            if whole {
                cuts.insert(0, pieces.len());
                pieces.push((format!(" · {}", printable(&org_name(&r.org))), Tone::Dim));
            }
            if r.activities.is_empty() {
                pieces.push((format!(" — {}", tr(lang, "tui-map-idle")), Tone::Dim));
            } else {
                pieces.push((
                    format!(
                        "  {}",
                        tr_args(
                            lang,
                            "tui-map-activities",
                            &[("count", r.activities.len().into())]
                        )
                    ),
                    Tone::Dim,
                ));
            }
            out.push(Row {
                kind: if r.activities.is_empty() {
                    RowKind::Idle
                } else {
                    RowKind::Recipient
                },
                key: Some(rkey),
                folded: rfold,
                pieces,
                cuts,
            });
            if rfold {
                continue;
            }
            for s in &r.activities {
                let (o, a) = (s.org.clone(), s.activity.clone());
                let mut pieces = vec![
                    ("      ".to_string(), Tone::Plain),
                    (printable(&s.activity_name), Tone::Plain),
                ];
                if let Some(p) = &s.via {
                    let pname = flows
                        .flows
                        .iter()
                        .filter_map(|f| f.recipient.as_ref())
                        .find(|x| &x.id == p)
                        .map_or(p.as_str(), |x| x.name.as_str());
                    pieces.push((
                        format!(
                            " ({})",
                            tr_args(
                                lang,
                                "tui-map-via",
                                &[("processor", printable(pname).into())]
                            )
                        ),
                        Tone::Dim,
                    ));
                }
                out.push(Row {
                    kind: RowKind::Activity {
                        org: o.clone(),
                        act: a.clone(),
                    },
                    key: None,
                    folded: false,
                    pieces,
                    cuts: vec![1],
                });
                let mut cats: Vec<String> = s.categories.iter().map(|c| printable(c)).collect();
                if s.data_not_stated {
                    cats.push(tr(lang, "map-data-not-stated").to_lowercase());
                }
                detail(
                    &mut out,
                    &o,
                    &a,
                    tr_args(
                        lang,
                        "tui-map-data",
                        &[("categories", cats.join(", ").into())],
                    ),
                    Tone::Dim,
                );
                if s.transfer {
                    detail(
                        &mut out,
                        &o,
                        &a,
                        tr_args(
                            lang,
                            "tui-map-transfer",
                            &[(
                                "mechanisms",
                                printable(&mechanisms_label(&s.mechanisms, lang)).into(),
                            )],
                        ),
                        if third { Tone::Third } else { Tone::Dim },
                    );
                }
            }
        }
    }
    out
}

/// The title of the map of `org` (the whole register when `None`).
fn title(app: &App, org: Option<&str>) -> String {
    match org {
        Some(id) => {
            let name = app
                .org(id)
                .map_or_else(|| id.to_string(), |o| o.org.name.clone());
            tr_args(
                app.lang,
                "tui-map-title",
                &[("name", printable(&name).into())],
            )
        }
        None => tr(app.lang, "tui-map-title-register"),
    }
}

fn style(theme: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => theme.text(),
        Tone::Heading => theme.heading(),
        Tone::Third => theme.error().add_modifier(Modifier::BOLD),
        Tone::Dim => theme.dim(),
        Tone::Label => theme.label(),
    }
}

/// Draws the map of `org` (the whole register when `None`).
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme, org: Option<&str>) {
    // The list's text is the area less its border and the highlight's
    // room.
    app.map.width = area.width.saturating_sub(2);
    let rows = app.map_rows_of(org);
    let app = &*app;
    let room = usize::from(area.width.saturating_sub(2));
    let items: Vec<ListItem> = rows
        .iter()
        .map(|r| {
            ListItem::new(Line::from(
                fitted(&r.pieces, &r.cuts, room)
                    .into_iter()
                    .map(|(t, tone)| Span::styled(t, style(theme, tone)))
                    .collect::<Vec<_>>(),
            ))
        })
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" {} ", title(app, org)))
        .border_style(theme.border());
    let list = List::new(items)
        .block(block)
        .highlight_style(theme.selected());
    let sel = app.selection().min(rows.len().saturating_sub(1));
    let mut state = ListState::default().with_selected(Some(sel));
    f.render_stateful_widget(list, area, &mut state);
}

/// The fewest columns a piece is cut to (its "…" included) before the
/// next piece, or the end of the row, is cut instead.
const NAME_MIN: usize = 8;

/// A row's pieces cut to `room` columns, "…" marking where text was cut
/// (the terminal would cut it without a sign): the pieces of `cuts` first,
/// in order, each down to [`NAME_MIN`] columns, so that the count after
/// them stays; then, where that is not enough, the end of the row.
fn fitted(pieces: &[(String, Tone)], cuts: &[usize], room: usize) -> Vec<(String, Tone)> {
    use unicode_width::UnicodeWidthStr;
    let total: usize = pieces.iter().map(|(t, _)| t.width()).sum();
    if total <= room {
        return pieces.to_vec();
    }
    if let Some((&i, rest)) = cuts.split_first() {
        let mut cut = pieces.to_vec();
        if let Some(piece) = cut.get_mut(i)
            && piece.0.width() > NAME_MIN
        {
            let keep = (piece.0.width() + room).saturating_sub(total).max(NAME_MIN);
            piece.0 = super::keybar::ellipsis(&piece.0, keep);
        }
        return fitted(&cut, rest, room);
    }
    let mut out: Vec<(String, Tone)> = Vec::new();
    let mut left = room;
    for (t, tone) in pieces {
        let w = t.width();
        if w < left {
            out.push((t.clone(), *tone));
            left -= w;
            continue;
        }
        // This piece reaches the edge and more follows: cut it, with
        // room for the "…".
        out.push((super::keybar::ellipsis(&format!("{t}…"), left), *tone));
        break;
    }
    out
}

/// The organisation a map screen shows (`None`: the whole register).
fn map_org(screen: &Screen) -> Option<Option<String>> {
    match screen {
        Screen::Map { org } => Some(org.clone()),
        _ => None,
    }
}

impl App {
    /// Opens the map: of the organisation shown or selected, or, from the
    /// list of organisations, of the whole register.
    pub fn open_map(&mut self) {
        let org = match self.screen() {
            Screen::Organisations => None,
            Screen::Activities { org } | Screen::Organisation { org } => Some(org),
            _ => return,
        };
        self.stack.push(Screen::Map { org });
        self.selected.push(0);
        self.scroll = 0;
    }

    /// The rows of the map screen shown (none on another screen).
    pub fn map_rows(&self) -> Vec<Row> {
        match map_org(&self.screen()) {
            Some(org) => match self.map_cached(org.as_deref()) {
                Some(rows) => rows.as_ref().clone(),
                None => rows(self, org.as_deref()),
            },
            None => Vec::new(),
        }
    }

    /// How many rows the map screen shown has.
    pub fn map_len(&self) -> usize {
        match map_org(&self.screen()) {
            Some(org) => match self.map_cached(org.as_deref()) {
                Some(rows) => rows.len(),
                None => rows(self, org.as_deref()).len(),
            },
            None => 0,
        }
    }

    fn map_key_for(&self, org: Option<&str>) -> CacheKey {
        CacheKey {
            org: org.map(str::to_string),
            width: self.map.width,
            folded: self.map.folded.clone(),
            lang: self.lang,
        }
    }

    fn map_cached(&self, org: Option<&str>) -> Option<Arc<Vec<Row>>> {
        let key = self.map_key_for(org);
        match &self.map.cache {
            Some((k, rows)) if *k == key => Some(Arc::clone(rows)),
            _ => None,
        }
    }

    /// The rows of the map of `org`, made once for the records, width,
    /// folds and language they are for.
    fn map_rows_of(&mut self, org: Option<&str>) -> Arc<Vec<Row>> {
        if let Some(rows) = self.map_cached(org) {
            return rows;
        }
        let made = Arc::new(rows(self, org));
        self.map.cache = Some((self.map_key_for(org), Arc::clone(&made)));
        made
    }

    /// Handles a key on the map screen: the moving keys move, Enter opens
    /// the activity of the row (or folds a destination or recipient), Esc
    /// goes back. Returns false for keys the map does not take.
    pub fn map_key(&mut self, key: KeyEvent) -> bool {
        if self.help || self.confirm.is_some() || map_org(&self.screen()).is_none() {
            return false;
        }
        let Some(action) = self.keys.action_in(key, Context::Map) else {
            return false;
        };
        let Some(org) = map_org(&self.screen()) else {
            return false;
        };
        let rows = self.map_rows_of(org.as_deref());
        let last = rows.len().saturating_sub(1);
        let sel = self.selection().min(last);
        let to = match action {
            Action::Up => sel.saturating_sub(1),
            Action::Down => (sel + 1).min(last),
            Action::PageUp => sel.saturating_sub(self.page),
            Action::PageDown => (sel + self.page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Open => {
                match rows.get(sel).map(|r| r.kind.clone()) {
                    Some(RowKind::Activity { org, act } | RowKind::Detail { org, act })
                        if self.activity(&org, &act).is_some() =>
                    {
                        self.stack.push(Screen::Detail { org, act });
                        self.selected.push(0);
                        self.scroll = 0;
                    }
                    Some(RowKind::Destination | RowKind::Recipient) => {
                        if let Some(k) = rows.get(sel).and_then(|r| r.key.clone())
                            && !self.map.folded.remove(&k)
                        {
                            self.map.folded.insert(k);
                        }
                    }
                    _ => {}
                }
                return true;
            }
            _ => return false,
        };
        if let Some(s) = self.selected.last_mut() {
            *s = to;
        }
        true
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_row_too_wide_is_cut_with_an_ellipsis_within_its_room() {
        use unicode_width::UnicodeWidthStr;
        let pieces = vec![
            ("  ▾ ".to_string(), Tone::Dim),
            ("Zoom Video Communications, Inc.".to_string(), Tone::Label),
            (" · Databehandler · Djøf".to_string(), Tone::Dim),
            ("  2 aktiviteter".to_string(), Tone::Dim),
        ];
        let all: usize = pieces.iter().map(|(t, _)| t.width()).sum();
        assert_eq!(fitted(&pieces, &[], all), pieces, "a row that fits is kept");
        for room in [10, 30, 40, all - 1] {
            let cut = fitted(&pieces, &[], room);
            let text: String = cut.iter().map(|(t, _)| t.as_str()).collect();
            assert!(text.width() <= room, "{room}: {text}");
            assert!(text.ends_with('…'), "{room}: {text}");
        }
        // With the name known, the name is cut and the count kept, as
        // long as the name keeps a few columns.
        for room in [50, 60, all - 1] {
            let cut = fitted(&pieces, &[1], room);
            let text: String = cut.iter().map(|(t, _)| t.as_str()).collect();
            assert_eq!(text.width(), room, "{room}: {text}");
            assert!(text.ends_with("  2 aktiviteter"), "{room}: {text}");
            assert!(cut[1].0.ends_with('…'), "{room}: {text}");
            assert_eq!(cut[2].0, " · Databehandler · Djøf");
        }
        // The organisation beside the name is cut before the name.
        let cut = fitted(&pieces, &[2, 1], 60);
        let text: String = cut.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(text.width(), 60, "{text}");
        assert_eq!(cut[1].0, "Zoom Video Communications, Inc.");
        assert!(cut[2].0.ends_with('…') && text.ends_with("  2 aktiviteter"));
        for room in [10, 30] {
            let cut = fitted(&pieces, &[1], room);
            let text: String = cut.iter().map(|(t, _)| t.as_str()).collect();
            assert!(text.width() <= room, "{room}: {text}");
            assert!(text.ends_with('…'), "{room}: {text}");
        }
    }

    use super::*;
    use crate::register::load::load;

    fn app() -> App {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut app = App::new(root.display().to_string());
        app.set_loaded(load(&root).expect("sample"));
        app
    }

    #[test]
    fn third_countries_come_first_with_their_mechanism() {
        let app = app();
        let rows = rows(&app, Some("djoef"));
        assert_eq!(rows[0].kind, RowKind::Destination);
        assert!(rows[0].text().contains("lande uden for EU/EØS"));
        assert!(rows[0].text().contains("third country"));
        assert!(
            rows.iter()
                .any(|r| r.text().contains("transfer: Standard contractual clauses"))
        );
        // The whole register names the organisation of each recipient.
        let all = super::rows(&app, None);
        assert!(all.iter().any(|r| r.text().contains("· Djøf")));
    }

    #[test]
    fn enter_folds_a_destination_and_opens_an_activity() {
        let mut app = app();
        app.stack.push(Screen::Organisation {
            org: "djoef".into(),
        });
        app.selected.push(0);
        app.open_map();
        assert_eq!(
            app.screen(),
            Screen::Map {
                org: Some("djoef".into())
            }
        );
        let enter = KeyEvent::from(ratatui::crossterm::event::KeyCode::Enter);
        let before = app.map_rows().len();
        assert!(app.map_key(enter));
        assert!(app.map_rows().len() < before, "folded");
        assert!(app.map_key(enter));
        assert_eq!(app.map_rows().len(), before, "unfolded");
        let at = app
            .map_rows()
            .iter()
            .position(|r| matches!(r.kind, RowKind::Activity { .. }))
            .expect("an activity row");
        *app.selected.last_mut().expect("selection") = at;
        assert!(app.map_key(enter));
        assert_eq!(
            app.screen(),
            Screen::Detail {
                org: "djoef".into(),
                act: "zoom-onlinetilbud".into()
            }
        );
    }

    #[test]
    fn a_new_load_makes_the_rows_again() {
        let mut app = app();
        app.open_map();
        assert_eq!(app.screen(), Screen::Map { org: None });
        let down = KeyEvent::from(ratatui::crossterm::event::KeyCode::Down);
        assert!(app.map_key(down));
        let before = app.map_rows();
        assert!(before.iter().any(|r| r.text().contains("Djøf")));
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut loaded = load(&root).expect("sample");
        loaded
            .register
            .organisations
            .retain(|o| o.org.id != "djoef");
        app.set_loaded(loaded);
        let after = app.map_rows();
        assert!(!after.iter().any(|r| r.text().contains("Djøf")));
        assert_ne!(before.len(), after.len());
    }
}
