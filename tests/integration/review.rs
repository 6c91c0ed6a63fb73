//! The review queue end to end: a wrong answer in a lesson, then (with `INFOLIT_NOW` a month
//! on) the review in plain mode, `infolit review` and the Anki export.

use crate::util::Test;

const LESSON_DAY: &str = "2026-03-02T09:00:00Z";
const MONTH_LATER: &str = "2026-04-02T09:00:00Z";

#[test]
fn a_wrong_answer_comes_back_for_review_a_month_later() {
    let test = Test::with_course();
    // Wrong, then right: the exercise is in the queue, not due yet.
    let lesson = test
        .clone_args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .env("INFOLIT_NOW", LESSON_DAY)
        .run_with_stdin("1\n1\n\n2\n1\n\nq\n");
    assert_eq!(lesson.code, 0, "{}", lesson.stderr);
    assert!(!lesson.stdout.contains("to review today"), "{}", lesson.stdout);
    let listing = test
        .clone_args(&["--course", ".", "--lang", "en", "--learner", "Budi", "review"])
        .env("INFOLIT_NOW", LESSON_DAY)
        .run();
    listing.assert_stdout_in_order(&["Budi: nothing to review now", "coming later:", "AND (and-narrows)"]);

    // A month later it is due: listed, exported, and reviewed.
    let later = |args: &[&str]| {
        let mut all = vec!["--course", ".", "--lang", "en", "--learner", "Budi"];
        all.extend_from_slice(args);
        test.clone_args(&all).env("INFOLIT_NOW", MONTH_LATER)
    };
    later(&["review"]).run().assert_stdout_in_order(&["Budi: 1 to review now", "AND (and-narrows)"]);
    let export = later(&["review", "--export", "anki", "deck.txt"]).run();
    assert_eq!(export.code, 0, "{}", export.stderr);
    export.assert_stderr_contains("wrote 1 notes to deck.txt");
    let deck = std::fs::read_to_string(test.root().join("deck.txt")).expect("the deck");
    assert!(deck.starts_with("#separator:tab\n#html:true\n"), "{deck}");
    let notes: Vec<&str> = deck.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        notes,
        [
            "AND<br>Which operator narrows?<br>a. AND<br>b. OR\tThe correct answer: AND<br><br>Explanation:<br>AND is the intersection.\tinfolit infolit::search::boolean"
        ]
    );

    // Signing in resumes the lesson; back twice to the home screen, where the review waits.
    let review = later(&[]).run_with_stdin("b\nb\nr\n1\n\nq\n");
    assert_eq!(review.code, 0, "{}", review.stderr);
    review.assert_stdout_in_order(&[
        "1 to review today: type r and press Enter.",
        "== Boolean operators — Review 1 of 1 ==",
        "Which operator narrows?",
        "Correct!",
        "Review done: 1 exercises. See you at the next one!",
        "Workshops:",
    ]);
    assert!(!review.stdout.contains("Learning objectives"), "a review shows the exercise only");
    let after = review.stdout.rsplit("Review done").next().unwrap_or_default();
    assert!(!after.contains("to review today"), "nothing is due after the review:\n{}", review.stdout);

    // The review was recorded in the exercise's own lesson and moved the card on.
    let json = later(&["review", "--json"]).run();
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["due"].as_array().map(Vec::len), Some(0), "{value}");
    assert_eq!(value["upcoming"][0]["exercise"], "and-narrows");
    assert_eq!(value["upcoming"][0]["reps"], 3);
    assert_eq!(value["upcoming"][0]["lesson"], "boolean");
    let progress = later(&["progress", "--json"]).run();
    assert!(progress.stdout.contains("\"attempts\": 3"), "{}", progress.stdout);
}

#[test]
fn an_empty_queue_is_said_kindly_in_both_languages() {
    let test = Test::with_course();
    let en =
        test.clone_args(&["--course", ".", "--lang", "en", "--learner", "Sari"]).run_with_stdin("r\nq\n");
    en.assert_stdout_contains("Nothing to review today. Well done!");
    let id =
        test.clone_args(&["--course", ".", "--lang", "id", "--learner", "Sari"]).run_with_stdin("r\nq\n");
    id.assert_stdout_contains("Tidak ada yang perlu diulang hari ini. Bagus!");
}

#[test]
fn a_bad_clock_is_refused() {
    let output = Test::with_course()
        .args(&["--course", ".", "--learner", "Budi", "review"])
        .env("INFOLIT_NOW", "next tuesday")
        .run();
    assert_eq!(output.code, 2);
    output.assert_stderr_contains("INFOLIT_NOW=`next tuesday` is not a time");
}
