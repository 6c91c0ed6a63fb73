//! The catalogue in SQLite FTS5, for fast search: one row per record, one column per field
//! (title, author, subject, and `other` for keywords and summaries; a word without a field
//! searches all four), a `facet` column of words for language, type and year, and a parsed
//! query compiled to one FTS5 `MATCH` expression, whose matches `rank` orders. Only ISBNs
//! (searched by prefix, which a table index answers faster than FTS5 can) are SQL sets that
//! narrow it.
//!
//! A private-use separator between the values of a column keeps a phrase from matching across
//! two values (the end of one author's name and the start of the next), exactly as the
//! evaluator in `eval` defines it; text is stored normalised the same way (`query::words_of`),
//! so case, accents and word boundaries agree too. A property test holds the two to the same
//! results.
//!
//! A large catalogue is split into shards, one connection each (row `r` in shard
//! `r % shards`), loaded and searched at the same time on as many cores, and their results
//! merged; a property test holds a sharded index to the results and order of a single one.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};

use rusqlite::types::Value;

use rusqlite::{Connection, params};

use super::catalog::{Catalog, Record};
use super::eval::Hit;
use super::query::{Field, Filter, Query, for_each_word};
use super::rank::{COLUMNS, Ranker, RankerBuilder, Scorer};
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
///
/// Rows are numbered in the order of the record ids, so "best score, then by id" is
/// `ORDER BY score, rowid` and SQLite can return one page of a ranked list without Rust
/// sorting every match.
#[derive(Debug)]
pub struct Index {
    /// The rows, shared out between connections (row `r` in shard `r % shards.len()`) that
    /// are searched at the same time, one thread each. A connection is used by one thread at
    /// a time; the lock says so to the compiler.
    shards: Vec<Mutex<Connection>>,
    /// Row number → index of the record in the catalogue.
    records: Vec<usize>,
    /// The years of publication in the catalogue, sorted, for turning a range into words.
    years: Vec<i32>,
    /// Each row's words, for ranking what FTS5 found.
    ranker: Ranker,
}

/// One page of a ranked result list, and how many records matched in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub total: usize,
    pub hits: Vec<Hit>,
}

impl Index {
    /// Indexes every record of `catalog`.
    ///
    /// # Errors
    /// When SQLite cannot build the tables (out of memory).
    pub fn build(catalog: &Catalog) -> Result<Index, IndexError> {
        Index::build_in(catalog, shard_count(catalog.records.len()))
    }

    /// Indexes every record of `catalog` in `shards` shards (at least one).
    fn build_in(catalog: &Catalog, shards: usize) -> Result<Index, IndexError> {
        let mut connections = (0..shards.max(1)).map(|_| shard()).collect::<Result<Vec<_>, _>>()?;
        let mut order: Vec<usize> = (0..catalog.records.len()).collect();
        order.sort_by(|a, b| catalog.records[*a].id.cmp(&catalog.records[*b].id));
        // A subject's values (its id, then its heading in each language), made once.
        let subjects: HashMap<&str, Column> = catalog
            .subjects
            .iter()
            .map(|s| {
                let mut values = Column::default();
                values.push(&s.id.replace('-', " "));
                for lang in Lang::ALL {
                    values.push(s.label.get(lang));
                }
                (s.id.as_str(), values)
            })
            .collect();
        // Stages in their own threads, so that the cores share the work: splitting records
        // into words, loading each shard (a connection is used by one thread), and collecting
        // the words for ranking. Bounded channels keep only a few rows in flight.
        let ranker = std::thread::scope(|scope| -> Result<Ranker, IndexError> {
            let (to_rank, for_ranking) = sync_channel::<[String; COLUMNS]>(IN_FLIGHT);
            let (to_load, loads): (Vec<_>, Vec<_>) =
                connections.iter().map(|_| sync_channel::<(i64, Row)>(IN_FLIGHT)).unzip();
            let order = &order;
            let subjects = &subjects;
            let splitting = scope.spawn(move || {
                for (rid, &at) in order.iter().enumerate() {
                    let row = Row::of(&catalog.records[at], subjects);
                    let texts = row.columns.each_ref().map(|c| c.text().to_string());
                    let rid = i64::try_from(rid).unwrap_or(i64::MAX);
                    let shard = &to_load[usize::try_from(rid).unwrap_or(0) % to_load.len()];
                    // A stage has stopped (on an error): nothing more is wanted.
                    if to_rank.send(texts).is_err() || shard.send((rid, row)).is_err() {
                        break;
                    }
                }
            });
            let ranking = scope.spawn(move || {
                let mut ranker = RankerBuilder::default();
                for [title, author, subject, other] in for_ranking {
                    ranker.add_row([&title, &author, &subject, &other]);
                }
                ranker.finish()
            });
            let loading: Vec<_> = connections
                .iter_mut()
                .zip(loads)
                .map(|(c, rows)| scope.spawn(move || load(c, rows)))
                .collect();
            // A stage that failed would leave rows out: that is an error, never a smaller index.
            let failed = |stage: &str| IndexError(format!("{stage} the catalogue failed"));
            for shard in loading {
                shard.join().map_err(|_| failed("loading"))??;
            }
            splitting.join().map_err(|_| failed("splitting"))?;
            ranking.join().map_err(|_| failed("ranking"))
        })?;
        let mut years: Vec<i32> = catalog.records.iter().filter_map(|r| r.year).collect();
        years.sort_unstable();
        years.dedup();
        let shards = connections.into_iter().map(Mutex::new).collect();
        Ok(Index { shards, records: order, years, ranker })
    }

    /// Every record `query` matches, best first (bm25 of the words found, then by id).
    ///
    /// # Errors
    /// When SQLite fails (it should not, for a parsed query).
    pub fn search(&self, query: &Query) -> Result<Vec<Hit>, IndexError> {
        Ok(self.page(query, usize::MAX)?.hits)
    }

    /// The `limit` best records `query` matches, and the number of all it matches.
    ///
    /// # Errors
    /// When SQLite fails (it should not, for a parsed query).
    pub fn page(&self, query: &Query, limit: usize) -> Result<Page, IndexError> {
        let mut values = Vec::new();
        let plan = Plan::of(query, &self.years, &mut values);
        let sql = if let Some(expression) = &plan.expression {
            values.push(Value::Text(expression.clone()));
            format!("SELECT rowid FROM words WHERE words MATCH ?{}{}", values.len(), plan.filters())
        } else {
            // Only ISBNs (and NOT, OR beside them) make a query that is not one FTS5
            // expression: a set of rows in SQL.
            format!("SELECT rid FROM ({})", plan.set())
        };
        let (total, rows) = self.each_shard(&sql, &values, limit, query)?;
        let hits = rows
            .into_iter()
            .map(|(rid, score)| {
                let record = usize::try_from(rid).ok().and_then(|r| self.records.get(r)).copied();
                // A whole number is kept for the Hit's score; records with none of the words
                // looked for (found by an ISBN, or by NOT alone) still score 1.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let score = (score * 100.0).max(1.0) as usize;
                Hit { record: record.unwrap_or(usize::MAX), score }
            })
            .collect();
        Ok(Page { total, hits })
    }

    /// Runs the statement on every shard at once, one thread each, and merges what they
    /// found: the counts added, the best `limit` rows of all.
    fn each_shard(
        &self,
        sql: &str,
        values: &[Value],
        limit: usize,
        query: &Query,
    ) -> Result<(usize, Vec<(i64, f64)>), IndexError> {
        let search = |shard: &Mutex<Connection>| {
            let connection = shard.lock().map_err(|_| IndexError("a search failed".to_string()))?;
            best(&connection, sql, values, limit, &mut self.ranker.scorer(query))
        };
        let found: Vec<Result<(usize, Vec<Ranked>), IndexError>> = match self.shards.as_slice() {
            [only] => vec![search(only)],
            [first, rest @ ..] => std::thread::scope(|scope| {
                let others: Vec<_> = rest.iter().map(|shard| scope.spawn(move || search(shard))).collect();
                let mut found = vec![search(first)];
                for other in others {
                    found.push(
                        other.join().unwrap_or_else(|_| Err(IndexError("a search failed".to_string()))),
                    );
                }
                found
            }),
            [] => Vec::new(),
        };
        let mut total = 0;
        let mut rows = Vec::new();
        for shard in found {
            let (count, best) = shard?;
            total += count;
            rows.extend(best);
        }
        rows.sort_unstable();
        rows.truncate(limit);
        Ok((total, rows.into_iter().map(|Ranked(score, rid)| (rid, score)).collect()))
    }
}

/// A row ordered as the list is: by score, best first, then by row number.
#[derive(Debug)]
struct Ranked(f64, i64);

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

/// Runs a statement of row numbers, scores each row, and keeps the `limit` best in a heap,
/// counting them all: cheaper than sorting every match, or than a second pass to count.
fn best(
    connection: &Connection,
    sql: &str,
    values: &[Value],
    limit: usize,
    scorer: &mut Scorer<'_>,
) -> Result<(usize, Vec<Ranked>), IndexError> {
    let mut statement = connection.prepare_cached(sql)?;
    let mut rows = statement.query(rusqlite::params_from_iter(values.iter()))?;
    let mut total = 0;
    // A max-heap of the best rows so far: its top is the worst of them, the one to drop.
    let mut heap = std::collections::BinaryHeap::new();
    while let Some(row) = rows.next()? {
        total += 1;
        let rid: i64 = row.get(0)?;
        let ranked = Ranked(usize::try_from(rid).map_or(0.0, |r| scorer.score(r)), rid);
        if heap.len() < limit {
            heap.push(ranked);
        } else if heap.peek().is_some_and(|worst| ranked < *worst) {
            heap.pop();
            heap.push(ranked);
        }
    }
    Ok((total, heap.into_sorted_vec()))
}

/// Catalogues smaller than this are searched on one connection: threads would cost more
/// than they save.
const ROWS_PER_SHARD: usize = 5_000;

/// How many shards a catalogue of `rows` records gets: one per core, up to four, with at
/// least [`ROWS_PER_SHARD`] rows each.
fn shard_count(rows: usize) -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    cores.min(4).min(rows / ROWS_PER_SHARD).max(1)
}

/// A new, empty shard: the FTS5 table and the tables beside it.
fn shard() -> Result<Connection, IndexError> {
    let connection = Connection::open_in_memory()?;
    // Only row numbers are read back, and `rank` does the ranking: FTS5 keeps neither the
    // text (`content = ''`) nor the column sizes its own bm25() would need. The pending-data
    // budget ('hashsize') lets the load write one segment instead of merging many.
    connection.execute_batch(
        "CREATE VIRTUAL TABLE words USING fts5(title, author, subject, other, facet, tokenize = 'unicode61 remove_diacritics 0', detail = full, content = '', columnsize = 0);
         CREATE TABLE records (rid INTEGER PRIMARY KEY);
         CREATE TABLE isbns (rid INTEGER, isbn TEXT);
         INSERT INTO words (words, rank) VALUES ('hashsize', 1073741824);",
    )?;
    Ok(connection)
}

/// How many rows may wait between two stages of [`Index::build`].
const IN_FLIGHT: usize = 256;

/// One record, split into words as the index stores it.
struct Row {
    columns: [Column; COLUMNS],
    facets: String,
    /// The ISBNs, letters and digits only, lowercase.
    isbns: Vec<String>,
}

impl Row {
    fn of(record: &Record, subjects: &HashMap<&str, Column>) -> Row {
        let mut titles = Column::default();
        titles.push(&record.title);
        if let Some(subtitle) = &record.subtitle {
            titles.push(subtitle);
        }
        let mut authors = Column::default();
        for author in &record.authors {
            authors.push(author);
        }
        let mut headings = Column::default();
        for id in &record.subjects {
            match subjects.get(id.as_str()) {
                // Normalised text splits into the same words again.
                Some(values) => values.values.iter().for_each(|v| headings.push(&values.text[v.clone()])),
                // A subject the catalogue does not list (`check` reports it): its id still counts.
                None => headings.push(&id.replace('-', " ")),
            }
        }
        // Keywords and the summary: searched with the fields above when a word has no field.
        let mut other = Column::default();
        for keyword in &record.keywords {
            other.push(keyword);
        }
        if let Some(summary) = &record.summary {
            for lang in Lang::ALL {
                other.push(summary.get(lang));
            }
        }
        let mut facets = vec![Facet::Every.token(), Facet::Lang(&record.lang.to_lowercase()).token()];
        facets.push(Facet::Type(&record.kind.to_lowercase()).token());
        facets.extend(record.year.map(|y| Facet::Year(y).token()));
        let isbns = record
            .isbn
            .iter()
            .map(|isbn| isbn.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase())
            .collect();
        Row { columns: [titles, authors, headings, other], facets: facets.join(" "), isbns }
    }
}

/// Loads one shard's rows into its tables, each under the row number it came with.
fn load(connection: &mut Connection, rows: Receiver<(i64, Row)>) -> Result<(), IndexError> {
    let transaction = connection.transaction()?;
    {
        let mut word_row = transaction.prepare(
            "INSERT INTO words (rowid, title, author, subject, other, facet) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut record_row = transaction.prepare("INSERT INTO records (rid) VALUES (?1)")?;
        let mut isbn_row = transaction.prepare("INSERT INTO isbns (rid, isbn) VALUES (?1, ?2)")?;
        for (rid, row) in rows {
            let [title, author, subject, other] = &row.columns;
            word_row.execute(params![
                rid,
                title.text(),
                author.text(),
                subject.text(),
                other.text(),
                row.facets
            ])?;
            record_row.execute(params![rid])?;
            for isbn in &row.isbns {
                isbn_row.execute(params![rid, isbn])?;
            }
        }
    }
    transaction.commit()?;
    // Indexes are built once over sorted data, which is faster than keeping them up to date
    // row by row.
    connection.execute_batch("CREATE INDEX isbns_isbn ON isbns (isbn);")?;
    Ok(())
}

/// The values of one field as one FTS5 column, normalised as `query::words_of` does, so
/// case, accents and word boundaries agree with the evaluator: words separated by a space. A
/// private-use character, which the tokenizer keeps as a word and `words_of` never produces,
/// stands between values so that no phrase matches across two of them (the end of one
/// author's name and the start of the next).
#[derive(Debug, Default)]
pub(super) struct Column {
    /// The column as FTS5 indexes it.
    text: String,
    /// Where each value's words are in `text`.
    values: Vec<std::ops::Range<usize>>,
}

impl Column {
    /// Adds one value; a value already there (a summary the same in both languages) is not
    /// indexed twice.
    fn push(&mut self, value: &str) {
        let start = self.text.len();
        if !self.values.is_empty() {
            self.text.push_str(SEPARATOR);
        }
        let words = self.text.len();
        let text = &mut self.text;
        for_each_word(value, |word| {
            if text.len() > words {
                text.push(' ');
            }
            text.push_str(word);
        });
        let added = words..self.text.len();
        if added.is_empty() || self.values.iter().any(|v| self.text[v.clone()] == self.text[added.clone()]) {
            self.text.truncate(start);
        } else {
            self.values.push(added);
        }
    }

    /// The column's words separated by spaces, values by [`SEPARATOR`].
    pub(super) fn text(&self) -> &str {
        &self.text
    }
}

/// What a whole query compiles to: an FTS5 expression where there is one, narrowed by SQL
/// sets of row numbers that the rows must be in (`keep`) or not in (`drop`).
struct Plan {
    expression: Option<String>,
    keep: Vec<String>,
    drop: Vec<String>,
}

impl Plan {
    fn of(query: &Query, years: &[i32], values: &mut Vec<Value>) -> Plan {
        match query {
            Query::And(parts) => {
                let and = compile_and(parts, years, values);
                Plan { expression: and.expression, keep: and.keep, drop: and.drop }
            }
            _ => match compile(query, years, values) {
                Part::Match(e) => Plan { expression: Some(e), keep: Vec::new(), drop: Vec::new() },
                Part::Sql(s) => Plan { expression: None, keep: vec![s], drop: Vec::new() },
            },
        }
    }

    /// ` AND +rowid IN (…)` for each set; the `+` keeps SQLite from handing the condition to
    /// FTS5 as a row lookup, so each set is computed once and probed per match.
    fn filters(&self) -> String {
        let mut sql = String::new();
        for keep in &self.keep {
            let _ = write!(sql, " AND +rowid IN (SELECT rid FROM ({keep}))");
        }
        for drop in &self.drop {
            let _ = write!(sql, " AND +rowid NOT IN (SELECT rid FROM ({drop}))");
        }
        sql
    }

    /// The plan without an FTS5 expression, as one SQL set of `rid`s.
    fn set(&self) -> String {
        let mut sql = "SELECT rid FROM records".to_string();
        for keep in &self.keep {
            sql = format!("SELECT rid FROM ({sql}) INTERSECT SELECT rid FROM ({keep})");
        }
        for drop in &self.drop {
            sql = format!("SELECT rid FROM ({sql}) EXCEPT SELECT rid FROM ({drop})");
        }
        sql
    }
}

/// Separates the values of a column (see [`Column`]): the ranker's separator word, between
/// spaces.
const SEPARATOR: &str = " \u{e000} ";

/// A word of the `facet` column: what a record is rather than what it says. Each starts
/// with a private-use character, which `words_of` never produces, so no word of a query can
/// match one by accident; values are written in hex, so any value is one word.
enum Facet<'a> {
    /// Every record has it: the left side of a NOT that stands alone.
    Every,
    /// No record has it: a year range with no year of the catalogue in it.
    Nothing,
    Lang(&'a str),
    Type(&'a str),
    Year(i32),
}

impl Facet<'_> {
    fn token(&self) -> String {
        let hex = |value: &str| {
            value.bytes().fold(String::new(), |mut hex, b| {
                let _ = write!(hex, "{b:02x}");
                hex
            })
        };
        match self {
            Facet::Every => "\u{e001}every".to_string(),
            Facet::Nothing => "\u{e001}nothing".to_string(),
            Facet::Lang(value) => format!("\u{e001}lang{}", hex(value)),
            Facet::Type(value) => format!("\u{e001}type{}", hex(value)),
            Facet::Year(year) => format!("\u{e001}year{}", hex(&year.to_string())),
        }
    }
}

/// The FTS5 column filter for a text leaf. A word without a field code has none: it
/// searches every column, the facet column too, where it can never match, since every facet
/// word starts with a private-use character that no query word has. That is what a word
/// without a field means, and FTS5 then need not sort its positions by column.
fn column_filter(field: Option<Field>) -> &'static str {
    match field {
        None => "",
        Some(Field::Title) => "{title} : ",
        Some(Field::Author) => "{author} : ",
        Some(Field::Subject) => "{subject} : ",
        Some(Field::Isbn) => "{isbn} : ",
    }
}

/// An FTS5 expression for a word (`"litera" *` when truncated) or a phrase in one column.
/// Every word is quoted, so no word is ever read as an FTS5 operator.
fn fts_expression(field: Option<Field>, words: &[String], truncated: bool) -> String {
    let quoted: Vec<String> = words.iter().map(|w| w.replace('"', "")).collect();
    format!("{}\"{}\"{}", column_filter(field), quoted.join(" "), if truncated { " *" } else { "" })
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
fn compile(query: &Query, years: &[i32], values: &mut Vec<Value>) -> Part {
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
            // A range is the years of the catalogue that fall in it, one word each.
            let from = from.unwrap_or(i32::MIN);
            let to = to.unwrap_or(i32::MAX);
            let start = years.partition_point(|y| *y < from);
            let end = years.partition_point(|y| *y <= to);
            let words: Vec<String> = years[start..end.max(start)]
                .iter()
                .map(|y| format!("\"{}\"", Facet::Year(*y).token()))
                .collect();
            if words.is_empty() {
                Part::Match(format!("\"{}\"", Facet::Nothing.token()))
            } else {
                Part::Match(words.join(" OR "))
            }
        }
        Query::Filter { filter, value, .. } => {
            let facet = if *filter == Filter::Lang { Facet::Lang(value) } else { Facet::Type(value) };
            Part::Match(format!("\"{}\"", facet.token()))
        }
        Query::And(parts) => compile_and(parts, years, values).into_part(values),
        Query::Or(parts) => {
            let compiled: Vec<Part> = parts.iter().map(|p| compile(p, years, values)).collect();
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
        Query::Not(inner) => match compile(inner, years, values) {
            // FTS5's NOT needs something on its left: the word every record has.
            Part::Match(e) => Part::Match(format!("(\"{}\") NOT ({e})", Facet::Every.token())),
            Part::Sql(inner) => {
                Part::Sql(format!("SELECT rid FROM records EXCEPT SELECT rid FROM ({inner})"))
            }
        },
    }
}

/// An AND of parts: the ones FTS5 can say as one expression (`(a) AND (b) NOT (c)`), and
/// SQL sets that narrow it.
struct Conjunction {
    expression: Option<String>,
    keep: Vec<String>,
    drop: Vec<String>,
}

/// AND: the parts FTS5 can say become one expression (`(a) AND (b) NOT (c)`), the rest SQL
/// that narrows it with `INTERSECT` and `EXCEPT`.
fn compile_and(parts: &[Query], years: &[i32], values: &mut Vec<Value>) -> Conjunction {
    let mut positive = Vec::new();
    let mut negative = Vec::new();
    let mut keep = Vec::new();
    let mut drop = Vec::new();
    for part in parts {
        if let Query::Not(inner) = part {
            match compile(inner, years, values) {
                Part::Match(e) => negative.push(e),
                Part::Sql(s) => drop.push(s),
            }
        } else {
            match compile(part, years, values) {
                Part::Match(e) => positive.push(e),
                Part::Sql(s) => keep.push(s),
            }
        }
    }
    if positive.is_empty() && !negative.is_empty() {
        // FTS5's NOT needs something on its left: the word every record has.
        positive.push(format!("\"{}\"", Facet::Every.token()));
    }
    let expression = if positive.is_empty() {
        None
    } else {
        let mut e = positive.iter().map(|p| format!("({p})")).collect::<Vec<_>>().join(" AND ");
        for n in &negative {
            e = format!("({e}) NOT ({n})");
        }
        Some(e)
    };
    Conjunction { expression, keep, drop }
}

impl Conjunction {
    /// The conjunction as a part of a larger query.
    fn into_part(self, values: &mut Vec<Value>) -> Part {
        if self.keep.is_empty() && self.drop.is_empty() {
            return Part::Match(self.expression.unwrap_or_default());
        }
        let mut sql = match self.expression {
            Some(e) => Part::Match(e).into_sql(values),
            None => "SELECT rid FROM records".to_string(),
        };
        for s in self.keep {
            sql = format!("SELECT rid FROM ({sql}) INTERSECT SELECT rid FROM ({s})");
        }
        for s in self.drop {
            sql = format!("SELECT rid FROM ({sql}) EXCEPT SELECT rid FROM ({s})");
        }
        Part::Sql(sql)
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

    /// Words with forms among them: "pustaka" and "perpustakaan" share an Indonesian stem,
    /// "library" and "libraries" an English one.
    const WORDS: [&str; 10] = [
        "library",
        "literacy",
        "literasi",
        "laut",
        "sampah",
        "plastik",
        "data",
        "pustaka",
        "perpustakaan",
        "libraries",
    ];

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
            (1985..2030i32, 0..10i32).prop_map(|(y, d)| format!("year:{y}..{}", y + d)),
            (1985..2030i32).prop_map(|y| format!("year:{y}")),
            (1985..2030i32).prop_map(|y| format!("year:..{y}")),
            (1985..2030i32).prop_map(|y| format!("year:{y}..")),
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

    #[test]
    fn the_column_separator_is_the_rankers_separator_word() {
        assert_eq!(SEPARATOR, format!(" {} ", crate::search::rank::VALUE_SEPARATOR));
    }

    /// The records the index finds for `query` are the ones the evaluator defines.
    fn index_agrees_with_the_evaluator(catalog: &Catalog, query: &Query) -> Result<(), TestCaseError> {
        let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, catalog)).collect();
        let mut expected: Vec<usize> =
            search(catalog, &indexed, query).into_iter().map(|h| h.record).collect();
        let index = Index::build(catalog).expect("index");
        let mut found: Vec<usize> =
            index.search(query).expect("search").into_iter().map(|h| h.record).collect();
        expected.sort_unstable();
        found.sort_unstable();
        prop_assert_eq!(found, expected, "{}", query);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn fts5_finds_exactly_what_the_evaluator_defines(catalog in catalog_strategy(), text in query_strategy()) {
            let query = parse(&text).expect("generated queries are valid");
            index_agrees_with_the_evaluator(&catalog, &query)?;
        }

        #[test]
        fn with_word_forms_fts5_still_finds_exactly_what_the_evaluator_defines(catalog in catalog_strategy(), text in query_strategy()) {
            let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
            let forms = crate::search::forms::WordForms::new(&indexed);
            index_agrees_with_the_evaluator(&catalog, &forms.expand(&parse(&text).expect("generated queries are valid")))?;
        }

        #[test]
        fn shards_find_and_rank_as_one_index_does(catalog in catalog_strategy(), text in query_strategy(), shards in 2..5usize, size in 0..5usize) {
            let query = parse(&text).expect("generated queries are valid");
            let one = Index::build_in(&catalog, 1).expect("index");
            let sharded = Index::build_in(&catalog, shards).expect("index");
            prop_assert_eq!(sharded.search(&query).expect("search"), one.search(&query).expect("search"));
            prop_assert_eq!(sharded.page(&query, size).expect("page"), one.page(&query, size).expect("page"));
        }

        #[test]
        fn a_page_is_the_start_of_the_whole_ranked_list(catalog in catalog_strategy(), text in query_strategy(), size in 0..5usize) {
            let query = parse(&text).expect("generated queries are valid");
            let index = Index::build(&catalog).expect("index");
            let all = index.search(&query).expect("search");
            let page = index.page(&query, size).expect("page");
            prop_assert_eq!(page.total, all.len());
            prop_assert_eq!(&page.hits[..], &all[..size.min(all.len())]);
        }
    }
}
