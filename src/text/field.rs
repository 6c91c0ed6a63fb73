//! A one-line text field with a cursor, counted in characters: what the catalogue, ask and
//! other typing screens edit. Control characters are never inserted, so nothing typed can
//! reach a terminal as an escape sequence.

/// The text and where the cursor is (in characters, 0 to the text's length).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextField {
    text: String,
    cursor: usize,
    /// The most characters it takes, if limited.
    max_chars: Option<usize>,
}

impl TextField {
    /// A field that takes at most `max_chars` characters.
    #[must_use]
    pub fn limited(max_chars: usize) -> TextField {
        TextField { max_chars: Some(max_chars), ..TextField::default() }
    }

    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    #[must_use]
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Replaces the text, as if typed, with the cursor at its end.
    pub fn set(&mut self, text: &str) {
        self.text = text.to_string();
        self.cursor = self.text.chars().count();
    }

    /// Inserts `c` at the cursor; `false` (nothing changes) for a control character or a
    /// full field.
    pub fn type_char(&mut self, c: char) -> bool {
        if c.is_control() || self.max_chars.is_some_and(|max| self.text.chars().count() >= max) {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Deletes the character before the cursor; `false` at the start.
    pub fn erase(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        let at = self.byte_at(self.cursor - 1);
        self.text.remove(at);
        self.cursor -= 1;
        true
    }

    /// Moves the cursor by `delta` characters, staying inside the text.
    pub fn move_cursor(&mut self, delta: isize) {
        let len = self.text.chars().count();
        self.cursor = self.cursor.saturating_add_signed(delta).min(len);
    }

    fn byte_at(&self, chars: usize) -> usize {
        self.text.char_indices().nth(chars).map_or(self.text.len(), |(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor_in_characters() {
        let mut field = TextField::default();
        for c in "hak ciptá".chars() {
            assert!(field.type_char(c));
        }
        field.move_cursor(-5);
        assert!(field.erase());
        assert!(field.type_char('_'));
        assert_eq!(field.text(), "hak_ciptá", "the space before the cursor became `_`");
        assert_eq!(field.cursor(), 4);
        field.move_cursor(100);
        assert_eq!(field.cursor(), 9);
        assert!(!field.type_char('\u{1b}'), "no control characters");
        field.move_cursor(-100);
        assert!(!field.erase(), "nothing before the start");
    }

    #[test]
    fn a_limited_field_stops_at_its_limit() {
        let mut field = TextField::limited(3);
        assert!(field.type_char('a') && field.type_char('b') && field.type_char('c'));
        assert!(!field.type_char('d'));
        assert_eq!(field.text(), "abc");
    }
}
