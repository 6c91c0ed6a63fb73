//! The two languages infolit speaks, and how the default one is chosen.
//!
//! Lesson text and UI strings switch together, so one `Lang` value is carried by the session
//! and passed to everything that produces learner-visible text.

use std::fmt;

/// A language of the learner-facing text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in the order the bundled course is written.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The ISO 639-1 code used in lesson files (`id`, `en`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as shown on the language switch.
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }

    /// The other language: what the language switch toggles to.
    #[must_use]
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }

    /// Parses a language code as written in lesson files or on the command line.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "in" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// The default language from POSIX locale variables, looked up in the order POSIX gives
    /// them precedence: `LC_ALL`, then `LC_MESSAGES`, then `LANG`. The first one that is set
    /// and not empty decides: `id_ID.UTF-8` (any `id…` locale) gives Indonesian, anything else
    /// English. `lookup` is the environment, passed in so this stays testable.
    pub fn from_locale_env(lookup: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| lookup(name))
            .find(|value| !value.trim().is_empty())
            .map_or(Lang::En, |value| {
                let value = value.trim().to_ascii_lowercase();
                let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default();
                if language == "id" || language == "in" { Lang::Id } else { Lang::En }
            })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(vars: &[(&str, &str)], expected: Lang) {
        let lookup = |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_string());
        assert_eq!(Lang::from_locale_env(lookup), expected, "{vars:?}");
    }

    #[test]
    fn locale_variables_pick_the_language() {
        case(&[], Lang::En);
        case(&[("LANG", "id_ID.UTF-8")], Lang::Id);
        case(&[("LANG", "en_US.UTF-8")], Lang::En);
        case(&[("LANG", "C")], Lang::En);
        case(&[("LANG", "id")], Lang::Id);
        // LC_ALL wins over LANG, LC_MESSAGES sits between them.
        case(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "id_ID.UTF-8")], Lang::En);
        case(&[("LC_MESSAGES", "id_ID"), ("LANG", "en_US")], Lang::Id);
        // An empty variable does not count as set.
        case(&[("LC_ALL", ""), ("LANG", "id_ID.UTF-8")], Lang::Id);
        // Indonesian's old code `in` is still seen on some systems.
        case(&[("LANG", "in_ID")], Lang::Id);
        // "id" must be the language, not a prefix of another one.
        case(&[("LANG", "ido")], Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
        }
        assert_eq!(Lang::from_code("fr"), None);
    }
}
