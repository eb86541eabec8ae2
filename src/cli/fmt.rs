//! `ropa fmt`: rewrite register files into the canonical layout.

use std::path::PathBuf;

use super::{Context, Output, display_path, open_register};
use crate::register::format::unformatted;
use crate::register::load::load;
use crate::register::write::write_atomic;

/// Arguments of `ropa fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only list the files that are not canonical; exit 1 if any.
    #[arg(long)]
    check: bool,
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
}

/// Runs `ropa fmt`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    // --check prints a list of files, which scripts read: the register
    // line goes to standard error there.
    let out = if args.check {
        Output::Machine
    } else {
        Output::Human
    };
    let root = match open_register(ctx, args.path.as_deref(), out) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    for e in &loaded.errors {
        eprintln!(
            "{}:{}:{}: error: {} (left as it is)",
            super::printable(&display_path(&root, &e.path)),
            e.pos.line,
            e.pos.col,
            super::printable(&e.message)
        );
    }
    let todo = unformatted(&loaded);
    let mut status = if loaded.errors.is_empty() { 0 } else { 1 };
    for u in &todo {
        let shown = super::printable(&display_path(&root, &u.path));
        if args.check {
            println!("{shown}");
            status = 1;
        } else {
            match write_atomic(&root.join(&u.path), u.canonical.as_bytes()) {
                Ok(()) => println!("formatted {shown}"),
                Err(e) => {
                    eprintln!("{shown}: error: cannot write: {e}");
                    status = 1;
                }
            }
        }
    }
    status
}
