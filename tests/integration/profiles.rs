//! Looking after learners on a shared PC: rename, delete, reset and undo, from the command line.

use crate::util::Test;

fn grade(test: &Test, learner: &str, answer: &str) {
    let output =
        test.clone_args(&["--course", ".", "--learner", learner, "grade", "and-narrows", answer]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
}

fn attempts(test: &Test, learner: &str) -> serde_json::Value {
    let output = test.clone_args(&["--course", ".", "--learner", learner, "progress", "--json"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    json[0]["attempts"].clone()
}

#[test]
fn rename_and_delete_learners() {
    let test = Test::with_course();
    grade(&test, "Budi", "a");
    grade(&test, "Sari", "b");
    assert_eq!(test.clone_args(&["learners"]).run().stdout, "Budi\nSari\n");
    let renamed = test.clone_args(&["learners", "rename", "budi", "Budi Santoso"]).run();
    assert_eq!(renamed.stdout, "renamed budi to Budi Santoso\n");
    assert_eq!(attempts(&test, "Budi Santoso"), 1, "the work follows the new name");
    let taken = test.clone_args(&["learners", "rename", "Sari", "budi santoso"]).run();
    assert_eq!(taken.code, 1);
    taken.assert_stderr_contains("there is already a learner called `budi santoso`");
    let unconfirmed = test.clone_args(&["learners", "delete", "Sari"]).run();
    assert_eq!(unconfirmed.code, 2, "no terminal to confirm on, and no --yes");
    unconfirmed.assert_stderr_contains("add --yes to confirm");
    let deleted = test.clone_args(&["learners", "delete", "Sari", "--yes"]).run();
    assert_eq!(deleted.stdout, "deleted Sari\n");
    assert_eq!(test.clone_args(&["learners"]).run().stdout, "Budi Santoso\n");
}

#[test]
fn reset_and_undo() {
    let test = Test::with_course();
    grade(&test, "Budi", "a");
    grade(&test, "Budi", "b");
    let reset = test
        .clone_args(&["--course", ".", "--learner", "Budi", "reset", "--lesson", "boolean", "--yes"])
        .run();
    assert_eq!(reset.code, 0, "{}", reset.stderr);
    assert_eq!(
        reset.stdout,
        "reset Budi's work in lesson search/boolean: 2 attempts set aside; `infolit reset --learner Budi --undo` brings them back\n"
    );
    assert_eq!(attempts(&test, "Budi"), 0);
    let undo = test.clone_args(&["--learner", "Budi", "reset", "--undo"]).run();
    assert_eq!(undo.stdout, "brought back Budi's work (lesson search/boolean)\n");
    assert_eq!(attempts(&test, "Budi"), 2);
    let nothing = test.clone_args(&["--learner", "Budi", "reset", "--undo"]).run();
    assert_eq!(nothing.stdout, "Budi has no reset to undo\n");
    let unknown = test
        .clone_args(&["--course", ".", "--learner", "Budi", "reset", "--lesson", "boolen", "--yes"])
        .run();
    assert_eq!(unknown.code, 2);
    unknown.assert_stderr_contains("no lesson has the id `boolen`");
}
