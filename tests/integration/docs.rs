//! The examples in the documentation are real: every complete TOML example in `docs/` is
//! checked as the file kind it shows.

use infolit::content::{FileKind, check_file, source};

/// The TOML code blocks (fenced with three backticks and `toml`) of a Markdown file.
fn toml_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_start()) {
            (None, fence) if fence.starts_with("```toml") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn every_complete_example_in_the_format_guide_checks_clean() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md"))
        .expect("docs/format.md");
    let mut checked = 0;
    for block in toml_blocks(&guide) {
        let kind = if block.contains("[[exercise]]") {
            FileKind::ExerciseBank
        } else if block.starts_with("format_version") {
            FileKind::Workshop
        } else if block.starts_with("id =") {
            FileKind::Lesson
        } else {
            continue; // a fragment, such as one step
        };
        let diagnostics = check_file("docs/format.md", source::from_bytes(block.as_bytes()), kind);
        let rendered: Vec<String> = diagnostics.iter().map(infolit::diagnostic::render).collect();
        assert!(diagnostics.is_empty(), "{block}\n{}", rendered.join(""));
        checked += 1;
    }
    assert_eq!(checked, 15, "the workshop, lesson and one example per exercise kind");
}
