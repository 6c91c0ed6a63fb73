//! Exercises as the course model holds them: the envelope every kind shares and one spec per
//! kind. Graders (`grade`) and front ends read these; only `content` builds them.

use serde::Serialize;

use crate::text::{Doc, Localized};

/// One exercise of the course, with everything a front end shows and a grader needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    pub id: String,
    /// A short title for lists; where the author gave none, the prompt's first line.
    pub title: Localized<String>,
    pub prompt: Localized<Doc>,
    /// Ordered from gentle to strong; revealed one at a time.
    pub hints: Vec<Localized<Doc>>,
    /// Shown after a correct answer.
    pub explanation: Option<Localized<Doc>>,
    pub kind: ExerciseKind,
    /// The file it was defined in, as shown in diagnostics.
    pub source: String,
}

/// The kind-specific part of an exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExerciseKind {
    Choice(ChoiceSpec),
}

/// The name of each kind as written in `kind = "…"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KindName {
    Choice,
}

impl KindName {
    /// Every kind this build understands, for messages and "did you mean".
    pub const ALL: [KindName; 1] = [KindName::Choice];

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            KindName::Choice => "choice",
        }
    }

    #[must_use]
    pub fn parse(name: &str) -> Option<KindName> {
        KindName::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl ExerciseKind {
    #[must_use]
    pub fn name(&self) -> KindName {
        match self {
            ExerciseKind::Choice(_) => KindName::Choice,
        }
    }
}

/// A single-choice question: exactly one option is correct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceSpec {
    pub options: Vec<ChoiceOption>,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    pub text: Localized<String>,
    pub correct: bool,
    /// Why this option is right or wrong; shown when the learner picks it.
    pub feedback: Option<Localized<Doc>>,
}
