//! The activity screen: every field, grouped the way Art. 30 reads, with
//! recipients by name and the validator's findings beside their fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{Action, App};
use super::records::{ActRow, OrgRow};
use super::theme::Theme;
use crate::register::load::{ActivityEntry, LoadError, OrgEntry};
use crate::register::model::*;
use crate::text::printable;

/// Draws the detail of activity `act` of organisation `org`; after a jump
/// from a search hit or a finding, first scrolls to the line that shows
/// it. When its file does not parse, draws the problem with it instead;
/// when it is gone, says so.
pub fn draw(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme, org: &str, act: &str) {
    let (o, a) = match app.act_row(org, act) {
        Some((o, ActRow::Act(a))) => (o, a),
        Some((o, ActRow::Broken(e))) => {
            let file = e.path.rsplit('/').next().unwrap_or_default();
            let title = format!(
                " {} › {} — does not parse ",
                printable(&o.org.name),
                printable(file)
            );
            let lines = broken_lines(app, theme, e, area.width);
            return page(f, area, theme, title, lines, app.scroll);
        }
        None => {
            let lines = gone(app, theme, &format!("The activity {org}/{act}"));
            return page(f, area, theme, " Not in the register ".into(), lines, 0);
        }
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
        .wrap(Wrap { trim: false });
    app.scroll = last_page(&para, area, app.scroll);
    f.render_widget(para.scroll((app.scroll, 0)), area);
}

/// The record fields the detail view shows findings under, each in its
/// section.
const SECTIONS: &[&str] = &[
    "on_behalf_of",
    "purposes",
    "legal_bases",
    "data_subjects",
    "data_categories",
    "recipients",
    "transfers",
    "retention",
    "security_measures",
    "dpia",
    "automated_decisions",
    "consent",
];

/// The first segment of a field path: `recipients` of `recipients[0].data`.
fn top_field(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

/// `scroll`, but no further than the row that shows the page's last line at
/// the bottom of `area` (End and PageDown stop there).
fn last_page(para: &Paragraph, area: Rect, scroll: u16) -> u16 {
    let rows = para.line_count(area.width.saturating_sub(2));
    let max = rows.saturating_sub(usize::from(area.height));
    scroll.min(u16::try_from(max).unwrap_or(u16::MAX))
}

/// Draws what stands in for organisation `org`'s activities when it did not
/// load: the problem with its `organisation.ron`, or a note that it is gone.
pub fn draw_org(f: &mut Frame, area: Rect, app: &App, theme: &Theme, org: &str) {
    match app.org_row(org) {
        Some(OrgRow::Broken(e)) => {
            let title = format!(" {} — does not parse ", printable(&e.path));
            page(
                f,
                area,
                theme,
                title,
                broken_lines(app, theme, e, area.width),
                app.scroll,
            );
        }
        _ => {
            let lines = gone(app, theme, &format!("The organisation {org}"));
            page(f, area, theme, " Not in the register ".into(), lines, 0);
        }
    }
}

/// A bordered, wrapped page of `lines` scrolled by `scroll`.
fn page(f: &mut Frame, area: Rect, theme: &Theme, title: String, lines: Vec<Line>, scroll: u16) {
    let para = Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title)
                .border_style(theme.border()),
        )
        .wrap(Wrap { trim: false });
    let scroll = last_page(&para, area, scroll);
    f.render_widget(para.scroll((scroll, 0)), area);
}

/// Lines of text shown around the line where a file stops parsing.
const CONTEXT: usize = 4;

/// The problem with a file that does not parse: where and why, how to
/// repair it, and its text around that place (each line cut to fit
/// `width`, so the line in question always shows).
fn broken_lines(app: &App, theme: &Theme, e: &LoadError, width: u16) -> Vec<Line<'static>> {
    let fits = usize::from(width.saturating_sub(2 + 8)).max(1);
    let cut = |l: &str| {
        let l = printable(l);
        if l.chars().count() <= fits {
            return l;
        }
        let mut s: String = l.chars().take(fits.saturating_sub(1)).collect();
        s.push('…');
        s
    };
    let editor = app.keys.label(Action::ExternalEditor);
    let mut lines = vec![
        Line::from(Span::styled(
            "This file does not parse, so ropa cannot show, check or edit its record.",
            theme.error(),
        )),
        Line::from(Span::styled(
            format!(
                "{}:{}:{}: {}",
                printable(&e.path),
                e.pos.line,
                e.pos.col,
                printable(&e.message)
            ),
            theme.error(),
        )),
        Line::default(),
        Line::from(Span::styled(
            format!(
                "{editor} opens it in your editor at line {}. `git checkout -- {}` puts back \
                 its last committed version.",
                e.pos.line,
                printable(&e.path)
            ),
            theme.label(),
        )),
        Line::default(),
    ];
    let Some(text) = app.broken_text(&e.path) else {
        lines.push(Line::from(Span::styled(
            "(its text cannot be shown)",
            theme.dim(),
        )));
        return lines;
    };
    let at = e.pos.line.max(1);
    let first = at.saturating_sub(CONTEXT).max(1);
    for (n, l) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
        if n < first {
            continue;
        }
        if n > at + CONTEXT {
            break;
        }
        let style = if n == at { theme.error() } else { theme.text() };
        lines.push(Line::from(vec![
            Span::styled(format!("{n:>5} │ "), theme.dim()),
            Span::styled(cut(l), style),
        ]));
        if n == at {
            // Under the character the error is at, as the line is shown:
            // a stand-in (`<U+202E>`) or a wide character before it takes
            // more columns than one.
            let before: String = l.chars().take(e.pos.col.saturating_sub(1)).collect();
            let pad = " ".repeat(UnicodeWidthStr::width(printable(&before).as_str()));
            lines.push(Line::from(vec![
                Span::styled("      │ ".to_string(), theme.dim()),
                Span::styled(format!("{pad}^"), theme.error()),
            ]));
        }
    }
    lines
}

/// A note that the record a screen names is gone.
fn gone(app: &App, theme: &Theme, what: &str) -> Vec<Line<'static>> {
    vec![
        Line::from(Span::styled(
            format!("{} is no longer in the register.", printable(what)),
            theme.warning(),
        )),
        Line::from("It was removed or renamed, here or outside ropa (a git pull, a checkout)."),
        Line::default(),
        Line::from(Span::styled(
            format!("{} goes back", app.keys.label(Action::Back)),
            theme.dim(),
        )),
    ]
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
    // A finding about a not_stated entry is shown with the field the entry
    // names (the gap in the data subjects under "Data subjects").
    let about = |field: &str| -> String {
        let entry = field
            .strip_prefix("not_stated[")
            .and_then(|r| r.split(']').next())
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| a.not_stated.get(i));
        match entry {
            Some(n) if SECTIONS.contains(&top_field(n.field.trim())) => n.field.trim().to_string(),
            _ => field.to_string(),
        }
    };
    let show = |out: &mut Out, prefix: &str| {
        for f in findings.iter().filter(|f| {
            let field = about(&f.field);
            field == prefix
                || field.starts_with(&format!("{prefix}."))
                || field.starts_with(&format!("{prefix}["))
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
            format!("      {}", printable(&format!("{:?}", r.rule))),
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
    // Gaps and stale entries for fields without a section of their own.
    show(&mut out, "not_stated");
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
        format!("File: {}", printable(&entry.file.path)),
        Style::default().add_modifier(Modifier::DIM),
    )));
    out.lines
}
