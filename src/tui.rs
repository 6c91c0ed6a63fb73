//! The terminal front end (feature `tui`): a thin layer over [`crate::session`].
//!
//! - `terminal`: entering and restoring the terminal, on quit, on panic and on signals;
//! - `event`: one channel of input events (keys, resizes, signals, saves of a previewed course);
//! - `watch`: the file watcher behind `infolit preview --watch`;
//! - `keymap`: keys → actions; `app`: the TUI's own state (help, scrolling) and `update`;
//! - `view`: drawing, `markup`: lesson rich text → ratatui text, `theme`: styles.

mod app;
mod event;
mod keymap;
mod markup;
mod state;
mod terminal;
mod theme;
mod view;
mod watch;
mod wrap;

use std::io;
use std::process::ExitCode;

pub use app::{App, PreviewState};
pub use terminal::install_panic_hook;

/// How a TUI session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The learner quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT) ended it; the terminal was restored.
    Signal(i32),
}

impl Ending {
    /// The process's exit code: 0 after quitting, 128 + the signal number after a signal, as
    /// shells report it.
    #[must_use]
    pub fn exit_code(self) -> ExitCode {
        match self {
            Ending::Quit => ExitCode::SUCCESS,
            Ending::Signal(signal) => ExitCode::from(u8::try_from(128 + signal).unwrap_or(1)),
        }
    }
}

/// Runs the TUI until the learner quits or a signal arrives. The terminal is restored in every
/// case: on return, on error, on panic and on signals.
///
/// # Errors
/// When the terminal cannot be set up or drawn to.
pub fn run(mut app: App) -> io::Result<Ending> {
    install_panic_hook(terminal::restore);
    let (sender, events) = event::spawn()?;
    // Kept alive for the session; a watch that cannot start ends the preview with the reason.
    let _watch = match app.watched_root() {
        Some(root) => Some(
            watch::start(root, sender)
                .map_err(|e| io::Error::other(format!("cannot watch the course files: {e}")))?,
        ),
        None => None,
    };
    let mut guard = terminal::TerminalGuard::enter()?;
    loop {
        guard.terminal().draw(|frame| frame.render_widget(&app, frame.area()))?;
        match events.recv() {
            Ok(event::Event::Key(key)) => app.handle_key(key),
            Ok(event::Event::Resize) => {}
            Ok(event::Event::Reload) => app.reload(),
            Ok(event::Event::Signal(signal)) => return Ok(Ending::Signal(signal)),
            Ok(event::Event::InputClosed) | Err(_) => return Ok(Ending::Quit),
        }
        if app.should_quit() {
            return Ok(Ending::Quit);
        }
    }
}
