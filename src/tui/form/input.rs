//! A text being edited: the characters and a cursor, with the movements a
//! lawyer expects from any text box (Home/End, word jumps, line breaks).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// The character a key types, if it types one: a plain or shifted
/// character, or one made with AltGr, which some terminals report as
/// Ctrl+Alt (`@`, `{`, `€` on Nordic keyboards). Ctrl or Alt alone make a
/// shortcut, not text.
pub fn typed(key: &KeyEvent) -> Option<char> {
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    (ctrl == alt).then_some(c)
}

/// An editable text with a cursor (a character index, not a byte index, so
/// æ, ø, å and combining marks never split).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Input {
    chars: Vec<char>,
    cursor: usize,
}

impl Input {
    /// An input holding `text`, the cursor at its end (ready to type on).
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let cursor = chars.len();
        Input { chars, cursor }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// The cursor as a character index.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Puts the cursor at character index `at` (at most the end).
    pub fn set_cursor(&mut self, at: usize) {
        self.cursor = at.min(self.chars.len());
    }

    /// Empties the text (Ctrl-U).
    pub fn clear(&mut self) {
        self.chars.clear();
        self.cursor = 0;
    }

    /// Inserts `c` at the cursor.
    pub fn insert(&mut self, c: char) {
        self.chars.insert(self.cursor, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            self.chars.remove(self.cursor);
        }
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.chars.len() {
            self.chars.remove(self.cursor);
        }
    }

    /// Deletes the word before the cursor (Ctrl-W, Ctrl-Backspace).
    pub fn delete_word_back(&mut self) {
        let start = self.word_left_of(self.cursor);
        self.chars.drain(start..self.cursor);
        self.cursor = start;
    }

    /// One character left.
    pub fn left(&mut self) {
        self.cursor = self.cursor.saturating_sub(1);
    }

    /// One character right.
    pub fn right(&mut self) {
        self.cursor = (self.cursor + 1).min(self.chars.len());
    }

    /// To the start of the current line.
    pub fn home(&mut self) {
        while self.cursor > 0 && self.chars[self.cursor - 1] != '\n' {
            self.cursor -= 1;
        }
    }

    /// To the end of the current line.
    pub fn end(&mut self) {
        while self.cursor < self.chars.len() && self.chars[self.cursor] != '\n' {
            self.cursor += 1;
        }
    }

    /// To the start of the previous word.
    pub fn word_left(&mut self) {
        self.cursor = self.word_left_of(self.cursor);
    }

    fn word_left_of(&self, mut i: usize) -> usize {
        while i > 0 && !self.chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        while i > 0 && self.chars[i - 1].is_alphanumeric() {
            i -= 1;
        }
        i
    }

    /// To the end of the next word.
    pub fn word_right(&mut self) {
        let n = self.chars.len();
        while self.cursor < n && !self.chars[self.cursor].is_alphanumeric() {
            self.cursor += 1;
        }
        while self.cursor < n && self.chars[self.cursor].is_alphanumeric() {
            self.cursor += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_type_and_keys_that_do_not() {
        let k = |c, m| KeyEvent::new(KeyCode::Char(c), m);
        assert_eq!(typed(&k('æ', KeyModifiers::NONE)), Some('æ'));
        assert_eq!(typed(&k('Ø', KeyModifiers::SHIFT)), Some('Ø'));
        assert_eq!(typed(&k(' ', KeyModifiers::NONE)), Some(' '));
        assert_eq!(
            typed(&k('@', KeyModifiers::CONTROL | KeyModifiers::ALT)),
            Some('@')
        );
        assert_eq!(typed(&k('s', KeyModifiers::CONTROL)), None);
        assert_eq!(typed(&k('b', KeyModifiers::ALT)), None);
        assert_eq!(
            typed(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn typing_at_the_end_and_in_the_middle() {
        let mut i = Input::new("Barsl");
        i.left();
        i.insert('e');
        assert_eq!(i.text(), "Barsel");
        i.end();
        i.insert('!');
        assert_eq!(i.text(), "Barsel!");
        i.backspace();
        i.home();
        i.delete();
        assert_eq!(i.text(), "arsel");
    }

    #[test]
    fn danish_letters_are_one_character_each() {
        let mut i = Input::new("Løn");
        i.left();
        i.left();
        i.delete();
        assert_eq!(i.text(), "Ln");
        assert_eq!(i.cursor(), 1);
    }

    #[test]
    fn word_jumps_and_word_delete() {
        let mut i = Input::new("art. 6, stk. 1");
        i.word_left();
        assert_eq!(i.cursor(), 13);
        i.word_left();
        assert_eq!(i.cursor(), 8);
        i.word_right();
        assert_eq!(i.cursor(), 11);
        i.end();
        i.delete_word_back();
        assert_eq!(i.text(), "art. 6, stk. ");
    }

    #[test]
    fn home_and_end_stay_on_the_line() {
        let mut i = Input::new("first\nsecond");
        i.home();
        assert_eq!(i.cursor(), 6);
        i.left();
        i.home();
        assert_eq!(i.cursor(), 0);
        i.end();
        assert_eq!(i.cursor(), 5);
    }
}
