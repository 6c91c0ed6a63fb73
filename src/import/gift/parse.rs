//! A Moodle GIFT parser that keeps line and column positions, so every problem can be reported
//! where the author wrote it. It knows nothing of courses: it turns text into a typed tree
//! ([`GiftFile`]) and a list of [`Problem`]s, and `convert` decides what infolit makes of it.
//!
//! GIFT in brief: questions are separated by blank lines; lines starting with `//` are
//! comments; `$CATEGORY: a/b` switches the category; a question is
//! `::title::[format]text{answers}`, where the answer block's content decides the type.
//! `~ = # { } :` and `\` are escaped with a backslash, and `\n` is a line break.
//!
//! The parser never panics and never gives up on the whole file: a question it cannot read is
//! reported with its position and left out, and the next one is read.

use std::fmt;

/// A place in the source: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The text format a question declares with `[html]`, `[markdown]`, `[plain]` or `[moodle]`.
/// Without one, Moodle reads the text as its own auto-format, which allows HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Moodle,
    Html,
    Markdown,
    Plain,
}

/// A parsed file: categories and questions in the order written, and what could not be read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GiftFile {
    pub items: Vec<Item>,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// `$CATEGORY: path/of/category`.
    Category {
        path: String,
        pos: Pos,
    },
    Question(Question),
}

/// One question. Texts are unescaped but still in the question's [`Format`].
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub pos: Pos,
    pub title: Option<String>,
    pub format: Format,
    /// The text before the answer block (all of it for a description).
    pub text: String,
    /// The text after the answer block, when the block sits inside the sentence (a "missing
    /// word" question); `None` when the block ends the question.
    pub after: Option<String>,
    /// `None` for a description (no answer block).
    pub answers: Option<Answers>,
    /// `####…`: shown to everyone once the question is answered.
    pub general_feedback: Option<String>,
    /// The `//` comment lines just above the question, without the slashes (Moodle writes
    /// `question: 12 name: …`, infolit writes `id: …`).
    pub comments: Vec<String>,
    /// Where the answer block starts.
    pub block_pos: Option<Pos>,
}

/// Moodle's question types, as the answer block decides them; a choice or short-answer block
/// inside the sentence is a missing word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionType {
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Matching,
    Numerical,
    MissingWord,
    Essay,
    Description,
}

impl QuestionType {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            QuestionType::MultipleChoice => "multiple choice",
            QuestionType::TrueFalse => "true/false",
            QuestionType::ShortAnswer => "short answer",
            QuestionType::Matching => "matching",
            QuestionType::Numerical => "numerical",
            QuestionType::MissingWord => "missing word",
            QuestionType::Essay => "essay",
            QuestionType::Description => "description",
        }
    }
}

impl Question {
    #[must_use]
    pub fn question_type(&self) -> QuestionType {
        match (&self.answers, self.after.is_some()) {
            (None, _) => QuestionType::Description,
            (Some(Answers::Choice(_) | Answers::Short(_)), true) => QuestionType::MissingWord,
            (Some(Answers::Choice(_)), false) => QuestionType::MultipleChoice,
            (Some(Answers::Short(_)), false) => QuestionType::ShortAnswer,
            (Some(Answers::TrueFalse { .. }), _) => QuestionType::TrueFalse,
            (Some(Answers::Match(_)), _) => QuestionType::Matching,
            (Some(Answers::Numeric(_)), _) => QuestionType::Numerical,
            (Some(Answers::Essay), _) => QuestionType::Essay,
        }
    }
}

/// The answer block, by question type.
#[derive(Debug, Clone, PartialEq)]
pub enum Answers {
    /// `{}`.
    Essay,
    /// `{T}`, `{FALSE#wrong#right}`: the first feedback is for a wrong answer, the second for a
    /// right one.
    TrueFalse { answer: bool, wrong_feedback: Option<String>, right_feedback: Option<String> },
    /// Any `~` in the block: options, `=` right, `~` wrong, `~%50%` weighted.
    Choice(Vec<Choice>),
    /// Only `=` answers: each an accepted text, possibly weighted, `*` a wildcard.
    Short(Vec<Choice>),
    /// `=left -> right`; an empty left side is an extra right-hand item.
    Match(Vec<Pair>),
    /// `{#…}`.
    Numeric(Vec<Numeric>),
}

/// One option of a choice or short-answer block.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub pos: Pos,
    /// Written with `=`.
    pub right: bool,
    /// `%w%`, in percent (−100 to 100).
    pub weight: Option<f64>,
    pub text: String,
    pub feedback: Option<String>,
}

impl Choice {
    /// The share of the mark this answer earns, in percent: its weight, or 100 for `=`.
    #[must_use]
    pub fn percent(&self) -> f64 {
        self.weight.unwrap_or(if self.right { 100.0 } else { 0.0 })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub pos: Pos,
    pub left: String,
    pub right: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Numeric {
    pub pos: Pos,
    pub weight: Option<f64>,
    /// `None` for `~` without a number (feedback for any other answer).
    pub value: Option<NumericValue>,
    /// Written with `~`: a wrong answer.
    pub wrong: bool,
    pub feedback: Option<String>,
}

impl Numeric {
    /// The share of the mark in percent: the weight, 100 when unweighted and not `~`.
    #[must_use]
    pub fn percent(&self) -> f64 {
        self.weight.unwrap_or(if self.wrong { 0.0 } else { 100.0 })
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumericValue {
    /// `value:tolerance` (tolerance 0 when absent).
    Tolerance { value: f64, tolerance: f64 },
    /// `min..max`.
    Range { min: f64, max: f64 },
}

/// What could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub pos: Pos,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.kind)
    }
}

/// Why a question could not be read; the question is left out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    #[error("the title opened with `::` is not closed with `::`")]
    UnclosedTitle,
    #[error("the answer block opened with `{{` is not closed with `}}`")]
    UnclosedBlock,
    #[error("a `}}` without a `{{` before it (write `\\}}` for the character)")]
    StrayClosingBrace,
    #[error("a second answer block: a question has one `{{…}}`")]
    SecondBlock,
    #[error("a `{{` inside the answer block (write `\\{{` for the character)")]
    NestedBrace,
    #[error("an answer must start with `=` or `~`, found `{0}`")]
    NoAnswerMark(String),
    #[error("the weight `{0}` is not a percentage between -100 and 100")]
    BadWeight(String),
    #[error("`{0}` is not a number, a `number:tolerance` or a `min..max` range")]
    BadNumber(String),
    #[error("a matching pair needs `left -> right`, found `{0}`")]
    BadPair(String),
    #[error("the question has a title but no text")]
    NoText,
    #[error("`$CATEGORY:` names no category")]
    EmptyCategory,
}

/// One character of the source after unescaping, with where it was written and whether it was
/// escaped (an escaped `~` is text, not an answer mark).
#[derive(Debug, Clone, Copy)]
struct Ch {
    c: char,
    at: usize,
    escaped: bool,
}

/// Byte offsets of line starts, to turn offsets into positions.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    fn pos(&self, text: &str, at: usize) -> Pos {
        let line = self.starts.partition_point(|s| *s <= at).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = text.get(start..at.min(text.len())).map_or(1, |s| s.chars().count() + 1);
        Pos { line, col }
    }
}

/// Reads a GIFT file. Never fails: what cannot be read is in [`GiftFile::problems`].
#[must_use]
pub fn parse(text: &str) -> GiftFile {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = Lines::new(text);
    let mut file = GiftFile::default();
    for chunk in chunks(text) {
        parse_chunk(text, &lines, &chunk, &mut file);
    }
    file
}

/// A run of non-blank lines: its comment lines and its other lines (with their offsets).
struct Chunk<'a> {
    comments: Vec<&'a str>,
    /// (offset of the line, the line without its end).
    lines: Vec<(usize, &'a str)>,
}

/// Splits the file at blank lines. Comment lines (`//` after optional spaces) are set aside:
/// Moodle ignores them wherever they are.
fn chunks(text: &str) -> Vec<Chunk<'_>> {
    let mut chunks = Vec::new();
    let mut current = Chunk { comments: Vec::new(), lines: Vec::new() };
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !current.lines.is_empty() || !current.comments.is_empty() {
                chunks
                    .push(std::mem::replace(&mut current, Chunk { comments: Vec::new(), lines: Vec::new() }));
            }
        } else if let Some(comment) = trimmed.strip_prefix("//") {
            // Comments after a question's first line belong to no question; Moodle drops them.
            if current.lines.is_empty() {
                current.comments.push(comment.trim());
            }
        } else {
            current.lines.push((offset, line));
        }
        offset += raw.len();
    }
    if !current.lines.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// Unescapes a chunk's lines into characters, joined by line breaks.
fn decode(lines: &[(usize, &str)]) -> Vec<Ch> {
    let mut out = Vec::new();
    for (n, (offset, line)) in lines.iter().enumerate() {
        if n > 0 {
            out.push(Ch { c: '\n', at: offset.saturating_sub(1), escaped: false });
        }
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let at = offset + i;
            if c == '\\' {
                match chars.peek().map(|(_, next)| *next) {
                    Some(next @ ('~' | '=' | '#' | '{' | '}' | ':' | '\\')) => {
                        chars.next();
                        out.push(Ch { c: next, at, escaped: true });
                        continue;
                    }
                    Some('n') => {
                        chars.next();
                        out.push(Ch { c: '\n', at, escaped: true });
                        continue;
                    }
                    _ => {}
                }
            }
            out.push(Ch { c, at, escaped: false });
        }
    }
    out
}

fn text_of(chars: &[Ch]) -> String {
    chars.iter().map(|c| c.c).collect()
}

fn trimmed(chars: &[Ch]) -> &[Ch] {
    let start = chars.iter().position(|c| !c.c.is_whitespace()).unwrap_or(chars.len());
    let end = chars.iter().rposition(|c| !c.c.is_whitespace()).map_or(start, |e| e + 1);
    chars.get(start..end.max(start)).unwrap_or_default()
}

fn is(ch: Option<&Ch>, c: char) -> bool {
    ch.is_some_and(|ch| ch.c == c && !ch.escaped)
}

fn parse_chunk(source: &str, lines: &Lines, chunk: &Chunk<'_>, file: &mut GiftFile) {
    let pos = |at: usize| lines.pos(source, at);
    let mut body: &[(usize, &str)] = &chunk.lines;
    // `$CATEGORY:` takes its line; anything below it is read as a question.
    while let Some(((offset, line), rest)) = body.split_first() {
        let Some(path) = line.trim_start().strip_prefix("$CATEGORY:") else { break };
        let at = pos(offset + (line.len() - line.trim_start().len()));
        let path = path.trim();
        if path.is_empty() {
            file.problems.push(Problem { pos: at, kind: ProblemKind::EmptyCategory });
        } else {
            file.items.push(Item::Category { path: path.to_string(), pos: at });
        }
        body = rest;
    }
    if body.is_empty() {
        return;
    }
    let chars = decode(body);
    let chars = trimmed(&chars);
    if chars.is_empty() {
        return;
    }
    let comments = chunk.comments.iter().map(ToString::to_string).collect();
    match question(chars, &pos) {
        Ok(mut q) => {
            q.comments = comments;
            file.items.push(Item::Question(q));
        }
        Err(problem) => file.problems.push(problem),
    }
}

fn question(chars: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<Question, Problem> {
    let start = pos(chars.first().map_or(0, |c| c.at));
    let mut rest = chars;
    let mut title = None;
    if is(rest.first(), ':') && is(rest.get(1), ':') {
        let inner = rest.get(2..).unwrap_or_default();
        let close = (0..inner.len()).find(|&i| is(inner.get(i), ':') && is(inner.get(i + 1), ':'));
        let Some(close) = close else { return Err(Problem { pos: start, kind: ProblemKind::UnclosedTitle }) };
        title = Some(text_of(trimmed(inner.get(..close).unwrap_or_default())));
        rest = trimmed(inner.get(close + 2..).unwrap_or_default());
    }
    let (format, after_format) = format_of(rest);
    rest = after_format;
    let open = rest.iter().position(|c| c.c == '{' && !c.escaped);
    let close_anywhere = rest.iter().position(|c| c.c == '}' && !c.escaped);
    let Some(open) = open else {
        if let Some(close) = close_anywhere {
            let at = rest.get(close).map_or(0, |c| c.at);
            return Err(Problem { pos: pos(at), kind: ProblemKind::StrayClosingBrace });
        }
        // A description: text and no answers.
        let text = text_of(rest);
        if text.trim().is_empty() {
            return Err(Problem { pos: start, kind: ProblemKind::NoText });
        }
        return Ok(Question {
            pos: start,
            title,
            format,
            text,
            after: None,
            answers: None,
            general_feedback: None,
            comments: Vec::new(),
            block_pos: None,
        });
    };
    let open_at = rest.get(open).map_or(0, |c| c.at);
    if close_anywhere.is_some_and(|c| c < open) {
        let at = close_anywhere.and_then(|c| rest.get(c)).map_or(0, |c| c.at);
        return Err(Problem { pos: pos(at), kind: ProblemKind::StrayClosingBrace });
    }
    let inside = rest.get(open + 1..).unwrap_or_default();
    let Some(close) = inside.iter().position(|c| c.c == '}' && !c.escaped) else {
        return Err(Problem { pos: pos(open_at), kind: ProblemKind::UnclosedBlock });
    };
    let block = inside.get(..close).unwrap_or_default();
    if let Some(nested) = block.iter().find(|c| c.c == '{' && !c.escaped) {
        return Err(Problem { pos: pos(nested.at), kind: ProblemKind::NestedBrace });
    }
    let before = text_of(trimmed(rest.get(..open).unwrap_or_default()));
    let after_chars = trimmed(inside.get(close + 1..).unwrap_or_default());
    if let Some(brace) = after_chars.iter().find(|c| (c.c == '{' || c.c == '}') && !c.escaped) {
        return Err(Problem { pos: pos(brace.at), kind: ProblemKind::SecondBlock });
    }
    let after = (!after_chars.is_empty()).then(|| text_of(after_chars));
    let (answers, general_feedback) = answer_block(block, pos)?;
    Ok(Question {
        pos: start,
        title,
        format,
        text: before,
        after,
        answers: Some(answers),
        general_feedback,
        comments: Vec::new(),
        block_pos: Some(pos(open_at)),
    })
}

/// `[html]` and its kin at the start of the text.
fn format_of(chars: &[Ch]) -> (Format, &[Ch]) {
    if !is(chars.first(), '[') {
        return (Format::Moodle, chars);
    }
    let Some(end) = chars.iter().take(12).position(|c| c.c == ']') else { return (Format::Moodle, chars) };
    let name = text_of(chars.get(1..end).unwrap_or_default()).to_ascii_lowercase();
    let format = match name.as_str() {
        "html" => Format::Html,
        "markdown" => Format::Markdown,
        "plain" => Format::Plain,
        "moodle" => Format::Moodle,
        _ => return (Format::Moodle, chars),
    };
    (format, trimmed(chars.get(end + 1..).unwrap_or_default()))
}

/// Splits off `####` general feedback, then reads the block by its type, in Moodle's order:
/// empty (essay), `#` (numeric), `~` (choice), `=` with `->` (matching), T/F, short answer.
fn answer_block(block: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<(Answers, Option<String>), Problem> {
    let general_at = (0..block.len()).find(|&i| (i..i + 4).all(|j| is(block.get(j), '#')));
    let (block, general) = match general_at {
        Some(i) => (
            block.get(..i).unwrap_or_default(),
            Some(text_of(trimmed(block.get(i + 4..).unwrap_or_default()))),
        ),
        None => (block, None),
    };
    let block = trimmed(block);
    let unescaped = |c: char| block.iter().any(|ch| ch.c == c && !ch.escaped);
    let answers = if block.is_empty() {
        Answers::Essay
    } else if is(block.first(), '#') {
        Answers::Numeric(numeric(trimmed(block.get(1..).unwrap_or_default()), pos)?)
    } else if unescaped('~') {
        Answers::Choice(choices(block, pos)?)
    } else if unescaped('=') && text_of(block).contains("->") {
        Answers::Match(pairs(block, pos)?)
    } else if let Some(tf) = true_false(block) {
        tf
    } else {
        Answers::Short(choices(block, pos)?)
    };
    Ok((answers, general))
}

/// Splits at unescaped characters in `marks` that start a new part; each part keeps its mark.
fn split_marked<'a>(chars: &'a [Ch], marks: &[char]) -> Vec<&'a [Ch]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, ch) in chars.iter().enumerate() {
        if i > start && !ch.escaped && marks.contains(&ch.c) {
            parts.push(chars.get(start..i).unwrap_or_default());
            start = i;
        }
    }
    if start < chars.len() {
        parts.push(chars.get(start..).unwrap_or_default());
    }
    parts
}

/// Text and `#feedback` of one answer.
fn with_feedback(chars: &[Ch]) -> (&[Ch], Option<String>) {
    match chars.iter().position(|c| c.c == '#' && !c.escaped) {
        Some(i) => (
            chars.get(..i).unwrap_or_default(),
            Some(text_of(trimmed(chars.get(i + 1..).unwrap_or_default()))),
        ),
        None => (chars, None),
    }
}

/// `%50%` at the start of an answer.
fn weight<'a>(chars: &'a [Ch], pos: &dyn Fn(usize) -> Pos) -> Result<(Option<f64>, &'a [Ch]), Problem> {
    if !is(chars.first(), '%') {
        return Ok((None, chars));
    }
    let Some(end) = chars.iter().skip(1).position(|c| c.c == '%').map(|e| e + 1) else {
        return Ok((None, chars));
    };
    let written = text_of(chars.get(1..end).unwrap_or_default());
    match written.trim().parse::<f64>() {
        Ok(w) if w.is_finite() && (-100.0..=100.0).contains(&w) => {
            Ok((Some(w), chars.get(end + 1..).unwrap_or_default()))
        }
        _ => Err(Problem {
            pos: pos(chars.first().map_or(0, |c| c.at)),
            kind: ProblemKind::BadWeight(format!("%{written}%")),
        }),
    }
}

fn choices(block: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<Vec<Choice>, Problem> {
    let mut out = Vec::new();
    for part in split_marked(block, &['=', '~']) {
        let part = trimmed(part);
        let Some(mark) = part.first() else { continue };
        if mark.escaped || !matches!(mark.c, '=' | '~') {
            return Err(Problem { pos: pos(mark.at), kind: ProblemKind::NoAnswerMark(text_of(part)) });
        }
        let (weight, rest) = weight(part.get(1..).unwrap_or_default(), pos)?;
        let (text, feedback) = with_feedback(rest);
        out.push(Choice {
            pos: pos(mark.at),
            right: mark.c == '=',
            weight,
            text: text_of(trimmed(text)),
            feedback,
        });
    }
    Ok(out)
}

fn pairs(block: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<Vec<Pair>, Problem> {
    let mut out = Vec::new();
    for part in split_marked(block, &['=']) {
        let part = trimmed(part);
        let Some(mark) = part.first() else { continue };
        if mark.escaped || mark.c != '=' {
            return Err(Problem { pos: pos(mark.at), kind: ProblemKind::NoAnswerMark(text_of(part)) });
        }
        let body = text_of(part.get(1..).unwrap_or_default());
        let Some((left, right)) = body.split_once("->") else {
            return Err(Problem { pos: pos(mark.at), kind: ProblemKind::BadPair(body) });
        };
        out.push(Pair { pos: pos(mark.at), left: left.trim().to_string(), right: right.trim().to_string() });
    }
    Ok(out)
}

fn true_false(block: &[Ch]) -> Option<Answers> {
    let parts: Vec<&[Ch]> = {
        let mut parts = Vec::new();
        let mut start = 0;
        for (i, ch) in block.iter().enumerate() {
            if ch.c == '#' && !ch.escaped {
                parts.push(block.get(start..i).unwrap_or_default());
                start = i + 1;
            }
        }
        parts.push(block.get(start..).unwrap_or_default());
        parts
    };
    let word = text_of(trimmed(parts.first()?)).to_ascii_uppercase();
    let answer = match word.as_str() {
        "T" | "TRUE" => true,
        "F" | "FALSE" => false,
        _ => return None,
    };
    let feedback = |i: usize| parts.get(i).map(|p| text_of(trimmed(p)));
    Some(Answers::TrueFalse { answer, wrong_feedback: feedback(1), right_feedback: feedback(2) })
}

fn numeric(block: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<Vec<Numeric>, Problem> {
    let first_at = block.first().map_or(0, |c| c.at);
    if !block.first().is_some_and(|c| !c.escaped && matches!(c.c, '=' | '~')) {
        // One answer: `value:tolerance` or `min..max`, with optional feedback.
        let (value, feedback) = with_feedback(block);
        let value = number(value, pos)?;
        return Ok(vec![Numeric {
            pos: pos(first_at),
            weight: None,
            value: Some(value),
            wrong: false,
            feedback,
        }]);
    }
    let mut out = Vec::new();
    for part in split_marked(block, &['=', '~']) {
        let part = trimmed(part);
        let Some(mark) = part.first() else { continue };
        if mark.escaped || !matches!(mark.c, '=' | '~') {
            return Err(Problem { pos: pos(mark.at), kind: ProblemKind::NoAnswerMark(text_of(part)) });
        }
        let (weight, rest) = weight(part.get(1..).unwrap_or_default(), pos)?;
        let (value, feedback) = with_feedback(rest);
        let value = if trimmed(value).is_empty() && mark.c == '~' { None } else { Some(number(value, pos)?) };
        out.push(Numeric { pos: pos(mark.at), weight, value, wrong: mark.c == '~', feedback });
    }
    Ok(out)
}

fn number(chars: &[Ch], pos: &dyn Fn(usize) -> Pos) -> Result<NumericValue, Problem> {
    let chars = trimmed(chars);
    let text = text_of(chars);
    let bad = || Problem {
        pos: pos(chars.first().map_or(0, |c| c.at)),
        kind: ProblemKind::BadNumber(text.clone()),
    };
    let finite = |s: &str| s.trim().parse::<f64>().ok().filter(|v| v.is_finite());
    if let Some((min, max)) = text.split_once("..") {
        let (Some(min), Some(max)) = (finite(min), finite(max)) else { return Err(bad()) };
        return Ok(NumericValue::Range { min: min.min(max), max: min.max(max) });
    }
    let (value, tolerance) = match text.split_once(':') {
        Some((value, tolerance)) => (finite(value), finite(tolerance)),
        None => (finite(&text), Some(0.0)),
    };
    match (value, tolerance) {
        (Some(value), Some(tolerance)) if tolerance >= 0.0 => {
            Ok(NumericValue::Tolerance { value, tolerance })
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn questions(text: &str) -> Vec<Question> {
        let file = parse(text);
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        file.items
            .into_iter()
            .filter_map(|i| match i {
                Item::Question(q) => Some(q),
                Item::Category { .. } => None,
            })
            .collect()
    }

    fn one(text: &str) -> Question {
        let mut qs = questions(text);
        assert_eq!(qs.len(), 1, "{qs:?}");
        qs.remove(0)
    }

    #[track_caller]
    fn problem(text: &str) -> (Pos, ProblemKind) {
        let file = parse(text);
        let p = file.problems.first().unwrap_or_else(|| panic!("no problem in {text:?}: {:?}", file.items));
        (p.pos, p.kind.clone())
    }

    #[test]
    fn multiple_choice_with_feedback_and_general_feedback() {
        let q = one("::Q1:: Which? {\n  =AND#Yes.\n  ~OR#No.\n####Because.\n}");
        assert_eq!(q.title.as_deref(), Some("Q1"));
        assert_eq!(q.text, "Which?");
        assert_eq!(q.general_feedback.as_deref(), Some("Because."));
        assert_eq!(q.question_type(), QuestionType::MultipleChoice);
        let Some(Answers::Choice(options)) = q.answers else { panic!() };
        assert_eq!(options.len(), 2);
        assert!(options[0].right && !options[1].right);
        assert_eq!(options[0].feedback.as_deref(), Some("Yes."));
        assert_eq!(options[1].pos, Pos { line: 3, col: 3 });
    }

    #[test]
    fn weights_are_percentages() {
        let q = one("Pick {~%50%a ~%-33.5%b ~c}");
        let Some(Answers::Choice(o)) = q.answers else { panic!() };
        assert_eq!([o[0].weight, o[1].weight, o[2].weight], [Some(50.0), Some(-33.5), None]);
        assert!(o[2].percent().abs() < f64::EPSILON);
        assert_eq!(problem("Pick {~%500%a ~b}").1, ProblemKind::BadWeight("%500%".into()));
    }

    #[test]
    fn true_false_in_every_spelling() {
        for (block, answer) in [("T", true), ("TRUE", true), ("F", false), ("FALSE", false), ("true", true)] {
            let q = one(&format!("Sky is blue. {{{block}}}"));
            assert_eq!(q.question_type(), QuestionType::TrueFalse);
            let Some(Answers::TrueFalse { answer: a, .. }) = q.answers else { panic!() };
            assert_eq!(a, answer, "{block}");
        }
        let q = one("S {T#wrong#right}");
        assert_eq!(
            q.answers,
            Some(Answers::TrueFalse {
                answer: true,
                wrong_feedback: Some("wrong".into()),
                right_feedback: Some("right".into())
            })
        );
    }

    #[test]
    fn short_answer_matching_essay_description() {
        assert_eq!(one("Two plus two {=four =4}").question_type(), QuestionType::ShortAnswer);
        let q = one("Match {=a -> 1 =b -> 2 = -> 3}");
        let Some(Answers::Match(pairs)) = q.answers else { panic!() };
        assert_eq!(pairs.len(), 3);
        assert_eq!((pairs[2].left.as_str(), pairs[2].right.as_str()), ("", "3"));
        assert_eq!(one("Write {}").question_type(), QuestionType::Essay);
        assert_eq!(one("Write {####Thanks}").general_feedback.as_deref(), Some("Thanks"));
        let q = one("::Intro:: Just text.");
        assert_eq!(q.question_type(), QuestionType::Description);
        assert_eq!(q.text, "Just text.");
    }

    #[test]
    fn numeric_forms() {
        let value = |text: &str| match one(text).answers {
            Some(Answers::Numeric(n)) => n,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            value("N {#5:0.5}")[0].value,
            Some(NumericValue::Tolerance { value: 5.0, tolerance: 0.5 })
        );
        assert_eq!(value("N {#1..5}")[0].value, Some(NumericValue::Range { min: 1.0, max: 5.0 }));
        assert_eq!(value("N {#-3}")[0].value, Some(NumericValue::Tolerance { value: -3.0, tolerance: 0.0 }));
        let many = value("N {#\n=%100%-7:0#Yes\n=%50%4\n~#No\n}");
        assert_eq!(many.len(), 3);
        assert_eq!(many[1].weight, Some(50.0));
        assert!(many[2].wrong && many[2].value.is_none());
        assert_eq!(problem("N {#abc}"), (Pos { line: 1, col: 5 }, ProblemKind::BadNumber("abc".into())));
    }

    #[test]
    fn missing_word_keeps_the_text_around_the_block() {
        let q = one("Moodle costs {~lots =nothing} to download.");
        assert_eq!(q.question_type(), QuestionType::MissingWord);
        assert_eq!((q.text.as_str(), q.after.as_deref()), ("Moodle costs", Some("to download.")));
    }

    #[test]
    fn escapes_and_line_breaks() {
        let q = one(r"::A\: b:: 1 \= 2 \~ 3 \# \{x\} a\\b\nc {=\{ok\}}");
        assert_eq!(q.title.as_deref(), Some("A: b"));
        assert_eq!(q.text, "1 = 2 ~ 3 # {x} a\\b\nc");
        let Some(Answers::Short(a)) = q.answers else { panic!() };
        assert_eq!(a[0].text, "{ok}");
        // An unknown escape keeps its backslash (LaTeX, Moodle's `\*`).
        assert_eq!(one(r"x \frac {=a\*b}").text, r"x \frac");
    }

    #[test]
    fn formats_and_categories_and_comments() {
        let file = parse(
            "// a comment\n$CATEGORY: $course$/top/Search\n\n// id: q-1\n::T::[html]<p>Hi</p>{=a ~b}\n\n[markdown]**x**\n\n[plain]y{}\n\n[moodle]z{}\n",
        );
        assert!(file.problems.is_empty(), "{:?}", file.problems);
        assert_eq!(
            file.items[0],
            Item::Category { path: "$course$/top/Search".into(), pos: Pos { line: 2, col: 1 } }
        );
        let qs: Vec<&Question> = file
            .items
            .iter()
            .filter_map(|i| if let Item::Question(q) = i { Some(q) } else { None })
            .collect();
        assert_eq!(qs[0].format, Format::Html);
        assert_eq!(qs[0].comments, ["id: q-1"]);
        assert_eq!(qs[0].pos, Pos { line: 5, col: 1 });
        assert_eq!(qs[1].format, Format::Markdown);
        assert_eq!(qs[2].format, Format::Plain);
        assert_eq!(qs[3].format, Format::Moodle);
        // `//` inside a line is text.
        assert_eq!(one("See http://x.org {}").text, "See http://x.org");
    }

    #[test]
    fn errors_have_positions_and_the_next_question_is_read() {
        let file =
            parse("::T:: text {=a ~b\n\n::Fine:: ok {=a ~b}\n\n  ::Open title {}\n\nx } y\n\na {=1} b {=2}");
        let got: Vec<(Pos, ProblemKind)> = file.problems.iter().map(|p| (p.pos, p.kind.clone())).collect();
        assert_eq!(
            got,
            [
                (Pos { line: 1, col: 12 }, ProblemKind::UnclosedBlock),
                (Pos { line: 5, col: 3 }, ProblemKind::UnclosedTitle),
                (Pos { line: 7, col: 3 }, ProblemKind::StrayClosingBrace),
                (Pos { line: 9, col: 10 }, ProblemKind::SecondBlock),
            ]
        );
        assert_eq!(file.items.len(), 1);
        assert_eq!(problem("x {=a {b}}").1, ProblemKind::NestedBrace);
        assert_eq!(problem("x {a}").1, ProblemKind::NoAnswerMark("a".into()));
    }

    #[test]
    fn columns_count_characters() {
        let file = parse("é ü {=a ~%x%b}");
        assert_eq!(file.problems[0].pos, Pos { line: 1, col: 10 });
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_without_panic(text in "\\PC{0,200}") {
            let file = parse(&text);
            for p in &file.problems {
                proptest::prop_assert!(p.pos.line >= 1 && p.pos.col >= 1);
            }
        }

        #[test]
        fn gift_like_text_is_read_without_panic(text in "[{}=~#:%\\\\\\-> \nTFa1.]{0,80}") {
            let _ = parse(&text);
        }
    }
}
