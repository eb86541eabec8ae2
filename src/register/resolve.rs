//! Which register a command works on, and the file that marks a register's
//! root folder.
//!
//! Every subcommand and the interface take the register from, in order:
//!
//! 1. the command's `PATH` argument, else `--registry`;
//! 2. `$ROPA_REGISTRY`;
//! 3. the register the current folder is in ([`discover`]);
//! 4. `registry` in the user's `config.ron`;
//! 5. the default register in the data directory, created from the
//!    bundled sample the first time it is the one resolved ([`resolve`]).
//!
//! The command line and the interface pass in what they know (the
//! arguments, the config's value, the current folder); nothing here reads
//! the user's configuration.
//!
//! ## The marker
//!
//! `ropa init` writes [`MARKER_FILE`] (`ropa.ron`) at a register's root:
//! `Settings(version: 1)`. Its presence makes discovery unambiguous; it is
//! also the place for settings that apply to the whole register. The loader
//! reads only organisation folders, so the file is never taken for a
//! record.
//!
//! ## Discovery
//!
//! From the current folder upward, the first folder holding `ropa.ron` is
//! the register. Registers without the marker (made by hand, or by an older
//! ropa) are found too: when a folder on the way up holds
//! `organisation.ron`, its parent is the register; else, when the current
//! folder itself holds organisation folders, it is the register.
//!
//! The search stops at the root of the git work tree the current folder is
//! in (the folder holding `.git`): a register is always inside the
//! repository its changes are committed to, so a register above that root
//! would belong to another repository (a folder holding a submodule, say)
//! and is not taken. Outside any git work tree the search goes on to the
//! file system's root, as git's does.

use std::fmt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::load::ORGANISATION_FILE;
use crate::register::visible::printable;

/// The file at a register's root that marks it, and holds its settings.
pub const MARKER_FILE: &str = "ropa.ron";

/// The text `ropa init` writes to [`MARKER_FILE`].
pub const MARKER_TEXT: &str = include_str!("../../templates/init/ropa.ron");

/// The version of [`Settings`] this ropa writes and understands.
pub const SETTINGS_VERSION: u32 = 1;

/// The name of the default register's folder in the data directory.
pub const DEFAULT_REGISTER_DIR: &str = "registry";

/// How the register was found: said beside its path, so the user can tell
/// why ropa works on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The command's `PATH` argument or `--registry`.
    Given,
    /// `$ROPA_REGISTRY`.
    Env,
    /// The register the current folder is in.
    CurrentDir,
    /// `registry` in `config.ron`.
    Config,
    /// The default register in the data directory.
    Default,
}

impl Source {
    /// A few words for messages: `given`, `$ROPA_REGISTRY`, …
    pub fn describe(self) -> &'static str {
        match self {
            Source::Given => "given",
            Source::Env => "$ROPA_REGISTRY",
            Source::CurrentDir => "found from the current directory",
            Source::Config => "config.ron",
            Source::Default => "default register in the data directory",
        }
    }
}

impl Source {
    /// [`Source::describe`] in `lang`.
    pub fn describe_in(self, lang: crate::register::lang::Lang) -> String {
        crate::register::lang::tr(
            lang,
            match self {
                Source::Given => "register-source-given",
                Source::Env => "register-source-env",
                Source::CurrentDir => "register-source-current-dir",
                Source::Config => "register-source-config",
                Source::Default => "register-source-default",
            },
        )
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// Everything the register can be taken from, in the caller's terms.
/// Empty paths count as unset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// The command's `PATH` argument.
    pub path: Option<PathBuf>,
    /// `--registry`.
    pub flag: Option<PathBuf>,
    /// `$ROPA_REGISTRY`.
    pub env: Option<PathBuf>,
    /// The current folder, where discovery starts (`None`: no discovery).
    pub cwd: Option<PathBuf>,
    /// `registry` in `config.ron`, already made absolute by the config
    /// loader.
    pub config: Option<PathBuf>,
    /// The data directory that holds the default register (`None`: no
    /// default, e.g. no home directory).
    pub data_dir: Option<PathBuf>,
}

impl Sources {
    /// The sources of this process: `path`, `flag` and `config` from the
    /// caller; `$ROPA_REGISTRY`, the current folder and the data directory
    /// ([`data_dir`]) from the environment.
    pub fn from_process(path: Option<&Path>, flag: Option<&Path>, config: Option<&Path>) -> Self {
        Sources {
            path: path.map(Path::to_path_buf),
            flag: flag.map(Path::to_path_buf),
            env: std::env::var_os("ROPA_REGISTRY").map(PathBuf::from),
            cwd: std::env::current_dir().ok(),
            config: config.map(Path::to_path_buf),
            data_dir: data_dir(),
        }
    }
}

/// The register a command works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The register folder, as given (a relative `PATH` stays relative, so
    /// file names in messages read as the user typed them), or absolute
    /// when ropa found it.
    pub path: PathBuf,
    /// How it was found.
    pub source: Source,
    /// True when [`resolve`] has just created it (the default register, on
    /// first use).
    pub created: bool,
}

impl Resolved {
    /// The path in full for messages: absolute, with symbolic links
    /// resolved when it exists.
    pub fn absolute(&self) -> PathBuf {
        fs::canonicalize(&self.path)
            .or_else(|_| std::path::absolute(&self.path))
            .unwrap_or_else(|_| self.path.clone())
    }

    /// One line naming the register and how it was found:
    /// `register: /abs/path (found from the current directory)`.
    pub fn line(&self) -> String {
        format!(
            "register: {} ({})",
            printable(&self.absolute().display().to_string()),
            self.source
        )
    }

    /// [`Resolved::line`] in `lang`: `fortegnelse: /sti (fundet fra den
    /// aktuelle mappe)`.
    pub fn line_in(&self, lang: crate::register::lang::Lang) -> String {
        crate::register::lang::tr_args(
            lang,
            "register-line",
            &[
                (
                    "path",
                    printable(&self.absolute().display().to_string()).into(),
                ),
                ("source", self.source.describe_in(lang).into()),
            ],
        )
    }
}

/// Why no register could be resolved.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// Nothing named a register and there is no data directory for the
    /// default one.
    #[error(
        "no register: none given, none found from the current directory, and no home \
         directory to keep the default register in; pass --registry PATH or set $ROPA_REGISTRY"
    )]
    NoDataDirectory,
    /// The default register could not be created.
    #[error("cannot create the default register: {0}")]
    Sample(String),
}

/// The data directory: `$ROPA_DATA_DIR` if set, else the platform's
/// (`~/.local/share/ropa` on Linux); `None` without a home directory.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("ROPA_DATA_DIR") {
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => directories::ProjectDirs::from("", "", "ropa").map(|d| d.data_dir().to_path_buf()),
    }
}

/// Decides which register `sources` name, without touching the disk
/// beyond looking (discovery reads folders; nothing is created).
pub fn locate(sources: &Sources) -> Result<Resolved, ResolveError> {
    let set = |p: &Option<PathBuf>| p.clone().filter(|p| !p.as_os_str().is_empty());
    let found = |path: PathBuf, source: Source| {
        Ok(Resolved {
            path,
            source,
            created: false,
        })
    };
    if let Some(p) = set(&sources.path).or_else(|| set(&sources.flag)) {
        return found(within(p), Source::Given);
    }
    if let Some(p) = set(&sources.env) {
        return found(within(p), Source::Env);
    }
    if let Some(p) = sources.cwd.as_deref().and_then(discover) {
        return found(p, Source::CurrentDir);
    }
    if let Some(p) = set(&sources.config) {
        return found(p, Source::Config);
    }
    match set(&sources.data_dir) {
        Some(d) => found(d.join(DEFAULT_REGISTER_DIR), Source::Default),
        None => Err(ResolveError::NoDataDirectory),
    }
}

/// A folder given as the register: itself when it is a register's root,
/// else the register it lies in (`ropa validate .` from an organisation's
/// activities folder), else itself (to be reported as no register).
fn within(p: PathBuf) -> PathBuf {
    if is_register_root(&p) {
        return p;
    }
    p.canonicalize()
        .ok()
        .and_then(|abs| discover(&abs))
        .unwrap_or(p)
}

/// [`locate`], then, when the default register is what was resolved and
/// it does not exist yet, creates it from the bundled sample (a git
/// repository with one commit). Nothing is created otherwise.
pub fn resolve(sources: &Sources) -> Result<Resolved, ResolveError> {
    let mut r = locate(sources)?;
    if r.source == Source::Default && fs::symlink_metadata(&r.path).is_err() {
        super::sample::install(&r.path).map_err(ResolveError::Sample)?;
        r.created = true;
    }
    Ok(r)
}

/// The register `cwd` is in (see the module documentation): the nearest
/// folder at or above it holding [`MARKER_FILE`]; else the register of the
/// nearest organisation folder at or above it; else `cwd` itself when it
/// holds organisation folders. Stops at the root of the git work tree
/// `cwd` is in.
pub fn discover(cwd: &Path) -> Option<PathBuf> {
    let mut chain: Vec<&Path> = Vec::new();
    for dir in cwd.ancestors() {
        chain.push(dir);
        if is_work_tree_root(dir) {
            break;
        }
    }
    if let Some(root) = chain.iter().find(|d| is_marked(d)) {
        return Some(root.to_path_buf());
    }
    let in_org = chain
        .iter()
        .find(|d| d.join(ORGANISATION_FILE).is_file())
        .and_then(|org| org.parent());
    if let Some(root) = in_org {
        return Some(root.to_path_buf());
    }
    holds_organisations(cwd).then(|| cwd.to_path_buf())
}

/// True when `dir` is a register's root folder: it holds [`MARKER_FILE`]
/// or organisation folders.
pub fn is_register_root(dir: &Path) -> bool {
    is_marked(dir) || holds_organisations(dir)
}

/// True when `dir` holds [`MARKER_FILE`].
pub fn is_marked(dir: &Path) -> bool {
    dir.join(MARKER_FILE).is_file()
}

/// True when `dir` is the root of a git work tree: it holds `.git` (a
/// folder, or a file in a linked work tree or submodule).
fn is_work_tree_root(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(".git")).is_ok()
}

/// True when some folder directly in `dir` holds `organisation.ron`.
fn holds_organisations(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        !e.file_name().to_string_lossy().starts_with('.')
            && e.file_type().is_ok_and(|t| t.is_dir())
            && e.path().join(ORGANISATION_FILE).is_file()
    })
}

/// A register's settings, from [`MARKER_FILE`]:
///
/// ```ron
/// Settings(
///     version: 1,
/// )
/// ```
///
/// Unknown fields are problems, so a misspelt setting is never silently
/// ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Settings", deny_unknown_fields)]
pub struct Settings {
    /// The settings format's version ([`SETTINGS_VERSION`]).
    pub version: u32,
    /// The register's language (`"da"`, `"nb"` or `"en"`) for the command
    /// line's output and the exports, unless `--lang` says otherwise.
    /// Absent in files written before languages existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::register::lang::Lang>,
}

/// Something wrong in a register's [`MARKER_FILE`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsProblem {
    /// The file.
    pub path: PathBuf,
    /// Line, from 1; 0 when the problem has no place in the file.
    pub line: usize,
    /// Column, from 1; 0 with `line` 0.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SettingsProblem {
    /// `path:line:col: message`, or `path: message` without a place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = printable(&self.path.display().to_string());
        let message = printable(&self.message);
        if self.line == 0 {
            write!(f, "{path}: {message}")
        } else {
            write!(f, "{path}:{}:{}: {message}", self.line, self.col)
        }
    }
}

/// Reads the settings of the register at `root`: `None` without a
/// [`MARKER_FILE`], a problem with its place when it does not parse, names
/// an unknown field or a newer version.
pub fn read_settings(root: &Path) -> Result<Option<Settings>, SettingsProblem> {
    let path = root.join(MARKER_FILE);
    let problem = |line, col, message: String| SettingsProblem {
        path: path.clone(),
        line,
        col,
        message,
    };
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(problem(0, 0, format!("cannot read: {e}"))),
    };
    let settings: Settings = ron::Options::default()
        .with_recursion_limit(16)
        // `lang: "da"` as well as `lang: Some("da")`.
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&text)
        .map_err(|e| {
            problem(
                e.span.start.line.max(1),
                e.span.start.col.max(1),
                e.code.to_string(),
            )
        })?;
    if settings.version > SETTINGS_VERSION {
        let at = super::locate::SpanIndex::new(&text).find("version");
        return Err(problem(
            at.line,
            at.col,
            format!(
                "settings version {} is newer than this ropa understands ({SETTINGS_VERSION}); \
                 update ropa",
                settings.version
            ),
        ));
    }
    Ok(Some(settings))
}

/// Writes [`MARKER_TEXT`] to `root`'s [`MARKER_FILE`] unless one is there:
/// `Ok(true)` written, `Ok(false)` left as it was. The file appears whole
/// or not at all (written beside it, then linked into place, which never
/// replaces an existing file).
pub fn write_marker(root: &Path) -> std::io::Result<bool> {
    let path = root.join(MARKER_FILE);
    if fs::symlink_metadata(&path).is_ok() {
        return Ok(false);
    }
    let tmp = root.join(format!(".{MARKER_FILE}.ropa-tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(MARKER_TEXT.as_bytes())?;
        f.sync_all()?;
        match fs::hard_link(&tmp, &path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(e),
        }
    })();
    let _ = fs::remove_file(&tmp);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mkdir(p: &Path) {
        fs::create_dir_all(p).expect("mkdir");
    }

    fn touch(p: &Path, text: &str) {
        mkdir(p.parent().expect("parent"));
        fs::write(p, text).expect("write");
    }

    /// A register without a marker: `<root>/acme/organisation.ron` and an
    /// activities folder.
    fn bare_register(root: &Path) {
        touch(&root.join("acme/organisation.ron"), "Organisation()");
        mkdir(&root.join("acme/activities"));
    }

    fn real(p: &Path) -> PathBuf {
        fs::canonicalize(p).expect("canonicalize")
    }

    #[test]
    fn the_marker_is_found_from_any_folder_below_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = real(dir.path()).join("reg");
        bare_register(&root);
        touch(&root.join(MARKER_FILE), MARKER_TEXT);
        mkdir(&root.join("docs/deep/er"));
        for cwd in ["", "acme", "acme/activities", "docs/deep/er"] {
            assert_eq!(
                discover(&root.join(cwd)).as_deref(),
                Some(root.as_path()),
                "{cwd}"
            );
        }
    }

    #[test]
    fn the_nearest_marker_wins() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outer = real(dir.path());
        touch(&outer.join(MARKER_FILE), MARKER_TEXT);
        let inner = outer.join("archive/2019");
        bare_register(&inner);
        touch(&inner.join(MARKER_FILE), MARKER_TEXT);
        assert_eq!(
            discover(&inner.join("acme/activities")).as_deref(),
            Some(inner.as_path())
        );
        assert_eq!(
            discover(&outer.join("archive")).as_deref(),
            Some(outer.as_path())
        );
    }

    #[test]
    fn without_a_marker_an_organisation_folder_names_its_register() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = real(dir.path()).join("old");
        bare_register(&root);
        assert_eq!(
            discover(&root.join("acme/activities")).as_deref(),
            Some(root.as_path())
        );
        assert_eq!(
            discover(&root.join("acme")).as_deref(),
            Some(root.as_path())
        );
        // The register folder itself holds organisation folders.
        assert_eq!(discover(&root).as_deref(), Some(root.as_path()));
    }

    #[test]
    fn a_folder_beside_the_organisations_of_an_unmarked_register_is_not_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = real(dir.path()).join("old");
        bare_register(&root);
        mkdir(&root.join("docs"));
        assert_eq!(discover(&root.join("docs")), None);
        // Nor is the folder above the register.
        assert_eq!(discover(&real(dir.path())), None);
    }

    #[test]
    fn a_register_in_a_subfolder_is_not_found_from_the_repository_root() {
        // Like ropa's own repository: the root is not a register,
        // `registry/` is.
        let dir = tempfile::tempdir().expect("tempdir");
        let repo = real(dir.path());
        mkdir(&repo.join(".git"));
        let reg = repo.join("registry");
        bare_register(&reg);
        touch(&reg.join(MARKER_FILE), MARKER_TEXT);
        mkdir(&repo.join("src"));
        assert_eq!(discover(&repo), None);
        assert_eq!(discover(&repo.join("src")), None);
        assert_eq!(
            discover(&reg.join("acme/activities")).as_deref(),
            Some(reg.as_path())
        );
    }

    #[test]
    fn the_search_stops_at_the_work_tree_root() {
        let dir = tempfile::tempdir().expect("tempdir");
        let outer = real(dir.path());
        touch(&outer.join(MARKER_FILE), MARKER_TEXT);
        bare_register(&outer);
        // A repository inside the register's folder (a `.git` file, as in
        // a linked work tree or submodule, counts too).
        let inner = outer.join("tools");
        touch(&inner.join(".git"), "gitdir: ../.git/modules/tools\n");
        mkdir(&inner.join("src"));
        assert_eq!(discover(&inner.join("src")), None);
        assert_eq!(discover(&inner), None);
        // Without the `.git`, the register above is found.
        fs::remove_file(inner.join(".git")).expect("rm");
        assert_eq!(
            discover(&inner.join("src")).as_deref(),
            Some(outer.as_path())
        );
    }

    #[test]
    fn a_marker_at_the_work_tree_root_is_found() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = real(dir.path());
        mkdir(&root.join(".git"));
        touch(&root.join(MARKER_FILE), MARKER_TEXT);
        bare_register(&root);
        assert_eq!(
            discover(&root.join("acme/activities")).as_deref(),
            Some(root.as_path())
        );
    }

    fn sources(dir: &Path) -> Sources {
        Sources {
            path: Some("p".into()),
            flag: Some("f".into()),
            env: Some("e".into()),
            cwd: Some(dir.to_path_buf()),
            config: Some("c".into()),
            data_dir: Some(dir.join("data")),
        }
    }

    #[test]
    fn precedence_path_flag_env_cwd_config_default() {
        let dir = tempfile::tempdir().expect("tempdir");
        let here = real(dir.path());
        touch(&here.join(MARKER_FILE), MARKER_TEXT);
        let mut s = sources(&here);
        let got = |s: &Sources| {
            let r = locate(s).expect("locate");
            (r.path, r.source)
        };
        assert_eq!(got(&s), ("p".into(), Source::Given));
        s.path = None;
        assert_eq!(got(&s), ("f".into(), Source::Given));
        s.flag = Some(PathBuf::new());
        assert_eq!(got(&s), ("e".into(), Source::Env), "empty counts as unset");
        s.flag = None;
        s.env = None;
        assert_eq!(got(&s), (here.clone(), Source::CurrentDir));
        s.cwd = None;
        assert_eq!(got(&s), ("c".into(), Source::Config));
        s.config = None;
        assert_eq!(got(&s), (here.join("data/registry"), Source::Default));
        s.data_dir = None;
        assert!(matches!(locate(&s), Err(ResolveError::NoDataDirectory)));
    }

    #[test]
    fn the_sample_is_created_only_when_the_default_is_resolved() {
        let dir = tempfile::tempdir().expect("tempdir");
        let here = real(dir.path());
        let reg = here.join("mine");
        bare_register(&reg);
        let data = here.join("data");
        let mut s = Sources {
            cwd: Some(reg.join("acme/activities")),
            data_dir: Some(data.clone()),
            ..Sources::default()
        };
        let r = resolve(&s).expect("resolve");
        assert_eq!(
            (r.path.as_path(), r.source),
            (reg.as_path(), Source::CurrentDir)
        );
        assert!(!r.created);
        assert!(!data.exists(), "nothing is created in the data directory");
        s.cwd = Some(here.clone());
        let r = resolve(&s).expect("resolve");
        assert_eq!(r.source, Source::Default);
        assert!(r.created);
        assert!(data.join("registry/da/organisation.ron").is_file());
        assert!(data.join("registry").join(MARKER_FILE).is_file());
        let again = resolve(&s).expect("resolve");
        assert!(!again.created, "created once");
    }

    #[test]
    fn the_line_names_the_absolute_path_and_the_source() {
        let dir = tempfile::tempdir().expect("tempdir");
        let here = real(dir.path());
        let r = Resolved {
            path: here.join("x/../reg\u{1b}"),
            source: Source::CurrentDir,
            created: false,
        };
        let line = r.line();
        assert!(line.starts_with("register: /"), "{line}");
        assert!(
            line.ends_with("reg\\u{1b} (found from the current directory)"),
            "{line}"
        );
        mkdir(&here.join("reg"));
        let r = Resolved {
            path: here.join("x/../reg"),
            source: Source::Given,
            created: false,
        };
        mkdir(&here.join("x"));
        assert_eq!(
            r.line(),
            format!("register: {} (given)", here.join("reg").display())
        );
    }

    #[test]
    fn settings_parse_and_report_their_place() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        assert_eq!(read_settings(root), Ok(None));
        touch(&root.join(MARKER_FILE), MARKER_TEXT);
        assert_eq!(
            read_settings(root),
            Ok(Some(Settings {
                version: SETTINGS_VERSION,
                lang: None,
            }))
        );
        touch(
            &root.join(MARKER_FILE),
            "Settings(\n    version: 1,\n    colour: \"blue\",\n)\n",
        );
        let p = read_settings(root).expect_err("unknown field");
        assert_eq!((p.line, p.col), (3, 5), "{p}");
        assert!(p.to_string().contains("ropa.ron:3:5: "), "{p}");
        assert!(p.message.contains("colour"), "{p}");
        touch(&root.join(MARKER_FILE), "Settings(\n    version: 7,\n)\n");
        let p = read_settings(root).expect_err("newer");
        assert_eq!((p.line, p.col), (2, 14), "{p}");
        assert!(p.message.contains("newer"), "{p}");
    }

    #[test]
    fn write_marker_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        assert!(write_marker(root).expect("write"));
        assert_eq!(
            fs::read_to_string(root.join(MARKER_FILE)).expect("read"),
            MARKER_TEXT
        );
        touch(&root.join(MARKER_FILE), "Settings(version: 1) // mine\n");
        assert!(!write_marker(root).expect("write"));
        assert_eq!(
            fs::read_to_string(root.join(MARKER_FILE)).expect("read"),
            "Settings(version: 1) // mine\n"
        );
        let names: Vec<_> = fs::read_dir(root)
            .expect("ls")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    }

    #[test]
    fn the_bundled_sample_carries_the_marker() {
        let sample = super::super::sample::FILES
            .iter()
            .find(|(p, _)| *p == MARKER_FILE)
            .map(|(_, t)| *t);
        assert_eq!(sample, Some(MARKER_TEXT));
    }
}
