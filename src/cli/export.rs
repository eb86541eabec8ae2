//! `ropa export`: the register as Markdown, HTML, JSON, its data flows for
//! Graphviz, or in a layout
//! DPOs know (Danish, Norwegian, ICO) as an Excel workbook, a Word document
//! or an Excel-ready CSV; all of it, or some statuses and organisations.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::{Context, Output, open_register};
use crate::register::export::{self, ExportFormat, Filter, Layout, export_in};
use crate::register::lang::{Lang, tr, tr_args};
use crate::register::load::{Register, load};
use crate::register::model::Status;

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, a document per organisation.
    Md,
    /// One self-contained HTML page.
    Html,
    /// One row per activity in the layout's columns, for Excel: UTF-8
    /// with a byte-order mark, `;` for da and nb, `,` for ico, CRLF.
    Csv,
    /// Every field, lossless.
    Json,
    /// An Excel workbook in the layout: a sheet per organisation, and one
    /// per organisation's processor records (Art. 30(2)).
    Xlsx,
    /// A Word document in the layout: a table per organisation.
    Docx,
    /// Where the data go, for Graphviz: organisations → activities →
    /// categories of data → recipients → countries, transfer mechanisms on
    /// the edges (`dot -Tsvg`).
    Dot,
}

/// `--layout` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LayoutArg {
    /// Danish: Datatilsynet's guidance, KL's standard records.
    Da,
    /// Norwegian Bokmål: Datatilsynet's protokoll.
    Nb,
    /// English: the ICO controller template.
    Ico,
}

impl From<LayoutArg> for Layout {
    fn from(l: LayoutArg) -> Self {
        match l {
            LayoutArg::Da => Layout::Da,
            LayoutArg::Nb => Layout::Nb,
            LayoutArg::Ico => Layout::Ico,
        }
    }
}

/// `--status` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusArg {
    /// Being written.
    Draft,
    /// Waiting for review.
    InReview,
    /// Reviewed and approved: what an authority is given.
    Approved,
    /// No longer carried out.
    Retired,
}

impl From<StatusArg> for Status {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Draft => Status::Draft,
            StatusArg::InReview => Status::InReview,
            StatusArg::Approved => Status::Approved,
            StatusArg::Retired => Status::Retired,
        }
    }
}

/// Arguments of `ropa export`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
For the supervisory authority, export the approved records only:
  ropa export --format xlsx --status approved -o fortegnelse.xlsx

Layouts (csv, xlsx, docx): da, nb, ico. Without --layout the layout is the
register's: da when most organisations are Danish, nb when most are
Norwegian, else ico.")]
pub struct Args {
    /// The register folder (default: --registry, else $ROPA_REGISTRY, else
    /// the register the current folder is in, …; see `ropa --help`).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// The columns and headings of csv, xlsx and docx (default: the
    /// register's).
    #[arg(long, value_enum)]
    layout: Option<LayoutArg>,
    /// The CSV field separator: one character, or `tab` (default: `;` for
    /// the da and nb layouts, `,` for ico).
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<char>,
    /// Only activities of this status (repeat for several). With a status,
    /// organisations that have no such activity are left out, unless named
    /// with --org.
    #[arg(long, value_enum, value_name = "STATUS")]
    status: Vec<StatusArg>,
    /// Only this organisation, by id (repeat for several).
    #[arg(long, value_name = "ID")]
    org: Vec<String>,
    /// Write to FILE instead of standard output. Written to a terminal,
    /// control and bidirectional formatting characters in the register's
    /// text are shown escaped (`\u{1b}`, `<U+202E>`); a file or a pipe
    /// gets the exact text. xlsx and docx are written to a file or a pipe
    /// only.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Parses `--delimiter`: one character other than a quote or a line
/// break, or `tab`.
fn parse_delimiter(s: &str) -> Result<char, String> {
    if s.eq_ignore_ascii_case("tab") || s == "\\t" {
        return Ok('\t');
    }
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !matches!(c, '"' | '\n' | '\r') => Ok(c),
        (Some('"' | '\n' | '\r'), None) => {
            Err("a quote or a line break cannot separate fields".into())
        }
        _ => Err(format!("`{s}` is not one character (or `tab`)")),
    }
}

/// The document to write: text (shown escaped on a terminal) or a binary
/// file.
enum Document {
    Text(String),
    Binary(Vec<u8>),
}

/// Runs `ropa export`.
pub fn run(args: &Args, ctx: &Context) -> i32 {
    // An export is a document for a program or a reader: standard output
    // holds it alone (or nothing, with -o).
    let root = match open_register(ctx, args.path.as_deref(), Output::Machine) {
        Ok(r) => r.path,
        Err(code) => return code,
    };
    let lang = ctx.lang(&root);
    if args.delimiter.is_some() && args.format != Format::Csv {
        refuse(lang, &tr(lang, "cli-export-delimiter-csv-only"));
        return 2;
    }
    if args.layout.is_some() && !matches!(args.format, Format::Csv | Format::Xlsx | Format::Docx) {
        refuse(lang, &tr(lang, "cli-export-layout-formats"));
        return 2;
    }
    if matches!(args.format, Format::Xlsx | Format::Docx)
        && args.output.is_none()
        && std::io::stdout().is_terminal()
    {
        refuse(
            lang,
            &tr_args(
                lang,
                "cli-export-binary-terminal",
                &[("format", format_name(args.format).into())],
            ),
        );
        return 2;
    }
    let loaded = match load(&root) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}", super::printable_lines(&e.to_string()));
            return 2;
        }
    };
    for e in &loaded.errors {
        eprintln!(
            "{}:{}:{}: error: {} ({})",
            super::printable(&super::display_path(&root, &e.path)),
            e.pos.line,
            e.pos.col,
            super::printable(&e.message),
            tr(lang, "cli-export-left-out")
        );
    }
    let filter = Filter {
        statuses: args.status.iter().map(|s| Status::from(*s)).collect(),
        orgs: args.org.clone(),
    };
    let reg = match export::filter(&loaded.register, &filter) {
        Ok(r) => r,
        Err(export::ExportError::UnknownOrg { id, known }) => {
            eprintln!(
                "{}",
                crate::register::lang::tr_args(
                    lang,
                    "cli-export-unknown-org",
                    &[
                        ("id", super::printable(&id).into()),
                        ("known", super::printable(&known).into()),
                    ],
                )
            );
            return 2;
        }
        Err(e) => {
            refuse(lang, &super::printable(&e.render(lang)));
            return 2;
        }
    };
    if reg.organisations.is_empty() && !filter.statuses.is_empty() {
        eprintln!(
            "{}",
            crate::register::lang::tr(lang, "cli-export-no-status")
        );
    }
    // The layout of the register's own language, where its settings name
    // one; else the one its organisations' countries suggest.
    let layout = args.layout.map(Layout::from).unwrap_or_else(|| {
        match crate::register::resolve::read_settings(&root)
            .ok()
            .flatten()
            .and_then(|s| s.lang)
        {
            Some(l) => Layout::for_language(l.code()),
            None => Layout::for_register(&reg),
        }
    });
    let doc = match render(&reg, args, layout, lang) {
        Ok(d) => d,
        Err(e) => {
            refuse(lang, &super::printable(&e.render(lang)));
            return 2;
        }
    };
    match (&args.output, doc) {
        (Some(p), doc) => {
            if let Err(e) = write_output(p, &doc) {
                refuse(
                    lang,
                    &tr_args(
                        lang,
                        "cli-export-cannot-write",
                        &[
                            ("path", super::printable(&p.display().to_string()).into()),
                            ("reason", e.to_string().into()),
                        ],
                    ),
                );
                return 2;
            }
        }
        // On a terminal the document is read, not kept: register text
        // is shown escaped, so a name holding an escape sequence cannot
        // drive the terminal. A file or a pipe gets the exact text.
        (None, Document::Text(text)) => super::emit_document(&text),
        (None, Document::Binary(bytes)) => emit_bytes(&bytes),
    }
    if loaded.errors.is_empty() { 0 } else { 1 }
}

/// Says an error in `lang`: `feil: …`, `fejl: …`, `error: …`.
fn refuse(lang: Lang, text: &str) {
    eprintln!("{}: {text}", tr(lang, "cli-severity-error"));
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Md => "md",
        Format::Html => "html",
        Format::Csv => "csv",
        Format::Json => "json",
        Format::Xlsx => "xlsx",
        Format::Docx => "docx",
        Format::Dot => "dot",
    }
}

/// The export of `reg` as `args` ask.
/// The documents (Markdown, HTML) speak `lang`; the spreadsheets and Word
/// tables speak their layout's language.
fn render(
    reg: &Register,
    args: &Args,
    layout: Layout,
    lang: Lang,
) -> Result<Document, export::ExportError> {
    Ok(match args.format {
        Format::Md => Document::Text(export_in(reg, ExportFormat::Markdown, lang)),
        Format::Html => Document::Text(export_in(reg, ExportFormat::Html, lang)),
        Format::Json => Document::Text(export_in(reg, ExportFormat::Json, lang)),
        Format::Dot => Document::Text(export_in(reg, ExportFormat::Dot, lang)),
        Format::Csv => Document::Text(export::excel_csv(reg, layout, args.delimiter)),
        Format::Xlsx => Document::Binary(export::xlsx::render(reg, layout)?),
        Format::Docx => Document::Binary(export::docx::render(reg, layout)?),
    })
}

/// Writes binary output to standard output (never a terminal: checked
/// before). A closed pipe ends the output quietly.
fn emit_bytes(bytes: &[u8]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
}

/// Writes the export to `path`: a file is replaced atomically; anything
/// else that is already there (a named pipe, a terminal such as
/// `/dev/tty`, `/dev/stdout`) is written into as it is, never replaced by
/// a file. A terminal gets a text document escaped, as on standard
/// output, and never a binary one.
fn write_output(path: &std::path::Path, doc: &Document) -> std::io::Result<()> {
    use std::io::Write;
    let bytes = match doc {
        Document::Text(t) => t.as_bytes(),
        Document::Binary(b) => b.as_slice(),
    };
    let special = std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir());
    if !special {
        return crate::register::write::write_atomic(path, bytes);
    }
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    if f.is_terminal() {
        match doc {
            Document::Text(t) => f.write_all(super::printable_lines(t).as_bytes())?,
            Document::Binary(_) => {
                return Err(std::io::Error::other(
                    "a binary file is not written to a terminal",
                ));
            }
        }
    } else {
        f.write_all(bytes)?;
    }
    f.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_one_character_or_tab() {
        assert_eq!(parse_delimiter(";"), Ok(';'));
        assert_eq!(parse_delimiter("tab"), Ok('\t'));
        assert_eq!(parse_delimiter("|"), Ok('|'));
        assert!(parse_delimiter(";;").is_err());
        assert!(parse_delimiter("\"").is_err());
        assert!(parse_delimiter("").is_err());
    }
}
