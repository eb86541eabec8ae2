//! `ropa` without a subcommand: an overview of the register, organisation
//! by organisation, with finding counts.

use super::{Context, Output, open_register, printable};
use crate::register::load::load;
use crate::register::validate::{Options, Severity, validate};

/// Prints the overview.
pub fn run(ctx: &Context) -> i32 {
    let root = match open_register(ctx, None, Output::Human) {
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
    let report = validate(&loaded, &Options::default());
    // Ids, names and paths come from the register: escaped, never raw.
    for org in &loaded.register.organisations {
        let folder = org.file.path.split('/').next().unwrap_or_default();
        let count = |s: Severity| {
            report
                .findings
                .iter()
                .filter(|f| {
                    f.is_active() && f.severity == s && f.path.starts_with(&format!("{folder}/"))
                })
                .count()
        };
        println!(
            "\n{} ({}) — {} activities, {} errors, {} warnings",
            printable(&org.org.name),
            printable(&org.org.id),
            org.activities.len(),
            count(Severity::Error),
            count(Severity::Warning)
        );
        for a in &org.activities {
            println!(
                "  {:<32} {}",
                printable(&a.activity.id),
                printable(&a.activity.name)
            );
        }
    }
    println!(
        "\n{} errors, {} warnings, {} acknowledged — details: ropa validate {}",
        report.errors(),
        report.warnings(),
        report.acknowledged(),
        printable(&root.display().to_string())
    );
    0
}
