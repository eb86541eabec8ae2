//! The validator: named rules with id, severity, legal source and the
//! `path:line:col` of the offending value. One module per rule family.

mod acknowledge;
pub mod catalogue;
pub mod checks;
mod gaps;
mod organisation;
mod processing;
mod processor;
mod retention;
mod special;
mod structure;
mod transfer;

use serde::Serialize;

use super::date::Date;
use super::load::{ActivityEntry, LoadError, Loaded, OrgEntry, Register, SourceFile};
pub use super::model::FindingKind;

pub use catalogue::RULES;

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
    /// What is wrong.
    pub message: String,
    /// Whether the finding is about a missing value or the value written;
    /// an acknowledgement covers findings of its own kind only.
    pub kind: FindingKind,
    /// Present when a current acknowledgement covers the finding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acknowledged: Option<Ack>,
}

impl Finding {
    /// True when the finding counts (is not acknowledged).
    pub fn is_active(&self) -> bool {
        self.acknowledged.is_none()
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

/// Collects findings for one file, placing each at its value.
pub(crate) struct Sink<'a> {
    file: &'a SourceFile,
    out: &'a mut Vec<Finding>,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(file: &'a SourceFile, out: &'a mut Vec<Finding>) -> Self {
        Sink { file, out }
    }

    /// Records a finding of `rule` at `field`.
    pub(crate) fn emit(
        &mut self,
        rule_id: &'static str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let field = field.into();
        let pos = self.file.spans().find(&field);
        let severity = rule(rule_id).map_or(Severity::Error, |r| r.severity);
        let kind = acknowledge::kind_at(self.file, &field);
        self.out.push(Finding {
            rule: rule_id,
            severity,
            path: self.file.path.clone(),
            line: pos.line,
            column: pos.col,
            field,
            message: message.into(),
            kind,
            acknowledged: None,
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
        kind: FindingKind::Invalid,
        acknowledged: None,
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
    {
        let mut sink = Sink::new(&org.file, &mut findings);
        structure::check_organisation(org, &mut sink);
        organisation::check(orgs, org, opts, &mut sink);
        special::scan_identifiers(&org.org, &mut sink);
        gaps::check(&org.org, &mut sink);
    }
    acknowledge::apply(&org.file, &org.org.acknowledgements, opts, &mut findings);
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
    {
        let mut sink = Sink::new(&act.file, &mut findings);
        structure::check_activity(&ctx, &mut sink);
        processing::check(&ctx, &mut sink);
        special::check(&ctx, &mut sink);
        transfer::check(&ctx, &mut sink);
        processor::check(&ctx, &mut sink);
        retention::check(&ctx, &mut sink);
        gaps::check(&act.activity, &mut sink);
    }
    acknowledge::apply(
        &act.file,
        &act.activity.acknowledgements,
        opts,
        &mut findings,
    );
    findings
}

/// Sorts findings by file, line, column and rule, as reports list them.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.rule).cmp(&(&b.path, b.line, b.column, b.rule))
    });
}

/// Validates a loaded register.
pub fn validate(loaded: &Loaded, opts: &Options) -> Report {
    let mut findings: Vec<Finding> = loaded.errors.iter().map(load_finding).collect();
    let reg = &loaded.register;
    findings.append(&mut check_organisations(&reg.organisations));
    for org in &reg.organisations {
        findings.append(&mut check_organisation(org, reg, opts));
        for act in &org.activities {
            findings.append(&mut check_activity(org, act, reg, opts));
        }
    }
    sort_findings(&mut findings);
    Report { findings }
}
