//! `infolit schema [KIND]` and `infolit schema --out DIR`: the JSON Schemas of the course
//! formats, printed, or written into a course folder with the Taplo configuration that points
//! editors at them.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use serde_json::{Map, Value};

use super::CliError;
use crate::content::schema::{self, SchemaKind};

/// The folder, inside a course folder, the schemas are written to.
pub const SCHEMA_DIR: &str = ".schema";
/// Taplo's configuration file name; editors find it in the folder they open.
pub const TAPLO_FILE: &str = ".taplo.toml";

/// Prints one kind's schema, or all of them keyed by kind.
pub fn print(kind: Option<SchemaKind>) -> Result<ExitCode, CliError> {
    let value = match kind {
        Some(kind) => schema::schema(kind),
        None => Value::Object(
            SchemaKind::ALL.iter().map(|&k| (k.name().to_string(), schema::schema(k))).collect::<Map<_, _>>(),
        ),
    };
    let mut out = io::stdout().lock();
    writeln!(out, "{}", schema::pretty(&value))?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `DIR/.schema/<kind>.schema.json` and `DIR/.taplo.toml`. A `.taplo.toml` that
/// infolit did not write is left alone (the author may have settings of their own in it).
pub fn write(dir: &Path) -> Result<ExitCode, CliError> {
    if !dir.is_dir() {
        return Err(CliError::Usage(format!("{}: not a folder", dir.display())));
    }
    let taplo_path = dir.join(TAPLO_FILE);
    let taplo = schema::taplo_config(SCHEMA_DIR);
    if let Ok(existing) = std::fs::read_to_string(&taplo_path)
        && existing != taplo
        && !existing.starts_with(first_line(&taplo))
    {
        return Err(CliError::Usage(format!(
            "{} exists and was not written by infolit; add its rules by hand (see `infolit schema --help`) or move it away",
            taplo_path.display()
        )));
    }
    let schema_dir = dir.join(SCHEMA_DIR);
    std::fs::create_dir_all(&schema_dir)?;
    let mut out = io::stdout().lock();
    for kind in SchemaKind::ALL {
        let path = schema_dir.join(kind.file_name());
        super::export::write_whole(&path, schema::pretty(&schema::schema(kind)).as_bytes())?;
        writeln!(out, "wrote {}", path.display())?;
    }
    super::export::write_whole(&taplo_path, taplo.as_bytes())?;
    writeln!(out, "wrote {}", taplo_path.display())?;
    writeln!(
        out,
        "Editors that use Taplo (VS Code with Even Better TOML, Helix, Neovim) now check the course as you type."
    )?;
    Ok(ExitCode::SUCCESS)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}
