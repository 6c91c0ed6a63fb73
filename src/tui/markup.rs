//! Lesson rich text ([`Doc`]) → ratatui lines. The text was sanitised when the course was
//! loaded; this only maps styles.

use std::ops::Range;

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::theme;
use super::wrap::Wrappable;
use crate::text::{self, Doc, LineKind, SpanStyle};

/// The lines of a document, styled for the terminal, with their hanging indents.
#[must_use]
pub fn lines(doc: &Doc) -> Vec<Wrappable> {
    doc.lines.iter().map(|l| Wrappable { line: line(l), indent: l.indent.clone() }).collect()
}

/// `line` with the byte ranges of its text (its spans joined) patched with their styles: the
/// glossary terms on a page. Ranges are in order and do not overlap.
#[must_use]
pub fn marked(line: &Line<'static>, ranges: &[(Range<usize>, Style)]) -> Line<'static> {
    let mut spans = Vec::new();
    let mut at = 0;
    for span in &line.spans {
        let text = span.content.as_ref();
        let end = at + text.len();
        let mut cut = 0;
        for (range, style) in ranges.iter().filter(|(r, _)| r.start < end && at < r.end) {
            let start = range.start.saturating_sub(at).max(cut);
            let stop = (range.end - at).min(text.len());
            if !text.is_char_boundary(start) || !text.is_char_boundary(stop) || start >= stop {
                continue;
            }
            if start > cut {
                spans.push(Span::styled(text[cut..start].to_string(), span.style));
            }
            spans.push(Span::styled(text[start..stop].to_string(), span.style.patch(*style)));
            cut = stop;
        }
        if cut < text.len() {
            spans.push(Span::styled(text[cut..].to_string(), span.style));
        }
        at = end;
    }
    Line::from(spans).style(line.style)
}

/// The first `len` bytes of `line`'s text, styles kept: where a term ends, to know on which
/// wrapped row it falls.
#[must_use]
pub fn truncated(line: &Line<'static>, len: usize) -> Line<'static> {
    let mut spans = Vec::new();
    let mut left = len;
    for span in &line.spans {
        if left == 0 {
            break;
        }
        let text = span.content.as_ref();
        let mut take = left.min(text.len());
        while !text.is_char_boundary(take) {
            take -= 1;
        }
        spans.push(Span::styled(text[..take].to_string(), span.style));
        if take < text.len() {
            break;
        }
        left -= take;
    }
    Line::from(spans).style(line.style)
}

fn line(line: &text::Line) -> Line<'static> {
    let base = match line.kind {
        LineKind::Heading(1) => theme::HEADING.add_modifier(Modifier::UNDERLINED),
        LineKind::Heading(_) => theme::HEADING,
        LineKind::Code => theme::CODE,
        LineKind::Rule => theme::MARKER,
        LineKind::Text | LineKind::Table | LineKind::Blank => Style::new(),
    };
    Line::from(
        line.spans
            .iter()
            .map(|s| Span::styled(s.text.clone(), base.patch(style(s.style))))
            .collect::<Vec<_>>(),
    )
}

fn style(flags: SpanStyle) -> Style {
    let mut style = Style::new();
    if flags.bold {
        style = style.add_modifier(Modifier::BOLD);
    }
    if flags.italic {
        style = style.add_modifier(Modifier::ITALIC);
    }
    if flags.strikethrough {
        style = style.add_modifier(Modifier::CROSSED_OUT);
    }
    if flags.code {
        style = style.patch(theme::CODE);
    }
    if flags.link {
        style = style.patch(theme::LINK);
    }
    if flags.url {
        style = style.patch(theme::URL);
    }
    if flags.marker {
        style = style.patch(theme::MARKER);
    }
    style
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::render_markdown;

    #[test]
    fn maps_emphasis_and_keeps_text() {
        let lines: Vec<Line> =
            lines(&render_markdown("Pakai **AND** dan `OR`.")).into_iter().map(|w| w.line).collect();
        assert_eq!(lines[0].to_string(), "Pakai AND dan OR.");
        assert!(lines[0].spans[1].style.add_modifier.contains(Modifier::BOLD));
        assert_eq!(lines[0].spans[3].style.fg, theme::CODE.fg);
    }

    #[test]
    fn marks_ranges_across_spans_and_truncates() {
        let line = lines(&render_markdown("Pakai **hak** cipta dan lisensi.")).remove(0).line;
        let marked = marked(&line, &[(6..15, theme::TERM)]);
        assert_eq!(marked.to_string(), line.to_string());
        let underlined: String = marked
            .spans
            .iter()
            .filter(|s| s.style.add_modifier.contains(Modifier::UNDERLINED))
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(underlined, "hak cipta");
        assert!(
            marked.spans.iter().any(|s| s.content == "hak" && s.style.add_modifier.contains(Modifier::BOLD))
        );
        assert_eq!(truncated(&line, 15).to_string(), "Pakai hak cipta");
    }
}
