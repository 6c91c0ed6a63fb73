//! Any text as lesson Markdown: rendering is total and lets no control character through.
#![no_main]

use infolit::text::render_markdown;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = render_markdown(text);
    for line in &doc.lines {
        assert!(!line.text().chars().any(char::is_control), "{line:?}");
    }
});
