//! Cloze questions: a text with gaps, each gap a short answer or a choice.

use super::Pattern;
use crate::text::{Doc, Localized};

/// A cloze text. In `text`, each gap `n` (1-based) is written `{n}` by the author and held as
/// the marker [`gap_marker`] in the rendered text, for front ends to fill in.
#[derive(Debug, Clone, PartialEq)]
pub struct ClozeSpec {
    pub text: Localized<Doc>,
    pub gaps: Vec<Gap>,
    /// How typed gaps are compared (as for `text` exercises).
    pub case_sensitive: bool,
    pub fold_diacritics: bool,
    pub typos: u32,
}

/// One gap.
#[derive(Debug, Clone, PartialEq)]
pub enum Gap {
    /// A typed gap: the accepted answers, normalised.
    Typed { accept: Vec<Pattern> },
    /// A choice gap: the options and the index of the correct one.
    Choice { options: Vec<Localized<String>>, correct: usize },
}

/// The marker that stands for gap `number` (1-based) in a cloze text: brackets no lesson
/// writes, so front ends can find and replace them.
#[must_use]
pub fn gap_marker(number: usize) -> String {
    format!("⟦{number}⟧")
}

/// A piece of a cloze text: plain text, or the place of gap `n` (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Gap(usize),
}

/// Splits a line of a rendered cloze text at its gap markers.
#[must_use]
pub fn split_gaps(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('⟦') {
        let after = &rest[start + '⟦'.len_utf8()..];
        let Some(end) = after.find('⟧') else { break };
        let Ok(number) = after[..end].parse::<usize>() else { break };
        if start > 0 {
            pieces.push(Piece::Text(&rest[..start]));
        }
        pieces.push(Piece::Gap(number));
        rest = &after[end + '⟧'.len_utf8()..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_line_at_its_gaps() {
        let line = format!("{} narrows, {} broadens.", gap_marker(1), gap_marker(2));
        assert_eq!(
            split_gaps(&line),
            [Piece::Gap(1), Piece::Text(" narrows, "), Piece::Gap(2), Piece::Text(" broadens.")]
        );
        assert_eq!(split_gaps("no gaps"), [Piece::Text("no gaps")]);
        assert_eq!(split_gaps("⟦x⟧"), [Piece::Text("⟦x⟧")]);
    }
}
