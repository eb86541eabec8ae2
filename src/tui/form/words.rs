//! The form in words: field labels, a one-line help with its Art. 30
//! reference for each field, and every enum variant as a plain label, in
//! the interface's language. Labels of the register's values come from
//! the shared table ([`Labels`]); the form's own words are the `form-*`
//! messages of the catalogues.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::register::export::labels::Labels;
use crate::register::lang::{Lang, tr};
use crate::register::model;

/// `name` (`art3_2_applies`, `EventBased`) in kebab case, as catalogue
/// keys are written (`art3-2-applies`, `event-based`).
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c == '_' || c == ' ' {
            out.push('-');
            prev_lower = false;
        } else if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// The message `key`, when the catalogue has it.
fn message(lang: Lang, key: &str) -> Option<String> {
    let s = tr(lang, key);
    (s != key).then_some(s)
}

/// The label of a form row: the field's name in words (`art3_2_applies`
/// → "Established outside the EEA (Art. 3(2))"); a list item's number
/// (`#2`) as it is; a name the catalogue lacks with spaces for
/// underscores.
pub fn field_label(lang: Lang, raw: &str) -> String {
    if raw.starts_with('#') {
        return raw.to_string();
    }
    message(lang, &format!("form-{}", kebab(raw))).unwrap_or_else(|| raw.replace('_', " "))
}

/// The one-line help of field `raw`, with its reference in the GDPR.
pub fn field_help(lang: Lang, raw: &str) -> Option<String> {
    if raw.starts_with('#') {
        return None;
    }
    message(lang, &format!("form-help-{}", kebab(raw)))
}

/// `name` split into lowercase words (`EventBased` → "event based"): the
/// last resort for a variant no table names.
fn words(name: &str) -> String {
    kebab(name).replace('-', " ")
}

/// A unit variant as the model's value of type `T`.
fn unit<T: DeserializeOwned>(variant: &str) -> Option<T> {
    serde_json::from_value(Value::String(variant.to_string())).ok()
}

/// "b — contract": a letter of Art. 6(1), 9(2) or 49(1) with its meaning,
/// taken from the label the shared table gives it (`Art. 6(1)(b)
/// contract`, `Art. 6, stk. 1, litra b (kontrakt)`).
fn letter(label: &str, variant: &str) -> String {
    let l = variant.to_ascii_lowercase();
    let meaning = if let Some(open) = label.rfind(" (").filter(|_| label.ends_with(')')) {
        &label[open + 2..label.len() - 1]
    } else if let Some(at) = label.find(&format!("({l}) ")) {
        &label[at + l.len() + 3..]
    } else {
        label
    };
    format!("{l} — {meaning}")
}

/// Variant `variant` of enum `name` in words: the shared table's label
/// for the register's values, the form's own for variants that carry
/// data, and the name in lowercase words when neither has it.
pub fn variant(lang: Lang, name: &str, variant: &str) -> String {
    if let Some(s) = message(
        lang,
        &format!("form-variant-{}-{}", kebab(name), kebab(variant)),
    ) {
        return s;
    }
    let l = Labels::new(lang);
    let label = match name {
        "OrgRole" => unit(variant).map(|v| l.org_role(v)),
        "OrgKind" => unit(variant).map(|v| l.org_kind(v)),
        "ActivityRole" => unit(variant).map(|v| l.activity_role(v)),
        "Status" => unit(variant).map(|v| l.status(v)),
        "RecipientKind" => unit(variant).map(|v| l.recipient_kind(v)),
        "SpecialKind" => unit(variant).map(|v| l.special_kind(v)),
        "CollectedFrom" => unit(variant).map(|v| l.collected_from(v)),
        "Art22Ground" => unit(variant).map(|v| l.art22(v)),
        "DpiaStatus" => unit(variant).map(|v| l.dpia_status(v)),
        "RiskCriterion" => unit(variant).map(|v| l.risk_criterion(v)),
        "FindingKind" => unit(variant).map(|v| l.finding_kind(v)),
        "NationalIdScheme" => {
            unit(variant).map(|v: model::NationalIdScheme| l.national_id_scheme(&v))
        }
        "DataKind" => unit(variant).map(|v: model::DataKind| l.data_kind(&v)),
        "RetentionEvent" => unit(variant).map(|v: model::RetentionEvent| l.retention_event(&v)),
        "Mechanism" => unit(variant).map(|v: model::Mechanism| l.mechanism(&v)),
        "Art6" => unit(variant).map(|v| letter(&l.art6(Some(v)), variant)),
        "Art9" => unit(variant).map(|v| letter(&l.art9(Some(v)), variant)),
        "Art49" => unit(variant).map(|v| letter(&l.art49(Some(v)), variant)),
        _ => None,
    };
    label.unwrap_or_else(|| words(variant))
}

/// The enums whose variants carry data, and so ask further choices.
const CARRIERS: &[&str] = &[
    "DataKind",
    "Retention",
    "Mechanism",
    "OrgNumber",
    "SubProcessors",
    "RetentionEvent",
    "NationalIdScheme",
];

/// A variant that carries data (`Special` of a data category's kind,
/// `EventBased` of a retention rule) in words, as a picker's title names
/// the choice it asks inside it.
pub fn carrier(lang: Lang, variant: &str) -> String {
    CARRIERS
        .iter()
        .find_map(|e| {
            message(
                lang,
                &format!("form-variant-{}-{}", kebab(e), kebab(variant)),
            )
        })
        .unwrap_or_else(|| words(variant))
}

/// A form value as shown in its row: an enum's variant in words, text as
/// it is.
pub fn value(lang: Lang, enum_name: Option<&str>, v: &Value) -> String {
    match (enum_name, v) {
        (Some(name), Value::String(s)) => variant(lang, name, s),
        (Some(name), Value::Object(m)) => m
            .keys()
            .next()
            .map(|k| variant(lang, name, k))
            .unwrap_or_default(),
        (_, Value::Bool(b)) => Labels::new(lang).yes_no(*b),
        _ => super::rows::display(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_catalogue_keys() {
        assert_eq!(kebab("art3_2_applies"), "art3-2-applies");
        assert_eq!(kebab("EventBased"), "event-based");
        assert_eq!(kebab("DkCpr"), "dk-cpr");
        assert_eq!(kebab("EuUsDpf"), "eu-us-dpf");
        assert_eq!(kebab("national_id"), "national-id");
    }

    #[test]
    fn letters_show_their_meaning_in_each_language() {
        assert_eq!(variant(Lang::En, "Art6", "B"), "b — contract");
        assert_eq!(variant(Lang::Da, "Art6", "B"), "b — kontrakt");
        assert_eq!(variant(Lang::Nb, "Art6", "B"), "b — avtale");
        assert_eq!(
            variant(Lang::Da, "Art9", "H"),
            "h — sundhed og social behandling"
        );
        assert_eq!(variant(Lang::En, "Art49", "A"), "a — explicit consent");
    }

    #[test]
    fn variants_are_words_never_rust_names() {
        assert_eq!(variant(Lang::Da, "Status", "InReview"), "Til gennemsyn");
        assert_eq!(
            variant(Lang::Da, "NationalIdScheme", "DkCpr"),
            tr(Lang::Da, "national-id-dk-cpr")
        );
        assert_eq!(variant(Lang::En, "Unknown", "SomeThing"), "some thing");
    }

    #[test]
    fn fields_have_labels_and_help() {
        assert_eq!(field_label(Lang::En, "#2"), "#2");
        assert_eq!(field_label(Lang::En, "no_such_field"), "no such field");
        let help = field_help(Lang::Da, "purposes").expect("help");
        assert!(help.contains("art. 30, stk. 1, litra b"), "{help}");
    }
}
