//! The activity screen: every field, grouped the way Art. 30 reads, with
//! recipients by name and the validator's findings beside their fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::app::App;
use super::theme::Theme;
use crate::register::load::{ActivityEntry, OrgEntry};
use crate::register::model::*;
use crate::text::printable;

/// Draws the detail of one activity; after a jump from a search hit or a
/// finding, first scrolls to the line that shows it.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme, org: usize, act: usize) {
    let Some((o, a)) = app.activity(org, act) else {
        return;
    };
    let lines = lines(app, theme, o, a);
    let title = format!(
        " {} › {} ",
        printable(&o.org.name),
        printable(&a.activity.name)
    );
    if app.scroll_to_focus {
        app.scroll_to_focus = false;
        let width = usize::from(area.width.saturating_sub(2)).max(1);
        if let Some(row) = app
            .focus_text
            .as_deref()
            .and_then(|t| row_showing(&lines, t, width))
        {
            app.scroll = u16::try_from(row.saturating_sub(2)).unwrap_or(u16::MAX);
        }
    }
    let para = Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title)
                .border_style(theme.border()),
        )
        .wrap(Wrap { trim: false })
        .scroll((app.scroll, 0));
    f.render_widget(para, area);
}

/// The first screen row (after wrapping to `width`) whose line shows the
/// start of `text`.
fn row_showing(lines: &[Line], text: &str, width: usize) -> Option<usize> {
    let first = printable(text.lines().next().unwrap_or_default());
    let needle: String = first.chars().take(30).collect();
    if needle.trim().is_empty() {
        return None;
    }
    let mut row = 0;
    for line in lines {
        let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        if shown.contains(&needle) {
            return Some(row);
        }
        row += line.width().div_ceil(width).max(1);
    }
    None
}

struct Out<'t> {
    lines: Vec<Line<'static>>,
    theme: &'t Theme,
}

impl Out<'_> {
    fn heading(&mut self, s: &str) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        self.lines.push(Line::from(Span::styled(
            s.to_string(),
            self.theme.heading(),
        )));
    }

    /// A labelled value; line breaks in register text start new lines.
    fn field(&mut self, label: &str, value: &str) {
        let mut parts = value.split('\n');
        self.lines.push(Line::from(vec![
            Span::styled(format!("{label}: "), self.theme.label()),
            Span::raw(printable(parts.next().unwrap_or_default())),
        ]));
        for p in parts {
            self.lines.push(Line::from(printable(p)));
        }
    }

    fn opt(&mut self, label: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.field(label, v);
        }
    }

    fn item(&mut self, s: String) {
        self.lines
            .push(Line::from(format!("  • {}", printable(&s))));
    }

    fn finding(&mut self, rule: &str, message: &str, error: bool) {
        let style = if error {
            self.theme.error()
        } else {
            self.theme.warning()
        };
        self.lines.push(Line::from(Span::styled(
            format!("    ▲ {rule}: {}", printable(message)),
            style,
        )));
    }
}

fn recipient_name(o: &OrgEntry, id: &str) -> String {
    o.org
        .recipients
        .iter()
        .find(|r| r.id == id)
        .map_or_else(|| format!("{id} (undefined)"), |r| r.name.clone())
}

/// The lines of the detail view (also used to find a field's line).
pub fn lines(app: &App, theme: &Theme, o: &OrgEntry, entry: &ActivityEntry) -> Vec<Line<'static>> {
    let a = &entry.activity;
    let mut out = Out {
        lines: Vec::new(),
        theme,
    };
    let findings: Vec<_> = app.findings_in(&entry.file.path).cloned().collect();
    let show = |out: &mut Out, prefix: &str| {
        for f in findings.iter().filter(|f| {
            f.field == prefix
                || f.field.starts_with(&format!("{prefix}."))
                || f.field.starts_with(&format!("{prefix}["))
        }) {
            out.finding(
                f.rule,
                &f.message,
                f.severity == crate::register::validate::Severity::Error,
            );
        }
    };

    out.heading("Controller (Art. 30(1)(a))");
    out.field("Organisation", &o.org.name);
    out.field("Role in this activity", &format!("{:?}", a.role));
    if let Some(e) = &o.org.email {
        out.field("Contact", e);
    }
    if let Some(d) = &o.org.dpo {
        out.opt("DPO", &d.contact.email.clone().or(d.contact.phone.clone()));
    }
    for c in &a.on_behalf_of {
        out.item(format!(
            "on behalf of {} — {}",
            c.name
                .clone()
                .or(c.organisation.clone())
                .unwrap_or_default(),
            c.processing.join("; ")
        ));
    }
    show(&mut out, "on_behalf_of");

    out.heading("Purposes and legal bases (Art. 30(1)(b), 6, 9, 10)");
    out.opt("Description", &a.description);
    for p in &a.purposes {
        out.item(format!("[{}] {}", p.id, p.text));
    }
    show(&mut out, "purposes");
    for b in &a.legal_bases {
        let letter = b.article6.map_or("no Art. 6(1) letter".to_string(), |l| {
            format!("Art. 6(1)({})", format!("{l:?}").to_lowercase())
        });
        let mut s = letter;
        for part in [&b.law_ref, &b.national_provision, &b.legitimate_interest]
            .into_iter()
            .flatten()
        {
            s.push_str(" — ");
            s.push_str(part);
        }
        if !b.purposes.is_empty() {
            s.push_str(&format!(" (for {})", b.purposes.join(", ")));
        }
        out.item(s);
        if let Some(t) = &b.text {
            out.lines.push(Line::from(Span::styled(
                format!("      “{}”", printable(t)),
                theme.dim(),
            )));
        }
    }
    show(&mut out, "legal_bases");
    for c in &a.special_conditions {
        out.item(format!(
            "Art. 9(2)({}) {}",
            c.article9
                .map_or("?".into(), |l| format!("{l:?}").to_lowercase()),
            c.national_provision
                .clone()
                .or(c.text.clone())
                .unwrap_or_default()
        ));
    }
    if let Some(c) = &a.criminal_basis {
        out.item(format!(
            "Art. 10: {}",
            c.national_provision
                .clone()
                .or(c.text.clone())
                .unwrap_or_default()
        ));
    }
    for n in &a.national_id_bases {
        out.item(format!("{:?}: {}", n.scheme, n.provision));
    }

    out.heading("Data subjects and personal data (Art. 30(1)(c))");
    for s in &a.data_subjects {
        out.item(format!(
            "{}{}",
            s.name,
            if s.vulnerable { " (vulnerable)" } else { "" }
        ));
    }
    show(&mut out, "data_subjects");
    for c in &a.data_categories {
        let kind = match &c.kind {
            DataKind::Ordinary => String::new(),
            DataKind::Special(k) => format!(" [special: {k:?}]"),
            DataKind::NationalId(s) => format!(" [national id: {s:?}]"),
            DataKind::Criminal => " [criminal]".into(),
        };
        let src = c
            .source
            .as_ref()
            .map(|s| format!(" — from {s}"))
            .unwrap_or_default();
        out.item(format!("{}{kind}{src}", c.name));
    }
    show(&mut out, "data_categories");

    out.heading("Recipients (Art. 30(1)(d))");
    if a.recipients_none {
        out.item("none".into());
    }
    for r in &a.recipients {
        let why = r
            .purpose
            .as_ref()
            .map(|p| format!(" — {p}"))
            .unwrap_or_default();
        out.item(format!("{}{why}", recipient_name(o, &r.recipient)));
    }
    show(&mut out, "recipients");

    out.heading("Transfers to third countries (Art. 30(1)(e))");
    if a.transfers.is_empty() {
        out.item("none declared".into());
    }
    for t in &a.transfers {
        let dest = t
            .country
            .clone()
            .or(t.international_organisation.clone())
            .or(t.destination_text.clone())
            .unwrap_or_else(|| "?".into());
        out.item(format!("{dest}: {:?}", t.mechanisms));
        if let Some(s) = &t.safeguard_text {
            out.lines.push(Line::from(Span::styled(
                format!("      “{}”", printable(s)),
                theme.dim(),
            )));
        }
    }
    show(&mut out, "transfers");

    out.heading("Retention (Art. 30(1)(f))");
    for r in &a.retention {
        out.item(r.text.clone());
        out.lines.push(Line::from(Span::styled(
            format!("      {:?}", r.rule),
            theme.dim(),
        )));
    }
    show(&mut out, "retention");

    out.heading("Security (Art. 30(1)(g))");
    match (&a.security_measures, &o.org.security_measures) {
        (Some(s), _) => out.field("Measures", s),
        (None, Some(s)) => out.field("Measures (organisation)", s),
        _ => out.item("not described".into()),
    }
    out.opt("Reference", &a.security_ref);
    show(&mut out, "security_measures");

    out.heading("DPIA, automated decisions, consent");
    match &a.dpia {
        Some(d) => out.field(
            "DPIA",
            &format!("{:?} {}", d.status, d.reason.clone().unwrap_or_default()),
        ),
        None => out.field("DPIA", "not recorded"),
    }
    show(&mut out, "dpia");
    match &a.automated_decisions {
        Some(d) => out.field(
            "Automated decisions",
            &d.text
                .clone()
                .unwrap_or_else(|| if d.present { "yes".into() } else { "no".into() }),
        ),
        None => out.field("Automated decisions", "not recorded"),
    }
    show(&mut out, "automated_decisions");
    if let Some(c) = &a.consent {
        out.opt("Consent given", &c.how_given);
        out.opt("Withdrawal", &c.withdrawal_process);
    }
    show(&mut out, "consent");

    out.heading("Status and review");
    out.field("Status", &format!("{:?}", a.status));
    out.opt("Owner", &a.owner);
    out.opt("Last reviewed", &a.last_reviewed);
    out.opt("Notes", &a.notes);
    for ack in &a.acknowledgements {
        out.lines.push(Line::from(Span::styled(
            format!(
                "  ✓ {} acknowledged until {}: {}",
                ack.rule,
                ack.expires,
                printable(&ack.reason)
            ),
            theme.dim().add_modifier(Modifier::ITALIC),
        )));
    }
    out.lines.push(Line::from(Span::styled(
        format!("File: {}", entry.file.path),
        Style::default().add_modifier(Modifier::DIM),
    )));
    out.lines
}
