//! The learner's companion in plain mode: asking the course and opening an answer, the
//! glossary and the terms of a page, and what to study next.

use crate::util::Test;

#[test]
fn a_learner_asks_opens_the_answer_and_reads_a_term() {
    let session = Test::new()
        .args(&["--lang", "en", "--plain", "--learner", "Ani"])
        .run_with_stdin("/ what is a DOI\ngo 2\ng doi\ng nothing-like-it\ng\nq\n");
    assert_eq!(session.code, 0, "{}", session.stderr);
    session.assert_stdout_in_order(&[
        // Home, with the next lesson recommended.
        "What to study next:\n- Next: “Welcome: catalogues and keywords” (Start here).",
        // The answers, numbered, and how to open one.
        "1. Glossary — DOI (Digital Object Identifier)",
        "2. Digital references › ISSN and DOI — DOI: an article's permanent address (step 4)",
        "Type go NUMBER to open that answer.",
        // go 2: the lesson at that step, with the glossary terms the page names.
        "== ISSN and DOI — Step 4 of 7 ==",
        "Terms on this page (g TERM to read one): DOI (Digital Object Identifier)",
        // g doi: the term.
        "== Glossary ==\nDOI (Digital Object Identifier)",
        "Taught in:\n  references/references-issn-doi",
        "No glossary term is called “nothing-like-it”",
        // g: every term.
        "== Glossary ==\n- ",
        "Type g TERM to read one term.",
    ]);
}

#[test]
fn after_a_lesson_the_next_one_is_recommended() {
    let test = Test::new();
    // "Start here" → its first lesson, then through every step to the end.
    let mut input = String::from("1\n1\n");
    input.push_str(&":n\n".repeat(30));
    input.push_str("q\n");
    let session = test.clone_args(&["--lang", "en", "--plain", "--learner", "Ani"]).run_with_stdin(&input);
    assert_eq!(session.code, 0, "{}", session.stderr);
    session.assert_stdout_in_order(&[
        "You finished the lesson “Welcome: catalogues and keywords”.",
        "Next: “Boolean operators: AND, OR, NOT” (Start here).",
    ]);
}
