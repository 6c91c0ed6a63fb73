//! A small builder for running `infolit` on a temporary course folder with its own
//! `INFOLIT_HOME`, and for asserting its output and exit code.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use tempfile::TempDir;

/// A valid one-lesson course; tests overwrite one file to break it.
pub const WORKSHOP: &str = r#"format_version = 1
id = "search"
title = { id = "Penelusuran", en = "Searching" }
description = { id = "Belajar mencari.", en = "Learn to search." }
lessons = ["boolean"]
"#;

pub const LESSON: &str = r##"id = "boolean"
title = { id = "Operator Boolean", en = "Boolean operators" }
minutes = 10
objectives = [{ id = "Memakai AND.", en = "Use AND." }]

[[step]]
title = { id = "AND", en = "AND" }
page = { id = "# AND\n\nAND mempersempit.", en = "# AND\n\nAND narrows." }

[[step]]
exercise = "and-narrows"
"##;

pub const BANK: &str = r#"format_version = 1

[[exercise]]
id = "and-narrows"
kind = "choice"
title = { id = "AND", en = "AND" }
prompt = { id = "Operator mana yang mempersempit?", en = "Which operator narrows?" }
hints = [{ id = "Irisan.", en = "Intersection." }]
explanation = { id = "AND adalah irisan.", en = "AND is the intersection." }

[[exercise.option]]
text = "AND"
correct = true
feedback = { id = "Ya.", en = "Yes." }

[[exercise.option]]
text = "OR"
feedback = { id = "OR memperluas.", en = "OR broadens." }

[[exercise.examples]]
answer = "a"
expect = "correct"

[[exercise.examples]]
answer = "b"
expect = "incorrect"
"#;

pub struct Test {
    dir: TempDir,
    args: Vec<String>,
    stdin: String,
    current_dir: Option<PathBuf>,
    envs: Vec<(String, String)>,
}

pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Output {
    #[track_caller]
    pub fn assert_stdout_contains(&self, needle: &str) {
        assert!(self.stdout.contains(needle), "stdout lacks {needle:?}:\n{}", self.stdout);
    }

    /// Each text appears in stdout, after the one before it.
    #[track_caller]
    pub fn assert_stdout_in_order(&self, texts: &[&str]) {
        let mut rest = self.stdout.as_str();
        for expected in texts {
            let at = rest
                .find(expected)
                .unwrap_or_else(|| panic!("missing, or out of order: {expected:?}\n---\n{}", self.stdout));
            rest = &rest[at + expected.len()..];
        }
    }

    #[track_caller]
    pub fn assert_stderr_contains(&self, needle: &str) {
        assert!(self.stderr.contains(needle), "stderr lacks {needle:?}:\n{}", self.stderr);
    }
}

impl Test {
    /// An empty temporary folder.
    pub fn new() -> Self {
        Test {
            dir: TempDir::new().expect("temp dir"),
            args: Vec::new(),
            stdin: String::new(),
            current_dir: None,
            envs: Vec::new(),
        }
    }

    /// A temporary folder holding the valid course above.
    pub fn with_course() -> Self {
        Test::new()
            .file("lessons/search/workshop.toml", WORKSHOP)
            .file("lessons/search/boolean.toml", LESSON)
            .file("exercises/bank.toml", BANK)
    }

    pub fn file(self, path: &str, contents: &str) -> Self {
        self.bytes(path, contents.as_bytes())
    }

    pub fn bytes(self, path: &str, contents: &[u8]) -> Self {
        let path = self.dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("create folders");
        std::fs::write(path, contents).expect("write file");
        self
    }

    pub fn dir(self, path: &str) -> Self {
        std::fs::create_dir_all(self.dir.path().join(path)).expect("create folder");
        self
    }

    /// The temporary folder (the course root, with the data in `home/`).
    pub fn root(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// A view of this test with other arguments, sharing its folder.
    pub fn clone_args(&self, args: &[&str]) -> Shared<'_> {
        Shared { test: self, args: args.iter().map(ToString::to_string).collect(), envs: self.envs.clone() }
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(ToString::to_string));
        self
    }

    /// Sets an environment variable for the run (such as `INFOLIT_NOW`).
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.envs.push((key.to_string(), value.to_string()));
        self
    }

    pub fn stdin(mut self, stdin: &str) -> Self {
        self.stdin = stdin.to_string();
        self
    }

    /// Runs from this subfolder of the temporary folder instead of its root.
    pub fn in_dir(mut self, sub: &str) -> Self {
        self.current_dir = Some(self.dir.path().join(sub));
        self
    }

    /// Runs with this input (the test can be run again with another).
    pub fn run_with_stdin(&self, stdin: &str) -> Output {
        let mut test = Test {
            dir: TempDir::new().expect("temp dir"),
            args: self.args.clone(),
            stdin: stdin.to_string(),
            current_dir: Some(self.current_dir.clone().unwrap_or_else(|| self.dir.path().to_path_buf())),
            envs: self.envs.clone(),
        };
        // Same folder and data as this test: the temporary folder made above only holds `home`
        // for tests with a `current_dir`, so point the data at this test's folder instead.
        test.dir = TempDir::new().expect("temp dir");

        test.command_in_with_home(
            test.current_dir.as_deref().unwrap_or(self.dir.path()),
            &self.dir.path().join("home"),
        )
    }

    /// Runs this test's command in another test's folder (sharing its course and data).
    pub fn run_in(&self, other: &Test) -> Output {
        self.command_in(other.dir.path())
    }

    pub fn run(&self) -> Output {
        self.command_in(self.current_dir.as_deref().unwrap_or(self.dir.path()))
    }

    fn command_in(&self, dir: &std::path::Path) -> Output {
        let home = if self.current_dir.is_some() { self.dir.path().join("home") } else { dir.join("home") };
        self.command_in_with_home(dir, &home)
    }

    fn command_in_with_home(&self, dir: &std::path::Path, home: &std::path::Path) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_infolit"))
            .args(&self.args)
            .current_dir(dir)
            .env("INFOLIT_HOME", home)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .envs(self.envs.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run infolit");
        let mut stdin = child.stdin.take().expect("stdin");
        // The program may exit before reading everything; that is not a test failure.
        let _ = stdin.write_all(self.stdin.as_bytes());
        drop(stdin);
        let output = child.wait_with_output().expect("wait for infolit");
        Output {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            code: output.status.code().unwrap_or(-1),
        }
    }

    /// Runs and asserts the exact stdout and exit code.
    #[track_caller]
    pub fn expect(&self, stdout: &str, code: i32) -> Output {
        let output = self.run();
        assert_eq!(output.stdout, stdout, "stdout differs; stderr:\n{}", output.stderr);
        assert_eq!(output.code, code, "exit code; stderr:\n{}", output.stderr);
        output
    }
}

/// A lesson with one exercise of each typed kind and a multiple choice, for `with_kinds`.
pub const KINDS_LESSON: &str = r#"id = "kinds"
title = "Kinds"
minutes = 5
objectives = ["Try every kind."]

[[step]]
exercise = "operator"

[[step]]
exercise = "count"

[[step]]
exercise = "synonyms"
"#;

pub const KINDS_BANK: &str = r#"format_version = 1

[[exercise]]
id = "operator"
kind = "text"
typos = 1
prompt = { id = "Operator apa yang mempersempit?", en = "Which operator narrows?" }
hints = [{ id = "Irisan.", en = "Intersection." }]
hint_penalty = 0.25

[[exercise.accept]]
text = "AND"
feedback = { id = "Ya.", en = "Yes." }

[[exercise.reject]]
text = "OR"
feedback = { id = "OR memperluas.", en = "OR broadens." }

[[exercise.examples]]
answer = "and"
expect = "correct"

[[exercise.examples]]
answer = "or"
expect = "incorrect"

[[exercise]]
id = "count"
kind = "numeric"
attempts = 2
prompt = { id = "120 dikurangi 45?", en = "120 minus 45?" }
explanation = { id = "120 − 45 = 75.", en = "120 − 45 = 75." }
answer = 75

[[exercise.examples]]
answer = 75
expect = "correct"

[[exercise.examples]]
answer = "76"
expect = "incorrect"

[[exercise]]
id = "synonyms"
kind = "choice"
multiple = true
penalty = 0.5
prompt = { id = "Padanan untuk *laut*?", en = "Synonyms for *sea*?" }

[[exercise.option]]
text = "laut"
correct = true

[[exercise.option]]
text = "pesisir"
correct = true

[[exercise.option]]
text = "plastik"
feedback = { id = "Konsep lain.", en = "Another concept." }

[[exercise.examples]]
answer = "a, b"
expect = "correct"

[[exercise.examples]]
answer = "a"
score = 0.5
"#;

impl Test {
    /// The valid course plus a second lesson with the other kinds.
    pub fn with_kinds() -> Self {
        Test::with_course()
            .file(
                "lessons/search/workshop.toml",
                &WORKSHOP.replace(r#"["boolean"]"#, r#"["boolean", "kinds"]"#),
            )
            .file("lessons/search/kinds.toml", KINDS_LESSON)
            .file("exercises/kinds.toml", KINDS_BANK)
    }
}

/// A test's folder run with other arguments.
pub struct Shared<'a> {
    test: &'a Test,
    args: Vec<String>,
    envs: Vec<(String, String)>,
}

impl Shared<'_> {
    /// Sets an environment variable for this run (such as `INFOLIT_NOW`).
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.envs.push((key.to_string(), value.to_string()));
        self
    }

    pub fn run(&self) -> Output {
        self.run_with_stdin("")
    }

    /// Runs with this input, in the shared folder and data.
    pub fn run_with_stdin(&self, stdin: &str) -> Output {
        let test = Test {
            dir: TempDir::new().expect("temp dir"),
            args: self.args.clone(),
            stdin: stdin.to_string(),
            current_dir: None,
            envs: self.envs.clone(),
        };
        test.command_in_with_home(self.test.root(), &self.test.root().join("home"))
    }
}
