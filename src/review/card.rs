//! A review card: where one exercise stands in a learner's schedule. The fields are FSRS's
//! own, kept as they are so the next review continues the same memory model.

use jiff::Timestamp;

/// The scheduler's phase for a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    New,
    Learning,
    Review,
    Relearning,
}

impl CardState {
    /// The number stored in the progress file (FSRS's own numbering).
    #[must_use]
    pub fn code(self) -> i64 {
        match self {
            CardState::New => 0,
            CardState::Learning => 1,
            CardState::Review => 2,
            CardState::Relearning => 3,
        }
    }

    /// The state stored as `code`; an unknown number (a damaged row) reads as `Review`, the
    /// state that trusts the stored stability and difficulty most.
    #[must_use]
    pub fn from_code(code: i64) -> CardState {
        match code {
            0 => CardState::New,
            1 => CardState::Learning,
            3 => CardState::Relearning,
            _ => CardState::Review,
        }
    }
}

/// One exercise's place in a learner's schedule.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// When it comes back.
    pub due: Timestamp,
    /// FSRS memory model: days until recall drops to 90 %, and how hard the item is (1–10).
    pub stability: f64,
    pub difficulty: f64,
    pub elapsed_days: i64,
    pub scheduled_days: i64,
    /// Reviews so far, and how many of them were forgotten after being learnt.
    pub reps: i64,
    pub lapses: i64,
    pub state: CardState,
    pub last_review: Timestamp,
}

impl Card {
    /// Whether the card is due at `now`.
    #[must_use]
    pub fn is_due(&self, now: Timestamp) -> bool {
        self.due <= now
    }
}
