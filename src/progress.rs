//! Learners' progress: what each learner did, recorded durably.
//!
//! The session produces [`Record`]s (an attempt, a step shown, a lesson finished); a front end
//! hands them to the [`Store`], the only code that touches the database file. Records carry
//! ids (workshop, lesson, exercise), not positions in the course, so a course edited later
//! still finds its history — or reports it as orphaned, never drops it.

mod schema;
mod store;

pub use store::{DueItem, LearnerId, Position, ResetScope, Store, StoreError, StoredAttempt, Summary};

use jiff::Timestamp;

use crate::exercise::Exercise;
use crate::grade::{Answer, Verdict};

/// The file name of the store in the data directory.
pub const STORE_FILE: &str = "progress.sqlite3";

/// Something a learner did, to be recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Attempt(AttemptRecord),
    /// A step was shown: the position to resume, and the visit.
    Step {
        workshop: String,
        lesson: String,
        step: usize,
        at: Timestamp,
    },
    /// A response to a poll, survey or reflection question (0-based).
    Response {
        workshop: String,
        lesson: String,
        exercise: String,
        exercise_hash: String,
        question: usize,
        /// A scale point or option as its number (`"4"`), or the text.
        response: String,
        at: Timestamp,
    },
    /// A hint (0-based) of an exercise was revealed.
    Hint {
        workshop: String,
        lesson: String,
        exercise: String,
        hint: usize,
        at: Timestamp,
    },
    /// Every lesson of a workshop was gone through.
    WorkshopCompleted {
        workshop: String,
        at: Timestamp,
    },
    /// Every step of a lesson was gone through.
    LessonCompleted {
        workshop: String,
        lesson: String,
        at: Timestamp,
    },
}

/// One submitted answer and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct AttemptRecord {
    pub workshop: String,
    pub lesson: String,
    pub exercise: String,
    /// A hash of the exercise as written, so a later edit of the exercise is detectable.
    pub exercise_hash: String,
    /// The answer in the answer syntax (`a, c`; the text typed).
    pub answer: String,
    pub score: f64,
    pub max: f64,
    pub correct: bool,
    pub hints_used: u32,
    /// Which answer this was while the exercise was on screen (1 for the first): a right
    /// answer on a later attempt is rated Hard in the review queue. Not stored.
    pub attempt: u32,
    /// When the exercise was shown, and when this answer was submitted.
    pub started_at: Timestamp,
    pub submitted_at: Timestamp,
}

impl AttemptRecord {
    /// The record of `answer` to `exercise`, shown in lesson `lesson` of workshop `workshop`.
    #[must_use]
    #[allow(clippy::too_many_arguments)] // every field of the record, named at the call
    pub fn of(
        workshop: &str,
        lesson: &str,
        exercise: &Exercise,
        answer: &Answer,
        verdict: &Verdict,
        hints_used: usize,
        attempt: u32,
        started_at: Timestamp,
        submitted_at: Timestamp,
    ) -> AttemptRecord {
        AttemptRecord {
            workshop: workshop.to_string(),
            lesson: lesson.to_string(),
            exercise: exercise.id.clone(),
            exercise_hash: exercise.content_hash.clone(),
            answer: answer.to_string(),
            score: verdict.score,
            max: verdict.max,
            correct: verdict.correct,
            hints_used: u32::try_from(hints_used).unwrap_or(u32::MAX),
            attempt,
            started_at,
            submitted_at,
        }
    }
}
