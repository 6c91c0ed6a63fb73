//! `infolit export`: results for facilitators as CSV and JSON.

use crate::util::Test;

fn grade(test: &Test, learner: &str, answer: &str) {
    let output =
        test.clone_args(&["--course", ".", "--learner", learner, "grade", "and-narrows", answer]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
}

#[test]
fn csv_has_one_row_per_attempt_and_the_summary_one_per_exercise() {
    let test = Test::with_course();
    grade(&test, "Budi", "b");
    grade(&test, "Budi", "a");
    grade(&test, "Sari", "b");
    let csv = test.clone_args(&["export", "--format", "csv", "--all"]).run();
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let lines: Vec<&str> = csv.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "{}", csv.stdout);
    assert!(lines[0].starts_with("learner,workshop,lesson,exercise,answer,score,max,correct"));
    assert!(lines[1].starts_with("Budi,search,boolean,and-narrows,b,0,1,false,"), "{}", lines[1]);
    assert!(lines[2].starts_with("Budi,search,boolean,and-narrows,a,1,1,true,"), "{}", lines[2]);
    let summary = test.clone_args(&["--learner", "budi", "export", "--format", "csv", "--summary"]).run();
    assert_eq!(
        summary.stdout,
        "learner,workshop,lesson,exercise,attempts,best_score,correct\r\nBudi,search,boolean,and-narrows,2,1,true\r\n"
    );
}

#[test]
fn json_follows_the_documented_schema_and_names_can_be_pseudonyms() {
    let test = Test::with_course();
    grade(&test, "Budi", "a");
    let json = test
        .clone_args(&["export", "--format", "json", "--all", "--pseudonymize", "--pseudonym-key", "lab-3"])
        .run();
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(value["schema"], "infolit-export");
    assert_eq!(value["version"], 1);
    assert_eq!(value["pseudonymized"], true);
    let learner = &value["learners"][0];
    let pseudonym = learner["learner"].as_str().expect("a name");
    assert!(pseudonym.starts_with("learner-") && !json.stdout.contains("Budi"), "{pseudonym}");
    assert_eq!(learner["attempts"][0]["exercise"], "and-narrows");
    assert_eq!(learner["attempts"][0]["correct"], true);
    // The same key gives the same pseudonym.
    let again = test
        .clone_args(&["export", "--format", "json", "--all", "--pseudonymize", "--pseudonym-key", "lab-3"])
        .run();
    assert!(again.stdout.contains(pseudonym));
}

#[test]
fn a_file_is_written_whole_with_a_bom_when_asked() {
    let test = Test::with_kinds();
    let typed = test.clone_args(&["--course", ".", "--learner", "Budi", "grade", "operator", "=1+1"]).run();
    assert_eq!(typed.code, 0, "{}", typed.stderr);
    let output = test.clone_args(&["export", "--format", "csv", "--all", "--bom", "-o", "results.csv"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let bytes = std::fs::read(test.root().join("results.csv")).expect("the file");
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    assert!(String::from_utf8_lossy(&bytes).contains(",'=1+1,"), "the answer is neutralised");
}

#[test]
fn whose_results_must_be_said() {
    let output = Test::with_course().args(&["export", "--format", "csv"]).run();
    assert_eq!(output.code, 2);
    output.assert_stderr_contains("--all, or --learner NAME");
}

/// The example in `docs/export-format.md` has exactly the fields a real export has.
#[test]
fn the_documented_json_example_matches_a_real_export() {
    fn keys(value: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, inner) in map {
                    let here = format!("{path}.{key}");
                    out.push(here.clone());
                    keys(inner, &here, out);
                }
            }
            serde_json::Value::Array(items) => {
                if let Some(first) = items.first() {
                    keys(first, &format!("{path}[]"), out);
                }
            }
            _ => {}
        }
    }
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/export-format.md")).expect("doc");
    let start = doc.find("```json\n").expect("a JSON example") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("its end");
    let documented: serde_json::Value = serde_json::from_str(&doc[start..end]).expect("the example is JSON");

    let test = Test::with_course();
    grade(&test, "Budi", "a");
    // A survey response and a finished lesson come from a session in plain mode.
    let session = test
        .clone_args(&["--course", ".", "--lang", "en", "--learner", "Budi"])
        .run_with_stdin("1\n1\n\n\n\n\n\n\n\n\n\n\n\n\nq\n");
    assert_eq!(session.code, 0, "{}", session.stderr);
    let real: serde_json::Value =
        serde_json::from_str(&test.clone_args(&["export", "--format", "json", "--all"]).run().stdout)
            .expect("JSON");
    let (mut want, mut have) = (Vec::new(), Vec::new());
    keys(&documented, "", &mut want);
    keys(&real, "", &mut have);
    want.sort();
    have.sort();
    // Arrays that are empty in this export show no inner fields; compare what both show.
    let have_set: std::collections::BTreeSet<&String> = have.iter().collect();
    let missing: Vec<&String> = want
        .iter()
        .filter(|k| !have_set.contains(k) && !k.contains("responses[]") && !k.contains("completed_lessons[]"))
        .collect();
    assert!(missing.is_empty(), "documented but not exported: {missing:?}");
    let want_set: std::collections::BTreeSet<&String> = want.iter().collect();
    let undocumented: Vec<&String> = have.iter().filter(|k| !want_set.contains(k)).collect();
    assert!(undocumented.is_empty(), "exported but not documented: {undocumented:?}");
}

#[test]
fn xapi_statements_keep_the_rules_and_keep_their_ids() {
    let test = Test::with_course();
    grade(&test, "Budi", "b");
    grade(&test, "Budi", "a");
    let session = test
        .clone_args(&["--course", ".", "--lang", "en", "--learner", "Sari"])
        .run_with_stdin("1\n1\n\n\n\n\n\n\n\n\n\n\n\n\nq\n");
    assert_eq!(session.code, 0, "{}", session.stderr);
    let export = |extra: &[&str]| -> Vec<serde_json::Value> {
        let mut args = vec![
            "--course",
            ".",
            "export",
            "--format",
            "xapi",
            "--all",
            "--xapi-home",
            "https://perpustakaan.example/",
        ];
        args.extend_from_slice(extra);
        let output = test.clone_args(&args).run();
        assert_eq!(output.code, 0, "{}", output.stderr);
        serde_json::from_str(&output.stdout).expect("a JSON array")
    };
    let statements = export(&[]);
    assert!(statements.len() >= 2, "{statements:?}");
    for statement in &statements {
        let problems = infolit::export::xapi_rules::check(statement);
        assert!(problems.is_empty(), "{problems:?}\n{statement:#}");
    }
    let answered: Vec<&serde_json::Value> =
        statements.iter().filter(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered").collect();
    let first = answered.iter().find(|s| s["actor"]["account"]["name"] == "Budi").expect("Budi's answer");
    assert_eq!(first["actor"]["account"]["homePage"], "https://perpustakaan.example/");
    assert_eq!(first["object"]["definition"]["interactionType"], "choice");
    assert_eq!(first["object"]["definition"]["correctResponsesPattern"][0], "a");
    assert_eq!(first["result"]["success"], false);
    assert_eq!(first["result"]["score"]["scaled"], 0.0);
    assert!(
        first["context"]["contextActivities"]["parent"][0]["id"]
            .as_str()
            .expect("lesson")
            .ends_with("/lesson/search/boolean")
    );
    // Exporting again gives the same statement ids: sending twice never duplicates.
    let ids = |s: &[serde_json::Value]| {
        s.iter().map(|s| s["id"].as_str().expect("id").to_string()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&export(&[])), ids(&statements));
    let unique: std::collections::BTreeSet<String> = ids(&statements).into_iter().collect();
    assert_eq!(unique.len(), statements.len());
    // Sari opened the lesson and read its page.
    let sari = |verb: &str| {
        statements
            .iter()
            .filter(|s| {
                s["actor"]["account"]["name"] == "Sari"
                    && s["verb"]["id"] == format!("http://adlnet.gov/expapi/verbs/{verb}")
            })
            .count()
    };
    assert_eq!((sari("attempted"), sari("experienced")), (1, 1), "{statements:#?}");
    // Learners named by a mailbox instead of an account.
    let mailboxes = export(&["--xapi-mbox-domain", "lab.example.org"]);
    assert!(
        mailboxes
            .iter()
            .all(|s| s["actor"]["mbox"].as_str().is_some_and(|m| m.ends_with("@lab.example.org")))
    );
    assert!(mailboxes.iter().all(|s| infolit::export::xapi_rules::check(s).is_empty()));
    let bad = test
        .clone_args(&[
            "--course",
            ".",
            "export",
            "--format",
            "xapi",
            "--all",
            "--xapi-mbox-domain",
            "not a domain",
        ])
        .run();
    assert_eq!(bad.code, 2);
}

/// A workshop with `mastery`: completing a lesson is judged `passed` or `failed`.
#[test]
fn a_workshop_with_mastery_says_passed_or_failed_for_completed_lessons() {
    let test = Test::with_course();
    let workshop =
        std::fs::read_to_string(test.root().join("lessons/search/workshop.toml")).expect("workshop");
    std::fs::write(test.root().join("lessons/search/workshop.toml"), format!("{workshop}mastery = 0.8\n"))
        .expect("write");
    // Sari answers wrong (option 2) and goes on to the end of the lesson.
    let session = test
        .clone_args(&["--course", ".", "--lang", "en", "--learner", "Sari"])
        .run_with_stdin("1\n1\n\n2\nn\nq\n");
    session.assert_stdout_contains("You finished the lesson");
    assert_eq!(session.code, 0, "{}", session.stderr);
    let output = test.clone_args(&["--course", ".", "export", "--format", "xapi", "--all"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let statements: Vec<serde_json::Value> = serde_json::from_str(&output.stdout).expect("JSON");
    let judged: Vec<&serde_json::Value> = statements
        .iter()
        .filter(|s| {
            s["verb"]["id"].as_str().is_some_and(|v| v.ends_with("/passed") || v.ends_with("/failed"))
        })
        .collect();
    assert_eq!(judged.len(), 1, "{statements:#?}");
    assert_eq!(judged[0]["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
    assert_eq!(judged[0]["result"]["success"], false);
    assert!(infolit::export::xapi_rules::check(judged[0]).is_empty());
}

#[test]
fn moodle_grades_have_a_row_per_learner_and_a_column_per_workshop_and_lesson() {
    let test = Test::with_kinds();
    grade(&test, "Budi", "a");
    let typed = test.clone_args(&["--course", ".", "--learner", "Sari", "grade", "operator", "AND"]).run();
    assert_eq!(typed.code, 0, "{}", typed.stderr);
    let output = test.clone_args(&["--course", ".", "export", "--format", "grades-csv", "--all"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    let lines: Vec<&str> = output.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "username,search,search/boolean,search/kinds");
    let budi = lines.iter().find(|l| l.starts_with("Budi,")).expect("Budi");
    let sari = lines.iter().find(|l| l.starts_with("Sari,")).expect("Sari");
    // Budi answered the one exercise of the first lesson right; Sari one of the second's.
    assert!(budi.starts_with("Budi,") && budi.contains(",100,0"), "{budi}");
    assert!(sari.contains(",0,"), "{sari}");
}

#[test]
fn the_course_s_exercises_as_gift_with_what_cannot_be_said_listed() {
    let course = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kinds-course");
    let output = Test::new().args(&["--course", course, "--lang", "id", "export", "--format", "gift"]).run();
    assert_eq!(output.code, 0, "{}", output.stderr);
    output.assert_stdout_contains("$CATEGORY: Jenis latihan/Semua jenis");
    output.assert_stdout_contains("// id: single\n::Satu jawaban::");
    output.assert_stdout_contains("{=tidak sah\n}");
    output.assert_stderr_contains("infolit: left out steps: ordering has no GIFT question type");
    output.assert_stderr_contains(
        "infolit: left out search: a search on the practice catalogue cannot be graded in Moodle",
    );
}
