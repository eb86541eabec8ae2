//! `ropa completions SHELL` from the real binary: every shell's script
//! names every subcommand; bash accepts the script and, sourced, completes
//! `ropa val` to `validate`, a subcommand's options and an option's
//! values; zsh and fish accept theirs where they are installed.

mod common;

use std::path::Path;
use std::process::Command;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

/// `ropa completions SHELL`, checked to succeed.
fn script(shell: &str) -> String {
    let out = common::ropa(&["completions", shell]);
    assert!(
        out.status.success(),
        "completions {shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 script")
}

/// Writes `text` to a file in a fresh temporary folder.
fn written(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write script");
    p
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn every_shell_script_names_every_subcommand() {
    let subs = common::visible_subcommands();
    for required in ["validate", "fmt", "export", "completions", "man"] {
        assert!(subs.iter().any(|s| s == required), "{required} in {subs:?}");
    }
    for shell in SHELLS {
        let s = script(shell);
        assert!(s.len() > 200, "{shell}: script too short:\n{s}");
        for sub in &subs {
            assert!(s.contains(sub.as_str()), "{shell} script lacks {sub}");
        }
    }
}

#[test]
fn an_unknown_shell_is_refused_with_the_choices() {
    let out = common::ropa(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("tcsh"), "{err}");
    for shell in SHELLS {
        assert!(err.contains(shell), "{shell} not offered: {err}");
    }
    assert!(out.stdout.is_empty());
}

#[test]
fn bash_accepts_the_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = written(dir.path(), "ropa.bash", &script("bash"));
    let out = Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
        .expect("run bash");
    assert!(
        out.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Sources the bash script in a real bash, then asks its completion
/// function for `words` with the cursor at the end of the last word, as
/// bash does on Tab. Returns `complete -p ropa` and the candidates.
fn bash_complete(file: &Path, words: &[&str]) -> (String, Vec<String>) {
    bash_complete_in(Path::new("."), file, words)
}

/// As [`bash_complete`], in the folder `dir`.
fn bash_complete_in(dir: &Path, file: &Path, words: &[&str]) -> (String, Vec<String>) {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let line = words.join(" ");
    let program = format!(
        r#"set -e
source "$1"
spec=$(complete -p ropa)
printf '%s\n' "$spec"
fn=$(sed -n 's/.*-F \([^ ]*\).*/\1/p' <<<"$spec")
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE='{line}'
COMP_POINT=${{#COMP_LINE}}
COMPREPLY=()
"$fn" ropa "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#,
        words = quoted.join(" "),
    );
    let out = Command::new("bash")
        .current_dir(dir)
        .arg("--norc")
        .arg("--noprofile")
        .arg("-c")
        .arg(program)
        .arg("bash")
        .arg(file)
        .output()
        .expect("run bash");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "bash: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines = text.lines();
    let spec = lines.next().unwrap_or_default().to_string();
    let candidates = lines
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    (spec, candidates)
}

#[test]
fn bash_completes_subcommands_options_and_values() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = written(dir.path(), "ropa.bash", &script("bash"));

    let (spec, got) = bash_complete(&file, &["ropa", "val"]);
    assert!(
        spec.starts_with("complete ") && spec.ends_with(" ropa"),
        "complete -p ropa: {spec}"
    );
    assert_eq!(got, ["validate"], "ropa val<Tab>");

    let (_, got) = bash_complete(&file, &["ropa", "com"]);
    assert_eq!(got, ["completions"], "ropa com<Tab>");

    let (_, got) = bash_complete(&file, &["ropa", "validate", "--fo"]);
    assert_eq!(got, ["--format"], "ropa validate --fo<Tab>");

    let (_, mut got) = bash_complete(&file, &["ropa", "completions", ""]);
    got.retain(|c| !c.starts_with('-'));
    got.sort();
    assert_eq!(
        got,
        ["bash", "elvish", "fish", "powershell", "zsh"],
        "ropa completions <Tab>"
    );

    let (_, got) = bash_complete(&file, &["ropa", "export", "--format", "x"]);
    assert_eq!(got, ["xlsx"], "ropa export --format x<Tab>");

    // --explain offers the rule ids.
    let (_, got) = bash_complete(&file, &["ropa", "validate", "--explain", "ACT-00"]);
    assert!(got.iter().any(|c| c == "ACT-001"), "{got:?}");
    assert!(got.iter().all(|c| c.starts_with("ACT-00")), "{got:?}");

    // --lang offers its three codes, not the files of the folder.
    let (_, mut got) = bash_complete(&file, &["ropa", "validate", "--lang", ""]);
    got.sort();
    assert_eq!(got, ["da", "en", "nb"], "ropa validate --lang <Tab>");
}

#[test]
fn bash_completes_a_path_with_spaces_as_one_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = written(dir.path(), "ropa.bash", &script("bash"));
    let work = dir.path().join("work");
    std::fs::create_dir_all(work.join("register with space/æøå")).expect("mkdir");
    std::fs::create_dir_all(work.join("registry")).expect("mkdir");
    let (_, got) = bash_complete_in(&work, &file, &["ropa", "--registry", "register"]);
    assert_eq!(got, ["register with space"], "--registry register<Tab>");
    let (_, got) = bash_complete_in(
        &work,
        &file,
        &["ropa", "export", "--output", "register with space/"],
    );
    assert_eq!(
        got,
        ["register with space/æøå"],
        "--output <Tab> in the folder"
    );
    assert!(
        script("bash").contains("compopt -o filenames"),
        "bash is told the words are file names"
    );
}

#[test]
fn lang_keeps_its_aliases_and_refuses_an_unknown_code() {
    let out = common::ropa(&["--lang", "NO", "validate", "--explain", "ACT-001"]);
    assert!(out.status.success(), "--lang NO: {out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("ACT-001"));
    let out = common::ropa(&["--lang", "sv", "validate", "--explain", "ACT-001"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("expected da, nb or en"), "{err}");
}

#[test]
fn zsh_accepts_the_script() {
    if !installed("zsh") {
        eprintln!("skipped: zsh is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = written(dir.path(), "_ropa", &script("zsh"));
    let out = Command::new("zsh")
        .arg("-n")
        .arg(&file)
        .output()
        .expect("run zsh");
    assert!(
        out.status.success(),
        "zsh -n: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(script("zsh").starts_with("#compdef ropa"));
}

#[test]
fn fish_accepts_the_script_and_completes() {
    if !installed("fish") {
        eprintln!("skipped: fish is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let file = written(dir.path(), "ropa.fish", &script("fish"));
    let out = Command::new("fish")
        .arg("--no-execute")
        .arg(&file)
        .output()
        .expect("run fish");
    assert!(
        out.status.success(),
        "fish --no-execute: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Loaded in a real fish, `complete -C` lists what Tab would offer.
    let out = Command::new("fish")
        .arg("--no-config")
        .arg("-c")
        .arg("source $argv[1]; complete -C 'ropa val'")
        .arg(&file)
        .output()
        .expect("run fish");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "fish: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first: Vec<&str> = text.lines().filter_map(|l| l.split('\t').next()).collect();
    assert_eq!(first, ["validate"], "ropa val<Tab> in fish: {text}");
}
