//! A course's exercises as Moodle GIFT, in one language, so a facilitator can put them in a
//! Moodle question bank. A category per workshop and lesson; what GIFT cannot say is left
//! out and listed (never dropped silently):
//!
//! | infolit | GIFT |
//! |---|---|
//! | choice (one answer) | multiple choice, `=` right, `~` wrong, `#` feedback |
//! | choice true/false (`answer = true`) | true/false, `{TRUE#feedback if wrong#feedback if right}` |
//! | choice (several answers) | multiple choice with weights: right options share 100 %, wrong ones −100 % |
//! | text (texts) | short answer, one `=` per accepted text, `=%0%` per known wrong one |
//! | text (`*` patterns) | a regular expression of the form `import gift` makes from Moodle's `*` wildcard (`.*` between literal parts) is written back as `*` |
//! | numeric | numerical: `#value:tolerance` or `#min..max` |
//! | match | matching, `=left -> right`; distractors as `= -> right` |
//! | cloze with one gap | missing word (a choice gap) or short answer in the sentence |
//! | reflection | essay `{}` |
//! | identifier, license | short answer with the answer the rules compute |
//!
//! Not expressible: order, cloze with several gaps, other regular-expression answers, polls
//! and surveys, query and citation exercises. Known wrong answers that are other regular
//! expressions are not written (they only carry feedback).

use std::fmt::Write as _;

use crate::content::{Course, Step};
use crate::exercise::{Exercise, ExerciseKind, Gap, Pattern, gap_marker};
use crate::lang::Lang;
use crate::text::Doc;

/// The GIFT text, and the exercises left out with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gift {
    pub text: String,
    pub left_out: Vec<(String, &'static str)>,
}

/// The exercises of `course` in `lang`, by workshop and lesson.
#[must_use]
pub fn write(course: &Course, lang: Lang) -> Gift {
    let mut text = String::from("// Exported by infolit. Each question's id is in a comment above it.\n");
    let mut left_out = Vec::new();
    for workshop in &course.workshops {
        for lesson in &workshop.lessons {
            let _ = write!(
                text,
                "\n$CATEGORY: {}/{}\n",
                escape(workshop.title.get(lang)),
                escape(lesson.title.get(lang))
            );
            for step in &lesson.steps {
                let Step::Exercise(i) = step else { continue };
                let Some(exercise) = course.exercises.get(*i) else { continue };
                match question(exercise, lang) {
                    Ok(q) => {
                        let _ = write!(text, "\n// id: {}\n{q}\n", exercise.id);
                    }
                    Err(reason) => left_out.push((exercise.id.clone(), reason)),
                }
            }
        }
    }
    Gift { text, left_out }
}

/// Characters GIFT gives a meaning, escaped with a backslash; line breaks as `\n`.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

fn doc(doc: &Doc) -> String {
    escape(doc.plain_text().trim())
}

fn feedback(exercise_feedback: Option<&crate::text::Localized<Doc>>, lang: Lang) -> String {
    exercise_feedback.map(|f| format!("#{}", doc(f.get(lang)))).unwrap_or_default()
}

/// One question, or why GIFT cannot say it.
fn question(exercise: &Exercise, lang: Lang) -> Result<String, &'static str> {
    let title = format!("::{}::", escape(exercise.title.get(lang)));
    let prompt = format!("[markdown]{}", doc(exercise.prompt.get(lang)));
    let general =
        exercise.explanation.as_ref().map(|e| format!("\n####{}", doc(e.get(lang)))).unwrap_or_default();
    let answers = match &exercise.kind {
        ExerciseKind::Choice(spec) if spec.multiple => {
            let right = spec.options.iter().filter(|o| o.correct).count().max(1);
            let wrong = spec.options.len().saturating_sub(right).max(1);
            let mut block = String::new();
            for option in &spec.options {
                #[allow(clippy::cast_precision_loss)]
                let weight = if option.correct { 100.0 / right as f64 } else { -100.0 / wrong as f64 };
                let _ = write!(
                    block,
                    "\n  ~%{}%{}{}",
                    trim_number(weight),
                    escape(option.text.get(lang)),
                    feedback(option.feedback.as_ref(), lang)
                );
            }
            block
        }
        ExerciseKind::Choice(spec) if let Some(answer) = true_false(spec) => {
            let feedback = |i: usize| {
                spec.options
                    .get(i)
                    .and_then(|o| o.feedback.as_ref())
                    .map(|f| doc(f.get(lang)))
                    .unwrap_or_default()
            };
            // GIFT gives the feedback for a wrong answer first, then for a right one.
            let (right, wrong) = if answer { (feedback(0), feedback(1)) } else { (feedback(1), feedback(0)) };
            let mut block = String::from(if answer { "TRUE" } else { "FALSE" });
            if !right.is_empty() || !wrong.is_empty() {
                let _ = write!(block, "#{wrong}#{right}");
            }
            block
        }
        ExerciseKind::Choice(spec) => {
            let mut block = String::new();
            for o in &spec.options {
                let mark = if o.correct { '=' } else { '~' };
                let _ = write!(
                    block,
                    "\n  {mark}{}{}",
                    escape(o.text.get(lang)),
                    feedback(o.feedback.as_ref(), lang)
                );
            }
            block
        }
        ExerciseKind::Text(spec) => {
            let mut block = String::new();
            for rule in &spec.accept {
                let Some(answer) = short_answer(&rule.pattern) else {
                    return Err("regular-expression answers have no GIFT form");
                };
                let _ = write!(block, "\n  ={answer}{}", feedback(rule.feedback.as_ref(), lang));
            }
            // Known wrong answers earn 0 % and keep their feedback.
            for rule in &spec.reject {
                if let Some(answer) = short_answer(&rule.pattern) {
                    let _ = write!(block, "\n  =%0%{answer}{}", feedback(rule.feedback.as_ref(), lang));
                }
            }
            block
        }
        ExerciseKind::Numeric(spec) if spec.range => {
            format!("#{}..{}", trim_number(spec.min), trim_number(spec.max))
        }
        ExerciseKind::Numeric(spec) => {
            format!("#{}:{}", trim_number(spec.value), trim_number((spec.max - spec.value).max(0.0)))
        }
        ExerciseKind::Match(spec) => {
            let mut block = String::new();
            for (left, right) in &spec.pairs {
                let _ = write!(block, "\n  ={} -> {}", escape(left.get(lang)), escape(right.get(lang)));
            }
            for distractor in &spec.distractors {
                let _ = write!(block, "\n  = -> {}", escape(distractor.get(lang)));
            }
            block
        }
        ExerciseKind::Cloze(spec) => return missing_word(&title, spec, lang),
        ExerciseKind::Survey(spec) if spec.style == crate::exercise::SurveyStyle::Reflection => String::new(),
        // The answer the rules compute, as the learner would write it ("valid", "2051").
        ExerciseKind::Identifier(_) | ExerciseKind::License(_) => {
            format!("={}", escape(&crate::grade::answer::expected(exercise, lang)))
        }
        ExerciseKind::Order(_) => return Err("ordering has no GIFT question type"),
        ExerciseKind::Survey(_) => return Err("polls and surveys are not questions in GIFT"),
        ExerciseKind::Query(_) => {
            return Err("a search on the practice catalogue cannot be graded in Moodle");
        }
        ExerciseKind::Citation(_) => {
            return Err("a citation is graded element by element, which GIFT cannot say");
        }
    };
    Ok(format!("{title}{prompt}{{{answers}{general}\n}}"))
}

/// A cloze with one gap as a GIFT missing-word question: the text before the gap, the
/// answer block, the text after it.
fn missing_word(title: &str, spec: &crate::exercise::ClozeSpec, lang: Lang) -> Result<String, &'static str> {
    if spec.gaps.len() != 1 {
        return Err("a cloze with several gaps has no GIFT form (missing word takes one)");
    }
    let text = spec.text.get(lang).plain_text();
    let marker = gap_marker(1);
    let Some((before, after)) = text.split_once(&marker) else { return Err("the gap is not in the text") };
    let block = match &spec.gaps[0] {
        Gap::Choice { options, correct } => options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{}{}", if i == *correct { '=' } else { '~' }, escape(o.get(lang))))
            .collect::<Vec<_>>()
            .join(" "),
        Gap::Typed { accept } => {
            let mut texts = Vec::new();
            for pattern in accept {
                match pattern {
                    Pattern::Text { shown, .. } => texts.push(format!("={}", escape(shown))),
                    Pattern::Regex { .. } => return Err("regular-expression answers have no GIFT form"),
                }
            }
            texts.join(" ")
        }
    };
    Ok(format!("{title}{} {{{block}}} {}", escape(before.trim_end()), escape(after.trim_start())))
}

/// The two options infolit makes for `answer = true/false`: which one is right.
fn true_false(spec: &crate::exercise::ChoiceSpec) -> Option<bool> {
    let label = |i: usize, id: &str, en: &str| {
        spec.options.get(i).is_some_and(|o| o.text.get(Lang::Id) == id && o.text.get(Lang::En) == en)
    };
    let made =
        !spec.multiple && spec.options.len() == 2 && label(0, "Benar", "True") && label(1, "Salah", "False");
    made.then(|| spec.options.first().is_some_and(|o| o.correct))
}

/// An accepted or rejected answer as GIFT short-answer text: a text escaped, or a regular
/// expression that is a Moodle wildcard pattern (literal parts joined by `.*`) with its `*`
/// back. `None` for any other regular expression.
fn short_answer(pattern: &Pattern) -> Option<String> {
    match pattern {
        Pattern::Text { shown, .. } => Some(escape(shown).replace('*', "\\*")),
        Pattern::Regex { source, .. } => {
            let parts: Vec<&str> = source.split(".*").collect();
            let mut literal = Vec::new();
            for part in &parts {
                let unescaped = unescape_regex(part)?;
                if regex::escape(&unescaped) != *part {
                    return None;
                }
                literal.push(escape(&unescaped).replace('*', "\\*"));
            }
            (parts.len() > 1).then(|| literal.join("*"))
        }
    }
}

/// A regular expression's literal text, or `None` if it is not only literal characters.
fn unescape_regex(part: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = part.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next().filter(char::is_ascii_punctuation)?),
            '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '^' | '$' | '|' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// A number without trailing zeros: `100`, `33.33333`, `-50`.
fn trim_number(value: f64) -> String {
    let text = format!("{value:.5}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, CourseSource};

    fn kinds() -> Course {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kinds-course");
        content::load(&CourseSource::Dir(dir)).expect("fixture course").course
    }

    #[test]
    fn each_kind_is_written_or_listed_as_left_out() {
        let gift = write(&kinds(), Lang::En);
        assert!(gift.text.contains("$CATEGORY: Exercise kinds/Every kind"), "{}", gift.text);
        // Single choice, short answer, numeric, matching, missing word, essay, identifier, licence.
        for expected in [
            "// id: single\n::One answer::[markdown]Which operator narrows?{\n  =AND#Yes.\n  ~OR#OR broadens.\n####AND is the intersection.\n}",
            "~%50%laut",
            "~%-100%plastik#Another concept.",
            "{#75:0",
            "= -> sorts the results",
            "{=invalid",
            "// id: short\n::Short answer::[markdown]The acronym for a library's online catalogue?{\n  =OPAC#Online Public Access Catalogue.",
            "{#",
            " -> ",
            "// id: reflection\n",
            "// id: isbn10-check\n::ISBN-10 check digit::[markdown]Compute the check digit of this ISBN-10.{=7",
            "{=CC BY-NC-SA",
        ] {
            assert!(gift.text.contains(expected), "{expected}\n---\n{}", gift.text);
        }
        let left: Vec<&str> = gift.left_out.iter().map(|(id, _)| id.as_str()).collect();
        for id in ["steps", "gaps", "poll", "survey", "search", "cite-apa"] {
            assert!(left.contains(&id), "{id}: {left:?}");
        }
    }

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(escape("a=b ~c #d {e} f:g \\h\ni"), "a\\=b \\~c \\#d \\{e\\} f\\:g \\\\h\\ni");
    }
}
