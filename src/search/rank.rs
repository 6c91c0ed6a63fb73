//! BM25 ranking of the records a query matched, computed in Rust from a forward index: each
//! row's words, column by column, as ids into a sorted vocabulary.
//!
//! FTS5 finds the matching rows; asking it for `bm25()` as well cost three to seven times
//! what finding them did on a 100,000-record catalogue, because its ranking function looks
//! up every matched row's size and decodes the position lists of every phrase again. Here
//! the document frequencies are counted once, when the index is built, and a word's count in
//! a matched row is read from the word's list of rows (its postings), which is walked forward
//! as FTS5 returns rows in order: memory read in sequence, not a jump per row. A phrase, or a
//! truncation that stands for many words, is counted in the row's own words instead.
//!
//! The formula is the one FTS5's `bm25()` uses (k1 = 1.2, b = 0.75, and the same IDF), with
//! a word in the title, an author or a subject heading counting twice a word in a keyword or
//! the summary. Two kinds of search term have no document frequency of their own; they
//! follow the choices Lucene makes:
//! - a phrase weighs the sum of its words' IDFs;
//! - a truncated word (`litera*`) counts every word it stands for, and weighs as the most
//!   common of them does, so a rare ending does not outrank the word it was meant to find.

use std::collections::HashMap;
use std::fmt;

use super::query::{Field, Query};

/// BM25's term-frequency saturation.
const K1: f64 = 1.2;
/// BM25's length normalisation.
const B: f64 = 0.75;

/// The text columns, in the order a row stores them.
pub const COLUMNS: usize = 4;

/// How much a word counts in each column: title, authors and subject headings twice a word
/// of a keyword or the summary.
const WEIGHTS: [f64; COLUMNS] = [2.0, 2.0, 2.0, 1.0];

/// The word between two values of a column in the text a row is given as (a private-use
/// character, which no catalogue word has).
pub const VALUE_SEPARATOR: &str = "\u{e000}";

/// Stands between two values of a column, so that no phrase runs from one into the next.
const SEPARATOR: u32 = u32::MAX;

/// A truncation that stands for more words than this is counted in each row's words rather
/// than through each word's postings.
const MOST_LISTS: u32 = 16;

/// One row that has a word, and how often the word occurs in each column there (at most
/// 255; BM25 hardly changes after the first few).
#[derive(Debug, Clone, Copy)]
struct Posting {
    row: u32,
    counts: [u8; COLUMNS],
}

/// Where a search term looks: every text column, or one (a field code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Column(usize),
}

impl Scope {
    /// The scopes whose document frequencies are kept: every column together, and each
    /// column a field code can name (title, author, subject).
    const KEPT: usize = 4;

    fn of(field: Option<Field>) -> Option<Scope> {
        match field {
            None => Some(Scope::All),
            Some(Field::Title) => Some(Scope::Column(0)),
            Some(Field::Author) => Some(Scope::Column(1)),
            Some(Field::Subject) => Some(Scope::Column(2)),
            Some(Field::Isbn) => None,
        }
    }

    fn slot(self) -> usize {
        match self {
            Scope::All => 0,
            Scope::Column(c) => c + 1,
        }
    }
}

/// Collects the rows' words while the index is built.
#[derive(Debug, Default)]
pub struct RankerBuilder {
    ids: HashMap<String, u32>,
    words: Vec<String>,
    tokens: Vec<u32>,
    bounds: Vec<[usize; COLUMNS + 1]>,
}

impl RankerBuilder {
    /// Adds the next row (rows are numbered in the order they are added): each column's
    /// words separated by spaces, with [`VALUE_SEPARATOR`] as a word between two values.
    pub fn add_row(&mut self, columns: [&str; COLUMNS]) {
        let mut bounds = [0; COLUMNS + 1];
        for (column, text) in columns.iter().enumerate() {
            bounds[column] = self.tokens.len();
            for word in text.split(' ').filter(|w| !w.is_empty()) {
                let id = if word == VALUE_SEPARATOR {
                    SEPARATOR
                } else if let Some(id) = self.ids.get(word) {
                    *id
                } else {
                    // Far fewer distinct words than u32::MAX in any catalogue; the last id is
                    // the separator's.
                    let id = u32::try_from(self.words.len()).unwrap_or(SEPARATOR - 1);
                    self.ids.insert(word.to_string(), id);
                    self.words.push(word.to_string());
                    id
                };
                self.tokens.push(id);
            }
        }
        bounds[COLUMNS] = self.tokens.len();
        self.bounds.push(bounds);
    }

    /// Sorts the vocabulary (so that a truncated word is a range of ids) and counts each
    /// word's documents.
    #[must_use]
    pub fn finish(self) -> Ranker {
        let RankerBuilder { words, mut tokens, bounds, .. } = self;
        let mut order: Vec<u32> = (0..u32::try_from(words.len()).unwrap_or(u32::MAX)).collect();
        order.sort_unstable_by(|a, b| words[*a as usize].cmp(&words[*b as usize]));
        let mut new_id = vec![0u32; words.len()];
        for (rank, old) in order.iter().enumerate() {
            new_id[*old as usize] = u32::try_from(rank).unwrap_or(SEPARATOR - 1);
        }
        for token in &mut tokens {
            if *token != SEPARATOR {
                *token = new_id[*token as usize];
            }
        }
        let mut words = words;
        words.sort_unstable();
        let vocabulary: Vec<Box<str>> = words.into_iter().map(String::into_boxed_str).collect();
        let mut frequencies: [Vec<u32>; Scope::KEPT] = std::array::from_fn(|_| vec![0; vocabulary.len()]);
        // The last row (plus one) each word was counted for, per scope.
        let mut seen: [Vec<u32>; Scope::KEPT] = std::array::from_fn(|_| vec![0; vocabulary.len()]);
        let mut lengths: Vec<u16> = Vec::with_capacity(bounds.len());
        let mut total_length = 0.0;
        for (row, bounds) in bounds.iter().enumerate() {
            let mark = u32::try_from(row + 1).unwrap_or(u32::MAX);
            let mut length = 0u32;
            for column in 0..COLUMNS {
                for &token in &tokens[bounds[column]..bounds[column + 1]] {
                    if token == SEPARATOR {
                        continue;
                    }
                    length += 1;
                    let t = token as usize;
                    for slot in [Scope::All.slot(), Scope::Column(column).slot()] {
                        if slot < Scope::KEPT && seen[slot][t] != mark {
                            seen[slot][t] = mark;
                            frequencies[slot][t] += 1;
                        }
                    }
                }
            }
            total_length += f64::from(length);
            lengths.push(u16::try_from(length).unwrap_or(u16::MAX));
        }
        let (starts, postings) = postings(&tokens, &bounds, &frequencies[Scope::All.slot()]);
        #[allow(clippy::cast_precision_loss)] // a row count is far below 2^52
        let rows = bounds.len() as f64;
        let average_length = if total_length > 0.0 { total_length / rows } else { 1.0 };
        Ranker { vocabulary, tokens, bounds, lengths, starts, postings, frequencies, average_length }
    }
}

/// Every word's postings, in row order, one after the other: word `w`'s are
/// `postings[starts[w]..starts[w + 1]]`. `rows_with` is each word's number of rows.
fn postings(
    tokens: &[u32],
    bounds: &[[usize; COLUMNS + 1]],
    rows_with: &[u32],
) -> (Vec<usize>, Vec<Posting>) {
    let mut starts = Vec::with_capacity(rows_with.len() + 1);
    let mut total = 0;
    starts.push(0);
    for n in rows_with {
        total += *n as usize;
        starts.push(total);
    }
    let mut postings = vec![Posting { row: 0, counts: [0; COLUMNS] }; total];
    // Where each word's next posting goes.
    let mut next: Vec<usize> = starts[..rows_with.len()].to_vec();
    for (row, bounds) in bounds.iter().enumerate() {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        for column in 0..COLUMNS {
            for &token in &tokens[bounds[column]..bounds[column + 1]] {
                if token == SEPARATOR {
                    continue;
                }
                let word = token as usize;
                let at = next[word];
                if at > starts[word] && postings[at - 1].row == row {
                    let count = &mut postings[at - 1].counts[column];
                    *count = count.saturating_add(1);
                } else {
                    let mut counts = [0; COLUMNS];
                    counts[column] = 1;
                    postings[at] = Posting { row, counts };
                    next[word] += 1;
                }
            }
        }
    }
    (starts, postings)
}

/// The forward index: what BM25 needs to score any row for any query.
pub struct Ranker {
    /// Every word of the catalogue, sorted; a word's id is its place here.
    vocabulary: Vec<Box<str>>,
    /// Every row's words, row after row and column after column.
    tokens: Vec<u32>,
    /// Per row, where each column starts in `tokens`, and where the row ends.
    bounds: Vec<[usize; COLUMNS + 1]>,
    /// Per row, its number of words (at most 65,535).
    lengths: Vec<u16>,
    /// Where each word's postings start in `postings` (and, last, where they end).
    starts: Vec<usize>,
    /// Every word's postings, word after word.
    postings: Vec<Posting>,
    /// Per scope (see [`Scope::slot`]), per word, the number of rows that have it there.
    frequencies: [Vec<u32>; Scope::KEPT],
    average_length: f64,
}

impl fmt::Debug for Ranker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ranker")
            .field("rows", &self.bounds.len())
            .field("words", &self.vocabulary.len())
            .field("tokens", &self.tokens.len())
            .finish_non_exhaustive()
    }
}

/// What one search term looks for in a row, in word ids.
#[derive(Debug)]
enum Pattern {
    Word(u32),
    /// The ids from `.0` up to (not including) `.1`: every word with the same beginning.
    Prefix(u32, u32),
    Phrase(Vec<u32>),
}

impl Pattern {
    /// How often the pattern occurs in `tokens`.
    fn count(&self, tokens: &[u32]) -> u32 {
        let found = match self {
            Pattern::Word(id) => tokens.iter().filter(|t| **t == *id).count(),
            Pattern::Prefix(from, to) => tokens.iter().filter(|t| (*from..*to).contains(*t)).count(),
            Pattern::Phrase(ids) => tokens.windows(ids.len()).filter(|w| *w == ids.as_slice()).count(),
        };
        u32::try_from(found).unwrap_or(u32::MAX)
    }
}

/// Where a term's counts come from.
#[derive(Debug)]
enum Source {
    /// The postings of these words, each with the place reached in them so far.
    Postings(Vec<(u32, usize)>),
    /// The row's own words.
    Scan(Pattern),
}

impl Source {
    fn of(pattern: Pattern) -> Source {
        match pattern {
            Pattern::Word(id) => Source::Postings(vec![(id, 0)]),
            Pattern::Prefix(from, to) if to - from <= MOST_LISTS => {
                Source::Postings((from..to).map(|id| (id, 0)).collect())
            }
            pattern => Source::Scan(pattern),
        }
    }
}

/// One search term of a query, ready to score rows.
#[derive(Debug)]
struct Term {
    scope: Scope,
    source: Source,
    idf: f64,
}

/// Scores rows for one query. Rows are cheapest to score in increasing order, as FTS5
/// returns them; any order gives the same scores.
#[derive(Debug)]
pub struct Scorer<'r> {
    ranker: &'r Ranker,
    terms: Vec<Term>,
}

impl Ranker {
    /// A scorer for the words and phrases `query` looks for outside any NOT (ISBNs, years
    /// and filters do not change the order).
    #[must_use]
    pub fn scorer(&self, query: &Query) -> Scorer<'_> {
        let mut terms = Vec::new();
        self.collect(query, &mut terms);
        Scorer { ranker: self, terms }
    }

    fn collect(&self, query: &Query, terms: &mut Vec<Term>) {
        match query {
            Query::Term { field, word, truncated, .. } => {
                if let Some(scope) = Scope::of(*field) {
                    terms.extend(self.word_term(scope, word, *truncated));
                }
            }
            Query::Phrase { field, words, .. } => {
                if let Some(scope) = Scope::of(*field) {
                    terms.extend(self.phrase_term(scope, words));
                }
            }
            Query::And(parts) | Query::Or(parts) => {
                for part in parts {
                    self.collect(part, terms);
                }
            }
            Query::Not(_) | Query::Year { .. } | Query::Filter { .. } => {}
        }
    }

    fn id(&self, word: &str) -> Option<u32> {
        let at = self.vocabulary.binary_search_by(|w| (**w).cmp(word)).ok()?;
        u32::try_from(at).ok()
    }

    fn word_term(&self, scope: Scope, word: &str, truncated: bool) -> Option<Term> {
        if truncated {
            let from = self.vocabulary.partition_point(|w| **w < *word);
            let to = from + self.vocabulary[from..].partition_point(|w| w.starts_with(word));
            let most = self.frequencies[scope.slot()][from..to].iter().max().copied()?;
            let pattern = Pattern::Prefix(u32::try_from(from).ok()?, u32::try_from(to).ok()?);
            Some(Term { scope, source: Source::of(pattern), idf: self.idf(most) })
        } else {
            let id = self.id(word)?;
            let idf = self.idf(self.frequencies[scope.slot()][id as usize]);
            Some(Term { scope, source: Source::of(Pattern::Word(id)), idf })
        }
    }

    fn phrase_term(&self, scope: Scope, words: &[String]) -> Option<Term> {
        if words.is_empty() {
            return None;
        }
        let ids: Vec<u32> = words.iter().map(|w| self.id(w)).collect::<Option<_>>()?;
        let idf = ids.iter().map(|id| self.idf(self.frequencies[scope.slot()][*id as usize])).sum();
        let pattern = if let [id] = ids[..] { Pattern::Word(id) } else { Pattern::Phrase(ids) };
        Some(Term { scope, source: Source::of(pattern), idf })
    }

    /// FTS5's IDF: ln((N − n + 0.5) / (n + 0.5)), and never below 1e-6, so that a word in
    /// more than half the rows still counts a little.
    fn idf(&self, rows_with_it: u32) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let rows = self.bounds.len() as f64;
        let n = f64::from(rows_with_it);
        ((rows - n + 0.5) / (n + 0.5)).ln().max(1e-6)
    }
}

impl Scorer<'_> {
    /// The BM25 score of `row`: higher is better, 0 when it has none of the query's words.
    pub fn score(&mut self, row: usize) -> f64 {
        let ranker = self.ranker;
        let (Some(bounds), Some(length), Ok(row_number)) =
            (ranker.bounds.get(row), ranker.lengths.get(row), u32::try_from(row))
        else {
            return 0.0;
        };
        let norm = K1 * (1.0 - B + B * f64::from(*length) / ranker.average_length);
        let mut score = 0.0;
        for term in &mut self.terms {
            let columns = match term.scope {
                Scope::All => 0..COLUMNS,
                Scope::Column(c) => c..c + 1,
            };
            let frequency: f64 = match &mut term.source {
                Source::Postings(words) => words
                    .iter_mut()
                    .filter_map(|(word, reached)| {
                        let list = ranker.list(*word);
                        find(list, reached, row_number)
                    })
                    .map(|posting| {
                        columns.clone().map(|c| WEIGHTS[c] * f64::from(posting.counts[c])).sum::<f64>()
                    })
                    .sum(),
                Source::Scan(pattern) => columns
                    .map(|c| WEIGHTS[c] * f64::from(pattern.count(&ranker.tokens[bounds[c]..bounds[c + 1]])))
                    .sum(),
            };
            if frequency > 0.0 {
                score += term.idf * frequency * (K1 + 1.0) / (frequency + norm);
            }
        }
        score
    }
}

impl Ranker {
    fn list(&self, word: u32) -> &[Posting] {
        let word = word as usize;
        match (self.starts.get(word), self.starts.get(word + 1)) {
            (Some(from), Some(to)) => &self.postings[*from..*to],
            _ => &[],
        }
    }
}

/// The posting of `row` in `list`, searched from `reached` (where the last search ended)
/// forward in steps that double, so that rows asked in increasing order cost a short walk
/// each; a row before `reached` starts again from the beginning.
fn find<'p>(list: &'p [Posting], reached: &mut usize, row: u32) -> Option<&'p Posting> {
    let mut low = (*reached).min(list.len());
    if low > 0 && list[low - 1].row >= row {
        low = 0;
    }
    let mut step = 1;
    while low + step <= list.len() && list[low + step - 1].row < row {
        low += step;
        step *= 2;
    }
    let end = (low + step).min(list.len());
    let at = low + list[low..end].partition_point(|p| p.row < row);
    *reached = at;
    list.get(at).filter(|p| p.row == row)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    /// Rows of (title, authors, subjects, other).
    fn ranker(rows: &[[&[&str]; COLUMNS]]) -> Ranker {
        let mut builder = RankerBuilder::default();
        for row in rows {
            let columns: Vec<String> =
                row.iter().map(|values| values.join(&format!(" {VALUE_SEPARATOR} "))).collect();
            builder.add_row([&columns[0], &columns[1], &columns[2], &columns[3]]);
        }
        builder.finish()
    }

    fn score(ranker: &Ranker, query: &str, row: usize) -> f64 {
        ranker.scorer(&parse(query).expect("valid query")).score(row)
    }

    #[test]
    fn rows_in_any_order_score_as_rows_in_order() {
        let rows: Vec<[&[&str]; COLUMNS]> = (0..40)
            .map(|i| -> [&[&str]; COLUMNS] {
                match i % 4 {
                    0 => [&["sampah laut"], &["tan"], &[], &["literasi"]],
                    1 => [&["laut"], &["sampah"], &["literacy data"], &[]],
                    2 => [&["kota"], &[], &[], &["sampah sampah laut"]],
                    _ => [&["literature"], &[], &[], &[]],
                }
            })
            .collect();
        let r = ranker(&rows);
        for query in ["sampah", "sampah OR litera*", "au:sampah AND laut", "\"sampah laut\" OR data"] {
            let parsed = parse(query).expect("valid query");
            let each: Vec<f64> = (0..40).map(|row| r.scorer(&parsed).score(row)).collect();
            let mut scorer = r.scorer(&parsed);
            let forward: Vec<f64> = (0..40).map(|row| scorer.score(row)).collect();
            let mut scorer = r.scorer(&parsed);
            let mut backward: Vec<f64> = (0..40).rev().map(|row| scorer.score(row)).collect();
            backward.reverse();
            let mut scorer = r.scorer(&parsed);
            let skipping: Vec<f64> = (0..40).step_by(3).map(|row| scorer.score(row)).collect();
            assert_eq!(forward, each, "{query}");
            assert_eq!(backward, each, "{query}");
            assert_eq!(skipping, each.iter().step_by(3).copied().collect::<Vec<_>>(), "{query}");
            assert!(each.iter().any(|s| *s > 0.0), "{query}");
        }
    }

    #[test]
    fn a_row_without_the_words_scores_nothing() {
        let r = ranker(&[[&["sampah laut"], &["tan"], &[], &[]], [&["iklim"], &["tan"], &[], &[]]]);
        assert!(score(&r, "sampah", 0) > 0.0);
        assert!(score(&r, "sampah", 1).abs() < f64::EPSILON);
        assert!(score(&r, "NOT sampah", 1).abs() < f64::EPSILON, "a NOT adds nothing to the score");
    }

    #[test]
    fn a_title_word_counts_twice_a_summary_word() {
        let r = ranker(&[
            [&["sampah laut"], &["tan"], &[], &["iklim data"]],
            [&["iklim data"], &["tan"], &[], &["sampah laut"]],
            [&["kota"], &["tan"], &[], &["budaya"]],
        ]);
        assert!(score(&r, "sampah", 0) > score(&r, "sampah", 1));
    }

    #[test]
    fn a_rarer_word_weighs_more() {
        let r = ranker(&[
            [&["sampah kota"], &[], &[], &[]],
            [&["laut kota"], &[], &[], &[]],
            [&["laut data"], &[], &[], &[]],
            [&["laut budaya"], &[], &[], &[]],
            [&["iklim budaya"], &[], &[], &[]],
        ]);
        assert!(score(&r, "sampah OR laut", 0) > score(&r, "sampah OR laut", 1));
    }

    #[test]
    fn a_field_code_scores_only_its_column() {
        let r = ranker(&[[&["sampah"], &["laut"], &[], &[]], [&["laut"], &["sampah"], &[], &[]]]);
        assert!(score(&r, "au:sampah", 0).abs() < f64::EPSILON);
        assert!(score(&r, "au:sampah", 1) > 0.0);
    }

    #[test]
    fn a_truncated_word_counts_every_word_it_stands_for() {
        let r = ranker(&[
            [&["literasi literacy"], &[], &[], &[]],
            [&["literasi kota"], &[], &[], &[]],
            [&["kota laut"], &[], &[], &[]],
        ]);
        assert!(score(&r, "litera*", 0) > score(&r, "litera*", 1));
        assert!(score(&r, "litera*", 1) > 0.0);
        assert!(score(&r, "litera*", 2).abs() < f64::EPSILON);
        assert!(score(&r, "zzz*", 0).abs() < f64::EPSILON);
    }

    #[test]
    fn a_phrase_counts_only_where_its_words_stand_together_in_one_value() {
        let r = ranker(&[
            [&["hak cipta"], &[], &[], &[]],
            [&["cipta hak"], &[], &[], &[]],
            [&["hak", "cipta"], &[], &[], &[]],
        ]);
        assert!(score(&r, "\"hak cipta\"", 0) > 0.0);
        assert!(score(&r, "\"hak cipta\"", 1).abs() < f64::EPSILON);
        assert!(score(&r, "\"hak cipta\"", 2).abs() < f64::EPSILON, "two values are not one phrase");
    }

    #[test]
    fn a_longer_row_scores_lower_for_the_same_word() {
        let r = ranker(&[
            [&["sampah"], &[], &[], &[]],
            [&["sampah"], &[], &[], &["kota laut iklim data budaya sejarah"]],
            [&["kota"], &[], &[], &[]],
        ]);
        assert!(score(&r, "sampah", 0) > score(&r, "sampah", 1));
    }
}
