//! The search screen: `/` opens it, typing narrows a ranked list of hits
//! over every text field, Enter opens the hit, Esc returns.
//!
//! Matching runs on a worker thread that owns the [`SearchIndex`]; the
//! interface sends each query with a generation number and shows only the
//! answer to the newest one, so typing never waits for matching. While the
//! user types on, each query extends the one before, and the worker
//! searches only the records that one matched ([`Narrowing`]).

use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use super::theme::Theme;
use crate::register::load::Register;
use crate::register::search::{Hit, Query, SearchIndex};
use crate::text::printable;

/// Hits shown at most.
pub const LIMIT: usize = 200;

/// What the search screen holds.
#[derive(Debug, Default, Clone)]
pub struct SearchState {
    /// The query as typed.
    pub query: String,
    /// Ranked hits for `shown_generation`.
    pub hits: Vec<Hit>,
    /// The organisation and activity id of each hit (hits come with
    /// positions in the register that was searched).
    pub ids: Vec<(String, Option<String>)>,
    /// Selected hit.
    pub selected: usize,
    /// Generation of the newest query sent.
    pub generation: u64,
    /// Generation the hits answer.
    pub shown_generation: u64,
}

impl SearchState {
    /// True while the newest query has no answer yet.
    pub fn pending(&self) -> bool {
        self.shown_generation != self.generation
    }
}

/// A query for the worker.
#[derive(Debug, Clone)]
pub struct Request {
    /// Generation, increasing.
    pub generation: u64,
    /// The query text.
    pub query: String,
}

/// The worker thread's handle.
pub struct Worker {
    tx: Sender<Request>,
    /// Answers: generation and hits.
    pub rx: Receiver<(u64, Vec<Hit>)>,
}

impl Worker {
    /// Builds the index on a new thread and answers queries there.
    pub fn spawn(register: Register) -> Worker {
        let (tx, req_rx) = mpsc::channel::<Request>();
        let (res_tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let index = SearchIndex::new(&register);
            // The index owns its texts; the register copy is not needed
            // any more, and on a large register it is a third of the
            // interface's memory.
            drop(register);
            let mut narrowing = Narrowing::default();
            while let Ok(mut req) = req_rx.recv() {
                // Only the newest query matters.
                while let Ok(newer) = req_rx.try_recv() {
                    req = newer;
                }
                let hits = narrowing.search(&index, &req.query, LIMIT);
                if res_tx.send((req.generation, hits)).is_err() {
                    return;
                }
            }
        });
        Worker { tx, rx }
    }

    /// Sends a query; answers arrive on `rx`.
    pub fn send(&self, req: Request) {
        let _ = self.tx.send(req);
    }
}

/// Searches each query among the records the previous query matched when
/// it [extends](Query::extends) that one (the user typed on), else among
/// all records. The hits are the same either way; narrowing is faster.
#[derive(Debug, Default)]
pub struct Narrowing {
    /// The previous query and the ids of every record it matched.
    previous: Option<(Query, Vec<u32>)>,
}

impl Narrowing {
    /// Ranked hits for `query`, at most `limit`, as
    /// [`SearchIndex::search`] gives them.
    pub fn search(&mut self, index: &SearchIndex, query: &str, limit: usize) -> Vec<Hit> {
        let parsed = Query::parse(query);
        let within = self
            .previous
            .as_ref()
            .filter(|(q, _)| parsed.extends(q))
            .map(|(_, records)| records.as_slice());
        let results = index.run(query, within, limit);
        self.previous = Some((parsed, results.records));
        results.hits
    }
}

/// Draws the search screen.
pub fn draw(
    f: &mut Frame,
    area: Rect,
    s: &SearchState,
    names: &dyn Fn(usize) -> String,
    theme: &Theme,
    lang: crate::register::lang::Lang,
) {
    use crate::register::lang::{tr, tr_args};
    let [input, list] = Layout::vertical([Constraint::Length(3), Constraint::Fill(1)]).areas(area);
    let status = if s.pending() {
        format!(" {} ", tr(lang, "tui-searching"))
    } else {
        format!(
            " {} ",
            tr_args(lang, "tui-search-hits", &[("n", s.hits.len().into())])
        )
    };
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled("/ ", theme.label()),
            Span::raw(printable(&s.query)),
        ]))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(format!(" {} ", tr(lang, "tui-search-title")))
                .title_bottom(status)
                .border_style(theme.border()),
        ),
        input,
    );
    let width = usize::from(list.width.saturating_sub(4));
    let items: Vec<ListItem> = s
        .hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let head = Line::from(vec![
                Span::styled(printable(&names(i)), theme.label()),
                Span::styled(format!("  {}", printable(&h.field)), theme.dim()),
            ]);
            ListItem::new(vec![head, highlighted(h, width, theme)])
        })
        .collect();
    let mut state = ListState::default().with_selected((!s.hits.is_empty()).then_some(s.selected));
    f.render_stateful_widget(
        List::new(items)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme.border()),
            )
            .highlight_style(theme.selected()),
        list,
        &mut state,
    );
}

/// The matched text around the first matched character, with matched
/// characters highlighted.
fn highlighted(h: &Hit, width: usize, theme: &Theme) -> Line<'static> {
    let chars: Vec<char> = h.text.chars().collect();
    let first = h.indices.first().copied().unwrap_or(0);
    let start = first.saturating_sub(width / 4);
    let end = (start + width).min(chars.len());
    let mut spans = vec![Span::raw("  ")];
    let mut run = String::new();
    let mut run_hit = false;
    for (i, c) in chars.iter().enumerate().take(end).skip(start) {
        let is_hit = h.indices.binary_search(&i).is_ok();
        if is_hit != run_hit && !run.is_empty() {
            let style = if run_hit {
                theme.highlight()
            } else {
                ratatui::style::Style::default()
            };
            spans.push(Span::styled(printable(&run), style));
            run.clear();
        }
        run_hit = is_hit;
        run.push(*c);
    }
    if !run.is_empty() {
        let style = if run_hit {
            theme.highlight()
        } else {
            ratatui::style::Style::default()
        };
        spans.push(Span::styled(printable(&run), style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::generate::generate;

    #[test]
    fn narrowing_answers_as_a_full_search() {
        let reg = generate(20, 10, 7);
        let index = SearchIndex::new(&reg);
        let mut narrowing = Narrowing::default();
        // Typing on, correcting, adding and removing filters.
        for q in [
            "b",
            "ba",
            "bar",
            "bars",
            "barsel",
            "bars",
            "bar",
            "l",
            "lø",
            "løn",
            "løn ",
            "løn a",
            "org:",
            "org:org",
            "org:org-0001",
            "org:org-0001 l",
            "org:org-0001 lø",
            "has:cpr",
            "has:cpr ",
            "has:cpr c",
            "has:cpr cpr",
            "",
            "5",
            "5 ",
            "5 å",
            "5 år",
        ] {
            for limit in [3, LIMIT] {
                let mut n = Narrowing {
                    previous: narrowing.previous.clone(),
                };
                assert_eq!(n.search(&index, q, limit), index.search(q, limit), "{q:?}");
            }
            narrowing.search(&index, q, LIMIT);
        }
    }
}
