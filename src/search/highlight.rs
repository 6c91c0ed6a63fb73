//! Which words of a record's text a query found, so a result list can show them: the words
//! and phrases the query looks for outside any NOT, each in the field it names (or in any
//! field when it names none), matched as the index matches them (case and accents folded,
//! `*` as a prefix).

use std::ops::Range;

use super::catalog::{Catalog, Record};
use super::query::{Field, Query, words_of};
use crate::lang::Lang;

/// The part of a record a text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Author,
    Subject,
    /// Keywords and the summary: searched only by words without a field.
    Other,
}

/// A word or phrase the query looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Wanted {
    field: Option<Field>,
    words: Vec<String>,
    truncated: bool,
}

impl Wanted {
    fn applies_to(&self, part: Part) -> bool {
        match self.field {
            None => true,
            Some(Field::Title) => part == Part::Title,
            Some(Field::Author) => part == Part::Author,
            Some(Field::Subject) => part == Part::Subject,
            Some(Field::Isbn) => false,
        }
    }
}

/// The words and phrases of a query to highlight.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Highlighter {
    wanted: Vec<Wanted>,
}

impl Highlighter {
    #[must_use]
    pub fn new(query: &Query) -> Highlighter {
        let mut wanted = Vec::new();
        collect(query, &mut wanted);
        Highlighter { wanted }
    }

    /// Byte ranges of `text` (a value of `part`) that the query found, in order and apart.
    #[must_use]
    pub fn spans(&self, text: &str, part: Part) -> Vec<Range<usize>> {
        let words = words_with_spans(text);
        let mut marked = vec![false; words.len()];
        for wanted in self.wanted.iter().filter(|w| w.applies_to(part)) {
            let n = wanted.words.len();
            if n == 0 || n > words.len() {
                continue;
            }
            for start in 0..=words.len() - n {
                let found = wanted.words.iter().enumerate().all(|(i, w)| {
                    let word = &words[start + i].0;
                    let last = i + 1 == n;
                    if last && wanted.truncated { word.starts_with(w.as_str()) } else { word == w }
                });
                if found {
                    marked[start..start + n].iter_mut().for_each(|m| *m = true);
                }
            }
        }
        // Neighbouring found words of one phrase become one span, with the space between.
        let mut spans: Vec<Range<usize>> = Vec::new();
        for (i, (_, span)) in words.iter().enumerate() {
            if !marked[i] {
                continue;
            }
            match spans.last_mut() {
                Some(last) if i > 0 && marked[i - 1] && text[last.end..span.start].trim().is_empty() => {
                    last.end = span.end;
                }
                _ => spans.push(span.clone()),
            }
        }
        spans
    }

    /// The distinct words of `text` that the query found, as written in `text`.
    #[must_use]
    pub fn found_words(&self, text: &str, part: Part) -> Vec<String> {
        self.spans(text, part).into_iter().map(|r| text[r].to_string()).collect()
    }
}

impl Highlighter {
    /// Every distinct word or phrase the query found anywhere in `record` (title, authors,
    /// subject labels in `lang`, keywords, summary in `lang`), as written there.
    #[must_use]
    pub fn found_in(&self, record: &Record, catalog: &Catalog, lang: Lang) -> Vec<String> {
        let mut texts: Vec<(&str, Part)> = vec![(record.title.as_str(), Part::Title)];
        texts.extend(record.subtitle.as_deref().map(|s| (s, Part::Title)));
        texts.extend(record.authors.iter().map(|a| (a.as_str(), Part::Author)));
        for id in &record.subjects {
            if let Some(subject) = catalog.subject(id) {
                texts.push((subject.label.get(lang).as_str(), Part::Subject));
            }
        }
        texts.extend(record.keywords.iter().map(|k| (k.as_str(), Part::Other)));
        texts.extend(record.summary.as_ref().map(|s| (s.get(lang).as_str(), Part::Other)));
        let mut found: Vec<String> = Vec::new();
        for (text, part) in texts {
            for word in self.found_words(text, part) {
                if !found.iter().any(|f| f.to_lowercase() == word.to_lowercase()) {
                    found.push(word);
                }
            }
        }
        found
    }
}

/// Positive leaves: under NOT nothing is highlighted, since a match there removes a record.
fn collect(query: &Query, wanted: &mut Vec<Wanted>) {
    match query {
        Query::Term { field, word, truncated, .. } => {
            wanted.push(Wanted { field: *field, words: vec![word.clone()], truncated: *truncated });
        }
        Query::Phrase { field, words, .. } => {
            wanted.push(Wanted { field: *field, words: words.clone(), truncated: false });
        }
        Query::And(parts) | Query::Or(parts) => parts.iter().for_each(|p| collect(p, wanted)),
        Query::Not(_) | Query::Year { .. } | Query::Filter { .. } => {}
    }
}

/// The words of `text` as the index sees them, each with the byte range it has in `text`.
fn words_with_spans(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let in_word = c.is_alphanumeric() || unicode_mark(c);
        match (start, in_word) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let piece = &text[from..at];
                // One written word is almost always one indexed word; a ligature or a
                // full-width form may fold to more, which are kept together.
                let folded = words_of(piece).join(" ");
                if !folded.is_empty() {
                    out.push((folded, from..at));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Combining marks belong to the word they follow ("e" + U+0301 is one word).
fn unicode_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    fn marked(query: &str, text: &str, part: Part) -> Vec<String> {
        Highlighter::new(&parse(query).expect("valid")).found_words(text, part)
    }

    #[test]
    fn words_phrases_and_truncation_are_found_as_written() {
        assert_eq!(marked("literasi", "Literasi Informasi di Sekolah", Part::Title), ["Literasi"]);
        assert_eq!(
            marked("\"information literacy\"", "Framework for Information  Literacy", Part::Title),
            ["Information  Literacy"]
        );
        assert_eq!(marked("litera*", "Literacy and literature", Part::Title), ["Literacy", "literature"]);
        assert_eq!(
            marked("pendidikan", "Pendidikan, pendidikan!", Part::Title),
            ["Pendidikan", "pendidikan"]
        );
    }

    #[test]
    fn accents_and_case_are_folded() {
        assert_eq!(marked("cafe", "Le Café de Paris", Part::Title), ["Café"]);
        assert_eq!(marked("CAFÉ", "cafe", Part::Other), ["cafe"]);
    }

    #[test]
    fn a_field_code_limits_where_words_are_marked() {
        assert_eq!(marked("au:toer", "Toer, Pramoedya Ananta", Part::Author), ["Toer"]);
        assert!(marked("au:toer", "Toer", Part::Title).is_empty());
        assert_eq!(marked("toer", "Toer", Part::Title), ["Toer"]);
        assert!(marked("ti:toer", "Toer", Part::Other).is_empty());
    }

    #[test]
    fn words_under_not_and_filters_are_not_marked() {
        assert_eq!(marked("laut NOT sampah", "Sampah laut", Part::Title), ["laut"]);
        assert!(marked("lang:id AND year:2020", "id 2020", Part::Title).is_empty());
    }

    #[test]
    fn a_phrase_is_marked_only_where_its_words_stand_together() {
        assert!(marked("\"hak cipta\"", "Hak atas cipta", Part::Title).is_empty());
        assert_eq!(marked("\"hak cipta\" OR atas", "Hak atas cipta", Part::Title), ["atas"]);
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_disjoint_and_on_char_boundaries(text in "\\PC{0,40}", query in "[a-z]{1,4}\\*?") {
            let highlighter = Highlighter::new(&parse(&query).expect("valid"));
            let spans = highlighter.spans(&text, Part::Title);
            for pair in spans.windows(2) {
                proptest::prop_assert!(pair[0].end <= pair[1].start);
            }
            for span in spans {
                proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                proptest::prop_assert!(span.start < span.end);
            }
        }
    }
}
