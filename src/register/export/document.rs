//! The human-readable register as a format-neutral document: headings,
//! label/value tables, tables and lists of plain text. Markdown and HTML
//! render the same [`Document`], so both show the same fields in the same
//! order.

use super::labels::{self, Labels};
use crate::register::dataflow;
use crate::register::lang::Lang;
use crate::register::load::{ActivityEntry, OrgEntry, Register};
use crate::register::model::{Activity, Organisation, RecipientKind};

/// A whole export: title, table of contents and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Document {
    /// The language of every label and heading.
    pub lang: Lang,
    /// The document title.
    pub title: String,
    /// The paragraph under the title.
    pub intro: String,
    /// Organisations and activities, for the table of contents.
    pub toc: Vec<TocEntry>,
    /// The body.
    pub blocks: Vec<Block>,
}

/// One line of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TocEntry {
    /// 0 for an organisation, 1 for an activity.
    pub depth: u8,
    /// Heading text.
    pub text: String,
    /// Anchor of the heading (only `[a-z0-9-]`).
    pub anchor: String,
}

/// A piece of the document. All text is plain, unescaped register text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// A heading, level 2-4, with an anchor made of `[a-z0-9-]` only.
    Heading {
        /// 2 organisation, 3 section or activity, 4 activity section.
        level: u8,
        /// Heading text.
        text: String,
        /// Anchor, when the heading is linked from the table of contents.
        anchor: Option<String>,
    },
    /// A paragraph; may contain newlines.
    Paragraph(String),
    /// A short bold label introducing the next block.
    Caption(String),
    /// Label/value rows; `None` is shown as "not recorded".
    Fields(Vec<(String, Option<String>)>),
    /// A table with a header row.
    Table {
        /// Column headings.
        headers: Vec<String>,
        /// Rows, each as long as `headers`.
        rows: Vec<Vec<String>>,
    },
    /// A bulleted list.
    List(Vec<String>),
    /// Where the data go, as a picture: drawn by the HTML export (heading,
    /// a paragraph and the SVG), left out of the Markdown one.
    Map {
        /// The heading's level (2 for the whole register, 3 for one
        /// organisation).
        level: u8,
        /// The heading.
        heading: String,
        /// The picture's graph.
        graph: crate::register::dataflow::Graph,
        /// An id for the picture, `[a-z0-9-]` only.
        id: String,
        /// The picture's title, for screen readers.
        title: String,
    },
}

/// Keeps `[a-z0-9-]` of `s` (lower-cased), so an anchor is safe anywhere.
pub(crate) fn slug(s: &str) -> String {
    s.chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn opt_yes(l: Labels, b: bool) -> String {
    if b { l.yes_no(true) } else { String::new() }
}

fn none_if_empty(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}

fn or_empty(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

struct Out {
    l: Labels,
    blocks: Vec<Block>,
}

impl Out {
    fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading {
            level,
            text: text.into(),
            anchor: None,
        });
    }

    fn push(&mut self, b: Block) {
        self.blocks.push(b);
    }

    /// A captioned table, or the caption and `none` when there are no rows.
    fn table(
        &mut self,
        caption: Option<String>,
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        none: String,
    ) {
        if let Some(c) = caption {
            self.push(Block::Caption(c));
        }
        if rows.is_empty() {
            self.push(Block::Paragraph(none));
        } else {
            self.push(Block::Table { headers, rows });
        }
    }
}

/// Builds the document for the whole register, labelled in `lang`.
pub(crate) fn build(reg: &Register, lang: Lang) -> Document {
    let orgs: Vec<&Organisation> = reg.organisations.iter().map(|e| &e.org).collect();
    let n_acts: usize = reg.organisations.iter().map(|e| e.activities.len()).sum();
    let l = Labels::new(lang);
    let mut out = Out {
        l,
        blocks: Vec::new(),
    };
    let mut toc = Vec::new();
    let intro = crate::register::lang::tr_args(
        lang,
        "doc-intro",
        &[
            ("organisations", reg.organisations.len().into()),
            ("activities", n_acts.into()),
        ],
    );
    if reg.organisations.len() > 1 {
        out.push(Block::Map {
            level: 2,
            heading: l.t("doc-map-register"),
            graph: dataflow::graph_of(reg, dataflow::Scope::Register, lang),
            id: "map-register".to_string(),
            title: l.t("map-title-register"),
        });
    }
    for (i, entry) in reg.organisations.iter().enumerate() {
        organisation(&mut out, &mut toc, i + 1, entry, &orgs, reg);
    }
    Document {
        lang,
        title: l.t("doc-title"),
        intro,
        toc,
        blocks: out.blocks,
    }
}

fn organisation(
    out: &mut Out,
    toc: &mut Vec<TocEntry>,
    n: usize,
    entry: &OrgEntry,
    orgs: &[&Organisation],
    reg: &Register,
) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    let o = &entry.org;
    let anchor = format!("org-{n}-{}", slug(&o.id));
    let text = format!("{n}. {}", o.name);
    toc.push(TocEntry {
        depth: 0,
        text: text.clone(),
        anchor: anchor.clone(),
    });
    out.push(Block::Heading {
        level: 2,
        text,
        anchor: Some(anchor),
    });

    out.heading(3, t("doc-identity"));
    let mut identity = vec![
        (t("doc-name"), Some(o.name.clone())),
        (t("doc-organisation-id"), Some(o.id.clone())),
        (t("doc-role"), Some(l.org_role(o.role))),
        (t("doc-kind"), Some(l.org_kind(o.kind))),
        (t("doc-country"), Some(l.country(&o.country))),
        (
            t("doc-org-number"),
            o.org_number.as_ref().map(|n| l.org_number(n)),
        ),
        (t("doc-address"), o.address.clone()),
        (t("doc-email"), o.email.clone()),
        (t("doc-phone"), o.phone.clone()),
        (t("doc-website"), o.website.clone()),
        (t("doc-art3-2"), Some(l.yes_no(o.art3_2_applies))),
        (t("doc-art27-2"), o.art27_2_exemption.clone()),
    ];
    // Only where set: without it a year applies, which is not a gap.
    if let Some(m) = o.review_interval_months {
        identity.push((t("doc-review-interval"), Some(m.to_string())));
    }
    identity.push((t("doc-record-file"), Some(entry.file.path.clone())));
    out.push(Block::Fields(identity));

    out.heading(3, t("doc-dpo-section"));
    out.push(Block::Fields(vec![
        (t("doc-dpo"), o.dpo.as_ref().map(|d| l.dpo(d))),
        (
            t("doc-designated"),
            o.dpo.as_ref().map(|d| l.yes_no(d.designated)),
        ),
        (
            t("doc-representative"),
            o.representative.as_ref().map(|c| l.contact(c)),
        ),
    ]));
    out.table(
        Some(t("doc-other-contacts")),
        vec![
            t("doc-name"),
            t("doc-role"),
            t("doc-address"),
            t("doc-email"),
            t("doc-phone"),
            t("doc-other"),
        ],
        o.contacts
            .iter()
            .map(|c| {
                vec![
                    or_empty(&c.name),
                    or_empty(&c.role),
                    or_empty(&c.address),
                    or_empty(&c.email),
                    or_empty(&c.phone),
                    or_empty(&c.other),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
    out.table(
        Some(t("doc-joint-controllers")),
        vec![
            t("doc-joint-controller"),
            t("doc-contact-details"),
            t("doc-arrangement"),
            t("doc-scope"),
        ],
        o.joint_controllers
            .iter()
            .map(|j| {
                vec![
                    match labels::org_name(orgs, &j.organisation) {
                        Some(name) => format!("{name} [{}]", j.organisation),
                        None => l.not_in_register(&j.organisation),
                    },
                    l.joint_controller_contact(j, orgs),
                    or_empty(&j.arrangement_ref),
                    or_empty(&j.scope),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );

    out.push(Block::Map {
        level: 3,
        heading: t("doc-map-section"),
        graph: dataflow::graph_of(reg, dataflow::Scope::Organisation(&o.id), l.lang),
        id: format!("map-{n}-{}", slug(&o.id)),
        title: l.t1("map-title", "name", o.name.as_str()),
    });

    out.heading(3, t("doc-recipients-section"));
    out.table(
        None,
        vec![
            t("doc-recipient"),
            t("doc-id"),
            t("doc-kind"),
            t("doc-country"),
            t("doc-org-number"),
            t("doc-address"),
            t("doc-description"),
            t("doc-dpa-art28"),
            t("doc-sub-processors"),
            t("doc-dpf"),
        ],
        o.recipients
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.id.clone(),
                    l.recipient_kind(r.kind),
                    r.country
                        .as_deref()
                        .map(|c| l.country(c))
                        .unwrap_or_default(),
                    r.org_number
                        .as_ref()
                        .map(|n| l.org_number(n))
                        .unwrap_or_default(),
                    or_empty(&r.address),
                    or_empty(&r.description),
                    or_empty(&r.dpa_ref),
                    if r.kind.is_processor() || !r.sub_processors.is_unknown() {
                        l.sub_processors(&r.sub_processors, o)
                    } else {
                        String::new()
                    },
                    l.dpf(r).unwrap_or_default(),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );

    out.heading(3, t("doc-systems"));
    out.table(
        None,
        vec![
            t("doc-system"),
            t("doc-id"),
            t("doc-description"),
            t("doc-location"),
        ],
        o.systems
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    s.id.clone(),
                    or_empty(&s.description),
                    or_empty(&s.location),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );

    out.heading(3, t("doc-security-default"));
    out.push(Block::Fields(vec![
        (t("doc-toms"), o.security_measures.clone()),
        (t("doc-security-doc"), o.security_ref.clone()),
    ]));

    out.heading(3, t("doc-rights-section"));
    out.push(Block::Paragraph(
        o.data_subject_rights
            .clone()
            .unwrap_or_else(|| t("doc-not-recorded")),
    ));

    out.heading(3, t("doc-sources"));
    if o.sources.is_empty() {
        out.push(Block::Paragraph(t("doc-none-recorded")));
    } else {
        out.push(Block::List(o.sources.clone()));
    }

    out.heading(3, t("doc-not-stated-org"));
    not_stated(out, &o.not_stated);

    out.heading(3, t("doc-acks-org"));
    acknowledgements(out, &o.acknowledgements);

    if let Some(notes) = &o.notes {
        out.heading(3, t("doc-notes-org"));
        out.push(Block::Paragraph(notes.clone()));
    }

    for (j, a) in entry.activities.iter().enumerate() {
        activity(out, toc, n, j + 1, o, a, orgs);
    }
}

/// The fields a record names as not stated in its source, with the notes.
fn not_stated(out: &mut Out, entries: &[crate::register::model::NotStated]) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.table(
        None,
        vec![t("doc-field"), t("doc-note")],
        entries
            .iter()
            .map(|n| vec![n.field.clone(), n.note.clone().unwrap_or_default()])
            .collect(),
        t("doc-none"),
    );
}

fn acknowledgements(out: &mut Out, acks: &[crate::register::model::Acknowledgement]) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.table(
        None,
        vec![
            t("doc-rule"),
            t("doc-field"),
            t("doc-reason"),
            t("doc-expires"),
        ],
        acks.iter()
            .map(|a| {
                let field = a.at.clone().unwrap_or_else(|| t("doc-whole-file"));
                vec![
                    a.rule.clone(),
                    match a.kind {
                        Some(k) => format!("{field} ({})", l.finding_kind(k)),
                        None => field,
                    },
                    a.reason.clone(),
                    a.expires.clone(),
                ]
            })
            .collect(),
        t("doc-none"),
    );
}

fn activity(
    out: &mut Out,
    toc: &mut Vec<TocEntry>,
    n: usize,
    m: usize,
    o: &Organisation,
    entry: &ActivityEntry,
    orgs: &[&Organisation],
) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    let a = &entry.activity;
    let anchor = format!("act-{n}-{m}-{}", slug(&a.id));
    let text = format!("{n}.{m} {}", a.name);
    toc.push(TocEntry {
        depth: 1,
        text: text.clone(),
        anchor: anchor.clone(),
    });
    out.push(Block::Heading {
        level: 3,
        text,
        anchor: Some(anchor),
    });
    out.push(Block::Fields(vec![
        (t("doc-name"), Some(a.name.clone())),
        (t("doc-name-en"), a.name_en.clone()),
        (t("doc-activity-id"), Some(a.id.clone())),
        (
            t("doc-organisation"),
            Some(format!("{} [{}]", o.name, o.id)),
        ),
        (t("doc-role-in-activity"), Some(l.activity_role(a.role))),
        (t("doc-business-function"), a.business_function.clone()),
        (t("doc-description"), a.description.clone()),
        (t("doc-record-file"), Some(entry.file.path.clone())),
    ]));

    if !a.on_behalf_of.is_empty() || !a.role.is_controller() {
        out.heading(4, t("doc-controllers-served"));
        out.table(
            None,
            vec![
                t("doc-controller"),
                t("doc-organisation-id"),
                t("doc-contact"),
                t("doc-processing-categories"),
            ],
            a.on_behalf_of
                .iter()
                .map(|c| {
                    vec![
                        c.name.clone().unwrap_or_else(|| {
                            c.organisation
                                .as_deref()
                                .and_then(|id| labels::org_name(orgs, id))
                                .unwrap_or_default()
                                .to_string()
                        }),
                        or_empty(&c.organisation),
                        or_empty(&c.contact),
                        c.processing.join("; "),
                    ]
                })
                .collect(),
            t("doc-none-recorded"),
        );
    }
    if a.role == crate::register::model::ActivityRole::JointController {
        out.heading(4, t("doc-joint-controllers"));
        out.push(Block::List(
            o.joint_controllers
                .iter()
                .map(|j| l.joint_controller(j, orgs))
                .collect(),
        ));
    }

    purposes(out, a);
    subjects_and_data(out, a);
    recipients(out, o, a);
    transfers(out, o, a);
    retention(out, a);
    security(out, o, a);
    dpia_and_more(out, o, a);

    out.heading(4, t("doc-status-section"));
    let mut status = vec![
        (t("doc-status"), Some(l.status(a.status))),
        (t("doc-owner"), a.owner.clone()),
        (t("doc-last-reviewed"), a.last_reviewed.clone()),
    ];
    // Only where set: without it the organisation's interval applies,
    // which is not a gap in the record.
    if let Some(m) = a.review_interval_months {
        status.push((t("doc-review-interval"), Some(m.to_string())));
    }
    out.push(Block::Fields(status));

    out.heading(4, t("doc-not-stated"));
    not_stated(out, &a.not_stated);

    out.heading(4, t("doc-acks"));
    acknowledgements(out, &a.acknowledgements);

    if let Some(notes) = &a.notes {
        out.heading(4, t("doc-notes"));
        out.push(Block::Paragraph(notes.clone()));
    }
}

fn purposes(out: &mut Out, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-purposes-section"));
    out.table(
        Some(t("doc-purposes")),
        vec![t("doc-id"), t("doc-purpose"), t("doc-outside-public")],
        a.purposes
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.text.clone(),
                    opt_yes(l, p.outside_public_tasks),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
    out.table(
        Some(t("doc-lawful-basis")),
        vec![
            t("doc-basis"),
            t("doc-purposes"),
            t("doc-national-provision"),
            t("doc-legitimate-interest"),
        ],
        a.legal_bases
            .iter()
            .map(|b| {
                vec![
                    l.legal_basis_head(b),
                    l.purpose_ids(&b.purposes),
                    or_empty(&b.national_provision),
                    or_empty(&b.legitimate_interest),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
    out.push(Block::Fields(vec![(t("doc-lia"), a.lia_ref.clone())]));
    out.table(
        Some(t("doc-special-conditions")),
        vec![
            t("doc-condition"),
            t("doc-data-categories"),
            t("doc-national-provision"),
            t("doc-as-written"),
        ],
        a.special_conditions
            .iter()
            .map(|c| {
                vec![
                    l.art9(c.article9),
                    l.categories(a, &c.categories, &t("every-special-category")),
                    or_empty(&c.national_provision),
                    or_empty(&c.text),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
    out.push(Block::Caption(t("doc-criminal")));
    match &a.criminal_basis {
        Some(c) => out.push(Block::Fields(vec![
            (
                t("doc-official-authority"),
                Some(l.yes_no(c.official_authority)),
            ),
            (t("doc-national-provision"), c.national_provision.clone()),
            (t("doc-as-written"), c.text.clone()),
        ])),
        None => out.push(Block::Paragraph(t("doc-none-recorded"))),
    }
    out.table(
        Some(t("doc-national-ids")),
        vec![
            t("doc-number"),
            t("doc-provision"),
            t("doc-justification"),
            t("doc-as-written"),
        ],
        a.national_id_bases
            .iter()
            .map(|b| {
                vec![
                    l.national_id_scheme(&b.scheme),
                    b.provision.clone(),
                    or_empty(&b.justification),
                    or_empty(&b.text),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
}

fn subjects_and_data(out: &mut Out, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-subjects-section"));
    out.table(
        Some(t("doc-subject-categories")),
        vec![t("doc-id"), t("doc-category"), t("doc-vulnerable")],
        a.data_subjects
            .iter()
            .map(|s| vec![s.id.clone(), s.name.clone(), opt_yes(l, s.vulnerable)])
            .collect(),
        t("doc-none-recorded"),
    );
    out.table(
        Some(t("doc-personal-data-categories")),
        vec![
            t("doc-id"),
            t("doc-category"),
            t("doc-kind"),
            t("doc-data-subjects"),
            t("doc-collected-from"),
            t("doc-source"),
            t("doc-published"),
        ],
        a.data_categories
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    l.data_kind(&c.kind),
                    l.subjects(a, &c.subjects, &t("doc-all")),
                    c.collected_from
                        .map(|f| l.collected_from(f).to_string())
                        .unwrap_or_default(),
                    or_empty(&c.source),
                    opt_yes(l, c.published),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
}

fn recipients(out: &mut Out, o: &Organisation, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-recipients-heading"));
    if a.recipients_none {
        out.push(Block::Paragraph(t("doc-no-recipients")));
        if a.recipients.is_empty() {
            return;
        }
    }
    out.table(
        None,
        vec![
            t("doc-recipient"),
            t("doc-kind"),
            t("doc-country"),
            t("doc-org-number"),
            t("doc-data-received"),
            t("doc-purpose"),
            t("doc-dpa"),
        ],
        a.recipients
            .iter()
            .map(
                |u| match o.recipients.iter().find(|r| r.id == u.recipient) {
                    Some(r) => vec![
                        format!("{} [{}]", r.name, r.id),
                        l.recipient_kind(r.kind),
                        r.country
                            .as_deref()
                            .map(|c| l.country(c))
                            .unwrap_or_default(),
                        r.org_number
                            .as_ref()
                            .map(|n| l.org_number(n))
                            .unwrap_or_default(),
                        l.categories(a, &u.data, &t("doc-not-specified")),
                        or_empty(&u.purpose),
                        if r.kind.is_processor() || r.kind == RecipientKind::JointController {
                            r.dpa_ref.clone().unwrap_or_else(|| t("doc-not-recorded"))
                        } else {
                            or_empty(&r.dpa_ref)
                        },
                    ],
                    None => vec![
                        l.t1("recipient-not-defined", "id", &u.recipient),
                        String::new(),
                        String::new(),
                        String::new(),
                        l.categories(a, &u.data, &t("doc-not-specified")),
                        or_empty(&u.purpose),
                        String::new(),
                    ],
                },
            )
            .collect(),
        t("doc-none-recorded"),
    );
}

fn transfers(out: &mut Out, o: &Organisation, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-transfers"));
    out.table(
        None,
        vec![
            t("doc-id"),
            t("doc-destination"),
            t("doc-recipients"),
            t("doc-mechanisms"),
            t("doc-safeguard-as-written"),
            t("doc-documentation"),
            t("doc-regular"),
        ],
        a.transfers
            .iter()
            .map(|t| {
                vec![
                    t.id.clone(),
                    l.destination(t),
                    t.recipients
                        .iter()
                        .map(|r| l.recipient_ref(o, r))
                        .collect::<Vec<_>>()
                        .join(", "),
                    t.mechanisms
                        .iter()
                        .map(|m| l.mechanism(m))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    or_empty(&t.safeguard_text),
                    or_empty(&t.documentation),
                    opt_yes(l, t.regular),
                ]
            })
            .collect(),
        t("doc-no-transfer"),
    );
}

fn retention(out: &mut Out, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-retention"));
    out.table(
        None,
        vec![
            t("doc-id"),
            t("doc-as-written"),
            t("doc-structured-rule"),
            t("doc-data-categories"),
            t("doc-data-subjects"),
        ],
        a.retention
            .iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    r.text.clone(),
                    l.retention(&r.rule),
                    l.categories(a, &r.categories, &t("doc-all")),
                    l.subjects(a, &r.subjects, &t("doc-all")),
                ]
            })
            .collect(),
        t("doc-none-recorded"),
    );
    out.push(Block::Fields(vec![(
        t("doc-retention-policy"),
        a.retention_policy_ref.clone(),
    )]));
}

fn security(out: &mut Out, o: &Organisation, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-security"));
    let measures = match (&a.security_measures, &o.security_measures) {
        (Some(m), _) => Some(m.clone()),
        (None, Some(d)) => Some(l.t1("doc-org-default", "text", d)),
        (None, None) => None,
    };
    out.push(Block::Fields(vec![
        (t("doc-toms"), measures),
        (t("doc-security-doc"), a.security_ref.clone()),
        (t("doc-breaches"), none_if_empty(a.breach_refs.join("\n"))),
    ]));
    out.table(
        Some(t("doc-systems-location")),
        vec![
            t("doc-system"),
            t("doc-id"),
            t("doc-description"),
            t("doc-location"),
        ],
        a.systems
            .iter()
            .map(|id| match o.systems.iter().find(|s| &s.id == id) {
                Some(s) => vec![
                    s.name.clone(),
                    s.id.clone(),
                    or_empty(&s.description),
                    or_empty(&s.location),
                ],
                None => vec![
                    t("doc-system-undefined"),
                    id.clone(),
                    String::new(),
                    String::new(),
                ],
            })
            .collect(),
        t("doc-none-recorded"),
    );
}

fn dpia_and_more(out: &mut Out, o: &Organisation, a: &Activity) {
    let l = out.l;
    let t = |k: &str| l.t(k);
    out.heading(4, t("doc-dpia-section"));
    let rights = match (&a.data_subject_rights, &o.data_subject_rights) {
        (Some(r), _) => Some(r.clone()),
        (None, Some(_)) => Some(t("doc-rights-as-org")),
        (None, None) => None,
    };
    out.push(Block::Fields(vec![
        (
            t("doc-dpia-required"),
            a.dpia.as_ref().map(|d| l.dpia_required(d.status)),
        ),
        (
            t("doc-dpia-progress"),
            a.dpia.as_ref().map(|d| l.dpia_status(d.status)),
        ),
        (
            t("doc-dpia-remarks"),
            a.dpia.as_ref().and_then(|d| d.reason.clone()),
        ),
        (
            t("doc-dpia-link"),
            a.dpia.as_ref().and_then(|d| d.link.clone()),
        ),
        (
            t("doc-risk-criteria"),
            none_if_empty(l.risk_criteria(&a.risk_criteria)),
        ),
        (
            t("doc-automated"),
            a.automated_decisions.as_ref().map(|d| l.yes_no(d.present)),
        ),
        (
            t("doc-art22-ground"),
            a.automated_decisions
                .as_ref()
                .and_then(|d| d.ground)
                .map(|g| l.art22(g)),
        ),
        (
            t("doc-automated-as-written"),
            a.automated_decisions.as_ref().and_then(|d| d.text.clone()),
        ),
        (
            t("doc-consent-how"),
            a.consent.as_ref().and_then(|c| c.how_given.clone()),
        ),
        (
            t("doc-consent-record"),
            a.consent.as_ref().and_then(|c| c.record_ref.clone()),
        ),
        (
            t("doc-consent-withdrawal"),
            a.consent
                .as_ref()
                .and_then(|c| c.withdrawal_process.clone()),
        ),
        (
            t("doc-provision-requirement"),
            a.provision_requirement.clone(),
        ),
        (t("doc-rights"), rights),
    ]));
}
