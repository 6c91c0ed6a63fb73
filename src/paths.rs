//! Where infolit keeps its data.
//!
//! `INFOLIT_HOME` wins (a USB stick, a shared lab folder, a test's temporary directory);
//! otherwise the platform's data directory: `$XDG_DATA_HOME/infolit` on Linux,
//! `~/Library/Application Support/...` on macOS, `%APPDATA%\...` on Windows.

use std::path::PathBuf;

/// The data directory, from the value of `INFOLIT_HOME` (passed in so this stays testable).
/// `None` when neither `INFOLIT_HOME` nor a home directory is known.
#[must_use]
pub fn data_dir(infolit_home: Option<std::ffi::OsString>) -> Option<PathBuf> {
    match infolit_home {
        Some(home) if !home.is_empty() => Some(PathBuf::from(home)),
        _ => directories::ProjectDirs::from("org", "infolit", "infolit")
            .map(|dirs| dirs.data_dir().to_path_buf()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infolit_home_wins() {
        assert_eq!(data_dir(Some("/srv/lab".into())), Some(PathBuf::from("/srv/lab")));
    }

    #[test]
    fn an_empty_infolit_home_is_ignored() {
        assert_ne!(data_dir(Some("".into())), Some(PathBuf::new()));
    }
}
