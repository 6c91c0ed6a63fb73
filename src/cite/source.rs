//! A source as authors of exercises and reference files describe it, and its translation
//! into hayagriva's entry format.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::render::Style;

/// What kind of publication a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Book,
    /// A chapter in an edited book (`container` is the book).
    Chapter,
    /// A journal article (`container` is the journal).
    Article,
    Report,
    /// A web page (`container` is the website).
    Web,
    Thesis,
}

impl SourceKind {
    pub const NAMES: [&str; 6] = ["book", "chapter", "article", "report", "web", "thesis"];
}

/// A publication's metadata.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(rename = "type")]
    pub kind: SourceKind,
    /// "Family, Given" for people; an organisation as written.
    pub authors: Vec<String>,
    /// Editors of the book a chapter is in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub editors: Vec<String>,
    pub year: i32,
    /// A fuller date (`2021-03`, `2021-03-05`), where the style shows one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// In sentence case (APA's form); the styles that want title case apply it to English
    /// titles themselves.
    pub title: String,
    /// The title in title case, for MLA and Chicago, where the engine's automatic title case
    /// gets a word wrong (a preposition used as an adverb: "Lock Down").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_case: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The DOI itself, without `https://doi.org/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a web page was read (`2024-05-01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<String>,
    /// For a thesis: "Doctoral dissertation", "Skripsi", …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// The language of the publication (`id`, `en`): styles do not title-case titles in
    /// languages other than English.
    #[serde(default = "english")]
    pub lang: String,
}

fn english() -> String {
    "en".to_string()
}

impl Source {
    /// The entry in hayagriva's format (its YAML is a superset of this JSON), for `style`.
    #[must_use]
    pub fn to_hayagriva(&self, key: &str, style: Style) -> Value {
        let mut entry = Map::new();
        let kind = match self.kind {
            SourceKind::Book => "book",
            SourceKind::Chapter => "chapter",
            SourceKind::Article => "article",
            SourceKind::Report => "report",
            SourceKind::Web => "web",
            SourceKind::Thesis => "thesis",
        };
        entry.insert("type".into(), json!(kind));
        let title = match (&self.title_case, style) {
            (Some(title_case), Style::Mla | Style::Chicago) => json!(verbatim(title_case)),
            _ => json!(self.title),
        };
        entry.insert("title".into(), title);
        if !self.authors.is_empty() {
            entry.insert("author".into(), people(&self.authors));
        }
        let date = self.date.clone().unwrap_or_else(|| self.year.to_string());
        entry.insert("date".into(), json!(date));
        entry.insert("language".into(), json!(language_tag(&self.lang)));
        if let Some(pages) = &self.pages {
            entry.insert("page-range".into(), json!(pages));
        }
        if let Some(edition) = &self.edition {
            entry.insert("edition".into(), json!(edition));
        }
        if let Some(genre) = &self.genre {
            entry.insert("genre".into(), json!(genre));
        }
        if let Some(doi) = &self.doi {
            entry.insert("serial-number".into(), json!({ "doi": doi }));
        }
        if let Some(url) = &self.url {
            let value = match &self.accessed {
                Some(date) => json!({ "value": url, "date": date }),
                None => json!(url),
            };
            entry.insert("url".into(), value);
        }
        let mut parent = Map::new();
        let container = match (self.kind, style, &self.container) {
            // APA and Chicago print a web page's site (or its owner) where a publisher goes;
            // MLA prints it as the container, the title of the page in quotation marks.
            (SourceKind::Web, Style::Apa | Style::Chicago, Some(site)) if self.publisher.is_none() => {
                // APA also leaves out a site that is the author's own.
                let own = style == Style::Apa && self.authors.len() == 1 && self.authors[0] == *site;
                if !own {
                    entry.insert("publisher".into(), json!(site));
                }
                None
            }
            // Chicago omits an initial "The" from a journal's name (CMOS 14.172, 17th ed.).
            (SourceKind::Article, Style::Chicago, Some(journal)) => {
                Some(journal.strip_prefix("The ").unwrap_or(journal).to_string())
            }
            (_, _, container) => container.clone(),
        };
        if let Some(container) = &container {
            // APA writes a periodical's name as the periodical prints it ("Theory Into
            // Practice"); MLA and Chicago apply their own title case.
            let value = if style == Style::Apa { json!(verbatim(container)) } else { json!(container) };
            parent.insert("title".into(), value);
        }
        if let Some(volume) = &self.volume {
            parent.insert("volume".into(), json!(volume));
        }
        if let Some(issue) = &self.issue {
            parent.insert("issue".into(), json!(issue));
        }
        if !self.editors.is_empty() {
            parent.insert("editor".into(), people(&self.editors));
        }
        match (self.kind, &self.publisher) {
            // A chapter's publisher is the book's.
            (SourceKind::Chapter, Some(publisher)) => {
                parent.insert("publisher".into(), json!(publisher));
            }
            // APA leaves out a publisher that is the author (an organisation's own report).
            (_, Some(publisher))
                if style == Style::Apa && self.authors.len() == 1 && self.authors[0] == *publisher => {}
            (_, Some(publisher)) => {
                let publisher =
                    if style == Style::Mla { mla_publisher(publisher) } else { publisher.clone() };
                entry.insert("publisher".into(), json!(publisher));
            }
            (_, None) => {}
        }
        if !parent.is_empty() {
            let parent_kind = match self.kind {
                SourceKind::Article => "periodical",
                SourceKind::Web => "web",
                SourceKind::Chapter | SourceKind::Book | SourceKind::Report | SourceKind::Thesis => "book",
            };
            parent.insert("type".into(), json!(parent_kind));
            entry.insert("parent".into(), Value::Object(parent));
        }
        json!({ key: Value::Object(entry) })
    }
}

/// MLA shortens "University Press" to "UP" and "University of X Press" to "U of X P"
/// (MLA Handbook, 9th ed.); the CSL style does not, so the name is shortened here.
#[must_use]
pub fn mla_publisher(name: &str) -> String {
    if let Some(rest) = name.strip_prefix("University of ")
        && let Some(place) = rest.strip_suffix(" Press")
    {
        return format!("U of {place} P");
    }
    name.strip_suffix(" University Press").map_or_else(|| name.to_string(), |start| format!("{start} UP"))
}

/// Text the style must not recase: hayagriva keeps what is in braces as written.
fn verbatim(text: &str) -> String {
    format!("{{{}}}", text.replace(['{', '}'], ""))
}

/// People as hayagriva reads them: "Family, Given" as it is; a name without a comma (an
/// organisation, or a single name such as Koentjaraningrat) as one name, so that it is not
/// split into given and family names.
fn people(names: &[String]) -> Value {
    Value::Array(
        names.iter().map(|n| if n.contains(',') { json!(n) } else { json!({ "name": n }) }).collect(),
    )
}

/// `id` → `id-ID`, `en` → `en-US`: the region CSL locales are named by.
fn language_tag(lang: &str) -> String {
    match lang {
        "id" => "id-ID".to_string(),
        "en" => "en-US".to_string(),
        other => other.to_string(),
    }
}

/// The journal article the citation unit tests render and compare, so
/// every style test starts from the same record.
#[cfg(test)]
pub(crate) fn sample_article() -> Source {
    Source {
        kind: SourceKind::Article,
        authors: vec!["Hadi, Budi".into(), "Smith, Jane A.".into()],
        editors: Vec::new(),
        year: 2021,
        date: Some("2021-03".into()),
        title: "Evaluating online sources: How undergraduates judge credibility".into(),
        title_case: None,
        container: Some("Journal of Information Literacy".into()),
        volume: Some("15".into()),
        issue: Some("2".into()),
        pages: Some("45-67".into()),
        edition: None,
        publisher: None,
        doi: Some("10.1234/jil.2021.0045".into()),
        url: None,
        accessed: None,
        genre: None,
        lang: "en".into(),
    }
}
