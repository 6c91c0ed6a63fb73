//! The SQLite store: the only code that opens, writes or reads the progress file.
//!
//! Durability settings: WAL journal, `synchronous = FULL` (a transaction is on disk when its
//! commit returns), one transaction per record, and a busy timeout so a second infolit on the
//! same file waits its turn instead of failing. A file that is not an infolit store is
//! refused and never written to.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use serde::Serialize;

use super::schema::{APPLICATION_ID, MIGRATIONS, current_version};
use super::{AttemptRecord, Record};

mod queue;

pub use queue::DueItem;

/// How long a write waits for another process holding the file (another infolit on the same
/// lab PC) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to wait before trying again to set up a file another infolit is setting up.
const SETUP_RETRY: Duration = Duration::from_millis(20);

/// Why the store cannot be used, worded for the learner or facilitator who sees it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the disk is full: your last answer was not saved. Free some space, then answer again")]
    DiskFull,
    /// SQLite reports a full disk as an I/O error when it happens while growing its WAL files.
    #[error(
        "writing to the disk failed (is it full?): your last answer was not saved. Free some space, then answer again"
    )]
    WriteFailed,
    #[error(
        "{path} cannot be written (read-only file or folder); progress cannot be saved there. Set INFOLIT_HOME to a folder you can write to"
    )]
    ReadOnly { path: PathBuf },
    #[error(
        "{path} is not an infolit progress file; it was left untouched. Move it away, or set INFOLIT_HOME to another folder"
    )]
    Foreign { path: PathBuf },
    #[error(
        "{path} is damaged and cannot be read; it was left untouched. Run `infolit doctor` for what to do"
    )]
    Corrupt { path: PathBuf },
    #[error(
        "{path} was written by a newer infolit (progress format {found}; this one reads up to {supported}); update infolit"
    )]
    Newer { path: PathBuf, found: i32, supported: i32 },
    #[error(
        "the progress file is busy: another infolit kept it locked for {seconds} seconds; close the other one and try again"
    )]
    Busy { seconds: u64 },
    #[error("cannot create the data folder {path}: {reason}")]
    Folder { path: PathBuf, reason: String },
    #[error("there is already a learner called `{name}`")]
    NameTaken { name: String },
    #[error("progress store error: {0}")]
    Sqlite(String),
}

impl StoreError {
    fn from_sqlite(error: &rusqlite::Error, path: &Path) -> StoreError {
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::SystemIoFailure) => StoreError::WriteFailed,
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                StoreError::ReadOnly { path: path.to_path_buf() }
            }
            Some(ErrorCode::NotADatabase) => StoreError::Foreign { path: path.to_path_buf() },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt { path: path.to_path_buf() },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Busy { seconds: BUSY_TIMEOUT.as_secs() }
            }
            _ => StoreError::Sqlite(error.to_string()),
        }
    }
}

/// What a reset covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResetScope {
    Exercise(String),
    Lesson { workshop: String, lesson: String },
    Workshop(String),
    All,
}

/// A learner's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LearnerId(i64);

/// Where a learner was: ids, so a changed course can still place (or not place) it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub workshop: String,
    pub lesson: String,
    pub step: usize,
}

/// One stored attempt, as read back.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct StoredAttempt {
    pub id: i64,
    pub workshop: String,
    pub lesson: String,
    pub exercise: String,
    pub exercise_hash: String,
    pub answer: String,
    pub score: f64,
    pub max: f64,
    pub correct: bool,
    pub hints_used: u32,
    pub time_spent_ms: i64,
    pub started_at: String,
    pub submitted_at: String,
}

/// A learner's progress in short.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub learner: String,
    pub attempts: usize,
    /// Exercises with at least one attempt, and their best score (as a fraction of the maximum).
    pub best: Vec<(String, f64)>,
    /// Lessons gone through to the end: (workshop, lesson).
    pub completed_lessons: Vec<(String, String)>,
}

/// The open progress file.
#[derive(Debug)]
pub struct Store {
    connection: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the store in `dir` (creating the folder and the file if needed).
    ///
    /// # Errors
    /// When the folder or file cannot be created or written, or the file is not an infolit
    /// store, is damaged, or is newer than this build.
    pub fn open_in(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Folder { path: dir.to_path_buf(), reason: e.to_string() })?;
        Store::open(&dir.join(super::STORE_FILE))
    }

    /// Opens (or creates) the store at `path`.
    ///
    /// # Errors
    /// See [`Store::open_in`].
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            create(path)?;
        }
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, path);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags).map_err(fail)?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        let store = Store { connection, path: path.to_path_buf() };
        // Two infolits starting at once on a new file meet while one of them sets it up; some of
        // those steps (switching to WAL) answer "busy" at once instead of waiting, so wait here.
        let mut waited = Duration::ZERO;
        loop {
            match store.set_up() {
                Err(StoreError::Busy { .. }) if waited < BUSY_TIMEOUT => {
                    std::thread::sleep(SETUP_RETRY);
                    waited += SETUP_RETRY;
                }
                Err(error) => return Err(error),
                Ok(()) => return Ok(store),
            }
        }
    }

    /// Checks the file is ours, sets the durability settings, and migrates.
    fn set_up(&self) -> Result<(), StoreError> {
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &self.path);
        self.check_identity()?;
        // WAL lets a reader (a facilitator's export) work while a learner writes; FULL makes a
        // committed attempt survive a power cut as well as a killed process.
        self.connection.pragma_update(None, "journal_mode", "WAL").map_err(fail)?;
        self.connection.pragma_update(None, "synchronous", "FULL").map_err(fail)?;
        self.connection.pragma_update(None, "foreign_keys", "ON").map_err(fail)?;
        self.migrate()
    }

    /// Refuses a file that is not ours: a foreign SQLite database, or not a database at all.
    fn check_identity(&self) -> Result<(), StoreError> {
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &self.path);
        let application_id: i32 =
            self.connection.pragma_query_value(None, "application_id", |r| r.get(0)).map_err(fail)?;
        let version: i32 =
            self.connection.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(fail)?;
        let tables: i64 = self
            .connection
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(fail)?;
        let is_new = application_id == 0 && version == 0 && tables == 0;
        if !is_new && application_id != APPLICATION_ID {
            return Err(StoreError::Foreign { path: self.path.clone() });
        }
        if version > current_version() {
            return Err(StoreError::Newer {
                path: self.path.clone(),
                found: version,
                supported: current_version(),
            });
        }
        Ok(())
    }

    /// Brings the schema up to date. The version is read again inside a write transaction,
    /// so two infolits starting together on a new file do not both create it.
    fn migrate(&self) -> Result<(), StoreError> {
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &self.path);
        let version: i32 =
            self.connection.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(fail)?;
        if version >= current_version() {
            return Ok(());
        }
        self.connection.execute_batch("BEGIN IMMEDIATE").map_err(fail)?;
        let result = (|| {
            let version: i32 = self.connection.pragma_query_value(None, "user_version", |r| r.get(0))?;
            let done = usize::try_from(version).unwrap_or(0);
            for migration in MIGRATIONS.iter().skip(done) {
                self.connection.execute_batch(migration)?;
            }
            self.connection.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                current_version()
            ))?;
            self.connection.execute_batch("COMMIT")
        })();
        if let Err(error) = result {
            let _ = self.connection.execute_batch("ROLLBACK");
            return Err(fail(error));
        }
        Ok(())
    }

    /// Where the file is.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn fail(&self, error: &rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(error, &self.path)
    }

    /// Every row of a query, each turned into a `T` by `row`.
    fn rows<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>, StoreError> {
        let mut statement = self.connection.prepare(sql).map_err(|e| self.fail(&e))?;
        let rows = statement.query_map(params, row).map_err(|e| self.fail(&e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.fail(&e))
    }

    /// The learners' names, in alphabetical order.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn learners(&self) -> Result<Vec<String>, StoreError> {
        self.rows("SELECT name FROM learners ORDER BY name COLLATE NOCASE", [], |r| r.get(0))
    }

    /// The learner with this name (case does not matter), created if new.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn learner(&mut self, name: &str, now: Timestamp) -> Result<LearnerId, StoreError> {
        let name = name.trim();
        self.connection
            .execute(
                "INSERT INTO learners (name, created_at) VALUES (?1, ?2) ON CONFLICT (name) DO NOTHING",
                params![name, now.to_string()],
            )
            .map_err(|e| self.fail(&e))?;
        let id = self
            .connection
            .query_row("SELECT id FROM learners WHERE name = ?1", [name], |r| r.get(0))
            .map_err(|e| self.fail(&e))?;
        Ok(LearnerId(id))
    }

    /// Renames a learner; their work follows the new name.
    ///
    /// # Errors
    /// When the name is taken or the file cannot be written.
    pub fn rename_learner(&mut self, old: &str, new: &str) -> Result<bool, StoreError> {
        if !old.trim().eq_ignore_ascii_case(new.trim()) && self.find_learner(new)?.is_some() {
            return Err(StoreError::NameTaken { name: new.trim().to_string() });
        }
        let changed = self
            .connection
            .execute("UPDATE learners SET name = ?1 WHERE name = ?2", params![new.trim(), old.trim()])
            .map_err(|e| self.fail(&e))?;
        Ok(changed > 0)
    }

    /// Deletes a learner and all their work, for good (not undoable: it is for a learner who
    /// asks to be forgotten, or a name made by mistake).
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn delete_learner(&mut self, name: &str) -> Result<bool, StoreError> {
        let changed = self
            .connection
            .execute("DELETE FROM learners WHERE name = ?1", [name.trim()])
            .map_err(|e| self.fail(&e))?;
        Ok(changed > 0)
    }

    /// An existing learner, without creating one.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn find_learner(&self, name: &str) -> Result<Option<LearnerId>, StoreError> {
        self.connection
            .query_row("SELECT id FROM learners WHERE name = ?1", [name.trim()], |r| r.get(0))
            .optional()
            .map(|id| id.map(LearnerId))
            .map_err(|e| self.fail(&e))
    }

    /// Writes one record in its own transaction; when this returns `Ok`, the record is on disk.
    ///
    /// # Errors
    /// When the file cannot be written: [`StoreError::DiskFull`] leaves earlier data intact.
    pub fn record(&mut self, learner: LearnerId, record: &Record) -> Result<(), StoreError> {
        let path = self.path.clone();
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &path);
        let transaction = self.connection.transaction().map_err(fail)?;
        match record {
            Record::Attempt(a) => {
                insert_attempt(&transaction, learner, a).map_err(fail)?;
                queue::after_attempt(&transaction, learner, a).map_err(fail)?;
            }
            Record::Step { workshop, lesson, step, at } => {
                let step = i64::try_from(*step).unwrap_or(i64::MAX);
                transaction
                    .execute(
                        "INSERT INTO visits (learner_id, workshop_id, lesson_id, step, visited_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![learner.0, workshop, lesson, step, at.to_string()],
                    )
                    .map_err(fail)?;
                transaction
                    .execute(
                        "INSERT INTO positions (learner_id, workshop_id, lesson_id, step, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (learner_id) DO UPDATE SET workshop_id = ?2, lesson_id = ?3, step = ?4, updated_at = ?5",
                        params![learner.0, workshop, lesson, step, at.to_string()],
                    )
                    .map_err(fail)?;
            }
            Record::Response { workshop, lesson, exercise, exercise_hash, question, response, at } => {
                transaction
                    .execute(
                        "INSERT INTO responses (learner_id, workshop_id, lesson_id, exercise_id, exercise_hash, question,
                                                response, submitted_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            learner.0,
                            workshop,
                            lesson,
                            exercise,
                            exercise_hash,
                            i64::try_from(*question).unwrap_or(i64::MAX),
                            response,
                            at.to_string()
                        ],
                    )
                    .map_err(fail)?;
            }
            Record::Hint { workshop, lesson, exercise, hint, at } => {
                transaction
                    .execute(
                        "INSERT INTO hints (learner_id, workshop_id, lesson_id, exercise_id, hint, shown_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            learner.0,
                            workshop,
                            lesson,
                            exercise,
                            i64::try_from(*hint).unwrap_or(i64::MAX),
                            at.to_string()
                        ],
                    )
                    .map_err(fail)?;
            }
            // A workshop's completion is a completions row with an empty lesson id.
            Record::WorkshopCompleted { workshop, at } => {
                transaction
                    .execute(
                        "INSERT INTO completions (learner_id, workshop_id, lesson_id, completed_at) VALUES (?1, ?2, '', ?3)
                         ON CONFLICT DO UPDATE SET completed_at = ?3, reset_id = NULL WHERE reset_id IS NOT NULL",
                        params![learner.0, workshop, at.to_string()],
                    )
                    .map_err(fail)?;
            }
            Record::LessonCompleted { workshop, lesson, at } => {
                transaction
                    .execute(
                        "INSERT INTO completions (learner_id, workshop_id, lesson_id, completed_at) VALUES (?1, ?2, ?3, ?4)
                         ON CONFLICT DO UPDATE SET completed_at = ?4, reset_id = NULL WHERE reset_id IS NOT NULL",
                        params![learner.0, workshop, lesson, at.to_string()],
                    )
                    .map_err(fail)?;
            }
        }
        transaction.commit().map_err(fail)
    }

    /// Where the learner was last.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn position(&self, learner: LearnerId) -> Result<Option<Position>, StoreError> {
        self.connection
            .query_row(
                "SELECT workshop_id, lesson_id, step FROM positions WHERE learner_id = ?1",
                [learner.0],
                |r| {
                    let step: i64 = r.get(2)?;
                    Ok(Position {
                        workshop: r.get(0)?,
                        lesson: r.get(1)?,
                        step: usize::try_from(step).unwrap_or(0),
                    })
                },
            )
            .optional()
            .map_err(|e| self.fail(&e))
    }

    /// The lessons the learner went through to the end.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn completed_lessons(&self, learner: LearnerId) -> Result<Vec<(String, String)>, StoreError> {
        self.rows(
            "SELECT workshop_id, lesson_id FROM completions WHERE learner_id = ?1 AND reset_id IS NULL AND lesson_id != ''
             ORDER BY completed_at",
            [learner.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Every attempt of a learner, oldest first.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn attempts(&self, learner: LearnerId) -> Result<Vec<StoredAttempt>, StoreError> {
        self.rows(
            "SELECT id, workshop_id, lesson_id, exercise_id, exercise_hash, answer, score, max_score, correct,
                        hints_used, time_spent_ms, started_at, submitted_at
                 FROM attempts WHERE learner_id = ?1 AND reset_id IS NULL ORDER BY id",
            [learner.0],
            |r| {
                Ok(StoredAttempt {
                    id: r.get(0)?,
                    workshop: r.get(1)?,
                    lesson: r.get(2)?,
                    exercise: r.get(3)?,
                    exercise_hash: r.get(4)?,
                    answer: r.get(5)?,
                    score: r.get(6)?,
                    max: r.get(7)?,
                    correct: r.get(8)?,
                    hints_used: r.get(9)?,
                    time_spent_ms: r.get(10)?,
                    started_at: r.get(11)?,
                    submitted_at: r.get(12)?,
                })
            },
        )
    }

    /// A learner's progress in short.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn summary(&self, name: &str, learner: LearnerId) -> Result<Summary, StoreError> {
        let attempts = self.attempts(learner)?;
        let mut best: Vec<(String, f64)> = Vec::new();
        for attempt in &attempts {
            let fraction = if attempt.max > 0.0 { attempt.score / attempt.max } else { 0.0 };
            match best.iter_mut().find(|(id, _)| *id == attempt.exercise) {
                Some((_, score)) => *score = score.max(fraction),
                None => best.push((attempt.exercise.clone(), fraction)),
            }
        }
        Ok(Summary {
            learner: name.to_string(),
            attempts: attempts.len(),
            best,
            completed_lessons: self.completed_lessons(learner)?,
        })
    }

    /// Hides a learner's work in `scope` (attempts, responses, finished lessons, review cards),
    /// keeping it so [`Store::undo_reset`] can bring it back. How many attempts were hidden.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn reset(
        &mut self,
        learner: LearnerId,
        scope: &ResetScope,
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let path = self.path.clone();
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &path);
        let (kind, target, filter) = match scope {
            ResetScope::Exercise(id) => ("exercise", id.clone(), "exercise_id = ?3"),
            ResetScope::Lesson { workshop, lesson } => {
                ("lesson", format!("{workshop}/{lesson}"), "workshop_id || '/' || lesson_id = ?3")
            }
            ResetScope::Workshop(id) => ("workshop", id.clone(), "workshop_id = ?3"),
            ResetScope::All => ("all", String::new(), "?3 = ?3"),
        };
        let transaction = self.connection.transaction().map_err(fail)?;
        transaction
            .execute(
                "INSERT INTO resets (learner_id, scope, target, reset_at) VALUES (?1, ?2, ?3, ?4)",
                params![learner.0, kind, target, now.to_string()],
            )
            .map_err(fail)?;
        let reset = transaction.last_insert_rowid();
        let mut hidden = 0;
        for table in ["attempts", "responses", "hints", "completions", "review_cards"] {
            // Finished lessons stay finished when one exercise is reset.
            if table == "completions" && kind == "exercise" {
                continue;
            }
            let changed = transaction
                .execute(
                    &format!("UPDATE {table} SET reset_id = ?1 WHERE learner_id = ?2 AND reset_id IS NULL AND {filter}"),
                    params![reset, learner.0, target],
                )
                .map_err(fail)?;
            if table == "attempts" {
                hidden = changed;
            }
        }
        // A workshop with a lesson reset is no longer finished.
        if let ResetScope::Lesson { workshop, .. } = scope {
            transaction
                .execute(
                    "UPDATE completions SET reset_id = ?1
                     WHERE learner_id = ?2 AND reset_id IS NULL AND workshop_id = ?3 AND lesson_id = ''",
                    params![reset, learner.0, workshop],
                )
                .map_err(fail)?;
        }
        transaction.commit().map_err(fail)?;
        Ok(hidden)
    }

    /// Brings back what the learner's last reset hid; what it was, or `None` when there is
    /// nothing to undo.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn undo_reset(&mut self, learner: LearnerId, now: Timestamp) -> Result<Option<String>, StoreError> {
        let path = self.path.clone();
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &path);
        let transaction = self.connection.transaction().map_err(fail)?;
        let last: Option<(i64, String, String)> = transaction
            .query_row(
                "SELECT id, scope, target FROM resets WHERE learner_id = ?1 AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
                [learner.0],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(fail)?;
        let Some((id, scope, target)) = last else { return Ok(None) };
        for table in ["attempts", "responses", "hints", "completions", "review_cards"] {
            transaction
                .execute(&format!("UPDATE {table} SET reset_id = NULL WHERE reset_id = ?1"), [id])
                .map_err(fail)?;
        }
        transaction
            .execute("UPDATE resets SET undone_at = ?1 WHERE id = ?2", params![now.to_string(), id])
            .map_err(fail)?;
        transaction.commit().map_err(fail)?;
        Ok(Some(if target.is_empty() { scope } else { format!("{scope} {target}") }))
    }

    /// A learner's responses to polls, surveys and reflections: (exercise, question, response).
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn responses(&self, learner: LearnerId) -> Result<Vec<(String, usize, String)>, StoreError> {
        self.rows(
            "SELECT exercise_id, question, response FROM responses WHERE learner_id = ?1 AND reset_id IS NULL ORDER BY id",
            [learner.0],
            |r| {
                let question: i64 = r.get(1)?;
                Ok((r.get(0)?, usize::try_from(question).unwrap_or(0), r.get(2)?))
            },
        )
    }

    /// The workshops the learner finished (every lesson gone through).
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn completed_workshops(&self, learner: LearnerId) -> Result<Vec<String>, StoreError> {
        self.rows(
            "SELECT workshop_id FROM completions WHERE learner_id = ?1 AND reset_id IS NULL AND lesson_id = '' ORDER BY completed_at",
            [learner.0],
            |r| r.get(0),
        )
    }

    /// How many hints the learner revealed, over all exercises.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn hints_shown(&self, learner: LearnerId) -> Result<usize, StoreError> {
        let count: i64 = self
            .connection
            .query_row(
                "SELECT count(*) FROM hints WHERE learner_id = ?1 AND reset_id IS NULL",
                [learner.0],
                |r| r.get(0),
            )
            .map_err(|e| self.fail(&e))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// The first visit of each step the learner saw: (workshop, lesson, step, when), in the
    /// order they happened.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn first_visits(
        &self,
        learner: LearnerId,
    ) -> Result<Vec<(String, String, usize, String)>, StoreError> {
        self.rows(
            "SELECT workshop_id, lesson_id, step, MIN(visited_at) AS first FROM visits WHERE learner_id = ?1
             GROUP BY workshop_id, lesson_id, step ORDER BY first, workshop_id, lesson_id, step",
            [learner.0],
            |r| {
                let step: i64 = r.get(2)?;
                Ok((r.get(0)?, r.get(1)?, usize::try_from(step).unwrap_or(0), r.get(3)?))
            },
        )
    }

    /// The ids of the statements `endpoint` has accepted.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn sent_statements(&self, endpoint: &str) -> Result<std::collections::HashSet<String>, StoreError> {
        let ids: Vec<String> =
            self.rows("SELECT statement_id FROM lrs_sent WHERE endpoint = ?1", [endpoint], |r| r.get(0))?;
        Ok(ids.into_iter().collect())
    }

    /// Notes, in one transaction, that `endpoint` accepted the statements `ids`.
    ///
    /// # Errors
    /// When the file cannot be written (a full disk): the statements count as not sent, and
    /// the next sync sends them again, which the LRS recognises.
    pub fn mark_sent(&mut self, endpoint: &str, ids: &[&str], now: Timestamp) -> Result<(), StoreError> {
        let path = self.path.clone();
        let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, &path);
        let transaction = self.connection.transaction().map_err(fail)?;
        {
            let mut insert = transaction
                .prepare(
                    "INSERT OR IGNORE INTO lrs_sent (endpoint, statement_id, sent_at) VALUES (?1, ?2, ?3)",
                )
                .map_err(fail)?;
            let at = now.to_string();
            for id in ids {
                insert.execute(rusqlite::params![endpoint, id, at]).map_err(fail)?;
            }
        }
        transaction.commit().map_err(fail)
    }

    /// The schema version of the file.
    ///
    /// # Errors
    /// When the file cannot be read.
    pub fn schema_version(&self) -> Result<i32, StoreError> {
        self.connection.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|e| self.fail(&e))
    }

    /// SQLite's own integrity check: `ok`, or the problems found.
    ///
    /// # Errors
    /// When the file cannot be read at all.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        self.connection.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| self.fail(&e))
    }

    /// Test hook: limits the file's size in pages, to make "disk full" happen on purpose.
    #[cfg(test)]
    fn limit_pages(&self, pages: i64) {
        let _: i64 = self
            .connection
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |r| r.get(0))
            .unwrap_or(0);
    }
}

/// Creates a new store atomically: built complete in a temporary file beside `path`, then
/// moved into place unless another infolit got there first (then theirs is kept). A half-made
/// file is never visible, so a second infolit starting at the same moment never mistakes it
/// for a foreign or damaged one.
fn create(path: &Path) -> Result<(), StoreError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temporary = tempfile::Builder::new()
        .prefix(".progress-new-")
        .tempfile_in(dir)
        .map_err(|_| StoreError::ReadOnly { path: dir.to_path_buf() })?;
    let fail = |e: rusqlite::Error| StoreError::from_sqlite(&e, path);
    let connection = Connection::open(temporary.path()).map_err(fail)?;
    let fresh = Store { connection, path: temporary.path().to_path_buf() };
    fresh.set_up()?;
    drop(fresh);
    match temporary.persist_noclobber(path) {
        Ok(_) => Ok(()),
        Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(error) => Err(StoreError::Sqlite(format!("cannot create {}: {}", path.display(), error.error))),
    }
}

fn insert_attempt(
    transaction: &rusqlite::Transaction<'_>,
    learner: LearnerId,
    a: &AttemptRecord,
) -> rusqlite::Result<()> {
    let spent = a.submitted_at.duration_since(a.started_at).as_millis().max(0);
    let spent = i64::try_from(spent).unwrap_or(i64::MAX);
    transaction.execute(
        "INSERT INTO attempts (learner_id, workshop_id, lesson_id, exercise_id, exercise_hash, answer, score, max_score,
                               correct, hints_used, time_spent_ms, started_at, submitted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            learner.0,
            a.workshop,
            a.lesson,
            a.exercise,
            a.exercise_hash,
            a.answer,
            a.score,
            a.max,
            a.correct,
            a.hints_used,
            spent,
            a.started_at.to_string(),
            a.submitted_at.to_string()
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        Timestamp::from_second(1_790_000_000).expect("a valid time")
    }

    fn attempt(exercise: &str, score: f64) -> Record {
        Record::Attempt(AttemptRecord {
            workshop: "starter".into(),
            lesson: "boolean".into(),
            exercise: exercise.into(),
            exercise_hash: "abc".into(),
            answer: "a".into(),
            score,
            max: 1.0,
            correct: score >= 1.0,
            hints_used: 1,
            attempt: 1,
            started_at: now(),
            submitted_at: now() + jiff::SignedDuration::from_secs(95),
        })
    }

    #[test]
    fn records_and_reads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open_in(dir.path()).expect("store");
        let budi = store.learner("Budi", now()).expect("learner");
        assert_eq!(
            store.learner("budi ", now()).expect("same learner"),
            budi,
            "names ignore case and spaces"
        );
        store.record(budi, &attempt("x", 0.5)).expect("record");
        store.record(budi, &attempt("x", 1.0)).expect("record");
        store
            .record(
                budi,
                &Record::Step { workshop: "starter".into(), lesson: "boolean".into(), step: 3, at: now() },
            )
            .expect("step");
        store
            .record(
                budi,
                &Record::LessonCompleted { workshop: "starter".into(), lesson: "boolean".into(), at: now() },
            )
            .expect("completion");
        drop(store);
        let store = Store::open_in(dir.path()).expect("reopen");
        let attempts = store.attempts(budi).expect("attempts");
        assert_eq!(attempts.len(), 2);
        assert_eq!(attempts[0].time_spent_ms, 95_000);
        assert_eq!(attempts[0].started_at, "2026-09-21T14:13:20Z");
        assert_eq!(
            store.position(budi).expect("position"),
            Some(Position { workshop: "starter".into(), lesson: "boolean".into(), step: 3 })
        );
        let summary = store.summary("Budi", budi).expect("summary");
        assert_eq!(summary.best, [("x".to_string(), 1.0)]);
        assert_eq!(summary.completed_lessons, [("starter".to_string(), "boolean".to_string())]);
        assert_eq!(store.learners().expect("learners"), ["Budi"]);
        assert_eq!(store.integrity_check().expect("check"), "ok");
    }

    #[test]
    fn a_full_disk_is_a_clear_error_and_keeps_earlier_data() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open_in(dir.path()).expect("store");
        let budi = store.learner("Budi", now()).expect("learner");
        store.record(budi, &attempt("first", 1.0)).expect("record");
        let pages: i64 = store.connection.query_row("PRAGMA page_count", [], |r| r.get(0)).expect("pages");
        store.limit_pages(pages);
        let mut saved = 1;
        let error = loop {
            match store.record(budi, &attempt("more", 1.0)) {
                Ok(()) => saved += 1,
                Err(error) => break error,
            }
            assert!(saved < 10_000, "the limit never bit");
        };
        assert!(matches!(error, StoreError::DiskFull), "{error:?}");
        assert!(error.to_string().starts_with("the disk is full: your last answer was not saved"));
        assert_eq!(store.attempts(budi).expect("attempts").len(), saved);
        assert_eq!(store.integrity_check().expect("check"), "ok");
    }

    #[test]
    fn a_foreign_or_broken_file_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(crate::progress::STORE_FILE);
        std::fs::write(&path, b"these are my lecture notes, not a database").expect("write");
        let error = Store::open(&path).expect_err("refused");
        assert!(matches!(error, StoreError::Foreign { .. }), "{error:?}");
        assert_eq!(std::fs::read(&path).expect("read"), b"these are my lecture notes, not a database");

        let other = dir.path().join("other.sqlite3");
        let connection = Connection::open(&other).expect("sqlite");
        connection.execute_batch("CREATE TABLE books (title TEXT)").expect("table");
        drop(connection);
        let before = std::fs::read(&other).expect("read");
        assert!(matches!(Store::open(&other), Err(StoreError::Foreign { .. })));
        assert_eq!(std::fs::read(&other).expect("read"), before);
    }

    #[test]
    fn a_reset_hides_work_and_undo_brings_it_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open_in(dir.path()).expect("store");
        let budi = store.learner("Budi", now()).expect("learner");
        store.record(budi, &attempt("x", 1.0)).expect("record");
        store.record(budi, &attempt("y", 1.0)).expect("record");
        let done =
            Record::LessonCompleted { workshop: "starter".into(), lesson: "boolean".into(), at: now() };
        store.record(budi, &done).expect("record");
        assert_eq!(store.reset(budi, &ResetScope::Exercise("x".into()), now()).expect("reset"), 1);
        assert_eq!(store.attempts(budi).expect("read").len(), 1);
        assert_eq!(
            store.completed_lessons(budi).expect("read").len(),
            1,
            "an exercise reset keeps the lesson done"
        );
        let lesson = ResetScope::Lesson { workshop: "starter".into(), lesson: "boolean".into() };
        assert_eq!(store.reset(budi, &lesson, now()).expect("reset"), 1);
        assert!(store.attempts(budi).expect("read").is_empty());
        assert!(store.completed_lessons(budi).expect("read").is_empty());
        assert_eq!(store.undo_reset(budi, now()).expect("undo").as_deref(), Some("lesson starter/boolean"));
        let workshop_done = Record::WorkshopCompleted { workshop: "starter".into(), at: now() };
        store.record(budi, &workshop_done).expect("record");
        assert_eq!(store.completed_workshops(budi).expect("read"), ["starter"]);
        assert_eq!(store.completed_lessons(budi).expect("read").len(), 1, "a workshop is not a lesson");
        store.reset(budi, &lesson, now()).expect("reset");
        assert!(
            store.completed_workshops(budi).expect("read").is_empty(),
            "resetting a lesson unfinishes its workshop"
        );
        store.undo_reset(budi, now()).expect("undo");
        assert_eq!(store.attempts(budi).expect("read").len(), 1);
        assert_eq!(store.completed_lessons(budi).expect("read").len(), 1);
        assert_eq!(store.undo_reset(budi, now()).expect("undo").as_deref(), Some("exercise x"));
        assert_eq!(store.attempts(budi).expect("read").len(), 2);
        assert_eq!(store.undo_reset(budi, now()).expect("undo"), None);
        // Finishing a lesson again after a reset counts.
        store.reset(budi, &ResetScope::All, now()).expect("reset");
        store.record(budi, &done).expect("record");
        assert_eq!(store.completed_lessons(budi).expect("read").len(), 1);
    }

    #[test]
    fn a_version_1_file_is_migrated_and_keeps_its_data() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.sqlite3");
        let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/progress/schema-v1.sqlite3");
        std::fs::copy(fixture, &path).expect("copy the fixture");
        let store = Store::open(&path).expect("open and migrate");
        assert_eq!(store.schema_version().expect("version"), current_version());
        assert_eq!(store.learners().expect("learners"), ["Budi", "Sari"]);
        let budi = store.find_learner("Budi").expect("read").expect("Budi");
        let attempts = store.attempts(budi).expect("attempts");
        assert_eq!(attempts.iter().map(|a| a.exercise.as_str()).collect::<Vec<_>>(), ["single", "multiple"]);
        assert!((attempts[1].score - 0.5).abs() < 1e-9);
        let sari = store.find_learner("Sari").expect("read").expect("Sari");
        assert_eq!(store.position(sari).expect("position").map(|p| p.lesson), Some("all".to_string()));
        assert_eq!(store.integrity_check().expect("check"), "ok");
    }

    #[test]
    fn a_newer_file_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.sqlite3");
        drop(Store::open(&path).expect("store"));
        let connection = Connection::open(&path).expect("sqlite");
        connection.pragma_update(None, "user_version", 99).expect("version");
        drop(connection);
        let error = Store::open(&path).expect_err("refused");
        assert!(matches!(error, StoreError::Newer { found: 99, .. }), "{error:?}");
    }
}
