//! The state of the TUI's own screens, without a terminal (nothing here imports ratatui), so
//! tests drive it directly and views only draw it:
//!
//! - `ask`: the question being typed and the passages that answer it;
//! - `glossary`: the glossary's filter, selection and the terms opened in turn;
//! - `terms`: the glossary terms found on a lesson page, to mark and open them.

pub mod ask;
pub mod glossary;
pub mod terms;
