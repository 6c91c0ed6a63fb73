//! Assembling a course from its files: group the entries of a course folder, read each file
//! with the reader for its kind, then link what refers across files (lesson lists, exercise
//! references, duplicate ids).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::catalog_file;
use super::decode::did_you_mean;
use super::exercise_file::{self, ExerciseDraft};
use super::glossary_file::{self, GlossaryDraft};
use super::lesson_file::{self, LessonDraft, StepDraft};
use super::source::{self, CourseSource, Entry, FileContent, MAX_FILE_BYTES, NotACourse};
use super::workshop_file;
use super::{Course, Lesson, Page, Step, Workshop};
use crate::diagnostic::explanation::{Example, Found};
use crate::diagnostic::{Code, Diagnostic, SourceFile};

/// A loaded course with every problem found in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub course: Course,
    /// Sorted by path, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were read.
    pub files: usize,
}

impl Loaded {
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The kinds of course file, for checking one file on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Workshop,
    Lesson,
    ExerciseBank,
    /// `exercises/catalog/*.toml`.
    Catalog,
    /// `lessons/glossary.toml`.
    Glossary,
}

/// The glossary's place in a course folder.
pub const GLOSSARY_PATH: &str = "lessons/glossary.toml";

impl FileKind {
    /// Guesses the kind of a file from its path: `workshop.toml`, `glossary.toml` in a
    /// `lessons` folder, a file in an `exercises` folder, or else a lesson.
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> FileKind {
        let parent = path.parent().and_then(|p| p.file_name());
        if path.file_name().is_some_and(|n| n == "workshop.toml") {
            FileKind::Workshop
        } else if path.file_name().is_some_and(|n| n == "glossary.toml")
            && parent.is_some_and(|n| n == "lessons")
        {
            FileKind::Glossary
        } else if path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "catalog") {
            FileKind::Catalog
        } else if path.parent().and_then(|p| p.file_name()).is_some_and(|n| n == "exercises") {
            FileKind::ExerciseBank
        } else {
            FileKind::Lesson
        }
    }

    fn empty_file_help(self) -> &'static str {
        match self {
            FileKind::Workshop => "a workshop file needs `format_version`, `id`, `title` and `lessons`",
            FileKind::Lesson => {
                "a lesson file needs `id`, `title`, `minutes`, `objectives` and `[[step]]` tables"
            }
            FileKind::ExerciseBank => "an exercise file needs `format_version` and `[[exercise]]` tables",
            FileKind::Catalog => {
                "a catalogue file needs `format_version` and `[[record]]` or `[[subject]]` tables"
            }
            FileKind::Glossary => "a glossary file needs `format_version` and `[[term]]` tables",
        }
    }
}

/// Loads and validates a course.
///
/// # Errors
/// When the source folder is not a course folder at all (no `lessons/`, no `exercises/`).
pub fn load(source: &CourseSource) -> Result<Loaded, NotACourse> {
    let entries = source::list(source)?;
    let root = match source {
        CourseSource::Bundled | CourseSource::Memory(_) => String::new(),
        CourseSource::Dir(path) => path.display().to_string(),
    };
    Ok(Loader::new(root).run(entries))
}

/// Checks one file on its own, without the rest of its course: syntax, keys, types and the
/// rules that need no other file.
#[must_use]
pub fn check_file(path: &str, content: FileContent, kind: FileKind) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Some(file) = source_file(path.to_string(), content, kind, &mut diags) {
        match kind {
            FileKind::Workshop => drop(workshop_file::read(&file, &mut diags)),
            FileKind::Lesson => drop(lesson_file::read(&file, &mut diags)),
            FileKind::ExerciseBank => drop(exercise_file::read(&file, None, &mut diags)),
            FileKind::Catalog => drop(catalog_file::read(&file, &mut diags)),
            FileKind::Glossary => drop(glossary_file::read(&file, &mut diags)),
        }
    }
    sort(&mut diags);
    diags
}

/// What `check` says about an example of a [`Code`](crate::diagnostic::Code): the bad
/// version's diagnostics, and the fixed version's (`None` where the fix is a situation
/// described in words, not files). The examples are run, not quoted, so `explain` always shows
/// what this build of infolit says.
#[must_use]
pub fn check_example(example: &Example) -> (Vec<Diagnostic>, Option<Vec<Diagnostic>>) {
    match *example {
        Example::File { kind, bad, fixed } => {
            let check =
                |text: &str| check_file(kind.example_path(), FileContent::Text(text.to_string()), kind);
            (check(bad), Some(check(fixed)))
        }
        Example::Course { bad, fixed } => {
            let check = |files: &[(&str, &str)]| {
                let entries = files
                    .iter()
                    .map(|(rel, text)| Entry {
                        rel: (*rel).to_string(),
                        content: source::from_bytes(text.as_bytes()),
                    })
                    .collect();
                Loader::new(String::new()).run(entries).diagnostics
            };
            (check(bad), Some(check(fixed)))
        }
        Example::Situation { path, kind, found, .. } => {
            let content = match found {
                Found::NotUtf8 { valid_prefix } => {
                    FileContent::NotUtf8 { valid_prefix: valid_prefix.to_string() }
                }
                Found::Folder => FileContent::Dir,
                Found::TooLarge(bytes) => FileContent::TooLarge(bytes),
                Found::Unreadable(reason) => FileContent::Unreadable(reason.to_string()),
            };
            (check_file(path, content, kind), None)
        }
    }
}

/// Turns a file's content into a [`SourceFile`], or reports why it cannot be read.
fn source_file(
    path: String,
    content: FileContent,
    kind: FileKind,
    diags: &mut Vec<Diagnostic>,
) -> Option<SourceFile> {
    match content {
        FileContent::Text(text) if text.trim().is_empty() => {
            diags.push(
                Diagnostic::file(Code::EmptyFile, path, "the file is empty")
                    .with_help(kind.empty_file_help()),
            );
            None
        }
        FileContent::Text(text) => Some(SourceFile::new(path, text)),
        FileContent::NotUtf8 { valid_prefix } => {
            let at = valid_prefix.len();
            let file = SourceFile::new(path, valid_prefix);
            diags.push(
                file.error(Code::NotUtf8, at..at, "the file is not valid UTF-8 text here")
                    .with_help("save the file with the UTF-8 encoding"),
            );
            None
        }
        FileContent::Dir => {
            diags.push(
                Diagnostic::file(Code::FolderNotFile, path, "expected a file, found a folder")
                    .with_help("course files are `.toml` files; rename or move this folder"),
            );
            None
        }
        FileContent::TooLarge(bytes) => {
            #[allow(clippy::cast_precision_loss)] // a size for humans
            let megabytes = bytes as f64 / 1_000_000.0;
            diags.push(Diagnostic::file(
                Code::FileTooLarge,
                path,
                format!(
                    "the file is {megabytes:.1} MB; course files may be at most {} MB",
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            ));
            None
        }
        FileContent::Unreadable(reason) => {
            diags.push(Diagnostic::file(Code::Unreadable, path, format!("cannot read the file: {reason}")));
            None
        }
    }
}

fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by(|a, b| {
        let position = |d: &Diagnostic| d.location.as_ref().map_or((0, 0), |l| (l.line, l.col));
        (&a.path, position(a)).cmp(&(&b.path, position(b)))
    });
}

/// What a workshop folder's files held.
#[derive(Debug, Default)]
struct FolderFiles {
    header: Option<usize>,
    lessons: BTreeMap<String, (LessonDraft, usize)>,
    stems: Vec<String>,
}

/// A workshop folder's files, by file name.
#[derive(Debug, Default)]
struct WorkshopFolder {
    files: Vec<(String, FileContent)>,
}

struct Loader {
    root: String,
    diags: Vec<Diagnostic>,
    /// Every file read, so diagnostics can point into files after reading.
    files: Vec<SourceFile>,
    file_count: usize,
    /// A lesson could not be read, so exercise use is not fully known: "not used" warnings
    /// would only add noise to the real error.
    lessons_incomplete: bool,
}

impl Loader {
    fn new(root: String) -> Self {
        Loader { root, diags: Vec::new(), files: Vec::new(), file_count: 0, lessons_incomplete: false }
    }

    fn display(&self, rel: &str) -> String {
        if self.root.is_empty() || self.root == "." {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.root.trim_end_matches(['/', '\\']))
        }
    }

    /// Reads one file into `self.files`; its index there.
    fn open(&mut self, rel: &str, content: FileContent, kind: FileKind) -> Option<usize> {
        self.file_count += 1;
        let file = source_file(self.display(rel), content, kind, &mut self.diags)?;
        self.files.push(file);
        Some(self.files.len() - 1)
    }

    fn run(mut self, entries: Vec<Entry>) -> Loaded {
        let mut folders: BTreeMap<String, WorkshopFolder> = BTreeMap::new();
        let mut banks = Vec::new();
        let mut catalog_files = Vec::new();
        let mut glossary = None;
        for entry in entries {
            let parts: Vec<&str> = entry.rel.split('/').collect();
            match parts.as_slice() {
                ["lessons", workshop] if entry.content == FileContent::Dir => {
                    folders.entry((*workshop).to_string()).or_default();
                }
                ["lessons", "glossary.toml"] => glossary = Some(entry),
                ["lessons", _] => {
                    self.file_count += 1;
                    self.diags.push(
                        Diagnostic::file(
                            Code::StrayLessonFile,
                            self.display(&entry.rel),
                            "this file is not in a workshop folder and is ignored",
                        )
                        .with_help(
                            "lessons go in lessons/<workshop>/<lesson>.toml; the one file of lessons/ itself is glossary.toml",
                        ),
                    );
                }
                ["lessons", workshop, name] => {
                    folders
                        .entry((*workshop).to_string())
                        .or_default()
                        .files
                        .push(((*name).to_string(), entry.content));
                }
                ["exercises", _] => banks.push(entry),
                ["exercises", "catalog", _] => catalog_files.push(entry),
                _ => {}
            }
        }

        // The catalogue first: query exercises are checked and graded against it.
        let catalog = self.read_catalog(catalog_files);
        let shared = crate::exercise::SharedCatalog::new(catalog.clone());
        let mut exercises: Vec<(ExerciseDraft, usize)> = Vec::new();
        for bank in banks {
            if let Some(index) = self.open(&bank.rel, bank.content, FileKind::ExerciseBank) {
                let drafts = exercise_file::read(&self.files[index], Some(&shared), &mut self.diags);
                exercises.extend(drafts.into_iter().map(|d| (d, index)));
            }
        }
        let exercises = self.drop_duplicate_exercises(exercises);
        let exercise_index: HashMap<String, usize> =
            exercises.iter().enumerate().map(|(i, (d, _))| (d.exercise.id.clone(), i)).collect();
        let mut used = vec![false; exercises.len()];

        let mut workshops = Vec::new();
        let mut orders = Vec::new();
        let mut workshop_ids: HashMap<String, (usize, Range<usize>)> = HashMap::new();
        for (name, folder) in folders {
            if let Some((workshop, file, span, order)) =
                self.read_workshop(&name, folder, &exercise_index, &mut used)
            {
                if let Some((first_file, first_span)) = workshop_ids.get(&workshop.id) {
                    let first = self.files[*first_file].locate(first_span.clone());
                    let here = self.files[file].error(
                        Code::DuplicateId,
                        span,
                        format!("duplicate workshop id `{}`", workshop.id),
                    );
                    let help = format!(
                        "the same id is used in {}:{}:{}",
                        self.files[*first_file].path, first.line, first.col
                    );
                    self.diags.push(here.with_help(help));
                    continue;
                }
                workshop_ids.insert(workshop.id.clone(), (file, span));
                orders.push(order.unwrap_or(i64::MAX));
                workshops.push(workshop);
            }
        }
        // By `order`, then (for equal or no `order`) by folder name: a stable sort keeps that.
        let mut indexed: Vec<(i64, Workshop)> = orders.into_iter().zip(workshops).collect();
        indexed.sort_by_key(|(order, _)| *order);
        let workshops: Vec<Workshop> = indexed.into_iter().map(|(_, w)| w).collect();
        if workshops.is_empty() && !self.diags.iter().any(Diagnostic::is_error) {
            self.diags.push(
                Diagnostic::file(Code::NoWorkshops, self.display("lessons"), "the course has no workshops")
                    .with_help("create lessons/<workshop>/workshop.toml"),
            );
        }
        self.warn_unused(&exercises, &used);
        let glossary = glossary.map(|entry| self.read_glossary(entry, &workshops)).unwrap_or_default();
        sort(&mut self.diags);
        Loaded {
            course: Course {
                workshops,
                exercises: exercises.into_iter().map(|(d, _)| d.exercise).collect(),
                catalog,
                glossary,
            },
            diagnostics: self.diags,
            files: self.file_count,
        }
    }

    /// Warns of the exercises no lesson shows, unless a lesson could not be read (then the
    /// use of exercises is not fully known).
    fn warn_unused(&mut self, exercises: &[(ExerciseDraft, usize)], used: &[bool]) {
        if self.lessons_incomplete {
            return;
        }
        for ((draft, file), _) in exercises.iter().zip(used).filter(|(_, used)| !**used) {
            self.diags.push(
                self.files[*file]
                    .warning(
                        Code::UnusedExercise,
                        draft.id_span.clone(),
                        format!("exercise `{}` is not used in any lesson", draft.exercise.id),
                    )
                    .with_help(format!("add a step `exercise = \"{}\"` to a lesson", draft.exercise.id)),
            );
        }
    }

    /// Reads the catalogue files: duplicate ids and references to unknown subjects are errors.
    fn read_catalog(&mut self, entries: Vec<Entry>) -> crate::search::catalog::Catalog {
        let mut catalog = crate::search::catalog::Catalog::default();
        let mut references = Vec::new();
        let mut record_ids: HashMap<String, (usize, Range<usize>)> = HashMap::new();
        let mut subject_ids: HashMap<String, (usize, Range<usize>)> = HashMap::new();
        for entry in entries {
            let Some(file) = self.open(&entry.rel, entry.content, FileKind::Catalog) else { continue };
            let draft = catalog_file::read(&self.files[file], &mut self.diags);
            for (subject, span) in draft.subjects {
                if self.first_use(&mut subject_ids, &subject.id, file, span, "subject") {
                    catalog.subjects.push(subject);
                }
            }
            let mut kept = HashMap::new();
            for (index, (record, span)) in draft.records.into_iter().enumerate() {
                if self.first_use(&mut record_ids, &record.id, file, span, "record") {
                    kept.insert(index, catalog.records.len());
                    catalog.records.push(record);
                }
            }
            references.extend(
                draft
                    .references
                    .into_iter()
                    .filter_map(|(r, id, span)| Some((*kept.get(&r)?, id, span, file))),
            );
        }
        for (_, id, span, file) in references {
            if catalog.subject(&id).is_none() {
                let diagnostic = self.files[file].error(
                    Code::UnknownCatalogueEntry,
                    span,
                    format!("no subject has the id `{id}`"),
                );
                let ids = catalog.subjects.iter().map(|s| s.id.as_str());
                self.diags.push(match did_you_mean(&id, ids) {
                    Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                    None => {
                        diagnostic.with_help("subjects are defined with `[[subject]]` in exercises/catalog/")
                    }
                });
            }
        }
        catalog
    }

    /// Reads the glossary and checks that the lessons its terms name exist; a lesson a term
    /// names wrongly is left out of the term.
    fn read_glossary(&mut self, entry: Entry, workshops: &[Workshop]) -> Vec<crate::glossary::Term> {
        let Some(file) = self.open(&entry.rel, entry.content, FileKind::Glossary) else { return Vec::new() };
        let GlossaryDraft { mut terms, lessons } = glossary_file::read(&self.files[file], &mut self.diags);
        let known: Vec<String> = workshops
            .iter()
            .flat_map(|w| w.lessons.iter().map(move |l| format!("{}/{}", w.id, l.id)))
            .collect();
        for (index, lesson, span) in lessons {
            let name = lesson.to_string();
            if known.contains(&name) {
                continue;
            }
            terms[index].lessons.retain(|l| *l != lesson);
            let diagnostic = self.files[file].error(
                Code::UnknownLessonReference,
                span,
                format!("the course has no lesson `{name}`"),
            );
            self.diags.push(match did_you_mean(&name, known.iter().map(String::as_str)) {
                Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                None => diagnostic.with_help("name a lesson as `workshop/lesson`; `infolit list` shows them"),
            });
        }
        terms
    }

    /// `true` the first time an id is seen; a later use is reported as a duplicate.
    fn first_use(
        &mut self,
        seen: &mut HashMap<String, (usize, Range<usize>)>,
        id: &str,
        file: usize,
        span: Range<usize>,
        what: &str,
    ) -> bool {
        if let Some((first_file, first_span)) = seen.get(id) {
            let first = self.files[*first_file].locate(first_span.clone());
            let help = format!(
                "it is first defined at {}:{}:{}",
                self.files[*first_file].path, first.line, first.col
            );
            self.diags.push(
                self.files[file]
                    .error(Code::DuplicateId, span, format!("duplicate {what} id `{id}`"))
                    .with_help(help),
            );
            return false;
        }
        seen.insert(id.to_string(), (file, span));
        true
    }

    fn drop_duplicate_exercises(
        &mut self,
        exercises: Vec<(ExerciseDraft, usize)>,
    ) -> Vec<(ExerciseDraft, usize)> {
        let mut seen: HashMap<String, (usize, Range<usize>)> = HashMap::new();
        let mut kept = Vec::new();
        for (draft, file) in exercises {
            if let Some((first_file, first_span)) = seen.get(&draft.exercise.id) {
                let first = self.files[*first_file].locate(first_span.clone());
                let help = format!(
                    "it is first defined at {}:{}:{}",
                    self.files[*first_file].path, first.line, first.col
                );
                self.diags.push(
                    self.files[file]
                        .error(
                            Code::DuplicateId,
                            draft.id_span.clone(),
                            format!("duplicate exercise id `{}`", draft.exercise.id),
                        )
                        .with_help(help),
                );
                continue;
            }
            seen.insert(draft.exercise.id.clone(), (file, draft.id_span.clone()));
            kept.push((draft, file));
        }
        kept
    }

    /// Reads the files of a workshop folder: its workshop.toml (index into `files`), and its
    /// lessons by file stem. Every `.toml` stem is returned too, read or not, so a listed
    /// lesson whose file has errors is not also reported as missing.
    fn read_folder_files(&mut self, name: &str, folder: WorkshopFolder) -> FolderFiles {
        let mut found = FolderFiles::default();
        for (file_name, content) in folder.files {
            let rel = format!("lessons/{name}/{file_name}");
            if file_name == "workshop.toml" {
                found.header = self.open(&rel, content, FileKind::Workshop);
                continue;
            }
            let stem = file_name.rsplit_once('.').map_or(file_name.as_str(), |(s, _)| s).to_string();
            found.stems.push(stem.clone());
            let Some(index) = self.open(&rel, content, FileKind::Lesson) else {
                self.lessons_incomplete = true;
                continue;
            };
            let Some(draft) = lesson_file::read(&self.files[index], &mut self.diags) else {
                self.lessons_incomplete = true;
                continue;
            };
            if draft.id != stem {
                let message = format!("lesson id `{}` does not match its file name `{file_name}`", draft.id);
                let help = format!("set `id = \"{stem}\"` or rename the file to `{}.toml`", draft.id);
                self.diags.push(
                    self.files[index]
                        .error(Code::LessonIdMismatch, draft.id_span.clone(), message)
                        .with_help(help),
                );
                self.lessons_incomplete = true;
                continue;
            }
            found.lessons.insert(stem, (draft, index));
        }
        found
    }

    /// Reads a workshop folder; the workshop, its file and the span of its id.
    fn read_workshop(
        &mut self,
        name: &str,
        folder: WorkshopFolder,
        exercise_index: &HashMap<String, usize>,
        used: &mut [bool],
    ) -> Option<(Workshop, usize, Range<usize>, Option<i64>)> {
        let FolderFiles { header, mut lessons, stems } = self.read_folder_files(name, folder);
        let Some(header_index) = header else {
            let exists =
                self.diags.iter().any(|d| d.path == self.display(&format!("lessons/{name}/workshop.toml")));
            if !exists {
                self.diags.push(
                    Diagnostic::file(
                        Code::NoWorkshopFile,
                        self.display(&format!("lessons/{name}")),
                        "this workshop folder has no workshop.toml",
                    )
                    .with_help("create workshop.toml with `format_version`, `id`, `title` and `lessons`"),
                );
            }
            return None;
        };
        let draft = workshop_file::read(&self.files[header_index], &mut self.diags)?;

        let mut listed = HashSet::new();
        let mut ordered = Vec::new();
        for (lesson_id, span) in &draft.lessons {
            if !listed.insert(lesson_id.clone()) {
                self.diags.push(self.files[header_index].error(
                    Code::LessonListedTwice,
                    span.clone(),
                    format!("lesson `{lesson_id}` is listed twice"),
                ));
                continue;
            }
            match lessons.remove(lesson_id) {
                Some((lesson, file)) => {
                    ordered.push(self.link_lesson(lesson, file, exercise_index, used));
                }
                None if stems.contains(lesson_id) => {} // the file exists but has errors, already reported
                None => {
                    let message = format!(
                        "lesson `{lesson_id}` is listed but lessons/{name}/{lesson_id}.toml does not exist"
                    );
                    let diagnostic =
                        self.files[header_index].error(Code::UnknownLesson, span.clone(), message);
                    let unlisted: Vec<&str> =
                        stems.iter().map(String::as_str).filter(|s| !listed.contains(*s)).collect();
                    self.diags.push(match did_you_mean(lesson_id, unlisted) {
                        Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                        None => diagnostic.with_help(format!("create lessons/{name}/{lesson_id}.toml")),
                    });
                }
            }
        }
        for (stem, (lesson, file)) in lessons {
            self.diags.push(
                self.files[file]
                    .warning(
                        Code::LessonNotListed,
                        lesson.id_span,
                        "this lesson is not listed in workshop.toml, so learners never see it",
                    )
                    .with_help(format!("add \"{stem}\" to `lessons` in workshop.toml")),
            );
        }
        // A pre-test or post-test must be one of the workshop's lessons.
        for (key, value) in [("pretest", &draft.pretest), ("posttest", &draft.posttest)] {
            if let Some((id, span)) = value
                && !draft.lessons.iter().any(|(l, _)| l == id)
            {
                self.diags.push(
                    self.files[header_index]
                        .error(
                            Code::TestNotALesson,
                            span.clone(),
                            format!("`{key}` names `{id}`, which is not a lesson of this workshop"),
                        )
                        .with_help("name one of the lessons listed in `lessons`"),
                );
            }
        }
        let workshop = Workshop {
            id: draft.id,
            title: draft.title,
            description: draft.description,
            lessons: ordered,
            pretest: draft.pretest.map(|(id, _)| id),
            posttest: draft.posttest.map(|(id, _)| id),
            mastery: draft.mastery,
        };
        Some((workshop, header_index, draft.id_span, draft.order))
    }

    /// Resolves a lesson's exercise references.
    fn link_lesson(
        &mut self,
        draft: LessonDraft,
        file: usize,
        exercise_index: &HashMap<String, usize>,
        used: &mut [bool],
    ) -> Lesson {
        let mut steps = Vec::new();
        for step in draft.steps {
            match step {
                StepDraft::Page { title, body } => steps.push(Step::Page(Page { title, body })),
                StepDraft::Exercise { id, span } => {
                    if let Some(&index) = exercise_index.get(&id) {
                        used[index] = true;
                        steps.push(Step::Exercise(index));
                    } else {
                        let diagnostic = self.files[file].error(
                            Code::UnknownExercise,
                            span,
                            format!("no exercise has the id `{id}`"),
                        );
                        let ids = exercise_index.keys().map(String::as_str);
                        self.diags.push(match did_you_mean(&id, ids) {
                            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                            None => diagnostic.with_help("exercises are defined in exercises/*.toml"),
                        });
                    }
                }
            }
        }
        Lesson {
            id: draft.id,
            title: draft.title,
            minutes: draft.minutes,
            objectives: draft.objectives,
            frames: draft.frames,
            steps,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const KINDS: [FileKind; 4] =
        [FileKind::Workshop, FileKind::Lesson, FileKind::ExerciseBank, FileKind::Glossary];

    /// Lines that look like course files, so the generator reaches past the TOML parser.
    fn course_like_line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("format_version = 1".to_string()),
            Just("[[step]]".to_string()),
            Just("[[exercise]]".to_string()),
            Just("[[exercise.option]]".to_string()),
            Just("[[term]]".to_string()),
            Just("see = [\"x\"]".to_string()),
            Just("aliases = { id = [\"a\"], en = [] }".to_string()),
            Just("kind = \"choice\"".to_string()),
            Just("correct = true".to_string()),
            "(id|title|page|prompt|text|exercise|lessons|minutes|hints|objectives|term|definition|aliases|source) = (\"[a-z -]{0,8}\"|[0-9]{1,3}|\\[\\]|\\{ id = \"x\" \\})",
            "[\\PC]{0,20}",
        ]
    }

    proptest! {
        #[test]
        fn any_text_gets_diagnostics_never_a_panic(text in "\\PC{0,400}") {
            for kind in KINDS {
                let _ = check_file("p.toml", FileContent::Text(text.clone()), kind);
            }
        }

        #[test]
        fn course_like_files_get_located_diagnostics(lines in proptest::collection::vec(course_like_line(), 0..20)) {
            let text = lines.join("\n");
            for kind in KINDS {
                for diagnostic in check_file("p.toml", FileContent::Text(text.clone()), kind) {
                    if let Some(location) = &diagnostic.location {
                        prop_assert!(location.line >= 1 && location.line <= text.lines().count().max(1) + 1);
                    }
                    let _ = crate::diagnostic::render(&diagnostic);
                }
            }
        }
    }
}
