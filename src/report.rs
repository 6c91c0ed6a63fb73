//! Class reports for facilitators: what the group learned, and which questions misled
//! people. Built from exports (`crate::export::data::Export`) and the course, with no
//! terminal here; the CLI prints them as tables or CSV.
//!
//! - learners: completion (lessons gone through), score (the average best score over the
//!   graded exercises tried), time spent;
//! - lessons: the average grade per lesson over the learners who tried it;
//! - items, per exercise: the facility index (the share of learners whose first answer was
//!   right), the discrimination index (facility in the top 27 % of learners by score minus
//!   facility in the bottom 27 %), how often each option was picked (for choice
//!   exercises), hints used and the median time to answer;
//! - polls and surveys: how many learners gave each response;
//! - learning gain, for workshops with a pre-test and a post-test.
//!
//! `html` writes the report as one printable page with SVG charts.

pub mod html;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::content::{Course, Step};
use crate::exercise::ExerciseKind;
use crate::export::data::{Export, LearnerData};
use crate::progress::StoredAttempt;

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassReport {
    pub learners: Vec<LearnerRow>,
    pub lessons: Vec<LessonRow>,
    pub items: Vec<ItemRow>,
    pub responses: Vec<ResponseRow>,
    /// Workshops with a pre-test and a post-test: what the group learned.
    pub gains: Vec<GainRow>,
}

/// The learning gain of one workshop, over the learners who took both tests.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GainRow {
    pub workshop: String,
    pub learners: usize,
    /// Average scores (0 to 1) on the pre-test and the post-test.
    pub pre: f64,
    pub post: f64,
    /// `post - pre`.
    pub gain: f64,
    /// Hake's normalised gain, `(post - pre) / (1 - pre)`: the share of what there was to
    /// learn that was learned; `None` when the pre-test was already perfect.
    pub normalized: Option<f64>,
}

/// One learner.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerRow {
    pub learner: String,
    /// Lessons gone through, of all lessons in the course.
    pub lessons_completed: usize,
    pub lessons_total: usize,
    /// The average best score (0 to 1) over the graded exercises tried.
    pub score: f64,
    pub exercises_tried: usize,
    /// Seconds spent answering, over all attempts.
    pub seconds: f64,
}

/// One lesson.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonRow {
    pub workshop: String,
    pub lesson: String,
    /// Learners who tried at least one of its exercises.
    pub learners: usize,
    /// Their average grade (0 to 1): the mean of best scores over its graded exercises.
    pub average: f64,
}

/// One exercise.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemRow {
    pub exercise: String,
    /// Learners who answered it.
    pub learners: usize,
    /// The share of them whose first answer was right.
    pub facility: f64,
    /// Facility in the top 27 % of learners minus facility in the bottom 27 %; `None` with
    /// fewer than four learners, where the groups would be too small to mean anything.
    pub discrimination: Option<f64>,
    /// For choice exercises: how often each option (`a`, `b`, …) was picked in first answers.
    pub picks: BTreeMap<String, usize>,
    pub hints_used: u32,
    /// The median time to a first answer, in seconds.
    pub median_seconds: f64,
}

/// How many learners gave one response to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResponseRow {
    pub exercise: String,
    pub question: usize,
    pub response: String,
    pub count: usize,
}

/// What every part of the report needs of each learner, computed once: the best score of
/// each graded exercise, and the first answer and most hints of each exercise.
struct Prepared<'a> {
    learners: Vec<&'a LearnerData>,
    best: Vec<HashMap<&'a str, f64>>,
    first: Vec<HashMap<&'a str, (&'a StoredAttempt, u32)>>,
}

impl<'a> Prepared<'a> {
    fn new(exports: &'a [Export], course: &Course) -> Prepared<'a> {
        let ungraded: HashSet<&str> =
            course.exercises.iter().filter(|e| !e.kind.is_graded()).map(|e| e.id.as_str()).collect();
        let learners: Vec<&LearnerData> = exports.iter().flat_map(|e| &e.learners).collect();
        let mut best = Vec::with_capacity(learners.len());
        let mut first = Vec::with_capacity(learners.len());
        for learner in &learners {
            let mut scores: HashMap<&str, f64> = HashMap::new();
            let mut firsts: HashMap<&str, (&StoredAttempt, u32)> = HashMap::new();
            for a in learner.attempts.iter().filter(|a| !ungraded.contains(a.exercise.as_str())) {
                let fraction = if a.max > 0.0 { a.score / a.max } else { 0.0 };
                let entry = scores.entry(a.exercise.as_str()).or_insert(0.0);
                *entry = entry.max(fraction);
                firsts
                    .entry(a.exercise.as_str())
                    .and_modify(|(_, hints)| *hints = (*hints).max(a.hints_used))
                    .or_insert((a, a.hints_used));
            }
            best.push(scores);
            first.push(firsts);
        }
        Prepared { learners, best, first }
    }
}

/// Builds the report of `exports` (several files, or one) against `course`.
#[must_use]
pub fn build(exports: &[Export], course: &Course) -> ClassReport {
    let prepared = Prepared::new(exports, course);
    let lessons_total: usize = course.workshops.iter().map(|w| w.lessons.len()).sum();

    let learner_rows: Vec<LearnerRow> = prepared
        .learners
        .iter()
        .zip(&prepared.best)
        .map(|(l, best)| {
            #[allow(clippy::cast_precision_loss)]
            let score = if best.is_empty() { 0.0 } else { best.values().sum::<f64>() / best.len() as f64 };
            #[allow(clippy::cast_precision_loss)]
            let seconds = l.attempts.iter().map(|a| a.time_spent_ms.max(0) as f64 / 1000.0).sum();
            LearnerRow {
                learner: l.learner.clone(),
                lessons_completed: l.completed_lessons.len(),
                lessons_total,
                score,
                exercises_tried: best.len(),
                seconds,
            }
        })
        .collect();

    let mut lesson_rows = Vec::new();
    for workshop in &course.workshops {
        for lesson in &workshop.lessons {
            let ids = lesson_exercises(course, &workshop.id, &lesson.id);
            if ids.is_empty() {
                continue;
            }
            let mut lesson_grades = Vec::new();
            for best in &prepared.best {
                if ids.iter().any(|id| best.contains_key(id)) {
                    #[allow(clippy::cast_precision_loss)]
                    let grade = ids.iter().map(|id| best.get(id).copied().unwrap_or(0.0)).sum::<f64>()
                        / ids.len() as f64;
                    lesson_grades.push(grade);
                }
            }
            #[allow(clippy::cast_precision_loss)]
            let average = if lesson_grades.is_empty() {
                0.0
            } else {
                lesson_grades.iter().sum::<f64>() / lesson_grades.len() as f64
            };
            lesson_rows.push(LessonRow {
                workshop: workshop.id.clone(),
                lesson: lesson.id.clone(),
                learners: lesson_grades.len(),
                average,
            });
        }
    }

    ClassReport {
        learners: learner_rows,
        lessons: lesson_rows,
        items: items(&prepared, course),
        responses: responses(&prepared.learners),
        gains: gains(&prepared, course),
    }
}

/// The graded exercises of a lesson.
fn lesson_exercises<'c>(course: &'c Course, workshop: &str, lesson: &str) -> Vec<&'c str> {
    course
        .workshops
        .iter()
        .filter(|w| w.id == workshop)
        .flat_map(|w| &w.lessons)
        .filter(|l| l.id == lesson)
        .flat_map(|l| &l.steps)
        .filter_map(|s| match s {
            Step::Exercise(i) => course.exercises.get(*i),
            Step::Page(_) => None,
        })
        .filter(|e| e.kind.is_graded())
        .map(|e| e.id.as_str())
        .collect()
}

fn gains(prepared: &Prepared<'_>, course: &Course) -> Vec<GainRow> {
    let mut rows = Vec::new();
    for workshop in &course.workshops {
        let (Some(pre_id), Some(post_id)) = (&workshop.pretest, &workshop.posttest) else { continue };
        let pre_items = lesson_exercises(course, &workshop.id, pre_id);
        let post_items = lesson_exercises(course, &workshop.id, post_id);
        if pre_items.is_empty() || post_items.is_empty() {
            continue;
        }
        // A test counts for a learner who answered every one of its items.
        let score = |best: &HashMap<&str, f64>, items: &[&str]| -> Option<f64> {
            #[allow(clippy::cast_precision_loss)]
            items
                .iter()
                .map(|i| best.get(i).copied())
                .sum::<Option<f64>>()
                .map(|sum| sum / items.len() as f64)
        };
        let pairs: Vec<(f64, f64)> = prepared
            .best
            .iter()
            .filter_map(|best| score(best, &pre_items).zip(score(best, &post_items)))
            .collect();
        if pairs.is_empty() {
            continue;
        }
        #[allow(clippy::cast_precision_loss)]
        let n = pairs.len() as f64;
        let pre = pairs.iter().map(|p| p.0).sum::<f64>() / n;
        let post = pairs.iter().map(|p| p.1).sum::<f64>() / n;
        rows.push(GainRow {
            workshop: workshop.id.clone(),
            learners: pairs.len(),
            pre,
            post,
            gain: post - pre,
            normalized: (pre < 1.0).then(|| (post - pre) / (1.0 - pre)),
        });
    }
    rows
}

fn items(prepared: &Prepared<'_>, course: &Course) -> Vec<ItemRow> {
    let count = prepared.learners.len();
    // Learners ranked by their total score, for the upper and lower groups.
    let mut totals: Vec<(usize, f64)> =
        prepared.best.iter().enumerate().map(|(i, best)| (i, best.values().sum())).collect();
    totals.sort_by(|a, b| b.1.total_cmp(&a.1));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
    let group = ((count as f64) * 0.27).round().max(1.0) as usize;
    let mut in_upper = vec![false; count];
    let mut in_lower = vec![false; count];
    totals.iter().take(group).for_each(|t| in_upper[t.0] = true);
    totals.iter().rev().take(group).for_each(|t| in_lower[t.0] = true);

    // Exercises in course order, then any no longer in the course.
    let mut order: Vec<&str> =
        course.exercises.iter().filter(|e| e.kind.is_graded()).map(|e| e.id.as_str()).collect();
    let mut known: HashSet<&str> = order.iter().copied().collect();
    for firsts in &prepared.first {
        let mut extra: Vec<&str> = firsts.keys().copied().filter(|id| !known.contains(id)).collect();
        extra.sort_unstable();
        for id in extra {
            known.insert(id);
            order.push(id);
        }
    }
    let choices: HashSet<&str> = course
        .exercises
        .iter()
        .filter(|e| matches!(e.kind, ExerciseKind::Choice(_)))
        .map(|e| e.id.as_str())
        .collect();
    let mut rows = Vec::new();
    for exercise in order {
        // Each learner's first answer to it, and the most hints they used on it.
        let firsts: Vec<(usize, &StoredAttempt, u32)> = prepared
            .first
            .iter()
            .enumerate()
            .filter_map(|(i, f)| f.get(exercise).map(|(a, hints)| (i, *a, *hints)))
            .collect();
        if firsts.is_empty() {
            continue;
        }
        let facility_of = |who: &dyn Fn(usize) -> bool| -> Option<f64> {
            let (mut right, mut answered) = (0usize, 0usize);
            for (i, a, _) in &firsts {
                if who(*i) {
                    answered += 1;
                    right += usize::from(a.correct);
                }
            }
            #[allow(clippy::cast_precision_loss)]
            (answered > 0).then(|| right as f64 / answered as f64)
        };
        let facility = facility_of(&|_| true).unwrap_or(0.0);
        let discrimination = if count >= 4 {
            facility_of(&|i| in_upper[i]).zip(facility_of(&|i| in_lower[i])).map(|(u, l)| u - l)
        } else {
            None
        };
        let mut picks = BTreeMap::new();
        if choices.contains(exercise) {
            for (_, a, _) in &firsts {
                for pick in a.answer.split([',', ' ']).map(str::trim).filter(|p| !p.is_empty()) {
                    *picks.entry(pick.to_string()).or_insert(0) += 1;
                }
            }
        }
        let hints_used = firsts.iter().map(|(_, _, hints)| *hints).sum();
        #[allow(clippy::cast_precision_loss)]
        let mut times: Vec<f64> =
            firsts.iter().map(|(_, a, _)| a.time_spent_ms.max(0) as f64 / 1000.0).collect();
        times.sort_by(f64::total_cmp);
        rows.push(ItemRow {
            exercise: exercise.to_string(),
            learners: firsts.len(),
            facility,
            discrimination,
            picks,
            hints_used,
            median_seconds: median(&times),
        });
    }
    rows
}

fn median(sorted: &[f64]) -> f64 {
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => f64::midpoint(sorted[n / 2 - 1], sorted[n / 2]),
    }
}

fn responses(learners: &[&LearnerData]) -> Vec<ResponseRow> {
    let mut counts: BTreeMap<(String, usize, String), usize> = BTreeMap::new();
    for l in learners {
        for r in &l.responses {
            *counts.entry((r.exercise.clone(), r.question, r.response.clone())).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .map(|((exercise, question, response), count)| ResponseRow { exercise, question, response, count })
        .collect()
}

/// A share shown as a whole percentage ("67%"), the same in the text
/// table and the HTML report.
#[must_use]
pub fn percent(fraction: f64) -> String {
    format!("{:.0}%", fraction * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::data::{Response, SCHEMA, VERSION};
    use crate::progress::StoredAttempt;

    fn attempt(exercise: &str, answer: &str, correct: bool, ms: i64) -> StoredAttempt {
        StoredAttempt {
            id: 1,
            workshop: "w".into(),
            lesson: "l".into(),
            exercise: exercise.into(),
            exercise_hash: String::new(),
            answer: answer.into(),
            score: if correct { 1.0 } else { 0.0 },
            max: 1.0,
            correct,
            hints_used: 0,
            time_spent_ms: ms,
            started_at: String::new(),
            submitted_at: String::new(),
        }
    }

    fn learner(name: &str, attempts: Vec<StoredAttempt>) -> LearnerData {
        LearnerData {
            learner: name.into(),
            attempts,
            responses: vec![Response { exercise: "poll".into(), question: 1, response: "4".into() }],
            completed_lessons: Vec::new(),
            completed_workshops: Vec::new(),
            hints_shown: 0,
            visited: Vec::new(),
        }
    }

    fn export(learners: Vec<LearnerData>) -> Export {
        Export {
            schema: SCHEMA.to_string(),
            version: VERSION,
            exported_at: String::new(),
            pseudonymized: false,
            learners,
            checksum: None,
        }
    }

    #[test]
    fn facility_discrimination_picks_and_median_time() {
        // Four learners: the two strongest answer q1 right first; the two weakest pick b.
        let class = export(vec![
            learner("A", vec![attempt("q1", "a", true, 10_000), attempt("q2", "x", true, 1000)]),
            learner("B", vec![attempt("q1", "a", true, 20_000), attempt("q2", "x", true, 1000)]),
            learner("C", vec![attempt("q1", "b", false, 30_000), attempt("q1", "a", true, 5000)]),
            learner("D", vec![attempt("q1", "b", false, 40_000)]),
        ]);
        let report = build(&[class], &Course::default());
        let q1 = report.items.iter().find(|i| i.exercise == "q1").expect("q1");
        assert_eq!(q1.learners, 4);
        assert!((q1.facility - 0.5).abs() < 1e-9);
        assert_eq!(q1.discrimination, Some(1.0));
        assert!((q1.median_seconds - 25.0).abs() < 1e-9);
        assert_eq!(
            report.responses,
            [ResponseRow { exercise: "poll".into(), question: 1, response: "4".into(), count: 4 }]
        );
        let c = report.learners.iter().find(|l| l.learner == "C").expect("C");
        assert_eq!(c.exercises_tried, 1);
        assert!((c.score - 1.0).abs() < 1e-9);
    }

    #[test]
    fn learning_gain_between_the_pre_test_and_the_post_test() {
        let course =
            crate::content::load(&crate::content::CourseSource::Bundled).expect("bundled course").course;
        let pre = lesson_exercises(&course, "references", "references-pretest");
        let post = lesson_exercises(&course, "references", "references-posttest");
        assert!(!pre.is_empty() && !post.is_empty());
        // Every other pre-test item right, every post-test item right.
        let mut attempts: Vec<StoredAttempt> =
            pre.iter().enumerate().map(|(i, id)| attempt(id, "x", i % 2 == 0, 1000)).collect();
        attempts.extend(post.iter().map(|id| attempt(id, "x", true, 1000)));
        // A second learner took only the pre-test: not counted.
        let only_pre: Vec<StoredAttempt> = pre.iter().map(|id| attempt(id, "x", false, 1000)).collect();
        let report = build(&[export(vec![learner("A", attempts), learner("B", only_pre)])], &course);
        let gain = report.gains.iter().find(|g| g.workshop == "references").expect("a gain");
        #[allow(clippy::cast_precision_loss)]
        let expected_pre = pre.len().div_ceil(2) as f64 / pre.len() as f64;
        assert_eq!(gain.learners, 1);
        assert!((gain.pre - expected_pre).abs() < 1e-9);
        assert!((gain.post - 1.0).abs() < 1e-9);
        assert!((gain.normalized.expect("pre below 1") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn no_discrimination_for_tiny_groups() {
        let class = export(vec![learner("A", vec![attempt("q1", "a", true, 1000)])]);
        assert_eq!(build(&[class], &Course::default()).items[0].discrimination, None);
    }
}
