//! Search practice: the practice catalogue, the query language learners type (as in library
//! databases), and its evaluation.
//!
//! - `query`: the hand-written parser, whose errors teach, and the printer that shows how a
//!   query was read (with the implied parentheses);
//! - `catalog`: the records;
//! - `eval`: evaluation of a parsed query over records, with per-clause hit counts for
//!   "explain";
//! - `index`: the same queries on SQLite FTS5, fast on a large catalogue;
//! - `rank`: BM25 ranking of what the index found, from each record's words;
//! - `forms`: word forms (stemming), which a learner can switch on, as a rewrite of the query;
//! - `highlight`: the words of a record a query found, for showing them;
//! - `browser`: the catalogue screen's state (query, live results, the open record).

pub mod browser;
pub mod catalog;
pub mod eval;
pub mod forms;
pub mod highlight;
pub mod index;
pub mod query;
pub mod rank;
