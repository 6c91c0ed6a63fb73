//! Identifier exercises: the learner computes or checks a standard identifier, and the
//! grader works the answer out from the algorithm (see `crate::identifier`).

use crate::identifier::Scheme;

/// What the learner is asked to do with `given`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentifierTask {
    /// Give the check digit of `given`, written with `?` (or nothing) in its place.
    CheckDigit(Scheme),
    /// Say whether `given` is valid.
    Validate(Scheme),
    Isbn10To13,
    Isbn13To10,
    /// Write the DOI `given` as a URL.
    DoiUrl,
}

impl IdentifierTask {
    /// The names written in `task = "…"`.
    pub const NAMES: [&str; 5] = ["check-digit", "validate", "isbn10-to-13", "isbn13-to-10", "doi-url"];

    /// The scheme named in the label shown with the given value.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            IdentifierTask::CheckDigit(s) | IdentifierTask::Validate(s) => s.label(),
            IdentifierTask::Isbn10To13 => "ISBN-10",
            IdentifierTask::Isbn13To10 => "ISBN-13",
            IdentifierTask::DoiUrl => "DOI",
        }
    }
}

/// An identifier exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentifierSpec {
    pub task: IdentifierTask,
    /// The identifier the task is about, as the learner sees it.
    pub given: String,
}
