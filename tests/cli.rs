//! The real binary against the bundled register and broken copies of it:
//! exit statuses, `path:line:col` diagnostics and output formats.

mod common;

use common::{copy_tree, ropa, sample_registry};

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn sample_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_tree(&sample_registry(), dir.path());
    dir
}

#[test]
fn sample_register_validates_with_warnings_and_acknowledgements() {
    let reg = sample_registry();
    let out = ropa(&[
        "validate",
        reg.to_str().expect("utf-8 path"),
        "--today",
        "2026-11-23",
    ]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("warning["), "{text}");
    assert!(text.contains("acknowledged[XFR-003]"), "{text}");
    assert!(text.contains(" 0 errors,"), "{text}");
}

#[test]
fn strict_and_deny_warnings_fail() {
    let reg = sample_registry();
    let reg = reg.to_str().expect("utf-8 path");
    let strict = ropa(&["validate", reg, "--strict", "--today", "2026-11-23"]);
    assert_eq!(strict.status.code(), Some(1));
    let deny = ropa(&["validate", reg, "--deny-warnings", "--today", "2026-11-23"]);
    assert_eq!(deny.status.code(), Some(1));
}

#[test]
fn expired_acknowledgements_fail() {
    let reg = sample_registry();
    let out = ropa(&[
        "validate",
        reg.to_str().expect("utf-8 path"),
        "--today",
        "2028-01-01",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("error[ACK-001]"));
}

#[test]
fn truncating_any_file_gives_a_located_error() {
    let dir = sample_copy();
    let files = [
        "da/activities/da-barsel.ron",
        "digst/organisation.ron",
        "djoef/activities/zoom-onlinetilbud.ron",
    ];
    for rel in files {
        let path = dir.path().join(rel);
        let text = std::fs::read_to_string(&path).expect("read");
        std::fs::write(&path, &text[..text.len() / 2]).expect("truncate");
    }
    let root = dir.path().to_str().expect("utf-8 path");
    let out = ropa(&["validate", root, "--today", "2026-11-23"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for rel in files {
        let want = format!("--> {root}/{rel}:");
        let line = text
            .lines()
            .find(|l| l.contains(&want))
            .unwrap_or_else(|| panic!("no location for {rel} in {text}"));
        let loc = line.rsplit(&format!("{rel}:")).next().expect("line:col");
        let mut parts = loc.split(':');
        assert!(
            parts.next().and_then(|l| l.parse::<usize>().ok()).is_some(),
            "{line}"
        );
        assert!(
            parts.next().and_then(|c| c.parse::<usize>().ok()).is_some(),
            "{line}"
        );
    }
    assert!(text.contains("error[LOAD-001]"));
    // The rest still loads and is checked: other organisations are reported.
    assert!(text.contains("os2/"), "{text}");
}

#[test]
fn every_truncated_file_is_caught() {
    let reg = sample_registry();
    let mut files = Vec::new();
    for org in std::fs::read_dir(&reg).expect("ls") {
        let org = org.expect("entry").path();
        if !org.is_dir() {
            // ropa.ron, the marker with the register's settings.
            continue;
        }
        files.push(org.join("organisation.ron"));
        for a in std::fs::read_dir(org.join("activities")).expect("ls") {
            files.push(a.expect("entry").path());
        }
    }
    for file in files {
        let rel = file.strip_prefix(&reg).expect("inside").to_path_buf();
        let dir = sample_copy();
        let target = dir.path().join(&rel);
        let text = std::fs::read_to_string(&target).expect("read");
        std::fs::write(&target, &text[..text.len() * 2 / 3]).expect("truncate");
        let out = ropa(&[
            "validate",
            dir.path().to_str().expect("utf-8"),
            "--format",
            "json",
            "--today",
            "2026-11-23",
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", rel.display());
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        assert!(
            doc["findings"]
                .as_array()
                .expect("findings")
                .iter()
                .any(|f| {
                    f["rule"] == "LOAD-001"
                        && f["path"] == rel_s.as_str()
                        && f["line"].as_u64() > Some(0)
                }),
            "{rel_s}"
        );
    }
}

#[test]
fn changing_one_cvr_digit_is_a_located_error() {
    let dir = sample_copy();
    let path = dir.path().join("digst/organisation.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("Cvr(\"34051178\")"));
    std::fs::write(
        &path,
        text.replace("Cvr(\"34051178\")", "Cvr(\"34051179\")"),
    )
    .expect("write");
    let line = text
        .lines()
        .position(|l| l.contains("Cvr(\"34051178\")"))
        .expect("line")
        + 1;
    let root = dir.path().to_str().expect("utf-8");
    let out = ropa(&["validate", root, "--today", "2026-11-23"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error[ORG-002]: CVR number `34051179` fails the modulus 11 check"),
        "{text}"
    );
    assert!(
        text.contains(&format!("--> {root}/digst/organisation.ron:{line}:")),
        "{text}"
    );
}

#[test]
fn changing_a_processor_cvr_digit_is_caught_too() {
    let dir = sample_copy();
    let path = dir.path().join("digst/organisation.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("39488914", "39488915")).expect("write");
    let out = ropa(&[
        "validate",
        dir.path().to_str().expect("utf-8"),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("`39488915` fails the modulus 11 check"));
}

#[test]
fn json_and_github_formats() {
    let reg = sample_registry();
    let reg = reg.to_str().expect("utf-8");
    let out = ropa(&["validate", reg, "--format", "json", "--today", "2026-11-23"]);
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid json");
    assert_eq!(doc["errors"], 0);
    let findings = doc["findings"].as_array().expect("array");
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "XFR-003" && f["acknowledged"]["reason"].is_string())
    );
    assert!(
        findings
            .iter()
            .all(|f| f["line"].as_u64() >= Some(1) && f["file"].is_string())
    );

    let gh = ropa(&[
        "validate",
        reg,
        "--format",
        "github",
        "--today",
        "2026-11-23",
    ]);
    let text = stdout(&gh);
    assert!(
        text.lines().any(|l| l.starts_with("::warning file=")
            && l.contains(",line=")
            && l.contains(",title=RET-002::")),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("::notice file=") && l.contains("title=XFR-003")),
        "{text}"
    );
}

#[test]
fn unusable_input_exits_2() {
    let out = ropa(&["validate", "/nonexistent/register"]);
    assert_eq!(out.status.code(), Some(2));
    let empty = tempfile::tempdir().expect("tempdir");
    let out = ropa(&["validate", empty.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no register here"));
}

#[test]
fn explain_prints_the_rule() {
    let out = ropa(&["validate", "--explain", "xfr-003"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("XFR-003 (error): Invalidated transfer instrument"));
    assert!(text.contains("Schrems II"));
    assert_eq!(
        ropa(&["validate", "--explain", "NOPE"]).status.code(),
        Some(2)
    );
}

#[test]
fn fmt_check_lists_files_and_fmt_rewrites_them() {
    let dir = sample_copy();
    let root = dir.path().to_str().expect("utf-8");
    assert_eq!(ropa(&["fmt", "--check", root]).status.code(), Some(0));
    let path = dir.path().join("os2/organisation.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    let messy = text.replace("    ", "  ").replace(",\n", "\n,");
    std::fs::write(&path, &messy).expect("write");
    let check = ropa(&["fmt", "--check", root]);
    assert_eq!(check.status.code(), Some(1));
    assert_eq!(
        stdout(&check).trim(),
        format!("{root}/os2/organisation.ron")
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        messy,
        "--check must not write"
    );
    assert_eq!(ropa(&["fmt", root]).status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    // Idempotent: nothing formatted, only the register named.
    let again = ropa(&["fmt", root]);
    assert_eq!(again.status.code(), Some(0));
    let abs = std::fs::canonicalize(dir.path()).expect("canonicalize");
    assert_eq!(
        stdout(&again),
        format!("register: {} (given)\n", abs.display())
    );
}

#[test]
fn fmt_leaves_broken_files_alone() {
    let dir = sample_copy();
    let path = dir.path().join("os2/activities/os2-eu.ron");
    std::fs::write(&path, "Activity(id: ").expect("write");
    let out = ropa(&["fmt", dir.path().to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("os2/activities/os2-eu.ron:1:"));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "Activity(id: "
    );
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let dir = sample_copy();
    let path = dir.path().join("os2/organisation.ron");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("address: Some(\"", "address: Some(\"\\u{1b}[2J"),
    )
    .expect("write");
    // Force a finding that quotes the text: an invalid e-mail with an escape.
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(
        &path,
        text.replace("email: Some(\"", "email: Some(\"\\u{1b}]0;x\\u{7}"),
    )
    .expect("write");
    let out = ropa(&["validate", dir.path().to_str().expect("utf-8")]);
    assert!(!out.stdout.contains(&0x1b), "raw ESC in output");
    assert!(stdout(&out).contains("\\u{1b}"));
}

#[test]
fn overview_lists_every_organisation() {
    let reg = sample_registry();
    let out = ropa(&["--registry", reg.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for id in [
        "(da)",
        "(digst)",
        "(djoef)",
        "(jupiter-system-partner)",
        "(os2)",
    ] {
        assert!(text.contains(id), "{id}: {text}");
    }
}

#[test]
fn closed_pipe_does_not_panic() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args([
            "export",
            sample_registry().to_str().expect("utf-8"),
            "--format",
            "md",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = [0u8; 16];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("read");
    // The read end is dropped here, so the rest of the output hits a closed pipe.
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn first_run_creates_the_default_register_from_the_embedded_sample() {
    let data = tempfile::tempdir().expect("tempdir");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_ropa"))
            .args(["validate", "--today", "2026-11-23"])
            .env_remove("ROPA_REGISTRY")
            .env("ROPA_DATA_DIR", data.path())
            .output()
            .expect("run ropa")
    };
    let out = run();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("Created the sample register"));
    let reg = data.path().join("registry");
    assert!(reg.join("da/activities/da-barsel.ron").is_file());
    let head = ropa::register::git::head_info(&reg).expect("a git repository");
    assert_eq!(head.short_id.len(), 7);
    // The second run uses it as it is.
    let again = run();
    assert_eq!(again.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&again.stderr).contains("Created"));
}
