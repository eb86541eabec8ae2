//! The human-readable register as a format-neutral document: headings,
//! label/value tables, tables and lists of plain text. Markdown and HTML
//! render the same [`Document`], so both show the same fields in the same
//! order.

use super::labels as l;
use crate::register::load::{ActivityEntry, OrgEntry, Register};
use crate::register::model::{Activity, Organisation, RecipientKind};

/// Shown for a field the register leaves empty.
pub(crate) const NOT_RECORDED: &str = "not recorded";

/// A whole export: title, table of contents and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Document {
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
    Fields(Vec<(&'static str, Option<String>)>),
    /// A table with a header row.
    Table {
        /// Column headings.
        headers: Vec<&'static str>,
        /// Rows, each as long as `headers`.
        rows: Vec<Vec<String>>,
    },
    /// A bulleted list.
    List(Vec<String>),
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

fn yes_no(b: bool) -> String {
    if b { "Yes".into() } else { "No".into() }
}

fn opt_yes(b: bool) -> String {
    if b { "Yes".into() } else { String::new() }
}

fn none_if_empty(s: String) -> Option<String> {
    if s.is_empty() { None } else { Some(s) }
}

fn or_empty(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

struct Out {
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
        caption: Option<&str>,
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
        none: &str,
    ) {
        if let Some(c) = caption {
            self.push(Block::Caption(c.into()));
        }
        if rows.is_empty() {
            self.push(Block::Paragraph(none.into()));
        } else {
            self.push(Block::Table { headers, rows });
        }
    }
}

/// Builds the document for the whole register.
pub(crate) fn build(reg: &Register) -> Document {
    let orgs: Vec<&Organisation> = reg.organisations.iter().map(|e| &e.org).collect();
    let n_acts: usize = reg.organisations.iter().map(|e| e.activities.len()).sum();
    let mut out = Out { blocks: Vec::new() };
    let mut toc = Vec::new();
    let intro = format!(
        "Record of processing activities under Article 30 of Regulation (EU) 2016/679 \
         (GDPR), made available to the supervisory authority on request (Art. 30(4)). \
         {} organisation(s), {} processing activit{}. Register text is reproduced as \
         written, in its original language; identifiers are shown in square brackets.",
        reg.organisations.len(),
        n_acts,
        if n_acts == 1 { "y" } else { "ies" }
    );
    for (i, entry) in reg.organisations.iter().enumerate() {
        organisation(&mut out, &mut toc, i + 1, entry, &orgs);
    }
    Document {
        title: "Record of processing activities (GDPR Art. 30)".into(),
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
) {
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

    out.heading(3, "Identity (Art. 30(1)(a) / 30(2)(a))");
    out.push(Block::Fields(vec![
        ("Name", Some(o.name.clone())),
        ("Organisation id", Some(o.id.clone())),
        ("Role", Some(l::org_role(o.role).into())),
        ("Kind", Some(l::org_kind(o.kind).into())),
        ("Country", Some(o.country.clone())),
        ("Org number", o.org_number.as_ref().map(l::org_number)),
        ("Address", o.address.clone()),
        ("E-mail", o.email.clone()),
        ("Phone", o.phone.clone()),
        ("Website", o.website.clone()),
        (
            "Established outside the EEA, Art. 3(2) applies",
            Some(yes_no(o.art3_2_applies)),
        ),
        (
            "Art. 27(2) exemption from a representative",
            o.art27_2_exemption.clone(),
        ),
        ("Record file", Some(entry.file.path.clone())),
    ]));

    out.heading(3, "Data protection officer, representative and contacts");
    out.push(Block::Fields(vec![
        (
            "Data protection officer (Art. 37)",
            o.dpo.as_ref().map(l::dpo),
        ),
        ("Designated", o.dpo.as_ref().map(|d| yes_no(d.designated))),
        (
            "Representative in the EU (Art. 27)",
            o.representative.as_ref().map(l::contact),
        ),
    ]));
    out.table(
        Some("Other contacts"),
        vec!["Name", "Role", "Address", "E-mail", "Phone", "Other"],
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
        "None recorded.",
    );
    out.table(
        Some("Joint controllers (Art. 26)"),
        vec![
            "Joint controller",
            "Contact details",
            "Arrangement",
            "Scope",
        ],
        o.joint_controllers
            .iter()
            .map(|j| {
                vec![
                    match l::org_name(orgs, &j.organisation) {
                        Some(name) => format!("{name} [{}]", j.organisation),
                        None => format!("{} (not in this register)", j.organisation),
                    },
                    l::joint_controller_contact(j, orgs),
                    or_empty(&j.arrangement_ref),
                    or_empty(&j.scope),
                ]
            })
            .collect(),
        "None recorded.",
    );

    out.heading(3, "Recipients, processors and sub-processors");
    out.table(
        None,
        vec![
            "Recipient",
            "Id",
            "Kind",
            "Country",
            "Org number",
            "Address",
            "Description",
            "Data processing agreement (Art. 28(3))",
            "Sub-processors",
            "EU-US Data Privacy Framework",
        ],
        o.recipients
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.id.clone(),
                    l::recipient_kind(r.kind).into(),
                    or_empty(&r.country),
                    r.org_number.as_ref().map(l::org_number).unwrap_or_default(),
                    or_empty(&r.address),
                    or_empty(&r.description),
                    or_empty(&r.dpa_ref),
                    if r.kind.is_processor() || !r.sub_processors.is_unknown() {
                        l::sub_processors(&r.sub_processors, o)
                    } else {
                        String::new()
                    },
                    l::dpf(r).unwrap_or_default(),
                ]
            })
            .collect(),
        "None recorded.",
    );

    out.heading(3, "Systems");
    out.table(
        None,
        vec!["System", "Id", "Description", "Location"],
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
        "None recorded.",
    );

    out.heading(3, "Security measures (Art. 32), default for all activities");
    out.push(Block::Fields(vec![
        (
            "Technical and organisational measures",
            o.security_measures.clone(),
        ),
        ("Security documentation", o.security_ref.clone()),
    ]));

    out.heading(3, "Data subject rights (Art. 12-22)");
    out.push(Block::Paragraph(
        o.data_subject_rights
            .clone()
            .unwrap_or_else(|| NOT_RECORDED.into()),
    ));

    out.heading(3, "Sources of this record");
    if o.sources.is_empty() {
        out.push(Block::Paragraph("None recorded.".into()));
    } else {
        out.push(Block::List(o.sources.clone()));
    }

    out.heading(3, "Not stated in the source (organisation)");
    not_stated(out, &o.not_stated);

    out.heading(3, "Acknowledged findings (organisation)");
    acknowledgements(out, &o.acknowledgements);

    if let Some(notes) = &o.notes {
        out.heading(3, "Notes (organisation)");
        out.push(Block::Paragraph(notes.clone()));
    }

    for (j, a) in entry.activities.iter().enumerate() {
        activity(out, toc, n, j + 1, o, a, orgs);
    }
}

/// The fields a record names as not stated in its source, with the notes.
fn not_stated(out: &mut Out, entries: &[crate::register::model::NotStated]) {
    out.table(
        None,
        vec!["Field", "Note"],
        entries
            .iter()
            .map(|n| vec![n.field.clone(), n.note.clone().unwrap_or_default()])
            .collect(),
        "None.",
    );
}

fn acknowledgements(out: &mut Out, acks: &[crate::register::model::Acknowledgement]) {
    out.table(
        None,
        vec!["Rule", "Field", "Reason", "Expires"],
        acks.iter()
            .map(|a| {
                let field = a.at.clone().unwrap_or_else(|| "whole file".into());
                vec![
                    a.rule.clone(),
                    match a.kind {
                        Some(k) => format!("{field} ({} value)", k.as_str()),
                        None => field,
                    },
                    a.reason.clone(),
                    a.expires.clone(),
                ]
            })
            .collect(),
        "None.",
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
        ("Name", Some(a.name.clone())),
        ("Name (English)", a.name_en.clone()),
        ("Activity id", Some(a.id.clone())),
        ("Organisation", Some(format!("{} [{}]", o.name, o.id))),
        (
            "Role in this activity",
            Some(l::activity_role(a.role).into()),
        ),
        ("Description", a.description.clone()),
        ("Record file", Some(entry.file.path.clone())),
    ]));

    if !a.on_behalf_of.is_empty() || !a.role.is_controller() {
        out.heading(4, "Controllers served (Art. 30(2)(a)-(b))");
        out.table(
            None,
            vec![
                "Controller",
                "Organisation id",
                "Contact",
                "Categories of processing",
            ],
            a.on_behalf_of
                .iter()
                .map(|c| {
                    vec![
                        c.name.clone().unwrap_or_else(|| {
                            c.organisation
                                .as_deref()
                                .and_then(|id| l::org_name(orgs, id))
                                .unwrap_or_default()
                                .to_string()
                        }),
                        or_empty(&c.organisation),
                        or_empty(&c.contact),
                        c.processing.join("; "),
                    ]
                })
                .collect(),
            "None recorded.",
        );
    }
    if a.role == crate::register::model::ActivityRole::JointController {
        out.heading(4, "Joint controllers (Art. 26)");
        out.push(Block::List(
            o.joint_controllers
                .iter()
                .map(|j| l::joint_controller(j, orgs))
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

    out.heading(4, "Status and review");
    out.push(Block::Fields(vec![
        ("Status", Some(l::status(a.status).into())),
        ("Owner", a.owner.clone()),
        ("Last reviewed", a.last_reviewed.clone()),
    ]));

    out.heading(4, "Not stated in the source");
    not_stated(out, &a.not_stated);

    out.heading(4, "Acknowledged findings");
    acknowledgements(out, &a.acknowledgements);

    if let Some(notes) = &a.notes {
        out.heading(4, "Notes");
        out.push(Block::Paragraph(notes.clone()));
    }
}

fn purposes(out: &mut Out, a: &Activity) {
    out.heading(4, "Purposes and legal bases (Art. 30(1)(b), Art. 6, 9, 10)");
    out.table(
        Some("Purposes"),
        vec!["Id", "Purpose", "Outside the public tasks"],
        a.purposes
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.text.clone(),
                    opt_yes(p.outside_public_tasks),
                ]
            })
            .collect(),
        "None recorded.",
    );
    out.table(
        Some("Lawful basis (Art. 6)"),
        vec![
            "Basis",
            "Purposes",
            "National provision",
            "Legitimate interest",
        ],
        a.legal_bases
            .iter()
            .map(|b| {
                vec![
                    l::join_present(
                        [
                            Some(l::art6_ref(b.article6).to_string()),
                            b.law_ref.clone(),
                            b.text.clone(),
                        ],
                        l::DASH,
                    ),
                    l::purpose_ids(&b.purposes),
                    or_empty(&b.national_provision),
                    or_empty(&b.legitimate_interest),
                ]
            })
            .collect(),
        "None recorded.",
    );
    out.table(
        Some("Special categories: conditions (Art. 9(2))"),
        vec![
            "Condition",
            "Data categories",
            "National provision",
            "As written",
        ],
        a.special_conditions
            .iter()
            .map(|c| {
                vec![
                    l::art9(c.article9).into(),
                    l::categories(a, &c.categories, "every special category"),
                    or_empty(&c.national_provision),
                    or_empty(&c.text),
                ]
            })
            .collect(),
        "None recorded.",
    );
    out.push(Block::Caption(
        "Criminal convictions and offences (Art. 10)".into(),
    ));
    match &a.criminal_basis {
        Some(c) => out.push(Block::Fields(vec![
            (
                "Under the control of official authority",
                Some(yes_no(c.official_authority)),
            ),
            ("National provision", c.national_provision.clone()),
            ("As written", c.text.clone()),
        ])),
        None => out.push(Block::Paragraph("None recorded.".into())),
    }
    out.table(
        Some("National identification numbers (Art. 87)"),
        vec!["Number", "Provision", "Justification", "As written"],
        a.national_id_bases
            .iter()
            .map(|b| {
                vec![
                    l::national_id_scheme(&b.scheme),
                    b.provision.clone(),
                    or_empty(&b.justification),
                    or_empty(&b.text),
                ]
            })
            .collect(),
        "None recorded.",
    );
}

fn subjects_and_data(out: &mut Out, a: &Activity) {
    out.heading(4, "Data subjects and personal data (Art. 30(1)(c))");
    out.table(
        Some("Categories of data subjects"),
        vec!["Id", "Category", "Vulnerable"],
        a.data_subjects
            .iter()
            .map(|s| vec![s.id.clone(), s.name.clone(), opt_yes(s.vulnerable)])
            .collect(),
        "None recorded.",
    );
    out.table(
        Some("Categories of personal data"),
        vec![
            "Id",
            "Category",
            "Kind",
            "Data subjects",
            "Collected from",
            "Source",
            "Published",
        ],
        a.data_categories
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    l::data_kind(&c.kind),
                    l::subjects(a, &c.subjects, "all"),
                    c.collected_from
                        .map(|f| l::collected_from(f).to_string())
                        .unwrap_or_default(),
                    or_empty(&c.source),
                    opt_yes(c.published),
                ]
            })
            .collect(),
        "None recorded.",
    );
}

fn recipients(out: &mut Out, o: &Organisation, a: &Activity) {
    out.heading(4, "Recipients (Art. 30(1)(d))");
    if a.recipients_none {
        out.push(Block::Paragraph(
            "The activity discloses personal data to no one.".into(),
        ));
        if a.recipients.is_empty() {
            return;
        }
    }
    out.table(
        None,
        vec![
            "Recipient",
            "Kind",
            "Country",
            "Org number",
            "Data received",
            "Purpose",
            "Data processing agreement",
        ],
        a.recipients
            .iter()
            .map(
                |u| match o.recipients.iter().find(|r| r.id == u.recipient) {
                    Some(r) => vec![
                        format!("{} [{}]", r.name, r.id),
                        l::recipient_kind(r.kind).into(),
                        or_empty(&r.country),
                        r.org_number.as_ref().map(l::org_number).unwrap_or_default(),
                        l::categories(a, &u.data, "not specified"),
                        or_empty(&u.purpose),
                        if r.kind.is_processor() || r.kind == RecipientKind::JointController {
                            r.dpa_ref.clone().unwrap_or_else(|| NOT_RECORDED.into())
                        } else {
                            or_empty(&r.dpa_ref)
                        },
                    ],
                    None => vec![
                        format!(
                            "{} (recipient not defined on the organisation)",
                            u.recipient
                        ),
                        String::new(),
                        String::new(),
                        String::new(),
                        l::categories(a, &u.data, "not specified"),
                        or_empty(&u.purpose),
                        String::new(),
                    ],
                },
            )
            .collect(),
        "None recorded.",
    );
}

fn transfers(out: &mut Out, o: &Organisation, a: &Activity) {
    out.heading(
        4,
        "Transfers to third countries or international organisations (Art. 30(1)(e))",
    );
    out.table(
        None,
        vec![
            "Id",
            "Destination",
            "Recipients",
            "Mechanisms (Art. 45-49)",
            "Safeguard as written",
            "Documentation",
            "Regular",
        ],
        a.transfers
            .iter()
            .map(|t| {
                vec![
                    t.id.clone(),
                    l::destination(t),
                    t.recipients
                        .iter()
                        .map(|r| l::recipient_ref(o, r))
                        .collect::<Vec<_>>()
                        .join(", "),
                    t.mechanisms
                        .iter()
                        .map(l::mechanism)
                        .collect::<Vec<_>>()
                        .join("\n"),
                    or_empty(&t.safeguard_text),
                    or_empty(&t.documentation),
                    opt_yes(t.regular),
                ]
            })
            .collect(),
        "No transfer recorded.",
    );
}

fn retention(out: &mut Out, a: &Activity) {
    out.heading(4, "Retention (Art. 30(1)(f))");
    out.table(
        None,
        vec![
            "Id",
            "As written",
            "Structured rule",
            "Data categories",
            "Data subjects",
        ],
        a.retention
            .iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    r.text.clone(),
                    l::retention(&r.rule),
                    l::categories(a, &r.categories, "all"),
                    l::subjects(a, &r.subjects, "all"),
                ]
            })
            .collect(),
        "None recorded.",
    );
}

fn security(out: &mut Out, o: &Organisation, a: &Activity) {
    out.heading(4, "Security measures (Art. 30(1)(g))");
    let measures = match (&a.security_measures, &o.security_measures) {
        (Some(m), _) => Some(m.clone()),
        (None, Some(d)) => Some(format!("The organisation's default applies: {d}")),
        (None, None) => None,
    };
    out.push(Block::Fields(vec![
        ("Technical and organisational measures", measures),
        ("Security documentation", a.security_ref.clone()),
    ]));
    out.table(
        Some("Systems (location of the data)"),
        vec!["System", "Id", "Description", "Location"],
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
                    "(system not defined on the organisation)".into(),
                    id.clone(),
                    String::new(),
                    String::new(),
                ],
            })
            .collect(),
        "None recorded.",
    );
}

fn dpia_and_more(out: &mut Out, o: &Organisation, a: &Activity) {
    out.heading(
        4,
        "DPIA, automated decisions, consent and rights (Art. 35, 22, 7, 12-22)",
    );
    let rights = match (&a.data_subject_rights, &o.data_subject_rights) {
        (Some(r), _) => Some(r.clone()),
        (None, Some(_)) => Some("As for the organisation (see above).".into()),
        (None, None) => None,
    };
    out.push(Block::Fields(vec![
        (
            "DPIA required?",
            a.dpia.as_ref().map(|d| l::dpia_required(d.status).into()),
        ),
        (
            "DPIA progress",
            a.dpia.as_ref().map(|d| l::dpia_status(d.status).into()),
        ),
        (
            "DPIA remarks",
            a.dpia.as_ref().and_then(|d| d.reason.clone()),
        ),
        ("Link to DPIA", a.dpia.as_ref().and_then(|d| d.link.clone())),
        (
            "High-risk criteria (WP248)",
            none_if_empty(l::risk_criteria(&a.risk_criteria)),
        ),
        (
            "Automated decisions, including profiling",
            a.automated_decisions.as_ref().map(|d| yes_no(d.present)),
        ),
        (
            "Art. 22(2) ground",
            a.automated_decisions
                .as_ref()
                .and_then(|d| d.ground)
                .map(|g| l::art22(g).into()),
        ),
        (
            "Automated decisions as written",
            a.automated_decisions.as_ref().and_then(|d| d.text.clone()),
        ),
        (
            "How consent is given",
            a.consent.as_ref().and_then(|c| c.how_given.clone()),
        ),
        (
            "Record of consent (Art. 7(1))",
            a.consent.as_ref().and_then(|c| c.record_ref.clone()),
        ),
        (
            "Withdrawal of consent (Art. 7(3))",
            a.consent
                .as_ref()
                .and_then(|c| c.withdrawal_process.clone()),
        ),
        (
            "Statutory or contractual requirement (Art. 13(2)(e))",
            a.provision_requirement.clone(),
        ),
        ("Data subject rights", rights),
    ]));
}
