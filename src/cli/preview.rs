//! `infolit preview PATH [--watch]`: an author's view of one lesson or workshop, in the TUI
//! (reloading after each save with `--watch`) or line by line in plain mode. Nothing is
//! recorded: a preview is not a learner's work.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use super::{CliError, load_for_use};
use crate::lang::Lang;
use crate::plain;
use crate::preview::{self, Target};
use crate::session::Session;

/// The learner name a preview uses, which seeds the order of shuffled options.
const PREVIEW_LEARNER: &str = "preview";

pub fn run(path: &Path, watch: bool, lang: Lang, force_plain: bool) -> Result<ExitCode, CliError> {
    let target = Target::of(path).map_err(|e| CliError::Usage(e.to_string()))?;
    let interactive = io::stdin().is_terminal() && io::stdout().is_terminal();
    let tui = !force_plain && interactive && cfg!(feature = "tui");
    if watch && !tui {
        return Err(CliError::Usage(
            "--watch needs the full-screen view: run it in a terminal, without --plain".into(),
        ));
    }
    // The first load must work; after that, a broken save only shows its problems.
    let loaded = load_for_use(&target.source())?;
    let mut session = Session::new(loaded.course, lang);
    session.set_learner(PREVIEW_LEARNER, []);
    if !preview::open(&mut session, &target) {
        writeln!(
            io::stderr(),
            "infolit: {} is not listed in its workshop's `lessons`, so learners never see it; showing the course",
            path.display()
        )?;
    }
    if !tui {
        plain::run_recorded(&mut session, None, &Timestamp::now, io::stdin().lock(), io::stdout().lock())?;
        return Ok(ExitCode::SUCCESS);
    }
    #[cfg(feature = "tui")]
    {
        let app = crate::tui::App::new(session, None).previewing(target, loaded.diagnostics, watch);
        let ending = crate::tui::run(app)?;
        Ok(ending.exit_code())
    }
    #[cfg(not(feature = "tui"))]
    Ok(ExitCode::SUCCESS)
}
