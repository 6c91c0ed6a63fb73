//! `kind = "numeric"`: a value with a tolerance, or a range.

use std::ops::Range;

use super::super::raw::RawNumeric;
use crate::content::spanned::Spanned;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, NumericSpec};

pub fn read(
    file: &SourceFile,
    raw: &RawNumeric,
    span: Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseKind> {
    let get = |v: &Option<Spanned<f64>>| v.as_ref().map(|v| *v.get_ref());
    let spec = match (get(&raw.answer), get(&raw.tolerance), get(&raw.min), get(&raw.max)) {
        (Some(value), tolerance, None, None) => {
            let tolerance = tolerance.unwrap_or(0.0);
            if tolerance < 0.0 || !tolerance.is_finite() {
                let at = raw.tolerance.as_ref().map_or(span.clone(), Spanned::span);
                diags.push(file.error(
                    Code::OutOfRange,
                    at,
                    format!("`tolerance` must be 0 or more, found {tolerance}"),
                ));
                return None;
            }
            NumericSpec { min: value - tolerance, max: value + tolerance, value, range: false }
        }
        (None, None, Some(min), Some(max)) if min <= max => {
            NumericSpec { min, max, value: f64::midpoint(min, max), range: true }
        }
        (None, None, Some(min), Some(max)) => {
            let at = raw.min.as_ref().map_or(span.clone(), Spanned::span);
            diags.push(file.error(
                Code::OutOfRange,
                at,
                format!("`min` ({min}) is larger than `max` ({max})"),
            ));
            return None;
        }
        _ => {
            diags.push(
                file.error(
                    Code::NumericForm,
                    span,
                    "a numeric exercise needs `answer` (with an optional `tolerance`), or `min` and `max`",
                )
                .with_help("e.g. `answer = 42` or `min = 40` and `max = 45`"),
            );
            return None;
        }
    };
    if !(spec.min.is_finite() && spec.max.is_finite()) {
        diags.push(file.error(Code::OutOfRange, span, "the numbers of a numeric exercise must be finite"));
        return None;
    }
    Some(ExerciseKind::Numeric(spec))
}
