//! Query exercises: the task states an information need, the learner writes a query, and the
//! query runs against the practice catalogue. Grading looks at what it retrieved.

use std::sync::Arc;

use crate::search::catalog::Catalog;
use crate::search::eval::Indexed;
use crate::search::query::Query;

/// A query exercise. At least one of the criteria is set (the loader makes sure).
#[derive(Debug, Clone, PartialEq)]
pub struct QuerySpec {
    /// The records that meet the information need: recall and precision are measured on them.
    pub target: Vec<String>,
    /// Records the query must retrieve.
    pub required: Vec<String>,
    /// Records the query must not retrieve.
    pub forbidden: Vec<String>,
    /// The share of `target` to retrieve (0 to 1).
    pub min_recall: f64,
    /// The share of the results that must be in `target` (0 to 1).
    pub min_precision: f64,
    pub min_results: Option<usize>,
    pub max_results: Option<usize>,
    /// Techniques the query must use.
    pub techniques: Vec<Technique>,
    /// A query that meets the need, shown once the exercise is done; checked to be correct.
    pub solution: Option<String>,
    /// The catalogue the query runs against; `None` when the file is checked without its
    /// course, where query exercises cannot be graded.
    pub catalog: Option<SharedCatalog>,
}

/// A search technique a query exercise can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Technique {
    And,
    Or,
    Not,
    Phrase,
    Truncation,
    /// A field code: `title:`, `author:`, `subject:`.
    Field,
    Parentheses,
    Year,
    Language,
    Type,
}

impl Technique {
    pub const ALL: [Technique; 10] = [
        Technique::And,
        Technique::Or,
        Technique::Not,
        Technique::Phrase,
        Technique::Truncation,
        Technique::Field,
        Technique::Parentheses,
        Technique::Year,
        Technique::Language,
        Technique::Type,
    ];

    /// The name written in `techniques = [...]`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Technique::And => "and",
            Technique::Or => "or",
            Technique::Not => "not",
            Technique::Phrase => "phrase",
            Technique::Truncation => "truncation",
            Technique::Field => "field",
            Technique::Parentheses => "parentheses",
            Technique::Year => "year",
            Technique::Language => "language",
            Technique::Type => "type",
        }
    }

    #[must_use]
    pub fn parse(name: &str) -> Option<Technique> {
        Technique::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Whether `query` (typed as `text`) uses this technique.
    #[must_use]
    pub fn used_in(self, query: &Query, text: &str) -> bool {
        match self {
            Technique::Parentheses => has_parenthesis(text),
            _ => any_node(query, &|q| self.is_node(q)),
        }
    }

    fn is_node(self, query: &Query) -> bool {
        use crate::search::query::{Field, Filter};
        match (self, query) {
            (Technique::And, Query::And(_))
            | (Technique::Or, Query::Or(_))
            | (Technique::Not, Query::Not(_))
            | (Technique::Phrase, Query::Phrase { .. })
            | (Technique::Year, Query::Year { .. })
            | (Technique::Language, Query::Filter { filter: Filter::Lang, .. })
            | (Technique::Type, Query::Filter { filter: Filter::Type, .. }) => true,
            (Technique::Truncation, Query::Term { truncated, .. }) => *truncated,
            (Technique::Field, Query::Term { field, .. } | Query::Phrase { field, .. }) => {
                matches!(field, Some(Field::Title | Field::Author | Field::Subject))
            }
            _ => false,
        }
    }
}

fn any_node(query: &Query, test: &dyn Fn(&Query) -> bool) -> bool {
    test(query)
        || match query {
            Query::And(parts) | Query::Or(parts) => parts.iter().any(|p| any_node(p, test)),
            Query::Not(inner) => any_node(inner, test),
            _ => false,
        }
}

/// A `(` outside a quoted phrase.
fn has_parenthesis(text: &str) -> bool {
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// The practice catalogue, with each record prepared for the evaluator, shared by every
/// query exercise of a course.
#[derive(Debug, Clone)]
pub struct SharedCatalog(Arc<CatalogData>);

#[derive(Debug)]
pub struct CatalogData {
    pub catalog: Catalog,
    pub indexed: Vec<Indexed>,
}

impl SharedCatalog {
    #[must_use]
    pub fn new(catalog: Catalog) -> SharedCatalog {
        let indexed = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
        SharedCatalog(Arc::new(CatalogData { catalog, indexed }))
    }

    #[must_use]
    pub fn catalog(&self) -> &Catalog {
        &self.0.catalog
    }

    #[must_use]
    pub fn indexed(&self) -> &[Indexed] {
        &self.0.indexed
    }
}

/// Two exercises are the same whether or not they share one catalogue in memory.
impl PartialEq for SharedCatalog {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0.catalog == other.0.catalog
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::parse;

    fn uses(technique: Technique, text: &str) -> bool {
        technique.used_in(&parse(text).expect("valid"), text)
    }

    #[test]
    fn techniques_are_recognised_in_the_parsed_query() {
        assert!(uses(Technique::Truncation, "litera*"));
        assert!(!uses(Technique::Truncation, "literasi"));
        assert!(uses(Technique::Field, "su:stunting"));
        assert!(!uses(Technique::Field, "lang:id"));
        assert!(uses(Technique::Language, "stunting lang:id"));
        assert!(uses(Technique::And, "a b"));
        assert!(uses(Technique::Not, "a NOT b"));
        assert!(uses(Technique::Phrase, "\"hak cipta\""));
        assert!(uses(Technique::Parentheses, "(a OR b) c"));
        assert!(!uses(Technique::Parentheses, "\"(a\" b"));
        assert!(uses(Technique::Year, "a year:2010.."));
    }
}
