//! Drawing the app: the frame around every screen (header, notice line, key bar), the
//! "window too small" message, and dispatch to one view per screen.

mod ask;
mod catalogue;
mod choice;
mod cloze;
mod exercise;
mod glossary;
mod help;
mod home;
mod keybar;
mod lesson;
mod picker;
mod problems;
mod sequence;
mod survey;
mod typed;
mod workshop;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Panel};
use super::theme;
use crate::i18n::Msg;
use crate::session::Screen;

/// The smallest terminal the layout is made for; below it a message replaces the screens.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lang = self.session.lang();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let message = Msg::TooSmall.fill(lang, &[&area.width, &area.height, &MIN_WIDTH, &MIN_HEIGHT]);
            Paragraph::new(message).wrap(Wrap { trim: true }).render(area, buf);
            return;
        }
        let [header, body, notice, keys_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        render_header(self, header, buf);
        if let Some(error) = &self.save_error {
            let text = Msg::NotSaved.fill(lang, &[error]);
            Paragraph::new(Line::styled(format!(" {text}"), theme::INCORRECT)).render(notice, buf);
        }
        if let Some(picker) = &self.picker {
            picker::render(self, picker, body, buf);
            let keys = Line::from(vec![
                Span::styled(" ↑↓ Enter ", theme::KEY),
                Span::raw(format!(" {}  ", Msg::KeySelect.text(lang))),
                Span::styled(" F2 ", theme::KEY),
                Span::raw(format!(" {}  ", Msg::KeyRename.text(lang))),
                Span::styled(" Del ", theme::KEY),
                Span::raw(format!(" {}  ", Msg::KeyDelete.text(lang))),
                Span::styled(" Esc ", theme::KEY),
                Span::raw(format!(" {} ", Msg::KeyQuit.text(lang))),
            ]);
            Paragraph::new(keys).render(keys_area, buf);
            return;
        }
        if let (true, Some(browser)) = (self.catalogue_open, &self.catalogue) {
            catalogue::render(browser, lang, body, buf);
            keybar::render_catalogue(browser, lang, keys_area, buf);
            if self.help_open {
                help::render(self, area, buf);
            }
            return;
        }
        if let Some(panel) = self.panels.last() {
            let course = self.session.course();
            match (panel, &self.asker) {
                (Panel::Ask, Some(asker)) => {
                    ask::render(asker, course, lang, body, buf);
                    keybar::render_ask(asker, lang, keys_area, buf);
                }
                (Panel::Glossary, _) => {
                    glossary::render(&self.glossary, course, lang, body, buf);
                    keybar::render_glossary(self.glossary.open().is_some(), lang, keys_area, buf);
                }
                (Panel::Ask, None) => {}
            }
            if let (Some(text), None) = (self.session.notice_text(), &self.save_error) {
                Paragraph::new(Line::styled(format!(" {text}"), theme::NOTICE)).render(notice, buf);
            }
            if self.help_open {
                help::render(self, area, buf);
            }
            return;
        }
        let body = match &self.preview {
            Some(preview) if !preview.problems.is_empty() => {
                let [screen, panel] = problems::split(body, &preview.problems);
                problems::render(&preview.problems, lang, panel, buf);
                screen
            }
            _ => body,
        };
        match self.session.screen() {
            Screen::Home { selected } => home::render(self, *selected, body, buf),
            Screen::Workshop { selected, .. } => workshop::render(self, *selected, body, buf),
            Screen::Lesson(_) => lesson::render(self, body, buf),
        }
        let reloaded = self
            .preview
            .as_ref()
            .is_some_and(|p| p.reloaded)
            .then(|| Msg::PreviewReloaded.text(lang).to_string());
        // The marked term's names say in words what its highlight shows.
        let marked = marked_term(self);
        if let (Some(text), None) = (marked.or(self.session.notice_text()).or(reloaded), &self.save_error) {
            Paragraph::new(Line::styled(format!(" {text}"), theme::NOTICE)).render(notice, buf);
        }
        keybar::render(self, keys_area, buf);
        if self.help_open {
            help::render(self, area, buf);
        }
    }
}

/// "Glossary: katalog daring — online catalogue" for the term marked on a page.
fn marked_term(app: &App) -> Option<String> {
    let lang = app.session.lang();
    let id = app.terms.marked_id()?;
    let term = app.session.course().glossary.iter().find(|t| t.id == id)?;
    let own = term.term.get(lang);
    let other = term.term.get(lang.other());
    let names = if other == own { own.clone() } else { format!("{own} — {other}") };
    Some(format!("{}: {names}", Msg::GlossaryTitle.text(lang)))
}

/// " infolit · Workshop › Lesson" on the left, the language on the right.
fn render_header(app: &App, area: Rect, buf: &mut Buffer) {
    let lang = app.session.lang();
    let mut spans = vec![Span::styled(" infolit ", theme::KEY)];
    if app.preview.is_some() {
        spans.push(Span::styled(format!(" {} ", Msg::PreviewTag.text(lang)), theme::INCORRECT));
    }
    if let Some(workshop) = app.session.workshop() {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(workshop.title.get(lang).clone(), theme::TITLE));
    } else {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(Msg::AppTitle.text(lang), theme::TITLE));
    }
    if let Some(lesson) = app.session.lesson() {
        spans.push(Span::styled(" › ", theme::DIM));
        spans.push(Span::raw(lesson.title.get(lang).clone()));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
    let language = Line::from(vec![Span::styled(format!(" {} ", lang.code().to_uppercase()), theme::KEY)]);
    Paragraph::new(language).alignment(Alignment::Right).render(area, buf);
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use ratatui::style::Modifier;

    use super::*;
    use crate::lang::Lang;
    use crate::tui::app::tests::{app, kinds_app, press};

    fn draw(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
        terminal.draw(|frame| frame.render_widget(app, frame.area())).expect("draw");
        terminal
    }

    #[test]
    fn catalogue_screens() {
        let mut app = kinds_app(Lang::En);
        press(&mut app, "<f4>");
        insta::assert_snapshot!("catalogue_empty", draw(&app, 80, 24).backend());
        press(&mut app, "litera* OR stunting AND");
        insta::assert_snapshot!("catalogue_mistake", draw(&app, 80, 24).backend());
        press(&mut app, " lang:en");
        insta::assert_snapshot!("catalogue_results", draw(&app, 80, 24).backend());
        press(&mut app, "<down><enter>");
        insta::assert_snapshot!("catalogue_record", draw(&app, 80, 24).backend());
        press(&mut app, "<f3>");
        insta::assert_snapshot!("catalogue_record_in_indonesian", draw(&app, 80, 24).backend());
    }

    #[test]
    fn catalogue_word_forms() {
        let mut app = kinds_app(Lang::En);
        press(&mut app, "<f4>determinant");
        assert!(
            app.catalogue.as_ref().is_some_and(|b| b.results().is_empty()),
            "the exact word is not there"
        );
        press(&mut app, "<f5>");
        assert_eq!(app.catalogue.as_ref().map(|b| b.results().len()), Some(1), "its plural is");
        insta::assert_snapshot!("catalogue_word_forms", draw(&app, 80, 24).backend());
        press(&mut app, "<f5>");
        assert!(app.catalogue.as_ref().is_some_and(|b| b.results().is_empty()), "off again");
    }

    #[test]
    fn catalogue_on_the_smallest_terminal() {
        let mut app = kinds_app(Lang::Id);
        press(&mut app, "<f4>litera* OR stunting");
        insta::assert_snapshot!("catalogue_60x16", draw(&app, 60, 16).backend());
        press(&mut app, "<enter>");
        insta::assert_snapshot!("catalogue_record_60x16", draw(&app, 60, 16).backend());
    }

    #[test]
    fn catalogue_marks_the_words_found() {
        let mut app = kinds_app(Lang::En);
        press(&mut app, "<f4>stunting");
        let terminal = draw(&app, 80, 24);
        let buffer = terminal.backend().buffer();
        let row = (0..24)
            .find(|y| (0..80).map(|x| buffer[(x, *y)].symbol()).collect::<String>().contains("M01"))
            .expect("M01 listed");
        let line: String = (0..80).map(|x| buffer[(x, row)].symbol()).collect();
        let byte = line.find("stunting").expect("title word");
        let at = u16::try_from(line[..byte].chars().count()).expect("column");
        assert!(buffer[(at, row)].modifier.contains(ratatui::style::Modifier::BOLD));
        assert!(!buffer[(at - 2, row)].modifier.contains(ratatui::style::Modifier::BOLD));
    }

    #[test]
    fn ask_screens() {
        let mut app = app(Lang::En);
        press(&mut app, "/");
        insta::assert_snapshot!("ask_empty", draw(&app, 80, 24).backend());
        press(&mut app, "what is plagiarism<enter>");
        insta::assert_snapshot!("ask_results", draw(&app, 80, 24).backend());
        press(&mut app, "<down>");
        insta::assert_snapshot!("ask_results_second", draw(&app, 80, 24).backend());
        press(&mut app, "<bs><bs><bs><bs><bs><bs><bs><bs><bs><bs>xyzzy<enter>");
        let text = screen_text(&draw(&app, 80, 24));
        assert!(text.contains("No part of the lessons matches"), "{text}");
    }

    #[test]
    fn ask_on_the_smallest_terminal() {
        let mut app = app(Lang::Id);
        press(&mut app, "/operator boolean<enter>");
        insta::assert_snapshot!("ask_60x16", draw(&app, 60, 16).backend());
    }

    #[test]
    fn glossary_screens() {
        let mut app = app(Lang::Id);
        press(&mut app, "g");
        insta::assert_snapshot!("glossary_list", draw(&app, 80, 24).backend());
        press(&mut app, "katalog<down>");
        insta::assert_snapshot!("glossary_filtered", draw(&app, 80, 24).backend());
        press(&mut app, "<bs><bs><bs><bs><bs><bs><bs>literasi informasi<enter><down>");
        insta::assert_snapshot!("glossary_term", draw(&app, 80, 24).backend());
        press(&mut app, "l");
        insta::assert_snapshot!("glossary_term_60x16", draw(&app, 60, 16).backend());
    }

    #[test]
    fn lesson_page_with_a_term_marked() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down><enter>");
        draw(&app, 80, 24);
        press(&mut app, "t");
        let terminal = draw(&app, 80, 24);
        insta::assert_snapshot!(terminal.backend());
        let buffer = terminal.backend().buffer();
        let cells: Vec<&ratatui::buffer::Cell> = buffer.content().iter().collect();
        let marked = cells.iter().filter(|c| c.modifier.contains(Modifier::REVERSED | Modifier::UNDERLINED));
        let word: String = marked.map(|c| c.symbol()).collect();
        let id = app.terms.marked_id().expect("a term marked");
        let term = app.session.course().glossary.iter().find(|t| t.id == id).expect("term");
        assert!(term.names(Lang::En).any(|n| n.eq_ignore_ascii_case(word.trim())), "{word:?} names {id}");
        let underlined = cells
            .iter()
            .filter(|c| c.modifier.contains(Modifier::UNDERLINED) && !c.modifier.contains(Modifier::REVERSED))
            .count();
        assert!(underlined > 0, "the other terms are underlined");
    }

    /// The bundled app with the first workshop done and every answer since weak.
    fn app_with_weak_answers(lang: Lang) -> App {
        let mut app = app(lang);
        let course = app.session.course();
        let mut results = crate::recommend::Results::default();
        let first = &course.workshops[0];
        for lesson in &first.lessons {
            results.completed.insert((first.id.clone(), lesson.id.clone()));
        }
        for exercise in course.exercises.iter().filter(|e| e.kind.is_graded()) {
            results.best.insert(exercise.id.clone(), 0.3);
        }
        app.recommendations = crate::recommend::recommend(course, &results);
        app
    }

    #[test]
    fn home_screen_with_recommendations() {
        let app = app_with_weak_answers(Lang::En);
        assert_eq!(app.recommendations.len(), 3);
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
        let text = screen_text(&draw(&app_with_weak_answers(Lang::Id), 80, 24));
        assert!(text.contains("Saran belajar"), "{text}");
        // Too little room: the description keeps it.
        let text = screen_text(&draw(&app, 60, 16));
        assert!(!text.contains("What to study next"), "{text}");
    }

    #[test]
    fn a_finished_lesson_says_what_to_study_next() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><enter>");
        let steps = app.session.lesson().map_or(0, |l| l.steps.len());
        for _ in 0..steps {
            press(&mut app, "<tab>");
        }
        let text = screen_text(&draw(&app, 80, 24));
        assert!(text.contains("What to study next: Next: “Boolean operators"), "{text}");
        press(&mut app, "<down>");
        let text = screen_text(&draw(&app, 80, 24));
        assert!(!text.contains("What to study next"), "only just after the lesson: {text}");
    }

    #[test]
    fn home_screen() {
        let app = app(Lang::En);
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    #[test]
    fn home_screen_in_indonesian() {
        let app = app(Lang::Id);
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    /// The bundled app with the first two graded exercises due for review.
    fn app_with_reviews(lang: Lang) -> App {
        let mut app = app(lang);
        let course = app.session.course();
        let due: Vec<String> = course
            .exercises
            .iter()
            .filter(|e| e.kind.is_graded() && course.lesson_of(&e.id).is_some())
            .take(2)
            .map(|e| e.id.clone())
            .collect();
        app.session.set_due(due);
        app
    }

    fn screen_text(terminal: &Terminal<TestBackend>) -> String {
        let buffer = terminal.backend().buffer();
        let area = buffer.area;
        (0..area.height)
            .map(|y| (0..area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn home_screen_with_reviews_due() {
        let app = app_with_reviews(Lang::En);
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
        let app = app_with_reviews(Lang::Id);
        let text = screen_text(&draw(&app, 80, 24));
        assert!(text.contains("2 untuk diulang hari ini"), "{text}");
    }

    #[test]
    fn review_step_and_back_home() {
        let mut app = app_with_reviews(Lang::En);
        press(&mut app, "r");
        insta::assert_snapshot!("review_step", draw(&app, 80, 24).backend());
        press(&mut app, "<esc>");
        assert_eq!(app.session.screen(), &Screen::Home { selected: 0 });
        let mut app = super::super::app::tests::app(Lang::Id);
        press(&mut app, "r");
        let text = screen_text(&draw(&app, 80, 24));
        assert!(text.contains("Tidak ada yang perlu diulang hari ini"), "{text}");
    }

    #[test]
    fn workshop_screen() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down>");
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    #[test]
    fn lesson_page() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down><enter>");
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    #[test]
    fn exercise_after_a_wrong_answer_and_a_hint() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><down><enter>n2h");
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    /// Snapshots of an exercise of the fixture course: `keys` reach it, `answer` answers it.
    fn widget(name: &str, keys: &str, answer: &str) {
        let mut app = kinds_app(Lang::En);
        press(&mut app, keys);
        insta::assert_snapshot!(format!("{name}_before"), draw(&app, 80, 24).backend());
        press(&mut app, answer);
        insta::assert_snapshot!(format!("{name}_after"), draw(&app, 80, 24).backend());
    }

    #[test]
    fn single_choice_widget() {
        widget("single_choice", "<enter><enter>", "<down><enter>");
    }

    #[test]
    fn multiple_choice_widget() {
        widget("multiple_choice", "<enter><enter><tab><space><down><down>", "<space><enter>");
    }

    #[test]
    fn true_false_widget() {
        widget("true_false", "<enter><enter><tab><tab>", "2");
    }

    #[test]
    fn short_answer_widget() {
        widget("short_answer", "<enter><enter><tab><tab><tab>opc<bs>ac", "<f2><enter>");
    }

    #[test]
    fn query_widget() {
        widget(
            "query",
            "<enter><enter><tab><tab><tab><tab><tab><tab><tab><tab>su:\"information literacy\" NOT lang:id",
            "<enter>",
        );
    }

    #[test]
    fn identifier_widget() {
        widget("identifier", "<enter><down><down><enter>1", "<enter>");
    }

    #[test]
    fn licence_widget() {
        widget("licence", "<enter><down><down><down><enter><tab><tab>CC BY-NC-SA", "<enter>");
    }

    #[test]
    fn citation_fix_widget() {
        // The entry to correct is in the answer field; the learner edits it.
        widget("citation_fix", "<enter><down><down><down><down><enter><tab>", "<enter>");
    }

    #[test]
    fn numeric_widget_out_of_attempts() {
        widget("numeric", "<enter><enter><tab><tab><tab><tab>80<enter>", "7<enter>");
    }

    #[test]
    fn order_widget() {
        widget("order", "<enter><enter><tab><tab><tab><tab><tab><space><down>", "<space><enter>");
    }

    #[test]
    fn match_widget() {
        widget("match", "<enter><enter><tab><tab><tab><tab><tab><tab><right><down><right><right>", "<enter>");
    }

    #[test]
    fn cloze_widget() {
        widget(
            "cloze",
            "<enter><enter><tab><tab><tab><tab><tab><tab><tab>anf<down><right><right>",
            "<enter>",
        );
    }

    #[test]
    fn who_are_you_then_recorded_work() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = crate::progress::Store::open_in(dir.path()).expect("store");
        store.learner("Budi", jiff::Timestamp::UNIX_EPOCH).expect("learner");
        let recorder = crate::session::Recorder::new(store);
        let mut app = app(Lang::En).with_recorder(recorder, || jiff::Timestamp::UNIX_EPOCH);
        press(&mut app, "Sa");
        insta::assert_snapshot!("who_are_you", draw(&app, 80, 24).backend());
        // Rename Budi, then delete the new name (typed again to confirm).
        press(&mut app, "<bs><bs><up><f2>Budi S<enter>");
        assert_eq!(app.picker.as_ref().map(|p| p.names.clone()), Some(vec!["Budi S".to_string()]));
        press(&mut app, "<up><del>budi s<enter>");
        assert_eq!(app.picker.as_ref().map(|p| p.names.len()), Some(0));
        press(&mut app, "Sari<enter>");
        assert!(app.picker.is_none());
        assert_eq!(app.session.learner(), "Sari");
        // A finished lesson shows on the home screen and in the lesson list.
        press(&mut app, "<enter><enter>");
        let steps = app.session.lesson().map_or(0, |l| l.steps.len());
        for _ in 0..steps {
            press(&mut app, "<tab>");
        }
        press(&mut app, "<esc>");
        let text: String = draw(&app, 80, 24)
            .backend()
            .buffer()
            .content()
            .iter()
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        assert!(text.contains("[█████░░░░░] 1/2 lessons done"), "{text}");
        let store = crate::progress::Store::open_in(dir.path()).expect("reopen");
        let sari = store.find_learner("Sari").expect("read").expect("Sari was created");
        assert_eq!(store.completed_lessons(sari).expect("read").len(), 1);
    }

    #[test]
    fn survey_widget() {
        widget(
            "survey",
            "<enter><down><enter><tab>4<down><right><right><down>Lebih banyak contoh",
            "<enter>",
        );
    }

    #[test]
    fn help_overlay() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter>?");
        insta::assert_snapshot!(draw(&app, 80, 24).backend());
    }

    #[test]
    fn too_small_says_so() {
        let app = app(Lang::En);
        let terminal = draw(&app, 40, 10);
        let text: String =
            terminal.backend().buffer().content().iter().map(ratatui::buffer::Cell::symbol).collect();
        assert!(text.contains("The window is too small (40×10)"), "{text}");
    }

    #[test]
    fn language_switch_changes_lesson_text_and_interface_together() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><enter>l");
        let text: String = draw(&app, 80, 24)
            .backend()
            .buffer()
            .content()
            .iter()
            .map(ratatui::buffer::Cell::symbol)
            .collect();
        assert!(text.contains("Langkah 1 dari"), "{text}");
        assert!(text.contains("keluar"), "{text}");
    }

    #[test]
    fn scrolling_moves_the_text_and_stops_at_its_end() {
        let mut app = app(Lang::En);
        press(&mut app, "<enter><enter>");
        draw(&app, 80, 24);
        let max = app.max_scroll.get();
        assert!(max > 0 && max < u16::MAX, "the first page is longer than the screen");
        for _ in 0..200 {
            press(&mut app, "j");
        }
        assert_eq!(app.scroll, max);
    }

    /// A preview whose last save broke the lesson: the last good version stays, the problems
    /// are listed under it; a good save brings the new version at the same place.
    #[test]
    fn preview_shows_the_problems_of_a_broken_save_and_recovers() {
        use crate::content::{FileKind, check_file, source};
        use crate::preview::{Loaded, Target};

        let fixture =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kinds-course");
        let target =
            Target { root: fixture.clone(), workshop: Some("kinds".into()), lesson: Some("all".into()) };
        let mut app = kinds_app(Lang::En).previewing(target, Vec::new(), true);
        press(&mut app, "<enter><enter><right>");
        let place = app.session.place();

        let path = "lessons/kinds/all.toml";
        let text = std::fs::read_to_string(fixture.join(path)).expect("fixture");
        let broken = text.replacen("minutes = 5", "minutes = \"5\"\nminuten = 5", 1);
        let problems = check_file(path, source::from_bytes(broken.as_bytes()), FileKind::Lesson);
        assert_eq!(problems.len(), 2, "{problems:?}");
        app.apply_reload(Loaded::Broken(problems));
        insta::assert_snapshot!("preview_broken_save", draw(&app, 80, 24).backend());
        assert_eq!(app.session.place(), place, "the last good version stays");

        let loaded = crate::content::load(&crate::content::CourseSource::Dir(fixture)).expect("fixture");
        app.apply_reload(Loaded::Course { course: loaded.course, warnings: Vec::new() });
        assert_eq!(app.session.place(), place, "the same place after the reload");
        insta::assert_snapshot!("preview_reloaded", draw(&app, 80, 24).backend());
        press(&mut app, "?<esc>");
        let buffer = format!("{:?}", draw(&app, 80, 24).backend());
        assert!(!buffer.contains("Reloaded after a save"), "the notice goes with the next key");
    }
}
