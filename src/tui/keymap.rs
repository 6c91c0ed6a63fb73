//! Keys → actions. Which keys do what depends only on what is on screen (a list, a page or
//! an exercise, the help overlay); what an action then does is decided by the session.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::session::Action;

/// What is on screen, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    List,
    Page,
    Exercise,
}

/// An action of the TUI: a session action, or one that only changes the view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiAction {
    Session(Action),
    /// Scroll the text by this many lines (negative: up).
    Scroll(i32),
    /// Scroll by a screenful (negative: up).
    ScrollPage(i32),
    ToggleHelp,
    CloseHelp,
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
    let common = match key.code {
        KeyCode::Char('q') => Some(S(A::Quit)),
        KeyCode::Char('?') | KeyCode::F(1) => Some(UiAction::ToggleHelp),
        KeyCode::Char('l' | 'L') => Some(S(A::ToggleLanguage)),
        KeyCode::Esc | KeyCode::Backspace => Some(S(A::Back)),
        KeyCode::PageDown => Some(UiAction::ScrollPage(1)),
        KeyCode::PageUp => Some(UiAction::ScrollPage(-1)),
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
        Context::List => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
            KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
            KeyCode::Enter | KeyCode::Right => Some(S(A::Open)),
            KeyCode::Left => Some(S(A::Back)),
            _ => digit.map(|d| S(A::Pick(d))),
        },
        Context::Page => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(UiAction::Scroll(-1)),
            KeyCode::Down | KeyCode::Char('j') => Some(UiAction::Scroll(1)),
            KeyCode::Char(' ') => Some(UiAction::ScrollPage(1)),
            KeyCode::Enter | KeyCode::Right | KeyCode::Char('n') => Some(S(A::Next)),
            KeyCode::Left | KeyCode::Char('p') => Some(S(A::Previous)),
            KeyCode::Char('h') => Some(S(A::Hint)),
            _ => None,
        },
        Context::Exercise => match key.code {
            KeyCode::Up | KeyCode::Char('k') => Some(S(A::Up)),
            KeyCode::Down | KeyCode::Char('j') => Some(S(A::Down)),
            KeyCode::Enter => Some(S(A::Open)),
            KeyCode::Right | KeyCode::Char('n') => Some(S(A::Next)),
            KeyCode::Left | KeyCode::Char('p') => Some(S(A::Previous)),
            KeyCode::Char('h') => Some(S(A::Hint)),
            _ => digit.map(|d| S(A::Pick(d))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_what_the_screen_shows() {
        assert_eq!(
            map(key(KeyCode::Down), Context::List, false),
            Some(UiAction::Session(Action::Down))
        );
        assert_eq!(
            map(key(KeyCode::Down), Context::Page, false),
            Some(UiAction::Scroll(1))
        );
        assert_eq!(
            map(key(KeyCode::Down), Context::Exercise, false),
            Some(UiAction::Session(Action::Down))
        );
        assert_eq!(
            map(key(KeyCode::Char('3')), Context::Exercise, false),
            Some(UiAction::Session(Action::Pick(2)))
        );
        assert_eq!(map(key(KeyCode::Char('3')), Context::Page, false), None);
    }

    #[test]
    fn ctrl_c_quits_even_with_help_open() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            map(ctrl_c, Context::Page, true),
            Some(UiAction::Session(Action::Quit))
        );
        assert_eq!(
            map(key(KeyCode::Char('q')), Context::Page, true),
            Some(UiAction::CloseHelp)
        );
    }
}
