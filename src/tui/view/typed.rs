//! The answer widget of typed exercises (short answer, numeric): a one-line field with a
//! visible cursor.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::super::theme;
use super::super::wrap::Wrappable;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn lines(state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let before: String = state.input.chars().take(state.input_cursor).collect();
    let at: String = state.input.chars().skip(state.input_cursor).take(1).collect();
    let after: String = state.input.chars().skip(state.input_cursor + 1).collect();
    let cursor = if at.is_empty() { " ".to_string() } else { at };
    let field = Line::from(vec![
        Span::styled("> ", theme::MARKER),
        Span::styled(before, theme::INPUT),
        Span::styled(cursor, theme::INPUT.add_modifier(Modifier::REVERSED)),
        Span::styled(after, theme::INPUT),
    ]);
    vec![
        Line::styled(Msg::TypeAnswer.text(lang), theme::DIM).into(),
        Wrappable { line: field, indent: "  ".into() },
    ]
}
