//! Third-country transfers (XFR-*): destination, mechanism, invalid
//! instruments, DPF scope, Art. 49 limits, undeclared transfers and the
//! freshness of adequacy decisions.

use super::checks::{adequacy_for, date, fold, in_eea};
use super::{Ctx, Sink};
use crate::register::date::Date;
use crate::register::model::{Mechanism, OrgKind, Transfer};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    for (i, t) in a.transfers.iter().enumerate() {
        check_transfer(ctx, i, t, sink);
    }
    // XFR-006: recipients outside the EEA (or unlocated) but no transfer.
    if a.transfers.is_empty() {
        for (i, use_) in a.recipients.iter().enumerate() {
            let Some(r) = ctx
                .org
                .org
                .recipients
                .iter()
                .find(|r| r.id == use_.recipient)
            else {
                continue;
            };
            match r.country.as_deref() {
                Some(c) if in_eea(c) => {}
                Some(c) => sink.emit(
                    "XFR-006",
                    format!("recipients[{i}]"),
                    format!("recipient `{}` is in {c}, outside the EU/EEA, but the activity declares no transfer", r.id),
                ),
                None => sink.emit(
                    "XFR-006",
                    format!("recipients[{i}]"),
                    format!("recipient `{}` has no country; a transfer outside the EU/EEA cannot be ruled out", r.id),
                ),
            }
        }
    }
}

fn structured(m: &Mechanism) -> bool {
    match m {
        Mechanism::Scc { decision, module } => decision.is_some() && module.is_some(),
        Mechanism::Bcr { approval_ref } => approval_ref.is_some(),
        Mechanism::PublicAuthorityInstrument(_)
        | Mechanism::CodeOfConduct(_)
        | Mechanism::Certification(_)
        | Mechanism::AuthorisedClauses(_)
        | Mechanism::Derogation { .. } => true,
        Mechanism::Adequacy
        | Mechanism::EuUsDpf
        | Mechanism::Named(_)
        | Mechanism::NotStated { .. } => false,
    }
}

fn check_transfer(ctx: &Ctx, i: usize, t: &Transfer, sink: &mut Sink) {
    let at = format!("transfers[{i}]");
    let org = &ctx.org.org;
    // XFR-001.
    if t.country.is_none() && t.international_organisation.is_none() {
        sink.emit(
            "XFR-001",
            at.clone(),
            format!(
                "transfer `{}` names no country (ISO 3166-1) or international organisation{}",
                t.id,
                t.destination_text
                    .as_deref()
                    .map(|d| format!(" (source says: \"{d}\")"))
                    .unwrap_or_default()
            ),
        );
    }
    // XFR-003: invalidated instruments.
    let mut texts: Vec<&str> = t.safeguard_text.iter().map(String::as_str).collect();
    for m in &t.mechanisms {
        if let Mechanism::Named(n) = m {
            texts.push(n);
        }
        if let Mechanism::Scc {
            decision: Some(d), ..
        } = m
        {
            texts.push(d);
        }
    }
    for text in &texts {
        let f = fold(text).replace(char::is_whitespace, "");
        let invalid = if f.contains("privacyshield") {
            Some("Privacy Shield (invalidated by CJEU C-311/18 Schrems II, 16 July 2020)")
        } else if f.contains("safeharbo") {
            Some("Safe Harbour (invalidated by CJEU C-362/14 Schrems I, 6 October 2015)")
        } else if ["2001/497", "2004/915", "2010/87"]
            .iter()
            .any(|d| f.contains(d))
        {
            Some(
                "old standard contractual clauses (repealed by Decision (EU) 2021/914; transition ended 27 December 2022)",
            )
        } else {
            None
        };
        if let Some(why) = invalid {
            sink.emit(
                "XFR-003",
                at.clone(),
                format!("transfer `{}` relies on {why}", t.id),
            );
            break;
        }
    }
    // XFR-002: a structured safeguard where no adequacy decision covers it.
    for (j, m) in t.mechanisms.iter().enumerate() {
        if let Mechanism::Scc { decision, module } = m
            && (decision.is_none() || module.is_none())
        {
            sink.emit(
                    "XFR-002",
                    format!("{at}.mechanisms[{j}]"),
                    "standard contractual clauses without decision (e.g. \"2021/914\") and module (1-4)",
                );
        }
    }
    let adequacy = t.country.as_deref().and_then(adequacy_for);
    let eea = t.country.as_deref().is_some_and(in_eea);
    let adequate = match adequacy {
        Some(a) if a.destination == "US" => t.mechanisms.contains(&Mechanism::EuUsDpf),
        Some(a) if a.scope.is_some() => t.mechanisms.contains(&Mechanism::Adequacy),
        Some(_) => true,
        None => false,
    };
    // A mechanism the source does not state is a known gap (GAP-001).
    let gap = t
        .mechanisms
        .iter()
        .any(|m| matches!(m, Mechanism::NotStated { .. }));
    if !eea && !adequate && !gap && !t.mechanisms.iter().any(structured) {
        sink.emit(
            "XFR-002",
            format!("{at}.mechanisms"),
            format!(
                "transfer `{}` to {} has no adequacy decision and no structured safeguard (SCC with decision and module, BCR, Art. 46 instrument or Art. 49 derogation)",
                t.id,
                t.country.as_deref().unwrap_or("an unnamed country")
            ),
        );
    }
    // XFR-004: DPF scope.
    if t.mechanisms.contains(&Mechanism::EuUsDpf) {
        if t.country.as_deref() != Some("US") {
            sink.emit(
                "XFR-004",
                format!("{at}.country"),
                "the EU-US Data Privacy Framework covers only transfers to the US",
            );
        }
        for (j, rid) in t.recipients.iter().enumerate() {
            let Some(r) = org.recipients.iter().find(|r| &r.id == rid) else {
                continue;
            };
            let fresh = r
                .dpf_verified_on
                .as_deref()
                .and_then(date)
                .is_some_and(|d| ctx.opts.today.days() - d.days() <= 365);
            if !r.dpf_certified || !fresh {
                sink.emit(
                    "XFR-004",
                    format!("{at}.recipients[{j}]"),
                    format!("recipient `{rid}` needs dpf_certified: true with dpf_verified_on within the last 12 months"),
                );
            }
        }
    }
    // XFR-005: Art. 49 limits.
    for (j, m) in t.mechanisms.iter().enumerate() {
        let Mechanism::Derogation {
            letter,
            safeguards_documentation,
            sa_notified,
        } = m
        else {
            continue;
        };
        let here = format!("{at}.mechanisms[{j}]");
        if t.regular {
            sink.emit(
                "XFR-005",
                here.clone(),
                "Art. 49 derogations may not be used for regular or systematic transfers",
            );
        }
        if letter.is_none() && (safeguards_documentation.is_none() || !sa_notified) {
            sink.emit(
                "XFR-005",
                here.clone(),
                "Art. 49(1) second subparagraph needs safeguards_documentation and sa_notified: true",
            );
        }
        let public_limited = letter.is_none()
            || matches!(
                letter,
                Some(
                    crate::register::model::Art49::A
                        | crate::register::model::Art49::B
                        | crate::register::model::Art49::C
                )
            );
        if org.kind == OrgKind::PublicAuthority && public_limited {
            sink.emit(
                "XFR-005",
                here,
                "a public authority exercising public powers may not use Art. 49(1)(a)-(c) or the second subparagraph (Art. 49(3))",
            );
        }
    }
    // XFR-007: adequacy freshness.
    if let Some(a) = adequacy {
        if let Some(until) = a.valid_until.and_then(Date::parse)
            && until.days() - ctx.opts.today.days() <= 180
        {
            sink.emit(
                "XFR-007",
                format!("{at}.country"),
                format!(
                    "adequacy decision {} for {} ends on {until}",
                    a.decision, a.destination
                ),
            );
        }
        if !a.in_eea_agreement && ["NO", "IS", "LI"].contains(&org.country.as_str()) {
            sink.emit(
                "XFR-007",
                format!("{at}.country"),
                format!("adequacy decision {} is not yet incorporated in the EEA Agreement; an {} controller cannot rely on it", a.decision, org.country),
            );
        }
    }
}
