//! The learning session in plain mode, driven through stdin as a screen-reader user or a
//! script would.

use crate::util::Test;

#[test]
fn a_whole_lesson_in_plain_mode() {
    let output = Test::with_course()
        .args(&["--course", ".", "--lang", "en"])
        .stdin("1\n1\n\nh\n2\n1\n\nq\n")
        .expect(
            "\n== infolit — information literacy training ==\n\
             Workshops:\n\
             1. Searching (1 lessons)\n\
             Type a workshop's number and press Enter.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             > \n\
             == Searching ==\n\
             Learn to search.\n\
             \n\
             Lessons:\n\
             1. Boolean operators (10 min)\n\
             Type a lesson's number and press Enter.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             > \n\
             == Boolean operators — Step 1 of 2 ==\n\
             Learning objectives (10 min):\n\
             - Use AND.\n\
             \n\
             AND\n\
             \n\
             AND narrows.\n\
             \n\
             Enter or n: next, p: previous.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             > \n\
             == Boolean operators — Step 2 of 2 ==\n\
             Exercise: AND\n\
             Which operator narrows?\n\
             \n\
             1. AND\n\
             2. OR\n\
             Hints available: 1 (h)\n\
             Type the number of your answer and press Enter. h: hint, n: skip.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             > Hint 1:\n\
             Intersection.\n\
             \n\
             > Your answer: 2. OR\n\
             Not quite.\n\
             OR broadens.\n\
             \n\
             Try again: pick another answer.\n\
             > Your answer: 1. AND\n\
             Correct!\n\
             Yes.\n\
             \n\
             Explanation:\n\
             AND is the intersection.\n\
             \n\
             Enter or n: next, p: previous.\n\
             > You finished the lesson “Boolean operators”.\n\
             \n\
             == Searching ==\n\
             Learn to search.\n\
             \n\
             Lessons:\n\
             1. Boolean operators (10 min)\n\
             Type a lesson's number and press Enter.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             > Goodbye!\n",
            0,
        );
    assert_eq!(output.stderr, "");
}

#[test]
fn the_language_switch_changes_lesson_and_interface_text() {
    let output = Test::with_course()
        .args(&["--course", ".", "--lang", "en"])
        .stdin("1\nl\nq\n")
        .run();
    assert_eq!(output.code, 0);
    output.assert_stdout_contains("Bahasa: Bahasa Indonesia");
    output.assert_stdout_contains("== Penelusuran ==\nBelajar mencari.");
    output.assert_stdout_contains("Ketik nomor pelajaran lalu Enter.");
}

#[test]
fn the_language_follows_the_locale() {
    let output = Test::with_course()
        .args(&["--course", "."])
        .stdin("q\n")
        .run();
    assert!(
        output.stdout.contains("Workshops:"),
        "LANG=C gives English: {}",
        output.stdout
    );
}

#[test]
fn wrong_input_gets_a_clear_message() {
    let output = Test::with_course()
        .args(&["--course", ".", "--lang", "en"])
        .stdin("7\nfoo\n?\n")
        .run();
    assert_eq!(output.code, 0, "end of input ends the session");
    output.assert_stdout_contains("There is no number 7.");
    output.assert_stdout_contains("Unknown command: foo");
    output.assert_stdout_contains("Commands: a number = choose");
}

#[test]
fn plain_mode_uses_no_escape_sequences() {
    let output = Test::new()
        .args(&["--plain"])
        .stdin("1\n1\n\n\n\n\n\nl\n\n\nq\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(!output.stdout.contains('\u{1b}'), "{:?}", output.stdout);
}

#[test]
fn a_course_with_errors_is_refused() {
    let output = Test::with_course()
        .file(
            "exercises/bank.toml",
            "format_version = 1\n[[exercise]]\nid = 3\n",
        )
        .args(&["--course", "."])
        .expect("", 1);
    output.assert_stderr_contains("exercises/bank.toml:2:1: error: missing key `kind`");
    output.assert_stderr_contains("run `infolit check`");
}

#[test]
fn a_missing_course_folder_is_a_usage_error() {
    let output = Test::new().args(&["--course", "nowhere"]).expect("", 2);
    assert_eq!(
        output.stderr,
        "infolit: nowhere is not a course folder: it has no `lessons` or `exercises` folder\n"
    );
}
