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
//!
//! Every action applies in some contexts (screens, see [`Context`]): one
//! key may stand for two actions that never apply on one screen (`e` edits
//! on the lists and shows errors only on the problems view), and a key the
//! file gives to an action is taken from the defaults of the actions that
//! share a screen with it. The lists, the organisation and activity pages,
//! the problems view (its filters `only_errors`, `only_warnings`,
//! `only_acknowledged` and `rules`), the pages' section keys (`section_1`
//! … `section_9`), the history, the search and the form (`save`, `leave`,
//! `find_field`, `fold`, `fold_others`, `pick`, `next_field`,
//! `previous_field`, `next_section`, `previous_section`, `add_item`,
//! `remove_item`, `clear_field`, `clear_text`, `delete_word`, `new_line`,
//! `move_item_up`, `move_item_down`, and `up`/`down`) all read their keys
//! from this table, so the key bar, the help and the keys themselves
//! follow the file.
//!
//! In the form and the search query every character types, so an action
//! that applies only there takes a key that does not type: with `ctrl-`
//! or `alt-` (not both: AltGr, which some terminals report as Ctrl+Alt,
//! types `@` and `€`), or a named key (`f2`, `enter`, `pagedown`). A
//! letter for such an action is refused at its line. The form's keys that
//! only move the cursor in a text (←→, Home/End, Ctrl-A/E, Alt-B/F) and
//! Space on a yes/no row or a section header are the row's own, not
//! actions.

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
    /// The gaps report.
    Gaps,
    /// The search screen (typing edits the query).
    Search,
    /// The help overlay.
    Help,
    /// A question (delete, uncommitted changes, a file that does not parse).
    Confirm,
    /// The form editing a record.
    Form,
    /// One organisation's own facts.
    Organisation,
    /// Where the data go (one organisation or the whole register).
    Map,
    /// The reviews due, by owner.
    Due,
}

impl Context {
    /// Every context, in the order the help names them.
    pub const ALL: [Context; 13] = [
        Context::Organisations,
        Context::Activities,
        Context::Detail,
        Context::Problems,
        Context::History,
        Context::Gaps,
        Context::Search,
        Context::Help,
        Context::Confirm,
        Context::Form,
        Context::Organisation,
        Context::Map,
        Context::Due,
    ];

    /// The context's name in tests and catalogue keys (`tui-context-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Context::Organisations => "organisations",
            Context::Activities => "activities",
            Context::Detail => "detail",
            Context::Problems => "problems",
            Context::History => "history",
            Context::Gaps => "gaps",
            Context::Search => "search",
            Context::Help => "help",
            Context::Confirm => "confirm",
            Context::Form => "form",
            Context::Organisation => "organisation",
            Context::Map => "map",
            Context::Due => "due",
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
    C::Organisation,
    C::Problems,
    C::History,
    C::Gaps,
    C::Map,
    C::Due,
];
/// Screens that move a selection or scroll.
const MOVE: &[Context] = &[
    C::Organisations,
    C::Activities,
    C::Detail,
    C::Organisation,
    C::Problems,
    C::History,
    C::Gaps,
    C::Search,
    C::Map,
    C::Due,
];
/// Screens that move by one line or row, and the form (↑↓ move from field
/// to field, and by line inside a text of several lines).
const STEP: &[Context] = &[
    C::Organisations,
    C::Activities,
    C::Detail,
    C::Organisation,
    C::Problems,
    C::History,
    C::Gaps,
    C::Search,
    C::Form,
    C::Map,
    C::Due,
];
/// Screens that show a page of one record, numbered by section.
const PAGES: &[Context] = &[C::Detail, C::Organisation];
/// The form.
const FORM: &[Context] = &[C::Form];
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
    /// The catalogue key of the one hint (and help row) that stands for a
    /// run of actions shown together (`e w a`, `1-9`).
    group: Option<&'static str>,
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
        group: None,
    }
}

/// An entry shown with the others of `group` as one hint (see
/// [`Entry::group`]).
const fn grouped(e: Entry, group: &'static str) -> Entry {
    Entry {
        group: Some(group),
        ..e
    }
}

/// The detail views' section keys: `n` applies on the pages that have
/// that many numbered sections (an activity's nine, an organisation's
/// seven), so the bar offers `1-7` on an organisation and 8 says it does
/// not apply there.
const fn section(
    n: u8,
    name: &'static str,
    what: &'static str,
    key: &'static [&'static str],
) -> Entry {
    let pages: &'static [Context] = if (n as usize) <= ORGANISATION_SECTIONS {
        PAGES
    } else {
        &[C::Detail]
    };
    grouped(
        entry(Action::Section(n), name, what, key, pages, 1),
        "tui-own-detail-sections",
    )
}

/// The numbered sections of the organisation screen.
const ORGANISATION_SECTIONS: usize = super::org_detail::SECTION_FIELDS.len();

/// Every action: its name in `key_bindings.ron`, what it does (for the
/// help overlay), its default keys, where it applies and its place in the
/// key bar, in the order the help lists them. The problems view's filters
/// come after Enter on its bar: at 80 columns opening a finding is what
/// must stay.
const ACTIONS: &[Entry] = &[
    entry(Action::Up, "up", "move up", &["up", "k"], STEP, 0),
    entry(Action::Down, "down", "move down", &["down", "j"], STEP, 0),
    entry(Action::PageUp, "page_up", "page up", &["pageup"], MOVE, 0),
    entry(
        Action::PageDown,
        "page_down",
        "page down",
        &["pagedown"],
        MOVE,
        0,
    ),
    entry(Action::Top, "top", "first", &["g", "home"], BROWSE, 0),
    entry(Action::Bottom, "bottom", "last", &["G", "end"], BROWSE, 0),
    grouped(
        entry(
            Action::OnlyErrors,
            "only_errors",
            "errors only (again: all)",
            &["e"],
            &[C::Problems],
            3,
        ),
        "tui-own-problems-filter",
    ),
    grouped(
        entry(
            Action::OnlyWarnings,
            "only_warnings",
            "warnings only (again: all)",
            &["w"],
            &[C::Problems],
            3,
        ),
        "tui-own-problems-filter",
    ),
    grouped(
        entry(
            Action::OnlyAcknowledged,
            "only_acknowledged",
            "acknowledged only (again: all)",
            &["a"],
            &[C::Problems],
            3,
        ),
        "tui-own-problems-filter",
    ),
    entry(
        Action::Rules,
        "rules",
        "findings of one rule",
        &["r"],
        &[C::Problems],
        3,
    ),
    section(1, "section_1", "section 1", &["1"]),
    section(2, "section_2", "section 2", &["2"]),
    section(3, "section_3", "section 3", &["3"]),
    section(4, "section_4", "section 4", &["4"]),
    section(5, "section_5", "section 5", &["5"]),
    section(6, "section_6", "section 6", &["6"]),
    section(7, "section_7", "section 7", &["7"]),
    section(8, "section_8", "section 8", &["8"]),
    section(9, "section_9", "section 9", &["9"]),
    entry(
        Action::Open,
        "open",
        "open",
        &["enter", "l", "right"],
        &[
            C::Organisations,
            C::Activities,
            C::Problems,
            C::Gaps,
            C::Search,
            C::Map,
            C::Due,
        ],
        1,
    ),
    entry(
        Action::Back,
        "back",
        "back",
        &["esc", "h", "left"],
        &[
            C::Activities,
            C::Detail,
            C::Organisation,
            C::Problems,
            C::History,
            C::Gaps,
            C::Search,
            C::Map,
            C::Due,
        ],
        2,
    ),
    entry(
        Action::Organisation,
        "organisation",
        "the organisation's facts",
        &["i"],
        &[C::Organisations, C::Activities],
        7,
    ),
    entry(
        Action::Map,
        "map",
        "map of where the data go",
        &["m"],
        &[C::Organisations, C::Activities, C::Organisation],
        8,
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
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Organisation,
            C::History,
            C::Gaps,
            C::Due,
        ],
        5,
    ),
    entry(
        Action::Gaps,
        "gaps",
        "gaps report (to-do for the review)",
        &["t"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Organisation,
            C::Problems,
            C::History,
        ],
        18,
    ),
    entry(
        Action::Edit,
        "edit",
        "edit the selected record",
        &["e"],
        &[C::Organisations, C::Activities, C::Detail, C::Organisation],
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
        Action::Reviewed,
        "reviewed",
        "mark the activity reviewed today (one commit)",
        &["v"],
        &[C::Activities, C::Detail, C::Due],
        8,
    ),
    entry(
        Action::Due,
        "due",
        "reviews due, by owner",
        &["d"],
        &[
            C::Organisations,
            C::Activities,
            C::Detail,
            C::Organisation,
            C::Problems,
            C::History,
        ],
        18,
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
            C::Organisation,
            C::Problems,
            C::History,
            C::Gaps,
            C::Search,
            C::Map,
            C::Due,
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
            C::Gaps,
            C::Search,
            C::Help,
            C::Form,
            C::Organisation,
            C::Map,
            C::Due,
        ],
        0,
    ),
    entry(Action::Quit, "quit", "quit", &["q"], BROWSE, 6),
    // The form: letters type there, so its actions take keys that do not
    // type (see `KeyMap::from_ron`).
    entry(
        Action::Save,
        "save",
        "save (one commit)",
        &["ctrl-s"],
        FORM,
        0,
    ),
    entry(
        Action::Leave,
        "leave",
        "leave the form (asks when something was typed)",
        &["esc"],
        FORM,
        0,
    ),
    entry(
        Action::FindField,
        "find_field",
        "go to a field by its name",
        &["ctrl-f"],
        FORM,
        0,
    ),
    entry(
        Action::Fold,
        "fold",
        "fold or unfold the section (on its header)",
        &["enter"],
        FORM,
        0,
    ),
    entry(
        Action::FoldOthers,
        "fold_others",
        "fold every other section",
        &["ctrl-o"],
        FORM,
        0,
    ),
    entry(
        Action::Pick,
        "pick",
        "pick from a list (a choice, a reference)",
        &["enter"],
        FORM,
        0,
    ),
    entry(
        Action::NextField,
        "next_field",
        "next field",
        &["tab"],
        FORM,
        0,
    ),
    entry(
        Action::PreviousField,
        "previous_field",
        "field before",
        &["backtab"],
        FORM,
        0,
    ),
    entry(
        Action::NextSection,
        "next_section",
        "next section",
        &["pagedown"],
        FORM,
        0,
    ),
    entry(
        Action::PreviousSection,
        "previous_section",
        "section before",
        &["pageup"],
        FORM,
        0,
    ),
    entry(
        Action::AddItem,
        "add_item",
        "add an item to the list",
        &["ctrl-n"],
        FORM,
        0,
    ),
    entry(
        Action::RemoveItem,
        "remove_item",
        "remove the list item",
        &["ctrl-k"],
        FORM,
        0,
    ),
    entry(
        Action::ClearField,
        "clear_field",
        "clear the optional field (or remove the item)",
        &["ctrl-d"],
        FORM,
        0,
    ),
    entry(
        Action::ClearText,
        "clear_text",
        "empty the text",
        &["ctrl-u"],
        FORM,
        0,
    ),
    entry(
        Action::DeleteWord,
        "delete_word",
        "delete the word before the cursor",
        &["ctrl-w", "ctrl-backspace", "alt-backspace"],
        FORM,
        0,
    ),
    entry(
        Action::NewLine,
        "new_line",
        "a line break in the text",
        &["ctrl-j", "alt-enter"],
        FORM,
        0,
    ),
    entry(
        Action::MoveItemUp,
        "move_item_up",
        "move the item up",
        &["alt-up"],
        FORM,
        0,
    ),
    entry(
        Action::MoveItemDown,
        "move_item_down",
        "move the item down",
        &["alt-down"],
        FORM,
        0,
    ),
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
            // A terminal sends one byte for Ctrl-S and Ctrl-Shift-S and
            // reports it with a lower-case letter; the help writes it
            // `Ctrl-S`, so a file that copies it must mean the same key.
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
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

    /// A key that types in a text: a character without Ctrl or Alt, or
    /// with both (AltGr, which some terminals report as Ctrl+Alt, types
    /// `@`, `{`, `€` on Nordic keyboards). Where text is typed (the form,
    /// the search query) such a key is never an action's.
    pub fn types(&self) -> bool {
        let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
        matches!(self.code, KeyCode::Char(_))
            && (!self.modifiers.intersects(ctrl_alt) || self.modifiers.contains(ctrl_alt))
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
            .filter(|k| !(types(context) && k.types()))
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
        self.actions_in(key, context).first().copied()
    }

    /// Every action a key press is bound to in `context`, in the table's
    /// order. In the form one key may stand for several actions that apply
    /// on different rows (Enter folds a section header and opens a
    /// field's picker); the form takes the first that applies where the
    /// focus is. Keys that type in `context` have none; Ctrl-C is quit.
    pub fn actions_in(&self, key: KeyEvent, context: Context) -> Vec<Action> {
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        let k = Key::from_event(key);
        if k == CTRL_C {
            return vec![Action::Quit];
        }
        if types(context) && k.types() {
            return Vec::new();
        }
        self.bindings
            .iter()
            .filter(|(a, keys)| keys.contains(&k) && KeyMap::applies(*a, context))
            .map(|(a, _)| *a)
            .collect()
    }

    /// The keys of the actions of `group` in `context`, as one string: the
    /// first key of each, in the table's order, a run of consecutive
    /// characters written as a range (`1-9`).
    fn group_keys(&self, group: &str, context: Context) -> String {
        let firsts: Vec<Key> = ACTIONS
            .iter()
            .filter(|e| e.group == Some(group) && e.contexts.contains(&context))
            .filter_map(|e| self.keys_in(e.action, context).first().copied())
            .collect();
        let char_of = |k: &Key| match (k.code, k.modifiers.is_empty()) {
            (KeyCode::Char(c), true) => Some(c),
            _ => None,
        };
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while i < firsts.len() {
            let mut j = i;
            while j + 1 < firsts.len()
                && matches!(
                    (char_of(&firsts[j]), char_of(&firsts[j + 1])),
                    (Some(a), Some(b)) if (a as u32) + 1 == b as u32
                )
            {
                j += 1;
            }
            if j >= i + 2 {
                out.push(format!("{}-{}", firsts[i], firsts[j]));
            } else {
                out.extend(firsts[i..=j].iter().map(Key::to_string));
            }
            i = j + 1;
        }
        out.join(" ")
    }

    /// The help of `context` in `lang`: every action that applies there,
    /// with all its keys (space separated), in the table's order; the
    /// actions of a group (the problems view's filters, the section
    /// numbers) as one row.
    pub fn help_for(&self, context: Context, lang: Lang) -> Vec<(String, String)> {
        let mut groups: Vec<&str> = Vec::new();
        ACTIONS
            .iter()
            .filter(|e| e.contexts.contains(&context))
            .filter_map(|e| {
                if let Some(g) = e.group {
                    if groups.contains(&g) {
                        return None;
                    }
                    groups.push(g);
                    let keys = self.group_keys(g, context);
                    return (!keys.is_empty()).then(|| (keys, tr(lang, g)));
                }
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
    /// first key of each action with a place in the bar, in a short word
    /// (a group's keys as one hint). Moving (↑↓) comes first where it
    /// applies.
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
        let mut groups: Vec<&str> = Vec::new();
        for e in ACTIONS.iter().filter(|e| e.bar > 0) {
            if !e.contexts.contains(&context) {
                continue;
            }
            if let Some(g) = e.group {
                if groups.contains(&g) {
                    continue;
                }
                groups.push(g);
                let keys = self.group_keys(g, context);
                if !keys.is_empty() {
                    ranked.push((
                        e.bar,
                        Hint {
                            keys,
                            what: tr(lang, g),
                        },
                    ));
                }
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

    /// The first key of `action` in the form, as shown (`Ctrl-S`); empty
    /// when the user's bindings leave it none.
    pub fn form_key(&self, action: Action) -> String {
        self.keys_in(action, Context::Form)
            .first()
            .map_or_else(String::new, Key::to_string)
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
                    // In the form every letter types (into the field the
                    // focus is on), so a form action on a letter would
                    // steal it from the text: refused, not half-applied.
                    Ok(key) if key.types() && contexts_of(*action).iter().all(|c| types(*c)) => {
                        problem(
                            at,
                            format!(
                                "`{k}` types in the form; `{name}` needs a key with ctrl- or alt- \
                                 (not both) or a named key such as f2"
                            ),
                        )
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
        // A key listed for two actions that apply on one screen goes to
        // the first (`e` may edit on the lists and filter on the problems
        // view).
        for n in 1..listed.len() {
            let (before, after) = listed.split_at_mut(n);
            let (action, keys) = &mut after[0];
            keys.retain(|(k, at)| {
                match before
                    .iter()
                    .find(|(b, ks)| overlap(*b, *action) && ks.iter().any(|(b, _)| b == k))
                {
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
        for (action, keys) in &mut map.bindings {
            match listed.iter().find(|(a, _)| a == action) {
                Some((_, ks)) => *keys = ks.iter().map(|(k, _)| *k).collect(),
                // A default key the file gives to another action on the
                // same screen is that action's now.
                None => keys.retain(|k| {
                    !listed
                        .iter()
                        .any(|(a, ks)| overlap(*a, *action) && ks.iter().any(|(t, _)| t == k))
                }),
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

/// Where `action` applies.
fn contexts_of(action: Action) -> &'static [Context] {
    ACTIONS
        .iter()
        .find(|e| e.action == action)
        .map_or(&[][..], |e| e.contexts)
}

/// Whether two actions apply on a screen in common (then one key cannot
/// be both).
fn overlap(a: Action, b: Action) -> bool {
    let b = contexts_of(b);
    contexts_of(a).iter().any(|c| b.contains(c))
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
