//! The repository's ropa lock: every writer of ropa (a save, an undo, a
//! sync's move of the branch) holds it while it checks and changes the
//! repository, so two ropa processes never interleave their steps.
//!
//! It is an advisory lock on `ropa-save.lock` in the git folder shared by
//! all work trees of the repository. The operating system releases it when
//! the process ends, even by SIGKILL, so a killed writer never leaves it
//! held; whoever takes it next may assume that no other ropa is half-way
//! through a transaction (see [`super::journal`]).

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a writer waits for another ropa's transaction to end.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// The file of the lock, in the repository's common git folder.
pub const LOCK_FILE: &str = "ropa-save.lock";

/// Why the lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another ropa kept it for longer than the wait.
    #[error(
        "another ropa has been saving to this register for over {0} seconds. \
         Nothing was changed; try again."
    )]
    Busy(u64),
    /// The lock file could not be opened.
    #[error("{path}: {source}")]
    Io {
        /// The lock file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
}

/// The held lock; released when dropped.
#[derive(Debug)]
pub struct RepoLock {
    _file: fs::File,
}

impl RepoLock {
    /// Takes the lock of the repository whose common git folder is
    /// `commondir`, waiting up to `wait` for another holder.
    pub fn acquire(commondir: &Path, wait: Duration) -> Result<RepoLock, LockError> {
        let path = commondir.join(LOCK_FILE);
        let io = |source| LockError::Io {
            path: path.display().to_string(),
            source,
        };
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io)?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RepoLock { _file: file }),
                Err(fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(LockError::Busy(wait.as_secs()));
                }
                Err(fs::TryLockError::Error(e)) => return Err(io(e)),
            }
        }
    }

    /// Takes the lock only if it is free now.
    pub fn try_acquire(commondir: &Path) -> Result<Option<RepoLock>, LockError> {
        match RepoLock::acquire(commondir, Duration::ZERO) {
            Ok(l) => Ok(Some(l)),
            Err(LockError::Busy(_)) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_and_is_refused_then_gets_it_after_release() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = RepoLock::acquire(dir.path(), LOCK_WAIT).expect("first");
        assert!(matches!(
            RepoLock::acquire(dir.path(), Duration::from_millis(30)),
            Err(LockError::Busy(_))
        ));
        assert!(RepoLock::try_acquire(dir.path()).expect("try").is_none());
        drop(first);
        assert!(RepoLock::try_acquire(dir.path()).expect("try").is_some());
    }
}
