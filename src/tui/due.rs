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
}

/// The reviews of `register` due on `today` (in the register's order).
pub fn due_reviews(register: &crate::register::load::Register, today: Date) -> Vec<Review> {
    due::reviews(register, today, due::DEFAULT_WINDOW_DAYS)
        .into_iter()
        .filter(|r| r.state.is_due())
        .collect()
}

impl App {
    /// The day reviews are judged on and recorded with: the user's local
    /// date, unless a test set another ([`App::today`]).
    pub fn review_day(&self) -> Date {
        self.today.unwrap_or_else(Date::today)
    }

    /// The reviews due again after the record files `paths` changed in
    /// the loaded register (replaced, added or removed in place): the
    /// reviews of their activities (all of an organisation's, for its
    /// file) are worked out again and the others kept, instead of judging
    /// every activity of the register. As [`App::refresh_due`] otherwise.
    pub(super) fn refresh_due_for(&mut self, paths: &[String]) {
        use super::records::{activity_file, organisation_file};
        let today = self.review_day();
        if self.due.today != Some(today) || self.due_prepared.is_some() {
            self.refresh_due();
            return;
        }
        // The order `due::reviews` lists them in.
        fn order(r: &Review) -> (Date, &str, &str) {
            (r.due, &r.org, &r.activity)
        }
        let whole: Vec<&str> = paths.iter().filter_map(|p| organisation_file(p)).collect();
        let one: Vec<(&str, &str)> = paths.iter().filter_map(|p| activity_file(p)).collect();
        let touched = |org: &str, act: &str| whole.contains(&org) || one.contains(&(org, act));
        // The touched records' reviews due now, in the list's own order.
        let window = crate::register::due::DEFAULT_WINDOW_DAYS;
        let mut fresh: Vec<Review> = Vec::new();
        for o in self.organisations() {
            let org = super::records::org_id(o);
            if !whole.contains(&org) && !one.iter().any(|(g, _)| *g == org) {
                continue;
            }
            for a in &o.activities {
                if touched(org, super::records::act_id(a))
                    && let Some(r) = Review::of(o, a, today, window).filter(|r| r.state.is_due())
                {
                    fresh.push(r);
                }
            }
        }
        fresh.sort_by(|a, b| order(a).cmp(&order(b)));
        // Most saves change nothing a review shows (its name, owner, last
        // review, interval): the list stays as it is.
        let mut shown: Vec<&Review> = self
            .due
            .reviews
            .iter()
            .filter(|r| touched(&r.org, &r.activity))
            .collect();
        shown.sort_by(|a, b| order(a).cmp(&order(b)));
        if shown.len() == fresh.len() && shown.iter().zip(&fresh).all(|(a, b)| *a == b) {
            return;
        }
        // The list as `due::reviews` made it: the one shown, but for the
        // activities reviewed today kept in it while it was open, back in
        // its own order (a copy only here, after a change, not at each
        // listing: at 100,000 activities it is tens of milliseconds).
        let done = &self.due.done;
        let mut raw: Vec<Review> = self
            .due
            .reviews
            .iter()
            .filter(|r| !done.iter().any(|(o, a)| *o == r.org && *a == r.activity))
            .filter(|r| !touched(&r.org, &r.activity))
            .cloned()
            .collect();
        raw.sort_by(|a, b| order(a).cmp(&order(b)));
        for r in fresh {
            let at = raw.partition_point(|x| order(x) < order(&r));
            raw.insert(at, r);
        }
        self.due_prepared = Some((today, raw));
        self.refresh_due();
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
        let reviews: Vec<Review> = match (prepared, &self.loaded) {
            (Some(r), _) => r,
            (None, Some(l)) => due_reviews(&l.register, today),
            (None, None) => Vec::new(),
        };
        let counts = Counts::of(&reviews);
        let reviews: Vec<Review> = due::by_owner(reviews)
            .into_iter()
            .flat_map(|g| g.reviews)
            .collect();
        // Keep the ones reviewed today while the list was open, at their
        // places.
        let mut reviews = reviews;
        let mut done = std::mem::take(&mut self.due.done);
        if self.stack.contains(&Screen::Due) {
            for (i, old) in self.due.reviews.iter().enumerate() {
                let id = (old.org.clone(), old.activity.clone());
                let listed = reviews
                    .iter()
                    .any(|r| r.org == old.org && r.activity == old.activity);
                let reviewed = self
                    .activity(&old.org, &old.activity)
                    .and_then(|(_, a)| a.activity.last_reviewed.as_deref())
                    == Some(today.to_string().as_str());
                if !listed && reviewed {
                    reviews.insert(i.min(reviews.len()), old.clone());
                    if !done.contains(&id) {
                        done.push(id);
                    }
                }
            }
        } else {
            done.clear();
        }
        let len = reviews.len();
        let at = keep.and_then(|(org, act)| {
            reviews
                .iter()
                .position(|r| r.org == org && r.activity == act)
        });
        self.due = DueState {
            reviews,
            counts,
            today: Some(today),
            offset: self.due.offset,
            done,
        };
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

    /// Judges the reviews due again when the day has changed since they
    /// were (an interface left open over midnight); answers whether it
    /// did. The event loop asks on every turn.
    pub fn new_day(&mut self) -> bool {
        if self.loaded.is_none() || self.due.today == Some(self.review_day()) {
            return false;
        }
        self.refresh_due();
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
            self.due.done.clear();
            self.refresh_due();
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
    let reviews = &app.due.reviews;
    let mut rows: Vec<Row> = Vec::new();
    let mut selected_row = None;
    for (i, r) in reviews.iter().enumerate() {
        if i == 0 || reviews[i - 1].owner != r.owner {
            rows.push(Row::Owner(i));
        }
        if i == app.selection() {
            selected_row = Some(rows.len());
        }
        rows.push(Row::Review(i));
    }
    let done = |r: &Review| {
        app.due
            .done
            .iter()
            .any(|(o, a)| *o == r.org && *a == r.activity)
    };
    let when_w = reviews
        .iter()
        .map(|r| when(r, done(r), lang).width())
        .max()
        .unwrap_or(0);
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
        app.refresh_due_for(&changed);
        // A change no review shows (a description) leaves the list as is.
        {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            let a = &mut loaded.register.organisations[0].activities[3];
            a.activity.description = Some("Ændret beskrivelse".into());
            changed = vec![a.file.path.clone()];
        }
        let listed = app.due.reviews.clone();
        app.refresh_due_for(&changed);
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
