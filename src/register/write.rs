//! Writing files safely: to a temporary file beside the target, flushed to
//! disk, then renamed over it, so a crash or a full disk leaves the old file
//! intact.

use std::fs;
use std::io::Write;
use std::path::Path;

/// Replaces `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.ropa-tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(path) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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
