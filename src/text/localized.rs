//! A value written in one or both of the course languages.

use serde::Serialize;

use crate::lang::Lang;

/// A learner-visible value in Indonesian and/or English. At least one language is present by
/// construction; asking for a missing one falls back to the other (`check` warns about the gap).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Localized<T> {
    Both { id: T, en: T },
    OnlyId(T),
    OnlyEn(T),
}

impl<T> Localized<T> {
    /// The same value for both languages (a name, a number, a query).
    #[must_use]
    pub fn both(value: T) -> Self
    where
        T: Clone,
    {
        Localized::Both { id: value.clone(), en: value }
    }

    /// Builds from the two optional languages; `None` when both are missing.
    #[must_use]
    pub fn new(id: Option<T>, en: Option<T>) -> Option<Self> {
        match (id, en) {
            (Some(id), Some(en)) => Some(Localized::Both { id, en }),
            (Some(id), None) => Some(Localized::OnlyId(id)),
            (None, Some(en)) => Some(Localized::OnlyEn(en)),
            (None, None) => None,
        }
    }

    /// The value in `lang`, or in the other language when `lang` is missing.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &T {
        match (self, lang) {
            (Localized::Both { id, .. }, Lang::Id) | (Localized::OnlyId(id), _) => id,
            (Localized::Both { en, .. }, Lang::En) | (Localized::OnlyEn(en), _) => en,
        }
    }

    /// Whether the value was written in `lang` itself (not a fallback).
    #[must_use]
    pub fn has(&self, lang: Lang) -> bool {
        matches!(
            (self, lang),
            (Localized::Both { .. }, _) | (Localized::OnlyId(_), Lang::Id) | (Localized::OnlyEn(_), Lang::En)
        )
    }

    /// Applies `f` to every language present.
    #[must_use]
    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Localized<U> {
        match self {
            Localized::Both { id, en } => Localized::Both { id: f(id), en: f(en) },
            Localized::OnlyId(id) => Localized::OnlyId(f(id)),
            Localized::OnlyEn(en) => Localized::OnlyEn(f(en)),
        }
    }
}

/// Serialised as the lesson files write it: `{ "id": …, "en": … }` with the languages present.
impl<T: Serialize> Serialize for Localized<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for lang in Lang::ALL {
            if self.has(lang) {
                map.serialize_entry(lang.code(), self.get(lang))?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_the_other_language() {
        let only_id = Localized::new(Some("Halo"), None).expect("one language");
        assert_eq!(*only_id.get(Lang::En), "Halo");
        assert!(!only_id.has(Lang::En));
        let both = Localized::new(Some("Halo"), Some("Hello")).expect("two languages");
        assert_eq!(*both.get(Lang::En), "Hello");
        assert_eq!(*both.get(Lang::Id), "Halo");
        assert!(Localized::<&str>::new(None, None).is_none());
    }
}
