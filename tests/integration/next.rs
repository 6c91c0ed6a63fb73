//! `infolit next`: the next lesson for a new learner, and a lesson to study again once the
//! learner's answers in its frame are weak, with the reason.

use crate::util::Test;

#[test]
fn next_points_at_the_first_lesson_then_back_at_a_weak_one() {
    let test = Test::new();
    let fresh = test.clone_args(&["--lang", "en", "--learner", "Ani", "next"]).run();
    assert_eq!(fresh.code, 0, "{}", fresh.stderr);
    assert_eq!(
        fresh.stdout,
        "What to study next\n- Next: “Welcome: catalogues and keywords” (Start here).\n  infolit --open starter/welcome\n"
    );
    // Wrong answers to the choice exercises of one lesson (grade records them for Ani).
    let list = test.clone_args(&["list", "--json"]).run();
    let course: serde_json::Value = serde_json::from_str(&list.stdout).expect("JSON");
    let lesson = course["workshops"]
        .as_array()
        .and_then(|w| w.iter().find(|w| w["id"] == "starter"))
        .and_then(|w| w["lessons"].as_array())
        .and_then(|l| l.iter().find(|l| l["id"] == "boolean-basics"))
        .expect("starter/boolean-basics")
        .clone();
    let mut wrong = 0;
    for step in lesson["steps"].as_array().expect("steps") {
        if step["kind"] == "choice" {
            let id = step["id"].as_str().expect("id");
            // Find a wrong option without recording (no learner), then record only that one.
            let wrong_option = ["a", "b", "c", "d"].into_iter().find(|option| {
                let graded = test.clone_args(&["grade", "--json", id, option]).run();
                graded.code == 0 && graded.stdout.contains("\"correct\": false")
            });
            if let Some(option) = wrong_option {
                let recorded = test.clone_args(&["--learner", "Ani", "grade", id, option]).run();
                assert_eq!(recorded.code, 0, "{}", recorded.stderr);
                wrong += 1;
            }
        }
    }
    assert!(wrong >= 2, "need two wrong answers to call a frame weak, got {wrong}");
    let weak = test.clone_args(&["--lang", "en", "--learner", "Ani", "next", "--json"]).run();
    let recommended: Vec<serde_json::Value> = serde_json::from_str(&weak.stdout).expect("JSON");
    let review = recommended.iter().find(|r| r["reason"] == "weak").expect("a lesson to study again");
    assert_eq!(review["lesson"], "boolean-basics");
    assert!(
        review["sentence"].as_str().is_some_and(|s| s.starts_with("Your answers in the frame “")),
        "{review}"
    );
    // Whose results: a learner is needed.
    assert_eq!(test.clone_args(&["next"]).run().code, 2);
}
