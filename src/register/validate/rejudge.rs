//! Judging again only the files that changed, in the report in place.
//!
//! An activity's findings depend on its own file, its organisation and the
//! organisations' ids; an organisation's on its file and the
//! organisations' ids. So after a change to activity files and to files of
//! loaded organisations (keeping their ids), only those are judged again,
//! each organisation with all its activities, and the rule across
//! organisations (an org number declared twice) is run again. Their old
//! findings are taken out of the report and the new ones put in at their
//! places in report order; every other finding stays where it was, moved,
//! not copied. [`Rejudged`] says what moved where, so that what the
//! interface derives from the report (counts, groups, rows) is updated for
//! the change alone: at 100,000 activities the report holds some 70,000
//! findings, and building it again after each save would cost the
//! interface a third of a second.

use std::cmp::Ordering;

use super::{
    Finding, Options, Report, check_activity, check_organisation, check_organisations,
    check_orphan_activity, load_finding, report_order, sort_findings, validate,
};
use crate::register::load::{ACTIVITIES_DIR, Loaded, OrgEntry};

/// What [`rejudge`] changed in a report.
#[derive(Debug, Default)]
pub struct Rejudged {
    /// The whole register was judged again: nothing of the report before
    /// is kept, and what was derived from it is to be made again.
    pub whole: bool,
    /// The findings taken out, in the order they had.
    pub removed: Vec<Finding>,
    /// The indices in the new report of the findings put in, ascending.
    pub added: Vec<usize>,
    /// For each index in the report before, its index now, or [`GONE`].
    moved: Vec<u32>,
}

/// The mark of a finding taken out, in [`Rejudged`]'s map.
const GONE: u32 = u32::MAX;

impl Rejudged {
    /// The index now of the finding that was at `old` in the report
    /// before, or `None` when it was taken out (or the report was judged
    /// whole).
    pub fn now(&self, old: usize) -> Option<usize> {
        match self.moved.get(old) {
            Some(&GONE) | None => None,
            Some(&n) => Some(n as usize),
        }
    }

    /// True when the report is as it was.
    pub fn is_nothing(&self) -> bool {
        !self.whole && self.removed.is_empty() && self.added.is_empty()
    }

    /// No change: every finding at its old index.
    fn unmoved(len: usize) -> Rejudged {
        Rejudged {
            moved: (0..len).map(|i| i as u32).collect(),
            ..Rejudged::default()
        }
    }
}

/// True for a register path of an activity file (`ORG/activities/ID.ron`).
fn is_activity_path(p: &str) -> bool {
    let mut parts = p.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(folder), Some(ACTIVITIES_DIR), Some(file), None)
            if file.ends_with(".ron") && !folder.is_empty()
    )
}

/// The rule across organisations: an org number declared twice.
fn is_across(f: &Finding) -> bool {
    f.rule == "STR-001" && f.field == "org_number"
}

/// Up to this many places of a report are changed in place; more are
/// copied into a new report in one pass.
const IN_PLACE: usize = 8;

/// A place where a report changes: a run of old findings taken out
/// (perhaps none) and the new findings that go there.
type Block = (std::ops::Range<usize>, Vec<Finding>);

/// The places where a report changes, in order: each run of findings
/// marked in `out`, with the new findings whose place (the index in the
/// old report they go before) is in it or at its end, and the other new
/// findings by their places.
fn blocks_of(out: &[bool], fresh: Vec<(Finding, usize)>) -> Vec<Block> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, &o) in out.iter().enumerate() {
        if !o {
            continue;
        }
        match runs.last_mut() {
            Some(r) if r.end == i => r.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut fresh = fresh.into_iter().peekable();
    let mut runs = runs.into_iter().peekable();
    loop {
        let run_first = match (runs.peek(), fresh.peek()) {
            (Some(r), Some((_, at))) => r.start <= *at,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let run = if run_first {
            runs.next().unwrap_or_default()
        } else {
            let at = fresh.peek().map_or(0, |(_, at)| *at);
            at..at
        };
        let mut items = Vec::new();
        while let Some((f, _)) = fresh.next_if(|(_, at)| *at <= run.end) {
            items.push(f);
        }
        blocks.push((run, items));
    }
    blocks
}

/// Judges the register files at `changed` (register paths) of `loaded`
/// again in `report`, the report of the register as it was under the same
/// options, in report order (as [`validate`] and this make it). The
/// loader's problems are taken from `loaded` (one of them may be about a
/// folder rather than a file that changed: an activity moved into a
/// folder without an organisation file). Afterwards `report` is the one
/// [`validate`] gives for `loaded`. When a path is something else (not an
/// activity file, nor the file of a loaded organisation) the whole
/// register is judged, as [`validate`] does.
pub fn rejudge(
    report: &mut Report,
    loaded: &Loaded,
    changed: &[String],
    opts: &Options,
) -> Rejudged {
    if changed.is_empty() {
        return Rejudged::unmoved(report.findings.len());
    }
    let reg = &loaded.register;
    let mut orgs: Vec<&OrgEntry> = Vec::new();
    for p in changed.iter().filter(|p| !is_activity_path(p)) {
        match reg.organisations.iter().find(|o| o.file.path == *p) {
            Some(o) => orgs.push(o),
            None => {
                let before = std::mem::replace(report, validate(loaded, opts));
                return Rejudged {
                    whole: true,
                    removed: before.findings,
                    added: (0..report.findings.len()).collect(),
                    moved: Vec::new(),
                };
            }
        }
    }
    // The new findings, in the order `validate` makes them (its sort is
    // stable): the loader's, the rule across organisations, then each
    // organisation's and activity's own.
    let mut fresh: Vec<Finding> = loaded.errors.iter().map(load_finding).collect();
    if !orgs.is_empty() {
        fresh.extend(
            check_organisations(&reg.organisations)
                .into_iter()
                .filter(is_across),
        );
    }
    for org in &orgs {
        fresh.append(&mut check_organisation(org, reg, opts));
        for act in &org.activities {
            fresh.append(&mut check_activity(org, act, reg, opts));
        }
    }
    for path in changed.iter().filter(|p| is_activity_path(p)) {
        for org in reg
            .organisations
            .iter()
            .filter(|o| !orgs.iter().any(|c| std::ptr::eq(*c, *o)))
        {
            for act in org.activities.iter().filter(|a| a.file.path == *path) {
                fresh.append(&mut check_activity(org, act, reg, opts));
            }
        }
        for orphans in &loaded.orphans {
            for act in orphans.activities.iter().filter(|a| a.file.path == *path) {
                fresh.append(&mut check_orphan_activity(&orphans.folder, act, reg, opts));
            }
        }
    }
    sort_findings(&mut fresh);

    // The old findings to take out: those of the files judged (found by
    // their place, the report being in path order), the loader's, and
    // the rule across organisations when one of them changed.
    let old = std::mem::take(&mut report.findings);
    let mut out = vec![false; old.len()];
    let judged = changed.iter().map(String::as_str).chain(
        orgs.iter()
            .flat_map(|o| o.activities.iter().map(|a| a.file.path.as_str())),
    );
    for path in judged {
        let start = old.partition_point(|f| f.path.as_str() < path);
        let len = old[start..].partition_point(|f| f.path == path);
        out[start..start + len].fill(true);
    }
    for (i, f) in old.iter().enumerate() {
        if f.rule == "LOAD-001" || (!orgs.is_empty() && is_across(f)) {
            out[i] = true;
        }
    }
    // Each new finding goes before the old ones it is equal to in report
    // order (the rule across organisations came before a file's own).
    let places: Vec<usize> = fresh
        .iter()
        .map(|n| old.partition_point(|f| report_order(f, n) == Ordering::Less))
        .collect();

    let blocks = blocks_of(&out, fresh.into_iter().zip(places).collect());
    let mut done = Rejudged {
        moved: Vec::with_capacity(old.len()),
        ..Rejudged::default()
    };
    // Where each old finding goes: past every block before it, moved by
    // the findings that block put in less those it took out.
    let mut shift: isize = 0;
    let mut next = 0;
    for (run, items) in &blocks {
        for i in next..run.start {
            done.moved.push((i as isize + shift) as u32);
        }
        done.moved.extend(std::iter::repeat_n(GONE, run.len()));
        let start = (run.start as isize + shift) as usize;
        done.added.extend(start..start + items.len());
        shift += items.len() as isize - run.len() as isize;
        next = run.end;
    }
    for i in next..old.len() {
        done.moved.push((i as isize + shift) as u32);
    }
    let mut findings = old;
    if blocks.len() <= IN_PLACE {
        // A few places: each spliced in place, from the last, so that
        // only the findings after a place that grew or shrank move.
        let mut taken: Vec<Vec<Finding>> = Vec::with_capacity(blocks.len());
        for (run, items) in blocks.into_iter().rev() {
            taken.push(findings.splice(run, items).collect());
        }
        done.removed = taken.into_iter().rev().flatten().collect();
    } else {
        // Many (an organisation's activities): one pass.
        let mut old = std::mem::take(&mut findings).into_iter();
        findings.reserve(old.len() + done.added.len());
        let mut at = 0;
        for (run, items) in blocks {
            findings.extend(old.by_ref().take(run.start - at));
            done.removed.extend(old.by_ref().take(run.len()));
            findings.extend(items);
            at = run.end;
        }
        findings.extend(old);
    }
    report.findings = findings;
    done
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::date::Date;
    use crate::register::load::{SourceFile, load};

    fn opts() -> Options {
        Options {
            today: Date::parse("2026-12-02").expect("date"),
            strict: false,
        }
    }

    /// What `rejudged` says moved is what moved: every finding kept is at
    /// its new index, every one put in is listed, every one taken out is
    /// handed back.
    fn moves_agree(before: &Report, after: &Report, done: &Rejudged) {
        let mut kept = 0;
        for (i, f) in before.findings.iter().enumerate() {
            match done.now(i) {
                Some(n) => {
                    assert_eq!(&after.findings[n], f, "finding {i} moved to {n}");
                    kept += 1;
                }
                None => assert!(done.removed.contains(f), "finding {i} handed back"),
            }
        }
        assert_eq!(kept + done.removed.len(), before.findings.len());
        assert_eq!(kept + done.added.len(), after.findings.len());
        assert!(done.added.windows(2).all(|w| w[0] < w[1]));
    }

    /// An organisation file that changed is judged again with its
    /// activities and the organisations across the register: the report
    /// is the one a whole validation gives, as the change comes and as it
    /// goes.
    #[test]
    fn an_organisation_file_changed_is_judged_as_a_whole_validation_would() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut loaded = load(&root).expect("the sample loads");
        let before = validate(&loaded, &opts());
        let at = |id: &str| {
            loaded
                .register
                .organisations
                .iter()
                .position(|o| o.org.id == id)
                .expect("organisation")
        };
        let (djoef, digst) = (at("djoef"), at("digst"));
        let path = loaded.register.organisations[djoef].file.path.clone();
        let original = loaded.register.organisations[djoef].clone();
        // Another organisation's CVR number, and no recipients left for its
        // activities to name.
        let number = loaded.register.organisations[digst].org.org_number.clone();
        let o = &mut loaded.register.organisations[djoef];
        o.org.org_number = number;
        o.org.recipients.clear();
        o.file = SourceFile::new(
            path.clone(),
            crate::register::format::to_canonical(&o.org).expect("canonical"),
        );
        let changed = vec![path.clone()];
        let mut after = before.clone();
        let done = rejudge(&mut after, &loaded, &changed, &opts());
        assert_eq!(after.findings, validate(&loaded, &opts()).findings);
        moves_agree(&before, &after, &done);
        assert!(!done.whole);
        assert!(
            after
                .findings
                .iter()
                .any(|f| f.path == path && f.rule == "STR-001" && f.field == "org_number"),
            "the number declared twice is found"
        );
        assert!(
            after
                .findings
                .iter()
                .any(|f| f.rule == "STR-002" && f.path.starts_with("djoef/activities/")),
            "its activities name recipients no longer there"
        );
        loaded.register.organisations[djoef] = original;
        let mut back = after.clone();
        let done = rejudge(&mut back, &loaded, &changed, &opts());
        assert_eq!(back.findings, before.findings);
        moves_agree(&after, &back, &done);
    }

    /// One activity changed: only its findings are taken out and put in;
    /// the others keep their order, moved by as many places as the
    /// activity's findings grew or shrank.
    #[test]
    fn an_activity_changed_moves_the_others_and_nothing_else() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut loaded = load(&root).expect("the sample loads");
        let before = validate(&loaded, &opts());
        let act = &mut loaded.register.organisations[1].activities[0];
        let path = act.file.path.clone();
        act.activity.name = "Navn 010203-1234".into();
        act.activity.legal_bases.clear();
        let mut after = before.clone();
        let done = rejudge(&mut after, &loaded, std::slice::from_ref(&path), &opts());
        assert_eq!(after.findings, validate(&loaded, &opts()).findings);
        moves_agree(&before, &after, &done);
        assert!(done.removed.iter().all(|f| f.path == path));
        assert!(done.added.iter().all(|&i| after.findings[i].path == path));
        assert!(!done.added.is_empty());

        // Nothing changed: nothing moves.
        let mut same = after.clone();
        let done = rejudge(&mut same, &loaded, &[], &opts());
        assert!(done.is_nothing());
        assert_eq!(same.findings, after.findings);
        moves_agree(&after, &same, &done);
    }

    /// Many activities changed across the register (more places than are
    /// changed in place): the report is copied in one pass, and is the
    /// one a whole validation gives.
    #[test]
    fn many_places_changed_are_taken_in_one_pass() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let mut loaded = load(&root).expect("the sample loads");
        let before = validate(&loaded, &opts());
        let mut changed = Vec::new();
        for (n, o) in loaded.register.organisations.iter_mut().enumerate() {
            for (m, a) in o.activities.iter_mut().enumerate() {
                if (n + m) % 3 == 0 {
                    a.activity.legal_bases.clear();
                } else {
                    a.activity.name = format!("{} 010203-1234", a.activity.name);
                }
                changed.push(a.file.path.clone());
            }
        }
        assert!(changed.len() > IN_PLACE, "{} files", changed.len());
        let mut after = before.clone();
        let done = rejudge(&mut after, &loaded, &changed, &opts());
        assert_eq!(after.findings, validate(&loaded, &opts()).findings);
        moves_agree(&before, &after, &done);
        // And back.
        let mut back = after.clone();
        let original = load(&root).expect("the sample loads");
        let done = rejudge(&mut back, &original, &changed, &opts());
        assert_eq!(back.findings, before.findings);
        moves_agree(&after, &back, &done);
    }

    /// A path that is no record of the register judges it whole, and says
    /// so.
    #[test]
    fn a_path_that_is_no_record_judges_the_whole_register() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = load(&root).expect("the sample loads");
        let before = validate(&loaded, &opts());
        let mut after = before.clone();
        let done = rejudge(
            &mut after,
            &loaded,
            &["nowhere/organisation.ron".into()],
            &opts(),
        );
        assert!(done.whole);
        assert_eq!(after.findings, before.findings);
        assert_eq!(done.removed.len(), before.findings.len());
        assert_eq!(done.now(0), None);
    }
}
