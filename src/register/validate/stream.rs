//! Validation of a register folder by folder, for `ropa validate`: each
//! organisation folder is read, judged and let go before the next, so the
//! register is never held whole. The organisation files are read first:
//! every activity is judged against the ids of all organisations.
//!
//! The findings are those of [`super::validate`] on the loaded register,
//! in the same order; with each finding comes its source line (as
//! [`super::cache::Checked::lines`] keeps them), taken while the file's
//! text is at hand.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Mutex;

use super::cache::lines_for;
use super::{
    Finding, Options, Report, check_activity, check_organisation, check_organisations,
    check_orphan_activity, load_finding, on_all_cores, report_order, sort_findings,
};
use crate::register::load::{FatalError, FolderHead, OrgEntry, folder_head, register_folders};

/// What a run found.
#[derive(Debug, Clone, Default)]
pub struct Streamed {
    /// The findings, sorted as [`super::validate`] sorts them.
    pub report: Report,
    /// Each finding's source line (see [`super::cache::Checked::lines`]).
    pub lines: Vec<Option<String>>,
    /// A file could not be read (not a parse error: an I/O error), so the
    /// report may differ next time with the same files.
    pub unreadable: bool,
}

/// Validates the register at `root`, folder by folder, on every core.
pub fn validate_folders(root: &Path, opts: &Options) -> Result<Streamed, FatalError> {
    let dirs = register_folders(root)?;
    let heads: Vec<FolderHead> =
        on_all_cores(dirs.len(), |i| dirs.get(i).and_then(|d| folder_head(d)))
            .into_iter()
            .flatten()
            .collect();
    if heads.is_empty() {
        return Err(FatalError::Empty(root.display().to_string()));
    }
    let ids: HashSet<String> = heads
        .iter()
        .filter_map(|h| h.organisation().map(|(o, _)| o.id.clone()))
        .collect();
    // The register-wide rule over the organisations (an org number twice).
    let orgs: Vec<OrgEntry> = heads
        .iter()
        .filter_map(FolderHead::organisation)
        .map(|(org, file)| OrgEntry {
            org: org.clone(),
            file: file.clone(),
            activities: Vec::new(),
        })
        .collect();
    let mut across = check_organisations(&orgs);
    sort_findings(&mut across);
    let across_lines = lines_for(orgs.iter().map(|o| &o.file), &across);
    drop(orgs);

    let slots: Vec<Mutex<Option<FolderHead>>> =
        heads.into_iter().map(|h| Mutex::new(Some(h))).collect();
    let judged = on_all_cores(slots.len(), |i| {
        let head = slots.get(i)?.lock().ok()?.take()?;
        Some(judge(head, &ids, opts))
    });

    let mut unreadable = false;
    let mut pairs: Vec<(Finding, Option<String>)> = across.into_iter().zip(across_lines).collect();
    for (findings, lines, bad) in judged.into_iter().flatten() {
        unreadable |= bad;
        pairs.extend(findings.into_iter().zip(lines));
    }
    // Stable, as `sort_findings`: the findings of one file keep their
    // order.
    pairs.sort_by(|(a, _), (b, _)| report_order(a, b));
    let (findings, lines) = pairs.into_iter().unzip();
    Ok(Streamed {
        report: Report { findings },
        lines,
        unreadable,
    })
}

/// Reads the activities of one folder and judges it: its findings
/// (sorted), their source lines, and whether a file could not be read.
/// Each activity is judged as soon as it is parsed, while it is still in
/// the processor's cache, and let go (no rule of an activity or an
/// organisation reads the organisation's other activities).
fn judge(
    head: FolderHead,
    ids: &HashSet<String>,
    opts: &Options,
) -> (Vec<Finding>, Vec<Option<String>>, bool) {
    let folder = head.name().to_string();
    let mut findings: Vec<Finding> = Vec::new();
    let mut lines: Vec<Option<String>> = Vec::new();
    let (entry, errors) = head.each_activity(|org, act| {
        let mut of_act = match org {
            Some(org) => check_activity(org, &act, ids, opts),
            None => check_orphan_activity(&folder, &act, ids, opts),
        };
        sort_findings(&mut of_act);
        lines.extend(lines_for(std::iter::once(&act.file), &of_act));
        findings.append(&mut of_act);
    });
    // The organisation's own findings (the report's sort puts them in
    // their place: no finding of another file shares it).
    if let Ok(org) = &entry {
        let mut own = check_organisation(org, ids, opts);
        sort_findings(&mut own);
        lines.extend(lines_for(std::iter::once(&org.file), &own));
        findings.append(&mut own);
    }
    let unreadable = errors.iter().any(|e| e.message.starts_with("cannot read"));
    let loader: Vec<Finding> = errors.iter().map(load_finding).collect();
    lines.extend(std::iter::repeat_n(None, loader.len()));
    findings.extend(loader);
    (findings, lines, unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::date::Date;
    use crate::register::load::load;
    use crate::register::validate::cache::lines_of;
    use crate::register::validate::validate;

    fn opts() -> Options {
        Options {
            today: Date::parse("2026-12-02").expect("date"),
            strict: false,
        }
    }

    /// Folder by folder, the findings and lines are those of a load and a
    /// validation of the whole register.
    fn same_as_whole(root: &Path) {
        let loaded = load(root).expect("loads");
        let whole = validate(&loaded, &opts());
        let lines = lines_of(&loaded, &whole);
        let streamed = validate_folders(root, &opts()).expect("validates");
        assert_eq!(streamed.report.findings, whole.findings);
        assert_eq!(streamed.lines, lines);
        assert!(!streamed.unreadable);
    }

    #[test]
    fn the_sample_is_judged_as_when_loaded_whole() {
        same_as_whole(&Path::new(env!("CARGO_MANIFEST_DIR")).join("registry"));
    }

    /// A broken organisation file (its activities judged as orphans), a
    /// folder without one, an org number declared twice, a broken activity
    /// and a folder of records inside activities/.
    #[test]
    fn a_broken_register_is_judged_as_when_loaded_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let copy = |from: &Path, to: &Path| {
            std::fs::create_dir_all(to.join("activities")).expect("mkdir");
            std::fs::copy(from.join("organisation.ron"), to.join("organisation.ron")).expect("cp");
            for f in std::fs::read_dir(from.join("activities"))
                .expect("ls")
                .flatten()
            {
                std::fs::copy(f.path(), to.join("activities").join(f.file_name())).expect("cp");
            }
        };
        let orgs: Vec<_> = std::fs::read_dir(&sample)
            .expect("ls")
            .flatten()
            .filter(|e| e.path().join("organisation.ron").is_file())
            .map(|e| e.path())
            .collect();
        assert!(orgs.len() >= 3);
        for o in &orgs {
            copy(o, &root.join(o.file_name().expect("name")));
        }
        let name = |o: &Path| o.file_name().expect("name").to_string_lossy().into_owned();
        // The same organisation again under another folder: STR-001, and
        // its id declared twice.
        copy(&orgs[0], &root.join("zz-twin"));
        // A broken organisation file: its activities are orphans.
        std::fs::write(
            root.join(name(&orgs[1])).join("organisation.ron"),
            "Organisation(\n  id: ",
        )
        .expect("write");
        // No organisation file at all.
        std::fs::remove_file(root.join(name(&orgs[2])).join("organisation.ron")).expect("rm");
        // A broken activity, and records in a folder of their own.
        let acts = root.join(name(&orgs[0])).join("activities");
        std::fs::write(acts.join("broken.ron"), "Activity(id: 12,)").expect("write");
        std::fs::create_dir_all(acts.join("nested")).expect("mkdir");
        std::fs::write(acts.join("nested").join("x.ron"), "Activity()").expect("write");
        same_as_whole(root);
    }
}
