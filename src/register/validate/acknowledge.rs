//! Acknowledged findings (ACK-*): a finding the team has reviewed is kept
//! in the report, marked as acknowledged, until the acknowledgement expires.

use super::{Ack, Finding, Options, Sink, rule};
use crate::register::date::Date;
use crate::register::load::SourceFile;
use crate::register::model::Acknowledgement;

/// Marks the findings of one file covered by its acknowledgements, and
/// reports expired (ACK-001) and unused (ACK-002) acknowledgements.
pub(super) fn apply(
    file: &SourceFile,
    acks: &[Acknowledgement],
    opts: &Options,
    findings: &mut Vec<Finding>,
) {
    let mut extra = Vec::new();
    {
        let mut sink = Sink::new(file, &mut extra);
        for (i, ack) in acks.iter().enumerate() {
            let here = format!("acknowledgements[{i}]");
            if rule(&ack.rule).is_none() {
                sink.emit(
                    "ACK-002",
                    format!("{here}.rule"),
                    format!("acknowledgement names unknown rule `{}`", ack.rule),
                );
                continue;
            }
            let Some(expires) = Date::parse(&ack.expires) else {
                sink.emit(
                    "DATE-001",
                    format!("{here}.expires"),
                    format!("`{}` is not a YYYY-MM-DD date", ack.expires),
                );
                continue;
            };
            let matches = |f: &Finding| {
                f.rule.eq_ignore_ascii_case(&ack.rule)
                    && ack.at.as_deref().is_none_or(|at| {
                        f.field == at
                            || f.field.starts_with(&format!("{at}."))
                            || f.field.starts_with(&format!("{at}["))
                    })
            };
            let hits = findings.iter().filter(|f| matches(f)).count();
            if hits == 0 {
                sink.emit(
                    "ACK-002",
                    here,
                    format!(
                        "acknowledgement of {} matches no finding{}; remove it",
                        ack.rule,
                        ack.at
                            .as_deref()
                            .map(|a| format!(" at `{a}`"))
                            .unwrap_or_default()
                    ),
                );
                continue;
            }
            if expires < opts.today {
                sink.emit(
                    "ACK-001",
                    format!("{here}.expires"),
                    format!(
                        "acknowledgement of {} expired on {expires}; review the finding again and renew or fix it",
                        ack.rule
                    ),
                );
                continue;
            }
            if opts.strict {
                continue;
            }
            for f in findings.iter_mut().filter(|f| matches(f)) {
                if f.acknowledged.is_none() {
                    f.acknowledged = Some(Ack {
                        reason: ack.reason.clone(),
                        expires: ack.expires.clone(),
                    });
                }
            }
        }
    }
    findings.append(&mut extra);
}
