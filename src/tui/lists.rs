//! The organisation and activity lists.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Row, Table, TableState};

use super::app::App;
use super::records::{ActRow, OrgRow};
use super::theme::Theme;
use crate::register::export::labels::Labels;
use crate::register::load::LoadError;
use crate::register::model::{Art6, DataKind, NationalIdScheme};
use crate::text::printable;
use unicode_width::UnicodeWidthStr;

/// Columns of the activities list's Art. 6(1) letters (`a,c,e`).
const ART6: usize = 9;
/// Columns of its markers (three letters).
const MARKERS: usize = 3;
/// Columns of its finding counts (`✖ 1  ▲ 3`).
const FINDINGS: usize = 8;

/// The letter of an Art. 6(1) basis, as the list's column shows it.
fn art6_letter(a: Art6) -> &'static str {
    match a {
        Art6::A => "a",
        Art6::B => "b",
        Art6::C => "c",
        Art6::D => "d",
        Art6::E => "e",
        Art6::F => "f",
    }
}

/// Errors and warnings of a row, with the problems view's markers (✖ ▲)
/// rather than letters: the same in every language, and not told apart
/// by colour alone.
fn counts_cell(theme: &Theme, (e, w): (usize, usize)) -> Line<'static> {
    let mut spans = Vec::new();
    if e > 0 {
        spans.push(Span::styled(format!("✖ {e}  "), theme.error()));
    }
    if w > 0 {
        spans.push(Span::styled(format!("▲ {w}"), theme.warning()));
    }
    Line::from(spans)
}

/// A file that does not parse, as a list row's first cell: its name and
/// where and why it does not parse.
fn broken_cell(theme: &Theme, name: &str, e: &LoadError) -> Line<'static> {
    Line::from(vec![
        Span::styled("✗ ", theme.error()),
        Span::raw(printable(name)),
        Span::styled(
            format!("  {}:{} {}", e.pos.line, e.pos.col, printable(&e.message)),
            theme.error(),
        ),
    ])
}

/// Organisations with activity and finding counts; an `organisation.ron`
/// that does not parse is a row saying why.
pub fn organisations(f: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let l = Labels::new(app.lang);
    // The name column: what the borders, the other columns and the
    // spaces between them leave; a longer name ends in `…`.
    let name_width = usize::from(area.width).saturating_sub(2 + 3 + 12 + 10 + 3);
    let name = |s: &str| super::keybar::ellipsis(&printable(s), name_width);
    // Only the rows on screen are made (a register may have thousands of
    // organisations), scrolled as a table keeps its selection in view.
    let (offset, shown) = window(area, app.selection(), app.org_row_count());
    let rows: Vec<Row> = (offset..offset + shown)
        .filter_map(|i| app.org_row_at(i))
        .map(|r| match r {
            OrgRow::Org(o) => Row::new(vec![
                Line::from(name(&o.org.name)),
                Line::from(printable(&o.org.country)),
                Line::from(o.activities.len().to_string()),
                counts_cell(theme, app.org_counts(r.id())),
            ]),
            OrgRow::Broken(e) => Row::new(vec![
                broken_cell(theme, &e.path, e),
                Line::default(),
                Line::from(Span::styled("?", theme.dim())),
                counts_cell(theme, app.org_counts(r.id())),
            ]),
            // Named by its folder until its record is read.
            OrgRow::Folder(f) => Row::new(vec![
                Line::from(Span::styled(name(f), theme.dim())),
                Line::default(),
                Line::from(Span::styled("…", theme.dim())),
                Line::default(),
            ]),
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Length(12),
            Constraint::Length(10),
        ],
    )
    .header(
        Row::new(vec![
            l.t("doc-organisation"),
            String::new(),
            l.t("tui-col-activities"),
            l.t("tui-col-findings"),
        ])
        .style(theme.label()),
    )
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(format!(" {} ", l.t("tui-organisations")))
            .border_style(theme.border()),
    )
    .row_highlight_style(theme.selected());
    let mut state =
        TableState::default().with_selected(Some(app.selection().saturating_sub(offset)));
    f.render_stateful_widget(table, area, &mut state);
}

/// The first row shown and how many rows fit in a list table of `area`
/// (borders and header) with `len` rows and row `selected` selected: the
/// rows a table scrolled from the top keeps the selection in (the last
/// row on screen once it is further down). [`App::click`] counts rows the
/// same way.
fn window(area: Rect, selected: usize, len: usize) -> (usize, usize) {
    let fit = usize::from(area.height.saturating_sub(3)).max(1);
    let selected = selected.min(len.saturating_sub(1));
    (selected.saturating_sub(fit - 1), fit)
}

/// The activities of one organisation: name, status, bases, markers; an
/// activity file that does not parse is a row saying why.
pub fn activities(f: &mut Frame, area: Rect, app: &App, theme: &Theme, org: &str) {
    let Some(o) = app.org(org) else {
        return;
    };
    let l = Labels::new(app.lang);
    // The status column as wide as the longest status shown (or its
    // heading), the bases, markers and counts as narrow as they are; the
    // name takes what is left (the borders and the four gaps between
    // columns).
    let status_width = app
        .act_rows(o)
        .iter()
        .map(|r| match r {
            ActRow::Act(a) => l.status(a.activity.status).width(),
            ActRow::Broken(_) => l.t("tui-broken").width(),
        })
        .chain([l.t("doc-status").width()])
        .max()
        .unwrap_or(13);
    let status_col = u16::try_from(status_width).unwrap_or(13);
    let name_width =
        usize::from(area.width).saturating_sub(2 + status_width + ART6 + MARKERS + FINDINGS + 4);
    let name = |s: &str| super::keybar::ellipsis(&printable(s), name_width);
    let rows: Vec<Row> = app
        .act_rows(o)
        .iter()
        .map(|r| {
            let a = match r {
                ActRow::Act(a) => a,
                ActRow::Broken(e) => {
                    return Row::new(vec![
                        broken_cell(theme, e.path.rsplit('/').next().unwrap_or_default(), e),
                        Line::from(Span::styled(l.t("tui-broken"), theme.error())),
                        Line::default(),
                        Line::default(),
                        counts_cell(theme, app.file_counts(&e.path)),
                    ]);
                }
            };
            let act = &a.activity;
            // Each letter once, in the order of Art. 6(1).
            let mut letters: Vec<&str> = act
                .legal_bases
                .iter()
                .filter_map(|b| b.article6.map(art6_letter))
                .collect();
            letters.sort_unstable();
            letters.dedup();
            let special = act
                .data_categories
                .iter()
                .any(|c| matches!(c.kind, DataKind::Special(_)));
            let cpr = act.data_categories.iter().any(|c| {
                matches!(
                    c.kind,
                    DataKind::NationalId(NationalIdScheme::DkCpr | NationalIdScheme::NoFnr)
                )
            });
            let abroad = !act.transfers.is_empty();
            let mark = |on: bool, key: &str| if on { l.t(key) } else { "·".into() };
            let markers = format!(
                "{}{}{}",
                mark(special, "tui-marker-special"),
                mark(cpr, "tui-marker-national-id"),
                mark(abroad, "tui-marker-transfer")
            );
            Row::new(vec![
                Line::from(name(&act.name)),
                Line::from(l.status(act.status)),
                Line::from(if letters.is_empty() {
                    "–".into()
                } else {
                    // Without spaces: five letters fit the column.
                    letters.join(",")
                }),
                Line::from(markers),
                counts_cell(theme, app.file_counts(&a.file.path)),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(status_col),
            Constraint::Length(ART6 as u16),
            Constraint::Length(MARKERS as u16),
            Constraint::Length(FINDINGS as u16),
        ],
    )
    .header(
        Row::new(vec![
            l.t("tui-col-activity"),
            l.t("doc-status"),
            "Art. 6(1)".to_string(),
            l.t("tui-col-markers"),
            l.t("tui-col-findings"),
        ])
        .style(theme.label()),
    )
    .block(
        Block::default()
            .borders(Borders::ALL)
            // Cut with `…` when the pane is narrower than the title.
            .title(super::detail::title_fit(
                &format!(
                    " {} — {} ",
                    printable(&o.org.name),
                    l.t("tui-markers-legend")
                ),
                area.width,
            ))
            .border_style(theme.border()),
    )
    .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(app.selection()));
    f.render_stateful_widget(table, area, &mut state);
}
