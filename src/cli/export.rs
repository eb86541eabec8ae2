//! `ropa export`: the whole register as Markdown, HTML, CSV or JSON.

use std::path::PathBuf;

use super::{Context, Output, open_register};
use crate::register::export::{ExportFormat, export};

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, a document per organisation.
    Md,
    /// One self-contained HTML page.
    Html,
    /// One row per activity, ICO controller template columns.
    Csv,
    /// Every field, lossless.
    Json,
}

impl From<Format> for ExportFormat {
    fn from(f: Format) -> Self {
        match f {
            Format::Md => ExportFormat::Markdown,
            Format::Html => ExportFormat::Html,
            Format::Csv => ExportFormat::Csv,
            Format::Json => ExportFormat::Json,
        }
    }
}
use crate::register::load::load;

/// Arguments of `ropa export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// Write to FILE instead of standard output. Written to a terminal,
    /// control and bidirectional formatting characters in the register's
    /// text are shown escaped (`\u{1b}`, `<U+202E>`); a file or a pipe
    /// gets the exact text.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Runs `ropa export`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    // An export is a document for a program or a reader: standard output
    // holds it alone (or nothing, with -o).
    let root = match open_register(ctx, args.path.as_deref(), Output::Machine) {
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
            "{}:{}:{}: error: {} (left out of the export)",
            super::printable(&super::display_path(&root, &e.path)),
            e.pos.line,
            e.pos.col,
            super::printable(&e.message)
        );
    }
    let text = export(&loaded.register, args.format.into());
    match &args.output {
        Some(p) => {
            if let Err(e) = write_output(p, &text) {
                eprintln!(
                    "error: cannot write {}: {e}",
                    super::printable(&p.display().to_string())
                );
                return 2;
            }
        }
        // On a terminal the document is read, not kept: register text
        // is shown escaped, so a name holding an escape sequence cannot
        // drive the terminal. A file or a pipe gets the exact text.
        None => super::emit_document(&text),
    }
    if loaded.errors.is_empty() { 0 } else { 1 }
}

/// Writes the export to `path`: a file is replaced atomically; anything
/// else that is already there (a named pipe, a terminal such as
/// `/dev/tty`, `/dev/stdout`) is written into as it is, never replaced by
/// a file. A terminal gets the document escaped, as on standard output.
fn write_output(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::{IsTerminal, Write};
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if !special {
        return crate::register::write::write_atomic(path, text.as_bytes());
    }
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    if f.is_terminal() {
        f.write_all(super::printable_lines(text).as_bytes())?;
    } else {
        f.write_all(text.as_bytes())?;
    }
    f.flush()
}
