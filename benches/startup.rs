//! What a learner waits for at start-up, and what an author waits for in `check`:
//! loading and validating the bundled course, and drawing the first TUI frame.
//!
//! Run with `cargo bench --bench startup`. Whole-command timings (process start included) are
//! taken with hyperfine; see the README's "Performance" section.

use criterion::{Criterion, criterion_group, criterion_main};
use infolit::content::{self, CourseSource};
use infolit::lang::Lang;
use infolit::session::Session;
use infolit::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn check_bundled_course(c: &mut Criterion) {
    c.bench_function("load and check the bundled course", |b| {
        b.iter(|| {
            let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
            assert!(!loaded.has_errors());
            loaded
        });
    });
}

fn first_frame(c: &mut Criterion) {
    c.bench_function("load the course and draw the first frame at 80x24", |b| {
        b.iter(|| {
            let loaded = content::load(&CourseSource::Bundled).expect("bundled course");
            let app = App::new(Session::new(loaded.course, Lang::Id), None);
            let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
            terminal.draw(|frame| frame.render_widget(&app, frame.area())).expect("draw");
            terminal
        });
    });
}

criterion_group!(benches, check_bundled_course, first_frame);
criterion_main!(benches);
