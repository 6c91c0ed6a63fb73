//! Plain mode: the learning session as numbered lines of text and a prompt, for screen-reader
//! users and scripts. No alternate screen, no cursor movement, no colour: everything is in
//! the words. It reads commands line by line and maps them to session actions; what to show
//! is decided by the session.

mod companion;

use std::io::{self, BufRead, Write};

use crate::content::Step;
use crate::exercise::{Exercise, ExerciseKind, Gap, Piece, QuestionKind, split_gaps};
use crate::grade::{Answer, Feedback, answer, format_points};
use crate::i18n::Msg;
use crate::learner_name::{LearnerPicker, NameProblem};
use crate::session::{Action, ExerciseState, Recorder, Screen, Session};
use crate::text::Doc;

/// Runs a session until the learner quits or the input ends.
///
/// # Errors
/// When writing the output fails.
pub fn run(session: &mut Session, input: impl BufRead, out: impl Write) -> io::Result<()> {
    run_recorded(session, None, &|| jiff::Timestamp::UNIX_EPOCH, input, out)
}

/// Runs a session whose work is recorded: asks who is learning first (unless the session
/// already knows), and writes every record after each command. `now` is the clock.
///
/// # Errors
/// When writing the output fails.
pub fn run_recorded(
    session: &mut Session,
    mut recorder: Option<&mut Recorder>,
    now: &dyn Fn() -> jiff::Timestamp,
    input: impl BufRead,
    mut out: impl Write,
) -> io::Result<()> {
    let mut lines = input.lines();
    if let Some(recorder) = recorder.as_deref_mut()
        && session.learner().is_empty()
    {
        let Some(name) = ask_learner(session, recorder, &mut lines, &mut out)? else { return out.flush() };
        if let Err(error) = recorder.sign_in(&name, now(), session) {
            writeln!(out, "{}", Msg::NotSaved.fill(session.lang(), &[&error]))?;
            return out.flush();
        }
        writeln!(out, "{}", Msg::Welcome.fill(session.lang(), &[&name]))?;
    }
    let mut companion = companion::Companion::default();
    show(session, recorder.as_deref(), &mut out)?;
    prompt(&mut out)?;
    for line in lines {
        let Ok(line) = line else { break };
        let before = (session.place(), session.lang(), exercise_progress(session));
        session.set_time(now());
        if let Some(request) = companion_request(&line, session) {
            companion.handle(request, session, &mut out)?;
            if session.place() != before.0 {
                show(session, recorder.as_deref(), &mut out)?;
            }
            prompt(&mut out)?;
            continue;
        }
        match parse_command(&line, session) {
            Command::Act(action) => {
                session.update(action);
                if let Some(recorder) = recorder.as_deref_mut()
                    && let Err(error) = recorder.save(session)
                {
                    writeln!(out, "{}", Msg::NotSaved.fill(session.lang(), &[&error]))?;
                }
            }
            Command::Help => writeln!(out, "{}", Msg::PlainHelp.text(session.lang()))?,
            Command::Refresh => show(session, recorder.as_deref(), &mut out)?,
            Command::Unknown(text) => {
                writeln!(out, "{}", Msg::UnknownCommand.fill(session.lang(), &[&text]))?;
            }
        }
        if session.should_quit() {
            writeln!(out, "{}", Msg::Goodbye.text(session.lang()))?;
            return out.flush();
        }
        if let Some(notice) = session.notice_text() {
            writeln!(out, "{notice}")?;
            if matches!(session.notice(), Some(crate::session::Notice::LessonFinished { .. })) {
                companion::after_lesson(session, recorder.as_deref(), session.lang(), &mut out)?;
            }
        }
        let after = (session.place(), session.lang(), exercise_progress(session));
        if (before.0, before.1) != (after.0, after.1) {
            show(session, recorder.as_deref(), &mut out)?;
        } else if let (
            Some((hints_before, attempts_before, responded_before)),
            Some((hints_after, attempts_after, responded_after)),
        ) = (before.2, after.2)
        {
            if responded_after && !responded_before {
                show_verdict(session, &mut out)?;
            }
            if hints_after > hints_before {
                show_hint(session, hints_after - 1, &mut out)?;
            }
            if attempts_after != attempts_before {
                show_verdict(session, &mut out)?;
            }
        }
        prompt(&mut out)?;
    }
    out.flush()
}

/// The screen, with what the companion adds: recommendations at home, the glossary terms of
/// a page.
fn show(session: &Session, recorder: Option<&Recorder>, out: &mut impl Write) -> io::Result<()> {
    show_screen(session, out)?;
    match session.screen() {
        Screen::Home { .. } => companion::home_recommendations(session, recorder, out),
        Screen::Lesson(_) => companion::page_terms(session, out),
        Screen::Workshop { .. } => Ok(()),
    }
}

/// A companion command (`/ question`, `go N`, `g TERM`); on a typed answer only with a
/// leading colon, since every other line there is the answer.
fn companion_request(line: &str, session: &Session) -> Option<companion::Request> {
    let trimmed = line.trim();
    let typed = session.exercise().is_some_and(|e| e.kind.is_typed());
    let command = match trimmed.strip_prefix(':') {
        Some(command) => command,
        None if typed => return None,
        None => trimmed,
    };
    companion::parse(command)
}

/// "Who are you?": a listed number or a new name; `None` when the input ends first.
fn ask_learner(
    session: &Session,
    recorder: &Recorder,
    lines: &mut impl Iterator<Item = io::Result<String>>,
    out: &mut impl Write,
) -> io::Result<Option<String>> {
    let lang = session.lang();
    let picker = LearnerPicker::new(recorder.store().learners().unwrap_or_default());
    writeln!(out, "== {} ==", Msg::WhoAreYou.text(lang))?;
    for (i, name) in picker.names.iter().enumerate() {
        writeln!(out, "{}. {name}", i + 1)?;
    }
    writeln!(out, "{}", Msg::PlainWho.text(lang))?;
    loop {
        prompt(out)?;
        let Some(Ok(line)) = lines.next() else { return Ok(None) };
        match picker.choose_line(&line) {
            Ok(name) => return Ok(Some(name)),
            Err(problem) => writeln!(out, "{}", name_problem(problem, lang))?,
        }
    }
}

/// A name problem in the learner's language.
#[must_use]
pub fn name_problem(problem: NameProblem, lang: crate::lang::Lang) -> String {
    match problem {
        NameProblem::Empty => Msg::NameEmpty.text(lang).to_string(),
        NameProblem::TooLong => Msg::NameTooLong.text(lang).to_string(),
        NameProblem::NoSuchNumber(n) => Msg::NoSuchItem.fill(lang, &[&n]),
        NameProblem::NotConfirmed => Msg::NameNotConfirmed.text(lang).to_string(),
    }
}

enum Command {
    Act(Action),
    Help,
    Refresh,
    Unknown(String),
}

fn parse_command(line: &str, session: &Session) -> Command {
    let exercise = session.exercise();
    let typed = exercise.is_some_and(|e| e.kind.is_typed());
    let trimmed = line.trim();
    // On a typed answer every line is the answer, except commands with a leading colon.
    if typed && !trimmed.is_empty() && !trimmed.starts_with(':') {
        return Command::Act(Action::SubmitText(trimmed.to_string()));
    }
    // A matching's pairs ("1b 2a") are an answer.
    let matching = exercise.is_some_and(|e| matches!(e.kind, ExerciseKind::Match(_)));
    if matching && trimmed.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return Command::Act(Action::SubmitText(trimmed.to_string()));
    }
    let command = trimmed.strip_prefix(':').unwrap_or(trimmed);
    if let Some(numbers) = numbers(command) {
        let multiple =
            exercise.is_some_and(|e| matches!(&e.kind, ExerciseKind::Choice(spec) if spec.multiple));
        return Command::Act(match numbers.as_slice() {
            _ if multiple => Action::PickMany(numbers),
            [single] => Action::Pick(*single),
            // Several numbers where one is expected: the second is the one that does not fit.
            _ => Action::PickMany(numbers),
        });
    }
    match command.to_lowercase().as_str() {
        // Enter reads on: past a page, or past an exercise that is done.
        "" => match (session.step(), session.screen(), exercise) {
            (Some(Step::Page(_)), _, _) => Command::Act(Action::Next),
            (_, Screen::Lesson(state), Some(exercise)) if state.exercise.is_done(exercise) => {
                Command::Act(Action::Open)
            }
            _ => Command::Refresh,
        },
        "n" | "next" | "lanjut" => Command::Act(Action::Next),
        "p" | "prev" | "previous" | "sebelumnya" => Command::Act(Action::Previous),
        "b" | "back" | "kembali" => Command::Act(Action::Back),
        "h" | "hint" | "petunjuk" => Command::Act(Action::Hint),
        "r" | "review" | "ulang" => Command::Act(Action::Review),
        "l" | "lang" | "language" | "bahasa" => Command::Act(Action::ToggleLanguage),
        "q" | "quit" | "exit" | "keluar" => Command::Act(Action::Quit),
        "?" | "help" | "bantuan" => Command::Help,
        other => Command::Unknown(other.chars().filter(|c| !c.is_control()).take(40).collect()),
    }
}

/// "1 3", "1,3": the 0-based positions of the numbers typed; `None` if it is not numbers.
fn numbers(line: &str) -> Option<Vec<usize>> {
    let tokens: Vec<&str> =
        line.split(|c: char| c == ',' || c.is_whitespace()).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        return None;
    }
    tokens.iter().map(|t| t.parse::<usize>().ok().map(|n| n.wrapping_sub(1).min(usize::MAX - 1))).collect()
}

/// What changes on an exercise without changing the place: hints shown, answers given, and
/// (for polls, surveys, reflections) whether the responses were given.
fn exercise_progress(session: &Session) -> Option<(usize, u32, bool)> {
    match session.screen() {
        Screen::Lesson(state) => {
            Some((state.exercise.hints_shown, state.exercise.attempts, state.exercise.responses.is_some()))
        }
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
                let done = session.completed_in(i);
                let progress = if done > 0 {
                    format!(" · {}", Msg::LessonsDone.fill(lang, &[&done, &workshop.lessons.len()]))
                } else {
                    String::new()
                };
                writeln!(out, "{}. {} ({count}){progress}", i + 1, workshop.title.get(lang))?;
            }
            let due = session.due_count();
            if due > 0 {
                writeln!(out, "{}", Msg::PlainToReview.fill(lang, &[&due]))?;
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
                    let w = session.place().workshop.unwrap_or(0);
                    let done = if session.is_completed(w, i) { " ✓" } else { "" };
                    writeln!(out, "{}. {} ({minutes}){done}", i + 1, lesson.title.get(lang))?;
                }
            }
            writeln!(out, "{}", Msg::PlainWorkshop.text(lang))?;
        }
        Screen::Lesson(state) => show_step(session, state.step, out)?,
    }
    // On a typed answer the commands need a colon, and the exercise's instruction says so.
    if session.exercise().is_some_and(|e| e.kind.is_typed()) {
        return Ok(());
    }
    writeln!(out, "{}", Msg::PlainCommands.text(lang))
}

fn show_step(session: &Session, step: usize, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let Some(lesson) = session.lesson() else {
        return Ok(());
    };
    // In a review, the place is in the review; the lesson says where the exercise comes from.
    let (position, first) = match session.review().map(crate::session::Review::position) {
        Some((at, of)) => (Msg::ReviewOf.fill(lang, &[&(at + 1), &of]), false),
        None => (Msg::StepOf.fill(lang, &[&(step + 1), &lesson.steps.len()]), step == 0),
    };
    writeln!(out, "== {} — {position} ==", lesson.title.get(lang))?;
    if first {
        writeln!(out, "{} ({}):", Msg::Objectives.text(lang), Msg::Minutes.fill(lang, &[&lesson.minutes]))?;
        for objective in &lesson.objectives {
            writeln!(out, "- {}", objective.get(lang))?;
        }
        writeln!(out)?;
    }
    match (session.step(), session.exercise(), session.screen()) {
        (Some(Step::Page(page)), _, _) => {
            let body = page.body.get(lang);
            if let Some(title) =
                page.title.as_ref().map(|t| t.get(lang)).filter(|t| **t != body.first_text_line())
            {
                writeln!(out, "{title}")?;
                writeln!(out)?;
            }
            write_doc(out, body)?;
            writeln!(out, "{}", Msg::PlainPage.text(lang))?;
        }
        (_, Some(exercise), Screen::Lesson(state)) => {
            show_exercise(session, exercise, &state.exercise, out)?;
            for i in 0..state.exercise.hints_shown {
                show_hint(session, i, out)?;
            }
            if state.exercise.attempts > 0 || state.exercise.responses.is_some() {
                show_verdict(session, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// The prompt, the options (numbered as shown) and what to type.
fn show_exercise(
    session: &Session,
    exercise: &Exercise,
    state: &ExerciseState,
    out: &mut impl Write,
) -> io::Result<()> {
    let lang = session.lang();
    let prompt = exercise.prompt.get(lang);
    // An exercise without a title of its own is titled by its prompt's first line: once is enough.
    if *exercise.title.get(lang) == prompt.first_text_line() {
        writeln!(out, "{}:", Msg::Exercise.text(lang))?;
    } else {
        writeln!(out, "{}: {}", Msg::Exercise.text(lang), exercise.title.get(lang))?;
    }
    write_doc(out, prompt)?;
    let instruction = match &exercise.kind {
        ExerciseKind::Choice(spec) => {
            for (position, option) in state.order.iter().enumerate() {
                writeln!(out, "{}. {}", position + 1, spec.options[*option].text.get(lang))?;
            }
            if spec.multiple { Msg::PlainMultiple } else { Msg::PlainExercise }
        }
        ExerciseKind::Text(_)
        | ExerciseKind::Numeric(_)
        | ExerciseKind::Query(_)
        | ExerciseKind::Citation(_)
        | ExerciseKind::License(_)
        | ExerciseKind::Identifier(_) => {
            for line in crate::grade::given_lines(&exercise.kind, lang) {
                writeln!(out, "{line}")?;
            }
            Msg::PlainTyped
        }
        ExerciseKind::Cloze(spec) => {
            for line in &spec.text.get(lang).lines {
                let filled: String = split_gaps(&line.marked_text())
                    .into_iter()
                    .map(|piece| match piece {
                        Piece::Text(text) => text.to_string(),
                        Piece::Gap(n) => format!("[{n}: ____]"),
                    })
                    .collect();
                writeln!(out, "{filled}")?;
            }
            writeln!(out)?;
            for (i, gap) in spec.gaps.iter().enumerate() {
                if let Gap::Choice { options, .. } = gap {
                    let listed: Vec<String> = options
                        .iter()
                        .enumerate()
                        .map(|(o, text)| format!("{}. {}", answer::option_letter(o), text.get(lang)))
                        .collect();
                    writeln!(out, "{}", Msg::GapOptions.fill(lang, &[&(i + 1), &listed.join("  ")]))?;
                }
            }
            Msg::PlainCloze
        }
        ExerciseKind::Survey(spec) => {
            for (i, question) in spec.questions.iter().enumerate() {
                if let Some(text) = &question.text {
                    writeln!(out, "{}. {}", i + 1, text.get(lang))?;
                }
                let choices: Vec<String> = question
                    .kind
                    .choices()
                    .iter()
                    .enumerate()
                    .map(|(c, t)| format!("{}. {}", c + 1, t.get(lang)))
                    .collect();
                if !choices.is_empty() {
                    writeln!(out, "   {}", choices.join("  "))?;
                }
            }
            match spec.questions.as_slice() {
                [only] if matches!(only.kind, QuestionKind::Text) => Msg::PlainTyped,
                [_] => Msg::PlainPoll,
                _ => Msg::PlainSurvey,
            }
        }
        ExerciseKind::Order(spec) => {
            for (position, item) in state.arrangement.iter().enumerate() {
                writeln!(out, "{}. {}", position + 1, spec.items[*item].get(lang))?;
            }
            Msg::PlainOrder
        }
        ExerciseKind::Match(spec) => {
            for (row, (left, _)) in spec.pairs.iter().enumerate() {
                writeln!(out, "{}. {}", row + 1, left.get(lang))?;
            }
            let rights = spec.rights();
            for (position, right) in state.order.iter().enumerate() {
                writeln!(out, "{}. {}", answer::option_letter(position), rights[*right].get(lang))?;
            }
            Msg::PlainMatch
        }
    };
    if !exercise.hints.is_empty() {
        let key = if exercise.kind.is_typed() { ":h" } else { "h" };
        writeln!(out, "{} ({key})", Msg::HintsLeft.fill(lang, &[&exercise.hints.len()]))?;
    }
    if let Some(left) = state.attempts_left(exercise) {
        writeln!(out, "{}", Msg::AttemptsLeft.fill(lang, &[&left]))?;
    }
    writeln!(out, "{}", instruction.text(lang))
}

fn show_hint(session: &Session, index: usize, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    if let Some(hint) = session.exercise().and_then(|e| e.hints.get(index)) {
        writeln!(out, "{}:", Msg::HintNumber.fill(lang, &[&(index + 1)]))?;
        write_doc(out, hint.get(lang))?;
    }
    Ok(())
}

/// The answer as the learner gave it, the verdict, feedback, and what comes after.
fn show_verdict(session: &Session, out: &mut impl Write) -> io::Result<()> {
    let lang = session.lang();
    let (Screen::Lesson(state), Some(exercise)) = (session.screen(), session.exercise()) else {
        return Ok(());
    };
    let state = &state.exercise;
    if state.responses.is_some() {
        writeln!(out, "{}", Msg::ResponseRecorded.text(lang))?;
        if state.shows_explanation(exercise)
            && let Some(explanation) = &exercise.explanation
        {
            write_doc(out, explanation.get(lang))?;
        }
        return writeln!(out, "{}", Msg::PlainPage.text(lang));
    }
    let Some((given, verdict)) = &state.graded else {
        return Ok(());
    };
    writeln!(out, "{}", Msg::YourAnswer.fill(lang, &[&shown_answer(exercise, state, given, lang)]))?;
    let word = if verdict.correct { Msg::Correct } else { Msg::Incorrect };
    writeln!(out, "{}", word.text(lang))?;
    if verdict.is_partial() {
        let score = Msg::Score.fill(lang, &[&format_points(verdict.score), &format_points(verdict.max)]);
        writeln!(out, "{score}")?;
    }
    for feedback in &verdict.feedback {
        match feedback {
            Feedback::Author(text) => write_doc(out, text.get(lang))?,
            Feedback::Note(note) => writeln!(out, "{}", note.text(lang))?,
        }
    }
    if state.reveals_answer(exercise) {
        writeln!(out, "{}", Msg::CorrectAnswerWas.fill(lang, &[&answer::expected(exercise, lang)]))?;
    }
    if state.shows_explanation(exercise)
        && let Some(explanation) = &exercise.explanation
    {
        writeln!(out, "{}:", Msg::Explanation.text(lang))?;
        write_doc(out, explanation.get(lang))?;
    }
    if state.is_done(exercise) {
        writeln!(out, "{}", Msg::PlainPage.text(lang))
    } else {
        if let Some(left) = state.attempts_left(exercise) {
            writeln!(out, "{}", Msg::AttemptsLeft.fill(lang, &[&left]))?;
        }
        writeln!(out, "{}", Msg::TryAgain.text(lang))?;
        // Numbers refer to the order last shown: show the learner's own arrangement again.
        if let ExerciseKind::Order(spec) = &exercise.kind {
            for (position, item) in state.arrangement.iter().enumerate() {
                writeln!(out, "{}. {}", position + 1, spec.items[*item].get(lang))?;
            }
        }
        Ok(())
    }
}

/// A given answer in the learner's terms: choices by their shown number and text.
fn shown_answer(
    exercise: &Exercise,
    state: &ExerciseState,
    given: &Answer,
    lang: crate::lang::Lang,
) -> String {
    match (&exercise.kind, given) {
        (ExerciseKind::Choice(spec), Answer::Choice(picked)) => {
            let mut shown: Vec<(usize, String)> = picked
                .iter()
                .filter_map(|option| {
                    let position = state.order.iter().position(|o| o == option)?;
                    Some((position, format!("{}. {}", position + 1, spec.options[*option].text.get(lang))))
                })
                .collect();
            shown.sort();
            shown.into_iter().map(|(_, s)| s).collect::<Vec<_>>().join("; ")
        }
        (ExerciseKind::Order(spec), Answer::Order(sequence)) => {
            let items: Vec<&str> =
                sequence.iter().filter_map(|i| spec.items.get(*i)).map(|t| t.get(lang).as_str()).collect();
            items.join(" → ")
        }
        (ExerciseKind::Match(spec), Answer::Match(chosen)) => {
            let rights = spec.rights();
            let pairs: Vec<String> = chosen
                .iter()
                .enumerate()
                .filter_map(|(row, right)| {
                    let right = (*right)?;
                    let shown = state.order.iter().position(|o| *o == right)?;
                    Some(format!(
                        "{}{} ({} → {})",
                        row + 1,
                        answer::option_letter(shown),
                        spec.pairs[row].0.get(lang),
                        rights[right].get(lang)
                    ))
                })
                .collect();
            pairs.join("; ")
        }
        _ => given.to_string(),
    }
}

fn write_doc(out: &mut impl Write, doc: &Doc) -> io::Result<()> {
    for line in &doc.lines {
        writeln!(out, "{}", line.marked_text())?;
    }
    writeln!(out)
}
