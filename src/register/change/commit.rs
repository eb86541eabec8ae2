//! [`commit`]: the one transaction every change goes through (see the
//! module documentation of [`super`] for its steps and guarantees).

use std::collections::HashSet;
use std::path::Path;

use git2::build::TreeUpdateBuilder;
use git2::{FileMode, Oid, RepositoryState};

use super::apply::{self, FileMove, Move, blob_id};
use super::hooks::{self, Hooks};
use super::journal::{self, Recovered};
use super::lock::{LOCK_WAIT, RepoLock};
use super::repo::{Repo, check_no_symlinks, check_path, state_name};
use super::{
    Baseline, Dirty, Intent, Options, Outcome, Proposal, Refusal, Saved, Uncommitted, attributes,
    check, gitindex, plan, sign, snapshot, stash,
};
use crate::register::diff;
use crate::register::load::Register;
use crate::register::model::{Activity, Organisation};
use crate::register::validate::Options as ValidateOptions;

/// What a commit needs of the repository before anything else: git not in
/// the middle of a merge or rebase, an identity to record, HEAD on a
/// branch. Returns the identity and the branch.
pub(super) fn ready(repo: &Repo) -> Result<(git2::Signature<'static>, String), Refusal> {
    match repo.repo.state() {
        RepositoryState::Clean => {}
        state => return Err(Refusal::Busy(state_name(state).into())),
    }
    let sig = repo.repo.signature().map_err(|_| Refusal::NoIdentity)?;
    Ok((sig, repo.branch_ref()?))
}

/// Records `intent` as one commit on the register at `root`, loaded as
/// `reg`. `base` holds what the files looked like when the edit began
/// (files without one are expected as `reg` has them). See the module
/// documentation for the steps and guarantees.
pub fn commit(
    root: &Path,
    reg: &Register,
    intent: &Intent,
    base: &[Baseline],
    opts: &Options,
) -> Result<Outcome, Refusal> {
    let repo = Repo::open(root)?;
    let _lock = RepoLock::acquire(repo.repo.commondir(), LOCK_WAIT)?;
    let recovered = journal::recover_locked(&repo.repo).map_err(|source| Refusal::Io {
        path: journal::JOURNAL_FILE.into(),
        source,
    })?;
    let (sig, branch) = ready(&repo)?;
    let head = repo.head_commit()?;
    let head_tree = head.as_ref().map(|c| c.tree()).transpose()?;
    let index_path = repo.repo.path().join("index");
    let index_bytes = read_or_empty(&index_path)?;
    let index = gitindex::Entries::open(&index_path, &index_bytes)
        .map_err(|e| Refusal::IndexFormat(e.message().to_string()))?;

    // Plan, check each file, and re-plan on HEAD's versions of files whose
    // uncommitted changes are set aside.
    let mut from_head: HashSet<String> = HashSet::new();
    let mut included: Vec<Dirty> = Vec::new();
    // Files whose uncommitted content goes into a stash entry before they
    // are overwritten (set aside, or not fully representable in the commit).
    let mut aside: Vec<Dirty> = Vec::new();
    let mut seen_index: Vec<(String, Option<(Oid, u32)>)> = Vec::new();
    let mut seen_disk: Vec<(String, Option<Oid>)> = Vec::new();
    let proposal = loop {
        let src = plan::Source {
            reg,
            repo: &repo,
            head: head_tree.as_ref(),
            from_head: &from_head,
            baselines: base,
            force: opts.force,
        };
        let Some(p) = plan::plan(&src, intent)? else {
            if aside.is_empty() {
                return Ok(Outcome::NoChange);
            }
            // Built on HEAD, the change is no change: the files set aside
            // are put back as HEAD has them (below).
            let mut back = Proposal::default();
            for d in &aside {
                match repo.blob_in(head_tree.as_ref(), &d.path) {
                    Some((id, _)) => back.writes.push((d.path.clone(), repo.blob_bytes(id)?)),
                    None => back.removes.push(d.path.clone()),
                }
            }
            break back;
        };
        let paths: Vec<&str> = p.paths().collect();
        for (i, path) in paths.iter().enumerate() {
            check_path(path)?;
            if paths[..i].contains(path) {
                return Err(Refusal::BadPath(path.to_string()));
            }
            check_no_symlinks(&repo, path)?;
            check_shape(&repo, head_tree.as_ref(), path)?;
        }
        let mut dirty = Vec::new();
        // Files a forced change overwrites without having been built on
        // what is on disk now.
        let mut overwritten: HashSet<&str> = HashSet::new();
        seen_index.clear();
        seen_disk.clear();
        for path in &paths {
            let disk = repo.read(path)?;
            let head_entry = repo
                .blob_in(head_tree.as_ref(), path)
                .map(|(id, mode)| (id, mode as u32));
            let head_blob = head_entry.map(|(id, _)| id);
            let expected = p
                .baselines
                .iter()
                .chain(base)
                .find(|b| b.path == *path)
                .cloned()
                .unwrap_or_else(|| implicit_baseline(reg, path));
            if !opts.force {
                if disk != expected.disk {
                    return Err(Refusal::Conflict {
                        path: path.to_string(),
                        current: disk.map(|d| String::from_utf8_lossy(&d).into_owned()),
                    });
                }
                if let Some(h) = expected.head
                    && h != head_blob
                {
                    return Err(Refusal::Conflict {
                        path: path.to_string(),
                        current: disk.map(|d| String::from_utf8_lossy(&d).into_owned()),
                    });
                }
            }
            let repo_path = repo.repo_path(path);
            let index_entry = index.get(&repo_path);
            seen_index.push((repo_path.clone(), index_entry));
            seen_disk.push((repo_path.clone(), disk.as_deref().map(blob_id).transpose()?));
            if from_head.contains(*path) {
                continue;
            }
            if opts.force && disk != expected.base {
                overwritten.insert(*path);
            }
            let start = if opts.force {
                disk.clone()
            } else {
                expected.base
            };
            // As git sees it: staged is the index against HEAD, unstaged the
            // work tree (what the edit began from) against the index, both
            // with git's filters (line endings) and file modes.
            let staged = index_entry != head_entry;
            let start_is_disk = start == disk;
            let work_mode = match start_is_disk {
                true => disk_mode(&repo, path),
                false => None,
            };
            let unstaged = match (&start, index_entry) {
                (None, None) => false,
                (Some(bytes), Some((id, mode))) => {
                    !same_content(&repo, &repo_path, bytes, id)?
                        || work_mode.is_some_and(|m| m != mode)
                }
                _ => true,
            };
            if unstaged || staged {
                let mode_only = (staged && index_entry.map(|(id, _)| id) == head_blob)
                    || work_mode.is_some_and(|m| Some(m) != index_entry.map(|(_, m)| m));
                dirty.push((
                    Dirty {
                        path: path.to_string(),
                        staged,
                        unstaged,
                        fields: changed_fields(&repo, head_blob, start.as_deref(), path),
                    },
                    mode_only || !canonical_text(path, start.as_deref()),
                ));
            }
        }
        if dirty.is_empty() {
            break p;
        }
        match opts.uncommitted {
            Uncommitted::Ask => {
                return Err(Refusal::Uncommitted(
                    dirty.into_iter().map(|(d, _)| d).collect(),
                ));
            }
            Uncommitted::Include => {
                // Staged content that differs from the work tree's, files
                // removed, and changes a forced change overwrites (it was
                // built on other bytes) cannot be included: they are set
                // aside. Changes the commit cannot carry whole (a file mode,
                // comments and layout the canonical writer drops) are
                // included as far as they go and also kept in a stash entry.
                let mut again = false;
                for (d, partly) in dirty {
                    let removed = p.removes.contains(&d.path);
                    if removed || d.staged && d.unstaged || overwritten.contains(d.path.as_str()) {
                        from_head.insert(d.path.clone());
                        aside.push(d);
                        again = true;
                    } else if !included.iter().any(|x| x.path == d.path) {
                        if partly {
                            aside.push(d.clone());
                        }
                        included.push(d);
                    }
                }
                if !again {
                    break p;
                }
            }
            Uncommitted::SetAside => {
                for (d, _) in dirty {
                    from_head.insert(d.path.clone());
                    aside.push(d);
                }
            }
        }
        if from_head.len() > 64 {
            return Err(Refusal::Model(
                "too many files with uncommitted changes".into(),
            ));
        }
    };

    // The register as it will be: no new errors anywhere.
    let reg_tree = snapshot::register_tree(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    let snap = snapshot::snapshot(&repo.repo, &repo.prefix, head_tree.as_ref())?;
    let vopts = ValidateOptions {
        today: opts.today,
        strict: false,
    };
    let new_errors = check::new_errors(
        &repo.repo,
        reg_tree.as_ref(),
        &snap,
        &check::Files {
            writes: &proposal.writes,
            removes: &proposal.removes,
            moves: &proposal.moves,
        },
        &vopts,
    )?;
    if !new_errors.is_empty() {
        return Err(Refusal::Invalid(new_errors));
    }

    // Every file as git itself would store it: no filter or other
    // attribute ropa cannot apply.
    for (p, bytes) in &proposal.writes {
        attributes::check(&repo.repo, &repo.repo_path(p), Some(bytes))?;
    }

    // The commit: HEAD's tree with the change applied.
    let mut update = TreeUpdateBuilder::new();
    let mut files = Vec::new();
    for (p, bytes) in &proposal.writes {
        let blob = repo.repo.blob(bytes)?;
        let mode = match repo.blob_in(head_tree.as_ref(), p) {
            Some((_, m)) if m == i32::from(FileMode::BlobExecutable) => FileMode::BlobExecutable,
            _ => FileMode::Blob,
        };
        update.upsert(repo.repo_path(p), blob, mode);
        files.push(FileMove {
            path: repo.repo_path(p),
            after: Some((blob, u32::from(mode))),
            expect_disk: seen_disk
                .iter()
                .find(|(q, _)| *q == repo.repo_path(p))
                .map(|(_, d)| *d),
        });
    }
    for p in &proposal.removes {
        update.remove(repo.repo_path(p));
        files.push(FileMove {
            path: repo.repo_path(p),
            after: None,
            expect_disk: seen_disk
                .iter()
                .find(|(q, _)| *q == repo.repo_path(p))
                .map(|(_, d)| *d),
        });
    }
    let base_tree = match &head_tree {
        Some(t) => t.clone(),
        None => repo.repo.find_tree(repo.repo.treebuilder(None)?.write()?)?,
    };
    let tree = repo
        .repo
        .find_tree(update.create_updated(&repo.repo, &base_tree)?)?;
    if head_tree.as_ref().is_some_and(|t| t.id() == tree.id()) {
        // Nothing to commit. Files whose uncommitted changes the change
        // undoes (a field set back to what is committed) are put back,
        // and what was there is kept in a stash entry.
        let (Some(h), false) = (&head, included.is_empty() && aside.is_empty()) else {
            return Ok(Outcome::NoChange);
        };
        let dirty: Vec<&Dirty> = included.iter().chain(&aside).collect();
        let entries = dirty
            .iter()
            .map(|d| aside_entry(&repo, &index, d))
            .collect::<Result<Vec<_>, _>>()?;
        let what = proposal
            .message
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        let entry = stash::set_aside(&repo, h, &branch, &entries, &what)?;
        let paths: Vec<String> = dirty.iter().map(|d| d.path.clone()).collect();
        let files: Vec<FileMove> = files
            .into_iter()
            .filter(|f| paths.iter().any(|p| repo.repo_path(p) == f.path))
            .collect();
        let mv = Move {
            branch: branch.clone(),
            old: Some(h.id()),
            new: h.id(),
            files,
            reflog: String::new(),
            expect_index: seen_index,
        };
        drop(index);
        if let Err(e) = apply::apply(&repo, &mv, None) {
            stash::drop_entry(&repo, entry);
            return Err(e);
        }
        return Ok(Outcome::Restored {
            paths,
            set_aside: Some(entry),
        });
    }
    let mut message = proposal.message.trim_end().to_string();
    if !included.is_empty() {
        message.push_str("\n\nAlso commits changes that were in the work tree, not committed:");
        for d in &included {
            message.push_str(&format!(
                "\n{}",
                crate::register::visible::printable(&d.path)
            ));
            if !d.fields.is_empty() {
                message.push_str(&format!(": {}", d.fields.join(", ")));
            }
            if aside.iter().any(|a| a.path == d.path) {
                message.push_str(" (the file as it was is also kept in `git stash list`)");
            }
        }
    }
    if !message.ends_with('\n') {
        message.push('\n');
    }
    let parents: Vec<&git2::Commit<'_>> = head.iter().collect();

    // Uncommitted changes set aside: a stash entry first, so they are safe
    // before the files are overwritten.
    let set_aside = match (&head, aside.is_empty()) {
        (Some(h), false) => {
            let entries = aside
                .iter()
                .map(|d| aside_entry(&repo, &index, d))
                .collect::<Result<Vec<_>, _>>()?;
            let what = message.lines().next().unwrap_or_default().to_string();
            Some(stash::set_aside(&repo, h, &branch, &entries, &what)?)
        }
        _ => None,
    };

    let mv = Move {
        branch: branch.clone(),
        old: head.as_ref().map(|c| c.id()),
        new: Oid::ZERO_SHA1,
        files,
        reflog: String::new(),
        expect_index: seen_index,
    };
    drop(index);
    // Made under git's index lock, once the files and the index are
    // prepared: the hooks, then the commit with the message they leave.
    let hooks = Hooks::of(&repo.repo)?;
    let initial = head.is_none();
    // git commit exports the author to its hooks (GIT_AUTHOR_NAME, _EMAIL,
    // _DATE as `@seconds ±hhmm`); a hook checking who commits reads them.
    let author = author_env(&sig);
    let author_env: Vec<(&str, &std::ffi::OsStr)> = author
        .iter()
        .map(|(k, v)| (*k, std::ffi::OsStr::new(v.as_str())))
        .collect();
    let mut build = |lock: &Path| -> Result<(Oid, String), Refusal> {
        let mut env = vec![("GIT_INDEX_FILE", lock.as_os_str())];
        env.extend(author_env.iter().copied());
        hooks.run("pre-commit", &[], &env)?;
        message = hooks::message_hooks(&hooks, repo.repo.path(), &message, &env)?;
        let commit = sign::new_commit(&repo.repo, &sig, &sig, &message, &tree, &parents)?;
        let subject = message.lines().next().unwrap_or_default();
        Ok((
            commit,
            match initial {
                false => format!("commit: {subject}"),
                true => format!("commit (initial): {subject}"),
            },
        ))
    };
    let applied = apply::apply(&repo, &mv, Some(&mut build));
    let commit = match applied {
        Ok(commit) => commit,
        // The commit landed but git's index could not be put in place (a
        // program removed the lock file meanwhile): finished here, still
        // under the ropa lock, as the next ropa would.
        Err(Refusal::Unfinished { commit, problem }) => match journal::recover_locked(&repo.repo) {
            Ok(Some(Recovered::Finished { .. })) => commit,
            _ => return Err(Refusal::Unfinished { commit, problem }),
        },
        Err(e) => {
            if let Some(entry) = set_aside {
                stash::drop_entry(&repo, entry);
            }
            return Err(e);
        }
    };
    // After the transaction: `post-commit`, whose failure undoes nothing;
    // what it says is passed on. The ropa lock is released first, as git
    // releases its locks, so a hook may run ropa itself.
    drop(_lock);
    let mut notes = Vec::new();
    match hooks.run("post-commit", &[], &author_env) {
        Ok(Some(out)) if !out.is_empty() => notes.push(format!("post-commit: {out}")),
        Ok(_) => {}
        Err(e) => notes.push(
            e.to_string()
                .replace("stopped the commit", "failed after the commit was made")
                .replace("; nothing was saved.", "; the commit stands."),
        ),
    }
    Ok(Outcome::Saved(Saved {
        commit,
        message,
        notes,
        written: proposal.writes.iter().map(|(p, _)| p.clone()).collect(),
        removed: proposal.removes.clone(),
        set_aside,
        recovered,
    }))
}

/// The author as `git commit` exports it to its hooks.
fn author_env(sig: &git2::Signature<'_>) -> [(&'static str, String); 3] {
    let when = sig.when();
    let offset = when.offset_minutes();
    let sign = if offset < 0 { '-' } else { '+' };
    let date = format!(
        "@{} {sign}{:02}{:02}",
        when.seconds(),
        offset.abs() / 60,
        offset.abs() % 60
    );
    [
        (
            "GIT_AUTHOR_NAME",
            String::from_utf8_lossy(sig.name_bytes()).into_owned(),
        ),
        (
            "GIT_AUTHOR_EMAIL",
            String::from_utf8_lossy(sig.email_bytes()).into_owned(),
        ),
        ("GIT_AUTHOR_DATE", date),
    ]
}

/// The stash entry's record of a file with uncommitted changes: its bytes
/// and mode on disk and its index entry.
fn aside_entry(
    repo: &Repo,
    index: &gitindex::Entries<'_>,
    d: &Dirty,
) -> Result<stash::Aside, Refusal> {
    let repo_path = repo.repo_path(&d.path);
    Ok(stash::Aside {
        work: repo.read(&d.path)?,
        work_mode: disk_mode(repo, &d.path),
        index: index.get(&repo_path),
        path: repo_path,
    })
}

/// The file mode git would record for the file at register path `rel` on
/// disk (executable or not); `None` when it is not a plain file.
fn disk_mode(repo: &Repo, rel: &str) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = std::fs::symlink_metadata(repo.disk_path(rel)).ok()?;
        if !meta.is_file() {
            return None;
        }
        Some(match meta.permissions().mode() & 0o100 {
            0 => 0o100644,
            _ => 0o100755,
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (repo, rel);
        None
    }
}

/// True when `bytes` are, for git, the content of blob `id` at repository
/// path `repo_path`: the same bytes, or the same once git's filters
/// (line endings, `.gitattributes`) are applied.
pub(super) fn same_content(
    repo: &Repo,
    repo_path: &str,
    bytes: &[u8],
    id: Oid,
) -> Result<bool, Refusal> {
    if blob_id(bytes)? == id {
        return Ok(true);
    }
    let mut w = repo.repo.blob_writer(Some(Path::new(repo_path)))?;
    std::io::Write::write_all(&mut w, bytes).map_err(|source| Refusal::Io {
        path: repo_path.to_string(),
        source,
    })?;
    Ok(w.commit()? == id)
}

/// True when `text` is a record in the canonical layout (so rewriting it
/// loses nothing): false for comments, hand layout, or a file that does
/// not parse.
fn canonical_text(path: &str, text: Option<&[u8]>) -> bool {
    let Some(text) = text.and_then(|t| std::str::from_utf8(t).ok()) else {
        return text.is_none();
    };
    crate::register::format::canonical_text(path, text).is_ok_and(|c| c == text)
}

/// Refuses a path the loader would not read as a record where the
/// register expects one (a folder named `organisation.ron`, a file named
/// `activities`, a folder `x.ron` among the activities), and a path that
/// puts a file where HEAD has a folder or the other way round.
fn check_shape(repo: &Repo, head: Option<&git2::Tree<'_>>, rel: &str) -> Result<(), Refusal> {
    let parts: Vec<&str> = rel.split('/').collect();
    let record_shape = match parts.as_slice() {
        [_, file, _, ..] if *file == crate::register::load::ORGANISATION_FILE => false,
        [_, dir] if *dir == crate::register::load::ACTIVITIES_DIR => false,
        [_, dir, file, _, ..]
            if *dir == crate::register::load::ACTIVITIES_DIR && file.ends_with(".ron") =>
        {
            false
        }
        _ => true,
    };
    let in_head = |p: &str| {
        head.and_then(|t| t.get_path(Path::new(&repo.repo_path(p))).ok())
            .map(|e| e.kind())
    };
    let folder_in_the_way = in_head(rel) == Some(Some(git2::ObjectType::Tree));
    let file_in_the_way = (1..parts.len())
        .any(|n| in_head(&parts[..n].join("/")) == Some(Some(git2::ObjectType::Blob)));
    if record_shape && !folder_in_the_way && !file_in_the_way {
        Ok(())
    } else {
        Err(Refusal::BadPath(rel.to_string()))
    }
}

/// The bytes of git's index file, empty when there is none yet.
pub(super) fn read_or_empty(path: &Path) -> Result<Vec<u8>, Refusal> {
    match std::fs::read(path) {
        Ok(b) => Ok(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(source) => Err(Refusal::Io {
            path: "the git index".into(),
            source,
        }),
    }
}

/// The expectation for a file the edit did not take a baseline of: as the
/// loaded register has it (or absent), HEAD not checked.
fn implicit_baseline(reg: &Register, path: &str) -> Baseline {
    let text = plan::loaded_text(reg, path).map(|t| t.as_bytes().to_vec());
    Baseline {
        path: path.to_string(),
        disk: text.clone(),
        base: text,
        head: None,
    }
}

/// The top-level fields that differ between HEAD's version of a record and
/// `start` (empty when either does not parse).
fn changed_fields(repo: &Repo, head: Option<Oid>, start: Option<&[u8]>, path: &str) -> Vec<String> {
    let head_text = head
        .and_then(|id| repo.blob_bytes(id).ok())
        .and_then(|b| String::from_utf8(b).ok());
    let start_text = start.and_then(|b| std::str::from_utf8(b).ok());
    let changes = match (head_text, start_text) {
        (Some(h), Some(s)) if crate::register::format::is_organisation_file(path) => {
            diff_texts::<Organisation>(&h, s)
        }
        (Some(h), Some(s)) => diff_texts::<Activity>(&h, s),
        _ => Vec::new(),
    };
    let mut fields: Vec<String> = Vec::new();
    for c in changes {
        let f = c.field().to_string();
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    fields
}

fn diff_texts<T: serde::Serialize + serde::de::DeserializeOwned>(
    a: &str,
    b: &str,
) -> Vec<diff::Change> {
    use crate::register::load::parse_record;
    match (parse_record::<T>(a), parse_record::<T>(b)) {
        (Ok(x), Ok(y)) => diff::diff_records(&x, &y),
        _ => Vec::new(),
    }
}
