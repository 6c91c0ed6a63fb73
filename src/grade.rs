//! Grading: an exercise and a learner's answer in, a [`Verdict`] out.
//!
//! Grading is total: every answer, however malformed, gets a verdict (an answer that does not
//! fit the exercise is simply not correct and says why), so front ends never handle errors
//! here. One file per exercise kind.

mod choice;

use crate::exercise::{Exercise, ExerciseKind};
use crate::text::{Doc, Localized};

/// A learner's answer, as the front ends collect it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option of a choice exercise.
    Choice(usize),
}

/// The outcome of grading one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub score: f64,
    pub max: f64,
    pub correct: bool,
    /// Feedback on the answer itself, e.g. why the chosen option is right or wrong.
    pub feedback: Vec<Feedback>,
}

/// One piece of feedback, in the learner's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    /// Text the author wrote for this answer.
    Author(Localized<Doc>),
    /// The answer does not fit the exercise (e.g. an option number that does not exist).
    InvalidAnswer,
}

/// Grades `answer` for `exercise`.
#[must_use]
pub fn grade(exercise: &Exercise, answer: &Answer) -> Verdict {
    match (&exercise.kind, answer) {
        (ExerciseKind::Choice(spec), Answer::Choice(index)) => choice::grade(spec, *index),
    }
}
