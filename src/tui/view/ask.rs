//! The ask screen: the question, then the answers, each with its heading, where in the course
//! it is, and the sentence that best answers, the selected one kept in sight.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::super::state::ask::{Asker, Found};
use super::super::theme;
use super::super::wrap::{Wrappable, wrap};
use crate::ask::PassageKind;
use crate::content::Course;
use crate::i18n::Msg;
use crate::lang::Lang;

pub fn render(asker: &Asker, course: &Course, lang: Lang, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(format!(" {} ", Msg::AskTitle.text(lang)));
    let inner = block.inner(area);
    block.render(area, buf);
    let [input_area, status_area, list_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    Paragraph::new(input_line(asker.input(), asker.cursor())).render(input_area, buf);
    let status = match asker.asked() {
        None => Line::styled(Msg::AskHint.text(lang), theme::DIM),
        Some(_) if asker.results().is_empty() => Line::raw(Msg::AskNothing.text(lang)),
        Some(question) => {
            Line::styled(Msg::AskAnswers.fill(lang, &[&asker.results().len(), &question]), theme::TITLE)
        }
    };
    Paragraph::new(status).wrap(Wrap { trim: true }).render(status_area, buf);
    render_list(asker, course, lang, list_area, buf);
}

/// `> question` with the cursor shown as a reversed cell.
pub fn input_line(input: &str, cursor: usize) -> Line<'static> {
    let before: String = input.chars().take(cursor).collect();
    let at: String = input.chars().skip(cursor).take(1).collect();
    let after: String = input.chars().skip(cursor + 1).collect();
    Line::from(vec![
        Span::styled("> ", theme::MARKER),
        Span::styled(before, theme::INPUT),
        Span::styled(
            if at.is_empty() { " ".to_string() } else { at },
            theme::INPUT.add_modifier(Modifier::REVERSED),
        ),
        Span::styled(after, theme::INPUT),
    ])
}

/// Each answer as a few rows; scrolled so that the selected one shows whole if it can.
fn render_list(asker: &Asker, course: &Course, lang: Lang, area: Rect, buf: &mut Buffer) {
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut selected_rows = 0..0;
    for (i, found) in asker.results().iter().enumerate() {
        let selected = i == asker.selected();
        let start = rows.len();
        let heading = Line::from(vec![
            Span::styled(if selected { "› " } else { "  " }, theme::MARKER),
            Span::styled(found.passage.heading.clone(), theme::TITLE),
        ]);
        let heading = if selected { heading.style(theme::SELECTED) } else { heading };
        let items = [
            Wrappable { line: heading, indent: "  ".into() },
            Wrappable {
                line: Line::styled(format!("  {}", place(found, course, lang)), theme::DIM),
                indent: "  ".into(),
            },
            Wrappable { line: Line::raw(format!("  {}", found.snippet)), indent: "  ".into() },
        ];
        rows.extend(wrap(&items, area.width));
        if selected {
            selected_rows = start..rows.len();
        }
    }
    let height = usize::from(area.height);
    let first = selected_rows.end.saturating_sub(height).min(selected_rows.start);
    let scroll = u16::try_from(first).unwrap_or(0);
    Paragraph::new(rows).scroll((scroll, 0)).render(area, buf);
}

/// "Workshop › Lesson, step N", or "Glossary" for a definition.
fn place(found: &Found, course: &Course, lang: Lang) -> String {
    let passage = &found.passage;
    if passage.kind == PassageKind::Glossary || passage.term.is_some() {
        return Msg::GlossaryTitle.text(lang).to_string();
    }
    let Some(place) = &passage.place else { return String::new() };
    let workshop = course.workshops.iter().find(|w| w.id == place.workshop);
    let lesson = workshop.and_then(|w| w.lessons.iter().find(|l| l.id == place.lesson));
    let what = match passage.kind {
        PassageKind::Explanation => Msg::AskFromExplanation,
        PassageKind::Page | PassageKind::Glossary => Msg::AskFromPage,
    };
    match (workshop, lesson) {
        (Some(w), Some(l)) => {
            format!(
                "{} › {}, {}",
                w.title.get(lang),
                l.title.get(lang),
                what.fill(lang, &[&(place.step + 1)])
            )
        }
        _ => what.fill(lang, &[&(place.step + 1)]),
    }
}
