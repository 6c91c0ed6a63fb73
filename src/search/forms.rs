//! Word forms (stemming), which a learner can switch on: a word then also finds the other
//! words of the catalogue that share its stem, in Indonesian or in English, so *pencarian*
//! finds *mencari* and *cari*, and *searching* finds *search* and *searches*. Stems come from
//! the Snowball stemmers (Indonesian, and Porter2 for English), as `infolit ask` uses them.
//!
//! It works by rewriting the query, not the index: each plain word becomes an OR of the
//! catalogue's words that share a stem with it (`pencarian` → `(cari OR mencari OR
//! pencarian)`). The learner sees exactly what was searched, "explain" counts each form,
//! and the FTS5 index and the evaluator need nothing new to agree. Phrases and truncated
//! words stay as written: a phrase asks for these exact words, and `*` already says which
//! endings to accept.

use std::collections::{BTreeSet, HashMap};

use super::eval::Indexed;
use super::query::{Field, Query};
use crate::ask::stem::stem_in;
use crate::lang::Lang;

/// The catalogue's words grouped by stem, in each language.
#[derive(Debug, Default)]
pub struct WordForms {
    /// (language, stem) → the catalogue's words with that stem.
    by_stem: HashMap<(Lang, String), BTreeSet<String>>,
}

impl WordForms {
    /// Groups every word of the catalogue's records by its stems.
    #[must_use]
    pub fn new(records: &[Indexed]) -> WordForms {
        let words: BTreeSet<&str> = records.iter().flat_map(Indexed::words).collect();
        let mut by_stem: HashMap<(Lang, String), BTreeSet<String>> = HashMap::new();
        for word in words {
            for lang in Lang::ALL {
                by_stem.entry((lang, stem_in(word, lang))).or_default().insert(word.to_string());
            }
        }
        WordForms { by_stem }
    }

    /// The catalogue's words that share a stem with `word` in either language, and `word`
    /// itself, sorted.
    #[must_use]
    pub fn of(&self, word: &str) -> BTreeSet<String> {
        let mut forms = BTreeSet::from([word.to_string()]);
        for lang in Lang::ALL {
            if let Some(words) = self.by_stem.get(&(lang, stem_in(word, lang))) {
                forms.extend(words.iter().cloned());
            }
        }
        forms
    }

    /// `query` with every plain word (not a phrase, not truncated, not an ISBN) replaced by
    /// the OR of its forms, each in the same field.
    #[must_use]
    pub fn expand(&self, query: &Query) -> Query {
        match query {
            Query::Term { field, word, truncated: false, span } if *field != Some(Field::Isbn) => {
                let forms = self.of(word);
                if forms.len() == 1 {
                    return query.clone();
                }
                Query::Or(
                    forms
                        .into_iter()
                        .map(|form| Query::Term {
                            field: *field,
                            word: form,
                            truncated: false,
                            span: span.clone(),
                        })
                        .collect(),
                )
            }
            Query::And(parts) => Query::And(parts.iter().map(|p| self.expand(p)).collect()),
            Query::Or(parts) => Query::Or(parts.iter().map(|p| self.expand(p)).collect()),
            Query::Not(inner) => Query::Not(Box::new(self.expand(inner))),
            other => other.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::catalog::{Catalog, Record};
    use crate::search::eval::search;
    use crate::search::index::Index;
    use crate::search::query::parse;

    fn catalog() -> Catalog {
        Catalog {
            records: vec![
                Record::titled("R1", "Teknik pencarian di perpustakaan"),
                Record::titled("R2", "Mencari informasi kesehatan"),
                Record::titled("R3", "Cara cari buku"),
                Record::titled("R4", "Searching the catalogue"),
                Record::titled("R5", "Search strategies and searches"),
                Record::titled("R6", "Carikan pustaka"),
            ],
            subjects: Vec::new(),
        }
    }

    fn forms(catalog: &Catalog) -> (Vec<Indexed>, WordForms) {
        let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, catalog)).collect();
        let forms = WordForms::new(&indexed);
        (indexed, forms)
    }

    fn ids(catalog: &Catalog, indexed: &[Indexed], query: &Query) -> Vec<String> {
        let mut ids: Vec<String> =
            search(catalog, indexed, query).iter().map(|h| catalog.records[h.record].id.clone()).collect();
        ids.sort();
        ids
    }

    #[test]
    fn a_word_finds_its_indonesian_and_english_forms() {
        let catalog = catalog();
        let (indexed, forms) = forms(&catalog);
        let pencarian = forms.expand(&parse("pencarian").expect("query"));
        assert_eq!(pencarian.to_string(), "cari OR carikan OR mencari OR pencarian");
        let perpustakaan = forms.expand(&parse("perpustakaan").expect("query"));
        assert_eq!(perpustakaan.to_string(), "perpustakaan OR pustaka");
        assert_eq!(ids(&catalog, &indexed, &pencarian), ["R1", "R2", "R3", "R6"]);
        let search_word = forms.expand(&parse("search").expect("query"));
        assert_eq!(ids(&catalog, &indexed, &search_word), ["R4", "R5"]);
        assert_eq!(ids(&catalog, &indexed, &parse("search").expect("query")), ["R5"], "without forms");
    }

    #[test]
    fn phrases_truncations_and_fields_keep_their_meaning() {
        let catalog = catalog();
        let (_, forms) = forms(&catalog);
        for text in ["\"teknik pencarian\"", "penca*", "isbn:978", "year:2020", "lang:id"] {
            let query = parse(text).expect("query");
            assert_eq!(forms.expand(&query).to_string(), query.to_string(), "{text}");
        }
        let fielded = forms.expand(&parse("ti:mencari NOT kesehatan").expect("query"));
        assert_eq!(
            fielded.to_string(),
            "(title:cari OR title:carikan OR title:mencari OR title:pencarian) AND NOT kesehatan"
        );
    }

    #[test]
    fn a_word_with_no_other_form_is_left_alone() {
        let catalog = catalog();
        let (_, forms) = forms(&catalog);
        assert_eq!(forms.expand(&parse("buku").expect("query")).to_string(), "buku");
        assert_eq!(forms.expand(&parse("zebra").expect("query")).to_string(), "zebra");
    }

    #[test]
    fn the_index_finds_what_the_evaluator_finds_with_word_forms() {
        let catalog = catalog();
        let (indexed, forms) = forms(&catalog);
        let index = Index::build(&catalog).expect("index");
        for text in ["pencarian", "searching OR pustaka", "mencari AND NOT kesehatan", "NOT search"] {
            let query = forms.expand(&parse(text).expect("query"));
            let mut found: Vec<String> = index
                .search(&query)
                .expect("search")
                .iter()
                .map(|h| catalog.records[h.record].id.clone())
                .collect();
            found.sort();
            assert_eq!(found, ids(&catalog, &indexed, &query), "{text}");
        }
    }
}
