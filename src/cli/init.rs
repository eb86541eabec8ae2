//! `ropa init`: a new register repository, and the pre-commit hook that
//! validates what is being committed.

use std::path::{Path, PathBuf};

use super::{Context, Output, announce, printable};
use crate::register::date::Date;
use crate::register::init::{self, InitError};
use crate::register::lang::{Arg, Lang, tr_args};
use crate::register::resolve::{self, Source, Sources};

/// Arguments of `ropa init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new register's folder (must not exist or be empty; default:
    /// --registry, else $ROPA_REGISTRY, else `registry` in config.ron).
    /// With --hooks, an existing register (default: as for every command,
    /// e.g. the register the current folder is in).
    path: Option<PathBuf>,
    /// Install a git pre-commit hook that runs `ropa validate` and `ropa fmt
    /// --check` on what is being committed. On an existing register, only
    /// installs the hook (never replaces an existing one) and adds the
    /// ropa.ron that marks the register's root if it has none (not
    /// committed: commit it with your next change).
    #[arg(long)]
    hooks: bool,
}

/// Runs `ropa init`: exit 0 done, 1 refused (something is in the way), 2
/// failed.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    let mut sources = ctx.sources(args.path.as_deref());
    // A new register is created where it is named, never in the folder the
    // user happens to stand in, nor as the default register.
    sources.data_dir = None;
    let cwd = sources.cwd.take();
    if args.hooks {
        // An existing register, resolved as for every command (but the
        // default register is not offered a hook).
        let existing = Sources {
            cwd,
            ..sources.clone()
        };
        let Ok(register) = resolve::locate(&existing) else {
            eprintln!(
                "error: no register here: the current folder is not inside one; name it: \
                 ropa init --hooks PATH"
            );
            return 2;
        };
        if is_non_empty_folder(&register.path) {
            announce(&register, Output::Human, ctx.lang(&register.path));
            let lang = ctx.lang(&register.path);
            return match hook(&register.path, lang).and_then(|()| mark(&register.path, lang)) {
                Ok(()) => 0,
                Err(e) => fail(&e),
            };
        }
    }
    let Ok(register) = resolve::locate(&sources) else {
        eprintln!("error: ropa init needs the folder to create the register in: ropa init PATH");
        return 2;
    };
    let path = register.path.as_path();
    if let Err(e) = init::create(path, Date::today()) {
        return fail(&e);
    }
    let shown = printable(&path.display().to_string());
    let lang = ctx.lang(path);
    let say = |key: &str, args: &[(&str, Arg)]| println!("{}", tr_args(lang, key, args));
    // The files, indented under the first line.
    let item = |key: &str, files: String| {
        println!("  {}", tr_args(lang, key, &[("files", files.into())]));
    };
    // The line naming the register, in init's words: where it is, and why
    // there when the user did not name the folder.
    let whence = match register.source {
        Source::Given => String::new(),
        other => format!(" ({})", other.describe_in(lang)),
    };
    say(
        "cli-init-created",
        &[(
            "path",
            format!(
                "{}{whence}",
                printable(&register.absolute().display().to_string())
            )
            .into(),
        )],
    );
    item(
        "cli-init-readme",
        format!("{}, {}", init::README_PATH, resolve::MARKER_FILE),
    );
    item(
        "cli-init-example",
        format!(
            "{}/organisation.ron, {0}/activities/{}.ron",
            init::EXAMPLE_ORG,
            init::EXAMPLE_ACTIVITY
        ),
    );
    item(
        "cli-init-ci",
        format!("{}, {}", init::GITHUB_WORKFLOW_PATH, init::GITLAB_CI_PATH),
    );
    if args.hooks {
        if let Err(e) = hook(path, lang) {
            return fail(&e);
        }
    } else {
        say("cli-init-hooks-hint", &[("path", (&shown).into())]);
    }
    say("cli-init-open", &[("path", (&shown).into())]);
    0
}

/// Adds the marker to an existing register that has none, and says so.
fn mark(register: &Path, lang: Lang) -> Result<(), InitError> {
    let written = resolve::write_marker(register).map_err(|source| InitError::Io {
        path: register.join(resolve::MARKER_FILE).display().to_string(),
        source,
    })?;
    if written {
        let shown = printable(&register.join(resolve::MARKER_FILE).display().to_string());
        println!(
            "{}",
            tr_args(lang, "cli-init-marker-written", &[("path", shown.into())])
        );
    }
    Ok(())
}

fn hook(register: &Path, lang: Lang) -> Result<(), InitError> {
    let ropa = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .unwrap_or_else(|| "ropa".into());
    let path = init::install_hook(register, &ropa)?;
    println!(
        "{}",
        tr_args(
            lang,
            "cli-init-hook-installed",
            &[("path", printable(&path.display().to_string()).into())],
        )
    );
    Ok(())
}

fn is_non_empty_folder(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some())
}

fn fail(e: &InitError) -> i32 {
    // The error names the folder as it was given: it may hold anything.
    eprintln!("error: {}", super::printable_lines(&e.to_string()));
    if let InitError::NotEmpty(p) | InitError::ExistingRepository(p) = e {
        eprintln!(
            "(to check every commit of an existing register: ropa init --hooks {})",
            printable(p)
        );
    }
    if e.is_refusal() { 1 } else { 2 }
}
