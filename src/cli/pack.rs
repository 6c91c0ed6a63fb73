//! `infolit pack DIR -o FILE.infolit`: a checked course as one file for participants.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::{CliError, load_for_use};
use crate::content::CourseSource;

pub fn run(dir: &Path, output: &Path) -> Result<ExitCode, CliError> {
    // Only a course without errors is packed.
    let course = CourseSource::Dir(dir.to_path_buf());
    load_for_use(&course)?;
    let bytes = crate::pack::write(&course).map_err(|e| CliError::Usage(e.to_string()))?;
    super::export::write_whole(output, &bytes)?;
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "wrote {} ({} bytes); run it with `infolit --course {}`",
        output.display(),
        bytes.len(),
        output.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
