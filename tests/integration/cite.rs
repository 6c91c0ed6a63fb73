//! `infolit cite`: reference lists rendered by the CSL engine, and citation exercises.

use crate::util::Test;

#[test]
fn cite_renders_a_reference_list_in_each_style_and_says_where_a_file_is_wrong() {
    let refs = "[[source]]\nid = \"h06\"\ntype = \"book\"\nauthors = [\"Hirata, Andrea\"]\nyear = 2005\n\
                title = \"Laskar pelangi\"\npublisher = \"Bentang Pustaka\"\nlang = \"id\"\n\n\
                [[source]]\nid = \"l03\"\ntype = \"book\"\nauthors = [\"Eisenberg, Michael B.\", \"Berkowitz, Robert E.\"]\n\
                year = 1990\ntitle = \"Information problem solving: The Big Six skills approach to library & information skills instruction\"\n\
                publisher = \"Ablex\"\n";
    let test = Test::new().file("refs.toml", refs);
    test.clone_args(&["cite", "--style", "apa", "refs.toml"]).run().assert_stdout_in_order(&[
        "Eisenberg, M. B., & Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.\n",
        "Hirata, A. (2005). Laskar pelangi. Bentang Pustaka.\n",
    ]);
    let mla = test.clone_args(&["--lang", "en", "cite", "--style", "mla", "refs.toml"]).run();
    mla.assert_stdout_contains("Information Problem Solving: The Big Six Skills Approach");
    // An Indonesian title is not title-cased.
    mla.assert_stdout_contains("Hirata, Andrea. Laskar pelangi. Bentang Pustaka, 2005.");
    let bad = Test::new().file("bad.toml", "[[source]\n").args(&["cite", "--style", "apa", "bad.toml"]).run();
    assert_eq!(bad.code, 1);
    bad.assert_stderr_contains("bad.toml:1:");
    let unknown = Test::new().file("refs.txt", "").args(&["cite", "--style", "apa", "refs.txt"]).run();
    assert_eq!(unknown.code, 2);
}

const KINDS_COURSE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");

#[test]
fn a_citation_is_graded_element_by_element_with_the_rule_of_the_style() {
    Test::new()
        .args(&[
            "--course",
            KINDS_COURSE,
            "--lang",
            "en",
            "grade",
            "cite-apa",
            "Eisenberg, M. B., and Berkowitz, R. E. (1990). Information Problem Solving: The Big Six Skills Approach to Library & Information Skills Instruction. Ablex.",
        ])
        .expect(
            "incorrect: score 0.62 of 1\n\
             Authors in APA 7: Surname, Initials., separated by commas, with & before the last (up to 20 authors).\n\
             APA 7 writes article and book titles in sentence case: only the first word, the first word after a colon, and proper nouns have capitals.\n",
            0,
        );
    // Italics cannot be typed: asterisks, curly or straight quotes, and spacing do not count.
    Test::new()
        .args(&[
            "--course",
            KINDS_COURSE,
            "--lang",
            "en",
            "grade",
            "cite-apa",
            "Eisenberg,  M. B., & Berkowitz, R. E. (1990). *Information problem solving: The Big Six skills approach to library & information skills instruction*. Ablex.",
        ])
        .expect("correct: score 1 of 1\n", 0);
}

#[test]
fn a_citation_exercise_in_plain_mode_shows_the_source() {
    let output = Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "--learner", "Budi"])
        .stdin("1\n5\nEisenberg, M. B., & Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.\n:q\n")
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_in_order(&[
        "Source:\n  Type: book\n  Authors: Eisenberg, Michael B.; Berkowitz, Robert E.\n  Year: 1990",
        "  Publisher: Ablex\nWrite its reference-list entry in APA 7 style.",
        "Correct!",
    ]);
}

/// Twenty real publications (metadata from the curriculum fact base), each with its
/// reference written by hand from the style manuals in `tests/fixtures/citations/known.toml`:
/// the CSL engine must render each one so, and each such string must grade as correct.
#[test]
fn twenty_real_publications_in_apa_mla_and_chicago() {
    use infolit::cite::compare::normalize;
    use infolit::cite::{Source, Style, render};
    use infolit::exercise::{CitationSpec, ExerciseKind};
    use infolit::grade::{Answer, grade_kind};
    use infolit::lang::Lang;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/citations/known.toml"))
            .expect("known.toml");
    let document: toml::Table = toml::from_str(&text).expect("TOML");
    let sources = document["source"].as_array().expect("[[source]]");
    assert!(sources.len() >= 20);
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for item in sources {
        let mut table = item.as_table().expect("table").clone();
        let id = table.remove("id").and_then(|v| v.as_str().map(str::to_string)).expect("id");
        let expected: Vec<(Style, String)> =
            [("apa", Style::Apa), ("mla", Style::Mla), ("chicago", Style::Chicago)]
                .into_iter()
                .map(|(key, style)| {
                    (style, table.remove(key).and_then(|v| v.as_str().map(str::to_string)).expect(key))
                })
                .collect();
        let source: Source = toml::Value::Table(table).try_into().expect("a source");
        for (style, known) in expected {
            let rendered = render(&source, style, Lang::En).expect("renders");
            if normalize(&rendered) != normalize(&known) {
                mismatches
                    .push(format!("{id} {}:\n  rendered: {rendered}\n  known:    {known}", style.as_str()));
            }
            // The known-correct string, typed by a learner, is fully correct.
            let spec = CitationSpec {
                source: source.clone(),
                style,
                locale: Lang::En,
                given: None,
                key: rendered,
                key_marked: None,
            };
            let verdict = grade_kind(&ExerciseKind::Citation(Box::new(spec)), &Answer::Text(known.clone()));
            if !verdict.correct {
                mismatches.push(format!("{id} {}: the known string is not graded correct", style.as_str()));
            }
            checked += 1;
        }
    }
    assert!(mismatches.is_empty(), "{} mismatches:\n{}", mismatches.len(), mismatches.join("\n"));
    assert_eq!(checked, sources.len() * 3);
}
