//! `kind = "query"`: the records that meet the information need and the other criteria a
//! learner's query is graded by, checked against the course's catalogue.

use std::ops::Range;

use crate::content::spanned::Spanned;

use super::super::exercise_file::fraction;
use super::super::raw::RawQuery;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, QuerySpec, SharedCatalog, Technique};
use crate::grade::{Feedback, Verdict};
use crate::lang::Lang;
use crate::suggest::{did_you_mean, quoted_list};

pub fn read(
    file: &SourceFile,
    raw: &RawQuery,
    span: Range<usize>,
    catalog: Option<&SharedCatalog>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseKind> {
    let errors_before = diags.iter().filter(|d| d.is_error()).count();
    let mut ids = |list: &[Spanned<String>]| -> Vec<String> {
        for id in list {
            check_record(file, id, catalog, diags);
        }
        list.iter().map(|id| id.get_ref().clone()).collect()
    };
    let target = ids(&raw.target);
    let required = ids(&raw.required);
    let forbidden = ids(&raw.forbidden);
    let count = |value: &Option<Spanned<i64>>, key: &str, diags: &mut Vec<Diagnostic>| {
        value.as_ref().and_then(|v| {
            let n = usize::try_from(*v.get_ref()).ok();
            if n.is_none() {
                diags.push(file.error(
                    Code::OutOfRange,
                    v.span(),
                    format!("`{key}` must be 0 or more, found {}", v.get_ref()),
                ));
            }
            n
        })
    };
    let min_results = count(&raw.min_results, "min_results", diags);
    let max_results = count(&raw.max_results, "max_results", diags);
    if let (Some(min), Some(max), Some(at)) = (min_results, max_results, raw.min_results.as_ref())
        && min > max
    {
        diags.push(file.error(
            Code::OutOfRange,
            at.span(),
            format!("`min_results` ({min}) is larger than `max_results` ({max})"),
        ));
    }
    let names: Vec<&str> = Technique::ALL.iter().map(|t| t.as_str()).collect();
    let mut techniques = Vec::new();
    for name in &raw.techniques {
        if let Some(t) = Technique::parse(name.get_ref()) {
            techniques.push(t);
        } else {
            let diagnostic = file.error(
                Code::UnknownValue,
                name.span(),
                format!("unknown technique `{}`", name.get_ref()),
            );
            diags.push(match did_you_mean(name.get_ref(), names.iter().copied()) {
                Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                None => diagnostic.with_help(format!("techniques: {}", quoted_list(&names))),
            });
        }
    }
    let has_criterion = !target.is_empty()
        || !required.is_empty()
        || !forbidden.is_empty()
        || min_results.is_some()
        || max_results.is_some()
        || !techniques.is_empty();
    if !has_criterion {
        diags.push(
            file.error(Code::QueryCriteria, span.clone(), "a query exercise needs something to grade by")
                .with_help("list the records that meet the need in `target = [\"L12\", …]`, or give `required`, `forbidden`, `min_results`/`max_results` or `techniques`"),
        );
    }
    if (raw.min_recall.is_some() || raw.min_precision.is_some()) && target.is_empty() {
        let at = raw.min_recall.as_ref().or(raw.min_precision.as_ref()).map_or(span.clone(), Spanned::span);
        diags.push(file.error(
            Code::QueryCriteria,
            at,
            "`min_recall` and `min_precision` are measured on `target`, which is empty",
        ));
    }
    let min_recall = raw.min_recall.as_ref().map_or(1.0, |v| fraction(file, v, "min_recall", diags));
    let min_precision = raw.min_precision.as_ref().map_or(0.5, |v| fraction(file, v, "min_precision", diags));
    let spec = QuerySpec {
        target,
        required,
        forbidden,
        min_recall,
        min_precision,
        min_results,
        max_results,
        techniques,
        solution: raw.solution.as_ref().map(|s| s.get_ref().trim().to_string()),
        catalog: catalog.cloned(),
    };
    if let Some(solution) = &raw.solution {
        check_solution(file, solution, &spec, diags);
    }
    let errors_after = diags.iter().filter(|d| d.is_error()).count();
    (errors_after == errors_before).then_some(ExerciseKind::Query(spec))
}

/// A record id must name a record of the catalogue (when the course is known).
fn check_record(
    file: &SourceFile,
    id: &Spanned<String>,
    catalog: Option<&SharedCatalog>,
    diags: &mut Vec<Diagnostic>,
) {
    let Some(catalog) = catalog else { return };
    if catalog.catalog().record(id.get_ref()).is_some() {
        return;
    }
    let diagnostic = file.error(
        Code::UnknownCatalogueEntry,
        id.span(),
        format!("no record `{}` in the catalogue", id.get_ref()),
    );
    let ids = catalog.catalog().records.iter().map(|r| r.id.as_str());
    diags.push(match did_you_mean(id.get_ref(), ids) {
        Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
        None => diagnostic.with_help("records are defined with `[[record]]` in exercises/catalog/"),
    });
}

/// The author's solution must be a query that the exercise grades as correct.
fn check_solution(
    file: &SourceFile,
    solution: &Spanned<String>,
    spec: &QuerySpec,
    diags: &mut Vec<Diagnostic>,
) {
    if let Err(error) = crate::search::query::parse(solution.get_ref()) {
        diags.push(
            file.error(
                Code::QuerySolution,
                solution.span(),
                format!("the solution is not a valid query: {}", error.kind.message(Lang::En)),
            )
            .with_help(error.kind.help(Lang::En)),
        );
        return;
    }
    if spec.catalog.is_none() {
        return;
    }
    let verdict: Verdict = crate::grade::query_grade(spec, solution.get_ref());
    if !verdict.correct {
        let notes: Vec<String> = verdict
            .feedback
            .iter()
            .filter_map(|f| match f {
                Feedback::Note(n) => Some(n.text(Lang::En)),
                Feedback::Author(_) => None,
            })
            .collect();
        diags.push(
            file.error(
                Code::QuerySolution,
                solution.span(),
                "the solution does not meet the exercise's own criteria",
            )
            .with_help(notes.join(" ")),
        );
    }
}
