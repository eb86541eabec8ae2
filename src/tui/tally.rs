//! The validator's findings indexed once per report: the findings of each
//! file and the error and warning counts of each file, each organisation
//! folder and the whole register. Every screen reads its counts here, so
//! drawing a row or the status line never scans the findings.

use std::collections::HashMap;

use crate::register::validate::{Finding, Rejudged, Report, Severity};

/// Errors and warnings not acknowledged, and acknowledged findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors not acknowledged.
    pub errors: usize,
    /// Warnings not acknowledged.
    pub warnings: usize,
    /// Acknowledged findings.
    pub acknowledged: usize,
}

impl Tally {
    fn add(&mut self, f: &Finding) {
        match (f.is_active(), f.severity) {
            (false, _) => self.acknowledged += 1,
            (true, Severity::Error) => self.errors += 1,
            (true, Severity::Warning) => self.warnings += 1,
        }
    }

    fn sub(&mut self, f: &Finding) {
        match (f.is_active(), f.severity) {
            (false, _) => self.acknowledged -= 1,
            (true, Severity::Error) => self.errors -= 1,
            (true, Severity::Warning) => self.warnings -= 1,
        }
    }

    fn is_empty(&self) -> bool {
        self.errors + self.warnings + self.acknowledged == 0
    }

    /// Errors and warnings not acknowledged.
    pub fn active(&self) -> (usize, usize) {
        (self.errors, self.warnings)
    }
}

/// A report's findings by file and folder (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    /// Register path → indices in the report of its findings not
    /// acknowledged, in report order.
    active: HashMap<String, Vec<usize>>,
    /// Register path → its counts.
    files: HashMap<String, Tally>,
    /// Organisation folder (a path's first component) → its counts.
    folders: HashMap<String, Tally>,
    /// The whole report's counts.
    total: Tally,
}

impl Findings {
    /// Indexes `report` (one pass over its findings).
    pub fn build(report: &Report) -> Findings {
        let mut out = Findings::default();
        for (i, f) in report.findings.iter().enumerate() {
            out.total.add(f);
            tally_in(&mut out.files, &f.path).add(f);
            tally_in(&mut out.folders, folder_of(&f.path)).add(f);
            if f.is_active() {
                match out.active.get_mut(&f.path) {
                    Some(v) => v.push(i),
                    None => {
                        out.active.insert(f.path.clone(), vec![i]);
                    }
                }
            }
        }
        out
    }

    /// Takes a change of some files ([`Rejudged`], of `report` as it is
    /// now) into the index: the findings taken out are counted out, those
    /// put in counted in, and every index kept moves with its finding.
    /// The same as [`Findings::build`] gives, without a key made or
    /// hashed for the files that did not change.
    pub fn rejudged(&mut self, report: &Report, done: &Rejudged) {
        if done.whole {
            *self = Findings::build(report);
            return;
        }
        fn count_out(map: &mut HashMap<String, Tally>, key: &str, f: &Finding) {
            if let Some(t) = map.get_mut(key) {
                t.sub(f);
                if t.is_empty() {
                    map.remove(key);
                }
            }
        }
        for f in &done.removed {
            self.total.sub(f);
            count_out(&mut self.files, &f.path, f);
            count_out(&mut self.folders, folder_of(&f.path), f);
        }
        self.active.retain(|_, v| {
            v.retain_mut(|i| match done.now(*i) {
                Some(n) => {
                    *i = n;
                    true
                }
                None => false,
            });
            !v.is_empty()
        });
        for &i in &done.added {
            let Some(f) = report.findings.get(i) else {
                continue;
            };
            self.total.add(f);
            tally_in(&mut self.files, &f.path).add(f);
            tally_in(&mut self.folders, folder_of(&f.path)).add(f);
            if f.is_active() {
                let v = self.active.entry(f.path.clone()).or_default();
                let at = v.partition_point(|&j| j < i);
                v.insert(at, i);
            }
        }
    }

    /// The counts of the file at register path `path`.
    pub fn file(&self, path: &str) -> Tally {
        self.files.get(path).copied().unwrap_or_default()
    }

    /// The counts of every file in organisation folder `org`.
    pub fn folder(&self, org: &str) -> Tally {
        self.folders.get(org).copied().unwrap_or_default()
    }

    /// The whole report's counts.
    pub fn total(&self) -> Tally {
        self.total
    }

    /// The report indices of the findings of `path` not acknowledged.
    pub fn active_in(&self, path: &str) -> &[usize] {
        self.active.get(path).map_or(&[][..], Vec::as_slice)
    }
}

/// The organisation folder of register path `path` (its first
/// component).
fn folder_of(path: &str) -> &str {
    path.split_once('/').map_or(path, |(d, _)| d)
}

/// The tally of `key`, added when missing (without allocating a key that
/// is already there).
fn tally_in<'a>(map: &'a mut HashMap<String, Tally>, key: &str) -> &'a mut Tally {
    if !map.contains_key(key) {
        map.insert(key.to_string(), Tally::default());
    }
    map.get_mut(key).expect("inserted above")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::load::{Loaded, load};
    use crate::register::validate::{Options, validate};

    /// The counts of the findings whose path `keep` accepts, by scanning.
    fn scan(report: &Report, keep: impl Fn(&str) -> bool) -> Tally {
        let mut t = Tally::default();
        for f in report.findings.iter().filter(|f| keep(&f.path)) {
            t.add(f);
        }
        t
    }

    /// Every file's and folder's counts and findings equal a scan.
    fn agrees_with_a_scan(loaded: &Loaded, report: &Report) {
        let index = Findings::build(report);
        let mut paths: Vec<&str> = report.findings.iter().map(|f| f.path.as_str()).collect();
        for o in &loaded.register.organisations {
            paths.push(&o.file.path);
            paths.extend(o.activities.iter().map(|a| a.file.path.as_str()));
        }
        for path in paths {
            assert_eq!(index.file(path), scan(report, |p| p == path), "{path}");
            let listed: Vec<usize> = (0..report.findings.len())
                .filter(|&i| report.findings[i].path == path && report.findings[i].is_active())
                .collect();
            assert_eq!(index.active_in(path), listed.as_slice(), "{path}");
            let folder = path.split('/').next().unwrap_or_default();
            let prefix = format!("{folder}/");
            assert_eq!(
                index.folder(folder),
                scan(report, |p| p.starts_with(&prefix) || p == folder),
                "{folder}"
            );
        }
        assert_eq!(index.total(), scan(report, |_| true));
        assert_eq!(index.total().errors, report.errors());
        assert_eq!(index.total().warnings, report.warnings());
        assert_eq!(index.total().acknowledged, report.acknowledged());
    }

    #[test]
    fn counts_equal_a_scan_on_the_sample_register() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let loaded = load(&root).expect("load");
        let report = validate(&loaded, &Options::default());
        assert!(report.errors() + report.warnings() > 0, "nothing to count");
        assert!(report.acknowledged() > 0, "no acknowledged finding");
        agrees_with_a_scan(&loaded, &report);
    }

    #[test]
    fn counts_equal_a_scan_on_a_generated_register() {
        let register = crate::register::generate::generate(12, 15, 7);
        let loaded = Loaded {
            register,
            errors: Vec::new(),
            orphans: Vec::new(),
        };
        let report = validate(&loaded, &Options::default());
        assert!(report.findings.len() > 10, "{}", report.findings.len());
        agrees_with_a_scan(&loaded, &report);
    }

    #[test]
    fn a_file_without_findings_counts_nothing() {
        let index = Findings::build(&Report::default());
        assert_eq!(index.file("da/organisation.ron"), Tally::default());
        assert_eq!(index.folder("da"), Tally::default());
        assert!(index.active_in("da/organisation.ron").is_empty());
    }
}
