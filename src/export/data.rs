//! What an export holds, gathered from the progress store. The JSON form is versioned
//! (`schema` and `version`) and documented in `docs/export-format.md`.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::pseudonym::Pseudonyms;
use crate::progress::Store;
use crate::progress::{StoreError, StoredAttempt};

/// The name of the JSON schema, and its version: a new version only when a field changes
/// meaning or goes away (new fields may be added within a version).
pub const SCHEMA: &str = "infolit-export";
pub const VERSION: u32 = 1;

/// Everything exported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub schema: String,
    pub version: u32,
    /// When the export was made (UTC, ISO 8601).
    pub exported_at: String,
    /// Names replaced by pseudonyms.
    pub pseudonymized: bool,
    pub learners: Vec<LearnerData>,
    /// In a participant's bundle: SHA-256 of `learners` as written, so a damaged or edited
    /// file is noticed when it is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
}

impl Export {
    /// The checksum of the learners' data.
    #[must_use]
    pub fn compute_checksum(&self) -> String {
        let text = serde_json::to_string(&self.learners).unwrap_or_default();
        crate::hex::hex(&Sha256::digest(text.as_bytes()))
    }

    /// Reads an export or bundle, refusing another schema, a newer version, or a bundle whose
    /// checksum does not match.
    ///
    /// # Errors
    /// A message for the facilitator saying what is wrong with the file.
    pub fn read(text: &str) -> Result<Export, String> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        if value.get("schema").and_then(serde_json::Value::as_str) != Some(SCHEMA) {
            return Err(format!("not an infolit export (no \"schema\": \"{SCHEMA}\")"));
        }
        let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version > u64::from(VERSION) {
            return Err(format!(
                "made by a newer infolit (export version {version}); update infolit to read it"
            ));
        }
        let export: Export =
            serde_json::from_value(value).map_err(|e| format!("not a complete export: {e}"))?;
        if let Some(checksum) = &export.checksum
            && *checksum != export.compute_checksum()
        {
            return Err(
                "the file was changed or damaged after it was written (its checksum does not match)".into()
            );
        }
        Ok(export)
    }
}

/// One learner's work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The first visit of each step seen. Left out when empty, so bundles written before
    /// it existed keep their checksum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub visited: Vec<StepVisit>,
}

/// The first time a learner saw a step of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepVisit {
    pub workshop: String,
    pub lesson: String,
    /// 0-based, in the lesson's order.
    pub step: usize,
    /// UTC, RFC 3339.
    pub at: String,
}

/// A response to one question of a poll, survey or reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    pub exercise: String,
    /// 1-based, as the learner saw it.
    pub question: usize,
    /// A scale point or option as its number (`"4"`), or the text typed.
    pub response: String,
}

/// A lesson, by workshop and lesson id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
            visited: store
                .first_visits(id)?
                .into_iter()
                .map(|(workshop, lesson, step, at)| StepVisit { workshop, lesson, step, at })
                .collect(),
        });
    }
    Ok(Export {
        schema: SCHEMA.to_string(),
        version: VERSION,
        exported_at: exported_at.to_string(),
        pseudonymized: pseudonyms.is_some(),
        learners,
        checksum: None,
    })
}
