//! `infolit glossary [TERM] [--json]`: the course's glossary, every term or one.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, load_for_use};
use crate::content::{Course, CourseSource};
use crate::glossary::{self, Aliases, LessonRef, Term};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::text::Localized;

/// Lists every term when `query` is blank, or shows the one it names.
pub fn run(source: &CourseSource, lang: Lang, query: &str, json: bool) -> Result<ExitCode, CliError> {
    let course = load_for_use(source)?.course;
    let mut out = io::stdout().lock();
    let query = query.trim();
    if query.is_empty() {
        let terms = glossary::sorted(&course.glossary, lang);
        if json {
            let items: Vec<Item<'_>> = terms.iter().map(|t| Item::of(t)).collect();
            serde_json::to_writer_pretty(&mut out, &items).map_err(io::Error::from)?;
            writeln!(out)?;
        } else if terms.is_empty() {
            writeln!(out, "{}", Msg::GlossaryEmpty.text(lang))?;
        } else {
            for term in terms {
                writeln!(out, "{}", both_names(term, lang))?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(term) = glossary::lookup(&course.glossary, query) else {
        let advice = match glossary::suggest(&course.glossary, query) {
            Some(close) => format!("; did you mean `{close}`?"),
            None if course.glossary.is_empty() => ": the course has no glossary".to_string(),
            None => "; `infolit glossary` lists every term".to_string(),
        };
        return Err(CliError::Usage(format!("no glossary term is called `{query}`{advice}")));
    };
    if json {
        serde_json::to_writer_pretty(&mut out, &Item::of(term)).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write_term(&mut out, &course, term, lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A term for `--json`: its texts in both languages, the definition as plain text.
#[derive(Debug, Serialize)]
struct Item<'a> {
    id: &'a str,
    term: &'a Localized<String>,
    aliases: &'a Aliases,
    definition: Localized<String>,
    see: &'a [String],
    lessons: &'a [LessonRef],
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

impl<'a> Item<'a> {
    fn of(term: &'a Term) -> Item<'a> {
        Item {
            id: &term.id,
            term: &term.term,
            aliases: &term.aliases,
            definition: term.definition.map(crate::text::Doc::plain_text),
            see: &term.see,
            lessons: &term.lessons,
            source: term.source.as_deref(),
        }
    }
}

/// "katalog daring — online catalogue": the term in `lang`, then in the other language
/// where it differs.
fn both_names(term: &Term, lang: Lang) -> String {
    let here = term.term.get(lang);
    let there = term.term.get(lang.other());
    if glossary::name_key(here) == glossary::name_key(there) {
        here.clone()
    } else {
        format!("{here} — {there}")
    }
}

fn write_term(out: &mut impl Write, course: &Course, term: &Term, lang: Lang) -> io::Result<()> {
    writeln!(out, "{}", both_names(term, lang))?;
    let mut aliases: Vec<&str> = Vec::new();
    for alias in term.aliases.get(lang).iter().chain(term.aliases.get(lang.other())) {
        if !aliases.iter().any(|a| glossary::name_key(a) == glossary::name_key(alias)) {
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
