//! `infolit list [--json]`: the course's workshops, lessons, steps and exercises.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, load_for_use};
use crate::content::{Course, CourseSource, Step};
use crate::exercise::{Exercise, KindName};
use crate::lang::Lang;
use crate::text::Localized;

pub fn run(source: &CourseSource, lang: Lang, json: bool) -> Result<ExitCode, CliError> {
    let loaded = load_for_use(source)?;
    let listing = Listing::of(&loaded.course);
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &listing).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write_text(&mut out, &listing, lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What `list` shows; also the `--json` schema.
#[derive(Debug, Serialize)]
struct Listing<'a> {
    workshops: Vec<WorkshopItem<'a>>,
    exercises: Vec<ExerciseItem<'a>>,
}

#[derive(Debug, Serialize)]
struct WorkshopItem<'a> {
    id: &'a str,
    title: &'a Localized<String>,
    lessons: Vec<LessonItem<'a>>,
}

#[derive(Debug, Serialize)]
struct LessonItem<'a> {
    id: &'a str,
    title: &'a Localized<String>,
    minutes: u32,
    /// ACRL Framework frames, by id.
    frames: Vec<crate::content::frame::Frame>,
    steps: Vec<StepItem<'a>>,
}

#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum StepItem<'a> {
    Page {
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<&'a Localized<String>>,
    },
    Exercise {
        id: &'a str,
        kind: KindName,
        title: &'a Localized<String>,
    },
}

#[derive(Debug, Serialize)]
struct ExerciseItem<'a> {
    id: &'a str,
    kind: KindName,
    title: &'a Localized<String>,
    file: &'a str,
}

impl<'a> Listing<'a> {
    fn of(course: &'a Course) -> Self {
        let step_item = |step: &'a Step| match step {
            Step::Page(page) => StepItem::Page { title: page.title.as_ref() },
            Step::Exercise(index) => {
                let exercise: &Exercise = &course.exercises[*index];
                StepItem::Exercise { id: &exercise.id, kind: exercise.kind.name(), title: &exercise.title }
            }
        };
        Listing {
            workshops: course
                .workshops
                .iter()
                .map(|w| WorkshopItem {
                    id: &w.id,
                    title: &w.title,
                    lessons: w
                        .lessons
                        .iter()
                        .map(|l| LessonItem {
                            id: &l.id,
                            title: &l.title,
                            minutes: l.minutes,
                            frames: l.frames.clone(),
                            steps: l.steps.iter().map(step_item).collect(),
                        })
                        .collect(),
                })
                .collect(),
            exercises: course
                .exercises
                .iter()
                .map(|e| ExerciseItem { id: &e.id, kind: e.kind.name(), title: &e.title, file: &e.source })
                .collect(),
        }
    }
}

fn write_text(out: &mut impl Write, listing: &Listing<'_>, lang: Lang) -> io::Result<()> {
    for workshop in &listing.workshops {
        writeln!(out, "{}  {}", workshop.id, workshop.title.get(lang))?;
        for lesson in &workshop.lessons {
            writeln!(out, "  {}  {}  ({} min)", lesson.id, lesson.title.get(lang), lesson.minutes)?;
            for (n, step) in lesson.steps.iter().enumerate() {
                match step {
                    StepItem::Page { title } => {
                        let title = title.map_or("", |t| t.get(lang).as_str());
                        writeln!(out, "    {}. page      {title}", n + 1)?;
                    }
                    StepItem::Exercise { id, kind, title } => {
                        writeln!(
                            out,
                            "    {}. exercise  {id} ({})  {}",
                            n + 1,
                            kind.as_str(),
                            title.get(lang)
                        )?;
                    }
                }
            }
        }
    }
    writeln!(out, "exercises")?;
    for exercise in &listing.exercises {
        writeln!(
            out,
            "  {}  {}  {}  [{}]",
            exercise.id,
            exercise.kind.as_str(),
            exercise.title.get(lang),
            exercise.file
        )?;
    }
    Ok(())
}
