//! An exercise as lines of text: prompt, the answer widget of its kind, hints, verdict and
//! feedback. A verdict is a word and a ✓/✗, never colour alone.

use ratatui::text::Line;

use super::super::app::App;
use super::super::wrap::Wrappable;
use super::super::{markup, theme};
use super::choice;
use crate::exercise::{Exercise, ExerciseKind};
use crate::grade::{Feedback, Verdict};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::{ExerciseState, Screen};

pub fn lines(app: &App) -> Vec<Wrappable> {
    let lang = app.session.lang();
    let (Screen::Lesson(state), Some(exercise)) = (app.session.screen(), app.session.exercise())
    else {
        return Vec::new();
    };
    let state = &state.exercise;
    let mut lines = vec![
        Line::styled(exercise.title.get(lang).clone(), theme::TITLE).into(),
        blank(),
    ];
    lines.extend(markup::lines(exercise.prompt.get(lang)));
    lines.push(blank());
    match &exercise.kind {
        ExerciseKind::Choice(spec) => lines.extend(choice::lines(spec, state, lang)),
    }
    lines.extend(hint_lines(exercise, state, lang));
    match &state.graded {
        None => {
            let left = exercise.hints.len() - state.hints_shown;
            if left > 0 {
                lines.push(blank());
                let text = format!("{} (h)", Msg::HintsLeft.fill(lang, &[&left]));
                lines.push(Line::styled(text, theme::DIM).into());
            }
        }
        Some((_, verdict)) => lines.extend(verdict_lines(exercise, verdict, lang)),
    }
    lines
}

fn blank() -> Wrappable {
    Wrappable::from(Line::raw(""))
}

/// The hints revealed so far.
fn hint_lines(exercise: &Exercise, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let mut lines = Vec::new();
    for (i, hint) in exercise.hints.iter().take(state.hints_shown).enumerate() {
        lines.push(blank());
        let title = format!("{}:", Msg::HintNumber.fill(lang, &[&(i + 1)]));
        lines.push(Line::styled(title, theme::TITLE).into());
        lines.extend(markup::lines(hint.get(lang)));
    }
    lines
}

/// "Correct!" or "Not quite.", the feedback, and the explanation after a correct answer.
fn verdict_lines(exercise: &Exercise, verdict: &Verdict, lang: Lang) -> Vec<Wrappable> {
    let mut lines = vec![blank()];
    let headline = if verdict.correct {
        Line::styled(Msg::Correct.text(lang), theme::CORRECT)
    } else {
        Line::styled(Msg::Incorrect.text(lang), theme::INCORRECT)
    };
    lines.push(headline.into());
    for feedback in &verdict.feedback {
        match feedback {
            Feedback::Author(text) => lines.extend(markup::lines(text.get(lang))),
            Feedback::InvalidAnswer => lines.push(Line::raw(Msg::InvalidAnswer.text(lang)).into()),
        }
    }
    if !verdict.correct {
        lines.push(Line::styled(Msg::TryAgain.text(lang), theme::DIM).into());
    } else if let Some(explanation) = &exercise.explanation {
        lines.push(blank());
        lines.push(Line::styled(Msg::Explanation.text(lang), theme::TITLE).into());
        lines.extend(markup::lines(explanation.get(lang)));
    }
    lines
}
