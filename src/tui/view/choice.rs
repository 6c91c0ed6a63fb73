//! The answer widget of a choice exercise: options numbered as shown, the cursor as `›`,
//! boxes `[x]` for a multiple choice, and a ✓ or ✗ on each submitted pick.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::theme;
use super::super::wrap::Wrappable;
use crate::exercise::ChoiceSpec;
use crate::grade::Answer;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn lines(spec: &ChoiceSpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let submitted = match &state.graded {
        Some((Answer::Choice(picked), _)) => picked.as_slice(),
        _ => &[],
    };
    state
        .order
        .iter()
        .enumerate()
        .filter_map(|(position, &index)| {
            let option = spec.options.get(index)?;
            let is_cursor = position == state.cursor;
            let (marker, style) = if is_cursor { ("› ", theme::SELECTED) } else { ("  ", Style::new()) };
            let mut prefix = format!("{}. ", position + 1);
            if spec.multiple {
                let ticked = state.ticked.get(position).copied().unwrap_or(false);
                prefix.push_str(if ticked { "[x] " } else { "[ ] " });
            }
            let mut spans =
                vec![Span::raw(marker), Span::styled(format!("{prefix}{}", option.text.get(lang)), style)];
            if submitted.contains(&index) {
                spans.push(if option.correct {
                    Span::styled(" ✓", theme::CORRECT)
                } else {
                    Span::styled(" ✗", theme::INCORRECT)
                });
            }
            let indent = " ".repeat(marker.chars().count() + prefix.chars().count());
            Some(Wrappable { line: Line::from(spans), indent })
        })
        .collect()
}
