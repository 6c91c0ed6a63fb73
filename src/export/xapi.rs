//! xAPI 1.0.3 statements of an export: `answered` for every attempt and every poll, survey
//! or reflection response, `completed` for every lesson and workshop gone through.
//!
//! - The actor is an account (`homePage` + name or pseudonym).
//! - Exercises are `cmi.interaction` activities with their interaction type and, where the
//!   answer key says it, the correct response pattern.
//! - Results carry the score (scaled, raw, min, max), success, the response and the time
//!   spent as an ISO 8601 duration; the context names the lesson (parent) and workshop
//!   (grouping) and a registration per learner and workshop.
//! - Statement ids are UUID v5 of what the statement records, so exporting or sending twice
//!   never makes a duplicate. `validate` checks a statement against the rules of the
//!   specification that apply to what infolit writes.

mod lessons;

use serde_json::{Value, json};
use uuid::Uuid;

use super::data::Export;
use crate::content::{Course, Step};
use crate::exercise::ExerciseKind;
use crate::lang::Lang;

/// Where activity ids and the actor's account live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The `homePage` of learners' accounts: the system they are known in.
    pub home_page: String,
    /// The IRI activity ids start with (`…/exercise/ID`, `…/lesson/WORKSHOP/LESSON`).
    pub activity_base: String,
    /// Identify learners by a mailbox at this domain (`mailto:name@domain`) instead of an
    /// account, for an LRS that keys people by e-mail.
    pub mbox_domain: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            home_page: "http://localhost/infolit".to_string(),
            activity_base: "http://localhost/infolit/".to_string(),
            mbox_domain: None,
        }
    }
}

/// The namespace of infolit's statement ids (a UUID v5 of the DNS name space and "infolit").
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_DNS, b"xapi.infolit")
}

const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const LESSON: &str = "http://adlnet.gov/expapi/activities/lesson";
const COURSE: &str = "http://adlnet.gov/expapi/activities/course";

/// Every statement of `export`, in the order the learners' work happened per learner.
#[must_use]
pub fn statements(export: &Export, course: &Course, settings: &Settings) -> Vec<Value> {
    let mut out = Vec::new();
    let base = settings.activity_base.trim_end_matches('/');
    for learner in &export.learners {
        let actor = actor(settings, &learner.learner);
        for attempt in &learner.attempts {
            let id = Uuid::new_v5(
                &namespace(),
                format!("attempt\0{}\0{}\0{}", learner.learner, attempt.id, attempt.submitted_at).as_bytes(),
            );
            let scaled = if attempt.max > 0.0 { attempt.score / attempt.max } else { 0.0 };
            out.push(json!({
                "id": id.to_string(),
                "actor": actor,
                "verb": verb(ANSWERED, "answered", "menjawab"),
                "object": exercise_activity(course, base, &attempt.exercise),
                "result": {
                    "score": { "scaled": round(scaled), "raw": round(attempt.score), "min": 0.0, "max": round(attempt.max) },
                    "success": attempt.correct,
                    "response": attempt.answer,
                    "duration": duration(attempt.time_spent_ms),
                },
                "context": context(base, &learner.learner, &attempt.workshop, &attempt.lesson),
                "timestamp": attempt.submitted_at,
            }));
        }
        for (n, response) in learner.responses.iter().enumerate() {
            let id = Uuid::new_v5(
                &namespace(),
                format!("response\0{}\0{}\0{}\0{n}", learner.learner, response.exercise, response.question)
                    .as_bytes(),
            );
            let (workshop, lesson) = place_of(course, &response.exercise);
            let mut statement = json!({
                "id": id.to_string(),
                "actor": actor,
                "verb": verb(ANSWERED, "answered", "menjawab"),
                "object": {
                    "objectType": "Activity",
                    "id": format!("{base}/exercise/{}/question/{}", iri_part(&response.exercise), response.question),
                    "definition": { "type": INTERACTION, "interactionType": "other" },
                },
                "result": { "response": response.response },
            });
            if let (Some(workshop), Some(lesson)) = (workshop, lesson) {
                statement["context"] = context(base, &learner.learner, &workshop, &lesson);
            }
            out.push(statement);
        }
        for lesson in &learner.completed_lessons {
            let id = Uuid::new_v5(
                &namespace(),
                format!("lesson\0{}\0{}\0{}", learner.learner, lesson.workshop, lesson.lesson).as_bytes(),
            );
            out.push(json!({
                "id": id.to_string(),
                "actor": actor,
                "verb": verb(COMPLETED, "completed", "menyelesaikan"),
                "object": lesson_activity(base, &lesson.workshop, &lesson.lesson),
                "result": { "completion": true },
                "context": {
                    "registration": registration(&learner.learner, &lesson.workshop).to_string(),
                    "contextActivities": { "parent": [workshop_activity(base, &lesson.workshop)] },
                },
            }));
        }
        for workshop in &learner.completed_workshops {
            let id =
                Uuid::new_v5(&namespace(), format!("workshop\0{}\0{workshop}", learner.learner).as_bytes());
            out.push(json!({
                "id": id.to_string(),
                "actor": actor,
                "verb": verb(COMPLETED, "completed", "menyelesaikan"),
                "object": workshop_activity(base, workshop),
                "result": { "completion": true },
                "context": { "registration": registration(&learner.learner, workshop).to_string() },
            }));
        }
        lessons::statements(learner, &actor, course, base, &mut out);
    }
    out
}

/// The learner as an xAPI Agent: an account on `home_page`, or a mailbox.
fn actor(settings: &Settings, name: &str) -> Value {
    match &settings.mbox_domain {
        Some(domain) => json!({
            "objectType": "Agent",
            "name": name,
            "mbox": format!("mailto:{}@{domain}", mailbox(name)),
        }),
        None => json!({
            "objectType": "Agent",
            "account": { "homePage": settings.home_page, "name": name },
        }),
    }
}

/// A name as the local part of an e-mail address: accents dropped, lowercase ASCII letters and
/// digits kept, anything else one dot ("Siti Aminah" → `siti.aminah`).
#[must_use]
pub fn mailbox(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    let mut out = String::new();
    for c in name.nfkd().filter(char::is_ascii) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('.') {
            out.push('.');
        }
    }
    let trimmed = out.trim_end_matches('.');
    if trimmed.is_empty() { "learner".to_string() } else { trimmed.to_string() }
}

/// Whether `domain` can follow the `@` of a mailbox: labels of letters, digits and `-`.
#[must_use]
pub fn is_mail_domain(domain: &str) -> bool {
    domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn verb(id: &str, en: &str, indonesian: &str) -> Value {
    json!({ "id": id, "display": { "en-US": en, "id-ID": indonesian } })
}

/// One registration per learner and workshop: the attempts of one run through a workshop.
fn registration(learner: &str, workshop: &str) -> Uuid {
    Uuid::new_v5(&namespace(), format!("registration\0{learner}\0{workshop}").as_bytes())
}

fn context(base: &str, learner: &str, workshop: &str, lesson: &str) -> Value {
    json!({
        "registration": registration(learner, workshop).to_string(),
        "contextActivities": {
            "parent": [lesson_activity(base, workshop, lesson)],
            "grouping": [workshop_activity(base, workshop)],
        },
    })
}

fn lesson_activity(base: &str, workshop: &str, lesson: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": format!("{base}/lesson/{}/{}", iri_part(workshop), iri_part(lesson)),
        "definition": { "type": LESSON },
    })
}

fn workshop_activity(base: &str, workshop: &str) -> Value {
    json!({
        "objectType": "Activity",
        "id": format!("{base}/workshop/{}", iri_part(workshop)),
        "definition": { "type": COURSE },
    })
}

/// The exercise as a `cmi.interaction`: its title in both languages, its interaction type,
/// and the correct response pattern where the kind has one.
fn exercise_activity(course: &Course, base: &str, exercise_id: &str) -> Value {
    let mut definition = json!({ "type": INTERACTION, "interactionType": "other" });
    if let Some(exercise) = course.exercises.iter().find(|e| e.id == exercise_id) {
        definition["name"] = json!({
            "id-ID": exercise.title.get(Lang::Id),
            "en-US": exercise.title.get(Lang::En),
        });
        let (kind, pattern) = interaction(&exercise.kind);
        definition["interactionType"] = json!(kind);
        if let Some(pattern) = pattern {
            definition["correctResponsesPattern"] = json!([pattern]);
        }
        if let ExerciseKind::Choice(spec) = &exercise.kind {
            definition["choices"] = Value::Array(
                spec.options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        json!({ "id": letter(i), "description": { "id-ID": o.text.get(Lang::Id), "en-US": o.text.get(Lang::En) } })
                    })
                    .collect(),
            );
        }
    }
    json!({ "objectType": "Activity", "id": format!("{base}/exercise/{}", iri_part(exercise_id)), "definition": definition })
}

/// The xAPI interaction type of a kind, and its correct response pattern (xAPI 1.0.3,
/// "Interaction Activities").
fn interaction(kind: &ExerciseKind) -> (&'static str, Option<String>) {
    match kind {
        ExerciseKind::Choice(spec) => {
            let correct: Vec<String> =
                spec.options.iter().enumerate().filter(|(_, o)| o.correct).map(|(i, _)| letter(i)).collect();
            ("choice", Some(correct.join("[,]")))
        }
        ExerciseKind::Text(spec) => {
            let first = spec.accept.first().and_then(|r| match &r.pattern {
                crate::exercise::Pattern::Text { shown, .. } => Some(shown.clone()),
                crate::exercise::Pattern::Regex { .. } => None,
            });
            ("fill-in", first)
        }
        ExerciseKind::Numeric(spec) => ("numeric", Some(format!("{}[:]{}", spec.min, spec.max))),
        ExerciseKind::Order(spec) => {
            ("sequencing", Some((0..spec.items.len()).map(letter).collect::<Vec<_>>().join("[,]")))
        }
        ExerciseKind::Match(spec) => {
            let pairs: Vec<String> =
                (0..spec.pairs.len()).map(|i| format!("{}[.]{}", i + 1, letter(i))).collect();
            ("matching", Some(pairs.join("[,]")))
        }
        ExerciseKind::Cloze(_) | ExerciseKind::Identifier(_) | ExerciseKind::License(_) => ("fill-in", None),
        ExerciseKind::Citation(spec) => ("long-fill-in", Some(spec.key.clone())),
        ExerciseKind::Query(_) | ExerciseKind::Survey(_) => ("other", None),
    }
}

/// a, b, c, … for the n-th option (0-based).
fn letter(n: usize) -> String {
    let c = u8::try_from(n % 26).map_or('a', |n| char::from(b'a' + n));
    if n < 26 { c.to_string() } else { format!("{c}{}", n / 26) }
}

/// Which lesson of the course shows an exercise first.
fn place_of(course: &Course, exercise: &str) -> (Option<String>, Option<String>) {
    for workshop in &course.workshops {
        for lesson in &workshop.lessons {
            let shows = lesson.steps.iter().any(|step| {
                matches!(step, Step::Exercise(i) if course.exercises.get(*i).is_some_and(|e| e.id == exercise))
            });
            if shows {
                return (Some(workshop.id.clone()), Some(lesson.id.clone()));
            }
        }
    }
    (None, None)
}

/// An id as a path segment of an IRI: letters, digits, `-`, `_` and `.` kept, the rest
/// percent-encoded.
fn iri_part(id: &str) -> String {
    use std::fmt::Write as _;
    id.bytes().fold(String::new(), |mut out, b| {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
        out
    })
}

/// Milliseconds as an ISO 8601 duration, to the hundredth of a second as xAPI keeps it.
fn duration(ms: i64) -> String {
    use std::fmt::Write as _;
    let ms = ms.max(0);
    let (hours, rest) = (ms / 3_600_000, ms % 3_600_000);
    let (minutes, rest) = (rest / 60_000, rest % 60_000);
    let (seconds, hundredths) = (rest / 1000, (rest % 1000) / 10);
    let mut out = String::from("PT");
    if hours > 0 {
        let _ = write!(out, "{hours}H");
    }
    if minutes > 0 {
        let _ = write!(out, "{minutes}M");
    }
    if hundredths > 0 {
        let _ = write!(out, "{seconds}.{hundredths:02}S");
    } else {
        let _ = write!(out, "{seconds}S");
    }
    out
}

/// Four decimals are plenty for a score, and keep JSON free of float noise.
fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
