//! The transaction's incremental check against the full validator: for
//! random changes to the sample register (broken files, removed
//! recipients, duplicate org numbers, renamed and removed organisations,
//! dangling references, new folders), the errors the transaction says a
//! change adds are exactly the errors a full validation of the register
//! after the change has and before it had not.

mod fixture;

use std::collections::HashMap;
use std::path::Path;

use fixture::{Repo, copy_tree, errors_of};
use ropa::register::change::{Intent, Refusal};
use ropa::register::format::to_canonical;
use ropa::register::load::parse_record;
use ropa::register::model::{Activity, ControllerServed, JointController, OrgNumber, Organisation};

/// A small deterministic generator (xorshift), so a failure can be
/// replayed from its case number.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// The register's files: path → text.
fn files(root: &Path) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for org in std::fs::read_dir(root).expect("ls").flatten() {
        let name = org.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !org.path().is_dir() {
            continue;
        }
        let o = org.path().join("organisation.ron");
        if let Ok(t) = std::fs::read_to_string(&o) {
            out.insert(format!("{name}/organisation.ron"), t);
        }
        if let Ok(acts) = std::fs::read_dir(org.path().join("activities")) {
            for a in acts.flatten() {
                let f = a.file_name().to_string_lossy().into_owned();
                if let Ok(t) = std::fs::read_to_string(a.path()) {
                    out.insert(format!("{name}/activities/{f}"), t);
                }
            }
        }
    }
    out
}

/// One random change: files written and removed.
fn mutate(rng: &mut Rng, fs: &HashMap<String, String>) -> (Vec<(String, String)>, Vec<String>) {
    let mut paths: Vec<&String> = fs.keys().collect();
    paths.sort();
    let orgs: Vec<&String> = paths
        .iter()
        .copied()
        .filter(|p| p.ends_with("organisation.ron"))
        .collect();
    let acts: Vec<&String> = paths
        .iter()
        .copied()
        .filter(|p| p.contains("/activities/"))
        .collect();
    let org_ids: Vec<String> = orgs
        .iter()
        .map(|p| p.split('/').next().unwrap_or_default().to_string())
        .collect();
    let mut writes = Vec::new();
    let mut removes = Vec::new();
    match rng.below(12) {
        0 => {
            let p = rng.pick(&acts);
            let mut a: Activity = parse_record(&fs[*p]).expect("parse");
            let folder = p.split('/').next().unwrap_or_default();
            let o: Organisation =
                parse_record(&fs[&format!("{folder}/organisation.ron")]).expect("org");
            let mut ids: Vec<String> = o.recipients.iter().map(|r| r.id.clone()).collect();
            ids.push("nobody".into());
            let id = rng.pick(&ids).clone();
            a.recipients
                .push(serde_json::from_value(serde_json::json!({ "recipient": id })).expect("use"));
            writes.push(((*p).clone(), to_canonical(&a).expect("ron")));
        }
        1 => {
            let p = rng.pick(&acts);
            let mut a: Activity = parse_record(&fs[*p]).expect("parse");
            let other: Activity = parse_record(&fs[*rng.pick(&acts)]).expect("parse");
            a.id = rng
                .pick(&[a.id.clone(), other.id, "Bad Id".into(), "x".into()])
                .clone();
            writes.push(((*p).clone(), to_canonical(&a).expect("ron")));
        }
        2 => {
            let p = rng.pick(&acts);
            let mut a: Activity = parse_record(&fs[*p]).expect("parse");
            let mut ids = org_ids.clone();
            ids.push("ghost".into());
            a.on_behalf_of.push(ControllerServed {
                organisation: Some(rng.pick(&ids).clone()),
                name: None,
                contact: None,
                processing: vec![],
            });
            writes.push(((*p).clone(), to_canonical(&a).expect("ron")));
        }
        3 => {
            let p = rng.pick(&paths);
            let t = &fs[*p];
            let half: String = t.chars().take(t.chars().count() / 2).collect();
            writes.push(((*p).clone(), half));
        }
        4 => {
            let p = rng.pick(&orgs);
            let mut o: Organisation = parse_record(&fs[*p]).expect("parse");
            if !o.recipients.is_empty() {
                let i = rng.below(o.recipients.len());
                o.recipients.remove(i);
            }
            writes.push(((*p).clone(), to_canonical(&o).expect("ron")));
        }
        5 => {
            let p = rng.pick(&orgs);
            let mut o: Organisation = parse_record(&fs[*p]).expect("parse");
            let other: Organisation = parse_record(&fs[*rng.pick(&orgs)]).expect("parse");
            o.org_number = other.org_number.or(Some(OrgNumber::Cvr("34051178".into())));
            writes.push(((*p).clone(), to_canonical(&o).expect("ron")));
        }
        6 => {
            let p = rng.pick(&orgs);
            let mut o: Organisation = parse_record(&fs[*p]).expect("parse");
            o.id = rng
                .pick(&["renamed".to_string(), org_ids[0].clone()])
                .clone();
            writes.push(((*p).clone(), to_canonical(&o).expect("ron")));
        }
        7 => removes.push((*rng.pick(&orgs)).clone()),
        8 => {
            let folder = rng.pick(&org_ids).clone();
            for p in &paths {
                if p.starts_with(&format!("{folder}/")) {
                    removes.push((*p).clone());
                }
            }
        }
        9 => {
            let a: Activity = parse_record(&fs[*rng.pick(&acts)]).expect("parse");
            writes.push((
                format!("nyt/activities/{}.ron", a.id),
                to_canonical(&a).expect("ron"),
            ));
        }
        10 => {
            let p = rng.pick(&orgs);
            let mut o: Organisation = parse_record(&fs[*p]).expect("parse");
            let mut ids = org_ids.clone();
            ids.push("ghost".into());
            o.joint_controllers.push(JointController {
                organisation: rng.pick(&ids).clone(),
                arrangement_ref: None,
                scope: None,
            });
            writes.push(((*p).clone(), to_canonical(&o).expect("ron")));
        }
        _ => removes.push((*rng.pick(&acts)).clone()),
    }
    (writes, removes)
}

/// Multiset difference of error lines.
fn added(before: &[String], after: &[String]) -> Vec<String> {
    let mut counts: HashMap<&String, usize> = HashMap::new();
    for b in before {
        *counts.entry(b).or_default() += 1;
    }
    let mut out: Vec<String> = after
        .iter()
        .filter(|a| match counts.get_mut(a) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect();
    out.sort();
    out
}

/// Cases run: each builds a repository, so 100 cases take under a minute in a debug build.
const CASES: u64 = 100;

#[test]
fn the_incremental_check_finds_exactly_the_errors_a_full_validation_adds() {
    let mut refused = 0;
    let mut accepted = 0;
    // One repository, put back to the sample after every accepted change
    // (which also exercises the transaction's snapshot as HEAD moves).
    let r = Repo::sample();
    let sample = r.head();
    let before_files = files(&r.root);
    let before = errors_of(&r.root);
    for case in 0..CASES {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (case + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
        let mut writes = Vec::new();
        let mut removes: Vec<String> = Vec::new();
        for _ in 0..=rng.below(3) {
            let (w, rm) = mutate(&mut rng, &before_files);
            for (p, t) in w {
                if !removes.contains(&p) && !writes.iter().any(|(q, _): &(String, String)| *q == p)
                {
                    writes.push((p, t));
                }
            }
            for p in rm {
                if !removes.contains(&p) && !writes.iter().any(|(q, _)| *q == p) {
                    removes.push(p);
                }
            }
        }
        // The register after the change, validated in full.
        let scratch = tempfile::tempdir().expect("tempdir");
        copy_tree(&r.root, scratch.path());
        let _ = std::fs::remove_dir_all(scratch.path().join(".git"));
        for (p, t) in &writes {
            let f = scratch.path().join(p);
            std::fs::create_dir_all(f.parent().expect("parent")).expect("mkdir");
            std::fs::write(f, t).expect("write");
        }
        for p in &removes {
            let f = scratch.path().join(p);
            let _ = std::fs::remove_file(&f);
            // As in git (and as the transaction leaves the work tree), a
            // folder emptied by the change is gone.
            let mut dir = f.parent().map(Path::to_path_buf);
            while let Some(d) = dir {
                if d == scratch.path() || std::fs::remove_dir(&d).is_err() {
                    break;
                }
                dir = d.parent().map(Path::to_path_buf);
            }
        }
        let expected = match ropa::register::load::load(scratch.path()) {
            Ok(_) => added(&before, &errors_of(scratch.path())),
            Err(_) => continue,
        };
        let intent = Intent::Files {
            writes: writes
                .iter()
                .map(|(p, t)| (p.clone(), t.clone().into_bytes()))
                .collect(),
            removes: removes.clone(),
            message: format!("case {case}"),
        };
        match r.commit(&intent) {
            Ok(_) => {
                accepted += 1;
                assert!(
                    expected.is_empty(),
                    "case {case}: accepted, but a full validation finds new errors {expected:?} \
                     (writes {:?}, removes {removes:?})",
                    writes.iter().map(|(p, _)| p).collect::<Vec<_>>()
                );
                r.git_ok(&["reset", "-q", "--hard", &sample]);
                r.assert_clean();
            }
            Err(Refusal::Invalid(found)) => {
                refused += 1;
                assert_eq!(r.head(), sample, "case {case}: refused, yet committed");
                let mut got: Vec<String> = found
                    .iter()
                    .map(|f| format!("{} {} {}", f.rule, f.path, f.message))
                    .collect();
                got.sort();
                assert_eq!(
                    got,
                    expected,
                    "case {case}: writes {:?}, removes {removes:?}",
                    writes.iter().map(|(p, _)| p).collect::<Vec<_>>()
                );
            }
            Err(e) => panic!("case {case}: {e}"),
        }
    }
    // Both outcomes are exercised.
    assert!(
        refused > 20 && accepted > 5,
        "refused {refused}, accepted {accepted}"
    );
}
