//! The validator: named rules with id, severity, legal source and the
//! `path:line:col` of the offending value. One module per rule family.

mod acknowledge;
pub mod cache;
pub mod catalogue;
pub mod checks;
pub mod citation;
pub mod countries;
mod gaps;
pub mod msg;
mod organisation;
mod processing;
mod processor;
mod record;
mod rejudge;
mod retention;
mod special;
pub mod stream;
mod structure;
mod transfer;

use serde::Serialize;

use super::date::Date;
use super::lang::Lang;
use super::load::{ActivityEntry, LoadError, Loaded, OrgEntry, Register, SourceFile};
use super::model::ActivityRole;
pub use super::model::FindingKind;

pub use catalogue::RULES;
pub use rejudge::{Rejudged, rejudge};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails CI and blocks a save.
    Error,
    /// Reported; does not fail unless `--deny-warnings`.
    Warning,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A validation rule.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, e.g. `ORG-002`.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// When it fires.
    pub trigger: &'static str,
    /// The law or guidance behind it.
    pub legal_source: &'static str,
    /// What to do about a finding.
    pub hint: &'static str,
}

/// Looks a rule up by id (case-insensitive).
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// An acknowledgement that covers a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ack {
    /// Why the finding is accepted.
    pub reason: String,
    /// Last day it holds.
    pub expires: String,
}

/// One problem found in the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Rule id.
    pub rule: &'static str,
    /// Severity (the rule's).
    pub severity: Severity,
    /// File, relative to the register root.
    pub path: String,
    /// Line of the offending value, from 1.
    pub line: usize,
    /// Column of the offending value, from 1.
    pub column: usize,
    /// Field path inside the record, e.g. `legal_bases[0].article6`.
    pub field: String,
    /// What is wrong, in English: the text of JSON and GitHub output.
    pub message: String,
    /// What is wrong as a catalogue key and arguments, to be read in any
    /// language ([`Finding::message_in`]); `None` for a text that has
    /// no key (a loader's error), which reads as `message`.
    #[serde(skip)]
    pub msg: Option<msg::Msg>,
    /// Whether the finding is about a missing value or the value written;
    /// an acknowledgement covers findings of its own kind only.
    pub kind: FindingKind,
    /// Present when a current acknowledgement covers the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<Ack>,
    /// The field path with each list item that has an id named by it
    /// (`purposes[id=p1]` for `purposes[0]`), where that differs: the place
    /// an acknowledgement names, so that it stays with its item when items
    /// are inserted, removed or reordered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
}

impl Finding {
    /// True when the finding counts (is not acknowledged).
    pub fn is_active(&self) -> bool {
        self.acknowledged.is_none()
    }

    /// What is wrong, in `lang`; in English exactly [`Finding::message`].
    pub fn message_in(&self, lang: Lang) -> String {
        match (&self.msg, lang) {
            (Some(m), Lang::Da | Lang::Nb) => m.render(lang),
            _ => self.message.clone(),
        }
    }
}

/// Settings of one validation run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// The day acknowledgements and review dates are judged against.
    pub today: Date,
    /// Ignore every acknowledgement.
    pub strict: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            today: Date::today(),
            strict: false,
        }
    }
}

/// All findings of a run, sorted by file, line and column.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// The findings.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Unacknowledged errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Unacknowledged warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    /// Acknowledged findings.
    pub fn acknowledged(&self) -> usize {
        self.findings.iter().filter(|f| !f.is_active()).count()
    }

    fn count(&self, s: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.is_active() && f.severity == s)
            .count()
    }

    /// Findings in one file.
    pub fn for_file<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.path == path)
    }
}

/// Collects findings for one file. Each is placed at its value (line,
/// column, and whether the value is missing or written) when the sink is
/// dropped: the file is then read once for the places of all of them,
/// not indexed whole.
pub(crate) struct Sink<'a> {
    file: &'a SourceFile,
    /// The record the file holds, when known: a finding's kind is read
    /// from it as well as from the text.
    record: Option<&'a record::Record<'a>>,
    out: &'a mut Vec<Finding>,
    /// Where this sink's findings start in `out`.
    from: usize,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(file: &'a SourceFile, out: &'a mut Vec<Finding>) -> Self {
        Self::for_record(file, None, out)
    }

    /// A sink for the findings of `record`, read from `file`.
    pub(crate) fn for_record(
        file: &'a SourceFile,
        record: Option<&'a record::Record<'a>>,
        out: &'a mut Vec<Finding>,
    ) -> Self {
        let from = out.len();
        Sink {
            file,
            record,
            out,
            from,
        }
    }

    /// The record the findings are about, when the sink was made for one.
    pub(crate) fn record(&self) -> Option<&'a record::Record<'a>> {
        self.record
    }

    /// Records a finding of `rule` at `field` whose sentence is `msg`,
    /// `message` in English (see [`msg::say!`]).
    pub(crate) fn emit_msg(
        &mut self,
        rule_id: &'static str,
        field: impl Into<String>,
        msg: msg::Msg,
        message: String,
    ) {
        // The English catalogue must say exactly what the English text
        // says: every test that validates a register checks it.
        debug_assert_eq!(
            msg.render(Lang::En),
            message,
            "locales/en.ftl: {} differs from the English sentence",
            msg.key
        );
        self.push(rule_id, field.into(), message, Some(msg));
    }

    /// Records a finding of `rule` at `field`.
    fn push(
        &mut self,
        rule_id: &'static str,
        field: String,
        message: String,
        msg: Option<msg::Msg>,
    ) {
        let severity = rule(rule_id).map_or(Severity::Error, |r| r.severity);
        // Placed when the sink is dropped (see `place`).
        self.out.push(Finding {
            rule: rule_id,
            severity,
            path: self.file.path.clone(),
            line: 0,
            column: 0,
            field,
            message,
            msg,
            kind: FindingKind::Missing,
            acknowledged: None,
            anchor: None,
        });
    }
}

impl Drop for Sink<'_> {
    fn drop(&mut self) {
        let from = self.from.min(self.out.len());
        place(self.file, self.record, &mut self.out[from..]);
    }
}

/// Places `findings` of `file` at their values: line, column, and kind.
/// The file's position index is used when it was built already (the
/// interface builds it); otherwise only the places of these findings are
/// looked for, and nothing is kept on the file.
fn place(file: &SourceFile, record: Option<&record::Record<'_>>, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let built;
    let spans = match file.spans.get() {
        Some(whole) => whole,
        None => {
            built = super::locate::SpanIndex::only(
                &file.text,
                findings.iter().map(|f| f.field.as_str()),
            );
            &built
        }
    };
    for f in findings {
        let pos = spans.find(&f.field);
        f.line = pos.line;
        f.column = pos.col;
        f.kind = acknowledge::kind_in(spans, &file.text, &f.field, || {
            record.is_some_and(|r| {
                r.value_at(&f.field)
                    .is_some_and(|v| acknowledge::says_something(&v))
            })
        });
    }
}

/// The organisations of the register, as far as references to them are
/// concerned (joint controllers, controllers a processor acts for).
pub trait OrgIds {
    /// True when an organisation with this id is in the register.
    fn contains_org(&self, id: &str) -> bool;
}

impl OrgIds for Register {
    fn contains_org(&self, id: &str) -> bool {
        self.organisations.iter().any(|o| o.org.id == id)
    }
}

impl OrgIds for std::collections::HashSet<String> {
    fn contains_org(&self, id: &str) -> bool {
        self.contains(id)
    }
}

/// What the rules of one activity see.
pub(crate) struct Ctx<'a> {
    /// The register's organisations (for references across them).
    pub orgs: &'a dyn OrgIds,
    /// The organisation the activity belongs to.
    pub org: &'a OrgEntry,
    /// The activity.
    pub act: &'a ActivityEntry,
    /// The run's settings.
    pub opts: &'a Options,
}

/// The finding for a file that could not be loaded.
pub fn load_finding(e: &LoadError) -> Finding {
    Finding {
        rule: "LOAD-001",
        severity: Severity::Error,
        path: e.path.clone(),
        line: e.pos.line,
        column: e.pos.col,
        field: String::new(),
        message: e.message.clone(),
        msg: None,
        kind: FindingKind::Invalid,
        acknowledged: None,
        anchor: None,
    }
}

/// Register-wide rules over the organisations, in folder order: the same
/// org number declared twice (STR-001).
pub fn check_organisations<'a>(orgs: impl IntoIterator<Item = &'a OrgEntry>) -> Vec<Finding> {
    let mut out = Vec::new();
    structure::check_register(orgs, &mut out);
    out
}

/// The findings of one organisation file (acknowledgements applied).
pub fn check_organisation(org: &OrgEntry, orgs: &dyn OrgIds, opts: &Options) -> Vec<Finding> {
    let mut findings = Vec::new();
    let record = record::Record::organisation(&org.org);
    let file = &org.file;
    {
        let mut sink = Sink::for_record(file, Some(&record), &mut findings);
        structure::check_organisation(org, &mut sink);
        organisation::check(orgs, org, opts, &mut sink);
        transfer::check_org_countries(&org.org, &mut sink);
        check_values(&mut sink);
    }
    gaps::apply_not_stated(
        file,
        "Organisation",
        &record,
        &org.org.not_stated,
        &mut findings,
    );
    acknowledge::apply(
        file,
        &record,
        &org.org.acknowledgements,
        opts,
        &mut findings,
    );
    findings
}

/// The findings of one activity file of `org` (acknowledgements applied).
pub fn check_activity(
    org: &OrgEntry,
    act: &ActivityEntry,
    orgs: &dyn OrgIds,
    opts: &Options,
) -> Vec<Finding> {
    let ctx = Ctx {
        orgs,
        org,
        act,
        opts,
    };
    let mut findings = Vec::new();
    let record = record::Record::activity(&act.activity);
    let file = &act.file;
    {
        let mut sink = Sink::for_record(file, Some(&record), &mut findings);
        structure::check_activity(&ctx, &mut sink);
        processing::check(&ctx, &mut sink);
        special::check(&ctx, &mut sink);
        transfer::check(&ctx, &mut sink);
        processor::check(&ctx, &mut sink);
        retention::check(&ctx, &mut sink);
        check_values(&mut sink);
    }
    if act.activity.role == ActivityRole::Processor {
        findings.retain(|f| !CONTROLLER_DUTIES.contains(&f.rule));
    }
    gaps::apply_not_stated(
        file,
        "Activity",
        &record,
        &act.activity.not_stated,
        &mut findings,
    );
    acknowledge::apply(
        file,
        &record,
        &act.activity.acknowledgements,
        opts,
        &mut findings,
    );
    findings
}

/// The rules read from every value of the sink's record, in one walk of
/// it: national identification numbers in its texts (SPC-006) and the
/// values recorded as not stated (GAP-001).
fn check_values(sink: &mut Sink) {
    struct Values<'s, 'a> {
        sink: &'s mut Sink<'a>,
    }
    impl crate::register::values::Visit for Values<'_, '_> {
        fn text(&mut self, path: &str, text: &str) {
            special::identifier_in(self.sink, path, text);
        }
        fn not_stated(&mut self, path: &str, note: &str) {
            gaps::not_stated_at(self.sink, path, note);
        }
    }
    let Some(record) = sink.record() else {
        return;
    };
    // The record was read from its file's text, which holds each of its
    // texts as written: one with a number in it has six digits in a row
    // there or an escape, and a value not stated is spelled `NotStated`.
    // Most files have neither, and their records are not walked. (A
    // record made in memory has no text and is walked.)
    let text = &sink.file.text;
    if !text.is_empty()
        && !checks::has_date_digits(text)
        && !text.contains('\\')
        && !text.contains("NotStated")
    {
        return;
    }
    let from = sink.out.len();
    record.walk(&mut Values { sink });
    // The walk follows the model's field order; findings of one rule at
    // one place (a file the locator cannot read places them all at its
    // start) are listed in the order of serde's JSON form, fields by
    // name, as they always were.
    if let Some(found) = sink.out.get_mut(from..) {
        found.sort_by(|a, b| json_order(&a.field).cmp(&json_order(&b.field)));
    }
}

/// A field path's steps as serde's JSON form orders them: field names as
/// text, list positions as numbers.
fn json_order(path: &str) -> Vec<(&str, usize)> {
    let mut steps = Vec::new();
    for segment in path.split('.') {
        let mut parts = segment.split('[');
        steps.push((parts.next().unwrap_or(""), 0));
        for index in parts {
            let n = index
                .trim_end_matches(']')
                .trim()
                .parse()
                .unwrap_or(usize::MAX);
            steps.push(("", n));
        }
    }
    steps
}

/// Rules on facts that Art. 30(1) asks of the controller and Art. 30(2)
/// does not ask of a processor: purposes, recipients, the lawful basis
/// and its particulars, Art. 9(2)/10/87 conditions, the data's source,
/// automated decisions, the DPIA, consent and retention. On a processor
/// record (role Processor) they are the controller's to record; the
/// processor's own duties are checked instead: each controller named with
/// its categories of processing (ORG-006), transfers (XFR-*), security
/// (ACT-007).
pub const CONTROLLER_DUTIES: &[&str] = &[
    "ACT-001", "ACT-002", "ACT-003", "ACT-005", "ACT-006", "ACT-008", "ACT-009", "ACT-010",
    "ACT-011", "SPC-001", "SPC-002", "SPC-003", "SPC-004", "CNS-001", "CNS-002", "CNS-003",
    "RET-001", "RET-005",
];

/// Rules whose findings on an activity depend on its organisation's
/// record (recipients, systems, kind, country, security). When the
/// organisation file cannot be loaded they are not judged: the
/// activity's other findings are still reported.
const NEEDS_ORGANISATION: &[&str] = &[
    "ACT-005", "ACT-006", "ACT-007", "SPC-003", "XFR-004", "XFR-005", "XFR-006", "XFR-007",
    "PRC-002", "CNS-003",
];

/// The findings of an activity whose organisation file is missing or
/// does not parse: every rule that can be judged from the activity alone
/// (acknowledgements applied). `folder` is the organisation's folder.
pub fn check_orphan_activity(
    folder: &str,
    act: &ActivityEntry,
    orgs: &dyn OrgIds,
    opts: &Options,
) -> Vec<Finding> {
    let org = OrgEntry {
        org: stand_in_organisation(folder),
        file: SourceFile::new(format!("{folder}/organisation.ron"), String::new()),
        activities: Vec::new(),
    };
    let mut findings = check_activity(&org, act, orgs, opts);
    findings.retain(|f| {
        let by_org_reference = f.rule == "STR-002"
            && ["recipients[", "systems[", "transfers[", "on_behalf_of["]
                .iter()
                .any(|p| f.field.starts_with(p))
            && !f.field.contains("].data[");
        !(NEEDS_ORGANISATION.contains(&f.rule) || by_org_reference)
    });
    findings
}

/// An organisation with nothing recorded, standing in for one that could
/// not be loaded.
fn stand_in_organisation(id: &str) -> crate::register::model::Organisation {
    crate::register::model::Organisation {
        review_interval_months: None,
        id: id.to_string(),
        name: String::new(),
        role: crate::register::model::OrgRole::Controller,
        kind: crate::register::model::OrgKind::Company,
        country: String::new(),
        org_number: None,
        address: None,
        email: None,
        phone: None,
        website: None,
        contacts: Vec::new(),
        dpo: None,
        representative: None,
        art3_2_applies: false,
        art27_2_exemption: None,
        joint_controllers: Vec::new(),
        recipients: Vec::new(),
        systems: Vec::new(),
        security_measures: None,
        security_ref: None,
        data_subject_rights: None,
        sources: Vec::new(),
        not_stated: Vec::new(),
        acknowledgements: Vec::new(),
        notes: None,
    }
}

/// Sorts findings by file, line, column and rule, as reports list them.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(report_order);
}

/// The order reports list findings in: by file, line, column and rule.
pub(crate) fn report_order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (&a.path, a.line, a.column, a.rule).cmp(&(&b.path, b.line, b.column, b.rule))
}

/// The findings of each organisation and its activities, in the
/// register's order, judged on as many threads as the machine has cores
/// (each takes the next organisation not yet taken, so one large
/// organisation does not hold the others up).
fn per_organisation(reg: &Register, opts: &Options) -> Vec<Vec<Finding>> {
    let one = |org: &OrgEntry| {
        let mut out = check_organisation(org, reg, opts);
        for act in &org.activities {
            out.append(&mut check_activity(org, act, reg, opts));
        }
        out
    };
    on_all_cores(reg.organisations.len(), |i| {
        reg.organisations.get(i).map(one)
    })
    .into_iter()
    .flatten()
    .collect()
}

/// `f(0)`, …, `f(n - 1)` on as many threads as the machine has cores, each
/// taking the next index not yet taken (so one large organisation does
/// not hold the others up); the answers in index order. A worker that
/// panicked (a bug in a rule) panics here too, as the same rule would on
/// one thread.
pub(crate) fn on_all_cores<T: Send>(
    n: usize,
    f: impl Fn(usize) -> Option<T> + Sync,
) -> Vec<Option<T>> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(8)
        .min(n);
    if threads <= 1 {
        return (0..n).map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Option<T>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= n {
                            break mine;
                        }
                        mine.push((i, f(i)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Validates a loaded register.
pub fn validate(loaded: &Loaded, opts: &Options) -> Report {
    let mut findings: Vec<Finding> = loaded.errors.iter().map(load_finding).collect();
    let reg = &loaded.register;
    findings.append(&mut check_organisations(&reg.organisations));
    for mut of_org in per_organisation(reg, opts) {
        findings.append(&mut of_org);
    }
    for orphans in &loaded.orphans {
        for act in &orphans.activities {
            findings.append(&mut check_orphan_activity(&orphans.folder, act, reg, opts));
        }
    }
    sort_findings(&mut findings);
    Report { findings }
}

/// The value at a field path of serde's JSON form of a record, as the
/// validator looked it up before it read the typed record: what
/// [`crate::register::values::value_at`] is checked against.
#[cfg(test)]
pub(crate) fn value_at_json<'v>(
    record: &'v serde_json::Value,
    path: &str,
) -> Option<&'v serde_json::Value> {
    acknowledge::value_at(record, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Findings of one rule at one place come in the order of serde's
    /// JSON form (fields by name), as before the walk read the typed
    /// record: a file the locator cannot read places them all at 1:1.
    #[test]
    fn same_place_findings_keep_the_json_forms_order() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = crate::register::load::load(&root).expect("the sample loads");
        let org = &loaded.register.organisations[0];
        let mut act = org.activities[0].clone();
        act.activity.name = "Navn 010203-1234".into();
        act.activity.description = Some("Beskrivelse 0102031234".into());
        act.file = SourceFile::new(act.file.path.clone(), String::new());
        let opts = Options {
            today: Date::parse("2026-12-01").expect("date"),
            strict: true,
        };
        let found: Vec<String> = check_activity(org, &act, &loaded.register, &opts)
            .into_iter()
            .filter(|f| f.rule == "SPC-006")
            .map(|f| format!("{}:{}:{}", f.field, f.line, f.column))
            .collect();
        assert_eq!(found, ["description:1:1", "name:1:1"]);
        assert!(json_order("a.b[10].c") > json_order("a.b[9].d"));
        assert!(json_order("acknowledgements[0]") < json_order("description"));
    }

    /// The threads change nothing: each organisation's findings, in the
    /// register's order, are what one thread finds.
    #[test]
    fn the_findings_per_organisation_are_those_of_one_thread() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = crate::register::load::load(&root).expect("the sample loads");
        let reg = &loaded.register;
        let opts = Options {
            today: Date::parse("2026-12-01").expect("date"),
            strict: false,
        };
        let one_thread: Vec<Vec<Finding>> = reg
            .organisations
            .iter()
            .map(|org| {
                let mut out = check_organisation(org, reg, &opts);
                for act in &org.activities {
                    out.append(&mut check_activity(org, act, reg, &opts));
                }
                out
            })
            .collect();
        assert!(reg.organisations.len() >= 5);
        assert!(one_thread.iter().map(Vec::len).sum::<usize>() > 100);
        assert_eq!(per_organisation(reg, &opts), one_thread);
    }
}
