//! Grading single-choice questions.

use super::{Feedback, Verdict};
use crate::exercise::ChoiceSpec;

/// One point for the correct option, none otherwise; the chosen option's feedback is returned.
pub fn grade(spec: &ChoiceSpec, chosen: usize) -> Verdict {
    let Some(option) = spec.options.get(chosen) else {
        return Verdict {
            score: 0.0,
            max: 1.0,
            correct: false,
            feedback: vec![Feedback::InvalidAnswer],
        };
    };
    Verdict {
        score: if option.correct { 1.0 } else { 0.0 },
        max: 1.0,
        correct: option.correct,
        feedback: option
            .feedback
            .iter()
            .cloned()
            .map(Feedback::Author)
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::ChoiceOption;
    use crate::text::{Localized, render_markdown};

    fn spec() -> ChoiceSpec {
        let option = |text: &str, correct: bool| ChoiceOption {
            text: Localized::both(text.to_string()),
            correct,
            feedback: Some(Localized::both(render_markdown(&format!("about {text}")))),
        };
        ChoiceSpec {
            options: vec![option("AND", true), option("OR", false)],
        }
    }

    #[test]
    fn the_correct_option_scores_and_gets_its_feedback() {
        let verdict = grade(&spec(), 0);
        assert!(verdict.correct);
        assert!((verdict.score - 1.0).abs() < f64::EPSILON);
        assert_eq!(
            verdict.feedback,
            [Feedback::Author(Localized::both(render_markdown(
                "about AND"
            )))]
        );
    }

    #[test]
    fn a_wrong_option_scores_nothing() {
        let verdict = grade(&spec(), 1);
        assert!(!verdict.correct);
        assert!(verdict.score.abs() < f64::EPSILON);
    }

    proptest::proptest! {
        #[test]
        fn any_index_gets_a_verdict_within_bounds(index in proptest::prelude::any::<usize>()) {
            let verdict = grade(&spec(), index);
            proptest::prop_assert!(verdict.score >= 0.0 && verdict.score <= verdict.max);
            proptest::prop_assert_eq!(verdict.correct, index == 0);
        }
    }
}
