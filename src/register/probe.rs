//! What a folder that is not (yet) a register holds, so the interface can
//! say what it found and what to do instead of showing an empty list.

use std::path::{Path, PathBuf};

use super::load::ORGANISATION_FILE;
use super::resolve::MARKER_FILE;

/// What was found at a path given as the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// The path as given.
    pub path: PathBuf,
    /// What is there.
    pub found: Found,
    /// The root of the git work tree the path is in, if any.
    pub git_root: Option<PathBuf>,
    /// Registers in folders below the path (two levels at most), with
    /// their number of organisations: the register the user meant is
    /// often `registry/` of the folder they named.
    pub nearby: Vec<(PathBuf, usize)>,
}

/// What a path holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Nothing exists at the path.
    Missing,
    /// A file, not a folder.
    File,
    /// A folder without any visible entry.
    EmptyFolder,
    /// A folder with `entries` visible files and folders, none of them an
    /// organisation folder (`<id>/organisation.ron`).
    OtherFiles {
        /// Number of visible entries.
        entries: usize,
        /// Whether it holds ropa's marker `ropa.ron`.
        marker: bool,
    },
}

/// Looks at `path`: what it holds, whether it is in git, and registers
/// below it.
pub fn probe(path: &Path) -> Probe {
    let found = match std::fs::symlink_metadata(path) {
        Err(_) => Found::Missing,
        Ok(m) if !m.is_dir() && !path.is_dir() => Found::File,
        Ok(_) => {
            let entries = visible(path).len();
            if entries == 0 {
                Found::EmptyFolder
            } else {
                Found::OtherFiles {
                    entries,
                    marker: path.join(MARKER_FILE).is_file(),
                }
            }
        }
    };
    let git_root = super::git::discover(path).and_then(|r| r.workdir().map(Path::to_path_buf));
    let mut nearby = Vec::new();
    if path.is_dir() {
        for child in visible(path) {
            registers_in(&child, 1, &mut nearby);
        }
    }
    Probe {
        path: path.to_path_buf(),
        found,
        git_root,
        nearby,
    }
}

/// Visible (not dot-named) entries of a folder, sorted.
fn visible(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    out.sort();
    out
}

/// Adds `dir` when it holds a register, else looks one level further
/// down while `depth` allows.
fn registers_in(dir: &Path, depth: usize, out: &mut Vec<(PathBuf, usize)>) {
    if !dir.is_dir() {
        return;
    }
    // Organisation folders are counted, not loaded: a large register
    // below would otherwise be parsed just to say how many it holds.
    let orgs = visible(dir)
        .iter()
        .filter(|d| d.join(ORGANISATION_FILE).is_file())
        .count();
    if orgs > 0 {
        out.push((dir.to_path_buf(), orgs));
    } else if depth < 2 {
        for child in visible(dir) {
            registers_in(&child, depth + 1, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_a_missing_path_a_file_and_an_empty_folder_apart() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert_eq!(probe(&dir.path().join("nope")).found, Found::Missing);
        std::fs::write(dir.path().join("f.txt"), "x").expect("write");
        assert_eq!(probe(&dir.path().join("f.txt")).found, Found::File);
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).expect("mkdir");
        let p = probe(&empty);
        assert_eq!(p.found, Found::EmptyFolder);
        assert!(p.nearby.is_empty());
    }

    #[test]
    fn finds_the_register_one_or_two_folders_down() {
        let dir = tempfile::tempdir().expect("tempdir");
        let org = dir.path().join("project/registry/acme");
        std::fs::create_dir_all(&org).expect("mkdir");
        std::fs::write(
            org.join(ORGANISATION_FILE),
            "Organisation(id: \"acme\", name: \"Acme\")",
        )
        .expect("write");
        std::fs::write(dir.path().join("notes.txt"), "x").expect("write");
        let p = probe(dir.path());
        assert_eq!(
            p.found,
            Found::OtherFiles {
                entries: 2,
                marker: false
            }
        );
        assert_eq!(
            p.nearby,
            vec![(dir.path().join("project/registry"), 1)],
            "{p:?}"
        );
    }
}
