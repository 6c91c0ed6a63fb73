//! `infolit new`: commented, valid files in the right place of a course folder, registered
//! where they belong, so a librarian starts from something that already passes `check`.
//!
//! - a workshop: `lessons/<id>/workshop.toml` and a first lesson with one page;
//! - a lesson: `lessons/<workshop>/<id>.toml`, added to the workshop's `lessons`;
//! - an exercise of any kind: appended to `exercises/<workshop>.toml` from the templates in
//!   `scaffold/exercises.toml`, and added as a step to a lesson when one is named.
//!
//! Existing files are edited with `toml_edit`, which keeps their comments and layout.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::exercise::KindName;

/// One commented, valid exercise of each kind, with `__ID__` for its id.
const TEMPLATES: &str = include_str!("scaffold/exercises.toml");

/// Why a file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error(
        "`{0}` is not a usable id: use lowercase letters, digits and hyphens, starting with a letter or digit"
    )]
    BadId(String),
    #[error("{0} exists already; choose another id")]
    Exists(PathBuf),
    #[error("{0} does not exist; create it first with `infolit new {1}`")]
    Missing(PathBuf, &'static str),
    #[error("{0} cannot be edited: {1}")]
    NotToml(PathBuf, String),
    #[error("unknown exercise kind `{0}`; kinds: {1}")]
    UnknownKind(String, String),
    #[error(transparent)]
    Io(#[from] io::Error),
}

fn check_id(id: &str) -> Result<(), ScaffoldError> {
    let ok = !id.is_empty()
        && id.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok { Ok(()) } else { Err(ScaffoldError::BadId(id.to_string())) }
}

/// Writes a new file, refusing to overwrite one.
fn create(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let mut file = fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            ScaffoldError::Exists(path.to_path_buf())
        } else {
            e.into()
        }
    })?;
    io::Write::write_all(&mut file, text.as_bytes())?;
    Ok(())
}

fn lesson_text(id: &str) -> String {
    format!(
        "# A lesson: objectives, then steps — pages of Markdown text and exercises — in order.\n\
         # The format: docs/format.md.\n\n\
         id = \"{id}\"\n\
         title = {{ id = \"Judul pelajaran\", en = \"Lesson title\" }}\n\
         # Minutes a learner needs, shown on the lesson list.\n\
         minutes = 10\n\
         objectives = [\n  {{ id = \"Apa yang dapat dilakukan peserta sesudahnya.\", en = \"What learners can do afterwards.\" }},\n]\n\n\
         [[step]]\n\
         title = {{ id = \"Halaman pertama\", en = \"First page\" }}\n\
         page = {{ id = \"\"\"\nTulis teks pelajaran di sini, dengan **Markdown**.\n\"\"\", en = \"\"\"\nWrite the lesson text here, in **Markdown**.\n\"\"\" }}\n"
    )
}

/// A new workshop with a first lesson. The files made.
///
/// # Errors
/// A bad id, an existing workshop, or a file that cannot be written.
pub fn workshop(course: &Path, id: &str) -> Result<Vec<PathBuf>, ScaffoldError> {
    check_id(id)?;
    let dir = course.join("lessons").join(id);
    let header = dir.join("workshop.toml");
    if header.exists() {
        return Err(ScaffoldError::Exists(header));
    }
    let first = format!("{id}-welcome");
    create(
        &header,
        &format!(
            "# A workshop: its title, a description for the home screen, and its lessons in order.\n\
             # The format: docs/format.md.\n\n\
             format_version = 1\n\
             id = \"{id}\"\n\
             title = {{ id = \"Judul lokakarya\", en = \"Workshop title\" }}\n\
             description = {{ id = \"Untuk siapa lokakarya ini dan apa yang dipelajari.\", en = \"Who this workshop is for and what it teaches.\" }}\n\
             # Lesson ids in order; each is lessons/{id}/<lesson id>.toml. `infolit new lesson` adds to it.\n\
             lessons = [\"{first}\"]\n"
        ),
    )?;
    let lesson = dir.join(format!("{first}.toml"));
    create(&lesson, &lesson_text(&first))?;
    Ok(vec![header, lesson])
}

/// A new lesson in `workshop`, added to the end of its `lessons`. The files made or changed.
///
/// # Errors
/// A bad id, a missing workshop, an existing lesson, or a file that cannot be written.
pub fn lesson(course: &Path, workshop: &str, id: &str) -> Result<Vec<PathBuf>, ScaffoldError> {
    check_id(id)?;
    let dir = course.join("lessons").join(workshop);
    let header = dir.join("workshop.toml");
    if !header.exists() {
        return Err(ScaffoldError::Missing(header, "workshop"));
    }
    let path = dir.join(format!("{id}.toml"));
    create(&path, &lesson_text(id))?;
    let text = fs::read_to_string(&header)?;
    let mut document: toml_edit::DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| ScaffoldError::NotToml(header.clone(), e.to_string()))?;
    match document.get_mut("lessons").and_then(toml_edit::Item::as_array_mut) {
        Some(lessons) => lessons.push(id),
        None => document["lessons"] = toml_edit::value(toml_edit::Array::from_iter([id])),
    }
    fs::write(&header, document.to_string())?;
    Ok(vec![path, header])
}

/// The template of `kind`, with `id` in place.
///
/// # Errors
/// An unknown kind.
pub fn template(kind: &str, id: &str) -> Result<String, ScaffoldError> {
    let names: Vec<&str> = KindName::ALL.iter().map(|k| k.as_str()).collect();
    if !names.contains(&kind) {
        return Err(ScaffoldError::UnknownKind(kind.to_string(), names.join(", ")));
    }
    let marker = format!("# --- kind = \"{kind}\"");
    let start = TEMPLATES
        .find(&marker)
        .ok_or_else(|| ScaffoldError::UnknownKind(kind.to_string(), names.join(", ")))?;
    let rest = &TEMPLATES[start..];
    let end = rest[marker.len()..].find("\n# --- kind = ").map_or(rest.len(), |e| e + marker.len() + 1);
    Ok(rest[..end].replace("__ID__", id))
}

/// A new exercise of `kind` in `exercises/<bank>.toml` (made if new), and a step for it at
/// the end of `lesson` (`WORKSHOP/LESSON`) when given. The files made or changed.
///
/// # Errors
/// A bad id or kind, a missing lesson, an id already in the bank, or a file that cannot
/// be written.
pub fn exercise(
    course: &Path,
    kind: &str,
    id: &str,
    bank: &str,
    lesson: Option<(&str, &str)>,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    check_id(id)?;
    check_id(bank)?;
    let template = template(kind, id)?;
    let lesson_path = match lesson {
        Some((workshop, lesson)) => {
            let path = course.join("lessons").join(workshop).join(format!("{lesson}.toml"));
            if !path.exists() {
                return Err(ScaffoldError::Missing(path, "lesson"));
            }
            Some(path)
        }
        None => None,
    };
    let bank_path = course.join("exercises").join(format!("{bank}.toml"));
    let mut text = if bank_path.exists() {
        fs::read_to_string(&bank_path)?
    } else {
        fs::create_dir_all(bank_path.parent().unwrap_or(course))?;
        "# Exercises; lessons use them by id (`[[step]] exercise = \"…\"`). The format: docs/format.md.\n\nformat_version = 1\n".to_string()
    };
    if text.contains(&format!("id = \"{id}\"")) {
        return Err(ScaffoldError::Exists(bank_path.join(id)));
    }
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&template);
    fs::write(&bank_path, text)?;
    let mut changed = vec![bank_path];
    if let Some(path) = lesson_path {
        let mut lesson_text = fs::read_to_string(&path)?;
        if !lesson_text.ends_with('\n') {
            lesson_text.push('\n');
        }
        lesson_text.push_str("\n[[step]]\nexercise = \"");
        lesson_text.push_str(id);
        lesson_text.push_str("\"\n");
        fs::write(&path, lesson_text)?;
        changed.push(path);
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    /// A workshop, a second lesson, and one exercise of every kind: the course checks clean.
    #[test]
    fn every_scaffold_passes_check() {
        let dir = tempfile::tempdir().expect("temp dir");
        workshop(dir.path(), "library").expect("workshop");
        lesson(dir.path(), "library", "practice").expect("lesson");
        for kind in KindName::ALL {
            let id = format!("new-{}", kind.as_str());
            exercise(dir.path(), kind.as_str(), &id, "library", Some(("library", "practice")))
                .expect("scaffolded");
        }
        let loaded = content::load(&CourseSource::Dir(dir.path().to_path_buf())).expect("a course");
        let problems: Vec<String> =
            loaded.diagnostics.iter().map(|d| format!("{}: {}", d.path, d.message)).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(loaded.course.exercises.len(), KindName::ALL.len());
        assert_eq!(loaded.course.workshops[0].lessons.len(), 2);
    }

    #[test]
    fn nothing_is_overwritten_and_ids_are_checked() {
        let dir = tempfile::tempdir().expect("temp dir");
        workshop(dir.path(), "library").expect("workshop");
        assert!(matches!(workshop(dir.path(), "library"), Err(ScaffoldError::Exists(_))));
        assert!(matches!(lesson(dir.path(), "library", "library-welcome"), Err(ScaffoldError::Exists(_))));
        assert!(matches!(lesson(dir.path(), "nowhere", "x"), Err(ScaffoldError::Missing(..))));
        assert!(matches!(workshop(dir.path(), "Bad Id"), Err(ScaffoldError::BadId(_))));
        assert!(matches!(
            exercise(dir.path(), "essay", "x", "library", None),
            Err(ScaffoldError::UnknownKind(..))
        ));
        exercise(dir.path(), "text", "q1", "library", None).expect("first");
        assert!(matches!(exercise(dir.path(), "text", "q1", "library", None), Err(ScaffoldError::Exists(_))));
    }

    #[test]
    fn registering_a_lesson_keeps_the_workshop_file_s_comments() {
        let dir = tempfile::tempdir().expect("temp dir");
        workshop(dir.path(), "library").expect("workshop");
        lesson(dir.path(), "library", "second").expect("lesson");
        let text = fs::read_to_string(dir.path().join("lessons/library/workshop.toml")).expect("header");
        assert!(text.starts_with("# A workshop:"), "{text}");
        assert!(text.contains("lessons = [\"library-welcome\", \"second\"]"), "{text}");
    }
}
