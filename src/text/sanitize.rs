//! Keeps control characters out of learner-visible text.
//!
//! Lesson files are written by facilitators and may be passed around on USB sticks; a stray
//! (or malicious) ESC byte would otherwise reach the terminal and could clear the screen,
//! change its title or worse. Every text that enters the course model goes through here.

/// Returns `text` with control characters removed: line breaks are kept, a tab becomes four
/// spaces, `\r` is dropped (Windows line endings), everything else in Unicode's `Cc` category
/// (C0, DEL, C1, and so ESC-based escape sequences lose their introducer) is removed.
#[must_use]
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if c.is_control() => {}
            // Bidirectional overrides can make text display in a different order than it is
            // stored; lesson text has no use for them.
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_and_keeps_text() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a[2Jb");
        assert_eq!(sanitize("line\r\nnext"), "line\nnext");
        assert_eq!(sanitize("\u{9b}31m"), "31m");
        assert_eq!(sanitize("tab\there"), "tab    here");
        assert_eq!(sanitize("Perpustakaan Kota Surakarta é ✓"), "Perpustakaan Kota Surakarta é ✓");
    }

    proptest::proptest! {
        #[test]
        fn never_leaves_a_control_character(text in ".*") {
            let clean = sanitize(&text);
            proptest::prop_assert!(clean.chars().all(|c| c == '\n' || !c.is_control()));
        }
    }
}
