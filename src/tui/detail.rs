//! The activity screen: every field, grouped the way Art. 30 reads, with
//! recipients by name and the validator's findings beside their fields.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{Action, App};
use super::records::{ActRow, OrgRow};
use super::theme::Theme;
use crate::register::export::labels::Labels;
use crate::register::lang::{tr, tr_args};
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
                " {} › {} — {} ",
                printable(&o.org.name),
                printable(file),
                tr(app.lang, "tui-detail-does-not-parse")
            );
            let lines = broken_lines(app, theme, e, area.width);
            app.scroll = page(f, area, theme, title, lines, app.scroll);
            return;
        }
        None => {
            let what = tr_args(
                app.lang,
                "tui-detail-gone-activity",
                &[("id", format!("{org}/{act}").into())],
            );
            let lines = gone(app, theme, &what);
            let title = format!(" {} ", tr(app.lang, "tui-detail-not-in-register"));
            page(f, area, theme, title, lines, 0);
            return;
        }
    };
    let (lines, marks) = lines_marked(app, theme, o, a);
    let title = format!(
        " {} › {} ",
        printable(&o.org.name),
        printable(&a.activity.name)
    );
    show_page(f, area, app, theme, &title, lines, &marks);
}

/// Draws a record's page: after a jump (a finding, a search hit, a section
/// key), first scrolls to the line that shows the focused field and its
/// text; End and PageDown stop at the last page.
pub(super) fn show_page(
    f: &mut Frame,
    area: Rect,
    app: &mut App,
    theme: &Theme,
    title: &str,
    lines: Vec<Line<'static>>,
    marks: &Marks,
) {
    if app.scroll_to_focus {
        app.scroll_to_focus = false;
        let width = usize::from(area.width.saturating_sub(2)).max(1);
        let height = usize::from(area.height.saturating_sub(2)).max(1);
        let field = app
            .focus_field
            .as_deref()
            .and_then(|p| field_line(marks, p))
            .map(|i| rows_before(&lines, i, width));
        let text = app
            .focus_text
            .as_deref()
            .and_then(|t| line_showing(&lines, t))
            .map(|i| rows_before(&lines, i, width));
        if let Some(row) = focus_scroll(field, text, height) {
            app.scroll = u16::try_from(row).unwrap_or(u16::MAX);
        }
    }
    let para = Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title_fit(title, area.width))
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

/// The field each number key jumps to in the detail view: the first field
/// of the page's sections, which are numbered in that order.
pub const SECTION_FIELDS: [&str; 9] = [
    "name",
    "description",
    "data_subjects",
    "recipients",
    "transfers",
    "retention",
    "security_measures",
    "dpia",
    "status",
];

impl App {
    /// The section keys of the detail views (`section_1`…`section_9` of
    /// the key table, `1`–`9` unless the user's bindings say otherwise):
    /// `6` on an activity goes to its retention, as [`SECTION_FIELDS`]
    /// lists them, and on an organisation as
    /// [`super::org_detail::SECTION_FIELDS`] does. The view scrolls there
    /// on its next draw, and the external editor opens at that field.
    /// Returns false for other keys and screens.
    pub fn detail_key(&mut self, key: KeyEvent) -> bool {
        if self.help || self.confirm.is_some() {
            return false;
        }
        let fields: &[&str] = match self.screen() {
            super::app::Screen::Detail { .. } => &SECTION_FIELDS,
            super::app::Screen::Organisation { .. } => &super::org_detail::SECTION_FIELDS,
            _ => return false,
        };
        let Some(Action::Section(n)) = self.keys.action_in(key, self.screen_context()) else {
            return false;
        };
        let Some(field) = fields.get(usize::from(n).saturating_sub(1)) else {
            // No such section here: nothing to go to, and nothing else
            // to do with the key.
            return true;
        };
        self.focus_field = Some((*field).to_string());
        self.focus_text = None;
        self.scroll_to_focus = true;
        true
    }
}

/// Where the page lines of each field start: `(field path, line index)`,
/// for whole fields (`retention`) and list items (`retention[0]`).
pub type Marks = Vec<(String, usize)>;

/// The line where the field at `path` (a finding's field, a search hit's
/// path) is shown: the mark of its longest prefix that has one
/// (`retention[0].text` → `retention[0]` → `retention`).
pub fn field_line(marks: &Marks, path: &str) -> Option<usize> {
    let mut cuts: Vec<usize> = path
        .char_indices()
        .filter(|&(_, c)| c == '.' || c == '[')
        .map(|(i, _)| i)
        .collect();
    cuts.push(path.len());
    cuts.iter().rev().find_map(|&end| {
        let key = path.get(..end)?;
        marks.iter().find(|(k, _)| k == key).map(|&(_, i)| i)
    })
}

/// Screen rows taken by `lines[..index]` wrapped to `width` as the page
/// wraps them (by word, so not simply by length).
fn rows_before(lines: &[Line], index: usize, width: usize) -> usize {
    let before: Vec<Line> = lines.iter().take(index).cloned().collect();
    if before.is_empty() {
        return 0;
    }
    Paragraph::new(before)
        .wrap(Wrap { trim: false })
        .line_count(u16::try_from(width.max(1)).unwrap_or(u16::MAX))
}

/// The scroll that shows a focused field: the line above the field's
/// first row (its heading, when the field opens a section) at the top;
/// when a row of text that belongs with it (the finding, the matched
/// text) would fall below a page `height` rows high, far enough down to
/// show that row too.
fn focus_scroll(field: Option<usize>, text: Option<usize>, height: usize) -> Option<usize> {
    match (field, text) {
        (Some(f), Some(t)) if t > f => {
            Some(f.saturating_sub(1).max((t + 2).saturating_sub(height)))
        }
        (Some(f), _) => Some(f.saturating_sub(1)),
        (None, Some(t)) => Some(t.saturating_sub(2)),
        (None, None) => None,
    }
}

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
pub fn draw_org(f: &mut Frame, area: Rect, app: &mut App, theme: &Theme, org: &str) {
    match app.org_row(org) {
        Some(OrgRow::Broken(e)) => {
            let title = format!(
                " {} — {} ",
                printable(&e.path),
                tr(app.lang, "tui-detail-does-not-parse")
            );
            let lines = broken_lines(app, theme, e, area.width);
            app.scroll = page(f, area, theme, title, lines, app.scroll);
        }
        Some(OrgRow::Folder(folder)) => {
            // Listed from its folder; its records are still being read.
            let lines = vec![Line::from(Span::styled(
                tr(app.lang, "tui-loading"),
                theme.dim(),
            ))];
            let title = format!(" {} ", printable(folder));
            page(f, area, theme, title, lines, 0);
        }
        _ => {
            let what = tr_args(
                app.lang,
                "tui-detail-gone-organisation",
                &[("id", org.to_string().into())],
            );
            let lines = gone(app, theme, &what);
            let title = format!(" {} ", tr(app.lang, "tui-detail-not-in-register"));
            page(f, area, theme, title, lines, 0);
        }
    }
}

/// A pane title that fits on the top border of a pane `width` wide,
/// ending in `…` when cut.
pub(super) fn title_fit(title: &str, width: u16) -> String {
    let room = usize::from(width.saturating_sub(3));
    let t = super::keybar::ellipsis(title.trim_end(), room);
    if t.ends_with('…') {
        t
    } else {
        format!("{t} ")
    }
}

/// A bordered, wrapped page of `lines` scrolled by `scroll`.
///
/// Returns the scroll drawn: `scroll` kept to the last page, which the
/// caller keeps, so that ↑ and PgUp after End move from what is shown.
pub(super) fn page(
    f: &mut Frame,
    area: Rect,
    theme: &Theme,
    title: String,
    lines: Vec<Line>,
    scroll: u16,
) -> u16 {
    let para = Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(title_fit(&title, area.width))
                .border_style(theme.border()),
        )
        .wrap(Wrap { trim: false });
    let scroll = last_page(&para, area, scroll);
    f.render_widget(para.scroll((scroll, 0)), area);
    scroll
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
            tr(app.lang, "tui-broken-page-intro"),
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
            tr_args(
                app.lang,
                "tui-broken-page-advice",
                &[
                    ("editor", editor.into()),
                    ("line", e.pos.line.into()),
                    ("path", printable(&e.path).into()),
                ],
            ),
            theme.label(),
        )),
        Line::default(),
    ];
    let Some(text) = app.broken_text(&e.path) else {
        lines.push(Line::from(Span::styled(
            tr(app.lang, "tui-broken-page-no-text"),
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
            tr_args(
                app.lang,
                "tui-detail-gone",
                &[("what", printable(what).into())],
            ),
            theme.warning(),
        )),
        Line::from(tr(app.lang, "tui-detail-gone-why")),
        Line::default(),
        Line::from(Span::styled(
            tr_args(
                app.lang,
                "tui-detail-goes-back",
                &[("key", app.keys.label(Action::Back).into())],
            ),
            theme.dim(),
        )),
    ]
}

/// The first of `lines` that shows the start of `text`.
fn line_showing(lines: &[Line], text: &str) -> Option<usize> {
    let first = printable(text.lines().next().unwrap_or_default());
    let needle: String = first.chars().take(30).collect();
    if needle.trim().is_empty() {
        return None;
    }
    lines.iter().position(|line| {
        let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        shown.contains(&needle)
    })
}

/// A page being written: its lines, where each field starts, and the
/// number of the last section heading.
pub(super) struct Out<'t> {
    /// The lines so far.
    pub(super) lines: Vec<Line<'static>>,
    /// The theme they are drawn in.
    pub(super) theme: &'t Theme,
    /// Where each field starts (see [`field_line`]).
    pub(super) marks: Marks,
    /// Sections so far (the next heading's number is one more).
    pub(super) sections: usize,
}

impl Out<'_> {
    /// The record's acknowledgements, each with its rule, expiry and
    /// reason, under the mark `acknowledgements`.
    pub(super) fn acknowledgements(&mut self, app: &App, acks: &[Acknowledgement]) {
        self.mark("acknowledgements");
        let today = app.review_day();
        for (i, ack) in acks.iter().enumerate() {
            self.mark(format!("acknowledgements[{i}]"));
            // An expired acknowledgement no longer holds (ACK-001): it is
            // not shown as one that does.
            let expired =
                crate::register::date::Date::parse(&ack.expires).is_some_and(|d| d < today);
            let (mark, key, style) = if expired {
                ("✗", "tui-ack-expired", self.theme.warning())
            } else {
                (
                    "✓",
                    "tui-ack-until",
                    self.theme.dim().add_modifier(Modifier::ITALIC),
                )
            };
            self.lines.push(Line::from(Span::styled(
                format!(
                    "  {mark} {}",
                    printable(&tr_args(
                        app.lang,
                        key,
                        &[
                            ("rule", ack.rule.as_str().into()),
                            ("date", ack.expires.as_str().into()),
                            ("reason", ack.reason.as_str().into()),
                        ],
                    ))
                ),
                style,
            )));
        }
    }

    /// The page's last line (the record's file), and a mark for each gap
    /// (`not_stated[i]`) at the field it names: the page's lines and marks.
    pub(super) fn close(
        mut self,
        app: &App,
        file: &str,
        not_stated: &[NotStated],
    ) -> (Vec<Line<'static>>, Marks) {
        self.lines.push(Line::from(Span::styled(
            format!("{}: {}", tr(app.lang, "tui-file"), printable(file)),
            self.theme.dim(),
        )));
        for (i, n) in not_stated.iter().enumerate() {
            if let Some(at) = field_line(&self.marks, n.field.trim()) {
                self.marks.push((format!("not_stated[{i}]"), at));
            }
        }
        (self.lines, self.marks)
    }

    /// A section heading, numbered for the number key that jumps to it.
    pub(super) fn heading(&mut self, s: &str) {
        if !self.lines.is_empty() {
            self.lines.push(Line::default());
        }
        self.sections += 1;
        self.lines.push(Line::from(Span::styled(
            format!("{} {s}", self.sections),
            self.theme.heading(),
        )));
    }

    /// The field at `path` starts at the next line.
    pub(super) fn mark(&mut self, path: impl Into<String>) {
        self.marks.push((path.into(), self.lines.len()));
    }

    /// A labelled value; line breaks in register text start new lines.
    pub(super) fn field(&mut self, label: &str, value: &str) {
        let mut parts = value.split('\n');
        self.lines.push(Line::from(vec![
            Span::styled(format!("{label}: "), self.theme.label()),
            Span::raw(printable(parts.next().unwrap_or_default())),
        ]));
        for p in parts {
            self.lines.push(Line::from(printable(p)));
        }
    }

    pub(super) fn opt(&mut self, label: &str, value: &Option<String>) {
        if let Some(v) = value {
            self.field(label, v);
        }
    }

    pub(super) fn item(&mut self, s: String) {
        self.lines
            .push(Line::from(format!("  • {}", printable(&s))));
    }

    pub(super) fn finding(&mut self, rule: &str, message: &str, error: bool) {
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

/// The lines of the detail view and where each field starts in them (see
/// [`field_line`]).
pub fn lines_marked(
    app: &App,
    theme: &Theme,
    o: &OrgEntry,
    entry: &ActivityEntry,
) -> (Vec<Line<'static>>, Marks) {
    let a = &entry.activity;
    let mut out = Out {
        lines: Vec::new(),
        theme,
        marks: Vec::new(),
        sections: 0,
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

    out.mark("name");
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
    out.mark("on_behalf_of");
    for (i, c) in a.on_behalf_of.iter().enumerate() {
        out.mark(format!("on_behalf_of[{i}]"));
        out.item(format!(
            "{}: {}",
            t("doc-controller"),
            l.controller_served(
                c,
                &c.organisation
                    .as_deref()
                    .map_or_else(Vec::new, |id| app.orgs_named(id))
            )
        ));
    }
    show(&mut out, "on_behalf_of");

    out.heading(&t("doc-purposes-section"));
    out.mark("description");
    out.opt(&t("doc-description"), &a.description);
    out.mark("purposes");
    for (i, p) in a.purposes.iter().enumerate() {
        out.mark(format!("purposes[{i}]"));
        out.item(l.purpose(p));
    }
    show(&mut out, "purposes");
    out.mark("legal_bases");
    for (i, b) in a.legal_bases.iter().enumerate() {
        out.mark(format!("legal_bases[{i}]"));
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
    out.mark("special_conditions");
    for (i, c) in a.special_conditions.iter().enumerate() {
        out.mark(format!("special_conditions[{i}]"));
        out.item(l.special_condition(c, a));
    }
    out.mark("criminal_basis");
    if let Some(c) = &a.criminal_basis {
        out.item(format!("{}: {}", t("doc-criminal"), l.criminal_basis(c)));
    }
    out.mark("national_id_bases");
    for (i, n) in a.national_id_bases.iter().enumerate() {
        out.mark(format!("national_id_bases[{i}]"));
        out.item(l.national_id_basis(n));
    }

    out.heading(&t("doc-subjects-section"));
    out.mark("data_subjects");
    for (i, s) in a.data_subjects.iter().enumerate() {
        out.mark(format!("data_subjects[{i}]"));
        if s.vulnerable {
            out.item(format!("{} ({})", s.name, t("vulnerable")));
        } else {
            out.item(s.name.clone());
        }
    }
    show(&mut out, "data_subjects");
    out.mark("data_categories");
    for (i, c) in a.data_categories.iter().enumerate() {
        out.mark(format!("data_categories[{i}]"));
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
    out.mark("recipients");
    out.mark("recipients_none");
    if a.recipients_none {
        out.item(t("doc-no-recipients"));
    }
    for (i, r) in a.recipients.iter().enumerate() {
        out.mark(format!("recipients[{i}]"));
        out.item(l.recipient_use(r, &o.org, a));
    }
    show(&mut out, "recipients");

    out.heading(&t("doc-transfers"));
    out.mark("transfers");
    if a.transfers.is_empty() {
        out.item(t("doc-no-transfer"));
    }
    for (i, tr) in a.transfers.iter().enumerate() {
        out.mark(format!("transfers[{i}]"));
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
    out.mark("retention");
    for (i, r) in a.retention.iter().enumerate() {
        out.mark(format!("retention[{i}]"));
        out.item(r.text.clone());
        out.lines.push(Line::from(Span::styled(
            format!("      {}", printable(&l.retention(&r.rule))),
            theme.dim(),
        )));
    }
    show(&mut out, "retention");

    out.heading(&t("doc-security"));
    out.mark("security_measures");
    match (&a.security_measures, &o.org.security_measures) {
        (Some(s), _) => out.field(&t("doc-toms"), s),
        (None, Some(s)) => out.field(&t("doc-toms"), &l.t1("doc-org-default", "text", s)),
        _ => out.field(&t("doc-toms"), &t("doc-not-recorded")),
    }
    out.mark("security_ref");
    out.opt(&t("doc-security-doc"), &a.security_ref);
    show(&mut out, "security_measures");

    out.heading(&t("doc-dpia-section"));
    out.mark("dpia");
    match &a.dpia {
        Some(d) => out.field(&t("doc-dpia-progress"), &l.dpia(d)),
        None => out.field(&t("doc-dpia-progress"), &t("doc-not-recorded")),
    }
    show(&mut out, "dpia");
    out.mark("automated_decisions");
    match &a.automated_decisions {
        Some(d) => out.field(&t("doc-automated"), &l.automated(d)),
        None => out.field(&t("doc-automated"), &t("doc-not-recorded")),
    }
    show(&mut out, "automated_decisions");
    out.mark("consent");
    if let Some(c) = &a.consent {
        out.opt(&t("doc-consent-how"), &c.how_given);
        out.opt(&t("doc-consent-withdrawal"), &c.withdrawal_process);
    }
    show(&mut out, "consent");

    out.heading(&t("doc-status-section"));
    out.mark("status");
    out.field(&t("doc-status"), &l.status(a.status));
    out.mark("owner");
    out.opt(&t("doc-owner"), &a.owner);
    out.mark("last_reviewed");
    out.opt(&t("doc-last-reviewed"), &a.last_reviewed);
    // When the next review is due (not for a retired activity): the date
    // and the interval, which do not change from day to day.
    out.mark("review_interval_months");
    if let Some(r) = crate::register::due::Review::of(
        o,
        entry,
        app.review_day(),
        crate::register::due::DEFAULT_WINDOW_DAYS,
    ) {
        let value = match r.last_reviewed {
            Some(_) => crate::register::lang::tr_args(
                app.lang,
                "tui-next-review-on",
                &[
                    ("date", r.due.to_string().into()),
                    ("months", r.interval_months.into()),
                ],
            ),
            None => crate::register::lang::tr_args(
                app.lang,
                "tui-next-review-now",
                &[("months", r.interval_months.into())],
            ),
        };
        out.field(&t("tui-next-review"), &value);
    }
    show(&mut out, "review_interval_months");
    out.mark("notes");
    out.opt(&t("doc-notes"), &a.notes);
    // Gaps and stale entries for fields without a section of their own.
    out.mark("not_stated");
    show(&mut out, "not_stated");
    out.acknowledgements(app, &a.acknowledgements);
    out.close(app, &entry.file.path, &a.not_stated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_path_finds_the_mark_of_its_longest_prefix() {
        let marks: Marks = vec![
            ("retention".into(), 40),
            ("retention[0]".into(), 41),
            ("retention[1]".into(), 43),
            ("purposes".into(), 10),
        ];
        assert_eq!(field_line(&marks, "retention[1].text"), Some(43));
        assert_eq!(field_line(&marks, "retention[0]"), Some(41));
        assert_eq!(field_line(&marks, "retention[7].rule.period"), Some(40));
        assert_eq!(field_line(&marks, "purposes"), Some(10));
        assert_eq!(field_line(&marks, "dpia"), None);
        assert_eq!(field_line(&marks, ""), None);
    }

    #[test]
    fn the_focused_field_is_shown_with_its_finding() {
        // The line above the field at the top.
        assert_eq!(focus_scroll(Some(30), None, 20), Some(29));
        // A finding far below the field's start: scrolled to show it.
        assert_eq!(focus_scroll(Some(30), Some(60), 20), Some(42));
        // A finding just below stays with its field at the top.
        assert_eq!(focus_scroll(Some(30), Some(35), 20), Some(29));
        assert_eq!(focus_scroll(None, Some(9), 20), Some(7));
        assert_eq!(focus_scroll(None, None, 20), None);
    }
}
