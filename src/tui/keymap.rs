//! Keys → actions. Which keys do what depends only on what is on screen (a list, a page, an
//! exercise to pick from or one to type into, the help overlay); what an action then does is
//! decided by the session.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::learner_name::PickerAction;
use crate::session::Action;

/// What is on screen, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    List,
    Page,
    /// Options to pick; `multiple` when several may be ticked.
    Choice {
        multiple: bool,
    },
    /// An answer to type: letters go into the answer, so commands move to other keys.
    Typed,
    /// Items to put in order: Space picks one up, ↑↓ move it.
    Order,
    /// Rows to pair: ↑↓ choose a row, ←→ its partner; steps move to n/p and Tab.
    Match,
    /// Gaps to fill: typed like an answer, ↑↓ between gaps, ←→ through a choice gap's options.
    Cloze,
    /// Questions of a poll, survey or reflection: as a cloze, ↑↓ between questions.
    Survey,
}

/// An action of the TUI: a session action, or one that only changes the view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    Session(Action),
    /// Scroll the text by this many lines (negative: up).
    Scroll(i32),
    /// Scroll by a screenful (negative: up).
    ScrollPage(i32),
    ToggleHelp,
    CloseHelp,
    /// Open the practice catalogue, from any screen.
    OpenCatalogue,
    /// Open the ask screen (not while typing an answer, where `/` is a character).
    OpenAsk,
    /// Open the glossary's list (not while typing an answer).
    OpenGlossary,
    /// Mark the next glossary term on the visible part of a page.
    NextTerm,
}

/// Keys on the catalogue screen: those of a text field, and F4 to leave.
#[must_use]
pub fn catalogue(key: KeyEvent) -> Option<InputKey> {
    if !key.modifiers.contains(KeyModifiers::CONTROL) {
        match key.code {
            KeyCode::F(4) => return Some(InputKey::Close),
            KeyCode::F(5) => return Some(InputKey::ToggleWordForms),
            _ => {}
        }
    }
    text_field(key, 10)
}

/// A key while a glossary term on a page is marked: it is what Enter opens, and Esc unmarks
/// it before going back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkedTermKey {
    Open,
    Unmark,
}

/// Keys that act on a marked term; every other key means what it means on the page.
#[must_use]
pub fn marked_term(key: KeyEvent) -> Option<MarkedTermKey> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return None;
    }
    match key.code {
        KeyCode::Enter | KeyCode::Char('g') => Some(MarkedTermKey::Open),
        KeyCode::Esc => Some(MarkedTermKey::Unmark),
        _ => None,
    }
}

/// A key on the ask screen or the glossary's list: letters type, so commands are on other
/// keys, as in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKey {
    Type(char),
    Erase,
    Cursor(isize),
    Select(isize),
    /// Search, or open the selection.
    Enter,
    Back,
    /// Leave at once (F4, the catalogue's own key).
    Close,
    /// Word forms (stemming) on or off: F5, on the catalogue screen.
    ToggleWordForms,
    ToggleLanguage,
    Help,
    Quit,
}

/// Keys on the ask screen and the glossary's list.
#[must_use]
pub fn input(key: KeyEvent) -> Option<InputKey> {
    text_field(key, 5)
}

/// The keys of a screen with a text field, where letters type: editing, selecting (`page`
/// rows at a time with PgUp/PgDn), Enter, Esc, F3 language, F1 help, Ctrl-C quit.
fn text_field(key: KeyEvent, page: isize) -> Option<InputKey> {
    use InputKey as K;
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'q')).then_some(K::Quit);
    }
    Some(match key.code {
        KeyCode::Char(c) => K::Type(c),
        KeyCode::Backspace => K::Erase,
        KeyCode::Left => K::Cursor(-1),
        KeyCode::Right => K::Cursor(1),
        KeyCode::Home => K::Cursor(isize::MIN / 2),
        KeyCode::End => K::Cursor(isize::MAX / 2),
        KeyCode::Up => K::Select(-1),
        KeyCode::Down => K::Select(1),
        KeyCode::PageUp => K::Select(-page),
        KeyCode::PageDown => K::Select(page),
        KeyCode::Enter => K::Enter,
        KeyCode::Esc => K::Back,
        KeyCode::F(3) => K::ToggleLanguage,
        KeyCode::F(1) => K::Help,
        _ => return None,
    })
}

/// Keys on a glossary term's page: nothing is typed there, so letters are commands again.
#[must_use]
pub fn term_page(key: KeyEvent) -> Option<InputKey> {
    use InputKey as K;
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'q')).then_some(K::Quit);
    }
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => K::Select(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => K::Select(1),
        KeyCode::Enter | KeyCode::Right => K::Enter,
        KeyCode::Esc | KeyCode::Left | KeyCode::Backspace => K::Back,
        KeyCode::Char('l' | 'L') | KeyCode::F(3) => K::ToggleLanguage,
        KeyCode::Char('?') | KeyCode::F(1) => K::Help,
        KeyCode::Char('q') => K::Quit,
        _ => return None,
    })
}

/// A key on the "who are you?" screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKey {
    Act(PickerAction),
    Escape,
    Quit,
}

/// Keys on the "who are you?" screen: letters type a new name, so only Esc and Ctrl-C quit.
#[must_use]
pub fn picker(key: KeyEvent) -> Option<PickerKey> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return matches!(key.code, KeyCode::Char('c' | 'q')).then_some(PickerKey::Quit);
    }
    Some(PickerKey::Act(match key.code {
        KeyCode::F(2) => PickerAction::Rename,
        KeyCode::Delete => PickerAction::Delete,
        // Esc leaves renaming or deleting first, then the program.
        KeyCode::Esc => return Some(PickerKey::Escape),
        KeyCode::Up => PickerAction::Up,
        KeyCode::Down => PickerAction::Down,
        KeyCode::Enter => PickerAction::Open,
        KeyCode::Backspace => PickerAction::Erase,
        KeyCode::Char(c) => PickerAction::Type(c),
        _ => return None,
    }))
}

/// The action for a key, if the key does anything here.
#[must_use]
pub fn map(key: KeyEvent, context: Context, help_open: bool) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c' | 'q') => Some(S(A::Quit)),
            _ => None,
        };
    }
    if help_open {
        return Some(UiAction::CloseHelp);
    }
    // Keys that mean the same everywhere, typing or not.
    let everywhere = match key.code {
        KeyCode::F(1) => Some(UiAction::ToggleHelp),
        KeyCode::F(2) => Some(S(A::Hint)),
        KeyCode::F(3) => Some(S(A::ToggleLanguage)),
        KeyCode::F(4) => Some(UiAction::OpenCatalogue),
        KeyCode::Esc => Some(S(A::Back)),
        KeyCode::PageDown => Some(UiAction::ScrollPage(1)),
        KeyCode::PageUp => Some(UiAction::ScrollPage(-1)),
        KeyCode::Tab => Some(S(A::Next)),
        KeyCode::BackTab => Some(S(A::Previous)),
        _ => None,
    };
    if everywhere.is_some() {
        return everywhere;
    }
    if matches!(context, Context::Cloze | Context::Survey) {
        return match key.code {
            KeyCode::Enter => Some(S(A::Open)),
            KeyCode::Backspace => Some(S(A::Erase)),
            KeyCode::Left => Some(S(A::CursorLeft)),
            KeyCode::Right => Some(S(A::CursorRight)),
            KeyCode::Up => Some(S(A::Up)),
            KeyCode::Down => Some(S(A::Down)),
            KeyCode::Char(c) => Some(S(A::Type(c))),
            _ => None,
        };
    }
    if context == Context::Typed {
        return match key.code {
            KeyCode::Enter => Some(S(A::Open)),
            KeyCode::Backspace => Some(S(A::Erase)),
            KeyCode::Left => Some(S(A::CursorLeft)),
            KeyCode::Right => Some(S(A::CursorRight)),
            KeyCode::Up => Some(UiAction::Scroll(-1)),
            KeyCode::Down => Some(UiAction::Scroll(1)),
            KeyCode::Char(c) => Some(S(A::Type(c))),
            _ => None,
        };
    }
    let common = match key.code {
        KeyCode::Char('q') => Some(S(A::Quit)),
        KeyCode::Char('?') => Some(UiAction::ToggleHelp),
        KeyCode::Char('l' | 'L') => Some(S(A::ToggleLanguage)),
        KeyCode::Char('/') => Some(UiAction::OpenAsk),
        KeyCode::Char('g') => Some(UiAction::OpenGlossary),
        KeyCode::Backspace => Some(S(A::Back)),
        _ => None,
    };
    if common.is_some() {
        return common;
    }
    let digit = match key.code {
        KeyCode::Char(c @ '1'..='9') => c.to_digit(10).map(|d| d as usize - 1),
        _ => None,
    };
    match context {
        Context::List => list_key(key, digit),
        Context::Page => page_key(key),
        Context::Choice { multiple } => choice_key(key, digit, multiple),
        Context::Order => order_key(key),
        Context::Match => match_key(key),
        Context::Typed | Context::Cloze | Context::Survey => None,
    }
}

fn list_key(key: KeyEvent, digit: Option<usize>) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
        KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
        KeyCode::Enter | KeyCode::Right => Some(S(A::Open)),
        KeyCode::Left => Some(S(A::Back)),
        KeyCode::Char('r') => Some(S(A::Review)),
        _ => digit.map(|d| S(A::Pick(d))),
    }
}

fn page_key(key: KeyEvent) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(UiAction::Scroll(-1)),
        KeyCode::Down | KeyCode::Char('j') => Some(UiAction::Scroll(1)),
        KeyCode::Char(' ') => Some(UiAction::ScrollPage(1)),
        KeyCode::Enter | KeyCode::Right | KeyCode::Char('n') => Some(S(A::Next)),
        KeyCode::Left | KeyCode::Char('p') => Some(S(A::Previous)),
        KeyCode::Char('h') => Some(S(A::Hint)),
        KeyCode::Char('t') => Some(UiAction::NextTerm),
        _ => None,
    }
}

fn choice_key(key: KeyEvent, digit: Option<usize>, multiple: bool) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
        KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
        KeyCode::Enter => Some(S(A::Open)),
        KeyCode::Char(' ') if multiple => Some(S(A::Toggle)),
        KeyCode::Right | KeyCode::Char('n') => Some(S(A::Next)),
        KeyCode::Left | KeyCode::Char('p') => Some(S(A::Previous)),
        KeyCode::Char('h') => Some(S(A::Hint)),
        _ if multiple => digit.map(|d| S(A::ToggleAt(d))),
        _ => digit.map(|d| S(A::Pick(d))),
    }
}

fn order_key(key: KeyEvent) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
        KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
        KeyCode::Char(' ') => Some(S(A::Toggle)),
        KeyCode::Enter => Some(S(A::Open)),
        KeyCode::Right | KeyCode::Char('n') => Some(S(A::Next)),
        KeyCode::Left | KeyCode::Char('p') => Some(S(A::Previous)),
        KeyCode::Char('h') => Some(S(A::Hint)),
        _ => None,
    }
}

/// ←→ choose a row's partner, so steps move to n and p.
fn match_key(key: KeyEvent) -> Option<UiAction> {
    use Action as A;
    use UiAction::Session as S;
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
        KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
        KeyCode::Left => Some(S(A::CursorLeft)),
        KeyCode::Right | KeyCode::Char(' ') => Some(S(A::CursorRight)),
        KeyCode::Enter => Some(S(A::Open)),
        KeyCode::Char('n') => Some(S(A::Next)),
        KeyCode::Char('p') => Some(S(A::Previous)),
        KeyCode::Char('h') => Some(S(A::Hint)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    const SINGLE: Context = Context::Choice { multiple: false };
    const MULTIPLE: Context = Context::Choice { multiple: true };

    #[test]
    fn the_same_key_means_what_the_screen_shows() {
        assert_eq!(map(key(KeyCode::Down), Context::List, false), Some(UiAction::Session(Action::Down)));
        assert_eq!(map(key(KeyCode::Down), Context::Page, false), Some(UiAction::Scroll(1)));
        assert_eq!(map(key(KeyCode::Down), SINGLE, false), Some(UiAction::Session(Action::Down)));
        assert_eq!(map(key(KeyCode::Char('3')), SINGLE, false), Some(UiAction::Session(Action::Pick(2))));
        assert_eq!(
            map(key(KeyCode::Char('3')), MULTIPLE, false),
            Some(UiAction::Session(Action::ToggleAt(2)))
        );
        assert_eq!(map(key(KeyCode::Char(' ')), MULTIPLE, false), Some(UiAction::Session(Action::Toggle)));
        assert_eq!(map(key(KeyCode::Char('3')), Context::Page, false), None);
    }

    #[test]
    fn letters_are_typed_into_an_answer() {
        for c in ['q', 'h', 'l', 'n', '?', '3'] {
            assert_eq!(
                map(key(KeyCode::Char(c)), Context::Typed, false),
                Some(UiAction::Session(Action::Type(c)))
            );
        }
        assert_eq!(map(key(KeyCode::F(2)), Context::Typed, false), Some(UiAction::Session(Action::Hint)));
        assert_eq!(map(key(KeyCode::Tab), Context::Typed, false), Some(UiAction::Session(Action::Next)));
        assert_eq!(map(key(KeyCode::Esc), Context::Typed, false), Some(UiAction::Session(Action::Back)));
    }

    #[test]
    fn ordering_and_matching_keys() {
        assert_eq!(
            map(key(KeyCode::Char(' ')), Context::Order, false),
            Some(UiAction::Session(Action::Toggle))
        );
        assert_eq!(
            map(key(KeyCode::Right), Context::Match, false),
            Some(UiAction::Session(Action::CursorRight))
        );
        assert_eq!(
            map(key(KeyCode::Char('n')), Context::Match, false),
            Some(UiAction::Session(Action::Next))
        );
    }

    #[test]
    fn slash_asks_except_while_typing_and_g_opens_the_glossary() {
        assert_eq!(map(key(KeyCode::Char('/')), Context::List, false), Some(UiAction::OpenAsk));
        assert_eq!(map(key(KeyCode::Char('/')), Context::Page, false), Some(UiAction::OpenAsk));
        assert_eq!(
            map(key(KeyCode::Char('/')), Context::Typed, false),
            Some(UiAction::Session(Action::Type('/')))
        );
        assert_eq!(map(key(KeyCode::F(4)), Context::List, false), Some(UiAction::OpenCatalogue));
        assert_eq!(map(key(KeyCode::Char('g')), SINGLE, false), Some(UiAction::OpenGlossary));
        assert_eq!(map(key(KeyCode::Char('t')), Context::Page, false), Some(UiAction::NextTerm));
        assert_eq!(map(key(KeyCode::Char('t')), SINGLE, false), None);
    }

    #[test]
    fn ctrl_c_quits_even_with_help_open() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map(ctrl_c, Context::Typed, true), Some(UiAction::Session(Action::Quit)));
        assert_eq!(map(key(KeyCode::Char('q')), Context::Page, true), Some(UiAction::CloseHelp));
    }
}
