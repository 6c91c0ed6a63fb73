//! One channel of input events for the TUI loop: keys and resizes from the terminal, and the
//! signals that must end the session cleanly (SIGTERM, SIGHUP, SIGINT on Unix).

use std::io;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use ratatui::crossterm::event::{self as ct, KeyEvent, KeyEventKind};

/// What the loop reacts to.
#[derive(Debug)]
pub enum Event {
    Key(KeyEvent),
    Resize,
    /// A termination signal arrived.
    Signal(i32),
    /// The terminal's input is gone (closed or failing): end the session.
    InputClosed,
    /// A course file changed on disk (previews only).
    Reload,
}

/// Starts the input and signal threads; the sender is for other sources (the file watcher).
///
/// # Errors
/// When the signal handlers cannot be registered.
pub fn spawn() -> io::Result<(Sender<Event>, Receiver<Event>)> {
    let (sender, receiver) = mpsc::channel();
    spawn_signals(sender.clone())?;
    let input = sender.clone();
    thread::spawn(move || read_input(&input));
    Ok((sender, receiver))
}

fn read_input(sender: &Sender<Event>) {
    loop {
        let event = match ct::read() {
            // Windows reports key releases too; only presses (and repeats) act.
            Ok(ct::Event::Key(key)) if key.kind != KeyEventKind::Release => Event::Key(key),
            Ok(ct::Event::Resize(..)) => Event::Resize,
            Ok(_) => continue,
            Err(_) => Event::InputClosed,
        };
        let closed = matches!(event, Event::InputClosed);
        if sender.send(event).is_err() || closed {
            return;
        }
    }
}

#[cfg(unix)]
fn spawn_signals(sender: Sender<Event>) -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            let _ = sender.send(Event::Signal(signal));
        }
    });
    Ok(())
}

/// On Windows, Ctrl-C arrives as a key in raw mode and closing the console ends the process;
/// there are no signals to catch.
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn spawn_signals(_sender: Sender<Event>) -> io::Result<()> {
    Ok(())
}
