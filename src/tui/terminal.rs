//! Entering the terminal's full-screen mode and always leaving it: on normal return (the
//! guard's `Drop`), on panic (a panic hook that restores before the message is printed, so
//! the message is readable) and on signals (the event loop ends and the guard drops).

use std::io::{self, Stdout, Write};
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, execute, terminal};

/// Holds the terminal in raw mode on the alternate screen; restores it when dropped.
pub struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen.
    ///
    /// # Errors
    /// When the terminal refuses; whatever was already changed is restored first.
    pub fn enter() -> io::Result<Self> {
        let setup = || -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
            terminal::enable_raw_mode()?;
            execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
            Terminal::new(CrosstermBackend::new(io::stdout()))
        };
        match setup() {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(error) => {
                restore();
                Err(error)
            }
        }
    }

    pub fn terminal(&mut self) -> &mut Terminal<CrosstermBackend<Stdout>> {
        &mut self.terminal
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Leaves the alternate screen, shows the cursor and turns raw mode off. Safe to call more
/// than once and when the terminal was never entered; errors are ignored because there is
/// nothing better to do with them while shutting down.
pub fn restore() {
    let _ = terminal::disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(stdout, terminal::LeaveAlternateScreen, cursor::Show);
    let _ = stdout.flush();
}

/// Installs a panic hook that calls `restore` before the previous hook prints the panic, so
/// a crash never leaves the learner's terminal in raw mode on the alternate screen.
pub fn install_panic_hook(restore: impl Fn() + Send + Sync + 'static) {
    let previous = Arc::new(std::panic::take_hook());
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[test]
    fn the_restore_path_runs_on_panic() {
        static RESTORED: AtomicUsize = AtomicUsize::new(0);
        install_panic_hook(|| {
            RESTORED.fetch_add(1, Ordering::SeqCst);
        });
        let result = std::panic::catch_unwind(|| panic!("a bug in a view"));
        // Put the default hook back for the other tests.
        drop(std::panic::take_hook());
        assert!(result.is_err());
        assert!(RESTORED.load(Ordering::SeqCst) >= 1);
    }
}
