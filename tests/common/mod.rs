//! Shared helpers for integration tests: a clean register fixture written to
//! a temporary folder, and running the real binary.

#![allow(dead_code)]

pub mod form;
pub mod interface;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ropa::register::format::to_canonical;
use ropa::register::model::*;

/// The repository's bundled sample register.
pub fn sample_registry() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

/// The ropa binary on `args`, ready to run in this repository's root
/// (which is not a register: `registry/` is, and is found only from
/// inside it), without `$ROPA_REGISTRY`, and with a config directory and a
/// data directory of the tests' own, so the user's `config.ron` and
/// default register are never used, and in the C locale (English). Tests
/// that need another environment change it on the command.
pub fn ropa_command(args: &[&str]) -> Command {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ropa"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        // English output whatever the locale of the machine running the
        // tests; tests of other languages set their own.
        .env("LC_ALL", "C.UTF-8");
    cmd
}

/// Runs [`ropa_command`] on `args`.
pub fn ropa(args: &[&str]) -> Output {
    ropa_command(args).output().expect("run ropa")
}

/// The visible subcommands of the command line, from the same clap
/// definition the binary parses with.
pub fn visible_subcommands() -> Vec<String> {
    let mut cmd = ropa::cli::command();
    cmd.build();
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .map(|s| s.get_name().to_string())
        .collect()
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// An organisation that passes every rule.
pub fn clean_org() -> Organisation {
    Organisation {
        review_interval_months: None,
        id: "acme".into(),
        name: "Acme ApS".into(),
        role: OrgRole::Controller,
        kind: OrgKind::Company,
        country: "DK".into(),
        org_number: Some(OrgNumber::Cvr("13748136".into())),
        address: Some("Vestergade 1, 8000 Aarhus C".into()),
        email: Some("privacy@acme.dk".into()),
        phone: Some("+45 33 12 34 56".into()),
        website: None,
        contacts: vec![],
        dpo: None,
        representative: None,
        art3_2_applies: false,
        art27_2_exemption: None,
        joint_controllers: vec![],
        recipients: vec![Recipient {
            id: "hosting".into(),
            name: "Hosting A/S".into(),
            kind: RecipientKind::Processor,
            country: Some("DK".into()),
            org_number: Some(OrgNumber::Cvr("39488914".into())),
            address: None,
            description: None,
            dpa_ref: Some("DPA-2025-01".into()),
            sub_processors: SubProcessors::None,
            dpf_certified: false,
            dpf_verified_on: None,
        }],
        systems: vec![],
        security_measures: Some("Kryptering, adgangsstyring og logning.".into()),
        security_ref: None,
        data_subject_rights: None,
        sources: vec![],
        not_stated: Vec::new(),
        acknowledgements: vec![],
        notes: None,
    }
}

/// An activity that passes every rule.
pub fn clean_activity() -> Activity {
    Activity {
        review_interval_months: None,
        id: "kundeservice".into(),
        name: "Kundeservice".into(),
        name_en: None,
        role: ActivityRole::Controller,
        status: Status::Approved,
        owner: None,
        last_reviewed: Some("2026-06-01".into()),
        description: None,
        on_behalf_of: vec![],
        purposes: vec![Purpose {
            id: "p1".into(),
            text: "Besvare henvendelser fra kunder.".into(),
            outside_public_tasks: false,
        }],
        legal_bases: vec![LegalBasis {
            purposes: vec![],
            article6: Some(Art6::B),
            law_ref: None,
            national_provision: None,
            legitimate_interest: None,
            text: Some("databeskyttelsesforordningens artikel 6, stk. 1, litra b".into()),
        }],
        special_conditions: vec![],
        criminal_basis: None,
        national_id_bases: vec![],
        data_subjects: vec![DataSubject {
            id: "kunder".into(),
            name: "Kunder".into(),
            vulnerable: false,
        }],
        data_categories: vec![DataCategory {
            id: "kontakt".into(),
            name: "Navn og e-mail".into(),
            kind: DataKind::Ordinary,
            subjects: vec![],
            collected_from: Some(CollectedFrom::DataSubject),
            source: None,
            published: false,
        }],
        recipients: vec![RecipientUse {
            recipient: "hosting".into(),
            data: vec![],
            purpose: Some("Drift".into()),
        }],
        recipients_none: false,
        transfers: vec![],
        retention: vec![RetentionRule {
            id: "r1".into(),
            categories: vec![],
            subjects: vec![],
            rule: Retention::Duration {
                period: "P5Y".into(),
                bound: Bound::Exact,
            },
            text: "5 år".into(),
        }],
        systems: vec![],
        security_measures: None,
        security_ref: None,
        business_function: None,
        lia_ref: None,
        retention_policy_ref: None,
        breach_refs: Vec::new(),
        automated_decisions: Some(AutomatedDecisions {
            present: false,
            ground: None,
            text: None,
        }),
        dpia: None,
        risk_criteria: vec![],
        consent: None,
        provision_requirement: None,
        data_subject_rights: None,
        not_stated: Vec::new(),
        acknowledgements: vec![],
        notes: None,
    }
}

/// A transfer `t1` to `country` resting on `mechanisms`, nothing else
/// recorded.
pub fn transfer(country: Option<&str>, mechanisms: Vec<Mechanism>) -> Transfer {
    Transfer {
        id: "t1".into(),
        country: country.map(Into::into),
        international_organisation: None,
        destination_text: None,
        recipients: vec![],
        mechanisms,
        safeguard_text: None,
        documentation: None,
        regular: false,
    }
}

/// Writes one organisation with its activities as a register in `dir`.
pub fn write_register(dir: &Path, org: &Organisation, acts: &[Activity]) {
    let od = dir.join(&org.id);
    std::fs::create_dir_all(od.join("activities")).expect("mkdir");
    std::fs::write(
        od.join("organisation.ron"),
        to_canonical(org).expect("serialise"),
    )
    .expect("write org");
    for a in acts {
        std::fs::write(
            od.join("activities").join(format!("{}.ron", a.id)),
            to_canonical(a).expect("serialise"),
        )
        .expect("write activity");
    }
}

/// Runs the `git` program in `repo` with `args`; fails the test, with
/// git's message, when it fails.
pub fn git(repo: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every record file's path and text, organisations before their
/// activities: what two loads of one register must agree on.
pub fn record_texts(orgs: &[ropa::register::load::OrgEntry]) -> Vec<(String, String)> {
    orgs.iter()
        .flat_map(|o| {
            std::iter::once((o.file.path.clone(), o.file.text.clone())).chain(
                o.activities
                    .iter()
                    .map(|a| (a.file.path.clone(), a.file.text.clone())),
            )
        })
        .collect()
}
