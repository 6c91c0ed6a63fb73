//! Grading orderings: partial credit for the longest run of items already in the right
//! relative order.

use super::{Note, Verdict};
use crate::exercise::OrderSpec;

/// Correct when every item is in place. Otherwise the score grows with the longest
/// subsequence in the right order: `(longest − 1) / (n − 1)`, so the reverse order scores 0
/// and one misplaced item costs little.
pub fn grade(spec: &OrderSpec, sequence: &[usize]) -> Verdict {
    let n = spec.items.len();
    let mut seen = vec![false; n];
    let is_permutation =
        sequence.len() == n && sequence.iter().all(|&i| i < n && !std::mem::replace(&mut seen[i], true));
    if !is_permutation {
        return Verdict::wrong(Note::UseEveryItemOnce);
    }
    let longest = longest_increasing_run(sequence);
    if longest == n {
        return Verdict::new(1.0, true, Vec::new());
    }
    #[allow(clippy::cast_precision_loss)] // a few items
    let score = (longest.saturating_sub(1)) as f64 / (n.saturating_sub(1)).max(1) as f64;
    Verdict::new(score, false, vec![super::Feedback::Note(Note::InOrder { longest, of: n })])
}

/// The length of the longest strictly increasing subsequence (patience sorting, O(n log n)).
fn longest_increasing_run(sequence: &[usize]) -> usize {
    let mut tails: Vec<usize> = Vec::new();
    for &value in sequence {
        let at = tails.partition_point(|&t| t < value);
        if at == tails.len() {
            tails.push(value);
        } else {
            tails[at] = value;
        }
    }
    tails.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Localized;

    fn spec(n: usize) -> OrderSpec {
        OrderSpec { items: (0..n).map(|i| Localized::both(i.to_string())).collect() }
    }

    #[track_caller]
    fn score(sequence: &[usize]) -> (f64, bool) {
        let v = grade(&spec(5), sequence);
        ((v.score * 100.0).round() / 100.0, v.correct)
    }

    #[test]
    fn partial_credit_follows_the_longest_run_in_order() {
        assert_eq!(score(&[0, 1, 2, 3, 4]), (1.0, true));
        assert_eq!(score(&[4, 3, 2, 1, 0]), (0.0, false));
        assert_eq!(score(&[1, 0, 2, 3, 4]), (0.75, false), "one swap");
        assert_eq!(score(&[4, 0, 1, 2, 3]), (0.75, false), "one item moved");
        assert_eq!(
            grade(&spec(5), &[0, 0, 1, 2, 3]).feedback,
            [super::super::Feedback::Note(Note::UseEveryItemOnce)]
        );
        assert_eq!(grade(&spec(5), &[0, 1]).feedback, [super::super::Feedback::Note(Note::UseEveryItemOnce)]);
    }

    proptest::proptest! {
        #[test]
        fn any_sequence_gets_a_score_within_bounds(sequence in proptest::collection::vec(0usize..7, 0..8)) {
            let v = grade(&spec(5), &sequence);
            proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
        }
    }
}
