//! Reading course files, from a folder on disk or from the course bundled into the binary.
//!
//! This is the only place in the core that reads the file system. It lists what a course
//! folder holds and reads each file defensively: a file that is too large, not UTF-8, or a
//! folder where a file should be, becomes a [`FileContent`] value that the loader reports,
//! never an error that stops loading.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Course files larger than this are refused unread: real lessons are a few kilobytes, and a
/// huge file is a mistake (a PDF saved as `.toml`) that would only make `check` slow.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

include!(concat!(env!("OUT_DIR"), "/bundled_course.rs"));

/// Where a course comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CourseSource {
    /// The course compiled into the binary from the repository's `lessons/` and `exercises/`.
    Bundled,
    /// A course folder on disk.
    Dir(PathBuf),
    /// Files held in memory: (path relative to the course root, bytes). For tests and tools
    /// that build a course without writing it to disk.
    Memory(Vec<(String, Vec<u8>)>),
}

/// One entry of a course: a path relative to the course root (always with `/`) and what is
/// there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub rel: String,
    pub content: FileContent,
}

/// What was found at a course path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileContent {
    Text(String),
    /// The bytes are not UTF-8; `valid_up_to` bytes were, and the text up to there is kept so
    /// the problem can be located by line and column.
    NotUtf8 {
        valid_prefix: String,
    },
    /// A folder (where the loader expects a folder, or where it expects a file).
    Dir,
    TooLarge(u64),
    Unreadable(String),
}

/// The entries of a course: `lessons/<workshop>/` folders and their files, and
/// `exercises/*.toml`. `Err` when the folder is not a course at all.
pub fn list(source: &CourseSource) -> Result<Vec<Entry>, NotACourse> {
    match source {
        CourseSource::Bundled => Ok(BUNDLED
            .iter()
            .map(|(rel, bytes)| Entry { rel: (*rel).to_string(), content: decode(bytes) })
            .collect()),
        CourseSource::Dir(root) => list_dir(root),
        CourseSource::Memory(files) => {
            Ok(files.iter().map(|(rel, bytes)| Entry { rel: rel.clone(), content: decode(bytes) }).collect())
        }
    }
}

/// The folder given as a course has neither `lessons/` nor `exercises/`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path} is not a course folder: it has no `lessons` or `exercises` folder")]
pub struct NotACourse {
    pub path: String,
}

/// Whether `dir` looks like a course root.
#[must_use]
pub fn is_course_root(dir: &Path) -> bool {
    dir.join("lessons").is_dir() || dir.join("exercises").is_dir()
}

fn list_dir(root: &Path) -> Result<Vec<Entry>, NotACourse> {
    if !is_course_root(root) {
        return Err(NotACourse { path: root.display().to_string() });
    }
    let mut entries = Vec::new();
    for workshop in sorted_children(&root.join("lessons")) {
        let name = file_name(&workshop);
        if workshop.is_dir() {
            entries.push(Entry { rel: format!("lessons/{name}"), content: FileContent::Dir });
            for file in sorted_children(&workshop) {
                if is_toml(&file) {
                    entries.push(Entry {
                        rel: format!("lessons/{name}/{}", file_name(&file)),
                        content: read(&file),
                    });
                }
            }
        } else if is_toml(&workshop) {
            entries.push(Entry { rel: format!("lessons/{name}"), content: read(&workshop) });
        }
    }
    for file in sorted_children(&root.join("exercises")) {
        if is_toml(&file) {
            entries.push(Entry { rel: format!("exercises/{}", file_name(&file)), content: read(&file) });
        }
    }
    for file in sorted_children(&root.join("exercises").join("catalog")) {
        if is_toml(&file) {
            entries
                .push(Entry { rel: format!("exercises/catalog/{}", file_name(&file)), content: read(&file) });
        }
    }
    Ok(entries)
}

fn sorted_children(dir: &Path) -> Vec<PathBuf> {
    let mut children: Vec<PathBuf> = fs::read_dir(dir)
        .map(|read| read.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    children.sort();
    children
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
}

/// Reads one file defensively (see [`FileContent`]).
#[must_use]
pub fn read(path: &Path) -> FileContent {
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) => return FileContent::Unreadable(error.to_string()),
    };
    if metadata.is_dir() {
        return FileContent::Dir;
    }
    if metadata.len() > MAX_FILE_BYTES {
        return FileContent::TooLarge(metadata.len());
    }
    let mut bytes = Vec::new();
    // `take` guards against a file that grows between the size check and the read.
    match fs::File::open(path).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)) {
        Ok(_) if bytes.len() as u64 > MAX_FILE_BYTES => FileContent::TooLarge(bytes.len() as u64),
        Ok(_) => decode(&bytes),
        Err(error) => FileContent::Unreadable(error.to_string()),
    }
}

/// The content of a file given as bytes (the bundled course, fuzzers, tests).
#[must_use]
pub fn from_bytes(bytes: &[u8]) -> FileContent {
    decode(bytes)
}

/// UTF-8 text with a leading byte-order mark removed (Windows Notepad writes one).
fn decode(bytes: &[u8]) -> FileContent {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => FileContent::Text(text.to_string()),
        Err(error) => FileContent::NotUtf8 {
            valid_prefix: String::from_utf8_lossy(&bytes[..error.valid_up_to()]).into_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(decode(b"\xEF\xBB\xBFid = 1"), FileContent::Text("id = 1".into()));
    }

    #[test]
    fn keeps_the_valid_prefix_of_invalid_utf8() {
        assert_eq!(
            decode(b"id = 1\nx = \"\xFF\""),
            FileContent::NotUtf8 { valid_prefix: "id = 1\nx = \"".into() }
        );
    }

    #[test]
    fn the_bundled_course_is_embedded() {
        let entries = list(&CourseSource::Bundled).expect("bundled course");
        assert!(entries.iter().any(|e| e.rel.ends_with("/workshop.toml")));
    }
}
