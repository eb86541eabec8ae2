//! The activity screen: every field, grouped the way Art. 30 reads, with
//! recipients by name and the validator's findings beside their fields.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{Action, App};
use super::records::{ActRow, OrgRow};
use super::theme::Theme;
use crate::register::export::labels::Labels;
use crate::register::lang::tr_args;
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
                &f.message_in(app.lang),
                f.severity == crate::register::validate::Severity::Error,
            );
        }
    };

    let l = Labels::new(app.lang);
    let t = |key: &str| l.t(key);
    let orgs: Vec<&Organisation> = app.organisations().iter().map(|o| &o.org).collect();

    out.heading(&t("doc-identity"));
    out.field(&t("doc-organisation"), &o.org.name);
    out.field(&t("doc-role-in-activity"), &l.activity_role(a.role));
    if let Some(e) = &o.org.email {
        out.field(&t("doc-contact"), e);
    }
    if let Some(d) = &o.org.dpo {
        out.opt(
            &t("field-dpo"),
            &d.contact.email.clone().or(d.contact.phone.clone()),
        );
    }
    for c in &a.on_behalf_of {
        out.item(format!(
            "{}: {}",
            t("doc-controller"),
            l.controller_served(c, &orgs)
        ));
    }
    show(&mut out, "on_behalf_of");

    out.heading(&t("doc-purposes-section"));
    out.opt(&t("doc-description"), &a.description);
    for p in &a.purposes {
        out.item(l.purpose(p));
    }
    show(&mut out, "purposes");
    for b in &a.legal_bases {
        let mut s = l.art6(b.article6);
        for part in [&b.law_ref, &b.national_provision, &b.legitimate_interest]
            .into_iter()
            .flatten()
        {
            s.push_str(" — ");
            s.push_str(part);
        }
        if !b.purposes.is_empty() {
            s.push_str(&format!(
                " ({}: {})",
                t("field-purposes"),
                b.purposes.join(", ")
            ));
        }
        out.item(s);
        if let Some(text) = &b.text {
            out.lines.push(Line::from(Span::styled(
                format!("      “{}”", printable(text)),
                theme.dim(),
            )));
        }
    }
    show(&mut out, "legal_bases");
    for c in &a.special_conditions {
        out.item(l.special_condition(c, a));
    }
    if let Some(c) = &a.criminal_basis {
        out.item(format!("{}: {}", t("doc-criminal"), l.criminal_basis(c)));
    }
    for n in &a.national_id_bases {
        out.item(l.national_id_basis(n));
    }

    out.heading(&t("doc-subjects-section"));
    for s in &a.data_subjects {
        if s.vulnerable {
            out.item(format!("{} ({})", s.name, t("vulnerable")));
        } else {
            out.item(s.name.clone());
        }
    }
    show(&mut out, "data_subjects");
    for c in &a.data_categories {
        // Where the data come from: the kind of source, and the source as
        // named ("from a third party (virksomhederne)").
        let from = match (c.collected_from.map(|f| l.collected_from(f)), &c.source) {
            (Some(f), Some(s)) => Some(format!("{f} ({s})")),
            (Some(f), None) => Some(f),
            (None, Some(s)) => Some(s.clone()),
            (None, None) => None,
        };
        let src = from
            .map(|f| format!(" — {}", l.t1("collected-from", "what", f)))
            .unwrap_or_default();
        // Ordinary data go without a label: only the kinds that need a
        // basis of their own (Art. 9, 10, 87) are marked.
        let kind = match c.kind {
            DataKind::Ordinary => String::new(),
            ref k => format!(" [{}]", l.data_kind(k)),
        };
        out.item(format!("{}{kind}{src}", c.name));
    }
    show(&mut out, "data_categories");

    out.heading(&t("doc-recipients-heading"));
    if a.recipients_none {
        out.item(t("doc-no-recipients"));
    }
    for r in &a.recipients {
        out.item(l.recipient_use(r, &o.org, a));
    }
    show(&mut out, "recipients");

    out.heading(&t("doc-transfers"));
    if a.transfers.is_empty() {
        out.item(t("doc-no-transfer"));
    }
    for tr in &a.transfers {
        out.item(format!(
            "{}: {}",
            l.transfer_destination(tr, &o.org),
            l.mechanisms(tr)
        ));
        if let Some(s) = &tr.safeguard_text {
            out.lines.push(Line::from(Span::styled(
                format!("      “{}”", printable(s)),
                theme.dim(),
            )));
        }
    }
    show(&mut out, "transfers");

    out.heading(&t("doc-retention"));
    for r in &a.retention {
        out.item(r.text.clone());
        out.lines.push(Line::from(Span::styled(
            format!("      {}", printable(&l.retention(&r.rule))),
            theme.dim(),
        )));
    }
    show(&mut out, "retention");

    out.heading(&t("doc-security"));
    match (&a.security_measures, &o.org.security_measures) {
        (Some(s), _) => out.field(&t("doc-toms"), s),
        (None, Some(s)) => out.field(&t("doc-toms"), &l.t1("doc-org-default", "text", s)),
        _ => out.field(&t("doc-toms"), &t("doc-not-recorded")),
    }
    out.opt(&t("doc-security-doc"), &a.security_ref);
    show(&mut out, "security_measures");

    out.heading(&t("doc-dpia-section"));
    match &a.dpia {
        Some(d) => out.field(&t("doc-dpia-progress"), &l.dpia(d)),
        None => out.field(&t("doc-dpia-progress"), &t("doc-not-recorded")),
    }
    show(&mut out, "dpia");
    match &a.automated_decisions {
        Some(d) => out.field(&t("doc-automated"), &l.automated(d)),
        None => out.field(&t("doc-automated"), &t("doc-not-recorded")),
    }
    show(&mut out, "automated_decisions");
    if let Some(c) = &a.consent {
        out.opt(&t("doc-consent-how"), &c.how_given);
        out.opt(&t("doc-consent-withdrawal"), &c.withdrawal_process);
    }
    show(&mut out, "consent");

    out.heading(&t("doc-status-section"));
    out.field(&t("doc-status"), &l.status(a.status));
    out.opt(&t("doc-owner"), &a.owner);
    out.opt(&t("doc-last-reviewed"), &a.last_reviewed);
    out.opt(&t("doc-notes"), &a.notes);
    // Gaps and stale entries for fields without a section of their own.
    show(&mut out, "not_stated");
    for ack in &a.acknowledgements {
        out.lines.push(Line::from(Span::styled(
            format!(
                "  ✓ {}",
                printable(&tr_args(
                    app.lang,
                    "tui-ack-until",
                    &[
                        ("rule", ack.rule.as_str().into()),
                        ("date", ack.expires.as_str().into()),
                        ("reason", ack.reason.as_str().into()),
                    ],
                ))
            ),
            theme.dim().add_modifier(Modifier::ITALIC),
        )));
    }
    out.lines.push(Line::from(Span::styled(
        format!("{}: {}", t("tui-file"), printable(&entry.file.path)),
        theme.dim(),
    )));
    out.lines
}
