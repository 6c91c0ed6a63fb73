//! `infolit ask "QUESTION"`: the course's own passages that best answer a question, each with
//! the place that says it and the command that opens the course there.

use std::io::{self, Write};
use std::process::ExitCode;

use super::{CliError, load_for_use};
use crate::ask::{AskIndex, PassageKind};
use crate::content::CourseSource;
use crate::i18n::Msg;
use crate::lang::Lang;

pub fn run(
    source: &CourseSource,
    lang: Lang,
    question: &str,
    limit: usize,
    json: bool,
) -> Result<ExitCode, CliError> {
    let course = load_for_use(source)?.course;
    let index = AskIndex::build(&course).map_err(|e| io::Error::other(e.to_string()))?;
    let answers = index.ask(question, lang, limit).map_err(|e| io::Error::other(e.to_string()))?;
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &answers).map_err(io::Error::from)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if answers.is_empty() {
        writeln!(out, "{}", Msg::AskNothing.text(lang))?;
        return Ok(ExitCode::SUCCESS);
    }
    for (n, answer) in answers.iter().enumerate() {
        let passage = answer.passage;
        let (source, link) = match (&passage.term, &passage.place) {
            (Some(term), _) => (
                format!("{} — {}", Msg::GlossaryTitle.text(lang), passage.heading),
                format!("infolit glossary {term}"),
            ),
            (None, Some(place)) => {
                let workshop = course.workshops.iter().find(|w| w.id == place.workshop);
                let lesson = workshop.and_then(|w| w.lessons.iter().find(|l| l.id == place.lesson));
                let (Some(workshop), Some(lesson)) = (workshop, lesson) else { continue };
                let what = match passage.kind {
                    PassageKind::Explanation => Msg::AskFromExplanation,
                    PassageKind::Page | PassageKind::Glossary => Msg::AskFromPage,
                };
                (
                    format!(
                        "{} › {} — {} ({})",
                        workshop.title.get(lang),
                        lesson.title.get(lang),
                        passage.heading,
                        what.fill(lang, &[&(place.step + 1)])
                    ),
                    format!("infolit --open {}/{}:{}", place.workshop, place.lesson, place.step + 1),
                )
            }
            (None, None) => continue,
        };
        writeln!(out, "{}. {source}", n + 1)?;
        writeln!(out, "   {}", answer.snippet)?;
        writeln!(out, "   {}: {link}", Msg::AskOpen.text(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}
