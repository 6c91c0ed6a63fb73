//! What an export holds, gathered from the progress store. The JSON form is versioned
//! (`schema` and `version`) and documented in `docs/export-format.md`.

use serde::Serialize;

use super::pseudonym::Pseudonyms;
use crate::progress::Store;
use crate::progress::{StoreError, StoredAttempt};

/// The name of the JSON schema, and its version: a new version only when a field changes
/// meaning or goes away (new fields may be added within a version).
pub const SCHEMA: &str = "infolit-export";
pub const VERSION: u32 = 1;

/// Everything exported.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Export {
    pub schema: &'static str,
    pub version: u32,
    /// When the export was made (UTC, ISO 8601).
    pub exported_at: String,
    /// Names replaced by pseudonyms.
    pub pseudonymized: bool,
    pub learners: Vec<LearnerData>,
}

/// One learner's work.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerData {
    /// The name, or its pseudonym.
    pub learner: String,
    pub attempts: Vec<StoredAttempt>,
    /// Answers to polls, surveys and reflections.
    pub responses: Vec<Response>,
    pub completed_lessons: Vec<LessonRef>,
    pub completed_workshops: Vec<String>,
    /// Hints revealed, over all exercises.
    pub hints_shown: usize,
}

/// A response to one question of a poll, survey or reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Response {
    pub exercise: String,
    /// 1-based, as the learner saw it.
    pub question: usize,
    /// A scale point or option as its number (`"4"`), or the text typed.
    pub response: String,
}

/// A lesson, by workshop and lesson id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LessonRef {
    pub workshop: String,
    pub lesson: String,
}

/// The work of `names` (as stored), with pseudonyms in place of names when given.
///
/// # Errors
/// When the progress file cannot be read.
pub fn gather(
    store: &Store,
    names: &[String],
    pseudonyms: Option<&Pseudonyms>,
    exported_at: jiff::Timestamp,
) -> Result<Export, StoreError> {
    let mut learners = Vec::new();
    for name in names {
        let Some(id) = store.find_learner(name)? else { continue };
        learners.push(LearnerData {
            learner: pseudonyms.map_or_else(|| name.clone(), |p| p.of(name)),
            attempts: store.attempts(id)?,
            responses: store
                .responses(id)?
                .into_iter()
                .map(|(exercise, question, response)| Response { exercise, question: question + 1, response })
                .collect(),
            completed_lessons: store
                .completed_lessons(id)?
                .into_iter()
                .map(|(workshop, lesson)| LessonRef { workshop, lesson })
                .collect(),
            completed_workshops: store.completed_workshops(id)?,
            hints_shown: store.hints_shown(id)?,
        });
    }
    Ok(Export {
        schema: SCHEMA,
        version: VERSION,
        exported_at: exported_at.to_string(),
        pseudonymized: pseudonyms.is_some(),
        learners,
    })
}
