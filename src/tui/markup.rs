//! Lesson rich text ([`Doc`]) → ratatui lines. The text was sanitised when the course was
//! loaded; this only maps styles.

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
}
