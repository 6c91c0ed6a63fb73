//! `infolit schema`: the shipped schemas and Taplo configuration are the generated ones, every
//! bundled course file is valid under its schema, and `--out` sets up a course folder.

use std::path::{Path, PathBuf};

use infolit::content::schema::{self, SchemaKind};
use serde_json::Value;

use crate::util::{LESSON, Test};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn validator(kind: SchemaKind) -> jsonschema::Validator {
    jsonschema::draft7::new(&schema::schema(kind)).expect("a valid Draft-07 schema")
}

/// A TOML file as the JSON value a validator sees, the way Taplo maps TOML to JSON.
fn as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    let table: toml::Table = toml::from_str(&text).expect("valid TOML");
    serde_json::to_value(table).expect("TOML converts to JSON")
}

/// Which schema a bundled file falls under, by the same globs as the Taplo rules.
fn kind_of(relative: &str) -> Option<SchemaKind> {
    if Path::new(relative).extension().is_none_or(|e| e != "toml") {
        return None;
    }
    let parts: Vec<&str> = relative.split('/').collect();
    match parts.as_slice() {
        ["lessons", "glossary.toml"] => Some(SchemaKind::Glossary),
        ["lessons", _, "workshop.toml"] => Some(SchemaKind::Workshop),
        ["lessons", _, _] => Some(SchemaKind::Lesson),
        ["exercises", "catalog", _] => Some(SchemaKind::Catalog),
        ["exercises", _] => Some(SchemaKind::Exercises),
        _ => None,
    }
}

fn course_files(dir: &Path, relative: &str, found: &mut Vec<(String, PathBuf)>) {
    for entry in std::fs::read_dir(dir).expect("readable folder").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if relative.is_empty() { name } else { format!("{relative}/{name}") };
        if entry.path().is_dir() {
            course_files(&entry.path(), &rel, found);
        } else {
            found.push((rel, entry.path()));
        }
    }
}

#[test]
fn the_shipped_schemas_are_the_generated_ones() {
    for kind in SchemaKind::ALL {
        let path = repo(&format!(".schema/{}", kind.file_name()));
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            shipped == schema::pretty(&schema::schema(kind)),
            "{} is stale: run `cargo run -- schema --out .` and commit the result",
            path.display()
        );
    }
    let taplo = std::fs::read_to_string(repo(".taplo.toml")).unwrap_or_default();
    assert_eq!(
        taplo,
        schema::taplo_config(".schema"),
        ".taplo.toml is stale: run `cargo run -- schema --out .`"
    );
}

#[test]
fn every_bundled_course_file_is_valid_under_its_schema() {
    let validators: Vec<(SchemaKind, jsonschema::Validator)> =
        SchemaKind::ALL.iter().map(|&k| (k, validator(k))).collect();
    let mut files = Vec::new();
    course_files(&repo("lessons"), "lessons", &mut files);
    course_files(&repo("exercises"), "exercises", &mut files);
    let mut checked = [0usize; 5];
    for (relative, path) in &files {
        let Some(kind) = kind_of(relative) else { continue };
        let index = SchemaKind::ALL.iter().position(|&k| k == kind).expect("a kind");
        let errors: Vec<String> = validators[index]
            .1
            .iter_errors(&as_json(path))
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{relative}: {}", errors.join("\n"));
        checked[index] += 1;
    }
    // Four workshops with their lessons, four banks, the catalogue, the glossary: none was skipped.
    assert_eq!(checked[0], 4, "workshops");
    assert!(checked[1] >= 30, "lessons: {}", checked[1]);
    assert_eq!(checked[2], 4, "exercise banks");
    assert!(checked[3] >= 1, "catalogue files");
    assert_eq!(checked[4], 1, "the glossary");
}

#[test]
fn the_schema_rejects_what_check_rejects() {
    let lessons = validator(SchemaKind::Lesson);
    let good: Value =
        serde_json::to_value(toml::from_str::<toml::Table>(LESSON).expect("toml")).expect("json");
    assert!(lessons.is_valid(&good));
    let misspelt = LESSON.replace("minutes =", "minuten =");
    let bad: Value =
        serde_json::to_value(toml::from_str::<toml::Table>(&misspelt).expect("toml")).expect("json");
    assert!(!lessons.is_valid(&bad), "an unknown key");
    let wrong_frame = format!("frames = [\"searching-as-exploration\"]\n{LESSON}");
    let bad: Value =
        serde_json::to_value(toml::from_str::<toml::Table>(&wrong_frame).expect("toml")).expect("json");
    assert!(!lessons.is_valid(&bad), "a frame that does not exist");

    let banks = validator(SchemaKind::Exercises);
    let essay = "format_version = 1\n[[exercise]]\nid = \"e\"\nkind = \"essay\"\nprompt = \"Why?\"\n";
    let bad: Value = serde_json::to_value(toml::from_str::<toml::Table>(essay).expect("toml")).expect("json");
    assert!(!banks.is_valid(&bad), "an unknown kind");
    let reflection = essay.replace("essay", "reflection");
    let good: Value =
        serde_json::to_value(toml::from_str::<toml::Table>(&reflection).expect("toml")).expect("json");
    assert!(banks.is_valid(&good), "a reflection");
    // A key of another kind is refused: `option` belongs to choice exercises.
    let mixed = format!("{reflection}[[exercise.option]]\ntext = \"A\"\n");
    let bad: Value =
        serde_json::to_value(toml::from_str::<toml::Table>(&mixed).expect("toml")).expect("json");
    assert!(!banks.is_valid(&bad), "a key of another kind");
}

#[test]
fn schema_out_sets_up_a_course_folder_for_editors() {
    let test = Test::with_course();
    let output = test.clone_args(&["schema", "--out", "."]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_contains("wrote ./.taplo.toml");
    for kind in SchemaKind::ALL {
        let written =
            std::fs::read_to_string(test.root().join(".schema").join(kind.file_name())).expect("written");
        assert_eq!(written, schema::pretty(&schema::schema(kind)));
    }
    // Running it again (after an update of infolit) rewrites its own files.
    assert_eq!(test.clone_args(&["schema", "--out", "."]).run().code, 0);
    // An author's own Taplo configuration is left alone.
    std::fs::write(test.root().join(".taplo.toml"), "[formatting]\nalign_entries = true\n").expect("write");
    let refused = test.clone_args(&["schema", "--out", "."]).run();
    assert_eq!(refused.code, 2);
    refused.assert_stderr_contains("was not written by infolit");
    // The course still checks clean: the schema folder is not part of the course.
    let check = test.clone_args(&["check"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}

#[test]
fn schema_prints_one_kind_or_all() {
    let test = Test::new();
    let lesson = test.clone_args(&["schema", "lesson"]).run();
    assert_eq!(lesson.code, 0);
    let value: Value = serde_json::from_str(&lesson.stdout).expect("JSON");
    assert_eq!(value, schema::schema(SchemaKind::Lesson));
    let all: Value = serde_json::from_str(&test.clone_args(&["schema"]).run().stdout).expect("JSON");
    for kind in SchemaKind::ALL {
        assert_eq!(all.get(kind.name()), Some(&schema::schema(kind)));
    }
}
