//! Grading: an exercise and a learner's answer in, a [`Verdict`] out.
//!
//! Grading is total: every answer, however malformed, gets a verdict (an answer that does not
//! fit the exercise is simply not correct and says why), so front ends never handle errors
//! here. One file per exercise kind; `answer` reads the typed answer syntax, `normalize`
//! prepares typed text for comparison.

pub mod answer;
mod choice;
mod citation;
mod cloze;
mod identifier;
mod license;
mod matching;
pub mod normalize;
mod numeric;
mod order;
mod query;
mod text;

pub use answer::{Answer, AnswerError};
pub use citation::CitationNote;
pub use identifier::IdNote;
pub use license::LicenceNote;
pub use query::Named;

use crate::exercise::{Exercise, ExerciseKind};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::text::{Doc, Localized};

/// The outcome of grading one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub score: f64,
    pub max: f64,
    pub correct: bool,
    /// What was right and what to reconsider, in order.
    pub feedback: Vec<Feedback>,
}

/// One piece of feedback.
#[derive(Debug, Clone, PartialEq)]
pub enum Feedback {
    /// Text the author wrote for this answer.
    Author(Localized<Doc>),
    /// A remark of the grader's own, worded in the learner's language by [`Note::text`].
    Note(Note),
}

/// The grader's own remarks.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// Nothing was answered.
    Empty,
    /// The answer does not fit the exercise (e.g. an option that does not exist).
    InvalidAnswer,
    /// Multiple choice: how many of the correct options were picked.
    PickedCorrect {
        picked: usize,
        of: usize,
    },
    /// Multiple choice: how many picks were wrong.
    WrongPicks(usize),
    /// Accepted despite a spelling slip; the accepted spelling.
    Typo {
        expected: String,
    },
    NotANumber,
    TooHigh,
    TooLow,
    /// Ordering: not every item given exactly once.
    UseEveryItemOnce,
    /// Ordering: the longest run already in the right order.
    InOrder {
        longest: usize,
        of: usize,
    },
    /// Cloze: the gaps (1-based) to look at again.
    GapsToCheck(Vec<usize>),
    /// Matching: how many pairs are right.
    PairsRight {
        right: usize,
        of: usize,
    },
    /// Points taken off for revealed hints.
    HintPenalty {
        hints: usize,
        points: f64,
    },
    /// Query: a mistake in the query, so it could not run.
    QueryMistake(crate::search::query::QueryError),
    /// Query: how it was read, with the implied parentheses.
    QueryReadAs(String),
    /// Query: how many records it found, and how many of the relevant ones.
    QueryFound {
        found: usize,
        relevant: usize,
        of: usize,
    },
    /// Query: relevant or required records it did not find.
    QueryMissed(Vec<Named>),
    /// Query: a NOT removed this many relevant records.
    QueryRemovedByNot {
        clause: String,
        count: usize,
    },
    /// Query: a part joined with AND is missing from this many relevant records.
    QueryLeftOutBy {
        clause: String,
        count: usize,
    },
    /// Query: none of its words occur in this many relevant records.
    QueryNoWordMatched {
        count: usize,
    },
    /// Query: records found that do not meet the need.
    QueryExcess {
        count: usize,
        some: Vec<Named>,
    },
    /// Query: records found that the search should leave out.
    QueryForbidden(Vec<Named>),
    /// Query: the number of results is outside the bounds.
    QueryCount {
        found: usize,
        min: Option<usize>,
        max: Option<usize>,
    },
    /// Query: a technique the exercise asks for is not used.
    QueryTechnique(crate::exercise::Technique),
    /// Identifier exercises.
    Identifier(IdNote),
    /// Licence and copyright exercises.
    Licence(LicenceNote),
    /// Citation exercises: the note, the style, and whether the source is in English (whose
    /// titles MLA and Chicago write in title case).
    Citation(CitationNote, crate::cite::Style, bool),
}

impl Note {
    /// The remark in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Note::Empty => Msg::NoteEmpty.text(lang).to_string(),
            Note::InvalidAnswer => Msg::InvalidAnswer.text(lang).to_string(),
            Note::PickedCorrect { picked, of } => Msg::NotePickedCorrect.fill(lang, &[picked, of]),
            Note::WrongPicks(n) => Msg::NoteWrongPicks.fill(lang, &[n]),
            Note::Typo { expected } => Msg::NoteTypo.fill(lang, &[expected]),
            Note::NotANumber => Msg::NoteNotANumber.text(lang).to_string(),
            Note::TooHigh => Msg::NoteTooHigh.text(lang).to_string(),
            Note::TooLow => Msg::NoteTooLow.text(lang).to_string(),
            Note::UseEveryItemOnce => Msg::NoteUseEveryItemOnce.text(lang).to_string(),
            Note::InOrder { longest, of } => Msg::NoteInOrder.fill(lang, &[longest, of]),
            Note::PairsRight { right, of } => Msg::NotePairsRight.fill(lang, &[right, of]),
            Note::GapsToCheck(gaps) => {
                let numbers: Vec<String> = gaps.iter().map(ToString::to_string).collect();
                Msg::NoteGapsToCheck.fill(lang, &[&numbers.join(", ")])
            }
            Note::HintPenalty { hints, points } => {
                Msg::NoteHintPenalty.fill(lang, &[hints, &format_points(*points)])
            }
            Note::QueryMistake(error) => format!("{} {}", error.kind.message(lang), error.kind.help(lang)),
            Note::QueryReadAs(read) => Msg::QueryReadAs.fill(lang, &[read]),
            Note::QueryFound { found, relevant, of } => {
                Msg::NoteQueryFound.fill(lang, &[found, relevant, of])
            }
            Note::QueryMissed(records) => Msg::NoteQueryMissed.fill(lang, &[&names(records, lang)]),
            Note::QueryRemovedByNot { clause, count } => {
                Msg::NoteQueryRemovedByNot.fill(lang, &[clause, count])
            }
            Note::QueryLeftOutBy { clause, count } => Msg::NoteQueryLeftOutBy.fill(lang, &[clause, count]),
            Note::QueryNoWordMatched { count } => Msg::NoteQueryNoWord.fill(lang, &[count]),
            Note::QueryExcess { count, some } => {
                Msg::NoteQueryExcess.fill(lang, &[count, &names(some, lang)])
            }
            Note::QueryForbidden(records) => Msg::NoteQueryForbidden.fill(lang, &[&names(records, lang)]),
            Note::QueryCount { found, min, max } => match (min, max) {
                (Some(min), Some(max)) => Msg::NoteQueryCountBetween.fill(lang, &[found, min, max]),
                (Some(min), None) => Msg::NoteQueryCountAtLeast.fill(lang, &[found, min]),
                (None, Some(max)) => Msg::NoteQueryCountAtMost.fill(lang, &[found, max]),
                (None, None) => String::new(),
            },
            Note::Identifier(note) => id_note(note, lang),
            Note::Licence(note) => licence_note(note, lang),
            Note::Citation(note, style, english) => citation_note(note, *style, *english, lang),
            Note::QueryTechnique(technique) => {
                Msg::NoteQueryTechnique.fill(lang, &[&technique_name(*technique, lang)])
            }
        }
    }
}

/// "L12 “Literasi informasi…”, H06 “Laskar pelangi” and 2 more".
fn names(records: &[Named], lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    for record in records {
        if record.id.is_empty() {
            parts.push(Msg::AndMore.fill(lang, &[&record.title]));
        } else {
            parts.push(format!("{} “{}”", record.id, record.title));
        }
    }
    parts.join(", ")
}

/// A citation note in `lang`: what the style wants for the element.
fn citation_note(note: &CitationNote, style: crate::cite::Style, english: bool, lang: Lang) -> String {
    use crate::cite::Style;
    use crate::cite::compare::{Element, Finding};
    let msg = match note {
        CitationNote::Punctuation => Msg::CitePunctuation,
        CitationNote::Italics(parts) => return Msg::CiteItalics.fill(lang, &[&parts.join(", ")]),
        CitationNote::YearPlace => Msg::CiteYearPlace,
        CitationNote::Element { element, finding } => match (element, finding, style) {
            (Element::Authors, _, Style::Apa) => Msg::CiteAuthorsApa,
            (Element::Authors, _, Style::Mla) => Msg::CiteAuthorsMla,
            (Element::Authors, _, Style::Chicago) => Msg::CiteAuthorsChicago,
            (Element::Year, _, Style::Apa) => Msg::CiteYearApa,
            (Element::Year, _, Style::Mla) => Msg::CiteYearMla,
            (Element::Year, _, Style::Chicago) => Msg::CiteYearChicago,
            (Element::Title, Finding::Capitals, _) if !english => Msg::CiteTitleOwnCase,
            (Element::Title, Finding::Capitals, Style::Apa) => Msg::CiteTitleSentenceCase,
            (Element::Title, Finding::Capitals, _) => Msg::CiteTitleTitleCase,
            (Element::Title, _, _) => Msg::CiteTitleMissing,
            (Element::Container, _, _) => Msg::CiteContainer,
            (Element::Numbers, _, Style::Apa) => Msg::CiteNumbersApa,
            (Element::Numbers, _, Style::Mla) => Msg::CiteNumbersMla,
            (Element::Numbers, _, Style::Chicago) => Msg::CiteNumbersChicago,
            (Element::Pages, _, Style::Mla) => Msg::CitePagesMla,
            (Element::Pages, _, _) => Msg::CitePages,
            (Element::Publisher, _, _) => Msg::CitePublisher,
            (Element::Link, _, _) => Msg::CiteLink,
        },
    };
    msg.fill(lang, &[&style.label()])
}

/// A licence note in `lang`.
fn licence_note(note: &LicenceNote, lang: Lang) -> String {
    use crate::license::{Adaptations, Combined, Term};
    match note {
        LicenceNote::NotALicence => Msg::LicenceNotALicence.text(lang).to_string(),
        LicenceNote::NeedsNc(true) => Msg::LicenceNeedsNc.text(lang).to_string(),
        LicenceNote::NeedsNc(false) => Msg::LicenceNoNc.text(lang).to_string(),
        LicenceNote::Adaptations(Adaptations::Yes) => Msg::LicenceAdaptYes.text(lang).to_string(),
        LicenceNote::Adaptations(Adaptations::ShareAlike) => Msg::LicenceAdaptSa.text(lang).to_string(),
        LicenceNote::Adaptations(Adaptations::No) => Msg::LicenceAdaptNo.text(lang).to_string(),
        LicenceNote::Waive => Msg::LicenceWaive.text(lang).to_string(),
        LicenceNote::Chosen(licence) => Msg::LicenceChosen.fill(lang, &[&licence.name()]),
        LicenceNote::SayYesOrNo => Msg::LicenceSayYesNo.text(lang).to_string(),
        LicenceNote::UseRule { licence, use_, allowed } => {
            let why = if *allowed {
                if licence.share_alike()
                    && matches!(use_, crate::license::Use::Adapt | crate::license::Use::AdaptCommercial)
                {
                    Msg::LicenceAllowedSa
                } else {
                    Msg::LicenceAllowed
                }
            } else if licence.non_commercial()
                && matches!(use_, crate::license::Use::Commercial | crate::license::Use::AdaptCommercial)
            {
                Msg::LicenceForbiddenNc
            } else {
                Msg::LicenceForbiddenNd
            };
            why.fill(lang, &[&licence.name(), &license::use_name(*use_, lang)])
        }
        LicenceNote::Rule(id) => crate::license::rule_text(id)
            .map_or_else(String::new, |t| Msg::LicenceRule.fill(lang, &[t.get(lang)])),
        LicenceNote::CombinedIs(Combined::NotAllowed) => Msg::LicenceCannotCombine.text(lang).to_string(),
        LicenceNote::CombinedIs(_) => Msg::LicenceCanCombine.text(lang).to_string(),
        LicenceNote::NotAYear => Msg::LicenceNotAYear.text(lang).to_string(),
        LicenceNote::LastProtectedYear => Msg::LicenceLastProtected.text(lang).to_string(),
        LicenceNote::FirstAuthor => Msg::LicenceFirstAuthor.text(lang).to_string(),
        LicenceNote::OldLaw => Msg::LicenceOldLaw.text(lang).to_string(),
        LicenceNote::TermRule(Term::LifePlus70) => Msg::TermLife70.text(lang).to_string(),
        LicenceNote::TermRule(Term::AnnouncementPlus50) => Msg::TermAnnounce50.text(lang).to_string(),
        LicenceNote::TermRule(Term::AnnouncementPlus25) => Msg::TermAnnounce25.text(lang).to_string(),
    }
}

/// An identifier note in `lang`.
fn id_note(note: &IdNote, lang: Lang) -> String {
    use crate::identifier::Scheme;
    let rule = |scheme: Scheme| match scheme {
        Scheme::Isbn10 => Msg::IdRuleIsbn10,
        Scheme::Isbn13 => Msg::IdRuleIsbn13,
        Scheme::Issn => Msg::IdRuleIssn,
    };
    match note {
        IdNote::Working(w) => {
            let products: Vec<String> = w.products.iter().map(ToString::to_string).collect();
            let check = w.check.to_string();
            Msg::IdWorking.fill(lang, &[&products.join(" + "), &w.sum, &w.modulus, &w.remainder, &check])
        }
        IdNote::Rule(scheme) => rule(*scheme).text(lang).to_string(),
        IdNote::RemainderGiven { remainder, modulus } => {
            Msg::IdRemainderGiven.fill(lang, &[remainder, modulus])
        }
        IdNote::TenIsX => Msg::IdTenIsX.text(lang).to_string(),
        IdNote::Shape(scheme) => Msg::IdShape.fill(lang, &[&scheme.label(), &scheme.len()]),
        IdNote::Validity { scheme, sum, modulus, valid } => {
            let msg = if *valid { Msg::IdValid } else { Msg::IdInvalid };
            msg.fill(lang, &[&scheme.label(), sum, modulus, &(sum % modulus)])
        }
        IdNote::SayValidOrNot => Msg::IdSayValid.text(lang).to_string(),
        IdNote::Prefix978 => Msg::IdPrefix978.text(lang).to_string(),
        IdNote::OldCheckDigitKept(scheme) => Msg::IdOldCheck.fill(lang, &[&scheme.label()]),
        IdNote::Drop978 => Msg::IdDrop978.text(lang).to_string(),
        IdNote::NotADoi => Msg::IdNotADoi.text(lang).to_string(),
        IdNote::DifferentDoi => Msg::IdDifferentDoi.text(lang).to_string(),
        IdNote::DoiLabel => Msg::IdDoiLabel.text(lang).to_string(),
        IdNote::DoiBare => Msg::IdDoiBare.text(lang).to_string(),
        IdNote::DoiHttp => Msg::IdDoiHttp.text(lang).to_string(),
        IdNote::DoiDx => Msg::IdDoiDx.text(lang).to_string(),
        IdNote::DoiEncode(chars) => {
            let pairs: Vec<String> = chars
                .iter()
                .map(|c| {
                    format!(
                        "{} → %{:02X}",
                        if *c == ' ' { "␠".to_string() } else { c.to_string() },
                        u32::from(*c)
                    )
                })
                .collect();
            Msg::IdDoiEncode.fill(lang, &[&pairs.join(", ")])
        }
    }
}

/// A technique as the feedback names it: with the syntax that writes it.
fn technique_name(technique: crate::exercise::Technique, lang: Lang) -> String {
    use crate::exercise::Technique as T;
    let msg = match technique {
        T::And => Msg::TechniqueAnd,
        T::Or => Msg::TechniqueOr,
        T::Not => Msg::TechniqueNot,
        T::Phrase => Msg::TechniquePhrase,
        T::Truncation => Msg::TechniqueTruncation,
        T::Field => Msg::TechniqueField,
        T::Parentheses => Msg::TechniqueParentheses,
        T::Year => Msg::TechniqueYear,
        T::Language => Msg::TechniqueLanguage,
        T::Type => Msg::TechniqueType,
    };
    msg.text(lang).to_string()
}

/// A score for people: at most two decimals, no trailing zeros ("0.5", "1", "0.33").
#[must_use]
pub fn format_points(points: f64) -> String {
    let text = format!("{points:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

impl Verdict {
    /// Partial credit: more than nothing, less than everything. Worth showing as a number.
    #[must_use]
    pub fn is_partial(&self) -> bool {
        self.score > 0.0 && self.score < self.max
    }

    fn new(score: f64, correct: bool, feedback: Vec<Feedback>) -> Verdict {
        Verdict { score: score.clamp(0.0, 1.0), max: 1.0, correct, feedback }
    }

    fn wrong(note: Note) -> Verdict {
        Verdict::new(0.0, false, vec![Feedback::Note(note)])
    }
}

/// Grades `answer` for `exercise`, without hint penalties.
#[must_use]
pub fn grade(exercise: &Exercise, answer: &Answer) -> Verdict {
    grade_kind(&exercise.kind, answer)
}

/// Grades `answer` by the kind-specific part of an exercise alone.
#[must_use]
pub fn grade_kind(kind: &ExerciseKind, answer: &Answer) -> Verdict {
    match (kind, answer) {
        (ExerciseKind::Choice(spec), Answer::Choice(picked)) => choice::grade(spec, picked),
        (ExerciseKind::Text(spec), Answer::Text(text)) => text::grade(spec, text),
        (ExerciseKind::Numeric(spec), Answer::Text(text)) => numeric::grade(spec, text),
        (ExerciseKind::Order(spec), Answer::Order(sequence)) => order::grade(spec, sequence),
        (ExerciseKind::Match(spec), Answer::Match(chosen)) => matching::grade(spec, chosen),
        (ExerciseKind::Cloze(spec), Answer::Cloze(values)) => cloze::grade(spec, values),
        (ExerciseKind::Query(spec), Answer::Text(text)) => query::grade(spec, text),
        (ExerciseKind::Identifier(spec), Answer::Text(text)) => identifier::grade(spec, text),
        (ExerciseKind::License(spec), Answer::Text(text)) => license::grade(spec, text),
        (ExerciseKind::Citation(spec), Answer::Text(text)) => citation::grade(spec, text),
        _ => Verdict::wrong(Note::InvalidAnswer),
    }
}

/// Grades a query for a query exercise's spec on its own (the loader checks an author's
/// solution with it before the exercise exists).
#[must_use]
pub fn query_grade(spec: &crate::exercise::QuerySpec, text: &str) -> Verdict {
    query::grade(spec, text)
}

/// The answer an identifier exercise expects, worked out from the algorithm; `None` when
/// the given identifier does not allow one (the loader reports that).
#[must_use]
pub fn identifier_key(spec: &crate::exercise::IdentifierSpec) -> Option<String> {
    identifier::key(spec)
}

/// The facts a typed exercise shows under its prompt, one line each: the identifier of an
/// identifier task, the licences of a licence task, the source (or the entry to correct) of
/// a citation. Both front ends show them.
#[must_use]
pub fn given_lines(kind: &ExerciseKind, lang: Lang) -> Vec<String> {
    match kind {
        ExerciseKind::Identifier(spec) => vec![Msg::IdGiven.fill(lang, &[&spec.task.label(), &spec.given])],
        ExerciseKind::License(spec) => license::shown(spec, lang).into_iter().collect(),
        ExerciseKind::Citation(spec) => citation::shown(spec, lang),
        _ => Vec::new(),
    }
}

/// The answer a licence exercise expects, worked out from the rules.
#[must_use]
pub fn license_key(spec: &crate::exercise::LicenseSpec, lang: Lang) -> String {
    let key = license::key(spec);
    match key.as_str() {
        "true" => Msg::AnswerYes.text(lang).to_string(),
        "false" | "no" => Msg::AnswerNo.text(lang).to_string(),
        _ => key,
    }
}

/// Grades `answer` as a learner's attempt: the exercise's hint penalty is taken off for each
/// hint revealed, never below zero.
#[must_use]
pub fn grade_attempt(exercise: &Exercise, answer: &Answer, hints_used: usize) -> Verdict {
    let mut verdict = grade(exercise, answer);
    #[allow(clippy::cast_precision_loss)] // a handful of hints
    let penalty = exercise.hint_penalty * hints_used as f64 * verdict.max;
    if penalty > 0.0 && verdict.score > 0.0 {
        let points = penalty.min(verdict.score);
        verdict.score -= points;
        verdict.feedback.push(Feedback::Note(Note::HintPenalty { hints: hints_used, points }));
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_written_briefly() {
        assert_eq!(format_points(1.0), "1");
        assert_eq!(format_points(0.5), "0.5");
        assert_eq!(format_points(1.0 / 3.0), "0.33");
        assert_eq!(format_points(0.0), "0");
    }
}

#[cfg(test)]
mod every_kind {
    use super::*;
    use crate::content::{self, CourseSource};

    /// Every exercise of the fixture course, which has one of each kind.
    fn exercises() -> Vec<Exercise> {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kinds-course");
        content::load(&CourseSource::Dir(dir)).expect("fixture course").course.exercises
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        #[test]
        fn any_typed_answer_to_any_kind_is_refused_or_graded_within_bounds(
            parts in proptest::collection::vec("\\PC{0,30}|[a-e1-5 |,-]{0,12}", 1..4),
            hints in 0usize..4,
        ) {
            for exercise in exercises() {
                if let Ok(answer) = answer::parse(&exercise.kind, &parts) {
                    let verdict = grade_attempt(&exercise, &answer, hints);
                    proptest::prop_assert!(verdict.score >= 0.0 && verdict.score <= verdict.max, "{}", exercise.id);
                }
            }
        }
    }
}
