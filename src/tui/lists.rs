//! The organisation and activity lists.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Row, Table, TableState};

use super::app::App;
use super::records::{ActRow, OrgRow};
use super::theme::Theme;
use crate::register::load::LoadError;
use crate::register::model::{DataKind, NationalIdScheme};
use crate::text::printable;

fn counts_cell(theme: &Theme, (e, w): (usize, usize)) -> Line<'static> {
    let mut spans = Vec::new();
    if e > 0 {
        spans.push(Span::styled(format!("{e}E "), theme.error()));
    }
    if w > 0 {
        spans.push(Span::styled(format!("{w}W"), theme.warning()));
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
    let rows: Vec<Row> = app
        .org_rows()
        .iter()
        .map(|r| match r {
            OrgRow::Org(o) => {
                let folder = format!("{}/", r.id());
                Row::new(vec![
                    Line::from(printable(&o.org.name)),
                    Line::from(printable(&o.org.country)),
                    Line::from(o.activities.len().to_string()),
                    counts_cell(theme, app.counts(&folder)),
                ])
            }
            OrgRow::Broken(e) => Row::new(vec![
                broken_cell(theme, &e.path, e),
                Line::default(),
                Line::from(Span::styled("?", theme.dim())),
                counts_cell(theme, app.counts(&format!("{}/", r.id()))),
            ]),
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(3),
            Constraint::Length(10),
            Constraint::Length(10),
        ],
    )
    .header(Row::new(vec!["Organisation", "", "Activities", "Findings"]).style(theme.label()))
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(" Organisations ")
            .border_style(theme.border()),
    )
    .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(app.selection()));
    f.render_stateful_widget(table, area, &mut state);
}

/// The activities of one organisation: name, status, bases, markers; an
/// activity file that does not parse is a row saying why.
pub fn activities(f: &mut Frame, area: Rect, app: &App, theme: &Theme, org: &str) {
    let Some(o) = app.org(org) else {
        return;
    };
    let rows: Vec<Row> = app
        .act_rows(o)
        .iter()
        .map(|r| {
            let a = match r {
                ActRow::Act(a) => a,
                ActRow::Broken(e) => {
                    return Row::new(vec![
                        broken_cell(theme, e.path.rsplit('/').next().unwrap_or_default(), e),
                        Line::from(Span::styled("broken", theme.error())),
                        Line::default(),
                        Line::default(),
                        counts_cell(theme, app.counts(&e.path)),
                    ]);
                }
            };
            let act = &a.activity;
            let bases: Vec<String> = act
                .legal_bases
                .iter()
                .filter_map(|b| b.article6.map(|l| format!("{l:?}").to_lowercase()))
                .collect();
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
            let markers = format!(
                "{}{}{}",
                if special { "S" } else { "·" },
                if cpr { "N" } else { "·" },
                if abroad { "T" } else { "·" }
            );
            Row::new(vec![
                Line::from(printable(&act.name)),
                Line::from(format!("{:?}", act.status)),
                Line::from(if bases.is_empty() {
                    "–".into()
                } else {
                    bases.join(",")
                }),
                Line::from(markers),
                counts_cell(theme, app.counts(&a.file.path)),
            ])
        })
        .collect();
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(9),
            Constraint::Length(11),
            Constraint::Length(4),
            Constraint::Length(8),
        ],
    )
    .header(
        Row::new(vec!["Activity", "Status", "Art. 6(1)", "SNT", "Findings"]).style(theme.label()),
    )
    .block(
        Block::default()
            .borders(Borders::ALL)
            .title(format!(
                " {} — S special data · N national id · T transfer ",
                printable(&o.org.name)
            ))
            .border_style(theme.border()),
    )
    .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(app.selection()));
    f.render_stateful_widget(table, area, &mut state);
}
