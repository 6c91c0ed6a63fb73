//! Evaluating a query over the catalogue, record by record, with the semantics taught in the
//! lessons: words and phrases match whole words (case and accents ignored), `*` matches any
//! ending, a field code narrows where to look, and filters compare whole values.
//!
//! This evaluator defines what a query means; a faster index must give exactly its results.

use super::catalog::{Catalog, Record};
use super::query::{Field, Filter, Query, words_of};
use crate::lang::Lang;

/// A record's words, per field, prepared once.
#[derive(Debug, Clone)]
pub struct Indexed {
    /// Each field value's words separately, so a phrase never spans two values.
    title: Vec<Vec<String>>,
    author: Vec<Vec<String>>,
    subject: Vec<Vec<String>>,
    /// Everything a query without a field code searches: title, authors, subjects, abstract,
    /// keywords.
    any: Vec<Vec<String>>,
    isbn: Vec<String>,
    lang: String,
    kind: String,
    year: Option<i32>,
}

impl Indexed {
    #[must_use]
    pub fn new(record: &Record, catalog: &Catalog) -> Indexed {
        let mut title = vec![words_of(&record.title)];
        if let Some(subtitle) = &record.subtitle {
            title.push(words_of(subtitle));
        }
        let author: Vec<Vec<String>> = record.authors.iter().map(|a| words_of(a)).collect();
        let mut subject = Vec::new();
        for id in &record.subjects {
            subject.push(words_of(&id.replace('-', " ")));
            if let Some(heading) = catalog.subject(id) {
                for lang in Lang::ALL {
                    subject.push(words_of(heading.label.get(lang)));
                }
            }
        }
        let mut any = title.clone();
        any.extend(author.iter().cloned());
        any.extend(subject.iter().cloned());
        any.extend(record.keywords.iter().map(|k| words_of(k)));
        if let Some(summary) = &record.summary {
            for lang in Lang::ALL {
                any.push(words_of(summary.get(lang)));
            }
        }
        Indexed {
            title,
            author,
            subject,
            any,
            isbn: record
                .isbn
                .iter()
                .map(|i| i.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase())
                .collect(),
            lang: record.lang.to_lowercase(),
            kind: record.kind.to_lowercase(),
            year: record.year,
        }
    }

    /// Every word a query without a field code searches (title, authors, subjects,
    /// keywords, summary): every word any text search can find.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.any.iter().flatten().map(String::as_str)
    }

    fn values(&self, field: Option<Field>) -> &[Vec<String>] {
        match field {
            None => &self.any,
            Some(Field::Title) => &self.title,
            Some(Field::Author) => &self.author,
            Some(Field::Subject) => &self.subject,
            Some(Field::Isbn) => &[],
        }
    }

    /// How many times the query's positive terms occur: zero when it does not match.
    #[must_use]
    pub fn score(&self, query: &Query) -> usize {
        if self.matches(query) { self.occurrences(query).max(1) } else { 0 }
    }

    #[must_use]
    pub fn matches(&self, query: &Query) -> bool {
        match query {
            Query::Term { field: Some(Field::Isbn), word, truncated, .. } => {
                self.isbn.iter().any(|i| if *truncated { i.starts_with(word.as_str()) } else { i == word })
            }
            Query::Term { field, word, truncated, .. } => {
                self.values(*field).iter().flatten().any(|w| word_matches(w, word, *truncated))
            }
            Query::Phrase { field: Some(Field::Isbn), words, .. } => self.isbn.contains(&words.concat()),
            Query::Phrase { field, words, .. } => {
                self.values(*field).iter().any(|value| contains_phrase(value, words))
            }
            Query::Year { from, to, .. } => {
                self.year.is_some_and(|y| from.is_none_or(|f| y >= f) && to.is_none_or(|t| y <= t))
            }
            Query::Filter { filter: Filter::Lang, value, .. } => self.lang == *value,
            Query::Filter { filter: Filter::Type, value, .. } => self.kind == *value,
            Query::And(parts) => parts.iter().all(|p| self.matches(p)),
            Query::Or(parts) => parts.iter().any(|p| self.matches(p)),
            Query::Not(inner) => !self.matches(inner),
        }
    }

    fn occurrences(&self, query: &Query) -> usize {
        match query {
            Query::Term { field, word, truncated, .. } if *field != Some(Field::Isbn) => {
                self.values(*field).iter().flatten().filter(|w| word_matches(w, word, *truncated)).count()
            }
            Query::Phrase { field, words, .. } => self
                .values(*field)
                .iter()
                .map(|v| v.windows(words.len().max(1)).filter(|w| w == words).count())
                .sum(),
            Query::And(parts) | Query::Or(parts) => parts.iter().map(|p| self.occurrences(p)).sum(),
            _ => 0,
        }
    }
}

fn word_matches(candidate: &str, word: &str, truncated: bool) -> bool {
    if truncated { candidate.starts_with(word) } else { candidate == word }
}

fn contains_phrase(value: &[String], words: &[String]) -> bool {
    !words.is_empty() && value.windows(words.len()).any(|w| w == words)
}

/// A matching record and how well it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into the catalogue's records.
    pub record: usize,
    pub score: usize,
}

/// The records a query matches, most occurrences first, then by id.
#[must_use]
pub fn search(catalog: &Catalog, indexed: &[Indexed], query: &Query) -> Vec<Hit> {
    let mut hits: Vec<Hit> = indexed
        .iter()
        .enumerate()
        .filter_map(|(record, index)| {
            let score = index.score(query);
            (score > 0).then_some(Hit { record, score })
        })
        .collect();
    hits.sort_by(|a, b| {
        b.score.cmp(&a.score).then_with(|| catalog.records[a.record].id.cmp(&catalog.records[b.record].id))
    });
    hits
}

/// One part of a query and how many records it matches on its own, for "explain".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Nesting depth, for indenting.
    pub depth: usize,
    pub text: String,
    pub hits: usize,
}

/// Every part of the query, outermost first, with its own hit count: what each AND, OR and
/// NOT did.
#[must_use]
pub fn explain(indexed: &[Indexed], query: &Query) -> Vec<Clause> {
    let mut clauses = Vec::new();
    walk(indexed, query, 0, &mut clauses);
    clauses
}

fn walk(indexed: &[Indexed], query: &Query, depth: usize, clauses: &mut Vec<Clause>) {
    let hits = indexed.iter().filter(|i| i.matches(query)).count();
    clauses.push(Clause { depth, text: query.to_string(), hits });
    match query {
        Query::And(parts) | Query::Or(parts) => {
            for part in parts {
                walk(indexed, part, depth + 1, clauses);
            }
        }
        Query::Not(inner) => walk(indexed, inner, depth + 1, clauses),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;
    use crate::text::Localized;

    fn record(id: &str, title: &str, authors: &[&str], year: i32, lang: &str) -> Record {
        Record {
            id: id.into(),
            kind: "book".into(),
            lang: lang.into(),
            title: title.into(),
            subtitle: None,
            authors: authors.iter().map(ToString::to_string).collect(),
            year: Some(year),
            publisher: None,
            container: None,
            isbn: vec!["979-3062-79-7".into()],
            issn: Vec::new(),
            doi: None,
            url: None,
            subjects: vec!["information-literacy".into()],
            keywords: Vec::new(),
            summary: None,
            call_number: None,
        }
    }

    fn catalog() -> Catalog {
        Catalog {
            records: vec![
                record("A", "Literasi informasi mahasiswa", &["Fitri, Rizki"], 2020, "id"),
                record("B", "Information literacy in higher education", &["Smith, Jane"], 2016, "en"),
                record("C", "Laskar pelangi", &["Hirata, Andrea"], 2005, "id"),
            ],
            subjects: vec![crate::search::catalog::Subject {
                id: "information-literacy".into(),
                label: Localized::new(Some("Literasi informasi".into()), Some("Information literacy".into()))
                    .expect("label"),
            }],
        }
    }

    #[track_caller]
    fn ids(query: &str) -> Vec<String> {
        let catalog = catalog();
        let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
        let mut found: Vec<String> = search(&catalog, &indexed, &parse(query).expect("valid"))
            .into_iter()
            .map(|h| catalog.records[h.record].id.clone())
            .collect();
        found.sort();
        found
    }

    #[test]
    fn words_phrases_truncation_and_fields() {
        assert_eq!(ids("literasi"), ["A", "B", "C"], "every record has the subject");
        assert_eq!(ids("ti:literasi"), ["A"]);
        assert_eq!(ids("ti:litera*"), ["A", "B"]);
        assert_eq!(ids("\"higher education\""), ["B"]);
        assert_eq!(ids("\"education higher\""), Vec::<String>::new());
        assert_eq!(ids("au:hirata OR year:2016"), ["B", "C"]);
        assert_eq!(ids("lang:id NOT pelangi"), ["A"]);
        assert_eq!(ids("NOT lang:id"), ["B"]);
        assert_eq!(ids("year:2006..2020"), ["A", "B"]);
        assert_eq!(ids("isbn:9793062797"), ["A", "B", "C"]);
        assert_eq!(ids("LITERASI INFORMÁSI"), ["A", "B", "C"], "case and accents do not matter");
    }

    #[test]
    fn explain_counts_each_clause() {
        let catalog = catalog();
        let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
        let clauses = explain(&indexed, &parse("ti:literasi OR pelangi NOT hirata").expect("valid"));
        let shown: Vec<(usize, &str, usize)> =
            clauses.iter().map(|c| (c.depth, c.text.as_str(), c.hits)).collect();
        assert_eq!(
            shown,
            [
                (0, "title:literasi OR (pelangi AND NOT hirata)", 1),
                (1, "title:literasi", 1),
                (1, "pelangi AND NOT hirata", 0),
                (2, "pelangi", 1),
                (2, "NOT hirata", 2),
                (3, "hirata", 1),
            ]
        );
    }
}
