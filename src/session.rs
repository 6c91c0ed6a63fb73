//! The learning session: where the learner is in the course and what they have done on the
//! current step. A pure state machine — [`Session::update`] takes an [`Action`] and changes
//! state; both front ends turn their input into actions and draw what the session holds.

use crate::content::{Course, Lesson, Step, Workshop};
use crate::exercise::{Exercise, ExerciseKind};
use crate::grade::{self, Answer, Verdict};
use crate::i18n::Msg;
use crate::lang::Lang;

/// What a learner can do, independent of keys or typed lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (lists) or the answer cursor (exercises) up.
    Up,
    Down,
    /// Open the selected workshop or lesson, or submit the answer under the cursor.
    Open,
    /// Pick item `n` (0-based) at once: open it, or submit it as the answer.
    Pick(usize),
    /// Go up one level: lesson → workshop → home.
    Back,
    /// The next step of the lesson; after the last one, back to the lesson list.
    Next,
    Previous,
    /// Reveal the next hint of the current exercise.
    Hint,
    ToggleLanguage,
    Quit,
}

/// Which screen the learner is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The list of workshops.
    Home { selected: usize },
    /// A workshop's lessons.
    Workshop { workshop: usize, selected: usize },
    /// A step of a lesson.
    Lesson(LessonState),
}

/// The position in a lesson and the work on its current step.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonState {
    pub workshop: usize,
    pub lesson: usize,
    pub step: usize,
    pub exercise: ExerciseState,
}

/// What the learner has done on the current exercise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExerciseState {
    /// The answer under the cursor.
    pub cursor: usize,
    /// How many hints are shown.
    pub hints_shown: usize,
    /// The last submitted answer and its verdict.
    pub graded: Option<(Answer, Verdict)>,
}

/// A one-off message about the last action, shown until the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    LessonFinished { lesson: usize },
    FirstStep,
    NoMoreHints,
    NoHintsHere,
    NoSuchItem(usize),
    LanguageSwitched,
}

/// A comparable summary of where the learner is, for front ends that reset view state (such
/// as scrolling) when it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub workshop: Option<usize>,
    pub lesson: Option<usize>,
    pub step: Option<usize>,
}

/// A learner's session over a course.
#[derive(Debug, Clone)]
pub struct Session {
    course: Course,
    lang: Lang,
    screen: Screen,
    notice: Option<Notice>,
    quit: bool,
}

impl Session {
    #[must_use]
    pub fn new(course: Course, lang: Lang) -> Self {
        Session {
            course,
            lang,
            screen: Screen::Home { selected: 0 },
            notice: None,
            quit: false,
        }
    }

    #[must_use]
    pub fn course(&self) -> &Course {
        &self.course
    }

    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    #[must_use]
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    #[must_use]
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    #[must_use]
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    #[must_use]
    pub fn place(&self) -> Place {
        match &self.screen {
            Screen::Home { .. } => Place {
                workshop: None,
                lesson: None,
                step: None,
            },
            Screen::Workshop { workshop, .. } => Place {
                workshop: Some(*workshop),
                lesson: None,
                step: None,
            },
            Screen::Lesson(s) => Place {
                workshop: Some(s.workshop),
                lesson: Some(s.lesson),
                step: Some(s.step),
            },
        }
    }

    /// The workshop being shown (on the workshop and lesson screens).
    #[must_use]
    pub fn workshop(&self) -> Option<&Workshop> {
        self.place()
            .workshop
            .and_then(|w| self.course.workshops.get(w))
    }

    /// The lesson being shown.
    #[must_use]
    pub fn lesson(&self) -> Option<&Lesson> {
        let place = self.place();
        self.workshop()?.lessons.get(place.lesson?)
    }

    /// The step being shown.
    #[must_use]
    pub fn step(&self) -> Option<&Step> {
        self.lesson()?.steps.get(self.place().step?)
    }

    /// The exercise of the current step, if it is one.
    #[must_use]
    pub fn exercise(&self) -> Option<&Exercise> {
        match self.step()? {
            Step::Exercise(index) => self.course.exercises.get(*index),
            Step::Page(_) => None,
        }
    }

    /// The current notice in the learner's language.
    #[must_use]
    pub fn notice_text(&self) -> Option<String> {
        let lang = self.lang;
        Some(match self.notice.as_ref()? {
            Notice::LessonFinished { lesson } => {
                let title = self
                    .workshop()
                    .and_then(|w| w.lessons.get(*lesson))
                    .map_or(String::new(), |l| l.title.get(lang).clone());
                Msg::LessonFinished.fill(lang, &[&title])
            }
            Notice::FirstStep => Msg::FirstStep.text(lang).to_string(),
            Notice::NoMoreHints => Msg::NoMoreHints.text(lang).to_string(),
            Notice::NoHintsHere => Msg::NoHintsHere.text(lang).to_string(),
            Notice::NoSuchItem(n) => Msg::NoSuchItem.fill(lang, &[n]),
            Notice::LanguageSwitched => Msg::LanguageSwitched.fill(lang, &[&lang.native_name()]),
        })
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.notice = None;
        match action {
            Action::Quit => self.quit = true,
            Action::ToggleLanguage => {
                self.lang = self.lang.other();
                self.notice = Some(Notice::LanguageSwitched);
            }
            Action::Up => self.move_cursor(-1),
            Action::Down => self.move_cursor(1),
            Action::Open => self.open(None),
            Action::Pick(n) => self.open(Some(n)),
            Action::Back => self.back(),
            Action::Next => self.next(),
            Action::Previous => self.previous(),
            Action::Hint => self.hint(),
        }
    }

    /// How many items the current list or exercise offers.
    fn item_count(&self) -> usize {
        match &self.screen {
            Screen::Home { .. } => self.course.workshops.len(),
            Screen::Workshop { workshop, .. } => self
                .course
                .workshops
                .get(*workshop)
                .map_or(0, |w| w.lessons.len()),
            Screen::Lesson(_) => match self.exercise().map(|e| &e.kind) {
                Some(ExerciseKind::Choice(spec)) => spec.options.len(),
                None => 0,
            },
        }
    }

    fn move_cursor(&mut self, delta: isize) {
        let count = self.item_count();
        let cursor = match &mut self.screen {
            Screen::Home { selected } | Screen::Workshop { selected, .. } => selected,
            Screen::Lesson(state) => &mut state.exercise.cursor,
        };
        if count > 0 {
            *cursor = cursor.saturating_add_signed(delta).min(count - 1);
        }
    }

    fn open(&mut self, pick: Option<usize>) {
        let count = self.item_count();
        if let Some(n) = pick
            && n >= count
        {
            self.notice = Some(Notice::NoSuchItem(n + 1));
            return;
        }
        match &mut self.screen {
            Screen::Home { selected } => {
                let workshop = pick.unwrap_or(*selected);
                if workshop < count {
                    self.screen = Screen::Workshop {
                        workshop,
                        selected: 0,
                    };
                }
            }
            Screen::Workshop { workshop, selected } => {
                let lesson = pick.unwrap_or(*selected);
                if lesson < count {
                    self.screen = Screen::Lesson(LessonState {
                        workshop: *workshop,
                        lesson,
                        step: 0,
                        exercise: ExerciseState::default(),
                    });
                }
            }
            Screen::Lesson(state) => {
                let answered_correctly = matches!(
                    &state.exercise.graded,
                    Some((Answer::Choice(chosen), verdict)) if verdict.correct && *chosen == state.exercise.cursor
                );
                if pick.is_none() && answered_correctly {
                    // Enter after a correct answer reads on, as it does on a page.
                    self.next();
                    return;
                }
                let answer = pick.unwrap_or(state.exercise.cursor);
                state.exercise.cursor = answer;
                if let Some(exercise) = self.exercise() {
                    let answer = Answer::Choice(answer);
                    let verdict = grade::grade(exercise, &answer);
                    if let Screen::Lesson(state) = &mut self.screen {
                        state.exercise.graded = Some((answer, verdict));
                    }
                } else {
                    // Enter on a page reads on.
                    self.next();
                }
            }
        }
    }

    fn back(&mut self) {
        self.screen = match &self.screen {
            Screen::Home { selected } => Screen::Home {
                selected: *selected,
            },
            Screen::Workshop { workshop, .. } => Screen::Home {
                selected: *workshop,
            },
            Screen::Lesson(state) => Screen::Workshop {
                workshop: state.workshop,
                selected: state.lesson,
            },
        };
    }

    fn next(&mut self) {
        let steps = self.lesson().map_or(0, |l| l.steps.len());
        let lessons = self.workshop().map_or(0, |w| w.lessons.len());
        match &mut self.screen {
            Screen::Lesson(state) if state.step + 1 < steps => {
                state.step += 1;
                state.exercise = ExerciseState::default();
            }
            Screen::Lesson(state) => {
                let finished = state.lesson;
                self.screen = Screen::Workshop {
                    workshop: state.workshop,
                    selected: (finished + 1).min(lessons.saturating_sub(1)),
                };
                self.notice = Some(Notice::LessonFinished { lesson: finished });
            }
            Screen::Home { .. } | Screen::Workshop { .. } => self.open(None),
        }
    }

    fn previous(&mut self) {
        match &mut self.screen {
            Screen::Lesson(state) if state.step > 0 => {
                state.step -= 1;
                state.exercise = ExerciseState::default();
            }
            Screen::Lesson(_) => self.notice = Some(Notice::FirstStep),
            Screen::Home { .. } | Screen::Workshop { .. } => self.back(),
        }
    }

    fn hint(&mut self) {
        let hints = self.exercise().map(|e| e.hints.len());
        match (&mut self.screen, hints) {
            (Screen::Lesson(state), Some(hints)) => {
                if state.exercise.hints_shown < hints {
                    state.exercise.hints_shown += 1;
                } else {
                    self.notice = Some(Notice::NoMoreHints);
                }
            }
            _ => self.notice = Some(Notice::NoHintsHere),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn session() -> Session {
        let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
        assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
        Session::new(loaded.course, Lang::En)
    }

    fn run(session: &mut Session, actions: &[Action]) {
        for action in actions {
            session.update(*action);
        }
    }

    #[test]
    fn opens_a_workshop_and_a_lesson_and_goes_back() {
        let mut s = session();
        run(&mut s, &[Action::Open, Action::Open]);
        assert_eq!(
            s.place(),
            Place {
                workshop: Some(0),
                lesson: Some(0),
                step: Some(0)
            }
        );
        run(&mut s, &[Action::Back]);
        assert_eq!(
            s.screen(),
            &Screen::Workshop {
                workshop: 0,
                selected: 0
            }
        );
        run(&mut s, &[Action::Back, Action::Back]);
        assert_eq!(s.screen(), &Screen::Home { selected: 0 });
    }

    #[test]
    fn steps_forward_and_finishes_the_lesson() {
        let mut s = session();
        run(&mut s, &[Action::Pick(0), Action::Pick(0)]);
        let steps = s.lesson().map_or(0, |l| l.steps.len());
        run(&mut s, &[Action::Previous]);
        assert_eq!(s.notice(), Some(&Notice::FirstStep));
        for _ in 1..steps {
            s.update(Action::Next);
        }
        assert_eq!(s.place().step, Some(steps - 1));
        s.update(Action::Next);
        assert_eq!(s.notice(), Some(&Notice::LessonFinished { lesson: 0 }));
        assert_eq!(
            s.screen(),
            &Screen::Workshop {
                workshop: 0,
                selected: 1
            }
        );
    }

    #[test]
    fn answers_an_exercise_with_hints() {
        let mut s = session();
        run(&mut s, &[Action::Pick(0), Action::Pick(0)]);
        while s.exercise().is_none() {
            s.update(Action::Next);
        }
        let Some(ExerciseKind::Choice(spec)) = s.exercise().map(|e| e.kind.clone()) else {
            panic!("a choice exercise");
        };
        let hints = s.exercise().map_or(0, |e| e.hints.len());
        for _ in 0..hints {
            s.update(Action::Hint);
        }
        s.update(Action::Hint);
        assert_eq!(s.notice(), Some(&Notice::NoMoreHints));
        let wrong = spec
            .options
            .iter()
            .position(|o| !o.correct)
            .unwrap_or_default();
        let right = spec
            .options
            .iter()
            .position(|o| o.correct)
            .unwrap_or_default();
        s.update(Action::Pick(wrong));
        let graded = |s: &Session| match s.screen() {
            Screen::Lesson(state) => state.exercise.graded.as_ref().map(|(_, v)| v.correct),
            _ => None,
        };
        assert_eq!(graded(&s), Some(false));
        s.update(Action::Pick(right));
        assert_eq!(graded(&s), Some(true));
        s.update(Action::Pick(99));
        assert_eq!(s.notice(), Some(&Notice::NoSuchItem(100)));
        assert_eq!(
            graded(&s),
            Some(true),
            "an invalid pick does not erase the verdict"
        );
    }

    #[test]
    fn cursor_stays_in_range_and_language_toggles() {
        let mut s = session();
        run(&mut s, &[Action::Up, Action::Up]);
        assert_eq!(s.screen(), &Screen::Home { selected: 0 });
        for _ in 0..50 {
            s.update(Action::Down);
        }
        assert_eq!(
            s.screen(),
            &Screen::Home {
                selected: s.course().workshops.len() - 1
            }
        );
        s.update(Action::ToggleLanguage);
        assert_eq!(s.lang(), Lang::Id);
        s.update(Action::Quit);
        assert!(s.should_quit());
    }
}
