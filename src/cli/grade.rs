//! `infolit grade EXERCISE_ID ANSWER… [--json]`: grade one answer without the TUI, for
//! authors checking an answer key and for scripts. The verdict is the output; the exit code is
//! 0 whether the answer is right or wrong.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, learner_name, load_for_use, open_store};
use crate::content::CourseSource;
use crate::grade::{self, Feedback, answer};
use crate::lang::Lang;
use crate::progress::{AttemptRecord, Record};
use crate::suggest::did_you_mean;

pub fn run(
    source: &CourseSource,
    lang: Lang,
    id: &str,
    parts: &[String],
    json: bool,
    learner: Option<&str>,
) -> Result<ExitCode, CliError> {
    let loaded = load_for_use(source)?;
    let course = loaded.course;
    let Some(exercise) = course.exercise(id) else {
        let ids = course.exercises.iter().map(|e| e.id.as_str());
        let hint = match did_you_mean(id, ids) {
            Some(close) => format!("; did you mean `{close}`?"),
            None => "; `infolit list` shows every exercise".to_string(),
        };
        return Err(CliError::Usage(format!("no exercise has the id `{id}`{hint}")));
    };
    let answer = answer::parse(&exercise.kind, parts).map_err(|error| {
        CliError::Usage(format!("{error} (answer syntax: docs/format.md, section \"Answers\")"))
    })?;
    let verdict = grade::grade(exercise, &answer);
    if let Some(name) = learner {
        // Recorded as the learning session records it; the verdict is printed only once the
        // attempt is on disk.
        let name = learner_name(name)?;
        let mut store = open_store()?;
        let now = super::now()?;
        let learner = store.learner(&name, now)?;
        let (workshop, lesson) = course.lesson_of(&exercise.id).unwrap_or(("", ""));
        let record = AttemptRecord::of(workshop, lesson, exercise, &answer, &verdict, 0, 1, now, now);
        store.record(learner, &Record::Attempt(record))?;
    }
    let feedback: Vec<String> = verdict
        .feedback
        .iter()
        .map(|f| match f {
            Feedback::Author(text) => text.get(lang).plain_text(),
            Feedback::Note(note) => note.text(lang),
        })
        .collect();
    let mut out = io::stdout().lock();
    if json {
        let report = Report {
            exercise: &exercise.id,
            answer: answer.to_string(),
            correct: verdict.correct,
            score: verdict.score,
            max: verdict.max,
            feedback,
        };
        serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        let word = if verdict.correct { "correct" } else { "incorrect" };
        writeln!(
            out,
            "{word}: score {} of {}",
            grade::format_points(verdict.score),
            grade::format_points(verdict.max)
        )?;
        for line in feedback {
            writeln!(out, "{line}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `grade --json`.
#[derive(Debug, Serialize)]
struct Report<'a> {
    exercise: &'a str,
    /// The answer as read, in the answer syntax (`a, c`).
    answer: String,
    correct: bool,
    score: f64,
    max: f64,
    /// Feedback in the chosen language, one entry per remark.
    feedback: Vec<String>,
}
