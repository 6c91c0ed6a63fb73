//! Preparing typed text for comparison: what a learner types and what an author accepts go
//! through the same steps, so "  Perpustakaan  Kota " matches "perpustakaan kota".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// How strictly to compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub case_sensitive: bool,
    pub fold_diacritics: bool,
}

/// Unicode NFKC (full-width letters, ligatures and the like become plain ones), control
/// characters removed, lowercase unless case matters, diacritics removed if asked, and runs of
/// spaces collapsed to one.
#[must_use]
pub fn normalize(text: &str, options: Options) -> String {
    let mut text: String = text.nfkc().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    if !options.case_sensitive {
        text = text.to_lowercase();
    }
    if options.fold_diacritics {
        text = text.nfkd().filter(|c| !is_combining_mark(*c)).collect();
    }
    let text: String = text.nfkc().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOLD: Options = Options { case_sensitive: false, fold_diacritics: true };

    #[test]
    fn normalises_case_width_spacing_and_accents() {
        assert_eq!(normalize("  Café  ＡＮＤ Ｌibrary ", FOLD), "cafe and library");
        assert_eq!(normalize("Café", Options::default()), "café");
        assert_eq!(normalize("Perpustakaan\tKota\n", Options::default()), "perpustakaan kota");
        assert_eq!(normalize("AND", Options { case_sensitive: true, fold_diacritics: false }), "AND");
        assert_eq!(normalize("a\u{1b}[2Jb", Options::default()), "a[2jb");
    }

    proptest::proptest! {
        #[test]
        fn normalising_twice_changes_nothing(text in "\\PC{0,40}|[ \\t\\u{300}-\\u{36f}a-zA-ZİıßÅﬁ０-９]{0,40}", case in proptest::bool::ANY, fold in proptest::bool::ANY) {
            let options = Options { case_sensitive: case, fold_diacritics: fold };
            let once = normalize(&text, options);
            proptest::prop_assert_eq!(normalize(&once, options), once);
        }
    }
}
