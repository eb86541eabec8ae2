//! `ropa` without a subcommand: an overview of the register, organisation
//! by organisation, with finding counts.

use super::{Context, Output, open_register, printable};
use crate::register::lang::tr_args;
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
    let lang = ctx.lang(&root);
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
            "\n{}",
            tr_args(
                lang,
                "cli-overview-organisation",
                &[
                    ("name", printable(&org.org.name).into()),
                    ("id", printable(&org.org.id).into()),
                    ("activities", org.activities.len().into()),
                    ("errors", count(Severity::Error).into()),
                    ("warnings", count(Severity::Warning).into()),
                ],
            )
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
        "\n{}",
        tr_args(
            lang,
            "cli-overview-total",
            &[
                ("errors", report.errors().into()),
                ("warnings", report.warnings().into()),
                ("acknowledged", report.acknowledged().into()),
                ("path", printable(&root.display().to_string()).into()),
            ],
        )
    );
    0
}
