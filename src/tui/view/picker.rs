//! "Who are you?": the learners of this PC, and a field for a new name.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::super::app::App;
use super::super::theme;
use crate::i18n::Msg;
use crate::learner_name::{LearnerPicker, PickerMode};
use crate::plain::name_problem;

pub fn render(app: &App, picker: &LearnerPicker, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let [list_area, help_area] = Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(area);
    let mut lines: Vec<Line> = picker
        .names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (marker, style) =
                if i == picker.cursor { ("› ", theme::SELECTED) } else { ("  ", Style::new()) };
            Line::from(vec![Span::raw(marker), Span::styled(format!("{}. {name}", i + 1), style)])
        })
        .collect();
    let on_new = picker.on_new_name() || picker.mode != PickerMode::Choose;
    let name_at = |i: usize| picker.names.get(i).cloned().unwrap_or_default();
    let field = match picker.mode {
        PickerMode::Choose => Msg::PickerNew.fill(lang, &[&picker.typed]),
        PickerMode::Rename(i) => Msg::RenameTo.fill(lang, &[&name_at(i), &picker.typed]),
        PickerMode::ConfirmDelete(i) => Msg::ConfirmDelete.fill(lang, &[&name_at(i), &picker.typed]),
    };
    let mut new_row = vec![Span::raw(if on_new { "› " } else { "  " }), Span::styled(field, theme::INPUT)];
    if on_new {
        new_row.push(Span::styled(" ", theme::INPUT.add_modifier(Modifier::REVERSED)));
    }
    lines.push(Line::from(new_row));
    if let Some(problem) = picker.problem {
        lines.push(Line::raw(""));
        lines.push(Line::styled(name_problem(problem, lang), theme::NOTICE));
    }
    Paragraph::new(lines)
        .block(Block::bordered().title(format!(" {} ", Msg::WhoAreYou.text(lang))))
        .render(list_area, buf);
    Paragraph::new(Msg::PickerHelp.text(lang))
        .wrap(Wrap { trim: true })
        .style(theme::DIM)
        .render(help_area, buf);
}
