//! infolit: information-literacy training in the terminal.
//!
//! The crate is a pure core with thin front ends:
//!
//! - [`content`] loads and validates a course (workshops, lessons, exercises) from TOML;
//! - [`text`] holds bilingual values and the rich text Markdown becomes;
//! - [`exercise`] and [`grade`] model exercises and grade answers;
//! - [`import`] turns other systems' question banks (Moodle GIFT) into course files;
//! - [`glossary`] looks up the course's terms and finds them in text;
//! - [`search`] is the practice catalogue, its query language and its index;
//! - [`identifier`] holds the ISBN, ISSN and DOI rules the identifier exercises grade by;
//! - [`license`] holds the Creative Commons rules and copyright terms of the licence exercises;
//! - [`session`] is the learning-session state machine both front ends drive;
//! - [`diagnostic`] locates and renders problems in course files;
//! - [`i18n`] and [`lang`] hold the UI strings in Indonesian and English;
//! - [`paths`] decides where infolit keeps its data.
//!
//! The front ends — [`cli`], [`plain`] and (feature `tui`) `tui` — translate input and output;
//! nothing in the core imports them or a terminal library.

pub mod ask;
pub mod cite;
pub mod cli;
pub mod content;
pub mod diagnostic;
pub mod exercise;
pub mod export;
pub mod glossary;
pub mod grade;
pub mod hex;
pub mod i18n;
pub mod identifier;
pub mod import;
pub mod lang;
pub mod learner_name;
pub mod license;
pub mod pack;
pub mod paths;
pub mod plain;
pub mod preview;
pub mod progress;
pub mod recommend;
pub mod report;
pub mod review;
pub mod scaffold;
pub mod search;
pub mod session;
pub mod suggest;
pub mod text;
#[cfg(feature = "tui")]
pub mod tui;
