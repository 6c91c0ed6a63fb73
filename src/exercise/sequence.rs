//! Ordering and matching questions.

use crate::text::Localized;

/// Put items in sequence. The author writes them in the correct order; learners see them in
/// a stable shuffled order.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderSpec {
    pub items: Vec<Localized<String>>,
}

/// Pair each item on the left with one on the right. Distractors are right-hand items that
/// belong to no left item.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchSpec {
    pub pairs: Vec<(Localized<String>, Localized<String>)>,
    pub distractors: Vec<Localized<String>>,
}

impl MatchSpec {
    /// The right-hand items in the author's terms: the pairs' right sides in order, then the
    /// distractors. Right item `i` belongs to left item `i`.
    #[must_use]
    pub fn rights(&self) -> Vec<&Localized<String>> {
        self.pairs.iter().map(|(_, right)| right).chain(&self.distractors).collect()
    }
}
