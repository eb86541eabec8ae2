//! Organisation rules (ORG-001 to ORG-005) and processor terms (PRC-001).

use super::checks::{
    cvr_valid, email_valid, given, in_eea, normalise_org_number, orgnr_valid, phone_e164,
    placeholder_class,
};
use super::{Options, OrgIds, Sink};
use crate::register::load::OrgEntry;
use crate::register::model::{Contact, OrgKind, OrgNumber};

/// Checks one organisation record.
pub(super) fn check(orgs: &dyn OrgIds, entry: &OrgEntry, _opts: &Options, sink: &mut Sink) {
    let o = &entry.org;
    // ORG-001 identity and contact.
    if o.name.trim().is_empty() {
        sink.emit("ORG-001", "name", "organisation has no name");
    }
    if o.address.as_deref().is_none_or(|a| a.trim().is_empty()) {
        sink.emit("ORG-001", "address", "organisation has no postal address");
    }
    if o.email.is_none() && o.phone.is_none() {
        sink.emit(
            "ORG-001",
            "email",
            "organisation has no contact e-mail or phone",
        );
    }
    contact_details(sink, "", o.email.as_deref(), o.phone.as_deref(), &o.country);
    for (i, c) in o.contacts.iter().enumerate() {
        contact(sink, &format!("contacts[{i}]"), c, &o.country);
    }
    if let Some(dpo) = &o.dpo {
        contact(sink, "dpo.contact", &dpo.contact, &o.country);
    }
    if let Some(rep) = &o.representative {
        contact(sink, "representative", rep, "");
    }

    // ORG-002 org number.
    match (&o.org_number, o.country.as_str()) {
        (None, "DK") => sink.emit(
            "ORG-002",
            "org_number",
            "Danish organisation without a CVR number",
        ),
        (None, "NO") => sink.emit(
            "ORG-002",
            "org_number",
            "Norwegian organisation without an organisasjonsnummer",
        ),
        (Some(OrgNumber::NoOrgnr(_)), "DK") => sink.emit(
            "ORG-002",
            "org_number",
            "Danish organisation with a Norwegian number; expected Cvr(\"…\")",
        ),
        (Some(OrgNumber::Cvr(_)), "NO") => sink.emit(
            "ORG-002",
            "org_number",
            "Norwegian organisation with a CVR number; expected NoOrgnr(\"…\")",
        ),
        _ => {}
    }
    if let Some(n) = &o.org_number {
        number(sink, "org_number", n);
    }
    for (i, r) in o.recipients.iter().enumerate() {
        if let Some(n) = &r.org_number {
            number(sink, &format!("recipients[{i}].org_number"), n);
        }
    }

    // ORG-003 DPO where mandatory.
    let designated = o.dpo.as_ref().is_some_and(|d| d.designated);
    if o.kind == OrgKind::PublicAuthority || designated {
        let reachable = o
            .dpo
            .as_ref()
            .is_some_and(|d| d.contact.email.is_some() || d.contact.phone.is_some());
        if !reachable {
            sink.emit(
                "ORG-003",
                "dpo",
                if designated {
                    "a DPO is designated but no DPO e-mail or phone is recorded"
                } else {
                    "a public authority must designate a DPO and publish an e-mail or phone (Art. 37(1)(a), 37(7))"
                },
            );
        }
    }

    // ORG-004 representative.
    if !in_eea(&o.country)
        && o.art3_2_applies
        && o.representative.is_none()
        && o.art27_2_exemption.is_none()
    {
        sink.emit(
            "ORG-004",
            "representative",
            format!(
                "established in {} and Art. 3(2) applies, but no EU/EEA representative (Art. 27) or art27_2_exemption is recorded",
                o.country
            ),
        );
    }

    // ORG-005 joint controllers.
    for (i, j) in o.joint_controllers.iter().enumerate() {
        if !orgs.contains_org(&j.organisation) {
            sink.emit(
                "ORG-005",
                format!("joint_controllers[{i}].organisation"),
                format!(
                    "joint controller `{}` is not an organisation of this register",
                    j.organisation
                ),
            );
        }
        if !given(&j.arrangement_ref) {
            sink.emit(
                "ORG-005",
                format!("joint_controllers[{i}]"),
                format!(
                    "joint controller `{}` without arrangement_ref (Art. 26 arrangement)",
                    j.organisation
                ),
            );
        }
    }

    // PRC-001 processor terms.
    for (i, r) in o.recipients.iter().enumerate() {
        if !r.kind.is_processor() {
            continue;
        }
        if !given(&r.dpa_ref) {
            sink.emit(
                "PRC-001",
                format!("recipients[{i}]"),
                format!("processor `{}` has no dpa_ref (Art. 28(3) contract)", r.id),
            );
        }
        if r.sub_processors.is_unknown() {
            sink.emit(
                "PRC-001",
                format!("recipients[{i}]"),
                format!(
                    "processor `{}` has no sub_processors list (Listed([...]) or None)",
                    r.id
                ),
            );
        }
    }
}

fn contact(sink: &mut Sink, at: &str, c: &Contact, country: &str) {
    contact_details(sink, at, c.email.as_deref(), c.phone.as_deref(), country);
}

fn contact_details(
    sink: &mut Sink,
    at: &str,
    email: Option<&str>,
    phone: Option<&str>,
    country: &str,
) {
    let field = |f: &str| {
        if at.is_empty() {
            f.to_string()
        } else {
            format!("{at}.{f}")
        }
    };
    if let Some(e) = email
        && !email_valid(e)
    {
        sink.emit(
            "ORG-001",
            field("email"),
            format!("`{e}` is not a valid e-mail address"),
        );
    }
    if let Some(p) = phone
        && phone_e164(p, country).is_none()
    {
        sink.emit(
            "ORG-001",
            field("phone"),
            format!("`{p}` cannot be read as a telephone number (E.164)"),
        );
    }
}

/// A register's check-digit test.
type CheckDigits = fn(&str) -> bool;

/// ORG-002 on one number: its form (digits only), placeholders, modulus 11.
fn number(sink: &mut Sink, field: &str, n: &OrgNumber) {
    let (what, raw, len, valid, weights): (&str, &str, usize, CheckDigits, &str) = match n {
        OrgNumber::Cvr(v) => ("CVR number", v, 8, cvr_valid, "2,7,6,5,4,3,2,1"),
        OrgNumber::NoOrgnr(v) => ("organisasjonsnummer", v, 9, orgnr_valid, "3,2,7,6,5,4,3,2"),
        _ => return,
    };
    let digits = normalise_org_number(raw);
    if digits.len() != len || !digits.chars().all(|c| c.is_ascii_digit()) {
        sink.emit(
            "ORG-002",
            field,
            format!("{what} `{raw}` is not a number of {len} digits"),
        );
    } else if let Some(class) = placeholder_class(&digits) {
        sink.emit(
            "ORG-002",
            field,
            format!("{what} `{raw}` is a placeholder ({class}), not a real number; record the organisation's real number"),
        );
    } else if digits != *raw {
        let check = if valid(&digits) {
            "which passes the modulus 11 check".to_string()
        } else {
            format!("which fails the modulus 11 check (weights {weights})")
        };
        sink.emit(
            "ORG-002",
            field,
            format!("{what} `{raw}` is written with spaces or punctuation; write it as digits only: `{digits}`, {check}"),
        );
    } else if !valid(raw) {
        sink.emit(
            "ORG-002",
            field,
            format!("{what} `{raw}` fails the modulus 11 check ({len} digits, weights {weights})"),
        );
    }
}
