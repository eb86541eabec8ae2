//! The sample register embedded in the binary: the five organisations of
//! `registry/` and its `ropa.ron` marker, installed as a new git repository
//! on a user's first run.

use std::path::Path;

mod files {
    include!(concat!(env!("OUT_DIR"), "/sample_files.rs"));
}

pub use files::FILES;

/// Writes the sample register into `dest` (which must not exist or be
/// empty) and makes it a git repository with one commit.
pub fn install(dest: &Path) -> Result<(), String> {
    if dest.exists()
        && std::fs::read_dir(dest)
            .map_err(|e| format!("{}: {e}", dest.display()))?
            .next()
            .is_some()
    {
        return Err(format!("{}: exists and is not empty", dest.display()));
    }
    for (rel, text) in FILES {
        let path = dest.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    super::git::init_with_commit(
        dest,
        "Sample register: five organisations from their published privacy policies",
    )
    .map_err(|e| format!("{}: git: {e}", dest.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_every_sample_file() {
        assert_eq!(FILES.len(), 22);
        assert!(FILES.iter().any(|(p, _)| *p == "ropa.ron"));
        assert!(
            FILES
                .iter()
                .any(|(p, _)| *p == "da/activities/da-barsel.ron")
        );
    }

    #[test]
    fn install_creates_a_loadable_repository() {
        let dir = tempfile::tempdir().expect("tempdir");
        let dest = dir.path().join("register");
        install(&dest).expect("install");
        let loaded = crate::register::load::load(&dest).expect("load");
        assert!(loaded.errors.is_empty());
        assert_eq!(loaded.register.organisations.len(), 5);
        assert!(crate::register::resolve::is_marked(&dest));
        let info = crate::register::git::head_info(&dest).expect("a repository");
        assert!(info.short_id.len() >= 7);
        assert!(install(&dest).is_err(), "never overwrites");
    }
}
