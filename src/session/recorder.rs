//! Between a session and the store: signs a learner in (their finished lessons and where to
//! resume), and writes what the session records.

use jiff::Timestamp;

use super::Session;
use crate::progress::{LearnerId, Store, StoreError};
use crate::recommend::Results;

/// A store with the learner whose work it records.
#[derive(Debug)]
pub struct Recorder {
    store: Store,
    learner: Option<LearnerId>,
    /// Attempts and completions written so far, so a front end knows when what it derives
    /// from them (what to study next) is out of date without reading the store each time.
    written: u64,
}

impl Recorder {
    #[must_use]
    pub fn new(store: Store) -> Self {
        Recorder { store, learner: None, written: 0 }
    }

    #[must_use]
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// For looking after learners (rename, delete) between sessions.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Signs `name` in (created if new): the session learns their finished lessons and
    /// returns to where they stopped.
    ///
    /// # Errors
    /// When the store cannot be read or written.
    pub fn sign_in(&mut self, name: &str, now: Timestamp, session: &mut Session) -> Result<(), StoreError> {
        let id = self.store.learner(name, now)?;
        session.set_learner(name, self.store.completed_lessons(id)?);
        match session.take_open_on_sign_in() {
            Some(place) => {
                session.resume(&place);
            }
            None => {
                if let Some(position) = self.store.position(id)? {
                    session.resume(&position);
                }
            }
        }
        self.learner = Some(id);
        self.refresh_due(now, session)
    }

    /// Tells the session what is due for review at `now`.
    ///
    /// # Errors
    /// When the store cannot be read.
    pub fn refresh_due(&self, now: Timestamp, session: &mut Session) -> Result<(), StoreError> {
        let Some(learner) = self.learner else { return Ok(()) };
        let due = self.store.due(learner, now)?;
        session.set_due(due.into_iter().map(|item| item.exercise).collect());
        Ok(())
    }

    /// How many attempts and lesson completions this recorder has written: when it changes,
    /// [`Recorder::results`] has changed.
    #[must_use]
    pub fn written(&self) -> u64 {
        self.written
    }

    /// The signed-in learner's finished lessons and best scores, for what to study next;
    /// `None` before anyone signs in.
    ///
    /// # Errors
    /// When the store cannot be read.
    pub fn results(&self) -> Result<Option<Results>, StoreError> {
        let Some(learner) = self.learner else { return Ok(None) };
        let completed = self.store.completed_lessons(learner)?;
        let attempts = self.store.attempts(learner)?;
        Ok(Some(Results::of(completed, &attempts)))
    }

    /// Writes the session's new records, each in its own transaction. Records made before a
    /// learner signed in are dropped: there is no one to keep them for. After an attempt (which
    /// may move its review card), the session learns what is due now.
    ///
    /// # Errors
    /// On the first record that cannot be written; the ones after it are not written either.
    pub fn save(&mut self, session: &mut Session) -> Result<(), StoreError> {
        let records = session.take_records();
        let Some(learner) = self.learner else { return Ok(()) };
        for record in &records {
            self.store.record(learner, record)?;
            if matches!(
                record,
                crate::progress::Record::Attempt(_) | crate::progress::Record::LessonCompleted { .. }
            ) {
                self.written += 1;
            }
        }
        if records.iter().any(|r| matches!(r, crate::progress::Record::Attempt(_))) {
            self.refresh_due(session.now(), session)?;
        }
        Ok(())
    }
}
