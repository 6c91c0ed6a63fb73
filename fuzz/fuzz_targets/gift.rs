//! Any text as a GIFT file: the parser reads it or reports located problems, never panics,
//! and the conversion to a course never panics either.
#![no_main]

use infolit::import::gift::{convert, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let file = parse::parse(text);
    let lines = text.lines().count().max(1);
    for problem in &file.problems {
        assert!(problem.pos.line >= 1 && problem.pos.line <= lines + 1, "{problem}");
    }
    let _ = convert::convert(&file, "fuzz.gift");
});
