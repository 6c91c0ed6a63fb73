//! What to study next: the next lesson, and earlier lessons whose objectives the learner's
//! answers show as weak, each with the reason in one sentence.
//!
//! Weakness is read by ACRL frame, the tags every lesson's objectives map to: the mean of the
//! learner's best score on each graded exercise they answered in lessons with that frame.
//! A frame is weak below [`WEAK_BELOW`] with at least [`MIN_ANSWERED`] exercises answered (one
//! slip is not a pattern). Pre-tests measure what learners know *before* a workshop, so their
//! answers never count as weakness; post-test answers count, but tests are never suggested
//! for study, only the lessons that teach.

use std::collections::{HashMap, HashSet};

use crate::content::frame::Frame;
use crate::content::{Course, Step};
use crate::i18n::Msg;
use crate::lang::Lang;

/// A frame's mean score below this is weak.
pub const WEAK_BELOW: f64 = 0.6;
/// Answers needed in a frame before it can be called weak.
pub const MIN_ANSWERED: usize = 2;
/// At most this many lessons suggested for review at once.
const MAX_REVIEWS: usize = 2;

/// What a learner has done: lessons finished, and the best score (0 to 1) on each exercise
/// answered, by exercise id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub completed: HashSet<(String, String)>,
    pub best: HashMap<String, f64>,
}

impl Results {
    /// From a learner's stored work: the lessons finished, and every attempt.
    #[must_use]
    pub fn of(completed: Vec<(String, String)>, attempts: &[crate::progress::StoredAttempt]) -> Results {
        let mut best: HashMap<String, f64> = HashMap::new();
        for attempt in attempts.iter().filter(|a| a.max > 0.0) {
            let scaled = attempt.score / attempt.max;
            let entry = best.entry(attempt.exercise.clone()).or_insert(scaled);
            *entry = entry.max(scaled);
        }
        Results { completed: completed.into_iter().collect(), best }
    }
}

/// Why a lesson is suggested.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    /// The first lesson not finished, in the workshop the learner is working through.
    Next,
    /// The learner's answers in this frame average `percent` %.
    Weak { frame: Frame, percent: u32 },
}

/// A lesson to study, by index into the course, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub workshop: usize,
    pub lesson: usize,
    pub reason: Reason,
}

impl Recommendation {
    /// The reason in one sentence, in `lang`.
    #[must_use]
    pub fn sentence(&self, course: &Course, lang: Lang) -> String {
        let Some(workshop) = course.workshops.get(self.workshop) else { return String::new() };
        let Some(lesson) = workshop.lessons.get(self.lesson) else { return String::new() };
        match self.reason {
            Reason::Next => {
                Msg::RecommendNext.fill(lang, &[lesson.title.get(lang), workshop.title.get(lang)])
            }
            Reason::Weak { frame, percent } => {
                Msg::RecommendWeak.fill(lang, &[frame.label().get(lang), &percent, lesson.title.get(lang)])
            }
        }
    }
}

/// The next lesson (if any is left), then up to two earlier lessons to review.
#[must_use]
pub fn recommend(course: &Course, results: &Results) -> Vec<Recommendation> {
    let mut out = Vec::new();
    if let Some((workshop, lesson)) = next_lesson(course, results) {
        out.push(Recommendation { workshop, lesson, reason: Reason::Next });
    }
    let mut reviews = 0;
    for (frame, mean) in weak_frames(course, results) {
        if reviews == MAX_REVIEWS {
            break;
        }
        let Some((workshop, lesson)) = weakest_lesson(course, results, frame) else { continue };
        if out.iter().any(|r| r.workshop == workshop && r.lesson == lesson) {
            continue;
        }
        let percent = percent_of(mean);
        out.push(Recommendation { workshop, lesson, reason: Reason::Weak { frame, percent } });
        reviews += 1;
    }
    out
}

fn percent_of(share: f64) -> u32 {
    // A share is within 0..=1, so the percentage fits.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let percent = (share.clamp(0.0, 1.0) * 100.0).round() as u32;
    percent
}

/// The first unfinished lesson of the first workshop the learner started and has not
/// finished; else of the first workshop not started.
fn next_lesson(course: &Course, results: &Results) -> Option<(usize, usize)> {
    let started = |w: usize| {
        let workshop = &course.workshops[w];
        workshop.lessons.iter().any(|l| {
            results.completed.contains(&(workshop.id.clone(), l.id.clone()))
                || exercises_of(course, l).any(|e| results.best.contains_key(e))
        })
    };
    let first_open = |w: usize| {
        let workshop = &course.workshops[w];
        workshop
            .lessons
            .iter()
            .position(|l| !results.completed.contains(&(workshop.id.clone(), l.id.clone())))
    };
    let count = course.workshops.len();
    (0..count)
        .filter(|w| started(*w))
        .find_map(|w| first_open(w).map(|l| (w, l)))
        .or_else(|| (0..count).filter(|w| !started(*w)).find_map(|w| first_open(w).map(|l| (w, l))))
}

fn exercises_of<'a>(course: &'a Course, lesson: &'a crate::content::Lesson) -> impl Iterator<Item = &'a str> {
    lesson.steps.iter().filter_map(|s| match s {
        Step::Exercise(i) => course.exercises.get(*i).filter(|e| e.kind.is_graded()).map(|e| e.id.as_str()),
        Step::Page(_) => None,
    })
}

/// Every lesson that counts towards weakness (not a pre-test), with its workshop index.
fn counted_lessons(course: &Course) -> impl Iterator<Item = (usize, usize, &crate::content::Lesson)> {
    course.workshops.iter().enumerate().flat_map(|(w, workshop)| {
        workshop
            .lessons
            .iter()
            .enumerate()
            .filter(move |(_, l)| workshop.pretest.as_deref() != Some(l.id.as_str()))
            .map(move |(l, lesson)| (w, l, lesson))
    })
}

/// Frames whose answered exercises average below [`WEAK_BELOW`], weakest first.
fn weak_frames(course: &Course, results: &Results) -> Vec<(Frame, f64)> {
    let mut scores: HashMap<Frame, Vec<f64>> = HashMap::new();
    let mut counted = HashSet::new();
    for (_, _, lesson) in counted_lessons(course) {
        for exercise in exercises_of(course, lesson) {
            let Some(best) = results.best.get(exercise) else { continue };
            for frame in &lesson.frames {
                // An exercise shown in two lessons of one frame counts once.
                if counted.insert((*frame, exercise)) {
                    scores.entry(*frame).or_default().push(*best);
                }
            }
        }
    }
    let mut weak: Vec<(Frame, f64)> = scores
        .into_iter()
        .filter(|(_, s)| s.len() >= MIN_ANSWERED)
        .map(|(frame, s)| (frame, mean(&s)))
        .filter(|(_, m)| *m < WEAK_BELOW)
        .collect();
    weak.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    weak
}

/// The answered lesson with `frame` where the learner's mean is lowest; a post-test counts
/// towards weakness but is not a lesson to study, so it is never suggested.
fn weakest_lesson(course: &Course, results: &Results, frame: Frame) -> Option<(usize, usize)> {
    counted_lessons(course)
        .filter(|(w, _, lesson)| course.workshops[*w].posttest.as_deref() != Some(lesson.id.as_str()))
        .filter(|(_, _, lesson)| lesson.frames.contains(&frame))
        .filter_map(|(w, l, lesson)| {
            let answered: Vec<f64> =
                exercises_of(course, lesson).filter_map(|e| results.best.get(e).copied()).collect();
            (!answered.is_empty()).then(|| (w, l, mean(&answered)))
        })
        .min_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(w, l, _)| (w, l))
}

fn mean(values: &[f64]) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a learner answers far fewer than 2^52 exercises
    let count = values.len() as f64;
    if values.is_empty() { 0.0 } else { values.iter().sum::<f64>() / count }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn course() -> Course {
        content::load(&CourseSource::Bundled).expect("bundled").course
    }

    fn lesson_id(course: &Course, r: &Recommendation) -> String {
        let w = &course.workshops[r.workshop];
        format!("{}/{}", w.id, w.lessons[r.lesson].id)
    }

    /// The graded exercises of a lesson of the bundled course.
    fn exercises(course: &Course, workshop: &str, lesson: &str) -> Vec<String> {
        let w = course.workshops.iter().find(|w| w.id == workshop).expect("workshop");
        let l = w.lessons.iter().find(|l| l.id == lesson).expect("lesson");
        exercises_of(course, l).map(str::to_string).collect()
    }

    #[test]
    fn a_new_learner_is_pointed_at_the_first_lesson() {
        let course = course();
        let recommended = recommend(&course, &Results::default());
        assert_eq!(recommended.len(), 1);
        assert_eq!(
            lesson_id(&course, &recommended[0]),
            format!("{}/{}", course.workshops[0].id, course.workshops[0].lessons[0].id)
        );
        assert_eq!(recommended[0].reason, Reason::Next);
    }

    #[test]
    fn the_next_lesson_is_in_the_workshop_under_way() {
        let course = course();
        let search = course.workshops.iter().find(|w| w.id == "search").expect("search");
        let mut results = Results::default();
        results.completed.insert(("search".into(), search.lessons[0].id.clone()));
        let recommended = recommend(&course, &results);
        assert_eq!(lesson_id(&course, &recommended[0]), format!("search/{}", search.lessons[1].id));
        let sentence = recommended[0].sentence(&course, Lang::En);
        assert!(sentence.starts_with("Next: "), "{sentence}");
    }

    #[test]
    fn weak_answers_in_a_frame_bring_back_the_weakest_lesson_with_the_reason() {
        let course = course();
        let mut results = Results::default();
        let search = course.workshops.iter().find(|w| w.id == "search").expect("search");
        // Wrong on every exercise of the second lesson (after the pre-test), right on the third.
        let weak_lesson = &search.lessons[1];
        for e in exercises(&course, "search", &weak_lesson.id) {
            results.best.insert(e, 0.0);
        }
        for e in exercises(&course, "search", &search.lessons[2].id) {
            results.best.insert(e, 1.0);
        }
        let recommended = recommend(&course, &results);
        let review = recommended.iter().find(|r| matches!(r.reason, Reason::Weak { .. })).expect("a review");
        assert_eq!(lesson_id(&course, review), format!("search/{}", weak_lesson.id));
        let Reason::Weak { percent, .. } = review.reason else { unreachable!() };
        assert!(percent < 60);
        let sentence = review.sentence(&course, Lang::Id);
        assert!(sentence.contains(&format!("{percent} %")), "{sentence}");
    }

    #[test]
    fn a_pre_test_never_counts_as_weakness() {
        let course = course();
        let search = course.workshops.iter().find(|w| w.id == "search").expect("search");
        let pretest = search.pretest.clone().expect("a pre-test");
        let mut results = Results::default();
        for e in exercises(&course, "search", &pretest) {
            results.best.insert(e, 0.0);
        }
        assert!(recommend(&course, &results).iter().all(|r| r.reason == Reason::Next));
    }

    #[test]
    fn a_post_test_counts_but_is_never_suggested() {
        let course = course();
        let search = course.workshops.iter().find(|w| w.id == "search").expect("search");
        let posttest = search.posttest.clone().expect("a post-test");
        let mut results = Results::default();
        for e in exercises(&course, "search", &posttest) {
            results.best.insert(e, 0.0);
        }
        let recommended = recommend(&course, &results);
        assert!(recommended.iter().all(|r| course.workshops[r.workshop].lessons[r.lesson].id != posttest));
    }

    #[test]
    fn one_slip_is_not_a_pattern() {
        let course = course();
        let search = course.workshops.iter().find(|w| w.id == "search").expect("search");
        let mut results = Results::default();
        let first =
            exercises(&course, "search", &search.lessons[1].id).into_iter().next().expect("an exercise");
        results.best.insert(first, 0.0);
        assert!(recommend(&course, &results).iter().all(|r| r.reason == Reason::Next));
    }

    #[test]
    fn nothing_left_and_nothing_weak_means_no_recommendation() {
        let course = course();
        let mut results = Results::default();
        for w in &course.workshops {
            for l in &w.lessons {
                results.completed.insert((w.id.clone(), l.id.clone()));
                for e in exercises_of(&course, l) {
                    results.best.insert(e.to_string(), 1.0);
                }
            }
        }
        assert!(recommend(&course, &results).is_empty());
    }
}
