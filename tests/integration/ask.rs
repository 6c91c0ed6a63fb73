//! `infolit ask` and `--open`: a question answered from the bundled course, and the link it
//! prints opening the lesson at that step.

use crate::util::Test;

#[test]
fn ask_answers_from_the_lessons_with_a_place_to_open() {
    let test = Test::new();
    let answer = test.clone_args(&["--lang", "id", "ask", "Apa itu DOI?"]).run();
    assert_eq!(answer.code, 0, "{}", answer.stderr);
    let lines: Vec<&str> = answer.stdout.lines().collect();
    // The glossary's definition first, then the lesson that teaches it.
    assert!(lines[0].starts_with("1. Glosarium — DOI"), "{}", answer.stdout);
    answer.assert_stdout_contains("buka: infolit glossary doi\n");
    answer.assert_stdout_contains("buka: infolit --open references/references-issn-doi:");
    // The link works: plain mode opens the lesson at that step.
    let link = answer
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("buka: infolit --open "))
        .expect("a link")
        .to_string();
    let opened =
        test.clone_args(&["--lang", "id", "--learner", "Ani", "--open", &link]).run_with_stdin("q\n");
    assert_eq!(opened.code, 0, "{}", opened.stderr);
    let step: usize = link.rsplit(':').next().and_then(|s| s.parse().ok()).expect("a step");
    assert!(opened.stdout.contains(&format!("Langkah {step} dari")), "{}", opened.stdout);

    let json = test.clone_args(&["--lang", "en", "ask", "public domain", "--json", "--limit", "5"]).run();
    let answers: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(answers.len(), 5);
    assert_eq!(answers[0]["passage"]["lang"], "en");
    assert!(
        answers
            .iter()
            .all(|a| a["passage"]["place"]["lesson"].as_str().is_none_or(|l| l.starts_with("copyright-")))
    );
    // A word the lessons do not use, but the glossary knows as another name of a term they
    // do use, still finds them: "plagiarisme" → the lessons on "plagiat".
    let other_name = test.clone_args(&["--lang", "id", "ask", "plagiarisme", "--json"]).run();
    let answers: Vec<serde_json::Value> = serde_json::from_str(&other_name.stdout).expect("JSON");
    assert!(answers.iter().any(|a| a["passage"]["kind"] == "page"), "{answers:?}");
}

#[test]
fn a_question_with_nothing_to_find_says_so_and_bad_links_are_refused() {
    let test = Test::new();
    let nothing = test.clone_args(&["--lang", "en", "ask", "what is it?"]).run();
    assert_eq!(nothing.code, 0);
    assert!(nothing.stdout.starts_with("No part of the lessons matches."), "{}", nothing.stdout);
    for bad in ["search", "search/nope", "starter/welcome:0", "starter/welcome:999"] {
        let refused = test.clone_args(&["--open", bad, "--learner", "Ani"]).run_with_stdin("q\n");
        assert_eq!(refused.code, 2, "{bad}");
        refused.assert_stderr_contains("--open");
    }
}
