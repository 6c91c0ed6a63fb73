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
) -> Result<ExitCode, CliError> {
    let loaded = load_for_use(source)?;
    // An unreadable INFOLIT_NOW stops here rather than silently using the system clock.
    let started = now()?;
    let learner = learner.map(learner_name).transpose()?;
    // A store that cannot be opened (full disk, foreign file, read-only folder) stops here,
    // before a learner does work that could not be kept.
    let mut recorder = Recorder::new(open_store()?);
    let mut session = Session::new(loaded.course, lang);
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
