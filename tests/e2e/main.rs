//! End-to-end runs of the real binary in a real terminal (tmux): keys are
//! typed with send-keys and the screen is read with capture-pane.
//!
//! The main run: open the sample, search "barsel", open DA Barsel, see its
//! legal basis, open the help, quit with status 0.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "../common/tmux.rs"]
mod tmux;

use tmux::{Tmux, tmux_available};

/// In a form: Ctrl-F, `query` (a field's name or path), Enter.
fn go(t: &Tmux, query: &str) {
    t.keys(&["C-f"]);
    t.literal(query);
    t.keys(&["Enter"]);
}

/// From the first screen: search "barsel" and open DA Barsel's detail
/// (its name, so at the top), then its purposes and legal bases (`2`).
fn open_da_barsel(t: &Tmux) {
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    t.wait_for("1 Identity");
    t.keys(&["2"]);
    t.wait_for("Lov nr. 417 af 08/05/2006");
}

/// Issue 14's run: from the start, `/`, the query `barsel` and two more
/// keys (Enter, `6`) show DA Barsel's retention at 80×24.
#[test]
fn slash_barsel_enter_6_shows_da_barsels_retention() {
    if !tmux_available() {
        return;
    }
    let cmd = format!(
        "{} --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    let hits = t.wait_for("7 hits");
    assert!(!hits.contains("besvarelse"), "{hits}");
    t.keys(&["Enter", "6"]);
    let screen = t.wait_for("6 Retention (Art. 30(1)(f))");
    assert!(screen.contains("Der opbevares kun oplysninger"), "{screen}");
    t.keys(&["q"]);
}

/// The gaps report: `t` opens it, Enter opens the first item's record
/// (DA's CVR number, not stated), Esc returns to the report.
#[test]
fn t_opens_the_gaps_report_and_enter_its_record() {
    if !tmux_available() {
        return;
    }
    let cmd = format!(
        "{} --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["t"]);
    let screen = t.wait_for("Gaps report");
    assert!(screen.contains("Not stated in the source"), "{screen}");
    assert!(
        screen.contains("Dansk Arbejdsgiverforening [da]"),
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("┌ Dansk Arbejdsgiverforening");
    t.keys(&["Escape"]);
    t.wait_for("Gaps report");
    t.keys(&["q"]);
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("registry")
}

fn wait_for_file(p: &Path) -> String {
    let start = Instant::now();
    loop {
        if let Ok(s) = std::fs::read_to_string(p)
            && s.ends_with('\n')
        {
            return s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "program did not exit"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn search_barsel_open_da_barsel_read_basis_help_and_quit() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("Dansk Arbejdsgiverforening");
    t.wait_for("warnings");
    t.keys(&["/", "b", "a", "r", "s", "e", "l"]);
    t.wait_for("hits");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Lov nr. 417 af 08/05/2006");
    assert!(screen.contains("DA Barsel"), "{screen}");
    assert!(screen.contains("Purposes and legal bases"), "{screen}");
    t.keys(&["?"]);
    t.wait_for("Keys");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
}

#[test]
fn terminal_is_restored_after_quit() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'; echo AFTER-EXIT; sleep 30",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("Organisations");
    t.keys(&["C-c"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    // The shell's output is back on the normal screen, not the interface.
    let screen = t.wait_for("AFTER-EXIT");
    assert!(!screen.contains("Organisations"), "{screen}");
}

/// The sample register committed in a scratch repository at `<dir>/repo`
/// whose own config names the author.
fn scratch_repo(dir: &Path) -> PathBuf {
    let repo = dir.join("repo");
    copy_tree(&sample(), &repo.join("registry"));
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args(args)
            .status()
            .expect("git")
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["config", "user.name", "E2E Lawyer"]);
    git(&["config", "user.email", "e2e@example.org"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "sample"]);
    repo
}

fn copy_tree(from: &Path, to: &Path) {
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

fn git_out(repo: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("git");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn edit_da_barsel_name_and_save_makes_one_commit() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    open_da_barsel(&t);
    // Back to section 1: `e` opens the form at the section shown, here
    // at the name.
    t.keys(&["1", "e"]);
    t.wait_for("Edit: Dansk Arbejdsgiverforening / DA Barsel");
    t.keys(&["Space", "2", "0", "2", "7"]);
    t.wait_for("DA Barsel 2027");
    t.keys(&["C-s"]);
    t.wait_for("Saved");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");

    let subject = git_out(&repo, &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject.trim(),
        "Dansk Arbejdsgiverforening / DA Barsel 2027: name"
    );
    let body = git_out(&repo, &["log", "-1", "--format=%b"]);
    assert!(
        body.contains(r#"name: "DA Barsel" → "DA Barsel 2027""#),
        "{body}"
    );
    assert_eq!(
        git_out(&repo, &["log", "-1", "--format=%an"]).trim(),
        "E2E Lawyer"
    );
    let files = git_out(&repo, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.trim(), "registry/da/activities/da-barsel.ron");
    assert_eq!(git_out(&repo, &["rev-list", "--count", "HEAD"]).trim(), "2");
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

#[test]
fn external_editor_change_is_committed() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    // An "editor" that changes the name in the file it is given last.
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nfor f; do :; done\nsed -i 's/name: \"DA Barsel\"/name: \"DA Barsel (E)\"/' \"$f\"\n",
    )
    .expect("write editor");
    let status = dir.path().join("status");
    let cmd = format!(
        "VISUAL= EDITOR='sh {}' {} --registry '{}'; echo $? > '{}'",
        editor.display(),
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    open_da_barsel(&t);
    t.keys(&["E"]);
    t.wait_for("Saved");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    let subject = git_out(&repo, &["log", "-1", "--format=%s"]);
    assert_eq!(
        subject.trim(),
        "Dansk Arbejdsgiverforening / DA Barsel (E): name"
    );
}

/// Replaces `from` with `to` in the register file `rel`, as an editor or a
/// colleague's tool would, outside the interface.
fn sed(repo: &Path, rel: &str, from: &str, to: &str) {
    let p = repo.join("registry").join(rel);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains(from), "{rel} holds {from:?}");
    std::fs::write(&p, text.replace(from, to)).expect("write");
}

fn git_ok(repo: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The interface follows the repository: with DA Barsel's detail open, a
/// commit made with `git` beside it shows within a second or two, on the
/// same activity; a file broken outside shows as such, and
/// `git checkout -- file` brings the record back.
#[test]
fn a_commit_made_beside_the_interface_shows_on_the_open_detail() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    open_da_barsel(&t);

    // A second shell: a colleague's change, committed with git.
    let barsel = "da/activities/da-barsel.ron";
    sed(
        &repo,
        barsel,
        "name: \"DA Barsel\"",
        "name: \"DA Barsel – ændret af kollega\"",
    );
    git_ok(&repo, &["commit", "-q", "-am", "Kollega: nyt navn"]);
    let start = Instant::now();
    let screen = t.wait_for_within("DA Barsel – ændret af kollega", 5);
    let took = start.elapsed();
    assert!(took < Duration::from_millis(2500), "shown after {took:?}");
    assert!(
        screen.contains("Dansk Arbejdsgiverforening › DA Barsel – ændret af kollega"),
        "still the same activity's detail:\n{screen}"
    );
    assert!(screen.contains("Lov nr. 417 af 08/05/2006"), "{screen}");

    // Broken outside ropa: the detail shows the problem and the line.
    sed(
        &repo,
        barsel,
        "name: \"DA Barsel – ændret af kollega\"",
        "name \"DA Barsel – ændret af kollega\"",
    );
    let screen = t.wait_for_within("does not parse", 5);
    assert!(screen.contains("Expected colon"), "{screen}");
    // `git checkout -- file` puts the committed version back.
    git_ok(&repo, &["checkout", "--", &format!("registry/{barsel}")]);
    let screen = t.wait_for_within("Lov nr. 417 af 08/05/2006", 5);
    assert!(
        screen.contains("Dansk Arbejdsgiverforening › DA Barsel – ændret af kollega"),
        "{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

/// The interface on a large generated register (1,000 organisations × 20
/// activities): it starts, shows the register, searches and quits with
/// status 0, and its peak memory stays within ten times the register's
/// size on disk (its folder: the RON files and the git repository). Against
/// the RON text alone it peaks at about 9.8× (docs/performance.md).
#[test]
fn large_register_starts_searches_and_quits_within_memory() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("big");
    let ok = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args([
            "generate",
            "--orgs",
            "1000",
            "--activities",
            "20",
            "--commits",
            "10",
        ])
        .arg(&reg)
        .output()
        .expect("ropa generate")
        .status
        .success();
    assert!(ok, "ropa generate");
    let size: u64 = folder_bytes(&reg);
    let status = dir.path().join("status");
    let mem = dir.path().join("mem");
    let time = Path::new("/usr/bin/time");
    let measure = time.exists();
    let cmd = format!(
        "{}{} --registry '{}'{}; echo $? > '{}'",
        if measure {
            "/usr/bin/time -f '%M' "
        } else {
            ""
        },
        env!("CARGO_BIN_EXE_ropa"),
        reg.display(),
        if measure {
            format!(" 2> '{}'", mem.display())
        } else {
            String::new()
        },
        status.display()
    );
    let t = Tmux::start(&cmd, 120, 40).expect("tmux session");
    // The first frame comes before the register is loaded; loading,
    // validation and the search index follow on threads (slower in a
    // debug build, hence the longer waits).
    t.wait_for_within("Organisations", 60);
    t.keys(&["/", "r", "e", "v", "i", "s", "o", "r"]);
    t.wait_for_within("hits", 120);
    t.keys(&["Escape", "q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    if measure {
        let kb: u64 = std::fs::read_to_string(&mem)
            .expect("time output")
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .next_back()
            .expect("peak memory in kB");
        assert!(
            kb * 1024 <= 10 * size,
            "peak memory {kb} kB exceeds 10× the register folder's {size} bytes"
        );
    }
}

/// Bytes of all files under `dir` (the register folder with its `.git`).
fn folder_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            total += folder_bytes(&p);
        } else {
            total += e.metadata().map_or(0, |m| m.len());
        }
    }
    total
}

/// The review cycle in a real terminal: the status line counts the
/// never-reviewed sample as due, `d` lists the reviews by owner, Enter
/// opens one, `v` marks it reviewed as one commit and the count drops.
#[test]
fn the_due_list_opens_an_activity_and_v_marks_it_reviewed() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 100, 30).expect("tmux session");
    t.wait_for("16 due");
    t.keys(&["d"]);
    t.wait_for("Reviews due");
    let list = t.wait_for("No owner");
    assert!(list.contains("never reviewed"), "{list}");
    t.keys(&["Enter"]);
    t.wait_for("1 Identity");
    let head = git_out(&repo, &["rev-parse", "HEAD"]);
    t.keys(&["v"]);
    wait_for_commit(&repo, &head);
    t.wait_for("15 due");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    let subject = git_out(&repo, &["log", "-1", "--format=%s"]);
    assert!(
        subject.trim().ends_with(": reviewed, no change"),
        "{subject}"
    );
    let files = git_out(&repo, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(files.trim().lines().count(), 1, "{files}");
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

/// Waits until HEAD of `repo` is no longer `head` (a save landed; the
/// status line that says so is cut at 80 columns when the path is long).
fn wait_for_commit(repo: &Path, head: &str) {
    let start = Instant::now();
    while git_out(repo, &["rev-parse", "HEAD"]) == head {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no commit was made"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The issue's scenario: a new activity typed in from scratch in Danish at
/// 80×24, with a recipient created in the picker, is one commit of the
/// activity and the organisation, and `ropa validate .` then exits 0 with
/// no errors. Every word typed is in the committed file.
#[test]
fn a_new_activity_with_a_recipient_from_the_picker_validates() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let reg = repo.join("registry");
    let status = dir.path().join("status");
    let cmd = format!(
        "cd '{}' && {}; echo $? > '{}'",
        reg.display(),
        env!("CARGO_BIN_EXE_ropa"),
        status.display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["Enter"]);
    t.wait_for("DA Barsel");
    t.keys(&["n"]);
    t.wait_for("New: Dansk Arbejdsgiverforening");
    t.literal("Løn og personale");
    t.wait_for("loen-og-personale");
    // purposes: the text, then its id.
    go(&t, "purposes");
    t.literal("Lønudbetaling til ansatte efter ansættelsesaftalen § 5");
    // (↑ would move up a line inside the wrapped text.)
    go(&t, "purposes[0].id");
    t.literal("p1");
    // legal bases: a basis for p1 (ticked in the list of purposes) under
    // Art. 6(1)(b) and its law.
    go(&t, "legal_bases");
    t.keys(&["Enter"]);
    t.literal("p1");
    t.wait_for("[ ] Lønudbetaling");
    t.keys(&["Enter"]);
    go(&t, "legal_bases[0].article6");
    t.keys(&["Enter"]);
    t.wait_for("Art. 6(1) letter — pick one");
    t.keys(&["b", "Enter"]);
    go(&t, "legal_bases[0].law_ref");
    t.literal("Ansættelsesaftalen og ferieloven § 5");
    t.wait_for("Ansættelsesaftalen og ferieloven § 5");
    // data subjects, data categories.
    go(&t, "data_subjects");
    t.literal("Ansatte i Aarhus og Ålborg");
    t.wait_for("ansatte-i-aarhus-og-aalborg");
    go(&t, "data_categories");
    t.literal("Løn og bankkonto");
    t.wait_for("loen-og-bankkonto");
    // recipients: a new one, typed into the picker.
    go(&t, "recipients");
    t.literal("loenbureau-nord");
    t.wait_for("use \"loenbureau-nord\" as a new id");
    t.keys(&["Enter"]);
    t.wait_for("saving adds it to the organisation");
    // retention: the words, an id, a period.
    go(&t, "retention");
    t.literal("5 år efter ansættelsens ophør, jf. bogføringsloven § 10");
    go(&t, "retention[0].id");
    t.literal("r1");
    go(&t, "retention[0].rule.period");
    t.literal("P5Y");
    t.wait_for("Ready to save · 0 errors");
    let head = git_out(&repo, &["rev-parse", "HEAD"]);
    t.keys(&["C-s"]);
    wait_for_commit(&repo, &head);
    t.wait_for("Dansk Arbejdsgiverforening › Løn og personale");
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");

    let files = git_out(&repo, &["show", "--name-only", "--format=", "HEAD"]);
    assert_eq!(
        files.trim(),
        "registry/da/activities/loen-og-personale.ron\nregistry/da/organisation.ron"
    );
    let text = std::fs::read_to_string(reg.join("da/activities/loen-og-personale.ron"))
        .expect("the new file");
    for typed in [
        "Løn og personale",
        "Lønudbetaling til ansatte efter ansættelsesaftalen § 5",
        "Ansættelsesaftalen og ferieloven § 5",
        "Ansatte i Aarhus og Ålborg",
        "Løn og bankkonto",
        "5 år efter ansættelsens ophør, jf. bogføringsloven § 10",
    ] {
        assert!(text.contains(typed), "{typed:?} kept:\n{text}");
    }
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["validate", "."])
        .current_dir(&reg)
        .env("ROPA_DATA_DIR", dir.path().join("data"))
        .env("ROPA_CONFIG_DIR", dir.path().join("config"))
        .env_remove("ROPA_REGISTRY")
        .output()
        .expect("ropa validate");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains(": 0 errors,"), "{stdout}");
}

/// An editor that breaks the id: nothing is committed, and the user is
/// offered to reopen, discard or keep; discard puts the file back.
#[test]
fn an_editor_that_breaks_the_id_commits_nothing_and_offers_a_choice() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let editor = dir.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nfor f; do :; done\nsed -i 's/id: \"da-barsel\"/id: \"DA Barsel\"/' \"$f\"\n",
    )
    .expect("write editor");
    let status = dir.path().join("status");
    let cmd = format!(
        "VISUAL= EDITOR='sh {}' {} --registry '{}'; echo $? > '{}'",
        editor.display(),
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let head = git_out(&repo, &["rev-parse", "HEAD"]);
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    open_da_barsel(&t);
    t.keys(&["E"]);
    let screen = t.wait_for("The file cannot be committed");
    assert!(screen.contains("STR-004"), "{screen}");
    // Enter reopens and Esc keeps, as in every question; the letters stay.
    assert!(
        screen.contains("Enter (or r)  reopen the editor"),
        "{screen}"
    );
    assert!(screen.contains("d  discard your edit"), "{screen}");
    assert!(screen.contains("Esc (or k)  keep the file"), "{screen}");
    assert_eq!(git_out(&repo, &["rev-parse", "HEAD"]), head, "no commit");
    t.keys(&["d"]);
    let file = repo.join("registry/da/activities/da-barsel.ron");
    let start = Instant::now();
    while !std::fs::read_to_string(&file)
        .expect("read")
        .contains("id: \"da-barsel\"")
    {
        assert!(start.elapsed() < Duration::from_secs(20), "not discarded");
        std::thread::sleep(Duration::from_millis(100));
    }
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    assert_eq!(git_out(&repo, &["rev-parse", "HEAD"]), head);
    assert!(git_out(&repo, &["status", "--porcelain"]).trim().is_empty());
}

/// A sentence typed on a field that is not set keeps every word and
/// character (the first word used to be swallowed, Space acted as Enter).
#[test]
fn a_sentence_typed_on_an_unset_field_keeps_every_word() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let repo = scratch_repo(dir.path());
    let status = dir.path().join("status");
    let cmd = format!(
        "{} --registry '{}'; echo $? > '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        repo.join("registry").display(),
        status.display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    open_da_barsel(&t);
    t.keys(&["e"]);
    t.wait_for("Edit: Dansk Arbejdsgiverforening / DA Barsel");
    // owner is not set; Ctrl-F goes to it by name.
    go(&t, "owner");
    let sentence = "HR-chef Åse Ødegård og lønafdelingen på Ærø, jf. § 5 stk. 2";
    for word in sentence.split_inclusive(' ') {
        t.literal(word);
    }
    t.wait_for("lønafdelingen på Ærø");
    let head = git_out(&repo, &["rev-parse", "HEAD"]);
    t.keys(&["C-s"]);
    wait_for_commit(&repo, &head);
    t.keys(&["q"]);
    assert_eq!(wait_for_file(&status).trim(), "0");
    let text =
        std::fs::read_to_string(repo.join("registry/da/activities/da-barsel.ron")).expect("read");
    assert!(
        text.contains(&format!("owner: Some(\"{sentence}\")")),
        "{text}"
    );
    assert_eq!(
        git_out(&repo, &["log", "-1", "--format=%s"]).trim(),
        "Dansk Arbejdsgiverforening / DA Barsel: owner"
    );
}

/// In a register made by `ropa init`, `ropa validate` from a folder inside
/// it works on that register and names it; the sample is not created.
#[test]
fn validate_inside_an_init_register_names_that_register() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("fortegnelse");
    let data = dir.path().join("data");
    let env = format!(
        "ROPA_DATA_DIR='{}' ROPA_CONFIG_DIR='{}'",
        data.display(),
        dir.path().join("config").display()
    );
    let script = format!(
        "unset ROPA_REGISTRY; export {env}; {ropa} init '{reg}' >/dev/null && \
         cd '{reg}/eksempel/activities' && {ropa} validate; echo EXIT $?; sleep 30",
        ropa = env!("CARGO_BIN_EXE_ropa"),
        reg = reg.display()
    );
    let t = Tmux::start(
        &format!("sh -c \"{}\"", script.replace('"', "\\\"")),
        120,
        30,
    )
    .expect("tmux session");
    let screen = t.wait_for("EXIT");
    let reg_abs = reg.canonicalize().expect("canonical");
    assert!(
        screen.contains(&format!(
            "register: {} (found from the current directory)",
            reg_abs.display()
        )),
        "{screen}"
    );
    assert!(screen.contains("0 errors"), "{screen}");
    assert!(screen.contains("EXIT 0"), "{screen}");
    assert!(!data.exists(), "the sample was not created");
}

/// `--registry` at an empty folder: a screen that says what is there and
/// what to do, not an empty list "loading…" forever; then `ropa init` in
/// a second terminal, and the register appears without a restart.
#[test]
fn an_empty_folder_says_what_it_found_and_shows_the_register_once_initialised() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("tom");
    std::fs::create_dir(&reg).expect("mkdir");
    let cmd = format!(
        "{} --lang en --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        reg.display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    let screen = t.wait_for("No register here");
    assert!(screen.contains("The folder is empty."), "{screen}");
    assert!(screen.contains("Not in a git repository."), "{screen}");
    assert!(screen.contains("ropa init"), "{screen}");
    assert!(!screen.contains("loading"), "{screen}");
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("init")
        .arg(&reg)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .expect("ropa init");
    assert!(out.status.success(), "{out:?}");
    let screen = t.wait_for("warnings");
    assert!(!screen.contains("No register here"), "{screen}");
    t.keys(&["q"]);
}

/// A folder of other files with a register one level down: the screen
/// names the register to open.
#[test]
fn a_folder_without_a_register_points_at_the_one_below_it() {
    if !tmux_available() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    copy(&sample(), &dir.path().join("registry"));
    std::fs::write(dir.path().join("notater.txt"), "æøå").expect("write");
    let cmd = format!(
        "{} --lang da --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        dir.path().display()
    );
    let t = Tmux::start(&cmd, 120, 30).expect("tmux session");
    let screen = t.wait_for("Ingen fortegnelse her");
    assert!(screen.contains("2 filer og mapper"), "{screen}");
    assert!(
        screen.contains("der ligger en fortegnelse herunder"),
        "{screen}"
    );
    assert!(screen.contains("5 organisationer"), "{screen}");
    // What the screen says in Danish, and not again in the loader's English.
    assert!(!screen.contains("no register here"), "{screen}");
    t.keys(&["q"]);
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read_dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

/// The map: `m` on the list shows where the whole register's data go,
/// third countries first; Enter on an activity opens it; Esc comes back.
#[test]
fn m_shows_where_the_data_go_and_enter_opens_an_activity() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let cmd = format!(
        "{} --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        sample().display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("warnings");
    t.keys(&["m"]);
    let screen = t.wait_for("Where the data go: the whole register");
    assert!(
        screen.contains("third country · lande uden for EU/EØS"),
        "{screen}"
    );
    // Down to the first activity (destination, recipient, activity).
    t.keys(&["j", "j", "Enter"]);
    let screen = t.wait_for("1 Identity");
    assert!(
        screen.contains("Onlinetilbud hos Djøf via Zoom"),
        "{screen}"
    );
    t.keys(&["Escape"]);
    t.wait_for("Where the data go: the whole register");
    t.keys(&["q"]);
}
