//! The review queue's cards in the store: moved in the transaction of the attempt that moves
//! them (so a killed process never leaves an attempt without its card or the other way round),
//! and read as "what is due at this time".

use jiff::Timestamp;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;

use super::{LearnerId, Store, StoreError};
use crate::progress::AttemptRecord;
use crate::review::{self, Answered, Card, CardState};

/// One exercise in a learner's queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueItem {
    pub exercise: String,
    /// Where it was last answered.
    pub workshop: String,
    pub lesson: String,
    /// When it comes back, RFC 3339.
    #[serde(serialize_with = "rfc3339")]
    pub due: Timestamp,
    /// Reviews so far, and how many of them were missed after being learnt.
    pub reps: i64,
    pub lapses: i64,
}

fn rfc3339<S: serde::Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(time)
}

const COLUMNS: &str =
    "due_at, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, state, last_review_at";

/// Moves the card of `attempt`'s exercise, inside the attempt's transaction: enrols the
/// exercise when the attempt asks for it, updates an enrolled one, leaves others alone.
pub(super) fn after_attempt(
    transaction: &Transaction<'_>,
    learner: LearnerId,
    attempt: &AttemptRecord,
) -> rusqlite::Result<()> {
    let existing: Option<Card> = transaction
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM review_cards WHERE learner_id = ?1 AND exercise_id = ?2 AND reset_id IS NULL"
            ),
            params![learner.0, attempt.exercise],
            card_from_row,
        )
        .optional()?;
    let answered =
        Answered { correct: attempt.correct, hints_used: attempt.hints_used, attempt: attempt.attempt };
    let Some(card) = review::next_card(existing.as_ref(), answered, attempt.submitted_at) else {
        return Ok(());
    };
    // A card hidden by a reset is replaced: the reset forgot that schedule.
    transaction.execute(
        &format!(
            "INSERT INTO review_cards (learner_id, exercise_id, workshop_id, lesson_id, {COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (learner_id, exercise_id) DO UPDATE SET
                workshop_id = ?3, lesson_id = ?4, due_at = ?5, stability = ?6, difficulty = ?7,
                elapsed_days = ?8, scheduled_days = ?9, reps = ?10, lapses = ?11, state = ?12,
                last_review_at = ?13, reset_id = NULL"
        ),
        params![
            learner.0,
            attempt.exercise,
            attempt.workshop,
            attempt.lesson,
            card.due.as_second(),
            card.stability,
            card.difficulty,
            card.elapsed_days,
            card.scheduled_days,
            card.reps,
            card.lapses,
            card.state.code(),
            card.last_review.as_second(),
        ],
    )?;
    Ok(())
}

fn card_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Card> {
    let time = |i: usize| -> rusqlite::Result<Timestamp> {
        let seconds: i64 = row.get(i)?;
        Ok(Timestamp::from_second(seconds).unwrap_or(Timestamp::MAX))
    };
    Ok(Card {
        due: time(0)?,
        stability: row.get(1)?,
        difficulty: row.get(2)?,
        elapsed_days: row.get(3)?,
        scheduled_days: row.get(4)?,
        reps: row.get(5)?,
        lapses: row.get(6)?,
        state: CardState::from_code(row.get(7)?),
        last_review: time(8)?,
    })
}

impl Store {
    /// The exercises due at `at`, the longest waiting first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn due(&self, learner: LearnerId, at: Timestamp) -> Result<Vec<DueItem>, StoreError> {
        self.queue_where(learner, "AND due_at <= ?2", at.as_second())
    }

    /// How many exercises are due at `at`.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn due_count(&self, learner: LearnerId, at: Timestamp) -> Result<usize, StoreError> {
        let count: i64 = self
            .connection
            .query_row(
                "SELECT count(*) FROM review_cards WHERE learner_id = ?1 AND reset_id IS NULL AND due_at <= ?2",
                params![learner.0, at.as_second()],
                |r| r.get(0),
            )
            .map_err(|e| self.fail(&e))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// The whole queue, due or not, soonest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn queue(&self, learner: LearnerId) -> Result<Vec<DueItem>, StoreError> {
        self.queue_where(learner, "AND ?2 = ?2", 0)
    }

    /// The card of one exercise, if it is in the queue.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn card(&self, learner: LearnerId, exercise: &str) -> Result<Option<Card>, StoreError> {
        self.connection
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM review_cards WHERE learner_id = ?1 AND exercise_id = ?2 AND reset_id IS NULL"
                ),
                params![learner.0, exercise],
                card_from_row,
            )
            .optional()
            .map_err(|e| self.fail(&e))
    }

    fn queue_where(&self, learner: LearnerId, filter: &str, at: i64) -> Result<Vec<DueItem>, StoreError> {
        self.rows(
            &format!(
                "SELECT exercise_id, workshop_id, lesson_id, due_at, reps, lapses FROM review_cards
                 WHERE learner_id = ?1 AND reset_id IS NULL {filter} ORDER BY due_at, exercise_id"
            ),
            params![learner.0, at],
            |r| {
                let due: i64 = r.get(3)?;
                Ok(DueItem {
                    exercise: r.get(0)?,
                    workshop: r.get(1)?,
                    lesson: r.get(2)?,
                    due: Timestamp::from_second(due).unwrap_or(Timestamp::MAX),
                    reps: r.get(4)?,
                    lapses: r.get(5)?,
                })
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use jiff::SignedDuration;

    use super::*;
    use crate::progress::{Record, ResetScope};

    fn at(day: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + day * 86_400).expect("time")
    }

    fn attempt(exercise: &str, lesson: &str, correct: bool, hints: u32, when: Timestamp) -> Record {
        Record::Attempt(AttemptRecord {
            workshop: "starter".into(),
            lesson: lesson.into(),
            exercise: exercise.into(),
            exercise_hash: "abc".into(),
            answer: "a".into(),
            score: if correct { 1.0 } else { 0.0 },
            max: 1.0,
            correct,
            hints_used: hints,
            attempt: 1,
            started_at: when,
            submitted_at: when,
        })
    }

    fn store() -> (tempfile::TempDir, Store, LearnerId) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open_in(dir.path()).expect("store");
        let budi = store.learner("Budi", at(0)).expect("learner");
        (dir, store, budi)
    }

    #[test]
    fn wrong_and_hinted_attempts_enrol_right_first_time_does_not() {
        let (_dir, mut store, budi) = store();
        store.record(budi, &attempt("wrong", "l", false, 0, at(0))).expect("record");
        store.record(budi, &attempt("hinted", "l", true, 2, at(0))).expect("record");
        store.record(budi, &attempt("right", "l", true, 0, at(0))).expect("record");
        let queue: Vec<String> = store.queue(budi).expect("queue").into_iter().map(|i| i.exercise).collect();
        assert_eq!(queue, ["wrong", "hinted"], "Again (wrong) comes back before Hard (hinted)");
        assert_eq!(store.due_count(budi, at(0)).expect("count"), 0, "nothing is due at once");
        assert!(store.card(budi, "right").expect("card").is_none());
    }

    #[test]
    fn due_after_the_interval_oldest_first_and_kept_across_reopening() {
        let (dir, mut store, budi) = store();
        store.record(budi, &attempt("second", "l", false, 0, at(1))).expect("record");
        store.record(budi, &attempt("first", "l", false, 0, at(0))).expect("record");
        let first_due = store.card(budi, "first").expect("read").expect("card").due;
        assert_eq!(store.due_count(budi, first_due - SignedDuration::from_secs(1)).expect("count"), 0);
        assert_eq!(store.due_count(budi, first_due).expect("count"), 1);
        drop(store);
        let mut store = Store::open_in(dir.path()).expect("reopen");
        let due: Vec<String> =
            store.due(budi, at(10)).expect("due").into_iter().map(|i| i.exercise).collect();
        assert_eq!(due, ["first", "second"], "the longest waiting first");
        // A review answered right moves the card on; the update survives reopening too.
        store.record(budi, &attempt("first", "l", true, 0, at(10))).expect("record");
        drop(store);
        let store = Store::open_in(dir.path()).expect("reopen");
        let card = store.card(budi, "first").expect("read").expect("card");
        assert_eq!(card.reps, 2);
        assert!(card.due > at(11), "{card:?}");
        assert_eq!(store.due(budi, at(10)).expect("due").len(), 1);
    }

    #[test]
    fn again_brings_it_back_sooner_than_good() {
        let (_dir, mut store, budi) = store();
        for exercise in ["again", "good"] {
            store.record(budi, &attempt(exercise, "l", false, 0, at(0))).expect("record");
        }
        store.record(budi, &attempt("again", "l", false, 0, at(5))).expect("record");
        store.record(budi, &attempt("good", "l", true, 0, at(5))).expect("record");
        let again = store.card(budi, "again").expect("read").expect("card");
        let good = store.card(budi, "good").expect("read").expect("card");
        assert!(again.due < good.due, "{again:?} {good:?}");
        assert_eq!(again.lapses, good.lapses + 1);
    }

    #[test]
    fn a_reset_hides_its_cards_undo_brings_them_back_and_a_new_attempt_starts_afresh() {
        let (_dir, mut store, budi) = store();
        store.record(budi, &attempt("x", "boolean", false, 0, at(0))).expect("record");
        store.record(budi, &attempt("y", "other", false, 0, at(0))).expect("record");
        let lesson = ResetScope::Lesson { workshop: "starter".into(), lesson: "boolean".into() };
        store.reset(budi, &lesson, at(1)).expect("reset");
        let queue: Vec<String> = store.queue(budi).expect("queue").into_iter().map(|i| i.exercise).collect();
        assert_eq!(queue, ["y"]);
        store.undo_reset(budi, at(1)).expect("undo");
        assert_eq!(store.queue(budi).expect("queue").len(), 2);
        store.reset(budi, &ResetScope::Exercise("x".into()), at(2)).expect("reset");
        assert!(store.card(budi, "x").expect("read").is_none());
        store.record(budi, &attempt("x", "boolean", true, 0, at(3))).expect("record");
        assert!(store.card(budi, "x").expect("read").is_none(), "right at once after a reset: not enrolled");
        store.record(budi, &attempt("x", "boolean", false, 0, at(3))).expect("record");
        assert_eq!(store.card(budi, "x").expect("read").expect("card").reps, 1, "a fresh card");
        store.reset(budi, &ResetScope::All, at(4)).expect("reset");
        assert!(store.queue(budi).expect("queue").is_empty());
        assert!(store.delete_learner("Budi").expect("delete"));
    }
}
