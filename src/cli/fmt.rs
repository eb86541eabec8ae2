//! `ropa fmt`: rewrite register files into the canonical layout.

use std::path::{Path, PathBuf};

use super::{display_path, register_path};
use crate::register::format::unformatted;
use crate::register::load::load;
use crate::register::write::write_atomic;

/// Arguments of `ropa fmt`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only list the files that are not canonical; exit 1 if any.
    #[arg(long)]
    check: bool,
    /// The register folder.
    path: Option<PathBuf>,
}

/// Runs `ropa fmt`.
pub fn run(args: &Args, global: Option<&Path>) -> i32 {
    let root = register_path(args.path.as_deref(), global);
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    for e in &loaded.errors {
        eprintln!(
            "{}:{}:{}: error: {} (left as it is)",
            display_path(&root, &e.path),
            e.pos.line,
            e.pos.col,
            super::printable(&e.message)
        );
    }
    let todo = unformatted(&loaded);
    let mut status = if loaded.errors.is_empty() { 0 } else { 1 };
    for u in &todo {
        let shown = display_path(&root, &u.path);
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
