//! Any text as a catalogue query: the parser reads it or reports a located mistake, never
//! panics; what it reads prints as a query that reads the same.
#![no_main]

use infolit::search::query::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match parse(text) {
        Ok(query) => {
            let printed = query.to_string();
            assert_eq!(parse(&printed).ok(), Some(query), "{printed}");
        }
        Err(error) => assert!(error.span.end <= text.len()),
    }
});
