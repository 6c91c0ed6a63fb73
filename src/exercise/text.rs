//! Short-answer questions: the learner types a word or a phrase.

use regex::Regex;

use crate::text::{Doc, Localized};

/// A short-answer question.
#[derive(Debug, Clone, PartialEq)]
pub struct TextSpec {
    /// Answers that count as correct, each with optional feedback.
    pub accept: Vec<TextRule>,
    /// Known wrong answers with feedback that says why.
    pub reject: Vec<TextRule>,
    /// Compare case exactly (default: ignore case).
    pub case_sensitive: bool,
    /// Ignore accents and other diacritics (`é` = `e`).
    pub fold_diacritics: bool,
    /// Edits (insert, delete, change, swap two letters) tolerated in an accepted text answer;
    /// such an answer counts as correct with a note to check the spelling.
    pub typos: u32,
}

/// One accepted or rejected answer: a text compared after normalisation, or a regular
/// expression matched against the whole normalised answer.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRule {
    pub pattern: Pattern,
    pub feedback: Option<Localized<Doc>>,
}

/// What a rule matches.
#[derive(Debug, Clone)]
pub enum Pattern {
    /// `normalized` with the exercise's settings, for comparison; `shown` as the author wrote
    /// it, for telling the learner the spelling.
    Text { normalized: String, shown: String },
    /// Compiled when the course is loaded; `source` is what the author wrote.
    Regex { source: String, regex: Regex },
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Pattern::Text { normalized: a, .. }, Pattern::Text { normalized: b, .. })
            | (Pattern::Regex { source: a, .. }, Pattern::Regex { source: b, .. }) => a == b,
            _ => false,
        }
    }
}
