//! Reading catalogue files, `exercises/catalog/*.toml`: subjects of the controlled vocabulary
//! and records. Subject references are checked by `load` once every file is read.

use std::ops::Range;

use toml::de::DeValue;

use super::decode::{self, Value, quoted_list};
use super::fields::check_format_version;
use super::localize;
use super::raw::{RawCatalogFile, RawRecord, RawSubject};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::search::catalog::{Record, Subject};

/// Record types the query language's `type:` filter knows.
pub const RECORD_TYPES: [&str; 8] =
    ["book", "article", "report", "web", "conference-paper", "thesis", "ebook", "newspaper"];

/// What a catalogue file held, with where ids and subject references were written.
#[derive(Debug, Default)]
pub struct CatalogDraft {
    pub subjects: Vec<(Subject, Range<usize>)>,
    pub records: Vec<(Record, Range<usize>)>,
    /// (record index in `records`, subject id, where it was written).
    pub references: Vec<(usize, String, Range<usize>)>,
}

pub fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> CatalogDraft {
    let mut draft = CatalogDraft::default();
    let Some(table) = decode::parse_document(file, diags) else { return draft };
    if !check_format_version(file, &table, diags) {
        return draft;
    }
    let document: Value<'_> = toml::Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let _: Option<RawCatalogFile> = decode::decode(file, &document, "a catalogue file", diags);
    for item in decode::items(file, &document, "subject", diags) {
        let Some(raw) = decode::decode::<RawSubject>(file, item, "a subject", diags) else { continue };
        super::fields::check_id(file, &raw.id, diags);
        if let Some(label) = localize::plain(file, &raw.label, "label", diags) {
            draft.subjects.push((Subject { id: raw.id.get_ref().clone(), label }, raw.id.span()));
        }
    }
    for item in decode::items(file, &document, "record", diags) {
        let Some(raw) = decode::decode::<RawRecord>(file, item, "a record", diags) else { continue };
        if let Some(record) = record(file, &raw, diags) {
            let index = draft.records.len();
            for subject in &raw.subjects {
                draft.references.push((index, subject.get_ref().clone(), subject.span()));
            }
            draft.records.push((record, raw.id.span()));
        }
    }
    draft
}

fn record(file: &SourceFile, raw: &RawRecord, diags: &mut Vec<Diagnostic>) -> Option<Record> {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let id = raw.id.get_ref();
    if id.is_empty()
        || id.len() > 32
        || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        diags.push(
            file.error(Code::InvalidId, raw.id.span(), format!("invalid record id `{}`", id.escape_debug()))
                .with_help("record ids are letters, digits, `-` and `_`, such as `L01`"),
        );
    }
    let kind = raw.kind.get_ref().to_lowercase();
    if !RECORD_TYPES.contains(&kind.as_str()) {
        let diagnostic =
            file.error(Code::UnknownValue, raw.kind.span(), format!("unknown record type `{kind}`"));
        diags.push(match crate::suggest::did_you_mean(&kind, RECORD_TYPES) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("types: {}", quoted_list(&RECORD_TYPES))),
        });
    }
    let lang = raw.lang.get_ref().to_lowercase();
    if lang.len() != 2 || !lang.chars().all(|c| c.is_ascii_lowercase()) {
        diags.push(
            file.error(
                Code::RecordLanguage,
                raw.lang.span(),
                format!("`lang` must be a two-letter language code, found `{lang}`"),
            )
            .with_help("e.g. `id`, `en`, `nl`, `jv`"),
        );
    }
    if raw.title.get_ref().trim().is_empty() {
        diags.push(file.error(Code::RecordTitle, raw.title.span(), "a record needs a title"));
    }
    let year = raw.year.as_ref().and_then(|y| {
        let value = *y.get_ref();
        let valid = i32::try_from(value).ok().filter(|v| (1000..=2100).contains(v));
        if valid.is_none() {
            diags.push(file.error(
                Code::OutOfRange,
                y.span(),
                format!("`year` must be between 1000 and 2100, found {value}"),
            ));
        }
        valid
    });
    let summary = raw.summary.as_ref().and_then(|s| localize::plain(file, s, "abstract", diags));
    if diags.iter().filter(|d| d.is_error()).count() > errors {
        return None;
    }
    let clean = |s: &str| crate::text::sanitize(s).trim().to_string();
    Some(Record {
        id: id.clone(),
        kind,
        lang,
        title: clean(raw.title.get_ref()),
        subtitle: raw.subtitle.as_deref().map(clean),
        authors: raw.authors.iter().map(|a| clean(a)).collect(),
        year,
        publisher: raw.publisher.as_deref().map(clean),
        container: raw.container.as_deref().map(clean),
        isbn: raw.isbn.iter().map(|i| clean(i)).collect(),
        issn: raw.issn.iter().map(|i| clean(i)).collect(),
        doi: raw.doi.as_deref().map(clean),
        url: raw.url.as_deref().map(clean),
        subjects: raw.subjects.iter().map(|s| s.get_ref().clone()).collect(),
        keywords: raw.keywords.iter().map(|k| clean(k)).collect(),
        summary,
        call_number: raw.call_number.as_deref().map(clean),
    })
}
