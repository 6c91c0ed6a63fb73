//! The answer widgets of ordering and matching exercises.
//!
//! Ordering: the items as arranged, the cursor as `›`, a picked-up item marked `≡`; after
//! answering, ✓ on each item in its right place. Matching: one row per left item with its
//! chosen partner (`?` while none), the right-hand items listed below; after answering, ✓ or ✗
//! per row.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::super::theme;
use super::super::wrap::Wrappable;
use crate::exercise::{MatchSpec, OrderSpec};
use crate::grade::answer::option_letter;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn order_lines(spec: &OrderSpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let graded = state.graded.is_some();
    let mut lines = vec![Line::styled(Msg::MoveHint.text(lang), theme::DIM).into()];
    for (position, &item) in state.arrangement.iter().enumerate() {
        let is_cursor = position == state.cursor;
        let marker = match (is_cursor, state.grabbed) {
            (true, true) => "≡ ",
            (true, false) => "› ",
            _ => "  ",
        };
        let style = if is_cursor { theme::SELECTED } else { Style::new() };
        let number = format!("{}. ", position + 1);
        let text = spec.items.get(item).map_or("", |t| t.get(lang).as_str());
        let mut spans = vec![Span::raw(marker), Span::styled(format!("{number}{text}"), style)];
        if graded && item == position {
            spans.push(Span::styled(" ✓", theme::CORRECT));
        }
        lines.push(Wrappable { line: Line::from(spans), indent: " ".repeat(2 + number.len()) });
    }
    lines
}

pub fn match_lines(spec: &MatchSpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let rights = spec.rights();
    let graded = state.graded.is_some();
    let mut lines = vec![Line::styled(Msg::MatchHint.text(lang), theme::DIM).into()];
    for (row, (left, _)) in spec.pairs.iter().enumerate() {
        let is_cursor = row == state.cursor;
        let marker = if is_cursor { "› " } else { "  " };
        let style = if is_cursor { theme::SELECTED } else { Style::new() };
        let chosen = state.assigned.get(row).copied().flatten();
        let partner = chosen.and_then(|position| Some((position, *state.order.get(position)?))).map_or_else(
            || "?".to_string(),
            |(position, right)| format!("{}. {}", option_letter(position), rights[right].get(lang)),
        );
        let number = format!("{}. ", row + 1);
        let mut spans =
            vec![Span::raw(marker), Span::styled(format!("{number}{} → {partner}", left.get(lang)), style)];
        if graded {
            let right = chosen.and_then(|p| state.order.get(p).copied()) == Some(row);
            spans.push(if right {
                Span::styled(" ✓", theme::CORRECT)
            } else {
                Span::styled(" ✗", theme::INCORRECT)
            });
        }
        lines.push(Wrappable { line: Line::from(spans), indent: " ".repeat(2 + number.len()) });
    }
    lines.push(Line::raw("").into());
    for (position, &right) in state.order.iter().enumerate() {
        let text = format!("   {}. {}", option_letter(position), rights[right].get(lang));
        lines.push(Wrappable { line: Line::styled(text, theme::DIM), indent: "      ".into() });
    }
    lines
}
