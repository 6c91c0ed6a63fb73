//! What to study next: computed from the learner's stored results when a recorder keeps
//! them, else from what the session knows (the lessons finished), and only again when those
//! change (an attempt or a lesson saved, another learner), never per frame.

use super::App;
use crate::recommend::{Results, recommend};
use crate::session::Recorder;

impl App {
    pub(super) fn refresh_recommendations(&mut self) {
        let course = self.session.course();
        let finished: usize = (0..course.workshops.len()).map(|w| self.session.completed_in(w)).sum();
        let key = (
            self.recorder.as_ref().map_or(0, Recorder::written),
            finished,
            self.session.learner().to_string(),
        );
        if self.recommended_for.as_ref() == Some(&key) {
            return;
        }
        // A store that cannot be read falls back to what the session knows; saving reports
        // the store's problem.
        let stored = self.recorder.as_ref().and_then(|r| r.results().ok().flatten());
        let results = stored.unwrap_or_else(|| self.session_results());
        self.recommendations = recommend(self.session.course(), &results);
        self.recommended_for = Some(key);
    }

    /// The lessons the session knows as finished, without scores.
    fn session_results(&self) -> Results {
        let course = self.session.course();
        let mut results = Results::default();
        for (w, workshop) in course.workshops.iter().enumerate() {
            for (l, lesson) in workshop.lessons.iter().enumerate() {
                if self.session.is_completed(w, l) {
                    results.completed.insert((workshop.id.clone(), lesson.id.clone()));
                }
            }
        }
        results
    }
}
