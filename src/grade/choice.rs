//! Grading choice questions: single answer, and several answers with partial credit.

use super::{Feedback, Note, Verdict};
use crate::exercise::ChoiceSpec;

/// Single answer: the one correct option scores 1. Several answers: each correct pick earns
/// its share of 1, each wrong pick costs the exercise's penalty, and the result stays between
/// 0 and 1; only the exact set of correct options counts as correct. The picked options'
/// feedback comes back in the author's order.
pub fn grade(spec: &ChoiceSpec, picked: &[usize]) -> Verdict {
    if picked.is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    if picked.iter().any(|i| *i >= spec.options.len()) || (!spec.multiple && picked.len() > 1) {
        return Verdict::wrong(Note::InvalidAnswer);
    }
    let chosen: Vec<_> =
        spec.options.iter().enumerate().filter(|(i, _)| picked.contains(i)).map(|(_, o)| o).collect();
    let author_feedback = chosen.iter().filter_map(|o| o.feedback.clone()).map(Feedback::Author);
    if !spec.multiple {
        let correct = chosen[0].correct;
        return Verdict::new(if correct { 1.0 } else { 0.0 }, correct, author_feedback.collect());
    }
    let of = spec.correct_count().max(1);
    let right = chosen.iter().filter(|o| o.correct).count();
    let wrong = chosen.len() - right;
    #[allow(clippy::cast_precision_loss)] // at most 26 options
    let score = right as f64 / of as f64 - spec.penalty * wrong as f64;
    let correct = right == spec.correct_count() && wrong == 0;
    let mut feedback = Vec::new();
    if !correct {
        feedback.push(Feedback::Note(Note::PickedCorrect { picked: right, of }));
        if wrong > 0 {
            feedback.push(Feedback::Note(Note::WrongPicks(wrong)));
        }
    }
    feedback.extend(author_feedback);
    Verdict::new(score, correct, feedback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::ChoiceOption;
    use crate::text::{Localized, render_markdown};

    fn spec(correct: &[bool], multiple: bool, penalty: f64) -> ChoiceSpec {
        let option = |(i, c): (usize, &bool)| ChoiceOption {
            text: Localized::both(i.to_string()),
            correct: *c,
            feedback: Some(Localized::both(render_markdown(&format!("about {i}")))),
        };
        ChoiceSpec {
            options: correct.iter().enumerate().map(option).collect(),
            multiple,
            shuffle: false,
            penalty,
        }
    }

    #[track_caller]
    fn score(spec: &ChoiceSpec, picked: &[usize]) -> (f64, bool) {
        let v = grade(spec, picked);
        ((v.score * 100.0).round() / 100.0, v.correct)
    }

    #[test]
    fn single_answer() {
        let s = spec(&[true, false], false, 0.0);
        assert_eq!(score(&s, &[0]), (1.0, true));
        assert_eq!(score(&s, &[1]), (0.0, false));
        assert_eq!(grade(&s, &[0]).feedback, [Feedback::Author(Localized::both(render_markdown("about 0")))]);
        assert_eq!(score(&s, &[0, 1]), (0.0, false), "two picks for a single answer");
    }

    #[test]
    fn multiple_answers_earn_partial_credit() {
        let s = spec(&[true, true, false, false], true, 0.5);
        assert_eq!(score(&s, &[0, 1]), (1.0, true));
        assert_eq!(score(&s, &[0]), (0.5, false));
        assert_eq!(score(&s, &[0, 1, 2]), (0.5, false));
        assert_eq!(score(&s, &[0, 2, 3]), (0.0, false), "never below zero");
        let v = grade(&s, &[0, 2]);
        assert_eq!(
            v.feedback[..2],
            [Feedback::Note(Note::PickedCorrect { picked: 1, of: 2 }), Feedback::Note(Note::WrongPicks(1))]
        );
    }

    #[test]
    fn nothing_picked_or_out_of_range() {
        let s = spec(&[true, false], true, 0.0);
        assert_eq!(grade(&s, &[]).feedback, [Feedback::Note(Note::Empty)]);
        assert_eq!(grade(&s, &[7]).feedback, [Feedback::Note(Note::InvalidAnswer)]);
    }

    proptest::proptest! {
        #[test]
        fn any_picks_get_a_score_within_bounds(picked in proptest::collection::vec(0usize..8, 0..8), penalty in 0.0f64..2.0) {
            for multiple in [false, true] {
                let v = grade(&spec(&[true, false, true, false, false], multiple, penalty), &picked);
                proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
            }
        }
    }
}
