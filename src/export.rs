//! Exports for facilitators: each learner's results in the formats libraries, schools and
//! universities already use. No terminal here; the CLI writes what these produce.
//!
//! - `data`: what is exported, gathered from the progress store (the JSON schema of
//!   `docs/export-format.md`);
//! - `table`: the CSV layouts (one row per attempt, or per learner and exercise), safe to
//!   open in a spreadsheet;
//! - `grades`: Moodle's grade import layout, a grade per workshop and lesson;
//! - `xapi`, `xapi_rules`: xAPI 1.0.3 statements, and the rules they are checked against;
//! - `pseudonym`: stable pseudonyms in place of names.

pub mod data;
pub mod gift;
pub mod grades;
pub mod lrs;
pub mod pseudonym;
pub mod table;
pub mod xapi;
pub mod xapi_rules;
