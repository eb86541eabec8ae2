//! CSV export: one row per activity of every organisation, columns in the
//! order of the ICO controller documentation template (organisation columns,
//! the record of processing, then the lawful-basis sheet), RFC 4180 quoting.
//!
//! An organisation without any activity still gets one row, with the
//! activity columns empty, so that its own fields are in the file.
//!
//! Records end with `\n`; a line break inside a cell is `\n` too (a `\r` in
//! register text is folded into it). Multi-valued cells have one value per
//! line. A cell that would start with `=`, `+`, `-`, `@` or a tab gets a
//! leading `'`, so a spreadsheet opening the file never runs register text
//! as a formula.

use super::labels as l;
use crate::register::load::{ActivityEntry, OrgEntry, Register};
use crate::register::model::{Activity, ActivityRole, Organisation, RecipientKind, Status};

/// The header row, in column order.
pub const HEADERS: [&str; 44] = [
    "Organisation",
    "Organisation id",
    "Role",
    "Country",
    "Org number",
    "Address",
    "Contact e-mail",
    "Contact phone",
    "DPO",
    "Representative",
    "Joint controllers",
    "Activity id",
    "Activity name",
    "Activity name (English)",
    "Status",
    "Purpose of processing",
    "Name and contact details of joint controller",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are \
     transferred to",
    "Safeguards for exceptional transfers of personal data to third countries or \
     international organisations",
    "Retention schedule",
    "General description of technical and organisational security measures",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category data",
    "Legitimate interests for the processing",
    "Criminal offence data condition",
    "National identification number basis",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling",
    "Source of personal data",
    "Link to record of consent",
    "Location of personal data",
    "Data Protection Impact Assessment required?",
    "DPIA progress",
    "Link to DPIA",
    "Controllers served",
    "Owner",
    "Last reviewed",
    "Not stated in the source",
    "Acknowledged findings",
    "Notes",
];

/// Quotes one field per RFC 4180 and neutralises formula prefixes.
pub(crate) fn field(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let s = if s.starts_with(['=', '+', '-', '@', '\t']) {
        format!("'{s}")
    } else {
        s
    };
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn push_record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let line: Vec<String> = cells.iter().map(|c| field(c.as_ref())).collect();
    out.push_str(&line.join(","));
    out.push('\n');
}

fn lines<I: IntoIterator<Item = String>>(it: I) -> String {
    it.into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn opt(o: &Option<String>) -> String {
    o.clone().unwrap_or_default()
}

/// Renders the CSV: the header row, then one row per activity.
pub fn render(reg: &Register) -> String {
    let orgs: Vec<&Organisation> = reg.organisations.iter().map(|e| &e.org).collect();
    let mut out = String::new();
    push_record(&mut out, &HEADERS);
    for entry in &reg.organisations {
        if entry.activities.is_empty() {
            push_record(&mut out, &row(entry, None, orgs.as_slice()));
        }
        for act in &entry.activities {
            push_record(&mut out, &row(entry, Some(act), orgs.as_slice()));
        }
    }
    out
}

/// A record with nothing in it, standing in for the activity of an
/// organisation that has none.
fn no_activity() -> Activity {
    Activity {
        id: String::new(),
        name: String::new(),
        name_en: None,
        role: ActivityRole::Controller,
        status: Status::Draft,
        owner: None,
        last_reviewed: None,
        description: None,
        on_behalf_of: Vec::new(),
        purposes: Vec::new(),
        legal_bases: Vec::new(),
        special_conditions: Vec::new(),
        criminal_basis: None,
        national_id_bases: Vec::new(),
        data_subjects: Vec::new(),
        data_categories: Vec::new(),
        recipients: Vec::new(),
        recipients_none: false,
        transfers: Vec::new(),
        retention: Vec::new(),
        systems: Vec::new(),
        security_measures: None,
        security_ref: None,
        automated_decisions: None,
        dpia: None,
        risk_criteria: Vec::new(),
        consent: None,
        provision_requirement: None,
        data_subject_rights: None,
        not_stated: Vec::new(),
        acknowledgements: Vec::new(),
        notes: None,
    }
}

fn row(entry: &OrgEntry, act_entry: Option<&ActivityEntry>, orgs: &[&Organisation]) -> Vec<String> {
    let o = &entry.org;
    let placeholder;
    let a = match act_entry {
        Some(e) => &e.activity,
        None => {
            placeholder = no_activity();
            &placeholder
        }
    };

    let contact_email = lines(
        [
            opt(&o.email),
            o.website
                .as_ref()
                .map(|w| format!("Website: {w}"))
                .unwrap_or_default(),
        ]
        .into_iter()
        .chain(
            o.contacts
                .iter()
                .map(|c| format!("Other contact: {}", l::contact(c))),
        ),
    );
    let representative = lines([
        o.representative
            .as_ref()
            .map(l::contact)
            .unwrap_or_default(),
        if o.art3_2_applies {
            "Art. 3(2) applies (established outside the EEA)".into()
        } else {
            String::new()
        },
        o.art27_2_exemption
            .as_ref()
            .map(|e| format!("Art. 27(2) exemption: {e}"))
            .unwrap_or_default(),
    ]);
    let purpose = lines(
        a.description
            .iter()
            .map(|d| format!("Description: {d}"))
            .chain(a.purposes.iter().map(l::purpose)),
    );
    let joint_contact = if a.role == ActivityRole::JointController {
        lines(
            o.joint_controllers
                .iter()
                .map(|j| l::joint_controller_contact(j, orgs)),
        )
    } else {
        String::new()
    };
    let recipients = lines(
        a.recipients_none
            .then(|| "None: the activity discloses personal data to no one".to_string())
            .into_iter()
            .chain(a.recipients.iter().map(|u| l::recipient_use(u, o, a))),
    );
    let contracts = lines(a.recipients.iter().filter_map(|u| {
        let r = o.recipients.iter().find(|r| r.id == u.recipient)?;
        if r.kind.is_processor() || r.kind == RecipientKind::JointController || r.dpa_ref.is_some()
        {
            Some(format!(
                "{}: {}",
                r.name,
                r.dpa_ref.as_deref().unwrap_or("no agreement recorded")
            ))
        } else {
            None
        }
    }));
    let security = lines([
        match (&a.security_measures, &o.security_measures) {
            (Some(m), _) => m.clone(),
            (None, Some(d)) => format!("Organisation default: {d}"),
            (None, None) => String::new(),
        },
        a.security_ref
            .as_ref()
            .map(|r| format!("Security documentation: {r}"))
            .unwrap_or_default(),
        o.security_ref
            .as_ref()
            .map(|r| format!("Organisation security documentation: {r}"))
            .unwrap_or_default(),
        if a.security_measures.is_some() {
            o.security_measures
                .as_ref()
                .map(|d| format!("Organisation default: {d}"))
                .unwrap_or_default()
        } else {
            String::new()
        },
    ]);
    let rights = lines([
        opt(&a.data_subject_rights),
        o.data_subject_rights
            .as_ref()
            .map(|r| {
                if a.data_subject_rights.is_some() {
                    format!("Organisation: {r}")
                } else {
                    r.clone()
                }
            })
            .unwrap_or_default(),
    ]);
    let sources = lines(
        a.data_categories.iter().filter_map(l::data_source).chain(
            a.provision_requirement
                .iter()
                .map(|p| format!("Statutory or contractual requirement: {p}")),
        ),
    );
    let consent = a.consent.as_ref().map(l::consent).unwrap_or_default();
    let dpia_required = lines([
        a.dpia
            .as_ref()
            .map(|d| l::dpia_required(d.status).to_string())
            .unwrap_or_default(),
        if a.risk_criteria.is_empty() {
            String::new()
        } else {
            format!("WP248 criteria: {}", l::risk_criteria(&a.risk_criteria))
        },
    ]);
    let not_stated = lines(
        a.not_stated.iter().map(l::not_stated_entry).chain(
            o.not_stated
                .iter()
                .map(|n| format!("Organisation: {}", l::not_stated_entry(n))),
        ),
    );
    let acks = lines(
        a.acknowledgements.iter().map(l::acknowledgement).chain(
            o.acknowledgements
                .iter()
                .map(|k| format!("Organisation: {}", l::acknowledgement(k))),
        ),
    );
    let used: Vec<&str> = a
        .recipients
        .iter()
        .map(|u| u.recipient.as_str())
        .chain(
            a.transfers
                .iter()
                .flat_map(|t| t.recipients.iter().map(String::as_str)),
        )
        .collect();
    let other_recipients: Vec<String> = o
        .recipients
        .iter()
        .filter(|r| !used.contains(&r.id.as_str()))
        .map(|r| l::recipient(r, o))
        .collect();
    let other_systems: Vec<String> = o
        .systems
        .iter()
        .filter(|s| !a.systems.contains(&s.id))
        .map(l::system)
        .collect();
    let mut notes = vec![opt(&a.notes)];
    if let Some(n) = &o.notes {
        notes.push(format!("Organisation notes: {n}"));
    }
    if !o.sources.is_empty() {
        notes.push(format!("Organisation sources: {}", o.sources.join("; ")));
    }
    if !other_recipients.is_empty() {
        notes.push(format!(
            "Other recipients defined by the organisation: {}",
            other_recipients.join(" | ")
        ));
    }
    if !other_systems.is_empty() {
        notes.push(format!(
            "Other systems of the organisation: {}",
            other_systems.join(" | ")
        ));
    }
    match act_entry {
        Some(e) => notes.push(format!(
            "Record files: {}, {}",
            entry.file.path, e.file.path
        )),
        None => {
            notes.insert(
                0,
                "No processing activity is recorded for this organisation.".into(),
            );
            notes.push(format!("Record file: {}", entry.file.path));
        }
    }

    vec![
        o.name.clone(),
        o.id.clone(),
        match act_entry {
            Some(_) => l::role_summary(o, a),
            None => format!("{}{}{}", l::org_role(o.role), l::DASH, l::org_kind(o.kind)),
        },
        o.country.clone(),
        o.org_number.as_ref().map(l::org_number).unwrap_or_default(),
        opt(&o.address),
        contact_email,
        opt(&o.phone),
        o.dpo.as_ref().map(l::dpo).unwrap_or_default(),
        representative,
        lines(
            o.joint_controllers
                .iter()
                .map(|j| l::joint_controller(j, orgs)),
        ),
        a.id.clone(),
        a.name.clone(),
        opt(&a.name_en),
        match act_entry {
            Some(_) => l::status(a.status).into(),
            None => String::new(),
        },
        purpose,
        joint_contact,
        lines(a.data_subjects.iter().map(l::data_subject)),
        lines(a.data_categories.iter().map(|c| l::data_category(c, a))),
        recipients,
        contracts,
        lines(a.transfers.iter().map(|t| l::transfer_destination(t, o))),
        lines(a.transfers.iter().map(l::transfer_safeguards)),
        lines(a.retention.iter().map(|r| l::retention_rule(r, a))),
        security,
        lines(a.legal_bases.iter().map(l::legal_basis)),
        lines(
            a.special_conditions
                .iter()
                .map(|c| l::special_condition(c, a)),
        ),
        lines(a.legal_bases.iter().filter_map(|b| {
            b.legitimate_interest
                .as_ref()
                .map(|i| format!("{}: {i}", l::art6_ref(b.article6)))
        })),
        a.criminal_basis
            .as_ref()
            .map(l::criminal_basis)
            .unwrap_or_default(),
        lines(a.national_id_bases.iter().map(l::national_id_basis)),
        rights,
        a.automated_decisions
            .as_ref()
            .map(l::automated)
            .unwrap_or_default(),
        sources,
        consent,
        lines(a.systems.iter().map(|s| l::system_ref(o, s))),
        dpia_required,
        a.dpia.as_ref().map(l::dpia).unwrap_or_default(),
        a.dpia
            .as_ref()
            .and_then(|d| d.link.clone())
            .unwrap_or_default(),
        lines(a.on_behalf_of.iter().map(|c| l::controller_served(c, orgs))),
        opt(&a.owner),
        opt(&a.last_reviewed),
        not_stated,
        acks,
        lines(notes),
    ]
}
