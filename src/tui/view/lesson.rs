//! A lesson step: a page of text or an exercise, in a scrolling frame titled with the
//! position in the lesson.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::super::app::App;
use super::super::state::terms::Mark;
use super::super::wrap::{Wrappable, wrap};
use super::super::{markup, theme};
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
    let is_page = matches!(step, Step::Page(_));
    let (title, lines): (String, Vec<Wrappable>) = match step {
        Step::Page(page) => {
            let title =
                page.title.as_ref().map_or_else(|| Msg::Page.text(lang).to_string(), |t| t.get(lang).clone());
            (title, marked(markup::lines(page.body.get(lang)), app.terms.marks(), app.terms.marked()))
        }
        Step::Exercise(_) => (Msg::Exercise.text(lang).to_string(), exercise::lines(app)),
    };
    let mut block = Block::bordered().title(format!(" {position} · {title} "));
    let inner = block.inner(area);
    // Wrapped one source line at a time, to know where each term falls.
    let rows: Vec<Vec<Line<'static>>> =
        lines.iter().map(|l| wrap(std::slice::from_ref(l), inner.width)).collect();
    let total = u16::try_from(rows.iter().map(Vec::len).sum::<usize>()).unwrap_or(u16::MAX);
    let max_scroll = total.saturating_sub(inner.height);
    let scroll = app.scroll.min(max_scroll);
    app.max_scroll.set(max_scroll);
    app.page_height.set(inner.height);
    let marks = app.terms.marks();
    if is_page && !marks.is_empty() {
        let sight = usize::from(scroll)..usize::from(scroll) + usize::from(inner.height);
        let first = |rows: &[Vec<Line>], line: usize| rows.iter().take(line).map(Vec::len).sum::<usize>();
        let row_of = |m: &Mark| {
            let prefix = lines.get(m.line).map_or(1, |l| {
                let cut =
                    Wrappable { line: markup::truncated(&l.line, m.range.end), indent: l.indent.clone() };
                wrap(&[cut], inner.width).len()
            });
            first(&rows, m.line) + prefix.saturating_sub(1)
        };
        let start = marks.iter().position(|m| row_of(m) >= sight.start).unwrap_or(marks.len());
        let end =
            marks.iter().rposition(|m| sight.contains(&row_of(m))).map_or(start, |i| (i + 1).max(start));
        app.terms.set_in_sight(start..end);
        block = block.title_bottom(format!(" {} ", Msg::TermsOnPage.fill(lang, &[&marks.len()])));
    }
    let lines: Vec<Line<'static>> = rows.into_iter().flatten().collect();
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

/// The page's lines with its glossary terms underlined, the marked one reversed too.
fn marked(mut lines: Vec<Wrappable>, marks: &[Mark], marked: Option<usize>) -> Vec<Wrappable> {
    for (index, line) in lines.iter_mut().enumerate() {
        let ranges: Vec<(std::ops::Range<usize>, ratatui::style::Style)> = marks
            .iter()
            .enumerate()
            .filter(|(_, m)| m.line == index)
            .map(|(i, m)| (m.range.clone(), if Some(i) == marked { theme::TERM_MARKED } else { theme::TERM }))
            .collect();
        if !ranges.is_empty() {
            line.line = markup::marked(&line.line, &ranges);
        }
    }
    lines
}
