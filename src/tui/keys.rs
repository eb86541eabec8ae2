//! Key bindings: the defaults (arrows and vim keys), patched by the user's
//! `<config dir>/key_bindings.ron`.
//!
//! The file maps action names to lists of keys; only the actions it lists
//! are replaced, the others keep their default keys (minus keys the file
//! gives to another action):
//!
//! ```ron
//! {
//!     "quit": ["q", "ctrl-q"],
//!     "down": ["j", "down", "ctrl-n"],
//!     "search": ["/", "ctrl-f"],
//! }
//! ```
//!
//! A key is a character (`"q"`, `"G"`, `"/"`), a name (`"enter"`, `"esc"`,
//! `"tab"`, `"backtab"`, `"space"`, `"backspace"`, `"delete"`, `"insert"`,
//! `"up"`, `"down"`, `"left"`, `"right"`, `"home"`, `"end"`, `"pageup"`,
//! `"pagedown"`, `"f1"`…`"f24"`), optionally after modifiers: `"ctrl-s"`,
//! `"alt-x"`, `"shift-tab"`, `"ctrl-alt-del"`. Ctrl-C always quits.

use std::fmt;
use std::path::Path;
use std::sync::LazyLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde::Deserialize;

use super::app::Action;
pub use super::form::hints::Hint;
use crate::config::ConfigProblem;
use crate::register::lang::{Lang, tr};

/// The name of the key-binding file in the config directory.
pub const KEY_BINDINGS_FILE: &str = "key_bindings.ron";

/// Where a key can apply: each screen and overlay of the interface is one
/// context, and every action of the key table lists the contexts it works
/// in. The key bar and the help of a screen are built from this, and a key
/// pressed where its action does not apply says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// The list of organisations.
    Organisations,
    /// The activities of one organisation (with its preview on a wide
    /// terminal).
    Activities,
    /// One activity in full.
    Detail,
    /// The validator's findings.
    Problems,
    /// The commits that touched one activity.
    History,
    /// The search screen (typing edits the query).
    Search,
    /// The help overlay.
    Help,
    /// A question (delete, uncommitted changes, a file that does not parse).
    Confirm,
    /// The form editing a record.
    Form,
}

impl Context {
    /// Every context, in the order the help names them.
    pub const ALL: [Context; 9] = [
        Context::Organisations,
        Context::Activities,
        Context::Detail,
        Context::Problems,
        Context::History,
        Context::Search,
        Context::Help,
        Context::Confirm,
        Context::Form,
    ];

    /// The context's name in tests and catalogue keys (`tui-context-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Context::Organisations => "organisations",
            Context::Activities => "activities",
            Context::Detail => "detail",
            Context::Problems => "problems",
            Context::History => "history",
            Context::Search => "search",
            Context::Help => "help",
            Context::Confirm => "confirm",
            Context::Form => "form",
        }
    }
}

use Context as C;

/// The browsing screens, where the global keys (search, problems, sync,
/// help, quit …) work.
const BROWSE: &[Context] = &[
    C::Organisations,
    C::Activities,
    C::Detail,
    C::Problems,
    C::History,
];
/// Screens that move a selection or scroll.
const MOVE: &[Context] = &[
    C::Organisations,
    C::Activities,
    C::Detail,
    C::Problems,
    C::History,
    C::Search,
];
/// Screens that show one selected activity.
const ACTIVITY: &[Context] = &[C::Activities, C::Detail];
/// Screens with a selected record that has a form or a file.
const RECORD: &[Context] = &[C::Organisations, C::Activities, C::Detail];

/// One action of the key table.
struct Entry {
    /// The action.
    action: Action,
    /// Its name in `key_bindings.ron` (and `tui-action-<name>`,
    /// `tui-bar-<name>` in the catalogues).
    name: &'static str,
    /// What it does, in English (when a catalogue lacks it).
    what: &'static str,
    /// Its default keys.
    keys: &'static [&'static str],
    /// Where it applies.
    contexts: &'static [Context],
    /// Its place in the key bar, most important first (0: help only).
    bar: u8,
}

const fn entry(
    action: Action,
    name: &'static str,
    what: &'static str,
    keys: &'static [&'static str],
    contexts: &'static [Context],
    bar: u8,
) -> Entry {
    Entry {
        action,
        name,
        what,
        keys,
        contexts,
        bar,
    }
}

/// Every action: its name in `key_bindings.ron`, what it does (for the
/// help overlay), its default keys, where it applies and its place in the
/// key bar, in the order the help lists them.
const ACTIONS: &[Entry] = &[
    entry(Action::Up, "up", "move up", &["up", "k"], MOVE, 0),
    entry(Action::Down, "down", "move down", &["down", "j"], MOVE, 0),
    entry(Action::PageUp, "page_up", "page up", &["pageup"], MOVE, 0),
    entry(
        Action::PageDown,
        "page_down",
        "page down",
        &["pagedown"],
        MOVE,
        0,
    ),
    entry(
        Action::Top,
        "top",
        "first",
        &["g", "home"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Problems,
            C::History,
        ],
        0,
    ),
    entry(
        Action::Bottom,
        "bottom",
        "last",
        &["G", "end"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Problems,
            C::History,
        ],
        0,
    ),
    entry(
        Action::Open,
        "open",
        "open",
        &["enter", "l", "right"],
        &[C::Organisations, C::Activities, C::Problems, C::Search],
        1,
    ),
    entry(
        Action::Back,
        "back",
        "back",
        &["esc", "h", "left"],
        &[C::Activities, C::Detail, C::Problems, C::History, C::Search],
        2,
    ),
    entry(
        Action::Search,
        "search",
        "search (org: status: has: transfer:)",
        &["/"],
        BROWSE,
        4,
    ),
    entry(
        Action::NextPane,
        "next_pane",
        "list / preview (wide terminals)",
        &["tab"],
        // In the history, the next pane is the other view of the changes
        // (shown with the raw key, see `KeyMap::shown_keys`).
        &[C::Activities, C::History],
        12,
    ),
    entry(
        Action::Raw,
        "raw",
        "changes / raw diff",
        &["r"],
        &[C::History],
        3,
    ),
    entry(
        Action::Problems,
        "problems",
        "problems (validator findings)",
        &["p"],
        &[C::Organisations, C::Activities, C::Detail, C::History],
        5,
    ),
    entry(
        Action::Edit,
        "edit",
        "edit the selected record",
        &["e"],
        RECORD,
        3,
    ),
    entry(Action::New, "new", "new activity", &["n"], RECORD, 7),
    entry(
        Action::Copy,
        "copy",
        "copy activity under a new id",
        &["c"],
        ACTIVITY,
        10,
    ),
    entry(
        Action::NewOrganisation,
        "new_organisation",
        "new organisation",
        &["N"],
        &[C::Organisations],
        8,
    ),
    entry(
        Action::ExternalEditor,
        "external_editor",
        "open its file in $EDITOR",
        &["E"],
        RECORD,
        13,
    ),
    entry(
        Action::Retire,
        "retire",
        "retire activity",
        &["R"],
        ACTIVITY,
        11,
    ),
    entry(
        Action::Delete,
        "delete",
        "delete activity",
        &["D"],
        ACTIVITY,
        14,
    ),
    entry(
        Action::History,
        "history",
        "history of the activity",
        &["H"],
        ACTIVITY,
        9,
    ),
    entry(
        Action::Undo,
        "undo",
        "undo this session's last save",
        &["u"],
        BROWSE,
        15,
    ),
    entry(
        Action::Sync,
        "sync",
        "sync with the team's remote",
        &["S"],
        BROWSE,
        16,
    ),
    entry(
        Action::Reload,
        "reload",
        "reload the register from disk",
        &["ctrl-r"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Problems,
            C::History,
            C::Search,
        ],
        17,
    ),
    entry(
        Action::Help,
        "help",
        "this help",
        &["?", "f1"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Problems,
            C::History,
            C::Search,
            C::Help,
            C::Form,
        ],
        0,
    ),
    entry(Action::Quit, "quit", "quit", &["q"], BROWSE, 6),
];

/// The key that always quits.
const CTRL_C: Key = Key {
    code: KeyCode::Char('c'),
    modifiers: KeyModifiers::CONTROL,
};

/// One key with its modifiers, normalised so that a key press and a key
/// written in the bindings file compare equal: Shift is dropped from
/// characters (the character is already upper case) and Shift-Tab is
/// `BackTab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt and Shift (other modifiers are ignored).
    pub modifiers: KeyModifiers,
}

impl Key {
    /// A key, normalised.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let mut modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            c => c,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Key { code, modifiers }
    }

    /// Ctrl-C, which always quits (a form asks first).
    pub fn ctrl_c() -> Key {
        CTRL_C
    }

    /// A character without Ctrl or Alt: in a query or a field it types.
    pub fn is_typing(&self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }

    /// The key of a key press.
    pub fn from_event(e: KeyEvent) -> Key {
        Key::new(e.code, e.modifiers)
    }

    /// Parses a key as written in `key_bindings.ron` (see the module
    /// documentation). The error says what is wrong.
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut rest = s;
        let mut modifiers = KeyModifiers::NONE;
        while let Some(i) = rest.find(['-', '+']) {
            let (head, tail) = (&rest[..i], &rest[i + 1..]);
            if tail.is_empty() {
                break;
            }
            let m = match head.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => KeyModifiers::CONTROL,
                "alt" | "meta" | "option" => KeyModifiers::ALT,
                "shift" => KeyModifiers::SHIFT,
                _ => break,
            };
            modifiers |= m;
            rest = tail;
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (None, _) => return Err(format!("`{s}`: no key after the modifiers")),
            (Some(c), None) => {
                if modifiers.contains(KeyModifiers::SHIFT) {
                    if !c.is_alphabetic() {
                        return Err(format!(
                            "`{s}`: write the shifted character itself instead of shift-{c}"
                        ));
                    }
                    let mut upper = c.to_uppercase();
                    match (upper.next(), upper.next()) {
                        (Some(u), None) => KeyCode::Char(u),
                        _ => KeyCode::Char(c),
                    }
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => named(rest).ok_or_else(|| {
                format!(
                    "`{s}` is not a key; use a character, a name (enter, esc, tab, backtab, space, \
                     backspace, delete, insert, up, down, left, right, home, end, pageup, pagedown, \
                     f1-f24), with ctrl-, alt- or shift- before it"
                )
            })?,
        };
        Ok(Key::new(code, modifiers))
    }
}

/// A named key (`enter`, `pagedown`, `f5`), case and `-`/`_` ignored.
fn named(name: &str) -> Option<KeyCode> {
    let n: String = name
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    Some(match n.as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "backspace" | "bs" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdown" | "pgdn" => KeyCode::PageDown,
        _ => {
            let f: u8 = n.strip_prefix('f')?.parse().ok()?;
            if !(1..=24).contains(&f) {
                return None;
            }
            KeyCode::F(f)
        }
    })
}

impl fmt::Display for Key {
    /// The key as the help overlay shows it: `k`, `Ctrl-S`, `PgDn`, `↑`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (m, name) in [
            (KeyModifiers::CONTROL, "Ctrl-"),
            (KeyModifiers::ALT, "Alt-"),
            (KeyModifiers::SHIFT, "Shift-"),
        ] {
            if self.modifiers.contains(m) {
                f.write_str(name)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// The key bindings: for every action, the keys that trigger it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyMap {
    bindings: Vec<(Action, Vec<Key>)>,
}

impl Default for KeyMap {
    /// The default bindings: arrows and vim keys, `/` search, Tab next
    /// pane, `p` problems, `?` help, `q` quit.
    fn default() -> Self {
        KeyMap {
            bindings: ACTIONS
                .iter()
                .map(|e| {
                    (
                        e.action,
                        e.keys.iter().filter_map(|k| Key::parse(k).ok()).collect(),
                    )
                })
                .collect(),
        }
    }
}

impl KeyMap {
    /// The action for a key press, if any. Key releases do nothing; Ctrl-C
    /// always quits, whatever the bindings say.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let k = Key::from_event(key);
        if k == CTRL_C {
            return Some(Action::Quit);
        }
        self.bindings
            .iter()
            .find(|(_, keys)| keys.contains(&k))
            .map(|(a, _)| *a)
    }

    /// The keys bound to `action`.
    pub fn keys(&self, action: Action) -> &[Key] {
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[][..], |(_, k)| &k[..])
    }

    /// What `action` does, in `lang` (as the help says it).
    pub fn describe(action: Action, lang: Lang) -> String {
        ACTIONS
            .iter()
            .find(|e| e.action == action)
            .map_or_else(String::new, |e| said(lang, "tui-action-", e.name, e.what))
    }

    /// Whether `action` does anything in `context` (see [`Context`]).
    pub fn applies(action: Action, context: Context) -> bool {
        ACTIONS
            .iter()
            .any(|e| e.action == action && e.contexts.contains(&context))
    }

    /// The keys of `action` that work in `context`: where typing goes into
    /// a query or a field (search, form), plain characters type and only
    /// the other keys are the action's.
    pub fn keys_in(&self, action: Action, context: Context) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .keys(action)
            .iter()
            .copied()
            .filter(|k| !(types(context) && k.is_typing()))
            .collect();
        if action == Action::Quit && !keys.contains(&CTRL_C) {
            keys.push(CTRL_C);
        }
        keys
    }

    /// The keys the help and the key bar show for `action` in `context`:
    /// in the history the next-pane key switches the view as the raw key
    /// does, so it is shown with it rather than as "list / preview".
    fn shown_keys(&self, action: Action, context: Context) -> Vec<Key> {
        match (action, context) {
            (Action::NextPane, Context::History) => Vec::new(),
            (Action::Raw, Context::History) => {
                let mut keys = self.keys_in(Action::Raw, context);
                keys.extend(self.keys_in(Action::NextPane, context));
                keys
            }
            _ => self.keys_in(action, context),
        }
    }

    /// The action of a key press in `context`, if the key is bound and its
    /// action applies there; keys that type in `context` have none.
    pub fn action_in(&self, key: KeyEvent, context: Context) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let k = Key::from_event(key);
        if k == CTRL_C {
            return Some(Action::Quit);
        }
        if types(context) && k.is_typing() {
            return None;
        }
        self.bindings
            .iter()
            .find(|(a, keys)| keys.contains(&k) && KeyMap::applies(*a, context))
            .map(|(a, _)| *a)
    }

    /// The help of `context` in `lang`: every action that applies there,
    /// with all its keys (space separated), in the table's order.
    pub fn help_for(&self, context: Context, lang: Lang) -> Vec<(String, String)> {
        ACTIONS
            .iter()
            .filter(|e| e.contexts.contains(&context))
            .filter_map(|e| {
                let keys = self.shown_keys(e.action, context);
                if keys.is_empty() {
                    return None;
                }
                let shown: Vec<String> = keys.iter().map(Key::to_string).collect();
                Some((shown.join(" "), said(lang, "tui-action-", e.name, e.what)))
            })
            .collect()
    }

    /// The key bar of `context` in `lang`, most important first: the
    /// first key of each action with a place in the bar, in a short word.
    /// Moving (↑↓) comes first where it applies.
    pub fn bar(&self, context: Context, lang: Lang) -> Vec<Hint> {
        let mut ranked: Vec<(u8, Hint)> = Vec::new();
        let first = |a: Action| self.keys_in(a, context).first().map(Key::to_string);
        if KeyMap::applies(Action::Up, context)
            && let (Some(up), Some(down)) = (first(Action::Up), first(Action::Down))
        {
            ranked.push((
                0,
                Hint {
                    keys: format!("{up}{down}"),
                    what: tr(lang, "tui-bar-move"),
                },
            ));
        }
        for e in ACTIONS.iter().filter(|e| e.bar > 0) {
            if !e.contexts.contains(&context) {
                continue;
            }
            let Some(key) = self
                .shown_keys(e.action, context)
                .first()
                .map(Key::to_string)
            else {
                continue;
            };
            ranked.push((
                e.bar,
                Hint {
                    keys: key,
                    what: said(lang, "tui-bar-", e.name, e.name),
                },
            ));
        }
        ranked.sort_by_key(|(rank, _)| *rank);
        ranked.into_iter().map(|(_, h)| h).collect()
    }

    /// The first key of `action` as shown to the user (`"?"`), for hints
    /// such as the status line's; empty when the action has no key.
    pub fn label(&self, action: Action) -> String {
        match self.keys(action).first() {
            Some(k) => k.to_string(),
            None if action == Action::Quit => CTRL_C.to_string(),
            None => String::new(),
        }
    }

    /// The bindings for the help overlay: the keys of each action (space
    /// separated) and what it does, in a fixed order. Actions without keys
    /// are left out; quit always lists Ctrl-C.
    pub fn help(&self) -> Vec<(String, &'static str)> {
        self.bound()
            .into_iter()
            .map(|(keys, _, what)| (keys, what))
            .collect()
    }

    /// [`KeyMap::help`] in `lang`: what each action does in words of the
    /// catalogue (`tui-action-<name>`); key names stay as they are.
    pub fn help_in(&self, lang: crate::register::lang::Lang) -> Vec<(String, String)> {
        self.bound()
            .into_iter()
            .map(|(keys, name, what)| {
                let key = format!("tui-action-{}", name.replace('_', "-"));
                let said = crate::register::lang::tr(lang, &key);
                (keys, if said == key { what.to_string() } else { said })
            })
            .collect()
    }

    /// Each bound action's keys, name and English description.
    fn bound(&self) -> Vec<(String, &'static str, &'static str)> {
        ACTIONS
            .iter()
            .filter_map(
                |Entry {
                     action, name, what, ..
                 }| {
                    let mut keys: Vec<Key> = self.keys(*action).to_vec();
                    if *action == Action::Quit && !keys.contains(&CTRL_C) {
                        keys.push(CTRL_C);
                    }
                    if keys.is_empty() {
                        return None;
                    }
                    let shown: Vec<String> = keys.iter().map(Key::to_string).collect();
                    Some((shown.join(" "), *name, *what))
                },
            )
            .collect()
    }

    /// The name of every action, as `key_bindings.ron` spells it.
    pub fn action_names() -> Vec<&'static str> {
        ACTIONS.iter().map(|e| e.name).collect()
    }

    /// Reads `<config_dir>/key_bindings.ron` over the defaults. A missing
    /// file is the defaults; a file that does not parse is the defaults and
    /// a problem; an unknown action or a key that does not parse is a
    /// problem at its line and column, and the rest of the file still
    /// applies.
    pub fn load(config_dir: &Path) -> (KeyMap, Vec<ConfigProblem>) {
        let path = config_dir.join(KEY_BINDINGS_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => KeyMap::from_ron(&text, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (KeyMap::default(), vec![]),
            Err(e) => (
                KeyMap::default(),
                vec![ConfigProblem::new(&path, format!("cannot read: {e}"))],
            ),
        }
    }

    /// Patches the defaults with the bindings in `text`, the contents of
    /// the file at `path` (used in problems).
    pub fn from_ron(text: &str, path: &Path) -> (KeyMap, Vec<ConfigProblem>) {
        let entries = match ron::from_str::<Entries>(text) {
            Ok(e) => e.0,
            Err(e) => return (KeyMap::default(), vec![ConfigProblem::from_ron(path, &e)]),
        };
        let places = string_places(text);
        let expected: usize = entries.iter().map(|(_, keys)| 1 + keys.len()).sum();
        let place = |i: usize| {
            if places.len() == expected {
                places.get(i).copied().unwrap_or((0, 0))
            } else {
                (0, 0)
            }
        };
        let mut problems = Vec::new();
        let mut problem = |i: usize, message: String| {
            let (line, col) = place(i);
            problems.push(ConfigProblem::at(path, line, col, message));
        };
        // The actions the file lists, with their keys and the literal index
        // of each key (for conflicts).
        let mut listed: Vec<(Action, Vec<(Key, usize)>)> = Vec::new();
        let mut i = 0;
        for (name, keys) in &entries {
            let name_at = i;
            i += 1 + keys.len();
            let normal = name.to_ascii_lowercase().replace('-', "_");
            let Some(Entry { action, .. }) = ACTIONS.iter().find(|e| e.name == normal) else {
                problem(
                    name_at,
                    format!(
                        "unknown action `{name}`; actions: {}",
                        KeyMap::action_names().join(", ")
                    ),
                );
                continue;
            };
            let mut parsed = Vec::new();
            for (j, k) in keys.iter().enumerate() {
                let at = name_at + 1 + j;
                match Key::parse(k) {
                    Ok(key) if key == CTRL_C && *action != Action::Quit => {
                        problem(at, format!("Ctrl-C always quits; it cannot be `{name}`"))
                    }
                    Ok(key) => {
                        if !parsed.iter().any(|(p, _)| *p == key) {
                            parsed.push((key, at));
                        }
                    }
                    Err(m) => problem(at, m),
                }
            }
            if parsed.is_empty() && !keys.is_empty() {
                // Every key was wrong: keep the defaults rather than leave
                // the action without a key.
                continue;
            }
            listed.retain(|(a, _)| a != action);
            listed.push((*action, parsed));
        }
        // A key listed for two actions goes to the first.
        for n in 1..listed.len() {
            let (before, after) = listed.split_at_mut(n);
            let (action, keys) = &mut after[0];
            keys.retain(|(k, at)| {
                match before.iter().find(|(_, ks)| ks.iter().any(|(b, _)| b == k)) {
                    Some((other, _)) => {
                        problem(
                            *at,
                            format!(
                                "`{k}` is bound to both `{}` and `{}`; it stays with `{}`",
                                name_of(*other),
                                name_of(*action),
                                name_of(*other)
                            ),
                        );
                        false
                    }
                    None => true,
                }
            });
        }
        let mut map = KeyMap::default();
        let taken: Vec<Key> = listed
            .iter()
            .flat_map(|(_, ks)| ks.iter().map(|(k, _)| *k))
            .collect();
        for (action, keys) in &mut map.bindings {
            match listed.iter().find(|(a, _)| a == action) {
                Some((_, ks)) => *keys = ks.iter().map(|(k, _)| *k).collect(),
                None => keys.retain(|k| !taken.contains(k)),
            }
        }
        (map, problems)
    }
}

/// Whether plain characters type in `context` (a query, a field).
fn types(context: Context) -> bool {
    matches!(context, Context::Search | Context::Form)
}

/// The catalogue's `<prefix><name>` in `lang` (`_` as `-`), or `english`
/// when the catalogue lacks it.
fn said(lang: Lang, prefix: &str, name: &str, english: &str) -> String {
    let key = format!("{prefix}{}", name.replace('_', "-"));
    let said = tr(lang, &key);
    if said == key {
        english.to_string()
    } else {
        said
    }
}

/// The name of an action in `key_bindings.ron`.
fn name_of(action: Action) -> &'static str {
    ACTIONS
        .iter()
        .find(|e| e.action == action)
        .map_or("?", |e| e.name)
}

/// The action for a key press with the default bindings. The interface
/// uses [`KeyMap::action`] with the user's bindings.
pub fn action(key: KeyEvent) -> Option<Action> {
    static DEFAULT: LazyLock<KeyMap> = LazyLock::new(KeyMap::default);
    DEFAULT.action(key)
}

/// The entries of `key_bindings.ron` in file order.
struct Entries(Vec<(String, Vec<String>)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a map from action to keys, e.g. { "quit": ["q"] }"#)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut m: A,
            ) -> Result<Entries, A::Error> {
                let mut v = Vec::new();
                while let Some(e) = m.next_entry::<String, Vec<String>>()? {
                    v.push(e);
                }
                Ok(Entries(v))
            }
        }
        d.deserialize_map(Visit)
    }
}

/// The line and column (from 1) of every string literal in RON text, in
/// order, skipping comments. Used to place problems found after parsing.
fn string_places(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut line, mut col) = (1, 1);
    let mut i = 0;
    // Advances over chars[i], keeping line and column.
    let step = |i: &mut usize, line: &mut usize, col: &mut usize| {
        if chars.get(*i) == Some(&'\n') {
            *line += 1;
            *col = 1;
        } else {
            *col += 1;
        }
        *i += 1;
    };
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    step(&mut i, &mut line, &mut col);
                }
            }
            ('/', Some('*')) => {
                let mut depth = 0usize;
                loop {
                    match (chars.get(i), chars.get(i + 1)) {
                        (None, _) => break,
                        (Some('/'), Some('*')) => {
                            depth += 1;
                            step(&mut i, &mut line, &mut col);
                        }
                        (Some('*'), Some('/')) => {
                            depth = depth.saturating_sub(1);
                            step(&mut i, &mut line, &mut col);
                            if depth == 0 {
                                step(&mut i, &mut line, &mut col);
                                break;
                            }
                        }
                        _ => {}
                    }
                    step(&mut i, &mut line, &mut col);
                }
            }
            ('"', _) => {
                out.push((line, col));
                step(&mut i, &mut line, &mut col);
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        step(&mut i, &mut line, &mut col);
                    }
                    step(&mut i, &mut line, &mut col);
                }
                step(&mut i, &mut line, &mut col);
            }
            ('r', Some('"' | '#')) if i == 0 || !chars[i - 1].is_alphanumeric() => {
                out.push((line, col));
                step(&mut i, &mut line, &mut col);
                let mut hashes = 0;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    step(&mut i, &mut line, &mut col);
                }
                step(&mut i, &mut line, &mut col); // the opening quote
                while i < chars.len() {
                    if chars[i] == '"' && (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) {
                        for _ in 0..=hashes {
                            step(&mut i, &mut line, &mut col);
                        }
                        break;
                    }
                    step(&mut i, &mut line, &mut col);
                }
            }
            _ => step(&mut i, &mut line, &mut col),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> Key {
        Key::new(code, m)
    }

    #[test]
    fn parses_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            Key::parse("ctrl-s"),
            Ok(key(KeyCode::Char('s'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            Key::parse("Ctrl+S"),
            Ok(key(KeyCode::Char('S'), KeyModifiers::CONTROL))
        );
        assert_eq!(Key::parse("shift-tab"), Ok(key(KeyCode::BackTab, none)));
        assert_eq!(Key::parse("backtab"), Ok(key(KeyCode::BackTab, none)));
        assert_eq!(Key::parse("pagedown"), Ok(key(KeyCode::PageDown, none)));
        assert_eq!(Key::parse("PgDn"), Ok(key(KeyCode::PageDown, none)));
        assert_eq!(Key::parse("page-up"), Ok(key(KeyCode::PageUp, none)));
        assert_eq!(Key::parse("enter"), Ok(key(KeyCode::Enter, none)));
        assert_eq!(Key::parse("esc"), Ok(key(KeyCode::Esc, none)));
        assert_eq!(Key::parse("Escape"), Ok(key(KeyCode::Esc, none)));
        assert_eq!(Key::parse("q"), Ok(key(KeyCode::Char('q'), none)));
        assert_eq!(Key::parse("G"), Ok(key(KeyCode::Char('G'), none)));
        assert_eq!(Key::parse("shift-g"), Ok(key(KeyCode::Char('G'), none)));
        assert_eq!(Key::parse("/"), Ok(key(KeyCode::Char('/'), none)));
        assert_eq!(Key::parse("-"), Ok(key(KeyCode::Char('-'), none)));
        assert_eq!(
            Key::parse("ctrl--"),
            Ok(key(KeyCode::Char('-'), KeyModifiers::CONTROL))
        );
        assert_eq!(Key::parse("space"), Ok(key(KeyCode::Char(' '), none)));
        assert_eq!(Key::parse("f5"), Ok(key(KeyCode::F(5), none)));
        assert_eq!(Key::parse("F12"), Ok(key(KeyCode::F(12), none)));
        assert_eq!(
            Key::parse("alt-shift-up"),
            Ok(key(KeyCode::Up, KeyModifiers::ALT | KeyModifiers::SHIFT))
        );
        for bad in ["", "ctrl-", "f0", "f25", "enterr", "hyper-x", "shift-1"] {
            assert!(Key::parse(bad).is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn events_match_parsed_keys() {
        // Terminals report `G` with Shift, Shift-Tab as BackTab with Shift.
        let g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(g), Key::parse("G").expect("G"));
        let bt = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            Key::from_event(bt),
            Key::parse("shift-tab").expect("shift-tab")
        );
    }

    #[test]
    fn every_default_key_parses() {
        for Entry { name, keys, .. } in ACTIONS {
            for k in *keys {
                assert!(Key::parse(k).is_ok(), "{name}: {k}");
            }
        }
    }

    #[test]
    fn display_names() {
        let shown: Vec<String> = ["ctrl-c", "pagedown", "up", "f5", "space", "shift-tab", "G"]
            .iter()
            .map(|k| Key::parse(k).expect("key").to_string())
            .collect();
        assert_eq!(
            shown,
            ["Ctrl-C", "PgDn", "↑", "F5", "Space", "Shift-Tab", "G"]
        );
    }

    #[test]
    fn string_places_skip_comments() {
        let text = "// \"not\"\n{ /* \"no\" */ \"quit\": [r#\"x\"#, \"a\\\"b\"],\n  \"up\": [] }";
        assert_eq!(string_places(text), [(2, 14), (2, 23), (2, 31), (3, 3)]);
    }
}
