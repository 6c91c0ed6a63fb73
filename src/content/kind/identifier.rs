//! `kind = "identifier"`: a task (`check-digit`, `validate`, `isbn10-to-13`,
//! `isbn13-to-10`, `doi-url`), a `scheme` where the task needs one, and the `given`
//! identifier, checked so that the task has an answer.

use super::super::raw::RawIdentifier;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, IdentifierSpec, IdentifierTask};
use crate::identifier::{self, Scheme, doi};
use crate::suggest::{did_you_mean, quoted_list};

pub fn read(file: &SourceFile, raw: &RawIdentifier, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let scheme = match &raw.scheme {
        None => None,
        Some(name) => {
            let names: Vec<&str> = Scheme::ALL.iter().map(|s| s.as_str()).collect();
            let scheme = Scheme::parse(name.get_ref());
            if scheme.is_none() {
                let diagnostic = file.error(
                    Code::UnknownValue,
                    name.span(),
                    format!("unknown scheme `{}`", name.get_ref()),
                );
                diags.push(match did_you_mean(name.get_ref(), names.iter().copied()) {
                    Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                    None => diagnostic.with_help(format!("schemes: {}", quoted_list(&names))),
                });
                return None;
            }
            scheme
        }
    };
    let task_name = raw.task.get_ref().as_str();
    let task = match (task_name, scheme) {
        ("check-digit", Some(s)) => IdentifierTask::CheckDigit(s),
        ("validate", Some(s)) => IdentifierTask::Validate(s),
        ("check-digit" | "validate", None) => {
            diags.push(
                file.error(
                    Code::TaskKeys,
                    raw.task.span(),
                    format!("the task `{task_name}` needs a `scheme`"),
                )
                .with_help("add `scheme = \"isbn10\"`, `\"isbn13\"` or `\"issn\"`"),
            );
            return None;
        }
        ("isbn10-to-13", _) => IdentifierTask::Isbn10To13,
        ("isbn13-to-10", _) => IdentifierTask::Isbn13To10,
        ("doi-url", _) => IdentifierTask::DoiUrl,
        (other, _) => {
            let diagnostic =
                file.error(Code::UnknownValue, raw.task.span(), format!("unknown task `{other}`"));
            diags.push(match did_you_mean(other, IdentifierTask::NAMES) {
                Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                None => diagnostic.with_help(format!("tasks: {}", quoted_list(&IdentifierTask::NAMES))),
            });
            return None;
        }
    };
    if let (Some(name), IdentifierTask::Isbn10To13 | IdentifierTask::Isbn13To10 | IdentifierTask::DoiUrl) =
        (&raw.scheme, task)
    {
        diags.push(
            file.error(Code::TaskKeys, name.span(), format!("the task `{task_name}` has no `scheme`"))
                .with_help("remove `scheme`: the task says which identifiers it is about"),
        );
        return None;
    }
    let given = raw.given.get_ref().trim().to_string();
    let problem = match task {
        IdentifierTask::CheckDigit(s) => match identifier::split(s, &given) {
            Some((_, None)) => None,
            Some((_, Some(_))) => Some(format!(
                "`given` already has its check digit; write `?` in its place, e.g. `{}`",
                masked(&given)
            )),
            None => Some(format!("`given` is not the first {} digits of an {}", s.len() - 1, s.label())),
        },
        IdentifierTask::Validate(s) => match identifier::split(s, &given) {
            Some((_, Some(_))) => None,
            _ => Some(format!("`given` is not written as an {} ({} characters)", s.label(), s.len())),
        },
        IdentifierTask::Isbn10To13 => (!identifier::is_valid(Scheme::Isbn10, &given))
            .then(|| "`given` is not a valid ISBN-10".to_string()),
        IdentifierTask::Isbn13To10 if !identifier::is_valid(Scheme::Isbn13, &given) => {
            Some("`given` is not a valid ISBN-13".to_string())
        }
        IdentifierTask::Isbn13To10 => identifier::isbn13_to_10(&given)
            .is_none()
            .then(|| "an ISBN-13 that starts with 979 has no ISBN-10".to_string()),
        IdentifierTask::DoiUrl => {
            doi::read(&given).is_none().then(|| "`given` is not a DOI (10.<registrant>/<suffix>)".to_string())
        }
    };
    if let Some(message) = problem {
        diags.push(file.error(Code::GivenUnusable, raw.given.span(), message));
        return None;
    }
    Some(ExerciseKind::Identifier(IdentifierSpec { task, given }))
}

/// `given` with its last character replaced by `?`.
fn masked(given: &str) -> String {
    let mut chars: Vec<char> = given.chars().collect();
    if let Some(last) = chars.last_mut() {
        *last = '?';
    }
    chars.into_iter().collect()
}
