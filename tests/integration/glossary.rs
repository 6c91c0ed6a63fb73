//! `infolit glossary [TERM] [--json]`: every term, or one found by id, term or alias.

use crate::util::Test;

const GLOSSARY: &str = r#"format_version = 1

[[term]]
id = "opac"
term = { id = "katalog daring", en = "online catalogue" }
aliases = ["OPAC"]
definition = { id = "Katalog yang Anda telusuri di layar.", en = "A catalogue you search **on screen**." }
see = ["boolean"]
lessons = ["search/boolean"]
source = "Library catalogue guides"

[[term]]
id = "boolean"
term = { id = "operator Boolean", en = "Boolean operator" }
aliases = { id = ["operator logika"], en = ["Boolean operators"] }
definition = { id = "AND, OR dan NOT.", en = "AND, OR and NOT." }
"#;

fn course() -> Test {
    Test::with_course().file("lessons/glossary.toml", GLOSSARY)
}

#[test]
fn lists_every_term_sorted_in_the_language_and_shown_in_both() {
    course()
        .args(&["--course", ".", "--lang", "id", "glossary"])
        .expect("katalog daring — online catalogue\noperator Boolean — Boolean operator\n", 0);
    course()
        .args(&["--course", ".", "--lang", "en", "glossary"])
        .expect("Boolean operator — operator Boolean\nonline catalogue — katalog daring\n", 0);
}

#[test]
fn shows_one_term_found_by_an_alias_in_either_language() {
    let expected = "online catalogue — katalog daring\n\
                    Also called: OPAC\n\
                    \n\
                    A catalogue you search on screen.\n\
                    \n\
                    See also: Boolean operator [boolean]\n\
                    Taught in:\n  \
                    search/boolean  Boolean operators\n\
                    Source: Library catalogue guides\n";
    for query in ["opac", "OPAC", "Katalog Daring"] {
        course().args(&["--course", ".", "--lang", "en", "glossary", query]).expect(expected, 0);
    }
    // Several words need no quotes.
    let output = course().args(&["--course", ".", "--lang", "id", "glossary", "operator", "logika"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "operator Boolean — Boolean operator",
        "Disebut juga: operator logika, Boolean operators",
        "AND, OR dan NOT.",
    ]);
}

#[test]
fn an_unknown_term_is_a_usage_error_with_a_suggestion() {
    let output = course().args(&["--course", ".", "glossary", "katalog darin"]).run();
    assert_eq!(output.code, 2);
    output
        .assert_stderr_contains("no glossary term is called `katalog darin`; did you mean `katalog daring`?");
    let output = course().args(&["--course", ".", "glossary", "zzzzzz"]).run();
    assert_eq!(output.code, 2);
    output.assert_stderr_contains("`infolit glossary` lists every term");
}

#[test]
fn json_gives_both_languages_for_tools() {
    let output = course().args(&["--course", ".", "glossary", "opac", "--json"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "id": "opac",
            "term": { "id": "katalog daring", "en": "online catalogue" },
            "aliases": { "id": ["OPAC"], "en": ["OPAC"] },
            "definition": { "id": "Katalog yang Anda telusuri di layar.", "en": "A catalogue you search on screen." },
            "see": ["boolean"],
            "lessons": ["search/boolean"],
            "source": "Library catalogue guides"
        })
    );
    let all = course().args(&["--course", ".", "--lang", "en", "glossary", "--json"]).run();
    let json: serde_json::Value = serde_json::from_str(&all.stdout).expect("JSON");
    let ids: Vec<&str> = json.as_array().expect("a list").iter().filter_map(|t| t["id"].as_str()).collect();
    assert_eq!(ids, ["boolean", "opac"]);
}

#[test]
fn a_course_without_a_glossary_says_so() {
    Test::with_course()
        .args(&["--course", ".", "--lang", "en", "glossary"])
        .expect("This course has no glossary.\n", 0);
    let output = Test::with_course().args(&["--course", ".", "glossary", "opac"]).run();
    assert_eq!(output.code, 2);
    output.assert_stderr_contains("the course has no glossary");
}

#[test]
fn a_glossary_with_errors_is_checked_like_any_course_file() {
    let broken = GLOSSARY.replace("see = [\"boolean\"]", "see = [\"boolen\"]");
    let output = Test::with_course().file("lessons/glossary.toml", &broken).args(&["check", "."]).run();
    assert_eq!(output.code, 1);
    output.assert_stdout_contains(
        "lessons/glossary.toml:8:8: error[IL0308]: no term of the glossary has the id `boolen`",
    );
    output.assert_stdout_contains("did you mean `boolean`?");
    let refused =
        Test::with_course().file("lessons/glossary.toml", &broken).args(&["--course", ".", "glossary"]).run();
    assert_eq!(refused.code, 1);
}

#[test]
fn the_bundled_glossary_finds_its_terms() {
    let output = Test::new().args(&["--lang", "id", "glossary", "copyright"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "hak cipta — copyright",
        "Pasal 1 angka 1",
        "Sumber: UU No. 28 Tahun 2014",
    ]);
    let list = Test::new().args(&["glossary"]).run();
    assert!(list.stdout.lines().count() >= 45, "{}", list.stdout);
}
