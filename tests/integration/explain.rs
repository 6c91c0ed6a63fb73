//! `infolit explain`: every code of `check`, explained with an example that the real checker
//! is run on.

use crate::util::Test;

#[test]
fn a_code_is_explained_with_the_message_check_gives_for_its_example() {
    let output = Test::new().args(&["explain", "IL0201"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "IL0201 (error): unknown key",
        "infolit does not know",
        "Example: a lesson file, lessons/search/boolean.toml",
        "titel = \"Boolean operators\"",
        "infolit check says:",
        "lessons/search/boolean.toml:2:1: error[IL0201]: unknown key `titel` in a lesson",
        "did you mean `title`?",
        "Fixed:",
        "title = \"Boolean operators\"",
    ]);
}

#[test]
fn codes_are_matched_in_any_case() {
    let output = Test::new().args(&["explain", "il0705"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_contains("error[IL0705]: example answer `b` is graded incorrect");
}

#[test]
fn a_problem_between_files_is_explained_with_a_small_course() {
    let output = Test::new().args(&["explain", "IL0302"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "Example: a course with these files",
        "exercises/more.toml:",
        "exercises/more.toml:4:6: error[IL0302]: duplicate exercise id `narrow`",
        "it is first defined at exercises/search.toml:4:6",
        "Fixed (the files that change):",
        "exercises/more.toml: removed",
    ]);
}

#[test]
fn a_problem_that_is_not_in_a_file_is_described() {
    let output = Test::new().args(&["explain", "IL0103"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_contains("Example: A folder named intro.toml");
    output
        .assert_stdout_contains("lessons/search/intro.toml: error[IL0103]: expected a file, found a folder");
}

#[test]
fn without_a_code_every_code_is_listed() {
    let output = Test::new().args(&["explain"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "IL0101  error    the file is empty",
        "IL0208  warning  a text missing in one language",
        "IL0705  error    an example graded differently from what it says",
        "For one code in detail: infolit explain CODE",
    ]);
}

#[test]
fn an_unknown_code_is_a_usage_error_with_the_closest_code() {
    let output = Test::new().args(&["explain", "IL0210"]).run();
    assert_eq!(output.code, 2);
    output.assert_stderr_contains("unknown code `IL0210`; did you mean `IL0201`?");
    let output = Test::new().args(&["explain", "nope"]).run();
    assert_eq!(output.code, 2);
    assert_eq!(output.stdout, "");
    output.assert_stderr_contains("unknown code `nope`; run `infolit explain` to list every code");
}

#[test]
fn a_code_from_check_can_be_looked_up() {
    let output = Test::with_course()
        .file("lessons/search/boolean.toml", "")
        .args(&["check", "--format", "json", "."])
        .run();
    let report: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    let code = report["diagnostics"][0]["code"].as_str().expect("a code").to_string();
    assert_eq!(code, "IL0101");
    let output = Test::new().args(&["explain", &code]).run();
    assert_eq!(output.code, 0);
    output.assert_stdout_contains("lessons/search/boolean.toml: error[IL0101]: the file is empty");
}
