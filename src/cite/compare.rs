//! A learner's reference compared with the rendered one, element by element: authors, year,
//! title, container, volume and issue, pages, publisher, DOI or URL. What a terminal cannot
//! show (italics, `*asterisks*`) is ignored, and so are differences in spacing, quote marks
//! and dashes; capitalisation is not, since the styles differ in it.

use super::render::Style;
use super::source::Source;

/// A part of a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Element {
    Authors,
    Year,
    Title,
    Container,
    /// Volume and issue.
    Numbers,
    Pages,
    Publisher,
    /// The DOI (as a link) or the URL.
    Link,
}

/// How one element of the learner's reference compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Right,
    /// The words are right but not their capitals.
    Capitals,
    /// Not found as the style writes it.
    Wrong,
}

/// The comparison of a whole reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Identical once spacing, quotes, dashes and asterisks are set aside.
    pub exact: bool,
    pub elements: Vec<(Element, Finding)>,
    /// In APA and Chicago author-date the year must come right after the authors.
    pub year_misplaced: bool,
}

impl Comparison {
    /// The share of elements that are right (capitals count half).
    #[must_use]
    pub fn share(&self) -> f64 {
        if self.exact {
            return 1.0;
        }
        if self.elements.is_empty() {
            return 0.0;
        }
        let points: f64 = self
            .elements
            .iter()
            .map(|(_, f)| match f {
                Finding::Right => 1.0,
                Finding::Capitals => 0.5,
                Finding::Wrong => 0.0,
            })
            .sum();
        #[allow(clippy::cast_precision_loss)] // a handful of elements
        let share = points / self.elements.len() as f64;
        // Right elements in the wrong order or with other punctuation are not the style yet.
        share.min(0.95)
    }
}

/// Text as compared: typographic quotes and dashes made plain, asterisks dropped, runs of
/// spaces made one.
#[must_use]
pub fn normalize(text: &str) -> String {
    let mapped: String = text
        .chars()
        .filter(|c| *c != '*')
        .map(|c| match c {
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            '‘' | '’' | '‚' | '′' => '\'',
            '–' | '—' | '‐' | '‑' | '‒' | '−' => '-',
            '\u{a0}' | '\u{202f}' => ' ',
            other => other,
        })
        .collect();
    // An ellipsis may be one character or three points, spaced or not.
    mapped.replace('…', "...").replace(". . .", "...").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a piece of the source sits in the rendered key: a byte range of the normalised key.
fn locate(key: &str, piece: &str, from: usize) -> Option<std::ops::Range<usize>> {
    let piece = normalize(piece);
    if piece.is_empty() {
        return None;
    }
    let lower_key = key.to_lowercase();
    // Lowercasing keeps byte lengths for the scripts of the styles' output; if not, skip.
    if lower_key.len() != key.len() {
        return key.get(from..)?.find(&piece).map(|at| from + at..from + at + piece.len());
    }
    let at = lower_key.get(from..)?.find(&piece.to_lowercase())? + from;
    Some(at..at + piece.len())
}

/// Compares `answer` with `key` (the rendered reference of `source` in `style`).
#[must_use]
pub fn compare(key: &str, answer: &str, source: &Source, style: Style) -> Comparison {
    let key = normalize(key);
    let answer = normalize(answer);
    let exact = key == answer;
    let mut elements = Vec::new();
    let title = locate(&key, &source.title, 0);
    let container = source.container.as_deref().and_then(|c| locate(&key, c, 0));
    let year_text = source.year.to_string();
    // The year outside the title and the container's name.
    let outside = |r: &std::ops::Range<usize>| {
        !title.as_ref().is_some_and(|t| t.start <= r.start && r.end <= t.end)
            && !container.as_ref().is_some_and(|c| c.start <= r.start && r.end <= c.end)
    };
    let year = key.match_indices(&year_text).map(|(at, _)| at..at + year_text.len()).find(|r| outside(r));
    let pages = source.pages.as_deref().and_then(|p| {
        let first = p.split(['-', '–']).next().unwrap_or(p).trim();
        let after = container.as_ref().map_or(0, |c| c.end);
        key.get(after..)?.find(first).map(|at| {
            let start = after + at;
            let end = key[start..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .map_or(key.len(), |e| start + e);
            start..end
        })
    });
    let publisher = source.publisher.as_deref().and_then(|p| {
        let shown = if style == Style::Mla { super::source::mla_publisher(p) } else { p.to_string() };
        locate(&key, &shown, 0)
    });
    let link =
        key.find("https://doi.org/").or_else(|| source.url.as_deref().and_then(|u| key.find(u))).map(|at| {
            let end = key[at..].find(' ').map_or(key.len(), |e| at + e);
            at..end
        });
    let firsts = [title.clone(), container.clone(), year.clone(), publisher.clone(), link.clone()];
    let authors_end = firsts.iter().flatten().map(|r| r.start).min().unwrap_or(key.len());

    // Authors: the learner's reference starts with them, as the style writes them.
    if !source.authors.is_empty() {
        let expected = key[..authors_end].trim_end_matches([' ', '.', ',', '(']).to_string();
        let finding = if answer.starts_with(&expected) {
            Finding::Right
        } else if answer.to_lowercase().starts_with(&expected.to_lowercase()) {
            Finding::Capitals
        } else {
            Finding::Wrong
        };
        elements.push((Element::Authors, finding));
    }
    let mut year_misplaced = false;
    if year.is_some() {
        // APA writes the year in parentheses.
        let expected = if style == Style::Apa { format!("({year_text})") } else { year_text.clone() };
        let found = answer.find(&expected);
        elements.push((Element::Year, if found.is_some() { Finding::Right } else { Finding::Wrong }));
        if matches!(style, Style::Apa | Style::Chicago)
            && let (Some(at), Some(title_at)) =
                (found, answer.to_lowercase().find(&normalize(&source.title).to_lowercase()))
        {
            year_misplaced = at > title_at;
        }
    }
    for (element, range) in
        [(Element::Title, &title), (Element::Container, &container), (Element::Publisher, &publisher)]
    {
        if let Some(range) = range {
            elements.push((element, find(&answer, &key[range.clone()])));
        }
    }
    // Volume and issue: what the key writes between the container and the pages (or the
    // link), without the page label.
    if source.volume.is_some() || source.issue.is_some() {
        let start = container.as_ref().map_or(0, |c| c.end);
        let end = pages.as_ref().map(|p| p.start).or(link.as_ref().map(|l| l.start)).unwrap_or(key.len());
        if let Some(between) = key.get(start..end) {
            let numbers = between
                .trim_matches([' ', ',', '.', ':'])
                .trim_end_matches("pp.")
                .trim_end_matches("hlm.")
                .trim_end_matches("p.")
                .trim_matches([' ', ',', '.', ':']);
            if !numbers.is_empty() {
                elements.push((Element::Numbers, find(&answer, numbers)));
            }
        }
    }
    if let Some(range) = &pages {
        elements.push((Element::Pages, find(&answer, &key[range.clone()])));
    }
    if let Some(range) = &link {
        // The engine ends a bare domain with a slash; a learner need not.
        let expected = key[range.clone()].trim_end_matches('.').trim_end_matches('/');
        let finding = if answer.contains(expected) {
            Finding::Right
        } else if answer.to_lowercase().contains(&expected.to_lowercase()) {
            // DOIs are case-insensitive.
            Finding::Right
        } else {
            Finding::Wrong
        };
        elements.push((Element::Link, finding));
    }
    Comparison { exact, elements, year_misplaced }
}

fn find(answer: &str, expected: &str) -> Finding {
    let expected = expected.trim_end_matches(['.', ',']);
    if answer.contains(expected) {
        Finding::Right
    } else if answer.to_lowercase().contains(&expected.to_lowercase()) {
        Finding::Capitals
    } else {
        Finding::Wrong
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::render;
    use crate::lang::Lang;

    fn article() -> Source {
        Source { date: None, ..crate::cite::source::sample_article() }
    }

    fn check(style: Style, answer: &str) -> Comparison {
        let key = render(&article(), style, Lang::En).expect("renders");
        compare(&key, answer, &article(), style)
    }

    fn wrong(c: &Comparison) -> Vec<(Element, Finding)> {
        c.elements.iter().filter(|(_, f)| *f != Finding::Right).cloned().collect()
    }

    #[test]
    fn the_key_itself_with_plain_quotes_and_hyphens_is_exact() {
        let apa = "Hadi, B., & Smith, J. A. (2021). Evaluating online sources: How undergraduates judge credibility. *Journal of Information Literacy*, *15*(2), 45-67. https://doi.org/10.1234/jil.2021.0045";
        let c = check(Style::Apa, apa);
        assert!(c.exact, "{c:?}");
        assert!((c.share() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn each_element_is_judged_on_its_own() {
        // "and" instead of "&", title case in APA, no DOI link.
        let c = check(
            Style::Apa,
            "Hadi, B., and Smith, J. A. (2021). Evaluating Online Sources: How Undergraduates Judge Credibility. Journal of Information Literacy, 15(2), 45-67. doi:10.1234/jil.2021.0045",
        );
        assert!(!c.exact);
        assert_eq!(
            wrong(&c),
            [
                (Element::Authors, Finding::Wrong),
                (Element::Title, Finding::Capitals),
                (Element::Link, Finding::Wrong)
            ]
        );
        assert!(c.share() > 0.5 && c.share() < 0.95);
    }

    #[test]
    fn the_year_in_the_wrong_place_is_noticed() {
        let c = check(
            Style::Apa,
            "Hadi, B., & Smith, J. A. Evaluating online sources: How undergraduates judge credibility (2021). Journal of Information Literacy, 15(2), 45-67. https://doi.org/10.1234/jil.2021.0045",
        );
        assert!(c.year_misplaced);
    }

    #[test]
    fn mla_numbers_and_pages() {
        let c = check(
            Style::Mla,
            "Hadi, Budi, and Jane A. Smith. \"Evaluating Online Sources: How Undergraduates Judge Credibility.\" Journal of Information Literacy, 15(2), 2021, 45-67, https://doi.org/10.1234/jil.2021.0045.",
        );
        assert_eq!(wrong(&c), [(Element::Numbers, Finding::Wrong)]);
    }

    proptest::proptest! {
        #[test]
        fn any_answer_is_compared_without_panic(answer in "\\PC{0,120}") {
            for style in Style::ALL {
                let key = render(&article(), style, Lang::En).expect("renders");
                let c = compare(&key, &answer, &article(), style);
                proptest::prop_assert!((0.0..=1.0).contains(&c.share()));
            }
        }
    }
}
