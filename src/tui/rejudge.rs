//! A change of some of the register's files taken into the report shown
//! and into what the screens derive from it (the counts of each file and
//! folder, the problems view's groups, rows and selection), for those
//! files alone: after a save, an undo or a change from outside that the
//! interface takes from its files ([`super::follow`]), the thread that
//! reads keys does work in proportion to the change, not to a register of
//! 100,000 activities and its 70,000 findings.

use super::app::App;
use crate::register::validate::{Options, rejudge};

impl App {
    /// Judges the files `changed` (register paths, as the loaded register
    /// holds them now) again in the report shown ([`rejudge`]) and updates
    /// what is derived from it for them alone. Without a report or a
    /// register, nothing.
    pub(super) fn rejudge_files(&mut self, changed: &[String]) {
        if self.report.is_none() || self.loaded.is_none() {
            return;
        }
        let keep = self.problem_selections();
        let (Some(mut report), Some(loaded)) = (self.report.take(), self.loaded.as_ref()) else {
            return;
        };
        let done = rejudge(&mut report, loaded, changed, &Options::default());
        if done.whole {
            // A new report: the problems view selects its finding again by
            // what tells it from the others, as after a load.
            self.problems.kept = keep.into_iter().flatten().next().map(|(_, k)| k);
            self.set_report(report);
            return;
        }
        self.report = Some(report);
        if done.is_nothing() {
            self.reselect_problems(keep, Some);
        } else {
            if let Some(report) = self.report.as_ref() {
                self.findings.rejudged(report, &done);
            }
            self.problems_rejudged(&done, keep);
        }
        self.refresh_gaps();
        // The findings taken out are freed on a thread of their own.
        super::prepare::drop_later(done);
    }
}

#[cfg(test)]
mod tests {
    use super::super::app::Screen;
    use super::super::problems::{self, Show};
    use super::super::tally::Findings;
    use super::super::watch::Changed;
    use super::*;
    use crate::register::load::load;
    use crate::register::validate::validate;
    use std::path::{Path, PathBuf};

    /// The sample register, installed as a new user gets it.
    fn sample() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("reg");
        crate::register::sample::install(&root).expect("the sample installs");
        (dir, root)
    }

    /// The interface with the register at `root` loaded and judged whole.
    fn app_of(root: &Path) -> App {
        let mut app = App::new(root.display().to_string());
        app.root = root.to_path_buf();
        app.set_loaded(load(root).expect("load"));
        let report = validate(app.loaded.as_ref().expect("loaded"), &Options::default());
        app.set_report(report);
        app
    }

    /// Takes the files `paths` as the interface takes its own save: into
    /// the loaded register, then judged again alone.
    fn take(app: &mut App, paths: &[&str]) {
        let files = paths.iter().map(|p| p.to_string()).collect();
        app.patch_in_place(&Changed {
            files,
            ..Changed::default()
        })
        .expect("taken from the files alone");
        let changed: Vec<String> = paths.iter().map(|p| p.to_string()).collect();
        app.rejudge_files(&changed);
    }

    /// The selected finding of the problems view on top, by what tells
    /// it from the others.
    fn selected(app: &App) -> Option<(String, String, String)> {
        let f = &app.report()?.findings[app.selected_finding()?];
        Some((f.path.clone(), f.field.clone(), f.message.clone()))
    }

    /// What the interface derived from the report taken alone equals what
    /// it derives from the whole register loaded and judged afresh.
    fn same_as_fresh(app: &App, root: &Path, what: &str) {
        let mut fresh = app_of(root);
        fresh.problems = app.problems.clone();
        fresh.refresh_problems();
        let report = app.report().expect("report");
        assert_eq!(
            report.findings,
            fresh.report().expect("report").findings,
            "{what}: the report"
        );
        assert_eq!(app.findings, Findings::build(report), "{what}: the counts");
        assert_eq!(
            problems::rows(app),
            problems::rows(&fresh),
            "{what}: the rows"
        );
        assert_eq!(problems::shown(app), problems::shown(&fresh), "{what}");
        assert_eq!(problems::rules(app), problems::rules(&fresh), "{what}");
    }

    fn edit(root: &Path, rel: &str, f: impl FnOnce(String) -> String) {
        let p = root.join(rel);
        let text = std::fs::read_to_string(&p).expect("read");
        let new = f(text.clone());
        assert_ne!(new, text, "{rel}: the edit changes the file");
        std::fs::write(&p, new).expect("write");
    }

    /// A change judged over the whole register (a path that is no record)
    /// keeps the problems view on its finding too, though an error now
    /// heads the view.
    #[test]
    fn a_whole_judgement_keeps_the_selection() {
        let (_dir, root) = sample();
        let mut app = app_of(&root);
        app.stack.push(Screen::Problems);
        app.selected.push(3);
        let on = selected(&app);
        assert!(on.is_some());
        // An error the whole judgement finds, listed before the selection.
        {
            let loaded = std::sync::Arc::make_mut(app.loaded.as_mut().expect("loaded"));
            let a = &mut loaded.register.organisations[0].activities[0];
            a.activity.name = format!("{} 010203-1234", a.activity.name);
        }
        app.rejudge_files(&["nowhere/organisation.ron".to_string()]);
        assert!(app.report().expect("report").errors() > 0);
        assert_eq!(selected(&app), on);
    }

    const BARSEL: &str = "da/activities/da-barsel.ron";
    const COPY: &str = "da/activities/da-barsel-kopi.ron";

    /// Edits, a new activity, one removed and an organisation file
    /// changed, under each filter: the counts, groups, rows and rules
    /// taken for the change alone are those of a fresh load, and the
    /// selection stays on its finding (in a file that did not change, its
    /// index moved).
    #[test]
    fn a_change_taken_alone_derives_what_a_fresh_load_does() {
        for (show, rule) in [
            (Show::All, None),
            (Show::Errors, None),
            (Show::Warnings, None),
            (Show::All, Some("GAP-001")),
        ] {
            let (_dir, root) = sample();
            let mut app = app_of(&root);
            app.problems.show = show;
            app.problems.rule = rule.map(str::to_string);
            app.refresh_problems();
            // On the problems view, on a finding of a file no change here
            // touches.
            app.stack.push(Screen::Problems);
            let report = app.report().expect("report");
            let elsewhere = problems::shown(&app).iter().position(|&i| {
                let p = &report.findings[i].path;
                !["da/", "djoef/", "digst/"].iter().any(|o| p.starts_with(o))
            });
            app.selected.push(elsewhere.unwrap_or(0));
            let on = selected(&app);
            let what = format!("{show:?} {rule:?}");
            assert!(
                on.is_some() || show == Show::Errors,
                "{what}: a finding outside the changes is selected"
            );

            // The name to sort first, with a CPR number typed in it.
            edit(&root, BARSEL, |t| {
                t.replacen(
                    "name: \"DA Barsel\"",
                    "name: \"Aaa DA Barsel 010203-1234\"",
                    1,
                )
            });
            take(&mut app, &[BARSEL]);
            same_as_fresh(&app, &root, &format!("{what}, edited"));
            if on.is_some() {
                assert_eq!(selected(&app), on, "{what}: the selection stays");
            }

            // A copy under a new id, named to sort last.
            let text = std::fs::read_to_string(root.join(BARSEL)).expect("read");
            std::fs::write(
                root.join(COPY),
                text.replacen("id: \"da-barsel\"", "id: \"da-barsel-kopi\"", 1)
                    .replacen("Aaa DA Barsel", "Øst DA Barsel", 1),
            )
            .expect("write");
            take(&mut app, &[COPY]);
            same_as_fresh(&app, &root, &format!("{what}, copied"));
            if on.is_some() {
                assert_eq!(selected(&app), on, "{what}: the selection stays");
            }

            // The original removed.
            std::fs::remove_file(root.join(BARSEL)).expect("remove");
            take(&mut app, &[BARSEL]);
            same_as_fresh(&app, &root, &format!("{what}, removed"));

            // Djøf renamed to sort first, with Digitaliseringsstyrelsen's
            // CVR number: the rule across organisations finds it twice.
            edit(&root, "djoef/organisation.ron", |t| {
                t.replacen("name: \"Djøf\"", "name: \"Aa Djøf\"", 1)
                    .replacen("Cvr(\"17517112\")", "Cvr(\"34051178\")", 1)
            });
            take(&mut app, &["djoef/organisation.ron"]);
            same_as_fresh(&app, &root, &format!("{what}, organisation"));
            assert!(
                app.report()
                    .expect("report")
                    .findings
                    .iter()
                    .any(|f| f.rule == "STR-001" && f.field == "org_number"),
                "{what}: the number is found twice"
            );
            if on.is_some() {
                assert_eq!(selected(&app), on, "{what}: the selection stays");
            }
        }
    }
}
