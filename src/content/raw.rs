//! Serde mirrors of the course files, as an author writes them, with spans kept for
//! diagnostics. Nothing here is validated beyond TOML types; `content::validate` turns these
//! into the course model.
//!
//! Lists of items (`[[step]]`, `[[exercise]]`) are declared as `IgnoredAny` and decoded one item
//! at a time by the file readers, so one broken item does not hide the problems of the others.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use toml::Spanned;

/// The format version this build of infolit reads.
pub const FORMAT_VERSION: i64 = 1;

/// `lessons/<workshop>/workshop.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWorkshop {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    pub format_version: Option<IgnoredAny>,
    pub id: Spanned<String>,
    pub title: Spanned<RawText>,
    pub description: Option<Spanned<RawText>>,
    /// Where the workshop comes on the home screen (lower first); folder order otherwise.
    pub order: Option<Spanned<i64>>,
    /// The lessons that measure learning before and after (parallel items).
    pub pretest: Option<Spanned<String>>,
    pub posttest: Option<Spanned<String>>,
    pub lessons: Spanned<Vec<Spanned<String>>>,
}

/// `lessons/<workshop>/<lesson>.toml`, without its steps.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLesson {
    pub id: Spanned<String>,
    pub title: Spanned<RawText>,
    pub minutes: Spanned<i64>,
    pub objectives: Spanned<Vec<Spanned<RawText>>>,
    /// ACRL Framework frames the objectives map to.
    #[serde(default)]
    pub frames: Vec<Spanned<String>>,
    #[allow(dead_code)] // decoded item by item
    pub step: Option<IgnoredAny>,
}

/// One `[[step]]` of a lesson: a page or an exercise reference.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    pub title: Option<Spanned<RawText>>,
    pub page: Option<Spanned<RawText>>,
    pub exercise: Option<Spanned<String>>,
}

/// `exercises/<bank>.toml`, without its exercises.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBank {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    pub format_version: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    pub exercise: Option<IgnoredAny>,
}

/// The keys every exercise has, whatever its kind.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnvelope {
    pub id: Spanned<String>,
    #[allow(dead_code)] // read before decoding to pick the kind
    pub kind: IgnoredAny,
    pub title: Option<Spanned<RawText>>,
    pub prompt: Spanned<RawText>,
    #[serde(default)]
    pub hints: Vec<Spanned<RawText>>,
    pub hint_penalty: Option<Spanned<f64>>,
    pub attempts: Option<Spanned<i64>>,
    pub explanation: Option<Spanned<RawText>>,
    pub explain: Option<Spanned<String>>,
    #[serde(default)]
    pub examples: Vec<Spanned<RawExample>>,
}

/// One `[[exercise.examples]]`: an answer and the outcome its author expects.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExample {
    pub answer: Spanned<RawAnswer>,
    pub expect: Option<Spanned<String>>,
    pub score: Option<Spanned<f64>>,
}

/// An example's answer: a string (or a number, for numeric exercises), or a list of strings.
#[derive(Debug, Clone, PartialEq)]
pub struct RawAnswer(pub Vec<String>);

impl<'de> Deserialize<'de> for RawAnswer {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = RawAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an answer: a string, a number, or a list of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAnswer, E> {
                Ok(RawAnswer(vec![v.to_string()]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawAnswer, E> {
                Ok(RawAnswer(vec![v.to_string()]))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawAnswer, E> {
                Ok(RawAnswer(vec![v.to_string()]))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawAnswer, A::Error> {
                let mut parts = Vec::new();
                while let Some(part) = seq.next_element::<String>()? {
                    parts.push(part);
                }
                Ok(RawAnswer(parts))
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

/// The keys of a `choice` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub option: Option<Spanned<Vec<Spanned<RawChoiceOption>>>>,
    #[serde(default)]
    pub multiple: bool,
    #[serde(default)]
    pub shuffle: bool,
    pub penalty: Option<Spanned<f64>>,
    /// True/false: the statement's truth, instead of options.
    pub answer: Option<Spanned<bool>>,
    pub feedback_true: Option<Spanned<RawText>>,
    pub feedback_false: Option<Spanned<RawText>>,
}

/// One `[[exercise.option]]` of a choice exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoiceOption {
    pub text: Spanned<RawText>,
    #[serde(default)]
    pub correct: bool,
    pub feedback: Option<Spanned<RawText>>,
}

/// The keys of a `text` (short answer) exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawShortAnswer {
    pub accept: Spanned<Vec<Spanned<RawTextRule>>>,
    #[serde(default)]
    pub reject: Vec<Spanned<RawTextRule>>,
    #[serde(default)]
    pub case_sensitive: bool,
    #[serde(default)]
    pub fold_diacritics: bool,
    pub typos: Option<Spanned<i64>>,
}

/// One `[[exercise.accept]]` or `[[exercise.reject]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTextRule {
    pub text: Option<Spanned<String>>,
    pub regex: Option<Spanned<String>>,
    pub feedback: Option<Spanned<RawText>>,
}

/// The keys of a `query` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuery {
    #[serde(default)]
    pub target: Vec<Spanned<String>>,
    #[serde(default)]
    pub required: Vec<Spanned<String>>,
    #[serde(default)]
    pub forbidden: Vec<Spanned<String>>,
    pub min_recall: Option<Spanned<f64>>,
    pub min_precision: Option<Spanned<f64>>,
    pub min_results: Option<Spanned<i64>>,
    pub max_results: Option<Spanned<i64>>,
    #[serde(default)]
    pub techniques: Vec<Spanned<String>>,
    pub solution: Option<Spanned<String>>,
}

/// The keys of an `identifier` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentifier {
    pub task: Spanned<String>,
    pub scheme: Option<Spanned<String>>,
    pub given: Spanned<String>,
}

/// The keys of a `license` exercise; which are needed depends on `task`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLicense {
    pub task: Spanned<String>,
    pub adaptations: Option<Spanned<String>>,
    pub commercial: Option<Spanned<bool>>,
    pub waive: Option<Spanned<bool>>,
    pub license: Option<Spanned<String>>,
    #[serde(rename = "use")]
    pub use_: Option<Spanned<String>>,
    pub works: Option<Spanned<Vec<Spanned<String>>>>,
    pub term: Option<Spanned<String>>,
    pub years: Option<Spanned<Vec<Spanned<i64>>>>,
}

/// The keys of a `citation` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCitation {
    pub style: Spanned<String>,
    pub locale: Option<Spanned<String>>,
    pub given: Option<Spanned<String>>,
    /// Ask for italics, marked with asterisks.
    #[serde(default)]
    pub italics: bool,
    pub source: Spanned<crate::cite::Source>,
}

/// The keys of a `numeric` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNumeric {
    pub answer: Option<Spanned<f64>>,
    pub tolerance: Option<Spanned<f64>>,
    pub min: Option<Spanned<f64>>,
    pub max: Option<Spanned<f64>>,
}

/// The keys of an `order` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrder {
    /// In the right order.
    pub items: Spanned<Vec<Spanned<RawText>>>,
}

/// The keys of a `match` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMatch {
    pub pair: Spanned<Vec<Spanned<RawPair>>>,
    #[serde(default)]
    pub distractors: Vec<Spanned<RawText>>,
}

/// One `[[exercise.pair]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPair {
    pub left: Spanned<RawText>,
    pub right: Spanned<RawText>,
}

/// The keys of a `cloze` exercise.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCloze {
    /// Markdown with the gaps written `{1}`, `{2}`, …
    pub text: Spanned<RawText>,
    pub gap: Spanned<Vec<Spanned<RawGap>>>,
    #[serde(default)]
    pub case_sensitive: bool,
    #[serde(default)]
    pub fold_diacritics: bool,
    pub typos: Option<Spanned<i64>>,
}

/// One `[[exercise.gap]]`: accepted answers for a typed gap, or options and the answer for a
/// choice gap.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGap {
    pub accept: Option<Spanned<Vec<Spanned<String>>>>,
    pub options: Option<Spanned<Vec<Spanned<RawText>>>>,
    pub answer: Option<Spanned<String>>,
}

/// A catalogue file, `exercises/catalog/<name>.toml`: subjects and records, decoded item by item.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogFile {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    pub format_version: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    pub subject: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    pub record: Option<IgnoredAny>,
}

/// One `[[subject]]` of the controlled vocabulary.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSubject {
    pub id: Spanned<String>,
    pub label: Spanned<RawText>,
}

/// One `[[record]]` of the catalogue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecord {
    pub id: Spanned<String>,
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    pub lang: Spanned<String>,
    pub title: Spanned<String>,
    pub subtitle: Option<String>,
    #[serde(default)]
    pub authors: Vec<String>,
    pub year: Option<Spanned<i64>>,
    pub publisher: Option<String>,
    pub place: Option<String>,
    pub edition: Option<String>,
    pub container: Option<String>,
    pub volume: Option<String>,
    pub issue: Option<String>,
    pub pages: Option<String>,
    pub article_number: Option<String>,
    #[serde(default)]
    pub isbn: Vec<String>,
    #[serde(default)]
    pub issn: Vec<String>,
    pub doi: Option<String>,
    pub url: Option<String>,
    #[serde(default)]
    pub subjects: Vec<Spanned<String>>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(rename = "abstract")]
    pub summary: Option<Spanned<RawText>>,
    pub licence: Option<String>,
    pub access: Option<String>,
    pub call_number: Option<String>,
}

/// The keys of a `poll`: one choice question, the prompt being the question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPoll {
    pub options: Spanned<Vec<Spanned<RawText>>>,
}

/// A `reflection` has no keys of its own: the prompt is the question, the answer free text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReflection {}

/// The keys of a `survey`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSurvey {
    pub question: Spanned<Vec<Spanned<RawQuestion>>>,
}

/// One `[[exercise.question]]` of a survey.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub text: Spanned<RawText>,
    /// `likert`, `choice` or `text`.
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    pub options: Option<Spanned<Vec<Spanned<RawText>>>>,
    pub labels: Option<Spanned<Vec<Spanned<RawText>>>>,
}

/// A learner-visible text: a plain string (the same in both languages) or a table of
/// languages `{ id = "…", en = "…" }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawText {
    Plain(String),
    ByLang { id: Option<String>, en: Option<String> },
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RawTextVisitor)
    }
}

struct RawTextVisitor;

impl<'de> Visitor<'de> for RawTextVisitor {
    type Value = RawText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a text: a string, or a table of languages like { id = "…", en = "…" }"#)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawText, E> {
        Ok(RawText::Plain(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
        let (mut id, mut en) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "id" => &mut id,
                "en" => &mut en,
                other => {
                    return Err(de::Error::custom(format!(
                        "unknown language `{other}`; texts are written in `id` (Bahasa Indonesia) and `en` (English)"
                    )));
                }
            };
            *slot = Some(map.next_value::<String>()?);
        }
        Ok(RawText::ByLang { id, en })
    }
}
