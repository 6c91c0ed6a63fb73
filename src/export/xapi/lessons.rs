//! Statements about going through lessons, beside the `answered` ones of each exercise:
//!
//! - `attempted` a lesson: the first time the learner opened it;
//! - `experienced` a page: the first time the learner saw each page step;
//! - `passed` or `failed` a completed lesson, where its workshop sets `mastery`: the mean of
//!   the learner's best score on each graded exercise of the lesson (an exercise not
//!   answered counts 0) against that share.

use std::collections::HashSet;

use serde_json::{Value, json};
use uuid::Uuid;

use super::{context, lesson_activity, namespace, registration, round, verb, workshop_activity};
use crate::content::{Course, Step};
use crate::export::data::LearnerData;
use crate::lang::Lang;

const ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
const EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
/// The activity type of a page of text, from the xAPI vocabulary.
const PAGE: &str = "http://activitystrea.ms/schema/1.0/page";

/// Appends the lesson statements of one learner to `out`.
pub(super) fn statements(
    learner: &LearnerData,
    actor: &Value,
    course: &Course,
    base: &str,
    out: &mut Vec<Value>,
) {
    let name = &learner.learner;
    let mut opened = HashSet::new();
    for visit in &learner.visited {
        let (workshop, lesson) = (&visit.workshop, &visit.lesson);
        if opened.insert((workshop, lesson)) {
            let id =
                Uuid::new_v5(&namespace(), format!("attempted\0{name}\0{workshop}\0{lesson}").as_bytes());
            out.push(json!({
                "id": id.to_string(),
                "actor": actor,
                "verb": verb(ATTEMPTED, "attempted", "mencoba"),
                "object": lesson_activity(base, workshop, lesson),
                "context": {
                    "registration": registration(name, workshop).to_string(),
                    "contextActivities": { "parent": [workshop_activity(base, workshop)] },
                },
                "timestamp": visit.at,
            }));
        }
        let step = course
            .workshops
            .iter()
            .find(|w| &w.id == workshop)
            .and_then(|w| w.lessons.iter().find(|l| &l.id == lesson))
            .and_then(|l| l.steps.get(visit.step));
        let Some(Step::Page(page)) = step else { continue };
        let id = Uuid::new_v5(
            &namespace(),
            format!("experienced\0{name}\0{workshop}\0{lesson}\0{}", visit.step).as_bytes(),
        );
        let mut definition = json!({ "type": PAGE });
        if let Some(title) = &page.title {
            definition["name"] = json!({ "id-ID": title.get(Lang::Id), "en-US": title.get(Lang::En) });
        }
        out.push(json!({
            "id": id.to_string(),
            "actor": actor,
            "verb": verb(EXPERIENCED, "experienced", "membaca"),
            "object": {
                "objectType": "Activity",
                "id": format!("{}/step/{}", page_base(base, workshop, lesson), visit.step + 1),
                "definition": definition,
            },
            "context": context(base, name, workshop, lesson),
            "timestamp": visit.at,
        }));
    }
    for completed in &learner.completed_lessons {
        if let Some(statement) = mastery(learner, actor, course, base, &completed.workshop, &completed.lesson)
        {
            out.push(statement);
        }
    }
}

fn page_base(base: &str, workshop: &str, lesson: &str) -> String {
    lesson_activity(base, workshop, lesson)["id"].as_str().unwrap_or_default().to_string()
}

/// `passed` or `failed` for a completed lesson of a workshop with `mastery`.
fn mastery(
    learner: &LearnerData,
    actor: &Value,
    course: &Course,
    base: &str,
    workshop_id: &str,
    lesson_id: &str,
) -> Option<Value> {
    let workshop = course.workshops.iter().find(|w| w.id == workshop_id)?;
    let needed = workshop.mastery?;
    let lesson = workshop.lessons.iter().find(|l| l.id == lesson_id)?;
    let graded: Vec<&str> = lesson
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Exercise(i) => {
                course.exercises.get(*i).filter(|e| e.kind.is_graded()).map(|e| e.id.as_str())
            }
            Step::Page(_) => None,
        })
        .collect();
    if graded.is_empty() {
        return None;
    }
    let points: f64 = graded
        .iter()
        .map(|exercise| {
            learner
                .attempts
                .iter()
                .filter(|a| {
                    a.workshop == workshop_id
                        && a.lesson == lesson_id
                        && a.exercise == *exercise
                        && a.max > 0.0
                })
                .map(|a| a.score / a.max)
                .fold(0.0, f64::max)
        })
        .sum();
    #[allow(clippy::cast_precision_loss)] // a lesson has far fewer than 2^52 exercises
    let max = graded.len() as f64;
    let scaled = points / max;
    let passed = scaled + 1e-9 >= needed;
    let (verb_id, en, id_text) =
        if passed { (PASSED, "passed", "lulus") } else { (FAILED, "failed", "belum lulus") };
    // The result is part of the id: a better result later is a new judgement, not a
    // different version of the same statement.
    let id = Uuid::new_v5(
        &namespace(),
        format!("mastery\0{}\0{workshop_id}\0{lesson_id}\0{}", learner.learner, round(points)).as_bytes(),
    );
    Some(json!({
        "id": id.to_string(),
        "actor": actor,
        "verb": verb(verb_id, en, id_text),
        "object": lesson_activity(base, workshop_id, lesson_id),
        "result": {
            "score": { "scaled": round(scaled), "raw": round(points), "min": 0.0, "max": round(max) },
            "success": passed,
            "completion": true,
        },
        "context": {
            "registration": registration(&learner.learner, workshop_id).to_string(),
            "contextActivities": { "parent": [workshop_activity(base, workshop_id)] },
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::super::{Settings, mailbox, statements as all_statements};
    use crate::content::{self, CourseSource};
    use crate::export::data::{Export, LearnerData, LessonRef, StepVisit};
    use crate::export::xapi_rules;
    use crate::progress::StoredAttempt;
    use serde_json::Value;

    const WORKSHOP: &str =
        "format_version = 1\nid = \"w\"\ntitle = \"W\"\nlessons = [\"l\"]\nmastery = 0.75\n";
    const LESSON: &str = "id = \"l\"\ntitle = \"L\"\nminutes = 5\nobjectives = [\"O\"]\n\n[[step]]\ntitle = { id = \"Halaman\", en = \"Page\" }\npage = \"Text\"\n\n[[step]]\nexercise = \"a\"\n\n[[step]]\nexercise = \"b\"\n";
    const BANK: &str = "format_version = 1\n\n[[exercise]]\nid = \"a\"\nkind = \"choice\"\nprompt = \"A?\"\n[[exercise.option]]\ntext = \"yes\"\ncorrect = true\n[[exercise.option]]\ntext = \"no\"\n[[exercise.examples]]\nanswer = \"a\"\nexpect = \"correct\"\n\n[[exercise]]\nid = \"b\"\nkind = \"choice\"\nprompt = \"B?\"\n[[exercise.option]]\ntext = \"yes\"\ncorrect = true\n[[exercise.option]]\ntext = \"no\"\n[[exercise.examples]]\nanswer = \"a\"\nexpect = \"correct\"\n";

    fn course(workshop: &str) -> crate::content::Course {
        let files = vec![
            ("lessons/w/workshop.toml".to_string(), workshop.as_bytes().to_vec()),
            ("lessons/w/l.toml".to_string(), LESSON.as_bytes().to_vec()),
            ("exercises/bank.toml".to_string(), BANK.as_bytes().to_vec()),
        ];
        let loaded = content::load(&CourseSource::Memory(files)).expect("a course");
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        loaded.course
    }

    fn attempt(exercise: &str, score: f64) -> StoredAttempt {
        StoredAttempt {
            id: 1,
            workshop: "w".into(),
            lesson: "l".into(),
            exercise: exercise.into(),
            exercise_hash: String::new(),
            answer: "a".into(),
            score,
            max: 1.0,
            correct: score >= 1.0,
            hints_used: 0,
            time_spent_ms: 1000,
            started_at: "2026-11-28T10:00:00Z".into(),
            submitted_at: "2026-11-28T10:00:01Z".into(),
        }
    }

    fn visit(step: usize, at: &str) -> StepVisit {
        StepVisit { workshop: "w".into(), lesson: "l".into(), step, at: at.into() }
    }

    fn export(attempts: Vec<StoredAttempt>) -> Export {
        Export {
            schema: "infolit-export".into(),
            version: 1,
            exported_at: "2026-11-28T11:00:00Z".into(),
            pseudonymized: false,
            checksum: None,
            learners: vec![LearnerData {
                learner: "Siti Aminah".into(),
                attempts,
                responses: Vec::new(),
                completed_lessons: vec![LessonRef { workshop: "w".into(), lesson: "l".into() }],
                completed_workshops: Vec::new(),
                hints_shown: 0,
                visited: vec![
                    visit(0, "2026-11-28T10:00:00Z"),
                    visit(1, "2026-11-28T10:00:30Z"),
                    visit(2, "2026-11-28T10:01:00Z"),
                ],
            }],
        }
    }

    fn with_verb<'a>(statements: &'a [Value], verb: &str) -> Vec<&'a Value> {
        statements.iter().filter(|s| s["verb"]["id"].as_str().is_some_and(|v| v.ends_with(verb))).collect()
    }

    #[test]
    fn a_lesson_is_attempted_once_and_each_page_experienced() {
        let statements = all_statements(&export(Vec::new()), &course(WORKSHOP), &Settings::default());
        let attempted = with_verb(&statements, "/attempted");
        assert_eq!(attempted.len(), 1);
        assert_eq!(attempted[0]["object"]["id"], "http://localhost/infolit/lesson/w/l");
        assert_eq!(attempted[0]["timestamp"], "2026-11-28T10:00:00Z");
        let experienced = with_verb(&statements, "/experienced");
        assert_eq!(experienced.len(), 1, "the page, not the two exercise steps");
        assert_eq!(experienced[0]["object"]["id"], "http://localhost/infolit/lesson/w/l/step/1");
        assert_eq!(experienced[0]["object"]["definition"]["name"]["id-ID"], "Halaman");
        for statement in &statements {
            assert_eq!(xapi_rules::check(statement), Vec::<String>::new(), "{statement}");
        }
    }

    #[test]
    fn a_completed_lesson_is_passed_or_failed_against_the_workshops_mastery() {
        let good = all_statements(
            &export(vec![attempt("a", 1.0), attempt("b", 0.5)]),
            &course(WORKSHOP),
            &Settings::default(),
        );
        let passed = with_verb(&good, "/passed");
        assert_eq!(passed.len(), 1);
        assert_eq!(passed[0]["result"]["score"]["scaled"], 0.75);
        assert_eq!(passed[0]["result"]["success"], true);
        // The best attempt counts; an exercise not answered counts 0.
        let weak = all_statements(
            &export(vec![attempt("a", 0.0), attempt("a", 1.0)]),
            &course(WORKSHOP),
            &Settings::default(),
        );
        let failed = with_verb(&weak, "/failed");
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0]["result"]["score"]["raw"], 1.0);
        assert_eq!(failed[0]["result"]["success"], false);
        assert_ne!(passed[0]["id"], failed[0]["id"], "another result is another statement");
        for statement in good.iter().chain(&weak) {
            assert_eq!(xapi_rules::check(statement), Vec::<String>::new(), "{statement}");
        }
        // Without `mastery`, no judgement.
        let plain = course(&WORKSHOP.replace("mastery = 0.75\n", ""));
        let none = all_statements(&export(vec![attempt("a", 1.0)]), &plain, &Settings::default());
        assert!(with_verb(&none, "/passed").is_empty() && with_verb(&none, "/failed").is_empty());
    }

    #[test]
    fn learners_can_be_named_by_a_mailbox() {
        let settings = Settings { mbox_domain: Some("lab.example.org".into()), ..Settings::default() };
        let statements = all_statements(&export(vec![attempt("a", 1.0)]), &course(WORKSHOP), &settings);
        for statement in &statements {
            assert_eq!(statement["actor"]["mbox"], "mailto:siti.aminah@lab.example.org");
            assert!(statement["actor"].get("account").is_none());
            assert_eq!(xapi_rules::check(statement), Vec::<String>::new(), "{statement}");
        }
        assert_eq!(mailbox("  Dwi  Ayu Lestari-Ñ "), "dwi.ayu.lestari.n");
        assert_eq!(mailbox("李"), "learner");
    }
}
