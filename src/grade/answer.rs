//! Answers, and the syntax in which they are typed on the command line (`infolit grade`), in
//! plain mode and in an exercise's `[[exercise.examples]]`:
//!
//! - `choice`: option letters in the author's order (`a`, `b`, …) or numbers (`1`, `2`, …);
//!   several for a multiple choice, separated by commas or spaces, or run together (`ac`);
//! - `text` and `numeric`: the text itself.

use std::fmt;

use crate::exercise::ExerciseKind;

/// A learner's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The picked options of a choice question, as indices in the author's order, sorted.
    Choice(Vec<usize>),
    /// A typed answer.
    Text(String),
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
}

/// The letter of option `index` (0 → `a`).
#[must_use]
pub fn option_letter(index: usize) -> char {
    u8::try_from(index)
        .ok()
        .filter(|i| *i < 26)
        .map_or('?', |i| char::from(b'a' + i))
}

/// Reads an answer typed in the syntax above.
///
/// # Errors
/// When the text does not name options of this exercise.
pub fn parse(kind: &ExerciseKind, parts: &[String]) -> Result<Answer, AnswerError> {
    let joined = parts.join(" ");
    match kind {
        ExerciseKind::Choice(spec) => {
            let count = spec.options.len();
            let mut picked = Vec::new();
            for token in joined
                .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
                .filter(|t| !t.is_empty())
            {
                if let Ok(number) = token.parse::<usize>() {
                    if number == 0 || number > count {
                        return Err(AnswerError::NoSuchOption {
                            label: token.to_string(),
                            count,
                        });
                    }
                    picked.push(number - 1);
                } else if token.chars().all(|c| c.is_ascii_alphabetic()) {
                    for letter in token.chars() {
                        let index = usize::from(letter.to_ascii_lowercase() as u8 - b'a');
                        if index >= count {
                            return Err(AnswerError::NoSuchOption {
                                label: letter.to_string(),
                                count,
                            });
                        }
                        picked.push(index);
                    }
                } else {
                    return Err(AnswerError::NotAnOption(token.chars().take(20).collect()));
                }
            }
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
        ExerciseKind::Text(_) | ExerciseKind::Numeric(_) => Ok(Answer::Text(joined)),
    }
}

/// The correct answer in words, for a learner who ran out of attempts: the correct options'
/// texts, the first accepted text (or pattern), or the expected number.
#[must_use]
pub fn expected(exercise: &crate::exercise::Exercise, lang: crate::lang::Lang) -> String {
    use crate::exercise::Pattern;
    match &exercise.kind {
        ExerciseKind::Choice(spec) => {
            let texts: Vec<&str> = spec
                .options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.text.get(lang).as_str())
                .collect();
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
    }
}

/// Writes an answer back in the syntax above (`a, c`; the text itself).
impl fmt::Display for Answer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Answer::Choice(picked) => {
                let letters: Vec<String> = picked
                    .iter()
                    .map(|i| option_letter(*i).to_string())
                    .collect();
                f.write_str(&letters.join(", "))
            }
            Answer::Text(text) => f.write_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{ChoiceOption, ChoiceSpec, NumericSpec};
    use crate::text::Localized;

    fn choice(n: usize, multiple: bool) -> ExerciseKind {
        let option = |i: usize| ChoiceOption {
            text: Localized::both(i.to_string()),
            correct: i == 0,
            feedback: None,
        };
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
        assert_eq!(
            read(&single, "d"),
            Err(AnswerError::NoSuchOption {
                label: "d".into(),
                count: 3
            })
        );
        assert_eq!(
            read(&single, "0"),
            Err(AnswerError::NoSuchOption {
                label: "0".into(),
                count: 3
            })
        );
        assert_eq!(read(&single, "a c"), Err(AnswerError::OnlyOne));
        assert_eq!(read(&single, ""), Err(AnswerError::Empty));
        assert_eq!(
            read(&single, "b?"),
            Err(AnswerError::NotAnOption("b?".into()))
        );
        let multiple = choice(4, true);
        assert_eq!(read(&multiple, "c,a"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(read(&multiple, "ac"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(read(&multiple, "1 3 3"), Ok(Answer::Choice(vec![0, 2])));
        assert_eq!(Answer::Choice(vec![0, 2]).to_string(), "a, c");
    }

    #[test]
    fn typed_answers_are_the_text() {
        let numeric = ExerciseKind::Numeric(NumericSpec {
            min: 1.0,
            max: 1.0,
            value: 1.0,
            range: false,
        });
        assert_eq!(
            parse(&numeric, &["1,5".into()]),
            Ok(Answer::Text("1,5".into()))
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,60}") {
            let _ = read(&choice(5, true), &text);
            let _ = read(&choice(2, false), &text);
        }
    }
}
