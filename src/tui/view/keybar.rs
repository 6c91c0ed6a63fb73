//! The key bar: the keys that act on this screen, most useful first, as many as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::keymap::Context;
use super::super::state::ask::Asker;
use super::super::theme;
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::search::browser::Browser;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let context = app.context();
    let mut keys: Vec<(&str, Msg)> = match context {
        Context::List
            if matches!(app.session.screen(), crate::session::Screen::Home { .. })
                && app.session.due_count() > 0 =>
        {
            vec![("↑↓", Msg::KeySelect), ("Enter", Msg::KeyOpen), ("r", Msg::KeyReview)]
        }
        Context::List => vec![("↑↓", Msg::KeySelect), ("Enter", Msg::KeyOpen)],
        // A term marked with `t`: Enter opens it, `t` marks the next, Esc unmarks.
        Context::Page if app.terms.marked().is_some() => {
            vec![("Enter", Msg::KeyOpenTerm), ("t", Msg::KeyTerm), ("←→", Msg::KeySteps)]
        }
        Context::Page => vec![("←→", Msg::KeySteps), ("↑↓", Msg::KeyScroll)],
        Context::Choice { multiple: false } => {
            vec![
                ("↑↓", Msg::KeySelect),
                ("Enter", Msg::KeyAnswer),
                ("←→", Msg::KeySteps),
                ("h", Msg::KeyHint),
            ]
        }
        Context::Choice { multiple: true } => {
            vec![
                ("Space", Msg::KeyTick),
                ("Enter", Msg::KeySubmit),
                ("←→", Msg::KeySteps),
                ("h", Msg::KeyHint),
            ]
        }
        Context::Typed => vec![("Enter", Msg::KeySubmit), ("Tab", Msg::KeySteps), ("F2", Msg::KeyHint)],
        Context::Cloze => {
            vec![("↑↓", Msg::KeyGap), ("Enter", Msg::KeySubmit), ("Tab", Msg::KeySteps), ("F2", Msg::KeyHint)]
        }
        Context::Survey => vec![("↑↓", Msg::KeySelect), ("Enter", Msg::KeySubmit), ("Tab", Msg::KeySteps)],
        Context::Order => vec![
            ("Space", Msg::KeyMove),
            ("Enter", Msg::KeySubmit),
            ("←→", Msg::KeySteps),
            ("h", Msg::KeyHint),
        ],
        Context::Match => {
            vec![("←→", Msg::KeyPair), ("Enter", Msg::KeySubmit), ("n p", Msg::KeySteps), ("h", Msg::KeyHint)]
        }
    };
    // Once an exercise is done, Enter reads on.
    let done = match (app.session.screen(), app.session.exercise()) {
        (crate::session::Screen::Lesson(state), Some(exercise)) => state.exercise.is_done(exercise),
        _ => false,
    };
    if done {
        for key in &mut keys {
            if key.0 == "Enter" {
                key.1 = Msg::KeyNext;
            }
        }
    }
    keys.push(("Esc", Msg::KeyBack));
    // While typing, letters are text: help, language and quit move to function keys.
    let typing = matches!(context, Context::Typed | Context::Cloze | Context::Survey);
    keys.push((if typing { "F3" } else { "l" }, Msg::KeyLanguage));
    let always = if typing {
        [("F1", Msg::KeyHelp), ("^C", Msg::KeyQuit)]
    } else {
        [("?", Msg::KeyHelp), ("q", Msg::KeyQuit)]
    };
    if !typing {
        keys.push(("/", Msg::KeyAsk));
        keys.push(("g", Msg::KeyGlossary));
    }
    keys.push(("F4", Msg::KeyCatalogue));
    fit(&mut keys, &always, lang, area, buf);
}

/// The keys of the ask screen: Enter searches a new question, or opens the selected answer.
pub fn render_ask(asker: &Asker, lang: Lang, area: Rect, buf: &mut Buffer) {
    let enter = if asker.needs_search(lang) { Msg::KeyAsk } else { Msg::KeyOpen };
    let mut keys = vec![("Enter", enter), ("Esc", Msg::KeyBack)];
    if !asker.results().is_empty() {
        keys.push(("↑↓", Msg::KeyResults));
    }
    keys.push(("F3", Msg::KeyLanguage));
    fit(&mut keys, &[("F1", Msg::KeyHelp), ("^C", Msg::KeyQuit)], lang, area, buf);
}

/// The keys of the glossary: its list (typing filters) or a term's page.
pub fn render_glossary(term_open: bool, lang: Lang, area: Rect, buf: &mut Buffer) {
    let mut keys = if term_open {
        vec![("↑↓", Msg::KeySelect), ("Enter", Msg::KeyOpen), ("Esc", Msg::KeyBack), ("l", Msg::KeyLanguage)]
    } else {
        vec![
            ("Enter", Msg::KeyOpen),
            ("Esc", Msg::KeyClose),
            ("↑↓", Msg::KeySelect),
            ("F3", Msg::KeyLanguage),
        ]
    };
    let always = if term_open {
        [("?", Msg::KeyHelp), ("q", Msg::KeyQuit)]
    } else {
        [("F1", Msg::KeyHelp), ("^C", Msg::KeyQuit)]
    };
    fit(&mut keys, &always, lang, area, buf);
}

/// The keys of the catalogue screen.
pub fn render_catalogue(browser: &Browser, lang: Lang, area: Rect, buf: &mut Buffer) {
    let mut keys = if browser.open_record().is_some() {
        vec![("Esc", Msg::KeyBack)]
    } else {
        // Enter and Esc first: on a narrow terminal the arrows, which learners try anyway,
        // are what is left out.
        vec![("Enter", Msg::KeyOpen), ("Esc", Msg::KeyClose), ("↑↓", Msg::KeyResults)]
    };
    keys.push(("F3", Msg::KeyLanguage));
    fit(&mut keys, &[("F1", Msg::KeyHelp), ("^C", Msg::KeyQuit)], lang, area, buf);
}

/// Draws `keys` then `always`, dropping keys from the end of `keys` until all fit.
fn fit(keys: &mut Vec<(&str, Msg)>, always: &[(&str, Msg)], lang: Lang, area: Rect, buf: &mut Buffer) {
    let width = |items: &[(&str, Msg)]| -> usize {
        items.iter().map(|(k, m)| UnicodeWidthStr::width(*k) + UnicodeWidthStr::width(m.text(lang)) + 4).sum()
    };
    let budget = usize::from(area.width).saturating_sub(width(always));
    while width(keys) > budget && keys.pop().is_some() {}
    let mut spans = Vec::new();
    for (key, msg) in keys.iter().chain(always) {
        spans.push(Span::styled(format!(" {key} "), theme::KEY));
        spans.push(Span::raw(format!(" {} ", msg.text(lang))));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
