//! The course: workshops, lessons and exercises, loaded from TOML files and validated.
//!
//! [`load`] reads a course (from a folder or the bundled one) and returns the [`Course`] with
//! every problem found as a [`Diagnostic`]. A course with errors must not be shown to learners;
//! `check` prints the diagnostics, the front ends refuse to start.

mod decode;
mod exercise_file;
mod fields;
mod lesson_file;
mod load;
mod localize;
pub mod raw;
pub mod source;
mod workshop_file;

pub use load::{FileKind, Loaded, check_file, load};
pub use source::CourseSource;

use crate::exercise::Exercise;
use crate::text::{Doc, Localized};

/// A validated course: pure data, shared by every front end.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Course {
    pub workshops: Vec<Workshop>,
    /// Every exercise of every bank, in file order.
    pub exercises: Vec<Exercise>,
}

/// A workshop: an ordered series of lessons on one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub id: String,
    pub title: Localized<String>,
    pub description: Option<Localized<Doc>>,
    pub lessons: Vec<Lesson>,
}

/// A lesson: objectives and an ordered list of steps.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub title: Localized<String>,
    /// Estimated time to complete, in minutes.
    pub minutes: u32,
    pub objectives: Vec<Localized<String>>,
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
    /// The exercise with this id.
    #[must_use]
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }
}
