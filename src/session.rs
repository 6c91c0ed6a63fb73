//! The learning session: where the learner is in the course and what they have done on the
//! current step. A pure state machine — [`Session::update`] takes an [`Action`] and changes
//! state; both front ends turn their input into actions and draw what the session holds.

mod exercise_state;
mod recorder;

pub use exercise_state::{ExerciseState, MAX_INPUT_CHARS, Outcome};
pub use recorder::Recorder;

use std::collections::HashSet;

use jiff::Timestamp;

use crate::content::{Course, Lesson, Step, Workshop};
use crate::exercise::{Exercise, ExerciseKind};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::progress::{AttemptRecord, Position, Record};

/// What a learner can do, independent of keys or typed lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (lists) or the answer cursor (exercises) up.
    Up,
    Down,
    /// Open the selected workshop or lesson, or submit the answer (after the end of an
    /// exercise, read on).
    Open,
    /// Pick item `n` (0-based, as shown) at once: open it, or submit it as the answer.
    Pick(usize),
    /// Pick several shown items of a multiple choice at once and submit them (plain mode).
    PickMany(Vec<usize>),
    /// Tick or untick the option under the cursor of a multiple choice.
    Toggle,
    /// Move to shown item `n` (0-based) of a multiple choice and tick or untick it.
    ToggleAt(usize),
    /// Typed answers: a character, backspace, and moving in the text.
    Type(char),
    Erase,
    CursorLeft,
    CursorRight,
    /// A whole typed answer, submitted (plain mode).
    SubmitText(String),
    /// Go up one level: lesson → workshop → home.
    Back,
    /// The next step of the lesson; after the last one, back to the lesson list.
    Next,
    Previous,
    /// Reveal the next hint of the current exercise.
    Hint,
    /// Start a review of the exercises due (from the home screen).
    Review,
    ToggleLanguage,
    Quit,
}

/// Which screen the learner is on.
#[allow(clippy::large_enum_variant)] // one per session: boxing would only add indirection
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

/// A one-off message about the last action, shown until the next one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    LessonFinished {
        lesson: usize,
    },
    FirstStep,
    NoMoreHints,
    NoHintsHere,
    NoSuchItem(usize),
    LanguageSwitched,
    /// Enter on a multiple choice with nothing ticked.
    NothingTicked,
    NoAttemptsLeft,
    UseEveryItemOnce,
    /// A typed answer that cannot be read (plain mode, matching).
    Unreadable,
    /// A review was asked for with nothing due.
    NothingToReview,
    /// The review went through all its exercises.
    ReviewFinished {
        count: usize,
    },
}

/// A review in progress: the due exercises' places in their own lessons, in the order they
/// came due, and which one is on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// (workshop, lesson, step) of each exercise.
    items: Vec<(usize, usize, usize)>,
    position: usize,
    /// The home screen's selection, to return to.
    home_selected: usize,
}

impl Review {
    /// Which exercise is on screen (0-based), and how many there are.
    #[must_use]
    pub fn position(&self) -> (usize, usize) {
        (self.position, self.items.len())
    }
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
    /// Who is learning; seeds the stable shuffle of options.
    learner: String,
    /// The time, as the front end last said; the core never reads the clock itself.
    now: Timestamp,
    /// When the current step was shown, for the time spent on an exercise.
    step_shown_at: Timestamp,
    /// What happened since the front end last took the records.
    records: Vec<Record>,
    /// Lessons gone through to the end: (workshop id, lesson id).
    completed: HashSet<(String, String)>,
    /// Where to go once a learner signs in, instead of where they stopped (`--open`).
    open_on_sign_in: Option<Position>,
    /// The exercises due for review (ids, longest waiting first), as the front end last said.
    due: Vec<String>,
    /// The review in progress, while its exercises are on screen.
    review: Option<Review>,
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
            learner: String::new(),
            now: Timestamp::UNIX_EPOCH,
            step_shown_at: Timestamp::UNIX_EPOCH,
            records: Vec::new(),
            completed: HashSet::new(),
            open_on_sign_in: None,
            due: Vec::new(),
            review: None,
        }
    }

    /// Goes to `place` when a learner signs in, instead of to where they stopped: a link
    /// from `infolit ask` opens the lesson at the step that answers the question.
    pub fn open_on_sign_in(&mut self, place: Position) {
        self.open_on_sign_in = Some(place);
    }

    /// The place to open on sign-in, once.
    pub fn take_open_on_sign_in(&mut self) -> Option<Position> {
        self.open_on_sign_in.take()
    }

    /// Sets who is learning and the lessons they already finished.
    pub fn set_learner(&mut self, name: &str, completed: impl IntoIterator<Item = (String, String)>) {
        self.learner = name.to_string();
        self.completed = completed.into_iter().collect();
    }

    #[must_use]
    pub fn learner(&self) -> &str {
        &self.learner
    }

    /// Tells the session the time; records made by the next actions carry it.
    pub fn set_time(&mut self, now: Timestamp) {
        self.now = now;
    }

    /// The time the front end last gave.
    #[must_use]
    pub fn now(&self) -> Timestamp {
        self.now
    }

    /// Tells the session which exercises are due for review (ids, longest waiting first);
    /// the front end asks the store, the session never does.
    pub fn set_due(&mut self, due: Vec<String>) {
        self.due = due;
    }

    /// How many exercises can be reviewed now: the due ones this course still has.
    #[must_use]
    pub fn due_count(&self) -> usize {
        self.due.iter().filter(|id| self.review_place(id).is_some()).count()
    }

    /// The review in progress.
    #[must_use]
    pub fn review(&self) -> Option<&Review> {
        self.review.as_ref()
    }

    /// Where a due exercise is shown: its step in its own lesson (`Course::lesson_of`), so
    /// its attempts are recorded there. `None` for an exercise the course no longer has, or
    /// no longer grades.
    fn review_place(&self, id: &str) -> Option<(usize, usize, usize)> {
        let index = self.course.exercises.iter().position(|e| e.id == id)?;
        if !self.course.exercises[index].kind.is_graded() {
            return None;
        }
        let (workshop_id, lesson_id) = self.course.lesson_of(id)?;
        let w = self.course.workshops.iter().position(|w| w.id == workshop_id)?;
        let l = self.course.workshops[w].lessons.iter().position(|l| l.id == lesson_id)?;
        let s = self.course.workshops[w].lessons[l]
            .steps
            .iter()
            .position(|s| matches!(s, Step::Exercise(i) if *i == index))?;
        Some((w, l, s))
    }

    /// The records made since the last call, for the front end to store.
    pub fn take_records(&mut self) -> Vec<Record> {
        std::mem::take(&mut self.records)
    }

    /// Whether the learner went through lesson `lesson` of workshop `workshop` to the end.
    #[must_use]
    pub fn is_completed(&self, workshop: usize, lesson: usize) -> bool {
        let Some(w) = self.course.workshops.get(workshop) else { return false };
        w.lessons.get(lesson).is_some_and(|l| self.completed.contains(&(w.id.clone(), l.id.clone())))
    }

    /// How many lessons of a workshop the learner finished.
    #[must_use]
    pub fn completed_in(&self, workshop: usize) -> usize {
        self.course.workshops.get(workshop).map_or(0, |w| {
            w.lessons.iter().filter(|l| self.completed.contains(&(w.id.clone(), l.id.clone()))).count()
        })
    }

    /// Returns to a stored position; `false` (staying home) when the course no longer has it.
    pub fn resume(&mut self, position: &Position) -> bool {
        let found = self.course.workshops.iter().enumerate().find_map(|(w, workshop)| {
            let l = workshop.lessons.iter().position(|l| l.id == position.lesson)?;
            (workshop.id == position.workshop).then_some((w, l))
        });
        match found {
            Some((w, l)) => {
                let steps = self.course.workshops[w].lessons[l].steps.len();
                self.enter_step(w, l, position.step.min(steps.saturating_sub(1)));
                // Resuming is not a new visit.
                self.records.clear();
                true
            }
            None => false,
        }
    }

    /// Shows the lessons of the workshop `id`; `false` (nothing changes) when there is none.
    pub fn open_workshop(&mut self, id: &str) -> bool {
        match self.course.workshops.iter().position(|w| w.id == id) {
            Some(workshop) => {
                self.screen = Screen::Workshop { workshop, selected: 0 };
                true
            }
            None => false,
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
            Screen::Home { .. } => Place { workshop: None, lesson: None, step: None },
            Screen::Workshop { workshop, .. } => {
                Place { workshop: Some(*workshop), lesson: None, step: None }
            }
            Screen::Lesson(s) => {
                Place { workshop: Some(s.workshop), lesson: Some(s.lesson), step: Some(s.step) }
            }
        }
    }

    /// The workshop being shown (on the workshop and lesson screens).
    #[must_use]
    pub fn workshop(&self) -> Option<&Workshop> {
        self.place().workshop.and_then(|w| self.course.workshops.get(w))
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
            Notice::NothingTicked => Msg::NothingTicked.text(lang).to_string(),
            Notice::NoAttemptsLeft => Msg::NoAttemptsLeft.text(lang).to_string(),
            Notice::NothingToReview => Msg::NothingToReview.text(lang).to_string(),
            Notice::ReviewFinished { count } => Msg::ReviewFinished.fill(lang, &[count]),
            Notice::UseEveryItemOnce => Msg::NoteUseEveryItemOnce.text(lang).to_string(),
            Notice::Unreadable => match self.exercise().map(|e| &e.kind) {
                Some(ExerciseKind::Cloze(_)) => Msg::PlainCloze.text(lang).to_string(),
                _ => Msg::PlainMatch.text(lang).to_string(),
            },
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
            Action::Review => self.start_review(),
            Action::PickMany(positions) => {
                self.on_exercise(|state, exercise| state.pick(exercise, &positions));
            }
            Action::Toggle => self.on_exercise(|state, exercise| {
                state.toggle(exercise);
                Outcome::Stay
            }),
            Action::ToggleAt(n) => self.on_exercise(|state, exercise| {
                if n >= state.order.len() {
                    return Outcome::NoSuchItem(n.saturating_add(1));
                }
                state.cursor = n;
                state.toggle(exercise);
                Outcome::Stay
            }),
            Action::Type(c) => self.on_exercise(|state, exercise| {
                state.type_char(exercise, c);
                Outcome::Stay
            }),
            Action::Erase => self.on_exercise(|state, exercise| {
                state.erase(exercise);
                Outcome::Stay
            }),
            Action::CursorLeft => self.on_exercise(|state, exercise| {
                state.sideways(exercise, -1);
                Outcome::Stay
            }),
            Action::CursorRight => self.on_exercise(|state, exercise| {
                state.sideways(exercise, 1);
                Outcome::Stay
            }),
            Action::SubmitText(text) => {
                self.on_exercise(|state, exercise| state.submit_text(exercise, &text));
            }
        }
    }

    /// Runs an exercise action on the current exercise and carries out its outcome.
    fn on_exercise(&mut self, act: impl FnOnce(&mut ExerciseState, &Exercise) -> Outcome) {
        let Screen::Lesson(state) = &mut self.screen else {
            return;
        };
        let Some(Step::Exercise(index)) = self
            .course
            .workshops
            .get(state.workshop)
            .and_then(|w| w.lessons.get(state.lesson))
            .and_then(|l| l.steps.get(state.step))
        else {
            return;
        };
        let Some(exercise) = self.course.exercises.get(*index) else {
            return;
        };
        let attempts_before = state.exercise.attempts;
        let had_responded = state.exercise.responses.is_some();
        let outcome = act(&mut state.exercise, exercise);
        if !had_responded && let Some(responses) = &state.exercise.responses {
            let workshop = &self.course.workshops[state.workshop];
            let lesson = &workshop.lessons[state.lesson];
            for (question, response) in responses.iter().enumerate() {
                if let Some(response) = response {
                    self.records.push(Record::Response {
                        workshop: workshop.id.clone(),
                        lesson: lesson.id.clone(),
                        exercise: exercise.id.clone(),
                        exercise_hash: exercise.content_hash.clone(),
                        question,
                        response: response.clone(),
                        at: self.now,
                    });
                }
            }
        }
        if state.exercise.attempts > attempts_before
            && let Some((answer, verdict)) = &state.exercise.graded
        {
            let workshop = &self.course.workshops[state.workshop];
            let lesson = &workshop.lessons[state.lesson];
            self.records.push(Record::Attempt(AttemptRecord::of(
                &workshop.id,
                &lesson.id,
                exercise,
                answer,
                verdict,
                state.exercise.hints_shown,
                state.exercise.attempts,
                self.step_shown_at,
                self.now,
            )));
        }
        match outcome {
            Outcome::Stay => {}
            Outcome::Next => self.next(),
            Outcome::NothingTicked => self.notice = Some(Notice::NothingTicked),
            Outcome::NoAttemptsLeft => self.notice = Some(Notice::NoAttemptsLeft),
            Outcome::NoSuchItem(n) => self.notice = Some(Notice::NoSuchItem(n)),
            Outcome::UseEveryItemOnce => self.notice = Some(Notice::UseEveryItemOnce),
            Outcome::Unreadable => self.notice = Some(Notice::Unreadable),
        }
    }

    /// How many items the current list offers.
    fn list_len(&self) -> usize {
        match &self.screen {
            Screen::Home { .. } => self.course.workshops.len(),
            Screen::Workshop { workshop, .. } => {
                self.course.workshops.get(*workshop).map_or(0, |w| w.lessons.len())
            }
            Screen::Lesson(_) => 0,
        }
    }

    fn move_cursor(&mut self, delta: isize) {
        let count = self.list_len();
        match &mut self.screen {
            Screen::Home { selected } | Screen::Workshop { selected, .. } => {
                if count > 0 {
                    *selected = selected.saturating_add_signed(delta).min(count - 1);
                }
            }
            Screen::Lesson(state) => state.exercise.move_cursor(delta),
        }
    }

    fn open(&mut self, pick: Option<usize>) {
        let count = self.list_len();
        match &mut self.screen {
            Screen::Home { selected } | Screen::Workshop { selected, .. }
                if pick.is_some_and(|n| n >= count) =>
            {
                let _ = selected;
                self.notice = Some(Notice::NoSuchItem(pick.unwrap_or_default().saturating_add(1)));
            }
            Screen::Home { selected } => {
                let workshop = pick.unwrap_or(*selected);
                if workshop < count {
                    self.screen = Screen::Workshop { workshop, selected: 0 };
                }
            }
            Screen::Workshop { workshop, selected } => {
                let lesson = pick.unwrap_or(*selected);
                if lesson < count {
                    let workshop = *workshop;
                    self.enter_step(workshop, lesson, 0);
                }
            }
            Screen::Lesson(_) => {
                if self.exercise().is_none() {
                    // Enter on a page reads on.
                    self.next();
                    return;
                }
                match pick {
                    Some(n) => self.on_exercise(|state, exercise| state.pick(exercise, &[n])),
                    None => self.on_exercise(ExerciseState::submit_current),
                }
            }
        }
    }

    /// Starts a review of the due exercises, from the home screen.
    fn start_review(&mut self) {
        let Screen::Home { selected } = self.screen else { return };
        let items: Vec<(usize, usize, usize)> =
            self.due.iter().filter_map(|id| self.review_place(id)).collect();
        let Some(&(w, l, s)) = items.first() else {
            self.notice = Some(Notice::NothingToReview);
            return;
        };
        self.review = Some(Review { items, position: 0, home_selected: selected });
        self.enter_step(w, l, s);
    }

    /// Moves the review `delta` exercises on; past the last one it ends, back home.
    fn step_review(&mut self, delta: isize) {
        let Some(review) = &mut self.review else { return };
        let Some(position) = review.position.checked_add_signed(delta) else {
            self.notice = Some(Notice::FirstStep);
            return;
        };
        if let Some(&(w, l, s)) = review.items.get(position) {
            review.position = position;
            self.enter_step(w, l, s);
        } else {
            let count = review.items.len();
            self.screen = Screen::Home { selected: review.home_selected };
            self.review = None;
            self.notice = Some(Notice::ReviewFinished { count });
        }
    }

    /// Shows step `step` of a lesson, with a fresh exercise state.
    fn enter_step(&mut self, workshop: usize, lesson: usize, step: usize) {
        let exercise = self
            .course
            .workshops
            .get(workshop)
            .and_then(|w| w.lessons.get(lesson))
            .and_then(|l| l.steps.get(step))
            .and_then(|s| match s {
                Step::Exercise(index) => self.course.exercises.get(*index),
                Step::Page(_) => None,
            });
        let exercise = exercise.map(|e| ExerciseState::new(e, &self.learner)).unwrap_or_default();
        self.screen = Screen::Lesson(LessonState { workshop, lesson, step, exercise });
        self.step_shown_at = self.now;
        // A review visits exercises without moving the place a lesson resumes at.
        if self.review.is_some() {
            return;
        }
        if let Some((w, l)) =
            self.course.workshops.get(workshop).and_then(|w| Some((w, w.lessons.get(lesson)?)))
        {
            self.records.push(Record::Step {
                workshop: w.id.clone(),
                lesson: l.id.clone(),
                step,
                at: self.now,
            });
        }
    }

    fn back(&mut self) {
        if let Some(review) = self.review.take() {
            self.screen = Screen::Home { selected: review.home_selected };
            return;
        }
        self.screen = match &self.screen {
            Screen::Home { selected } => Screen::Home { selected: *selected },
            Screen::Workshop { workshop, .. } => Screen::Home { selected: *workshop },
            Screen::Lesson(state) => Screen::Workshop { workshop: state.workshop, selected: state.lesson },
        };
    }

    fn next(&mut self) {
        if self.review.is_some() {
            self.step_review(1);
            return;
        }
        let steps = self.lesson().map_or(0, |l| l.steps.len());
        let lessons = self.workshop().map_or(0, |w| w.lessons.len());
        match &self.screen {
            Screen::Lesson(state) if state.step + 1 < steps => {
                let (w, l, s) = (state.workshop, state.lesson, state.step + 1);
                self.enter_step(w, l, s);
            }
            Screen::Lesson(state) => {
                let finished = state.lesson;
                if let Some(w) = self.course.workshops.get(state.workshop)
                    && let Some(l) = w.lessons.get(finished)
                {
                    let ids = (w.id.clone(), l.id.clone());
                    self.records.push(Record::LessonCompleted {
                        workshop: ids.0.clone(),
                        lesson: ids.1.clone(),
                        at: self.now,
                    });
                    let first_time = self.completed.insert(ids);
                    // The lesson that completes the workshop also records the workshop.
                    let all_done =
                        w.lessons.iter().all(|l| self.completed.contains(&(w.id.clone(), l.id.clone())));
                    if first_time && all_done {
                        self.records.push(Record::WorkshopCompleted { workshop: w.id.clone(), at: self.now });
                    }
                }
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
        if self.review.is_some() {
            self.step_review(-1);
            return;
        }
        match &self.screen {
            Screen::Lesson(state) if state.step > 0 => {
                let (w, l, s) = (state.workshop, state.lesson, state.step - 1);
                self.enter_step(w, l, s);
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
                    let workshop = &self.course.workshops[state.workshop];
                    let lesson = &workshop.lessons[state.lesson];
                    if let Some(exercise) = lesson.steps.get(state.step).and_then(|s| match s {
                        Step::Exercise(index) => self.course.exercises.get(*index),
                        Step::Page(_) => None,
                    }) {
                        self.records.push(Record::Hint {
                            workshop: workshop.id.clone(),
                            lesson: lesson.id.clone(),
                            exercise: exercise.id.clone(),
                            hint: state.exercise.hints_shown - 1,
                            at: self.now,
                        });
                    }
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
            session.update(action.clone());
        }
    }

    #[test]
    fn opens_a_workshop_and_a_lesson_and_goes_back() {
        let mut s = session();
        run(&mut s, &[Action::Open, Action::Open]);
        assert_eq!(s.place(), Place { workshop: Some(0), lesson: Some(0), step: Some(0) });
        run(&mut s, &[Action::Back]);
        assert_eq!(s.screen(), &Screen::Workshop { workshop: 0, selected: 0 });
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
        assert_eq!(s.screen(), &Screen::Workshop { workshop: 0, selected: 1 });
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
        let wrong = spec.options.iter().position(|o| !o.correct).unwrap_or_default();
        let right = spec.options.iter().position(|o| o.correct).unwrap_or_default();
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
        assert_eq!(graded(&s), Some(true), "an invalid pick does not erase the verdict");
    }

    #[test]
    fn cursor_stays_in_range_and_language_toggles() {
        let mut s = session();
        run(&mut s, &[Action::Up, Action::Up]);
        assert_eq!(s.screen(), &Screen::Home { selected: 0 });
        for _ in 0..50 {
            s.update(Action::Down);
        }
        assert_eq!(s.screen(), &Screen::Home { selected: s.course().workshops.len() - 1 });
        s.update(Action::ToggleLanguage);
        assert_eq!(s.lang(), Lang::Id);
        s.update(Action::Quit);
        assert!(s.should_quit());
    }
}

#[cfg(test)]
mod record_tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(1_790_000_000 + second).expect("time")
    }

    #[test]
    fn steps_attempts_and_completion_are_recorded_with_the_time() {
        let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
        let mut s = Session::new(loaded.course, Lang::En);
        s.set_learner("Budi", []);
        s.set_time(at(0));
        s.update(Action::Pick(0));
        s.update(Action::Pick(0));
        let records = s.take_records();
        assert!(matches!(&records[..], [Record::Step { step: 0, .. }]), "{records:?}");
        while s.exercise().is_none() {
            s.update(Action::Next);
        }
        s.take_records();
        s.set_time(at(42));
        s.update(Action::Hint);
        s.update(Action::Open);
        let records = s.take_records();
        let [Record::Hint { hint: 0, .. }, Record::Attempt(attempt)] = &records[..] else {
            panic!("a hint, then an attempt: {records:?}")
        };
        assert_eq!(attempt.hints_used, 1);
        assert_eq!(attempt.submitted_at, at(42));
        assert_eq!(attempt.exercise_hash.len(), 16);
        let steps = s.lesson().map_or(0, |l| l.steps.len());
        for _ in 0..steps {
            s.update(Action::Next);
        }
        assert!(s.take_records().iter().any(|r| matches!(r, Record::LessonCompleted { .. })));
        // Finishing the last lesson also finishes the workshop.
        s.update(Action::Down);
        s.update(Action::Open);
        let steps = s.lesson().map_or(0, |l| l.steps.len());
        for _ in 0..steps {
            s.update(Action::Next);
        }
        assert!(s.take_records().iter().any(|r| matches!(r, Record::WorkshopCompleted { .. })));
        assert!(s.is_completed(0, 0));
        assert_eq!(s.completed_in(0), 2);
    }

    #[test]
    fn a_review_goes_through_the_due_exercises_in_their_own_lessons() {
        let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
        let mut s = Session::new(loaded.course, Lang::En);
        s.set_learner("Budi", []);
        s.update(Action::Review);
        assert_eq!(s.notice(), Some(&Notice::NothingToReview));
        assert_eq!(s.screen(), &Screen::Home { selected: 0 });
        let graded: Vec<String> = s
            .course()
            .exercises
            .iter()
            .filter(|e| e.kind.is_graded() && s.course().lesson_of(&e.id).is_some())
            .map(|e| e.id.clone())
            .collect();
        let (first, last) = (graded[0].clone(), graded[graded.len() - 1].clone());
        s.set_due(vec![last.clone(), "vanished".into(), first.clone()]);
        assert_eq!(s.due_count(), 2, "an exercise the course lost is not counted");
        s.set_time(at(5));
        s.update(Action::Review);
        assert_eq!(s.exercise().map(|e| e.id.as_str()), Some(last.as_str()), "longest waiting first");
        assert_eq!(s.review().map(Review::position), Some((0, 2)));
        assert!(s.take_records().is_empty(), "a review does not move the resume position");
        s.update(Action::Hint);
        s.update(Action::Open);
        let records = s.take_records();
        let Some(Record::Attempt(attempt)) = records.iter().find(|r| matches!(r, Record::Attempt(_))) else {
            panic!("an attempt: {records:?}")
        };
        let (workshop, lesson) = s.course().lesson_of(&last).expect("its lesson");
        assert_eq!((attempt.workshop.as_str(), attempt.lesson.as_str()), (workshop, lesson));
        assert_eq!(attempt.attempt, 1);
        s.update(Action::Next);
        assert_eq!(s.exercise().map(|e| e.id.as_str()), Some(first.as_str()));
        s.update(Action::Previous);
        assert_eq!(s.exercise().map(|e| e.id.as_str()), Some(last.as_str()));
        s.update(Action::Previous);
        assert_eq!(s.notice(), Some(&Notice::FirstStep));
        s.update(Action::Next);
        s.update(Action::Next);
        assert_eq!(s.notice(), Some(&Notice::ReviewFinished { count: 2 }));
        assert_eq!(s.screen(), &Screen::Home { selected: 0 });
        assert!(s.review().is_none());
        assert!(!s.take_records().iter().any(|r| matches!(r, Record::LessonCompleted { .. })));
        // Back leaves a review at once.
        s.update(Action::Down);
        s.update(Action::Review);
        s.update(Action::Back);
        assert_eq!(s.screen(), &Screen::Home { selected: 1 });
        assert!(s.review().is_none());
    }

    #[test]
    fn resumes_a_stored_position_and_ignores_a_vanished_one() {
        let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
        let mut s = Session::new(loaded.course, Lang::En);
        let workshop = s.course().workshops[0].id.clone();
        let lesson = s.course().workshops[0].lessons[1].id.clone();
        assert!(s.resume(&Position { workshop: workshop.clone(), lesson, step: 2 }));
        assert_eq!(s.place(), Place { workshop: Some(0), lesson: Some(1), step: Some(2) });
        assert!(s.take_records().is_empty(), "resuming is not a visit");
        assert!(!s.resume(&Position { workshop, lesson: "gone".into(), step: 0 }));
    }
}
