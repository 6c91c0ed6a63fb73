//! The class report at the size of a large course: 1,000 learners × 200 exercises (10
//! lessons of 20 choice exercises), about 1.5 attempts each (300,000 attempts).
//!
//! `cargo bench --bench report` prints criterion's estimate of `report::build`, and writes
//! the generated export to `target/report-bench.json`. `python3 benches/report_pandas.py
//! target/report-bench.json` computes the same aggregation (learner scores, lesson
//! averages, item facility, discrimination, option picks, median times) with pandas and
//! prints its time, for the side-by-side figure.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use infolit::content::{self, CourseSource};
use infolit::export::data::{Export, LearnerData, SCHEMA, VERSION};
use infolit::progress::StoredAttempt;
use infolit::report;

const LEARNERS: usize = 1000;
const LESSONS: usize = 10;
const PER_LESSON: usize = 20;

/// A course folder with one workshop of `LESSONS` lessons of `PER_LESSON` choice exercises.
fn course_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let lessons = dir.path().join("lessons/bench");
    std::fs::create_dir_all(&lessons).expect("lessons");
    std::fs::create_dir_all(dir.path().join("exercises")).expect("exercises");
    let ids: Vec<String> = (0..LESSONS).map(|l| format!("l{l:02}")).collect();
    std::fs::write(
        lessons.join("workshop.toml"),
        format!("format_version = 1\nid = \"bench\"\ntitle = {{ id = \"Uji\", en = \"Bench\" }}\nlessons = {ids:?}\n"),
    )
    .expect("workshop");
    let mut bank = String::from("format_version = 1\n");
    for (l, id) in ids.iter().enumerate() {
        let mut lesson = format!(
            "id = \"{id}\"\ntitle = {{ id = \"Pelajaran {l}\", en = \"Lesson {l}\" }}\nminutes = 10\nobjectives = [{{ id = \"Uji.\", en = \"Test.\" }}]\n"
        );
        for e in 0..PER_LESSON {
            let exercise = format!("e{l:02}-{e:02}");
            let _ = write!(lesson, "\n[[step]]\nexercise = \"{exercise}\"\n");
            let _ = write!(
                bank,
                "\n[[exercise]]\nid = \"{exercise}\"\nkind = \"choice\"\nprompt = {{ id = \"Soal {exercise}\", en = \"Question {exercise}\" }}\n\
                 [[exercise.option]]\ntext = {{ id = \"A\", en = \"A\" }}\ncorrect = true\n\
                 [[exercise.option]]\ntext = {{ id = \"B\", en = \"B\" }}\n\
                 [[exercise.option]]\ntext = {{ id = \"C\", en = \"C\" }}\n\
                 [[exercise.examples]]\nanswer = \"a\"\nexpect = \"correct\"\n[[exercise.examples]]\nanswer = \"b\"\nexpect = \"incorrect\"\n"
            );
        }
        std::fs::write(lessons.join(format!("{id}.toml")), lesson).expect("lesson");
    }
    std::fs::write(dir.path().join("exercises/bench.toml"), bank).expect("bank");
    dir
}

/// A fixed pseudo-random sequence (64-bit LCG), so every run sees the same class.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn class() -> Export {
    let mut seq = Sequence(2026);
    let mut id = 0;
    let learners = (0..LEARNERS)
        .map(|n| {
            // Stronger and weaker learners: each has a chance of a right first answer.
            let skill = 30 + seq.next(60);
            let mut attempts = Vec::new();
            for l in 0..LESSONS {
                for e in 0..PER_LESSON {
                    let exercise = format!("e{l:02}-{e:02}");
                    let mut right = seq.next(100) < skill;
                    let mut tries = 0;
                    loop {
                        id += 1;
                        tries += 1;
                        let answer = if right {
                            "a"
                        } else if seq.next(2) == 0 {
                            "b"
                        } else {
                            "c"
                        };
                        attempts.push(StoredAttempt {
                            id,
                            workshop: "bench".into(),
                            lesson: format!("l{l:02}"),
                            exercise: exercise.clone(),
                            exercise_hash: String::new(),
                            answer: answer.into(),
                            score: if right { 1.0 } else { 0.0 },
                            max: 1.0,
                            correct: right,
                            hints_used: u32::try_from(seq.next(2)).unwrap_or(0),
                            time_spent_ms: i64::try_from(2000 + seq.next(60_000)).unwrap_or(0),
                            started_at: "2026-11-28T09:00:00Z".into(),
                            submitted_at: "2026-11-28T09:01:00Z".into(),
                        });
                        if right || tries == 3 || seq.next(2) == 0 {
                            break;
                        }
                        right = seq.next(100) < skill + 20;
                    }
                }
            }
            LearnerData {
                learner: format!("learner-{n:04}"),
                attempts,
                responses: Vec::new(),
                completed_lessons: Vec::new(),
                completed_workshops: Vec::new(),
                hints_shown: 0,
                visited: Vec::new(),
            }
        })
        .collect();
    Export {
        schema: SCHEMA.to_string(),
        version: VERSION,
        exported_at: "2026-11-28T10:00:00Z".into(),
        pseudonymized: false,
        learners,
        checksum: None,
    }
}

#[allow(clippy::print_stdout)] // the size of the data is part of this benchmark's output
fn report_1000_learners(c: &mut Criterion) {
    let dir = course_dir();
    let loaded = content::load(&CourseSource::Dir(dir.path().to_path_buf())).expect("course");
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    let course = loaded.course;
    let export = class();
    let attempts: usize = export.learners.iter().map(|l| l.attempts.len()).sum();
    println!("{LEARNERS} learners, {} exercises, {attempts} attempts", LESSONS * PER_LESSON);
    let target = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-bench.json");
    std::fs::write(&target, serde_json::to_vec(&export).expect("JSON")).expect("the export for pandas");
    c.bench_function("report over 1,000 learners × 200 exercises", |b| {
        b.iter(|| black_box(report::build(std::slice::from_ref(&export), &course)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(10));
    targets = report_1000_learners
}
criterion_main!(benches);
