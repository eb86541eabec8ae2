//! Which register each command works on, with the real binary: the
//! register the user stands in (found upward from the current folder, as
//! git does), the order (PATH, `--registry`, `$ROPA_REGISTRY`, the current
//! folder, config.ron, the default), the line naming it, and the sample
//! created in the data directory only when the default is what was
//! resolved.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{copy_tree, sample_registry};

/// A sandbox: an empty data directory, a config directory, and a folder
/// for registers, all in one temporary folder.
struct Sandbox {
    _dir: tempfile::TempDir,
    root: PathBuf,
    data: PathBuf,
    config: PathBuf,
}

impl Sandbox {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = std::fs::canonicalize(dir.path()).expect("canonicalize");
        let data = root.join("data");
        let config = root.join("config");
        std::fs::create_dir_all(&data).expect("mkdir");
        std::fs::create_dir_all(&config).expect("mkdir");
        Sandbox {
            _dir: dir,
            root,
            data,
            config,
        }
    }

    /// The ropa binary run in `cwd`, without $ROPA_REGISTRY, with the
    /// sandbox's data and config directories and no git config of the
    /// user's.
    fn command(&self, cwd: &Path, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_ropa"));
        c.args(args)
            .current_dir(cwd)
            .env_remove("ROPA_REGISTRY")
            .env("ROPA_DATA_DIR", &self.data)
            .env("ROPA_CONFIG_DIR", &self.config)
            .env("HOME", &self.root)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        c
    }

    fn ropa(&self, cwd: &Path, args: &[&str]) -> Output {
        self.command(cwd, args).output().expect("run ropa")
    }

    /// `ropa init NAME` in the sandbox; the new register's path.
    fn init(&self, name: &str) -> PathBuf {
        let o = self.ropa(&self.root, &["init", name]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
        self.root.join(name)
    }

    /// True when nothing has been created in the data directory.
    fn data_is_empty(&self) -> bool {
        std::fs::read_dir(&self.data).expect("ls").next().is_none()
    }
}

fn text(o: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The line naming the register.
fn line(path: &Path, how: &str) -> String {
    format!("register: {} ({how})", path.display())
}

const FOUND: &str = "found from the current directory";
const DEFAULT: &str = "default register in the data directory";

fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_INDEX_FILE")
        .output()
        .expect("run git");
    assert!(o.status.success(), "git {args:?}: {}", text(&o));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn validate_works_on_the_register_the_user_stands_in() {
    let s = Sandbox::new();
    let reg = s.init("fortegnelse");
    for cwd in ["", "eksempel", "eksempel/activities", ".github/workflows"] {
        let o = s.ropa(&reg.join(cwd), &["validate"]);
        assert_eq!(o.status.code(), Some(0), "{cwd}: {}", text(&o));
        let out = stdout(&o);
        assert_eq!(
            out.lines().next(),
            Some(line(&reg, FOUND).as_str()),
            "{cwd}: {}",
            text(&o)
        );
        // The example register, not the sample: its one organisation.
        assert!(
            out.contains(&format!("{}: 0 errors, 0 warnings", reg.display())),
            "{cwd}: {}",
            text(&o)
        );
        assert!(!stderr(&o).contains("sample"), "{cwd}: {}", text(&o));
        assert!(s.data_is_empty(), "{cwd}: the sample was created");
    }
}

#[test]
fn log_diff_export_fmt_and_the_overview_work_on_it_too() {
    let s = Sandbox::new();
    let reg = s.init("fortegnelse");
    let act = reg.join("eksempel/activities/kundeservice.ron");
    let before = std::fs::read_to_string(&act).expect("read");
    std::fs::write(
        &act,
        before.replace("Kundeservice (eksempel)", "Kundeservice og reklamationer"),
    )
    .expect("write");
    git(&reg, &["commit", "-qam", "Kundeservice: navn"]);
    let here = reg.join("eksempel/activities");

    let o = s.ropa(&here, &["log"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some(line(&reg, FOUND).as_str()));
    assert!(out.contains("Kundeservice: navn"), "{}", text(&o));
    assert!(
        out.contains("New register: skeleton from ropa init"),
        "{}",
        text(&o)
    );

    let o = s.ropa(&here, &["diff", "HEAD~1..HEAD"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some(line(&reg, FOUND).as_str()));
    assert!(
        out.contains("eksempel/activities/kundeservice.ron (changed)"),
        "{}",
        text(&o)
    );
    assert!(
        out.contains("Kundeservice og reklamationer"),
        "{}",
        text(&o)
    );

    // Machine output stays clean: the line goes to standard error.
    let o = s.ropa(&here, &["export", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is JSON");
    assert!(doc.to_string().contains("Eksempel ApS"), "{doc}");
    assert!(!doc.to_string().contains("Dansk Arbejdsgiverforening"));
    assert_eq!(stderr(&o).trim_end(), line(&reg, FOUND));

    for args in [
        &["validate", "--format", "json"][..],
        &["log", "--format", "json"],
        &["diff", "HEAD~1", "--format", "json"],
    ] {
        let o = s.ropa(&here, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        let _: serde_json::Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", text(&o)));
        assert!(stderr(&o).contains(&line(&reg, FOUND)), "{}", text(&o));
    }
    let o = s.ropa(&here, &["validate", "--format", "github"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(!stdout(&o).contains("register:"), "{}", text(&o));
    assert!(stderr(&o).contains(&line(&reg, FOUND)), "{}", text(&o));

    let o = s.ropa(&here, &["fmt", "--check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        o.stdout.is_empty(),
        "the list of files stays clean: {}",
        text(&o)
    );
    assert!(stderr(&o).contains(&line(&reg, FOUND)), "{}", text(&o));
    let o = s.ropa(&here, &["fmt"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(stdout(&o).trim_end(), line(&reg, FOUND), "{}", text(&o));

    // `ropa` without a terminal: the overview.
    let o = s.ropa(&here, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some(line(&reg, FOUND).as_str()));
    assert!(out.contains("Eksempel ApS (eksempel)"), "{}", text(&o));
    assert!(s.data_is_empty(), "the sample was created");
}

#[test]
fn sync_names_the_register_it_stands_in() {
    let s = Sandbox::new();
    let reg = s.init("fortegnelse");
    let o = s.ropa(&reg.join("eksempel"), &["sync"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_eq!(stdout(&o).trim_end(), line(&reg, FOUND), "{}", text(&o));
    assert!(
        stderr(&o).contains("no remote `origin`"),
        "the error is about this register's repository: {}",
        text(&o)
    );
    assert!(s.data_is_empty(), "the sample was created");
}

#[test]
fn a_register_in_a_subfolder_of_a_repository_is_found_from_inside_it_only() {
    let s = Sandbox::new();
    // Like ropa's own repository: the root is not a register, `registry/`
    // is.
    let repo = s.root.join("repo");
    std::fs::create_dir_all(repo.join("docs/notes")).expect("mkdir");
    std::fs::write(repo.join("docs/notes/README.md"), "notes\n").expect("write");
    copy_tree(&sample_registry(), &repo.join("registry"));
    assert!(
        repo.join("registry/ropa.ron").is_file(),
        "the sample is marked"
    );
    git(&repo, &["init", "-q"]);
    git(&repo, &["add", "-A"]);
    git(&repo, &["commit", "-qm", "Register and notes"]);
    let reg = repo.join("registry");

    for cwd in ["registry", "registry/da", "registry/da/activities"] {
        let o = s.ropa(
            &repo.join(cwd),
            &["validate", "--today", "2026-11-23", "--format", "json"],
        );
        assert_eq!(o.status.code(), Some(0), "{cwd}: {}", text(&o));
        assert!(
            stderr(&o).contains(&line(&reg, FOUND)),
            "{cwd}: {}",
            text(&o)
        );
        let o = s.ropa(&repo.join(cwd), &["log", "-n", "1"]);
        assert_eq!(o.status.code(), Some(0), "{cwd}: {}", text(&o));
        assert!(stdout(&o).contains("Register and notes"), "{}", text(&o));
    }
    assert!(s.data_is_empty());

    // From the repository's root or another folder of it, the register
    // below is not taken: the default is, and named.
    for cwd in ["", "docs/notes"] {
        let o = s.ropa(&repo.join(cwd), &["validate", "--today", "2026-11-23"]);
        assert_eq!(o.status.code(), Some(0), "{cwd}: {}", text(&o));
        let default = s.data.join("registry");
        assert_eq!(
            stdout(&o).lines().next(),
            Some(line(&default, DEFAULT).as_str()),
            "{cwd}: {}",
            text(&o)
        );
    }
}

#[test]
fn a_register_without_the_marker_is_found_from_its_organisation_folders() {
    let s = Sandbox::new();
    let reg = s.init("gammel");
    std::fs::remove_file(reg.join("ropa.ron")).expect("rm");
    git(&reg, &["commit", "-qam", "Without the marker"]);
    for cwd in ["", "eksempel", "eksempel/activities"] {
        let o = s.ropa(&reg.join(cwd), &["validate"]);
        assert_eq!(o.status.code(), Some(0), "{cwd}: {}", text(&o));
        assert_eq!(
            stdout(&o).lines().next(),
            Some(line(&reg, FOUND).as_str()),
            "{cwd}: {}",
            text(&o)
        );
    }
    // A folder beside the organisations is not inside one: without the
    // marker, nothing says the register is above it.
    let o = s.ropa(&reg.join(".github"), &["validate"]);
    assert!(
        stdout(&o).starts_with(&line(&s.data.join("registry"), DEFAULT)),
        "{}",
        text(&o)
    );
}

#[test]
fn precedence_path_flag_env_current_folder_config_default() {
    let s = Sandbox::new();
    let [a, b, c, d, e] = ["a", "b", "c", "d", "e"].map(|n| s.init(n));
    std::fs::write(
        s.config.join("config.ron"),
        format!("Config(registry: Some({:?}))\n", e.display().to_string()),
    )
    .expect("write config");
    let inside_d = d.join("eksempel/activities");
    let run = |cwd: &Path, args: &[&str], env: Option<&Path>| {
        let mut cmd = s.command(cwd, args);
        if let Some(p) = env {
            cmd.env("ROPA_REGISTRY", p);
        }
        let o = cmd.output().expect("run ropa");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", text(&o));
        stdout(&o).lines().next().unwrap_or_default().to_string()
    };
    let a_s = a.to_str().expect("utf-8");
    let b_s = b.to_str().expect("utf-8");
    assert_eq!(
        run(&inside_d, &["--registry", b_s, "validate", a_s], Some(&c)),
        line(&a, "given"),
        "PATH first"
    );
    assert_eq!(
        run(&inside_d, &["--registry", b_s, "validate"], Some(&c)),
        line(&b, "given"),
        "then --registry"
    );
    assert_eq!(
        run(&inside_d, &["validate"], Some(&c)),
        line(&c, "$ROPA_REGISTRY"),
        "then $ROPA_REGISTRY"
    );
    assert_eq!(
        run(&inside_d, &["validate"], Some(Path::new(""))),
        line(&d, FOUND),
        "an empty $ROPA_REGISTRY is unset; then the current folder"
    );
    assert_eq!(
        run(&s.root, &["validate"], None),
        line(&e, "config.ron"),
        "then config.ron"
    );
    assert!(
        s.data_is_empty(),
        "no sample while another register is named"
    );

    std::fs::remove_file(s.config.join("config.ron")).expect("rm config");
    let first = s.ropa(&s.root, &["validate", "--today", "2026-11-23"]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));
    let default = s.data.join("registry");
    assert_eq!(
        stdout(&first).lines().next(),
        Some(line(&default, DEFAULT).as_str())
    );
    assert!(
        stderr(&first).contains("Created the sample register"),
        "{}",
        text(&first)
    );
    assert!(default.join("da/organisation.ron").is_file());
    assert!(default.join("ropa.ron").is_file(), "the sample is marked");
    // Once.
    let again = s.ropa(&s.root, &["validate", "--today", "2026-11-23"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    assert!(!stderr(&again).contains("Created"), "{}", text(&again));
    assert_eq!(
        stdout(&again).lines().next(),
        Some(line(&default, DEFAULT).as_str())
    );
}

#[test]
fn init_writes_the_marker_and_hooks_add_it_to_an_unmarked_register() {
    let s = Sandbox::new();
    let reg = s.init("ny");
    let marker = std::fs::read_to_string(reg.join("ropa.ron")).expect("marker");
    assert!(marker.contains("Settings("), "{marker}");
    assert_eq!(git(&reg, &["ls-files", "ropa.ron"]).trim(), "ropa.ron");

    // An older register: no marker. `ropa init --hooks` from inside it
    // installs the hook and adds the marker, uncommitted.
    std::fs::remove_file(reg.join("ropa.ron")).expect("rm");
    git(&reg, &["commit", "-qam", "Without the marker"]);
    let o = s.ropa(&reg.join("eksempel"), &["init", "--hooks"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(stdout(&o).lines().next(), Some(line(&reg, FOUND).as_str()));
    assert!(reg.join(".git/hooks/pre-commit").is_file());
    assert_eq!(
        std::fs::read_to_string(reg.join("ropa.ron")).expect("marker"),
        marker
    );
    assert!(
        stdout(&o).contains(&format!("git add {}", reg.join("ropa.ron").display())),
        "{}",
        text(&o)
    );
    assert_eq!(git(&reg, &["status", "--porcelain"]), "?? ropa.ron\n");

    // The hook lets the marker through, and `ropa diff` does not take it
    // for a record.
    git(&reg, &["add", "ropa.ron"]);
    git(&reg, &["commit", "-qm", "Mark the register's folder"]);
    let o = s.ropa(&reg, &["diff", "HEAD~1..HEAD"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(stdout(&o).contains("0 record(s) changed"), "{}", text(&o));
    let o = s.ropa(&reg, &["log", "-n", "1"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(!stdout(&o).contains("does not parse"), "{}", text(&o));
    assert!(s.data_is_empty());

    // When the hook stops a commit, its report does not name the
    // temporary copy it checked as the register.
    let act = reg.join("eksempel/activities/kundeservice.ron");
    let good = std::fs::read_to_string(&act).expect("read");
    std::fs::write(&act, good.replace("\"hosting\"", "\"nobody\"")).expect("write");
    git(&reg, &["add", "-A"]);
    let o = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(["commit", "-qm", "Dangling recipient"])
        .current_dir(&reg)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("run git");
    assert!(!o.status.success(), "{}", text(&o));
    let err = stderr(&o);
    assert!(err.contains("error[STR-002]"), "{}", text(&o));
    assert!(!err.contains("register: "), "{}", text(&o));
}

#[test]
fn a_broken_settings_file_is_named_with_its_place() {
    let s = Sandbox::new();
    let reg = s.init("ny");
    std::fs::write(
        reg.join("ropa.ron"),
        "Settings(\n    version: 1,\n    farve: \"blå\",\n)\n",
    )
    .expect("write");
    let o = s.ropa(&reg.join("eksempel"), &["validate"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(stdout(&o).lines().next(), Some(line(&reg, FOUND).as_str()));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{}:3:5: ", reg.join("ropa.ron").display())),
        "{}",
        text(&o)
    );
    assert!(err.contains("farve"), "{}", text(&o));
}

#[test]
fn init_names_where_it_created_the_register_and_why() {
    let s = Sandbox::new();
    let o = s.ropa(&s.root, &["init", "given"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        stdout(&o).starts_with(&format!(
            "Created a new register in {} and committed it:",
            s.root.join("given").display()
        )),
        "{}",
        text(&o)
    );
    let target = s.root.join("from-env");
    let o = s
        .command(&s.root, &["init"])
        .env("ROPA_REGISTRY", &target)
        .output()
        .expect("run ropa");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        stdout(&o).starts_with(&format!(
            "Created a new register in {} ($ROPA_REGISTRY) and committed it:",
            target.display()
        )),
        "{}",
        text(&o)
    );
    // Standing in a register is no reason to create one there.
    let o = s.ropa(&target.join("eksempel"), &["init"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(stderr(&o).contains("ropa init PATH"), "{}", text(&o));
    assert!(s.data_is_empty());
}

#[test]
fn log_takes_a_register_folder_as_its_path_and_a_record_after_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("fortegnelse");
    let init = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["init"])
        .arg(&reg)
        .env("ROPA_DATA_DIR", dir.path().join("data"))
        .env("ROPA_CONFIG_DIR", dir.path().join("config"))
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("ropa init");
    assert!(init.status.success(), "{init:?}");
    for args in [
        vec![reg.display().to_string()],
        vec![reg.display().to_string(), "kundeservice".to_string()],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
            .arg("log")
            .args(&args)
            .current_dir(dir.path())
            .env("ROPA_DATA_DIR", dir.path().join("data"))
            .env("ROPA_CONFIG_DIR", dir.path().join("config"))
            .env_remove("ROPA_REGISTRY")
            .output()
            .expect("ropa log");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert!(stdout.contains("register: "), "{stdout}");
        assert!(stdout.contains("fortegnelse"), "{stdout}");
        assert!(stdout.contains("skeleton from ropa init"), "{stdout}");
        assert!(!dir.path().join("data").exists(), "no sample was created");
    }
}
