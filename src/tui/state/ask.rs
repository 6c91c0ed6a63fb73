//! The ask screen: a one-line question, and the course passages that best answer it. The
//! index is built the first time the screen opens (it takes a noticeable moment) and kept,
//! with the question, for the next visit.

use crate::ask::{AskError, AskIndex, Passage};
use crate::content::Course;
use crate::lang::Lang;
use crate::progress::Position;
use crate::text::TextField;

/// How many answers are listed: a few good ones read better than a long tail.
pub const LIMIT: usize = 8;

/// One answer, owned: the passage and its most relevant sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub passage: Passage,
    pub snippet: String,
}

/// Where an answer leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A lesson, at the step that says it.
    Lesson(Position),
    /// A glossary term, by id.
    Term(String),
}

impl Found {
    /// Where Enter on this answer goes: a definition to its term, anything else to its step.
    #[must_use]
    pub fn target(&self) -> Option<Target> {
        if let Some(term) = &self.passage.term {
            return Some(Target::Term(term.clone()));
        }
        let place = self.passage.place.as_ref()?;
        Some(Target::Lesson(Position {
            workshop: place.workshop.clone(),
            lesson: place.lesson.clone(),
            step: place.step,
        }))
    }
}

/// The ask screen's state.
#[derive(Debug)]
pub struct Asker {
    index: AskIndex,
    input: TextField,
    /// The question the results answer, and the language they were ranked for.
    asked: Option<(String, Lang)>,
    results: Vec<Found>,
    selected: usize,
}

impl Asker {
    /// Indexes `course` for asking.
    ///
    /// # Errors
    /// When the index cannot be built.
    pub fn new(course: &Course) -> Result<Asker, AskError> {
        Ok(Asker {
            index: AskIndex::build(course)?,
            input: TextField::limited(MAX_CHARS),
            asked: None,
            results: Vec::new(),
            selected: 0,
        })
    }

    #[must_use]
    pub fn input(&self) -> &str {
        self.input.text()
    }

    #[must_use]
    pub fn cursor(&self) -> usize {
        self.input.cursor()
    }

    /// The question the results answer, once one was asked.
    #[must_use]
    pub fn asked(&self) -> Option<&str> {
        self.asked.as_ref().map(|(q, _)| q.as_str())
    }

    #[must_use]
    pub fn results(&self) -> &[Found] {
        &self.results
    }

    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    #[must_use]
    pub fn selected_result(&self) -> Option<&Found> {
        self.results.get(self.selected)
    }

    /// Whether Enter should search rather than open: the question (or the language) changed
    /// since the results were found, or there are none to open.
    #[must_use]
    pub fn needs_search(&self, lang: Lang) -> bool {
        self.results.is_empty()
            || self.asked.as_ref().is_none_or(|(q, l)| q != self.input.text() || *l != lang)
    }

    /// Answers the question typed, for a learner reading in `lang`. An empty question clears
    /// the results.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn search(&mut self, lang: Lang) -> Result<(), AskError> {
        let question = self.input.text().to_string();
        self.answer(question, lang)
    }

    /// Answers `question` and remembers it as the one the results answer.
    fn answer(&mut self, question: String, lang: Lang) -> Result<(), AskError> {
        self.selected = 0;
        if question.trim().is_empty() {
            self.asked = None;
            self.results.clear();
            return Ok(());
        }
        let answers = self.index.ask(&question, lang, LIMIT)?;
        self.results =
            answers.into_iter().map(|a| Found { passage: a.passage.clone(), snippet: a.snippet }).collect();
        self.asked = Some((question, lang));
        Ok(())
    }

    /// Ranks the last question again for `lang`, after the learner switched language.
    ///
    /// # Errors
    /// When SQLite fails.
    pub fn rerank(&mut self, lang: Lang) -> Result<(), AskError> {
        let Some((question, _)) = &self.asked else { return Ok(()) };
        let question = question.clone();
        self.answer(question, lang)
    }

    pub fn type_char(&mut self, c: char) {
        self.input.type_char(c);
    }

    /// Deletes the character before the cursor.
    pub fn erase(&mut self) {
        self.input.erase();
    }

    pub fn move_cursor(&mut self, delta: isize) {
        self.input.move_cursor(delta);
    }

    /// Moves the selection by `delta` answers, staying on the list.
    pub fn select_by(&mut self, delta: isize) {
        if let Some(last) = self.results.len().checked_sub(1) {
            self.selected = self.selected.saturating_add_signed(delta).min(last);
        }
    }
}

/// The longest question: a question, not a pasted page.
const MAX_CHARS: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn asker() -> Asker {
        let course = content::load(&CourseSource::Bundled).expect("bundled course").course;
        Asker::new(&course).expect("index")
    }

    #[test]
    fn enter_searches_a_new_question_then_opens() {
        let mut asker = asker();
        assert!(asker.needs_search(Lang::En));
        for c in "boolean operators".chars() {
            asker.type_char(c);
        }
        asker.search(Lang::En).expect("search");
        assert!(!asker.results().is_empty());
        assert!(!asker.needs_search(Lang::En), "the same question: Enter opens");
        assert!(asker.needs_search(Lang::Id), "another language: Enter searches again");
        asker.erase();
        assert!(asker.needs_search(Lang::En), "an edited question: Enter searches again");
        assert!(matches!(asker.selected_result().and_then(Found::target), Some(Target::Lesson(_))));
    }

    #[test]
    fn an_empty_question_has_no_answers_and_the_cursor_stays_inside() {
        let mut asker = asker();
        asker.search(Lang::Id).expect("search");
        assert!(asker.results().is_empty() && asker.asked().is_none());
        asker.type_char('a');
        asker.move_cursor(-5);
        asker.type_char('b');
        assert_eq!(asker.input(), "ba");
        asker.select_by(3);
        assert_eq!(asker.selected(), 0);
    }
}
