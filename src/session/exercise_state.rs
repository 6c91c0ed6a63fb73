//! The learner's work on one exercise: the answer being put together (the option under the
//! cursor, the options ticked, the text typed), the hints revealed, the attempts used and the
//! last verdict. Kind-specific input lives here so the front ends only forward keys or lines.

use crate::exercise::{ChoiceSpec, Exercise, ExerciseKind, Explain, display_order};
use crate::grade::{self, Answer, Verdict};

/// The longest typed answer kept: enough for any short answer, small enough for any screen.
pub const MAX_INPUT_CHARS: usize = 1000;

/// What the learner has done on the current exercise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExerciseState {
    /// Choice: display position → option index (the author's order, or a stable shuffle).
    pub order: Vec<usize>,
    /// Choice: the display position under the cursor.
    pub cursor: usize,
    /// Multiple choice: which display positions are ticked.
    pub ticked: Vec<bool>,
    /// Typed kinds: the text typed so far, and the cursor in it (in characters).
    pub input: String,
    pub input_cursor: usize,
    pub hints_shown: usize,
    /// Answers submitted so far.
    pub attempts: u32,
    /// The last submitted answer and its verdict.
    pub graded: Option<(Answer, Verdict)>,
}

/// What an exercise action asks of the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Read on to the next step.
    Next,
    NothingTicked,
    NoAttemptsLeft,
    NoSuchItem(usize),
}

impl ExerciseState {
    /// A fresh state for `exercise`, as `learner` sees it (shuffled options depend on both).
    #[must_use]
    pub fn new(exercise: &Exercise, learner: &str) -> Self {
        let order = match &exercise.kind {
            ExerciseKind::Choice(spec) => display_order(spec, &exercise.id, learner),
            ExerciseKind::Text(_) | ExerciseKind::Numeric(_) => Vec::new(),
        };
        ExerciseState {
            ticked: vec![false; order.len()],
            order,
            ..ExerciseState::default()
        }
    }

    /// Answers left, where the exercise limits them.
    #[must_use]
    pub fn attempts_left(&self, exercise: &Exercise) -> Option<u32> {
        exercise
            .attempts
            .map(|limit| limit.saturating_sub(self.attempts))
    }

    /// Answered correctly, or out of attempts: nothing more to do here.
    #[must_use]
    pub fn is_done(&self, exercise: &Exercise) -> bool {
        self.is_correct() || self.attempts_left(exercise) == Some(0)
    }

    #[must_use]
    pub fn is_correct(&self) -> bool {
        self.graded.as_ref().is_some_and(|(_, v)| v.correct)
    }

    /// Whether the author's explanation is shown now.
    #[must_use]
    pub fn shows_explanation(&self, exercise: &Exercise) -> bool {
        match exercise.explain {
            Explain::WhenCorrect => self.is_correct(),
            Explain::WhenDone => self.is_done(exercise),
        }
    }

    /// Whether to show the right answer: the learner is out of attempts without finding it.
    #[must_use]
    pub fn reveals_answer(&self, exercise: &Exercise) -> bool {
        self.is_done(exercise) && !self.is_correct()
    }

    pub fn move_cursor(&mut self, delta: isize) {
        if !self.order.is_empty() {
            self.cursor = self
                .cursor
                .saturating_add_signed(delta)
                .min(self.order.len() - 1);
        }
    }

    /// Ticks or unticks the option under the cursor (multiple choice).
    pub fn toggle(&mut self, exercise: &Exercise) {
        if is_multiple(exercise)
            && let Some(ticked) = self.ticked.get_mut(self.cursor)
        {
            *ticked = !*ticked;
        }
    }

    /// Enter: submit what is under the cursor, ticked or typed; after the end, read on.
    pub fn submit_current(&mut self, exercise: &Exercise) -> Outcome {
        if self.is_done(exercise) {
            return Outcome::Next;
        }
        let answer = match &exercise.kind {
            ExerciseKind::Choice(spec) if spec.multiple => {
                let picked = self.ticked_options();
                if picked.is_empty() {
                    return Outcome::NothingTicked;
                }
                Answer::Choice(picked)
            }
            ExerciseKind::Choice(_) => match self.order.get(self.cursor) {
                Some(option) => Answer::Choice(vec![*option]),
                None => return Outcome::Stay,
            },
            ExerciseKind::Text(_) | ExerciseKind::Numeric(_) => Answer::Text(self.input.clone()),
        };
        self.submit(exercise, answer)
    }

    /// Picks displayed items at once (0-based display positions): a single choice is submitted,
    /// a multiple choice has exactly these ticked and is submitted.
    pub fn pick(&mut self, exercise: &Exercise, positions: &[usize]) -> Outcome {
        if let Some(&bad) = positions.iter().find(|p| **p >= self.order.len()) {
            return Outcome::NoSuchItem(bad.saturating_add(1));
        }
        let Some(&first) = positions.first() else {
            return Outcome::NothingTicked;
        };
        self.cursor = first;
        if is_multiple(exercise) {
            self.ticked.iter_mut().for_each(|t| *t = false);
            for p in positions {
                self.ticked[*p] = true;
            }
        } else if positions.len() > 1 {
            return Outcome::NoSuchItem(positions[1] + 1);
        }
        if self.is_done(exercise) {
            return Outcome::NoAttemptsLeft;
        }
        self.submit_current(exercise)
    }

    /// A whole typed answer (plain mode).
    pub fn submit_text(&mut self, exercise: &Exercise, text: &str) -> Outcome {
        self.input = text.chars().take(MAX_INPUT_CHARS).collect();
        self.input_cursor = self.input.chars().count();
        if self.is_done(exercise) {
            return Outcome::NoAttemptsLeft;
        }
        self.submit_current(exercise)
    }

    fn submit(&mut self, exercise: &Exercise, answer: Answer) -> Outcome {
        if self.attempts_left(exercise) == Some(0) {
            return Outcome::NoAttemptsLeft;
        }
        self.attempts += 1;
        let verdict = grade::grade_attempt(exercise, &answer, self.hints_shown);
        self.graded = Some((answer, verdict));
        Outcome::Stay
    }

    /// The option indices ticked, in the author's order.
    fn ticked_options(&self) -> Vec<usize> {
        let mut picked: Vec<usize> = self
            .ticked
            .iter()
            .zip(&self.order)
            .filter(|(t, _)| **t)
            .map(|(_, o)| *o)
            .collect();
        picked.sort_unstable();
        picked
    }

    /// Typing: inserts a character at the cursor.
    pub fn type_char(&mut self, c: char) {
        if c.is_control() || self.input.chars().count() >= MAX_INPUT_CHARS {
            return;
        }
        let at = self.byte_index();
        self.input.insert(at, c);
        self.input_cursor += 1;
    }

    /// Typing: deletes the character before the cursor.
    pub fn erase(&mut self) {
        if self.input_cursor > 0 {
            self.input_cursor -= 1;
            let at = self.byte_index();
            self.input.remove(at);
        }
    }

    pub fn move_input_cursor(&mut self, delta: isize) {
        let len = self.input.chars().count();
        self.input_cursor = self.input_cursor.saturating_add_signed(delta).min(len);
    }

    fn byte_index(&self) -> usize {
        self.input
            .char_indices()
            .nth(self.input_cursor)
            .map_or(self.input.len(), |(i, _)| i)
    }
}

fn is_multiple(exercise: &Exercise) -> bool {
    matches!(
        &exercise.kind,
        ExerciseKind::Choice(ChoiceSpec { multiple: true, .. })
    )
}
