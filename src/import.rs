//! Importing question banks from other systems as infolit courses. No terminal here: the CLI
//! writes the files these produce and prints their reports.
//!
//! - `gift`: Moodle's GIFT text format, the reverse of `export::gift`.

pub mod gift;
