//! Reading a lesson, `lessons/<workshop>/<lesson>.toml`: its header and each `[[step]]`.
//! Exercise references are kept as ids here and resolved by `link` once every bank is read.

use std::ops::Range;

use toml::de::DeValue;

use super::decode::{self, Value};
use super::fields::check_id;
use super::localize;
use super::raw::{RawLesson, RawStep};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::text::{Doc, Localized};

/// The longest lesson an author may announce: lessons are meant to be 10–20 minutes.
const MAX_MINUTES: i64 = 600;

/// A lesson as read from its file, before exercise ids are resolved.
#[derive(Debug)]
pub struct LessonDraft {
    pub id: String,
    pub id_span: Range<usize>,
    pub title: Localized<String>,
    pub minutes: u32,
    pub objectives: Vec<Localized<String>>,
    pub frames: Vec<super::frame::Frame>,
    pub steps: Vec<StepDraft>,
}

#[derive(Debug)]
pub enum StepDraft {
    Page { title: Option<Localized<String>>, body: Localized<Doc> },
    Exercise { id: String, span: Range<usize> },
}

/// Reads a lesson file; `None` when it has errors that leave nothing to show.
pub fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<LessonDraft> {
    let mut table = decode::parse_document(file, diags)?;
    // Reported once here, then left out, so it is not also an "unknown key".
    if let Some(version) = table.get_mut().remove("format_version") {
        diags.push(
            file.error(
                Code::FormatVersionInLesson,
                version.span(),
                "`format_version` belongs in workshop.toml, not in a lesson",
            )
            .with_help("remove this line"),
        );
    }
    let document: Value<'_> = toml::Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let raw: Option<RawLesson> = decode::decode(file, &document, "a lesson", diags);
    let steps: Vec<StepDraft> = decode::items(file, &document, "step", diags)
        .iter()
        .filter_map(|item| read_step(file, item, diags))
        .collect();
    let raw = raw?;
    check_id(file, &raw.id, diags);
    if decode::get(&document, "step").is_none() {
        diags.push(
            file.error(Code::NothingToShow, raw.id.span(), "this lesson has no steps")
                .with_help("add a page with `[[step]]` and `page = \"…\"`"),
        );
    }
    let minutes = *raw.minutes.get_ref();
    if !(1..=MAX_MINUTES).contains(&minutes) {
        diags.push(file.error(
            Code::OutOfRange,
            raw.minutes.span(),
            format!("`minutes` must be between 1 and {MAX_MINUTES}, found {minutes}"),
        ));
    }
    if raw.objectives.get_ref().is_empty() {
        diags.push(
            file.warning(Code::NoObjectives, raw.objectives.span(), "this lesson has no learning objectives")
                .with_help("say what a learner will be able to do after it"),
        );
    }
    let objectives = raw
        .objectives
        .get_ref()
        .iter()
        .filter_map(|o| localize::plain(file, o, "objective", diags))
        .collect();
    let mut frames = Vec::new();
    for name in &raw.frames {
        match super::frame::Frame::parse(name.get_ref()) {
            Some(frame) if !frames.contains(&frame) => frames.push(frame),
            Some(_) => diags.push(file.warning(
                Code::FrameListedTwice,
                name.span(),
                format!("the frame `{}` is listed twice", name.get_ref()),
            )),
            None => {
                let ids: Vec<&str> = super::frame::Frame::ALL.iter().map(|f| f.id()).collect();
                let diagnostic = file.error(
                    Code::UnknownValue,
                    name.span(),
                    format!("`{}` is not a frame of the ACRL Framework", name.get_ref()),
                );
                diags.push(match crate::suggest::did_you_mean(name.get_ref(), ids.iter().copied()) {
                    Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                    None => diagnostic.with_help(format!("frames: {}", crate::suggest::quoted_list(&ids))),
                });
            }
        }
    }
    let title = localize::plain(file, &raw.title, "title", diags)?;
    Some(LessonDraft {
        id_span: raw.id.span(),
        id: raw.id.into_inner(),
        title,
        minutes: u32::try_from(minutes.clamp(1, MAX_MINUTES)).unwrap_or(1),
        objectives,
        frames,
        steps,
    })
}

fn read_step(file: &SourceFile, item: &Value<'_>, diags: &mut Vec<Diagnostic>) -> Option<StepDraft> {
    let raw: RawStep = decode::decode(file, item, "a step", diags)?;
    match (raw.page, raw.exercise) {
        (Some(page), None) => {
            let title = raw.title.as_ref().and_then(|t| localize::plain(file, t, "title", diags));
            let body = localize::markdown(file, &page, "page", diags)?;
            Some(StepDraft::Page { title, body })
        }
        (None, Some(exercise)) => {
            if let Some(title) = &raw.title {
                diags.push(
                    file.warning(
                        Code::StepTitleIgnored,
                        title.span(),
                        "an exercise step shows the exercise's own title",
                    )
                    .with_help("remove `title` here, or set it in the exercise"),
                );
            }
            Some(StepDraft::Exercise { span: exercise.span(), id: exercise.into_inner() })
        }
        (Some(_), Some(exercise)) => {
            diags.push(
                file.error(
                    Code::StepPageOrExercise,
                    exercise.span(),
                    "a step is either a `page` or an `exercise`, not both",
                )
                .with_help("split it into two `[[step]]` tables"),
            );
            None
        }
        (None, None) => {
            diags.push(
                file.error(Code::StepPageOrExercise, item.span(), "a step needs a `page` or an `exercise`")
                    .with_help("write `page = \"…\"` (Markdown) or `exercise = \"exercise-id\"`"),
            );
            None
        }
    }
}
