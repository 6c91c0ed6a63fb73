//! Checks shared by every file kind: ids and the format version.

use crate::content::spanned::Spanned;
use toml::de::DeTable;

use super::raw::FORMAT_VERSION;
use crate::diagnostic::{Code, Diagnostic, SourceFile};

/// Ids name files and appear in progress exports, so they stay simple: lowercase ASCII letters,
/// digits, `-` and `_`, starting with a letter or digit, at most 64 characters.
pub fn check_id(file: &SourceFile, id: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> bool {
    let text = id.get_ref();
    let problem = if text.is_empty() {
        Some("an id cannot be empty")
    } else if text.len() > 64 {
        Some("an id may be at most 64 characters long")
    } else if !text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit()) {
        Some("an id must start with a lowercase letter or a digit")
    } else if !text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_') {
        Some("an id may only hold lowercase letters, digits, `-` and `_`")
    } else {
        None
    };
    match problem {
        Some(problem) => {
            diags.push(
                file.error(
                    Code::InvalidId,
                    id.span(),
                    format!("invalid id `{}`: {problem}", text.escape_debug()),
                )
                .with_help(format!("for example `{}`", suggest_id(text))),
            );
            false
        }
        None => true,
    }
}

/// A valid id close to `text`: "Boolean Basics!" → "boolean-basics".
pub fn suggest_id(text: &str) -> String {
    let mut id = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id: String = id.trim_matches('-').chars().take(64).collect();
    if id.is_empty() { "my-lesson".to_string() } else { id }
}

/// Checks `format_version` before anything else, so a file written for a newer infolit gets
/// one clear message instead of a cascade of unknown keys. `false` when the file must not be
/// read further.
pub fn check_format_version(
    file: &SourceFile,
    table: &toml::Spanned<DeTable<'_>>,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let Some(value) = table.get_ref().get("format_version") else {
        diags.push(
            file.error(Code::FormatVersion, 0..0, "missing `format_version`")
                .with_help(format!("start the file with `format_version = {FORMAT_VERSION}`")),
        );
        // The rest of the file can still be checked against version 1.
        return true;
    };
    let version = value.get_ref().as_integer().and_then(|i| i.as_str().parse::<i64>().ok());
    match version {
        Some(FORMAT_VERSION) => true,
        Some(v) if v > FORMAT_VERSION => {
            diags.push(
                file.error(Code::NewerFormat,
                    value.span(),
                    format!("this file is written in format version {v}, but this infolit reads version {FORMAT_VERSION}"),
                )
                .with_help("update infolit to read it"),
            );
            false
        }
        _ => {
            diags.push(
                file.error(
                    Code::FormatVersion,
                    value.span(),
                    format!("`format_version` must be {FORMAT_VERSION}"),
                )
                .with_help(format!("write `format_version = {FORMAT_VERSION}`")),
            );
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn id_problem(id: &str) -> Option<String> {
        let file = SourceFile::new("a.toml", format!("id = {id:?}"));
        let mut diags = Vec::new();
        let ok = check_id(&file, &Spanned::new(5..5 + id.len() + 2, id.to_string()), &mut diags);
        assert_eq!(ok, diags.is_empty());
        diags.pop().map(|d| format!("{} ({})", d.message, d.help.unwrap_or_default()))
    }

    #[test]
    fn ids_are_simple_names() {
        assert_eq!(id_problem("boolean-basics_2"), None);
        assert_eq!(id_problem("7-steps"), None);
        assert_eq!(
            id_problem("Boolean Basics!").as_deref(),
            Some(
                "invalid id `Boolean Basics!`: an id must start with a lowercase letter or a digit (for example `boolean-basics`)"
            )
        );
        assert!(id_problem("").is_some());
        assert!(id_problem(&"a".repeat(65)).is_some());
        assert!(id_problem("pencarian-é").is_some());
    }
}
