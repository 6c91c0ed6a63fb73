//! Packs: a whole course as the one file a facilitator hands to participants
//! (`infolit pack DIR -o FILE.infolit`, then `infolit --course FILE.infolit`).
//!
//! A pack is JSON: `format` and `version`, every course file as its path and text, and a
//! SHA-256 `checksum` over them, verified when the pack is opened, so a file damaged on a
//! USB stick is refused with one clear message instead of a half-loaded course. The course
//! is checked before a pack is written (the CLI refuses one with errors).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::content::CourseSource;
use crate::content::source::{self, FileContent};

pub const FORMAT: &str = "infolit-pack";
pub const VERSION: u32 = 1;
/// The file extension packs are recognised by.
pub const EXTENSION: &str = "infolit";

/// Why a pack could not be written or opened.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PackError {
    #[error("{0}")]
    NotACourse(String),
    #[error("{0} cannot be packed: {1}")]
    File(String, String),
    #[error("not an infolit pack: {0}")]
    NotAPack(String),
    #[error("made by a newer infolit (pack version {0}); update infolit to open it")]
    Newer(u32),
    #[error("the pack is damaged or was changed after it was made (its checksum does not match)")]
    Damaged,
}

#[derive(Debug, Serialize, Deserialize)]
struct Pack {
    format: String,
    version: u32,
    files: Vec<PackedFile>,
    checksum: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct PackedFile {
    path: String,
    text: String,
}

fn checksum(files: &[PackedFile]) -> String {
    let mut hash = Sha256::new();
    for file in files {
        hash.update(file.path.as_bytes());
        hash.update([0]);
        hash.update(file.text.len().to_le_bytes());
        hash.update(file.text.as_bytes());
    }
    crate::hex::hex(&hash.finalize())
}

/// The pack of the course in `source`.
///
/// # Errors
/// When the source is not a course, or a file of it cannot be read as text.
pub fn write(course: &CourseSource) -> Result<Vec<u8>, PackError> {
    let entries = source::list(course).map_err(|e| PackError::NotACourse(e.to_string()))?;
    let mut files = Vec::new();
    for entry in entries {
        match entry.content {
            FileContent::Text(text) => files.push(PackedFile { path: entry.rel, text }),
            FileContent::Dir => {}
            FileContent::NotUtf8 { .. } => {
                return Err(PackError::File(entry.rel, "it is not UTF-8 text".into()));
            }
            FileContent::TooLarge(size) => {
                return Err(PackError::File(entry.rel, format!("it is too large ({size} bytes)")));
            }
            FileContent::Unreadable(why) => return Err(PackError::File(entry.rel, why)),
        }
    }
    let checksum = checksum(&files);
    let pack = Pack { format: FORMAT.to_string(), version: VERSION, files, checksum };
    serde_json::to_vec_pretty(&pack).map_err(|e| PackError::NotAPack(e.to_string()))
}

/// The course files of a pack, verified, as a source to load.
///
/// # Errors
/// Not a pack, a newer version, or a checksum that does not match.
pub fn read(bytes: &[u8]) -> Result<CourseSource, PackError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| PackError::NotAPack(e.to_string()))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(PackError::NotAPack(format!("no \"format\": \"{FORMAT}\"")));
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(PackError::Newer(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let pack: Pack = serde_json::from_value(value).map_err(|e| PackError::NotAPack(e.to_string()))?;
    if checksum(&pack.files) != pack.checksum {
        return Err(PackError::Damaged);
    }
    Ok(CourseSource::Memory(pack.files.into_iter().map(|f| (f.path, f.text.into_bytes())).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    #[test]
    fn the_bundled_course_packs_and_opens_the_same() {
        let bytes = write(&CourseSource::Bundled).expect("packed");
        let source = read(&bytes).expect("opened");
        let packed = content::load(&source).expect("a course");
        let bundled = content::load(&CourseSource::Bundled).expect("a course");
        assert!(!packed.has_errors(), "{:?}", packed.diagnostics);
        assert_eq!(packed.course, bundled.course);
    }

    #[test]
    fn a_changed_or_foreign_file_is_refused() {
        let bytes = write(&CourseSource::Bundled).expect("packed");
        let text = String::from_utf8(bytes).expect("JSON");
        let changed = text.replacen("Start here", "Start HERE", 1);
        assert_eq!(read(changed.as_bytes()).err(), Some(PackError::Damaged));
        assert!(matches!(read(b"{\"format\": \"zip\"}"), Err(PackError::NotAPack(_))));
        assert!(matches!(read(b"\x00\x01"), Err(PackError::NotAPack(_))));
        let newer = text.replacen("\"version\": 1", "\"version\": 9", 1);
        assert_eq!(read(newer.as_bytes()).err(), Some(PackError::Newer(9)));
    }
}
