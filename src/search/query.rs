//! The query language of the practice catalogue, as library databases have it:
//!
//! - words, `"exact phrases"`, truncation `litera*`;
//! - `AND`, `OR`, `NOT` (also `DAN`, `ATAU`, `TIDAK`), in capitals; two words side by side
//!   mean AND;
//! - parentheses; precedence NOT, then AND, then OR (`a OR b AND c` is `a OR (b AND c)`);
//! - field codes: `title:`/`ti:`, `author:`/`au:`, `subject:`/`su:`, `year:2010..2020`,
//!   `lang:`, `type:`, `isbn:`; a field code applies to the word, phrase or group after it.
//!
//! Parsing never panics; a mistake is a [`QueryError`] with its position and a suggestion.

use std::fmt;
use std::ops::Range;

use crate::i18n::Msg;
use crate::lang::Lang;

/// A searchable field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Author,
    Subject,
    Isbn,
}

/// A filter field: the whole value must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Filter {
    Lang,
    Type,
}

/// A parsed query. Spans are byte ranges in the query text, for messages and explanations.
#[derive(Debug, Clone)]
pub enum Query {
    /// A word, `truncated` when written with `*`.
    Term {
        field: Option<Field>,
        word: String,
        truncated: bool,
        span: Range<usize>,
    },
    /// Words that must stand side by side, in order.
    Phrase {
        field: Option<Field>,
        words: Vec<String>,
        span: Range<usize>,
    },
    /// `year:FROM..TO` (either end may be open).
    Year {
        from: Option<i32>,
        to: Option<i32>,
        span: Range<usize>,
    },
    Filter {
        filter: Filter,
        value: String,
        span: Range<usize>,
    },
    And(Vec<Query>),
    Or(Vec<Query>),
    Not(Box<Query>),
}

/// Two queries are equal when they read the same, whatever their spans.
impl PartialEq for Query {
    fn eq(&self, other: &Self) -> bool {
        self.to_string() == other.to_string()
    }
}

/// What went wrong, and where (a byte range of the query).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub kind: QueryErrorKind,
    pub span: Range<usize>,
}

/// The mistakes the parser recognises, each a lesson in itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryErrorKind {
    Empty,
    /// A `(` that is never closed.
    UnclosedParenthesis,
    /// A `)` with no `(` before it.
    UnexpectedClose,
    /// `()` with nothing inside.
    EmptyGroup,
    /// An operator with nothing to combine on one side.
    DanglingOperator(String),
    /// `""`.
    EmptyPhrase,
    /// A `"` that is never closed.
    UnclosedQuote,
    /// `titel:`, with the closest known field code.
    UnknownField {
        code: String,
        suggestion: Option<&'static str>,
    },
    /// A field code with nothing after it.
    EmptyField(String),
    /// `year:` with something that is not a year or a range.
    BadYear,
    /// `*` anywhere but at the end of a word, or alone.
    MisplacedTruncation,
}

impl QueryErrorKind {
    /// What is wrong, in the learner's language.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            QueryErrorKind::Empty => Msg::QueryEmpty.text(lang).into(),
            QueryErrorKind::UnclosedParenthesis => Msg::QueryUnclosed.text(lang).into(),
            QueryErrorKind::UnexpectedClose => Msg::QueryUnexpectedClose.text(lang).into(),
            QueryErrorKind::EmptyGroup => Msg::QueryEmptyGroup.text(lang).into(),
            QueryErrorKind::DanglingOperator(op) if op == "NOT" => Msg::QueryDanglingNot.text(lang).into(),
            QueryErrorKind::DanglingOperator(op) if op.is_empty() => Msg::QueryDanglingEnd.text(lang).into(),
            QueryErrorKind::DanglingOperator(op) => Msg::QueryDangling.fill(lang, &[op]),
            QueryErrorKind::EmptyPhrase => Msg::QueryEmptyPhrase.text(lang).into(),
            QueryErrorKind::UnclosedQuote => Msg::QueryUnclosedQuote.text(lang).into(),
            QueryErrorKind::UnknownField { code, .. } => Msg::QueryUnknownField.fill(lang, &[code]),
            QueryErrorKind::EmptyField(code) => Msg::QueryEmptyField.fill(lang, &[code]),
            QueryErrorKind::BadYear => Msg::QueryBadYear.text(lang).into(),
            QueryErrorKind::MisplacedTruncation => Msg::QueryTruncation.text(lang).into(),
        }
    }

    /// What to do about it.
    #[must_use]
    pub fn help(&self, lang: Lang) -> String {
        match self {
            QueryErrorKind::Empty => Msg::QueryEmptyHelp.text(lang).into(),
            QueryErrorKind::UnclosedParenthesis => Msg::QueryUnclosedHelp.text(lang).into(),
            QueryErrorKind::UnexpectedClose => Msg::QueryUnexpectedCloseHelp.text(lang).into(),
            QueryErrorKind::EmptyGroup => Msg::QueryEmptyGroupHelp.text(lang).into(),
            QueryErrorKind::DanglingOperator(op) if op.is_empty() => Msg::QueryEmptyHelp.text(lang).into(),
            QueryErrorKind::DanglingOperator(op) => Msg::QueryDanglingHelp.fill(lang, &[op]),
            QueryErrorKind::EmptyPhrase => Msg::QueryEmptyPhraseHelp.text(lang).into(),
            QueryErrorKind::UnclosedQuote => Msg::QueryUnclosedQuoteHelp.text(lang).into(),
            QueryErrorKind::UnknownField { suggestion: Some(close), .. } => {
                Msg::QueryDidYouMean.fill(lang, &[close])
            }
            QueryErrorKind::UnknownField { .. } => Msg::QueryFieldHelp.text(lang).into(),
            QueryErrorKind::EmptyField(code) => Msg::QueryEmptyFieldHelp.fill(lang, &[code]),
            QueryErrorKind::BadYear => Msg::QueryBadYearHelp.text(lang).into(),
            QueryErrorKind::MisplacedTruncation => Msg::QueryTruncationHelp.text(lang).into(),
        }
    }
}

impl QueryError {
    /// The query with a caret under the mistake, the message and the help, for a terminal.
    #[must_use]
    pub fn render(&self, query: &str, lang: Lang) -> String {
        let before = query.get(..self.span.start).unwrap_or(query);
        let marked = query.get(self.span.clone()).unwrap_or("");
        let pad = unicode_width::UnicodeWidthStr::width(before);
        let carets = unicode_width::UnicodeWidthStr::width(marked).max(1);
        format!(
            "  {}\n  {}{} {}\n  {}\n",
            crate::text::sanitize(query).replace('\n', " "),
            " ".repeat(pad),
            "^".repeat(carets),
            self.kind.message(lang),
            self.kind.help(lang)
        )
    }
}

/// Operators written in lower case: searched as words, worth a note (`and` → `AND`).
#[must_use]
pub fn lowercase_operators(text: &str) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    for word in text.split_whitespace() {
        let operator = match word {
            "and" | "And" => "AND",
            "or" | "Or" => "OR",
            "not" | "Not" => "NOT",
            "dan" | "Dan" => "DAN",
            "atau" | "Atau" => "ATAU",
            "tidak" | "Tidak" => "TIDAK",
            _ => continue,
        };
        if !found.iter().any(|(w, _)| w == word) {
            found.push((word.to_string(), operator));
        }
    }
    found
}

/// Every field code, for "did you mean".
const FIELD_CODES: [&str; 14] =
    ["title", "ti", "author", "au", "subject", "su", "year", "py", "lang", "la", "type", "ty", "isbn", "is"];

/// Parses a query.
///
/// # Errors
/// The first mistake in the query, with its position.
pub fn parse(text: &str) -> Result<Query, QueryError> {
    let tokens = lex(text)?;
    if tokens.is_empty() {
        return Err(QueryError { kind: QueryErrorKind::Empty, span: 0..text.len() });
    }
    let mut parser = Parser { tokens, at: 0, len: text.len() };
    let query = parser.or()?;
    match parser.tokens.get(parser.at) {
        None => Ok(query),
        Some(Token { kind: TokenKind::Close, span }) => {
            Err(QueryError { kind: QueryErrorKind::UnexpectedClose, span: span.clone() })
        }
        Some(token) => Err(QueryError { kind: QueryErrorKind::UnexpectedClose, span: token.span.clone() }),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokenKind {
    Word(String),
    Phrase(Vec<String>),
    /// A field code, written `code:`.
    Field(String),
    And,
    Or,
    Not,
    Open,
    Close,
}

#[derive(Debug, Clone)]
struct Token {
    kind: TokenKind,
    span: Range<usize>,
}

fn lex(text: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            continue;
        }
        match c {
            '(' | ')' => {
                chars.next();
                let kind = if c == '(' { TokenKind::Open } else { TokenKind::Close };
                tokens.push(Token { kind, span: start..start + 1 });
            }
            '"' | '“' | '”' => {
                chars.next();
                let mut phrase = String::new();
                let mut end = None;
                for (i, c) in chars.by_ref() {
                    if matches!(c, '"' | '“' | '”') {
                        end = Some(i + c.len_utf8());
                        break;
                    }
                    phrase.push(c);
                }
                let Some(end) = end else {
                    return Err(QueryError { kind: QueryErrorKind::UnclosedQuote, span: start..text.len() });
                };
                let words = words_of(&phrase);
                if words.is_empty() {
                    return Err(QueryError { kind: QueryErrorKind::EmptyPhrase, span: start..end });
                }
                tokens.push(Token { kind: TokenKind::Phrase(words), span: start..end });
            }
            _ => {
                let mut word = String::new();
                let mut end = start;
                while let Some(&(i, c)) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '"' | '“' | '”') {
                        break;
                    }
                    word.push(c);
                    end = i + c.len_utf8();
                    chars.next();
                    // `code:` ends a field code, unless it is `year:` whose value follows.
                    if c == ':' {
                        break;
                    }
                }
                let span = start..end;
                let kind = match word.as_str() {
                    "AND" | "DAN" => TokenKind::And,
                    "OR" | "ATAU" => TokenKind::Or,
                    "NOT" | "TIDAK" => TokenKind::Not,
                    w if w.len() > 1 && w.ends_with(':') => TokenKind::Field(w[..w.len() - 1].to_lowercase()),
                    _ => TokenKind::Word(word),
                };
                tokens.push(Token { kind, span });
            }
        }
    }
    Ok(tokens)
}

/// The words of a text as the catalogue indexes them: lowercase, accents folded, split at
/// anything that is not a letter or a digit (`*` kept, for truncation).
#[must_use]
pub fn words_of(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(text, |word| words.push(word.to_string()));
    words
}

/// Calls `each` with every word of `text`, as [`words_of`] splits them, without a `String`
/// per word: indexing a large catalogue splits millions of words.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str)) {
    if text.is_ascii() {
        // The common case, without the Unicode passes: for ASCII they change nothing but the
        // case and the control characters, which are dropped as `normalize` drops them.
        let mut cleaned = String::new();
        for piece in text.split(|c: char| {
            !(c.is_ascii_alphanumeric() || c == '*' || (c.is_ascii_control() && !c.is_whitespace()))
        }) {
            let word = if piece.bytes().any(|b| b.is_ascii_control() || b.is_ascii_uppercase()) {
                cleaned.clear();
                cleaned
                    .extend(piece.chars().filter(|c| !c.is_ascii_control()).map(|c| c.to_ascii_lowercase()));
                cleaned.as_str()
            } else {
                piece
            };
            if !word.is_empty() && word != "*" {
                each(word);
            }
        }
        return;
    }
    for_each_word_unicode(text, each);
}

/// `for_each_word` for any text: Unicode normalisation, case and accent folding.
fn for_each_word_unicode(text: &str, each: impl FnMut(&str)) {
    let folded = crate::grade::normalize::normalize(
        text,
        crate::grade::normalize::Options { case_sensitive: false, fold_diacritics: true },
    );
    folded
        .split(|c: char| !(c.is_alphanumeric() || c == '*'))
        .filter(|w| !w.is_empty() && *w != "*")
        .for_each(each);
}

/// `words_of` without the ASCII shortcut, for testing the shortcut against.
#[cfg(test)]
fn words_of_unicode(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word_unicode(text, |word| words.push(word.to_string()));
    words
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    len: usize,
}

impl Parser {
    fn peek(&self) -> Option<&TokenKind> {
        self.tokens.get(self.at).map(|t| &t.kind)
    }

    fn span_here(&self) -> Range<usize> {
        self.tokens.get(self.at).map_or(self.len..self.len, |t| t.span.clone())
    }

    /// OR binds loosest.
    fn or(&mut self) -> Result<Query, QueryError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&TokenKind::Or) {
            let operator = self.span_here();
            self.at += 1;
            if self.at_operand_end() {
                return Err(QueryError {
                    kind: QueryErrorKind::DanglingOperator("OR".into()),
                    span: operator,
                });
            }
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::Or(parts) })
    }

    /// AND, written or implied by two terms side by side; `a NOT b` is `a AND NOT b`.
    fn and(&mut self) -> Result<Query, QueryError> {
        let mut parts = vec![self.not()?];
        loop {
            match self.peek() {
                Some(TokenKind::And) => {
                    let operator = self.span_here();
                    self.at += 1;
                    if self.at_operand_end() {
                        return Err(QueryError {
                            kind: QueryErrorKind::DanglingOperator("AND".into()),
                            span: operator,
                        });
                    }
                    parts.push(self.not()?);
                }
                Some(
                    TokenKind::Not
                    | TokenKind::Word(_)
                    | TokenKind::Phrase(_)
                    | TokenKind::Field(_)
                    | TokenKind::Open,
                ) => {
                    parts.push(self.not()?);
                }
                _ => break,
            }
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::And(parts) })
    }

    fn not(&mut self) -> Result<Query, QueryError> {
        if self.peek() == Some(&TokenKind::Not) {
            let operator = self.span_here();
            self.at += 1;
            if self.at_operand_end() {
                return Err(QueryError {
                    kind: QueryErrorKind::DanglingOperator("NOT".into()),
                    span: operator,
                });
            }
            return Ok(Query::Not(Box::new(self.not()?)));
        }
        self.primary(None)
    }

    /// Whether nothing that can be searched for follows (end, `)`, or another operator).
    fn at_operand_end(&self) -> bool {
        matches!(self.peek(), None | Some(TokenKind::Close | TokenKind::And | TokenKind::Or))
    }

    fn primary(&mut self, field: Option<Field>) -> Result<Query, QueryError> {
        let Some(token) = self.tokens.get(self.at).cloned() else {
            return Err(QueryError {
                kind: QueryErrorKind::DanglingOperator(String::new()),
                span: self.len..self.len,
            });
        };
        self.at += 1;
        match token.kind {
            TokenKind::Word(word) => term(field, &word, token.span),
            TokenKind::Phrase(words) => Ok(Query::Phrase { field, words, span: token.span }),
            TokenKind::Open => {
                if self.peek() == Some(&TokenKind::Close) {
                    let span = token.span.start..self.span_here().end;
                    return Err(QueryError { kind: QueryErrorKind::EmptyGroup, span });
                }
                let inner = self.or_with_field(field)?;
                if self.peek() == Some(&TokenKind::Close) {
                    self.at += 1;
                    Ok(inner)
                } else {
                    Err(QueryError { kind: QueryErrorKind::UnclosedParenthesis, span: token.span })
                }
            }
            TokenKind::Close => Err(QueryError { kind: QueryErrorKind::UnexpectedClose, span: token.span }),
            TokenKind::Field(code) => self.field(&code, token.span),
            TokenKind::And | TokenKind::Or => {
                let name = if token.kind == TokenKind::And { "AND" } else { "OR" };
                Err(QueryError { kind: QueryErrorKind::DanglingOperator(name.into()), span: token.span })
            }
            TokenKind::Not => Ok(Query::Not(Box::new(self.primary(field)?))),
        }
    }

    /// A group under a field code: every term inside takes the field.
    fn or_with_field(&mut self, field: Option<Field>) -> Result<Query, QueryError> {
        let query = self.or()?;
        Ok(match field {
            Some(field) => with_field(query, field),
            None => query,
        })
    }

    fn field(&mut self, code: &str, span: Range<usize>) -> Result<Query, QueryError> {
        let next = self.tokens.get(self.at).cloned();
        let empty = || QueryError { kind: QueryErrorKind::EmptyField(code.to_string()), span: span.clone() };
        match code {
            "year" | "py" => {
                let Some(Token { kind: TokenKind::Word(value), span: value_span }) = next else {
                    return Err(empty());
                };
                self.at += 1;
                let whole = span.start..value_span.end;
                let bad = || QueryError { kind: QueryErrorKind::BadYear, span: whole.clone() };
                let year = |s: &str| {
                    if s.is_empty() { Ok(None) } else { s.parse::<i32>().map(Some).map_err(|_| bad()) }
                };
                let (from, to) = if let Some((a, b)) = value.split_once("..") {
                    (year(a)?, year(b)?)
                } else {
                    let y = year(&value)?;
                    (y, y)
                };
                if from.is_none() && to.is_none() {
                    return Err(bad());
                }
                Ok(Query::Year { from, to, span: whole })
            }
            "lang" | "la" | "type" | "ty" => {
                let Some(Token { kind: TokenKind::Word(value), span: value_span }) = next else {
                    return Err(empty());
                };
                self.at += 1;
                let filter = if code.starts_with('l') { Filter::Lang } else { Filter::Type };
                Ok(Query::Filter { filter, value: value.to_lowercase(), span: span.start..value_span.end })
            }
            _ => {
                let field = match code {
                    "title" | "ti" => Field::Title,
                    "author" | "au" => Field::Author,
                    "subject" | "su" => Field::Subject,
                    "isbn" | "is" => Field::Isbn,
                    _ => {
                        let suggestion = crate::suggest::did_you_mean(code, FIELD_CODES);
                        return Err(QueryError {
                            kind: QueryErrorKind::UnknownField { code: code.to_string(), suggestion },
                            span,
                        });
                    }
                };
                if matches!(
                    next.map(|t| t.kind),
                    None | Some(TokenKind::And | TokenKind::Or | TokenKind::Close)
                ) {
                    return Err(empty());
                }
                self.primary(Some(field))
            }
        }
    }
}

fn term(field: Option<Field>, word: &str, span: Range<usize>) -> Result<Query, QueryError> {
    let truncated = word.ends_with('*');
    let stem = word.trim_end_matches('*');
    if stem.contains('*') || (truncated && stem.is_empty()) {
        return Err(QueryError { kind: QueryErrorKind::MisplacedTruncation, span });
    }
    let mut words = words_of(stem);
    match words.len() {
        0 => Err(QueryError { kind: QueryErrorKind::MisplacedTruncation, span }),
        // A word with punctuation inside (`e-book`, `978-0-00`) is searched as a phrase of its parts,
        // as databases do; ISBNs are compared digit by digit.
        1 => Ok(Query::Term { field, word: words.remove(0), truncated, span }),
        _ if field == Some(Field::Isbn) => Ok(Query::Term { field, word: words.concat(), truncated, span }),
        _ => Ok(Query::Phrase { field, words, span }),
    }
}

/// Gives every term in `query` the field `field` (for `ti:(a OR b)`).
fn with_field(query: Query, field: Field) -> Query {
    match query {
        Query::Term { field: None, word, truncated, span } => {
            Query::Term { field: Some(field), word, truncated, span }
        }
        Query::Phrase { field: None, words, span } => Query::Phrase { field: Some(field), words, span },
        Query::And(parts) => Query::And(parts.into_iter().map(|q| with_field(q, field)).collect()),
        Query::Or(parts) => Query::Or(parts.into_iter().map(|q| with_field(q, field)).collect()),
        Query::Not(inner) => Query::Not(Box::new(with_field(*inner, field))),
        other => other,
    }
}

impl Field {
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Author => "author",
            Field::Subject => "subject",
            Field::Isbn => "isbn",
        }
    }
}

/// The query as it was read: operators in capitals, fields spelt out, and the implied
/// parentheses written, so a learner sees what `a OR b c` really asks for.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix =
            |field: &Option<Field>| field.map_or(String::new(), |field| format!("{}:", field.code()));
        match self {
            Query::Term { field, word, truncated, .. } => {
                write!(f, "{}{word}{}", prefix(field), if *truncated { "*" } else { "" })
            }
            Query::Phrase { field, words, .. } => write!(f, "{}\"{}\"", prefix(field), words.join(" ")),
            Query::Year { from, to, .. } => match (from, to) {
                (Some(a), Some(b)) if a == b => write!(f, "year:{a}"),
                _ => write!(
                    f,
                    "year:{}..{}",
                    from.map(|y| y.to_string()).unwrap_or_default(),
                    to.map(|y| y.to_string()).unwrap_or_default()
                ),
            },
            Query::Filter { filter, value, .. } => {
                write!(f, "{}:{value}", if *filter == Filter::Lang { "lang" } else { "type" })
            }
            Query::And(parts) => write_joined(f, parts, " AND "),
            Query::Or(parts) => write_joined(f, parts, " OR "),
            Query::Not(inner) => {
                f.write_str("NOT ")?;
                write_operand(f, inner)
            }
        }
    }
}

fn write_joined(f: &mut fmt::Formatter<'_>, parts: &[Query], operator: &str) -> fmt::Result {
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            f.write_str(operator)?;
        }
        write_operand(f, part)?;
    }
    Ok(())
}

/// An operand, in parentheses when it is itself an AND or OR.
fn write_operand(f: &mut fmt::Formatter<'_>, query: &Query) -> fmt::Result {
    match query {
        Query::And(_) | Query::Or(_) => write!(f, "({query})"),
        _ => write!(f, "{query}"),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[track_caller]
    fn reads_as(query: &str, expected: &str) {
        assert_eq!(parse(query).map(|q| q.to_string()), Ok(expected.to_string()), "{query}");
    }

    #[track_caller]
    fn fails(query: &str, kind: QueryErrorKind, span: Range<usize>) {
        assert_eq!(parse(query), Err(QueryError { kind, span }), "{query}");
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        reads_as("a OR b AND c", "a OR (b AND c)");
        reads_as("a OR b c", "a OR (b AND c)");
        reads_as("(a OR b) c", "(a OR b) AND c");
        reads_as("a NOT b OR c", "(a AND NOT b) OR c");
        reads_as("NOT a", "NOT a");
        reads_as(
            "sampah DAN plastik ATAU laut TIDAK sungai",
            "(sampah AND plastik) OR (laut AND NOT sungai)",
        );
        reads_as("a and b", "a AND and AND b");
    }

    #[test]
    fn phrases_truncation_fields_and_ranges() {
        reads_as("\"Literasi  Informasi\" litera*", "\"literasi informasi\" AND litera*");
        reads_as("ti:(stunting OR gizi) au:hirata", "(title:stunting OR title:gizi) AND author:hirata");
        reads_as("year:2010..2020 lang:ID type:book", "year:2010..2020 AND lang:id AND type:book");
        reads_as("year:2019", "year:2019");
        reads_as("year:..1990", "year:..1990");
        reads_as("Pérpustakaan e-book", "perpustakaan AND \"e book\"");
        reads_as("isbn:979-3062-79-7", "isbn:9793062797");
    }

    #[test]
    fn mistakes_are_located() {
        fails("", QueryErrorKind::Empty, 0..0);
        fails("(a OR b", QueryErrorKind::UnclosedParenthesis, 0..1);
        fails("a OR b)", QueryErrorKind::UnexpectedClose, 6..7);
        fails("a AND", QueryErrorKind::DanglingOperator("AND".into()), 2..5);
        fails("OR a", QueryErrorKind::DanglingOperator("OR".into()), 0..2);
        fails("a NOT", QueryErrorKind::DanglingOperator("NOT".into()), 2..5);
        fails("a \"\"", QueryErrorKind::EmptyPhrase, 2..4);
        fails("\"open access", QueryErrorKind::UnclosedQuote, 0..12);
        fails(
            "titel:stunting",
            QueryErrorKind::UnknownField { code: "titel".into(), suggestion: Some("title") },
            0..6,
        );
        fails("year:dua", QueryErrorKind::BadYear, 0..8);
        fails("lit*eracy", QueryErrorKind::MisplacedTruncation, 0..9);
        fails("a ()", QueryErrorKind::EmptyGroup, 2..4);
        fails("ti: AND x", QueryErrorKind::EmptyField("ti".into()), 0..3);
    }

    fn query_text() -> impl Strategy<Value = String> {
        let atom = prop_oneof![
            "[a-z]{1,6}\\*?",
            "\"[a-z]{1,5}( [a-z]{1,5}){0,2}\"",
            "(ti|au|su):[a-z]{1,5}",
            "year:(19[5-9][0-9]|20[0-2][0-9])(\\.\\.(20[0-2][0-9]))?",
        ];
        let leaf = atom.boxed();
        leaf.prop_recursive(4, 24, 3, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} AND {b}")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} OR {b}")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} NOT {b}")),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} {b}")),
                inner.prop_map(|a| format!("({a})")),
            ]
        })
    }

    proptest! {
        #[test]
        fn the_ascii_shortcut_splits_words_as_the_unicode_path_does(text in "[ -~\\t\\n\\x00-\\x1f\\x7f]{0,40}") {
            prop_assert_eq!(words_of(&text), words_of_unicode(&text));
        }

        #[test]
        fn printing_and_parsing_again_gives_the_same_query(text in query_text()) {
            let query = parse(&text).expect("generated queries are valid");
            let printed = query.to_string();
            prop_assert_eq!(parse(&printed).expect("the printed query parses"), query, "{} → {}", text, printed);
        }

        #[test]
        fn any_text_parses_or_fails_without_panic(text in "\\PC{0,60}") {
            if let Err(error) = parse(&text) {
                prop_assert!(error.span.start <= error.span.end && error.span.end <= text.len());
            }
        }
    }
}
