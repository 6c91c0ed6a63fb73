//! Choice questions: single answer, several answers, and true/false.

use super::shuffle::stable_shuffle;
use crate::text::{Doc, Localized};

/// A choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceSpec {
    /// In the order the author wrote them; answers refer to these indices.
    pub options: Vec<ChoiceOption>,
    /// Several options may be correct, and the learner picks any number.
    pub multiple: bool,
    /// Show the options in a shuffled order, stable per learner and exercise.
    pub shuffle: bool,
    /// For `multiple`: subtracted for each wrong pick, as a fraction of the maximum.
    pub penalty: f64,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub text: Localized<String>,
    pub correct: bool,
    /// Why this option is right or wrong; shown when the learner picks it.
    pub feedback: Option<Localized<Doc>>,
}

impl ChoiceSpec {
    /// How many options are correct.
    #[must_use]
    pub fn correct_count(&self) -> usize {
        self.options.iter().filter(|o| o.correct).count()
    }
}

/// The order in which to show a choice question's options: position → option index. The
/// author's order unless the exercise asks to shuffle; then a permutation that depends only on
/// the learner and the exercise, so a resumed exercise looks the same on any machine.
#[must_use]
pub fn display_order(spec: &ChoiceSpec, exercise_id: &str, learner: &str) -> Vec<usize> {
    if spec.shuffle {
        stable_shuffle(spec.options.len(), exercise_id, learner)
    } else {
        (0..spec.options.len()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(n: usize, shuffle: bool) -> ChoiceSpec {
        let option =
            |i: usize| ChoiceOption { text: Localized::both(i.to_string()), correct: i == 0, feedback: None };
        ChoiceSpec { options: (0..n).map(option).collect(), multiple: false, shuffle, penalty: 0.0 }
    }

    #[test]
    fn unshuffled_options_keep_the_authors_order() {
        assert_eq!(display_order(&spec(4, false), "x", "budi"), [0, 1, 2, 3]);
    }

    #[test]
    fn shuffled_order_is_stable_per_learner_and_exercise() {
        let s = spec(6, true);
        let first = display_order(&s, "boolean-1", "budi");
        assert_eq!(first, display_order(&s, "boolean-1", "budi"));
        let mut sorted = first.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [0, 1, 2, 3, 4, 5], "a permutation");
        // Different learners (or exercises) see different orders, at least most of the time.
        let others = ["sari", "agus", "dewi", "rina"].map(|l| display_order(&s, "boolean-1", l));
        assert!(others.iter().any(|o| *o != first));
        // Pinned: the algorithm must never change, or resumed exercises would reshuffle.
        assert_eq!(display_order(&s, "boolean-1", ""), FIXED_ORDER);
    }

    const FIXED_ORDER: [usize; 6] = [2, 3, 5, 1, 4, 0];
}
