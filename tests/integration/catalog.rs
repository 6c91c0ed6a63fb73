//! `infolit catalog`: searching the practice catalogue from the command line.

use crate::util::Test;

const COURSE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");

#[test]
fn search_shows_how_the_query_was_read_and_the_results() {
    Test::new().args(&["--course", COURSE, "--lang", "en", "catalog", "search", "litera* OR stunting NOT ti:review"]).expect(
        "Your query was read as: litera* OR (stunting AND NOT title:review)\n\
         2 results\n  \
         L12  2020  [Literasi] informasi generasi x, y, dan z dalam penyusunan karya tulis ilmiah Universitas Diponegoro — Fitri, Rizki Nursistian; Prasetyawan, Yanuar Yoga\n  \
         L02  1991  Inside the search process: Information seeking from the user's perspective — Kuhlthau, Carol C.\n",
        0,
    );
}

#[test]
fn search_as_json_lists_every_match_and_the_total() {
    let output = Test::new()
        .args(&["--course", COURSE, "catalog", "search", "--json", "lang:id OR year:..1995"])
        .run();
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(json["query"], "lang:id OR year:..1995");
    assert_eq!(json["total"], 3);
    let ids: Vec<&str> =
        json["results"].as_array().expect("results").iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids.len(), 3);
    for id in ["L02", "L12", "H06"] {
        assert!(ids.contains(&id), "{ids:?}");
    }
}

#[test]
fn each_result_names_the_words_the_query_found_in_it() {
    let output = Test::new()
        .args(&[
            "--course",
            COURSE,
            "--lang",
            "en",
            "catalog",
            "search",
            "--json",
            "\"search process\" OR litera*",
        ])
        .run();
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    let found = |id: &str| -> Vec<String> {
        let result = json["results"].as_array().expect("results").iter().find(|r| r["id"] == id).expect(id);
        result["found"]
            .as_array()
            .expect("found")
            .iter()
            .filter_map(|w| w.as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(found("L02"), ["search process", "literacy"]);
    assert_eq!(found("L12")[0], "Literasi");
}

#[test]
fn explain_counts_what_each_part_matched() {
    Test::new().args(&["--course", COURSE, "--lang", "en", "catalog", "explain", "ti:literasi OR hirata and x"]).expect(
        "Your query was read as: title:literasi OR (hirata AND and AND x)\n\
         Note: and is in lower case, so it was searched as a word. Write AND to combine.\n     \
         1  title:literasi OR (hirata AND and AND x)\n     \
         1    title:literasi\n     \
         0    hirata AND and AND x\n     \
         1      hirata\n     \
         0      and\n     \
         1      x\n  \
         L12  2020  Literasi informasi generasi x, y, dan z dalam penyusunan karya tulis ilmiah Universitas Diponegoro — Fitri, Rizki Nursistian; Prasetyawan, Yanuar Yoga\n",
        0,
    );
}

#[test]
fn a_mistake_in_the_query_is_shown_where_it_is() {
    let output = Test::new()
        .args(&["--course", COURSE, "--lang", "id", "catalog", "search", "stunting AND (indonesia"])
        .expect("", 2);
    assert_eq!(
        output.stderr,
        "infolit: cannot read the query:\n  stunting AND (indonesia\n               ^ Tanda kurung ini tidak pernah ditutup.\n  Tambahkan ) di akhir kelompoknya.\n"
    );
}

#[test]
fn dump_lists_every_record() {
    let output = Test::new().args(&["--course", COURSE, "catalog", "dump", "--json"]).run();
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(json.as_array().map(Vec::len), Some(4));
    assert_eq!(json[2]["isbn"][0], "979-3062-79-7");
}

#[test]
fn check_validates_catalogue_files() {
    let bad = "format_version = 1\n\n[[record]]\nid = \"X1\"\ntype = \"bok\"\nlang = \"id\"\ntitle = \"T\"\nsubjects = [\"stuntin\"]\n\n[[subject]]\nid = \"stunting\"\nlabel = \"Stunting\"\n";
    Test::with_course()
        .file("exercises/catalog/records.toml", bad)
        .args(&["check", "exercises/catalog/records.toml"])
        .expect(
            "exercises/catalog/records.toml:5:8: error[IL0205]: unknown record type `bok`\n    \
         5 | type = \"bok\"\n      |        ^^^^^ did you mean `book`?\n\
         1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
    let unknown_subject = bad.replace("\"bok\"", "\"book\"");
    Test::with_course()
        .file("exercises/catalog/records.toml", &unknown_subject)
        .args(&["check", "exercises/catalog/records.toml"])
        .expect(
            "exercises/catalog/records.toml:8:13: error[IL0601]: no subject has the id `stuntin`\n    \
         8 | subjects = [\"stuntin\"]\n      |             ^^^^^^^^^ did you mean `stunting`?\n\
         1 error, 0 warnings in 1 file\nFor more on a problem: infolit explain CODE\n",
            1,
        );
}

#[test]
fn the_bundled_catalogue_is_large_and_mixed_enough_to_practise_on() {
    let output = Test::new().args(&["catalog", "dump", "--json"]).run();
    let records: Vec<serde_json::Value> = serde_json::from_str(&output.stdout).expect("JSON");
    assert!(records.len() >= 300, "{} records", records.len());
    let count = |key: &str, value: &str| records.iter().filter(|r| r[key] == value).count();
    assert!(count("lang", "id") >= 100 && count("lang", "en") >= 100);
    for kind in ["book", "article", "thesis", "web", "report"] {
        assert!(count("type", kind) >= 5, "{kind}");
    }
    // Every record has a summary in both languages.
    assert!(records.iter().all(|r| r["abstract"]["id"].is_string() && r["abstract"]["en"].is_string()));
}

#[test]
fn with_stem_a_word_also_finds_its_other_forms_and_says_which() {
    Test::new().args(&["--course", COURSE, "--lang", "en", "catalog", "search", "determinant"]).expect(
        "Your query was read as: determinant\n\
         0 results\n",
        0,
    );
    Test::new()
        .args(&["--course", COURSE, "--lang", "en", "catalog", "search", "--stem", "determinant"])
        .expect(
            "Your query was read as: determinant OR determinants OR determines\n\
         1 results\n  \
         M01  2018  A review of child stunting [determinants] in Indonesia — Beal, Ty; Tumilowicz, Alison\n",
            0,
        );
    let output = Test::new()
        .args(&[
            "--course",
            COURSE,
            "--lang",
            "en",
            "catalog",
            "explain",
            "--stem",
            "determinant AND \"child stunting\"",
        ])
        .run();
    assert!(output.stdout.contains("determinants"), "{}", output.stdout);
    assert!(output.stdout.contains("\"child stunting\""), "a phrase stays as written: {}", output.stdout);
}
