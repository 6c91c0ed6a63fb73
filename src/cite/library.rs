//! Reference files for `infolit cite`: our TOML (`[[source]]` tables with an `id` and the
//! fields of [`Source`]), BibTeX/BibLaTeX (`.bib`) or hayagriva YAML (`.yml`, `.yaml`).

use hayagriva::Library;
use serde_json::{Map, Value};

use super::render::Style;
use super::source::Source;

/// The formats a reference file can have, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Bibtex,
    Yaml,
}

impl Format {
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "toml" => Some(Format::Toml),
            "bib" => Some(Format::Bibtex),
            "yml" | "yaml" => Some(Format::Yaml),
            _ => None,
        }
    }
}

/// What is wrong with a reference file; `line`/`col` where the reader says.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", location.map(|(l, c)| format!("{l}:{c}: ")).unwrap_or_default())]
pub struct LibraryError {
    pub location: Option<(usize, usize)>,
    pub message: String,
}

impl LibraryError {
    fn at(text: &str, span: Option<std::ops::Range<usize>>, message: impl Into<String>) -> LibraryError {
        let location = span.map(|s| {
            let before = &text[..s.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            (line, col)
        });
        LibraryError { location, message: message.into() }
    }
}

/// Reads a reference file.
///
/// # Errors
/// When the file is not valid in its format; the message says where.
pub fn read(text: &str, format: Format, style: Style) -> Result<Library, LibraryError> {
    match format {
        Format::Toml => {
            let sources = read_toml(text)?;
            let mut entries = Map::new();
            for (id, source) in &sources {
                if let Value::Object(entry) = source.to_hayagriva(id, style) {
                    entries.extend(entry);
                }
            }
            let json = Value::Object(entries).to_string();
            hayagriva::io::from_yaml_str(&json).map_err(|e| LibraryError::at(text, None, e.to_string()))
        }
        Format::Bibtex => hayagriva::io::from_biblatex_str(text).map_err(|errors| {
            let first = errors.first();
            let message = first.map_or_else(|| "not a BibTeX file".to_string(), ToString::to_string);
            LibraryError::at(text, None, message)
        }),
        Format::Yaml => hayagriva::io::from_yaml_str(text).map_err(|e| {
            let location = e.location().map(|l| (l.line(), l.column()));
            LibraryError { location, message: e.to_string() }
        }),
    }
}

/// `[[source]]` tables, each with an `id`, in the order written.
///
/// # Errors
/// A syntax error, a missing or repeated id, or a field that does not fit.
pub fn read_toml(text: &str) -> Result<Vec<(String, Source)>, LibraryError> {
    let document: toml::Spanned<toml::Table> =
        toml::from_str(text).map_err(|e| LibraryError::at(text, e.span(), e.message()))?;
    let Some(list) = document.get_ref().get("source") else {
        return Err(LibraryError::at(text, None, "no `[[source]]` tables"));
    };
    let Some(list) = list.as_array() else {
        return Err(LibraryError::at(text, None, "`source` must be `[[source]]` tables"));
    };
    let mut sources: Vec<(String, Source)> = Vec::new();
    for (n, item) in list.iter().enumerate() {
        let Some(table) = item.as_table() else {
            return Err(LibraryError::at(text, None, format!("source {} is not a table", n + 1)));
        };
        let mut table = table.clone();
        let id = match table.remove("id") {
            Some(toml::Value::String(id)) if !id.trim().is_empty() => id,
            _ => return Err(LibraryError::at(text, None, format!("source {} needs an `id`", n + 1))),
        };
        if sources.iter().any(|(other, _)| *other == id) {
            return Err(LibraryError::at(text, None, format!("the id `{id}` is used twice")));
        }
        let source: Source = toml::Value::Table(table).try_into().map_err(|e: toml::de::Error| {
            LibraryError::at(text, None, format!("source `{id}`: {}", e.message()))
        })?;
        sources.push((id, source));
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cite::render_library;
    use crate::lang::Lang;

    const TOML: &str = r#"
[[source]]
id = "l03"
type = "book"
authors = ["Eisenberg, Michael B.", "Berkowitz, Robert E."]
year = 1990
title = "Information problem solving: The Big Six skills approach to library & information skills instruction"
publisher = "Ablex"
"#;

    #[test]
    fn the_three_formats_give_the_same_reference() {
        let bib = "@book{l03, author = {Eisenberg, Michael B. and Berkowitz, Robert E.}, year = {1990}, title = {Information problem solving: The {Big} {Six} skills approach to library \\& information skills instruction}, publisher = {Ablex}}";
        let yaml = "l03:\n  type: book\n  author: [\"Eisenberg, Michael B.\", \"Berkowitz, Robert E.\"]\n  date: 1990\n  title: \"Information problem solving: The Big Six skills approach to library & information skills instruction\"\n  publisher: Ablex\n";
        let expected = "Eisenberg, M. B., & Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.";
        for (text, format) in [(TOML, Format::Toml), (bib, Format::Bibtex), (yaml, Format::Yaml)] {
            let library = read(text, format, Style::Apa).expect("reads");
            let rendered = render_library(&library, Style::Apa, Lang::En).expect("renders");
            assert_eq!(rendered, [expected], "{format:?}");
        }
    }

    #[test]
    fn mistakes_are_located() {
        let error = read("[[source]]\nid = \"a\"\ntype = \"boek\"\n", Format::Toml, Style::Apa)
            .expect_err("bad type");
        assert!(error.message.contains("boek"), "{error}");
        let error = read("[[source]\n", Format::Toml, Style::Apa).expect_err("syntax");
        assert_eq!(error.location.map(|l| l.0), Some(1));
        assert!(read("not = 1\n", Format::Toml, Style::Apa).is_err());
    }

    proptest::proptest! {
        #[test]
        fn any_text_in_any_format_is_read_or_refused(text in "\\PC{0,200}|\\[\\[source\\]\\]\\n[a-z]{1,8} = \"[ -~]{0,20}\"\\n") {
            for format in [Format::Toml, Format::Bibtex, Format::Yaml] {
                if let Ok(library) = read(&text, format, Style::Apa) {
                    let _ = render_library(&library, Style::Mla, Lang::Id);
                }
            }
        }
    }
}
