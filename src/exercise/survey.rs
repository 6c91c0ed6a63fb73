//! Polls, surveys and reflections: questions that are not graded, only recorded for the
//! facilitator.

use crate::text::Localized;

/// Which ungraded kind an exercise is, as the author wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SurveyStyle {
    /// One choice question: the prompt is the question.
    Poll,
    /// Several questions.
    Survey,
    /// One free-text question: the prompt is the question.
    Reflection,
}

/// The questions of a poll, survey or reflection.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySpec {
    pub style: SurveyStyle,
    pub questions: Vec<Question>,
}

/// One question. A poll's or reflection's only question has no text of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub text: Option<Localized<String>>,
    pub kind: QuestionKind,
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// A point on a scale, 1 to `labels.len()`, each point labelled.
    Likert { labels: Vec<Localized<String>> },
    /// One of the options.
    Choice { options: Vec<Localized<String>> },
    /// Free text.
    Text,
}

impl QuestionKind {
    /// The answers to pick from (the scale's labels or the options); none for free text.
    #[must_use]
    pub fn choices(&self) -> &[Localized<String>] {
        match self {
            QuestionKind::Likert { labels } => labels,
            QuestionKind::Choice { options } => options,
            QuestionKind::Text => &[],
        }
    }
}

/// The longest free-text response kept.
pub const MAX_RESPONSE_CHARS: usize = 2000;

/// A five-point agreement scale, in both languages, for Likert questions without labels.
#[must_use]
pub fn agreement_scale() -> Vec<Localized<String>> {
    [
        ("Sangat tidak setuju", "Strongly disagree"),
        ("Tidak setuju", "Disagree"),
        ("Netral", "Neutral"),
        ("Setuju", "Agree"),
        ("Sangat setuju", "Strongly agree"),
    ]
    .into_iter()
    .filter_map(|(id, en)| Localized::new(Some(id.to_string()), Some(en.to_string())))
    .collect()
}

/// A response read from what the learner typed for `question`: a scale point or option as its
/// number (or an option's letter), or the text. `None` when it does not fit.
#[must_use]
pub fn read_response(question: &QuestionKind, typed: &str) -> Option<String> {
    let typed = typed.trim();
    match question {
        QuestionKind::Text => {
            let text: String = typed.chars().filter(|c| !c.is_control()).take(MAX_RESPONSE_CHARS).collect();
            (!text.is_empty()).then_some(text)
        }
        QuestionKind::Likert { labels } | QuestionKind::Choice { options: labels } => {
            let index = if let Ok(n) = typed.parse::<usize>() {
                n.checked_sub(1)?
            } else {
                let mut chars = typed.chars();
                let letter = chars.next().filter(char::is_ascii_alphabetic)?;
                if chars.next().is_some() || matches!(question, QuestionKind::Likert { .. }) {
                    return None;
                }
                usize::from(letter.to_ascii_lowercase() as u8 - b'a')
            };
            (index < labels.len()).then(|| (index + 1).to_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_scale_points_options_and_text() {
        let likert = QuestionKind::Likert { labels: agreement_scale() };
        assert_eq!(read_response(&likert, "4"), Some("4".into()));
        assert_eq!(read_response(&likert, "6"), None);
        assert_eq!(read_response(&likert, "d"), None);
        let choice = QuestionKind::Choice { options: agreement_scale() };
        assert_eq!(read_response(&choice, "b"), Some("2".into()));
        assert_eq!(
            read_response(&QuestionKind::Text, "  Sangat membantu! "),
            Some("Sangat membantu!".into())
        );
        assert_eq!(read_response(&QuestionKind::Text, "   "), None);
    }
}
