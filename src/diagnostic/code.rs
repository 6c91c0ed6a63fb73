//! Stable codes for every kind of problem `infolit check` reports, such as `IL0201`.
//!
//! A code names a kind of problem, not one message: the messages may be reworded, the code
//! stays, so an author can look it up (`infolit explain IL0201`), a facilitator can write it
//! in a handout, and a tool can filter on it. Its severity is part of the code, so the same
//! problem is never an error in one place and a warning in another.
//!
//! The two digits after `IL` are the group, the last two the problem within it:
//!
//! | group  | about                                                                 |
//! |--------|-----------------------------------------------------------------------|
//! | `01xx` | the file as a whole: reading it, its TOML syntax, its format version   |
//! | `02xx` | keys, types and values, whatever the file kind                         |
//! | `03xx` | ids, and references between files (lessons, exercises, glossary terms) |
//! | `04xx` | course layout, workshops and lessons                                   |
//! | `05xx` | exercises, by kind                                                     |
//! | `06xx` | the practice catalogue and the query exercises graded against it       |
//! | `07xx` | the examples that test an exercise's answer key                        |
//!
//! Codes are never reused: a retired problem keeps its number unused.

use std::fmt;

use serde::Serialize;

use super::Severity;

/// Declares the codes once, so the list of all codes, their strings, severities and titles
/// cannot drift apart.
macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $severity:ident, $title:literal; )*) => {
        /// A kind of problem in course files; see the module documentation for the scheme.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( $(#[$doc])* $variant, )*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as authors see it, e.g. `IL0201`.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Fixed per code: errors make `check` fail, warnings do not.
            #[must_use]
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// A one-line title, for `infolit explain` and its list of codes.
            #[must_use]
            pub fn title(self) -> &'static str {
                match self { $(Code::$variant => $title,)* }
            }
        }
    };
}

codes! {
    // 01xx: the file as a whole.
    /// Nothing but blanks in a course file.
    EmptyFile = "IL0101", Error, "the file is empty";
    /// Bytes that are not UTF-8 text.
    NotUtf8 = "IL0102", Error, "the file is not UTF-8 text";
    /// A folder named like a course file.
    FolderNotFile = "IL0103", Error, "a folder where a course file should be";
    /// Larger than a course file can reasonably be.
    FileTooLarge = "IL0104", Error, "the file is too large";
    /// The system refused to read it.
    Unreadable = "IL0105", Error, "the file cannot be read";
    /// Not valid TOML, or nested too deeply to read.
    TomlSyntax = "IL0106", Error, "the file is not valid TOML";
    /// `format_version` absent or not a version infolit knows.
    FormatVersion = "IL0107", Error, "`format_version` is missing or wrong";
    /// Written for a newer infolit.
    NewerFormat = "IL0108", Error, "the file is written for a newer infolit";
    /// Lessons take their format version from workshop.toml.
    FormatVersionInLesson = "IL0109", Error, "`format_version` in a lesson file";

    // 02xx: keys, types and values.
    /// A key infolit does not know in this place (often a typo).
    UnknownKey = "IL0201", Error, "unknown key";
    /// A key that must be there is not.
    MissingKey = "IL0202", Error, "a required key is missing";
    /// A value of the wrong type or shape (text for a number, a table for a list…).
    WrongType = "IL0203", Error, "a value of the wrong type";
    /// A number outside what its key allows, or a minimum above its maximum.
    OutOfRange = "IL0204", Error, "a number outside its allowed range";
    /// A word that is not one of the values its key allows.
    UnknownValue = "IL0205", Error, "a word that is not one of the allowed values";
    /// A list with too few or too many entries.
    ListLength = "IL0206", Error, "a list with too few or too many entries";
    /// A text field with no text in any language.
    EmptyText = "IL0207", Error, "a text with no words in it";
    /// A text written in one language only.
    MissingTranslation = "IL0208", Warning, "a text missing in one language";

    // 03xx: ids and references.
    /// An id with characters or a length infolit does not allow.
    InvalidId = "IL0301", Error, "an id infolit cannot use";
    /// Two workshops, exercises, subjects or records with one id.
    DuplicateId = "IL0302", Error, "two things share one id";
    /// A step names an exercise no bank defines.
    UnknownExercise = "IL0303", Error, "a step names an exercise that does not exist";
    /// A workshop lists a lesson without a file.
    UnknownLesson = "IL0304", Error, "a workshop lists a lesson that does not exist";
    /// `pretest` or `posttest` names a lesson the workshop does not list.
    TestNotALesson = "IL0305", Error, "a pre-test or post-test that is not a lesson of the workshop";
    /// A lesson's `id` differs from its file name.
    LessonIdMismatch = "IL0306", Error, "a lesson id that does not match its file name";
    /// An exercise no lesson shows.
    UnusedExercise = "IL0307", Warning, "an exercise that no lesson uses";
    /// A glossary term's `see` names a term the glossary does not define.
    UnknownTerm = "IL0308", Error, "a related term that the glossary does not define";
    /// A glossary term's `lessons` names a lesson the course does not have.
    UnknownLessonReference = "IL0309", Error, "a glossary term names a lesson that does not exist";
    /// Two glossary terms with the same name or alias in one language.
    SharedTermName = "IL0310", Warning, "a name that two glossary terms share";

    // 04xx: course layout, workshops and lessons.
    /// A `.toml` file directly in `lessons/`.
    StrayLessonFile = "IL0401", Warning, "a lesson file outside a workshop folder";
    /// A workshop folder without its `workshop.toml`.
    NoWorkshopFile = "IL0402", Error, "a workshop folder without workshop.toml";
    /// Nothing for learners to open.
    NoWorkshops = "IL0403", Error, "a course without workshops";
    /// A workshop without lessons, or a lesson without steps.
    NothingToShow = "IL0404", Error, "a workshop without lessons, or a lesson without steps";
    /// The same lesson twice in `lessons`.
    LessonListedTwice = "IL0405", Error, "a lesson listed twice in a workshop";
    /// A lesson file its workshop does not list.
    LessonNotListed = "IL0406", Warning, "a lesson that its workshop does not list";
    /// `objectives = []`.
    NoObjectives = "IL0407", Warning, "a lesson without learning objectives";
    /// The same ACRL frame twice in `frames`.
    FrameListedTwice = "IL0408", Warning, "an ACRL frame listed twice";
    /// A `title` on a step that shows an exercise.
    StepTitleIgnored = "IL0409", Warning, "a title on an exercise step";
    /// A step with both `page` and `exercise`, or neither.
    StepPageOrExercise = "IL0410", Error, "a step that is not exactly one page or one exercise";

    // 05xx: exercises.
    /// An exercise file without `[[exercise]]` tables.
    EmptyBank = "IL0501", Warning, "an exercise file without exercises";
    /// `penalty` does nothing without `multiple = true`.
    PenaltyWithoutMultiple = "IL0502", Warning, "`penalty` on a single-choice exercise";
    /// A choice exercise with options and `answer`, or neither, or true/false feedback with options.
    ChoiceForm = "IL0503", Error, "a choice exercise that is neither options nor true/false";
    /// No option correct, or several in a single choice.
    CorrectOptions = "IL0504", Error, "the wrong number of correct options";
    /// A text exercise or typed gap with no accepted answer, or an empty one.
    AcceptedAnswers = "IL0505", Error, "no accepted answer, or an empty one";
    /// A `regex` that does not compile.
    InvalidRegex = "IL0506", Error, "an invalid regular expression";
    /// An accept or reject rule with both `text` and `regex`, or neither.
    TextOrRegex = "IL0507", Error, "an answer rule without exactly one of `text` and `regex`";
    /// A numeric exercise without `answer` or `min` and `max`.
    NumericForm = "IL0508", Error, "a numeric exercise without an answer or a range";
    /// Gap markers `{1}`, `{2}`… that do not match the `[[exercise.gap]]` tables.
    GapMarkers = "IL0509", Error, "cloze gaps in the text do not match the gap tables";
    /// A gap that is neither typed (`accept`) nor a choice whose `answer` is one option.
    GapForm = "IL0510", Error, "a cloze gap that is neither typed nor a proper choice";
    /// Survey question keys that do not fit its `type`.
    QuestionForm = "IL0511", Error, "a survey question whose keys do not fit its type";
    /// A citation source the citation engine cannot render.
    UnrenderableSource = "IL0512", Error, "a citation source that cannot be rendered";
    /// `given` that leaves the task without an answer or without anything to do.
    GivenUnusable = "IL0513", Error, "`given` does not fit the task";
    /// A key the task needs is missing, or a key belongs to another task.
    TaskKeys = "IL0514", Error, "keys that do not fit the task";
    /// A licence name that is not one of the Creative Commons licences.
    NotALicence = "IL0515", Error, "not a Creative Commons licence";
    /// A death year in the period the law leaves unclear.
    BorderlineYear = "IL0516", Warning, "a death year between 1945 and 1964";

    // 06xx: the practice catalogue and query exercises.
    /// A subject or record id that the catalogue does not define.
    UnknownCatalogueEntry = "IL0601", Error, "a catalogue subject or record that does not exist";
    /// A record `lang` that is not a two-letter code.
    RecordLanguage = "IL0602", Error, "a record language that is not a two-letter code";
    /// A record with an empty `title`.
    RecordTitle = "IL0603", Error, "a catalogue record without a title";
    /// A query exercise with nothing to grade by, or a measure without `target`.
    QueryCriteria = "IL0604", Error, "a query exercise without usable grading criteria";
    /// The author's `solution` is not a query, or fails the exercise's own criteria.
    QuerySolution = "IL0605", Error, "a query solution that does not work";

    // 07xx: examples.
    /// A graded exercise without `[[exercise.examples]]`.
    NoExamples = "IL0701", Warning, "an exercise without examples";
    /// Examples on a poll, survey or reflection.
    ExamplesNotGraded = "IL0702", Error, "examples on an exercise that is not graded";
    /// An example with both `expect` and `score`, or neither.
    ExampleExpectation = "IL0703", Error, "an example without exactly one of `expect` and `score`";
    /// An example answer in a form the exercise cannot take.
    ExampleUnreadable = "IL0704", Error, "an example answer that cannot be read";
    /// An example graded otherwise than it says: the answer key or the example is wrong.
    ExampleMismatch = "IL0705", Error, "an example graded differently from what it says";
}

impl Code {
    /// The code written as `text`, in any case (`il0201` is `IL0201`).
    #[must_use]
    pub fn parse(text: &str) -> Option<Code> {
        let text = text.trim();
        Code::ALL.iter().copied().find(|code| code.as_str().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_are_unique_and_follow_the_scheme() {
        let mut seen = HashSet::new();
        for code in Code::ALL {
            let text = code.as_str();
            assert!(seen.insert(text), "{text} is used twice");
            let digits = text.strip_prefix("IL").unwrap_or_default();
            assert!(digits.len() == 4 && digits.chars().all(|c| c.is_ascii_digit()), "{text}");
            let group = &digits[..2];
            assert!(("01"..="07").contains(&group), "{text} is in no group");
            assert_ne!(&digits[2..], "00", "{text}: numbers within a group start at 01");
            assert!(!code.title().is_empty() && !code.title().ends_with('.'), "{text}: {}", code.title());
        }
    }

    #[test]
    fn codes_are_listed_in_order() {
        let strings: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let mut sorted = strings.clone();
        sorted.sort_unstable();
        assert_eq!(strings, sorted);
    }

    #[test]
    fn codes_parse_in_any_case() {
        assert_eq!(Code::parse("il0201"), Some(Code::UnknownKey));
        assert_eq!(Code::parse(" IL0705 "), Some(Code::ExampleMismatch));
        assert_eq!(Code::parse("IL9999"), None);
        for code in Code::ALL {
            assert_eq!(Code::parse(code.as_str()), Some(*code));
        }
    }
}
