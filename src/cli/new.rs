//! `infolit new workshop|lesson|exercise`: scaffolds in a course folder (`--course DIR`, or
//! the current folder), printing what was made or changed and what to run next.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use crate::scaffold::{self, ScaffoldError};

/// What to make.
#[derive(Debug)]
pub enum What<'a> {
    Workshop { id: &'a str },
    Lesson { workshop: &'a str, id: &'a str },
    Exercise { kind: &'a str, id: &'a str, lesson: Option<&'a str>, bank: Option<&'a str> },
}

pub fn run(course: &Path, what: &What<'_>) -> Result<ExitCode, CliError> {
    let usage = |e: ScaffoldError| match e {
        ScaffoldError::Io(error) => CliError::Io(error),
        other => CliError::Usage(other.to_string()),
    };
    let paths = match what {
        What::Workshop { id } => scaffold::workshop(course, id).map_err(usage)?,
        What::Lesson { workshop, id } => scaffold::lesson(course, workshop, id).map_err(usage)?,
        What::Exercise { kind, id, lesson, bank } => {
            let lesson = match lesson {
                Some(text) => Some(text.split_once('/').ok_or_else(|| {
                    CliError::Usage(format!(
                        "--lesson {text}: write it as WORKSHOP/LESSON, e.g. search/boolean"
                    ))
                })?),
                None => None,
            };
            let bank = bank.or(lesson.map(|(workshop, _)| workshop)).unwrap_or("exercises");
            scaffold::exercise(course, kind, id, bank, lesson).map_err(usage)?
        }
    };
    let mut out = io::stdout().lock();
    for path in paths {
        let shown = path.strip_prefix(course).unwrap_or(&path);
        writeln!(out, "wrote {}", shown.display())?;
    }
    writeln!(out, "next: edit the texts, then run `infolit check {}`", course.display())?;
    Ok(ExitCode::SUCCESS)
}
