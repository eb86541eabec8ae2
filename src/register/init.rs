//! A new register repository: the skeleton `ropa init` writes, and the
//! pre-commit hook.
//!
//! The register of a new repository is its root folder, marked by
//! `ropa.ron` ([`MARKER_FILE`]) so that ropa run anywhere inside it finds
//! it: organisation folders sit beside `ropa.ron`, `README.md`, `.github/`
//! and `.gitlab-ci.yml`, which [`load`] passes over because they are not
//! folders holding `organisation.ron`. The templates live in
//! `templates/init/` of ropa's source and are embedded in the binary.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use super::date::Date;
use super::format::to_canonical;
use super::load::{ACTIVITIES_DIR, ORGANISATION_FILE, load};
use super::model::*;
use super::resolve::{MARKER_FILE, MARKER_TEXT};

/// The README for the register's users, with `@VERSION@` and
/// `@REPOSITORY@` to fill in.
pub const README: &str = include_str!("../../templates/init/README.md");
/// The GitHub Actions workflow, with `@ACTION@`, `@VERSION@` and
/// `@REPOSITORY@` to fill in ([`github_workflow`]).
pub const GITHUB_WORKFLOW: &str = include_str!("../../templates/init/github-workflow.yml");
/// The GitLab CI configuration, with `@VERSION@` and `@REPOSITORY@` to fill
/// in ([`gitlab_ci`]).
pub const GITLAB_CI: &str = include_str!("../../templates/init/gitlab-ci.yml");

/// Where ropa's source, releases and GitHub Action are: Cargo.toml's
/// `repository`, the one address the CI files, the action and the SARIF
/// report name.
pub const REPOSITORY: &str = if env!("CARGO_PKG_REPOSITORY").is_empty() {
    "https://github.com/ropa-register/ropa"
} else {
    env!("CARGO_PKG_REPOSITORY")
};

/// The version of this ropa, which the CI files `ropa init` writes install.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// ropa's GitHub Action as a workflow names it (`owner/name` of
/// [`REPOSITORY`]), without the version.
pub fn action() -> &'static str {
    let r = REPOSITORY.trim_end_matches('/');
    let r = r.strip_suffix(".git").unwrap_or(r);
    r.strip_prefix("https://github.com/").unwrap_or(r)
}

/// The GitHub workflow `ropa init` writes: ropa's action at this version.
pub fn github_workflow() -> String {
    fill(GITHUB_WORKFLOW)
}

/// The GitLab CI configuration `ropa init` writes: this version's release.
pub fn gitlab_ci() -> String {
    fill(GITLAB_CI)
}

fn fill(template: &str) -> String {
    template
        .replace("@ACTION@", action())
        .replace("@VERSION@", VERSION)
        .replace("@REPOSITORY@", REPOSITORY)
}
/// The pre-commit hook, with `@ROPA@` and `@REGISTER@` to fill in.
const PRE_COMMIT: &str = include_str!("../../templates/init/pre-commit.sh");

/// Where the README goes in a new repository.
pub const README_PATH: &str = "README.md";
/// Where the GitHub workflow goes in a new repository.
pub const GITHUB_WORKFLOW_PATH: &str = ".github/workflows/ropa.yml";
/// Where the GitLab configuration goes in a new repository.
pub const GITLAB_CI_PATH: &str = ".gitlab-ci.yml";
/// Id (and folder) of the example organisation.
pub const EXAMPLE_ORG: &str = "eksempel";
/// Id (and file name) of the example activity.
pub const EXAMPLE_ACTIVITY: &str = "kundeservice";
/// The message of the skeleton's commit.
pub const COMMIT_MESSAGE: &str = "New register: skeleton from ropa init";

/// Why `ropa init` did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The destination holds something already; nothing was written.
    #[error("{0}: is not empty; ropa init only creates a register in a new or empty folder")]
    NotEmpty(String),
    /// The destination is an existing git repository; nothing was written.
    #[error(
        "{0}: is already a git repository; ropa init only creates a register in a new or empty folder"
    )]
    ExistingRepository(String),
    /// The destination is inside another git repository's work tree; a
    /// repository of its own there would be an embedded repository (a
    /// gitlink to the outer one, its files not in it). Nothing was written.
    #[error(
        "{path}: is inside the git repository {outer}; ropa init makes a repository of its own, \
         which that repository would hold as an embedded repository (a gitlink), not as files. \
         Create the register in a folder outside it, or keep the register as a folder of that \
         repository (ropa.ron and one folder per organisation, as in the sample register) and \
         check it with ropa init --hooks and ropa validate"
    )]
    InsideRepository {
        /// The destination, as given.
        path: String,
        /// The outer repository's work tree.
        outer: String,
    },
    /// The destination exists and is a file.
    #[error("{0}: exists and is not a folder")]
    NotAFolder(String),
    /// A pre-commit hook is installed already and was left as it is.
    #[error(
        "{0}: a pre-commit hook exists already; left as it is (remove it or merge ropa's check into it by hand)"
    )]
    HookExists(String),
    /// The register is not inside a git work tree.
    #[error(
        "{0}: not inside a git repository (git init it first, or create a new register with ropa init PATH)"
    )]
    NotInRepository(String),
    /// The folder is not a register.
    #[error("{0}")]
    NotARegister(String),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// git failed.
    #[error("{path}: git: {source}")]
    Git {
        /// The repository.
        path: String,
        /// The cause.
        source: git2::Error,
    },
    /// A record could not be written as RON (a bug).
    #[error("cannot write the example records: {0}")]
    Format(#[from] ron::Error),
}

impl InitError {
    /// True when ropa refused to overwrite something, as opposed to failing.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Self::NotEmpty(_)
                | Self::ExistingRepository(_)
                | Self::InsideRepository { .. }
                | Self::NotAFolder(_)
                | Self::HookExists(_)
        )
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> InitError + '_ {
    move |source| InitError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// The example organisation: a made-up company, marked as an example, that
/// passes every rule.
pub fn example_organisation() -> Organisation {
    Organisation {
        review_interval_months: None,
        id: EXAMPLE_ORG.into(),
        name: "Eksempel ApS".into(),
        role: OrgRole::Controller,
        kind: OrgKind::Company,
        country: "DK".into(),
        // Made up: passes modulus 11 in a range CVR has not reached, and is
        // no placeholder pattern (ORG-002 rejects runs such as 12345674).
        org_number: Some(OrgNumber::Cvr("99887761".into())),
        address: Some("Eksempelvej 1, 8000 Aarhus C".into()),
        email: Some("privacy@example.com".into()),
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
            name: "Eksempel Hosting A/S".into(),
            kind: RecipientKind::Processor,
            country: Some("DK".into()),
            org_number: Some(OrgNumber::Cvr("12345682".into())),
            address: None,
            description: Some("Drift af kundeservicesystemet.".into()),
            dpa_ref: Some("Databehandleraftale af 1. januar (eksempel)".into()),
            sub_processors: SubProcessors::None,
            dpf_certified: false,
            dpf_verified_on: None,
        }],
        systems: vec![System {
            id: "helpdesk".into(),
            name: "Helpdesk".into(),
            description: Some("Sagsstyring for kundehenvendelser.".into()),
            location: Some("DK".into()),
        }],
        security_measures: Some(
            "Kryptering, adgangsstyring efter arbejdsbetinget behov og logning af opslag.".into(),
        ),
        security_ref: None,
        data_subject_rights: Some(
            "Henvendelser om indsigt, berigtigelse og sletning sendes til privacy@example.com."
                .into(),
        ),
        sources: vec![],
        not_stated: Vec::new(),
        acknowledgements: vec![],
        notes: Some(
            "EKSEMPEL fra ropa init: en opdigtet virksomhed, der viser en udfyldt fortegnelse. \
             Slet mappen eksempel/, når jeres egne organisationer er oprettet. \
             (Example made up by ropa init; delete it once your own organisations are in.)"
                .into(),
        ),
    }
}

/// The example activity of [`example_organisation`], reviewed on `today`.
pub fn example_activity(today: Date) -> Activity {
    Activity {
        review_interval_months: None,
        id: EXAMPLE_ACTIVITY.into(),
        name: "Kundeservice (eksempel)".into(),
        name_en: Some("Customer service (example)".into()),
        role: ActivityRole::Controller,
        status: Status::Draft,
        owner: Some("Kundeservicechef".into()),
        last_reviewed: Some(today.to_string()),
        description: Some("Besvarelse af kunders spørgsmål pr. e-mail og telefon.".into()),
        on_behalf_of: vec![],
        purposes: vec![Purpose {
            id: "p1".into(),
            text: "Besvare henvendelser fra kunder om deres køb.".into(),
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
            name: "Navn, e-mail og telefonnummer".into(),
            kind: DataKind::Ordinary,
            subjects: vec![],
            collected_from: Some(CollectedFrom::DataSubject),
            source: None,
            published: false,
        }],
        recipients: vec![RecipientUse {
            recipient: "hosting".into(),
            data: vec![],
            purpose: Some("Drift af helpdesk".into()),
        }],
        recipients_none: false,
        transfers: vec![],
        retention: vec![RetentionRule {
            id: "r1".into(),
            categories: vec![],
            subjects: vec![],
            rule: Retention::EventBased {
                event: RetentionEvent::CaseClosed,
                offset: "P2Y".into(),
                bound: Bound::Exact,
            },
            text: "2 år efter at henvendelsen er afsluttet".into(),
        }],
        systems: vec!["helpdesk".into()],
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
        notes: Some(
            "EKSEMPEL fra ropa init: ret den til en af jeres egne aktiviteter, eller slet den."
                .into(),
        ),
    }
}

/// Every file of a new register repository, as (path relative to the
/// repository root with `/` separators, content), in writing order.
pub fn skeleton(today: Date) -> Result<Vec<(String, String)>, ron::Error> {
    Ok(vec![
        (MARKER_FILE.into(), MARKER_TEXT.into()),
        (README_PATH.into(), fill(README)),
        (
            format!("{EXAMPLE_ORG}/{ORGANISATION_FILE}"),
            to_canonical(&example_organisation())?,
        ),
        (
            format!("{EXAMPLE_ORG}/{ACTIVITIES_DIR}/{EXAMPLE_ACTIVITY}.ron"),
            to_canonical(&example_activity(today))?,
        ),
        (GITHUB_WORKFLOW_PATH.into(), github_workflow()),
        (GITLAB_CI_PATH.into(), gitlab_ci()),
    ])
}

/// Creates a new register repository in `dest`, which must not exist or be
/// an empty folder: the [`skeleton`], `git init` and one commit (author:
/// the user's git identity, else "ropa"). On failure nothing is left
/// behind; `dest` is as it was.
pub fn create(dest: &Path, today: Date) -> Result<(), InitError> {
    let shown = dest.display().to_string();
    let existed = match fs::symlink_metadata(dest) {
        Ok(m) if !m.is_dir() => return Err(InitError::NotAFolder(shown)),
        Ok(_) => {
            if dest.join(".git").exists() {
                return Err(InitError::ExistingRepository(shown));
            }
            if fs::read_dir(dest).map_err(io(dest))?.next().is_some() {
                return Err(InitError::NotEmpty(shown));
            }
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(io(dest)(e)),
    };
    if let Some(outer) = enclosing_work_tree(dest) {
        return Err(InitError::InsideRepository {
            path: shown,
            outer: outer.display().to_string(),
        });
    }
    let files = skeleton(today)?;
    if !existed {
        fs::create_dir_all(dest).map_err(io(dest))?;
    }
    let result = write_and_commit(dest, &files);
    if result.is_err() {
        undo(dest, existed);
    }
    result
}

/// The work tree of the git repository `dest` would be inside, if any:
/// found as git finds it, from the nearest folder of `dest` that exists.
fn enclosing_work_tree(dest: &Path) -> Option<std::path::PathBuf> {
    let absolute = std::path::absolute(dest).ok()?;
    let start = absolute.ancestors().find(|p| p.is_dir())?;
    let repo = git2::Repository::discover(start).ok()?;
    let work = repo.workdir()?.canonicalize().ok()?;
    let dest = start
        .canonicalize()
        .ok()?
        .join(absolute.strip_prefix(start).ok()?);
    (dest != work && dest.starts_with(&work)).then_some(work)
}

fn write_and_commit(dest: &Path, files: &[(String, String)]) -> Result<(), InitError> {
    for (rel, text) in files {
        write_new(&dest.join(rel), text.as_bytes())?;
    }
    super::git::init_with_commit(dest, COMMIT_MESSAGE).map_err(|source| InitError::Git {
        path: dest.display().to_string(),
        source,
    })
}

/// Removes what [`create`] wrote: the folder it made, or the contents of the
/// empty folder it was given.
fn undo(dest: &Path, existed: bool) {
    if !existed {
        let _ = fs::remove_dir_all(dest);
        return;
    }
    if let Ok(entries) = fs::read_dir(dest) {
        for e in entries.flatten() {
            let p = e.path();
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                let _ = fs::remove_dir_all(&p);
            } else {
                let _ = fs::remove_file(&p);
            }
        }
    }
}

/// Writes a file that must not exist yet, creating its folder.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), InitError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(io(dir))?;
    }
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(io(path))?;
    f.write_all(bytes).map_err(io(path))?;
    f.sync_all().map_err(io(path))
}

/// Quotes `s` for a POSIX shell.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The pre-commit hook's text: it validates `register` (relative to the
/// repository root, `.` for the root) as staged, with the ropa at `ropa`
/// (an absolute path, falling back to `ropa` on `PATH`, or just `ropa`).
pub fn hook_script(ropa: &str, register: &str) -> String {
    PRE_COMMIT
        .replace("@ROPA@", &sh_quote(ropa))
        .replace("@REGISTER@", &sh_quote(register))
}

/// Installs the pre-commit hook for the register at `register`, a folder
/// inside a git work tree (its root or a subfolder). `ropa` is the program
/// the hook runs (see [`hook_script`]). Never replaces an existing hook.
/// Returns the hook's path.
pub fn install_hook(register: &Path, ropa: &str) -> Result<PathBuf, InitError> {
    let shown = register.display().to_string();
    let repo =
        super::git::discover(register).ok_or_else(|| InitError::NotInRepository(shown.clone()))?;
    let workdir = repo
        .workdir()
        .ok_or_else(|| InitError::NotInRepository(shown.clone()))?;
    let rel = relative_register(register, workdir)?;
    if let Err(e) = load(register) {
        let mut msg = e.to_string();
        let nested = register.join("registry");
        if load(&nested).is_ok() {
            msg.push_str(&format!(
                "; the register seems to be {}: ropa init --hooks {0}",
                nested.display()
            ));
        }
        return Err(InitError::NotARegister(msg));
    }
    let hooks = hooks_dir(&repo, workdir);
    let hook = hooks.join("pre-commit");
    if fs::symlink_metadata(&hook).is_ok() {
        return Err(InitError::HookExists(hook.display().to_string()));
    }
    write_new(&hook, hook_script(ropa, &rel).as_bytes())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).map_err(io(&hook))?;
    }
    Ok(hook)
}

/// `register` relative to the work tree root, `/`-separated; `.` for the
/// root itself.
fn relative_register(register: &Path, workdir: &Path) -> Result<String, InitError> {
    let reg = fs::canonicalize(register).map_err(io(register))?;
    let top = fs::canonicalize(workdir).map_err(io(workdir))?;
    let rel = reg
        .strip_prefix(&top)
        .map_err(|_| InitError::NotInRepository(register.display().to_string()))?;
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    Ok(if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    })
}

/// Where git looks for hooks: `core.hooksPath` when set (relative to the
/// work tree), else `hooks` in the (common) git folder.
fn hooks_dir(repo: &git2::Repository, workdir: &Path) -> PathBuf {
    let configured = repo
        .config()
        .ok()
        .and_then(|c| c.get_path("core.hooksPath").ok());
    match configured {
        Some(p) if p.is_absolute() => p,
        Some(p) => workdir.join(p),
        None => repo.commondir().join("hooks"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::validate::{Options, validate};

    fn today() -> Date {
        Date::parse("2026-03-01").expect("date")
    }

    #[test]
    fn skeleton_is_canonical_and_clean() {
        let dir = tempfile::tempdir().expect("tempdir");
        for (rel, text) in skeleton(today()).expect("skeleton") {
            let p = dir.path().join(rel);
            fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            fs::write(p, text).expect("write");
        }
        let loaded = load(dir.path()).expect("load");
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        assert!(crate::register::format::unformatted(&loaded).is_empty());
        let report = validate(
            &loaded,
            &Options {
                today: today(),
                strict: true,
            },
        );
        assert!(report.findings.is_empty(), "{:#?}", report.findings);
        assert_eq!(
            crate::register::resolve::read_settings(dir.path()),
            Ok(Some(crate::register::resolve::Settings {
                version: crate::register::resolve::SETTINGS_VERSION,
                lang: None,
            }))
        );
    }

    #[test]
    fn hook_script_quotes_its_values() {
        let s = hook_script("/opt/it's/ropa", "my register");
        assert!(s.starts_with("#!/bin/sh\n"));
        assert!(s.contains(r"ropa='/opt/it'\''s/ropa'"), "{s}");
        assert!(s.contains("register='my register'"), "{s}");
        assert!(!s.contains('@'), "{s}");
    }

    #[test]
    fn templates_name_the_commands() {
        assert!(GITHUB_WORKFLOW.contains("ropa validate --format github ."));
        assert!(GITLAB_CI.contains("ropa fmt --check ."));
        assert!(README.contains("ropa init --hooks"));
        assert!(README.contains(MARKER_FILE));
    }

    #[test]
    fn create_refuses_a_non_empty_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join("notes.txt"), "x").expect("write");
        let e = create(dir.path(), today()).expect_err("refused");
        assert!(e.is_refusal());
        assert_eq!(fs::read_dir(dir.path()).expect("ls").count(), 1);
    }

    #[test]
    fn relative_register_of_root_and_subfolder() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::create_dir_all(dir.path().join("a/b")).expect("mkdir");
        assert_eq!(relative_register(dir.path(), dir.path()).expect("rel"), ".");
        assert_eq!(
            relative_register(&dir.path().join("a/b"), dir.path()).expect("rel"),
            "a/b"
        );
    }
}
