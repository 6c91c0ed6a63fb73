//! A term as text, the same in `infolit glossary TERM` and in plain mode: both names, other
//! names, the definition, related terms, where it is taught, and the source.

use std::io::{self, Write};

use super::{Term, name_key};
use crate::content::Course;
use crate::i18n::Msg;
use crate::lang::Lang;

/// "katalog daring — online catalogue": the term in `lang`, then in the other language
/// where it differs.
#[must_use]
pub fn both_names(term: &Term, lang: Lang) -> String {
    let here = term.term.get(lang);
    let there = term.term.get(lang.other());
    if name_key(here) == name_key(there) { here.clone() } else { format!("{here} — {there}") }
}

/// Writes `term` in `lang`, lines of plain text.
///
/// # Errors
/// When writing fails.
pub fn write_term(out: &mut impl Write, course: &Course, term: &Term, lang: Lang) -> io::Result<()> {
    writeln!(out, "{}", both_names(term, lang))?;
    let mut aliases: Vec<&str> = Vec::new();
    for alias in term.aliases.get(lang).iter().chain(term.aliases.get(lang.other())) {
        if !aliases.iter().any(|a| name_key(a) == name_key(alias)) {
            aliases.push(alias);
        }
    }
    if !aliases.is_empty() {
        writeln!(out, "{}: {}", Msg::GlossaryAlsoCalled.text(lang), aliases.join(", "))?;
    }
    writeln!(out)?;
    for line in &term.definition.get(lang).lines {
        writeln!(out, "{}", line.marked_text())?;
    }
    if !term.see.is_empty() {
        let related: Vec<String> = term
            .see
            .iter()
            .map(|id| match course.glossary.iter().find(|t| t.id == *id) {
                Some(other) => format!("{} [{id}]", other.term.get(lang)),
                None => id.clone(),
            })
            .collect();
        writeln!(out)?;
        writeln!(out, "{}: {}", Msg::GlossarySeeAlso.text(lang), related.join(", "))?;
    }
    if !term.lessons.is_empty() {
        writeln!(out, "{}:", Msg::GlossaryTaughtIn.text(lang))?;
        for lesson in &term.lessons {
            let title = course
                .workshops
                .iter()
                .filter(|w| w.id == lesson.workshop)
                .flat_map(|w| &w.lessons)
                .find(|l| l.id == lesson.lesson)
                .map(|l| l.title.get(lang).as_str());
            match title {
                Some(title) => writeln!(out, "  {lesson}  {title}")?,
                None => writeln!(out, "  {lesson}")?,
            }
        }
    }
    if let Some(source) = &term.source {
        writeln!(out, "{}: {source}", Msg::GlossarySource.text(lang))?;
    }
    Ok(())
}
