//! `ropa schema`: the JSON Schema of `ropa export --format json` on
//! standard output, for tools that read the register's export.

/// Arguments of `ropa schema` (none).
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `ropa schema`: prints the schema; exit 0.
pub fn run(_args: &Args) -> i32 {
    super::emit(&crate::register::export::json::render_schema());
    0
}
