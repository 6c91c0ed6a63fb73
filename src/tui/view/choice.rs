//! The answer widget of a choice exercise: numbered options, the cursor as `›`, and a ✓ or ✗
//! on the submitted answer.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::theme;
use super::super::wrap::Wrappable;
use crate::exercise::ChoiceSpec;
use crate::grade::Answer;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn lines(spec: &ChoiceSpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    spec.options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let is_cursor = i == state.cursor;
            let (marker, style) = if is_cursor {
                ("› ", theme::SELECTED)
            } else {
                ("  ", Style::new())
            };
            let number = format!("{}. ", i + 1);
            let mut spans = vec![
                Span::raw(marker),
                Span::styled(format!("{number}{}", option.text.get(lang)), style),
            ];
            if let Some((Answer::Choice(chosen), verdict)) = &state.graded
                && *chosen == i
            {
                spans.push(if verdict.correct {
                    Span::styled(" ✓", theme::CORRECT)
                } else {
                    Span::styled(" ✗", theme::INCORRECT)
                });
            }
            Wrappable {
                line: Line::from(spans),
                indent: " ".repeat(marker.chars().count() + number.len()),
            }
        })
        .collect()
}
