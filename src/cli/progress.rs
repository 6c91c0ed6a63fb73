//! `infolit progress [--learner NAME] [--json]`: every learner in short, or one learner's
//! progress per workshop and lesson, with attempts at exercises the course no longer has
//! reported as orphaned (kept, never dropped).

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, learner_name, load_for_use, open_store};
use crate::content::{Course, CourseSource};
use crate::lang::Lang;
use crate::progress::Store;

pub fn run(
    source: &CourseSource,
    lang: Lang,
    learner: Option<&str>,
    json: bool,
) -> Result<ExitCode, CliError> {
    let course = load_for_use(source)?.course;
    let store = open_store()?;
    let names = match learner {
        Some(name) => {
            // Names are matched without regard to case, as the store does; show the stored one.
            let name = learner_name(name)?;
            let Some(stored) = store.learners()?.into_iter().find(|n| n.eq_ignore_ascii_case(&name)) else {
                return Err(CliError::Usage(format!(
                    "no learner is called `{name}`; `infolit progress` lists them"
                )));
            };
            vec![stored]
        }
        None => store.learners()?,
    };
    let reports: Vec<Report> =
        names.iter().map(|name| report(&store, &course, name)).collect::<Result<_, _>>()?;
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &reports).map_err(io::Error::from)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if reports.is_empty() {
        writeln!(out, "no learners yet")?;
    }
    for report in &reports {
        write_text(&mut out, &course, report, lang, learner.is_some())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One learner's progress; also the `--json` schema.
#[derive(Debug, Serialize)]
struct Report {
    learner: String,
    attempts: usize,
    /// Responses to poll, survey and reflection questions.
    responses: usize,
    /// Hints revealed.
    hints: usize,
    /// Exercises answered correctly at least once.
    correct: usize,
    /// Exercises answered at least once.
    answered: usize,
    /// Exercises in the course.
    exercises: usize,
    lessons_done: usize,
    lessons: usize,
    /// Ids of the workshops gone through to the end.
    completed_workshops: Vec<String>,
    /// (workshop id, lesson id) of the lessons gone through to the end.
    completed_lessons: Vec<(String, String)>,
    /// Exercise ids with attempts that the course no longer has.
    orphaned: Vec<String>,
}

fn report(store: &Store, course: &Course, name: &str) -> Result<Report, CliError> {
    let id =
        store.find_learner(name)?.ok_or_else(|| CliError::Usage(format!("no learner is called `{name}`")))?;
    let summary = store.summary(name, id)?;
    let in_course = |exercise: &str| course.exercise(exercise).is_some();
    let lessons = course.workshops.iter().map(|w| w.lessons.len()).sum();
    let lessons_done = course
        .workshops
        .iter()
        .flat_map(|w| w.lessons.iter().map(move |l| (w.id.clone(), l.id.clone())))
        .filter(|ids| summary.completed_lessons.contains(ids))
        .count();
    Ok(Report {
        learner: summary.learner.clone(),
        attempts: summary.attempts,
        responses: store.responses(id)?.len(),
        hints: store.hints_shown(id)?,
        correct: summary.best.iter().filter(|(e, best)| in_course(e) && *best >= 1.0).count(),
        answered: summary.best.iter().filter(|(e, _)| in_course(e)).count(),
        exercises: course.exercises.len(),
        lessons_done,
        lessons,
        completed_lessons: summary.completed_lessons,
        completed_workshops: store.completed_workshops(id)?,
        orphaned: summary.best.iter().filter(|(e, _)| !in_course(e)).map(|(e, _)| e.clone()).collect(),
    })
}

fn write_text(
    out: &mut impl Write,
    course: &Course,
    report: &Report,
    lang: Lang,
    detailed: bool,
) -> io::Result<()> {
    writeln!(
        out,
        "{}: {} of {} lessons done, {} of {} exercises answered ({} correct), {} attempts",
        report.learner,
        report.lessons_done,
        report.lessons,
        report.answered,
        report.exercises,
        report.correct,
        report.attempts
    )?;
    if detailed {
        for workshop in &course.workshops {
            writeln!(out, "  {}  {}", workshop.id, workshop.title.get(lang))?;
            for lesson in &workshop.lessons {
                let done = report.completed_lessons.contains(&(workshop.id.clone(), lesson.id.clone()));
                writeln!(
                    out,
                    "    [{}] {}  {}",
                    if done { "x" } else { " " },
                    lesson.id,
                    lesson.title.get(lang)
                )?;
            }
        }
    }
    if !report.orphaned.is_empty() {
        writeln!(
            out,
            "  attempts at exercises no longer in the course (kept): {}",
            report.orphaned.join(", ")
        )?;
    }
    Ok(())
}
