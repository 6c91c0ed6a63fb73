//! The answer widget of a cloze exercise: the text with each gap shown as `[n: value]`, the
//! gap being filled highlighted with a cursor, and the options of choice gaps listed below.
//! After answering, each gap shows ✓ or ✗.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::super::markup;
use super::super::theme;
use super::super::wrap::Wrappable;
use crate::exercise::{ClozeSpec, Gap, Piece, split_gaps};
use crate::grade::answer::option_letter;
use crate::grade::{Feedback, Note};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn lines(spec: &ClozeSpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let wrong: Option<Vec<usize>> = state.graded.as_ref().map(|(_, verdict)| {
        verdict
            .feedback
            .iter()
            .find_map(|f| match f {
                Feedback::Note(Note::GapsToCheck(gaps)) => Some(gaps.clone()),
                _ => None,
            })
            .unwrap_or_default()
    });
    let mut lines = vec![Line::styled(Msg::ClozeHint.text(lang), theme::DIM).into()];
    for item in markup::lines(spec.text.get(lang)) {
        let mut spans = Vec::new();
        for span in &item.line.spans {
            for piece in split_gaps(&span.content) {
                match piece {
                    Piece::Text(text) => spans.push(Span::styled(text.to_string(), span.style)),
                    Piece::Gap(n) => spans.extend(gap_spans(spec, state, n, wrong.as_deref(), lang)),
                }
            }
        }
        lines.push(Wrappable { line: Line::from(spans).style(item.line.style), indent: item.indent });
    }
    for (i, gap) in spec.gaps.iter().enumerate() {
        if let Gap::Choice { options, .. } = gap {
            let listed: Vec<String> = options
                .iter()
                .enumerate()
                .map(|(o, t)| format!("{}. {}", option_letter(o), t.get(lang)))
                .collect();
            let text = Msg::GapOptions.fill(lang, &[&(i + 1), &listed.join("  ")]);
            lines.push(Wrappable { line: Line::styled(text, theme::DIM), indent: "  ".into() });
        }
    }
    lines
}

/// `[n: value]` for gap `n` (1-based), with the cursor where the learner is typing.
fn gap_spans(
    spec: &ClozeSpec,
    state: &ExerciseState,
    n: usize,
    wrong: Option<&[usize]>,
    lang: Lang,
) -> Vec<Span<'static>> {
    let index = n.saturating_sub(1);
    let value = state.gaps.get(index).cloned().unwrap_or_default();
    let shown = match spec.gaps.get(index) {
        Some(Gap::Choice { options, .. }) => value
            .chars()
            .next()
            .and_then(|c| options.get(usize::from(c as u8).wrapping_sub(usize::from(b'a'))))
            .map(|o| o.get(lang).clone())
            .unwrap_or_default(),
        _ => value,
    };
    let current = index == state.cursor && state.graded.is_none();
    let style = if current { theme::SELECTED } else { theme::INPUT };
    let mut spans = vec![Span::styled(format!("[{n}: "), theme::MARKER)];
    if shown.is_empty() && !current {
        spans.push(Span::styled("____", style));
    } else {
        spans.push(Span::styled(shown, style));
    }
    if current {
        spans.push(Span::styled(" ", theme::INPUT.add_modifier(Modifier::REVERSED)));
    }
    spans.push(Span::styled("]", theme::MARKER));
    if let Some(wrong) = wrong {
        spans.push(if wrong.contains(&n) {
            Span::styled("✗", theme::INCORRECT)
        } else {
            Span::styled("✓", theme::CORRECT)
        });
    }
    spans
}
