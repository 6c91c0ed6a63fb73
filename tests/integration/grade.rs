//! `infolit grade`: one answer graded without the TUI.

use crate::util::Test;

#[test]
fn a_right_and_a_wrong_choice() {
    Test::with_course()
        .args(&["--course", ".", "--lang", "en", "grade", "and-narrows", "a"])
        .expect("correct: score 1 of 1\nYes.\n", 0);
    Test::with_course()
        .args(&["--course", ".", "--lang", "id", "grade", "and-narrows", "2"])
        .expect("incorrect: score 0 of 1\nOR memperluas.\n", 0);
}

#[test]
fn partial_credit_and_notes() {
    Test::with_kinds().args(&["--course", ".", "--lang", "en", "grade", "synonyms", "a", "c"]).expect(
        "incorrect: score 0 of 1\nYou picked 1 of the 2 correct answers.\nWrong picks: 1.\nAnother concept.\n",
        0,
    );
    Test::with_kinds()
        .args(&["--course", ".", "--lang", "en", "grade", "synonyms", "a"])
        .expect("incorrect: score 0.5 of 1\nYou picked 1 of the 2 correct answers.\n", 0);
}

#[test]
fn typed_answers() {
    Test::with_kinds()
        .args(&["--course", ".", "--lang", "en", "grade", "operator", "ANF"])
        .expect("correct: score 1 of 1\nAccepted, but check the spelling: “AND”.\nYes.\n", 0);
    Test::with_kinds()
        .args(&["--course", ".", "--lang", "en", "grade", "count", "-3"])
        .expect("incorrect: score 0 of 1\nToo low.\n", 0);
    Test::with_kinds()
        .args(&["--course", ".", "--lang", "id", "grade", "count", "75,0"])
        .expect("correct: score 1 of 1\n", 0);
}

#[test]
fn json_for_tools() {
    let output = Test::with_kinds()
        .args(&["--course", ".", "--lang", "en", "grade", "--json", "operator", "or"])
        .run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let json: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "exercise": "operator", "answer": "or", "correct": false, "score": 0.0, "max": 1.0,
            "feedback": ["OR broadens."]
        })
    );
}

#[test]
fn an_unknown_id_suggests_the_close_one() {
    let output = Test::with_course().args(&["--course", ".", "grade", "and-narow", "a"]).expect("", 2);
    assert_eq!(output.stderr, "infolit: no exercise has the id `and-narow`; did you mean `and-narrows`?\n");
}

#[test]
fn an_unreadable_answer_is_a_usage_error() {
    let output = Test::with_course().args(&["--course", ".", "grade", "and-narrows", "e"]).expect("", 2);
    output.assert_stderr_contains("there is no option e: this exercise has 2 options");
}

#[test]
fn orders_and_matches() {
    let course = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");
    Test::new()
        .args(&["--course", course, "--lang", "en", "grade", "steps", "b", "a", "c", "d"])
        .expect("incorrect: score 0.67 of 1\nThe longest run already in the right order: 3 of 4 items.\n", 0);
    Test::new()
        .args(&["--course", course, "grade", "pairs", "1a", "2b", "3c"])
        .expect("correct: score 1 of 1\n", 0);
    let output = Test::new().args(&["--course", course, "grade", "steps", "a", "b"]).expect("", 2);
    output.assert_stderr_contains("c, d missing: put all 4 items in the sequence");
}

#[test]
fn a_cloze_takes_one_value_per_gap() {
    let course = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");
    Test::new()
        .args(&["--course", course, "--lang", "en", "grade", "gaps", "AND", "c"])
        .expect("incorrect: score 0.5 of 1\nLook again at gap 2.\n", 0);
    let output = Test::new().args(&["--course", course, "grade", "gaps", "AND | b | c"]).expect("", 2);
    output.assert_stderr_contains("this text has 2 gaps, and 3 values were given");
}

const KINDS_COURSE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");

#[test]
fn a_query_is_graded_by_what_it_retrieves() {
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "search", "su:\"information literacy\""])
        .expect("correct: score 1 of 1\nYour query found 2 records: 2 of the 2 relevant ones.\n", 0);
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "search", "su:\"information literacy\" NOT lang:id"])
        .expect(
            "incorrect: score 0.83 of 1\n\
             Your query found 1 records: 1 of the 2 relevant ones.\n\
             Missed: L12 “Literasi informasi generasi x, y, dan z dalam penyusunan karya tulis ilmiah Universitas Diponegoro”.\n\
             NOT lang:id removed 1 relevant records (they match lang:id). Narrow the NOT part, or drop it.\n",
            0,
        );
    Test::new().args(&["--course", KINDS_COURSE, "--lang", "id", "grade", "search", "su:(literasi"]).expect(
        "incorrect: score 0 of 1\nTanda kurung ini tidak pernah ditutup. Tambahkan ) di akhir kelompoknya.\n",
        0,
    );
}

#[test]
fn check_finds_unknown_records_and_a_solution_that_fails_its_own_criteria() {
    let records = "format_version = 1\n\n[[subject]]\nid = \"s\"\nlabel = { id = \"subjek\", en = \"subject\" }\n\n\
                   [[record]]\nid = \"R1\"\ntype = \"book\"\nlang = \"id\"\ntitle = \"Literasi informasi\"\nauthors = []\nsubjects = [\"s\"]\n";
    let bank = "format_version = 1\n\n[[exercise]]\nid = \"q\"\nkind = \"query\"\n\
                prompt = { id = \"Cari.\", en = \"Search.\" }\ntarget = [\"R2\"]\nsolution = \"literasi\"\n\n\
                [[exercise.examples]]\nanswer = \"literasi\"\nexpect = \"correct\"\n";
    let output = Test::with_course()
        .file("exercises/catalog/records.toml", records)
        .file("exercises/query.toml", bank)
        .args(&["check", "."])
        .run();
    output
        .assert_stdout_contains("exercises/query.toml:7:11: error[IL0601]: no record `R2` in the catalogue");
    output.assert_stdout_contains("did you mean `R1`?");
    output.assert_stdout_contains("error[IL0605]: the solution does not meet the exercise's own criteria");
}

#[test]
fn identifiers_are_graded_from_the_algorithm_with_the_working() {
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "isbn10-check", "7"])
        .expect(
            "correct: score 1 of 1\nWeighted sum: 90 + 63 + 72 + 21 + 0 + 30 + 8 + 21 + 18 = 323; 323 mod 11 = 4; (11 − 4) mod 11 gives the check digit 7.\n",
            0,
        );
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "id", "grade", "isbn10-check", "4"])
        .expect(
            "incorrect: score 0 of 1\nItu sisa bagi (jumlah mod 11 = 4), belum digit pemeriksanya: kurangkan dari 11, lalu ambil mod 11 lagi.\n",
            0,
        );
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "to-isbn13", "978-979-3062-79-7"])
        .expect(
            "incorrect: score 0 of 1\nThe old ISBN-10 check digit was kept: drop it, and compute a new one with the rule of the new scheme.\n",
            0,
        );
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "doi-link", "http://dx.doi.org/10.1002/(SICI)1097-4571(199106)42:5<361::AID-ASI6>3.0.CO;2-#"])
        .expect(
            "incorrect: score 0 of 1\nUse https, not http.\nDrop the old dx.: https://doi.org/.\nIn a URL these characters must be encoded (the DOI Handbook): # → %23.\n",
            0,
        );
}

#[test]
fn check_refuses_an_identifier_task_without_an_answer() {
    let bank = "format_version = 1\n\n[[exercise]]\nid = \"i\"\nkind = \"identifier\"\ntask = \"isbn13-to-10\"\n\
                given = \"979-10-90636-07-1\"\nprompt = { id = \"Ubah.\", en = \"Convert.\" }\n\n\
                [[exercise]]\nid = \"j\"\nkind = \"identifier\"\ntask = \"check-digit\"\nscheme = \"isbm10\"\n\
                given = \"0-06-251587-?\"\nprompt = { id = \"Hitung.\", en = \"Compute.\" }\n";
    let output = Test::with_course().file("exercises/ids.toml", bank).args(&["check", "."]).run();
    output.assert_stdout_contains(
        "exercises/ids.toml:7:9: error[IL0513]: an ISBN-13 that starts with 979 has no ISBN-10",
    );
    output.assert_stdout_contains("exercises/ids.toml:14:10: error[IL0205]: unknown scheme `isbm10`");
    output.assert_stdout_contains("did you mean `isbn10`?");
}

#[test]
fn licences_and_terms_are_graded_by_the_rules_and_cite_them() {
    Test::new().args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "cc-choose", "CC BY"]).expect(
        "incorrect: score 0 of 1\n\
             The creator does not allow commercial use, so the licence needs NC (NonCommercial).\n\
             Adaptations may be shared if they carry the same licence: that is SA (ShareAlike).\n",
        0,
    );
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "id", "grade", "cc-combine", "tidak bisa"])
        .expect(
            "correct: score 1 of 1\n\
             Aturannya (bagan kompatibilitas Creative Commons): BY-SA tidak dapat menerima pembatasan NC: adaptasinya harus tetap BY-SA.\n",
            0,
        );
    Test::new()
        .args(&["--course", KINDS_COURSE, "--lang", "en", "grade", "pd-year", "2050"])
        .expect(
            "incorrect: score 0 of 1\n\
             That is the last year of protection: it ends on 31 December of that year, and the work enters the public domain on 1 January of the next.\n\
             UU No. 28/2014, Article 58: the author's life plus 70 years, counted from 1 January of the year after the death; the work enters the public domain on the next 1 January.\n",
            0,
        );
}

#[test]
fn check_names_keys_of_another_licence_task_and_warns_of_borderline_deaths() {
    let bank = "format_version = 1\n\n[[exercise]]\nid = \"a\"\nkind = \"license\"\ntask = \"use\"\nlicense = \"CC BY\"\n\
                use = \"share\"\nworks = [\"CC BY\", \"CC0\"]\nprompt = { id = \"Boleh?\", en = \"Allowed?\" }\n\n\
                [[exercise]]\nid = \"b\"\nkind = \"license\"\ntask = \"public-domain\"\nterm = \"life+70\"\nyears = [1950]\n\
                prompt = { id = \"Kapan?\", en = \"When?\" }\n";
    let output = Test::with_course().file("exercises/cc.toml", bank).args(&["check", "."]).run();
    output.assert_stdout_contains(
        "exercises/cc.toml:9:9: error[IL0514]: `works` is not a key of the task `use`",
    );
    output.assert_stdout_contains("the task `use` uses `license`, `use`");
    output.assert_stdout_contains(
        "exercises/cc.toml:17:10: warning[IL0516]: an author who died between 1945 and 1964 is a borderline case",
    );
}
