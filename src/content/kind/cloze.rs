//! `kind = "cloze"`: a Markdown text with gaps written `{1}`, `{2}`…, each gap a typed
//! answer (`accept`) or a choice (`options` and `answer`).

use crate::content::spanned::Spanned;

use super::super::localize;
use super::super::raw::{RawCloze, RawGap, RawText};
use super::short_answer::typos;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ClozeSpec, ExerciseKind, Gap, Pattern, gap_marker};
use crate::grade::normalize::{Options, normalize};

/// Enough gaps for a paragraph; more belong in several exercises.
const MAX_GAPS: usize = 20;

pub fn read(file: &SourceFile, raw: &RawCloze, diags: &mut Vec<Diagnostic>) -> Option<ExerciseKind> {
    let count = raw.gap.get_ref().len();
    if !(1..=MAX_GAPS).contains(&count) {
        diags.push(
            file.error(
                Code::ListLength,
                raw.gap.span(),
                format!("a cloze exercise needs 1 to {MAX_GAPS} gaps, found {count}"),
            )
            .with_help("add `[[exercise.gap]]` tables, one per `{1}`, `{2}`… in the text"),
        );
        return None;
    }
    if !markers_match(file, &raw.text, count, diags) {
        return None;
    }
    let options = Options { case_sensitive: raw.case_sensitive, fold_diacritics: raw.fold_diacritics };
    let gaps: Vec<_> = raw.gap.get_ref().iter().map(|g| read_gap(file, g, options, diags)).collect();
    let text = localize::markdown_with(file, &raw.text, "text", diags, |source| {
        (1..=count).fold(source.to_string(), |text, n| text.replace(&format!("{{{n}}}"), &gap_marker(n)))
    })?;
    Some(ExerciseKind::Cloze(ClozeSpec {
        text,
        gaps: gaps.into_iter().collect::<Option<_>>()?,
        case_sensitive: raw.case_sensitive,
        fold_diacritics: raw.fold_diacritics,
        typos: typos(file, raw.typos.as_ref(), diags),
    }))
}

/// Each gap's marker `{n}` appears exactly once in each language, and no marker names a gap
/// that does not exist.
fn markers_match(
    file: &SourceFile,
    text: &Spanned<RawText>,
    count: usize,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let mut ok = true;
    for source in localize::sources(text.get_ref()) {
        for n in 1..=count {
            let found = source.matches(&format!("{{{n}}}")).count();
            if found != 1 {
                ok = false;
                diags.push(
                    file.error(
                        Code::GapMarkers,
                        text.span(),
                        format!("gap {{{n}}} appears {found} times in the text; it must appear once"),
                    )
                    .with_help("write each gap once in each language: `{1}`, `{2}`, …"),
                );
            }
        }
        let extra = (count + 1..=count + 50).find(|n| source.contains(&format!("{{{n}}}")));
        if let Some(n) = extra {
            ok = false;
            diags.push(
                file.error(
                    Code::GapMarkers,
                    text.span(),
                    format!("the text has gap {{{n}}}, but there are only {count} `[[exercise.gap]]` tables"),
                )
                .with_help("add a `[[exercise.gap]]` for it"),
            );
        }
    }
    ok
}

fn read_gap(
    file: &SourceFile,
    raw: &Spanned<RawGap>,
    options: Options,
    diags: &mut Vec<Diagnostic>,
) -> Option<Gap> {
    let gap = raw.get_ref();
    match (&gap.accept, &gap.options, &gap.answer) {
        (Some(accept), None, None) => {
            if accept.get_ref().is_empty() {
                diags.push(file.error(
                    Code::AcceptedAnswers,
                    accept.span(),
                    "a gap needs at least one accepted answer",
                ));
                return None;
            }
            let mut patterns = Vec::new();
            for text in accept.get_ref() {
                let normalized = normalize(text.get_ref(), options);
                if normalized.is_empty() {
                    diags.push(file.error(
                        Code::AcceptedAnswers,
                        text.span(),
                        "an accepted answer cannot be empty",
                    ));
                    return None;
                }
                patterns.push(Pattern::Text { normalized, shown: text.get_ref().trim().to_string() });
            }
            Some(Gap::Typed { accept: patterns })
        }
        (None, Some(raw_options), Some(answer)) => {
            let count = raw_options.get_ref().len();
            if !(2..=26).contains(&count) {
                diags.push(file.error(
                    Code::ListLength,
                    raw_options.span(),
                    format!("a choice gap needs 2 to 26 options, found {count}"),
                ));
                return None;
            }
            let wanted = normalize(answer.get_ref(), options);
            let matching: Vec<usize> = raw_options
                .get_ref()
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    localize::sources(o.get_ref()).iter().any(|t| normalize(t, options) == wanted)
                })
                .map(|(i, _)| i)
                .collect();
            let [correct] = matching.as_slice() else {
                diags.push(
                    file.error(
                        Code::GapForm,
                        answer.span(),
                        format!(
                            "`answer` must be the text of exactly one option, and `{}` is not",
                            answer.get_ref()
                        ),
                    )
                    .with_help("copy the correct option's text into `answer`"),
                );
                return None;
            };
            let texts: Vec<_> =
                raw_options.get_ref().iter().map(|o| localize::plain(file, o, "option", diags)).collect();
            Some(Gap::Choice { options: texts.into_iter().collect::<Option<_>>()?, correct: *correct })
        }
        (None, Some(_), None) => {
            diags.push(file.error(
                Code::GapForm,
                raw.span(),
                "a choice gap needs `answer`: the text of the correct option",
            ));
            None
        }
        _ => {
            diags.push(
                file.error(
                    Code::GapForm,
                    raw.span(),
                    "a gap has either `accept = [\"…\"]` (typed) or `options` and `answer` (a choice)",
                )
                .with_help(
                    "e.g. `accept = [\"AND\"]`, or `options = [\"AND\", \"OR\"]` with `answer = \"AND\"`",
                ),
            );
            None
        }
    }
}
