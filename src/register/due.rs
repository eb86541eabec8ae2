//! The review cycle: when each activity is next due for review, and who
//! reviews it.
//!
//! An activity is reviewed every `review_interval_months` months: its own
//! value, else its organisation's, else [`DEFAULT_INTERVAL_MONTHS`] (once
//! a year). Its next review is due that many calendar months after
//! `last_reviewed` (a day the month lacks becomes the month's last day:
//! reviewed on 31 August with a six-month interval is due on 28 February).
//! An activity never reviewed (or whose `last_reviewed` is not a date) is
//! due today. Retired activities are not reviewed.
//!
//! Against "today" — the user's local date ([`Date::today`]) — each
//! review is [`State::Overdue`] (its due date has passed), [`State::Soon`]
//! (due today or within the window, [`DEFAULT_WINDOW_DAYS`] days by
//! default, the last day included) or [`State::Fine`]. Validation rule
//! REV-001 warns exactly when a review is overdue.
//!
//! Reviews are grouped by owner ([`by_owner`]): the activity's `owner` as
//! written (surrounding spaces ignored), activities without one together
//! in a last group.

use serde::Serialize;

use crate::register::date::Date;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::load::{ActivityEntry, OrgEntry, Register};
use crate::register::model::{Activity, Organisation, Status};

/// The review interval when neither the activity nor its organisation
/// sets one: a year.
pub const DEFAULT_INTERVAL_MONTHS: u32 = 12;

/// The longest review interval accepted: ten years. Longer ones, and 0,
/// are REV-003 errors and are not used.
pub const MAX_INTERVAL_MONTHS: u32 = 120;

/// How many days ahead a review counts as due soon, unless asked
/// otherwise.
pub const DEFAULT_WINDOW_DAYS: u32 = 30;

/// Whether `months` is a review interval ropa accepts (1 to
/// [`MAX_INTERVAL_MONTHS`]).
pub fn valid_interval(months: u32) -> bool {
    (1..=MAX_INTERVAL_MONTHS).contains(&months)
}

/// The review interval of activity `a` of organisation `org`, in months:
/// the activity's own, else the organisation's, else a year. A value out
/// of range (REV-003) is passed over as if absent.
pub fn interval_months(org: &Organisation, a: &Activity) -> u32 {
    [a.review_interval_months, org.review_interval_months]
        .into_iter()
        .flatten()
        .find(|m| valid_interval(*m))
        .unwrap_or(DEFAULT_INTERVAL_MONTHS)
}

/// The day a review done on `last` is next due, `months` later.
pub fn next_review(last: Date, months: u32) -> Date {
    last.add_months(months)
}

/// Where a review stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Its due date has passed.
    Overdue,
    /// Due today or within the window.
    Soon,
    /// Due after the window.
    Fine,
}

impl State {
    /// `overdue`, `soon` or `fine`, as JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Overdue => "overdue",
            State::Soon => "soon",
            State::Fine => "fine",
        }
    }

    /// The state of a review due on `due`, judged on `today` with a window
    /// of `window` days.
    pub fn of(due: Date, today: Date, window: u32) -> State {
        let days = due.days() - today.days();
        if days < 0 {
            State::Overdue
        } else if days <= i64::from(window) {
            State::Soon
        } else {
            State::Fine
        }
    }

    /// Overdue or due soon: a review to plan.
    pub fn is_due(self) -> bool {
        self != State::Fine
    }
}

/// One activity's next review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    /// The organisation: its folder's name.
    pub org: String,
    /// The organisation's name.
    pub org_name: String,
    /// The activity: its file's name without `.ron`.
    pub activity: String,
    /// The activity's name.
    pub name: String,
    /// Who reviews it (`owner`, trimmed; `None` when absent or blank).
    pub owner: Option<String>,
    /// The last review, when one is recorded as a date.
    #[serde(serialize_with = "date_opt")]
    pub last_reviewed: Option<Date>,
    /// The interval that applies, in months.
    pub interval_months: u32,
    /// The day the next review is due.
    #[serde(serialize_with = "date")]
    pub due: Date,
    /// Days from today to `due` (negative: overdue by that many days).
    pub days: i64,
    /// Overdue, soon or fine.
    pub state: State,
}

fn date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

fn date_opt<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

impl Review {
    /// The review of activity `a` of organisation `o` on `today`; `None`
    /// for a retired activity.
    pub fn of(o: &OrgEntry, a: &ActivityEntry, today: Date, window: u32) -> Option<Review> {
        let act = &a.activity;
        if act.status == Status::Retired {
            return None;
        }
        let months = interval_months(&o.org, act);
        let last = act.last_reviewed.as_deref().and_then(Date::parse);
        let due = last.map_or(today, |d| next_review(d, months));
        Some(Review {
            org: folder(&o.file.path).to_string(),
            org_name: o.org.name.clone(),
            activity: file_stem(&a.file.path).unwrap_or(&act.id).to_string(),
            name: act.name.clone(),
            owner: act
                .owner
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            last_reviewed: last,
            interval_months: months,
            due,
            days: due.days() - today.days(),
            state: State::of(due, today, window),
        })
    }
}

/// The first component of a register path: the organisation's folder.
fn folder(path: &str) -> &str {
    path.split_once('/').map_or(path, |(f, _)| f)
}

/// `x` of `org/activities/x.ron`.
fn file_stem(path: &str) -> Option<&str> {
    path.rsplit('/').next()?.strip_suffix(".ron")
}

/// The reviews of every activity of the register that is not retired, on
/// `today` with a window of `window` days: soonest due first (then by
/// organisation and activity).
pub fn reviews(reg: &Register, today: Date, window: u32) -> Vec<Review> {
    let mut out: Vec<Review> = reg
        .organisations
        .iter()
        .flat_map(|o| {
            o.activities
                .iter()
                .filter_map(move |a| Review::of(o, a, today, window))
        })
        .collect();
    out.sort_by(|a, b| (a.due, &a.org, &a.activity).cmp(&(b.due, &b.org, &b.activity)));
    out
}

/// The reviews of one owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnerGroup {
    /// The owner as written; `None` for activities without one.
    pub owner: Option<String>,
    /// Their reviews, in the order given.
    pub reviews: Vec<Review>,
}

/// `reviews` grouped by owner: owners in alphabetical order (ignoring
/// case), activities without an owner last; each group keeps the order
/// of `reviews`.
pub fn by_owner(reviews: Vec<Review>) -> Vec<OwnerGroup> {
    let mut groups: Vec<OwnerGroup> = Vec::new();
    for r in reviews {
        match groups.iter_mut().find(|g| g.owner == r.owner) {
            Some(g) => g.reviews.push(r),
            None => groups.push(OwnerGroup {
                owner: r.owner.clone(),
                reviews: vec![r],
            }),
        }
    }
    groups.sort_by(|a, b| match (&a.owner, &b.owner) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(x), Some(y)) => x.to_lowercase().cmp(&y.to_lowercase()).then(x.cmp(y)),
    });
    groups
}

/// How many reviews are overdue and how many due soon.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Past their due date.
    pub overdue: usize,
    /// Due today or within the window.
    pub soon: usize,
}

impl Counts {
    /// The counts of `reviews`.
    pub fn of<'a>(reviews: impl IntoIterator<Item = &'a Review>) -> Counts {
        let mut c = Counts::default();
        for r in reviews {
            match r.state {
                State::Overdue => c.overdue += 1,
                State::Soon => c.soon += 1,
                State::Fine => {}
            }
        }
        c
    }

    /// Overdue and due soon together: the reviews to plan.
    pub fn due(self) -> usize {
        self.overdue + self.soon
    }
}

/// A review's state in words: "overdue by 3 days", "due today", "due in
/// 12 days", in `lang`.
pub fn state_text(r: &Review, lang: Lang) -> String {
    let days = usize::try_from(r.days.unsigned_abs()).unwrap_or(usize::MAX);
    match r.state {
        State::Overdue => tr_args(lang, "cli-due-overdue", &[("days", days.into())]),
        _ if r.days == 0 => tr(lang, "cli-due-today"),
        _ => tr_args(lang, "cli-due-in", &[("days", days.into())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::SourceFile;

    fn d(s: &str) -> Date {
        Date::parse(s).expect("date")
    }

    fn org(interval: Option<u32>) -> OrgEntry {
        let text = "";
        let mut o: Organisation = ron::from_str(
            r#"(id: "acme", name: "Acme", role: Controller, kind: Company, country: "DK")"#,
        )
        .expect("organisation");
        o.review_interval_months = interval;
        OrgEntry {
            org: o,
            file: SourceFile::new("acme/organisation.ron".into(), text.into()),
            activities: Vec::new(),
        }
    }

    fn act(id: &str, last: Option<&str>, owner: Option<&str>) -> ActivityEntry {
        let mut a = Activity::draft(id, id.to_uppercase());
        a.status = Status::Approved;
        a.last_reviewed = last.map(str::to_string);
        a.owner = owner.map(str::to_string);
        ActivityEntry {
            activity: a,
            file: SourceFile::new(format!("acme/activities/{id}.ron"), String::new()),
        }
    }

    fn review(o: &OrgEntry, a: &ActivityEntry, today: &str) -> Review {
        Review::of(o, a, d(today), DEFAULT_WINDOW_DAYS).expect("active")
    }

    #[test]
    fn the_interval_is_the_activitys_else_the_organisations_else_a_year() {
        let mut a = act("x", None, None);
        assert_eq!(interval_months(&org(None).org, &a.activity), 12);
        assert_eq!(interval_months(&org(Some(6)).org, &a.activity), 6);
        a.activity.review_interval_months = Some(3);
        assert_eq!(interval_months(&org(Some(6)).org, &a.activity), 3);
        // Out of range values are not used.
        a.activity.review_interval_months = Some(0);
        assert_eq!(interval_months(&org(Some(6)).org, &a.activity), 6);
        assert_eq!(interval_months(&org(Some(121)).org, &a.activity), 12);
        assert!(valid_interval(1) && valid_interval(120));
        assert!(!valid_interval(0) && !valid_interval(121));
    }

    #[test]
    fn states_around_the_due_date_and_the_window_edge() {
        let o = org(None);
        let a = act("x", Some("2025-12-02"), None);
        // Due 2026-12-02.
        let on = |today: &str| review(&o, &a, today);
        assert_eq!(on("2026-12-03").state, State::Overdue);
        assert_eq!(on("2026-12-03").days, -1);
        assert_eq!(on("2026-12-02").state, State::Soon);
        assert_eq!(on("2026-12-02").days, 0);
        assert_eq!(on("2026-12-01").state, State::Soon);
        // Exactly at the window's edge (30 days ahead) is due soon; a day
        // beyond it is fine.
        assert_eq!(on("2026-11-02").days, 30);
        assert_eq!(on("2026-11-02").state, State::Soon);
        assert_eq!(on("2026-11-01").state, State::Fine);
        assert_eq!(on("2026-12-02").due.to_string(), "2026-12-02");
        // Another window.
        assert_eq!(
            Review::of(&o, &a, d("2026-11-01"), 31).map(|r| r.state),
            Some(State::Soon)
        );
        assert_eq!(
            Review::of(&o, &a, d("2026-12-01"), 0).map(|r| r.state),
            Some(State::Fine)
        );
        assert_eq!(
            Review::of(&o, &a, d("2026-12-02"), 0).map(|r| r.state),
            Some(State::Soon)
        );
    }

    #[test]
    fn leap_days_and_month_ends() {
        let mut a = act("x", Some("2024-02-29"), None);
        assert_eq!(review(&org(None), &a, "2025-01-01").due, d("2025-02-28"));
        assert_eq!(
            review(&org(Some(48)), &a, "2025-01-01").due,
            d("2028-02-29")
        );
        a.activity.last_reviewed = Some("2026-08-31".into());
        a.activity.review_interval_months = Some(6);
        assert_eq!(review(&org(None), &a, "2026-09-01").due, d("2027-02-28"));
        a.activity.last_reviewed = Some("2027-08-31".into());
        assert_eq!(review(&org(None), &a, "2027-09-01").due, d("2028-02-29"));
        a.activity.last_reviewed = Some("2026-01-31".into());
        a.activity.review_interval_months = Some(1);
        let r = review(&org(None), &a, "2026-03-01");
        assert_eq!(r.due, d("2026-02-28"));
        assert_eq!((r.state, r.days), (State::Overdue, -1));
    }

    #[test]
    fn never_reviewed_is_due_today_and_retired_is_left_out() {
        let o = org(None);
        let never = review(&o, &act("x", None, None), "2026-12-02");
        assert_eq!((never.due, never.days), (d("2026-12-02"), 0));
        assert_eq!(never.state, State::Soon);
        assert_eq!(never.last_reviewed, None);
        // A date that is no date counts as no review.
        let bad = review(&o, &act("x", Some("2026-02-30"), None), "2026-12-02");
        assert_eq!(bad.due, d("2026-12-02"));
        let mut retired = act("y", Some("2000-01-01"), None);
        retired.activity.status = Status::Retired;
        assert_eq!(Review::of(&o, &retired, d("2026-12-02"), 30), None);
        // Drafts and records in review are reviewed too.
        let mut draft = act("z", Some("2000-01-01"), None);
        draft.activity.status = Status::Draft;
        assert_eq!(review(&o, &draft, "2026-12-02").state, State::Overdue);
    }

    #[test]
    fn grouped_by_owner_with_no_owner_last() {
        let mut o = org(None);
        o.activities = vec![
            act("a", Some("2026-01-01"), Some("hr")),
            act("b", None, None),
            act("c", Some("2020-01-01"), Some(" IT ")),
            act("d", Some("2025-06-01"), Some("hr")),
            act("e", Some("2026-11-01"), Some("  ")),
        ];
        let reg = Register {
            root: std::path::PathBuf::from("r"),
            organisations: vec![o],
        };
        let all = reviews(&reg, d("2026-12-02"), 30);
        let order: Vec<&str> = all.iter().map(|r| r.activity.as_str()).collect();
        assert_eq!(order, ["c", "d", "b", "a", "e"]);
        let counts = Counts::of(&all);
        assert_eq!((counts.overdue, counts.soon, counts.due()), (2, 2, 4));
        let groups = by_owner(all);
        let names: Vec<Option<&str>> = groups.iter().map(|g| g.owner.as_deref()).collect();
        assert_eq!(names, [Some("hr"), Some("IT"), None]);
        let ids = |g: &OwnerGroup| -> Vec<String> {
            g.reviews.iter().map(|r| r.activity.clone()).collect()
        };
        assert_eq!(ids(&groups[0]), ["d", "a"]);
        assert_eq!(ids(&groups[2]), ["b", "e"]);
    }
}
