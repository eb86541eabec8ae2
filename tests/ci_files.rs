//! Every CI file ropa ships or writes is valid for the service that reads
//! it, and the install steps in them work:
//!
//! - the project's own workflows (.github/workflows/*.yml), action.yml and
//!   the workflow and .gitlab-ci.yml `ropa init` writes, checked against
//!   the published schemas with `check-jsonschema` (skipped, saying so,
//!   where it is not installed; .ci/run installs it);
//! - .pre-commit-hooks.yaml: its structure here, `pre-commit
//!   validate-manifest`, and a real `pre-commit run` of the system hooks on
//!   a register repository, where pre-commit is installed;
//! - scripts/install-ropa.sh (the action's installer) and the GitLab job's
//!   install step, run on a release laid out in a folder (file: URLs):
//!   checksums from ASSET.sha256 or SHA256SUMS, a wrong checksum refused,
//!   no binary for the machine built with cargo instead.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn project() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Whether `program --version` runs; if not, says which test is skipped.
fn installed(program: &str, what: &str) -> bool {
    let ok = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("skipped: {program} is not installed, so {what} is not checked");
    }
    ok
}

/// `check-jsonschema --builtin-schema SCHEMA FILES`, asserting success.
fn check(schema: &str, files: &[PathBuf]) {
    let o = Command::new("check-jsonschema")
        .args(["--builtin-schema", schema])
        .args(files)
        .output()
        .expect("run check-jsonschema");
    assert!(o.status.success(), "{schema}: {files:?}\n{}", text(&o));
}

/// A new register made by this ropa's `ropa init`.
fn init_register() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["init", "reg"])
        .current_dir(dir.path())
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", dir.path().join(".no-config"))
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("ropa init");
    assert!(o.status.success(), "{}", text(&o));
    let reg = dir.path().join("reg");
    (dir, reg)
}

#[test]
fn workflows_actions_and_the_files_init_writes_pass_their_schemas() {
    if !installed("check-jsonschema", "the CI files against their schemas") {
        return;
    }
    let workflows: Vec<PathBuf> = std::fs::read_dir(project().join(".github/workflows"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    if workflows.is_empty() {
        eprintln!("note: the project has no .github/workflows/*.yml to check");
    } else {
        check("vendor.github-workflows", &workflows);
    }
    check("vendor.github-actions", &[project().join("action.yml")]);
    let (_dir, reg) = init_register();
    check(
        "vendor.github-workflows",
        &[reg.join(".github/workflows/ropa.yml")],
    );
    check("vendor.gitlab-ci", &[reg.join(".gitlab-ci.yml")]);
}

#[test]
fn the_schemas_catch_a_broken_file() {
    // The check itself: a workflow without jobs and an action without
    // `runs` are refused.
    if !installed("check-jsonschema", "that the schemas refuse a broken file") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let wf = dir.path().join("wf.yml");
    std::fs::write(&wf, "name: x\non: push\n").expect("write");
    let action = dir.path().join("action.yml");
    std::fs::write(&action, "name: x\ndescription: y\n").expect("write");
    for (schema, file) in [
        ("vendor.github-workflows", &wf),
        ("vendor.github-actions", &action),
    ] {
        let o = Command::new("check-jsonschema")
            .args(["--builtin-schema", schema])
            .arg(file)
            .output()
            .expect("run");
        assert!(!o.status.success(), "{schema} passed a broken file");
    }
}

/// The hooks of .pre-commit-hooks.yaml: each `- id:` item's keys and
/// values, as written (the file is a flat list of flat maps).
fn hooks() -> Vec<Vec<(String, String)>> {
    let yaml = std::fs::read_to_string(project().join(".pre-commit-hooks.yaml")).expect("read");
    let mut out: Vec<Vec<(String, String)>> = Vec::new();
    for line in yaml
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (item, rest) = match line.strip_prefix("- ") {
            Some(rest) => (true, rest),
            None => (
                false,
                line.strip_prefix("  ")
                    .unwrap_or_else(|| panic!("not a flat list of maps: {line}")),
            ),
        };
        if item {
            out.push(Vec::new());
        }
        let (k, v) = rest.split_once(": ").expect("key: value");
        out.last_mut()
            .expect("an item")
            .push((k.to_string(), v.to_string()));
    }
    out
}

#[test]
fn the_pre_commit_hooks_check_the_whole_register() {
    let hooks = hooks();
    let get = |h: &[(String, String)], k: &str| {
        h.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let ids: Vec<String> = hooks.iter().map(|h| get(h, "id")).collect();
    assert_eq!(
        ids,
        [
            "ropa-validate",
            "ropa-fmt",
            "ropa-validate-system",
            "ropa-fmt-system"
        ]
    );
    for h in &hooks {
        let id = get(h, "id");
        let entry = get(h, "entry");
        assert_eq!(
            entry,
            if id.contains("validate") {
                "ropa validate"
            } else {
                "ropa fmt --check"
            },
            "{id}"
        );
        assert_eq!(
            get(h, "language"),
            if id.ends_with("-system") {
                "system"
            } else {
                "rust"
            },
            "{id}"
        );
        // The register as a whole, never the changed files one by one: a
        // finding can be about a file the commit did not touch.
        assert_eq!(get(h, "pass_filenames"), "false", "{id}");
        assert_eq!(get(h, "args"), r#"["."]"#, "{id}");
        // validate on every commit (deleting a record changes no .ron
        // file pre-commit names), fmt when a .ron file is committed.
        if id.contains("validate") {
            assert_eq!(get(h, "always_run"), "true", "{id}");
            assert_eq!(get(h, "files"), "", "{id}");
        } else {
            assert_eq!(get(h, "files"), r"\.ron$", "{id}");
        }
        assert!(!get(h, "name").is_empty() && !get(h, "description").is_empty());
    }
    if installed("pre-commit", "the hooks manifest with pre-commit") {
        let o = Command::new("pre-commit")
            .args(["validate-manifest", ".pre-commit-hooks.yaml"])
            .current_dir(project())
            .output()
            .expect("run pre-commit");
        assert!(o.status.success(), "{}", text(&o));
    }
}

/// git in `dir`, sandboxed, with an identity; asserts success.
fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(o.status.success(), "git {args:?}: {}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn pre_commit_runs_the_system_hooks_on_a_register() {
    if !installed("pre-commit", "a pre-commit run of the hooks") {
        return;
    }
    // The hooks as this project's HEAD has them (pre-commit takes a repo
    // and a revision), when HEAD has them.
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(project())
        .output()
        .expect("git");
    let shown = Command::new("git")
        .args(["cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"])
        .current_dir(project())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("git");
    if !head.status.success() || !shown.success() {
        eprintln!("skipped: this project's HEAD has no .pre-commit-hooks.yaml to run");
        return;
    }
    let rev = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let (dir, reg) = init_register();
    std::fs::write(
        reg.join(".pre-commit-config.yaml"),
        format!(
            "repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: ropa-validate-system\n      - id: ropa-fmt-system\n",
            project().display()
        ),
    )
    .expect("write");
    let bin = Path::new(env!("CARGO_BIN_EXE_ropa"))
        .parent()
        .expect("bin dir");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |args: &[&str]| {
        Command::new("pre-commit")
            .args(args)
            .current_dir(&reg)
            .env("PATH", &path)
            .env("PRE_COMMIT_HOME", dir.path().join("pre-commit-home"))
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("ROPA_CONFIG_DIR", dir.path().join(".no-config"))
            .output()
            .expect("run pre-commit")
    };
    git(&reg, &["add", ".pre-commit-config.yaml"]);
    let ok = run(&["run", "--all-files"]);
    assert!(ok.status.success(), "{}", text(&ok));
    let out = String::from_utf8_lossy(&ok.stdout);
    assert!(
        out.contains("ropa validate") && out.contains("Passed"),
        "{out}"
    );

    // An error in the register fails the hook and shows the finding on
    // its line.
    let file = reg.join("eksempel/organisation.ron");
    let before = std::fs::read_to_string(&file).expect("read");
    let after = before.replace("Cvr(\"99887761\")", "Cvr(\"99887762\")");
    assert_ne!(before, after);
    std::fs::write(&file, &after).expect("write");
    git(&reg, &["add", "."]);
    let bad = run(&["run", "--all-files"]);
    assert!(!bad.status.success(), "{}", text(&bad));
    let out = String::from_utf8_lossy(&bad.stdout);
    assert!(out.contains("error[ORG-002]"), "{out}");
    assert!(
        out.contains("Cvr(\"99887762\")") && out.contains('^'),
        "{out}"
    );

    // A commit that only deletes a record: pre-commit names no .ron file,
    // and ropa-validate still runs and finds the activities without
    // their organisation.
    std::fs::write(&file, &before).expect("write");
    git(&reg, &["add", "."]);
    git(
        &reg,
        &[
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@e",
            "commit",
            "-qm",
            "ok",
            "--no-verify",
        ],
    );
    git(&reg, &["rm", "-q", "eksempel/organisation.ron"]);
    let deleted = run(&["run"]);
    assert!(!deleted.status.success(), "{}", text(&deleted));
    assert!(
        String::from_utf8_lossy(&deleted.stdout).contains("LOAD-001"),
        "{}",
        text(&deleted)
    );
    git(
        &reg,
        &["reset", "-q", "HEAD", "--", "eksempel/organisation.ron"],
    );
    git(&reg, &["checkout", "--", "eksempel/organisation.ron"]);

    // A file out of ropa's layout fails ropa-fmt.
    std::fs::write(&file, &before).expect("write");
    std::fs::write(&file, before.replace("    name:", "  name:")).expect("write");
    git(&reg, &["add", "."]);
    let fmt = run(&["run", "ropa-fmt-system", "--all-files"]);
    assert!(!fmt.status.success(), "{}", text(&fmt));
    assert!(
        String::from_utf8_lossy(&fmt.stdout).contains("organisation.ron"),
        "{}",
        text(&fmt)
    );
}

const VERSION: &str = env!("CARGO_PKG_VERSION");
const TARGET: &str = "x86_64-unknown-linux-gnu";

/// A release of this build's binary laid out in `dir` as GitHub serves
/// one (`dir/vVERSION/ASSET`): the archive named `name` holding
/// `ropa-…/ropa`, and its checksum as `sums` says.
fn release(dir: &Path, name: &str, sums: Sums) -> String {
    let v = dir.join(format!("v{VERSION}"));
    let stage = dir.join("stage").join(name.trim_end_matches(".tar.gz"));
    std::fs::create_dir_all(&stage).expect("mkdir");
    std::fs::create_dir_all(&v).expect("mkdir");
    std::fs::copy(env!("CARGO_BIN_EXE_ropa"), stage.join("ropa")).expect("copy");
    std::fs::write(stage.join("README.md"), "ropa").expect("write");
    let tar = Command::new("tar")
        .arg("-czf")
        .arg(v.join(name))
        .arg("-C")
        .arg(stage.parent().expect("parent"))
        .arg(stage.file_name().expect("name"))
        .status()
        .expect("tar");
    assert!(tar.success());
    let out = Command::new("sha256sum")
        .arg(name)
        .current_dir(&v)
        .output()
        .expect("sha256sum");
    let line = String::from_utf8_lossy(&out.stdout).into_owned();
    match sums {
        Sums::Beside => std::fs::write(v.join(format!("{name}.sha256")), &line).expect("write"),
        Sums::File => {
            std::fs::write(v.join("SHA256SUMS"), format!("0000  other.zip\n{line}")).expect("write")
        }
        Sums::Wrong => std::fs::write(
            v.join(format!("{name}.sha256")),
            format!("{}  {name}\n", "0".repeat(64)),
        )
        .expect("write"),
        Sums::Upper => std::fs::write(
            v.join(format!("{name}.sha256")),
            line.split_once(' ')
                .map(|(sum, rest)| format!("{} {rest}", sum.to_ascii_uppercase()))
                .expect("sum line"),
        )
        .expect("write"),
        Sums::None => {}
    }
    format!("file://{}", dir.display())
}

#[derive(Clone, Copy)]
enum Sums {
    Beside,
    File,
    Wrong,
    /// The right checksum in upper-case hex.
    Upper,
    None,
}

/// Runs scripts/install-ropa.sh into `bin` with the releases at `url`,
/// as on a GitHub x86_64 Linux runner; a `cargo` that only says how it
/// was called comes first on PATH.
fn install(url: &str, bin: &Path, scratch: &Path, version: Option<&str>) -> Output {
    let fake = scratch.join("fake-cargo");
    std::fs::create_dir_all(&fake).expect("mkdir");
    let cargo = fake.join("cargo");
    std::fs::write(
        &cargo,
        // Installs this build's ropa into --root's bin, as cargo does.
        format!(
            "#!/bin/sh\necho \"$@\" > '{}'\nroot=\nwhile [ $# -gt 0 ]; do [ \"$1\" = --root ] && root=$2; shift; done\n\
             mkdir -p \"$root/bin\" && cp '{}' \"$root/bin/ropa\"\n",
            scratch.join("cargo-args").display(),
            env!("CARGO_BIN_EXE_ropa"),
        ),
    )
    .expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&cargo, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let mut cmd = Command::new("bash");
    cmd.arg(project().join("scripts/install-ropa.sh"))
        .arg(bin)
        .env("ROPA_RELEASES", url)
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .env("RUNNER_TEMP", scratch)
        .env("GITHUB_OUTPUT", scratch.join("output"))
        .env("GITHUB_PATH", scratch.join("path"))
        .env(
            "PATH",
            format!(
                "{}:{}",
                fake.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        );
    match version {
        Some(v) => cmd.env("ROPA_VERSION", v),
        None => cmd.env_remove("ROPA_VERSION"),
    };
    cmd.output().expect("run the installer")
}

#[test]
fn the_action_installs_the_released_binary_after_checking_its_checksum() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    for (name, sums) in [
        (format!("ropa-v{VERSION}-{TARGET}.tar.gz"), Sums::File),
        (format!("ropa-{VERSION}-{TARGET}.tar.gz"), Sums::Beside),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = release(&dir.path().join("releases"), &name, sums);
        let bin = dir.path().join("bin");
        let o = install(&url, &bin, dir.path(), None);
        assert!(o.status.success(), "{name}: {}", text(&o));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("checksum verified"),
            "{}",
            text(&o)
        );
        assert!(!dir.path().join("cargo-args").exists(), "nothing built");
        let v = Command::new(bin.join("ropa"))
            .arg("--version")
            .output()
            .expect("run");
        assert_eq!(
            String::from_utf8_lossy(&v.stdout).trim(),
            format!("ropa {VERSION}")
        );
        let output = std::fs::read_to_string(dir.path().join("output")).expect("outputs");
        assert_eq!(
            output,
            format!("ropa={}/ropa\nversion={VERSION}\n", bin.display())
        );
        let path = std::fs::read_to_string(dir.path().join("path")).expect("path");
        assert_eq!(path, format!("{}\n", bin.display()));
    }
}

#[test]
fn a_wrong_checksum_installs_nothing() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("ropa-v{VERSION}-{TARGET}.tar.gz");
    let url = release(&dir.path().join("releases"), &name, Sums::Wrong);
    let bin = dir.path().join("bin");
    let o = install(&url, &bin, dir.path(), None);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("checksum mismatch"),
        "{}",
        text(&o)
    );
    assert!(!bin.join("ropa").exists());
    assert!(!dir.path().join("cargo-args").exists(), "nothing built");
    assert!(!dir.path().join("path").exists());
}

#[test]
fn without_a_binary_or_its_checksum_ropa_is_built_with_cargo() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    // No release at all: this checkout is built, as the action's own
    // version; a version asked for is built from its tag.
    for (version, want) in [
        (
            None,
            format!(
                "install --locked --root {{root}} --path {}",
                project().display()
            ),
        ),
        (
            Some("v9.9.9"),
            format!(
                "install --locked --root {{root}} --git {} --tag v9.9.9 ropa",
                ropa::register::init::REPOSITORY
            ),
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let bin = dir.path().join("bin");
        let url = format!("file://{}/nothing", dir.path().display());
        let o = install(&url, &bin, dir.path(), version);
        assert!(o.status.success(), "{}", text(&o));
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("built from source"),
            "{}",
            text(&o)
        );
        let args = std::fs::read_to_string(dir.path().join("cargo-args")).expect("cargo ran");
        // cargo installs into a scratch root; ropa is copied from there
        // into exactly BIN_DIR.
        let root = args
            .split_whitespace()
            .skip_while(|a| *a != "--root")
            .nth(1)
            .expect("--root");
        assert!(
            root.starts_with(&dir.path().display().to_string()) && root.ends_with("/root"),
            "{root}"
        );
        assert_eq!(args.trim(), want.replace("{root}", root));
        assert!(bin.join("ropa").exists(), "{}", text(&o));
    }
    // A binary without a published checksum is not used.
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("ropa-v{VERSION}-{TARGET}.tar.gz");
    let url = release(&dir.path().join("releases"), &name, Sums::None);
    let o = install(&url, &dir.path().join("bin"), dir.path(), None);
    assert!(o.status.success(), "{}", text(&o));
    assert!(dir.path().join("cargo-args").exists(), "{}", text(&o));
}

/// The `before_script` block of the .gitlab-ci.yml `ropa init` writes.
fn gitlab_install_step(ci: &str) -> String {
    let lines: Vec<&str> = ci.lines().collect();
    let start = lines
        .iter()
        .position(|l| *l == "    - |")
        .expect("a block in before_script");
    lines[start + 1..]
        .iter()
        .take_while(|l| l.starts_with("      ") || l.is_empty())
        .map(|l| l.strip_prefix("      ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_gitlab_job_installs_the_released_binary_after_checking_its_checksum() {
    if !installed("curl", "the GitLab install step")
        || !installed("sha256sum", "the GitLab install step")
    {
        return;
    }
    let (_reg_dir, reg) = init_register();
    let ci = std::fs::read_to_string(reg.join(".gitlab-ci.yml")).expect("read");
    let step = gitlab_install_step(&ci);
    assert!(step.contains("sha256sum -c -"), "{step}");
    let run = |sums: Sums| {
        let dir = tempfile::tempdir().expect("tempdir");
        let name = format!("ropa-v{VERSION}-{TARGET}.tar.gz");
        // GitHub's layout: REPOSITORY/releases/download/vVERSION/ASSET.
        let repo = dir.path().join("repo");
        let url = release(&repo.join("releases/download"), &name, sums);
        let repo_url = url.trim_end_matches("/releases/download").to_string();
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&bin).expect("mkdir");
        let o = Command::new("sh")
            .arg("-c")
            .arg(&step)
            .env("ROPA_VERSION", VERSION)
            .env("ROPA_REPOSITORY", repo_url)
            .env("ROPA_BIN", &bin)
            .env(
                "PATH",
                format!(
                    "{}:{}",
                    bin.display(),
                    std::env::var("PATH").unwrap_or_default()
                ),
            )
            .output()
            .expect("run the step");
        (dir, o)
    };
    if std::env::consts::ARCH != "x86_64" {
        eprintln!("skipped: the GitLab step picks the aarch64 binary here");
        return;
    }
    for sums in [Sums::Beside, Sums::File] {
        let (dir, o) = run(sums);
        assert!(o.status.success(), "{}", text(&o));
        assert!(
            String::from_utf8_lossy(&o.stdout).contains(&format!("ropa {VERSION}")),
            "{}",
            text(&o)
        );
        assert!(dir.path().join("bin/ropa").exists());
    }
    let (dir, o) = run(Sums::Wrong);
    assert!(!o.status.success(), "{}", text(&o));
    assert!(!dir.path().join("bin/ropa").exists());
}

/// Runs `bin/ropa --version`.
fn version_of(bin: &Path) -> String {
    let v = Command::new(bin.join("ropa"))
        .arg("--version")
        .output()
        .expect("run the installed ropa");
    String::from_utf8_lossy(&v.stdout).trim().to_string()
}

#[test]
fn an_upper_case_checksum_is_the_same_checksum() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("ropa-v{VERSION}-{TARGET}.tar.gz");
    let url = release(&dir.path().join("releases"), &name, Sums::Upper);
    let bin = dir.path().join("tools");
    let o = install(&url, &bin, dir.path(), None);
    assert!(o.status.success(), "{}", text(&o));
    assert!(!dir.path().join("cargo-args").exists(), "nothing built");
    assert_eq!(version_of(&bin), format!("ropa {VERSION}"));
}

#[test]
fn a_released_binary_that_does_not_run_here_is_not_installed() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    // The archive holds a `ropa` this machine cannot execute (as a glibc
    // build on a musl system): the next target is tried, then the build.
    let dir = tempfile::tempdir().expect("tempdir");
    let name = format!("ropa-v{VERSION}-{TARGET}.tar.gz");
    let releases = dir.path().join("releases");
    let url = release(&releases, &name, Sums::None);
    let stage = releases
        .join("stage")
        .join(name.trim_end_matches(".tar.gz"));
    std::fs::write(stage.join("ropa"), [0x7f, b'E', b'L', b'F', 0, 0, 0, 0]).expect("write");
    let v = releases.join(format!("v{VERSION}"));
    let tar = Command::new("tar")
        .arg("-czf")
        .arg(v.join(&name))
        .arg("-C")
        .arg(stage.parent().expect("parent"))
        .arg(stage.file_name().expect("name"))
        .status()
        .expect("tar");
    assert!(tar.success());
    let sum = Command::new("sha256sum")
        .arg(&name)
        .current_dir(&v)
        .output()
        .expect("sha256sum");
    std::fs::write(v.join(format!("{name}.sha256")), &sum.stdout).expect("write");

    let bin = dir.path().join("tools");
    let o = install(&url, &bin, dir.path(), None);
    assert!(o.status.success(), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("does not run here"), "{err}");
    assert!(err.contains("built from source"), "{err}");
    assert!(dir.path().join("cargo-args").exists(), "{err}");
    assert_eq!(version_of(&bin), format!("ropa {VERSION}"));
}

#[test]
fn a_network_failure_is_said_and_not_taken_for_a_missing_release() {
    if !installed("curl", "the installer") || !installed("sha256sum", "the installer") {
        return;
    }
    // Nothing listens on port 1: curl cannot connect (its exit 7).
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("bin");
    let o = install("http://127.0.0.1:1/releases", &bin, dir.path(), None);
    assert!(o.status.success(), "{}", text(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("could not download http://127.0.0.1:1/"),
        "{err}"
    );
    assert!(err.contains("built from source"), "{err}");
}
