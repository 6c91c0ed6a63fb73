//! The database schema, as a list of migrations: migration `n` takes a database from version
//! `n` to `n + 1`. The version is kept in SQLite's `user_version`; the file is marked as
//! infolit's by `application_id`, so a foreign SQLite file is recognised and left alone.

/// `application_id` of an infolit store: "INFL" in ASCII.
pub const APPLICATION_ID: i32 = 0x494E_464C;

/// Migrations in order; the schema version is their count.
pub const MIGRATIONS: &[&str] = &[
    // Version 1.
    "CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_hash TEXT NOT NULL,
        answer TEXT NOT NULL,
        score REAL NOT NULL,
        max_score REAL NOT NULL,
        correct INTEGER NOT NULL,
        hints_used INTEGER NOT NULL,
        time_spent_ms INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        submitted_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attempts_by_learner ON attempts (learner_id, exercise_id);
    CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step INTEGER NOT NULL,
        visited_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE positions (
        learner_id INTEGER PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        step INTEGER NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE completions (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        completed_at TEXT NOT NULL,
        PRIMARY KEY (learner_id, workshop_id, lesson_id)
    ) STRICT;",
    // Version 2: resets that can be undone (rows are marked with the reset that hid them, never
    // deleted), responses to polls, surveys and reflections, and every hint revealed.
    "CREATE TABLE resets (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        scope TEXT NOT NULL,
        target TEXT NOT NULL,
        reset_at TEXT NOT NULL,
        undone_at TEXT
    ) STRICT;
    ALTER TABLE attempts ADD COLUMN reset_id INTEGER;
    ALTER TABLE completions ADD COLUMN reset_id INTEGER;
    CREATE TABLE responses (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        exercise_hash TEXT NOT NULL,
        question INTEGER NOT NULL,
        response TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        reset_id INTEGER
    ) STRICT;
    CREATE TABLE hints (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        exercise_id TEXT NOT NULL,
        hint INTEGER NOT NULL,
        shown_at TEXT NOT NULL,
        reset_id INTEGER
    ) STRICT;",
    // Version 3: the xAPI statements a Learning Record Store has accepted, per LRS, so
    // `infolit sync` sends each statement once and resumes where it stopped.
    "CREATE TABLE lrs_sent (
        endpoint TEXT NOT NULL,
        statement_id TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        PRIMARY KEY (endpoint, statement_id)
    ) STRICT, WITHOUT ROWID;",
    // Version 4: the review queue, one FSRS card per learner and exercise, written in the
    // attempt's own transaction. Times are Unix seconds, so `due_at <= now` compares numbers.
    // The workshop and lesson are those of the last attempt, so a reset of a lesson or a
    // workshop finds its cards (and hides them with `reset_id`, as it hides attempts).
    "CREATE TABLE review_cards (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL,
        workshop_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        elapsed_days INTEGER NOT NULL,
        scheduled_days INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        state INTEGER NOT NULL,
        last_review_at INTEGER NOT NULL,
        reset_id INTEGER,
        PRIMARY KEY (learner_id, exercise_id)
    ) STRICT;
    CREATE INDEX review_cards_due ON review_cards (learner_id, due_at);",
];

/// The schema version this build writes.
#[must_use]
pub fn current_version() -> i32 {
    i32::try_from(MIGRATIONS.len()).unwrap_or(i32::MAX)
}
