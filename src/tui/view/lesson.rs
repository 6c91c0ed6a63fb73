//! A lesson step: a page of text or an exercise, in a scrolling frame titled with the
//! position in the lesson.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::super::app::App;
use super::super::markup;
use super::super::wrap::{Wrappable, wrap};
use super::exercise;
use crate::content::Step;
use crate::i18n::Msg;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let (Some(lesson), Some(step), Some(index)) =
        (app.session.lesson(), app.session.step(), app.session.place().step)
    else {
        return;
    };
    let position = match app.session.review().map(crate::session::Review::position) {
        Some((at, of)) => Msg::ReviewOf.fill(lang, &[&(at + 1), &of]),
        None => Msg::StepOf.fill(lang, &[&(index + 1), &lesson.steps.len()]),
    };
    let (title, lines): (String, Vec<Wrappable>) = match step {
        Step::Page(page) => {
            let title =
                page.title.as_ref().map_or_else(|| Msg::Page.text(lang).to_string(), |t| t.get(lang).clone());
            (title, markup::lines(page.body.get(lang)))
        }
        Step::Exercise(_) => (Msg::Exercise.text(lang).to_string(), exercise::lines(app)),
    };
    let mut block = Block::bordered().title(format!(" {position} · {title} "));
    let inner = block.inner(area);
    let lines = wrap(&lines, inner.width);
    let total = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let max_scroll = total.saturating_sub(inner.height);
    let scroll = app.scroll.min(max_scroll);
    app.max_scroll.set(max_scroll);
    app.page_height.set(inner.height);
    if max_scroll > 0 {
        // Where the view is in a text longer than the screen, in words and arrows.
        let arrows = match (scroll > 0, scroll < max_scroll) {
            (true, true) => "↑↓",
            (false, _) => "↓",
            (true, false) => "↑",
        };
        let percent = u32::from(scroll) * 100 / u32::from(max_scroll);
        let label = if scroll < max_scroll { Msg::MoreBelow } else { Msg::EndOfText };
        block = block.title_bottom(
            Line::from(format!(" {arrows} {percent}% · {} ", label.text(lang))).right_aligned(),
        );
    }
    Paragraph::new(Text::from(lines)).scroll((scroll, 0)).block(block).render(area, buf);
}
