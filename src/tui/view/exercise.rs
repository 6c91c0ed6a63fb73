//! An exercise as lines of text: prompt, the answer widget of its kind, hints, verdict and
//! feedback. A verdict is a word and a ✓/✗, never colour alone.

use ratatui::text::Line;

use super::super::app::App;
use super::super::wrap::Wrappable;
use super::super::{markup, theme};
use super::{choice, cloze, sequence, survey, typed};
use crate::exercise::{Exercise, ExerciseKind};
use crate::grade::{Feedback, Verdict, answer, format_points};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::{ExerciseState, Screen};

pub fn lines(app: &App) -> Vec<Wrappable> {
    let lang = app.session.lang();
    let (Screen::Lesson(state), Some(exercise)) = (app.session.screen(), app.session.exercise()) else {
        return Vec::new();
    };
    let state = &state.exercise;
    let prompt = exercise.prompt.get(lang);
    let mut lines = Vec::new();
    // An exercise without a title of its own is titled by its prompt's first line: once is enough.
    if *exercise.title.get(lang) != prompt.first_text_line() {
        lines.extend([Line::styled(exercise.title.get(lang).clone(), theme::TITLE).into(), blank()]);
    }
    lines.extend(markup::lines(prompt));
    lines.push(blank());
    match &exercise.kind {
        ExerciseKind::Choice(spec) => lines.extend(choice::lines(spec, state, lang)),
        ExerciseKind::Text(_) | ExerciseKind::Numeric(_) | ExerciseKind::Query(_) => {
            lines.extend(typed::lines(state, lang));
        }
        ExerciseKind::Citation(_) | ExerciseKind::License(_) | ExerciseKind::Identifier(_) => {
            let given = crate::grade::given_lines(&exercise.kind, lang);
            for (i, line) in given.iter().enumerate() {
                // The first line names what follows; the rest are its details.
                let style = if i == 0 { theme::TITLE } else { ratatui::style::Style::new() };
                lines.push(Wrappable { line: Line::styled(line.clone(), style), indent: "    ".into() });
            }
            lines.push(blank());
            lines.extend(typed::lines(state, lang));
        }
        ExerciseKind::Order(spec) => lines.extend(sequence::order_lines(spec, state, lang)),
        ExerciseKind::Match(spec) => lines.extend(sequence::match_lines(spec, state, lang)),
        ExerciseKind::Cloze(spec) => lines.extend(cloze::lines(spec, state, lang)),
        ExerciseKind::Survey(spec) => {
            lines.extend(survey::lines(spec, state, lang));
            if state.responses.is_some() {
                lines.push(blank());
                lines.push(Line::styled(Msg::ResponseRecorded.text(lang), theme::CORRECT).into());
                if let Some(explanation) =
                    exercise.explanation.as_ref().filter(|_| state.shows_explanation(exercise))
                {
                    lines.extend(markup::lines(explanation.get(lang)));
                }
            }
            return lines;
        }
    }
    lines.extend(hint_lines(exercise, state, lang));
    match &state.graded {
        None => {
            let left = exercise.hints.len() - state.hints_shown;
            let mut status = Vec::new();
            if left > 0 {
                status.push(Msg::HintsLeft.fill(lang, &[&left]));
            }
            if let Some(attempts) = state.attempts_left(exercise) {
                status.push(Msg::AttemptsLeft.fill(lang, &[&attempts]));
            }
            if !status.is_empty() {
                lines.push(blank());
                lines.push(Line::styled(status.join(" · "), theme::DIM).into());
            }
        }
        Some((_, verdict)) => lines.extend(verdict_lines(exercise, state, verdict, lang)),
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

/// "Correct!" or "Not quite.", the feedback, the right answer once attempts run out, and the
/// explanation when the author wants it shown.
fn verdict_lines(
    exercise: &Exercise,
    state: &ExerciseState,
    verdict: &Verdict,
    lang: Lang,
) -> Vec<Wrappable> {
    let mut lines = vec![blank()];
    let headline = if verdict.correct {
        Line::styled(Msg::Correct.text(lang), theme::CORRECT)
    } else {
        Line::styled(Msg::Incorrect.text(lang), theme::INCORRECT)
    };
    lines.push(headline.into());
    if verdict.is_partial() {
        let score = Msg::Score.fill(lang, &[&format_points(verdict.score), &format_points(verdict.max)]);
        lines.push(Line::styled(score, theme::TITLE).into());
    }
    for feedback in &verdict.feedback {
        match feedback {
            Feedback::Author(text) => lines.extend(markup::lines(text.get(lang))),
            Feedback::Note(note) => lines.push(Line::raw(note.text(lang)).into()),
        }
    }
    if state.reveals_answer(exercise) {
        let expected = Msg::CorrectAnswerWas.fill(lang, &[&answer::expected(exercise, lang)]);
        lines.push(Line::styled(expected, theme::TITLE).into());
    }
    if state.shows_explanation(exercise)
        && let Some(explanation) = &exercise.explanation
    {
        lines.push(blank());
        lines.push(Line::styled(Msg::Explanation.text(lang), theme::TITLE).into());
        lines.extend(markup::lines(explanation.get(lang)));
    }
    if !state.is_done(exercise) {
        let mut again = Msg::TryAgain.text(lang).to_string();
        if let Some(left) = state.attempts_left(exercise) {
            again = format!("{again} {}", Msg::AttemptsLeft.fill(lang, &[&left]));
        }
        lines.push(Line::styled(again, theme::DIM).into());
    }
    lines
}
