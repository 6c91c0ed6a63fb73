//! `infolit explain [CODE]`: what a problem code of `check` means, with an example, what
//! `check` says about it, and the fix; without a code, the list of every code.
//!
//! The example's diagnostic is produced by running the checker on it, never quoted, so the
//! text shown is always what this build of infolit says.

use std::io::{self, Write};
use std::process::ExitCode;

use super::CliError;
use crate::content::check_example;
use crate::diagnostic::explanation::Example;
use crate::diagnostic::{self, Code};

/// Explanations are wrapped to this width, which fits a terminal and a printed handout.
const WIDTH: usize = 88;

pub fn run(code: Option<&str>) -> Result<ExitCode, CliError> {
    let mut out = io::stdout().lock();
    match code {
        None => list(&mut out)?,
        Some(text) => {
            let code = Code::parse(text).ok_or_else(|| unknown(text))?;
            explain(&mut out, code)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A usage error for a code that does not exist, with the closest one when there is one.
fn unknown(text: &str) -> CliError {
    let codes = Code::ALL.iter().map(|c| c.as_str());
    let hint = match crate::suggest::did_you_mean(&text.trim().to_uppercase(), codes) {
        Some(close) => format!("; did you mean `{close}`?"),
        None => "; run `infolit explain` to list every code".to_string(),
    };
    CliError::Usage(format!("unknown code `{}`{hint}", text.trim()))
}

fn list(out: &mut impl Write) -> io::Result<()> {
    for code in Code::ALL {
        writeln!(out, "{code}  {:<7}  {}", code.severity().to_string(), code.title())?;
    }
    writeln!(out, "\nFor one code in detail: infolit explain CODE")
}

fn explain(out: &mut impl Write, code: Code) -> io::Result<()> {
    writeln!(out, "{code} ({}): {}\n", code.severity(), code.title())?;
    writeln!(out, "{}\n", wrap(code.explanation(), WIDTH))?;
    let example = code.example();
    let (bad, _) = check_example(&example);
    let said: String = bad.iter().filter(|d| d.code == code).map(diagnostic::render).collect();
    match example {
        Example::File { kind, bad, fixed } => {
            writeln!(out, "Example: {}, {}\n", kind.described(), kind.example_path())?;
            writeln!(out, "{}", indent(bad))?;
            writeln!(out, "infolit check says:\n\n{}", indent(&said))?;
            writeln!(out, "Fixed:\n\n{}", indent(fixed))?;
        }
        Example::Course { bad, fixed } => {
            writeln!(out, "Example: a course with these files\n")?;
            files(out, bad)?;
            writeln!(out, "infolit check says:\n\n{}", indent(&said))?;
            writeln!(out, "Fixed (the files that change):\n")?;
            let changed: Vec<(&str, &str)> =
                fixed.iter().copied().filter(|file| !bad.contains(file)).collect();
            files(out, &changed)?;
            for (path, _) in bad.iter().filter(|(path, _)| !fixed.iter().any(|(p, _)| p == path)) {
                writeln!(out, "  {path}: removed\n")?;
            }
        }
        Example::Situation { bad, fixed, .. } => {
            writeln!(out, "{}\n", wrap(&format!("Example: {bad}"), WIDTH))?;
            writeln!(out, "infolit check says:\n\n{}", indent(&said))?;
            writeln!(out, "{}", wrap(&format!("Fixed: {fixed}"), WIDTH))?;
        }
    }
    Ok(())
}

fn files(out: &mut impl Write, files: &[(&str, &str)]) -> io::Result<()> {
    for (path, text) in files {
        writeln!(out, "  {path}:\n\n{}", indent(text))?;
    }
    Ok(())
}

/// Each line indented by four spaces, as a code block.
fn indent(text: &str) -> String {
    if text.trim().is_empty() {
        return "    (nothing)\n".to_string();
    }
    text.lines()
        .map(|line| if line.is_empty() { "\n".to_string() } else { format!("    {line}\n") })
        .collect()
}

/// Words joined into lines of at most `width` characters (a longer word gets a line alone).
fn wrap(text: &str, width: usize) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(wrap("one two three four", 9), "one two\nthree\nfour");
        assert_eq!(wrap("a-very-long-word x", 5), "a-very-long-word\nx");
    }

    #[test]
    fn every_code_explains_itself_with_what_check_says() {
        for code in Code::ALL {
            let mut out = Vec::new();
            explain(&mut out, *code).expect("write to memory");
            let text = String::from_utf8(out).expect("UTF-8");
            assert!(text.contains(&format!("[{code}]: ")), "{code} shows no diagnostic:\n{text}");
        }
    }

    #[test]
    fn unknown_codes_get_a_suggestion() {
        assert_eq!(unknown("il0210").to_string(), "unknown code `il0210`; did you mean `IL0201`?");
        assert!(unknown("nope").to_string().contains("infolit explain"));
    }
}
