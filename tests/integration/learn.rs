//! The learning session in plain mode, driven through stdin as a screen-reader user or a
//! script would.

use crate::util::Test;

#[test]
fn a_whole_lesson_in_plain_mode() {
    let output = Test::with_course()
        .args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .stdin("1\n1\n\nh\n2\n1\n\nq\n")
        .expect(
            "\n== infolit — information literacy training ==\n\
             Workshops:\n\
             1. Searching (1 lessons)\n\
             Type a workshop's number and press Enter.\n\
             b: back, l: Bahasa Indonesia, ?: help, q: quit\n\
             What to study next:\n\
             - Next: “Boolean operators” (Searching).\n\
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
             Try again.\n\
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
             1. Boolean operators (10 min) ✓\n\
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
        .args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .stdin("1\nl\nq\n")
        .run();
    assert_eq!(output.code, 0);
    output.assert_stdout_contains("Bahasa: Bahasa Indonesia");
    output.assert_stdout_contains("== Penelusuran ==\nBelajar mencari.");
    output.assert_stdout_contains("Ketik nomor pelajaran lalu Enter.");
}

#[test]
fn the_language_follows_the_locale() {
    let output = Test::with_course().args(&["--course", ".", "--learner", "Budi"]).stdin("q\n").run();
    assert!(output.stdout.contains("Workshops:"), "LANG=C gives English: {}", output.stdout);
}

#[test]
fn wrong_input_gets_a_clear_message() {
    let output = Test::with_course()
        .args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .stdin("7\nfoo\n?\n")
        .run();
    assert_eq!(output.code, 0, "end of input ends the session");
    output.assert_stdout_contains("There is no number 7.");
    output.assert_stdout_contains("Unknown command: foo");
    output.assert_stdout_contains("Commands: a number = choose");
}

#[test]
fn plain_mode_uses_no_escape_sequences() {
    let output =
        Test::new().args(&["--plain", "--learner", "Budi"]).stdin("1\n1\n\n\n\n\n\nl\n\n\nq\n").run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert!(!output.stdout.contains('\u{1b}'), "{:?}", output.stdout);
}

#[test]
fn a_course_with_errors_is_refused() {
    let output = Test::with_course()
        .file("exercises/bank.toml", "format_version = 1\n[[exercise]]\nid = 3\n")
        .args(&["--course", "."])
        .expect("", 1);
    output.assert_stderr_contains("exercises/bank.toml:2:1: error[IL0202]: missing key `kind`");
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

#[test]
fn typed_and_multiple_answers_in_plain_mode() {
    let output = Test::with_kinds()
        .args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .stdin("1\n2\n:h\nor\nANF\n\n70\n80\n\n1 3\n1,2\n:q\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let expected_in_order = [
        "Exercise:\nWhich operator narrows?\n\nHints available: 1 (:h)\n\
         Type your answer and press Enter. Commands start with a colon: :h hint, :n skip, :b back, :q quit.\n> ",
        "Hint 1:\nIntersection.",
        "Your answer: or\nNot quite.\nOR broadens.",
        "Your answer: ANF\nCorrect!\nScore: 0.75 of 1\nAccepted, but check the spelling: “AND”.\nYes.\n\nHints used: 1 (−0.25 points).",
        "== Kinds — Step 2 of 3 ==",
        "Attempts left: 2",
        "Your answer: 70\nNot quite.\nToo low.\nAttempts left: 1\nTry again.",
        "Your answer: 80\nNot quite.\nToo high.\nThe correct answer: 75\nExplanation:\n120 − 45 = 75.",
        "== Kinds — Step 3 of 3 ==",
        "Type the numbers of every correct answer, separated by spaces (e.g. 1 3), and press Enter.",
        "Your answer: 1. laut; 3. plastik\nNot quite.\nYou picked 1 of the 2 correct answers.\nWrong picks: 1.",
        "Your answer: 1. laut; 2. pesisir\nCorrect!",
        "Goodbye!",
    ];
    output.assert_stdout_in_order(&expected_in_order);
}

#[test]
fn ordering_and_matching_in_plain_mode() {
    let output = Test::new()
        .args(&[
            "--course",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course"),
            "--lang",
            "en",
            "--learner",
            "Budi",
        ])
        .stdin("1\n1\n:n\n:n\n:n\n:n\n:n\n1 2\n4 3 1 2\n1 2 4 3\n\n1b 2c\n1b 2d 3a\nq\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let expected_in_order = [
        "== Every kind — Step 6 of 9 ==",
        "1. Judge the results\n2. Combine them with operators\n3. Choose keywords\n4. State the question\n",
        "Type the items' numbers in the right order, e.g. 3 1 2, and press Enter.",
        "Place every item exactly once.",
        "Your answer: State the question → Choose keywords → Judge the results → Combine them with operators\n\
         Not quite.\nScore: 0.67 of 1\nThe longest run already in the right order: 3 of 4 items.\nTry again.\n\
         1. State the question\n2. Choose keywords\n3. Judge the results\n4. Combine them with operators\n",
        "Your answer: State the question → Choose keywords → Combine them with operators → Judge the results\nCorrect!",
        "== Every kind — Step 7 of 9 ==",
        "1. AND\n2. OR\n3. NOT\na. excludes\nb. narrows\nc. sorts the results\nd. broadens\n",
        "Your answer: 1b (AND → narrows); 2c (OR → sorts the results)\nNot quite.\nScore: 0.33 of 1\nPairs right: 1 of 3.",
        "Your answer: 1b (AND → narrows); 2d (OR → broadens); 3a (NOT → excludes)\nCorrect!",
    ];
    output.assert_stdout_in_order(&expected_in_order);
}

#[test]
fn a_cloze_in_plain_mode() {
    let output = Test::new()
        .args(&[
            "--course",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course"),
            "--lang",
            "en",
            "--learner",
            "Budi",
        ])
        .stdin("1\n1\n:n\n:n\n:n\n:n\n:n\n:n\n:n\nAND\nOR | c\nAND | or\nq\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let expected_in_order = [
        "== Every kind — Step 8 of 9 ==",
        "The operator [1: ____] narrows the results, while [2: ____] broadens them.\n\nGap 2: a. AND  b. OR  c. NOT\n",
        "Type each gap's value, separated by | (e.g. AND | b), and press Enter.",
        "Type each gap's value, separated by | (e.g. AND | b), and press Enter.",
        "Your answer: OR | c\nNot quite.\nLook again at gap 1, 2.",
        "Your answer: AND | or\nCorrect!",
    ];
    output.assert_stdout_in_order(&expected_in_order);
}

#[test]
fn asks_who_is_learning_and_resumes_where_they_stopped() {
    let test = Test::with_course().args(&["--course", ".", "--lang", "en"]);
    let first = test.run_with_stdin("\nSari\n1\n1\n\nq\n");
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.starts_with("== Who are you? ==\nType your number, or a new name, and press Enter.\n> Type a name.\n> Welcome, Sari!\n"),
        "{}",
        first.stdout
    );
    first.assert_stdout_contains("== Boolean operators — Step 2 of 2 ==");
    // Next time Sari is on the list, and comes back to the step she was on.
    let second = test.run_with_stdin("1\nq\n");
    assert!(second.stdout.starts_with("== Who are you? ==\n1. Sari\n"), "{}", second.stdout);
    let after_welcome = second.stdout.split("Welcome, Sari!").nth(1).unwrap_or_default();
    assert!(
        after_welcome.trim_start().starts_with("== Boolean operators — Step 2 of 2 =="),
        "{}",
        second.stdout
    );
}

#[test]
fn answers_are_recorded_for_the_learner() {
    let test = Test::with_course().args(&["--course", ".", "--lang", "en", "--learner", "Budi"]);
    test.run_with_stdin("1\n1\n\n2\n1\n\nq\n");
    let progress =
        Test::with_course().args(&["--course", ".", "progress", "--learner", "budi", "--json"]).run_in(&test);
    assert_eq!(progress.code, 0, "{}", progress.stderr);
    let json: serde_json::Value = serde_json::from_str(&progress.stdout).expect("JSON");
    assert_eq!(json[0]["learner"], "Budi");
    assert_eq!(json[0]["attempts"], 2);
    assert_eq!(json[0]["correct"], 1);
    assert_eq!(json[0]["lessons_done"], 1);
}

#[test]
fn polls_surveys_and_reflections_are_recorded_not_graded() {
    let course = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");
    let test = Test::new().args(&["--course", course, "--lang", "en", "--learner", "Budi"]);
    let output = test.run_with_stdin("1\n2\n2\n\n4 | | Lebih banyak contoh\n\n\n\n:q\n");
    assert_eq!(output.code, 0, "{}", output.stderr);
    let thanks = output.stdout.matches("Thank you! Your answer was recorded for the facilitator.").count();
    assert_eq!(thanks, 2, "{}", output.stdout);
    output.assert_stdout_contains("Thank you for your feedback.");
    let progress =
        Test::new().args(&["--course", course, "--learner", "Budi", "progress", "--json"]).run_in(&test);
    let json: serde_json::Value = serde_json::from_str(&progress.stdout).expect("JSON");
    assert_eq!(json[0]["responses"], 3, "the poll, and two of the survey's three questions");
    assert_eq!(json[0]["attempts"], 0);
    let graded = Test::new().args(&["--course", course, "grade", "poll", "1"]).run();
    assert_eq!(graded.code, 2);
    graded.assert_stderr_contains("polls, surveys and reflections are not graded");
}

#[test]
fn a_query_exercise_in_plain_mode() {
    let output = Test::new()
        .args(&[
            "--course",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course"),
            "--lang",
            "en",
            "--learner",
            "Budi",
        ])
        .stdin("1\n1\n:n\n:n\n:n\n:n\n:n\n:n\n:n\n:n\nsu:\"information literacy\" NOT lang:id\nsu:\"information literacy\"\n:q\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "== Every kind — Step 9 of 9 ==",
        "Your answer: su:\"information literacy\" NOT lang:id\nNot quite.\nScore: 0.83 of 1",
        "NOT lang:id removed 1 relevant records (they match lang:id).",
        "Your answer: su:\"information literacy\"\nCorrect!\nYour query found 2 records: 2 of the 2 relevant ones.",
    ]);
}

#[test]
fn identifier_exercises_in_plain_mode_show_the_given_identifier() {
    let output = Test::new()
        .args(&[
            "--course",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course"),
            "--lang",
            "en",
            "--learner",
            "Budi",
        ])
        .stdin("1\n3\n2\n7\n\n:q\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "Given — ISBN-10: 979-3062-79-?",
        "Your answer: 2\nNot quite.",
        "ISBN-10: multiply the first nine digits by 10, 9, …, 2",
        "Your answer: 7\nCorrect!",
        "Given — ISSN: 2303-2676",
    ]);
}

#[test]
fn licence_exercises_in_plain_mode_show_the_licences_in_question() {
    let output = Test::new()
        .args(&[
            "--course",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course"),
            "--lang",
            "en",
            "--learner",
            "Budi",
        ])
        .stdin("1\n4\n:n\n:n\nCC BY-NC-SA\n:q\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "Works to combine: CC BY-SA + CC BY-NC",
        "Your answer: CC BY-NC-SA\nNot quite.",
        "The rule (Creative Commons' compatibility chart): BY-SA cannot take on an NC restriction",
    ]);
}
