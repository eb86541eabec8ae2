//! The register's outline: its organisation folders, found without reading
//! a record. Listing one folder takes milliseconds where loading every
//! record of a large register takes seconds, so an interface can show the
//! organisations (by folder) at once and fill in their names and counts
//! when the load arrives.

use std::path::Path;

use super::load::ORGANISATION_FILE;

/// The organisation folders of the register at `root`: the folders (not
/// hidden, not symbolic links) holding an `organisation.ron`, by name, in
/// the order the loader lists organisations.
pub fn organisation_folders(root: &Path) -> std::io::Result<Vec<String>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root)? {
        let Ok(entry) = entry else {
            continue;
        };
        // `file_type` does not follow links: a linked folder is not
        // listed (the loader does not follow it either).
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if name.starts_with('.') || !entry.path().join(ORGANISATION_FILE).is_file() {
            continue;
        }
        out.push(name);
    }
    // The loader sorts the folders' paths, which for names of one folder
    // is the order of the names' bytes.
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_the_folders_the_loader_loads_in_its_order() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        let folders = organisation_folders(&root).expect("outline");
        let loaded = crate::register::load::load(&root).expect("load");
        let ids: Vec<String> = loaded
            .register
            .organisations
            .iter()
            .map(|o| {
                o.file
                    .path
                    .split('/')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert!(!folders.is_empty());
        assert_eq!(folders, ids);
    }

    #[test]
    fn other_folders_files_hidden_folders_and_links_are_not_organisations() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        for d in [
            "b-org/activities",
            "a-org",
            ".hidden",
            "docs",
            "only-acts/activities",
        ] {
            std::fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        for f in ["b-org", "a-org", ".hidden"] {
            std::fs::write(root.join(f).join(ORGANISATION_FILE), "()").expect("write");
        }
        std::fs::write(root.join("README.md"), "x").expect("write");
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("a-org"), root.join("linked")).expect("link");
        assert_eq!(
            organisation_folders(root).expect("outline"),
            ["a-org", "b-org"]
        );
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(organisation_folders(&dir.path().join("nowhere")).is_err());
    }
}
