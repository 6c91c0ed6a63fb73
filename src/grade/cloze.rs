//! Grading cloze texts: one share of the score per gap filled right.

use super::normalize::{Options, normalize};
use super::text::within_typos;
use super::{Feedback, Note, Verdict};
use crate::exercise::{ClozeSpec, Gap, Pattern};

pub fn grade(spec: &ClozeSpec, values: &[String]) -> Verdict {
    if values.len() != spec.gaps.len() {
        return Verdict::wrong(Note::InvalidAnswer);
    }
    if values.iter().all(|v| v.trim().is_empty()) {
        return Verdict::wrong(Note::Empty);
    }
    let options = Options { case_sensitive: spec.case_sensitive, fold_diacritics: spec.fold_diacritics };
    let mut wrong = Vec::new();
    let mut notes = Vec::new();
    for (i, (gap, value)) in spec.gaps.iter().zip(values).enumerate() {
        let value = normalize(value, options);
        let right = match gap {
            Gap::Typed { accept } => {
                let exact = accept
                    .iter()
                    .any(|p| matches!(p, Pattern::Text { normalized, .. } if *normalized == value));
                let close = || {
                    accept.iter().find_map(|p| match p {
                        Pattern::Text { normalized, shown }
                            if spec.typos > 0 && within_typos(&value, normalized, spec.typos) =>
                        {
                            Some(shown.clone())
                        }
                        _ => None,
                    })
                };
                if exact {
                    true
                } else if let Some(expected) = close() {
                    notes.push(Feedback::Note(Note::Typo { expected }));
                    true
                } else {
                    false
                }
            }
            Gap::Choice { options: choices, correct } => {
                chosen_option(&value, choices, options) == Some(*correct)
            }
        };
        if !right {
            wrong.push(i + 1);
        }
    }
    let n = spec.gaps.len();
    #[allow(clippy::cast_precision_loss)] // at most 20 gaps
    let score = (n - wrong.len()) as f64 / n as f64;
    if wrong.is_empty() {
        return Verdict::new(1.0, true, notes);
    }
    let mut feedback = vec![Feedback::Note(Note::GapsToCheck(wrong))];
    feedback.extend(notes);
    Verdict::new(score, false, feedback)
}

/// A choice gap's value: an option letter (`b`) or an option's text in either language.
fn chosen_option(value: &str, choices: &[crate::text::Localized<String>], options: Options) -> Option<usize> {
    let mut chars = value.chars();
    if let (Some(letter), None) = (chars.next(), chars.next())
        && (letter.is_ascii_lowercase() || letter.is_ascii_uppercase())
    {
        let index = usize::from(letter.to_ascii_lowercase() as u8 - b'a');
        if index < choices.len() {
            return Some(index);
        }
    }
    choices.iter().position(|c| {
        crate::lang::Lang::ALL.iter().any(|lang| c.has(*lang) && normalize(c.get(*lang), options) == value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Localized, render_markdown};

    fn spec() -> ClozeSpec {
        let text = |s: &str| Pattern::Text { normalized: s.to_lowercase(), shown: s.to_string() };
        ClozeSpec {
            text: Localized::both(render_markdown("⟦1⟧ narrows, ⟦2⟧ broadens.")),
            gaps: vec![
                Gap::Typed { accept: vec![text("AND"), text("DAN")] },
                Gap::Choice {
                    options: vec![
                        Localized::both("AND".into()),
                        Localized::new(Some("ATAU".into()), Some("OR".into())).expect("text"),
                    ],
                    correct: 1,
                },
            ],
            case_sensitive: false,
            fold_diacritics: false,
            typos: 1,
        }
    }

    fn values(v: &[&str]) -> Vec<String> {
        v.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn each_gap_earns_its_share() {
        assert!(grade(&spec(), &values(&["and", "b"])).correct);
        assert!(grade(&spec(), &values(&["DAN", "atau"])).correct, "an option's text in either language");
        let v = grade(&spec(), &values(&["and", "a"]));
        assert!(!v.correct);
        assert!((v.score - 0.5).abs() < 1e-9);
        assert_eq!(v.feedback, [Feedback::Note(Note::GapsToCheck(vec![2]))]);
        let typo = grade(&spec(), &values(&["anf", "OR"]));
        assert!(typo.correct);
        assert_eq!(typo.feedback, [Feedback::Note(Note::Typo { expected: "AND".into() })]);
        assert_eq!(grade(&spec(), &values(&["", " "])).feedback, [Feedback::Note(Note::Empty)]);
        assert_eq!(grade(&spec(), &values(&["and"])).feedback, [Feedback::Note(Note::InvalidAnswer)]);
    }

    proptest::proptest! {
        #[test]
        fn any_values_get_a_score_within_bounds(a in "\\PC{0,12}", b in "\\PC{0,12}") {
            let v = grade(&spec(), &[a, b]);
            proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
        }
    }
}
