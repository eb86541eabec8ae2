//! Organisation rules (ORG-001 to ORG-005), processor terms (PRC-001) and
//! the organisation's review interval (REV-003).

use super::checks::{
    cvr_valid, email_valid, given, in_eea, normalise_org_number, orgnr_valid, phone_e164,
    placeholder_class,
};
use super::msg::{MsgArg, say};
use super::{Options, OrgIds, Sink};
use crate::register::load::OrgEntry;
use crate::register::model::{Contact, OrgKind, OrgNumber};

/// Checks one organisation record.
pub(super) fn check(orgs: &dyn OrgIds, entry: &OrgEntry, _opts: &Options, sink: &mut Sink) {
    let o = &entry.org;
    // ORG-001 identity and contact.
    if o.name.trim().is_empty() {
        say!(
            sink,
            "ORG-001",
            "name",
            "finding-org-001-no-name",
            "organisation has no name"
        );
    }
    if o.address.as_deref().is_none_or(|a| a.trim().is_empty()) {
        say!(
            sink,
            "ORG-001",
            "address",
            "finding-org-001-no-address",
            "organisation has no postal address"
        );
    }
    if o.email.is_none() && o.phone.is_none() {
        say!(
            sink,
            "ORG-001",
            "email",
            "finding-org-001-no-contact",
            "organisation has no contact e-mail or phone"
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

    // REV-003: a review interval ropa cannot use.
    if let Some(m) = o.review_interval_months
        && !crate::register::due::valid_interval(m)
    {
        say!(
            sink,
            "REV-003",
            "review_interval_months",
            "finding-rev-003-interval",
            "review_interval_months is {months}; write a whole number of months from 1 to 120",
            months = i64::from(m)
        );
    }

    // ORG-002 org number.
    match (&o.org_number, o.country.as_str()) {
        (None, "DK") => say!(
            sink,
            "ORG-002",
            "org_number",
            "finding-org-002-dk-no-cvr",
            "Danish organisation without a CVR number"
        ),
        (None, "NO") => say!(
            sink,
            "ORG-002",
            "org_number",
            "finding-org-002-no-no-orgnr",
            "Norwegian organisation without an organisasjonsnummer"
        ),
        (Some(OrgNumber::NoOrgnr(_)), "DK") => say!(
            sink,
            "ORG-002",
            "org_number",
            "finding-org-002-dk-has-orgnr",
            "Danish organisation with a Norwegian number; expected Cvr(\"…\")"
        ),
        (Some(OrgNumber::Cvr(_)), "NO") => say!(
            sink,
            "ORG-002",
            "org_number",
            "finding-org-002-no-has-cvr",
            "Norwegian organisation with a CVR number; expected NoOrgnr(\"…\")"
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
            if designated {
                say!(
                    sink,
                    "ORG-003",
                    "dpo",
                    "finding-org-003-designated-unreachable",
                    "a DPO is designated but no DPO e-mail or phone is recorded"
                );
            } else {
                say!(
                    sink,
                    "ORG-003",
                    "dpo",
                    "finding-org-003-authority-needs-dpo",
                    "a public authority must designate a DPO and publish an e-mail or phone (Art. 37(1)(a), 37(7))"
                );
            }
        }
    }

    // ORG-004 representative.
    if !in_eea(&o.country)
        && o.art3_2_applies
        && o.representative.is_none()
        && o.art27_2_exemption.is_none()
    {
        say!(
            sink,
            "ORG-004",
            "representative",
            "finding-org-004-no-representative",
            "established in {country} and Art. 3(2) applies, but no EU/EEA representative (Art. 27) or art27_2_exemption is recorded",
            country = &o.country
        );
    }

    // ORG-005 joint controllers.
    for (i, j) in o.joint_controllers.iter().enumerate() {
        if !orgs.contains_org(&j.organisation) {
            say!(
                sink,
                "ORG-005",
                format!("joint_controllers[{i}].organisation"),
                "finding-org-005-unknown",
                "joint controller `{org}` is not an organisation of this register",
                org = &j.organisation
            );
        }
        if !given(&j.arrangement_ref) {
            say!(
                sink,
                "ORG-005",
                format!("joint_controllers[{i}]"),
                "finding-org-005-no-arrangement",
                "joint controller `{org}` without arrangement_ref (Art. 26 arrangement)",
                org = &j.organisation
            );
        }
    }

    // PRC-001 processor terms.
    for (i, r) in o.recipients.iter().enumerate() {
        if !r.kind.is_processor() {
            continue;
        }
        if !given(&r.dpa_ref) {
            say!(
                sink,
                "PRC-001",
                format!("recipients[{i}]"),
                "finding-prc-001-no-dpa",
                "processor `{id}` has no dpa_ref (Art. 28(3) contract)",
                id = &r.id
            );
        }
        if r.sub_processors.is_unknown() {
            say!(
                sink,
                "PRC-001",
                format!("recipients[{i}]"),
                "finding-prc-001-no-sub-processors",
                "processor `{id}` has no list of sub-processors: record them, or that it uses none",
                id = &r.id
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
        say!(
            sink,
            "ORG-001",
            field("email"),
            "finding-org-001-bad-email",
            "`{value}` is not a valid e-mail address",
            value = e
        );
    }
    if let Some(p) = phone
        && phone_e164(p, country).is_none()
    {
        say!(
            sink,
            "ORG-001",
            field("phone"),
            "finding-org-001-bad-phone",
            "`{value}` cannot be read as a telephone number (E.164)",
            value = p
        );
    }
}

/// A placeholder class ([`placeholder_class`]) in every language.
fn placeholder_word(class: &'static str) -> MsgArg {
    let key = match class {
        "all one digit repeated" => "finding-word-placeholder-repeated",
        "all but one digit the same" => "finding-word-placeholder-nearly-repeated",
        "an ascending run of digits" => "finding-word-placeholder-ascending",
        "a descending run of digits" => "finding-word-placeholder-descending",
        "a run of digits followed by its check digit" => "finding-word-placeholder-run-check",
        _ => "finding-word-placeholder-block",
    };
    MsgArg::word(class, |l| l.t(key))
}

/// A register's check-digit test.
type CheckDigits = fn(&str) -> bool;

/// ORG-002 on one number: its form (digits only), placeholders, modulus 11.
fn number(sink: &mut Sink, field: &str, n: &OrgNumber) {
    let (what, raw, len, valid, weights): (MsgArg, &str, usize, CheckDigits, &str) = match n {
        OrgNumber::Cvr(v) => (
            MsgArg::word("CVR number", |l| l.t("finding-word-cvr")),
            v,
            8,
            cvr_valid,
            "2,7,6,5,4,3,2,1",
        ),
        OrgNumber::NoOrgnr(v) => (
            MsgArg::word("organisasjonsnummer", |l| l.t("finding-word-orgnr")),
            v,
            9,
            orgnr_valid,
            "3,2,7,6,5,4,3,2",
        ),
        _ => return,
    };
    let digits = normalise_org_number(raw);
    if digits.len() != len || !digits.chars().all(|c| c.is_ascii_digit()) {
        say!(
            sink,
            "ORG-002",
            field,
            "finding-org-002-not-digits",
            "{what} `{raw}` is not a number of {len} digits",
            what = &what,
            raw = raw,
            len = len
        );
    } else if let Some(class) = placeholder_class(&digits) {
        say!(
            sink,
            "ORG-002",
            field,
            "finding-org-002-placeholder",
            "{what} `{raw}` is a placeholder ({class}), not a real number; record the organisation's real number",
            what = &what,
            raw = raw,
            class = placeholder_word(class)
        );
    } else if digits != *raw {
        if valid(&digits) {
            say!(
                sink,
                "ORG-002",
                field,
                "finding-org-002-punctuation-valid",
                "{what} `{raw}` is written with spaces or punctuation; write it as digits only: `{digits}`, which passes the modulus 11 check",
                what = &what,
                raw = raw,
                digits = &digits
            );
        } else {
            say!(
                sink,
                "ORG-002",
                field,
                "finding-org-002-punctuation-invalid",
                "{what} `{raw}` is written with spaces or punctuation; write it as digits only: `{digits}`, which fails the modulus 11 check (weights {weights})",
                what = &what,
                raw = raw,
                digits = &digits,
                weights = weights
            );
        }
    } else if !valid(raw) {
        say!(
            sink,
            "ORG-002",
            field,
            "finding-org-002-modulus",
            "{what} `{raw}` fails the modulus 11 check ({len} digits, weights {weights})",
            what = &what,
            raw = raw,
            len = len,
            weights = weights
        );
    }
}
