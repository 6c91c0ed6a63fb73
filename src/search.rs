//! Search practice: the practice catalogue, the query language learners type (as in library
//! databases), and its evaluation.
//!
//! - `query`: the hand-written parser, whose errors teach, and the printer that shows how a
//!   query was read (with the implied parentheses);
//! - `catalog`: the records;
//! - `eval`: evaluation of a parsed query over records, with per-clause hit counts for
//!   "explain".

pub mod catalog;
pub mod eval;
pub mod index;
pub mod query;
