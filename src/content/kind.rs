//! The readers of each exercise kind's own keys; the envelope is read by `exercise_file`.

pub mod choice;
pub mod citation;
pub mod cloze;
pub mod identifier;
pub mod license;
pub mod numeric;
pub mod query;
pub mod sequence;
pub mod short_answer;
pub mod survey;
