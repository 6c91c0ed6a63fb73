//! Question texts from Moodle's formats into infolit's Markdown. HTML is converted tag by tag
//! where Markdown has the same thing (paragraphs, line breaks, emphasis, links, lists,
//! headings, code); other tags are dropped and their text kept, so no words are lost. What
//! cannot be carried over (images that live in the Moodle course, scripts) comes back as notes
//! for the import report.

use std::fmt::Write as _;

/// Converted text, and what the conversion could not keep.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Converted {
    pub text: String,
    pub notes: Vec<String>,
}

/// Characters Markdown gives a meaning, escaped with a backslash so they show as written.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '{', '}'];

/// Plain text as Markdown that shows it unchanged: specials escaped, line breaks kept.
#[must_use]
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("  \n");
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        // A line starting like a list item would become one.
        if body.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        let numbered = numbered_prefix(body);
        for (i, c) in body.char_indices() {
            if SPECIAL.contains(&c) || Some(i) == numbered {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Where the `.` or `)` of a line starting `1.` or `1)` is: escaped, the line stays text.
fn numbered_prefix(text: &str) -> Option<usize> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && text[digits..].starts_with(['.', ')'])).then_some(digits)
}

/// Whether Moodle's auto-format text holds HTML tags.
#[must_use]
pub fn has_tags(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        c == '<' && text[i + 1..].starts_with(|n: char| n.is_ascii_alphabetic() || n == '/' || n == '!')
    })
}

/// A text on one line: runs of white space (line breaks too) become one space.
#[must_use]
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// HTML as Markdown.
#[must_use]
pub fn to_markdown(html: &str) -> Converted {
    convert(html, true)
}

/// HTML as plain text (for answers compared letter by letter): tags dropped, entities decoded.
#[must_use]
pub fn to_plain(html: &str) -> Converted {
    convert(html, false)
}

struct Writer {
    out: String,
    markup: bool,
    /// Open lists: ordered, and the next number.
    lists: Vec<(bool, usize)>,
    /// Open links: where their text starts, and their address.
    links: Vec<(usize, Option<String>)>,
    pre: bool,
    /// A cell was written in the current table row.
    cell: bool,
    notes: Vec<String>,
}

impl Writer {
    fn push_text(&mut self, text: &str) {
        if self.pre {
            self.out.push_str(text);
            return;
        }
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.out.is_empty() && !self.out.ends_with([' ', '\n']) {
                    self.out.push(' ');
                }
                continue;
            }
            if self.markup && SPECIAL.contains(&c) {
                self.out.push('\\');
            }
            self.out.push(c);
        }
    }

    fn push_markup(&mut self, text: &str) {
        if self.markup {
            self.out.push_str(text);
        }
    }

    fn trim_end_spaces(&mut self) {
        let kept = self.out.trim_end_matches(' ').len();
        self.out.truncate(kept);
    }

    /// Ends the paragraph: a blank line (or one line break inside a list).
    fn block(&mut self) {
        self.trim_end_spaces();
        if self.out.is_empty() {
            return;
        }
        if !self.lists.is_empty() {
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            return;
        }
        while !self.out.ends_with("\n\n") {
            self.out.push('\n');
        }
    }

    fn line_break(&mut self) {
        self.trim_end_spaces();
        if self.markup && !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push_str("  ");
        }
        self.out.push('\n');
    }

    fn open(&mut self, name: &str, attrs: &[(String, String)]) {
        let attr = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        match name {
            "p" | "div" | "section" | "article" | "header" | "footer" | "figure" | "figcaption" | "table"
            | "dl" => self.block(),
            "br" => self.line_break(),
            "hr" => {
                self.block();
                self.push_markup("---");
                self.block();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.block();
                let level = name[1..].parse::<usize>().unwrap_or(1);
                self.push_markup(&format!("{} ", "#".repeat(level)));
            }
            "ul" | "ol" => {
                if self.lists.is_empty() {
                    self.block();
                }
                self.lists.push((name == "ol", 1));
            }
            "li" => {
                self.trim_end_spaces();
                if !self.out.is_empty() && !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some((true, n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                self.out.push_str(&"    ".repeat(depth));
                if self.markup {
                    self.out.push_str(&marker);
                }
            }
            "blockquote" => {
                self.block();
                self.push_markup("> ");
            }
            "pre" => {
                self.block();
                self.push_markup("```\n");
                self.pre = true;
            }
            "em" | "i" | "cite" | "var" => self.push_markup("*"),
            "strong" | "b" => self.push_markup("**"),
            "code" | "tt" | "kbd" | "samp" if !self.pre => self.push_markup("`"),
            "a" => self.links.push((self.out.len(), attr("href"))),
            "img" => self.image(&attr("src").unwrap_or_default(), attr("alt").or_else(|| attr("title"))),
            "tr" => {
                self.trim_end_spaces();
                if !self.out.is_empty() && !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                self.cell = false;
            }
            "td" | "th" => {
                if self.cell {
                    self.out.push_str(if self.markup { " \\| " } else { " | " });
                }
                self.cell = true;
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "p" | "div" | "section" | "article" | "header" | "footer" | "figure" | "figcaption"
            | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dl" => self.block(),
            "table" => {
                self.block();
                self.notes.push("a table is written as lines of cells".to_string());
            }
            "ul" | "ol" => {
                self.lists.pop();
                self.block();
            }
            "pre" => {
                self.pre = false;
                if !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                self.push_markup("```");
                self.block();
            }
            "em" | "i" | "cite" | "var" => self.push_markup("*"),
            "strong" | "b" => self.push_markup("**"),
            "code" | "tt" | "kbd" | "samp" if !self.pre => self.push_markup("`"),
            "a" => {
                let Some((start, href)) = self.links.pop() else { return };
                let Some(href) = href.filter(|h| !h.trim().is_empty()) else { return };
                let written = self.out.get(start..).unwrap_or_default().to_string();
                let text = written.trim().to_string();
                self.out.truncate(start);
                // Space inside the link's edges stays outside it.
                if written.starts_with(' ') && !self.out.ends_with([' ', '\n']) && !self.out.is_empty() {
                    self.out.push(' ');
                }
                let plain_text = text.replace('\\', "");
                if !self.markup {
                    self.out.push_str(&text);
                    if plain_text != href {
                        let _ = write!(self.out, " ({href})");
                    }
                } else if text.is_empty() || plain_text == href {
                    let _ = write!(self.out, "<{}>", href.replace(['<', '>', ' '], ""));
                } else {
                    let _ = write!(self.out, "[{text}](<{}>)", href.replace(['<', '>'], ""));
                }
            }
            _ => {}
        }
    }

    fn image(&mut self, src: &str, alt: Option<String>) {
        let name = src.rsplit('/').next().unwrap_or_default().to_string();
        let alt = alt.filter(|a| !a.trim().is_empty()).unwrap_or_else(|| name.clone());
        if src.starts_with("data:") {
            self.notes.push(format!("an embedded image (`{alt}`) is left out; only its description is kept"));
            self.push_text(&format!("[image: {alt}]"));
        } else if src.contains("@@PLUGINFILE@@") || !src.contains("://") {
            self.notes.push(format!(
                "the image `{name}` is a file of the Moodle course, not part of the GIFT file; only its name is kept"
            ));
            self.push_text(&format!("[image: {alt}]"));
        } else if self.markup {
            let _ = write!(self.out, "![{}](<{}>)", escape_inline(&alt), src.replace(['<', '>'], ""));
        } else {
            let _ = write!(self.out, "{alt} ({src})");
        }
    }
}

fn escape_inline(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn convert(html: &str, markup: bool) -> Converted {
    let mut w = Writer {
        out: String::new(),
        markup,
        lists: Vec::new(),
        links: Vec::new(),
        pre: false,
        cell: false,
        notes: Vec::new(),
    };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            w.push_text(&decode_entities(rest));
            break;
        };
        w.push_text(&decode_entities(&rest[..lt]));
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let Some((name, closing, attrs, len)) = tag(rest) else {
            w.push_text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[len..];
        if closing {
            w.close(&name);
        } else if matches!(name.as_str(), "script" | "style") {
            // Their content is code, not text for a learner.
            let end = format!("</{name}");
            let at = rest.to_ascii_lowercase().find(&end).unwrap_or(rest.len());
            rest = rest.get(at..).unwrap_or_default();
            rest = rest.find('>').map_or("", |gt| &rest[gt + 1..]);
            w.notes.push(format!("a <{name}> element is left out"));
        } else {
            w.open(&name, &attrs);
        }
    }
    while w.links.pop().is_some() {}
    let text = w.out.trim().to_string();
    let mut notes = w.notes;
    notes.dedup();
    Converted { text, notes }
}

/// A tag's lowercase name, whether it closes, its attributes, and its length in bytes.
type Tag = (String, bool, Vec<(String, String)>, usize);

/// A tag at the start of `text`: its lowercase name, whether it closes, its attributes, and
/// its length. `None` when `<` does not start a tag.
fn tag(text: &str) -> Option<Tag> {
    let mut chars = text.char_indices().skip(1).peekable();
    let closing = chars.peek().is_some_and(|(_, c)| *c == '/');
    if closing {
        chars.next();
    }
    let name_start = chars.peek().map(|(i, _)| *i)?;
    let mut name_end = name_start;
    while let Some((i, c)) = chars.peek().copied() {
        if c.is_ascii_alphanumeric() {
            name_end = i + c.len_utf8();
            chars.next();
        } else {
            break;
        }
    }
    if name_end == name_start || !text[name_start..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let name = text[name_start..name_end].to_ascii_lowercase();
    // Attributes up to the closing `>`, skipping `>` inside quotes.
    let mut quote = None;
    let mut end = None;
    for (i, c) in text[name_end..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => {
                end = Some(name_end + i);
                break;
            }
            _ => {}
        }
    }
    let end = end?;
    Some((name, closing, attributes(&text[name_end..end]), end + 1))
}

fn attributes(text: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let mut rest = text.trim_start_matches(['/', ' ']).trim();
    while !rest.is_empty() {
        let key_end = rest.find(|c: char| c == '=' || c.is_whitespace() || c == '/').unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = rest[key_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, remaining) = if let Some(q @ ('"' | '\'')) = after.chars().next() {
                let body = &after[1..];
                let close = body.find(q).unwrap_or(body.len());
                (&body[..close], body.get(close + 1..).unwrap_or_default())
            } else {
                let close = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..close], &after[close..])
            };
            value = decode_entities(v);
            rest = remaining;
        }
        if !key.is_empty() {
            attrs.push((key, value));
        }
        rest = rest.trim_start_matches(['/', ' ', '\t', '\n', '\r']);
        if key_end == 0 && !rest.is_empty() {
            // Not an attribute; skip one character so the loop always moves on.
            let skip = rest.chars().next().map_or(1, char::len_utf8);
            rest = &rest[skip..];
        }
    }
    attrs
}

/// `&amp;`, `&#39;`, `&#x2014;` and the common named entities; unknown ones stay as written.
#[must_use]
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        if let Some((c, end)) = decoded {
            out.push(c);
            rest = &rest[end + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "plusmn" => '±',
        "euro" => '€',
        "pound" => '£',
        "cent" => '¢',
        "sect" => '§',
        "para" => '¶',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "iacute" => 'í',
        "ntilde" => 'ñ',
        "uuml" => 'ü',
        "ouml" => 'ö',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "szlig" => 'ß',
        "rarr" => '→',
        "larr" => '←',
        "le" => '≤',
        "ge" => '≥',
        "ne" => '≠',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_tags_become_markdown() {
        let c = to_markdown("<p>One <em>two</em> <strong>three</strong></p>\n<p>Four<br>five</p>");
        assert_eq!(c.text, "One *two* **three**\n\nFour  \nfive");
        let c = to_markdown("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><p>after</p>");
        assert_eq!(c.text, "- a\n- b\n    - c\n\nafter");
        let c = to_markdown("<ol><li>a</li><li>b</li></ol>");
        assert_eq!(c.text, "1. a\n2. b");
        let c = to_markdown(r#"See <a href="http://x.org/a" target="_blank">the site</a>."#);
        assert_eq!(c.text, "See [the site](<http://x.org/a>).");
        assert_eq!(to_markdown("<h2>Title</h2>text").text, "## Title\n\ntext");
    }

    #[test]
    fn text_is_never_lost() {
        let c = to_markdown(
            r#"<span style="font-size: 14px;">x &amp; y&nbsp;z</span> <unknown>kept</unknown> 2 < 3"#,
        );
        assert_eq!(c.text, "x \\& y z kept 2 \\< 3");
        let c = to_markdown(r#"a<img src="@@PLUGINFILE@@/pic.jpg" alt="">b"#);
        assert_eq!(c.text, "a\\[image: pic.jpg\\]b");
        assert_eq!(c.notes.len(), 1);
        let c = to_markdown("x<script>alert(1)</script>y");
        assert_eq!(c.text, "xy");
        assert_eq!(c.notes, ["a <script> element is left out"]);
        assert_eq!(to_plain("<p>Crete &#39;s</p>").text, "Crete 's");
    }

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(escape_markdown("a*b*\n- c"), "a\\*b\\*  \n\\- c");
        assert_eq!(escape_markdown("1. x"), "1\\. x");
    }

    proptest::proptest! {
        #[test]
        fn any_html_converts_without_panic(text in "\\PC{0,80}") {
            let _ = to_markdown(&text);
            let _ = to_plain(&text);
            let _ = escape_markdown(&text);
        }

        #[test]
        fn words_survive_the_conversion(words in proptest::collection::vec("[a-z]{1,8}", 1..6)) {
            let html = format!("<p>{}</p>", words.join(" <b>x</b> "));
            let text = to_plain(&html).text;
            for word in &words {
                proptest::prop_assert!(text.contains(word.as_str()));
            }
        }
    }
}
