//! Licence and copyright exercises: choose a Creative Commons licence from a creator's
//! wishes, decide whether a use is allowed, decide whether works can be combined and under
//! which licence, or work out when a work's protection ends under UU No. 28/2014. The
//! grader computes each answer from the rules (`crate::license`).

use crate::license::{Adaptations, Licence, Term, Use};

/// What the learner is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LicenseTask {
    /// Which licence fits these wishes? `waive`: the creator gives up every right (CC0).
    Choose { adaptations: Adaptations, commercial: bool, waive: bool },
    /// May someone use a work under `licence` this way?
    Use { licence: Licence, use_: Use },
    /// Can these works be combined into one adaptation, and under which licence?
    Combine { works: Vec<Licence> },
    /// The year asked for by the term (see [`Term::answer`]).
    PublicDomain { term: Term, years: Vec<i32> },
}

impl LicenseTask {
    pub const NAMES: [&str; 4] = ["choose", "use", "combine", "public-domain"];
}

/// A licence exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenseSpec {
    pub task: LicenseTask,
}
