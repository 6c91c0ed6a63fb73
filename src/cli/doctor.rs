//! `infolit doctor`: checks the progress file and says how to recover when something is wrong.

use std::io::{self, Write};
use std::process::ExitCode;

use super::{CliError, load_for_use};
use crate::content::CourseSource;
use crate::progress::{STORE_FILE, Store, StoreError};

pub fn run(source: &CourseSource) -> Result<ExitCode, CliError> {
    let dir = crate::paths::data_dir(std::env::var_os("INFOLIT_HOME"))
        .ok_or_else(|| CliError::Usage("no data folder is known for this user; set INFOLIT_HOME".into()))?;
    let path = dir.join(STORE_FILE);
    let mut out = io::stdout().lock();
    writeln!(out, "progress file: {}", path.display())?;
    if !path.exists() {
        writeln!(out, "ok: no progress recorded yet; the file is made when a learner starts")?;
        return Ok(ExitCode::SUCCESS);
    }
    let store = match Store::open(&path) {
        Ok(store) => store,
        Err(error) => {
            writeln!(out, "problem: {error}")?;
            writeln!(out, "what to do: {}", advice(&error))?;
            return Ok(ExitCode::from(1));
        }
    };
    let mut healthy = true;
    let integrity = store.integrity_check()?;
    if integrity == "ok" {
        writeln!(out, "ok: integrity check passed")?;
    } else {
        healthy = false;
        writeln!(out, "problem: the integrity check found damage: {integrity}")?;
        writeln!(out, "what to do: {}", advice(&StoreError::Corrupt { path: path.clone() }))?;
    }
    writeln!(out, "ok: progress format version {}", store.schema_version()?)?;
    let course = load_for_use(source)?.course;
    let learners = store.learners()?;
    writeln!(out, "ok: {} learners", learners.len())?;
    for name in learners {
        let Some(id) = store.find_learner(&name)? else { continue };
        let mut orphaned: Vec<String> = store
            .attempts(id)?
            .into_iter()
            .map(|a| a.exercise)
            .filter(|e| course.exercise(e).is_none())
            .collect();
        orphaned.sort();
        orphaned.dedup();
        if !orphaned.is_empty() {
            writeln!(
                out,
                "note: {name} has attempts at exercises this course no longer has ({}); they are kept and show in `infolit progress`",
                orphaned.join(", ")
            )?;
        }
    }
    Ok(if healthy { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// How to recover, in a sentence a librarian can follow.
fn advice(error: &StoreError) -> &'static str {
    match error {
        StoreError::Foreign { .. } => {
            "this file belongs to something else: move it out of the data folder, and infolit starts a new progress file"
        }
        StoreError::Corrupt { .. } => {
            "copy the file somewhere safe first; then move it out of the data folder so infolit starts a new one. Someone with the sqlite3 program can often rescue the old one with its `.recover` command"
        }
        StoreError::Newer { .. } => {
            "install the newer infolit that wrote this file; this one must not change it"
        }
        StoreError::Busy { .. } => "close the other infolit windows on this computer, then try again",
        StoreError::ReadOnly { .. } | StoreError::Folder { .. } => {
            "make the data folder writable, or set INFOLIT_HOME to a folder you can write to"
        }
        StoreError::DiskFull | StoreError::WriteFailed => "free some disk space",
        StoreError::NameTaken { .. } | StoreError::Sqlite(_) => {
            "run `infolit doctor` again; if the problem stays, keep a copy of the file and report it"
        }
    }
}
