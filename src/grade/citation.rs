//! Citation exercises: the learner's entry against the key the CSL engine rendered,
//! element by element (`crate::cite::compare`), with partial credit per element and a note
//! per element that is not yet right, saying what the style wants there.

use super::{Feedback, Note, Verdict};
use crate::cite::compare::{Element, Finding, compare};
use crate::exercise::CitationSpec;

/// What the learner is told about a citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CitationNote {
    /// One element, and how it compares.
    Element { element: Element, finding: Finding },
    /// APA and Chicago author-date put the year right after the authors.
    YearPlace,
    /// Every element is right; the punctuation or order between them is not yet the style's.
    Punctuation,
    /// Everything is right but the italics, which the exercise asks to mark with asterisks;
    /// the parts the style sets in italics.
    Italics(Vec<String>),
}

/// What the learner sees under the prompt: the source's fields and the style to write it
/// in, or the entry to correct.
#[must_use]
pub fn shown(spec: &CitationSpec, lang: crate::lang::Lang) -> Vec<String> {
    use crate::i18n::Msg;
    if let Some(given) = &spec.given {
        return vec![Msg::FixShown.fill(lang, &[&spec.style.label()]), format!("  {given}")];
    }
    let source = &spec.source;
    let mut lines = vec![Msg::SourceShown.text(lang).to_string()];
    let mut field = |label: Msg, value: &str| lines.push(format!("  {}: {value}", label.text(lang)));
    let kind = format!("{:?}", source.kind).to_lowercase();
    field(Msg::FieldKind, &kind);
    if !source.authors.is_empty() {
        field(Msg::FieldAuthors, &source.authors.join("; "));
    }
    field(Msg::FieldYear, source.date.as_deref().unwrap_or(&source.year.to_string()));
    field(Msg::FieldTitle, &source.title);
    if let Some(container) = &source.container {
        field(Msg::FieldContainer, container);
    }
    for (label, value) in [
        (Msg::FieldVolume, &source.volume),
        (Msg::FieldIssue, &source.issue),
        (Msg::FieldPages, &source.pages),
        (Msg::FieldEdition, &source.edition),
        (Msg::FieldPublisher, &source.publisher),
        (Msg::FieldIdentifiers, &source.doi.as_ref().map(|d| format!("DOI {d}"))),
        (Msg::FieldIdentifiers, &source.url),
        (Msg::FieldAccessed, &source.accessed),
    ] {
        if let Some(value) = value {
            field(label, value);
        }
    }
    lines.push(Msg::WriteShown.fill(lang, &[&spec.style.label()]));
    lines
}

pub fn grade(spec: &CitationSpec, answer: &str) -> Verdict {
    if answer.trim().is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    let comparison = compare(&spec.key, answer, &spec.source, spec.style);
    if comparison.exact {
        let Some(marked) = &spec.key_marked else { return Verdict::new(1.0, true, Vec::new()) };
        if normalize_marked(answer) == normalize_marked(marked) {
            return Verdict::new(1.0, true, Vec::new());
        }
        let parts = marked.split('*').skip(1).step_by(2).map(|p| format!("*{p}*")).collect();
        let note = Note::Citation(CitationNote::Italics(parts), spec.style, spec.source.lang == "en");
        return Verdict::new(0.9, false, vec![Feedback::Note(note)]);
    }
    let mut notes: Vec<CitationNote> = comparison
        .elements
        .iter()
        .filter(|(_, finding)| *finding != Finding::Right)
        .map(|(element, finding)| CitationNote::Element { element: *element, finding: finding.clone() })
        .collect();
    if comparison.year_misplaced {
        notes.push(CitationNote::YearPlace);
    }
    if notes.is_empty() {
        notes.push(CitationNote::Punctuation);
    }
    let feedback = notes
        .into_iter()
        .map(|n| Feedback::Note(Note::Citation(n, spec.style, spec.source.lang == "en")))
        .collect();
    Verdict::new(comparison.share(), false, feedback)
}

/// As `compare::normalize`, keeping the asterisks that mark italics.
fn normalize_marked(text: &str) -> String {
    // Asterisks stand in for one another's neighbours: mark them with a private-use
    // character normalize keeps, then put them back.
    let kept = text.replace('*', "\u{e010}");
    crate::cite::compare::normalize(&kept).replace('\u{e010}', "*")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::{Source, SourceKind, Style, render};
    use crate::lang::Lang;

    fn spec(style: Style) -> CitationSpec {
        let source = Source {
            kind: SourceKind::Book,
            authors: vec!["Eisenberg, Michael B.".into(), "Berkowitz, Robert E.".into()],
            editors: Vec::new(),
            year: 1990,
            date: None,
            title: "Information problem solving: The Big Six skills approach to library & information skills instruction".into(),
            title_case: None,
            container: None,
            volume: None,
            issue: None,
            pages: None,
            edition: None,
            publisher: Some("Ablex".into()),
            doi: None,
            url: None,
            accessed: None,
            genre: None,
            lang: "en".into(),
        };
        let key = render(&source, style, Lang::En).expect("renders");
        CitationSpec { source, style, locale: Lang::En, given: None, key, key_marked: None }
    }

    #[test]
    fn the_key_is_correct_and_each_slip_costs_its_share() {
        let apa = spec(Style::Apa);
        assert!(grade(&apa, &apa.key.clone()).correct);
        let verdict = grade(
            &apa,
            "Eisenberg, M. B., and Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.",
        );
        assert!(!verdict.correct);
        assert!(verdict.score > 0.5 && verdict.score < 1.0, "{}", verdict.score);
        assert_eq!(
            verdict.feedback,
            [Feedback::Note(Note::Citation(
                CitationNote::Element { element: Element::Authors, finding: Finding::Wrong },
                Style::Apa,
                true
            ))]
        );
    }

    #[test]
    fn italics_count_only_when_the_exercise_asks_for_them() {
        let mut apa = spec(Style::Apa);
        let plain = apa.key.clone();
        apa.key_marked =
            Some(crate::cite::render_marked(&apa.source, Style::Apa, Lang::En).expect("renders"));
        let marked = apa.key_marked.clone().expect("marked");
        assert!(marked.contains("*Information problem solving"), "{marked}");
        assert!(grade(&apa, &marked).correct);
        let verdict = grade(&apa, &plain);
        assert!(!verdict.correct);
        assert!(
            matches!(&verdict.feedback[..], [Feedback::Note(Note::Citation(CitationNote::Italics(parts), ..))] if parts.len() == 1)
        );
    }

    #[test]
    fn right_elements_with_other_punctuation_are_not_yet_the_style() {
        let mla = spec(Style::Mla);
        let verdict = grade(&mla, &mla.key.replace("Ablex, 1990.", "Ablex 1990"));
        assert!(!verdict.correct);
        assert_eq!(
            verdict.feedback,
            [Feedback::Note(Note::Citation(CitationNote::Punctuation, Style::Mla, true))]
        );
    }
}
