//! `infolit new`: the path a new author takes — scaffold, check, grade an example.

use crate::util::Test;

#[test]
fn a_new_author_scaffolds_a_workshop_that_checks_clean_and_grades() {
    let test = Test::new().dir("course");
    let run = |args: &[&str]| {
        let output = test.clone_args(args).run();
        assert_eq!(output.code, 0, "{args:?}: {}", output.stderr);
        output
    };
    let made = run(&["--course", "course", "new", "workshop", "perpus"]);
    assert_eq!(
        made.stdout,
        "wrote lessons/perpus/workshop.toml\nwrote lessons/perpus/perpus-welcome.toml\nnext: edit the texts, then run `infolit check course`\n"
    );
    run(&["--course", "course", "new", "lesson", "perpus", "latihan"]);
    run(&["--course", "course", "new", "exercise", "citation", "kutip-apa", "--lesson", "perpus/latihan"]);
    run(&["--course", "course", "new", "exercise", "license", "lisensi", "--lesson", "perpus/latihan"]);
    run(&["--course", "course", "new", "exercise", "choice", "pilih", "--lesson", "perpus/latihan"]);
    let check = run(&["check", "course"]);
    assert!(check.stdout.ends_with("0 errors, 0 warnings in 4 files\n"), "{}", check.stdout);
    // The scaffolded examples are real: the citation's key grades as correct.
    let graded = run(&[
        "--course",
        "course",
        "--lang",
        "en",
        "grade",
        "kutip-apa",
        "Eisenberg, M. B., & Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.",
    ]);
    assert!(graded.stdout.starts_with("correct"), "{}", graded.stdout);
    // The same id twice is refused, and nothing is overwritten.
    let again = test.clone_args(&["--course", "course", "new", "workshop", "perpus"]).run();
    assert_eq!(again.code, 2);
    again.assert_stderr_contains("exists already");
}

#[test]
fn a_course_is_packed_into_one_file_that_runs_and_a_damaged_pack_is_refused() {
    let test = Test::new().dir("course");
    let run = |args: &[&str]| test.clone_args(args).run();
    assert_eq!(run(&["--course", "course", "new", "workshop", "perpus"]).code, 0);
    assert_eq!(
        run(&[
            "--course",
            "course",
            "new",
            "exercise",
            "text",
            "singkatan",
            "--lesson",
            "perpus/perpus-welcome"
        ])
        .code,
        0
    );
    let packed = run(&["pack", "course", "-o", "perpus.infolit"]);
    assert_eq!(packed.code, 0, "{}", packed.stderr);
    packed.assert_stdout_contains("run it with `infolit --course perpus.infolit`");
    let list = run(&["--course", "perpus.infolit", "list"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    list.assert_stdout_contains("singkatan");
    // One byte changed on the way: refused, with the reason.
    let path = test.root().join("perpus.infolit");
    let pack = std::fs::read_to_string(&path).expect("pack");
    std::fs::write(&path, pack.replacen("Judul lokakarya", "Judul lokakaryA", 1)).expect("changed");
    let damaged = run(&["--course", "perpus.infolit", "list"]);
    assert_eq!(damaged.code, 2);
    damaged.assert_stderr_contains("perpus.infolit: the pack is damaged or was changed");
    // A course with errors is not packed.
    std::fs::write(
        test.root().join("course/lessons/perpus/workshop.toml"),
        "format_version = 1\nid = \"x\"\n",
    )
    .expect("broken");
    assert_eq!(run(&["pack", "course", "-o", "broken.infolit"]).code, 1);
    assert!(!test.root().join("broken.infolit").exists());
}

/// The whole path of a new author, headless: scaffold, edit, check, preview, grade an example.
#[test]
fn a_new_author_edits_checks_previews_and_grades() {
    let test = Test::new().dir("course");
    let run = |args: &[&str]| test.clone_args(args).run();
    assert_eq!(run(&["--course", "course", "new", "workshop", "perpus"]).code, 0);
    let made = run(&[
        "--course",
        "course",
        "new",
        "exercise",
        "choice",
        "pilih",
        "--lesson",
        "perpus/perpus-welcome",
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    // The author writes their own page.
    let lesson = test.root().join("course/lessons/perpus/perpus-welcome.toml");
    let scaffolded = std::fs::read_to_string(&lesson).expect("lesson");
    let edited = scaffolded.replace(
        "Write the lesson text here, in **Markdown**.",
        "A library catalogue lists what the library **holds**.",
    );
    assert_ne!(edited, scaffolded, "the scaffold has the placeholder text");
    std::fs::write(&lesson, &edited).expect("edit");
    let check = run(&["check", "course"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    // The preview opens at that lesson, not at the home screen, and shows the edit.
    let preview = test
        .clone_args(&["--lang", "en", "--plain", "preview", "course/lessons/perpus/perpus-welcome.toml"])
        .run_with_stdin("q\n");
    assert_eq!(preview.code, 0, "{}", preview.stderr);
    assert!(preview.stdout.starts_with("\n== Lesson title — Step 1 of 2 =="), "{}", preview.stdout);
    preview.assert_stdout_contains("A library catalogue lists what the library holds.");
    // Nothing a preview does is recorded as a learner's work.
    let progress = run(&["progress"]);
    assert!(!progress.stdout.contains("preview"), "{}", progress.stdout);
    // The workshop folder previews the workshop's lesson list.
    let workshop = test
        .clone_args(&["--lang", "en", "--plain", "preview", "course/lessons/perpus"])
        .run_with_stdin("q\n");
    assert!(workshop.stdout.starts_with("\n== Workshop title =="), "{}", workshop.stdout);
    // The scaffolded example grades as its author says.
    let graded = run(&["--course", "course", "--lang", "en", "grade", "pilih", "a"]);
    assert_eq!(graded.code, 0, "{}", graded.stderr);
    assert!(graded.stdout.starts_with("correct"), "{}", graded.stdout);
}

#[test]
fn preview_refuses_a_broken_course_a_stray_path_and_watching_without_a_terminal() {
    let test = Test::with_course();
    let run = |args: &[&str]| test.clone_args(args).run_with_stdin("q\n");
    let watch = run(&["preview", "--watch", "lessons/search/boolean.toml"]);
    assert_eq!(watch.code, 2);
    watch.assert_stderr_contains("--watch needs the full-screen view");
    let bank = run(&["preview", "exercises/bank.toml"]);
    assert_eq!(bank.code, 2);
    bank.assert_stderr_contains("preview a lesson file, a workshop folder");
    std::fs::write(test.root().join("lessons/search/boolean.toml"), "id = \"boolean\"\nminuten = 5\n")
        .expect("break");
    let broken = run(&["preview", "lessons/search/boolean.toml"]);
    assert_eq!(broken.code, 1);
    broken.assert_stderr_contains("boolean.toml:2:1: error");
}
