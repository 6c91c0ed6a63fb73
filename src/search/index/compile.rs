//! Compiling a parsed query into one FTS5 `MATCH` expression, narrowed by SQL sets where
//! FTS5 cannot say a part (ISBNs, and NOT or OR beside them).

use std::fmt::Write as _;

use rusqlite::types::Value;

use crate::search::query::{Field, Filter, Query};

/// What a whole query compiles to: an FTS5 expression where there is one, narrowed by SQL
/// sets of row numbers that the rows must be in (`keep`) or not in (`drop`).
pub(super) struct Plan {
    pub(super) expression: Option<String>,
    keep: Vec<String>,
    drop: Vec<String>,
}

impl Plan {
    pub(super) fn of(query: &Query, years: &[i32], values: &mut Vec<Value>) -> Plan {
        match query {
            Query::And(parts) => {
                let and = compile_and(parts, years, values);
                Plan { expression: and.expression, keep: and.keep, drop: and.drop }
            }
            _ => match compile(query, years, values) {
                Part::Match(e) => Plan { expression: Some(e), keep: Vec::new(), drop: Vec::new() },
                Part::Sql(s) => Plan { expression: None, keep: vec![s], drop: Vec::new() },
            },
        }
    }

    /// ` AND +rowid IN (…)` for each set; the `+` keeps SQLite from handing the condition to
    /// FTS5 as a row lookup, so each set is computed once and probed per match.
    pub(super) fn filters(&self) -> String {
        let mut sql = String::new();
        for keep in &self.keep {
            let _ = write!(sql, " AND +rowid IN (SELECT rid FROM ({keep}))");
        }
        for drop in &self.drop {
            let _ = write!(sql, " AND +rowid NOT IN (SELECT rid FROM ({drop}))");
        }
        sql
    }

    /// The plan without an FTS5 expression, as one SQL set of `rid`s.
    pub(super) fn set(&self) -> String {
        let mut sql = "SELECT rid FROM records".to_string();
        for keep in &self.keep {
            sql = format!("SELECT rid FROM ({sql}) INTERSECT SELECT rid FROM ({keep})");
        }
        for drop in &self.drop {
            sql = format!("SELECT rid FROM ({sql}) EXCEPT SELECT rid FROM ({drop})");
        }
        sql
    }
}

/// A word of the `facet` column: what a record is rather than what it says. Each starts
/// with a private-use character, which `words_of` never produces, so no word of a query can
/// match one by accident; values are written in hex, so any value is one word.
pub(super) enum Facet<'a> {
    /// Every record has it: the left side of a NOT that stands alone.
    Every,
    /// No record has it: a year range with no year of the catalogue in it.
    Nothing,
    Lang(&'a str),
    Type(&'a str),
    Year(i32),
}

impl Facet<'_> {
    pub(super) fn token(&self) -> String {
        let hex = |value: &str| {
            value.bytes().fold(String::new(), |mut hex, b| {
                let _ = write!(hex, "{b:02x}");
                hex
            })
        };
        match self {
            Facet::Every => "\u{e001}every".to_string(),
            Facet::Nothing => "\u{e001}nothing".to_string(),
            Facet::Lang(value) => format!("\u{e001}lang{}", hex(value)),
            Facet::Type(value) => format!("\u{e001}type{}", hex(value)),
            Facet::Year(year) => format!("\u{e001}year{}", hex(&year.to_string())),
        }
    }
}

/// The FTS5 column filter for a text leaf. A word without a field code has none: it
/// searches every column, the facet column too, where it can never match, since every facet
/// word starts with a private-use character that no query word has. That is what a word
/// without a field means, and FTS5 then need not sort its positions by column.
fn column_filter(field: Option<Field>) -> &'static str {
    match field {
        None => "",
        Some(Field::Title) => "{title} : ",
        Some(Field::Author) => "{author} : ",
        Some(Field::Subject) => "{subject} : ",
        Some(Field::Isbn) => "{isbn} : ",
    }
}

/// An FTS5 expression for a word (`"litera" *` when truncated) or a phrase in one column.
/// Every word is quoted, so no word is ever read as an FTS5 operator.
fn fts_expression(field: Option<Field>, words: &[String], truncated: bool) -> String {
    let quoted: Vec<String> = words.iter().map(|w| w.replace('"', "")).collect();
    format!("{}\"{}\"{}", column_filter(field), quoted.join(" "), if truncated { " *" } else { "" })
}

/// A compiled part of a query: an FTS5 MATCH expression, or SQL selecting `rid`s.
enum Part {
    Match(String),
    Sql(String),
}

impl Part {
    fn into_sql(self, values: &mut Vec<Value>) -> String {
        match self {
            Part::Sql(sql) => sql,
            Part::Match(expression) => {
                values.push(Value::Text(expression));
                format!("SELECT rowid AS rid FROM words WHERE words MATCH ?{}", values.len())
            }
        }
    }
}

/// Compiles `query`, keeping as much of it as one FTS5 MATCH expression as FTS5 can say
/// (words, phrases, AND, OR, and NOT beside a positive part); years, filters, ISBNs and a
/// NOT standing alone become SQL. `values` collects the SQL parameters.
fn compile(query: &Query, years: &[i32], values: &mut Vec<Value>) -> Part {
    let mut param = |value: Value| {
        values.push(value);
        format!("?{}", values.len())
    };
    match query {
        Query::Term { field: Some(Field::Isbn), word, truncated, .. } => {
            let from = param(Value::Text(word.clone()));
            if *truncated {
                // Every string that starts with the prefix sorts between it and prefix + U+10FFFF,
                // a range the index answers.
                let to = param(Value::Text(format!("{word}{}", char::MAX)));
                Part::Sql(format!("SELECT rid FROM isbns WHERE isbn >= {from} AND isbn < {to}"))
            } else {
                Part::Sql(format!("SELECT rid FROM isbns WHERE isbn = {from}"))
            }
        }
        Query::Phrase { field: Some(Field::Isbn), words, .. } => {
            let p = param(Value::Text(words.concat()));
            Part::Sql(format!("SELECT rid FROM isbns WHERE isbn = {p}"))
        }
        Query::Term { field, word, truncated, .. } => {
            Part::Match(fts_expression(*field, std::slice::from_ref(word), *truncated))
        }
        Query::Phrase { field, words, .. } => Part::Match(fts_expression(*field, words, false)),
        Query::Year { from, to, .. } => {
            // A range is the years of the catalogue that fall in it, one word each.
            let from = from.unwrap_or(i32::MIN);
            let to = to.unwrap_or(i32::MAX);
            let start = years.partition_point(|y| *y < from);
            let end = years.partition_point(|y| *y <= to);
            let words: Vec<String> = years[start..end.max(start)]
                .iter()
                .map(|y| format!("\"{}\"", Facet::Year(*y).token()))
                .collect();
            if words.is_empty() {
                Part::Match(format!("\"{}\"", Facet::Nothing.token()))
            } else {
                Part::Match(words.join(" OR "))
            }
        }
        Query::Filter { filter, value, .. } => {
            let facet = if *filter == Filter::Lang { Facet::Lang(value) } else { Facet::Type(value) };
            Part::Match(format!("\"{}\"", facet.token()))
        }
        Query::And(parts) => compile_and(parts, years, values).into_part(values),
        Query::Or(parts) => {
            let compiled: Vec<Part> = parts.iter().map(|p| compile(p, years, values)).collect();
            if compiled.iter().all(|p| matches!(p, Part::Match(_))) {
                let expressions: Vec<String> = compiled
                    .into_iter()
                    .map(|p| match p {
                        Part::Match(e) => format!("({e})"),
                        Part::Sql(_) => String::new(),
                    })
                    .collect();
                Part::Match(expressions.join(" OR "))
            } else {
                let selects: Vec<String> = compiled
                    .into_iter()
                    .map(|p| format!("SELECT rid FROM ({})", p.into_sql(values)))
                    .collect();
                Part::Sql(selects.join(" UNION "))
            }
        }
        Query::Not(inner) => match compile(inner, years, values) {
            // FTS5's NOT needs something on its left: the word every record has.
            Part::Match(e) => Part::Match(format!("(\"{}\") NOT ({e})", Facet::Every.token())),
            Part::Sql(inner) => {
                Part::Sql(format!("SELECT rid FROM records EXCEPT SELECT rid FROM ({inner})"))
            }
        },
    }
}

/// An AND of parts: the ones FTS5 can say as one expression (`(a) AND (b) NOT (c)`), and
/// SQL sets that narrow it.
struct Conjunction {
    expression: Option<String>,
    keep: Vec<String>,
    drop: Vec<String>,
}

/// AND: the parts FTS5 can say become one expression (`(a) AND (b) NOT (c)`), the rest SQL
/// that narrows it with `INTERSECT` and `EXCEPT`.
fn compile_and(parts: &[Query], years: &[i32], values: &mut Vec<Value>) -> Conjunction {
    let mut positive = Vec::new();
    let mut negative = Vec::new();
    let mut keep = Vec::new();
    let mut drop = Vec::new();
    for part in parts {
        if let Query::Not(inner) = part {
            match compile(inner, years, values) {
                Part::Match(e) => negative.push(e),
                Part::Sql(s) => drop.push(s),
            }
        } else {
            match compile(part, years, values) {
                Part::Match(e) => positive.push(e),
                Part::Sql(s) => keep.push(s),
            }
        }
    }
    if positive.is_empty() && !negative.is_empty() {
        // FTS5's NOT needs something on its left: the word every record has.
        positive.push(format!("\"{}\"", Facet::Every.token()));
    }
    let expression = if positive.is_empty() {
        None
    } else {
        let mut e = positive.iter().map(|p| format!("({p})")).collect::<Vec<_>>().join(" AND ");
        for n in &negative {
            e = format!("({e}) NOT ({n})");
        }
        Some(e)
    };
    Conjunction { expression, keep, drop }
}

impl Conjunction {
    /// The conjunction as a part of a larger query.
    fn into_part(self, values: &mut Vec<Value>) -> Part {
        if self.keep.is_empty() && self.drop.is_empty() {
            return Part::Match(self.expression.unwrap_or_default());
        }
        let mut sql = match self.expression {
            Some(e) => Part::Match(e).into_sql(values),
            None => "SELECT rid FROM records".to_string(),
        };
        for s in self.keep {
            sql = format!("SELECT rid FROM ({sql}) INTERSECT SELECT rid FROM ({s})");
        }
        for s in self.drop {
            sql = format!("SELECT rid FROM ({sql}) EXCEPT SELECT rid FROM ({s})");
        }
        Part::Sql(sql)
    }
}
