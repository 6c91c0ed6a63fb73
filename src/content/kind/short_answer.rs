//! `kind = "text"`: accepted answers (texts or regular expressions), known wrong answers,
//! and how strictly to compare.

use crate::content::spanned::Spanned;
use regex::RegexBuilder;

use super::super::localize;
use super::super::raw::{RawShortAnswer, RawTextRule};
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, Pattern, TextRule, TextSpec};
use crate::grade::normalize::{Options, normalize};

/// Compiled regular expressions may take at most this much memory: an author's pattern is
/// small, and a limit keeps a pathological one from stalling `check`.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// The most typos an author may tolerate: beyond that, different words start to match.
pub const MAX_TYPOS: i64 = 3;

pub fn read(file: &SourceFile, raw: &RawShortAnswer, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let options = Options { case_sensitive: raw.case_sensitive, fold_diacritics: raw.fold_diacritics };
    let typos = typos(file, raw.typos.as_ref(), diags);
    if raw.accept.get_ref().is_empty() {
        diags.push(
            file.error(
                Code::AcceptedAnswers,
                raw.accept.span(),
                "a text exercise needs at least one accepted answer",
            )
            .with_help("add `[[exercise.accept]]` with `text = \"…\"` or `regex = \"…\"`"),
        );
        return None;
    }
    let accept: Vec<_> = raw.accept.get_ref().iter().map(|r| rule(file, r, options, diags)).collect();
    let reject: Vec<_> = raw.reject.iter().map(|r| rule(file, r, options, diags)).collect();
    Some(ExerciseKind::Text(TextSpec {
        accept: accept.into_iter().collect::<Option<_>>()?,
        reject: reject.into_iter().collect::<Option<_>>()?,
        case_sensitive: raw.case_sensitive,
        fold_diacritics: raw.fold_diacritics,
        typos,
    }))
}

/// `typos = n`, between 0 and [`MAX_TYPOS`].
pub fn typos(file: &SourceFile, raw: Option<&Spanned<i64>>, diags: &mut Vec<Diagnostic>) -> u32 {
    match raw {
        None => 0,
        Some(t) if (0..=MAX_TYPOS).contains(t.get_ref()) => u32::try_from(*t.get_ref()).unwrap_or(0),
        Some(t) => {
            diags.push(file.error(
                Code::OutOfRange,
                t.span(),
                format!("`typos` must be between 0 and {MAX_TYPOS}, found {}", t.get_ref()),
            ));
            0
        }
    }
}

fn rule(
    file: &SourceFile,
    raw: &Spanned<RawTextRule>,
    options: Options,
    diags: &mut Vec<Diagnostic>,
) -> Option<TextRule> {
    let rule = raw.get_ref();
    let feedback = rule.feedback.as_ref().and_then(|f| localize::markdown(file, f, "feedback", diags));
    let pattern = match (&rule.text, &rule.regex) {
        (Some(text), None) => {
            let normalized = normalize(text.get_ref(), options);
            if normalized.is_empty() {
                diags.push(file.error(
                    Code::AcceptedAnswers,
                    text.span(),
                    "an accepted or rejected `text` cannot be empty",
                ));
                return None;
            }
            Pattern::Text { normalized, shown: text.get_ref().trim().to_string() }
        }
        (None, Some(source)) => {
            // The whole normalised answer must match, so `katalog` does not accept `katalogus`.
            let built = RegexBuilder::new(&format!("^(?:{})$", source.get_ref()))
                .case_insensitive(!options.case_sensitive)
                .size_limit(REGEX_SIZE_LIMIT)
                .build();
            match built {
                Ok(regex) => Pattern::Regex { source: source.get_ref().clone(), regex },
                Err(error) => {
                    let reason = error.to_string();
                    let reason = reason
                        .lines()
                        .last()
                        .unwrap_or("invalid pattern")
                        .trim()
                        .trim_start_matches("error: ");
                    diags.push(
                        file.error(
                            Code::InvalidRegex,
                            source.span(),
                            format!("invalid regular expression: {reason}"),
                        )
                        .with_help(
                            "the syntax is that of Rust's `regex` crate; `\\\\` writes one backslash in TOML",
                        ),
                    );
                    return None;
                }
            }
        }
        (Some(_), Some(regex)) => {
            diags.push(file.error(Code::TextOrRegex, regex.span(), "a rule has `text` or `regex`, not both"));
            return None;
        }
        (None, None) => {
            diags.push(file.error(
                Code::TextOrRegex,
                raw.span(),
                "a rule needs `text = \"…\"` or `regex = \"…\"`",
            ));
            return None;
        }
    };
    Some(TextRule { pattern, feedback })
}
