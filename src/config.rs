//! The user's configuration: `config.ron`, `key_bindings.ron` and
//! `themes/*.ron` in the config directory (on Linux `~/.config/ropa`;
//! `$ROPA_CONFIG_DIR` moves it).
//!
//! Nothing here stops the program: a file that is missing is the defaults,
//! a file that does not parse is the defaults plus a [`ConfigProblem`] with
//! the file, line and column, for the interface to show.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[cfg(feature = "tui")]
pub use crate::tui::keys::KeyMap;
#[cfg(feature = "tui")]
pub use crate::tui::theme::{Theme, load_theme};

/// The name of the configuration file in the config directory.
pub const CONFIG_FILE: &str = "config.ron";

/// Something wrong in a configuration, key-binding or theme file. The
/// program goes on with the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The file.
    pub path: PathBuf,
    /// Line, from 1; 0 when the problem has no place in the file (it cannot
    /// be read, a theme name matches no file).
    pub line: usize,
    /// Column, from 1; 0 with `line` 0.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl ConfigProblem {
    /// A problem with the whole file (no line or column).
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        ConfigProblem {
            path: path.to_path_buf(),
            line: 0,
            col: 0,
            message: message.into(),
        }
    }

    /// A problem at a line and column.
    pub fn at(path: &Path, line: usize, col: usize, message: impl Into<String>) -> Self {
        ConfigProblem {
            path: path.to_path_buf(),
            line,
            col,
            message: message.into(),
        }
    }

    /// A parse error of ron, at the start of its span.
    pub fn from_ron(path: &Path, e: &ron::error::SpannedError) -> Self {
        ConfigProblem::at(
            path,
            e.span.start.line,
            e.span.start.col,
            e.code.to_string(),
        )
    }
}

impl fmt::Display for ConfigProblem {
    /// `path:line:col: message`, or `path: message` without a place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                self.line,
                self.col,
                self.message
            )
        }
    }
}

/// The contents of `config.ron`, every field optional:
///
/// ```ron
/// Config(
///     registry: Some("~/registers/acme"),
///     theme: Some("light"),
///     lang: Some("da"),
/// )
/// ```
///
/// `Some(…)` may be left out (`theme: "light"`); unknown fields are
/// problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
pub struct Config {
    /// The register folder, used when neither a PATH, `--registry` nor
    /// `$ROPA_REGISTRY` names one and the current folder is in no register
    /// (see [`crate::register::resolve`]). `~/` is the home directory; a
    /// relative path is taken from the config directory.
    #[serde(default)]
    pub registry: Option<PathBuf>,
    /// The theme's name (`dark`, `light`, `high-contrast` or a file in
    /// `<config dir>/themes/`); `--theme` overrides it.
    #[serde(default)]
    pub theme: Option<String>,
    /// The language (`"da"`, `"nb"` or `"en"`) when neither `--lang` nor
    /// the register's settings give one; else the locale's.
    #[serde(default)]
    pub lang: Option<crate::register::lang::Lang>,
}

/// The config directory: `$ROPA_CONFIG_DIR` if set, else the platform's
/// (`~/.config/ropa` on Linux); `None` without a home directory.
pub fn config_dir() -> Option<PathBuf> {
    match std::env::var_os("ROPA_CONFIG_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => directories::ProjectDirs::from("", "", "ropa").map(|d| d.config_dir().to_path_buf()),
    }
}

/// Reads `<config_dir>/config.ron`. A missing file is the defaults; a file
/// that does not parse (or names an unknown field) is the defaults and a
/// problem.
pub fn load_config(config_dir: &Path) -> (Config, Vec<ConfigProblem>) {
    let path = config_dir.join(CONFIG_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), vec![]),
        Err(e) => {
            return (
                Config::default(),
                vec![ConfigProblem::new(&path, format!("cannot read: {e}"))],
            );
        }
    };
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    match options.from_str::<Config>(&text) {
        Ok(mut c) => {
            c.registry = c.registry.map(|r| resolve(&r, config_dir));
            (c, vec![])
        }
        Err(e) => (Config::default(), vec![ConfigProblem::from_ron(&path, &e)]),
    }
}

/// `~/x` from the home directory, a relative path from the config directory.
fn resolve(p: &Path, config_dir: &Path) -> PathBuf {
    if let Ok(rest) = p.strip_prefix("~")
        && let Some(home) = directories::BaseDirs::new()
    {
        return home.home_dir().join(rest);
    }
    if p.is_relative() {
        config_dir.join(p)
    } else {
        p.to_path_buf()
    }
}

/// What the terminal interface takes from the config directory.
#[cfg(feature = "tui")]
#[derive(Debug, Clone, Default)]
pub struct Ui {
    /// The chosen theme.
    pub theme: Theme,
    /// Key bindings, the user's patched over the defaults.
    pub keys: KeyMap,
    /// Problems found on the way, for the status line.
    pub problems: Vec<ConfigProblem>,
}

/// Loads the theme (`theme` is the `--theme` flag or the config's `theme`)
/// and the key bindings. Without a config directory, the built-in theme and
/// the default keys.
#[cfg(feature = "tui")]
pub fn load_ui(config_dir: Option<&Path>, theme: Option<&str>) -> Ui {
    let Some(dir) = config_dir else {
        let mut problems = Vec::new();
        let theme = match theme {
            None => Theme::default(),
            Some(n) => Theme::embedded(n).unwrap_or_else(|| {
                problems.push(ConfigProblem::new(
                    Path::new(n),
                    "no such built-in theme (and no config directory); the default is used",
                ));
                Theme::default()
            }),
        };
        return Ui {
            theme,
            keys: KeyMap::default(),
            problems,
        };
    };
    let (theme, mut problems) = load_theme(theme, dir);
    let (keys, key_problems) = KeyMap::load(dir);
    problems.extend(key_problems);
    Ui {
        theme,
        keys,
        problems,
    }
}

/// One line for the status bar summing up `problems`: the first in full,
/// then how many more. `None` when there are none.
pub fn summary(problems: &[ConfigProblem]) -> Option<String> {
    let first = problems.first()?;
    Some(match problems.len() {
        1 => format!("config: {first}"),
        n => format!("config: {first} (+{} more)", n - 1),
    })
}
