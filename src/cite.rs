//! Citations: a source's metadata rendered as a reference-list entry in APA 7, MLA 9 or
//! Chicago author-date by a real CSL engine (hayagriva, with the published CSL styles and
//! locales it bundles — CC BY-SA 3.0, see NOTICE), never by templates of our own.
//!
//! - `source`: the metadata as authors write it in exercise and reference files;
//! - `render`: one source in one style, as plain text;
//! - `compare`: a learner's reference against the rendered one, element by element.
//! - `library`: reference files for `infolit cite` (TOML, BibTeX, hayagriva YAML).

pub mod compare;
pub mod library;
pub mod render;
pub mod source;

pub use render::{CiteError, Style, render, render_library, render_marked};
pub use source::{Source, SourceKind};
