//! Turning a [`RawText`] into a [`Localized`] value: sanitised, Markdown rendered where the
//! field is Markdown, and a warning where a language is missing.

use crate::content::spanned::Spanned;

use super::raw::RawText;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::lang::Lang;
use crate::text::{Doc, Localized, render_markdown};

/// A one-line text field (titles, options, objectives). Inline Markdown is allowed and
/// flattened to its text, so `` `kucing AND anjing` `` shows without backticks. `None` (with
/// an error) when it holds no text at all.
pub fn plain(
    file: &SourceFile,
    raw: &Spanned<RawText>,
    field: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Localized<String>> {
    let localized = localized(file, raw, field, diags)?;
    Some(localized.map(|text| {
        let doc = render_markdown(text);
        let lines: Vec<String> =
            doc.lines.iter().map(|l| l.text().trim().to_string()).filter(|l| !l.is_empty()).collect();
        lines.join(" ")
    }))
}

/// A text field written in Markdown (pages, prompts, explanations).
pub fn markdown(
    file: &SourceFile,
    raw: &Spanned<RawText>,
    field: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Localized<Doc>> {
    Some(localized(file, raw, field, diags)?.map(|text| render_markdown(text)))
}

/// A Markdown text field whose source is rewritten before rendering (for cloze gaps).
pub fn markdown_with(
    file: &SourceFile,
    raw: &Spanned<RawText>,
    field: &str,
    diags: &mut Vec<Diagnostic>,
    rewrite: impl Fn(&str) -> String,
) -> Option<Localized<Doc>> {
    Some(localized(file, raw, field, diags)?.map(|text| render_markdown(&rewrite(text))))
}

/// The texts of a field in the languages it is written in, for checks on the source.
pub fn sources(raw: &RawText) -> Vec<String> {
    match raw {
        RawText::Plain(text) => vec![text.clone()],
        RawText::ByLang { id, en } => id.iter().chain(en).cloned().collect(),
    }
}

fn localized(
    file: &SourceFile,
    raw: &Spanned<RawText>,
    field: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Localized<String>> {
    let span = raw.span();
    let (id, en) = match raw.get_ref() {
        RawText::Plain(text) => (Some(text.clone()), Some(text.clone())),
        RawText::ByLang { id, en } => (id.clone(), en.clone()),
    };
    let blank = |t: &Option<String>| t.as_ref().is_none_or(|t| t.trim().is_empty());
    if blank(&id) && blank(&en) {
        diags.push(
            file.error(Code::EmptyText, span, format!("`{field}` has no text"))
                .with_help(r#"write it as { id = "…", en = "…" }"#),
        );
        return None;
    }
    for (lang, text) in [(Lang::Id, &id), (Lang::En, &en)] {
        if blank(text) {
            let other = lang.other();
            diags.push(
                file.warning(
                    Code::MissingTranslation,
                    span.clone(),
                    format!(
                        "`{field}` has no {} (`{}`) text; {} is shown instead",
                        lang_name(lang),
                        lang.code(),
                        lang_name(other)
                    ),
                )
                .with_help(format!("add `{} = \"…\"`", lang.code())),
            );
        }
    }
    let keep = |t: Option<String>| t.filter(|t| !t.trim().is_empty());
    Localized::new(keep(id), keep(en))
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "Indonesian",
        Lang::En => "English",
    }
}
