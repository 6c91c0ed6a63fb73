//! `infolit learners [rename OLD NEW | delete NAME]` and `infolit reset`: looking after the
//! profiles of a shared lab PC.

use std::io::{self, Write};
use std::process::ExitCode;

use jiff::Timestamp;

use super::{CliError, LearnersAction, confirm, learner_name, load_for_use, open_store};
use crate::content::CourseSource;
use crate::progress::ResetScope;

pub fn run(action: Option<&LearnersAction>) -> Result<ExitCode, CliError> {
    let mut store = open_store()?;
    let mut out = io::stdout().lock();
    match action {
        None => {
            for name in store.learners()? {
                writeln!(out, "{name}")?;
            }
        }
        Some(LearnersAction::Rename { old, new }) => {
            let (old, new) = (learner_name(old)?, learner_name(new)?);
            if !store.rename_learner(&old, &new)? {
                return Err(CliError::Usage(format!("no learner is called `{old}`")));
            }
            writeln!(out, "renamed {old} to {new}")?;
        }
        Some(LearnersAction::Delete { name, yes }) => {
            let name = learner_name(name)?;
            if store.find_learner(&name)?.is_none() {
                return Err(CliError::Usage(format!("no learner is called `{name}`")));
            }
            if !yes && !confirm(&format!("Delete {name} and all their work, for good"))? {
                writeln!(out, "nothing deleted")?;
                return Ok(ExitCode::SUCCESS);
            }
            store.delete_learner(&name)?;
            writeln!(out, "deleted {name}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What `reset` was asked to reset.
#[derive(Debug)]
pub struct ResetRequest<'a> {
    pub exercise: Option<&'a str>,
    pub lesson: Option<&'a str>,
    pub workshop: Option<&'a str>,
    pub all: bool,
    pub undo: bool,
}

pub fn reset(
    source: &CourseSource,
    learner: Option<&str>,
    request: &ResetRequest<'_>,
    yes: bool,
) -> Result<ExitCode, CliError> {
    let name = learner.ok_or_else(|| CliError::Usage("reset needs --learner NAME".into()))?;
    let name = learner_name(name)?;
    let mut store = open_store()?;
    let id = store
        .find_learner(&name)?
        .ok_or_else(|| CliError::Usage(format!("no learner is called `{name}`")))?;
    let mut out = io::stdout().lock();
    if request.undo {
        match store.undo_reset(id, Timestamp::now())? {
            Some(what) => writeln!(out, "brought back {name}'s work ({what})")?,
            None => writeln!(out, "{name} has no reset to undo")?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    let course = load_for_use(source)?.course;
    let scope = match (request.exercise, request.lesson, request.workshop, request.all) {
        (Some(exercise), ..) => ResetScope::Exercise(exercise.to_string()),
        (_, Some(lesson), ..) => lesson_scope(&course, lesson)?,
        (_, _, Some(workshop), _) => ResetScope::Workshop(workshop.to_string()),
        (.., true) => ResetScope::All,
        _ => {
            return Err(CliError::Usage(
                "say what to reset: --exercise ID, --lesson ID, --workshop ID or --all (or --undo)".into(),
            ));
        }
    };
    let what = match &scope {
        ResetScope::Exercise(id) => format!("exercise {id}"),
        ResetScope::Lesson { workshop, lesson } => format!("lesson {workshop}/{lesson}"),
        ResetScope::Workshop(id) => format!("workshop {id}"),
        ResetScope::All => "everything".to_string(),
    };
    if !yes && !confirm(&format!("Reset {name}'s work in {what} (it can be undone with --undo)"))? {
        writeln!(out, "nothing reset")?;
        return Ok(ExitCode::SUCCESS);
    }
    let hidden = store.reset(id, &scope, Timestamp::now())?;
    writeln!(
        out,
        "reset {name}'s work in {what}: {hidden} attempts set aside; `infolit reset --learner {name} --undo` brings them back"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `--lesson ID` (or `WORKSHOP/ID` where two workshops use the same lesson id).
fn lesson_scope(course: &crate::content::Course, lesson: &str) -> Result<ResetScope, CliError> {
    if let Some((workshop, lesson)) = lesson.split_once('/') {
        return Ok(ResetScope::Lesson { workshop: workshop.to_string(), lesson: lesson.to_string() });
    }
    let owners: Vec<&str> = course
        .workshops
        .iter()
        .filter(|w| w.lessons.iter().any(|l| l.id == lesson))
        .map(|w| w.id.as_str())
        .collect();
    match owners.as_slice() {
        [one] => Ok(ResetScope::Lesson { workshop: (*one).to_string(), lesson: lesson.to_string() }),
        [] => Err(CliError::Usage(format!("no lesson has the id `{lesson}`"))),
        _ => Err(CliError::Usage(format!(
            "lesson `{lesson}` is in several workshops; write WORKSHOP/{lesson}"
        ))),
    }
}
