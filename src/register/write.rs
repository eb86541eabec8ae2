//! Writing files safely: to a temporary file beside the target, flushed to
//! disk, then renamed over it, so a crash or a full disk leaves the old file
//! intact.

use std::fs;
use std::io::{Error, ErrorKind, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes the temporary files of concurrent writes in one process.
static NEXT_TMP: AtomicU64 = AtomicU64::new(0);

/// The prefix of the temporary files of [`write_atomic`] (hidden, so the
/// loader passes over one a killed write leaves behind).
pub const TMP_PREFIX: &str = ".ropa-tmp-";

/// Replaces `path` with `bytes` atomically.
///
/// A file or folder without any write permission is refused with a clear
/// error instead of being replaced: the permission bits are checked here,
/// because renaming over a read-only file is allowed (and root may write
/// anything), but its owner marked it not to be changed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_meta(path, bytes).map(|_| ())
}

/// [`write_atomic`], returning the written file's metadata (taken before
/// the rename, which keeps the file's inode and modification time).
pub fn write_atomic_meta(path: &Path, bytes: &[u8]) -> std::io::Result<fs::Metadata> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let old = fs::metadata(path).ok();
    if old.as_ref().is_some_and(|m| m.permissions().readonly()) {
        return Err(Error::new(
            ErrorKind::PermissionDenied,
            "the file is read-only; make it writable (chmod u+w) to save it",
        ));
    }
    if fs::metadata(dir).is_ok_and(|m| m.permissions().readonly()) {
        return Err(Error::new(
            ErrorKind::PermissionDenied,
            format!(
                "the folder {} is read-only; make it writable (chmod u+w) to save here",
                dir.display()
            ),
        ));
    }
    // The temporary name does not repeat the file's own, so a name close
    // to the file system's limit still has room for it.
    let tmp = dir.join(format!(
        "{TMP_PREFIX}{}-{}",
        std::process::id(),
        NEXT_TMP.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if let Some(meta) = &old {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        let meta = f.metadata()?;
        fs::rename(&tmp, path)?;
        Ok(meta)
    })();
    match result {
        Ok(meta) => {
            // Make the rename itself durable; the data already is.
            if let Ok(d) = fs::File::open(dir) {
                let _ = d.sync_all();
            }
            Ok(meta)
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("a.ron");
        fs::write(&p, "old").expect("write");
        write_atomic(&p, b"new").expect("atomic write");
        assert_eq!(fs::read_to_string(&p).expect("read"), "new");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("ls").collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn failed_write_leaves_old_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("missing-dir").join("a.ron");
        assert!(write_atomic(&p, b"new").is_err());
    }
}
