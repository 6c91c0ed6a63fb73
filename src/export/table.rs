//! The CSV layouts: one row per attempt, or (`summary`) one row per learner and exercise
//! with the best score. UTF-8, optionally with a byte-order mark so spreadsheet programs
//! read the accents right; a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return is prefixed with `'`, so a spreadsheet shows it as text instead of running it as
//! a formula (CSV injection).

use std::borrow::Cow;

use super::data::Export;

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why a table could not be written (only a failure of the writer itself).
#[derive(Debug, thiserror::Error)]
#[error("CSV: {0}")]
pub struct TableError(#[from] csv::Error);

/// One row per attempt.
///
/// # Errors
/// Not in practice: the rows go to memory.
pub fn attempts(export: &Export, bom: bool) -> Result<Vec<u8>, TableError> {
    let mut writer = start(bom);
    writer.write_record([
        "learner",
        "workshop",
        "lesson",
        "exercise",
        "answer",
        "score",
        "max",
        "correct",
        "hints_used",
        "time_spent_s",
        "started_at",
        "submitted_at",
    ])?;
    for learner in &export.learners {
        for a in &learner.attempts {
            let row = [
                learner.learner.clone(),
                a.workshop.clone(),
                a.lesson.clone(),
                a.exercise.clone(),
                a.answer.clone(),
                number(a.score),
                number(a.max),
                a.correct.to_string(),
                a.hints_used.to_string(),
                seconds(a.time_spent_ms),
                a.started_at.clone(),
                a.submitted_at.clone(),
            ];
            writer.write_record(row.iter().map(|cell| safe(cell).into_owned()))?;
        }
    }
    finish(writer)
}

/// One row per learner and exercise: attempts, the best score (a fraction of the maximum)
/// and whether any attempt was correct.
///
/// # Errors
/// Not in practice: the rows go to memory.
pub fn summary(export: &Export, bom: bool) -> Result<Vec<u8>, TableError> {
    let mut writer = start(bom);
    writer.write_record([
        "learner",
        "workshop",
        "lesson",
        "exercise",
        "attempts",
        "best_score",
        "correct",
    ])?;
    for learner in &export.learners {
        // Exercises in the order first tried.
        let mut rows: Vec<(&str, &str, &str, usize, f64, bool)> = Vec::new();
        for a in &learner.attempts {
            let fraction = if a.max > 0.0 { a.score / a.max } else { 0.0 };
            match rows.iter_mut().find(|r| r.2 == a.exercise && r.0 == a.workshop && r.1 == a.lesson) {
                Some(row) => {
                    row.3 += 1;
                    row.4 = row.4.max(fraction);
                    row.5 |= a.correct;
                }
                None => rows.push((&a.workshop, &a.lesson, &a.exercise, 1, fraction, a.correct)),
            }
        }
        for (workshop, lesson, exercise, count, best, correct) in rows {
            let row = [
                learner.learner.clone(),
                workshop.to_string(),
                lesson.to_string(),
                exercise.to_string(),
                count.to_string(),
                number(best),
                correct.to_string(),
            ];
            writer.write_record(row.iter().map(|cell| safe(cell).into_owned()))?;
        }
    }
    finish(writer)
}

fn start(bom: bool) -> csv::Writer<Vec<u8>> {
    let buffer = if bom { BOM.to_vec() } else { Vec::new() };
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(buffer)
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, TableError> {
    writer.into_inner().map_err(|e| TableError(csv::Error::from(e.into_error())))
}

/// A cell a spreadsheet shows as text, never runs as a formula.
#[must_use]
pub fn safe(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A number with at most four decimals and no trailing zeros: `0.75`, `1`.
fn number(value: f64) -> String {
    let text = format!("{value:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn seconds(ms: i64) -> String {
    #[allow(clippy::cast_precision_loss)] // milliseconds of one attempt
    let s = ms as f64 / 1000.0;
    number(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::data::{LearnerData, SCHEMA, VERSION};
    use crate::progress::StoredAttempt;

    fn attempt(exercise: &str, answer: &str, score: f64, correct: bool) -> StoredAttempt {
        StoredAttempt {
            id: 1,
            workshop: "search".into(),
            lesson: "boolean".into(),
            exercise: exercise.into(),
            exercise_hash: "0".into(),
            answer: answer.into(),
            score,
            max: 1.0,
            correct,
            hints_used: 0,
            time_spent_ms: 12_500,
            started_at: "2026-11-28T09:00:00Z".into(),
            submitted_at: "2026-11-28T09:00:12.5Z".into(),
        }
    }

    fn export() -> Export {
        Export {
            schema: SCHEMA.to_string(),
            version: VERSION,
            exported_at: "2026-11-28T10:00:00Z".into(),
            pseudonymized: false,
            checksum: None,
            learners: vec![LearnerData {
                learner: "=HYPERLINK(\"x\")".into(),
                attempts: vec![
                    attempt("and", "-3", 0.0, false),
                    attempt("and", "b", 1.0, true),
                    attempt("or", "@sum", 0.5, false),
                ],
                responses: Vec::new(),
                completed_lessons: Vec::new(),
                completed_workshops: Vec::new(),
                hints_shown: 0,
                visited: Vec::new(),
            }],
        }
    }

    #[test]
    fn formulas_are_neutralised_and_rows_are_crlf() {
        let csv = String::from_utf8(attempts(&export(), false).expect("csv")).expect("UTF-8");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "learner,workshop,lesson,exercise,answer,score,max,correct,hints_used,time_spent_s,started_at,submitted_at"
        );
        assert_eq!(
            lines[1],
            "\"'=HYPERLINK(\"\"x\"\")\",search,boolean,and,'-3,0,1,false,0,12.5,2026-11-28T09:00:00Z,2026-11-28T09:00:12.5Z"
        );
        assert!(lines[3].contains(",'@sum,"));
    }

    #[test]
    fn a_bom_only_when_asked() {
        assert!(attempts(&export(), true).expect("csv").starts_with(BOM));
        assert!(!attempts(&export(), false).expect("csv").starts_with(BOM));
    }

    #[test]
    fn the_summary_keeps_the_best_score_per_exercise() {
        let csv = String::from_utf8(summary(&export(), false).expect("csv")).expect("UTF-8");
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[1].ends_with(",search,boolean,and,2,1,true"), "{}", lines[1]);
        assert!(lines[2].ends_with(",search,boolean,or,1,0.5,false"), "{}", lines[2]);
    }

    proptest::proptest! {
        #[test]
        fn no_cell_starts_a_formula(cell in "\\PC{0,20}") {
            let out = safe(&cell);
            proptest::prop_assert!(!out.starts_with(['=', '+', '-', '@', '\t', '\r']));
        }
    }
}
