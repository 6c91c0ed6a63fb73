//! Finding glossary terms in a page of text, so a front end can mark them and let learners
//! open one. Whole words only, case- and diacritic-insensitive, the longest name first: in
//! "hak cipta" the term *hak cipta* is found, not a shorter term *hak* inside it.

use std::collections::HashMap;
use std::ops::Range;

use super::Term;
use super::fold::{Folded, fold, fold_name};
use crate::lang::Lang;

/// One term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'m> {
    /// The bytes of the original text, on character boundaries.
    pub range: Range<usize>,
    /// The term's id.
    pub id: &'m str,
}

/// The names of a glossary in one language, ready to be found in texts of that language.
/// Build it once per glossary and language; [`Matcher::find`] is then cheap per page.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// Folded names by their first character, longest first: (name, term id).
    by_first: HashMap<char, Vec<(Vec<char>, String)>>,
}

impl Matcher {
    /// The names of `terms` in `lang`: each term and its aliases written for that language.
    /// A name that two terms share goes to the first (`check` warns about it).
    #[must_use]
    pub fn new(terms: &[Term], lang: Lang) -> Matcher {
        let mut by_first: HashMap<char, Vec<(Vec<char>, String)>> = HashMap::new();
        for term in terms {
            for name in term.names(lang) {
                let folded = fold_name(name);
                let Some(&first) = folded.first() else { continue };
                let names = by_first.entry(first).or_default();
                if !names.iter().any(|(known, _)| *known == folded) {
                    names.push((folded, term.id.clone()));
                }
            }
        }
        for names in by_first.values_mut() {
            // Longest first; a stable sort keeps the glossary's order among equals.
            names.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
        }
        Matcher { by_first }
    }

    /// Every occurrence of a term in `text`, in order, none overlapping another.
    #[must_use]
    pub fn find(&self, text: &str) -> Vec<Match<'_>> {
        let folded = fold(text);
        let mut found = Vec::new();
        let mut i = 0;
        while i < folded.len() {
            match self.longest_at(&folded, i) {
                Some((len, id)) => {
                    found.push(Match { range: folded[i].source.start..folded[i + len - 1].source.end, id });
                    i += len;
                }
                None => i += 1,
            }
        }
        found
    }

    /// The longest name that starts at `i` as a whole word: its length in folded characters.
    fn longest_at<'m>(&'m self, folded: &[Folded], i: usize) -> Option<(usize, &'m str)> {
        let at = &folded[i];
        if !at.first || (at.c.is_alphanumeric() && i > 0 && folded[i - 1].c.is_alphanumeric()) {
            return None;
        }
        let names = self.by_first.get(&at.c)?;
        names.iter().find_map(|(name, id)| {
            let end = i + name.len();
            let candidate = folded.get(i..end)?;
            let same = candidate.iter().zip(name).all(|(f, c)| f.c == *c);
            let last = candidate.last()?;
            let whole_word =
                !(last.c.is_alphanumeric() && folded.get(end).is_some_and(|f| f.c.is_alphanumeric()));
            (same && last.last && whole_word).then_some((name.len(), id.as_str()))
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::glossary::Aliases;
    use crate::text::{Doc, Localized};

    fn term(id: &str, names_id: &str, names_en: &str, aliases: &[&str]) -> Term {
        Term {
            id: id.to_string(),
            term: Localized::Both { id: names_id.to_string(), en: names_en.to_string() },
            aliases: Aliases {
                id: aliases.iter().map(ToString::to_string).collect(),
                en: aliases.iter().map(ToString::to_string).collect(),
            },
            definition: Localized::both(Doc::default()),
            see: Vec::new(),
            lessons: Vec::new(),
            source: None,
        }
    }

    fn glossary() -> Vec<Term> {
        vec![
            term("hak", "hak", "right", &[]),
            term("hak-cipta", "hak cipta", "copyright", &[]),
            term("hak-moral", "hak moral", "moral rights", &["moral right"]),
            term("opac", "OPAC", "OPAC", &["katalog daring", "online catalogue"]),
            term("boolean", "operator Boolean", "Boolean operator", &["Boolean operators", "AND"]),
            term("cc", "Creative Commons", "Creative Commons", &["CC"]),
        ]
    }

    fn found<'a>(text: &'a str, lang: Lang, terms: &[Term]) -> Vec<(&'a str, String)> {
        Matcher::new(terms, lang).find(text).into_iter().map(|m| (&text[m.range], m.id.to_string())).collect()
    }

    #[test]
    fn finds_the_longest_name_as_a_whole_word() {
        let terms = glossary();
        assert_eq!(
            found("Hak Cipta melindungi hak moral; hak saja.", Lang::Id, &terms),
            [
                ("Hak Cipta", "hak-cipta".to_string()),
                ("hak moral", "hak-moral".to_string()),
                ("hak", "hak".to_string())
            ]
        );
        // Not inside a longer word.
        assert!(found("hakim dan ANDA", Lang::Id, &terms).is_empty());
    }

    #[test]
    fn ignores_case_accents_width_and_line_breaks() {
        let terms = glossary();
        assert_eq!(found("Use ＯＰＡＣ, or the online\n  catalogue.", Lang::En, &terms).len(), 2);
        let accented = vec![term("pengumuman", "Pengumuman", "announcement", &[])];
        assert_eq!(
            found("tentang pe\u{301}ngumuman itu", Lang::Id, &accented),
            [("pe\u{301}ngumuman", "pengumuman".to_string())]
        );
    }

    #[test]
    fn uses_the_names_of_the_text_language_only() {
        let terms = glossary();
        assert!(found("the copyright holder", Lang::Id, &terms).is_empty());
        assert_eq!(found("the copyright holder", Lang::En, &terms), [("copyright", "hak-cipta".to_string())]);
        assert_eq!(found("Boolean operators: AND", Lang::En, &terms).len(), 2);
    }

    #[test]
    fn an_empty_glossary_finds_nothing() {
        assert!(Matcher::new(&[], Lang::En).find("anything at all").is_empty());
    }

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("hak".to_string()),
            Just("hak cipta".to_string()),
            Just("é".to_string()),
            Just("ﬁ".to_string()),
            Just("fi".to_string()),
            Just("İ".to_string()),
            "[a-zA-Z ]{1,6}",
            "\\PC{1,4}",
        ]
    }

    proptest! {
        #[test]
        fn ranges_are_ordered_char_boundaries_that_never_overlap(
            names in proptest::collection::vec(name(), 0..6),
            text in "([a-zA-Z hakciptéﬁİ\u{301}\u{300}\t\n.,-]|\\PC){0,80}",
            english in proptest::bool::ANY,
        ) {
            let terms: Vec<Term> =
                names.iter().enumerate().map(|(i, n)| term(&format!("t{i}"), n, n, &[n.as_str()])).collect();
            let lang = if english { Lang::En } else { Lang::Id };
            let matcher = Matcher::new(&terms, lang);
            let mut end = 0;
            for m in matcher.find(&text) {
                prop_assert!(m.range.start >= end, "overlap at {:?}", m.range);
                prop_assert!(m.range.start < m.range.end);
                prop_assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
                // What was found folds to one of the term's names.
                let key = crate::glossary::fold::key(&text[m.range.clone()]);
                prop_assert!(terms.iter().filter(|t| t.id == m.id).flat_map(|t| t.names(lang)).any(|n| crate::glossary::fold::key(n) == key));
                end = m.range.end;
            }
        }
    }
}
