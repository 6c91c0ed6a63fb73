//! Words to search by: normalised as the catalogue search does (case, accents, Unicode
//! forms), then stemmed, so "pencarian", "mencari" and "cari", or "searching" and "search",
//! meet. Indonesian uses the Snowball Indonesian stemmer (the common prefixes me-, di-, ber-,
//! ter-, pe-, ke- and suffixes -kan, -an, -i, -nya, -lah, -kah); English uses Porter2.
//!
//! A question's language is not known, so its words are stemmed both ways and either form
//! may match; a passage is stemmed in its own language only.

use waken_snowball::{Algorithm, stem};

use crate::lang::Lang;

/// Words too common to say anything about a question: they would only add noise to the
/// ranking ("apa itu DOI?" is about "DOI").
const STOP_WORDS: &[&str] = &[
    // Indonesian
    "apa",
    "itu",
    "ini",
    "yang",
    "dan",
    "atau",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "pada",
    "adalah",
    "bagaimana",
    "cara",
    "siapa",
    "kapan",
    "mengapa",
    "kenapa",
    "berapa",
    "saya",
    "anda",
    "kita",
    "bisa",
    "dapat",
    "ada",
    "tidak",
    "juga",
    "akan",
    "sebuah",
    "suatu",
    "para",
    "oleh",
    "sebagai",
    "dalam",
    "agar",
    "supaya",
    "jika",
    "bila",
    "apakah",
    // English
    "what",
    "is",
    "are",
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "for",
    "and",
    "or",
    "how",
    "do",
    "does",
    "can",
    "i",
    "you",
    "we",
    "my",
    "it",
    "this",
    "that",
    "with",
    "by",
    "be",
    "which",
    "who",
    "when",
    "why",
    "as",
    "at",
];

/// Whether `word` (one word, any case) is too common to search by.
#[must_use]
pub fn is_stop_word(word: &str) -> bool {
    let lower = word.trim().to_lowercase();
    STOP_WORDS.contains(&lower.as_str())
}

/// The stems of a passage written in `lang`.
#[must_use]
pub fn passage_stems(text: &str, lang: Lang) -> Vec<String> {
    words(text).map(|w| stem_in(&w, lang)).collect()
}

/// The stems a question's words may take, in either language, without stop words.
#[must_use]
pub fn question_stems(text: &str) -> Vec<String> {
    let mut stems = Vec::new();
    for word in words(text).filter(|w| !STOP_WORDS.contains(&w.as_str())) {
        for lang in Lang::ALL {
            let stemmed = stem_in(&word, lang);
            if !stems.contains(&stemmed) {
                stems.push(stemmed);
            }
        }
    }
    stems
}

fn words(text: &str) -> impl Iterator<Item = String> {
    crate::search::query::words_of(text).into_iter().map(|w| w.replace('*', "")).filter(|w| !w.is_empty())
}

/// `word` (one normalised word) stemmed by the Snowball algorithm of `lang`.
#[must_use]
pub fn stem_in(word: &str, lang: Lang) -> String {
    let algorithm = match lang {
        Lang::Id => Algorithm::Indonesian,
        Lang::En => Algorithm::English,
    };
    stem(algorithm, word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_affixes_and_english_endings_come_off() {
        assert_eq!(
            passage_stems("Pencarian perpustakaan membaca informasinya", Lang::Id),
            ["cari", "pustaka", "baca", "informasi"]
        );
        assert_eq!(passage_stems("Searching libraries", Lang::En), ["search", "librari"]);
    }

    #[test]
    fn a_question_is_stemmed_both_ways_without_stop_words() {
        let stems = question_stems("Apa itu pencarian?");
        assert!(stems.contains(&"cari".to_string()), "{stems:?}");
        assert!(!stems.iter().any(|s| s == "apa" || s == "itu"), "{stems:?}");
        assert!(question_stems("what is the").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_stems_without_panicking(text in "\\PC{0,80}") {
            let _ = passage_stems(&text, Lang::Id);
            let _ = passage_stems(&text, Lang::En);
            for stem in question_stems(&text) {
                proptest::prop_assert!(!stem.is_empty());
            }
        }
    }
}
