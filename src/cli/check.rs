//! `infolit check [PATH…]`: every problem of a course, a workshop folder or a single file.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::CliError;
use crate::content::source::{self, is_course_root};
use crate::content::{self, CourseSource, FileKind};
use crate::diagnostic::{self, Diagnostic};

pub fn run(course: &CourseSource, paths: &[PathBuf], json: bool) -> Result<ExitCode, CliError> {
    let mut diagnostics = Vec::new();
    let mut files = 0;
    if paths.is_empty() {
        let loaded = content::load(course)?;
        diagnostics.extend(loaded.diagnostics);
        files += loaded.files;
    }
    for path in paths {
        let (found, count) = check_path(path)?;
        diagnostics.extend(found);
        files += count;
    }
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &Report::of(&diagnostics, files)).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        for d in &diagnostics {
            write!(out, "{}", diagnostic::render(d))?;
        }
        writeln!(out, "{}", diagnostic::summary(&diagnostics, files))?;
        if !diagnostics.is_empty() {
            writeln!(out, "For more on a problem: infolit explain CODE")?;
        }
    }
    Ok(if diagnostics.iter().any(Diagnostic::is_error) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `check --format json`: the counts, and each diagnostic with its place.
#[derive(serde::Serialize)]
struct Report<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    /// The problem's code, e.g. `IL0201` (`infolit explain IL0201`).
    code: &'static str,
    severity: &'static str,
    path: &'a str,
    /// 1-based; absent for a problem with a whole file.
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    help: Option<&'a str>,
}

impl<'a> Report<'a> {
    fn of(diagnostics: &'a [Diagnostic], files: usize) -> Report<'a> {
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        Report {
            files,
            errors,
            warnings: diagnostics.len() - errors,
            diagnostics: diagnostics
                .iter()
                .map(|d| JsonDiagnostic {
                    code: d.code.as_str(),
                    severity: if d.is_error() { "error" } else { "warning" },
                    path: &d.path,
                    line: d.location.as_ref().map(|l| l.line),
                    column: d.location.as_ref().map(|l| l.col),
                    message: &d.message,
                    help: d.help.as_deref(),
                })
                .collect(),
        }
    }
}

/// Checks one path: a course folder, a folder or file inside a course (checked with its
/// course, so references resolve, and reported for that path only), or a lone file.
fn check_path(path: &Path) -> Result<(Vec<Diagnostic>, usize), CliError> {
    if !path.exists() {
        return Err(CliError::Usage(format!("no such file or folder: {}", path.display())));
    }
    if path.is_dir() && is_course_root(path) {
        let loaded = content::load(&CourseSource::Dir(path.to_path_buf()))?;
        return Ok((loaded.diagnostics, loaded.files));
    }
    if let Some((root, target)) = enclosing_course(path) {
        let loaded = content::load(&CourseSource::Dir(root))?;
        let typed = path.display().to_string();
        let typed = typed.trim_end_matches(['/', '\\']);
        // Keep this path's diagnostics, shown under the path as the author typed it.
        let diagnostics: Vec<Diagnostic> = loaded
            .diagnostics
            .into_iter()
            .filter_map(|mut d| {
                let rest = d.path.strip_prefix(&target)?;
                if !(rest.is_empty() || rest.starts_with('/')) {
                    return None;
                }
                d.path = format!("{typed}{rest}");
                Some(d)
            })
            .collect();
        let files = if path.is_dir() { count_toml(path) } else { 1 };
        return Ok((diagnostics, files));
    }
    if path.is_dir() {
        return Err(CliError::Usage(format!(
            "{} is not a course folder (it has no `lessons` or `exercises` folder) and is not inside one",
            path.display()
        )));
    }
    let display = path.display().to_string();
    Ok((content::check_file(&display, source::read(path), FileKind::from_path(path)), 1))
}

/// The course root that holds `path` in its `lessons/` or `exercises/` folder, and the path
/// as the loader will display it.
fn enclosing_course(path: &Path) -> Option<(PathBuf, String)> {
    let canonical = path.canonicalize().ok()?;
    for (depth, ancestor) in canonical.ancestors().enumerate().skip(1) {
        let rel = canonical.strip_prefix(ancestor).ok()?;
        let top = rel.components().next()?.as_os_str();
        if (top == "lessons" || top == "exercises") && is_course_root(ancestor) {
            // Show paths the way the author typed them where possible.
            let root = match path.ancestors().nth(depth) {
                Some(lexical) => lexical.to_path_buf(),
                None => ancestor.to_path_buf(),
            };
            let rel: Vec<String> =
                rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            let root_display = root.display().to_string();
            let target = if root_display.is_empty() || root_display == "." {
                rel.join("/")
            } else {
                format!("{}/{}", root_display.trim_end_matches(['/', '\\']), rel.join("/"))
            };
            let root = if root_display.is_empty() { PathBuf::from(".") } else { root };
            return Some((root, target));
        }
    }
    None
}

fn count_toml(dir: &Path) -> usize {
    std::fs::read_dir(dir).map_or(0, |entries| {
        entries.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "toml")).count()
    })
}
