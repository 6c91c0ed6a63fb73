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
