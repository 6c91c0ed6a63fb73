//! `infolit preview PATH`: an author's view of one lesson or workshop while writing it.
//!
//! This is the part without a terminal: which course and which place a path names, loading
//! the course again after a save, and putting the learner back where they were. A broken save
//! keeps the last good course on screen with the problems beside it, so an author never loses
//! their place to a typo. The TUI watches the files and draws; plain mode runs the same place
//! line by line.

use std::path::{Path, PathBuf};

use crate::content::{self, Course, CourseSource};
use crate::diagnostic::Diagnostic;
use crate::progress::Position;
use crate::session::Session;

/// What a preview shows: a course folder, and the workshop or lesson in it to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The course folder (the one with `lessons/` and `exercises/`).
    pub root: PathBuf,
    /// The workshop's folder name, which is its id.
    pub workshop: Option<String>,
    /// The lesson's file name without `.toml`, which is its id.
    pub lesson: Option<String>,
}

/// Why a path cannot be previewed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetError {
    #[error("{0}: no such file or folder")]
    Missing(String),
    #[error("{0} is not inside a course folder (one with a `lessons` folder)")]
    NotInCourse(String),
    #[error("{0}: preview a lesson file, a workshop folder or its workshop.toml, or a course folder")]
    NotALessonOrWorkshop(String),
}

impl Target {
    /// Reads what `path` names: a lesson file `lessons/W/L.toml`, a workshop folder
    /// `lessons/W` or its `workshop.toml`, or a course folder.
    pub fn of(path: &Path) -> Result<Target, TargetError> {
        let shown = path.display().to_string();
        let full = std::fs::canonicalize(path).map_err(|_| TargetError::Missing(shown.clone()))?;
        if full.is_dir() && content::source::is_course_root(&full) {
            return Ok(Target { root: relative_to_here(&full), workshop: None, lesson: None });
        }
        let (workshop_dir, lesson) = if full.is_dir() {
            (full.clone(), None)
        } else {
            let stem = full.file_stem().map(|s| s.to_string_lossy().into_owned());
            let is_toml = full.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
            let Some(parent) = full.parent().filter(|_| is_toml) else {
                return Err(TargetError::NotALessonOrWorkshop(shown));
            };
            let lesson = stem.filter(|s| s != "workshop");
            (parent.to_path_buf(), lesson)
        };
        let lessons_dir = workshop_dir.parent().filter(|p| p.file_name().is_some_and(|n| n == "lessons"));
        let Some(root) = lessons_dir.and_then(Path::parent) else {
            let in_course = full.ancestors().any(content::source::is_course_root);
            return Err(if in_course {
                TargetError::NotALessonOrWorkshop(shown)
            } else {
                TargetError::NotInCourse(shown)
            });
        };
        let workshop = workshop_dir.file_name().map(|n| n.to_string_lossy().into_owned());
        Ok(Target { root: relative_to_here(root), workshop, lesson })
    }

    /// The course source to load.
    #[must_use]
    pub fn source(&self) -> CourseSource {
        CourseSource::Dir(self.root.clone())
    }
}

/// `root` relative to the current folder when it is inside it, so diagnostics show the short
/// paths an author typed; absolute otherwise.
fn relative_to_here(root: &Path) -> PathBuf {
    let here = std::env::current_dir().and_then(std::fs::canonicalize);
    match here.as_deref().map(|here| root.strip_prefix(here)) {
        Ok(Ok(relative)) if relative.as_os_str().is_empty() => PathBuf::from("."),
        Ok(Ok(relative)) => relative.to_path_buf(),
        _ => root.to_path_buf(),
    }
}

/// The course as it is on disk now.
#[derive(Debug, Clone)]
pub enum Loaded {
    /// It loads without errors (warnings are kept to show).
    Course { course: Course, warnings: Vec<Diagnostic> },
    /// It has errors: the diagnostics, errors first.
    Broken(Vec<Diagnostic>),
}

/// Loads the course of `target` again (after a save).
#[must_use]
pub fn load(target: &Target) -> Loaded {
    match content::load(&target.source()) {
        Ok(loaded) if loaded.has_errors() => {
            let mut diagnostics = loaded.diagnostics;
            diagnostics.sort_by_key(|d| !d.is_error());
            Loaded::Broken(diagnostics)
        }
        Ok(loaded) => Loaded::Course { course: loaded.course, warnings: loaded.diagnostics },
        // The folder itself went away (moved, or renamed by the editor): a broken state too.
        Err(error) => Loaded::Broken(vec![Diagnostic::file(
            crate::diagnostic::Code::NoWorkshops,
            target.root.display().to_string(),
            error.to_string(),
        )]),
    }
}

/// Opens the place `target` names in a fresh session; `false` when the course has no such
/// workshop or lesson (the home screen stays).
pub fn open(session: &mut Session, target: &Target) -> bool {
    let Some(workshop) = &target.workshop else { return true };
    match &target.lesson {
        Some(lesson) => {
            session.resume(&Position { workshop: workshop.clone(), lesson: lesson.clone(), step: 0 })
        }
        None => session.open_workshop(workshop),
    }
}

/// Where the learner is, by ids, so the place survives a reload that renumbers things.
#[must_use]
pub fn position(session: &Session) -> Option<Position> {
    let place = session.place();
    let workshop = session.workshop()?;
    Some(Position {
        workshop: workshop.id.clone(),
        lesson: session.lesson().map(|l| l.id.clone()).unwrap_or_default(),
        step: place.step.unwrap_or(0),
    })
}

/// A session on the reloaded `course` at the place `old` was, in the same language and for
/// the same learner. On a lesson, the step stays (the last one if the lesson got shorter).
#[must_use]
pub fn carry_over(old: &Session, course: Course) -> Session {
    let mut session = Session::new(course, old.lang());
    session.set_learner(old.learner(), []);
    if let Some(position) = position(old) {
        // A lesson that is gone (renamed, removed from the list) falls back to its workshop.
        let resumed = !position.lesson.is_empty() && session.resume(&position);
        if !resumed {
            session.open_workshop(&position.workshop);
        }
    }
    session
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn course_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kinds-course");
        copy_dir(&src, dir.path());
        dir
    }

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("mkdir");
        for entry in std::fs::read_dir(from).expect("read").flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).expect("copy");
            }
        }
    }

    fn first_lesson(root: &Path) -> (String, String) {
        let lessons = root.join("lessons");
        let workshop = std::fs::read_dir(&lessons)
            .expect("lessons")
            .flatten()
            .find(|e| e.path().is_dir())
            .expect("a workshop");
        let lesson = std::fs::read_dir(workshop.path())
            .expect("workshop")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n != "workshop.toml" && Path::new(n).extension().is_some_and(|e| e == "toml"))
            .expect("a lesson");
        (workshop.file_name().to_string_lossy().into_owned(), lesson.trim_end_matches(".toml").to_string())
    }

    #[test]
    fn a_path_names_a_lesson_a_workshop_or_a_course() {
        let dir = course_dir();
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        let (workshop, lesson) = first_lesson(&root);
        let lesson_file = root.join("lessons").join(&workshop).join(format!("{lesson}.toml"));
        let target = Target::of(&lesson_file).expect("a lesson");
        assert_eq!(
            target,
            Target { root: root.clone(), workshop: Some(workshop.clone()), lesson: Some(lesson) }
        );
        let folder = Target::of(&root.join("lessons").join(&workshop)).expect("a workshop");
        assert_eq!(folder.workshop.as_deref(), Some(workshop.as_str()));
        assert_eq!(folder.lesson, None);
        let header =
            Target::of(&root.join("lessons").join(&workshop).join("workshop.toml")).expect("a workshop");
        assert_eq!(header, folder);
        assert_eq!(Target::of(&root).expect("a course").workshop, None);
    }

    #[test]
    fn paths_that_are_not_lessons_are_refused_with_the_reason() {
        let dir = course_dir();
        let missing = Target::of(&dir.path().join("nope.toml"));
        assert!(matches!(missing, Err(TargetError::Missing(_))));
        let bank = std::fs::read_dir(dir.path().join("exercises"))
            .expect("exercises")
            .flatten()
            .find(|e| e.path().is_file())
            .expect("a bank");
        assert!(matches!(Target::of(&bank.path()), Err(TargetError::NotALessonOrWorkshop(_))));
        let outside = tempfile::tempdir().expect("temp");
        std::fs::write(outside.path().join("x.toml"), "").expect("write");
        assert!(matches!(Target::of(&outside.path().join("x.toml")), Err(TargetError::NotInCourse(_))));
    }

    #[test]
    fn a_reload_keeps_the_place_and_a_broken_save_gives_the_problems() {
        let dir = course_dir();
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        let (workshop, lesson) = first_lesson(&root);
        let lesson_file = root.join("lessons").join(&workshop).join(format!("{lesson}.toml"));
        let target = Target::of(&lesson_file).expect("a lesson");
        let Loaded::Course { course, .. } = load(&target) else { panic!("the fixture loads") };
        let mut session = Session::new(course, Lang::Id);
        session.set_learner("preview", []);
        assert!(open(&mut session, &target));
        session.update(crate::session::Action::Next);
        let before = position(&session).expect("in a lesson");
        assert_eq!((before.lesson.as_str(), before.step), (lesson.as_str(), 1));

        // A save that changes a title: the same place, the new text.
        let text = std::fs::read_to_string(&lesson_file).expect("read");
        let retitled = text.replacen("title = ", "title = \"Judul baru\"\ntitle_old = ", 1);
        std::fs::write(&lesson_file, &retitled).expect("write");
        let Loaded::Broken(problems) = load(&target) else { panic!("an unknown key is an error") };
        assert!(problems[0].is_error());
        assert!(problems.iter().any(|d| d.message.contains("title_old")), "{problems:?}");

        std::fs::write(&lesson_file, text.replacen("title = ", "title = \"Judul baru\" # ", 1))
            .expect("write");
        let Loaded::Course { course, .. } = load(&target) else { panic!("fixed") };
        let after = carry_over(&session, course);
        assert_eq!(position(&after), Some(before));
        assert_eq!(after.lang(), Lang::Id);
        assert_eq!(after.lesson().map(|l| l.title.get(Lang::Id).as_str()), Some("Judul baru"));
    }
}
