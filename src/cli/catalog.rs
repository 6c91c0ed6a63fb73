//! `infolit catalog dump|search|explain`: the practice catalogue from the command line.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use serde::Serialize;

use super::{CliError, load_for_use};
use crate::content::CourseSource;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::search::catalog::{Catalog, Record};
use crate::search::eval::{self, Indexed};
use crate::search::forms::WordForms;
use crate::search::highlight::{Highlighter, Part};
use crate::search::index::Index;
use crate::search::query::{self, Query};

/// How many results `search` lists in text (JSON lists them all).
const PAGE: usize = 20;

#[derive(Debug, Clone, Copy)]
pub enum Action {
    Dump,
    /// `word_forms`: plain words also find their other forms (stemming).
    Search {
        word_forms: bool,
    },
    Explain {
        word_forms: bool,
    },
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
                writeln!(out, "{}", line(record, None))?;
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
    let (Action::Search { word_forms } | Action::Explain { word_forms }) = action else {
        return Ok(ExitCode::SUCCESS);
    };
    // Explain counts each part on its own with the evaluator, which the index agrees with;
    // word forms come from the records' words as the evaluator splits them.
    let indexed: Vec<Indexed> = if word_forms || matches!(action, Action::Explain { .. }) {
        catalog.records.iter().map(|r| Indexed::new(r, &catalog)).collect()
    } else {
        Vec::new()
    };
    let query = if word_forms { WordForms::new(&indexed).expand(&query) } else { query };
    match action {
        Action::Search { .. } if json => {
            let hits = Index::build(&catalog)?.search(&query)?;
            let highlighter = Highlighter::new(&query);
            let report = SearchReport {
                query: query.to_string(),
                total: hits.len(),
                results: hits
                    .iter()
                    .map(|h| {
                        let record = &catalog.records[h.record];
                        Match {
                            id: &record.id,
                            score: h.score,
                            found: highlighter.found_in(record, &catalog, lang),
                        }
                    })
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &report).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        Action::Search { .. } => {
            write_reading(&mut out, text, &query, lang)?;
            let page = Index::build(&catalog)?.page(&query, PAGE)?;
            writeln!(out, "{}", Msg::QueryResults.fill(lang, &[&page.total]))?;
            let marks = Marks { highlighter: Highlighter::new(&query), bold: use_bold() };
            for hit in &page.hits {
                writeln!(out, "  {}", line(&catalog.records[hit.record], Some(&marks)))?;
            }
            if page.total > page.hits.len() {
                writeln!(out, "  … {} more (`--json` lists every match)", page.total - page.hits.len())?;
            }
        }
        Action::Explain { .. } => {
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
        writeln!(out, "  {}", line(&catalog.records[hit.record], None))?;
    }
    Ok(())
}

/// How the words a query found are shown in a result line.
struct Marks {
    highlighter: Highlighter,
    /// Bold on a terminal; elsewhere (a file, a pipe, a screen reader's log) `[word]`.
    bold: bool,
}

impl Marks {
    fn apply(&self, text: &str, part: Part) -> String {
        let mut out = String::new();
        let mut at = 0;
        for span in self.highlighter.spans(text, part) {
            out.push_str(&text[at..span.start]);
            let word = &text[span.clone()];
            let _ = if self.bold { write!(out, "\x1b[1m{word}\x1b[22m") } else { write!(out, "[{word}]") };
            at = span.end;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Bold for the found words when standard output is a terminal and `NO_COLOR` is not set.
fn use_bold() -> bool {
    io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// "L01  1999  The five laws of library science — Ranganathan, S. R.", with the words a
/// query found marked when `marks` is given.
fn line(record: &Record, marks: Option<&Marks>) -> String {
    let mark = |text: &str, part: Part| marks.map_or_else(|| text.to_string(), |m| m.apply(text, part));
    let year = record.year.map_or_else(|| "----".to_string(), |y| y.to_string());
    let title = match &record.subtitle {
        Some(subtitle) => format!("{}: {}", mark(&record.title, Part::Title), mark(subtitle, Part::Title)),
        None => mark(&record.title, Part::Title),
    };
    let authors = if record.authors.is_empty() {
        String::new()
    } else {
        let names: Vec<String> = record.authors.iter().map(|a| mark(a, Part::Author)).collect();
        format!(" — {}", names.join("; "))
    };
    format!("{}  {year}  {title}{authors}", record.id)
}

/// `catalog search --json`.
#[derive(Debug, Serialize)]
struct SearchReport<'a> {
    /// The query as it was read, with the implied parentheses.
    query: String,
    total: usize,
    results: Vec<Match<'a>>,
}

#[derive(Debug, Serialize)]
struct Match<'a> {
    id: &'a str,
    score: usize,
    /// The words and phrases the query found in the record, as written there.
    found: Vec<String>,
}
