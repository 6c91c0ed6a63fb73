//! `infolit catalog dump|search|explain`: the practice catalogue from the command line.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, load_for_use};
use crate::content::CourseSource;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::search::catalog::{Catalog, Record};
use crate::search::eval::{self, Indexed};
use crate::search::index::Index;
use crate::search::query::{self, Query};

/// How many results `search` lists in text (JSON lists them all).
const PAGE: usize = 20;

#[derive(Debug, Clone, Copy)]
pub enum Action {
    Dump,
    Search,
    Explain,
}

pub fn run(
    source: &CourseSource,
    lang: Lang,
    action: Action,
    text: Option<&str>,
    json: bool,
) -> Result<ExitCode, CliError> {
    let catalog = load_for_use(source)?.course.catalog;
    let mut out = io::stdout().lock();
    if let Action::Dump = action {
        if json {
            serde_json::to_writer_pretty(&mut out, &catalog.records).map_err(io::Error::from)?;
            writeln!(out)?;
        } else {
            for record in &catalog.records {
                writeln!(out, "{}", line(record))?;
            }
        }
        return Ok(ExitCode::SUCCESS);
    }
    let text = text.unwrap_or_default();
    let query = match query::parse(text) {
        Ok(query) => query,
        Err(error) => {
            let mut err = io::stderr().lock();
            write!(err, "infolit: cannot read the query:\n{}", error.render(text, lang))?;
            return Ok(ExitCode::from(2));
        }
    };
    match action {
        Action::Search if json => {
            let hits = Index::build(&catalog)?.search(&query)?;
            let report = SearchReport {
                query: query.to_string(),
                total: hits.len(),
                results: hits
                    .iter()
                    .map(|h| Found { id: &catalog.records[h.record].id, score: h.score })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        Action::Search => {
            write_reading(&mut out, text, &query, lang)?;
            let page = Index::build(&catalog)?.page(&query, PAGE)?;
            writeln!(out, "{}", Msg::QueryResults.fill(lang, &[&page.total]))?;
            for hit in &page.hits {
                writeln!(out, "  {}", line(&catalog.records[hit.record]))?;
            }
            if page.total > page.hits.len() {
                writeln!(out, "  … {} more (`--json` lists every match)", page.total - page.hits.len())?;
            }
        }
        Action::Explain => {
            // Explain counts each part on its own: the evaluator, which the index agrees with.
            let indexed: Vec<Indexed> = catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect();
            write_reading(&mut out, text, &query, lang)?;
            explain(&mut out, &catalog, &indexed, &query)?;
        }
        Action::Dump => {}
    }
    Ok(ExitCode::SUCCESS)
}

/// "Your query was read as: …", and a note on operators written in lower case.
fn write_reading(out: &mut impl Write, text: &str, query: &Query, lang: Lang) -> io::Result<()> {
    writeln!(out, "{}", Msg::QueryReadAs.fill(lang, &[query]))?;
    for (word, operator) in query::lowercase_operators(text) {
        writeln!(out, "{}", Msg::QueryLowercaseOperator.fill(lang, &[&word, &operator]))?;
    }
    Ok(())
}

/// Each part of the query with its own hit count, indented by depth, then the records found.
fn explain(out: &mut impl Write, catalog: &Catalog, indexed: &[Indexed], query: &Query) -> io::Result<()> {
    for clause in eval::explain(indexed, query) {
        writeln!(out, "{:>6}  {}{}", clause.hits, "  ".repeat(clause.depth), clause.text)?;
    }
    for hit in eval::search(catalog, indexed, query).iter().take(PAGE) {
        writeln!(out, "  {}", line(&catalog.records[hit.record]))?;
    }
    Ok(())
}

/// "L01  1999  The five laws of library science — Ranganathan, S. R."
fn line(record: &Record) -> String {
    let year = record.year.map_or_else(|| "----".to_string(), |y| y.to_string());
    let title = match &record.subtitle {
        Some(subtitle) => format!("{}: {subtitle}", record.title),
        None => record.title.clone(),
    };
    let authors =
        if record.authors.is_empty() { String::new() } else { format!(" — {}", record.authors.join("; ")) };
    format!("{}  {year}  {title}{authors}", record.id)
}

/// `catalog search --json`.
#[derive(Debug, Serialize)]
struct SearchReport<'a> {
    /// The query as it was read, with the implied parentheses.
    query: String,
    total: usize,
    results: Vec<Found<'a>>,
}

#[derive(Debug, Serialize)]
struct Found<'a> {
    id: &'a str,
    score: usize,
}
