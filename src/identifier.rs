//! Standard identifiers of publications: ISBN-10, ISBN-13 and ISSN check digits (the
//! algorithms of ISO 2108 and ISO 3297, as the curriculum's fact base gives them, with its
//! worked values as tests), conversion between ISBN-10 and ISBN-13, and DOIs written as
//! URLs (ISO 26324, Crossref's display guidelines and the DOI Handbook's encoding rules).

pub mod doi;

use std::fmt;

/// A numbering scheme with a check digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Isbn10,
    Isbn13,
    Issn,
}

impl Scheme {
    pub const ALL: [Scheme; 3] = [Scheme::Isbn10, Scheme::Isbn13, Scheme::Issn];

    /// The name written in exercise files.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Isbn10 => "isbn10",
            Scheme::Isbn13 => "isbn13",
            Scheme::Issn => "issn",
        }
    }

    #[must_use]
    pub fn parse(name: &str) -> Option<Scheme> {
        Scheme::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The name people write: "ISBN-10".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Scheme::Isbn10 => "ISBN-10",
            Scheme::Isbn13 => "ISBN-13",
            Scheme::Issn => "ISSN",
        }
    }

    /// Digits including the check digit.
    #[must_use]
    #[allow(clippy::len_without_is_empty)] // a scheme's length is never zero
    pub fn len(self) -> usize {
        match self {
            Scheme::Isbn10 => 10,
            Scheme::Isbn13 => 13,
            Scheme::Issn => 8,
        }
    }

    /// The weight of each digit before the check digit.
    fn weights(self) -> Vec<u32> {
        match self {
            // 10, 9, …, 2
            Scheme::Isbn10 => (2..=10).rev().collect(),
            // 1, 3, 1, 3, …
            Scheme::Isbn13 => (0..12).map(|i| if i % 2 == 0 { 1 } else { 3 }).collect(),
            // 8, 7, …, 2
            Scheme::Issn => (2..=8).rev().collect(),
        }
    }

    fn modulus(self) -> u32 {
        if self == Scheme::Isbn13 { 10 } else { 11 }
    }
}

/// How a check digit is computed, step by step, for feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Working {
    pub scheme: Scheme,
    /// Each digit times its weight.
    pub products: Vec<u32>,
    pub sum: u32,
    pub modulus: u32,
    /// `sum mod modulus`.
    pub remainder: u32,
    pub check: CheckDigit,
}

/// A check digit: 0–9, or X (ten) in the mod-11 schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckDigit(pub u32);

impl fmt::Display for CheckDigit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 == 10 { f.write_str("X") } else { write!(f, "{}", self.0) }
    }
}

impl CheckDigit {
    /// Reads `0`–`9`, or `X`/`x` for ten.
    #[must_use]
    pub fn parse(c: char) -> Option<CheckDigit> {
        match c {
            'X' | 'x' => Some(CheckDigit(10)),
            _ => c.to_digit(10).map(CheckDigit),
        }
    }
}

/// The characters of an identifier without spaces and hyphens (any dash), upper case.
#[must_use]
pub fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—'))
        .flat_map(char::to_uppercase)
        .collect()
}

/// The check digit for the digits before it (`digits` must have `scheme.len() - 1` digits).
#[must_use]
pub fn working(scheme: Scheme, digits: &[u32]) -> Option<Working> {
    let weights = scheme.weights();
    if digits.len() != weights.len() || digits.iter().any(|d| *d > 9) {
        return None;
    }
    let products: Vec<u32> = digits.iter().zip(&weights).map(|(d, w)| d * w).collect();
    let sum = products.iter().sum::<u32>();
    let modulus = scheme.modulus();
    let remainder = sum % modulus;
    let check = CheckDigit((modulus - remainder) % modulus);
    Some(Working { scheme, products, sum, modulus, remainder, check })
}

/// The digits of `text` (compacted) before the check digit, if it has the right number of
/// digits for `scheme`, and the check digit written (`None` for `?` or a missing one).
#[must_use]
pub fn split(scheme: Scheme, text: &str) -> Option<(Vec<u32>, Option<CheckDigit>)> {
    let compact = compact(text);
    let chars: Vec<char> = compact.chars().collect();
    let body_len = scheme.len() - 1;
    if chars.len() != body_len && chars.len() != scheme.len() {
        return None;
    }
    let digits: Option<Vec<u32>> = chars[..body_len].iter().map(|c| c.to_digit(10)).collect();
    let check = match chars.get(body_len) {
        None | Some('?') => None,
        Some(c) => {
            let check = CheckDigit::parse(*c)?;
            // X only in the mod-11 schemes.
            if check.0 == 10 && scheme == Scheme::Isbn13 {
                return None;
            }
            Some(check)
        }
    };
    Some((digits?, check))
}

/// Whether `text` is a valid identifier of `scheme` (hyphens and spaces ignored).
#[must_use]
pub fn is_valid(scheme: Scheme, text: &str) -> bool {
    match split(scheme, text) {
        Some((digits, Some(check))) => working(scheme, &digits).is_some_and(|w| w.check == check),
        _ => false,
    }
}

/// ISBN-10 → ISBN-13: prefix 978, drop the old check digit, compute the new one.
#[must_use]
pub fn isbn10_to_13(isbn10: &str) -> Option<String> {
    if !is_valid(Scheme::Isbn10, isbn10) {
        return None;
    }
    let (digits, _) = split(Scheme::Isbn10, isbn10)?;
    let mut body = vec![9, 7, 8];
    body.extend(digits);
    let check = working(Scheme::Isbn13, &body)?.check;
    Some(body.iter().map(ToString::to_string).collect::<String>() + &check.to_string())
}

/// ISBN-13 → ISBN-10, for ISBNs with the prefix 978 (those with 979 have no ISBN-10).
#[must_use]
pub fn isbn13_to_10(isbn13: &str) -> Option<String> {
    if !is_valid(Scheme::Isbn13, isbn13) {
        return None;
    }
    let (digits, _) = split(Scheme::Isbn13, isbn13)?;
    if digits[..3] != [9, 7, 8] {
        return None;
    }
    let body = &digits[3..];
    let check = working(Scheme::Isbn10, body)?.check;
    Some(body.iter().map(ToString::to_string).collect::<String>() + &check.to_string())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn check(scheme: Scheme, text: &str) -> String {
        let (digits, _) = split(scheme, text).expect("well formed");
        working(scheme, &digits).expect("digits").check.to_string()
    }

    /// The worked values of the fact base (section 3.2).
    #[test]
    fn the_worked_examples_of_the_fact_base() {
        assert_eq!(check(Scheme::Isbn10, "0-06-251587-?"), "X");
        assert_eq!(working(Scheme::Isbn10, &[0, 0, 6, 2, 5, 1, 5, 8, 7]).expect("9 digits").sum, 155);
        assert_eq!(check(Scheme::Isbn10, "979-3062-79-?"), "7");
        assert_eq!(check(Scheme::Isbn13, "978-602-6344-24-?"), "3");
        assert_eq!(working(Scheme::Isbn13, &[9, 7, 8, 6, 0, 2, 6, 3, 4, 4, 2, 4]).expect("12").sum, 107);
        assert_eq!(isbn10_to_13("979-3062-79-7").as_deref(), Some("9789793062792"));
        assert_eq!(check(Scheme::Issn, "0317-847?"), "1");
        assert_eq!(check(Scheme::Issn, "2303-267?"), "7");
        assert_eq!(check(Scheme::Issn, "1758-678?"), "X");
        assert!(is_valid(Scheme::Issn, "1758-678x"));
        assert!(is_valid(Scheme::Isbn13, "978-602-8519-93-9"));
    }

    #[test]
    fn conversions_go_both_ways_and_979_has_no_isbn10() {
        assert_eq!(isbn13_to_10("978-979-3062-79-2").as_deref(), Some("9793062797"));
        assert_eq!(isbn13_to_10("979-10-90636-07-1"), None);
        assert_eq!(isbn10_to_13("979-3062-79-8"), None);
    }

    #[test]
    fn malformed_input_is_refused_not_misread() {
        assert!(split(Scheme::Isbn10, "12345").is_none());
        assert!(split(Scheme::Isbn13, "978-602-6344-24-X").is_none());
        assert!(!is_valid(Scheme::Isbn10, "0-06-251587-?"));
        assert!(!is_valid(Scheme::Issn, "abcd-efgh"));
    }

    fn body(scheme: Scheme) -> impl Strategy<Value = Vec<u32>> {
        proptest::collection::vec(0..10u32, scheme.len() - 1)
    }

    fn written(scheme: Scheme, digits: &[u32]) -> Vec<u32> {
        let mut all = digits.to_vec();
        all.push(working(scheme, digits).expect("digits").check.0);
        all
    }

    fn text(digits: &[u32]) -> String {
        digits.iter().map(|d| CheckDigit(*d).to_string()).collect()
    }

    proptest! {
        #[test]
        fn a_computed_check_digit_makes_a_valid_identifier(scheme in proptest::sample::select(Scheme::ALL.to_vec()), seed in body(Scheme::Isbn13)) {
            let digits = &seed[..scheme.len() - 1];
            prop_assert!(is_valid(scheme, &text(&written(scheme, digits))));
        }

        #[test]
        fn every_single_digit_error_is_noticed(scheme in proptest::sample::select(Scheme::ALL.to_vec()), seed in body(Scheme::Isbn13), at in 0..13usize, new in 0..11u32) {
            let mut all = written(scheme, &seed[..scheme.len() - 1]);
            let at = at % all.len();
            // X (ten) only as an ISBN-10 or ISSN check digit.
            let new = if at + 1 == all.len() && scheme != Scheme::Isbn13 { new } else { new % 10 };
            prop_assume!(all[at] != new);
            all[at] = new;
            prop_assert!(!is_valid(scheme, &text(&all)));
        }

        #[test]
        fn swapping_two_digits_is_noticed_in_the_mod_11_schemes(scheme in proptest::sample::select(vec![Scheme::Isbn10, Scheme::Issn]), seed in body(Scheme::Isbn13), a in 0..13usize, b in 0..13usize) {
            let mut all = written(scheme, &seed[..scheme.len() - 1]);
            let (a, b) = (a % all.len(), b % all.len());
            prop_assume!(all[a] != all[b]);
            all.swap(a, b);
            prop_assert!(!is_valid(scheme, &text(&all)));
        }

        /// ISBN-13 notices a swap of neighbours unless they differ by 5 (the fact base, §3.2).
        #[test]
        fn isbn13_misses_only_neighbour_swaps_that_differ_by_five(seed in body(Scheme::Isbn13), at in 0..12usize) {
            let mut all = written(Scheme::Isbn13, &seed);
            prop_assume!(all[at] != all[at + 1]);
            let differ_by_five = all[at].abs_diff(all[at + 1]) == 5;
            all.swap(at, at + 1);
            prop_assert_eq!(is_valid(Scheme::Isbn13, &text(&all)), differ_by_five);
        }

        #[test]
        fn converting_to_isbn13_and_back_gives_the_isbn10(seed in body(Scheme::Isbn10)) {
            let isbn10 = text(&written(Scheme::Isbn10, &seed));
            let isbn13 = isbn10_to_13(&isbn10).expect("valid ISBN-10");
            prop_assert!(is_valid(Scheme::Isbn13, &isbn13));
            prop_assert_eq!(isbn13_to_10(&isbn13), Some(isbn10));
        }

        #[test]
        fn no_input_panics(text in "\\PC{0,20}") {
            for scheme in Scheme::ALL {
                let _ = is_valid(scheme, &text);
            }
            let _ = isbn10_to_13(&text);
            let _ = isbn13_to_10(&text);
        }
    }
}
