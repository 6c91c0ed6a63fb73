//! Rendering with hayagriva's CSL engine and its bundled styles: APA 7, MLA 9 and Chicago
//! (18th edition) author-date, in English or Indonesian terms.

use std::sync::OnceLock;

use hayagriva::archive::{ArchivedStyle, LOCALES as LOCALES_CBOR, locales};
use hayagriva::citationberg::{IndependentStyle, Locale, LocaleCode, Style as CslStyle};
use hayagriva::{
    BibliographyDriver, BibliographyRequest, BufWriteFormat, CitationItem, CitationRequest, Library,
};

use super::source::Source;
use crate::lang::Lang;

/// A citation style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// APA Style, 7th edition.
    Apa,
    /// MLA Handbook, 9th edition.
    Mla,
    /// The Chicago Manual of Style, 18th edition, author-date.
    Chicago,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Apa, Style::Mla, Style::Chicago];

    /// The name written in files and on the command line.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Apa => "apa",
            Style::Mla => "mla",
            Style::Chicago => "chicago",
        }
    }

    #[must_use]
    pub fn parse(name: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The style's name for people.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Style::Apa => "APA 7",
            Style::Mla => "MLA 9",
            Style::Chicago => "Chicago (author-date)",
        }
    }

    fn archived(self) -> ArchivedStyle {
        match self {
            Style::Apa => ArchivedStyle::AmericanPsychologicalAssociation,
            Style::Mla => ArchivedStyle::ModernLanguageAssociation,
            Style::Chicago => ArchivedStyle::ChicagoAuthorDate,
        }
    }
}

/// Why a reference could not be rendered.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CiteError {
    #[error("the source cannot be read: {0}")]
    Source(String),
    #[error("the style {0} has no reference list")]
    NoBibliography(&'static str),
}

/// The styles, read from the archive once (each read takes a millisecond or two).
fn style(style: Style) -> Option<&'static IndependentStyle> {
    static STYLES: OnceLock<Vec<(Style, IndependentStyle)>> = OnceLock::new();
    let styles = STYLES.get_or_init(|| {
        Style::ALL
            .into_iter()
            .filter_map(|s| match s.archived().get() {
                CslStyle::Independent(csl) => Some((s, csl)),
                CslStyle::Dependent(_) => None,
            })
            .collect()
    });
    styles.iter().find(|(s, _)| *s == style).map(|(_, csl)| csl)
}

/// The English and Indonesian locales. Reading all 63 bundled ones (`archive::locales`)
/// takes about 50 ms, which a learner would wait for at every start; so only the archive's
/// entries that name one of the two are read, and each is checked to be the one it names.
fn locale_files() -> &'static [Locale] {
    static LOCALES: OnceLock<Vec<Locale>> = OnceLock::new();
    LOCALES.get_or_init(|| {
        let wanted = |l: &Locale| l.lang.as_ref().is_some_and(|c| c.0 == "en-US" || c.0 == "id-ID");
        let found: Vec<Locale> = LOCALES_CBOR
            .iter()
            .filter(|bytes| contains(bytes, b"en-US") || contains(bytes, b"id-ID"))
            .filter_map(|bytes| ciborium::de::from_reader::<Locale, _>(*bytes).ok())
            .filter(wanted)
            .collect();
        if found.len() == 2 { found } else { locales().into_iter().filter(wanted).collect() }
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn locale_code(lang: Lang) -> LocaleCode {
    LocaleCode(if lang == Lang::Id { "id-ID" } else { "en-US" }.to_string())
}

/// `source` as `render` gives it, with the italic parts marked `*like this*`, for exercises
/// that ask learners to show italics in plain text.
///
/// # Errors
/// As `render`.
pub fn render_marked(source: &Source, style: Style, lang: Lang) -> Result<String, CiteError> {
    let json = serde_json::to_string(&source.to_hayagriva("source", style))
        .map_err(|e| CiteError::Source(e.to_string()))?;
    let library = hayagriva::io::from_yaml_str(&json).map_err(|e| CiteError::Source(e.to_string()))?;
    let mut items = bibliography(&library, style, lang)?;
    let item = items.pop().ok_or(CiteError::NoBibliography(style.label()))?;
    let mut runs: Vec<(String, bool)> = Vec::new();
    collect_runs(&item.content, false, &mut runs);
    Ok(tidy(&mark_italics(&runs), style))
}

/// The text of an element tree as runs of (text, italic).
fn collect_runs(children: &hayagriva::ElemChildren, italic: bool, runs: &mut Vec<(String, bool)>) {
    use hayagriva::ElemChild;
    use hayagriva::citationberg::FontStyle;
    for child in &children.0 {
        match child {
            ElemChild::Text(f) | ElemChild::Link { text: f, .. } => {
                let italic = italic || f.formatting.font_style == FontStyle::Italic;
                runs.push((f.text.clone(), italic));
            }
            ElemChild::Elem(elem) => collect_runs(&elem.children, italic, runs),
            ElemChild::Markup(text) => runs.push((text.clone(), italic)),
            ElemChild::Transparent { .. } => {}
        }
    }
}

/// Runs joined, each stretch of italic text in asterisks (spaces kept outside them).
fn mark_italics(runs: &[(String, bool)]) -> String {
    let mut out = String::new();
    let mut italic_text = String::new();
    let flush = |out: &mut String, italic_text: &mut String| {
        if italic_text.is_empty() {
            return;
        }
        let leading = italic_text.len() - italic_text.trim_start().len();
        let trimmed = italic_text.trim();
        out.push_str(&italic_text[..leading]);
        if !trimmed.is_empty() {
            out.push('*');
            out.push_str(trimmed);
            out.push('*');
        }
        out.push_str(&italic_text[leading + trimmed.len()..]);
        italic_text.clear();
    };
    for (text, italic) in runs {
        if *italic {
            italic_text.push_str(text);
        } else {
            flush(&mut out, &mut italic_text);
            out.push_str(text);
        }
    }
    flush(&mut out, &mut italic_text);
    out
}

/// `source` as an entry of a reference list in `style`, in plain text, with the style's
/// terms in `lang` (`dkk.`/`hlm.` in Indonesian, `et al.`/`pp.` in English).
///
/// # Errors
/// When the source's fields cannot be read as an entry (a malformed date, say).
pub fn render(source: &Source, style: Style, lang: Lang) -> Result<String, CiteError> {
    let json = serde_json::to_string(&source.to_hayagriva("source", style))
        .map_err(|e| CiteError::Source(e.to_string()))?;
    let library = hayagriva::io::from_yaml_str(&json).map_err(|e| CiteError::Source(e.to_string()))?;
    let mut entries = render_library(&library, style, lang)?;
    entries.pop().ok_or(CiteError::NoBibliography(style.label()))
}

/// Cleans up what the engine writes around a date that has a year only: the delimiter of
/// the missing month and day is left behind (`(2016,)`, `Association,.`). MLA also omits
/// `https://` from URLs other than DOIs (MLA Handbook, 9th ed.).
fn tidy(text: &str, style: Style) -> String {
    let mut text = text.replace(",)", ")").replace(",.", ".");
    if style == Style::Mla {
        for scheme in ["https://", "http://"] {
            let mut out = String::new();
            let mut rest = text.as_str();
            while let Some(at) = rest.find(scheme) {
                out.push_str(&rest[..at]);
                let after = &rest[at + scheme.len()..];
                if after.starts_with("doi.org/") || after.starts_with("dx.doi.org/") {
                    out.push_str(scheme);
                }
                rest = after;
            }
            out.push_str(rest);
            text = out;
        }
    }
    text
}

/// Every entry of `library` as a reference list in `style`, in the style's order.
///
/// # Errors
/// When the style has no reference list.
pub fn render_library(library: &Library, style_name: Style, lang: Lang) -> Result<Vec<String>, CiteError> {
    Ok(bibliography(library, style_name, lang)?
        .into_iter()
        .map(|item| {
            let mut text = String::new();
            // Writing into a String does not fail.
            let _ = item.content.write_buf(&mut text, BufWriteFormat::Plain);
            tidy(&text, style_name)
        })
        .collect())
}

/// The engine's reference list for `library`.
fn bibliography(
    library: &Library,
    style_name: Style,
    lang: Lang,
) -> Result<Vec<hayagriva::BibliographyItem>, CiteError> {
    let csl = style(style_name).ok_or(CiteError::NoBibliography(style_name.label()))?;
    let locales = locale_files();
    let mut driver = BibliographyDriver::new();
    for entry in library.iter() {
        driver.citation(CitationRequest::new(
            vec![CitationItem::with_entry(entry)],
            csl,
            Some(locale_code(lang)),
            locales,
            None,
        ));
    }
    let rendered = driver.finish(BibliographyRequest::new(csl, Some(locale_code(lang)), locales));
    let bibliography = rendered.bibliography.ok_or(CiteError::NoBibliography(style_name.label()))?;
    Ok(bibliography.items)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Source {
        crate::cite::source::sample_article()
    }

    #[test]
    fn one_article_in_three_styles() {
        assert_eq!(
            render(&article(), Style::Apa, Lang::En).as_deref(),
            Ok(
                "Hadi, B., & Smith, J. A. (2021). Evaluating online sources: How undergraduates judge credibility. Journal of Information Literacy, 15(2), 45–67. https://doi.org/10.1234/jil.2021.0045"
            )
        );
        assert_eq!(
            render(&article(), Style::Mla, Lang::En).as_deref(),
            Ok(
                "Hadi, Budi, and Jane A. Smith. “Evaluating Online Sources: How Undergraduates Judge Credibility.” Journal of Information Literacy, vol. 15, no. 2, Mar. 2021, pp. 45–67, https://doi.org/10.1234/jil.2021.0045."
            )
        );
        assert_eq!(
            render(&article(), Style::Chicago, Lang::En).as_deref(),
            Ok(
                "Hadi, Budi, and Jane A. Smith. 2021. “Evaluating Online Sources: How Undergraduates Judge Credibility.” Journal of Information Literacy 15 (2): 45–67. https://doi.org/10.1234/jil.2021.0045."
            )
        );
    }

    #[test]
    fn italics_can_be_marked_with_asterisks() {
        assert_eq!(
            render_marked(&article(), Style::Apa, Lang::En).as_deref(),
            Ok(
                "Hadi, B., & Smith, J. A. (2021). Evaluating online sources: How undergraduates judge credibility. *Journal of Information Literacy*, *15*(2), 45–67. https://doi.org/10.1234/jil.2021.0045"
            )
        );
    }

    #[test]
    fn indonesian_titles_are_not_title_cased_and_terms_follow_the_language() {
        let mut source = article();
        source.title = "Literasi informasi mahasiswa di era digital".into();
        source.lang = "id".into();
        source.authors.push("Wibowo, Dedi".into());
        let mla = render(&source, Style::Mla, Lang::Id).expect("renders");
        assert!(mla.contains("“Literasi informasi mahasiswa di era digital.”"), "{mla}");
        assert!(mla.starts_with("Hadi, Budi, dkk."), "{mla}");
    }
}
