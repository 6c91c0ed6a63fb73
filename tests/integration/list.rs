//! `infolit list`: the course's structure, as text and as JSON for tools.

use crate::util::{LESSON, Test};

#[test]
fn lists_as_json() {
    let output = Test::with_course().args(&["--course", ".", "list", "--json"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("valid JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "workshops": [{
                "id": "search",
                "title": { "id": "Penelusuran", "en": "Searching" },
                "lessons": [{
                    "id": "boolean",
                    "title": { "id": "Operator Boolean", "en": "Boolean operators" },
                    "minutes": 10,
                    "steps": [
                        { "type": "page", "title": { "id": "AND", "en": "AND" } },
                        { "type": "exercise", "id": "and-narrows", "kind": "choice", "title": { "id": "AND", "en": "AND" } }
                    ]
                }]
            }],
            "exercises": [
                { "id": "and-narrows", "kind": "choice", "title": { "id": "AND", "en": "AND" }, "file": "exercises/bank.toml" }
            ]
        })
    );
}

#[test]
fn lists_as_text_in_the_chosen_language() {
    Test::with_course().args(&["--course", ".", "--lang", "id", "list"]).expect(
        "search  Penelusuran\n  \
         boolean  Operator Boolean  (10 min)\n    \
         1. page      AND\n    \
         2. exercise  and-narrows (choice)  AND\n\
         exercises\n  \
         and-narrows  choice  AND  [exercises/bank.toml]\n",
        0,
    );
}

#[test]
fn the_bundled_course_lists_its_workshops() {
    let output = Test::new().args(&["list", "--json"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("valid JSON");
    let workshops = json["workshops"].as_array().expect("workshops");
    assert!(!workshops.is_empty());
    assert!(workshops.iter().all(|w| w["title"]["id"].is_string() && w["title"]["en"].is_string()));
}

#[test]
fn a_course_with_errors_is_not_listed() {
    let output = Test::with_course()
        .file("lessons/search/boolean.toml", &LESSON.replace("minutes = 10", "minutes = -1"))
        .args(&["--course", ".", "list"])
        .expect("", 1);
    output.assert_stderr_contains("`minutes` must be between 1 and 600, found -1");
    output.assert_stderr_contains("the course has errors");
}
