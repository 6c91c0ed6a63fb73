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
