//! `infolit next --learner NAME`: what to study next, from the learner's own results.

use std::io::{self, Write};
use std::process::ExitCode;

use super::{CliError, learner_name, load_for_use, open_store};
use crate::content::CourseSource;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::recommend::{Reason, Results, recommend};

pub fn run(
    source: &CourseSource,
    lang: Lang,
    learner: Option<&str>,
    json: bool,
) -> Result<ExitCode, CliError> {
    let Some(name) = learner else {
        return Err(CliError::Usage("say whose: --learner NAME (`infolit progress` lists them)".into()));
    };
    let name = learner_name(name)?;
    let course = load_for_use(source)?.course;
    let store = open_store()?;
    let results = match store.find_learner(&name)? {
        Some(id) => Results::of(store.completed_lessons(id)?, &store.attempts(id)?),
        None => Results::default(),
    };
    let recommended = recommend(&course, &results);
    let mut out = io::stdout().lock();
    if json {
        let list: Vec<serde_json::Value> = recommended
            .iter()
            .map(|r| {
                let workshop = &course.workshops[r.workshop];
                serde_json::json!({
                    "workshop": workshop.id,
                    "lesson": workshop.lessons[r.lesson].id,
                    "reason": match r.reason { Reason::Next => "next", Reason::Weak { .. } => "weak" },
                    "sentence": r.sentence(&course, lang),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &list).map_err(io::Error::from)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "{}", Msg::RecommendTitle.text(lang))?;
    if recommended.is_empty() {
        writeln!(out, "{}", Msg::RecommendNothing.text(lang))?;
    }
    for r in &recommended {
        let workshop = &course.workshops[r.workshop];
        writeln!(out, "- {}", r.sentence(&course, lang))?;
        writeln!(out, "  infolit --open {}/{}", workshop.id, workshop.lessons[r.lesson].id)?;
    }
    Ok(ExitCode::SUCCESS)
}
