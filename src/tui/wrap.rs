//! Word wrapping with hanging indents. ratatui's `Paragraph` wraps, but continuation lines
//! start at the left edge; lesson text needs them to stay inside their quote bar or list
//! item. Wrapping here also gives the exact number of lines for scrolling.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::theme;

/// A line to wrap, with the prefix its continuation lines start with.
#[derive(Debug, Clone)]
pub struct Wrappable {
    pub line: Line<'static>,
    pub indent: String,
}

impl From<Line<'static>> for Wrappable {
    fn from(line: Line<'static>) -> Self {
        Wrappable { line, indent: String::new() }
    }
}

/// Wraps every line to `width` columns at spaces; a word longer than a line is cut.
#[must_use]
pub fn wrap(items: &[Wrappable], width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for item in items {
        if item.line.width() <= width {
            out.push(item.line.clone());
            continue;
        }
        // A hanging indent that takes more than half the line is dropped.
        let indent =
            if UnicodeWidthStr::width(item.indent.as_str()) * 2 <= width { item.indent.as_str() } else { "" };
        let mut builder = LineBuilder::new(width, indent, item.line.style, &mut out);
        for word in words(&item.line) {
            builder.push_word(&word);
        }
        builder.finish();
    }
    out
}

/// A word with its trailing spaces, as styled fragments: `(*laut*).` is one word of three
/// fragments, and must not be broken between them.
type Word = Vec<(String, Style)>;

fn words(line: &Line<'_>) -> Vec<Word> {
    let mut words = Vec::new();
    let mut current: Word = Vec::new();
    for span in &line.spans {
        for piece in span.content.split_inclusive(' ') {
            current.push((piece.to_string(), span.style));
            if piece.ends_with(' ') {
                words.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

struct LineBuilder<'a> {
    width: usize,
    indent: &'a str,
    out: &'a mut Vec<Line<'static>>,
    spans: Vec<Span<'static>>,
    used: usize,
    style: Style,
    /// Whether anything but the indent is on the current line.
    has_content: bool,
    is_continuation: bool,
}

impl LineBuilder<'_> {
    fn new<'a>(
        width: usize,
        indent: &'a str,
        style: Style,
        out: &'a mut Vec<Line<'static>>,
    ) -> LineBuilder<'a> {
        LineBuilder {
            width,
            indent,
            out,
            spans: Vec::new(),
            used: 0,
            style,
            has_content: false,
            is_continuation: false,
        }
    }

    fn push_word(&mut self, word: &Word) {
        let text: String = word.iter().map(|(t, _)| t.as_str()).collect();
        let visible = UnicodeWidthStr::width(text.trim_end_matches(' '));
        if self.has_content && self.used + visible > self.width {
            self.break_line();
        }
        if self.is_continuation && !self.has_content && text.trim().is_empty() {
            return; // no spaces at the start of a continuation line
        }
        if self.used + visible <= self.width {
            for (fragment, style) in word {
                self.append(fragment, *style, UnicodeWidthStr::width(fragment.as_str()));
            }
            return;
        }
        // Longer than a whole line: cut it character by character.
        for (fragment, style) in word {
            for c in fragment.chars() {
                let text = c.to_string();
                let w = UnicodeWidthStr::width(text.as_str());
                if self.has_content && self.used + w > self.width {
                    self.break_line();
                }
                if !(self.is_continuation && !self.has_content && c == ' ') {
                    self.append(&text, *style, w);
                }
            }
        }
    }

    fn append(&mut self, text: &str, style: Style, width: usize) {
        match self.spans.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push_str(text),
            _ => self.spans.push(Span::styled(text.to_string(), style)),
        }
        self.used += width;
        self.has_content = true;
    }

    fn emit(&mut self) {
        if let Some(last) = self.spans.last_mut() {
            let trimmed = last.content.trim_end_matches(' ').to_string();
            last.content = trimmed.into();
        }
        let spans = std::mem::take(&mut self.spans);
        self.out.push(Line::from(spans).style(self.style));
    }

    fn break_line(&mut self) {
        self.emit();
        self.used = 0;
        self.has_content = false;
        self.is_continuation = true;
        if !self.indent.is_empty() {
            self.spans.push(Span::styled(self.indent.to_string(), theme::MARKER));
            self.used = UnicodeWidthStr::width(self.indent);
        }
    }

    fn finish(mut self) {
        if self.has_content {
            self.emit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn wraps_at_spaces_with_a_hanging_indent() {
        let item = Wrappable { line: Line::from("│ satu dua tiga empat lima"), indent: "│ ".into() };
        assert_eq!(texts(&wrap(&[item], 12)), ["│ satu dua", "│ tiga empat", "│ lima"]);
    }

    #[test]
    fn short_lines_are_untouched_and_long_words_are_cut() {
        let short = Wrappable::from(Line::from("pendek"));
        let long = Wrappable::from(Line::from("https://example.org/very/long/path"));
        assert_eq!(
            texts(&wrap(&[short, long], 10)),
            ["pendek", "https://ex", "ample.org/", "very/long/", "path"]
        );
    }

    #[test]
    fn a_word_made_of_several_styles_stays_whole() {
        let line =
            Line::from(vec![Span::raw("in the sea ("), Span::styled("laut", theme::CODE), Span::raw(").")]);
        assert_eq!(texts(&wrap(&[Wrappable::from(line)], 14)), ["in the sea", "(laut)."]);
    }

    #[test]
    fn keeps_styles_across_a_break() {
        let line = Line::from(vec![Span::raw("aa "), Span::styled("bb cc", theme::CODE)]);
        let lines = wrap(&[Wrappable::from(line)], 5);
        assert_eq!(texts(&lines), ["aa bb", "cc"]);
        assert_eq!(lines[1].spans[0].style, theme::CODE);
    }

    proptest::proptest! {
        #[test]
        fn no_wrapped_line_is_wider_than_the_width(text in "[a-z ]{0,200}", width in 4u16..80) {
            let item = Wrappable { line: Line::from(text.clone()), indent: "  ".into() };
            for line in wrap(&[item], width) {
                proptest::prop_assert!(line.width() <= usize::from(width), "{line:?}");
            }
        }
    }
}
