//! Creative Commons licences and copyright terms, for the licence exercises.
//!
//! What each licence allows and which licence a combination of two works needs are data,
//! `license/rules.toml` (from the fact base, section 4.3, which mirrors Creative Commons'
//! own charts); the licence chooser and the terms of UU No. 28/2014 (Pasal 58–59) are rules
//! in code with the fact base's worked values as tests.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::text::Localized;

/// CC0 and the six CC licences. CC0 also stands for the public domain when works are
/// combined (Creative Commons' chart merges the two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Licence {
    Cc0,
    By,
    BySa,
    ByNc,
    ByNcSa,
    ByNd,
    ByNcNd,
}

impl Licence {
    pub const ALL: [Licence; 7] = [
        Licence::Cc0,
        Licence::By,
        Licence::BySa,
        Licence::ByNc,
        Licence::ByNcSa,
        Licence::ByNd,
        Licence::ByNcNd,
    ];

    /// The short name of the rules table: `BY-NC-SA`, `CC0`.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Licence::Cc0 => "CC0",
            Licence::By => "BY",
            Licence::BySa => "BY-SA",
            Licence::ByNc => "BY-NC",
            Licence::ByNcSa => "BY-NC-SA",
            Licence::ByNd => "BY-ND",
            Licence::ByNcNd => "BY-NC-ND",
        }
    }

    /// The name people write: `CC BY-NC-SA`, `CC0`.
    #[must_use]
    pub fn name(self) -> String {
        if self == Licence::Cc0 { "CC0".to_string() } else { format!("CC {}", self.key()) }
    }

    /// Reads a licence as people write it: `CC BY-NC-SA 4.0`, `by-nc-sa`, `CC-BY`, `cc0`,
    /// `public domain`, `domain publik`; the elements in any order (`CC BY-SA-NC`).
    #[must_use]
    pub fn parse(text: &str) -> Option<Licence> {
        let lower = text.trim().to_lowercase();
        if matches!(lower.as_str(), "public domain" | "domain publik" | "pd" | "cc0" | "cc0 1.0" | "cc zero")
        {
            return Some(Licence::Cc0);
        }
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && *w != "cc" && !w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        if words.first() != Some(&"by") {
            return None;
        }
        let (mut nc, mut sa, mut nd) = (false, false, false);
        for word in &words[1..] {
            match *word {
                "nc" if !nc => nc = true,
                "sa" if !sa => sa = true,
                "nd" if !nd => nd = true,
                _ => return None,
            }
        }
        Some(match (nc, sa, nd) {
            (false, false, false) => Licence::By,
            (false, true, false) => Licence::BySa,
            (true, false, false) => Licence::ByNc,
            (true, true, false) => Licence::ByNcSa,
            (false, false, true) => Licence::ByNd,
            (true, false, true) => Licence::ByNcNd,
            // SA and ND together mean nothing: adaptations may not be shared at all.
            (_, true, true) => return None,
        })
    }

    #[must_use]
    pub fn non_commercial(self) -> bool {
        matches!(self, Licence::ByNc | Licence::ByNcSa | Licence::ByNcNd)
    }

    #[must_use]
    pub fn share_alike(self) -> bool {
        matches!(self, Licence::BySa | Licence::ByNcSa)
    }

    #[must_use]
    pub fn no_derivatives(self) -> bool {
        matches!(self, Licence::ByNd | Licence::ByNcNd)
    }
}

/// What a creator allows others to do with adaptations, in the licence chooser's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adaptations {
    Yes,
    /// Yes, as long as others share alike.
    ShareAlike,
    No,
}

impl Adaptations {
    #[must_use]
    pub fn parse(text: &str) -> Option<Adaptations> {
        match text {
            "yes" => Some(Adaptations::Yes),
            "share-alike" => Some(Adaptations::ShareAlike),
            "no" => Some(Adaptations::No),
            _ => None,
        }
    }
}

/// The licence Creative Commons' chooser gives for two answers (the fact base, section 4.3).
#[must_use]
pub fn choose(adaptations: Adaptations, commercial: bool) -> Licence {
    match (adaptations, commercial) {
        (Adaptations::Yes, true) => Licence::By,
        (Adaptations::ShareAlike, true) => Licence::BySa,
        (Adaptations::No, true) => Licence::ByNd,
        (Adaptations::Yes, false) => Licence::ByNc,
        (Adaptations::ShareAlike, false) => Licence::ByNcSa,
        (Adaptations::No, false) => Licence::ByNcNd,
    }
}

/// A use of a licensed work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Copy and share it unchanged, not commercially.
    Share,
    /// Share it unchanged, commercially.
    Commercial,
    /// Share an adaptation, not commercially.
    Adapt,
    /// Share an adaptation commercially.
    AdaptCommercial,
}

impl Use {
    pub const NAMES: [&str; 4] = ["share", "commercial", "adapt", "adapt-commercial"];

    #[must_use]
    pub fn parse(text: &str) -> Option<Use> {
        match text {
            "share" => Some(Use::Share),
            "commercial" => Some(Use::Commercial),
            "adapt" => Some(Use::Adapt),
            "adapt-commercial" => Some(Use::AdaptCommercial),
            _ => None,
        }
    }
}

/// What a licence allows, from the rules table: four independent yes/no columns of it.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Permissions {
    pub share: bool,
    pub commercial: bool,
    /// Adaptations may be shared.
    pub adapt: bool,
    /// Shared adaptations must carry the same licence.
    pub share_alike: bool,
}

/// Whether `licence` allows `use_`.
#[must_use]
pub fn allows(licence: Licence, use_: Use) -> bool {
    let Some(p) = rules().permissions.get(&licence) else { return false };
    match use_ {
        Use::Share => p.share,
        Use::Commercial => p.share && p.commercial,
        Use::Adapt => p.adapt,
        Use::AdaptCommercial => p.adapt && p.commercial,
    }
}

/// The licence an adaptation combining works needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combined {
    /// Any licence (only public-domain and CC0 material).
    Any,
    Licence(Licence),
    NotAllowed,
}

/// Combines works into one adaptation, pair by pair with the rules table; the rule that
/// decided it (its id in the table).
#[must_use]
pub fn combine(works: &[Licence]) -> Option<(Combined, String)> {
    let (first, rest) = works.split_first()?;
    let mut result = Combined::Licence(*first);
    let mut rule = String::from("free");
    if rest.is_empty() {
        return None;
    }
    for work in rest {
        let current = match result {
            Combined::Any => Licence::Cc0,
            Combined::Licence(l) => l,
            Combined::NotAllowed => break,
        };
        let (combined, why) = rules().pairs.get(&pair(current, *work))?;
        result = *combined;
        rule.clone_from(why);
    }
    Some((result, rule))
}

/// The text of a rule of the table, in both languages.
#[must_use]
pub fn rule_text(id: &str) -> Option<&'static Localized<String>> {
    rules().rule_texts.get(id)
}

fn pair(a: Licence, b: Licence) -> (Licence, Licence) {
    if a <= b { (a, b) } else { (b, a) }
}

/// The rules table, read once.
#[derive(Debug, Default)]
struct Rules {
    permissions: HashMap<Licence, Permissions>,
    pairs: HashMap<(Licence, Licence), (Combined, String)>,
    rule_texts: HashMap<String, Localized<String>>,
}

#[derive(Deserialize)]
struct RawRules {
    licence: Vec<RawLicence>,
    rule: Vec<RawRule>,
    pair: Vec<RawPair>,
}

#[derive(Deserialize)]
struct RawLicence {
    name: String,
    #[serde(flatten)]
    permissions: Permissions,
}

#[derive(Deserialize)]
struct RawRule {
    id: String,
    text: RawText,
}

#[derive(Deserialize)]
struct RawText {
    id: String,
    en: String,
}

#[derive(Deserialize)]
struct RawPair {
    works: [String; 2],
    result: String,
    rule: String,
}

const RULES: &str = include_str!("license/rules.toml");

/// The table; empty if it cannot be read, which the tests below rule out.
fn rules() -> &'static Rules {
    static TABLE: OnceLock<Rules> = OnceLock::new();
    TABLE.get_or_init(|| read_rules(RULES).unwrap_or_default())
}

fn read_rules(text: &str) -> Option<Rules> {
    let raw: RawRules = toml::from_str(text).ok()?;
    let licence = |name: &str| Licence::ALL.into_iter().find(|l| l.key() == name);
    let mut rules = Rules::default();
    for l in raw.licence {
        rules.permissions.insert(licence(&l.name)?, l.permissions);
    }
    for r in raw.rule {
        rules.rule_texts.insert(r.id, Localized::Both { id: r.text.id, en: r.text.en });
    }
    for p in raw.pair {
        let result = match p.result.as_str() {
            "ANY" => Combined::Any,
            "X" => Combined::NotAllowed,
            name => Combined::Licence(licence(name)?),
        };
        if !rules.rule_texts.contains_key(&p.rule) {
            return None;
        }
        rules.pairs.insert(pair(licence(&p.works[0])?, licence(&p.works[1])?), (result, p.rule));
    }
    Some(rules)
}

/// How long a work is protected under UU No. 28/2014.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// Pasal 58(1)–(2): the life of the (last surviving) author and 70 years, counted from
    /// 1 January of the year after the death.
    LifePlus70,
    /// Pasal 58(3), 59(1), 60(2)–(3): 50 years from first announcement.
    AnnouncementPlus50,
    /// Pasal 59(2), applied art: 25 years from first announcement.
    AnnouncementPlus25,
}

impl Term {
    pub const NAMES: [&str; 3] = ["life+70", "announcement+50", "announcement+25"];

    #[must_use]
    pub fn parse(text: &str) -> Option<Term> {
        match text {
            "life+70" => Some(Term::LifePlus70),
            "announcement+50" => Some(Term::AnnouncementPlus50),
            "announcement+25" => Some(Term::AnnouncementPlus25),
            _ => None,
        }
    }

    /// The year asked for: for a life term, the first year in the public domain (an author
    /// who died in 1980: protected through 31 December 2050, public domain from 1 January
    /// 2051); for an announcement term, the last year of protection, since the law does not
    /// say from which day those are counted (the fact base asks for years there).
    #[must_use]
    pub fn answer(self, years: &[i32]) -> Option<i32> {
        match self {
            Term::LifePlus70 => years.iter().max().map(|y| y + 71),
            Term::AnnouncementPlus50 => years.first().map(|y| y + 50),
            Term::AnnouncementPlus25 => years.first().map(|y| y + 25),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fact base's machine-readable Table A (section 4.3), every unordered pair.
    const TABLE_A: &str = "CC0+CC0=ANY  CC0+BY=BY  CC0+BY-SA=BY-SA  CC0+BY-NC=BY-NC  CC0+BY-NC-SA=BY-NC-SA  CC0+BY-ND=X  CC0+BY-NC-ND=X
        BY+BY=BY  BY+BY-SA=BY-SA  BY+BY-NC=BY-NC  BY+BY-NC-SA=BY-NC-SA  BY+BY-ND=X  BY+BY-NC-ND=X
        BY-SA+BY-SA=BY-SA  BY-SA+BY-NC=X  BY-SA+BY-NC-SA=X  BY-SA+BY-ND=X  BY-SA+BY-NC-ND=X
        BY-NC+BY-NC=BY-NC  BY-NC+BY-NC-SA=BY-NC-SA  BY-NC+BY-ND=X  BY-NC+BY-NC-ND=X
        BY-NC-SA+BY-NC-SA=BY-NC-SA  BY-NC-SA+BY-ND=X  BY-NC-SA+BY-NC-ND=X
        BY-ND+BY-ND=X  BY-ND+BY-NC-ND=X  BY-NC-ND+BY-NC-ND=X";

    fn licence(key: &str) -> Licence {
        Licence::ALL.into_iter().find(|l| l.key() == key).expect(key)
    }

    #[test]
    fn the_rules_table_reads_and_is_complete() {
        let rules = read_rules(RULES).expect("the rules table reads");
        assert_eq!(rules.permissions.len(), 7);
        assert_eq!(rules.pairs.len(), 28, "every unordered pair of seven licences");
    }

    #[test]
    fn every_cell_of_the_compatibility_table_matches_the_fact_base() {
        let mut cells = 0;
        for cell in TABLE_A.split_whitespace() {
            let (works, result) = cell.split_once('=').expect("A+B=R");
            let (a, b) = works.split_once('+').expect("A+B");
            let expected = match result {
                "ANY" => Combined::Any,
                "X" => Combined::NotAllowed,
                r => Combined::Licence(licence(r)),
            };
            // Both orders: the table is symmetric.
            for (x, y) in [(a, b), (b, a)] {
                let (combined, _) = combine(&[licence(x), licence(y)]).expect("in the table");
                assert_eq!(combined, expected, "{x} + {y}");
            }
            cells += 1;
        }
        assert_eq!(cells, 28);
    }

    #[test]
    fn the_rules_behind_the_table() {
        for a in Licence::ALL {
            for b in Licence::ALL {
                let (combined, rule) = combine(&[a, b]).expect("in the table");
                if a.no_derivatives() || b.no_derivatives() {
                    assert_eq!((combined, rule.as_str()), (Combined::NotAllowed, "no-derivatives"));
                } else if let Combined::Licence(result) = combined {
                    // The result carries every restriction of its sources.
                    assert_eq!(result.non_commercial(), a.non_commercial() || b.non_commercial());
                    assert_eq!(result.share_alike(), a.share_alike() || b.share_alike());
                }
            }
        }
    }

    #[test]
    fn the_permissions_table() {
        // (share, commercial, adapt, adapt commercially) per licence, as in the fact base.
        let expected = [
            ("CC0", [true, true, true, true]),
            ("BY", [true, true, true, true]),
            ("BY-SA", [true, true, true, true]),
            ("BY-NC", [true, false, true, false]),
            ("BY-NC-SA", [true, false, true, false]),
            ("BY-ND", [true, true, false, false]),
            ("BY-NC-ND", [true, false, false, false]),
        ];
        for (key, allowed) in expected {
            let uses = [Use::Share, Use::Commercial, Use::Adapt, Use::AdaptCommercial];
            for (use_, want) in uses.into_iter().zip(allowed) {
                assert_eq!(allows(licence(key), use_), want, "{key} {use_:?}");
            }
        }
    }

    #[test]
    fn the_licence_chooser() {
        assert_eq!(choose(Adaptations::ShareAlike, false), Licence::ByNcSa);
        assert_eq!(choose(Adaptations::Yes, true), Licence::By);
        assert_eq!(choose(Adaptations::No, true), Licence::ByNd);
        assert_eq!(choose(Adaptations::No, false), Licence::ByNcNd);
    }

    #[test]
    fn licences_are_read_as_people_write_them() {
        assert_eq!(Licence::parse("CC BY-NC-SA 4.0"), Some(Licence::ByNcSa));
        assert_eq!(Licence::parse("by-sa-nc"), Some(Licence::ByNcSa));
        assert_eq!(Licence::parse("CC-BY"), Some(Licence::By));
        assert_eq!(Licence::parse("domain publik"), Some(Licence::Cc0));
        assert_eq!(Licence::parse("CC BY-SA-ND"), None);
        assert_eq!(Licence::parse("GPL"), None);
        assert_eq!(Licence::parse("BY NC NC"), None);
    }

    #[test]
    fn terms_of_the_copyright_law() {
        // The fact base's examples (section 4.6): died 1980 → public domain in 2051; joint
        // authors who died in 1990 and 2001 → 2072 (protected through 2071); a photograph
        // first published in 2000 → protected through 2050.
        assert_eq!(Term::LifePlus70.answer(&[1980]), Some(2051));
        assert_eq!(Term::LifePlus70.answer(&[1990, 2001]), Some(2072));
        assert_eq!(Term::AnnouncementPlus50.answer(&[2000]), Some(2050));
        assert_eq!(Term::AnnouncementPlus25.answer(&[2000]), Some(2025));
    }
}
