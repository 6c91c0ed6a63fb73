//! The key bar: the keys that act on this screen, most useful first, as many as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::super::app::App;
use super::super::keymap::Context;
use super::super::theme;
use crate::i18n::Msg;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let mut keys: Vec<(&str, Msg)> = match app.context() {
        Context::List => vec![("↑↓", Msg::KeySelect), ("Enter", Msg::KeyOpen)],
        Context::Page => vec![("←→", Msg::KeySteps), ("↑↓", Msg::KeyScroll)],
        Context::Exercise => vec![
            ("↑↓", Msg::KeySelect),
            ("Enter", Msg::KeyAnswer),
            ("←→", Msg::KeySteps),
            ("h", Msg::KeyHint),
        ],
    };
    keys.extend([("Esc", Msg::KeyBack), ("l", Msg::KeyLanguage)]);
    // Help and quit are always shown; the others as long as they fit before them.
    let always = [("?", Msg::KeyHelp), ("q", Msg::KeyQuit)];
    let width = |items: &[(&str, Msg)]| -> usize {
        items
            .iter()
            .map(|(k, m)| UnicodeWidthStr::width(*k) + UnicodeWidthStr::width(m.text(lang)) + 4)
            .sum()
    };
    let budget = usize::from(area.width).saturating_sub(width(&always));
    while width(&keys) > budget && keys.pop().is_some() {}
    let mut spans = Vec::new();
    for (key, msg) in keys.iter().chain(&always) {
        spans.push(Span::styled(format!(" {key} "), theme::KEY));
        spans.push(Span::raw(format!(" {} ", msg.text(lang))));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
