//! Plain mode: the learning session as numbered lines of text and a prompt, for screen-reader
//! users and scripts. No alternate screen, no cursor movement, no colour: everything is in
//! the words. It reads commands line by line and maps them to session actions; what to show
//! is decided by the session.

use std::io::{self, BufRead, Write};

use crate::content::Step;
use crate::exercise::ExerciseKind;
use crate::grade::{Answer, Feedback};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::session::{Action, Place, Screen, Session};
use crate::text::Doc;

/// Runs a session until the learner quits or the input ends.
///
/// # Errors
/// When writing the output fails.
pub fn run(session: &mut Session, input: impl BufRead, mut out: impl Write) -> io::Result<()> {
    show_screen(session, &mut out)?;
    prompt(&mut out)?;
    for line in input.lines() {
        let Ok(line) = line else { break };
        let before = (session.place(), session.lang(), exercise_progress(session));
        match parse_command(line.trim(), session) {
            Command::Act(action) => session.update(action),
            Command::Help => writeln!(out, "{}", Msg::PlainHelp.text(session.lang()))?,
            Command::Refresh => show_screen(session, &mut out)?,
            Command::Unknown(text) => writeln!(
                out,
                "{}",
                Msg::UnknownCommand.fill(session.lang(), &[&text])
            )?,
        }
        if session.should_quit() {
            writeln!(out, "{}", Msg::Goodbye.text(session.lang()))?;
            return out.flush();
        }
        if let Some(notice) = session.notice_text() {
            writeln!(out, "{notice}")?;
        }
        let after = (session.place(), session.lang(), exercise_progress(session));
        if (before.0, before.1) != (after.0, after.1) {
            show_screen(session, &mut out)?;
        } else if let (Some((hints_before, answer_before)), Some((hints_after, answer_after))) =
            (before.2, after.2)
        {
            if hints_after > hints_before {
                show_hint(session, hints_after - 1, &mut out)?;
            }
            if answer_after != answer_before {
                show_verdict(session, &mut out)?;
            }
        }
        prompt(&mut out)?;
    }
    out.flush()
}

enum Command {
    Act(Action),
    Help,
    Refresh,
    Unknown(String),
}

fn parse_command(line: &str, session: &Session) -> Command {
    if let Ok(n) = line.parse::<usize>() {
        return match n.checked_sub(1) {
            Some(index) => Command::Act(Action::Pick(index)),
            None => Command::Act(Action::Pick(usize::MAX - 1)),
        };
    }
    match line.to_lowercase().as_str() {
        // Enter reads on: past a page, or past an exercise answered correctly.
        "" => match (session.step(), session.screen()) {
            (Some(Step::Page(_)), _) => Command::Act(Action::Next),
            (Some(Step::Exercise(_)), Screen::Lesson(state))
                if state
                    .exercise
                    .graded
                    .as_ref()
                    .is_some_and(|(_, v)| v.correct) =>
            {
                Command::Act(Action::Open)
            }
            _ => Command::Refresh,
        },
        "n" | "next" | "lanjut" => Command::Act(Action::Next),
        "p" | "prev" | "previous" | "sebelumnya" => Command::Act(Action::Previous),
        "b" | "back" | "kembali" => Command::Act(Action::Back),
        "h" | "hint" | "petunjuk" => Command::Act(Action::Hint),
        "l" | "lang" | "language" | "bahasa" => Command::Act(Action::ToggleLanguage),
        "q" | "quit" | "exit" | "keluar" => Command::Act(Action::Quit),
        "?" | "help" | "bantuan" => Command::Help,
        other => Command::Unknown(other.chars().filter(|c| !c.is_control()).take(40).collect()),
    }
}

/// What changes on an exercise without changing the place: hints shown and the verdict.
fn exercise_progress(session: &Session) -> Option<(usize, Option<Answer>)> {
    match session.screen() {
        Screen::Lesson(state) => Some((
            state.exercise.hints_shown,
            state.exercise.graded.as_ref().map(|(a, _)| a.clone()),
        )),
        _ => None,
    }
}

fn prompt(out: &mut impl Write) -> io::Result<()> {
    write!(out, "> ")?;
    out.flush()
}

fn show_screen(session: &Session, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    writeln!(out)?;
    match session.screen() {
        Screen::Home { .. } => {
            writeln!(out, "== {} ==", Msg::AppTitle.text(lang))?;
            writeln!(out, "{}:", Msg::Workshops.text(lang))?;
            for (i, workshop) in session.course().workshops.iter().enumerate() {
                let count = Msg::LessonCount.fill(lang, &[&workshop.lessons.len()]);
                writeln!(out, "{}. {} ({count})", i + 1, workshop.title.get(lang))?;
            }
            writeln!(out, "{}", Msg::PlainHome.text(lang))?;
        }
        Screen::Workshop { .. } => {
            if let Some(workshop) = session.workshop() {
                writeln!(out, "== {} ==", workshop.title.get(lang))?;
                if let Some(description) = &workshop.description {
                    write_doc(out, description.get(lang))?;
                }
                writeln!(out, "{}:", Msg::Lessons.text(lang))?;
                for (i, lesson) in workshop.lessons.iter().enumerate() {
                    let minutes = Msg::Minutes.fill(lang, &[&lesson.minutes]);
                    writeln!(out, "{}. {} ({minutes})", i + 1, lesson.title.get(lang))?;
                }
            }
            writeln!(out, "{}", Msg::PlainWorkshop.text(lang))?;
        }
        Screen::Lesson(state) => show_step(session, state.step, out)?,
    }
    writeln!(out, "{}", Msg::PlainCommands.text(lang))
}

fn show_step(session: &Session, step: usize, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let Some(lesson) = session.lesson() else {
        return Ok(());
    };
    let position = Msg::StepOf.fill(lang, &[&(step + 1), &lesson.steps.len()]);
    writeln!(out, "== {} — {position} ==", lesson.title.get(lang))?;
    if step == 0 {
        writeln!(
            out,
            "{} ({}):",
            Msg::Objectives.text(lang),
            Msg::Minutes.fill(lang, &[&lesson.minutes])
        )?;
        for objective in &lesson.objectives {
            writeln!(out, "- {}", objective.get(lang))?;
        }
        writeln!(out)?;
    }
    match session.step() {
        Some(Step::Page(page)) => {
            let body = page.body.get(lang);
            if let Some(title) = page
                .title
                .as_ref()
                .map(|t| t.get(lang))
                .filter(|t| **t != body.first_text_line())
            {
                writeln!(out, "{title}")?;
                writeln!(out)?;
            }
            write_doc(out, body)?;
            writeln!(out, "{}", Msg::PlainPage.text(lang))?;
        }
        Some(Step::Exercise(_)) => {
            if let Some(exercise) = session.exercise() {
                writeln!(
                    out,
                    "{}: {}",
                    Msg::Exercise.text(lang),
                    exercise.title.get(lang)
                )?;
                write_doc(out, exercise.prompt.get(lang))?;
                match &exercise.kind {
                    ExerciseKind::Choice(spec) => {
                        for (i, option) in spec.options.iter().enumerate() {
                            writeln!(out, "{}. {}", i + 1, option.text.get(lang))?;
                        }
                    }
                }
                if !exercise.hints.is_empty() {
                    writeln!(
                        out,
                        "{} (h)",
                        Msg::HintsLeft.fill(lang, &[&exercise.hints.len()])
                    )?;
                }
                writeln!(out, "{}", Msg::PlainExercise.text(lang))?;
            }
            show_exercise_state(session, out)?;
        }
        None => {}
    }
    Ok(())
}

/// The hints shown so far and the verdict of the last answer.
fn show_exercise_state(session: &Session, out: &mut impl Write) -> io::Result<()> {
    if let Screen::Lesson(state) = session.screen() {
        for i in 0..state.exercise.hints_shown {
            show_hint(session, i, out)?;
        }
    }
    show_verdict(session, out)
}

fn show_hint(session: &Session, index: usize, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    if let Some(hint) = session.exercise().and_then(|e| e.hints.get(index)) {
        writeln!(out, "{}:", Msg::HintNumber.fill(lang, &[&(index + 1)]))?;
        write_doc(out, hint.get(lang))?;
    }
    Ok(())
}

fn show_verdict(session: &Session, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let (Screen::Lesson(state), Some(exercise)) = (session.screen(), session.exercise()) else {
        return Ok(());
    };
    let Some((Answer::Choice(chosen), verdict)) = &state.exercise.graded else {
        return Ok(());
    };
    let ExerciseKind::Choice(spec) = &exercise.kind;
    if let Some(option) = spec.options.get(*chosen) {
        let answer = format!("{}. {}", chosen + 1, option.text.get(lang));
        writeln!(out, "{}", Msg::YourAnswer.fill(lang, &[&answer]))?;
    }
    let word = if verdict.correct {
        Msg::Correct
    } else {
        Msg::Incorrect
    };
    writeln!(out, "{}", word.text(lang))?;
    for feedback in &verdict.feedback {
        match feedback {
            Feedback::Author(text) => write_doc(out, text.get(lang))?,
            Feedback::InvalidAnswer => writeln!(out, "{}", Msg::InvalidAnswer.text(lang))?,
        }
    }
    if verdict.correct {
        if let Some(explanation) = &exercise.explanation {
            writeln!(out, "{}:", Msg::Explanation.text(lang))?;
            write_doc(out, explanation.get(lang))?;
        }
        writeln!(out, "{}", Msg::PlainPage.text(lang))?;
    } else {
        writeln!(out, "{}", Msg::TryAgain.text(lang))?;
    }
    Ok(())
}

fn write_doc(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    for line in &doc.lines {
        writeln!(out, "{}", line.marked_text())?;
    }
    writeln!(out)
}

/// The place a session is at, for tests that drive plain mode.
#[must_use]
pub fn place(session: &Session) -> Place {
    session.place()
}

/// The language a session shows, for tests.
#[must_use]
pub fn lang(session: &Session) -> Lang {
    session.lang()
}
