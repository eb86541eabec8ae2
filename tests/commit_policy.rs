//! The team's policies apply to ropa's commits: the repository's hooks run
//! as `git commit` runs them (and can refuse, with their output shown and
//! nothing changed), `commit.gpgsign` is honoured (checked by git itself),
//! and attributes ropa cannot apply (a clean/smudge filter) refuse the save,
//! while line-ending attributes are applied as git would.

mod common;
mod fixture;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use fixture::{Repo, activity, hook_in, save_activity, saved, ssh_signing_key};
use ropa::register::change::{Intent, Refusal};

const BARSEL: &str = "da/activities/da-barsel.ron";

/// DA Barsel saved under a new name.
fn rename(r: &Repo, name: &str) -> Intent {
    let old = activity(r, BARSEL);
    let mut new = old.clone();
    new.name = name.to_string();
    save_activity("da", Some(&old), new)
}

/// Everything a refused save must leave as it was.
struct Before {
    head: String,
    index: Vec<u8>,
    file: Option<String>,
    status: String,
}

fn before(r: &Repo) -> Before {
    // `git status` first: it may refresh the index's stat data.
    let status = r.status();
    Before {
        head: r.head(),
        index: fs::read(r.workdir().join(".git/index")).expect("index"),
        file: r.read(BARSEL),
        status,
    }
}

fn assert_unchanged(r: &Repo, b: &Before) {
    assert_eq!(r.head(), b.head, "HEAD moved");
    assert_eq!(
        fs::read(r.workdir().join(".git/index")).expect("index"),
        b.index,
        "git's index changed"
    );
    assert_eq!(r.read(BARSEL), b.file, "the file changed");
    assert_eq!(r.status(), b.status, "git status changed");
    let gitdir = r.workdir().join(".git");
    assert!(!gitdir.join("index.lock").exists(), "index.lock left");
    for e in fs::read_dir(&gitdir).expect("ls .git").flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        assert!(
            !name.starts_with("ropa-index") && !name.starts_with("ropa-transaction"),
            "{name} left in .git"
        );
    }
}

#[test]
fn a_failing_pre_commit_hook_refuses_with_its_output_and_changes_nothing() {
    let r = Repo::sample();
    r.hook("pre-commit",
        "#!/bin/sh\necho \"politik: ingen ændringer i dag (æøå)\"\necho 'fejl på stderr' >&2\nexit 3\n",
    );
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    match &err {
        Refusal::Hook {
            hook,
            status,
            output,
        } => {
            assert_eq!(hook, "pre-commit");
            assert_eq!(status, "exit status 3");
            assert_eq!(
                output,
                "politik: ingen ændringer i dag (æøå)\nfejl på stderr"
            );
        }
        other => panic!("expected a hook refusal, got {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("pre-commit hook stopped the commit"), "{msg}");
    assert!(msg.contains("\n  fejl på stderr"), "{msg}");
    assert_unchanged(&r, &b);
}

#[test]
fn pre_commit_sees_what_will_be_committed_through_git_index_file() {
    let r = Repo::sample();
    let path = r.repo_path(BARSEL);
    let seen = r.workdir().join(".git/seen");
    r.hook(
        "pre-commit",
        &format!(
            "#!/bin/sh\n\
             echo \"$GIT_INDEX_FILE\" > .git/seen\n\
             git diff --cached --name-only >> .git/seen\n\
             pwd >> .git/seen\n\
             if git show :{path} | grep -q FORBUDT; then\n\
               echo 'FORBUDT må ikke stå i registeret'; exit 1\n\
             fi\n"
        ),
    );
    let b = before(&r);
    let err = r.commit(&rename(&r, "FORBUDT navn")).expect_err("refused");
    assert!(
        matches!(&err, Refusal::Hook { output, .. } if output == "FORBUDT må ikke stå i registeret"),
        "{err:?}"
    );
    assert_unchanged(&r, &b);
    let text = fs::read_to_string(&seen).expect("the hook ran");
    let mut lines = text.lines();
    let lock = r
        .workdir()
        .canonicalize()
        .expect("canonical")
        .join(".git/index.lock");
    assert_eq!(lines.next().map(PathBuf::from), Some(lock));
    assert_eq!(lines.next(), Some(path.as_str()), "{text}");
    assert_eq!(
        lines
            .next()
            .map(|p| PathBuf::from(p).canonicalize().expect("pwd")),
        Some(r.workdir().canonicalize().expect("canonical")),
        "the hook runs at the top of the work tree"
    );

    // An acceptable name passes the same hook.
    let s = saved(
        r.commit(&rename(&r, "DA Barsel – godkendt"))
            .expect("saved"),
    );
    assert_eq!(r.head(), s.commit.to_string());
    r.assert_clean();
}

#[test]
fn a_hook_that_changes_a_file_being_committed_refuses() {
    let r = Repo::sample();
    let path = r.repo_path(BARSEL);
    r.hook(
        "pre-commit",
        &format!("#!/bin/sh\necho '// formatted' >> {path}\n"),
    );
    let head = r.head();
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(err.to_string().contains("a commit hook changed"), "{err}");
    assert_eq!(r.head(), head);
    assert!(!r.workdir().join(".git/index.lock").exists());
    assert!(!r.workdir().join(".git/ropa-transaction.json").exists());
}

#[test]
fn a_hook_that_refreshes_the_index_with_git_status_does_not_stop_the_save() {
    let r = Repo::sample();
    r.hook(
        "pre-commit",
        "#!/bin/sh\ngit status --porcelain >/dev/null && git update-index --refresh >/dev/null\n",
    );
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(r.head(), s.commit.to_string());
    r.assert_clean();
    assert!(!r.workdir().join(".git/index.lock").exists());
}

#[test]
fn a_hook_that_stages_something_refuses() {
    let r = Repo::sample();
    r.write("da/notes.txt", "noter\n");
    r.hook(
        "pre-commit",
        &format!("#!/bin/sh\ngit add {}da/notes.txt\n", r.prefix),
    );
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(
        matches!(&err, Refusal::HookChanged { what } if what == &["git's index".to_string()]),
        "{err:?}"
    );
    assert_unchanged(&r, &b);
}

#[test]
fn commit_msg_may_append_a_trailer_and_prepare_commit_msg_gets_the_source() {
    let r = Repo::sample();
    r.hook(
        "prepare-commit-msg",
        "#!/bin/sh\necho \"$2\" > .git/source\n",
    );
    r.hook(
        "commit-msg",
        "#!/bin/sh\nprintf '\\n\\nChange-Id: I0123456789abcdef   \\n\\n' >> \"$1\"\n",
    );
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    let message = r.message();
    assert!(
        message.ends_with("\n\nChange-Id: I0123456789abcdef\n\n"),
        "{message:?}"
    );
    assert_eq!(s.message.trim_end(), message.trim_end());
    assert_eq!(
        fs::read_to_string(r.workdir().join(".git/source")).expect("ran"),
        "message\n"
    );
    r.assert_clean();
    // The reflog names the commit by its subject, as git commit does.
    let reflog = r.git_ok(&["reflog", "-1", "--format=%gs"]);
    assert!(reflog.starts_with("commit: "), "{reflog}");
}

#[test]
fn a_refusing_or_emptying_commit_msg_hook_saves_nothing() {
    let r = Repo::sample();
    let msg_hook = r.hook("commit-msg",
        "#!/bin/sh\ngrep -q 'JIRA-[0-9]' \"$1\" || { echo 'mangler sagsnummer (JIRA-123)'; exit 1; }\n",
    );
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(
        matches!(&err, Refusal::Hook { hook, output, .. }
            if hook == "commit-msg" && output == "mangler sagsnummer (JIRA-123)"),
        "{err:?}"
    );
    assert_unchanged(&r, &b);

    fs::write(&msg_hook, "#!/bin/sh\n: > \"$1\"\n").expect("rewrite hook");
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(err.to_string().contains("empty commit message"), "{err}");
    assert_unchanged(&r, &b);
}

#[test]
fn a_killed_hook_refuses() {
    let r = Repo::sample();
    r.hook("pre-commit", "#!/bin/sh\nkill -9 $$\n");
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(
        matches!(&err, Refusal::Hook { status, .. } if status == "killed by signal 9"),
        "{err:?}"
    );
    assert_unchanged(&r, &b);
}

#[test]
fn post_commit_runs_after_the_transaction_and_its_output_is_a_note() {
    let r = Repo::sample();
    r.hook("post-commit",
        "#!/bin/sh\ngit rev-parse HEAD > .git/post\ngit status --porcelain >> .git/post\necho 'tak for din ændring'\nexit 1\n",
    );
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(
        fs::read_to_string(r.workdir().join(".git/post")).expect("ran"),
        format!("{}\n", s.commit),
        "HEAD is the new commit and the work tree clean when post-commit runs"
    );
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    assert!(s.notes[0].contains("tak for din ændring"), "{:?}", s.notes);
    assert!(s.notes[0].contains("the commit stands"), "{:?}", s.notes);
    assert_eq!(r.head(), s.commit.to_string());
    r.assert_clean();
}

#[test]
fn core_hooks_path_is_honoured_and_non_executable_hooks_are_not_run() {
    let r = Repo::sample();
    // A refusing hook in .git/hooks is not used once core.hooksPath is set.
    r.hook("pre-commit", "#!/bin/sh\nexit 1\n");
    r.git_ok(&["config", "core.hooksPath", "politik"]);
    hook_in(
        &r.workdir().join("politik"),
        "commit-msg",
        "#!/bin/sh\nprintf '\\nTicket: GDPR-7\\n' >> \"$1\"\n",
    );
    let off = hook_in(
        &r.workdir().join("politik"),
        "pre-commit",
        "#!/bin/sh\nexit 1\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&off, fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    r.git_ok(&["add", "politik"]);
    r.git_ok(&["commit", "-q", "--no-verify", "-m", "politik"]);
    saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert!(
        r.message().contains("\nTicket: GDPR-7\n"),
        "{}",
        r.message()
    );
    r.assert_clean();
}

/// The ropa binary's pre-commit hook, as `ropa init --hooks` installs it.
fn install_ropa_hook(r: &Repo) {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["init", "--hooks"])
        .arg(&r.root)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .output()
        .expect("ropa init --hooks");
    assert!(out.status.success(), "{out:?}");
    assert!(r.workdir().join(".git/hooks/pre-commit").exists());
    r.assert_clean();
}

#[test]
fn the_hook_ropa_installs_passes_a_valid_save_and_stops_a_file_not_in_ropas_layout() {
    let r = Repo::sample_at("register");
    install_ropa_hook(&r);
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(r.head(), s.commit.to_string());
    r.assert_clean();

    // Valid for ropa's transaction, but not in ropa's layout: the
    // installed hook's `ropa fmt --check` stops it.
    let text = r.read(BARSEL).expect("file");
    let messy = text.replacen("(\n", "(\n\n\n", 1);
    assert_ne!(messy, text);
    let b = before(&r);
    let err = r
        .commit(&Intent::Files {
            writes: vec![(BARSEL.into(), messy.into_bytes())],
            removes: vec![],
            message: "Indsat med et værktøj".into(),
        })
        .expect_err("refused");
    match &err {
        Refusal::Hook { hook, output, .. } => {
            assert_eq!(hook, "pre-commit");
            assert!(output.contains("not in ropa's layout"), "{output}");
        }
        other => panic!("expected the hook's refusal, got {other:?}"),
    }
    assert_unchanged(&r, &b);
}

/// git commit exports the author to its hooks; a policy hook that checks
/// who commits (e.g. only the DPO team's addresses) reads them.
#[test]
fn hooks_see_the_author_as_git_commit_exports_it() {
    let r = Repo::sample();
    let seen = r.workdir().join("author-seen");
    let script = format!(
        "#!/bin/sh\nprintf '%s|%s|%s\\n' \"$GIT_AUTHOR_NAME\" \"$GIT_AUTHOR_EMAIL\" \"$GIT_AUTHOR_DATE\" >> '{}'\n",
        seen.display()
    );
    r.hook("pre-commit", &script);
    r.hook("post-commit", &script);
    saved(r.commit(&rename(&r, "DA Barsel – Åse")).expect("saved"));
    let text = fs::read_to_string(&seen).expect("the hooks ran");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    let author = r.git_ok(&["log", "-1", "--format=%an|%ae|@%at"]);
    for line in lines {
        let (who, date) = line.rsplit_once(' ').expect("date with a zone");
        assert_eq!(who, author.trim(), "{line}");
        assert!(
            date.len() == 5 && (date.starts_with('+') || date.starts_with('-')),
            "{line}"
        );
    }
}

#[test]
fn commits_are_signed_with_ssh_when_commit_gpgsign_is_set_and_git_verifies_them() {
    let r = Repo::sample();
    let keys = tempfile::tempdir().expect("tempdir");
    let (key, allowed) = ssh_signing_key(keys.path(), "ada@example.org");
    r.git_ok(&["config", "commit.gpgsign", "true"]);
    r.git_ok(&["config", "gpg.format", "ssh"]);
    r.git_ok(&["config", "user.signingkey", key.to_str().expect("utf-8")]);
    r.git_ok(&[
        "config",
        "gpg.ssh.allowedSignersFile",
        allowed.to_str().expect("utf-8"),
    ]);
    r.hook(
        "commit-msg",
        "#!/bin/sh\nprintf '\\nTicket: GDPR-8\\n' >> \"$1\"\n",
    );
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(r.head(), s.commit.to_string());
    let verify = r.git(&["verify-commit", "-v", "HEAD"]);
    assert!(verify.status.success(), "{verify:?}");
    let shown = r.git_ok(&["log", "-1", "--show-signature"]);
    assert!(
        shown.contains("Good \"git\" signature for ada@example.org"),
        "{shown}"
    );
    // The signed commit carries the message the hook left.
    assert!(r.message().contains("Ticket: GDPR-8"));
    r.assert_clean();
}

#[test]
fn commit_gpgsign_without_a_usable_key_refuses_and_commits_nothing() {
    let r = Repo::sample();
    r.git_ok(&["config", "commit.gpgsign", "true"]);
    r.git_ok(&["config", "gpg.format", "ssh"]);
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(matches!(err, Refusal::Sign { .. }), "{err:?}");
    assert!(err.to_string().contains("user.signingkey"), "{err}");
    assert_unchanged(&r, &b);

    r.git_ok(&["config", "user.signingkey", "/nonexistent/ropa-key"]);
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    assert!(err.to_string().contains("/nonexistent/ropa-key"), "{err}");
    assert_unchanged(&r, &b);
    assert_eq!(r.commits(), 1, "no unsigned commit anywhere on the branch");
}

#[test]
fn commits_are_signed_with_gpg_when_it_works_here() {
    let r = Repo::sample();
    let home = tempfile::tempdir().expect("tempdir");
    let gnupg = home.path().join("gnupg");
    fs::create_dir_all(&gnupg).expect("mkdir");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&gnupg, fs::Permissions::from_mode(0o700)).expect("chmod");
    }
    let gen_key = Command::new("gpg")
        .env("GNUPGHOME", &gnupg)
        .args([
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--quick-gen-key",
            "Ada Lawyer <ada@example.org>",
            "ed25519",
            "sign",
            "never",
        ])
        .output();
    match gen_key {
        Ok(out) if out.status.success() => {}
        other => {
            eprintln!("skipped: gpg cannot make a key here without a prompt: {other:?}");
            return;
        }
    }
    // git and ropa find the key through a program that names the test's
    // GNUPGHOME.
    let wrapper = hook_in(
        home.path(),
        "gpg-test",
        &format!(
            "#!/bin/sh\nGNUPGHOME='{}' exec gpg --batch --pinentry-mode loopback \"$@\"\n",
            gnupg.display()
        ),
    );
    r.git_ok(&["config", "commit.gpgsign", "true"]);
    r.git_ok(&["config", "gpg.program", wrapper.to_str().expect("utf-8")]);
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(r.head(), s.commit.to_string());
    let verify = r.git(&["verify-commit", "HEAD"]);
    let _ = Command::new("gpgconf")
        .env("GNUPGHOME", &gnupg)
        .args(["--kill", "gpg-agent"])
        .output();
    assert!(verify.status.success(), "{verify:?}");
    assert!(
        String::from_utf8_lossy(&verify.stderr).contains("Good signature from \"Ada Lawyer"),
        "{verify:?}"
    );
    r.assert_clean();
}

#[test]
fn a_clean_smudge_filter_on_ron_files_refuses_the_save() {
    let r = Repo::sample();
    r.git_ok(&["config", "filter.rot.clean", "tr A-Za-z N-ZA-Mn-za-m"]);
    r.git_ok(&["config", "filter.rot.smudge", "tr A-Za-z N-ZA-Mn-za-m"]);
    fs::write(r.workdir().join(".gitattributes"), "*.ron filter=rot\n").expect("write");
    r.git_ok(&["add", ".gitattributes"]);
    r.git_ok(&["commit", "-q", "-m", "rot13 for records"]);
    let b = before(&r);
    let err = r
        .commit(&rename(&r, "DA Barsel – ændret"))
        .expect_err("refused");
    match &err {
        Refusal::Attribute {
            path,
            attribute,
            value,
        } => {
            assert_eq!(path, BARSEL);
            assert_eq!(attribute, "filter");
            assert_eq!(value, "rot");
        }
        other => panic!("expected an attribute refusal, got {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("Remove that attribute"), "{msg}");
    assert_unchanged(&r, &b);
    // No blob of the new text was committed anywhere.
    assert_eq!(r.commits(), 2);
}

#[test]
fn crlf_line_endings_by_attribute_save_and_leave_git_status_clean() {
    let r = Repo::sample();
    fs::write(r.workdir().join(".gitattributes"), "* text=auto eol=crlf\n").expect("write");
    r.git_ok(&["add", ".gitattributes"]);
    r.git_ok(&["commit", "-q", "-m", "crlf"]);
    r.assert_clean();
    let s = saved(r.commit(&rename(&r, "DA Barsel – ændret")).expect("saved"));
    assert_eq!(r.head(), s.commit.to_string());
    r.assert_clean();
    // What git stores for the file is what ropa committed.
    let stored = r.git_ok(&["rev-parse", &format!("HEAD:{BARSEL}")]);
    let would = r.git_ok(&["hash-object", "--path", BARSEL, BARSEL]);
    assert_eq!(stored, would);
}

#[test]
fn a_form_refused_by_a_hook_shows_its_output_and_keeps_the_edit() {
    use common::interface::{ctrl, head, keys_, render, scratch};
    use ropa::tui::app::Screen;
    use ropa::tui::form::Dialog;

    let mut s = scratch();
    let hook = hook_in(
        &s.work.join(".git/hooks"),
        "pre-commit",
        "#!/bin/sh\nprintf '\\033[31mpolitik:\\033[0m ingen gemning før kl. 9\\n' >&2\necho 'spørg Åse i IT'\nexit 1\n",
    );
    let before = head(&s.work);
    let file = s.work.join("registry/da/activities/da-barsel.ron");
    let file_before = fs::read(&file).expect("read");
    // DA, its third activity, edit: the name has the focus.
    keys_(&mut s.app, "\njj\ne");
    keys_(&mut s.app, " – ændret på Færøerne");
    ctrl(&mut s.app, 's');

    assert_eq!(s.app.screen(), Screen::Form, "the form stays open");
    let form = s.app.form.as_ref().expect("form");
    assert_eq!(form.value["name"], "DA Barsel – ændret på Færøerne");
    match &form.dialog {
        Some(Dialog::Refused { text, .. }) => {
            assert!(
                text.contains("pre-commit hook stopped the commit"),
                "{text}"
            );
            assert!(text.contains("politik: ingen gemning før kl. 9"), "{text}");
            assert!(text.contains("spørg Åse i IT"), "{text}");
            assert!(!text.contains('\u{1b}'), "no escape reaches the screen");
        }
        other => panic!("expected the hook's output in a dialog, got {other:?}"),
    }
    assert_eq!(head(&s.work), before, "no commit");
    assert_eq!(fs::read(&file).expect("read"), file_before);
    // The screen without its last row (the scratch folder's path and
    // commit, which differ each run).
    let screen = render(&mut s.app, 80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    insta::assert_snapshot!(rows[..rows.len() - 1].join("\n"));

    // Esc goes back to the form, with the text; once the hook lets it
    // pass, the same form saves.
    keys_(&mut s.app, "\x1b");
    let form = s.app.form.as_ref().expect("form");
    assert!(form.dialog.is_none());
    assert_eq!(form.value["name"], "DA Barsel – ændret på Færøerne");
    fs::write(&hook, "#!/bin/sh\nexit 0\n").expect("rewrite hook");
    ctrl(&mut s.app, 's');
    assert_ne!(s.app.screen(), Screen::Form);
    assert_ne!(head(&s.work), before);
    assert!(
        fs::read_to_string(&file)
            .expect("read")
            .contains("DA Barsel – ændret på Færøerne")
    );
}

/// A colleague's commit changing `rel` to `text` on branch `theirs`,
/// made with git; HEAD back on main. Returns it.
fn colleague_commit(r: &Repo, rel: &str, text: &str) -> git2::Oid {
    r.git_ok(&["checkout", "-q", "-b", "theirs"]);
    r.write(rel, text);
    r.git_ok(&["commit", "-q", "--no-verify", "-am", "colleague"]);
    let id = git2::Oid::from_str(&r.head()).expect("oid");
    r.git_ok(&["checkout", "-q", "main"]);
    id
}

#[test]
fn moving_the_branch_refuses_to_write_a_file_git_would_filter_and_runs_no_commit_hooks() {
    let r = Repo::sample();
    fs::write(r.workdir().join(".gitattributes"), "*.ron filter=crypt\n").expect("write");
    r.git_ok(&["add", ".gitattributes"]);
    r.git_ok(&["commit", "-q", "-m", "records are encrypted"]);
    let text = r
        .read(BARSEL)
        .expect("file")
        .replacen("DA Barsel", "DA Barsel (ny)", 1);
    let new = colleague_commit(&r, BARSEL, &text);
    let old = git2::Oid::from_str(&r.head()).expect("oid");
    let lock = ropa::register::change::lock::RepoLock::acquire(
        &r.workdir().join(".git"),
        std::time::Duration::from_secs(5),
    )
    .expect("ropa lock");
    let b = before(&r);
    let err = ropa::register::change::move_branch(&lock, &r.root, old, new, "sync: fast-forward")
        .expect_err("refused");
    assert!(
        matches!(&err, Refusal::Attribute { attribute, value, .. } if attribute == "filter" && value == "crypt"),
        "{err:?}"
    );
    assert_unchanged(&r, &b);

    // Without the attribute the move goes through, and no commit hook runs
    // (no commit is made).
    fs::write(r.workdir().join(".gitattributes"), "").expect("write");
    r.git_ok(&["commit", "-q", "-am", "not encrypted after all"]);
    for name in ["pre-commit", "commit-msg", "post-commit"] {
        r.hook(name, &format!("#!/bin/sh\necho ran > .git/{name}-ran\n"));
    }
    r.git_ok(&["branch", "-D", "theirs"]);
    let old = git2::Oid::from_str(&r.head()).expect("oid");
    let new = colleague_commit(&r, BARSEL, &text);
    for name in ["pre-commit", "commit-msg", "post-commit"] {
        let _ = fs::remove_file(r.workdir().join(format!(".git/{name}-ran")));
    }
    ropa::register::change::move_branch(&lock, &r.root, old, new, "sync: fast-forward")
        .expect("moved");
    assert_eq!(r.head(), new.to_string());
    r.assert_clean();
    for name in ["pre-commit", "commit-msg", "post-commit"] {
        assert!(
            !r.workdir().join(format!(".git/{name}-ran")).exists(),
            "{name} ran for a branch move"
        );
    }
}

#[test]
fn a_retire_refused_by_a_hook_says_why_on_the_status_line_and_changes_nothing() {
    use common::interface::{head, keys_, scratch};

    let mut s = scratch();
    hook_in(
        &s.work.join(".git/hooks"),
        "commit-msg",
        "#!/bin/sh\necho 'mangler sagsnummer'\necho 'skriv JIRA-123 i beskeden' >&2\nexit 1\n",
    );
    let before = head(&s.work);
    let file = s.work.join("registry/da/activities/da-barsel.ron");
    let file_before = fs::read(&file).expect("read");
    // DA's activities, the third one, retire.
    keys_(&mut s.app, "\njjR");
    let notice = s.app.notice.clone().unwrap_or_default();
    assert_eq!(
        notice,
        "Not saved: the repository's commit-msg hook stopped the commit (exit status 1); \
         nothing was saved. · mangler sagsnummer · skriv JIRA-123 i beskeden"
    );
    assert_eq!(head(&s.work), before);
    assert_eq!(fs::read(&file).expect("read"), file_before);
}
