//! What the interface derives from a load and from a validation report
//! (the records' index, the reviews due, the findings counted and grouped),
//! made on the loader's thread, so that taking a register of 100,000
//! activities costs the thread that reads keys and draws no more than a
//! frame. [`App::set_loaded`] and [`App::set_report`] make the same on the
//! calling thread; the session's loader sends these instead.

use std::sync::{Arc, Weak};

use super::app::App;
use super::problems::{Grouped, ProblemsState, View};
use super::records::Index;
use super::tally::Findings;
use crate::register::date::Date;
use crate::register::due::Review;
use crate::register::lang::Lang;
use crate::register::load::Loaded;
use crate::register::validate::Report;

/// A loaded register with what the screens look it up by.
#[derive(Debug)]
pub struct Prepared {
    /// The register, shared with what the loader prepares next.
    pub(super) loaded: Arc<Loaded>,
    /// Its records' index ([`Index::build`]).
    pub(super) index: Index,
    /// The reviews due on that day, in the due list's order
    /// ([`super::due::due_list`]).
    pub(super) due: (Date, Vec<Review>),
}

impl Prepared {
    /// Indexes `loaded` and lists the reviews due on `today` (the day the
    /// interface judges reviews on, [`App::review_day`]).
    pub fn new(loaded: Loaded, today: Date) -> Prepared {
        let index = Index::build(&loaded);
        let due = super::due::due_list(&loaded.register, today);
        Prepared {
            loaded: Arc::new(loaded),
            index,
            due: (today, due),
        }
    }

    /// The register, to prepare its report with ([`PreparedReport::new`]).
    pub fn loaded(&self) -> &Arc<Loaded> {
        &self.loaded
    }
}

/// A validation report with its findings counted per file and folder and
/// grouped by record for the problems screen.
#[derive(Debug)]
pub struct PreparedReport {
    pub(super) report: Report,
    pub(super) findings: Findings,
    /// The problems view of the findings grouped by the records of
    /// `loaded`, when made ahead (for the filter and language the
    /// interface had when the load started).
    pub(super) grouped: Option<(Weak<Loaded>, View)>,
}

impl PreparedReport {
    /// Counts `report`'s findings and groups them by the records of
    /// `loaded` (the register the report is of, as [`Prepared`] sent it;
    /// held weakly, so the interface's copy stays its own to change) into
    /// the problems view's rows for filter `state` in `lang`.
    pub fn new(
        report: Report,
        loaded: &Weak<Loaded>,
        state: &ProblemsState,
        lang: Lang,
    ) -> PreparedReport {
        let findings = Findings::build(&report);
        let Some(loaded) = loaded.upgrade() else {
            // The interface has let that register go: nothing to group by.
            return PreparedReport {
                report,
                findings,
                grouped: None,
            };
        };
        // The grouping reads the register through the interface's lookups:
        // a scratch interface holding this register and report makes it.
        let mut scratch = App::default();
        scratch.index = Index::build(&loaded);
        scratch.loaded = Some(loaded.clone());
        scratch.report = Some(report);
        scratch.lang = lang;
        let grouped = Grouped::build(&scratch);
        let view = View::make(grouped, state, &scratch);
        let report = scratch.report.take().unwrap_or_default();
        // The register is the interface's: the scratch lets go of it now,
        // not whenever the thread that frees the rest gets to it.
        scratch.loaded = None;
        super::prepare::drop_later(scratch);
        PreparedReport {
            report,
            findings,
            grouped: Some((Arc::downgrade(&loaded), view)),
        }
    }

    /// `report` counted, its grouping left to the interface.
    pub fn counted(report: Report) -> PreparedReport {
        PreparedReport {
            findings: Findings::build(&report),
            report,
            grouped: None,
        }
    }
}

/// Drops `t` on a thread of its own: the structures of a register of
/// 100,000 activities take longer than a frame to free.
pub(super) fn drop_later<T: Send + 'static>(t: T) {
    let _ = std::thread::Builder::new()
        .name("ropa-drop".into())
        .spawn(move || drop(t));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::load;
    use crate::register::validate::{Options, validate};

    fn sample() -> (App, Loaded, Report) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = load(&root).expect("load");
        let report = validate(&loaded, &Options::default());
        let mut app = App::new(root.display().to_string());
        app.root = root;
        (app, loaded, report)
    }

    /// What the loader made is taken as it is: the input thread neither
    /// indexes the register again nor lists the reviews due nor groups the
    /// findings (each replaced here by a marker the app must show).
    #[test]
    fn the_loaders_index_reviews_and_groups_are_taken_not_made_again() {
        let (mut app, loaded, report) = sample();
        let today = app.review_day();
        let mut prepared = Prepared::new(loaded, today);
        let made = format!("{:?}", prepared.index);
        assert_ne!(
            made,
            format!("{:?}", Index::default()),
            "an index was built"
        );
        prepared.index = Index::default();
        prepared.due.1.clear();
        let weak = Arc::downgrade(prepared.loaded());
        app.set_prepared(prepared);
        assert_eq!(
            format!("{:?}", app.index),
            format!("{:?}", Index::default())
        );
        assert!(app.due.reviews.is_empty());

        // Grouped ahead (here: nothing) for the register shown: used.
        let mut ahead = PreparedReport::new(report.clone(), &weak, &app.problems, app.lang);
        assert!(ahead.grouped.is_some());
        let empty = View::make(Grouped::default(), &app.problems, &app);
        ahead.grouped = Some((weak.clone(), empty.clone()));
        app.set_prepared_report(ahead);
        assert!(!app.report().expect("report").findings.is_empty());
        assert!(super::super::problems::rows(&app).is_empty());

        // Grouped for another register (one a save replaced): made again.
        let other = Arc::new(Loaded::default());
        let mut stale = PreparedReport::counted(report.clone());
        stale.grouped = Some((Arc::downgrade(&other), empty));
        app.set_prepared_report(stale);
        assert!(!super::super::problems::rows(&app).is_empty());

        // Without a register to group by, the report is still taken. (What
        // the interface let go of may be freed on a thread of its own: wait
        // for it.)
        drop(app);
        let waited = std::time::Instant::now();
        while weak.strong_count() > 0 && waited.elapsed() < std::time::Duration::from_secs(10) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        let gone = PreparedReport::new(report, &weak, &ProblemsState::default(), Lang::default());
        assert!(gone.grouped.is_none());
        assert!(!gone.report.findings.is_empty());
    }

    /// The reviews due the loader listed for another day are not taken.
    #[test]
    fn reviews_listed_for_another_day_are_listed_again() {
        let (mut app, loaded, _) = sample();
        let today = app.review_day();
        let expected = super::super::due::due_list(&loaded.register, today);
        let mut prepared = Prepared::new(loaded, today);
        prepared.due.0 = Date::parse("2000-01-01").expect("date");
        prepared.due.1.clear();
        app.set_prepared(prepared);
        assert_eq!(app.due.reviews.len(), expected.len());
    }
}
