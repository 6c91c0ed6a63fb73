//! Markdown lesson text → backend-free rich text ([`Doc`]).
//!
//! Both front ends draw the same `Doc`: the TUI maps [`SpanStyle`] to terminal styles, plain
//! mode prints the text. Meaning never rides on style alone: list markers, quote bars, link
//! URLs and table rules are characters in the text, so a screen reader or a monochrome
//! terminal loses nothing.

use pulldown_cmark::{Alignment, CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

use super::sanitize;

/// A rendered Markdown text: a list of lines, ready to wrap.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
}

/// One line of a [`Doc`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub spans: Vec<Span>,
    /// What starts the line's continuation when a front end wraps it: quote bars, or blanks
    /// as wide as a list marker, so wrapped text stays inside its quote or list item.
    pub indent: String,
}

/// What a line is, for styling the whole line (headings) and for plain-mode layout.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LineKind {
    #[default]
    Text,
    /// A heading, level 1–6.
    Heading(u8),
    /// A line of a fenced or indented code block.
    Code,
    /// A horizontal rule or a table's separator row.
    Rule,
    /// A line of a table (header or body).
    Table,
    Blank,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: SpanStyle,
}

/// Style flags of a span; the TUI maps them to terminal attributes.
#[allow(clippy::struct_excessive_bools)] // independent flags, as in Markdown itself
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanStyle {
    pub bold: bool,
    pub italic: bool,
    pub strikethrough: bool,
    pub code: bool,
    /// The label of a link (its URL follows in its own span with `url` set).
    pub link: bool,
    pub url: bool,
    /// Structure drawn as text: list bullets, quote bars, table rules.
    pub marker: bool,
}

impl Line {
    /// The line's text without styles.
    #[must_use]
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

impl Line {
    /// The line's text with inline code marked by backticks, for output without styles
    /// (plain mode), where a query inside a sentence must still stand out.
    #[must_use]
    pub fn marked_text(&self) -> String {
        self.spans
            .iter()
            .map(|s| {
                if s.style.code && self.kind != LineKind::Code {
                    format!("`{}`", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }
}

impl Doc {
    /// The whole text without styles, one `\n` per line; what plain mode prints.
    #[must_use]
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&line.text());
        }
        out
    }

    /// The first line with text, used as a title where an author gave none.
    #[must_use]
    pub fn first_text_line(&self) -> String {
        self.lines.iter().map(Line::text).find(|t| !t.trim().is_empty()).unwrap_or_default()
    }
}

/// Renders Markdown (`CommonMark` with GFM tables, strikethrough and task lists) into a [`Doc`].
/// Total: any input gives a `Doc`, and no control character survives into it.
#[must_use]
pub fn render_markdown(markdown: &str) -> Doc {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut renderer = Renderer::default();
    for event in Parser::new_ext(markdown, options) {
        renderer.event(event);
    }
    renderer.finish()
}

/// Tables wider than this (a 80-column terminal less a frame) are laid out one row per block.
const MAX_TABLE_WIDTH: usize = 76;

/// A list being rendered: the next number for ordered lists.
#[derive(Debug)]
struct ListState {
    next_number: Option<u64>,
}

/// A container that prefixes each of its lines.
#[derive(Debug)]
enum Container {
    Quote,
    /// A list item: the marker for its first line, then blanks of the same width.
    Item {
        marker: String,
        first_line_done: bool,
    },
}

#[derive(Debug, Default)]
struct Table {
    alignments: Vec<Alignment>,
    rows: Vec<Vec<String>>,
    header_rows: usize,
    cell: String,
    in_head: bool,
}

#[derive(Debug, Default)]
struct Renderer {
    lines: Vec<Line>,
    current: Vec<Span>,
    current_kind: LineKind,
    style: SpanStyle,
    containers: Vec<Container>,
    lists: Vec<ListState>,
    links: Vec<String>,
    table: Option<Table>,
    in_code_block: bool,
    /// A blank line is owed before the next block.
    pending_blank: bool,
}

impl Renderer {
    fn event(&mut self, event: Event<'_>) {
        if let Some(table) = &mut self.table {
            match event {
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    table.cell.push_str(&sanitize(&t).replace('\n', " "));
                    return;
                }
                Event::SoftBreak | Event::HardBreak => {
                    table.cell.push(' ');
                    return;
                }
                _ => {}
            }
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) => {
                let style = SpanStyle { code: true, ..self.style };
                self.push_span(&sanitize(&code), style);
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::SoftBreak => self.push_span(" ", self.style),
            Event::HardBreak => self.flush_line(),
            Event::Rule => {
                self.block_start();
                self.current_kind = LineKind::Rule;
                self.push_span(&"─".repeat(40), SpanStyle { marker: true, ..SpanStyle::default() });
                self.flush_line();
                self.pending_blank = true;
            }
            Event::TaskListMarker(done) => {
                let mark = if done { "[x] " } else { "[ ] " };
                self.push_span(mark, SpanStyle { marker: true, ..SpanStyle::default() });
            }
            Event::FootnoteReference(name) => {
                self.push_span(&format!("[{}]", sanitize(&name)), self.style);
            }
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.block_start(),
            Tag::Heading { level, .. } => {
                self.block_start();
                self.current_kind = LineKind::Heading(heading_level(level));
                self.style.bold = true;
            }
            Tag::BlockQuote(_) => {
                self.block_start();
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(kind) => {
                self.block_start();
                self.in_code_block = true;
                if let CodeBlockKind::Fenced(_) = kind {
                    // The info string (a language name) is not shown: lessons have no use for it.
                }
            }
            Tag::List(start) => {
                if self.lists.is_empty() {
                    self.block_start();
                } else {
                    self.flush_line();
                }
                self.lists.push(ListState { next_number: start });
            }
            Tag::Item => {
                self.flush_line();
                let marker = match self.lists.last_mut() {
                    Some(ListState { next_number: Some(n) }) => {
                        let marker = format!("{n}. ");
                        *n += 1;
                        marker
                    }
                    _ => "- ".to_string(),
                };
                self.containers.push(Container::Item { marker, first_line_done: false });
            }
            Tag::Emphasis => self.style.italic = true,
            Tag::Strong => self.style.bold = true,
            Tag::Strikethrough => self.style.strikethrough = true,
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push(sanitize(&dest_url));
                self.style.link = true;
            }
            Tag::Table(alignments) => {
                self.block_start();
                self.table = Some(Table { alignments, ..Table::default() });
            }
            Tag::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = true;
                    table.rows.push(Vec::new());
                }
            }
            Tag::TableRow => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(table) = &mut self.table {
                    table.cell.clear();
                }
            }
            Tag::FootnoteDefinition(name) => {
                self.block_start();
                self.push_span(
                    &format!("[{}] ", sanitize(&name)),
                    SpanStyle { marker: true, ..SpanStyle::default() },
                );
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::FootnoteDefinition => {
                self.flush_line();
                self.pending_blank = true;
            }
            TagEnd::Heading(_) => {
                self.style.bold = false;
                self.flush_line();
                self.pending_blank = true;
            }
            TagEnd::BlockQuote(_) => {
                self.flush_line();
                self.containers.pop();
                self.pending_blank = true;
            }
            TagEnd::CodeBlock => {
                self.in_code_block = false;
                self.pending_blank = true;
            }
            TagEnd::List(_) => {
                self.flush_line();
                self.lists.pop();
                self.pending_blank = true;
            }
            TagEnd::Item => {
                self.flush_line();
                self.containers.pop();
                // Items of a tight list follow each other without blank lines.
                self.pending_blank = false;
            }
            TagEnd::Emphasis => self.style.italic = false,
            TagEnd::Strong => self.style.bold = false,
            TagEnd::Strikethrough => self.style.strikethrough = false,
            TagEnd::Link | TagEnd::Image => {
                self.style.link = false;
                if let Some(url) = self.links.pop() {
                    let label: String = self
                        .current
                        .iter()
                        .rev()
                        .take_while(|s| s.style.link || s.style.url)
                        .map(|s| s.text.as_str())
                        .collect();
                    let shown_label_is_url = !url.is_empty() && label.trim() == url;
                    if !url.is_empty() && !shown_label_is_url {
                        self.push_span(" (", self.style);
                        self.push_span(&url, SpanStyle { url: true, ..self.style });
                        self.push_span(")", self.style);
                    }
                }
            }
            TagEnd::TableCell => {
                if let Some(table) = &mut self.table {
                    let cell = table.cell.trim().to_string();
                    if let Some(row) = table.rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.in_head = false;
                    table.header_rows = table.rows.len();
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.emit_table(&table);
                }
                self.pending_blank = true;
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        let text = sanitize(text);
        if self.in_code_block {
            for line in text.split_inclusive('\n') {
                let content = line.strip_suffix('\n').unwrap_or(line);
                self.current_kind = LineKind::Code;
                self.push_span(&format!("    {content}"), SpanStyle { code: true, ..SpanStyle::default() });
                if line.ends_with('\n') {
                    self.flush_line();
                }
            }
            return;
        }
        let mut parts = text.split('\n').peekable();
        while let Some(part) = parts.next() {
            self.push_span(part, self.style);
            if parts.peek().is_some() {
                self.flush_line();
            }
        }
    }

    /// Starts a block: owes a blank line after a previous block.
    fn block_start(&mut self) {
        self.flush_line();
        if self.pending_blank && !self.lines.is_empty() {
            let prefix = self.prefix(false);
            self.lines.push(Line { kind: LineKind::Blank, spans: prefix, indent: String::new() });
        }
        self.pending_blank = false;
    }

    fn push_span(&mut self, text: &str, style: SpanStyle) {
        if text.is_empty() {
            return;
        }
        if self.current.is_empty() {
            self.current = self.prefix(true);
        }
        match self.current.last_mut() {
            Some(last) if last.style == style && !style.marker => last.text.push_str(text),
            _ => self.current.push(Span { text: text.to_string(), style }),
        }
    }

    /// The markers that start a line inside the open containers; `consume` marks list items'
    /// first lines as done so later lines get blanks instead of the marker.
    fn prefix(&mut self, consume: bool) -> Vec<Span> {
        let marker = SpanStyle { marker: true, ..SpanStyle::default() };
        let mut text = String::new();
        for container in &mut self.containers {
            match container {
                Container::Quote => text.push_str("│ "),
                Container::Item { marker, first_line_done } => {
                    if *first_line_done {
                        text.push_str(&" ".repeat(UnicodeWidthStr::width(marker.as_str())));
                    } else {
                        text.push_str(marker);
                        if consume {
                            *first_line_done = true;
                        }
                    }
                }
            }
        }
        if text.is_empty() { Vec::new() } else { vec![Span { text, style: marker }] }
    }

    fn flush_line(&mut self) {
        if self.current.is_empty() {
            self.current_kind = LineKind::Text;
            return;
        }
        let spans = std::mem::take(&mut self.current);
        let mut indent = self.continuation();
        if self.current_kind == LineKind::Code {
            indent.push_str("    ");
        }
        self.lines.push(Line { kind: self.current_kind, spans, indent });
        self.current_kind = LineKind::Text;
    }

    fn emit_table(&mut self, table: &Table) {
        let columns = table.rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut widths = vec![0usize; columns];
        for row in &table.rows {
            for (i, cell) in row.iter().enumerate() {
                widths[i] = widths[i].max(UnicodeWidthStr::width(cell.as_str()));
            }
        }
        let total = widths.iter().sum::<usize>() + 3 * columns.saturating_sub(1);
        if total > MAX_TABLE_WIDTH {
            self.emit_stacked_table(table);
            return;
        }
        let marker = SpanStyle { marker: true, ..SpanStyle::default() };
        for (r, row) in table.rows.iter().enumerate() {
            let mut spans = self.prefix(true);
            for (i, width) in widths.iter().enumerate() {
                if i > 0 {
                    spans.push(Span { text: " │ ".into(), style: marker });
                }
                let cell = row.get(i).map_or("", String::as_str);
                let pad = width - UnicodeWidthStr::width(cell);
                let (left, right) = match table.alignments.get(i) {
                    Some(Alignment::Right) => (pad, 0),
                    Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                    _ => (0, pad),
                };
                // No padding after the last column: trailing spaces would wrap into blank lines.
                let right = if i + 1 == columns { 0 } else { right };
                let style = SpanStyle { bold: r < table.header_rows, ..SpanStyle::default() };
                spans.push(Span { text: format!("{}{cell}{}", " ".repeat(left), " ".repeat(right)), style });
            }
            let indent = self.continuation();
            self.lines.push(Line { kind: LineKind::Table, spans, indent });
            if r + 1 == table.header_rows {
                let mut rule = self.prefix(true);
                let text = widths.iter().map(|w| "─".repeat(*w)).collect::<Vec<_>>().join("─┼─");
                rule.push(Span { text, style: marker });
                let indent = self.continuation();
                self.lines.push(Line { kind: LineKind::Rule, spans: rule, indent });
            }
        }
    }

    /// A table too wide for a terminal, as one block per row: the first cell as a title, the
    /// others as "header: value" lines. It wraps well at any width and reads well aloud.
    fn emit_stacked_table(&mut self, table: &Table) {
        let headers: Vec<String> = table.rows.iter().take(table.header_rows).flatten().cloned().collect();
        for (n, row) in table.rows.iter().skip(table.header_rows).enumerate() {
            if n > 0 {
                let prefix = self.prefix(false);
                self.lines.push(Line { kind: LineKind::Blank, spans: prefix, indent: String::new() });
            }
            for (i, cell) in row.iter().enumerate() {
                let mut spans = self.prefix(true);
                if i == 0 {
                    spans.push(Span {
                        text: cell.clone(),
                        style: SpanStyle { bold: true, ..SpanStyle::default() },
                    });
                } else {
                    let header = headers.get(i).map_or("", String::as_str);
                    spans.push(Span {
                        text: format!("  {header}: "),
                        style: SpanStyle { marker: true, ..SpanStyle::default() },
                    });
                    spans.push(Span { text: cell.clone(), style: SpanStyle::default() });
                }
                let indent = format!("{}  ", self.continuation());
                self.lines.push(Line { kind: LineKind::Table, spans, indent });
            }
        }
    }

    /// The prefix of a wrapped continuation line in the open containers.
    fn continuation(&self) -> String {
        let mut text = String::new();
        for container in &self.containers {
            match container {
                Container::Quote => text.push_str("│ "),
                Container::Item { marker, .. } => {
                    text.push_str(&" ".repeat(UnicodeWidthStr::width(marker.as_str())));
                }
            }
        }
        text
    }

    fn finish(mut self) -> Doc {
        self.flush_line();
        while self.lines.last().is_some_and(|l| l.kind == LineKind::Blank) {
            self.lines.pop();
        }
        Doc { lines: self.lines }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(markdown: &str) -> Vec<String> {
        render_markdown(markdown).lines.iter().map(Line::text).collect()
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        let doc = render_markdown("# Judul\n\nTeks *miring* dan **tebal**.\n");
        assert_eq!(doc.lines[0].kind, LineKind::Heading(1));
        assert_eq!(doc.lines[0].text(), "Judul");
        assert_eq!(doc.lines[1].kind, LineKind::Blank);
        let spans = &doc.lines[2].spans;
        assert_eq!(
            spans[1],
            Span { text: "miring".into(), style: SpanStyle { italic: true, ..SpanStyle::default() } }
        );
        assert!(spans[3].style.bold);
    }

    #[test]
    fn lists_number_and_indent() {
        assert_eq!(
            texts("1. one\n2. two\n   - nested\n\n- a\n- b"),
            ["1. one", "2. two", "   - nested", "", "- a", "- b"]
        );
    }

    #[test]
    fn links_show_their_url() {
        assert_eq!(
            texts("See [the guide](https://example.org/g)."),
            ["See the guide (https://example.org/g)."]
        );
        // An autolink whose label is the URL is not repeated.
        assert_eq!(texts("<https://example.org>"), ["https://example.org"]);
    }

    #[test]
    fn quotes_and_code_blocks() {
        // A soft line break joins lines, as in any Markdown viewer; a blank line splits paragraphs.
        assert_eq!(texts("> kutipan\n> dua"), ["│ kutipan dua"]);
        assert_eq!(texts("> satu\n>\n> dua"), ["│ satu", "│ ", "│ dua"]);
        let doc = render_markdown("```\nkucing AND anjing\n```\n");
        assert_eq!(doc.lines[0].kind, LineKind::Code);
        assert_eq!(doc.lines[0].text(), "    kucing AND anjing");
    }

    #[test]
    fn tables_align_columns() {
        assert_eq!(
            texts("| Operator | Efek |\n|---|--:|\n| AND | menyempit |\n| OR | meluas |"),
            ["Operator │      Efek", "─────────┼──────────", "AND      │ menyempit", "OR       │    meluas"]
        );
    }

    #[test]
    fn wide_tables_become_one_block_per_row() {
        let long = "x".repeat(70);
        assert_eq!(
            texts(&format!("| Operator | Meaning |\n|---|---|\n| AND | {long} |\n| OR | union |")),
            [
                "AND".to_string(),
                format!("  Meaning: {long}"),
                String::new(),
                "OR".into(),
                "  Meaning: union".into()
            ]
        );
    }

    #[test]
    fn control_characters_never_reach_the_doc() {
        let doc = render_markdown("a\u{1b}[2J *b\u{7}* `c\u{1b}` [d](e\u{1b}f)\n\n| x\u{1b} |\n|-|\n| y |");
        for line in &doc.lines {
            assert!(!line.text().chars().any(char::is_control), "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_markdown_renders_without_control_characters(text in "\\PC*|[#*>`|\\-\\[\\]()\n 0-9a-z]*") {
            let doc = render_markdown(&text);
            for line in &doc.lines {
                proptest::prop_assert!(!line.text().chars().any(char::is_control));
            }
        }
    }
}
