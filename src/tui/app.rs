//! The TUI's state: the session, plus what only the terminal view needs (the help overlay and
//! the scroll position), and `handle_key`, which updates both.
//!
//! - `panels`: the ask and glossary screens, drawn over the session's screen;
//! - `marks`: the glossary terms on the page on screen, and the one marked with `t`;
//! - `next`: what to study next, recomputed when the learner's results change.

mod marks;
mod next;
mod panels;

use std::cell::Cell;
use std::path::PathBuf;

use ratatui::crossterm::event::KeyEvent;

use super::keymap::{self, Context, UiAction};
use crate::exercise::ExerciseKind;
use jiff::Timestamp;

use super::state::ask::Asker;
use super::state::glossary::GlossaryState;
use crate::diagnostic::Diagnostic;
use crate::learner_name::{LearnerPicker, PickerAction, PickerMode, PickerOutcome};
use crate::preview::{self, Target};
use crate::recommend::Recommendation;
use crate::search::browser::Browser;
use crate::session::{Place, Recorder, Screen, Session};
use marks::PageTerms;

/// A screen of the TUI's own, drawn over the session's screen; Esc closes the top one and
/// shows what is under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Ask,
    Glossary,
}

/// The TUI application state.
#[derive(Debug)]
pub struct App {
    pub(super) session: Session,
    pub(super) help_open: bool,
    /// Lines scrolled in the lesson text.
    pub(super) scroll: u16,
    /// The largest useful scroll for the last frame drawn, written by the view, so scrolling
    /// stops at the end of the text instead of running past it.
    pub(super) max_scroll: Cell<u16>,
    /// The height of the text area in the last frame, for page-wise scrolling.
    pub(super) page_height: Cell<u16>,
    place: Place,
    pub(super) data_dir: Option<PathBuf>,
    /// Writes the session's records; `None` in tests and previews.
    recorder: Option<Recorder>,
    /// "Who are you?", shown until a learner is chosen.
    pub(super) picker: Option<LearnerPicker>,
    /// The clock (a fixed one in tests).
    clock: fn() -> Timestamp,
    /// The last problem saving progress, shown until the next save succeeds.
    pub(super) save_error: Option<String>,
    /// The practice catalogue, indexed the first time it is opened and kept, with its query,
    /// for the next time.
    pub(super) catalogue: Option<Browser>,
    pub(super) catalogue_open: bool,
    /// Set when this is an author's preview (`infolit preview`).
    pub(super) preview: Option<PreviewState>,
    /// The ask screen, indexed the first time it is opened and kept with its question.
    pub(super) asker: Option<Asker>,
    pub(super) glossary: GlossaryState,
    /// The ask and glossary screens open, the one on screen last.
    pub(super) panels: Vec<Panel>,
    /// The glossary terms on the page on screen.
    pub(super) terms: PageTerms,
    /// What to study next, for the home screen and after a lesson.
    pub(super) recommendations: Vec<Recommendation>,
    /// What the recommendations were computed from: (records written, lessons finished,
    /// learner). Recomputed when it changes, not on every key or frame.
    recommended_for: Option<(u64, usize, String)>,
    quit: bool,
}

/// What a preview adds to the app: where the course is reloaded from, and the problems of the
/// last save, shown in a panel while the last good version stays on screen.
#[derive(Debug)]
pub struct PreviewState {
    target: Target,
    /// Reload when a course file is saved.
    pub(super) watch: bool,
    /// The diagnostics of the last load, errors first.
    pub(super) problems: Vec<Diagnostic>,
    /// The last load was a reload that worked (said once, until the next key).
    pub(super) reloaded: bool,
}

impl App {
    #[must_use]
    pub fn new(session: Session, data_dir: Option<PathBuf>) -> Self {
        let place = session.place();
        App {
            session,
            help_open: false,
            scroll: 0,
            max_scroll: Cell::new(u16::MAX),
            page_height: Cell::new(10),
            place,
            data_dir,
            recorder: None,
            picker: None,
            clock: || Timestamp::UNIX_EPOCH,
            save_error: None,
            catalogue: None,
            catalogue_open: false,
            preview: None,
            asker: None,
            glossary: GlossaryState::default(),
            panels: Vec::new(),
            terms: PageTerms::default(),
            recommendations: Vec::new(),
            recommended_for: None,
            quit: false,
        }
        .refreshed()
    }

    /// After anything that may move the learner or change their results: the page's terms
    /// and the recommendations are brought up to date (each only when its inputs changed).
    fn refreshed(mut self) -> Self {
        self.refresh();
        self
    }

    fn refresh(&mut self) {
        if self.session.place() != self.place {
            self.place = self.session.place();
            self.scroll = 0;
            self.max_scroll.set(u16::MAX);
        }
        self.terms.refresh(&self.session);
        self.refresh_recommendations();
    }

    /// Makes this an author's preview of `target`: nothing is recorded, `warnings` from the
    /// first load are shown, and with `watch` the course is reloaded after each save.
    #[must_use]
    pub fn previewing(mut self, target: Target, warnings: Vec<Diagnostic>, watch: bool) -> Self {
        self.preview = Some(PreviewState { target, watch, problems: warnings, reloaded: false });
        self
    }

    /// The course folder to watch, for a preview with `--watch`.
    #[must_use]
    pub fn watched_root(&self) -> Option<&std::path::Path> {
        self.preview.as_ref().filter(|p| p.watch).map(|p| p.target.root.as_path())
    }

    /// Loads the previewed course again after a save.
    pub fn reload(&mut self) {
        let Some(state) = &self.preview else { return };
        let loaded = preview::load(&state.target);
        self.apply_reload(loaded);
    }

    /// A good course replaces the session at the same place; a broken one only shows its
    /// problems, over the last good version.
    pub(super) fn apply_reload(&mut self, loaded: preview::Loaded) {
        let Some(state) = &mut self.preview else { return };
        match loaded {
            preview::Loaded::Course { course, warnings } => {
                self.session = preview::carry_over(&self.session, course);
                state.problems = warnings;
                state.reloaded = true;
                // The catalogue may have changed: index it again when next opened.
                self.catalogue = None;
                self.catalogue_open = false;
                // So may the lessons and the glossary.
                self.asker = None;
                self.panels.clear();
                self.glossary = GlossaryState::default();
                self.terms = PageTerms::default();
                self.recommended_for = None;
                self.refresh();
            }
            preview::Loaded::Broken(problems) => {
                state.problems = problems;
                state.reloaded = false;
            }
        }
    }

    /// Records the session's work with `recorder`, asking who is learning first unless the
    /// session already knows.
    #[must_use]
    pub fn with_recorder(mut self, recorder: Recorder, clock: fn() -> Timestamp) -> Self {
        if self.session.learner().is_empty() {
            self.picker = Some(LearnerPicker::new(recorder.store().learners().unwrap_or_default()));
        }
        self.recorder = Some(recorder);
        self.clock = clock;
        self.recommended_for = None;
        self.refreshed()
    }

    #[must_use]
    pub fn session(&self) -> &Session {
        &self.session
    }

    #[must_use]
    pub fn should_quit(&self) -> bool {
        self.quit || self.session.should_quit()
    }

    pub(super) fn context(&self) -> Context {
        if !matches!(self.session.screen(), Screen::Lesson(_)) {
            return Context::List;
        }
        // Every kind named, so a new kind cannot fall into the wrong keys unnoticed.
        match self.session.exercise().map(|e| &e.kind) {
            None => Context::Page,
            Some(ExerciseKind::Choice(spec)) => Context::Choice { multiple: spec.multiple },
            Some(
                ExerciseKind::Text(_)
                | ExerciseKind::Numeric(_)
                | ExerciseKind::Query(_)
                | ExerciseKind::Identifier(_)
                | ExerciseKind::License(_)
                | ExerciseKind::Citation(_),
            ) => Context::Typed,
            Some(ExerciseKind::Order(_)) => Context::Order,
            Some(ExerciseKind::Match(_)) => Context::Match,
            Some(ExerciseKind::Cloze(_)) => Context::Cloze,
            Some(ExerciseKind::Survey(_)) => Context::Survey,
        }
    }

    /// Applies one key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        self.apply_key(key);
        self.refresh();
    }

    fn apply_key(&mut self, key: KeyEvent) {
        if let Some(state) = &mut self.preview {
            state.reloaded = false;
        }
        if self.picker.is_some() {
            self.picker_key(key);
            return;
        }
        if !self.help_open {
            match self.panels.last() {
                Some(Panel::Ask) => return self.ask_key(key),
                Some(Panel::Glossary) => return self.glossary_key(key),
                None => {}
            }
        }
        if self.catalogue_open && !self.help_open {
            self.catalogue_key(key);
            return;
        }
        if !self.help_open && self.marked_term_key(key) {
            return;
        }
        let Some(action) = keymap::map(key, self.context(), self.help_open) else {
            return;
        };
        match action {
            UiAction::Session(action) => self.act(action),
            UiAction::Scroll(lines) => self.scroll_by(lines),
            UiAction::ScrollPage(pages) => {
                let page = i32::from(self.page_height.get().saturating_sub(1).max(1));
                self.scroll_by(pages * page);
            }
            UiAction::ToggleHelp => self.help_open = !self.help_open,
            UiAction::CloseHelp => self.help_open = false,
            UiAction::OpenCatalogue => self.open_catalogue(),
            UiAction::OpenAsk => self.open_ask(),
            UiAction::OpenGlossary => self.open_glossary(),
            UiAction::NextTerm => self.terms.mark_next(),
        }
    }

    /// Applies a session action with the time, and saves what it recorded.
    fn act(&mut self, action: crate::session::Action) {
        self.session.set_time((self.clock)());
        self.session.update(action);
        if let Some(recorder) = &mut self.recorder {
            self.save_error = recorder.save(&mut self.session).err().map(|e| e.to_string());
        }
    }

    /// Shows the catalogue screen over whatever was on screen; leaving it returns there.
    fn open_catalogue(&mut self) {
        if self.catalogue.is_none() {
            match Browser::new(self.session.course().catalog.clone()) {
                Ok(browser) => self.catalogue = Some(browser),
                Err(error) => {
                    self.save_error = Some(error.to_string());
                    return;
                }
            }
        }
        self.catalogue_open = true;
    }

    fn catalogue_key(&mut self, key: KeyEvent) {
        use keymap::InputKey as K;
        let Some(browser) = &mut self.catalogue else {
            self.catalogue_open = false;
            return;
        };
        match keymap::catalogue(key) {
            Some(K::Type(c)) => browser.type_char(c),
            Some(K::Erase) => browser.erase(),
            Some(K::Cursor(delta)) => browser.move_cursor(delta),
            Some(K::Select(delta)) => browser.select_by(delta),
            Some(K::Enter) => browser.open_selected(),
            Some(K::Back) if !browser.back() => self.catalogue_open = false,
            Some(K::Close) => self.catalogue_open = false,
            Some(K::ToggleWordForms) => browser.toggle_word_forms(),
            Some(K::ToggleLanguage) => self.session.update(crate::session::Action::ToggleLanguage),
            Some(K::Help) => self.help_open = true,
            Some(K::Quit) => self.quit = true,
            Some(K::Back) | None => {}
        }
    }

    /// Keys on the "who are you?" screen.
    fn picker_key(&mut self, key: KeyEvent) {
        let Some(picker) = &mut self.picker else { return };
        let action = match keymap::picker(key) {
            Some(keymap::PickerKey::Escape) if picker.mode != PickerMode::Choose => PickerAction::Cancel,
            Some(keymap::PickerKey::Quit | keymap::PickerKey::Escape) => {
                self.quit = true;
                return;
            }
            Some(keymap::PickerKey::Act(action)) => action,
            None => return,
        };
        let Some(outcome) = picker.update(action) else { return };
        let name = match outcome {
            PickerOutcome::Chosen(name) => name,
            PickerOutcome::Rename { old, new } => {
                self.change_names(|store| store.rename_learner(&old, &new).map(|_| ()));
                return;
            }
            PickerOutcome::Delete(name) => {
                self.change_names(|store| store.delete_learner(&name).map(|_| ()));
                return;
            }
        };
        let now = (self.clock)();
        let signed_in = if let Some(recorder) = &mut self.recorder {
            recorder.sign_in(&name, now, &mut self.session)
        } else {
            self.session.set_learner(&name, []);
            Ok(())
        };
        match signed_in {
            Ok(()) => {
                self.picker = None;
                self.save_error = None;
                self.place = self.session.place();
            }
            Err(error) => self.save_error = Some(error.to_string()),
        }
    }

    /// Renames or deletes a learner on the picker, then shows the new list.
    fn change_names(
        &mut self,
        change: impl FnOnce(&mut crate::progress::Store) -> Result<(), crate::progress::StoreError>,
    ) {
        let Some(recorder) = &mut self.recorder else { return };
        let result = change(recorder.store_mut()).and_then(|()| recorder.store().learners());
        match (result, &mut self.picker) {
            (Ok(names), Some(picker)) => {
                picker.set_names(names);
                self.save_error = None;
            }
            (Err(error), _) => self.save_error = Some(error.to_string()),
            (Ok(_), None) => {}
        }
    }

    fn scroll_by(&mut self, lines: i32) {
        // A marked term may scroll out of sight; `t` marks one in sight again.
        self.terms.unmark();
        let target = i32::from(self.scroll).saturating_add(lines).clamp(0, i32::from(self.max_scroll.get()));
        self.scroll = u16::try_from(target).unwrap_or(0);
    }
}

#[cfg(test)]
pub(super) mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    use super::*;
    use crate::content::{self, CourseSource};
    use crate::lang::Lang;

    /// The app on the bundled course, in `lang`.
    pub fn app(lang: Lang) -> App {
        let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
        App::new(Session::new(loaded.course, lang), Some(PathBuf::from("/home/budi/.local/share/infolit")))
    }

    /// The app on the course in `tests/fixtures/kinds-course`, which has one exercise of
    /// every kind, in `lang`.
    pub fn kinds_app(lang: Lang) -> App {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kinds-course");
        let loaded = content::load(&CourseSource::Dir(dir)).expect("fixture course");
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        App::new(Session::new(loaded.course, lang), None)
    }

    /// Presses keys written as a string: characters stand for themselves, `<enter>`, `<esc>`,
    /// `<up>`, `<down>`, `<left>`, `<right>`, `<pgdn>`, `<pgup>`, `<c-c>` for the others.
    pub fn press(app: &mut App, keys: &str) {
        let mut rest = keys;
        while let Some(c) = rest.chars().next() {
            let (event, len) = if c == '<' {
                let end = rest.find('>').expect("closing > in a key string");
                let code = match &rest[1..end] {
                    "enter" => KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
                    "esc" => KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
                    "up" => KeyEvent::new(KeyCode::Up, KeyModifiers::NONE),
                    "down" => KeyEvent::new(KeyCode::Down, KeyModifiers::NONE),
                    "left" => KeyEvent::new(KeyCode::Left, KeyModifiers::NONE),
                    "right" => KeyEvent::new(KeyCode::Right, KeyModifiers::NONE),
                    "pgdn" => KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE),
                    "pgup" => KeyEvent::new(KeyCode::PageUp, KeyModifiers::NONE),
                    "c-c" => KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
                    "space" => KeyEvent::new(KeyCode::Char(' '), KeyModifiers::NONE),
                    "tab" => KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
                    "bs" => KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
                    "f2" => KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE),
                    "f3" => KeyEvent::new(KeyCode::F(3), KeyModifiers::NONE),
                    "f4" => KeyEvent::new(KeyCode::F(4), KeyModifiers::NONE),
                    "f5" => KeyEvent::new(KeyCode::F(5), KeyModifiers::NONE),
                    "del" => KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE),
                    other => panic!("unknown key <{other}>"),
                };
                (code, end + 1)
            } else {
                (KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), c.len_utf8())
            };
            app.handle_key(event);
            rest = &rest[len..];
        }
    }

    #[test]
    fn keys_walk_into_a_lesson_and_out() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><enter>");
        assert_eq!(app.session.place().step, Some(0));
        press(&mut app, "<right>");
        assert_eq!(app.session.place().step, Some(1));
        press(&mut app, "<esc><esc>");
        assert_eq!(app.session.screen(), &Screen::Home { selected: 0 });
    }

    #[test]
    fn scrolling_resets_on_a_new_step_and_stops_at_the_end() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><enter>");
        app.max_scroll.set(3);
        press(&mut app, "jjjjjj");
        assert_eq!(app.scroll, 3);
        press(&mut app, "k");
        assert_eq!(app.scroll, 2);
        press(&mut app, "n");
        assert_eq!(app.scroll, 0);
    }

    #[test]
    fn the_catalogue_opens_from_a_typed_exercise_and_esc_returns_there() {
        let mut app = kinds_app(Lang::En);
        press(&mut app, "<enter><enter><tab><tab><tab>opac");
        let place = app.session.place();
        press(&mut app, "<f4>stunting OR pelangi");
        assert!(app.catalogue_open);
        let browser = app.catalogue.as_ref().expect("catalogue");
        assert_eq!(browser.input(), "stunting OR pelangi");
        assert_eq!(browser.results().len(), 2);
        press(&mut app, "<esc>");
        assert!(!app.catalogue_open);
        assert_eq!(app.session.place(), place);
        // The answer typed before is still there, and typing goes on into it.
        press(&mut app, "s");
        let Screen::Lesson(state) = app.session.screen() else { panic!("a lesson") };
        assert_eq!(state.exercise.input, "opacs");
        // The catalogue keeps its query for the next visit; F4 opens it from a list too.
        press(&mut app, "<esc><esc><f4>");
        assert!(app.catalogue_open);
        assert_eq!(app.catalogue.as_ref().map(Browser::input), Some("stunting OR pelangi"));
    }

    /// The indices of a lesson's place, as the session shows it.
    fn place_of(app: &App, position: &crate::progress::Position) -> Place {
        let course = app.session.course();
        let w = course.workshops.iter().position(|w| w.id == position.workshop);
        let l = w.and_then(|w| course.workshops[w].lessons.iter().position(|l| l.id == position.lesson));
        Place { workshop: w, lesson: l, step: Some(position.step) }
    }

    #[test]
    fn ask_then_enter_twice_opens_the_lesson_at_the_answers_step() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter>/boolean operators<enter>");
        assert_eq!(app.panels, vec![Panel::Ask]);
        let asker = app.asker.as_ref().expect("asker");
        assert!(!asker.results().is_empty());
        let Some(crate::tui::state::ask::Target::Lesson(position)) =
            asker.selected_result().and_then(crate::tui::state::ask::Found::target)
        else {
            panic!("a lesson answer first")
        };
        press(&mut app, "<enter>");
        assert!(app.panels.is_empty());
        assert_eq!(app.session.place(), place_of(&app, &position));
        // The question is kept for the next visit; Esc returns to the same step.
        press(&mut app, "/");
        assert_eq!(app.asker.as_ref().map(Asker::input), Some("boolean operators"));
        press(&mut app, "x<esc>");
        assert!(app.panels.is_empty());
        assert_eq!(app.session.place(), place_of(&app, &position));
    }

    #[test]
    fn an_answer_opened_during_a_review_ends_the_review() {
        let mut app = app(Lang::En);
        let course = app.session.course();
        let due: Vec<String> =
            course.exercises.iter().filter(|e| e.kind.is_graded()).take(2).map(|e| e.id.clone()).collect();
        app.session.set_due(due);
        press(&mut app, "r");
        assert!(app.session.review().is_some());
        press(&mut app, "/boolean operators<enter><enter>");
        assert!(app.session.review().is_none());
        assert!(matches!(app.session.screen(), Screen::Lesson(_)));
    }

    #[test]
    fn esc_leaves_ask_where_the_learner_was() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down>");
        let screen = app.session.screen().clone();
        press(&mut app, "/plagiarism<enter><down><esc>");
        assert!(app.panels.is_empty());
        assert_eq!(app.session.screen(), &screen);
    }

    #[test]
    fn slash_is_a_character_in_a_typed_answer() {
        let mut app = kinds_app(Lang::En);
        press(&mut app, "<enter><enter><tab><tab><tab>a/b");
        assert!(app.panels.is_empty());
        let Screen::Lesson(state) = app.session.screen() else { panic!("a lesson") };
        assert_eq!(state.exercise.input, "a/b");
    }

    #[test]
    fn glossary_see_also_walks_and_esc_walks_back() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter>g");
        assert_eq!(app.panels, vec![Panel::Glossary]);
        press(&mut app, "information literacy<enter>");
        let first = app.glossary.open().expect("a term open").to_string();
        let term = app.session.course().glossary.iter().find(|t| t.id == first).expect("term").clone();
        let see = term.see.first().expect("a see-also").clone();
        press(&mut app, "<enter>");
        assert_eq!(app.glossary.open(), Some(see.as_str()));
        press(&mut app, "<esc>");
        assert_eq!(app.glossary.open(), Some(first.as_str()));
        press(&mut app, "<esc>");
        assert_eq!(app.glossary.open(), None, "back on the list");
        assert_eq!(app.glossary.filter(), "information literacy");
        press(&mut app, "<esc>");
        assert!(app.panels.is_empty());
        assert!(matches!(app.session.screen(), Screen::Workshop { .. }));
    }

    #[test]
    fn a_term_taught_in_a_lesson_opens_it() {
        let mut app = app(Lang::En);
        press(&mut app, "gonline catalogue<enter>");
        let id = app.glossary.open().expect("a term open").to_string();
        let term = app.session.course().glossary.iter().find(|t| t.id == id).expect("term").clone();
        let lesson = term.lessons.first().expect("taught somewhere").clone();
        for _ in 0..term.see.len() {
            press(&mut app, "<down>");
        }
        press(&mut app, "<enter>");
        assert!(app.panels.is_empty());
        let position =
            crate::progress::Position { workshop: lesson.workshop, lesson: lesson.lesson, step: 0 };
        assert_eq!(app.session.place(), place_of(&app, &position));
    }

    #[test]
    fn t_marks_a_term_on_the_page_and_enter_opens_it() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down><enter>");
        let place = app.session.place();
        let first = app.terms.marks().first().map(|m| m.id.clone()).expect("terms on the page");
        press(&mut app, "t");
        assert_eq!(app.terms.marked(), Some(0));
        press(&mut app, "<enter>");
        assert_eq!(app.panels, vec![Panel::Glossary]);
        assert_eq!(app.glossary.open(), Some(first.as_str()));
        // Esc goes straight back to the page, the term still marked; Esc again unmarks it.
        press(&mut app, "<esc>");
        assert!(app.panels.is_empty());
        assert_eq!(app.session.place(), place);
        assert_eq!(app.terms.marked(), Some(0));
        press(&mut app, "<esc>");
        assert_eq!(app.terms.marked(), None);
        assert_eq!(app.session.place(), place, "the first Esc only unmarks");
        // `t` steps on; with no term marked, Enter reads on.
        press(&mut app, "tt");
        assert_eq!(app.terms.marked(), Some(1));
        press(&mut app, "<esc><enter>");
        assert_eq!(app.session.place().step, Some(1));
    }

    #[test]
    fn recommendations_follow_finished_lessons() {
        let mut app = app(Lang::En);
        let first = app.recommendations.first().cloned().expect("a next lesson");
        assert_eq!((first.workshop, first.lesson), (0, 0));
        press(&mut app, "<enter><enter>");
        let steps = app.session.lesson().map_or(0, |l| l.steps.len());
        for _ in 0..steps {
            press(&mut app, "<tab>");
        }
        let next = app.recommendations.first().cloned().expect("a next lesson");
        assert_eq!((next.workshop, next.lesson), (0, 1));
    }

    #[test]
    fn help_opens_and_any_key_closes_it() {
        let mut app = app(Lang::En);
        press(&mut app, "?");
        assert!(app.help_open);
        press(&mut app, "x");
        assert!(!app.help_open);
        press(&mut app, "<c-c>");
        assert!(app.should_quit());
    }
}
