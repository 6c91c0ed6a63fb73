//! Watching a course's files for `infolit preview --watch`: a save becomes one
//! [`Event::Reload`] in the TUI's event channel.
//!
//! Editors save in different ways (write in place, or write a temporary file and rename it
//! over the original), and one save is often several file-system events. The debouncer of
//! `notify-debouncer-full` follows renames and waits for the events of a save to settle, so
//! the course is loaded once per save, not mid-write.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::event::Event;

/// How long events must be quiet before a reload: long enough to cover a save, short enough
/// to feel immediate.
const SETTLE: Duration = Duration::from_millis(200);

/// Keeps the watch alive; dropping it stops watching.
pub struct Watch {
    _debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watch")
    }
}

/// Watches `lessons/` and `exercises/` under `root` and sends `Event::Reload` after each save
/// of a course file.
///
/// # Errors
/// When the system refuses to watch (too many watches, a folder that cannot be read).
pub fn start(root: &Path, sender: Sender<Event>) -> notify::Result<Watch> {
    let mut debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        if events.iter().any(|e| e.paths.iter().any(|p| is_course_file(p))) {
            let _ = sender.send(Event::Reload);
        }
    })?;
    for folder in watched_folders(root) {
        debouncer.watch(&folder, RecursiveMode::Recursive)?;
    }
    Ok(Watch { _debouncer: debouncer })
}

fn watched_folders(root: &Path) -> Vec<PathBuf> {
    ["lessons", "exercises"].iter().map(|name| root.join(name)).filter(|p| p.is_dir()).collect()
}

/// A TOML file, or a folder (a workshop added or removed); not an editor's swap or backup file.
fn is_course_file(path: &Path) -> bool {
    match path.extension() {
        Some(ext) => ext.eq_ignore_ascii_case("toml"),
        None => path.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::*;

    #[test]
    fn only_course_files_count() {
        assert!(is_course_file(Path::new("lessons/w/l.toml")));
        assert!(is_course_file(Path::new("lessons/new-workshop")));
        assert!(!is_course_file(Path::new("lessons/w/.l.toml.swp")));
        assert!(!is_course_file(Path::new("lessons/w/l.toml~")));
    }

    #[test]
    fn a_save_by_rename_sends_one_reload() {
        let dir = tempfile::tempdir().expect("temp");
        let workshop = dir.path().join("lessons").join("w");
        std::fs::create_dir_all(&workshop).expect("mkdir");
        std::fs::write(workshop.join("l.toml"), "id = \"l\"\n").expect("write");
        let (sender, receiver) = mpsc::channel();
        let _watch = start(dir.path(), sender).expect("watching");
        // The way many editors save: a temporary file renamed over the original.
        std::fs::write(workshop.join("l.toml.tmp"), "id = \"l\"\ntitle = \"x\"\n").expect("write");
        std::fs::rename(workshop.join("l.toml.tmp"), workshop.join("l.toml")).expect("rename");
        let first = receiver.recv_timeout(Duration::from_secs(10));
        assert!(matches!(first, Ok(Event::Reload)), "{first:?}");
    }
}
