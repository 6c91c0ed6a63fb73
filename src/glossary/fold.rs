//! Folding text for matching terms: the normaliser of typed answers
//! ([`crate::grade::normalize`]: NFKC, lowercase, no diacritics), applied one character at a
//! time so every folded character remembers the bytes of the original text it came from.

use std::ops::Range;

use crate::grade::normalize::{Options, normalize};

/// How terms are compared: case and diacritics do not matter ("Hak Cipta" is "hak cipta",
/// "Pengumuman" typed with a combining accent is still "pengumuman").
const FOLD: Options = Options { case_sensitive: false, fold_diacritics: true };

/// One character of folded text and the original character it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub c: char,
    /// The bytes of the original character (with any combining marks after it, and every
    /// whitespace of a run for the one space the run folds to).
    pub source: Range<usize>,
    /// The first of the folded characters of its original character: a match may start here.
    pub first: bool,
    /// The last of them: a match may end here.
    pub last: bool,
}

/// Folds `text`: each run of whitespace becomes one space; a character that folds to nothing
/// (a combining mark, a control character) joins the one before it.
pub fn fold(text: &str) -> Vec<Folded> {
    let mut out: Vec<Folded> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let source = at..at + c.len_utf8();
        if c.is_whitespace() {
            match out.last_mut() {
                Some(previous) if previous.c == ' ' => previous.source.end = source.end,
                _ => out.push(Folded { c: ' ', source, first: true, last: true }),
            }
            continue;
        }
        let folded = normalize(c.encode_utf8(&mut [0; 4]), FOLD);
        let count = folded.chars().count();
        if count == 0 {
            if let Some(previous) = out.last_mut() {
                // The mark belongs to the previous character: widen every folded character of it.
                let start = previous.source.start;
                for f in out.iter_mut().rev().take_while(|f| f.source.start == start) {
                    f.source.end = source.end;
                }
            }
            continue;
        }
        for (i, f) in folded.chars().enumerate() {
            out.push(Folded { c: f, source: source.clone(), first: i == 0, last: i + 1 == count });
        }
    }
    out
}

/// A name folded for comparison, without the offsets: blanks trimmed.
pub fn fold_name(name: &str) -> Vec<char> {
    let folded: Vec<char> = fold(name).into_iter().map(|f| f.c).collect();
    let start = folded.iter().position(|c| *c != ' ').unwrap_or(folded.len());
    let end = folded.iter().rposition(|c| *c != ' ').map_or(start, |i| i + 1);
    folded[start..end].to_vec()
}

/// The folded form of a name as a string, for comparing names with each other.
pub fn key(name: &str) -> String {
    fold_name(name).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_width_accents_and_blanks() {
        assert_eq!(key("  Hak   Cipta "), "hak cipta");
        assert_eq!(key("Café"), "cafe");
        assert_eq!(key("Cafe\u{301}"), "cafe");
        assert_eq!(key("ＯＰＡＣ"), "opac");
    }

    #[test]
    fn remembers_where_each_character_came_from() {
        let text = "Cafe\u{301}  ﬁ";
        let folded = fold(text);
        let chars: String = folded.iter().map(|f| f.c).collect();
        assert_eq!(chars, "cafe fi");
        // The accent joins the `e`; the two blanks are one space; the ligature is two letters
        // of one original character.
        assert_eq!(folded[3].source, 3..6);
        assert_eq!(folded[4].source, 6..8);
        assert_eq!(folded[5].source, folded[6].source);
        assert!(folded[5].first && !folded[5].last && folded[6].last);
    }
}
