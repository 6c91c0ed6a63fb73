//! Problems found in course files, located to the line and column, and their rendering as
//! `path:line:col: error[IL0201]: message` followed by the source line and a caret.
//!
//! Diagnostics are values collected all at once (never the first `Err`), so an author sees every
//! problem of a course in one `infolit check` run. The format is the one compilers use, so
//! editors and CI logs turn it into clickable locations. Every diagnostic has a [`Code`]
//! (`code`), which `infolit explain` looks up in [`explanation`].

mod code;
pub mod explanation;

pub use code::Code;

use std::fmt::{self, Write as _};
use std::ops::Range;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// How bad a problem is: errors make `check` fail, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Where in a file a diagnostic points: 1-based line and column (in characters), the text of
/// that line, and how many characters of it to underline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub line: usize,
    pub col: usize,
    /// The whole source line, without its line break.
    pub source_line: String,
    /// Characters to underline, at least 1.
    pub len: usize,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// What kind of problem it is; its severity comes with it.
    pub code: Code,
    /// The path as the author should see it (relative to where they ran the command).
    pub path: String,
    /// `None` when the problem is about the file as a whole (missing, unreadable).
    pub location: Option<Location>,
    pub message: String,
    /// What to do about it, e.g. "did you mean `title`?".
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem with a whole file or folder, not a place in it.
    #[must_use]
    pub fn file(code: Code, path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { code, path: path.into(), location: None, message: message.into(), help: None }
    }

    /// Adds advice on how to fix the problem.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// How bad the problem is: fixed by its code.
    #[must_use]
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// The text of one file, with the means to turn byte spans into [`Location`]s.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl SourceFile {
    #[must_use]
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        SourceFile { path: path.into(), text, line_starts }
    }

    /// The location of a byte span; spans past the end or inside a character are clamped.
    #[must_use]
    pub fn locate(&self, span: Range<usize>) -> Location {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let end = floor_char_boundary(&self.text, span.end.clamp(start, self.text.len()));
        let line_index =
            self.line_starts.partition_point(|&line_start| line_start <= start).saturating_sub(1);
        let line_start = self.line_starts[line_index];
        let line_end = self.text[line_start..].find('\n').map_or(self.text.len(), |i| line_start + i);
        let source_line = self.text[line_start..line_end].trim_end_matches('\r');
        let col = self.text[line_start..start].chars().count() + 1;
        let underlined_end = end.min(line_start + source_line.len()).max(start);
        let len = self.text[start..underlined_end].chars().count().max(1);
        Location { line: line_index + 1, col, source_line: source_line.to_string(), len }
    }

    /// A diagnostic pointing at a byte span of this file.
    #[must_use]
    pub fn diagnostic(&self, code: Code, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            path: self.path.clone(),
            location: Some(self.locate(span)),
            message: message.into(),
            help: None,
        }
    }

    /// An error: [`SourceFile::diagnostic`] for a code that is an error, which the name says
    /// at the call site.
    #[must_use]
    pub fn error(&self, code: Code, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        debug_assert_eq!(code.severity(), Severity::Error, "{code} is not an error");
        self.diagnostic(code, span, message)
    }

    /// A warning: [`SourceFile::diagnostic`] for a code that is a warning.
    #[must_use]
    pub fn warning(&self, code: Code, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        debug_assert_eq!(code.severity(), Severity::Warning, "{code} is not a warning");
        self.diagnostic(code, span, message)
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// Renders one diagnostic the way `infolit check` prints it:
///
/// ```text
/// lessons/starter/welcome.toml:3:1: error[IL0201]: unknown key `titel` in a lesson
///     3 | titel = "Welcome"
///       | ^^^^^ did you mean `title`?
/// ```
///
/// Control characters in the source line are shown as `?` so a hostile file cannot send
/// escape sequences to the terminal of the person checking it.
#[must_use]
pub fn render(diagnostic: &Diagnostic) -> String {
    let mut out = String::new();
    let message = printable(&diagnostic.message);
    if let Some(loc) = &diagnostic.location {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            diagnostic.path,
            loc.line,
            loc.col,
            diagnostic.severity(),
            diagnostic.code,
            message
        );
        let number = loc.line.to_string();
        let gutter = " ".repeat(number.len());
        let (line, col) = excerpt(&printable(&loc.source_line), loc.col);
        let before: String = line.chars().take(col - 1).collect();
        let marked: String = line.chars().skip(col - 1).take(loc.len).collect();
        let carets = "^".repeat(UnicodeWidthStr::width(marked.as_str()).max(1));
        let _ = writeln!(out, "    {number} | {line}");
        let _ = write!(out, "    {gutter} | {}{carets}", " ".repeat(UnicodeWidthStr::width(before.as_str())));
        if let Some(help) = &diagnostic.help {
            let _ = write!(out, " {}", printable(help));
        }
        out.push('\n');
    } else {
        let _ =
            writeln!(out, "{}: {}[{}]: {}", diagnostic.path, diagnostic.severity(), diagnostic.code, message);
        if let Some(help) = &diagnostic.help {
            let _ = writeln!(out, "    = {}", printable(help));
        }
    }
    out
}

/// Source lines longer than this are cut to a window around the column.
const MAX_SHOWN_LINE: usize = 100;

/// The part of a long line worth showing, with `…` where it was cut, and the column within it.
fn excerpt(line: &str, col: usize) -> (String, usize) {
    let count = line.chars().count();
    if count <= MAX_SHOWN_LINE {
        return (line.to_string(), col);
    }
    let start = col.saturating_sub(MAX_SHOWN_LINE / 2).min(count.saturating_sub(MAX_SHOWN_LINE));
    let mut shown: String = line.chars().skip(start).take(MAX_SHOWN_LINE).collect();
    let mut col = col - start;
    if start > 0 {
        shown.insert(0, '…');
        col += 1;
    }
    if start + MAX_SHOWN_LINE < count {
        shown.push('…');
    }
    (shown, col)
}

/// Replaces control characters (escape sequences among them) by `?`; tabs become one space so
/// the caret stays under the right column.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if c.is_control() => '?',
            c => c,
        })
        .collect()
}

/// The closing summary line of `check`: "2 errors, 1 warning in 5 files".
#[must_use]
pub fn summary(diagnostics: &[Diagnostic], files: usize) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!(
        "{} {}, {} {} in {} {}",
        errors,
        plural(errors, "error", "errors"),
        warnings,
        plural(warnings, "warning", "warnings"),
        files,
        plural(files, "file", "files"),
    )
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_spans_by_line_and_character_column() {
        let file = SourceFile::new("a.toml", "id = \"x\"\ntitel = \"é\"\r\nlast");
        let loc = file.locate(9..14);
        assert_eq!((loc.line, loc.col, loc.len), (2, 1, 5));
        assert_eq!(loc.source_line, "titel = \"é\"");
        // A column after a multi-byte character counts characters, not bytes.
        let after = file.text.find('é').unwrap_or_default() + 'é'.len_utf8();
        assert_eq!(file.locate(after..after + 1).col, 11);
        // Past the end: clamped to the last line.
        let end = file.locate(1000..2000);
        assert_eq!((end.line, end.col), (3, 5));
    }

    #[test]
    fn spans_inside_a_character_do_not_panic() {
        let file = SourceFile::new("a.toml", "é");
        let loc = file.locate(1..2);
        assert_eq!((loc.line, loc.col), (1, 1));
    }

    #[test]
    fn renders_path_line_col_source_and_caret() {
        let file = SourceFile::new("lessons/a.toml", "id = \"a\"\ntitel = \"x\"\n");
        let d = file
            .error(Code::UnknownKey, 9..14, "unknown key `titel` in a lesson")
            .with_help("did you mean `title`?");
        assert_eq!(
            render(&d),
            "lessons/a.toml:2:1: error[IL0201]: unknown key `titel` in a lesson\n    \
             2 | titel = \"x\"\n      | ^^^^^ did you mean `title`?\n"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let text = format!("x = [{}]", "1, ".repeat(200));
        let file = SourceFile::new("a.toml", text.clone());
        let at = text.len() - 1;
        let rendered = render(&file.error(Code::TomlSyntax, at..at + 1, "here"));
        let lines: Vec<&str> = rendered.lines().collect();
        assert!(lines[1].starts_with("    1 | …") && lines[1].chars().count() < 120, "{rendered}");
        let caret = lines[2].find('^').unwrap_or_default();
        assert_eq!(lines[1][..].chars().nth(lines[2][..caret].chars().count()), Some(']'), "{rendered}");
    }

    #[test]
    fn escape_sequences_in_files_are_not_printed() {
        let file = SourceFile::new("a.toml", "x = \"\u{1b}[2J\"");
        let d = file.error(Code::TomlSyntax, 0..1, "bad \u{1b}[31m");
        assert!(!render(&d).contains('\u{1b}'));
    }

    #[test]
    fn summary_counts() {
        let d = Diagnostic::file(Code::EmptyFile, "a", "x");
        let w = Diagnostic::file(Code::StrayLessonFile, "a", "y");
        assert_eq!(summary(&[d, w], 1), "1 error, 1 warning in 1 file");
        assert_eq!(summary(&[], 3), "0 errors, 0 warnings in 3 files");
    }
}
