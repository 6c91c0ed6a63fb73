//! The problems panel of a preview: the diagnostics of the last save, under the lesson, in the
//! same `path:line:col` form `infolit check` prints, so an author can jump to each in their
//! editor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::theme;
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::Msg;
use crate::lang::Lang;

/// The panel takes at most this share of the body, so the lesson stays readable.
const MAX_SHARE: u16 = 2;

/// The body split into the screen above and the panel below: as tall as the problems need
/// (with the border and the summary line), at most half the body.
pub fn split(body: Rect, problems: &[Diagnostic]) -> [Rect; 2] {
    // The border, up to two lines of summary, the diagnostics.
    let needed = u16::try_from(lines(problems).len()).unwrap_or(u16::MAX).saturating_add(3);
    let height = needed.min(body.height / MAX_SHARE).max(4.min(body.height));
    Layout::vertical([Constraint::Min(1), Constraint::Length(height)]).areas(body)
}

pub fn render(problems: &[Diagnostic], lang: Lang, area: Rect, buf: &mut Buffer) {
    let errors = problems.iter().filter(|d| d.is_error()).count();
    let warnings = problems.len() - errors;
    let (summary, style) = if errors > 0 {
        (Msg::PreviewBroken.fill(lang, &[&errors, &warnings]), theme::INCORRECT)
    } else {
        (Msg::PreviewWarnings.fill(lang, &[&warnings]), theme::NOTICE)
    };
    let block = Block::new().borders(Borders::TOP).border_style(style);
    let inner = block.inner(area);
    block.render(area, buf);
    // The summary wraps (it is prose); the diagnostics are cut instead, so carets stay under
    // the text they point at.
    let summary_height = if summary.chars().count() > usize::from(inner.width) { 2 } else { 1 };
    let [summary_area, list_area] =
        Layout::vertical([Constraint::Length(summary_height), Constraint::Min(0)]).areas(inner);
    Paragraph::new(Line::styled(summary, style)).wrap(Wrap { trim: true }).render(summary_area, buf);
    let shown: Vec<Line> = lines(problems)
        .into_iter()
        .map(
            |(text, is_heading)| {
                if is_heading { Line::styled(text, theme::TITLE) } else { Line::styled(text, theme::DIM) }
            },
        )
        .collect();
    Paragraph::new(shown).render(list_area, buf);
}

/// Every diagnostic as `check` renders it, line by line; the first line of each is its
/// heading (`path:line:col: error: message`).
fn lines(problems: &[Diagnostic]) -> Vec<(String, bool)> {
    problems
        .iter()
        .flat_map(|d| {
            diagnostic::render(d)
                .lines()
                .enumerate()
                .map(|(i, line)| (line.to_string(), i == 0))
                .collect::<Vec<_>>()
        })
        .collect()
}
