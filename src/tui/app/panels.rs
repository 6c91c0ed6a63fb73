//! The ask and glossary screens' keys. Each screen is a [`Panel`] over the session's screen:
//! Esc closes it and the learner is where they were; opening a lesson from one closes them
//! all.

use ratatui::crossterm::event::KeyEvent;

use super::super::keymap::{self, InputKey as K};
use super::super::state::ask::{Asker, Found, Target};
use super::super::state::glossary::{Link, links};
use super::{App, Panel};
use crate::progress::Position;
use crate::session::Action;

impl App {
    /// Shows the ask screen, indexing the course the first time.
    pub(super) fn open_ask(&mut self) {
        if self.asker.is_none() {
            match Asker::new(self.session.course()) {
                Ok(asker) => self.asker = Some(asker),
                Err(error) => {
                    self.save_error = Some(error.to_string());
                    return;
                }
            }
        }
        self.panels.push(Panel::Ask);
    }

    /// Shows the glossary's list.
    pub(super) fn open_glossary(&mut self) {
        self.glossary.open_list();
        self.push_glossary();
    }

    /// Shows the term `id`; Esc comes back to where the learner was.
    pub(super) fn open_term(&mut self, id: &str) {
        self.glossary.show_only(id);
        self.push_glossary();
    }

    fn push_glossary(&mut self) {
        if self.panels.last() != Some(&Panel::Glossary) {
            self.panels.push(Panel::Glossary);
        }
    }

    /// Opens a lesson at a step, closing the screens over it; nothing happens if the course
    /// no longer has that place.
    fn open_lesson(&mut self, position: &Position) {
        // A review steps through its own list: leave it first, or `n` would go on with it.
        if self.session.review().is_some() {
            self.act(Action::Back);
        }
        self.session.set_time((self.clock)());
        if self.session.resume(position) {
            self.panels.clear();
            self.terms.unmark();
        }
    }

    pub(super) fn ask_key(&mut self, key: KeyEvent) {
        let lang = self.session.lang();
        let Some(asker) = &mut self.asker else {
            self.panels.pop();
            return;
        };
        match keymap::input(key) {
            Some(K::Type(c)) => asker.type_char(c),
            Some(K::Erase) => asker.erase(),
            Some(K::Cursor(delta)) => asker.move_cursor(delta),
            Some(K::Select(delta)) => asker.select_by(delta),
            Some(K::Enter) if asker.needs_search(lang) => {
                self.save_error = asker.search(lang).err().map(|e| e.to_string());
            }
            Some(K::Enter) => match asker.selected_result().and_then(Found::target) {
                Some(Target::Lesson(position)) => self.open_lesson(&position),
                Some(Target::Term(id)) => self.open_term(&id),
                None => {}
            },
            Some(K::Back) => {
                self.panels.pop();
            }
            Some(K::ToggleLanguage) => {
                self.act(Action::ToggleLanguage);
                let lang = self.session.lang();
                if let Some(asker) = &mut self.asker {
                    self.save_error = asker.rerank(lang).err().map(|e| e.to_string());
                }
            }
            Some(K::Help) => self.help_open = true,
            Some(K::Quit) => self.quit = true,
            Some(K::Close | K::ToggleWordForms) | None => {}
        }
    }

    pub(super) fn glossary_key(&mut self, key: KeyEvent) {
        let lang = self.session.lang();
        let terms = &self.session.course().glossary;
        let open = self.glossary.open().and_then(|id| terms.iter().find(|t| t.id == id));
        if let Some(term) = open {
            let links = links(term);
            match keymap::term_page(key) {
                Some(K::Select(delta)) => self.glossary.select_link(delta, links.len()),
                Some(K::Enter) => match links.get(self.glossary.link()) {
                    Some(Link::See(id)) => {
                        let id = id.clone();
                        self.glossary.show(&id);
                    }
                    Some(Link::Lesson(lesson)) => {
                        let position = Position {
                            workshop: lesson.workshop.clone(),
                            lesson: lesson.lesson.clone(),
                            step: 0,
                        };
                        self.open_lesson(&position);
                    }
                    None => {}
                },
                Some(K::Back) if !self.glossary.back() => {
                    self.panels.pop();
                }
                Some(K::ToggleLanguage) => self.act(Action::ToggleLanguage),
                Some(K::Help) => self.help_open = true,
                Some(K::Quit) => self.quit = true,
                Some(K::Back | K::Type(_) | K::Erase | K::Cursor(_) | K::Close | K::ToggleWordForms)
                | None => {}
            }
            return;
        }
        let listed: Vec<String> = self.glossary.listed(terms, lang).iter().map(|t| t.id.clone()).collect();
        match keymap::input(key) {
            Some(K::Type(c)) => self.glossary.type_char(c),
            Some(K::Erase) => self.glossary.erase(),
            Some(K::Select(delta)) => self.glossary.select_by(delta, listed.len()),
            Some(K::Enter | K::Cursor(1..)) => {
                if let Some(id) = listed.get(self.glossary.selected()) {
                    self.glossary.show(id);
                }
            }
            Some(K::Back) => {
                self.panels.pop();
            }
            Some(K::ToggleLanguage) => self.act(Action::ToggleLanguage),
            Some(K::Help) => self.help_open = true,
            Some(K::Quit) => self.quit = true,
            Some(K::Cursor(_) | K::Close | K::ToggleWordForms) | None => {}
        }
    }
}
