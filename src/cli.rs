//! The command line: argument definitions, and dispatch to one module per subcommand.
//!
//! Exit codes are values: 0 success, 1 a problem with the course or the files, 2 a usage error
//! (clap's own code for bad arguments).

mod ask;
mod catalog;
mod check;
mod cite;
mod doctor;
mod explain;
mod export;
mod glossary;
mod grade;
mod import;
mod learn;
mod learners;
mod list;
mod new;
mod next;
mod pack;
mod preview;
mod progress;
mod report;
mod review;
mod schema;
mod sync;

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::content::{self, CourseSource, Loaded};
use crate::diagnostic;
use crate::lang::Lang;

/// `--version`, with the licence of the citation styles infolit ships (see NOTICE).
const LONG_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "\n\nCitation styles and locales: the Citation Style Language styles (APA 7th edition, MLA 9th\n",
    "edition, Chicago Manual of Style 18th edition author-date) and locales bundled by hayagriva,\n",
    "by the CSL project and their authors, licensed under CC BY-SA 3.0\n",
    "(https://creativecommons.org/licenses/by-sa/3.0/). See NOTICE."
);

/// Information-literacy training in the terminal: workshops on search techniques, digital
/// references and copyright, in Bahasa Indonesia and English.
#[derive(Debug, Parser)]
#[command(name = "infolit", version, long_version = LONG_VERSION, about, long_about = None)]
pub struct Cli {
    /// Use the course in this folder instead of the bundled one.
    #[arg(long, global = true, value_name = "DIR")]
    course: Option<PathBuf>,
    /// Language of the lessons and the interface [default: from `LC_ALL`, `LC_MESSAGES` or LANG].
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
    /// Who is learning (skips the question at start); created if new. With `grade`, the
    /// attempt is recorded for this learner.
    #[arg(long, global = true, value_name = "NAME")]
    learner: Option<String>,
    /// Line-by-line text mode for screen readers and scripts (automatic when input or output is
    /// not a terminal).
    #[arg(long)]
    plain: bool,
    /// Open the course at this lesson and step (as `infolit ask` shows them), e.g.
    /// search/search-boolean:2.
    #[arg(long, value_name = "WORKSHOP/LESSON[:STEP]")]
    open: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    #[command(display_order = 1)]
    /// Ask the course a question: the lesson passages and exercise explanations that answer
    /// it best, each with the place to open (`infolit --open WORKSHOP/LESSON:STEP`).
    Ask {
        /// The question, in Bahasa Indonesia or English.
        question: String,
        /// How many answers.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=20))]
        limit: u16,
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(display_order = 3)]
    /// What a learner should study next: the next lesson, and earlier lessons their answers
    /// show as weak (by ACRL frame), each with the reason (needs --learner NAME).
    Next {
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(display_order = 21)]
    /// Check course files and report every problem as path:line:col.
    Check {
        /// Course folders or single files [default: the course given by --course, or the
        /// bundled one].
        paths: Vec<PathBuf>,
        /// `json`: the diagnostics for tools and editors (code, severity, path, line,
        /// column, message, help), one JSON document.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
    },
    #[command(display_order = 22)]
    /// Explain a problem code that `check` reports (such as IL0201): why infolit refuses it,
    /// an example and its fix. Without a code, list every code.
    Explain {
        /// The code, in any case (IL0201, il0201).
        code: Option<String>,
    },
    #[command(display_order = 5)]
    /// Grade one answer to an exercise and print the verdict.
    Grade {
        /// The exercise's id (see `infolit list`).
        exercise: String,
        /// The answer: option letters or numbers for a choice (`b`, `a c`), the text or number
        /// for a typed answer.
        #[arg(required = true, num_args = 1.., allow_hyphen_values = true)]
        answer: Vec<String>,
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(display_order = 9)]
    /// Render references in a citation style, from a TOML, BibTeX (.bib) or hayagriva YAML file.
    Cite {
        /// The citation style.
        #[arg(long, value_enum)]
        style: StyleArg,
        /// The reference file: `[[source]]` tables in TOML (as in `docs/format.md`), BibTeX or
        /// hayagriva YAML.
        file: PathBuf,
    },
    #[command(display_order = 40)]
    /// Learners' results for a facilitator: CSV (one row per attempt, or --summary), JSON (the
    /// schema of docs/export-format.md), xAPI statements or Moodle grades; or the course's
    /// exercises as a Moodle GIFT question bank.
    Export {
        /// The layout [needed unless --bundle].
        #[arg(long, value_enum)]
        format: Option<ExportFormat>,
        /// Every learner (or one, with --learner NAME).
        #[arg(long)]
        all: bool,
        /// CSV: one row per learner and exercise, with the best score.
        #[arg(long)]
        summary: bool,
        /// CSV: start with a byte-order mark, so spreadsheet programs read accents right.
        #[arg(long)]
        bom: bool,
        /// Replace names by stable pseudonyms.
        #[arg(long)]
        pseudonymize: bool,
        /// The key of the pseudonyms; give every lab PC the same one so pseudonyms match
        /// [default: this PC's own key, in the data folder].
        #[arg(long, value_name = "KEY", requires = "pseudonymize")]
        pseudonym_key: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The one file a participant hands in: a JSON export with a checksum, which
        /// `infolit report` reads (needs --output).
        #[arg(long, requires = "output", conflicts_with_all = ["summary", "bom"])]
        bundle: bool,
        #[command(flatten)]
        xapi: XapiArgs,
    },
    #[command(display_order = 41)]
    /// Send xAPI statements to a Learning Record Store: only those it does not have yet, in
    /// batches; a sync that stops resumes where it stopped. Credentials: `INFOLIT_LRS_USER` and
    /// `INFOLIT_LRS_PASSWORD`, or lrs.toml in the data folder (url, user, password).
    Sync {
        /// The LRS's xAPI endpoint, e.g. `https://lrs.example.org/xAPI/` [default: `url` in
        /// lrs.toml].
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
        /// Every learner on this PC (or one, with --learner NAME).
        #[arg(long)]
        all: bool,
        /// Statements per request.
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..=1000))]
        batch: u16,
        /// Seconds to wait for the LRS's answer to each request.
        #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u16).range(1..))]
        timeout: u16,
        #[command(flatten)]
        xapi: XapiArgs,
    },
    #[command(display_order = 42)]
    /// A class report from participants' bundles or JSON exports (or this PC's learners):
    /// learners, lessons, item analysis, poll and survey results.
    Report {
        /// Bundles or JSON exports [default: the learners on this PC].
        files: Vec<PathBuf>,
        /// The item analysis as CSV, for a spreadsheet.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// The whole report as JSON, for tools.
        #[arg(long)]
        json: bool,
        /// Write the report as one printable HTML page with charts.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["csv", "json"])]
        html: Option<PathBuf>,
    },
    #[command(display_order = 26)]
    /// Make a course from another system's questions: `import gift FILE -o DIR`.
    Import {
        #[command(subcommand)]
        from: ImportFrom,
    },
    #[command(display_order = 20)]
    /// Make a workshop, a lesson or an exercise of any kind: a commented file that passes
    /// `check`, registered where it belongs (in --course DIR, or the current folder).
    New {
        #[command(subcommand)]
        what: NewAction,
    },
    #[command(display_order = 25)]
    /// Pack a course folder into the one file participants get; `infolit --course
    /// FILE.infolit` runs it. The course is checked first.
    Pack {
        /// The course folder.
        dir: PathBuf,
        /// The pack to write (FILE.infolit).
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    #[command(display_order = 23)]
    /// Show one lesson or workshop as learners see it, while writing it. With --watch the
    /// view reloads after each save, keeps its place, and shows problems in a panel.
    Preview {
        /// A lesson file (lessons/WORKSHOP/LESSON.toml), a workshop folder or its
        /// workshop.toml, or a course folder.
        path: PathBuf,
        /// Reload after each save of a course file (needs a terminal).
        #[arg(long)]
        watch: bool,
    },
    #[command(display_order = 24)]
    /// JSON Schemas of the course files, for editors: one kind, all five (keyed by kind), or
    /// with --out DIR written into a course folder with a Taplo configuration (.taplo.toml),
    /// so VS Code (Even Better TOML), Helix and Neovim complete and check lessons as you type.
    Schema {
        /// Which file kind [default: all five, as one JSON object keyed by kind].
        #[arg(value_enum, conflicts_with = "out")]
        kind: Option<SchemaArg>,
        /// Write DIR/.taplo.toml and the schemas in DIR/.schema/ (DIR: a course folder).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    #[command(display_order = 8)]
    /// The practice catalogue: every record, a search, or how a query was read.
    Catalog {
        #[command(subcommand)]
        action: CatalogAction,
    },
    #[command(display_order = 45)]
    /// Check the progress file and say how to recover from problems.
    Doctor,
    #[command(display_order = 43)]
    /// List, rename or delete learners.
    Learners {
        #[command(subcommand)]
        action: Option<LearnersAction>,
    },
    #[command(display_order = 44)]
    /// Reset a learner's work (it can be undone), or undo the last reset.
    Reset {
        /// One exercise, by id.
        #[arg(long, group = "scope", value_name = "ID")]
        exercise: Option<String>,
        /// One lesson, by id (or WORKSHOP/LESSON where two workshops use the same lesson id).
        #[arg(long, group = "scope", value_name = "ID")]
        lesson: Option<String>,
        /// One workshop, by id.
        #[arg(long, group = "scope", value_name = "ID")]
        workshop: Option<String>,
        /// Everything the learner did.
        #[arg(long, group = "scope")]
        all: bool,
        /// Bring back what the last reset hid.
        #[arg(long, group = "scope")]
        undo: bool,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    #[command(display_order = 6)]
    /// Summarise progress: every learner, or one with --learner.
    Progress {
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(display_order = 2)]
    /// The course's glossary: every term (sorted in the --lang language, shown in both), or
    /// one term with its definition, related terms, lessons and source.
    Glossary {
        /// An id, a term or an alias, in either language, in any case [default: list every
        /// term].
        term: Vec<String>,
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(display_order = 4)]
    /// The review queue: what --learner NAME has due (and when the next ones come), or with
    /// `--export anki FILE` the due exercises, in --lang, as a text file Anki imports.
    Review {
        /// Print JSON for tools instead of text.
        #[arg(long, conflicts_with = "export")]
        json: bool,
        /// Write the due exercises in this format instead of listing them.
        #[arg(long, value_enum, requires = "file")]
        export: Option<ReviewExport>,
        /// The file to write (with --export).
        #[arg(requires = "export")]
        file: Option<PathBuf>,
        /// With --export: the whole queue, not only what is due now.
        #[arg(long, requires = "export")]
        all: bool,
    },
    #[command(display_order = 7)]
    /// List workshops, lessons, steps and exercises.
    List {
        /// Print JSON for tools instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// How xAPI statements name learners and activities (`export --format xapi` and `sync`).
#[derive(Debug, clap::Args)]
struct XapiArgs {
    /// xAPI: the home page of learners' accounts (the system they are known in).
    #[arg(long = "xapi-home", value_name = "URL", default_value = "http://localhost/infolit")]
    home: String,
    /// xAPI: the IRI activity ids start with.
    #[arg(long = "xapi-base", value_name = "IRI", default_value = "http://localhost/infolit/")]
    base: String,
    /// xAPI: name learners by a mailbox at this domain (mailto:siti.aminah@DOMAIN) instead of
    /// an account on --xapi-home.
    #[arg(long = "xapi-mbox-domain", value_name = "DOMAIN")]
    mbox_domain: Option<String>,
}

impl XapiArgs {
    fn settings(&self) -> Result<crate::export::xapi::Settings, CliError> {
        if let Some(domain) = &self.mbox_domain
            && !crate::export::xapi::is_mail_domain(domain)
        {
            return Err(CliError::Usage(format!(
                "--xapi-mbox-domain: `{domain}` is not a mail domain such as lab.example.org"
            )));
        }
        Ok(crate::export::xapi::Settings {
            home_page: self.home.clone(),
            activity_base: self.base.clone(),
            mbox_domain: self.mbox_domain.clone(),
        })
    }
}

#[derive(Debug, Subcommand)]
enum CatalogAction {
    /// Print every record.
    Dump {
        #[arg(long)]
        json: bool,
    },
    /// Search, as a learner would, and list the results.
    Search {
        /// The query, e.g. "literasi informasi" OR "information literacy".
        query: String,
        /// Print JSON for tools: every match and the total.
        #[arg(long)]
        json: bool,
        /// Word forms (stemming): a plain word also finds the catalogue's words with the same
        /// Indonesian or English stem ("pencarian" finds "mencari", "searching" finds "search").
        #[arg(long)]
        stem: bool,
    },
    /// Show how a query was read and what each of its parts matched.
    Explain {
        query: String,
        /// Word forms (stemming), as for `search --stem`.
        #[arg(long)]
        stem: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ImportFrom {
    /// A Moodle GIFT file: one workshop, a lesson per category, and an exercise bank; what
    /// cannot be converted is reported as `FILE:line:col`.
    Gift {
        /// The GIFT file.
        file: PathBuf,
        /// The course folder to make; it must not exist or be empty.
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum NewAction {
    /// A workshop with a first lesson: lessons/ID/.
    Workshop { id: String },
    /// A lesson at the end of a workshop's list.
    Lesson { workshop: String, id: String },
    /// An exercise of KIND (choice, text, numeric, order, match, cloze, poll, survey,
    /// reflection, query, identifier, license, citation).
    Exercise {
        kind: String,
        id: String,
        /// Add it as the last step of this lesson.
        #[arg(long, value_name = "WORKSHOP/LESSON")]
        lesson: Option<String>,
        /// The exercise file, exercises/BANK.toml [default: the lesson's workshop, or
        /// `exercises`].
        #[arg(long)]
        bank: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum LearnersAction {
    /// Give a learner another name; their work follows.
    Rename { old: String, new: String },
    /// Delete a learner and all their work, for good.
    Delete {
        name: String,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
    /// xAPI 1.0.3 statements (a JSON array), for a Learning Record Store
    Xapi,
    /// Moodle's grade import layout: a row per learner, a grade per workshop and lesson
    GradesCsv,
    /// The course's exercises as Moodle GIFT, in the --lang language (no learner data)
    Gift,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaArg {
    /// lessons/WORKSHOP/workshop.toml
    Workshop,
    /// lessons/WORKSHOP/LESSON.toml
    Lesson,
    /// exercises/BANK.toml
    Exercises,
    /// exercises/catalog/NAME.toml
    Catalog,
    /// lessons/glossary.toml
    Glossary,
}

impl SchemaArg {
    fn kind(self) -> crate::content::schema::SchemaKind {
        use crate::content::schema::SchemaKind;
        match self {
            SchemaArg::Workshop => SchemaKind::Workshop,
            SchemaArg::Lesson => SchemaKind::Lesson,
            SchemaArg::Exercises => SchemaKind::Exercises,
            SchemaArg::Catalog => SchemaKind::Catalog,
            SchemaArg::Glossary => SchemaKind::Glossary,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReviewExport {
    /// Anki's text import: tab-separated, with file headers (docs/facilitator.md)
    Anki,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum StyleArg {
    /// APA 7th edition
    Apa,
    /// MLA Handbook 9th edition
    Mla,
    /// Chicago Manual of Style, author-date
    Chicago,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// Bahasa Indonesia
    Id,
    /// English
    En,
}

/// Why a command failed, and so which exit code it gets.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    /// The command could not do its work (exit 1), with a message saying why.
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    NotACourse(#[from] content::source::NotACourse),
    /// The course has errors; they were printed already.
    #[error("the course has errors")]
    CourseErrors,
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Store(#[from] crate::progress::StoreError),
    #[error(transparent)]
    Index(#[from] crate::search::index::IndexError),
}

/// Parses `args` and runs the command; the process's exit code.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
    };
    match dispatch(&cli) {
        Ok(code) => code,
        Err(CliError::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(CliError::CourseErrors) => ExitCode::from(1),
        Err(error @ (CliError::Usage(_) | CliError::NotACourse(_))) => {
            let _ = writeln!(io::stderr(), "infolit: {error}");
            ExitCode::from(2)
        }
        Err(error) => {
            let _ = writeln!(io::stderr(), "infolit: {error}");
            ExitCode::from(1)
        }
    }
}

fn dispatch(cli: &Cli) -> Result<ExitCode, CliError> {
    let lang = match cli.lang {
        Some(LangArg::Id) => Lang::Id,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_locale_env(|name| std::env::var(name).ok()),
    };
    let source = course_source(cli)?;
    match &cli.command {
        None => learn::run(&source, lang, cli.plain, cli.learner.as_deref(), cli.open.as_deref()),
        Some(Command::Ask { question, limit, json }) => {
            ask::run(&source, lang, question, usize::from(*limit), *json)
        }
        Some(Command::Next { json }) => next::run(&source, lang, cli.learner.as_deref(), *json),
        Some(Command::Check { paths, format }) => check::run(&source, paths, *format == CheckFormat::Json),
        Some(Command::Explain { code }) => explain::run(code.as_deref()),
        Some(Command::List { json }) => list::run(&source, lang, *json),
        Some(Command::Glossary { term, json }) => glossary::run(&source, lang, &term.join(" "), *json),
        Some(Command::Grade { exercise, answer, json }) => {
            grade::run(&source, lang, exercise, answer, *json, cli.learner.as_deref())
        }
        Some(Command::Review { json, export, file, all }) => {
            run_review(cli, &source, lang, *json, export.map(|_| file.as_deref()).unwrap_or_default(), *all)
        }
        Some(Command::Progress { json }) => progress::run(&source, lang, cli.learner.as_deref(), *json),
        Some(Command::Learners { action }) => learners::run(action.as_ref()),
        Some(Command::Doctor) => doctor::run(&source),
        Some(Command::Export {
            format,
            all,
            summary,
            bom,
            pseudonymize,
            pseudonym_key,
            output,
            bundle,
            xapi,
        }) => export::run(&export::Request {
            format: match format {
                Some(ExportFormat::Csv) => export::Format::Csv,
                Some(ExportFormat::Json) => export::Format::Json,
                Some(ExportFormat::Xapi) => export::Format::Xapi,
                Some(ExportFormat::GradesCsv) => export::Format::GradesCsv,
                Some(ExportFormat::Gift) => export::Format::Gift,
                None if *bundle => export::Format::Json,
                None => {
                    return Err(CliError::Usage(
                        "say which format: --format csv|json|xapi|grades-csv, or --bundle".into(),
                    ));
                }
            },
            all: *all,
            learner: cli.learner.as_deref(),
            summary: *summary,
            bom: *bom,
            pseudonymize: *pseudonymize,
            pseudonym_key: pseudonym_key.as_deref(),
            output: output.as_deref(),
            xapi: xapi.settings()?,
            source: &source,
            bundle: *bundle,
            lang,
        }),
        Some(Command::Pack { dir, output }) => pack::run(dir, output),
        Some(Command::Sync { lrs, all, batch, timeout, xapi }) => sync::run(&sync::Request {
            lrs: lrs.as_deref(),
            all: *all,
            learner: cli.learner.as_deref(),
            batch: usize::from(*batch),
            timeout: std::time::Duration::from_secs(u64::from(*timeout)),
            xapi: xapi.settings()?,
            source: &source,
        }),
        Some(Command::Preview { path, watch }) => preview::run(path, *watch, lang, cli.plain),
        Some(Command::Schema { kind: _, out: Some(dir) }) => schema::write(dir),
        Some(Command::Schema { kind, out: None }) => schema::print(kind.map(SchemaArg::kind)),
        Some(Command::Import { from: ImportFrom::Gift { file, output } }) => import::gift(file, output),
        Some(Command::New { what }) => run_new(cli, what),
        Some(Command::Report { files, csv, json, html }) => {
            report::run(&source, files, *csv, *json, html.as_deref())
        }
        Some(Command::Cite { style, file }) => {
            let style = match style {
                StyleArg::Apa => crate::cite::Style::Apa,
                StyleArg::Mla => crate::cite::Style::Mla,
                StyleArg::Chicago => crate::cite::Style::Chicago,
            };
            cite::run(file, style, lang)
        }
        Some(Command::Catalog { action }) => run_catalog(&source, lang, action),
        Some(Command::Reset { exercise, lesson, workshop, all, undo, yes }) => {
            let scope = learners::ResetRequest {
                exercise: exercise.as_deref(),
                lesson: lesson.as_deref(),
                workshop: workshop.as_deref(),
                all: *all,
                undo: *undo,
            };
            learners::reset(&source, cli.learner.as_deref(), &scope, *yes)
        }
    }
}

/// `infolit review`: the listing, or the Anki deck written to `anki`.
fn run_review(
    cli: &Cli,
    source: &CourseSource,
    lang: Lang,
    json: bool,
    anki: Option<&std::path::Path>,
    all: bool,
) -> Result<ExitCode, CliError> {
    review::run(&review::Request {
        source,
        lang,
        learner: cli.learner.as_deref(),
        json,
        anki,
        all,
        now: now()?,
    })
}

/// `infolit new …`, in --course DIR or the current folder.
fn run_new(cli: &Cli, what: &NewAction) -> Result<ExitCode, CliError> {
    let course = cli.course.clone().unwrap_or_else(|| PathBuf::from("."));
    let what = match what {
        NewAction::Workshop { id } => new::What::Workshop { id },
        NewAction::Lesson { workshop, id } => new::What::Lesson { workshop, id },
        NewAction::Exercise { kind, id, lesson, bank } => {
            new::What::Exercise { kind, id, lesson: lesson.as_deref(), bank: bank.as_deref() }
        }
    };
    new::run(&course, &what)
}

/// `infolit catalog dump|search|explain`.
fn run_catalog(source: &CourseSource, lang: Lang, action: &CatalogAction) -> Result<ExitCode, CliError> {
    match action {
        CatalogAction::Dump { json } => catalog::run(source, lang, catalog::Action::Dump, None, *json),
        CatalogAction::Search { query, json, stem } => {
            let action = catalog::Action::Search { word_forms: *stem };
            catalog::run(source, lang, action, Some(query), *json)
        }
        CatalogAction::Explain { query, stem } => {
            catalog::run(source, lang, catalog::Action::Explain { word_forms: *stem }, Some(query), false)
        }
    }
}

/// The course `--course` names: a folder, a pack (FILE.infolit, verified when opened), or the
/// bundled course.
fn course_source(cli: &Cli) -> Result<CourseSource, CliError> {
    Ok(match &cli.course {
        None => CourseSource::Bundled,
        // A pack: one file, verified when opened.
        Some(path) if path.is_file() && path.extension().is_some_and(|e| e == crate::pack::EXTENSION) => {
            let bytes =
                std::fs::read(path).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
            crate::pack::read(&bytes).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?
        }
        Some(path) => CourseSource::Dir(path.clone()),
    })
}

/// Opens the progress store in the data folder (`INFOLIT_HOME`, or the system's).
fn open_store() -> Result<crate::progress::Store, CliError> {
    let dir = crate::paths::data_dir(std::env::var_os("INFOLIT_HOME")).ok_or_else(|| {
        CliError::Usage(
            "no data folder is known for this user; set INFOLIT_HOME to a folder for infolit's data".into(),
        )
    })?;
    Ok(crate::progress::Store::open_in(&dir)?)
}

/// The variable that sets the clock, for tests and classroom demos.
const NOW_VAR: &str = "INFOLIT_NOW";

/// The time: `INFOLIT_NOW` (an RFC 3339 time such as `2026-03-01T09:00:00Z`) when set, for
/// tests and classroom demos ("a week later, this is what comes back"), or the system clock.
/// Only the command line reads it; the core is always given its time.
fn now() -> Result<jiff::Timestamp, CliError> {
    match std::env::var(NOW_VAR) {
        Ok(text) => text.trim().parse().map_err(|e| {
            CliError::Usage(format!("{NOW_VAR}=`{text}` is not a time such as 2026-03-01T09:00:00Z: {e}"))
        }),
        Err(_) => Ok(jiff::Timestamp::now()),
    }
}

/// [`now`] as a clock for a session; an unreadable `INFOLIT_NOW` was refused at start.
fn clock() -> jiff::Timestamp {
    now().unwrap_or_else(|_| jiff::Timestamp::now())
}

/// Asks for confirmation on the terminal; without one (a script, a pipe), `--yes` is needed.
fn confirm(question: &str) -> Result<bool, CliError> {
    use std::io::{BufRead, IsTerminal};
    if !io::stdin().is_terminal() {
        return Err(CliError::Usage(format!("{question}: add --yes to confirm")));
    }
    let mut err = io::stderr().lock();
    write!(err, "{question}? Type yes to confirm: ")?;
    err.flush()?;
    let mut answer = String::new();
    io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "yes" | "ya" | "y"))
}

/// A learner name from the command line, cleaned, or a usage error.
fn learner_name(name: &str) -> Result<String, CliError> {
    crate::learner_name::clean_name(name).map_err(|problem| {
        CliError::Usage(format!("--learner: {}", crate::plain::name_problem(problem, Lang::En)))
    })
}

/// Loads the course for a command that shows it; a course with errors is refused with its
/// diagnostics on stderr.
fn load_for_use(source: &CourseSource) -> Result<Loaded, CliError> {
    let loaded = content::load(source)?;
    if loaded.has_errors() {
        let mut err = io::stderr().lock();
        for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
            write!(err, "{}", diagnostic::render(d))?;
        }
        writeln!(err, "infolit: the course has errors; fix them and run `infolit check` to confirm")?;
        return Err(CliError::CourseErrors);
    }
    Ok(loaded)
}
