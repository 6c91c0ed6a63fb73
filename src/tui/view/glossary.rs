//! The glossary screen: the terms in the learner's language with the other language beside
//! them, filtered by what is typed; or one term with both names, its definition, and its
//! links (related terms, the lessons that teach it), the selected link kept in sight.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::super::state::glossary::{GlossaryState, Link, links};
use super::super::wrap::{Wrappable, wrap};
use super::super::{markup, theme};
use super::ask::input_line;
use crate::content::Course;
use crate::glossary::Term;
use crate::i18n::Msg;
use crate::lang::Lang;

pub fn render(state: &GlossaryState, course: &Course, lang: Lang, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(format!(" {} ", Msg::GlossaryTitle.text(lang)));
    let inner = block.inner(area);
    block.render(area, buf);
    let terms = &course.glossary;
    match state.open().and_then(|id| terms.iter().find(|t| t.id == id)) {
        Some(term) => render_term(state, term, course, lang, inner, buf),
        None => render_list(state, terms, lang, inner, buf),
    }
}

fn render_list(state: &GlossaryState, terms: &[Term], lang: Lang, area: Rect, buf: &mut Buffer) {
    if terms.is_empty() {
        Paragraph::new(Msg::GlossaryEmpty.text(lang)).wrap(Wrap { trim: true }).render(area, buf);
        return;
    }
    let [input_area, status_area, list_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let filter = state.filter();
    Paragraph::new(input_line(filter, filter.chars().count())).render(input_area, buf);
    let listed = state.listed(terms, lang);
    let status = if listed.is_empty() {
        Line::raw(Msg::GlossaryNoMatch.fill(lang, &[&filter]))
    } else {
        Line::styled(Msg::GlossaryFilter.text(lang), theme::DIM)
    };
    Paragraph::new(status).render(status_area, buf);
    let height = usize::from(list_area.height).max(1);
    let first = state.selected().saturating_sub(height - 1);
    let rows: Vec<Line> = listed
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, term)| {
            let selected = i == state.selected();
            let mut spans = vec![Span::styled(if selected { "› " } else { "  " }, theme::MARKER)];
            spans.extend(names(term, lang));
            let line = Line::from(spans);
            if selected { line.style(theme::SELECTED) } else { line }
        })
        .collect();
    Paragraph::new(rows).render(list_area, buf);
}

/// "katalog daring — online catalogue": the name in `lang`, then the other language's if the
/// author wrote a different one.
fn names(term: &Term, lang: Lang) -> Vec<Span<'static>> {
    let own = term.term.get(lang).clone();
    let other = term.term.get(lang.other());
    let mut spans = vec![Span::raw(own.clone())];
    if term.term.has(lang.other()) && *other != own {
        spans.push(Span::styled(format!(" — {other}"), theme::DIM));
    }
    spans
}

fn render_term(
    state: &GlossaryState,
    term: &Term,
    course: &Course,
    lang: Lang,
    area: Rect,
    buf: &mut Buffer,
) {
    // The names stay on top while the rest scrolls to the selected link.
    let title: Vec<Span> = names(term, lang).into_iter().map(|s| s.patch_style(theme::TITLE)).collect();
    let title = wrap(&[Line::from(title).into()], area.width);
    let title_height = u16::try_from(title.len()).unwrap_or(1).min(area.height / 2);
    let [title_area, area] =
        Layout::vertical([Constraint::Length(title_height), Constraint::Min(0)]).areas(area);
    Paragraph::new(title).render(title_area, buf);
    // Each item with whether it is the selected link, to scroll it into sight.
    let mut items: Vec<(Wrappable, bool)> = Vec::new();
    let aliases: Vec<&str> =
        Lang::ALL.iter().flat_map(|&l| term.aliases.get(l).iter().map(String::as_str)).collect();
    let mut aliases_shown: Vec<&str> = Vec::new();
    for alias in aliases {
        if !aliases_shown.contains(&alias) {
            aliases_shown.push(alias);
        }
    }
    if !aliases_shown.is_empty() {
        items.push((field(Msg::GlossaryAlsoCalled, &aliases_shown.join(", "), lang), false));
    }
    items.push((Line::raw("").into(), false));
    for line in markup::lines(term.definition.get(lang)) {
        items.push((line, false));
    }
    let links = links(term);
    let mut heading = None;
    for (i, link) in links.iter().enumerate() {
        let (label, text) = match link {
            Link::See(id) => (
                Msg::GlossarySeeAlso,
                course.glossary.iter().find(|t| t.id == *id).map_or_else(
                    || id.clone(),
                    |t| names(t, lang).iter().map(|s| s.content.as_ref()).collect::<String>(),
                ),
            ),
            Link::Lesson(lesson) => (Msg::GlossaryTaughtIn, lesson_title(course, lesson, lang)),
        };
        if heading != Some(label) {
            items.push((Line::raw("").into(), false));
            items.push((Line::styled(format!("{}:", label.text(lang)), theme::DIM).into(), false));
            heading = Some(label);
        }
        let selected = i == state.link();
        let line = Line::from(vec![
            Span::styled(if selected { "› " } else { "  " }, theme::MARKER),
            Span::styled(text, theme::LINK),
        ]);
        let line = if selected { line.style(theme::SELECTED) } else { line };
        items.push((Wrappable { line, indent: "  ".into() }, selected));
    }
    if let Some(source) = &term.source {
        items.push((Line::raw("").into(), false));
        items.push((field(Msg::GlossarySource, source, lang), false));
    }
    let mut rows: Vec<Line<'static>> = Vec::new();
    let mut selected_end = 0;
    for (item, selected) in &items {
        rows.extend(wrap(std::slice::from_ref(item), area.width));
        if *selected {
            selected_end = rows.len();
        }
    }
    let scroll = u16::try_from(selected_end.saturating_sub(usize::from(area.height))).unwrap_or(0);
    Paragraph::new(rows).scroll((scroll, 0)).render(area, buf);
}

fn field(label: Msg, text: &str, lang: Lang) -> Wrappable {
    Wrappable {
        line: Line::from(vec![
            Span::styled(format!("{}: ", label.text(lang)), theme::DIM),
            Span::raw(text.to_string()),
        ]),
        indent: "    ".into(),
    }
}

/// "Workshop › Lesson", or the lesson's reference if the course lost it.
fn lesson_title(course: &Course, lesson: &crate::glossary::LessonRef, lang: Lang) -> String {
    course
        .workshops
        .iter()
        .find(|w| w.id == lesson.workshop)
        .and_then(|w| {
            let l = w.lessons.iter().find(|l| l.id == lesson.lesson)?;
            Some(format!("{} › {}", w.title.get(lang), l.title.get(lang)))
        })
        .unwrap_or_else(|| lesson.to_string())
}
