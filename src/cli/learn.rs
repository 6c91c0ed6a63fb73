//! `infolit` without a subcommand: a learning session, in the TUI or in plain mode.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use super::{CliError, load_for_use};
use crate::content::CourseSource;
use crate::lang::Lang;
use crate::plain;
use crate::session::Session;

pub fn run(source: &CourseSource, lang: Lang, force_plain: bool) -> Result<ExitCode, CliError> {
    let loaded = load_for_use(source)?;
    let session = Session::new(loaded.course, lang);
    let interactive = io::stdin().is_terminal() && io::stdout().is_terminal();
    if force_plain || !interactive || !cfg!(feature = "tui") {
        let mut session = session;
        plain::run(&mut session, io::stdin().lock(), io::stdout().lock())?;
        return Ok(ExitCode::SUCCESS);
    }
    #[cfg(feature = "tui")]
    {
        let data_dir = crate::paths::data_dir(std::env::var_os("INFOLIT_HOME"));
        let ending = crate::tui::run(session, data_dir)?;
        Ok(ending.exit_code())
    }
    #[cfg(not(feature = "tui"))]
    Ok(ExitCode::SUCCESS)
}
