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
    Some(WorkshopDraft {
        id_span: raw.id.span(),
        id: raw.id.into_inner(),
        title,
        description,
        lessons: raw.lessons.into_inner().into_iter().map(|l| (l.get_ref().clone(), l.span())).collect(),
        order: raw.order.map(Spanned::into_inner),
        pretest: raw.pretest.map(|p| (p.get_ref().clone(), p.span())),
        posttest: raw.posttest.map(|p| (p.get_ref().clone(), p.span())),
    })
}
