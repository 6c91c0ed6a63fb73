//! What each [`Code`] means, for the librarians who write courses: why infolit refuses (or
//! warns about) the problem, and a small example of it with its fix.
//!
//! The examples are not decoration: `infolit explain` runs the real checker on them to show
//! the message an author would see, and the tests prove that every bad example still gets its
//! code and every fixed one no longer does. An example that drifted from the checker would
//! fail the build, not mislead an author.

use super::Code;
use crate::content::FileKind;

/// A small example of a problem, and the same thing fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Example {
    /// One file, checked on its own as a file of `kind`.
    File { kind: FileKind, bad: &'static str, fixed: &'static str },
    /// A small course, because the problem lies between files: `(path, text)` pairs, paths
    /// relative to the course folder.
    Course { bad: &'static [(&'static str, &'static str)], fixed: &'static [(&'static str, &'static str)] },
    /// A problem that is not in the text of a file (a folder, an unreadable file): the
    /// situation and its fix in words, and what infolit finds at `path` in that situation.
    Situation { path: &'static str, kind: FileKind, found: Found, bad: &'static str, fixed: &'static str },
}

/// What infolit finds at a path when the problem is not in a file's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Bytes that are not UTF-8 after this valid text.
    NotUtf8 {
        valid_prefix: &'static str,
    },
    Folder,
    /// A file of this many bytes.
    TooLarge(u64),
    /// The system's reason for refusing to read it.
    Unreadable(&'static str),
}

impl FileKind {
    /// Where a file of this kind lives in the examples.
    #[must_use]
    pub fn example_path(self) -> &'static str {
        match self {
            FileKind::Workshop => "lessons/search/workshop.toml",
            FileKind::Lesson => "lessons/search/boolean.toml",
            FileKind::ExerciseBank => "exercises/search.toml",
            FileKind::Catalog => "exercises/catalog/records.toml",
            FileKind::Glossary => super::super::content::GLOSSARY_PATH,
        }
    }

    /// "a lesson", for `explain`.
    #[must_use]
    pub fn described(self) -> &'static str {
        match self {
            FileKind::Workshop => "a workshop file",
            FileKind::Lesson => "a lesson file",
            FileKind::ExerciseBank => "an exercise file",
            FileKind::Catalog => "a catalogue file",
            FileKind::Glossary => "the glossary file",
        }
    }
}

/// An exercise file with one exercise: `format_version` and the `[[exercise]]` header, then
/// the exercise's keys.
macro_rules! bank {
    ($($part:expr),+) => {
        concat!("format_version = 1\n\n[[exercise]]\n", $($part),+)
    };
}

/// The two examples every choice exercise below ends with.
macro_rules! choice_examples {
    () => {
        "\n[[exercise.examples]]\nanswer = \"a\"\nexpect = \"correct\"\n\n[[exercise.examples]]\nanswer = \"b\"\nexpect = \"incorrect\"\n"
    };
}

/// A valid choice exercise, `narrow`.
macro_rules! narrow {
    () => {
        concat!(
            "id = \"narrow\"\nkind = \"choice\"\nprompt = \"Which operator narrows a search?\"\n\n",
            "[[exercise.option]]\ntext = \"AND\"\ncorrect = true\n\n[[exercise.option]]\ntext = \"OR\"\n",
            choice_examples!()
        )
    };
}

const NARROW_BANK: &str = concat!("format_version = 1\n\n[[exercise]]\n", narrow!());

const WORKSHOP: &str = r#"format_version = 1
id = "search"
title = "Searching"
lessons = ["boolean"]
"#;

const LESSON: &str = r#"id = "boolean"
title = "Boolean operators"
minutes = 10
objectives = ["Narrow a search with AND."]

[[step]]
page = "AND finds records that contain **every** word."

[[step]]
exercise = "narrow"
"#;

const LESSON_PAGE_ONLY: &str = r#"id = "boolean"
title = "Boolean operators"
minutes = 10
objectives = ["Narrow a search with AND."]

[[step]]
page = "AND finds records that contain **every** word."
"#;

const PHRASES: &str = r#"id = "phrases"
title = "Phrase searching"
minutes = 5
objectives = ["Search for an exact phrase."]

[[step]]
page = "Quotation marks find the words together, in that order."
"#;

/// The smallest valid course: a workshop, a lesson and the exercise it shows.
const COURSE: &[(&str, &str)] = &[
    ("lessons/search/workshop.toml", WORKSHOP),
    ("lessons/search/boolean.toml", LESSON),
    ("exercises/search.toml", NARROW_BANK),
];

const CATALOG: &str = r#"format_version = 1

[[subject]]
id = "literacy"
label = "Information literacy"

[[record]]
id = "L01"
type = "book"
lang = "en"
title = "Information literacy in practice"
subjects = ["literacy"]
"#;

/// A valid glossary of two terms, the first linked to the second.
macro_rules! glossary {
    ($first:expr, $second:expr) => {
        concat!(
            "format_version = 1\n\n[[term]]\nid = \"boolean-operator\"\n",
            "term = { id = \"operator Boolean\", en = \"Boolean operator\" }\n",
            "definition = { id = \"AND, OR dan NOT menggabungkan kata kunci.\", en = \"AND, OR and NOT combine keywords.\" }\n",
            $first,
            "\n[[term]]\nid = \"phrase-search\"\n",
            "term = { id = \"penelusuran frasa\", en = \"phrase search\" }\n",
            "definition = { id = \"Tanda kutip menemukan kata-kata berurutan.\", en = \"Quotation marks find words together, in order.\" }\n",
            $second,
        )
    };
}

const GLOSSARY: &str = glossary!("see = [\"phrase-search\"]\n", "");
const GLOSSARY_UNKNOWN_SEE: &str = glossary!("see = [\"phrase-serach\"]\n", "");
const GLOSSARY_SHARED_NAME: &str = glossary!(
    "see = [\"phrase-search\"]\n",
    "aliases = { en = [\"Boolean operator\", \"quoted search\"] }\n"
);
const GLOSSARY_UNKNOWN_LESSON: &str = glossary!("lessons = [\"search/boolen\"]\n", "");
const GLOSSARY_WITH_LESSON: &str = glossary!("lessons = [\"search/boolean\"]\n", "");

const PAGE_ONLY_COURSE: &[(&str, &str)] =
    &[("lessons/search/workshop.toml", WORKSHOP), ("lessons/search/boolean.toml", LESSON_PAGE_ONLY)];

impl Code {
    /// Why infolit refuses or warns, in plain words for authors.
    #[must_use]
    #[allow(clippy::too_many_lines)] // one short paragraph per code
    pub fn explanation(self) -> &'static str {
        match self {
            Code::EmptyFile => {
                "The file holds nothing, or only blank lines. An empty file is usually a file created and \
                 never filled in, or one whose content was lost when saving. infolit cannot guess what it \
                 should be, so it refuses it rather than showing learners an empty lesson. Write the file's \
                 keys, or delete the file."
            }
            Code::NotUtf8 => {
                "Course files must be saved as UTF-8, the text encoding that can hold Indonesian, English \
                 and every other alphabet. The file has bytes that are not UTF-8, usually because a word \
                 processor or an old editor saved it in another encoding (such as Windows-1252), and a \
                 character like an accent or a dash became unreadable. infolit points at the first such \
                 place. Open the file in a text editor and save it again with the encoding UTF-8."
            }
            Code::FolderNotFile => {
                "infolit found a folder whose name ends in `.toml`, where it expects a course file. It \
                 cannot read a folder as a lesson or an exercise file. Rename the folder, or move what it \
                 holds into a real `.toml` file."
            }
            Code::FileTooLarge => {
                "Course files may be at most 4 MB. A real lesson or exercise file is a few kilobytes, so a \
                 file this large is almost always a mistake, such as a PDF or a spreadsheet saved with a \
                 `.toml` name. infolit does not read it, so that checking stays fast. Put the course text \
                 in the file, and keep other documents outside the course folder."
            }
            Code::Unreadable => {
                "The computer refused to let infolit read the file, for the reason shown (often missing \
                 permission, or a file that disappeared while it was being checked). infolit reports it \
                 instead of silently skipping it, so nothing is missing from the course without notice. \
                 Check that the file exists and that your account may read it."
            }
            Code::TomlSyntax => {
                "Course files are written in TOML, and this file breaks one of its rules: a string \
                 without its closing quote, a missing `=`, a bracket that is not closed, the same key \
                 written twice, or lists inside lists nested too deeply. Until the file is valid TOML, \
                 infolit cannot read any of it. The caret shows where reading stopped; the mistake is \
                 there or just before it."
            }
            Code::FormatVersion => {
                "Workshop, exercise and catalogue files start with `format_version = 1`. The version says \
                 which rules the file was written for, so that a future infolit can read old courses \
                 correctly. The line is missing here, or holds something other than 1. Start the file \
                 with `format_version = 1`."
            }
            Code::NewerFormat => {
                "The file says it is written for a newer format than this copy of infolit reads. Reading \
                 it anyway could misunderstand keys whose meaning changed, so infolit stops. Update \
                 infolit on this computer, or ask the course author for a version of the course for the \
                 infolit you have."
            }
            Code::FormatVersionInLesson => {
                "A lesson file takes its format version from its workshop's workshop.toml, so \
                 `format_version` does not belong in it. Remove the line from the lesson."
            }
            Code::UnknownKey => {
                "The file has a key that infolit does not know in this place. Usually it is a typo \
                 (`titel` for `title`), a key of another kind of table, or a language other than `id` \
                 and `en` in a text. infolit refuses unknown keys instead of ignoring them, because an \
                 ignored key is text or a setting that silently never reaches learners. The help line \
                 suggests the closest known key, or lists the keys allowed here."
            }
            Code::MissingKey => {
                "A key that this kind of table must have is missing: for example a lesson without \
                 `minutes`, an exercise without `kind` or `prompt`, or an option without `text`. \
                 infolit cannot show the item without it. Add the key named in the message."
            }
            Code::WrongType => {
                "A key has a value of the wrong type: text where a number is expected (`minutes = \
                 \"ten\"`), a number where text is expected, a single value where a list is expected, or \
                 a list written as `key = […]` where infolit expects tables written `[[key]]`. The message \
                 says what was found and what was expected. Numbers are written without quotes, texts \
                 with quotes, lists in square brackets."
            }
            Code::OutOfRange => {
                "A number is outside what its key allows: `minutes` between 1 and 600, `attempts` \
                 between 1 and 100, fractions such as `hint_penalty`, `penalty` and `score` between 0 and \
                 1, `typos` between 0 and 3, a year between 1000 and 2100, a `tolerance` of 0 or more. A \
                 minimum may not be larger than its maximum, and infinite numbers are refused. infolit \
                 refuses such values because learners would meet a lesson announced as taking no time, \
                 a penalty larger than the score, or a range nothing can fall into. The message gives \
                 the allowed range."
            }
            Code::UnknownValue => {
                "Some keys take one word from a fixed list: the `kind` of an exercise, a citation \
                 `style`, an identifier `scheme`, the `task` of an identifier or licence exercise, a \
                 search `technique`, an ACRL `frames` entry, a record `type`, `explain`, `expect`, and \
                 others. infolit only understands the words of the list, so a misspelt or invented word \
                 cannot be used. The help line names the closest word, or lists them all."
            }
            Code::ListLength => {
                "A list has too few or too many entries for what it is: a choice exercise needs 2 to 26 \
                 options, an order exercise 2 to 26 items, a match exercise at least 2 pairs, a cloze \
                 text 1 to 20 gaps, a choice gap or a poll 2 to 10 (or 26) options, a survey 1 to 30 \
                 questions, a licence combination 2 to 4 works. A choice among one option is no choice, \
                 and options are named by the letters a to z, so there cannot be more than 26. The \
                 message gives the limits and what it found."
            }
            Code::EmptyText => {
                "A text that learners see (a title, a prompt, an option, an objective) is empty in every \
                 language. infolit will not show a blank where learners expect words. Write the text, \
                 as one string or as `{ id = \"…\", en = \"…\" }`."
            }
            Code::MissingTranslation => {
                "A text is written as `{ id = \"…\", en = \"…\" }` but one language is missing or empty. \
                 Learners who chose that language will see the other one instead, in the middle of their \
                 lesson. This is a warning, not an error: the course works, but add the missing language \
                 when you can. A text written as one plain string is meant for both languages and gets \
                 no warning."
            }
            Code::InvalidId => {
                "Ids name workshops, lessons, exercises and catalogue subjects in files, in learners' \
                 saved progress and in exports, so they must stay simple and never change meaning: \
                 lowercase letters a to z, digits, `-` and `_`, starting with a letter or digit, at most \
                 64 characters. Catalogue record ids (such as `L01`) may also use capital letters, at \
                 most 32 characters. Spaces, accents and punctuation are not allowed. The help line \
                 suggests a valid id close to the one written."
            }
            Code::DuplicateId => {
                "Two workshops, two exercises, two catalogue subjects, two catalogue records or two \
                 glossary terms have the same id. Ids are how lessons find exercises and how learners' progress is saved, so \
                 one id must mean one thing: with two, infolit could show the wrong exercise or mix up \
                 learners' results. The help line says where the id was first defined. Give one of them \
                 another id."
            }
            Code::UnknownExercise => {
                "A lesson step says `exercise = \"…\"`, but no exercise file defines an exercise with that \
                 id. Learners would reach an empty step. Check the spelling (the help line suggests a \
                 close id), or write the exercise in a file in exercises/."
            }
            Code::UnknownLesson => {
                "workshop.toml lists a lesson in `lessons`, but the workshop folder has no file with that \
                 name: the lesson `phrases` must be in phrases.toml next to workshop.toml. Create the \
                 file, correct the spelling, or remove the lesson from the list."
            }
            Code::TestNotALesson => {
                "`pretest` and `posttest` name the lessons that measure what learners know before and \
                 after the workshop, for the report's learning gain. They must be lessons of this \
                 workshop, listed in its `lessons`. Add the lesson to `lessons`, or correct the name."
            }
            Code::LessonIdMismatch => {
                "A lesson's `id` must be its file name without `.toml`: the lesson in boolean.toml has \
                 `id = \"boolean\"`. workshop.toml lists lessons by id and infolit finds them by file \
                 name, so the two must agree. Change the id, or rename the file."
            }
            Code::UnknownTerm => {
                "A glossary term's `see` lists related terms by their ids, and one of them is not the id \
                 of any term in lessons/glossary.toml. A learner who follows the link would find \
                 nothing. Check the spelling (the help line suggests a close id), or add the missing \
                 term to the glossary."
            }
            Code::UnknownLessonReference => {
                "A glossary term's `lessons` says where the term is taught, as `workshop/lesson` (for \
                 example `search/boolean`), so learners can go from the term to its lesson. The entry is \
                 not written that way, or the course has no such lesson. Check the ids with `infolit \
                 list` (the help line suggests a close one), or remove the entry."
            }
            Code::SharedTermName => {
                "Two glossary terms have the same name in one language: a term or an alias of one is \
                 also a term or an alias of the other (case and accents do not count). A learner who \
                 looks the name up, or meets it in a lesson, always gets the first term, so the second \
                 is never found by that name. This is a warning. Keep the name in the term it belongs \
                 to, and link the two terms with `see`."
            }
            Code::UnusedExercise => {
                "An exercise is defined but no lesson has a step that shows it, so learners never meet \
                 it. This is a warning: it may be a draft. Add a step `exercise = \"…\"` to a lesson, or \
                 remove the exercise."
            }
            Code::StrayLessonFile => {
                "A `.toml` file lies directly in lessons/. Lessons belong to a workshop: \
                 lessons/<workshop>/<lesson>.toml, next to that workshop's workshop.toml. The only file \
                 that lies in lessons/ itself is the course's glossary, glossary.toml. infolit ignores \
                 the file, so learners never see it. Move it into a workshop folder and list it in that \
                 workshop's `lessons`, or delete it."
            }
            Code::NoWorkshopFile => {
                "Every folder in lessons/ is a workshop and needs a workshop.toml with its \
                 `format_version`, `id`, `title` and the list of its `lessons`. Without it infolit does \
                 not know the workshop's title or the order of its lessons, and learners cannot open \
                 it. Create workshop.toml in the folder."
            }
            Code::NoWorkshops => {
                "The course has no workshop: lessons/ holds no workshop folder. Learners would find \
                 nothing to open. Create lessons/<workshop>/workshop.toml and the workshop's lessons \
                 (`infolit new workshop ID` writes a first one)."
            }
            Code::NothingToShow => {
                "A workshop lists no lessons (`lessons = []`), or a lesson has no `[[step]]`. Learners \
                 would open it and find nothing. List the workshop's lessons in order, or give the lesson \
                 at least one step."
            }
            Code::LessonListedTwice => {
                "The same lesson appears twice in a workshop's `lessons`. A lesson is taken once; listing \
                 it twice is usually a copy-and-paste slip where another lesson was meant. Remove one, \
                 or put the lesson that was meant in its place."
            }
            Code::LessonNotListed => {
                "A lesson file is in the workshop folder, but workshop.toml does not list it in \
                 `lessons`, so learners never see it. This is a warning: it may be a draft. Add its id \
                 to `lessons` where it belongs in the order, or move it out of the course."
            }
            Code::NoObjectives => {
                "The lesson has `objectives = []`. Learning objectives tell learners what they will be \
                 able to do after the lesson, and they are shown at its start. This is a warning: write \
                 one or two objectives as things a learner can do."
            }
            Code::FrameListedTwice => {
                "The same ACRL frame appears twice in the lesson's `frames`. A frame counts once, so the \
                 second one adds nothing; perhaps another frame was meant. This is a warning."
            }
            Code::StepTitleIgnored => {
                "A step that shows an exercise has a `title`, but an exercise step always shows the \
                 exercise's own title, so this one would never appear. Remove it, or set `title` in the \
                 exercise itself."
            }
            Code::StepPageOrExercise => {
                "Each `[[step]]` of a lesson is exactly one thing: a page of text (`page = \"…\"`) or an \
                 exercise (`exercise = \"id\"`). A step with both, or with neither, cannot be shown. \
                 Split a step with both into two steps; give a step with neither its page or exercise."
            }
            Code::EmptyBank => {
                "The exercise file has no `[[exercise]]` table, so it adds nothing to the course. This \
                 is a warning: write an exercise in it, or delete the file."
            }
            Code::PenaltyWithoutMultiple => {
                "`penalty` takes points off for each wrong option ticked in a multiple-answer exercise \
                 (`multiple = true`). In a single-choice exercise a learner picks one option, so there is \
                 nothing to take points off for and the penalty is ignored. This is a warning: remove \
                 `penalty`, or add `multiple = true` if several options are right."
            }
            Code::ChoiceForm => {
                "A choice exercise is written in one of two ways: options as `[[exercise.option]]` \
                 tables, or a true/false statement with `answer = true` or `answer = false` (and \
                 optionally `feedback_true` and `feedback_false`). This one has both, neither, or \
                 true/false feedback next to options. Pick one of the two ways."
            }
            Code::CorrectOptions => {
                "A choice exercise needs its right answer marked: no option has `correct = true`, or a \
                 single-choice exercise marks several. Learners could never answer right, or infolit \
                 could not know which answer is meant. Mark the right option; if several are right, \
                 add `multiple = true`."
            }
            Code::AcceptedAnswers => {
                "A text exercise, and each typed cloze gap, needs at least one accepted answer, and no \
                 accepted or rejected answer may be empty (answers are compared without case and extra \
                 spaces, so a text of only spaces is empty too). Without one, no answer could ever be \
                 right. Add `[[exercise.accept]]` with a `text` or `regex`, or `accept = [\"…\"]` in the \
                 gap."
            }
            Code::InvalidRegex => {
                "An accepted or rejected answer's `regex` is not a valid regular expression: a bracket \
                 not closed, a `*` with nothing before it, and so on. The message says what is wrong. \
                 Remember that in TOML a backslash in a normal string is written twice (`\\\\d`), or use \
                 a literal string in single quotes ('\\d')."
            }
            Code::TextOrRegex => {
                "Each `[[exercise.accept]]` or `[[exercise.reject]]` rule matches answers in one way: an \
                 exact `text`, or a regular expression `regex`. A rule with both, or neither, is refused. \
                 Split a rule with both into two rules."
            }
            Code::NumericForm => {
                "A numeric exercise states its right answer in one of two ways: `answer` (with an \
                 optional `tolerance`, so `answer = 75` and `tolerance = 1` accept 74 to 76), or a range \
                 with `min` and `max`. It has neither here, or keys of both. Use one of the two ways."
            }
            Code::GapMarkers => {
                "A cloze text marks its gaps `{1}`, `{2}`, … and has one `[[exercise.gap]]` table per \
                 gap, in order. Each marker must appear exactly once in each language of the text, and \
                 there may be no marker without its gap table. Here a marker is missing, repeated, or has \
                 no gap table. Make the markers and the tables match."
            }
            Code::GapForm => {
                "A cloze gap is typed (`accept = [\"…\"]`: what learners may type) or a choice \
                 (`options = [\"…\", \"…\"]` and `answer`, the text of the one correct option). This \
                 gap has keys of both, neither, options without `answer`, or an `answer` that is not \
                 exactly one of its options. Give the gap one of the two forms."
            }
            Code::QuestionForm => {
                "Each survey question's keys must fit its `type`: a `choice` question has `options`, a \
                 `likert` question may have `labels` (without them it uses a five-point agreement \
                 scale), and a `text` question has neither. Remove the keys that do not fit, or change \
                 the type."
            }
            Code::UnrenderableSource => {
                "A citation exercise's answer key is made by rendering `[exercise.source]` in the \
                 chosen style. The citation engine could not render this source, for the reason given: \
                 typically a date written in a form it does not read. Without a rendered key no answer \
                 can be graded. Dates are written `2021`, `2021-03` or `2021-03-05`."
            }
            Code::GivenUnusable => {
                "`given` is what learners start from, and it must leave them a task with an answer: for \
                 a find-and-fix citation, `given` must contain the mistakes to find (not already be the \
                 correct entry); for an identifier task it must be the right kind of identifier in the \
                 right form (for `check-digit`, the digits with `?` in place of the check digit; for \
                 `isbn13-to-10`, an ISBN-13 that starts with 978). The message says what is wrong."
            }
            Code::TaskKeys => {
                "Licence and identifier exercises have a `task`, and each task has its own keys. A \
                 licence task `choose` uses `adaptations` and `commercial` (or `waive`), `use` uses \
                 `license` and `use`, `combine` uses `works`, `public-domain` uses `term` and `years`; \
                 the identifier tasks `check-digit` and `validate` need a `scheme`, the others have \
                 none. A key the task needs is missing here, or a key belongs to another task. The \
                 message names it."
            }
            Code::NotALicence => {
                "Licence exercises work with the Creative Commons licences: CC0, CC BY, CC BY-SA, CC \
                 BY-NC, CC BY-NC-SA, CC BY-ND and CC BY-NC-ND. infolit knows their rules, and no others, \
                 so it cannot grade an exercise about another licence. Write one of these names."
            }
            Code::BorderlineYear => {
                "Indonesian copyright lasted the author's life plus 50 years until UU 28/2014 made it \
                 life plus 70. For authors who died between 1945 and 1964, whose works had entered the \
                 public domain under the old law, it is unclear whether the new law revived them. An \
                 exercise on such a year teaches an answer that lawyers disagree on. This is a warning: \
                 check with a legal expert, or choose another year."
            }
            Code::UnknownCatalogueEntry => {
                "The practice catalogue is defined in exercises/catalog/: subjects with `[[subject]]` and \
                 records with `[[record]]`. A record's `subjects` names a subject that is not defined, or \
                 a query exercise names a record (in `target`, `required` or `forbidden`) that the \
                 catalogue does not have. Check the spelling (the help line suggests a close id), or add \
                 the subject or record."
            }
            Code::RecordLanguage => {
                "A catalogue record's `lang` is the two-letter code of its language (ISO 639-1): `id` \
                 for Indonesian, `en` for English, `jv` for Javanese, and so on. Learners search with \
                 `lang:id`, so a name such as `english` would never match. Write the two-letter code."
            }
            Code::RecordTitle => {
                "Every catalogue record needs a `title`: it is what learners see in their search results \
                 and what most searches match. Write the record's title."
            }
            Code::QueryCriteria => {
                "A query exercise grades a learner's search by criteria: `target` (the records that meet \
                 the need, measured with `min_recall` and `min_precision`), `required` and `forbidden` \
                 records, `min_results` and `max_results`, or `techniques` the query must use. This \
                 exercise has none, so every query would pass; or it sets `min_recall` or \
                 `min_precision` with no `target` to measure them on. Add the criteria."
            }
            Code::QuerySolution => {
                "A query exercise's `solution` is the author's own answer, shown to learners after they \
                 finish. infolit checks it: it must be a valid query, and, checked with the course's \
                 catalogue, the exercise must grade it as correct. Otherwise learners would be shown a \
                 model answer that fails. Correct the solution, or the criteria."
            }
            Code::NoExamples => {
                "Examples (`[[exercise.examples]]`) are answers with the result the author expects, \
                 such as `answer = \"a\"` and `expect = \"correct\"`. `infolit check` grades each one, \
                 so a mistake in the answer key is found before learners meet it. This exercise has \
                 none. This is a warning: add at least one right and one wrong answer."
            }
            Code::ExamplesNotGraded => {
                "Polls, surveys and reflections record what learners say; they have no right answer, so \
                 there is nothing for examples to test. Remove the `[[exercise.examples]]` tables."
            }
            Code::ExampleExpectation => {
                "Each example says what its answer should get, in one way: `expect = \"correct\"`, \
                 `expect = \"incorrect\"`, or a partial `score` between 0 and 1. This example has both \
                 `expect` and `score`, or neither. Keep one."
            }
            Code::ExampleUnreadable => {
                "An example's `answer` must be written as a learner would type it for this kind of \
                 exercise: option letters for a choice (one only, unless `multiple = true`), the items' \
                 letters in order for an order exercise, pairs like `1a 2b` for a match. This one \
                 cannot be read that way; the message says why."
            }
            Code::ExampleMismatch => {
                "infolit graded the example's answer and got a different result from the one the \
                 example states. Either the answer key is wrong (a wrong option marked correct, an \
                 accepted answer missing) and learners would be graded wrongly, or the example itself \
                 is wrong. Check the answer key first, then the example."
            }
        }
    }

    /// A small example of the problem and its fix.
    #[must_use]
    #[allow(clippy::too_many_lines)] // one example per code
    pub fn example(self) -> Example {
        use FileKind::{Catalog, ExerciseBank, Glossary, Lesson, Workshop};
        let file = |kind, bad, fixed| Example::File { kind, bad, fixed };
        match self {
            Code::EmptyFile => file(Lesson, "\n", LESSON_PAGE_ONLY),
            Code::NotUtf8 => Example::Situation {
                path: Lesson.example_path(),
                kind: Lesson,
                found: Found::NotUtf8 { valid_prefix: "id = \"boolean\"\ntitle = \"Boolean operators " },
                bad: "A lesson saved in the Windows-1252 encoding: its title, `Boolean operators – \
                      basics`, has a dash stored as a byte that is not UTF-8.",
                fixed: "The same file saved again with the encoding UTF-8 (in most editors: Save As, \
                        then choose the encoding UTF-8).",
            },
            Code::FolderNotFile => Example::Situation {
                path: "lessons/search/intro.toml",
                kind: Lesson,
                found: Found::Folder,
                bad: "A folder named intro.toml in lessons/search/.",
                fixed: "The folder renamed (a name without `.toml`) or moved out of the course, and the \
                        lesson written in a file lessons/search/intro.toml.",
            },
            Code::FileTooLarge => Example::Situation {
                path: Lesson.example_path(),
                kind: Lesson,
                found: Found::TooLarge(30_000_000),
                bad: "A 30 MB PDF of the lesson's slides, saved as lessons/search/boolean.toml.",
                fixed: "The PDF kept outside the course folder, and boolean.toml holding the lesson's text.",
            },
            Code::Unreadable => Example::Situation {
                path: Lesson.example_path(),
                kind: Lesson,
                found: Found::Unreadable("Permission denied (os error 13)"),
                bad: "A lesson file copied from another account, which only that account may read.",
                fixed: "The file's permissions changed so that your account may read it.",
            },
            Code::TomlSyntax => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::FormatVersion => {
                file(Workshop, "id = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\"]\n", WORKSHOP)
            }
            Code::NewerFormat => file(
                Workshop,
                "format_version = 2\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\"]\n",
                WORKSHOP,
            ),
            Code::FormatVersionInLesson => file(
                Lesson,
                "format_version = 1\nid = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::UnknownKey => file(
                Lesson,
                "id = \"boolean\"\ntitel = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::MissingKey => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::WrongType => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = \"ten\"\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::OutOfRange => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 0\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::UnknownValue => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choise"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"
"#
                ),
                NARROW_BANK,
            ),
            Code::ListLength => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true
"#
                ),
                NARROW_BANK,
            ),
            Code::EmptyText => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::MissingTranslation => file(
                Workshop,
                "format_version = 1\nid = \"search\"\ntitle = { id = \"Penelusuran\" }\nlessons = [\"boolean\"]\n",
                "format_version = 1\nid = \"search\"\ntitle = { id = \"Penelusuran\", en = \"Searching\" }\nlessons = [\"boolean\"]\n",
            ),
            Code::InvalidId => file(
                Workshop,
                "format_version = 1\nid = \"Search Skills\"\ntitle = \"Searching\"\nlessons = [\"boolean\"]\n",
                "format_version = 1\nid = \"search-skills\"\ntitle = \"Searching\"\nlessons = [\"boolean\"]\n",
            ),
            Code::DuplicateId => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON),
                    ("exercises/search.toml", NARROW_BANK),
                    ("exercises/more.toml", NARROW_BANK),
                ],
                fixed: COURSE,
            },
            Code::UnknownExercise => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    (
                        "lessons/search/boolean.toml",
                        "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\nexercise = \"narow\"\n",
                    ),
                    ("exercises/search.toml", NARROW_BANK),
                ],
                fixed: COURSE,
            },
            Code::UnknownLesson => Example::Course {
                bad: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\", \"phrases\"]\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                ],
                fixed: PAGE_ONLY_COURSE,
            },
            Code::TestNotALesson => Example::Course {
                bad: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\"]\npretest = \"phrases\"\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                ],
                fixed: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"phrases\", \"boolean\"]\npretest = \"phrases\"\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/search/phrases.toml", PHRASES),
                ],
            },
            Code::LessonIdMismatch => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    (
                        "lessons/search/boolean.toml",
                        "id = \"boolean-logic\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                    ),
                ],
                fixed: PAGE_ONLY_COURSE,
            },
            Code::UnknownTerm => file(Glossary, GLOSSARY_UNKNOWN_SEE, GLOSSARY),
            Code::UnknownLessonReference => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/glossary.toml", GLOSSARY_UNKNOWN_LESSON),
                ],
                fixed: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/glossary.toml", GLOSSARY_WITH_LESSON),
                ],
            },
            Code::SharedTermName => file(Glossary, GLOSSARY_SHARED_NAME, GLOSSARY),
            Code::UnusedExercise => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("exercises/search.toml", NARROW_BANK),
                ],
                fixed: COURSE,
            },
            Code::StrayLessonFile => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/phrases.toml", PHRASES),
                ],
                fixed: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\", \"phrases\"]\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/search/phrases.toml", PHRASES),
                ],
            },
            Code::NoWorkshopFile => Example::Course {
                bad: &[("lessons/search/boolean.toml", LESSON_PAGE_ONLY)],
                fixed: PAGE_ONLY_COURSE,
            },
            Code::NoWorkshops => {
                Example::Course { bad: &[("exercises/search.toml", NARROW_BANK)], fixed: COURSE }
            }
            Code::NothingToShow => file(
                Workshop,
                "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = []\n",
                WORKSHOP,
            ),
            Code::LessonListedTwice => Example::Course {
                bad: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\", \"boolean\"]\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                ],
                fixed: PAGE_ONLY_COURSE,
            },
            Code::LessonNotListed => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/search/phrases.toml", PHRASES),
                ],
                fixed: &[
                    (
                        "lessons/search/workshop.toml",
                        "format_version = 1\nid = \"search\"\ntitle = \"Searching\"\nlessons = [\"boolean\", \"phrases\"]\n",
                    ),
                    ("lessons/search/boolean.toml", LESSON_PAGE_ONLY),
                    ("lessons/search/phrases.toml", PHRASES),
                ],
            },
            Code::NoObjectives => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = []\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                LESSON_PAGE_ONLY,
            ),
            Code::FrameListedTwice => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\nframes = [\"searching-as-strategic-exploration\", \"searching-as-strategic-exploration\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\nframes = [\"searching-as-strategic-exploration\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\n",
            ),
            Code::StepTitleIgnored => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\ntitle = \"Try it\"\nexercise = \"narrow\"\n",
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\nexercise = \"narrow\"\n",
            ),
            Code::StepPageOrExercise => file(
                Lesson,
                "id = \"boolean\"\ntitle = \"Boolean operators\"\nminutes = 10\nobjectives = [\"Narrow a search with AND.\"]\n\n[[step]]\npage = \"AND finds records that contain every word.\"\nexercise = \"narrow\"\n",
                LESSON,
            ),
            Code::EmptyBank => file(ExerciseBank, "format_version = 1\n", NARROW_BANK),
            Code::PenaltyWithoutMultiple => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
penalty = 0.5
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"
"#,
                    choice_examples!()
                ),
                NARROW_BANK,
            ),
            Code::ChoiceForm => file(
                ExerciseBank,
                bank!(
                    r#"id = "google-case"
kind = "choice"
prompt = "True or false: Google tells upper and lower case apart."
"#
                ),
                bank!(
                    r#"id = "google-case"
kind = "choice"
answer = false
prompt = "True or false: Google tells upper and lower case apart."

[[exercise.examples]]
answer = "b"
expect = "correct"

[[exercise.examples]]
answer = "a"
expect = "incorrect"
"#
                ),
            ),
            Code::CorrectOptions => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"

[[exercise.option]]
text = "OR"
"#
                ),
                NARROW_BANK,
            ),
            Code::AcceptedAnswers => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
text = " "
"#
                ),
                TEXT_BANK,
            ),
            Code::InvalidRegex => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
regex = "(and|dan"
"#
                ),
                bank!(
                    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
regex = "(and|dan)"

[[exercise.examples]]
answer = "AND"
expect = "correct"

[[exercise.examples]]
answer = "or"
expect = "incorrect"
"#
                ),
            ),
            Code::TextOrRegex => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
text = "AND"
regex = "and|dan"
"#
                ),
                bank!(
                    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
regex = "and|dan"

[[exercise.examples]]
answer = "AND"
expect = "correct"

[[exercise.examples]]
answer = "or"
expect = "incorrect"
"#
                ),
            ),
            Code::NumericForm => file(
                ExerciseBank,
                bank!(
                    r#"id = "not-count"
kind = "numeric"
prompt = "`sampah` gives 120 results, `sampah AND plastik` 45. How many does `sampah NOT plastik` give?"
answer = 75
min = 74
"#
                ),
                bank!(
                    r#"id = "not-count"
kind = "numeric"
prompt = "`sampah` gives 120 results, `sampah AND plastik` 45. How many does `sampah NOT plastik` give?"
answer = 75

[[exercise.examples]]
answer = 75
expect = "correct"

[[exercise.examples]]
answer = 165
expect = "incorrect"
"#
                ),
            ),
            Code::GapMarkers => file(
                ExerciseBank,
                bank!(
                    r#"id = "operators-cloze"
kind = "cloze"
prompt = "Complete the sentence."
text = "The operator {1} narrows the results."

[[exercise.gap]]
accept = ["AND"]

[[exercise.gap]]
accept = ["OR"]
"#
                ),
                CLOZE_BANK,
            ),
            Code::GapForm => file(
                ExerciseBank,
                bank!(
                    r#"id = "operators-cloze"
kind = "cloze"
prompt = "Complete the sentence."
text = "The operator {1} narrows the results."

[[exercise.gap]]
options = ["AND", "OR"]
"#
                ),
                bank!(
                    r#"id = "operators-cloze"
kind = "cloze"
prompt = "Complete the sentence."
text = "The operator {1} narrows the results."

[[exercise.gap]]
options = ["AND", "OR"]
answer = "AND"

[[exercise.examples]]
answer = "a"
expect = "correct"

[[exercise.examples]]
answer = "b"
expect = "incorrect"
"#
                ),
            ),
            Code::QuestionForm => file(
                ExerciseBank,
                bank!(
                    r#"id = "workshop-feedback"
kind = "survey"
prompt = "How was this workshop?"

[[exercise.question]]
text = "What could be better?"
type = "text"
options = ["the pace", "the examples"]
"#
                ),
                bank!(
                    r#"id = "workshop-feedback"
kind = "survey"
prompt = "How was this workshop?"

[[exercise.question]]
text = "What could be better?"
type = "choice"
options = ["the pace", "the examples"]
"#
                ),
            ),
            Code::UnrenderableSource => file(
                ExerciseBank,
                bank!(
                    r#"id = "book-apa"
kind = "citation"
style = "apa"
prompt = "Write the reference-list entry for this book."

[exercise.source]
type = "book"
authors = ["Eisenberg, Michael B."]
year = 1990
date = "spring 1990"
title = "Information problem solving"
publisher = "Ablex"
"#
                ),
                CITATION_BANK,
            ),
            Code::GivenUnusable => file(
                ExerciseBank,
                bank!(
                    r#"id = "isbn10-check"
kind = "identifier"
task = "check-digit"
scheme = "isbn10"
given = "979-3062-79-7"
prompt = "Compute the check digit of this ISBN-10."
"#
                ),
                IDENTIFIER_BANK,
            ),
            Code::TaskKeys => file(
                ExerciseBank,
                bank!(
                    r#"id = "remix-booklet"
kind = "license"
task = "combine"
prompt = "Can a CC BY-SA photo and a CC BY-NC text be combined into one adapted booklet? If so, under which licence? If not, answer no."
"#
                ),
                LICENCE_BANK,
            ),
            Code::NotALicence => file(
                ExerciseBank,
                bank!(
                    r#"id = "remix-booklet"
kind = "license"
task = "combine"
works = ["CC BY-SA", "GPL"]
prompt = "Can a CC BY-SA photo and a GPL text be combined into one adapted booklet? If so, under which licence? If not, answer no."
"#
                ),
                LICENCE_BANK,
            ),
            Code::BorderlineYear => file(
                ExerciseBank,
                bank!(
                    r#"id = "novel-public-domain"
kind = "license"
task = "public-domain"
term = "life+70"
years = [1950]
prompt = "A novelist died in 1950. In which year does the novel enter the public domain in Indonesia?"

[[exercise.examples]]
answer = "2021"
expect = "correct"

[[exercise.examples]]
answer = "2001"
expect = "incorrect"
"#
                ),
                bank!(
                    r#"id = "novel-public-domain"
kind = "license"
task = "public-domain"
term = "life+70"
years = [1980]
prompt = "A novelist died in 1980. In which year does the novel enter the public domain in Indonesia?"

[[exercise.examples]]
answer = "2051"
expect = "correct"

[[exercise.examples]]
answer = "2031"
expect = "incorrect"
"#
                ),
            ),
            Code::UnknownCatalogueEntry => Example::Course {
                bad: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON),
                    ("exercises/search.toml", NARROW_BANK),
                    (
                        "exercises/catalog/records.toml",
                        r#"format_version = 1

[[subject]]
id = "literacy"
label = "Information literacy"

[[record]]
id = "L01"
type = "book"
lang = "en"
title = "Information literacy in practice"
subjects = ["literasy"]
"#,
                    ),
                ],
                fixed: &[
                    ("lessons/search/workshop.toml", WORKSHOP),
                    ("lessons/search/boolean.toml", LESSON),
                    ("exercises/search.toml", NARROW_BANK),
                    ("exercises/catalog/records.toml", CATALOG),
                ],
            },
            Code::RecordLanguage => file(Catalog, CATALOG_ENGLISH, CATALOG),
            Code::RecordTitle => file(Catalog, CATALOG_NO_TITLE, CATALOG),
            Code::QueryCriteria => file(
                ExerciseBank,
                bank!(
                    r#"id = "literacy-query"
kind = "query"
prompt = "Find the books on information literacy."
"#
                ),
                QUERY_BANK,
            ),
            Code::QuerySolution => file(
                ExerciseBank,
                bank!(
                    r#"id = "literacy-query"
kind = "query"
prompt = "Find the books on information literacy."
target = ["L01"]
solution = 'su:literacy AND'
"#
                ),
                QUERY_BANK,
            ),
            Code::NoExamples => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"
"#
                ),
                NARROW_BANK,
            ),
            Code::ExamplesNotGraded => file(
                ExerciseBank,
                bank!(
                    r#"id = "where-do-you-search"
kind = "poll"
prompt = "Where do you look for sources most often?"
options = ["The library catalogue", "A search engine"]

[[exercise.examples]]
answer = "a"
expect = "correct"
"#
                ),
                bank!(
                    r#"id = "where-do-you-search"
kind = "poll"
prompt = "Where do you look for sources most often?"
options = ["The library catalogue", "A search engine"]
"#
                ),
            ),
            Code::ExampleExpectation => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"

[[exercise.examples]]
answer = "a"
expect = "correct"
score = 1.0

[[exercise.examples]]
answer = "b"
expect = "incorrect"
"#
                ),
                NARROW_BANK,
            ),
            Code::ExampleUnreadable => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"

[[exercise.examples]]
answer = "a b"
expect = "incorrect"

[[exercise.examples]]
answer = "b"
expect = "incorrect"
"#
                ),
                NARROW_BANK,
            ),
            Code::ExampleMismatch => file(
                ExerciseBank,
                bank!(
                    r#"id = "narrow"
kind = "choice"
prompt = "Which operator narrows a search?"

[[exercise.option]]
text = "AND"
correct = true

[[exercise.option]]
text = "OR"

[[exercise.examples]]
answer = "b"
expect = "correct"
"#
                ),
                NARROW_BANK,
            ),
        }
    }
}

const TEXT_BANK: &str = bank!(
    r#"id = "narrowing-operator"
kind = "text"
prompt = "Which operator narrows a search?"

[[exercise.accept]]
text = "AND"

[[exercise.examples]]
answer = "and"
expect = "correct"

[[exercise.examples]]
answer = "or"
expect = "incorrect"
"#
);

const CLOZE_BANK: &str = bank!(
    r#"id = "operators-cloze"
kind = "cloze"
prompt = "Complete the sentence."
text = "The operator {1} narrows the results, while {2} broadens them."

[[exercise.gap]]
accept = ["AND"]

[[exercise.gap]]
accept = ["OR"]

[[exercise.examples]]
answer = "AND | OR"
expect = "correct"

[[exercise.examples]]
answer = "OR | AND"
expect = "incorrect"
"#
);

const CITATION_BANK: &str = bank!(
    r#"id = "book-apa"
kind = "citation"
style = "apa"
prompt = "Write the reference-list entry for this book."

[exercise.source]
type = "book"
authors = ["Eisenberg, Michael B."]
year = 1990
title = "Information problem solving"
publisher = "Ablex"

[[exercise.examples]]
answer = "Eisenberg, M. B. (1990). Information problem solving. Ablex."
expect = "correct"

[[exercise.examples]]
answer = "Eisenberg, M. B. 1990. Information problem solving. Ablex."
expect = "incorrect"
"#
);

const IDENTIFIER_BANK: &str = bank!(
    r#"id = "isbn10-check"
kind = "identifier"
task = "check-digit"
scheme = "isbn10"
given = "979-3062-79-?"
prompt = "Compute the check digit of this ISBN-10."

[[exercise.examples]]
answer = "7"
expect = "correct"

[[exercise.examples]]
answer = "4"
expect = "incorrect"
"#
);

const LICENCE_BANK: &str = bank!(
    r#"id = "remix-booklet"
kind = "license"
task = "combine"
works = ["CC BY-SA", "CC BY-NC"]
prompt = "Can a CC BY-SA photo and a CC BY-NC text be combined into one adapted booklet? If so, under which licence? If not, answer no."

[[exercise.examples]]
answer = "no"
expect = "correct"

[[exercise.examples]]
answer = "CC BY-NC-SA"
expect = "incorrect"
"#
);

const QUERY_BANK: &str = bank!(
    r#"id = "literacy-query"
kind = "query"
prompt = "Find the books on information literacy."
target = ["L01"]
solution = 'su:literacy'

[[exercise.examples]]
answer = 'su:literacy'
expect = "correct"

[[exercise.examples]]
answer = 'su:history'
expect = "incorrect"
"#
);

const CATALOG_ENGLISH: &str = r#"format_version = 1

[[subject]]
id = "literacy"
label = "Information literacy"

[[record]]
id = "L01"
type = "book"
lang = "english"
title = "Information literacy in practice"
subjects = ["literacy"]
"#;

const CATALOG_NO_TITLE: &str = r#"format_version = 1

[[subject]]
id = "literacy"
label = "Information literacy"

[[record]]
id = "L01"
type = "book"
lang = "en"
title = ""
subjects = ["literacy"]
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CourseSource, check_example, load};
    use crate::diagnostic::render;

    /// The codes that cannot come from one file's text checked on its own: they lie between
    /// the files of a course, or in what is found instead of a readable file.
    const NOT_FROM_ONE_FILE: &[Code] = &[
        Code::NotUtf8,
        Code::FolderNotFile,
        Code::FileTooLarge,
        Code::Unreadable,
        Code::DuplicateId,
        Code::UnknownExercise,
        Code::UnknownLesson,
        Code::TestNotALesson,
        Code::LessonIdMismatch,
        Code::UnusedExercise,
        Code::UnknownLessonReference,
        Code::StrayLessonFile,
        Code::NoWorkshopFile,
        Code::NoWorkshops,
        Code::LessonListedTwice,
        Code::LessonNotListed,
        Code::UnknownCatalogueEntry,
    ];

    /// Other problems a bad example cannot help having: a course without a workshop file or
    /// without workshops, or a lesson that misspells an exercise id, leaves its exercise unused.
    const UNAVOIDABLE: &[(Code, Code)] = &[
        (Code::NoWorkshopFile, Code::UnusedExercise),
        (Code::NoWorkshops, Code::UnusedExercise),
        (Code::UnknownExercise, Code::UnusedExercise),
    ];

    fn rendered(diagnostics: &[crate::diagnostic::Diagnostic]) -> String {
        diagnostics.iter().map(render).collect()
    }

    #[test]
    fn every_bad_example_gets_its_code_and_every_fix_gets_no_diagnostic() {
        let mut failures = Vec::new();
        for &code in Code::ALL {
            let (bad, fixed) = check_example(&code.example());
            let others: Vec<_> =
                bad.iter().filter(|d| d.code != code && !UNAVOIDABLE.contains(&(code, d.code))).collect();
            if !bad.iter().any(|d| d.code == code) || !others.is_empty() {
                failures.push(format!("{code}: the bad example gives\n{}", rendered(&bad)));
            }
            if let Some(fixed) = fixed
                && !fixed.is_empty()
            {
                failures.push(format!("{code}: the fixed example gives\n{}", rendered(&fixed)));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn the_codes_that_need_more_than_one_file_are_the_listed_ones() {
        let not_one_file: Vec<Code> =
            Code::ALL.iter().copied().filter(|c| !matches!(c.example(), Example::File { .. })).collect();
        assert_eq!(not_one_file, NOT_FROM_ONE_FILE);
    }

    #[test]
    fn every_code_is_explained_in_sentences() {
        for code in Code::ALL {
            let text = code.explanation();
            assert!(text.len() > 80 && text.ends_with('.'), "{code}: {text}");
            assert!(!text.contains("  "), "{code}: a line continuation left two spaces");
        }
    }

    /// The situations are shown through `check_file`; here they are made for real, in a course
    /// folder, to prove the loader reports them with their codes.
    #[test]
    fn situations_found_in_a_real_course_folder_get_their_codes() {
        let dir = tempfile::TempDir::new().expect("temp dir");
        let root = dir.path();
        let write = |rel: &str, bytes: &[u8]| {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("folders");
            std::fs::write(path, bytes).expect("write");
        };
        for (rel, text) in PAGE_ONLY_COURSE {
            write(rel, text.as_bytes());
        }
        write("lessons/search/latin1.toml", b"id = \"latin1\"\ntitle = \"Caf\xE9\"\n");
        std::fs::create_dir_all(root.join("lessons/search/intro.toml")).expect("folder");
        let large = usize::try_from(crate::content::source::MAX_FILE_BYTES).expect("small") + 1;
        write("lessons/search/slides.toml", &vec![b'#'; large]);
        let loaded = load(&CourseSource::Dir(root.to_path_buf())).expect("a course");
        for code in [Code::NotUtf8, Code::FolderNotFile, Code::FileTooLarge] {
            assert!(
                loaded.diagnostics.iter().any(|d| d.code == code),
                "{code}\n{}",
                rendered(&loaded.diagnostics)
            );
        }
        let empty = tempfile::TempDir::new().expect("temp dir");
        std::fs::create_dir_all(empty.path().join("lessons")).expect("folder");
        let loaded = load(&CourseSource::Dir(empty.path().to_path_buf())).expect("a course");
        assert_eq!(loaded.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::NoWorkshops]);
    }

    #[cfg(unix)]
    #[test]
    fn an_unreadable_file_gets_its_code() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::TempDir::new().expect("temp dir");
        let path = dir.path().join("boolean.toml");
        std::fs::write(&path, LESSON_PAGE_ONLY).expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        if std::fs::read(&path).is_ok() {
            return; // an administrator reads every file: nothing to test
        }
        let content = crate::content::source::read(&path);
        let diagnostics = crate::content::check_file("boolean.toml", content, FileKind::Lesson);
        assert_eq!(diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(), [Code::Unreadable]);
    }
}
