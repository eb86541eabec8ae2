//! Third-country transfers (XFR-*): destination, mechanism, invalid
//! instruments, DPF scope, Art. 49 limits, undeclared transfers and the
//! freshness of adequacy decisions.

use super::checks::{Adequacy, adequacy_for, adequacy_for_organisation, date, fold, in_eea};
use super::countries;
use super::msg::{MsgArg, say};
use super::{Ctx, Sink};
use crate::register::date::Date;
use crate::register::model::{Mechanism, OrgKind, Organisation, Transfer};

/// XFR-008 on an organisation file: its own country and its recipients'
/// countries are ISO 3166-1 alpha-2 codes.
pub(super) fn check_org_countries(org: &Organisation, sink: &mut Sink) {
    if let Some((msg, english)) = countries::problem_msg(&org.country) {
        sink.emit_msg("XFR-008", "country", msg, english);
    }
    for (i, r) in org.recipients.iter().enumerate() {
        if let Some((msg, english)) = r.country.as_deref().and_then(countries::problem_msg) {
            sink.emit_msg("XFR-008", format!("recipients[{i}].country"), msg, english);
        }
    }
}

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    for (i, t) in a.transfers.iter().enumerate() {
        check_transfer(ctx, i, t, sink);
    }
    // XFR-006: recipients outside the EEA (or unlocated) but no transfer.
    if a.transfers.is_empty() {
        for (i, use_) in a.recipients.iter().enumerate() {
            let org = &ctx.org.org;
            let Some((j, r)) = org
                .recipients
                .iter()
                .enumerate()
                .find(|(_, r)| r.id == use_.recipient)
            else {
                continue;
            };
            match r.country.as_deref() {
                Some(c) if in_eea(c) => {}
                Some(c) => say!(
                    sink,
                    "XFR-006",
                    format!("recipients[{i}]"),
                    "finding-xfr-006-outside-eea",
                    "recipient `{id}` is in {country}, outside the EU/EEA, but the activity declares no transfer",
                    id = &r.id,
                    country = c
                ),
                // The organisation records the country as not stated in the
                // source: a known gap there (GAP-001), not a finding here.
                None if country_not_stated(org, j) => {}
                None => say!(
                    sink,
                    "XFR-006",
                    format!("recipients[{i}]"),
                    "finding-xfr-006-no-country",
                    "recipient `{id}` has no country; a transfer outside the EU/EEA cannot be ruled out",
                    id = &r.id
                ),
            }
        }
    }
}

/// True when organisation `org` lists its recipient `index`'s country as
/// not stated in the source. An entry for the whole recipient does not
/// count: the recipient is written, so that entry is stale (GAP-002) and
/// stands in for nothing.
fn country_not_stated(org: &crate::register::model::Organisation, index: usize) -> bool {
    let country = format!("recipients[{index}].country");
    org.not_stated
        .iter()
        .filter_map(|n| super::gaps::canonical_path(&n.field))
        .any(|n| n == country)
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
        // At the missing country: a finding about a missing value, which a
        // `not_stated` entry for `transfers[i].country` stands in for.
        match t.destination_text.as_deref() {
            Some(d) => say!(
                sink,
                "XFR-001",
                format!("{at}.country"),
                "finding-xfr-001-no-destination-source",
                "transfer `{id}` names no country (ISO 3166-1) or international organisation (source says: \"{source}\")",
                id = &t.id,
                source = d
            ),
            None => say!(
                sink,
                "XFR-001",
                format!("{at}.country"),
                "finding-xfr-001-no-destination",
                "transfer `{id}` names no country (ISO 3166-1) or international organisation",
                id = &t.id
            ),
        }
    }
    // XFR-008: the country is written as ISO 3166-1 alpha-2.
    if let Some((msg, english)) = t.country.as_deref().and_then(countries::problem_msg) {
        sink.emit_msg("XFR-008", format!("{at}.country"), msg, english);
    }
    let adequacy = t.country.as_deref().and_then(adequacy_for).or_else(|| {
        t.international_organisation
            .as_deref()
            .and_then(adequacy_for_organisation)
    });
    let eea = t.country.as_deref().is_some_and(in_eea);
    let adequate = match adequacy {
        Some(a) if a.destination == "US" => t.mechanisms.contains(&Mechanism::EuUsDpf),
        Some(a) if a.scope.is_some() => t.mechanisms.contains(&Mechanism::Adequacy),
        Some(_) => true,
        None => false,
    };
    // A mechanism that holds today, beside which a mention of an
    // invalidated instrument is a stale remark rather than the transfer's
    // basis.
    let valid_mechanism = adequate
        || t.mechanisms
            .iter()
            .any(|m| structured(m) && invalid_instrument(m).is_none());
    // XFR-003 / XFR-009: invalidated instruments.
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
        if let Some(why) = invalid_text(text) {
            if valid_mechanism {
                say!(
                    sink,
                    "XFR-009",
                    at.clone(),
                    "finding-xfr-009-stale-mention",
                    "transfer `{id}` also mentions {why}; it rests on a valid mechanism, so remove the stale mention",
                    id = &t.id,
                    why = why_word(why)
                );
            } else {
                say!(
                    sink,
                    "XFR-003",
                    at.clone(),
                    "finding-xfr-003-invalid",
                    "transfer `{id}` relies on {why}",
                    id = &t.id,
                    why = why_word(why)
                );
            }
            break;
        }
    }
    // XFR-002: a structured safeguard where no adequacy decision covers it.
    for (j, m) in t.mechanisms.iter().enumerate() {
        if let Mechanism::Scc { decision, module } = m
            && (decision.is_none() || module.is_none())
        {
            say!(
                sink,
                "XFR-002",
                format!("{at}.mechanisms[{j}]"),
                "finding-xfr-002-scc-incomplete",
                "standard contractual clauses without decision (e.g. \"2021/914\") and module (1-4)"
            );
        }
    }
    // A mechanism the source does not state is a known gap (GAP-001).
    let gap = t
        .mechanisms
        .iter()
        .any(|m| matches!(m, Mechanism::NotStated { .. }));
    if !eea && !adequate && !gap && !t.mechanisms.iter().any(structured) {
        let country = match t.country.as_deref() {
            Some(c) => MsgArg::from(c),
            None => MsgArg::word("an unnamed country", |l| {
                l.t("finding-word-unnamed-country")
            }),
        };
        say!(
            sink,
            "XFR-002",
            format!("{at}.mechanisms"),
            "finding-xfr-002-no-safeguard",
            "transfer `{id}` to {country} has no adequacy decision and no structured safeguard (SCC with decision and module, BCR, Art. 46 instrument or Art. 49 derogation)",
            id = &t.id,
            country = country
        );
    }
    // XFR-004: DPF scope.
    if t.mechanisms.contains(&Mechanism::EuUsDpf) {
        if t.country.as_deref() != Some("US") {
            say!(
                sink,
                "XFR-004",
                format!("{at}.country"),
                "finding-xfr-004-dpf-not-us",
                "the EU-US Data Privacy Framework covers only transfers to the US"
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
                say!(
                    sink,
                    "XFR-004",
                    format!("{at}.recipients[{j}]"),
                    "finding-xfr-004-dpf-unverified",
                    "recipient `{rid}` needs dpf_certified: true with dpf_verified_on within the last 12 months",
                    rid = rid
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
            say!(
                sink,
                "XFR-005",
                here.clone(),
                "finding-xfr-005-regular",
                "Art. 49 derogations may not be used for regular or systematic transfers"
            );
        }
        if letter.is_none() && (safeguards_documentation.is_none() || !sa_notified) {
            say!(
                sink,
                "XFR-005",
                here.clone(),
                "finding-xfr-005-second-subparagraph",
                "Art. 49(1) second subparagraph needs safeguards_documentation and sa_notified: true"
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
            say!(
                sink,
                "XFR-005",
                here,
                "finding-xfr-005-public-authority",
                "a public authority exercising public powers may not use Art. 49(1)(a)-(c) or the second subparagraph (Art. 49(3))"
            );
        }
    }
    // XFR-007: adequacy freshness.
    if let Some(a) = adequacy {
        let dest_at = if t.country.is_some() {
            format!("{at}.country")
        } else {
            format!("{at}.international_organisation")
        };
        if let Some(until) = a.valid_until.and_then(Date::parse)
            && until.days() - ctx.opts.today.days() <= 180
        {
            say!(
                sink,
                "XFR-007",
                dest_at.clone(),
                "finding-xfr-007-ends",
                "adequacy decision {decision} of {adopted} for {destination} ends on {until}",
                decision = a.decision,
                adopted = a.adopted,
                destination = a.destination,
                until = until.to_string()
            );
        }
        if !a.in_eea_agreement && ["NO", "IS", "LI"].contains(&org.country.as_str()) {
            say!(
                sink,
                "XFR-007",
                dest_at,
                "finding-xfr-007-not-in-eea",
                "adequacy decision {decision} of {adopted} is not yet incorporated in the EEA Agreement; an {country} controller cannot rely on it",
                decision = a.decision,
                adopted = a.adopted,
                country = &org.country
            );
        }
        if a.under_litigation && t.mechanisms.contains(&Mechanism::EuUsDpf) {
            dpf_recheck(ctx, i, t, a, sink);
        }
    }
}

/// A decision under litigation is re-checked every six months: each
/// DPF recipient's certification must have been verified within 183 days
/// (XFR-004 already errs past twelve months).
const RECHECK_DAYS: i64 = 183;

/// XFR-007 for the EU-US Data Privacy Framework: while the appeal
/// against the General Court's judgment (C-703/25 P) is pending, the
/// recipients' certification is verified at least every six months.
fn dpf_recheck(ctx: &Ctx, i: usize, t: &Transfer, a: &Adequacy, sink: &mut Sink) {
    let org = &ctx.org.org;
    for (j, rid) in t.recipients.iter().enumerate() {
        let Some(r) = org.recipients.iter().find(|r| &r.id == rid) else {
            continue;
        };
        let Some(verified) = r.dpf_verified_on.as_deref().and_then(date) else {
            continue; // XFR-004 reports the missing date.
        };
        let age = ctx.opts.today.days() - verified.days();
        if r.dpf_certified && age > RECHECK_DAYS && age <= 365 {
            say!(
                sink,
                "XFR-007",
                format!("transfers[{i}].recipients[{j}]"),
                "finding-xfr-007-dpf-recheck",
                "recipient `{rid}`'s DPF certification was verified on {verified}, more than six months ago; decision {decision} of {adopted} is under appeal (C-703/25 P), so re-check the certification and the state of the case",
                rid = rid,
                verified = verified.to_string(),
                decision = a.decision,
                adopted = a.adopted
            );
        }
    }
}

/// An invalid instrument's description ([`invalid_text`]) in every
/// language.
fn why_word(why: &'static str) -> MsgArg {
    let key = if why.starts_with("Privacy Shield") {
        "finding-word-privacy-shield"
    } else if why.starts_with("Safe Harbour") {
        "finding-word-safe-harbour"
    } else {
        "finding-word-old-scc"
    };
    MsgArg::word(why, |l| l.t(key))
}

/// What is wrong with an instrument named in `text`, if it was
/// invalidated or repealed.
fn invalid_text(text: &str) -> Option<&'static str> {
    // Spaces, hyphens and dots do not matter: "Privacy-Shield",
    // "Safe Harbor", "2010/87/EU" and "2010 / 87" are all the same.
    let f: String = fold(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '/')
        .collect();
    if f.contains("privacyshield") {
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
    }
}

/// The invalidity of a mechanism itself (a repealed SCC decision, a
/// named invalid instrument).
fn invalid_instrument(m: &Mechanism) -> Option<&'static str> {
    match m {
        Mechanism::Named(n) => invalid_text(n),
        Mechanism::Scc {
            decision: Some(d), ..
        } => invalid_text(d),
        _ => None,
    }
}
