//! `ropa init`: a new register repository, and the pre-commit hook that
//! validates what is being committed.

use std::path::{Path, PathBuf};

use crate::register::date::Date;
use crate::register::init::{self, InitError};

/// Arguments of `ropa init`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new register's folder (must not exist or be empty); with
    /// --hooks, an existing register (default: --registry, else the
    /// current folder).
    path: Option<PathBuf>,
    /// Install a git pre-commit hook that runs `ropa validate` and `ropa fmt
    /// --check` on what is being committed. On an existing register, only
    /// installs the hook; never replaces an existing one.
    #[arg(long)]
    hooks: bool,
}

/// Runs `ropa init`: exit 0 done, 1 refused (something is in the way), 2
/// failed.
pub fn run(args: &Args, global: Option<&Path>) -> i32 {
    let Some(path) = args.path.as_deref().or(global).or(if args.hooks {
        Some(Path::new("."))
    } else {
        None
    }) else {
        eprintln!("error: ropa init needs the folder to create the register in: ropa init PATH");
        return 2;
    };
    if args.hooks && is_non_empty_folder(path) {
        return match hook(path) {
            Ok(()) => 0,
            Err(e) => fail(&e),
        };
    }
    if let Err(e) = init::create(path, Date::today()) {
        return fail(&e);
    }
    let shown = path.display();
    println!("Created a new register in {shown} and committed it:");
    println!("  {}", init::README_PATH);
    println!(
        "  {}/organisation.ron, {0}/activities/{}.ron (an example; delete it once yours are in)",
        init::EXAMPLE_ORG,
        init::EXAMPLE_ACTIVITY
    );
    println!(
        "  {}, {} (set ROPA_GIT for them; see README.md)",
        init::GITHUB_WORKFLOW_PATH,
        init::GITLAB_CI_PATH
    );
    if args.hooks {
        if let Err(e) = hook(path) {
            return fail(&e);
        }
    } else {
        println!("Check every git commit too: ropa init --hooks {shown}");
    }
    println!("Open it: ropa --registry {shown}");
    0
}

fn hook(register: &Path) -> Result<(), InitError> {
    let ropa = std::env::current_exe()
        .ok()
        .and_then(|p| p.to_str().map(str::to_string))
        .unwrap_or_else(|| "ropa".into());
    let path = init::install_hook(register, &ropa)?;
    println!(
        "Installed {}: git commit now runs ropa validate and ropa fmt --check on what is being committed.",
        path.display()
    );
    Ok(())
}

fn is_non_empty_folder(path: &Path) -> bool {
    std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some())
}

fn fail(e: &InitError) -> i32 {
    eprintln!("error: {e}");
    if let InitError::NotEmpty(p) | InitError::ExistingRepository(p) = e {
        eprintln!("(to check every commit of an existing register: ropa init --hooks {p})");
    }
    if e.is_refusal() { 1 } else { 2 }
}
