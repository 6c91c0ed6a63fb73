//! The glossary terms on the page on screen: found when the page or the language changes,
//! and the one `t` marked, which Enter (or `g`) opens. `t` steps through the terms in sight:
//! the view says which those are after each frame, so a marked term is always one the
//! learner can see.

use std::cell::Cell;
use std::ops::Range;

use ratatui::crossterm::event::KeyEvent;

use super::super::keymap::{self, Context, MarkedTermKey};
use super::super::state::terms::{Mark, marks};
use super::App;
use crate::content::Step;
use crate::glossary::Matcher;
use crate::lang::Lang;
use crate::session::{Place, Session};

/// The terms of the page on screen.
#[derive(Debug, Default)]
pub struct PageTerms {
    /// The page and language the marks were found for.
    found_for: Option<(Place, Lang)>,
    /// The glossary's names in the language last read, built once per language.
    matcher: Option<(Lang, Matcher)>,
    marks: Vec<Mark>,
    /// The term marked with `t`, by index into `marks`.
    marked: Option<usize>,
    /// The marks in sight in the last frame drawn (`None` before the page is drawn: all).
    in_sight: Cell<Option<(usize, usize)>>,
}

impl PageTerms {
    /// Finds the terms again if the page or the language changed.
    pub fn refresh(&mut self, session: &Session) {
        let lang = session.lang();
        let key = (session.place(), lang);
        if self.found_for == Some(key) {
            return;
        }
        self.found_for = Some(key);
        self.marked = None;
        self.in_sight.set(None);
        self.marks.clear();
        let Some(Step::Page(page)) = session.step() else { return };
        if self.matcher.as_ref().is_none_or(|(l, _)| *l != lang) {
            self.matcher = Some((lang, Matcher::new(&session.course().glossary, lang)));
        }
        if let Some((_, matcher)) = &self.matcher {
            self.marks = marks(page.body.get(lang), matcher);
        }
    }

    /// The terms of the page, in reading order.
    #[must_use]
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// The index of the marked term.
    #[must_use]
    pub fn marked(&self) -> Option<usize> {
        self.marked
    }

    /// The view tells which marks were in sight.
    pub fn set_in_sight(&self, range: Range<usize>) {
        self.in_sight.set(Some((range.start, range.end)));
    }

    /// Marks the next term in sight, from the first again after the last.
    pub fn mark_next(&mut self) {
        let (start, end) = self.in_sight.get().unwrap_or((0, self.marks.len()));
        let sight = start..end;
        if sight.is_empty() {
            self.marked = None;
            return;
        }
        self.marked = Some(match self.marked {
            Some(i) if sight.contains(&i) && i + 1 < sight.end => i + 1,
            _ => sight.start,
        });
    }

    pub fn unmark(&mut self) {
        self.marked = None;
    }

    /// The id of the marked term.
    #[must_use]
    pub fn marked_id(&self) -> Option<&str> {
        self.marks.get(self.marked?).map(|m| m.id.as_str())
    }
}

impl App {
    /// Enter or `g` opens the marked term, Esc unmarks it; `true` when the key was used.
    pub(super) fn marked_term_key(&mut self, key: KeyEvent) -> bool {
        if self.context() != Context::Page {
            return false;
        }
        let Some(id) = self.terms.marked_id().map(str::to_string) else { return false };
        match keymap::marked_term(key) {
            Some(MarkedTermKey::Open) => {
                self.open_term(&id);
                true
            }
            Some(MarkedTermKey::Unmark) => {
                self.terms.unmark();
                true
            }
            None => false,
        }
    }
}
