//! `infolit` without a subcommand: a learning session, in the TUI or in plain mode, recorded
//! in the progress store.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use super::{CliError, clock, learner_name, load_for_use, now, open_store};
use crate::content::CourseSource;
use crate::lang::Lang;
use crate::plain;
use crate::session::{Recorder, Session};

pub fn run(
    source: &CourseSource,
    lang: Lang,
    force_plain: bool,
    learner: Option<&str>,
    open: Option<&str>,
) -> Result<ExitCode, CliError> {
    let loaded = load_for_use(source)?;
    // An unreadable INFOLIT_NOW stops here rather than silently using the system clock.
    let started = now()?;
    let learner = learner.map(learner_name).transpose()?;
    let open = open.map(|text| place(text, &loaded.course)).transpose()?;
    // A store that cannot be opened (full disk, foreign file, read-only folder) stops here,
    // before a learner does work that could not be kept.
    let mut recorder = Recorder::new(open_store()?);
    let mut session = Session::new(loaded.course, lang);
    if let Some(place) = open {
        session.open_on_sign_in(place);
    }
    if let Some(name) = &learner {
        recorder.sign_in(name, started, &mut session)?;
    }
    let interactive = io::stdin().is_terminal() && io::stdout().is_terminal();
    if force_plain || !interactive || !cfg!(feature = "tui") {
        plain::run_recorded(
            &mut session,
            Some(&mut recorder),
            &clock,
            io::stdin().lock(),
            io::stdout().lock(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    #[cfg(feature = "tui")]
    {
        let data_dir =
            Some(recorder.store().path().parent().map(std::path::Path::to_path_buf).unwrap_or_default());
        let app = crate::tui::App::new(session, data_dir).with_recorder(recorder, clock);
        let ending = crate::tui::run(app)?;
        Ok(ending.exit_code())
    }
    #[cfg(not(feature = "tui"))]
    Ok(ExitCode::SUCCESS)
}

/// `--open WORKSHOP/LESSON[:STEP]` (the step counts from 1, as learners see it), checked
/// against the course.
fn place(text: &str, course: &crate::content::Course) -> Result<crate::progress::Position, CliError> {
    let usage = || {
        CliError::Usage(format!(
            "--open {text}: write WORKSHOP/LESSON or WORKSHOP/LESSON:STEP, e.g. search/search-boolean:2 (`infolit list` shows them)"
        ))
    };
    let (path, step) = match text.rsplit_once(':') {
        Some((path, step)) => (path, step.parse::<usize>().ok().filter(|n| *n >= 1).ok_or_else(usage)?),
        None => (text, 1),
    };
    let (workshop, lesson) = path.split_once('/').ok_or_else(usage)?;
    let steps = course
        .workshops
        .iter()
        .find(|w| w.id == workshop)
        .and_then(|w| w.lessons.iter().find(|l| l.id == lesson))
        .map(|l| l.steps.len())
        .ok_or_else(usage)?;
    if step > steps {
        return Err(CliError::Usage(format!("--open {text}: the lesson has {steps} steps")));
    }
    Ok(crate::progress::Position {
        workshop: workshop.to_string(),
        lesson: lesson.to_string(),
        step: step - 1,
    })
}
