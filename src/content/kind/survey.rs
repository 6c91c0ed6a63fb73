//! `kind = "poll"`, `"survey"` and `"reflection"`: questions that are recorded, not graded.

use crate::content::spanned::Spanned;

use super::super::localize;
use super::super::raw::{RawPoll, RawQuestion, RawSurvey, RawText};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, Question, QuestionKind, SurveySpec, SurveyStyle, agreement_scale};
use crate::text::Localized;

/// Options or scale points a question may offer: numbered, so a handful is plenty.
const MAX_CHOICES: usize = 10;
/// Questions in one survey.
const MAX_QUESTIONS: usize = 30;

pub fn read_poll(file: &SourceFile, raw: &RawPoll, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let options = choices(file, &raw.options, "options", diags)?;
    Some(ExerciseKind::Survey(SurveySpec {
        style: SurveyStyle::Poll,
        questions: vec![Question { text: None, kind: QuestionKind::Choice { options } }],
    }))
}

#[must_use]
pub fn reflection() -> ExerciseKind {
    ExerciseKind::Survey(SurveySpec {
        style: SurveyStyle::Reflection,
        questions: vec![Question { text: None, kind: QuestionKind::Text }],
    })
}

pub fn read_survey(file: &SourceFile, raw: &RawSurvey, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let count = raw.question.get_ref().len();
    if !(1..=MAX_QUESTIONS).contains(&count) {
        diags.push(
            file.error(
                Code::ListLength,
                raw.question.span(),
                format!("a survey needs 1 to {MAX_QUESTIONS} questions, found {count}"),
            )
            .with_help("add `[[exercise.question]]` tables with `text` and `type`"),
        );
        return None;
    }
    let questions: Vec<_> = raw.question.get_ref().iter().map(|q| question(file, q, diags)).collect();
    Some(ExerciseKind::Survey(SurveySpec {
        style: SurveyStyle::Survey,
        questions: questions.into_iter().collect::<Option<_>>()?,
    }))
}

fn question(file: &SourceFile, raw: &Spanned<RawQuestion>, diags: &mut Vec<Diagnostic>) -> Option<Question> {
    let q = raw.get_ref();
    let text = localize::plain(file, &q.text, "text", diags);
    let kind = match (q.kind.get_ref().as_str(), &q.options, &q.labels) {
        ("likert", None, None) => QuestionKind::Likert { labels: agreement_scale() },
        ("likert", None, Some(labels)) => {
            QuestionKind::Likert { labels: choices(file, labels, "labels", diags)? }
        }
        ("choice", Some(options), None) => {
            QuestionKind::Choice { options: choices(file, options, "options", diags)? }
        }
        ("text", None, None) => QuestionKind::Text,
        ("likert" | "choice" | "text", ..) => {
            diags.push(
                file.error(Code::QuestionForm, raw.span(), "`options` go with `type = \"choice\"`, `labels` with `type = \"likert\"`, and a text question has neither")
                    .with_help("a likert question without `labels` uses a five-point agreement scale"),
            );
            return None;
        }
        (other, ..) => {
            diags.push(
                file.error(Code::UnknownValue, q.kind.span(), format!("unknown question type `{other}`"))
                    .with_help(
                        "types: `likert` (a scale), `choice` (one of the options), `text` (free text)",
                    ),
            );
            return None;
        }
    };
    Some(Question { text: Some(text?), kind })
}

fn choices(
    file: &SourceFile,
    raw: &Spanned<Vec<Spanned<RawText>>>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<Localized<String>>> {
    let count = raw.get_ref().len();
    if !(2..=MAX_CHOICES).contains(&count) {
        diags.push(file.error(
            Code::ListLength,
            raw.span(),
            format!("`{key}` needs 2 to {MAX_CHOICES} entries, found {count}"),
        ));
        return None;
    }
    let read: Vec<_> = raw.get_ref().iter().map(|t| localize::plain(file, t, key, diags)).collect();
    read.into_iter().collect()
}
