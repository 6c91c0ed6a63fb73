//! Query exercises: the learner's query runs against the practice catalogue (with the
//! evaluator, which the FTS5 index is property-tested to agree with), and the grade comes
//! from what it retrieved: recall and precision on the target records, required and
//! forbidden records, the number of results, and the techniques used. Feedback names what
//! was missed or found in excess, and which part of the query is why.

use std::collections::{BTreeMap, HashSet};

use super::{Feedback, Note, Verdict};
use crate::exercise::{QuerySpec, SharedCatalog};
use crate::search::eval::Indexed;
use crate::search::query::{self, Query};

/// How many records a note names before it says "and N more".
const NAMED: usize = 3;

/// A record as feedback names it: id and title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    pub title: String,
}

pub fn grade(spec: &QuerySpec, text: &str) -> Verdict {
    let Some(shared) = &spec.catalog else {
        return Verdict::wrong(Note::InvalidAnswer);
    };
    if text.trim().is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    let query = match query::parse(text) {
        Ok(query) => query,
        Err(error) => return Verdict::wrong(Note::QueryMistake(error)),
    };
    let retrieved: Vec<usize> =
        shared.indexed().iter().enumerate().filter(|(_, r)| r.matches(&query)).map(|(i, _)| i).collect();
    let ids: HashSet<&str> = retrieved.iter().map(|&i| shared.catalog().records[i].id.as_str()).collect();
    let mut parts: Vec<f64> = Vec::new();
    let mut feedback: Vec<Feedback> = Vec::new();
    let mut note = |n: Note| feedback.push(Feedback::Note(n));
    // How the query was read, with the implied parentheses, when that says more than what
    // was typed: precedence is the most common surprise.
    if has_implied_grouping(&query) {
        note(Note::QueryReadAs(query.to_string()));
    }

    if !spec.target.is_empty() {
        let relevant = spec.target.iter().filter(|t| ids.contains(t.as_str())).count();
        #[allow(clippy::cast_precision_loss)] // catalogue sizes
        let recall = relevant as f64 / spec.target.len() as f64;
        #[allow(clippy::cast_precision_loss)]
        let precision = if retrieved.is_empty() { 0.0 } else { relevant as f64 / retrieved.len() as f64 };
        parts.push(share(recall, spec.min_recall));
        parts.push(share(precision, spec.min_precision));
        note(Note::QueryFound { found: retrieved.len(), relevant, of: spec.target.len() });
        let missed: Vec<&str> = spec.target.iter().map(String::as_str).filter(|t| !ids.contains(t)).collect();
        if !missed.is_empty() && recall < spec.min_recall {
            note(Note::QueryMissed(named(shared, &missed)));
            for (reason, count) in why_missed(&query, shared, &missed) {
                note(match reason {
                    Reason::Not(clause) => Note::QueryRemovedByNot { clause, count },
                    Reason::Part(clause) => Note::QueryLeftOutBy { clause, count },
                    Reason::NoWord => Note::QueryNoWordMatched { count },
                });
            }
        }
        if precision < spec.min_precision {
            let target: HashSet<&str> = spec.target.iter().map(String::as_str).collect();
            let excess: Vec<&str> = retrieved
                .iter()
                .map(|&i| shared.catalog().records[i].id.as_str())
                .filter(|id| !target.contains(id))
                .collect();
            if !excess.is_empty() {
                note(Note::QueryExcess { count: excess.len(), some: named(shared, &excess) });
            }
        }
    }
    if !spec.required.is_empty() {
        let missing: Vec<&str> =
            spec.required.iter().map(String::as_str).filter(|r| !ids.contains(r)).collect();
        #[allow(clippy::cast_precision_loss)]
        parts.push(1.0 - missing.len() as f64 / spec.required.len() as f64);
        if !missing.is_empty() {
            note(Note::QueryMissed(named(shared, &missing)));
            for (reason, count) in why_missed(&query, shared, &missing) {
                note(match reason {
                    Reason::Not(clause) => Note::QueryRemovedByNot { clause, count },
                    Reason::Part(clause) => Note::QueryLeftOutBy { clause, count },
                    Reason::NoWord => Note::QueryNoWordMatched { count },
                });
            }
        }
    }
    if !spec.forbidden.is_empty() {
        let found: Vec<&str> =
            spec.forbidden.iter().map(String::as_str).filter(|f| ids.contains(f)).collect();
        #[allow(clippy::cast_precision_loss)]
        parts.push(1.0 - found.len() as f64 / spec.forbidden.len() as f64);
        if !found.is_empty() {
            note(Note::QueryForbidden(named(shared, &found)));
        }
    }
    if spec.min_results.is_some() || spec.max_results.is_some() {
        let count = retrieved.len();
        let within =
            spec.min_results.is_none_or(|m| count >= m) && spec.max_results.is_none_or(|m| count <= m);
        parts.push(if within { 1.0 } else { 0.0 });
        if !within {
            note(Note::QueryCount { found: count, min: spec.min_results, max: spec.max_results });
        }
    }
    if !spec.techniques.is_empty() {
        let missing: Vec<_> = spec.techniques.iter().filter(|t| !t.used_in(&query, text)).copied().collect();
        #[allow(clippy::cast_precision_loss)]
        parts.push(1.0 - missing.len() as f64 / spec.techniques.len() as f64);
        for technique in missing {
            note(Note::QueryTechnique(technique));
        }
    }
    let correct = !parts.is_empty() && parts.iter().all(|p| *p >= 1.0 - 1e-9);
    #[allow(clippy::cast_precision_loss)]
    let score = if parts.is_empty() { 0.0 } else { parts.iter().sum::<f64>() / parts.len() as f64 };
    Verdict::new(if correct { 1.0 } else { score.min(0.99) }, correct, feedback)
}

/// Whether the query mixes AND (or NOT) with OR, so that reading it needs precedence.
fn has_implied_grouping(query: &Query) -> bool {
    fn has_or(q: &Query) -> bool {
        match q {
            Query::Or(_) => true,
            Query::And(parts) => parts.iter().any(has_or),
            Query::Not(inner) => has_or(inner),
            _ => false,
        }
    }
    fn has_and(q: &Query) -> bool {
        match q {
            Query::And(_) => true,
            Query::Or(parts) => parts.iter().any(has_and),
            Query::Not(inner) => has_and(inner),
            _ => false,
        }
    }
    has_or(query) && has_and(query)
}

/// How much of a threshold a measure reaches: 1 at or above it.
fn share(measure: f64, threshold: f64) -> f64 {
    if threshold <= 0.0 { 1.0 } else { (measure / threshold).min(1.0) }
}

fn named(shared: &SharedCatalog, ids: &[&str]) -> Vec<Named> {
    ids.iter()
        .take(NAMED)
        .filter_map(|id| shared.catalog().record(id))
        .map(|r| Named { id: r.id.clone(), title: r.title.clone() })
        .chain(
            // The rest only counted, as a record without a title.
            (ids.len() > NAMED).then(|| Named { id: String::new(), title: (ids.len() - NAMED).to_string() }),
        )
        .collect()
}

/// Why a relevant record was not retrieved.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Reason {
    /// A NOT removed it: the record has what NOT excludes.
    Not(String),
    /// A part the whole query needed does not match it.
    Part(String),
    /// No word of the query is in it.
    NoWord,
}

/// For each missed record, the part of the query that kept it out, counted per part.
fn why_missed(query: &Query, shared: &SharedCatalog, missed: &[&str]) -> Vec<(Reason, usize)> {
    let mut reasons: BTreeMap<Reason, usize> = BTreeMap::new();
    for id in missed {
        let Some(position) = shared.catalog().records.iter().position(|r| r.id == *id) else { continue };
        let record = &shared.indexed()[position];
        *reasons.entry(reason(query, record)).or_default() += 1;
    }
    reasons.into_iter().collect()
}

fn reason(query: &Query, record: &Indexed) -> Reason {
    match query {
        Query::And(parts) => {
            // The first part it fails names the reason; a NOT it fails means the record has
            // what the NOT excludes.
            for part in parts {
                if !record.matches(part) {
                    return match part {
                        Query::Not(inner) => Reason::Not(inner.to_string()),
                        other if other.to_string().contains(' ') => reason(other, record),
                        other => Reason::Part(other.to_string()),
                    };
                }
            }
            Reason::NoWord
        }
        Query::Not(inner) => Reason::Not(inner.to_string()),
        Query::Or(parts) => {
            // Every alternative fails; if one of them is an AND that fails on one part,
            // that part is the reason; otherwise no word matched.
            parts
                .iter()
                .filter(|p| matches!(p, Query::And(_)))
                .map(|p| reason(p, record))
                .find(|r| *r != Reason::NoWord)
                .unwrap_or(Reason::NoWord)
        }
        _ => Reason::NoWord,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::Technique;
    use crate::search::catalog::{Catalog, Record};

    fn record(id: &str, title: &str, lang: &str) -> Record {
        Record { kind: "article".into(), lang: lang.into(), authors: Vec::new(), ..Record::titled(id, title) }
    }

    fn spec() -> QuerySpec {
        let catalog = Catalog {
            records: vec![
                record("A", "Stunting pada balita", "id"),
                record("B", "Child stunting in Indonesia", "en"),
                record("C", "Stunting and child nutrition", "en"),
                record("D", "Child nutrition in schools", "en"),
                record("E", "Sampah plastik di laut", "id"),
            ],
            subjects: Vec::new(),
        };
        QuerySpec {
            target: vec!["A".into(), "B".into(), "C".into()],
            required: Vec::new(),
            forbidden: Vec::new(),
            min_recall: 1.0,
            min_precision: 0.5,
            min_results: None,
            max_results: None,
            techniques: Vec::new(),
            solution: None,
            catalog: Some(SharedCatalog::new(catalog)),
        }
    }

    fn notes(verdict: &Verdict) -> Vec<Note> {
        verdict
            .feedback
            .iter()
            .filter_map(|f| match f {
                Feedback::Note(n) => Some(n.clone()),
                Feedback::Author(_) => None,
            })
            .collect()
    }

    #[test]
    fn retrieving_the_target_is_correct() {
        let verdict = grade(&spec(), "stunting");
        assert!(verdict.correct);
        assert_eq!(notes(&verdict), [Note::QueryFound { found: 3, relevant: 3, of: 3 }]);
    }

    #[test]
    fn a_not_that_removes_relevant_records_is_named() {
        let verdict = grade(&spec(), "stunting NOT lang:id");
        assert!(!verdict.correct);
        assert!(verdict.score > 0.0 && verdict.score < 1.0);
        let notes = notes(&verdict);
        assert!(notes.contains(&Note::QueryRemovedByNot { clause: "lang:id".into(), count: 1 }), "{notes:?}");
        assert!(notes.contains(&Note::QueryMissed(vec![Named {
            id: "A".into(),
            title: "Stunting pada balita".into()
        }])));
    }

    #[test]
    fn an_and_that_is_too_narrow_is_named() {
        let notes = notes(&grade(&spec(), "stunting AND child"));
        assert!(notes.contains(&Note::QueryLeftOutBy { clause: "child".into(), count: 1 }), "{notes:?}");
    }

    #[test]
    fn too_broad_a_query_loses_precision() {
        let mut spec = spec();
        spec.min_precision = 0.8;
        let verdict = grade(&spec, "stunting OR child OR sampah");
        assert!(!verdict.correct);
        assert!(notes(&verdict).iter().any(|n| matches!(n, Note::QueryExcess { count: 2, .. })));
    }

    #[test]
    fn words_that_occur_in_no_relevant_record_are_said_so() {
        let notes = notes(&grade(&spec(), "gizi"));
        assert!(notes.contains(&Note::QueryNoWordMatched { count: 3 }), "{notes:?}");
    }

    #[test]
    fn required_techniques_forbidden_records_and_counts() {
        let mut spec = spec();
        spec.target.clear();
        spec.techniques = vec![Technique::Truncation];
        spec.forbidden = vec!["D".into()];
        spec.max_results = Some(3);
        assert!(grade(&spec, "stunt*").correct);
        let verdict = grade(&spec, "stunting OR nutrition");
        assert!(!verdict.correct);
        let notes = notes(&verdict);
        assert!(notes.contains(&Note::QueryTechnique(Technique::Truncation)));
        assert!(notes.iter().any(|n| matches!(n, Note::QueryForbidden(_))));
        assert!(notes.contains(&Note::QueryCount { found: 4, min: None, max: Some(3) }));
    }

    #[test]
    fn a_query_that_mixes_and_with_or_is_shown_as_read() {
        let notes = notes(&grade(&spec(), "stunting OR child AND nutrition"));
        assert_eq!(notes[0], Note::QueryReadAs("stunting OR (child AND nutrition)".into()));
        let plain = notes_of("stunting");
        assert!(!plain.iter().any(|n| matches!(n, Note::QueryReadAs(_))));
    }

    fn notes_of(text: &str) -> Vec<Note> {
        notes(&grade(&spec(), text))
    }

    #[test]
    fn a_mistake_in_the_query_is_explained_not_graded() {
        let verdict = grade(&spec(), "stunting AND");
        assert!(!verdict.correct);
        assert!(matches!(notes(&verdict)[..], [Note::QueryMistake(_)]));
    }

    proptest::proptest! {
        #[test]
        fn any_query_gets_a_score_within_bounds(text in "\\PC{0,30}|[a-z *\"()]{0,20}( (AND|OR|NOT) [a-z]{1,8})*") {
            let verdict = grade(&spec(), &text);
            proptest::prop_assert!((0.0..=1.0).contains(&verdict.score));
            proptest::prop_assert_eq!(verdict.correct, verdict.score >= 1.0);
        }
    }
}
