//! The course glossary: terms in both languages, with definitions, related terms and the
//! lessons that teach them, read from `lessons/glossary.toml` (see `docs/format.md`).
//!
//! This is the core of the feature, without a terminal: [`lookup`] finds the term a learner
//! typed (by id, term or alias, in either language), and [`Matcher`] finds the glossary's terms
//! in a page of text, so a front end can let learners open a term from where they read it.

mod fold;
mod lookup;
mod matcher;
mod show;

pub use fold::key as name_key;
pub use lookup::{lookup, sorted, suggest};
pub use matcher::{Match, Matcher};
pub use show::{both_names, write_term};

use serde::Serialize;

use crate::lang::Lang;
use crate::text::{Doc, Localized};

/// One glossary term.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// Unique in the glossary; `see` and the command line name the term by it.
    pub id: String,
    /// The term as learners read it, in each language.
    pub term: Localized<String>,
    /// Other forms learners meet (plurals, acronyms, affixed forms), by language.
    pub aliases: Aliases,
    /// What the term means.
    pub definition: Localized<Doc>,
    /// Ids of related terms, all of which exist in the glossary.
    pub see: Vec<String>,
    /// The lessons where the term is taught, all of which exist in the course.
    pub lessons: Vec<LessonRef>,
    /// Where the definition comes from: a law and its article, a standard, a framework.
    pub source: Option<String>,
}

/// A term's other forms in each language. A form written for both languages (an acronym such
/// as `OPAC`) is in both lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Aliases {
    pub id: Vec<String>,
    pub en: Vec<String>,
}

impl Aliases {
    /// The forms written for `lang`.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &[String] {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

/// A lesson of the course, named `workshop/lesson`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LessonRef {
    pub workshop: String,
    pub lesson: String,
}

impl std::fmt::Display for LessonRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.workshop, self.lesson)
    }
}

impl Serialize for LessonRef {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Term {
    /// Every name of the term in `lang`: the term written in that language (not a fallback
    /// from the other one) and its aliases for that language.
    pub fn names(&self, lang: Lang) -> impl Iterator<Item = &str> {
        let own = self.term.has(lang).then(|| self.term.get(lang).as_str());
        own.into_iter().chain(self.aliases.get(lang).iter().map(String::as_str))
    }
}
