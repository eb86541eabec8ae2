//! Where each value of a RON file stands: an index from field paths
//! (`legal_bases[2].article6`) to line and column.
//!
//! The `ron` crate deserialises without positions, so findings about a value
//! would otherwise point at the file only. This is a small tolerant scanner
//! for the RON that register files use; it never fails, it just indexes as
//! far as the text allows.

use std::collections::HashMap;

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
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut scanner = Scanner {
            text,
            i: 0,
            line: 1,
            col: 1,
            spans: Vec::new(),
            depth: 0,
        };
        scanner.skip_ws();
        scanner.value(String::new());
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
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(path[..cut].to_string())
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
struct Scanner<'t> {
    text: &'t str,
    i: usize,
    line: usize,
    col: usize,
    /// Every position read, in the order read; the first one of a path
    /// is its position (see [`Scanner::into_index`]). A tuple re-maps
    /// only what was read inside it.
    spans: Vec<(String, Pos)>,
    depth: usize,
}

impl<'t> Scanner<'t> {
    /// The index: each path at the first position read for it.
    fn into_index(self) -> HashMap<String, Pos> {
        let mut spans = HashMap::with_capacity(self.spans.len());
        for (path, pos) in self.spans {
            spans.entry(path).or_insert(pos);
        }
        spans
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
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if c.is_whitespace() => {
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
        let quote = self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if Some(c) == quote {
                return;
            }
        }
    }

    /// Scans one value and records it (and its children) under `path`.
    fn value(&mut self, path: String) {
        self.skip_ws();
        // The value's place is taken before its children's (the first
        // position read for a path wins); its path goes in once they are
        // read, which saves a copy of every path.
        let slot = self.spans.len();
        self.spans.push((String::new(), self.pos()));
        self.value_at(&path);
        if let Some(s) = self.spans.get_mut(slot) {
            s.0 = path;
        }
    }

    /// [`Scanner::value`] after its position is recorded.
    fn value_at(&mut self, path: &str) {
        if self.depth >= MAX_DEPTH {
            self.skip_balanced();
            return;
        }
        self.depth += 1;
        match self.peek() {
            Some('"') | Some('\'') => self.string(),
            Some('r') if self.at_raw_string() => self.string(),
            Some('[') => {
                self.bump();
                self.seq(path, ']');
            }
            Some('{') => {
                self.bump();
                self.map(path);
            }
            Some('(') => {
                self.bump();
                self.parens(path);
            }
            Some(c) if c.is_alphabetic() || c == '_' => {
                self.ident();
                self.skip_ws();
                if self.peek() == Some('(') {
                    self.bump();
                    self.parens(path);
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

    fn seq(&mut self, path: &str, close: char) {
        let mut n = 0;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(c) if c == close => {
                    self.bump();
                    return;
                }
                Some(',') => {
                    self.bump();
                }
                _ => {
                    let before = self.i;
                    self.value(format!("{path}[{n}]"));
                    n += 1;
                    if self.i == before {
                        self.bump();
                    }
                }
            }
        }
    }

    fn map(&mut self, path: &str) {
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
                    self.value(format!("{path}{{}}"));
                    let key: String = self
                        .text
                        .get(key_start..self.i)
                        .unwrap_or_default()
                        .trim_matches('"')
                        .to_string();
                    self.skip_ws();
                    if self.peek() == Some(':') {
                        self.bump();
                        self.value(join(path, &key));
                    }
                    if self.i == before {
                        self.bump();
                    }
                }
            }
        }
    }

    /// Inside `( ... )`: named fields (`a: v, b: v`) or a tuple. A tuple of
    /// one value (`Some(x)`, `Cvr("..")`) is transparent: its value keeps
    /// the enclosing path.
    fn parens(&mut self, path: &str) {
        self.skip_ws();
        // Look ahead: `ident :` (not `::`) means named fields.
        let save = (self.i, self.line, self.col);
        let name = self.ident();
        self.skip_ws();
        let named = !name.is_empty() && self.peek() == Some(':');
        (self.i, self.line, self.col) = save;
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
                            self.value(join(path, field));
                        }
                        if self.i == before {
                            self.bump();
                        }
                    }
                }
            }
        } else {
            // Count elements to decide transparency: scan with a temporary
            // tuple path, then re-map a single element to `path`.
            let start = self.spans.len();
            let tmp = format!("{path}#t");
            self.seq(&tmp, ')');
            let second = format!("{tmp}[1]");
            let single = !self.spans[start..].iter().any(|(k, _)| *k == second);
            // Only paths read inside the tuple can start with its temporary
            // path; the ones inside a nested tuple were re-mapped already.
            for (k, _) in &mut self.spans[start..] {
                let Some(rest) = k.strip_prefix(tmp.as_str()) else {
                    continue;
                };
                *k = if single {
                    // `#t[0]...` → `...`
                    let after = rest.strip_prefix("[0]").unwrap_or(rest);
                    format!("{path}{after}")
                } else {
                    format!("{path}{rest}")
                };
            }
        }
    }
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_string()
    } else {
        format!("{path}.{field}")
    }
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

    #[test]
    fn parent_paths() {
        assert_eq!(parent("a.b[2]").as_deref(), Some("a.b"));
        assert_eq!(parent("a.b").as_deref(), Some("a"));
        assert_eq!(parent("a").as_deref(), Some(""));
        assert_eq!(parent(""), None);
    }
}
