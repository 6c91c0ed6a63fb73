//! A parsed GIFT file as an infolit course: one workshop, a lesson per `$CATEGORY`, and one
//! exercise bank. Each GIFT type becomes the infolit kind that grades it the same way, as far
//! as infolit can say it; whatever is lost on the way (weights infolit cannot express, feedback
//! a kind has no place for, questions with no infolit kind) is reported with its position,
//! never dropped silently.
//!
//! | GIFT | infolit |
//! |---|---|
//! | multiple choice, one right answer | `choice` |
//! | multiple choice with weights | `choice` with `multiple = true`: right options share the mark equally, wrong picks cost `penalty` |
//! | true/false | `choice` with `answer = true/false` |
//! | short answer | `text`; `*` wildcards become regular expressions, 0 % answers `reject` rules |
//! | matching | `match`; pairs without a left side are distractors |
//! | numerical | `numeric`, with the 100 % answer |
//! | missing word (choice or short answer) | `cloze` with one gap |
//! | essay | `reflection` |
//! | description | a page in the lesson |
//!
//! The files are written with a TOML serializer, never by pasting text into TOML.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::html;
use super::parse::{
    self, Answers, Choice, Format, GiftFile, Item, Numeric, NumericValue, Pos, Question, QuestionType,
};

/// How the exported GIFT marks a question's infolit id: `// id: …` above it.
const ID_COMMENT: &str = "id:";

/// The longest id made from a title; ids may have 64 characters, and a suffix may follow.
const MAX_SLUG: usize = 48;

/// What the import made: files (paths relative to the course folder, with `/`), and the report.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub files: Vec<(String, String)>,
    /// Things not carried over, by position in the GIFT file.
    pub warnings: Vec<Warning>,
    /// Questions left out entirely, with why.
    pub skipped: Vec<Skipped>,
    /// The questions read, by GIFT type (including skipped ones).
    pub counts: BTreeMap<QuestionType, usize>,
    pub exercises: usize,
    pub pages: usize,
    pub lessons: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub pos: Pos,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub pos: Pos,
    /// The question's title, or the start of its text.
    pub name: String,
    pub reason: String,
}

/// Why there is no course to write.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file holds no question that can be imported")]
    Empty,
    #[error("the course files cannot be written as TOML: {0}")]
    Toml(String),
}

/// Converts `gift` (parsed from a file called `name`, whose stem names the workshop).
pub fn convert(gift: &GiftFile, name: &str) -> Result<Import, ImportError> {
    let mut c = Converter::default();
    for problem in &gift.problems {
        c.skipped.push(Skipped {
            pos: problem.pos,
            name: String::new(),
            reason: format!("it cannot be read: {}", problem.kind),
        });
    }
    let mut current: Option<usize> = None;
    for item in &gift.items {
        match item {
            Item::Category { path, pos } => current = Some(c.lesson_for(Some(path), *pos)),
            Item::Question(q) => {
                let lesson = if let Some(l) = current {
                    l
                } else {
                    let l = c.lesson_for(None, q.pos);
                    current = Some(l);
                    l
                };
                *c.counts.entry(q.question_type()).or_insert(0) += 1;
                c.question(q, lesson);
            }
        }
    }
    c.finish(name)
}

#[derive(Debug, Default)]
struct LessonDraft {
    category: Option<String>,
    pos: Pos,
    steps: Vec<StepOut>,
}

#[derive(Debug, Default)]
struct Converter {
    lessons: Vec<LessonDraft>,
    exercises: Vec<ExerciseOut>,
    exercise_ids: HashSet<String>,
    warnings: Vec<Warning>,
    skipped: Vec<Skipped>,
    counts: BTreeMap<QuestionType, usize>,
}

// ---- The files, as serde writes them ------------------------------------------------------

#[derive(Debug, Serialize)]
struct WorkshopFile {
    format_version: i64,
    id: String,
    title: String,
    description: String,
    lessons: Vec<String>,
}

#[derive(Debug, Serialize)]
struct LessonFile {
    id: String,
    title: String,
    minutes: i64,
    objectives: Vec<String>,
    step: Vec<StepOut>,
}

#[derive(Debug, Default, Serialize)]
struct StepOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exercise: Option<String>,
}

#[derive(Debug, Serialize)]
struct BankFile {
    format_version: i64,
    exercise: Vec<ExerciseOut>,
}

/// A text in both languages (only for the words infolit itself adds).
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
enum Text {
    Plain(String),
    Both { id: String, en: String },
}

#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
enum AnswerOut {
    One(String),
    Parts(Vec<String>),
}

#[derive(Debug, Clone, Serialize)]
struct ExampleOut {
    answer: AnswerOut,
    expect: &'static str,
}

#[derive(Debug, Clone, Default, Serialize)]
struct OptionOut {
    text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    correct: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
struct RuleOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    regex: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
struct PairOut {
    left: String,
    right: String,
}

#[derive(Debug, Clone, Default, Serialize)]
struct GapOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    accept: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<String>,
}

/// `answer` is a boolean for true/false and a number for numeric exercises.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(untagged)]
enum KeyOut {
    Bool(bool),
    Number(f64),
}

#[derive(Debug, Clone, Default, Serialize)]
struct ExerciseOut {
    id: String,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    prompt: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    multiple: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    penalty: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<KeyOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tolerance: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback_true: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback_false: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    distractors: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    option: Vec<OptionOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    accept: Vec<RuleOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reject: Vec<RuleOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pair: Vec<PairOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    gap: Vec<GapOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    examples: Vec<ExampleOut>,
}

// ---- Conversion ------------------------------------------------------------------------------

/// The option letter infolit's answers use: `a` for the first.
fn letter(index: usize) -> String {
    crate::grade::answer::option_letter(index).to_string()
}

/// A number as a learner would type it: `2006`, `0.5`, `-7`.
fn number(value: f64) -> String {
    format!("{value}")
}

/// The question's name for the report: its title, or the start of its text.
fn name_of(q: &Question) -> String {
    let name = q.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| {
        let text = html::one_line(&html::to_plain(&q.text).text);
        let short: String = text.chars().take(40).collect();
        if short.len() < text.len() { format!("{short}…") } else { short }
    });
    html::one_line(&name)
}

/// Why a question is left out.
struct Skip(String);

impl Converter {
    fn warn(&mut self, pos: Pos, message: impl Into<String>) {
        self.warnings.push(Warning { pos, message: message.into() });
    }

    fn lesson_for(&mut self, category: Option<&str>, pos: Pos) -> usize {
        let category = category.map(ToString::to_string);
        if let Some(i) = self.lessons.iter().position(|l| l.category == category) {
            return i;
        }
        self.lessons.push(LessonDraft { category, pos, steps: Vec::new() });
        self.lessons.len() - 1
    }

    /// A question's text as Markdown, with what the conversion lost reported at `pos`.
    fn markdown(&mut self, text: &str, format: Format, pos: Pos) -> String {
        let converted = match format {
            Format::Markdown => return text.trim().to_string(),
            Format::Plain => return html::escape_markdown(text.trim()),
            Format::Moodle if !html::has_tags(text) => return html::escape_markdown(text.trim()),
            // Moodle's auto-format keeps the author's line breaks.
            Format::Moodle => html::to_markdown(&text.replace('\n', "<br>")),
            Format::Html => html::to_markdown(text),
        };
        for note in converted.notes {
            self.warn(pos, note);
        }
        converted.text
    }

    /// A one-line text (options, pair items): Markdown on one line.
    fn line(&mut self, text: &str, format: Format, pos: Pos) -> String {
        html::one_line(&self.markdown(text, format, pos))
    }

    /// An answer compared letter by letter: plain text, without markup.
    fn plain(&mut self, text: &str, format: Format, pos: Pos) -> String {
        let converted = match format {
            Format::Html => html::to_plain(text),
            Format::Moodle if html::has_tags(text) => html::to_plain(text),
            _ => return html::one_line(text),
        };
        for note in converted.notes {
            self.warn(pos, note);
        }
        html::one_line(&converted.text)
    }

    fn feedback(&mut self, text: Option<&String>, format: Format, pos: Pos) -> Option<String> {
        let text = text?;
        let converted = self.markdown(text, format, pos);
        (!converted.trim().is_empty()).then_some(converted)
    }

    fn question(&mut self, q: &Question, lesson: usize) {
        let Some(answers) = &q.answers else {
            let page = self.markdown(&q.text, q.format, q.pos);
            if page.trim().is_empty() {
                self.skipped.push(Skipped {
                    pos: q.pos,
                    name: name_of(q),
                    reason: "a description without text".into(),
                });
                return;
            }
            let title = q.title.as_deref().map(|t| html::one_line(&html::escape_markdown(t)));
            if let Some(l) = self.lessons.get_mut(lesson) {
                l.steps.push(StepOut {
                    title: title.filter(|t| !t.is_empty()),
                    page: Some(page),
                    exercise: None,
                });
            }
            return;
        };
        match self.exercise(q, answers) {
            Ok(mut exercise) => {
                exercise.id = self.exercise_id(q, &exercise);
                if let Some(l) = self.lessons.get_mut(lesson) {
                    l.steps.push(StepOut { title: None, page: None, exercise: Some(exercise.id.clone()) });
                }
                self.exercises.push(exercise);
            }
            Err(Skip(reason)) => self.skipped.push(Skipped { pos: q.pos, name: name_of(q), reason }),
        }
    }

    /// The exercise's id: the one infolit's export wrote above it, or one made from the title
    /// (or the text), unique in the course.
    fn exercise_id(&mut self, q: &Question, exercise: &ExerciseOut) -> String {
        let written = q.comments.iter().find_map(|c| c.strip_prefix(ID_COMMENT)).map(str::trim);
        let base = match written {
            Some(id) if valid_id(id) => id.to_string(),
            _ => {
                let from = q.title.clone().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| {
                    let text = html::to_plain(&q.text).text;
                    text.split_whitespace().take(6).collect::<Vec<_>>().join(" ")
                });
                slug(&from).unwrap_or_else(|| exercise.kind.to_string())
            }
        };
        unique(&base, &mut self.exercise_ids)
    }

    fn exercise(&mut self, q: &Question, answers: &Answers) -> Result<ExerciseOut, Skip> {
        let missing_word = q.after.is_some();
        let mut prompt = match (&q.after, answers) {
            // A cloze's text holds the sentence; its prompt is the instruction.
            (Some(_), Answers::Choice(_) | Answers::Short(_)) => String::new(),
            (Some(after), _) => self.markdown(&format!("{} _____ {}", q.text, after), q.format, q.pos),
            (None, _) => self.markdown(&q.text, q.format, q.pos),
        };
        let title =
            q.title.as_deref().map(|t| html::one_line(&html::escape_markdown(t))).filter(|t| !t.is_empty());
        if prompt.trim().is_empty() && !missing_word {
            match &title {
                Some(title) => {
                    self.warn(q.pos, "the question has no text; its title is the prompt");
                    prompt.clone_from(title);
                }
                None => return Err(Skip("the question has no text".into())),
            }
        }
        let block = q.block_pos.unwrap_or(q.pos);
        let explanation = self.feedback(q.general_feedback.as_ref(), q.format, block);
        let mut out =
            ExerciseOut { title, prompt: Some(Text::Plain(prompt)), explanation, ..ExerciseOut::default() };
        match answers {
            Answers::Essay => out.kind = "reflection",
            Answers::TrueFalse { answer, wrong_feedback, right_feedback } => {
                out.kind = "choice";
                out.answer = Some(KeyOut::Bool(*answer));
                let wrong = self.feedback(wrong_feedback.as_ref(), q.format, block);
                let right = self.feedback(right_feedback.as_ref(), q.format, block);
                (out.feedback_true, out.feedback_false) =
                    if *answer { (right, wrong) } else { (wrong, right) };
                let (yes, no) = if *answer { ("a", "b") } else { ("b", "a") };
                out.examples = examples(AnswerOut::One(yes.into()), Some(AnswerOut::One(no.into())));
            }
            Answers::Choice(options) if missing_word => self.cloze_choice(q, options, &mut out)?,
            Answers::Short(accepted) if missing_word => self.cloze_typed(q, accepted, &mut out)?,
            Answers::Choice(options) => self.choice(q, options, &mut out)?,
            Answers::Short(accepted) => self.short(q, accepted, &mut out)?,
            Answers::Match(pairs) => self.matching(q, pairs, &mut out)?,
            Answers::Numeric(numbers) => self.numeric(numbers, &mut out)?,
        }
        Ok(out)
    }

    fn choice(&mut self, q: &Question, options: &[Choice], out: &mut ExerciseOut) -> Result<(), Skip> {
        if !(2..=26).contains(&options.len()) {
            return Err(Skip(format!("a multiple choice needs 2 to 26 options, found {}", options.len())));
        }
        let right: Vec<&Choice> = options.iter().filter(|o| o.percent() > 0.0).collect();
        if right.is_empty() {
            return Err(Skip("no option earns marks".into()));
        }
        out.kind = "choice";
        let multiple = right.len() > 1;
        if multiple {
            out.multiple = Some(true);
            let first = right[0].percent();
            if right.iter().any(|o| (o.percent() - first).abs() > 0.01) {
                let weights: Vec<String> =
                    right.iter().map(|o| format!("{} %", number(o.percent()))).collect();
                self.warn(
                    right[0].pos,
                    format!(
                        "the right options' weights ({}) become equal shares: infolit gives each right option the same part of the mark",
                        weights.join(", ")
                    ),
                );
            }
            let total: f64 = right.iter().map(|o| o.percent()).sum();
            if (total - 100.0).abs() > 0.5 {
                self.warn(right[0].pos, format!("the right options add up to {} %, not 100 %: all of them together earn full marks in infolit", number(total)));
            }
            let negative: Vec<f64> = options.iter().map(Choice::percent).filter(|p| *p < 0.0).collect();
            if let Some(&first_negative) = negative.first() {
                #[allow(clippy::cast_precision_loss)] // at most 26 options
                let penalty = (-negative.iter().sum::<f64>() / negative.len() as f64 / 100.0).min(1.0);
                let zero = options.iter().any(|o| o.percent() == 0.0);
                if negative.iter().any(|n| (n - first_negative).abs() > 0.01) || zero {
                    self.warn(
                        q.block_pos.unwrap_or(q.pos),
                        format!(
                            "wrong options have different weights; infolit takes one penalty for every wrong pick, {} % of the mark",
                            number((penalty * 100.0 * 1000.0).round() / 1000.0)
                        ),
                    );
                }
                out.penalty = Some((penalty * 100_000.0).round() / 100_000.0);
            }
        } else {
            let only = right[0];
            if only.percent() < 100.0 {
                self.warn(
                    only.pos,
                    format!(
                        "the only right option is worth {} %; infolit gives it the full mark",
                        number(only.percent())
                    ),
                );
            }
            for o in options.iter().filter(|o| o.percent() < 0.0) {
                self.warn(
                    o.pos,
                    format!(
                        "the negative weight {} % has no place in a single choice: a wrong pick scores 0",
                        number(o.percent())
                    ),
                );
            }
        }
        for (i, o) in options.iter().enumerate() {
            let text = self.line(&o.text, q.format, o.pos);
            if text.is_empty() {
                return Err(Skip(format!("option {} has no text", letter(i))));
            }
            let feedback = self.feedback(o.feedback.as_ref(), q.format, o.pos);
            out.option.push(OptionOut { text, correct: o.percent() > 0.0, feedback });
        }
        let right_letters: Vec<String> =
            options.iter().enumerate().filter(|(_, o)| o.percent() > 0.0).map(|(i, _)| letter(i)).collect();
        let wrong = options.iter().position(|o| o.percent() <= 0.0).map(letter);
        let wrong = match (wrong, multiple) {
            (Some(w), _) => Some(w),
            // Every option is right: one of them alone is not the whole answer.
            (None, true) => right_letters.first().cloned(),
            (None, false) => None,
        };
        out.examples = examples(AnswerOut::One(right_letters.join(", ")), wrong.map(AnswerOut::One));
        Ok(())
    }

    fn short(&mut self, q: &Question, answers: &[Choice], out: &mut ExerciseOut) -> Result<(), Skip> {
        out.kind = "text";
        for a in answers {
            let text = self.plain(&a.text, q.format, a.pos);
            if text.is_empty() {
                self.warn(a.pos, "an answer without text is left out");
                continue;
            }
            let feedback = self.feedback(a.feedback.as_ref(), q.format, a.pos);
            let mut rule = RuleOut { feedback, ..RuleOut::default() };
            match wildcard_regex(&text) {
                Some(regex) => rule.regex = Some(regex),
                None => rule.text = Some(unescape_star(&text)),
            }
            let percent = a.percent();
            if percent >= 100.0 {
                out.accept.push(rule);
            } else {
                if percent > 0.0 {
                    self.warn(a.pos, format!("partial credit ({} %) cannot be given for a typed answer; `{text}` counts as wrong", number(percent)));
                }
                out.reject.push(rule);
            }
        }
        if out.accept.is_empty() {
            return Err(Skip("no answer earns the full mark".into()));
        }
        let right = out.accept.first().map(|r| match (&r.text, &r.regex) {
            (Some(text), _) => text.clone(),
            (None, _) => answers
                .iter()
                .find(|a| a.percent() >= 100.0)
                .map(|a| example_from_wildcard(&a.text))
                .unwrap_or_default(),
        });
        let wrong = wrong_text(&out.accept, &out.reject);
        out.examples = examples(AnswerOut::One(right.unwrap_or_default()), wrong.map(AnswerOut::One));
        Ok(())
    }

    fn cloze_typed(&mut self, q: &Question, answers: &[Choice], out: &mut ExerciseOut) -> Result<(), Skip> {
        let mut accept = Vec::new();
        for a in answers {
            let text = self.plain(&a.text, q.format, a.pos);
            if a.percent() < 100.0 {
                self.warn(
                    a.pos,
                    format!(
                        "`{text}` ({} %) is left out: a gap lists only the answers that count",
                        number(a.percent())
                    ),
                );
            } else if wildcard_regex(&text).is_some() {
                self.warn(
                    a.pos,
                    format!("`{text}` is left out: a gap's answers are texts, without `*` wildcards"),
                );
            } else if !text.is_empty() {
                accept.push(unescape_star(&text));
            }
            if a.feedback.is_some() {
                self.warn(a.pos, "a gap has no per-answer feedback; this feedback is left out");
            }
        }
        let Some(first) = accept.first().cloned() else {
            return Err(Skip("no answer for the gap can be kept".into()));
        };
        if accept.iter().any(|a| a.contains('|')) {
            out.examples = Vec::new();
        } else {
            let wrong = wrong_text(
                &accept
                    .iter()
                    .map(|t| RuleOut { text: Some(t.clone()), ..RuleOut::default() })
                    .collect::<Vec<_>>(),
                &[],
            );
            out.examples = examples(AnswerOut::Parts(vec![first]), wrong.map(|w| AnswerOut::Parts(vec![w])));
        }
        self.cloze(q, out);
        out.gap.push(GapOut { accept: Some(accept), ..GapOut::default() });
        Ok(())
    }

    fn cloze_choice(&mut self, q: &Question, options: &[Choice], out: &mut ExerciseOut) -> Result<(), Skip> {
        if !(2..=26).contains(&options.len()) {
            return Err(Skip(format!("a missing word needs 2 to 26 options, found {}", options.len())));
        }
        let best = options
            .iter()
            .enumerate()
            .filter(|(_, o)| o.percent() > 0.0)
            .max_by(|a, b| a.1.percent().total_cmp(&b.1.percent()))
            .map(|(i, _)| i);
        let Some(best) = best else { return Err(Skip("no option earns marks".into())) };
        let mut texts = Vec::new();
        for (i, o) in options.iter().enumerate() {
            let text = self.line(&o.text, q.format, o.pos);
            if text.is_empty() {
                return Err(Skip(format!("option {} has no text", letter(i))));
            }
            if i != best && o.percent() > 0.0 {
                self.warn(
                    o.pos,
                    format!(
                        "a gap has one right option; `{text}` ({} %) counts as wrong",
                        number(o.percent())
                    ),
                );
            }
            if o.feedback.is_some() {
                self.warn(o.pos, "a gap has no per-option feedback; this feedback is left out");
            }
            texts.push(text);
        }
        let answer = texts.get(best).cloned().unwrap_or_default();
        let key = |t: &str| html::one_line(&t.to_lowercase());
        if texts.iter().enumerate().any(|(i, t)| i != best && key(t) == key(&answer)) {
            return Err(Skip(format!("two options read `{answer}`, so the right one cannot be named")));
        }
        let wrong = (0..texts.len()).find(|i| *i != best).map(|i| AnswerOut::Parts(vec![letter(i)]));
        out.examples = examples(AnswerOut::Parts(vec![letter(best)]), wrong);
        self.cloze(q, out);
        out.gap.push(GapOut { options: Some(texts), answer: Some(answer), ..GapOut::default() });
        Ok(())
    }

    /// The sentence with its gap `{1}`, and the instruction as the prompt.
    fn cloze(&mut self, q: &Question, out: &mut ExerciseOut) {
        const MARK: &str = "\u{e000}";
        out.kind = "cloze";
        let after = q.after.as_deref().unwrap_or_default();
        // The gap goes through the conversion as one private character, so markup around it
        // stays whole; the text's own braces are escaped, so `{1}` is the only gap.
        let text = self.markdown(&format!("{} {MARK} {}", q.text, after), q.format, q.pos);
        let text = text.replace('{', "\\{").replace('}', "\\}").replace(MARK, "{1}");
        out.text = Some(text);
        out.prompt = Some(Text::Both { id: "Lengkapi teksnya.".into(), en: "Complete the text.".into() });
    }

    fn matching(&mut self, q: &Question, pairs: &[parse::Pair], out: &mut ExerciseOut) -> Result<(), Skip> {
        out.kind = "match";
        for p in pairs {
            let left = self.line(&p.left, q.format, p.pos);
            let right = self.line(&p.right, q.format, p.pos);
            if right.is_empty() {
                self.warn(p.pos, "a pair without a right side is left out");
            } else if left.is_empty() {
                out.distractors.push(right);
            } else {
                out.pair.push(PairOut { left, right });
            }
        }
        let n = out.pair.len();
        if n < 2 {
            return Err(Skip(format!("a matching needs at least 2 pairs, found {n}")));
        }
        if n + out.distractors.len() > 26 {
            return Err(Skip("a matching may have at most 26 right-hand items".into()));
        }
        let right: Vec<String> = (0..n).map(|i| format!("{}{}", i + 1, letter(i))).collect();
        let wrong: Vec<String> = (0..n).map(|i| format!("{}{}", i + 1, letter((i + 1) % n))).collect();
        out.examples = examples(AnswerOut::One(right.join(" ")), Some(AnswerOut::One(wrong.join(" "))));
        Ok(())
    }

    fn numeric(&mut self, answers: &[Numeric], out: &mut ExerciseOut) -> Result<(), Skip> {
        out.kind = "numeric";
        let chosen = answers
            .iter()
            .filter(|a| a.value.is_some() && a.percent() > 0.0)
            .max_by(|a, b| a.percent().total_cmp(&b.percent()).then(std::cmp::Ordering::Greater));
        let Some(chosen) = chosen else { return Err(Skip("no number earns marks".into())) };
        if chosen.percent() < 100.0 {
            self.warn(
                chosen.pos,
                format!(
                    "the best answer is worth {} %; infolit gives it the full mark",
                    number(chosen.percent())
                ),
            );
        }
        for a in answers {
            if std::ptr::eq(a, chosen) {
                if a.feedback.is_some() {
                    self.warn(
                        a.pos,
                        "a numeric exercise has no per-answer feedback; this feedback is left out",
                    );
                }
                continue;
            }
            match a.value {
                Some(value) => self.warn(
                    a.pos,
                    format!(
                        "the answer {} ({} %) is left out: a numeric exercise has one right answer",
                        describe(value),
                        number(a.percent())
                    ),
                ),
                None if a.feedback.is_some() => {
                    self.warn(
                        a.pos,
                        "feedback for any other answer has no place in a numeric exercise; it is left out",
                    );
                }
                None => {}
            }
        }
        let (right, max) = match chosen.value {
            Some(NumericValue::Tolerance { value, tolerance }) => {
                out.answer = Some(KeyOut::Number(value));
                if tolerance > 0.0 {
                    out.tolerance = Some(tolerance);
                }
                (value, value + tolerance)
            }
            Some(NumericValue::Range { min, max }) => {
                out.min = Some(min);
                out.max = Some(max);
                (min, max)
            }
            None => return Err(Skip("no number earns marks".into())),
        };
        let wrong = max + max.abs().max(1.0);
        let wrong = (wrong.is_finite() && wrong > max).then(|| AnswerOut::One(number(wrong)));
        out.examples = examples(AnswerOut::One(number(right)), wrong);
        Ok(())
    }

    fn finish(mut self, name: &str) -> Result<Import, ImportError> {
        for lesson in self.lessons.iter().filter(|l| l.steps.is_empty()) {
            if let Some(category) = &lesson.category {
                self.warnings.push(Warning {
                    pos: lesson.pos,
                    message: format!("the category `{category}` holds no question that can be imported; no lesson is made for it"),
                });
            }
        }
        self.lessons.retain(|l| !l.steps.is_empty());
        if self.lessons.is_empty() {
            return Err(ImportError::Empty);
        }
        let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s).to_string();
        let paths: Vec<Vec<String>> =
            self.lessons.iter().map(|l| category_path(l.category.as_deref())).collect();
        // A root every category shares names the workshop; the rest of each path names its lesson.
        let shared = paths
            .first()
            .and_then(|p| p.first())
            .filter(|root| paths.iter().all(|p| p.len() > 1 && p.first() == Some(*root)))
            .cloned();
        let workshop_title = shared.clone().unwrap_or_else(|| stem.clone());
        let workshop_id = slug(&workshop_title).or_else(|| slug(&stem)).unwrap_or_else(|| "imported".into());
        let mut lesson_ids = HashSet::from(["workshop".to_string()]);
        let mut files = Vec::new();
        let mut lesson_list = Vec::new();
        let lessons = std::mem::take(&mut self.lessons);
        let lesson_count = lessons.len();
        let pages = lessons.iter().flat_map(|l| &l.steps).filter(|s| s.page.is_some()).count();
        for (lesson, path) in lessons.into_iter().zip(paths) {
            let rest = if shared.is_some() { path.get(1..).unwrap_or_default() } else { &path[..] };
            let title = if rest.is_empty() { workshop_title.clone() } else { rest.join(" / ") };
            let id = unique(&slug(&title).unwrap_or_else(|| "lesson".into()), &mut lesson_ids);
            let exercises = lesson.steps.iter().filter(|s| s.exercise.is_some()).count();
            let minutes = i64::try_from(2 * exercises + lesson.steps.len()).unwrap_or(600).clamp(1, 600);
            let file =
                LessonFile { id: id.clone(), title, minutes, objectives: Vec::new(), step: lesson.steps };
            files.push((format!("lessons/{workshop_id}/{id}.toml"), to_toml(&file)?));
            lesson_list.push(id);
        }
        let workshop = WorkshopFile {
            format_version: 1,
            id: workshop_id.clone(),
            title: workshop_title,
            description: format!("Imported from {}.", name.rsplit(['/', '\\']).next().unwrap_or(name)),
            lessons: lesson_list,
        };
        files.insert(0, (format!("lessons/{workshop_id}/workshop.toml"), to_toml(&workshop)?));
        let exercises = self.exercises.len();
        if exercises > 0 {
            let bank = BankFile { format_version: 1, exercise: std::mem::take(&mut self.exercises) };
            files.push((format!("exercises/{workshop_id}.toml"), to_toml(&bank)?));
        }
        self.warnings.sort_by_key(|w| w.pos);
        self.skipped.sort_by_key(|s| s.pos);
        Ok(Import {
            files,
            warnings: self.warnings,
            skipped: self.skipped,
            counts: self.counts,
            exercises,
            pages,
            lessons: lesson_count,
        })
    }
}

fn to_toml<T: Serialize>(value: &T) -> Result<String, ImportError> {
    toml::to_string(value).map_err(|e| ImportError::Toml(e.to_string()))
}

fn examples(right: AnswerOut, wrong: Option<AnswerOut>) -> Vec<ExampleOut> {
    let mut out = vec![ExampleOut { answer: right, expect: "correct" }];
    out.extend(wrong.map(|answer| ExampleOut { answer, expect: "incorrect" }));
    out
}

fn describe(value: NumericValue) -> String {
    match value {
        NumericValue::Tolerance { value, tolerance } if tolerance > 0.0 => {
            format!("{}±{}", number(value), number(tolerance))
        }
        NumericValue::Tolerance { value, .. } => number(value),
        NumericValue::Range { min, max } => format!("{}..{}", number(min), number(max)),
    }
}

/// Category segments without Moodle's context prefixes (`$course$`, `top`).
fn category_path(category: Option<&str>) -> Vec<String> {
    let Some(category) = category else { return Vec::new() };
    let mut parts: Vec<String> =
        category.split('/').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
    while parts
        .first()
        .is_some_and(|p| (p.starts_with('$') && p.ends_with('$')) || p.eq_ignore_ascii_case("top"))
    {
        parts.remove(0);
    }
    parts
}

/// An id from a title: letters without accents, lowercase, hyphens between words.
fn slug(text: &str) -> Option<String> {
    let ascii: String = text.nfkd().filter(char::is_ascii).collect();
    if !ascii.chars().any(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let id = crate::content::suggest_id(&ascii);
    let mut id: String = id.chars().take(MAX_SLUG).collect();
    if id.len() == MAX_SLUG
        && let Some(cut) = id.rfind('-')
    {
        id.truncate(cut);
    }
    Some(id.trim_matches('-').to_string()).filter(|id| !id.is_empty())
}

fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

fn unique(base: &str, taken: &mut HashSet<String>) -> String {
    let mut id = base.to_string();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// Moodle's short-answer `*` (any characters) as a regular expression over the whole answer;
/// `None` when the answer has no wildcard. `\*` is a literal star.
fn wildcard_regex(text: &str) -> Option<String> {
    let mut parts = vec![String::new()];
    let mut wild = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'*') => {
                chars.next();
                parts.last_mut()?.push('*');
            }
            '*' => {
                wild = true;
                parts.push(String::new());
            }
            c => parts.last_mut()?.push(c),
        }
    }
    wild.then(|| parts.iter().map(|p| regex::escape(p)).collect::<Vec<_>>().join(".*"))
}

fn unescape_star(text: &str) -> String {
    text.replace("\\*", "*")
}

/// A right answer to a wildcard pattern: the pattern without its stars.
fn example_from_wildcard(text: &str) -> String {
    let example = html::one_line(&text.replace("\\*", "\u{e000}").replace('*', " ").replace('\u{e000}', "*"));
    if example.is_empty() { "x".into() } else { example }
}

/// Whether an answer is taken by one accepted rule.
type Matcher = Box<dyn Fn(&str) -> bool>;

/// A wrong answer for the examples: a known wrong text, or a made-up one, that no accepted
/// rule takes.
fn wrong_text(accept: &[RuleOut], reject: &[RuleOut]) -> Option<String> {
    let matchers: Vec<Matcher> = accept
        .iter()
        .filter_map(|r| -> Option<Matcher> {
            match (&r.text, &r.regex) {
                (Some(text), _) => {
                    let text = html::one_line(&text.to_lowercase());
                    Some(Box::new(move |answer: &str| html::one_line(&answer.to_lowercase()) == text))
                }
                (None, Some(source)) => {
                    let regex = regex::RegexBuilder::new(&format!("^(?:{source})$"))
                        .case_insensitive(true)
                        .build()
                        .ok()?;
                    Some(Box::new(move |answer: &str| {
                        regex.is_match(&html::one_line(&answer.to_lowercase()))
                    }))
                }
                (None, None) => None,
            }
        })
        .collect();
    let known = reject.iter().filter_map(|r| r.text.clone());
    let made_up = ["zzzz", "qqqq xxxx", "0"].into_iter().map(String::from);
    known.chain(made_up).find(|candidate| {
        !candidate.trim().is_empty() && !candidate.contains('|') && !matchers.iter().any(|m| m(candidate))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn import(gift: &str) -> Import {
        convert(&parse::parse(gift), "quiz.gift").expect("an import")
    }

    fn file<'a>(import: &'a Import, path: &str) -> &'a str {
        let found = import.files.iter().find(|(p, _)| p == path);
        found.map_or_else(|| panic!("{path}: {:?}", import.files), |(_, t)| t.as_str())
    }

    #[test]
    fn a_category_becomes_a_lesson_and_questions_exercises() {
        let i =
            import("$CATEGORY: $course$/top/Quiz/Basics\n\n::Q1:: Which? {=a ~b}\n\n::Intro:: Read this.\n");
        assert_eq!(i.lessons, 1);
        assert_eq!(i.exercises, 1);
        assert_eq!(i.pages, 1);
        let workshop = file(&i, "lessons/quiz/workshop.toml");
        assert!(workshop.contains("title = \"Quiz\""), "{workshop}");
        let lesson = file(&i, "lessons/quiz/basics.toml");
        assert!(lesson.contains("exercise = \"q1\""), "{lesson}");
        assert!(lesson.contains("page = \"Read this.\""), "{lesson}");
        let bank = file(&i, "exercises/quiz.toml");
        assert!(bank.contains("answer = \"a\""), "{bank}");
    }

    #[test]
    fn weights_infolit_cannot_say_are_reported() {
        let i = import("::W:: Pick {~%50%a ~%30%b ~%20%c ~%-100%d}");
        assert!(i.warnings.iter().any(|w| w.message.contains("equal shares")), "{:?}", i.warnings);
        let bank = file(&i, "exercises/quiz.toml");
        assert!(bank.contains("multiple = true") && bank.contains("penalty = 1.0"), "{bank}");
    }

    #[test]
    fn unconvertible_questions_are_listed() {
        let i = import("::A:: one pair {=a -> b}\n\n::B:: fine {=x ~y}\n\n::C:: {=a ~b\n");
        let names: Vec<&str> = i.skipped.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["A", ""]);
        assert_eq!(i.skipped[1].pos, Pos { line: 5, col: 7 });
    }

    #[test]
    fn wildcards_become_regular_expressions() {
        assert_eq!(wildcard_regex("*man.ually*").as_deref(), Some(".*man\\.ually.*"));
        assert_eq!(wildcard_regex("a\\*b"), None);
        assert_eq!(example_from_wildcard("*manually*"), "manually");
    }

    #[test]
    fn ids_come_from_the_export_comment_or_the_title() {
        let i = import("// id: my-id\n::T:: x {=a ~b}\n\n::Numeric\\: 1:: y {#1}\n\n::Numeric\\: 1:: z {#2}");
        let bank = file(&i, "exercises/quiz.toml");
        for id in ["my-id", "numeric-1", "numeric-1-2"] {
            assert!(bank.contains(&format!("id = \"{id}\"")), "{id}: {bank}");
        }
    }

    /// Imports GIFT text, writes the course to a folder, loads it and exports it again.
    fn export_of(gift: &str) -> String {
        let dir = tempfile::tempdir().expect("temp dir");
        let imported = import(gift);
        for (path, text) in &imported.files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
            std::fs::write(path, text).expect("write");
        }
        let loaded = crate::content::load(&crate::content::CourseSource::Dir(dir.path().to_path_buf()))
            .expect("a course");
        assert!(!loaded.has_errors(), "{:?}\n{gift}", loaded.diagnostics);
        crate::export::gift::write(&loaded.course, crate::lang::Lang::En).text
    }

    fn question() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = "[a-z]{1,8}";
        let words = proptest::collection::vec(word, 1..4).prop_map(|w| w.join(" "));
        prop_oneof![
            (words.clone(), proptest::collection::hash_set(word, 2..5), any::<bool>()).prop_map(
                |(q, options, fb)| {
                    let options: Vec<String> = options.into_iter().collect();
                    let block: Vec<String> = options
                        .iter()
                        .enumerate()
                        .map(|(i, o)| {
                            format!("{}{o}{}", if i == 0 { '=' } else { '~' }, if fb { "#why" } else { "" })
                        })
                        .collect();
                    format!("{q}? {{{}}}", block.join(" "))
                }
            ),
            (words.clone(), any::<bool>())
                .prop_map(|(q, t)| format!("{q}. {{{}}}", if t { "T" } else { "F" })),
            (words.clone(), proptest::collection::vec(word, 1..3))
                .prop_map(|(q, a)| format!("{q}? {{={}}}", a.join(" ="))),
            (words.clone(), -1000i32..1000, 0u8..5).prop_map(|(q, v, t)| format!("{q}? {{#{v}:{t}}}")),
            (words.clone(), proptest::collection::hash_set(word, 2..5)).prop_map(|(q, lefts)| {
                let pairs: Vec<String> = lefts.iter().map(|l| format!("={l} -> {l}x")).collect();
                format!("{q} {{{}}}", pairs.join(" "))
            }),
            (words.clone(), words.clone(), word, word)
                .prop_map(|(b, a, r, w)| format!("{b} {{={r} ~{w}x}} {a}")),
            words.prop_map(|q| format!("{q} {{}}")),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        #[test]
        fn export_import_export_is_stable(qs in proptest::collection::vec(question(), 1..5)) {
            let gift = qs.iter().enumerate().map(|(i, q)| format!("::Q{i}:: {q}")).collect::<Vec<_>>().join("\n\n");
            let first = export_of(&gift);
            let second = export_of(&first);
            proptest::prop_assert_eq!(&first, &second);
        }

        #[test]
        fn any_text_converts_without_panic(text in "\\PC{0,200}") {
            let _ = convert(&parse::parse(&text), "x.gift");
        }
    }
}
