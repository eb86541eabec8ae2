//! Structure (STR-*, DATE-001): ids, duplicates, references and file names.

use std::collections::HashMap;

use super::checks::{date, is_slug};
use super::msg::{MsgArg, say};
use super::{Ctx, Finding, Sink};
use crate::register::load::OrgEntry;
use crate::register::model::SubProcessors;

/// Register-wide: the same org number declared by two organisations.
pub(super) fn check_register<'a>(
    orgs: impl IntoIterator<Item = &'a OrgEntry>,
    out: &mut Vec<Finding>,
) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for org in orgs {
        let Some(num) = org.org.org_number.as_ref().filter(|n| n.is_stated()) else {
            continue;
        };
        let key: String = num.value().chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(first) = seen.get(&key) {
            let mut sink = Sink::new(&org.file, out);
            say!(
                sink,
                "STR-001",
                "org_number",
                "finding-str-001-org-number-twice",
                "org number {number} is also declared by organisation `{first}`",
                number = &key,
                first = *first
            );
        } else {
            seen.insert(key, &org.org.id);
        }
    }
}

/// A kind of record named in a sentence (`data category`), in every
/// language.
fn thing(what: &str) -> MsgArg {
    let key = match what {
        "recipient" => "finding-word-thing-recipient",
        "recipient (define it in the organisation's recipients)" => {
            "finding-word-thing-recipient-define"
        }
        "system" => "finding-word-thing-system",
        "purpose" => "finding-word-thing-purpose",
        "data subject" => "finding-word-thing-data-subject",
        "data category" => "finding-word-thing-data-category",
        "transfer" => "finding-word-thing-transfer",
        "retention rule" => "finding-word-thing-retention-rule",
        "organisation" => "finding-word-thing-organisation",
        "activity" => "finding-word-thing-activity",
        _ => return MsgArg::from(what),
    };
    MsgArg::word(what, |l| l.t(key))
}

fn duplicates<'a>(sink: &mut Sink, what: &str, list: &str, ids: impl Iterator<Item = &'a str>) {
    /// Lists up to this long are searched rather than hashed: a record's
    /// lists are short, and hashing cost more than the search.
    const SEARCHED: usize = 32;
    let ids: Vec<&str> = ids.collect();
    let mut seen = HashMap::new();
    for (i, &id) in ids.iter().enumerate() {
        let earlier = if ids.len() <= SEARCHED {
            // The latest earlier one, as the map answers.
            ids[..i].iter().rposition(|x| *x == id)
        } else {
            seen.insert(id, i)
        };
        if let Some(first) = earlier {
            say!(
                sink,
                "STR-001",
                format!("{list}[{i}].id"),
                "finding-str-001-id-twice",
                "{what} id `{id}` is used twice (also {list}[{first}])",
                what = thing(what),
                id = id,
                list = list,
                first = first
            );
        }
        if !is_slug(id) {
            say!(
                sink,
                "STR-004",
                format!("{list}[{i}].id"),
                "finding-str-004-not-slug",
                "{what} id `{id}` is not a slug ([a-z0-9-]+)",
                what = thing(what),
                id = id
            );
        }
    }
}

/// One organisation file.
pub(super) fn check_organisation(org: &OrgEntry, sink: &mut Sink) {
    let o = &org.org;
    let folder = org.file.path.split('/').next().unwrap_or_default();
    if !is_slug(&o.id) {
        say!(
            sink,
            "STR-004",
            "id",
            "finding-str-004-not-slug",
            "{what} id `{id}` is not a slug ([a-z0-9-]+)",
            what = thing("organisation"),
            id = &o.id
        );
    }
    if o.id != folder {
        say!(
            sink,
            "STR-003",
            "id",
            "finding-str-003-folder",
            "organisation id `{id}` differs from its folder `{folder}`",
            id = &o.id,
            folder = folder
        );
    }
    duplicates(
        sink,
        "recipient",
        "recipients",
        o.recipients.iter().map(|r| r.id.as_str()),
    );
    duplicates(
        sink,
        "system",
        "systems",
        o.systems.iter().map(|s| s.id.as_str()),
    );
    for (i, r) in o.recipients.iter().enumerate() {
        if let SubProcessors::Listed(ids) = &r.sub_processors {
            for (j, id) in ids.iter().enumerate() {
                if !o.recipients.iter().any(|x| &x.id == id) {
                    say!(
                        sink,
                        "STR-002",
                        format!("recipients[{i}].sub_processors[{j}]"),
                        "finding-str-002-sub-processor",
                        "sub-processor `{id}` is not a recipient of this organisation",
                        id = id
                    );
                }
            }
        }
        if let Some(d) = &r.dpf_verified_on
            && date(d).is_none()
        {
            say!(
                sink,
                "DATE-001",
                format!("recipients[{i}].dpf_verified_on"),
                "finding-date-001-not-date",
                "`{date}` is not a YYYY-MM-DD date",
                date = d
            );
        }
    }
}

/// One activity file.
pub(super) fn check_activity(ctx: &Ctx, sink: &mut Sink) {
    let a = &ctx.act.activity;
    let o = &ctx.org.org;
    let stem = ctx
        .act
        .file
        .path
        .rsplit('/')
        .next()
        .and_then(|f| f.strip_suffix(".ron"))
        .unwrap_or_default();
    if !is_slug(&a.id) {
        say!(
            sink,
            "STR-004",
            "id",
            "finding-str-004-not-slug",
            "{what} id `{id}` is not a slug ([a-z0-9-]+)",
            what = thing("activity"),
            id = &a.id
        );
    }
    if a.id != stem {
        say!(
            sink,
            "STR-004",
            "id",
            "finding-str-004-file-name",
            "activity id `{id}` differs from its file name `{stem}.ron`",
            id = &a.id,
            stem = stem
        );
    }
    duplicates(
        sink,
        "purpose",
        "purposes",
        a.purposes.iter().map(|p| p.id.as_str()),
    );
    duplicates(
        sink,
        "data subject",
        "data_subjects",
        a.data_subjects.iter().map(|p| p.id.as_str()),
    );
    duplicates(
        sink,
        "data category",
        "data_categories",
        a.data_categories.iter().map(|p| p.id.as_str()),
    );
    duplicates(
        sink,
        "transfer",
        "transfers",
        a.transfers.iter().map(|p| p.id.as_str()),
    );
    duplicates(
        sink,
        "retention rule",
        "retention",
        a.retention.iter().map(|p| p.id.as_str()),
    );

    let purpose = |id: &str| a.purposes.iter().any(|p| p.id == id);
    let category = |id: &str| a.data_categories.iter().any(|c| c.id == id);
    let subject = |id: &str| a.data_subjects.iter().any(|s| s.id == id);
    let recipient = |id: &str| o.recipients.iter().any(|r| r.id == id);
    // The field's path is written out only for a finding.
    let mut dangling = |field: std::fmt::Arguments, kind: &str, id: &str, ok: bool| {
        if !ok {
            say!(
                sink,
                "STR-002",
                field.to_string(),
                "finding-str-002-not-defined",
                "{kind} `{id}` is not defined",
                kind = thing(kind),
                id = id
            );
        }
    };
    for (i, b) in a.legal_bases.iter().enumerate() {
        for (j, p) in b.purposes.iter().enumerate() {
            dangling(
                format_args!("legal_bases[{i}].purposes[{j}]"),
                "purpose",
                p,
                purpose(p),
            );
        }
    }
    for (i, c) in a.special_conditions.iter().enumerate() {
        for (j, p) in c.categories.iter().enumerate() {
            dangling(
                format_args!("special_conditions[{i}].categories[{j}]"),
                "data category",
                p,
                category(p),
            );
        }
    }
    for (i, c) in a.data_categories.iter().enumerate() {
        for (j, p) in c.subjects.iter().enumerate() {
            dangling(
                format_args!("data_categories[{i}].subjects[{j}]"),
                "data subject",
                p,
                subject(p),
            );
        }
    }
    for (i, r) in a.recipients.iter().enumerate() {
        dangling(
            format_args!("recipients[{i}].recipient"),
            "recipient (define it in the organisation's recipients)",
            &r.recipient,
            recipient(&r.recipient),
        );
        for (j, p) in r.data.iter().enumerate() {
            dangling(
                format_args!("recipients[{i}].data[{j}]"),
                "data category",
                p,
                category(p),
            );
        }
    }
    for (i, t) in a.transfers.iter().enumerate() {
        for (j, p) in t.recipients.iter().enumerate() {
            dangling(
                format_args!("transfers[{i}].recipients[{j}]"),
                "recipient",
                p,
                recipient(p),
            );
        }
    }
    for (i, r) in a.retention.iter().enumerate() {
        for (j, p) in r.categories.iter().enumerate() {
            dangling(
                format_args!("retention[{i}].categories[{j}]"),
                "data category",
                p,
                category(p),
            );
        }
        for (j, p) in r.subjects.iter().enumerate() {
            dangling(
                format_args!("retention[{i}].subjects[{j}]"),
                "data subject",
                p,
                subject(p),
            );
        }
    }
    for (i, s) in a.systems.iter().enumerate() {
        dangling(
            format_args!("systems[{i}]"),
            "system",
            s,
            o.systems.iter().any(|x| &x.id == s),
        );
    }
    for (i, c) in a.on_behalf_of.iter().enumerate() {
        if let Some(id) = &c.organisation {
            let ok = ctx.orgs.contains_org(id);
            dangling(
                format_args!("on_behalf_of[{i}].organisation"),
                "organisation",
                id,
                ok,
            );
        }
    }
    if let Some(d) = &a.last_reviewed
        && date(d).is_none()
    {
        say!(
            sink,
            "DATE-001",
            "last_reviewed",
            "finding-date-001-not-date",
            "`{date}` is not a YYYY-MM-DD date",
            date = d
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::SourceFile;

    /// The ids an id used again is reported with, by list length: each
    /// use after the first names the latest use before it, in a short list
    /// (searched) as in a long one (hashed).
    fn also(len: usize) -> Vec<String> {
        let file = SourceFile::new("o/activities/a.ron".into(), String::new());
        let mut out = Vec::new();
        let mut ids: Vec<String> = (0..len).map(|i| format!("p{i}")).collect();
        for i in [3, 5, 9] {
            ids[i] = "twice".into();
        }
        {
            let mut sink = Sink::new(&file, &mut out);
            duplicates(
                &mut sink,
                "purpose",
                "purposes",
                ids.iter().map(String::as_str),
            );
        }
        out.into_iter()
            .filter(|f| f.rule == "STR-001")
            .map(|f| format!("{}: {}", f.field, f.message))
            .collect()
    }

    #[test]
    fn an_id_used_again_names_its_latest_use_before_in_short_and_long_lists() {
        let want = [
            "purposes[5].id: purpose id `twice` is used twice (also purposes[3])",
            "purposes[9].id: purpose id `twice` is used twice (also purposes[5])",
        ];
        assert_eq!(also(12), want);
        assert_eq!(also(40), want);
    }
}
