//! The review queue: graded exercises a learner got wrong, or needed hints for, come back
//! later on a spaced-repetition schedule (FSRS).
//!
//! An attempt that is wrong or used hints enrols its exercise; every later attempt at an
//! enrolled exercise (in a lesson or in a review) is rated and moves its card. The store keeps
//! the cards beside the attempts and writes both in one transaction; this module only decides
//! what the next card is, from the last one, the result and the time the caller gives it.

mod anki;
mod card;
mod fsrs;

pub use anki::{AnkiNote, deck as anki_deck};
pub use card::{Card, CardState};

use jiff::Timestamp;

/// How well the learner knew the answer, as the scheduler counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// Wrong (including the last attempt used up without the answer).
    Again,
    /// Right, but after hints or on a later attempt.
    Hard,
    /// Right at once, without hints.
    Good,
}

/// The result of one graded attempt, as far as the schedule cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answered {
    pub correct: bool,
    pub hints_used: u32,
    /// Which answer this was while the exercise was on screen (1 for the first).
    pub attempt: u32,
}

impl Answered {
    /// The rating of this result.
    #[must_use]
    pub fn rating(self) -> Rating {
        match (self.correct, self.hints_used == 0 && self.attempt <= 1) {
            (false, _) => Rating::Again,
            (true, false) => Rating::Hard,
            (true, true) => Rating::Good,
        }
    }

    /// Whether this result puts an exercise that is not in the queue into it: a wrong answer
    /// or one that needed hints. Right at once keeps it out; a right answer on a later
    /// attempt follows a wrong one, which enrolled it already.
    #[must_use]
    pub fn enrols(self) -> bool {
        !self.correct || self.hints_used > 0
    }
}

/// The card after `result` at `now`: a new card for an exercise that `enrols`, the next
/// state of an existing one, or `None` when the exercise stays out of the queue.
#[must_use]
pub fn next_card(existing: Option<&Card>, result: Answered, now: Timestamp) -> Option<Card> {
    if existing.is_none() && !result.enrols() {
        return None;
    }
    Some(fsrs::next(existing, result.rating(), now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::SignedDuration;

    fn at(day: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + day * 86_400).expect("time")
    }

    const WRONG: Answered = Answered { correct: false, hints_used: 0, attempt: 1 };
    const RIGHT: Answered = Answered { correct: true, hints_used: 0, attempt: 1 };
    const HINTED: Answered = Answered { correct: true, hints_used: 1, attempt: 1 };
    const LATER: Answered = Answered { correct: true, hints_used: 0, attempt: 2 };

    #[test]
    fn results_are_rated() {
        assert_eq!(WRONG.rating(), Rating::Again);
        assert_eq!(HINTED.rating(), Rating::Hard);
        assert_eq!(LATER.rating(), Rating::Hard);
        assert_eq!(RIGHT.rating(), Rating::Good);
        assert_eq!(Answered { correct: false, hints_used: 2, attempt: 3 }.rating(), Rating::Again);
    }

    #[test]
    fn wrong_answers_and_hints_enrol_right_first_time_does_not() {
        assert!(next_card(None, WRONG, at(0)).is_some());
        assert!(next_card(None, HINTED, at(0)).is_some());
        assert!(next_card(None, RIGHT, at(0)).is_none());
        let card = next_card(None, WRONG, at(0)).expect("enrolled");
        assert!(next_card(Some(&card), RIGHT, at(3)).is_some(), "an enrolled exercise moves on");
    }

    #[test]
    fn a_card_is_due_after_its_interval_not_before() {
        let card = next_card(None, WRONG, at(0)).expect("enrolled");
        assert!(card.due > at(0), "not due at once: {card:?}");
        assert!(!card.is_due(at(0)));
        assert!(card.is_due(card.due));
        assert!(card.is_due(at(30)));
        assert_eq!(card.reps, 1);
        assert_eq!(card.last_review, at(0));
    }

    #[test]
    fn again_comes_back_sooner_than_good() {
        let first = next_card(None, WRONG, at(0)).expect("enrolled");
        let review_at = first.due;
        let again = next_card(Some(&first), WRONG, review_at).expect("card");
        let good = next_card(Some(&first), RIGHT, review_at).expect("card");
        let hard = next_card(Some(&first), HINTED, review_at).expect("card");
        assert!(again.due < good.due, "{again:?} {good:?}");
        assert!(hard.due <= good.due, "{hard:?} {good:?}");
        // Whole days: a workshop learner comes back on another day, not in a minute.
        assert!(again.due.duration_since(review_at) >= SignedDuration::from_hours(24));
    }

    #[test]
    fn good_answers_stretch_the_interval() {
        let mut card = next_card(None, WRONG, at(0)).expect("enrolled");
        let mut last_interval = SignedDuration::ZERO;
        for _ in 0..4 {
            let now = card.due;
            card = next_card(Some(&card), RIGHT, now).expect("card");
            let interval = card.due.duration_since(now);
            assert!(interval > last_interval, "{interval:?} after {last_interval:?}");
            last_interval = interval;
        }
        assert_eq!(card.state, CardState::Review);
        assert_eq!(card.reps, 5);
    }

    #[test]
    fn the_same_history_gives_the_same_schedule() {
        let a = next_card(None, HINTED, at(0)).expect("card");
        let b = next_card(None, HINTED, at(0)).expect("card");
        assert_eq!(a, b, "no randomness (FSRS fuzz is off)");
    }
}
