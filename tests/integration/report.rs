//! `infolit report`: class reports from participants' bundles, or from this PC.

use crate::util::Test;

fn grade(test: &Test, learner: &str, answer: &str) {
    let output =
        test.clone_args(&["--course", ".", "--learner", learner, "grade", "and-narrows", answer]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
}

#[test]
fn bundles_from_two_pcs_make_one_class_report() {
    // Two lab PCs, one learner each: each hands in a bundle.
    let pc1 = Test::with_course();
    grade(&pc1, "Budi", "a");
    let made = pc1.clone_args(&["--learner", "Budi", "export", "--bundle", "-o", "budi.json"]).run();
    assert_eq!(made.code, 0, "{}", made.stderr);
    let pc2 = Test::with_course();
    grade(&pc2, "Sari", "b");
    grade(&pc2, "Sari", "a");
    pc2.clone_args(&["--learner", "Sari", "export", "--bundle", "-o", "sari.json"]).run();
    std::fs::copy(pc2.root().join("sari.json"), pc1.root().join("sari.json")).expect("handed in");

    let report = pc1.clone_args(&["--course", ".", "report", "budi.json", "sari.json"]).run();
    assert_eq!(report.code, 0, "{}", report.stderr);
    report.assert_stdout_in_order(&[
        "Learners (2)",
        "Budi",
        "100%",
        "Sari",
        "100%",
        "Lessons",
        "search/boolean",
        "Items",
        "and-narrows",
        "2",
        "50%",
    ]);
    let json = pc1.clone_args(&["--course", ".", "report", "--json", "budi.json", "sari.json"]).run();
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let item = &value["items"][0];
    assert_eq!(item["exercise"], "and-narrows");
    assert_eq!(item["facility"], 0.5);
    assert_eq!(item["picks"]["a"], 1);
    assert_eq!(item["picks"]["b"], 1);
    let csv = pc1.clone_args(&["--course", ".", "report", "--csv", "budi.json", "sari.json"]).run();
    assert!(csv.stdout.starts_with("exercise,learners,facility,discrimination,hints_used,median_seconds,picks\r\nand-narrows,2,0.5000,"), "{}", csv.stdout);
}

#[test]
fn a_changed_bundle_is_refused() {
    let test = Test::with_course();
    grade(&test, "Budi", "b");
    test.clone_args(&["--learner", "Budi", "export", "--bundle", "-o", "budi.json"]).run();
    let path = test.root().join("budi.json");
    let bundle = std::fs::read_to_string(&path).expect("bundle");
    std::fs::write(&path, bundle.replace("\"correct\": false", "\"correct\": true")).expect("edited");
    let report = test.clone_args(&["--course", ".", "report", "budi.json"]).run();
    assert_eq!(report.code, 2);
    report.assert_stderr_contains("budi.json: the file was changed or damaged");
    std::fs::write(&path, "{\"schema\": \"other\"}").expect("other file");
    test.clone_args(&["--course", ".", "report", "budi.json"])
        .run()
        .assert_stderr_contains("not an infolit export");
}

#[test]
fn without_files_the_report_covers_this_pc() {
    let test = Test::with_course();
    grade(&test, "Budi", "a");
    let report = test.clone_args(&["--course", ".", "report"]).run();
    assert_eq!(report.code, 0, "{}", report.stderr);
    report.assert_stdout_in_order(&["Learners (1)", "Budi"]);
}

#[test]
fn an_html_report_is_one_printable_page() {
    let test = Test::with_course();
    grade(&test, "Budi", "a");
    let output = test.clone_args(&["--course", ".", "report", "--html", "class.html"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let html = std::fs::read_to_string(test.root().join("class.html")).expect("the page");
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg") && html.contains("Budi"));
    assert!(html.contains("and-narrows"));
}

#[test]
fn the_learning_gain_of_a_bundled_workshop() {
    let test = Test::new();
    let list: serde_json::Value =
        serde_json::from_str(&test.clone_args(&["list", "--json"]).run().stdout).expect("JSON");
    let workshop = list["workshops"]
        .as_array()
        .expect("workshops")
        .iter()
        .find(|w| w["id"] == "copyright")
        .expect("copyright");
    let graded = |lesson: &str| -> Vec<String> {
        workshop["lessons"].as_array().expect("lessons").iter().find(|l| l["id"] == lesson).expect(lesson)["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .filter(|s| s["type"] == "exercise" && !matches!(s["kind"].as_str(), Some("poll" | "survey" | "reflection")))
            .filter_map(|s| s["id"].as_str().map(str::to_string))
            .collect()
    };
    // An export made elsewhere: every pre-test item wrong, every post-test item right.
    let attempt = |id: &str, lesson: &str, right: bool| {
        serde_json::json!({
            "id": 1, "workshop": "copyright", "lesson": lesson, "exercise": id, "exercise_hash": "",
            "answer": "x", "score": if right { 1.0 } else { 0.0 }, "max": 1.0, "correct": right,
            "hints_used": 0, "time_spent_ms": 1000, "started_at": "", "submitted_at": ""
        })
    };
    let mut attempts: Vec<serde_json::Value> =
        graded("copyright-pretest").iter().map(|id| attempt(id, "copyright-pretest", false)).collect();
    attempts.extend(graded("copyright-posttest").iter().map(|id| attempt(id, "copyright-posttest", true)));
    let export = serde_json::json!({
        "schema": "infolit-export", "version": 1, "exported_at": "2026-11-28T10:00:00Z", "pseudonymized": false,
        "learners": [{ "learner": "Budi", "attempts": attempts, "responses": [], "completed_lessons": [], "completed_workshops": [], "hints_shown": 0 }]
    });
    std::fs::write(test.root().join("class.json"), export.to_string()).expect("written");
    let report = test.clone_args(&["report", "class.json"]).run();
    assert_eq!(report.code, 0, "{}", report.stderr);
    report.assert_stdout_in_order(&[
        "Learning gain",
        "copyright",
        "0%",
        "100%",
        "gain +100 points, normalised 1.00  (1 learners)",
    ]);
}
