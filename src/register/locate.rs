//! Where each value of a RON file stands: an index from field paths
//! (`legal_bases[2].article6`) to line and column.
//!
//! The `ron` crate deserialises without positions, so findings about a value
//! would otherwise point at the file only. This is a small tolerant scanner
//! for the RON that register files use; it never fails, it just indexes as
//! far as the text allows.

use std::collections::{HashMap, HashSet};

/// A 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub col: usize,
}

/// Positions of the values in one file, by field path.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    spans: HashMap<String, Pos>,
}

impl SpanIndex {
    /// Indexes `text`: every value it holds.
    pub fn new(text: &str) -> Self {
        Self::scan(text, None)
    }

    /// Indexes only the values of `text` at `paths` and at their
    /// ancestors: what [`SpanIndex::find`] and [`SpanIndex::get`] answer
    /// for those paths is what the whole index answers, at a fraction of
    /// the cost (no path is copied for a value nobody asked about). The
    /// validator places its findings this way.
    pub fn only<'p>(text: &str, paths: impl IntoIterator<Item = &'p str>) -> Self {
        let mut want: HashSet<&str> = HashSet::new();
        want.insert("");
        for p in paths {
            // A field whose name the text never holds is not written (RON
            // has no escapes in names): neither it nor anything inside it
            // is found, and not asking for it lets the scan stop sooner
            // (at the record's start when only such fields are asked).
            let field = p.split(['.', '[', '{']).next().unwrap_or_default();
            if !field.is_empty() && !text.contains(field) {
                continue;
            }
            // The path and every path it is inside of (a map key's `{}`
            // included): a value not wanted is read without naming
            // anything in it.
            want.insert(p);
            for (k, c) in p.char_indices() {
                if matches!(c, '.' | '[' | '{')
                    && let Some(up) = p.get(..k)
                {
                    want.insert(up);
                }
            }
        }
        Self::scan(text, Some(&want))
    }

    fn scan(text: &str, want: Option<&HashSet<&str>>) -> Self {
        let mut scanner = Scanner {
            text,
            i: 0,
            spans: Vec::new(),
            depth: 0,
            path: String::new(),
            want,
            dry: false,
            left: want.map_or(0, HashSet::len),
        };
        scanner.skip_ws();
        scanner.value();
        SpanIndex {
            spans: scanner.into_index(),
        }
    }

    /// Position of the value at `path`, or of its nearest indexed ancestor
    /// (a missing field is reported where its parent starts).
    pub fn find(&self, path: &str) -> Pos {
        let mut p = path.to_string();
        loop {
            if let Some(pos) = self.spans.get(&p) {
                return *pos;
            }
            match parent(&p) {
                Some(up) => p = up,
                None => {
                    return self
                        .spans
                        .get("")
                        .copied()
                        .unwrap_or(Pos { line: 1, col: 1 });
                }
            }
        }
    }

    /// Position of exactly `path`, if indexed.
    pub fn get(&self, path: &str) -> Option<Pos> {
        self.spans.get(path).copied()
    }
}

/// The parent of a field path: `a.b[2]` → `a.b`, `a.b` → `a`, `a` → ``.
pub fn parent(path: &str) -> Option<String> {
    parent_str(path).map(str::to_string)
}

/// [`parent`], borrowed.
fn parent_str(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    path.get(..cut)
}

/// Calls `f` with the field path (in this module's syntax: `a.b[2]`) and
/// the text of every string in `v`, serde's JSON form of a record. Enum
/// variants are objects keyed by the variant name; they do not appear in
/// field paths.
pub fn for_each_text(v: &serde_json::Value, f: &mut impl FnMut(&str, &str)) {
    let mut path = String::new();
    texts_at(v, &mut path, f);
}

/// [`for_each_text`] below `path`, one buffer for every path: a record has
/// hundreds of values and few callers keep a path, so none is allocated
/// per value.
fn texts_at(v: &serde_json::Value, path: &mut String, f: &mut impl FnMut(&str, &str)) {
    use serde_json::Value;
    use std::fmt::Write;
    let len = path.len();
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let _ = write!(path, "[{i}]");
                texts_at(item, path, f);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                // Enum variants do not appear in field paths.
                if !k.chars().next().is_some_and(char::is_uppercase) {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                texts_at(item, path, f);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Deep nesting is indexed only this far, so hostile input cannot overflow
/// the stack.
const MAX_DEPTH: usize = 64;

/// Reads the text in place: `i` is a byte offset, always at the start of
/// a character; columns count characters.
struct Scanner<'t, 'w> {
    text: &'t str,
    i: usize,
    /// Every position recorded (a byte offset), in the order read; the
    /// first one of a path is its position (see [`Scanner::into_index`]).
    /// Lines and columns are counted once, at the end, for the offsets
    /// recorded only.
    spans: Vec<(String, usize)>,
    depth: usize,
    /// The path of the value being read: one buffer for the whole scan,
    /// grown and cut as the scanner goes in and out.
    path: String,
    /// The paths to record; `None` records every one.
    want: Option<&'w HashSet<&'w str>>,
    /// Reading ahead only (to count a tuple's values): nothing recorded.
    dry: bool,
    /// With `want`, how many of its paths are not recorded yet: at none,
    /// the rest of the text is not read.
    left: usize,
}

impl<'t> Scanner<'t, '_> {
    /// Records the value at the current path starting here. Once every
    /// path wanted is recorded, nothing later can be (a path's first
    /// position is its position): the scanner skips to the end.
    fn record_here(&mut self) {
        let first = self.want.is_some() && !self.spans.iter().any(|(p, _)| *p == self.path);
        self.spans.push((self.path.clone(), self.i));
        if first {
            self.left = self.left.saturating_sub(1);
            if self.left == 0 {
                self.i = self.text.len();
            }
        }
    }

    /// The index: each path at the first position read for it.
    fn into_index(self) -> HashMap<String, Pos> {
        let mut first: HashMap<String, usize> = HashMap::with_capacity(self.spans.len());
        for (path, at) in self.spans {
            first.entry(path).or_insert(at);
        }
        // Line and column of each offset, in one pass over the text.
        let mut offsets: Vec<usize> = first.values().copied().collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut places = HashMap::with_capacity(offsets.len());
        let (mut line, mut line_start, mut from) = (1, 0, 0);
        let bytes = self.text.as_bytes();
        for at in offsets {
            let upto = at.min(bytes.len());
            for (k, &b) in bytes.get(from..upto).unwrap_or_default().iter().enumerate() {
                if b == b'\n' {
                    line += 1;
                    line_start = from + k + 1;
                }
            }
            from = upto.max(from);
            let col = 1 + self
                .text
                .get(line_start..upto)
                .map_or(0, |s| s.chars().count());
            places.insert(at, Pos { line, col });
        }
        first
            .into_iter()
            .map(|(path, at)| {
                let pos = places.get(&at).copied().unwrap_or(Pos { line: 1, col: 1 });
                (path, pos)
            })
            .collect()
    }

    fn peek(&self) -> Option<char> {
        self.char_at(self.i)
    }

    /// The character starting at byte `at`.
    fn char_at(&self, at: usize) -> Option<char> {
        match self.text.as_bytes().get(at) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.text.get(at..).and_then(|rest| rest.chars().next()),
            None => None,
        }
    }

    /// The byte at `at`, to compare with an ASCII character.
    fn byte_at(&self, at: usize) -> Option<u8> {
        self.text.as_bytes().get(at).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += c.len_utf8();
        Some(c)
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                // ron also reads the left-to-right and right-to-left marks
                // as blanks; a byte-order mark may open the file.
                Some(c) if c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}') => {
                    self.bump();
                }
                Some('\u{feff}') if self.i == 0 => {
                    self.bump();
                }
                Some('/') if self.byte_at(self.i + 1) == Some(b'/') => {
                    while let Some(c) = self.bump() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                Some('/') if self.byte_at(self.i + 1) == Some(b'*') => {
                    self.bump();
                    self.bump();
                    let mut nest = 1;
                    while nest > 0 {
                        match self.bump() {
                            None => return,
                            Some('*') if self.peek() == Some('/') => {
                                self.bump();
                                nest -= 1;
                            }
                            Some('/') if self.peek() == Some('*') => {
                                self.bump();
                                nest += 1;
                            }
                            _ => {}
                        }
                    }
                }
                Some('#') if self.byte_at(self.i + 1) == Some(b'!') => {
                    // `#![enable(...)]` attribute line.
                    while let Some(c) = self.bump() {
                        if c == ']' {
                            break;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// An identifier; a raw one (`r#None`, `r#type`) is read without its
    /// `r#`, as serde names the field or variant. ron writes a variant
    /// called `None` that way.
    fn ident(&mut self) -> &'t str {
        if self.peek() == Some('r')
            && self.byte_at(self.i + 1) == Some(b'#')
            && self
                .char_at(self.i + 2)
                .is_some_and(|c| c.is_alphabetic() || c == '_')
        {
            self.bump();
            self.bump();
        }
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || c == '_' {
                self.bump();
            } else {
                break;
            }
        }
        self.text.get(start..self.i).unwrap_or_default()
    }

    /// True at `r"`, `r#"`, `r##"` …: a raw string, not a raw identifier
    /// (`r#None`).
    fn at_raw_string(&self) -> bool {
        let mut k = self.i + 1;
        while self.byte_at(k) == Some(b'#') {
            k += 1;
        }
        self.byte_at(k) == Some(b'"')
    }

    fn string(&mut self) {
        // At `"` or `r`.
        if self.peek() == Some('r') {
            self.bump();
            let mut hashes = 0;
            while self.peek() == Some('#') {
                hashes += 1;
                self.bump();
            }
            self.bump(); // opening quote
            loop {
                match self.bump() {
                    None => return,
                    Some('"') => {
                        let mut n = 0;
                        while n < hashes && self.peek() == Some('#') {
                            n += 1;
                            self.bump();
                        }
                        if n == hashes {
                            return;
                        }
                    }
                    _ => {}
                }
            }
        }
        let Some(quote) = self.bump() else {
            return;
        };
        // Byte by byte: the quote and the backslash are ASCII, and no
        // byte of a longer character equals one.
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.i) {
            self.i += 1;
            if b == b'\\' {
                self.bump();
            } else if u32::from(b) == u32::from(quote) {
                return;
            }
        }
    }

    /// Scans one value and records it (and its children) under the
    /// current path; the value's place is taken before its children's
    /// (the first position recorded for a path wins).
    fn value(&mut self) {
        self.skip_ws();
        if self.dry {
            self.value_at();
        } else if self.want.is_none_or(|w| w.contains(self.path.as_str())) {
            self.record_here();
            self.value_at();
        } else {
            // No path below one not wanted is wanted (the wanted paths
            // hold their ancestors): the value is read without naming
            // anything in it.
            self.dry = true;
            self.value_at();
            self.dry = false;
        }
    }

    /// [`Scanner::value`] after its position is recorded.
    fn value_at(&mut self) {
        if self.depth >= MAX_DEPTH {
            self.skip_balanced();
            return;
        }
        self.depth += 1;
        // Read ahead of a file that parsed (the validator's case), a list,
        // map or structure nobody asked about is passed over by its
        // brackets alone.
        let fast = self.dry && self.want.is_some();
        match self.peek() {
            Some('"') | Some('\'') => self.string(),
            Some('r') if self.at_raw_string() => self.string(),
            Some('[' | '{' | '(') if fast => self.skip_nested(),
            Some('[') => {
                self.bump();
                self.seq(']', Items::Indexed, None);
            }
            Some('{') => {
                self.bump();
                self.map();
            }
            Some('(') => {
                self.bump();
                self.parens();
            }
            Some(c) if c.is_alphabetic() || c == '_' => {
                self.ident();
                self.skip_ws();
                if self.peek() == Some('(') {
                    if fast {
                        self.skip_nested();
                    } else {
                        self.bump();
                        self.parens();
                    }
                }
            }
            Some(_) => {
                // Number, bool-like or stray character.
                while let Some(c) = self.peek() {
                    if c.is_alphanumeric() || matches!(c, '.' | '+' | '-' | '_') {
                        self.bump();
                    } else {
                        break;
                    }
                }
                if self.i < self.text.len() && self.peek().is_some_and(|c| !",)]}".contains(c)) {
                    self.bump();
                }
            }
            None => {}
        }
        self.depth -= 1;
    }

    /// Runs `f` with `tail` added to the current path.
    fn under(&mut self, tail: Tail, f: impl FnOnce(&mut Self)) {
        let len = self.path.len();
        if !self.dry {
            tail.push_to(&mut self.path);
        }
        f(self);
        self.path.truncate(len);
    }

    /// At an opening bracket: past its closing one, reading only what
    /// can hide a bracket (strings, characters, comments). For RON that
    /// parsed this ends where reading the value would; on other text it
    /// stops at the end.
    fn skip_nested(&mut self) {
        let bytes = self.text.as_bytes();
        let mut nest = 0usize;
        while let Some(&b) = bytes.get(self.i) {
            match b {
                b'"' | b'\'' => {
                    self.string();
                    continue;
                }
                b'r' if self.at_raw_string() => {
                    self.string();
                    continue;
                }
                b'/' if matches!(bytes.get(self.i + 1), Some(b'/' | b'*')) => {
                    self.skip_ws();
                    continue;
                }
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' => {
                    nest = nest.saturating_sub(1);
                    if nest == 0 {
                        self.i += 1;
                        return;
                    }
                }
                _ => {}
            }
            // Any other byte, also one inside a longer character: no
            // bracket, quote or slash is.
            self.i += 1;
        }
    }

    fn skip_balanced(&mut self) {
        let mut nest = 0usize;
        while let Some(c) = self.peek() {
            match c {
                '"' | '\'' => {
                    self.string();
                    continue;
                }
                '(' | '[' | '{' => nest += 1,
                ')' | ']' | '}' => {
                    if nest == 0 {
                        return;
                    }
                    nest -= 1;
                    if nest == 0 {
                        self.bump();
                        return;
                    }
                }
                ',' if nest == 0 => return,
                _ => {}
            }
            self.bump();
        }
    }

    /// The values of a list or tuple up to `close`. With `stop` set, it
    /// returns `true` (having read no further) on reaching the value of
    /// that index; otherwise `false` at the end.
    fn seq(&mut self, close: char, items: Items, stop: Option<usize>) -> bool {
        let mut n = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return false,
                Some(c) if c == close => {
                    self.bump();
                    return false;
                }
                Some(',') => {
                    self.bump();
                }
                _ if stop == Some(n) => return true,
                _ => {
                    let before = self.i;
                    match items {
                        Items::Indexed => self.under(Tail::Index(n), Self::value),
                        Items::Transparent => self.value(),
                    }
                    n += 1;
                    if self.i == before {
                        self.bump();
                    }
                }
            }
        }
    }

    fn map(&mut self) {
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some('}') => {
                    self.bump();
                    return;
                }
                Some(',') => {
                    self.bump();
                }
                _ => {
                    let before = self.i;
                    let key_start = self.i;
                    self.under(Tail::Key, Self::value);
                    let text = self.text;
                    let key = text
                        .get(key_start..self.i)
                        .unwrap_or_default()
                        .trim_matches('"');
                    self.skip_ws();
                    if self.peek() == Some(':') {
                        self.bump();
                        self.field(key);
                    }
                    if self.i == before {
                        self.bump();
                    }
                }
            }
        }
    }

    /// The value of field `name` of the current path.
    fn field(&mut self, name: &str) {
        self.under(Tail::Field(name), Self::value);
    }

    /// Inside `( ... )`: named fields (`a: v, b: v`) or a tuple. A tuple of
    /// one value (`Some(x)`, `Cvr("..")`) is transparent: its value keeps
    /// the enclosing path.
    fn parens(&mut self) {
        self.skip_ws();
        // Look ahead: `ident :` (not `::`) means named fields.
        let save = self.i;
        let name = self.ident();
        self.skip_ws();
        let named = !name.is_empty() && self.peek() == Some(':');
        self.i = save;
        if named {
            loop {
                self.skip_ws();
                match self.peek() {
                    None => return,
                    Some(')') => {
                        self.bump();
                        return;
                    }
                    Some(',') => {
                        self.bump();
                    }
                    _ => {
                        let before = self.i;
                        let field = self.ident();
                        self.skip_ws();
                        if self.peek() == Some(':') {
                            self.bump();
                            self.field(field);
                        }
                        if self.i == before {
                            self.bump();
                        }
                    }
                }
            }
        } else if self.dry {
            self.seq(')', Items::Indexed, None);
        } else {
            // Whether the tuple holds a second value decides the paths of
            // its values: read ahead (recording nothing), then read it.
            let save = (self.i, self.depth);
            self.dry = true;
            let several = self.seq(')', Items::Indexed, Some(1));
            self.dry = false;
            (self.i, self.depth) = save;
            let items = if several {
                Items::Indexed
            } else {
                Items::Transparent
            };
            self.seq(')', items, None);
        }
    }
}

/// The last step of a field path, added to a path without the
/// formatting machinery (it runs for every value of every file).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tail<'a> {
    /// `.name` (`name` at the top).
    Field(&'a str),
    /// `[n]`.
    Index(usize),
    /// `{}`: a map's key.
    Key,
}

impl Tail<'_> {
    /// Adds the step to `path`.
    pub(crate) fn push_to(self, path: &mut String) {
        match self {
            Tail::Field(name) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(name);
            }
            Tail::Index(n) => {
                path.push('[');
                let mut digits = [0u8; 20];
                let mut k = digits.len();
                let mut n = n;
                loop {
                    k -= 1;
                    // A digit: below 10, so the cast keeps it.
                    digits[k] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                for &d in &digits[k..] {
                    path.push(char::from(d));
                }
                path.push(']');
            }
            Tail::Key => path.push_str("{}"),
        }
    }
}

/// How the values of a list or tuple are named.
#[derive(Clone, Copy)]
enum Items {
    /// By their place: `path[0]`, `path[1]`.
    Indexed,
    /// By the enclosing path (a tuple of one value).
    Transparent,
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"Activity(
    id: "x",
    legal_bases: [
        LegalBasis(
            article6: Some(C),
            text: Some("a \"quoted\" (paren"),
        ),
        LegalBasis(
            article6: Some(F),
        ),
    ],
    retention: [
        RetentionRule(
            id: "r",
            rule: EventBased(
                event: DeathOfDataSubject,
                offset: "P5Y",
            ),
        ),
    ],
    kind: Special([
        Health,
    ]),
)
"#;

    #[test]
    fn indexes_fields_and_list_items() {
        let idx = SpanIndex::new(TEXT);
        assert_eq!(idx.get("id"), Some(Pos { line: 2, col: 9 }));
        assert_eq!(idx.get("legal_bases[0]"), Some(Pos { line: 4, col: 9 }));
        assert_eq!(
            idx.get("legal_bases[0].article6"),
            Some(Pos { line: 5, col: 23 })
        );
        assert_eq!(
            idx.get("legal_bases[1].article6"),
            Some(Pos { line: 9, col: 23 })
        );
        assert_eq!(
            idx.get("retention[0].rule.offset"),
            Some(Pos { line: 17, col: 25 })
        );
        assert_eq!(idx.get("kind[0]"), Some(Pos { line: 22, col: 9 }));
    }

    #[test]
    fn raw_identifiers_are_fields_and_values_not_strings() {
        // ron writes the variant `None` of a non-Option enum as `r#None`;
        // a field name may be written raw too. Neither may stop indexing.
        let text = "Organisation(\n    r#id: \"x\",\n    recipients: [\n        Recipient(\n            sub_processors: r#None,\n            country: Some(\"UK\"),\n        ),\n    ],\n    notes: Some(r#\"a \"quote\"\"#),\n    email: Some(\"a@b\"),\n)\n";
        let idx = SpanIndex::new(text);
        assert_eq!(idx.get("id"), Some(Pos { line: 2, col: 11 }));
        assert_eq!(
            idx.get("recipients[0].sub_processors"),
            Some(Pos { line: 5, col: 29 })
        );
        assert_eq!(
            idx.get("recipients[0].country"),
            Some(Pos { line: 6, col: 22 })
        );
        assert_eq!(idx.get("notes"), Some(Pos { line: 9, col: 12 }));
        assert_eq!(idx.get("email"), Some(Pos { line: 10, col: 12 }));
    }

    #[test]
    fn one_value_tuples_are_transparent_and_the_first_position_wins() {
        // `Some(...)` and `Cvr(...)` keep their field's path and position;
        // a tuple of two is indexed by place; a field written twice is
        // where it is first written; columns count characters (æ, ø).
        let text = "A(\n  ø: \"æ\", x: Some(Some((1, (2, 3)))),\n  y: Cvr(\"1\"),\n  x: 9,\n  z: [(1), (2, 3)],\n)\n";
        let idx = SpanIndex::new(text);
        assert_eq!(idx.get("ø"), Some(Pos { line: 2, col: 6 }));
        assert_eq!(idx.get("x"), Some(Pos { line: 2, col: 14 }));
        assert_eq!(idx.get("x[0]"), Some(Pos { line: 2, col: 25 }));
        assert_eq!(idx.get("x[1]"), Some(Pos { line: 2, col: 28 }));
        assert_eq!(idx.get("x[1][1]"), Some(Pos { line: 2, col: 32 }));
        assert_eq!(idx.get("y"), Some(Pos { line: 3, col: 6 }));
        assert_eq!(idx.get("z[0]"), Some(Pos { line: 5, col: 7 }));
        assert_eq!(idx.get("z[1][1]"), Some(Pos { line: 5, col: 16 }));
        assert!(idx.get("x#t").is_none() && !idx.spans.keys().any(|k| k.contains('#')));
    }

    #[test]
    fn missing_path_falls_back_to_ancestor() {
        let idx = SpanIndex::new(TEXT);
        assert_eq!(idx.find("legal_bases[1].law_ref"), Pos { line: 8, col: 9 });
        assert_eq!(idx.find("nothing.here"), Pos { line: 1, col: 1 });
    }

    #[test]
    fn survives_truncated_and_hostile_input() {
        let _ = SpanIndex::new("Activity(id: \"x");
        let deep = "[".repeat(100_000);
        let idx = SpanIndex::new(&deep);
        assert!(idx.get("").is_some());
    }

    /// An index of some paths answers for them what the whole index
    /// answers: on the test texts and on every file of the sample
    /// register, for each path the whole index holds, for paths below
    /// them that no file has and for fields a text does not name.
    #[test]
    fn an_index_of_some_paths_agrees_with_the_whole_index() {
        let mut texts: Vec<String> = vec![
            TEXT.to_string(),
            "A(\n  ø: \"æ\", x: Some(Some((1, (2, 3)))),\n  y: Cvr(\"1\"),\n  x: 9,\n  z: [(1), (2, 3)],\n)\n".into(),
            "Activity(id: \"x".into(),
            "A(m: {\"k\": Some((1,)), \"j\": (2, Some(3))}, t: (/* ( */ 1, // )\n 2))".into(),
            "\u{feff}  // a comment\n A(x: 1)".into(),
        ];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("registry");
        for org in std::fs::read_dir(&root)
            .expect("the sample register")
            .flatten()
        {
            let acts = org.path().join("activities");
            for f in std::fs::read_dir(&acts).into_iter().flatten().flatten() {
                texts.push(std::fs::read_to_string(f.path()).expect("read"));
            }
            if let Ok(t) = std::fs::read_to_string(org.path().join("organisation.ron")) {
                texts.push(t);
            }
        }
        assert!(texts.len() > 20);
        for text in &texts {
            let whole = SpanIndex::new(text);
            let mut paths: Vec<String> = whole.spans.keys().cloned().collect();
            paths.extend(whole.spans.keys().map(|k| format!("{k}.missing[3].x")));
            // Fields the text never names (placed without reading it).
            paths.extend(["absent_field", "absent_field[2].x", "last_reviewed"].map(String::from));
            paths.sort();
            // A few at a time, as findings ask.
            for some in paths.chunks(3) {
                let only = SpanIndex::only(text, some.iter().map(String::as_str));
                for p in some {
                    assert_eq!(only.get(p), whole.get(p), "{p} in {text}");
                    assert_eq!(only.find(p), whole.find(p), "{p} in {text}");
                }
            }
        }
    }

    /// Marks ron reads as blanks, and a byte-order mark at the start, do
    /// not stop the index; columns count them.
    #[test]
    fn direction_marks_and_a_byte_order_mark_are_blanks() {
        let text = "\u{feff}A(\n  a: \u{200e}\") A\",\n  b: 2,\n)\n";
        let idx = SpanIndex::new(text);
        assert_eq!(idx.get(""), Some(Pos { line: 1, col: 2 }));
        assert_eq!(idx.get("a"), Some(Pos { line: 2, col: 7 }));
        assert_eq!(idx.get("b"), Some(Pos { line: 3, col: 6 }));
        let only = SpanIndex::only(text, ["b"]);
        assert_eq!(only.get("b"), Some(Pos { line: 3, col: 6 }));
    }

    #[test]
    fn parent_paths() {
        assert_eq!(parent("a.b[2]").as_deref(), Some("a.b"));
        assert_eq!(parent("a.b").as_deref(), Some("a"));
        assert_eq!(parent("a").as_deref(), Some(""));
        assert_eq!(parent(""), None);
    }
}
