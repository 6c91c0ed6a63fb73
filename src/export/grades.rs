//! Moodle's grade import layout (`grades-csv`): one row per learner, an identifier column,
//! then one column per workshop and per lesson with a grade out of 100 — the average of the
//! best score of each graded exercise in it, an exercise never tried counting 0. Moodle maps
//! the identifier column to a user field (username, ID number or email) and each other
//! column to a grade item when the file is imported.

use super::data::Export;
use super::table::{TableError, safe};
use crate::content::{Course, Step};

/// The UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The grade table of `export` for the workshops and lessons of `course`.
///
/// # Errors
/// Not in practice: the rows go to memory.
pub fn grades(export: &Export, course: &Course, bom: bool) -> Result<Vec<u8>, TableError> {
    // The graded exercises of each workshop and lesson, in course order.
    let mut columns: Vec<(String, Vec<&str>)> = Vec::new();
    for workshop in &course.workshops {
        let mut all = Vec::new();
        let mut lessons = Vec::new();
        for lesson in &workshop.lessons {
            let ids: Vec<&str> = lesson
                .steps
                .iter()
                .filter_map(|s| match s {
                    Step::Exercise(i) => course.exercises.get(*i),
                    Step::Page(_) => None,
                })
                .filter(|e| e.kind.is_graded())
                .map(|e| e.id.as_str())
                .collect();
            if !ids.is_empty() {
                all.extend(ids.iter().copied());
                lessons.push((format!("{}/{}", workshop.id, lesson.id), ids));
            }
        }
        if !all.is_empty() {
            columns.push((workshop.id.clone(), all));
            columns.extend(lessons);
        }
    }
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(if bom {
        BOM.to_vec()
    } else {
        Vec::new()
    });
    let header: Vec<String> =
        std::iter::once("username".to_string()).chain(columns.iter().map(|(name, _)| name.clone())).collect();
    writer.write_record(&header)?;
    for learner in &export.learners {
        let best = |exercise: &str| -> f64 {
            learner
                .attempts
                .iter()
                .filter(|a| a.exercise == exercise)
                .map(|a| if a.max > 0.0 { a.score / a.max } else { 0.0 })
                .fold(0.0, f64::max)
        };
        let mut row = vec![safe(&learner.learner).into_owned()];
        for (_, exercises) in &columns {
            let sum: f64 = exercises.iter().map(|e| best(e)).sum();
            #[allow(clippy::cast_precision_loss)] // a handful of exercises
            let grade = 100.0 * sum / exercises.len() as f64;
            row.push(format!("{grade:.2}").trim_end_matches('0').trim_end_matches('.').to_string());
        }
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| TableError::from(csv::Error::from(e.into_error())))
}
