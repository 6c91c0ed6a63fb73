//! Identifier exercises, graded from the algorithm: the key is computed from the given
//! identifier, and a wrong answer is compared with the usual slips (the remainder given
//! instead of the check digit, the old check digit kept in a conversion, the `doi:` label
//! or `dx.` left in a DOI) so the feedback can name the step that went wrong.

use super::{Note, Verdict};
use crate::exercise::{IdentifierSpec, IdentifierTask};
use crate::identifier::{self, CheckDigit, Scheme, Working, compact, doi};

/// What the learner is told about an identifier answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdNote {
    /// How the check digit comes out, step by step.
    Working(Working),
    /// The rule of the scheme, for a wrong check digit.
    Rule(Scheme),
    /// The remainder was given instead of the check digit.
    RemainderGiven { remainder: u32, modulus: u32 },
    /// Ten is written X.
    TenIsX,
    /// The answer is not an identifier of this shape.
    Shape(Scheme),
    /// Validation: the sum with the check digit and what it shows.
    Validity { scheme: Scheme, sum: u32, modulus: u32, valid: bool },
    /// Validation: the answer is not "valid" or "invalid".
    SayValidOrNot,
    /// Conversion to ISBN-13: 978 goes in front.
    Prefix978,
    /// Conversion: the old check digit was kept.
    OldCheckDigitKept(Scheme),
    /// Conversion to ISBN-10: 978 comes off.
    Drop978,
    /// DOI: the answer is not a DOI.
    NotADoi,
    /// DOI: the DOI itself differs from the given one.
    DifferentDoi,
    /// DOI: written with the `doi:` label instead of as a URL.
    DoiLabel,
    /// DOI: no resolver in front.
    DoiBare,
    /// DOI: `http` instead of `https`.
    DoiHttp,
    /// DOI: the old `dx.doi.org`.
    DoiDx,
    /// DOI: characters that must be encoded in a URL.
    DoiEncode(Vec<char>),
}

pub fn grade(spec: &IdentifierSpec, answer: &str) -> Verdict {
    if answer.trim().is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    let (correct, notes) = match spec.task {
        IdentifierTask::CheckDigit(scheme) => check_digit(scheme, &spec.given, answer),
        IdentifierTask::Validate(scheme) => validate(scheme, &spec.given, answer),
        IdentifierTask::Isbn10To13 => convert(Scheme::Isbn10, Scheme::Isbn13, &spec.given, answer),
        IdentifierTask::Isbn13To10 => convert(Scheme::Isbn13, Scheme::Isbn10, &spec.given, answer),
        IdentifierTask::DoiUrl => doi_url(&spec.given, answer),
    };
    let feedback = notes.into_iter().map(|n| super::Feedback::Note(Note::Identifier(n))).collect();
    Verdict::new(if correct { 1.0 } else { 0.0 }, correct, feedback)
}

/// The answer the task expects, as the learner should write it.
#[must_use]
pub fn key(spec: &IdentifierSpec) -> Option<String> {
    match spec.task {
        IdentifierTask::CheckDigit(scheme) => {
            let (digits, _) = identifier::split(scheme, &spec.given)?;
            Some(identifier::working(scheme, &digits)?.check.to_string())
        }
        IdentifierTask::Validate(scheme) => Some(identifier::is_valid(scheme, &spec.given).to_string()),
        IdentifierTask::Isbn10To13 => identifier::isbn10_to_13(&spec.given),
        IdentifierTask::Isbn13To10 => identifier::isbn13_to_10(&spec.given),
        IdentifierTask::DoiUrl => doi::read(&spec.given).map(|d| doi::url(&d.name)),
    }
}

fn check_digit(scheme: Scheme, given: &str, answer: &str) -> (bool, Vec<IdNote>) {
    let Some((digits, _)) = identifier::split(scheme, given) else { return (false, Vec::new()) };
    let Some(working) = identifier::working(scheme, &digits) else { return (false, Vec::new()) };
    let written = compact(answer);
    let mut chars = written.chars();
    let answered = match (chars.next(), chars.next()) {
        (Some(c), None) => CheckDigit::parse(c),
        // The whole identifier, with the check digit at the end.
        _ => match identifier::split(scheme, &written) {
            Some((d, Some(check))) if d == digits => Some(check),
            _ if written == "10" && scheme != Scheme::Isbn13 => return (false, vec![IdNote::TenIsX]),
            _ => return (false, vec![IdNote::Shape(scheme)]),
        },
    };
    match answered {
        Some(check) if check == working.check => (true, vec![IdNote::Working(working)]),
        Some(CheckDigit(10)) if scheme == Scheme::Isbn13 => (false, vec![IdNote::Rule(scheme)]),
        Some(check) if check.0 == working.remainder && working.remainder != working.check.0 => {
            (false, vec![IdNote::RemainderGiven { remainder: working.remainder, modulus: working.modulus }])
        }
        Some(_) => (false, vec![IdNote::Rule(scheme)]),
        None => (false, vec![IdNote::Shape(scheme)]),
    }
}

/// Words for "valid" and "invalid" in both languages.
fn yes_or_no(answer: &str) -> Option<bool> {
    let answer = answer.trim().to_lowercase();
    let answer = answer.trim_end_matches(['.', '!']);
    match answer {
        "valid" | "sah" | "benar" | "ya" | "yes" | "true" | "betul" => Some(true),
        "invalid" | "not valid" | "tidak sah" | "tidak valid" | "salah" | "tidak" | "no" | "false"
        | "bukan" => Some(false),
        _ => None,
    }
}

fn validate(scheme: Scheme, given: &str, answer: &str) -> (bool, Vec<IdNote>) {
    let Some(said) = yes_or_no(answer) else { return (false, vec![IdNote::SayValidOrNot]) };
    let valid = identifier::is_valid(scheme, given);
    let sum = identifier::split(scheme, given).map_or(0, |(digits, check)| {
        let body: u32 = identifier::working(scheme, &digits).map_or(0, |w| w.sum);
        // The check digit's weight is 1 in every scheme.
        body + check.map_or(0, |c| c.0)
    });
    let modulus = if scheme == Scheme::Isbn13 { 10 } else { 11 };
    let note = IdNote::Validity { scheme, sum, modulus, valid };
    if said == valid { (true, vec![note]) } else { (false, vec![IdNote::Rule(scheme)]) }
}

fn convert(from: Scheme, to: Scheme, given: &str, answer: &str) -> (bool, Vec<IdNote>) {
    let expected = match to {
        Scheme::Isbn13 => identifier::isbn10_to_13(given),
        _ => identifier::isbn13_to_10(given),
    };
    let Some(expected) = expected else { return (false, Vec::new()) };
    let written = compact(answer);
    if written == expected {
        let digits: Vec<u32> = expected.chars().filter_map(|c| c.to_digit(10)).take(to.len() - 1).collect();
        let working = identifier::working(to, &digits);
        return (true, working.into_iter().map(IdNote::Working).collect());
    }
    let given = compact(given);
    let mut notes = Vec::new();
    match to {
        Scheme::Isbn13 => {
            if !written.starts_with("978") {
                notes.push(IdNote::Prefix978);
            } else if written == format!("978{given}") {
                notes.push(IdNote::OldCheckDigitKept(from));
            } else if same_start(&written, &expected, 12) {
                notes.push(IdNote::Rule(Scheme::Isbn13));
            } else {
                notes.push(IdNote::Shape(Scheme::Isbn13));
            }
        }
        _ => {
            if written.starts_with("978") && written.len() > 10 {
                notes.push(IdNote::Drop978);
            } else if given.len() == 13 && given.get(3..) == Some(written.as_str()) {
                notes.push(IdNote::OldCheckDigitKept(from));
            } else if same_start(&written, &expected, 9) {
                notes.push(IdNote::Rule(Scheme::Isbn10));
            } else {
                notes.push(IdNote::Shape(Scheme::Isbn10));
            }
        }
    }
    (false, notes)
}

/// Whether two identifiers of the same length agree in their first `n` characters (all but
/// the check digit).
fn same_start(a: &str, b: &str, n: usize) -> bool {
    a.chars().count() == b.chars().count() && a.chars().take(n).eq(b.chars().take(n))
}

fn doi_url(given: &str, answer: &str) -> (bool, Vec<IdNote>) {
    let Some(expected) = doi::read(given) else { return (false, Vec::new()) };
    let Some(written) = doi::read(answer) else { return (false, vec![IdNote::NotADoi]) };
    let mut notes = Vec::new();
    if !doi::same(&written.name, &expected.name) {
        notes.push(IdNote::DifferentDoi);
    }
    match written.form {
        doi::Form::Label => notes.push(IdNote::DoiLabel),
        doi::Form::Bare => notes.push(IdNote::DoiBare),
        doi::Form::Url { https, dx } => {
            if !https {
                notes.push(IdNote::DoiHttp);
            }
            if dx {
                notes.push(IdNote::DoiDx);
            }
        }
    }
    if !written.unencoded.is_empty() {
        notes.push(IdNote::DoiEncode(written.unencoded));
    }
    (notes.is_empty(), notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(task: IdentifierTask, given: &str) -> IdentifierSpec {
        IdentifierSpec { task, given: given.into() }
    }

    fn notes(spec: &IdentifierSpec, answer: &str) -> (bool, Vec<IdNote>) {
        let verdict = grade(spec, answer);
        let notes = verdict
            .feedback
            .iter()
            .filter_map(|f| match f {
                super::super::Feedback::Note(Note::Identifier(n)) => Some(n.clone()),
                _ => None,
            })
            .collect();
        (verdict.correct, notes)
    }

    #[test]
    fn check_digits_are_graded_from_the_algorithm() {
        let isbn10 = spec(IdentifierTask::CheckDigit(Scheme::Isbn10), "0-06-251587-?");
        assert!(grade(&isbn10, "X").correct);
        assert!(grade(&isbn10, "x").correct);
        assert!(grade(&isbn10, "0-06-251587-X").correct);
        assert_eq!(notes(&isbn10, "10").1, [IdNote::TenIsX]);
        // 155 mod 11 = 1: the remainder, not the check digit.
        assert_eq!(notes(&isbn10, "1").1, [IdNote::RemainderGiven { remainder: 1, modulus: 11 }]);
        assert_eq!(notes(&isbn10, "5").1, [IdNote::Rule(Scheme::Isbn10)]);
        let issn = spec(IdentifierTask::CheckDigit(Scheme::Issn), "2303-267?");
        assert!(grade(&issn, "7").correct);
        assert_eq!(key(&issn).as_deref(), Some("7"));
    }

    #[test]
    fn validation_says_why() {
        let valid = spec(IdentifierTask::Validate(Scheme::Isbn13), "978-602-8519-93-9");
        assert!(grade(&valid, "sah").correct);
        assert!(grade(&valid, "Valid.").correct);
        assert!(!grade(&valid, "tidak sah").correct);
        assert_eq!(notes(&valid, "mungkin").1, [IdNote::SayValidOrNot]);
        let invalid = spec(IdentifierTask::Validate(Scheme::Isbn10), "979-3062-79-8");
        assert!(grade(&invalid, "invalid").correct);
    }

    #[test]
    fn conversions_name_the_step_that_went_wrong() {
        let to13 = spec(IdentifierTask::Isbn10To13, "979-3062-79-7");
        assert!(grade(&to13, "978-979-3062-79-2").correct);
        assert_eq!(notes(&to13, "978-979-3062-79-7").1, [IdNote::OldCheckDigitKept(Scheme::Isbn10)]);
        assert_eq!(notes(&to13, "979-3062-79-2").1, [IdNote::Prefix978]);
        assert_eq!(notes(&to13, "978-979-3062-79-5").1, [IdNote::Rule(Scheme::Isbn13)]);
        let to10 = spec(IdentifierTask::Isbn13To10, "978-979-3062-79-2");
        assert!(grade(&to10, "979-3062-79-7").correct);
        assert_eq!(notes(&to10, "979-3062-79-2").1, [IdNote::OldCheckDigitKept(Scheme::Isbn13)]);
        assert_eq!(notes(&to10, "978-979-3062-79-7").1, [IdNote::Drop978]);
    }

    #[test]
    fn a_doi_as_a_url() {
        let l02 =
            spec(IdentifierTask::DoiUrl, "doi:10.1002/(SICI)1097-4571(199106)42:5<361::AID-ASI6>3.0.CO;2-#");
        let right = "https://doi.org/10.1002/(SICI)1097-4571(199106)42:5%3C361::AID-ASI6%3E3.0.CO;2-%23";
        assert!(grade(&l02, right).correct);
        assert_eq!(key(&l02).as_deref(), Some(right));
        assert!(
            grade(&l02, "https://doi.org/10.1002/(sici)1097-4571(199106)42:5<361::aid-asi6>3.0.co;2-%23")
                .correct
        );
        assert_eq!(
            notes(&l02, "https://doi.org/10.1002/(SICI)1097-4571(199106)42:5<361::AID-ASI6>3.0.CO;2-#").1,
            [IdNote::DoiEncode(vec!['#'])]
        );
        let arxiv = spec(IdentifierTask::DoiUrl, "10.48550/arXiv.1706.03762");
        assert_eq!(
            notes(&arxiv, "http://dx.doi.org/10.48550/arXiv.1706.03762").1,
            [IdNote::DoiHttp, IdNote::DoiDx]
        );
        assert_eq!(notes(&arxiv, "doi:10.48550/arXiv.1706.03762").1, [IdNote::DoiLabel]);
        assert_eq!(notes(&arxiv, "https://doi.org/10.48550/arXiv.1706.03763").1, [IdNote::DifferentDoi]);
        assert_eq!(notes(&arxiv, "arXiv 1706.03762").1, [IdNote::NotADoi]);
    }

    proptest::proptest! {
        #[test]
        fn any_answer_is_graded_without_panic(answer in "\\PC{0,30}") {
            for (task, given) in [
                (IdentifierTask::CheckDigit(Scheme::Isbn13), "978-602-6344-24-?"),
                (IdentifierTask::Validate(Scheme::Issn), "1758-678X"),
                (IdentifierTask::Isbn10To13, "0-06-251587-X"),
                (IdentifierTask::Isbn13To10, "978-0-06-251587-2"),
                (IdentifierTask::DoiUrl, "10.1234/a#b"),
            ] {
                let verdict = grade(&spec(task, given), &answer);
                proptest::prop_assert!(verdict.score.abs() < 1e-9 || (verdict.score - 1.0).abs() < 1e-9);
            }
        }
    }
}
