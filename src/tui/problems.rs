//! The problems view: the validator's findings, laid out for triage.
//!
//! Findings are grouped by organisation, then by record (the
//! organisation's own file, each activity), each group under a header with
//! its counts and named by the record's name, not its path. Groups with
//! errors come first, then those with warnings only, then those with
//! acknowledged findings only, each by name; inside a record, errors come
//! before warnings before acknowledged findings. So the first row is an
//! error whenever the register has one.
//!
//! `e`, `w` and `a` show only errors, warnings or acknowledged findings
//! (the same key again shows all); `r` opens a picker of the rules present,
//! with their counts. The filter stands in the title. Each finding has a
//! marker that does not rely on colour ([`ERROR`], [`WARNING`],
//! [`ACKNOWLEDGED`]); a message too long for the row ends in `…`. Enter
//! opens the record scrolled to the finding's field.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState};
use std::collections::HashMap;

use unicode_width::UnicodeWidthStr;

use super::app::{Action, App, Screen};
use super::keys::Context;
use super::theme::Theme;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::validate::{Finding, Rejudged, Severity};
use crate::text::printable;

/// The marker of an error.
pub const ERROR: &str = "✖";
/// The marker of a warning.
pub const WARNING: &str = "▲";
/// The marker of an acknowledged finding.
pub const ACKNOWLEDGED: &str = "✓";

/// Which findings the view shows, by severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    /// Every finding.
    #[default]
    All,
    /// Errors not acknowledged.
    Errors,
    /// Warnings not acknowledged.
    Warnings,
    /// Acknowledged findings.
    Acknowledged,
}

/// The problems view's filter and picker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemsState {
    /// Severity shown.
    pub show: Show,
    /// Only findings of this rule, when set.
    pub rule: Option<String>,
    /// The rule picker is open, on this row (0: every rule).
    pub picker: Option<usize>,
    /// First row of the list on screen (kept between frames so the list
    /// scrolls only when the selection would leave it).
    pub offset: usize,
    /// The selected finding as the register was before a reload: the next
    /// report selects it again. The grouping names records from the
    /// register, so once a new register is in, the old report's order can
    /// no longer be told.
    pub kept: Option<FindingKey>,
}

/// What tells a finding from the others across reports: its file, rule,
/// field and message.
pub type FindingKey = (String, &'static str, String, String);

/// What a finding is, in the order the view shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Class {
    Error,
    Warning,
    Acknowledged,
}

fn class(f: &Finding) -> Class {
    match (&f.acknowledged, f.severity) {
        (Some(_), _) => Class::Acknowledged,
        (None, Severity::Error) => Class::Error,
        (None, Severity::Warning) => Class::Warning,
    }
}

/// Findings counted by class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Errors not acknowledged.
    pub errors: usize,
    /// Warnings not acknowledged.
    pub warnings: usize,
    /// Acknowledged findings.
    pub acknowledged: usize,
}

impl Counts {
    fn add(&mut self, f: &Finding) {
        match class(f) {
            Class::Error => self.errors += 1,
            Class::Warning => self.warnings += 1,
            Class::Acknowledged => self.acknowledged += 1,
        }
    }

    fn worst(&self) -> Class {
        if self.errors > 0 {
            Class::Error
        } else if self.warnings > 0 {
            Class::Warning
        } else {
            Class::Acknowledged
        }
    }

    /// "2 errors, 5 warnings", leaving out what is none.
    pub fn text(&self, lang: Lang) -> String {
        [
            ("tui-problems-n-errors", self.errors),
            ("tui-problems-n-warnings", self.warnings),
            ("tui-problems-n-acknowledged", self.acknowledged),
        ]
        .into_iter()
        .filter(|&(_, n)| n > 0)
        .map(|(key, n)| tr_args(lang, key, &[("n", n.into())]))
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// One row of the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// An organisation's header.
    Organisation {
        /// Its name.
        name: String,
        /// Its findings shown, counted.
        counts: Counts,
    },
    /// A record's header: the organisation's own file or an activity.
    Record {
        /// The activity's name, or the organisation record's label.
        name: String,
        /// Its findings shown, counted.
        counts: Counts,
    },
    /// A finding: its index in the report.
    Finding(usize),
}

/// True when the filter lets `f` through.
fn passes(state: &ProblemsState, f: &Finding) -> bool {
    let shown = match state.show {
        Show::All => true,
        Show::Errors => class(f) == Class::Error,
        Show::Warnings => class(f) == Class::Warning,
        Show::Acknowledged => class(f) == Class::Acknowledged,
    };
    shown && state.rule.as_deref().is_none_or(|r| r == f.rule)
}

/// A record's findings, in the order the view shows them.
#[derive(Debug, Clone)]
struct RecordGroup {
    /// The activity's id; `None` for the organisation's own record.
    act: Option<String>,
    name: String,
    /// `name` in lower case: what groups are ordered by.
    key: String,
    /// The organisation's own record sorts before its activities.
    own: bool,
    /// The first of its findings in the report: what orders groups of the
    /// same name (the order they came in).
    first: usize,
    findings: Vec<usize>,
    /// Its findings counted: the counts of the view without a filter.
    counts: Counts,
}

impl RecordGroup {
    /// Where the group goes among its organisation's records, before the
    /// view orders them by their worst finding shown: the organisation's
    /// own record first, then by name, then as they came.
    fn order(&self) -> (bool, &str, usize) {
        (!self.own, &self.key, self.first)
    }
}

/// An organisation's records with findings.
#[derive(Debug, Clone)]
struct OrgGroup {
    /// Its folder's id (for a file the register does not hold as a
    /// record: its folder's name).
    id: String,
    name: String,
    key: String,
    /// The first of its findings in the report.
    first: usize,
    /// In [`RecordGroup::order`].
    records: Vec<RecordGroup>,
}

impl OrgGroup {
    fn order(&self) -> (&str, usize) {
        (&self.key, self.first)
    }
}

/// The findings grouped by organisation and record, once per report (and
/// register, which names the groups): what every filter's rows are made
/// from. Organisations are kept by name, their records as
/// [`RecordGroup::order`] says, so that a view is made without sorting
/// names; a change of some files regroups their findings alone
/// ([`Grouped::rejudged`]).
#[derive(Debug, Clone, Default)]
pub struct Grouped {
    orgs: Vec<OrgGroup>,
    /// Every rule present, by id, with its findings counted.
    rules: Vec<(&'static str, Counts)>,
    /// Every finding counted.
    all: Counts,
}

/// The organisation and the record the finding of file `path` is grouped
/// under: the record's ids, or, for a file the register does not hold as
/// a record, its folder and the path.
fn group_of(app: &App, path: &str) -> (String, Option<String>) {
    app.record_at(path).unwrap_or_else(|| {
        let folder = path.split('/').next().unwrap_or_default().to_string();
        (folder, Some(path.to_string()))
    })
}

/// The name of organisation `org` as the groups show it.
fn org_name(app: &App, org: &str) -> String {
    app.org(org)
        .map_or_else(|| org.to_string(), |o| o.org.name.clone())
}

/// The name of record `act` of `org` as the groups show it (the
/// organisation's own record is named in the language of the moment the
/// rows are drawn).
fn record_name(app: &App, org: &str, act: Option<&str>) -> String {
    match act {
        None => String::new(),
        Some(a) => app
            .activity(org, a)
            .map_or_else(|| a.to_string(), |(_, e)| e.activity.name.clone()),
    }
}

/// The order of findings inside a record: by class, place and rule, then
/// as the report lists them.
fn finding_order(findings: &[Finding], i: usize) -> (Class, usize, usize, &'static str, usize) {
    let f = &findings[i];
    (class(f), f.line, f.column, f.rule, i)
}

impl Counts {
    fn sub(&mut self, f: &Finding) {
        match class(f) {
            Class::Error => self.errors -= 1,
            Class::Warning => self.warnings -= 1,
            Class::Acknowledged => self.acknowledged -= 1,
        }
    }

    fn is_empty(&self) -> bool {
        self.errors + self.warnings + self.acknowledged == 0
    }
}

impl Grouped {
    /// Groups `app`'s report by the records of its register.
    pub(super) fn build(app: &App) -> Grouped {
        let Some(report) = app.report() else {
            return Grouped::default();
        };
        let mut orgs: Vec<OrgGroup> = Vec::new();
        let mut org_at: HashMap<String, usize> = HashMap::new();
        // (organisation position, activity id) → record position.
        let mut record_at: HashMap<(usize, Option<String>), usize> = HashMap::new();
        let mut rules: HashMap<&'static str, Counts> = HashMap::new();
        let mut all = Counts::default();
        // The findings come by file: those of the file before go to the
        // same group without looking it up again.
        let mut last: Option<(&str, usize, usize)> = None;
        for (i, f) in report.findings.iter().enumerate() {
            all.add(f);
            rules.entry(f.rule).or_default().add(f);
            if let Some((path, o, r)) = last
                && path == f.path
            {
                let g = &mut orgs[o].records[r];
                g.findings.push(i);
                g.counts.add(f);
                continue;
            }
            let (org, act) = group_of(app, &f.path);
            let o = match org_at.get(&org) {
                Some(&o) => o,
                None => {
                    let name = org_name(app, &org);
                    orgs.push(OrgGroup {
                        key: name.to_lowercase(),
                        name,
                        id: org.clone(),
                        first: i,
                        records: Vec::new(),
                    });
                    org_at.insert(org.clone(), orgs.len() - 1);
                    orgs.len() - 1
                }
            };
            let records = &mut orgs[o].records;
            let r = match record_at.get(&(o, act.clone())) {
                Some(&r) => r,
                None => {
                    let name = record_name(app, &org, act.as_deref());
                    records.push(RecordGroup {
                        key: name.to_lowercase(),
                        name,
                        own: act.is_none(),
                        act: act.clone(),
                        first: i,
                        findings: Vec::new(),
                        counts: Counts::default(),
                    });
                    record_at.insert((o, act), records.len() - 1);
                    records.len() - 1
                }
            };
            records[r].findings.push(i);
            records[r].counts.add(f);
            last = Some((f.path.as_str(), o, r));
        }
        let findings = &report.findings;
        for o in &mut orgs {
            for g in &mut o.records {
                g.findings.sort_by_key(|&i| finding_order(findings, i));
            }
            o.records.sort_by(|a, b| a.order().cmp(&b.order()));
        }
        orgs.sort_by(|a, b| a.order().cmp(&b.order()));
        let mut rules: Vec<(&'static str, Counts)> = rules.into_iter().collect();
        rules.sort_by_key(|(r, _)| *r);
        Grouped { orgs, rules, all }
    }

    /// Takes a change of some files ([`Rejudged`], of `app`'s report as
    /// it is now) into the groups: every finding kept moves to its new
    /// index, the groups of the findings taken out or put in are made
    /// again from the register as it is now (their names too), and the
    /// counts follow. The same as [`Grouped::build`] gives, for the work
    /// of the change. Answers the ids of the organisations whose groups
    /// were made again (the others' findings only moved).
    pub(super) fn rejudged(&mut self, app: &App, done: &Rejudged) -> Vec<String> {
        let findings = app.report().map_or(&[][..], |r| &r.findings[..]);
        let mut rules: HashMap<&'static str, Counts> = self.rules.drain(..).collect();
        for f in &done.removed {
            self.all.sub(f);
            rules.entry(f.rule).or_default().sub(f);
        }
        for f in done.added.iter().filter_map(|&i| findings.get(i)) {
            self.all.add(f);
            rules.entry(f.rule).or_default().add(f);
        }
        self.rules = rules.into_iter().filter(|(_, c)| !c.is_empty()).collect();
        self.rules.sort_by_key(|(r, _)| *r);

        // Every finding kept to its new index; the groups that lost one
        // are made again.
        let mut touched: Vec<(usize, usize)> = Vec::new();
        for (o, org) in self.orgs.iter_mut().enumerate() {
            for (r, g) in org.records.iter_mut().enumerate() {
                let had = g.findings.len();
                g.findings.retain_mut(|i| match done.now(*i) {
                    Some(n) => {
                        *i = n;
                        true
                    }
                    None => false,
                });
                g.first = g.findings.iter().copied().min().unwrap_or(usize::MAX);
                if g.findings.len() != had {
                    touched.push((o, r));
                }
            }
            org.first = org
                .records
                .iter()
                .map(|g| g.first)
                .min()
                .unwrap_or(usize::MAX);
        }
        // The findings put in, to their groups (new ones at the end for
        // now).
        let mut org_at: HashMap<String, usize> = HashMap::new();
        for &i in &done.added {
            let Some(f) = findings.get(i) else { continue };
            let (org, act) = group_of(app, &f.path);
            if org_at.is_empty() {
                org_at = self
                    .orgs
                    .iter()
                    .enumerate()
                    .map(|(o, g)| (g.id.clone(), o))
                    .collect();
            }
            let o = match org_at.get(&org) {
                Some(&o) => o,
                None => {
                    self.orgs.push(OrgGroup {
                        id: org.clone(),
                        name: String::new(),
                        key: String::new(),
                        first: i,
                        records: Vec::new(),
                    });
                    org_at.insert(org.clone(), self.orgs.len() - 1);
                    self.orgs.len() - 1
                }
            };
            let records = &mut self.orgs[o].records;
            let r = match records.iter().rposition(|g| g.act == act) {
                Some(r) => r,
                None => {
                    records.push(RecordGroup {
                        own: act.is_none(),
                        act,
                        name: String::new(),
                        key: String::new(),
                        first: i,
                        findings: Vec::new(),
                        counts: Counts::default(),
                    });
                    records.len() - 1
                }
            };
            let g = &mut records[r];
            g.findings.push(i);
            g.first = g.first.min(i);
            let org = &mut self.orgs[o];
            org.first = org.first.min(i);
            touched.push((o, r));
        }
        if touched.is_empty() {
            return Vec::new();
        }
        touched.sort_unstable();
        touched.dedup();
        // Each organisation touched: its name and its touched records'
        // names from the register as it is now, their findings in order,
        // and each back in its place.
        let mut orgs_touched: Vec<usize> = touched.iter().map(|(o, _)| *o).collect();
        orgs_touched.dedup();
        for &o in &orgs_touched {
            let org = &mut self.orgs[o];
            org.name = org_name(app, &org.id);
            org.key = org.name.to_lowercase();
            let mine: Vec<usize> = touched
                .iter()
                .filter(|(t, _)| *t == o)
                .map(|(_, r)| *r)
                .collect();
            let mut moving = Vec::with_capacity(mine.len());
            for &r in mine.iter().rev() {
                moving.push(org.records.remove(r));
            }
            for mut g in moving {
                if g.findings.is_empty() {
                    continue;
                }
                g.findings.sort_by_key(|&i| finding_order(findings, i));
                g.counts = Counts::default();
                for f in g.findings.iter().filter_map(|&i| findings.get(i)) {
                    g.counts.add(f);
                }
                g.name = record_name(app, &org.id, g.act.as_deref());
                g.key = g.name.to_lowercase();
                let at = org.records.partition_point(|x| x.order() < g.order());
                org.records.insert(at, g);
            }
        }
        let ids = orgs_touched
            .iter()
            .map(|&o| self.orgs[o].id.clone())
            .collect();
        let mut moving = Vec::with_capacity(orgs_touched.len());
        for &o in orgs_touched.iter().rev() {
            moving.push(self.orgs.remove(o));
        }
        for org in moving {
            if org.records.is_empty() {
                continue;
            }
            let at = self.orgs.partition_point(|x| x.order() < org.order());
            self.orgs.insert(at, org);
        }
        ids
    }
}

/// One row of the view, as it is kept: headers by their groups' places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// The header of the organisation at this place in the groups.
    Organisation(usize, Counts),
    /// The header of a record: its organisation's place and its own.
    Record(usize, usize, Counts),
    /// A finding: its index in the report.
    Finding(usize),
}

/// One organisation's rows under a filter: its records' headers and
/// findings shown (each record header's organisation place is written
/// when the rows are laid out).
#[derive(Debug, Clone, Default)]
struct OrgPart {
    /// Its findings shown, counted.
    counts: Counts,
    rows: Vec<Slot>,
}

impl OrgPart {
    /// The rows of `org` under the filter of `state`, or `None` when it
    /// shows none of its findings. Without a filter every finding is
    /// shown, counted already: the findings are not read.
    fn of(org: &OrgGroup, state: &ProblemsState, findings: &[Finding]) -> Option<OrgPart> {
        let everything = state.show == Show::All && state.rule.is_none();
        let mut picked: Vec<usize> = Vec::new();
        let mut records: Vec<(usize, Counts, std::ops::Range<usize>)> = Vec::new();
        let mut total = Counts::default();
        for (r, g) in org.records.iter().enumerate() {
            let start = picked.len();
            let mut counts = Counts::default();
            if everything {
                counts = g.counts;
                picked.extend_from_slice(&g.findings);
            } else {
                for &i in &g.findings {
                    if let Some(f) = findings.get(i).filter(|f| passes(state, f)) {
                        counts.add(f);
                        picked.push(i);
                    }
                }
            }
            if picked.len() == start {
                continue;
            }
            total.errors += counts.errors;
            total.warnings += counts.warnings;
            total.acknowledged += counts.acknowledged;
            records.push((r, counts, start..picked.len()));
        }
        if records.is_empty() {
            return None;
        }
        // Stable: by name inside each class.
        records.sort_by_key(|(_, c, _)| c.worst());
        let mut rows = Vec::with_capacity(records.len() + picked.len());
        for (r, counts, part) in records {
            rows.push(Slot::Record(0, r, counts));
            rows.extend(picked[part].iter().map(|&i| Slot::Finding(i)));
        }
        Some(OrgPart {
            counts: total,
            rows,
        })
    }
}

/// The rows of one filter, and where each finding shown is among them.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// The groups the rows are made from.
    grouped: Grouped,
    /// The filter and language the rows are for (`None`: not made yet).
    filter: Option<(Show, Option<String>, Lang)>,
    /// Each organisation's rows, by its place in the groups.
    parts: Vec<Option<OrgPart>>,
    rows: Vec<Slot>,
    /// The findings shown, in order (report indices).
    shown: Vec<usize>,
    /// The row of each finding shown.
    finding_rows: Vec<usize>,
}

impl View {
    /// The rows of `grouped` under the filter of `state`, ordered as the
    /// module documents: the groups are in order by name already, so only
    /// their worst findings shown order them here.
    pub(super) fn make(grouped: Grouped, state: &ProblemsState, app: &App) -> View {
        let findings = app.report().map_or(&[][..], |r| &r.findings[..]);
        let parts = grouped
            .orgs
            .iter()
            .map(|o| OrgPart::of(o, state, findings))
            .collect();
        let mut view = View {
            filter: Some((state.show, state.rule.clone(), app.lang)),
            grouped,
            parts,
            ..View::default()
        };
        view.lay_out();
        view
    }

    /// Lays the organisations' rows out one after the other: those with
    /// errors shown first, then warnings, then acknowledged findings, by
    /// name inside each.
    fn lay_out(&mut self) {
        let mut order: Vec<(Class, usize)> = self
            .parts
            .iter()
            .enumerate()
            .filter_map(|(o, p)| p.as_ref().map(|p| (p.counts.worst(), o)))
            .collect();
        // Stable: the groups are in name order.
        order.sort_by_key(|(worst, _)| *worst);
        let n: usize = order
            .iter()
            .filter_map(|&(_, o)| self.parts[o].as_ref())
            .map(|p| p.rows.len() + 1)
            .sum();
        let mut rows = Vec::with_capacity(n);
        let mut shown = Vec::with_capacity(n);
        let mut finding_rows = Vec::with_capacity(n);
        for (_, o) in order {
            let Some(part) = self.parts[o].as_ref() else {
                continue;
            };
            rows.push(Slot::Organisation(o, part.counts));
            for &slot in &part.rows {
                match slot {
                    Slot::Record(_, r, counts) => rows.push(Slot::Record(o, r, counts)),
                    Slot::Finding(i) => {
                        finding_rows.push(rows.len());
                        shown.push(i);
                        rows.push(slot);
                    }
                    Slot::Organisation(..) => {}
                }
            }
        }
        self.rows = rows;
        self.shown = shown;
        self.finding_rows = finding_rows;
    }

    /// The groups the view was made from.
    pub(super) fn into_grouped(self) -> Grouped {
        self.grouped
    }

    /// True when the rows are those of `state`'s filter in `lang`.
    pub(super) fn is_for(&self, state: &ProblemsState, lang: Lang) -> bool {
        self.filter
            .as_ref()
            .is_some_and(|(show, rule, l)| *show == state.show && *rule == state.rule && *l == lang)
    }

    /// True when the rows were made (for some filter).
    pub(super) fn is_made(&self) -> bool {
        self.filter.is_some()
    }

    /// The row kept at `slot` as it is shown, its header named.
    fn row(&self, slot: Slot, lang: Lang) -> Row {
        match slot {
            Slot::Organisation(o, counts) => Row::Organisation {
                name: self.grouped.orgs[o].name.clone(),
                counts,
            },
            Slot::Record(o, r, counts) => {
                let g = &self.grouped.orgs[o].records[r];
                let name = if g.own {
                    tr(lang, "tui-problems-org-record")
                } else {
                    g.name.clone()
                };
                Row::Record { name, counts }
            }
            Slot::Finding(i) => Row::Finding(i),
        }
    }

    /// Takes a change of some files ([`Rejudged`], of `app`'s report as it
    /// is now) into the groups and makes the rows of the same filter
    /// again (a pass over the findings, with no name sorted nor copied).
    ///
    /// The rows of the organisations whose groups were made again are
    /// made again; the others' findings only move to their new indices.
    pub(super) fn rejudged(&mut self, app: &App, done: &Rejudged) {
        if !self.is_for(&app.problems, app.lang) {
            let mut grouped = std::mem::take(&mut self.grouped);
            grouped.rejudged(app, done);
            *self = View::make(grouped, &app.problems, app);
            return;
        }
        let findings = app.report().map_or(&[][..], |r| &r.findings[..]);
        let mut old: HashMap<String, Option<OrgPart>> = self
            .grouped
            .orgs
            .iter()
            .map(|o| o.id.clone())
            .zip(std::mem::take(&mut self.parts))
            .collect();
        let touched = self.grouped.rejudged(app, done);
        self.parts = self
            .grouped
            .orgs
            .iter()
            .map(|o| {
                let kept = (!touched.contains(&o.id))
                    .then(|| old.remove(&o.id))
                    .flatten();
                match kept {
                    Some(part) => part.map(|mut part| {
                        for slot in &mut part.rows {
                            if let Slot::Finding(i) = slot {
                                *i = done.now(*i).unwrap_or(*i);
                            }
                        }
                        part
                    }),
                    None => OrgPart::of(o, &app.problems, findings),
                }
            })
            .collect();
        self.lay_out();
    }
}

/// The view of the current filter: the one kept in the app (made when the
/// report, the register or the filter changed), or made now when the
/// filter was changed without it.
fn view(app: &App) -> std::borrow::Cow<'_, View> {
    if app.problem_view.is_for(&app.problems, app.lang) {
        std::borrow::Cow::Borrowed(&app.problem_view)
    } else {
        let grouped = if app.problem_view.filter.is_some() {
            app.problem_view.grouped.clone()
        } else {
            Grouped::build(app)
        };
        std::borrow::Cow::Owned(View::make(grouped, &app.problems, app))
    }
}

/// The rows of the view, grouped and ordered as the module documents (a
/// copy; the view keeps its own).
pub fn rows(app: &App) -> Vec<Row> {
    let view = view(app);
    view.rows.iter().map(|&s| view.row(s, app.lang)).collect()
}

/// The findings shown, in order (indices into the report): what the
/// selection moves over (a copy; the view keeps its own).
pub fn shown(app: &App) -> Vec<usize> {
    view(app).shown.clone()
}

/// How many findings are shown.
pub fn shown_len(app: &App) -> usize {
    view(app).shown.len()
}

/// The report index of the `n`th finding shown.
fn shown_at(app: &App, n: usize) -> Option<usize> {
    view(app).shown.get(n).copied()
}

/// The rules present under the severity filter, with their counts, by id.
pub fn rules(app: &App) -> Vec<(&'static str, usize)> {
    let state = &app.problems;
    let view = view(app);
    view.grouped
        .rules
        .iter()
        .map(|(r, c)| {
            let n = match state.show {
                Show::All => c.errors + c.warnings + c.acknowledged,
                Show::Errors => c.errors,
                Show::Warnings => c.warnings,
                Show::Acknowledged => c.acknowledged,
            };
            (*r, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

impl App {
    /// Groups the findings again (a new report or register) and makes the
    /// rows of the current filter.
    pub(super) fn refresh_problems(&mut self) {
        let grouped = Grouped::build(self);
        self.refresh_problems_with(grouped);
    }

    /// Makes the problems view's rows from findings grouped already (by
    /// the loader, for this report and register).
    pub(super) fn refresh_problems_with(&mut self, grouped: Grouped) {
        self.problem_view = View::make(grouped, &self.problems, self);
    }

    /// Makes the rows of the current filter from the groups kept.
    fn refresh_problem_filter(&mut self) {
        if self.problem_view.is_for(&self.problems, self.lang) {
            return;
        }
        let grouped = std::mem::take(&mut self.problem_view.grouped);
        let grouped = if self.problem_view.filter.is_some() {
            grouped
        } else {
            Grouped::build(self)
        };
        self.problem_view = View::make(grouped, &self.problems, self);
    }
}

impl App {
    /// Keys of the problems view, from the key table (so the user's
    /// bindings apply): the filters (`e`, `w`, `a` by default; again:
    /// all) and the rule picker (`r`); in the picker the moving keys move,
    /// open chooses, back (or the rule key again, or quit) closes it.
    /// Returns false for keys it does not take (they go to the key
    /// bindings).
    pub fn problems_key(&mut self, key: KeyEvent) -> bool {
        if self.screen() != Screen::Problems || self.help || self.confirm.is_some() {
            return false;
        }
        if super::keys::Key::from_event(key) == super::keys::Key::ctrl_c() {
            return false;
        }
        let action = self.keys.action_in(key, Context::Problems);
        let keep = self.selected_finding();
        if let Some(at) = self.problems.picker {
            let n = rules(self).len() + 1;
            match action {
                Some(Action::Up) => self.problems.picker = Some(at.saturating_sub(1)),
                Some(Action::Down) => self.problems.picker = Some((at + 1).min(n - 1)),
                Some(Action::PageUp) => self.problems.picker = Some(at.saturating_sub(self.page)),
                Some(Action::PageDown) => self.problems.picker = Some((at + self.page).min(n - 1)),
                Some(Action::Top) => self.problems.picker = Some(0),
                Some(Action::Bottom) => self.problems.picker = Some(n - 1),
                Some(Action::Open) => {
                    self.problems.rule = at
                        .checked_sub(1)
                        .and_then(|i| rules(self).get(i).map(|(r, _)| r.to_string()));
                    self.problems.picker = None;
                    self.refresh_problem_filter();
                    self.reselect_finding(keep);
                }
                Some(Action::Back | Action::Rules | Action::Quit) => {
                    self.problems.picker = None;
                }
                // The picker holds every other key, so none acts behind it.
                _ => {}
            }
            return true;
        }
        let show = |s: Show, now: Show| if now == s { Show::All } else { s };
        match action {
            Some(Action::OnlyErrors) => self.problems.show = show(Show::Errors, self.problems.show),
            Some(Action::OnlyWarnings) => {
                self.problems.show = show(Show::Warnings, self.problems.show)
            }
            Some(Action::OnlyAcknowledged) => {
                self.problems.show = show(Show::Acknowledged, self.problems.show)
            }
            Some(Action::Rules) => {
                let at = self
                    .problems
                    .rule
                    .as_deref()
                    .and_then(|r| rules(self).iter().position(|(x, _)| *x == r))
                    .map_or(0, |i| i + 1);
                self.problems.picker = Some(at);
                return true;
            }
            _ => return false,
        }
        self.refresh_problem_filter();
        self.reselect_finding(keep);
        true
    }

    /// The finding selected on the problems view in the stack, if any
    /// (see [`ProblemsState::kept`]).
    pub fn problem_kept(&self) -> Option<FindingKey> {
        let depth = self.stack.iter().rposition(|s| *s == Screen::Problems)?;
        let sel = *self.selected.get(depth)?;
        let f = self.report()?.findings.get(shown_at(self, sel)?)?;
        Some((f.path.clone(), f.rule, f.field.clone(), f.message.clone()))
    }

    /// What each screen of the stack that is the problems view has
    /// selected, to select it again in a report that changed
    /// ([`App::reselect_problems`]): the finding's index in the report and
    /// what tells it from the others; the finding kept from before a
    /// reload ([`ProblemsState::kept`]) by what tells it alone.
    pub(super) fn problem_selections(&mut self) -> Vec<Option<(Option<usize>, FindingKey)>> {
        let kept = self.problems.kept.take();
        let view = view(self);
        let findings = self.report().map_or(&[][..], |r| &r.findings[..]);
        self.stack
            .iter()
            .zip(&self.selected)
            .map(|(s, &sel)| {
                if *s != Screen::Problems {
                    return None;
                }
                if let Some(k) = &kept {
                    return Some((None, k.clone()));
                }
                let i = *view.shown.get(sel)?;
                let f = findings.get(i)?;
                Some((
                    Some(i),
                    (f.path.clone(), f.rule, f.field.clone(), f.message.clone()),
                ))
            })
            .collect()
    }

    /// Selects again on each problems view of the stack what
    /// [`App::problem_selections`] found selected there: the same finding
    /// where it is still shown (at index `now(i)` of the report now), or
    /// one of the same file, rule, field and message, else the place it
    /// had.
    pub(super) fn reselect_problems(
        &mut self,
        keep: Vec<Option<(Option<usize>, FindingKey)>>,
        now: impl Fn(usize) -> Option<usize>,
    ) {
        let view = view(self);
        let findings = self.report().map_or(&[][..], |r| &r.findings[..]);
        let same = |f: &Finding, k: &FindingKey| {
            f.path == k.0 && f.rule == k.1 && f.field == k.2 && f.message == k.3
        };
        let places: Vec<Option<Option<usize>>> = keep
            .into_iter()
            .map(|k| {
                let (i, key) = k?;
                let by_index = i
                    .and_then(&now)
                    .and_then(|n| view.shown.iter().position(|&j| j == n));
                Some(by_index.or_else(|| {
                    view.shown
                        .iter()
                        .position(|&j| findings.get(j).is_some_and(|f| same(f, &key)))
                }))
            })
            .collect();
        let len = view.shown.len();
        drop(view);
        for (i, place) in places.into_iter().enumerate() {
            if self.stack.get(i) != Some(&Screen::Problems) {
                continue;
            }
            if let Some(sel) = self.selected.get_mut(i) {
                *sel = place.flatten().unwrap_or((*sel).min(len.saturating_sub(1)));
            }
        }
    }

    /// Takes a change of some files ([`Rejudged`], of the report as it is
    /// now) into the problems view: its groups and rows, and each
    /// selection (`keep`, as [`App::problem_selections`] found it before
    /// the change), for the change alone.
    pub(super) fn problems_rejudged(
        &mut self,
        done: &Rejudged,
        keep: Vec<Option<(Option<usize>, FindingKey)>>,
    ) {
        if self.problem_view.is_made() {
            let mut view = std::mem::take(&mut self.problem_view);
            view.rejudged(self, done);
            self.problem_view = view;
        } else {
            self.refresh_problems();
        }
        self.reselect_problems(keep, |i| done.now(i));
    }

    /// The report index of the selected finding on the problems view.
    pub fn selected_finding(&self) -> Option<usize> {
        shown_at(self, self.selection())
    }

    /// Selects finding `keep` (a report index) when it is still shown,
    /// else the first finding.
    fn reselect_finding(&mut self, keep: Option<usize>) {
        let at = keep
            .and_then(|k| view(self).shown.iter().position(|&i| i == k))
            .unwrap_or(0);
        if let Some(s) = self.selected.last_mut() {
            *s = at;
        }
    }

    /// The finding under screen row `row` of the list (0: its first row
    /// on screen), as a position among the findings shown.
    pub fn problem_at_row(&self, row: usize) -> Option<usize> {
        let view = view(self);
        let at = self.problems.offset + row;
        match view.rows.get(at)? {
            // The findings before it: where its row is among theirs.
            Slot::Finding(_) => view.finding_rows.binary_search(&at).ok(),
            _ => None,
        }
    }
}

/// The title: counts of the whole report, and the filter when one is set.
fn title(app: &App) -> String {
    let Some(r) = app.report() else {
        return format!(" {} ", tr(app.lang, "tui-problems-validating"));
    };
    let all = view(app).grouped.all;
    let counts = if r.findings.is_empty() {
        tr(app.lang, "tui-problems-none")
    } else {
        all.text(app.lang)
    };
    let mut t = tr_args(
        app.lang,
        "tui-problems-heading",
        &[("what", counts.as_str().into())],
    );
    let show = match app.problems.show {
        Show::All => None,
        Show::Errors => Some("tui-problems-only-errors"),
        Show::Warnings => Some("tui-problems-only-warnings"),
        Show::Acknowledged => Some("tui-problems-only-acknowledged"),
    };
    if let Some(key) = show {
        t.push_str(" · ");
        t.push_str(&tr(app.lang, key));
    }
    if let Some(rule) = &app.problems.rule {
        t.push_str(" · ");
        t.push_str(&tr_args(
            app.lang,
            "tui-problems-only-rule",
            &[("rule", rule.as_str().into())],
        ));
    }
    format!(" {} ", printable(&t))
}

/// A header row: the name in `style`, then its counts, cut to `width`.
fn header(
    name: &str,
    counts: &Counts,
    indent: usize,
    width: usize,
    style: Style,
    theme: &Theme,
    lang: Lang,
) -> Line<'static> {
    let counts = counts.text(lang);
    let pad = " ".repeat(indent);
    let tail = format!(" — {counts}");
    let room = width.saturating_sub(indent + tail.width());
    let name = printable(name);
    if room < 8 {
        // Too narrow for both: the name first.
        return Line::from(vec![
            Span::raw(pad.clone()),
            Span::styled(
                super::keybar::ellipsis(&name, width.saturating_sub(indent)),
                style,
            ),
        ]);
    }
    Line::from(vec![
        Span::raw(pad),
        Span::styled(super::keybar::ellipsis(&name, room), style),
        Span::styled(tail, theme.dim()),
    ])
}

/// One finding's row: marker, rule and message, the message cut to fit.
fn finding_line(f: &Finding, width: usize, theme: &Theme, lang: Lang) -> Line<'static> {
    let (marker, style) = match class(f) {
        Class::Error => (ERROR, theme.error()),
        Class::Warning => (WARNING, theme.warning()),
        Class::Acknowledged => (ACKNOWLEDGED, theme.dim()),
    };
    let head = format!("    {marker} {:<8} ", f.rule);
    let room = width.saturating_sub(head.width());
    let text = if class(f) == Class::Acknowledged {
        theme.dim()
    } else {
        theme.text()
    };
    Line::from(vec![
        Span::styled(head, style),
        Span::styled(
            super::keybar::ellipsis(&printable(&f.message_in(lang)), room),
            text,
        ),
    ])
}

/// Draws the findings grouped, the filter in the title and the keys that
/// filter at the bottom; the rule picker over them when it is open.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme) {
    let width = usize::from(area.width.saturating_sub(2));
    let visible = usize::from(area.height.saturating_sub(2)).max(1);
    let sel = app.selection();
    let findings = app.report().map_or(&[][..], |r| &r.findings[..]);
    let view = view(app);
    let rows = &view.rows;
    let sel_row = view.finding_rows.get(sel).copied();
    // Scroll only when the selection would leave the list, keeping a
    // little context (the group's header) around it.
    let context = (visible / 4).min(2);
    let mut offset = app.problems.offset.min(rows.len().saturating_sub(1));
    if let Some(row) = sel_row {
        if row < offset + context {
            offset = row.saturating_sub(context);
        }
        if row + context >= offset + visible {
            offset = (row + context + 1).saturating_sub(visible);
        }
        offset = offset.min(row);
    }
    // Only the rows on screen are made: the view may hold every finding
    // of a large register.
    let items: Vec<ListItem> = rows
        .iter()
        .skip(offset)
        .take(visible)
        .map(|&slot| match view.row(slot, app.lang) {
            Row::Organisation { name, counts } => ListItem::new(header(
                &name,
                &counts,
                0,
                width,
                theme.heading(),
                theme,
                app.lang,
            )),
            Row::Record { name, counts } => ListItem::new(header(
                &name,
                &counts,
                2,
                width,
                theme.label(),
                theme,
                app.lang,
            )),
            Row::Finding(i) => ListItem::new(
                findings
                    .get(i)
                    .map_or_else(Line::default, |x| finding_line(x, width, theme, app.lang)),
            ),
        })
        .collect();
    let empty = rows.is_empty() && app.report().is_some();
    drop(view);
    app.problems.offset = offset;
    // The title cut with `…` rather than at the border. The filter keys
    // are on the key bar, as bound (see `keybar`), not repeated here.
    let heading = super::keybar::ellipsis(&title(app), width);
    let list = List::new(items)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(heading)
                .border_style(theme.border()),
        )
        .highlight_style(theme.selected());
    let mut state = ListState::default().with_selected(sel_row.map(|r| r - offset));
    f.render_stateful_widget(list, area, &mut state);
    if empty {
        let inner = area.inner(ratatui::layout::Margin::new(1, 1));
        f.render_widget(
            ratatui::widgets::Paragraph::new(Span::styled(
                {
                    // The filter keys as bound (`e, w, a, r` by default).
                    let keys: Vec<String> = [
                        Action::OnlyErrors,
                        Action::OnlyWarnings,
                        Action::OnlyAcknowledged,
                        Action::Rules,
                    ]
                    .iter()
                    .filter_map(|a| {
                        app.keys
                            .keys_in(*a, Context::Problems)
                            .first()
                            .map(ToString::to_string)
                    })
                    .collect();
                    tr_args(
                        app.lang,
                        "tui-problems-none-shown-keys",
                        &[("keys", keys.join(", ").into())],
                    )
                },
                theme.dim(),
            )),
            inner,
        );
    }
    if let Some(at) = app.problems.picker {
        picker(f, area, app, theme, at);
    }
}

/// The rule picker: every rule present, with counts; "every rule" first.
fn picker(f: &mut Frame, area: Rect, app: &App, theme: &Theme, at: usize) {
    let rules = rules(app);
    let total: usize = rules.iter().map(|(_, n)| n).sum();
    let mut items = vec![ListItem::new(Line::from(format!(
        " {} ({total})",
        tr(app.lang, "tui-problems-every-rule")
    )))];
    items.extend(
        rules
            .iter()
            .map(|(r, n)| ListItem::new(Line::from(format!(" {r:<8} ({n})")))),
    );
    let height = u16::try_from(items.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [r] = Layout::horizontal([Constraint::Length(32.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(r);
    f.render_widget(Clear, r);
    let mut state = ListState::default().with_selected(Some(at));
    f.render_stateful_widget(
        List::new(items)
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .title(format!(" {} ", tr(app.lang, "tui-problems-rule-picker")))
                    .border_style(theme.border()),
            )
            .style(theme.text())
            .highlight_style(theme.selected()),
        r,
        &mut state,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_leave_out_what_is_none() {
        let c = Counts {
            errors: 0,
            warnings: 5,
            acknowledged: 1,
        };
        assert_eq!(c.text(Lang::En), "5 warnings, 1 acknowledged");
        let c = Counts {
            errors: 1,
            warnings: 2,
            acknowledged: 0,
        };
        assert_eq!(c.text(Lang::Da), "1 fejl, 2 advarsler");
        assert_eq!(c.text(Lang::En), "1 error, 2 warnings");
    }
}
