//! An exercise as lines of text: prompt, options with the cursor, hints, verdict and
//! feedback. The cursor is a `›` and a verdict is a word and a ✓/✗, never colour alone.

use ratatui::text::{Line, Span};

use super::super::app::App;
use super::super::wrap::Wrappable;
use super::super::{markup, theme};
use crate::exercise::ExerciseKind;
use crate::grade::{Answer, Feedback};
use crate::i18n::Msg;
use crate::session::Screen;

pub fn lines(app: &App) -> Vec<Wrappable> {
    let lang = app.session.lang();
    let (Screen::Lesson(state), Some(exercise)) = (app.session.screen(), app.session.exercise())
    else {
        return Vec::new();
    };
    let blank = || Wrappable::from(Line::raw(""));
    let mut lines = vec![
        Line::styled(exercise.title.get(lang).clone(), theme::TITLE).into(),
        blank(),
    ];
    lines.extend(markup::lines(exercise.prompt.get(lang)));
    lines.push(blank());
    let graded = state.exercise.graded.as_ref();
    match &exercise.kind {
        ExerciseKind::Choice(spec) => {
            for (i, option) in spec.options.iter().enumerate() {
                let is_cursor = i == state.exercise.cursor;
                let marker = if is_cursor { "› " } else { "  " };
                let style = if is_cursor {
                    theme::SELECTED
                } else {
                    ratatui::style::Style::new()
                };
                let mut spans = vec![
                    Span::raw(marker),
                    Span::styled(format!("{}. {}", i + 1, option.text.get(lang)), style),
                ];
                if let Some((Answer::Choice(chosen), verdict)) = graded
                    && *chosen == i
                {
                    spans.push(if verdict.correct {
                        Span::styled(" ✓", theme::CORRECT)
                    } else {
                        Span::styled(" ✗", theme::INCORRECT)
                    });
                }
                let indent = " ".repeat(2 + format!("{}. ", i + 1).len());
                lines.push(Wrappable {
                    line: Line::from(spans),
                    indent,
                });
            }
        }
    }
    for (i, hint) in exercise
        .hints
        .iter()
        .take(state.exercise.hints_shown)
        .enumerate()
    {
        lines.push(blank());
        lines.push(
            Line::styled(
                format!("{}:", Msg::HintNumber.fill(lang, &[&(i + 1)])),
                theme::TITLE,
            )
            .into(),
        );
        lines.extend(markup::lines(hint.get(lang)));
    }
    match graded {
        None => {
            let left = exercise.hints.len() - state.exercise.hints_shown;
            if left > 0 {
                lines.push(blank());
                lines.push(
                    Line::styled(
                        format!("{} (h)", Msg::HintsLeft.fill(lang, &[&left])),
                        theme::DIM,
                    )
                    .into(),
                );
            }
        }
        Some((_, verdict)) => {
            lines.push(blank());
            lines.push(
                if verdict.correct {
                    Line::styled(Msg::Correct.text(lang), theme::CORRECT)
                } else {
                    Line::styled(Msg::Incorrect.text(lang), theme::INCORRECT)
                }
                .into(),
            );
            for feedback in &verdict.feedback {
                match feedback {
                    Feedback::Author(text) => lines.extend(markup::lines(text.get(lang))),
                    Feedback::InvalidAnswer => {
                        lines.push(Line::raw(Msg::InvalidAnswer.text(lang)).into())
                    }
                }
            }
            if verdict.correct {
                if let Some(explanation) = &exercise.explanation {
                    lines.push(blank());
                    lines.push(Line::styled(Msg::Explanation.text(lang), theme::TITLE).into());
                    lines.extend(markup::lines(explanation.get(lang)));
                }
            } else {
                lines.push(Line::styled(Msg::TryAgain.text(lang), theme::DIM).into());
            }
        }
    }
    lines
}
