//! The organisation block above a table: what its labels name (in
//! Danish, Norwegian and English), contacts picked out of free text, and
//! the kind of body a name says.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::fold;
use crate::register::model::{Contact, OrgNumber, Organisation};

/// The organisation block's field a label names.
pub(super) fn org_field(label: &str) -> Option<&'static str> {
    let f = fold(label);
    let starts = |words: &[&str]| {
        words.iter().any(|w| {
            f == *w
                || f.starts_with(&format!("{w} "))
                || f.starts_with(&format!("{w}("))
                || f.starts_with(&format!("{w},"))
        })
    };
    Some(
        // Before the name: "Organisation review interval" is not a name.
        if starts(&[
            "organisation review interval",
            "organization review interval",
            "organisationens gennemgangsinterval",
            "organisasjonens gjennomgangsintervall",
        ]) {
            "review_interval_months"
        } else if starts(&[
            "organisations-id",
            "organisasjons-id",
            "organisation id",
            "organization id",
        ]) {
            "id"
        } else if starts(&["rolle", "role"]) {
            "role"
        } else if starts(&[
            "contact e-mail",
            "contact email",
            "kontakt (e-mail",
            "kontakt (e-post",
        ]) {
            "email"
        } else if starts(&["contact phone", "contact telephone"]) {
            "phone"
        } else if starts(&[
            "dataansvarlig",
            "dataansvarlige",
            "behandlingsansvarlig",
            "navn",
            "virksomhed",
            "virksomhet",
            "organisation",
            "organisasjon",
            "controller",
            "name",
            "organisation name",
            "organization",
            "kommune",
            "myndighed",
        ]) {
            "name"
        } else if starts(&["adresse", "address", "postadresse", "besøksadresse"]) {
            "address"
        } else if starts(&[
            "cvr",
            "cvr-nr",
            "cvr-nr.",
            "cvr-nummer",
            "cvr nr",
            "cvr nr.",
            "organisasjonsnummer",
            "org.nr",
            "org.nr.",
            "orgnr",
            "org. nr.",
            "org.nummer",
            "organisationsnummer",
            "company number",
            "org number",
            "registration number",
            "company registration number",
        ]) {
            "org_number"
        } else if starts(&["e-mail", "email", "e-post", "epost", "mail"]) {
            "email"
        } else if starts(&[
            "telefon",
            "tlf",
            "tlf.",
            "telephone",
            "phone",
            "telefonnummer",
        ]) {
            "phone"
        } else if starts(&["hjemmeside", "nettside", "website", "web", "www"]) {
            "website"
        } else if starts(&[
            "databeskyttelsesrådgiver",
            "databeskyttelsesrådgiveren",
            "dpo",
            "personvernombud",
            "personvernombudet",
            "data protection officer",
        ]) {
            "dpo"
        } else if starts(&[
            "joint controllers",
            "fælles dataansvarlige",
            "felles behandlingsansvarlige",
        ]) {
            // Kept in notes: a joint arrangement needs the other party's
            // record, which a cell does not give.
            "joint_controllers"
        } else if starts(&["repræsentant", "representant", "representative"]) {
            "representative"
        } else if starts(&[
            "kontakt",
            "kontaktperson",
            "kontaktoplysninger",
            "kontaktinformasjon",
            "contact",
            "contact details",
        ]) {
            "contact"
        } else if starts(&["land", "country"]) {
            "country"
        } else {
            return None;
        },
    )
}

/// A heading of the small contact table: name, address, e-mail, phone.
pub(super) fn contact_field(label: &str) -> Option<&'static str> {
    match fold(label).as_str() {
        "name" | "navn" => Some("name"),
        "address" | "adresse" => Some("address"),
        "email" | "e-mail" | "e-post" | "email address" => Some("email"),
        "telephone" | "phone" | "telefon" | "tlf" | "telephone number" => Some("phone"),
        "other" | "andet" | "annet" => Some("other"),
        _ => None,
    }
}

/// The role a row of the small contact table is about.
pub(super) fn role(label: &str) -> Option<&'static str> {
    match org_field(label) {
        Some("name") => Some("controller"),
        Some("dpo") => Some("dpo"),
        Some("representative") => Some("representative"),
        _ => None,
    }
}

pub(super) fn role_field(role: &str, field: &str) -> &'static str {
    match (role, field) {
        ("controller", "name") => "name",
        ("controller", "address") => "controller.address",
        // The e-mail cell may hold the web site and other contacts too.
        ("controller", "email") => "email",
        ("controller", "phone") => "controller.phone",
        ("dpo", "name") => "dpo.name",
        ("dpo", "address") => "dpo.address",
        ("dpo", "email") => "dpo.email",
        ("dpo", "phone") => "dpo.phone",
        ("dpo", "other") => "dpo.other",
        ("representative", "name") => "representative.name",
        ("representative", "address") => "representative.address",
        ("representative", "email") => "representative.email",
        ("representative", "phone") => "representative.phone",
        ("representative", "other") => "representative.other",
        _ => "notes",
    }
}

pub(super) static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s<>(),;:]+@[^\s<>(),;:]+\.[A-Za-z]{2,}").expect("regex"));
pub(super) static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\d[\d ]{6,}\d").expect("regex"));

/// Fills a contact from a value: one named part, or free text with an
/// e-mail address and a telephone number picked out and the rest as the
/// name.
pub(super) fn fill_contact(c: &mut Contact, part: &str, value: &str) {
    match part {
        "name" => c.name = Some(value.to_string()),
        "address" => c.address = Some(value.to_string()),
        "email" => c.email = Some(value.to_string()),
        "phone" => c.phone = Some(value.to_string()),
        "other" => c.other = Some(value.to_string()),
        _ => {
            let mut rest = value.to_string();
            if let Some(m) = EMAIL.find(value) {
                c.email = Some(m.as_str().trim_end_matches('.').to_string());
                rest = rest.replace(m.as_str(), " ");
            }
            if let Some(m) = PHONE.find(&rest.clone()) {
                c.phone = Some(m.as_str().trim().to_string());
                rest = rest.replace(m.as_str(), " ");
            }
            let name: String = rest
                .split(['\n', ',', ';'])
                .map(|p| {
                    // A parenthesis is trimmed only when its pair is not
                    // in the part: "Databeskyttelsesrådgiver (DPO)" stays.
                    let p = p.trim().trim_matches(['-', '–', ':']).trim();
                    if p.contains('(') == p.contains(')') {
                        p
                    } else {
                        p.trim_matches(['(', ')']).trim()
                    }
                })
                .filter(|p| {
                    !p.is_empty()
                        && !matches!(
                            fold(p).as_str(),
                            "tlf" | "tlf." | "telefon" | "e-mail" | "mail" | "email" | "e-post"
                        )
                })
                .collect::<Vec<_>>()
                .join(", ");
            if !name.is_empty() {
                c.name = Some(name);
            }
        }
    }
}

/// True for names of public bodies (kommune, region, styrelse…).
pub(super) fn is_public(name: &str) -> bool {
    let f = name.to_lowercase();
    [
        "kommune",
        "fylkeskommune",
        "region ",
        "regionen",
        "styrelse",
        "styrelsen",
        "direktorat",
        "direktoratet",
        "ministerium",
        "ministeriet",
        "departement",
        "statsforvalter",
        "council",
    ]
    .iter()
    .any(|w| f.contains(w))
        || f.starts_with("region")
}

/// Later sheets of the same organisation fill what the first left empty.
pub(super) fn merge(into: &mut Organisation, from: Organisation) {
    macro_rules! fill {
        ($($f:ident),*) => {$(
            if into.$f.is_none() { into.$f = from.$f; }
        )*};
    }
    fill!(address, email, phone, website, dpo, representative);
    // Notes are added to, never replaced: nothing is dropped.
    into.notes = match (into.notes.take(), from.notes) {
        (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
        (a, b) => a.or(b),
    };
    if matches!(into.org_number, Some(OrgNumber::NotStated { .. }))
        && from.org_number.as_ref().is_some_and(OrgNumber::is_stated)
    {
        into.org_number = from.org_number;
    }
    for c in from.contacts {
        if !into.contacts.contains(&c) {
            into.contacts.push(c);
        }
    }
    for s in from.sources {
        if !into.sources.contains(&s) {
            into.sources.push(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_picked_out_of_free_text() {
        let mut c = Contact::default();
        fill_contact(&mut c, "", "Jens Ærbø, dpo@aeroe.dk, tlf. 62 52 10 00");
        assert_eq!(c.email.as_deref(), Some("dpo@aeroe.dk"));
        assert_eq!(c.phone.as_deref(), Some("62 52 10 00"));
        assert_eq!(c.name.as_deref(), Some("Jens Ærbø"));
    }
}
