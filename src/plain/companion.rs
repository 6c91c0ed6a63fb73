//! The learner's companion in plain mode: asking the course (`/ question`, then `go N` to
//! open an answer), the glossary (`g` lists it, `g TERM` shows one), the glossary terms on
//! the page being read, and what to study next on the home screen and after a lesson.

use std::io::{self, Write};

use crate::ask::AskIndex;
use crate::content::Step;
use crate::glossary::{self, Matcher};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::progress::Position;
use crate::recommend::{self, Reason, Results};
use crate::session::{Recorder, Session};

/// What the companion keeps between commands: the ask index (built on first use) and the
/// places of the last answers, which `go N` opens.
#[derive(Debug, Default)]
pub struct Companion {
    index: Option<AskIndex>,
    answers: Vec<Target>,
}

/// Where an answer leads.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    Place(Position),
    Term(String),
}

/// A companion command typed in plain mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Ask(String),
    Go(usize),
    Glossary(String),
}

/// Reads a companion command: `/ question` (or `ask`/`tanya question`), `go N` (`buka N`),
/// `g` or `g TERM` (`glossary`, `glosarium`). `None` for anything else.
#[must_use]
pub fn parse(command: &str) -> Option<Request> {
    let command = command.trim();
    if let Some(question) = command.strip_prefix('/') {
        return Some(Request::Ask(question.trim().to_string()));
    }
    let (word, rest) = command.split_once(char::is_whitespace).unwrap_or((command, ""));
    let rest = rest.trim();
    match word.to_lowercase().as_str() {
        "ask" | "tanya" if !rest.is_empty() => Some(Request::Ask(rest.to_string())),
        "go" | "buka" => rest.parse().ok().map(Request::Go),
        "g" | "glossary" | "glosarium" => Some(Request::Glossary(rest.to_string())),
        _ => None,
    }
}

impl Companion {
    /// Carries out `request`; a `go` moves the session, the rest only print.
    ///
    /// # Errors
    /// When writing fails.
    pub fn handle(
        &mut self,
        request: Request,
        session: &mut Session,
        out: &mut impl Write,
    ) -> io::Result<()> {
        let lang = session.lang();
        match request {
            Request::Ask(question) => self.ask(&question, session, out),
            Request::Go(n) => match self.answers.get(n.wrapping_sub(1)).cloned() {
                Some(Target::Place(place)) => {
                    if !session.resume(&place) {
                        writeln!(out, "{}", Msg::NoSuchItem.fill(lang, &[&n]))?;
                    }
                    Ok(())
                }
                Some(Target::Term(id)) => show_term(session, &id, out),
                None => writeln!(out, "{}", Msg::NoSuchItem.fill(lang, &[&n])),
            },
            Request::Glossary(term) if term.is_empty() => {
                let terms = glossary::sorted(&session.course().glossary, lang);
                if terms.is_empty() {
                    return writeln!(out, "{}", Msg::GlossaryEmpty.text(lang));
                }
                writeln!(out, "== {} ==", Msg::GlossaryTitle.text(lang))?;
                for term in terms {
                    writeln!(out, "- {}", glossary::both_names(term, lang))?;
                }
                writeln!(out, "{}", Msg::PlainGlossaryHow.text(lang))
            }
            Request::Glossary(term) => show_term(session, &term, out),
        }
    }

    fn ask(&mut self, question: &str, session: &Session, out: &mut impl Write) -> io::Result<()> {
        let lang = session.lang();
        if self.index.is_none() {
            self.index =
                Some(AskIndex::build(session.course()).map_err(|e| io::Error::other(e.to_string()))?);
        }
        let Some(index) = &self.index else { return Ok(()) };
        let answers = index.ask(question, lang, 3).map_err(|e| io::Error::other(e.to_string()))?;
        self.answers.clear();
        if answers.is_empty() {
            return writeln!(out, "{}", Msg::AskNothing.text(lang));
        }
        let course = session.course();
        for answer in &answers {
            let passage = answer.passage;
            let (source, target) = match (&passage.term, &passage.place) {
                (Some(term), _) => (
                    format!("{} — {}", Msg::GlossaryTitle.text(lang), passage.heading),
                    Target::Term(term.clone()),
                ),
                (None, Some(place)) => {
                    let workshop = course.workshops.iter().find(|w| w.id == place.workshop);
                    let lesson = workshop.and_then(|w| w.lessons.iter().find(|l| l.id == place.lesson));
                    let (Some(workshop), Some(lesson)) = (workshop, lesson) else { continue };
                    (
                        format!(
                            "{} › {} — {} ({})",
                            workshop.title.get(lang),
                            lesson.title.get(lang),
                            passage.heading,
                            Msg::AskFromPage.fill(lang, &[&(place.step + 1)])
                        ),
                        Target::Place(Position {
                            workshop: place.workshop.clone(),
                            lesson: place.lesson.clone(),
                            step: place.step,
                        }),
                    )
                }
                (None, None) => continue,
            };
            self.answers.push(target);
            writeln!(out, "{}. {source}", self.answers.len())?;
            writeln!(out, "   {}", answer.snippet)?;
        }
        writeln!(out, "{}", Msg::PlainAskHow.text(lang))
    }
}

fn show_term(session: &Session, query: &str, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let course = session.course();
    match glossary::lookup(&course.glossary, query) {
        Some(term) => {
            writeln!(out, "== {} ==", Msg::GlossaryTitle.text(lang))?;
            glossary::write_term(out, course, term, lang)
        }
        None => match glossary::suggest(&course.glossary, query) {
            Some(close) => writeln!(out, "{}", Msg::PlainNoSuchTerm.fill(lang, &[&query, &close])),
            None => writeln!(out, "{}", Msg::PlainNoTerm.fill(lang, &[&query])),
        },
    }
}

/// "Terms on this page: …", for the page on screen; nothing when it names none.
///
/// # Errors
/// When writing fails.
pub fn page_terms(session: &Session, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let Some(Step::Page(page)) = session.step() else { return Ok(()) };
    let course = session.course();
    if course.glossary.is_empty() {
        return Ok(());
    }
    let matcher = Matcher::new(&course.glossary, lang);
    let text = page.body.get(lang).plain_text();
    let mut names: Vec<&str> = Vec::new();
    for found in matcher.find(&text) {
        if let Some(term) = course.glossary.iter().find(|t| t.id == found.id) {
            let name = term.term.get(lang).as_str();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    if names.is_empty() {
        return Ok(());
    }
    writeln!(out, "{}", Msg::PlainPageTerms.fill(lang, &[&names.join(", ")]))
}

/// The learner's results, from the store when there is one, for recommendations.
fn results(session: &Session, recorder: Option<&Recorder>) -> Results {
    let Some(store) = recorder.map(Recorder::store) else { return Results::default() };
    match store.find_learner(session.learner()) {
        Ok(Some(id)) => {
            let completed = store.completed_lessons(id).unwrap_or_default();
            let attempts = store.attempts(id).unwrap_or_default();
            Results::of(completed, &attempts)
        }
        _ => Results::default(),
    }
}

/// "What to study next" with up to three sentences, for the home screen.
///
/// # Errors
/// When writing fails.
pub fn home_recommendations(
    session: &Session,
    recorder: Option<&Recorder>,
    out: &mut impl Write,
) -> io::Result<()> {
    let course = session.course();
    let recommended = recommend::recommend(course, &results(session, recorder));
    if recommended.is_empty() {
        return Ok(());
    }
    let lang = session.lang();
    writeln!(out, "{}:", Msg::RecommendTitle.text(lang))?;
    for r in &recommended {
        writeln!(out, "- {}", r.sentence(course, lang))?;
    }
    Ok(())
}

/// After a lesson: the next lesson to take, in one sentence.
///
/// # Errors
/// When writing fails.
pub fn after_lesson(
    session: &Session,
    recorder: Option<&Recorder>,
    lang: Lang,
    out: &mut impl Write,
) -> io::Result<()> {
    let course = session.course();
    let recommended = recommend::recommend(course, &results(session, recorder));
    if let Some(next) = recommended.iter().find(|r| r.reason == Reason::Next) {
        writeln!(out, "{}", next.sentence(course, lang))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companion_commands_are_read_in_both_languages() {
        assert_eq!(parse("/ apa itu DOI?"), Some(Request::Ask("apa itu DOI?".into())));
        assert_eq!(parse("tanya hak cipta"), Some(Request::Ask("hak cipta".into())));
        assert_eq!(parse("go 2"), Some(Request::Go(2)));
        assert_eq!(parse("buka 1"), Some(Request::Go(1)));
        assert_eq!(parse("g"), Some(Request::Glossary(String::new())));
        assert_eq!(parse("glosarium doi"), Some(Request::Glossary("doi".into())));
        assert_eq!(parse("go"), None);
        assert_eq!(parse("ask"), None);
        assert_eq!(parse("n"), None);
    }
}
