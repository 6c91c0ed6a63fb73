//! Numeric questions: the learner types a number.

/// A numeric question: a value with a tolerance, or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumericSpec {
    /// The smallest accepted value.
    pub min: f64,
    /// The largest accepted value.
    pub max: f64,
    /// The value the author gave, shown as the expected answer (the middle of a range).
    pub value: f64,
    /// Written as `min` and `max` (shown as a range) rather than `answer` and `tolerance`.
    pub range: bool,
}

impl NumericSpec {
    #[must_use]
    pub fn accepts(&self, number: f64) -> bool {
        number >= self.min && number <= self.max
    }
}
