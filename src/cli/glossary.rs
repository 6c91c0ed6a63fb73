//! `infolit glossary [TERM] [--json]`: the course's glossary, every term or one.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, load_for_use};
use crate::content::CourseSource;
use crate::glossary::{self, Aliases, LessonRef, Term, both_names, write_term};
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
