//! `infolit import gift FILE -o DIR`: a Moodle GIFT file as a new course folder. The folder
//! must be new or empty, so an import never mixes with an author's files; each file is
//! written whole (a temporary file moved into place). What could not be converted is printed
//! as `FILE:line:col: warning: …`, the way `check` prints problems, so editors can jump to it.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use crate::import::gift::{convert, parse};

pub fn gift(file: &Path, dir: &Path) -> Result<ExitCode, CliError> {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(CliError::Usage(format!("{}: no such file", file.display())));
        }
        Err(e) => return Err(CliError::Failed(format!("{} cannot be read: {e}", file.display()))),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(CliError::Failed(format!(
            "{} is not UTF-8 text; save it as UTF-8 (Moodle's export is)",
            file.display()
        )));
    };
    refuse_non_empty(dir)?;
    let name =
        file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let parsed = parse::parse(&text);
    let import =
        convert::convert(&parsed, &name).map_err(|e| CliError::Failed(format!("{}: {e}", file.display())))?;
    let mut err = io::stderr().lock();
    for w in &import.warnings {
        writeln!(err, "{}:{}: warning: {}", file.display(), w.pos, w.message)?;
    }
    for s in &import.skipped {
        let name = if s.name.is_empty() { String::new() } else { format!(" `{}`", s.name) };
        writeln!(err, "{}:{}: warning: question{name} skipped: {}", file.display(), s.pos, s.reason)?;
    }
    drop(err);
    for (path, contents) in &import.files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        super::export::write_whole(&path, contents.as_bytes())?;
    }
    let mut out = io::stdout().lock();
    let read: usize = import.counts.values().sum::<usize>() + parsed.problems.len();
    writeln!(
        out,
        "imported {} of {read} questions from {} into {}: 1 workshop, {} lessons, {} exercises, {} pages",
        read - import.skipped.len(),
        file.display(),
        dir.display(),
        import.lessons,
        import.exercises,
        import.pages
    )?;
    let types: Vec<String> = import.counts.iter().map(|(t, n)| format!("{} {n}", t.name())).collect();
    writeln!(out, "read by type: {}", types.join(", "))?;
    if !import.skipped.is_empty() {
        writeln!(out, "skipped {} (see the warnings):", import.skipped.len())?;
        for s in &import.skipped {
            writeln!(out, "  {}:{} {} ({})", file.display(), s.pos, s.name, s.reason)?;
        }
    }
    writeln!(
        out,
        "check it with `infolit check --course {0}`, run it with `infolit --course {0}`",
        dir.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// An import makes a course from nothing: an existing file or a folder with files is refused.
fn refuse_non_empty(dir: &Path) -> Result<(), CliError> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(CliError::Failed(format!(
                    "{} is not empty; import into a new or empty folder",
                    dir.display()
                )));
            }
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(_) if dir.exists() => {
            Err(CliError::Failed(format!("{} exists and is not a folder", dir.display())))
        }
        Err(e) => Err(CliError::Failed(format!("{}: {e}", dir.display()))),
    }
}
