//! Reading an exercise bank, `exercises/<bank>.toml`: the envelope of the file, then each
//! `[[exercise]]` by its `kind`.

use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::decode::{self, Value, did_you_mean, quoted_list};
use super::fields::{check_format_version, check_id};
use super::localize;
use super::raw::{RawBank, RawChoiceExercise};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::exercise::{ChoiceOption, ChoiceSpec, Exercise, ExerciseKind, KindName};
use crate::text::Localized;

/// An exercise read from a file, with where its id was written (for duplicate and
/// unused-exercise diagnostics).
#[derive(Debug)]
pub struct ExerciseDraft {
    pub exercise: Exercise,
    pub id_span: Range<usize>,
}

/// Reads every exercise of a bank; problems go to `diags`.
pub fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Vec<ExerciseDraft> {
    let Some(table) = decode::parse_document(file, diags) else {
        return Vec::new();
    };
    if !check_format_version(file, &table, diags) {
        return Vec::new();
    }
    let document: Value<'_> = Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let _: Option<RawBank> = decode::decode(file, &document, "an exercise file", diags);
    let items = decode::items(file, &document, "exercise", diags);
    if items.is_empty() && decode::get(&document, "exercise").is_none() {
        diags.push(
            file.warning(0..0, "this exercise file has no exercises")
                .with_help("add one with an `[[exercise]]` table"),
        );
    }
    items
        .iter()
        .filter_map(|item| read_exercise(file, item, diags))
        .collect()
}

fn read_exercise(
    file: &SourceFile,
    item: &Value<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseDraft> {
    let Some(kind) = decode::get(item, "kind") else {
        diags.push(
            file.error(item.span(), "missing key `kind` in an exercise")
                .with_help(format!("kinds: {}", kind_list())),
        );
        return None;
    };
    let Some(kind_text) = kind.get_ref().as_str() else {
        diags.push(file.error(
            kind.span(),
            format!(
                "`kind` must be a string, found {}",
                kind.get_ref().type_str()
            ),
        ));
        return None;
    };
    let Some(kind_name) = KindName::parse(kind_text) else {
        let diagnostic = file.error(kind.span(), format!("unknown exercise kind `{kind_text}`"));
        let names: Vec<&str> = KindName::ALL.iter().map(|k| k.as_str()).collect();
        diags.push(match did_you_mean(kind_text, names.iter().copied()) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("kinds: {}", kind_list())),
        });
        return None;
    };
    match kind_name {
        KindName::Choice => read_choice(file, item, diags),
    }
}

fn kind_list() -> String {
    let names: Vec<&str> = KindName::ALL.iter().map(|k| k.as_str()).collect();
    quoted_list(&names)
}

fn read_choice(
    file: &SourceFile,
    item: &Value<'_>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseDraft> {
    let raw: RawChoiceExercise = decode::decode(file, item, "a choice exercise", diags)?;
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    check_id(file, &raw.id, diags);
    let prompt = localize::markdown(file, &raw.prompt, "prompt", diags);
    let title = match &raw.title {
        Some(title) => localize::plain(file, title, "title", diags),
        None => prompt
            .as_ref()
            .map(|p| p.map(crate::text::Doc::first_text_line)),
    };
    let hints: Vec<_> = raw
        .hints
        .iter()
        .filter_map(|h| localize::markdown(file, h, "hint", diags))
        .collect();
    let explanation = raw
        .explanation
        .as_ref()
        .and_then(|e| localize::markdown(file, e, "explanation", diags));

    let mut options = Vec::new();
    for raw_option in raw.option.get_ref() {
        let option = raw_option.get_ref();
        let text = localize::plain(file, &option.text, "text", diags);
        let feedback = option
            .feedback
            .as_ref()
            .and_then(|f| localize::markdown(file, f, "feedback", diags));
        if let Some(text) = text {
            options.push(ChoiceOption {
                text,
                correct: option.correct,
                feedback,
            });
        }
    }
    let count = raw.option.get_ref().len();
    if count < 2 {
        diags.push(
            file.error(
                raw.option.span(),
                format!("a choice exercise needs at least 2 options, found {count}"),
            )
            .with_help("add options with `[[exercise.option]]`"),
        );
    } else if count > 26 {
        diags.push(file.error(
            raw.option.span(),
            format!("a choice exercise may have at most 26 options, found {count}"),
        ));
    }
    let correct = raw
        .option
        .get_ref()
        .iter()
        .filter(|o| o.get_ref().correct)
        .count();
    if count >= 2 && correct != 1 {
        let message = if correct == 0 {
            "no option is marked `correct = true`".to_string()
        } else {
            format!(
                "{correct} options are marked `correct = true`; a single-choice exercise has exactly one"
            )
        };
        diags.push(
            file.error(raw.id.span(), message)
                .with_help("mark exactly one option with `correct = true`"),
        );
    }
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    if errors_after > errors_before {
        return None;
    }
    Some(ExerciseDraft {
        id_span: raw.id.span(),
        exercise: Exercise {
            id: raw.id.into_inner(),
            title: title.unwrap_or_else(|| Localized::both(String::new())),
            prompt: prompt?,
            hints,
            explanation,
            kind: ExerciseKind::Choice(ChoiceSpec { options }),
            source: file.path.clone(),
        },
    })
}
