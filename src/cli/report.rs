//! `infolit report [FILE…]`: a class report from participants' bundles or JSON exports, or
//! from this PC's progress file; tables in the terminal, `--csv` for the item analysis in a
//! spreadsheet, `--json` for tools.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use jiff::Timestamp;

use super::{CliError, load_for_use, open_store};
use crate::content::CourseSource;
use crate::export::data::{self, Export};
use crate::export::table::safe;
use crate::report::{self, ClassReport, percent};

pub fn run(
    source: &CourseSource,
    files: &[PathBuf],
    csv: bool,
    json: bool,
    html: Option<&std::path::Path>,
) -> Result<ExitCode, CliError> {
    let course = load_for_use(source)?.course;
    let exports: Vec<Export> = if files.is_empty() {
        let store = open_store()?;
        let names = store.learners()?;
        vec![data::gather(&store, &names, None, Timestamp::now())?]
    } else {
        let mut exports = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(file)
                .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
            match Export::read(&text) {
                Ok(export) => exports.push(export),
                Err(problem) => return Err(CliError::Usage(format!("{}: {problem}", file.display()))),
            }
        }
        exports
    };
    let report = report::build(&exports, &course);
    if let Some(path) = html {
        let page = report::html::page(&report, "infolit — class report");
        super::export::write_whole(path, page.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
        writeln!(out)?;
    } else if csv {
        write_items_csv(&mut out, &report)?;
    } else {
        write_tables(&mut out, &report)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A ten-cell bar, readable in any terminal and in a screen reader's text.
fn bar(fraction: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let filled = (fraction.clamp(0.0, 1.0) * 10.0).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

fn write_tables(out: &mut impl Write, report: &ClassReport) -> io::Result<()> {
    writeln!(out, "Learners ({})", report.learners.len())?;
    writeln!(out, "  {:<20} {:>9} {:>6} {:>6} {:>8}", "learner", "lessons", "score", "tried", "time")?;
    for l in &report.learners {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let seconds = l.seconds.round() as u64;
        writeln!(
            out,
            "  {:<20} {:>9} {:>6} {:>6} {:>5}:{:02}",
            l.learner,
            format!("{}/{}", l.lessons_completed, l.lessons_total),
            percent(l.score),
            l.exercises_tried,
            seconds / 60,
            seconds % 60
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Lessons")?;
    for l in &report.lessons {
        writeln!(
            out,
            "  {:<32} {} {:>5}  ({} learners)",
            format!("{}/{}", l.workshop, l.lesson),
            bar(l.average),
            percent(l.average),
            l.learners
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Items (facility: first answers right; discrimination: top 27% minus bottom 27%)")?;
    writeln!(
        out,
        "  {:<32} {:>4} {:>9} {:>8} {:>6} {:>8}  picks",
        "exercise", "n", "facility", "discr.", "hints", "median"
    )?;
    for i in &report.items {
        let discrimination = i.discrimination.map_or_else(|| "-".to_string(), |d| format!("{d:+.2}"));
        let picks: Vec<String> = i.picks.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        writeln!(
            out,
            "  {:<32} {:>4} {:>9} {:>8} {:>6} {:>7.0}s  {}",
            i.exercise,
            i.learners,
            percent(i.facility),
            discrimination,
            i.hints_used,
            i.median_seconds,
            picks.join(" ")
        )?;
    }
    if !report.gains.is_empty() {
        writeln!(out)?;
        writeln!(out, "Learning gain (pre-test → post-test; normalised: share of what there was to learn)")?;
        for g in &report.gains {
            let normalized = g.normalized.map_or_else(|| "-".to_string(), |n| format!("{n:.2}"));
            writeln!(
                out,
                "  {:<20} {:>5} → {:>5}  gain {:+.0} points, normalised {}  ({} learners)",
                g.workshop,
                percent(g.pre),
                percent(g.post),
                g.gain * 100.0,
                normalized,
                g.learners
            )?;
        }
    }
    if !report.responses.is_empty() {
        writeln!(out)?;
        writeln!(out, "Polls and surveys")?;
        for r in &report.responses {
            writeln!(out, "  {:<32} q{:<3} {:>4}× {}", r.exercise, r.question, r.count, r.response)?;
        }
    }
    Ok(())
}

fn write_items_csv(out: &mut impl Write, report: &ClassReport) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let fail = |e: csv::Error| io::Error::other(e.to_string());
    writer
        .write_record([
            "exercise",
            "learners",
            "facility",
            "discrimination",
            "hints_used",
            "median_seconds",
            "picks",
        ])
        .map_err(fail)?;
    for i in &report.items {
        let picks: Vec<String> = i.picks.iter().map(|(k, v)| format!("{k}:{v}")).collect();
        writer
            .write_record([
                safe(&i.exercise).into_owned(),
                i.learners.to_string(),
                format!("{:.4}", i.facility),
                i.discrimination.map(|d| format!("{d:.4}")).unwrap_or_default(),
                i.hints_used.to_string(),
                format!("{:.1}", i.median_seconds),
                safe(&picks.join(" ")).into_owned(),
            ])
            .map_err(fail)?;
    }
    let bytes = writer.into_inner().map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(&bytes)
}
