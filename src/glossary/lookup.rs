//! Finding the term a learner asks for, and listing terms in a language's order.

use super::Term;
use super::fold::key;
use crate::lang::Lang;

/// The term `query` names: its id, or its term or an alias in either language, ignoring case
/// and diacritics. An id wins over a name; among names, the first term in the glossary.
#[must_use]
pub fn lookup<'t>(terms: &'t [Term], query: &str) -> Option<&'t Term> {
    let wanted = key(query);
    if wanted.is_empty() {
        return None;
    }
    terms.iter().find(|t| t.id.eq_ignore_ascii_case(query.trim())).or_else(|| {
        terms.iter().find(|t| Lang::ALL.iter().any(|&lang| t.names(lang).any(|n| key(n) == wanted)))
    })
}

/// The id, term or alias closest to a query that named nothing ("did you mean"), as written.
#[must_use]
pub fn suggest<'t>(terms: &'t [Term], query: &str) -> Option<&'t str> {
    let names = terms.iter().flat_map(|t| {
        std::iter::once(t.id.as_str()).chain(Lang::ALL.iter().flat_map(move |&lang| t.names(lang)))
    });
    crate::suggest::did_you_mean(&key(query), names)
}

/// The terms in the alphabetical order of their names in `lang`, ignoring case and diacritics.
#[must_use]
pub fn sorted(terms: &[Term], lang: Lang) -> Vec<&Term> {
    let mut sorted: Vec<&Term> = terms.iter().collect();
    sorted.sort_by_cached_key(|t| (key(t.term.get(lang)), t.id.clone()));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Aliases;
    use crate::text::{Doc, Localized};

    fn term(id: &str, name_id: &str, name_en: &str, aliases_id: &[&str]) -> Term {
        Term {
            id: id.to_string(),
            term: Localized::Both { id: name_id.to_string(), en: name_en.to_string() },
            aliases: Aliases { id: aliases_id.iter().map(ToString::to_string).collect(), en: Vec::new() },
            definition: Localized::both(Doc::default()),
            see: Vec::new(),
            lessons: Vec::new(),
            source: None,
        }
    }

    fn glossary() -> Vec<Term> {
        vec![
            term("opac", "katalog daring", "online catalogue", &["OPAC"]),
            term("hak-cipta", "hak cipta", "copyright", &[]),
            term("ciptaan", "ciptaan", "work (copyright)", &["karya"]),
        ]
    }

    #[test]
    fn finds_by_id_term_or_alias_in_either_language() {
        let terms = glossary();
        for query in ["opac", "OPAC", "Katalog Daring", "online  catalogue"] {
            assert_eq!(lookup(&terms, query).map(|t| t.id.as_str()), Some("opac"), "{query}");
        }
        assert_eq!(lookup(&terms, "Copyright").map(|t| t.id.as_str()), Some("hak-cipta"));
        assert_eq!(lookup(&terms, "karya").map(|t| t.id.as_str()), Some("ciptaan"));
        assert!(lookup(&terms, "").is_none());
        assert!(lookup(&terms, "lisensi").is_none());
    }

    #[test]
    fn suggests_a_close_name() {
        let terms = glossary();
        assert_eq!(suggest(&terms, "copyrigth"), Some("copyright"));
        assert_eq!(suggest(&terms, "katalog darin"), Some("katalog daring"));
        assert_eq!(suggest(&terms, "zzzzzzzz"), None);
    }

    #[test]
    fn sorts_by_the_name_in_the_language() {
        let terms = glossary();
        let ids = |lang| sorted(&terms, lang).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(Lang::Id), ["ciptaan", "hak-cipta", "opac"]);
        assert_eq!(ids(Lang::En), ["hak-cipta", "opac", "ciptaan"]);
    }
}
