//! Grading short answers: normalised comparison, regular expressions, typo tolerance and
//! feedback for known wrong answers.

use super::normalize::{Options, normalize};
use super::{Feedback, Note, Verdict};
use crate::exercise::{Pattern, TextRule, TextSpec};

/// Accepted answers are tried first, then known wrong ones; an answer within the tolerated
/// number of typos of an accepted text counts as correct, with a note giving the spelling.
pub fn grade(spec: &TextSpec, answer: &str) -> Verdict {
    let options = Options { case_sensitive: spec.case_sensitive, fold_diacritics: spec.fold_diacritics };
    let answer = normalize(answer, options);
    if answer.is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    if let Some(rule) = spec.accept.iter().find(|r| matches(&r.pattern, &answer)) {
        return Verdict::new(1.0, true, author(rule));
    }
    if let Some(rule) = spec.reject.iter().find(|r| matches(&r.pattern, &answer)) {
        return Verdict::new(0.0, false, author(rule));
    }
    if spec.typos > 0 {
        let close = spec.accept.iter().find_map(|rule| match &rule.pattern {
            Pattern::Text { normalized, shown } if within_typos(&answer, normalized, spec.typos) => {
                Some((rule, shown))
            }
            _ => None,
        });
        if let Some((rule, expected)) = close {
            let mut feedback = vec![Feedback::Note(Note::Typo { expected: expected.clone() })];
            feedback.extend(author(rule));
            return Verdict::new(1.0, true, feedback);
        }
    }
    Verdict::new(0.0, false, Vec::new())
}

fn matches(pattern: &Pattern, answer: &str) -> bool {
    match pattern {
        Pattern::Text { normalized, .. } => normalized == answer,
        Pattern::Regex { regex, .. } => regex.is_match(answer),
    }
}

fn author(rule: &TextRule) -> Vec<Feedback> {
    rule.feedback.iter().cloned().map(Feedback::Author).collect()
}

/// Damerau-Levenshtein distance at most `typos`. Lengths are compared first, so a 1 MB answer
/// never reaches the quadratic distance computation.
pub(super) fn within_typos(answer: &str, expected: &str, typos: u32) -> bool {
    let (a, b) = (answer.chars().count(), expected.chars().count());
    let typos = usize::try_from(typos).unwrap_or(usize::MAX);
    a.abs_diff(b) <= typos && strsim::damerau_levenshtein(answer, expected) <= typos
}

#[cfg(test)]
mod tests {
    use regex::RegexBuilder;

    use super::*;
    use crate::text::{Localized, render_markdown};

    fn text_rule(text: &str, feedback: Option<&str>) -> TextRule {
        TextRule {
            pattern: Pattern::Text {
                normalized: normalize(text, Options { case_sensitive: false, fold_diacritics: true }),
                shown: text.to_string(),
            },
            feedback: feedback.map(|f| Localized::both(render_markdown(f))),
        }
    }

    fn spec() -> TextSpec {
        let regex = RegexBuilder::new("^(?:opac|online public access catalog(ue)?)$")
            .case_insensitive(true)
            .build()
            .expect("regex");
        TextSpec {
            accept: vec![
                text_rule("Perpustakaan Nasional", None),
                TextRule { pattern: Pattern::Regex { source: String::new(), regex }, feedback: None },
            ],
            reject: vec![text_rule("Google", Some("A search engine, not a catalogue."))],
            case_sensitive: false,
            fold_diacritics: true,
            typos: 1,
        }
    }

    #[test]
    fn accepts_after_normalising() {
        assert!(grade(&spec(), "  perpustakaan   NASIONAL ").correct);
        assert!(grade(&spec(), "Online Public Access Catalogue").correct);
        assert!(grade(&spec(), "opac").correct);
        assert!(!grade(&spec(), "opac2").correct, "a regex must match the whole answer");
    }

    #[test]
    fn a_typo_is_accepted_with_a_note() {
        let v = grade(&spec(), "perpustakan nasional");
        assert!(v.correct);
        assert_eq!(v.feedback, [Feedback::Note(Note::Typo { expected: "Perpustakaan Nasional".into() })]);
        assert!(!grade(&spec(), "pustaka nasional").correct, "two many edits");
    }

    #[test]
    fn known_wrong_answers_explain_themselves() {
        let v = grade(&spec(), "google");
        assert!(!v.correct);
        assert_eq!(
            v.feedback,
            [Feedback::Author(Localized::both(render_markdown("A search engine, not a catalogue.")))]
        );
        assert_eq!(grade(&spec(), "   ").feedback, [Feedback::Note(Note::Empty)]);
    }

    #[test]
    fn a_megabyte_answer_is_graded_quickly() {
        let v = grade(&spec(), &"x".repeat(1 << 20));
        assert!(!v.correct);
    }

    proptest::proptest! {
        #[test]
        fn any_text_gets_a_verdict_within_bounds(answer in "\\PC{0,80}") {
            let v = grade(&spec(), &answer);
            proptest::prop_assert!(v.score >= 0.0 && v.score <= v.max);
        }
    }
}
