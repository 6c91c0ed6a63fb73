//! The glossary screen: the terms sorted in the learner's language and filtered by what they
//! type, and the terms opened in turn (a "see also" opens another), so Esc walks back
//! through them to the list.

use crate::glossary::{LessonRef, Term, name_key, sorted};
use crate::lang::Lang;

/// Something a term's page links to, selectable with ↑↓ and followed with Enter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A related term, by id.
    See(String),
    /// A lesson that teaches the term.
    Lesson(LessonRef),
}

/// The glossary screen's state.
#[derive(Debug, Clone, Default)]
pub struct GlossaryState {
    filter: String,
    /// The selected row of the filtered list.
    selected: usize,
    /// The terms opened, by id, the one on screen last.
    trail: Vec<String>,
    /// The selected link of the term on screen.
    link: usize,
    /// Whether the list is behind the first term: not when a term was opened from elsewhere
    /// (a page, an answer), where Esc goes straight back.
    list_behind: bool,
}

impl GlossaryState {
    #[must_use]
    pub fn filter(&self) -> &str {
        &self.filter
    }

    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The id of the term on screen, if one is open.
    #[must_use]
    pub fn open(&self) -> Option<&str> {
        self.trail.last().map(String::as_str)
    }

    #[must_use]
    pub fn link(&self) -> usize {
        self.link
    }

    /// The terms listed: sorted by their names in `lang`, those whose names in either
    /// language (or id) contain the filter, ignoring case and diacritics.
    #[must_use]
    pub fn listed<'t>(&self, terms: &'t [Term], lang: Lang) -> Vec<&'t Term> {
        let wanted = name_key(&self.filter);
        let mut listed = sorted(terms, lang);
        if !wanted.is_empty() {
            listed.retain(|t| {
                name_key(&t.id).contains(&wanted)
                    || Lang::ALL.iter().any(|&l| t.names(l).any(|n| name_key(n).contains(&wanted)))
            });
        }
        listed
    }

    pub fn type_char(&mut self, c: char) {
        if !c.is_control() {
            self.filter.push(c);
            self.selected = 0;
        }
    }

    pub fn erase(&mut self) {
        self.filter.pop();
        self.selected = 0;
    }

    /// Moves the selection by `delta` rows of a list of `len`.
    pub fn select_by(&mut self, delta: isize, len: usize) {
        if let Some(last) = len.checked_sub(1) {
            self.selected = self.selected.saturating_add_signed(delta).min(last);
        }
    }

    /// Shows the term `id`, over the one on screen: Esc comes back to it.
    pub fn show(&mut self, id: &str) {
        if self.open() != Some(id) {
            self.trail.push(id.to_string());
        }
        self.link = 0;
    }

    /// Opens on the list (the filter kept from the last visit).
    pub fn open_list(&mut self) {
        self.trail.clear();
        self.list_behind = true;
        self.link = 0;
    }

    /// Shows `id` straight from another screen: Esc goes back there.
    pub fn show_only(&mut self, id: &str) {
        self.trail.clear();
        self.list_behind = false;
        self.show(id);
    }

    /// Goes back one term, or from the first term to the list if it was opened from there;
    /// `false` when there is nothing left to show, and the screen closes.
    pub fn back(&mut self) -> bool {
        self.link = 0;
        self.trail.pop().is_some() && (!self.trail.is_empty() || self.list_behind)
    }

    /// Moves the selected link by `delta` among `count`.
    pub fn select_link(&mut self, delta: isize, count: usize) {
        if let Some(last) = count.checked_sub(1) {
            self.link = self.link.saturating_add_signed(delta).min(last);
        }
    }
}

/// A term's links, in the order its page shows them: related terms, then lessons.
#[must_use]
pub fn links(term: &Term) -> Vec<Link> {
    term.see.iter().cloned().map(Link::See).chain(term.lessons.iter().cloned().map(Link::Lesson)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn terms() -> Vec<Term> {
        content::load(&CourseSource::Bundled).expect("bundled course").course.glossary
    }

    #[test]
    fn filters_by_a_name_in_either_language() {
        let terms = terms();
        let mut state = GlossaryState::default();
        let all = state.listed(&terms, Lang::Id).len();
        assert!(all > 10);
        for c in "katalog daring".chars() {
            state.type_char(c);
        }
        let id = state.listed(&terms, Lang::Id).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        state.filter.clear();
        for c in "ONLINE CATALOGUE".chars() {
            state.type_char(c);
        }
        let en = state.listed(&terms, Lang::Id).iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(id, en);
        assert_eq!(id.len(), 1, "{id:?}");
    }

    #[test]
    fn see_also_walks_forward_and_esc_back() {
        let terms = terms();
        let first = terms.iter().find(|t| !t.see.is_empty()).expect("a term with see-also");
        let mut state = GlossaryState::default();
        state.show_only(&first.id);
        let Some(Link::See(next)) = links(first).first().cloned() else { panic!("a see-also link") };
        state.show(&next);
        assert_eq!(state.open(), Some(next.as_str()));
        assert!(state.back());
        assert_eq!(state.open(), Some(first.id.as_str()));
        assert!(!state.back(), "opened from elsewhere: Esc goes back there");
        state.open_list();
        state.show(&first.id);
        assert!(state.back(), "opened from the list: Esc goes back to it");
        assert_eq!(state.open(), None);
        assert!(!state.back());
    }
}
