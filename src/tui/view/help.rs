//! The help overlay: what every key does, and where data is kept.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::super::app::App;
use super::super::theme;
use crate::i18n::Msg;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let popup = area.centered(Constraint::Max(72), Constraint::Max(24));
    Clear.render(popup, buf);
    let mut lines: Vec<Line> = vec![Line::raw(Msg::HelpIntro.text(lang)), Line::raw("")];
    for msg in [
        Msg::HelpMove,
        Msg::HelpOpen,
        Msg::HelpNumbers,
        Msg::HelpSteps,
        Msg::HelpScroll,
        Msg::HelpHint,
        Msg::HelpReview,
        Msg::HelpTick,
        Msg::HelpBack,
        Msg::HelpLanguage,
        Msg::HelpQuit,
        Msg::HelpTyped,
        Msg::HelpAsk,
        Msg::HelpCatalogue,
    ] {
        lines.push(Line::raw(msg.text(lang)));
    }
    if let Some(dir) = &app.data_dir {
        lines.push(Line::raw(""));
        lines.push(Line::styled(Msg::HelpData.fill(lang, &[&dir.display()]), theme::DIM));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(Msg::HelpClose.text(lang), theme::DIM));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(format!(" {} ", Msg::HelpTitle.text(lang))))
        .render(popup, buf);
}
