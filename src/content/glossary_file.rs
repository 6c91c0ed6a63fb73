//! Reading the glossary, `lessons/glossary.toml`: its `[[term]]` tables, checked on their own
//! and against each other (ids, `see`, names two terms share). The `lessons` a term names are
//! checked by `load` once the workshops are read.

use std::collections::HashMap;
use std::ops::Range;

use toml::de::DeValue;

use super::decode::{self, Value, did_you_mean};
use super::fields::{check_format_version, check_id};
use super::localize;
use super::raw::{RawAliases, RawGlossary, RawTerm};
use super::spanned::Spanned;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::glossary::{Aliases, LessonRef, Term};
use crate::lang::Lang;

/// What a glossary file held: its terms, and where each `lessons` entry was written, for
/// `load` to check (term index in `terms`, the lesson, where).
#[derive(Debug, Default)]
pub struct GlossaryDraft {
    pub terms: Vec<Term>,
    pub lessons: Vec<(usize, LessonRef, Range<usize>)>,
}

/// A term read on its own, with what the checks between terms need.
struct TermDraft {
    term: Term,
    id_span: Range<usize>,
    /// Every name of the term, by language, with where it was written.
    names: Vec<(Lang, String, Range<usize>)>,
    see: Vec<Spanned<String>>,
    lessons: Vec<(LessonRef, Range<usize>)>,
}

pub fn read(file: &SourceFile, diags: &mut Vec<Diagnostic>) -> GlossaryDraft {
    let mut draft = GlossaryDraft::default();
    let Some(table) = decode::parse_document(file, diags) else { return draft };
    if !check_format_version(file, &table, diags) {
        return draft;
    }
    let document: Value<'_> = toml::Spanned::new(table.span(), DeValue::Table(table.into_inner()));
    let _: Option<RawGlossary> = decode::decode(file, &document, "the glossary", diags);
    let items = decode::items(file, &document, "term", diags);
    // Every id written, even on a term with errors, so `see` does not also report it unknown.
    let written: Vec<String> = items
        .iter()
        .filter_map(|item| decode::get(item, "id")?.get_ref().as_str().map(ToString::to_string))
        .collect();
    let mut drafts: Vec<TermDraft> = Vec::new();
    let mut ids: HashMap<String, Range<usize>> = HashMap::new();
    for item in items {
        let Some(term) = read_term(file, item, diags) else { continue };
        if let Some(first) = ids.get(&term.term.id) {
            let first = file.locate(first.clone());
            diags.push(
                file.error(
                    Code::DuplicateId,
                    term.id_span.clone(),
                    format!("duplicate term id `{}`", term.term.id),
                )
                .with_help(format!("it is first defined at {}:{}:{}", file.path, first.line, first.col)),
            );
            continue;
        }
        ids.insert(term.term.id.clone(), term.id_span.clone());
        drafts.push(term);
    }
    for term in &drafts {
        check_see(file, term, &written, diags);
    }
    check_shared_names(file, &drafts, diags);
    for (index, term) in drafts.into_iter().enumerate() {
        draft.lessons.extend(term.lessons.into_iter().map(|(lesson, span)| (index, lesson, span)));
        draft.terms.push(term.term);
    }
    draft
}

fn read_term(file: &SourceFile, item: &Value<'_>, diags: &mut Vec<Diagnostic>) -> Option<TermDraft> {
    let raw: RawTerm = decode::decode(file, item, "a term", diags)?;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    check_id(file, &raw.id, diags);
    let term = localize::plain(file, &raw.term, "term", diags);
    let definition = localize::markdown(file, &raw.definition, "definition", diags);
    let mut names: Vec<(Lang, String, Range<usize>)> = Lang::ALL
        .iter()
        .filter_map(|&lang| {
            let term = term.as_ref().filter(|t| t.has(lang))?;
            Some((lang, term.get(lang).clone(), raw.term.span()))
        })
        .collect();
    let aliases = read_aliases(file, raw.aliases.as_ref(), &mut names, diags);
    let lessons: Vec<(LessonRef, Range<usize>)> =
        raw.lessons.iter().filter_map(|l| Some((lesson_ref(file, l, diags)?, l.span()))).collect();
    let source = raw.source.as_ref().and_then(|s| {
        let text = crate::text::sanitize(s.get_ref()).trim().to_string();
        if text.is_empty() {
            diags.push(
                file.error(Code::EmptyText, s.span(), "`source` has no text")
                    .with_help("name where the definition comes from, or remove `source`"),
            );
            return None;
        }
        Some(text)
    });
    if diags.iter().filter(|d| d.is_error()).count() > errors {
        return None;
    }
    Some(TermDraft {
        term: Term {
            id: raw.id.get_ref().clone(),
            term: term?,
            aliases,
            definition: definition?,
            see: raw.see.iter().map(|s| s.get_ref().clone()).collect(),
            lessons: lessons.iter().map(|(l, _)| l.clone()).collect(),
            source,
        },
        id_span: raw.id.span(),
        names,
        see: raw.see,
        lessons,
    })
}

/// The aliases, cleaned; an empty one is an error (it would name nothing).
fn read_aliases(
    file: &SourceFile,
    raw: Option<&Spanned<RawAliases>>,
    names: &mut Vec<(Lang, String, Range<usize>)>,
    diags: &mut Vec<Diagnostic>,
) -> Aliases {
    let mut aliases = Aliases::default();
    let Some(raw) = raw else { return aliases };
    let lists: Vec<(&[Spanned<String>], &[Lang])> = match raw.get_ref() {
        RawAliases::Both(all) => vec![(all.as_slice(), &Lang::ALL)],
        RawAliases::ByLang { id, en } => vec![(id.as_slice(), &[Lang::Id]), (en.as_slice(), &[Lang::En])],
    };
    for (list, langs) in lists {
        for alias in list {
            let text =
                crate::text::sanitize(alias.get_ref()).split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                diags.push(
                    file.error(Code::EmptyText, alias.span(), "an alias has no text")
                        .with_help("write the other form of the term, or remove the empty string"),
                );
                continue;
            }
            for &lang in langs {
                names.push((lang, text.clone(), alias.span()));
                match lang {
                    Lang::Id => aliases.id.push(text.clone()),
                    Lang::En => aliases.en.push(text.clone()),
                }
            }
        }
    }
    aliases
}

/// `"workshop/lesson"`, both parts ids; whether the lesson exists is checked by `load`.
fn lesson_ref(file: &SourceFile, raw: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> Option<LessonRef> {
    let is_id = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    match raw.get_ref().split_once('/') {
        Some((workshop, lesson)) if is_id(workshop) && is_id(lesson) => {
            Some(LessonRef { workshop: workshop.to_string(), lesson: lesson.to_string() })
        }
        _ => {
            diags.push(
                file.error(
                    Code::UnknownLessonReference,
                    raw.span(),
                    format!("`{}` does not name a lesson", raw.get_ref().escape_debug()),
                )
                .with_help("write the workshop's id and the lesson's id, as in `search/search-precedence`"),
            );
            None
        }
    }
}

/// `see` must name terms of the glossary.
fn check_see(file: &SourceFile, term: &TermDraft, written: &[String], diags: &mut Vec<Diagnostic>) {
    for see in &term.see {
        let id = see.get_ref();
        if written.contains(id) {
            continue;
        }
        let diagnostic =
            file.error(Code::UnknownTerm, see.span(), format!("no term of the glossary has the id `{id}`"));
        diags.push(match did_you_mean(id, written.iter().map(String::as_str)) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help("`see` names other terms by their `id`"),
        });
    }
}

/// A name (term or alias) that two terms share in one language: a learner who looks it up or
/// meets it on a page gets the first term only.
fn check_shared_names(file: &SourceFile, terms: &[TermDraft], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(Lang, String), &str> = HashMap::new();
    for term in terms {
        let mut reported = Vec::new();
        for (lang, name, span) in &term.names {
            let key = crate::glossary::name_key(name);
            if key.is_empty() {
                continue;
            }
            match seen.get(&(*lang, key.clone())) {
                Some(owner) if *owner != term.term.id => {
                    if !reported.contains(&key) {
                        reported.push(key.clone());
                        diags.push(
                            file.warning(
                                Code::SharedTermName,
                                span.clone(),
                                format!("`{name}` also names the term `{owner}`"),
                            )
                            .with_help(format!(
                                "a learner who looks up or reads `{name}` gets `{owner}`; keep the name in one term only"
                            )),
                        );
                    }
                }
                Some(_) => {}
                None => {
                    seen.insert((*lang, key), term.term.id.as_str());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "format_version = 1\n";

    const BOOLEAN: &str = r#"
[[term]]
id = "boolean"
term = { id = "operator Boolean", en = "Boolean operator" }
aliases = { id = ["operator logika"], en = ["Boolean operators"] }
definition = { id = "AND, OR dan NOT.", en = "AND, OR and NOT." }
see = ["phrase"]
lessons = ["search/boolean"]
source = "EBSCO search help"
"#;

    const PHRASE: &str = r#"
[[term]]
id = "phrase"
term = { id = "penelusuran frasa", en = "phrase search" }
aliases = ["quoted search"]
definition = "Words in quotes, in order."
"#;

    fn read_text(text: &str) -> (GlossaryDraft, Vec<Diagnostic>) {
        let file = SourceFile::new("lessons/glossary.toml", text);
        let mut diags = Vec::new();
        let draft = read(&file, &mut diags);
        (draft, diags)
    }

    fn codes(diags: &[Diagnostic]) -> Vec<(Code, usize)> {
        diags.iter().map(|d| (d.code, d.location.as_ref().map_or(0, |l| l.line))).collect()
    }

    #[test]
    fn reads_terms_with_their_aliases_links_and_source() {
        let (draft, diags) = read_text(&format!("{HEAD}{BOOLEAN}{PHRASE}"));
        assert!(diags.is_empty(), "{diags:?}");
        let [boolean, phrase] = draft.terms.as_slice() else { panic!("two terms") };
        assert_eq!(boolean.term.get(Lang::En), "Boolean operator");
        assert_eq!(boolean.aliases.id, ["operator logika"]);
        assert_eq!(boolean.aliases.en, ["Boolean operators"]);
        assert_eq!(boolean.see, ["phrase"]);
        assert_eq!(boolean.lessons, [LessonRef { workshop: "search".into(), lesson: "boolean".into() }]);
        assert_eq!(boolean.source.as_deref(), Some("EBSCO search help"));
        assert_eq!(draft.lessons.len(), 1);
        // A list of aliases is for both languages; a plain text is the same in both.
        assert_eq!(phrase.aliases.id, ["quoted search"]);
        assert_eq!(phrase.aliases.en, ["quoted search"]);
        assert_eq!(phrase.definition.get(Lang::Id).plain_text(), "Words in quotes, in order.");
    }

    #[test]
    fn an_unknown_related_term_is_an_error_with_a_suggestion() {
        let (_, diags) =
            read_text(&format!("{HEAD}{}{PHRASE}", BOOLEAN.replace("[\"phrase\"]", "[\"phrsae\"]")));
        assert_eq!(codes(&diags), [(Code::UnknownTerm, 8)]);
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `phrase`?"));
    }

    #[test]
    fn a_term_with_errors_is_still_a_known_id_for_see() {
        let broken = PHRASE.replace("definition = ", "definitoin = ");
        let (draft, diags) = read_text(&format!("{HEAD}{BOOLEAN}{broken}"));
        assert_eq!(draft.terms.len(), 1);
        assert_eq!(codes(&diags), [(Code::UnknownKey, 16)]);
    }

    #[test]
    fn duplicate_ids_and_shared_names_are_reported() {
        let twice = format!("{HEAD}{BOOLEAN}{PHRASE}{PHRASE}");
        let (draft, diags) = read_text(&twice);
        assert_eq!(draft.terms.len(), 2);
        assert_eq!(codes(&diags), [(Code::DuplicateId, 19)]);

        let shared = PHRASE.replace("[\"quoted search\"]", "{ en = [\"boolean  OPERATOR\"] }");
        let (_, diags) = read_text(&format!("{HEAD}{BOOLEAN}{shared}"));
        assert_eq!(codes(&diags), [(Code::SharedTermName, 15)]);
        assert_eq!(diags[0].message, "`boolean OPERATOR` also names the term `boolean`");
    }

    #[test]
    fn a_missing_language_is_the_usual_warning() {
        let one_language = BOOLEAN.replace(", en = \"AND, OR and NOT.\"", "");
        let (draft, diags) = read_text(&format!("{HEAD}{one_language}{PHRASE}"));
        assert_eq!(draft.terms.len(), 2);
        assert_eq!(codes(&diags), [(Code::MissingTranslation, 7)]);
    }

    #[test]
    fn bad_values_are_located_errors() {
        let cases = [
            (BOOLEAN.replace("\"search/boolean\"", "\"boolean\""), Code::UnknownLessonReference),
            (BOOLEAN.replace("\"operator logika\"", "\"  \""), Code::EmptyText),
            (BOOLEAN.replace("\"EBSCO search help\"", "\"\""), Code::EmptyText),
            (BOOLEAN.replace("id = \"boolean\"", "id = \"Boolean\""), Code::InvalidId),
            (BOOLEAN.replace("aliases = {", "aliases = { fr = [\"x\"],"), Code::UnknownKey),
            (BOOLEAN.replace("see = [\"phrase\"]", "see = \"phrase\""), Code::WrongType),
            (BOOLEAN.replace("definition = ", "# no definition\nx = "), Code::UnknownKey),
        ];
        for (text, code) in cases {
            let (_, diags) = read_text(&format!("{HEAD}{text}{PHRASE}"));
            assert!(
                diags.iter().any(|d| d.code == code && d.location.is_some()),
                "{code}: {diags:?}\n{text}"
            );
        }
        let (_, diags) = read_text(BOOLEAN);
        assert_eq!(codes(&diags), [(Code::FormatVersion, 1), (Code::UnknownTerm, 7)]);
    }
}
