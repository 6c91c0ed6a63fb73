//! The practice catalogue: records of real publications, and the controlled vocabulary of
//! subjects they are indexed with.

use serde::Serialize;

use crate::text::Localized;

/// One catalogue record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    pub id: String,
    /// `book`, `article`, `report`, `web`, `conference-paper`, `thesis`, `ebook`, `newspaper`.
    #[serde(rename = "type")]
    pub kind: String,
    /// ISO 639-1.
    pub lang: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub isbn: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issn: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Subject ids of the controlled vocabulary.
    pub subjects: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(rename = "abstract", skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call_number: Option<String>,
}

#[cfg(test)]
impl Record {
    /// A book with only an id, a title, one author and a year, for tests.
    pub(crate) fn titled(id: &str, title: &str) -> Record {
        Record {
            id: id.into(),
            kind: "book".into(),
            lang: "id".into(),
            title: title.into(),
            subtitle: None,
            authors: vec!["Tan, Lestari".into()],
            year: Some(2020),
            publisher: None,
            container: None,
            isbn: Vec::new(),
            issn: Vec::new(),
            doi: None,
            url: None,
            subjects: Vec::new(),
            keywords: Vec::new(),
            summary: None,
            call_number: None,
        }
    }
}

/// A heading of the controlled vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Subject {
    pub id: String,
    pub label: Localized<String>,
}

/// Every record and subject of a course's catalogue.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Catalog {
    pub records: Vec<Record>,
    pub subjects: Vec<Subject>,
}

impl Catalog {
    #[must_use]
    pub fn subject(&self, id: &str) -> Option<&Subject> {
        self.subjects.iter().find(|s| s.id == id)
    }

    #[must_use]
    pub fn record(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }
}
