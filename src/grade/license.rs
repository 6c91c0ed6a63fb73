//! Licence and copyright exercises, graded from the rules: the chooser's mapping, the
//! permissions and compatibility tables (data, `license/rules.toml`), and the terms of
//! UU No. 28/2014. The feedback cites the rule, right or wrong.

use super::{Feedback, Note, Verdict};
use crate::exercise::{LicenseSpec, LicenseTask};
use crate::license::{self, Adaptations, Combined, Licence, Term, Use};

/// What the learner is told about a licence answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LicenceNote {
    /// The answer is not a licence name.
    NotALicence,
    /// Choose: the answer allows commercial use the creator does not want, or forbids it.
    NeedsNc(bool),
    /// Choose: what the answer does with adaptations does not fit the creator's wish.
    Adaptations(Adaptations),
    /// Choose: giving up every right is CC0.
    Waive,
    /// Choose: the chooser's two questions and the licence they give.
    Chosen(Licence),
    /// Use: the answer is not yes or no.
    SayYesOrNo,
    /// Use: why the licence allows or forbids the use.
    UseRule { licence: Licence, use_: Use, allowed: bool },
    /// Combine: the rule of the compatibility table that decides it.
    Rule(String),
    /// Combine: the least restrictive licence allowed was not the one given.
    CombinedIs(Combined),
    /// Public domain: the answer is not a year.
    NotAYear,
    /// Public domain: the last year of protection was given, not the first free one.
    LastProtectedYear,
    /// Public domain: counted from the first author's death, not the last.
    FirstAuthor,
    /// Public domain: life + 50, the rule of the old law.
    OldLaw,
    /// Public domain: the term, with the article of the law.
    TermRule(Term),
}

pub fn grade(spec: &LicenseSpec, answer: &str) -> Verdict {
    if answer.trim().is_empty() {
        return Verdict::wrong(Note::Empty);
    }
    let (correct, notes) = match &spec.task {
        LicenseTask::Choose { adaptations, commercial, waive } => {
            choose(*adaptations, *commercial, *waive, answer)
        }
        LicenseTask::Use { licence, use_ } => use_allowed(*licence, *use_, answer),
        LicenseTask::Combine { works } => combine(works, answer),
        LicenseTask::PublicDomain { term, years } => public_domain(*term, years, answer),
    };
    let feedback = notes.into_iter().map(|n| Feedback::Note(Note::Licence(n))).collect();
    Verdict::new(if correct { 1.0 } else { 0.0 }, correct, feedback)
}

/// The facts of the task shown under the prompt: the licence and the use, or the licences
/// of the works to combine.
#[must_use]
pub fn shown(spec: &LicenseSpec, lang: crate::lang::Lang) -> Option<String> {
    use crate::i18n::Msg;
    match &spec.task {
        LicenseTask::Use { licence, use_ } => {
            Some(Msg::LicenceUseShown.fill(lang, &[&licence.name(), &use_name(*use_, lang)]))
        }
        LicenseTask::Combine { works } => {
            let names: Vec<String> = works.iter().map(|l| l.name()).collect();
            Some(Msg::LicenceWorksShown.fill(lang, &[&names.join(" + ")]))
        }
        LicenseTask::Choose { .. } | LicenseTask::PublicDomain { .. } => None,
    }
}

/// A use in words.
#[must_use]
pub fn use_name(use_: Use, lang: crate::lang::Lang) -> String {
    use crate::i18n::Msg;
    match use_ {
        Use::Share => Msg::UseShare,
        Use::Commercial => Msg::UseCommercial,
        Use::Adapt => Msg::UseAdapt,
        Use::AdaptCommercial => Msg::UseAdaptCommercial,
    }
    .text(lang)
    .to_string()
}

/// The expected answer, for a learner who ran out of attempts.
#[must_use]
pub fn key(spec: &LicenseSpec) -> String {
    match &spec.task {
        LicenseTask::Choose { waive: true, .. } => Licence::Cc0.name(),
        LicenseTask::Choose { adaptations, commercial, .. } => {
            license::choose(*adaptations, *commercial).name()
        }
        LicenseTask::Use { licence, use_ } => license::allows(*licence, *use_).to_string(),
        LicenseTask::Combine { works } => match license::combine(works) {
            Some((Combined::Licence(l), _)) => l.name(),
            Some((Combined::Any, _)) => "CC0".to_string(),
            _ => "no".to_string(),
        },
        LicenseTask::PublicDomain { term, years } => {
            term.answer(years).map(|y| y.to_string()).unwrap_or_default()
        }
    }
}

fn choose(adaptations: Adaptations, commercial: bool, waive: bool, answer: &str) -> (bool, Vec<LicenceNote>) {
    let Some(given) = Licence::parse(answer) else { return (false, vec![LicenceNote::NotALicence]) };
    let expected = if waive { Licence::Cc0 } else { license::choose(adaptations, commercial) };
    if given == expected {
        return (true, vec![if waive { LicenceNote::Waive } else { LicenceNote::Chosen(expected) }]);
    }
    if waive || given == Licence::Cc0 {
        return (false, vec![LicenceNote::Waive]);
    }
    let mut notes = Vec::new();
    if given.non_commercial() != expected.non_commercial() {
        notes.push(LicenceNote::NeedsNc(expected.non_commercial()));
    }
    if given.share_alike() != expected.share_alike() || given.no_derivatives() != expected.no_derivatives() {
        notes.push(LicenceNote::Adaptations(adaptations));
    }
    (false, notes)
}

/// Words for yes and no in both languages.
fn yes_or_no(answer: &str) -> Option<bool> {
    let answer = answer.trim().to_lowercase();
    match answer.trim_end_matches(['.', '!']) {
        "yes" | "ya" | "boleh" | "allowed" | "diizinkan" | "bisa" | "true" => Some(true),
        "no" | "tidak" | "tidak boleh" | "not allowed" | "tidak diizinkan" | "tidak bisa" | "false" => {
            Some(false)
        }
        _ => None,
    }
}

fn use_allowed(licence: Licence, use_: Use, answer: &str) -> (bool, Vec<LicenceNote>) {
    let Some(said) = yes_or_no(answer) else { return (false, vec![LicenceNote::SayYesOrNo]) };
    let allowed = license::allows(licence, use_);
    (said == allowed, vec![LicenceNote::UseRule { licence, use_, allowed }])
}

fn combine(works: &[Licence], answer: &str) -> (bool, Vec<LicenceNote>) {
    let Some((combined, rule)) = license::combine(works) else { return (false, Vec::new()) };
    let said_no = yes_or_no(answer) == Some(false) || matches!(answer.trim(), "X" | "x" | "-");
    let right = match combined {
        Combined::NotAllowed => said_no,
        Combined::Any => Licence::parse(answer).is_some(),
        Combined::Licence(l) => Licence::parse(answer) == Some(l),
    };
    if right {
        return (true, vec![LicenceNote::Rule(rule)]);
    }
    if !said_no && Licence::parse(answer).is_none() {
        return (false, vec![LicenceNote::NotALicence]);
    }
    // The rule explains it; the licence itself stays for the learner to find, unless the
    // learner said it cannot be done when it can.
    let mut notes = vec![LicenceNote::Rule(rule)];
    if said_no && combined != Combined::NotAllowed {
        notes.push(LicenceNote::CombinedIs(Combined::Any));
    }
    (false, notes)
}

fn public_domain(term: Term, years: &[i32], answer: &str) -> (bool, Vec<LicenceNote>) {
    let Some(expected) = term.answer(years) else { return (false, Vec::new()) };
    let Ok(given) = answer.trim().trim_end_matches('.').parse::<i32>() else {
        return (false, vec![LicenceNote::NotAYear]);
    };
    if given == expected {
        return (true, vec![LicenceNote::TermRule(term)]);
    }
    let mut notes = Vec::new();
    if term == Term::LifePlus70 {
        let last = years.iter().max().copied().unwrap_or_default();
        let first = years.iter().min().copied().unwrap_or_default();
        if given == last + 70 {
            notes.push(LicenceNote::LastProtectedYear);
        } else if years.len() > 1 && (given == first + 71 || given == first + 70) {
            notes.push(LicenceNote::FirstAuthor);
        } else if given == last + 50 || given == last + 51 {
            notes.push(LicenceNote::OldLaw);
        }
    }
    notes.push(LicenceNote::TermRule(term));
    (false, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(task: LicenseTask, answer: &str) -> (bool, Vec<LicenceNote>) {
        let verdict = grade(&LicenseSpec { task }, answer);
        let notes = verdict
            .feedback
            .iter()
            .filter_map(|f| match f {
                Feedback::Note(Note::Licence(n)) => Some(n.clone()),
                _ => None,
            })
            .collect();
        (verdict.correct, notes)
    }

    #[test]
    fn choosing_names_what_does_not_fit() {
        let task =
            LicenseTask::Choose { adaptations: Adaptations::ShareAlike, commercial: false, waive: false };
        assert_eq!(run(task.clone(), "CC BY-NC-SA 4.0"), (true, vec![LicenceNote::Chosen(Licence::ByNcSa)]));
        assert_eq!(run(task.clone(), "CC BY-SA"), (false, vec![LicenceNote::NeedsNc(true)]));
        assert_eq!(
            run(task.clone(), "CC BY"),
            (false, vec![LicenceNote::NeedsNc(true), LicenceNote::Adaptations(Adaptations::ShareAlike)])
        );
        assert_eq!(run(task, "MIT"), (false, vec![LicenceNote::NotALicence]));
        let waive = LicenseTask::Choose { adaptations: Adaptations::Yes, commercial: true, waive: true };
        assert!(run(waive.clone(), "CC0").0);
        assert_eq!(run(waive, "CC BY"), (false, vec![LicenceNote::Waive]));
    }

    #[test]
    fn uses_are_decided_by_the_permissions_table() {
        let task = LicenseTask::Use { licence: Licence::ByNc, use_: Use::Commercial };
        assert!(run(task.clone(), "tidak boleh").0);
        assert!(!run(task.clone(), "yes").0);
        assert_eq!(run(task, "maybe").1, [LicenceNote::SayYesOrNo]);
        assert!(run(LicenseTask::Use { licence: Licence::ByNd, use_: Use::Share }, "boleh").0);
    }

    #[test]
    fn combining_cites_the_rule_of_the_table() {
        let conflict = LicenseTask::Combine { works: vec![Licence::BySa, Licence::ByNc] };
        assert_eq!(
            run(conflict.clone(), "tidak bisa"),
            (true, vec![LicenceNote::Rule("share-alike-no-nc".into())])
        );
        assert_eq!(
            run(conflict, "CC BY-NC-SA"),
            (false, vec![LicenceNote::Rule("share-alike-no-nc".into())])
        );
        let fine = LicenseTask::Combine { works: vec![Licence::By, Licence::ByNcSa] };
        assert!(run(fine.clone(), "BY-NC-SA").0);
        assert_eq!(
            run(fine, "no"),
            (
                false,
                vec![LicenceNote::Rule("restrictions-carry".into()), LicenceNote::CombinedIs(Combined::Any)]
            )
        );
        assert!(run(LicenseTask::Combine { works: vec![Licence::Cc0, Licence::Cc0] }, "CC BY").0);
    }

    #[test]
    fn public_domain_years_and_the_usual_slips() {
        let one = LicenseTask::PublicDomain { term: Term::LifePlus70, years: vec![1980] };
        assert!(run(one.clone(), "2051").0);
        assert_eq!(
            run(one.clone(), "2050").1,
            [LicenceNote::LastProtectedYear, LicenceNote::TermRule(Term::LifePlus70)]
        );
        assert_eq!(
            run(one.clone(), "2031").1,
            [LicenceNote::OldLaw, LicenceNote::TermRule(Term::LifePlus70)]
        );
        assert_eq!(run(one, "tahun depan").1, [LicenceNote::NotAYear]);
        let joint = LicenseTask::PublicDomain { term: Term::LifePlus70, years: vec![1990, 2001] };
        assert!(run(joint.clone(), "2072").0);
        assert_eq!(run(joint, "2061").1, [LicenceNote::FirstAuthor, LicenceNote::TermRule(Term::LifePlus70)]);
        assert!(
            run(LicenseTask::PublicDomain { term: Term::AnnouncementPlus50, years: vec![2000] }, "2050").0
        );
    }
}
