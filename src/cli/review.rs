//! `infolit review`: what a learner has due for review (and when the next ones come), or
//! `--export anki FILE`: the due exercises as a deck Anki can import.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;
use serde::Serialize;

use super::{CliError, learner_name, load_for_use, open_store};
use crate::content::{Course, CourseSource};
use crate::lang::Lang;
use crate::progress::{DueItem, Store};
use crate::review::{AnkiNote, anki_deck};

/// The deck Anki puts the notes in (when it exists; otherwise the one chosen on import).
const DECK: &str = "infolit";

/// What `infolit review` was asked.
#[derive(Debug)]
pub struct Request<'a> {
    pub source: &'a CourseSource,
    pub lang: Lang,
    pub learner: Option<&'a str>,
    pub json: bool,
    /// Write an Anki deck to this file instead of listing.
    pub anki: Option<&'a Path>,
    /// Export the whole queue, not only what is due.
    pub all: bool,
    pub now: Timestamp,
}

/// The listing; also the `--json` schema.
#[derive(Debug, Serialize)]
struct Listing {
    learner: String,
    #[serde(serialize_with = "rfc3339")]
    now: Timestamp,
    /// Due now, the longest waiting first.
    due: Vec<DueItem>,
    /// Not due yet, soonest first.
    upcoming: Vec<DueItem>,
}

fn rfc3339<S: serde::Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(time)
}

pub fn run(request: &Request<'_>) -> Result<ExitCode, CliError> {
    let course = load_for_use(request.source)?.course;
    let store = open_store()?;
    let name = choose_learner(&store, request.learner)?;
    let Some(learner) = store.find_learner(&name)? else {
        return Err(CliError::Usage(format!("no learner is called `{name}`; `infolit learners` lists them")));
    };
    let (due, upcoming): (Vec<DueItem>, Vec<DueItem>) =
        store.queue(learner)?.into_iter().partition(|item| item.due <= request.now);
    if let Some(path) = request.anki {
        let items: Vec<&DueItem> =
            if request.all { due.iter().chain(&upcoming).collect() } else { due.iter().collect() };
        let notes = notes(&course, &items, request.lang);
        super::export::write_whole(path, anki_deck(&notes, DECK).as_bytes())?;
        writeln!(io::stderr().lock(), "wrote {} notes to {}", notes.len(), path.display())?;
        return Ok(ExitCode::SUCCESS);
    }
    let listing = Listing { learner: name, now: request.now, due, upcoming };
    let mut out = io::stdout().lock();
    if request.json {
        serde_json::to_writer_pretty(&mut out, &listing).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write_text(&mut out, &course, &listing, request.lang)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The named learner, or the only one on this PC.
fn choose_learner(store: &Store, learner: Option<&str>) -> Result<String, CliError> {
    let names = store.learners()?;
    match learner {
        Some(name) => {
            let name = learner_name(name)?;
            Ok(names.into_iter().find(|n| n.eq_ignore_ascii_case(&name)).unwrap_or(name))
        }
        None if names.len() == 1 => Ok(names.into_iter().next().unwrap_or_default()),
        None if names.is_empty() => Err(CliError::Usage("no learners yet".into())),
        None => {
            Err(CliError::Usage(format!("say whose queue: --learner NAME (one of: {})", names.join(", "))))
        }
    }
}

/// A note per exercise the course still has and grades; others are left out.
fn notes(course: &Course, items: &[&DueItem], lang: Lang) -> Vec<AnkiNote> {
    items
        .iter()
        .filter_map(|item| {
            let exercise = course.exercise(&item.exercise).filter(|e| e.kind.is_graded())?;
            let (workshop, lesson) =
                course.lesson_of(&item.exercise).unwrap_or((&item.workshop, &item.lesson));
            Some(AnkiNote::of(exercise, workshop, lesson, lang))
        })
        .collect()
}

fn write_text(out: &mut impl Write, course: &Course, listing: &Listing, lang: Lang) -> io::Result<()> {
    let title = |id: &str| {
        course.exercise(id).map_or_else(
            || format!("{id} (no longer in the course)"),
            |e| format!("{} ({id})", e.title.get(lang)),
        )
    };
    if listing.due.is_empty() {
        writeln!(out, "{}: nothing to review now", listing.learner)?;
    } else {
        writeln!(out, "{}: {} to review now", listing.learner, listing.due.len())?;
        for item in &listing.due {
            writeln!(out, "  {}", title(&item.exercise))?;
        }
    }
    if !listing.upcoming.is_empty() {
        writeln!(out, "coming later:")?;
        for item in &listing.upcoming {
            writeln!(out, "  {}  {}", item.due.strftime("%Y-%m-%d %H:%M UTC"), title(&item.exercise))?;
        }
    }
    Ok(())
}
