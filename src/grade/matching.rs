//! Grading matchings: one share of the score for each left item paired with its right item.

use super::{Feedback, Note, Verdict};
use crate::exercise::MatchSpec;

pub fn grade(spec: &MatchSpec, chosen: &[Option<usize>]) -> Verdict {
    let n = spec.pairs.len();
    if chosen.len() != n || chosen.iter().flatten().any(|&r| r >= spec.rights().len()) {
        return Verdict::wrong(Note::InvalidAnswer);
    }
    if chosen.iter().all(Option::is_none) {
        return Verdict::wrong(Note::Empty);
    }
    let right = chosen.iter().enumerate().filter(|(left, r)| **r == Some(*left)).count();
    #[allow(clippy::cast_precision_loss)] // a few pairs
    let score = right as f64 / n.max(1) as f64;
    if right == n {
        Verdict::new(1.0, true, Vec::new())
    } else {
        Verdict::new(score, false, vec![Feedback::Note(Note::PairsRight { right, of: n })])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Localized;

    fn spec() -> MatchSpec {
        let item = |s: &str| Localized::both(s.to_string());
        MatchSpec {
            pairs: vec![
                (item("AND"), item("narrows")),
                (item("OR"), item("broadens")),
                (item("NOT"), item("excludes")),
            ],
            distractors: vec![item("sorts")],
        }
    }

    #[test]
    fn each_right_pair_earns_its_share() {
        assert!(grade(&spec(), &[Some(0), Some(1), Some(2)]).correct);
        let v = grade(&spec(), &[Some(0), Some(3), None]);
        assert!(!v.correct);
        assert!((v.score - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(v.feedback, [Feedback::Note(Note::PairsRight { right: 1, of: 3 })]);
        assert_eq!(grade(&spec(), &[None, None, None]).feedback, [Feedback::Note(Note::Empty)]);
        assert_eq!(grade(&spec(), &[Some(9), None, None]).feedback, [Feedback::Note(Note::InvalidAnswer)]);
    }

    proptest::proptest! {
        #[test]
        fn any_choice_gets_a_score_within_bounds(chosen in proptest::collection::vec(proptest::option::of(0usize..6), 0..5)) {
            let v = grade(&spec(), &chosen);
            proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
        }
    }
}
