//! "Did you mean …?": the close match for a mistyped key, id or kind.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(&word, &candidate.to_lowercase()), candidate))
        .filter(|(distance, candidate)| {
            *distance <= 2.max(candidate.chars().count() / 3) && *distance < candidate.chars().count()
        })
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, candidate)| candidate)
}

/// "`a`, `b`, `c`".
pub fn quoted_list(items: &[&str]) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["title", "minutes", "objectives", "id"];
        assert_eq!(did_you_mean("titel", keys), Some("title"));
        assert_eq!(did_you_mean("Minuts", keys), Some("minutes"));
        assert_eq!(did_you_mean("objective", keys), Some("objectives"));
        assert_eq!(did_you_mean("colour", keys), None);
        // A two-letter key is not "close" to another two-letter key.
        assert_eq!(did_you_mean("en", keys), None);
    }
}
