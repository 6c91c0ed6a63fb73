//! The home screen: the workshops, and the description of the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::super::app::App;
use super::super::wrap::{Wrappable, wrap};
use super::super::{markup, theme};
use crate::i18n::Msg;

pub fn render(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let workshops = &app.session.course().workshops;
    // What is due comes first: it is the one thing on this screen that asks for today.
    let due = app.session.due_count();
    let area = if due > 0 {
        let [line, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
        let text = Line::from(vec![
            Span::styled(format!(" {} ", Msg::ToReview.fill(lang, &[&due])), theme::TITLE),
            Span::styled(" r ", theme::KEY),
            Span::raw(format!(" {}", Msg::KeyReview.text(lang))),
        ]);
        Paragraph::new(text).render(line, buf);
        rest
    } else {
        area
    };
    let list_height =
        u16::try_from(workshops.len()).unwrap_or(u16::MAX).saturating_add(2).min(area.height / 2);
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Length(list_height), Constraint::Min(0)]).areas(area);
    let items: Vec<ListItem> = workshops
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let count = Msg::LessonCount.fill(lang, &[&w.lessons.len()]);
            let done = app.session.completed_in(i);
            let progress = if done > 0 {
                format!(
                    " {} {}",
                    gauge(done, w.lessons.len()),
                    Msg::LessonsDone.fill(lang, &[&done, &w.lessons.len()])
                )
            } else {
                String::new()
            };
            ListItem::new(format!("{}. {} ({count}){progress}", i + 1, w.title.get(lang)))
        })
        .collect();
    let list = List::new(items)
        .block(Block::bordered().title(format!(" {} ", Msg::Workshops.text(lang))))
        .highlight_style(theme::SELECTED)
        .highlight_symbol("› ");
    StatefulWidget::render(list, list_area, buf, &mut ListState::default().with_selected(Some(selected)));
    let detail_area = render_next(app, detail_area, buf);
    if let Some(description) = workshops.get(selected).and_then(|w| w.description.as_ref()) {
        let block = Block::bordered();
        let lines = wrap(&markup::lines(description.get(lang)), block.inner(detail_area).width);
        Paragraph::new(lines).block(block).render(detail_area, buf);
    }
}

/// The most recommendations shown: the next lesson and two to review.
const MAX_SHOWN: usize = 3;
/// Rows the workshop's description keeps under the recommendations; with fewer, they are left
/// out (the description says what a workshop is, which a learner choosing one needs more).
const DESCRIPTION_ROWS: u16 = 3;

/// "What to study next", up to three sentences, above the description if it fits; returns
/// the room left.
fn render_next(app: &App, area: Rect, buf: &mut Buffer) -> Rect {
    let lang = app.session.lang();
    let course = app.session.course();
    let items: Vec<Wrappable> = app
        .recommendations
        .iter()
        .take(MAX_SHOWN)
        .map(|r| Wrappable {
            line: Line::raw(format!("- {}", r.sentence(course, lang))),
            indent: "  ".into(),
        })
        .collect();
    if items.is_empty() {
        return area;
    }
    let block = Block::bordered().title(format!(" {} ", Msg::RecommendTitle.text(lang)));
    let lines = wrap(&items, area.width.saturating_sub(2));
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_add(2);
    if area.height < height.saturating_add(DESCRIPTION_ROWS) {
        return area;
    }
    let [next_area, rest] = Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
    Paragraph::new(lines).block(block).render(next_area, buf);
    rest
}

/// A ten-cell text gauge, `[███████░░░]`: it reads in any terminal and in a screen reader's
/// text, next to the count that says the same in words.
fn gauge(done: usize, of: usize) -> String {
    let filled = (done * 10).checked_div(of).unwrap_or(0).min(10);
    format!("[{}{}]", "█".repeat(filled), "░".repeat(10 - filled))
}

#[cfg(test)]
mod tests {
    #[test]
    fn gauge_fills_in_tenths() {
        assert_eq!(super::gauge(1, 2), "[█████░░░░░]");
        assert_eq!(super::gauge(3, 3), "[██████████]");
        assert_eq!(super::gauge(0, 0), "[░░░░░░░░░░]");
    }
}
