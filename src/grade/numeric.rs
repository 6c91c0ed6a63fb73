//! Grading numeric answers, typed the Indonesian way (`1,5`) or the English way (`1.5`).

use super::{Note, Verdict};
use crate::exercise::NumericSpec;

/// Correct when the number lies in the accepted range; otherwise says whether it is too high
/// or too low, or that it is not a number at all.
pub fn grade(spec: &NumericSpec, answer: &str) -> Verdict {
    if answer.trim().is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    let Some(number) = parse_number(answer) else {
        return Verdict::wrong(Note::NotANumber);
    };
    if spec.accepts(number) {
        Verdict::new(1.0, true, Vec::new())
    } else if number > spec.max {
        Verdict::wrong(Note::TooHigh)
    } else {
        Verdict::wrong(Note::TooLow)
    }
}

/// Reads a number written with a decimal point or a decimal comma: `1.5`, `1,5`, `-2`, `1e3`.
/// Thousands separators are not read (`1.234.567` is not a number): learners are asked to
/// write digits only, since `1.234` means 1234 in Indonesian and 1.234 in English.
#[must_use]
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    if text.len() > 64 || text.matches(['.', ',']).count() > 1 {
        return None;
    }
    let text = text.replace(',', ".");
    let valid = text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    text.parse::<f64>().ok().filter(|n| valid && n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_decimal_points_and_commas() {
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number(" 1.5 "), Some(1.5));
        assert_eq!(parse_number("-2"), Some(-2.0));
        assert_eq!(parse_number("1234"), Some(1234.0));
        assert_eq!(parse_number("1.234.567"), None);
        assert_eq!(parse_number("12 buku"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("NaN"), None);
    }

    #[test]
    fn grades_against_a_range() {
        let spec = NumericSpec { min: 1.0, max: 2.0, value: 1.5, range: true };
        assert!(grade(&spec, "1,5").correct);
        assert_eq!(grade(&spec, "3").feedback, [super::super::Feedback::Note(Note::TooHigh)]);
        assert_eq!(grade(&spec, "0").feedback, [super::super::Feedback::Note(Note::TooLow)]);
        assert_eq!(grade(&spec, "satu").feedback, [super::super::Feedback::Note(Note::NotANumber)]);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gets_a_verdict(answer in "\\PC{0,40}") {
            let v = grade(&NumericSpec { min: 0.0, max: 10.0, value: 5.0, range: true }, &answer);
            proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
        }
    }
}
