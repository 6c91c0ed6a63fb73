//! The catalogue screen: the query being typed, how it was read (or the mistake in it), the
//! results as they update, and what each part of the query found; or one record, opened,
//! with the words the query found in it and why it matched.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use super::super::theme;
use super::super::wrap::{Wrappable, wrap};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::search::browser::{Browser, LIST_LIMIT, Outcome};
use crate::search::catalog::Record;
use crate::search::highlight::{Highlighter, Part};

pub fn render(browser: &Browser, lang: Lang, area: Rect, buf: &mut Buffer) {
    let forms = if browser.word_forms() { Msg::CatalogueWordFormsOn } else { Msg::CatalogueWordFormsOff };
    let block = Block::bordered()
        .title(format!(" {} ", Msg::CatalogueTitle.text(lang)))
        .title(Line::from(format!(" {} ", forms.text(lang))).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    if let Some(record) = browser.open_record() {
        render_record(browser, record, lang, inner, buf);
        return;
    }
    let clauses = browser.clauses();
    // The explanation gets one line per clause, leaving the list at least half the room or
    // what it needs, whichever is less.
    let room = usize::from(inner.height.saturating_sub(4));
    let list_needs = browser.results().len().clamp(3, room / 2);
    let explain_height = if clauses.len() > 1 {
        u16::try_from((clauses.len() + 1).min(room.saturating_sub(list_needs))).unwrap_or(0)
    } else {
        0
    };
    let [input_area, status_area, count_area, list_area, explain_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(explain_height),
    ])
    .areas(inner);
    Paragraph::new(input_line(browser)).render(input_area, buf);
    render_status(browser, lang, status_area, buf);
    match browser.outcome() {
        Outcome::Found { page, highlighter, .. } => {
            let mut count = Msg::QueryResults.fill(lang, &[&page.total]);
            if page.total > LIST_LIMIT {
                count = format!("{count} {}", Msg::CatalogueShowing.fill(lang, &[&LIST_LIMIT]));
            }
            Paragraph::new(Line::styled(count, theme::TITLE)).render(count_area, buf);
            if page.total == 0 {
                Paragraph::new(Msg::CatalogueNoResults.text(lang))
                    .wrap(Wrap { trim: true })
                    .render(list_area, buf);
            } else {
                render_list(browser, highlighter, list_area, buf);
            }
            let mut lines = vec![Line::styled(Msg::CatalogueClauses.text(lang), theme::DIM)];
            for clause in clauses {
                lines.push(Line::raw(format!(
                    "{:>5}  {}{}",
                    clause.hits,
                    "  ".repeat(clause.depth),
                    clause.text
                )));
            }
            Paragraph::new(lines).render(explain_area, buf);
        }
        Outcome::Empty | Outcome::Mistake(_) => {}
    }
}

/// `> query` with the cursor shown as a reversed cell.
fn input_line(browser: &Browser) -> Line<'static> {
    let input = browser.input();
    let before: String = input.chars().take(browser.cursor()).collect();
    let at: String = input.chars().skip(browser.cursor()).take(1).collect();
    let after: String = input.chars().skip(browser.cursor() + 1).collect();
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

/// Two lines under the query: how it was read, or the mistake marked under it and what to do.
fn render_status(browser: &Browser, lang: Lang, area: Rect, buf: &mut Buffer) {
    let lines = match browser.outcome() {
        Outcome::Empty => vec![Line::styled(Msg::CatalogueHint.text(lang), theme::DIM)],
        Outcome::Mistake(error) => {
            let columns = browser.mistake_columns().unwrap_or(0..1);
            let before: String = browser.input().chars().take(columns.start).collect();
            let pad = 2 + unicode_width::UnicodeWidthStr::width(before.as_str());
            vec![
                Line::from(vec![
                    Span::raw(" ".repeat(pad)),
                    Span::styled("^".repeat(columns.len().max(1)), theme::INCORRECT),
                    Span::raw(" "),
                    Span::styled(error.kind.message(lang), theme::INCORRECT),
                ]),
                Line::styled(format!("  {}", error.kind.help(lang)), theme::DIM),
            ]
        }
        Outcome::Found { query, .. } => {
            vec![Line::styled(Msg::QueryReadAs.fill(lang, &[query]), theme::DIM)]
        }
    };
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(area, buf);
}

/// One line per result, the selected one marked, scrolled so that it shows.
fn render_list(browser: &Browser, highlighter: &Highlighter, area: Rect, buf: &mut Buffer) {
    let results = browser.results();
    let height = usize::from(area.height).max(1);
    let first = browser.selected().saturating_sub(height - 1);
    let lines: Vec<Line> = results
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, record)| {
            let selected = i == browser.selected();
            let mut spans = vec![Span::styled(if selected { "› " } else { "  " }, theme::MARKER)];
            spans.push(Span::raw(format!("{:<4} {} ", record.id, year(record))));
            spans.extend(marked(&record.title, Part::Title, highlighter));
            if let Some(author) = record.authors.first() {
                spans.push(Span::styled(" — ", theme::DIM));
                spans.extend(marked(author, Part::Author, highlighter));
            }
            let line = Line::from(spans);
            if selected { line.style(theme::SELECTED) } else { line }
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// A record opened from the list: its fields, found words marked, and why it matched.
fn render_record(browser: &Browser, record: &Record, lang: Lang, area: Rect, buf: &mut Buffer) {
    let Outcome::Found { highlighter, .. } = browser.outcome() else { return };
    let mut lines: Vec<Wrappable> = Vec::new();
    let mut title = marked(&record.title, Part::Title, highlighter);
    if let Some(subtitle) = &record.subtitle {
        title.push(Span::raw(": "));
        title.extend(marked(subtitle, Part::Title, highlighter));
    }
    let title: Vec<Span> = title.into_iter().map(|s| s.patch_style(theme::TITLE)).collect();
    lines.push(Line::from(title).into());
    lines.push(Line::raw("").into());
    let mut field = |label: Msg, spans: Vec<Span<'static>>| {
        let mut line = vec![Span::styled(format!("{}: ", label.text(lang)), theme::DIM)];
        line.extend(spans);
        lines.push(Wrappable { line: Line::from(line), indent: "    ".into() });
    };
    if !record.authors.is_empty() {
        let mut spans = Vec::new();
        for (i, author) in record.authors.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("; "));
            }
            spans.extend(marked(author, Part::Author, highlighter));
        }
        field(Msg::FieldAuthors, spans);
    }
    field(Msg::FieldYear, vec![Span::raw(year(record))]);
    field(
        Msg::FieldType,
        vec![Span::raw(format!("{} · {}: {}", record.kind, Msg::FieldLanguage.text(lang), record.lang))],
    );
    if let Some(container) = &record.container {
        field(Msg::FieldContainer, vec![Span::raw(container.clone())]);
    }
    if let Some(publisher) = &record.publisher {
        field(Msg::FieldPublisher, vec![Span::raw(publisher.clone())]);
    }
    let mut subjects = Vec::new();
    for (i, id) in record.subjects.iter().enumerate() {
        if i > 0 {
            subjects.push(Span::raw("; "));
        }
        let label = browser.catalog().subject(id).map_or_else(|| id.clone(), |s| s.label.get(lang).clone());
        subjects.extend(marked(&label, Part::Subject, highlighter));
    }
    if !subjects.is_empty() {
        field(Msg::FieldSubjects, subjects);
    }
    if !record.keywords.is_empty() {
        let mut spans = Vec::new();
        for (i, keyword) in record.keywords.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw("; "));
            }
            spans.extend(marked(keyword, Part::Other, highlighter));
        }
        field(Msg::FieldKeywords, spans);
    }
    let identifiers: Vec<String> = record
        .isbn
        .iter()
        .map(|i| format!("ISBN {i}"))
        .chain(record.issn.iter().map(|i| format!("ISSN {i}")))
        .chain(record.doi.iter().map(|d| format!("https://doi.org/{d}")))
        .chain(record.url.iter().cloned())
        .collect();
    if !identifiers.is_empty() {
        field(Msg::FieldIdentifiers, vec![Span::raw(identifiers.join(" · "))]);
    }
    if let Some(call_number) = &record.call_number {
        field(Msg::FieldCallNumber, vec![Span::raw(call_number.clone())]);
    }
    if let Some(summary) = &record.summary {
        field(Msg::FieldAbstract, marked(summary.get(lang), Part::Other, highlighter));
    }
    lines.push(Line::raw("").into());
    lines.push(Line::styled(Msg::CatalogueWhy.text(lang), theme::DIM).into());
    for (clause, meets) in browser.why_open() {
        let (mark, style, word) = if meets {
            ("✓", theme::CORRECT, Msg::CatalogueMeets)
        } else {
            ("✗", theme::INCORRECT, Msg::CatalogueFails)
        };
        lines.push(
            Line::from(vec![
                Span::raw(format!("  {}", "  ".repeat(clause.depth))),
                Span::styled(format!("{mark} "), style),
                Span::raw(clause.text),
                Span::styled(
                    format!("  ({}; {})", word.text(lang), Msg::CatalogueFound.fill(lang, &[&clause.hits])),
                    theme::DIM,
                ),
            ])
            .into(),
        );
    }
    Paragraph::new(wrap(&lines, area.width)).render(area, buf);
}

/// `text` as spans, the words the query found in bold and underlined.
fn marked(text: &str, part: Part, highlighter: &Highlighter) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for span in highlighter.spans(text, part) {
        if span.start > at {
            spans.push(Span::raw(text[at..span.start].to_string()));
        }
        spans.push(Span::styled(text[span.clone()].to_string(), theme::FOUND));
        at = span.end;
    }
    if at < text.len() {
        spans.push(Span::raw(text[at..].to_string()));
    }
    spans
}

fn year(record: &Record) -> String {
    record.year.map_or_else(|| "----".to_string(), |y| y.to_string())
}
