//! `infolit import gift`: real-world GIFT files and a fixture of every type become courses
//! that `check` accepts, and an export of the course imports to the same questions.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::util::{Output, Test};

/// The shared test-data folder beside the checkout (`INFOLIT_TESTDATA` overrides it); a
/// test without it says why it is skipped.
#[allow(clippy::print_stderr)]
fn testdata() -> Option<PathBuf> {
    let dir = std::env::var_os("INFOLIT_TESTDATA")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/testdata"), PathBuf::from);
    let gift = dir.join("gift");
    if gift.is_dir() {
        Some(gift)
    } else {
        eprintln!("skipped: no GIFT test data in {} (set INFOLIT_TESTDATA)", gift.display());
        None
    }
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gift/all-types.gift")
}

/// The counts the import prints on its `read by type:` line.
fn counts(output: &Output) -> BTreeMap<String, usize> {
    let line = output
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("read by type: "))
        .unwrap_or_else(|| panic!("no counts in:\n{}", output.stdout));
    line.split(", ")
        .map(|part| {
            let (name, n) = part.rsplit_once(' ').expect("name and count");
            (name.to_string(), n.parse().expect("a count"))
        })
        .collect()
}

/// Text as a key: no Markdown escapes or emphasis, white space collapsed, lowercase.
fn norm(text: &str) -> String {
    text.replace(['\\', '*', '_', '`'], "").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn texts(value: Option<&toml::Value>) -> Vec<String> {
    value.and_then(toml::Value::as_array).into_iter().flatten().filter_map(|v| v.as_str().map(norm)).collect()
}

/// Each exercise's answer key, by id, read from the written bank.
fn keys(course: &Path) -> BTreeMap<String, String> {
    let mut keys = BTreeMap::new();
    for entry in std::fs::read_dir(course.join("exercises")).expect("exercises folder") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("bank");
        let bank: toml::Value = toml::from_str(&text).expect("bank TOML");
        for e in bank.get("exercise").and_then(toml::Value::as_array).expect("exercises") {
            let get = |key: &str| e.get(key).cloned();
            let kind = e.get("kind").and_then(toml::Value::as_str).expect("kind");
            let table_list = |key: &str, field: &str| -> Vec<String> {
                e.get(key)
                    .and_then(toml::Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|t| t.get(field).and_then(toml::Value::as_str).map(norm).unwrap_or_default())
                    .collect()
            };
            let key = match kind {
                "choice" => {
                    if let Some(answer) = get("answer") {
                        format!("true/false {answer}")
                    } else {
                        {
                            let right: Vec<String> = e
                                .get("option")
                                .and_then(toml::Value::as_array)
                                .into_iter()
                                .flatten()
                                .filter(|o| o.get("correct").and_then(toml::Value::as_bool) == Some(true))
                                .filter_map(|o| o.get("text").and_then(toml::Value::as_str).map(norm))
                                .collect();
                            format!("choice multiple={:?} right={right:?}", get("multiple"))
                        }
                    }
                }
                "text" => {
                    format!("text {:?} {:?}", table_list("accept", "text"), table_list("accept", "regex"))
                }
                "numeric" => format!(
                    "numeric {:?} {:?} {:?} {:?}",
                    get("answer"),
                    get("tolerance").filter(|t| t.as_float() != Some(0.0)),
                    get("min"),
                    get("max")
                ),
                "match" => format!(
                    "match {:?} {:?} {:?}",
                    table_list("pair", "left"),
                    table_list("pair", "right"),
                    texts(e.get("distractors"))
                ),
                "cloze" => {
                    let gaps = e.get("gap").and_then(toml::Value::as_array).expect("gaps");
                    let gap = &gaps[0];
                    format!(
                        "cloze {:?} {:?} {:?}",
                        texts(gap.get("accept")),
                        texts(gap.get("options")),
                        gap.get("answer").and_then(toml::Value::as_str).map(norm)
                    )
                }
                other => other.to_string(),
            };
            let id = e.get("id").and_then(toml::Value::as_str).expect("id").to_string();
            keys.insert(id, key);
        }
    }
    keys
}

/// Imports `file` into `dir` (inside `test`'s folder), checks it has no errors, and returns the
/// import's output.
fn import_and_check(test: &Test, file: &Path, dir: &str) -> Output {
    let output = test.clone_args(&["import", "gift", file.to_str().expect("a UTF-8 path"), "-o", dir]).run();
    assert_eq!(output.code, 0, "import {}:\n{}\n{}", file.display(), output.stdout, output.stderr);
    let check = test.clone_args(&["check", "--course", dir]).run();
    assert_eq!(check.code, 0, "check {dir}:\n{}\n{}", check.stdout, check.stderr);
    assert!(check.stdout.lines().any(|l| l.starts_with("0 errors")), "{}", check.stdout);
    output
}

/// Import, check, export, import again: the same questions of each type, with the same keys.
/// Descriptions are pages, which the export (a question bank of exercises) does not write.
fn round_trip(file: &Path) -> BTreeMap<String, usize> {
    let test = Test::new();
    let first = import_and_check(&test, file, "first");
    let export = test
        .clone_args(&["--course", "first", "--lang", "en", "export", "--format", "gift", "-o", "first.gift"])
        .run();
    assert_eq!(export.code, 0, "{}", export.stderr);
    assert_eq!(export.stderr, "", "the export left something out");
    let second = import_and_check(&test, &test.root().join("first.gift"), "second");
    let mut before = counts(&first);
    before.remove("description");
    assert_eq!(counts(&second), before, "{}", file.display());
    assert_eq!(keys(&test.root().join("second")), keys(&test.root().join("first")), "{}", file.display());
    counts(&first)
}

fn expected(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|(k, v)| ((*k).to_string(), *v)).collect()
}

#[test]
fn the_fixture_of_every_type_round_trips() {
    let counts = round_trip(&fixture());
    assert_eq!(
        counts,
        expected(&[
            ("multiple choice", 2),
            ("true/false", 2),
            ("short answer", 2),
            ("matching", 1),
            ("numerical", 2),
            ("missing word", 2),
            ("essay", 1),
            ("description", 1),
        ])
    );
}

/// Counted by reading the file: Moodle's 5 multiple choice are 4 plus the missing word
/// "Moodle costs {…} to download"; the empty category holds nothing.
#[test]
fn moodle_s_sample_export_round_trips() {
    let Some(dir) = testdata() else { return };
    let counts = round_trip(&dir.join("qas-editor-all.gift"));
    assert_eq!(
        counts,
        expected(&[
            ("multiple choice", 4),
            ("true/false", 4),
            ("short answer", 4),
            ("matching", 2),
            ("numerical", 4),
            ("missing word", 1),
            ("essay", 2),
            ("description", 1),
        ])
    );
}

/// Four `[markdown]` items without braces: four pages.
#[test]
fn markdown_descriptions_become_pages() {
    let Some(dir) = testdata() else { return };
    let test = Test::new();
    let output = import_and_check(&test, &dir.join("gift-pegjs-markdown.gift"), "course");
    assert_eq!(counts(&output), expected(&[("description", 4)]));
    output.assert_stdout_contains("0 exercises, 4 pages");
    let lesson = std::fs::read_dir(test.root().join("course/lessons/gift-pegjs-markdown"))
        .expect("workshop folder")
        .map(|e| e.expect("entry").path())
        .find(|p| !p.ends_with("workshop.toml"))
        .expect("a lesson");
    let pages = std::fs::read_to_string(lesson).expect("lesson");
    // Hard line breaks (two trailing spaces) and nested lists are kept.
    assert!(pages.contains("multiline2  \nmarkdown"), "{pages}");
    assert!(pages.contains("- item 1\n    - nested item 1\n- item 2"), "{pages}");
}

#[test]
fn the_bundled_course_s_export_imports() {
    let test = Test::new();
    let export = test.clone_args(&["--lang", "en", "export", "--format", "gift", "-o", "bundled.gift"]).run();
    assert_eq!(export.code, 0, "{}", export.stderr);
    let output = import_and_check(&test, &test.root().join("bundled.gift"), "course");
    assert!(!output.stdout.contains("skipped"), "{}", output.stdout);
    assert_eq!(output.stderr, "", "nothing should be lost");
}

#[test]
fn success_writes_a_course_that_runs() {
    let test = Test::new().file("quiz.gift", "::Q:: Which narrows? {=AND ~OR}\n");
    let output = test.clone_args(&["import", "gift", "quiz.gift", "-o", "course"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_contains("imported 1 of 1 questions from quiz.gift into course");
    assert!(test.root().join("course/lessons/quiz/workshop.toml").is_file());
    assert!(test.root().join("course/exercises/quiz.toml").is_file());
    let grade = test.clone_args(&["--course", "course", "grade", "q", "a"]).run();
    assert_eq!(grade.code, 0, "{}", grade.stderr);
    grade.assert_stdout_contains("correct");
}

#[test]
fn a_folder_with_files_is_refused() {
    let test = Test::new().file("quiz.gift", "Q {=a ~b}\n").file("course/notes.txt", "mine");
    let output = test.clone_args(&["import", "gift", "quiz.gift", "-o", "course"]).run();
    assert_eq!(output.code, 1);
    output.assert_stderr_contains("course is not empty; import into a new or empty folder");
    assert_eq!(std::fs::read_to_string(test.root().join("course/notes.txt")).expect("kept"), "mine");
    // An empty folder is fine.
    let test = Test::new().file("quiz.gift", "Q {=a ~b}\n").dir("empty");
    assert_eq!(test.clone_args(&["import", "gift", "quiz.gift", "-o", "empty"]).run().code, 0);
}

#[test]
fn a_file_that_cannot_be_read_is_an_error() {
    let test = Test::new().bytes("latin1.gift", b"Caf\xe9 {=a ~b}\n").dir("folder.gift");
    let missing = test.clone_args(&["import", "gift", "missing.gift", "-o", "course"]).run();
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    missing.assert_stderr_contains("missing.gift: no such file");
    let latin1 = test.clone_args(&["import", "gift", "latin1.gift", "-o", "course"]).run();
    assert_eq!(latin1.code, 1);
    latin1.assert_stderr_contains("latin1.gift is not UTF-8 text");
    let folder = test.clone_args(&["import", "gift", "folder.gift", "-o", "course"]).run();
    assert_eq!(folder.code, 1, "{}", folder.stderr);
    assert!(!test.root().join("course").exists(), "nothing is written");
    let usage = test.clone_args(&["import", "gift", "latin1.gift"]).run();
    assert_eq!(usage.code, 2, "-o is required");
}

#[test]
fn unconvertible_questions_are_reported_by_line() {
    let gift = "::Fine:: ok {=a ~b}\n\n::One pair:: match {=a -> b}\n\n::Open:: text {=a ~b\n\n::Weights:: pick {~%50%a ~%30%b ~%20%c}\n\n::Numbers:: {#=%100%1 =%100%2}\n";
    let test = Test::new().file("bad.gift", gift);
    let output = test.clone_args(&["import", "gift", "bad.gift", "-o", "course"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stderr_contains(
        "bad.gift:3:1: warning: question `One pair` skipped: a matching needs at least 2 pairs, found 1",
    );
    output.assert_stderr_contains("bad.gift:5:15: warning: question skipped: it cannot be read: the answer block opened with `{` is not closed with `}`");
    output.assert_stderr_contains(
        "bad.gift:7:19: warning: the right options' weights (50 %, 30 %, 20 %) become equal shares",
    );
    output.assert_stderr_contains("bad.gift:9:23: warning: the answer 2 (100 %) is left out");
    output.assert_stdout_contains("imported 3 of 5 questions");
    output.assert_stdout_contains("skipped 2 (see the warnings):\n  bad.gift:3:1 One pair (a matching needs at least 2 pairs, found 1)\n  bad.gift:5:15  (it cannot be read");
    let check = test.clone_args(&["check", "--course", "course"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}
