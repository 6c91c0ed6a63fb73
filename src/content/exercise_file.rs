//! Reading an exercise bank, `exercises/<bank>.toml`: the file's envelope, then each
//! `[[exercise]]`: the keys every kind shares here, the kind's own keys in `kind/`, and
//! finally the author's `[[exercise.examples]]`, graded to prove the answer key.

use std::ops::Range;

use crate::content::spanned::Spanned;
use toml::de::DeValue;

use super::decode::{self, Value, did_you_mean, quoted_list};
use super::fields::{check_format_version, check_id};
use super::kind;
use super::localize;
use super::raw::{RawBank, RawEnvelope, RawExample, RawReflection};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{Example, Exercise, ExerciseKind, Expectation, Explain, KindName, SharedCatalog};
use crate::grade::{self, answer};
use crate::text::{Doc, Localized};

/// An exercise read from a file, with where its id was written (for duplicate and
/// unused-exercise diagnostics).
#[derive(Debug)]
pub struct ExerciseDraft {
    pub exercise: Exercise,
    pub id_span: Range<usize>,
}

/// Reads every exercise of a bank; problems go to `diags`.
///
/// `catalog` is the course's catalogue, which query exercises are checked and graded
/// against; `None` when the file is checked on its own.
pub fn read(
    file: &SourceFile,
    catalog: Option<&SharedCatalog>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<ExerciseDraft> {
    let Some(table) = decode::parse_document(file, diags) else {
        return Vec::new();
    };
    if !check_format_version(file, &table, diags) {
        return Vec::new();
    }
    let document: Value<'_> = toml::Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let _: Option<RawBank> = decode::decode(file, &document, "an exercise file", diags);
    let items = decode::items(file, &document, "exercise", diags);
    if items.is_empty() && decode::get(&document, "exercise").is_none() {
        diags.push(
            file.warning(Code::EmptyBank, 0..0, "this exercise file has no exercises")
                .with_help("add one with an `[[exercise]]` table"),
        );
    }
    items.iter().filter_map(|item| read_exercise(file, item, catalog, diags)).collect()
}

fn kind_names() -> Vec<&'static str> {
    KindName::ALL.iter().map(|k| k.as_str()).collect()
}

fn read_exercise(
    file: &SourceFile,
    item: &Value<'_>,
    catalog: Option<&SharedCatalog>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseDraft> {
    let Some(kind) = decode::get(item, "kind") else {
        diags.push(
            file.error(Code::MissingKey, item.span(), "missing key `kind` in an exercise")
                .with_help(format!("kinds: {}", quoted_list(&kind_names()))),
        );
        return None;
    };
    let Some(kind_text) = kind.get_ref().as_str() else {
        diags.push(file.error(
            Code::WrongType,
            kind.span(),
            format!("`kind` must be a string, found {}", kind.get_ref().type_str()),
        ));
        return None;
    };
    let Some(kind_name) = KindName::parse(kind_text) else {
        let diagnostic =
            file.error(Code::UnknownValue, kind.span(), format!("unknown exercise kind `{kind_text}`"));
        diags.push(match did_you_mean(kind_text, kind_names()) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("kinds: {}", quoted_list(&kind_names()))),
        });
        return None;
    };
    let errors_before = error_count(diags);
    let what = format!("a {kind_text} exercise");
    let span = item.span();
    // Each kind: the shared keys into the envelope, the kind's own into its raw struct.
    macro_rules! read_kind {
        ($read:expr) => {{
            let (envelope, raw) = decode::decode_split(file, item, &what, diags)?;
            (envelope, $read(raw, diags))
        }};
    }
    let (envelope, kind) = match kind_name {
        KindName::Choice => read_kind!(|raw, d| kind::choice::read(file, raw, span, d)),
        KindName::Text => read_kind!(|raw, d| kind::short_answer::read(file, &raw, d)),
        KindName::Numeric => read_kind!(|raw, d| kind::numeric::read(file, &raw, span, d)),
        KindName::Order => read_kind!(|raw, d| kind::sequence::read_order(file, &raw, d)),
        KindName::Match => read_kind!(|raw, d| kind::sequence::read_match(file, &raw, d)),
        KindName::Cloze => read_kind!(|raw, d| kind::cloze::read(file, &raw, d)),
        KindName::Poll => read_kind!(|raw, d| kind::survey::read_poll(file, &raw, d)),
        KindName::Survey => read_kind!(|raw, d| kind::survey::read_survey(file, &raw, d)),
        KindName::Citation => read_kind!(|raw, d| kind::citation::read(file, &raw, d)),
        KindName::License => read_kind!(|raw, d| kind::license::read(file, &raw, span.clone(), d)),
        KindName::Identifier => read_kind!(|raw, d| kind::identifier::read(file, &raw, d)),
        KindName::Query => read_kind!(|raw, d| kind::query::read(file, &raw, span.clone(), catalog, d)),
        KindName::Reflection => {
            read_kind!(|_: RawReflection, _: &mut Vec<Diagnostic>| Some(kind::survey::reflection()))
        }
    };
    let mut exercise = read_envelope(file, &envelope, kind?, diags)?;
    let written = file.text.get(item.span()).unwrap_or_default();
    exercise.exercise.content_hash = format!("{:016x}", crate::exercise::fnv1a(written.as_bytes()));
    if error_count(diags) > errors_before {
        return None;
    }
    Some(exercise)
}

fn error_count(diags: &[Diagnostic]) -> usize {
    diags.iter().filter(|d| d.is_error()).count()
}

/// The keys every kind shares, then the examples graded against the finished exercise.
fn read_envelope(
    file: &SourceFile,
    raw: &RawEnvelope,
    kind: ExerciseKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseDraft> {
    check_id(file, &raw.id, diags);
    let prompt = localize::markdown(file, &raw.prompt, "prompt", diags);
    let title = match &raw.title {
        Some(title) => localize::plain(file, title, "title", diags),
        None => prompt.as_ref().map(|p| p.map(Doc::first_text_line)),
    };
    let hints = raw.hints.iter().filter_map(|h| localize::markdown(file, h, "hint", diags)).collect();
    let explanation =
        raw.explanation.as_ref().and_then(|e| localize::markdown(file, e, "explanation", diags));
    let hint_penalty = raw.hint_penalty.as_ref().map_or(0.0, |p| fraction(file, p, "hint_penalty", diags));
    let attempts = raw.attempts.as_ref().and_then(|a| {
        let n = *a.get_ref();
        let valid = u32::try_from(n).ok().filter(|n| (1..=100).contains(n));
        if valid.is_none() {
            diags.push(file.error(
                Code::OutOfRange,
                a.span(),
                format!("`attempts` must be between 1 and 100, found {n}"),
            ));
        }
        valid
    });
    let explain = match raw.explain.as_ref().map(|e| (e.get_ref().as_str(), e.span())) {
        None | Some(("when-done", _)) => Explain::WhenDone,
        Some(("when-correct", _)) => Explain::WhenCorrect,
        Some((other, span)) => {
            diags.push(
                file.error(Code::UnknownValue, span, format!("unknown value `{other}` for `explain`"))
                    .with_help(
                        "use `when-correct` or `when-done` (after a correct answer or the last attempt)",
                    ),
            );
            Explain::WhenDone
        }
    };
    let mut exercise = Exercise {
        id: raw.id.get_ref().clone(),
        title: title.unwrap_or_else(|| Localized::both(String::new())),
        prompt: prompt?,
        hints,
        hint_penalty,
        attempts,
        explanation,
        explain,
        kind,
        examples: Vec::new(),
        source: file.path.clone(),
        content_hash: String::new(),
    };
    if !exercise.kind.is_graded() {
        // Polls, surveys and reflections have no right answer to test.
        if let Some(example) = raw.examples.first() {
            diags.push(
                file.error(
                    Code::ExamplesNotGraded,
                    example.span(),
                    format!("a {} is not graded, so it has no examples", exercise.kind.name().as_str()),
                )
                .with_help("remove the `[[exercise.examples]]` tables"),
            );
        }
        return Some(ExerciseDraft { id_span: raw.id.span(), exercise });
    }
    exercise.examples =
        raw.examples.iter().filter_map(|e| check_example(file, &exercise, e, diags)).collect();
    if raw.examples.is_empty() {
        diags.push(
            file.warning(Code::NoExamples, raw.id.span(), format!("exercise `{}` has no examples", exercise.id))
                .with_help("add `[[exercise.examples]]` with a right and a wrong answer, so `check` can test the answer key"),
        );
    }
    Some(ExerciseDraft { id_span: raw.id.span(), exercise })
}

/// A number between 0 and 1 (a fraction of the maximum score).
pub fn fraction(file: &SourceFile, value: &Spanned<f64>, key: &str, diags: &mut Vec<Diagnostic>) -> f64 {
    let v = *value.get_ref();
    if (0.0..=1.0).contains(&v) {
        v
    } else {
        diags.push(
            file.error(Code::OutOfRange, value.span(), format!("`{key}` must be between 0 and 1, found {v}"))
                .with_help("it is a fraction of the exercise's maximum score, e.g. 0.25"),
        );
        0.0
    }
}

/// Grades one example and reports a mismatch with what its author expects.
fn check_example(
    file: &SourceFile,
    exercise: &Exercise,
    raw: &Spanned<RawExample>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Example> {
    let example = raw.get_ref();
    let expect = match (example.expect.as_ref(), example.score.as_ref()) {
        (Some(e), None) => match e.get_ref().as_str() {
            "correct" => Expectation::Correct,
            "incorrect" => Expectation::Incorrect,
            other => {
                diags.push(
                    file.error(Code::UnknownValue, e.span(), format!("unknown value `{other}` for `expect`"))
                        .with_help("use `correct` or `incorrect`, or give `score = 0.5` instead"),
                );
                return None;
            }
        },
        (None, Some(score)) => Expectation::Score(fraction(file, score, "score", diags)),
        (Some(e), Some(_)) => {
            diags.push(file.error(
                Code::ExampleExpectation,
                e.span(),
                "an example has `expect` or `score`, not both",
            ));
            return None;
        }
        (None, None) => {
            diags.push(
                file.error(
                    Code::ExampleExpectation,
                    raw.span(),
                    "an example needs `expect = \"correct\"`, `expect = \"incorrect\"` or a `score`",
                )
                .with_help("say what the answer should get"),
            );
            return None;
        }
    };
    let parts = example.answer.get_ref().0.clone();
    let answer = match answer::parse(&exercise.kind, &parts) {
        Ok(answer) => answer,
        Err(error) => {
            diags.push(file.error(
                Code::ExampleUnreadable,
                example.answer.span(),
                format!("this example's answer cannot be read: {error}"),
            ));
            return None;
        }
    };
    if let ExerciseKind::Query(spec) = &exercise.kind
        && spec.catalog.is_none()
    {
        // Checked without its course: there is no catalogue to run the example on.
        return Some(Example { answer: parts, expect });
    }
    let verdict = grade::grade(exercise, &answer);
    let fraction = if verdict.max > 0.0 { verdict.score / verdict.max } else { 0.0 };
    let ok = match expect {
        Expectation::Correct => verdict.correct,
        Expectation::Incorrect => !verdict.correct,
        Expectation::Score(expected) => (fraction - expected).abs() < 0.005,
    };
    if !ok {
        let outcome = if verdict.correct { "correct" } else { "incorrect" };
        let wanted = match expect {
            Expectation::Correct => "`expect = \"correct\"`".to_string(),
            Expectation::Incorrect => "`expect = \"incorrect\"`".to_string(),
            Expectation::Score(s) => format!("`score = {}`", grade::format_points(s)),
        };
        diags.push(
            file.error(Code::ExampleMismatch,
                example.answer.span(),
                format!(
                    "example answer `{answer}` is graded {outcome} (score {} of {}), but the example says {wanted}",
                    grade::format_points(verdict.score),
                    grade::format_points(verdict.max)
                ),
            )
            .with_help("fix the answer key, or the example"),
        );
        return None;
    }
    Some(Example { answer: parts, expect })
}
