//! `infolit cite --style apa|mla|chicago FILE`: a reference list from a TOML, BibTeX or
//! hayagriva YAML file, rendered by the CSL engine, one entry per line.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::CliError;
use crate::cite::library::{self, Format};
use crate::cite::{Style, render_library};
use crate::lang::Lang;

pub fn run(path: &Path, style: Style, lang: Lang) -> Result<ExitCode, CliError> {
    let Some(format) = Format::from_path(path) else {
        return Err(CliError::Usage(format!(
            "{}: the file's extension says its format: .toml, .bib or .yaml",
            path.display()
        )));
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
    let library = match library::read(&text, format, style) {
        Ok(library) => library,
        Err(error) => {
            let mut err = io::stderr().lock();
            match error.location {
                Some((line, col)) => writeln!(err, "{}:{line}:{col}: {}", path.display(), error.message)?,
                None => writeln!(err, "{}: {}", path.display(), error.message)?,
            }
            return Ok(ExitCode::from(1));
        }
    };
    let entries = render_library(&library, style, lang).map_err(|e| CliError::Usage(e.to_string()))?;
    let mut out = io::stdout().lock();
    for entry in entries {
        writeln!(out, "{entry}")?;
    }
    Ok(ExitCode::SUCCESS)
}
