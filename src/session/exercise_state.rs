//! The learner's work on one exercise: the answer being put together (the option under the
//! cursor, the options ticked, the text typed), the hints revealed, the attempts used and the
//! last verdict. Kind-specific input lives here so the front ends only forward keys or lines.

use crate::exercise::{
    ChoiceSpec, Exercise, ExerciseKind, Explain, Gap, MAX_RESPONSE_CHARS, QuestionKind, SurveySpec,
    display_order, read_response, stable_shuffle,
};
use crate::grade::answer::{gap_values, option_letter, parse_pairs};
use crate::grade::{self, Answer, Verdict};

/// The longest typed answer kept: enough for any short answer, small enough for any screen.
pub const MAX_INPUT_CHARS: usize = 1000;

/// The longest value kept for one cloze gap.
pub const MAX_GAP_CHARS: usize = 100;

/// What the learner has done on the current exercise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExerciseState {
    /// Choice: display position → option index (the author's order, or a stable shuffle).
    pub order: Vec<usize>,
    /// Choice: the display position under the cursor.
    pub cursor: usize,
    /// Multiple choice: which display positions are ticked.
    pub ticked: Vec<bool>,
    /// Ordering: the item (author's index) at each position, as the learner has arranged them.
    pub arrangement: Vec<usize>,
    /// Ordering: the item under the cursor is picked up and moves with it.
    pub grabbed: bool,
    /// Matching: for each left item, the display position (in `order`) of the right item chosen.
    pub assigned: Vec<Option<usize>>,
    /// Cloze: the value of each gap (a choice gap holds its option's letter); `cursor` is the
    /// gap being filled.
    pub gaps: Vec<String>,
    /// Typed kinds: the text typed so far, and the cursor in it (in characters).
    pub input: String,
    pub input_cursor: usize,
    pub hints_shown: usize,
    /// Answers submitted so far.
    pub attempts: u32,
    /// Polls, surveys, reflections: the responses given, one per question (`None` where a
    /// question was left out), once submitted.
    pub responses: Option<Vec<Option<String>>>,
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
    /// An ordering that does not hold every item once.
    UseEveryItemOnce,
    /// A typed matching that cannot be read.
    Unreadable,
}

impl ExerciseState {
    /// A fresh state for `exercise`, as `learner` sees it (shuffled options depend on both).
    #[must_use]
    pub fn new(exercise: &Exercise, learner: &str) -> Self {
        let mut state = ExerciseState::default();
        match &exercise.kind {
            ExerciseKind::Choice(spec) => {
                state.order = display_order(spec, &exercise.id, learner);
                state.ticked = vec![false; state.order.len()];
            }
            ExerciseKind::Order(spec) => {
                state.arrangement = stable_shuffle(spec.items.len(), &exercise.id, learner);
                // Never start in the right order: that would give the answer away.
                if state.arrangement.windows(2).all(|w| w[0] < w[1]) {
                    state.arrangement.rotate_left(1);
                }
            }
            ExerciseKind::Match(spec) => {
                state.order = stable_shuffle(spec.rights().len(), &exercise.id, learner);
                state.assigned = vec![None; spec.pairs.len()];
            }
            ExerciseKind::Cloze(spec) => state.gaps = vec![String::new(); spec.gaps.len()],
            ExerciseKind::Survey(spec) => state.gaps = vec![String::new(); spec.questions.len()],
            ExerciseKind::Text(_)
            | ExerciseKind::Numeric(_)
            | ExerciseKind::Query(_)
            | ExerciseKind::Identifier(_)
            | ExerciseKind::License(_) => {}
            ExerciseKind::Citation(spec) => {
                // "Find and fix": the entry to correct is in the answer field already.
                if let Some(given) = &spec.given {
                    state.input.clone_from(given);
                    state.input_cursor = given.chars().count();
                }
            }
        }
        state
    }

    /// Answers left, where the exercise limits them.
    #[must_use]
    pub fn attempts_left(&self, exercise: &Exercise) -> Option<u32> {
        exercise.attempts.map(|limit| limit.saturating_sub(self.attempts))
    }

    /// Answered correctly, or out of attempts: nothing more to do here.
    #[must_use]
    pub fn is_done(&self, exercise: &Exercise) -> bool {
        self.is_correct() || self.responses.is_some() || self.attempts_left(exercise) == Some(0)
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
        exercise.kind.is_graded() && self.is_done(exercise) && !self.is_correct()
    }

    /// Up and down: between options, rows or items; a picked-up item moves along.
    pub fn move_cursor(&mut self, delta: isize) {
        let len = if !self.arrangement.is_empty() {
            self.arrangement.len()
        } else if !self.assigned.is_empty() {
            self.assigned.len()
        } else if !self.gaps.is_empty() {
            self.gaps.len()
        } else {
            self.order.len()
        };
        if len == 0 {
            return;
        }
        let target = self.cursor.saturating_add_signed(delta).min(len - 1);
        if self.grabbed && !self.arrangement.is_empty() {
            self.arrangement.swap(self.cursor, target);
        }
        self.cursor = target;
    }

    /// Space: ticks or unticks the option under the cursor (multiple choice), or picks up or
    /// puts down the item under it (ordering).
    pub fn toggle(&mut self, exercise: &Exercise) {
        match &exercise.kind {
            ExerciseKind::Choice(ChoiceSpec { multiple: true, .. }) => {
                if let Some(ticked) = self.ticked.get_mut(self.cursor) {
                    *ticked = !*ticked;
                }
            }
            ExerciseKind::Order(_) => self.grabbed = !self.grabbed,
            _ => {}
        }
    }

    /// Left and right: move in the typed text, or change the partner of a matching row.
    pub fn sideways(&mut self, exercise: &Exercise, delta: isize) {
        if let ExerciseKind::Survey(spec) = &exercise.kind {
            // A scale or choice question cycles through no answer and its choices' numbers.
            if let (Some(question), Some(value)) =
                (spec.questions.get(self.cursor), self.gaps.get_mut(self.cursor))
            {
                let count = question.kind.choices().len() + 1;
                if count > 1 {
                    let position = value.parse::<usize>().unwrap_or(0).min(count - 1);
                    let next = (position + count).saturating_add_signed(delta) % count;
                    *value = if next == 0 { String::new() } else { next.to_string() };
                }
            }
            return;
        }
        if let ExerciseKind::Cloze(spec) = &exercise.kind {
            // A choice gap cycles through no value and its options' letters.
            if let (Some(Gap::Choice { options, .. }), Some(value)) =
                (spec.gaps.get(self.cursor), self.gaps.get_mut(self.cursor))
            {
                let count = options.len() + 1;
                let position = value
                    .chars()
                    .next()
                    .map_or(0, |c| usize::from(c as u8).saturating_sub(usize::from(b'a')) + 1);
                let next = (position.min(count - 1) + count).saturating_add_signed(delta) % count;
                *value = next.checked_sub(1).map(|i| option_letter(i).to_string()).unwrap_or_default();
            }
            return;
        }
        if self.assigned.is_empty() {
            self.move_input_cursor(delta);
            return;
        }
        let count = self.order.len() + 1;
        if let Some(slot) = self.assigned.get_mut(self.cursor) {
            // No partner, then each right item in turn, then no partner again.
            let position = slot.map_or(0, |p| p + 1);
            let next = (position + count).saturating_add_signed(delta) % count;
            *slot = next.checked_sub(1);
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
            ExerciseKind::Text(_)
            | ExerciseKind::Numeric(_)
            | ExerciseKind::Query(_)
            | ExerciseKind::Identifier(_)
            | ExerciseKind::License(_)
            | ExerciseKind::Citation(_) => Answer::Text(self.input.clone()),
            ExerciseKind::Cloze(_) => Answer::Cloze(self.gaps.clone()),
            ExerciseKind::Survey(spec) => return self.respond(spec),
            ExerciseKind::Order(_) => Answer::Order(self.arrangement.clone()),
            ExerciseKind::Match(_) => Answer::Match(
                self.assigned.iter().map(|p| p.and_then(|p| self.order.get(p).copied())).collect(),
            ),
        };
        self.grabbed = false;
        self.submit(exercise, answer)
    }

    /// Picks displayed items at once (0-based display positions): a single choice is submitted,
    /// a multiple choice has exactly these ticked and is submitted.
    pub fn pick(&mut self, exercise: &Exercise, positions: &[usize]) -> Outcome {
        if !self.arrangement.is_empty() {
            return self.arrange(exercise, positions);
        }
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

    /// Polls, surveys, reflections: reads each question's value; all must fit, at least one
    /// must be given.
    fn respond(&mut self, spec: &SurveySpec) -> Outcome {
        let mut responses = Vec::new();
        for (question, value) in spec.questions.iter().zip(&self.gaps) {
            if value.trim().is_empty() {
                responses.push(None);
                continue;
            }
            match read_response(&question.kind, value) {
                Some(response) => responses.push(Some(response)),
                None => return Outcome::Unreadable,
            }
        }
        if responses.iter().all(Option::is_none) {
            return Outcome::Unreadable;
        }
        self.responses = Some(responses);
        Outcome::Stay
    }

    /// Ordering: the shown items, by position, in the order the learner wants them; submitted.
    fn arrange(&mut self, exercise: &Exercise, positions: &[usize]) -> Outcome {
        let n = self.arrangement.len();
        if let Some(&bad) = positions.iter().find(|p| **p >= n) {
            return Outcome::NoSuchItem(bad.saturating_add(1));
        }
        let mut seen = vec![false; n];
        if positions.len() != n || positions.iter().any(|&p| std::mem::replace(&mut seen[p], true)) {
            return Outcome::UseEveryItemOnce;
        }
        if self.is_done(exercise) {
            return Outcome::NoAttemptsLeft;
        }
        self.arrangement = positions.iter().map(|&p| self.arrangement[p]).collect();
        self.submit_current(exercise)
    }

    /// A whole typed answer (plain mode): the text, for a matching the pairs (right items
    /// lettered as shown), for a cloze the gaps' values separated by `|`.
    pub fn submit_text(&mut self, exercise: &Exercise, text: &str) -> Outcome {
        if let ExerciseKind::Survey(spec) = &exercise.kind {
            let values =
                if spec.questions.len() == 1 { vec![text.trim().to_string()] } else { gap_values(text) };
            if values.len() != spec.questions.len() {
                return Outcome::Unreadable;
            }
            if self.is_done(exercise) {
                return Outcome::NoAttemptsLeft;
            }
            self.gaps = values;
            return self.respond(spec);
        }
        if let ExerciseKind::Cloze(spec) = &exercise.kind {
            let values = gap_values(text);
            if values.len() != spec.gaps.len() {
                return Outcome::Unreadable;
            }
            if self.is_done(exercise) {
                return Outcome::NoAttemptsLeft;
            }
            self.gaps = values.into_iter().map(|v| v.chars().take(MAX_GAP_CHARS).collect()).collect();
            return self.submit_current(exercise);
        }
        if let ExerciseKind::Match(spec) = &exercise.kind {
            let Ok(assigned) = parse_pairs(text, spec.pairs.len(), self.order.len()) else {
                return Outcome::Unreadable;
            };
            if self.is_done(exercise) {
                return Outcome::NoAttemptsLeft;
            }
            self.assigned = assigned;
            return self.submit_current(exercise);
        }
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
        let mut picked: Vec<usize> =
            self.ticked.iter().zip(&self.order).filter(|(t, _)| **t).map(|(_, o)| *o).collect();
        picked.sort_unstable();
        picked
    }

    /// Typing: inserts a character at the cursor.
    pub fn type_char(&mut self, exercise: &Exercise, c: char) {
        if let ExerciseKind::Survey(spec) = &exercise.kind {
            // Typing goes into a free-text question; a digit picks a scale point or an option.
            if let (Some(question), Some(value)) =
                (spec.questions.get(self.cursor), self.gaps.get_mut(self.cursor))
            {
                if matches!(question.kind, QuestionKind::Text) {
                    if !c.is_control() && value.chars().count() < MAX_RESPONSE_CHARS {
                        value.push(c);
                    }
                } else if let Some(d) =
                    c.to_digit(10).filter(|d| (1..=question.kind.choices().len()).contains(&(*d as usize)))
                {
                    *value = d.to_string();
                }
            }
            return;
        }
        if let ExerciseKind::Cloze(spec) = &exercise.kind {
            // Typing goes into a typed gap, at its end.
            if let (Some(Gap::Typed { .. }), Some(value)) =
                (spec.gaps.get(self.cursor), self.gaps.get_mut(self.cursor))
                && !c.is_control()
                && value.chars().count() < MAX_GAP_CHARS
            {
                value.push(c);
            }
            return;
        }
        if c.is_control() || self.input.chars().count() >= MAX_INPUT_CHARS {
            return;
        }
        let at = self.byte_index();
        self.input.insert(at, c);
        self.input_cursor += 1;
    }

    /// Typing: deletes the character before the cursor.
    pub fn erase(&mut self, exercise: &Exercise) {
        if matches!(exercise.kind, ExerciseKind::Cloze(_) | ExerciseKind::Survey(_)) {
            if let Some(value) = self.gaps.get_mut(self.cursor) {
                value.pop();
            }
            return;
        }
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
        self.input.char_indices().nth(self.input_cursor).map_or(self.input.len(), |(i, _)| i)
    }
}

fn is_multiple(exercise: &Exercise) -> bool {
    matches!(&exercise.kind, ExerciseKind::Choice(ChoiceSpec { multiple: true, .. }))
}
