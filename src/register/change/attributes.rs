//! Attributes ropa cannot apply faithfully. ropa writes a record's bytes to
//! the work tree and the same bytes as the blob it commits; git would pass
//! them through what `.gitattributes` (and `.git/info/attributes`,
//! `core.attributesFile`) give the path:
//!
//! - `filter` (git-crypt, git-lfs, any clean/smudge driver): ropa cannot run
//!   the driver, and committing the plain bytes would put, say, the text
//!   git-crypt should encrypt into history;
//! - `working-tree-encoding`: git stores the file re-encoded as UTF-8;
//! - `ident`: git collapses and expands `$Id$`.
//!
//! Such a path refuses the change ([`Refusal::Attribute`]) before anything
//! is written. Line endings (`text`, `eol`, `core.autocrlf`) are applied by
//! git's own rules through libgit2: the blob git would store for the bytes
//! must be the blob ropa stores, else the change is refused too.

use std::path::Path;

use git2::{AttrCheckFlags, AttrValue, Repository};

use super::Refusal;
use super::apply::blob_id;

/// The attributes that make git transform a file in ways ropa does not.
const UNSUPPORTED: &[&str] = &["filter", "working-tree-encoding", "ident"];

/// Refuses when git would not store `bytes` at repository path `path` as
/// they are (see the module documentation). `bytes` is `None` for a file
/// ropa writes to the work tree without committing it (a branch moved to a
/// commit that exists): only the attributes are checked then.
pub(crate) fn check(repo: &Repository, path: &str, bytes: Option<&[u8]>) -> Result<(), Refusal> {
    for name in UNSUPPORTED {
        let raw = repo.get_attr_bytes(Path::new(path), name, AttrCheckFlags::FILE_THEN_INDEX)?;
        let value = match AttrValue::from_bytes(raw) {
            AttrValue::Unspecified | AttrValue::False => continue,
            // `ident=<anything>` is not `ident` for git.
            AttrValue::String(_) | AttrValue::Bytes(_) if *name == "ident" => continue,
            AttrValue::True => "set".to_string(),
            AttrValue::String(s) => s.to_string(),
            AttrValue::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        };
        return Err(Refusal::Attribute {
            path: path.to_string(),
            attribute: name.to_string(),
            value,
        });
    }
    // git's own clean filters (libgit2 applies the same ones) change a
    // file only by turning CRLF into LF once `ident` is excluded: bytes
    // without a carriage return are stored as they are.
    if let Some(bytes) = bytes.filter(|b| b.contains(&b'\r')) {
        let mut w = repo.blob_writer(Some(Path::new(path)))?;
        std::io::Write::write_all(&mut w, bytes).map_err(|source| Refusal::Io {
            path: path.to_string(),
            source,
        })?;
        if w.commit()? != blob_id(bytes)? {
            let text = repo
                .get_attr(Path::new(path), "text", AttrCheckFlags::FILE_THEN_INDEX)
                .ok()
                .flatten()
                .map(|v| match AttrValue::from_string(Some(v)) {
                    AttrValue::True => "set".to_string(),
                    AttrValue::String(s) => s.to_string(),
                    _ => "core.autocrlf".to_string(),
                })
                .unwrap_or_else(|| "core.autocrlf".into());
            return Err(Refusal::Attribute {
                path: path.to_string(),
                attribute: "text".into(),
                value: text,
            });
        }
    }
    Ok(())
}

/// What git would do with a file because of `attribute`, in words.
pub(crate) fn what_git_does(attribute: &str, value: &str) -> String {
    match attribute {
        "filter" => format!(
            "run it through the `{value}` filter (a clean/smudge driver such as git-crypt or \
             git-lfs), which ropa cannot run"
        ),
        "working-tree-encoding" => {
            format!("store it converted from {value} to UTF-8, which ropa does not do")
        }
        "ident" => "replace `$Id$` in it, which ropa does not do".into(),
        _ => "store it with other line endings than ropa wrote (the `text`/`eol` attributes \
              or core.autocrlf)"
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_with(attributes: &str) -> (tempfile::TempDir, Repository) {
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = Repository::init(dir.path()).expect("init");
        std::fs::write(dir.path().join(".gitattributes"), attributes).expect("write");
        (dir, repo)
    }

    #[test]
    fn filters_encodings_and_ident_are_refused() {
        let (_d, repo) = repo_with(
            "*.ron filter=crypt\na.txt working-tree-encoding=UTF-16\nb.txt ident\nc.txt ident=x\n",
        );
        let refused = |p: &str| match check(&repo, p, None) {
            Err(Refusal::Attribute {
                attribute, value, ..
            }) => Some((attribute, value)),
            _ => None,
        };
        assert_eq!(refused("x/y.ron"), Some(("filter".into(), "crypt".into())));
        assert_eq!(
            refused("a.txt"),
            Some(("working-tree-encoding".into(), "UTF-16".into()))
        );
        assert_eq!(refused("b.txt"), Some(("ident".into(), "set".into())));
        assert_eq!(refused("c.txt"), None);
        assert_eq!(refused("d.txt"), None);
    }

    #[test]
    fn bytes_git_would_store_otherwise_are_refused() {
        let (_d, repo) = repo_with("*.ron text\n");
        assert!(check(&repo, "a.ron", Some(b"a\nb\n")).is_ok());
        assert!(matches!(
            check(&repo, "a.ron", Some(b"a\r\nb\r\n")),
            Err(Refusal::Attribute { attribute, .. }) if attribute == "text"
        ));
        assert!(check(&repo, "a.bin", Some(b"a\r\nb\r\n")).is_ok());
    }
}
