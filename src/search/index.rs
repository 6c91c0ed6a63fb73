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
//!
//! `load` builds the index, `compile` turns a query into FTS5's `MATCH` and SQL; this module
//! runs it on the shards and merges what they find.

mod compile;
mod load;

use std::sync::Mutex;

use rusqlite::Connection;
use rusqlite::types::Value;

use self::compile::Plan;
use self::load::shard_count;
use super::catalog::Catalog;
use super::eval::Hit;
use super::query::Query;
use super::rank::{Ranker, Scorer};

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
        assert_eq!(super::load::SEPARATOR, format!(" {} ", crate::search::rank::VALUE_SEPARATOR));
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
