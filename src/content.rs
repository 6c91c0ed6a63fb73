//! The course: workshops, lessons and exercises, loaded from TOML files and validated.
//!
//! [`load`] reads a course (from a folder or the bundled one) and returns the [`Course`] with
//! every problem found as a [`Diagnostic`]. A course with errors must not be shown to learners;
//! `check` prints the diagnostics, the front ends refuse to start.

mod catalog_file;
mod decode;
mod exercise_file;
mod fields;
pub mod frame;
mod glossary_file;
mod kind;
mod lesson_file;
mod load;
mod localize;
pub mod raw;
pub mod schema;
pub mod source;
pub mod spanned;
mod workshop_file;

pub use fields::suggest_id;
pub use load::{FileKind, GLOSSARY_PATH, Loaded, check_example, check_file, load};
pub use source::CourseSource;

use crate::exercise::Exercise;
use crate::text::{Doc, Localized};

/// A validated course: pure data, shared by every front end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Course {
    pub workshops: Vec<Workshop>,
    /// Every exercise of every bank, in file order.
    pub exercises: Vec<Exercise>,
    /// The practice catalogue (`exercises/catalog/`).
    pub catalog: crate::search::catalog::Catalog,
    /// The glossary (`lessons/glossary.toml`), in file order; empty without one.
    pub glossary: Vec<crate::glossary::Term>,
}

/// A workshop: an ordered series of lessons on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub id: String,
    pub title: Localized<String>,
    pub description: Option<Localized<Doc>>,
    pub lessons: Vec<Lesson>,
    /// The lesson that measures what learners know before the workshop, and the one with
    /// parallel items after it: the report's learning gain.
    pub pretest: Option<String>,
    pub posttest: Option<String>,
    /// The share of a lesson's graded points that passes it, when the workshop sets one.
    pub mastery: Option<f64>,
}

/// A lesson: objectives and an ordered list of steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub title: Localized<String>,
    /// Estimated time to complete, in minutes.
    pub minutes: u32,
    pub objectives: Vec<Localized<String>>,
    /// The ACRL Framework frames the lesson's objectives map to.
    pub frames: Vec<frame::Frame>,
    pub steps: Vec<Step>,
}

/// One step of a lesson.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Page(Page),
    /// An index into [`Course::exercises`].
    Exercise(usize),
}

/// A page of Markdown text.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub title: Option<Localized<String>>,
    pub body: Localized<Doc>,
}

impl Course {
    /// The first lesson that shows exercise `id`: (workshop id, lesson id).
    #[must_use]
    pub fn lesson_of(&self, id: &str) -> Option<(&str, &str)> {
        let index = self.exercises.iter().position(|e| e.id == id)?;
        self.workshops.iter().find_map(|w| {
            w.lessons
                .iter()
                .find(|l| l.steps.iter().any(|s| matches!(s, Step::Exercise(i) if *i == index)))
                .map(|l| (w.id.as_str(), l.id.as_str()))
        })
    }

    /// The exercise with this id.
    #[must_use]
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::ExerciseKind;
    use crate::grade::{Answer, grade};
    use crate::lang::Lang;

    fn bundled() -> Loaded {
        load(&CourseSource::Bundled).expect("the bundled course is embedded")
    }

    #[test]
    fn the_bundled_course_has_no_problems_at_all() {
        let loaded = bundled();
        let rendered: Vec<String> = loaded.diagnostics.iter().map(crate::diagnostic::render).collect();
        assert!(loaded.diagnostics.is_empty(), "{}", rendered.join(""));
        assert!(!loaded.course.workshops.is_empty());
    }

    #[test]
    fn the_bundled_glossary_is_bilingual_sourced_and_its_links_resolve() {
        let loaded = bundled();
        assert!(loaded.diagnostics.is_empty());
        let course = &loaded.course;
        assert!(course.glossary.len() >= 45, "{} terms", course.glossary.len());
        for term in &course.glossary {
            for lang in Lang::ALL {
                assert!(term.term.has(lang), "{} has no {lang} term", term.id);
                assert!(term.definition.has(lang), "{} has no {lang} definition", term.id);
            }
            assert!(term.source.is_some(), "{} has no source", term.id);
            for see in &term.see {
                assert!(course.glossary.iter().any(|t| t.id == *see), "{}: see {see}", term.id);
            }
            for lesson in &term.lessons {
                let exists = course
                    .workshops
                    .iter()
                    .any(|w| w.id == lesson.workshop && w.lessons.iter().any(|l| l.id == lesson.lesson));
                assert!(exists, "{}: lesson {lesson}", term.id);
            }
        }
        // Every term of the three workshops is found in a text by its own name.
        for lang in Lang::ALL {
            let matcher = crate::glossary::Matcher::new(&course.glossary, lang);
            for term in &course.glossary {
                let text = format!("({})", term.term.get(lang));
                let found = matcher.find(&text);
                assert_eq!(found.len(), 1, "{} in {lang}", term.id);
                assert_eq!(found[0].id, term.id, "{lang}");
            }
        }
    }

    #[test]
    fn a_course_without_a_glossary_has_an_empty_one() {
        let files = vec![
            (
                "lessons/search/workshop.toml".to_string(),
                b"format_version = 1\nid = \"search\"\ntitle = \"S\"\nlessons = [\"boolean\"]\n".to_vec(),
            ),
            (
                "lessons/search/boolean.toml".to_string(),
                b"id = \"boolean\"\ntitle = \"B\"\nminutes = 5\nobjectives = [\"O.\"]\n[[step]]\npage = \"P\"\n".to_vec(),
            ),
        ];
        let loaded = load(&CourseSource::Memory(files.clone())).expect("a course");
        assert!(loaded.diagnostics.is_empty());
        assert!(loaded.course.glossary.is_empty());

        // With a glossary, its lessons are checked against the course's.
        let mut with_glossary = files;
        with_glossary.push((
            "lessons/glossary.toml".to_string(),
            b"format_version = 1\n[[term]]\nid = \"and\"\nterm = \"AND\"\ndefinition = \"Both.\"\nlessons = [\"search/boolean\", \"search/bolean\"]\nsource = \"x\"\n"
                .to_vec(),
        ));
        with_glossary.push(("lessons/notes.toml".to_string(), b"x = 1\n".to_vec()));
        let loaded = load(&CourseSource::Memory(with_glossary)).expect("a course");
        let found: Vec<_> = loaded.diagnostics.iter().map(|d| (d.code, d.help.clone())).collect();
        assert_eq!(
            found,
            [
                (
                    crate::diagnostic::Code::UnknownLessonReference,
                    Some("did you mean `search/boolean`?".to_string())
                ),
                (
                    crate::diagnostic::Code::StrayLessonFile,
                    Some(
                        "lessons go in lessons/<workshop>/<lesson>.toml; the one file of lessons/ itself is glossary.toml"
                            .to_string()
                    )
                ),
            ]
        );
        let term = &loaded.course.glossary[0];
        assert_eq!(term.lessons.iter().map(ToString::to_string).collect::<Vec<_>>(), ["search/boolean"]);
    }

    #[test]
    fn the_bundled_course_is_written_in_both_languages() {
        let course = bundled().course;
        for workshop in &course.workshops {
            for lang in Lang::ALL {
                assert!(workshop.title.has(lang), "{} has no {lang} title", workshop.id);
            }
        }
        for exercise in &course.exercises {
            for lang in Lang::ALL {
                assert!(exercise.prompt.has(lang), "{} has no {lang} prompt", exercise.id);
            }
        }
    }

    #[test]
    fn every_bundled_answer_key_grades_as_its_author_says() {
        for exercise in &bundled().course.exercises {
            match &exercise.kind {
                // A single pick of a multiple choice is partial credit, tested by its examples.
                ExerciseKind::Choice(spec) if !spec.multiple => {
                    for (i, option) in spec.options.iter().enumerate() {
                        let verdict = grade(exercise, &Answer::Choice(vec![i]));
                        assert_eq!(verdict.correct, option.correct, "{} option {}", exercise.id, i + 1);
                        for lang in Lang::ALL {
                            let has_feedback = option.feedback.as_ref().is_some_and(|f| f.has(lang));
                            assert!(
                                has_feedback,
                                "{} option {} explains itself in {lang}",
                                exercise.id,
                                i + 1
                            );
                        }
                    }
                }
                _ => {}
            }
        }
    }

    #[test]
    fn every_bundled_exercise_tests_its_answer_key_with_a_right_and_a_wrong_answer() {
        use crate::exercise::Expectation;
        // Polls, surveys and reflections have no right answer to test.
        for exercise in bundled().course.exercises.iter().filter(|e| e.kind.is_graded()) {
            let right = exercise.examples.iter().any(|e| e.expect == Expectation::Correct);
            let wrong = exercise.examples.iter().any(|e| e.expect == Expectation::Incorrect);
            assert!(right && wrong, "{} needs a right and a wrong example", exercise.id);
        }
    }
}
