//! The form that edits one record (an activity or an organisation). It is
//! generic over the schema: every field of the model has a row (see
//! [`rows`]), text is typed in place, enums and references are picked from
//! a list, lists grow, shrink and reorder. The form holds the record as
//! serde's JSON value and never loses what was typed: a value that does
//! not make a valid record yet stays in the form with the problem shown.

mod choose;
pub mod defaults;
pub mod draw;
pub mod finder;
pub mod hints;
mod ids;
pub mod input;
pub mod picker;
pub mod rows;
pub mod sections;
mod typing;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};

use std::sync::LazyLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde_json::Value;

use super::app::Action;
use super::keys::{Context, KeyMap};

use crate::register::change::{Dirty, Uncommitted};
use crate::register::date::Date;
use crate::register::schema::{Shape, schema};
use crate::register::validate::Finding;
use finder::Finder;
use input::Input;
use picker::Picker;
use rows::{Kind, Row, Seg};

/// Which kind of record a form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    /// A processing activity.
    Activity,
    /// An organisation.
    Organisation,
}

impl RecordKind {
    /// The model's type name.
    pub fn type_name(self) -> &'static str {
        match self {
            RecordKind::Activity => "Activity",
            RecordKind::Organisation => "Organisation",
        }
    }
}

/// Ids a reference field can point at, with a name to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refs {
    /// Recipients defined on the organisation: id and name.
    pub recipients: Vec<(String, String)>,
    /// Systems defined on the organisation: id and name.
    pub systems: Vec<(String, String)>,
    /// Organisations of the register: id and name.
    pub organisations: Vec<(String, String)>,
    /// The organisation's country (ISO 3166-1 alpha-2, as typed): the
    /// national number schemes the form offers first and fills in follow
    /// it. An organisation's own form follows its `country` field as typed
    /// instead.
    pub country: Option<String>,
    /// Ids of the organisation's activities: a new activity's id, derived
    /// from its name, avoids them.
    pub activities: Vec<String>,
    /// The language the form speaks.
    pub lang: crate::register::lang::Lang,
}

/// A question the form is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Esc with unsaved changes: save, discard or keep editing.
    Leave,
    /// A file of the save changed on disk or in HEAD since the form opened.
    Conflict {
        /// The file (register path): the record's own, or another the save
        /// writes (its organisation, for a recipient created on the spot).
        path: String,
        /// The file's text now, when it still exists.
        current: Option<String>,
    },
    /// Files of the save hold changes that are not committed and that
    /// ropa did not make: include them, set them aside, or cancel.
    Uncommitted {
        /// The files and what their changes touch.
        files: Vec<Dirty>,
        /// The save was already an overwrite the user chose.
        force: bool,
    },
    /// A save refused with more to read than the status line holds (a
    /// commit hook's output, a signing program's message): shown until Esc
    /// or Enter; the edit is kept.
    Refused {
        /// The dialog's title.
        title: String,
        /// The refusal's message, with the program's output.
        text: String,
    },
}

/// What the form asks its owner to do after a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing beyond redrawing.
    Stay,
    /// The value changed: validate it again.
    Changed,
    /// Save (`force` after the user chose to overwrite a concurrent change).
    Save {
        /// Overwrite a concurrent change deliberately.
        force: bool,
        /// What to do with uncommitted changes ropa did not make in the
        /// files of the save (ask first).
        uncommitted: Uncommitted,
    },
    /// Close the form, dropping unsaved changes (the user confirmed).
    Leave,
    /// Drop this edit and reopen the record as it is on disk now.
    Reload,
    /// Reapply this edit's changed fields onto the version on disk now.
    Merge,
}

impl Outcome {
    /// A plain save (Ctrl-S): no overwrite, ask about uncommitted changes.
    pub fn save() -> Outcome {
        Outcome::Save {
            force: false,
            uncommitted: Uncommitted::Ask,
        }
    }
}

/// The state of one open form.
#[derive(Debug, Clone)]
pub struct Form {
    /// What is edited.
    pub kind: RecordKind,
    /// The record's file, relative to the register root.
    pub path: String,
    /// "Organisation / Activity", for the title and the commit message.
    pub title: String,
    /// The record when the form opened (normalised).
    pub original: Value,
    /// The record as edited.
    pub value: Value,
    /// The rows, laid out from `value`.
    pub rows: Vec<Row>,
    /// The focused row.
    pub focus: usize,
    /// First row shown.
    pub scroll: usize,
    /// The text being typed in the focused text or number row.
    pub input: Option<Input>,
    /// Number rows whose text is not a number yet, by field path.
    pub bad_numbers: BTreeMap<String, String>,
    /// Why the value is not a valid record yet (from the model).
    pub invalid: Option<String>,
    /// The validator's findings for the edited record, to show under its
    /// fields (errors the file already had included).
    pub findings: Vec<Finding>,
    /// The errors a save would add to the register now (the transaction's
    /// dry run), anywhere: these block the save.
    pub new_errors: Vec<Finding>,
    /// Why a save would be refused before validation (an id that is taken
    /// or not a slug), from the dry run.
    pub refused: Option<String>,
    /// A message for the user (why a save was blocked, ...).
    pub message: Option<String>,
    /// The key being handled, as shown (`Alt-n`), for a note that it does
    /// nothing where the focus is.
    pressed: String,
    /// An open question.
    pub dialog: Option<Dialog>,
    /// An open picker.
    pub picker: Option<Picker>,
    /// What references can point at.
    pub refs: Refs,
    /// The record is new (not yet in a file).
    pub is_new: bool,
    /// Recipient ids typed in a picker that the organisation does not
    /// define yet: saving adds them to the organisation, in the same commit.
    pub new_recipients: Vec<String>,
    /// The user has typed in the record's id: it no longer follows the
    /// name (it does in a new record until then).
    pub id_edited: bool,
    /// List items added in this form whose id follows their name, until
    /// the user types in the id.
    pub following: Vec<rows::Path>,
    /// The sections folded (by key): their rows are hidden, not dropped.
    pub folded: BTreeSet<String>,
    /// The open jump to a field (Ctrl-F).
    pub finder: Option<Finder>,
    /// Where the cursor was in each text left for another row (by field
    /// path), so that coming back (↑, a jump) finds it there again.
    pub cursors: BTreeMap<String, usize>,
    /// The width text is wrapped to on screen (set as the form is drawn):
    /// ↑/↓ move by these lines inside a long text.
    pub text_width: usize,
}

impl Form {
    /// A form on `record` (serde's JSON value of an activity or
    /// organisation), focused on its name, ready to type.
    pub fn new(kind: RecordKind, path: String, title: String, record: Value, refs: Refs) -> Self {
        let s = schema();
        let shape = Shape::Named(kind.type_name().into());
        let mut value = record;
        rows::normalise(s, &mut value, &shape);
        let mut form = Form {
            kind,
            path,
            title,
            original: value.clone(),
            value,
            rows: Vec::new(),
            focus: 0,
            scroll: 0,
            input: None,
            bad_numbers: BTreeMap::new(),
            invalid: None,
            findings: Vec::new(),
            new_errors: Vec::new(),
            refused: None,
            message: None,
            pressed: String::new(),
            dialog: None,
            picker: None,
            refs,
            is_new: false,
            new_recipients: Vec::new(),
            id_edited: false,
            following: Vec::new(),
            folded: BTreeSet::new(),
            finder: None,
            cursors: BTreeMap::new(),
            text_width: 50,
        };
        form.relayout();
        let name = form
            .rows
            .iter()
            .position(|r| r.field == "name")
            .unwrap_or(0);
        form.set_focus(name);
        form
    }

    fn shape(&self) -> Shape {
        Shape::Named(self.kind.type_name().into())
    }

    /// True when the record differs from when the form opened.
    pub fn is_dirty(&self) -> bool {
        self.value != self.original || !self.bad_numbers.is_empty()
    }

    /// The focused row.
    pub fn focused(&self) -> Option<&Row> {
        self.rows.get(self.focus)
    }

    /// Findings that are not acknowledged, errors first.
    pub fn active_findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.is_active())
    }

    /// Why the record cannot be saved now, if it cannot.
    pub fn blocker(&self) -> Option<String> {
        if let Some((field, text)) = self.bad_numbers.iter().next() {
            return Some(crate::register::lang::tr_args(
                self.refs.lang,
                "form-not-a-number",
                &[
                    ("field", field.as_str().into()),
                    ("text", text.as_str().into()),
                ],
            ));
        }
        if let Some(e) = &self.invalid {
            return Some(e.clone());
        }
        if let Some(d) = self.bad_date() {
            return Some(d);
        }
        if let Some(r) = &self.refused {
            return Some(r.clone());
        }
        let here = self.record_path();
        let located = |f: &Finding| {
            if f.path == here {
                format!("{} {} ({})", f.rule, f.message_in(self.refs.lang), f.field)
            } else {
                format!(
                    "{} {}:{}: {}",
                    f.rule,
                    f.path,
                    f.line,
                    f.message_in(self.refs.lang)
                )
            }
        };
        match self.new_errors.as_slice() {
            [] => None,
            [f] => Some(located(f)),
            [f, rest @ ..] => Some(format!("{} and {} more error(s)", located(f), rest.len())),
        }
    }

    /// The file the record will be saved to: its id names it (a new
    /// record's id follows its name; a changed id renames the file).
    pub fn record_path(&self) -> String {
        let id = self
            .value
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        match self.kind {
            RecordKind::Organisation => format!("{id}/organisation.ron"),
            RecordKind::Activity => match self.path.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{id}.ron"),
                None => format!("{id}.ron"),
            },
        }
    }

    /// The first date field that is set but not a date.
    fn bad_date(&self) -> Option<String> {
        self.rows.iter().find_map(|r| {
            if r.kind != Kind::Text || !is_date_field(&r.field) {
                return None;
            }
            let text = rows::get(&self.value, &r.path)?.as_str()?;
            (!text.is_empty() && Date::parse(text).is_none())
                .then(|| format!("{}: \"{text}\" is not a date (YYYY-MM-DD)", r.field))
        })
    }

    /// Lays the rows out again after a change of structure.
    pub fn relayout(&mut self) {
        let focused = self.focused().map(|r| r.path.clone());
        // The cursor is remembered under the field it is in before the
        // rows (and their indices) change.
        if let (Some(input), Some(row)) = (self.input.take(), self.rows.get(self.focus)) {
            self.cursors.insert(row.field.clone(), input.cursor());
        }
        self.rows = sections::group(
            self.kind,
            rows::layout(schema(), &self.value, &self.shape()),
        );
        if let Some(p) = focused {
            self.focus_path(&p);
        }
        self.focus = self.focus.min(self.rows.len().saturating_sub(1));
    }

    /// Moves the focus to the row at `path`, or the nearest row above it.
    pub fn focus_path(&mut self, path: &[Seg]) {
        let i = self
            .rows
            .iter()
            .position(|r| r.path == path)
            .or_else(|| self.rows.iter().rposition(|r| path.starts_with(&r.path)))
            .unwrap_or(0);
        self.set_focus(i);
    }

    /// Focuses the row whose field path is `field` (or its nearest
    /// ancestor), e.g. where a finding points.
    pub fn focus_field(&mut self, field: &str) {
        let mut f = field.to_string();
        loop {
            if let Some(i) = self.rows.iter().position(|r| r.field == f) {
                self.set_focus(i);
                return;
            }
            match crate::register::locate::parent(&f) {
                Some(p) if !p.is_empty() => f = p,
                _ => return,
            }
        }
    }

    fn set_focus(&mut self, i: usize) {
        // The cursor of the text left is remembered for coming back.
        if let (Some(input), Some(row)) = (&self.input, self.rows.get(self.focus)) {
            self.cursors.insert(row.field.clone(), input.cursor());
        }
        self.focus = i.min(self.rows.len().saturating_sub(1));
        // A row reached in a folded section (a jump, a finding) shows.
        if self.hidden(self.focus)
            && let Some(key) = self.section_at(self.focus).map(str::to_string)
        {
            self.folded.remove(&key);
        }
        self.input = match self.focused() {
            // A reference is picked, not typed in place.
            Some(r) if self.reference_choices(r).is_some() => None,
            Some(r) if matches!(r.kind, Kind::Text | Kind::Number) => {
                let text = self.bad_numbers.get(&r.field).cloned().unwrap_or_else(|| {
                    rows::get(&self.value, &r.path)
                        .map(rows::display)
                        .unwrap_or_default()
                });
                let mut input = Input::new(&text);
                if let Some(&c) = self.cursors.get(&r.field) {
                    input.set_cursor(c);
                }
                Some(input)
            }
            _ => None,
        };
    }

    /// ↑/↓/Tab: the next row shown in direction `by`. Coming down into a
    /// text of several lines, the cursor starts on its first line, so ↓
    /// reads on through it.
    fn move_focus(&mut self, by: isize, by_line: bool) {
        let Some(i) = self.next_shown(self.focus, by) else {
            return;
        };
        let remembered = self
            .rows
            .get(i)
            .is_some_and(|r| self.cursors.contains_key(&r.field));
        self.set_focus(i);
        let width = self.text_width;
        if by_line
            && !remembered
            && let Some(input) = self.input.as_mut()
            && draw::wrap(&input.text(), width).len() > 1
        {
            input.set_cursor(if by > 0 {
                0
            } else {
                input.text().chars().count()
            });
        }
    }

    /// ↑/↓ inside a text of several lines (as wrapped on screen): moves
    /// the cursor a line, keeping its column; false on the first line (↑)
    /// or the last (↓), where the key leaves the field.
    fn line_move(&mut self, by: isize) -> bool {
        let width = self.text_width;
        let Some(input) = self.input.as_mut() else {
            return false;
        };
        let text = input.text();
        let lines = draw::wrap(&text, width);
        if lines.len() < 2 {
            return false;
        }
        let c = input.cursor();
        let here = lines
            .iter()
            .rposition(|(_, start, _)| *start <= c)
            .unwrap_or(0);
        let there = here as isize + by;
        if there < 0 || there as usize >= lines.len() {
            return false;
        }
        let (_, start, _) = lines[here];
        let (_, t_start, t_len) = lines[there as usize];
        let col = c - start;
        let last = there as usize + 1 == lines.len();
        let chars: Vec<char> = text.chars().collect();
        // The end of a line cut at a space is the next line's start: stop
        // on its last character instead.
        let room = if !last && t_len > 0 && chars.get(t_start + t_len) != Some(&'\n') {
            t_len - 1
        } else {
            t_len
        };
        input.set_cursor(t_start + col.min(room));
        true
    }

    /// Handles one key with the default key bindings (see
    /// [`Form::key_in`]).
    pub fn key(&mut self, key: KeyEvent) -> Outcome {
        static DEFAULT: LazyLock<KeyMap> = LazyLock::new(KeyMap::default);
        self.key_in(&DEFAULT, key)
    }

    /// Handles one key, read with `keys` (the user's bindings): an open
    /// question, the field finder or a picker take it first; then the
    /// form's actions the key is bound to in the key table, the first that
    /// does something where the focus is ([`Form::act`]); then what the
    /// key does on the focused row (moving in a text, typing).
    ///
    /// A letter always types: the key table gives the form's actions only
    /// keys that do not type (see `KeyMap::from_ron`).
    pub fn key_in(&mut self, keys: &KeyMap, key: KeyEvent) -> Outcome {
        if let Some(d) = self.dialog.clone() {
            return self.dialog_key(d, key);
        }
        if self.finder.is_some() {
            return self.finder_key(key);
        }
        if self.picker.is_some() {
            return self.picker_key(key);
        }
        self.pressed = crate::tui::keys::Key::from_event(key).to_string();
        for action in keys.actions_in(key, Context::Form) {
            if let Some(out) = self.act(action) {
                return out;
            }
        }
        self.row_key(key)
    }

    /// What the form's `action` (see [`Action`]) does where the focus is;
    /// `None` when it does nothing here (folding off a section header,
    /// clearing off a text), so the key goes on to the row.
    pub fn act(&mut self, action: Action) -> Option<Outcome> {
        let row = self.focused().cloned();
        let text = self.input.is_some()
            && matches!(
                row.as_ref().map(|r| &r.kind),
                Some(Kind::Text | Kind::Number)
            );
        let out = match action {
            Action::Save => Outcome::save(),
            // Ctrl-C quits elsewhere; in a form it asks first.
            Action::Leave | Action::Quit => self.leave(),
            Action::FindField => {
                self.open_finder();
                Outcome::Stay
            }
            Action::FoldOthers => {
                self.fold_others();
                Outcome::Stay
            }
            Action::Fold => match row.map(|r| r.kind) {
                Some(Kind::Section { key }) => {
                    self.toggle_fold(&key);
                    Outcome::Stay
                }
                _ => return None,
            },
            Action::Pick => {
                let row = row?;
                if !self.opens_picker(&row) {
                    return None;
                }
                self.edit_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))
            }
            Action::Up | Action::Down => {
                let by = if action == Action::Up { -1 } else { 1 };
                if !self.line_move(by) {
                    self.move_focus(by, true);
                }
                Outcome::Stay
            }
            Action::NextField | Action::PreviousField => {
                let by = if action == Action::NextField { 1 } else { -1 };
                self.move_focus(by, false);
                Outcome::Stay
            }
            Action::NextSection => {
                let last = (0..self.rows.len()).rev().find(|&i| !self.hidden(i));
                if let Some(i) = self.section_step(1).or(last) {
                    self.set_focus(i);
                }
                Outcome::Stay
            }
            Action::PreviousSection => {
                if let Some(i) = self.section_step(-1) {
                    self.set_focus(i);
                }
                Outcome::Stay
            }
            Action::AddItem => self.add_item(),
            Action::RemoveItem => self.remove_item(),
            Action::ClearField => self.remove_here(),
            Action::MoveItemUp => self.move_item(-1),
            Action::MoveItemDown => self.move_item(1),
            Action::ClearText if text => self.edit_text(Input::clear)?,
            Action::DeleteWord if text => self.edit_text(Input::delete_word_back)?,
            Action::NewLine if text && row.is_some_and(|r| r.kind == Kind::Text) => {
                self.edit_text(|i| i.insert('\n'))?
            }
            _ => return None,
        };
        Some(out)
    }

    /// Whether Enter on `row` opens a picker (a choice, a reference, a
    /// list of references, a field not set yet that is one of several
    /// kinds): the `pick` action's rows.
    fn opens_picker(&self, row: &Row) -> bool {
        self.picks(row) || matches!(row.kind, Kind::List { .. }) && self.reference_list(&row.path)
    }

    /// Changes the focused text with `change` and keeps it.
    fn edit_text(&mut self, change: impl FnOnce(&mut Input)) -> Option<Outcome> {
        let row = self.focused().cloned()?;
        let input = self.input.as_mut()?;
        change(input);
        let text = input.text();
        Some(self.store_text(&row, text))
    }

    /// A key none of the form's actions took: Ctrl-↑/↓ move a field even
    /// inside a text of several lines, Space on a section header folds it
    /// (it types elsewhere), Enter where the fold and pick actions belong
    /// does nothing (so binding them elsewhere moves them), and the rest
    /// goes to the focused row (moving in a text, typing).
    fn row_key(&mut self, key: KeyEvent) -> Outcome {
        let mods = key.modifiers;
        let ctrl = mods.contains(KeyModifiers::CONTROL) && !mods.contains(KeyModifiers::ALT);
        let plain = !mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let row = self.focused().cloned();
        let header = match row.as_ref().map(|r| &r.kind) {
            Some(Kind::Section { key }) => Some(key.clone()),
            _ => None,
        };
        match key.code {
            KeyCode::Down if ctrl => self.move_focus(1, true),
            KeyCode::Up if ctrl => self.move_focus(-1, true),
            KeyCode::Char(' ') if plain && header.is_some() => {
                if let Some(k) = header {
                    self.toggle_fold(&k);
                }
            }
            KeyCode::Enter
                if plain
                    && (header.is_some() || row.as_ref().is_some_and(|r| self.opens_picker(r))) => {
            }
            _ => return self.edit_key(key),
        }
        Outcome::Stay
    }

    /// Pasted text, as if typed, except that a line break is one: in a
    /// text field it is kept (as Ctrl-J keeps it), in a picker's filter it
    /// is a space, elsewhere it is dropped, never Enter. Nothing is pasted
    /// into an open question.
    pub fn paste(&mut self, text: &str) -> Outcome {
        if self.dialog.is_some() {
            return Outcome::Stay;
        }
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let mut out = Outcome::Stay;
        for c in text.chars() {
            let key = match c {
                '\n' if self.picker.is_some() => {
                    KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE)
                }
                '\n' if self.input.is_some() => {
                    KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL)
                }
                '\n' => continue,
                c => KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            };
            if self.key(key) == Outcome::Changed {
                out = Outcome::Changed;
            }
        }
        out
    }

    /// That the key just pressed, bound to `action`, does nothing where
    /// the focus is: in the interface's language, with the key as bound.
    fn not_here(&self, action: Action) -> String {
        crate::register::lang::tr_args(
            self.refs.lang,
            "tui-key-not-here",
            &[
                ("name", self.pressed.clone().into()),
                ("what", KeyMap::describe(action, self.refs.lang).into()),
            ],
        )
    }

    fn leave(&mut self) -> Outcome {
        if self.is_dirty() {
            self.dialog = Some(Dialog::Leave);
            Outcome::Stay
        } else {
            Outcome::Leave
        }
    }

    fn dialog_key(&mut self, d: Dialog, key: KeyEvent) -> Outcome {
        if matches!(d, Dialog::Refused { .. }) && key.code == KeyCode::Enter {
            self.dialog = None;
            return Outcome::Stay;
        }
        let c = match key.code {
            KeyCode::Char(c) => c.to_ascii_lowercase(),
            KeyCode::Esc => {
                self.dialog = None;
                return Outcome::Stay;
            }
            _ => return Outcome::Stay,
        };
        match (d, c) {
            (Dialog::Leave, 's') => {
                self.dialog = None;
                Outcome::save()
            }
            (Dialog::Leave, 'd') => Outcome::Leave,
            (Dialog::Conflict { .. }, 'r') => {
                self.dialog = None;
                Outcome::Reload
            }
            (Dialog::Conflict { .. }, 'm') => {
                self.dialog = None;
                Outcome::Merge
            }
            (Dialog::Conflict { .. }, 'o') => {
                self.dialog = None;
                Outcome::Save {
                    force: true,
                    uncommitted: Uncommitted::Ask,
                }
            }
            (Dialog::Uncommitted { force, .. }, 'i') => {
                self.dialog = None;
                Outcome::Save {
                    force,
                    uncommitted: Uncommitted::Include,
                }
            }
            (Dialog::Uncommitted { force, .. }, 'a') => {
                self.dialog = None;
                Outcome::Save {
                    force,
                    uncommitted: Uncommitted::SetAside,
                }
            }
            _ => Outcome::Stay,
        }
    }

    /// The country national defaults follow at `path`: the nearest record
    /// or item around it with a `country` (a recipient's own), else the
    /// organisation's (an organisation form's own field, as typed).
    pub fn country_at(&self, path: &[Seg]) -> Option<String> {
        (0..=path.len())
            .rev()
            .find_map(|n| {
                rows::get(&self.value, &path[..n])?
                    .get("country")?
                    .as_str()
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
            })
            .or_else(|| self.refs.country.clone())
    }

    /// The list the focused row is in or heads, and where a new item goes.
    fn list_here(&self) -> Option<(Vec<Seg>, usize, Shape)> {
        let row = self.focused()?;
        if let Kind::List { item } = &row.kind {
            let len = rows::get(&self.value, &row.path)
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            return Some((row.path.clone(), len, item.clone()));
        }
        let (list, i) = row.item.clone()?;
        let item = self.rows.iter().find_map(|r| match &r.kind {
            Kind::List { item } if r.path == list => Some(item.clone()),
            _ => None,
        })?;
        Some((list, i + 1, item))
    }

    /// Ctrl-N: a new item in the list at the focus, after the focused item.
    /// An item that is a choice or a reference is picked first (nothing is
    /// added if the picker is cancelled).
    pub fn add_item(&mut self) -> Outcome {
        let Some((list, at, item)) = self.list_here() else {
            self.message = Some(self.not_here(Action::AddItem));
            return Outcome::Stay;
        };
        let mut path = list.clone();
        path.push(Seg::Index(at));
        let label = self.list_label(&list);
        if let Shape::Named(name) = &item
            && schema().variants(name).is_some()
        {
            return self.open_variants(&path, name, &label, None, None, true, None);
        }
        if self.reference_list(&list) {
            return self.open_reference(&path, &label, None, true, None);
        }
        self.insert_item(&list, at, &item);
        Outcome::Changed
    }

    /// Inserts a new item of `shape` at `at` in `list` and focuses it: its
    /// name when its id follows the name, else its first editable row.
    fn insert_item(&mut self, list: &[Seg], at: usize, shape: &Shape) {
        let country = self.country_at(list);
        let new = defaults::default_value(schema(), shape, country.as_deref());
        let follows = new.get("id").is_some_and(Value::is_string)
            && new.get("name").is_some_and(Value::is_string);
        let mut p = list.to_vec();
        p.push(Seg::Index(at));
        self.place(&p, true, new);
        if follows {
            self.following.push(p.clone());
        }
        self.relayout();
        let name = {
            let mut n = p.clone();
            n.push(Seg::Key("name".into()));
            self.rows.iter().position(|r| follows && r.path == n)
        };
        let first = name.or_else(|| {
            self.rows.iter().position(|r| {
                r.path.starts_with(&p) && !matches!(r.kind, Kind::Item | Kind::Heading)
            })
        });
        match first {
            Some(i) => self.set_focus(i),
            None => self.focus_path(&p),
        }
    }

    /// Ctrl-D: removes the focused list item, or clears the focused
    /// optional field.
    pub fn remove_here(&mut self) -> Outcome {
        let Some(row) = self.focused().cloned() else {
            return Outcome::Stay;
        };
        // The most specific thing first: an optional field set inside a
        // list item is cleared; Ctrl-D on the item's own row removes it.
        let target = if row.optional {
            row.path.clone()
        } else if let Some((list, i)) = &row.item {
            let mut p = list.clone();
            p.push(Seg::Index(*i));
            p
        } else {
            self.message = Some(self.not_here(Action::ClearField));
            return Outcome::Stay;
        };
        self.bad_numbers.retain(|f, _| !f.starts_with(&row.field));
        rows::remove(&mut self.value, &target);
        match target.split_last() {
            Some((Seg::Index(i), list)) => self.shift_following(list, *i, -1),
            _ => self.following.retain(|p| !p.starts_with(&target)),
        }
        self.relayout();
        self.focus_path(&target);
        Outcome::Changed
    }

    /// Ctrl-K: removes the list item the focus is in, with all its rows,
    /// from any of them (a recipient copied with the activity goes in one
    /// key).
    pub fn remove_item(&mut self) -> Outcome {
        let Some((list, i)) = self.focused().and_then(|r| r.item.clone()) else {
            self.message = Some(crate::register::lang::tr(
                self.refs.lang,
                "tui-form-remove-item-where",
            ));
            return Outcome::Stay;
        };
        let mut target = list.clone();
        target.push(Seg::Index(i));
        let field = self
            .rows
            .iter()
            .find(|r| r.path == target)
            .map(|r| r.field.clone())
            .unwrap_or_default();
        if !field.is_empty() {
            self.bad_numbers.retain(|f, _| !f.starts_with(&field));
        }
        rows::remove(&mut self.value, &target);
        self.shift_following(&list, i, -1);
        self.relayout();
        self.focus_path(&target);
        Outcome::Changed
    }

    /// Alt-↑/Alt-↓: moves the focused list item up or down.
    pub fn move_item(&mut self, by: isize) -> Outcome {
        let Some((list, i)) = self.focused().and_then(|r| r.item.clone()) else {
            return Outcome::Stay;
        };
        let Some(Value::Array(a)) = rows::get_mut(&mut self.value, &list) else {
            return Outcome::Stay;
        };
        let j = i as isize + by;
        if j < 0 || j as usize >= a.len() {
            return Outcome::Stay;
        }
        a.swap(i, j as usize);
        let n = list.len();
        for p in &mut self.following {
            if p.len() > n && p.starts_with(&list) {
                if p[n] == Seg::Index(i) {
                    p[n] = Seg::Index(j as usize);
                } else if p[n] == Seg::Index(j as usize) {
                    p[n] = Seg::Index(i);
                }
            }
        }
        let mut p = self.focused().map(|r| r.path.clone()).unwrap_or_default();
        if p.len() > list.len() {
            p[list.len()] = Seg::Index(j as usize);
        }
        self.relayout();
        self.focus_path(&p);
        Outcome::Changed
    }

    /// The recipients created on the spot that the record still uses.
    pub fn used_new_recipients(&self) -> Vec<String> {
        let used = serde_json::to_string(&self.value).unwrap_or_default();
        self.new_recipients
            .iter()
            .filter(|id| used.contains(&format!("\"recipient\":\"{id}\"")))
            .cloned()
            .collect()
    }

    /// This edit merged onto a newer version of the record (a three-way
    /// merge, [`crate::register::change::merge_value`]): what only the
    /// newer version changed stays, what only this edit changed is taken;
    /// with the values both changed (this edit's kept), by field path,
    /// each with the newer version's value.
    pub fn merge_onto(&self, newer: Value) -> (Value, Vec<(String, Value)>) {
        let mut merged = newer;
        rows::normalise(schema(), &mut merged, &self.shape());
        crate::register::change::merge_value(&self.original, &self.value, merged)
    }
}

/// Fields that hold a date (YYYY-MM-DD).
pub fn is_date_field(field: &str) -> bool {
    let last = field.rsplit('.').next().unwrap_or(field);
    let last = last.split('[').next().unwrap_or(last);
    matches!(last, "expires" | "last_reviewed" | "dpf_verified_on")
        || last.ends_with("_on")
        || last.ends_with("date")
}

/// What the form modules' unit tests share.
#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// A path step naming field `s`.
    pub fn key(s: &str) -> Seg {
        Seg::Key(s.into())
    }

    /// A small activity's form, with one data subject.
    pub fn activity_form() -> Form {
        Form::new(
            RecordKind::Activity,
            "x/activities/a.ron".into(),
            "x".into(),
            serde_json::json!({"id": "a", "name": "A", "status": "Draft",
                   "data_subjects": [{"id": "s", "name": "S"}]}),
            Refs::default(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::key;
    use super::*;
    use serde_json::json;

    #[test]
    fn the_country_is_the_nearest_one_set() {
        let mut f = Form::new(
            RecordKind::Organisation,
            "o/organisation.ron".into(),
            "o".into(),
            json!({"id": "o", "name": "O", "role": "Controller", "kind": "Company",
                   "country": "NO", "recipients": [
                       {"id": "r", "name": "R", "kind": "Processor", "country": "SE"},
                       {"id": "q", "name": "Q", "kind": "Processor"}]}),
            Refs {
                country: Some("DK".into()),
                ..Refs::default()
            },
        );
        let r = |i| vec![key("recipients"), Seg::Index(i), key("org_number")];
        assert_eq!(f.country_at(&r(0)).as_deref(), Some("SE"));
        assert_eq!(f.country_at(&r(1)).as_deref(), Some("NO"));
        f.value["country"] = json!(" ");
        assert_eq!(f.country_at(&r(1)).as_deref(), Some("DK"));
    }
}
