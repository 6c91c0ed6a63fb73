//! Turning parsed TOML values into the serde mirrors of `raw`, collecting every problem as a
//! [`Diagnostic`] instead of stopping at the first.
//!
//! Unknown keys are found here rather than by serde's `deny_unknown_fields` alone, because
//! serde stops at the first one and does not say "did you mean". The known keys of a struct are
//! read from its own `Deserialize` impl, so they cannot drift from the types.

use std::cell::Cell;
use std::ops::Range;

use serde::de::{self, DeserializeOwned, Visitor};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::diagnostic::{Code, Diagnostic, SourceFile};
pub use crate::suggest::{did_you_mean, quoted_list};

/// A parsed TOML value with its byte span.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Parses a whole file; every syntax error becomes a diagnostic. `None` when there were any.
pub fn parse_document<'i>(file: &'i SourceFile, diags: &mut Vec<Diagnostic>) -> Option<Spanned<DeTable<'i>>> {
    let (table, errors) = DeTable::parse_recoverable(&file.text);
    if errors.is_empty() {
        return Some(table);
    }
    for error in errors {
        diags.push(toml_error(file, &error, 0..0, Stage::Parse));
    }
    None
}

/// Decodes `value` into `T`. Unknown keys of the top-level table are reported with a
/// suggestion and skipped, so the rest of the value is still checked. `what` names the thing
/// for messages ("a lesson", "a step").
pub fn decode<T: DeserializeOwned>(
    file: &SourceFile,
    value: &Value<'_>,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    let mut value = value.clone();
    let mut suggested = Vec::new();
    if let DeValue::Table(table) = value.get_mut() {
        let known = struct_fields::<T>();
        let unknown: Vec<_> =
            table.keys().filter(|key| !known.contains(&key.get_ref().as_ref())).cloned().collect();
        for key in unknown {
            let diagnostic = unknown_key(file, key.get_ref(), key.span(), what, known);
            if let Some(close) = did_you_mean(key.get_ref(), known.iter().copied()) {
                suggested.push(close);
            }
            diags.push(diagnostic);
            table.remove(&key);
        }
    }
    deserialize(file, value, &suggested, diags)
}

/// Deserializes a value whose unknown keys are already reported; `suggested` are the keys
/// offered as "did you mean", whose absence is not reported again.
fn deserialize<T: DeserializeOwned>(
    file: &SourceFile,
    value: Value<'_>,
    suggested: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    let span = value.span();
    match T::deserialize(ValueDeserializer::from(value)) {
        Ok(decoded) => Some(decoded),
        Err(error) => {
            // "missing key `minutes`" after "unknown key `minuts`, did you mean `minutes`?" says
            // the same thing twice.
            let repeats_a_typo =
                suggested.iter().any(|key| error.message() == format!("missing field `{key}`"));
            if !repeats_a_typo {
                diags.push(toml_error(file, &error, span, Stage::Decode));
            }
            None
        }
    }
}

/// Decodes one table into two structs: `E` takes the keys it declares, `K` the others.
/// Unknown keys are judged against both, so "did you mean" sees every key of the table.
/// Used for exercises: `E` is the envelope every kind shares, `K` the kind's own keys.
pub fn decode_split<E: DeserializeOwned, K: DeserializeOwned>(
    file: &SourceFile,
    value: &Value<'_>,
    what: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<(E, K)> {
    let DeValue::Table(table) = value.get_ref() else {
        // Not a table: let `E` say so.
        let _: Option<E> = decode(file, value, what, diags);
        return None;
    };
    let first_fields = struct_fields::<E>();
    let second_fields = struct_fields::<K>();
    let known: Vec<&str> = first_fields.iter().chain(second_fields).copied().collect();
    let mut first = table.clone();
    let mut second = table.clone();
    let mut suggested = Vec::new();
    for key in table.keys() {
        let name = key.get_ref().as_ref();
        if !known.contains(&name) {
            if let Some(close) = did_you_mean(name, known.iter().copied()) {
                suggested.push(close);
            }
            diags.push(unknown_key(file, name, key.span(), what, &known));
        }
        if !first_fields.contains(&name) {
            first.remove(key);
        }
        if !second_fields.contains(&name) {
            second.remove(key);
        }
    }
    let span = value.span();
    let e = deserialize(file, Spanned::new(span.clone(), DeValue::Table(first)), &suggested, diags);
    let k = deserialize(file, Spanned::new(span, DeValue::Table(second)), &suggested, diags);
    Some((e?, k?))
}

/// Looks up a key in a table value.
pub fn get<'a, 'i>(value: &'a Value<'i>, key: &str) -> Option<&'a Value<'i>> {
    value.get_ref().as_table().and_then(|table| table.get(key))
}

/// The items of an array of tables such as `[[step]]`; a non-array is reported.
pub fn items<'a, 'i>(
    file: &SourceFile,
    table: &'a Value<'i>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
) -> &'a [Value<'i>] {
    match get(table, key) {
        None => &[],
        Some(value) => {
            if let Some(array) = value.get_ref().as_array() {
                array.as_ref()
            } else {
                diags.push(file.error(
                    Code::WrongType,
                    value.span(),
                    format!(
                        "`{key}` must be a list of tables written as `[[{key}]]`, found {}",
                        value.get_ref().type_str()
                    ),
                ));
                &[]
            }
        }
    }
}

/// "unknown key `titel` in a lesson", with "did you mean `title`?" when a known key is close.
fn unknown_key(file: &SourceFile, key: &str, span: Range<usize>, what: &str, known: &[&str]) -> Diagnostic {
    let diagnostic = file.error(Code::UnknownKey, span, format!("unknown key `{key}` in {what}"));
    match did_you_mean(key, known.iter().copied()) {
        Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
        None => diagnostic.with_help(format!("known keys: {}", quoted_list(known))),
    }
}

/// Where a toml error came from, which decides its code: every error of the parser is one of
/// syntax; errors of decoding are about keys and types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Parse,
    Decode,
}

/// A toml/serde error as a diagnostic, its message reworded for authors.
fn toml_error(
    file: &SourceFile,
    error: &toml::de::Error,
    fallback: Range<usize>,
    stage: Stage,
) -> Diagnostic {
    let span = error.span().unwrap_or(fallback);
    let message = error.message().trim().trim_end_matches('.');
    // serde's words for nested unknown keys: "unknown field `x`, expected one of `a`, `b`"
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((key, expected)) = rest.split_once('`')
    {
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let diagnostic = file.error(Code::UnknownKey, span, format!("unknown key `{key}`"));
        return match did_you_mean(key, known.iter().copied()) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("known keys: {}", quoted_list(&known))),
        };
    }
    if message.contains("max recursion depth") {
        return file
            .error(Code::TomlSyntax, span, "values are nested too deeply")
            .with_help("lists and tables inside each other may be at most a few dozen levels deep");
    }
    if stage == Stage::Parse {
        return file.error(Code::TomlSyntax, span, message);
    }
    // The custom error of a text table: `{ fr = "…" }` names a language infolit does not know.
    if message.starts_with("unknown language `") {
        return file.error(Code::UnknownKey, span, message);
    }
    let code = if message.starts_with("missing field") { Code::MissingKey } else { Code::WrongType };
    let message = message
        .replace("missing field", "missing key")
        .replace("invalid type: ", "wrong type: found ")
        .replace("map, expected", "table, expected")
        .replace("sequence, expected", "list, expected");
    file.error(code, span, message)
}

/// The field names of a struct with a derived `Deserialize`, found by asking it to deserialize
/// from a deserializer that records the names it is offered and then gives up.
fn struct_fields<T: DeserializeOwned>() -> &'static [&'static str] {
    let fields = Cell::new(None);
    let _ = T::deserialize(FieldsProbe { fields: &fields });
    fields.get().unwrap_or(&[])
}

struct FieldsProbe<'a> {
    fields: &'a Cell<Option<&'static [&'static str]>>,
}

#[derive(Debug)]
struct ProbeDone;

impl std::fmt::Display for ProbeDone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("field probe")
    }
}

impl std::error::Error for ProbeDone {}

impl de::Error for ProbeDone {
    fn custom<M: std::fmt::Display>(_: M) -> Self {
        ProbeDone
    }
}

impl<'de> de::Deserializer<'de> for FieldsProbe<'_> {
    type Error = ProbeDone;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, ProbeDone> {
        Err(ProbeDone)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, ProbeDone> {
        self.fields.set(Some(fields));
        Err(ProbeDone)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::raw::RawStep;

    #[test]
    fn finds_the_fields_of_a_derived_struct() {
        assert_eq!(struct_fields::<RawStep>(), ["title", "page", "exercise"]);
    }

    #[test]
    fn reports_every_unknown_key_and_keeps_decoding() {
        let file = SourceFile::new("x.toml", "titel = 'a'\npage = 'b'\nexcercise = 'c'\n");
        let mut diags = Vec::new();
        let table = parse_document(&file, &mut diags).expect("valid TOML");
        let value = Spanned::new(0..file.text.len(), DeValue::Table(table.into_inner()));
        let step: Option<RawStep> = decode(&file, &value, "a step", &mut diags);
        assert!(step.is_some_and(|s| s.page.is_some()));
        let messages: Vec<_> = diags.iter().map(|d| (d.message.as_str(), d.help.as_deref())).collect();
        assert_eq!(
            messages,
            [
                ("unknown key `excercise` in a step", Some("did you mean `exercise`?")),
                ("unknown key `titel` in a step", Some("did you mean `title`?")),
            ]
        );
    }
}
