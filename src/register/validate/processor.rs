//! Processor records (ORG-006) and role clarity (PRC-002).

use super::msg::{MsgArg, lower_first, say};
use super::{Ctx, Sink};
use crate::register::model::{ActivityRole, RecipientKind};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let org = &ctx.org.org;
    let processor_record = a.role == ActivityRole::Processor;
    // ORG-006: a processor record names each controller with contact details.
    if processor_record || (org.role.includes_processor() && !a.on_behalf_of.is_empty()) {
        if a.on_behalf_of.is_empty() {
            say!(
                sink,
                "ORG-006",
                "on_behalf_of",
                "finding-org-006-no-controllers",
                "processor record without the controllers it acts for (Art. 30(2)(a))"
            );
        }
        for (i, c) in a.on_behalf_of.iter().enumerate() {
            let identified = c.organisation.is_some() || (c.name.is_some() && c.contact.is_some());
            if !identified {
                say!(
                    sink,
                    "ORG-006",
                    format!("on_behalf_of[{i}]"),
                    "finding-org-006-unidentified",
                    "controller `{name}` is not identified by name and contact details (Art. 30(2)(a))",
                    name = c.name.as_deref().unwrap_or("?")
                );
            }
            if c.processing.is_empty() {
                say!(
                    sink,
                    "ORG-006",
                    format!("on_behalf_of[{i}].processing"),
                    "finding-org-006-no-processing",
                    "no categories of processing carried out for this controller (Art. 30(2)(b))"
                );
            }
        }
    }
    // PRC-002: a processor that determines the legal basis.
    if processor_record && !a.legal_bases.is_empty() {
        say!(
            sink,
            "PRC-002",
            "legal_bases",
            "finding-prc-002-processor-states-bases",
            "a processor record states legal bases: the controller decides those (Art. 28(10)); check the roles"
        );
    }
    // PRC-002: one body in two roles in the same activity.
    let used: Vec<_> = a
        .recipients
        .iter()
        .enumerate()
        .filter_map(|(i, u)| {
            org.recipients
                .iter()
                .find(|r| r.id == u.recipient)
                .map(|r| (i, r))
        })
        .collect();
    for (n, (i, r)) in used.iter().enumerate() {
        for (_, other) in used.iter().take(n) {
            let same_body = match (&r.org_number, &other.org_number) {
                (Some(x), Some(y)) if x.is_stated() && y.is_stated() => x.value() == y.value(),
                _ => r.name.eq_ignore_ascii_case(&other.name),
            };
            let two_roles = r.kind != other.kind
                && (r.kind == RecipientKind::IndependentController
                    || other.kind == RecipientKind::IndependentController)
                && (r.kind.is_processor() || other.kind.is_processor());
            if same_body && two_roles {
                // English names the kinds as the model does (`Processor`).
                let (first, second) = (other.kind, r.kind);
                say!(
                    sink,
                    "PRC-002",
                    format!("recipients[{i}]"),
                    "finding-prc-002-two-roles",
                    "`{name}` acts both as {first} and as {second} in this activity; record the separate flows",
                    name = &r.name,
                    first = MsgArg::word(format!("{first:?}"), |l| lower_first(
                        l.recipient_kind(first)
                    )),
                    second = MsgArg::word(format!("{second:?}"), |l| lower_first(
                        l.recipient_kind(second)
                    ))
                );
            }
        }
    }
}
