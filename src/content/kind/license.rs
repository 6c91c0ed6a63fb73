//! `kind = "license"`: the task and the keys it needs — `choose` (`adaptations`,
//! `commercial`, or `waive`), `use` (`license`, `use`), `combine` (`works`),
//! `public-domain` (`term`, `years`).

use std::ops::Range;

use crate::content::spanned::Spanned;

use super::super::raw::RawLicense;
use crate::diagnostic::{Code, Diagnostic, SourceFile};
use crate::exercise::{ExerciseKind, LicenseSpec, LicenseTask};
use crate::license::{Adaptations, Licence, Term, Use};
use crate::suggest::{did_you_mean, quoted_list};

pub fn read(
    file: &SourceFile,
    raw: &RawLicense,
    span: Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<ExerciseKind> {
    let task_name = raw.task.get_ref().as_str();
    // Each task's own keys; a key of another task is a mistake worth naming.
    let (task, own): (Option<LicenseTask>, &[&str]) = match task_name {
        "choose" => (choose(file, raw, &span, diags), &["adaptations", "commercial", "waive"]),
        "use" => (use_task(file, raw, &span, diags), &["license", "use"]),
        "combine" => (combine(file, raw, &span, diags), &["works"]),
        "public-domain" => (public_domain(file, raw, &span, diags), &["term", "years"]),
        other => {
            let diagnostic =
                file.error(Code::UnknownValue, raw.task.span(), format!("unknown task `{other}`"));
            diags.push(match did_you_mean(other, LicenseTask::NAMES) {
                Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
                None => diagnostic.with_help(format!("tasks: {}", quoted_list(&LicenseTask::NAMES))),
            });
            return None;
        }
    };
    let present: [(&str, Option<Range<usize>>); 9] = [
        ("adaptations", raw.adaptations.as_ref().map(Spanned::span)),
        ("commercial", raw.commercial.as_ref().map(Spanned::span)),
        ("waive", raw.waive.as_ref().map(Spanned::span)),
        ("license", raw.license.as_ref().map(Spanned::span)),
        ("use", raw.use_.as_ref().map(Spanned::span)),
        ("works", raw.works.as_ref().map(Spanned::span)),
        ("term", raw.term.as_ref().map(Spanned::span)),
        ("years", raw.years.as_ref().map(Spanned::span)),
        ("task", None),
    ];
    let mut stray = false;
    for (key, at) in present {
        if let Some(at) = at
            && !own.contains(&key)
        {
            diags.push(
                file.error(Code::TaskKeys, at, format!("`{key}` is not a key of the task `{task_name}`"))
                    .with_help(format!("the task `{task_name}` uses {}", quoted_list(own))),
            );
            stray = true;
        }
    }
    if stray {
        return None;
    }
    task.map(|task| ExerciseKind::License(LicenseSpec { task }))
}

fn missing(file: &SourceFile, span: &Range<usize>, task: &str, key: &str, example: &str) -> Diagnostic {
    file.error(Code::TaskKeys, span.clone(), format!("the task `{task}` needs `{key}`"))
        .with_help(format!("e.g. `{example}`"))
}

fn licence(file: &SourceFile, name: &Spanned<String>, diags: &mut Vec<Diagnostic>) -> Option<Licence> {
    let licence = Licence::parse(name.get_ref());
    if licence.is_none() {
        diags.push(
            file.error(
                Code::NotALicence,
                name.span(),
                format!("`{}` is not a Creative Commons licence", name.get_ref()),
            )
            .with_help("write CC0, CC BY, CC BY-SA, CC BY-NC, CC BY-NC-SA, CC BY-ND or CC BY-NC-ND"),
        );
    }
    licence
}

fn choose(
    file: &SourceFile,
    raw: &RawLicense,
    span: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<LicenseTask> {
    let waive = raw.waive.as_ref().is_some_and(|w| *w.get_ref());
    if waive {
        return Some(LicenseTask::Choose { adaptations: Adaptations::Yes, commercial: true, waive });
    }
    let Some(adaptations) = &raw.adaptations else {
        diags.push(missing(file, span, "choose", "adaptations", "adaptations = \"share-alike\""));
        return None;
    };
    let Some(commercial) = &raw.commercial else {
        diags.push(missing(file, span, "choose", "commercial", "commercial = false"));
        return None;
    };
    let Some(parsed) = Adaptations::parse(adaptations.get_ref()) else {
        diags.push(
            file.error(
                Code::UnknownValue,
                adaptations.span(),
                format!("unknown value `{}` for `adaptations`", adaptations.get_ref()),
            )
            .with_help("use `yes`, `share-alike` or `no`"),
        );
        return None;
    };
    Some(LicenseTask::Choose { adaptations: parsed, commercial: *commercial.get_ref(), waive })
}

fn use_task(
    file: &SourceFile,
    raw: &RawLicense,
    span: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<LicenseTask> {
    let Some(name) = &raw.license else {
        diags.push(missing(file, span, "use", "license", "license = \"CC BY-NC\""));
        return None;
    };
    let Some(use_name) = &raw.use_ else {
        diags.push(missing(file, span, "use", "use", "use = \"commercial\""));
        return None;
    };
    let licence = licence(file, name, diags)?;
    let Some(use_) = Use::parse(use_name.get_ref()) else {
        diags.push(
            file.error(Code::UnknownValue, use_name.span(), format!("unknown use `{}`", use_name.get_ref()))
                .with_help(format!("uses: {}", quoted_list(&Use::NAMES))),
        );
        return None;
    };
    Some(LicenseTask::Use { licence, use_ })
}

fn combine(
    file: &SourceFile,
    raw: &RawLicense,
    span: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<LicenseTask> {
    let Some(works) = &raw.works else {
        diags.push(missing(file, span, "combine", "works", "works = [\"CC BY-SA\", \"CC BY-NC\"]"));
        return None;
    };
    if !(2..=4).contains(&works.get_ref().len()) {
        diags.push(file.error(Code::ListLength, works.span(), "`works` lists 2 to 4 licences"));
        return None;
    }
    let licences: Vec<Option<Licence>> = works.get_ref().iter().map(|w| licence(file, w, diags)).collect();
    Some(LicenseTask::Combine { works: licences.into_iter().collect::<Option<_>>()? })
}

fn public_domain(
    file: &SourceFile,
    raw: &RawLicense,
    span: &Range<usize>,
    diags: &mut Vec<Diagnostic>,
) -> Option<LicenseTask> {
    let Some(term_name) = &raw.term else {
        diags.push(missing(file, span, "public-domain", "term", "term = \"life+70\""));
        return None;
    };
    let Some(years) = &raw.years else {
        diags.push(missing(file, span, "public-domain", "years", "years = [1980]"));
        return None;
    };
    let Some(term) = Term::parse(term_name.get_ref()) else {
        let diagnostic = file.error(
            Code::UnknownValue,
            term_name.span(),
            format!("unknown term `{}`", term_name.get_ref()),
        );
        diags.push(match did_you_mean(term_name.get_ref(), Term::NAMES) {
            Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
            None => diagnostic.with_help(format!("terms: {}", quoted_list(&Term::NAMES))),
        });
        return None;
    };
    let list = years.get_ref();
    let allowed = if term == Term::LifePlus70 { 1..=10 } else { 1..=1 };
    if !allowed.contains(&list.len()) {
        let what = if term == Term::LifePlus70 {
            "the year each author died (1 to 10 years)"
        } else {
            "one year: the year of first announcement"
        };
        diags.push(file.error(
            Code::ListLength,
            years.span(),
            format!("`years` for `{}` is {what}", term_name.get_ref()),
        ));
        return None;
    }
    let mut values = Vec::new();
    for year in list {
        let Some(value) = i32::try_from(*year.get_ref()).ok().filter(|y| (1000..=2200).contains(y)) else {
            diags.push(file.error(
                Code::OutOfRange,
                year.span(),
                format!("`{}` is not a year", year.get_ref()),
            ));
            return None;
        };
        values.push(value);
        // The change from life + 50 (UU 19/2002) to life + 70 left open whether works already
        // in the public domain were revived: the fact base advises legal review first.
        if term == Term::LifePlus70 && (1945..=1964).contains(year.get_ref()) {
            diags.push(
                file.warning(Code::BorderlineYear, year.span(), "an author who died between 1945 and 1964 is a borderline case")
                    .with_help("the move from life + 50 years (UU 19/2002) to life + 70 (UU 28/2014) left open whether such works were revived; check with a legal expert, or choose another year"),
            );
        }
    }
    Some(LicenseTask::PublicDomain { term, years: values })
}
