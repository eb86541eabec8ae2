//! Special data (SPC-*): Art. 9 categories, Art. 10 criminal data,
//! national identification numbers and identifiers in register text.

use super::checks::{Sensitive, find_cpr, find_fnr, given, has_date_digits, sensitive_words};
use super::citation::{Law, parse};
use super::msg::{MsgArg, lower_first, say};
use super::{Ctx, Sink};
use crate::register::model::{DataKind, NationalIdBasis, NationalIdScheme, OrgKind};

/// Checks one activity.
pub(super) fn check(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let public = ctx.org.org.kind == OrgKind::PublicAuthority;
    for (i, c) in a.data_categories.iter().enumerate() {
        let at = format!("data_categories[{i}]");
        match &c.kind {
            DataKind::Special(_) => {
                let covered = a.special_conditions.iter().any(|s| {
                    (s.article9.is_some() || given(&s.national_provision))
                        && (s.categories.is_empty() || s.categories.contains(&c.id))
                });
                if !covered {
                    say!(
                        sink,
                        "SPC-001",
                        format!("{at}.kind"),
                        "finding-spc-001-no-condition",
                        "special category data `{id}` without an Art. 9(2) condition or national provision",
                        id = &c.id
                    );
                }
            }
            DataKind::Criminal => {
                let ok = a
                    .criminal_basis
                    .as_ref()
                    .is_some_and(|b| b.official_authority || given(&b.national_provision));
                if !ok {
                    say!(
                        sink,
                        "SPC-002",
                        format!("{at}.kind"),
                        "finding-spc-002-no-authorisation",
                        "criminal-offence data `{id}` without Art. 10 authorisation (official authority, DBL § 8 or POL § 11)",
                        id = &c.id
                    );
                }
            }
            DataKind::NationalId(NationalIdScheme::DkCpr) => {
                let want = if public { 1 } else { 2 };
                let bases: Vec<&NationalIdBasis> = a
                    .national_id_bases
                    .iter()
                    .filter(|b| b.scheme == NationalIdScheme::DkCpr)
                    .collect();
                // A CPR basis is Danish: a section with no law named is
                // read as databeskyttelsesloven's.
                let s11: Vec<(&NationalIdBasis, Option<u32>)> = bases
                    .iter()
                    .flat_map(|b| {
                        parse(&b.provision)
                            .sections_of(&Law::Dbl, Some(&Law::Dbl))
                            .filter(|s| s.number == 11)
                            .map(|s| (*b, s.stk))
                            .collect::<Vec<_>>()
                    })
                    .collect();
                if s11.is_empty() {
                    let expected = if public {
                        "§ 11, stk. 1"
                    } else {
                        "§ 11, stk. 2, nr. 1-4"
                    };
                    let body = if public {
                        MsgArg::word("a public authority", |l| {
                            l.t("finding-word-a-public-authority")
                        })
                    } else {
                        MsgArg::word("a private body", |l| l.t("finding-word-a-private-body"))
                    };
                    match bases.first() {
                        Some(b) => say!(
                            sink,
                            "SPC-003",
                            format!("{at}.kind"),
                            "finding-spc-003-no-s11-cited",
                            "CPR numbers (`{id}`) without a databeskyttelseslovens § 11 reference in national_id_bases ({expected} expected for {body}); `{provision}` is not databeskyttelseslovens § 11",
                            id = &c.id,
                            expected = expected,
                            body = &body,
                            provision = &b.provision
                        ),
                        None => say!(
                            sink,
                            "SPC-003",
                            format!("{at}.kind"),
                            "finding-spc-003-no-s11",
                            "CPR numbers (`{id}`) without a databeskyttelseslovens § 11 reference in national_id_bases ({expected} expected for {body})",
                            id = &c.id,
                            expected = expected,
                            body = &body
                        ),
                    }
                } else if s11.iter().all(|(_, stk)| stk.is_some_and(|n| n != want)) {
                    let (b, stk) = s11[0];
                    let bodies = if public {
                        MsgArg::word("public authorities", |l| {
                            l.t("finding-word-public-authorities")
                        })
                    } else {
                        MsgArg::word("private bodies", |l| l.t("finding-word-private-bodies"))
                    };
                    say!(
                        sink,
                        "SPC-003",
                        format!("{at}.kind"),
                        "finding-spc-003-wrong-stk",
                        "CPR basis `{provision}` cites § 11, stk. {stk}, but {bodies} rely on § 11, stk. {want}",
                        provision = &b.provision,
                        stk = stk.unwrap_or_default().to_string(),
                        bodies = bodies,
                        want = want.to_string()
                    );
                }
                if c.published
                    && !a
                        .legal_bases
                        .iter()
                        .any(|b| b.article6 == Some(crate::register::model::Art6::A))
                {
                    say!(
                        sink,
                        "SPC-003",
                        format!("{at}.published"),
                        "finding-spc-003-published",
                        "CPR numbers may not be published without consent (DBL § 11, stk. 3)"
                    );
                }
            }
            DataKind::NationalId(NationalIdScheme::NoFnr) => {
                let ok = a.national_id_bases.iter().any(|b| {
                    b.scheme == NationalIdScheme::NoFnr
                        && parse(&b.provision).cites(&Law::Pol, 12, Some(&Law::Pol))
                        && given(&b.justification)
                });
                if !ok {
                    say!(
                        sink,
                        "SPC-004",
                        format!("{at}.kind"),
                        "finding-spc-004-no-basis",
                        "fødselsnummer (`{id}`) without a personopplysningsloven § 12 basis with justification (saklig behov for sikker identifisering)",
                        id = &c.id
                    );
                }
            }
            _ => {}
        }
        // SPC-005: words that suggest a kind the category is not flagged as.
        for (_, word, kind) in sensitive_words(&c.name) {
            let flagged = match kind {
                Sensitive::Special => matches!(c.kind, DataKind::Special(_)),
                Sensitive::Criminal => matches!(c.kind, DataKind::Criminal),
                Sensitive::NationalId => matches!(c.kind, DataKind::NationalId(_)),
            };
            if !flagged {
                let (what, key) = match kind {
                    Sensitive::Special => {
                        ("special category (Art. 9)", "finding-word-suggests-special")
                    }
                    Sensitive::Criminal => (
                        "criminal-offence data (Art. 10)",
                        "finding-word-suggests-criminal",
                    ),
                    Sensitive::NationalId => (
                        "a national identification number",
                        "finding-word-suggests-national-id",
                    ),
                };
                // English names the kind as the model does, quoted.
                let flagged_as = MsgArg::word(format!("\"{}\"", kind_name(&c.kind)), |l| {
                    lower_first(l.data_kind(&c.kind))
                });
                say!(
                    sink,
                    "SPC-005",
                    format!("{at}.name"),
                    "finding-spc-005-unflagged",
                    "`{id}` mentions \"{word}\", which suggests {what}, but kind is {kind}",
                    id = &c.id,
                    word = &word,
                    what = MsgArg::word(what, |l| l.t(key)),
                    kind = flagged_as
                );
                break;
            }
        }
    }
    // SPC-007: a national provision given alone for Art. 9 data must be
    // one that can carry them.
    let country = ctx.org.org.country.as_str();
    for (i, s) in a.special_conditions.iter().enumerate() {
        if s.article9.is_some() {
            continue;
        }
        if let Some(p) = &s.national_provision
            && !carries_special(p, country)
        {
            say!(
                sink,
                "SPC-007",
                format!("special_conditions[{i}].national_provision"),
                "finding-spc-007-cannot-carry",
                "`{provision}` cannot carry special category data: Art. 9(1) data need an Art. 9(2)(a)-(j) condition or a provision made under it ({provisions}); a sector law needs the Art. 9(2) letter it implements in article9",
                provision = p,
                provisions = SPECIAL_PROVISIONS
            );
        }
    }
    // SPC-008: the same for criminal-offence data (Art. 10).
    if let Some(b) = &a.criminal_basis
        && !b.official_authority
        && let Some(p) = &b.national_provision
        && !carries_criminal(p, country)
    {
        say!(
            sink,
            "SPC-008",
            "criminal_basis.national_provision",
            "finding-spc-008-cannot-authorise",
            "`{provision}` cannot authorise criminal-offence data: Art. 10 requires official authority or a provision authorising the processing ({provisions})",
            provision = p,
            provisions = CRIMINAL_PROVISIONS
        );
    }
}

/// The provisions that can carry Art. 9 data, as the reason reads them.
const SPECIAL_PROVISIONS: &str =
    "DK: databeskyttelsesloven § 7, § 10 or § 12; NO: personopplysningsloven § 6, § 7 or § 9";

/// The provisions that can authorise Art. 10 data.
const CRIMINAL_PROVISIONS: &str = "DK: databeskyttelsesloven § 8, or § 10 for statistics and research; NO: personopplysningsloven § 11";

/// The national data protection act a section without a law name belongs
/// to, by the organisation's country.
fn home_law(country: &str) -> Option<Law> {
    match country {
        "DK" => Some(Law::Dbl),
        "NO" => Some(Law::Pol),
        _ => None,
    }
}

/// True when `provision` cites one that can carry special category data:
/// databeskyttelsesloven §§ 7, 10, 12, personopplysningsloven §§ 6, 7, 9,
/// or GDPR Art. 9(2).
pub(crate) fn carries_special(provision: &str, country: &str) -> bool {
    let c = parse(provision);
    let home = home_law(country);
    c.sections_of(&Law::Dbl, home.as_ref())
        .any(|s| matches!(s.number, 7 | 10 | 12))
        || c.sections_of(&Law::Pol, home.as_ref())
            .any(|s| matches!(s.number, 6 | 7 | 9))
        || c.articles
            .iter()
            .any(|a| a.number == 9 && (a.paragraph == Some(2) || a.letter.is_some()))
}

/// True when `provision` cites one that can authorise criminal-offence
/// data: databeskyttelsesloven § 8 (or § 10), personopplysningsloven § 11.
pub(crate) fn carries_criminal(provision: &str, country: &str) -> bool {
    let c = parse(provision);
    let home = home_law(country);
    c.sections_of(&Law::Dbl, home.as_ref())
        .any(|s| matches!(s.number, 8 | 10))
        || c.sections_of(&Law::Pol, home.as_ref())
            .any(|s| s.number == 11)
}

fn kind_name(k: &DataKind) -> &'static str {
    match k {
        DataKind::Ordinary => "Ordinary",
        DataKind::Special(_) => "Special",
        DataKind::NationalId(_) => "NationalId",
        DataKind::Criminal => "Criminal",
    }
}

/// SPC-006: no CPR number or fødselsnummer in the text `s` at `path` of
/// a record (every text of it is given, by [`super::check_values`]).
pub(super) fn identifier_in(sink: &mut Sink, path: &str, s: &str) {
    // Every text of every record comes here: one pass tells most of them
    // apart, instead of one for each kind of number.
    if !has_date_digits(s) {
        return;
    }
    if let Some(hit) = find_cpr(s) {
        say!(
            sink,
            "SPC-006",
            path,
            "finding-spc-006-cpr",
            "text contains a value shaped like a CPR number ({masked})",
            masked = mask(&hit)
        );
    } else if let Some(hit) = find_fnr(s) {
        say!(
            sink,
            "SPC-006",
            path,
            "finding-spc-006-fnr",
            "text contains a valid Norwegian fødselsnummer ({masked})",
            masked = mask(&hit)
        );
    }
}

/// Shows only the first six digits: the report must not repeat the number.
fn mask(s: &str) -> String {
    let head: String = s.chars().take(6).collect();
    format!("{head}-****")
}
