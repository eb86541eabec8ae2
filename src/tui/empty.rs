//! The screen shown instead of empty lists when the path given as the
//! register holds none: what ropa found there and what to do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::theme::Theme;
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::probe::{Found, Probe};
use crate::text::printable;

/// The lines of the screen for `probe`, in `lang`; `reason` is the
/// loader's own message, shown when not empty.
pub fn lines(probe: &Probe, reason: &str, lang: Lang, theme: &Theme) -> Vec<Line<'static>> {
    let path = printable(&probe.path.display().to_string());
    let arg = |k: &str, v: &str| tr_args(lang, k, &[("path", v.to_string().into())]);
    let mut out = vec![
        Line::from(vec![
            Span::styled(format!("{} ", tr(lang, "tui-empty-folder")), theme.label()),
            Span::raw(path.clone()),
        ]),
        Line::from(Span::styled(
            match &probe.found {
                Found::Missing => tr(lang, "tui-empty-missing"),
                Found::File => tr(lang, "tui-empty-file"),
                Found::EmptyFolder => tr(lang, "tui-empty-empty"),
                Found::OtherFiles { entries, marker } => tr_args(
                    lang,
                    if *marker {
                        "tui-empty-marker-only"
                    } else {
                        "tui-empty-other"
                    },
                    &[("n", (*entries).into())],
                ),
            },
            theme.text(),
        )),
        Line::from(Span::styled(
            match &probe.git_root {
                Some(root) => arg("tui-empty-git", &root.display().to_string()),
                None => tr(lang, "tui-empty-no-git"),
            },
            theme.text(),
        )),
    ];
    if !reason.is_empty() {
        out.push(Line::from(Span::styled(printable(reason), theme.dim())));
    }
    out.push(Line::default());
    out.push(Line::from(Span::styled(
        tr(lang, "tui-empty-what-to-do"),
        theme.heading(),
    )));
    for (dir, orgs) in &probe.nearby {
        let d = printable(&dir.display().to_string());
        out.push(Line::from(Span::styled(
            format!(
                "  • {}",
                tr_args(
                    lang,
                    "tui-empty-open-nearby",
                    &[("path", d.into()), ("n", (*orgs).into())]
                )
            ),
            theme.text(),
        )));
    }
    match probe.found {
        Found::Missing | Found::EmptyFolder if probe.git_root.is_none() => {
            out.push(bullet(arg("tui-empty-init", &path), theme));
        }
        Found::Missing | Found::EmptyFolder => {
            out.push(bullet(arg("tui-empty-init-in-repo", &path), theme));
        }
        Found::File => out.push(bullet(tr(lang, "tui-empty-give-folder"), theme)),
        Found::OtherFiles { .. } => {
            out.push(bullet(arg("tui-empty-init-elsewhere", &path), theme));
        }
    }
    out.push(bullet(tr(lang, "tui-empty-watching"), theme));
    out
}

fn bullet(text: String, theme: &Theme) -> Line<'static> {
    Line::from(Span::styled(format!("  • {text}"), theme.text()))
}

/// Draws the screen in `area`.
pub fn draw(f: &mut Frame, area: Rect, probe: &Probe, reason: &str, lang: Lang, theme: &Theme) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            format!(" {} ", tr(lang, "tui-empty-title")),
            theme.heading(),
        ));
    f.render_widget(
        Paragraph::new(lines(probe, reason, lang, theme))
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
