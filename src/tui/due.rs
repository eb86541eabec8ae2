//! The reviews due: every activity overdue for review or due within the
//! window ([`crate::register::due::DEFAULT_WINDOW_DAYS`]), grouped by
//! owner as `ropa due` groups them, soonest first. Enter opens the
//! activity; the reviewed key marks it reviewed today (one commit, see
//! [`App::mark_reviewed`]), and it leaves the list once it is no longer
//! due.
//!
//! The list is computed when a register is loaded and when the
//! interface's own change replaces records in place
//! ([`App::refresh_due`]); the status line counts it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Screen};
use super::theme::Theme;
use crate::register::change::{Intent, Uncommitted};
use crate::register::date::Date;
use crate::register::due::{self, Counts, Review, State};
use crate::register::lang::{Lang, tr, tr_args};
use crate::text::printable;

/// The reviews due and their counts, as of one day.
#[derive(Debug, Clone, Default)]
pub struct DueState {
    /// The reviews due (overdue and due soon), owner by owner (owners in
    /// alphabetical order, no owner last), soonest first in each group.
    pub reviews: Vec<Review>,
    /// How many are overdue and how many due soon.
    pub counts: Counts,
    /// The day they were judged on.
    pub today: Option<Date>,
    /// First row of the list on screen (kept between frames, so the list
    /// scrolls only when the selection would leave it).
    pub offset: usize,
    /// Activities marked reviewed today while the list was open: they stay
    /// where they were, marked done, until the list is opened again, so
    /// the rows under the cursor do not move and a second `v` (a key held
    /// during the save, a repeat) meets the same activity, not the next.
    pub done: Vec<(String, String)>,
    /// The rows as drawn, made at the first frame after the list changed
    /// (not at every frame: the list may hold 100,000 reviews).
    layout: Option<Layout>,
}

/// The due list's rows, with where each review is among them and the
/// width of its "when" column, in one language.
#[derive(Debug, Clone)]
struct Layout {
    lang: Lang,
    rows: Vec<Row>,
    /// The row of each review.
    row_of: Vec<usize>,
    /// The widest "when" text of the list.
    when_w: usize,
}

impl Layout {
    /// The rows of `due`: each owner's heading before its first review.
    /// The "when" column is as wide as the widest text; reviews with the
    /// same text (by its kind and number of days) are measured once.
    fn of(due: &DueState, lang: Lang) -> Layout {
        let reviews = &due.reviews;
        let mut rows = Vec::with_capacity(reviews.len() + 8);
        let mut row_of = Vec::with_capacity(reviews.len());
        let mut measured = std::collections::HashSet::new();
        let mut when_w = 0;
        for (i, r) in reviews.iter().enumerate() {
            if i == 0 || reviews[i - 1].owner != r.owner {
                rows.push(Row::Owner(i));
            }
            row_of.push(rows.len());
            rows.push(Row::Review(i));
            let done = is_done(due, r);
            let kind = (done, r.last_reviewed.is_none(), r.state, r.days);
            if measured.insert(kind) {
                when_w = when_w.max(when(r, done, lang).width());
            }
        }
        Layout {
            lang,
            rows,
            row_of,
            when_w,
        }
    }
}

/// True when `r`'s activity was marked reviewed while the list was open.
fn is_done(due: &DueState, r: &Review) -> bool {
    due.done
        .iter()
        .any(|(o, a)| *o == r.org && *a == r.activity)
}

/// The reviews of `register` due on `today` in the due list's order:
/// owner by owner ([`due::by_owner`]), each owner's soonest first. The
/// loader makes it ([`super::prepare::Prepared`]); the input thread only
/// when the day changed.
pub fn due_list(register: &crate::register::load::Register, today: Date) -> Vec<Review> {
    let due = due::reviews(register, today, due::DEFAULT_WINDOW_DAYS)
        .into_iter()
        .filter(|r| r.state.is_due())
        .collect();
    due::by_owner(due)
        .into_iter()
        .flat_map(|g| g.reviews)
        .collect()
}

/// The order `due::reviews` lists reviews in.
fn list_order(r: &Review) -> (Date, &str, &str) {
    (r.due, &r.org, &r.activity)
}

/// The order of the due list (before the activities reviewed while it
/// was open go back to their places): owner by owner, as
/// [`due::by_owner`] groups them (by name ignoring case, then as written;
/// no owner last), each owner's in the order of `due::reviews` (due date,
/// organisation, activity).
fn shown_order(a: &Review, b: &Review) -> std::cmp::Ordering {
    fn owner(r: &Review) -> (bool, Option<String>, Option<&str>) {
        (
            r.owner.is_none(),
            r.owner.as_deref().map(str::to_lowercase),
            r.owner.as_deref(),
        )
    }
    owner(a)
        .cmp(&owner(b))
        .then_with(|| (a.due, &a.org, &a.activity).cmp(&(b.due, &b.org, &b.activity)))
}

impl App {
    /// The day reviews are judged on and recorded with: the user's local
    /// date, unless a test set another ([`App::today`]).
    pub fn review_day(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }

    /// The reviews due of the activities of the record files `paths` (all
    /// of an organisation's, for its file) as the loaded register holds
    /// them, in the order of `due::reviews`: what [`App::refresh_due_for`]
    /// is given before the files change, and works out after.
    pub(super) fn due_of(&self, paths: &[String]) -> Vec<Review> {
        use super::records::{activity_file, organisation_file};
        let today = self.review_day();
        let whole: Vec<&str> = paths.iter().filter_map(|p| organisation_file(p)).collect();
        let one: Vec<(&str, &str)> = paths.iter().filter_map(|p| activity_file(p)).collect();
        let window = crate::register::due::DEFAULT_WINDOW_DAYS;
        let mut out: Vec<Review> = Vec::new();
        for o in self.organisations() {
            let org = super::records::org_id(o);
            if !whole.contains(&org) && !one.iter().any(|(g, _)| *g == org) {
                continue;
            }
            for a in &o.activities {
                let act = super::records::act_id(a);
                if (whole.contains(&org) || one.contains(&(org, act)))
                    && let Some(r) = Review::of(o, a, today, window).filter(|r| r.state.is_due())
                {
                    out.push(r);
                }
            }
        }
        out.sort_by(|a, b| list_order(a).cmp(&list_order(b)));
        out
    }

    /// The reviews due again after the record files `paths` changed in
    /// the loaded register (replaced, added or removed in place), given
    /// `before`, their reviews due as [`App::due_of`] found them before the
    /// change: only their reviews are worked out again (all of an
    /// organisation's, for its file) and put in the list in place of the
    /// old ones, instead of judging every activity of the register. As
    /// [`App::refresh_due`] otherwise.
    pub(super) fn refresh_due_for(&mut self, paths: &[String], before: Vec<Review>) {
        use super::records::{activity_file, organisation_file};
        let today = self.review_day();
        if self.due.today != Some(today) || self.due_prepared.is_some() {
            self.refresh_due();
            return;
        }
        let fresh = self.due_of(paths);
        // One marked done while the list was open is shown as it was, not
        // as it is: the list is worked out again.
        let marked_done = before.iter().chain(&fresh).any(|r| {
            self.due
                .done
                .iter()
                .any(|(o, a)| *o == r.org && *a == r.activity)
        });
        // Most saves change nothing a review shows (its name, owner, last
        // review, interval): the list stays as it is.
        if !marked_done && before == fresh {
            return;
        }
        // With the list not open nothing is marked done and the list is in
        // `shown_order`: the old reviews are found where that order puts
        // them, and the new ones go in at their places, moving no more of
        // the list than needed. (Open, a review done stays where it was.)
        let open = self.stack.contains(&Screen::Due);
        if !open && self.due.done.is_empty() && self.due_replaced(&before, &fresh) {
            return;
        }
        if open && fresh.is_empty() && self.due_marked(&before, today) {
            return;
        }
        // The list shown is `due::reviews` owner by owner (see
        // `shown_order`), with the activities reviewed today while it was
        // open at the places they had: those stay where they are, every
        // other touched review leaves, and the fresh ones go in at their
        // places.
        let whole: Vec<&str> = paths.iter().filter_map(|p| organisation_file(p)).collect();
        let one: Vec<(&str, &str)> = paths.iter().filter_map(|p| activity_file(p)).collect();
        let touched = |org: &str, act: &str| whole.contains(&org) || one.contains(&(org, act));
        let keep = self
            .due_selected()
            .map(|r| (r.org.clone(), r.activity.clone()));
        let mut done = std::mem::take(&mut self.due.done);
        if !open {
            done.clear();
        }
        let old = std::mem::take(&mut self.due.reviews);
        let mut list: Vec<Review> = Vec::with_capacity(old.len() + fresh.len());
        let mut stay: Vec<(usize, Review)> = Vec::new();
        for (i, r) in old.into_iter().enumerate() {
            let was_done = done.iter().any(|(o, a)| *o == r.org && *a == r.activity);
            if !touched(&r.org, &r.activity) {
                if was_done {
                    stay.push((i, r));
                } else {
                    list.push(r);
                }
                continue;
            }
            let listed = fresh
                .iter()
                .any(|f| f.org == r.org && f.activity == r.activity);
            let reviewed = self
                .activity(&r.org, &r.activity)
                .and_then(|(_, a)| a.activity.last_reviewed.as_deref())
                == Some(today.to_string().as_str());
            if open && !listed && reviewed {
                if !was_done {
                    done.push((r.org.clone(), r.activity.clone()));
                }
                stay.push((i, r));
            } else if was_done {
                // Due again (its review taken back): no longer marked.
                done.retain(|(o, a)| *o != r.org || *a != r.activity);
            }
        }
        for r in fresh {
            let at = list.partition_point(|x| shown_order(x, &r) == std::cmp::Ordering::Less);
            list.insert(at, r);
        }
        let counts = Counts::of(&list);
        for (i, r) in stay {
            let at = i.min(list.len());
            list.insert(at, r);
        }
        self.set_due(list, counts, today, done, keep);
    }

    /// Replaces the reviews `before` in the due list (not open, so in
    /// `shown_order` with nothing marked done) with `fresh`: each old one found by that
    /// order, a new one that goes to the same place written over it, the
    /// others removed and inserted. Answers false, changing nothing, when
    /// an old review is not where the order puts it.
    fn due_replaced(&mut self, before: &[Review], fresh: &[Review]) -> bool {
        use std::cmp::Ordering::Less;
        self.due.layout = None;
        let list = &mut self.due.reviews;
        let mut at = Vec::with_capacity(before.len());
        for r in before {
            let i = list.partition_point(|x| shown_order(x, r) == Less);
            if list.get(i) != Some(r) {
                return false;
            }
            at.push(i);
        }
        let mut counts = self.due.counts;
        let (gone, come) = (Counts::of(before), Counts::of(fresh));
        counts.overdue = (counts.overdue + come.overdue).saturating_sub(gone.overdue);
        counts.soon = (counts.soon + come.soon).saturating_sub(gone.soon);
        self.due.counts = counts;
        // The common case: one review, still at its place (its name, say).
        if let ([i], [r]) = (&at[..], fresh) {
            let to = list.partition_point(|x| shown_order(x, r) == Less);
            if to == *i || to == *i + 1 {
                list[*i] = r.clone();
                self.reselect_due(None);
                return true;
            }
        }
        at.sort_unstable();
        at.dedup();
        for &i in at.iter().rev() {
            list.remove(i);
        }
        for r in fresh {
            let to = list.partition_point(|x| shown_order(x, r) == Less);
            list.insert(to, r.clone());
        }
        self.reselect_due(None);
        true
    }

    /// With the list open, marks the reviews `before` done where they are
    /// when each is where the list's order puts it and its activity was
    /// reviewed `today` (`v`, one after another): the list stays as it is,
    /// nothing leaves it, and the counts drop. Answers false, changing
    /// nothing, otherwise.
    fn due_marked(&mut self, before: &[Review], today: Date) -> bool {
        use std::cmp::Ordering::Less;
        let today = today.to_string();
        let list = &self.due.reviews;
        let found = before.iter().all(|r| {
            let i = list.partition_point(|x| shown_order(x, r) == Less);
            list.get(i) == Some(r)
                && self
                    .activity(&r.org, &r.activity)
                    .and_then(|(_, a)| a.activity.last_reviewed.as_deref())
                    == Some(today.as_str())
        });
        if !found {
            return false;
        }
        for r in before {
            let id = (r.org.clone(), r.activity.clone());
            if !self.due.done.contains(&id) {
                self.due.done.push(id);
            }
        }
        let gone = Counts::of(before);
        self.due.counts.overdue = self.due.counts.overdue.saturating_sub(gone.overdue);
        self.due.counts.soon = self.due.counts.soon.saturating_sub(gone.soon);
        self.due.layout = None;
        true
    }

    /// Puts the selection of the due list on top back on activity `keep`
    /// (when it is listed), or within the list.
    fn reselect_due(&mut self, keep: Option<(String, String)>) {
        let len = self.due.reviews.len();
        let at = keep.and_then(|(org, act)| {
            self.due
                .reviews
                .iter()
                .position(|r| r.org == org && r.activity == act)
        });
        for i in 0..self.stack.len().min(self.selected.len()) {
            if self.stack[i] == Screen::Due {
                let top = i + 1 == self.stack.len();
                let sel = &mut self.selected[i];
                *sel = match at {
                    Some(at) if top => at,
                    _ => (*sel).min(len.saturating_sub(1)),
                };
            }
        }
    }

    /// Computes the reviews due again from the loaded register; the due
    /// list keeps its selection on the same activity while it is listed.
    pub fn refresh_due(&mut self) {
        let keep = self
            .due_selected()
            .map(|r| (r.org.clone(), r.activity.clone()));
        let today = self.review_day();
        // Made by the loader for this register and day when it could be.
        let prepared = self
            .due_prepared
            .take()
            .filter(|(day, _)| *day == today)
            .map(|(_, r)| r);
        let mut reviews: Vec<Review> = match (prepared, &self.loaded) {
            (Some(r), _) => r,
            (None, Some(l)) => due_list(&l.register, today),
            (None, None) => Vec::new(),
        };
        let counts = Counts::of(&reviews);
        // Keep the ones reviewed today while the list was open, at their
        // places.
        let mut done = std::mem::take(&mut self.due.done);
        if self.stack.contains(&Screen::Due) {
            let today_s = today.to_string();
            for (i, old) in self.due.reviews.iter().enumerate() {
                let reviewed = self
                    .activity(&old.org, &old.activity)
                    .and_then(|(_, a)| a.activity.last_reviewed.as_deref())
                    == Some(today_s.as_str());
                // (Looked for in the list only when reviewed today: few
                // are, and the list may hold 100,000.)
                let listed = || {
                    reviews
                        .iter()
                        .any(|r| r.org == old.org && r.activity == old.activity)
                };
                if reviewed && !listed() {
                    let id = (old.org.clone(), old.activity.clone());
                    reviews.insert(i.min(reviews.len()), old.clone());
                    if !done.contains(&id) {
                        done.push(id);
                    }
                }
            }
            // One due again (its review taken back) is no longer marked.
            let kept: Vec<(String, String)> = done
                .iter()
                .filter(|(o, a)| {
                    self.activity(o, a)
                        .and_then(|(_, e)| e.activity.last_reviewed.as_deref())
                        == Some(today_s.as_str())
                })
                .cloned()
                .collect();
            done = kept;
        } else {
            done.clear();
        }
        self.set_due(reviews, counts, today, done, keep);
    }

    /// Shows `reviews` (counted `counts`, on `today`, with the activities
    /// `done` reviewed while the list was open), the selection of the due
    /// list kept on activity `keep` while it is listed.
    fn set_due(
        &mut self,
        reviews: Vec<Review>,
        counts: Counts,
        today: Date,
        done: Vec<(String, String)>,
        keep: Option<(String, String)>,
    ) {
        let offset = self.due.offset;
        let old = std::mem::replace(
            &mut self.due,
            DueState {
                reviews,
                counts,
                today: Some(today),
                offset,
                done,
                layout: None,
            },
        );
        // A list of 100,000 activities' reviews takes a while to free.
        super::prepare::drop_later(old);
        self.reselect_due(keep);
    }

    /// Judges the reviews due again when the day has changed since they
    /// were (an interface left open over midnight), and asks for the
    /// register to be loaded and judged again; answers whether it did.
    /// The event loop asks on every turn.
    pub fn new_day(&mut self) -> bool {
        if self.loaded.is_none() || self.due.today == Some(self.review_day()) {
            return false;
        }
        self.refresh_due();
        // Findings depend on the day too (a review overdue, an
        // acknowledgement expired), and a change taken from its files
        // alone is judged on the day it comes: the register is judged
        // again whole, quietly, so that no report mixes two days.
        self.reload_requested = true;
        true
    }

    /// The review selected on the due list, when it is the screen shown.
    pub fn due_selected(&self) -> Option<&Review> {
        match self.screen() {
            Screen::Due => self.due.reviews.get(self.selection()),
            _ => None,
        }
    }

    /// `d`: the list of reviews due.
    pub fn open_due(&mut self) {
        if self.screen() != Screen::Due {
            self.stack.retain(|s| *s != Screen::Due);
            self.selected.truncate(self.stack.len());
            // Opened again: what was reviewed meanwhile leaves the list.
            // The list is kept up to date with every change, so that is
            // all there is to do, unless the day changed.
            if self.due.today == Some(self.review_day()) && self.due_prepared.is_none() {
                let done = std::mem::take(&mut self.due.done);
                self.due.layout = None;
                if !done.is_empty() {
                    self.due
                        .reviews
                        .retain(|r| !done.iter().any(|(o, a)| *o == r.org && *a == r.activity));
                }
            } else {
                self.due.done.clear();
                self.refresh_due();
            }
            self.stack.push(Screen::Due);
            self.selected.push(0);
            self.scroll = 0;
        }
    }

    /// Enter on the due list: the selected activity.
    pub(super) fn open_due_activity(&mut self) {
        let Some((org, act)) = self
            .due_selected()
            .map(|r| (r.org.clone(), r.activity.clone()))
        else {
            return;
        };
        if self.act_row(&org, &act).is_some() {
            self.stack.push(Screen::Detail { org, act });
            self.selected.push(0);
            self.scroll = 0;
        }
    }

    /// `v`: records that the selected activity (on the due list, an
    /// activity list or an activity's page) was reviewed today, changed or
    /// not: one commit setting its `last_reviewed`
    /// ([`Intent::Review`]).
    pub fn mark_reviewed(&mut self) {
        let Some((org, act)) = self.selected_activity() else {
            return;
        };
        if self.head.is_none() {
            self.notice = Some(tr(self.lang, "tui-read-only-short"));
            return;
        }
        let Some((_, a)) = self.activity(&org, &act) else {
            self.not_parsed(&org, &act);
            return;
        };
        if a.activity.status == crate::register::model::Status::Retired {
            // A retired record is kept as it was; the review cycle leaves
            // it out.
            self.notice = Some(tr_args(
                self.lang,
                "tui-retired-not-reviewed",
                &[("name", a.activity.name.as_str().into())],
            ));
            return;
        }
        let on = self.review_day();
        if a.activity.last_reviewed.as_deref() == Some(on.to_string().as_str()) {
            self.notice = Some(tr_args(
                self.lang,
                "tui-already-reviewed",
                &[
                    ("name", a.activity.name.as_str().into()),
                    ("date", on.to_string().into()),
                ],
            ));
            return;
        }
        let Some(base) = self.loaded_baseline(&org, &act) else {
            return;
        };
        self.run_intent(
            Intent::Review {
                org,
                activity: act,
                on,
            },
            vec![base],
            Uncommitted::Ask,
        );
    }
}

/// "Organisation / Activity" in `room` columns: the organisation's name is
/// cut first (to no less than a third of the room), so that rows of one
/// organisation still tell their activities apart.
fn org_and_activity(org: &str, name: &str, room: usize) -> String {
    let whole = format!("{org} / {name}");
    if whole.width() <= room {
        return whole;
    }
    let org_room = room
        .saturating_sub(name.width() + 3)
        .max(room / 3)
        .min(org.width());
    let org = super::keybar::ellipsis(org, org_room);
    super::keybar::ellipsis(&format!("{org} / {name}"), room)
}

/// "overdue by 3 days", "due in 12 days"; "never reviewed" rather than
/// "due today" for a record no one has reviewed yet.
fn when(r: &Review, done: bool, lang: Lang) -> String {
    if done {
        return tr(lang, "tui-due-done");
    }
    if r.last_reviewed.is_none() {
        return tr(lang, "cli-due-never");
    }
    due::state_text(r, lang)
}

/// One row of the list.
#[derive(Debug, Clone, Copy)]
enum Row {
    /// The heading of the owner of the review at this index.
    Owner(usize),
    /// A review, by its index in [`DueState::reviews`].
    Review(usize),
}

/// Draws the list of reviews due.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme) {
    let lang = app.lang;
    let width = usize::from(area.width.saturating_sub(2));
    if app.due.layout.as_ref().is_none_or(|l| l.lang != lang) {
        app.due.layout = Some(Layout::of(&app.due, lang));
    }
    let Some(layout) = app.due.layout.take() else {
        return;
    };
    let rows = &layout.rows;
    let selected_row = layout.row_of.get(app.selection()).copied();
    let when_w = layout.when_w;
    let visible = usize::from(area.height.saturating_sub(2)).max(1);
    // Scroll only when the selection would leave the list, keeping the row
    // above it (its owner's heading, when it is the first) in view.
    let mut offset = app.due.offset.min(rows.len().saturating_sub(1));
    if let Some(row) = selected_row {
        if row < offset + 1 {
            offset = row.saturating_sub(1);
        }
        if row >= offset + visible {
            offset = row + 1 - visible;
        }
    }
    app.due.offset = offset;
    let reviews = &app.due.reviews;
    let done = |r: &Review| is_done(&app.due, r);
    let items: Vec<ListItem> = rows
        .iter()
        .skip(offset)
        .take(visible)
        .map(|row| match row {
            Row::Owner(i) => ListItem::new(Line::from(Span::styled(
                super::keybar::ellipsis(
                    &reviews
                        .get(*i)
                        .and_then(|r| r.owner.as_deref())
                        .map_or_else(|| tr(lang, "cli-due-no-owner"), printable),
                    width,
                ),
                theme.heading(),
            ))),
            Row::Review(i) => {
                let Some(r) = reviews.get(*i) else {
                    return ListItem::new(Line::default());
                };
                let is_done = done(r);
                let w = when(r, is_done, lang);
                let pad = " ".repeat(when_w.saturating_sub(w.width()));
                let style = match r.state {
                    _ if is_done => theme.dim(),
                    State::Overdue => theme.error(),
                    _ => theme.warning(),
                };
                let lead = format!("  {}  ", r.due);
                let room = width.saturating_sub(lead.width() + when_w + 2);
                let name = org_and_activity(&printable(&r.org_name), &printable(&r.name), room);
                ListItem::new(Line::from(vec![
                    Span::raw(lead),
                    Span::styled(format!("{w}{pad}"), style),
                    Span::raw(format!("  {name}")),
                ]))
            }
        })
        .collect();
    app.due.layout = Some(layout);
    let c = app.due.counts;
    let title = tr_args(
        lang,
        "tui-due-title",
        &[
            ("overdue", c.overdue.into()),
            ("soon", c.soon.into()),
            ("days", due::DEFAULT_WINDOW_DAYS.into()),
        ],
    );
    let list = List::new(items)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(super::detail::title_fit(&format!(" {title} "), area.width))
                .border_style(theme.border()),
        )
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(selected_row.map(|r| r - offset));
    f.render_stateful_widget(list, area, &mut state);
    if reviews.is_empty() {
        let inner = area.inner(ratatui::layout::Margin::new(1, 1));
        f.render_widget(
            Paragraph::new(Span::styled(
                tr_args(
                    lang,
                    "cli-due-none",
                    &[("days", due::DEFAULT_WINDOW_DAYS.into())],
                ),
                theme.dim(),
            )),
            inner,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reviews due after records were changed in place, worked out for
    /// them alone, are those a fresh listing of the changed register
    /// gives: an activity reviewed long ago (now due), one reviewed today
    /// (no longer due), one removed, and an organisation file.
    #[test]
    fn reviews_due_for_the_records_changed_are_those_of_a_fresh_listing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = crate::register::load::load(&root).expect("the sample loads");
        let today = Date::parse("2026-12-02").expect("date");
        let mut app = App::new("registry");
        app.today = Some(today);
        app.set_loaded(loaded);
        let mut changed = Vec::new();
        let paths = |app: &App| -> Vec<String> {
            let orgs = app.organisations();
            let da = &orgs[0];
            vec![
                da.activities[0].file.path.clone(),
                da.activities[1].file.path.clone(),
                da.activities[2].file.path.clone(),
                orgs[1].file.path.clone(),
            ]
        };
        let before = app.due_of(&paths(&app));
        {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            let orgs = &mut loaded.register.organisations;
            let da = &mut orgs[0];
            da.activities[0].activity.last_reviewed = Some("2019-01-01".into());
            da.activities[1].activity.last_reviewed = Some(today.to_string());
            changed.push(da.activities[0].file.path.clone());
            changed.push(da.activities[1].file.path.clone());
            let gone = da.activities.remove(2);
            changed.push(gone.file.path);
            let other = &mut orgs[1];
            other.org.name = "Et nyt navn".into();
            changed.push(other.file.path.clone());
        }
        app.refresh_due_for(&changed, before);
        // A change no review shows (a description) leaves the list as is.
        let before = app.due_of(&[app.organisations()[0].activities[3].file.path.clone()]);
        {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            let a = &mut loaded.register.organisations[0].activities[3];
            a.activity.description = Some("Ændret beskrivelse".into());
            changed = vec![a.file.path.clone()];
        }
        let listed = app.due.reviews.clone();
        app.refresh_due_for(&changed, before);
        assert_eq!(app.due.reviews, listed);
        let mut fresh = App::new("registry");
        fresh.today = Some(today);
        fresh.set_loaded(app.loaded.as_deref().expect("loaded").clone());
        let names = |a: &App| -> Vec<(String, String, String)> {
            a.due
                .reviews
                .iter()
                .map(|r| (r.org.clone(), r.activity.clone(), r.org_name.clone()))
                .collect()
        };
        assert_eq!(names(&app), names(&fresh));
        assert!(
            names(&app).iter().any(|(_, _, n)| n == "Et nyt navn"),
            "the organisation's new name is on its reviews"
        );

        // A name changed: the review is written over at its place, and the
        // list is a fresh listing's.
        let r = app.due.reviews[1].clone();
        let (_, a) = app.activity(&r.org, &r.activity).expect("listed");
        let path = vec![a.file.path.clone()];
        let before = app.due_of(&path);
        {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            for o in &mut loaded.register.organisations {
                for a in o.activities.iter_mut().filter(|a| a.file.path == path[0]) {
                    a.activity.name = "Løn og ferie – Ærø".into();
                }
            }
        }
        app.refresh_due_for(&path, before);
        assert_eq!(app.due.reviews[1].name, "Løn og ferie – Ærø");
        let mut fresh = App::new("registry");
        fresh.today = Some(today);
        fresh.set_loaded(app.loaded.as_deref().expect("loaded").clone());
        assert_eq!(app.due.reviews, fresh.due.reviews);
        assert_eq!(app.due.counts, fresh.due.counts);
    }

    /// With the due list open, the reviews worked out for the records
    /// changed alone are those a whole listing gives: an activity reviewed
    /// today stays at its place marked done, one newly due goes in at its
    /// owner's place, and the selection stays on its activity; then the
    /// review taken back lists it again.
    #[test]
    fn with_the_list_open_the_records_changed_are_listed_as_a_whole_listing_would() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let today = Date::parse("2026-12-02").expect("date");
        let open = || {
            let mut app = App::new("registry");
            app.today = Some(today);
            app.set_loaded(crate::register::load::load(&root).expect("the sample loads"));
            app.open_due();
            app
        };
        let (mut alone, mut whole) = (open(), open());
        assert!(alone.due.reviews.len() > 3, "the sample has reviews due");
        let picked = alone.due.reviews[2].clone();
        let selected = alone.due.reviews[3].clone();
        for app in [&mut alone, &mut whole] {
            *app.selected.last_mut().expect("selection") = 3;
        }
        // `picked` reviewed today; an activity not due made due.
        let change = |app: &mut App, reviewed: &str| -> Vec<String> {
            let mut changed = Vec::new();
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            for o in &mut loaded.register.organisations {
                for a in &mut o.activities {
                    let id = a.file.path.rsplit('/').next().unwrap_or_default();
                    if o.org.id == picked.org && id == format!("{}.ron", picked.activity) {
                        a.activity.last_reviewed = Some(reviewed.into());
                        changed.push(a.file.path.clone());
                    }
                }
            }
            let o = loaded
                .register
                .organisations
                .last_mut()
                .expect("an organisation");
            let a = o.activities.last_mut().expect("an activity");
            a.activity.last_reviewed = Some("2001-01-01".into());
            changed.push(a.file.path.clone());
            changed
        };
        let today_s = today.to_string();
        let paths = change(&mut open(), &today_s);
        let before = alone.due_of(&paths);
        let changed = change(&mut alone, &today_s);
        change(&mut whole, &today_s);
        alone.refresh_due_for(&changed, before);
        whole.refresh_due();
        let state = |a: &App| {
            (
                a.due.reviews.clone(),
                a.due.done.clone(),
                a.due.counts,
                a.selection(),
            )
        };
        assert_eq!(state(&alone), state(&whole));
        assert_eq!(alone.due.reviews[2], picked, "the activity reviewed stays");
        // `v` alone on another one (the list is only marked): the same.
        let (mut alone2, mut whole2) = (open(), open());
        let next = alone2.due.reviews[4].clone();
        let review = |app: &mut App| -> Vec<String> {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            let mut changed = Vec::new();
            for o in &mut loaded.register.organisations {
                for a in &mut o.activities {
                    let id = a.file.path.rsplit('/').next().unwrap_or_default();
                    if o.org.id == next.org && id == format!("{}.ron", next.activity) {
                        a.activity.last_reviewed = Some(today.to_string());
                        changed.push(a.file.path.clone());
                    }
                }
            }
            changed
        };
        let paths2 = review(&mut open());
        let before2 = alone2.due_of(&paths2);
        let changed2 = review(&mut alone2);
        review(&mut whole2);
        alone2.refresh_due_for(&changed2, before2);
        whole2.refresh_due();
        assert_eq!(state(&alone2), state(&whole2));
        assert_eq!(alone2.due.done.len(), 1);
        assert_eq!(alone2.due.reviews[4], next, "the activity reviewed stays");
        assert_eq!(alone.due_selected(), Some(&selected));
        assert_eq!(alone.due.done.len(), 1);

        // The review taken back (undo): listed again, as due.
        let old = picked
            .last_reviewed
            .map(|d| d.to_string())
            .unwrap_or_default();
        let before = alone.due_of(&paths);
        let changed = change(&mut alone, &old);
        change(&mut whole, &old);
        alone.refresh_due_for(&changed, before);
        whole.refresh_due();
        assert_eq!(state(&alone), state(&whole));
    }

    #[test]
    fn a_long_organisation_name_is_cut_before_the_activity_name() {
        let org = "OS2 - Offentligt digitaliseringsfællesskab";
        let row = org_and_activity(org, "os2.eu og tilknyttede platforme", 50);
        assert!(row.ends_with(" / os2.eu og tilknyttede platforme"), "{row}");
        assert!(row.starts_with("OS2 - Off") && row.contains('…'), "{row}");
        assert_eq!(row.width(), 50);
        // Room for both: nothing cut.
        assert_eq!(org_and_activity("Djøf", "Zoom", 50), "Djøf / Zoom");
        // Little room: the organisation keeps a third, the end is cut.
        let row = org_and_activity(org, "os2.eu og tilknyttede platforme", 30);
        assert!(row.starts_with("OS2 - Off") && row.ends_with('…'), "{row}");
        assert!(row.width() <= 30, "{row}");
    }
}
