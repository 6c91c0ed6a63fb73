//! Any bytes, read as each kind of course file: the loader must report problems, never panic
//! or overflow the stack.
#![no_main]

use infolit::content::{FileKind, check_file, source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for kind in [FileKind::Workshop, FileKind::Lesson, FileKind::ExerciseBank, FileKind::Glossary] {
        let diagnostics = check_file("fuzz.toml", source::from_bytes(data), kind);
        for diagnostic in &diagnostics {
            let _ = infolit::diagnostic::render(diagnostic);
        }
    }
});
