//! Reading `lessons/<workshop>/workshop.toml`.

use std::ops::Range;

use crate::content::spanned::Spanned;
use toml::de::DeValue;

use super::decode::{self, Value};
use super::fields::{check_format_version, check_id};
use super::localize;
use super::raw::RawWorkshop;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::text::{Doc, Localized};

/// A workshop header as read from its file, before its lessons are attached.
#[derive(Debug)]
pub struct WorkshopDraft {
    pub id: String,
    pub id_span: Range<usize>,
    pub title: Localized<String>,
    pub description: Option<Localized<Doc>>,
    /// Lesson ids in order, with where each was written.
    pub lessons: Vec<(String, Range<usize>)>,
    /// `order`: where it comes on the home screen.
    pub order: Option<i64>,
    /// `pretest` and `posttest` lesson ids, with where they were written.
    pub pretest: Option<(String, Range<usize>)>,
    pub posttest: Option<(String, Range<usize>)>,
    /// `mastery`: the share of a lesson's points that passes it.
    pub mastery: Option<f64>,
}

pub fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> Option<WorkshopDraft> {
    let table = decode::parse_document(file, diags)?;
    if !check_format_version(file, &table, diags) {
        return None;
    }
    let document: Value<'_> = toml::Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let raw: RawWorkshop = decode::decode(file, &document, "a workshop", diags)?;
    check_id(file, &raw.id, diags);
    if raw.lessons.get_ref().is_empty() {
        diags.push(
            file.error(Code::NothingToShow, raw.lessons.span(), "this workshop lists no lessons")
                .with_help("list lesson ids in order, e.g. `lessons = [\"welcome\"]`"),
        );
    }
    let title = localize::plain(file, &raw.title, "title", diags)?;
    let description =
        raw.description.as_ref().and_then(|d| localize::markdown(file, d, "description", diags));
    let mastery = raw.mastery.as_ref().map(|m| mastery(file, m, diags));
    Some(WorkshopDraft {
        id_span: raw.id.span(),
        id: raw.id.into_inner(),
        title,
        description,
        lessons: raw.lessons.into_inner().into_iter().map(|l| (l.get_ref().clone(), l.span())).collect(),
        order: raw.order.map(Spanned::into_inner),
        pretest: raw.pretest.map(|p| (p.get_ref().clone(), p.span())),
        posttest: raw.posttest.map(|p| (p.get_ref().clone(), p.span())),
        mastery,
    })
}

/// `mastery` is a share of the points, more than 0 (every learner would pass) and at most 1.
fn mastery(file: &SourceFile, value: &Spanned<f64>, diags: &mut Vec<Diagnostic>) -> f64 {
    let v = *value.get_ref();
    if v > 0.0 && v <= 1.0 {
        return v;
    }
    diags.push(
        file.error(
            Code::OutOfRange,
            value.span(),
            format!("`mastery` must be more than 0 and at most 1, found {v}"),
        )
        .with_help("it is the share of a lesson's points needed to pass it, e.g. 0.7 for 70 %"),
    );
    1.0
}
