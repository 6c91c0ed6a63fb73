//! `infolit sync --lrs URL (--all | --learner NAME)`: sends this PC's xAPI statements that the
//! LRS does not have yet, in batches, and notes each accepted batch in the progress store.
//!
//! Credentials come from `INFOLIT_LRS_USER` and `INFOLIT_LRS_PASSWORD`, or from `lrs.toml` in
//! the data folder (`url`, `user`, `password`), never from the command line, where other users
//! of a shared PC could read them in the process list or the shell's history.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use jiff::Timestamp;

use super::export::{checked_statements, chosen_learners};
use super::{CliError, load_for_use, open_store};
use crate::content::CourseSource;
use crate::export::lrs::{Credentials, Lrs, statement_id, unsent_batches};
use crate::export::{data, xapi};

/// The settings file in the data folder.
const SETTINGS_FILE: &str = "lrs.toml";

/// What `sync` was asked to do.
#[derive(Debug)]
pub struct Request<'a> {
    pub lrs: Option<&'a str>,
    pub all: bool,
    pub learner: Option<&'a str>,
    pub batch: usize,
    pub timeout: Duration,
    pub xapi: xapi::Settings,
    pub source: &'a CourseSource,
}

/// `lrs.toml`: where the LRS is and who this PC is to it.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsFile {
    url: Option<String>,
    user: Option<String>,
    password: Option<String>,
}

pub fn run(request: &Request<'_>) -> Result<ExitCode, CliError> {
    let data_dir = crate::paths::data_dir(std::env::var_os("INFOLIT_HOME"))
        .ok_or_else(|| CliError::Usage("no data folder is known; set INFOLIT_HOME".into()))?;
    let file = read_settings(&data_dir.join(SETTINGS_FILE))?;
    let endpoint = request.lrs.map(str::to_string).or(file.url).ok_or_else(|| {
        CliError::Usage(format!(
            "say where the LRS is: --lrs URL (its xAPI endpoint), or `url` in {}",
            data_dir.join(SETTINGS_FILE).display()
        ))
    })?;
    let user = std::env::var("INFOLIT_LRS_USER").ok().or(file.user);
    let password = std::env::var("INFOLIT_LRS_PASSWORD").ok().or(file.password);
    let (Some(user), Some(password)) = (user, password) else {
        return Err(CliError::Usage(format!(
            "the LRS needs a user name and password: set INFOLIT_LRS_USER and INFOLIT_LRS_PASSWORD, or write `user` and `password` in {}",
            data_dir.join(SETTINGS_FILE).display()
        )));
    };
    let lrs = Lrs::new(&endpoint, Credentials { user, password }, request.timeout)
        .map_err(|e| CliError::Usage(e.to_string()))?;

    let mut store = open_store()?;
    let names = chosen_learners(&store.learners()?, request.all, request.learner)?;
    let export = data::gather(&store, &names, None, Timestamp::now())?;
    let course = load_for_use(request.source)?.course;
    let statements = checked_statements(&export, &course, &request.xapi)?;

    // Statements are noted per LRS address: a second LRS gets everything again.
    let key = lrs.statements_url().to_string();
    let sent = store.sent_statements(&key)?;
    let batches = unsent_batches(&statements, &sent, request.batch);
    let to_send: usize = batches.iter().map(Vec::len).sum();
    let mut out = io::stdout().lock();
    if to_send == 0 {
        writeln!(out, "nothing to send: {key} has all {} statements", statements.len())?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "sending {to_send} of {} statements to {key}", statements.len())?;
    let mut done = 0;
    for batch in batches {
        let owned: Vec<serde_json::Value> = batch.iter().map(|s| (*s).clone()).collect();
        if let Err(error) = lrs.post(&owned) {
            writeln!(out, "stopped after {done} of {to_send}")?;
            out.flush()?;
            writeln!(io::stderr(), "infolit: {error}")?;
            return Ok(ExitCode::from(1));
        }
        let ids: Vec<&str> = batch.iter().filter_map(|s| statement_id(s)).collect();
        store.mark_sent(&key, &ids, Timestamp::now())?;
        done += batch.len();
        writeln!(out, "sent {done} of {to_send}")?;
        out.flush()?;
    }
    writeln!(out, "done: the LRS has all {} statements", statements.len())?;
    Ok(ExitCode::SUCCESS)
}

fn read_settings(path: &Path) -> Result<SettingsFile, CliError> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            // toml's message quotes the line, which may hold the password: say where, not what.
            let place = e.span().map(|s| format!(" (at byte {})", s.start)).unwrap_or_default();
            CliError::Usage(format!(
                "{} cannot be read{place}: write it as url = \"…\", user = \"…\", password = \"…\"",
                path.display()
            ))
        }),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(SettingsFile::default()),
        Err(error) => Err(CliError::Usage(format!("{}: {error}", path.display()))),
    }
}
