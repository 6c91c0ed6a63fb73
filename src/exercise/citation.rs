//! Citation exercises: the learner writes the reference-list entry for a source in a style,
//! or corrects a given entry with mistakes in it. The key is rendered by the CSL engine
//! when the course is loaded.

use crate::cite::{Source, Style};
use crate::lang::Lang;

/// A citation exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationSpec {
    pub source: Source,
    pub style: Style,
    /// The language of the style's terms (`dkk.`, `hlm.` or `et al.`, `pp.`).
    pub locale: Lang,
    /// For "find and fix": the entry with mistakes, shown and put in the answer field.
    pub given: Option<String>,
    /// The correct entry, rendered by the CSL engine.
    pub key: String,
    /// When the author asks for italics: the key with its italic parts in `*asterisks*`.
    pub key_marked: Option<String>,
}
