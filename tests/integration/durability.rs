//! Progress that is never lost: killed processes, two instances at once, a file that is not
//! ours, and a course that changed under recorded attempts.

use std::process::{Command, Stdio};
use std::time::Duration;

use infolit::progress::Store;

use crate::util::{LESSON, Test};

fn infolit(test: &Test, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_infolit"));
    command
        .args(args)
        .current_dir(test.root())
        .env("INFOLIT_HOME", test.root().join("home"))
        .env("LANG", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

fn stored_attempts(test: &Test, learner: &str) -> usize {
    let store = Store::open_in(&test.root().join("home")).expect("store");
    assert_eq!(store.integrity_check().expect("integrity check"), "ok");
    let id = store.find_learner(learner).expect("read").expect("learner");
    store.attempts(id).expect("attempts").len()
}

#[test]
fn every_acknowledged_answer_survives_kill_9() {
    let test = Test::with_course();
    let args = ["--course", ".", "--learner", "Budi", "grade", "and-narrows", "a"];
    let mut acknowledged = 0;
    let mut started = 0;
    for round in 0..40u64 {
        let mut child = infolit(&test, &args).spawn().expect("start infolit");
        started += 1;
        // Kill at different moments: before the store is open, while it writes, after it printed.
        std::thread::sleep(Duration::from_micros((round * 1_999) % 40_000));
        let _ = child.kill();
        let output = child.wait_with_output().expect("wait");
        if String::from_utf8_lossy(&output.stdout).starts_with("correct: score 1 of 1") {
            acknowledged += 1;
        }
    }
    let stored = stored_attempts(&test, "Budi");
    assert!(stored >= acknowledged, "{stored} stored, {acknowledged} acknowledged");
    assert!(stored <= started);
}

#[test]
fn two_instances_at_once_keep_both_learners_answers() {
    let test = Test::with_course();
    std::thread::scope(|scope| {
        for answer in ["a", "b"] {
            let test = &test;
            scope.spawn(move || {
                for _ in 0..15 {
                    let output = infolit(
                        test,
                        &["--course", ".", "--learner", "Budi", "grade", "and-narrows", answer],
                    )
                    .output()
                    .expect("run infolit");
                    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
                }
            });
        }
    });
    assert_eq!(stored_attempts(&test, "Budi"), 30);
}

#[test]
fn a_file_that_is_not_ours_is_refused_and_never_overwritten() {
    let test =
        Test::with_course().file("home/progress.sqlite3", "my thesis draft, saved under the wrong name");
    let output = test.clone_args(&["--course", ".", "--learner", "Budi", "--plain"]).run();
    assert_eq!(output.code, 1);
    output.assert_stderr_contains("progress.sqlite3 is not an infolit progress file; it was left untouched");
    let kept = std::fs::read_to_string(test.root().join("home/progress.sqlite3")).expect("read");
    assert_eq!(kept, "my thesis draft, saved under the wrong name");
}

#[test]
fn attempts_at_exercises_the_course_no_longer_has_are_kept_and_reported() {
    let test = Test::with_course();
    let output = infolit(&test, &["--course", ".", "--learner", "Budi", "grade", "and-narrows", "a"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(0));
    // The author renames the exercise.
    let renamed = Test::with_course()
        .file("exercises/bank.toml", &crate::util::BANK.replace("and-narrows", "and-narrows-v2"))
        .file("lessons/search/boolean.toml", &LESSON.replace("and-narrows", "and-narrows-v2"));
    std::fs::copy(renamed.root().join("exercises/bank.toml"), test.root().join("exercises/bank.toml"))
        .expect("copy");
    std::fs::copy(
        renamed.root().join("lessons/search/boolean.toml"),
        test.root().join("lessons/search/boolean.toml"),
    )
    .expect("copy");
    let progress = infolit(&test, &["--course", ".", "--learner", "Budi", "progress"]).output().expect("run");
    let report = String::from_utf8_lossy(&progress.stdout);
    assert!(
        report.contains("Budi: 0 of 1 lessons done, 0 of 1 exercises answered (0 correct), 1 attempts"),
        "{report}"
    );
    assert!(report.contains("attempts at exercises no longer in the course (kept): and-narrows"), "{report}");
    assert_eq!(stored_attempts(&test, "Budi"), 1);
}

#[test]
fn doctor_reports_a_healthy_store_and_explains_a_foreign_one() {
    let test = Test::with_course();
    let fresh = test.clone_args(&["--course", ".", "doctor"]).run();
    assert_eq!(fresh.code, 0);
    fresh.assert_stdout_contains("ok: no progress recorded yet");
    assert_eq!(
        infolit(&test, &["--course", ".", "--learner", "Budi", "grade", "and-narrows", "a"])
            .output()
            .expect("run")
            .status
            .code(),
        Some(0)
    );
    let healthy = test.clone_args(&["--course", ".", "doctor"]).run();
    assert_eq!(healthy.code, 0, "{}", healthy.stdout);
    healthy.assert_stdout_contains(
        "ok: integrity check passed\nok: progress format version 4\nok: 1 learners\n",
    );
    std::fs::write(test.root().join("home/progress.sqlite3"), "not a database").expect("write");
    let foreign = test.clone_args(&["--course", ".", "doctor"]).run();
    assert_eq!(foreign.code, 1);
    foreign.assert_stdout_contains(
        "what to do: this file belongs to something else: move it out of the data folder",
    );
}
