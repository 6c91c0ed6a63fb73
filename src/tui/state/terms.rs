//! The glossary terms on a lesson page: found once per page and language (not per frame), so
//! the page view can mark them and `t` can step through them.

use std::ops::Range;

use crate::glossary::Matcher;
use crate::text::{Doc, LineKind};

/// One term found on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// The line of the page's [`Doc`].
    pub line: usize,
    /// Bytes of the line's text (its spans joined), on character boundaries.
    pub range: Range<usize>,
    /// The term's id.
    pub id: String,
}

/// Every term `matcher` finds in `doc`, in reading order. Code is left alone: a term in a
/// search query written as code is part of the query, not a word to look up.
#[must_use]
pub fn marks(doc: &Doc, matcher: &Matcher) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (index, line) in doc.lines.iter().enumerate() {
        if line.kind == LineKind::Code {
            continue;
        }
        let mut text = String::new();
        let mut code = Vec::new();
        for span in &line.spans {
            let start = text.len();
            text.push_str(&span.text);
            if span.style.code || span.style.url {
                code.push(start..text.len());
            }
        }
        for found in matcher.find(&text) {
            if code.iter().any(|c| c.start < found.range.end && found.range.start < c.end) {
                continue;
            }
            marks.push(Mark { line: index, range: found.range, id: found.id.to_string() });
        }
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};
    use crate::lang::Lang;
    use crate::text::render_markdown;

    #[test]
    fn finds_terms_outside_code() {
        let course = content::load(&CourseSource::Bundled).expect("bundled course").course;
        let matcher = Matcher::new(&course.glossary, Lang::En);
        let doc = render_markdown("# Copyright\n\nSearch the `online catalogue` or the online catalogue.");
        let found = marks(&doc, &matcher);
        let ids: Vec<(usize, &str)> = found.iter().map(|m| (m.line, m.id.as_str())).collect();
        assert!(ids.contains(&(0, "hak-cipta")), "{ids:?}");
        let catalogue: Vec<&Mark> = found.iter().filter(|m| m.id == "opac").collect();
        assert_eq!(catalogue.len(), 1, "the code span is skipped: {found:?}");
    }
}
