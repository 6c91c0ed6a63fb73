//! A workshop's screen: its lessons, and the objectives of the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::super::app::App;
use super::super::theme;
use super::super::wrap::{Wrappable, wrap};
use crate::i18n::Msg;
use crate::session::Notice;

pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let workshop_index = app.session.place().workshop.unwrap_or(0);
    let Some(workshop) = app.session.workshop() else {
        return;
    };
    // Just after a lesson: what to study next, in one sentence, above the lessons.
    let area = match (app.session.notice(), app.recommendations.first()) {
        (Some(Notice::LessonFinished { .. }), Some(next)) => {
            let text =
                format!(" {}: {}", Msg::RecommendTitle.text(lang), next.sentence(app.session.course(), lang));
            let lines = wrap(
                &[Wrappable { line: Line::styled(text, theme::NOTICE), indent: " ".into() }],
                area.width,
            );
            let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(area.height / 4);
            let [line_area, rest] =
                Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
            Paragraph::new(lines).render(line_area, buf);
            rest
        }
        _ => area,
    };
    let list_height =
        u16::try_from(workshop.lessons.len()).unwrap_or(u16::MAX).saturating_add(2).min(area.height / 2);
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Min(0)]).areas(area);
    let items: Vec<ListItem> = workshop
        .lessons
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let minutes = Msg::Minutes.fill(lang, &[&l.minutes]);
            let done = if app.session.is_completed(workshop_index, i) { " ✓" } else { "" };
            ListItem::new(format!("{}. {} ({minutes}){done}", i + 1, l.title.get(lang)))
        })
        .collect();
    let list = List::new(items)
        .block(Block::bordered().title(format!(" {} ", Msg::Lessons.text(lang))))
        .highlight_style(theme::SELECTED)
        .highlight_symbol("› ");
    StatefulWidget::render(list, list_area, buf, &mut ListState::default().with_selected(Some(selected)));
    if let Some(lesson) = workshop.lessons.get(selected) {
        let block = Block::bordered().title(format!(" {} ", Msg::Objectives.text(lang)));
        let items: Vec<Wrappable> = lesson
            .objectives
            .iter()
            .map(|o| Wrappable { line: Line::raw(format!("- {}", o.get(lang))), indent: "  ".into() })
            .collect();
        Paragraph::new(wrap(&items, block.inner(detail_area).width)).block(block).render(detail_area, buf);
    }
}
