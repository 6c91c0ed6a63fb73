//! `infolit export`: learners' results as CSV or JSON for a facilitator, to standard output
//! or a file (written whole, then moved into place, so a reader never sees half a file).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use jiff::Timestamp;

use super::{CliError, learner_name, open_store};
use crate::export::pseudonym::Pseudonyms;
use crate::export::{data, table, xapi, xapi_rules};

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xapi,
    /// Moodle's grade import layout.
    GradesCsv,
    /// The course's exercises as Moodle GIFT (no learner data).
    Gift,
}

/// The options of `export`, as given on the command line (independent switches).
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug)]
pub struct Request<'a> {
    pub format: Format,
    pub all: bool,
    pub learner: Option<&'a str>,
    pub summary: bool,
    pub bom: bool,
    pub pseudonymize: bool,
    pub pseudonym_key: Option<&'a str>,
    pub output: Option<&'a Path>,
    /// xAPI: the actor accounts' home page, and the base of activity ids.
    pub xapi: crate::export::xapi::Settings,
    pub source: &'a crate::content::CourseSource,
    /// A participant's bundle: JSON with a checksum.
    pub bundle: bool,
    pub lang: crate::lang::Lang,
}

pub fn run(request: &Request<'_>) -> Result<ExitCode, CliError> {
    if request.format == Format::Gift {
        return gift(request);
    }
    let store = open_store()?;
    let stored = store.learners()?;
    let names = chosen_learners(&stored, request.all, request.learner)?;
    let pseudonyms = match (request.pseudonymize, request.pseudonym_key) {
        (false, _) => None,
        (true, Some(key)) => Some(Pseudonyms::with_key(key)),
        (true, None) => {
            let dir = crate::paths::data_dir(std::env::var_os("INFOLIT_HOME"))
                .ok_or_else(|| CliError::Usage("no data folder is known; set INFOLIT_HOME".into()))?;
            Some(Pseudonyms::of_data_dir(&dir)?)
        }
    };
    let mut export = data::gather(&store, &names, pseudonyms.as_ref(), Timestamp::now())?;
    if request.bundle {
        export.checksum = Some(export.compute_checksum());
    }
    let format = if request.bundle { Format::Json } else { request.format };
    let bytes = match (format, request.summary) {
        (Format::Json, false) => {
            let mut text = serde_json::to_vec_pretty(&export).map_err(io::Error::from)?;
            text.push(b'\n');
            text
        }
        (Format::Gift, _) => return gift(request),
        (Format::GradesCsv, _) => {
            let course = super::load_for_use(request.source)?.course;
            crate::export::grades::grades(&export, &course, request.bom)
                .map_err(|e| io::Error::other(e.to_string()))?
        }
        (Format::Json | Format::Xapi, true) => {
            return Err(CliError::Usage("--summary is a CSV layout; use it with --format csv".into()));
        }
        (Format::Xapi, false) => {
            let course = super::load_for_use(request.source)?.course;
            let statements = checked_statements(&export, &course, &request.xapi)?;
            let mut text = serde_json::to_vec_pretty(&statements).map_err(io::Error::from)?;
            text.push(b'\n');
            text
        }
        (Format::Csv, false) => {
            table::attempts(&export, request.bom).map_err(|e| io::Error::other(e.to_string()))?
        }
        (Format::Csv, true) => {
            table::summary(&export, request.bom).map_err(|e| io::Error::other(e.to_string()))?
        }
    };
    match request.output {
        None => io::stdout().lock().write_all(&bytes)?,
        Some(path) => write_whole(path, &bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The learners `--all` or `--learner NAME` choose among those stored, by their stored names.
pub(super) fn chosen_learners(
    stored: &[String],
    all: bool,
    learner: Option<&str>,
) -> Result<Vec<String>, CliError> {
    match (all, learner) {
        (true, _) => Ok(stored.to_vec()),
        (false, Some(name)) => {
            let name = learner_name(name)?;
            match stored.iter().find(|n| n.eq_ignore_ascii_case(&name)) {
                Some(found) => Ok(vec![found.clone()]),
                None => Err(CliError::Usage(format!(
                    "no learner is called `{name}`; `infolit progress` lists them"
                ))),
            }
        }
        (false, None) => Err(CliError::Usage("say whose results to use: --all, or --learner NAME".into())),
    }
}

/// The xAPI statements of an export, each checked against the rules of xAPI 1.0.3 before it
/// leaves this PC.
pub(super) fn checked_statements(
    export: &data::Export,
    course: &crate::content::Course,
    settings: &xapi::Settings,
) -> Result<Vec<serde_json::Value>, CliError> {
    let statements = xapi::statements(export, course, settings);
    for statement in &statements {
        let problems = xapi_rules::check(statement);
        if !problems.is_empty() {
            return Err(CliError::Usage(format!(
                "an xAPI statement breaks the rules: {}",
                problems.join("; ")
            )));
        }
    }
    Ok(statements)
}

/// The course's exercises as GIFT; what GIFT cannot say is listed on standard error.
fn gift(request: &Request<'_>) -> Result<ExitCode, CliError> {
    let course = super::load_for_use(request.source)?.course;
    let gift = crate::export::gift::write(&course, request.lang);
    match request.output {
        None => io::stdout().lock().write_all(gift.text.as_bytes())?,
        Some(path) => write_whole(path, gift.text.as_bytes())?,
    }
    let mut err = io::stderr().lock();
    for (id, reason) in &gift.left_out {
        writeln!(err, "infolit: left out {id}: {reason}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `bytes` to a temporary file beside `path`, then moves it into place.
pub(crate) fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(&dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
