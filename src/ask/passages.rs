//! What `ask` searches: every section of every lesson page (a page is cut at its headings,
//! so an answer points at the part that says it), every exercise's explanation, and every
//! glossary definition, in each language the author wrote. A text an author left in one
//! language is indexed once, in that language.

use crate::content::{Course, Step};
use crate::lang::Lang;
use crate::text::{Doc, LineKind, Localized};

/// Where a passage is: the lesson, and the step (0-based) that shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Place {
    pub workshop: String,
    pub lesson: String,
    pub step: usize,
}

/// What a passage is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// A section of a lesson page.
    Page,
    /// The explanation of an exercise, shown after answering.
    Explanation,
    /// A glossary term's definition.
    Glossary,
}

/// One searchable passage.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Passage {
    pub kind: PassageKind,
    #[serde(serialize_with = "lang_code")]
    pub lang: Lang,
    /// Where in the lessons it is: for a glossary term, the first lesson that teaches it.
    pub place: Option<Place>,
    /// The glossary term's id, for a definition.
    pub term: Option<String>,
    /// The section's heading, the page's title, the exercise's title, or the term.
    pub heading: String,
    /// The passage as plain text, lines joined by spaces.
    pub text: String,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's `serialize_with` passes a reference
fn lang_code<S: serde::Serializer>(lang: &Lang, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(lang.code())
}

/// Every passage of `course`.
#[must_use]
pub fn of_course(course: &Course) -> Vec<Passage> {
    let mut out = Vec::new();
    for workshop in &course.workshops {
        for lesson in &workshop.lessons {
            for (step, item) in lesson.steps.iter().enumerate() {
                let place = Place { workshop: workshop.id.clone(), lesson: lesson.id.clone(), step };
                match item {
                    Step::Page(page) => {
                        for lang in written_in(&page.body) {
                            let title = page.title.as_ref().unwrap_or(&lesson.title).get(lang);
                            for (heading, text) in sections(page.body.get(lang), title) {
                                out.push(Passage {
                                    kind: PassageKind::Page,
                                    lang,
                                    place: Some(place.clone()),
                                    term: None,
                                    heading,
                                    text,
                                });
                            }
                        }
                    }
                    Step::Exercise(index) => {
                        let Some(exercise) = course.exercises.get(*index) else { continue };
                        let Some(explanation) = &exercise.explanation else { continue };
                        for lang in written_in(explanation) {
                            let text = joined(explanation.get(lang));
                            if !text.is_empty() {
                                out.push(Passage {
                                    kind: PassageKind::Explanation,
                                    lang,
                                    place: Some(place.clone()),
                                    term: None,
                                    heading: exercise.title.get(lang).clone(),
                                    text,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    for term in &course.glossary {
        let place = term.lessons.first().map(|l| Place {
            workshop: l.workshop.clone(),
            lesson: l.lesson.clone(),
            step: 0,
        });
        for lang in written_in(&term.definition) {
            let text = joined(term.definition.get(lang));
            if !text.is_empty() {
                out.push(Passage {
                    kind: PassageKind::Glossary,
                    lang,
                    place: place.clone(),
                    term: Some(term.id.clone()),
                    heading: term.term.get(lang).clone(),
                    text,
                });
            }
        }
    }
    out
}

/// The languages a text was written in (both for a text that is the same in both).
fn written_in<T>(text: &Localized<T>) -> Vec<Lang> {
    Lang::ALL.into_iter().filter(|lang| text.has(*lang)).collect()
}

/// A page cut at its headings: (heading, text) for each part with text.
fn sections(doc: &Doc, title: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut heading = title.to_string();
    let mut text = String::new();
    for line in &doc.lines {
        match line.kind {
            LineKind::Heading(_) => {
                if !text.trim().is_empty() {
                    out.push((heading.clone(), text.trim().to_string()));
                }
                heading = line.text().trim().to_string();
                text.clear();
            }
            LineKind::Blank | LineKind::Rule => {}
            _ => {
                let line = line.text();
                if !line.trim().is_empty() {
                    text.push_str(line.trim());
                    text.push(' ');
                }
            }
        }
    }
    if !text.trim().is_empty() {
        out.push((heading, text.trim().to_string()));
    }
    out
}

fn joined(doc: &Doc) -> String {
    doc.lines
        .iter()
        .map(|l| l.text().trim().to_string())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::render_markdown;

    #[test]
    fn a_page_is_cut_at_its_headings() {
        let doc = render_markdown("Intro text.\n\n## AND\n\nAND narrows.\n\n## OR\n\nOR broadens.\n");
        let parts = sections(&doc, "Boolean");
        assert_eq!(
            parts,
            vec![
                ("Boolean".to_string(), "Intro text.".to_string()),
                ("AND".to_string(), "AND narrows.".to_string()),
                ("OR".to_string(), "OR broadens.".to_string()),
            ]
        );
    }

    #[test]
    fn the_bundled_course_gives_passages_in_both_languages() {
        let course = crate::content::load(&crate::content::CourseSource::Bundled).expect("bundled").course;
        let passages = of_course(&course);
        let count = |lang, kind| passages.iter().filter(|p| p.lang == lang && p.kind == kind).count();
        assert!(count(Lang::Id, PassageKind::Page) > 100, "{}", count(Lang::Id, PassageKind::Page));
        assert!(count(Lang::En, PassageKind::Page) > 100);
        assert!(count(Lang::Id, PassageKind::Explanation) > 100);
        assert!(passages.iter().all(|p| !p.text.is_empty() && !p.heading.is_empty()));
    }
}
