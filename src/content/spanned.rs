//! A value read from a course file together with the byte span it came from.
//!
//! This wraps `toml::Spanned` for one reason: the raw course types derive both `Deserialize`
//! (for the loader) and `JsonSchema` (for `infolit schema`), so the schema editors use is made
//! from the very types the loader reads and cannot drift from them. `JsonSchema` cannot be
//! implemented for `toml::Spanned` outside the `toml` crate, so the wrapper does it: a span is
//! invisible in the schema, which describes the value alone.

use std::borrow::Cow;
use std::ops::Range;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer};

/// A value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T>(toml::Spanned<T>);

impl<T> Spanned<T> {
    /// A value said to come from `span` (tests, and values made from other values).
    pub fn new(span: Range<usize>, value: T) -> Self {
        Spanned(toml::Spanned::new(span, value))
    }

    /// The byte range of the value in its file.
    pub fn span(&self) -> Range<usize> {
        self.0.span()
    }

    pub fn get_ref(&self) -> &T {
        self.0.get_ref()
    }

    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Spanned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        toml::Spanned::<T>::deserialize(deserializer).map(Spanned)
    }
}

impl<T: JsonSchema> JsonSchema for Spanned<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Doc {
        title: Spanned<String>,
    }

    #[test]
    fn keeps_the_span_of_the_value() {
        let doc: Doc = toml::from_str("title = \"Hi\"\n").expect("valid");
        assert_eq!(doc.title.get_ref(), "Hi");
        assert_eq!(doc.title.span(), 8..12);
    }

    #[test]
    fn the_schema_is_the_values_own() {
        let wrapped = schemars::schema_for!(Spanned<String>);
        let bare = schemars::schema_for!(String);
        assert_eq!(wrapped, bare);
    }
}
