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
                    "frames": [],
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

/// The bundled workshops meet the curriculum's shape: at least six lessons of 10–20
/// minutes, at least 30 graded exercises, a pre-test, a post-test and a closing survey.
#[test]
fn the_bundled_workshops_have_the_curriculum_shape() {
    let output = Test::new().args(&["list", "--json"]).run();
    let list: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    for id in ["search", "references", "copyright"] {
        let workshop =
            list["workshops"].as_array().expect("workshops").iter().find(|w| w["id"] == id).expect(id);
        let lessons = workshop["lessons"].as_array().expect("lessons");
        assert!(lessons.len() >= 6, "{id}: {} lessons", lessons.len());
        for lesson in lessons {
            let minutes = lesson["minutes"].as_u64().expect("minutes");
            assert!((10..=20).contains(&minutes), "{id}/{}: {minutes} minutes", lesson["id"]);
        }
        let steps: Vec<&serde_json::Value> = lessons
            .iter()
            .flat_map(|l| l["steps"].as_array().expect("steps"))
            .filter(|s| s["type"] == "exercise")
            .collect();
        let graded = steps
            .iter()
            .filter(|s| !matches!(s["kind"].as_str(), Some("poll" | "survey" | "reflection")))
            .count();
        assert!(graded >= 30, "{id}: {graded} graded exercises");
        assert!(steps.iter().any(|s| s["kind"] == "survey"), "{id}: a closing survey");
        for lesson in lessons {
            let frames = lesson["frames"].as_array().expect("frames");
            assert!(!frames.is_empty(), "{id}/{}: objectives mapped to an ACRL frame", lesson["id"]);
        }
        let ids: Vec<&str> = lessons.iter().filter_map(|l| l["id"].as_str()).collect();
        assert!(ids.first().is_some_and(|l| l.contains("pretest")), "{id}: starts with a pre-test");
        assert!(ids.iter().any(|l| l.contains("posttest")), "{id}: has a post-test");
    }
}
