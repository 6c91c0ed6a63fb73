//! The answer widget of polls, surveys and reflections: each question with its choices in a
//! row (the chosen one in brackets and highlighted) or a text field.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::super::theme;
use super::super::wrap::Wrappable;
use crate::exercise::{QuestionKind, SurveySpec};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::ExerciseState;

pub fn lines(spec: &SurveySpec, state: &ExerciseState, lang: Lang) -> Vec<Wrappable> {
    let answering = state.responses.is_none();
    let mut lines = Vec::new();
    if answering {
        lines.push(Line::styled(Msg::SurveyHint.text(lang), theme::DIM).into());
    }
    for (i, question) in spec.questions.iter().enumerate() {
        let current = answering && i == state.cursor;
        let marker = if current { "› " } else { "  " };
        if let Some(text) = &question.text {
            let style = if current { theme::TITLE } else { Style::new() };
            lines.push(Wrappable {
                line: Line::from(vec![
                    Span::raw(marker),
                    Span::styled(format!("{}. {}", i + 1, text.get(lang)), style),
                ]),
                indent: "     ".into(),
            });
        }
        let value = state.gaps.get(i).cloned().unwrap_or_default();
        let mut spans = vec![Span::raw(if question.text.is_some() { "     " } else { marker })];
        match &question.kind {
            QuestionKind::Text => {
                spans.push(Span::styled("> ", theme::MARKER));
                spans.push(Span::styled(value, theme::INPUT));
                if current {
                    spans.push(Span::styled(" ", theme::INPUT.add_modifier(Modifier::REVERSED)));
                }
            }
            kind => {
                let chosen = value.parse::<usize>().ok();
                for (c, label) in kind.choices().iter().enumerate() {
                    let text = format!("{}. {}", c + 1, label.get(lang));
                    if chosen == Some(c + 1) {
                        spans.push(Span::styled(format!("[{text}]"), theme::SELECTED));
                    } else {
                        spans.push(Span::raw(format!(" {text} ")));
                    }
                    spans.push(Span::raw(" "));
                }
            }
        }
        lines.push(Wrappable { line: Line::from(spans), indent: "     ".into() });
    }
    lines
}
