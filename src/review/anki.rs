//! The review queue as a deck Anki can import: a text file of notes, one per line.
//!
//! The rules followed are those of Anki's manual, "Importing → Text Files"
//! (docs.ankiweb.net/importing/text-files.html), and the tests read the file back by them:
//!
//! 1. The file is plain UTF-8 text.
//! 2. File headers are `#key:value` lines at the top: `#separator:tab` fixes the field
//!    separator, `#html:true` makes fields HTML, `#columns:` names the columns (separated by
//!    the separator), `#notetype:` and `#deck:` preset the note type and deck where they exist,
//!    `#tags column:` says which column holds each note's tags.
//! 3. Any other line starting with `#` is a comment: so a note whose first field starts with
//!    `#` has that field quoted.
//! 4. A field holding the separator (a tab) or a double quote is put in double quotes, a
//!    double quote inside doubled (`""`).
//! 5. With `html:true`, a new line in a field is `<br>`, and `<`, `>` and `&` are written
//!    `&lt;`, `&gt;` and `&amp;` so they show as themselves. So every note is one line.
//! 6. The number of fields comes from the first note line; every note has the same number.
//!
//! HTML is on because it is the way the manual gives to keep a multi-line field on one line
//! (quoted multi-line fields break cloze notes, it warns). The answer and the explanation share
//! the Back field: a fresh profile's "Basic" note type has two fields, Front and Back, and a
//! third column would be left out of the import. Duplicates are found by the first field (the
//! question), so importing a later export again updates the notes instead of doubling them; no
//! GUID column is written, as the manual advises for ids not made by Anki.

use std::fmt::Write as _;

use crate::exercise::{Exercise, ExerciseKind, Gap, Piece, split_gaps, stable_shuffle};
use crate::grade::answer::{expected, option_letter};
use crate::i18n::Msg;
use crate::lang::Lang;
use crate::text::Doc;

/// One note: the question (Front), the answer with the explanation (Back), and tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnkiNote {
    pub front: String,
    pub back: String,
    pub tags: Vec<String>,
}

impl AnkiNote {
    /// The note for `exercise`, shown in lesson `lesson` of workshop `workshop`, in `lang`.
    #[must_use]
    pub fn of(exercise: &Exercise, workshop: &str, lesson: &str, lang: Lang) -> AnkiNote {
        let mut front = Vec::new();
        let title = exercise.title.get(lang);
        let prompt = exercise.prompt.get(lang);
        if *title != prompt.first_text_line() {
            front.push(title.clone());
        }
        front.push(doc_text(prompt));
        front.extend(shown_items(exercise, lang));
        let mut back = Msg::CorrectAnswerWas.fill(lang, &[&expected(exercise, lang)]);
        if let Some(explanation) = &exercise.explanation {
            back.push_str("\n\n");
            back.push_str(Msg::Explanation.text(lang));
            back.push_str(":\n");
            back.push_str(&doc_text(explanation.get(lang)));
        }
        let tag = |s: &str| s.split_whitespace().collect::<Vec<_>>().join("_");
        AnkiNote {
            front: front.join("\n"),
            back,
            tags: vec!["infolit".into(), format!("infolit::{}::{}", tag(workshop), tag(lesson))],
        }
    }
}

/// What the learner chooses from, as the lesson shows it (options, items, gaps).
fn shown_items(exercise: &Exercise, lang: Lang) -> Vec<String> {
    match &exercise.kind {
        ExerciseKind::Choice(spec) => spec
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{}. {}", option_letter(i), o.text.get(lang)))
            .collect(),
        // In the written order the items would give the answer away.
        ExerciseKind::Order(spec) => stable_shuffle(spec.items.len(), &exercise.id, "")
            .into_iter()
            .enumerate()
            .map(|(position, item)| format!("{}. {}", position + 1, spec.items[item].get(lang)))
            .collect(),
        ExerciseKind::Match(spec) => {
            let rights = spec.rights();
            let lefts =
                spec.pairs.iter().enumerate().map(|(i, (left, _))| format!("{}. {}", i + 1, left.get(lang)));
            let rights = stable_shuffle(rights.len(), &exercise.id, "")
                .into_iter()
                .enumerate()
                .map(|(position, right)| format!("{}. {}", option_letter(position), rights[right].get(lang)));
            lefts.chain(rights).collect()
        }
        ExerciseKind::Cloze(spec) => {
            let mut lines: Vec<String> = spec
                .text
                .get(lang)
                .lines
                .iter()
                .map(|line| {
                    split_gaps(&line.marked_text())
                        .into_iter()
                        .map(|piece| match piece {
                            Piece::Text(text) => text.to_string(),
                            Piece::Gap(n) => format!("[{n}: ____]"),
                        })
                        .collect()
                })
                .collect();
            for (i, gap) in spec.gaps.iter().enumerate() {
                if let Gap::Choice { options, .. } = gap {
                    let listed: Vec<String> = options
                        .iter()
                        .enumerate()
                        .map(|(o, text)| format!("{}. {}", option_letter(o), text.get(lang)))
                        .collect();
                    lines.push(Msg::GapOptions.fill(lang, &[&(i + 1), &listed.join("  ")]));
                }
            }
            lines
        }
        ExerciseKind::Text(_)
        | ExerciseKind::Numeric(_)
        | ExerciseKind::Query(_)
        | ExerciseKind::Identifier(_)
        | ExerciseKind::License(_)
        | ExerciseKind::Citation(_)
        | ExerciseKind::Survey(_) => crate::grade::given_lines(&exercise.kind, lang),
    }
}

fn doc_text(doc: &Doc) -> String {
    let lines: Vec<String> = doc.lines.iter().map(crate::text::Line::marked_text).collect();
    lines.join("\n").trim_end().to_string()
}

/// The whole file: the headers, then one line per note.
#[must_use]
pub fn deck(notes: &[AnkiNote], deck_name: &str) -> String {
    let mut out = String::new();
    out.push_str("#separator:tab\n#html:true\n#notetype:Basic\n");
    let _ = writeln!(out, "#deck:{}", header_value(deck_name));
    out.push_str("#columns:Front\tBack\tTags\n#tags column:3\n");
    for note in notes {
        let tags = note.tags.join(" ");
        let _ = writeln!(out, "{}\t{}\t{}", field(&note.front), field(&note.back), field(&tags));
    }
    out
}

/// A header value is the rest of its line: new lines and tabs become spaces.
fn header_value(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// One field by rules 3 to 5.
fn field(text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '\n' => html.push_str("<br>"),
            c => html.push(c),
        }
    }
    if html.contains(['\t', '"']) || html.starts_with('#') {
        format!("\"{}\"", html.replace('"', "\"\""))
    } else {
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A reader written from the manual's rules, not from the writer: headers and comments
    /// (rules 2, 3), tab-separated fields, quoted fields with doubled quotes (rule 4), and
    /// HTML fields (rule 5). Returns the headers and the notes' fields as text.
    fn read(file: &str) -> (Vec<(String, String)>, Vec<Vec<String>>) {
        let mut headers = Vec::new();
        let mut rows = Vec::new();
        let mut rest = file;
        while !rest.is_empty() {
            if let Some(line) = rest.strip_prefix('#') {
                let end = line.find('\n').unwrap_or(line.len());
                if let (Some((key, value)), true) = (line[..end].split_once(':'), rows.is_empty()) {
                    headers.push((key.to_string(), value.to_string()));
                }
                rest = line.get(end + 1..).unwrap_or("");
                continue;
            }
            let mut fields = Vec::new();
            loop {
                let (value, after) = if let Some(quoted) = rest.strip_prefix('"') {
                    let mut value = String::new();
                    let mut chars = quoted.char_indices().peekable();
                    let mut end = quoted.len();
                    while let Some((i, c)) = chars.next() {
                        if c == '"' {
                            if chars.peek().map(|(_, c)| *c) == Some('"') {
                                chars.next();
                                value.push('"');
                            } else {
                                end = i + 1;
                                break;
                            }
                        } else {
                            value.push(c);
                        }
                    }
                    (value, &quoted[end..])
                } else {
                    let end = rest.find(['\t', '\n']).unwrap_or(rest.len());
                    (rest[..end].to_string(), &rest[end..])
                };
                fields.push(unhtml(&value));
                if let Some(next) = after.strip_prefix('\t') {
                    rest = next;
                } else {
                    rest = after.strip_prefix('\n').unwrap_or(after);
                    break;
                }
            }
            rows.push(fields);
        }
        (headers, rows)
    }

    /// An HTML field as the text it shows.
    fn unhtml(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            let entity = [("<br>", '\n'), ("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&')]
                .into_iter()
                .find(|(e, _)| rest.starts_with(e));
            let (shown, len) = entity.map_or((c, c.len_utf8()), |(e, shown)| (shown, e.len()));
            out.push(shown);
            rest = &rest[len..];
        }
        out
    }

    fn note(front: &str, back: &str) -> AnkiNote {
        AnkiNote {
            front: front.into(),
            back: back.into(),
            tags: vec!["infolit".into(), "infolit::w::l".into()],
        }
    }

    #[test]
    fn headers_come_first_and_name_the_columns() {
        let file = deck(&[note("Q", "A")], "infolit");
        let (headers, rows) = read(&file);
        let keys: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["separator", "html", "notetype", "deck", "columns", "tags column"]);
        assert_eq!(headers[0].1, "tab");
        assert_eq!(headers[1].1, "true");
        let columns: Vec<&str> = headers[4].1.split('\t').collect();
        assert_eq!(columns, ["Front", "Back", "Tags"]);
        assert_eq!(headers[5].1, "3", "the tags column is the third");
        assert_eq!(rows, [vec!["Q".to_string(), "A".into(), "infolit infolit::w::l".into()]]);
    }

    #[test]
    fn every_note_is_one_line_with_the_same_number_of_fields() {
        let notes = [note("two\nlines", "tab\there"), note("#not a comment", "\"quoted\" <b> & co")];
        let file = deck(&notes, "infolit");
        let body: Vec<&str> = file.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(body.len(), 2, "{file}");
        assert!(body[0].starts_with("two<br>lines\t\"tab\there\"\t"), "{file}");
        assert!(body[1].starts_with("\"#not a comment\""), "a leading # is quoted: {file}");
        assert!(body[1].contains("\"\"\"quoted\"\" &lt;b&gt; &amp; co\""), "{file}");
        let (_, rows) = read(&file);
        assert!(rows.iter().all(|r| r.len() == 3));
        assert_eq!(rows[0][..2], ["two\nlines".to_string(), "tab\there".into()]);
        assert_eq!(rows[1][..2], ["#not a comment".to_string(), "\"quoted\" <b> & co".into()]);
    }

    #[test]
    fn notes_of_the_bundled_course_read_back() {
        let loaded = crate::content::load(&crate::content::CourseSource::Bundled).expect("course");
        let course = &loaded.course;
        let notes: Vec<AnkiNote> = course
            .exercises
            .iter()
            .filter(|e| e.kind.is_graded())
            .filter_map(|e| {
                let (w, l) = course.lesson_of(&e.id)?;
                Some(AnkiNote::of(e, w, l, Lang::Id))
            })
            .collect();
        assert!(notes.len() > 5);
        let (_, rows) = read(&deck(&notes, "infolit"));
        assert_eq!(rows.len(), notes.len());
        for (row, note) in rows.iter().zip(&notes) {
            assert_eq!(row[0], note.front);
            assert_eq!(row[1], note.back);
            assert!(row[1].starts_with("Jawaban yang benar: "), "{}", row[1]);
        }
    }

    proptest! {
        #[test]
        fn any_question_round_trips(front in "(\\PC|[\t\n\"#<>&;]){0,80}", back in "\\PC{0,20}") {
            let file = deck(&[note(&front, &back), note("next", "note")], "infolit");
            let (_, rows) = read(&file);
            prop_assert_eq!(rows.len(), 2);
            prop_assert_eq!(&rows[0][0], &front);
            prop_assert_eq!(&rows[0][1], &back);
            prop_assert_eq!(&rows[1][0], "next");
        }
    }
}
