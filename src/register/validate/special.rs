//! Special data (SPC-*): Art. 9 categories, Art. 10 criminal data,
//! national identification numbers and identifiers in register text.

use serde::Serialize;

use super::checks::{Sensitive, find_cpr, find_fnr, fold, sensitive_words};
use super::{Ctx, Sink};
use crate::register::model::{DataKind, NationalIdScheme, OrgKind};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let public = ctx.org.org.kind == OrgKind::PublicAuthority;
    for (i, c) in a.data_categories.iter().enumerate() {
        let at = format!("data_categories[{i}]");
        match &c.kind {
            DataKind::Special(_) => {
                let covered = a.special_conditions.iter().any(|s| {
                    (s.article9.is_some() || s.national_provision.is_some())
                        && (s.categories.is_empty() || s.categories.contains(&c.id))
                });
                if !covered {
                    sink.emit(
                        "SPC-001",
                        format!("{at}.kind"),
                        format!("special category data `{}` without an Art. 9(2) condition or national provision", c.id),
                    );
                }
            }
            DataKind::Criminal => {
                let ok = a
                    .criminal_basis
                    .as_ref()
                    .is_some_and(|b| b.official_authority || b.national_provision.is_some());
                if !ok {
                    sink.emit(
                        "SPC-002",
                        format!("{at}.kind"),
                        format!("criminal-offence data `{}` without Art. 10 authorisation (official authority, DBL § 8 or POL § 11)", c.id),
                    );
                }
            }
            DataKind::NationalId(NationalIdScheme::DkCpr) => {
                let want = if public { "stk. 1" } else { "stk. 2" };
                let basis = a.national_id_bases.iter().find(|b| {
                    b.scheme == NationalIdScheme::DkCpr && fold(&b.provision).contains("§ 11")
                });
                match basis {
                    None => sink.emit(
                        "SPC-003",
                        format!("{at}.kind"),
                        format!(
                            "CPR numbers (`{}`) without a databeskyttelseslovens § 11 reference in national_id_bases ({} expected for {})",
                            c.id,
                            if public { "§ 11, stk. 1" } else { "§ 11, stk. 2, nr. 1-4" },
                            if public { "a public authority" } else { "a private body" }
                        ),
                    ),
                    Some(b) if !fold(&b.provision).replace("stk.", "stk. ").replace("  ", " ").contains(want) => sink.emit(
                        "SPC-003",
                        format!("{at}.kind"),
                        format!(
                            "CPR basis `{}` does not cite § 11, {want} ({})",
                            b.provision,
                            if public { "public authorities" } else { "private bodies" }
                        ),
                    ),
                    _ => {}
                }
                if c.published
                    && !a
                        .legal_bases
                        .iter()
                        .any(|b| b.article6 == Some(crate::register::model::Art6::A))
                {
                    sink.emit(
                        "SPC-003",
                        format!("{at}.published"),
                        "CPR numbers may not be published without consent (DBL § 11, stk. 3)",
                    );
                }
            }
            DataKind::NationalId(NationalIdScheme::NoFnr) => {
                let ok = a.national_id_bases.iter().any(|b| {
                    b.scheme == NationalIdScheme::NoFnr
                        && b.provision.contains("§ 12")
                        && b.justification.is_some()
                });
                if !ok {
                    sink.emit(
                        "SPC-004",
                        format!("{at}.kind"),
                        format!("fødselsnummer (`{}`) without a personopplysningsloven § 12 basis with justification (saklig behov for sikker identifisering)", c.id),
                    );
                }
            }
            _ => {}
        }
        // SPC-005: words that suggest a kind the category is not flagged as.
        for (word, kind) in sensitive_words(&c.name) {
            let flagged = match kind {
                Sensitive::Special => matches!(c.kind, DataKind::Special(_)),
                Sensitive::Criminal => matches!(c.kind, DataKind::Criminal),
                Sensitive::NationalId => matches!(c.kind, DataKind::NationalId(_)),
            };
            if !flagged {
                let what = match kind {
                    Sensitive::Special => "special category (Art. 9)",
                    Sensitive::Criminal => "criminal-offence data (Art. 10)",
                    Sensitive::NationalId => "a national identification number",
                };
                sink.emit(
                    "SPC-005",
                    format!("{at}.name"),
                    format!(
                        "`{}` mentions \"{word}\", which suggests {what}, but kind is {:?}",
                        c.id,
                        kind_name(&c.kind)
                    ),
                );
                break;
            }
        }
    }
    scan_identifiers(&ctx.act.activity, sink);
}

fn kind_name(k: &DataKind) -> &'static str {
    match k {
        DataKind::Ordinary => "Ordinary",
        DataKind::Special(_) => "Special",
        DataKind::NationalId(_) => "NationalId",
        DataKind::Criminal => "Criminal",
    }
}

/// SPC-006: no CPR number or fødselsnummer anywhere in a record's text.
pub(super) fn scan_identifiers<T: Serialize>(record: &T, sink: &mut Sink) {
    let Ok(value) = serde_json::to_value(record) else {
        return;
    };
    crate::register::locate::for_each_text(&value, &mut |path, s| {
        if let Some(hit) = find_cpr(s) {
            sink.emit(
                "SPC-006",
                path,
                format!(
                    "text contains a value shaped like a CPR number ({})",
                    mask(&hit)
                ),
            );
        } else if let Some(hit) = find_fnr(s) {
            sink.emit(
                "SPC-006",
                path,
                format!(
                    "text contains a valid Norwegian fødselsnummer ({})",
                    mask(&hit)
                ),
            );
        }
    });
}

/// Shows only the first six digits: the report must not repeat the number.
fn mask(s: &str) -> String {
    let head: String = s.chars().take(6).collect();
    format!("{head}-****")
}
