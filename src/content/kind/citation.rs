//! `kind = "citation"`: a `style`, the `[exercise.source]` to cite, an optional `locale`
//! for the style's terms, and for "find and fix" the `given` entry with mistakes. The key
//! is rendered here, so a source the engine cannot render is an error of `check`.

use super::super::raw::RawCitation;
use crate::cite::{Style, render, render_marked};
use crate::content::spanned::Spanned;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{CitationSpec, ExerciseKind};
use crate::lang::Lang;
use crate::suggest::{did_you_mean, quoted_list};

pub fn read(file: &SourceFile, raw: &RawCitation, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let names: Vec<&str> = Style::ALL.iter().map(|s| s.as_str()).collect();
    let Some(style) = Style::parse(raw.style.get_ref()) else {
        let diagnostic = file.error(
            Code::UnknownValue,
            raw.style.span(),
            format!("unknown style `{}`", raw.style.get_ref()),
        );
        diags.push(match did_you_mean(raw.style.get_ref(), names.iter().copied()) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("styles: {}", quoted_list(&names))),
        });
        return None;
    };
    let locale = match raw.locale.as_ref().map(|l| (l.get_ref().as_str(), l.span())) {
        None | Some(("en", _)) => Lang::En,
        Some(("id", _)) => Lang::Id,
        Some((other, span)) => {
            diags.push(
                file.error(Code::UnknownValue, span, format!("unknown locale `{other}`"))
                    .with_help("use `id` or `en`"),
            );
            return None;
        }
    };
    let source = raw.source.get_ref().clone();
    let key = match render(&source, style, locale) {
        Ok(key) => key,
        Err(error) => {
            diags.push(file.error(
                Code::UnrenderableSource,
                raw.source.span(),
                format!("this source cannot be rendered: {error}"),
            ));
            return None;
        }
    };
    let key_marked = if raw.italics { render_marked(&source, style, locale).ok() } else { None };
    let given = raw.given.as_ref().map(|g| g.get_ref().trim().to_string());
    if let (Some(text), Some(span)) = (&given, raw.given.as_ref().map(Spanned::span))
        && crate::cite::compare::normalize(text) == crate::cite::compare::normalize(&key)
    {
        diags.push(
            file.error(
                Code::GivenUnusable,
                span,
                "`given` is already the correct entry; put the mistakes to find in it",
            )
            .with_help(format!("the correct entry is: {key}")),
        );
        return None;
    }
    Some(ExerciseKind::Citation(Box::new(CitationSpec { source, style, locale, given, key, key_marked })))
}
