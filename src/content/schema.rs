//! JSON Schemas of the course file formats, so editors that read them (Taplo, and through it VS
//! Code's Even Better TOML, Helix, Neovim) complete keys and underline mistakes while an author
//! types.
//!
//! The schemas are generated from the raw serde types the loader itself decodes
//! (`content::raw`), never written by hand, so they cannot drift from what `check` accepts.
//! They are Draft-07 with `definitions` and without `const`, the dialect Taplo's validator
//! understands. A schema only knows the shape of a file; the rules that need the whole course
//! (ids that exist, gaps that match, answers that grade right) stay with `infolit check`.

use std::fmt::Write as _;

use schemars::generate::SchemaSettings;
use schemars::transform::{ReplaceConstValue, RestrictFormats, Transform, transform_subschemas};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::{Map, Value};

use super::raw::{
    FORMAT_VERSION, RawBank, RawCatalogFile, RawChoice, RawCitation, RawCloze, RawEnvelope, RawGlossary,
    RawIdentifier, RawLesson, RawLicense, RawMatch, RawNumeric, RawOrder, RawPoll, RawQuery, RawReflection,
    RawShortAnswer, RawSurvey, RawWorkshop,
};
use crate::exercise::KindName;

/// The five kinds of course file, each with its own schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// `lessons/<workshop>/workshop.toml`
    Workshop,
    /// `lessons/<workshop>/<lesson>.toml`
    Lesson,
    /// `exercises/<bank>.toml`
    Exercises,
    /// `exercises/catalog/<name>.toml`
    Catalog,
    /// `lessons/glossary.toml`
    Glossary,
}

impl SchemaKind {
    pub const ALL: [SchemaKind; 5] = [
        SchemaKind::Workshop,
        SchemaKind::Lesson,
        SchemaKind::Exercises,
        SchemaKind::Catalog,
        SchemaKind::Glossary,
    ];

    /// The name used on the command line and in file names.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Workshop => "workshop",
            SchemaKind::Lesson => "lesson",
            SchemaKind::Exercises => "exercises",
            SchemaKind::Catalog => "catalog",
            SchemaKind::Glossary => "glossary",
        }
    }

    /// `workshop.schema.json` and so on.
    #[must_use]
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    fn title(self) -> &'static str {
        match self {
            SchemaKind::Workshop => "infolit workshop (lessons/<workshop>/workshop.toml)",
            SchemaKind::Lesson => "infolit lesson (lessons/<workshop>/<lesson>.toml)",
            SchemaKind::Exercises => "infolit exercise bank (exercises/<bank>.toml)",
            SchemaKind::Catalog => "infolit practice catalogue (exercises/catalog/<name>.toml)",
            SchemaKind::Glossary => "infolit glossary (lessons/glossary.toml)",
        }
    }

    /// Which files of a course folder the kind is for, as Taplo globs (include, excludes).
    /// The lesson rule names the glossary among its excludes: it lies in lessons/ too, and a
    /// glob's `*` may cross folders in some matchers.
    fn globs(self) -> (&'static str, &'static [&'static str]) {
        match self {
            SchemaKind::Workshop => ("lessons/*/workshop.toml", &[]),
            SchemaKind::Lesson => ("lessons/*/*.toml", &["lessons/*/workshop.toml", "lessons/glossary.toml"]),
            SchemaKind::Exercises => ("exercises/*.toml", &[]),
            SchemaKind::Catalog => ("exercises/catalog/*.toml", &[]),
            SchemaKind::Glossary => ("lessons/glossary.toml", &[]),
        }
    }
}

/// The schema of one kind of file, as a JSON value ready to print.
#[must_use]
pub fn schema(kind: SchemaKind) -> Value {
    let mut settings = SchemaSettings::draft07();
    settings.transforms.push(Box::new(ReplaceConstValue::default()));
    settings.transforms.push(Box::new(NoNull));
    settings.transforms.push(Box::new(RestrictFormats::default()));
    let generator = settings.into_generator();
    let mut schema = match kind {
        SchemaKind::Workshop => generator.into_root_schema_for::<RawWorkshop>(),
        SchemaKind::Lesson => generator.into_root_schema_for::<RawLesson>(),
        SchemaKind::Exercises => generator.into_root_schema_for::<RawBank>(),
        SchemaKind::Catalog => generator.into_root_schema_for::<RawCatalogFile>(),
        SchemaKind::Glossary => generator.into_root_schema_for::<RawGlossary>(),
    };
    schema.insert("title".into(), kind.title().into());
    schema.to_value()
}

/// A schema as `infolit schema` prints and writes it: pretty JSON and a final line break.
#[must_use]
pub fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// A Taplo configuration for a course folder, with the schemas in `schema_dir` (relative to the
/// folder, where Taplo resolves it).
#[must_use]
pub fn taplo_config(schema_dir: &str) -> String {
    let mut out = String::from(
        "# Editors that use Taplo (VS Code with Even Better TOML, Helix, Neovim) read this file and\n\
         # check the course files against the schemas as you type. Written by `infolit schema --out`.\n",
    );
    for kind in SchemaKind::ALL {
        let (include, exclude) = kind.globs();
        let _ = write!(out, "\n[[rule]]\nname = \"infolit-{}\"\ninclude = [\"{include}\"]\n", kind.name());
        if !exclude.is_empty() {
            let quoted: Vec<String> = exclude.iter().map(|e| format!("\"{e}\"")).collect();
            let _ = writeln!(out, "exclude = [{}]", quoted.join(", "));
        }
        let _ = write!(out, "[rule.schema]\npath = \"{schema_dir}/{}\"\n", kind.file_name());
    }
    out
}

/// `format_version = 1`, the one version this build reads.
pub(crate) fn format_version(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "The version of the course format; this infolit reads version 1.",
        "type": "integer",
        "enum": [FORMAT_VERSION]
    })
}

/// `frames = [...]`: the ids of the six ACRL frames, so editors offer them.
pub(crate) fn frames(_: &mut SchemaGenerator) -> Schema {
    let ids: Vec<&str> = super::frame::Frame::ALL.iter().map(|f| f.id()).collect();
    json_schema!({
        "description": "The frames of the ACRL Framework for Information Literacy the objectives map to.",
        "type": "array",
        "items": { "type": "string", "enum": ids }
    })
}

/// `[[exercise]]`: one of the kinds, each an object with the shared keys, its own keys and
/// `kind` naming it. The keys are merged (rather than `allOf` of two objects) because both
/// halves forbid unknown keys, as the loader does.
pub(crate) fn exercise_list(generator: &mut SchemaGenerator) -> Schema {
    let kinds: Vec<Value> =
        KindName::ALL.iter().map(|&kind| exercise_of_kind(generator, kind).to_value()).collect();
    json_schema!({
        "description": "The exercises of the bank; lessons use them by id.",
        "type": "array",
        "items": { "oneOf": kinds }
    })
}

fn exercise_of_kind(generator: &mut SchemaGenerator, kind: KindName) -> Schema {
    let own = match kind {
        KindName::Choice => RawChoice::json_schema(generator),
        KindName::Text => RawShortAnswer::json_schema(generator),
        KindName::Numeric => RawNumeric::json_schema(generator),
        KindName::Order => RawOrder::json_schema(generator),
        KindName::Match => RawMatch::json_schema(generator),
        KindName::Cloze => RawCloze::json_schema(generator),
        KindName::Poll => RawPoll::json_schema(generator),
        KindName::Survey => RawSurvey::json_schema(generator),
        KindName::Reflection => RawReflection::json_schema(generator),
        KindName::Query => RawQuery::json_schema(generator),
        KindName::Identifier => RawIdentifier::json_schema(generator),
        KindName::License => RawLicense::json_schema(generator),
        KindName::Citation => RawCitation::json_schema(generator),
    };
    let shared = RawEnvelope::json_schema(generator);
    let mut properties = Map::new();
    properties.insert(
        "kind".into(),
        serde_json::json!({ "description": "The kind of exercise.", "type": "string", "enum": [kind.as_str()] }),
    );
    let mut required = vec![Value::from("kind")];
    for part in [&shared, &own] {
        if let Some(Value::Object(props)) = part.get("properties") {
            properties.extend(props.clone());
        }
        if let Some(Value::Array(names)) = part.get("required") {
            required.extend(names.iter().cloned());
        }
    }
    json_schema!({
        "title": format!("a {} exercise", kind.as_str()),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false
    })
}

/// TOML has no null: an absent key is how a file leaves an optional value out, so the `null`
/// schemars adds to optional values is removed.
#[derive(Debug, Clone)]
struct NoNull;

impl Transform for NoNull {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(Value::Array(types)) = schema.get_mut("type") {
            types.retain(|t| t != "null");
            if let [only] = types.as_slice() {
                let only = only.clone();
                schema.insert("type".into(), only);
            }
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(options)) = schema.get_mut(key) {
                options.retain(|o| o.get("type").is_none_or(|t| t != "null"));
                if let [only] = options.as_slice() {
                    let only = only.clone();
                    schema.remove(key);
                    if let Value::Object(fields) = only {
                        for (k, v) in fields {
                            schema.insert(k, v);
                        }
                    }
                }
            }
        }
        transform_subschemas(self, schema);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &Value) -> String {
        serde_json::to_string(value).expect("a schema serialises")
    }

    #[test]
    fn schemas_are_draft_07_without_const_or_null() {
        for kind in SchemaKind::ALL {
            let schema = text(&schema(kind));
            assert!(schema.contains("draft-07"), "{}", kind.name());
            assert!(!schema.contains("\"const\""), "{}: Taplo reads no `const`", kind.name());
            assert!(!schema.contains("$defs"), "{}", kind.name());
            assert!(!schema.contains("\"null\""), "{}: TOML has no null", kind.name());
        }
    }

    #[test]
    fn every_exercise_kind_has_a_branch() {
        let bank = schema(SchemaKind::Exercises);
        let branches = bank
            .pointer("/properties/exercise/items/oneOf")
            .and_then(Value::as_array)
            .expect("a oneOf of kinds");
        let names: Vec<&str> = branches
            .iter()
            .filter_map(|b| b.pointer("/properties/kind/enum/0").and_then(Value::as_str))
            .collect();
        let all: Vec<&str> = KindName::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names, all);
    }

    #[test]
    fn an_exercise_branch_has_the_shared_and_its_own_keys() {
        let bank = schema(SchemaKind::Exercises);
        let choice = bank.pointer("/properties/exercise/items/oneOf/0").expect("choice");
        for key in ["id", "prompt", "hints", "examples", "option", "multiple", "kind"] {
            assert!(choice.pointer(&format!("/properties/{key}")).is_some(), "{key}");
        }
        let required = choice.get("required").and_then(Value::as_array).expect("required");
        assert!(required.contains(&Value::from("prompt")));
        assert!(required.contains(&Value::from("kind")));
        assert_eq!(choice.get("additionalProperties"), Some(&Value::Bool(false)));
    }

    #[test]
    fn the_taplo_configuration_is_toml_with_a_rule_per_kind() {
        let config: toml::Table = toml::from_str(&taplo_config(".schema")).expect("valid TOML");
        let rules = config.get("rule").and_then(toml::Value::as_array).expect("rules");
        assert_eq!(rules.len(), 5);
        let lesson = &rules[1];
        assert_eq!(lesson["include"][0].as_str(), Some("lessons/*/*.toml"));
        assert_eq!(lesson["exclude"][0].as_str(), Some("lessons/*/workshop.toml"));
        assert_eq!(lesson["exclude"][1].as_str(), Some("lessons/glossary.toml"));
        assert_eq!(rules[4]["include"][0].as_str(), Some("lessons/glossary.toml"));
        assert_eq!(lesson["schema"]["path"].as_str(), Some(".schema/lesson.schema.json"));
    }
}
