//! Serde mirrors of the course files, as an author writes them, with spans kept for
//! diagnostics. Nothing here is validated beyond TOML types; `content::validate` turns these
//! into the course model.
//!
//! Lists of items (`[[step]]`, `[[exercise]]`) are declared as `IgnoredAny` and decoded one item
//! at a time by the file readers, so one broken item does not hide the problems of the others.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};

use super::spanned::Spanned;

/// The format version this build of infolit reads.
pub const FORMAT_VERSION: i64 = 1;

/// `lessons/<workshop>/workshop.toml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "A workshop: its title and its lessons in order.")]
pub struct RawWorkshop {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    #[schemars(schema_with = "crate::content::schema::format_version", required)]
    pub format_version: Option<IgnoredAny>,
    /// The workshop's id: lowercase letters, digits and `-`, the same as its folder's name.
    pub id: Spanned<String>,
    /// The title on the home screen.
    pub title: Spanned<RawText>,
    /// A sentence or two on the home screen, under the title.
    pub description: Option<Spanned<RawText>>,
    /// Where the workshop comes on the home screen (lower first); folder order otherwise.
    pub order: Option<Spanned<i64>>,
    /// The lessons that measure learning before and after (parallel items).
    pub pretest: Option<Spanned<String>>,
    pub posttest: Option<Spanned<String>>,
    /// The share of a lesson's graded points (0 to 1) a learner needs to pass it; with it,
    /// xAPI exports say `passed` or `failed` when a lesson is completed.
    pub mastery: Option<Spanned<f64>>,
    /// The lessons' ids, in the order learners take them (each is `<id>.toml` in this folder).
    pub lessons: Spanned<Vec<Spanned<String>>>,
}

/// `lessons/<workshop>/<lesson>.toml`, without its steps.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "A lesson: its title, objectives and steps (pages and exercises).")]
pub struct RawLesson {
    /// The lesson's id, the same as its file's name (without `.toml`).
    pub id: Spanned<String>,
    pub title: Spanned<RawText>,
    /// About how many minutes the lesson takes.
    pub minutes: Spanned<i64>,
    /// What a learner can do after the lesson, one sentence each.
    pub objectives: Spanned<Vec<Spanned<RawText>>>,
    /// ACRL Framework frames the objectives map to.
    #[serde(default)]
    #[schemars(schema_with = "crate::content::schema::frames")]
    pub frames: Vec<Spanned<String>>,
    #[allow(dead_code)] // decoded item by item
    #[schemars(with = "Option<Vec<RawStep>>")]
    /// The steps, in order: `[[step]]` tables, each a page or an exercise.
    pub step: Option<IgnoredAny>,
}

/// One `[[step]]` of a lesson: a page or an exercise reference.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// The page's title (an exercise step shows the exercise's own).
    pub title: Option<Spanned<RawText>>,
    /// A page of the lesson, in Markdown.
    pub page: Option<Spanned<RawText>>,
    /// The id of an exercise from `exercises/`.
    pub exercise: Option<Spanned<String>>,
}

/// `exercises/<bank>.toml`, without its exercises.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawBank {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    #[schemars(schema_with = "crate::content::schema::format_version", required)]
    pub format_version: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    #[schemars(schema_with = "crate::content::schema::exercise_list")]
    pub exercise: Option<IgnoredAny>,
}

/// The keys every exercise has, whatever its kind.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawEnvelope {
    /// The exercise's id, unique in the course; lessons name it in `exercise = "…"`.
    pub id: Spanned<String>,
    #[allow(dead_code)] // read before decoding to pick the kind
    #[schemars(skip)] // each kind's schema names its own `kind`
    pub kind: IgnoredAny,
    /// A short title for lists [default: the prompt's first line].
    pub title: Option<Spanned<RawText>>,
    /// The question, in Markdown.
    pub prompt: Spanned<RawText>,
    /// Hints a learner can ask for, one at a time.
    #[serde(default)]
    pub hints: Vec<Spanned<RawText>>,
    /// The share of the score each hint costs, 0 to 1.
    pub hint_penalty: Option<Spanned<f64>>,
    /// How many tries a learner has; after the last, the answer is shown.
    pub attempts: Option<Spanned<i64>>,
    /// Why the answer is right, shown after answering (see `explain`).
    pub explanation: Option<Spanned<RawText>>,
    /// When the explanation is shown: `when-correct` or `when-done`.
    pub explain: Option<Spanned<String>>,
    /// Answers `check` grades to test the answer key: a right one and a wrong one.
    #[serde(default)]
    pub examples: Vec<Spanned<RawExample>>,
}

/// One `[[exercise.examples]]`: an answer and the outcome its author expects.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawExample {
    pub answer: Spanned<RawAnswer>,
    /// `correct` or `incorrect`.
    pub expect: Option<Spanned<String>>,
    /// The score the answer must get, 0 to 1 (instead of `expect`).
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
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChoiceOption {
    pub text: Spanned<RawText>,
    #[serde(default)]
    pub correct: bool,
    pub feedback: Option<Spanned<RawText>>,
}

/// The keys of a `text` (short answer) exercise.
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTextRule {
    pub text: Option<Spanned<String>>,
    pub regex: Option<Spanned<String>>,
    pub feedback: Option<Spanned<RawText>>,
}

/// The keys of a `query` exercise.
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawIdentifier {
    pub task: Spanned<String>,
    pub scheme: Option<Spanned<String>>,
    pub given: Spanned<String>,
}

/// The keys of a `license` exercise; which are needed depends on `task`.
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawNumeric {
    pub answer: Option<Spanned<f64>>,
    pub tolerance: Option<Spanned<f64>>,
    pub min: Option<Spanned<f64>>,
    pub max: Option<Spanned<f64>>,
}

/// The keys of an `order` exercise.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOrder {
    /// In the right order.
    pub items: Spanned<Vec<Spanned<RawText>>>,
}

/// The keys of a `match` exercise.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMatch {
    pub pair: Spanned<Vec<Spanned<RawPair>>>,
    #[serde(default)]
    pub distractors: Vec<Spanned<RawText>>,
}

/// One `[[exercise.pair]]`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPair {
    pub left: Spanned<RawText>,
    pub right: Spanned<RawText>,
}

/// The keys of a `cloze` exercise.
#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGap {
    pub accept: Option<Spanned<Vec<Spanned<String>>>>,
    pub options: Option<Spanned<Vec<Spanned<RawText>>>>,
    pub answer: Option<Spanned<String>>,
}

/// A catalogue file, `exercises/catalog/<name>.toml`: subjects and records, decoded item by item.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCatalogFile {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    #[schemars(schema_with = "crate::content::schema::format_version", required)]
    pub format_version: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    #[schemars(with = "Option<Vec<RawSubject>>")]
    pub subject: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    #[schemars(with = "Option<Vec<RawRecord>>")]
    pub record: Option<IgnoredAny>,
}

/// One `[[subject]]` of the controlled vocabulary.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSubject {
    pub id: Spanned<String>,
    pub label: Spanned<RawText>,
}

/// One `[[record]]` of the catalogue.
#[derive(Debug, Deserialize, JsonSchema)]
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

/// `lessons/glossary.toml`: the course's glossary, its terms decoded one at a time.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(description = "The course's glossary: terms in both languages, with definitions.")]
pub struct RawGlossary {
    #[allow(dead_code)] // checked (and reported missing) before decoding; declared so it is a known key
    #[schemars(schema_with = "crate::content::schema::format_version", required)]
    pub format_version: Option<IgnoredAny>,
    #[allow(dead_code)] // decoded item by item
    #[schemars(with = "Option<Vec<RawTerm>>")]
    /// The terms, each a `[[term]]` table.
    pub term: Option<IgnoredAny>,
}

/// One `[[term]]` of the glossary.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTerm {
    /// The term's id, unique in the glossary; `see` names terms by it.
    pub id: Spanned<String>,
    /// The term itself, as a learner reads it in each language.
    pub term: Spanned<RawText>,
    /// Other forms of the term that learners meet (plural, acronym, affixed forms): a list for
    /// both languages, or `{ id = [...], en = [...] }`.
    pub aliases: Option<Spanned<RawAliases>>,
    /// What the term means, in Markdown.
    pub definition: Spanned<RawText>,
    /// Ids of related terms of this glossary.
    #[serde(default)]
    pub see: Vec<Spanned<String>>,
    /// Where the term is taught: `"workshop/lesson"` ids.
    #[serde(default)]
    pub lessons: Vec<Spanned<String>>,
    /// Where the definition comes from, in a few plain words (a law and its article, a standard).
    pub source: Option<Spanned<String>>,
}

/// A term's other forms: one list for both languages (acronyms such as `OPAC`), or a list per
/// language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawAliases {
    Both(Vec<Spanned<String>>),
    ByLang { id: Vec<Spanned<String>>, en: Vec<Spanned<String>> },
}

impl<'de> Deserialize<'de> for RawAliases {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AliasesVisitor)
    }
}

struct AliasesVisitor;

impl<'de> Visitor<'de> for AliasesVisitor {
    type Value = RawAliases;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"aliases: a list of strings, or a table of lists like { id = ["…"], en = ["…"] }"#)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<RawAliases, A::Error> {
        let mut all = Vec::new();
        while let Some(alias) = seq.next_element::<Spanned<String>>()? {
            all.push(alias);
        }
        Ok(RawAliases::Both(all))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawAliases, A::Error> {
        let (id, en) = by_lang::<_, Vec<Spanned<String>>>(map, "aliases")?;
        Ok(RawAliases::ByLang { id: id.unwrap_or_default(), en: en.unwrap_or_default() })
    }
}

/// In the schema, aliases are what their visitor accepts.
impl JsonSchema for RawAliases {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Aliases".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Other forms of the term: a list for both languages, or { id = [\"…\"] (Bahasa Indonesia), en = [\"…\"] (English) }.",
            "anyOf": [
                { "type": "array", "items": { "type": "string" } },
                {
                    "type": "object",
                    "properties": {
                        "id": { "type": "array", "items": { "type": "string" }, "description": "Bahasa Indonesia" },
                        "en": { "type": "array", "items": { "type": "string" }, "description": "English" }
                    },
                    "additionalProperties": false,
                    "minProperties": 1
                }
            ]
        })
    }
}

/// The keys of a `poll`: one choice question, the prompt being the question.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPoll {
    pub options: Spanned<Vec<Spanned<RawText>>>,
}

/// A `reflection` has no keys of its own: the prompt is the question, the answer free text.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReflection {}

/// The keys of a `survey`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSurvey {
    pub question: Spanned<Vec<Spanned<RawQuestion>>>,
}

/// One `[[exercise.question]]` of a survey.
#[derive(Debug, Deserialize, JsonSchema)]
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

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawText, A::Error> {
        let (id, en) = by_lang::<_, String>(map, "texts")?;
        Ok(RawText::ByLang { id, en })
    }
}

/// Reads a table of languages, `{ id = …, en = … }`; any other key is an error that says
/// which languages `what` (texts, aliases) are written in.
fn by_lang<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    mut map: A,
    what: &str,
) -> Result<(Option<T>, Option<T>), A::Error> {
    let (mut id, mut en) = (None, None);
    while let Some(key) = map.next_key::<String>()? {
        let slot = match key.as_str() {
            "id" => &mut id,
            "en" => &mut en,
            other => {
                return Err(de::Error::custom(format!(
                    "unknown language `{other}`; {what} are written in `id` (Bahasa Indonesia) and `en` (English)"
                )));
            }
        };
        *slot = Some(map.next_value::<T>()?);
    }
    Ok((id, en))
}

/// In the schema a text is what the visitor above accepts: a string, or a table with `id`
/// and/or `en`.
impl JsonSchema for RawText {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A text for learners: a string (the same in both languages), or { id = \"…\" (Bahasa Indonesia), en = \"…\" (English) }.",
            "anyOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": {
                        "id": { "type": "string", "description": "Bahasa Indonesia" },
                        "en": { "type": "string", "description": "English" }
                    },
                    "additionalProperties": false,
                    "minProperties": 1
                }
            ]
        })
    }
}

/// In the schema an example's answer is what its visitor accepts.
impl JsonSchema for RawAnswer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An answer as a learner would give it: a string (option letters such as \"b\" or \"a c\", or the typed text), a number, or a list of strings (one per gap, pair or item).",
            "anyOf": [
                { "type": "string" },
                { "type": "number" },
                { "type": "array", "items": { "type": "string" } }
            ]
        })
    }
}
