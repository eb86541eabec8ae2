//! The command line: argument parsing and one module per subcommand.

mod diff;
mod export;
mod fmt;
mod generate;
mod history_output;
mod init;
mod log;
mod overview;
mod sync;
mod validate;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// ropa: the GDPR Art. 30 register of processing activities, kept in git.
#[derive(Debug, Parser)]
#[command(name = "ropa", version, about, long_about = None)]
pub struct Cli {
    /// The register folder (default: $ROPA_REGISTRY, else the register in
    /// the user's data directory, created from the bundled sample).
    #[arg(long, global = true, value_name = "PATH")]
    pub registry: Option<PathBuf>,
    /// The colour theme of the terminal interface: dark (the default),
    /// light, high-contrast or your own themes/NAME.ron in the config
    /// directory (default: theme in config.ron there, else dark).
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the register against the validation rules.
    Validate(validate::Args),
    /// Rewrite files into the canonical layout (--check only lists them).
    Fmt(fmt::Args),
    /// Export the whole register for the supervisory authority.
    Export(export::Args),
    /// Create a new register repository (or install its git hook).
    Init(init::Args),
    /// Fetch the team's changes, put local saves on top, validate, push.
    Sync(sync::Args),
    /// What changed, commit by commit, in register terms.
    Log(log::Args),
    /// What changed between two versions of the register.
    Diff(diff::Args),
    /// Write a large generated register with history (for benchmarks).
    #[command(hide = true)]
    Generate(generate::Args),
}

/// Output formats of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// rustc-like text.
    Human,
    /// One JSON document.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Parses the arguments, runs the subcommand and returns the exit status.
pub fn run() -> i32 {
    let cli = Cli::parse();
    let config_dir = crate::config::config_dir();
    let (config, mut problems) = match &config_dir {
        Some(d) => crate::config::load_config(d),
        None => Default::default(),
    };
    // --registry, else $ROPA_REGISTRY (read again in register_path), else
    // `registry` in config.ron.
    let env_registry = std::env::var_os("ROPA_REGISTRY")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from);
    let registry = cli.registry.clone().or(env_registry).or(config.registry);
    let tui =
        cli.command.is_none() && std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if !tui {
        for p in &problems {
            eprintln!("warning: {p}");
        }
    }
    match cli.command {
        Some(Command::Validate(a)) => validate::run(&a, registry.as_deref()),
        Some(Command::Fmt(a)) => fmt::run(&a, registry.as_deref()),
        Some(Command::Export(a)) => export::run(&a, registry.as_deref()),
        Some(Command::Init(a)) => init::run(&a, registry.as_deref()),
        Some(Command::Sync(a)) => sync::run(&a, registry.as_deref()),
        Some(Command::Log(a)) => log::run(&a, registry.as_deref()),
        Some(Command::Diff(a)) => diff::run(&a, registry.as_deref()),
        Some(Command::Generate(a)) => generate::run(&a, registry.as_deref()),
        None => {
            if tui {
                let root = register_path(None, registry.as_deref());
                if !root.is_dir() {
                    eprintln!("error: {}: not a folder", root.display());
                    return 2;
                }
                let theme = cli.theme.as_deref().or(config.theme.as_deref());
                let mut ui = crate::config::load_ui(config_dir.as_deref(), theme);
                problems.append(&mut ui.problems);
                ui.problems = problems;
                match crate::tui::run(&root, ui) {
                    Ok(()) => 0,
                    Err(e) => {
                        eprintln!("error: terminal: {e}");
                        2
                    }
                }
            } else {
                overview::run(registry.as_deref())
            }
        }
    }
}

/// The register folder: the subcommand's PATH, else --registry, else
/// $ROPA_REGISTRY, else the default register in the user's data directory,
/// created from the embedded sample on first use. ([`run`] passes
/// `registry` of config.ron as `global` when neither --registry nor
/// $ROPA_REGISTRY is set.)
pub fn register_path(arg: Option<&std::path::Path>, global: Option<&std::path::Path>) -> PathBuf {
    if let Some(p) = arg.or(global) {
        return p.to_path_buf();
    }
    match std::env::var_os("ROPA_REGISTRY") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => match default_register() {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {e}");
                PathBuf::from("registry")
            }
        },
    }
}

/// The default register in the user's data directory ($ROPA_DATA_DIR
/// overrides it), created from the embedded sample as a git repository
/// with one commit when it does not exist yet.
pub fn default_register() -> Result<PathBuf, String> {
    let data = match std::env::var_os("ROPA_DATA_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => directories::ProjectDirs::from("", "", "ropa")
            .map(|d| d.data_dir().to_path_buf())
            .ok_or("no home directory to keep the default register in; pass --registry PATH")?,
    };
    let dir = data.join("registry");
    if !dir.exists() {
        crate::register::sample::install(&dir)?;
        eprintln!(
            "Created the sample register in {} (a git repository).",
            dir.display()
        );
    }
    Ok(dir)
}

pub use crate::text::printable;

/// Joins the register folder and a path inside it for display.
pub fn display_path(root: &std::path::Path, rel: &str) -> String {
    let r = root.display().to_string();
    if r.is_empty() || r == "." {
        rel.to_string()
    } else {
        format!("{}/{rel}", r.trim_end_matches('/'))
    }
}

/// Writes command output to standard output. A closed pipe (`ropa export |
/// head`) ends the output quietly instead of panicking.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
