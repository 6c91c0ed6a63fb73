//! The catalogue in SQLite FTS5, for fast search: one row per record, one column per field
//! (title, author, subject, and `any` for all of them with keywords and summaries), and a
//! parsed query compiled to one FTS5 `MATCH` expression wherever FTS5 can say it, with SQL
//! (`INTERSECT`, `UNION`, `EXCEPT`) only for years, filters, ISBNs and a NOT standing alone.
//!
//! A private-use separator between the values of a column keeps a phrase from matching across
//! two values (the end of one author's name and the start of the next), exactly as the
//! evaluator in `eval` defines it; text is stored normalised the same way (`query::words_of`),
//! so case, accents and word boundaries agree too. A property test holds the two to the same
//! results.

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
            "CREATE VIRTUAL TABLE words USING fts5(title, author, subject, any, tokenize = 'unicode61 remove_diacritics 0', detail = full);
             CREATE TABLE records (rid INTEGER PRIMARY KEY, year INTEGER, lang TEXT, kind TEXT);
             CREATE TABLE isbns (rid INTEGER, isbn TEXT);
             CREATE INDEX records_lang ON records (lang);
             CREATE INDEX records_kind ON records (kind);
             CREATE INDEX records_year ON records (year);
             CREATE INDEX isbns_isbn ON isbns (isbn);",
        )?;
        let transaction = connection.unchecked_transaction()?;
        {
            let mut word_row = transaction.prepare(
                "INSERT INTO words (rowid, title, author, subject, any) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            let mut record_row =
                transaction.prepare("INSERT INTO records (rid, year, lang, kind) VALUES (?1, ?2, ?3, ?4)")?;
            let mut isbn_row = transaction.prepare("INSERT INTO isbns (rid, isbn) VALUES (?1, ?2)")?;
            for (rid, record) in catalog.records.iter().enumerate() {
                let rid = i64::try_from(rid).unwrap_or(i64::MAX);
                let mut titles = vec![record.title.clone()];
                titles.extend(record.subtitle.clone());
                let mut subjects: Vec<String> = Vec::new();
                for id in &record.subjects {
                    subjects.push(id.replace('-', " "));
                    if let Some(heading) = catalog.subject(id) {
                        subjects.extend(Lang::ALL.iter().map(|l| heading.label.get(*l).clone()));
                    }
                }
                let mut any: Vec<String> =
                    titles.iter().chain(&record.authors).chain(&subjects).cloned().collect();
                any.extend(record.keywords.iter().cloned());
                any.extend(
                    record.summary.iter().flat_map(|s| Lang::ALL.iter().map(move |l| s.get(*l).clone())),
                );
                word_row.execute(params![
                    rid,
                    column(&titles),
                    column(&record.authors),
                    column(&subjects),
                    column(&any)
                ])?;
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

    /// The records `query` matches, best first (bm25 of the words found, then by id).
    ///
    /// # Errors
    /// When SQLite fails (it should not, for a parsed query).
    pub fn search(&self, query: &Query) -> Result<Vec<Hit>, IndexError> {
        let mut values = Vec::new();
        let mut hits: Vec<(Hit, f64)> = Vec::new();
        let mut push = |rid: i64, score: f64| {
            let record = usize::try_from(rid).unwrap_or(usize::MAX);
            // bm25 is lower for better matches; a whole number is kept for the Hit's score.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let rounded = (-score * 100.0).max(1.0) as usize;
            hits.push((Hit { record, score: rounded }, score));
        };
        match compile(query, &mut values) {
            Part::Match(expression) => {
                for (rid, score) in self.matching(&expression)? {
                    push(rid, score);
                }
            }
            Part::Sql(sql) => {
                // The records the whole query selects, ranked by the words it looks for.
                let terms = positive_terms(query);
                let scores: HashMap<i64, f64> = if terms.is_empty() {
                    HashMap::new()
                } else {
                    self.matching(&terms.join(" OR "))?.into_iter().collect()
                };
                let mut statement = self.connection.prepare(&format!("SELECT DISTINCT rid FROM ({sql})"))?;
                let rows =
                    statement.query_map(rusqlite::params_from_iter(values.iter()), |r| r.get::<_, i64>(0))?;
                for row in rows {
                    let rid = row?;
                    push(rid, scores.get(&rid).copied().unwrap_or(0.0));
                }
            }
        }
        hits.sort_by(|(a, sa), (b, sb)| {
            sa.total_cmp(sb).then_with(|| self.ids[a.record].cmp(&self.ids[b.record]))
        });
        Ok(hits.into_iter().map(|(hit, _)| hit).collect())
    }

    /// The rows an FTS5 expression matches, with their bm25 (lower is better).
    fn matching(&self, expression: &str) -> Result<Vec<(i64, f64)>, IndexError> {
        let mut statement =
            self.connection.prepare_cached("SELECT rowid, bm25(words) FROM words WHERE words MATCH ?1")?;
        let rows = statement.query_map([expression], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Values of one field as one FTS5 column: a private-use character, which the tokenizer
/// keeps as a word and `words_of` never produces, stands between values so that no phrase
/// matches across two of them (the end of one author's name and the start of the next).
fn column(values: &[String]) -> String {
    values
        .iter()
        .map(|v| words_of(v).join(" "))
        .filter(|v| !v.is_empty())
        .collect::<Vec<_>>()
        .join(" \u{e000} ")
}

/// The FTS5 column a text leaf searches.
fn field_name(field: Option<Field>) -> &'static str {
    match field {
        None => "any",
        Some(Field::Title) => "title",
        Some(Field::Author) => "author",
        Some(Field::Subject) => "subject",
        Some(Field::Isbn) => "isbn",
    }
}

/// An FTS5 expression for a word (`"litera" *` when truncated) or a phrase in one column.
/// Every word is quoted, so no word is ever read as an FTS5 operator.
fn fts_expression(field: Option<Field>, words: &[String], truncated: bool) -> String {
    let quoted: Vec<String> = words.iter().map(|w| w.replace('"', "")).collect();
    format!("{{{}}} : \"{}\"{}", field_name(field), quoted.join(" "), if truncated { " *" } else { "" })
}

/// A compiled part of a query: an FTS5 MATCH expression, or SQL selecting `rid`s.
enum Part {
    Match(String),
    Sql(String),
}

impl Part {
    fn into_sql(self, values: &mut Vec<Value>) -> String {
        match self {
            Part::Sql(sql) => sql,
            Part::Match(expression) => {
                values.push(Value::Text(expression));
                format!("SELECT rowid AS rid FROM words WHERE words MATCH ?{}", values.len())
            }
        }
    }
}

/// Compiles `query`, keeping as much of it as one FTS5 MATCH expression as FTS5 can say
/// (words, phrases, AND, OR, and NOT beside a positive part); years, filters, ISBNs and a
/// NOT standing alone become SQL. `values` collects the SQL parameters.
fn compile(query: &Query, values: &mut Vec<Value>) -> Part {
    let mut param = |value: Value| {
        values.push(value);
        format!("?{}", values.len())
    };
    match query {
        Query::Term { field: Some(Field::Isbn), word, truncated, .. } => {
            let from = param(Value::Text(word.clone()));
            if *truncated {
                // Every string that starts with the prefix sorts between it and prefix + U+10FFFF,
                // a range the index answers.
                let to = param(Value::Text(format!("{word}{}", char::MAX)));
                Part::Sql(format!("SELECT rid FROM isbns WHERE isbn >= {from} AND isbn < {to}"))
            } else {
                Part::Sql(format!("SELECT rid FROM isbns WHERE isbn = {from}"))
            }
        }
        Query::Phrase { field: Some(Field::Isbn), words, .. } => {
            let p = param(Value::Text(words.concat()));
            Part::Sql(format!("SELECT rid FROM isbns WHERE isbn = {p}"))
        }
        Query::Term { field, word, truncated, .. } => {
            Part::Match(fts_expression(*field, std::slice::from_ref(word), *truncated))
        }
        Query::Phrase { field, words, .. } => Part::Match(fts_expression(*field, words, false)),
        Query::Year { from, to, .. } => {
            let from = param(from.map_or(Value::Null, |y| Value::Integer(i64::from(y))));
            let to = param(to.map_or(Value::Null, |y| Value::Integer(i64::from(y))));
            Part::Sql(format!(
                "SELECT rid FROM records WHERE year IS NOT NULL AND ({from} IS NULL OR year >= {from}) AND ({to} IS NULL OR year <= {to})"
            ))
        }
        Query::Filter { filter, value, .. } => {
            let column = if *filter == Filter::Lang { "lang" } else { "kind" };
            let p = param(Value::Text(value.clone()));
            Part::Sql(format!("SELECT rid FROM records WHERE {column} = {p}"))
        }
        Query::And(parts) => compile_and(parts, values),
        Query::Or(parts) => {
            let compiled: Vec<Part> = parts.iter().map(|p| compile(p, values)).collect();
            if compiled.iter().all(|p| matches!(p, Part::Match(_))) {
                let expressions: Vec<String> = compiled
                    .into_iter()
                    .map(|p| match p {
                        Part::Match(e) => format!("({e})"),
                        Part::Sql(_) => String::new(),
                    })
                    .collect();
                Part::Match(expressions.join(" OR "))
            } else {
                let selects: Vec<String> = compiled
                    .into_iter()
                    .map(|p| format!("SELECT rid FROM ({})", p.into_sql(values)))
                    .collect();
                Part::Sql(selects.join(" UNION "))
            }
        }
        Query::Not(inner) => {
            let inner = compile(inner, values).into_sql(values);
            Part::Sql(format!("SELECT rid FROM records EXCEPT SELECT rid FROM ({inner})"))
        }
    }
}

/// AND: the parts FTS5 can say become one expression (`(a) AND (b) NOT (c)`), the rest SQL
/// that narrows it with `INTERSECT` and `EXCEPT`.
fn compile_and(parts: &[Query], values: &mut Vec<Value>) -> Part {
    let mut positive = Vec::new();
    let mut negative = Vec::new();
    let mut sql_in = Vec::new();
    let mut sql_out = Vec::new();
    for part in parts {
        if let Query::Not(inner) = part {
            match compile(inner, values) {
                Part::Match(e) => negative.push(e),
                Part::Sql(s) => sql_out.push(s),
            }
        } else {
            match compile(part, values) {
                Part::Match(e) => positive.push(e),
                Part::Sql(s) => sql_in.push(s),
            }
        }
    }
    let expression = if positive.is_empty() {
        // FTS5's NOT needs something on its left; without it the negated words are SQL too.
        for e in negative.drain(..) {
            sql_out.push(Part::Match(e).into_sql(values));
        }
        None
    } else {
        let mut e = positive.iter().map(|p| format!("({p})")).collect::<Vec<_>>().join(" AND ");
        for n in &negative {
            e = format!("({e}) NOT ({n})");
        }
        Some(e)
    };
    if sql_in.is_empty() && sql_out.is_empty() {
        return Part::Match(expression.unwrap_or_default());
    }
    let mut sql = match expression {
        Some(e) => Part::Match(e).into_sql(values),
        None => "SELECT rid FROM records".to_string(),
    };
    for s in sql_in {
        sql = format!("SELECT rid FROM ({sql}) INTERSECT SELECT rid FROM ({s})");
    }
    for s in sql_out {
        sql = format!("SELECT rid FROM ({sql}) EXCEPT SELECT rid FROM ({s})");
    }
    Part::Sql(sql)
}

/// The words and phrases a query looks for, outside any NOT: what ranking counts.
fn positive_terms(query: &Query) -> Vec<String> {
    match query {
        Query::Term { field, word, truncated, .. } if *field != Some(Field::Isbn) => {
            vec![fts_expression(*field, std::slice::from_ref(word), *truncated)]
        }
        Query::Phrase { field, words, .. } if *field != Some(Field::Isbn) => {
            vec![fts_expression(*field, words, false)]
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
