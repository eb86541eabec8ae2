//! `ropa init` with the real binary: the skeleton validates and is
//! committed, the CI files run the right commands, nothing is overwritten,
//! and the pre-commit hook checks what is being committed.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{clean_activity, clean_org, write_register};

/// The ropa binary under test, with a sandboxed environment: no register
/// or config from the user, git without global or system config.
fn ropa_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(args)
        .current_dir(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", dir.join(".no-config"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run ropa")
}

/// The git CLI in `dir`, sandboxed, with an identity.
fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git")
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn git_ok(dir: &Path, args: &[&str]) -> String {
    let o = git(dir, args);
    assert!(o.status.success(), "git {args:?}: {}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs `ropa init` for a new register `reg` inside a fresh temp dir.
fn new_register(extra: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut args = vec!["init", "reg"];
    args.extend_from_slice(extra);
    let o = ropa_in(dir.path(), &args);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let reg = dir.path().join("reg");
    (dir, reg)
}

/// Every file below `dir`, relative, sorted (`.git` left out).
fn files(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("ls") {
            let p = e.expect("entry").path();
            if p.file_name().is_some_and(|n| n == ".git") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("inside");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn init_creates_the_skeleton_in_one_commit() {
    let (_dir, reg) = new_register(&[]);
    assert_eq!(
        files(&reg),
        [
            ".github/workflows/ropa.yml",
            ".gitlab-ci.yml",
            "README.md",
            "eksempel/activities/kundeservice.ron",
            "eksempel/organisation.ron",
            "ropa.ron",
        ]
    );
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "1");
    assert_eq!(git_ok(&reg, &["status", "--porcelain"]), "");
    let tracked = git_ok(&reg, &["ls-files"]);
    assert_eq!(tracked.lines().count(), 6, "{tracked}");
    let subject = git_ok(&reg, &["log", "-1", "--format=%s"]);
    assert_eq!(subject.trim(), "New register: skeleton from ropa init");
    // No hook unless asked for.
    assert!(!reg.join(".git/hooks/pre-commit").exists());
}

#[test]
fn init_output_validates_and_is_canonical() {
    let (_dir, reg) = new_register(&[]);
    let v = ropa_in(&reg, &["validate", ".", "--strict", "--deny-warnings"]);
    assert_eq!(v.status.code(), Some(0), "{}", text(&v));
    assert!(
        String::from_utf8_lossy(&v.stdout).contains("0 errors, 0 warnings"),
        "{}",
        text(&v)
    );
    let g = ropa_in(&reg, &["validate", "--format", "github", "."]);
    assert_eq!(g.status.code(), Some(0), "{}", text(&g));
    let f = ropa_in(&reg, &["fmt", "--check", "."]);
    assert_eq!(f.status.code(), Some(0), "{}", text(&f));
    assert!(f.stdout.is_empty(), "{}", text(&f));
    // The example is there and marked as one.
    let org = std::fs::read_to_string(reg.join("eksempel/organisation.ron")).expect("read");
    assert!(
        org.contains("Eksempel ApS") && org.contains("EKSEMPEL"),
        "{org}"
    );
}

/// The `run:` commands of a workflow, joined across `|` blocks, one per
/// line, trimmed; with `commented`, those of its commented-out lines
/// (`#      - run: …`) too.
fn commands(yaml: &str, commented: bool) -> Vec<String> {
    yaml.lines()
        .map(str::trim)
        .filter_map(|l| match l.strip_prefix('#') {
            Some(rest) if commented => Some(rest.trim()),
            Some(_) => None,
            None => Some(l),
        })
        .map(|l| l.strip_prefix("- ").unwrap_or(l))
        .map(|l| l.strip_prefix("run: ").unwrap_or(l))
        .filter(|l| l.starts_with("ropa ") || l.starts_with("cargo install"))
        .map(str::to_string)
        .collect()
}

/// ropa's repository and version, as this build knows them.
const REPOSITORY: &str = ropa::register::init::REPOSITORY;
const VERSION: &str = env!("CARGO_PKG_VERSION");

#[test]
fn github_workflow_uses_the_action_on_push_and_pull_request() {
    let (_dir, reg) = new_register(&[]);
    let wf = std::fs::read_to_string(reg.join(".github/workflows/ropa.yml")).expect("read");
    let lines: Vec<&str> = wf.lines().collect();
    let on = lines
        .iter()
        .position(|l| *l == "on:")
        .unwrap_or_else(|| panic!("no top-level `on:` in {wf}"));
    let triggers: Vec<&str> = lines[on + 1..]
        .iter()
        .take_while(|l| l.starts_with(' '))
        .map(|l| l.trim())
        .collect();
    assert!(triggers.contains(&"push:"), "{triggers:?}");
    assert!(triggers.contains(&"pull_request:"), "{triggers:?}");
    assert!(lines.contains(&"jobs:"), "{wf}");
    // ropa's action at this very version: a released binary, nothing
    // compiled, nothing to set up.
    let action = ropa::register::init::action();
    assert_eq!(
        REPOSITORY.trim_end_matches(".git"),
        format!("https://github.com/{action}"),
        "the repository is on GitHub, where the action lives"
    );
    assert!(
        wf.contains(&format!("        uses: {action}@v{VERSION}\n")),
        "{wf}"
    );
    for placeholder in ["@ACTION@", "@VERSION@", "@REPOSITORY@"] {
        assert!(!wf.contains(placeholder), "{placeholder} left in {wf}");
    }
    assert!(!wf.contains("ROPA_GIT"), "{wf}");
    // The findings go to code scanning, with the permission it needs, and
    // an upload that cannot be made does not fail the check.
    assert!(wf.contains("sarif-file: ropa.sarif"), "{wf}");
    assert!(
        wf.contains("uses: github/codeql-action/upload-sarif@v4"),
        "{wf}"
    );
    assert!(wf.contains("security-events: write"), "{wf}");
    assert!(wf.contains("continue-on-error: true"), "{wf}");
    // The source build is the documented fallback.
    assert_eq!(commands(&wf, false), Vec::<String>::new());
    assert_eq!(
        commands(&wf, true),
        [
            format!("cargo install --locked --git {REPOSITORY} --tag v{VERSION} ropa"),
            "ropa validate --format github .".into(),
            "ropa fmt --check .".into(),
        ]
    );
    assert!(!wf.contains('\t'), "YAML has no tabs");
}

#[test]
fn gitlab_ci_installs_the_release_and_runs_validate_and_fmt() {
    let (_dir, reg) = new_register(&[]);
    let ci = std::fs::read_to_string(reg.join(".gitlab-ci.yml")).expect("read");
    assert_eq!(
        commands(&ci, false),
        [
            r#"cargo install --locked --root "$(dirname "$ROPA_BIN")" --git "$ROPA_REPOSITORY" --tag "v$ROPA_VERSION" ropa"#,
            "ropa --version",
            "ropa validate .",
            "ropa fmt --check .",
        ]
    );
    assert!(ci.contains(&format!("ROPA_VERSION: \"{VERSION}\"")), "{ci}");
    assert!(
        ci.contains(&format!("ROPA_REPOSITORY: \"{REPOSITORY}\"")),
        "{ci}"
    );
    assert!(
        ci.contains("sha256sum -c -"),
        "the download is verified: {ci}"
    );
    assert!(
        ci.contains(r#"$CI_PIPELINE_SOURCE == "merge_request_event""#),
        "{ci}"
    );
    assert!(ci.contains("- if: $CI_COMMIT_BRANCH\n"), "{ci}");
    assert!(!ci.contains('\t'), "YAML has no tabs");
}

#[test]
fn the_readme_names_this_ropa_for_pre_commit_and_no_placeholder_is_left() {
    let (_dir, reg) = new_register(&[]);
    for file in ["README.md", ".github/workflows/ropa.yml", ".gitlab-ci.yml"] {
        let text = std::fs::read_to_string(reg.join(file)).expect("read");
        for placeholder in ["@ACTION@", "@VERSION@", "@REPOSITORY@"] {
            assert!(!text.contains(placeholder), "{file}: {placeholder}");
        }
    }
    let readme = std::fs::read_to_string(reg.join("README.md")).expect("read");
    assert!(
        readme.contains(&format!("  - repo: {REPOSITORY}\n    rev: v{VERSION}\n")),
        "{readme}"
    );
    assert!(!readme.contains("ROPA_GIT"), "{readme}");
}

#[test]
fn the_commands_in_the_ci_files_pass_on_the_new_register() {
    let (_dir, reg) = new_register(&[]);
    for file in [".github/workflows/ropa.yml", ".gitlab-ci.yml"] {
        let yaml = std::fs::read_to_string(reg.join(file)).expect("read");
        for cmd in commands(&yaml, true) {
            let Some(args) = cmd.strip_prefix("ropa ") else {
                continue;
            };
            let args: Vec<&str> = args.split(' ').collect();
            let o = ropa_in(&reg, &args);
            assert_eq!(o.status.code(), Some(0), "{file}: {cmd}: {}", text(&o));
        }
    }
    // What the action runs (action.yml), as its defaults put it.
    for args in [
        &["validate", "--format", "github", "."][..],
        &["validate", "--format", "sarif", "."],
        &["fmt", "--check", "."],
    ] {
        let o = ropa_in(&reg, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
    }
}

#[test]
fn init_refuses_a_non_empty_folder_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("reg");
    std::fs::create_dir(&reg).expect("mkdir");
    std::fs::write(reg.join("notes.txt"), "mine").expect("write");
    let o = ropa_in(dir.path(), &["init", "reg"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("not empty"),
        "{}",
        text(&o)
    );
    assert_eq!(files(&reg), ["notes.txt"]);
    assert!(!reg.join(".git").exists());

    // A file in the way.
    let o = ropa_in(dir.path(), &["init", "reg/notes.txt"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(
        std::fs::read_to_string(reg.join("notes.txt")).expect("read"),
        "mine"
    );
}

#[test]
fn init_refuses_an_existing_repository_and_writes_nothing() {
    let (_dir, reg) = new_register(&[]);
    let head = git_ok(&reg, &["rev-parse", "HEAD"]);
    let before = files(&reg);
    let o = ropa_in(&reg, &["init", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("already a git repository"),
        "{}",
        text(&o)
    );
    assert_eq!(files(&reg), before);
    assert_eq!(git_ok(&reg, &["rev-parse", "HEAD"]), head);
    assert_eq!(git_ok(&reg, &["status", "--porcelain"]), "");
}

#[test]
fn init_refuses_a_folder_inside_another_repository_and_writes_nothing() {
    // A project repository with a commit; `ropa init registry` inside it
    // would make an embedded repository the project holds as a gitlink.
    let dir = tempfile::tempdir().expect("tempdir");
    let host = dir.path().join("host");
    std::fs::create_dir_all(host.join("docs")).expect("mkdir");
    git_ok(&host, &["init", "-q"]);
    std::fs::write(host.join("README.md"), "project").expect("write");
    git_ok(&host, &["add", "-A"]);
    git_ok(
        &host,
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@e",
            "commit",
            "-qm",
            "init",
        ],
    );
    for (from, path) in [
        (&host, "registry"),
        (&host, "docs/register/deep"),
        (&host, "docs"),
    ] {
        let before = files(&host);
        let o = ropa_in(from, &["init", path]);
        assert_eq!(o.status.code(), Some(1), "{path}: {}", text(&o));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("is inside the git repository"), "{err}");
        assert!(err.contains("embedded repository"), "{err}");
        assert_eq!(files(&host), before, "{path}: nothing written");
        assert!(!host.join(path).join(".git").exists());
        assert_eq!(git_ok(&host, &["status", "--porcelain"]), "");
    }
    // Beside the repository, not in it, is fine.
    let o = ropa_in(dir.path(), &["init", "register"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
}

#[test]
fn init_in_an_empty_folder_works() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = ropa_in(dir.path(), &["init", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(
        git_ok(dir.path(), &["rev-list", "--count", "HEAD"]).trim(),
        "1"
    );
}

#[test]
fn init_without_a_path_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = ropa_in(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 0);
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o111 == 0o111)
}

#[cfg(not(unix))]
fn is_executable(_: &Path) -> bool {
    true
}

#[test]
fn init_with_hooks_installs_an_executable_hook_calling_this_ropa() {
    let (_dir, reg) = new_register(&["--hooks"]);
    let hook = reg.join(".git/hooks/pre-commit");
    assert!(is_executable(&hook));
    let script = std::fs::read_to_string(&hook).expect("read");
    assert!(script.starts_with("#!/bin/sh\n"), "{script}");
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_ropa")).expect("exe");
    let quoted = format!("ropa='{}'", exe.display());
    let used = std::fs::canonicalize(
        script
            .lines()
            .find_map(|l| l.strip_prefix("ropa='"))
            .and_then(|l| l.strip_suffix('\''))
            .expect("ropa= line"),
    )
    .expect("hook's ropa exists");
    assert_eq!(used, exe, "{quoted}\n{script}");
    assert!(script.contains("register='.'"), "{script}");
    // The hook is not part of the commit; the work tree stays clean.
    assert_eq!(git_ok(&reg, &["status", "--porcelain"]), "");
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "1");
}

const ACTIVITY: &str = "eksempel/activities/kundeservice.ron";

#[test]
fn hook_lets_a_valid_commit_through_and_blocks_an_invalid_one() {
    let (_dir, reg) = new_register(&[]);
    let o = ropa_in(&reg, &["init", "--hooks", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));

    // A valid change commits.
    let path = reg.join(ACTIVITY);
    let original = std::fs::read_to_string(&path).expect("read");
    let renamed = original.replace("Kundeservice (eksempel)", "Kundeservice");
    assert_ne!(renamed, original);
    std::fs::write(&path, &renamed).expect("write");
    git_ok(&reg, &["add", ACTIVITY]);
    let ok = git(&reg, &["commit", "-m", "rename"]);
    assert!(ok.status.success(), "{}", text(&ok));
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "2");

    // An activity that does not parse is refused, with ropa's diagnostics.
    std::fs::write(&path, renamed.replace("status: Draft", "status: Bogus")).expect("write");
    git_ok(&reg, &["add", ACTIVITY]);
    let bad = git(&reg, &["commit", "-m", "broken"]);
    assert!(!bad.status.success(), "{}", text(&bad));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("error[LOAD-001]"), "{}", text(&bad));
    assert!(err.contains(&format!("{ACTIVITY}:")), "{}", text(&bad));
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "2");

    // A record that parses but breaks a rule is refused too.
    let mut org = clean_org();
    org.id = "eksempel".into();
    org.org_number = Some(ropa::register::model::OrgNumber::Cvr("12345675".into()));
    std::fs::write(
        reg.join("eksempel/organisation.ron"),
        ropa::register::format::to_canonical(&org).expect("ron"),
    )
    .expect("write");
    std::fs::write(&path, &renamed).expect("write");
    git_ok(&reg, &["add", "-A"]);
    let bad = git(&reg, &["commit", "-m", "bad cvr"]);
    assert!(!bad.status.success(), "{}", text(&bad));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("error[ORG-002]"),
        "{}",
        text(&bad)
    );
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "2");
}

#[test]
fn hook_checks_the_index_not_the_work_tree() {
    let (_dir, reg) = new_register(&["--hooks"]);
    let path = reg.join(ACTIVITY);
    let original = std::fs::read_to_string(&path).expect("read");

    // Staged: valid. Work tree: broken. The commit goes through.
    std::fs::write(reg.join("notes.txt"), "to do\n").expect("write");
    git_ok(&reg, &["add", "notes.txt"]);
    std::fs::write(&path, "Activity(\n").expect("write");
    let o = git(&reg, &["commit", "-m", "notes"]);
    assert!(o.status.success(), "{}", text(&o));

    // Staged: broken. Work tree: valid again. The commit is refused.
    git_ok(&reg, &["add", ACTIVITY]);
    std::fs::write(&path, &original).expect("write");
    let o = git(&reg, &["commit", "-m", "broken"]);
    assert!(!o.status.success(), "{}", text(&o));
    assert_eq!(git_ok(&reg, &["rev-list", "--count", "HEAD"]).trim(), "2");

    // Staged: not canonical. Refused with the fix named.
    std::fs::write(&path, original.replace("    id:", "  id:")).expect("write");
    git_ok(&reg, &["add", ACTIVITY]);
    let o = git(&reg, &["commit", "-m", "layout"]);
    assert!(!o.status.success(), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("ropa fmt"),
        "{}",
        text(&o)
    );
}

#[test]
fn hooks_work_on_an_existing_register_in_a_subfolder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    git_ok(root, &["init", "-q"]);
    std::fs::write(root.join("README.md"), "ours\n").expect("write");
    write_register(&root.join("registry"), &clean_org(), &[clean_activity()]);

    // The repository root is not the register: said so, with the way out.
    let o = ropa_in(root, &["init", "--hooks", "."]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("ropa init --hooks ./registry"),
        "{}",
        text(&o)
    );
    assert!(!root.join(".git/hooks/pre-commit").exists());

    let o = ropa_in(root, &["init", "--hooks", "registry"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let hook = root.join(".git/hooks/pre-commit");
    let script = std::fs::read_to_string(&hook).expect("hook");
    assert!(script.contains("register='registry'"), "{script}");
    // Nothing of the skeleton is written into an existing register.
    assert!(!root.join(".gitlab-ci.yml").exists());
    assert!(!root.join("registry/eksempel").exists());

    git_ok(root, &["add", "-A"]);
    let o = git(root, &["commit", "-m", "first"]);
    assert!(o.status.success(), "{}", text(&o));

    let act = root.join("registry/acme/activities/kundeservice.ron");
    let text_ok = std::fs::read_to_string(&act).expect("read");
    std::fs::write(&act, text_ok.replace("\"hosting\"", "\"nobody\"")).expect("write");
    git_ok(root, &["add", "-A"]);
    let o = git(root, &["commit", "-m", "dangling"]);
    assert!(!o.status.success(), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("error[STR-002]"), "{}", text(&o));
    assert!(
        err.contains("registry/acme/activities/kundeservice.ron:"),
        "paths as in the repository: {}",
        text(&o)
    );
}

#[test]
fn hooks_refuse_to_replace_an_existing_hook() {
    let (_dir, reg) = new_register(&[]);
    let hook = reg.join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().expect("hooks dir")).expect("mkdir");
    std::fs::write(&hook, "#!/bin/sh\necho mine\n").expect("write");
    let o = ropa_in(&reg, &["init", "--hooks", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("pre-commit hook exists already"),
        "{}",
        text(&o)
    );
    assert_eq!(
        std::fs::read_to_string(&hook).expect("read"),
        "#!/bin/sh\necho mine\n"
    );

    // A second --hooks after a successful one refuses as well.
    let (_dir2, reg2) = new_register(&["--hooks"]);
    let before = std::fs::read_to_string(reg2.join(".git/hooks/pre-commit")).expect("read");
    let o = ropa_in(&reg2, &["init", "--hooks", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(
        std::fs::read_to_string(reg2.join(".git/hooks/pre-commit")).expect("read"),
        before
    );
}

#[test]
fn hooks_outside_a_repository_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_register(dir.path(), &clean_org(), &[clean_activity()]);
    let o = ropa_in(dir.path(), &["init", "--hooks", "."]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("not inside a git repository"),
        "{}",
        text(&o)
    );
}
