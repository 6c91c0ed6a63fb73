//! The catalogue in SQLite FTS5, for fast search: each field value of each record is one row
//! of a full-text table, and a parsed query becomes SQL in which every word or phrase is an
//! FTS5 `MATCH` on the rows of its field, combined with `INTERSECT`, `UNION` and `EXCEPT`.
//!
//! One row per value (not one per record) keeps a phrase from matching across two values (the
//! end of one author's name and the start of the next), exactly as the evaluator in `eval`
//! defines it; text is stored normalised the same way (`query::words_of`), so case, accents and
//! word boundaries agree too. A property test holds the two to the same results.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::catalog::Catalog;
use super::eval::Hit;
use super::query::{Field, Filter, Query, words_of};
use crate::lang::Lang;

/// Why the index could not be built or searched.
#[derive(Debug, thiserror::Error)]
#[error("catalogue index: {0}")]
pub struct IndexError(String);

impl From<rusqlite::Error> for IndexError {
    fn from(error: rusqlite::Error) -> Self {
        IndexError(error.to_string())
    }
}

/// The catalogue indexed in an in-memory SQLite database.
#[derive(Debug)]
pub struct Index {
    connection: Connection,
    ids: Vec<String>,
}

impl Index {
    /// Indexes every record of `catalog`.
    ///
    /// # Errors
    /// When SQLite cannot build the tables (out of memory).
    pub fn build(catalog: &Catalog) -> Result<Index, IndexError> {
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(
            "CREATE VIRTUAL TABLE words USING fts5(field UNINDEXED, rid UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 0');
             CREATE TABLE records (rid INTEGER PRIMARY KEY, year INTEGER, lang TEXT, kind TEXT);
             CREATE TABLE isbns (rid INTEGER, isbn TEXT);",
        )?;
        let transaction = connection.unchecked_transaction()?;
        {
            let mut word_row =
                transaction.prepare("INSERT INTO words (field, rid, text) VALUES (?1, ?2, ?3)")?;
            let mut record_row =
                transaction.prepare("INSERT INTO records (rid, year, lang, kind) VALUES (?1, ?2, ?3, ?4)")?;
            let mut isbn_row = transaction.prepare("INSERT INTO isbns (rid, isbn) VALUES (?1, ?2)")?;
            for (rid, record) in catalog.records.iter().enumerate() {
                let rid = i64::try_from(rid).unwrap_or(i64::MAX);
                let mut add = |field: &str, text: &str| -> rusqlite::Result<()> {
                    let words = words_of(text);
                    if !words.is_empty() {
                        word_row.execute(params![field, rid, words.join(" ")])?;
                    }
                    Ok(())
                };
                let mut titles = vec![record.title.as_str()];
                titles.extend(record.subtitle.as_deref());
                let mut subjects: Vec<String> = Vec::new();
                for id in &record.subjects {
                    subjects.push(id.replace('-', " "));
                    if let Some(heading) = catalog.subject(id) {
                        subjects.extend(Lang::ALL.iter().map(|l| heading.label.get(*l).clone()));
                    }
                }
                let summaries: Vec<String> = record
                    .summary
                    .iter()
                    .flat_map(|s| Lang::ALL.iter().map(move |l| s.get(*l).clone()))
                    .collect();
                for text in &titles {
                    add("title", text)?;
                    add("any", text)?;
                }
                for text in &record.authors {
                    add("author", text)?;
                    add("any", text)?;
                }
                for text in &subjects {
                    add("subject", text)?;
                    add("any", text)?;
                }
                for text in record.keywords.iter().chain(&summaries) {
                    add("any", text)?;
                }
                record_row.execute(params![
                    rid,
                    record.year,
                    record.lang.to_lowercase(),
                    record.kind.to_lowercase()
                ])?;
                for isbn in &record.isbn {
                    let digits: String =
                        isbn.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase();
                    isbn_row.execute(params![rid, digits])?;
                }
            }
        }
        transaction.commit()?;
        Ok(Index { connection, ids: catalog.records.iter().map(|r| r.id.clone()).collect() })
    }

    /// The records `query` matches, best first (bm25 over the words found, then by id).
    ///
    /// # Errors
    /// When SQLite fails (it should not, for a parsed query).
    pub fn search(&self, query: &Query) -> Result<Vec<Hit>, IndexError> {
        let mut values = Vec::new();
        // A record has one row per field value, so a leaf can name it more than once.
        let sql = format!("SELECT DISTINCT rid FROM ({})", select(query, &mut values));
        let mut statement = self.connection.prepare(&sql)?;
        let rows = statement.query_map(rusqlite::params_from_iter(values.iter()), |r| r.get::<_, i64>(0))?;
        let mut matched: Vec<usize> = Vec::new();
        for row in rows {
            matched.push(usize::try_from(row?).unwrap_or(usize::MAX));
        }
        let scores = self.scores(query)?;
        let mut hits: Vec<(Hit, f64)> = matched
            .into_iter()
            .map(|record| {
                let score = scores.get(&record).copied().unwrap_or(0.0);
                // bm25 is lower for better matches; a whole number is kept for the Hit's score.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let rounded = (-score * 100.0).max(1.0) as usize;
                (Hit { record, score: rounded }, score)
            })
            .collect();
        hits.sort_by(|(a, sa), (b, sb)| {
            sa.total_cmp(sb).then_with(|| self.ids[a.record].cmp(&self.ids[b.record]))
        });
        Ok(hits.into_iter().map(|(hit, _)| hit).collect())
    }

    /// The summed bm25 of the query's positive words and phrases, per record.
    fn scores(&self, query: &Query) -> Result<HashMap<usize, f64>, IndexError> {
        let mut scores = HashMap::new();
        let mut statement = self
            .connection
            .prepare("SELECT rid, bm25(words) FROM words WHERE words MATCH ?1 AND field = ?2")?;
        for (field, expression) in positive_terms(query) {
            let rows = statement
                .query_map(params![expression, field], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))?;
            for row in rows {
                let (rid, score) = row?;
                *scores.entry(usize::try_from(rid).unwrap_or(usize::MAX)).or_insert(0.0) += score;
            }
        }
        Ok(scores)
    }
}

/// The FTS5 field a text leaf searches.
fn field_name(field: Option<Field>) -> &'static str {
    match field {
        None => "any",
        Some(Field::Title) => "title",
        Some(Field::Author) => "author",
        Some(Field::Subject) => "subject",
        Some(Field::Isbn) => "isbn",
    }
}

/// An FTS5 expression for a word (`"litera" *` when truncated) or a phrase. Every word is
/// quoted, so no word is ever read as an FTS5 operator.
fn fts_expression(words: &[String], truncated: bool) -> String {
    let quoted: Vec<String> = words.iter().map(|w| w.replace('"', "")).collect();
    format!("\"{}\"{}", quoted.join(" "), if truncated { " *" } else { "" })
}

/// SQL selecting the `rid`s a query matches; `values` collects its parameters.
fn select(query: &Query, values: &mut Vec<Value>) -> String {
    let mut param = |value: Value| {
        values.push(value);
        format!("?{}", values.len())
    };
    match query {
        Query::Term { field: Some(Field::Isbn), word, truncated, .. } => {
            let pattern = if *truncated { format!("{word}%") } else { word.clone() };
            let p = param(Value::Text(pattern));
            format!("SELECT rid FROM isbns WHERE isbn LIKE {p}")
        }
        Query::Phrase { field: Some(Field::Isbn), words, .. } => {
            let p = param(Value::Text(words.concat()));
            format!("SELECT rid FROM isbns WHERE isbn = {p}")
        }
        Query::Term { field, word, truncated, .. } => {
            let expression = param(Value::Text(fts_expression(std::slice::from_ref(word), *truncated)));
            let field = param(Value::Text(field_name(*field).into()));
            format!("SELECT rid FROM words WHERE words MATCH {expression} AND field = {field}")
        }
        Query::Phrase { field, words, .. } => {
            let expression = param(Value::Text(fts_expression(words, false)));
            let field = param(Value::Text(field_name(*field).into()));
            format!("SELECT rid FROM words WHERE words MATCH {expression} AND field = {field}")
        }
        Query::Year { from, to, .. } => {
            let from = param(from.map_or(Value::Null, |y| Value::Integer(i64::from(y))));
            let to = param(to.map_or(Value::Null, |y| Value::Integer(i64::from(y))));
            format!(
                "SELECT rid FROM records WHERE year IS NOT NULL AND ({from} IS NULL OR year >= {from}) AND ({to} IS NULL OR year <= {to})"
            )
        }
        Query::Filter { filter, value, .. } => {
            let column = if *filter == Filter::Lang { "lang" } else { "kind" };
            let p = param(Value::Text(value.clone()));
            format!("SELECT rid FROM records WHERE {column} = {p}")
        }
        Query::And(parts) => combine(parts, "INTERSECT", values),
        Query::Or(parts) => combine(parts, "UNION", values),
        Query::Not(inner) => {
            let inner = select(inner, values);
            format!("SELECT rid FROM records EXCEPT SELECT rid FROM ({inner})")
        }
    }
}

fn combine(parts: &[Query], operator: &str, values: &mut Vec<Value>) -> String {
    let selects: Vec<String> =
        parts.iter().map(|p| format!("SELECT rid FROM ({})", select(p, values))).collect();
    selects.join(&format!(" {operator} "))
}

/// The words and phrases a query looks for, outside any NOT: what ranking counts.
fn positive_terms(query: &Query) -> Vec<(&'static str, String)> {
    match query {
        Query::Term { field, word, truncated, .. } if *field != Some(Field::Isbn) => {
            vec![(field_name(*field), fts_expression(std::slice::from_ref(word), *truncated))]
        }
        Query::Phrase { field, words, .. } if *field != Some(Field::Isbn) => {
            vec![(field_name(*field), fts_expression(words, false))]
        }
        Query::And(parts) | Query::Or(parts) => parts.iter().flat_map(positive_terms).collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::search::catalog::{Record, Subject};
    use crate::search::eval::{Indexed, search};
    use crate::search::query::parse;
    use crate::text::Localized;

    const WORDS: [&str; 8] =
        ["library", "literacy", "literasi", "laut", "sampah", "plastik", "data", "pustaka"];

    fn record(id: usize, title: &[&str], author: &[&str], year: i32, lang: &str, subject: usize) -> Record {
        Record {
            id: format!("R{id:03}"),
            kind: if id.is_multiple_of(2) { "book".into() } else { "article".into() },
            lang: lang.into(),
            title: title.join(" "),
            subtitle: id.is_multiple_of(3).then(|| "sampah laut".to_string()),
            authors: vec![author.join(" "), "Data, Laut".into()],
            year: Some(year),
            publisher: None,
            container: None,
            isbn: vec![format!("978-0-{id:04}")],
            issn: Vec::new(),
            doi: None,
            url: None,
            subjects: vec![format!("s{subject}")],
            keywords: Vec::new(),
            summary: None,
            call_number: None,
        }
    }

    fn catalog_strategy() -> impl Strategy<Value = Catalog> {
        let word = proptest::sample::select(WORDS.to_vec());
        let fields = (
            proptest::collection::vec(word.clone(), 1..5),
            proptest::collection::vec(word, 1..3),
            1990..2025i32,
            proptest::sample::select(vec!["id", "en"]),
            0..3usize,
        );
        proptest::collection::vec(fields, 0..12).prop_map(|records| Catalog {
            records: records
                .into_iter()
                .enumerate()
                .map(|(i, (title, author, year, lang, subject))| {
                    record(i, &title, &author, year, lang, subject)
                })
                .collect(),
            subjects: (0..3)
                .map(|i| Subject {
                    id: format!("s{i}"),
                    label: Localized::both(format!("{} {}", WORDS[i], WORDS[i + 3])),
                })
                .collect(),
        })
    }

    fn query_strategy() -> impl Strategy<Value = String> {
        let word = proptest::sample::select(WORDS.to_vec()).prop_map(str::to_string);
        let leaf = prop_oneof![
            word.clone(),
            word.clone().prop_map(|w| format!("{}*", &w[..3])),
            (word.clone(), word.clone()).prop_map(|(a, b)| format!("\"{a} {b}\"")),
            (proptest::sample::select(vec!["ti", "au", "su"]), word).prop_map(|(f, w)| format!("{f}:{w}")),
            (1990..2025i32, 0..10i32).prop_map(|(y, d)| format!("year:{y}..{}", y + d)),
            proptest::sample::select(vec!["lang:id", "lang:en", "type:book", "isbn:97800003"])
                .prop_map(str::to_string),
        ];
        leaf.prop_recursive(3, 16, 3, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} AND {b})")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} OR {b})")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} NOT {b})")),
                inner.prop_map(|a| format!("NOT ({a})")),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn fts5_finds_exactly_what_the_evaluator_defines(catalog in catalog_strategy(), text in query_strategy()) {
            let query = parse(&text).expect("generated queries are valid");
            let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
            let mut expected: Vec<usize> = search(&catalog, &indexed, &query).into_iter().map(|h| h.record).collect();
            let index = Index::build(&catalog).expect("index");
            let mut found: Vec<usize> = index.search(&query).expect("search").into_iter().map(|h| h.record).collect();
            expected.sort_unstable();
            found.sort_unstable();
            prop_assert_eq!(found, expected, "{}", query);
        }
    }
}
