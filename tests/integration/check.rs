//! `infolit check`: one broken course per test, each asserting the exact diagnostic an author
//! sees and the exit code.

use crate::util::{BANK, LESSON, Test};

const LESSON_PATH: &str = "lessons/search/boolean.toml";
const WORKSHOP_PATH: &str = "lessons/search/workshop.toml";
const BANK_PATH: &str = "exercises/bank.toml";

#[test]
fn a_valid_course_passes() {
    Test::with_course().args(&["check", "."]).expect("0 errors, 0 warnings in 3 files\n", 0);
}

#[test]
fn the_bundled_course_passes() {
    let output = Test::new().args(&["check"]).run();
    assert_eq!(output.code, 0, "{}", output.stdout);
    assert!(output.stdout.starts_with("0 errors, 0 warnings in "), "{}", output.stdout);
}

#[test]
fn syntax_error() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace(r"minutes = 10", r#"minutes = "10"#))
        .args(&["check", "."])
        .expect(
            "lessons/search/boolean.toml:3:14: error[IL0106]: invalid basic string, expected `\"`\n    \
             3 | minutes = \"10\n      |              ^\n\
             1 error, 0 warnings in 3 files\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn wrong_type() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = \"ten\""))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:3:11: error[IL0203]: wrong type: found string \"ten\", expected i64\n    \
             3 | minutes = \"ten\"\n      |           ^^^^^\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn unknown_key_with_a_suggestion() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = 10\nobjectivs = []"))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:4:1: error[IL0201]: unknown key `objectivs` in a lesson\n    \
             4 | objectivs = []\n      | ^^^^^^^^^ did you mean `objectives`?\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn unknown_key_in_a_nested_table() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace("correct = true", "corect = true"))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:13:1: error[IL0201]: unknown key `corect`\n    \
             13 | corect = true\n       | ^^^^^^ did you mean `correct`?\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn duplicate_exercise_ids() {
    let second_bank = BANK.replace("text = \"AND\"", "text = \"DAN\"");
    Test::with_course()
        .file("exercises/more.toml", &second_bank)
        .args(&["check", "exercises/more.toml"])
        .expect(
            "exercises/more.toml:4:6: error[IL0302]: duplicate exercise id `and-narrows`\n    \
             4 | id = \"and-narrows\"\n      |      ^^^^^^^^^^^^^ it is first defined at exercises/bank.toml:4:6\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn dangling_exercise_reference() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("exercise = \"and-narrows\"", "exercise = \"and-narow\""))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:11:12: error[IL0303]: no exercise has the id `and-narow`\n    \
             11 | exercise = \"and-narow\"\n       |            ^^^^^^^^^^^ did you mean `and-narrows`?\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn lesson_listed_but_missing() {
    Test::with_course()
        .file(WORKSHOP_PATH, &crate::util::WORKSHOP.replace(r#"["boolean"]"#, r#"["boolean", "phrases"]"#))
        .args(&["check", "."])
        .expect(
            "lessons/search/workshop.toml:5:23: error[IL0304]: lesson `phrases` is listed but lessons/search/phrases.toml does not exist\n    \
             5 | lessons = [\"boolean\", \"phrases\"]\n      |                       ^^^^^^^^^ create lessons/search/phrases.toml\n\
             1 error, 0 warnings in 3 files\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn lesson_id_differs_from_its_file_name() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace(r#"id = "boolean""#, r#"id = "boolean-logic""#))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:1:6: error[IL0306]: lesson id `boolean-logic` does not match its file name `boolean.toml`\n    \
             1 | id = \"boolean-logic\"\n      |      ^^^^^^^^^^^^^^^ set `id = \"boolean\"` or rename the file to `boolean-logic.toml`\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn empty_file() {
    Test::with_course().file(LESSON_PATH, "\n  \n").args(&["check", LESSON_PATH]).expect(
        "lessons/search/boolean.toml: error[IL0101]: the file is empty\n    \
         = a lesson file needs `id`, `title`, `minutes`, `objectives` and `[[step]]` tables\n\
         1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
        1,
    );
}

#[test]
fn invalid_utf8() {
    Test::with_course()
        .bytes(LESSON_PATH, b"id = \"boolean\"\ntitle = \"Bool\xe9an\"\n")
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:2:14: error[IL0102]: the file is not valid UTF-8 text here\n    \
             2 | title = \"Bool\n      |              ^ save the file with the UTF-8 encoding\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_30_megabyte_file_is_refused_unread() {
    let huge = format!("{LESSON}\n# {}\n", "x".repeat(30_000_000));
    Test::with_course().file(LESSON_PATH, &huge).args(&["check", LESSON_PATH]).expect(
        "lessons/search/boolean.toml: error[IL0104]: the file is 30.0 MB; course files may be at most 4 MB\n\
         1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
        1,
    );
}

#[test]
fn deeply_nested_arrays_do_not_overflow_the_stack() {
    let nested = format!("{LESSON}\nextra = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let output = Test::with_course().file(LESSON_PATH, &nested).args(&["check", LESSON_PATH]).run();
    assert_eq!(output.code, 1, "{}{}", output.stdout, output.stderr);
    assert!(output.stdout.starts_with("lessons/search/boolean.toml:13:"), "{}", output.stdout);
    output.assert_stdout_contains("error[IL0106]: values are nested too deeply");
    assert!(output.stdout.lines().all(|l| l.chars().count() < 200), "long source lines are cut");
}

#[test]
fn a_folder_where_a_file_is_expected() {
    Test::with_course().dir("lessons/search/intro.toml").args(&["check", "."]).expect(
        "lessons/search/intro.toml: error[IL0103]: expected a file, found a folder\n    \
         = course files are `.toml` files; rename or move this folder\n\
         1 error, 0 warnings in 4 files\nFor more on a problem: infolit explain CODE\n",
        1,
    );
}

#[test]
fn a_missing_language_is_a_warning() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace(r#"title = { id = "Operator Boolean", en = "Boolean operators" }"#, r#"title = { id = "Operator Boolean" }"#))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:2:9: warning[IL0208]: `title` has no English (`en`) text; Indonesian is shown instead\n    \
             2 | title = { id = \"Operator Boolean\" }\n      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^ add `en = \"…\"`\n\
             0 errors, 1 warning in 1 file\nFor more on a problem: infolit explain CODE\n",
            0,
        );
}

#[test]
fn an_unknown_language() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace(r#"en = "Boolean operators""#, r#"eng = "Boolean operators""#))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:2:9: error[IL0201]: unknown language `eng`; texts are written in `id` (Bahasa Indonesia) and `en` (English)\n    \
             2 | title = { id = \"Operator Boolean\", eng = \"Boolean operators\" }\n      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_newer_format_version() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace("format_version = 1", "format_version = 2"))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:1:18: error[IL0108]: this file is written in format version 2, but this infolit reads version 1\n    \
             1 | format_version = 2\n      |                  ^ update infolit to read it\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_choice_without_a_correct_option() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace("correct = true\n", ""))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:3:1: error[IL0504]: no option is marked `correct = true`\n    \
             3 | [[exercise]]\n      | ^^^^^^^^^^^^ mark the right options with `correct = true`\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn an_unknown_exercise_kind() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace(r#"kind = "choice""#, r#"kind = "choise""#))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:5:8: error[IL0205]: unknown exercise kind `choise`\n    \
             5 | kind = \"choise\"\n      |        ^^^^^^^^ did you mean `choice`?\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_step_with_both_a_page_and_an_exercise() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("exercise = \"and-narrows\"", "exercise = \"and-narrows\"\npage = \"x\""))
        .args(&["check", LESSON_PATH])
        .expect(
            "lessons/search/boolean.toml:11:12: error[IL0410]: a step is either a `page` or an `exercise`, not both\n    \
             11 | exercise = \"and-narrows\"\n       |            ^^^^^^^^^^^^^ split it into two `[[step]]` tables\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_missing_key_in_a_nested_table() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace("text = \"OR\"\n", ""))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:16:1: error[IL0202]: missing key `text`\n    \
             16 | [[exercise.option]]\n       | ^^^^^^^^^^^^^^^^^^^\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn an_invalid_id() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace(r#"id = "and-narrows""#, r#"id = "And Narrows""#))
        .file(LESSON_PATH, &LESSON.replace(r#"exercise = "and-narrows""#, r#"exercise = "And Narrows""#))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:4:6: error[IL0301]: invalid id `And Narrows`: an id must start with a lowercase letter or a digit\n    \
             4 | id = \"And Narrows\"\n      |      ^^^^^^^^^^^^^ for example `and-narrows`\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn every_problem_of_a_course_at_once() {
    let output = Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = 0\ntitel = \"x\""))
        .file(BANK_PATH, &BANK.replace(r#"kind = "choice""#, r#"kind = "essay""#))
        .args(&["check"])
        .args(&["."])
        .run();
    assert_eq!(output.code, 1);
    let headlines: Vec<&str> = output.stdout.lines().filter(|l| l.contains(": error[")).collect();
    assert_eq!(
        headlines,
        [
            "exercises/bank.toml:5:8: error[IL0205]: unknown exercise kind `essay`",
            "lessons/search/boolean.toml:3:11: error[IL0204]: `minutes` must be between 1 and 600, found 0",
            "lessons/search/boolean.toml:4:1: error[IL0201]: unknown key `titel` in a lesson",
            "lessons/search/boolean.toml:12:12: error[IL0303]: no exercise has the id `and-narrows`",
        ]
    );
}

#[test]
fn a_lone_file_outside_any_course() {
    // The typo is reported once: not also as a missing `minutes`.
    Test::new()
        .file("draft.toml", &LESSON.replace("minutes = 10", "minuts = 10"))
        .args(&["check", "draft.toml"])
        .expect(
            "draft.toml:3:1: error[IL0201]: unknown key `minuts` in a lesson\n    \
         3 | minuts = 10\n      | ^^^^^^ did you mean `minutes`?\n\
         1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn checking_from_inside_the_course_folder() {
    Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = 1000"))
        .in_dir("lessons/search")
        .args(&["check", "boolean.toml"])
        .expect(
            "boolean.toml:3:11: error[IL0204]: `minutes` must be between 1 and 600, found 1000\n    \
             3 | minutes = 1000\n      |           ^^^^\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn a_path_that_does_not_exist_is_a_usage_error() {
    let output = Test::new().args(&["check", "nowhere"]).expect("", 2);
    assert_eq!(output.stderr, "infolit: no such file or folder: nowhere\n");
}

#[test]
fn a_folder_that_is_not_a_course_is_a_usage_error() {
    let output = Test::new().dir("photos").args(&["check", "photos"]).expect("", 2);
    output.assert_stderr_contains("photos is not a course folder");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let output = Test::new().args(&["check", "--colour"]).expect("", 2);
    output.assert_stderr_contains("unexpected argument '--colour'");
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let output = Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = 10\n\u{1b}]0;pwned\u{7} = 1"))
        .args(&["check", LESSON_PATH])
        .run();
    assert_eq!(output.code, 1);
    assert!(!output.stdout.contains('\u{1b}') && !output.stdout.contains('\u{7}'), "{:?}", output.stdout);
}

#[test]
fn a_wrong_example_fails_at_its_line() {
    Test::with_course()
        .file(BANK_PATH, &BANK.replace("answer = \"b\"\nexpect = \"incorrect\"", "answer = \"b\"\nexpect = \"correct\""))
        .args(&["check", BANK_PATH])
        .expect(
            "exercises/bank.toml:25:10: error[IL0705]: example answer `b` is graded incorrect (score 0 of 1), but the example says `expect = \"correct\"`\n    \
             25 | answer = \"b\"\n       |          ^^^ fix the answer key, or the example\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn an_invalid_regular_expression() {
    Test::with_kinds()
        .file("exercises/kinds.toml", &crate::util::KINDS_BANK.replace("text = \"AND\"", "regex = \"(AND\""))
        .args(&["check", "exercises/kinds.toml"])
        .expect(
            "exercises/kinds.toml:12:9: error[IL0506]: invalid regular expression: unclosed group\n    \
             12 | regex = \"(AND\"\n       |         ^^^^^^ the syntax is that of Rust's `regex` crate; `\\\\` writes one backslash in TOML\n\
             1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn an_exercise_without_examples_is_a_warning() {
    let bank = BANK.split("[[exercise.examples]]").next().unwrap_or_default().to_string();
    Test::with_course().file(BANK_PATH, &bank).args(&["check", BANK_PATH]).expect(
        "exercises/bank.toml:4:6: warning[IL0701]: exercise `and-narrows` has no examples\n    \
         4 | id = \"and-narrows\"\n      |      ^^^^^^^^^^^^^ add `[[exercise.examples]]` with a right and a wrong answer, so `check` can test the answer key\n\
         0 errors, 1 warning in 1 file\nFor more on a problem: infolit explain CODE\n",
        0,
    );
}

#[test]
fn the_course_with_every_kind_passes() {
    Test::with_kinds().args(&["check", "."]).expect("0 errors, 0 warnings in 5 files\n", 0);
}

#[test]
fn diagnostics_as_json_for_tools() {
    let output = Test::with_course()
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = \"ten\""))
        .args(&["check", ".", "--format", "json"])
        .run();
    assert_eq!(output.code, 1);
    let report: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(report["errors"], 1);
    assert_eq!(report["files"], 3);
    let first = &report["diagnostics"][0];
    assert_eq!(first["code"], "IL0203");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["path"], LESSON_PATH);
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(3), Some(11)), "{first}");
    assert_eq!(first["message"], "wrong type: found string \"ten\", expected i64");
}

#[test]
fn an_unknown_acrl_frame_gets_the_closest_one() {
    Test::with_course()
        .file(
            LESSON_PATH,
            &LESSON.replace("minutes = 10", "minutes = 10\nframes = [\"information-has-values\"]"),
        )
        .args(&["check", "."])
        .run()
        .assert_stdout_contains("did you mean `information-has-value`?");
}

#[test]
fn every_diagnostic_names_its_code_and_the_summary_says_how_to_look_it_up() {
    let output = Test::with_course()
        .file(BANK_PATH, &BANK.replace("kind = \"choice\"", "kind = \"choice\"\npenalty = 0.5"))
        .file(LESSON_PATH, &LESSON.replace("minutes = 10", "minutes = 10\ntitel = \"x\""))
        .args(&["check", "."])
        .run();
    assert_eq!(output.code, 1, "{}", output.stdout);
    output.assert_stdout_contains(
        "exercises/bank.toml:6:11: warning[IL0502]: `penalty` only applies when `multiple = true`",
    );
    output.assert_stdout_contains(
        "lessons/search/boolean.toml:4:1: error[IL0201]: unknown key `titel` in a lesson",
    );
    assert!(
        output
            .stdout
            .ends_with("1 error, 1 warning in 3 files\nFor more on a problem: infolit explain CODE\n"),
        "{}",
        output.stdout
    );
}

#[test]
fn warnings_alone_also_point_to_explain_and_pass() {
    let output = Test::with_course()
        .file(
            LESSON_PATH,
            &LESSON.replace(
                "minutes = 10",
                "minutes = 10\nframes = [\"research-as-inquiry\", \"research-as-inquiry\"]",
            ),
        )
        .args(&["check", "."])
        .run();
    assert_eq!(output.code, 0, "{}", output.stdout);
    output.assert_stdout_contains("warning[IL0408]: the frame `research-as-inquiry` is listed twice");
    output.assert_stdout_contains("For more on a problem: infolit explain CODE");
}

#[test]
fn mastery_is_a_share_of_the_points() {
    let workshop = format!("{}mastery = 1.5\n", crate::util::WORKSHOP);
    let output = Test::with_course().file(WORKSHOP_PATH, &workshop).args(&["check", "."]).run();
    assert_eq!(output.code, 1);
    output.assert_stdout_contains(
        "lessons/search/workshop.toml:6:11: error[IL0204]: `mastery` must be more than 0 and at most 1, found 1.5",
    );
    let fine = format!("{}mastery = 0.7\n", crate::util::WORKSHOP);
    Test::with_course()
        .file(WORKSHOP_PATH, &fine)
        .args(&["check", "."])
        .expect("0 errors, 0 warnings in 3 files\n", 0);
}
