//! `docs/rules.md`, the rule reference the SARIF output links to, is the
//! catalogue's own text: a rule added, removed or reworded in
//! `src/register/validate/catalogue.rs` without the file regenerated
//! fails here. `ROPA_UPDATE_DOCS=1 cargo test --test rules_doc` writes it.

use ropa::register::validate::RULES;
use ropa::register::validate::catalogue::reference_markdown;
use std::path::Path;

fn doc_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md")
}

#[test]
fn the_rule_reference_is_the_catalogue() {
    let want = reference_markdown();
    if std::env::var_os("ROPA_UPDATE_DOCS").is_some() {
        std::fs::write(doc_path(), &want).expect("write docs/rules.md");
    }
    let have = std::fs::read_to_string(doc_path()).expect("read docs/rules.md");
    assert!(
        have == want,
        "docs/rules.md differs from the catalogue; run \
         `ROPA_UPDATE_DOCS=1 cargo test --test rules_doc` and commit it"
    );
}

#[test]
fn every_rule_has_its_own_heading_whose_anchor_is_its_lowercase_id() {
    let doc = reference_markdown();
    for r in RULES {
        let heading = format!("\n## {}\n", r.id);
        assert_eq!(doc.matches(&heading).count(), 1, "{}", r.id);
        // GitHub's anchor of a heading: lower case, spaces to hyphens,
        // punctuation other than hyphens dropped. Rule ids are letters,
        // digits and one hyphen, so the anchor is the id in lower case.
        assert!(
            r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{} would not make a plain anchor",
            r.id
        );
    }
}
