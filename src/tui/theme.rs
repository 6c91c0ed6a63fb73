//! The TUI's styles in one place. Colour only ever repeats what the text already says (a ✓,
//! a "Correct!", a › marker), so a monochrome terminal loses nothing.

use ratatui::style::{Color, Modifier, Style};

pub const TITLE: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().fg(Color::DarkGray);
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const KEY: Style = Style::new().add_modifier(Modifier::REVERSED);
pub const NOTICE: Style = Style::new().fg(Color::Yellow);
pub const CORRECT: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
pub const INCORRECT: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
pub const HEADING: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
pub const CODE: Style = Style::new().fg(Color::Yellow);
pub const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);
pub const URL: Style = Style::new().fg(Color::Blue);
pub const MARKER: Style = Style::new().fg(Color::DarkGray);
pub const INPUT: Style = Style::new().add_modifier(Modifier::UNDERLINED);
/// Words of a catalogue record that the query found.
pub const FOUND: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
/// A glossary term in lesson text: underlined, as a link is, because it can be opened.
pub const TERM: Style = Style::new().add_modifier(Modifier::UNDERLINED);
/// The term `t` marked, which Enter opens; the key bar then says "open term".
pub const TERM_MARKED: Style = Style::new().add_modifier(Modifier::REVERSED.union(Modifier::UNDERLINED));
