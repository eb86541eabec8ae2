//! The search screen: `/` opens it, typing narrows a ranked list of hits
//! over every text field, Enter opens the hit, Esc returns.
//!
//! Matching runs on a worker thread that owns the [`SearchIndex`]; the
//! interface sends each query with a generation number and shows only the
//! answer to the newest one, so typing never waits for matching. While the
//! user types on, each query extends the one before, and the worker
//! searches only the records that one matched ([`Narrowing`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc::{self, Receiver, Sender};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use super::theme::Theme;
use crate::register::load::{OrgEntry, Register};
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

    /// Edits the query as a shell's line editor does (the cursor stays at
    /// its end): a typed character is added, Backspace takes the last one
    /// back, Ctrl-U clears the query, Ctrl-W deletes the word before the
    /// cursor (and the spaces after it). Returns false for keys that do not
    /// edit the query.
    pub fn edit_query(&mut self, key: KeyEvent) -> bool {
        // Ctrl with Alt is AltGr on some terminals (`@`, `€` on Nordic
        // keyboards): it types, as it does in a form.
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Char('u') if ctrl => self.query.clear(),
            KeyCode::Char('w') if ctrl => {
                let kept = self.query.trim_end().len();
                self.query.truncate(kept);
                let start = self
                    .query
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.query.truncate(start);
            }
            KeyCode::Char(c) if !ctrl => self.query.push(c),
            KeyCode::Backspace if !ctrl => {
                self.query.pop();
            }
            _ => return false,
        }
        true
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

/// What the worker is asked.
enum Message {
    Query(Request),
    /// Index organisation `org`'s records again from this copy: only the
    /// activities at these places, or (`None`) the organisation and all.
    Reindex {
        org: usize,
        entry: Box<OrgEntry>,
        activities: Option<Vec<usize>>,
    },
}

/// The worker thread's handle.
pub struct Worker {
    tx: Sender<Message>,
    /// Answers: generation and hits.
    pub rx: Receiver<(u64, Vec<Hit>)>,
}

impl Worker {
    /// Builds the index on a new thread and answers queries there.
    pub fn spawn(register: Register) -> Worker {
        let (tx, req_rx) = mpsc::channel::<Message>();
        let (res_tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut index = SearchIndex::new(&register);
            // The index owns its texts; the register copy is not needed
            // any more, and on a large register it is a third of the
            // interface's memory.
            drop(register);
            let mut narrowing = Narrowing::default();
            // Wait for a message, then take every one already sent: each
            // change in order, and of the queries only the newest, which
            // is answered after the changes.
            while let Ok(first) = req_rx.recv() {
                let mut query = None;
                for msg in std::iter::once(first).chain(req_rx.try_iter()) {
                    match msg {
                        Message::Reindex {
                            org,
                            entry,
                            activities,
                        } => {
                            index.reindex(org, &entry, activities.as_deref());
                            // What the last query matched may have changed.
                            narrowing = Narrowing::default();
                        }
                        Message::Query(req) => query = Some(req),
                    }
                }
                if let Some(req) = query {
                    let hits = narrowing.search(&index, &req.query, LIMIT);
                    if res_tx.send((req.generation, hits)).is_err() {
                        return;
                    }
                }
            }
        });
        Worker { tx, rx }
    }

    /// Sends a query; answers arrive on `rx`.
    pub fn send(&self, req: Request) {
        let _ = self.tx.send(Message::Query(req));
    }

    /// Has organisation `org`'s records indexed again from `entry` (only
    /// the activities at `activities`, or with `None` the organisation and
    /// all its activities); queries sent after it see the change.
    pub fn reindex(&self, org: usize, entry: OrgEntry, activities: Option<Vec<usize>>) {
        let _ = self.tx.send(Message::Reindex {
            org,
            entry: Box::new(entry),
            activities,
        });
    }
}

/// Records changed since the search worker's index was built: what it
/// must index again.
#[derive(Debug, Default, Clone)]
pub struct Stale {
    /// Per organisation place, the activity places (`None`: the
    /// organisation itself, and so all its activities).
    orgs: BTreeMap<usize, Option<BTreeSet<usize>>>,
}

impl Stale {
    /// Notes that organisation `org`'s record (`activity` `None`) or one
    /// of its activities changed.
    pub fn mark(&mut self, org: usize, activity: Option<usize>) {
        match activity {
            None => {
                self.orgs.insert(org, None);
            }
            Some(a) => {
                if let Some(set) = self
                    .orgs
                    .entry(org)
                    .or_insert_with(|| Some(BTreeSet::new()))
                {
                    set.insert(a);
                }
            }
        }
    }

    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    /// Forgets everything (a new register was loaded and indexed whole).
    pub fn clear(&mut self) {
        self.orgs.clear();
    }

    /// Everything noted, as [`Worker::reindex`] takes it; leaves nothing.
    pub fn take(&mut self) -> Vec<(usize, Option<Vec<usize>>)> {
        std::mem::take(&mut self.orgs)
            .into_iter()
            .map(|(o, acts)| (o, acts.map(|s| s.into_iter().collect())))
            .collect()
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
                Span::styled(format!("  {}", field_words(&h.path, lang)), theme.dim()),
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

/// Where the snippet of a text starts so that its first matched character
/// (`first`) shows with a little context before it: about a quarter of
/// `width` before (no further than a text's end needs: a text that fits
/// shows whole), then on to the start of the next word, so a snippet
/// never begins in the middle of a word (unless the match itself does).
pub fn snippet_start(chars: &[char], first: usize, width: usize) -> usize {
    let first = first.min(chars.len());
    let mut start = first
        .saturating_sub(width / 4)
        .min(chars.len().saturating_sub(width));
    // A word runs to the next space: "DA-Udligning" is one.
    let in_word = |i: usize| {
        i > 0
            && chars.get(i - 1).is_some_and(|c| !c.is_whitespace())
            && chars.get(i).is_some_and(|c| !c.is_whitespace())
    };
    while start < first && in_word(start) {
        start += 1;
    }
    while start < first && chars.get(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    start
}

/// The matched text around the first matched character, with matched
/// characters highlighted; `…` where the text is cut before or after.
fn highlighted(h: &Hit, width: usize, theme: &Theme) -> Line<'static> {
    let chars: Vec<char> = h.text.chars().collect();
    let first = h.indices.first().copied().unwrap_or(0);
    let start = snippet_start(&chars, first, width);
    let room = width.saturating_sub(if start > 0 { 1 } else { 0 });
    let cut_after = start + room < chars.len();
    let end = (start + room.saturating_sub(usize::from(cut_after))).min(chars.len());
    let mut spans = vec![Span::raw("  ")];
    if start > 0 {
        spans.push(Span::styled("…", theme.dim()));
    }
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
    if cut_after {
        spans.push(Span::styled("…", theme.dim()));
    }
    Line::from(spans)
}

/// The field a hit is in, in the form's words and the interface's
/// language: the record's field the path starts with (`retention[0].text`
/// → "Slettefrister").
fn field_words(path: &str, lang: crate::register::lang::Lang) -> String {
    let top = path.split(['.', '[']).next().unwrap_or(path);
    super::form::words::field_label(lang, top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::generate::generate;

    fn press(s: &mut SearchState, code: KeyCode, m: KeyModifiers) -> bool {
        s.edit_query(KeyEvent::new(code, m))
    }

    #[test]
    fn ctrl_u_clears_and_ctrl_w_deletes_the_word_before_the_cursor() {
        let mut s = SearchState::default();
        for c in "has:cpr løn  ".chars() {
            assert!(press(&mut s, KeyCode::Char(c), KeyModifiers::NONE));
        }
        assert_eq!(s.query, "has:cpr løn  ");
        assert!(press(&mut s, KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(s.query, "has:cpr ");
        assert!(press(&mut s, KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(s.query, "");
        assert!(press(&mut s, KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(s.query, "");
        for c in "æøå".chars() {
            press(&mut s, KeyCode::Char(c), KeyModifiers::NONE);
        }
        assert!(press(&mut s, KeyCode::Backspace, KeyModifiers::NONE));
        assert_eq!(s.query, "æø");
        assert!(press(&mut s, KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(s.query, "");
        // Other control keys are not editing (Ctrl-C quits, Ctrl-R reloads).
        assert!(!press(&mut s, KeyCode::Char('c'), KeyModifiers::CONTROL));
        assert!(!press(&mut s, KeyCode::Enter, KeyModifiers::NONE));
    }

    #[test]
    fn a_snippet_starts_at_a_word() {
        let text: Vec<char> = "Ved køb af et kursus indsamler og behandler vi følgende oplysninger"
            .chars()
            .collect();
        let first = 44; // "vi"
        let start = snippet_start(&text, first, 40);
        assert!(start <= first);
        assert!(start == 0 || text[start - 1] == ' ', "{start}");
        assert!(text[start].is_alphanumeric());
        // A match at the start keeps the start; a match inside a word that
        // the quarter-width window would cut starts at that word.
        assert_eq!(snippet_start(&text, 0, 40), 0);
        // A text that fits shows whole.
        let short: Vec<char> = "Bidrag og refusioner fra barselsfonde.".chars().collect();
        assert_eq!(snippet_start(&short, 25, 76), 0);
        let dashed: Vec<char> = "DA-Udligning er betegnelsen for ordningen"
            .chars()
            .collect();
        assert_eq!(snippet_start(&dashed, 30, 30), 13);
        // Near the end, as much as fits before the match, from a word.
        let at = snippet_start(&text, 60, 30);
        assert_eq!(
            text[at..].iter().collect::<String>(),
            "vi følgende oplysninger"
        );
        let at = snippet_start(&text, 21, 10);
        assert_eq!(text[at..].iter().take(9).collect::<String>(), "indsamler");
        // Mid-word ("ndsamler") is never where a snippet begins.
        for first in 0..text.len() {
            let at = snippet_start(&text, first, 12);
            assert!(
                at == first || at == 0 || text[at - 1] == ' ',
                "{first} {at}"
            );
        }
    }

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

    /// The worker answers after a change as an index of the changed
    /// register would, and a query sent before a change in the same batch
    /// is answered after it.
    #[test]
    fn the_worker_answers_from_records_indexed_again() {
        use std::time::Duration;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut reg = crate::register::load::load(&root).expect("load").register;
        let worker = Worker::spawn(reg.clone());
        let ask = |generation: u64, query: &str| {
            worker.send(Request {
                generation,
                query: query.into(),
            });
            loop {
                let (g, hits) = worker
                    .rx
                    .recv_timeout(Duration::from_secs(30))
                    .expect("an answer");
                if g == generation {
                    return hits;
                }
            }
        };
        assert!(ask(1, "Ærøskøbing revision").is_empty());
        // Typed on: the worker narrows within what "ærø" matched, which the
        // change must not keep it to.
        let _ = ask(2, "ærø");
        let oi = reg.organisations.len() - 1;
        let ai = reg.organisations[oi].activities.len() - 1;
        reg.organisations[oi].activities[ai].activity.name = "Ærøskøbing revision".into();
        worker.reindex(oi, reg.organisations[oi].clone(), Some(vec![ai]));
        let hits = ask(3, "ærøs");
        assert!(
            hits.iter().any(|h| h.org == oi && h.activity == Some(ai)),
            "{hits:?}"
        );
        let fresh = SearchIndex::new(&reg).search("ærøs", LIMIT);
        let seen = |h: &[Hit]| -> Vec<(usize, Option<usize>, String, i64)> {
            h.iter()
                .map(|h| (h.org, h.activity, h.path.clone(), h.score))
                .collect()
        };
        assert_eq!(seen(&hits), seen(&fresh));
        // Stale keeps each organisation once, the whole one winning.
        let mut stale = Stale::default();
        stale.mark(1, Some(3));
        stale.mark(1, Some(2));
        stale.mark(0, Some(1));
        stale.mark(0, None);
        stale.mark(0, Some(4));
        assert_eq!(stale.take(), vec![(0, None), (1, Some(vec![2, 3]))]);
        assert!(stale.is_empty());
    }
}
