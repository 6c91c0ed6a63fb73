//! Exercises as the course model holds them: the envelope every kind shares and one spec per
//! kind. Graders (`grade`) and front ends read these; only `content` builds them.

mod choice;
mod citation;
mod cloze;
mod identifier;
mod license;
mod numeric;
mod query;
mod sequence;
mod shuffle;
mod survey;
mod text;

use serde::Serialize;

pub use choice::{ChoiceOption, ChoiceSpec, display_order};
pub use citation::CitationSpec;
pub use cloze::{ClozeSpec, Gap, Piece, gap_marker, split_gaps};
pub use identifier::{IdentifierSpec, IdentifierTask};
pub use license::{LicenseSpec, LicenseTask};
pub use numeric::NumericSpec;
pub use query::{CatalogData, QuerySpec, SharedCatalog, Technique};
pub use sequence::{MatchSpec, OrderSpec};
pub use shuffle::{fnv1a, stable_shuffle};
pub use survey::{
    MAX_RESPONSE_CHARS, Question, QuestionKind, SurveySpec, SurveyStyle, agreement_scale, read_response,
};
pub use text::{Pattern, TextRule, TextSpec};

use crate::text::{Doc, Localized};

/// One exercise of the course, with everything a front end shows and a grader needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    pub id: String,
    /// A short title for lists; where the author gave none, the prompt's first line.
    pub title: Localized<String>,
    pub prompt: Localized<Doc>,
    /// Ordered from gentle to strong; revealed one at a time.
    pub hints: Vec<Localized<Doc>>,
    /// Subtracted from the score for each hint revealed, as a fraction of the maximum.
    pub hint_penalty: f64,
    /// How many answers a learner may submit; `None` for no limit.
    pub attempts: Option<u32>,
    pub explanation: Option<Localized<Doc>>,
    pub explain: Explain,
    pub kind: ExerciseKind,
    /// The author's self-tests, already checked by `check`.
    pub examples: Vec<Example>,
    /// The file it was defined in, as shown in diagnostics.
    pub source: String,
    /// A fingerprint of the exercise as written (16 hex digits), recorded with each attempt
    /// so a later edit of the exercise is detectable.
    pub content_hash: String,
}

/// When the author's explanation is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Explain {
    /// After a correct answer only.
    WhenCorrect,
    /// After a correct answer, or once the last allowed attempt is used.
    #[default]
    WhenDone,
}

/// An answer and the outcome its author expects, checked by `infolit check`.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The answer as written in the answer syntax of the kind (see `grade::answer`).
    pub answer: Vec<String>,
    pub expect: Expectation,
}

/// What an example's answer must get.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Expectation {
    Correct,
    Incorrect,
    /// This score, as a fraction of the maximum (0 to 1).
    Score(f64),
}

/// The kind-specific part of an exercise.
#[derive(Debug, Clone, PartialEq)]
pub enum ExerciseKind {
    Choice(ChoiceSpec),
    Text(TextSpec),
    Numeric(NumericSpec),
    Order(OrderSpec),
    Match(MatchSpec),
    Cloze(ClozeSpec),
    /// Polls, surveys and reflections: recorded, not graded.
    Survey(SurveySpec),
    /// A search on the practice catalogue, graded by what it retrieves.
    Query(QuerySpec),
    /// An ISBN, ISSN or DOI task, graded by the identifier's algorithm.
    Identifier(IdentifierSpec),
    /// A Creative Commons or copyright-term task, graded by the rules.
    License(LicenseSpec),
    /// A reference-list entry to write or correct, graded element by element.
    Citation(Box<CitationSpec>),
}

/// The name of each kind as written in `kind = "…"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum KindName {
    Choice,
    Text,
    Numeric,
    Order,
    Match,
    Cloze,
    Poll,
    Survey,
    Reflection,
    Query,
    Identifier,
    License,
    Citation,
}

impl KindName {
    /// Every kind this build understands, for messages and "did you mean".
    pub const ALL: [KindName; 13] = [
        KindName::Choice,
        KindName::Text,
        KindName::Numeric,
        KindName::Order,
        KindName::Match,
        KindName::Cloze,
        KindName::Poll,
        KindName::Survey,
        KindName::Reflection,
        KindName::Query,
        KindName::Identifier,
        KindName::License,
        KindName::Citation,
    ];

    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            KindName::Choice => "choice",
            KindName::Text => "text",
            KindName::Numeric => "numeric",
            KindName::Order => "order",
            KindName::Match => "match",
            KindName::Cloze => "cloze",
            KindName::Poll => "poll",
            KindName::Survey => "survey",
            KindName::Reflection => "reflection",
            KindName::Query => "query",
            KindName::Identifier => "identifier",
            KindName::License => "license",
            KindName::Citation => "citation",
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
            ExerciseKind::Text(_) => KindName::Text,
            ExerciseKind::Numeric(_) => KindName::Numeric,
            ExerciseKind::Order(_) => KindName::Order,
            ExerciseKind::Match(_) => KindName::Match,
            ExerciseKind::Cloze(_) => KindName::Cloze,
            ExerciseKind::Query(_) => KindName::Query,
            ExerciseKind::Identifier(_) => KindName::Identifier,
            ExerciseKind::License(_) => KindName::License,
            ExerciseKind::Citation(_) => KindName::Citation,
            ExerciseKind::Survey(spec) => match spec.style {
                SurveyStyle::Poll => KindName::Poll,
                SurveyStyle::Survey => KindName::Survey,
                SurveyStyle::Reflection => KindName::Reflection,
            },
        }
    }

    /// Whether answers are graded (polls, surveys and reflections are only recorded).
    #[must_use]
    pub fn is_graded(&self) -> bool {
        !matches!(self, ExerciseKind::Survey(_))
    }

    /// Whether the learner types the answer (rather than picking from a list).
    #[must_use]
    pub fn is_typed(&self) -> bool {
        matches!(
            self,
            ExerciseKind::Text(_)
                | ExerciseKind::Numeric(_)
                | ExerciseKind::Query(_)
                | ExerciseKind::Identifier(_)
                | ExerciseKind::License(_)
                | ExerciseKind::Citation(_)
                | ExerciseKind::Cloze(_)
                | ExerciseKind::Survey(_)
        )
    }
}
