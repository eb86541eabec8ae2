//! The gaps report screen: the DPO's to-do list for the next review, as
//! `ropa report gaps` prints it ([`crate::register::review`]).
//!
//! Per organisation: the facts not stated in the source, the acknowledged
//! findings with their expiry (an expired one marked), and the open
//! findings under who can answer them, each question once over the
//! records it is asked about. The rows of records are selectable; Enter
//! opens the record (by its file, so by id) at the field, or at the
//! acknowledgement of an acknowledged finding's row.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState};

use super::app::{App, Screen};
use super::theme::Theme;
use crate::register::date::Date;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::review::{self, GapsReport, RecordRef};
use crate::text::printable;

/// What a row is, for its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Organisation,
    Part,
    Whom,
    Question,
    Item,
    Expired,
    Quiet,
}

/// Where an item leads.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    /// The record's file.
    path: String,
    /// The field to show.
    field: Option<String>,
    /// The finding's text the record's page scrolls to.
    text: Option<String>,
    /// An acknowledgement the record holds (rule, field, reason, expiry):
    /// the page opens at it, not at the field it is about.
    ack: Option<(String, Option<String>, String, String)>,
}

/// One row of the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    kind: Kind,
    indent: usize,
    text: String,
    target: Option<Target>,
}

/// The screen's rows, made from the register and its report when either
/// changes.
#[derive(Debug, Clone, Default)]
pub struct GapsView {
    rows: Vec<Row>,
    /// The row of each selectable item, in order.
    items: Vec<usize>,
    /// First row on screen.
    offset: usize,
}

fn name(r: &RecordRef) -> String {
    match &r.activity {
        Some(id) => format!("{} [{id}]", r.name),
        None => r.path.clone(),
    }
}

impl GapsView {
    /// The rows of `report` in `lang`.
    fn build(report: &GapsReport, lang: Lang) -> GapsView {
        let mut rows = Vec::new();
        let mut push = |kind, indent, text: String, target| {
            rows.push(Row {
                kind,
                indent,
                text,
                target,
            })
        };
        for o in &report.organisations {
            push(
                Kind::Organisation,
                0,
                tr_args(
                    lang,
                    "gaps-organisation",
                    &[
                        ("name", o.name.as_str().into()),
                        ("id", o.id.as_str().into()),
                    ],
                ),
                None,
            );
            if o.is_empty() {
                push(Kind::Quiet, 2, tr(lang, "gaps-nothing"), None);
                continue;
            }
            if !o.not_stated.is_empty() {
                let n = o.not_stated.len();
                push(
                    Kind::Part,
                    2,
                    tr_args(lang, "gaps-not-stated", &[("n", n.into())]),
                    None,
                );
                for g in &o.not_stated {
                    push(
                        Kind::Item,
                        4,
                        format!(
                            "{} · {} — {}",
                            name(&g.record),
                            g.field,
                            g.note.as_deref().unwrap_or(&g.text)
                        ),
                        Some(Target {
                            path: g.record.path.clone(),
                            field: Some(g.field.clone()),
                            text: Some(format!("GAP-001: {}", g.text)),
                            ack: None,
                        }),
                    );
                }
            }
            if !o.acknowledged.is_empty() {
                let n = o.acknowledged.len();
                push(
                    Kind::Part,
                    2,
                    tr_args(lang, "gaps-acknowledged", &[("n", n.into())]),
                    None,
                );
                for k in &o.acknowledged {
                    let when = k.when(lang);
                    let at = k.at_suffix();
                    push(
                        if k.expired { Kind::Expired } else { Kind::Item },
                        4,
                        format!("{when} · {} {}{at} — {}", k.rule, name(&k.record), k.reason),
                        Some(Target {
                            path: k.record.path.clone(),
                            field: k.at.clone(),
                            text: None,
                            ack: Some((
                                k.rule.clone(),
                                k.at.clone(),
                                k.reason.clone(),
                                k.expires.clone(),
                            )),
                        }),
                    );
                }
            }
            if !o.questions.is_empty() {
                let n: usize = o.questions.iter().map(|g| g.items.len()).sum();
                push(
                    Kind::Part,
                    2,
                    tr_args(lang, "gaps-questions", &[("n", n.into())]),
                    None,
                );
                for g in &o.questions {
                    push(Kind::Whom, 4, format!("{} ({})", g.to, g.items.len()), None);
                    let mut topics: Vec<&str> = Vec::new();
                    for a in &g.items {
                        if !topics.contains(&a.topic) {
                            topics.push(a.topic);
                        }
                    }
                    for t in topics {
                        let mut first = true;
                        for a in g.items.iter().filter(|a| a.topic == t) {
                            if first {
                                push(Kind::Question, 6, format!("? {}", a.question), None);
                                first = false;
                            }
                            push(
                                Kind::Item,
                                8,
                                format!(
                                    "{} · {} {}: {}",
                                    name(&a.record),
                                    a.rule,
                                    a.field,
                                    a.finding
                                ),
                                Some(Target {
                                    path: a.record.path.clone(),
                                    field: Some(a.field.clone()),
                                    text: Some(format!("{}: {}", a.rule, a.finding)),
                                    ack: None,
                                }),
                            );
                        }
                    }
                }
            }
        }
        let items = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.target.is_some())
            .map(|(i, _)| i)
            .collect();
        GapsView {
            rows,
            items,
            offset: 0,
        }
    }

    /// How many items can be selected.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when nothing can be selected.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl App {
    /// Makes the gaps screen's rows again from the register and its
    /// report (when the screen is open; else nothing is kept).
    pub(super) fn refresh_gaps(&mut self) {
        if !self.stack.contains(&Screen::Gaps) {
            self.gaps = None;
            return;
        }
        let (Some(loaded), Some(report)) = (self.loaded.as_ref(), self.report()) else {
            self.gaps = None;
            return;
        };
        let today = self.today.unwrap_or_else(Date::today);
        let built = review::build(&loaded.register, report, today, self.lang);
        let offset = self.gaps.as_ref().map_or(0, |g| g.offset);
        let mut view = GapsView::build(&built, self.lang);
        view.offset = offset;
        self.gaps = Some(view);
    }

    /// Opens the gaps report (or returns to it).
    pub(super) fn open_gaps(&mut self) {
        if self.screen() != Screen::Gaps {
            self.stack.retain(|s| *s != Screen::Gaps);
            self.selected.truncate(self.stack.len());
            self.stack.push(Screen::Gaps);
            self.selected.push(0);
            self.scroll = 0;
        }
        self.refresh_gaps();
    }

    /// The number of selectable rows of the gaps screen.
    pub(super) fn gaps_len(&self) -> usize {
        self.gaps.as_ref().map_or(0, GapsView::len)
    }

    /// The item shown on screen row `row` of the list (0: its first row),
    /// if that row is an item.
    pub(super) fn gap_at_row(&self, row: usize) -> Option<usize> {
        let g = self.gaps.as_ref()?;
        let at = g.offset + row;
        g.items.iter().position(|&i| i == at)
    }

    /// Where acknowledgement `ack` is in the record of file `path`: its
    /// field (`acknowledgements[i]`).
    fn ack_field(
        &self,
        path: &str,
        ack: &(String, Option<String>, String, String),
    ) -> Option<String> {
        let reg = &self.loaded.as_ref()?.register;
        let acks = reg.organisations.iter().find_map(|o| {
            if o.file.path == path {
                return Some(&o.org.acknowledgements);
            }
            o.activities
                .iter()
                .find(|a| a.file.path == path)
                .map(|a| &a.activity.acknowledgements)
        })?;
        let (rule, at, reason, expires) = ack;
        let i = acks.iter().position(|k| {
            k.rule == *rule && k.at == *at && k.reason == *reason && k.expires == *expires
        })?;
        Some(format!("acknowledgements[{i}]"))
    }

    /// Opens the record of the selected item at its field; an
    /// acknowledgement's at the acknowledgement itself (so `e` edits it).
    pub(super) fn open_gap(&mut self) {
        let sel = self.selection();
        let Some(mut t) = self
            .gaps
            .as_ref()
            .and_then(|g| g.rows.get(*g.items.get(sel)?))
            .and_then(|r| r.target.clone())
        else {
            return;
        };
        let Some((org, act)) = self.record_at(&t.path) else {
            return;
        };
        let ack = t.ack.as_ref().and_then(|k| self.ack_field(&t.path, k));
        let scroll = t.text.is_some() || ack.is_some();
        if ack.is_some() {
            t.field = ack;
        }
        let screen = match act {
            Some(act) => Screen::Detail { org, act },
            None => Screen::Organisation { org },
        };
        self.stack.push(screen);
        self.selected.push(0);
        self.scroll = 0;
        self.focus_field = t.field;
        self.scroll_to_focus = scroll;
        self.focus_text = t.text;
    }
}

/// Draws the report, the selected item highlighted.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme) {
    let width = usize::from(area.width.saturating_sub(2));
    let visible = usize::from(area.height.saturating_sub(2)).max(1);
    let sel = app.selection();
    let lang = app.lang;
    let title = match &app.gaps {
        Some(g) => tr_args(lang, "tui-gaps-title", &[("n", g.len().into())]),
        None => tr(lang, "tui-gaps-validating"),
    };
    let Some(view) = app.gaps.as_mut() else {
        f.render_widget(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " {} ",
                    super::keybar::ellipsis(&title, width.saturating_sub(2))
                ))
                .border_style(theme.border()),
            area,
        );
        return;
    };
    let sel_row = view.items.get(sel).copied();
    let mut offset = view.offset.min(view.rows.len().saturating_sub(1));
    if let Some(row) = sel_row {
        // Keep the question or heading above the selection in sight.
        let context = (visible / 4).min(2);
        if row < offset + context {
            offset = row.saturating_sub(context);
        }
        if row + 1 > offset + visible {
            offset = row + 1 - visible;
        }
    }
    view.offset = offset;
    let style = |k: Kind| -> Style {
        match k {
            Kind::Organisation => theme.heading(),
            Kind::Part | Kind::Whom => theme.label(),
            Kind::Question => theme.text(),
            Kind::Item => theme.text(),
            Kind::Expired => theme.warning(),
            Kind::Quiet => theme.dim(),
        }
    };
    let items: Vec<ListItem> = view
        .rows
        .iter()
        .skip(offset)
        .take(visible)
        .map(|r| {
            let pad = " ".repeat(r.indent);
            let text = super::keybar::ellipsis(&printable(&r.text), width.saturating_sub(r.indent));
            ListItem::new(Line::from(vec![
                Span::raw(pad),
                Span::styled(text, style(r.kind)),
            ]))
        })
        .collect();
    let list = List::new(items)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(
                    " {} ",
                    super::keybar::ellipsis(&printable(&title), width.saturating_sub(2))
                ))
                .border_style(theme.border()),
        )
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(sel_row.map(|r| r - offset));
    f.render_stateful_widget(list, area, &mut state);
}
