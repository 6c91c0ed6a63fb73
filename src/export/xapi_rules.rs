//! The rules of xAPI 1.0.3 ("Experience API", Part Two: Statements) that apply to the
//! statements infolit writes, as a checker: every statement is checked before it leaves,
//! and the tests check every statement of an export.
//!
//! Checked: the statement id is a UUID; the actor is an Agent with exactly one inverse
//! functional identifier (here an account with an IRL `homePage` and a `name`); the verb
//! has an IRI id and a language map `display`; the object is an Activity with an IRI id
//! and, for `cmi.interaction`, a known `interactionType`, `correctResponsesPattern` as an
//! array of strings, and `choices` with ids; the result's score has `scaled` in −1..1 and
//! `raw` between `min` and `max`, `success` and `completion` are booleans, `duration` is an
//! ISO 8601 duration; the context's `registration` is a UUID and its context activities are
//! arrays of Activities; the timestamp is ISO 8601 with a time zone; language map keys are
//! RFC 5646 tags; no property is `null`.

use serde_json::{Map, Value};

/// The interaction types of xAPI 1.0.3.
const INTERACTION_TYPES: [&str; 10] = [
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
];

/// The problems of one statement; empty when it keeps the rules.
#[must_use]
pub fn check(statement: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(s) = statement.as_object() else { return vec!["a statement is a JSON object".into()] };
    no_nulls(statement, "statement", &mut problems);
    for key in s.keys() {
        if !matches!(
            key.as_str(),
            "id" | "actor"
                | "verb"
                | "object"
                | "result"
                | "context"
                | "timestamp"
                | "stored"
                | "authority"
                | "version"
                | "attachments"
        ) {
            problems.push(format!("unknown statement property `{key}`"));
        }
    }
    match s.get("id").and_then(Value::as_str) {
        Some(id) if is_uuid(id) => {}
        _ => problems.push("`id` must be a UUID".into()),
    }
    actor(s.get("actor"), &mut problems);
    verb(s.get("verb"), &mut problems);
    object(s.get("object"), &mut problems);
    if let Some(result) = s.get("result") {
        check_result(result, &mut problems);
    }
    if let Some(context) = s.get("context") {
        check_context(context, &mut problems);
    }
    if let Some(timestamp) = s.get("timestamp") {
        match timestamp.as_str() {
            Some(t) if t.parse::<jiff::Timestamp>().is_ok() => {}
            _ => problems.push("`timestamp` must be an ISO 8601 date and time with a time zone".into()),
        }
    }
    problems
}

fn no_nulls(value: &Value, path: &str, problems: &mut Vec<String>) {
    match value {
        Value::Null => problems.push(format!("`{path}` is null")),
        Value::Object(map) => map.iter().for_each(|(k, v)| no_nulls(v, &format!("{path}.{k}"), problems)),
        Value::Array(items) => items.iter().for_each(|v| no_nulls(v, &format!("{path}[]"), problems)),
        _ => {}
    }
}

fn actor(actor: Option<&Value>, problems: &mut Vec<String>) {
    let Some(a) = actor.and_then(Value::as_object) else {
        problems.push("`actor` is required and must be an object".into());
        return;
    };
    if a.get("objectType").is_some_and(|t| t != "Agent") {
        problems.push("the actor must be an Agent".into());
    }
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"].iter().filter(|k| a.contains_key(**k)).count();
    if ifis != 1 {
        problems.push(format!(
            "an Agent has exactly one identifier (mbox, mbox_sha1sum, openid, account); found {ifis}"
        ));
    }
    if let Some(account) = a.get("account") {
        match (account.get("homePage").and_then(Value::as_str), account.get("name").and_then(Value::as_str)) {
            (Some(home), Some(name)) if is_irl(home) && !name.is_empty() => {}
            _ => problems.push("an account needs an IRL `homePage` and a `name`".into()),
        }
    }
    if let Some(mbox) = a.get("mbox").and_then(Value::as_str)
        && !mbox.starts_with("mailto:")
    {
        problems.push("`mbox` must be a mailto: IRI".into());
    }
}

fn verb(verb: Option<&Value>, problems: &mut Vec<String>) {
    let Some(v) = verb.and_then(Value::as_object) else {
        problems.push("`verb` is required and must be an object".into());
        return;
    };
    if !v.get("id").and_then(Value::as_str).is_some_and(is_iri) {
        problems.push("the verb's `id` must be an IRI".into());
    }
    if let Some(display) = v.get("display") {
        language_map(display, "verb.display", problems);
    }
}

fn object(object: Option<&Value>, problems: &mut Vec<String>) {
    let Some(o) = object.and_then(Value::as_object) else {
        problems.push("`object` is required and must be an object".into());
        return;
    };
    activity(o, "object", problems);
}

fn activity(o: &Map<String, Value>, path: &str, problems: &mut Vec<String>) {
    if o.get("objectType").is_some_and(|t| t != "Activity") {
        problems.push(format!("`{path}` must be an Activity"));
    }
    if !o.get("id").and_then(Value::as_str).is_some_and(is_iri) {
        problems.push(format!("`{path}.id` must be an IRI"));
    }
    let Some(definition) = o.get("definition") else { return };
    let Some(d) = definition.as_object() else {
        problems.push(format!("`{path}.definition` must be an object"));
        return;
    };
    for map in ["name", "description"] {
        if let Some(m) = d.get(map) {
            language_map(m, &format!("{path}.definition.{map}"), problems);
        }
    }
    if let Some(kind) = d.get("type")
        && !kind.as_str().is_some_and(is_iri)
    {
        problems.push(format!("`{path}.definition.type` must be an IRI"));
    }
    let interaction = d.get("interactionType").and_then(Value::as_str);
    if let Some(t) = interaction
        && !INTERACTION_TYPES.contains(&t)
    {
        problems.push(format!("unknown interactionType `{t}`"));
    }
    if let Some(pattern) = d.get("correctResponsesPattern") {
        if interaction.is_none() {
            problems.push("`correctResponsesPattern` needs an `interactionType`".into());
        }
        if !pattern.as_array().is_some_and(|p| p.iter().all(Value::is_string)) {
            problems.push("`correctResponsesPattern` must be an array of strings".into());
        }
    }
    if let Some(choices) = d.get("choices") {
        if interaction != Some("choice") && interaction != Some("sequencing") {
            problems.push("`choices` belongs to choice and sequencing interactions".into());
        }
        let ok = choices.as_array().is_some_and(|c| {
            c.iter().all(|item| item.get("id").and_then(Value::as_str).is_some_and(|id| !id.is_empty()))
        });
        if !ok {
            problems.push("every interaction component needs an `id`".into());
        }
    }
}

fn check_result(result: &Value, problems: &mut Vec<String>) {
    let Some(r) = result.as_object() else {
        problems.push("`result` must be an object".into());
        return;
    };
    if let Some(score) = r.get("score") {
        let get = |k: &str| score.get(k).and_then(Value::as_f64);
        if let Some(scaled) = get("scaled")
            && !(-1.0..=1.0).contains(&scaled)
        {
            problems.push("`score.scaled` must be between -1 and 1".into());
        }
        if let (Some(min), Some(max)) = (get("min"), get("max"))
            && min >= max
        {
            problems.push("`score.min` must be less than `score.max`".into());
        }
        if let Some(raw) = get("raw")
            && (get("min").is_some_and(|min| raw < min) || get("max").is_some_and(|max| raw > max))
        {
            problems.push("`score.raw` must be between `min` and `max`".into());
        }
    }
    for flag in ["success", "completion"] {
        if r.get(flag).is_some_and(|v| !v.is_boolean()) {
            problems.push(format!("`result.{flag}` must be true or false"));
        }
    }
    if r.get("response").is_some_and(|v| !v.is_string()) {
        problems.push("`result.response` must be a string".into());
    }
    if let Some(duration) = r.get("duration")
        && !duration.as_str().is_some_and(is_duration)
    {
        problems.push("`result.duration` must be an ISO 8601 duration".into());
    }
}

fn check_context(context: &Value, problems: &mut Vec<String>) {
    let Some(c) = context.as_object() else {
        problems.push("`context` must be an object".into());
        return;
    };
    if let Some(registration) = c.get("registration")
        && !registration.as_str().is_some_and(is_uuid)
    {
        problems.push("`context.registration` must be a UUID".into());
    }
    if let Some(activities) = c.get("contextActivities") {
        let Some(map) = activities.as_object() else {
            problems.push("`contextActivities` must be an object".into());
            return;
        };
        for (key, list) in map {
            if !matches!(key.as_str(), "parent" | "grouping" | "category" | "other") {
                problems.push(format!("unknown context activity type `{key}`"));
            }
            match list.as_array() {
                Some(items) => {
                    for item in items {
                        match item.as_object() {
                            Some(o) => activity(o, &format!("context.contextActivities.{key}"), problems),
                            None => problems.push("a context activity must be an object".into()),
                        }
                    }
                }
                None => problems.push(format!("`contextActivities.{key}` must be an array")),
            }
        }
    }
}

fn language_map(value: &Value, path: &str, problems: &mut Vec<String>) {
    let Some(map) = value.as_object() else {
        problems.push(format!("`{path}` must be a language map"));
        return;
    };
    for (tag, text) in map {
        if !is_language_tag(tag) || !text.is_string() {
            problems.push(format!("`{path}` has `{tag}`, not a language tag with a string"));
        }
    }
}

/// A UUID in its canonical form (xAPI requires RFC 4122 variant UUIDs).
fn is_uuid(text: &str) -> bool {
    uuid::Uuid::parse_str(text).is_ok_and(|u| {
        u.hyphenated().to_string() == text.to_lowercase() && u.get_variant() == uuid::Variant::RFC4122
    })
}

/// An absolute IRI: a scheme, a colon, and something after it, no spaces.
fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && !rest.is_empty()
        && !text.contains(char::is_whitespace)
}

/// An IRL: an IRI that can be looked up (http or https).
fn is_irl(text: &str) -> bool {
    is_iri(text) && (text.starts_with("http://") || text.starts_with("https://"))
}

/// `PnYnMnDTnHnMnS` and its shorter forms (`PT12.5S`).
fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else { return false };
    if rest.is_empty() {
        return false;
    }
    let (date, time) = rest.split_once('T').map_or((rest, None), |(d, t)| (d, Some(t)));
    let units = |part: &str, allowed: &str| -> bool {
        let mut number = String::new();
        let mut seen = 0;
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
            } else if allowed.contains(c) && !number.is_empty() && number.parse::<f64>().is_ok() {
                number.clear();
                seen += 1;
            } else {
                return false;
            }
        }
        number.is_empty() && (seen > 0 || part.is_empty())
    };
    units(date, "YMWD") && time.is_none_or(|t| !t.is_empty() && units(t, "HMS"))
}

/// An RFC 5646 tag, as far as infolit writes them: `en`, `en-US`, `id-ID`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts.next().is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn good() -> Value {
        json!({
            "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
            "actor": { "objectType": "Agent", "account": { "homePage": "http://lib.example/", "name": "budi" } },
            "verb": { "id": "http://adlnet.gov/expapi/verbs/answered", "display": { "en-US": "answered" } },
            "object": {
                "objectType": "Activity",
                "id": "http://lib.example/exercise/a",
                "definition": { "type": "http://adlnet.gov/expapi/activities/cmi.interaction", "interactionType": "choice", "correctResponsesPattern": ["a[,]b"], "choices": [{ "id": "a" }] },
            },
            "result": { "score": { "scaled": 0.5, "raw": 1.0, "min": 0.0, "max": 2.0 }, "success": false, "duration": "PT1M2.5S" },
            "context": { "registration": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "contextActivities": { "parent": [{ "id": "http://lib.example/lesson/x" }] } },
            "timestamp": "2026-11-28T09:00:00Z",
        })
    }

    #[test]
    fn a_good_statement_passes() {
        assert_eq!(check(&good()), Vec::<String>::new());
    }

    #[test]
    fn each_rule_catches_its_mistake() {
        let cases: Vec<(&str, Value)> = vec![
            ("id", json!("not-a-uuid")),
            ("/actor/account/homePage", json!("lib.example")),
            ("/actor/mbox", json!("mailto:a@b.c")),
            ("/verb/id", json!("answered")),
            ("/object/definition/interactionType", json!("essay")),
            ("/result/score/scaled", json!(1.5)),
            ("/result/score/raw", json!(3.0)),
            ("/result/duration", json!("12 seconds")),
            ("/context/registration", json!("x")),
            ("timestamp", json!("yesterday")),
            ("/verb/display", json!({ "english!": "answered" })),
            ("/result/success", Value::Null),
        ];
        for (path, bad) in cases {
            let mut statement = good();
            let pointer = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
            let (parent, key) = pointer.rsplit_once('/').expect("a path");
            let target =
                if parent.is_empty() { &mut statement } else { statement.pointer_mut(parent).expect(parent) };
            target[key] = bad;
            assert!(!check(&statement).is_empty(), "{path} should be refused");
        }
    }

    #[test]
    fn durations() {
        for ok in ["PT12.5S", "PT1H2M3S", "P1D", "P1DT2H", "PT0S"] {
            assert!(is_duration(ok), "{ok}");
        }
        for bad in ["P", "PT", "12S", "PT1.2.3S", "PTS", "P1H"] {
            assert!(!is_duration(bad), "{bad}");
        }
    }
}
