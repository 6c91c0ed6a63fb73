//! Building the index: records split into words, loaded into the shards' FTS5 tables, and
//! collected for ranking, in stages that share the cores.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};

use rusqlite::{Connection, params};

use super::compile::Facet;
use super::{Index, IndexError};
use crate::lang::Lang;
use crate::search::catalog::{Catalog, Record};
use crate::search::query::for_each_word;
use crate::search::rank::{COLUMNS, Ranker, RankerBuilder};

impl Index {
    /// Indexes every record of `catalog` in `shards` shards (at least one).
    pub(super) fn build_in(catalog: &Catalog, shards: usize) -> Result<Index, IndexError> {
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
}

/// Catalogues smaller than this are searched on one connection: threads would cost more
/// than they save.
const ROWS_PER_SHARD: usize = 5_000;

/// How many shards a catalogue of `rows` records gets: one per core, up to four, with at
/// least [`ROWS_PER_SHARD`] rows each.
pub(super) fn shard_count(rows: usize) -> usize {
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

/// Separates the values of a column (see [`Column`]): the ranker's separator word, between
/// spaces.
pub(super) const SEPARATOR: &str = " \u{e000} ";
