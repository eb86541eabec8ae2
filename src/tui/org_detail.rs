//! The organisation screen: an organisation's own facts in words (name,
//! role, contact, DPO, representative, joint controllers, recipients,
//! systems, security, rights, sources), numbered by section as the
//! activity screen is, with the validator's findings under their fields.
//! A finding on `organisation.ron` opens here, scrolled to its field.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::app::App;
use super::detail::{Out, show_page};
use super::records::OrgRow;
use super::theme::Theme;
use crate::register::export::labels::Labels;
use crate::register::load::OrgEntry;
use crate::register::validate::Severity;
use crate::text::printable;

/// The field each section key jumps to on this screen: the first field of
/// each numbered section.
pub const SECTION_FIELDS: [&str; 7] = [
    "name",
    "dpo",
    "recipients",
    "systems",
    "security_measures",
    "data_subject_rights",
    "sources",
];

/// Draws organisation `org`'s facts; after a jump from a finding, first
/// scrolls to its field. When its file does not parse, or it is gone, says
/// so as the activities screen does.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme, org: &str) {
    let Some(OrgRow::Org(o)) = app.org_row(org) else {
        super::detail::draw_org(f, area, app, theme, org);
        return;
    };
    let (lines, marks) = lines_marked(app, theme, o);
    let title = format!(" {} ", printable(&o.org.name));
    show_page(f, area, app, theme, &title, lines, &marks);
}

/// The lines of the organisation screen and where each field starts.
pub fn lines_marked(
    app: &App,
    theme: &Theme,
    entry: &OrgEntry,
) -> (Vec<Line<'static>>, super::detail::Marks) {
    let o = &entry.org;
    let mut out = Out {
        lines: Vec::new(),
        theme,
        marks: Vec::new(),
        sections: 0,
    };
    let findings: Vec<_> = app.findings_in(&entry.file.path).cloned().collect();
    // A gap (`not_stated[i]`) is shown with the field it names.
    let about = |field: &str| -> String {
        field
            .strip_prefix("not_stated[")
            .and_then(|r| r.split(']').next())
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| o.not_stated.get(i))
            .map_or_else(|| field.to_string(), |n| n.field.trim().to_string())
    };
    let mut shown = vec![false; findings.len()];
    let mut show = |out: &mut Out, prefixes: &[&str]| {
        for (i, f) in findings.iter().enumerate() {
            let field = about(&f.field);
            let here = prefixes.iter().any(|p| {
                field == *p
                    || field.starts_with(&format!("{p}."))
                    || field.starts_with(&format!("{p}["))
            });
            if here && !shown[i] {
                shown[i] = true;
                out.finding(
                    f.rule,
                    &f.message_in(app.lang),
                    f.severity == Severity::Error,
                );
            }
        }
    };
    let l = Labels::new(app.lang);
    let t = |key: &str| l.t(key);
    let not_recorded = t("doc-not-recorded");

    out.mark("name");
    out.heading(&t("doc-identity"));
    out.field(&t("doc-name"), &o.name);
    out.mark("id");
    out.field(&t("doc-organisation-id"), &o.id);
    out.mark("role");
    out.field(&t("doc-role"), &l.org_role(o.role));
    out.mark("kind");
    out.field(&t("doc-kind"), &l.org_kind(o.kind));
    out.mark("country");
    out.field(&t("doc-country"), &l.country(&o.country));
    out.mark("org_number");
    if let Some(n) = &o.org_number {
        out.field(&t("doc-org-number"), &l.org_number(n));
    }
    out.mark("address");
    out.opt(&t("doc-address"), &o.address);
    out.mark("email");
    out.opt(&t("doc-email"), &o.email);
    out.mark("phone");
    out.opt(&t("doc-phone"), &o.phone);
    out.mark("website");
    out.opt(&t("doc-website"), &o.website);
    out.mark("art3_2_applies");
    out.field(&t("doc-art3-2"), &l.yes_no(o.art3_2_applies));
    out.mark("art27_2_exemption");
    out.opt(&t("doc-art27-2"), &o.art27_2_exemption);
    show(
        &mut out,
        &[
            "name",
            "id",
            "role",
            "kind",
            "country",
            "org_number",
            "address",
            "email",
            "phone",
            "website",
            "art3_2_applies",
            "art27_2_exemption",
        ],
    );

    out.mark("dpo");
    out.heading(&t("doc-dpo-section"));
    // The DPO's contact, and whether one is formally designated, each on
    // its own line (not "DPO: Designated DPO: …").
    match &o.dpo {
        Some(d) => {
            let contact = l.contact(&d.contact);
            out.field(
                &t("doc-dpo"),
                if contact.is_empty() {
                    &not_recorded
                } else {
                    &contact
                },
            );
            out.field(&t("doc-designated"), &l.yes_no(d.designated));
        }
        None => out.field(&t("doc-dpo"), &not_recorded),
    }
    show(&mut out, &["dpo"]);
    out.mark("representative");
    out.field(
        &t("doc-representative"),
        &o.representative
            .as_ref()
            .map_or_else(|| not_recorded.clone(), |c| l.contact(c)),
    );
    show(&mut out, &["representative"]);
    out.mark("contacts");
    if !o.contacts.is_empty() {
        out.field(&t("doc-other-contacts"), "");
    }
    for (i, c) in o.contacts.iter().enumerate() {
        out.mark(format!("contacts[{i}]"));
        out.item(l.contact(c));
    }
    show(&mut out, &["contacts"]);
    out.mark("joint_controllers");
    if !o.joint_controllers.is_empty() {
        out.field(&t("doc-joint-controllers"), "");
    }
    for (i, j) in o.joint_controllers.iter().enumerate() {
        out.mark(format!("joint_controllers[{i}]"));
        out.item(l.joint_controller(j, &app.orgs_named(&j.organisation)));
    }
    show(&mut out, &["joint_controllers"]);

    out.mark("recipients");
    out.heading(&t("doc-recipients-section"));
    if o.recipients.is_empty() {
        out.item(t("doc-none-recorded"));
    }
    for (i, r) in o.recipients.iter().enumerate() {
        out.mark(format!("recipients[{i}]"));
        out.item(l.recipient(r, o));
        show(&mut out, &[&format!("recipients[{i}]")]);
    }
    show(&mut out, &["recipients"]);

    out.mark("systems");
    out.heading(&t("doc-systems"));
    if o.systems.is_empty() {
        out.item(t("doc-none-recorded"));
    }
    for (i, s) in o.systems.iter().enumerate() {
        out.mark(format!("systems[{i}]"));
        out.item(l.system(s));
    }
    show(&mut out, &["systems"]);

    out.mark("security_measures");
    out.heading(&t("doc-security-default"));
    out.field(
        &t("doc-toms"),
        o.security_measures.as_deref().unwrap_or(&not_recorded),
    );
    out.mark("security_ref");
    out.opt(&t("doc-security-doc"), &o.security_ref);
    show(&mut out, &["security_measures", "security_ref"]);

    out.mark("data_subject_rights");
    out.heading(&t("doc-rights-section"));
    out.field(
        &t("doc-rights-section"),
        o.data_subject_rights.as_deref().unwrap_or(&not_recorded),
    );
    show(&mut out, &["data_subject_rights"]);

    out.mark("sources");
    out.heading(&t("doc-sources"));
    if o.sources.is_empty() {
        out.item(t("doc-none-recorded"));
    }
    for (i, s) in o.sources.iter().enumerate() {
        out.mark(format!("sources[{i}]"));
        out.item(s.clone());
    }
    show(&mut out, &["sources"]);
    out.mark("review_interval_months");
    if let Some(m) = o.review_interval_months {
        out.field(&t("form-review-interval-months"), &m.to_string());
    }
    show(&mut out, &["review_interval_months"]);
    out.mark("notes");
    out.opt(&t("doc-notes-org"), &o.notes);
    out.mark("not_stated");
    for n in &o.not_stated {
        let note = n
            .note
            .as_deref()
            .map_or_else(String::new, |x| format!(" — {x}"));
        out.item(format!("{}: {}{note}", t("doc-not-stated-org"), n.field));
    }
    out.acknowledgements(app, &o.acknowledgements);
    // Whatever finding has not found its field yet (a rule about the
    // whole file) is shown last, never dropped.
    let rest: Vec<usize> = (0..findings.len()).filter(|i| !shown[*i]).collect();
    for i in rest {
        let f = &findings[i];
        out.finding(
            f.rule,
            &f.message_in(app.lang),
            f.severity == Severity::Error,
        );
    }
    out.close(app, &entry.file.path, &o.not_stated)
}
