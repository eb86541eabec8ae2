//! Colours of the interface, read from theme files.
//!
//! A theme is a RON file naming one colour per role:
//!
//! ```ron
//! Theme(
//!     fg: "Reset",
//!     accent: "Cyan",
//!     selection: "#1f3b73",
//! )
//! ```
//!
//! Colours are ratatui colour names (`"Red"`, `"LightBlue"`, `"DarkGray"`,
//! `"Reset"` for the terminal's own colour), `"#rrggbb"` or an index of the
//! 256-colour palette (`"208"`). A theme that sets `bg` (and `fg`) paints
//! the whole screen in it, so it reads the same whatever the terminal's own
//! colours are; with `"Reset"` the terminal's colours show through. Three themes are built in (`dark`, the
//! default, `light` and `high-contrast`); a file `<config dir>/themes/NAME.ron`
//! adds a theme or replaces the built-in one of the same name. A theme file
//! may leave roles out: they keep the colours of the built-in theme of the
//! same name, else of `dark`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use ron::extensions::Extensions;
use serde::Deserialize;

use crate::config::ConfigProblem;

/// The theme used when none is chosen.
pub const DEFAULT_THEME: &str = "dark";

/// The built-in themes: name and RON text, embedded in the binary.
pub const EMBEDDED: &[(&str, &str)] = &[
    ("dark", include_str!("../../themes/dark.ron")),
    ("light", include_str!("../../themes/light.ron")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.ron"),
    ),
];

/// A colour theme: one colour per role of the interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// The background of the whole screen (`Reset`: the terminal's own).
    pub bg: Color,
    /// Normal text.
    pub fg: Color,
    /// Headings and titles.
    pub accent: Color,
    /// Errors.
    pub error: Color,
    /// Warnings.
    pub warning: Color,
    /// Secondary text.
    pub dim: Color,
    /// Selected row background.
    pub selection: Color,
    /// Selected row text.
    pub selection_fg: Color,
    /// Block borders.
    pub border: Color,
    /// Matched characters of a search hit.
    pub highlight: Color,
    /// Status line text.
    pub status_fg: Color,
    /// Status line background.
    pub status_bg: Color,
}

impl Default for Theme {
    /// The `dark` theme (the same colours as `themes/dark.ron`).
    fn default() -> Self {
        Theme {
            bg: Color::Reset,
            fg: Color::Reset,
            accent: Color::Cyan,
            error: Color::LightRed,
            warning: Color::Yellow,
            dim: Color::DarkGray,
            selection: Color::Blue,
            selection_fg: Color::White,
            border: Color::DarkGray,
            highlight: Color::Yellow,
            status_fg: Color::Reset,
            status_bg: Color::Reset,
        }
    }
}

impl Theme {
    /// Section headings.
    pub fn heading(&self) -> Style {
        Style::default()
            .fg(self.accent)
            .add_modifier(Modifier::BOLD)
    }
    /// Field labels.
    pub fn label(&self) -> Style {
        Style::default().fg(self.fg).add_modifier(Modifier::BOLD)
    }
    /// Normal text.
    pub fn text(&self) -> Style {
        Style::default().fg(self.fg)
    }
    /// Errors.
    pub fn error(&self) -> Style {
        Style::default().fg(self.error)
    }
    /// Warnings.
    pub fn warning(&self) -> Style {
        Style::default().fg(self.warning)
    }
    /// Secondary text.
    pub fn dim(&self) -> Style {
        Style::default().fg(self.dim)
    }
    /// Matched characters of a search hit.
    pub fn highlight(&self) -> Style {
        Style::default()
            .fg(self.highlight)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// Block borders.
    pub fn border(&self) -> Style {
        Style::default().fg(self.border)
    }
    /// The selected row.
    pub fn selected(&self) -> Style {
        Style::default()
            .fg(self.selection_fg)
            .bg(self.selection)
            .add_modifier(Modifier::BOLD)
    }
    /// The status line (its background; spans keep their own colours).
    pub fn status(&self) -> Style {
        Style::default().fg(self.status_fg).bg(self.status_bg)
    }

    /// Gives every cell the theme's own colours where a widget left the
    /// terminal's (`Reset`): a popup cleared with `Clear`, text drawn
    /// without a colour. Nothing changes in a theme whose `bg` and `fg`
    /// are `Reset`. Called once a frame, after every widget is drawn.
    pub fn paint(&self, buf: &mut ratatui::buffer::Buffer) {
        if self.bg == Color::Reset && self.fg == Color::Reset {
            return;
        }
        for cell in &mut buf.content {
            if cell.bg == Color::Reset {
                cell.bg = self.bg;
            }
            if cell.fg == Color::Reset {
                cell.fg = self.fg;
            }
        }
    }

    /// Parses a theme file, its missing roles taken from `base`. The error
    /// carries the line and column ron reports.
    pub fn parse(text: &str, base: &Theme) -> Result<Theme, ron::error::SpannedError> {
        let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
        let file: ThemeFile = options.from_str(text)?;
        Ok(file.over(base))
    }

    /// The built-in theme called `name`, if there is one.
    pub fn embedded(name: &str) -> Option<Theme> {
        let (_, text) = EMBEDDED.iter().find(|(n, _)| *n == name)?;
        Theme::parse(text, &Theme::default()).ok()
    }
}

/// A colour read from a theme file: a name, `#rrggbb` or a palette index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ThemeColor(Color);

impl<'de> Deserialize<'de> for ThemeColor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Color::from_str(&s).map(ThemeColor).map_err(|_| {
            serde::de::Error::custom(format!(
                "`{s}` is not a colour; use a name such as \"LightBlue\" or \"Reset\", \"#rrggbb\" or a palette index 0-255"
            ))
        })
    }
}

/// The contents of a theme file: every role optional.
#[derive(Debug, Deserialize)]
#[serde(rename = "Theme", deny_unknown_fields)]
struct ThemeFile {
    bg: Option<ThemeColor>,
    fg: Option<ThemeColor>,
    accent: Option<ThemeColor>,
    error: Option<ThemeColor>,
    warning: Option<ThemeColor>,
    dim: Option<ThemeColor>,
    selection: Option<ThemeColor>,
    selection_fg: Option<ThemeColor>,
    border: Option<ThemeColor>,
    highlight: Option<ThemeColor>,
    status_fg: Option<ThemeColor>,
    status_bg: Option<ThemeColor>,
}

impl ThemeFile {
    fn over(self, base: &Theme) -> Theme {
        let pick = |c: Option<ThemeColor>, d: Color| c.map_or(d, |c| c.0);
        Theme {
            bg: pick(self.bg, base.bg),
            fg: pick(self.fg, base.fg),
            accent: pick(self.accent, base.accent),
            error: pick(self.error, base.error),
            warning: pick(self.warning, base.warning),
            dim: pick(self.dim, base.dim),
            selection: pick(self.selection, base.selection),
            selection_fg: pick(self.selection_fg, base.selection_fg),
            border: pick(self.border, base.border),
            highlight: pick(self.highlight, base.highlight),
            status_fg: pick(self.status_fg, base.status_fg),
            status_bg: pick(self.status_bg, base.status_bg),
        }
    }
}

/// The folder of the user's own themes.
pub fn user_theme_dir(config_dir: &Path) -> PathBuf {
    config_dir.join("themes")
}

/// Every theme name: the built-in ones, then the user's own, sorted,
/// without repeats.
pub fn theme_names(config_dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = EMBEDDED.iter().map(|(n, _)| n.to_string()).collect();
    let mut own: Vec<String> = std::fs::read_dir(user_theme_dir(config_dir))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "ron")
                .then(|| p.file_stem()?.to_str().map(str::to_string))
                .flatten()
        })
        .filter(|n| !names.contains(n))
        .collect();
    own.sort();
    names.extend(own);
    names
}

/// Loads the theme `name` (the default `dark` when `None`): the user's
/// `<config_dir>/themes/NAME.ron` if it exists, else the built-in theme.
/// Never fails: a file that does not parse, or a name no theme has, gives a
/// [`ConfigProblem`] and the built-in theme of that name, else `dark`.
pub fn load_theme(name: Option<&str>, config_dir: &Path) -> (Theme, Vec<ConfigProblem>) {
    let name = name.unwrap_or(DEFAULT_THEME);
    let mut problems = Vec::new();
    let builtin = Theme::embedded(name);
    let base = builtin.clone().unwrap_or_default();
    let path = user_theme_dir(config_dir).join(format!("{name}.ron"));
    let valid_name = !name.is_empty() && !name.contains(['/', '\\']) && name != "." && name != "..";
    if valid_name {
        match std::fs::read_to_string(&path) {
            Ok(text) => match Theme::parse(&text, &base) {
                Ok(t) => return (t, problems),
                Err(e) => problems.push(ConfigProblem::from_ron(&path, &e)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => problems.push(ConfigProblem::new(&path, format!("cannot read: {e}"))),
        }
    }
    if builtin.is_none() && problems.is_empty() {
        problems.push(ConfigProblem::new(
            &path,
            format!(
                "no theme `{name}`; themes: {} (the default `{DEFAULT_THEME}` is used)",
                theme_names(config_dir).join(", ")
            ),
        ));
    }
    (base, problems)
}

impl fmt::Display for Theme {
    /// The theme as a RON file, every role named.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Theme(")?;
        for (role, c) in [
            ("bg", self.bg),
            ("fg", self.fg),
            ("accent", self.accent),
            ("error", self.error),
            ("warning", self.warning),
            ("dim", self.dim),
            ("selection", self.selection),
            ("selection_fg", self.selection_fg),
            ("border", self.border),
            ("highlight", self.highlight),
            ("status_fg", self.status_fg),
            ("status_bg", self.status_bg),
        ] {
            writeln!(f, "    {role}: \"{c}\",")?;
        }
        write!(f, ")")
    }
}

/// The colours the contrast check assumes for a terminal's named colours:
/// xterm's default palette, the most common one. `Reset` is the terminal's
/// own foreground or background, taken as xterm's default (light grey on
/// black).
pub fn assumed_rgb(c: Color, as_background: bool) -> Option<(u8, u8, u8)> {
    Some(match c {
        Color::Reset if as_background => (0, 0, 0),
        Color::Reset => (229, 229, 229),
        Color::Black => (0, 0, 0),
        Color::Red => (205, 0, 0),
        Color::Green => (0, 205, 0),
        Color::Yellow => (205, 205, 0),
        Color::Blue => (0, 0, 238),
        Color::Magenta => (205, 0, 205),
        Color::Cyan => (0, 205, 205),
        Color::Gray => (229, 229, 229),
        Color::DarkGray => (127, 127, 127),
        Color::LightRed => (255, 0, 0),
        Color::LightGreen => (0, 255, 0),
        Color::LightYellow => (255, 255, 0),
        Color::LightBlue => (92, 92, 255),
        Color::LightMagenta => (255, 0, 255),
        Color::LightCyan => (0, 255, 255),
        Color::White => (255, 255, 255),
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) => indexed_rgb(i),
    })
}

/// xterm's 256-colour palette.
fn indexed_rgb(i: u8) -> (u8, u8, u8) {
    const BASE: [Color; 16] = [
        Color::Black,
        Color::Red,
        Color::Green,
        Color::Yellow,
        Color::Blue,
        Color::Magenta,
        Color::Cyan,
        Color::Gray,
        Color::DarkGray,
        Color::LightRed,
        Color::LightGreen,
        Color::LightYellow,
        Color::LightBlue,
        Color::LightMagenta,
        Color::LightCyan,
        Color::White,
    ];
    match i {
        0..=15 => assumed_rgb(BASE[usize::from(i)], false).unwrap_or((0, 0, 0)),
        16..=231 => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            let i = i - 16;
            (level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2 contrast ratio of text `fg` on `bg` (1 to 21), with the
/// colours of [`assumed_rgb`].
pub fn contrast(fg: Color, bg: Color) -> f64 {
    let l1 = luminance(assumed_rgb(fg, false).unwrap_or((229, 229, 229)));
    let l2 = luminance(assumed_rgb(bg, true).unwrap_or((0, 0, 0)));
    let (hi, lo) = if l1 > l2 { (l1, l2) } else { (l2, l1) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((contrast(Color::Black, Color::White) - 21.0).abs() < 0.01);
        assert!((contrast(Color::White, Color::White) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let grey = Color::Rgb(0x76, 0x76, 0x76);
        assert!((contrast(grey, Color::White) - 4.54).abs() < 0.01);
    }

    #[test]
    fn paint_fills_only_what_widgets_left_to_the_terminal() {
        use ratatui::buffer::Buffer;
        use ratatui::layout::Rect;
        let light = Theme::embedded("light").expect("light");
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        buf[(1, 0)].set_fg(Color::Blue).set_bg(Color::Yellow);
        light.paint(&mut buf);
        assert_eq!((buf[(0, 0)].fg, buf[(0, 0)].bg), (light.fg, light.bg));
        assert_eq!(
            (buf[(1, 0)].fg, buf[(1, 0)].bg),
            (Color::Blue, Color::Yellow)
        );
        let dark = Theme::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        dark.paint(&mut buf);
        assert_eq!(buf[(0, 0)].bg, Color::Reset);
    }

    #[test]
    fn display_round_trips() {
        let t = Theme {
            selection: Color::Rgb(0x1f, 0x3b, 0x73),
            highlight: Color::Indexed(208),
            ..Theme::default()
        };
        assert_eq!(Theme::parse(&t.to_string(), &Theme::default()), Ok(t));
    }

    #[test]
    fn bad_colour_is_an_error_at_its_line() {
        let e = Theme::parse("Theme(\n  fg: \"Purple-ish\",\n)", &Theme::default())
            .expect_err("bad colour");
        assert_eq!(e.span.start.line, 2);
        assert!(e.code.to_string().contains("Purple-ish"), "{e}");
    }
}
