//! The cost of keeping progress: recording one attempt with the durability settings in use
//! (WAL, `synchronous = FULL`, a transaction per record), and starting up on a store that
//! already holds 10,000 attempts.
//!
//! `cargo bench --bench progress` prints criterion's estimates, and the median and 99th
//! percentile of 1,000 single recordings.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use infolit::content::{self, CourseSource};
use infolit::lang::Lang;
use infolit::progress::{AttemptRecord, Record, Store};
use infolit::session::{Recorder, Session};
use jiff::Timestamp;

fn attempt(n: usize) -> Record {
    Record::Attempt(AttemptRecord {
        workshop: "starter".into(),
        lesson: "boolean-basics".into(),
        exercise: format!("exercise-{}", n % 40),
        exercise_hash: "0123456789abcdef".into(),
        answer: "a, c".into(),
        score: 0.5,
        max: 1.0,
        correct: false,
        hints_used: 1,
        attempt: 1,
        started_at: Timestamp::UNIX_EPOCH,
        submitted_at: Timestamp::UNIX_EPOCH,
    })
}

#[allow(clippy::print_stdout)] // the percentiles are this benchmark's output
fn record_one_attempt(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open_in(dir.path()).expect("store");
    let learner = store.learner("Budi", Timestamp::UNIX_EPOCH).expect("learner");
    let mut n = 0;
    c.bench_function("record one attempt (WAL, synchronous=FULL)", |b| {
        b.iter(|| {
            n += 1;
            store.record(learner, &attempt(n)).expect("record");
        });
    });
    let mut times: Vec<Duration> = (0..1000)
        .map(|i| {
            let start = Instant::now();
            store.record(learner, &attempt(i)).expect("record");
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "record one attempt, 1000 runs: median {:?}, p99 {:?}, max {:?}",
        times[500], times[990], times[999]
    );
}

fn start_up_with_10_000_attempts(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut store = Store::open_in(dir.path()).expect("store");
        let learner = store.learner("Budi", Timestamp::UNIX_EPOCH).expect("learner");
        for n in 0..10_000 {
            store.record(learner, &attempt(n)).expect("record");
        }
    }
    let course = content::load(&CourseSource::Bundled).expect("course").course;
    c.bench_function("open the store, sign in and summarise, 10,000 attempts", |b| {
        b.iter(|| {
            let mut recorder = Recorder::new(Store::open_in(dir.path()).expect("store"));
            let mut session = Session::new(course.clone(), Lang::Id);
            recorder.sign_in("Budi", Timestamp::UNIX_EPOCH, &mut session).expect("sign in");
            let store = recorder.store();
            let id = store.find_learner("Budi").expect("read").expect("Budi");
            store.summary("Budi", id).expect("summary")
        });
    });
}

criterion_group!(benches, record_one_attempt, start_up_with_10_000_attempts);
criterion_main!(benches);
