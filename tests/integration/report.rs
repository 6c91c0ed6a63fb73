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
