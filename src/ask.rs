//! `ask`: a learner's question answered from the course itself, offline and without a
//! language model: the lesson passages and exercise explanations that best match it, ranked
//! by BM25 (SQLite FTS5, already in the build for the catalogue), each with the place in the
//! course that says it.
//!
//! - `passages`: what is searched (page sections, explanations, glossary definitions);
//! - `stem`: words to stems in Indonesian and English, so word forms meet.
//!
//! A question that names a glossary term (by any of its names, in either language) also
//! searches the term's other names in the learner's language: "plagiarisme" finds the
//! lessons that say "plagiat".
//!
//! Passages in the learner's language come first when they match as well; a question in the
//! other language still finds passages in it.

pub mod passages;
pub mod stem;

use std::fmt::Write as _;

use rusqlite::Connection;

pub use passages::{Passage, PassageKind, Place};

use crate::content::Course;
use crate::lang::Lang;

/// How much a passage in the other language counts against one in the learner's language.
const OTHER_LANGUAGE: f64 = 0.6;
/// An exercise's explanation answers one question; a lesson page teaches the topic, so a page
/// that matches as well comes first.
const EXPLANATION: f64 = 0.75;
/// A heading says what its section is about: its words weigh this much more than the text's.
const HEADING_WEIGHT: f64 = 3.0;
/// Candidates taken from the index before the language preference re-ranks them.
const CANDIDATES: usize = 60;
/// The longest snippet shown.
const MAX_SNIPPET: usize = 240;

/// Why the index could not be built or searched.
#[derive(Debug, thiserror::Error)]
#[error("ask index: {0}")]
pub struct AskError(String);

impl From<rusqlite::Error> for AskError {
    fn from(error: rusqlite::Error) -> Self {
        AskError(error.to_string())
    }
}

/// One answer: the passage, how well it matched, and its most relevant sentence.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Answer<'a> {
    pub passage: &'a Passage,
    pub score: f64,
    pub snippet: String,
}

/// The course's passages, indexed.
#[derive(Debug)]
pub struct AskIndex {
    connection: Connection,
    passages: Vec<Passage>,
    /// The glossary, to widen a question by the terms it names.
    terms: Vec<crate::glossary::Term>,
    matchers: Vec<crate::glossary::Matcher>,
}

impl AskIndex {
    /// Indexes every passage of `course`.
    ///
    /// # Errors
    /// When SQLite cannot build the table (out of memory).
    pub fn build(course: &Course) -> Result<AskIndex, AskError> {
        let passages = passages::of_course(course);
        let connection = Connection::open_in_memory()?;
        connection.execute_batch(
            "CREATE VIRTUAL TABLE passages USING fts5(heading, body, tokenize = 'unicode61 remove_diacritics 2');",
        )?;
        {
            let transaction = connection.unchecked_transaction()?;
            {
                let mut insert =
                    transaction.prepare("INSERT INTO passages (rowid, heading, body) VALUES (?1, ?2, ?3)")?;
                for (row, passage) in passages.iter().enumerate() {
                    let heading = stem::passage_stems(&passage.heading, passage.lang).join(" ");
                    let body = stem::passage_stems(&passage.text, passage.lang).join(" ");
                    insert.execute(rusqlite::params![
                        i64::try_from(row).unwrap_or(i64::MAX),
                        heading,
                        body
                    ])?;
                }
            }
            transaction.commit()?;
        }
        let matchers =
            Lang::ALL.iter().map(|lang| crate::glossary::Matcher::new(&course.glossary, *lang)).collect();
        Ok(AskIndex { connection, passages, terms: course.glossary.clone(), matchers })
    }

    /// Every passage indexed.
    #[must_use]
    pub fn passages(&self) -> &[Passage] {
        &self.passages
    }

    /// The `limit` best passages for `question`, for a learner reading in `lang`. A question
    /// without a word worth searching (only "what is…") has no answers.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn ask(&self, question: &str, lang: Lang, limit: usize) -> Result<Vec<Answer<'_>>, AskError> {
        let mut stems = stem::question_stems(question);
        for name in self.other_names(question, lang) {
            for s in stem::passage_stems(&name, lang) {
                if !stems.contains(&s) {
                    stems.push(s);
                }
            }
        }
        if stems.is_empty() {
            return Ok(Vec::new());
        }
        let expression = stems.iter().fold(String::new(), |mut out, s| {
            if !out.is_empty() {
                out.push_str(" OR ");
            }
            let _ = write!(out, "\"{}\"", s.replace('"', "\"\""));
            out
        });
        let mut statement = self.connection.prepare_cached(&format!(
            "SELECT rowid, bm25(passages, {HEADING_WEIGHT}, 1.0) FROM passages WHERE passages MATCH ?1 ORDER BY 2 LIMIT {CANDIDATES}"
        ))?;
        let rows = statement.query_map([&expression], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)))?;
        let mut answers = Vec::new();
        for row in rows {
            let (row, bm25) = row?;
            let Some(passage) = usize::try_from(row).ok().and_then(|i| self.passages.get(i)) else {
                continue;
            };
            // bm25() is lower for better matches; turn it into "higher is better".
            let mut score = -bm25;
            if passage.lang != lang {
                score *= OTHER_LANGUAGE;
            }
            if passage.kind == PassageKind::Explanation {
                score *= EXPLANATION;
            }
            answers.push(Answer { passage, score, snippet: snippet(passage, &stems) });
        }
        answers.sort_by(|a, b| b.score.total_cmp(&a.score));
        // One answer per place and language: the best section says it.
        let mut seen = Vec::new();
        answers.retain(|a| {
            let key = (&a.passage.place, &a.passage.term, a.passage.lang, a.passage.kind);
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
        answers.truncate(limit);
        Ok(answers)
    }
}

impl AskIndex {
    /// The names in `lang` of the glossary terms `question` names (by a name in either
    /// language): the learner's own words for the same thing.
    fn other_names(&self, question: &str, lang: Lang) -> Vec<String> {
        let mut ids: Vec<&str> = Vec::new();
        for matcher in &self.matchers {
            for found in matcher.find(question) {
                // "apa" (what) is also APA, the citation style: a stop word names no term.
                let said = question.get(found.range.clone()).unwrap_or_default();
                if stem::is_stop_word(said) {
                    continue;
                }
                if !ids.contains(&found.id) {
                    ids.push(found.id);
                }
            }
        }
        self.terms
            .iter()
            .filter(|t| ids.contains(&t.id.as_str()))
            .flat_map(|t| t.names(lang).map(str::to_string))
            .collect()
    }
}

/// The passage's sentence with the most of the question's stems, cut to a readable length.
fn snippet(passage: &Passage, stems: &[String]) -> String {
    let best = sentences(&passage.text)
        .into_iter()
        .max_by_key(|sentence| {
            stem::passage_stems(sentence, passage.lang).iter().filter(|s| stems.contains(s)).count()
        })
        .unwrap_or_default();
    if best.chars().count() <= MAX_SNIPPET {
        return best.to_string();
    }
    let cut: String = best.chars().take(MAX_SNIPPET).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{at_word}…")
}

/// A text cut after `.`, `?` or `!` that a space follows, so `https://doi.org` and `3.5`
/// stay whole.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '?' | '!') && chars.peek().is_some_and(|(_, next)| next.is_whitespace()) {
            let end = i + c.len_utf8();
            out.push(text[start..end].trim());
            start = end;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

#[cfg(test)]
mod tests;
