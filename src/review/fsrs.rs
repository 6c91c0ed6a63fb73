//! The one place that talks to the FSRS crate: our [`Card`] (jiff times) in, its card
//! (chrono times) through the scheduler, ours back out.
//!
//! The long-term scheduler is used (`enable_short_term: false`): its steps are whole days.
//! The short-term one brings a missed item back after a minute, which in a workshop would only
//! repeat what the lesson's own "try again" just did; a review is for another day.

use chrono::{DateTime, Utc};
use jiff::Timestamp;
use rs_fsrs::{FSRS, Parameters};

use super::{Card, CardState, Rating};

/// The card after a review rated `rating` at `now`; a new card when `card` is `None`.
pub(super) fn next(card: Option<&Card>, rating: Rating, now: Timestamp) -> Card {
    let parameters = Parameters { enable_short_term: false, enable_fuzz: false, ..Parameters::default() };
    let at = to_chrono(now);
    let before = card.map_or_else(
        || rs_fsrs::Card { due: at, last_review: at, ..Default::default() },
        |c| rs_fsrs::Card {
            due: to_chrono(c.due),
            stability: c.stability,
            difficulty: c.difficulty,
            elapsed_days: c.elapsed_days,
            scheduled_days: c.scheduled_days,
            reps: i32::try_from(c.reps).unwrap_or(i32::MAX),
            lapses: i32::try_from(c.lapses).unwrap_or(i32::MAX),
            state: match c.state {
                CardState::New => rs_fsrs::State::New,
                CardState::Learning => rs_fsrs::State::Learning,
                CardState::Review => rs_fsrs::State::Review,
                CardState::Relearning => rs_fsrs::State::Relearning,
            },
            last_review: to_chrono(c.last_review),
        },
    );
    let rating = match rating {
        Rating::Again => rs_fsrs::Rating::Again,
        Rating::Hard => rs_fsrs::Rating::Hard,
        Rating::Good => rs_fsrs::Rating::Good,
    };
    let after = FSRS::new(parameters).next(before, at, rating).card;
    Card {
        due: to_jiff(after.due),
        stability: after.stability,
        difficulty: after.difficulty,
        elapsed_days: after.elapsed_days,
        scheduled_days: after.scheduled_days,
        reps: i64::from(after.reps),
        lapses: i64::from(after.lapses),
        state: match after.state {
            rs_fsrs::State::New => CardState::New,
            rs_fsrs::State::Learning => CardState::Learning,
            rs_fsrs::State::Review => CardState::Review,
            rs_fsrs::State::Relearning => CardState::Relearning,
        },
        last_review: to_jiff(after.last_review),
    }
}

/// chrono's range (±262 000 years) holds every jiff time (years −9999 to 9999).
fn to_chrono(time: Timestamp) -> DateTime<Utc> {
    // jiff gives a negative fraction before 1970; chrono wants whole seconds rounded down.
    let (mut seconds, mut nanos) = (time.as_second(), time.subsec_nanosecond());
    if nanos < 0 {
        seconds -= 1;
        nanos += 1_000_000_000;
    }
    DateTime::from_timestamp(seconds, nanos.unsigned_abs()).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

/// A due date past jiff's last year (9999) is as good as never: it is kept as the last time.
fn to_jiff(time: DateTime<Utc>) -> Timestamp {
    let nanos = i32::try_from(time.timestamp_subsec_nanos()).unwrap_or(0);
    Timestamp::new(time.timestamp(), nanos).unwrap_or(if time.timestamp() < 0 {
        Timestamp::MIN
    } else {
        Timestamp::MAX
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_cross_the_boundary_unchanged() {
        let time = Timestamp::new(1_790_000_000, 123_000_000).expect("time");
        assert_eq!(to_jiff(to_chrono(time)), time);
        let before_1970 = Timestamp::new(-5, -250_000_000).expect("time");
        assert_eq!(to_jiff(to_chrono(before_1970)), before_1970);
        assert_eq!(to_jiff(to_chrono(Timestamp::MAX)), Timestamp::MAX);
        assert_eq!(to_jiff(DateTime::<Utc>::MAX_UTC), Timestamp::MAX);
    }
}
