//! The examples in the documentation are real: every TOML code block in `docs/*.md` (and in
//! `README.md`) says what it is, and is checked as that.
//!
//! A TOML block opens with three backticks, `toml` and a kind:
//!
//! - `toml workshop`, `toml lesson`, `toml exercises` (an exercise bank), `toml catalog`,
//!   `toml glossary`: a
//!   whole file, checked with [`check_file`] as that [`FileKind`]; it must give no diagnostic at
//!   all, not even a warning.
//! - `toml fragment`: a piece shown out of context. It must parse as TOML. A fragment that is
//!   steps (it starts with `[[step]]`) is checked fully inside a minimal lesson, and one that is
//!   exercises (it starts with `[[exercise]]`) inside an exercise bank.
//!
//! A block that is only `toml`, or names another kind, fails the test with its file and line, so
//! a new example cannot slip through unchecked.

use std::fmt::Write as _;
use std::path::Path;

use infolit::content::{FileKind, check_file, source};

/// The least number of TOML blocks each file must have checked, so the test cannot pass by
/// finding nothing (a renamed file, fences the parser no longer sees). Files not listed may
/// have any number, including none.
const AT_LEAST: [(&str, usize); 3] = [
    // The workshop, the lesson, one example per exercise kind, the step of two languages and
    // the glossary.
    ("docs/format.md", 17),
    // The tutorial's three files and two tips, in each language; one example per exercise
    // kind (13) and a catalogue file.
    ("docs/authoring.md", 24),
    // The workshop with a pre-test and a post-test, in each language.
    ("docs/facilitator.md", 2),
];

/// What a TOML block's info string says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    File(FileKind),
    Fragment,
}

/// One TOML code block of a Markdown file.
#[derive(Debug)]
struct Block {
    /// The line of the opening fence, counting from 1.
    line: usize,
    /// The info string after the three backticks, e.g. `toml lesson`.
    info: String,
    /// The block's text, without the fence's indentation.
    text: String,
}

/// The TOML code blocks (fenced with three backticks and an info string that starts with
/// `toml`) of a Markdown file.
fn toml_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<(Block, usize)> = None;
    let mut in_other_fence = false;
    for (index, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if let Some((block, block_indent)) = &mut current {
            if trimmed.trim_end() == "```" {
                blocks.push(current.take().expect("a block is open").0);
            } else {
                let cut = line.len() - line.trim_start().len();
                block.text.push_str(&line[cut.min(*block_indent)..]);
                block.text.push('\n');
            }
            continue;
        }
        let Some(info) = trimmed.strip_prefix("```") else { continue };
        if in_other_fence {
            // The closing fence of a block in another language.
            in_other_fence = !info.trim().is_empty();
            continue;
        }
        let info = info.trim();
        if info.split_whitespace().next() == Some("toml") {
            current = Some((Block { line: index + 1, info: info.to_string(), text: String::new() }, indent));
        } else {
            in_other_fence = true;
        }
    }
    blocks
}

/// The kind a block's info string names, or why it names none.
fn block_kind(info: &str) -> Result<BlockKind, String> {
    let words: Vec<&str> = info.split_whitespace().collect();
    match words.as_slice() {
        ["toml", "workshop"] => Ok(BlockKind::File(FileKind::Workshop)),
        ["toml", "lesson"] => Ok(BlockKind::File(FileKind::Lesson)),
        ["toml", "exercises"] => Ok(BlockKind::File(FileKind::ExerciseBank)),
        ["toml", "catalog"] => Ok(BlockKind::File(FileKind::Catalog)),
        ["toml", "glossary"] => Ok(BlockKind::File(FileKind::Glossary)),
        ["toml", "fragment"] => Ok(BlockKind::Fragment),
        ["toml"] => Err(
            "says only `toml`: add what it is (workshop, lesson, exercises, catalog, glossary or fragment)"
                .into(),
        ),
        _ => Err(format!(
            "`{info}` names no kind this test knows: use `toml workshop`, `toml lesson`, `toml exercises`, \
             `toml catalog`, `toml glossary` or `toml fragment`"
        )),
    }
}

/// The head of the lesson a fragment of steps is checked in.
const LESSON_HEAD: &str =
    "id = \"fragment\"\ntitle = \"Fragment\"\nminutes = 10\nobjectives = [\"Fragment.\"]\n\n";

/// The head of the exercise bank a fragment of exercises is checked in.
const BANK_HEAD: &str = "format_version = 1\n\n";

/// Checks one block; every problem found, rendered. The line numbers of a fragment checked
/// inside a lesson or a bank count the lines of the head put before it, which the label says.
fn check_block(label: &str, kind: BlockKind, text: &str) -> Vec<String> {
    let (kind, head, container) = match kind {
        BlockKind::File(kind) => (kind, "", ""),
        BlockKind::Fragment => {
            if let Err(error) = text.parse::<toml::Table>() {
                return vec![format!("not TOML: {error}")];
            }
            match text.trim_start() {
                steps if steps.starts_with("[[step]]") => (FileKind::Lesson, LESSON_HEAD, "lesson"),
                exercises if exercises.starts_with("[[exercise]]") => {
                    (FileKind::ExerciseBank, BANK_HEAD, "bank")
                }
                _ => return Vec::new(),
            }
        }
    };
    let label = if head.is_empty() {
        label.to_string()
    } else {
        format!("{label}, inside a {container} whose head adds {} lines", head.matches('\n').count())
    };
    let text = format!("{head}{text}");
    check_file(&label, source::from_bytes(text.as_bytes()), kind)
        .iter()
        .map(infolit::diagnostic::render)
        .collect()
}

/// Every Markdown file the test reads: `docs/*.md` and `README.md`, relative to the crate.
fn markdown_files(root: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|entry| entry.expect("an entry of docs/").path())
        .filter(|path| path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("md")))
        .map(|path| format!("docs/{}", path.file_name().expect("a file name").to_string_lossy()))
        .collect();
    files.sort();
    files.push("README.md".to_string());
    files
}

#[test]
fn every_toml_example_in_the_docs_names_its_kind_and_checks_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = String::new();
    let mut checked = Vec::new();
    for file in markdown_files(root) {
        let markdown = std::fs::read_to_string(root.join(&file)).expect("a Markdown file");
        let mut count = 0;
        for block in toml_blocks(&markdown) {
            let kind = match block_kind(&block.info) {
                Ok(kind) => kind,
                Err(why) => {
                    writeln!(problems, "{file}:{}: a TOML block {why}", block.line).expect("a String");
                    continue;
                }
            };
            let label = format!("{file} (the block at line {})", block.line);
            let found = check_block(&label, kind, &block.text);
            if !found.is_empty() {
                writeln!(problems, "{file}:{}: ```{}\n{}", block.line, block.info, found.join(""))
                    .expect("a String");
            }
            count += 1;
        }
        checked.push((file, count));
    }
    for (file, least) in AT_LEAST {
        let count = checked.iter().find(|(name, _)| name == file).map_or(0, |(_, count)| *count);
        if count < least {
            writeln!(problems, "{file}: {count} TOML blocks checked, expected at least {least}")
                .expect("a String");
        }
    }
    assert!(problems.is_empty(), "{problems}");
}

#[test]
fn blocks_are_found_with_their_lines_kinds_and_indentation() {
    let markdown = "text\n\n```toml lesson\nid = \"a\"\n```\n\n```text\n```toml\n```\n\n  ```toml fragment\n  \
                    [[step]]\n  page = \"\"\"\n  x\"\"\"\n  ```\n\n```toml\nx = 1\n```\n";
    let blocks = toml_blocks(markdown);
    let found: Vec<(usize, &str, &str)> =
        blocks.iter().map(|b| (b.line, b.info.as_str(), b.text.as_str())).collect();
    assert_eq!(
        found,
        [
            (3, "toml lesson", "id = \"a\"\n"),
            (11, "toml fragment", "[[step]]\npage = \"\"\"\nx\"\"\"\n"),
            (17, "toml", "x = 1\n"),
        ]
    );
    assert_eq!(block_kind("toml exercises"), Ok(BlockKind::File(FileKind::ExerciseBank)));
    assert_eq!(block_kind("toml glossary"), Ok(BlockKind::File(FileKind::Glossary)));
    assert!(block_kind("toml").is_err());
    assert!(block_kind("toml lessons").is_err());
}

#[test]
fn a_broken_fragment_is_reported() {
    assert_eq!(
        check_block("x", BlockKind::Fragment, "title = { id = \"a\", en = \"b\" }\n"),
        Vec::<String>::new()
    );
    assert!(
        check_block("x", BlockKind::Fragment, "title = \n")
            .first()
            .is_some_and(|p| p.starts_with("not TOML"))
    );
    // A step is checked inside a lesson: an unknown key is found.
    let step = check_block("x", BlockKind::Fragment, "[[step]]\npaeg = \"x\"\n");
    assert!(step.iter().any(|p| p.contains("unknown key `paeg`")), "{step:?}");
    // An exercise is checked inside a bank.
    let exercise = "[[exercise]]\nid = \"a\"\nkind = \"choise\"\nprompt = \"?\"\n";
    assert!(!check_block("x", BlockKind::Fragment, exercise).is_empty());
}
