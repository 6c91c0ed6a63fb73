//! The state of the catalogue screen, without a terminal: the query being typed, its
//! results as they update with each key, the selected result, the record opened, and why it
//! matched. The TUI draws it; tests drive it directly.

use std::ops::Range;

use super::catalog::{Catalog, Record};
use super::eval::{self, Clause, Indexed};
use super::forms::WordForms;
use super::highlight::Highlighter;
use super::index::{Index, IndexError, Page};
use super::query::{self, Query, QueryError};
use crate::text::TextField;

/// How many results the list holds; the count above it says how many there are in all.
pub const LIST_LIMIT: usize = 200;

/// What the query typed so far gives.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Nothing typed yet.
    Empty,
    /// A mistake, shown under the query while typing goes on.
    Mistake(QueryError),
    Found {
        query: Query,
        page: Page,
        highlighter: Highlighter,
    },
}

/// The catalogue screen.
#[derive(Debug)]
pub struct Browser {
    catalog: Catalog,
    index: Index,
    indexed: Vec<Indexed>,
    forms: WordForms,
    /// Whether plain words also find their other forms (see [`WordForms`]).
    word_forms: bool,
    input: TextField,
    outcome: Outcome,
    selected: usize,
    /// The result whose record is open.
    open: Option<usize>,
}

impl Browser {
    /// Indexes `catalog` for searching.
    ///
    /// # Errors
    /// When the index cannot be built (SQLite out of memory).
    pub fn new(catalog: Catalog) -> Result<Browser, IndexError> {
        let index = Index::build(&catalog)?;
        let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
        let forms = WordForms::new(&indexed);
        Ok(Browser {
            catalog,
            index,
            indexed,
            forms,
            word_forms: false,
            input: TextField::default(),
            outcome: Outcome::Empty,
            selected: 0,
            open: None,
        })
    }

    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    #[must_use]
    pub fn input(&self) -> &str {
        self.input.text()
    }

    #[must_use]
    pub fn cursor(&self) -> usize {
        self.input.cursor()
    }

    #[must_use]
    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }

    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The record opened from the list, if any.
    #[must_use]
    pub fn open_record(&self) -> Option<&Record> {
        let Outcome::Found { page, .. } = &self.outcome else { return None };
        let hit = page.hits.get(self.open?)?;
        self.catalog.records.get(hit.record)
    }

    /// The records on the list, best first.
    #[must_use]
    pub fn results(&self) -> Vec<&Record> {
        match &self.outcome {
            Outcome::Found { page, .. } => {
                page.hits.iter().filter_map(|h| self.catalog.records.get(h.record)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Whether word forms (stemming) are on.
    #[must_use]
    pub fn word_forms(&self) -> bool {
        self.word_forms
    }

    /// Switches word forms on or off, and searches again.
    pub fn toggle_word_forms(&mut self) {
        self.word_forms = !self.word_forms;
        self.run();
    }

    /// Replaces the query, as if typed.
    pub fn set_input(&mut self, text: &str) {
        self.input.set(text);
        self.run();
    }

    pub fn type_char(&mut self, c: char) {
        if self.input.type_char(c) {
            self.run();
        }
    }

    /// Deletes the character before the cursor.
    pub fn erase(&mut self) {
        if self.input.erase() {
            self.run();
        }
    }

    pub fn move_cursor(&mut self, delta: isize) {
        self.input.move_cursor(delta);
    }

    /// Moves the selection by `delta` results, staying on the list.
    pub fn select_by(&mut self, delta: isize) {
        let len = self.results().len();
        if len > 0 {
            self.selected = self.selected.saturating_add_signed(delta).min(len - 1);
        }
    }

    /// Opens the selected record.
    pub fn open_selected(&mut self) {
        if self.selected < self.results().len() {
            self.open = Some(self.selected);
        }
    }

    /// Closes the open record; `false` when none was open (so the screen itself closes).
    pub fn back(&mut self) -> bool {
        self.open.take().is_some()
    }

    /// Each part of the query with how many records it matches on its own.
    #[must_use]
    pub fn clauses(&self) -> Vec<Clause> {
        match &self.outcome {
            Outcome::Found { query, .. } => eval::explain(&self.indexed, query),
            _ => Vec::new(),
        }
    }

    /// For the open record: each part of the query, and whether the record meets it.
    #[must_use]
    pub fn why_open(&self) -> Vec<(Clause, bool)> {
        let (Outcome::Found { query, page, .. }, Some(open)) = (&self.outcome, self.open) else {
            return Vec::new();
        };
        let Some(record) = page.hits.get(open).and_then(|h| self.indexed.get(h.record)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        walk(query, 0, record, &self.indexed, &mut out);
        out
    }

    /// Where the mistake is, in characters of the input, for drawing a marker under it.
    #[must_use]
    pub fn mistake_columns(&self) -> Option<Range<usize>> {
        let Outcome::Mistake(error) = &self.outcome else { return None };
        let start = self.input.text().get(..error.span.start)?.chars().count();
        let len = self.input.text().get(error.span.clone()).map_or(1, |s| s.chars().count().max(1));
        Some(start..start + len)
    }

    fn run(&mut self) {
        self.selected = 0;
        self.open = None;
        if self.input.text().trim().is_empty() {
            self.outcome = Outcome::Empty;
            return;
        }
        self.outcome = match query::parse(self.input.text()) {
            Err(error) => Outcome::Mistake(error),
            Ok(query) => {
                let query = if self.word_forms { self.forms.expand(&query) } else { query };
                self.found(query)
            }
        };
    }

    fn found(&self, query: Query) -> Outcome {
        match self.index.page(&query, LIST_LIMIT) {
            Ok(page) => Outcome::Found { highlighter: Highlighter::new(&query), query, page },
            // A parsed query does not fail in SQLite; should it, the list is empty and the
            // evaluator's count still explains the query.
            Err(_) => Outcome::Found {
                highlighter: Highlighter::new(&query),
                page: Page { total: 0, hits: Vec::new() },
                query,
            },
        }
    }
}

fn walk(query: &Query, depth: usize, record: &Indexed, all: &[Indexed], out: &mut Vec<(Clause, bool)>) {
    let hits = all.iter().filter(|i| i.matches(query)).count();
    out.push((Clause { depth, text: query.to_string(), hits }, record.matches(query)));
    match query {
        Query::And(parts) | Query::Or(parts) => {
            for part in parts {
                walk(part, depth + 1, record, all, out);
            }
        }
        Query::Not(inner) => walk(inner, depth + 1, record, all, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::catalog::Subject;
    use crate::text::Localized;

    fn record(id: &str, title: &str, lang: &str) -> Record {
        Record {
            lang: lang.into(),
            authors: vec!["Hirata, Andrea".into()],
            year: Some(2005),
            subjects: vec!["fiction".into()],
            ..Record::titled(id, title)
        }
    }

    fn browser() -> Browser {
        Browser::new(Catalog {
            records: vec![
                record("A", "Laskar pelangi", "id"),
                record("B", "Sang pemimpi", "id"),
                record("C", "The rainbow troops", "en"),
            ],
            subjects: vec![Subject { id: "fiction".into(), label: Localized::both("fiksi".into()) }],
        })
        .expect("index")
    }

    fn ids(browser: &Browser) -> Vec<&str> {
        browser.results().iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn the_list_follows_each_key() {
        let mut b = browser();
        for c in "pelangi".chars() {
            b.type_char(c);
        }
        assert_eq!(ids(&b), ["A"]);
        for _ in 0.."pelangi".len() {
            b.erase();
        }
        assert!(matches!(b.outcome(), Outcome::Empty));
        b.set_input("lang:id");
        assert_eq!(ids(&b), ["A", "B"]);
    }

    #[test]
    fn a_mistake_is_shown_where_it_is_and_typing_goes_on() {
        let mut b = browser();
        b.set_input("pelangi AND");
        assert_eq!(b.mistake_columns(), Some(8..11));
        b.type_char(' ');
        b.type_char('x');
        assert!(matches!(b.outcome(), Outcome::Found { .. }));
    }

    #[test]
    fn the_cursor_edits_in_the_middle() {
        let mut b = browser();
        b.set_input("pelang");
        b.move_cursor(-6);
        b.type_char('(');
        b.move_cursor(10);
        b.type_char(')');
        b.type_char('i');
        assert_eq!(b.input(), "(pelang)i");
    }

    #[test]
    fn opening_a_record_says_why_it_matched() {
        let mut b = browser();
        b.set_input("pemimpi OR troops NOT lang:id");
        assert_eq!(ids(&b), ["B", "C"]);
        b.select_by(5);
        assert_eq!(b.selected(), 1);
        b.open_selected();
        assert_eq!(b.open_record().map(|r| r.id.as_str()), Some("C"));
        let why: Vec<(String, bool)> = b.why_open().into_iter().map(|(c, m)| (c.text, m)).collect();
        assert_eq!(why[0], ("pemimpi OR (troops AND NOT lang:id)".to_string(), true));
        assert!(why.contains(&("pemimpi".to_string(), false)));
        assert!(why.contains(&("lang:id".to_string(), false)));
        assert!(b.back());
        assert!(!b.back());
    }
}
