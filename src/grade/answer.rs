//! Answers, and the syntax in which they are typed on the command line (`infolit grade`), in
//! plain mode and in an exercise's `[[exercise.examples]]`:
//!
//! - `choice`: option letters in the author's order (`a`, `b`, …) or numbers (`1`, `2`, …);
//!   several for a multiple choice, separated by commas or spaces, or run together (`ac`);
//! - `text` and `numeric`: the text itself;
//! - `order`: the items' letters (in the order the author wrote them, which is the right order)
//!   in the learner's sequence: `c a b` or `cab`;
//! - `match`: pairs of a left number and a right letter: `1b 2a 3c` (also `1-b`, `1=b`);
//! - `cloze`: one value per gap, as separate arguments or separated by `|`: `AND | b`; a
//!   choice gap takes its option's letter or text.

use std::fmt;

use crate::exercise::ExerciseKind;

/// A learner's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The picked options of a choice question, as indices in the author's order, sorted.
    Choice(Vec<usize>),
    /// A typed answer.
    Text(String),
    /// An ordering: item indices (the author's order) in the learner's sequence.
    Order(Vec<usize>),
    /// A matching: for each left item, the index of the right item chosen (author's terms).
    Match(Vec<Option<usize>>),
    /// A cloze: the value given for each gap (a choice gap's option letter or text).
    Cloze(Vec<String>),
}

/// Why a typed answer cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("the answer is empty")]
    Empty,
    #[error("`{0}` is not an option: use letters (a, b, …) or numbers (1, 2, …)")]
    NotAnOption(String),
    #[error("there is no option {label}: this exercise has {count} options")]
    NoSuchOption { label: String, count: usize },
    #[error("pick one option only: this exercise has a single correct answer")]
    OnlyOne,
    #[error("{0} is given twice: give each item once")]
    Repeated(String),
    #[error("{missing} missing: put all {count} items in the sequence")]
    Missing { missing: String, count: usize },
    #[error("`{0}` is not a pair: write the left number and the right letter, like 1b")]
    NotAPair(String),
    #[error(
        "polls, surveys and reflections are not graded; their answers are recorded in a learning session"
    )]
    NotGraded,
    #[error("this text has {expected} gaps, and {found} values were given; separate them with `|`")]
    GapCount { expected: usize, found: usize },
}

/// The letter of option `index` (0 → `a`).
#[must_use]
pub fn option_letter(index: usize) -> char {
    u8::try_from(index).ok().filter(|i| *i < 26).map_or('?', |i| char::from(b'a' + i))
}

/// Reads an answer typed in the syntax above.
///
/// # Errors
/// When the text does not name options of this exercise.
pub fn parse(kind: &ExerciseKind, parts: &[String]) -> Result<Answer, AnswerError> {
    let joined = parts.join(" ");
    match kind {
        ExerciseKind::Choice(spec) => {
            let mut picked = items(&joined, spec.options.len())?;
            picked.sort_unstable();
            picked.dedup();
            if picked.is_empty() {
                return Err(AnswerError::Empty);
            }
            if !spec.multiple && picked.len() > 1 {
                return Err(AnswerError::OnlyOne);
            }
            Ok(Answer::Choice(picked))
        }
        ExerciseKind::Text(_)
        | ExerciseKind::Numeric(_)
        | ExerciseKind::Query(_)
        | ExerciseKind::Identifier(_)
        | ExerciseKind::License(_)
        | ExerciseKind::Citation(_) => Ok(Answer::Text(joined)),
        ExerciseKind::Order(spec) => parse_order(&joined, spec.items.len()).map(Answer::Order),
        ExerciseKind::Match(spec) => {
            parse_pairs(&joined, spec.pairs.len(), spec.rights().len()).map(Answer::Match)
        }
        ExerciseKind::Survey(_) => Err(AnswerError::NotGraded),
        ExerciseKind::Cloze(spec) => {
            let values = if parts.len() == spec.gaps.len() && !joined.contains('|') {
                parts.iter().map(|p| p.trim().to_string()).collect()
            } else {
                gap_values(&joined)
            };
            if values.len() == spec.gaps.len() {
                Ok(Answer::Cloze(values))
            } else {
                Err(AnswerError::GapCount { expected: spec.gaps.len(), found: values.len() })
            }
        }
    }
}

/// Gap values typed on one line, separated by `|`.
#[must_use]
pub fn gap_values(line: &str) -> Vec<String> {
    line.split('|').map(|v| v.trim().to_string()).collect()
}

/// Items named by letters (`a`, `cab`) or numbers (`1 3`), in the order given, as indices.
///
/// # Errors
/// When a token names no item of `count`.
pub fn items(text: &str, count: usize) -> Result<Vec<usize>, AnswerError> {
    let mut found = Vec::new();
    for token in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|t| !t.is_empty()) {
        if let Ok(number) = token.parse::<usize>() {
            if number == 0 || number > count {
                return Err(AnswerError::NoSuchOption { label: token.chars().take(20).collect(), count });
            }
            found.push(number - 1);
        } else if token.chars().all(|c| c.is_ascii_alphabetic()) {
            for letter in token.chars() {
                let index = usize::from(letter.to_ascii_lowercase() as u8 - b'a');
                if index >= count {
                    return Err(AnswerError::NoSuchOption { label: letter.to_string(), count });
                }
                found.push(index);
            }
        } else {
            return Err(AnswerError::NotAnOption(token.chars().take(20).collect()));
        }
    }
    Ok(found)
}

/// A sequence that holds each of `count` items exactly once.
///
/// # Errors
/// When an item is repeated or missing.
pub fn parse_order(text: &str, count: usize) -> Result<Vec<usize>, AnswerError> {
    let sequence = items(text, count)?;
    if sequence.is_empty() {
        return Err(AnswerError::Empty);
    }
    let mut seen = vec![false; count];
    for &item in &sequence {
        if std::mem::replace(&mut seen[item], true) {
            return Err(AnswerError::Repeated(option_letter(item).to_string()));
        }
    }
    let missing: Vec<String> =
        (0..count).filter(|i| !seen[*i]).map(|i| option_letter(i).to_string()).collect();
    if !missing.is_empty() {
        return Err(AnswerError::Missing { missing: missing.join(", "), count });
    }
    Ok(sequence)
}

/// Pairs such as `1b 2-a 3=c`: for each of `lefts` items, the right item (of `rights`) chosen.
///
/// # Errors
/// When a token is not a pair, names an item that does not exist, or repeats a left item.
pub fn parse_pairs(text: &str, lefts: usize, rights: usize) -> Result<Vec<Option<usize>>, AnswerError> {
    let mut chosen = vec![None; lefts];
    let mut any = false;
    for token in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()).filter(|t| !t.is_empty()) {
        let short: String = token.chars().take(20).collect();
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        let rest = token[digits.len()..].trim_start_matches(['-', '=', ':', '>']);
        let (Ok(left), Some(letter), 1) =
            (digits.parse::<usize>(), rest.chars().next(), rest.chars().count())
        else {
            return Err(AnswerError::NotAPair(short));
        };
        if left == 0 || left > lefts {
            return Err(AnswerError::NoSuchOption { label: digits, count: lefts });
        }
        if !letter.is_ascii_alphabetic() {
            return Err(AnswerError::NotAPair(short));
        }
        let right = usize::from(letter.to_ascii_lowercase() as u8 - b'a');
        if right >= rights {
            return Err(AnswerError::NoSuchOption { label: letter.to_string(), count: rights });
        }
        if chosen[left - 1].replace(right).is_some() {
            return Err(AnswerError::Repeated(left.to_string()));
        }
        any = true;
    }
    if any { Ok(chosen) } else { Err(AnswerError::Empty) }
}

/// The correct answer in words, for a learner who ran out of attempts: the correct options'
/// texts, the first accepted text (or pattern), or the expected number.
#[must_use]
pub fn expected(exercise: &crate::exercise::Exercise, lang: crate::lang::Lang) -> String {
    use crate::exercise::Pattern;
    match &exercise.kind {
        ExerciseKind::Choice(spec) => {
            let texts: Vec<&str> =
                spec.options.iter().filter(|o| o.correct).map(|o| o.text.get(lang).as_str()).collect();
            texts.join("; ")
        }
        ExerciseKind::Text(spec) => spec
            .accept
            .first()
            .map(|rule| match &rule.pattern {
                Pattern::Text { shown, .. } => shown.clone(),
                Pattern::Regex { source, .. } => source.clone(),
            })
            .unwrap_or_default(),
        ExerciseKind::Numeric(spec) if spec.range => {
            format!("{}–{}", spec.min, spec.max)
        }
        ExerciseKind::Numeric(spec) => spec.value.to_string(),
        ExerciseKind::Order(spec) => {
            let items: Vec<&str> = spec.items.iter().map(|i| i.get(lang).as_str()).collect();
            items.join(" → ")
        }
        ExerciseKind::Survey(_) => String::new(),
        ExerciseKind::Query(spec) => spec.solution.clone().unwrap_or_default(),
        ExerciseKind::License(spec) => crate::grade::license_key(spec, lang),
        ExerciseKind::Citation(spec) => spec.key_marked.clone().unwrap_or_else(|| spec.key.clone()),
        ExerciseKind::Identifier(spec) => match (spec.task, crate::grade::identifier_key(spec)) {
            (crate::exercise::IdentifierTask::Validate(_), Some(valid)) => {
                let msg = if valid == "true" {
                    crate::i18n::Msg::AnswerValid
                } else {
                    crate::i18n::Msg::AnswerInvalid
                };
                msg.text(lang).to_string()
            }
            (_, key) => key.unwrap_or_default(),
        },
        ExerciseKind::Cloze(spec) => {
            let values: Vec<String> = spec
                .gaps
                .iter()
                .map(|gap| match gap {
                    crate::exercise::Gap::Typed { accept } => match accept.first() {
                        Some(Pattern::Text { shown, .. }) => shown.clone(),
                        Some(Pattern::Regex { source, .. }) => source.clone(),
                        None => String::new(),
                    },
                    crate::exercise::Gap::Choice { options, correct } => {
                        options.get(*correct).map(|o| o.get(lang).clone()).unwrap_or_default()
                    }
                })
                .collect();
            values.join(" | ")
        }
        ExerciseKind::Match(spec) => {
            let pairs: Vec<String> =
                spec.pairs.iter().map(|(l, r)| format!("{} → {}", l.get(lang), r.get(lang))).collect();
            pairs.join("; ")
        }
    }
}

/// Writes an answer back in the syntax above (`a, c`; the text itself).
impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Choice(picked) => {
                let letters: Vec<String> = picked.iter().map(|i| option_letter(*i).to_string()).collect();
                f.write_str(&letters.join(", "))
            }
            Answer::Text(text) => f.write_str(text),
            Answer::Order(sequence) => {
                let letters: Vec<String> = sequence.iter().map(|i| option_letter(*i).to_string()).collect();
                f.write_str(&letters.join(" "))
            }
            Answer::Cloze(values) => f.write_str(&values.join(" | ")),
            Answer::Match(chosen) => {
                let pairs: Vec<String> = chosen
                    .iter()
                    .enumerate()
                    .filter_map(|(left, right)| right.map(|r| format!("{}{}", left + 1, option_letter(r))))
                    .collect();
                f.write_str(&pairs.join(" "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{ChoiceOption, ChoiceSpec, NumericSpec};
    use crate::text::Localized;

    fn choice(n: usize, multiple: bool) -> ExerciseKind {
        let option =
            |i: usize| ChoiceOption { text: Localized::both(i.to_string()), correct: i == 0, feedback: None };
        ExerciseKind::Choice(ChoiceSpec {
            options: (0..n).map(option).collect(),
            multiple,
            shuffle: false,
            penalty: 0.0,
        })
    }

    #[track_caller]
    fn read(kind: &ExerciseKind, text: &str) -> Result<Answer, AnswerError> {
        parse(kind, &[text.to_string()])
    }

    #[test]
    fn choice_answers_are_letters_or_numbers() {
        let single = choice(3, false);
        assert_eq!(read(&single, "b"), Ok(Answer::Choice(vec![1])));
        assert_eq!(read(&single, " 3 "), Ok(Answer::Choice(vec![2])));
        assert_eq!(read(&single, "B"), Ok(Answer::Choice(vec![1])));
        assert_eq!(read(&single, "d"), Err(AnswerError::NoSuchOption { label: "d".into(), count: 3 }));
        assert_eq!(read(&single, "0"), Err(AnswerError::NoSuchOption { label: "0".into(), count: 3 }));
        assert_eq!(read(&single, "a c"), Err(AnswerError::OnlyOne));
        assert_eq!(read(&single, ""), Err(AnswerError::Empty));
        assert_eq!(read(&single, "b?"), Err(AnswerError::NotAnOption("b?".into())));
        let multiple = choice(4, true);
        assert_eq!(read(&multiple, "c,a"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(read(&multiple, "ac"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(read(&multiple, "1 3 3"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(Answer::Choice(vec![0, 2]).to_string(), "a, c");
    }

    #[test]
    fn typed_answers_are_the_text() {
        let numeric = ExerciseKind::Numeric(NumericSpec { min: 1.0, max: 1.0, value: 1.0, range: false });
        assert_eq!(parse(&numeric, &["1,5".into()]), Ok(Answer::Text("1,5".into())));
    }

    #[test]
    fn orders_name_every_item_once() {
        assert_eq!(parse_order("c a b", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("cab", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("3 1 2", 3), Ok(vec![2, 0, 1]));
        assert_eq!(parse_order("c a c", 3), Err(AnswerError::Repeated("c".into())));
        assert_eq!(parse_order("c a", 3), Err(AnswerError::Missing { missing: "b".into(), count: 3 }));
        assert_eq!(Answer::Order(vec![2, 0, 1]).to_string(), "c a b");
    }

    #[test]
    fn pairs_join_a_number_and_a_letter() {
        assert_eq!(parse_pairs("1b 2-a 3=c", 3, 4), Ok(vec![Some(1), Some(0), Some(2)]));
        assert_eq!(parse_pairs("2a", 3, 4), Ok(vec![None, Some(0), None]));
        assert_eq!(parse_pairs("1b 1c", 3, 4), Err(AnswerError::Repeated("1".into())));
        assert_eq!(parse_pairs("1e", 3, 4), Err(AnswerError::NoSuchOption { label: "e".into(), count: 4 }));
        assert_eq!(parse_pairs("b1", 3, 4), Err(AnswerError::NotAPair("b1".into())));
        assert_eq!(parse_pairs("", 3, 4), Err(AnswerError::Empty));
        assert_eq!(Answer::Match(vec![Some(1), None, Some(2)]).to_string(), "1b 3c");
    }

    proptest::proptest! {
        #[test]
        fn pairs_and_orders_are_read_or_refused_without_panic(text in "\\PC{0,40}") {
            let _ = parse_order(&text, 4);
            let _ = parse_pairs(&text, 3, 5);
        }

        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,60}") {
            let _ = read(&choice(5, true), &text);
            let _ = read(&choice(2, false), &text);
        }
    }
}
