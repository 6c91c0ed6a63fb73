//! `kind = "choice"`: options, one or several correct; or a true/false statement.

use std::ops::Range;

use super::super::exercise_file::fraction;
use super::super::localize;
use crate::content::spanned::Spanned;

use super::super::raw::{RawChoice, RawChoiceOption, RawText};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ChoiceOption, ChoiceSpec, ExerciseKind};
use crate::text::Localized;

/// The most options a question may have: they are named by the letters a to z.
const MAX_OPTIONS: usize = 26;

pub fn read(
    file: &SourceFile,
    raw: RawChoice,
    span: Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseKind> {
    let penalty = raw.penalty.as_ref().map_or(0.0, |p| fraction(file, p, "penalty", diags));
    if let Some(penalty) = &raw.penalty
        && !raw.multiple
    {
        diags.push(file.warning(
            Code::PenaltyWithoutMultiple,
            penalty.span(),
            "`penalty` only applies when `multiple = true`",
        ));
    }
    let options =
        match (raw.answer, raw.option) {
            (Some(answer), None) => true_false(
                file,
                *answer.get_ref(),
                raw.feedback_true.as_ref(),
                raw.feedback_false.as_ref(),
                diags,
            ),
            (None, Some(options)) => {
                for key in [&raw.feedback_true, &raw.feedback_false].into_iter().flatten() {
                    diags.push(
                    file.error(Code::ChoiceForm,
                        key.span(),
                        "`feedback_true` and `feedback_false` are for true/false questions (`answer = true`)",
                    )
                    .with_help("give each option its own `feedback`"),
                );
                }
                read_options(file, &options, diags)
            }
            (Some(answer), Some(_)) => {
                diags.push(
                file.error(Code::ChoiceForm,
                    answer.span(),
                    "a choice exercise has `[[exercise.option]]` tables or `answer = true/false`, not both",
                )
                .with_help("`answer` makes a true/false question with the options True and False"),
            );
                return None;
            }
            (None, None) => {
                diags.push(file.error(Code::ChoiceForm, span, "a choice exercise needs options").with_help(
                    "add `[[exercise.option]]` tables, or `answer = true` for a true/false statement",
                ));
                return None;
            }
        }?;
    let correct = options.iter().filter(|o| o.correct).count();
    let problem = match (raw.multiple, correct) {
        (_, 0) => Some("no option is marked `correct = true`".to_string()),
        (false, n) if n > 1 => Some(format!(
            "{n} options are marked `correct = true`; a single-choice exercise has exactly one (or set `multiple = true`)"
        )),
        _ => None,
    };
    if let Some(problem) = problem {
        diags.push(
            file.error(Code::CorrectOptions, span, problem)
                .with_help("mark the right options with `correct = true`"),
        );
        return None;
    }
    Some(ExerciseKind::Choice(ChoiceSpec { options, multiple: raw.multiple, shuffle: raw.shuffle, penalty }))
}

fn read_options(
    file: &SourceFile,
    options: &Spanned<Vec<Spanned<RawChoiceOption>>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<ChoiceOption>> {
    let count = options.get_ref().len();
    if count < 2 {
        diags.push(
            file.error(
                Code::ListLength,
                options.span(),
                format!("a choice exercise needs at least 2 options, found {count}"),
            )
            .with_help("add options with `[[exercise.option]]`"),
        );
        return None;
    }
    if count > MAX_OPTIONS {
        diags.push(file.error(
            Code::ListLength,
            options.span(),
            format!("a choice exercise may have at most {MAX_OPTIONS} options, found {count}"),
        ));
        return None;
    }
    let mut read = Vec::new();
    for raw in options.get_ref() {
        let option = raw.get_ref();
        let text = localize::plain(file, &option.text, "text", diags);
        let feedback = option.feedback.as_ref().and_then(|f| localize::markdown(file, f, "feedback", diags));
        read.push(ChoiceOption { text: text?, correct: option.correct, feedback });
    }
    Some(read)
}

/// The two options of a true/false statement, in the learner's language.
fn true_false(
    file: &SourceFile,
    answer: bool,
    feedback_true: Option<&Spanned<RawText>>,
    feedback_false: Option<&Spanned<RawText>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<ChoiceOption>> {
    let mut feedback =
        |raw: Option<&Spanned<RawText>>, key| raw.and_then(|f| localize::markdown(file, f, key, diags));
    let label = |id: &str, en: &str| Localized::new(Some(id.to_string()), Some(en.to_string()));
    Some(vec![
        ChoiceOption {
            text: label("Benar", "True")?,
            correct: answer,
            feedback: feedback(feedback_true, "feedback_true"),
        },
        ChoiceOption {
            text: label("Salah", "False")?,
            correct: !answer,
            feedback: feedback(feedback_false, "feedback_false"),
        },
    ])
}
