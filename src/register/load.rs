//! Loading a register from disk, with `path:line:col` errors.
//!
//! One broken file never stops the rest: every file that parses is loaded,
//! and every problem is returned beside the register.

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::locate::{Pos, SpanIndex};
use super::model::{Activity, Organisation};

/// The file name of an organisation record inside its folder.
pub const ORGANISATION_FILE: &str = "organisation.ron";
/// The folder of activity records inside an organisation folder.
pub const ACTIVITIES_DIR: &str = "activities";
/// Files larger than this are refused rather than read into memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// A loaded register.
#[derive(Debug, Clone, Default)]
pub struct Register {
    /// The register's root folder.
    pub root: PathBuf,
    /// Organisations in folder-name order.
    pub organisations: Vec<OrgEntry>,
}

/// One organisation with its activities.
#[derive(Debug, Clone)]
pub struct OrgEntry {
    /// The parsed record.
    pub org: Organisation,
    /// The file, relative to the register root.
    pub file: SourceFile,
    /// Activities in file-name order.
    pub activities: Vec<ActivityEntry>,
}

/// One activity.
#[derive(Debug, Clone)]
pub struct ActivityEntry {
    /// The parsed record.
    pub activity: Activity,
    /// The file, relative to the register root.
    pub file: SourceFile,
}

/// A file as it was read: its path, its text and (built on first use) the
/// index of where its values are.
#[derive(Debug, Clone, Default)]
pub struct SourceFile {
    /// Path relative to the register root, with `/` separators.
    pub path: String,
    /// The text as read: the record beside it was parsed from it (the
    /// validator places findings in it and reads it for what the record
    /// holds), or is empty for a record made in memory.
    pub text: String,
    /// Positions of its values, built by [`SourceFile::spans`] the first
    /// time a position is asked for: most files of a large register never
    /// need one, and indexing every file doubled the load time.
    pub spans: std::sync::OnceLock<SpanIndex>,
}

impl SourceFile {
    /// A file read from `path` (register-relative).
    pub fn new(path: String, text: String) -> Self {
        SourceFile {
            path,
            text,
            spans: std::sync::OnceLock::new(),
        }
    }

    /// The positions of the file's values.
    pub fn spans(&self) -> &SpanIndex {
        self.spans.get_or_init(|| SpanIndex::new(&self.text))
    }
}

/// A file that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// Path relative to the register root.
    pub path: String,
    /// Where in the file, when known.
    pub pos: Pos,
    /// What went wrong and what was expected.
    pub message: String,
}

/// The whole register could not be used (exit status 2).
#[derive(Debug, thiserror::Error)]
pub enum FatalError {
    /// The path does not exist or is not a folder.
    #[error("{0}: not a folder")]
    NotAFolder(String),
    /// The folder could not be listed.
    #[error("{path}: cannot read folder: {source}")]
    Io {
        /// The folder.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// No organisation folder at all.
    #[error(
        "{0}: no register here (expected <org-id>/organisation.ron folders; `ropa init` creates one)"
    )]
    Empty(String),
}

/// The result of loading: what loaded, and what did not.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// Everything that parsed.
    pub register: Register,
    /// Files that did not.
    pub errors: Vec<LoadError>,
    /// Activities whose organisation file is missing or does not parse:
    /// loaded so that their own findings are not hidden by it.
    pub orphans: Vec<Orphans>,
}

/// The activities of an organisation folder whose organisation.ron could
/// not be loaded.
#[derive(Debug, Clone, Default)]
pub struct Orphans {
    /// The organisation folder's name.
    pub folder: String,
    /// Activities that parsed, in file-name order.
    pub activities: Vec<ActivityEntry>,
}

/// Loads every organisation and activity under `root`.
pub fn load(root: &Path) -> Result<Loaded, FatalError> {
    let display = root.display().to_string();
    let dirs = register_folders(root)?;
    // Organisation folders are independent: they are read and parsed on
    // all cores, in folder order.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let chunk = dirs.len().div_ceil(threads).max(1);
    let folders: Vec<Option<Folder>> = std::thread::scope(|s| {
        let handles: Vec<_> = dirs
            .chunks(chunk)
            .map(|c| s.spawn(move || c.iter().map(|d| load_folder(d)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut errors = Vec::new();
    let mut organisations = Vec::new();
    let mut orphans = Vec::new();
    let mut saw_org_folder = false;
    for (org, mut errs) in folders.into_iter().flatten() {
        saw_org_folder = true;
        match org {
            Ok(o) => organisations.push(o),
            Err(o) if !o.activities.is_empty() => orphans.push(o),
            Err(_) => {}
        }
        errors.append(&mut errs);
    }
    if !saw_org_folder {
        return Err(FatalError::Empty(display));
    }
    Ok(Loaded {
        register: Register {
            root: root.to_path_buf(),
            organisations,
        },
        errors,
        orphans,
    })
}

/// One organisation folder as read: its organisation, or (when that
/// could not be loaded) its activities alone; and the problems found.
pub type Folder = (Result<OrgEntry, Orphans>, Vec<LoadError>);

/// Reads one organisation folder: `None` when it is not a register folder,
/// else its organisation (if it parses) and the problems found.
fn load_folder(dir: &Path) -> Option<Folder> {
    folder_head(dir).map(FolderHead::rest)
}

/// A register folder with its organisation file read: what the whole
/// register must know of every folder (the organisations' ids) before any
/// activity is judged.
pub struct FolderHead {
    dir: PathBuf,
    name: String,
    /// The organisation, when its file parsed.
    org: Option<(Organisation, SourceFile)>,
    errors: Vec<LoadError>,
    /// The folder itself is a link: nothing in it is read.
    link: Option<Folder>,
}

impl FolderHead {
    /// The organisation, when its file parsed.
    pub fn organisation(&self) -> Option<&(Organisation, SourceFile)> {
        self.org.as_ref()
    }

    /// The folder's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Reads the folder's activities: the folder as [`load`] has it.
    pub fn rest(self) -> Folder {
        let mut activities = Vec::new();
        let (mut entry, errors) = self.each_activity(|_, a| activities.push(a));
        match &mut entry {
            Ok(org) => org.activities = activities,
            Err(orphans) => orphans.activities = activities,
        }
        (entry, errors)
    }

    /// Reads the folder's activities one at a time, in the order [`load`]
    /// lists them, handing each to `take` as it is parsed with the
    /// organisation (when its file loaded): what [`FolderHead::rest`]
    /// collects, without holding the folder. Answers the folder as
    /// [`load`] has it, its activities left out.
    pub fn each_activity(self, take: impl FnMut(Option<&OrgEntry>, ActivityEntry)) -> Folder {
        if let Some(link) = self.link {
            return link;
        }
        read_activities(self, take)
    }
}

/// The folders of the register at `root` that may be register folders, in
/// the loader's order.
pub fn register_folders(root: &Path) -> Result<Vec<PathBuf>, FatalError> {
    let display = root.display().to_string();
    if !root.is_dir() {
        return Err(FatalError::NotAFolder(display));
    }
    sorted_entries(root).map_err(|source| FatalError::Io {
        path: display,
        source,
    })
}

/// Reads the organisation file of folder `dir`: `None` when it is not a
/// register folder.
pub fn folder_head(dir: &Path) -> Option<FolderHead> {
    let name = file_name(dir);
    if name.starts_with('.') || !dir.is_dir() {
        return None;
    }
    let org_path = dir.join(ORGANISATION_FILE);
    let acts_dir = dir.join(ACTIVITIES_DIR);
    if !org_path.exists() && !acts_dir.exists() {
        // Not a register folder (docs, CI config, ...).
        return None;
    }
    if is_symlink(dir) {
        // An organisation folder elsewhere: said, not silently dropped.
        let error = LoadError {
            path: format!("{name}/{ORGANISATION_FILE}"),
            pos: Pos { line: 1, col: 1 },
            message: format!(
                "not loaded: `{name}` is a symbolic link (links out of the register are not followed)"
            ),
        };
        let none = Orphans {
            folder: name.clone(),
            activities: Vec::new(),
        };
        return Some(FolderHead {
            dir: dir.to_path_buf(),
            name,
            org: None,
            errors: Vec::new(),
            link: Some((Err(none), vec![error])),
        });
    }
    let mut errors = Vec::new();
    let rel_org = format!("{name}/{ORGANISATION_FILE}");
    // A folder without organisation.ron is reported once, below.
    let org = match org_path.exists() {
        false => None,
        true => match read_record::<Organisation>(&org_path, &rel_org) {
            Ok(v) => Some(v),
            Err(e) => {
                errors.push(e);
                None
            }
        },
    };
    Some(FolderHead {
        dir: dir.to_path_buf(),
        name,
        org,
        errors,
        link: None,
    })
}

/// The activities of a folder whose head is read, each handed to `take`
/// with the organisation as it is parsed (see
/// [`FolderHead::each_activity`]).
fn read_activities(
    head: FolderHead,
    mut take: impl FnMut(Option<&OrgEntry>, ActivityEntry),
) -> Folder {
    let FolderHead {
        dir,
        name,
        org,
        mut errors,
        ..
    } = head;
    let dir = dir.as_path();
    let org_path = dir.join(ORGANISATION_FILE);
    let acts_dir = dir.join(ACTIVITIES_DIR);
    let rel_org = format!("{name}/{ORGANISATION_FILE}");
    let org = org.map(|(org, file)| OrgEntry {
        org,
        file,
        activities: Vec::new(),
    });
    if is_symlink(&acts_dir) {
        // Its files could be anywhere; none of them is read.
        errors.push(LoadError {
            path: format!("{name}/{ACTIVITIES_DIR}"),
            pos: Pos { line: 1, col: 1 },
            message: "not a folder (symbolic links are not followed)".into(),
        });
    } else if acts_dir.is_dir() {
        match sorted_typed_entries(&acts_dir) {
            Ok(files) => {
                for (f, kind) in files {
                    let fname = file_name(&f);
                    if !fname.starts_with('.') && kind.is_some_and(|k| k.is_dir()) {
                        // Records in a folder of their own would be left
                        // out of the register without a word.
                        let n = ron_files_under(&f, 4);
                        if n > 0 {
                            errors.push(LoadError {
                                path: format!("{name}/{ACTIVITIES_DIR}/{fname}"),
                                pos: Pos { line: 1, col: 1 },
                                message: format!(
                                    "a folder inside {ACTIVITIES_DIR}/ is not read: its {n} .ron \
                                     file(s) are no part of the register until moved into \
                                     {name}/{ACTIVITIES_DIR}/"
                                ),
                            });
                        }
                        continue;
                    }
                    if fname.starts_with('.') || !fname.ends_with(".ron") {
                        continue;
                    }
                    let rel = format!("{name}/{ACTIVITIES_DIR}/{fname}");
                    // The folder listing gives each entry's type: a large
                    // register is not asked for it again, file by file.
                    if !kind.is_some_and(|k| k.is_file()) {
                        errors.push(LoadError {
                            path: rel,
                            pos: Pos { line: 1, col: 1 },
                            message: "not a regular file (symbolic links are not followed)".into(),
                        });
                        continue;
                    }
                    match read_listed::<Activity>(&f, &rel) {
                        Ok((activity, file)) => {
                            take(org.as_ref(), ActivityEntry { activity, file })
                        }
                        Err(e) => errors.push(e),
                    }
                }
            }
            Err(e) => errors.push(LoadError {
                path: format!("{name}/{ACTIVITIES_DIR}"),
                pos: Pos { line: 1, col: 1 },
                message: format!("cannot read folder: {e}"),
            }),
        }
    }
    let entry = match org {
        Some(org) => Ok(org),
        None => {
            if !org_path.exists() {
                errors.push(LoadError {
                    path: rel_org,
                    pos: Pos { line: 1, col: 1 },
                    message: format!(
                        "missing: folder `{name}` has activities but no {ORGANISATION_FILE}"
                    ),
                });
            }
            Err(Orphans {
                folder: name,
                activities: Vec::new(),
            })
        }
    };
    (entry, errors)
}

/// How many `.ron` files `dir` holds, in it and in its folders down to
/// `depth` levels (symbolic links and hidden entries not followed).
fn ron_files_under(dir: &Path, depth: usize) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| match e.file_type() {
            Ok(t) if t.is_file() && e.file_name().to_string_lossy().ends_with(".ron") => 1,
            Ok(t) if t.is_dir() && depth > 0 => ron_files_under(&e.path(), depth - 1),
            _ => 0,
        })
        .sum()
}

/// Reads and parses one record.
pub fn read_record<T: DeserializeOwned>(
    path: &Path,
    rel: &str,
) -> Result<(T, SourceFile), LoadError> {
    let err = |pos: Pos, message: String| LoadError {
        path: rel.to_string(),
        pos,
        message,
    };
    let start = Pos { line: 1, col: 1 };
    if is_symlink(path) {
        return Err(err(
            start,
            "not a regular file (symbolic links are not followed)".into(),
        ));
    }
    let meta = fs::metadata(path).map_err(|e| err(start, format!("cannot read: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(err(
            start,
            format!(
                "file is {} bytes; records larger than {} bytes are refused",
                meta.len(),
                MAX_FILE_BYTES
            ),
        ));
    }
    let bytes = fs::read(path).map_err(|e| err(start, format!("cannot read: {e}")))?;
    parse_bytes(rel, bytes)
}

/// Reads and parses one record the folder listing gave as a regular
/// file: opened without following a link (it may have been replaced by one
/// since), its size taken from the open file.
fn read_listed<T: DeserializeOwned>(path: &Path, rel: &str) -> Result<(T, SourceFile), LoadError> {
    use std::io::Read;
    let err = |message: String| LoadError {
        path: rel.to_string(),
        pos: Pos { line: 1, col: 1 },
        message,
    };
    let mut open = fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        open.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = match open.open(path) {
        Ok(f) => f,
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => {
            return Err(err(
                "not a regular file (symbolic links are not followed)".into()
            ));
        }
        Err(e) => return Err(err(format!("cannot read: {e}"))),
    };
    let meta = file
        .metadata()
        .map_err(|e| err(format!("cannot read: {e}")))?;
    if !meta.is_file() {
        return Err(err(
            "not a regular file (symbolic links are not followed)".into()
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(err(format!(
            "file is {} bytes; records larger than {} bytes are refused",
            meta.len(),
            MAX_FILE_BYTES
        )));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Read through `take`: `File::read_to_end` would ask for the size
    // again, and a file growing meanwhile still stops past the limit
    // (which `parse_bytes` refuses).
    Read::take(&mut file, MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(format!("cannot read: {e}")))?;
    parse_bytes(rel, bytes)
}

/// Parses the bytes of the record file at `rel` (register-relative), as
/// read from disk or from git, with the loader's checks and messages.
pub fn parse_bytes<T: DeserializeOwned>(
    rel: &str,
    bytes: Vec<u8>,
) -> Result<(T, SourceFile), LoadError> {
    let err = |pos: Pos, message: String| LoadError {
        path: rel.to_string(),
        pos,
        message,
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(err(
            Pos { line: 1, col: 1 },
            format!(
                "file is {} bytes; records larger than {} bytes are refused",
                bytes.len(),
                MAX_FILE_BYTES
            ),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let valid = String::from_utf8_lossy(valid);
        let line = valid.matches('\n').count() + 1;
        let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        err(Pos { line, col }, "not valid UTF-8".into())
    })?;
    let value = parse_record::<T>(&text).map_err(|(pos, message)| err(pos, message))?;
    Ok((value, SourceFile::new(rel.to_string(), text)))
}

/// Parses RON text into a record; on failure, the position and message.
///
/// A UTF-8 byte-order mark at the start (as some Windows editors write) is
/// not part of the record: it is skipped, and positions on the first line
/// still count it, as the file holds it.
pub fn parse_record<T: DeserializeOwned>(text: &str) -> Result<T, (Pos, String)> {
    let (text, bom) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 1),
        None => (text, 0),
    };
    if text.trim().is_empty() {
        return Err((
            Pos { line: 1, col: 1 },
            "empty file: expected a record".into(),
        ));
    }
    ron::Options::default()
        .with_recursion_limit(64)
        .from_str::<T>(text)
        .map_err(|e| {
            let line = e.span.start.line.max(1);
            let col = e.span.start.col.max(1) + if line == 1 { bom } else { 0 };
            (Pos { line, col }, e.code.to_string())
        })
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

/// The entries of `dir` sorted by path, each with its type as the listing
/// gives it (`None` when it cannot be told); a link is a link, not what it
/// points to.
fn sorted_typed_entries(dir: &Path) -> std::io::Result<Vec<(PathBuf, Option<fs::FileType>)>> {
    let mut v: Vec<(std::ffi::OsString, Option<fs::FileType>)> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| (e.file_name(), e.file_type().ok())))
        .collect();
    // Entries of one folder sort by their names as paths do, and names
    // compare faster than paths, which compare component by component.
    v.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(v.into_iter().map(|(n, k)| (dir.join(n), k)).collect())
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_symlink(p: &Path) -> bool {
    fs::symlink_metadata(p)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_error_has_line_and_column() {
        let text = "Activity(\n    id: \"x\",\n    name: 12,\n)\n";
        let Err((pos, msg)) = parse_record::<Activity>(text) else {
            panic!("expected an error")
        };
        assert_eq!(pos.line, 3);
        assert!(msg.contains("string"), "{msg}");
    }

    #[test]
    fn unknown_field_is_an_error() {
        let text = "Activity(id: \"x\", name: \"n\", status: Draft, colour: \"red\")";
        let Err((pos, msg)) = parse_record::<Activity>(text) else {
            panic!("expected an error")
        };
        assert_eq!(pos.line, 1);
        assert!(msg.contains("colour"), "{msg}");
    }

    #[test]
    fn empty_file_is_an_error() {
        assert!(parse_record::<Activity>("  \n").is_err());
        assert!(parse_record::<Activity>("\u{feff}\n").is_err());
    }

    #[test]
    fn records_in_a_folder_inside_activities_are_reported_not_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let acts = dir.path().join("acme").join(ACTIVITIES_DIR);
        std::fs::create_dir_all(acts.join("sub dir")).expect("mkdir");
        std::fs::create_dir_all(acts.join("attachments")).expect("mkdir");
        std::fs::write(acts.join("attachments/note.txt"), "x").expect("write");
        std::fs::write(acts.join("sub dir/lost.ron"), "Activity()").expect("write");
        let errors = load(dir.path()).expect("loads").errors;
        let about: Vec<&LoadError> = errors
            .iter()
            .filter(|e| e.path.contains(ACTIVITIES_DIR))
            .collect();
        assert_eq!(about.len(), 1, "{errors:?}");
        assert_eq!(about[0].path, "acme/activities/sub dir");
        assert!(
            about[0].message.contains("1 .ron file(s)"),
            "{}",
            about[0].message
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_counted_in_first_line_columns() {
        let plain = "Activity(id: \"x\", name: \"n\", status: Draft)";
        let with_bom = format!("\u{feff}{plain}");
        let a: Activity = parse_record(&with_bom).expect("parses");
        assert_eq!(a.id, "x");
        let bad = "Activity(id: \"x\", name: 12, status: Draft)";
        let Err((p0, _)) = parse_record::<Activity>(bad) else {
            panic!("expected an error")
        };
        let Err((p1, _)) = parse_record::<Activity>(&format!("\u{feff}{bad}")) else {
            panic!("expected an error")
        };
        assert_eq!((p1.line, p1.col), (p0.line, p0.col + 1));
        let bad2 = "Activity(\n id: 1)";
        let (Err((q0, _)), Err((q1, _))) = (
            parse_record::<Activity>(bad2),
            parse_record::<Activity>(&format!("\u{feff}{bad2}")),
        ) else {
            panic!("expected errors")
        };
        assert_eq!(
            (q1.line, q1.col),
            (q0.line, q0.col),
            "a later line is unmoved"
        );
    }
}
