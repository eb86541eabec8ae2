//! The command line: argument parsing and one module per subcommand.

mod completions;
mod diff;
mod due;
mod export;
mod fmt;
mod generate;
mod history_output;
mod import;
mod init;
mod log;
mod man;
mod overview;
mod report;
mod sarif;
mod schema;
mod snippet;
mod sync;
mod validate;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::register::lang::Lang;
use crate::register::resolve::{self, Resolved, Sources};

/// ropa: the GDPR Art. 30 register of processing activities, kept in git.
#[derive(Debug, Parser)]
#[command(name = "ropa", version, long_about = None)]
pub struct Cli {
    /// The register folder (a subcommand's PATH comes first). Without
    /// one: $ROPA_REGISTRY, else the register the current folder is in
    /// (searched upward as git does: the nearest folder holding ropa.ron),
    /// else `registry` in config.ron, else the default register in the
    /// data directory, made from the bundled sample on first use. Every
    /// command names the register it used.
    #[arg(long, global = true, value_name = "PATH")]
    pub registry: Option<PathBuf>,
    /// The colour theme of the terminal interface: dark (the default),
    /// light, high-contrast or your own themes/NAME.ron in the config
    /// directory (default: theme in config.ron there, else dark).
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
    /// The language of the output and the exports: da (dansk), nb (norsk
    /// bokmål) or en (English). Default: lang in the register's ropa.ron,
    /// else lang in config.ron, else the locale (LC_ALL, LC_MESSAGES,
    /// LANG), else English.
    #[arg(long, global = true, value_name = "LANG", value_parser = LangParser)]
    pub lang: Option<Lang>,
    /// Colour in the report of `ropa validate`: auto (on a terminal,
    /// unless NO_COLOR is set to anything but nothing; CLICOLOR_FORCE
    /// forces it), always or never.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    pub color: ColorChoice,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the register against the validation rules.
    Validate(validate::Args),
    /// Rewrite files into the canonical layout (--check only lists them).
    Fmt(fmt::Args),
    /// Export the register for the supervisory authority (md, html, json;
    /// csv, xlsx, docx in the Danish, Norwegian or ICO layout).
    Export(export::Args),
    /// Create a new register repository (or install its git hook).
    Init(init::Args),
    /// Bring in a register kept as a spreadsheet or in Word tables
    /// (.xlsx, .csv, .docx), as one commit.
    Import(import::Args),
    /// Fetch the team's changes, put local saves on top, validate, push.
    Sync(sync::Args),
    /// What changed, commit by commit, in register terms.
    Log(log::Args),
    /// What changed between two versions of the register.
    Diff(diff::Args),
    /// Reports for the review of the register: `ropa report gaps` is the
    /// DPO's to-do list (facts not stated in the source, acknowledged
    /// findings with their expiry, open findings by who can answer them).
    Report(report::Args),
    /// Which activities are due for review, by owner: overdue and due
    /// within --within DAYS (default 30); --fail-overdue exits 1 when any
    /// review is overdue.
    Due(due::Args),
    /// Print the shell completion script for bash, zsh, fish, powershell
    /// or elvish.
    ///
    /// bash: ropa completions bash > ~/.local/share/bash-completion/completions/ropa
    ///
    /// zsh: ropa completions zsh > ~/.zfunc/_ropa (with fpath+=~/.zfunc
    /// before compinit in ~/.zshrc)
    ///
    /// fish: ropa completions fish > ~/.config/fish/completions/ropa.fish
    Completions(completions::Args),
    /// Print the manual page ropa(1) in roff: every subcommand with its
    /// options.
    ///
    /// man -l <(ropa man) reads it at once; ropa man > ropa.1 installs
    /// it, e.g. as ~/.local/share/man/man1/ropa.1, for `man ropa`.
    Man(man::Args),
    /// Print the JSON Schema of `ropa export --format json`.
    ///
    /// The schema (draft 2020-12) is derived from the same types the
    /// export is written from, so a tool can check or generate code from
    /// it: ropa schema > ropa-export.schema.json
    Schema(schema::Args),
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
    /// A SARIF 2.1.0 log (GitHub code scanning).
    Sarif,
}

/// When the command line's reports are coloured (`--color`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless the environment says otherwise (`NO_COLOR`,
    /// `CLICOLOR`, `CLICOLOR_FORCE`, `TERM=dumb`).
    #[default]
    Auto,
    /// Always, also into a pipe or a file (and despite `NO_COLOR`).
    Always,
    /// Never.
    Never,
}

impl ColorChoice {
    /// Whether output to standard output is coloured, as this process
    /// finds its environment and standard output.
    pub fn enabled(self) -> bool {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        self.decide(&Env {
            no_color: var("NO_COLOR").is_some(),
            clicolor_force: var("CLICOLOR_FORCE").is_some_and(|v| v != "0"),
            clicolor_off: var("CLICOLOR").is_some_and(|v| v == "0"),
            dumb: var("TERM").is_some_and(|v| v == "dumb"),
            terminal: std::io::stdout().is_terminal(),
        })
    }

    /// The choice for `env`: an explicit `always` or `never` wins; `auto`
    /// follows <https://no-color.org> (any non-empty `NO_COLOR` turns
    /// colour off) before `CLICOLOR_FORCE` (any value but `0` turns it on,
    /// also into a pipe), then `CLICOLOR=0`, then whether standard output is
    /// a terminal that is not `TERM=dumb` — the order anstream and cargo
    /// use.
    fn decide(self, env: &Env) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                !env.no_color
                    && (env.clicolor_force || (!env.clicolor_off && env.terminal && !env.dumb))
            }
        }
    }
}

/// What [`ColorChoice::Auto`] looks at.
#[derive(Debug, Default, Clone, Copy)]
struct Env {
    no_color: bool,
    clicolor_force: bool,
    clicolor_off: bool,
    dumb: bool,
    terminal: bool,
}

/// Columns of the terminal on standard output, when it is one whose size
/// can be read.
fn terminal_width() -> Option<usize> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    #[cfg(feature = "tui")]
    {
        ratatui::crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
            .filter(|w| *w >= 40)
    }
    #[cfg(not(feature = "tui"))]
    {
        None
    }
}

/// The command line's clap definition: what the parser, the completion
/// scripts and the man page are made from.
pub fn command() -> clap::Command {
    Cli::command()
}

/// Parses the arguments, runs the subcommand and returns the exit status.
pub fn run() -> i32 {
    let cli = Cli::parse();
    let config_dir = crate::config::config_dir();
    let (config, problems) = match &config_dir {
        Some(d) => crate::config::load_config(d),
        None => Default::default(),
    };
    let ctx = Context {
        registry: cli.registry.clone(),
        config_registry: config.registry.clone(),
        lang: cli.lang,
        config_lang: config.lang,
        color: cli.color,
    };
    let tui = cfg!(feature = "tui")
        && cli.command.is_none()
        && std::io::stdout().is_terminal()
        && std::io::stdin().is_terminal();
    if !tui {
        for p in &problems {
            eprintln!("warning: {}", printable_lines(&p.to_string()));
        }
    }
    match cli.command {
        Some(Command::Validate(a)) => validate::run(&a, &ctx),
        Some(Command::Fmt(a)) => fmt::run(&a, &ctx),
        Some(Command::Export(a)) => export::run(&a, &ctx),
        Some(Command::Init(a)) => init::run(&a, &ctx),
        Some(Command::Import(a)) => import::run(&a, &ctx),
        Some(Command::Sync(a)) => sync::run(&a, &ctx),
        Some(Command::Log(a)) => log::run(&a, &ctx),
        Some(Command::Diff(a)) => diff::run(&a, &ctx),
        Some(Command::Report(a)) => report::run(&a, &ctx),
        Some(Command::Due(a)) => due::run(&a, &ctx),
        Some(Command::Completions(a)) => completions::run(&a),
        Some(Command::Man(a)) => man::run(&a),
        Some(Command::Schema(a)) => schema::run(&a),
        Some(Command::Generate(a)) => generate::run(&a),
        #[cfg(feature = "tui")]
        None if tui => {
            let theme = cli.theme.as_deref().or(config.theme.as_deref());
            interface(&ctx, theme, config_dir.as_deref(), problems)
        }
        None => overview::run(&ctx),
    }
}

/// Runs the terminal interface on the resolved register.
#[cfg(feature = "tui")]
fn interface(
    ctx: &Context,
    theme: Option<&str>,
    config_dir: Option<&Path>,
    mut problems: Vec<crate::config::ConfigProblem>,
) -> i32 {
    // Said on the normal screen: it is still there after the interface
    // quits.
    let root = match open_register(ctx, None, Output::Machine) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    if !root.is_dir() {
        eprintln!(
            "error: {}: not a folder",
            printable(&root.display().to_string())
        );
        return 2;
    }
    let mut ui = crate::config::load_ui(config_dir, theme);
    problems.append(&mut ui.problems);
    ui.problems = problems;
    match crate::tui::run(&root, ui, ctx.lang(&root)) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: terminal: {e}");
            2
        }
    }
}

/// The hidden `--today DATE` of the commands that judge dates (tests fix
/// the day with it): a real YYYY-MM-DD date, else clap's usage error.
fn day(s: &str) -> Result<crate::register::date::Date, String> {
    crate::register::date::Date::parse(s).ok_or_else(|| "expects a date, YYYY-MM-DD".to_string())
}

/// `--lang`: parsed as `Lang` parses (any case, `no` and `nn` for
/// Bokmål), and naming its three codes as the possible values, so the
/// help lists them and the shell completions offer them instead of files.
#[derive(Debug, Clone, Copy)]
struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Lang, clap::Error> {
        clap::builder::StringValueParser::new()
            .try_map(|s| s.parse::<Lang>())
            .parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(Lang::ALL.iter().map(|l| {
            let name = match l {
                Lang::Da => "dansk",
                Lang::Nb => "norsk bokmål",
                Lang::En => "English",
            };
            clap::builder::PossibleValue::new(l.code()).help(name)
        })))
    }
}

/// What every subcommand needs to resolve its register, besides its own
/// PATH argument: `--registry` and `registry` of config.ron.
/// `$ROPA_REGISTRY`, the current folder and the data directory are read
/// from the process when the register is opened.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// `--registry`.
    pub registry: Option<PathBuf>,
    /// `registry` in config.ron (absolute).
    pub config_registry: Option<PathBuf>,
    /// `--lang`.
    pub lang: Option<Lang>,
    /// `lang` in config.ron.
    pub config_lang: Option<Lang>,
    /// `--color`.
    pub color: ColorChoice,
}

impl Context {
    /// The language for the register at `root`: `--lang`, else `lang` in
    /// its settings, else `lang` in config.ron, else the locale's. A
    /// settings file that does not parse gives no language (the warning
    /// about it is said when the register is opened).
    pub fn lang(&self, root: &Path) -> Lang {
        let register = match self.lang {
            Some(_) => None,
            None => resolve::read_settings(root)
                .ok()
                .flatten()
                .and_then(|s| s.lang),
        };
        crate::register::lang::resolve(self.lang, register, self.config_lang, Lang::from_env())
    }

    /// How a report for a person looks on standard output: coloured as
    /// `--color` and the environment say, cut to the terminal's width
    /// (in a pipe or a file, 140 columns).
    pub fn look(&self) -> snippet::Look {
        snippet::Look {
            color: self.color.enabled(),
            width: terminal_width().unwrap_or(snippet::PIPE_WIDTH),
        }
    }

    /// The sources of the register for a command whose PATH argument is
    /// `arg`.
    pub fn sources(&self, arg: Option<&Path>) -> Sources {
        Sources::from_process(
            arg,
            self.registry.as_deref(),
            self.config_registry.as_deref(),
        )
    }
}

/// Where a command's own output goes, and so where the line naming its
/// register goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// Text for a person on standard output: the register line is its
    /// first line.
    Human,
    /// A document or list for a program (JSON, GitHub annotations, an
    /// export on standard output): the register line goes to standard
    /// error, so standard output stays clean.
    Machine,
}

/// Opens the register a command works on. Every subcommand that works on
/// a register comes through here once, before it reads anything: the
/// register is resolved (its PATH argument `arg`, `--registry`,
/// `$ROPA_REGISTRY`, the register the current folder is in, config.ron,
/// the default register, created from the sample only when it is the one
/// resolved; see [`crate::register::resolve`]), named in one line, and its
/// settings file checked. An error is said here; the `Err` is the exit
/// status (2).
pub fn open_register(ctx: &Context, arg: Option<&Path>, out: Output) -> Result<Resolved, i32> {
    let resolved = match resolve::resolve(&ctx.sources(arg)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}", printable_lines(&e.to_string()));
            return Err(2);
        }
    };
    let lang = ctx.lang(&resolved.path);
    if resolved.created {
        eprintln!(
            "{}",
            crate::register::lang::tr_args(
                lang,
                "cli-sample-created",
                &[(
                    "path",
                    printable(&resolved.path.display().to_string()).into()
                )],
            )
        );
    }
    announce(&resolved, out, lang);
    if let Err(p) = resolve::read_settings(&resolved.path) {
        eprintln!(
            "{}",
            crate::register::lang::tr_args(
                lang,
                "cli-settings-ignored",
                &[("problem", printable_lines(&p.to_string()).into())],
            )
        );
    }
    // A save that a killed ropa left half-done is finished or undone
    // before anything reads the register.
    match crate::register::change::recover(&resolved.path) {
        Ok(Some(done)) => eprintln!("note: {}", printable_lines(&done.to_string())),
        Ok(None) => {}
        Err(e) => eprintln!("warning: {}", printable_lines(&e.to_string())),
    }
    Ok(resolved)
}

/// Prints the line naming the register, in `lang`: on standard output for
/// `Human` output, on standard error for `Machine` output.
pub fn announce(resolved: &Resolved, out: Output, lang: Lang) {
    let line = resolved.line_in(lang);
    match out {
        Output::Human => emit(&format!("{line}\n")),
        Output::Machine => eprintln!("{line}"),
    }
}

pub use crate::text::{printable, printable_lines};

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

/// Writes a document that holds register text exactly as it is (an
/// export, JSON) to standard output: exact into a file or a pipe, for the
/// program that reads it; on a terminal with control and bidirectional
/// formatting characters shown by name ([`printable_lines`]), so the
/// document cannot drive the terminal it is read on.
pub fn emit_document(text: &str) {
    if std::io::stdout().is_terminal() {
        emit(&printable_lines(text));
    } else {
        emit(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_flag_then_no_color_then_clicolor_then_the_terminal() {
        let tty = Env {
            terminal: true,
            ..Env::default()
        };
        let pipe = Env::default();
        assert!(ColorChoice::Auto.decide(&tty));
        assert!(!ColorChoice::Auto.decide(&pipe));
        assert!(ColorChoice::Always.decide(&pipe));
        assert!(!ColorChoice::Never.decide(&tty));
        let no_color = Env {
            no_color: true,
            ..tty
        };
        assert!(!ColorChoice::Auto.decide(&no_color));
        // An explicit flag is the user's word over the environment's.
        assert!(ColorChoice::Always.decide(&no_color));
        let forced = Env {
            clicolor_force: true,
            ..pipe
        };
        assert!(ColorChoice::Auto.decide(&forced));
        assert!(!ColorChoice::Auto.decide(&Env {
            no_color: true,
            ..forced
        }));
        assert!(!ColorChoice::Auto.decide(&Env {
            clicolor_off: true,
            ..tty
        }));
        assert!(!ColorChoice::Auto.decide(&Env { dumb: true, ..tty }));
    }
}
